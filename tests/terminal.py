"""Run syscope with one of its standard streams on a pseudo-terminal."""
from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

SYSCOPE = [sys.executable, "-m", "syscope"]
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def run_on_pty(args: list[str], tty: str = "stderr", env: dict | None = None, cwd=None,
               timeout: float = 60) -> tuple[str, str, int]:
    """-> (what reached the terminal, what reached the other stream (a pipe), status).
    tty: 'stdout' or 'stderr'.  The terminal's output is read until the last holder of
    it closes it, so nothing written is lost."""
    master, slave = pty.openpty()
    full_env = dict(os.environ, TERM="xterm")
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    other = subprocess.PIPE
    kw = {"stdout": slave, "stderr": other} if tty == "stdout" else \
        {"stdout": other, "stderr": slave}
    p = subprocess.Popen(SYSCOPE + args, stdin=subprocess.DEVNULL, env=full_env, cwd=cwd,
                         **kw)
    os.close(slave)
    import threading
    piped: list[bytes] = []
    reader = threading.Thread(target=lambda: piped.append(
        (p.stdout if tty == "stderr" else p.stderr).read()))
    reader.start()
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:        # EIO: every holder of the terminal closed it
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    rc = p.wait(timeout=timeout)
    reader.join(timeout)
    text = b"".join(chunks).decode(errors="replace").replace("\r\n", "\n")
    return text, piped[0].decode(errors="replace") if piped else "", rc


def strip_ansi(text: str) -> str:
    return ANSI.sub("", text)
