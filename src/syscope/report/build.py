"""One self-contained HTML file from a stream of events: the why findings, the process
tree, a timeline, summary tables and an event table.  The page needs no network: its
style and script are inline and the trace is embedded as gzip-compressed JSON columns
and binary columns (decompressed by the browser), so that a million events stay a few
tens of megabytes and open in seconds."""
from __future__ import annotations

import base64
import gzip
import json
from array import array
from importlib import resources

from ..analyze.lineage import Lineage

ARGS_LIMIT = 1024    # characters of a call's arguments kept in the table
FAILED, UNFINISHED, SIGNAL, EXIT = 1, 2, 4, 8


class ReportBuilder:
    """feed(ev) for every event, then html()."""

    def __init__(self, title: str, live: bool = False, initial_cwd: str | None = None):
        from ..analyze.inventory import Inventory
        from ..analyze.why import Diagnosis
        self.title = title
        self.live = live
        self.lin = Lineage()
        self.diag = Diagnosis(initial_cwd)
        self.inventory = Inventory(initial_cwd)
        self.names: dict[str, int] = {}
        # numbers in typed arrays: a million events stay tens of megabytes here too
        self.cols: dict = {k: array(code) for k, code in NUMERIC}
        self.cols.update(a=[], r=[])
        self.seen = 0

    def _name(self, name: str) -> int:
        n = self.names.get(name)
        if n is None:
            n = self.names[name] = len(self.names)
        return n

    def feed(self, ev) -> None:
        self.seen += 1
        if self.live and not ev.line and hasattr(ev, "line"):
            ev.line = self.seen      # a live trace has no log: number its events
        self.diag.feed(ev)
        self.inventory.feed(ev)
        task = self.lin.feed(ev)
        if task is None:
            return
        c = self.cols
        kind = ev.kind
        if kind == "syscall":
            args = ev.args_text
            c["n"].append(self._name(ev.name))
            c["a"].append(args if len(args) <= ARGS_LIMIT else args[:ARGS_LIMIT] + "...")
            c["r"].append(ev.ret_text if ev.ret_text is not None else "?")
            c["f"].append((FAILED if ev.failed else 0) |
                          (UNFINISHED if ev.ret_text is None or ev.ret_text == "?" else 0))
            c["d"].append(ev.duration if ev.duration is not None else -1.0)
        elif kind == "signal":
            c["n"].append(self._name(ev.signal))
            c["a"].append(ev.info_text or ("(stopped)" if ev.stopped else ""))
            c["r"].append("")
            c["f"].append(SIGNAL)
            c["d"].append(-1.0)
        else:
            name = "killed by %s" % ev.signal if ev.signal else "exited with %s" % ev.code
            c["n"].append(self._name(name))
            c["a"].append("(core dumped)" if ev.core else "")
            c["r"].append("")
            c["f"].append(EXIT | (FAILED if ev.signal or ev.code else 0))
            c["d"].append(-1.0)
        c["t"].append(self.lin.last_start)
        c["k"].append(task.seq)
        c["l"].append(ev.line)

    def data(self) -> tuple[dict, dict]:
        """(meta, columns): everything but the events as JSON, the events as columns
        in time order (t: start in µs from the first event, d: duration in µs or -1,
        k: task, n: name, a: arguments, r: result, f: flags, l: line)."""
        c = self.cols
        n = len(c["t"])
        origin = min(c["t"]) if n else 0.0
        order = sorted(range(n), key=c["t"].__getitem__)   # stable: ties keep the log's order

        def us(x: float) -> float:
            return round((x - origin) * 1e6, 3)

        t, d = c["t"], c["d"]
        ev = {"t": array("d", [us(t[i]) for i in order]),
              "d": array("d", [round(d[i] * 1e6, 3) if d[i] >= 0 else -1.0 for i in order])}
        for k in "knarfl":
            col = c[k]
            ev[k] = [col[i] for i in order]
        tasks = []
        for t in self.lin.tasks:
            tasks.append({"tid": t.tid, "tgid": t.tgid, "thread": t.thread,
                          "parent": t.parent.seq if t.parent is not None else -1,
                          "argv": t.argv, "exe": t.exe, "start": us(t.start), "end": us(t.end),
                          "status": t.status, "bad": t.bad, "calls": t.calls,
                          "failed": t.failed, "line": t.first_line,
                          "execs": [[us(x), argv, line] for x, argv, line in t.execs]})
        why = self.diag.conclude()
        from .tables import summary_tables
        meta = {"v": 1, "title": self.title, "clock": self.lin.clock.kind or "none",
                "origin": origin, "tasks": tasks, "names": list(self.names),
                "why": {"verdict": why.get("verdict"), "findings": why.get("findings", []),
                        "exit": why.get("exit")},
                "tables": summary_tables(self.inventory.result())}
        return meta, ev

    def html(self) -> str:
        return render_page(self.title, pack(*self.data()))


# the columns as binary arrays, in this order (the page reads them back in the same one)
NUMERIC = (("t", "d"), ("d", "d"), ("k", "i"), ("n", "i"), ("l", "i"), ("f", "B"))


def pack(meta: dict, ev: dict) -> str:
    """SYSCOPE1, the length of the JSON meta, the meta, padding to 8 bytes, the numeric
    columns (little-endian), then the strings of a and r joined by newlines (strace
    never prints a raw newline in a line); gzip-compressed, base64-encoded."""
    import struct
    import sys
    n = len(ev["t"])
    texts = []
    for k in "ar":
        text = "\n".join(ev[k])
        if text.count("\n") != max(n - 1, 0):   # a raw newline in a string: escape it
            text = "\n".join(x.replace("\n", "\\n") for x in ev[k])
        texts.append(text.encode("utf-8", "surrogateescape"))
    meta = dict(meta, events=n, text_bytes=[len(x) for x in texts])
    head = json.dumps(meta, separators=(",", ":"), ensure_ascii=False).encode("utf-8",
                                                                                "surrogateescape")
    parts = [b"SYSCOPE1", struct.pack("<I", len(head)), head]
    parts.append(b"\0" * (-(12 + len(head)) % 8))
    for key, code in NUMERIC:
        col = array(code, ev[key])
        if sys.byteorder != "little":
            col.byteswap()
        parts.append(col.tobytes())
    parts += texts
    raw = b"".join(parts)
    return base64.b64encode(gzip.compress(raw, compresslevel=6)).decode("ascii")


def asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_page(title: str, packed: str) -> str:
    from html import escape
    page = asset("page.html")
    # each placeholder is replaced once, in this order, so that no inserted text is rescanned
    head, rest = page.split("{{CSS}}", 1)
    mid, tail = rest.split("{{DATA}}", 1)
    js_head, js_tail = tail.split("{{JS}}", 1)
    head = head.replace("{{TITLE}}", escape(title))
    mid = mid.replace("{{TITLE}}", escape(title))
    return "".join((head, asset("report.css"), mid, packed, js_head,
                    asset("report.js"), js_tail))
