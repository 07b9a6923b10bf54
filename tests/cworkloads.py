"""Workloads written in C (where an interpreter's own threads would make the trace vary
from run to run), compiled once per source version into the temporary directory."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile

WL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "workloads")


def c_workload(name: str) -> str:
    """The path of workloads/NAME.c (or NAME.cpp, C++) compiled; built on first use."""
    src = os.path.join(WL, name + ".c")
    cxx = not os.path.exists(src)
    if cxx:
        src = os.path.join(WL, name + ".cpp")
    with open(src, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    out_dir = os.path.join(tempfile.gettempdir(), "syscope-test-bin")
    os.makedirs(out_dir, exist_ok=True)
    exe = os.path.join(out_dir, "%s-%s" % (name, digest))
    if not os.path.exists(exe):
        cc = shutil.which("c++") or shutil.which("g++") if cxx else \
            shutil.which("cc") or shutil.which("gcc")
        if cc is None:
            import pytest
            pytest.skip("no C++ compiler" if cxx else "no C compiler")
        tmp = "%s.%d" % (exe, os.getpid())
        subprocess.run([cc, "-O1", "-pthread", "-o", tmp, src], check=True)
        os.replace(tmp, exe)   # atomic: two test runs at once never see half a file
    return exe
