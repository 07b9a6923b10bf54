"""A tracing session: from a parsed command line to a finished trace and an exit status."""
from __future__ import annotations

import posix
import pwd
import _signal as signal  # the C module: "signal" builds enums, a millisecond of start-up
import stat
import sys
import time

from .decode.fmt import set_xlat_style
from .errors import FatalError, die_of
from .inherited import IGNORED_SIGNALS
from .lean_os import fsencode, getenv
from .engine.tracer import Engine, EngineOptions, TraceError
from .options import Config
from .output.outfile import OutputFile, flush_std, report
from .output.text import Stream, TextWriter, open_output
from .pathtrace import PathTrace
from .startup import outputs_closed

FATAL_SIGNALS = (signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGPIPE, signal.SIGTERM)


def find_program(name: str) -> str:
    """strace's lookup: a name with a slash is used as is, else the first regular file
    with an execute bit on PATH."""
    if "/" in name:
        path = name
    else:
        path = ""
        for d in getenv("PATH", "").split(":"):
            d = d or posix.getcwd()
            cand = d + name if d.endswith("/") else d + "/" + name
            try:
                st = posix.stat(cand)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and st.st_mode & 0o111:
                path = cand
                break
    try:
        posix.stat(path)
    except OSError as e:
        raise FatalError("Can't stat '%s': %s" % (name, e.strerror or "No such file or directory"))
    return path


def make_env(changes: list[str]) -> list[bytes]:
    env = dict(posix.environ)
    for ch in changes:
        k, eq, v = ch.partition("=")
        if eq:
            env[fsencode(k)] = fsencode(v)
        else:
            env.pop(fsencode(k), None)
    return [k + b"=" + v for k, v in env.items()]


def resolve_user(name: str, program: str):
    if posix.getuid() != 0 or posix.geteuid() != 0:
        raise FatalError("You must be root to use the -u/--username option")
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        raise FatalError("Cannot find user '%s'" % name)
    st = posix.stat(program)
    euid = st.st_uid if st.st_mode & stat.S_ISUID else pw.pw_uid
    egid = st.st_gid if st.st_mode & stat.S_ISGID else pw.pw_gid
    return (name, pw.pw_uid, pw.pw_gid, euid, egid)


def build_writer(cfg: Config):
    t = cfg.text
    t.separate = bool(cfg.output and cfg.separate)
    if cfg.output and not t.separate and (cfg.follow or len(cfg.pids) > 1):
        t.pid_prefix = "plain"
    elif not cfg.output:
        t.pid_prefix = "bracket"
    else:
        t.pid_prefix = "none"
    if t.separate:
        writer = TextWriter(t, None, lambda pid: Stream(open_per_pid(cfg.output, pid,
                                                                     cfg.append)))
    else:
        out = open_shared_output(cfg)
        if (cfg.color == "always" or (cfg.color == "auto" and out.fileno() >= 0
                                      and posix.isatty(out.fileno()))) \
                and not cfg.json and cfg.summary != "only":   # else nothing of colour loads
            from .output.color import ColorLines, wanted
            if wanted(cfg.color, out.fileno()):
                out = ColorLines(out)
        writer = TextWriter(t, Stream(out), None)
    if t.show_ip:       # read while the tracee is stopped: the engine decodes live then
        from .engine import _ptrace
        writer.ip_of = _ptrace.instruction_pointer
    if t.stack_traces:  # walked while the tracee is stopped, as -i
        from .engine.stacks import StackTraces
        writer.stacks = StackTraces(report)
    return writer


def open_shared_output(cfg: Config) -> OutputFile:
    """-o FILE (or '|cmd'), else standard error; write errors go through OutputFile."""
    if not cfg.output:
        try:   # our own buffer on fd 2, never closing it; fd 2 may be closed already
            return OutputFile(open(2, "w", closefd=False, buffering=1 << 16), "stderr")
        except OSError:
            return OutputFile(None, "stderr")
    try:
        return OutputFile(open_output(cfg.output, cfg.append), cfg.output)
    except OSError as e:
        raise FatalError("Can't fopen '%s': %s" % (cfg.output, e.strerror))


def open_per_pid(base: str, pid: int, append: bool) -> OutputFile:
    """-ff: FILE.PID."""
    name = "%s.%d" % (base, pid)
    try:
        return OutputFile(open_output(name, append), name)
    except OSError as e:
        raise FatalError("Can't fopen '%s': %s" % (name, e.strerror))


def engine_options(cfg: Config) -> EngineOptions:
    quiet = cfg.quiet_set or frozenset()
    traced = None
    if cfg.trace_set is not None:
        from .filters import traced_by
        traced = traced_by(cfg.trace_set)
    return EngineOptions(
        follow=cfg.follow, decode=cfg.decode, quiet_attach="attach" in quiet,
        quiet_exit="exit" in quiet, quiet_thread_execve="thread-execve" in quiet,
        traced=traced, signal_set=cfg.signal_set, detach_on_execve=cfg.detach_on_execve,
        read_fds=cfg.read_fds, write_fds=cfg.write_fds,
        path_trace=PathTrace(cfg.paths, None if "path-resolution" in quiet else
                             report)
        if cfg.paths else None,
        interactive=not (cfg.output and cfg.command), injector=injector(cfg),
        live_leader=cfg.text.show_ip or cfg.text.stack_traces,
        mapping_changes=mapping_changes(cfg), debug=cfg.debug)


def mapping_changes(cfg: Config):
    """-k: the memory maps are read again after the syscalls that change them."""
    if not cfg.text.stack_traces:
        return None
    from .engine.stacks import MAPPING_CHANGES, StackTraces
    return MAPPING_CHANGES, StackTraces.mappings_changed


def injector(cfg: Config):
    if not cfg.inject:
        return None
    from .engine.inject import Injector
    return Injector(cfg.inject)


def seccomp_filter(cfg: Config):
    """The filter for the launched program, when it pays and changes nothing the program
    sees: a command is launched with -f and the trace set leaves syscalls out.

    Without -f there is no filter (plain ptrace): the filter is inherited, and a traced
    syscall of a child nobody traces would fail with ENOSYS; following children
    unasked instead breaks programs that trace their own (PTRACE_TRACEME, debuggers).
    With the filter the program dies with syscope (PTRACE_O_EXITKILL) rather than run
    on with failing syscalls.  -p with a command keeps plain ptrace, so that every
    process under the filter is one syscope may kill."""
    from .engine.seccomp import build_filter
    from .filters import ALL_SYSCALLS
    if cfg.seccomp is False or not cfg.command or cfg.paths:
        return None
    refusals = (   # what stops the filter, and what strace says when it was asked for
        (cfg.pids, "--seccomp-bpf is not enabled for processes attached with -p"),
        (not cfg.follow, "--seccomp-bpf cannot be used without -f/--follow-forks, disabling"),
        (cfg.detach_on_execve,
         "--seccomp-bpf is not enabled because it is not compatible with -b"),
    )
    for refused, message in refusals:
        if refused:
            if cfg.seccomp:
                report(message)
            return None
    if cfg.trace_set is None or cfg.trace_set >= ALL_SYSCALLS:
        return None
    stops = cfg.trace_set
    if cfg.text.stack_traces:   # -k reads the memory maps again after these
        from .engine.stacks import MAPPING_CHANGES
        stops = stops | MAPPING_CHANGES
    if "comm" in cfg.decode.decode_pids:    # -Y reads a thread's name again after it
        stops = stops | {"prctl"}
    return build_filter(stops)


def helper_pids(writer) -> set:
    """syscope's own children (the command of -o '|cmd'): their exits are no tracee's."""
    out = getattr(getattr(writer, "shared", None), "fp", None)
    proc = getattr(getattr(out, "fp", None), "proc", None)
    return {proc.pid} if proc is not None else set()


def run_trace(cfg: Config) -> int:
    program = None
    if cfg.command:
        program = find_program(cfg.command[0])
    user = resolve_user(cfg.user, program) if cfg.user and program else None
    writer = build_writer(cfg)
    set_xlat_style(cfg.decode.xlat_style)
    opts = engine_options(cfg)
    opts.seccomp_filter = seccomp_filter(cfg)
    opts.decoding = cfg.json or cfg.summary != "only"     # -c prints no arguments
    if cfg.json:
        sink, summary = json_sink(cfg, writer), None
    else:
        sink, summary = build_sinks(cfg, writer)
    trace_events = None
    if not cfg.daemonize:       # -D: the tracer's own process writes it
        sink, trace_events = add_trace_events(cfg, sink)
    engine = Engine(opts, sink, messages=report)
    engine.helpers = helper_pids(writer)
    # the launched program must not inherit the trace file
    out_fd = writer.shared.fp.fileno() if cfg.output and writer.shared is not None else -1
    if cfg.daemonize and program is not None:
        return run_daemonized(cfg, program)
    if cfg.pin_cpu is not None:
        pin(cfg.pin_cpu, cfg.pids)
    # From here on a fatal signal is noted, never raised: the loop's first turn cleans up
    # whatever was launched or attached by then.
    # (always interruptible with -p alone: the user must be able to let go)
    install_signal_handlers(engine, opts.interactive or not cfg.command, launched=False)
    try:
        if program is not None:
            engine.launch(fsencode(program), [fsencode(a) for a in cfg.command],
                          make_env(cfg.env_changes), user, out_fd)
        for pid in cfg.pids:
            engine.attach(pid)
    except (TraceError, OSError) as e:
        if engine.interrupted:   # the signal that interrupted us ended the program first
            return finish(engine)
        raise FatalError(str(e)) if isinstance(e, TraceError) else e
    if not engine.tasks:
        writer.close()
        # (a launched program that ended before it could be traced: as it ended)
        return finish(engine) if engine.child_pid else 1
    ignore_job_control()   # ignored signals survive exec: only once the program runs
    try:
        engine.run()
    finally:
        if summary is not None:
            writer.flush()
            writer.shared.write(summary.render())
        writer.flush()
        writer.close()
        if trace_events is not None:
            trace_events.close()
    outputs_closed()
    return finish(engine)


def run_daemonized(cfg: Config, program: str) -> int:
    """-D: the tracer runs as a detached grandchild, and this process becomes the
    program, so that the program keeps its pid and its parent (a shell, a service
    manager) waits for it directly.  -DD adds a new process group, -DDD a new session."""
    from .engine import _ptrace as P
    target = posix.getpid()
    ready_r, ready_w = posix.pipe()
    argv = [fsencode(a) for a in cfg.command]
    envp = make_env(cfg.env_changes)
    middle = posix.fork()
    if middle == 0:
        posix.close(ready_r)
        if posix.fork() != 0:
            posix._exit(0)
        code = 1
        try:
            if cfg.daemonize >= 3:
                posix.setsid()
            elif cfg.daemonize == 2:
                posix.setpgid(0, 0)
            writer = build_writer(cfg)
            sink, summary = build_sinks(cfg, writer)
            sink, trace_events = add_trace_events(cfg, sink)
            engine = Engine(engine_options(cfg), sink)
            engine.adopt(target)
            posix.write(ready_w, b"1")
            posix.close(ready_w)
            install_signal_handlers(engine, True)
            engine.run()
            if summary is not None:
                writer.flush()
                writer.shared.write(summary.render())
            writer.close()
            if trace_events is not None:
                trace_events.close()
            code = 0
        except (OSError, FatalError, TraceError) as e:
            report("-D: %s" % e)
        finally:
            posix._exit(code)
    posix.close(ready_w)
    posix.waitpid(middle, 0)
    ok = posix.read(ready_r, 1)
    posix.close(ready_r)
    if not ok:
        raise FatalError("-D: the tracer could not attach")
    sys.stdout.flush()
    sys.stderr.flush()
    P.exec_self(fsencode(program), argv, envp, None,
                sum(1 << (sig - 1) for sig in IGNORED_SIGNALS))
    raise FatalError("exec: %s" % posix.strerror(0))


def add_trace_events(cfg: Config, sink):
    """--trace-events FILE: the Chrome trace written beside the other output.
    -> (sink, the trace's sink to close at the end, or None)."""
    if not cfg.trace_events:
        return sink, None
    from .output.chrome_trace import open_trace_events
    from .output.sinks import Tee
    try:
        trace_events = open_trace_events(cfg.trace_events)
    except OSError as e:
        raise FatalError("Can't fopen '%s': %s" % (cfg.trace_events, e.strerror))
    return Tee(sink, trace_events), trace_events


def json_sink(cfg: Config, writer: TextWriter):
    """--json: one event a line, into the writer's files (-o FILE, -ff's FILE.PID, or
    standard error), which the writer opens, flushes, renames and closes as for text."""
    from .output.jsonl import EventSink, dumps
    from .output.sinks import Plumbing, StatusFilter, Tee
    events = EventSink(lambda ev: writer.stream(ev.pid).write(dumps(ev) + "\n"),
                       clock=lambda: "%.6f" % time.time())
    sink = Tee(events, Plumbing(writer))
    if cfg.status_set is not None:
        sink = StatusFilter(sink, cfg.status_set)
    return sink


def build_sinks(cfg: Config, writer: TextWriter):
    """The writer, behind -z/-Z/-e status= and beside -c/-C's counter."""
    from .output.sinks import StatusFilter, Tee
    text = writer
    if cfg.status_set is not None:
        text = StatusFilter(writer, cfg.status_set)
    if not cfg.summary:
        return text, None
    from .output.summary import DEFAULT_COLUMNS, Summary, parse_columns, parse_overhead, \
        parse_sortby
    summary = Summary(parse_columns(cfg.columns) if cfg.columns else DEFAULT_COLUMNS,
                      parse_sortby(cfg.sort_by) if cfg.sort_by else "total",
                      parse_overhead(cfg.overhead) if cfg.overhead else 0.0, cfg.wallclock)
    if cfg.summary == "only":
        return summary, summary
    return Tee(text, summary), summary


def pin(cpu: int, pids: list[int]) -> None:
    """--pin: syscope, the launched program (it inherits) and attached threads on one CPU."""
    try:
        posix.sched_setaffinity(0, {cpu})
        for pid in pids:
            for tid in posix.listdir("/proc/%d/task" % pid):
                posix.sched_setaffinity(int(tid), {cpu})
    except OSError as e:
        raise FatalError("--pin=%d: %s" % (cpu, e.strerror))


def install_signal_handlers(engine: Engine, interactive: bool, launched: bool = True) -> None:
    """Fatal signals interrupt the trace, or are caught and dropped: caught, not ignored,
    so that a program launched after this starts with them at their defaults (exec
    resets only caught ones).  Once the program runs, syscope ignores the terminal's
    job-control stops for itself.  A signal that was ignored when syscope started is
    caught all the same, and the launched program starts with it ignored, as it would
    untraced (a job started in the background, nohup)."""
    for sig in FATAL_SIGNALS:
        previous = signal.signal(sig, engine.interrupt if interactive else ignore_signal)
        # (the interpreter ignores SIGPIPE itself: the launcher tells how it was before)
        if previous == signal.SIG_IGN and sig != signal.SIGPIPE:
            engine.ignored_signals.add(sig)
    engine.ignored_signals |= IGNORED_SIGNALS
    if launched:
        ignore_job_control()


def ignore_job_control() -> None:
    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    signal.signal(signal.SIGTTIN, signal.SIG_IGN)


def ignore_signal(signum, frame=None) -> None:
    pass


def finish(engine: Engine) -> int:
    """strace's exit: interrupted, die of that signal (after letting the tracees go);
    else the launched program's status, or die of the signal that killed it."""
    sig = engine.interrupted or engine.exit_signal
    if sig:
        return die_of(sig)
    if engine.exit_status is not None:
        return engine.exit_status
    return 0
