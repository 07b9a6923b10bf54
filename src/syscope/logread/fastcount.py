"""syscope read -c: the summary needs only each line's envelope (pid, name, outcome,
duration), so it skips records and argument text entirely."""
from __future__ import annotations

import re

from ..abi import SYSCALL_NUMBERS
from .reader import expand_paths, open_text

HEAD_RE = re.compile(r"(?:\[pid +\d+\] |\d+ +(?=\S))?(?:\d\d:\d\d:\d\d(?:\.\d+)? |\d{9,}(?:\.\d+)? )?"
                     r"(?:\(\+ *[\d.]+\) | *\d+\.\d+ (?=\S))?(?:\[ *\d+\] )?"
                     r"(?:<\.\.\. ([a-z0-9_]+) resumed>|([a-z_][a-z0-9_]*)\()")
TAIL_RE = re.compile(r"\) += (\? ERESTART|\?|-1 E)?[^<]*?(?:<[^>]*>[^<]*?)*(?: <(\d+(?:\.\d+)?)>)?$")


def count(paths: list[str], summary, traced=None) -> int:
    """Adds every returned call to summary; returns the number of lines read."""
    n = 0
    add = summary.add
    numbers = SYSCALL_NUMBERS
    for path, _pid in expand_paths(paths):
        f = open_text(path)
        try:
            for line in f:
                n += 1
                m = HEAD_RE.match(line)
                if m is None:
                    continue
                line = line.rstrip("\n")
                if line.endswith(" <unfinished ...>"):
                    continue
                name = m.group(1) or m.group(2)
                if traced is not None and name not in traced:
                    continue
                pos = line.rfind(") ")
                t = None
                while pos >= 0:
                    t = TAIL_RE.match(line, pos)
                    if t:
                        break
                    pos = line.rfind(") ", 0, pos)
                if t is None:
                    continue
                outcome = t.group(1)
                if outcome == "?":
                    continue   # never returned: strace does not count it
                dur = t.group(2)
                add(numbers.get(name, -1), name, outcome is not None,
                    float(dur) if dur else 0.0)
        finally:
            f.close()
    return n
