"""syscope read with no option that changes a line: the log is its own output.

Blocks of whole lines are copied as they are read; only the lines that do not look
like a returned or unfinished call are parsed, to count those not understood."""
from __future__ import annotations

import re

from .parse import LEADER_RE, parse_line
from .reader import blocks, expand_paths

NAME = rb"[a-z_][a-z0-9_]*"
RETURNED = rb"\) += (?:\?|-?\d)[^\n]*"
# a line that starts like a call and ends like one: certainly understood
PLAIN_CALL = re.compile(
    rb"\n(?!" + LEADER_RE.pattern.encode() +
    rb"(?:" + NAME + rb"\([^\n]*(?:" + RETURNED + rb"| <unfinished \.\.\.>)"
    rb"|<\.\.\. " + NAME + rb" resumed>[^\n]*" + RETURNED + rb")\n)(?P<line>[^\n]*)")


def copy(paths: list[str], out) -> int:
    """Writes the logs to the binary stream out; returns the number of lines that
    are not strace output."""
    unparsed = 0
    for path, pid in expand_paths(paths):
        for block in blocks(path):
            out.write(block)
            out.flush()
            unparsed += count_unparsed(block, pid)
    return unparsed


def count_unparsed(block: bytes, pid: int) -> int:
    n, end = 0, len(block)   # where the block's own last newline is, behind the one added
    for m in PLAIN_CALL.finditer(b"\n" + block):
        if m.start() == end:
            break
        line = m.group("line").decode("utf-8", "surrogateescape")
        n += parse_line(line, 0, pid).kind == "unparsed"
    return n
