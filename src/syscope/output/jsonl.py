"""JSON Lines: one object per event (schema in docs/json-schema.md)."""
from __future__ import annotations

import json

from ..abi import errno_message, errno_name, signal_name
from ..eventjson import event_dict
from ..model import Exit, Signal, Syscall
from .sinks import Sink


ENCODER = json.JSONEncoder(separators=(",", ":"))   # built once, not per event


def dumps(ev) -> str:
    return ENCODER.encode(event_dict(ev))


class EventSink(Sink):
    """The live engine's notifications as model events (entry and exit joined)."""

    def __init__(self, emit, clock=None):
        self.emit = emit
        self.pending: dict[int, tuple] = {}
        self.clock = clock
        self.event_time = None

    def set_clock(self, real, mono):
        """The batched engine reports when an event happened, not when it is decoded."""
        self.event_time = "%.6f" % real if real is not None else None

    def now(self):
        if self.event_time is not None:
            return self.event_time
        return self.clock() if self.clock else None

    def syscall_entry(self, pid, call, text):
        self.pending[pid] = (text, self.now())

    def syscall_exit(self, pid, call, text, ret, duration=None):
        entry, t = self.pending.pop(pid, ("", None))
        err = call.error
        ev = Syscall(pid=pid, name=call.name, args_text=entry + text, ret_text=ret,
                     errno=errno_name(err) if err else None,
                     error=errno_message(err) if err else None, time=t, duration=duration,
                     nr=call.nr)
        ev.rval = None if err >= 512 else (-1 if err else call.rval)
        self.emit(ev)

    def syscall_gone(self, pid, call, text=""):
        entry, t = self.pending.pop(pid, ("", None))
        self.emit(Syscall(pid=pid, name=call.name, args_text=entry + text, ret_text="?", time=t,
                          nr=call.nr))

    def signal(self, pid, sig, info, nr):
        self.emit(Signal(pid, signal_name(sig), info, time=self.now()))

    def stopped(self, pid, sig, nr):
        self.emit(Signal(pid, signal_name(sig), None, stopped=True, time=self.now()))

    def exited(self, pid, code, nr):
        self.emit(Exit(pid, code=code, time=self.now()))

    def killed(self, pid, sig, core, nr):
        self.emit(Exit(pid, signal=signal_name(sig), core=bool(core), time=self.now()))


class JsonLines(EventSink):
    def __init__(self, stream, clock=None):
        self.stream = stream
        super().__init__(lambda ev: stream.write(dumps(ev) + "\n"), clock)

    def flush(self):
        self.stream.flush()

    def close(self):
        self.flush()
