"""syscope read -c: the summary needs only each line's envelope (name, outcome,
duration), so it skips records and argument text entirely.

Blocks of lines go to the compiled scanner (_scan.c) when it is built; it counts the
lines it is sure of and hands back the others, which count_line() decides, in order,
so that the totals are the same with or without it."""
from __future__ import annotations

import re

from ..abi import SYSCALL_NUMBERS
from .parse import UNFINISHED, seconds, split_return
from .reader import blocks, expand_paths, line_counter

try:
    from ._scan import count as scan
except ImportError:   # not built: Python decides every line
    scan = None

HEAD_RE = re.compile(r"(?:\[pid +\d+\] |\d+ +(?=\S))?(?:\d\d:\d\d:\d\d(?:\.\d+)? |\d{9,}(?:\.\d+)? )?"
                     r"(?:\(\+ *[\d.]+\) | *\d+\.\d+ (?=\S))?(?:\[ *\d+\] )?"
                     r"(?:<\.\.\. ([a-z0-9_]+) resumed>|([a-z_][a-z0-9_]*)\()")


def count(paths: list[str], summary, traced=None, compiled: bool = True) -> int:
    """Adds every returned call to summary; returns the number of lines read."""
    acc: dict[str, list] = {}   # name -> [calls, errors, total, min, max]
    n = 0
    fast = scan if compiled else None
    count_lines = line_counter()
    for path, _pid in expand_paths(paths):
        for block in blocks(path):
            n += count_lines(block)
            pos, end = 0, len(block)
            while pos < end:
                if fast is not None:
                    pos = fast(block, pos, acc)
                    if pos >= end:
                        break
                eol = block.index(b"\n", pos)
                count_line(block[pos:eol].decode("utf-8", "surrogateescape"), acc)
                pos = eol + 1
    numbers = SYSCALL_NUMBERS
    for name, row in acc.items():
        if traced is None or name in traced:
            summary.merge(numbers.get(name, -1), name, *row)
    return n


def count_line(line: str, acc: dict) -> None:
    m = HEAD_RE.match(line)
    if m is None or line.endswith(UNFINISHED):
        return
    parts = split_return(line)
    if parts is None:
        return
    ret = parts[1]
    if ret[0] == "?" and not ret.startswith("? ERESTART"):
        return   # never returned: strace does not count it
    sec = seconds(parts[2]) or 0.0
    name = m.group(1) or m.group(2)
    row = acc.get(name)
    if row is None:
        row = acc[name] = [0, 0, 0.0, float("inf"), 0.0]
    row[0] += 1
    row[1] += ret.startswith(("-1 E", "? ERESTART"))
    row[2] += sec
    row[3] = min(row[3], sec)
    row[4] = max(row[4], sec)
