"""Text that came from a tracee or a log, made safe to print.

A traced program chooses its file names, messages and socket data; a log can contain
anything.  Printed raw, such text could move the cursor, change colours or retitle the
terminal (escape sequences), or forge lines of the report (a newline in a file name).
Everything the why report prints from a trace goes through `printable`, which writes
control characters, DEL, C1 controls and undecodable bytes as strace-style escapes.
(A backslash stays as it is: call text is strace's own, already escaped, and a
backslash can neither act on a terminal nor start a line.)"""
from __future__ import annotations

import re

NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\v": "\\v", "\f": "\\f"}
# C0 controls, DEL, C1 controls, undecodable bytes kept as surrogates, and the Unicode
# line/paragraph separators and bidirectional overrides that reorder what is shown
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\udc80-\udcff\u2028\u2029\u202a-\u202e"
                    "\u2066-\u2069]")


def _escape(m: re.Match) -> str:
    c = m.group(0)
    if c in NAMED:
        return NAMED[c]
    n = ord(c)
    if 0xdc80 <= n <= 0xdcff:          # a byte that was not UTF-8 (surrogateescape)
        return "\\x%02x" % (n - 0xdc00)
    if n < 0x100:
        return "\\x%02x" % n
    return "\\u%04x" % n


def printable(text) -> str:
    """One line of safe text: nothing in it acts on a terminal or starts a new line."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    return UNSAFE.sub(_escape, text)


def escaped(value):
    """A JSON-like tree with every string made printable (keys too)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(k): escaped(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [escaped(v) for v in value]
    return value
