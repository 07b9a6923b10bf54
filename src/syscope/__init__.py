"""syscope: a Linux system-call tracer with strace's command line and output.

The Python API (docs/api.md):

    syscope.read(*paths)            events of recorded strace logs
    syscope.trace(argv, ...)        a live trace of a program: a Trace, iterable
    syscope.json_schema(name)       the JSON Schema of an output ("events", "why", ...)
    syscope.LogError                a log that cannot be opened or read
    syscope.TraceError              the program cannot be started or traced

Nothing heavy is imported here: the command's start-up imports this package too."""
from __future__ import annotations

TYPE_CHECKING = False      # typing itself costs the command's start-up milliseconds
if TYPE_CHECKING:
    import os
    from typing import Iterable, Iterator, Sequence

    from .api import Trace
    from .engine.tracer import TraceError
    from .logread.reader import LogError
    from .model import Event, Exit, Message, Signal, Syscall, Unparsed

__version__ = "0.1.0"
__all__ = ["read", "trace", "json_schema", "Trace", "LogError", "TraceError", "Event", "Syscall", "Signal",
           "Exit", "Message", "Unparsed", "__version__"]

# name -> module that defines it, imported on first use
_LAZY = {"Trace": "api", "LogError": "logread.reader", "TraceError": "engine.tracer",
         "Event": "model", "Syscall": "model", "Signal": "model", "Exit": "model",
         "Message": "model", "Unparsed": "model"}


def read(*paths: str | os.PathLike[str]) -> Iterator[Event]:
    """Events of recorded strace logs; see syscope.api.read."""
    from .api import read as _read
    return _read(*paths)


def trace(argv: Sequence[str], follow: bool = True,
          trace_set: str | Iterable[str] | None = None, max_strlen: int = 32,
          decode_fds: int = 0, env: dict[str, str] | None = None,
          capture_output: bool = False) -> Trace:
    """A live trace of argv; see syscope.api.trace."""
    from .api import trace as _trace
    return _trace(argv, follow=follow, trace_set=trace_set, max_strlen=max_strlen,
                  decode_fds=decode_fds, env=env, capture_output=capture_output)


def json_schema(name: str) -> dict:
    """The JSON Schema of an output; see syscope.api.json_schema."""
    from .api import json_schema as _json_schema
    return _json_schema(name)


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module("." + _LAZY[name], __name__), name)
    raise AttributeError("module 'syscope' has no attribute %r" % name)
