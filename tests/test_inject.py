"""-e inject= / -e fault=: strace's syntax and messages, the per-thread countdown,
and tampering on real programs compared line by line with strace."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import re

from difftool import SYSCOPE, STRACE, normalize

from syscope.engine.inject import INFINITE, Injector, InjectError, parse_expression

PY = [sys.executable, "-I", "-S", "-c"]
# chdir five times, print what each returned; getpid once
PROGRAM = ("import os\n"
           "for d in ['/', '/tmp', '/', '/tmp', '/']:\n"
           "    try:\n"
           "        os.chdir(d); print('ok', flush=True)\n"
           "    except OSError as e:\n"
           "        print(e.errno, flush=True)\n"
           "print(os.getpid() == 42, flush=True)\n")


@pytest.mark.parametrize("when, expected", [
    ("", (1, INFINITE, 1)), (":when=3", (3, INFINITE, 0)), (":when=3+", (3, INFINITE, 1)),
    (":when=2+3", (2, INFINITE, 3)), (":when=2..4", (2, 4, 1)), (":when=2..4+", (2, 4, 1)),
    (":when=1..9+2", (1, 9, 2)), (":when= +2", (2, INFINITE, 0)),
])
def test_when_forms(when, expected):
    names, rule = parse_expression("chdir:error=EIO" + when, False)
    assert names == {"chdir"}
    assert (rule.first, rule.last, rule.step) == expected


@pytest.mark.parametrize("spec", [
    "chdir", "chdir:error=EIO:retval=1", "chdir:when=0", "chdir:when=2..1",
    "chdir:when=1..65535", "chdir:when=1+0", "chdir:error=4096", "chdir:error=0",
    "chdir:foo=1", "chdir:signal=65", "chdir:syscall=chdir:error=EIO",
    "chdir:syscall=getpid", "chdir:delay_enter=-1", "chdir:delay_enter=1x",
    "chdir:poke_enter=@arg1=zz", "chdir:poke_enter=@arg8=00",
    "chdir:poke_enter=@arg1=00,@arg1=00", "chdir:signal=USR1:signal=HUP",
])
def test_invalid_expressions_are_refused(spec):
    with pytest.raises(InjectError, match=re.escape("invalid inject argument '%s'" % spec)):
        parse_expression(spec, False)


def test_fault_defaults_to_enosys_and_takes_only_fault_tokens():
    assert parse_expression("chdir", True)[1].error == 38
    assert parse_expression("chdir:error=einval", True)[1].error == 22
    with pytest.raises(InjectError, match="invalid fault argument 'chdir:retval=1'"):
        parse_expression("chdir:retval=1", True)


def test_delay_units():
    assert parse_expression("chdir:delay_enter=800000", False)[1].delay_enter == \
        pytest.approx(0.8)
    for text in ("8e5", "800ms", "1.6e+6us", "+8e8ns", ".8s"):
        delay = parse_expression("chdir:delay_exit=" + text, False)[1].delay_exit
        assert delay == pytest.approx(0.8 if text != "1.6e+6us" else 1.6)


def test_countdown_is_per_thread_and_per_syscall():
    class Task:
        def __init__(self, pid):
            self.pid = pid
    _, rule = parse_expression("chdir:error=EIO:when=2..6+2", False)
    inj = Injector({"chdir": rule})
    a, b = Task(1), Task(2)
    assert [inj._due(a, "chdir", rule) for _ in range(8)] == \
        [False, True, False, True, False, True, False, False]
    assert [inj._due(b, "chdir", rule) for _ in range(3)] == [False, True, False]
    assert inj._due(Task(1), "chdir", rule) is False      # a new thread with pid 1
    assert inj._due(a, "getpid", rule) is False


def test_bad_expression_is_a_message_with_exit_1():
    r = subprocess.run(SYSCOPE + ["-e", "inject=chdir:error=EIO:retval=1", "true"],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr == "syscope: invalid inject argument 'chdir:error=EIO:retval=1'\n"
    r = subprocess.run(SYSCOPE + ["--fault=nosuch", "true"], capture_output=True, text=True)
    assert (r.returncode, r.stderr) == (1, "syscope: invalid system call 'nosuch'\n")


def run(tracer, options, program=PROGRAM, tmp_path=None):
    """(exit status, the program's output, the trace with addresses and pids masked)."""
    out = tmp_path / "trace"
    r = subprocess.run(tracer + ["-qq", "-a20", "-o", str(out)] + options + PY + [program],
                       capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout + r.stderr, normalize(out.read_text().splitlines())


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
@pytest.mark.parametrize("options", [
    ["-e", "trace=chdir,getpid", "-e", "inject=chdir:error=ENOENT:when=2+2",
     "-e", "inject=getpid:retval=42"],
    ["-e", "trace=chdir", "-e", "fault=chdir:when=2..3"],
    ["-e", "trace=chdir", "-e", "raw=chdir", "--fault=chdir:error=22:when=4"],
    ["-e", "trace=chdir", "--inject=chdir:retval=0:syscall=getppid:when=1+"],
    ["-f", "-e", "trace=chdir,openat", "-e", "inject=%file:error=EACCES:when=3"],
    ["-e", "trace=chdir", "-e", "inject=chdir:error=EIO", "-e", "inject=chdir:retval=7:when=5"],
    ["-e", "trace=getpid", "-e", "inject=chdir:error=EIO"],     # untraced: untouched
])
def test_tampering_matches_strace(options, tmp_path):
    """What the program sees and every line, as with strace."""
    assert run(SYSCOPE, options, tmp_path=tmp_path) == run([STRACE], options, tmp_path=tmp_path)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
def test_signal_injection_matches_strace(tmp_path):
    prog = ("import os, signal\n"
            "signal.signal(signal.SIGUSR1, lambda *a: print('handled', flush=True))\n"
            "os.chdir('/'); os.chdir('/'); os.chdir('/')\n")
    opts = ["-e", "trace=chdir", "-e", "inject=chdir:signal=USR1:error=EPERM:when=2",
            "-e", "signal=USR1"]
    got = run(SYSCOPE, opts, prog, tmp_path)
    assert got == run([STRACE], opts, prog, tmp_path)
    assert got[2][-2:] == ['chdir("/")          = -1 EPERM (Operation not permitted) (INJECTED)',
                           "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---"]


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
def test_injected_return_values_keep_their_kind(tmp_path):
    """landlock_create_ruleset's return is a descriptor, or an ABI version when it is
    asked for one: -y decorates only the descriptor."""
    from syscope.abi import SYSCALL_NUMBERS
    prog = ("import ctypes\n"
            "libc = ctypes.CDLL(None, use_errno=True)\n"
            "for flags in (0, 1, 3):\n"
            "    libc.syscall(%d, None, 0, flags)\n" % SYSCALL_NUMBERS["landlock_create_ruleset"])
    opts = ["-y", "-e", "trace=landlock_create_ruleset",
            "-e", "inject=landlock_create_ruleset:retval=1"]
    got = run(SYSCOPE, opts, prog, tmp_path)
    assert got == run([STRACE], opts, prog, tmp_path)
    assert got[2][1] == "landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) " \
        "= 1 (INJECTED)"
