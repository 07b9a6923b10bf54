"""The plans and programs generated ahead of time (engine/_programs.py) are what the
runtime compiler makes: the module is current, and a Renderer that takes its programs
from it gives the C loop exactly what one compiling each syscall itself gives."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from syscope.abi import SYSCALL_NUMBERS, xlat_text_at
from syscope.decode.core import DecodeOptions
from syscope.engine import _programs, render
from syscope.engine.plans import plan_for

ROOT = Path(__file__).resolve().parent.parent


def test_generated_programs_are_current():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_programs.py"), "--check"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr


def test_generated_plans_are_the_compilers():
    ahead = render.Ahead(_programs)
    for name in SYSCALL_NUMBERS:
        assert ahead.get(name)[0] == plan_for(name, _programs.PLAN_STRLEN), name
    assert set(_programs.SYSCALLS) == set(SYSCALL_NUMBERS)


class Recorder:
    """Stands in for the compiled module: what the Renderer hands it, with table ids
    replaced by the tables' texts (the two ways number the tables differently)."""

    def __init__(self):
        self.tables, self.calls = {}, []

    def set_table_text(self, i, text):
        assert i not in self.tables, "a table handed twice"
        self.tables[i] = text

    def ops(self, ops):
        if ops is None:
            return None
        for o in ops:
            for t in o[4:7]:
                assert t < 0 or t in self.tables, "a program uses a table C lacks"
        return tuple(o[:4] + tuple(self.tables.get(t) for t in o[4:7]) + o[7:] for o in ops)

    def set_program(self, nr, mode, name, entry, exit_, ret, note):
        self.calls.append(("program", nr, mode, name, self.ops(entry), self.ops(exit_),
                           ret, self.ops(note)))

    def add_variant(self, nr, selector, value, entry, exit_, ret, note):
        self.calls.append(("variant", nr, selector, value, self.ops(entry), self.ops(exit_),
                           ret, self.ops(note)))

    def set_wakes(self, nr):
        self.calls.append(("wakes", nr))

    def set_errno_texts(self, text):
        self.calls.append(("errno", text))

    def set_render_options(self, *options):
        ids = options[3:7]
        self.calls.append(("options",) + options[:3] + tuple(self.tables[i] for i in ids)
                          + options[7:])


def handed(monkeypatch, ahead: bool, verbose: bool, raw=frozenset()):
    rec = Recorder()
    monkeypatch.setattr(render, "P", rec)
    if not ahead:
        monkeypatch.setenv("SYSCOPE_NO_PROGRAMS", "1")
    else:
        monkeypatch.delenv("SYSCOPE_NO_PROGRAMS", raising=False)
    r = render.Renderer(DecodeOptions(verbose=verbose, raw_set=raw),
                        silent_ok=lambda n: n != "execve")
    for name, nr in sorted(SYSCALL_NUMBERS.items(), key=lambda item: item[1]):
        r.compile(nr, name)
    return rec


@pytest.mark.parametrize("verbose", [False, True])
def test_generated_programs_are_what_the_compiler_gives(monkeypatch, verbose):
    generated = handed(monkeypatch, True, verbose)
    compiled = handed(monkeypatch, False, verbose)
    assert len(generated.calls) > len(SYSCALL_NUMBERS)
    assert generated.calls == compiled.calls
    # tables are handed when a program first needs them, not all at once
    assert len(generated.tables) < len(_programs.TABLE_KEYS)


def test_raw_syscalls_are_left_to_python(monkeypatch):
    rec = handed(monkeypatch, True, False, raw=frozenset({"openat"}))
    nr = SYSCALL_NUMBERS["openat"]
    assert [c[:3] for c in rec.calls if c[1] == nr] == [("program", nr, 0)]


def test_table_sources_are_the_abi_tables():
    from syscope.abi import xlat_index
    known = 0
    for key, src in zip(_programs.TABLE_KEYS, _programs.TABLE_SOURCES):
        try:
            i = xlat_index(key)
        except KeyError:
            continue          # a table of the renderer's own (signals, sa_handlers)
        assert src == xlat_text_at(i), key
        known += 1
    assert known > 50


def test_a_trace_prints_the_same_with_programs_compiled_at_run_time(tmp_path):
    """The whole path: programs and plans from the generated module or the compiler."""
    # (-v: without the stats, whose times are those of a fresh pipe)
    for options in (["-e", "trace=openat,read,pread64,close,newfstatat,fstat,write"],
                    ["-v", "-e", "trace=openat,read,pread64,close,write"]):
        outs = []
        for env_value in ("0", "1"):
            out = tmp_path / ("out" + env_value)
            env = dict(os.environ, SYSCOPE_NO_PROGRAMS=env_value)
            # calls whose text is the same from run to run (no addresses)
            subprocess.run([sys.executable, "-m", "syscope", "-o", str(out), *options,
                            "cat", "/etc/hostname", "/no/such/file"],
                           env=env, capture_output=True, timeout=120)
            outs.append(out.read_text())
        assert outs[0] == outs[1]
        assert 'openat(AT_FDCWD, "/no/such/file", O_RDONLY) = -1 ENOENT' in outs[0]
