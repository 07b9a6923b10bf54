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


def same_as_strace(workload: str, options: list[str], minimum: int, args=()) -> None:
    """Both tracers' -e trace=ioctl lines of the workload, which must all be the same
    (and at least minimum of them)."""
    exe = c_workload(workload)
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-ioctl-") as cwd:
            argv = [exe] + [a.replace("{cwd}", cwd) for a in args]
            runs.append(normalize(run_tracer(tracer, ["-e", "trace=ioctl"] + options, argv,
                                             cwd).lines))
    same, total, diff = agreement(runs[0], runs[1])
    assert total > minimum
    assert same == total, "\n".join(diff[:20])


@pytest.mark.parametrize("options", [[], ["-v"], ["-X", "raw"], ["-X", "verbose"]],
                         ids=["abbrev", "verbose", "Xraw", "Xverbose"])
def test_ioctl_structures(options):
    same_as_strace("ioctls", options, 10, ["{cwd}"] + options[:1] * ("-X" in options))


@pytest.mark.parametrize("options", [[], ["-X", "raw"], ["-X", "verbose"]],
                         ids=["abbrev", "Xraw", "Xverbose"])
def test_ioctl_families(options):
    """The families with modules of their own (decode/ioctl_<family>.py)."""
    same_as_strace("ioctl_families", options, 20)


@pytest.mark.parametrize("options", [["-y"], ["-y", "-v"], ["-y", "-e", "kvm=vcpu"]],
                         ids=["y", "yv", "kvm-vcpu"])
def test_ioctl_kvm(options):
    """KVM requests on a real virtual machine (skipped where /dev/kvm cannot be opened);
    KVM_RUN twice, its exit reasons under -e kvm=vcpu."""
    import os
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        pytest.skip("no usable /dev/kvm")
    same_as_strace("ioctl_kvm", options, 9)


@pytest.mark.parametrize("options", [[], ["-v"], ["-X", "raw"], ["-X", "verbose"]],
                         ids=["abbrev", "verbose", "Xraw", "Xverbose"])
def test_ioctl_more_families(options):
    """Interfaces' hardware addresses and bridges, network block devices' flags, SCSI
    generic requests (names the installed headers lack come from the generator's list)."""
    same_as_strace("ioctl_more", options, 30)


@pytest.mark.parametrize("options", [
    [], ["-v"], ["-X", "raw"], ["-X", "verbose"], ["-e", "inject=ioctl:retval=0"],
    ["-v", "-X", "verbose", "-e", "inject=ioctl:retval=0"]],
    ids=["abbrev", "verbose", "Xraw", "Xverbose", "success", "success-v-Xverbose"])
def test_ioctl_v4l2(options):
    """Video4Linux2 requests; with a success injected, what the driver leaves too."""
    same_as_strace("ioctl_v4l2", options, 50)


@pytest.mark.parametrize("options", [
    [], ["-v"], ["-e", "inject=ioctl:retval=0"], ["-v", "-e", "inject=ioctl:retval=0"]],
    ids=["abbrev", "verbose", "success", "success-v"])
def test_ioctl_btrfs(options):
    """btrfs requests and FICLONERANGE/FIDEDUPERANGE/file system labels; with a success
    injected, what the kernel leaves too."""
    same_as_strace("ioctl_btrfs", options, 40)
