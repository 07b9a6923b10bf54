"""Process ids across pid namespaces (--decode-pids=pidns) and their command names
(--decode-pids=comm, -Y).

A tracee in another pid namespace passes and receives ids of its own namespace.  Its
id in ours is found as strace finds it: in /proc/PID/status every process lists its
ids from the namespace of the /proc mount down to its own (NSpid, NStgid, NSpgid,
NSsid), and /proc/PID/ns/pid with the NS_GET_PARENT ioctl names the namespaces from
its own up to ours.  A process that has the id in the tracee's namespace tells the id
in ours.  Where /proc is not our namespace's, the tracee's own /proc entry is found
the same way.  What was found is remembered, and checked again before each use (ids
are reused).
"""
from __future__ import annotations

import errno
import os

from ..abi import xlat_value
from .fdinfo import escape_path

TID, TGID, PGID, SID = "tid", "tgid", "pgid", "sid"
STATUS_KEYS = {TID: "NSpid:", TGID: "NStgid:", PGID: "NSpgid:", SID: "NSsid:"}
NS_GET_PARENT = xlat_value("nsfs_ioctls", "NS_GET_PARENT")
MAX_DEPTH = 32


def _ids(proc_pid, kind: str) -> list[int]:
    """The process's ids of a kind, from the /proc mount's namespace down to its own."""
    try:
        with open("/proc/%s/status" % proc_pid, "rb") as f:
            data = f.read()
    except OSError:
        return []
    key = STATUS_KEYS[kind].encode()
    for line in data.split(b"\n"):
        if line.startswith(key):
            try:
                return [int(x) for x in line[len(key):].split()]
            except ValueError:
                return []
    return []


class Namespaces:
    """The translation state of one trace."""

    def __init__(self):
        self.nsfs_works = True
        self.our = None                 # our pid namespace (its inode)
        self.proc_ours = None           # /proc shows our namespace
        self.tracee_ns: dict[int, int] = {}          # tracee tid -> its namespace
        self.found: dict[tuple, int] = {}            # (ns, id, kind) -> /proc entry
        self.seen: dict[int, None] = {}              # /proc entries read before
        self.chains: dict[int, list] = {}           # /proc entry -> its namespaces
        self.own_ids: dict[tuple, tuple] = {}       # (tracee, kind) -> (its id, ours)

    # -- namespaces ---------------------------------------------------------------
    def chain(self, proc_pid, depth: int = MAX_DEPTH) -> list[int]:
        """The namespaces of a process, its own first, up to ours."""
        import fcntl
        try:
            fd = os.open("/proc/%s/ns/pid" % proc_pid, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return []
        out: list[int] = []
        try:
            while len(out) < depth:
                try:
                    out.append(os.fstat(fd).st_ino)
                except OSError:
                    break
                if len(out) >= depth or not self.nsfs_works:
                    break
                try:
                    parent = fcntl.ioctl(fd, NS_GET_PARENT)
                except OSError as e:
                    if e.errno == errno.ENOTTY:
                        self.nsfs_works = False
                    break
                os.close(fd)
                fd = parent
        finally:
            os.close(fd)
        return out

    def our_ns(self) -> int:
        if self.our is None:
            chain = self.chain("self", 1)
            self.our = chain[0] if chain else 0
            self.proc_ours = len(_ids("self", TID)) <= 1
        return self.our

    def ns_of(self, tid: int) -> int:
        ns = self.tracee_ns.get(tid)
        if ns is None:
            proc = self.proc_pid(tid)
            chain = self.chain(proc, 1) if proc else []
            ns = self.tracee_ns[tid] = chain[0] if chain else 0
        return ns

    def proc_pid(self, pid: int) -> int:
        """The /proc entry of a process of our namespace."""
        self.our_ns()
        if self.proc_ours:
            return pid
        return self._find(self.our, pid, TID)[1]

    def forget(self, tid: int) -> None:
        """tid is gone, or changed (a thread's execve): its facts are read again."""
        self.tracee_ns.pop(tid, None)
        self.own_ids.pop((tid, TID), None)
        self.own_ids.pop((tid, TGID), None)

    # -- translation --------------------------------------------------------------
    def translate(self, tid: int, value: int, kind: str) -> int:
        """value, an id of kind in tracee tid's namespace, as an id of ours (0: unknown)."""
        if value <= 0:
            return 0
        our = self.our_ns()
        ns = self.ns_of(tid)
        if ns == our and ns:
            return value
        if not ns or not self.nsfs_works:
            return 0
        if kind in (TID, TGID):        # the tracee's own id (getpid, gettid): known
            own = self.own_ids.get((tid, kind))
            if own is None:
                own = self.own_ids[(tid, kind)] = self._own(tid, kind)
            if own[0] == value:
                return own[1]
        return self._find(ns, value, kind)[0]

    def _own(self, tid: int, kind: str) -> tuple[int, int]:
        """The tracee's id of kind in its namespace and in ours."""
        proc = self.proc_pid(tid)
        chain = self.known_chain(proc) if proc else []
        ids = _ids(proc, kind) if chain else []
        if not chain or len(ids) < len(chain):
            return 0, 0
        return ids[-1], ids[len(ids) - len(chain)]

    def known_chain(self, proc) -> list[int]:
        """chain(proc), remembered: a process's namespaces never change, and a reused
        pid shows a namespace of its own, seen in one stat."""
        try:
            own = os.stat("/proc/%s/ns/pid" % proc).st_ino
        except OSError:
            return []
        chain = self.chains.get(proc)
        if chain is None or chain[0] != own:
            chain = self.chains[proc] = self.chain(proc)
        return chain

    def _match(self, proc, ns: int, value: int, kind: str) -> int:
        """Our id of /proc entry proc if it has value as its id in namespace ns."""
        chain = self.known_chain(proc)
        ids = _ids(proc, kind)
        if not chain or len(ids) < len(chain):
            return 0
        for i, level in enumerate(chain):
            if level == ns:
                return ids[len(ids) - len(chain)] if ids[len(ids) - 1 - i] == value else 0
        return 0

    def _find(self, ns: int, value: int, kind: str) -> tuple[int, int]:
        """(our id, /proc entry) of the process with id value of kind in ns, or (0, 0)."""
        key = (ns, value, kind)
        cached = self.found.get(key)
        candidates = ([cached] if cached else []) + [p for p in self.seen if p != cached]
        for proc in candidates:
            ours = self._match(proc, ns, value, kind)
            if ours:
                return self._keep(key, proc, ours)
        for proc in self._scan():
            if proc in self.seen:
                continue
            ours = self._match(proc, ns, value, kind)
            if ours:
                return self._keep(key, proc, ours)
        return 0, 0

    def _keep(self, key: tuple, proc: int, ours: int) -> tuple[int, int]:
        self.found[key] = proc
        self.seen[proc] = None
        return ours, proc

    @staticmethod
    def _scan():
        """Every /proc entry: each process's threads, then the process."""
        try:
            procs = [int(n) for n in os.listdir("/proc") if n.isdigit()]
        except OSError:
            return
        for p in procs:
            try:
                tasks = [int(n) for n in os.listdir("/proc/%d/task" % p) if n.isdigit()]
            except OSError:
                tasks = []
            yield from tasks
            if p not in tasks:
                yield p

    # -- text ---------------------------------------------------------------------
    def decoration(self, tid: int, value: int, kind: str, what: frozenset) -> str:
        """What strace prints after a pid: its command name (comm) and its id in our
        namespace when that differs (pidns)."""
        ours = self.translate(tid, value, kind)
        if not ours:
            return ""
        text = ""
        if "comm" in what and kind in (TID, TGID):
            text += comm_text(ours)
        if "pidns" in what and ours != value:
            text += " /* %d in strace's PID NS */" % ours
        return text


def comm_text(pid) -> str:
    """'<name>' from /proc/PID/comm, or nothing."""
    try:
        with open("/proc/%s/comm" % pid, "rb") as f:
            name = f.read().rstrip(b"\n")
    except OSError:
        return ""
    return "<%s>" % escape_path(name) if name else ""


NAMESPACES = Namespaces()
