"""Every JSON output against the JSON Schema shipped with the package; the events'
JSON keys are their attribute names in the Python API."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

import syscope
from tracelogs import FAMILY, SYSCOPE, WORKLOADS, record

jsonschema = pytest.importorskip("jsonschema")

SIGNALS = [sys.executable, "-S", os.path.join(WORKLOADS, "signals.py")]
# a refused TCP connection, a unix socket path, an IPv6 address
SOCKETS = [sys.executable, "-S", "-c",
           "import socket\n"
           "for fam, addr in ((socket.AF_INET, ('127.0.0.1', 1)), (socket.AF_INET6, ('::1', 1)),"
           " (socket.AF_UNIX, '/nonexistent/syscope.sock')):\n"
           "    s = socket.socket(fam)\n    s.connect_ex(addr)\n    s.close()\n"]


def validator(name: str):
    schema = syscope.json_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def assert_valid(name: str, docs: list) -> None:
    v = validator(name)
    assert docs
    for doc in docs:
        errors = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
        assert not errors, "%s: %s at %s in %s" % (name, errors[0].message,
                                                   list(errors[0].absolute_path),
                                                   json.dumps(doc)[:400])


def run(*args, ok=(0,), **kw) -> str:
    r = subprocess.run(SYSCOPE + list(args), capture_output=True, text=True, timeout=120, **kw)
    assert r.returncode in ok, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def logs(tmp_path_factory):
    d = str(tmp_path_factory.mktemp("schema"))
    return {"family": record(d, "family", FAMILY),
            "signals": record(d, "signals", SIGNALS, ("-f", "-ttt", "-T")),
            "sockets": record(d, "sockets", SOCKETS, ("-f", "-r", "-yy")),
            "plain": record(d, "plain", ["sh", "-c", "cat /nonexistent; true"], ("-f",))}


def lines(text: str) -> list:
    return [json.loads(x) for x in text.splitlines()]


def test_read_json(logs):
    for name, log in logs.items():
        docs = lines(run("read", "--json", log))
        assert_valid("events", docs)
        kinds = {d["type"] for d in docs}
        assert {"syscall", "exit"} <= kinds
        timed = [d for d in docs if d["type"] in ("syscall", "signal", "exit")]
        if name == "plain":
            assert all(d["ts"] is None and d["time"] is None for d in timed)
        else:     # a number on every event that has a printed time
            assert all(isinstance(d["ts"], float) for d in timed), name


def test_read_json_the_same_compiled_or_not(logs):
    """The compiled parser writes most lines of read --json; Python the rest (and all of
    them without it): the same text, ts and socket addresses included."""
    for log in logs.values():
        fast = run("read", "--json", log)
        slow = run("read", "--json", log, env=dict(os.environ, SYSCOPE_NO_LOGPARSE="1"))
        assert fast == slow


def test_read_json_times_in_seconds(logs):
    docs = [d for d in lines(run("read", "--json", logs["signals"])) if d["time"]]
    assert all(d["ts"] == float(d["time"]) for d in docs)     # -ttt: Unix time
    docs = [d for d in lines(run("read", "--json", logs["family"])) if d["time"]]
    for d in docs:                                              # -tt: since midnight
        h, m, s = d["time"].split(":")
        assert d["ts"] == int(h) * 3600 + int(m) * 60 + float(s)


def test_socket_addresses_structured(logs):
    docs = lines(run("read", "--json", logs["sockets"]))
    assert_valid("events", docs)
    addrs = [a["sockaddr"] for d in docs if d["type"] == "syscall" and d["name"] == "connect"
             for a in d["args"] if "sockaddr" in a]
    assert {"family": "AF_INET", "address": "127.0.0.1", "port": 1, "path": None} in addrs
    assert {"family": "AF_INET6", "address": "::1", "port": 1, "path": None} in addrs
    assert {"family": "AF_UNIX", "address": None, "port": None,
            "path": "/nonexistent/syscope.sock"} in addrs


def test_live_json(tmp_path):
    out = tmp_path / "live.jsonl"
    run("--json", "-f", "-o", str(out), *SIGNALS, ok=(128 + signal.SIGTERM, -signal.SIGTERM))
    docs = lines(out.read_text())
    assert_valid("events", docs)
    sigs = [d for d in docs if d["type"] == "signal"]
    exits = [d for d in docs if d["type"] == "exit"]
    assert {d["signal"] for d in sigs} >= {"SIGUSR1", "SIGTERM"}
    assert exits and exits[-1]["signal"] == "SIGTERM"
    for d in sigs + exits + [d for d in docs if d["type"] == "syscall"]:
        assert isinstance(d["ts"], float) and d["ts"] == float(d["time"]), d   # live: Unix time
    run("--json", "-o", str(out), *SOCKETS)
    docs = lines(out.read_text())
    assert_valid("events", docs)
    assert any(a.get("sockaddr", {}).get("port") == 1 for d in docs if d["type"] == "syscall"
               for a in d["args"])


def test_why_json(logs):
    assert_valid("why", [json.loads(run("why", "--json", logs["family"]))])
    assert_valid("why", [json.loads(run("why", "--json", "--", *FAMILY, ok=(0, 1, 2, 3)))])


def test_summary_json(logs):
    docs = [json.loads(run("summary", "--json", log)) for log in logs.values()]
    docs.append(json.loads(run("summary", "--json", "--", *SOCKETS)))
    assert_valid("summary", docs)


def test_diff_json(logs, tmp_path):
    live = tmp_path / "diff.json"     # the program keeps standard output
    run("diff", "--json", "-o", str(live), "--run", logs["plain"], "--", "sh", "-c",
        "cat /etc/hostname", ok=(0, 1))
    docs = [json.loads(run("diff", "--json", logs["family"], logs["plain"], ok=(0, 1))),
            json.loads(run("diff", "--json", logs["plain"], logs["plain"], ok=(0,))),
            json.loads(live.read_text())]
    assert docs[0]["divergences"] and not docs[1]["divergences"]
    assert_valid("diff", docs)


def test_tree_json(logs):
    assert_valid("tree", [json.loads(run("tree", "--json", log)) for log in logs.values()])


def test_api_events_are_their_json(logs):
    """The JSON keys are the events' attribute names, with the same values, from a log
    and live."""
    events = list(syscope.read(logs["sockets"])) + list(syscope.trace(SOCKETS))
    docs = [ev.to_dict() for ev in events]
    assert_valid("events", docs)
    for ev, doc in zip(events, docs):
        for key, value in doc.items():
            if key == "v":
                continue
            got = getattr(ev, key)
            if key in ("pid", "line"):
                got = got or None
            if key == "nr" and got is None:
                continue            # from a log: the number comes from the table
            assert got == value, (key, got, value)
    read_back = lines(run("read", "--json", logs["sockets"]))
    assert read_back == [ev.to_dict() for ev in syscope.read(logs["sockets"])]


def test_schemas_ship_with_the_package():
    for name in ("events", "why", "summary", "diff", "tree"):
        assert syscope.json_schema(name)["$schema"].endswith("2020-12/schema")
    with pytest.raises(ValueError):
        syscope.json_schema("nonsense")
