"""The seccomp-bpf fast path never changes what the traced program sees: no filter
without -f (children stay untraced, so they may trace their own), no no_new_privs when
syscope is privileged, and a dead syscope never leaves a program failing its syscalls."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

SYSCOPE = [sys.executable, "-m", "syscope"]

# The child asks to be traced by its parent, which lets it run to its exit: what
# gdb, test harnesses and sandboxes do.  It fails if someone else traces the child.
TRACEME = """
import ctypes, os, signal, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long] * 4
pid = os.fork()
if pid == 0:
    if libc.ptrace(0, 0, 0, 0) != 0:       # PTRACE_TRACEME
        os._exit(3)
    os.kill(os.getpid(), signal.SIGSTOP)
    os._exit(0)
_, st = os.waitpid(pid, 0)
if not os.WIFSTOPPED(st):
    sys.exit("child not traced by its parent: status %#x" % st)
libc.ptrace(7, pid, 0, 0)                  # PTRACE_CONT
_, st = os.waitpid(pid, 0)
print("child exited", os.WEXITSTATUS(st))
"""

# Two processes open a file in a loop and write down the first failure (to a file
# opened beforehand: opening it then would fail too).
LOOP = """
import os, sys, time
d = sys.argv[1]
os.fork()
report = os.open(os.path.join(d, "pid.%d" % os.getpid()), os.O_WRONLY | os.O_CREAT)
while True:
    try:
        os.close(os.open("/dev/null", os.O_RDONLY))
    except OSError as e:
        os.write(report, e.strerror.encode())
        sys.exit(1)
    time.sleep(0.005)
"""


def status(pid: int) -> dict:
    try:
        with open("/proc/%d/status" % pid) as f:
            return dict(ln.rstrip("\n").split(":\t", 1) for ln in f if ":\t" in ln)
    except OSError:
        return {}


def gone(pid: int) -> bool:
    return status(pid).get("State", "Z")[0] in "ZX"


def wait_for(predicate, timeout=10.0) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_program_tracing_its_child_works_without_f():
    r = subprocess.run(SYSCOPE + ["-o", "/dev/null", "-e", "trace=openat", sys.executable,
                                  "-c", TRACEME], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "child exited 0\n"


def test_no_filter_without_f_and_no_no_new_privs_with_f(tmp_path):
    out = tmp_path / "t"
    probe = ["cat", "/proc/self/status"]
    plain = subprocess.run(SYSCOPE + ["-o", str(out), "-e", "trace=openat"] + probe,
                           capture_output=True, text=True)
    assert "Seccomp:\t0" in plain.stdout, plain.stdout
    filtered = subprocess.run(SYSCOPE + ["-f", "-o", str(out), "-e", "trace=openat"] + probe,
                              capture_output=True, text=True)
    assert "Seccomp:\t2" in filtered.stdout, filtered.stdout
    privileged = os.geteuid() == 0   # CAP_SYS_ADMIN: the filter needs no no_new_privs
    assert ("NoNewPrivs:\t0" if privileged else "NoNewPrivs:\t1") in filtered.stdout
    assert 'openat(AT_FDCWD, "/proc/self/status", O_RDONLY) = 3' in out.read_text()


def test_explicit_seccomp_without_f_says_it_is_disabled():
    r = subprocess.run(SYSCOPE + ["--seccomp-bpf", "-o", "/dev/null", "-e", "trace=openat",
                                  "true"], capture_output=True, text=True)
    assert r.returncode == 0
    assert r.stderr == ("syscope: --seccomp-bpf cannot be used without -f/--follow-forks, "
                        "disabling\n")


def run_and_kill_syscope(tmp_path, options):
    """Start LOOP under syscope, SIGKILL syscope once both processes run; their pids."""
    tracer = subprocess.Popen(SYSCOPE + options + ["-o", "/dev/null", "-e", "trace=openat",
                                                   sys.executable, "-c", LOOP, str(tmp_path)])
    try:
        assert wait_for(lambda: len(list(tmp_path.glob("pid.*"))) == 2, 30)
        time.sleep(0.1)
    finally:
        tracer.kill()
        tracer.wait()
    return [int(p.name.split(".")[1]) for p in tmp_path.glob("pid.*")]


def test_killed_syscope_with_filter_takes_the_program_along(tmp_path):
    pids = run_and_kill_syscope(tmp_path, ["-f"])
    try:
        assert wait_for(lambda: all(gone(p) for p in pids))
        assert not any(p.read_text() for p in tmp_path.glob("pid.*"))
    finally:
        for p in pids:
            if not gone(p):
                os.kill(p, signal.SIGKILL)


def test_killed_syscope_without_f_leaves_the_program_working(tmp_path):
    pids = run_and_kill_syscope(tmp_path, [])
    try:
        assert wait_for(lambda: all(status(p).get("TracerPid") == "0" for p in pids))
        time.sleep(0.3)       # dozens of opens after the tracer is gone
        assert not any(gone(p) for p in pids)
        assert not any(p.read_text() for p in tmp_path.glob("pid.*"))
    finally:
        for p in pids:
            if not gone(p):
                os.kill(p, signal.SIGKILL)
