"""-ff sets (PREFIX.PID, one file per process) read as one trace: merged by time with
pid prefixes as strace-log-merge prints them, and taken by every subcommand."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from tracelogs import FAMILY, STRACE, syscope

MERGE = shutil.which("strace-log-merge")
needs_strace = pytest.mark.skipif(not os.path.exists(STRACE), reason="strace is not installed")


def record_set(directory, name, cmd, *opts, env=None) -> str:
    """strace -ff OPTS -o DIR/NAME CMD; returns the prefix."""
    prefix = os.path.join(directory, name)
    subprocess.run([STRACE, "-ff", *opts, "-o", prefix, *cmd], capture_output=True,
                   timeout=60, cwd=directory, env=env)
    assert len(glob.glob(prefix + ".*")) >= 4     # the shell and its three children
    return prefix


def pids_of(prefix):
    return sorted(int(p.rsplit(".", 1)[1]) for p in glob.glob(prefix + ".*"))


@needs_strace
@pytest.mark.parametrize("stamps", ["-tt", "-ttt"])
def test_read_merges_a_set_by_time_with_pid_prefixes(tmp_path, stamps):
    prefix = record_set(str(tmp_path), "fam", FAMILY, stamps)
    r = syscope("read", prefix)
    assert r.returncode == 0 and r.stderr == ""
    lines = r.stdout.splitlines()
    width = max(len(str(p)) for p in pids_of(prefix))
    files = {p: open("%s.%d" % (prefix, p)).read().splitlines() for p in pids_of(prefix)}
    assert len(lines) == sum(map(len, files.values()))
    seen = {p: [] for p in files}
    times = []
    for line in lines:
        pid_text, rest = line[:width], line[width + 1:]
        seen[int(pid_text)].append(rest)
        times.append(float(rest.split(" ", 1)[0].replace(":", "")) if stamps == "-ttt" else
                     rest.split(" ", 1)[0])
    assert seen == files                 # every file's lines, in its own order
    assert times == sorted(times)        # and all of them in time order
    if MERGE:                            # byte for byte what strace-log-merge prints
        ref = subprocess.run([MERGE, prefix], capture_output=True, text=True, timeout=60)
        assert r.stdout == ref.stdout


@needs_strace
@pytest.mark.parametrize("stamps", [[], ["-r"]])   # -r: times since the previous line
def test_a_set_without_times_of_day_is_read_process_after_process(tmp_path, stamps):
    prefix = record_set(str(tmp_path), "fam", FAMILY, *stamps)
    r = syscope("read", prefix)
    assert r.returncode == 0
    # said once, with what to do about it
    assert r.stderr.count("\n") == 1 and "no times of day" in r.stderr and "-tt" in r.stderr
    width = max(len(str(p)) for p in pids_of(prefix))
    expected = "".join("%-*d %s\n" % (width, p, line) for p in pids_of(prefix)
                       for line in open("%s.%d" % (prefix, p)).read().splitlines())
    assert r.stdout == expected
    # a filter reads them the same way, each line with its pid
    r = syscope("read", "-e", "trace=execve", prefix)
    assert [int(l.split()[0]) for l in r.stdout.splitlines() if "execve(" in l] == \
        pids_of(prefix)[:len(r.stdout.splitlines())]


@needs_strace
def test_every_subcommand_takes_a_set(tmp_path):
    prefix = record_set(str(tmp_path), "fam", FAMILY, "-tt", "-T", "-s", "256")
    pids = pids_of(prefix)

    why = syscope("why", "--json", prefix)
    finding = json.loads(why.stdout)["findings"][0]
    assert "/nonexistent/syscope-family.conf" in json.dumps(finding)

    summary = json.loads(syscope("summary", "--json", prefix).stdout)
    assert "/nonexistent/syscope-family.conf" in json.dumps(summary["missing"])

    tree = json.loads(syscope("tree", "--json", prefix).stdout)
    root = tree["tree"]
    assert len(root) == 1 and root[0]["pid"] == pids[0]
    assert sorted(c["pid"] for c in root[0]["children"]) == pids[1:]

    events = [json.loads(l) for l in syscope("read", "--json", prefix).stdout.splitlines()]
    assert {e["pid"] for e in events} == set(pids)
    execs = [e["pid"] for e in events if e.get("name") == "execve"]
    assert execs[0] == pids[0] and sorted(execs) == sorted(set(execs))

    out = tmp_path / "t.json"
    assert syscope("read", "--format=chrome-trace", "-o", str(out), prefix).returncode == 0
    assert {e["pid"] for e in json.loads(out.read_text())["traceEvents"] if "pid" in e} \
        >= set(pids)

    report = tmp_path / "r.html"
    r = syscope("report", "-o", str(report), prefix)
    assert r.returncode == 0 and "report of %d events" % len(events) in r.stderr


@needs_strace
def test_diff_of_two_sets_names_the_missing_file(tmp_path):
    cmd = ["sh", "-c", "cat app.conf > /dev/null && ls > /dev/null"]
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "app.conf").write_text("x\n")
    subprocess.run([STRACE, "-ff", "-tt", "-o", str(good / "run"), *cmd], cwd=good,
                   capture_output=True, timeout=60)
    subprocess.run([STRACE, "-ff", "-tt", "-o", str(bad / "run"), *cmd], cwd=bad,
                   capture_output=True, timeout=60)
    r = syscope("diff", "--json", str(good / "run"), str(bad / "run"))
    assert r.returncode == 1, r.stderr
    top = json.loads(r.stdout)["divergences"][0]
    assert "app.conf" in top["key"]


def write_set(directory, name, files: dict) -> str:
    prefix = os.path.join(directory, name)
    for pid, text in files.items():
        with open("%s.%d" % (prefix, pid), "w") as f:
            f.write(text)
    return prefix


def test_times_of_day_across_midnight(tmp_path):
    prefix = write_set(str(tmp_path), "m", {
        100: "23:59:59.900000 getpid() = 100\n00:00:00.300000 exit_group(0) = ?\n",
        101: "00:00:00.100000 getppid() = 100\n",                 # started after midnight
        99: "23:59:59.950000 getuid() = 0\n"})
    r = syscope("read", prefix)
    assert r.returncode == 0 and r.stderr == ""
    assert [l.split()[0] for l in r.stdout.splitlines()] == ["100", "99", "101", "100"]


def test_equal_times_come_in_the_order_of_the_file_names(tmp_path):
    # as strace-log-merge: trace.100 sorts before trace.99 by name
    prefix = write_set(str(tmp_path), "e", {99: "10:00:00.000001 getpid() = 99\n",
                                            100: "10:00:00.000001 getpid() = 100\n"})
    assert syscope("read", prefix).stdout == ("100 10:00:00.000001 getpid() = 100\n"
                                              "99  10:00:00.000001 getpid() = 99\n")


def test_a_set_of_many_processes_holds_few_files_open(tmp_path):
    """Processes one after another: the merge opens each file when it reaches it, so
    that a limit of 64 descriptors reads a set of 300 files."""
    files = {1000 + i: "10:00:%02d.%06d getpid() = %d\n10:00:%02d.%06d exit_group(0) = ?\n"
             % (i // 10, (i % 10) * 1000, 1000 + i, i // 10, (i % 10) * 1000 + 500)
             for i in range(300)}
    prefix = write_set(str(tmp_path), "many", files)
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64)); "
            "from syscope.cli import main; sys.exit(main(['read', '-e', 'trace=getpid', %r]))"
            % prefix)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert [int(l.split()[0]) for l in r.stdout.splitlines()] == sorted(files)
    assert all(re.match(r"\d+ 10:00:\d\d\.\d{6} getpid\(\) += \d+$", l)
               for l in r.stdout.splitlines())


@needs_strace
def test_a_set_with_a_file_left_empty_by_the_filter(tmp_path):
    """-qq -e trace=...: a subshell that makes no kept call leaves an empty file; the
    set is still a trace (only a set of empty files is refused, as an empty log is)."""
    prefix = os.path.join(str(tmp_path), "q")
    subprocess.run([STRACE, "-ff", "-qq", "-tt", "-e", "trace=execve,openat", "-o", prefix,
                    "sh", "-c", "(exit 0); cat /nonexistent/syscope-q.conf"],
                   capture_output=True, timeout=60)
    sizes = [os.path.getsize(p) for p in glob.glob(prefix + ".*")]
    assert 0 in sizes and len(sizes) >= 3
    for sub in (["summary"], ["tree"], ["why"], ["read", "--format=chrome-trace"]):
        r = syscope(*sub, prefix)
        assert r.returncode == 0 and r.stderr == "", (sub, r.stderr)
    assert "syscope-q.conf" in syscope("why", prefix).stdout
    for name in glob.glob(prefix + ".*"):
        open(name, "w").close()
    r = syscope("summary", prefix)
    assert r.returncode == 1 and r.stderr == "syscope: summary: '%s' is empty\n" % prefix
