"""The decoders of less common syscall families against the real strace, on real programs
that use them: SysV IPC (ipcmk, ipcs, ipcrm), scheduling policies and I/O priorities
(chrt, ionice), namespaces and mounts (unshare).  Every traced line must agree once
what differs between two runs is normalised (difftool, and here IPC ids, keys and times)."""
from __future__ import annotations

import os
import re
import shutil
import tempfile

import pytest

from difftool import collapse_padding, normalize, run_pair

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

ENV = dict(os.environ, LC_ALL="C", LANG="C")

# what the kernel picks anew on every run: the id of a new IPC object, its random key,
# its times
IPC_ID_RE = re.compile(r"\b((?:msg|sem|shm)(?:ctl|snd|rcv|op|at)\(|semtimedop\()(\d+)")
IPC_RET_RE = re.compile(r"((?:msg|sem|shm)get\(.*= )(\d+)$")
IPC_FIELD_RE = re.compile(r"\b(key|\w+_[acdors]time|\w+_[cl]pid)=\d+")


def normalize_ipc(lines: list[str]) -> list[str]:
    out = []
    for ln in normalize(lines):
        ln = IPC_ID_RE.sub(r"\1ID", ln)
        ln = IPC_RET_RE.sub(r"\1ID", ln)
        # an id of other length shifts the column of '='
        out.append(collapse_padding(IPC_FIELD_RE.sub(r"\1=N", ln)))
    return out


def traced_calls(lines: list[str]) -> list[str]:
    """The syscall lines (not the exits and signals of the processes), without the pid:
    the processes run one after the other, but how many a shell forks varies."""
    return [re.sub(r"^PID\d+ ", "", ln) for ln in lines
            if re.search(r"\w+\(", ln) and "+++" not in ln and "---" not in ln]


def same_trace(options: list[str], script: str, cwd: str) -> tuple[list[str], list[str]]:
    ref, got = run_pair(options, ["sh", "-c", script], cwd, ENV)
    return traced_calls(normalize_ipc(ref.lines)), traced_calls(normalize_ipc(got.lines))


def need(*programs: str) -> None:
    for p in programs:
        if shutil.which(p) is None:
            pytest.skip("%s not installed" % p)


@pytest.fixture
def scratch():
    d = tempfile.mkdtemp(prefix="syscope-decoders-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("kind,flag", [("message queue", "-Q"), ("semaphore", "-S 2"),
                                       ("shared memory", "-M 4096")])
def test_sysv_ipc_tools(kind, flag, scratch):
    """ipcmk creates an object (msgget/semget/shmget), ipcs -i reads it back (*ctl
    IPC_STAT, SEM_STAT...), ipcrm removes it (IPC_RMID)."""
    need("ipcmk", "ipcs", "ipcrm")
    opt = flag.split()[0].lower()
    script = ('id=$(ipcmk %s | sed "s/.*: //"); ipcs %s -i "$id" >/dev/null; ipcrm %s "$id"'
              % (flag, opt, opt))
    exp, act = same_trace(["-f", "-qq", "-e", "trace=%ipc"], script, scratch)
    assert len(exp) >= 2 and "IPC_RMID" in exp[-1], exp
    assert act == exp


def test_scheduling_and_io_priorities(scratch):
    need("chrt", "ionice")
    script = "chrt -m >/dev/null; ionice >/dev/null; ionice -c 3 true; chrt -b 0 true"
    calls = ("sched_get_priority_min,sched_get_priority_max,sched_setscheduler,"
             "sched_getscheduler,sched_getparam,sched_setparam,ioprio_get,ioprio_set")
    exp, act = same_trace(["-f", "-qq", "-e", "trace=" + calls], script, scratch)
    assert any("ioprio_set(" in ln for ln in exp) and any("sched_setscheduler(" in ln
                                                          for ln in exp)
    assert act == exp


@pytest.mark.skipif(os.geteuid() != 0, reason="a mount namespace needs root")
def test_namespaces_and_mounts(scratch):
    need("unshare")
    script = "unshare --mount --propagation private true; unshare --mount --propagation slave true"
    exp, act = same_trace(["-f", "-qq", "-e", "trace=unshare,setns,mount,umount2"], script,
                          scratch)
    assert any("mount(" in ln for ln in exp)
    assert act == exp
