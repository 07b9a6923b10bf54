"""The tracer under an unfriendly world: threads that exec, signals to syscope at any
moment, output that cannot be written, syscope killed outright, hostile tracees.
Whatever happens, the traced program is never left stopped or harmed, its exit status
comes through, and syscope never ends in a traceback."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

from cworkloads import c_workload
from procs import alive, children, proc_state, start_time, syscope_started, \
    wait_for
from difftool import compare

SYSCOPE = [sys.executable, "-m", "syscope"]


def test_exec_by_a_thread_other_than_the_leader(tmp_path):
    out = tmp_path / "trace"
    r = subprocess.run(SYSCOPE + ["-f", "-o", str(out), c_workload("thread_exec")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert r.stdout == "exec by a thread\n"
    text = out.read_text()
    leader = text.split()[0]
    # The thread took the leader's pid: the new program's calls are printed under it.
    assert re.search(r"^%s +\+\+\+ superseded by execve in pid \d+ \+\+\+$" % leader, text, re.M)
    assert re.search(r'^%s +write\(1, "exec by a thread\\n", 17\) += 17$' % leader, text, re.M)
    assert re.search(r"^%s +\+\+\+ exited with 0 \+\+\+\n\Z" % leader, text, re.M)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
def test_exec_by_a_thread_equals_strace(tmp_path):
    same, total, diff = compare(["-f"], [c_workload("thread_exec")], str(tmp_path), multi=True)
    assert same == total, "\n".join(diff[:40])


def test_program_killed_inside_a_syscall(tmp_path):
    """strace's line for a call that never returns, and syscope dies of the same signal."""
    out = tmp_path / "trace"
    tracer = subprocess.Popen(SYSCOPE + ["-o", str(out), "sleep", "30"])
    try:
        assert wait_for(lambda: out.exists() and "clock_nanosleep(" in out.read_text())
        os.kill(children(tracer.pid)[0], signal.SIGKILL)
        assert tracer.wait(timeout=20) == -signal.SIGKILL
    finally:
        tracer.kill()
    assert out.read_text().splitlines()[-2:] == [
        "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=30, tv_nsec=0},  <unfinished ...>) = ?",
        "+++ killed by SIGKILL +++"]


# -- output that cannot be written ----------------------------------------------------

def test_output_to_a_full_device_keeps_the_program_and_its_status():
    r = subprocess.run(SYSCOPE + ["-o", "/dev/full", "sh", "-c", "echo ran; exit 3"],
                       capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stdout) == (3, "ran\n")
    assert r.stderr == "syscope: /dev/full: No space left on device\n"   # once


@pytest.mark.parametrize("redirect", ["2>/dev/full", "2>&-"])
def test_trace_on_an_unwritable_stderr(redirect):
    r = subprocess.run(" ".join(SYSCOPE) + " sh -c 'echo ran; exit 4' " + redirect,
                       shell=True, capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stdout) == (4, "ran\n")


def test_pipe_output_is_waited_for_and_excludes_ff(tmp_path):
    done = tmp_path / "done"
    r = subprocess.run(SYSCOPE + ["-o", "|cat > %s.tmp; sleep 0.3; mv %s.tmp %s" % (
        done, done, done), "true"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert done.read_text().endswith("+++ exited with 0 +++\n")   # cmd finished first
    r = subprocess.run(SYSCOPE + ["-ff", "-o", "|cat", "true"], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith(
        "syscope: piping the output and -ff/--output-separately are mutually exclusive\n")


def test_pipe_reader_that_leaves_early(tmp_path):
    r = subprocess.run(SYSCOPE + ["-o", "|head -n 1 > /dev/null", "sh", "-c",
                                  "for i in $(seq 300); do : > /dev/null; done; exit 6"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 6
    assert r.stderr in ("", "syscope: |head -n 1 > /dev/null: Broken pipe\n")


def test_json_per_process_files(tmp_path):
    import json
    base = tmp_path / "x"
    r = subprocess.run(SYSCOPE + ["--json", "-ff", "-o", str(base), "sh", "-c", "true | true"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == ""
    files = sorted(tmp_path.iterdir())
    assert len(files) >= 3
    for f in files:
        pid = int(f.name.split(".")[1])
        events = [json.loads(line) for line in f.read_text().splitlines()]
        assert events and all(e["pid"] == pid for e in events)
        assert events[-1]["type"] == "exit"


def test_json_with_summary_is_refused():
    r = subprocess.run(SYSCOPE + ["--json", "-c", "true"], capture_output=True, text=True)
    assert r.returncode == 1
    assert "--json and (-c/--summary-only or -C/--summary) are mutually exclusive" in r.stderr


# -- syscope signalled or killed --------------------------------------------------------

def let_go(pid: int) -> bool:
    """Not traced, and not stopped: running its loop or sleeping in it."""
    def free():
        st = proc_state(pid)
        return st["TracerPid"] == "0" and st["State"][0] in "RS"
    return wait_for(free)


# Stats /nonexistent/N for N = 0, 1, ... and records when each call returned, so that a
# trace can be checked against what the program really did.
COUNTER = r'''
import os, sys, time
done, i, end = [], 0, time.monotonic() + float(sys.argv[1])
while time.monotonic() < end:
    try:
        os.stat("/nonexistent/%d" % i)
    except OSError:
        pass
    done.append(time.monotonic())
    i += 1
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(" ".join("%.6f" % t for t in done))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
'''


def traced_numbers(path) -> list[int]:
    return [int(n) for n in re.findall(r'"/nonexistent/(\d+)"', path.read_text())]


def test_sigkill_of_syscope_loses_only_the_last_moments(tmp_path):
    """Output is flushed after every batch of records: a SIGKILL loses at most the two
    batches in flight (measured: under 0.15 s of the program's calls)."""
    out, times = tmp_path / "trace", tmp_path / "times"
    tracer = subprocess.Popen(SYSCOPE + ["-o", str(out), sys.executable, "-c", COUNTER, "4",
                                         str(times)])
    assert wait_for(lambda: out.exists() and "/nonexistent/" in out.read_text())
    time.sleep(0.5)
    killed_at = time.monotonic()
    tracer.kill()
    tracer.wait()
    assert wait_for(times.exists, timeout=30)   # the program ran on, untraced, and finished
    done = [float(t) for t in times.read_text().split()]
    seen = set(traced_numbers(out))
    lost = [i for i, t in enumerate(done) if t < killed_at - 1.0 and i not in seen]
    assert not lost, "%d calls made over a second before the kill are missing" % len(lost)


def test_sigterm_of_syscope_loses_nothing(tmp_path):
    out, times = tmp_path / "trace", tmp_path / "times"
    victim = subprocess.Popen([sys.executable, "-c", COUNTER, "30", str(times)])
    try:
        tracer = subprocess.Popen(SYSCOPE + ["-o", str(out), "-p", str(victim.pid)],
                                  stderr=subprocess.DEVNULL)
        assert wait_for(lambda: out.exists() and "/nonexistent/" in out.read_text())
        time.sleep(0.3)
        tracer.terminate()
        assert tracer.wait(timeout=20) == -signal.SIGTERM
        assert let_go(victim.pid)
        numbers = traced_numbers(out)
        # every call from the first traced one to the detach, none missing
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        assert out.read_text().endswith("\n")
    finally:
        victim.kill()
        victim.wait()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_signals_at_random_moments_never_leave_the_program_stopped(sig, tmp_path):
    """From start-up to the middle of the trace: an attached program runs on, free."""
    import random
    rng = random.Random(sig)
    victim = subprocess.Popen([sys.executable, "-c", COUNTER, "60", str(tmp_path / "times")])
    try:
        for delay in sorted(rng.uniform(0, 0.8) for _ in range(3)):
            tracer = subprocess.Popen(SYSCOPE + ["-o", "/dev/null", "-p", str(victim.pid)],
                                      stderr=subprocess.PIPE)
            syscope_started(tracer.pid)
            time.sleep(delay)
            tracer.send_signal(sig)
            _, err = tracer.communicate(timeout=20)
            assert tracer.returncode == -sig, err
            assert b"Traceback" not in err
            assert let_go(victim.pid)
    finally:
        victim.kill()
        victim.wait()


@pytest.mark.parametrize("delay", [0.0, 0.15, 0.5])
def test_interrupting_a_launched_program(delay, tmp_path):
    """syscope on a terminal (no -o): Ctrl-C at any moment from syscope's first line on
    (before it, the interpreter's own start-up is not syscope's) ends the program with
    SIGINT, and syscope dies of it too, without a traceback."""
    pidfile = tmp_path / "pid"
    tracer = subprocess.Popen(SYSCOPE + ["sh", "-c", "echo $$ > %s; exec sleep 30" % pidfile],
                              stderr=subprocess.PIPE)
    syscope_started(tracer.pid)
    time.sleep(delay)
    tracer.send_signal(signal.SIGINT)
    _, err = tracer.communicate(timeout=20)
    assert tracer.returncode == -signal.SIGINT
    assert b"Traceback" not in err
    if pidfile.exists() and pidfile.read_text().strip():
        assert wait_for(lambda: not os.path.exists("/proc/%s" % pidfile.read_text().strip()))


def session_members(sid: int) -> dict[int, str]:
    """The processes of session sid that are not zombies, with their states."""
    found = {}
    for name in os.listdir("/proc"):
        try:
            with open("/proc/%s/stat" % name) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[3] == str(sid) and fields[0] != "Z":
            found[int(name)] = fields[0]
    return found


@pytest.mark.parametrize("sig,opts", [
    (signal.SIGTERM, []), (signal.SIGINT, []),
    (signal.SIGTERM, ["-f", "-e", "trace=openat"]), (signal.SIGINT, ["-f", "-e", "trace=openat"])])
def test_signals_in_the_first_moments_of_a_launched_program(sig, opts, tmp_path):
    """Signalled in its first moments: 0-150 ms after the spawn (SIGTERM: during the
    interpreter's start-up and imports; SIGINT: from syscope's first line on, see
    syscope_started), or 0-100 ms after the program's process appears (between its fork
    and its exec, or just after).  syscope dies of the signal without a traceback, and no
    process it started is left behind, stopped or running on: the program gets the signal."""
    import random
    rng = random.Random("%d%s" % (sig, opts))
    for after_fork in (False, True) * 4:
        delay = rng.uniform(0, 0.1 if after_fork else 0.15)
        errfile = open(tmp_path / "stderr", "w+b")
        tracer = subprocess.Popen(SYSCOPE + opts + ["sh", "-c", "exec sleep 30"],
                                  stderr=errfile, start_new_session=True)
        try:
            if sig == signal.SIGINT:
                syscope_started(tracer.pid)
            if after_fork:
                assert wait_for(lambda: children(tracer.pid), step=0.001)
            time.sleep(delay)
            tracer.send_signal(sig)
            tracer.wait(timeout=20)
            errfile.seek(0)
            err = errfile.read()
            moment = "%.3f s after the %s" % (delay, "fork" if after_fork else "spawn")
            assert tracer.returncode == -sig, (moment, err)
            assert b"Traceback" not in err, (moment, err)
            assert wait_for(lambda: not session_members(tracer.pid)), \
                (moment, session_members(tracer.pid))
        finally:
            for pid in session_members(tracer.pid):
                os.kill(pid, signal.SIGKILL)
            tracer.kill()
            tracer.wait()
            errfile.close()


# -- hostile tracees ---------------------------------------------------------------------

HOSTILE = r'''
import ctypes, resource
libc = ctypes.CDLL(None, use_errno=True)
big = ctypes.create_string_buffer(64 << 20)          # 64 MB of gids
libc.setgroups(len(big) // 4, big)                  # EINVAL: over NGROUPS_MAX
libc.setgroups(100, big)                             # EPERM or 0: 32 shown, then ...
fds = ctypes.create_string_buffer(b"\xff" * 8192)    # select over 65536 descriptors
tv = (ctypes.c_long * 2)(0, 0)
for _ in range(5):
    libc.select(65536, fds, None, None, tv)
libc.select(0x7fffffff, None, None, None, tv)
'''


def test_a_hostile_tracee_costs_bounded_memory(tmp_path):
    """setgroups over 64 MB and select over 65536 descriptors: the tracer reads what
    strace reads (arrays to -s elements, NGROUPS_MAX gids, 1Mi fds) and prints the same."""
    outs = []
    for tracer in (["strace"], SYSCOPE):
        out = tmp_path / ("trace-%d" % len(outs))
        rss = tmp_path / "maxrss"
        # A child's peak RSS starts from its parent's: a small process in between
        # starts the tracer, so that pytest's own peak is not counted.
        p = subprocess.run([sys.executable, "-I", "-S", "-c", MEASURE, str(rss)] + tracer +
                           ["-o", str(out), "-e", "trace=setgroups,select", sys.executable,
                            "-c", HOSTILE], timeout=120)
        assert p.returncode == 0
        maxrss = int(rss.read_text())
        # (the tracer and the program together: the program alone holds its 64 MB)
        assert maxrss < 400 * 1024, "%d MB" % (maxrss // 1024)
        outs.append(re.sub(r"0x[0-9a-f]+", "ADDR", out.read_text()))
    assert outs[1] == outs[0]


# run argv[2:], write its peak RSS (KiB, its descendants included) to argv[1]
MEASURE = """import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def test_select_decoding_is_linear_in_the_number_of_descriptors():
    from syscope.decode.core import Call, DecodeOptions, decoder_for

    class Memory:
        def __init__(self, data):
            self.data = data

        def read(self, addr, size):
            return self.data[:size]

    def decode(nfds):
        call = Call(1, 23, "select", (nfds, 0x1000, 0, 0, 0, 0), DecodeOptions(),
                    Memory(b"\xff" * (nfds // 8)))
        start = time.process_time()
        text = decoder_for("select").entry(call)
        return time.process_time() - start, text

    small, text = decode(1 << 16)
    assert text.startswith("65536, [0 1 2 ") and text.endswith(" 65535], NULL, NULL, NULL")
    large, text = decode(1 << 19)
    assert text.endswith(" 524287], NULL, NULL, NULL")   # strace's bound is 1Mi fds
    assert large < 24 * max(small, 1e-3)     # 8x the descriptors: 8x the time, not 64x


STAT_WATCH = r'''
import errno, os, sys, time
end, seen = time.monotonic() + float(sys.argv[1]), "ok"
while time.monotonic() < end:
    try:
        os.stat("/nonexistent/x")
    except OSError as e:
        if e.errno != errno.ENOENT:
            seen = errno.errorcode[e.errno]
            break
with open(sys.argv[2], "w") as f:
    f.write(seen)
'''


def test_sigkill_of_syscope_with_the_seccomp_filter(tmp_path):
    """With a trace set the launched program runs under a seccomp filter: when syscope
    is killed, the program must not go on with its traced calls failing (ENOSYS)."""
    out, result = tmp_path / "trace", tmp_path / "result"
    tracer = subprocess.Popen(SYSCOPE + ["-f", "-o", str(out), "-e", "trace=newfstatat,stat",
                                         sys.executable, "-c", STAT_WATCH, "3", str(result)])
    assert wait_for(lambda: out.exists() and "/nonexistent/x" in out.read_text())
    program = children(tracer.pid)[0]
    started = start_time(program)
    tracer.kill()
    tracer.wait()

    def stopped():
        try:
            return proc_state(program)["State"][0] in "tT"
        except OSError:
            return False
    # killed with syscope, or running on untraced to its end: never stuck, never failing
    assert wait_for(lambda: stopped() or result.exists() or not alive(program, started))
    assert not stopped()
    if result.exists():
        assert result.read_text() == "ok"
