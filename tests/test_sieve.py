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
# must leave to the diagnosis (relative to an unknown cwd, '.', '..', '//', escapes, a
# path holding "st_mode="); with -v owners, and fstatat(fd, "") without -y
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
    # -v: owners, the first st_uid= / st_gid= of the text (a path may hold one)
    'newfstatat(AT_FDCWD, "/home/u/.ssh/id_ed25519", {st_dev=makedev(0xfe, 0), st_ino=5, '
    'st_mode=S_IFREG|0644, st_nlink=1, st_uid=1000, st_gid=1000, st_size=9}, 0) = 0',
    'newfstatat(AT_FDCWD, "/srv/st_uid=7", {st_mode=S_IFDIR|0755, st_uid=0, st_gid=0}, 0) = 0',
    'newfstatat(AT_FDCWD, "/srv/st_gid=x", {st_mode=S_IFDIR|0755, st_uid=0, st_gid=0}, 0) = 0',
    'newfstatat(AT_FDCWD, "/srv/a", {st_mode=S_IFDIR|0775, st_uid=123456789012345678901, '
    'st_gid=0}, 0) = 0',
    'newfstatat(4, "", {st_mode=S_IFDIR|0700, st_uid=1001, st_gid=1001}, AT_EMPTY_PATH) = 0',
    'statx(AT_FDCWD, "/usr/bin/env", AT_STATX_SYNC_AS_STAT, STATX_ALL, {stx_mask=STATX_BASIC_'
    'STATS, stx_uid=0, stx_gid=0, stx_mode=S_IFREG|0755, stx_size=9}) = 0',
]
OTHERS = [
    'openat(AT_FDCWD</home/u>, "/etc/ssh/key", O_RDONLY) = -1 EACCES (Permission denied)',
    'openat(AT_FDCWD, "/home/u/.ssh", O_RDONLY|O_DIRECTORY) = 3',
    'openat(AT_FDCWD, "/etc/ssh/key", O_RDONLY) = 4',
    'write(2, "bad owner or permissions on /srv/repo\\n", 38) = 38',
    'write(2, "fatal: detected dubious ownership in repository at \'/srv/st_uid=7\'\\n", 66) = 66',
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
    # (the last call before a reader is an event: the second stat of line 27's file)
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
        (6, 6, None, "", 3, "st_mode=S_IFREG|0755"),      # the file the table knows
        (10, 10, "/srv/repo", "/srv/repo", "repo", "st_mode=S_IFDIR|0755 st_uid=1001 st_gid=1001"),
        (12, 12, "/x/st_mode=S_IFSOCK|0777", "/x/st_mode=S_IFSOCK|0777", "st_mode=S_IFSOCK|0777",
         "st_mode=S_IFSOCK|0777"),
        (14, 14, "/usr/bin/env", "/usr/bin/env", "env", None),
        (15, 15, "/etc/ssh/sshd_config", "/etc/ssh/sshd_config", "sshd_config",
         "st_mode=S_IFREG|0644"),
        (16, 16, "/home/u/.ssh", "/home/u/.ssh", ".ssh", "st_mode=S_IFDIR|0777"),
        (19, 19, "/home/u/.ssh/id_ed25519", "/home/u/.ssh/id_ed25519", "id_ed25519",
         "st_mode=S_IFREG|0644 st_uid=1000 st_gid=1000"),
        (20, 20, "/srv/st_uid=7", "/srv/st_uid=7", "st_uid=7",
         "st_mode=S_IFDIR|0755 st_uid=7 st_gid=0"),
        (23, 23, None, "", 4, "st_mode=S_IFDIR|0700 st_uid=1001 st_gid=1001"),
        (24, 24, "/usr/bin/env", "/usr/bin/env", "env", None),
        (27, 27, "/etc/ssh/key", "/etc/ssh/key", "key", "st_mode=S_IFREG|0644")]


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


def digests_by_line(tmp_path, calls: list) -> tuple[dict, set]:
    """({line: the digest after its call} of calls between two brk(), the lines kept
    as events); each digest's call, parsed when read, is the call the reader makes."""
    log = tmp_path / "t.log"
    lines = ["7 brk(NULL) = 0x1"] + ["7 %s" % c for c in calls] + ["7 brk(NULL) = 0x1"]
    log.write_text("\n".join(lines) + "\n")
    made = {ev.line: ev for ev in reader.events([str(log)])}
    got, kept, index = {}, set(), 0
    for item in sieved_events([str(log)], Quiet(Diagnosis.quiet, MESSAGE_CALLS, DIGESTS)):
        if item.kind == "syscall":
            kept.add(item.line)
        for off, ev, *rest in getattr(item, "digests", None) or ():
            ev = digested_call(ev)
            assert ev == made[ev.line] and ev.line == index + off + 1
            got[ev.line] = tuple(rest)
        index += getattr(item, "count", 1)
    return got, kept


@pytest.mark.parametrize("shapes", ["closes", "opens", "lookups"])
def test_what_a_descriptor_digest_holds(tmp_path, shapes):
    cases = {"closes": CLOSES, "opens": OPENS, "lookups": LOOKUPS}[shapes]
    got, kept = digests_by_line(tmp_path, [c for c, _ in cases])
    for line, (call, want) in enumerate(cases, 2):
        if want == "kept":
            assert line in kept and line not in got, call
        else:
            assert got[line] == (want if shapes != "closes" else (want,)), call


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


def test_a_stat_digest_reads_the_fields_of_its_call(tmp_path):
    from syscope.analyze import evidence
    log = tmp_path / "t.log"
    log.write_text("".join("7 %s\n" % s for s in STATS) + "7 write(2, \"x\", 1) = 1\n")
    read = 0
    for item in sieved_events([str(log)], Quiet(Diagnosis.quiet, MESSAGE_CALLS, DIGESTS)):
        for digest in getattr(item, "digests", None) or ():
            if len(digest) == 6 and digest[5] is not None:
                call = digested_call(digest[1])
                assert evidence.mode_fields(digest[5]) == evidence.stat_fields(call), call.line
                read += 1
    assert read >= 12


# successful openats of the shapes the compiled reader digests (a path the text alone
# decides, plain flags, a decimal descriptor) and of those it leaves to the diagnosis:
# (call, (path, last component, descriptor, detail, O_DIRECTORY) or "kept")
OPENS = [
    ('openat(AT_FDCWD</home/u>, "/etc/app.conf", O_RDONLY|O_CLOEXEC) = 3</etc/app.conf>',
     ("/etc/app.conf", "app.conf", 3, "cloexec", False)),
    ('openat(AT_FDCWD, "/etc/app.d", O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY) = 4',
     ("/etc/app.d", "app.d", 4, "cloexec", True)),
    ('openat(AT_FDCWD</home/u>, ".ssh/config", O_RDONLY) = 5</home/u/.ssh/config>',
     ("/home/u/.ssh/config", "config", 5, "", False)),
    ('openat(4</usr/share/doc>, "bash", O_RDONLY|O_NOCTTY|O_NONBLOCK|O_NOFOLLOW|O_DIRECTORY)'
     ' = 6</usr/share/doc/bash>', ("/usr/share/doc/bash", "bash", 6, "", True)),
    ('openat(3, "/var/log/app.log", O_WRONLY|O_CREAT|O_APPEND, 0644) = 10',
     ("/var/log/app.log", "app.log", 10, "", False)),
    ('openat(AT_FDCWD</>, "tmp", O_RDONLY) = 0', ("/tmp", "tmp", 0, "", False)),
    ('openat(AT_FDCWD, "/x/O_DIRECTORY", O_RDONLY) = 7', ("/x/O_DIRECTORY", "O_DIRECTORY", 7,
                                                          "", True)),
    ('openat(AT_FDCWD, "/sys/fs/cgroup/app/cgroup.procs", O_WRONLY) = 3',
     ("/sys/fs/cgroup/app/cgroup.procs", "cgroup.procs", 3, "", False)),
    ('openat(AT_FDCWD, "rel/file", O_RDONLY) = 3', "kept"),
    ('openat(3, "rel", O_RDONLY) = 4', "kept"),
    ('openat(AT_FDCWD</home/u>, "../etc/x", O_RDONLY) = 3', "kept"),
    ('openat(AT_FDCWD</home/u>, "/etc//x", O_RDONLY) = 3', "kept"),
    ('openat(AT_FDCWD</home/u>, "/a\\"b", O_RDONLY) = 3', "kept"),
    ('openat(AT_FDCWD</a,b>, "c", O_RDONLY) = 3', "kept"),
    ('openat(AT_FDCWD, "/etc/x", 0x80000 /* O_??? */) = 3', "kept"),
    ('openat(AT_FDCWD, "/etc/x", O_RDONLY) = 0x3', "kept"),
    ('openat(AT_FDCWD, "/etc/x", O_RDONLY) = 03', "kept"),
    ('openat(AT_FDCWD, "", O_RDONLY) = 3', "kept"),
    ('openat( AT_FDCWD, "/etc/x", O_RDONLY) = 3', "kept"),
]


# successful lookups (readlink, access): where the program looked, a file found (the
# digest of a stat with no mode), or kept for the diagnosis
LOOKUPS = [
    ('readlink("/usr/bin/yaml2obj", "../lib/llvm-14/bin/yaml2obj", 28) = 27',
     ("/usr/bin/yaml2obj", "/usr/bin/yaml2obj", "yaml2obj", None)),
    ('readlinkat(AT_FDCWD</home/u>, "bin/app", "/opt/app", 4096) = 8',
     ("/home/u/bin/app", "bin/app", "app", None)),
    ('access("/etc/ld.so.preload", R_OK) = 0',
     ("/etc/ld.so.preload", "/etc/ld.so.preload", "ld.so.preload", None)),
    ('access("/usr/share/app/z.conf", R_OK) = 0',      # found after a failed lookup
     ("/usr/share/app/z.conf", "/usr/share/app/z.conf", "z.conf", None)),
    ('faccessat(AT_FDCWD, "/usr/bin/st_mode=S_IFDIR|0777", X_OK) = 0',
     ("/usr/bin/st_mode=S_IFDIR|0777", "/usr/bin/st_mode=S_IFDIR|0777",
      "st_mode=S_IFDIR|0777", None)),
    ('faccessat2(3</srv>, "job.sh", X_OK, AT_EACCESS) = 0',
     ("/srv/job.sh", "job.sh", "job.sh", None)),
    ('readlink("/proc/self/exe", "/usr/bin/st_mode=S_IFDIR|0777", 4096) = 30',
     ("/proc/self/exe", "/proc/self/exe", "exe", None)),
    ('readlink("exe", "/usr/bin/x", 4096) = 10', "kept"),
    ('access("./x", F_OK) = 0', "kept"),
    ('faccessat2(3, "", X_OK, AT_EMPTY_PATH) = 0', "kept"),
    ('faccessat2(3</srv>, "", X_OK, AT_EMPTY_PATH) = 0', "kept"),
    ('access( "/etc/x", F_OK) = 0', "kept"),
    ('readlink("/usr/bin/x", "/usr/bin/\\xff", 4096) = 10',
     ("/usr/bin/x", "/usr/bin/x", "x", None)),
]


@pytest.mark.parametrize("seed", range(4))
def test_why_the_same_with_opens_digested(tmp_path, seed):
    """Opens, stats and closes digested among what reads them: lookups that fail and
    are retried, directories searched, a cgroup joined, messages naming a file."""
    log = tmp_path / "t.log"
    rnd = random.Random(seed)
    calls = [c for c, _ in OPENS + CLOSES + LOOKUPS] + STATS + FD_OTHERS + OTHERS + [
        'readlink("/usr/bin/app", 0x7ffd, 4096) = -1 EINVAL (Invalid argument)',
        'access("/etc/app.d/z.conf", R_OK) = -1 ENOENT (No such file or directory)',
        'write(2, "app: job.sh: cannot execute: no such file\\n", 42) = 42',
        'openat(AT_FDCWD, "/etc/app.d/y.conf", O_RDONLY) = -1 EACCES (Permission denied)',
        'newfstatat(AT_FDCWD, "/etc/app.d/y.conf", 0x7ffd, 0) = -1 ENOENT (No such file or '
        'directory)', 'read(3, "", 4096) = 0', 'dup2(3, 2) = 2',
        'write(2, "cannot open /etc/app.conf: Permission denied\\n", 45) = 45',
        'write(3, "1234\\n", 5) = 5']
    out = ['100 execve("/usr/bin/app", ["app"], 0x7ffd /* 3 vars */) = 0']
    for _ in range(20000 if seed == 0 else 800):
        out.append("%d %s" % (rnd.choice((100, 100, 101)), rnd.choice(calls)))
    out += ["101 +++ exited with 1 +++", "100 +++ exited with 1 +++"]
    log.write_text("\n".join(out) + "\n")
    shapes = {len(d) for ev in sieved_events([str(log)], Quiet(
        Diagnosis.quiet, MESSAGE_CALLS, DIGESTS)) if ev.kind == "skipped"
        for d in ev.digests or ()}
    assert shapes == {3, 6, 7}
    assert diagnose_logs([str(log)]) == diagnose(reader.events([str(log)]))


def test_a_file_examined_then_opened_is_not_blamed_for_a_cut_message(tmp_path):
    """A message cut by -s about a file the program was asked to run: a stat of it
    explains it as "cannot be run" only when it was not opened after (read from the
    open's digest)."""
    out = []
    for opened in (True, False):
        log = tmp_path / ("t%d.log" % opened)
        lines = ['9 execve("/usr/bin/runner", ["runner", "/srv/job.sh"], 0x7ffd /* 3 vars */)'
                 ' = 0', '9 brk(NULL) = 0x1',
                 '9 newfstatat(AT_FDCWD, "/srv/job.sh", {st_mode=S_IFREG|0644, st_size=9}, 0)'
                 ' = 0'] + \
                ['9 openat(AT_FDCWD, "/srv/job.sh", O_RDONLY) = 3'] * opened + \
                ['9 brk(NULL) = 0x1', '9 write(2, "runner: /srv/job.sh: it"..., 24) = 24',
                 '9 +++ exited with 1 +++']
        log.write_text("\n".join(lines) + "\n")
        digests = [len(d) for ev in sieved_events([str(log)], Quiet(
            Diagnosis.quiet, MESSAGE_CALLS, DIGESTS)) if ev.kind == "skipped"
            for d in ev.digests or ()]
        assert digests == [6, 7] if opened else [6]
        got = diagnose_logs([str(log)])
        assert got == diagnose(reader.events([str(log)]))
        out.append(got)
    assert out[0] != out[1]
