"""-X raw|abbrev|verbose: how named constants print.

The formatting functions first (each style of each kind of constant, as strace's
xlat.c documents them), then real programs against /usr/bin/strace with -X raw and
-X verbose.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile

import pytest

from difftool import compare
from syscope.decode import fmt

HERE = os.path.dirname(os.path.abspath(__file__))
WL = os.path.join(HERE, "workloads")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
ENV = dict(os.environ, PYTHONHASHSEED="0", LC_ALL="C", LANG="C")


@pytest.fixture
def style():
    """Set a style for one test; abbrev again afterwards."""
    yield fmt.set_xlat_style
    fmt.set_xlat_style("abbrev")


# value, table, dflt -> (raw, abbrev, verbose)
XVALS = [
    ((2, "shutdown_modes", "SHUT_???"), ("0x2", "SHUT_RDWR", "0x2 /* SHUT_RDWR */")),
    ((99, "shutdown_modes", "SHUT_???"), ("0x63", "0x63 /* SHUT_??? */", "0x63 /* SHUT_??? */")),
    ((0, "address_families", "AF_???"), ("0", "AF_UNSPEC", "0 /* AF_UNSPEC */")),
]


@pytest.mark.parametrize("args,texts", XVALS)
def test_enumerations(args, texts, style):
    for name, text in zip(("raw", "abbrev", "verbose"), texts):
        style(name)
        assert fmt.xlat_or(*args) == text


# value, table, zero name, dflt -> (raw, abbrev, verbose)
FLAGS = [
    ((3, "mmap_prot", "PROT_NONE", None),
     ("0x3", "PROT_READ|PROT_WRITE", "0x3 /* PROT_READ|PROT_WRITE */")),
    ((0, "mmap_prot", "PROT_NONE", None), ("0", "PROT_NONE", "0 /* PROT_NONE */")),
    ((0x10000001, "mmap_prot", "PROT_NONE", None),
     ("0x10000001", "PROT_READ|0x10000000", "0x10000001 /* PROT_READ|0x10000000 */")),
    ((0x40000000, "msg_flags", "0", "MSG_???"),
     ("0x40000000", "MSG_CMSG_CLOEXEC", "0x40000000 /* MSG_CMSG_CLOEXEC */")),
    ((0x10000000, "clone_flags", "0", "CLONE_???"),
     ("0x10000000", "CLONE_NEWUSER", "0x10000000 /* CLONE_NEWUSER */")),
    ((1 << 33, "clone_flags", "0", "CLONE_???"),
     ("0x200000000", "CLONE_INTO_CGROUP", "0x200000000 /* CLONE_INTO_CGROUP */")),
    ((1 << 40, "clone_flags", "0", "CLONE_???"),
     ("0x10000000000", "0x10000000000 /* CLONE_??? */", "0x10000000000 /* CLONE_??? */")),
]


@pytest.mark.parametrize("args,texts", FLAGS)
def test_flag_sets(args, texts, style):
    value, table, zero, dflt = args
    for name, text in zip(("raw", "abbrev", "verbose"), texts):
        style(name)
        assert fmt.flags(value, table, zero=zero, dflt=dflt) == text


def test_signals_errors_and_composed_texts(style):
    cases = [
        (lambda: fmt.signo(9), ("9", "SIGKILL", "9 /* SIGKILL */")),
        (lambda: fmt.signo(0), ("0", "0", "0")),
        (lambda: fmt.sigmask_member(33), ("33", "RT_1", "33 /* RT_1 */")),
        (lambda: fmt.errno(2), ("2", "ENOENT", "2 /* ENOENT */")),
        (lambda: fmt.errno(-22, negated=True), ("-22", "-EINVAL", "-22 /* -EINVAL */")),
        # a composed text is built abbreviated, and not at all under -X raw
        (lambda: fmt.styled_by("0x3", lambda: fmt.flags(3, "mmap_prot")),
         ("0x3", "PROT_READ|PROT_WRITE", "0x3 /* PROT_READ|PROT_WRITE */")),
        (lambda: fmt.abbreviated(fmt.flags, 3, "mmap_prot"),
         ("PROT_READ|PROT_WRITE",) * 3),
    ]
    for make, texts in cases:
        for name, text in zip(("raw", "abbrev", "verbose"), texts):
            style(name)
            assert make() == text


def test_unknown_style_is_refused():
    with pytest.raises(ValueError):
        fmt.set_xlat_style("short")


def test_long_option_and_bad_value(scratch):
    import subprocess
    from difftool import SYSCOPE
    ok = subprocess.run(SYSCOPE + ["--const-print-style=raw", "-e", "trace=faccessat2",
                                   "sh", "-c", "test -r /"], capture_output=True, text=True)
    assert 'faccessat2(-100, "/", 0x4, 0x200)' in ok.stderr
    bad = subprocess.run(SYSCOPE + ["-X", "short", "true"], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.startswith("syscope: invalid -X argument: 'short'")


# -- real programs against strace -----------------------------------------------------------

pytestmark_strace = pytest.mark.skipif(shutil.which("strace") is None,
                                       reason="strace not installed")

PROGRAMS = {
    # files: open flags, modes, at-flags, statx, mmap, prot, fcntl notes, ioctls
    "ls": ["ls", "-la", "/etc/default"],
    "fileops": [PY, "-I", "-S", os.path.join(WL, "fileops.py")],
    # signals: masks, sigaction, siginfo, kill, wait4's options
    "signals": [PY, "-I", "-S", os.path.join(WL, "signals.py")],
    "shell": ["sh", "-c", "sleep 0 & wait; kill -0 $$"],
    # sockets, netlink headers and attributes, socket options, ioctl requests
    "netlink": [PY, "-I", "-S", os.path.join(WL, "netlink_sockopt_ioctl.py")],
    # capability sets (two flag sets of 32 bits), prctl
    "capsh": ["capsh", "--print"],
}


@pytest.fixture(scope="module")
def scratch():
    d = tempfile.mkdtemp(prefix="syscope-xstyle-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytestmark_strace
@pytest.mark.parametrize("xstyle", ["raw", "verbose"])
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs_print_as_strace(name, xstyle, scratch):
    cmd = PROGRAMS[name]
    if shutil.which(cmd[0]) is None:
        pytest.skip("%s not installed" % cmd[0])
    same, total, diff = compare(["-f", "-X", xstyle], cmd, scratch, ENV, multi=True)
    assert total > 0
    # every line agrees today; 1% allows for a line two runs of a program print
    # differently (a poll's remaining timeout)
    assert same >= 0.99 * total, "%d/%d lines agree\n%s" % (same, total,
                                                            "\n".join(diff[:40]))
