"""The compiled log parser (_logparse.c) against the Python one (args.py, parse.py,
reader.py): one grammar, so the same trees, events and `read --json` text, on random
argument text, random lines, real strace logs and damaged ones."""
from __future__ import annotations

import io
import json
import os
import random
import subprocess
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from difftool import STRACE
from syscope.logread import args
from syscope.logread.compiled import parser
from syscope.logread.jsonout import write_events
from syscope.logread.reader import events

C = parser()
pytestmark = pytest.mark.skipif(C is None, reason="the compiled log parser is not built")
ENV = dict(os.environ, LC_ALL="C", LANG="C")


def tree(nodes) -> str:
    """Values and key order both: the JSON of the trees."""
    return json.dumps(nodes, ensure_ascii=False)


def same_args(text: str) -> None:
    want = args.py_parse_args(text)
    got = C.parse_args(text)
    assert tree(got) == tree(want) and got == want
    for i in (0, 1, len(want) - 1, len(want), -1):
        assert C.parse_arg(text, i) == args.py_parse_arg(text, i)
    for sep in ",|":
        assert C.split_top(text, sep) == args.py_split_top(text, sep)


# Values shaped like strace's, nested: what the grammar is for.
ATOMS = st.sampled_from([
    "0", "3", "-1", "007", "0x7f", "0xFFFFffff", "0755", "NULL", "AT_FDCWD", "O_RDONLY",
    "...", '""', '"abc"', '"a\\"b"', '"\\x41\\101\\n\\t\\\\"', '"x"...', '"\\0\\377\\777"',
    "3</etc/passwd>", "3</x (deleted)>", "-1<x>", "4<socket:[123]>", "4<a>(deleted)",
    "st_mode=S_IFREG|0644", "htons(80)", "inet_addr(\"127.0.0.1\")", "~[]", "[]", "{}",
    "makedev(0x1, 0x3)", "0x1 /* 1 */", "8 /* 2 vars */", "1<", "<1>", "a=", "=b", "_=1",
    "_", "x\n=1", "9" * 41, "9" * 40, "-" + "9" * 40, "0x" + "f" * 39, "\\", '"\\', "|",
    "S_IFREG|0644|", "SIG_BLOCK", "[CHLD USR1]", "[1 2  3]", "  1  ", "\t", "\x1c1\x1d",
])


def compose(children):
    return st.one_of(
        st.lists(children, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.lists(children, max_size=4).map(lambda xs: "~[" + " ".join(xs) + "]"),
        st.lists(st.tuples(st.sampled_from(["a", "st_size", "_", "sa_mask", ""]), children),
                 max_size=4).map(lambda kv: "{" + ", ".join(
                     ("%s=%s" % (k, v)) if k else v for k, v in kv) + "}"),
        st.lists(children, max_size=3).map(lambda xs: "f(" + ", ".join(xs) + ")"),
        st.lists(children, min_size=2, max_size=3).map(" | ".join),
        st.tuples(children, children).map(lambda ab: "[%s] => [%s]" % ab),
        st.tuples(children, children).map(lambda ab: "{%s} => {%s}" % ab),
        st.tuples(children, st.sampled_from(["1", "x */", ""])).map(
            lambda vc: "%s /* %s */" % vc),
        st.tuples(children, st.sampled_from(['"', "(", ")", "]", "}", ">", "<", "\\"])).map(
            lambda xs: xs[0] + xs[1]),
    )


VALUES = st.recursive(ATOMS, compose, max_leaves=12)
ARG_LISTS = st.lists(VALUES, max_size=5).map(", ".join)
NOISE = st.lists(st.sampled_from(list('"()[]{}<>,|=\\ ~/*.-_x0179aZ\n\t\x1c')
                                + [" /* ", " */", " => ", "...", "0x", "<1>"]),
                 max_size=40).map("".join)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(ARG_LISTS)
def test_strace_shaped_arguments_parse_the_same(text):
    same_args(text)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(NOISE)
def test_any_argument_text_parses_the_same(text):
    same_args(text)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=40), st.integers(0, 18))
def test_non_ascii_text_and_every_depth(text, depth):
    """Text beyond ASCII goes to args.py itself; the depth limit cuts at the same level."""
    same_args(text)
    assert C.parse_value(text, depth) == args.py_parse_value(text, depth)


def test_deep_and_long_arguments_are_linear():
    """Nesting far below the limit, a line of 100k brackets (kept as text beyond the
    limit) and a 10 MB line: bounded time, the same trees."""
    for text in ["[" * 40 + "]" * 40, "{a=" * 50 + "}" * 50, "[" * 100000 + "]" * 100000,
                 "f(" * 70000 + ")" * 70000, '"' + "\\1" * 100000 + '"',
                 ", ".join(["{a=[1 2], b=f(x)}"] * 2000)]:
        same_args(text)
    t = time.process_time()
    big = '"' + "ab\\n" * (10 << 18) + '", ' + "x, " * 300000
    assert len(C.parse_args(big)) == 300002
    assert time.process_time() - t < 30


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text() |
                    st.floats(allow_nan=False) | st.floats(),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c,
                                                                        max_size=3),
                    max_leaves=10))
def test_json_text_is_the_encoders(value):
    assert C.dumps(value) == json.JSONEncoder(separators=(",", ":")).encode(value)


# ---- lines and whole logs ----

LEADERS = st.sampled_from([
    "", "1234 ", "[pid  1234] ", "1 ", "12345678901 ", "15:14:02 ", "15:14:02.401944 ",
    "1700000000.401944 ", "1700000000 ", "(+     0.000123) ", "     0.000123 ", "[   39] ",
    "1234 15:14:02.401944 ", "1234  15:14:02.123 (+ 0.1) [ 1] ", "1234      0.000123 ",
    "1234 \x1c", "[pid 12", "15:14:02.x ", " ", "1234  ",
])
BODIES = st.sampled_from([
    "close(3) = 0", "read(3, \"ab\", 2) = 2 <0.000010>", "openat(AT_FDCWD, \"/x\", O_RDONLY) "
    "= -1 ENOENT (No such file or directory) <0.000005>", "wait4(-1 <unfinished ...>",
    "<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 1",
    "<... read resumed>\"\", 2) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)",
    "exit_group(0) = ?", "+++ exited with 0 +++", "+++ exited with -1 +++",
    "+++ killed by SIGKILL +++", "+++ killed by SIGSEGV (core dumped) +++", "+++ killed by 9 +++",
    "+++ superseded by execve in pid 12 +++", "--- SIGCHLD {si_signo=SIGCHLD, si_pid=1} ---",
    "--- stopped by SIGSTOP ---", "--- 33 {x} ---", "--- SIGUSR1 {} ---", "--- SIG {x} ---",
    "strace: Process 12 attached", "vfork(strace: Process 8827 attached",
    "syscall_0x1f(0x1) = -1 ENOSYS (Function not implemented)", "Close(3) = 0",
    "write(1, \") = 5\", 5) = 5", "mmap(NULL, 8192) = 0x7f9e767cd000", "f() = 0x", "g() = 09",
    "getpid() = 1_000", "x() = -", "x() =  3", "x()  = 3", "brk(NULL)         = 0x55e3",
    "read(3, \"\\0\", 1) = 1 <3>", "read(3) = 1 <1.>", "a(b) = 1 <0.1> <0.2>", "% time",
    " | 00000  61 62", " <unfinished ...>", "<unfinished ...>", "write(1, \"\xe9\", 1) = 1",
    "x(\x00) = 1", "+++ exited with 1234567890123 +++", "futex(0x1, FUTEX_WAIT) = ? <9" + "9" * 30 + ">",
])


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(LEADERS, BODIES, NOISE, st.integers(0, 3)), max_size=12))
def test_random_logs_give_the_same_events_and_json(tmp_path_factory, lines):
    text = "\n".join(lead + (body if k else noise) + (noise if k == 3 else "")
                     for lead, body, noise, k in lines)
    path = tmp_path_factory.mktemp("lines") / "log"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    same_log(str(path))


def same_log(path: str, filters=((None, None),)) -> None:
    assert list(events([path])) == list(events([path], compiled=False))
    for names, statuses in filters:
        fast, slow = io.StringIO(), io.StringIO()
        assert write_events([path], fast, names, statuses) == \
            write_events([path], slow, names, statuses, compiled=False)
        assert fast.getvalue() == slow.getvalue()


@pytest.fixture(scope="module")
def real_logs(tmp_path_factory):
    """Real strace logs with each leader option, of programs that fork, fail, get a
    signal and run threads."""
    d = tmp_path_factory.mktemp("real")
    prog = ["sh", "-c", "cat /etc/hostname | wc -c; kill -USR1 $$; ls /nonexistent; "
                        "python3 -c 'import threading; t=threading.Thread(target=print); "
                        "t.start(); t.join()'; sleep 0.01 & wait"]
    out = []
    for i, opts in enumerate([["-f", "-tt", "-T", "-y"], ["-f", "-r", "-n", "-yy"],
                              ["-ttt", "-x", "-v"], ["-f", "-t", "-s", "300", "-X", "raw"]]):
        path = str(d / ("log%d" % i))
        subprocess.run([STRACE] + opts + ["-o", path] + prog, env=ENV, capture_output=True,
                       timeout=60)
        out.append(path)
    return out


def test_real_logs_give_the_same_events_and_json(real_logs):
    for path in real_logs:
        assert os.path.getsize(path) > 1000
        same_log(path, filters=((None, None), ({"openat", "read", "wait4"}, None),
                                (None, {"failed"}), (None, {"successful", "unfinished"})))
        for ev in events([path]):
            if ev.kind == "syscall":
                assert C.parse_args(ev.args_text) == args.py_parse_args(ev.args_text)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32), ops=st.lists(st.sampled_from(
    ["flip", "truncate", "junk", "long", "deep", "number", "escape", "tail", "dup"]),
    min_size=1, max_size=4))
def test_damaged_real_logs_give_the_same_events_and_json(real_logs, tmp_path_factory,
                                                         seed, ops):
    from test_logread_robust import mutate
    rnd = random.Random(seed)
    with open(rnd.choice(real_logs), "rb") as f:
        base = f.read()
    start = rnd.randrange(len(base) // 2)
    data = mutate(base[start:start + rnd.randint(2000, 12000)], ops, rnd)
    path = tmp_path_factory.mktemp("damaged") / "log"
    path.write_bytes(data)
    same_log(str(path))


def test_events_parse_their_arguments_once(real_logs):
    ev = next(e for e in events([real_logs[0]]) if e.kind == "syscall" and e.args_text)
    assert ev.args is ev.args and ev.arg(0) is ev.args[0]
    ev.args_text = "1, 2"
    assert [a["value"] for a in ev.args] == [1, 2] and ev.arg(2) is None


def test_ff_sets_give_the_same_events_and_json(tmp_path):
    """An -ff set given by its prefix is merged by time, a line at a time, on both paths."""
    prefix = str(tmp_path / "trace")
    subprocess.run([STRACE, "-ff", "-tt", "-o", prefix, "sh", "-c",
                    "cat /etc/hostname | wc -c; ls /nonexistent"], env=ENV,
                   capture_output=True, timeout=60)
    assert len(os.listdir(tmp_path)) >= 3
    same_log(prefix)
