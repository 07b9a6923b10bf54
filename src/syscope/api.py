"""The Python API: the same event objects from a recorded log or a live program.

    import syscope
    for ev in syscope.read("trace.txt"):
        if ev.type == "syscall" and ev.errno:
            print(ev.name, ev.errno, ev.args[1]["value"])

    with syscope.trace(["ls", "/nonexistent"], capture_output=True) as t:
        for ev in t:
            ...
    print(t.pid, t.exit_status, t.stderr)

Reference: docs/api.md.  Events are model.Syscall, Signal, Exit, Message and Unparsed;
their attributes carry the names of the JSON keys (docs/json-schema.md)."""
from __future__ import annotations

import os
import queue
import signal as _signal
import threading
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence, Union

from .decode.core import DecodeOptions

if TYPE_CHECKING:
    from .model import Event

PathLike = Union[str, "os.PathLike[str]"]


def read(*paths: PathLike) -> Iterator[Event]:
    """Events of recorded strace logs (plain, gzip, zstd, '-' for stdin, an -ff prefix
    for the whole set, its files merged by time).

    Raises syscope.LogError for a log that cannot be opened or read (lazily: when the
    iteration reaches it)."""
    from .logread.reader import events
    return events([os.fspath(p) for p in paths])


def trace(argv: Sequence[str], follow: bool = True,
          trace_set: str | Iterable[str] | None = None, max_strlen: int = 32,
          decode_fds: int = 0, env: dict[str, str] | None = None,
          capture_output: bool = False) -> Trace:
    """Run argv under the tracer; the returned Trace yields its events as they happen.

    follow: trace the children too (-f).  trace_set names what to trace as
    -e trace= does: syscall names, classes such as "%file", "/regex", "!name".
    max_strlen: -s.  decode_fds: -y (1) or -yy (2).  env: the program's whole
    environment (default: this process's).  capture_output: the program's standard
    output and error go to Trace.stdout / Trace.stderr instead of ours.

    Raises before anything runs: ValueError for an unknown trace_set entry, TypeError
    for a trace_set that is not strings, FileNotFoundError for a program not found.
    The tracer runs in a thread of its own (ptrace requires the thread that attached
    to do every later request), so the caller may consume events at its own pace.
    Stopping early (break and close(), leaving a with block, the Trace collected)
    kills the program, lets every other traced process go, and waits for the tracer."""
    from .errors import FatalError
    from .session import find_program
    if isinstance(argv, (str, bytes)) or not argv:
        raise TypeError("argv: a non-empty list of strings, such as ['ls', '-l']")
    traced = parse_trace_set(trace_set)   # bad arguments fail here, before anything runs
    try:
        program = find_program(argv[0])
    except FatalError as e:
        raise FileNotFoundError(str(e)) from None
    return Trace(_Tracer(program, list(argv), follow, traced, max_strlen, decode_fds, env,
                         capture_output))


class _Tracer:
    """The tracer's thread and what it shares with the consumer.  The thread refers to
    this object only, so that a Trace nobody holds any more is collected (and closed)."""

    def __init__(self, program: str, argv: list[str], follow: bool, traced, max_strlen: int,
                 decode_fds: int, env: dict[str, str] | None, capture_output: bool):
        self._launched = threading.Event()
        self._stopping = threading.Event()     # the consumer left: the tracer must not wait
        self._engine = None
        self._failure: list[BaseException] = []
        self._captured: dict[int, list[bytes]] = {}
        self._readers: list[threading.Thread] = []
        self._queue: queue.Queue = queue.Queue(maxsize=10000)
        self._ended = False
        stdio = None
        if capture_output:
            stdio = (-1,) + tuple(self._capture(i) for i in (1, 2))
        envp = None if env is None else \
            [os.fsencode(k) + b"=" + os.fsencode(v) for k, v in env.items()]
        self._worker = threading.Thread(
            target=self._run, name="syscope-tracer", daemon=True,
            args=(program, argv, follow, traced, max_strlen, decode_fds, envp, stdio))
        self._worker.start()

    # -- the program ---------------------------------------------------------------------
    @property
    def pid(self) -> int:
        self._launched.wait()
        if self._engine is None:
            raise self._failure[0] if self._failure else \
                RuntimeError("the program was not started")
        return self._engine.child_pid

    def stop(self, sig: int = _signal.SIGKILL) -> None:
        """Send sig to the program; the trace goes on to see what it does with it."""
        self._launched.wait()
        if self._engine is not None:
            try:
                os.kill(self._engine.child_pid, sig)
            except OSError:
                pass

    def interrupt(self) -> None:
        """The tracer's cleanup, as on Ctrl-C: the program killed, the others let go."""
        self._launched.wait()
        engine = self._engine
        if engine is not None:
            engine.interrupted = _signal.SIGKILL
            try:      # also wakes a loop waiting for stops
                os.kill(engine.child_pid, _signal.SIGKILL)
            except OSError:
                pass

    @property
    def exit_status(self) -> int | None:
        return self._engine.exit_status if self._engine is not None else None

    @property
    def exit_signal(self) -> str | None:
        from .abi import signal_name
        sig = self._engine.exit_signal if self._engine is not None else None
        return signal_name(sig) if sig else None

    # -- iteration -----------------------------------------------------------------------
    def next(self) -> Event:
        if self._ended:
            raise StopIteration
        item = self._queue.get()
        if item is _DONE:
            self._ended = True
            self._worker.join()
            if self._failure:
                raise self._failure[0]
            raise StopIteration
        return item

    def close(self) -> None:
        """Kill the program if it still runs, wait for the tracer to finish and for the
        program to be gone (the tracer lets it go to die; it is our child to reap)."""
        if self._worker.is_alive():
            self._stopping.set()
            self.interrupt()
            self._worker.join()
            if self._engine is not None:
                try:
                    os.waitpid(self._engine.child_pid, 0)
                except ChildProcessError:   # the tracer saw its end and reaped it
                    pass
        self._ended = True

    # -- inside --------------------------------------------------------------------------
    def _capture(self, fd: int) -> int:
        """A pipe for the program's descriptor fd, drained by a thread (a full pipe
        would stop the program); returns the end the program writes to."""
        r, w = os.pipe()
        chunks = self._captured[fd] = []

        def drain():
            with open(r, "rb", buffering=0) as f:
                while True:
                    data = f.read(65536)
                    if not data:
                        return
                    chunks.append(data)
        t = threading.Thread(target=drain, name="syscope-capture-%d" % fd, daemon=True)
        t.start()
        self._readers.append(t)
        return w

    def output(self, fd: int) -> bytes | None:
        if fd not in self._captured:
            return None
        for t in self._readers:
            t.join()
        return b"".join(self._captured[fd])

    def _put(self, item) -> None:
        while not self._stopping.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def _run(self, program, argv, follow, traced, max_strlen, decode_fds, envp, stdio):
        """The tracer's thread: launch, trace, hand every event to the queue."""
        import time
        from .engine.tracer import Engine, EngineOptions
        from .output.jsonl import EventSink
        from .session import make_env
        try:
            opts = EngineOptions(follow=follow, decode=DecodeOptions(
                max_strlen=max_strlen, decode_fds=decode_fds), traced=traced)
            sink = EventSink(self._put, clock=lambda: "%.6f" % time.time())
            engine = Engine(opts, sink, messages=lambda text: None)
            try:
                engine.launch(os.fsencode(program), [os.fsencode(a) for a in argv],
                              make_env([]) if envp is None else envp, stdio=stdio)
            finally:
                for w in (stdio or ())[1:]:
                    os.close(w)      # the program holds them now
            self._engine = engine
            self._launched.set()
            if self._stopping.is_set():
                engine.interrupted = _signal.SIGKILL
            engine.run()
        except BaseException as e:  # handed to the consumer
            self._failure.append(e)
        finally:
            self._launched.set()
            self._put(_DONE)


_DONE = object()    # the end of a trace's events


class Trace:
    """A live trace: iterate it for events (model objects, in the order they happened).

    pid          the program's process id (waits until it is started)
    stop(sig)    sends the program SIGKILL, or the signal given; the events of its
                 end still come, then the iteration ends
    close()      kills the program if it still runs, lets every other traced process
                 go and waits for the tracer (as leaving a with block does)
    exit_status  the program's exit code, once the iteration has ended (None if a
                 signal killed it; then exit_signal names the signal: "SIGKILL")
    stdout, stderr  what the program wrote there (bytes), with capture_output=True,
                 once the iteration has ended and every process that held them did"""

    def __init__(self, tracer: _Tracer):
        self._tracer = tracer

    @property
    def pid(self) -> int:
        return self._tracer.pid

    def stop(self, sig: int = _signal.SIGKILL) -> None:
        """Send sig (a number, such as signal.SIGTERM) to the program; the events of
        what it does with it still come (its exit, 'killed by'), and the iteration ends
        when every traced process has ended.  close() ends everything at once."""
        self._tracer.stop(sig)

    @property
    def exit_status(self) -> int | None:
        return self._tracer.exit_status

    @property
    def exit_signal(self) -> str | None:
        return self._tracer.exit_signal

    @property
    def stdout(self) -> bytes | None:
        return self._tracer.output(1)

    @property
    def stderr(self) -> bytes | None:
        return self._tracer.output(2)

    def __iter__(self) -> Iterator[Event]:
        return self

    def __next__(self) -> Event:
        return self._tracer.next()

    def close(self) -> None:
        self._tracer.close()

    def __enter__(self) -> Trace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self._tracer.close()
        except Exception:
            pass


SCHEMAS = ("events", "why", "summary", "diff", "tree")


def json_schema(name: str) -> dict:
    """The JSON Schema (draft 2020-12) of an output: "events" (--json, read --json, the
    events' to_dict()), "why", "summary", "diff", "tree" (their --json)."""
    import json
    from importlib.resources import files
    if name not in SCHEMAS:
        raise ValueError("json_schema: one of %s" % ", ".join(SCHEMAS))
    return json.loads(files("syscope").joinpath("data").joinpath(name + ".schema.json").read_text())


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
