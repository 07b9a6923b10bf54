"""Record the scenarios with the real strace into a directory, and score `syscope why`
on such a directory.

    python tests/scenarios/record.py record DIR [NAME...]
    python tests/scenarios/record.py score DIR

Each scenario leaves DIR/NAME.log (the strace -f -s 256 trace) and DIR/NAME.json (its
expectation, with the scratch directory it ran in)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from scenarios import hangs                                   # noqa: E402
from scenarios.hard import HARD                              # noqa: E402
from scenarios.kinds import KINDS, Unavailable               # noqa: E402
from scenarios.scenarios import SCENARIOS, mismatches        # noqa: E402
from scenarios.variants import VARIANTS                     # noqa: E402

STRACE = shutil.which("strace") or "/usr/bin/strace"
ALL = SCENARIOS + HARD + KINDS + VARIANTS


def interrupt(p: subprocess.Popen) -> None:
    """SIGINT to strace until it has let its tracees go (a SIGINT during its own start-up
    waits)."""
    deadline = time.monotonic() + 30
    while p.poll() is None and time.monotonic() < deadline:
        kids = hangs.tree(p.pid)
        p.send_signal(signal.SIGINT)
        settle = time.monotonic() + 0.5
        while any(hangs.traced(k) for k in kids) and time.monotonic() < settle:
            time.sleep(0.01)
        if kids and not any(hangs.traced(k) for k in kids):
            break


def record_one(log: str, cmd: list, cwd: str, expected: dict, cleanup) -> None:
    """Record cmd with the real strace -f -s 256, or with the options `_strace_opts`
    names, in cwd (or its subdirectory `_cwd`); cmd may start with `-u USER`.  With
    `_strace_timeout`, strace is interrupted while the program still runs: the trace ends
    mid-call; the program is released (cleanup) once strace has detached from it.  With
    `_attach`, the program is started first and strace attaches to it (-p).  Both happen
    once the program is seen waiting in one of the calls `_blocked_in` names (their
    values are then only bounds, in seconds), or without it after that many seconds;
    a program under `timeout` (hangs.until_killed) is killed by it at that moment."""
    blocked_in = expected.get("_blocked_in")
    opts = cmd[:2] if cmd[0] == "-u" else []
    cmd = cmd[2:] if opts else cmd
    if expected.get("_strace_timeout"):
        opts = ["-I", "1"] + opts      # strace -o FILE PROG ignores SIGINT by default
    argv = [STRACE] + expected.get("_strace_opts", ["-f", "-s", "256"]) + ["-o", log] + \
        opts + cmd
    cwd = os.path.join(cwd, expected.get("_cwd", ""))
    before = None
    if expected.get("_attach"):
        # strace -p: the program runs first; strace attaches once it waits
        target = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  stdin=subprocess.DEVNULL, cwd=cwd)
        if blocked_in:
            found = hangs.wait_blocked(target.pid, blocked_in, expected["_attach"],
                                       include_root=True)
            before = found and found[1]
        else:
            time.sleep(expected["_attach"])
        argv = argv[:argv.index("-o") + 2] + ["-p", str(target.pid)]
        done = cleanup

        def cleanup():
            if done:
                done()
            target.kill()
            target.wait()
    # strace keeps a signal ignored that it inherited ignored (a shell's background job):
    # SIGINT must reach it with its default disposition
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        if blocked_in:
            root = target.pid if expected.get("_attach") else p.pid
            found = hangs.wait_blocked(root, blocked_in, expected.get("_strace_timeout") or
                                       hangs.BOUND, include_root=root != p.pid,
                                       unlike=before,
                                       must_be_traced=bool(expected.get("_attach")))
            if found is None:
                print("never seen waiting in %s: ended by the safety net" % (blocked_in,),
                      file=sys.stderr)
            if expected.get("_strace_timeout"):
                interrupt(p)
            else:
                hangs.fire_timeout(p.pid)
        try:
            if p.poll() is None and not (blocked_in and expected.get("_strace_timeout")):
                p.wait(expected.get("_strace_timeout") or 60)
        except subprocess.TimeoutExpired:
            interrupt(p)
        if cleanup:
            cleanup()
            cleanup = None
        p.wait(60)
    finally:
        if p.poll() is None:
            p.kill()
        if cleanup:
            cleanup()


def record(out_dir: str, names: list[str], keep: bool = True) -> None:
    """keep: leave the scratch directories, so `why` can consult the files later."""
    os.makedirs(out_dir, exist_ok=True)
    for s in ALL:
        if names and s.name not in names:
            continue
        d = tempfile.mkdtemp(prefix="syscope-scn-")
        os.chmod(d, 0o755)
        try:
            try:
                cmd, expected, cleanup = s.prepare(d)
            except Unavailable as e:
                print("skipped", s.name, "(needs %s)" % e)
                continue
            record_one(os.path.join(out_dir, s.name + ".log"), cmd, d, expected, cleanup)
            with open(os.path.join(out_dir, s.name + ".json"), "w") as f:
                json.dump(expected, f)
            print("recorded", s.name)
        finally:
            if not keep:
                shutil.rmtree(d, ignore_errors=True)


def score(out_dir: str) -> int:
    names = sorted(x[:-5] for x in os.listdir(out_dir) if x.endswith(".json"))
    good = 0
    for name in names:
        log = os.path.join(out_dir, name + ".log")
        with open(os.path.join(out_dir, name + ".json")) as f:
            expected = json.load(f)
        r = subprocess.run([sys.executable, "-m", "syscope", "why", "--json", log],
                           capture_output=True, text=True, timeout=120)
        try:
            report = json.loads(r.stdout)
            top = report["findings"][0] if report["findings"] else {}
        except (ValueError, KeyError):
            print("CRASH %-24s %s" % (name, r.stderr.strip()[-200:]))
            continue
        lines = None
        if os.path.exists(log):        # else a -ff set: why reads it by its prefix
            with open(log, errors="replace") as f:
                lines = f.read().splitlines()
        bad = mismatches(top, expected, lines)
        good += not bad
        print("%s %-24s %s" % ("ok  " if not bad else "MISS", name, "" if not bad else
                               "%s | got %s %s %s %s line %s" % (
                                   ",".join(bad), top.get("syscall"), top.get("errno"),
                                   top.get("path"), top.get("address"), top.get("line"))))
    print("%d/%d right" % (good, len(names)))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("record", "score"):
        sys.exit(__doc__)
    if sys.argv[1] == "record":
        record(sys.argv[2], sys.argv[3:])
    else:
        score(sys.argv[2])
