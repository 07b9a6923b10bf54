"""Reading a stopped tracee's memory and descriptors (the Memory protocol of decode.core)."""
from __future__ import annotations

from . import _ptrace as P


# The most one read copies.  A tracee chooses the sizes its syscalls name (setgroups of
# 64 MB, select of 2^31 fds); decoders bound what they ask for as strace does (arrays
# to -s elements, NGROUPS_MAX gids, 1Mi fds for select), and this bound holds for any
# decoder that forgets: a larger read is refused and the address printed.  The largest
# legitimate reads are -e read=/write= dumps (dumps.LIMIT) and, with -v, select's fd
# sets at 1Mi fds (128 KiB) and NGROUPS_MAX gids (256 KiB).
MAX_READ = 1 << 20


class TraceeMemory:
    __slots__ = ("pid",)

    def __init__(self, pid: int):
        self.pid = pid

    def read(self, addr: int, size: int) -> bytes | None:
        if size <= 0:
            return b""
        if size > MAX_READ:
            return None
        return P.read_mem(self.pid, addr & 0xFFFFFFFFFFFFFFFF, size)

    def read_str(self, addr: int, maxlen: int) -> tuple[bytes, bool] | None:
        """strace's umovestr of maxlen + 1 bytes: (the string before its NUL, True), or
        (all maxlen + 1 bytes, False) when none is NUL; None when memory ends first."""
        return P.read_str(self.pid, addr & 0xFFFFFFFFFFFFFFFF, maxlen)

    def proc_pid(self) -> int:
        """The tracee's entry in /proc: another number when syscope runs in a pid
        namespace whose /proc is its parent's (unshare -p without --mount-proc)."""
        from .pidns import NAMESPACES
        return NAMESPACES.proc_pid(self.pid) or self.pid

    # (engine.fdinfo is imported by the options that print descriptors' targets)
    def fd_info(self, fd: int, kinds: frozenset) -> str | None:
        from .fdinfo import fd_info
        return fd_info(self.proc_pid(), fd, kinds)

    def cwd_info(self) -> str | None:
        from .fdinfo import cwd_info
        return cwd_info(self.proc_pid())

    def pidfd_fd_info(self, pidfd: int, fd: int, kinds: frozenset) -> str | None:
        """What descriptor fd of the process pidfd refers to is (pidfd_getfd's)."""
        from .fdinfo import fd_info, pidfd_pid
        target = pidfd_pid(self.proc_pid(), pidfd)
        return fd_info(target, fd, kinds) if target else None

    def pid_info(self, value: int, kind: str, what: frozenset) -> str:
        """--decode-pids: what follows a pid of the tracee's namespace."""
        from .pidns import NAMESPACES
        return NAMESPACES.decoration(self.pid, value, kind, what)
