"""Events of logs for a consumer that reads only some calls.

An analysis of a big log looks into a few kinds of call; of the others it only counts
them and keeps the last one of each process, which it reads at a few kinds of call.
It says so with a Quiet: the compiled parser (_logparse.c, sieved()) then makes no event
of such a call, and hands a run of them over as one Skipped(pid, count).  A skipped
call still becomes an event when it is the first of its process, or the last one of its
process before a call that reads it or before the end of a block of the log, so "the
last call of each process" and "the time of the last event" read what they would
without the sieve.

    for ev in sieved_events(paths, Quiet(quiet, readers)):
        if ev.kind == "skipped": count ev.count calls of ev.pid (and read ev.digests)
        else: as from reader.events()

Without the compiled parser the events are reader.events(), with nothing skipped: a
consumer handles both alike."""
from __future__ import annotations

from typing import Callable, Iterator


class Skipped:
    """count returned calls of process pid that the consumer said it does not read;
    digests: of the successful calls among them that it reads from a digest (see
    Quiet), [(offset in the run, call, path, path as written, the path's last
    component, "st_mode=..." followed by " st_uid=N st_gid=N" when -v printed them, or
    None)] for a stat, (offset, call, None, "", the descriptor, mode) for
    fstatat(fd, "") without -y, [(offset, call, the descriptor)] for a close,
    [(offset, call, None)] for an fcntl that is not F_DUPFD*, [(offset, call, path, the
    path's last component, the descriptor, "cloexec" or "", whether O_DIRECTORY is in
    its text)] for an openat; or None.
    call: digested_call() makes its Syscall, when it is read (seldom)."""
    __slots__ = ("pid", "count", "digests")
    kind = "skipped"

    def __init__(self, pid: int, count: int, digests: list | None = None):
        self.pid, self.count, self.digests = pid, count, digests

    def __repr__(self) -> str:
        return "Skipped(%d, %d)" % (self.pid, self.count)


class Quiet:
    """What a consumer does not read.  quiet(name, errno) is true for the returned calls
    it only counts and keeps as its process's last call (errno is None for a call that
    did not fail); readers names the calls whose handling looks at the last call of
    their process; digests, the calls whose success it reads from a digest where the
    text alone decides it: stats (the path their text names, st_mode and owners),
    close (the descriptor), fcntl (not F_DUPFD*), openat (the path, the descriptor,
    the flags).  Asked once per name and errno."""
    __slots__ = ("quiet", "readers", "digests")

    def __init__(self, quiet: Callable[[str, str | None], bool],
                 readers: frozenset = frozenset(), digests: frozenset = frozenset()):
        self.quiet, self.readers, self.digests = quiet, readers, digests

    def decide(self, name: str, errno: str | None) -> int:
        """The compiled parser's question: 1 skip, 2 keep (a reader), 3 a digest when
        the text allows, 0 keep."""
        if self.quiet(name, errno):
            return 1
        if name in self.readers:
            return 2
        return 3 if errno is None and name in self.digests else 0


def sieved_events(paths: list[str], quiet: Quiet) -> Iterator:
    """reader.events(paths), with the calls quiet lets go counted in Skipped items."""
    for batch, _unparsed in sieved_batches(paths, quiet):
        yield from batch


def sieved_batches(paths: list[str], quiet: Quiet) -> Iterator[tuple[list, int]]:
    """sieved_events(), a list at a time, with the number of 'unparsed' events in it
    (as reader.event_batches())."""
    from .compiled import parser
    from .reader import Joiner, chunks, event_batches, joined
    from ..model import Syscall
    fast = parser()
    if fast is None:
        yield from event_batches(paths, compiled=False)
        return
    join = Joiner()
    sieved = fast.sieved
    cache: dict = {}
    seen: set = set()
    decide = quiet.decide
    lineno = 0
    for path, pid, block, first in chunks(paths):
        batch, _, lineno = sieved(block, 0, lineno if first is None else first, pid, path,
                                  cache, decide, seen, Skipped)
        yield joined(batch, path, join, Syscall, Skipped)
    rest = join.finish()
    if rest:
        yield rest, 0


def digested_call(call):
    """The Syscall of a digest, which holds (line, line number, pid, source) until it
    is read."""
    if call.__class__ is not tuple:
        return call
    from .compiled import parser
    line, lineno, pid, source = call
    return parser().items(line, 0, lineno - 1, pid, source, 1)[0][0]
