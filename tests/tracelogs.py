"""Traces recorded by the real strace for the tests of the visual outputs."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

STRACE = shutil.which("strace") or "/usr/bin/strace"
SYSCOPE = [sys.executable, "-m", "syscope"]
WORKLOADS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "workloads")
FAMILY = ["sh", os.path.join(WORKLOADS, "family_failure.sh")]
# two threads that each write a line; the main thread joins them
THREADS = [sys.executable, "-S", "-c", "import os, threading\n"
           "ts = [threading.Thread(target=os.write, args=(1, b'thread\\n')) for _ in range(2)]\n"
           "[t.start() for t in ts]\n[t.join() for t in ts]\n"]


def record(directory: str, name: str, cmd: list[str], opts=("-f", "-tt", "-T")) -> str:
    """strace OPTS -s 256 -o DIR/NAME.log CMD; returns the log's path."""
    log = os.path.join(directory, name + ".log")
    subprocess.run([STRACE, *opts, "-s", "256", "-o", log, *cmd], capture_output=True,
                   timeout=60, cwd=directory)
    return log


def syscope(*args, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    kw.setdefault("timeout", 120)
    return subprocess.run(SYSCOPE + list(args), **kw)


def run_on_bad_input(directory: str, command: str, args: list[str], message: str):
    """syscope COMMAND ARGS in a directory holding the logs of bad_logs(): a clear
    'syscope: COMMAND: ...' error, exit 1, no traceback."""
    bad_logs(directory)
    r = syscope(command, *args, cwd=directory)
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.startswith("syscope: %s: " % command), r.stderr
    return r


def bad_logs(directory: str) -> None:
    """empty.log, binary.log, text.log (not a trace) and a one-line fam.log, for the
    tests of bad input."""
    with open(os.path.join(directory, "empty.log"), "wb"):
        pass
    with open(os.path.join(directory, "binary.log"), "wb") as f:
        f.write(bytes(range(256)) * 64)
    with open(os.path.join(directory, "text.log"), "w") as f:
        f.write("Dear diary,\ntoday I traced nothing.\n")
    with open(os.path.join(directory, "fam.log"), "w") as f:
        f.write('1 execve("/bin/true", ["true"], 0x1 /* 1 var */) = 0\n')
