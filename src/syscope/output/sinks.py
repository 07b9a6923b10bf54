"""Sinks the engine (or the log reader) reports to, and the wrappers between them.

Every sink has the same methods; Sink provides no-op defaults so that a sink only
implements what it cares about."""
from __future__ import annotations


class Sink:
    def track(self, pid): pass
    def set_nprocs(self, n): pass
    def drop(self, pid, detached=False): pass
    def flush(self): pass
    def close(self): pass
    def force_resume(self, pid): pass
    def pid_changed(self, old, new): pass
    def rename(self, old, new): pass
    def syscall_entry(self, pid, call, text): pass
    def syscall_exit(self, pid, call, text, ret, duration=None): pass
    def syscall_gone(self, pid, call, text=""): pass
    def signal(self, pid, sig, info, nr): pass
    def stopped(self, pid, sig, nr): pass
    def exited(self, pid, code, nr): pass
    def killed(self, pid, sig, core, nr): pass
    def superseded(self, pid, old, nr): pass
    def set_leader(self, leader): pass
    def set_clock(self, real, mono): pass
    def raw_line(self, text): pass


class Tee(Sink):
    """Reports every event to several sinks."""

    def __init__(self, *sinks):
        self.sinks = [s for s in sinks if s is not None]

    def __getattribute__(self, name):
        if name.startswith("_") or name == "sinks":
            return object.__getattribute__(self, name)
        sinks = object.__getattribute__(self, "sinks")

        def fan_out(*args, **kw):
            for s in sinks:
                getattr(s, name)(*args, **kw)
        return fan_out


class Plumbing(Sink):
    """Only the file handling of a writer (opening per pid, flushing, renaming, closing),
    for a sink that formats events its own way into the writer's files."""

    def __init__(self, writer):
        self.writer = writer

    def drop(self, pid, detached=False):
        self.writer.drop(pid, detached)

    def rename(self, old, new):
        self.writer.rename(old, new)

    def flush(self):
        self.writer.flush()

    def close(self):
        self.writer.close()


class StatusFilter:
    """-z, -Z, -e status=: a syscall's line is held until its outcome is known,
    then published whole (so it is never split into unfinished/resumed)."""

    def __init__(self, inner: Sink, statuses: frozenset):
        self.inner = inner
        self.statuses = statuses
        self.pending: dict[int, tuple] = {}

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def syscall_entry(self, pid, call, text):
        self.pending[pid] = (call, text)

    def syscall_exit(self, pid, call, text, ret, duration=None):
        held = self.pending.pop(pid, None)
        status = "failed" if call.error else "successful"
        if held is None or status not in self.statuses:
            return
        self.inner.syscall_entry(pid, held[0], held[1])
        self.inner.syscall_exit(pid, call, text, ret, duration)

    def syscall_gone(self, pid, call, text=""):
        held = self.pending.pop(pid, None)
        if held is not None and "unfinished" in self.statuses:
            self.inner.syscall_entry(pid, held[0], held[1])
            self.inner.syscall_gone(pid, call, text)

    def drop(self, pid, detached=False):
        held = self.pending.pop(pid, None)
        if held is not None and detached and "detached" in self.statuses:
            self.inner.syscall_entry(pid, held[0], held[1])
        self.inner.drop(pid, detached)
