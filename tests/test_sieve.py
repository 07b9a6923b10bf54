"""sieved_events(): the calls a consumer does not read come as Skipped counts, and the
consumer sees what it would see from every event: the position of each event, the last
call of each process wherever a reader looks at it and at the end, the last time."""
from __future__ import annotations

import random
import subprocess

import pytest

from difftool import STRACE
from syscope.analyze.align import Profile, compare
from syscope.analyze.why import diagnose, diagnose_logs
from syscope.commands.common import feed_logs
from syscope.logread import reader
from syscope.logread.compiled import parser
from syscope.logread.sieve import Quiet, sieved_events

pytestmark = pytest.mark.skipif(parser() is None, reason="the compiled log parser is not built")

QUIET = Quiet(lambda name, errno: name in ("mmap", "brk") or (name, errno) == ("access",
                                                                                "ENOENT"),
              readers=frozenset({"write"}))


class Model:
    """What a consumer keeping "the last call of each process" observes."""

    def __init__(self):
        self.index = 0
        self.last: dict = {}
        self.seen: list = []      # (index, event line) of each event it looks into
        self.read: list = []      # (index, pid, line of its last call) at each reader
        self.time = None
        self.skipped = 0

    def feed(self, ev):
        if ev.kind == "skipped":
            self.index += ev.count
            self.skipped += ev.count
            return
        self.index += 1
        if getattr(ev, "time", None):
            self.time = ev.time
        if ev.kind != "syscall":
            self.seen.append((self.index, ev.kind, ev.line))
            return
        quiet = ev.ret_text is not None and QUIET.quiet(ev.name, ev.errno)
        if not quiet:
            self.seen.append((self.index, ev.name, ev.line))
        if ev.name == "write":
            prev = self.last.get(ev.pid)
            self.read.append((self.index, ev.pid, prev.line if prev else None))
        self.last[ev.pid] = ev

    def result(self):
        return (self.index, self.seen, self.read, self.time,
                sorted((pid, ev.line) for pid, ev in self.last.items()))


def random_log(path, lines: int, seed: int) -> None:
    rnd = random.Random(seed)
    calls = ['mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, -1, 0) = 0x7f00',
             'brk(NULL) = 0x5500', 'access("/etc/x", R_OK) = -1 ENOENT (No such file)',
             'write(2, "oops\\n", 5) = 5', 'openat(AT_FDCWD, "/etc/y", O_RDONLY) = 3',
             'close(3) = 0', 'read(3, <unfinished ...>', '<... read resumed>"", 9) = 0']
    out = []
    t = 0
    for _ in range(lines):
        t += rnd.randrange(1, 50)
        pid = rnd.choice((100, 101, 102, 103))
        stamp = "10:00:%02d.%06d " % (t // 10**6 % 60, t % 10**6)
        call = rnd.choice(calls)
        r = rnd.random()
        if r < 0.02:
            out.append("%s%d +++ exited with 0 +++" % ("", pid))
            continue
        if r < 0.04:
            out.append("%s%s--- SIGCHLD {si_signo=SIGCHLD} ---" % ("", ""))   # no pid
            continue
        if r < 0.05:
            out.append("not a line of strace")
            continue
        out.append("%d %s%s" % (pid, stamp if rnd.random() < 0.9 else "", call))
    path.write_text("\n".join(out) + "\n")


@pytest.mark.parametrize("seed", range(6))
def test_what_a_consumer_sees_is_the_same(tmp_path, seed):
    log = tmp_path / "t.log"
    random_log(log, 30000 if seed == 0 else 3000, seed)   # 30k lines: several blocks
    want, got = Model(), Model()
    for ev in reader.events([str(log)]):
        want.feed(ev)
    for ev in sieved_events([str(log)], QUIET):
        got.feed(ev)
    assert got.result() == want.result()
    assert got.skipped > 0


def test_a_run_counts_one_process(tmp_path):
    log = tmp_path / "t.log"
    log.write_text("".join("%d brk(NULL) = 0x1\n" % pid for pid in (7, 7, 7, 8, 8, 7, 7))
                   + "7 close(3) = 0\n8 close(3) = 0\n")
    items = [(ev.kind, ev.pid, getattr(ev, "count", None) or ev.line)
             for ev in sieved_events([str(log)], QUIET)]
    # the first call of a process is an event; so is the last before the block ends
    assert items == [("syscall", 7, 1), ("skipped", 7, 2), ("syscall", 8, 4),
                     ("syscall", 8, 5), ("skipped", 7, 1), ("syscall", 7, 7),
                     ("syscall", 7, 8), ("syscall", 8, 9)]


def test_why_and_diff_the_same_with_the_sieve(tmp_path):
    logs = []
    for name, script in (("good", "cat /etc/hostname; ls / > /dev/null"),
                         ("bad", "cat /nonexistent/conf; ls /nonexistent >&2")):
        log = str(tmp_path / name)
        subprocess.run([STRACE, "-f", "-tt", "-T", "-o", log, "sh", "-c", script],
                       capture_output=True)
        logs.append(log)
    for log in logs:
        assert diagnose_logs([log]) == diagnose(reader.events([log]))
    out = []
    for quiet in (None, Quiet(Profile.quiet)):
        good, bad = Profile(logs[0]), Profile(logs[1])
        feed_logs(logs[:1], good.feed, quiet)
        feed_logs(logs[1:], bad.feed, quiet)
        out.append(compare(good, bad, None))
    assert out[0] == out[1] and out[0]["total"]
