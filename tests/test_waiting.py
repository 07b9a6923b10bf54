"""How the tracer waits for stops (engine/_ptrace.c poll_stop): the poll for the next
stop is on with a second CPU for the tracee, off on one CPU, set by SYSCOPE_SPIN_US; a
process's exit is reported before what the exit caused in others."""
import os
import re
import subprocess
import sys

import pytest

from difftool import SYSCOPE

PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

WORKLOADS = os.path.join(os.path.dirname(__file__), "workloads")

PROBE = "from syscope.engine import _ptrace; print(_ptrace.spin_window())"


def window(env_value=None, cpus=None) -> int:
    env = {k: v for k, v in os.environ.items() if k != "SYSCOPE_SPIN_US"}
    if env_value is not None:
        env["SYSCOPE_SPIN_US"] = env_value

    def pin():
        if cpus is not None:
            os.sched_setaffinity(0, cpus)
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                         text=True, check=True, preexec_fn=pin)
    return int(out.stdout)


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two CPUs")
def test_polls_with_a_second_cpu():
    assert window() == 30000


def test_blocks_at_once_on_one_cpu():
    assert window(cpus={min(os.sched_getaffinity(0))}) == 0


@pytest.mark.parametrize("value, ns", [("0", 0), ("5", 5000), ("250", 250000),
                                       ("x", 0), ("-3", 0), ("7us", 0)])
def test_window_from_the_environment(value, ns):
    assert window(value) == ns


@pytest.mark.parametrize("spin_us", ["0", "30"])
def test_exit_comes_before_the_sighup_it_causes(spin_us):
    """The leader of a process group exits while a member is stopped: the kernel sends
    the member SIGHUP from the leader's exit.  wait4 would report the member's signal
    stop first when both are ready; the leader's exit is waited for on its own.  (When
    the first process exits, against the member's death, is a race of the program's.)"""
    cmd = SYSCOPE + ["-f", "-e", "trace=none", "-e", "signal=!chld",
                     PY, "-I", "-S", os.path.join(WORKLOADS, "orphaned_group.py")]
    env = dict(os.environ, SYSCOPE_SPIN_US=spin_us)
    for _ in range(3):
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        lines = out.stderr.splitlines()
        leader, member = re.findall(r"Process (\d+) attached", out.stderr)

        def first(pattern):     # strace pads a pid prefix: "[pid  123]"
            return next((i for i, ln in enumerate(lines) if re.fullmatch(pattern, ln)), None)
        exited = first(r"\[pid +%s\] \+\+\+ exited with 0 \+\+\+" % leader)
        sighup = first(r"(\[pid +%s\] )?--- SIGHUP \{si_signo=SIGHUP, si_code=SI_KERNEL\} ---"
                       % member)
        assert exited is not None and sighup is not None and exited < sighup, out.stderr
