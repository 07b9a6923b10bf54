"""Start-up allocates much and frees almost nothing, so the cyclic garbage collector
only costs time there (a sixth of syscope's start): the command's entry pauses it,
and it resumes when the work begins (a trace's loop, a subcommand), with the start-up
objects frozen out of later collections."""
import gc

_paused = False


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
