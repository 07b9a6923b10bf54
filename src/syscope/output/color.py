"""Colour on a terminal: when to use it, and the strace text painted line by line.

--color=auto (the default) colours only when the output is a terminal, NO_COLOR is
unset or empty (no-color.org) and TERM is not 'dumb'; always and never do what they
say.  Without colour nothing here runs, so strace's text is untouched byte for byte."""
from __future__ import annotations

import os
import re

WHEN = ("auto", "always", "never")

RESET = "\x1b[0m"
# what each kind of text looks like (SGR parameters)
STYLES = {"error": "31", "restart": "33", "signal": "35", "exit_ok": "32", "exit_bad": "1;31",
          "heading": "1", "bad_heading": "1;31", "dim": "2"}


class ColorError(ValueError):
    """--color's argument is none of auto, always, never."""


def check_when(when: str | None) -> str:
    """--color and --color=WHEN (no argument means always, as ls and grep take it)."""
    if when is None or when == "":
        return "always"
    if when not in WHEN:
        raise ColorError("invalid --color argument: '%s' (auto, always or never)" % when)
    return when


def wanted(when: str, fd: int) -> bool:
    """Should output to descriptor fd be coloured?"""
    if when != "auto":
        return when == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return fd >= 0 and os.isatty(fd)
    except OSError:
        return False


def paint(style: str, text: str) -> str:
    return "\x1b[%sm%s%s" % (STYLES[style], text, RESET)


# -- strace's lines -------------------------------------------------------------------------

# what may precede a line's body: [pid N] or 'N ' (-o with -f), -t/-tt/-ttt, -r, -n
LEADER = r"(?:\[pid +\d+\] |\d+ +)?(?:\d[\d:.]* )?(?:\(\+ *[\d.]+\) | *[\d.]+ )?(?:\[ *\d+\] )?"
PATTERNS = {
    "signal": LEADER + r"(--- (?:SIG|stopped by ).*---)$",
    "exit": LEADER + r"(\+\+\+ (exited with (\d+)|killed by|superseded by).* \+\+\+)$",
    # the return of a failed call, at the end of its line (with -T's <duration> after it)
    "error": r"= (-1|\?) (E[A-Z0-9_]+)(?: \([^()]*\))?(?: <[\d.]+>)?$",
}
_compiled: dict = {}     # compiled on first use: a trace without colour never pays


def _re(name: str):
    if not _compiled:
        _compiled.update((k, re.compile(v)) for k, v in PATTERNS.items())
    return _compiled[name]


def line_style(line: str) -> tuple[int, str] | None:
    """(where the coloured part of a line starts, its style), or None for plain."""
    if line.endswith("---"):
        m = _re("signal").match(line)
        if m:
            return m.start(1), "signal"
    elif line.endswith("+++"):
        m = _re("exit").match(line)
        if m:
            ok = m.group(3) == "0" or m.group(2).startswith("superseded")
            return m.start(1), "exit_ok" if ok else "exit_bad"
    else:
        m = _re("error").search(line)
        if m:
            return m.start(), "restart" if m.group(2).startswith("ERESTART") else "error"
    return None


class ColorLines:
    """A text file wrapper that paints strace's lines as they pass.

    A line may reach it in pieces (a call whose return is still awaited is shown at
    once, as strace shows it): what came is written at once, and the colour starts
    where the line's coloured part starts once the line is complete.  The compiled
    renderer writes to descriptors, past this wrapper: it stays off (rewrites_text)."""

    rewrites_text = True

    def __init__(self, inner):
        self.inner = inner
        self.open = ""          # the part of the current line already written

    def write(self, s: str) -> None:
        if not s:
            return
        out = []
        start = 0
        while True:
            nl = s.find("\n", start)
            if nl < 0:
                break
            piece = s[start:nl]
            line = self.open + piece
            style = line_style(line)
            done = len(self.open)
            if style is None:
                out.append(piece)
            else:
                at = max(style[0], done)
                out.append(line[done:at] + paint(style[1], line[at:]))
            out.append("\n")
            self.open = ""
            start = nl + 1
        if start < len(s):
            tail = s[start:]
            out.append(tail)
            self.open += tail
        self.inner.write("".join(out))

    def flush(self) -> None:
        self.inner.flush()

    def fileno(self) -> int:
        return self.inner.fileno()

    def close(self) -> None:
        self.inner.close()

    def __getattr__(self, name):
        return getattr(self.inner, name)


class _Encoded:
    """Text written back as the bytes it was decoded from."""

    def __init__(self, buffer):
        self.buffer = buffer

    def write(self, s: str) -> None:
        self.buffer.write(s.encode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        self.buffer.flush()


class ColorBytes:
    """ColorLines for a binary stream (a log copied through as it is): every byte that
    is not colour is the log's own."""

    def __init__(self, buffer):
        self.lines = ColorLines(_Encoded(buffer))

    def write(self, b: bytes) -> None:
        self.lines.write(b.decode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        self.lines.flush()


# -- reports -------------------------------------------------------------------------------

PATTERNS["failure"] = r"killed by SIG\w+(?: \(core dumped\))?|exec failed: \w+"


def paint_report(text: str, bad_headings: tuple = ()) -> str:
    """A text report's headings (lines at the margin) in bold, those naming trouble in
    red, and 'killed by SIGx' / 'exec failed: E' where they appear."""
    out = []
    for line in text.split("\n"):
        if line and not line.startswith(" "):
            line = paint("bad_heading" if line.startswith(bad_headings) else "heading", line)
        elif "killed by" in line or "exec failed" in line:
            line = _re("failure").sub(lambda m: paint("error", m.group()), line)
        out.append(line)
    return "\n".join(out)
