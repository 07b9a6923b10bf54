"""syscope why on recorded scenarios: the top finding names the right syscall, errno and
absolute path (or address, or signal).  Each scenario is recorded by the real strace
(strace -f -s 256), as it would be on the machine where the failure happened."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import pytest

from scenarios import hangs
from scenarios.hard import HARD
from scenarios.kinds import KINDS, Unavailable
from scenarios.record import record_one
from scenarios.scenarios import SCENARIOS, matches, mismatches
from scenarios.variants import VARIANTS

ALL = SCENARIOS + HARD + KINDS + VARIANTS

STRACE = shutil.which("strace") or "/usr/bin/strace"
SYSCOPE = [sys.executable, "-m", "syscope"]
pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


def record_and_explain(scenario, live=False):
    d = tempfile.mkdtemp(prefix="syscope-scn-")
    log_lines = None
    os.chmod(d, 0o755)
    try:
        try:
            cmd, expected, cleanup = scenario.prepare(d)
        except Unavailable as e:
            pytest.skip("needs %s" % e)
        try:
            if live and cmd[0] != "-u":
                out = os.path.join(d, "report.json")
                r = hangs.run(SYSCOPE + ["why", "--json", "--report", out, "--"] + cmd,
                              expected.get("_blocked_in"), cwd=d)
                with open(out) as f:
                    r.stdout = f.read()
            else:
                log = os.path.join(d, "trace.log")
                record_one(log, cmd, d, expected, cleanup)
                cleanup = None
                r = subprocess.run(SYSCOPE + ["why", "--json", log], capture_output=True,
                                   text=True, timeout=60)
                if os.path.exists(log):     # else a -ff set, read by its prefix
                    with open(log, errors="replace") as f:
                        log_lines = f.read().splitlines()
        finally:
            if cleanup:
                cleanup()
        # the traced program's own traceback may pass through; syscope's may not
        assert r.returncode is not None and not re.search(r'File ".*/syscope/', r.stderr), \
            r.stderr
        report = json.loads(r.stdout)
        return report, expected, log_lines
    finally:
        shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("scenario", ALL, ids=lambda s: s.name)
def test_top_finding_from_strace_log(scenario):
    report, expected, log_lines = record_and_explain(scenario)
    assert report["findings"], report["verdict"]
    top = report["findings"][0]
    assert matches(top, expected, log_lines), \
        "expected %s\nwrong: %s\ngot %s\nverdict: %s\nothers: %s" % (
            expected, mismatches(top, expected, log_lines),
            {k: top.get(k) for k in ("syscall", "errno", "path", "address", "signal", "line")},
            report["verdict"], [f["text"][:100] for f in report["findings"][1:4]])


LIVE = ["missing-config", "chdir-relative", "refused-nonblocking", "disk-full", "bcron",
        "ssh-key-mode", "git-dubious-ownership", "rlimit-enomem", "stdout-full",
        "hang-flock", "dns-nxdomain", "tls-plain-http", "refused-poll", "erofs-message",
        "python-missing-module", "bash-not-found", "openat-dot", "sudo-no-exec-bit",
        "dns-tcp-after-tc", "http-to-tls-port", "python-m-missing", "segv-by-kill",
        "python-deadlock", "sqlite-locked", "crlf-shebang", "flock-wait-timeout",
        "python-efbig-ulimit", "git-stale-index-lock", "make-recipe-hang"]


@pytest.mark.parametrize("name", LIVE)
def test_top_finding_live(name):
    scenario = next(s for s in ALL if s.name == name)
    report, expected, _ = record_and_explain(scenario, live=True)
    live = {k: v for k, v in expected.items() if k != "line_re"}   # no log: no line numbers
    assert matches(report["findings"][0], live), (mismatches(report["findings"][0], live),
                                                  report["verdict"])


def test_a_hang_ends_only_where_the_scenario_expects_it():
    """The kill waits for the program to block in the expected call however long it
    takes to get there: here it first waits in pause() until the test lets it go on."""
    program = ("import os, signal, sys\n"
               "signal.signal(signal.SIGUSR1, lambda *a: None)\n"
               "r, w = os.pipe()\n"
               "signal.pause()\n"
               "print('reading', flush=True)\n"
               "os.read(r, 1)\n")
    argv = hangs.until_killed([sys.executable, "-I", "-S", "-c", program], "KILL")
    box = {}
    runner = threading.Thread(target=lambda: box.update(r=hangs.run(argv, ("read",))))
    runner.start()
    try:
        found = hangs.wait_blocked(os.getpid(), ("pause", "rt_sigsuspend"))
        assert found, "the program never reached pause()"
        # many of the watcher's readings see it waiting elsewhere: it must not fire
        for _ in range(25):
            assert hangs.waiting(found[0], ("pause", "rt_sigsuspend")), "killed too early"
            time.sleep(hangs.STEP)
        os.kill(found[0], signal.SIGUSR1)
    finally:
        runner.join(hangs.BOUND * 2)
    assert box["r"].returncode == -signal.SIGKILL and box["r"].stdout == "reading\n"
