#!/usr/bin/env python3
"""syscope's benchmarks, as ratios measured in one run (the machine is noisy; absolute
times mean little, ratios between tools run alternately mean more).

    python3 bench/run.py            # the standard set, a few minutes
    python3 bench/run.py --quick    # fewer repetitions
    python3 bench/run.py --memory   # adds peak RSS of a 10M-syscall trace (slow)

Each case runs its commands alternately REPEAT times and reports the median wall time
with min/max, then the ratios syscope/strace and syscope/untraced (of the medians)."""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STRACE = shutil.which("strace") or "/usr/bin/strace"
SYSCOPE = [sys.executable, "-m", "syscope"]
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def build_cheap(tmp: str) -> str:
    exe = os.path.join(tmp, "cheap_syscalls")
    subprocess.run(["gcc", "-O2", "-o", exe, os.path.join(HERE, "cheap_syscalls.c")],
                   check=True)
    return exe


# Installed packages have their bytecode compiled; a development shell that sets
# PYTHONDONTWRITEBYTECODE would make every run recompile syscope from source.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_once(argv: list[str]) -> tuple[float, int]:
    """(wall seconds, peak RSS in KiB of the process tree)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, ru.ru_maxrss


def measure(commands: dict[str, list[str]], repeat: int) -> dict[str, list[float]]:
    times = {k: [] for k in commands}
    for _ in range(repeat):
        for name, argv in commands.items():   # alternate, so load changes hit all alike
            times[name].append(run_once(argv)[0])
    return times


def show(title: str, times: dict[str, list[float]], ours: str = "syscope",
         against=("strace", "untraced")) -> dict:
    print("\n## " + title)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in times.items():
        print("  %-28s median %8.3fs  (min %.3f, max %.3f, n=%d)" % (k, med[k], min(v),
                                                                      max(v), len(v)))
    ratios = {}
    for base in against:
        for k in times:
            if k.startswith(ours) and base in times and med[base] > 0:
                r = med[k] / med[base]
                lo = min(times[k]) / max(times[base])
                hi = max(times[k]) / min(times[base])
                ratios["%s/%s" % (k, base)] = r
                print("  ratio %-36s %6.2fx  (range %.2f-%.2f)" % (k + "/" + base, r, lo, hi))
    return ratios


def read_throughput(tmp: str, lines: int, repeat: int) -> None:
    print("\n## syscope read -c on a log written by strace -f -tt -T -y")
    seed = os.path.join(tmp, "seed.log")
    subprocess.run([STRACE, "-f", "-tt", "-T", "-y", "-o", seed, "sh", "-c",
                    "for i in 1 2 3 4 5; do cat /etc/hostname | wc -c; ls /etc >/dev/null; "
                    "done"], stdout=subprocess.DEVNULL, check=True)
    with open(seed) as f:
        block = f.read()
    n = block.count("\n")
    for target in (lines, 4 * lines):
        log = os.path.join(tmp, "big-%d.log" % target)
        with open(log, "w") as f:
            for _ in range(target // n + 1):
                f.write(block)
        total = (target // n + 1) * n
        wc = [run_once(["wc", "-l", log])[0] for _ in range(repeat)]
        runs = [run_once(SYSCOPE + ["read", "-c", log]) for _ in range(repeat)]
        t = statistics.median(r[0] for r in runs)
        rss = max(r[1] for r in runs)
        print("  %8d lines: syscope read -c %6.2fs = %7.0f lines/s (min %.2f, max %.2f); "
              "wc -l %.3fs; peak RSS %d MiB" % (total, t, total / t, min(r[0] for r in runs),
                                                max(r[0] for r in runs), statistics.median(wc),
                                                rss // 1024))
        os.unlink(log)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--memory", action="store_true")
    a = ap.parse_args()
    repeat = 3 if a.quick else 5
    tmp = tempfile.mkdtemp(prefix="syscope-bench-")
    cheap = build_cheap(tmp)
    run_once(SYSCOPE + ["-o", "/dev/null", "true"])       # compile and cache bytecode
    print("# syscope benchmarks (%d runs each, alternated; %s)" % (repeat, time.strftime("%c")))
    print("# load average before: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))

    n = "50000"
    show("full trace of %s cheap syscalls (-o /dev/null)" % n, measure({
        "untraced": [cheap, n],
        "strace": [STRACE, "-o", "/dev/null", cheap, n],
        "syscope": SYSCOPE + ["-o", "/dev/null", cheap, n],
        "strace (pinned, taskset)": ["taskset", "-c", "0", STRACE, "-o", "/dev/null", cheap, n],
        "syscope --pin": SYSCOPE + ["--pin", "-o", "/dev/null", cheap, n],
    }, repeat))

    n = "200000"
    show("-e trace=openat on %s cheap syscalls" % n, measure({
        "untraced": [cheap, n],
        "strace": [STRACE, "-o", "/dev/null", "-e", "trace=openat", cheap, n],
        "strace --seccomp-bpf": [STRACE, "-f", "--seccomp-bpf", "-o", "/dev/null", "-e",
                                 "trace=openat", cheap, n],
        "syscope": SYSCOPE + ["-o", "/dev/null", "-e", "trace=openat", cheap, n],
    }, max(2, repeat - 2)), against=("strace", "strace --seccomp-bpf", "untraced"))

    n = "5000000"
    show("-e trace=openat on %s cheap syscalls (seccomp only)" % n, measure({
        "untraced": [cheap, n],
        "strace --seccomp-bpf": [STRACE, "-f", "--seccomp-bpf", "-o", "/dev/null", "-e",
                                 "trace=openat", cheap, n],
        "syscope": SYSCOPE + ["-o", "/dev/null", "-e", "trace=openat", cheap, n],
    }, repeat), against=("strace --seccomp-bpf", "untraced"))

    fan = ["sh", "-c", "for i in $(seq 40); do /bin/true; done; echo a | cat | wc -c"]
    show("-f on a shell fan-out and pipeline", measure({
        "untraced": fan,
        "strace": [STRACE, "-f", "-o", "/dev/null"] + fan,
        "syscope": SYSCOPE + ["-f", "-o", "/dev/null"] + fan,
    }, repeat))

    show("python3 -c pass", measure({
        "untraced": [PY, "-c", "pass"],
        "strace": [STRACE, "-o", "/dev/null", PY, "-c", "pass"],
        "syscope": SYSCOPE + ["-o", "/dev/null", PY, "-c", "pass"],
    }, repeat))

    n = "50000"
    show("-c on %s cheap syscalls" % n, measure({
        "untraced": [cheap, n],
        "strace": [STRACE, "-c", "-o", "/dev/null", cheap, n],
        "syscope": SYSCOPE + ["-c", "-o", "/dev/null", cheap, n],
    }, repeat))

    read_throughput(tmp, 1000000, 3 if not a.quick else 1)

    if a.memory:
        print("\n## peak RSS tracing 10M syscalls (--pin -o /dev/null)")
        for count in ("1000000", "10000000"):
            t, rss = run_once(SYSCOPE + ["--pin", "-o", "/dev/null", cheap, count])
            print("  %9s syscalls: %.1fs, peak RSS %d MiB" % (count, t, rss // 1024))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
