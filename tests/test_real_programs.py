"""Packaged programs beyond the everyday ones, traced by syscope and by /usr/bin/strace:
every line the same (after difftool's normalisation of what varies between runs)."""
from __future__ import annotations

import os
import re
import shutil

import pytest

from difftool import STRACE, SYSCOPE, agreement, normalize, run_tracer

ENV = dict(os.environ, LC_ALL="C", LANG="C")

# name: (strace options, command, what the command leaves behind); single processes, so
# that no signal's place depends on scheduling
PROGRAMS = {
    "cp-a": ([], ["cp", "-a", "src", "dst"], "dst"),
    "tar-xattrs": ([], ["tar", "--xattrs", "-cf", "/dev/null", "src"], None),
    "lsattr": ([], ["lsattr", "-d", "src"], None),
    "setpriv": ([], ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                     "--no-new-privs", "true"], None),
    "capsh": ([], ["capsh", "--print"], None),
    "ip-addr": ([], ["ip", "addr", "show", "lo"], None),
    "ip-route": ([], ["ip", "route", "show", "table", "local"], None),
    # the database's pages hold random bytes: its file calls are compared
    "sqlite3": (["-e", "trace=%file"],
                ["sqlite3", "db", "create table t(x); insert into t values(1);"], "db"),
}

# what differs between two runs beyond difftool's normalisation: the caller's own pid in
# capget/capset, and the loopback device's packet counters (other programs use it)
VARIES = re.compile(r"\b(pid|(?:rx|tx)_\w+|multicast|collisions)=\d+")


@pytest.fixture
def tree(tmp_path):
    src = tmp_path / "src"
    (src / "d").mkdir(parents=True)
    (src / "a").write_text("hello\n")
    os.symlink("a", src / "l")
    return tmp_path


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_program_equals_strace(name, tree):
    options, command, leaves = PROGRAMS[name]
    if shutil.which(command[0]) is None:
        pytest.skip("%s is not installed" % command[0])
    runs = []
    for tracer in ([STRACE], SYSCOPE):
        run = run_tracer(tracer, options, command, str(tree), ENV)
        runs.append([VARIES.sub(r"\1=N", ln) for ln in normalize(run.lines)])
        if leaves:      # each tracer's run starts from the same directory
            shutil.rmtree(tree / leaves) if (tree / leaves).is_dir() else (tree / leaves).unlink()
    same, total, diff = agreement(*runs)
    assert total > 20 and same == total, "\n".join(diff[:40])
