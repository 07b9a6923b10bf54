"""Start-up allocates much and frees almost nothing, so the cyclic garbage collector
only costs time there (a sixth of syscope's start): the command's entry pauses it,
and it resumes when the work begins (a trace's loop, a subcommand), with the start-up
objects frozen out of later collections.

The interpreter's tear-down at exit (every module and object freed one by one) costs as
much as a short trace's own work: once a trace has closed its outputs, the command's
entry leaves without it."""
import gc

_paused = False
_outputs_closed = False


def pause_collections() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def start_up_over() -> None:
    """The work begins: collections resume."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def outputs_closed() -> None:
    """The work is done and every file it wrote is flushed and closed."""
    global _outputs_closed
    _outputs_closed = True


def leave(status: int) -> None:
    """Exit with status at once if the work said its outputs are closed (and stdout and
    stderr flush): nothing is left that the interpreter's tear-down would write."""
    if not _outputs_closed:
        return
    import sys
    try:
        for f in (sys.stdout, sys.stderr):
            if f is not None:
                f.flush()
    except (OSError, ValueError):
        return          # the interpreter's own exit reports it, as it would have
    import os
    os._exit(status if isinstance(status, int) and 0 <= status <= 255 else 1)
