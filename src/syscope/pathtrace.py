"""-P PATH: keep only the syscalls that name PATH, directly or through a descriptor
opened on it.  Which arguments are paths or descriptors is data: the class of the
syscall gives the usual case (a file syscall names a path first, a descriptor syscall
takes a descriptor first) and ROLES lists the others."""
from __future__ import annotations

import posix
import _struct as struct  # the C module: struct.py is one more import at start-up

from .abi import SYSCALL_SHAPES

AT_FAMILY = ("execveat faccessat faccessat2 fchmodat fchownat fspick futimesat "
             "inotify_add_watch mkdirat mknodat mount_setattr name_to_handle_at newfstatat "
             "open_tree openat openat2 readlinkat statx unlinkat utimensat").split()
NOTHING_TO_MATCH = ("accept4 accept bpf epoll_create epoll_create1 eventfd2 eventfd "
                    "fanotify_init fsmount fsopen inotify_init inotify_init1 io_uring_enter "
                    "io_uring_register io_uring_setup landlock_add_rule landlock_create_ruleset "
                    "landlock_restrict_self memfd_create memfd_secret mq_getsetattr mq_notify "
                    "mq_open mq_timedreceive mq_timedsend perf_event_open pidfd_open pipe pipe2 "
                    "signalfd4 signalfd socket socketpair timerfd_create timerfd_gettime "
                    "timerfd_settime userfaultfd").split()

ROLES: dict[str, tuple] = {name: (("fd", 0), ("path", 1)) for name in AT_FAMILY}
ROLES.update({name: () for name in NOTHING_TO_MATCH})
ROLES.update({
    "dup2": (("fd", 0), ("fd", 1)), "dup3": (("fd", 0), ("fd", 1)),
    "sendfile": (("fd", 0), ("fd", 1)), "tee": (("fd", 0), ("fd", 1)),
    "kexec_file_load": (("fd", 0), ("fd", 1)),
    "link": (("path", 0), ("path", 1)), "mount": (("path", 0), ("path", 1)),
    "pivot_root": (("path", 0), ("path", 1)),
    "quotactl": (("path", 1),), "symlink": (("path", 1),),
    "linkat": (("fd", 0), ("fd", 2), ("path", 1), ("path", 3)),
    "renameat": (("fd", 0), ("fd", 2), ("path", 1), ("path", 3)),
    "renameat2": (("fd", 0), ("fd", 2), ("path", 1), ("path", 3)),
    "move_mount": (("fd", 0), ("fd", 2), ("path", 1), ("path", 3)),
    "mmap": (("fd", 4),), "symlinkat": (("fd", 1), ("path", 2)),
    "copy_file_range": (("fd", 0), ("fd", 2)), "splice": (("fd", 0), ("fd", 2)),
    "epoll_ctl": (("fd", 2),), "fanotify_mark": (("fd", 3), ("path", 4)),
    "select": (("fdsets", 0),), "pselect6": (("fdsets", 0),),
    "poll": (("pollfds", 0),), "ppoll": (("pollfds", 0),),
    # FSCONFIG_SET_PATH and _PATH_EMPTY name a descriptor and a path, _SET_FD a descriptor
    "fsconfig": (("fsconfig", 1),),
})
FSCONFIG_ROLES = {3: (("fd", 4), ("path", 3)), 4: (("fd", 4), ("path", 3)), 5: (("fd", 4),)}
MAX_FDS = 1024 * 1024           # strace looks at no more descriptors of a set or poll array


def as_int(v: int) -> int:
    """A descriptor argument as the kernel sees it: the low 32 bits, signed."""
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def roles_of(name: str) -> tuple:
    if name in ROLES:
        return ROLES[name]
    classes = SYSCALL_SHAPES.get(name, (0, ()))[1]
    if "file" in classes:
        return (("path", 0),)
    if "desc" in classes or "network" in classes:
        return (("fd", 0),)
    return ()


class PathTrace:
    def __init__(self, paths: list[str], announce=None):
        self.paths: set[bytes] = set()
        if paths:
            import os   # (only with -P: os costs start-up)
        for p in paths:
            self.paths.add(os.fsencode(p))
            real = os.path.realpath(p)
            if real != p and os.path.exists(p):
                self.paths.add(os.fsencode(real))
                if announce:
                    from .decode.fmt import quote
                    announce("Requested path %s resolved into %s" % (
                        quote(os.fsencode(p)), quote(os.fsencode(real))))

    def fd_matches(self, pid: int, fd: int) -> bool:
        if fd < 0:
            return False
        try:
            return posix.readlink(b"/proc/%d/fd/%d" % (pid, fd)) in self.paths
        except OSError:
            return False

    def matches(self, call) -> bool:
        classes = SYSCALL_SHAPES.get(call.name, (0, ()))[1]
        if not {"file", "desc", "network"} & set(classes):
            return False
        roles = roles_of(call.name)
        if roles and roles[0][0] == "fsconfig":
            roles = FSCONFIG_ROLES.get(call.args[1] & 0xFFFFFFFF, ())
        for role, i in roles:
            v = call.args[i]
            if role == "fd":
                if self.fd_matches(call.pid, as_int(v)):
                    return True
            elif role == "path":
                r = call.mem.read_str(v, 4096) if v else None
                if r and r[1] and r[0] in self.paths:
                    return True
            elif role == "fdsets":
                if self._fdsets_match(call):
                    return True
            elif role == "pollfds":
                if self._pollfds_match(call):
                    return True
        return False

    def _pollfds_match(self, call) -> bool:
        """Each struct pollfd until one is unreadable."""
        addr = call.args[0]
        for i in range(min(call.args[1] & 0xFFFFFFFF, MAX_FDS)):
            data = call.read(addr + 8 * i, 8)
            if data is None or len(data) < 8:
                return False
            if self.fd_matches(call.pid, struct.unpack_from("<i", data)[0]):
                return True
        return False

    def _fdsets_match(self, call) -> bool:
        """The sets are read whole, in words; a set that cannot be is skipped."""
        nfds = min(as_int(call.args[0]), MAX_FDS)
        if nfds <= 0:
            return False
        size = ((nfds + 7) // 8 + 7) & ~7
        for addr in call.args[1:4]:
            data = call.read(addr, size) if addr else None
            if not data or len(data) < size:
                continue
            bits = int.from_bytes(data, "little") & ((1 << nfds) - 1)
            while bits:
                low = bits & -bits
                if self.fd_matches(call.pid, low.bit_length() - 1):
                    return True
                bits ^= low
        return False
