"""syscope why: find the system call that explains a failure.

The method of the seed articles, mechanised: find the process that failed and what it
said (its messages, joined from the pieces it wrote); collect the failed calls that are
not normal probing (the noise model), and the successful calls and conversations that
explain a refusal (a stat() showing an unsafe mode, a limit an ancestor set, a DNS
answer, a TLS handshake answered in plain text); resolve paths (cwd and descriptor
tracking) and addresses; then rank: what the message names (its strerror text, its
file, what it says was not found) and the failure nearest before it come first, and on
one object the first failure is the cause, later ones its consequences.  A process
blocked in a call when it was killed or when the trace ended is a hang."""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field

from ..logread.sieve import digested_call
from . import evidence, netconv, quick
from .calls import seconds
from .explain import explain, explain_signal
from .messages import CUT, EXEC_COMPLAINT, MODE_COMPLAINT, OWNER_COMPLAINT, LineBuffer, \
    errnos_named, is_error, names, not_found
from .noise import FILE_LOOKUPS, RULES, always_benign, basename, benign
from .state import CHANGES_TABLE, CLONERS, OPENERS, Fd, ProcessTable, address_of, fd_arg, \
    string_arg

WHY_JSON_VERSION = 2
WEIGHT = {"EACCES": 30, "EPERM": 30, "EROFS": 30, "ENOSPC": 30, "EDQUOT": 30, "EMFILE": 30,
          "ENFILE": 30, "ECONNREFUSED": 30, "EADDRINUSE": 30, "ENOEXEC": 30, "ENOENT": 20,
          "ETIMEDOUT": 25, "EHOSTUNREACH": 25, "ENETUNREACH": 25, "ECONNRESET": 15,
          "EPIPE": 10, "EEXIST": 5, "ENOMEM": 25}
# findings that are not a failed call: how much each kind weighs against an errno
KIND_WEIGHT = {"dns": 35, "tls": 35, "eof": 30, "poll": 30, "stat": 30, "module": 40,
               "timeout": 30, "http": 35}
# signals a program's own timers send (alarm, setitimer; timer_create says SI_TIMER)
TIMER_SIGNALS = ("SIGALRM", "SIGVTALRM")
KILL_SIGNALS = ("SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGALRM", "SIGQUIT")
LOOKUP_ERRNOS = ("ENOENT", "ENOTDIR")
# the dynamic loader tries CPU-specific subdirectories before the directory itself
LOADER_SUBDIRS = re.compile(r"/(glibc-hwcaps/[^/]+|tls|x86_64|haswell|avx512_1|i686)(/|$)")
# calls a process can wait in for ever: being killed there is a hang, not a crash
BLOCKING = frozenset("read readv recvfrom recvmsg accept accept4 connect poll ppoll select "
                     "pselect6 epoll_wait epoll_pwait epoll_pwait2 wait4 waitid futex nanosleep "
                     "clock_nanosleep pause flock fcntl write writev sendto sendmsg open openat "
                     "msgrcv semop semtimedop rt_sigsuspend rt_sigtimedwait io_getevents "
                     "splice sendfile".split())
# which argument of a call names its file: (path argument, dirfd argument or None)
PATH_ARGS = {"openat": (1, 0), "openat2": (1, 0), "newfstatat": (1, 0), "statx": (1, 0),
             "faccessat": (1, 0), "faccessat2": (1, 0), "mkdirat": (1, 0), "unlinkat": (1, 0),
             "readlinkat": (1, 0), "fchmodat": (1, 0), "fchownat": (1, 0), "utimensat": (1, 0),
             "execveat": (1, 0), "renameat": (1, 0), "renameat2": (1, 0), "linkat": (1, 0),
             "symlinkat": (2, 1), "mknodat": (1, 0)}
FD_CALLS = frozenset("read write pread64 pwrite64 readv writev sendto recvfrom sendmsg recvmsg "
                     "fsync fdatasync ftruncate fallocate fchmod fchown fstat getdents64 "
                     "lseek sendfile fstatfs flock fcntl recv send sendmmsg recvmmsg".split())
POLL_FD = re.compile(r"\{fd=(-?\d+), revents=([A-Z|]+)\}")
EPOLL_CTL = re.compile(r"(\d+)(?:<[^>]*>)?, EPOLL_CTL_(ADD|MOD|DEL), (\d+)")
LOOKUPS_AND_EXEC = FILE_LOOKUPS | {"execve"}
FAULT_CODES = {"SEGV_MAPERR": "an access to unmapped memory (SEGV_MAPERR)",
               "SEGV_ACCERR": "an access the mapping does not permit (SEGV_ACCERR)",
               "BUS_ADRERR": "an access beyond the end of a mapped file (BUS_ADRERR)",
               "BUS_ADRALN": "a misaligned access (BUS_ADRALN)",
               "ILL_ILLOPN": "an illegal operand (ILL_ILLOPN)",
               "ILL_ILLOPC": "an illegal opcode (ILL_ILLOPC)",
               "FPE_INTDIV": "an integer division by zero (FPE_INTDIV)"}
SET_IDS = frozenset("setuid setgid setresuid setresgid setreuid setregid setfsuid "
                    "setfsgid".split())
CGROUP_ENTRY = re.compile(r"^/sys/fs/cgroup/.*/(cgroup\.procs|tasks|cgroup\.threads)$")
ALLOCATING = frozenset("mmap brk mremap".split())
HANG_ORDER = {"nanosleep": 1, "clock_nanosleep": 1, "pause": 1, "rt_sigsuspend": 1,
              "wait4": 2, "waitid": 2}
# a fatal signal that is the consequence of another process's end (its reader's)
CONSEQUENCE_SIGNALS = ("SIGPIPE",)
# the calls that carry messages: the only ones whose handling reads the last call of
# their process (a message about a missing module points at it)
MESSAGE_CALLS = frozenset("write writev sendto sendmsg read recvfrom recvmsg".split())
LEADING_FD = re.compile(r"(\d+)(<)?")
MAX_MESSAGES = 200        # error messages kept (bounded memory on huge logs)
MAX_STATS = 2048          # recent stat() results kept per process
MAX_FALLBACKS = 64        # failures of a fallback search kept per process
# the calls whose success (or whose effect on the process table) the diagnosis reads;
# of any other call that succeeds, only that it was its process's last matters
WATCHED = LOOKUPS_AND_EXEC | evidence.STAT_CALLS | CHANGES_TABLE | frozenset(
    netconv.SENDS) | frozenset(netconv.RECEIVES) | frozenset(
        "prlimit64 setrlimit mount kill tgkill tkill connect poll ppoll close write writev "
        "sendto sendmsg read recvfrom recvmsg getsockopt epoll_ctl".split())


# successful calls whose handling is the process table's alone (_syscall does nothing
# else with them)
TABLE_ONLY = WATCHED - LOOKUPS_AND_EXEC - evidence.STAT_CALLS - frozenset(CLONERS) - \
    frozenset(OPENERS) - frozenset(netconv.SENDS) - frozenset(netconv.RECEIVES) - \
    MESSAGE_CALLS - frozenset("prlimit64 setrlimit mount kill tgkill tkill connect poll ppoll "
                              "close getsockopt epoll_ctl".split())
STAT_CALLS = evidence.STAT_CALLS
CREATORS = frozenset("creat mkdir mkdirat mknod mknodat symlink symlinkat link linkat "
                     "bind".split())
# the calls whose success the compiled reader may hand over digested (_digested): the
# stats, closes, fcntls, openats and lookups (readlink, access: a file found) whose
# text alone decides what they do
DIGESTS = frozenset("newfstatat statx stat lstat close fcntl openat readlink readlinkat "
                    "access faccessat faccessat2".split())
CGROUP_DIR = "/sys/fs/cgroup/"    # an openat there may join a cgroup (CGROUP_ENTRY)
# how a stat call names its file: 1 dirfd and path, 0 a path first, else a descriptor
STAT_SHAPES = {"newfstatat": 1, "statx": 1, "stat": 0, "lstat": 0, "fstat": None}


@dataclass
class Candidate:
    index: int
    ev: object
    path: str | None = None
    address: str | None = None
    score: float = 0.0
    note: str = ""
    kind: str = "call"            # call, stat, dns, tls, poll, module
    extra: dict = field(default_factory=dict)


@dataclass
class Finding:
    rank: int
    pid: int | None
    syscall: str | None
    errno: str | None
    path: str | None
    address: str | None
    signal: str | None
    line: int | None
    text: str
    explanation: str
    fix: list = field(default_factory=list)
    process: str = ""
    cwd: str | None = None
    note: str = ""
    time: str | None = None
    kind: str = "call"
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        d = {"rank": self.rank, "kind": self.kind, "pid": self.pid, "syscall": self.syscall,
             "errno": self.errno, "path": self.path, "address": self.address,
             "signal": self.signal, "line": self.line, "text": self.text,
             "explanation": self.explanation, "fix": self.fix, "process": self.process,
             "cwd": self.cwd, "note": self.note or None, "time": self.time,
             "evidence": [], "consequences": [], "hang": False, "waited": None,
             "waits_on": None, "dns": None, "module": None, "searched": None, "http": None}
        d.update(self.extra)
        return d


class Parsed:
    """A call whose argument tree is parsed once, when first asked for (the event
    itself parses it anew at each access).  The fields read for every call are copied,
    the others looked up on the event."""
    __slots__ = ("ev", "_args", "pid", "name", "args_text", "ret_text", "rval", "errno",
                 "line", "time", "path_of", "used")

    def __init__(self, ev):
        self.ev = ev
        self._args = None
        self.path_of = None      # (path, address), once the diagnosis asked
        self.used = None         # the path argument as written, when path_of read it
        self.pid, self.name, self.args_text, self.ret_text = ev.pid, ev.name, ev.args_text, \
            ev.ret_text
        self.rval, self.errno, self.line, self.time = ev.rval, ev.errno, ev.line, ev.time

    @property
    def args(self) -> list:
        if self._args is None:
            self._args = self.ev.args
        return self._args

    def __getattr__(self, name):
        return getattr(self.ev, name)


def render_call(ev) -> str:
    if ev.ret_text is None:
        return "%s(%s <unfinished ...>" % (ev.name, ev.args_text)
    return "%s(%s) = %s" % (ev.name, ev.args_text, ev.ret_text)


def ref(ev, text: str | None = None) -> dict:
    """A call as a line of evidence."""
    return {"line": ev.line or None, "pid": ev.pid or None, "time": ev.time,
            "text": text or render_call(ev)}


class Diagnosis:
    def __init__(self, initial_cwd: str | None = None):
        self.table = ProcessTable(initial_cwd)
        self.index = 0
        self.candidates: list[Candidate] = []
        self.found: dict[int, dict] = {}         # pid -> {basename: last successful lookup}
        self.lookups: dict[int, set] = {}        # pid -> basenames failed lookups sought
        self.messages: list[tuple] = []          # (index, pid, line, text, via, outgoing)
        self.lines = LineBuffer()
        self.pending_connects: dict[tuple, list] = {}
        self.exits: list = []
        self.stats: dict[int, dict] = {}          # pid -> {path: (index, ev, used, fields)}
        self.limits: dict[int, dict] = {}         # pid -> {resource: ev}
        self.mounts: dict[str, object] = {}       # target -> mount call (last)
        self.dns: dict[tuple, dict] = {}          # (pid, fd) -> conversation
        self.dns_done: list[dict] = []
        self.tls: dict[tuple, object] = {}        # (pid, fd) -> the call that sent a hello
        self.search: dict[int, list] = {}         # pid -> directories searched lately
        self.kills: dict[int, object] = {}        # pid -> the kill() aimed at it
        self.group_kills: dict[str, object] = {}  # signal -> the last kill() of a group
        self.epolls: dict[tuple, set] = {}       # (pid, epoll fd) -> the fds it watches
        self.fallbacks: dict[int, list] = {}     # pid -> failures of a fallback search
        self.setters: dict[int, str] = {}        # id(limit-setting call) -> its program
        self.last_time: str | None = None
        self.events = 0                           # calls, signals and exits seen
        self.skipped = 0                          # malformed events left out
        self.signals: dict[int, object] = {}      # pid -> the last fatal signal's delivery
        self.opened: set = set()                  # (pid, path) opened after a stat
        self.last_said: dict = {}                 # pid -> its last line to stderr
        self.retry: dict = {}                     # pid -> (candidate, call, object)
        self.requests: dict = {}                  # (pid, fd) -> the request sent
        self.starts_mid = False                   # a first line resumes an unseen call
        self.cgroups: dict = {}                   # pid -> (cgroup joined, the open)
        self.fd_files: dict = {}                  # -y path -> _fd_file()

    # -- feeding ---------------------------------------------------------------------
    def feed(self, ev) -> None:
        """Take one event.  A malformed one (a cut or hand-edited log) is counted and
        left out, never allowed to end the diagnosis."""
        try:
            self._feed(ev)
        except (IndexError, KeyError, ValueError, TypeError, AttributeError):
            self.skipped += 1

    def _feed(self, ev) -> None:
        kind = ev.kind
        if kind == "skipped":     # calls quiet() lets go (sieved_events)
            if ev.digests is not None:
                self._digested(ev)
            self.index += ev.count
            self.events += ev.count
            return
        self.index += 1
        if kind == "syscall":
            self.events += 1
            if ev.time:
                self.last_time = ev.time
            if ev.resumed and ev.pid not in self.table.procs:
                self.starts_mid = True      # its start is before the trace's beginning
            errno = ev.errno
            name = ev.name
            if errno is None:
                if ev.ret_text is not None:
                    if name not in WATCHED:
                        self.table.get(ev.pid).last_call = ev   # all the table does
                    elif ev.pid in self.retry:
                        self._syscall(Parsed(ev))
                    elif name in STAT_CALLS:
                        self._stat_ok(ev)
                    elif name in TABLE_ONLY or name == "close" and not self.dns and \
                            not self.tls:
                        self.table.syscall(ev)       # a success only the table reads
                    else:
                        self._syscall(Parsed(ev))
                elif name != "getsockopt":
                    self.table.get(ev.pid).last_call = ev
                else:
                    self._syscall(Parsed(ev))
            elif self._plain_failure(name, errno):
                self.table.get(ev.pid).last_call = ev
            else:
                self._syscall(Parsed(ev))
            return
        if kind in ("exit", "signal"):
            self.events += 1
        if getattr(ev, "time", None):
            self.last_time = ev.time
        if kind == "signal":
            if not ev.stopped:
                self.signals[ev.pid] = ev
                if ev.signal in TIMER_SIGNALS or "si_code=SI_TIMER" in (ev.info_text or ""):
                    self._timer_fired(ev)
        elif kind == "exit":
            self.table.exited(ev.pid, ev.code, ev.signal, ev.core)
            self.exits.append((self.index, ev))
            if ev.code == 0 and not ev.signal and not self._unfinished_line(ev.pid):
                self._forget(ev.pid)
        elif kind == "unparsed":
            call = _cut_entry(ev)
            if call is not None:       # the trace ends in the middle of a call's line
                self.events += 1
                self._syscall(Parsed(call))

    @classmethod
    def quiet(cls, name: str, errno: str | None) -> bool:
        """Whether a returned call only updates "last call of the process" (_feed):
        a success no rule reads, or a failure the noise model always explains."""
        if errno is None:
            return name not in WATCHED
        return cls._plain_failure(name, errno)

    @staticmethod
    def _plain_failure(name: str, errno: str) -> bool:
        """A failure that is normal whatever its arguments, and that no search or
        pending connection follows."""
        return always_benign(name, errno) and name != "getsockopt" and not (
            name in FILE_LOOKUPS and errno in LOOKUP_ERRNOS) and not (
            name == "connect" and errno == "EINPROGRESS")

    def _syscall(self, ev) -> None:
        t = self.table
        t.get(ev.pid)
        name = ev.name
        ok = ev.ret_text is not None and not ev.errno
        if ok and name in LOOKUPS_AND_EXEC:
            path, _ = self._path_of(ev)
            if path:
                self._found(ev.pid)[basename(path)] = self.index
        if ok:
            if ev.pid in self.retry:
                self._recovered(ev)
            self._success(ev)
        if name in ("write", "writev", "sendto", "sendmsg") and ok:
            self._maybe_message(ev, outgoing=True)
        elif name in ("read", "recvfrom", "recvmsg") and ok:
            self._maybe_message(ev, outgoing=False)
        if name == "getsockopt" and "SO_ERROR" in ev.args_text:
            self._so_error(ev)
        if ev.errno:
            self._failure(ev)
        t.syscall(ev)

    def _stat_ok(self, ev) -> None:
        """_syscall of a stat that succeeded, with no failure waiting for a retry: the
        most frequent call of big logs, so its steps are taken here without the
        dispatch on the name (a path the quick reading cannot resolve goes there)."""
        pid = ev.pid
        t = self.table
        proc = t.procs.get(pid) or t.get(pid)
        text = ev.args_text
        shape = STAT_SHAPES[ev.name]
        r = t.lead_path(pid, text, shape == 1) if shape is not None else None
        if r is None:
            return self._syscall(Parsed(ev))
        path, used, node, base = r
        if used == "" and shape == 1:    # fstatat(fd, "", AT_EMPTY_PATH): the descriptor's
            path, base = self._fd_file(pid, node)
        if path:
            self._found(pid)[base] = self.index
        fields = evidence.stat_fields(ev)
        if fields and path:
            self._remember_stat(pid, path, ev, used, fields)
        proc.last_call = ev

    def _found(self, pid: int) -> dict:
        found = self.found.get(pid)
        if found is None:
            found = self.found[pid] = {}
        return found

    def _forget(self, pid: int) -> None:
        """What only a message of the process, or its own failed lookups, would read: for a
        process that ended well, so that memory stays flat over long traces."""
        self.stats.pop(pid, None)       # no message of its will name them now
        self.fallbacks.pop(pid, None)
        found = self.found.pop(pid, None)
        # (the names any process of that pid sought: the pid may have been another's,
        # whose failed lookups a later find answers)
        sought = self.lookups.get(pid)
        if found and sought:
            kept = {name: found[name] for name in sought if name in found}
            if kept:
                self.found[pid] = kept

    def _unfinished_line(self, pid: int) -> bool:
        """Whether the process left a message line unfinished (read when the trace ends)."""
        parts = self.lines.parts
        return any(parts[k][2].strip() for k in ((pid, "stdout"), (pid, "stderr"), (pid, 1),
                                                 (pid, 2)) if k in parts)

    def _digested(self, run) -> None:
        """The successful calls of a run of skipped calls that the compiled reader
        digested (Skipped.digests), each at its place in the run: stats (the file their
        text names, their st_mode and owners) as _stat_ok takes them; closes (the
        descriptor) and fcntls that are not F_DUPFD as the table takes them (_feed);
        openats (the file, the descriptor, its flags) as _syscall takes them."""
        pid = run.pid
        start = self.index + 1
        found = self._found(pid)
        modes = evidence.MODES
        seen = self.stats.get(pid)
        fds = self.table.get(pid).fds
        retry = self.retry
        search = self.search
        for digest in run.digests:
            size = len(digest)
            if size == 6 and pid not in retry:  # a stat (or a lookup): _stat_ok's steps
                _, ev, path, used, base, mode = digest
                if path is None:          # fstatat(fd, "") without -y: the table's file
                    fd = fds.get(base)
                    path = fd.path if fd is not None and fd.kind == "file" else None
                    if not path:
                        continue
                    base = basename(path)
                index = start + digest[0]
                found[base] = index
                if mode is None:
                    continue
                fields = modes.get(mode) or evidence.mode_fields(mode)
                if seen is None:
                    seen = self.stats[pid] = {}
                else:
                    seen.pop(path, None)
                seen[path] = (index, ev, used, fields)
                if len(seen) > MAX_STATS:            # bounded: the oldest go first
                    del seen[next(iter(seen))]
                if fields["type"] == "S_IFDIR":      # _searched
                    dirs = search.get(pid)
                    if dirs is None:
                        dirs = search[pid] = [[], []]
                    dirs = dirs[0]
                    if len(dirs) < 64 and path not in dirs:
                        dirs.append(path)
                continue
            index = start + digest[0]
            if pid in retry or (size == 7 and digest[2].startswith(CGROUP_DIR)):
                self.index = index
                self._syscall(Parsed(digested_call(digest[1])))
                seen = self.stats.get(pid)
                fds = self.table.get(pid).fds
                continue
            if size == 3:                 # (offset, Syscall, fd of a close or None)
                fd = digest[2]
                if fd is None:
                    continue              # an fcntl: the last call alone, read later
                if self.dns or self.tls:
                    self.index = index
                    self._syscall(Parsed(digested_call(digest[1])))
                else:
                    fds.pop(fd, None)
                continue
            # an openat: _syscall's steps, inline
            _, ev, path, base, fd, detail, directory = digest
            found[base] = index
            if seen is not None and path in seen:
                self.opened.add((pid, path))     # examined, then used
            if directory:
                self._searched(pid, path)
            else:                                # opening a file ends a search
                dirs = search.get(pid)
                if dirs and dirs[0]:
                    search[pid] = [[], dirs[0]]
            fds[fd] = Fd("file", path, ev[1], detail)
        self.index = start - 1

    def _remember_stat(self, pid: int, path: str, ev, used: str | None,
                       fields: dict) -> None:
        """A file's mode and owner as a process saw them last, for the messages to come."""
        seen = self.stats.get(pid)
        if seen is None:
            seen = self.stats[pid] = {}
        elif path in seen:
            del seen[path]
        seen[path] = (self.index, ev, used, fields)
        if len(seen) > MAX_STATS:            # bounded: the oldest go first
            del seen[next(iter(seen))]
        if fields["type"] == "S_IFDIR":
            self._searched(pid, path)

    def _fd_file(self, pid: int, node: dict) -> tuple:
        """(path, its last component) of the file a descriptor argument names, or
        (None, None); remembered for the paths -y prints, which name it alone."""
        if node["type"] == "fd":
            hit = self.fd_files.get(node["path"])
            if hit is not None:
                return hit
        fd = self.table.fd_target(pid, node)
        path = fd.path if fd is not None and fd.kind == "file" else None
        out = (path, basename(path))
        if node["type"] == "fd":
            if len(self.fd_files) >= quick.MEMO_MAX:
                self.fd_files.clear()
            self.fd_files[node["path"]] = out
        return out

    # -- successful calls that may explain something -------------------------------
    def _success(self, ev) -> None:
        name, pid = ev.name, ev.pid
        if name in evidence.STAT_CALLS:
            fields = evidence.stat_fields(ev)
            path = self._path_of(ev)[0] if fields else None
            if fields and path:
                used = ev.used if ev.__class__ is Parsed and ev.used is not None else \
                    used_path(ev)
                self._remember_stat(pid, path, ev, used, fields)
        elif name in ("prlimit64", "setrlimit"):
            lim = evidence.limit_set(ev)
            if lim:
                self.limits.setdefault(pid, {})[lim[0]] = ev
                self.setters[id(ev)] = self.table.get(pid).name     # before an exec
        elif name in CLONERS and ev.rval and ev.rval > 0:
            self.limits[ev.rval] = dict(self.limits.get(pid, {}))
        elif name == "mount":
            m = evidence.mount_flags(ev)
            if m:
                self.mounts[os.path.normpath(m[0])] = ev if m[1] else None
        elif name in ("kill", "tgkill", "tkill") and ev.args:
            target = ev.args[1 if name == "tgkill" else 0].get("value")
            if isinstance(target, int) and target > 0:
                self.kills[target] = ev
            elif name == "kill" and isinstance(target, int) and target != -1 and \
                    len(ev.args) > 1:         # kill(0 or -pgid): a whole process group
                self.group_kills[ev.args[1].get("text")] = ev
        elif name in OPENERS and ev.rval is not None and ev.rval >= 0:
            path, _ = self._path_of(ev)
            if path and CGROUP_ENTRY.search(path):      # joining a cgroup: its limits apply
                self.cgroups[pid] = (os.path.dirname(path), ev)
            if path in self.stats.get(pid, ()):
                self.opened.add((pid, path))     # examined, then used
            if "O_DIRECTORY" in ev.args_text:
                self._searched(pid, path)
            else:                              # opening a file ends a search
                run = self.search.get(pid)
                if run and run[0]:
                    self.search[pid] = [[], run[0]]
        if name == "connect" or (name in netconv.SENDS and self._on_socket(ev)):
            self._conversation_out(ev)
        elif name in netconv.RECEIVES and (self.dns or self.tls or self.requests) and \
                self._on_socket(ev):
            self._conversation_in(ev)     # a reply to a DNS query or a TLS hello
        elif name in ("poll", "ppoll"):
            self._poll(ev)
        elif name == "epoll_ctl":
            m = EPOLL_CTL.match(ev.args_text)
            if m:
                fds = self.epolls.setdefault((pid, int(m.group(1))), set())
                (fds.discard if m.group(2) == "DEL" else fds.add)(int(m.group(3)))
        elif name == "close" and (self.dns or self.tls):
            conv = self.dns.pop((pid, fd_arg(ev.args, 0)), None)
            if conv:
                self.dns_done.append(conv)
            self.tls.pop((pid, fd_arg(ev.args, 0)), None)

    def _searched(self, pid: int, path: str | None) -> None:
        if path:
            dirs = self.search.setdefault(pid, [[], []])[0]   # [this search, the last]
            if path not in dirs and len(dirs) < 64:
                dirs.append(path)

    # -- conversations -----------------------------------------------------------------
    def _on_socket(self, ev) -> bool:
        """Cheaply, before parsing a buffer: is the descriptor a socket (or unknown)?"""
        m = LEADING_FD.match(ev.args_text)
        if not m:
            return False
        if "<" in m.group(0):
            return bool(re.match(r"\d+<(socket|TCP|UDP|UNIX)", ev.args_text))
        fd = self.table.get(ev.pid).fds.get(int(m.group(1)))
        return fd is None or fd.kind == "socket"

    def _peer(self, ev) -> str | None:
        if ev.name == "connect" and len(ev.args) > 1:
            return address_of(ev.args[1])
        if ev.name == "sendto" and len(ev.args) > 4 and ev.args[4].get("type") == "struct":
            return address_of(ev.args[4])
        target = self.table.fd_target(ev.pid, ev.args[0] if ev.args else None)
        return target.path if target is not None and target.kind == "socket" else None

    def _conversation_out(self, ev) -> None:
        key = (ev.pid, fd_arg(ev.args, 0))
        peer = self._peer(ev)
        if ev.name == "connect":
            old = self.dns.pop(key, None)
            if old:
                self.dns_done.append(old)
            if peer and peer.endswith(":53"):
                sock = self.table.get(ev.pid).fds.get(key[1])
                self.dns[key] = {"tcp": sock is not None and "SOCK_STREAM" in sock.detail,
                                 "server": peer, "queries": [], "replies": [],
                                 "refused": None, "timeouts": []}
            return
        if peer and peer.endswith(":53") and key not in self.dns:
            self.dns[key] = {"server": peer, "queries": [], "replies": [], "refused": None,
                             "timeouts": []}
        conv = self.dns.get(key)
        for data in netconv.payloads(ev):
            if conv is not None:
                msg = netconv.dns(data)
                if msg and not msg["reply"]:
                    conv["queries"].append((self.index, ev, msg))
            elif netconv.tls_hello(data) and key not in self.tls:
                self.tls[key] = ev
            elif peer and key not in self.tls and key not in self.requests and \
                    netconv.plain_text(data):
                self.requests[key] = ev       # a request: an answer or an end follows

    def _conversation_in(self, ev) -> None:
        key = (ev.pid, fd_arg(ev.args, 0))
        conv = self.dns.get(key)
        if conv is not None:
            if ev.errno in ("ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH"):
                conv["refused"] = conv["refused"] or (self.index, ev, ev.errno)
                return
            for data in netconv.payloads(ev) if not ev.errno else []:
                msg = netconv.dns(data)
                if msg and msg["reply"]:
                    conv["replies"].append((self.index, ev, msg))
            return
        asked = self.requests.pop(key, None)
        request = asked or self.tls.get(key)
        if request is not None and ev.rval == 0 and not ev.errno:
            self.tls.pop(key, None)
            self._closed_unanswered(request, ev)
            return
        if asked is not None and not ev.errno:
            self._http_answer(asked, ev)
        hello = self.tls.get(key)
        if hello is not None and not ev.errno:
            data = b"".join(netconv.payloads(ev))
            if data and not netconv.tls_record(data):
                del self.tls[key]
                if netconv.plain_text(data):
                    peer = self._peer(ev)
                    shown = data[:40].decode("latin-1").split("\r\n")[0]
                    self.candidates.append(Candidate(
                        self.index, ev, None, peer, kind="tls",
                        note="TLS handshake sent at line %s; the peer answered in plain "
                             "text: %r" % (hello.line or "?", shown),
                        extra={"evidence": [ref(hello, "TLS ClientHello: %s(%d, ...)" % (
                            hello.name, fd_arg(hello.args, 0) or 0)), ref(ev)]}))

    def _http_answer(self, request, ev) -> None:
        """A plain-text request answered with an HTTP error status."""
        status = netconv.http_error(b"".join(netconv.payloads(ev)))
        if status is None:
            return
        peer = self._peer(ev) or self._peer(request)
        asked = netconv.request_line(b"".join(netconv.payloads(request)))
        self.candidates.append(Candidate(
            self.index, ev, None, peer, kind="http",
            note="the request %r sent at line %s was answered %s %s" % (
                asked, request.line or "?", status[0], status[1]),
            extra={"evidence": [ref(request), ref(ev)],
                   "http": {"status": int(status[0]), "reason": status[1],
                            "request": asked}}))

    def _closed_unanswered(self, request, ev) -> None:
        """The peer ended the connection without a byte of answer to what was sent."""
        peer = self._peer(ev) or self._peer(request)
        hello = netconv.tls_hello(b"".join(netconv.payloads(request)))
        said = "a TLS handshake" if hello else "a request in plain text (%r)" % (
            b"".join(netconv.payloads(request))[:30].decode("latin-1").split("\r\n")[0])
        self.candidates.append(Candidate(
            self.index, ev, None, peer, kind="eof",
            note="%s was sent at line %s; the peer %s closed the connection without "
                 "answering%s" % (said, request.line or "?", peer or "", "" if hello else
                                  " (a TLS-only port, or a server that rejects the request)"),
            extra={"evidence": [ref(request), ref(ev)]}))

    def _poll(self, ev) -> None:
        pid = ev.pid
        fds = [int(x) for x in re.findall(r"\{fd=(-?\d+),", ev.args_text)]
        if ev.rval == 0:               # timed out: whatever it waited for did not come
            for fd in fds:
                conv = self.dns.get((pid, fd))
                if conv is not None:
                    conv["timeouts"].append((self.index, ev))
                pending = self.pending_connects.get((pid, fd))
                if pending is not None and len(pending) == 2:
                    pending.append((ev, None))        # the connection never completed
            return
        for fd_s, revents in POLL_FD.findall(ev.ret_text or ""):
            fd = int(fd_s)
            if "POLLERR" not in revents and "POLLHUP" not in revents:
                continue
            conv = self.dns.get((pid, fd))
            if conv is not None and not conv["replies"]:
                conv["refused"] = conv["refused"] or (self.index, ev, revents)
            pending = self.pending_connects.get((pid, fd))
            if pending is not None and len(pending) == 2:
                pending.append((ev, revents))

    def _dns_candidates(self) -> None:
        convs = self.dns_done + list(self.dns.values())
        answered = set()
        for conv in convs:
            for _i, _ev, msg in conv["replies"]:
                if msg["rcode"] == "NOERROR" and msg["answers"]:
                    answered.add(msg["name"].lower())
        seen = set()
        for conv in convs:
            server = conv["server"]
            for i, ev, msg in conv["replies"]:
                name = msg["name"].lower()
                if msg["truncated"] or name in answered or (name, "reply") in seen:
                    continue
                seen.add((name, "reply"))
                meaning = netconv.RCODE_MEANING.get(msg["rcode"], msg["rcode"])
                how = ""
                if conv.get("tcp"):
                    how = " over TCP%s" % (" (after a truncated UDP answer)" if any(
                        r[2]["truncated"] and r[2]["name"].lower() == name
                        for c in convs for r in c["replies"]) else "")
                self.candidates.append(Candidate(
                    i, ev, None, server, kind="dns",
                    note="the DNS server %s answered the query for %s (%s)%s: %s" % (
                        server, msg["name"], msg["type"], how, meaning),
                    extra={"dns": {"name": msg["name"], "type": msg["type"],
                                   "rcode": msg["rcode"], "server": server},
                           "evidence": _distinct([ref(q[1]) for q in conv["queries"]] +
                                                 [ref(ev)])}))
            if any(not r[2]["truncated"] for r in conv["replies"]) or not conv["queries"]:
                continue
            i, ev, msg = conv["queries"][0]
            name = msg["name"].lower()
            if name in answered or (name, "query") in seen:
                continue
            seen.add((name, "query"))
            if conv["refused"]:
                why = conv["refused"]
                rcode, note = "refused", "the query for %s was refused: %s at line %s " \
                    "(nothing listens at %s: the DNS server is down or the address in " \
                    "/etc/resolv.conf is wrong)" % (msg["name"], why[2], why[1].line or "?",
                                                    server)
                more = [ref(why[1])]
            elif conv["timeouts"]:
                rcode = "no reply"
                note = "no reply from the DNS server %s to the query for %s: %d wait%s " \
                       "timed out" % (server, msg["name"], len(conv["timeouts"]),
                                      "" if len(conv["timeouts"]) == 1 else "s")
                more = [ref(t[1]) for t in conv["timeouts"][:2]]
            else:
                continue
            self.candidates.append(Candidate(
                i, ev, None, server, kind="dns", note=note,
                extra={"dns": {"name": msg["name"], "type": msg["type"], "rcode": rcode,
                               "server": server}, "evidence": [ref(ev)] + more}))

    # -- paths -------------------------------------------------------------------------
    def _path_of(self, ev):
        """(absolute path, address) that the call names, if any."""
        known = getattr(ev, "path_of", None)
        if known is not None:
            return known
        fast = self._quick_path_of(ev)
        if fast is None:
            fast = self._parsed_path_of(ev)
        if ev.__class__ is Parsed:
            ev.path_of = fast      # the table changes only after the call is looked at
        return fast

    def _parsed_path_of(self, ev):
        name = ev.name
        args = ev.args
        t = self.table
        if name in OPENERS:
            i = OPENERS[name]
            return t.absolute(ev.pid, string_arg(args, i), args[0] if i and args else None), \
                None
        if name in PATH_ARGS:
            pi, di = PATH_ARGS[name]
            dirfd = args[di] if di is not None and di < len(args) else None
            rel = string_arg(args, pi)
            if rel == "" and dirfd is not None:        # fstatat(fd, "", AT_EMPTY_PATH)
                fd = t.fd_target(ev.pid, dirfd)
                return (fd.path, None) if fd is not None and fd.kind == "file" else (None, None)
            return t.absolute(ev.pid, rel, dirfd), None
        if name in ("connect", "bind") and len(args) > 1:
            return None, address_of(args[1])
        if name in FD_CALLS or name in ("accept", "accept4", "getsockopt", "listen"):
            fd = t.fd_target(ev.pid, args[0] if args else None)
            if fd is not None:
                if fd.kind == "socket":
                    return None, fd.path
                return fd.path, None
            return None, None
        s = string_arg(args, 0)
        if s is not None:
            return t.absolute(ev.pid, s), None
        return None, None

    def _quick_path_of(self, ev):
        """_path_of from the argument text for the common shapes; None for the others."""
        name = ev.name
        text = ev.args_text
        t = self.table
        i = OPENERS.get(name)
        if i is None and name in PATH_ARGS:
            i = 1 if PATH_ARGS[name] == (1, 0) else None
            if i is None:
                return None
        if i == 1:
            r = quick.dirfd_path(text)
            if r is None:
                return None
            node, rel, _end = r
            if ev.__class__ is Parsed:
                ev.used = rel
            if rel == "" and name not in OPENERS:
                fd = t.fd_target(ev.pid, node)
                return (fd.path, None) if fd is not None and fd.kind == "file" else (None, None)
            return t.absolute(ev.pid, rel, node), None
        if i == 0:
            r = quick.path_first(text)
            return None if r is None else (t.absolute(ev.pid, r[0]), None)
        if name in ("connect", "bind"):
            return None
        if name in FD_CALLS or name in ("accept", "accept4", "getsockopt", "listen"):
            node = quick.fd_node(text)
            if node is None:
                return None
            fd = t.fd_target(ev.pid, node)
            if fd is not None:
                return (None, fd.path) if fd.kind == "socket" else (fd.path, None)
            return None, None
        if text[:1] == '"':
            r = quick.path_first(text)
            if r is None:
                return None
            if ev.__class__ is Parsed:
                ev.used = r[0]
            return t.absolute(ev.pid, r[0]), None
        if text[:1].isspace():
            return None
        return None, None      # the first argument is not a string

    # -- messages -------------------------------------------------------------------------
    def _maybe_message(self, ev, outgoing: bool) -> None:
        node = quick.fd_node(ev.args_text)
        if node is not None:    # most writes and reads go nowhere a message is heard
            target = self._destination(ev.pid, node)
            if target is not None and target.path == "/dev/null":
                return
            socket = target is not None and target.kind == "socket"
            if not outgoing and not socket:
                return
            to_user = target.kind in ("stdout", "stderr") if target is not None else \
                node["value"] in (1, 2)
            if outgoing and not to_user and not socket:
                return
        args = ev.args
        text = ""
        for a in args:
            if a.get("type") == "string":
                text = _cut(a)
                break
            if a.get("type") == "array":   # writev
                text = "".join(_cut(x.get("fields", {}).get("iov_base", {}))
                               for x in a.get("items", []))
                break
        if not text:
            return
        fd = fd_arg(args, 0)
        target = self._destination(ev.pid, args[0] if args else None)
        if target is not None and target.path == "/dev/null":
            return
        via = None
        if target is not None and target.kind == "socket":
            via = target.path or "a socket"
        if not outgoing and via is None:
            return       # reading a file is not hearing an error message
        to_user = (target.kind in ("stdout", "stderr")) if target is not None else fd in (1, 2)
        if outgoing and not to_user and via is None:
            return
        if via is not None:             # a peer's answer comes whole, or not at all
            if is_error(text):
                self._message(self.index, ev.pid, ev.line, text.strip(), via, outgoing)
            return
        key = (ev.pid, target.kind if target is not None else fd)
        for index, line, whole in self.lines.add(key, self.index, ev.line, text):
            if is_error(whole):
                self._message(index, ev.pid, line, whole, None, True)
            elif key[1] in ("stderr", 2):
                self.last_said[ev.pid] = (index, line, whole)

    def _asked(self, pid: int, path: str) -> bool:
        """Whether the process was asked about the file: an argument names it (as the
        trace shows the argument: -s cuts it too)."""
        return any(a == path or len(a) >= 8 and "/" in a and path.startswith(a)
                   for a in self.table.get(pid).argv[1:])

    def _topics(self, pid: int, text: str, path: str) -> frozenset:
        """What a message about a file complains of: its mode, or that it cannot be run
        (also when the message was cut, for a file the process was asked to run and
        only examined)."""
        out = set()
        if MODE_COMPLAINT.search(text):
            out.add("mode")
        asked = self._asked(pid, path)
        if EXEC_COMPLAINT.search(text) or (CUT in text and asked and
                                           (pid, path) not in self.opened):
            out.add("exec")
        return frozenset(out)

    def _destination(self, pid: int, node):
        """Where a write goes.  Descriptors 1 and 2 that the process inherited from
        outside the trace are where its user reads messages, whatever -y says they were
        (a terminal, a file, /dev/null): only a redirection the trace shows changes that."""
        if node and node.get("type") == "fd" and node.get("value") in (1, 2):
            known = self.table.get(pid).fds.get(node["value"])
            if known is not None and known.kind in ("stdout", "stderr"):
                return known
        return self.table.fd_target(pid, node)

    def _message(self, index, pid, line, text, via, outgoing) -> None:
        if len(self.messages) >= MAX_MESSAGES:
            return
        self.messages.append((index, pid, line, text, via, outgoing))
        # a file the process examined and the message names: the stat is evidence
        seen = self.stats.get(pid, {})
        named = False
        for path, (i, ev, used, fields) in list(seen.items()):
            if names(text, path, used):
                named = True
                self.candidates.append(Candidate(i, digested_call(ev), path, None,
                                                 kind="stat", extra={
                    "_fields": fields, "_topics": self._topics(pid, text, path)}))
        if not named and MODE_COMPLAINT.search(text):
            # a complaint about a mode or an owner that names no file (cut by -s): the
            # last file examined before it whose mode or owner is wrong
            # (one others may write first, then one of another owner than root)
            uid = self.table.get(pid).uid
            topics = frozenset(("mode",))
            # root's files are trusted, unless the complaint is of the owner itself
            # (git's "dubious ownership": any owner but the user)
            trusted = (None, uid) if OWNER_COMPLAINT.search(text) else (None, 0, uid)
            earlier = [(path, x) for path, x in reversed(list(seen.items())) if x[0] < index]
            # the files the process was asked about first (by a whole argument, then by
            # one -s cut)
            argv = self.table.get(pid).argv[1:]
            earlier.sort(key=lambda item: (item[0] not in argv, not self._asked(pid, item[0])))
            for wrong in (lambda path, st: st["mode"] & 0o022,
                          lambda path, st: uid is not None and (st["uid"] if st["uid"] is not
                                                                None else _owner_now(path))
                          not in trusted):
                hit = next(((path, x) for path, x in earlier if wrong(path, x[3])), None)
                if hit is not None:
                    path, (i, ev, _used, fields) = hit
                    self.candidates.append(Candidate(i, digested_call(ev), path, None,
                                                     kind="stat", extra={
                        "_fields": fields, "_topics": topics}))
                    break
        for what, name in not_found(text):
            if what == "python module" and name is None:       # the name was cut off
                argv = self.table.get(pid).argv
                name = argv[argv.index("-m") + 1] if "-m" in argv[:-1] else None
            if what == "python module" and name:
                run = self.search.get(pid) or [[], []]
                dirs = list(run[0] or run[1])
                self.candidates.append(Candidate(
                    index, self.table.get(pid).last_call or _nothing(pid), None, None,
                    kind="module", note="Python module %s was not found" % name,
                    extra={"module": name, "searched": dirs}))

    def _so_error(self, ev) -> None:
        m = re.search(r"SO_ERROR, \[(E[A-Z]+)\]", ev.args_text)
        if not m:
            return
        fd = fd_arg(ev.args, 0)
        pending = self.pending_connects.pop((ev.pid, fd), None)
        if pending is None:
            return
        connect, address = pending[0], pending[1]
        cand = Candidate(self.index, _with_errno(connect, m.group(1)), None, address,
                         note="a non-blocking connect(): EINPROGRESS at line %s, then "
                              "getsockopt(SO_ERROR) = %s at line %s" % (
                                  connect.line or "?", m.group(1), ev.line or "?"),
                         extra={"evidence": [ref(connect), ref(ev)]})
        self.candidates.append(cand)

    def _failure(self, ev) -> None:
        path, address = self._path_of(ev)
        if ev.name == "connect" and ev.errno == "EINPROGRESS":
            self.pending_connects[(ev.pid, fd_arg(ev.args, 0))] = [ev, address]
            return
        if ev.name in FILE_LOOKUPS and ev.errno in LOOKUP_ERRNOS and path:
            self._searched(ev.pid, os.path.dirname(path))
        rule = benign(ev, path, None)
        if rule is not None or self._regains_privileges(ev):
            if rule is not None and rule.fallback and (path or used_path(ev)):
                kept = self.fallbacks.setdefault(ev.pid, [])
                if len(kept) >= MAX_FALLBACKS:        # bounded: the oldest go first
                    del kept[0]
                kept.append(Candidate(self.index, ev, path, address))
            return
        self.candidates.append(Candidate(self.index, ev, path, address))
        self.retry[ev.pid] = (self.candidates[-1], ev.name, _object(ev, path, address))
        if path and ev.name in FILE_LOOKUPS:      # _later_found() asks about its name
            self.lookups.setdefault(ev.pid, set()).add(basename(path))

    def _timer_fired(self, sig) -> None:
        """A timer signal that takes a process out of a blocking call: the program's own
        timeout (alarm(), timer_create()) ended a wait that got no answer."""
        proc = self.table.procs.get(sig.pid)
        last = proc.last_call if proc is not None else None
        if last is None or last.name not in BLOCKING or not last.errno or not (
                last.errno.startswith("ERESTART") or last.errno == "EINTR"):
            return
        last = Parsed(last)
        path, address = self._path_of(last)
        _p, _a, waits = self._waits_on(sig.pid, last)
        took = " for %.1f s" % last.duration if last.duration else ""
        self.candidates.append(Candidate(
            self.index, last, path, address, kind="timeout",
            note="the program waited in %s()%s%s until its own timer (%s at line %s) "
                 "interrupted the wait: it gave up waiting" % (
                     last.name, " on %s" % waits if waits else "", took, sig.signal,
                     sig.line or "?"),
            extra={"evidence": [ref(last), ref(sig, "--- %s %s ---" % (
                sig.signal, sig.info_text or ""))], "waits_on": waits,
                "waited": last.duration}))

    def _recovered(self, ev) -> None:
        """A failed call, then at once the same call on the same object succeeding: the
        program fell back (a lower limit, another mode) and went on."""
        last = self.retry.pop(ev.pid, None)
        if last is not None and last[1] == ev.name:
            path, address = self._path_of(ev)
            if _object(ev, path, address) == last[2]:
                last[0].extra["_recovered"] = True

    def _regains_privileges(self, ev) -> bool:
        """After dropping root, programs check that they cannot get it back (OpenSSH's
        permanently_set_uid): an EPERM there is the check passing."""
        return ev.errno == "EPERM" and ev.name in SET_IDS and \
            self.table.get(ev.pid).dropped

    # -- concluding -----------------------------------------------------------------
    def conclude(self) -> dict:
        t = self.table
        for key, index, line, text in self.lines.rest():
            if is_error(text):
                self._message(index, key[0], line, text, None, True)
            elif key[1] in ("stderr", 2):
                self.last_said[key[0]] = (index, line, text)
        # the last thing a failed process wrote to stderr is its complaint, whatever
        # its words (often cut by -s before them)
        for pid, (index, line, text) in self.last_said.items():
            proc = t.procs.get(pid)
            if proc is not None and proc.failed and not any(
                    m[1] == pid and m[0] >= index for m in self.messages):
                self._message(index, pid, line, text, None, True)
        self.messages.sort(key=lambda m: m[0])
        self._dns_candidates()
        for (pid, _fd), pending in self.pending_connects.items():
            if len(pending) == 3:          # poll said the connection failed
                connect, address, (poll, revents) = pending
                said = "reported %s" % revents if revents else "timed out (%s ms) with no " \
                    "answer" % _poll_timeout(poll)
                self.candidates.append(Candidate(
                    self.index, connect, None, address, kind="poll",
                    note="a non-blocking connect(): EINPROGRESS at line %s, then poll() %s at "
                         "line %s" % (connect.line or "?", said, poll.line or "?"),
                    extra={"evidence": [ref(connect), ref(poll)],
                           "_timed_out": revents is None}))
        failed_paths = {(c.ev.pid, c.path) for c in self.candidates if c.kind == "call"}
        cands = [c for c in self.candidates if not self._later_found(c) and
                 not c.extra.get("_recovered") and not (
                     c.kind == "timeout" and not t.get(c.ev.pid).failed) and
                 not (c.kind == "stat" and (c.ev.pid, c.path) in failed_paths)]
        cands = _unique(cands)
        failed = [p for pid, p in t.procs.items() if p.failed]
        root = t.procs.get(t.first_pid) if t.first_pid is not None else None
        family = self._family(failed)
        if not any(c.ev.pid in family for c in cands):
            cands += self._fallback_search(failed)
        calls_at = self._call_indexes()
        for c in cands:
            self._score(c, failed, family, calls_at)
        cands.sort(key=lambda c: (-c.score, -c.index))
        findings: list[Finding] = []
        hangs, signals = self._signal_findings(root)
        for c in self._first_per_object(self._group_searches(cands)):
            findings.append(self._finding(c))
        # a hang of the program itself leads; then a crash; then the best call, before a
        # plain kill of the process that failed
        lead = [f for f in hangs if f.extra.get("_lead")]
        rest_h = [f for f in hangs if not f.extra.get("_lead")]
        crash = [f for f in signals if f.signal not in KILL_SIGNALS + CONSEQUENCE_SIGNALS]
        kills = [f for f in signals if f.signal in KILL_SIGNALS + CONSEQUENCE_SIGNALS]
        if findings and kills and not lead:
            findings = lead + crash + findings[:1] + rest_h + kills + findings[1:]
        else:
            findings = lead + crash + kills + findings + rest_h
        for i, f in enumerate(findings, 1):
            f.rank = i
        verdict = self._verdict(root, failed, findings)
        partial = root is not None and root.exit_code is None and root.signal is None
        return {"v": WHY_JSON_VERSION, "verdict": verdict, "events": self.events,
                "skipped": self.skipped,
                "findings": [_public(f.as_dict()) for f in findings[:10]],
                "processes": [self._proc_dict(t.procs[pid]) for pid in t.order],
                "exit": self._exit_dict(root), "partial": partial,
                "starts_mid": self.starts_mid,
                "messages": [{"pid": pid or None, "line": line, "text": text, "via": via}
                             for _i, pid, line, text, via, _o in self.messages[:10]]}

    def _fallback_search(self, failed) -> list:
        """When nothing else explains a failed process: the name its fallback search
        (the noise model's `fallback` rules) never found, the one its messages name
        first, else the first one sought."""
        for p in failed:
            kept = self.fallbacks.get(p.pid)
            if not kept:
                continue
            said = [m[3] for m in self.messages if m[1] == p.pid]
            named = [c for c in kept if any(_sought(c) in text for text in said)]
            name = _sought((named or kept)[0])
            return [c for c in kept if _sought(c) == name]
        return []

    def _group_searches(self, cands: list) -> list:
        """One finding per name looked up in several places and found nowhere: the
        first place tried (the program's own choice: rpath, config dir) stands for all."""
        groups: dict = {}
        out = []
        for c in cands:
            name = basename(c.path)
            if c.kind == "call" and c.ev.name in FILE_LOOKUPS and c.ev.errno in \
                    LOOKUP_ERRNOS and name:
                groups.setdefault((c.ev.pid, name), []).append(c)
            else:
                out.append(c)
        for members in groups.values():
            members.sort(key=lambda c: c.index)
            plain = [m for m in members if not LOADER_SUBDIRS.search(os.path.dirname(m.path))]
            first = (plain or members)[0]
            if len(members) > 1:
                first.score = max(m.score for m in members)
                first.extra["_creates"] = any(_creates(m.ev.name, m.ev.args_text)
                                              for m in members if m.path == first.path)
                dirs = []
                for m in members:
                    d = os.path.dirname(m.path)
                    if d not in dirs:
                        dirs.append(d)
                first.extra["searched"] = dirs
                first.note = "%s was looked for in %d place%s and found nowhere: %s" % (
                    basename(first.path), len(dirs), "" if len(dirs) == 1 else "s",
                    ", ".join(dirs[:8]) + (", ..." if len(dirs) > 8 else ""))
            out.append(first)
        out.sort(key=lambda c: (-c.score, -c.index))
        return out

    def _first_per_object(self, cands: list) -> list:
        """On one object (a path, an address, or a process's memory), the first failure
        is the cause and the later ones are its consequences.  A lookup error (ENOENT)
        before another error on the same path is a check, not the cause."""
        groups: dict = {}
        order = []
        for c in cands:
            key = None
            if c.kind == "call":
                key = c.path or c.address or (c.ev.pid, c.ev.name, c.ev.errno)
            if key is None:
                order.append([c])
                continue
            if key not in groups:
                groups[key] = []
                order.append(groups[key])
            groups[key].append(c)
        out = []
        for members in order:
            if len(members) == 1:
                out.append(members[0])
                continue
            by_time = sorted(members, key=lambda c: c.index)
            serious = [m for m in by_time if m.ev.errno not in LOOKUP_ERRNOS]
            first = (serious or by_time)[0]
            first.score = max(m.score for m in members)
            first.extra["consequences"] = [ref(m.ev) for m in by_time if m is not first][:5]
            out.append(first)
        out.sort(key=lambda c: (-c.score, -c.index))
        return out

    def _later_found(self, c: Candidate) -> bool:
        """A lookup that failed here but found the same name later: a search, not a failure."""
        ev = c.ev
        if c.kind != "call" or ev.name not in FILE_LOOKUPS or ev.errno not in RULES[0].errnos:
            return False
        later = self.found.get(ev.pid, {}).get(basename(c.path))
        if later is not None and later > c.index:
            return not self._exec_of_existing(c)
        # interpreters look for modules under several suffixes
        return bool(c.path and re.search(r"\.(cpython-[^/]*|abi3)\.so$|/__init__\.so$|"
                                         r"python3[^/]*/.*\.so$", c.path))

    def _exec_of_existing(self, c: Candidate) -> bool:
        """An execve() ENOENT of a regular file the process then found at that very path
        (shells stat it to word their message): the program is there, what is missing is
        its #! interpreter or its loader."""
        if c.ev.name not in ("execve", "execveat") or c.ev.errno != "ENOENT":
            return False
        seen = self.stats.get(c.ev.pid, {}).get(c.path)
        return seen is not None and seen[0] > c.index and seen[3]["type"] == "S_IFREG"

    def _family(self, failed) -> set:
        out = set()
        for p in failed:
            for a in self.table.chain(p.pid):
                out.add(a.pid)
        return out

    def _call_indexes(self) -> dict:
        """pid -> the sorted indexes of its failed-call candidates."""
        out: dict = {}
        for x in self.candidates:
            if x.kind == "call":
                out.setdefault(x.ev.pid, []).append(x.index)
        for indexes in out.values():
            indexes.sort()
        return out

    def _score(self, c: Candidate, failed, family, calls_at: dict) -> None:
        ev = c.ev
        s = 50.0 + (KIND_WEIGHT.get(c.kind) or WEIGHT.get(ev.errno, 10))
        if c.kind == "stat" and not self._unsafe(c):
            s -= 60        # a file the message names, nothing wrong in its mode or owner
        proc = self.table.procs.get(ev.pid)
        if proc is not None and proc.failed:
            s += 40
        elif ev.pid in family:
            s += 15
        name = basename(c.path) or (c.address.rsplit("/", 1)[-1] if c.address else None)
        # the last failure before an error message, in the same process or its family
        for idx, pid, _line, text, via, outgoing in self.messages:
            if idx < c.index or (idx == c.index and c.kind != "module"):
                continue
            if pid == ev.pid or pid in family or via is not None:
                # another failed call of the process between this one and the message
                indexes = calls_at.get(ev.pid, ())
                k = bisect.bisect_right(indexes, c.index)
                nearer = k < len(indexes) and indexes[k] < idx
                s += 30 if not nearer else 10
            break
        # what the messages name: the errno's own words, the file, what was not found
        said = [m for m in self.messages if m[0] >= c.index and
                (m[1] == ev.pid or m[1] in family or m[4] is not None)] or self.messages
        best = 0
        for _idx, _pid, _line, text, _via, _o in said[:50]:
            bonus = 0
            if ev.errno and ev.errno in errnos_named(text):
                bonus += 35
            used = used_path(ev) if c.kind in ("call", "stat") else None
            if names(text, c.path, used) or (c.address and c.address in text):
                bonus += 40
            elif name and len(name) > 2 and any(n == name for _k, n in not_found(text)):
                bonus += 40
            if c.kind == "dns" and c.extra["dns"]["name"].lower() in text.lower():
                bonus += 40
            best = max(best, bonus)
        s += best
        s += 10.0 * c.index / max(self.index, 1)
        if c.note:
            s += 20
        c.score = s

    def _finding(self, c: Candidate) -> Finding:
        ev = c.ev
        proc = self.table.get(ev.pid)
        extra = {k: v for k, v in c.extra.items() if not k.startswith("_")}
        if c.kind == "call" or c.kind == "poll":
            meaning, fixes = explain(ev.errno, ev.name, c.path, c.address) if ev.errno and \
                c.kind != "poll" else \
                ("the connection to %s was never answered: the host is down or unreachable, "
                 "or a firewall (or a full listen backlog) drops the connection requests" %
                 c.address, ["check that the server runs and accepts connections, and that "
                             "nothing between drops them"]) if c.extra.get("_timed_out") \
                else ("the connection to %s failed (refused, or the host is unreachable)" %
                      c.address, ["start the server, or fix the host/port the client uses"])
            fixes = list(fixes) + self._permission_hint(c, proc)
            self._limit_evidence(c, extra)
            self._mount_evidence(c, extra)
            searched = extra.get("searched")
            if searched and len(searched) > 1 and ev.errno in LOOKUP_ERRNOS:
                meaning = "%s was not found in any of the %d places searched: %s" % (
                    basename(c.path), len(searched), ", ".join(searched[:8]) + (
                        ", ..." if len(searched) > 8 else ""))
            command = [n for m in self.messages if m[1] in self._family([proc]) or m[1] ==
                       ev.pid for k, n in not_found(m[3]) if k == "command"]
            if searched and (ev.name in ("execve", "execveat") or basename(c.path) in command):
                meaning = "`%s` is not in PATH (searched: %s)" % (
                    basename(c.path), ", ".join(searched))
                fixes = ["install the package that provides %s, or add its directory to "
                         "PATH" % basename(c.path), "check the spelling of the command"]
            if extra.get("_limit"):
                meaning += "; " + extra.pop("_limit")
            if ev.errno == "ENOENT" and c.path and (c.extra.get("_creates") or _creates(
                    ev.name, ev.args_text) or any(
                    _creates(r["text"].split("(", 1)[0], r["text"])
                    for r in extra.get("consequences", ()))):
                parent = os.path.dirname(c.path)
                meaning = "the directory %s does not exist (or is a dangling link), so %s " \
                    "cannot be created in it" % (parent, c.path)
                fixes = ["create it: mkdir -p %s" % parent,
                         "check the directory in the program's configuration or arguments"]
            if self._exec_of_existing(c):
                seen = self.stats[ev.pid][c.path]
                stat = digested_call(seen[1])
                meaning = "%s exists (%s() at line %s shows a regular file of mode %04o), " \
                    "so what execve() did not find is its #! interpreter or its ELF loader: " \
                    "check the first line of the script (a #! line ending in a carriage " \
                    "return, from DOS line ends, names an interpreter `/bin/sh\\r` that " \
                    "does not exist)" % (c.path, stat.name, stat.line or "?",
                                         seen[3]["mode"])
                fixes = ["head -1 %s | od -c: look for \\r at the end of the #! line "
                         "(fix with sed -i 's/\\r$//' or dos2unix)" % c.path,
                         "install the interpreter the #! line names"]
                extra.setdefault("evidence", []).append(ref(stat))
        elif c.kind == "stat":
            st = c.extra["_fields"]
            owner = _owner_now(c.path) if st["uid"] is None else None
            topics = c.extra.get("_topics", frozenset())
            what = evidence.describe_stat(c.path, st, proc.uid, owner, topics)
            meaning = "the program examined %s with %s() and refused it: %s" % (
                c.path, ev.name, what) if self._unsafe(c) else "the message names %s, " \
                "which the program examined with %s() (%s): its content or the program's " \
                "expectations of it are the likely problem" % (c.path, ev.name, what)
            fixes = evidence.fixes_for_stat(c.path, st, proc.uid, owner, topics)
            extra["evidence"] = [ref(ev)]
        elif c.kind == "dns":
            meaning = c.note
            fixes = ["check the name, and the DNS server in /etc/resolv.conf (resolvectl "
                     "status)", "query it directly: getent hosts %s" % extra["dns"]["name"]]
        elif c.kind == "tls":
            meaning = "the program spoke TLS to %s, which answered in plain text: it serves " \
                      "plain HTTP (or another clear-text protocol) on that port" % c.address
            fixes = ["use http:// (no TLS) for this port, or the server's TLS port",
                     "check the port in the URL or configuration"]
        elif c.kind == "eof":
            meaning = c.note
            fixes = ["check that the port speaks the protocol the program uses (https:// "
                     "for a TLS port, http:// for a plain one)",
                     "see the server's log for why it closed the connection"]
        elif c.kind == "module":
            where = extra.get("searched") or []
            meaning = "Python could not import module %s; it searched: %s" % (
                extra.get("module"), ", ".join(where) if where else "(the trace does not "
                "show where)")
            fixes = ["install it (pip install, or the python3-... package)",
                     "add its directory to PYTHONPATH, or run the right interpreter/venv"]
        elif c.kind == "http":
            code = str(extra["http"]["status"])
            meaning = "%s: %s" % (c.note, netconv.HTTP_MEANING.get(
                code, netconv.HTTP_MEANING[code[0]]))
            fixes = ["check the URL (host, port, path) against what the server serves",
                     "see the server's log for the request"] if code[0] == "4" else [
                "see the server's log for the error, or retry later"]
        elif c.kind == "timeout":
            meaning = c.note
            fixes = ["find out why the wait on %s did not end in time: who holds the lock, "
                     "or why the other side does not answer" % (
                         extra.get("waits_on") or "it"),
                     "raise the program's timeout if the wait is expected to be long"]
        else:
            meaning, fixes = c.note, []
        text = render_call(ev) if ev.name else c.note
        # a connection's outcome seen in poll: not the EINPROGRESS its connect() returned
        errno = None if c.kind in ("poll", "timeout") else ev.errno
        return Finding(0, ev.pid or None, ev.name or None, errno, c.path, c.address, None,
                       ev.line or None, text, meaning, fixes, self._describe(proc),
                       proc.cwd, c.note, ev.time, c.kind, extra)

    def _unsafe(self, c: Candidate) -> bool:
        st = c.extra["_fields"]
        owner = _owner_now(c.path) if st["uid"] is None else None
        return bool(evidence.stat_problems(st, self.table.get(c.ev.pid).uid, owner,
                                           c.extra.get("_topics", frozenset())))

    def _limit_evidence(self, c: Candidate, extra: dict) -> None:
        """A resource limit an ancestor (or the process) set that explains the errno."""
        resources = evidence.limits_for(c.ev.errno, c.ev.name)
        lims = self.limits.get(c.ev.pid, {})
        for res in resources:
            setter = lims.get(res)
            if setter is None:
                continue
            extra.setdefault("evidence", []).append(ref(setter))
            extra["_limit"] = "the limit on %s was set to %s by pid %s (%s) at line %s" % (
                evidence.LIMIT_NAMES.get(res, res), evidence.limit_set(setter)[1],
                setter.pid, self.setters.get(id(setter)) or self.table.get(setter.pid).name,
                setter.line or "?")
            return

    def _mount_evidence(self, c: Candidate, extra: dict) -> None:
        if c.ev.errno not in evidence.MOUNT_ERRNOS or not c.path:
            return
        best = None
        for target, ev in self.mounts.items():
            if ev is not None and (c.path == target or c.path.startswith(target.rstrip("/") +
                                                                          "/")):
                if best is None or len(target) > len(best[0]):
                    best = (target, ev)
        if best:
            extra.setdefault("evidence", []).append(ref(best[1]))

    def _permission_hint(self, c: Candidate, proc) -> list:
        """Where the file system is at hand, name the directory or file that blocks."""
        if c.ev.errno not in ("EACCES", "EPERM") or not c.path or not os.path.exists("/"):
            return []
        uid = proc.uid
        parts = c.path.split("/")
        cur = ""
        for i, part in enumerate(parts[1:], 1):
            cur += "/" + part
            try:
                st = os.stat(cur)
            except OSError:
                return []
            last = i == len(parts) - 1
            need = 0o1 if not last else (0o2 if _writes(c.ev) else 0o4)
            what = {1: "search (x)", 2: "write", 4: "read"}[need]
            if uid == 0:
                continue
            if uid is None:   # the trace does not say who ran it: name what others lack
                if not st.st_mode & need:
                    return ["%s is mode %04o owned by uid %d: other users lack %s "
                            "permission there" % (cur, st.st_mode & 0o7777, st.st_uid, what)]
                continue
            bits = (st.st_mode >> 6) if st.st_uid == uid else (st.st_mode & 0o7)
            if not bits & need:
                return ["%s is mode %04o owned by uid %d: uid %d lacks %s permission there" % (
                    cur, st.st_mode & 0o7777, st.st_uid, uid, what)]
        return []

    # -- hangs and signals ------------------------------------------------------------
    def _signal_findings(self, root) -> tuple:
        """(hangs, other signal findings).  A hang: a process blocked in a call when it
        was killed or when the trace ended."""
        hangs, out = [], []
        killed = {}
        for _idx, ev in self.exits:
            killed[ev.pid] = ev
        for pid in self.table.order:
            proc = self.table.procs[pid]
            last = proc.last_call
            end = killed.get(pid)
            # still in the call, or taken out of it by the fatal signal (ERESTART...)
            blocked = last is not None and (last.ret_text is None or last.ret_text == "?" or
                                            last.ret_text.startswith("? ERESTART")) \
                and last.name in BLOCKING
            if blocked and (end is None or (end.signal in KILL_SIGNALS)):
                if end is None and proc.exit_code is not None:
                    continue
                hangs.append(self._hang(proc, last, end, root))
            elif end is not None and end.signal:
                meaning, fixes = explain_signal(end.signal)
                core = " (core dumped)" if end.core else ""
                text = "+++ killed by %s%s +++" % (end.signal, core)
                if last is not None:
                    text += " after %s" % render_call(last)
                sender = self._sender(pid, end)
                extra = {"evidence": [ref(sender)]} if sender is not None else {}
                meaning += self._signal_origin(pid, end.signal, sender)
                for res in evidence.limits_for(end.signal, None):
                    setter = self.limits.get(pid, {}).get(res)
                    if setter is not None:     # SIGXFSZ, SIGXCPU: a limit was reached
                        extra.setdefault("evidence", []).append(ref(setter))
                        meaning += "; the limit on %s was set to %s at line %s" % (
                            evidence.LIMIT_NAMES.get(res, res), evidence.limit_set(setter)[1],
                            setter.line or "?")
                out.append(Finding(0, pid or None, last.name if last else None, None, None,
                                   None, end.signal, end.line or None, text, meaning, fixes,
                                   self._describe(proc), proc.cwd, "signal", end.time,
                                   "signal", extra))
        out.sort(key=lambda f: 0 if f.signal not in KILL_SIGNALS else 1)
        # waiting for an answer comes before sleeping, and both before waiting for
        # children (who are themselves blocked)
        hangs.sort(key=lambda f: HANG_ORDER.get(f.syscall, 0))
        futexes = [f for f in hangs if f.syscall == "futex"]
        if len(futexes) >= 2:
            futexes[0].explanation += "; %d threads were all waiting on locks when it " \
                "ended: a deadlock (each holds a lock another waits for) is likely" % len(
                    futexes)
        return hangs, out

    def _sender(self, pid: int, end):
        """The kill() that sent the fatal signal: one aimed at the process, or one at a
        process group sent before the process ended (timeout's kill(0, ...))."""
        sender = self.kills.get(pid)
        if sender is None and end is not None and end.signal:
            sender = self.group_kills.get(end.signal)
            if sender is not None and not (sender.line or 0) <= (end.line or 0):
                sender = None
        return sender

    def _signal_origin(self, pid: int, signal: str, sender) -> str:
        """Where a fatal signal came from: a kill() in the trace, the fault the kernel
        reported (si_code, si_addr), or nobody the trace shows."""
        info = self.signals.get(pid)
        text = (info.info_text or "") if info is not None and info.signal == signal else ""
        code = re.search(r"si_code=(\w+)", text)
        addr = re.search(r"si_addr=(\w+)", text)
        who = re.search(r"si_pid=(\d+)", text)
        if sender is not None:
            name = self.table.get(sender.pid).name
            return "; it was sent by pid %s%s with %s() at line %s" % (
                sender.pid, "" if name.startswith("pid ") else " (%s)" % name, sender.name,
                sender.line or "?")
        if code and code.group(1) in FAULT_CODES:
            where = addr.group(1) if addr else "?"
            return "; a real fault: %s at address %s%s" % (
                FAULT_CODES[code.group(1)], where,
                " (a NULL pointer)" if where in ("NULL", "0", "0x0") else "")
        if code and code.group(1) in ("SI_USER", "SI_TKILL", "SI_QUEUE") and who:
            return "; it was sent by pid %s (%s), not caused by a fault" % (
                who.group(1), code.group(1))
        if signal == "SIGKILL":
            joined = next((self.cgroups[p.pid] for p in self.table.chain(pid)
                           if p.pid in self.cgroups), None)
            last = self.table.get(pid).last_call
            if joined is not None:
                return "; no process in the trace sent it, and the process was put in the " \
                       "cgroup %s at line %s: the kernel kills what exceeds the cgroup's " \
                       "memory limit (memory.max, memory.limit_in_bytes; see memory.events " \
                       "or dmesg)" % (joined[0], joined[1].line or "?")
            if last is not None and last.name in ALLOCATING:
                return "; no process in the trace sent it, and it was allocating memory " \
                       "(%s) when it died: the out-of-memory killer or a cgroup memory " \
                       "limit (see dmesg)" % last.name
            return "; no process in the trace sent it: the kernel's out-of-memory killer, " \
                   "a cgroup limit, or a process outside the trace (see dmesg)"
        return ""

    def _hang(self, proc, last, end, root) -> Finding:
        path, address, waits = self._waits_on(proc.pid, last)
        start = seconds(last.time)
        stop = seconds(end.time if end is not None else self.last_time)
        waited = round(stop - start, 3) if start is not None and stop is not None and \
            stop >= start else None
        how_long = " for %.1f s" % waited if waited is not None else ""
        what = " on %s" % waits if waits else ""
        if end is not None:
            text = "blocked in %s%s when killed by %s" % (render_call(last), what, end.signal)
            meaning = "the program was waiting in %s()%s%s and never got an answer, until " \
                      "it was killed by %s (a hang or a timeout)" % (last.name, what,
                                                                     how_long, end.signal)
        else:
            text = "blocked in %s%s when the trace ended" % (render_call(last), what)
            meaning = "the program was still waiting in %s()%s%s when the trace ended: " \
                      "it hangs there" % (last.name, what, how_long)
        fixes = ["see why %s never came: the other side%s did not answer" % (
            "the data" if last.name in ("read", "recvfrom", "recvmsg", "poll", "select",
                                        "epoll_wait", "ppoll", "pselect6") else "the event",
            " (%s)" % waits if waits else "")]
        if end is not None:
            fixes += explain_signal(end.signal)[1]
        ev_list = []
        sender = self._sender(proc.pid, end)
        if sender is not None:
            ev_list.append(ref(sender))
        elif end is not None:
            meaning += self._signal_origin(proc.pid, end.signal, None)
        lead = root is not None and (root.exit_code is None and root.signal is None or
                                     root.signal is not None or proc.pid in
                                     {p.pid for p in self.table.chain(proc.pid)} and
                                     root.pid in {p.pid for p in
                                                  self.table.chain(proc.pid)})
        extra = {"hang": True, "waited": waited, "waits_on": waits, "evidence": ev_list,
                 "_lead": lead}
        return Finding(0, proc.pid or None, last.name, None, path, address,
                       end.signal if end is not None else None, last.line or None, text,
                       meaning, fixes, self._describe(proc), proc.cwd, "signal", last.time,
                       "hang", extra)

    def _waits_on(self, pid: int, ev) -> tuple:
        """(path, address, description) of what a blocked call waits for."""
        name = ev.name
        t = self.table
        if name in ("poll", "ppoll", "select", "pselect6"):
            fds = [int(x) for x in re.findall(r"\{fd=(-?\d+),", ev.args_text)] if "poll" in \
                name else [x.get("value") for x in (ev.args[1].get("items", []) if
                                                    len(ev.args) > 1 else [])
                           if isinstance(x.get("value"), int)]
            return self._waiting_fds(pid, fds)
        if name in ("epoll_wait", "epoll_pwait", "epoll_pwait2"):
            epfd = fd_arg(ev.args, 0)
            fds = self.epolls.get((pid, epfd))
            if fds is None:        # registered by another thread of the process
                fds = next((v for (p, e), v in self.epolls.items() if e == epfd and
                            p in {x.pid for x in t.chain(pid)}), set())
            return self._waiting_fds(pid, sorted(fds))
        if name == "futex":
            addr = ev.args[0].get("text") if ev.args else "?"
            return None, None, "the futex at %s (a lock or condition another thread must " \
                               "release or signal)" % addr
        if name in ("wait4", "waitid"):
            who = ev.args[0].get("value") if ev.args else None
            return None, None, "child %s" % who if isinstance(who, int) and who > 0 else \
                "its children"
        path, address = self._path_of(ev)
        if path is None and address is None and name in FD_CALLS:
            fd = fd_arg(ev.args, 0)
            target = t.get(pid).fds.get(fd) if fd is not None else None
            if target is not None and target.kind == "pipe":
                return None, None, "a pipe (fd %d): its writer never wrote nor closed it" % fd
            if target is None and fd is not None:
                return None, None, "fd %d, opened before the trace began (strace -yy would " \
                                   "name its file or peer)" % fd
        return path, address, path or address

    def _waiting_fds(self, pid: int, fds) -> tuple:
        """(path, address, description) of the descriptors a poll or epoll waits on."""
        table = self.table.get(pid).fds
        named = [(fd, x) for fd, x in ((fd, table.get(fd)) for fd in fds)
                 if x is not None and x.path]
        desc = ", ".join("fd %d (%s)" % (fd, x.path) for fd, x in named) or None
        sock = next((x.path for _fd, x in named if x.kind == "socket"), None)
        filep = next((x.path for _fd, x in named if x.kind == "file"), None)
        return (None if sock else filep), sock, desc

    def _describe(self, proc) -> str:
        chain = self.table.chain(proc.pid)
        parts = []
        for p in chain[:4]:
            if p.argv or p.exe:
                cmd = "`%s`" % (" ".join(p.argv[:4]) if p.argv else p.name)
            else:                     # its execve is not in the trace (-p, a cut log)
                cmd = "(its command is not in the trace)"
            parts.append("%s %s" % (p.pid or "the traced process", cmd) if p.pid else
                         "the traced process %s" % cmd)
        return " <- ".join(parts)

    def _verdict(self, root, failed, findings) -> str:
        if root is None:
            return "the trace holds no system call, signal or exit to explain."
        known = root is not None and (root.argv or root.exe)
        who = "`%s`" % root.name if known else "the program"
        if root is not None and root.signal:
            status = "was killed by %s" % root.signal
        elif root is not None and root.exit_code not in (None, 0):
            status = "failed (exit status %d)" % root.exit_code
        elif root is not None and root.exit_code is None and findings and \
                findings[0].kind == "hang":
            status = "was still running when the trace ended"
        elif failed:
            p = failed[0]
            status = "had a failing process: %s (%s)" % (
                p.name, "killed by %s" % p.signal if p.signal else "exit status %s" % p.exit_code)
        elif root is not None and root.exit_code is None:
            status = "has no exit in the trace (it is partial)"
        else:
            status = "exited normally"
        said = self._quoted_message(findings[0] if findings else None)
        quote = ' after saying "%s"' % _short(said, 100) if said else ""
        if not findings:
            return "%s %s%s; the trace shows no system call that explains it." % (
                who, status, quote)
        f = findings[0]
        if f.kind == "hang":
            return "%s %s: %s; %s." % (who, status, _short(f.text, 200), f.explanation)
        if f.note == "signal":
            return "%s %s%s: %s; %s." % (who, status, quote, _short(f.text, 200),
                                         f.explanation)
        target = f.path or f.address
        what = '%s("%s")' % (f.syscall, target) if target else "%s()" % f.syscall
        where = ""
        if root is not None and f.pid and f.pid != root.pid:
            where = " in process %d (%s)" % (f.pid, self.table.get(f.pid).name)
        verb = "because" if status != "exited normally" else "and yet"
        if f.errno:
            happened = "%s returned %s%s" % (what, f.errno, where)
        elif f.kind == "module":
            happened = "module %s was not found%s" % (f.extra.get("module"), where)
        else:
            happened = "of %s at line %s%s" % (what, f.line or "?", where)
        return "%s %s%s %s %s: %s." % (who, status, quote, verb, happened, f.explanation)

    def _quoted_message(self, f) -> str | None:
        """The program's own words for the verdict: the message that names what the top
        finding is about, else its last error message."""
        own = [m for m in self.messages if m[4] is None]
        if f is not None:
            keys = [k for k in (f.path, f.address, f.extra.get("module"),
                                (f.extra.get("dns") or {}).get("name")) if k]
            for m in own:
                if any(names(m[3], k) or k in m[3] for k in keys) or \
                        (f.errno and f.errno in errnos_named(m[3])):
                    return m[3].strip()
            if f.kind == "stat":         # a complaint about a mode that names no file
                for m in own:
                    if m[1] == f.pid and (MODE_COMPLAINT.search(m[3]) or
                                          EXEC_COMPLAINT.search(m[3])):
                        return m[3].strip()
        return own[-1][3].strip() if own else None

    @staticmethod
    def _proc_dict(p) -> dict:
        return {"pid": p.pid or None, "parent": p.parent, "argv": p.argv, "exe": p.exe,
                "cwd": p.cwd, "exit_code": p.exit_code, "signal": p.signal}

    @staticmethod
    def _exit_dict(root) -> dict | None:
        if root is None:
            return None
        return {"pid": root.pid or None, "code": root.exit_code, "signal": root.signal,
                "core_dumped": root.core}


def used_path(ev) -> str | None:
    """The path argument as the program passed it (the stat family's and lookups')."""
    text = ev.args_text
    if ev.name in PATH_ARGS:
        r = quick.dirfd_path(text) if PATH_ARGS[ev.name] == (1, 0) else None
        if r is not None:
            return r[1]
        return string_arg(ev.args, 1)
    if text[:1] != '"' and not text[:1].isspace():
        return None
    r = quick.path_first(text)
    return r[0] if r is not None else string_arg(ev.args, 0)


def _poll_timeout(ev) -> str:
    m = re.search(r"(-?\d+)\s*$", ev.args_text) if ev.name == "poll" else None
    return m.group(1) if m else "?"


def _object(ev, path, address):
    """What a call acts on, to recognise the same call repeated: its path or address,
    or its first arguments (prlimit64's resource)."""
    return path or address or ev.args_text.split("{", 1)[0]


def _cut(node: dict) -> str:
    """A string argument's text; where strace cut it (-s), the line it was part of is
    taken to end there, marked as cut."""
    text = node.get("value") or "" if node.get("type") == "string" else ""
    return text + CUT + "\n" if text and node.get("truncated") else text


def _sought(c: Candidate) -> str:
    """The name a failed lookup sought (from its argument when its directory is unknown)."""
    return basename(c.path or used_path(c.ev) or "")


def _creates(name: str, args_text: str) -> bool:
    """Whether a call makes a new name (its ENOENT: the directory is missing)."""
    return name in CREATORS or name in OPENERS and "O_CREAT" in args_text


def _writes(ev) -> bool:
    return bool(re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND", ev.args_text)) or \
        ev.name in ("mkdir", "mkdirat", "unlink", "unlinkat", "rename", "renameat", "creat")


def _with_errno(ev, errno: str):
    from dataclasses import replace
    ev = getattr(ev, "ev", ev)
    from ..abi import ERRNO_BY_NAME, errno_message
    n = ERRNO_BY_NAME.get(errno)
    return replace(ev, errno=errno, error=errno_message(n) if n else None, rval=-1,
                   ret_text="-1 %s (%s) [via SO_ERROR]" % (errno, errno_message(n) if n else ""))


def _nothing(pid: int):
    from ..model import Syscall
    return Syscall(pid=pid, name="", ret_text="")


DETACHED = re.compile(r"\s*<detached \.\.\.>\s*$")
ENTRY = re.compile(r"^(?:\[pid +)?(\d+)?\]? *([a-z_0-9]+)\((.*)$", re.S)


def _cut_entry(ev):
    """A call whose line was cut off where the trace ended ('openat(AT_FDCWD, "x"')."""
    text = DETACHED.sub("", getattr(ev, "text", "") or "")   # strace let it go (-p)
    m = ENTRY.match(text.rstrip("\n"))
    if not m or " = " in text[-40:]:
        return None
    from ..model import Syscall
    return Syscall(pid=int(m.group(1) or 0), name=m.group(2), args_text=m.group(3),
                   unfinished=True, line=getattr(ev, "line", 0))


def _owner_now(path: str | None) -> int | None:
    try:
        return os.lstat(path).st_uid if path else None
    except OSError:
        return None


def _unique(cands: list) -> list:
    seen, out = set(), []
    for c in cands:
        key = (c.kind, c.index, c.path)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _distinct(refs: list) -> list:
    seen, out = set(), []
    for r in refs:
        if r["line"] not in seen or r["line"] is None:
            seen.add(r["line"])
            out.append(r)
    return out[:4]


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 3] + "..."


def _public(d: dict) -> dict:
    return {k: v for k, v in d.items() if not k.startswith("_")}


def diagnose_logs(paths: list[str]) -> dict:
    """diagnose() of logs, reading only the calls the diagnosis looks into."""
    from ..logread.sieve import Quiet, sieved_events
    return diagnose(sieved_events(paths, Quiet(Diagnosis.quiet, MESSAGE_CALLS, DIGESTS)))


def diagnose(events, initial_cwd: str | None = None) -> dict:
    from .collector import paused
    with paused():
        d = Diagnosis(initial_cwd)
        for ev in events:
            d.feed(ev)
        result = d.conclude()
        del d       # its tables go before collections resume: none walks them
    return result
