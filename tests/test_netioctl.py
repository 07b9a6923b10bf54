"""Netlink messages, socket options and ioctl requests against the real strace.

The workloads talk to the kernel only through loopback sockets, netlink requests the
kernel refuses or acknowledges, a pipe and ioctls on a regular file; every traced line
must be strace's."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from difftool import SYSCOPE, STRACE, agreement, normalize, run_tracer

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
ENV = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C", LANG="C")

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


def same_as_strace(options: list[str], command: list[str]) -> list[str]:
    """The lines of both tracers that differ (none expected)."""
    with tempfile.TemporaryDirectory(prefix="syscope-netioctl-") as cwd:
        runs = [normalize(run_tracer(t, options, command, cwd, ENV).lines)
                for t in ([STRACE], SYSCOPE)]
    same, total, diff = agreement(runs[0], runs[1])
    assert total > 0
    return diff if same != total else []


@pytest.mark.parametrize("options", [
    ["-e", "trace=sendto,recvfrom,setsockopt,getsockopt"],
    ["-e", "trace=ioctl"],
    ["-e", "trace=sendto,recvfrom", "-s", "4"],
], ids=["netlink+sockopt", "ioctl", "netlink-s4"])
def test_workload(options):
    """XFRM acknowledgements, SOCK_DIAG and NETFILTER batches, SOL_SOCKET/SOL_TCP/
    SOL_IP/SOL_NETLINK options with short buffers, ioctl requests of many families."""
    cmd = [PY, "-I", "-S", os.path.join(HERE, "workloads", "netlink_sockopt_ioctl.py")]
    diff = same_as_strace(options, cmd)
    assert not diff, "\n".join(diff[:20])


@pytest.mark.skipif(shutil.which("ip") is None, reason="iproute2 not installed")
def test_ip_link_show_lo():
    """iproute2's requests (nlmsghdr, ifinfomsg, attributes) and its socket options; the
    answers carry the loopback's traffic counters, which change between the runs."""
    diff = same_as_strace(["-e", "trace=sendmsg,sendto,setsockopt,getsockopt"],
                          ["ip", "-o", "link", "show", "lo"])
    assert not diff, "\n".join(diff[:20])


def test_netlink_decoder_needs_a_netlink_socket():
    """A buffer on another socket stays a string, even when it looks like a message."""
    code = ("import socket,struct;a,b=socket.socketpair();"
            "a.send(struct.pack('<IHHII',16,18,1,0,0))")
    out = subprocess.run(SYSCOPE + ["-e", "trace=sendto", PY, "-I", "-S", "-c", code],
                         capture_output=True, text=True, env=ENV, timeout=60)
    line = [ln for ln in out.stderr.splitlines() if ln.startswith("sendto(")][0]
    assert line.startswith('sendto(3, "\\20\\0\\0\\0\\22\\0\\1\\0')
