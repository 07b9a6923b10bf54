"""Filters and summaries against the real strace: every -e trace= form and class,
-e signal=, -e status=, -z/-Z, -P, and -c/-C tables (names, calls, errors)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from difftool import SYSCOPE, STRACE, compare

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

ENV = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C", LANG="C")
# sequential children only: which of two concurrent children exits first is a race
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
# Children run one after another and the parent has no SIGCHLD handler, so the order of
# lines in each process does not depend on scheduling (a shell's SIGCHLD handler would).
# SIGCHLD stays blocked while children run: a child that exits before its parent reaches
# wait4 would otherwise show its SIGCHLD at whichever call the parent was making; unblocked
# afterwards, the one pending SIGCHLD is shown at the same place on every run.
WORKLOAD = [PY, "-I", "-S", "-c",
            "import os, signal, subprocess as s\n"
            "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})\n"
            "s.run(['cat', '/etc/hostname'])\n"
            "s.run(['ls', '/etc/default'], stdout=s.DEVNULL)\n"
            "s.run(['cat', '/nonexistent'])\n"
            "signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})\n"
            "signal.signal(signal.SIGUSR1, lambda *a: None)\n"
            "os.kill(os.getpid(), signal.SIGUSR1)\n"]

TRACE_SPECS = [
    "openat", "openat,close,read", "!openat", "!mmap,mprotect,close", "all", "none",
    "%file", "%process", "%net", "%network", "%signal", "%ipc", "%desc", "%memory", "%creds",
    "%clock", "%stat", "%lstat", "%fstat", "%%stat", "%statfs", "%fstatfs", "%%statfs",
    "%pure", "/^(open|close)", "/stat$", "?nosuchcall,openat", "file", "process",
]


@pytest.mark.parametrize("spec", TRACE_SPECS)
def test_trace_sets(spec, tmp_path):
    same, total, diff = compare(["-f", "-e", "trace=" + spec], WORKLOAD, str(tmp_path), ENV,
                                multi=True)
    assert_agree(same, total, diff)


def assert_agree(same, total, diff):
    """Every line, but for at most one in a hundred that the interpreter's allocator moves
    from run to run (an mmap of a new arena a few calls earlier or later)."""
    assert same >= total - max(1, total // 100), "\n".join(diff[:40])


def test_long_trace_spelling(tmp_path):
    same, total, diff = compare(["-f", "--trace=%file,execve"], WORKLOAD, str(tmp_path), ENV,
                                multi=True)
    assert_agree(same, total, diff)


@pytest.mark.parametrize("opts", [
    ["-z"], ["-Z"], ["-e", "status=failed"], ["-e", "status=successful,failed"],
    ["-e", "status=!failed"], ["-e", "signal=none"], ["-e", "signal=SIGCHLD"],
    ["-e", "signal=!USR1"], ["-e", "trace=%file", "-Z"], ["-P", "/etc/hostname"],
    ["-P", "/etc/hostname", "-P", "/nonexistent"], ["-e", "quiet=exit"],
    ["-e", "abbrev=none"], ["-e", "verbose=none"], ["-e", "write=1,2"], ["-e", "read=3"],
    ["-e", "raw=openat,close,read"],
])
def test_filter_options(opts, tmp_path):
    same, total, diff = compare(["-f"] + opts, WORKLOAD, str(tmp_path), ENV, multi=True)
    assert_agree(same, total, diff)


@pytest.mark.parametrize("opts,cmd", [
    (["-e", "raw=openat,close,read,mmap,brk,newfstatat,execve"], ["cat", "/etc/hostname"]),
    (["-b", "execve"], ["sh", "-c", "exec cat /etc/hostname"]),
    (["-f", "-b", "execve"], ["sh", "-c", "exec cat /etc/hostname"]),
])
def test_raw_and_detach_on_execve(opts, cmd, tmp_path):
    same, total, diff = compare(opts, cmd, str(tmp_path), ENV)
    assert same == total, "\n".join(diff[:40])


def summary_table(text: str) -> dict:
    """{syscall: (calls, errors)} from a -c table; times are left out (they vary)."""
    rows = {}
    for line in text.splitlines():
        m = re.match(r"^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(\d*)\s+(\S+)$", line)
        if m and m.group(3) != "total":
            rows[m.group(3)] = (int(m.group(1)), int(m.group(2) or 0))
    return rows


def run_summary(tracer, opts, cmd, tmp_path):
    out = tmp_path / ("c-%d" % abs(hash(tuple(tracer))))
    subprocess.run(tracer + ["-o", str(out)] + opts + cmd, env=ENV, capture_output=True,
                   cwd=str(tmp_path), timeout=60)
    return out.read_text()


@pytest.mark.parametrize("opts", [["-c"], ["-f", "-c"], ["-c", "-e", "trace=%file"],
                                  ["-f", "-c", "-e", "trace=%file,%process"],
                                  ["-c", "-S", "calls"], ["-c", "-w"], ["-c", "-Z"]])
def test_summary_counts_match(opts, tmp_path):
    cmd = ["ls", "-l", "/etc/default", "/nonexistent"] if "-f" not in opts else WORKLOAD
    ref = summary_table(run_summary([STRACE], opts, cmd, tmp_path))
    got = summary_table(run_summary(SYSCOPE, opts, cmd, tmp_path))
    assert ref and got == ref


@pytest.mark.parametrize("opts", [["-U", "name,calls,errors", "-S", "name"],
                                  ["-U", "calls,name", "-S", "calls"],
                                  ["-U", "errors,syscall,count", "-S", "errors"]])
def test_summary_layout_equals_strace(opts, tmp_path):
    """Columns without times are deterministic: the whole table must be strace's."""
    cmd = ["ls", "/nonexistent", "/etc/default"]
    ref = run_summary([STRACE], ["-c"] + opts, cmd, tmp_path)
    got = run_summary(SYSCOPE, ["-c"] + opts, cmd, tmp_path)
    if "-S" in opts and opts[opts.index("-S") + 1] != "name":
        # rows with equal keys may come in either order: compare as sets, the rest exactly
        assert sorted(got.splitlines()) == sorted(ref.splitlines())
        assert got.splitlines()[:2] == ref.splitlines()[:2]
    else:
        assert got == ref


def test_summary_also_prints_trace_with_C(tmp_path):
    text = run_summary(SYSCOPE, ["-C"], ["true"], tmp_path)
    assert "execve(" in text and "% time" in text and "+++ exited with 0 +++" in text


@pytest.mark.parametrize("args,message", [
    (["-S", "bogus"], "invalid sortby: 'bogus'"),
    (["-c", "-U", "bogus"], "unknown column name: 'bogus'"),
    (["-e", "trace=%bogus"], "invalid system call '%bogus'"),
    (["-e", "trace=/("], "invalid system call '/('"),
    (["-e", "status=bogus"], "invalid status 'bogus'"),
])
def test_bad_filters(args, message):
    r = subprocess.run(SYSCOPE + args + ["true"], capture_output=True, text=True)
    assert r.returncode == 1 and message in r.stderr


@pytest.mark.parametrize("follow", [[], ["-f"]])
def test_trace_set_keeps_output_and_children_work(tmp_path, follow):
    """With -f and a trace set the launched program runs under a seccomp filter, without
    -f under plain ptrace; either way output is strace's and the children work."""
    same, total, diff = compare(follow + ["-e", "trace=openat,execve"], WORKLOAD,
                                str(tmp_path), ENV)
    assert same == total, "\n".join(diff[:40])
    # concurrent children (a pipeline) work too
    cmd = ["sh", "-c", "cat /etc/hostname | wc -c; ls /etc/default | wc -l"]
    r = subprocess.run(SYSCOPE + follow + ["-o", "/dev/null", "-e", "trace=openat"] + cmd,
                       capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.split()[0].isdigit()


def test_seccomp_can_be_turned_off(tmp_path):
    out = tmp_path / "t"
    r = subprocess.run(SYSCOPE + ["--no-seccomp-bpf", "-o", str(out), "-e", "trace=openat",
                                  "cat", "/etc/hostname"], capture_output=True, text=True)
    assert r.returncode == 0
    assert 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3' in out.read_text()
