"""syscope read with no option that changes a line: the log is its own output.

Blocks of whole lines are copied as they are read; only the lines that do not look
like strace's (to the compiled line splitter, else to PLAIN_CALL) are parsed, to count
those not understood."""
from __future__ import annotations

import re

from ..output.outfile import report
from .compiled import parser
from .ffset import is_set, merged_lines
from .parse import LEADER_RE, parse_line
from .reader import blocks, expand_paths, lines

NAME = rb"[a-z_][a-z0-9_]*"
RETURNED = rb"\) += (?:\?|-?\d)[^\n]*"
# a line that starts like a call and ends like one: certainly understood
PLAIN_CALL = re.compile(
    rb"\n(?!" + LEADER_RE.pattern.encode() +
    rb"(?:" + NAME + rb"\([^\n]*(?:" + RETURNED + rb"| <unfinished \.\.\.>)"
    rb"|<\.\.\. " + NAME + rb" resumed>[^\n]*" + RETURNED + rb")\n)(?P<line>[^\n]*)")


def copy(paths: list[str], out) -> int:
    """Writes the logs to the binary stream out; returns the number of lines that
    are not strace output.  An -ff set given by its PREFIX comes merged by time."""
    unparsed = 0
    for p in paths:
        members = expand_paths([p])
        if is_set(p, members):
            unparsed += copy_merged(members, p, out)
            continue
        for path, pid in members:
            for block in blocks(path):
                out.write(block)
                out.flush()
                unparsed += count_unparsed(block, pid)
    return unparsed


def copy_merged(members: list[tuple[str, int]], prefix: str, out) -> int:
    unparsed = 0
    batch: list[str] = []
    for _path, _n, line, pid in merged_lines(members, lines, report, prefix):
        batch.append(line)
        if len(batch) >= 4096:
            unparsed += write_batch(batch, out)
    return unparsed + write_batch(batch, out)


def write_batch(batch: list[str], out) -> int:
    block = "".join(batch).encode("utf-8", "surrogateescape")
    batch.clear()
    out.write(block)
    out.flush()
    return count_unparsed(block, 0)


def count_unparsed(block: bytes, pid: int, compiled: bool = True) -> int:
    """How many of the block's lines parse_line() calls 'unparsed'; the compiled
    parser's line splitter decides most lines without a regular expression."""
    fast = parser() if compiled else None
    if fast is not None:
        return fast.count_unparsed(block, pid)
    n, end = 0, len(block)   # where the block's own last newline is, behind the one added
    for m in PLAIN_CALL.finditer(b"\n" + block):
        if m.start() == end:
            break
        line = m.group("line").decode("utf-8", "surrogateescape")
        n += parse_line(line, 0, pid).kind == "unparsed"
    return n
