"""The cyclic garbage collector, paused while an analysis reads a log.

An analysis of a big log builds tables of hundreds of thousands of objects (processes,
descriptors, the calls it keeps as evidence) and makes no reference cycles while it
reads; each collection would walk those tables again for nothing (a third of `why`'s
time on a 1M-line log).  Whatever cycles there are go at the next collection."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    """with paused(): feed the events -- no collection in between."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
