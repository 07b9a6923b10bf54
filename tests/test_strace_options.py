"""strace's less common options against the real strace: pid namespace translation
(--pidns-translation, --decode-pids=), command names (-Y), --strings-in-hex forms,
--absolute-timestamps forms, -e decode-fds= sets, -e trace= with other personalities'
names and empty elements, the messages for bad values, and the messages about
children nobody traced."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile

import pytest

from difftool import STRACE, SYSCOPE, join_unfinished, run_tracer
from test_differential import ENV, PYRUN, check

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.fixture(scope="module")
def scratch():
    d = tempfile.mkdtemp(prefix="syscope-opts-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


# -- output forms ------------------------------------------------------------------

OPTIONS = [
    ["--strings-in-hex=non-ascii-chars"], ["--strings-in-hex=NON-ASCII"],
    ["--strings-in-hex"], ["--strings-in-hex=none"],
    ["--timestamps=format:unix,precision:ms"], ["--absolute-timestamps=precision:ns"],
    ["--timestamps=unix,,us"], ["--timestamps=none"], ["-r", "--relative-timestamps=ms"],
    ["--syscall-times=ns"], ["-e", "decode-fds=path"], ["-e", "decode-fds=dev"],
    ["--decode-fds=socket,dev"], ["-e", "decode-fds=!path"], ["--decode-fds"],
    ["-e", "trace=,read,,mmap2,openat"], ["-e", "trace=!mmap2"],
]


@pytest.mark.parametrize("opts", OPTIONS, ids=lambda o: "".join(o))
def test_output_forms_agree_with_strace(opts, scratch):
    # octal and hex escapes, a device, a path
    cmd = PYRUN + ["-c", "import os; os.write(1, b'a\\x01\\xff\\n7\\x00'); "
                         "os.close(os.open('/dev/null', os.O_RDONLY))"]
    check(opts + ["-e", "signal=none"] if opts[:2] != ["-e", "trace=!mmap2"] else opts,
          cmd, scratch, 0.95)


def test_decode_fds_socket_alone_leaves_paths_plain(scratch):
    check(["-e", "decode-fds=socket", "-e", "trace=close,connect,socket"],
          PYRUN + ["-c", "import socket; s = socket.socket(socket.AF_UNIX); "
                         "s.close(); open('/dev/null').close()"], scratch, 1.0)


def numbered(lines: list[str]) -> list[str]:
    """Numbers of three digits and more (pids here) by order of appearance; addresses
    and padding out."""
    seen: dict[str, str] = {}
    out = []
    for ln in lines:
        ln = re.sub(r"0x[0-9a-f]+", "ADDR", ln)
        ln = re.sub(r"\b\d{3,}\b", lambda m: seen.setdefault(m.group(0), "N%d" % len(seen)), ln)
        out.append(re.sub(r" {2,}", " ", ln))
    return out


def same_as_strace(opts: list[str], cmd: list[str], cwd: str) -> list[str]:
    """syscope's normalised lines, required equal to strace's."""
    ref = run_tracer([STRACE], opts, cmd, cwd, ENV)
    got = run_tracer(SYSCOPE, opts, cmd, cwd, ENV)
    assert numbered(got.lines) == numbered(ref.lines)
    return got.lines


def test_command_names_in_prefixes_and_after_pids(scratch):
    # strace's child is called "strace" until it execs, syscope's "syscope": no line of
    # that moment is traced
    cmd = ["sh", "-c", "kill -0 $$; exec /bin/true"]
    lines = same_as_strace(["-Y", "-f", "-e", "trace=kill,exit_group"], cmd, scratch)
    assert re.match(r"\d+<sh> kill\(\d+<sh>, 0\) += 0$", lines[0])


def test_command_name_follows_pr_set_name(scratch):
    """A thread that renames itself with prctl(PR_SET_NAME), untraced, shows its new
    name in the prefix of its next lines (strace reads it again after the call)."""
    cmd = PYRUN + ["-c", "import ctypes, os; "
                         "ctypes.CDLL(None).prctl(15, b'renamed-task', 0, 0, 0); "
                         "os.kill(os.getpid(), 0)"]
    lines = same_as_strace(["-Y", "-f", "-e", "trace=kill"], cmd, scratch)
    assert re.match(r"\d+<renamed-task> kill\(\d+<renamed-task>, 0\) += 0$", lines[0])


def test_instruction_pointers(scratch):
    """-i: where the tracee stood at each call and signal; nowhere once it is gone."""
    cmd = ["sh", "-c", "echo hi > /dev/null; kill -USR1 $$"]
    ref = run_tracer([STRACE], ["-i", "-e", "trace=write"], cmd, scratch, ENV)
    got = run_tracer(SYSCOPE, ["-i", "-e", "trace=write"], cmd, scratch, ENV)

    def ips(lines):
        return numbered([re.sub(r"\[[0-9a-f]{16}\]", "[IP]", ln) for ln in lines])
    assert ips(got.lines) == ips(ref.lines)
    assert any("[IP] write(" in ln for ln in ips(got.lines))
    assert any("[????????????????] +++ killed by SIGUSR1" in ln for ln in got.lines)


# -- pid namespaces ----------------------------------------------------------------

def unshare_works() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-Urpf", "true"], capture_output=True).returncode == 0


def pidns_normalize(lines: list[str]) -> list[str]:
    """The tracer's pids out (they differ between tracers), the tracee's own kept, and
    the lines sorted: two processes' lines interleave as they run (and a call that
    another process's event interrupts is split in two or not, as they ran).  Each of
    the tracee's ids must stand for one of the tracer's throughout."""
    outer: dict[str, str] = {}
    out = []
    for ln in join_unfinished(lines):
        for inner, ours in re.findall(r"\b(\d+)(?:<[^>]*>)? /\* (\d+) in strace's PID NS", ln):
            assert outer.setdefault(inner, ours) == ours, ln
        ln = re.sub(r"0x[0-9a-f]+", "ADDR", ln)
        ln = re.sub(r"^\d+", "P", ln)
        ln = re.sub(r"/\* \d+ in strace's PID NS \*/", "/* P in strace's PID NS */", ln)
        out.append(re.sub(r" {2,}", " ", ln))
    return sorted(out)


@pytest.mark.skipif(not unshare_works(), reason="no user and pid namespaces")
@pytest.mark.parametrize("option,outer", [
    (["--pidns-translation"], []), (["-e", "decode-pids=comm,pidns"], []),
    # the tracer in a namespace of its own that /proc does not show (where strace reads
    # the names of the wrong processes: no comm)
    (["--decode-pids=pidns"], ["unshare", "-Urpf"])], ids=["pidns", "comm-pidns", "proc-other"])
def test_pid_namespace_translation(option, outer, scratch):
    """A program in a pid namespace of its own: its pids, groups and sessions, its
    children's, its signals' senders, with their ids in the tracer's namespace; also
    when the tracer itself runs in a namespace /proc does not show as its own."""
    # Nothing in the program may depend on timing: the two tracers run it separately, so
    # a race would make their traces differ.  The parent waits for the child's signal
    # (in calls not traced) before it signals the child's new group; the child exits only
    # when told to; SIGCHLD stays blocked until the child is a zombie, so its line comes
    # at the unblocking, never inside wait4 (which it would interrupt or not, as they ran).
    script = ("import os, signal, time\n"
              "got = []\n"
              "signal.signal(signal.SIGUSR1, lambda *a: got.append(1))\n"
              "signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])\n"
              "go_r, go_w = os.pipe()\n"
              "os.getpid(); os.getppid(); os.getpgrp(); os.getsid(0)\n"
              "pid = os.fork()\n"
              "if pid == 0:\n"
              "    os.setpgid(0, 0); os.getpgid(0); os.kill(os.getppid(), signal.SIGUSR1)\n"
              "    os.read(go_r, 1); os._exit(0)\n"
              "while not got: time.sleep(0.01)\n"
              "os.kill(pid, 0); os.kill(-pid, 0); os.write(go_w, b'x')\n"
              "os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)\n"
              "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGCHLD])\n"
              "os.waitpid(pid, 0)\n")
    cmd = ["unshare", "-Urpf"] + PYRUN + ["-c", script]
    opts = option + ["-qq", "-f", "-e", "trace=getpid,getppid,getpgrp,getsid,setpgid,"
                                        "getpgid,kill,wait4"]
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for tracer in ([STRACE], SYSCOPE):
            out = os.path.join(tmp, "trace")
            subprocess.run(outer + tracer + ["-o", out] + opts + cmd, cwd=scratch, env=ENV,
                           capture_output=True, timeout=60)
            with open(out) as f:
                lines = f.read().splitlines()
            # the namespace's own start (unshare's fork and wait) is tracer-specific
            runs.append(pidns_normalize([ln for ln in lines if "in strace's PID NS" in ln
                                         or "SIGUSR1" in ln]))
    assert runs[1] == runs[0]
    assert any("in strace's PID NS" in ln for ln in runs[1])


@pytest.mark.skipif(not unshare_works(), reason="no user and pid namespaces")
def test_pids_inside_structures_are_translated(scratch):
    """Ids in arguments and structures: a queued signal's target and its si_pid, a
    socket peer's pid, a CPU mask's process; a netlink message's sender."""
    script = ("import ctypes, os, signal, socket\n"
              "signal.signal(signal.SIGUSR2, signal.SIG_IGN)\n"
              "ctypes.CDLL(None).sigqueue(os.getpid(), signal.SIGUSR2, ctypes.c_void_p(7))\n"
              "a, b = socket.socketpair()\n"
              "a.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)\n"
              "os.sched_getaffinity(os.getpid())\n"
              "n = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 9)\n"
              "n.sendto(b'\\x10\\0\\0\\0\\xe8\\x03\\x01\\0\\0\\0\\0\\0'"
              " + os.getpid().to_bytes(4, 'little'), (0, 0))\n")
    cmd = ["unshare", "-Urpf"] + PYRUN + ["-c", script]
    opts = ["--pidns-translation", "-qq", "-f", "-e",
            "trace=rt_sigqueueinfo,getsockopt,sched_getaffinity,sendto"]
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for tracer in ([STRACE], SYSCOPE):
            out = os.path.join(tmp, "trace")
            subprocess.run(tracer + ["-o", out] + opts + cmd, cwd=scratch, env=ENV,
                           capture_output=True, timeout=60)
            with open(out) as f:
                runs.append(pidns_normalize([ln for ln in f.read().splitlines()
                                             if "in strace's PID NS" in ln]))
    assert runs[1] == runs[0]
    assert len(runs[1]) == 5    # the signal, as it arrives, too


# -- messages ----------------------------------------------------------------------

BAD = [
    ["--timestamps=format:s"], ["--absolute-timestamps=ss"], ["--timestamps=s,non"],
    ["--timestamps=precision:none"], ["-t", "--timestamps"], ["--timestamps", "-ttt"],
    ["--relative-timestamps=n"], ["--syscall-times="], ["--strings-in-hex=al"],
    ["-x", "--strings-in-hex"], ["--strings-in-hex", "-xx"], ["-Xtest"], ["-X", "abbreviated"],
    ["--decode-fds=p"], ["-y", "--decode-fds=device"], ["--decode-fds=path,name"],
    ["-y", "--decode-fds"], ["-e", "decode-fd=all", "-yy"], ["--decode-fds=none", "-y"],
    ["-e", "decode-fds="], ["--decode-pids="], ["-e", "decode-pids="],
    ["--decode-pids=chdir"], ["-e", "decode-pid=comm,gettid"], ["-e", "kvm=chdir"],
    ["--kvm=chdir"], ["-e", "trace="], ["-e", "trace=!"], ["-e", "trace=,"],
    ["-e", "status=,"], ["--quiet="],
]


def first_message(tracer: list[str], args: list[str]) -> tuple[int, str]:
    p = subprocess.run(tracer + args + ["true"], capture_output=True, text=True, timeout=30)
    text = re.sub(r"^\S*(strace|syscope): ", "", p.stderr, flags=re.M)
    return p.returncode, re.sub(r"'\S*(strace|syscope) -h'", "'TRACER -h'", text)


@pytest.mark.parametrize("args", BAD, ids=" ".join)
def test_messages_for_bad_values_are_strace_s(args):
    assert first_message(SYSCOPE, args) == first_message([STRACE], args)


@pytest.mark.parametrize("args", [["--decode-pids=!comm,pidns", "-Y"], ["-Y", "--pidns-translation"],
                                  ["--timestamps=,"], ["--absolute-timestamps=s,,none"],
                                  ["-e", "trace=mmap2", "-qq"], ["--decode-fds=socket,path,dev"],
                                  ["--kvm=vcpu", "-qq"]], ids=" ".join)
def test_good_values_are_accepted(args):
    p = subprocess.run(SYSCOPE + ["-o", "/dev/null"] + args + ["true"], capture_output=True,
                       text=True, timeout=30)
    assert (p.returncode, p.stderr) == (0, "")


# -- children nobody traced --------------------------------------------------------

def test_exit_of_a_child_the_tracer_inherited():
    """(sleep & exec strace prog): the sleep is the tracer's child, and strace says so."""
    outputs = []
    for tracer in ([STRACE], SYSCOPE):
        script = 'sleep 0.2 & exec "$@" -e trace=none sleep 0.6'
        p = subprocess.run(["sh", "-c", script, "sh"] + tracer, capture_output=True,
                           text=True, timeout=30)
        outputs.append(re.sub(r"^\S+: |\d+", "", p.stderr, flags=re.M))
    assert outputs[1] == outputs[0]
    assert "Exit of unknown pid  ignored" in outputs[1]


def test_a_piped_output_command_is_no_unknown_child():
    p = subprocess.run(SYSCOPE + ["-o", "|cat > /dev/null", "-e", "trace=none", "true"],
                       capture_output=True, text=True, timeout=30)
    assert (p.returncode, p.stderr) == (0, "")


def test_wait_options_name_wstopped(scratch):
    script = ("import os, signal\n"
              "pid = os.fork()\n"
              "if pid == 0:\n"
              "    os.kill(os.getpid(), signal.SIGSTOP); os._exit(0)\n"
              "os.waitpid(pid, os.WUNTRACED)\n"
              "os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0)\n"
              "try:\n"
              "    os.waitpid(-1, os.WNOHANG | os.WUNTRACED | os.WCONTINUED | 0x40000000)\n"
              "except ChildProcessError:\n"
              "    pass\n")
    lines = same_as_strace(["-e", "trace=wait4", "-e", "signal=none"], PYRUN + ["-c", script],
                           scratch)
    assert "WNOHANG|WSTOPPED|WCONTINUED|__WALL" in lines[2] and len(lines) == 4


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
