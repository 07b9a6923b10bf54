"""syscope read --format=chrome-trace and --trace-events: the Trace Event Format on
real traces (recorded by strace, and live)."""
from __future__ import annotations

import json
import shutil
import time
from collections import Counter

import pytest

import trace_event_format
from tracelogs import FAMILY, THREADS, record, run_on_bad_input, syscope

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


def export(log: str, out: str, *opts) -> dict:
    r = syscope("read", "--format=chrome-trace", *opts, "-o", out, log)
    assert r.returncode == 0 and not r.stderr, r.stderr
    return trace_event_format.check(out)


def count_calls(log: str) -> int:
    """System calls in a log, as the log reader's JSON Lines count them."""
    r = syscope("read", "--json", log)
    return sum(json.loads(line)["type"] == "syscall" for line in r.stdout.splitlines())


def by_phase(doc, ph):
    return [e for e in doc["traceEvents"] if e["ph"] == ph]


@pytest.mark.parametrize("opts", [("-f", "-tt", "-T"), ("-f", "-ttt", "-T"), ("-f", "-tt"),
                                  ("-f",), ("-f", "-r", "-T"), ("-ff", "-tt", "-T")],
                         ids=["tt-T", "ttt-T", "tt", "untimed", "relative", "ff-set"])
def test_family_failure(tmp_path, opts):
    log = record(str(tmp_path), "family", FAMILY, opts)
    doc = export(log, str(tmp_path / "trace.json"))
    slices = by_phase(doc, "X")
    assert len(slices) == count_calls(log)
    assert {e["pid"] for e in slices} == {e["tid"] for e in slices}   # no threads here
    assert len({e["pid"] for e in slices}) == 4
    exits = Counter(e["name"] for e in by_phase(doc, "i") if e["cat"] == "exit")
    assert exits == {"exit 3": 1, "exit 0": 1, "exit 1": 1, "killed by SIGTERM": 1}
    assert any(e["name"] == "SIGCHLD" for e in by_phase(doc, "i"))
    forks = [e for e in by_phase(doc, "s") if e["name"] == "fork"]
    assert len(forks) == 3 and len(by_phase(doc, "f")) == len(by_phase(doc, "s"))
    failed = [e for e in slices if e["cat"] == "failed"]
    assert any('"/nonexistent/syscope-family.conf"' in e["args"]["args"] and
               "ENOENT" in e["args"]["ret"] for e in failed)
    names = {e["args"]["name"] for e in by_phase(doc, "M") if e["name"] == "process_name"}
    assert "cat /nonexistent/syscope-family.conf" in names


def test_threads_share_their_process(tmp_path):
    log = record(str(tmp_path), "threads", THREADS)
    doc = export(log, str(tmp_path / "trace.json"))
    slices = by_phase(doc, "X")
    tracks = {(e["pid"], e["tid"]) for e in slices}
    assert len({pid for pid, _ in tracks}) == 1 and len(tracks) == 3, tracks
    writes = [e for e in slices if e["name"] == "write" and "thread" in e["args"]["args"]]
    assert len({e["tid"] for e in writes}) == 2


def test_live_trace_events(tmp_path):
    out = tmp_path / "live.json"
    r = syscope("-f", "-o", str(tmp_path / "live.txt"), "--trace-events", str(out), *FAMILY,
                cwd=str(tmp_path))
    assert r.returncode == 3, r.stderr
    doc = trace_event_format.check(str(out))
    assert len(by_phase(doc, "X")) == count_calls(str(tmp_path / "live.txt"))
    assert len({e["pid"] for e in by_phase(doc, "X")}) == 4
    assert any(e["name"] == "killed by SIGTERM" for e in by_phase(doc, "i"))


def test_filters_apply(tmp_path):
    log = record(str(tmp_path), "family", FAMILY)
    doc = export(log, str(tmp_path / "trace.json"), "-e", "trace=%process", "-Z")
    assert by_phase(doc, "X") and all(e["cat"] == "failed" for e in by_phase(doc, "X"))


@pytest.mark.parametrize("args,message", [
    (["--format=svg", "x.log"], "invalid --format argument: 'svg'"),
    (["--format=chrome-trace", "missing.log"], "Can't open 'missing.log'"),
    (["--format=chrome-trace", "empty.log"], "'empty.log' is empty"),
    (["--format=chrome-trace", "binary.log"], "'binary.log' is binary, not a trace log"),
    (["--format=chrome-trace", "text.log"], "text.log: no strace output found"),
    (["--format=chrome-trace", "-s", "x", "fam.log"], "invalid -s argument: 'x'"),
    (["--format=chrome-trace", "-o", "/nonexistent/dir/t.json", "fam.log"],
     "Can't write '/nonexistent/dir/t.json'"),
])
def test_bad_input(tmp_path, args, message):
    run_on_bad_input(str(tmp_path), "read", args, message)


def test_bytes_that_are_not_utf8(tmp_path):
    log = tmp_path / "raw.log"
    log.write_bytes(b'100 12:00:00.000001 openat(AT_FDCWD, "/tmp/caf\xe9\xff.conf", O_RDONLY)'
                    b" = -1 ENOENT (No such file or directory) <0.000010>\n"
                    b'100 12:00:00.000100 write(2, "\xc3\xa9t\xc3\xa9\\n", 6) = 6 <0.000010>\n'
                    b"100 12:00:00.000200 exit_group(1) = ?\n"
                    b"100 12:00:00.000300 +++ exited with 1 +++\n")
    doc = export(str(log), str(tmp_path / "trace.json"))
    args = [e["args"]["args"] for e in by_phase(doc, "X")]
    assert args[0].encode("utf-8", "surrogateescape").startswith(b'AT_FDCWD, "/tmp/caf\xe9\xff')
    assert args[1] == '2, "\u00e9t\u00e9\\n", 6'


def test_trace_events_of_a_daemonized_tracer(tmp_path):
    """-D: the tracer is a detached grandchild; it writes the trace when the program ends."""
    out = tmp_path / "d.json"
    r = syscope("-D", "-f", "-o", str(tmp_path / "d.txt"), "--trace-events", str(out), *FAMILY,
                cwd=str(tmp_path))
    assert r.returncode == 3, r.stderr
    deadline = time.monotonic() + 60
    while not (out.exists() and out.read_text().endswith("}\n")):
        assert time.monotonic() < deadline, "the tracer never finished the trace"
        time.sleep(0.1)
    doc = trace_event_format.check(str(out))
    assert len({e["pid"] for e in by_phase(doc, "X")}) == 4
