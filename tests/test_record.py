"""syscope record: timestamped files, duration, rotation, compression, redaction, and a
clean detach on signals and at the time limit, with a live process that keeps running."""
from __future__ import annotations

import glob
import json
import os
import pty
import re
import signal
import subprocess
import sys
import time

import pytest

from difftool import SYSCOPE

PY = "/usr/bin/python3"
# writes a secret to a file every 10 ms until killed; says when it is ready
WRITER = ("import sys, time\n"
          "f = open(sys.argv[1], 'w')\n"
          "print('ready', flush=True)\n"
          "while True:\n"
          "    f.write('secret-token\\n'); f.flush(); time.sleep(0.01)\n")
NAME_RE = re.compile(r"-\d{8}-\d{6}(-\d{3})?\.log(\.zst)?$")


@pytest.fixture
def victim(tmp_path):
    out = tmp_path / "victim.out"
    p = subprocess.Popen([PY, "-I", "-S", "-c", WRITER, str(out)], stdout=subprocess.PIPE,
                         text=True)
    assert p.stdout.readline() == "ready\n"
    yield p, out
    p.kill()
    p.wait()


def proc_state(pid):
    with open("/proc/%d/status" % pid) as f:
        fields = dict(line.split(":\t", 1) for line in f if ":\t" in line)
    return fields["State"].split()[0], int(fields["TracerPid"])


def still_running(p, out):
    """Not stopped, not traced, and still doing its work."""
    state, tracer = proc_state(p.pid)
    assert state in ("S", "R") and tracer == 0, (state, tracer)
    size = out.stat().st_size
    deadline = time.monotonic() + 5
    while out.stat().st_size == size and time.monotonic() < deadline:
        time.sleep(0.02)
    assert out.stat().st_size > size
    assert p.poll() is None


def wait_for_program(arg: str, timeout: float = 30) -> int:
    """The pid of the process whose last argument is arg."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in os.listdir("/proc"):
            try:
                with open("/proc/%s/cmdline" % entry, "rb") as f:
                    if entry.isdigit() and f.read().split(b"\0")[-2:-1] == [arg.encode()]:
                        return int(entry)
            except OSError:
                pass
        time.sleep(0.02)
    raise AssertionError("no process with argument %s" % arg)


def record(args, cwd, **kw):
    kw.setdefault("capture_output", True)
    return subprocess.run(SYSCOPE + ["record"] + args, cwd=cwd, text=True, timeout=60, **kw)


def read_back(path):
    """The events of a recorded file; every line understood (but the '<detached ...>'
    that ends a call interrupted by the detach)."""
    r = subprocess.run(SYSCOPE + ["read", "--json", path], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    events = [json.loads(x) for x in r.stdout.splitlines()]
    assert not [e for e in events if e["type"] == "unparsed" and
                not e["text"].endswith("<detached ...>")], path
    return events


def test_attach_for_a_duration(victim, tmp_path):
    p, out = victim
    r = record(["-p", str(p.pid), "--duration", "1", "-o", "trace"], tmp_path)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    files = glob.glob(str(tmp_path / "trace-*"))
    assert len(files) == 1 and NAME_RE.search(files[0]), files
    still_running(p, out)
    events = read_back(files[0])
    calls = [e for e in events if e["type"] == "syscall"]
    writes = [e for e in calls if e["name"] == "write"]
    assert writes and all(e["duration"] is not None for e in writes)       # -T
    assert re.match(r"\d\d:\d\d:\d\d\.\d{6}$", writes[0]["time"])          # -tt
    assert '"secret-token\\n"' in writes[0]["args_text"]                     # -s 256
    assert "(time limit)" in r.stderr


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_signal_detaches(victim, tmp_path, sig):
    p, out = victim
    rec = subprocess.Popen(SYSCOPE + ["record", "-p", str(p.pid), "-o", "trace"], cwd=tmp_path,
                           stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not glob.glob(str(tmp_path / "trace-*")) or \
            os.path.getsize(glob.glob(str(tmp_path / "trace-*"))[0]) == 0:
        assert time.monotonic() < deadline and rec.poll() is None
        time.sleep(0.05)
    rec.send_signal(sig)
    _, err = rec.communicate(timeout=30)
    assert rec.returncode == 0 and "Traceback" not in err, err
    still_running(p, out)
    events = read_back(glob.glob(str(tmp_path / "trace-*"))[0])
    assert any(e["type"] == "syscall" and e["name"] == "write" for e in events)


def test_rotation_zstd_redaction(victim, tmp_path):
    p, out = victim
    # stopped once a fifth file was begun (how fast files fill depends on how the
    # writer's lines come in, so no time would do): two older ones are gone by then
    rec = subprocess.Popen(SYSCOPE + ["record", "-p", str(p.pid), "--duration", "120",
                                      "--max-size", "1K", "--files", "3", "--zstd",
                                      "--redact", "-o", "rot"],
                           cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 100
    while not glob.glob(str(tmp_path / "rot-*-005.log.zst")):
        assert time.monotonic() < deadline and rec.poll() is None
        time.sleep(0.05)
    rec.send_signal(signal.SIGINT)
    _, err = rec.communicate(timeout=30)
    assert rec.returncode == 0, err
    files = sorted(glob.glob(str(tmp_path / "rot-*")))
    assert len(files) == 3 and all(NAME_RE.search(f) for f in files), files
    assert re.search(r"\(\d+ older files removed\)", err), err
    last_time = ""
    writes = []
    for f in files:
        with open(f, "rb") as fh:
            assert fh.read(4) == b"\x28\xb5\x2f\xfd"
        calls = [e for e in read_back(f) if e["type"] == "syscall"]
        if calls:     # the last file may end just after a rotation
            assert calls[0]["time"] >= last_time
            last_time = calls[-1]["time"]
        writes += [e for e in calls if e["name"] == "write"]
    assert writes and all("secret" not in e["args_text"] for e in writes)
    assert all(e["ret"] == 13 for e in writes)     # what was written is still counted
    still_running(p, out)


def test_launched_program_keeps_running_after_the_time_limit(tmp_path):
    out = tmp_path / "launched.out"
    with open(tmp_path / "stderr", "w+") as err:
        # not pipes: the program keeps them open after syscope is gone
        r = record(["--duration", "1", "-o", "launch", "--", PY, "-I", "-S", "-c", WRITER,
                    str(out)], tmp_path, stdout=subprocess.DEVNULL, stderr=err,
                   capture_output=False)
        err.seek(0)
        assert r.returncode == 0, err.read()
    assert glob.glob(str(tmp_path / "launch-*"))
    # The program is found by its command line, not in the trace: on a loaded machine the
    # second may end before the program made its first call.
    pid = wait_for_program(str(out))
    try:
        state, tracer = proc_state(pid)
        assert state in ("S", "R") and tracer == 0
    finally:
        os.kill(pid, signal.SIGKILL)


def test_status_line_on_a_terminal(victim, tmp_path):
    p, _out = victim
    master, slave = pty.openpty()
    rec = subprocess.Popen(SYSCOPE + ["record", "-p", str(p.pid), "--duration", "2.5", "-o",
                                      "tty"], cwd=tmp_path, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    rec.wait(timeout=30)
    os.close(master)
    text = b"".join(chunks).decode(errors="replace")
    assert re.search(r"syscope record: 00:00:0\d  \d+ lines  [\d.]+ (B|KB)", text), text


@pytest.mark.parametrize("args,message", [
    ([], "give -p PID"), (["--max-size", "0", "-p", "1"], "invalid --max-size"),
    (["--duration", "soon", "-p", "1"], "invalid --duration"),
    (["-p", "999999999"], "999999999"), (["--bogus"], "unrecognized option"),
    (["--", "/nonexistent/program"], "Can't stat"), (["-o", "/nonexistent/dir/x", "--", "true"],
                                                      "Can't create"),
])
def test_bad_input(tmp_path, args, message):
    r = record(args, tmp_path)
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr, r.stderr
