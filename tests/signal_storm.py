"""Signals to `syscope` at random moments of its start: each trial starts the command on a
short program and sends one signal 0-150 ms later, to syscope alone (kill) or to its
process group (a terminal's Ctrl-C reaches the program too), then checks what is left.

This process makes itself a child subreaper, so that whatever syscope leaves behind
when it ends is handed to it: every such process is waited for (stopped counts as a
failure) instead of being looked for, which would race with its end.

    python tests/signal_storm.py SYSCOPE [--count N] [--seed S]   # prints a JSON summary
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time

PR_SET_CHILD_SUBREAPER = 36
STATUS = 7                    # the program's own exit status
PROGRAM = ["sh", "-c", "exit %d" % STATUS]
# without -o a signal interrupts the trace; with -o syscope ignores it (strace's rules)
MODES = ([], ["-o", "/dev/null"], ["-f", "-o", "/dev/null"])
MARKS = (b"Traceback", b"Fatal Python error", b"KeyboardInterrupt")
HANG = 60.0                   # seconds: a trial that takes longer has hung


def become_subreaper() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def my_children() -> list[int]:
    with open("/proc/self/task/%d/children" % os.getpid()) as f:
        return [int(pid) for pid in f.read().split()]


def wait_stop_or_end(pid: int) -> int:
    """waitpid that also returns when pid stops; a trial that hangs is a failure."""
    deadline = time.monotonic() + HANG
    while True:
        done, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED)
        if done:
            return status
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            raise TimeoutError("pid %d still running after %.0f s" % (pid, HANG))
        time.sleep(0.005)


def describe(status: int) -> str:
    if os.WIFSTOPPED(status):
        return "stopped by %s" % signal.Signals(os.WSTOPSIG(status)).name
    if os.WIFSIGNALED(status):
        return "killed by %s" % signal.Signals(os.WTERMSIG(status)).name
    return "exit %d" % os.WEXITSTATUS(status)


def trial(syscope: str, sig: int, delay: float, mode: list[str], group: bool,
          errfile) -> tuple[str, list[str]]:
    """One signal -> (how syscope ended, what went wrong: [] if nothing)."""
    errfile.seek(0)
    errfile.truncate()
    proc = subprocess.Popen([syscope] + mode + PROGRAM, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=errfile, start_new_session=True)
    time.sleep(delay)
    if group:
        os.killpg(proc.pid, sig)
    else:
        os.kill(proc.pid, sig)
    problems = []
    status = wait_stop_or_end(proc.pid)
    proc.returncode = 0       # reaped above: keep Popen from waiting again
    outcome = describe(status)
    if outcome not in ("killed by %s" % signal.Signals(sig).name, "exit %d" % STATUS):
        problems.append("syscope: " + outcome)
    if os.WIFSTOPPED(status):
        os.kill(proc.pid, signal.SIGKILL)
        os.waitpid(proc.pid, 0)
    errfile.seek(0)
    err = errfile.read()
    if any(mark in err for mark in MARKS) or problems:
        problems.append("stderr: " + err.decode(errors="replace")[-600:])
    # Whatever syscope left behind is ours now: it must end, and not have run on.
    for pid in my_children():
        left = wait_stop_or_end(pid)
        if os.WIFSTOPPED(left):
            problems.append("left stopped: pid %d" % pid)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        elif not os.WIFSIGNALED(left):
            problems.append("left running: pid %d, %s" % (pid, describe(left)))
    return outcome, problems


def storm(syscope: str, count: int, seed: str, sigs=(signal.SIGINT, signal.SIGTERM)) -> dict:
    become_subreaper()
    rng = random.Random(seed)
    outcomes: dict[str, int] = {}
    failures = []
    with tempfile.TemporaryFile() as errfile:
        for i in range(count):
            sig = sigs[i % len(sigs)]
            delay = rng.uniform(0, 0.15)
            mode = MODES[rng.randrange(len(MODES))]
            group = rng.random() < 0.5
            outcome, problems = trial(syscope, sig, delay, mode, group, errfile)
            key = "%s to %s: %s%s" % (signal.Signals(sig).name, "group" if group else "pid",
                                      outcome, " FAILED" if problems else "")
            outcomes[key] = outcomes.get(key, 0) + 1
            if problems:
                failures.append({"signal": signal.Signals(sig).name, "delay": round(delay, 3),
                                 "mode": mode, "group": group, "problems": problems})
    return {"trials": count, "failed": len(failures), "outcomes": outcomes,
            "failures": failures}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("syscope")
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", default="storm")
    ap.add_argument("--signals", default="INT,TERM", help="e.g. INT,TERM,HUP,QUIT")
    a = ap.parse_args()
    # a terminal's dispositions, whatever this was started with (a background job, nohup)
    for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))     # SIGQUIT: no core files
    sigs = tuple(signal.Signals["SIG" + name] for name in a.signals.split(","))
    json.dump(storm(a.syscope, a.count, a.seed, sigs), sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
