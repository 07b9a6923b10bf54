"""The one error path for output that cannot be written.

A trace written to a full disk, /dev/full, a closed descriptor or a pipe whose reader
left must never end the trace or harm the program: the first failure is reported once
('syscope: FILE: No space left on device'), later output to that file is dropped, and
the program runs on and its exit status comes through."""
from __future__ import annotations

import posix
import sys


class OutputFile:
    """A text file object whose write, flush and close never raise."""

    def __init__(self, fp, name: str):
        self.fp = fp             # None: nowhere to write (stderr closed at start-up)
        self.name = name
        self.failed = fp is None

    def write(self, s: str) -> None:
        if not self.failed:
            try:
                self.fp.write(s)
            except (OSError, ValueError) as e:
                self.fail(e)

    def flush(self) -> None:
        if not self.failed:
            try:
                self.fp.flush()
            except (OSError, ValueError) as e:
                self.fail(e)

    def fileno(self) -> int:
        try:
            return self.fp.fileno()
        except (AttributeError, OSError, ValueError):
            return -1

    def close(self) -> None:
        if self.fp is None:
            return
        self.flush()
        try:
            self.fp.close()
        except (OSError, ValueError):
            pass   # its buffer could not be written: already reported
        self.fp = None
        self.failed = True

    def fail(self, e: Exception) -> None:
        self.failed = True
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        report("%s: %s" % (self.name, reason))
        # The descriptor now leads to /dev/null: whatever still writes to it (the file
        # object's buffer, the C loop's renderer) is dropped quietly, and its number
        # cannot be reused for another file while they hold it.
        fd = self.fileno()
        if fd >= 0:
            try:
                null = posix.open("/dev/null", posix.O_WRONLY)
                posix.dup2(null, fd)
                posix.close(null)
            except OSError:
                pass


def output_failed(fp, err: int) -> None:
    """A write to fp's descriptor made elsewhere (the C loop's renderer) failed."""
    e = OSError(err, posix.strerror(err))
    if not isinstance(fp, OutputFile):
        raise e
    if not fp.failed:
        fp.fail(e)


def flush_std() -> None:
    """Flush Python's stdout and stderr, which may be closed or gone (None)."""
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except (AttributeError, OSError, ValueError):
            pass


def report(text: str) -> None:
    """'syscope: text' on stderr."""
    from ..progname import prefixed
    write_stderr(prefixed(text) + "\n")


def write_stderr(text: str) -> None:
    """Text on stderr in one system call; stderr itself may be the file that failed (or
    closed), and then the text is lost, not raised."""
    try:
        posix.write(2, text.encode(errors="replace"))
    except OSError:
        pass


class PipeOutput:
    """-o '|cmd' (or '!cmd'): the trace is cmd's standard input, and syscope waits for
    cmd to finish before it exits, as strace's pclose does."""

    def __init__(self, command: str):
        import subprocess
        self.proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, text=True,
                                     restore_signals=True)
        self.fp = self.proc.stdin

    def write(self, s: str) -> None:
        self.fp.write(s)

    def flush(self) -> None:
        self.fp.flush()

    def fileno(self) -> int:
        return self.fp.fileno()

    def close(self) -> None:
        try:
            self.fp.close()
        finally:
            while True:
                try:
                    self.proc.wait()
                    break
                except KeyboardInterrupt:   # Ctrl-C reaches cmd too; wait for it still
                    continue
