"""The inventory of a trace (syscope summary): files, directories, network, commands,
the process tree, inherited descriptors, environment changes and latency.

Fed one event at a time; what it keeps grows with the number of distinct files,
processes, descriptors and connections, plus one float per timed call, never with
the text of the trace."""
from __future__ import annotations

import heapq
import os
import re
from array import array

from .calls import (COPIES, CREATES, DELETES, DENIED, EXECS, FD_CALLS, FD_PAIRS, FD_RETURNERS,
                    LEAD, MINUTE_SECONDS, NOT_FILES, PAIR_RE, PATH_ARGS, READS, WRITES,
                    call_paths, call_text, first_fd, nth_fd, open_flags, seconds)
from .quick import FD_TEXT
from .state import CHANGES_TABLE, CLONERS, OPENERS, ProcessTable, address_of, dirname, \
    fd_arg, lead_flags

SCHEMA_VERSION = 1
FUTEX_WAIT = re.compile(r"FUTEX_(WAIT|LOCK_PI|WAIT_BITSET|WAIT_REQUEUE_PI)")
NO_RETURN = frozenset({"exit", "exit_group", "execve", "execveat", "rt_sigreturn"})
ENV_COUNT = re.compile(r"(\d+) vars?")
NET_CALLS = frozenset({"connect", "bind", "listen", "accept", "accept4", "sendto", "getsockopt"})
# calls whose arguments are parsed whole (the process table reads them too)
NEEDS_ARGS = frozenset(OPENERS) | frozenset(CREATES) | frozenset(DELETES) | frozenset(EXECS) | \
    frozenset({"chdir", "fchdir", "connect", "bind", "listen", "accept", "accept4", "sendto",
               "getsockopt", "dup", "dup2", "dup3", "fcntl", "pipe", "pipe2", "close",
               "setuid", "setresuid", "setreuid"})

# the calls the inventory looks into; of the others it counts and times them
WATCHED = FD_CALLS | NEEDS_ARGS | frozenset(PATH_ARGS) | frozenset(EXECS) | CHANGES_TABLE | \
    NET_CALLS | FD_RETURNERS | FD_PAIRS | frozenset({"futex", "getdents", "getdents64"})
# the calls that open, create or delete what they name (the others only look at it)
MAKES_OR_REMOVES = frozenset(OPENERS) | frozenset(CREATES) | frozenset(DELETES)
# the one-path calls whose path the process table reads from the text (no argument trees)
LEAD_ONLY = {name: dirfd for name, dirfd in LEAD.items() if name not in EXECS}


def percentiles(values) -> dict:
    """P50/P95/P99 (nearest rank), max, total and count of durations."""
    if not values:
        return {"count": 0}
    s = sorted(values)
    n = len(s)
    # the value at rank ceil(p * n / 100), counted from 1 (for 1 <= p <= 100, n >= 1)
    return {"count": n, "total": round(sum(s), 6), "p50": s[-(-50 * n // 100) - 1],
            "p95": s[-(-95 * n // 100) - 1], "p99": s[-(-99 * n // 100) - 1], "max": s[-1]}


class FileStats:
    __slots__ = ("path", "opened", "created", "written", "deleted", "missing", "denied",
                 "errors", "pids", "first_line", "bytes_read", "bytes_written", "durations",
                 "parent")

    def __init__(self, path: str, line: int):
        self.path = path
        self.opened = self.created = self.written = self.deleted = 0
        self.missing = self.denied = 0
        self.errors: dict = {}
        self.pids: set = set()
        self.first_line = line
        self.bytes_read = self.bytes_written = 0
        self.durations = array("d")
        self.parent = None           # the entry of its directory, once a call named it


class Conn:
    __slots__ = ("pid", "fd", "address", "result", "line", "sent", "received", "kind",
                 "accepted", "text")

    def __init__(self, pid, fd, address, result, line, kind, text):
        self.pid, self.fd, self.address, self.result = pid, fd, address, result
        self.line, self.kind, self.text = line, kind, text
        self.sent = self.received = self.accepted = 0

    def as_dict(self) -> dict:
        d = {"pid": self.pid, "fd": self.fd, "address": self.address, "result": self.result,
             "line": self.line or None, "bytes_sent": self.sent,
             "bytes_received": self.received, "call": self.text}
        if self.kind == "listen":
            d["accepted"] = self.accepted
        return d


class ProcInfo:
    __slots__ = ("pid", "parent", "thread", "start", "end", "first_line", "last_line",
                 "execs", "failed_exec", "env", "env_count", "children", "calls",
                 "exit_code", "signal", "exited", "program", "argv")

    def __init__(self, pid: int):
        self.pid = pid
        self.parent = None
        self.thread = False
        self.start = self.end = None
        self.first_line = self.last_line = 0
        self.execs: list = []        # command dicts, in order
        self.failed_exec = None      # the last failed attempt since the last success
        self.env = None              # dict from execve's envp (-v), inherited
        self.env_count = None        # the '/* N vars */' count without -v
        self.children: list = []      # pids, in fork order
        self.calls = 0
        self.exit_code = self.signal = None
        self.exited = False
        self.program = None           # name and argv, kept when the pid is reused
        self.argv: list = []


class Inventory:
    def __init__(self, initial_cwd: str | None = None, futex_min: float = 1.0,
                 top: int = 20):
        self.table = ProcessTable(initial_cwd)
        self.futex_min = futex_min
        self.top = top
        self.files: dict[str, FileStats] = {}
        self.dirs: dict[str, dict] = {}
        self.procs: dict[int, ProcInfo] = {}
        self.retired: list[ProcInfo] = []     # exited processes whose pid came back
        self.conns: list[Conn] = []
        self.listeners: list[Conn] = []
        self.by_fd: dict[int, tuple] = {}     # id(Fd) -> (Fd, Conn): bytes through sockets
        self.pending_connect: dict[tuple, Conn] = {}
        self.inherited: dict[tuple, dict] = {}
        self.made_fds: dict[int, set] = {}    # root pid -> descriptors it created
        self.env_changes: list[dict] = []
        self.slowest: list = []               # heap of (duration, seq, dict)
        self.per_call: dict[str, array] = {}
        self.errors_per_call: dict[str, int] = {}
        self.per_fd: dict[tuple, list] = {}   # (pid, fd, opened at) -> [target, durations]
        self.futex_long: list[dict] = []
        self.never_returned: list[dict] = []
        self.others = self.signals = 0       # events that are not calls (those: ProcInfo.calls)
        self.timed = False
        self.first_time = self.last_time = None
        self.seq = 0

    # -- feeding -------------------------------------------------------------------------
    @property
    def syscalls(self) -> int:
        return sum(info.calls for info in self.retired) + \
            sum(info.calls for info in self.procs.values())

    @property
    def events(self) -> int:
        return self.syscalls + self.others

    def feed(self, ev) -> None:
        if ev.kind != "syscall":
            self._other(ev)
            return
        name = ev.name
        pid = ev.pid
        ts = ev.time
        t = None
        if ts:
            base = MINUTE_SECONDS.get(ts[:6])       # seconds(), inline for -t and -tt times
            if base is None:
                t = seconds(ts)
            else:
                try:
                    t = base + float(ts[6:])
                except ValueError:
                    t = None
        info = self.procs.get(pid)          # _proc, inline: this runs for every call
        if info is None:
            info = self.procs[pid] = ProcInfo(pid)
            info.first_line = ev.line
            info.start = t
        if t is not None:
            info.end = t
            if self.first_time is None:
                self.first_time = t
            self.last_time = t
        info.last_line = ev.line or info.last_line
        table = self.table
        if not info.calls:       # the table knows every process from its first call on
            table.get(pid)
        info.calls += 1
        dur = ev.duration
        if ev.errno:
            self.errors_per_call[name] = self.errors_per_call.get(name, 0) + 1
        if dur is not None:
            self.timed = True
            per = self.per_call.get(name)     # _timed, inline
            if per is None:
                per = self.per_call[name] = array("d")
            per.append(dur)
            self.seq += 1
            slowest = self.slowest
            if len(slowest) < self.top:
                heapq.heappush(slowest, (dur, self.seq, ev))
            elif dur > slowest[0][0]:
                heapq.heapreplace(slowest, (dur, self.seq, ev))
            if info.end is not None:
                info.end += dur
        if ev.ret_text is None or (ev.ret_text == "?" and name not in NO_RETURN):
            self._never_returned(ev)
        if name not in WATCHED:        # counted and timed: all it does
            return
        if name in FD_CALLS:
            self._fd_call(ev, dur)
        lead = LEAD_ONLY.get(name)
        if lead is not None:
            # one path, read from the leading arguments' text when their shape allows
            r = table.lead_path(pid, ev.args_text, lead)
            if r is None:
                self._path_call(ev, None, dur)
            elif r[0]:
                self._path_done(ev, r[0], 0, None, dur, True)
            if name not in CHANGES_TABLE:      # stat, access, xattr and the like
                return
            args = None
        else:
            args = ev.args if name in EXECS or name in NET_CALLS else None
            if name in PATH_ARGS:
                self._path_call(ev, args, dur)
        if name in EXECS:
            self._exec(ev, args, info)
        elif name in CLONERS and ev.rval and ev.rval > 0:
            old = self.procs.get(ev.rval)
            if old is not None and old.exited:     # the pid was reused
                self.retired.append(self.procs.pop(ev.rval))
            child = self._proc(ev.rval, ev)
            child.parent = pid
            child.thread = "CLONE_THREAD" in ev.args_text
            child.env, child.env_count = info.env, info.env_count
            info.children.append(ev.rval)
        elif name == "futex" and dur is not None and dur >= self.futex_min and \
                FUTEX_WAIT.search(ev.args_text):
            self.futex_long.append(self._call_dict(ev))
        if name in ("getdents", "getdents64") and not ev.errno:
            fd = table.fd_target(pid, _fd_node(ev))
            if fd is not None and fd.path:
                self._dir(fd.path)["listed"] += 1
        self._pending_socket = None
        if name in NET_CALLS:
            self._net(ev, args)
        if info.parent is None and not ev.errno and ev.rval is not None:
            if name in FD_RETURNERS or (name == "fcntl" and "F_DUPFD" in ev.args_text):
                self.made_fds.setdefault(pid, set()).add(ev.rval)
            elif name in FD_PAIRS:
                m = PAIR_RE.search(ev.args_text)
                if m:
                    self.made_fds.setdefault(pid, set()).update(map(int, m.groups()))
        table.syscall(ev)
        conn = self._pending_socket
        if conn is not None and conn.fd is not None:
            target = table.get(pid).fds.get(conn.fd)
            if target is not None:
                self.by_fd[id(target)] = (target, conn)

    def _other(self, ev) -> None:
        self.others += 1
        kind = ev.kind
        if kind == "exit":
            self.table.exited(ev.pid, ev.code, ev.signal, ev.core)
            info = self._proc(ev.pid, ev)
            info.exit_code, info.signal, info.exited = ev.code, ev.signal, True
            proc = self.table.procs.get(ev.pid)
            if proc is not None:
                info.program, info.argv = proc.name, list(proc.argv)
            t = seconds(ev.time)
            if t is not None:
                info.end = t
        elif kind == "signal":
            self.signals += 1
            self._proc(ev.pid, ev)

    def _proc(self, pid: int, ev) -> ProcInfo:
        t = seconds(ev.time)
        info = self.procs.get(pid)
        if info is None:
            info = self.procs[pid] = ProcInfo(pid)
            info.first_line = ev.line
            info.start = t
        if t is not None:
            info.end = t
            if self.first_time is None:
                self.first_time = t
            self.last_time = t
        info.last_line = ev.line or info.last_line
        return info

    def _call_dict(self, ev) -> dict:
        return {"pid": ev.pid, "syscall": ev.name, "line": ev.line or None,
                "time": ev.time, "duration": ev.duration, "call": call_text(ev, 200)}

    def _never_returned(self, ev) -> None:
        d = self._call_dict(ev)
        d["futex_wait"] = bool(ev.name == "futex" and FUTEX_WAIT.search(ev.args_text))
        self.never_returned.append(d)

    # -- files ---------------------------------------------------------------------------
    def _file(self, path: str, ev) -> FileStats:
        st = self.files.get(path)
        if st is None:
            st = self.files[path] = FileStats(path, ev.line)
        st.pids.add(ev.pid)
        return st

    def _dir(self, path: str) -> dict:
        d = self.dirs.get(path)
        if d is None:
            d = self.dirs[path] = {"path": path, "lookups": 0, "misses": 0, "listed": 0}
        return d

    def _path_call(self, ev, args, dur) -> None:
        for i, path in enumerate(call_paths(self.table, ev, args)):
            if path:
                self._path_done(ev, path, i, args, dur)

    def _path_done(self, ev, path: str, i: int, args, dur, lead: bool = False) -> None:
        """What the call did to path, its i-th path argument (lead: read by lead_path)."""
        st = self.files.get(path)           # _file, inline
        if st is None:
            st = self.files[path] = FileStats(path, ev.line)
        st.pids.add(ev.pid)
        if dur:
            st.durations.append(dur)
        parent = st.parent
        if parent is None:
            parent = st.parent = self._dir(dirname(path) or "/")
        parent["lookups"] += 1
        errno = ev.errno
        if errno:
            st.errors[errno] = st.errors.get(errno, 0) + 1
            if errno == "ENOENT":
                st.missing += 1
                parent["misses"] += 1
            elif errno in DENIED:
                st.denied += 1
            return
        if ev.ret_text is None:
            return
        name = ev.name
        if name not in MAKES_OR_REMOVES:      # stat, access, xattr and the like
            return
        if name in OPENERS:
            st.opened += 1
            flags = lead_flags(name, ev.args_text) if lead else None
            if flags is None:
                flags = open_flags(ev, args)
            if "O_CREAT" in flags or name == "creat":
                st.created += 1
            if "O_WRONLY" in flags or "O_RDWR" in flags or name == "creat":
                st.written += 1
        elif CREATES.get(name) in (-1, i):
            st.created += 1
        elif DELETES.get(name) == i:
            st.deleted += 1

    def _fd_call(self, ev, dur) -> None:
        pid = ev.pid
        m = FD_TEXT.match(ev.args_text)       # first_fd, inline
        if m is None:
            return
        fd, ypath = int(m.group(1)), m.group(2)
        if fd < 0:
            return
        proc = self.table.get(pid)
        target = proc.fds.get(fd)
        info = self.procs[pid]
        if info.parent is None and (pid, fd) not in self.inherited and \
                ev.errno != "EBADF" and fd not in self.made_fds.get(pid, ()):
            self.inherited[(pid, fd)] = {
                "pid": pid, "fd": fd, "line": ev.line or None, "syscall": ev.name,
                "target": ypath or (target.kind if target is not None else None)}
        path = ypath or (target.path if target is not None else None)
        if dur is not None:
            key = (pid, fd, target.line if target is not None else 0)
            slot = self.per_fd.get(key)
            if slot is None:
                slot = self.per_fd[key] = [path, array("d")]
            slot[1].append(dur)
        if ev.errno or ev.rval is None:
            return
        if ev.name in COPIES:
            self._copy(ev, proc)
            return
        is_file = path and path.startswith("/") and not NOT_FILES.match(path)
        name = ev.name
        if target is not None and id(target) in self.by_fd:
            conn = self.by_fd[id(target)][1]
            if name in READS:
                conn.received += ev.rval
            elif name in WRITES:
                conn.sent += ev.rval
        elif is_file and (name in READS or name in WRITES):
            st = self._file(path, ev)
            if dur:
                st.durations.append(dur)
            if name in READS:
                st.bytes_read += ev.rval
            else:
                st.bytes_written += ev.rval
        elif is_file and dur:
            self._file(path, ev).durations.append(dur)

    def _copy(self, ev, proc) -> None:
        """copy_file_range, splice, sendfile: bytes out of one descriptor, into another."""
        for arg, field in zip(COPIES[ev.name], ("bytes_read", "bytes_written")):
            fd, ypath = nth_fd(ev, arg)
            target = proc.fds.get(fd)
            if target is not None and id(target) in self.by_fd:
                conn = self.by_fd[id(target)][1]
                if field == "bytes_read":
                    conn.received += ev.rval
                else:
                    conn.sent += ev.rval
                continue
            path = ypath or (target.path if target is not None else None)
            if path and path.startswith("/") and not NOT_FILES.match(path):
                st = self._file(path, ev)
                setattr(st, field, getattr(st, field) + ev.rval)

    # -- processes -----------------------------------------------------------------------
    def _exec(self, ev, args, info: ProcInfo) -> None:
        table = self.table
        i = 0 if ev.name == "execve" else 1
        argv_node = args[i + 1] if len(args) > i + 1 else {}
        argv = [x.get("value") for x in argv_node.get("items", []) if x.get("type") == "string"]
        if ev.errno or ev.ret_text is None:
            info.failed_exec = {"argv": argv, "errno": ev.errno, "line": ev.line or None,
                                "path": call_paths(table, ev, args)[0]}
            return
        info.failed_exec = None
        env_node = args[i + 2] if len(args) > i + 2 else {}
        env = None
        count = None
        if env_node.get("type") == "array":
            env = dict(x.get("value", "").partition("=")[::2] for x in env_node.get("items", [])
                       if x.get("type") == "string")
            count = len(env)
        else:
            m = ENV_COUNT.search(env_node.get("comment") or "")
            count = int(m.group(1)) if m else None
        prog = os.path.basename(argv[0]) if argv else "?"
        if env is not None and info.env is not None:
            added = {k: v for k, v in env.items() if k not in info.env}
            removed = sorted(k for k in info.env if k not in env)
            changed = {k: [info.env[k], v] for k, v in env.items()
                       if k in info.env and info.env[k] != v}
            if added or removed or changed:
                self.env_changes.append({"pid": ev.pid, "program": prog, "line": ev.line or None,
                                         "added": added, "removed": removed,
                                         "changed": changed})
        elif count is not None and info.env_count is not None and count != info.env_count:
            self.env_changes.append({"pid": ev.pid, "program": prog, "line": ev.line or None,
                                     "count": [info.env_count, count]})
        info.env = env if env is not None else info.env
        info.env_count = count if count is not None else info.env_count
        proc = table.get(ev.pid)
        info.execs.append({"pid": ev.pid, "argv": argv,
                           "exe": call_paths(table, ev, args)[0],
                           "cwd": proc.cwd, "line": ev.line or None,
                           "start": seconds(ev.time)})

    # -- network -------------------------------------------------------------------------
    def _net(self, ev, args) -> None:
        name = ev.name
        pid = ev.pid
        args = ev.args if args is None else args
        fd = fd_arg(args, 0)
        table = self.table
        if name == "getsockopt":
            m = re.search(r"SO_ERROR, \[(\w+)\]", ev.args_text)
            conn = self.pending_connect.pop((pid, fd), None)
            if m and conn is not None:
                err = m.group(1)
                conn.result = "ok" if err == "0" else err
            return
        if name in ("accept", "accept4"):
            if ev.rval is None or ev.rval < 0:
                return
            target = table.fd_target(pid, args[0] if args else None)
            listener = self.by_fd.get(id(target), (None, None))[1] if target else None
            if listener is not None:
                listener.accepted += 1
            peer = address_of(args[1]) if len(args) > 1 and args[1].get("type") == "struct" \
                else None
            conn = Conn(pid, ev.rval, peer, "accepted", ev.line, "accept", call_text(ev, 200))
            conn.accepted = 0
            self.conns.append(conn)
            self._pending_socket = conn
            return
        if name == "listen":
            target = table.fd_target(pid, args[0] if args else None)
            if target is not None and id(target) in self.by_fd:
                self.by_fd[id(target)][1].kind = "listen"
                self.by_fd[id(target)][1].result = ev.errno or "listening"
            return
        address = address_of(args[1]) if len(args) > 1 else None
        if name == "sendto":
            if address is None or ev.errno:
                return
            self.conns.append(Conn(pid, fd, address, "ok", ev.line, "sendto",
                                   call_text(ev, 200)))
            self.conns[-1].sent = ev.rval or 0
            return
        result = ev.errno or ("ok" if ev.ret_text is not None else "unfinished")
        conn = Conn(pid, fd, address, result, ev.line, name, call_text(ev, 200))
        if name == "connect":
            self.conns.append(conn)
            if ev.errno == "EINPROGRESS":
                self.pending_connect[(pid, fd)] = conn
        else:
            self.listeners.append(conn)
        self._pending_socket = conn

    # -- results -------------------------------------------------------------------------
    def result(self) -> dict:
        return build_result(self)


def _fd_node(ev) -> dict:
    fd, path = first_fd(ev)
    if path is not None:
        return {"type": "fd", "value": fd, "path": path}
    return {"type": "int", "value": fd}


def _round(x):
    return None if x is None else round(x, 6)


def _proc_name(inv: Inventory, pid: int | None) -> str | None:
    if pid is None:
        return None
    p = inv.table.procs.get(pid)
    return p.name if p is not None else None


def build_result(inv: Inventory) -> dict:
    """The inventory as plain data (lists sorted the same way every time)."""
    table = inv.table
    files = []
    names: dict = {}       # pid -> its program's name: many files, the same few processes

    def name_of(pid):
        name = names.get(pid)
        if name is None:
            name = names[pid] = _proc_name(inv, pid) or "?"
        return name
    for st in inv.files.values():
        entry = {"path": st.path, "opened": st.opened, "created": st.created,
                 "written": st.written, "deleted": st.deleted, "missing": st.missing,
                 "denied": st.denied, "errors": dict(sorted(st.errors.items())),
                 "bytes_read": st.bytes_read, "bytes_written": st.bytes_written,
                 "pids": sorted(st.pids), "processes": sorted({name_of(p) for p in st.pids}),
                 "first_line": st.first_line or None}
        if st.durations:
            entry["time"] = percentiles(st.durations)
        files.append(entry)
    files.sort(key=lambda f: (f["first_line"] or 0, f["path"]))

    def having(field):
        return [f["path"] for f in files if f[field] or (field == "written" and
                                                          f["bytes_written"])]
    dirs = sorted((d for d in inv.dirs.values() if d["misses"] or d["listed"]),
                  key=lambda d: (-d["misses"] - d["listed"], d["path"]))

    processes = []
    commands = []
    for info in inv.retired + list(inv.procs.values()):
        pid = info.pid
        p = table.procs.get(pid)
        exit_code, sig = info.exit_code, info.signal
        lifetime = info.end - info.start if info.start is not None and \
            info.end is not None else None
        processes.append({
            "pid": pid, "parent": info.parent, "thread": info.thread,
            "program": info.program if info.exited else _proc_name(inv, pid),
            "argv": info.argv if info.exited else (p.argv if p is not None else []),
            "start": _round(info.start), "end": _round(info.end), "lifetime": _round(lifetime),
            "exit_code": exit_code, "signal": sig, "children": info.children,
            "syscalls": info.calls, "first_line": info.first_line or None})
        for k, cmd in enumerate(info.execs):
            nxt = info.execs[k + 1]["start"] if k + 1 < len(info.execs) else info.end
            last = k + 1 == len(info.execs)
            commands.append(dict(cmd, parent=info.parent,
                                 parent_program=_proc_name(inv, info.parent),
                                 exit_code=exit_code if last else None,
                                 signal=sig if last else None,
                                 duration=_round(nxt - cmd["start"]) if nxt is not None and
                                 cmd["start"] is not None else None,
                                 start=_round(cmd["start"]), error=None))
        if info.failed_exec is not None and not info.execs:
            f = info.failed_exec
            commands.append({"pid": pid, "argv": f["argv"], "exe": f["path"],
                             "cwd": p.cwd if p is not None else None, "line": f["line"],
                             "start": None, "parent": info.parent,
                             "parent_program": _proc_name(inv, info.parent),
                             "exit_code": exit_code, "signal": sig, "duration": None,
                             "error": f["errno"]})
    commands.sort(key=lambda c: c["line"] or 0)

    per_fd = []
    for (pid, fd, _line), (target, durs) in inv.per_fd.items():
        per_fd.append({"pid": pid, "fd": fd, "target": target, **percentiles(durs)})
    per_fd.sort(key=lambda d: -d["total"])
    per_path = [{"path": f["path"], **f["time"]} for f in files if "time" in f]
    per_path.sort(key=lambda d: -d["total"])
    per_call = [{"syscall": name, "errors": inv.errors_per_call.get(name, 0),
                 **percentiles(d)} for name, d in inv.per_call.items()]
    per_call.sort(key=lambda d: -d["total"])
    slowest = [dict(inv._call_dict(ev)) for _d, _s, ev in sorted(inv.slowest, reverse=True)]

    return {
        "syscope": "summary", "version": SCHEMA_VERSION,
        "counts": {"events": inv.events, "syscalls": inv.syscalls, "signals": inv.signals,
                   "processes": sum(1 for i in inv.procs.values() if not i.thread),
                   "threads": sum(1 for i in inv.procs.values() if i.thread),
                   "files": len(files), "connections": len(inv.conns)},
        "duration": _round(inv.last_time - inv.first_time)
        if inv.first_time is not None else None,
        "files": files,
        "opened": having("opened"), "created": having("created"),
        "written": having("written"), "deleted": having("deleted"),
        "missing": having("missing"), "denied": having("denied"),
        "directories": dirs,
        "network": {"connections": [c.as_dict() for c in inv.conns],
                    "listeners": [c.as_dict() for c in inv.listeners]},
        "commands": commands,
        "processes": processes,
        "inherited_fds": sorted(inv.inherited.values(), key=lambda d: (d["pid"], d["fd"])),
        "env_changes": inv.env_changes,
        "latency": {"timed": inv.timed, "slowest": slowest,
                    "per_syscall": per_call, "per_path": per_path[:inv.top * 5],
                    "per_fd": per_fd[:inv.top * 5]},
        "futex": {"min_wait": inv.futex_min, "long_waits": inv.futex_long,
                  "never_returned": [d for d in inv.never_returned if d["futex_wait"]]},
        "blocked": [d for d in inv.never_returned if not d["futex_wait"]],
    }


def summarize(events, initial_cwd: str | None = None, futex_min: float = 1.0) -> dict:
    """The inventory of an event stream (syscope.read(...) or syscope.trace(...))."""
    inv = Inventory(initial_cwd, futex_min)
    for ev in events:
        inv.feed(ev)
    return inv.result()
