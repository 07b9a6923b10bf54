"""Syscalls the table has no name for are traced whatever -e trace= says, as strace
traces them, with and without the seccomp filter (-f)."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import normalize, run_pair

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [["-e", "trace=none"], ["-f", "-e", "trace=none"],
                                     ["-f", "-e", "trace=getpid"]])
def test_unnamed_syscalls_are_always_traced(options):
    exe = c_workload("unnamed_syscalls")
    with tempfile.TemporaryDirectory(prefix="syscope-unnamed-") as cwd:
        ref, got = run_pair(["-qq", "-e", "signal=none"] + options, [exe], cwd, None)
    assert ref.returncode == got.returncode == 0, got.stderr
    expected = normalize(ref.lines)
    assert sum("syscall_0x" in ln for ln in expected) == (3 if "-f" in options else 2)
    assert normalize(got.lines) == expected


def test_debug_names_each_unnamed_syscall():
    """-d: strace's debug message for each entry of a syscall the table does not name."""
    import re
    exe = c_workload("unnamed_syscalls")
    with tempfile.TemporaryDirectory(prefix="syscope-unnamed-") as cwd:
        ref, got = run_pair(["-qq", "-d", "-f", "-e", "trace=none"], [exe], cwd, None)

    def messages(stderr):
        return [re.sub(r"^\S+: pid \d+ ", "pid N ", ln) for ln in stderr.splitlines()
                if "invalid syscall" in ln]
    assert messages(ref.stderr) == ["pid N invalid syscall %#x" % nr for nr in (400, 500, 501)]
    assert messages(got.stderr) == messages(ref.stderr)
