"""The traced program inherits the signal dispositions and mask syscope was started with,
as it would untraced: a job started in the background (SIGINT and SIGQUIT ignored) stays
so.  SIGPIPE and SIGXFSZ, which the interpreter ignores as it starts, only through the
`syscope` command (its launcher sees them first); under `python -m syscope` the program
gets their defaults."""
import os
import signal
import subprocess
import sys
import sysconfig

import pytest

MODULE = [sys.executable, "-m", "syscope"]
COMMAND = [os.path.join(sysconfig.get_path("scripts"), "syscope")]
SHOW = ["grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"]


def started_with(ignored=(), blocked=()):
    def setup():
        for s in ignored:
            signal.signal(s, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    return setup


def compare(syscope, opts, **start):
    untraced = subprocess.run(SHOW, preexec_fn=started_with(**start), capture_output=True,
                              text=True, timeout=60)
    traced = subprocess.run(syscope + opts + ["-o", "/dev/null"] + SHOW,
                            preexec_fn=started_with(**start), capture_output=True, text=True,
                            timeout=60)
    assert traced.returncode == 0, traced.stderr
    assert traced.stdout == untraced.stdout


@pytest.mark.parametrize("syscope", [MODULE, COMMAND], ids=["module", "command"])
@pytest.mark.parametrize("ignored", [(), (signal.SIGINT, signal.SIGQUIT),
                                     (signal.SIGHUP, signal.SIGTERM)])
@pytest.mark.parametrize("follow", [[], ["-f"]])
def test_program_sees_the_dispositions_it_would_untraced(syscope, ignored, follow):
    compare(syscope, follow, ignored=ignored)


@pytest.mark.parametrize("ignored", [(signal.SIGPIPE,), (signal.SIGXFSZ, signal.SIGINT)])
def test_the_command_passes_on_what_the_interpreter_hides(ignored):
    compare(COMMAND, [], ignored=ignored)


@pytest.mark.parametrize("syscope", [MODULE, COMMAND], ids=["module", "command"])
@pytest.mark.parametrize("blocked", [(signal.SIGUSR1,), (signal.SIGINT, signal.SIGTERM,
                                                         signal.SIGCHLD)])
def test_program_starts_with_the_signal_mask_it_would_untraced(syscope, blocked):
    compare(syscope, [], blocked=blocked)
