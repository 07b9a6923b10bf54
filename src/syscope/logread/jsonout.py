"""syscope read --json: every event of the logs as a JSON Lines object.

With the compiled parser, runs of returned calls (most lines) go from the log's bytes to
JSON text in C; the other lines (entries, resumes, signals, exits, anything not ASCII)
are joined into events in Python, as events() does, and written by output/jsonl.py.
The output is the same either way."""
from __future__ import annotations

from ..model import Syscall
from .compiled import parser
from .reader import Joiner, chunks, events

BATCH = 256   # events per write: one write per line costs a syscall


def ascii_writer(out):
    """A write function for ASCII bytes into out: its binary stream when it has one
    (what it holds as text is flushed first; the text layer adds a copy per write)."""
    raw = getattr(out, "buffer", None)
    if raw is None:
        return lambda data: out.write(data.decode("ascii"))
    out.flush()
    return raw.write


def write_events(logs: list[str], out, names=None, statuses=None,
                 compiled: bool = True) -> int:
    """Writes the events that pass the -e trace= names and -e status= statuses (None:
    all); returns the number of lines not understood.  out is flushed at the end."""
    from ..eventjson import event_dict
    from ..output.jsonl import dumps
    fast = parser() if compiled else None
    if fast is None:
        def line(ev) -> bytes:
            return (dumps(ev) + "\n").encode("ascii")   # JSON's ensure_ascii text
    else:   # the same text from C (tests/test_logparse.py, test_jsonout.py)
        def line(ev, encode=fast.dumps, syscall=fast.syscall_json) -> bytes:
            if ev.kind == "syscall":
                data = syscall(ev)
                if data is not None:
                    return data
            return (encode(event_dict(ev)) + "\n").encode("ascii")
    write = ascii_writer(out)
    pending: list[bytes] = []
    n_unparsed = 0

    def flush_pending() -> None:
        write(b"".join(pending))
        pending.clear()

    def emit(ev) -> None:
        nonlocal n_unparsed
        if ev.kind == "syscall":
            if names is not None and ev.name not in names:
                return
            if statuses is not None:
                st = "unfinished" if ev.ret_text is None else \
                    ("failed" if ev.failed else "successful")
                if st not in statuses:
                    return
        n_unparsed += ev.kind == "unparsed"
        pending.append(line(ev))
        if len(pending) >= BATCH:
            flush_pending()

    if fast is None:
        for ev in events(logs, compiled=False):
            emit(ev)
    else:
        join = Joiner()
        json_calls, items = fast.json_calls, fast.items
        lineno = 0
        for path, pid, block, first in chunks(logs):
            if first is not None:
                lineno = first
            pos, end = 0, len(block)
            while pos < end:
                data, at, lineno = json_calls(block, pos, lineno, pid, join.alias,
                                              names, statuses)
                if data:
                    if pending:
                        flush_pending()
                    write(data)
                if at == pos:   # a line that is not a returned call: one event path
                    batch, at, lineno = items(block, pos, lineno, pid, path, 1)
                    for item in batch:
                        if item.__class__ is Syscall:
                            if not item.pid and join.alias:
                                item.pid = join.alias
                            emit(item)
                        else:
                            for ev in join.feed(path, item):
                                emit(ev)
                pos = at
        for ev in join.finish():
            emit(ev)
    if pending:
        flush_pending()
    out.flush()
    return n_unparsed
