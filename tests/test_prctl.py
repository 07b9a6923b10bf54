"""prctl options with arguments of their own, compared line by line with strace."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from difftool import SYSCOPE, STRACE, normalize

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

# (option, arg2, arg3) calls; "buf" is a writable 16-byte buffer, "name" a long string
CALLS = [
    (4, 3, 0), (4, 1, 0), (3, 0, 0), (47, 1, 13), (47, 2, 0xff), (47, 4, 0), (47, 9, 7),
    (23, 21, 0), (23, 200, 0), (24, 0xdeadc0de00000001, 0), (33, 1, 1), (33, 0, 5), (34, 0, 0),
    (1, 1 << 33, 0), (1, 9, 0), (2, "buf", 0), (26, 0, 0), (25, "buf", 0), (26, 0xdeadc0de00000003, 0),
    (6, 3, 0), (6, 0xfacebeef, 0), (5, "buf", 0), (15, "name", 0), (16, "buf", 0),
    (40, "buf", 0), (7, 0, 0), (22, 99, 0), (0x59616d61, 0xffffffffffffffff, 0),
    (0x59616d61, 1, 0), (38, 1, 0), (39, 0, 0), (12, 0, 0), (0xffffffff, 1, 2),
]

PROGRAM = """
import ctypes
libc = ctypes.CDLL(None)
libc.prctl.argtypes = [ctypes.c_ulong] * 5
buf = ctypes.create_string_buffer(16)
name = ctypes.create_string_buffer(b"a-rather-long-task-name")
for opt, a2, a3 in %r:
    a2 = {"buf": ctypes.addressof(buf), "name": ctypes.addressof(name)}.get(a2, a2)
    if opt == 15:
        libc.prctl(16, ctypes.addressof(buf), 0, 0, 0)   # keep the old name
    libc.prctl(opt, a2, a3, 0, 0)
    if opt == 15:
        libc.prctl(15, ctypes.addressof(buf), 0, 0, 0)
""" % (CALLS,)


def trace(tracer, tmp_path):
    out = tmp_path / "trace"
    subprocess.run(tracer + ["-qq", "-e", "trace=prctl", "-o", str(out), sys.executable,
                             "-I", "-S", "-c", PROGRAM], check=True, timeout=60)
    return normalize(out.read_text().splitlines())


def test_prctl_options_match_strace(tmp_path):
    expected = trace([STRACE], tmp_path)
    actual = trace(SYSCOPE, tmp_path)
    assert len(expected) > len(CALLS)
    assert actual == expected


@pytest.mark.parametrize("xstyle", ["abbrev", "raw", "verbose"])
def test_prctl_arch_prctl_personality_from_c_match_strace(xstyle):
    """Every option with arguments of its own, arch_prctl's codes and personality, from a
    C program, under each -X style."""
    import tempfile
    from cworkloads import c_workload
    from difftool import run_tracer
    exe = c_workload("prctl_options")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-prctl-") as cwd:
            run = run_tracer(tracer, ["-qq", "-X", xstyle, "-e",
                                      "trace=prctl,arch_prctl,personality"], [exe], cwd)
            assert run.returncode == 0, run.stderr
            runs.append(normalize(run.lines))
    assert len(runs[0]) > 60
    assert runs[1] == runs[0]
