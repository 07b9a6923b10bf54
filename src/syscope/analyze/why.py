"""syscope why: find the system call that explains a failure.

The method of the seed articles, mechanised: find the process that failed and where it
wrote its error message; collect the failed calls that are not normal probing (the
noise model); resolve their paths (cwd and descriptor tracking) and addresses; then rank
them: the last failure before the message, in the failing process or its family, naming
what the message names, comes first.  Signals, crashes and calls a process was blocked
in when it was killed are findings too."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .explain import explain, explain_signal
from .noise import FILE_LOOKUPS, RULES, basename, benign
from .state import OPENERS, ProcessTable, address_of, fd_arg, string_arg

ERROR_WORDS = re.compile(r"error|cannot|can't|could not|couldn't|failed|fatal|not found|"
                         r"denied|no such|unable|refused|permission|invalid|missing|"
                         r"not permitted|abort|exception|traceback|usage:", re.I)
WEIGHT = {"EACCES": 30, "EPERM": 30, "EROFS": 30, "ENOSPC": 30, "EDQUOT": 30, "EMFILE": 30,
          "ENFILE": 30, "ECONNREFUSED": 30, "EADDRINUSE": 30, "ENOEXEC": 30, "ENOENT": 20,
          "ETIMEDOUT": 25, "EHOSTUNREACH": 25, "ENETUNREACH": 25, "ECONNRESET": 15,
          "EPIPE": 10, "EEXIST": 5}
KILL_SIGNALS = ("SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGALRM", "SIGQUIT")
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
                     "lseek sendfile fstatfs flock".split())


@dataclass
class Candidate:
    index: int
    ev: object
    path: str | None = None
    address: str | None = None
    score: float = 0.0
    note: str = ""


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

    def as_dict(self) -> dict:
        return {"rank": self.rank, "pid": self.pid, "syscall": self.syscall,
                "errno": self.errno, "path": self.path, "address": self.address,
                "signal": self.signal, "line": self.line, "text": self.text,
                "explanation": self.explanation, "fix": self.fix, "process": self.process,
                "cwd": self.cwd, "note": self.note or None, "time": self.time}


def render_call(ev) -> str:
    if ev.ret_text is None:
        return "%s(%s <unfinished ...>" % (ev.name, ev.args_text)
    return "%s(%s) = %s" % (ev.name, ev.args_text, ev.ret_text)


class Diagnosis:
    def __init__(self, initial_cwd: str | None = None):
        self.table = ProcessTable(initial_cwd)
        self.index = 0
        self.candidates: list[Candidate] = []
        self.found: dict[tuple, int] = {}        # (pid, basename) -> last successful lookup
        self.messages: list[tuple] = []          # (index, pid, line, text, via)
        self.pending_connects: dict[tuple, tuple] = {}
        self.exits: list = []

    # -- feeding ---------------------------------------------------------------------
    def feed(self, ev) -> None:
        self.index += 1
        kind = ev.kind
        if kind == "syscall":
            self._syscall(ev)
        elif kind == "exit":
            self.table.exited(ev.pid, ev.code, ev.signal, ev.core)
            self.exits.append((self.index, ev))

    def _syscall(self, ev) -> None:
        t = self.table
        t.get(ev.pid)
        name = ev.name
        if ev.ret_text is not None and not ev.errno and name in FILE_LOOKUPS | {"execve"}:
            path, _ = self._path_of(ev)
            if path:
                self.found[(ev.pid, basename(path))] = self.index
        if name in ("write", "writev", "sendto", "sendmsg") and not ev.errno:
            self._maybe_message(ev, outgoing=True)
        elif name in ("read", "recvfrom", "recvmsg") and not ev.errno:
            self._maybe_message(ev, outgoing=False)
        if name == "getsockopt" and "SO_ERROR" in ev.args_text:
            self._so_error(ev)
        if ev.errno:
            self._failure(ev)
        t.syscall(ev)

    def _path_of(self, ev):
        """(absolute path, address) that the call names, if any."""
        name = ev.name
        args = ev.args
        t = self.table
        if name in OPENERS:
            i = OPENERS[name]
            return t.absolute(ev.pid, string_arg(args, i), args[0] if i else None), None
        if name in PATH_ARGS:
            pi, di = PATH_ARGS[name]
            return t.absolute(ev.pid, string_arg(args, pi), args[di] if di is not None
                              and di < len(args) else None), None
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

    def _maybe_message(self, ev, outgoing: bool) -> None:
        args = ev.args
        text = ""
        for a in args:
            if a.get("type") == "string":
                text = a["value"]
                break
            if a.get("type") == "array":   # writev
                text = "".join(x.get("fields", {}).get("iov_base", {}).get("value", "") or ""
                               for x in a.get("items", []))
                break
        if not text or not ERROR_WORDS.search(text):
            return
        fd = fd_arg(args, 0)
        target = self.table.fd_target(ev.pid, args[0] if args else None)
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
        self.messages.append((self.index, ev.pid, ev.line, text, via, outgoing))

    def _so_error(self, ev) -> None:
        m = re.search(r"SO_ERROR, \[(E[A-Z]+)\]", ev.args_text)
        if not m:
            return
        fd = fd_arg(ev.args, 0)
        pending = self.pending_connects.pop((ev.pid, fd), None)
        if pending is None:
            return
        connect, address = pending
        cand = Candidate(self.index, _with_errno(connect, m.group(1)), None, address,
                         note="a non-blocking connect(): EINPROGRESS at line %s, then "
                              "getsockopt(SO_ERROR) = %s at line %s" % (
                                  connect.line or "?", m.group(1), ev.line or "?"))
        self.candidates.append(cand)

    def _failure(self, ev) -> None:
        path, address = self._path_of(ev)
        if ev.name == "connect" and ev.errno == "EINPROGRESS":
            self.pending_connects[(ev.pid, fd_arg(ev.args, 0))] = (ev, address)
            return
        rule = benign(ev, path, None)
        if rule is not None:
            return
        self.candidates.append(Candidate(self.index, ev, path, address))

    # -- concluding -----------------------------------------------------------------
    def conclude(self) -> dict:
        t = self.table
        cands = [c for c in self.candidates if not self._later_found(c)]
        failed = [p for pid, p in t.procs.items() if p.failed]
        root = t.procs.get(t.first_pid) if t.first_pid is not None else None
        family = self._family(failed)
        for c in cands:
            self._score(c, failed, family)
        cands.sort(key=lambda c: (-c.score, -c.index))
        findings: list[Finding] = []
        findings += sorted(self._signal_findings(), key=self._signal_rank)
        for c in self._group_searches(cands):
            findings.append(self._finding(c))
        findings.sort(key=lambda f: 0 if f.note == "signal" else 1)
        # a crash or kill of the process that failed leads; otherwise the best call
        if findings and findings[0].note == "signal" and len(findings) > 1:
            sig_f = findings[0]
            proc = t.procs.get(sig_f.pid)
            if proc is not None and proc.signal in KILL_SIGNALS and cands and \
                    "blocked" not in sig_f.text:
                findings.insert(1, findings.pop(0))
        for i, f in enumerate(findings, 1):
            f.rank = i
        verdict = self._verdict(root, failed, findings)
        return {"verdict": verdict, "findings": [f.as_dict() for f in findings[:10]],
                "processes": [self._proc_dict(t.procs[pid]) for pid in t.order],
                "exit": self._exit_dict(root),
                "messages": [{"pid": pid or None, "line": line, "text": text, "via": via}
                             for _i, pid, line, text, via, _o in self.messages[:10]]}

    @staticmethod
    def _signal_rank(f) -> int:
        """A hang first, then a crash, then a process that was merely killed."""
        if f.text.startswith("blocked in"):
            return 0
        if f.signal not in KILL_SIGNALS:
            return 1
        return 2

    def _group_searches(self, cands: list) -> list:
        """One finding per name looked up in several places and found nowhere: the
        first place tried (the program's own choice: rpath, config dir) stands for all."""
        groups: dict = {}
        out = []
        for c in cands:
            name = basename(c.path)
            if c.ev.name in FILE_LOOKUPS and c.ev.errno in ("ENOENT", "ENOTDIR") and name:
                groups.setdefault((c.ev.pid, name), []).append(c)
            else:
                out.append(c)
        for members in groups.values():
            members.sort(key=lambda c: c.index)
            plain = [m for m in members if not LOADER_SUBDIRS.search(os.path.dirname(m.path))]
            first = (plain or members)[0]
            if len(members) > 1:
                first.score = max(m.score for m in members)
                dirs = []
                for m in members:
                    d = os.path.dirname(m.path)
                    if d not in dirs:
                        dirs.append(d)
                first.note = "%s was looked for in %d place%s and found nowhere: %s" % (
                    basename(first.path), len(dirs), "" if len(dirs) == 1 else "s",
                    ", ".join(dirs[:8]) + (", ..." if len(dirs) > 8 else ""))
            out.append(first)
        out.sort(key=lambda c: (-c.score, -c.index))
        return out

    def _later_found(self, c: Candidate) -> bool:
        """A lookup that failed here but found the same name later: a search, not a failure."""
        ev = c.ev
        if ev.name not in FILE_LOOKUPS or ev.errno not in RULES[0].errnos:
            return False
        later = self.found.get((ev.pid, basename(c.path)))
        if later is not None and later > c.index:
            return True
        # interpreters look for modules under several suffixes
        return bool(c.path and re.search(r"\.(cpython-[^/]*|abi3)\.so$|/__init__\.so$|"
                                         r"python3[^/]*/.*\.so$", c.path))

    def _family(self, failed) -> set:
        out = set()
        for p in failed:
            for a in self.table.chain(p.pid):
                out.add(a.pid)
        return out

    def _score(self, c: Candidate, failed, family) -> None:
        ev = c.ev
        s = 50.0 + WEIGHT.get(ev.errno, 10)
        proc = self.table.procs.get(ev.pid)
        if proc is not None and proc.failed:
            s += 40
        elif ev.pid in family:
            s += 15
        # the last failure before an error message, in the same process or its family
        for idx, pid, _line, text, via, outgoing in self.messages:
            if idx <= c.index:
                continue
            if pid == ev.pid or pid in family or via is not None:
                nearer = [x for x in self.candidates if c.index < x.index < idx
                          and x.ev.pid == ev.pid and x is not c]
                s += 30 if not nearer else 10
            name = basename(c.path) or (c.address.rsplit("/", 1)[-1] if c.address else None)
            if name and len(name) > 2 and name in text:
                s += 40
            break
        else:
            for idx, pid, _line, text, via, outgoing in self.messages:
                name = basename(c.path)
                if name and len(name) > 2 and name in text:
                    s += 25
        s += 10.0 * c.index / max(self.index, 1)
        if c.note:
            s += 20
        c.score = s

    def _finding(self, c: Candidate) -> Finding:
        ev = c.ev
        proc = self.table.get(ev.pid)
        meaning, fixes = explain(ev.errno, ev.name, c.path, c.address)
        fixes = list(fixes) + self._permission_hint(c, proc)
        return Finding(0, ev.pid or None, ev.name, ev.errno, c.path, c.address, None,
                       ev.line or None, render_call(ev), meaning, fixes, self._describe(proc),
                       proc.cwd, c.note, ev.time)

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

    def _signal_findings(self) -> list:
        out = []
        for _idx, ev in self.exits:
            if not ev.signal:
                continue
            proc = self.table.get(ev.pid)
            last = proc.last_call
            blocked = last is not None and (last.ret_text is None or last.ret_text == "?") \
                and last.name in BLOCKING
            meaning, fixes = explain_signal(ev.signal)
            if blocked and ev.signal in KILL_SIGNALS:
                path, address = self._path_of(last)
                where = path or address
                text = "blocked in %s%s when killed by %s" % (
                    render_call(last), " on %s" % where if where else "", ev.signal)
                meaning = "the program was waiting in %s() and never got an answer, until it " \
                          "was killed by %s (a hang or a timeout)" % (last.name, ev.signal)
                fixes = ["see why %s never arrived: the other side (%s) did not answer" % (
                    "the data" if last.name in ("read", "recvfrom", "recvmsg", "poll",
                                                "select", "epoll_wait", "ppoll",
                                                "pselect6") else "the event",
                    where or "peer")] + fixes
                out.append(Finding(0, ev.pid or None, last.name, None, path, address,
                                   ev.signal, last.line or ev.line, text, meaning, fixes,
                                   self._describe(proc), proc.cwd, "signal"))
            else:
                core = " (core dumped)" if ev.core else ""
                text = "+++ killed by %s%s +++" % (ev.signal, core)
                if last is not None:
                    text += " after %s" % render_call(last)
                out.append(Finding(0, ev.pid or None, last.name if last else None, None, None,
                                   None, ev.signal, ev.line or None, text, meaning, fixes,
                                   self._describe(proc), proc.cwd, "signal"))
        return out

    def _describe(self, proc) -> str:
        chain = self.table.chain(proc.pid)
        parts = []
        for p in chain[:4]:
            cmd = " ".join(p.argv[:4]) if p.argv else p.name
            parts.append("%s `%s`" % (p.pid or "main", cmd))
        return " <- ".join(parts)

    def _verdict(self, root, failed, findings) -> str:
        known = root is not None and (root.argv or root.exe)
        who = "`%s`" % root.name if known else "the program"
        if root is not None and root.signal:
            status = "was killed by %s" % root.signal
        elif root is not None and root.exit_code not in (None, 0):
            status = "failed (exit status %d)" % root.exit_code
        elif failed:
            p = failed[0]
            status = "had a failing process: %s (%s)" % (
                p.name, "killed by %s" % p.signal if p.signal else "exit status %s" % p.exit_code)
        else:
            status = "exited normally"
        if not findings:
            return "%s %s; the trace shows no failed system call that explains it." % (
                who, status)
        f = findings[0]
        if f.note == "signal":
            return "%s %s: %s; %s." % (who, status, f.text, f.explanation)
        target = f.path or f.address
        what = '%s("%s")' % (f.syscall, target) if target else "%s()" % f.syscall
        where = ""
        if root is not None and f.pid and f.pid != root.pid:
            where = " in process %d (%s)" % (f.pid, self.table.get(f.pid).name)
        verb = "because" if status != "exited normally" else "although it exited normally;" \
            " the most likely problem:"
        return "%s %s %s %s returned %s%s: %s." % (who, status, verb, what, f.errno, where,
                                                f.explanation)

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


def _writes(ev) -> bool:
    return bool(re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND", ev.args_text)) or \
        ev.name in ("mkdir", "mkdirat", "unlink", "unlinkat", "rename", "renameat", "creat")


def _with_errno(ev, errno: str):
    from dataclasses import replace
    from ..abi import ERRNO_BY_NAME, errno_message
    n = ERRNO_BY_NAME.get(errno)
    return replace(ev, errno=errno, error=errno_message(n) if n else None, rval=-1,
                   ret_text="-1 %s (%s) [via SO_ERROR]" % (errno, errno_message(n) if n else ""))


def diagnose(events, initial_cwd: str | None = None) -> dict:
    d = Diagnosis(initial_cwd)
    for ev in events:
        d.feed(ev)
    return d.conclude()
