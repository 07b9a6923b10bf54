"""The one error path for output that cannot be written.

A trace written to a full disk, /dev/full, a closed descriptor or a pipe whose reader
left must never end the trace or harm the program: the first failure is reported once
('syscope: FILE: No space left on device'), later output to that file is dropped, and
the program runs on and its exit status comes through."""
from __future__ import annotations

import os
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
                self._fail(e)

    def flush(self) -> None:
        if not self.failed:
            try:
                self.fp.flush()
            except (OSError, ValueError) as e:
                self._fail(e)

    def fileno(self) -> int:
        try:
            return self.fp.fileno()
        except (AttributeError, OSError, ValueError):
            return -1

    def close(self) -> None:
        fp, self.fp = self.fp, None
        if fp is None:
            return
        try:
            if not self.failed:
                fp.flush()
        except (OSError, ValueError) as e:
            self._fail(e)
        try:
            fp.close()
        except (OSError, ValueError):
            pass   # its buffer could not be written: already reported
        self.failed = True

    def _fail(self, e: Exception) -> None:
        self.failed = True
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        report("%s: %s" % (self.name, reason))
        try:   # drop what the file object still holds, so closing it cannot fail again
            self.fp.close()
        except (OSError, ValueError, AttributeError):
            pass


def flush_std() -> None:
    """Flush Python's stdout and stderr, which may be closed or gone (None)."""
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except (AttributeError, OSError, ValueError):
            pass


def report(text: str) -> None:
    """'syscope: text' on stderr."""
    write_stderr("syscope: %s\n" % text)


def write_stderr(text: str) -> None:
    """Text on stderr in one system call; stderr itself may be the file that failed (or
    closed), and then the text is lost, not raised."""
    try:
        os.write(2, text.encode(errors="replace"))
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
