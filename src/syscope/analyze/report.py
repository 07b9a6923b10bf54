"""The why report as text a person reads in ten seconds."""
from __future__ import annotations

import textwrap


def render(result: dict, limit: int = 3) -> str:
    out = ["syscope why: " + result["verdict"], ""]
    findings = result["findings"]
    if findings:
        f = findings[0]
        out.append("Evidence")
        where = "line %s" % f["line"] if f["line"] else "at %s" % _clock(f.get("time"))
        out.append("  %s, pid %s: %s" % (where, f["pid"] or "-", _cut(f["text"], 160)))
        if f["path"]:
            out.append("  path: %s" % f["path"] + ("   (cwd %s)" % f["cwd"] if f["cwd"] else ""))
        if f["address"]:
            out.append("  address: %s" % f["address"])
        if f.get("note") and f["note"] != "signal":
            out.append("  note: %s" % f["note"])
        if f["process"]:
            out.append("  process: %s" % f["process"])
        for m in result.get("messages", [])[:2]:
            src = " (received from %s)" % m["via"] if m["via"] else ""
            out.append("  message%s: line %s, pid %s: %r" % (src, m["line"] or "-", m["pid"] or
                                                             "-", _cut(m["text"].strip(), 100)))
        ex = result.get("exit")
        if ex and (ex["code"] is not None or ex["signal"]):
            end = "killed by %s" % ex["signal"] if ex["signal"] else "exit status %s" % ex["code"]
            out.append("  %s: %s" % ("program", end))
        out.append("")
        out.append("What it means")
        out += ["  " + ln for ln in textwrap.wrap(f["explanation"], 88)]
        if f["fix"]:
            out.append("")
            out.append("Usual fixes")
            for fx in f["fix"]:
                out += textwrap.wrap(fx, 88, initial_indent="  - ", subsequent_indent="    ")
    others = findings[1:limit]
    if others:
        out.append("")
        out.append("Other failures that may matter")
        for f in others:
            where = "line %s" % f["line"] if f["line"] else "pid %s" % f["pid"]
            out.append("  %d. %s: %s" % (f["rank"], where, _cut(f["text"], 150)))
    return "\n".join(out) + "\n"


def _clock(t) -> str:
    """A live trace's Unix time as the time of day; a log's timestamp as printed."""
    try:
        import time
        sec = float(t)
        if sec > 1e9:
            return time.strftime("%H:%M:%S", time.localtime(sec)) + (".%06d" % (
                (sec % 1) * 1e6))
    except (TypeError, ValueError):
        pass
    return t or "-"


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n - 3] + "..."
