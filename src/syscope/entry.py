"""The command's entry points: `syscope` (the native launcher, src/launcher/syscope.c)
and `python -m syscope`.

Ctrl-C while syscope starts up must end it as it ends any program, by SIGINT and
without a traceback: the interpreter's KeyboardInterrupt is turned off before anything
is imported (unless SIGINT was ignored: then it stays so, for the traced program too),
and the tracer installs its own handlers before it launches or attaches.  The launcher
has kept SIGHUP, SIGINT, SIGQUIT and SIGTERM blocked through the interpreter's own
start-up; they are unblocked here, once SIGINT has its default back, so that one that
came meanwhile ends syscope as one coming now would."""
import _signal as signal  # the C module: "signal" builds enums, a millisecond of start-up
import sys

from .startup import leave, pause_collections


def main(unblock: int = 0) -> int:
    """unblock: a mask (bit sig - 1) of the signals the launcher blocked."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:   # not ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    if unblock:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, signals_in(unblock))
    pause_collections()
    from .cli import main as cli_main
    return cli_main()


def launched() -> int:
    """The launcher's way in: sys.argv is ['-c', 'BLOCKED:IGNORED', its own argv...], two
    hex masks: the signals it blocked, and those of SIGPIPE and SIGXFSZ that were ignored
    when it started (the interpreter ignores both as it starts, hiding how they were)."""
    blocked, ignored = (int(mask, 16) for mask in sys.argv[1].split(":"))
    sys.argv[:] = sys.argv[2:] or ["syscope"]
    from .progname import run_as
    run_as(sys.argv[0])
    from . import inherited
    inherited.IGNORED_SIGNALS.update(signals_in(ignored))
    status = main(blocked)
    leave(status)
    return status


def signals_in(mask: int) -> list[int]:
    return [sig for sig in range(1, mask.bit_length() + 1) if mask >> (sig - 1) & 1]
