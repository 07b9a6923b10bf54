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


def trace(argv: list[str], follow: bool = True, trace_set: set | None = None,
          max_strlen: int = 32, decode_fds: int = 0) -> Iterator:
    """Run argv under the tracer and yield its events as they happen.

    The tracer runs in a thread of its own (ptrace requires the thread that attached
    to do every later request), so the caller may consume events at its own pace."""
    from .engine.tracer import Engine, EngineOptions
    from .output.jsonl import EventSink
    from .session import find_program, make_env
    import time
    q: queue.Queue = queue.Queue(maxsize=10000)
    done = object()
    failure: list = []

    def worker():
        try:
            opts = EngineOptions(follow=follow, decode=DecodeOptions(
                max_strlen=max_strlen, decode_fds=decode_fds),
                traced=trace_set.__contains__ if trace_set else None)
            sink = EventSink(q.put, clock=lambda: "%.6f" % time.time())
            engine = Engine(opts, sink, messages=lambda text: None)
            program = find_program(argv[0])
            engine.launch(os.fsencode(program), [os.fsencode(a) for a in argv], make_env([]))
            engine.run()
        except BaseException as e:  # handed to the consumer
            failure.append(e)
        finally:
            q.put(done)

    t = threading.Thread(target=worker, name="syscope-tracer", daemon=True)
    t.start()
    while True:
        ev = q.get()
        if ev is done:
            break
        yield ev
    t.join()
    if failure:
        raise failure[0]
