"""The summary's inventory (analyze/inventory.py) as the report's tables: a title, column
names and rows of plain values; a column named 'line' links to the event."""
from __future__ import annotations

ROWS = 500   # rows per table in the page; the note says how many more there were


def _exit(c: dict) -> str:
    if c.get("error"):
        return "exec failed: %s" % c["error"]
    if c.get("signal"):
        return "killed by %s" % c["signal"]
    return "" if c.get("exit_code") is None else "exit %d" % c["exit_code"]


def _secs(x) -> str:
    if x is None:
        return ""
    from ..analyze.clock import human_duration
    return human_duration(x)


def _table(title: str, columns: list[str], rows: list[list]) -> dict:
    note = "the first %d of %d" % (ROWS, len(rows)) if len(rows) > ROWS else ""
    return {"title": title, "columns": columns, "rows": rows[:ROWS], "note": note}


def _file_row(f: dict) -> list:
    what = [k for k in ("opened", "created", "written", "deleted", "missing", "denied") if f[k]]
    errors = ", ".join("%s %d" % kv for kv in f["errors"].items())
    moved = "%d / %d" % (f["bytes_read"], f["bytes_written"]) \
        if f["bytes_read"] or f["bytes_written"] else ""
    return [f["path"], " ".join(what), errors, moved, ", ".join(f["processes"]),
            f["first_line"]]


def summary_tables(inv: dict) -> list[dict]:
    tables = []
    files = [f for f in inv["files"] if f["missing"] or f["denied"]]
    if files:
        tables.append(_table("Files missing or denied", ["path", "as", "errors",
                                                         "bytes read / written", "processes",
                                                         "line"],
                             [_file_row(f) for f in files]))
    files = [f for f in inv["files"] if not (f["missing"] or f["denied"])]
    if files:
        tables.append(_table("Files", ["path", "as", "errors", "bytes read / written",
                                       "processes", "line"], [_file_row(f) for f in files]))
    net = inv["network"]
    for title, conns in (("Connections", net["connections"]), ("Listeners", net["listeners"])):
        if conns:
            tables.append(_table(title, ["pid", "address", "result", "bytes sent / received",
                                         "line"],
                                 [[c["pid"], c["address"] or "", c["result"] or "",
                                   "%d / %d" % (c["bytes_sent"], c["bytes_received"]),
                                   c["line"]] for c in conns]))
    if inv["commands"]:
        tables.append(_table("Commands executed", ["pid", "command", "cwd", "parent", "exit",
                                                   "duration", "line"],
                             [[c["pid"], " ".join(c["argv"] or []), c.get("cwd") or "",
                               c["parent"] or "", _exit(c), _secs(c["duration"]), c["line"]]
                              for c in inv["commands"]]))
    slowest = inv["latency"]["slowest"]
    if slowest:
        tables.append(_table("Slowest calls", ["duration", "pid", "call", "line"],
                             [[_secs(s["duration"]), s["pid"], s["call"], s["line"]]
                              for s in slowest]))
    dirs = inv["directories"]
    if dirs:
        tables.append(_table("Directories searched", ["path", "lookups", "missing", "listed"],
                             [[d["path"], d["lookups"], d["misses"], d["listed"]]
                              for d in dirs]))
    return tables
