"""Reading logs for an analysis (commands/common.py): every event in order, the
cyclic garbage collector paused only while an acyclic consumer reads, and back on
afterwards, also when the consumer fails."""
from __future__ import annotations

import gc

import pytest

from syscope.commands.common import CheckedEvents, feed_logs

LOG = """\
100 openat(AT_FDCWD, "/etc/hosts", O_RDONLY) = 3
100 read(3, "x", 1) = 1
not a strace line
100 clone(child_stack=NULL, flags=SIGCHLD) = 101
101 write(1, "a", 1) = 1
101 +++ exited with 0 +++
100 +++ exited with 0 +++
"""


@pytest.fixture
def log(tmp_path):
    path = tmp_path / "trace.log"
    path.write_text(LOG)
    return str(path)


def test_feeding_gives_what_iterating_gives(log):
    it = CheckedEvents([log])
    seen = [(ev.kind, getattr(ev, "pid", None), getattr(ev, "line", None)) for ev in it]
    fed = CheckedEvents([log])
    got = []
    fed.feed(lambda ev: got.append((ev.kind, getattr(ev, "pid", None),
                                    getattr(ev, "line", None))))
    assert got == seen
    assert (fed.understood, fed.unparsed) == (it.understood, it.unparsed) == (6, 1)


@pytest.mark.parametrize("acyclic", [False, True])
def test_collector_paused_only_for_acyclic_readers(log, acyclic):
    states = []
    feed_logs([log], lambda ev: states.append(gc.isenabled()), acyclic=acyclic)
    assert states and set(states) == {not acyclic}
    assert gc.isenabled()


def test_collector_back_on_when_the_reader_fails(log):
    def feed(ev):
        raise ValueError("bad event")
    with pytest.raises(ValueError):
        feed_logs([log], feed, acyclic=True)
    assert gc.isenabled()


# a vfork printed before prefixes began, a child logged before the fork that made it
# returns, a call split in two, a line that is not strace's
MIXED = """\
vfork( <unfinished ...>
[pid   201] execve("/bin/true", ["true"], 0x7ffd /* 3 vars */) = 0
[pid   200] <... vfork resumed>) = 201
[pid   201] +++ exited with 0 +++
[pid   200] read(0,  <unfinished ...>
garbage that is no trace
[pid   200] <... read resumed>"ab", 2) = 2
[pid   200] clone(child_stack=NULL, flags=SIGCHLD) = 202
[pid   202] write(1, "x", 1) = 1
[pid   200] wait4(-1,  <unfinished ...>
"""


def _shape(ev):
    return (ev.kind, getattr(ev, "pid", None), getattr(ev, "line", None),
            getattr(ev, "name", None), getattr(ev, "args_text", None),
            getattr(ev, "ret_text", None), getattr(ev, "unfinished", None))


@pytest.mark.parametrize("compiled", [True, False])
def test_batches_hold_the_events_in_order(tmp_path, compiled):
    from syscope.logread.reader import event_batches, records, Joiner
    path = tmp_path / "mixed.log"
    path.write_text(MIXED * 3)
    join = Joiner()
    want = []
    for source, rec in records([str(path)]):
        want += join.feed(source, rec)
    want += join.finish()
    batches = list(event_batches([str(path)], compiled))
    got = [ev for batch, _ in batches for ev in batch]
    assert [_shape(ev) for ev in got] == [_shape(ev) for ev in want]
    assert sum(n for _, n in batches) == sum(ev.kind == "unparsed" for ev in want) == 3


def test_fed_in_batches_parents_come_first(tmp_path):
    from syscope.analyze.order import parents_first
    from syscope.logread.reader import events
    path = tmp_path / "mixed.log"
    early = "[pid   202] write(1, \"x\", 1) = 1\n"
    path.write_text(MIXED.replace(early, "").replace("[pid   200] clone(", early +
                                                     "[pid   200] clone(") * 2)
    got = []
    feed_logs([str(path)], got.append)
    want = list(parents_first(events([str(path)])))
    assert [_shape(ev) for ev in got] == [_shape(ev) for ev in want]
    calls = [(ev.pid, ev.name) for ev in got if ev.kind == "syscall"]
    assert calls.index((202, "write")) == calls.index((200, "clone")) + 1
