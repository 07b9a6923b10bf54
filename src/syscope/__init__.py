"""syscope: a Linux system-call tracer with strace's command line and output."""
__version__ = "0.1.0"


def read(*paths):
    """Events of recorded strace logs; see syscope.api."""
    from .api import read as _read
    return _read(*paths)


def trace(argv, **options):
    """Events of a live trace of argv; see syscope.api."""
    from .api import trace as _trace
    return _trace(argv, **options)
