"""syscope tree: the process tree of recorded and live traces."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from tracelogs import FAMILY, THREADS, WORKLOADS, record, run_on_bad_input, syscope

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
SCRIPT = os.path.join(WORKLOADS, "family_failure.sh")


def test_family_from_log(tmp_path):
    log = record(str(tmp_path), "family", FAMILY)
    r = syscope("tree", log)
    assert r.returncode == 0 and not r.stderr, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 4 and "\033[" not in r.stdout
    assert lines[0].split()[1:5] == ["sh", SCRIPT, "exit", "3"]
    assert lines[1].startswith("├─ ") and " ls /  exit 0  " in lines[1]
    assert " cat /nonexistent/syscope-family.conf  exit 1  " in lines[2]
    assert lines[3].startswith("└─ ") and " sh -c 'kill -TERM $$'  killed by SIGTERM  " in lines[3]
    assert all(" ms  " in line or " µs  " in line for line in lines)


def test_json_counts_match_the_log(tmp_path):
    log = record(str(tmp_path), "family", FAMILY)
    tree = json.loads(syscope("tree", "--json", log).stdout)["tree"]
    assert len(tree) == 1
    root = tree[0]
    events = [json.loads(x) for x in syscope("read", "--json", log).stdout.splitlines()]
    calls = [e for e in events if e["type"] == "syscall"]

    def count(pid, failed=False):
        return sum(1 for e in calls if e["pid"] == pid and (not failed or e["errno"]))

    for node in [root] + root["children"]:
        assert node["calls"] == count(node["pid"])
        assert node["failed_calls"] == count(node["pid"], True) > 0
    assert [c["exit_code"] for c in root["children"]] == [0, 1, None]
    assert root["children"][2]["signal"] == "SIGTERM"
    assert all(root["start"] <= c["start"] <= c["end"] <= root["end"] for c in root["children"])


def test_threads_under_their_creator(tmp_path):
    log = record(str(tmp_path), "threads", THREADS)
    tree = json.loads(syscope("tree", "--json", log).stdout)["tree"]
    threads = [c for c in tree[0]["children"] if c["thread"]]
    assert len(threads) == 2 and all(t["tgid"] == tree[0]["pid"] for t in threads)
    text = syscope("tree", log).stdout
    assert text.count(" thread ") == 2


def test_live_and_colour(tmp_path):
    r = syscope("tree", "--color=always", "--", *FAMILY, cwd=str(tmp_path))
    assert r.returncode == 3, r.stderr
    assert "\033[1;31mkilled by SIGTERM\033[0m" in r.stdout
    assert "\033[1;31mexit 1\033[0m" in r.stdout and "\033[32mexit 0\033[0m" in r.stdout
    r = syscope("tree", "-o", str(tmp_path / "tree.txt"), "--", "sh", "-c", "exit 0")
    assert r.returncode == 0 and "\033[" not in (tmp_path / "tree.txt").read_text()


def test_untimed_log_has_no_durations(tmp_path):
    log = record(str(tmp_path), "family", FAMILY, ("-f",))
    out = syscope("tree", log).stdout
    assert len(out.splitlines()) == 4 and " ms " not in out and " µs " not in out


@pytest.mark.parametrize("args,message", [
    (["missing.log"], "Can't open 'missing.log'"),
    (["empty.log"], "'empty.log' is empty"),
    (["binary.log"], "'binary.log' is binary, not a trace log"),
    (["text.log"], "text.log: no strace output found"),
    (["."], "'.' is a directory"),
    (["--colr", "x.log"], "unrecognized option '--colr'"),
    (["--color=sometimes", "x.log"], "invalid --color argument"),
    ([], "give a LOG"),
    (["fam.log", "--", "true"], "not both"),
    (["--"], "no command given after --"),
    (["--", "/nonexistent/program"], "Can't stat '/nonexistent/program'"),
    (["-o", "/nonexistent/dir/t.txt", "fam.log"], "Can't write '/nonexistent/dir/t.txt'"),
])
def test_bad_input(tmp_path, args, message):
    run_on_bad_input(str(tmp_path), "tree", args, message)
