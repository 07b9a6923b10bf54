#!/usr/bin/env python3
"""Where a traced syscall's cost goes in syscope's live tracer, in µs per syscall.

    .venv/bin/python bench/profile.py                      # find /usr/lib -maxdepth 3
    .venv/bin/python bench/profile.py --repeat 5 -- tar cf /dev/null /usr/share/doc
    .venv/bin/python bench/profile.py --options "-c -f -o /dev/null" -- find /usr/lib
    .venv/bin/python bench/profile.py --startup --options "-o /dev/null"    # of `true`

Each variant runs syscope in a child process with hooks at stable points (Engine.run,
Engine.replay_records, Engine.enter, Engine.leave, the sink's methods) and reports
per-thread CPU and wall time:

  default      as users run it: CPU of the main thread, of the C loop (run_batch_raw) and
               of replay_records on each thread
  split        the same with CPU timers around replay_records, enter/leave, the sink's
               entry/exit (line assembly), its flush (writing), the C loop, and wall
               time of the main thread's waits for a decode thread
  no-render    SYSCOPE_NO_RENDER=1: the C loop records, Python decodes on a second thread
  floor        no-render with replay_records doing nothing: the C loop and the records
  floor-nocopy the floor with the C loop copying no memory (plans without captures)
  stepwise     SYSCOPE_NO_BATCH=1: every stop handled in Python with the tracee stopped
  step-floor   stepwise with enter/leave doing nothing: wait + syscall_info + restart
  cprofile     cProfile of the main thread (Engine.run) and of a decode thread
               (replay_records), top functions

--startup profiles start-up instead: `syscope -o /dev/null true` by default.

Variants run alternately (like bench/run.py), medians of --repeat runs.  The timers cost
about a microsecond per hook, so 'split' is for proportions; the totals come from
'batched'.  Syscalls are counted by strace -f -c.  CPU times are per thread, so they hold
on a busy machine; wall times there include waiting for a CPU."""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or ".") == HERE:
    del sys.path[0]     # this file would shadow the standard library's profile (cProfile's)


def _load_run():
    import importlib.util
    spec = importlib.util.spec_from_file_location("syscope_bench_run",
                                                  os.path.join(HERE, "run.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_run = _load_run()
ENV, STRACE, Workload, loadavg, run_once = (_run.ENV, _run.STRACE, _run.Workload, _run.loadavg,
                                            _run.run_once)

# -- in the child: hooks, then syscope's main ----------------------------------------
class Clock:
    """Accumulated wall time of one named part, with its call count."""
    __slots__ = ("wall", "calls")

    def __init__(self):
        self.wall = 0.0
        self.calls = 0


def timed(fn, clock: Clock, main_clock: Clock | None = None, perf=time.thread_time):
    """fn behind a timer (the thread's CPU time by default: on a busy machine wall time
    would count the time the thread waited for a CPU); with main_clock, calls on the main
    thread count there."""
    import threading
    main = threading.main_thread()
    current = threading.current_thread

    def wrapper(*a, **kw):
        c = main_clock if main_clock is not None and current() is main else clock
        t0 = perf()
        try:
            return fn(*a, **kw)
        finally:
            c.wall += perf() - t0
            c.calls += 1
    return wrapper


def time_sink(sink, clocks: dict):
    """Timers on the sink's line assembly (entry/exit) and writing (flush).  They go on
    the sink itself where it allows, so that the engine still sees its own type (it
    only lets its C loop print for a plain TextWriter); else on a proxy."""
    wrapped = {name: timed(getattr(sink, name), clocks["sink." + name])
               for name in ("syscall_entry", "syscall_exit", "flush")}
    try:
        for name, fn in wrapped.items():
            setattr(sink, name, fn)
        if all(getattr(sink, name) is fn for name, fn in wrapped.items()):
            return sink
    except AttributeError:
        pass

    class Proxy:
        def __getattr__(self, name):
            return getattr(sink, name)
    proxy = Proxy()
    proxy.__dict__.update(wrapped)
    return proxy


def startup_child(out: str, args: list[str]) -> int:
    """Start-up, wall clock: importing the command line, then cProfile of main()."""
    import cProfile
    import pstats
    t0 = time.perf_counter()
    from syscope.cli import main
    imported = time.perf_counter() - t0
    prof = cProfile.Profile()
    t1 = time.perf_counter()
    prof.enable()
    rc = main(args)
    prof.disable()
    ran = time.perf_counter() - t1
    st = pstats.Stats(prof)
    rows = [{"fn": "%s:%d(%s)" % (os.path.basename(file), line, fn) if line else fn,
             "calls": nc, "tottime": tt, "cumtime": ct}
            for (file, line, fn), (cc, nc, tt, ct, _) in st.stats.items()]
    rows.sort(key=lambda r: -r["cumtime"])
    with open(out, "w") as f:
        json.dump({"exit": rc, "import_cli": imported, "main": ran, "rows": rows[:80]}, f)
    return 0


def startup_report(a, tmp: str) -> None:
    argv = a.command or ["true"]
    options = shlex.split(a.options)
    runs = [run_variant("startup", options, argv, tmp) for _ in range(a.repeat)]
    best = min(runs, key=lambda r: r["main"])
    print("## Start-up: `syscope %s %s` (cProfile, wall clock)" % (" ".join(options),
                                                                 " ".join(argv)))
    print()
    print("%s; %d runs; load average %s. Import of syscope.cli: median %.1f ms; main(): "
          "median %.1f ms (profiled); the table is the fastest run's, by cumulative time."
          % (time.strftime("%Y-%m-%d %H:%M"), a.repeat, loadavg(),
             1000 * statistics.median(r["import_cli"] for r in runs),
             1000 * statistics.median(r["main"] for r in runs)))
    print()
    print("| function | calls | cumulative ms | own ms |")
    print("|---|---:|---:|---:|")
    for r in best["rows"][:a.top]:
        print("| %s | %d | %.1f | %.1f |" % (r["fn"], r["calls"], 1000 * r["cumtime"],
                                            1000 * r["tottime"]))


def child(variant: str, out: str, args: list[str]) -> int:
    import resource
    import threading
    if variant == "startup":
        return startup_child(out, args)
    from syscope.cli import main
    from syscope.engine import tracer
    Engine, P = tracer.Engine, tracer.P
    main_thread = threading.main_thread()
    on_main = lambda: threading.current_thread() is main_thread   # noqa: E731
    res: dict = {"variant": variant, "loop": []}
    clocks = {k: Clock() for k in ("enter", "leave", "enter@main", "leave@main",
                                   "sink.syscall_entry", "sink.syscall_exit", "sink.flush",
                                   "replay", "replay@main", "wait_for_decoder", "c_loop",
                                   "c_loop_wall")}
    replay_cpu = {"main": 0.0, "decode": 0.0}
    calls = {"main": 0, "decode": 0}
    by_nr: dict[int, int] = {}

    # which loop the engine chose (the names it has today; absent ones are skipped)
    for name in ("run_rendered", "run_batched", "run_stepwise"):
        if hasattr(Engine, name):
            def chosen(self, *a, _name=name, _fn=getattr(Engine, name), **kw):
                res["loop"].append(_name)
                return _fn(self, *a, **kw)
            setattr(Engine, name, chosen)

    # the C loop's CPU, always (one timer per batch) but under the profiler
    if hasattr(P, "run_batch_raw") and variant != "cprofile":
        P.run_batch_raw = timed(P.run_batch_raw, clocks["c_loop"])

    replay = Engine.replay_records

    def replay_timed(self, buf, n):
        t0 = time.thread_time()
        try:
            return replay(self, buf, n)
        finally:
            replay_cpu["main" if on_main() else "decode"] += time.thread_time() - t0
    Engine.replay_records = replay_timed

    run = Engine.run

    def run_measured(self):
        r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
            resource.RUSAGE_CHILDREN)
        w0, t0 = time.perf_counter(), time.thread_time()
        try:
            return run(self)
        finally:
            r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
                resource.RUSAGE_CHILDREN)
            res["run_wall"] = time.perf_counter() - w0
            res["main_cpu"] = time.thread_time() - t0
            res["tracer_cpu"] = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
            res["tracee_cpu"] = (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime)
    Engine.run = run_measured

    if variant == "split":
        Engine.enter = timed(Engine.enter, clocks["enter"], clocks["enter@main"])
        Engine.leave = timed(Engine.leave, clocks["leave"], clocks["leave@main"])
        Engine.replay_records = timed(Engine.replay_records, clocks["replay"],
                                      clocks["replay@main"])
        init = Engine.__init__

        def init_timed(self, opts, sink, *a, **kw):
            init(self, opts, time_sink(sink, clocks), *a, **kw)
        Engine.__init__ = init_timed
        # the main thread's waits for the decode thread (its queues), if it has them
        import queue
        for name in ("get", "join"):
            orig = getattr(queue.Queue, name)

            def waiting(self, *a, _orig=orig, **kw):
                if not on_main():
                    return _orig(self, *a, **kw)
                t0 = time.perf_counter()
                try:
                    return _orig(self, *a, **kw)
                finally:
                    clocks["wait_for_decoder"].wall += time.perf_counter() - t0
                    clocks["wait_for_decoder"].calls += 1
            setattr(queue.Queue, name, waiting)
        if hasattr(P, "run_batch_raw"):
            P.run_batch_raw = timed(P.run_batch_raw, clocks["c_loop_wall"],
                                    perf=time.perf_counter)
    elif variant in ("floor", "floor-nocopy"):
        Engine.replay_records = lambda self, buf, n: None
        if variant == "floor-nocopy":
            from syscope.engine import plans
            install = plans.install

            def install_nocopy(set_plan, *a, **kw):
                return install(lambda nr, fast, entry, exit_: set_plan(nr, fast, (), ()),
                               *a, **kw)
            plans.install = install_nocopy
    elif variant == "step-floor":
        Engine.enter = lambda self, task, *a, **kw: None
        Engine.leave = lambda self, task, *a, **kw: None
    elif variant == "cprofile":
        # one profiler per thread: the main thread inside Engine.run (the C loop shows as
        # one built-in), a decode thread inside replay_records when it runs on one
        import cProfile
        timer = time.thread_time if os.environ.get("PROFILE_CLOCK") != "wall" else None
        profs = {k: cProfile.Profile(timer) if timer else cProfile.Profile()
                 for k in ("decode", "main")}

        def profiled(fn, prof, here=lambda: True):
            def wrapper(*a, **kw):
                if not here():
                    return fn(*a, **kw)
                prof.enable()
                try:
                    return fn(*a, **kw)
                finally:
                    prof.disable()
            return wrapper
        Engine.replay_records = profiled(replay, profs["decode"], lambda: not on_main())
        Engine.run = profiled(run, profs["main"])
    if variant not in ("split", "cprofile"):     # count the calls decoded, per thread
        enter = Engine.enter

        def enter_counted(self, task, nr, *a, **kw):
            calls["main" if on_main() else "decode"] += 1
            by_nr[nr] = by_nr.get(nr, 0) + 1
            return enter(self, task, nr, *a, **kw)
        Engine.enter = enter_counted
    rc = main(args)
    res["exit"] = rc
    res["replay_cpu"] = replay_cpu
    res["entered"] = calls
    from syscope.abi import syscall_name
    res["python_calls"] = {syscall_name(nr): k for nr, k in by_nr.items()}
    res["clocks"] = {k: {"wall": c.wall, "calls": c.calls} for k, c in clocks.items()}
    if variant == "cprofile":
        import pstats
        res["profile"] = {}
        for name, prof in profs.items():
            try:
                st = pstats.Stats(prof)
            except TypeError:       # never enabled: no decode thread in this mode
                continue
            rows = [{"fn": "%s:%d(%s)" % (os.path.basename(file), line, fn) if line else fn,
                     "calls": nc, "tottime": tt, "cumtime": ct}
                    for (file, line, fn), (cc, nc, tt, ct, _) in st.stats.items()]
            rows.sort(key=lambda r: -r["tottime"])
            res["profile"][name] = {"rows": rows[:60], "total": sum(r["tottime"] for r in rows)}
    with open(out, "w") as f:
        json.dump(res, f)
    return 0


# -- in the parent: run the variants, print µs per syscall ----------------------------
# variant -> environment; switches the engine ignores once gone do no harm
VARIANTS = {
    "default": {},
    "split": {},
    "no-render": {"SYSCOPE_NO_RENDER": "1"},
    "floor": {"SYSCOPE_NO_RENDER": "1"},
    "floor-nocopy": {"SYSCOPE_NO_RENDER": "1"},
    "stepwise": {"SYSCOPE_NO_BATCH": "1"},
    "step-floor": {"SYSCOPE_NO_BATCH": "1"},
}


def run_variant(variant: str, options: list[str], argv: list[str], tmp: str,
                clock: str = "cpu") -> dict:
    out = os.path.join(tmp, "result.json")
    env = dict(ENV, PROFILE_CLOCK=clock, **VARIANTS.get(variant, {}))
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", variant,
                        "--out", out, "--"] + options + argv, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0 or not os.path.exists(out):
        raise SystemExit("profile.py: variant %s failed (exit %d):\n%s" % (
            variant, p.returncode, p.stderr[-3000:]))
    with open(out) as f:
        res = json.load(f)
    os.unlink(out)
    res["process_wall"] = wall
    return res


def med(runs: list[dict], key) -> float:
    return statistics.median(key(r) for r in runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--options", default="-f -o /dev/null",
                    help="syscope's options (default: %(default)s)")
    ap.add_argument("--top", type=int, default=20, help="cProfile rows to print")
    ap.add_argument("--profile-clock", choices=("cpu", "wall"), default="cpu",
                    help="cProfile's clock: the thread's CPU time (default; robust on a busy "
                    "machine, blocking shows as nothing) or wall time")
    ap.add_argument("--json", metavar="FILE", help="save the raw numbers")
    ap.add_argument("--startup", action="store_true",
                    help="profile start-up instead (default program: true)")
    ap.add_argument("command", nargs="*")
    a = ap.parse_args()
    if a.child:
        return child(a.child, a.out, a.command)
    if a.startup:
        tmp = tempfile.mkdtemp(prefix="syscope-profile-")
        try:
            startup_report(a, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return 0
    argv = a.command or ["find", "/usr/lib", "-maxdepth", "3"]
    options = shlex.split(a.options)
    tmp = tempfile.mkdtemp(prefix="syscope-profile-")
    load_start = loadavg()
    n = Workload("", argv).count_syscalls(tmp)
    if not n:
        raise SystemExit("profile.py: strace -c counted no syscalls for %s" % argv)
    runs: dict[str, list[dict]] = {v: [] for v in VARIANTS}
    base: dict[str, list[float]] = {"untraced": [], "strace": []}
    strace_cpu = []
    run_variant("default", options, argv, tmp)            # warm caches and bytecode
    for i in range(a.repeat):
        sys.stderr.write("%s: round %d of %d\n" % (time.strftime("%H:%M:%S"), i + 1, a.repeat))
        base["untraced"].append(run_once(argv)["wall"])
        s = run_once([STRACE] + options + argv)
        base["strace"].append(s["wall"])
        strace_cpu.append(s["cpu"])
        for v in VARIANTS:
            runs[v].append(run_variant(v, options, argv, tmp))
    prof = run_variant("cprofile", options, argv, tmp, a.profile_clock)
    shutil.rmtree(tmp, ignore_errors=True)

    us = 1e6 / n
    untraced = statistics.median(base["untraced"])
    rows = []

    def row(part, value, how):
        rows.append((part, value * us, how))

    def clock(v, name, field="wall"):
        return med(runs[v], lambda x: x["clocks"][name][field])

    loops = {v: "+".join(sorted(set(runs[v][0]["loop"]))) or "?" for v in VARIANTS}
    for v in ("default", "no-render", "floor", "floor-nocopy", "stepwise", "step-floor"):
        r, name = runs[v], "%s (%s)" % (v, loops[v])
        row("%s: wall added" % name, med(r, lambda x: x["run_wall"]) - untraced,
            "Engine.run wall minus the untraced program")
        row("%s: tracer CPU" % name, med(r, lambda x: x["tracer_cpu"]),
            "user+sys of syscope during Engine.run, all threads")
        row("%s: main thread CPU" % name, med(r, lambda x: x["main_cpu"]),
            "the C loop, Python on the main thread")
        if clock(v, "c_loop", "calls"):
            row("%s: C loop CPU" % name, clock(v, "c_loop"),
                "inside run_batch_raw: stops, copies, records, lines it prints")
        for thread in ("main", "decode"):
            cpu = med(r, lambda x: x["replay_cpu"][thread])
            if cpu:
                row("%s: replay_records CPU, %s thread" % (name, thread), cpu,
                    "records decoded and printed in Python")
    row("strace: wall added", statistics.median(base["strace"]) - untraced,
        "for comparison")
    row("strace: CPU (tracer and tracee)", statistics.median(strace_cpu),
        "user+sys of the process tree")
    if loops["default"] == "run_rendered":
        row("lines printed by the C loop", clock("default", "c_loop") - clock("floor", "c_loop"),
            "C loop CPU, default minus floor (which only records)")
    row("memory copies in the C loop", clock("floor", "c_loop") - clock("floor-nocopy", "c_loop"),
        "C loop CPU, floor minus floor-nocopy")
    c = lambda name: clock("split", name)   # noqa: E731
    sink_entry, sink_exit, flush = c("sink.syscall_entry"), c("sink.syscall_exit"), \
        c("sink.flush")
    split = "split (%s)" % loops["split"]
    replayed = c("replay") + c("replay@main")
    if replayed:
        row("%s: records and snapshots" % split,
            replayed - c("enter") - c("leave") - c("enter@main") - c("leave@main"),
            "replay_records minus enter/leave (unpacking, bytes copies, SnapshotMemory)")
    row("%s: decode and format arguments" % split,
        c("enter") + c("leave") + c("enter@main") + c("leave@main") - sink_entry - sink_exit,
        "Engine.enter/leave minus the sink, all threads")
    if c("enter") + c("leave"):
        row("%s: Engine.enter/leave on the main thread" % split,
            c("enter@main") + c("leave@main"), "the sink included")
    row("%s: line assembly" % split, sink_entry + sink_exit, "the sink's syscall_entry/exit")
    row("%s: writing" % split, flush, "the sink's flush")
    row("%s: C loop CPU" % split, c("c_loop"), "run_batch_raw")
    row("%s: C loop wall" % split, c("c_loop_wall"), "the same, tracee running included")
    if c("wait_for_decoder"):
        row("%s: main thread waiting for the decoder" % split, c("wait_for_decoder"),
            "wall in the main thread's queue get/join (hand-off; the decoder's lag at the end)")

    print("## Where a syscall's cost goes: `syscope %s %s`" % (" ".join(options),
                                                             " ".join(argv)))
    print()
    entered = runs["default"][0]["entered"]
    print("%s; %d syscalls (strace -f -c); by default syscope's loop is %s and Python "
          "decoded %d calls on the main thread, %d on a decode thread; %d runs per variant, "
          "medians; untraced %.3f s; load average at start %s, at end %s (%d CPUs)." % (
              time.strftime("%Y-%m-%d %H:%M"), n, loops["default"], entered["main"],
              entered["decode"], a.repeat, untraced, load_start, loadavg(), os.cpu_count()))
    names = sorted(runs["default"][0]["python_calls"].items(), key=lambda kv: -kv[1])
    if names:
        print("The calls Python decoded by default: %s%s." % (", ".join(
            "%s %d" % kv for kv in names[:12]), ", ..." if len(names) > 12 else ""))
    print()
    print("| part | µs/syscall | measured as |")
    print("|---|---:|---|")
    for part, value, how in rows:
        print("| %s | %.1f | %s |" % (part, value, how))
    print()
    for name, where in (("main", "the main thread (inside Engine.run)"),
                        ("decode", "the decode thread (inside replay_records)")):
        p = prof["profile"].get(name)
        if p is None:
            continue
        total = p["total"] or 1.0
        print("cProfile (%s clock) of %s: %.1f µs/syscall under the profiler; top %d by own "
              "time:" % (a.profile_clock, where, p["total"] * us, a.top))
        print()
        print("| function | calls | own µs/syscall | own % | cumulative µs/syscall |")
        print("|---|---:|---:|---:|---:|")
        for r in p["rows"][:a.top]:
            print("| %s | %d | %.2f | %.1f | %.2f |" % (r["fn"], r["calls"], r["tottime"] * us,
                                                      100 * r["tottime"] / total,
                                                      r["cumtime"] * us))
        print()
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"syscalls": n, "argv": argv, "options": options, "base": base,
                       "strace_cpu": strace_cpu, "runs": runs, "cprofile": prof}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
