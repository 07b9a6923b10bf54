"""syscope diff: the same program traced (by the real strace) in a working and in a broken
environment; the top divergence names the difference, with both sides' lines."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile

import pytest

from difftool import SYSCOPE, STRACE

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")
PY = "/usr/bin/python3"
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def work():
    d = tempfile.mkdtemp(prefix="syscope-diff-")
    os.chmod(d, 0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def record(d, name, cmd, env=None, flags=("-f", "-v", "-s", "256")):
    log = os.path.join(d, name)
    subprocess.run([STRACE, *flags, "-o", log] + cmd, cwd=d, capture_output=True,
                   timeout=60, env=env, stdin=subprocess.DEVNULL)
    return log


def diff(*args):
    r = subprocess.run(SYSCOPE + ["diff", "--json", "--top", "0", *args],
                       capture_output=True, text=True, timeout=120)
    assert "Traceback" not in r.stderr and r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout), r.returncode


def line_of(log, n):
    with open(log, errors="replace") as f:
        for i, line in enumerate(f, 1):
            if i == n:
                return line
    return ""


def check_sides(top, good_log, bad_log):
    """Both sides' lines are there, and the line numbers point at those calls."""
    for side, log in (("good", good_log), ("bad", bad_log)):
        s = top[side]
        if s is None:
            continue
        call = s["text"].split("(", 1)[0]
        assert call in line_of(log, s["line"]), (side, s, line_of(log, s["line"]))


APP = """cd "$(dirname "$0")"
cat app.conf > /dev/null || { echo "app: cannot load configuration" >&2; exit 1; }
ls . > /dev/null
"""


def test_missing_config(work):
    open(os.path.join(work, "app.sh"), "w").write(APP)
    open(os.path.join(work, "app.conf"), "w").write("x=1\n")
    good = record(work, "good.log", ["sh", "app.sh"])
    os.unlink(os.path.join(work, "app.conf"))
    bad = record(work, "bad.log", ["sh", "app.sh"])
    r, status = diff(good, bad)
    assert status == 1 and r["syscope"] == "diff" and r["version"] == 1
    top = r["divergences"][0]
    assert (top["kind"], top["key"]) == ("file", work + "/app.conf")
    assert top["good"]["outcome"] == "ok" and top["bad"]["outcome"] == "ENOENT"
    check_sides(top, good, bad)
    kinds = [d["kind"] for d in r["divergences"]]
    assert "exit" in kinds            # the consequence is there too, ranked after the cause
    # the same run twice: nothing diverges, whatever the pids, addresses and times
    again = record(work, "again.log", ["sh", "app.sh"])
    r, status = diff(bad, again)
    assert status == 0 and r["divergences"] == [], r["divergences"][:3]


def test_missing_config_live(work):
    open(os.path.join(work, "app.sh"), "w").write(APP)
    open(os.path.join(work, "app.conf"), "w").write("x=1\n")
    good = record(work, "good.log", ["sh", "app.sh"])
    os.unlink(os.path.join(work, "app.conf"))
    r = subprocess.run(SYSCOPE + ["diff", "--json", "-o", os.path.join(work, "r.json"),
                                  "--run", good, "--", "sh", os.path.join(work, "app.sh")],
                       capture_output=True, text=True, timeout=120, cwd=work)
    assert r.returncode == 1, r.stderr
    top = json.load(open(os.path.join(work, "r.json")))["divergences"][0]
    assert (top["kind"], top["key"]) == ("file", work + "/app.conf")
    assert top["bad"]["line"] is None and top["bad"]["event"] > 0


def test_different_env_var(work):
    script = 'case "$MODE" in prod) cat prod.conf ;; *) cat dev.conf ;; esac > /dev/null\n'
    open(os.path.join(work, "run.sh"), "w").write(script)
    for name in ("prod.conf", "dev.conf"):
        open(os.path.join(work, name), "w").write(name)
    good = record(work, "good.log", ["sh", "run.sh"], env=dict(os.environ, MODE="prod"))
    bad = record(work, "bad.log", ["sh", "run.sh"], env=dict(os.environ, MODE="dev"))
    r, _ = diff(good, bad)
    top = r["divergences"][0]
    assert (top["kind"], top["key"]) == ("env", "MODE"), top
    check_sides(top, good, bad)
    # without -v the environment is not in the log: the different argv comes first
    good = record(work, "good2.log", ["sh", "run.sh"], env=dict(os.environ, MODE="prod"),
                  flags=("-f",))
    bad = record(work, "bad2.log", ["sh", "run.sh"], env=dict(os.environ, MODE="dev"),
                 flags=("-f",))
    r, _ = diff(good, bad)
    top = r["divergences"][0]
    assert top["kind"] == "exec" and top["key"] == "/usr/bin/cat", top
    assert "prod.conf" in top["good"]["text"] and "dev.conf" in top["bad"]["text"]


def test_different_path(work):
    bindir = os.path.join(work, "bin")
    os.mkdir(bindir)
    with open(os.path.join(bindir, "mytool"), "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(os.path.join(bindir, "mytool"), 0o755)
    open(os.path.join(work, "run.sh"), "w").write("mytool\n")
    path = os.environ.get("PATH", "/usr/bin:/bin")
    good = record(work, "good.log", ["sh", "run.sh"], env=dict(os.environ, PATH=bindir + ":" + path),
                  flags=("-f",))
    bad = record(work, "bad.log", ["sh", "run.sh"], env=dict(os.environ, PATH=path),
                 flags=("-f",))
    r, _ = diff(good, bad)
    top = r["divergences"][0]
    assert top["kind"] == "file" and top["key"] == bindir + "/mytool", top
    assert top["good"]["outcome"] == "ok" and top["bad"]["outcome"] == "ENOENT"
    assert "/mytool" in top["bad"]["text"]
    check_sides(top, good, bad)


def test_denied_directory(work):
    data = os.path.join(work, "data")
    os.mkdir(data)
    open(os.path.join(data, "db.txt"), "w").write("rows\n")
    os.chmod(os.path.join(data, "db.txt"), 0o644)
    cmd = NOBODY + ["cat", data + "/db.txt"]
    os.chmod(data, 0o755)
    good = record(work, "good.log", cmd)
    os.chmod(data, 0o700)
    bad = record(work, "bad.log", cmd)
    r, _ = diff(good, bad)
    top = r["divergences"][0]
    assert (top["kind"], top["key"]) == ("file", data + "/db.txt"), top
    assert top["bad"]["outcome"] == "EACCES"


def test_closed_port(work):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    port = server.getsockname()[1]
    code = ("import socket, sys; s = socket.socket(); "
            "sys.exit(s.connect_ex(('127.0.0.1', %d)) != 0)" % port)
    try:
        good = record(work, "good.log", [PY, "-I", "-S", "-c", code])
    finally:
        server.close()
    bad = record(work, "bad.log", [PY, "-I", "-S", "-c", code])
    r, _ = diff(good, bad)
    top = r["divergences"][0]
    assert (top["kind"], top["key"]) == ("network", "127.0.0.1:%d" % port), top
    assert top["good"]["outcome"] == "ok" and top["bad"]["outcome"] == "ECONNREFUSED"
    check_sides(top, good, bad)


def test_different_library(work):
    """LD_LIBRARY_PATH picks up another copy of a library: a different target opened."""
    lib = next((p for p in ("/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/"
                            "libz.so.1") if os.path.exists(p)), None)
    if lib is None:
        pytest.skip("no libz")
    other = os.path.join(work, "lib")
    os.mkdir(other)
    shutil.copy(lib, other)
    cmd = [PY, "-I", "-S", "-c", "import ctypes; ctypes.CDLL('libz.so.1')"]
    good = record(work, "good.log", cmd, flags=("-f",))
    bad = record(work, "bad.log", cmd, env=dict(os.environ, LD_LIBRARY_PATH=other),
                 flags=("-f",))
    r, _ = diff(good, bad)
    paths = [d for d in r["divergences"] if d["kind"] == "path" and d["good"] and d["bad"]]
    assert paths and paths[0]["key"] == other + "/libz.so.1", r["divergences"][:5]
    assert lib.rsplit("/", 1)[1] in paths[0]["good"]["text"]


@pytest.mark.parametrize("args,message", [
    (["only-one.log"], "two logs"), ([], "two logs"), (["--bogus", "a", "b"], "unrecognized"),
    (["--run", "a.log"], "--run takes"), (["/nonexistent/a", "/nonexistent/b"], "Can't open"),
])
def test_bad_input(args, message):
    r = subprocess.run(SYSCOPE + ["diff"] + args, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, r.stderr
