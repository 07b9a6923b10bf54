"""syscope why on recorded scenarios: the top finding names the right syscall, errno and
absolute path (or address, or signal).  Each scenario is recorded by the real strace
(strace -f -s 256), as it would be on the machine where the failure happened."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from scenarios.scenarios import SCENARIOS, matches

STRACE = shutil.which("strace") or "/usr/bin/strace"
SYSCOPE = [sys.executable, "-m", "syscope"]
pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


def record_and_explain(scenario, live=False):
    d = tempfile.mkdtemp(prefix="syscope-scn-")
    os.chmod(d, 0o755)
    try:
        cmd, expected, cleanup = scenario.prepare(d)
        opts = []
        if cmd[0] == "-u":
            opts, cmd = cmd[:2], cmd[2:]
        try:
            if live and not opts:
                out = os.path.join(d, "report.json")
                r = subprocess.run(SYSCOPE + ["why", "--json", "--report", out, "--"] + cmd,
                                   capture_output=True, text=True, timeout=60, cwd=d)
                with open(out) as f:
                    r.stdout = f.read()
            else:
                log = os.path.join(d, "trace.log")
                subprocess.run([STRACE, "-f", "-s", "256", "-o", log] + opts + cmd,
                               capture_output=True, timeout=60, cwd=d)
                r = subprocess.run(SYSCOPE + ["why", "--json", log], capture_output=True,
                                   text=True, timeout=60)
        finally:
            if cleanup:
                cleanup()
        assert r.returncode is not None and "Traceback" not in r.stderr, r.stderr
        report = json.loads(r.stdout)
        return report, expected
    finally:
        shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_top_finding_from_strace_log(scenario):
    report, expected = record_and_explain(scenario)
    assert report["findings"], report["verdict"]
    top = report["findings"][0]
    assert matches(top, expected), "expected %s\ngot %s\nverdict: %s\nothers: %s" % (
        expected, {k: top[k] for k in ("syscall", "errno", "path", "address", "signal")},
        report["verdict"], [f["text"][:100] for f in report["findings"][1:4]])


@pytest.mark.parametrize("name", ["missing-config", "chdir-relative", "refused-nonblocking",
                                  "disk-full", "bcron"])
def test_top_finding_live(name):
    scenario = next(s for s in SCENARIOS if s.name == name)
    report, expected = record_and_explain(scenario, live=True)
    assert matches(report["findings"][0], expected), report["verdict"]
