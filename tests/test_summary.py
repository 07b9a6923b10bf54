"""syscope summary: the inventory of a scripted workload, from a log recorded by the real
strace and from a live trace, is exactly what the workload did."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys

import pytest

from difftool import SYSCOPE, STRACE

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
PY = "/usr/bin/python3"

# A thread holds a lock until the main thread has waited for it 0.6 s (a long futex
# wait), then a second thread blocks for ever and the process exits under it, once /proc
# shows that thread inside its futex call (syscall 202).  The 0.6 s count from when
# the main thread is seen waiting (in futex, asleep, not woken between two readings):
# on a loaded machine it may reach its wait late.
THREADS = """
import os, threading, time
lock = threading.Lock(); lock.acquire()
waiting = []
def reading(tid):
    task = "/proc/self/task/%d/" % tid
    stat = open(task + "stat").read()
    switches = [ln for ln in open(task + "status") if ln.startswith("voluntary")]
    return stat[stat.rindex(")") + 2], open(task + "syscall").read().split()[0], switches
def holder():
    last = None
    while True:
        now = reading(os.getpid()) if waiting else None
        if now is not None and now == last and now[:2] == ("S", "202"):
            break
        last = now
        time.sleep(0.01)
    time.sleep(0.6); lock.release()
threading.Thread(target=holder).start()
waiting.append(1)
lock.acquire()
ev = threading.Event()
waiter = threading.Thread(target=ev.wait)
waiter.start()
while not open("/proc/self/task/%d/syscall" % waiter.native_id).read().startswith("202 "):
    time.sleep(0.01)
os._exit(0)
"""

SCRIPT = """
cd "$1"
cat config.txt > out.txt
FOO=bar cat out.txt > copy.txt
rm out.txt
ls missing.txt 2>/dev/null
mkdir newdir
./noexec.sh 2>/dev/null
read line <&3
%(py)s -I -S -c 'import socket; s = socket.socket(); s.connect_ex(("127.0.0.1", %(port)d))'
%(py)s -I -S -c '%(threads)s'
exit 3
"""


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture
def workload(tmp_path):
    d = tmp_path / "work"
    d.mkdir()
    (d / "config.txt").write_text("key=value\n" * 3)
    (d / "noexec.sh").write_text("echo hi\n")
    os.chmod(d / "noexec.sh", 0o644)
    port = closed_port()
    script = tmp_path / "script.sh"
    script.write_text(SCRIPT % {"py": PY, "port": port, "threads": THREADS})
    fd = os.open("/etc/hostname" if os.path.exists("/etc/hostname") else "/etc/passwd",
                 os.O_RDONLY)
    yield {"dir": str(d), "cmd": ["sh", str(script), str(d)], "port": port, "fd": fd,
           "tmp": tmp_path}
    os.close(fd)


def as_fd3(fd):
    """Run the child with fd as its descriptor 3, inherited from outside the trace."""
    if fd is None:
        return {}
    return {"pass_fds": (3,), "preexec_fn": lambda: os.dup2(fd, 3)}


def run_summary(args, fd=None, cwd=None):
    r = subprocess.run(SYSCOPE + ["summary"] + args, capture_output=True, text=True,
                       timeout=120, cwd=cwd, **as_fd3(fd))
    assert "Traceback" not in r.stderr, r.stderr
    return r


def from_strace(w, flags=("-f", "-tt", "-T", "-v", "-s", "256")):
    log = str(w["tmp"] / "trace.log")
    subprocess.run([STRACE, *flags, "-o", log] + w["cmd"], capture_output=True, timeout=120,
                   stdin=subprocess.DEVNULL, **as_fd3(w["fd"]))
    r = run_summary(["--json", "--futex-min", "0.3", log])
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout), log


def live(w):
    report = str(w["tmp"] / "report.json")
    r = run_summary(["--json", "--futex-min", "0.3", "-o", report, "--"] + w["cmd"],
                    fd=w["fd"])
    assert r.returncode == 0, r.stderr
    with open(report) as f:
        return json.load(f)


def check_inventory(inv, w, futex_min_checked=True):
    d = w["dir"]
    files = {f["path"]: f for f in inv["files"]}
    assert inv["syscope"] == "summary" and inv["version"] == 1
    assert d + "/config.txt" in inv["opened"]
    assert files[d + "/config.txt"]["bytes_read"] == len("key=value\n" * 3)
    assert files[d + "/out.txt"]["created"] == 1
    assert files[d + "/out.txt"]["bytes_written"] == len("key=value\n" * 3)
    assert d + "/out.txt" in inv["deleted"] and d + "/copy.txt" not in inv["deleted"]
    assert d + "/copy.txt" in inv["written"]
    assert d + "/missing.txt" in inv["missing"]
    assert d + "/newdir" in inv["created"]
    assert d + "/noexec.sh" in inv["denied"]
    assert files[d + "/noexec.sh"]["errors"] == {"EACCES": 1}
    # who touched what
    assert files[d + "/missing.txt"]["processes"] == ["ls"]
    # commands: argv, cwd, exit status, parent
    cmds = [c for c in inv["commands"] if not c["error"]]
    argvs = [c["argv"] for c in cmds]
    assert ["cat", "config.txt"] in argvs and ["rm", "out.txt"] in argvs
    ls = next(c for c in cmds if c["argv"] == ["ls", "missing.txt"])
    assert ls["exit_code"] == 2 and ls["cwd"] == d and ls["parent_program"] == "sh"
    root = next(c for c in cmds if c["argv"][:1] == ["sh"])
    assert root["exit_code"] == 3 and root["parent"] is None
    failed = [c for c in inv["commands"] if c["error"]]
    assert [c["error"] for c in failed] == ["EACCES"] and failed[0]["exe"] == d + "/noexec.sh"
    # the network: one refused connection to the closed port
    conns = inv["network"]["connections"]
    addr = "127.0.0.1:%d" % w["port"]
    assert [c["result"] for c in conns if c["address"] == addr] == ["ECONNREFUSED"]
    # the process tree: every process but the root has a parent in the trace
    procs = {p["pid"]: p for p in inv["processes"]}
    roots = [p for p in procs.values() if p["parent"] not in procs]
    assert len(roots) == 1 and roots[0]["exit_code"] == 3
    threads = [p for p in procs.values() if p["thread"]]
    assert len(threads) == 2
    assert all(p["lifetime"] is not None and p["lifetime"] >= 0 for p in procs.values())
    # fd 3 came from outside: inherited at start
    assert [x["fd"] for x in inv["inherited_fds"]] == [0, 1, 2, 3]
    # latency: the 0.6 s lock wait is a long futex wait; the thread waiting on the
    # event never returns; the slowest calls include it
    waits = inv["futex"]["long_waits"]
    assert any(w_["duration"] >= 0.5 for w_ in waits), waits
    assert len(inv["futex"]["never_returned"]) == 1
    assert inv["latency"]["slowest"][0]["duration"] >= 0.5
    per = {r["syscall"]: r for r in inv["latency"]["per_syscall"]}
    assert per["futex"]["p99"] >= 0.5 and per["futex"]["p50"] <= per["futex"]["p95"]
    assert files[d + "/config.txt"]["time"]["count"] >= 2      # openat, read, close...
    totals = [p["total"] for p in inv["latency"]["per_path"]]
    assert totals and totals == sorted(totals, reverse=True)


def test_summary_of_strace_log(workload):
    inv, log = from_strace(workload)
    check_inventory(inv, workload)
    change = [e for e in inv["env_changes"] if e["program"] == "cat" and e.get("added")]
    assert change and change[0]["added"] == {"FOO": "bar"}


def test_summary_live(workload):
    inv = live(workload)
    check_inventory(inv, workload)
    assert inv["source"]["exit_status"] == 3


def test_summary_text_and_without_timings(workload):
    _, log = from_strace(workload, flags=("-f",))
    r = run_summary(["--top", "1000", log])
    assert r.returncode == 0
    assert "Missing (ENOENT)" in r.stdout and workload["dir"] + "/missing.txt" in r.stdout
    assert "no call durations" in r.stdout
    assert "ECONNREFUSED" in r.stdout


BAD_INPUTS = [("nope.log", None, "No such file"), ("empty.log", b"", "is empty"),
              (".", None, "is a directory"), ("bin", bytes(range(256)) * 8, "binary"),
              ("t.txt", b"hello\nworld\n", "no strace output")]


@pytest.mark.parametrize("name,content,message", BAD_INPUTS)
def test_bad_input(tmp_path, name, content, message):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    r = run_summary([str(tmp_path / name)])
    assert r.returncode != 0 and message in r.stderr and r.stderr.startswith("syscope: ")


def test_bad_options():
    for args in (["--bogus", "x"], ["--top", "x", "a.log"], [], ["--"]):
        r = run_summary(args)
        assert r.returncode == 1 and r.stderr.startswith("syscope: summary: "), r.stderr
    r = run_summary(["-h"])
    assert r.returncode == 0 and "Examples:" in r.stdout
    r = run_summary(["--", "/nonexistent/prog"])
    assert r.returncode == 1 and "Can't stat" in r.stderr


LOG_WITH_REUSED_PID = """\
100 execve("/bin/sh", ["sh"], 0x7ffd0000 /* 3 vars */) = 0
100 chdir("/srv") = 0
101 execve("./tool", ["./tool"], 0x7ffd0000 /* 3 vars */) = -1 EACCES (Permission denied)
101 exit_group(126) = ?
101 +++ exited with 126 +++
100 vfork() = 101
100 wait4(-1, NULL, 0, NULL) = 101
101 execve("/bin/true", ["true"], 0x7ffd0000 /* 3 vars */) = 0
101 exit_group(0) = ?
101 +++ exited with 0 +++
100 vfork() = 101
100 +++ exited with 0 +++
"""


def test_vfork_children_and_reused_pids(tmp_path):
    """A vfork child's calls come before the vfork returns in its parent: its cwd is
    the parent's all the same; a pid used twice is two processes, never a cycle."""
    log = tmp_path / "reuse.log"
    log.write_text(LOG_WITH_REUSED_PID)
    r = run_summary(["--json", str(log)])
    assert r.returncode == 0, r.stderr
    inv = json.loads(r.stdout)
    assert inv["denied"] == ["/srv/tool"]
    procs = inv["processes"]
    assert sorted(p["pid"] for p in procs) == [100, 101, 101]
    assert sorted((p["program"], p["exit_code"]) for p in procs if p["pid"] == 101) == \
        [("sh", 126), ("true", 0)]      # the first never became tool: its exec failed
    assert [c["argv"] for c in inv["commands"] if not c["error"]] == [["sh"], ["true"]]
    r = run_summary([str(log)])
    assert r.returncode == 0 and r.stdout.count("pid 101") == 2, r.stdout


TIMED_LOG = """\
100 10:00:00.000000 read(0, "a", 1) = 1 <0.000040>
100 10:00:00.000100 read(0, "b", 1) = 1 <0.000010>
100 10:00:00.000200 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED} ---
100 10:00:00.000300 read(0, "c", 1) = 1 <0.000030>
100 10:00:00.000400 stat("/nowhere", 0x7ffd) = -1 ENOENT (No such file or directory) <0.000020>
100 10:00:00.000500 clone(child_stack=NULL, flags=SIGCHLD) = 101 <0.000050>
101 10:00:00.000600 exit_group(0) = ?
101 10:00:00.000700 +++ exited with 0 +++
100 10:00:00.000800 clone(child_stack=NULL, flags=SIGCHLD) = 101 <0.000060>
101 10:00:00.000900 write(1, "x", 1) = 1 <0.000001>
101 10:00:00.001000 +++ exited with 0 +++
100 10:00:00.001100 +++ exited with 0 +++
"""


def test_counts_and_percentiles(tmp_path):
    """Every event and call counted, a pid used twice included; P50/P95/P99 the values
    at nearest rank, and a process's end its last call's return."""
    log = tmp_path / "timed.log"
    log.write_text(TIMED_LOG)
    r = run_summary(["--json", str(log)])
    assert r.returncode == 0, r.stderr
    inv = json.loads(r.stdout)
    assert {k: inv["counts"][k] for k in ("events", "syscalls", "signals", "processes")} == \
        {"events": 12, "syscalls": 8, "signals": 1, "processes": 2}
    per = {row["syscall"]: row for row in inv["latency"]["per_syscall"]}
    assert (per["read"]["count"], per["read"]["p50"], per["read"]["p95"],
            per["read"]["max"]) == (3, 0.00003, 0.00004, 0.00004)
    assert (per["stat"]["errors"], per["clone"]["p50"], per["clone"]["p99"]) == \
        (1, 0.00005, 0.00006)
    ends = sorted((p["pid"], p["syscalls"], p["end"]) for p in inv["processes"])
    assert ends == [(100, 6, 36000.0011), (101, 1, 36000.0007), (101, 1, 36000.001)]
