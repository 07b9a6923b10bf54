#!/usr/bin/env python3
"""Where the time of `why`, `summary` and `diff` on a log goes, in CPU µs per line:

  read        the log's lines (reader.lines)
  events      the lines into model events (reader.events: line structure and event
              objects, in C where the compiled parser is built), minus read
  args        argument trees parsed for the analysis (logread.args.parse_args and
              parse_arg, timed where the analysis calls them)
  analysis    the rest of the analysis: its own code, the ordering of events
              (ParentsFirst) and the conclusion

    .venv/bin/python bench/analysis_split.py LOG [BAD_LOG] [--only why,summary,diff]

Runs in one process, CPU time (process_time), so it holds on a busy machine.  diff
compares LOG with BAD_LOG (LOG with itself when there is none)."""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))

from syscope.logread import args as args_mod   # noqa: E402
from syscope.logread import reader             # noqa: E402

ARGS_TIME = [0.0, 0]


def _timed(fn):
    def wrapper(*a, **kw):
        t = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            ARGS_TIME[0] += time.process_time() - t
            ARGS_TIME[1] += 1
    return wrapper


def patch_args() -> None:
    """Every argument parse the analyses ask for is timed (the parser's own recursion
    goes through parse_value, which is left alone)."""
    for name in ("parse_args", "parse_arg"):
        fn = getattr(args_mod, name, None)
        if fn is not None:
            setattr(args_mod, name, _timed(fn))


def cpu(fn) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def drain(it) -> None:
    for _ in it:
        pass


def run_why(logs):
    from syscope.analyze.why import diagnose
    return diagnose(reader.events(logs[:1]))


def run_summary(logs):
    from syscope.analyze.inventory import Inventory
    from syscope.commands.common import feed_logs
    inv = Inventory(None, 1.0)
    feed_logs(logs[:1], inv.feed)
    return inv.result()


def run_diff(logs):
    from syscope.analyze.align import Profile, compare
    from syscope.commands.common import feed_logs
    good, bad = Profile(logs[0]), Profile(logs[-1])
    feed_logs(logs[:1], good.feed)
    feed_logs(logs[-1:], bad.feed)
    return compare(good, bad, 10)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--only", default="why,summary,diff")
    a = ap.parse_args()
    logs = a.logs
    n = sum(1 for _ in reader.lines(logs[0]))
    t_read = cpu(lambda: drain(reader.lines(logs[0])))
    t_ev = cpu(lambda: drain(reader.events(logs[:1])))
    base = {"read": t_read, "events": t_ev - t_read}
    print("%s: %d lines; load average %s" % (logs[0], n, " ".join(
        "%.2f" % x for x in os.getloadavg())))
    print("  reading the log, per line: read %.2f µs, events %.2f µs"
          % tuple(v * 1e6 / n for v in base.values()))
    patch_args()
    for which in a.only.split(","):
        fn = {"why": run_why, "summary": run_summary, "diff": run_diff}[which]
        sides = 2 if which == "diff" else 1
        ARGS_TIME[:] = [0.0, 0]
        total = cpu(lambda: fn(logs))
        args_t = ARGS_TIME[0]
        reading = (t_ev) * sides
        rest = total - reading - args_t
        print("  %-8s total %6.2f s = %5.2f µs/line: reading %5.2f, args %5.2f (%d parses), "
              "analysis %5.2f" % (which, total, total * 1e6 / (n * sides),
                                  reading * 1e6 / (n * sides), args_t * 1e6 / (n * sides),
                                  ARGS_TIME[1], rest * 1e6 / (n * sides)))
    print("  peak RSS %.0f MB (of the whole run)" % (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main())
