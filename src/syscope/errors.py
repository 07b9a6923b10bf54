"""How syscope fails: the errors every command raises, the one line that reports them
('syscope: ...'), and strace's way to end by a signal.  Imports nothing of syscope at
module level, so that every other module may import it."""
from __future__ import annotations

import posix


class UsageError(Exception):
    """Bad command line: message plus strace's 'Try -h' line."""


class FatalError(Exception):
    """A fatal error: 'syscope: message', exit 1."""


class CommandError(Exception):
    """A subcommand's bad command line or input: 'syscope: NAME: message', exit 1;
    usage: followed by 'Try syscope NAME -h'."""

    def __init__(self, message: str, usage: bool = False):
        super().__init__(message)
        self.usage = usage


def error(msg: str) -> None:
    """'syscope: msg' on stderr, after what was already written to stdout."""
    from .output.outfile import flush_std, report
    flush_std()
    report(msg)


def die_of(sig: int) -> int:
    """End syscope by sig as strace does (no core file); 128 + sig if it survives."""
    import resource
    import signal
    from .output.outfile import flush_std
    flush_std()
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
    if sig not in (signal.SIGKILL, signal.SIGSTOP):   # those two cannot be handled
        signal.signal(sig, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [sig])
    posix.kill(posix.getpid(), sig)
    return 0x80 | sig


def guarded(run, *args, name: str = "") -> int:
    """Run a command: its fatal error, or a file it cannot open, is a 'syscope: ...'
    message and exit 1; a bug of ours is one line too, never a traceback."""
    try:
        return run(*args)
    except FatalError as e:
        error(str(e))
    except BrokenPipeError:
        raise
    except OSError as e:
        error("%s%s%s" % (name + ": " if name else "", "%s: " % e.filename if e.filename
                          else "", e.strerror or e))
    except Exception as e:
        error("internal error: %s: %s" % (type(e).__name__, e))
        from .lean_os import getenv
        if getenv("SYSCOPE_DEBUG"):
            raise
    return 1
