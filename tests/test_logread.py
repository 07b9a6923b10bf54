"""syscope read: logs written by the real strace come back identical, are parsed into
events, summarised, filtered; no input crashes the reader."""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess

import pytest
from hypothesis import given, settings, strategies as st

from difftool import SYSCOPE, STRACE
from syscope.logread.parse import parse_line
from syscope.logread.reader import events

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

ENV = dict(os.environ, LC_ALL="C", LANG="C")
WORKLOAD = ["sh", "-c", "cat /etc/hostname | wc -c; kill -USR1 $$; ls /nonexistent; "
                        "/usr/bin/python3 -I -S -c 'import threading; t=threading.Thread("
                        "target=print); t.start(); t.join()'"]
FLAGS = [
    ["-f"], ["-f", "-tt", "-T"], ["-f", "-ttt"], ["-f", "-t"], ["-f", "-r"], ["-f", "-t", "-r"],
    ["-f", "-y"], ["-f", "-yy"], ["-f", "-x"], ["-f", "-xx"], ["-f", "-v"], ["-f", "-s", "8"],
    ["-f", "-n"], ["-f", "-tt", "-T", "-y", "-s", "256"], ["-f", "-e", "write=1"],
    ["-f", "-C"], [], ["-tt", "-T"], ["-f", "-e", "trace=%file,%process"],
]


def record(tmp_path, flags, cmd=WORKLOAD, name="trace"):
    out = tmp_path / name
    subprocess.run([STRACE, "-o", str(out)] + flags + cmd, env=ENV, capture_output=True,
                   timeout=60)
    return out


def syscope_read(args, **kw):
    return subprocess.run(SYSCOPE + ["read"] + args, capture_output=True, text=True,
                          timeout=120, **kw)


@pytest.mark.parametrize("flags", FLAGS, ids=lambda f: "".join(f) or "plain")
def test_round_trip(flags, tmp_path):
    log = record(tmp_path, flags)
    r = syscope_read([str(log)])
    assert r.returncode == 0, r.stderr
    assert r.stdout == log.read_text()
    assert "not understood" not in r.stderr


def test_round_trip_ff_set_by_prefix(tmp_path):
    log = record(tmp_path, ["-ff"])
    files = sorted(p for p in tmp_path.iterdir() if p.name.startswith("trace."))
    assert len(files) >= 3
    r = syscope_read([str(log)])
    # recorded without timestamps: one process after another, each line with its pid
    # (tests/test_ffset.py: sets with timestamps, merged by time)
    width = max(len(f.suffix) - 1 for f in files)
    expected = "".join("%-*s %s\n" % (width, f.suffix[1:], line)
                       for f in sorted(files, key=lambda p: int(p.suffix[1:]))
                       for line in f.read_text().splitlines())
    assert r.stdout == expected
    pids = {e.pid for e in events([str(log)]) if e.kind == "syscall"}
    assert pids == {int(f.suffix[1:]) for f in files}


# a child killed once it sleeps in clock_nanosleep (230), however long it takes to get
# there: killed before, it dies between two calls or before strace shows its entry
KILL_ASLEEP = """
import os, time
pid = os.fork()
if pid == 0:
    os.execv("/bin/sleep", ["sleep", "60"])
def asleep():
    stat = open("/proc/%d/stat" % pid).read()
    call = open("/proc/%d/syscall" % pid).read()
    return stat[stat.rindex(")") + 2] == "S" and call.startswith("230 ")
while not asleep():
    time.sleep(0.01)
os.kill(pid, 9)
os.waitpid(pid, 0)
"""


def test_killed_mid_syscall(tmp_path):
    log = record(tmp_path, ["-f", "-tt", "-T"], ["/usr/bin/python3", "-I", "-S", "-c",
                                                 KILL_ASLEEP])
    r = syscope_read([str(log)])
    assert r.stdout == log.read_text()
    evs = list(events([str(log)]))
    killed = [e for e in evs if e.kind == "exit" and e.signal == "SIGKILL"]
    assert killed
    victim = killed[0].pid
    last = [e for e in evs if e.kind == "syscall" and e.pid == victim][-1]
    assert last.ret_text in (None, "?") or last.unfinished


def test_gzip_and_stdin(tmp_path):
    log = record(tmp_path, ["-f", "-tt"])
    gz = tmp_path / "trace.gz"
    gz.write_bytes(gzip.compress(log.read_bytes()))
    assert syscope_read([str(gz)]).stdout == log.read_text()
    r = syscope_read(["-"], input=log.read_text())
    assert r.stdout == log.read_text()


def test_zstd_log(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    log = record(tmp_path, ["-f", "-T"])
    zst = tmp_path / "trace.zst"
    zst.write_bytes(zstandard.ZstdCompressor().compress(log.read_bytes()))
    r = syscope_read([str(zst)])
    assert r.returncode == 0 and r.stdout == log.read_text()


def test_events_join_unfinished_and_resumed(tmp_path):
    log = record(tmp_path, ["-f"])
    text = log.read_text()
    evs = [e for e in events([str(log)]) if e.kind == "syscall"]
    n_resumed = text.count(" resumed>")
    assert sum(e.resumed for e in evs) == n_resumed
    # every resumed call has its whole argument list
    for e in evs:
        if e.resumed and e.name in ("wait4", "read"):
            assert e.args_text.count(",") >= 2


def test_summary_of_log_matches_strace_summary(tmp_path):
    cmd = ["sh", "-c", "cat /etc/hostname; ls /etc/default > /dev/null; cat /nonexistent"]
    # One run, trace and table (-C): a shell's wait4 and signal calls vary between runs.
    both = record(tmp_path, ["-f", "-C"], cmd).read_text()
    table = both.index("% time")
    log = tmp_path / "log"
    log.write_text(both[:both.rindex("\n", 0, table) + 1])
    got = syscope_read(["-c", str(log)]).stdout
    ref = tmp_path / "ref"
    ref.write_text(both[table:])

    def rows(t):
        # calls, errors and name of each row; a row taking all the time starts "100.00",
        # without a leading space, so rows are told by their shape
        found = (re.match(r"\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+\s+\d*\s*\S+)$", ln)
                 for ln in t.splitlines())
        return sorted(m.group(1).split() for m in found if m and not m.group(1).endswith("total"))
    assert rows(got) == rows(ref.read_text())


@pytest.mark.parametrize("opts", [["-e", "trace=openat"], ["-Z"], ["-z"],
                                  ["-e", "trace=%file", "-e", "status=failed"],
                                  ["-e", "signal=none"], ["-P", "/etc/hostname"]])
def test_filters_on_logs_equal_live_filters(opts, tmp_path):
    """Filtering a full log gives what strace prints when filtering live."""
    cmd = ["cat", "/etc/hostname", "/nonexistent"]
    full = record(tmp_path, [], cmd, name="full")
    live = record(tmp_path, opts, cmd, name="live")
    got = syscope_read(opts + [str(full)]).stdout

    from difftool import normalize
    assert normalize(got.splitlines()) == normalize(live.read_text().splitlines())


def test_json_is_valid_and_typed(tmp_path):
    log = record(tmp_path, ["-f", "-tt", "-T", "-y"])
    r = syscope_read(["--json", str(log)])
    objs = [json.loads(ln) for ln in r.stdout.split("\n") if ln]
    calls = [o for o in objs if o["type"] == "syscall"]
    assert calls and all(o["v"] == 1 for o in objs)
    opened = [o for o in calls if o["name"] == "openat" and o["errno"] is None]
    assert opened[0]["args"][1]["type"] == "string"
    fd = [o for o in calls if o["name"] == "close" and o["args"][0]["type"] == "fd"]
    assert fd and fd[0]["args"][0]["path"]
    failed = [o for o in calls if o["errno"] == "ENOENT"]
    assert failed and failed[0]["ret"] == -1 and failed[0]["error"]
    assert any(o["type"] == "signal" and o["signal"] == "SIGUSR1" for o in objs)
    assert any(o["type"] == "exit" for o in objs)
    assert all(o["duration"] is not None for o in calls if o["ret_text"] not in (None, "?"))


GARBAGE = ["", "garbage", "open(", "read(3, \"abc", "+++ exited with", "--- SIG",
           "<... read resumed>", "12345", "[pid 12] ", ") = 3", "\x00\x01\xff",
           'write(1, ") = 5", 5) = 5']


@pytest.mark.parametrize("line", GARBAGE)
def test_garbled_lines_are_reported_not_fatal(line, tmp_path):
    log = tmp_path / "bad"
    log.write_text('openat(AT_FDCWD, "/x", O_RDONLY) = 3\n' + line + "\nclose(3) = 0\n")
    r = syscope_read([str(log)])
    assert r.returncode == 0 and "Traceback" not in r.stderr
    r = syscope_read(["--json", str(log)])
    objs = [json.loads(ln) for ln in r.stdout.splitlines()]
    assert objs[0]["name"] == "openat" and objs[-1]["name"] == "close"
    for o in objs:
        if o["type"] == "unparsed":
            assert o["line"] == 2


def test_string_containing_return_marker():
    rec = parse_line('write(1, ") = 5", 5) = 5', 1)
    assert rec.kind == "call" and rec.args == '1, ") = 5", 5' and rec.ret == "5"


def test_truncated_log_and_missing_file(tmp_path):
    log = record(tmp_path, ["-f"])
    data = log.read_bytes()
    cut = tmp_path / "cut"
    # 7 bytes into the line after the middle: a line cut short, wherever the middle falls
    cut.write_bytes(data[: data.index(b"\n", len(data) // 2) + 8])
    r = syscope_read([str(cut)])
    assert r.returncode == 0 and r.stdout == cut.read_text() + "\n"
    r = syscope_read([str(tmp_path / "nope")])
    assert r.returncode == 1 and "syscope: Can't open" in r.stderr
    gz = tmp_path / "cut.gz"
    gz.write_bytes(gzip.compress(data)[:200])
    r = syscope_read([str(gz)])
    assert r.returncode == 1 and "syscope:" in r.stderr and "Traceback" not in r.stderr


line_chars = st.text(alphabet=st.sampled_from(list('abcdefgh(){}[]<>"\\=,.|- 0123456789x?+:')),
                     max_size=80)


@settings(max_examples=400, deadline=None)
@given(st.lists(line_chars, max_size=20))
def test_parser_never_crashes(lines):
    for n, line in enumerate(lines, 1):
        rec = parse_line(line, n)
        assert rec.lineno == n
        if rec.kind == "call":
            assert rec.ret is not None
        _ = [getattr(rec, f) for f in ("kind", "pid", "name", "args")]


@settings(max_examples=200, deadline=None)
@given(st.lists(line_chars, max_size=30))
def test_events_and_args_never_crash(tmp_path_factory, lines):
    p = tmp_path_factory.mktemp("fuzz") / "log"
    p.write_text("\n".join(lines) + "\n")
    for ev in events([str(p)]):
        if ev.kind == "syscall":
            ev.args
