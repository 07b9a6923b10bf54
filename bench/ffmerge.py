#!/usr/bin/env python3
"""`syscope read PREFIX` against strace-log-merge on a real -ff set: time, CPU and
whether the outputs are the same bytes.

    .venv/bin/python bench/ffmerge.py                 # 6 parallel finds, strace -ff -tt
    .venv/bin/python bench/ffmerge.py --jobs 20 --stamps=-ttt --repeat 5

The set is recorded once (strace -ff STAMPS of N parallel `find /usr/share -maxdepth
3`); then both readers run alternately, medians of --repeat runs."""
import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SYSCOPE = [sys.executable, "-m", "syscope"]


def timed(cmd: list[str], out_path: str) -> tuple[float, float]:
    """(wall, CPU of the children) seconds of cmd writing its stdout to out_path."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(out_path, "wb") as out:
        subprocess.run(cmd, stdout=out, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=6)
    ap.add_argument("--stamps", default="-tt", choices=("-t", "-tt", "-ttt"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    merge = shutil.which("strace-log-merge")
    if not shutil.which("strace") or not merge:
        print("needs strace and strace-log-merge")
        return 1
    with tempfile.TemporaryDirectory() as d:
        prefix = os.path.join(d, "set")
        script = "for i in $(seq %d); do find /usr/share -maxdepth 3 > /dev/null & done; wait" \
            % args.jobs
        subprocess.run(["strace", "-ff", args.stamps, "-o", prefix, "sh", "-c", script],
                       check=True)
        files = glob.glob(prefix + ".*")
        lines = sum(1 for f in files for _ in open(f, "rb"))
        runs = {"syscope read": ([], []), "strace-log-merge": ([], [])}
        for _ in range(args.repeat):
            for name, cmd in (("syscope read", SYSCOPE + ["read", prefix]),
                              ("strace-log-merge", [merge, prefix])):
                wall, cpu = timed(cmd, os.path.join(d, name.split()[0] + ".out"))
                runs[name][0].append(wall)
                runs[name][1].append(cpu)
        same = open(os.path.join(d, "syscope.out"), "rb").read() == \
            open(os.path.join(d, "strace-log-merge.out"), "rb").read()
    print("%d files, %d lines (%s); outputs %s" % (len(files), lines, args.stamps,
                                                  "identical" if same else "DIFFER"))
    print("| reader | wall s | CPU s | lines/s (CPU) |")
    print("| --- | --- | --- | --- |")
    for name, (walls, cpus) in runs.items():
        cpu = statistics.median(cpus)
        print("| %s | %.2f | %.2f | %.0f |" % (name, statistics.median(walls), cpu,
                                               lines / cpu if cpu else 0))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
