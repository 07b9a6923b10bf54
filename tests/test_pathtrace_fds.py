"""-P against the real strace where the path is named only through descriptors:
descriptor arguments with garbage in their high bits, dup2/dup3's second descriptor,
the *at calls' directory descriptor, fsconfig's descriptor by command, mmap of the
file, select sets (one unreadable past its first word) and poll arrays."""
from __future__ import annotations

import os
import shutil
import sys

import pytest

from difftool import compare

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
ENV = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C", LANG="C")
WORKLOAD = [PY, "-I", "-S", os.path.join(HERE, "workloads", "pathtrace_fds.py")]

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [
    ["-P", "/dev/full"],
    ["-P", "/dev/full", "-y"],
    ["-P", "/dev/full", "-e", "trace=dup,dup2,dup3,select,poll"],
], ids=["P", "P-y", "P-trace"])
def test_descriptors_of_the_path(options, tmp_path):
    same, total, diff = compare(options, WORKLOAD, str(tmp_path), ENV)
    assert total >= 6 and same == total, "\n".join(diff[:10])
