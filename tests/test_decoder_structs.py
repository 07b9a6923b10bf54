"""Decoders with constants, structures and buffers of their own (memory mappings,
openat2, time stamps, sendmmsg/recvmmsg and their -e read=/write= dumps, socket options
with classic BPF filters, packet memberships and multicast groups, keys, quotas, ptrace
requests), each -X style, against /usr/bin/strace on one C program."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import SYSCOPE, STRACE, agreement, normalize, run_tracer

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [[], ["-v"], ["-X", "raw"], ["-X", "verbose"],
                                     ["-e", "write=5", "-e", "read=6"], ["-yy"]],
                         ids=["abbrev", "verbose", "Xraw", "Xverbose", "dumps", "yy"])
def test_decoder_structures(options):
    exe = c_workload("decoders")
    runs = []
    with tempfile.TemporaryDirectory(prefix="syscope-decoders-") as cwd:   # -yy prints it
        for tracer in ([STRACE], SYSCOPE):
            run = run_tracer(tracer, options, [exe, "."], cwd)
            assert run.returncode == 0, run.stderr
            runs.append(normalize(run.lines))
    same, total, diff = agreement(runs[0], runs[1])
    assert total > 50
    assert same == total, "\n".join(diff[:20])
