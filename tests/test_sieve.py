"""sieved_events(): the calls a consumer does not read come as Skipped counts, and the
consumer sees what it would see from every event: the position of each event, the last
call of each process wherever a reader looks at it and at the end, the last time."""
from __future__ import annotations

import random
import subprocess

import pytest

from difftool import STRACE
from syscope.analyze.align import Profile, compare
from syscope.analyze.why import MESSAGE_CALLS, DIGESTS, Diagnosis, diagnose, \
    diagnose_logs
from syscope.commands.common import feed_logs
from syscope.logread import reader
from syscope.logread.compiled import parser
from syscope.logread.sieve import Quiet, digested_call, sieved_events

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


# successful stats of every shape the compiled reader may digest, and of the shapes it
# must leave to the diagnosis (relative to an unknown cwd, '.', '..', '//', -v owners,
# escapes, fstatat(fd, "") without -y, a path holding "st_mode=")
STATS = [
    'newfstatat(AT_FDCWD</home/u>, "/etc/ssh/key", {st_mode=S_IFREG|0644, st_size=9, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u>, ".ssh/id_rsa", {st_mode=S_IFREG|0644, st_size=9, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</>, "etc", {st_mode=S_IFDIR|0755, st_size=9, ...}, 0) = 0',
    'newfstatat(3</usr/lib>, "python3", {st_mode=S_IFDIR|0755, st_size=9, ...}, 0) = 0',
    'newfstatat(3</usr/lib/x.so>, "", {st_mode=S_IFREG|0755, st_size=9, ...}, AT_EMPTY_PATH) = 0',
    'newfstatat(3, "", {st_mode=S_IFREG|0755, st_size=9, ...}, AT_EMPTY_PATH) = 0',
    'newfstatat(AT_FDCWD, "rel/file", {st_mode=S_IFREG|0600, st_size=9, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u>, "../u/./x", {st_mode=S_IFREG|0666, st_size=9, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u>, "/etc//x/", {st_mode=S_IFDIR|0777, st_size=9, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u>, "/srv/repo", {st_mode=S_IFDIR|0755, st_uid=1001, '
    'st_gid=1001, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u>, "/a\\"b", {st_mode=S_IFREG|0644, ...}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u>, "/x/st_mode=S_IFSOCK|0777", {st_mode=S_IFREG|0644}, 0) = 0',
    'newfstatat(AT_FDCWD</home/u (deleted)>, "y", {st_mode=S_IFREG|0644, ...}, 0) = 0',
    'statx(AT_FDCWD</home/u>, "/usr/bin/env", AT_STATX_SYNC_AS_STAT, STATX_ALL, '
    '{stx_mask=STATX_BASIC_STATS, stx_mode=S_IFREG|0755, stx_size=9, ...}) = 0',
    'stat("/etc/ssh/sshd_config", {st_mode=S_IFREG|0644, st_size=9, ...}) = 0',
    'lstat("/home/u/.ssh", {st_mode=S_IFDIR|0777, st_size=9, ...}) = 0',
    'stat("relative", {st_mode=S_IFREG|0644, st_size=9, ...}) = 0',
    'stat("/", {st_mode=S_IFDIR|0755, st_size=9, ...}) = 0',
]
OTHERS = [
    'openat(AT_FDCWD</home/u>, "/etc/ssh/key", O_RDONLY) = -1 EACCES (Permission denied)',
    'openat(AT_FDCWD</home/u>, "/usr/lib/python3/foo.py", O_RDONLY) = -1 ENOENT (No such '
    'file or directory)',
    'chdir("/home/u") = 0', 'close(3) = 0', 'brk(NULL) = 0x5500',
    'write(2, "Permissions 0644 for \'/etc/ssh/key\' are too open.\\n", 47) = 47',
    'write(2, "bad owner or permissions on /home/u/.ssh\\n", 41) = 41',
    'write(2, "ModuleNotFoundError: No module named \'foo\'\\n", 44) = 44',
]


def stat_log(path, lines: int, seed: int) -> None:
    rnd = random.Random(seed)
    out = ["100 execve(\"/usr/bin/ssh\", [\"ssh\", \"-i\", \"/etc/ssh/key\"], 0x7ffd /* 3 vars "
           "*/) = 0"]
    for _ in range(lines):
        pid = rnd.choice((100, 100, 100, 101))
        call = rnd.choice(STATS) if rnd.random() < 0.7 else rnd.choice(OTHERS)
        out.append("%d %s" % (pid, call))
    out += ["101 +++ exited with 0 +++", "100 +++ exited with 255 +++"]
    path.write_text("\n".join(out) + "\n")


@pytest.mark.parametrize("seed", range(4))
def test_why_the_same_with_stats_digested(tmp_path, seed):
    log = tmp_path / "t.log"
    stat_log(log, 20000 if seed == 0 else 600, seed)   # 20k lines: several blocks
    digested = sum(len(ev.digests or ()) for ev in sieved_events(
        [str(log)], Quiet(Diagnosis.quiet, MESSAGE_CALLS, DIGESTS))
        if ev.kind == "skipped")
    assert digested > 0
    assert diagnose_logs([str(log)]) == diagnose(reader.events([str(log)]))


def test_what_a_stat_digest_holds(tmp_path):
    log = tmp_path / "t.log"
    # (the last call before a reader is an event: the second stat of line 21's file)
    log.write_text("".join("7 %s\n" % s for s in STATS + ["close(3) = 0"] * 2 + STATS[:1] * 2)
                   + "7 write(2, \"x\", 1) = 1\n")
    got, index = [], 0        # one event a line: a call's index is its line
    for item in sieved_events([str(log)], Quiet(Diagnosis.quiet, MESSAGE_CALLS,
                                                DIGESTS)):
        for digest in getattr(item, "digests", None) or ():
            if len(digest) == 6:      # a stat's (a close's are read below)
                off, ev, path, used, base, mode = digest
                got.append((index + off + 1, digested_call(ev).line, path, used, base, mode))
        index += getattr(item, "count", 1)
    assert got == [
        (2, 2, "/home/u/.ssh/id_rsa", ".ssh/id_rsa", "id_rsa", "st_mode=S_IFREG|0644"),
        (3, 3, "/etc", "etc", "etc", "st_mode=S_IFDIR|0755"),
        (4, 4, "/usr/lib/python3", "python3", "python3", "st_mode=S_IFDIR|0755"),
        (5, 5, "/usr/lib/x.so", "", "x.so", "st_mode=S_IFREG|0755"),
        (12, 12, "/x/st_mode=S_IFSOCK|0777", "/x/st_mode=S_IFSOCK|0777", "st_mode=S_IFSOCK|0777",
         "st_mode=S_IFSOCK|0777"),
        (14, 14, "/usr/bin/env", "/usr/bin/env", "env", None),
        (15, 15, "/etc/ssh/sshd_config", "/etc/ssh/sshd_config", "sshd_config",
         "st_mode=S_IFREG|0644"),
        (16, 16, "/home/u/.ssh", "/home/u/.ssh", ".ssh", "st_mode=S_IFDIR|0777"),
        (21, 21, "/etc/ssh/key", "/etc/ssh/key", "key", "st_mode=S_IFREG|0644")]


# closes and fcntls of the shapes the compiled reader digests (a descriptor the text
# alone gives, an fcntl that is not F_DUPFD*) and of those it leaves to the diagnosis
CLOSES = [
    ("close(3) = 0", 3), ("close(4</etc/passwd>) = 0", 4), ("close(-1) = 0", -1),
    ("close(5<socket:[81234]>) = 0", 5),
    ("close(5<TCP:[127.0.0.1:5->127.0.0.1:6]>) = 0", 5),
    ("fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)", None),
    ("fcntl(4</etc/passwd>, F_SETFL, O_RDONLY|O_NONBLOCK) = 0", None),
    ("close(3</a (b)>) = 0", "kept"), ("close(3</a>b>) = 0", "kept"),
    ("close(3</a,b>) = 0", "kept"), ("close( 3) = 0", "kept"),
    ("fcntl(3, F_DUPFD_CLOEXEC, 0) = 4", "kept"), ("fcntl(3, F_DUPFD, 10) = 10", "kept"),
]
FD_OTHERS = [
    'openat(AT_FDCWD</home/u>, "/etc/app.conf", O_RDONLY) = 3',
    'openat(AT_FDCWD</home/u>, "/var/log/app.log", O_WRONLY|O_CREAT, 0644) = 4',
    'dup2(4, 2) = 2', 'dup2(3, 5) = 5', 'dup(4) = 6',
    'write(2, "error: cannot read config\\n", 26) = 26',
    'write(4, "fatal: no such user\\n", 20) = 20',
    'write(6, "error: out of space\\n", 20) = 20',
    'openat(AT_FDCWD</home/u>, "/etc/app.d/x.conf", O_RDONLY) = -1 ENOENT (No such file '
    'or directory)',
    'fcntl(3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=0}) = -1 EAGAIN '
    '(Resource temporarily unavailable)',
]


def test_what_a_descriptor_digest_holds(tmp_path):
    log = tmp_path / "t.log"
    lines = ["7 brk(NULL) = 0x1"] + ["7 %s" % c for c, _ in CLOSES] + ["7 brk(NULL) = 0x1"]
    log.write_text("\n".join(lines) + "\n")
    calls = {ev.line: ev for ev in reader.events([str(log)])}
    got, kept, index = {}, set(), 0
    for item in sieved_events([str(log)], Quiet(Diagnosis.quiet, MESSAGE_CALLS, DIGESTS)):
        if item.kind == "syscall":
            kept.add(item.line)
        for off, ev, fd in getattr(item, "digests", None) or ():
            ev = digested_call(ev)      # parsed when read: the call the reader makes
            assert ev == calls[ev.line]
            got[index + off + 1] = (ev.line, ev.name, fd)
        index += getattr(item, "count", 1)
    for line, (call, fd) in enumerate(CLOSES, 2):
        if fd == "kept":
            assert line in kept and line not in got, call
        else:
            assert got[line] == (line, call[:5], fd), call


@pytest.mark.parametrize("seed", range(4))
def test_why_the_same_with_descriptors_digested(tmp_path, seed):
    log = tmp_path / "t.log"
    rnd = random.Random(seed)
    out = ['100 execve("/usr/bin/app", ["app"], 0x7ffd /* 3 vars */) = 0']
    for _ in range(20000 if seed == 0 else 600):
        pid = rnd.choice((100, 100, 101))
        call = rnd.choice(CLOSES)[0] if rnd.random() < 0.6 else rnd.choice(FD_OTHERS)
        out.append("%d %s" % (pid, call))
    out += ["101 +++ exited with 1 +++", "100 +++ exited with 1 +++"]
    log.write_text("\n".join(out) + "\n")
    digested = sum(len(ev.digests or ()) for ev in sieved_events(
        [str(log)], Quiet(Diagnosis.quiet, MESSAGE_CALLS, DIGESTS))
        if ev.kind == "skipped")
    assert digested > 0
    assert diagnose_logs([str(log)]) == diagnose(reader.events([str(log)]))
