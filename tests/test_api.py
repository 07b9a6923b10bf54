"""The Python API: signatures, exceptions, the program's pid, stopping it, capturing its
output, typing."""
from __future__ import annotations

import inspect
import os
import signal
import sys

import pytest

import syscope
from procs import proc_state
from syscope import api


def test_signatures_are_spelled_out():
    for fn in (syscope.read, syscope.trace, api.read, api.trace):
        kinds = {p.kind for p in inspect.signature(fn).parameters.values()}
        assert inspect.Parameter.VAR_KEYWORD not in kinds, fn
        assert fn.__doc__
    assert list(inspect.signature(syscope.trace).parameters) == \
        list(inspect.signature(api.trace).parameters)


def test_exceptions_and_types_exported(tmp_path):
    from syscope.engine.tracer import TraceError
    from syscope.logread.reader import LogError
    assert syscope.LogError is LogError and syscope.TraceError is TraceError
    assert set(syscope.__all__) >= {"read", "trace", "Trace", "LogError", "TraceError",
                                    "json_schema", "Syscall", "Signal", "Exit"}
    with pytest.raises(syscope.LogError, match="Can't open"):
        list(syscope.read(tmp_path / "missing.log"))
    with pytest.raises(AttributeError):
        syscope.NoSuchThing
    assert os.path.exists(os.path.join(os.path.dirname(syscope.__file__), "py.typed"))


def test_bad_arguments_fail_before_anything_runs():
    with pytest.raises(TypeError, match="argv"):
        syscope.trace("ls -l")
    with pytest.raises(FileNotFoundError, match="Can't stat"):
        syscope.trace(["/nonexistent/program"])


def test_pid_exit_status_and_captured_output():
    t = syscope.trace(["sh", "-c", "echo out; echo err >&2; echo $$ >&2; exit 3"],
                      capture_output=True)
    pid = t.pid                        # known before any event is read
    events = list(t)
    assert t.exit_status == 3 and t.exit_signal is None
    assert t.stdout == b"out\n" and t.stderr == b"err\n%d\n" % pid
    assert events[-1].type == "exit" and events[-1].pid == pid and events[-1].code == 3
    writes = [e for e in events if e.type == "syscall" and e.name == "write"]
    assert len(writes) == 3 and all(e.pid == pid for e in writes)


def test_output_not_captured_unless_asked(capfd):
    t = syscope.trace(["sh", "-c", "echo visible"], follow=False)
    list(t)
    assert t.stdout is None and t.stderr is None and t.exit_status == 0
    assert capfd.readouterr().out == "visible\n"


def test_env_is_the_programs_whole_environment():
    t = syscope.trace(["sh", "-c", 'echo "$SYSCOPE_X:$HOME"'], env={"SYSCOPE_X": "1"},
                      capture_output=True)
    list(t)
    assert t.stdout == b"1:\n"


def test_stop_sends_a_signal_and_the_trace_sees_the_end():
    with syscope.trace(["sleep", "60"], trace_set=["%process", "%signal"]) as t:
        kinds = []
        for ev in t:
            kinds.append((ev.type, getattr(ev, "signal", None)))
            if ev.type == "syscall" and ev.name == "execve":
                t.stop(signal.SIGTERM)
    assert ("signal", "SIGTERM") in kinds and kinds[-1] == ("exit", "SIGTERM")
    assert t.exit_signal == "SIGTERM" and t.exit_status is None


def test_close_kills_the_program_and_lets_nothing_stopped():
    t = syscope.trace([sys.executable, "-S", "-c", "while True: pass"])
    pid = t.pid
    t.close()
    try:
        state = proc_state(pid)["State"][0]
    except OSError:
        state = "gone"
    assert state == "gone"      # killed and reaped when close() returns
    assert list(t) == []


def test_events_of_a_log_carry_seconds(tmp_path):
    log = tmp_path / "t.log"
    log.write_text("5 00:00:01.500000 getpid() = 5\n5 00:00:02.250000 +++ exited with 0 +++\n")
    events = list(syscope.read(str(log)))
    assert [e.ts for e in events] == [1.5, 2.25] and events[0].ret == 5
    assert [e.type for e in events] == ["syscall", "exit"]
