"""An event as its JSON object (docs/json-schema.md; the schema is
data/events.schema.json).  The keys are the events' attribute names (model.py)."""
from __future__ import annotations

from .abi import SYSCALL_NUMBERS

SCHEMA_VERSION = 1


def event_dict(ev) -> dict:
    """The event's JSON object; its keys are the event's attribute names (model.py)."""
    kind = ev.kind
    if kind == "syscall":
        return {"v": SCHEMA_VERSION, "type": "syscall", "pid": ev.pid or None, "time": ev.time,
                "ts": ev.ts, "name": ev.name, "nr": SYSCALL_NUMBERS.get(ev.name),
                "args": [dict(a) for a in ev.args], "args_text": ev.args_text,
                "ret": ev.rval, "ret_text": ev.ret_text, "errno": ev.errno, "error": ev.error,
                "duration": ev.duration, "unfinished": ev.unfinished, "resumed": ev.resumed,
                "line": ev.line or None}
    if kind == "signal":
        return {"v": SCHEMA_VERSION, "type": "signal", "pid": ev.pid or None, "time": ev.time,
                "ts": ev.ts, "signal": ev.signal, "stopped": ev.stopped,
                "info_text": ev.info_text, "info": signal_info(ev.info_text),
                "line": ev.line or None}
    if kind == "exit":
        return {"v": SCHEMA_VERSION, "type": "exit", "pid": ev.pid or None, "time": ev.time,
                "ts": ev.ts, "code": ev.code, "signal": ev.signal, "core_dumped": ev.core,
                "line": ev.line or None}
    if kind == "message":
        return {"v": SCHEMA_VERSION, "type": "message", "pid": ev.pid, "text": ev.text,
                "line": ev.line or None}
    if kind == "unparsed":
        return {"v": SCHEMA_VERSION, "type": "unparsed", "text": ev.text, "line": ev.line,
                "reason": ev.reason}
    raise TypeError(type(ev))


def signal_info(text):
    """{si_signo=SIGCHLD, si_pid=5, ...} -> {"si_signo": "SIGCHLD", "si_pid": 5, ...}."""
    if not text:
        return None
    from .logread.args import parse_value
    node = parse_value(text)
    return {k: v.get("value", v.get("text")) for k, v in node.get("fields", {}).items()
            if k != "_"}   # '_' holds the items without a name, a list
