"""The compiled log parser (_logparse.c), set up with the Python types and functions it
fills in and falls back on.

    parser()   the module, or None when it is not built or SYSCOPE_NO_LOGPARSE=1

It implements the grammar of args.py and parse.py for ASCII text and hands anything
else back to them, so events, argument trees and JSON are the same with or without it
(tests/test_logparse.py holds the two side by side)."""
from __future__ import annotations

from dataclasses import MISSING, fields

# the Syscall fields that the C parser fills in, in the order it expects them
FILLED = ("pid", "name", "args_text", "ret_text", "rval", "errno", "error", "time",
          "duration", "line", "source")
RECORD_FIELDS = ("kind", "pid", "leader", "lineno", "name", "args", "ret", "dur", "extra",
                 "number", "core", "ts", "raw")

_state: list = []   # [module or None], once set up


def parser():
    if not _state:
        _state.append(_setup())
    return _state[0]


def _setup():
    from . import args
    c = args.compiled()
    if c is None:
        return None
    from ..abi import SYSCALL_NUMBERS
    from ..model import Syscall
    from .parse import Record, parse_line
    if tuple(f.name for f in fields(Record)) != RECORD_FIELDS:
        return None   # the C side builds records positionally
    slots = tuple(Syscall.__dict__[name] for name in FILLED)
    rest = []
    for f in fields(Syscall):
        if f.name in FILLED:
            continue
        if f.default is MISSING:
            return None   # a field it cannot fill in: the Python parser does
        rest.append((Syscall.__dict__[f.name], f.default))
    c.setup_events(Syscall, slots, tuple(rest), Record, parse_line, SYSCALL_NUMBERS)
    return c
