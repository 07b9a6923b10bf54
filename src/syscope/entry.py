"""The command's entry point (`syscope`, `python -m syscope`).

Ctrl-C while syscope starts up must end it as it ends any program, by SIGINT and
without a traceback: the interpreter's KeyboardInterrupt is turned off before anything
is imported, and the tracer installs its own handlers before it launches or attaches."""
import signal


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    from .cli import main as cli_main
    return cli_main()
