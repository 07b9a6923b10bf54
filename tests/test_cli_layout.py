"""The shape of the command-line layer: no import cycles among syscope's modules, one
module with a main(argv) per subcommand, each with --help and examples, and a tracing
path that imports none of them."""
import ast
import os
import subprocess
import sys

import pytest

import syscope
from syscope.commands import SUBCOMMANDS

PACKAGE_DIR = os.path.dirname(os.path.abspath(syscope.__file__))
SYSCOPE = [sys.executable, "-m", "syscope"]


def module_files(root: str) -> dict[str, str]:
    """Dotted module name -> file, for every .py under the package directory root."""
    base = os.path.dirname(root)
    mods = {}
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            if f.endswith(".py"):
                path = os.path.join(dirpath, f)
                name = os.path.relpath(path, base)[:-3].replace(os.sep, ".")
                mods[name[:-len(".__init__")] if name.endswith(".__init__") else name] = path
    return mods


def imported(mods: dict[str, str], name: str) -> set[str]:
    """The package's modules that module name imports anywhere (at the top or inside
    a function: a lazy import is still a dependency)."""
    path = mods[name]
    package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(open(path, encoding="utf-8").read(), path)):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            # 'from . import x' imports the module x when there is one
            targets = [base + "." + a.name if base + "." + a.name in mods else base
                       for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in mods:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def import_cycles(root: str) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    mods = module_files(root)
    graph = {m: sorted(imported(mods, m)) for m in mods}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_import_cycles_among_syscopes_modules():
    assert import_cycles(PACKAGE_DIR) == []


def test_the_cycle_check_finds_a_cycle_through_a_lazy_import(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .sub import b\n")
    (pkg / "sub" / "b.py").write_text("def f():\n    from .. import c\n")
    (pkg / "c.py").write_text("from . import a\n")
    (pkg / "d.py").write_text("from .a import x\n")   # into the cycle, not part of it
    assert import_cycles(str(pkg)) == [["pkg.a", "pkg.c", "pkg.sub.b"]]


def test_every_subcommand_is_a_module_with_main():
    import importlib
    mods = module_files(PACKAGE_DIR)
    for name in SUBCOMMANDS:
        module = importlib.import_module("syscope.commands." + name)
        assert callable(module.main), name
        # subcommands share commands.common and syscope.options, never each other
        others = {"syscope.commands." + n for n in SUBCOMMANDS} - {module.__name__}
        assert imported(mods, module.__name__) & others == set(), name


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_has_help_with_examples(name):
    for flag in ("-h", "--help"):
        proc = subprocess.run(SYSCOPE + [name, flag], capture_output=True, text=True,
                              timeout=60)
        assert proc.returncode == 0 and proc.stderr == ""
        assert proc.stdout.startswith("Usage: syscope %s " % name)
        examples = proc.stdout.split("\nExamples:\n", 1)[1].splitlines()
        assert [e for e in examples if e.startswith("  ") and "syscope %s " % name in e]


def test_tracing_imports_no_subcommand():
    """`syscope -o /dev/null true` loads the tracer and nothing of read, why, the
    analysers or the subcommands (not even their table: an option is never one)."""
    code = ("import sys; from syscope.cli import main; status = main(['-o', '/dev/null', "
            "'true']); print(' '.join(sorted(m for m in sys.modules if m.startswith("
            "'syscope')))); sys.exit(status)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    loaded = proc.stdout.split()
    assert "syscope.engine.tracer" in loaded and "syscope.session" in loaded
    assert [m for m in loaded if m.startswith(("syscope.commands", "syscope.analyze",
                                               "syscope.logread", "syscope.report"))] == []


def test_a_program_called_like_a_subcommand_is_traced_after_double_dash(tmp_path):
    prog = tmp_path / "why"
    prog.write_text("#!/bin/sh\nexit 7\n")
    prog.chmod(0o755)
    env = dict(os.environ, PATH="%s:%s" % (tmp_path, os.environ.get("PATH", "")))
    out = tmp_path / "trace"
    proc = subprocess.run(SYSCOPE + ["-o", str(out), "-e", "trace=execve", "--", "why"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 7, proc.stderr
    assert 'execve("%s", ["why"]' % prog in out.read_text()


def test_why_reads_its_options_with_the_shared_parser(tmp_path):
    """why's options are parsed by commands.common like every subcommand's, except
    that they come first: what follows the first word that is not an option is the
    command and its own options (why ls -la), or the logs."""
    import re
    src = open(os.path.join(os.path.dirname(syscope.__file__), "commands", "why.py")).read()
    assert "parse_options(" in src and not re.search(r"while i < len\(argv\)", src)
    r = subprocess.run(SYSCOPE + ["why", "-s", "64", "sh", "-c", "exit 0", "-h"],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0 and "Usage:" not in r.stdout and "exited normally" in r.stdout
    r = subprocess.run(SYSCOPE + ["why", "-s", "x", "true"], capture_output=True, text=True)
    assert r.returncode == 1 and "syscope: why: invalid -s argument: 'x'" in r.stderr
    r = subprocess.run(SYSCOPE + ["why", "-s"], capture_output=True, text=True)
    assert r.returncode == 1 and "option '-s' requires an argument" in r.stderr
    r = subprocess.run(SYSCOPE + ["why", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("Usage: syscope why")
