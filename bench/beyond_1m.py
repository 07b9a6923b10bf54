#!/usr/bin/env python3
"""syscope summary and syscope diff on large logs: a small workload (a shell script that
reads a config, lists files and runs Python) recorded by strace -f -tt -T -v -s 256 with
and without its config, each log repeated to N lines (default a million); then
`summary LOG`, `diff GOOD BAD` and `why BAD`, with CPU seconds (user+sys), wall seconds
and peak RSS of each, and the load average (wall seconds mean little on a busy machine).
The targets: summary and diff of two 1M-line logs under 10 s, why under 5 s, flat memory.
--good/--bad measure existing logs instead (a recorded workload, not a repeated one).

    python3 bench/beyond_1m.py [--lines N] [--keep DIR] [--good LOG --bad LOG]"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

SYSCOPE = [sys.executable, "-m", "syscope"]
SCRIPT = """cd "$(dirname "$0")"
cat app.conf > /dev/null || echo "app: no configuration" >&2
ls -la /etc > /dev/null
/usr/bin/python3 -I -S -c 'import json'
"""


def record(d: str, name: str) -> str:
    log = os.path.join(d, name + ".one")
    subprocess.run(["strace", "-f", "-tt", "-T", "-v", "-s", "256", "-o", log, "sh",
                    os.path.join(d, "app.sh")], capture_output=True, check=True)
    return log


def repeat(src: str, dst: str, lines: int) -> None:
    with open(src) as f:
        body = f.readlines()
    n = 0
    with open(dst, "w") as out:
        while n < lines:
            chunk = body[:lines - n]
            out.writelines(chunk)
            n += len(chunk)


def measure(args: list[str]) -> tuple[float, float, int]:
    start = time.monotonic()
    with open(os.devnull, "w") as null:
        p = subprocess.Popen(SYSCOPE + args, stdout=null)
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit("syscope %s failed" % " ".join(args))
    return ru.ru_utime + ru.ru_stime, wall, ru.ru_maxrss


def count_lines(path: str) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def report(good: str, bad: str, lines: int) -> None:
    """Measures summary of GOOD, diff GOOD BAD and why BAD; lines: of both logs."""
    half = lines / 2
    for label, args, n in (("summary LOG", ["summary", "--json", good], half),
                           ("diff GOOD BAD", ["diff", "--json", good, bad], lines),
                           ("why BAD", ["why", "--json", bad], half)):
        cpu, wall, rss = measure(args)
        print("%-14s cpu %6.1f s  wall %6.1f s  peak RSS %4.0f MB  (%.1f us/line cpu)  "
              "load %.1f" % (label, cpu, wall, rss / 1024, cpu * 1e6 / n, os.getloadavg()[0]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--keep", help="keep the logs in this directory")
    ap.add_argument("--good", help="an existing GOOD log (with --bad)")
    ap.add_argument("--bad", help="an existing BAD log (with --good)")
    opts = ap.parse_args()
    if (opts.good is None) != (opts.bad is None):
        ap.error("--good and --bad go together")
    if opts.good:
        report(opts.good, opts.bad, count_lines(opts.good) + count_lines(opts.bad))
        return
    d = opts.keep or tempfile.mkdtemp(prefix="syscope-bench-")
    os.makedirs(d, exist_ok=True)
    try:
        with open(os.path.join(d, "app.sh"), "w") as f:
            f.write(SCRIPT)
        with open(os.path.join(d, "app.conf"), "w") as f:
            f.write("x=1\n")
        good_one = record(d, "good")
        os.unlink(os.path.join(d, "app.conf"))
        bad_one = record(d, "bad")
        good, bad = os.path.join(d, "good.log"), os.path.join(d, "bad.log")
        repeat(good_one, good, opts.lines)
        repeat(bad_one, bad, opts.lines)
        print("%d lines per log (%.0f MB)" % (opts.lines, os.path.getsize(good) / 2 ** 20))
        report(good, bad, 2 * opts.lines)
    finally:
        if not opts.keep:
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
