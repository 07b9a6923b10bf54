"""An -ff set (PREFIX.PID files, one per process) read as one trace: the files' lines
merged by their timestamps, each with its pid in front, as strace-log-merge prints
them ('PID TIME CALL', the pids padded to one width; equal times in the order of the
file names).

Each file is in time order already, so the merge is a stream: a file is opened only
when the merge reaches its first line and closed at its end, so that a build of
thousands of processes holds open only the files of processes alive at once.

-t and -tt times carry no date: a file whose time goes back by more than 12 hours has
passed midnight, and so has a file that starts more than 12 hours before the set's
latest start.  Lines without a timestamp keep their place in their file; a set
without any (recorded without -t, -tt or -ttt, or with -r alone, whose times count
from each process's previous line) has no order between its processes: it is read
one process after another, in pid order."""
from __future__ import annotations

import heapq
import re
from typing import Callable, Iterator

# -t, -tt (and --timestamps precisions): HH:MM:SS[.frac]; -ttt: seconds since the epoch
TIME_RE = re.compile(r"(?:(\d\d):(\d\d):(\d\d)|(\d{9,}))(\.\d+)? ")
DAY = 86400.0
HALF_DAY = DAY / 2


def line_time(line: str) -> tuple[float, bool] | None:
    """(seconds, whether the time is of day) of a line's leading timestamp, or None."""
    m = TIME_RE.match(line)
    if m is None:
        return None
    frac = float(m.group(5)) if m.group(5) else 0.0
    if m.group(4):
        return int(m.group(4)) + frac, False
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + frac, True


class Member:
    """One file of the set, read line by line with its merge key."""

    def __init__(self, path: str, pid: int, rank: int, read_lines: Callable):
        self.path, self.pid, self.rank = path, pid, rank
        self.read_lines = read_lines
        self.lines: Iterator[str] | None = None
        self.lineno = 0
        self.time = None      # the last timestamp seen, midnights included
        self.day = 0.0        # what midnights add to its times of day

    def first_time(self) -> tuple[float, bool] | None:
        """The time of the file's first timestamped line (the file is read again
        from its start when the merge reaches it)."""
        lines = self.read_lines(self.path)
        try:
            for line in lines:
                t = line_time(line)
                if t is not None:
                    return t
        finally:
            lines.close()
        return None

    def next(self) -> tuple[float, str] | None:
        """(key, line) of the next line, or None at the end (and the file closed)."""
        if self.lines is None:
            self.lines = iter(self.read_lines(self.path))
        line = next(self.lines, None)
        if line is None:
            self.lines = None
            return None
        self.lineno += 1
        t = line_time(line)
        if t is not None:
            seconds, of_day = t
            if of_day:
                if self.time is not None and seconds + self.day < self.time - HALF_DAY:
                    self.day += DAY
                seconds += self.day
            self.time = seconds
        return (self.time if self.time is not None else float("-inf")), line


def numbered_lines(paths: list[str], expand: Callable, read_lines: Callable,
                   notice: Callable[[str], None] | None = None
                   ) -> Iterator[tuple[str, int, str, int]]:
    """(file, line number in it, line, pid from the file's name or 0) of the LOG
    arguments paths, one after another; an -ff set, given by its PREFIX, merged.
    expand(paths) -> [(file, pid)] finds a set's files; read_lines(file) reads one."""
    for p in paths:
        members = expand([p])
        if is_set(p, members):
            yield from merged_lines(members, read_lines, notice, p)
            continue
        for path, pid in members:
            for n, line in enumerate(read_lines(path), 1):
                yield path, n, line, pid


def is_set(arg: str, members: list[tuple[str, int]]) -> bool:
    """Whether the LOG argument arg was the PREFIX of an -ff set (expanded to members)."""
    return arg != "-" and members[0][0] != arg


def merged_lines(members: list[tuple[str, int]], read_lines: Callable,
                 notice: Callable[[str], None] | None = None,
                 name: str = "") -> Iterator[tuple[str, int, str, int]]:
    """(file, line number in it, 'PID ' + line, pid) of the set's files, merged by time.
    members: (path, pid) of each file; read_lines(path) yields a file's lines.
    notice tells the user once that the set has no timestamps to merge by."""
    width = max(len(str(pid)) for _path, pid in members)
    by_name = sorted(members)   # equal times come in the order of the file names
    files = [Member(path, pid, rank, read_lines) for rank, (path, pid) in enumerate(by_name)]
    firsts = [(f.first_time(), f) for f in files]
    timed = [t for t, _f in firsts if t is not None]
    if not timed:
        if notice is not None:
            notice("%s: the -ff files have no times of day (record with -tt or -ttt to merge "
                   "them by time): the processes are read one after another" % name)
        for f in sorted(files, key=lambda f: f.pid):
            for item in drain(f, width):
                yield item
        return
    latest = max(t for t, _of_day in timed)
    pending = []   # (key of the first line, rank, file): files the merge has not reached
    for t, f in firsts:
        if t is None:
            key = float("-inf")          # nothing to place it by: first
        else:
            seconds, of_day = t
            if of_day and seconds < latest - HALF_DAY:
                f.day = DAY              # started after midnight
            key = seconds + f.day
        pending.append((key, f.rank, f))
    pending.sort(key=lambda p: (p[0], p[1]))
    pending.reverse()                    # popped from the end, earliest first
    heap: list = []                      # (key, rank, line, file) of open files
    while heap or pending:
        while pending and (not heap or (pending[-1][0], pending[-1][1]) <= heap[0][:2]):
            _key, _rank, f = pending.pop()
            step = f.next()
            if step is not None:
                heapq.heappush(heap, (step[0], f.rank, step[1], f))
        key, rank, line, f = heapq.heappop(heap)
        yield f.path, f.lineno, "%-*d %s" % (width, f.pid, line), f.pid
        step = f.next()
        if step is not None:
            heapq.heappush(heap, (step[0], rank, step[1], f))


def drain(f: Member, width: int) -> Iterator[tuple[str, int, str, int]]:
    while True:
        step = f.next()
        if step is None:
            return
        yield f.path, f.lineno, "%-*d %s" % (width, f.pid, step[1]), f.pid
