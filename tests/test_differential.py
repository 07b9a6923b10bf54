"""syscope against the real strace, on real programs, with the same options.

Each case runs the workload under /usr/bin/strace and under syscope, normalises
what differs between any two runs (see difftool) and requires the lines to agree.
Thresholds are the issue's: 97% for single processes, 95% with -f or output options.
"""
from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import threading

import pytest

from cworkloads import c_workload
from difftool import compare

HERE = os.path.dirname(os.path.abspath(__file__))
WL = os.path.join(HERE, "workloads")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
PYRUN = [PY, "-I", "-S"]

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

ENV = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C", LANG="C")


@pytest.fixture(scope="module")
def scratch():
    d = tempfile.mkdtemp(prefix="syscope-diff-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


def serve(srv: socket.socket, reply: bytes):
    """Answer every connection to srv with reply until the fixture ends."""
    srv.listen(16)
    srv.settimeout(0.2)
    stop = threading.Event()

    def loop():
        while not stop.is_set():
            try:
                c, _ = srv.accept()
            except OSError:
                continue
            c.recv(1024)
            c.sendall(reply)
            c.close()
    threading.Thread(target=loop, daemon=True).start()
    return stop


@pytest.fixture(scope="module")
def tcp_server():
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    stop = serve(srv, b"HTTP/1.0 200 OK\r\n\r\nhello")
    yield srv.getsockname()[1]
    stop.set()
    srv.close()


@pytest.fixture(scope="module")
def unix_server(scratch):
    path = os.path.join(scratch, "srv.sock")
    srv = socket.socket(socket.AF_UNIX)
    srv.bind(path)
    stop = serve(srv, b"pong\n")
    yield path
    stop.set()
    srv.close()


def check(options, command, cwd, threshold, multi=False):
    same, total, diff = compare(options, command, cwd, ENV, multi=multi)
    ratio = same / total if total else 1.0
    shown = "\n".join(diff[:60])
    assert total > 0, "no trace lines at all"
    assert ratio >= threshold, "agreement %d/%d (%.1f%%) below %.0f%%\n%s" % (
        same, total, 100 * ratio, 100 * threshold, shown)
    return same, total


SINGLE = {
    "cat": ["cat", "/etc/passwd"],
    "cat-missing": ["cat", "/nonexistent/file"],
    "ls-long": ["ls", "-la", "/etc/default"],
    "date": ["date", "-u", "+%Y"],
    "head-wc": ["wc", "-l", "/etc/services"],
    "echo-redirect": ["sh", "-c", "echo hi > /dev/null"],
    "python-cwd": PYRUN + ["-c", "import os; print(os.getcwd())"],
    "python-denied": ["-u", "nobody"] + PYRUN + ["-c", "open('/root/.bashrc')"],
    "stat-tool": ["stat", "/etc/hostname"],
    "id": ["id"],
    "env": ["env"],
}


@pytest.mark.parametrize("name", sorted(SINGLE))
def test_single_process(name, scratch):
    cmd = SINGLE[name]
    opts = []
    if cmd[0] == "-u":
        opts, cmd = cmd[:2], cmd[2:]
    check(opts, cmd, scratch, 0.97)


def test_tcp_client(tcp_server, scratch):
    check([], PYRUN + [os.path.join(WL, "tcp_client.py"), str(tcp_server)], scratch, 0.97)


def test_unix_client(unix_server, scratch):
    check([], PYRUN + [os.path.join(WL, "unix_client.py"), unix_server], scratch, 0.97)


def test_file_operations(scratch):
    d = tempfile.mkdtemp(dir=scratch)
    check([], PYRUN + [os.path.join(WL, "fileops.py"), d], scratch, 0.97)


FOLLOW = {
    "socket-server": PYRUN + [os.path.join(WL, "socket_server.py")],
    "pipeline": PYRUN + [os.path.join(WL, "pipeline.py")],
    "threads": ["C:threads"],
    "fork-exec": PYRUN + [os.path.join(WL, "fork_exec.py")],
    "subprocess": PYRUN + ["-c", "import subprocess; subprocess.run(['true'])"],
}


def follow_command(name: str) -> list[str]:
    """FOLLOW[name], with 'C:NAME' compiled from workloads/NAME.c."""
    cmd = FOLLOW[name]
    if cmd[0].startswith("C:"):
        cmd = [c_workload(cmd[0][2:])] + cmd[1:]
    return cmd


@pytest.mark.parametrize("name", sorted(FOLLOW))
def test_follow_forks(name, scratch):
    check(["-f"], follow_command(name), scratch, 0.95, multi=True)


def test_follow_forks_separate_files(scratch):
    check(["-ff"], FOLLOW["pipeline"], scratch, 0.95, multi=True)


def test_signals(scratch):
    check([], PYRUN + [os.path.join(WL, "signals.py")], scratch, 0.97)


OPTIONS = [
    ["-s", "100"], ["-s", "4"], ["-x"], ["-xx"], ["-y"], ["-yy"], ["-v"], ["-t"], ["-tt"],
    ["-ttt"], ["-r"], ["-T"], ["-a", "60"], ["-a", "10"], ["-n"], ["-q"], ["-qq"], ["-qqq"],
    ["-A"], ["-tt", "-T", "-y"],
]


@pytest.mark.parametrize("opts", OPTIONS, ids=lambda o: "".join(o))
def test_output_options(opts, scratch):
    check(opts, ["cat", "/etc/hostname", "/nonexistent"], scratch, 0.95)


def test_verbose_directory_listing(scratch):
    check(["-v"], ["ls", "/etc/default"], scratch, 0.95)


def test_yy_sockets(tcp_server, unix_server, scratch):
    check(["-yy"], PYRUN + [os.path.join(WL, "tcp_client.py"), str(tcp_server)], scratch, 0.95)
    check(["-yy"], PYRUN + [os.path.join(WL, "unix_client.py"), unix_server], scratch, 0.95)


def test_follow_with_timestamps(scratch):
    check(["-f", "-tt", "-T"], FOLLOW["pipeline"], scratch, 0.95, multi=True)


@pytest.mark.parametrize("opts", [[], ["-f", "-s", "4"], ["-tt", "-T"], ["-v", "-x"],
                                  ["-f", "-e", "trace=openat,connect,close,execve"],
                                  ["-f", "-v", "-e", "trace=openat,read,execve"]],
                         ids=lambda o: "".join(o) or "plain")
def test_batched_engine_equals_stepwise_engine(opts, scratch, tcp_server):
    """The C loop that copies memory for later decoding prints what decoding in the
    stop prints (SYSCOPE_NO_BATCH=1 forces the latter); with -f and a syscall filter
    it serves the seccomp filter's stops too."""
    from difftool import SYSCOPE, normalize, run_pair, join_unfinished, collapse_padding
    cmd = PYRUN + [os.path.join(WL, "tcp_client.py"), str(tcp_server)]
    batched, stepwise = run_pair(opts, cmd, scratch, dict(ENV, SYSCOPE_NO_BATCH="0"),
                                 second_env=dict(ENV, SYSCOPE_NO_BATCH="1"),
                                 tracers=(SYSCOPE, SYSCOPE))

    def norm(lines):   # the switch is an environment variable: -v shows it
        return [collapse_padding(x).replace("SYSCOPE_NO_BATCH=1", "SYSCOPE_NO_BATCH=0")
                for x in normalize(join_unfinished(lines))]
    assert norm(batched.lines) == norm(stepwise.lines)


@pytest.mark.parametrize("opts", [["-f"], ["-f", "-tt", "-T", "-y"]], ids="".join)
def test_polling_for_stops_changes_no_line(opts, scratch):
    """The tracer polls for the next stop before it blocks (engine/_ptrace.c
    poll_stop); with the poll off, and with a poll long enough to catch every stop,
    the lines are the same."""
    from difftool import (SYSCOPE, normalize, run_pair, join_unfinished, collapse_padding,
                          per_pid)
    polled, blocking = run_pair(opts, FOLLOW["pipeline"], scratch,
                                dict(ENV, SYSCOPE_SPIN_US="2000"),
                                second_env=dict(ENV, SYSCOPE_SPIN_US="0"),
                                tracers=(SYSCOPE, SYSCOPE))

    def processes(lines):     # each process's lines, in order; processes interleave freely
        lines = [collapse_padding(x) for x in normalize(join_unfinished(lines))]
        return sorted(per_pid(lines).values())
    assert processes(polled.lines) == processes(blocking.lines)


@pytest.mark.parametrize("cmd", [["stty", "-g"], ["stty", "-echo"], ["stty", "size"],
                                 ["tty"]], ids=" ".join)
def test_terminal_ioctls_on_a_pty(cmd, scratch):
    """On a terminal, TCGETS and TIOCGWINSZ succeed and their structures are printed.
    The two runs' terminals may get different numbers (another process can take the
    first one's number in between), so a terminal's number is left out."""
    import fcntl
    import pty
    import re
    import struct
    import termios
    from difftool import SYSCOPE, STRACE, normalize, run_tracer, agreement
    runs = []
    for tracer in ([STRACE], SYSCOPE):   # each gets a fresh terminal: stty changes it
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        try:
            lines = normalize(run_tracer(tracer, [], cmd, scratch, ENV, stdin=slave).lines)
            runs.append([re.sub(r"makedev\(0x88, \w+\)", "makedev(0x88, N)",
                                re.sub(r"/dev/pts/\d+", "/dev/pts/N", x)) for x in lines])
        finally:
            os.close(master)
            os.close(slave)
    same, total, diff = agreement(runs[0], runs[1])
    assert same == total, "\n".join(diff[:20])
