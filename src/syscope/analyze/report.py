"""The why report as text a person reads in ten seconds.

Every string of the result came from a trace (paths, messages, call text) or is built
around such strings, so the whole result is made printable first (untrusted.escaped):
nothing a tracee wrote can reach the terminal raw or start a line of the report."""
from __future__ import annotations

import textwrap

from .untrusted import escaped

# the report's own styles; applied after the trace's text was escaped, so every escape
# sequence in the output is one of these
STYLE = {"verdict": "\x1b[1m", "heading": "\x1b[1;4m", "call": "\x1b[33m", "fix": "\x1b[32m"}
RESET = "\x1b[0m"


def render(result: dict, limit: int = 3, color: bool = False) -> str:
    result = escaped(result)
    paint = (lambda style, text: STYLE[style] + text + RESET) if color else \
        (lambda style, text: text)
    out = [paint("verdict", "syscope why: " + result["verdict"]), ""]
    findings = result["findings"]
    if findings:
        f = findings[0]
        out.append(paint("heading", "Evidence"))
        out.append("  %s: %s" % (_origin(f.get("line"), f.get("pid"), f.get("time")),
                                 paint("call", _cut(f["text"], 160))))
        if f["path"]:
            out.append("  path: %s" % f["path"] + ("   (cwd %s)" % f["cwd"] if f["cwd"] else ""))
        if f["address"]:
            out.append("  address: %s" % f["address"])
        if f.get("waits_on") and f["waits_on"] not in (f["path"], f["address"]):
            out.append("  waiting on: %s" % f["waits_on"])
        if f.get("waited") is not None:
            out.append("  waited: %.1f s" % f["waited"])
        if f.get("dns"):
            d = f["dns"]
            out.append("  DNS: %s %s -> %s (server %s)" % (d["name"], d["type"], d["rcode"],
                                                         d["server"]))
        if f.get("searched"):
            out.append("  searched: %s" % ", ".join(f["searched"][:10]))
        for e in (f.get("evidence") or [])[:4]:
            if e["text"] != f["text"]:
                out.append("  %s: %s" % (_where(e), _cut(e["text"], 150)))
        if f.get("note") and f["note"] not in ("signal",) and f["kind"] != "dns":
            out.append("  note: %s" % f["note"])
        if f["process"]:
            out.append("  process: %s" % f["process"])
        for m in _quoted_first(result.get("messages", []), result["verdict"])[:2]:
            src = " (received from %s)" % m["via"] if m["via"] else ""
            out.append('  message%s: %s: "%s"' % (src, _origin(m["line"], m["pid"], None),
                                                    _cut(m["text"].strip(), 100)))
        ex = result.get("exit")
        if ex and (ex["code"] is not None or ex["signal"]):
            end = "killed by %s" % ex["signal"] if ex["signal"] else "exit status %s" % ex["code"]
            out.append("  %s: %s" % ("program", end))
        if f.get("consequences"):
            out.append("  consequences of it:")
            for e in f["consequences"][:3]:
                out.append("    %s: %s" % (_where(e), _cut(e["text"], 140)))
        out.append("")
        out.append(paint("heading", "What it means"))
        out += ["  " + ln for ln in textwrap.wrap(f["explanation"], 88)]
        if f["fix"]:
            out.append("")
            out.append(paint("heading", "Usual fixes"))
            for fx in f["fix"]:
                out += [paint("fix", ln) for ln in textwrap.wrap(
                    fx, 88, initial_indent="  - ", subsequent_indent="    ")]
    others = findings[1:limit]
    if others:
        out.append("")
        out.append(paint("heading", "Other failures that may matter"))
        for f in others:
            out.append("  %d. %s: %s" % (f["rank"], _origin(f["line"], f["pid"], f.get("time")),
                                         _cut(f["text"], 150)))
    if result.get("starts_mid"):
        out.append("")
        out.append("The trace begins in the middle: its first lines resume calls whose start "
                   "is not in it (attached with -p, or the log's beginning is cut).")
    if result.get("partial"):
        out.append("")
        out.append("The trace is partial: the program's exit is not in it.")
    return "\n".join(out) + "\n"


def _quoted_first(messages: list, verdict: str) -> list:
    """The message the verdict quotes first, then the others in order."""
    quoted = [m for m in messages if m["text"].strip() and
              '"%s' % m["text"].strip()[:40] in verdict]
    return quoted[:1] + [m for m in messages if m not in quoted[:1]]


def _where(item: dict) -> str:
    return _origin(item.get("line"), None, item.get("time"))


def _origin(line, pid, time) -> str:
    """Where a line of evidence comes from, from what is known of it (a log line, a
    time, a pid); never a placeholder."""
    parts = ["line %s" % line] if line else (["at %s" % _clock(time)] if time else [])
    if pid:
        parts.append("pid %s" % pid)
    return ", ".join(parts) or "in the trace"


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
