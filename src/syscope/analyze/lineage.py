"""Who ran what, when: the tasks of a trace (processes and their threads), who
created them, the programs they executed, how long they lived and how they ended.

Fed one event at a time (live or from a log); used by `syscope tree`, the HTML
report and the Chrome-trace export.  A task is a thread id's life: a pid reused
after its exit is a new task."""
from __future__ import annotations

import os

from .clock import Clock

CREATORS = frozenset(("clone", "clone3", "fork", "vfork"))
EXECS = frozenset(("execve", "execveat"))


class Task:
    __slots__ = ("tid", "tgid", "parent", "thread", "argv", "exe", "execs", "start", "end",
                 "exit_code", "signal", "core", "calls", "failed", "first_line",
                 "children", "ended", "seq", "creator_known")

    def __init__(self, tid: int, seq: int, start: float, line: int):
        self.tid = tid
        self.tgid = tid            # the process it belongs to (the creator's, for a thread)
        self.parent: Task | None = None
        self.thread = False
        self.argv: list = []       # of the program it runs (inherited until it executes one)
        self.exe: str | None = None
        self.execs: list = []      # (time, argv, line) of each successful execve
        self.start = start
        self.end = start
        self.exit_code: int | None = None
        self.signal: str | None = None
        self.core = False
        self.calls = 0
        self.failed = 0
        self.first_line = line
        self.children: list[Task] = []
        self.ended = False
        self.seq = seq             # creation order: a stable id even when pids are reused
        self.creator_known = False

    @property
    def name(self) -> str:
        if self.argv:
            return os.path.basename(self.argv[0])
        if self.exe:
            return os.path.basename(self.exe)
        return "pid %d" % self.tid if self.tid else "?"

    @property
    def status(self) -> str:
        if self.signal:
            return "killed by %s%s" % (self.signal, " (core dumped)" if self.core else "")
        if self.exit_code is not None:
            return "exit %d" % self.exit_code
        return "running" if not self.ended else "?"

    @property
    def bad(self) -> bool:
        return bool(self.signal) or self.exit_code not in (None, 0)


class Lineage:
    """The task table; `feed(ev)` returns the task the event belongs to (or None)."""

    def __init__(self):
        self.clock = Clock()
        self.tasks: list[Task] = []
        self.live: dict[int, Task] = {}
        self.last = 0.0
        self.last_start = 0.0          # when the latest event fed began

    def task(self, tid: int, t: float, line: int) -> Task:
        task = self.live.get(tid)
        if task is None:
            task = self.live[tid] = Task(tid, len(self.tasks), t, line)
            self.tasks.append(task)
            if len(self.tasks) == 1:
                task.creator_known = True   # the traced program itself
        return task

    def feed(self, ev):
        kind = ev.kind
        if kind not in ("syscall", "signal", "exit"):
            return None
        t = self.last_start = self.clock.start(ev)
        pid = ev.pid or 0
        task = self.task(pid, t, ev.line)
        task.start = min(task.start, t)
        end = t + (getattr(ev, "duration", None) or 0.0)
        task.end = max(task.end, end)
        self.last = max(self.last, end)
        if kind == "syscall":
            task.calls += 1
            if ev.failed:
                task.failed += 1
            elif ev.rval is not None:
                if ev.name in CREATORS and ev.rval > 0:
                    self._created(task, ev, t)
                elif ev.name in EXECS and ev.rval == 0:
                    self._executed(task, ev, t)
        elif kind == "exit":
            task.exit_code, task.signal, task.core = ev.code, ev.signal, ev.core
            task.ended = True
            del self.live[pid]
        return task

    def _created(self, task: Task, ev, t: float) -> None:
        child = self.live.get(ev.rval)
        if child is None or child.creator_known:
            child = self.task(ev.rval, t, ev.line)
        child.creator_known = True
        child.parent = task
        child.thread = "CLONE_THREAD" in ev.args_text
        child.tgid = task.tgid if child.thread else child.tid
        if not child.argv:
            child.argv, child.exe = list(task.argv), task.exe
        task.children.append(child)

    def _executed(self, task: Task, ev, t: float) -> None:
        args = ev.args
        i = 0 if ev.name == "execve" else 1
        argv = args[i + 1] if len(args) > i + 1 else {}
        task.argv = [x.get("value") for x in argv.get("items", []) if x.get("type") == "string"]
        exe = args[i].get("value") if len(args) > i else None
        task.exe = exe if isinstance(exe, str) else None
        task.execs.append((t, task.argv, ev.line))

    def roots(self) -> list[Task]:
        return [t for t in self.tasks if t.parent is None]
