"""Install-time promises: the declared Python versions, the platform check of the build
and of the tracer, the licence and metadata, and --version's feature list."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import syscope
from syscope import cli, features

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_cli(capfd, argv):
    status = cli.main(argv)
    out, err = capfd.readouterr()
    return status, out, err


def test_version_first_line_is_straces_shape(capfd):
    for flag in ("-V", "--version", "--vers"):
        status, out, err = run_cli(capfd, [flag])
        assert status == 0 and err == ""
        first = out.splitlines()[0]
        assert first == "syscope -- version %s" % syscope.__version__
        assert re.fullmatch(r"syscope -- version \d+\.\d+\.\d+", first)


def test_version_lists_the_builds_features(capfd):
    _, out, _ = run_cli(capfd, ["-V"])
    rows = dict(re.findall(r"^  (\S.*?\S)\s+(yes|no) ", out, re.M))
    assert rows["compiled core"] == "yes"     # the suite runs with the core built
    try:
        import zstandard  # noqa: F401
        expected_zstd = "yes"
    except ImportError:
        expected_zstd = "no"
    assert rows["zstd"] == expected_zstd
    try:
        from syscope.logread import _scan  # noqa: F401
        expected_scanner = "yes"
    except ImportError:
        expected_scanner = "no"
    assert rows["log scanner"] == expected_scanner
    try:
        from syscope.logread import _logparse  # noqa: F401
        expected_parser = "yes"
    except ImportError:
        expected_parser = "no"
    assert rows["log parser"] == expected_parser
    from syscope.engine import stacks
    assert rows["stack unwinding"] == ("yes" if stacks.available() else "no")
    assert rows["colour"] == "yes"


def test_version_reports_a_missing_core(capfd, monkeypatch):
    monkeypatch.setitem(sys.modules, "syscope.engine._ptrace", None)   # import fails
    _, out, _ = run_cli(capfd, ["-V"])
    assert re.search(r"^  compiled core\s+no .*does not load", out, re.M)


def test_pyproject_version_matches_the_package():
    tomllib = pytest.importorskip("tomllib")
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        project = tomllib.load(f)["project"]
    assert project["version"] == syscope.__version__
    # The licence as a classifier: the one spelling that both old setuptools (a developer's
    # `setup.py build_ext --inplace`) and new ones (isolated builds) accept.
    assert "License :: OSI Approved :: MIT License" in project["classifiers"]
    with open(os.path.join(ROOT, "LICENSE")) as f:
        text = f.read()
    assert text.startswith("MIT License") and "syscope developers" in text
    # Every classifier's Python version is allowed by requires-python, and the running
    # interpreter (the suite runs on each declared version) is among them.
    lowest = tuple(map(int, project["requires-python"].lstrip(">=").split(".")))
    declared = [tuple(map(int, c.rsplit(" ", 1)[1].split(".")))
                for c in project["classifiers"]
                if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    assert declared and min(declared) == lowest
    assert sys.version_info[:2] in declared


@pytest.mark.parametrize("uname_machine, platform", [("aarch64", "linux"),
                                                      ("x86_64", "darwin")])
def test_tracing_refused_on_other_platforms(capfd, monkeypatch, uname_machine, platform):
    real = os.uname()
    fake = os.uname_result((real.sysname, real.nodename, real.release, real.version,
                            uname_machine))
    monkeypatch.setattr(features.posix, "uname", lambda: fake)
    monkeypatch.setattr(features.sys, "platform", platform)
    status, out, err = run_cli(capfd, ["true"])
    assert status == 1 and out == ""
    assert err == ("syscope: unsupported platform %s/%s: syscope traces x86_64 Linux "
                   "programs only (recorded logs can still be read with 'syscope read' "
                   "and 'syscope why LOG')\n" % (platform, uname_machine))


def test_tracing_refused_without_the_core(capfd, monkeypatch):
    monkeypatch.setitem(sys.modules, "syscope.engine._ptrace", None)
    status, _, err = run_cli(capfd, ["true"])
    assert status == 1
    assert err.startswith("syscope: the compiled core (syscope.engine._ptrace) does not load")


def test_build_refused_on_other_architectures(tmp_path):
    pytest.importorskip("setuptools")   # venvs of Python 3.12+ come without it
    # setup.py's build_ext under a faked machine: one clear line, nothing compiled.
    code = ("import platform, runpy, sys; platform.machine = lambda: 'riscv64'; "
            "sys.argv = ['setup.py', 'build_ext', '--build-lib', %r, '--build-temp', %r]; "
            "runpy.run_path('setup.py', run_name='__main__')"
            % (str(tmp_path / "lib"), str(tmp_path / "tmp")))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        "syscope: unsupported platform linux/riscv64: syscope traces x86_64 Linux "
        "programs only (its ptrace core reads x86_64 registers)")
    assert not (tmp_path / "lib").exists()


def test_readme_test_command_prints_the_summary_line(tmp_path):
    """The README's test command, with the project's pytest configuration, ends with
    pytest's 'N passed' line (a doubled -q would hide it)."""
    with open(os.path.join(ROOT, "README.md")) as f:
        command = re.search(r"\.venv/bin/python -m pytest([^\n`&|;]*?) tests\n", f.read())
    assert command, "the README's test command"
    options = command.group(1).split()
    probe = tmp_path / "test_probe.py"
    probe.write_text("def test_one():\n    assert 1 + 1 == 2\n")
    r = subprocess.run([sys.executable, "-m", "pytest", *options, "-p", "no:cacheprovider",
                        "-c", os.path.join(ROOT, "pyproject.toml"), str(probe)],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0 and re.search(r"^1 passed in ", r.stdout, re.M), r.stdout


def test_only_the_syscope_package_is_installed():
    """src/ also holds the launcher's C source; setuptools' finder would install it as a
    top-level package named `launcher` unless pyproject.toml restricts the search."""
    import tomllib
    from setuptools import find_namespace_packages
    root = Path(__file__).resolve().parent.parent
    find = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"]["find"]
    found = find_namespace_packages(where=str(root / find["where"][0]),
                                    include=find.get("include", ["*"]))
    assert "syscope" in found and "syscope.engine" in found
    assert [p for p in found if p.split(".")[0] != "syscope"] == []
