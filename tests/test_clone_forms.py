"""clone and clone3 against strace, from a C program: descriptors and ids the kernel
stores, bytes past struct clone_args (zero, not zero, unreadable), refused sizes and
set_tid arrays, with and without -y."""
from __future__ import annotations

import re
import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import SYSCOPE, STRACE, normalize, run_tracer

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [[], ["-y"]], ids=["plain", "y"])
def test_clone_forms_match_strace(options):
    exe = c_workload("clone_forms")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-clone-") as cwd:
            run = run_tracer(tracer, ["-qq", "-e", "trace=clone,clone3"] + options, [exe], cwd)
            assert run.returncode == 0, run.stderr
            # the child's id the kernel stores is the call's return value
            runs.append([re.sub(r"parent_tid=\[\d+\]", "parent_tid=[TID]", ln)
                         for ln in normalize(run.lines)])
    assert sum("clone3(" in ln for ln in runs[0]) == 9
    assert runs[1] == runs[0]
