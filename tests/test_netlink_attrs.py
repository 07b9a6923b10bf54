"""Nested netlink attributes against the real strace: link info of bridges and tuns,
bridge ports, VF info, XDP, per-family AF_SPEC, traffic control statistics, the
multicast database, next hops, route metrics and multipath, socket diagnostics.

The workload sends messages without NLM_F_REQUEST, which the kernel ignores, so the
machine is left as it was and both tracers see the same bytes."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile

import pytest

from difftool import SYSCOPE, STRACE, agreement, normalize, run_tracer

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
ENV = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C", LANG="C")
WORKLOAD = [PY, "-I", "-S", os.path.join(HERE, "workloads", "netlink_attrs.py")]

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


def differences(options: list[str], command: list[str], minimum: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="syscope-nlattr-") as cwd:
        runs = [normalize(run_tracer(t, options, command, cwd, ENV).lines)
                for t in ([STRACE], SYSCOPE)]
    same, total, diff = agreement(runs[0], runs[1])
    assert total >= minimum
    return diff if same != total else []


@pytest.mark.parametrize("options", [
    ["-e", "trace=sendto"],
    ["-e", "trace=sendto", "-s", "6"],
    ["-e", "trace=sendto", "-s", "3", "-x"],
], ids=["default", "s6", "s3-x"])
def test_nested_attributes(options):
    """Every attribute decoded as strace decodes it, and cut by -s where strace cuts."""
    diff = differences(options, WORKLOAD, 12)
    assert not diff, "\n".join(diff[:10])


@pytest.mark.skipif(shutil.which("ip") is None, reason="iproute2 not installed")
@pytest.mark.parametrize("command, calls", [
    (["ip", "-d", "link", "show", "dev", "lo"], "sendmsg,sendto"),
    (["ip", "-6", "route", "show", "table", "all"], "sendmsg,sendto"),
    (["ip", "rule", "show"], "sendmsg,sendto,recvmsg"),
], ids=["link", "route6", "rule"])
def test_iproute2(command, calls):
    """iproute2's requests, and the kernel's answers where they carry no traffic
    counters (those change between the two runs)."""
    diff = differences(["-e", "trace=" + calls], command, 2)
    assert not diff, "\n".join(diff[:10])
