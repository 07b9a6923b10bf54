"""Parents before children: a child's first calls are often logged before the fork that
created it returns in the parent (always so for vfork, where the parent waits for the
child's execve), so whoever tracks cwd, descriptors and parents would see a process
before knowing where it came from.  This holds a new process's events back until the
fork that created it is seen, within a bounded number of events."""
from __future__ import annotations

from ..model import Syscall
from .state import CLONERS

HOLD_LIMIT = 200000


class ParentsFirst:
    """Push events in with feed(); they come out, reordered, through out(ev)."""

    def __init__(self, out, limit: int = HOLD_LIMIT):
        self.out = out
        self.limit = limit
        self.known: set = set()
        self.held: dict[int, list] = {}
        self.n_held = 0

    def feed(self, ev) -> None:
        pid = getattr(ev, "pid", None)
        if pid is None or pid in self.known:
            self.out(ev)
            kind = ev.kind       # _emit, inline: this is the path of nearly every event
            if kind == "exit" or kind == "syscall" and ev.name in CLONERS:
                self._after(ev)
            return
        if not self.known and not self.held:
            self.known.add(pid)          # the first process of the trace is a root
            self._emit(ev)
            return
        self.held.setdefault(pid, []).append(ev)
        self.n_held += 1
        if self.n_held > self.limit:
            oldest = next(iter(self.held))
            self._release(oldest)

    def feed_batch(self, events: list) -> None:
        """feed() of each event in turn, the common case (a call of a known process)
        inline."""
        known = self.known
        out = self.out
        for ev in events:
            if ev.__class__ is Syscall and ev.pid in known:
                out(ev)
                if ev.name in CLONERS:
                    self._after(ev)
            else:
                self.feed(ev)

    def _emit(self, ev) -> None:
        self.out(ev)
        self._after(ev)

    def _after(self, ev) -> None:
        if ev.kind == "exit":
            # its pid may come back as a new process: held again until a fork returns it
            self.known.discard(ev.pid)
        elif ev.kind == "syscall" and ev.name in CLONERS and ev.rval and ev.rval > 0:
            child = ev.rval
            if child not in self.known:
                self._release(child)

    def _release(self, pid: int) -> None:
        self.known.add(pid)
        events = self.held.pop(pid, [])
        self.n_held -= len(events)
        for ev in events:
            self._emit(ev)

    def close(self) -> None:
        """Processes whose creation the trace never showed (attached with -p, or the
        trace began late) come out last, in order of appearance."""
        while self.held:
            self._release(next(iter(self.held)))


def parents_first(events, limit: int = HOLD_LIMIT):
    """The generator form: for ev in parents_first(syscope.read(log))."""
    buf: list = []
    order = ParentsFirst(buf.append, limit)
    for ev in events:
        order.feed(ev)
        if buf:
            yield from buf
            buf.clear()
    order.close()
    yield from buf
