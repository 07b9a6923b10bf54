"""syscope diff: two traces of the same program, aligned per process, and where the
bad one departs from the good one.

Each trace is reduced, as it streams, to facts per process: the programs it executed
(argv, environment), the outcome of every path it named, the addresses it connected or
bound to, how it ended.  Processes are paired by what they executed and the order in
which their parent forked them, never by pid; then the facts of each pair are compared
with what always varies (pids, addresses, times, inode numbers, temp names) ignored."""
from __future__ import annotations

import os
import re
import sys
from sys import intern

from .calls import EXECS, LEAD, PATH_ARGS, call_paths, call_text
from .state import CHANGES_TABLE, CLONERS, OPENERS, ProcessTable, address_of, fd_arg

SCHEMA_VERSION = 1
# ranked kinds, most telling first
KINDS = ("file", "env", "exec", "network", "errno", "path", "exit", "access", "process")
# environment variables that differ between any two runs: who launched them, when, where
ENV_VARYING = frozenset("_ OLDPWD SHLVL COLUMNS LINES WINDOWID TERM_SESSION_ID SSH_CLIENT "
                        "SSH_CONNECTION SSH_TTY SSH_AUTH_SOCK XDG_SESSION_ID INVOCATION_ID "
                        "JOURNAL_STREAM PYTEST_CURRENT_TEST SECURITYSESSIONID "
                        "DBUS_SESSION_BUS_ADDRESS".split())
KIND_RANK = {k: i for i, k in enumerate(KINDS)}
NEEDS_ARGS = frozenset(OPENERS) | frozenset(EXECS) | frozenset(
    {"chdir", "fchdir", "connect", "bind", "sendto", "getsockopt", "dup", "dup2", "dup3",
     "fcntl", "pipe", "pipe2", "close", "rename", "renameat", "renameat2", "link", "linkat",
     "symlink", "symlinkat"})
NET = ("connect", "bind", "sendto", "getsockopt")
# the one-path calls whose path the process table reads from the text (no argument trees)
LEAD_ONLY = {name: dirfd for name, dirfd in LEAD.items() if name not in EXECS}
# the calls a profile looks into; of the others it keeps only that the process made them
WATCHED = NEEDS_ARGS | frozenset(EXECS) | frozenset(PATH_ARGS) | frozenset(NET) | CHANGES_TABLE

# -- what always varies -----------------------------------------------------------------
VARYING = [
    (re.compile(r"/proc/\d+(?=/|$)"), "/proc/PID"),
    (re.compile(r"/dev/pts/\d+"), "/dev/pts/N"),
    (re.compile(r"(socket|pipe|anon_inode:\[?\w*\]?):\[\d+\]"), r"\1:[N]"),
    (re.compile(r"(?<=/)(tmp|temp)[._-]?[A-Za-z0-9_]{6,}(?=/|$)", re.I), "TMP"),
    (re.compile(r"(?<=[./_-])[A-Za-z0-9]{6,}(?=/|$)(?<=\d[A-Za-z]|[A-Za-z]\d)"), "X"),
    (re.compile(r"0x[0-9a-f]{6,}"), "0xADDR"),
    (re.compile(r"\d{5,}"), "N"),
]


_normalized: dict = {}


def normalize(text: str | None) -> str | None:
    """A path, argv word or environment value with what differs between runs of the
    same program (pids, temp names, addresses, long numbers) replaced by a marker."""
    if not text:
        return text
    done = _normalized.get(text)
    if done is not None:
        return done
    out = text
    for rx, repl in VARYING:
        out = rx.sub(repl, out)
    if len(_normalized) > 50000:      # the same paths come back: remember, within bounds
        _normalized.clear()
    out = _normalized[text] = sys.intern(out)
    return out


class Fact:
    """One thing a process did, as one side saw it: the call's text and where it was."""
    __slots__ = ("seq", "line", "text", "outcome", "pid")

    def __init__(self, seq, line, text, outcome, pid):
        self.seq, self.line, self.text, self.outcome, self.pid = seq, line, text, outcome, pid

    def side(self) -> dict:
        return {"pid": self.pid, "line": self.line or None, "event": self.seq,
                "text": self.text, "outcome": self.outcome}


class PInfo:
    __slots__ = ("pid", "parent", "children", "execs", "failed_exec", "paths", "conns",
                 "exit", "seq", "env", "fork")

    def __init__(self, pid: int, seq: int):
        self.pid = pid
        self.parent = None             # PInfo
        self.children: list = []       # PInfo, in fork order
        self.execs: list = []          # (exe, argv, env or None, Fact)
        self.failed_exec = None        # Fact of the last failed execve with no success after
        self.paths: dict = {}          # normalized path -> [first ok Fact, first failed Fact]
        self.conns: list = []          # (normalized address, Fact)
        self.exit = None               # Fact
        self.seq = seq
        self.env = None
        self.fork = None               # Fact of the fork that created it

    @property
    def program(self) -> str:
        if self.execs:
            return os.path.basename(self.execs[-1][0] or (self.execs[-1][1] or ["?"])[0])
        return "?"


class Profile:
    """The facts of one trace, per process.  Fed one event at a time."""

    def __init__(self, name: str, initial_cwd: str | None = None):
        self.name = name
        self.table = ProcessTable(initial_cwd)
        self.procs: dict[int, PInfo] = {}     # live pid -> its process
        self.all: list[PInfo] = []            # every process, pids reused or not
        self.seq = 0                          # events seen
        self.others = 0                       # of which not system calls
        self.pending_connect: dict = {}

    @property
    def syscalls(self) -> int:
        return self.seq - self.others

    def proc(self, pid: int) -> PInfo:
        p = self.procs.get(pid)
        if p is None:
            # the table knows the process from its first event on, as the profile does
            # (feed then leaves the table alone for the calls that do not change it)
            self.table.get(pid)
            p = self.procs[pid] = PInfo(pid, self.seq)
            self.all.append(p)
        return p

    @staticmethod
    def quiet(name: str, errno: str | None) -> bool:
        """The calls a profile only counts (logread.sieve.Quiet)."""
        return name not in WATCHED

    def feed(self, ev) -> None:
        if ev.kind != "syscall":
            self._other(ev)
            return
        self.seq += 1
        name = ev.name
        pid = ev.pid
        p = self.procs.get(pid)
        if p is None:
            p = self.proc(pid)
        lead = LEAD_ONLY.get(name)      # most calls: asked before WATCHED, which holds them
        if lead is not None:
            # one path, read from the leading arguments' text when their shape allows
            if ev.ret_text is not None:
                r = self.table.lead_path(pid, ev.args_text, lead)
                if r is None:
                    self._paths(ev, p)
                elif r[0]:
                    path = r[0]
                    key = _normalized.get(path) or normalize(path)     # _path, inline
                    slot = p.paths.get(key)
                    if slot is None:
                        slot = p.paths[key] = [None, None, intern(path)]
                    errno = ev.errno
                    i = 1 if errno else 0
                    if slot[i] is None:      # _fact, inline
                        slot[i] = Fact(self.seq, ev.line, intern(call_text(ev)), errno or (
                            "unfinished" if ev.ret_text == "?" else "ok"), pid)
            if name not in CHANGES_TABLE:      # stat, access, xattr and the like
                return
        elif name not in WATCHED:
            return
        elif name in EXECS:
            self._exec(ev, p)
        elif name in PATH_ARGS:
            self._paths(ev, p)
        if name in NET:
            self._net(ev, p)
        self.table.syscall(ev)
        if name in CLONERS and ev.rval and ev.rval > 0:
            old = self.procs.get(ev.rval)
            if old is not None and old.exit is not None:
                del self.procs[ev.rval]        # the pid was reused: a new process
            child = self.proc(ev.rval)
            child.parent = p
            child.env = p.env
            child.fork = self._fact(ev)
            p.children.append(child)

    def _other(self, ev) -> None:
        kind = ev.kind
        if kind == "skipped":     # calls quiet() lets go, as feed() would count them
            if ev.pid not in self.procs:
                self.seq += 1
                self.proc(ev.pid)
                self.seq += ev.count - 1
            else:
                self.seq += ev.count
            self.table.get(ev.pid)
            return
        self.seq += 1
        self.others += 1
        if kind == "exit":
            p = self.proc(ev.pid)
            self.table.exited(ev.pid, ev.code, ev.signal, ev.core)
            text = "+++ killed by %s +++" % ev.signal if ev.signal else \
                "+++ exited with %s +++" % ev.code
            p.exit = Fact(self.seq, ev.line, text, ev.signal or str(ev.code), ev.pid)

    def _fact(self, ev, outcome: str | None = None) -> Fact:
        if outcome is None:
            outcome = ev.errno or ("ok" if ev.ret_text not in (None, "?") else "unfinished")
        # one copy of a text that comes back (the same program run many times)
        return Fact(self.seq, ev.line, sys.intern(call_text(ev)), outcome, ev.pid)

    def _exec(self, ev, p: PInfo) -> None:
        args = ev.args
        fact = self._fact(ev)
        if fact.outcome != "ok":
            p.failed_exec = fact
            return
        i = 0 if ev.name == "execve" else 1
        argv = [x.get("value") for x in (args[i + 1] if len(args) > i + 1 else {}).get(
            "items", []) if x.get("type") == "string"]
        env_node = args[i + 2] if len(args) > i + 2 else {}
        if env_node.get("type") == "array":
            p.env = dict(x.get("value", "").partition("=")[::2]
                         for x in env_node.get("items", []) if x.get("type") == "string")
        p.failed_exec = None
        exe = call_paths(self.table, ev, args)[0]
        p.execs.append((exe, argv, p.env, fact))

    def _paths(self, ev, p: PInfo) -> None:
        if ev.ret_text is None:
            return
        fact = None
        for path in call_paths(self.table, ev):
            if path:
                fact = self._path(ev, p, path, fact)

    def _path(self, ev, p: PInfo, path: str, fact: Fact | None) -> Fact | None:
        """Records the outcome of a path the call named (fact: of this call, if made)."""
        key = _normalized.get(path) or normalize(path)
        slot = p.paths.get(key)
        if slot is None:
            slot = p.paths[key] = [None, None, sys.intern(path)]
        i = 1 if ev.errno else 0
        if slot[i] is None:
            slot[i] = fact = fact or self._fact(ev)
        return fact

    def _net(self, ev, p: PInfo) -> None:
        args = ev.args
        if ev.name == "getsockopt":
            m = re.search(r"SO_ERROR, \[(\w+)\]", ev.args_text)
            pending = self.pending_connect.pop((ev.pid, fd_arg(args, 0)), None)
            if m and pending is not None:
                pending.outcome = "ok" if m.group(1) == "0" else m.group(1)
            return
        if ev.name == "sendto" and (ev.errno or len(args) < 5):
            return
        address = address_of(args[4] if ev.name == "sendto" else args[1]) \
            if len(args) > (4 if ev.name == "sendto" else 1) else None
        if address is None:
            return
        fact = self._fact(ev)
        if ev.errno == "EINPROGRESS":
            self.pending_connect[(ev.pid, fd_arg(args, 0))] = fact
        p.conns.append(("%s %s" % (ev.name, address), fact))


# -- alignment ------------------------------------------------------------------------------

def _roots(prof: Profile) -> list[PInfo]:
    return [p for p in prof.all if p.parent is None]


def pair_processes(good: Profile, bad: Profile) -> tuple[list, list, list]:
    """[(good PInfo, bad PInfo)], good-only, bad-only: roots first, then the children of
    each pair by program and fork order, leftovers by fork order alone."""
    pairs, only_good, only_bad = [], [], []

    def match(gs: list, bs: list):
        def keyed(ps):
            count: dict = {}
            out = {}
            for p in ps:
                name = p.program
                n = count.get(name, 0)
                count[name] = n + 1
                out[(name, n)] = p
            return out
        gk, bk = keyed(gs), keyed(bs)
        matched = [(gk[k], bk[k]) for k in gk if k in bk]
        used_g = {id(g) for g, _ in matched}
        used_b = {id(b) for _, b in matched}
        rest_g = [g for g in gs if id(g) not in used_g]
        rest_b = [b for b in bs if id(b) not in used_b]
        n = min(len(rest_g), len(rest_b))
        matched += list(zip(rest_g[:n], rest_b[:n]))
        only_good.extend(rest_g[n:])
        only_bad.extend(rest_b[n:])
        matched.sort(key=lambda gb: gb[1].seq)
        for g, b in matched:
            pairs.append((g, b))
            match(g.children, b.children)
    match(_roots(good), _roots(bad))
    return pairs, only_good, only_bad


# -- comparison -----------------------------------------------------------------------------

def _div(kind: str, key: str, summary: str, g: Fact | None, b: Fact | None,
         gp: PInfo | None, bp: PInfo | None) -> dict:
    return {"kind": kind, "key": key, "summary": summary,
            "process": (bp or gp).program if (bp or gp) else None,
            "good": g.side() if g else None, "bad": b.side() if b else None,
            "_order": (b.seq if b else (g.seq if g else 0))}


def _describe(outcome: str) -> str:
    return {"ok": "found", "ENOENT": "missing (ENOENT)", "EACCES": "denied (EACCES)",
            "EPERM": "denied (EPERM)"}.get(outcome, outcome)


def compare_pair(g: PInfo, b: PInfo, out: list) -> None:
    # programs executed, in order
    for k in range(max(len(g.execs), len(b.execs))):
        ge = g.execs[k] if k < len(g.execs) else None
        be = b.execs[k] if k < len(b.execs) else None
        if ge and be:
            if normalize(ge[0]) != normalize(be[0]):
                out.append(_div("exec", be[0] or "?", "a different program executed: %s, not %s"
                                % (be[0], ge[0]), ge[3], be[3], g, b))
            elif [normalize(a) for a in ge[1]] != [normalize(a) for a in be[1]]:
                out.append(_div("exec", be[0] or "?", "%s executed with different arguments"
                                % os.path.basename(be[0] or "?"), ge[3], be[3], g, b))
            _compare_env(ge, be, g, b, out)
        elif ge:
            failed = b.failed_exec
            out.append(_div("exec", ge[0] or "?", "%s was executed in the good run only%s" % (
                ge[0], "; the bad run's execve failed with %s" % failed.outcome if failed else ""),
                ge[3], failed, g, b))
        else:
            failed = g.failed_exec
            out.append(_div("exec", be[0] or "?", "%s was executed in the bad run only" % be[0],
                            failed, be[3], g, b))
    # paths
    only_g, only_b = [], []
    for key in g.paths.keys() | b.paths.keys():
        gs, bs = g.paths.get(key), b.paths.get(key)
        if gs is None or bs is None:
            (only_g if bs is None else only_b).append((key, gs or bs))
            continue
        g_ok, b_ok = gs[0] is not None, bs[0] is not None
        key = bs[2]
        if g_ok and not b_ok:
            out.append(_div("file", key, "%s: found in the good run, %s in the bad run"
                            % (key, _describe(bs[1].outcome)), gs[0], bs[1], g, b))
        elif b_ok and not g_ok:
            out.append(_div("file", key, "%s: %s in the good run, found in the bad run"
                            % (key, _describe(gs[1].outcome)), gs[1], bs[0], g, b))
        elif not g_ok and not b_ok and gs[1].outcome != bs[1].outcome:
            out.append(_div("errno", key, "%s: %s in the good run, %s in the bad run"
                            % (key, gs[1].outcome, bs[1].outcome), gs[1], bs[1], g, b))
    _paths_one_side(only_g, only_b, g, b, out)
    # network: by call and address; then addresses seen on one side, paired in order
    gc = {}
    for key, fact in g.conns:
        gc.setdefault(key, fact)
    bc = {}
    for key, fact in b.conns:
        bc.setdefault(key, fact)
    for key in gc.keys() & bc.keys():
        if gc[key].outcome != bc[key].outcome:
            out.append(_div("network", key.split(" ", 1)[1], "%s: %s in the good run, %s in "
                            "the bad run" % (key, gc[key].outcome, bc[key].outcome),
                            gc[key], bc[key], g, b))
    rest_g = [k for k in gc if k not in bc]
    rest_b = [k for k in bc if k not in gc]
    for k in range(max(len(rest_g), len(rest_b))):
        kg = rest_g[k] if k < len(rest_g) else None
        kb = rest_b[k] if k < len(rest_b) else None
        out.append(_div("network", (kb or kg).split(" ", 1)[1],
                        "%s in the bad run, %s in the good run" % (kb or "nothing", kg or "nothing"),
                        gc.get(kg), bc.get(kb), g, b))
    # exit
    if g.exit and b.exit and g.exit.outcome != b.exit.outcome:
        out.append(_div("exit", b.program, "%s: %s in the good run, %s in the bad run" % (
            b.program, g.exit.text.strip("+ "), b.exit.text.strip("+ ")), g.exit, b.exit, g, b))


def _compare_env(ge, be, g, b, out) -> None:
    genv, benv = ge[2], be[2]
    if genv is None or benv is None:
        return
    for var in sorted(genv.keys() | benv.keys()):
        gv, bv = genv.get(var), benv.get(var)
        if var in ENV_VARYING or normalize(gv) == normalize(bv):
            continue
        summary = "$%s: %s in the good run, %s in the bad run" % (
            var, "unset" if gv is None else repr(gv)[:80], "unset" if bv is None else repr(bv)[:80])
        out.append(_div("env", var, summary, ge[3], be[3], g, b))


def _by_name(only: list) -> dict:
    """basename -> (first slot found, first slot that failed) among one side's paths."""
    out: dict = {}
    for _key, slot in only:
        entry = out.setdefault(os.path.basename(slot[2]), [None, None])
        i = 0 if slot[0] is not None else 1
        if entry[i] is None or (slot[i] or slot[1 - i]).seq < (entry[i][0] or
                                                             entry[i][1]).seq:
            entry[i] = slot
    return out


def _paths_one_side(only_g, only_b, g, b, out) -> None:
    """Paths named on one side only, matched by file name: found in one directory on
    one side and in another on the other is 'a different target' (a library or config
    picked up elsewhere); found on one side and only searched for in vain on the other
    is a missing file (a search path such as PATH that changed).  The rest are accesses
    seen on one side only."""
    gn, bn = _by_name(only_g), _by_name(only_b)
    reported = set()
    for name in gn.keys() & bn.keys():
        (g_ok, g_fail), (b_ok, b_fail) = gn[name], bn[name]
        if g_ok and b_ok:
            out.append(_div("path", b_ok[2], "%s opened in the bad run where the good run "
                            "opened %s" % (b_ok[2], g_ok[2]), g_ok[0], b_ok[0], g, b))
        elif g_ok and b_fail:
            out.append(_div("file", g_ok[2], "%s: found as %s in the good run, %s as %s in "
                            "the bad run" % (name, g_ok[2], _describe(b_fail[1].outcome),
                                             b_fail[2]), g_ok[0], b_fail[1], g, b))
        elif b_ok and g_fail:
            out.append(_div("file", b_ok[2], "%s: %s as %s in the good run, found as %s in "
                            "the bad run" % (name, _describe(g_fail[1].outcome), g_fail[2],
                                             b_ok[2]), g_fail[1], b_ok[0], g, b))
        else:
            continue
        reported.add(name)
    for only, side in ((only_g, "good"), (only_b, "bad")):
        for _key, slot in only:
            if slot[0] is None or os.path.basename(slot[2]) in reported:
                continue
            out.append(_div("access", slot[2], "%s: found in the %s run only" % (slot[2], side),
                            slot[0] if side == "good" else None,
                            slot[0] if side == "bad" else None, g, b))


def compare(good: Profile, bad: Profile, limit: int | None = None) -> dict:
    pairs, only_g, only_b = pair_processes(good, bad)
    found: list = []
    for g, b in pairs:
        compare_pair(g, b, found)
    for p in only_g:
        found.append(_div("process", p.program, "%s (pid %d) ran in the good run only" % (
            p.program, p.pid), p.execs[0][3] if p.execs else p.fork, None, p, None))
    for p in only_b:
        found.append(_div("process", p.program, "%s (pid %d) ran in the bad run only" % (
            p.program, p.pid), None, p.execs[0][3] if p.execs else p.fork, None, p))
    found.sort(key=lambda d: (KIND_RANK[d["kind"]], d["_order"]))
    seen = set()
    ranked = []
    for d in found:
        # one divergence per (kind, key): an environment variable differs in every
        # process that inherits it, a config file may be probed by several
        k = (d["kind"], d["key"])
        if k in seen:
            continue
        seen.add(k)
        d.pop("_order")
        d["rank"] = len(ranked) + 1
        ranked.append(d)
    total = len(ranked)
    if limit is not None:
        ranked = ranked[:limit]
    return {"syscope": "diff", "version": SCHEMA_VERSION,
            "good": {"source": good.name, "syscalls": good.syscalls,
                     "processes": len(good.procs)},
            "bad": {"source": bad.name, "syscalls": bad.syscalls,
                    "processes": len(bad.procs)},
            "processes_paired": len(pairs), "total": total, "divergences": ranked}
