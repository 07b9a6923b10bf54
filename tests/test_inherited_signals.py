"""The traced program inherits the signal dispositions syscope was started with, as it
would untraced: a job started in the background (SIGINT and SIGQUIT ignored) stays so.
(Not SIGPIPE and SIGXFSZ: the interpreter ignores them as it starts, before syscope can
see how they were; the program gets their defaults.)"""
import signal
import subprocess
import sys

import pytest

SYSCOPE = [sys.executable, "-m", "syscope"]
SHOW_IGNORED = ["grep", "^SigIgn", "/proc/self/status"]


def ignoring(*sigs):
    def setup():
        for s in sigs:
            signal.signal(s, signal.SIG_IGN)
    return setup


@pytest.mark.parametrize("ignored", [(), (signal.SIGINT, signal.SIGQUIT),
                                     (signal.SIGHUP, signal.SIGTERM)])
@pytest.mark.parametrize("follow", [[], ["-f"]])
def test_program_sees_the_dispositions_it_would_untraced(ignored, follow):
    untraced = subprocess.run(SHOW_IGNORED, preexec_fn=ignoring(*ignored),
                              capture_output=True, text=True, timeout=60)
    traced = subprocess.run(SYSCOPE + follow + ["-o", "/dev/null"] + SHOW_IGNORED,
                            preexec_fn=ignoring(*ignored), capture_output=True, text=True,
                            timeout=60)
    assert traced.returncode == 0, traced.stderr
    assert traced.stdout == untraced.stdout
