#!/usr/bin/env python3
"""Which stops of each workload still reach Python, and why: the calls the compiled
renderer could not print and the process life-cycle events (each a round trip into
the interpreter of about 100k instructions, against a few thousand for a line printed
in C).

    .venv/bin/python bench/python_calls.py [--only python,sh] [--top 12]

Each workload of bench/run.py (quick sizes) runs once under syscope with counters on
the engine's stable points: Engine.enter (a syscall printed by Python), Engine.dispatch
(a stop that is not a served syscall: events, signals, exits) and Engine.plan (a
syscall met for the first time).  Reported per workload: the syscalls strace counts,
the stops Python handled, and the most frequent reasons."""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run import ENV, workloads  # noqa: E402


def child(out: str, args: list[str]) -> int:
    """In the traced run: count, then run syscope's main()."""
    from syscope.cli import main
    from syscope.engine import tracer
    Engine, P = tracer.Engine, tracer.P
    counts: collections.Counter = collections.Counter()

    enter = Engine.enter

    def counted_enter(self, task, nr, *a, **kw):
        counts["syscall " + tracer.syscall_name(nr)] += 1
        return enter(self, task, nr, *a, **kw)
    Engine.enter = counted_enter

    dispatch = Engine.dispatch

    def counted_dispatch(self, pid, status):
        event = status >> 16
        if os.WIFEXITED(status) or os.WIFSIGNALED(status):
            kind = "exit status"
        elif event:
            kind = {P.PTRACE_EVENT_EXEC: "event exec", P.PTRACE_EVENT_EXIT: "event exit",
                    P.PTRACE_EVENT_STOP: "event stop"}.get(event, "event fork/clone")
        elif os.WSTOPSIG(status) == tracer.SYSCALL_TRAP:
            kind = "syscall stop (not served)"
        else:
            kind = "signal"
        counts["stop: " + kind] += 1
        return dispatch(self, pid, status)
    Engine.dispatch = counted_dispatch

    plan = Engine.plan

    def counted_plan(self, nr, task):
        counts["first meeting (plan)"] += 1
        return plan(self, nr, task)
    Engine.plan = counted_plan

    try:
        return main(args)
    finally:
        with open(out, "w") as f:
            json.dump(dict(counts), f)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated parts of workload names")
    ap.add_argument("--top", type=int, default=12)
    a = ap.parse_args()
    a.quick, a.heavy, a.syscall_loop = True, False, False
    with tempfile.TemporaryDirectory(prefix="syscope-pycalls-") as tmp:
        out = os.path.join(tmp, "counts.json")
        for w in workloads(tmp, a):
            if w.attach:
                continue
            n = w.count_syscalls(tmp)
            if w.before:
                w.before()
            subprocess.run([sys.executable, os.path.abspath(__file__), "--child", out]
                           + w.prefix + w.argv, cwd=w.cwd, env=ENV,
                           stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            with open(out) as f:
                counts = collections.Counter(json.load(f))
            calls = sum(v for k, v in counts.items() if k.startswith("syscall "))
            events = sum(v for k, v in counts.items() if k.startswith("stop: "))
            print("## %s: %s syscalls; Python printed %d calls, handled %d other stops"
                  % (w.name, n, calls, events))
            print(", ".join("%s %d" % (k, v) for k, v in counts.most_common(a.top)))
            print()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2], sys.argv[3:]))
    sys.exit(main())
