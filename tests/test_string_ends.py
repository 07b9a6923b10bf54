"""NUL-terminated strings with a size of their own (strace's printstr_ex): as many bytes
are read as strace reads and no more, so a string that runs to the end of readable
memory prints as strace prints it, from the compiled renderer and Python alike."""
from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import normalize, run_pair

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("strsize", ["5", "14", "32", "255", "256"])
@pytest.mark.parametrize("renderer", ["compiled", "python"])
def test_strings_ending_at_unreadable_memory_match_strace(strsize, renderer):
    exe = c_workload("string_ends")
    env = dict(os.environ)
    if renderer == "python":
        env["SYSCOPE_NO_RENDER"] = "1"
    with tempfile.TemporaryDirectory(prefix="syscope-strend-") as cwd:
        ref, got = run_pair(["-qq", "-s", strsize, "-e",
                             "trace=prctl,reboot,memfd_create,chdir"], [exe], cwd, env)
    assert ref.returncode == got.returncode == 0, got.stderr
    expected = normalize(ref.lines)
    assert len(expected) == 24
    assert normalize(got.lines) == expected
