#!/usr/bin/env python3
"""syscope against strace on the programs users trace, as ratios measured in one run.

    .venv/bin/python bench/run.py                 # the standard set (~6 min on 2 busy cores)
    .venv/bin/python bench/run.py --quick         # 3 repetitions, shorter workloads
    .venv/bin/python bench/run.py --heavy         # adds find /usr (~350k syscalls), also -c
    .venv/bin/python bench/run.py --syscall-loop  # adds the getppid loop (not in the mean)
    .venv/bin/python bench/run.py --json out.json --syscope PATH --only find,git --no-read

Every workload runs under syscope, strace and untraced, alternated (A B C A B C ...) so
that load changes hit all three alike.  The machine is shared and noisy: read the ratios,
not the seconds.  A ratio is the median of pairwise ratios (repetition i of syscope over
repetition i of strace).  CPU is user+sys of the whole process tree (wait4's rusage).
The syscope under test is the command users run, the `syscope` launcher installed beside
the Python running this script (else `-m syscope`; bytecode compiled first), or --syscope
PATH; strace is /usr/bin/strace.  Log reading
rates come from bench/read_rates.py when it is there (--no-read skips them)."""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STRACE = "/usr/bin/strace" if os.path.exists("/usr/bin/strace") else shutil.which("strace")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
# Installed packages have their bytecode compiled; a development shell that sets
# PYTHONDONTWRITEBYTECODE would make every run recompile syscope from source.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TOOLS = ("syscope", "strace", "untraced")
FULL = ["-f", "-o", "/dev/null"]


# -- one timed run --------------------------------------------------------------------
def run_once(argv: list[str], cwd: str | None = None) -> dict:
    """Wall seconds and CPU seconds (user+sys of the process tree) of one run."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         stdin=subprocess.DEVNULL, env=ENV, cwd=cwd)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "exit": p.returncode}


class Workload:
    """A program and how each tool runs it.  `prefix` holds the tracer's options."""
    attach = False

    def __init__(self, name: str, argv: list[str], prefix: list[str] = FULL,
                 cwd: str | None = None, before=None, in_mean: bool = True):
        self.name, self.argv, self.prefix, self.cwd = name, argv, prefix, cwd
        self.before = before          # untimed, before every run (make clean)
        self.in_mean = in_mean

    def command(self, tool: str, syscope: list[str]) -> list[str]:
        if tool == "untraced":
            return self.argv
        return (syscope if tool == "syscope" else [STRACE]) + self.prefix + self.argv

    def run(self, tool: str, syscope: list[str]) -> dict:
        if self.before:
            self.before()
        return run_once(self.command(tool, syscope), self.cwd)

    def count_syscalls(self, tmp: str) -> int | None:
        """Syscalls of one run, from strace -f -c (this run also warms the caches)."""
        out = os.path.join(tmp, "count.txt")
        if self.before:
            self.before()
        run_once([STRACE, "-f", "-c", "-o", out] + self.argv, self.cwd)
        try:
            with open(out) as f:
                for line in f:
                    if line.rstrip().endswith(" total"):
                        return int(line.split()[3])
        except (OSError, ValueError, IndexError):
            pass
        return None


class AttachWorkload(Workload):
    """-p PID of a running program: the tracer attaches while the program idles, then
    the program does fixed work; its time is the time from 'go' to the program's exit."""
    attach = True

    def __init__(self, name: str, argv: list[str], prefix: list[str], tmp: str,
                 syscalls: int):
        super().__init__(name, argv, prefix)
        self.tmp = tmp
        self.syscalls = syscalls      # in the timed part, known from the program

    def run(self, tool: str, syscope: list[str]) -> dict:
        worker = subprocess.Popen(self.argv, stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, env=ENV)
        tracer = None
        if tool != "untraced":
            err = os.path.join(self.tmp, "attach.err")
            with open(err, "w") as f:
                tracer = subprocess.Popen(
                    (syscope if tool == "syscope" else [STRACE]) + self.prefix
                    + ["-p", str(worker.pid)], stdout=subprocess.DEVNULL, stderr=f, env=ENV)
            deadline = time.monotonic() + 30
            while "attached" not in read_text(err) or not traced_by(worker.pid):
                if time.monotonic() > deadline or tracer.poll() is not None:
                    worker.kill()
                    worker.wait()
                    raise RuntimeError("%s did not attach: %s" % (tool, read_text(err)))
                time.sleep(0.005)
            time.sleep(0.05)          # let the tracer reach its loop
        t0 = time.perf_counter()
        worker.stdin.write(b"g")
        worker.stdin.close()
        _, status, ru = os.wait4(worker.pid, 0)
        wall = time.perf_counter() - t0
        worker.returncode = os.waitstatus_to_exitcode(status)
        cpu = ru.ru_utime + ru.ru_stime
        if tracer is not None:
            _, _, tru = os.wait4(tracer.pid, 0)
            tracer.returncode = 0
            cpu += tru.ru_utime + tru.ru_stime
        return {"wall": wall, "cpu": cpu, "exit": worker.returncode}

    def count_syscalls(self, tmp: str) -> int | None:
        return self.syscalls


def read_text(path: str) -> str:
    with open(path) as f:
        return f.read()


def traced_by(pid: int) -> bool:
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("TracerPid:"):
                    return line.split()[1] != "0"
    except OSError:
        pass
    return False


# -- the workloads' material, made in a temporary directory ---------------------------
def make_git_repo(tmp: str, files: int) -> str:
    repo = os.path.join(tmp, "repo")
    for i in range(files):
        d = os.path.join(repo, "pkg%d" % (i % 12), "sub%d" % (i % 5))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "mod%d.py" % i), "w") as f:
            f.write("".join("def f%d_%d(x):\n    return x * %d\n\n" % (i, j, j)
                            for j in range(20)))
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost",
           "-c", "init.defaultBranch=main"]
    quiet = dict(cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    subprocess.run(git + ["init", "-q"], **quiet)
    subprocess.run(git + ["add", "-A"], **quiet)
    subprocess.run(git + ["commit", "-q", "-m", "initial"], **quiet)
    for i in range(0, files, files // 10):       # some changes for status to report
        d = os.path.join(repo, "pkg%d" % (i % 12), "sub%d" % (i % 5))
        with open(os.path.join(d, "mod%d.py" % i), "a") as f:
            f.write("# changed\n")
    for i in range(5):
        with open(os.path.join(repo, "untracked%d.txt" % i), "w") as f:
            f.write("new\n")
    subprocess.run(["git", "status", "--short"], **quiet)   # refresh the index once
    return repo


def make_c_project(tmp: str, units: int) -> str:
    proj = os.path.join(tmp, "cproj")
    os.makedirs(proj)
    for i in range(units):
        with open(os.path.join(proj, "unit%d.c" % i), "w") as f:
            f.write("#include <stdio.h>\n#include <string.h>\n#include <stdlib.h>\n")
            for j in range(15):
                f.write("int unit%d_f%d(const char *s) {\n"
                        "    int n = 0;\n"
                        "    for (size_t k = 0; k < strlen(s); k++) n += s[k] * %d;\n"
                        "    return n + atoi(s);\n}\n" % (i, j, j + 1))
    with open(os.path.join(proj, "main.c"), "w") as f:
        f.write("#include <stdio.h>\nint unit0_f0(const char *s);\n"
                "int main(void) { printf(\"%d\\n\", unit0_f0(\"x\")); return 0; }\n")
    objs = " ".join("unit%d.o" % i for i in range(units)) + " main.o"
    with open(os.path.join(proj, "Makefile"), "w") as f:
        f.write("CFLAGS = -O1\nprog: %s\n\t$(CC) -o $@ $^\n"
                "%%.o: %%.c\n\t$(CC) $(CFLAGS) -c -o $@ $<\n"
                "clean:\n\trm -f prog *.o\n" % objs)
    return proj


def compile_c(tmp: str, source: str, *flags: str) -> str:
    exe = os.path.join(tmp, os.path.splitext(source)[0])
    subprocess.run(["gcc", "-O2", *flags, "-o", exe, os.path.join(HERE, source)], check=True)
    return exe


def workloads(tmp: str, a) -> list[Workload]:
    quick = a.quick
    repo = make_git_repo(tmp, 300)
    proj = make_c_project(tmp, 10)
    threads = compile_c(tmp, "threads_io.c", "-pthread")
    worker = compile_c(tmp, "attach_worker.c")
    scratch = os.path.join(tmp, "scratch")
    os.makedirs(scratch)

    def make_clean():
        subprocess.run(["make", "-s", "clean"], cwd=proj, stdout=subprocess.DEVNULL,
                       check=True)

    py_imports = [PY, "-I", "-c", "import json, email.parser, http.client, sqlite3, decimal"]
    loop = ("i=0; while [ $i -lt %d ]; do cat /etc/hostname >/dev/null; "
            "ls / >/dev/null; echo $i | wc -c >/dev/null; i=$((i+1)); done"
            % (10 if quick else 25))
    find_lib = ["find", "/usr/lib", "-maxdepth", "3"]
    rounds = 2000 if quick else 5000     # of the attached program: 5 syscalls each
    ws = [
        Workload("find /usr/lib -maxdepth 3", find_lib),
        Workload("ls -la /usr/bin", ["ls", "-la", "/usr/bin"]),
        Workload("git status --short (300 files)", ["git", "status", "--short"], cwd=repo),
        Workload("tar cf /dev/null /usr/share/doc", ["tar", "cf", "/dev/null",
                                                     "/usr/share/doc"]),
        Workload("python3 -I -c 'import json, email.parser, ...'", py_imports),
        Workload("make -j2 (11 C files)", ["make", "-s", "-j2"], cwd=proj, before=make_clean),
        Workload("4 threads of file I/O", [threads, scratch, "500" if quick else "1000"]),
        Workload("sh -c loop of small commands", ["sh", "-c", loop]),
        Workload("-c -f: find /usr/lib -maxdepth 3", find_lib, prefix=["-c", "-f", "-o",
                                                                       "/dev/null"]),
        Workload("-e trace=openat,execve: python3 imports", py_imports,
                 prefix=["-f", "-e", "trace=openat,execve", "-o", "/dev/null"]),
        AttachWorkload("-p PID: open/read/fstat/close/write loop",
                       [worker, "/etc/hostname", str(rounds)], ["-f", "-o", "/dev/null"], tmp,
                       syscalls=5 * rounds + 1),
    ]
    if a.heavy:
        big = ["find", "/usr", "-type", "f", "-newer", "/etc/hostname"]
        ws.append(Workload("find /usr -type f -newer /etc/hostname", big))
        ws.append(Workload("-c -f: find /usr -type f -newer ...", big,
                           prefix=["-c", "-f", "-o", "/dev/null"]))
    if a.syscall_loop:
        cheap = compile_c(tmp, "cheap_syscalls.c")
        ws.append(Workload("extra: getppid loop (50k calls, -o /dev/null)", [cheap, "50000"],
                           prefix=["-o", "/dev/null"], in_mean=False))
    if a.only:
        keys = a.only.split(",")
        ws = [w for w in ws if any(k in w.name for k in keys)]
    return ws


# -- measuring ------------------------------------------------------------------------
def pairwise(a: list[float], b: list[float]) -> float:
    return statistics.median(x / y for x, y in zip(a, b) if y > 0)


def geomean(xs: list[float]) -> float:
    xs = [x for x in xs if x > 0]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")


def loadavg() -> str:
    return " ".join("%.2f" % x for x in os.getloadavg())


def measure(w: Workload, syscope: list[str], repeat: int, tmp: str) -> dict:
    calls = w.count_syscalls(tmp)
    w.run("syscope", syscope)                   # warm caches and bytecode, not counted
    runs: dict[str, list[dict]] = {t: [] for t in TOOLS}
    for _ in range(repeat):
        for tool in TOOLS:
            runs[tool].append(w.run(tool, syscope))
    wall = {t: [r["wall"] for r in runs[t]] for t in TOOLS}
    cpu = {t: [r["cpu"] for r in runs[t]] for t in TOOLS}
    res = {
        "name": w.name, "in_mean": w.in_mean, "syscalls": calls, "runs": runs,
        "median_wall": {t: statistics.median(wall[t]) for t in TOOLS},
        "median_cpu": {t: statistics.median(cpu[t]) for t in TOOLS},
        "wall_vs_strace": pairwise(wall["syscope"], wall["strace"]),
        "wall_vs_strace_range": [f(x / y for x, y in zip(wall["syscope"], wall["strace"]))
                                 for f in (min, max)],
        "wall_vs_untraced": pairwise(wall["syscope"], wall["untraced"]),
        "cpu_vs_strace": pairwise(cpu["syscope"], cpu["strace"]),
        "cpu_vs_untraced": pairwise(cpu["syscope"], cpu["untraced"]),
        "exit": {t: sorted({r["exit"] for r in runs[t]}) for t in TOOLS},
    }
    return res


def peak_rss(w: Workload, syscope: list[str], launcher: str, tmp: str) -> dict:
    """Peak RSS (KiB) of the process tree on one run of syscope and one untraced, through
    the small launcher (maxrss.c): the largest process, syscope's own unless the traced
    program is larger."""
    out = os.path.join(tmp, "maxrss.txt")
    rss = {}
    for tool in ("syscope", "untraced"):
        if w.before:
            w.before()
        run_once([launcher, out] + w.command(tool, syscope), w.cwd)
        with open(out) as f:
            rss[tool] = int(f.read())
    return rss


def interpreter_of(syscope: list[str]) -> str:
    """The interpreter the syscope command runs on (the launcher's choice: the one beside
    it), for the bare interpreter's start-up."""
    beside = os.path.join(os.path.dirname(os.path.realpath(syscope[0])), "python3")
    if not os.path.exists(beside):
        beside = os.path.join(os.path.dirname(os.path.abspath(syscope[0])), "python3")
    return beside if os.path.exists(beside) else sys.executable


def spin_window_us(syscope: list[str]) -> str:
    """How long syscope's tracer polls for a stop before it blocks (README: waiting for
    stops), as its interpreter reports it with this environment."""
    p = subprocess.run([interpreter_of(syscope), "-c",
                        "from syscope.engine import _ptrace; print(_ptrace.spin_window())"],
                       capture_output=True, text=True)
    return "%g µs" % (int(p.stdout) / 1000) if p.returncode == 0 else "unknown"


def startup(syscope: list[str], repeat: int) -> dict:
    cmds = {
        "syscope -o /dev/null true": syscope + ["-o", "/dev/null", "true"],
        "strace -o /dev/null true": [STRACE, "-o", "/dev/null", "true"],
        "python3 -I -S -c pass": [interpreter_of(syscope), "-I", "-S", "-c", "pass"],
    }
    for argv in cmds.values():
        run_once(argv)
    wall: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(repeat):
        for k, argv in cmds.items():
            wall[k].append(run_once(argv)["wall"])
    keys = list(cmds)
    # how long the traced program waits for the tracer: `date` prints when it runs
    started: dict[str, list[float]] = {k: [] for k in ("syscope", "strace", "untraced")}
    for _ in range(repeat):
        for k, prefix in (("syscope", syscope + ["-o", "/dev/null"]),
                          ("strace", [STRACE, "-o", "/dev/null"]), ("untraced", [])):
            t0 = time.time()
            p = subprocess.run(prefix + ["date", "+%s.%N"], env=ENV, capture_output=True,
                               text=True)
            started[k].append(float(p.stdout) - t0)
    return {"wall": wall, "median_ms": {k: 1000 * statistics.median(v) for k, v in wall.items()},
            "vs_strace": pairwise(wall[keys[0]], wall[keys[1]]),
            "vs_python": pairwise(wall[keys[0]], wall[keys[2]]),
            "program_starts_ms": {k: 1000 * statistics.median(v) for k, v in started.items()}}


def installed_syscope() -> list[str]:
    """The `syscope` command installed beside this interpreter, else `-m syscope`."""
    launcher = os.path.join(sysconfig.get_path("scripts"), "syscope")
    return [launcher] if os.access(launcher, os.X_OK) else [sys.executable, "-m", "syscope"]


def import_time(syscope: list[str], repeat: int) -> dict | None:
    """Totals of -X importtime (PYTHONPROFILEIMPORTTIME) of `syscope -o /dev/null true`
    (median of runs), when syscope is this interpreter's."""
    if syscope != installed_syscope():
        return None
    totals, ours, counts = [], [], []
    for _ in range(repeat):
        p = subprocess.run(syscope + ["-o", "/dev/null", "true"],
                           env=dict(ENV, PYTHONPROFILEIMPORTTIME="1"), capture_output=True,
                           text=True)
        total = own = n = 0
        for line in p.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            fields = line[len("import time:"):].split("|")
            us, name = int(fields[0]), fields[2].strip()
            total += us
            n += 1
            if name == "syscope" or name.startswith("syscope."):
                own += us
        totals.append(total)
        ours.append(own)
        counts.append(n)
    return {"total_ms": statistics.median(totals) / 1000,
            "syscope_ms": statistics.median(ours) / 1000, "modules": max(counts)}


def read_rates(quick: bool) -> str | None:
    script = os.path.join(HERE, "read_rates.py")
    if not os.path.exists(script):
        return None
    args = ["--repeat", "1", "--lines", "200000"] if quick else []
    p = subprocess.run([sys.executable, script] + args, env=ENV, capture_output=True,
                       text=True)
    if p.returncode == 2 and args:             # an interface without --repeat
        p = subprocess.run([sys.executable, script], env=ENV, capture_output=True, text=True)
    return p.stdout + ("" if p.returncode == 0 else "(exit %d) %s" % (p.returncode,
                                                                      p.stderr[-2000:]))


# -- the report -----------------------------------------------------------------------
def report(results: list[dict], start: dict, imports: dict | None, info: dict) -> str:
    out = ["## syscope vs strace on real workloads", "",
           "%s; %d repetitions alternated (syscope, strace, untraced); syscope: `%s` "
           "(interpreter `%s`, polls for stops %s); load average at start %s, at end %s "
           "(%d CPUs)." % (
               info["date"], info["repeat"], " ".join(info["syscope"]), info["interpreter"],
               info["spin_us"], info["load_start"], info["load_end"], os.cpu_count()), "",
           "| workload | syscalls | untraced s | strace s | syscope s | syscope/strace "
           "| syscope/untraced | CPU syscope/strace | CPU syscope/untraced "
           "| added µs/syscall syscope, strace | peak RSS MiB syscope, untraced |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        m = r["median_wall"]
        bad = [t for t in TOOLS if r["exit"][t] != r["exit"]["untraced"]]
        n = r["syscalls"]
        added = "%.1f, %.1f" % tuple(1e6 * (m[t] - m["untraced"]) / n
                                     for t in ("syscope", "strace")) if n else "-"
        rss = r.get("peak_rss_kib")
        rss = "%.1f, %.1f" % (rss["syscope"] / 1024, rss["untraced"] / 1024) if rss else "-"
        out.append("| %s%s | %s | %.3f | %.3f | %.3f | **%.2fx** (%.2f-%.2f) | %.2fx | %.2fx "
                   "| %.2fx | %s | %s |" % (
                       r["name"], " (exit differs: %s)" % ",".join(bad) if bad else "",
                       n or "-", m["untraced"], m["strace"], m["syscope"], r["wall_vs_strace"],
                       *r["wall_vs_strace_range"], r["wall_vs_untraced"], r["cpu_vs_strace"],
                       r["cpu_vs_untraced"], added, rss))
    mean = [r for r in results if r["in_mean"]]
    if mean:
        out.append("| **geometric mean** (%d workloads) | | | | | **%.2fx** | %.2fx | %.2fx "
                   "| %.2fx | | |" % (len(mean), geomean([r["wall_vs_strace"] for r in mean]),
                                  geomean([r["wall_vs_untraced"] for r in mean]),
                                  geomean([r["cpu_vs_strace"] for r in mean]),
                                  geomean([r["cpu_vs_untraced"] for r in mean])))
    out.append("")
    out.append("Ratios: median of pairwise ratios (run i of syscope / run i of the other; in "
               "brackets the lowest and highest). CPU: user+sys of the process tree. -p: time "
               "of the attached program's work. Syscalls: counted by strace -f -c (-p: those "
               "of the timed work); added µs/syscall: (median traced - median untraced) / "
               "syscalls.")
    # syscope's own peak: where the traced program's largest process is smaller than it
    own = [r for r in results if r.get("peak_rss_kib") and r["in_mean"]
           and r["peak_rss_kib"]["syscope"] > 1.2 * r["peak_rss_kib"]["untraced"]]
    if own:
        heaviest = max(own, key=lambda r: r["syscalls"] or 0)
        top = max(own, key=lambda r: r["peak_rss_kib"]["syscope"])
        out.append("")
        out.append("Peak RSS of syscope (the largest process of the tree, on workloads whose "
                   "own processes are smaller): %.1f MiB on the heaviest (%s), at most %.1f "
                   "MiB (%s)." % (heaviest["peak_rss_kib"]["syscope"] / 1024, heaviest["name"],
                                  top["peak_rss_kib"]["syscope"] / 1024, top["name"]))
    if start:
        ms = start["median_ms"]
        k = list(ms)
        out += ["", "## Start-up", "", "| command | median ms |", "|---|---:|"]
        out += ["| `%s` | %.1f |" % (name, ms[name]) for name in k]
        out.append("")
        out.append("syscope/strace %.1fx, syscope/bare interpreter %.2fx (pairwise medians). "
                   "The traced program runs (`date` prints the time) %.1f ms after the launch "
                   "under syscope, %.1f ms under strace, %.1f ms untraced." % (
                       start["vs_strace"], start["vs_python"],
                       *(start["program_starts_ms"][k] for k in TOOLS)))
    if imports:
        out.append("`-X importtime` of `syscope -o /dev/null true`: %.1f ms of imports "
                   "in total (%d modules), %.1f ms of them syscope's own modules." % (
                       imports["total_ms"], imports["modules"], imports["syscope_ms"]))
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="3 repetitions, shorter workloads")
    ap.add_argument("--repeat", type=int, help="repetitions (default 7, 3 with --quick)")
    ap.add_argument("--heavy", action="store_true", help="add find /usr (~350k syscalls)")
    ap.add_argument("--syscall-loop", action="store_true",
                    help="add the getppid loop (not in the geometric mean)")
    ap.add_argument("--syscope", metavar="PATH", help="the syscope executable to measure")
    ap.add_argument("--only", metavar="WORDS", help="comma-separated parts of workload names")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up case")
    ap.add_argument("--no-read", action="store_true", help="skip bench/read_rates.py")
    ap.add_argument("--json", metavar="FILE", help="save the raw numbers")
    a = ap.parse_args()
    if STRACE is None:
        sys.stderr.write("run.py: strace is not installed\n")
        return 1
    repeat = a.repeat or (3 if a.quick else 7)
    syscope = [a.syscope] if a.syscope else installed_syscope()
    info = {"date": time.strftime("%Y-%m-%d %H:%M"), "repeat": repeat, "syscope": syscope,
            "load_start": loadavg(), "interpreter": interpreter_of(syscope),
            "spin_us": spin_window_us(syscope)}
    if not a.syscope:
        try:
            import syscope as pkg
        except ImportError:
            sys.stderr.write("run.py: syscope is not importable by %s; run the bench with "
                             "the package's python (.venv/bin/python bench/run.py) or pass "
                             "--syscope PATH\n" % sys.executable)
            return 1
    tmp = tempfile.mkdtemp(prefix="syscope-bench-")
    try:
        if not a.syscope:   # bytecode compiled, as in an installed package
            subprocess.run([sys.executable, "-m", "compileall", "-q",
                            os.path.dirname(pkg.__file__)], env=ENV, stdout=subprocess.DEVNULL)
        launcher = compile_c(tmp, "maxrss.c")
        results = []
        for w in workloads(tmp, a):
            sys.stderr.write("%s: %s ...\n" % (time.strftime("%H:%M:%S"), w.name))
            r = measure(w, syscope, min(repeat, 3) if "/usr -type" in w.name else repeat, tmp)
            if not w.attach:
                r["peak_rss_kib"] = peak_rss(w, syscope, launcher, tmp)
            results.append(r)
        start = None if a.no_startup else startup(syscope, 3 * repeat)
        imports = None if a.no_startup else import_time(syscope, 3)
        rates = None if a.no_read else read_rates(a.quick)
        info["load_end"] = loadavg()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = report(results, start, imports, info)
    if rates:
        text += "\n\n## Log reading (bench/read_rates.py)\n\n```\n" + rates.rstrip() + "\n```"
    print(text)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"info": info, "workloads": results, "startup": start,
                       "imports": imports, "read_rates": rates}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
