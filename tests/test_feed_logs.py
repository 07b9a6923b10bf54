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
