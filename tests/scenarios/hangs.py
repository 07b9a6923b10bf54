"""Hang scenarios end when their program is seen blocked where the scenario expects it,
never after a fixed time: on a loaded machine a timer may fire before the program has
reached its blocking call, and the trace then shows something else.

A scenario names the calls its program hangs in (`_blocked_in` in its expectation).  Its
command runs under `timeout` with a long bound (`until_killed`), which is only a safety
net: a watcher reads /proc until a process of the tree sleeps in one of those calls (all
of its threads, the same call in two readings in a row), then sends `timeout` SIGALRM,
which it takes as its time running out: it sends its signal as it would have.  A trace
that must end while the program still waits (`_strace_timeout`) has strace interrupted
at that moment instead, and `_attach` attaches strace -p once the program waits."""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

BOUND = 30          # seconds: the safety net, far beyond any blocking call's arrival
STEP = 0.02         # seconds between two readings of /proc


def until_killed(cmd: list, sig: str | None = None) -> list:
    """cmd under `timeout`, which sends sig (its default SIGTERM) when the watcher says."""
    return ["timeout"] + (["-s", sig] if sig else []) + [str(BOUND)] + cmd


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read()
    except OSError:          # the process is gone, or between fork and exec
        return ""


def children(pid: int) -> list[int]:
    out = []
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return out
    for tid in tids:
        out += [int(x) for x in _read("/proc/%d/task/%s/children" % (pid, tid)).split()]
    return out


def tree(root: int) -> list[int]:
    """root's descendants, parents before their children."""
    out, todo = [], [root]
    while todo:
        kids = children(todo.pop(0))
        out += kids
        todo += kids
    return out


def comm(pid: int) -> str:
    return _read("/proc/%d/comm" % pid).strip()


def traced(pid: int) -> bool:
    return any(ln.startswith("TracerPid:") and ln.split()[1] != "0"
               for ln in _read("/proc/%d/status" % pid).splitlines())


def waiting(pid: int, names) -> tuple | None:
    """What each thread of pid waits in, when all of them sleep in one of the calls
    names: (its /proc syscall line, its count of voluntary switches) per thread, so
    that two equal readings mean no thread woke in between; None otherwise."""
    from syscope.abi import syscall_name
    try:
        tids = sorted(os.listdir("/proc/%d/task" % pid))
    except OSError:
        return None
    seen = []
    for tid in tids:
        task = "/proc/%d/task/%s/" % (pid, tid)
        stat = _read(task + "stat")
        call = _read(task + "syscall").split()
        # the state follows the command's closing parenthesis; S or D: asleep
        if not stat or stat[stat.rindex(")") + 2] not in "SD" or not call or \
                not call[0].isdigit() or syscall_name(int(call[0])) not in names:
            return None
        switches = [ln for ln in _read(task + "status").splitlines()
                    if ln.startswith("voluntary_ctxt_switches")]
        seen.append((tid, " ".join(call), switches))
    return tuple(seen) or None


def candidates(root: int, include_root: bool) -> list[int]:
    """The program's processes: below `timeout` when it runs under one, else below root
    (the tracer), leaving out the tracer's own children before they exec."""
    procs = tree(root)
    for pid in [root] + procs:
        if comm(pid) == "timeout":
            return tree(pid)
    own = comm(root)
    return ([root] if include_root else []) + [p for p in procs if comm(p) != own]


def wait_blocked(root: int, names, bound: float = BOUND, include_root: bool = False,
                 unlike: tuple | None = None, must_be_traced: bool = False) -> tuple | None:
    """Wait until a process of root's tree waits in one of names, seen twice alike.
    Returns (pid, what it waits in), or None after bound seconds.  unlike: a reading
    taken earlier that does not count (the same wait seen before strace attached)."""
    last: dict = {}
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline:
        now = {}
        for pid in candidates(root, include_root):
            state = waiting(pid, names)
            if state is None or state == unlike or (must_be_traced and not traced(pid)):
                continue
            if last.get(pid) == state:
                return pid, state
            now[pid] = state
        last = now
        time.sleep(STEP)
    return None


def fire_timeout(root: int) -> bool:
    """Make the `timeout` in root's tree act as if its time had run out."""
    for pid in [root] + tree(root):
        if comm(pid) == "timeout":
            try:
                os.kill(pid, signal.SIGALRM)
                return True
            except ProcessLookupError:
                return False
    return False


def end_hang(root: int, names, bound: float = BOUND) -> bool:
    """Once the program under root waits in one of names, let its timeout fire.  False
    when it never did (its timeout then fires by itself, after BOUND seconds)."""
    found = wait_blocked(root, names, bound)
    return found is not None and fire_timeout(root)


def run(argv: list, blocked_in=None, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """subprocess.run with output captured, ending the traced program's hang under
    `timeout` once it waits in one of blocked_in."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         **kw)
    watcher = None
    if blocked_in:
        watcher = threading.Thread(target=end_hang, args=(p.pid, blocked_in), daemon=True)
        watcher.start()
    try:
        out, err = p.communicate(timeout=timeout)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        if watcher is not None:
            watcher.join(BOUND)
    return subprocess.CompletedProcess(argv, p.returncode, out, err)
