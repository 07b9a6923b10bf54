"""Differential testing against the installed strace: run a workload under both
tracers with the same options, normalise what varies from run to run, compare.

Normalisation (what legitimately differs between two runs of the same program):
addresses, pids and tids, times and durations, random bytes, kernel counters
(sysinfo, rusage, clock readings), inode numbers and ephemeral ports.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

STRACE = shutil.which("strace") or "/usr/bin/strace"
SYSCOPE = [sys.executable, "-m", "syscope"]

HEX_RE = re.compile(r"\b0x[0-9a-f]{5,}\b")
TIME_FIELD_RE = re.compile(r"\b(tv_sec|tv_nsec|tv_usec|uptime|freeram|sharedram|bufferram|"
                           r"procs|st_atime|st_atime_nsec|st_mtime|st_mtime_nsec|st_ctime|"
                           r"st_ctime_nsec|ru_\w+|si_utime|si_stime|f_bfree|f_bavail|f_ffree|"
                           r"st_ino|d_ino|d_off|stx_ino|inode|u64|u32|totalram|loads)="
                           r"(\[[^\]]*\]|-?\d+)")
LEADING_TIME_RE = re.compile(r"^((?:\[pid\s+\d+\] |\d+ +)?)"
                             r"(\d\d:\d\d:\d\d(?:\.\d+)? |\d{9,}(?:\.\d+)? )?"
                             r"(\(\+\s*\d+\.\d+\) |\s*\d+\.\d+ )?")
DURATION_RE = re.compile(r" <\d+\.\d+>$")
PID_PREFIX_RE = re.compile(r"^(?:\[pid\s+(\w+)\] |(\d+|PID\d+)(?:<[^>]*>)? +)")  # -Y: pid<comm>
GETRANDOM_RE = re.compile(r'(getrandom\()"[^"]*"(\.\.\.)?')
COMMENT_TIME_RE = re.compile(r" /\* \d{4}-\d\d-\d\dT[^*]*\*/")
SOCKET_INODE_RE = re.compile(r"((?:socket|pipe|UNIX|UNIX-STREAM|NETLINK|TCP|UDP|TCPv6|UDPv6):\[)"
                             r"(\d+)(->(\d+))?")
PORT_RE = re.compile(r"htons\((\d{4,5})\)|:(\d{4,5})(?=[\]\-])")
VARS_RE = re.compile(r"/\* \d+ vars \*/")
# netlink port ids the kernel assigns, sequence numbers programs take from the clock
NETLINK_PORT_RE = re.compile(r"\b(nlmsg_pid|nl_pid|nlmsg_seq)=(-?\d+)")


@dataclass
class Run:
    lines: list[str]
    returncode: int
    stderr: str


ADDR_NO_RANDOMIZE = 0x0040000


def without_aslr() -> None:
    """The same addresses on every run (the tracer and, through exec, the program): with
    a randomised heap start, which call first needs more heap, and so where an
    allocator's brk or arena mmap falls, changes from run to run."""
    import ctypes
    ctypes.CDLL(None).personality(ADDR_NO_RANDOMIZE)


def run_tracer(tracer: list[str], options: list[str], command: list[str], cwd: str,
               env: dict | None = None, timeout: float = 60, stdin=None) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "trace")
        argv = tracer + ["-o", out] + options + command
        p = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL if stdin is None else stdin,
                           preexec_fn=without_aslr)
        lines: list[str] = []
        contents = {}
        for f in os.listdir(tmp):
            if f.startswith("trace"):
                with open(os.path.join(tmp, f), errors="replace") as fh:
                    contents[f.partition(".")[2]] = fh.read().splitlines()
        for pid in tree_order(contents):
            lines += ["%-5s %s" % (pid, ln) for ln in contents[pid]] if len(contents) > 1 \
                else contents[pid]
        return Run(lines, p.returncode, p.stderr.decode(errors="replace"))


CHILD_RETURN_RE = re.compile(r"^(?:clone3?|v?fork|<\.\.\. (?:clone3?|v?fork) resumed>).*= (\d+)")


def tree_order(files: dict[str, list[str]]) -> list[str]:
    """The pids of -ff's files, each parent before its children in the order it created
    them: the order of their numbers changes from run to run (pids wrap around)."""
    children: dict[str, list[str]] = {}
    for pid, lines in files.items():
        children[pid] = [m.group(1) for ln in lines for m in [CHILD_RETURN_RE.match(ln)]
                         if m and m.group(1) in files]
    born = {c for kids in children.values() for c in kids}
    order: list[str] = []

    def visit(pid: str) -> None:
        if pid not in order:
            order.append(pid)
            for child in children[pid]:
                visit(child)
    for root in sorted((p for p in files if p not in born), key=lambda p: int(p or 0)):
        visit(root)
    for pid in sorted(files, key=lambda p: int(p or 0)):      # a cycle (pid reuse)
        visit(pid)
    return order


# Where strace prints a pid.  A pid is only rewritten there: the same number elsewhere
# (a read of 832 bytes, a 4096-byte mmap) is not a pid, and rewriting it would make two
# runs differ whenever a pid happens to equal it.
PID_SPOT_RE = re.compile(
    r"(?:^\[pid\s+|^|si_pid=|tid=\[|/proc/|execve in pid |\b(?:wait4|waitid\(P_PID,|kill|tkill|"
    r"tgkill|getpgid|getsid|setpgid|pidfd_open|prlimit64|sched_\w+|process_vm_\w+|"
    r"ptrace\(\w+,)\(? ?)"
    r"(\d+)\b")
TGKILL_TID_RE = re.compile(r"\btgkill\(\w+, (\d+)\b")
PID_RETURN_RE = re.compile(r"\b(?:clone3?|v?fork|wait4|waitid|getpgid|getsid|setsid|getpgrp|"
                           r"getpid|gettid|getppid|set_tid_address|rt_sigreturn)"
                           r"(?:\(| resumed>).*= (\d+)( <[^>]*>)?$")


def replace_pids(ln: str, pids: dict[str, str]) -> str:
    def spot(m):
        num = m.group(1)
        if num not in pids:
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start(0)] + pids[num]
    ln = PID_SPOT_RE.sub(spot, ln)
    ln = TGKILL_TID_RE.sub(spot, ln)
    m = PID_RETURN_RE.search(ln)
    if m and m.group(1) in pids:
        ln = ln[:m.start(1)] + pids[m.group(1)] + ln[m.end(1):]
    return ln


# strace pads a pid to five columns ('%-5d ' before a line, '[pid %5d] '): a pid of
# another width pads differently, and pids cross from 4 to 5 digits (or wrap to 3 at
# pid_max) between two runs on a busy machine.  Correct padding becomes one space;
# wrong padding stays, marked, so that it still shows as a difference.
PID_COLUMN_RE = re.compile(r"^(\[pid( +)(\d+)\] |(\d+)( +))")


def pid_column(ln: str) -> str:
    m = PID_COLUMN_RE.match(ln)
    if m is None:
        return ln
    if m.group(3) is not None:
        if len(m.group(2)) == 1 + max(0, 5 - len(m.group(3))):
            return "[pid %s] " % m.group(3) + ln[m.end():]
    elif len(m.group(5)) == 1 + max(0, 5 - len(m.group(4))):
        return m.group(4) + " " + ln[m.end():]
    return "(misaligned) " + ln


def normalize(lines: list[str]) -> list[str]:
    """Make two runs of the same workload comparable."""
    pids: dict[str, str] = {}
    ports: dict[str, str] = {}
    inodes: dict[str, str] = {}
    nlports: dict[str, str] = {"0": "0"}

    def pid_token(p: str) -> str:
        if p not in pids:
            pids[p] = "PID%d" % len(pids)
        return pids[p]

    # First pass: learn the pids in order of appearance (prefixes and fork returns).
    for ln in lines:
        m = PID_PREFIX_RE.match(ln)
        if m:
            pid_token(m.group(1) or m.group(2))
        m = re.match(r"^(?:set_tid_address|getpid|gettid)\(.*= (\d+)$", ln)
        if m:
            pid_token(m.group(1))
        for m in re.finditer(r"si_pid=(\d+)", ln):
            pid_token(m.group(1))
        m = re.search(r"^(?:\S+ +)?(?:clone3?|fork|vfork|<\.\.\. (?:clone3?|v?fork) resumed>)"
                      r".*= (\d+)$", ln)
        if m:
            pid_token(m.group(1))
    out = []
    for ln in lines:
        ln = pid_column(ln)
        ln = LEADING_TIME_RE.sub(lambda m: m.group(1) + ("TIME " if m.group(2) else "")
                                 + ("REL " if m.group(3) else ""), ln, count=1)
        ln = DURATION_RE.sub(" <DUR>", ln)
        ln, nhex = HEX_RE.subn("0xADDR", ln)
        if nhex:   # addresses of another width shift the '=' column
            ln = re.sub(r"\) +(= [^=]*)$", r") \1", ln)
        ln = GETRANDOM_RE.sub(r'\1"RANDOM"\2', ln)
        ln = COMMENT_TIME_RE.sub(" /* TIME */", ln)
        ln = TIME_FIELD_RE.sub(lambda m: m.group(1) + "=N", ln)
        ln = SOCKET_INODE_RE.sub(lambda m: m.group(1) + inodes.setdefault(
            m.group(2), "INO%d" % len(inodes)) + ("->" + inodes.setdefault(
                m.group(4), "INO%d" % len(inodes)) if m.group(3) else ""), ln)
        ln = PORT_RE.sub(lambda m: "htons(%s)" % ports.setdefault(m.group(1), "PORT%d" % len(ports))
                         if m.group(1) else ":" + ports.setdefault(m.group(2), "PORT%d"
                                                                    % len(ports)), ln)
        ln = NETLINK_PORT_RE.sub(lambda m: "%s=%s" % (m.group(1), "CLOCK" if m.group(1) ==
                                 "nlmsg_seq" and len(m.group(2)) >= 10 else nlports.setdefault(
            m.group(1)[-3:] + m.group(2), "NL%d" % len(nlports))), ln)
        ln = re.sub(r"\b(set_tid_address|getpid|gettid|getppid)\((.*)\)( +)= \d+",
                    r"\1(\2)\3= N", ln)
        if pids:
            ln = replace_pids(ln, pids)
        out.append(ln)
    return out


def join_unfinished(lines: list[str]) -> list[str]:
    """Join '<unfinished ...>' with its '<... resumed>' per pid so interleaving does not count."""
    pending: dict[str, int] = {}
    out: list[str] = []
    for ln in lines:
        m = PID_PREFIX_RE.match(ln)
        key = (m.group(1) or m.group(2)) if m else ""
        body = ln[m.end():] if m else ln
        prefix = ln[:m.end()] if m else ""
        body = DURATION_RE.sub("", body) if body.endswith(" <unfinished ...>") else body
        if body.endswith(" <unfinished ...>"):
            pending[key] = len(out)
            out.append(prefix + body[:-len(" <unfinished ...>")])
            continue
        r = re.match(r"(?:\d\d:\d\d:\d\d(?:\.\d+)? |\d+\.\d+ |\(\+ *\d+\.\d+\) | *\d+\.\d+ )*"
                     r"<\.\.\. \w+ resumed>", body)
        if r and key in pending:
            i = pending.pop(key)
            out[i] = out[i] + body[r.end():]
            continue
        out.append(ln)
    return out


def collapse_padding(line: str) -> str:
    return re.sub(r"\) +(= [^=]*)$", r") \1", line)


def per_pid(lines: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for ln in lines:
        m = PID_PREFIX_RE.match(ln)
        key = (m.group(1) or m.group(2)) if m else ""
        groups.setdefault(key, []).append(ln[m.end():] if m else ln)
    return groups


def agreement(expected: list[str], actual: list[str]) -> tuple[int, int, list[str]]:
    """(identical lines, total lines, a unified diff) -- total is the larger side."""
    sm = difflib.SequenceMatcher(a=expected, b=actual, autojunk=False)
    same = sum(b.size for b in sm.get_matching_blocks())
    diff = list(difflib.unified_diff(expected, actual, "strace", "syscope", n=0, lineterm=""))
    return same, max(len(expected), len(actual)), diff


QUOTED_PATH_RE = re.compile(r'"(/[^"]+)"')


def system_files_changed(lines: list[str], since_ns: int, cwd: str) -> bool:
    """Whether a file outside the test's own directories that the trace names was
    rewritten since since_ns (ldconfig replacing /etc/ld.so.cache, an account added to
    /etc/passwd): the two runs then read different files and cannot be compared."""
    own = (os.path.realpath(cwd), os.path.realpath(tempfile.gettempdir()))
    for path in {m.group(1) for ln in lines for m in QUOTED_PATH_RE.finditer(ln)}:
        if path.startswith(("/proc/", "/dev/", "/sys/")) or \
                os.path.realpath(path).startswith(own):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue
        if max(st.st_ctime_ns, st.st_mtime_ns) >= since_ns:
            return True
    return False


def run_pair(options: list[str], command: list[str], cwd: str, env: dict | None,
             stdin=None, second_env: dict | None = None,
             tracers=([STRACE], SYSCOPE)) -> tuple[Run, Run]:
    """The workload under strace, then under syscope (or whatever two tracers), with the
    same system files: a pair during which the system rewrote a file the program reads
    is run again."""
    for _ in range(3):
        start = time.time_ns()
        ref = run_tracer(tracers[0], options, command, cwd, env, stdin=stdin)
        got = run_tracer(tracers[1], options, command, cwd, second_env or env, stdin=stdin)
        if not system_files_changed(ref.lines + got.lines, start, cwd):
            break
    return ref, got


def compare(options: list[str], command: list[str], cwd: str, env: dict | None = None,
            multi: bool = False, stdin=None) -> tuple[int, int, list[str]]:
    ref, got = run_pair(options, command, cwd, env, stdin)
    if not multi:
        exp, act = normalize(ref.lines), normalize(got.lines)
        return agreement(exp, act)
    # Interleaving differs run to run: join split calls, then ignore the '=' column.
    exp = [collapse_padding(x) for x in normalize(join_unfinished(ref.lines))]
    act = [collapse_padding(x) for x in normalize(join_unfinished(got.lines))]
    same = total = 0
    diff: list[str] = []
    e_groups, a_groups = per_pid(exp), per_pid(act)
    for key in sorted(set(e_groups) | set(a_groups)):
        s, t, d = agreement(e_groups.get(key, []), a_groups.get(key, []))
        same += s
        total += t
        diff += d
    return same, total, diff
