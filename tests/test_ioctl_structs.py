"""ioctl structures against the real strace: a C program issues requests that need no
hardware (a pseudo-terminal, a regular file, the loopback interface, and structure
arguments on a closed descriptor with good, short and NULL pointers)."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import SYSCOPE, STRACE, agreement, normalize, run_tracer

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [[], ["-v"], ["-X", "raw"], ["-X", "verbose"]],
                         ids=["abbrev", "verbose", "Xraw", "Xverbose"])
def test_ioctl_structures(options):
    exe = c_workload("ioctls")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-ioctl-") as cwd:
            runs.append(normalize(run_tracer(tracer, ["-e", "trace=ioctl"] + options,
                                             [exe, cwd] + options[:1] * ("-X" in options), cwd).lines))
    same, total, diff = agreement(runs[0], runs[1])
    assert total > 10
    assert same == total, "\n".join(diff[:20])


@pytest.mark.parametrize("options", [[], ["-X", "raw"], ["-X", "verbose"]],
                         ids=["abbrev", "Xraw", "Xverbose"])
def test_ioctl_families(options):
    """The families with modules of their own (decode/ioctl_<family>.py)."""
    exe = c_workload("ioctl_families")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-ioctl-") as cwd:
            runs.append(normalize(run_tracer(tracer, ["-e", "trace=ioctl"] + options, [exe],
                                             cwd).lines))
    same, total, diff = agreement(runs[0], runs[1])
    assert total > 20
    assert same == total, "\n".join(diff[:20])


@pytest.mark.parametrize("options", [["-y"], ["-y", "-v"]], ids=["y", "yv"])
def test_ioctl_kvm(options):
    """KVM requests on a real virtual machine (skipped where /dev/kvm cannot be opened)."""
    import os
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        pytest.skip("no usable /dev/kvm")
    exe = c_workload("ioctl_kvm")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-ioctl-") as cwd:
            runs.append(normalize(run_tracer(tracer, ["-e", "trace=ioctl"] + options, [exe],
                                             cwd).lines))
    same, total, diff = agreement(runs[0], runs[1])
    assert total >= 10
    assert same == total, "\n".join(diff[:20])
