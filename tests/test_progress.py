"""Progress of long reads on standard error: shown on a terminal, never when piped."""
from __future__ import annotations

import re
import subprocess

import pytest

from syscope.output.progress import Progress
from terminal import SYSCOPE, run_on_pty

LINES = [
    '{pid} openat(AT_FDCWD, "/etc/app/{n}.conf", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file '
    'or directory)\n',
    '{pid} read(3, "some text of the file", 4096) = 22\n',
    '{pid} close(3)                        = 0\n',
]
UPDATE = re.compile(r"syscope: (\w+ [\w.]+) +(\d+)% \([\d.]+ [KM]?B of ([\d.]+ [KM]?B), \d+s\)$")
# once the file is read, while the work goes on
READ = re.compile(r"syscope: (\w+ [\w.]+): read ([\d.]+ [KM]?B) in \d+s, working\.\.\.$")


@pytest.fixture(scope="module")
def log(tmp_path_factory):
    path = tmp_path_factory.mktemp("progress") / "long.log"
    body = "".join(LINES[i % 3].format(pid=100 + i % 4, n=i) for i in range(6000))
    path.write_text(body + "".join("%d +++ exited with 0 +++\n" % (100 + i) for i in range(4)))
    (path.parent / "again.log").write_bytes(path.read_bytes())
    return path


def shown(args, tty="stderr"):
    return run_on_pty(args, tty=tty, env={"SYSCOPE_PROGRESS_DELAY": "0"})


@pytest.mark.parametrize("args,label", [
    (["why"], "why long.log"), (["summary"], "reading long.log"), (["read", "-c"], "read long.log"),
    (["diff", "{log}"], "reading long.log|reading again.log")])
def test_progress_on_a_terminal(log, args, label):
    args = [a.format(log=log) for a in args] + [str(log)]
    if args[0] == "diff":    # two logs, one after the other: each has its progress
        args[-1] = str(log.parent / "again.log")
    err, out, rc = shown(args)
    assert rc in (0, 1), err           # diff: 0, no divergence between a log and itself
    assert err.startswith("\r\x1b[K"), repr(err[:200])
    updates = []       # (label, percent, size)
    for text in filter(None, err.split("\r\x1b[K")):   # a clearing may follow one
        m = UPDATE.match(text)
        if m:
            updates.append((m.group(1), int(m.group(2)), m.group(3)))
        else:
            m = READ.match(text)
            assert m, repr(text)
            updates.append((m.group(1), 100, m.group(2)))
    assert {u[0] for u in updates} == set(label.split("|")), updates
    size = "%.1f KB" % (log.stat().st_size / 1024)
    assert all(u[2] == size for u in updates), updates
    for first in (True, False):    # rising, for each log
        mine = [u[1] for u in updates if ("again" in u[0]) != first]
        assert mine == sorted(mine)
    assert err.endswith("\r\x1b[K"), repr(err[-200:])    # the line is cleared at the end
    piped = subprocess.run(SYSCOPE + args, capture_output=True, text=True,
                           env={"SYSCOPE_PROGRESS_DELAY": "0", "PATH": "/usr/bin:/bin"})
    assert piped.stderr == "" and piped.stdout == out    # the same result, no progress


def test_read_text_on_a_terminal_shows_none(log):
    out, err, rc = shown(["read", str(log)], tty="stdout")
    assert rc == 0 and "syscope: read" not in out and "%" not in err


def test_progress_follows_the_descriptor(tmp_path):
    """Whatever reads the file moves its position: that is the progress."""
    path = tmp_path / "data"
    path.write_bytes(b"x" * 100000)
    p = Progress("test", [str(path)], fd=2)
    p.files = {k: v for k, v in p.files.items()} or _files(path)
    p.total = sum(p.files.values())
    assert p.done_bytes() == 0
    with open(path, "rb", buffering=0) as f:
        f.read(25000)
        assert p.done_bytes() == 25000
        f.read(50000)
        assert p.done_bytes() == 75000
    assert p.done_bytes() == 100000         # seen open, then closed: read whole


def _files(path):
    st = path.stat()
    return {(st.st_dev, st.st_ino): st.st_size}
