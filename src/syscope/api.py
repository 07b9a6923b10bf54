"""The Python API: the same event objects from a recorded log or a live program.

    import syscope
    for ev in syscope.read("trace.txt"):
        if ev.kind == "syscall" and ev.errno:
            print(ev.name, ev.errno, ev.args[1]["value"])

    for ev in syscope.trace(["ls", "/nonexistent"], follow=True):
        ...
"""
from __future__ import annotations

import os
import queue
import threading
from typing import Iterator

from .decode.core import DecodeOptions


def read(*paths: str) -> Iterator:
    """Events of recorded strace logs (plain, gzip, zstd, -ff sets)."""
    from .logread.reader import events
    return events(list(paths))


def trace(argv: list[str], follow: bool = True, trace_set=None,
          max_strlen: int = 32, decode_fds: int = 0) -> Iterator:
    """Run argv under the tracer and yield its events as they happen.

    trace_set names what to trace as -e trace= does: syscall names, classes such as
    "%file", "/regex", "!name"; an unknown one raises ValueError before anything runs.

    The tracer runs in a thread of its own (ptrace requires the thread that attached
    to do every later request), so the caller may consume events at its own pace.
    Stopping early (break, close(), the generator collected) kills the program, lets
    every other traced process go, and waits for the tracer to finish."""
    from .errors import FatalError
    from .session import find_program
    traced = parse_trace_set(trace_set)   # bad arguments fail here, before anything runs
    try:
        program = find_program(argv[0])
    except FatalError as e:
        raise FileNotFoundError(str(e)) from None
    return _events(program, argv, follow, traced, max_strlen, decode_fds)


def _events(program: str, argv: list[str], follow: bool, traced, max_strlen: int,
            decode_fds: int) -> Iterator:
    import signal
    import time
    from .engine.tracer import Engine, EngineOptions
    from .output.jsonl import EventSink
    from .session import make_env
    q: queue.Queue = queue.Queue(maxsize=10000)
    done = object()
    failure: list = []
    stop = threading.Event()
    started: list = []

    def put(item) -> None:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def worker():
        try:
            opts = EngineOptions(follow=follow, decode=DecodeOptions(
                max_strlen=max_strlen, decode_fds=decode_fds), traced=traced)
            sink = EventSink(put, clock=lambda: "%.6f" % time.time())
            engine = Engine(opts, sink, messages=lambda text: None)
            engine.launch(os.fsencode(program), [os.fsencode(a) for a in argv], make_env([]))
            started.append(engine)
            if stop.is_set():
                engine.interrupted = signal.SIGKILL
            engine.run()
        except BaseException as e:  # handed to the consumer
            failure.append(e)
        finally:
            put(done)

    t = threading.Thread(target=worker, name="syscope-tracer", daemon=True)
    t.start()
    try:
        while True:
            ev = q.get()
            if ev is done:
                break
            yield ev
    finally:
        if t.is_alive():
            stop.set()
            finish_early(started, t)
    t.join()
    if failure:
        raise failure[0]


def finish_early(started: list, worker: threading.Thread) -> None:
    """The consumer stopped: the loop cleans up at its next turn (the program killed,
    everyone else detached); killing the program also wakes a loop waiting for stops."""
    import signal
    while worker.is_alive() and not started:
        worker.join(0.01)          # still launching
    if started:
        engine = started[0]
        engine.interrupted = signal.SIGKILL
        try:
            os.kill(engine.child_pid, signal.SIGKILL)
        except OSError:
            pass
    worker.join()


def parse_trace_set(trace_set):
    """None (everything), or the test for a syscall name of -e trace=SPEC."""
    if trace_set is None:
        return None
    from .filters import QualifierError, parse_syscall_set
    if isinstance(trace_set, str):
        trace_set = [trace_set]
    items = list(trace_set)
    if not all(isinstance(x, str) for x in items):
        raise TypeError("trace_set: syscall names, classes or patterns (strings)")
    try:
        return parse_syscall_set(",".join(items) if items else "none").__contains__
    except QualifierError as e:
        raise ValueError("trace_set: %s" % e) from None
