"""-e write= dumps as strace writes them: all of a buffer over 1 MiB, with wider
offsets, and buffers that run into unreadable memory dumped piece by piece (64 KiB)
as far as the pieces read, then strace's '<Cannot fetch ...>' line."""
from __future__ import annotations

import re
import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import normalize, run_pair

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


def test_big_and_partial_dumps_match_strace():
    exe = c_workload("big_dump")
    with tempfile.TemporaryDirectory(prefix="syscope-dump-") as cwd:
        ref, got = run_pair(["-qq", "-e", "trace=write,writev", "-e", "write=3"], [exe],
                            cwd, None)
    assert ref.returncode == got.returncode == 0, got.stderr
    expected, actual = ([re.sub(r"from pid \d+", "from pid PID", ln) for ln in normalize(run.lines)]
                        for run in (ref, got))
    assert sum("Cannot fetch" in ln for ln in expected) == 2
    assert len(expected) > 65536
    assert actual == expected
