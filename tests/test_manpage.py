"""The manual page: shipped in the package, rendered by man(1) without warnings, shown by
--help-man, and naming every option and subcommand of the command line."""
import re
import shutil
import subprocess
import sys

import pytest

from syscope import manpage, options
from syscope.commands import SUBCOMMANDS

SYSCOPE = [sys.executable, "-m", "syscope"]


def roff_text():
    with open(manpage.page_path(), encoding="utf-8") as f:
        return f.read().replace("\\-", "-")


def test_every_option_and_subcommand_is_documented():
    text = roff_text()
    assert [n for n in options.LONG_OPTS if "--" + n not in text] == []
    assert [c for c in options.SHORT_OPTS.replace(":", "") if "-" + c not in text] == []
    assert [s for s in SUBCOMMANDS if "syscope " + s not in text] == []


def test_man_renders_the_page_without_warnings():
    if not shutil.which("man"):
        pytest.skip("man is not installed")
    proc = subprocess.run(["man", "--warnings", "-l", manpage.page_path()], capture_output=True,
                          text=True, timeout=60, env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0 and proc.stderr == ""
    assert re.match(r"SYSCOPE\(1\) +User Commands +SYSCOPE\(1\)\n", proc.stdout)
    for heading in ("NAME", "SYNOPSIS", "DESCRIPTION", "SUBCOMMANDS", "EXIT STATUS",
                    "SHELL COMPLETION", "EXAMPLES", "SEE ALSO"):
        assert re.search(r"^%s$" % heading, proc.stdout, re.M), heading


def test_help_man_shows_the_page():
    # Piped, man prints plain text; without man the roff source is printed.
    proc = subprocess.run(SYSCOPE + ["--help-man"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stderr == ""
    if shutil.which("man"):
        assert proc.stdout.startswith("SYSCOPE(1)")
        assert "syscope - trace system calls and signals" in proc.stdout
    else:
        assert proc.stdout.startswith(".\\\"")


def test_help_man_without_man_prints_the_source(tmp_path):
    # PATH without man(1): the roff source itself.
    proc = subprocess.run(SYSCOPE + ["--help-man"], capture_output=True, text=True, timeout=60,
                          env={"PATH": str(tmp_path)})
    assert proc.returncode == 0
    with open(manpage.page_path(), encoding="utf-8") as f:
        assert proc.stdout == f.read()


def test_help_points_to_the_manual_and_completion():
    proc = subprocess.run(SYSCOPE + ["-h"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert re.search(r"^  --help-man +show the manual page", proc.stdout, re.M)
    assert re.search(r"^  --completion=SHELL +print a completion script for bash, zsh or fish$",
                     proc.stdout, re.M)
