"""Progress of long reads on standard error, when it is a terminal.

The reader is not told: a thread looks, a few times a second, at how far the process's
own descriptors on the logs have read (/proc/self/fdinfo's pos), against the files'
sizes.  Whatever reads the logs (Python, a compiled scanner, gzip or zstd on top of
the compressed file) moves that position, and reading costs nothing more.  Nothing is
shown for a read that ends within the first second, nor when standard error is not a
terminal."""
from __future__ import annotations

import os
import threading
import time

INTERVAL = 0.25      # seconds between updates
DELAY = 1.0          # nothing shown before this


def _size_text(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return ("%d %s" if unit == "B" else "%.1f %s") % (n, unit)
        n /= 1024
    return "%d B" % n


def members(paths: list[str]) -> list[str]:
    """The files a read of paths opens (an -ff prefix is a set of files); stdin when it
    is a regular file."""
    from ..logread.reader import expand_paths
    files = []
    for p in paths:
        if p == "-":
            files.append("/proc/self/fd/0")
            continue
        try:
            files += [m for m, _pid in expand_paths([p])]
        except Exception:   # the reader reports a bad path itself
            files.append(p)
    return files


class Progress:
    """with Progress(label, paths): ... shows
    'syscope: LABEL trace.log  45% (120.3 MB of 260.0 MB, 12s)'."""

    def __init__(self, label: str, paths: list[str], fd: int = 2, show: bool = True):
        self.label = label
        if paths:       # which logs: the first one's name, and how many more
            self.label += " " + os.path.basename(paths[0]) + \
                (" (+%d)" % (len(paths) - 1) if len(paths) > 1 else "")
        self.fd = fd
        self.files: dict[tuple, int] = {}   # (dev, inode) -> size
        self.read: dict[tuple, int] = {}    # (dev, inode) -> furthest position seen
        self.shown = False
        self.stop_event = threading.Event()
        self.thread = None
        try:     # SYSCOPE_PROGRESS_DELAY=0: shown from the start, however short the read
            self.delay = float(os.environ.get("SYSCOPE_PROGRESS_DELAY", DELAY))
        except ValueError:
            self.delay = DELAY
        if not show or not _is_terminal(fd):
            return
        for path in members(paths):
            try:
                st = os.stat(path)
            except OSError:
                continue
            if st.st_size > 0 and (st.st_mode & 0o170000) == 0o100000:
                self.files[(st.st_dev, st.st_ino)] = st.st_size
        self.total = sum(self.files.values())

    def __enter__(self):
        if self.files:
            self.started = time.monotonic()
            self.thread = threading.Thread(target=self.run, name="syscope-progress",
                                           daemon=True)
            self.thread.start()
        return self

    def __exit__(self, *exc):
        if self.thread is not None:
            self.stop_event.set()
            self.thread.join()
            if self.shown:
                self.write("\r\x1b[K")
        return False

    def run(self) -> None:
        if self.delay > 0 and self.stop_event.wait(self.delay):
            return
        while True:
            self.update()
            if self.stop_event.wait(INTERVAL):
                return

    def positions(self) -> dict:
        """(dev, inode) -> position, for the logs open now."""
        found = {}
        try:
            fds = os.listdir("/proc/self/fd")
        except OSError:
            return found
        for name in fds:
            try:
                st = os.stat("/proc/self/fd/" + name)
                key = (st.st_dev, st.st_ino)
                if key not in self.files:
                    continue
                with open("/proc/self/fdinfo/" + name) as f:
                    pos = int(f.readline().split()[1])
            except (OSError, ValueError, IndexError):
                continue
            found[key] = max(found.get(key, 0), pos)
        return found

    def done_bytes(self) -> int:
        """Files seen open and now closed count whole."""
        now = self.positions()
        for key in self.read:
            if key not in now:
                self.read[key] = self.files[key]
        for key, pos in now.items():
            self.read[key] = max(self.read.get(key, 0), pos)
        return sum(min(v, self.files[k]) for k, v in self.read.items())

    def update(self) -> None:
        done = self.done_bytes()
        elapsed = time.monotonic() - self.started
        pct = 100.0 * done / self.total if self.total else 0.0
        text = "%s %3d%% (%s of %s, %ds)" % (
            self.label, int(pct), _size_text(done), _size_text(self.total), int(elapsed))
        if done >= self.total:
            text = "%s: read %s in %ds, working..." % (
                self.label, _size_text(self.total), int(elapsed))
        from ..progname import prefixed
        self.write("\r\x1b[K" + prefixed(text))
        self.shown = True

    def write(self, text: str) -> None:
        try:
            os.write(self.fd, text.encode())
        except OSError:
            pass


def _is_terminal(fd: int) -> bool:
    try:
        return os.isatty(fd) and os.environ.get("TERM") != "dumb"
    except OSError:
        return False

