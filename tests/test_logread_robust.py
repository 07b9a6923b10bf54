"""The log reader against damaged and hostile logs: every way in (`read`, `read -c`,
`read --json`, `why LOG`, `syscope.read()`) ends in output or a clear `syscope:` error,
never a traceback, in time and memory linear in the input."""
from __future__ import annotations

import functools
import gzip
import io
import os
import random
import select
import signal
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from difftool import STRACE, SYSCOPE
from procs import syscope_started
import syscope
from syscope.analyze.report import render
from syscope.analyze.why import diagnose
from syscope.logread.args import parse_args, unquote
from syscope.logread import fastcount
from syscope.logread.fastcount import count
from syscope.logread.passthrough import count_unparsed
from syscope.logread.parse import parse_line, split_return
from syscope.logread.jsonout import write_events
from syscope.logread.reader import LogError, events
from syscope.logread.replay import replay
from syscope.output.jsonl import dumps
from syscope.output.summary import Summary
from syscope.output.text import Stream, TextOptions, TextWriter

ENV = dict(os.environ, LC_ALL="C", LANG="C")


@functools.lru_cache(maxsize=1)
def real_log() -> bytes:
    """A real strace -f -tt -T -y log of a small program with a child, a signal and a
    failure (recorded once per run)."""
    out = "/tmp/syscope-robust-%d.log" % os.getpid()
    cmd = ["sh", "-c", "cat /etc/hostname | wc -c; kill -USR1 $$; ls /nonexistent; "
                       "sleep 0.01 & wait"]
    subprocess.run([STRACE, "-f", "-tt", "-T", "-y", "-s", "64", "-o", out] + cmd, env=ENV,
                   capture_output=True, timeout=60)
    with open(out, "rb") as f:
        data = f.read()
    os.unlink(out)
    assert data.count(b"\n") > 50
    return data


def every_reader(path: str) -> None:
    """What the subcommands do with a log, in-process: any exception but LogError is a bug.
    The compiled parser and the Python one both."""
    try:
        for compiled in (True, False):
            for ev in events([path], compiled=compiled):
                dumps(ev)
                if ev.kind == "syscall":
                    ev.args
                    ev.arg(1)
            write_events([path], io.StringIO(), compiled=compiled)   # read --json
        summary = Summary()
        count([path], summary)             # read -c
        summary.render()
        replay([path], TextWriter(TextOptions(), Stream(io.StringIO())))   # read
        render(diagnose(events([path])))   # why LOG
        for _ in syscope.read(path):       # the API
            pass
    except LogError:
        pass


def mutate(data: bytes, ops: list, rnd: random.Random) -> bytes:
    for op in ops:
        n = len(data)
        at = rnd.randrange(n + 1)
        if op == "flip" and n:
            b = bytearray(data)
            for _ in range(rnd.randint(1, 8)):
                i = rnd.randrange(n)
                b[i] ^= 1 << rnd.randrange(8)
            data = bytes(b)
        elif op == "truncate":
            data = data[:at]
        elif op == "junk":
            data = data[:at] + rnd.randbytes(rnd.randint(1, 300)) + data[at:]
        elif op == "long":
            piece = rnd.choice([b") = 1 ", b"a /* b ", b"1<", b'"\\', b"[{(", b" <1>", b"x, "])
            data = data[:at] + piece * rnd.randint(1000, 8000) + data[at:]
        elif op == "deep":
            k = rnd.randint(100, 20000)
            o = rnd.choice([b"[", b"{a=", b"(", b"f("])
            data = data[:at] + o * k + b"x" + b")]}"[rnd.randrange(3):][:1] * k + data[at:]
        elif op == "number":
            data = data[:at] + b"9" * rnd.choice([21, 41, 400, 5000]) + data[at:]
        elif op == "escape":
            data = data[:at] + rnd.choice([b"\\9", b"\\xZZ", b"\\x", b"\\", b"\\777"]) + data[at:]
        elif op == "tail":   # what 'tail -n' gives: starts anywhere
            cut = data.find(b"\n", at)
            data = data[cut + 1:] if cut >= 0 else data
        elif op == "dup":
            data = data + data[at:at + 2000]
    return data


MUTATIONS = st.lists(st.sampled_from(["flip", "truncate", "junk", "long", "deep", "number",
                                      "escape", "tail", "dup"]), min_size=1, max_size=4)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=MUTATIONS, seed=st.integers(0, 2**32), compress=st.sampled_from(
    [None, None, None, "gz", "zst"]), damage=st.booleans())
def test_mutated_real_logs_never_crash_a_reader(tmp_path_factory, ops, seed, compress, damage):
    rnd = random.Random(seed)
    base = real_log()
    start = rnd.randrange(len(base) // 2)
    data = mutate(base[start:start + rnd.randint(2000, 12000)], ops, rnd)
    if compress == "gz":
        data = gzip.compress(data)
    elif compress == "zst":
        zstandard = pytest.importorskip("zstandard")
        data = zstandard.ZstdCompressor().compress(data)
    if compress and damage:   # a corrupt or truncated archive
        data = mutate(data, [rnd.choice(["flip", "truncate"])], rnd)
    path = tmp_path_factory.mktemp("fuzz") / "log"
    path.write_bytes(data)
    every_reader(str(path))
    if not compress:
        same_by_every_shortcut(str(path), data)


def same_by_every_shortcut(path: str, data: bytes) -> None:
    """read -c's compiled scanner counts as the Python rules do; the text copy counts
    the lines not understood as the parser does."""
    if fastcount.scan is not None:
        fast, slow = Summary(), Summary()
        count([path], fast)
        count([path], slow, compiled=False)
        def rows(summary):
            return [(c.nr, c.name, c.calls, c.errors, c.total, c.min, c.max)
                    for c in summary.counts.values()]
        assert rows(fast) == rows(slow)
    if data and not data.endswith(b"\n"):
        data += b"\n"
    lines = data.decode("utf-8", "surrogateescape").split("\n")[:-1]
    want = sum(parse_line(ln, 1).kind == "unparsed" for ln in lines)
    assert count_unparsed(data, 0) == count_unparsed(data, 0, compiled=False) == want


HOSTILE = {
    "resumed_first": b"<... openat resumed>) = 3 <0.000010>\nclose(3) = 0\n",
    "resumed_other": b"1 openat(AT_FDCWD, \"/x\", O_RDONLY <unfinished ...>\n"
                     b"1 <... read resumed>\"ab\", 2) = 2\n",
    "bad_escapes": b'openat(AT_FDCWD, "\\9\\xZZ\\x", O_RDONLY) = 3\n',
    "huge_int": b'read(3, "", ' + b"9" * 5000 + b") = " + b"9" * 5000 + b"\n",
    "huge_pid": b"9" * 5000 + b" close(3) = 0\n+++ exited with " + b"9" * 5000 + b" +++\n",
    "huge_duration": b"read(3, \"\", 5) = 0 <" + b"9" * 400 + b".000000>\n",
    "signal_junk": b"--- SIGUSR1 {x} ---\n--- SIGUSR1 {si_signo=} ---\n--- SIGUSR1 {",
    "deep": b"ioctl(1, " + b"[" * 200000 + b"]" * 200000 + b") = 0\n",
    "deep_struct": b"ioctl(1, " + b"{a=" * 100000 + b"}" * 100000 + b") = 0\n",
    "empty": b"",
    "binary": bytes(range(256)) * 40,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_logs_in_process(name, tmp_path):
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    every_reader(str(path))


def test_bad_escapes_stand_for_the_character():
    assert unquote("a\\9b\\xZZ\\x41\\101\\n\\") == "a9bxZZA" + "A\n\\"
    assert parse_args('"\\xZ"')[0]["value"] == "xZ"


def test_huge_numbers_are_not_ints():
    node = parse_args("9" * 5000)[0]
    assert node["type"] != "int"
    assert parse_args("18446744073709551615")[0]["value"] == 2**64 - 1


def test_resume_without_entry_is_marked():
    evs = [e for e in events_of(HOSTILE["resumed_first"]) if e.kind == "syscall"]
    assert evs[0].name == "openat" and evs[0].args_text == "..." and evs[0].rval == 3
    evs = [e for e in events_of(HOSTILE["resumed_other"]) if e.kind == "syscall"]
    assert [(e.name, e.unfinished) for e in evs] == [("openat", True), ("read", False)]
    assert evs[1].args_text == '..., "ab", 2'


def events_of(data: bytes, tmp=[]):
    import tempfile
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        return list(events([f.name]))


def test_long_lines_are_linear():
    """A line of 40k hostile characters parses in about the time of 40k plain ones
    (the old regular expressions took 35 s on it): 20x the length costs ~20x, not 400x."""
    from syscope.logread.args import py_parse_args
    from syscope.logread.compiled import parser
    fast = parser()

    def cost(n, piece):
        line = 'write(1, "x", 5' + piece * n
        t = time.process_time()
        for _ in range(3):
            parse_line(line, 1)
            split_return(line)
            parse_args(line)
            py_parse_args(line)
            if fast is not None:   # the compiled line splitter and JSON writer
                data = (line + "\n").encode()
                fast.items(data, 0, 0, 0, "", 1)
                fast.json_calls(data, 0, 0, 0, 0, None, None)
        return time.process_time() - t
    for piece in [") = 1 ", ") ", " <", '"\\', "1<", "[{(", "a /* b ", " => {"]:
        small, big = cost(400, piece), cost(8000, piece)
        assert big < small * 100 + 0.5, piece


def run_syscope(args, **kw):
    return subprocess.run(SYSCOPE + args, capture_output=True, timeout=120, **kw)


@pytest.mark.parametrize("mode", [["read"], ["read", "-c"], ["read", "--json"], ["why"],
                                  ["summary"], ["tree"]])
def test_damaged_archives_are_errors_with_a_line_number(mode, tmp_path):
    data = real_log()
    gz = tmp_path / "cut.gz"
    gz.write_bytes(gzip.compress(data)[:len(gzip.compress(data)) // 2])
    r = run_syscope(mode + [str(gz)])
    assert b"Traceback" not in r.stderr
    if mode != ["why"]:
        assert r.returncode == 1 and b"syscope: " in r.stderr and b"past line" in r.stderr
    for at in (0.5, 0.01):    # damage in the middle, or in the first block read
        bad = bytearray(gzip.compress(data))
        bad[int(len(bad) * at)] ^= 0xFF
        gz.write_bytes(bytes(bad))
        r = run_syscope(mode + [str(gz)])
        assert r.returncode == 1 and r.stderr.startswith(b"syscope: "), r.stderr
        assert b"Traceback" not in r.stderr and b"internal error" not in r.stderr, r.stderr


def test_a_directory_and_an_unwritable_output(tmp_path):
    r = run_syscope(["read", str(tmp_path)])
    assert r.returncode == 1
    assert r.stderr == b"syscope: read: '%s' is a directory, not a trace log\n" % bytes(tmp_path)
    log = tmp_path / "log"
    log.write_bytes(real_log())
    r = run_syscope(["read", "-o", str(tmp_path / "no" / "such"), str(log)])
    assert r.returncode == 1 and r.stderr.startswith(b"syscope: Can't fopen")


@pytest.mark.parametrize("sub", [["read"], ["read", "-c"], ["read", "--json"],
                                 ["read", "--format=chrome-trace"], ["summary"], ["tree"]])
def test_an_empty_log_is_an_error_as_for_every_subcommand(sub, tmp_path):
    log = tmp_path / "x.log"
    log.write_bytes(b"")
    r = run_syscope(sub + [str(log)])
    assert (r.returncode, r.stdout) == (1, b"")
    assert r.stderr == b"syscope: %s: '%s' is empty\n" % (sub[0].encode(), bytes(log))


def test_read_copies_a_binary_log_through_and_says_so(tmp_path):
    """(read is a filter: lines it does not understand go through, counted)"""
    log = tmp_path / "x.log"
    log.write_bytes(b"ab\0cd\n")
    r = run_syscope(["read", str(log)])
    assert (r.returncode, r.stdout) == (0, b"ab\0cd\n")
    assert r.stderr == b"syscope: 1 line not understood (copied through)\n"


@pytest.mark.parametrize("opts", [[], ["-e", "trace=!getpid"]], ids=["copy", "replay"])
def test_text_streams_before_the_log_ends(opts, tmp_path):
    """Lines come out while the log is still being written: nothing is held to the end."""
    lines = real_log().splitlines(keepends=True)
    chunk = b"".join(lines) * (1 + 5000 // len(lines))   # more than a flush interval
    r, w = os.pipe()
    p = subprocess.Popen(SYSCOPE + ["read"] + opts + ["-"], stdin=r, stdout=subprocess.PIPE)
    os.close(r)
    feeder = threading.Thread(target=os.write, args=(w, chunk))
    feeder.start()
    # the log is not over (w is open): output must come anyway
    streamed = select.select([p.stdout], [], [], 60)[0]
    out: list = []
    drain = threading.Thread(target=lambda: out.append(p.stdout.read()))
    drain.start()
    feeder.join()
    os.close(w)
    drain.join()
    p.wait(timeout=60)
    log = tmp_path / "log"
    log.write_bytes(chunk)
    assert streamed and out[0] == run_syscope(["read"] + opts + [str(log)]).stdout


def test_json_into_head_dies_of_sigpipe_quietly(tmp_path):
    log = tmp_path / "log"
    log.write_bytes(real_log() * 200)
    for mode in (["--json"], []):
        r = subprocess.run("%s read %s %s | head -1" % (" ".join(SYSCOPE), " ".join(mode), log),
                           shell=True, capture_output=True, timeout=120,
                           executable="/bin/bash")
        assert r.stderr == b"" and r.stdout.count(b"\n") == 1
        r = subprocess.run("%s read %s %s | head -1 >/dev/null; echo ${PIPESTATUS[0]}"
                           % (" ".join(SYSCOPE), " ".join(mode), log), shell=True,
                           capture_output=True, timeout=120, executable="/bin/bash")
        assert r.stdout.strip() == b"141" and r.stderr == b""


def test_ctrl_c_during_read_prints_no_traceback(tmp_path):
    r, w = os.pipe()
    p = subprocess.Popen(SYSCOPE + ["read", "--json", "-"], stdin=r, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    os.close(r)
    os.write(w, real_log() * 2)   # fits the pipe; then the reader waits for more of the log
    assert p.stdout.readline().startswith(b'{"v":1')   # it is past start-up, reading
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=30)
    os.close(w)
    # ends as any program does on Ctrl-C: dies of SIGINT (the shell's $? is 130)
    assert p.returncode == -signal.SIGINT and b"Traceback" not in err


@pytest.mark.parametrize("sub", [["read"], ["read", "-c"], ["why"], ["summary"]])
def test_signals_at_random_moments_of_reading_a_log(sub):
    """SIGINT 0-300 ms after syscope's first line, SIGTERM 0-300 ms after the spawn: in the
    subcommand's imports, its first look at the log or in the middle of reading it (a log
    that never ends: a pipe kept open), it dies of the signal without a word."""
    rng = random.Random(" ".join(sub))
    for sig in (signal.SIGINT, signal.SIGTERM) * 3:
        delay = rng.uniform(0, 0.3)
        r, w = os.pipe()
        p = subprocess.Popen(SYSCOPE + sub + ["-"], stdin=r, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        os.close(r)
        try:
            os.write(w, real_log()[:60000])   # fits the pipe; then the reader waits for more
            if sig == signal.SIGINT:
                syscope_started(p.pid)
            time.sleep(delay)
            p.send_signal(sig)
            _, err = p.communicate(timeout=30)
        finally:
            os.close(w)
            p.kill()
            p.wait()
        assert p.returncode == -sig and err == b"", (sig, delay, err)
