"""syscope --help-man: the manual page shipped in the package, shown through man(1)
when it is installed, else printed as roff source."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys


def page_path() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "syscope.1")


def show_man() -> int:
    path = page_path()
    if not os.path.exists(path):
        from .output.outfile import report
        report("the manual page is missing from this installation (%s)" % path)
        return 1
    man = shutil.which("man")
    if man:
        sys.stdout.flush()
        # man pages through $PAGER on a terminal and prints plain text when piped.
        if subprocess.call([man, "-l", path]) == 0:
            return 0
    with open(path, encoding="utf-8") as f:
        sys.stdout.write(f.read())
    return 0
