"""What system calls do to files, descriptors and the network, as data: which argument
names a path (and which its directory descriptor), which calls create or delete, which
move bytes through a descriptor.  Shared by the inventory and the diff."""
from __future__ import annotations

import re

from . import quick
from .state import OPENERS, ProcessTable, string_arg

# name -> ((path argument, dirfd argument or None), ...): every path the call names
PATH_ARGS = {
    "stat": ((0, None),), "lstat": ((0, None),), "access": ((0, None),),
    "readlink": ((0, None),), "unlink": ((0, None),), "rmdir": ((0, None),),
    "mkdir": ((0, None),), "chdir": ((0, None),), "chmod": ((0, None),),
    "chown": ((0, None),), "lchown": ((0, None),), "truncate": ((0, None),),
    "statfs": ((0, None),), "utime": ((0, None),), "utimes": ((0, None),),
    "creat": ((0, None),), "open": ((0, None),), "mknod": ((0, None),),
    "chroot": ((0, None),), "getxattr": ((0, None),), "lgetxattr": ((0, None),),
    "listxattr": ((0, None),), "llistxattr": ((0, None),), "execve": ((0, None),),
    "rename": ((0, None), (1, None)), "link": ((0, None), (1, None)),
    "symlink": ((1, None),),
    "openat": ((1, 0),), "openat2": ((1, 0),), "newfstatat": ((1, 0),), "statx": ((1, 0),),
    "faccessat": ((1, 0),), "faccessat2": ((1, 0),), "mkdirat": ((1, 0),),
    "unlinkat": ((1, 0),), "readlinkat": ((1, 0),), "fchmodat": ((1, 0),),
    "fchownat": ((1, 0),), "utimensat": ((1, 0),), "execveat": ((1, 0),),
    "mknodat": ((1, 0),), "futimesat": ((1, 0),),
    "renameat": ((1, 0), (3, 2)), "renameat2": ((1, 0), (3, 2)),
    "linkat": ((1, 0), (3, 2)), "symlinkat": ((2, 1),),
}
# the calls of one path that is their leading argument (or follows a directory
# descriptor): name -> whether a directory descriptor comes first (ProcessTable.lead_path)
LEAD = {name: spec[0] == (1, 0) for name, spec in PATH_ARGS.items()
        if len(spec) == 1 and spec[0] in ((0, None), (1, 0))}
DELETES = {"unlink": 0, "unlinkat": 0, "rmdir": 0, "rename": 0, "renameat": 0, "renameat2": 0}
CREATES = {"creat": -1, "mkdir": -1, "mkdirat": -1, "mknod": -1, "mknodat": -1,
           "rename": 1, "renameat": 1, "renameat2": 1, "link": 1, "linkat": 1,
           "symlink": -1, "symlinkat": -1}
# descriptor calls: the first argument is the descriptor; direction of the bytes moved
READS = frozenset("read pread64 readv preadv preadv2 recvfrom recvmsg recvmmsg".split())
WRITES = frozenset("write pwrite64 writev pwritev pwritev2 sendto sendmsg sendmmsg".split())
# calls that move bytes between two descriptors: name -> (source arg, destination arg)
COPIES = {"copy_file_range": (0, 2), "splice": (0, 2), "sendfile": (1, 0), "tee": (0, 1)}
FD_CALLS = READS | WRITES | frozenset(COPIES) | frozenset(
    "fstat fsync fdatasync ftruncate fallocate fchmod fchown getdents getdents64 lseek "
    "fstatfs flock fcntl ioctl close accept accept4 listen shutdown getsockopt setsockopt "
    "getsockname getpeername connect bind fadvise64 dup dup2 dup3".split())
EXECS = ("execve", "execveat")
# calls whose return value is a new descriptor; pipe-likes fill an array instead
FD_RETURNERS = frozenset("open openat openat2 creat socket accept accept4 dup dup2 dup3 "
                         "eventfd eventfd2 epoll_create epoll_create1 signalfd signalfd4 "
                         "timerfd_create memfd_create inotify_init inotify_init1 "
                         "fanotify_init pidfd_open pidfd_getfd open_by_handle_at "
                         "perf_event_open userfaultfd io_uring_setup open_tree fsopen "
                         "fsmount".split())
FD_PAIRS = frozenset({"pipe", "pipe2", "socketpair"})
PAIR_RE = re.compile(r"\[(\d+)(?:<[^>]*>)?, (\d+)")
DENIED = frozenset({"EACCES", "EPERM", "EROFS"})
# a path a descriptor refers to, as -y prints it ('socket:[123]' is not a file)
NOT_FILES = re.compile(r"(socket|pipe|anon_inode|UNIX|TCP|UDP|NETLINK|/dev/pts|/dev/tty)")


def quick_path(table: ProcessTable, ev) -> str | None | bool:
    """The absolute path of a one-path call read straight from its argument text, or
    False when the text needs the full parser (escapes, several paths)."""
    dirfd = LEAD.get(ev.name)
    if dirfd is None:
        return False
    r = table.lead_path(ev.pid, ev.args_text, dirfd)
    return r[0] if r is not None else False


def call_paths(table: ProcessTable, ev, args=None) -> list[str | None]:
    """Absolute paths a call names, in argument order (None where unknown)."""
    spec = PATH_ARGS.get(ev.name)
    if spec is None:
        return []
    if args is None:
        quick = quick_path(table, ev)
        if quick is not False:
            return [quick]
        args = ev.args
    out = []
    for pi, di in spec:
        dirfd = args[di] if di is not None and di < len(args) else None
        out.append(table.absolute(ev.pid, string_arg(args, pi), dirfd))
    return out


def first_fd(ev) -> tuple[int | None, str | None]:
    """The descriptor a call's first argument names, and the path -y printed for it,
    read from the argument text without parsing all of it."""
    return quick.first_fd(ev.args_text)


def nth_fd(ev, i: int) -> tuple[int | None, str | None]:
    """Like first_fd, for the i-th argument of a call whose leading arguments are
    descriptors and plain numbers."""
    parts = ev.args_text.split(", ", i + 1)
    if len(parts) <= i:
        return None, None
    m = quick.FD_TEXT.match(parts[i] + ",")
    return (int(m.group(1)), m.group(2)) if m else (None, None)


def open_flags(ev, args) -> str:
    if args is None:
        q = quick.opened(ev.name, ev.args_text)
        if q is not None:
            return q[2]
        args = ev.args
    i = OPENERS.get(ev.name)
    if i is None or len(args) <= i + 1:
        return ""
    return args[i + 1].get("text", "")


def outcome(ev) -> str:
    """'ok', an errno name, or 'unfinished'."""
    if ev.ret_text is None or ev.ret_text == "?":
        return "unfinished"
    return ev.errno or "ok"


def call_text(ev, limit: int = 300) -> str:
    """The call as strace prints it (without prefix and timestamps)."""
    if ev.ret_text is None:
        text = "%s(%s <unfinished ...>" % (ev.name, ev.args_text)
    else:
        text = "%s(%s) = %s" % (ev.name, ev.args_text, ev.ret_text)
    if len(text) > limit:
        text = text[:limit - 3] + "..."
    return text


# "HH:MM:" -> its seconds: a trace spends many lines in each minute
MINUTE_SECONDS: dict = {}


def seconds(ts: str | None) -> float | None:
    """A timestamp as printed (-t, -tt, -ttt, or a live trace's) in seconds."""
    if not ts:
        return None
    try:
        if ts[2:3] == ":" and ts[5:6] == ":":
            base = MINUTE_SECONDS.get(ts[:6])
            if base is None:
                base = int(ts[:2]) * 3600 + int(ts[3:5]) * 60
                if len(MINUTE_SECONDS) > 4096:
                    MINUTE_SECONDS.clear()
                MINUTE_SECONDS[ts[:6]] = base
            return base + float(ts[6:])
        return float(ts)
    except ValueError:
        return None
