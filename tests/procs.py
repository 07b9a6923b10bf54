"""Looking at processes from a test: their /proc status, their children, waiting."""
from __future__ import annotations

import signal
import time


def proc_state(pid: int) -> dict:
    with open("/proc/%d/status" % pid) as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)


def children(pid: int) -> list[int]:
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def wait_for(predicate, timeout: float = 20.0, step: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False


def start_time(pid: int) -> str | None:
    """When pid started (clock ticks since boot): tells a process from a later one that
    was given the same pid."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except OSError:
        return None


def alive(pid: int, started: str | None) -> bool:
    """pid is still the process that started at started, and not a zombie."""
    try:
        return start_time(pid) == started and proc_state(pid)["State"][0] != "Z"
    except OSError:
        return False



def syscope_started(pid: int) -> None:
    """Wait for syscope's first line: the interpreter catches SIGINT from its own start
    (a Ctrl-C then is the interpreter's), syscope's entry point gives it back its
    default.  (Later the tracer catches it again: the window is waited for, not required.)"""
    wait_for(lambda: sigint_caught(pid), timeout=5, step=0.002)
    wait_for(lambda: not sigint_caught(pid), timeout=5, step=0.002)


def sigint_caught(pid: int) -> bool:
    try:
        return bool(int(proc_state(pid)["SigCgt"], 16) & (1 << (signal.SIGINT - 1)))
    except (OSError, KeyError):
        return False
