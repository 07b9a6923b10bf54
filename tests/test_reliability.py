"""Never harm the tracee; errors are messages with exit 1; exit statuses pass through."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from procs import proc_state, start_time, wait_for

SYSCOPE = [sys.executable, "-m", "syscope"]


def start_victim():
    """A process that keeps making syscalls, the way a daemon would; returned once it is
    in its loop, so that what a tracer attached now sees is the loop."""
    victim = subprocess.Popen([sys.executable, "-c",
                               "import sys, time\nprint('ready', flush=True)\n"
                               "while True:\n    time.sleep(0.01)\n"],
                              stdout=subprocess.PIPE)
    assert victim.stdout.readline() == b"ready\n"
    return victim


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_signal_detaches_and_leaves_process_running(tmp_path, sig):
    victim = start_victim()
    out = tmp_path / "trace"
    try:
        tracer = subprocess.Popen(SYSCOPE + ["-o", str(out), "-p", str(victim.pid)],
                                  stderr=subprocess.PIPE)
        assert wait_for(lambda: proc_state(victim.pid)["TracerPid"] != "0")
        assert wait_for(lambda: out.exists() and out.stat().st_size > 200)
        tracer.send_signal(sig)
        _, err = tracer.communicate(timeout=15)
        assert tracer.returncode == -sig, err   # as strace: dies of the signal, after detaching
        assert b"Process %d detached" % victim.pid in err
        st = proc_state(victim.pid)
        assert st["TracerPid"] == "0"
        # Not stopped: still running its loop.
        assert wait_for(lambda: proc_state(victim.pid)["State"][0] in "SR")
        # The trace is complete lines, flushed to the file.
        text = out.read_text()
        assert "clock_nanosleep(" in text or "select(" in text
        assert text.endswith("\n") or text.endswith(">\n")
    finally:
        victim.kill()
        victim.communicate()


def test_detach_with_follow_threads(tmp_path):
    victim = subprocess.Popen([sys.executable, "-c", (
        "import threading, time\n"
        "def f():\n    while True: time.sleep(0.01)\n"
        "threading.Thread(target=f, daemon=True).start()\n"
        "while True: time.sleep(0.01)\n")])
    try:
        assert wait_for(lambda: len(os.listdir("/proc/%d/task" % victim.pid)) == 2)
        tracer = subprocess.Popen(SYSCOPE + ["-f", "-o", str(tmp_path / "t"), "-p",
                                             str(victim.pid)], stderr=subprocess.PIPE)
        assert wait_for(lambda: (tmp_path / "t").exists() and
                        (tmp_path / "t").stat().st_size > 200)
        tracer.send_signal(signal.SIGINT)
        _, err = tracer.communicate(timeout=15)
        assert b"attached with 2 threads" in err
        for tid in os.listdir("/proc/%d/task" % victim.pid):
            assert wait_for(lambda: proc_state(int(tid))["TracerPid"] == "0" and
                            proc_state(int(tid))["State"][0] in "SR")
    finally:
        victim.kill()
        victim.wait()


def run(args, **kw):
    return subprocess.run(SYSCOPE + args, capture_output=True, text=True, timeout=60, **kw)


@pytest.mark.parametrize("args,message", [
    (["-Q", "true"], "syscope: invalid option -- 'Q'"),
    (["--no-such-option", "true"], "syscope: unrecognized option '--no-such-option'"),
    ([], "syscope: must have PROG [ARGS] or -p PID"),
    (["no-such-program-xyz"], "syscope: Can't stat 'no-such-program-xyz': No such file or "
                              "directory"),
    (["-p", "999999999"], "syscope: attach: ptrace(PTRACE_SEIZE, 999999999): No such process"),
    (["-p", "abc"], "syscope: Invalid process id: 'abc'"),
    (["-o", "/nonexistent-dir/trace", "true"], "syscope: Can't fopen '/nonexistent-dir/trace':"
                                              " No such file or directory"),
    (["-s", "abc", "true"], "syscope: invalid -s argument: 'abc'"),
    (["-e", "trace=no_such_call", "true"], "syscope: invalid system call 'no_such_call'"),
    (["-e", "signal=SIGNOPE", "true"], "syscope: invalid signal 'SIGNOPE'"),
    (["-u", "no-such-user-xyz", "true"], "syscope: Cannot find user 'no-such-user-xyz'"),
])
def test_errors_are_messages_with_exit_1(args, message):
    r = run(args)
    assert r.returncode == 1
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_eperm_hint_for_a_process_traced_by_someone_else():
    victim = subprocess.Popen(["sleep", "30"])
    first = subprocess.Popen(SYSCOPE + ["-o", "/dev/null", "-p", str(victim.pid)],
                             stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: proc_state(victim.pid)["TracerPid"] != "0")
        r = run(["-p", str(victim.pid)])
        assert r.returncode == 1
        assert "Operation not permitted (hint: %d is already being traced" % victim.pid \
            in r.stderr
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=15)
        victim.kill()
        victim.wait()


def test_exit_status_is_the_programs():
    assert run(["-o", "/dev/null", "sh", "-c", "exit 3"]).returncode == 3
    assert run(["-o", "/dev/null", "true"]).returncode == 0


def test_killed_program_kills_syscope_with_same_signal(tmp_path):
    r = run(["-o", str(tmp_path / "t"), "sh", "-c", "kill -TERM $$"])
    assert r.returncode == -signal.SIGTERM
    assert (tmp_path / "t").read_text().rstrip().endswith("+++ killed by SIGTERM +++")


def test_launched_program_gets_default_signal_dispositions():
    """The interpreter ignores SIGPIPE and SIGXFSZ; the traced program must not inherit that."""
    probe = "grep -E '^Sig(Ign|Blk)' /proc/self/status"
    plain = subprocess.run(["sh", "-c", probe], capture_output=True, text=True,
                           preexec_fn=lambda: [signal.signal(s, signal.SIG_DFL)
                                               for s in (signal.SIGPIPE, signal.SIGXFSZ)])
    traced = run(["-o", "/dev/null", "sh", "-c", probe])
    assert traced.stdout == plain.stdout


def test_yes_head_pipeline_ends():
    """yes | head: yes must die of SIGPIPE under the tracer too."""
    r = run(["-f", "-o", "/dev/null", "sh", "-c", "yes | head -n 2"])
    assert r.returncode == 0
    assert r.stdout == "y\ny\n"


def test_missing_interpreter_shows_exec_failure(tmp_path):
    script = tmp_path / "s.sh"
    script.write_text("#!/no/such/interpreter\n")
    script.chmod(0o755)
    r = run(["-o", str(tmp_path / "t"), str(script)])
    assert r.returncode == 1
    assert "syscope: exec: No such file or directory" in r.stderr
    assert "= -1 ENOENT (No such file or directory)" in (tmp_path / "t").read_text()


def test_env_and_user_options(tmp_path):
    r = run(["-o", "/dev/null", "-E", "SYSCOPE_X=1", "-E", "HOME", "sh", "-c",
             'echo "$SYSCOPE_X:${HOME-unset}"'])
    assert r.stdout == "1:unset\n"
    r = run(["-o", "/dev/null", "-u", "nobody", "id", "-un"])
    assert r.stdout.strip() == "nobody"


def test_follow_separate_files(tmp_path):
    base = tmp_path / "t"
    r = run(["-ff", "-o", str(base), "sh", "-c", "true | true"])
    assert r.returncode == 0
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) >= 3 and all(f.startswith("t.") for f in files)
    for f in files:
        text = (tmp_path / f).read_text()
        assert "+++ exited with 0 +++" in text


def test_daemonized_tracer_keeps_the_programs_pid(tmp_path):
    """-D: the program keeps syscope's pid (its parent waits for it directly)."""
    out = tmp_path / "t"
    p = subprocess.Popen(SYSCOPE + ["-D", "-o", str(out), "sh", "-c", "echo $$"],
                         stdout=subprocess.PIPE, text=True)
    stdout, _ = p.communicate(timeout=30)
    assert p.returncode == 0 and int(stdout) == p.pid
    assert wait_for(lambda: out.exists() and "+++ exited with 0 +++" in out.read_text())
    assert out.read_text().startswith('execve("/usr/bin/sh", ["sh", "-c", "echo $$"]')


def test_attach_to_a_sleeping_process_names_the_restarted_call(tmp_path):
    victim = subprocess.Popen(["sleep", "30"])
    try:
        # attach once it sleeps (clock_nanosleep, 230), not while it is still starting
        assert wait_for(lambda: open("/proc/%d/syscall" % victim.pid).read().split()[0]
                        == "230")
        out = tmp_path / "t"
        tracer = subprocess.Popen(SYSCOPE + ["-o", str(out), "-p", str(victim.pid)],
                                  stderr=subprocess.PIPE)
        # interrupted by the attach, it has gone back to sleep in restart_syscall (219)
        # once the tracer has seen and let go of that call's entry
        assert wait_for(lambda: proc_state(victim.pid)["TracerPid"] != "0")
        assert wait_for(lambda: proc_state(victim.pid)["State"][0] == "S" and
                        open("/proc/%d/syscall" % victim.pid).read().split()[0] == "219")
        tracer.send_signal(signal.SIGINT)
        tracer.communicate(timeout=15)
        assert out.read_text().startswith("restart_syscall(<... resuming interrupted read ...>")
        # detached, it goes back to sleep (running for a moment on the way)
        assert wait_for(lambda: proc_state(victim.pid)["State"][0] == "S")
    finally:
        victim.kill()
        victim.wait()


def test_a_decoder_bug_prints_the_call_raw_instead_of_ending_the_trace(monkeypatch):
    import syscope
    from syscope.decode import core

    class Broken(core.Decoder):
        name = "openat"

        def entry(self, call):
            raise ValueError("decoder bug")
    monkeypatch.setitem(core.DECODERS, "openat", Broken())
    events = list(syscope.trace(["cat", "/etc/hostname"], follow=False))
    opens = [e for e in events if e.kind == "syscall" and e.name == "openat"]
    assert opens and all(e.args_text.startswith("0xffffff9c, 0x") for e in opens)
    assert events[-1].kind == "exit" and events[-1].code == 0


@pytest.mark.parametrize("bad", [{"%bogus"}, {"opne"}, ["/("]])
def test_api_refuses_an_invalid_trace_set(bad):
    import syscope
    with pytest.raises(ValueError, match="trace_set: invalid system call"):
        syscope.trace(["true"], trace_set=bad)


def test_api_trace_set_takes_classes():
    import syscope
    names = {e.name for e in syscope.trace(["cat", "/etc/hostname"], trace_set={"%file"})
             if e.kind == "syscall"}
    assert "openat" in names and not names & {"read", "mmap", "close"}


def test_api_stopping_early_leaves_nothing_stopped(tmp_path):
    """Leaving the loop early kills the program and waits for the tracer: nothing stays
    in a tracing stop, nothing traced is left behind."""
    import syscope
    pidfile = tmp_path / "pid"
    events = syscope.trace(["sh", "-c", "echo $$ > %s; while :; do cat /etc/hostname; done"
                            % pidfile])
    for n, _ in enumerate(events):
        if n == 200:
            break
    pid = int(pidfile.read_text())
    started = start_time(pid)
    events.close()
    # gone (or its pid already reused by another process), or a zombie of ours
    assert start_time(pid) != started or proc_state(pid)["State"][0] == "Z"
    for child in os.listdir("/proc"):   # the loop's cat, if any, was let go
        if child.isdigit():
            try:
                st = proc_state(int(child))
            except OSError:
                continue
            if st.get("PPid") == str(pid):
                assert st["TracerPid"] == "0" and st["State"][0] != "t"


def test_an_ff_prefix_is_read_as_a_log_never_run(tmp_path):
    """`why true` where true.PID files exist (an -ff set) explains the set: the prefix
    names the log even when a command of that name is on PATH."""
    r = run(["-f", "-ff", "-o", "true", "sh", "-c", "cat /nonexistent/conf; exit 3"],
            cwd=tmp_path)
    assert r.returncode == 3 and len(list(tmp_path.glob("true.*"))) == 2
    why = run(["why", "true"], cwd=tmp_path)
    assert why.returncode == 0, why.stderr
    assert 'openat("/nonexistent/conf") returned ENOENT' in why.stdout
    assert "exit status 3" in why.stdout
    for sub, seen in ((["read"], "cat"), (["summary"], "cat"), (["tree"], "cat"),
                      (["diff", "true"], "2 processes paired")):
        r = run(sub + ["true"], cwd=tmp_path)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (sub, r.stderr)
        assert seen in r.stdout, sub
