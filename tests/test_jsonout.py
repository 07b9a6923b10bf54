"""read --json through the compiled writer (_logparse.c json_calls) against the Python
one (eventjson.py, output/jsonl.py): the same bytes for every timestamp shape, every
ASCII character in strings and paths, and output in bounded pieces."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from syscope.logread.compiled import parser
from syscope.logread.jsonout import write_events
from syscope.model import seconds
from test_logparse import ARG_LISTS, NOISE

C = parser()
pytestmark = pytest.mark.skipif(C is None, reason="the compiled log parser is not built")


def both(tmp_path, text: str) -> str:
    path = tmp_path / "log"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    fast, slow = io.StringIO(), io.StringIO()
    assert write_events([str(path)], fast) == write_events([str(path)], slow, compiled=False)
    assert fast.getvalue() == slow.getvalue()
    return fast.getvalue()


DIGITS = st.text("0123456789", min_size=0, max_size=18)
STAMPS = st.one_of(
    # -t, -tt: HH:MM:SS[.frac]; -ttt: seconds since the epoch; -r: a delta
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99), DIGITS).map(
        lambda t: "%02d:%02d:%02d" % t[:3] + ("." + t[3] if t[3] else "")),
    st.tuples(st.integers(0, 10**12), DIGITS).map(lambda t: "%d.%s" % t),
    st.tuples(st.sampled_from(["0", "00", "1", "12"]), DIGITS,
              st.sampled_from(["", ".", ".0", "000"])).map(lambda t: "%s.%s%s" % t),
    st.sampled_from(["0.0001", "0.00001", "0.000100", "0.001000", "0.0", "0", "00:00:00",
                     "00:00:00.000000", "00:00:00.000012", "23:59:59.999999",
                     "1700000000.401944", "999999999999999.9", "99999999999999.9",
                     "9999999999999999", "1.", "01.5", "12:34:5", "12:34:56.7.8"]),
)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(STAMPS)
def test_timestamps_give_the_floats_repr(tmp_path_factory, stamp):
    """ts is repr(model.seconds(time)), written from the log's digits when they are it."""
    out = both(tmp_path_factory.mktemp("ts"), "1 %s close(3) = 0\n" % stamp)
    ev = json.loads(out)
    if ev.get("time") == stamp:   # some shapes are not a timestamp in a log
        assert out.split('"ts":', 1)[1].split(",", 1)[0] == json.dumps(seconds(stamp))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.text(st.characters(max_codepoint=127), max_size=30), min_size=1,
                max_size=4))
def test_every_ascii_character_is_escaped_as_the_encoder_does(tmp_path_factory, pieces):
    """Paths and strings with quotes, backslashes, control characters and DEL, at every
    offset from the start of a word of eight."""
    lines = []
    for i, p in enumerate(pieces):
        p = p.replace("\n", "\\n")
        lines.append('%d openat(AT_FDCWD, "%s", O_RDONLY) = 3<%s> <0.000010>' % (i + 1, p, p))
        lines.append("%d write(1, %s, 3) = 3" % (i + 1, p))
    both(tmp_path_factory.mktemp("esc"), "\n".join(lines) + "\n")


def test_long_runs_of_calls_come_in_pieces(tmp_path):
    """Runs of calls longer than one piece of output, with irregular lines between."""
    lines = []
    for i in range(6000):
        lines.append('%d 10:00:%02d.%06d openat(AT_FDCWD, "/usr/lib/%d", O_RDONLY) = %d'
                     % (100 + i % 3, i % 60, i, i, i))
        if i % 2500 == 0:
            lines += ["101 read(3 <unfinished ...>", "101 <... read resumed>\"\", 1) = 0"]
    out = both(tmp_path, "\n".join(lines) + "\n")
    assert out.count("\n") == 6000 + 3
    data, pos, lineno = C.json_calls(("\n".join(lines[:3000]) + "\n").encode(), 0, 0, 0, 0,
                                     None, None)
    assert 0 < len(data) < 1 << 20 and 0 < lineno < 3000


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(ARG_LISTS, NOISE), min_size=1, max_size=6))
def test_argument_values_are_written_as_their_trees(tmp_path_factory, texts):
    """Each argument's JSON written as it is parsed (no dicts) is the JSON of args.py's
    tree; every text twice, the second time from the memo."""
    lines = ["%d f(%s) = 0" % (i + 1, t.replace("\n", " ")) for i, t in enumerate(texts)]
    both(tmp_path_factory.mktemp("args"), "\n".join(lines + lines) + "\n")


def test_value_types_are_one_table():
    """The compiled parser names value types from args.TYPES, the schema's list."""
    from syscope import json_schema
    from syscope.logread import args
    schema = json_schema("events")
    found = []

    def walk(node):
        if isinstance(node, dict):
            enum = node.get("type", {}).get("enum") if isinstance(node.get("type"), dict) \
                else None
            if enum and "raw" in enum:
                found.append(tuple(enum))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(schema)
    assert found and all(f == args.TYPES for f in found)
    texts = ["3", '"a"', "NULL", "3</x>", "AT_FDCWD", "A|B", "{a=1}", "[1]", "f(1)",
             "[1] => [2]", "...", "1<"]
    assert tuple(C.parse_value(t)["type"] for t in texts) == args.TYPES
    assert tuple(args.py_parse_value(t)["type"] for t in texts) == args.TYPES


def test_joined_calls_are_written_as_the_encoder_does(tmp_path):
    """Calls joined from their entry and resume lines, calls left unfinished, a resume
    without its entry, and the shapes left to Python: socket addresses, text beyond
    ASCII, a line without a pid."""
    log = "\n".join([
        "7 10:00:00.100000 read(3, <unfinished ...>",
        "8 10:00:00.200000 wait4(-1 <unfinished ...>",
        '7 10:00:00.300000 <... read resumed>"ab\\n", 3) = 3 <0.200000>',
        "8 10:00:00.400000 <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, "
        "NULL) = 9",
        "9 10:00:00.500000 <... futex resumed>) = 0",
        "7 10:00:01 connect(3, <unfinished ...>",
        '7 10:00:01.5 <... connect resumed>{sa_family=AF_INET, sin_port=htons(80), '
        'sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)',
        '7 1700000000.123456 openat(AT_FDCWD, "/tmp/\xc3\xa9", O_RDONLY <unfinished ...>',
        "7 1700000000.223456 <... openat resumed>) = 4</tmp/\u00e9>",
        "getpid(<unfinished ...>",
        "[pid 5] <... getpid resumed>) = 5",
        "8 10:00:02.000000 exit_group(0 <unfinished ...>",
        "8 10:00:02.100000 +++ exited with 0 +++",
        "7 10:00:03.000000 nanosleep({tv_sec=1, tv_nsec=0}, <unfinished ...>",
    ])
    out = both(tmp_path, log + "\n")
    assert out.count('"resumed":true') == 6 and out.count('"unfinished":true') == 2


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(DIGITS, st.sampled_from(["", "."]), DIGITS), min_size=1,
                max_size=8))
def test_durations_of_every_shape_read_as_float_reads_them(tmp_path_factory, parts):
    """-T durations: read --json and read -c's compiled scanner give what float() gives."""
    from syscope.logread.fastcount import count
    from syscope.output.summary import Summary
    lines = ["%d close(%d) = %s <%s%s%s>" % (i + 1, i, "-1 EBADF (Bad file descriptor)"
                                            if i % 2 else "0", *p)
             for i, p in enumerate(parts)]
    d = tmp_path_factory.mktemp("dur")
    both(d, "\n".join(lines) + "\n")
    fast, slow = Summary(), Summary()
    count([str(d / "log")], fast)
    count([str(d / "log")], slow, compiled=False)
    assert [(c.calls, c.errors, c.total, c.min, c.max) for c in fast.counts.values()] == \
        [(c.calls, c.errors, c.total, c.min, c.max) for c in slow.counts.values()]
