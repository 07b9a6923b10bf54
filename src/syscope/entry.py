"""The command's entry point (`syscope`, `python -m syscope`).

Ctrl-C while syscope starts up must end it as it ends any program, by SIGINT and
without a traceback: the interpreter's KeyboardInterrupt is turned off before anything
is imported (unless SIGINT was ignored: then it stays so, for the traced program too),
and the tracer installs its own handlers before it launches or attaches."""
import _signal as signal  # the C module: "signal" builds enums, a millisecond of start-up

from .startup import pause_collections


def main() -> int:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:   # not ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    pause_collections()
    from .cli import main as cli_main
    return cli_main()
