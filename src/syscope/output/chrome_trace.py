"""Chrome Trace Event Format (JSON), as Perfetto and chrome://tracing open it.

Processes and threads become tracks (pid = thread group, tid = thread); each system
call is a complete ('X') slice with its arguments, result and log line; signals and
exits are instant ('i') events; fork and exec are flows ('s' -> 'f') from the call
to the first event of the child (or of the new program).

Written as the events come, in bounded memory: a new task's events wait until its
creator's clone() returns (analyze/order.py: only the clone says whether the child is a
thread and of which process), and each track holds back its latest slice so that the
slice can be cut where the next one begins (times are rounded to microseconds; slices
of one thread must not overlap)."""
from __future__ import annotations

import json

from ..analyze.lineage import CREATORS, EXECS, Lineage
from ..analyze.order import ParentsFirst

ARGS_LIMIT = 4096   # characters of a call's arguments kept in a slice
# ASCII: a log's bytes that are not UTF-8 travel as escapes, the file stays valid JSON
_encode = json.JSONEncoder(separators=(",", ":")).encode


def _us(seconds: float) -> float:
    return round(seconds * 1e6, 3)


class Track:
    """One task's events on their way out."""
    __slots__ = ("task", "held", "flow_in", "last_ts")

    def __init__(self, task):
        self.task = task
        self.held: dict | None = None    # the latest slice, its end not yet final
        self.flow_in: list = []          # flows that end at this track's next event
        self.last_ts = 0.0


class ChromeTrace:
    """feed(ev) for every event, close() at the end; writes JSON to `out`."""

    def __init__(self, out):
        self.out = out
        self.lin = Lineage()
        self.tracks: dict[int, Track] = {}   # Task.seq -> Track
        self.flows = 0
        self.count = 0
        self.order = ParentsFirst(self._event)
        out.write('{"displayTimeUnit":"ms","traceEvents":[')

    # -- writing -----------------------------------------------------------------
    def _emit(self, te: dict) -> None:
        self.out.write(("\n" if not self.count else ",\n") + _encode(te))
        self.count += 1

    def _write(self, track: Track, te: dict) -> None:
        task = track.task
        te["pid"], te["tid"] = task.tgid, task.tid
        # a call is dated by its entry, but printed when it returns: keep the track monotonic
        te["ts"] = max(te["ts"], track.last_ts)
        track.last_ts = te["ts"]
        self._emit(te)

    def _put(self, track: Track, te: dict) -> None:
        """An event on a track: first the held slice, cut where this event begins."""
        self._flush_held(track, te["ts"])
        for flow in track.flow_in:
            self._write(track, dict(flow, ts=te["ts"]))
        track.flow_in = []
        if te["ph"] == "X":
            track.held = te
        else:
            self._write(track, te)

    def _flush_held(self, track: Track, until: float) -> None:
        held, track.held = track.held, None
        if held is None:
            return
        if held.pop("open", False) or held["ts"] + held["dur"] > until:
            held["dur"] = round(max(until - held["ts"], 0.0), 3)
        self._write(track, held)

    def _track(self, task) -> Track:
        track = self.tracks.get(task.seq)
        if track is None:
            track = self.tracks[task.seq] = Track(task)
        return track

    # -- events ------------------------------------------------------------------
    def feed(self, ev) -> None:
        self.order.feed(ev)

    def _event(self, ev) -> None:
        task = self.lin.feed(ev)
        if task is None:
            return
        track = self._track(task)
        ts = _us(self.lin.last_start)
        kind = ev.kind
        if kind == "syscall":
            self._syscall(track, ev, ts)
        elif kind == "signal":
            self._put(track, {"ph": "i", "s": "t", "name": ev.signal, "cat": "signal",
                              "ts": ts, "args": {"info": ev.info_text or "",
                                                 "stopped": ev.stopped, "line": ev.line}})
        elif kind == "exit":
            name = "killed by %s" % ev.signal if ev.signal else "exit %s" % ev.code
            self._put(track, {"ph": "i", "s": "t", "name": name, "cat": "exit", "ts": ts,
                              "args": {"code": ev.code, "signal": ev.signal,
                                       "core_dumped": ev.core, "line": ev.line}})

    def _syscall(self, track: Track, ev, ts: float) -> None:
        args = ev.args_text
        if len(args) > ARGS_LIMIT:
            args = args[:ARGS_LIMIT] + "..."
        te = {"ph": "X", "name": ev.name, "cat": "failed" if ev.failed else "syscall",
              "ts": ts, "dur": _us(ev.duration or 0.0),
              "args": {"args": args, "ret": ev.ret_text if ev.ret_text is not None else "?",
                       "line": ev.line}}
        if ev.ret_text is None or ev.ret_text == "?":
            te["open"] = True    # never returned: it lasts until the task's next event
        self._put(track, te)
        if ev.failed or ev.rval is None:
            return
        if ev.name in CREATORS and ev.rval > 0 and ev.rval in self.lin.live:
            self._flow(track, self._track(self.lin.live[ev.rval]), "fork", ts)
        elif ev.name in EXECS and ev.rval == 0:
            self._flow(track, track, "exec", ts)

    def _flow(self, src: Track, dst: Track, name: str, ts: float) -> None:
        self.flows += 1
        self._write(src, {"ph": "s", "name": name, "cat": "flow", "id": self.flows, "ts": ts})
        # it ends at the next event of the child (or of the new program)
        dst.flow_in.append({"ph": "f", "bp": "e", "name": name, "cat": "flow", "id": self.flows})

    def close(self) -> None:
        self.order.close()
        for track in self.tracks.values():
            self._flush_held(track, _us(max(track.task.end, self.lin.last)))
        for task in self.lin.tasks:   # names, and tracks in the order the tasks began
            if not task.thread:
                words = " ".join(task.argv) if task.argv else (task.exe or task.name)
                self._emit({"ph": "M", "name": "process_name", "pid": task.tgid, "tid": 0,
                            "args": {"name": words[:200]}})
                self._emit({"ph": "M", "name": "process_sort_index", "pid": task.tgid,
                            "tid": 0, "args": {"sort_index": task.seq}})
            self._emit({"ph": "M", "name": "thread_name", "pid": task.tgid, "tid": task.tid,
                        "args": {"name": task.name}})
            self._emit({"ph": "M", "name": "thread_sort_index", "pid": task.tgid,
                        "tid": task.tid, "args": {"sort_index": task.seq}})
        self.out.write('\n],"otherData":{"generator":"syscope","clock":%s}}\n'
                       % json.dumps(self.lin.clock.kind))
        self.out.flush()


def open_trace_events(path: str):
    """--trace-events FILE of a live trace: a sink that writes the Chrome trace as the
    engine reports, finished by close()."""
    import time
    from .jsonl import EventSink
    out = open(path, "w", encoding="utf-8", errors="surrogateescape")
    trace = ChromeTrace(out)

    class TraceEventsSink(EventSink):
        def close(self):
            trace.close()
            out.close()

    return TraceEventsSink(trace.feed, clock=lambda: "%.6f" % time.time())
