#!/usr/bin/env python3
"""Log reading rates: `syscope read -c`, `read` (text), `read --json`, `why LOG` and
`summary LOG` on a generated 1M-line `strace -f -tt -T -y` log, beside `wc -l`, with
peak RSS.

    python3 bench/read_rates.py               # generates the log once (cached), 3 runs each
    python3 bench/read_rates.py --lines 200000 --repeat 1
    python3 bench/read_rates.py --log FILE    # any log

The log is real strace output of varied programs, replicated with shifted pids and
times until it has the wanted number of lines.  Each mode is run alternately with the
others; the median wall time gives lines/s."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STRACE = shutil.which("strace") or "/usr/bin/strace"
SYSCOPE = [sys.executable, "-m", "syscope"]
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV.update(LC_ALL="C", LANG="C")

PROGRAMS = [
    ["ls", "-la", "/usr/bin"],
    ["find", "/usr/lib", "-maxdepth", "2"],
    ["sh", "-c", "cat /etc/hostname | wc -c; ls /nonexistent; date; id; uname -a"],
    ["python3", "-I", "-c", "import json, email.parser, http.client, decimal, threading;"
     "t = threading.Thread(target=print); t.start(); t.join()"],
    ["tar", "cf", "/dev/null", "/usr/share/doc"],
    ["sh", "-c", "kill -USR1 $$ 2>/dev/null; sleep 0.01 & wait"],
]

PID_RE = re.compile(r"(?<![\d.:x])(\d{2,7})(?![\d.:])")
TIME_RE = re.compile(r"^(\d+ +)(\d\d):(\d\d):(\d\d)\.(\d{6}) ")


def record_sources(tmp: str) -> list[list[str]]:
    """One strace -f -tt -T -y log per program, as lists of lines."""
    out = []
    for i, argv in enumerate(PROGRAMS):
        path = os.path.join(tmp, "src%d" % i)
        subprocess.run([STRACE, "-f", "-tt", "-T", "-y", "-o", path] + argv, env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        with open(path, errors="surrogateescape") as f:
            out.append(f.read().splitlines())
    return out


def shifted(lines: list[str], pid_shift: int, usec_shift: int) -> list[str]:
    """The log as if its processes had other pids and ran later."""
    pids = {ln.split(" ", 1)[0] for ln in lines if ln[:1].isdigit()}

    def pid(m):
        s = m.group(1)
        return str(int(s) + pid_shift) if s in pids else s

    res = []
    for ln in lines:
        m = TIME_RE.match(ln)
        if m:
            t = ((int(m.group(2)) * 60 + int(m.group(3))) * 60 + int(m.group(4))) * 10**6 \
                + int(m.group(5)) + usec_shift
            sec, us = divmod(t, 10**6)
            stamp = "%02d:%02d:%02d.%06d " % (sec // 3600 % 24, sec // 60 % 60, sec % 60, us)
            ln = m.group(1) + stamp + ln[m.end():]
        res.append(PID_RE.sub(pid, ln))
    return res


def generate(path: str, n_lines: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sources = record_sources(tmp)
    written, k = 0, 0
    with open(path + ".tmp", "w", errors="surrogateescape") as out:
        while written < n_lines:
            src = sources[k % len(sources)]
            lines = shifted(src, pid_shift=(k // len(sources) + 1) * 37,
                            usec_shift=k * 1_700_000)
            lines = lines[: n_lines - written]
            out.write("\n".join(lines) + "\n")
            written += len(lines)
            k += 1
    os.replace(path + ".tmp", path)


def run_once(argv: list[str]) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, peak RSS KiB, exit code)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, ru = os.wait4(p.pid, 0)
    return (time.perf_counter() - t0, ru.ru_utime + ru.ru_stime, ru.ru_maxrss,
            os.waitstatus_to_exitcode(status))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--log", help="an existing log (default: generate one)")
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", help="comma-separated modes (wc,-c,text,json,why,summary)")
    a = ap.parse_args()
    log = a.log
    if log is None:
        log = os.path.join(tempfile.gettempdir(), "syscope-bench-read-%d.log" % a.lines)
        if not os.path.exists(log):
            print("generating %s ..." % log, file=sys.stderr)
            generate(log, a.lines)
    with open(log, "rb") as f:
        n = sum(1 for _ in f)
    size = os.path.getsize(log)
    modes = {
        "wc": ["wc", "-l", log],
        "-c": SYSCOPE + ["read", "-c", log],
        "text": SYSCOPE + ["read", log],
        "json": SYSCOPE + ["read", "--json", log],
        "why": SYSCOPE + ["why", log],
        "summary": SYSCOPE + ["summary", log],
    }
    if a.only:
        keep = a.only.split(",")
        modes = {k: v for k, v in modes.items() if k in keep}
    times: dict[str, list[float]] = {k: [] for k in modes}
    cpu: dict[str, list[float]] = {k: [] for k in modes}
    rss: dict[str, int] = {k: 0 for k in modes}
    codes: dict[str, set] = {k: set() for k in modes}
    for _ in range(a.repeat):
        for k, argv in modes.items():
            t, u, r, c = run_once(argv)
            times[k].append(t)
            cpu[k].append(u)
            rss[k] = max(rss[k], r)
            codes[k].add(c)
    print("log: %s, %d lines, %.1f MB; load average %s" % (
        log, n, size / 1e6, " ".join("%.2f" % x for x in os.getloadavg())))
    # on a loaded machine wall time counts the waits for a CPU; CPU time does not
    print("%-7s %10s %14s %10s %16s %12s %s" % ("mode", "median s", "lines/s", "CPU s",
                                                 "lines/CPU-s", "peak RSS MB", "exit"))
    for k in modes:
        med, mcpu = statistics.median(times[k]), statistics.median(cpu[k])
        print("%-7s %10.3f %14.0f %10.3f %16.0f %12.1f %s" % (
            k, med, n / med, mcpu, n / mcpu if mcpu else 0, rss[k] / 1024,
            ",".join(map(str, sorted(codes[k])))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
