"""The tracer's poll for the next stop (engine/_ptrace.c poll_stop): on with a second
CPU for the tracee, off on one CPU, set by SYSCOPE_SPIN_US."""
import os
import subprocess
import sys

import pytest

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
