#!/usr/bin/env python3
"""The visual outputs on a large trace: a strace -f -tt -T log of N events (default a
million; a make-like parent, 40 compiler children, failed stats among the calls) through
`syscope tree`, `syscope read --format=chrome-trace` and `syscope report`, then the
report opened in headless chromium: time to show everything, to scroll the event table
to its middle and to search it.

    python3 bench/report_1m.py [--events N] [--keep DIR]"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
SYSCOPE = [sys.executable, "-m", "syscope"]
CALLS = [
    ('openat(AT_FDCWD, "/usr/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY|O_CLOEXEC)', "3"),
    ('read(3, "\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0"..., 832)', "832"),
    ('newfstatat(AT_FDCWD, "/home/user/project/src/module{}.h", 0x7ffc2a1b3c40, 0)',
     "-1 ENOENT (No such file or directory)"),
    ("mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)",
     "0x7f1234560000"),
    ('write(1, "compiling module {}\\n", 19)', "19"),
    ("close(3)", "0"),
]


def clock(t: float) -> str:
    return "%02d:%02d:%09.6f" % (t // 3600, t % 3600 // 60, t % 60)


def make_log(path: str, n: int) -> None:
    rnd = random.Random(1)
    t, root, line = 36000.0, 1000, 0
    procs, nextpid = [root], root + 1
    with open(path, "w") as out:
        out.write('%d  %s execve("/usr/bin/make", ["make", "-j4"], 0x7ffd /* 20 vars */)'
                  " = 0 <0.000300>\n" % (root, clock(t)))
        line += 1
        while line < n:
            pid = rnd.choice(procs)
            t += rnd.random() * 0.0002
            if len(procs) < 41 and rnd.random() < 0.0005:
                out.write("%d  %s clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|"
                          "CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = %d <0.000100>\n"
                          % (pid, clock(t), nextpid))
                out.write('%d  %s execve("/usr/bin/cc", ["cc", "-c", "module%d.c"], 0x7ffd '
                          "/* 20 vars */) = 0 <0.000300>\n" % (nextpid, clock(t + 1e-5),
                                                                nextpid))
                procs.append(nextpid)
                nextpid += 1
                line += 2
                continue
            call, ret = rnd.choice(CALLS)
            out.write("%d  %s %s = %s <%.6f>\n" % (pid, clock(t), call.format(
                rnd.randrange(1000)), ret, rnd.random() * 0.0001))
            line += 1
        for pid in reversed(procs):
            t += 0.0001
            out.write("%d  %s exit_group(0) = ?\n%d  %s +++ exited with 0 +++\n"
                      % (pid, clock(t), pid, clock(t)))


def timed(label: str, argv: list[str]) -> None:
    started = time.monotonic()
    r = subprocess.run(SYSCOPE + argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True)
    print("%-28s %6.1f s%s" % (label, time.monotonic() - started,
                               "" if r.returncode == 0 else "  FAILED: " + r.stderr.strip()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--keep", help="write the log, trace and report here")
    opts = ap.parse_args()
    d = opts.keep or tempfile.mkdtemp(prefix="syscope-bench-")
    os.makedirs(d, exist_ok=True)
    log, html = os.path.join(d, "big.log"), os.path.join(d, "big.html")
    make_log(log, opts.events)
    print("log: %d lines, %.0f MB" % (opts.events, os.path.getsize(log) / 1e6))
    timed("syscope tree", ["tree", log])
    timed("syscope read chrome-trace", ["read", "--format=chrome-trace", "-o",
                                        os.path.join(d, "big.json"), log])
    timed("syscope report", ["report", "-o", html, log])
    print("report: %.1f MB" % (os.path.getsize(html) / 1e6))
    from browser import CHROMIUM, Browser
    if CHROMIUM is None:
        print("chromium not installed: the page was not opened")
        return 0
    with Browser(timeout=300) as b:
        started = time.monotonic()
        page = b.open("file://" + os.path.abspath(html), load_timeout=300)
        phases = page.wait_for("window.syscopeReport && window.syscopeReport.phases", 300)
        print("opened in the browser         %6.1f s  (ms: %s)" % (time.monotonic() - started,
                                                                  phases))
        ms = page.evaluate("""new Promise(done => {
            const v = document.getElementById('ev-view'), t = performance.now();
            v.scrollTop = (v.scrollHeight - v.clientHeight) / 2;
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t)));
        })""")
        print("scrolled to the middle        %6.0f ms" % ms)
        ms = page.evaluate("""new Promise(done => {
            const s = document.getElementById('ev-search'), t = performance.now();
            s.value = 'module7.h'; s.dispatchEvent(new Event('input'));
            const poll = () => document.getElementById('ev-count').textContent.includes(' of ')
                ? done(performance.now() - t - 150) : setTimeout(poll, 5);
            poll(); })""")
        print("searched every argument       %6.0f ms" % ms)
        print("console errors: %s" % (page.errors or "none"))
    if not opts.keep:
        shutil.rmtree(d, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
