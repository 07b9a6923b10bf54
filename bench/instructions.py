#!/usr/bin/env python3
"""What the tracer itself executes, counted in instructions: a measure the machine's
load does not change, where wall-clock ratios on a busy shared machine swing by 3x.

Each workload of bench/run.py is traced by syscope and by strace under valgrind
(callgrind, the tracer's process only, not the traced program), and so is `true`,
whose count is the tracer's start-up.  Reported: start-up instructions, and the
instructions per traced syscall beyond start-up.  The kernel's share (the ptrace stops
themselves, the same for both tracers) is not counted.

The syscope measured is the `syscope` command installed beside the interpreter running
this (else `-m syscope`), or --syscope PATH.

    .venv/bin/python bench/instructions.py [--only find,git] [--syscope PATH]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import ENV, STRACE, Workload, workloads  # noqa: E402

COLLECTED = "==%s== Collected : (\\d+)"


def instructions(argv: list[str], cwd: str | None, tmp: str, program: str) -> int:
    """User-space instructions of argv's own process (callgrind), across its execs (the
    `syscope` command is a launcher that execs the interpreter), not counting program,
    the traced one (forks not followed, nor execs of program)."""
    out = os.path.join(tmp, "callgrind.%p.out")
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
                        "--trace-children=yes",
                        "--trace-children-skip=*/" + os.path.basename(program)] + argv,
                       cwd=cwd, env=ENV, text=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    root = re.search(r"==(\d+)== Command:", p.stderr)
    m = root and re.search(COLLECTED % root.group(1), p.stderr)
    if not m:
        raise SystemExit("instructions: no count from valgrind for %s:\n%s"
                         % (" ".join(argv), p.stderr[-2000:]))
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated parts of workload names")
    ap.add_argument("--syscope", help="the syscope command to measure")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed", file=sys.stderr)
        return 2
    a.quick, a.heavy, a.syscall_loop = True, False, False
    # the command users run: the launcher installed beside this interpreter
    installed = os.path.join(sysconfig.get_path("scripts"), "syscope")
    syscope = [a.syscope or installed] if a.syscope or os.path.exists(installed) \
        else [sys.executable, "-m", "syscope"]
    with tempfile.TemporaryDirectory(prefix="syscope-instr-") as tmp:
        ws = [w for w in workloads(tmp, a) if not w.attach]
        start = {"syscope": instructions(syscope + ["-f", "-o", "/dev/null", "true"], None, tmp,
                                         "true"),
                 "strace": instructions([STRACE, "-f", "-o", "/dev/null", "true"], None, tmp,
                                        "true")}
        print("| workload | syscalls | syscope instr/syscall | strace instr/syscall | ratio |")
        print("|---|---:|---:|---:|---:|")
        for w in ws:
            n = w.count_syscalls(tmp)
            per = {}
            for tool in ("syscope", "strace"):
                if w.before:
                    w.before()
                total = instructions(w.command(tool, syscope), w.cwd, tmp, w.argv[0])
                per[tool] = (total - start[tool]) / n if n else float("nan")
            print("| %s | %d | %.0f | %.0f | %.2fx |" % (w.name, n or 0, per["syscope"],
                                                        per["strace"],
                                                        per["syscope"] / per["strace"]))
        print("\nStart-up (`-f -o /dev/null true`): syscope %.1fM instructions, strace %.1fM."
              % (start["syscope"] / 1e6, start["strace"] / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
