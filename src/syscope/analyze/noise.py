"""Failures that are normal: a program probing for optional things.

The noise model is data.  Each rule names a pattern, says why it is normal and when
it applies; `benign()` returns the first rule that matches a failed call (or None).
A rule with `later_success` only applies when the same process later succeeds with a
call of the same family on the same file name (a search that found what it wanted).  A
rule with `fallback` is a search whose failures become the finding when the process
fails and nothing else explains it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .state import basename

FILE_LOOKUPS = frozenset("open openat openat2 creat stat lstat newfstatat statx access faccessat "
                         "faccessat2 execve execveat readlink readlinkat".split())


@dataclass(frozen=True)
class Rule:
    name: str
    why: str
    errnos: frozenset
    syscalls: frozenset | None = None
    path: re.Pattern | None = None     # on the path the call names
    args: re.Pattern | None = None     # on the argument text
    later_success: bool = False
    # a search that, when the process fails with nothing else to blame, is what it did
    # not find (git looks for .git up to the root: "not a git repository")
    fallback: bool = False


def rule(name, why, errnos, syscalls=None, path=None, args=None, later_success=False,
         fallback=False):
    return Rule(name, why, frozenset(errnos.split()),
                frozenset(syscalls.split()) if syscalls else None,
                re.compile(path) if path else None, re.compile(args) if args else None,
                later_success, fallback)


HOME_DOTFILE = r"^(/root|/home/[^/]+)/\.[^/]+(/|$)"

RULES = (
    rule("path search", "a search along PATH, the library path or an import path that "
         "later found the file elsewhere", "ENOENT ENOTDIR EACCES", " ".join(FILE_LOOKUPS),
         later_success=True),
    rule("loader directory probe", "the dynamic loader checks which CPU-specific library "
         "directories exist", "ENOENT ENOTDIR", "stat newfstatat statx",
         path=r"/(glibc-hwcaps(/[^/]+)?|tls|x86_64|haswell|avx512_1|i686)$"),
    rule("preload probe", "the dynamic loader checks for an optional preload list",
         "ENOENT", path=r"^/etc/ld\.so\.preload$"),
    rule("locale probe", "locale and message catalogues are optional", "ENOENT EACCES",
         path=r"^/usr/(lib|share)/locale/|/gconv/|/LC_[A-Z]+$|locale\.alias$|\.mo$|"
              r"^/usr/lib/locale/"),
    rule("interpreter start-up probe", "optional files interpreters look for at start-up",
         "ENOENT ENOTDIR",
         path=r"pyvenv\.cfg$|\._pth$|pybuilddir\.txt$|python\d+\.zip$|/__pycache__/|\.pyc$|"
              r"/Modules/Setup\.local$|/(site|dist)-packages$|/lib-dynload$|\.egg-link$|"
              r"/\.local/lib/|sitecustomize|usercustomize|/\.python_history$"),
    rule("terminal check", "isatty() and window-size queries on something that is not a "
         "terminal", "ENOTTY EINVAL ENXIO", "ioctl"),
    rule("non-blocking I/O", "the call would block; a non-blocking program retries later",
         "EAGAIN EWOULDBLOCK", "read readv pread64 preadv preadv2 recv recvfrom recvmsg "
         "recvmmsg write writev pwrite64 pwritev pwritev2 send sendto sendmsg sendmmsg accept "
         "accept4 splice tee sendfile copy_file_range getrandom epoll_wait epoll_pwait "
         "msgrcv msgsnd semop semtimedop mq_timedreceive mq_timedsend io_getevents "
         "io_uring_enter ioctl"),
    rule("non-blocking connect", "the connection is in progress; its result comes later "
         "(poll, then getsockopt(SO_ERROR))", "EINPROGRESS EALREADY", "connect"),
    rule("seek on a pipe", "lseek on a pipe or terminal, to learn whether input is seekable",
         "ESPIPE", "lseek"),
    rule("not a symlink", "readlink on a file that is not a symbolic link", "EINVAL",
         "readlink readlinkat"),
    rule("no extended attributes", "extended attributes (SELinux labels, ACLs) are optional",
         "ENODATA EOPNOTSUPP ENOTSUP", "getxattr lgetxattr fgetxattr listxattr llistxattr "
         "flistxattr"),
    rule("no children left", "waiting when all children are already reaped", "ECHILD",
         "wait4 waitid"),
    rule("SELinux probe", "checking whether SELinux is mounted or configured", "ENOENT",
         "statfs access stat newfstatat openat", path=r"^/(sys/fs/|etc/)?selinux"),
    rule("optional library configuration", "TLS and crypto libraries read a system "
         "configuration file only if there is one", "ENOENT",
         " ".join(FILE_LOOKUPS), path=r"^/etc/gnutls/config$|/ct_log_list\.cnf$|"
                                      r"^/etc/(ssl|pki)/.*\.d$"),
    rule("repository discovery", "git looks for a repository in each directory up to the "
         "root (.git, HEAD, commondir, gitdir) and for optional files in it", "ENOENT ENOTDIR",
         "stat lstat newfstatat statx access faccessat faccessat2 open openat",
         path=r"/\.git(/(HEAD|commondir|gitdir|config\.worktree|info/[^/]+|objects/info/"
              r"[^/]+|packed-refs|shallow|refs/[^/]+|hooks/[^/]+))?$|/(HEAD|commondir|gitdir)$",
         fallback=True),
    rule("directory already there", "mkdir of a directory that exists (mkdir -p)", "EEXIST",
         "mkdir mkdirat", fallback=True),
    rule("interrupted call", "a call interrupted by a signal and restarted", "ERESTARTSYS "
         "ERESTARTNOINTR ERESTARTNOHAND ERESTART_RESTARTBLOCK EINTR"),
    rule("feature probe", "the C library probing for kernel features it can do without",
         "EINVAL ENOSYS EPERM EBUSY EOPNOTSUPP", "arch_prctl rseq clone3 prctl "
         "set_robust_list membarrier statx close_range faccessat2 pidfd_open"),
    rule("name service cache probe", "glibc asks nscd, which is optional", "ENOENT ECONNREFUSED",
         "connect", args=r"/var/run/nscd/socket|/run/nscd/socket"),
    rule("removing what is gone", "removing a file that does not exist", "ENOENT",
         "unlink unlinkat"),
    rule("futex timeout", "a lock or condition wait that timed out or raced", "ETIMEDOUT "
         "EAGAIN EINTR", "futex"),
    rule("uncatchable signal", "programs that set handlers for every signal get EINVAL for "
         "SIGKILL and SIGSTOP", "EINVAL", "rt_sigaction"),
    rule("peer of an unconnected socket", "asking a descriptor for its peer: before it is "
         "connected, or to learn whether it is a socket at all", "ENOTCONN ENOTSOCK",
         "getpeername getsockname getsockopt"),
    rule("optional home configuration", "per-user configuration files are optional", "ENOENT",
         " ".join(FILE_LOOKUPS), path=HOME_DOTFILE),
    rule("home configuration out of reach", "asking with access() whether a per-user "
         "configuration file can be read, in a home the user may not enter (run as another "
         "user with HOME unchanged): the program goes on without it", "EACCES",
         "access faccessat faccessat2", path=HOME_DOTFILE),
)


def benign(call, path: str | None, later_names: set | None) -> Rule | None:
    """The first rule that explains this failed call away, or None.

    later_names: the file names this process later found with a successful lookup."""
    errno = call.errno
    for r in RULES:
        if errno not in r.errnos:
            continue
        if r.syscalls is not None and call.name not in r.syscalls:
            continue
        if r.path is not None and not (path and r.path.search(path)):
            continue
        if r.args is not None and not r.args.search(call.args_text):
            continue
        if r.later_success and not (later_names and basename(path) in later_names):
            continue
        return r
    return None


_ALWAYS: dict = {}


def always_benign(name: str, errno: str) -> bool:
    """Is every failure of this call with this errno normal, whatever its path and
    arguments (a rule on the errno and the call alone)?  Most failures of a long trace
    are of this kind (getxattr ENODATA, ioctl ENOTTY): they are left out unread."""
    key = (name, errno)
    hit = _ALWAYS.get(key)
    if hit is None:
        hit = _ALWAYS[key] = any(
            errno in r.errnos and (r.syscalls is None or name in r.syscalls) and
            r.path is None and r.args is None and not r.later_success and not r.fallback
            for r in RULES)
    return hit
