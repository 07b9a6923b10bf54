"""Colour on a terminal: the live trace, read, summary; never when piped or asked not to."""
from __future__ import annotations

import random
import subprocess
import sys

import pytest

from syscope.output.color import ColorBytes, ColorLines, line_style
from terminal import SYSCOPE, run_on_pty, strip_ansi

# a failed call, a signal (SIGCHLD), a child's failing exit and the shell's exit
WORKLOAD = ["sh", "-c", "cat /nonexistent-syscope 2>/dev/null; exit 3"]
RED, MAGENTA, GREEN, BOLD_RED = "\x1b[31m", "\x1b[35m", "\x1b[32m", "\x1b[1;31m"

LOG = """\
123   execve("/bin/cat", ["cat", "/x"], 0x7ffd /* 3 vars */) = 0
123   openat(AT_FDCWD, "/x", O_RDONLY)  = -1 ENOENT (No such file or directory)
123   write(2, "= -1 ENOENT (x) ---", 19) = 19
123   read(0,  <unfinished ...>
124   --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=125, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---
123   <... read resumed>"", 10)         = ? ERESTARTSYS (To be restarted if SA_RESTART is set)
124   +++ exited with 0 +++
123   +++ killed by SIGKILL +++
"""


def test_live_trace_coloured_on_a_terminal():
    tty, _out, rc = run_on_pty(["-f"] + WORKLOAD)
    assert rc == 3
    assert RED + "= -1 ENOENT (No such file or directory)\x1b[0m\n" in tty, tty
    assert "] " + MAGENTA + "--- SIGCHLD {si_signo=SIGCHLD" in tty or \
        "\n" + MAGENTA + "--- SIGCHLD {si_signo=SIGCHLD" in tty, tty
    assert BOLD_RED + "+++ exited with 3 +++\x1b[0m\n" in tty, tty
    assert BOLD_RED + "+++ exited with 1 +++\x1b[0m\n" in tty, tty   # cat's
    plain = strip_ansi(tty)
    assert "openat(AT_FDCWD, \"/nonexistent-syscope\", O_RDONLY) = -1 ENOENT" in plain
    # colour only where a line is failed call, signal or exit
    for line in tty.splitlines():
        if "\x1b" in line:
            assert line_style(strip_ansi(line)) is not None, line


@pytest.mark.parametrize("args,env", [([], {"NO_COLOR": "1"}), (["--color=never"], {}),
                                      ([], {"TERM": "dumb"})])
def test_live_trace_plain_when_asked(args, env):
    tty, _out, rc = run_on_pty(args + ["-f"] + WORKLOAD, env=env)
    assert rc == 3 and "ENOENT" in tty and "\x1b" not in tty, tty


def test_live_trace_plain_when_piped():
    r = subprocess.run(SYSCOPE + ["-f"] + WORKLOAD, capture_output=True, text=True)
    assert r.returncode == 3 and "ENOENT" in r.stderr and "\x1b" not in r.stderr
    forced = subprocess.run(SYSCOPE + ["--color=always", "-f"] + WORKLOAD, capture_output=True,
                            text=True)
    assert RED + "= -1 ENOENT" in forced.stderr


def test_json_never_coloured():
    r = subprocess.run(SYSCOPE + ["--color=always", "--json"] + WORKLOAD, capture_output=True,
                       text=True)
    assert r.returncode == 3 and '"errno":"ENOENT"' in r.stderr and "\x1b" not in r.stderr


@pytest.mark.parametrize("value", ["sometimes", ""])
def test_bad_color_argument(value):
    r = subprocess.run(SYSCOPE + ["--color=" + value, "true"], capture_output=True, text=True)
    if value == "":            # --color alone means always
        assert r.returncode == 0, r.stderr
        return
    assert r.returncode == 1 and "invalid --color argument: 'sometimes'" in r.stderr
    assert "Traceback" not in r.stderr


def test_read_coloured_on_a_terminal(tmp_path):
    log = tmp_path / "t.log"
    log.write_text(LOG)
    plain = subprocess.run(SYSCOPE + ["read", str(log)], capture_output=True).stdout
    assert plain == LOG.encode()
    for args in ([], ["-e", "trace=openat,read"]):
        tty, _err, rc = run_on_pty(["read"] + args + [str(log)], tty="stdout")
        assert rc == 0 and RED + "= -1 ENOENT (No such file or directory)\x1b[0m" in tty, tty
        assert "\x1b[33m= ? ERESTARTSYS" in tty
        forced = subprocess.run(SYSCOPE + ["read", "--color=always"] + args + [str(log)],
                                capture_output=True).stdout.decode()
        expected = subprocess.run(SYSCOPE + ["read"] + args + [str(log)],
                                  capture_output=True).stdout.decode()
        assert strip_ansi(forced) == expected and forced != expected
        if not args:   # the write's string looks like an error and a signal: it stays plain
            assert '\n123   write(2, "= -1 ENOENT (x) ---", 19) = 19\n' in tty
    piped = subprocess.run(SYSCOPE + ["read", str(log)], capture_output=True, text=True,
                           env={"NO_COLOR": "", "PATH": "/usr/bin:/bin"})
    assert "\x1b" not in piped.stdout


def test_summary_coloured_on_a_terminal(tmp_path):
    log = tmp_path / "t.log"
    log.write_text(LOG)
    tty, _err, rc = run_on_pty(["summary", str(log)], tty="stdout")
    assert rc == 0 and "\x1b[1;31mMissing (ENOENT): 1\x1b[0m" in tty, tty
    assert "\x1b[1mProcess tree:\x1b[0m" in tty
    assert RED + "killed by SIGKILL\x1b[0m" in tty
    piped = subprocess.run(SYSCOPE + ["summary", str(log)], capture_output=True, text=True)
    assert piped.returncode == 0 and "\x1b" not in piped.stdout
    assert strip_ansi(tty) == piped.stdout
    tty, _err, rc = run_on_pty(["summary", "--json", str(log)], tty="stdout")
    assert rc == 0 and "\x1b" not in tty


def test_lines_painted_whatever_the_pieces():
    """The trace reaches the painter in pieces (a call awaiting its return is shown at
    once): colour never changes the text, whatever the cuts."""
    rng = random.Random(7)
    for n in range(200):
        out = []
        sink = type("S", (), {"write": lambda self, s: out.append(s), "flush": lambda self: 0})()
        painter = ColorLines(sink)
        cuts = sorted(rng.sample(range(1, len(LOG)), rng.randint(0, 12) if n else 0))
        for a, b in zip([0] + cuts, cuts + [len(LOG)]):
            painter.write(LOG[a:b])
        text = "".join(out)
        assert strip_ansi(text) == LOG
        assert text.count("\x1b[0m") == 5     # ENOENT, ERESTARTSYS, SIGCHLD, two exits
        if n == 0:   # whole: the colour starts where the line's body does
            assert GREEN + "+++ exited with 0 +++" in text and BOLD_RED + "+++ killed by" in text


def test_bytes_painted_as_they_are():
    out = []
    sink = type("B", (), {"write": lambda self, b: out.append(b), "flush": lambda self: 0})()
    raw = LOG.encode() + b'123   openat(AT_FDCWD, "\xff\xfe", O_RDONLY) = -1 EACCES (Permission denied)\n'
    ColorBytes(sink).write(raw)
    assert strip_ansi(b"".join(out).decode("utf-8", "surrogateescape")).encode(
        "utf-8", "surrogateescape") == raw


def test_a_trace_without_colour_loads_nothing_of_it():
    """Plain tracing pays nothing for colour (nor for the API's typing)."""
    code = ("import sys; from syscope.cli import main; status = main(['-o', '/dev/null', "
            "'true']); print(sorted(m for m in ('typing', 'syscope.output.color', "
            "'syscope.output.progress', 'syscope.api') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout == "[]\n", r.stdout + r.stderr
