"""The command's entry point (`syscope`, `python -m syscope`).

Ctrl-C while syscope starts up must end it as it ends any program, by SIGINT and
without a traceback: the interpreter's KeyboardInterrupt is turned off before anything
is imported, and the tracer installs its own handlers before it launches or attaches.

Start-up allocates much and frees almost nothing, so the cyclic garbage collector
only costs time there (a sixth of syscope's start): it is paused until the work
begins, and the start-up objects are then frozen out of later collections."""
import gc
import _signal as signal  # the C module: "signal" builds enums, a millisecond of start-up

_collections_paused = False


def main() -> int:
    global _collections_paused
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:   # not ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    if gc.isenabled():
        gc.disable()
        _collections_paused = True
    from .cli import main as cli_main
    return cli_main()


def start_up_over() -> None:
    """The work begins (a trace's loop, a subcommand): collections resume."""
    global _collections_paused
    if _collections_paused:
        _collections_paused = False
        gc.freeze()
        gc.enable()
