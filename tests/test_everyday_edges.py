"""strace's general printing rules on everyday syscalls, against the real strace: a C
program calls them with the values where the rules show (modes above the mode bits,
flags no table names, NULL, strings ending where the memory does, sigset sizes, -y's
escapes and deleted files).  The compiled renderer and the Python decoders both print
these calls (the C loop for most, Python for -v and for what the kernel filled in)."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import SYSCOPE, STRACE, agreement, normalize, run_tracer

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

TRACED = ("umask,creat,mkdir,mkdirat,chmod,openat,dup3,faccessat,faccessat2,inotify_init1,"
          "close_range,unlinkat,statx,fadvise64,lseek,getcwd,getdents,getdents64,getcpu,write,"
          "chdir,setxattr,rt_sigprocmask,rt_sigsuspend,rt_sigpending,nanosleep,"
          "clock_nanosleep,gettimeofday,statfs,uname,fsync,fchmod,execve,listxattr,epoll_ctl,"
          "select,sendfile,setgroups,capget,capset,fcntl,_sysctl")


def traces(options: list[str]) -> tuple[list[str], list[str]]:
    exe = c_workload("edges")
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        with tempfile.TemporaryDirectory(prefix="syscope-edges-") as cwd:
            lines = run_tracer(tracer, ["-e", "trace=" + TRACED] + options, [exe, cwd],
                               cwd).lines
            # the directory's own name differs: strace's and syscope's runs get their own
            runs.append([ln.replace(cwd, "DIR") for ln in normalize(lines)])
    return runs[0], runs[1]


@pytest.mark.parametrize("options", [[], ["-y"], ["-v"], ["-x"]], ids=["plain", "y", "v", "x"])
def test_everyday_edges_print_as_strace(options):
    exp, act = traces(options)
    same, total, diff = agreement(exp, act)
    assert total > 50
    assert same == total, "\n".join(diff[:30])
