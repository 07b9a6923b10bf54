"""bpf(2): every command's attributes, compared line by line with strace."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import SYSCOPE, STRACE, normalize, run_tracer

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [["-y"], ["-v", "-y"], ["-X", "raw"],
                                     ["-X", "verbose", "-v"]])
def test_bpf_commands_match_strace(options):
    """A map and a program made and used, then attributes no kernel accepts (short,
    longer than the kernel's, unknown commands, bad descriptors, more than a page)."""
    exe = c_workload("bpf_commands")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-bpf-") as cwd:
            run = run_tracer(tracer, ["-qq", *options, "-e", "trace=bpf"], [exe], cwd)
            assert run.returncode == 0, run.stderr
            runs.append(normalize(run.lines))
    assert len(runs[0]) >= 20
    assert runs[1] == runs[0]
