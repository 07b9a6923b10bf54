"""-k: a stack trace after each line, against the real strace (Debian's has -k, built
with libunwind as syscope's optional extension is).

The frames print offsets in the mapped files, not addresses, so two runs of a program
print the same stacks whatever the address space layout; what differs between runs
(arguments that are addresses, pids) is normalised as in the other differential tests.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile

import pytest

from cworkloads import c_workload
from difftool import STRACE, SYSCOPE, normalize, run_tracer
from syscope.engine import stacks
from test_differential import ENV, PYRUN

needs_unwind = pytest.mark.skipif(not stacks.available(),
                                  reason="syscope built without libunwind")
needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.fixture(scope="module")
def scratch():
    d = tempfile.mkdtemp(prefix="syscope-stacks-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


PROGRAMS = {
    # a shell builtin's write, a signal's stack, a death by signal
    "shell": (["-e", "trace=write,kill"], ["sh", "-c", "echo hi > /dev/null; kill -USR1 $$"]),
    # exit_group: captured at its entry, printed after the exit line
    "python": (["-e", "trace=getpid,exit_group"], PYRUN + ["-c", "import os; os.getpid()"]),
    # every syscall of a program that maps libraries as it runs (the maps are read again)
    "ls": ([], ["ls", "-l", "/etc/default"]),
}


@needs_unwind
@needs_strace
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_stacks_as_strace_prints_them(name, scratch):
    opts, cmd = PROGRAMS[name]
    ref = run_tracer([STRACE], ["-k"] + opts, cmd, scratch, ENV)
    got = run_tracer(SYSCOPE, ["-k"] + opts, cmd, scratch, ENV)
    assert normalize(got.lines) == normalize(ref.lines)
    frames = [ln for ln in got.lines if ln.startswith(" > ")]
    assert any("libc.so.6(" in ln for ln in frames), got.lines[:20]


@needs_unwind
@needs_strace
def test_cxx_symbols_demangled(scratch):
    exe = c_workload("cxx_frames")
    opts = ["-k", "-e", "trace=chdir"]
    ref = run_tracer([STRACE], opts, [exe], scratch, ENV)
    got = run_tracer(SYSCOPE, opts, [exe], scratch, ENV)
    assert normalize(got.lines) == normalize(ref.lines)
    assert any("(ns::f1(int)+0x" in ln for ln in got.lines), got.lines


def test_demangling():
    assert stacks.demangled("_ZN2ns2f3Ei") == "ns::f3(int)"
    assert stacks.demangled("main") == "main"          # C names as they are
    assert stacks.demangled("_Znot_mangled") == "_Znot_mangled"


@needs_unwind
def test_long_option_and_no_frames_where_no_line_prints(scratch):
    run = run_tracer(SYSCOPE, ["--stack-traces", "-e", "trace=getpid"],
                     PYRUN + ["-c", "import os; os.getpid(); os.getppid()"], scratch, ENV)
    getpid = next(i for i, ln in enumerate(run.lines) if ln.startswith("getpid("))
    assert run.lines[getpid + 1].startswith(" > ")
    # the untraced getppid and exit_group print no stack: the frames end at the exit
    assert run.lines[-1] == "+++ exited with 0 +++"


def test_without_libunwind_k_says_so(monkeypatch):
    from syscope.errors import FatalError
    from syscope.options import parse_args
    monkeypatch.setattr(stacks, "available", lambda: False)
    with pytest.raises(FatalError) as e:
        parse_args(["-k", "true"])
    assert str(e.value).startswith("Stack traces (-k/--stack-traces option) are not "
                                   "supported by this build of syscope")


def test_without_libunwind_the_message_and_status(scratch):
    """Through the command line: the message on stderr and status 1 (a Python whose
    import of the extension fails stands for a build without it)."""
    code = ("import sys; sys.modules['syscope.engine._unwind'] = None; "
            "from syscope.cli import main; sys.exit(main(['-k', 'true']))")
    p = subprocess.run(SYSCOPE[:1] + ["-c", code], capture_output=True, text=True)
    assert p.returncode == 1
    assert p.stderr.startswith("syscope: Stack traces (-k/--stack-traces option) are not "
                               "supported by this build of syscope"), p.stderr
