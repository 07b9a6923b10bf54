"""The live tracing engine: launch or attach, the wait loop, and the process table.

It follows strace 6.1's model of ptrace events (PTRACE_SEIZE, syscall stops told
apart by PTRACE_GET_SYSCALL_INFO, PTRACE_LISTEN for group-stops) and reports what
it sees to a sink with the TextWriter's interface.

Two loops share the event handling:
- run_batched (the default): the C loop serves the syscall stops whose decoding needs
  only registers and memory regions known in advance (engine/plans.py), copying those
  while the tracee is stopped and resuming it at once; a second thread decodes the
  copies.  Every other stop comes back here and is handled with the tracee stopped.
  Under a seccomp filter (-f with -e trace=) it serves the filter's stops as entries.
- run_stepwise: every stop is handled here, decoding while the tracee is stopped; used
  when an option needs the live tracee to decode (-yy, -P, -e read/write=).
"""
from __future__ import annotations

import errno
import posix
import _signal as signal  # the C module: "signal" builds enums, a millisecond of start-up
import _struct as struct  # the C module: struct.py is one more import at start-up
import sys
from ..lean_os import getenv
from ..settings import Factory, Settings

from . import _ptrace as P
from time import monotonic

from ..abi import SYSCALL_NAMES, syscall_name, xlat_value
from ..decode import decoder_for
from ..decode.core import DECODERS, raw_decoder_for
from ..decode.core import Call, DecodeOptions, Decoder
from ..output.outfile import report
from ..progname import program
from .memory import TraceeMemory
from .plans import CAP_CSTR, SnapshotMemory

SYSCALL_TRAP = signal.SIGTRAP | 0x80
SYSCALL_STOP_STATUS = (SYSCALL_TRAP << 8) | 0x7F   # what waitpid reports for a syscall stop
STOP_SIGNALS = (signal.SIGSTOP, signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU)
WALL = 0x40000000
OP_ENTRY, OP_EXIT, OP_SECCOMP = 1, 2, 3
EXEC_NAMES = ("execve", "execveat")


class TraceError(Exception):
    """A failure syscope reports as 'syscope: ...' and exits 1 for."""


class EngineOptions(Settings):
    DEFAULTS = {
        "follow": False,
        "decode": Factory(DecodeOptions),
        "quiet_attach": False,
        "quiet_exit": False,
        "quiet_thread_execve": False,
        "traced": None,              # callable(name) -> bool; None traces everything
        "signal_set": None,          # signals printed; None means all
        "detach_on_execve": False,
        "read_fds": frozenset(),     # -e read=: dump data read from these
        "write_fds": frozenset(),    # -e write=: dump data written to these
        "path_trace": None,          # -P: a PathTrace
        "seccomp_filter": None,      # installed in the launched program (with -f only)
        "injector": None,            # -e inject=/fault=: an inject.Injector
        "interactive": True,         # fatal signals interrupt the trace
        "decoding": True,            # False when nothing prints arguments (-c)
        "live_leader": False,        # printing reads the stopped tracee (-i, -k)
        # -k: told when a syscall that changes memory maps returns (any tracee's,
        # printed or not), with the names of those syscalls
        "mapping_changes": None,     # (names, callable()) or None
        "debug": False,              # -d: strace's debug message of a syscall not named
    }


class Task:
    """One traced thread."""
    __slots__ = ("pid", "mem", "attached", "hide", "skip_first_exec_detach", "in_syscall",
                 "filtered", "call", "decoder", "entry_mono", "reprint", "seccomp",
                 "nr", "entry_stime", "prev_name", "grabbed", "resume_sig", "resume_at",
                 "renaming")

    def __init__(self, pid: int, mem, attached: bool = False, hide: bool = False,
                 skip_first_exec_detach: bool = False, grabbed: bool = False):
        self.pid = pid
        self.mem = mem
        self.attached = attached     # attached by us with -p (detach on exit), not launched
        self.hide = hide             # before the launched program's first execve
        self.skip_first_exec_detach = skip_first_exec_detach
        self.grabbed = grabbed       # attached with -p and not stopped yet
        self.in_syscall = False
        self.filtered = False
        self.call = None
        self.decoder = None
        self.entry_mono = 0.0
        self.reprint = False
        self.seccomp = False         # stops only where the seccomp filter says
        self.nr = None               # the last syscall number (-n prints it on every line)
        self.entry_stime = 0.0       # system CPU time at the syscall's entry (-c)
        self.prev_name = None        # the last syscall that returned (restart_syscall names it)
        self.resume_sig = 0          # -e inject=: a signal to resume with
        self.resume_at = 0.0         # -e inject=: stay stopped until then (monotonic)
        self.renaming = False        # in prctl(PR_SET_NAME): -Y reads its name again after


class Engine:
    def __init__(self, opts: EngineOptions, sink, messages=None):
        self.opts = opts
        self.sink = sink
        self.tasks: dict[int, Task] = {}
        self.child_pid = 0          # the launched program
        self.exit_status: int | None = None   # of the launched program
        self.exit_signal: int | None = None
        # signals syscope catches that were ignored when it started: the launched
        # program starts with them ignored, as it would untraced
        self.ignored_signals: set[int] = set()
        self.interrupted = 0
        self.stime = 0.0
        self.msg = messages or report
        o = P.PTRACE_O_TRACESYSGOOD | P.PTRACE_O_TRACEEXEC | P.PTRACE_O_TRACEEXIT
        if opts.follow:
            o |= P.PTRACE_O_TRACECLONE | P.PTRACE_O_TRACEFORK | P.PTRACE_O_TRACEVFORK
        if opts.seccomp_filter:
            o |= P.PTRACE_O_TRACESECCOMP
        self.ptrace_options = o
        self.dump_fds = (opts.read_fds, opts.write_fds) if (opts.read_fds or opts.write_fds) \
            else None
        self.rendering = False     # the C loop prints the syscalls it has programs for
        self.counts = None         # -c: the Summary the C loop's counts go to
        self.planner = None        # nr -> None: plans syscalls for the C loop as they come
        self.renderer = None       # the Renderer compiling programs for the C loop
        self.exited: set = set()   # tracees gone, whose parent's fork event may still come
        self.planned: set = set()
        self.serve_buf = bytearray(1 << 17)
        self.helpers: set = set()  # syscope's own children (-o '|cmd'): not tracees
        names, self.on_mapping_change = opts.mapping_changes or ((), None)
        self.mapping_nrs = frozenset(nr for nr, n in SYSCALL_NAMES.items() if n in names) \
            if names else frozenset()
        # -Y: a thread's name changes by prctl(PR_SET_NAME), traced or not (and by execve)
        self.rename_nr = next((nr for nr, n in SYSCALL_NAMES.items() if n == "prctl"), -1) \
            if "comm" in opts.decode.decode_pids else -1
        # (looked up only then: the constant tables are read when first needed)
        self.pr_set_name = xlat_value("prctl_options", "PR_SET_NAME") \
            if self.rename_nr >= 0 else None

    # -- process table -----------------------------------------------------------
    def _add(self, pid: int, **kw) -> Task:
        t = Task(pid, TraceeMemory(pid), **kw)
        self.tasks[pid] = t
        if self.rendering and t.hide:
            P.set_quiet(pid, True)
        self.sink.track(pid)
        self.load_comm(pid)
        self.sink.set_nprocs(len(self.tasks))
        return t

    def load_comm(self, pid: int) -> None:
        """-Y: the tracee's command name, for its lines (at start and after execve)."""
        if "comm" in self.opts.decode.decode_pids:
            set_comm = getattr(self.sink, "set_comm", None)
            if set_comm is not None:
                from .pidns import NAMESPACES, comm_text
                set_comm(pid, comm_text(NAMESPACES.proc_pid(pid)))

    def _drop(self, pid: int, detached: bool = False, reaped: bool = False) -> None:
        """reaped: the C loop printed its exit and forgot it (the pid may be another
        tracee's already)."""
        self.tasks.pop(pid, None)
        if self.rendering:
            if len(self.exited) > 1 << 16:
                self.exited.clear()
            self.exited.add(pid)
        if self.opts.decode.decode_pids:
            from .pidns import NAMESPACES
            NAMESPACES.forget(pid)
        if not reaped:
            P.forget(pid)
        self.sink.drop(pid, detached)
        self.sink.set_nprocs(len(self.tasks))

    # -- starting ---------------------------------------------------------------
    def launch(self, path: bytes, argv: list[bytes], envp: list[bytes], user=None,
               close_fd: int = -1, stdio: tuple | None = None) -> int:
        """stdio: descriptors for the program's stdin, stdout, stderr (-1: ours)."""
        uid = gid = euid = egid = -1
        name = None
        if user is not None:
            name, uid, gid, euid, egid = user
        ignored = sum(1 << (sig - 1) for sig in self.ignored_signals)
        P.set_program_name(program())
        pid, status = P.spawn(path, argv, envp, name, uid, gid, euid, egid, close_fd,
                              self.opts.seccomp_filter, stdio or (-1, -1, -1), ignored)
        if not posix.WIFSTOPPED(status):
            # It ended before it could be traced: a signal to its process group (a Ctrl-C)
            # came first.  Nothing to trace; syscope ends as the program did.
            self.child_pid = pid
            if posix.WIFSIGNALED(status):
                self.exit_signal = posix.WTERMSIG(status)
            else:
                self.exit_status = posix.WEXITSTATUS(status)
            return pid
        options = self.ptrace_options
        if self.opts.seccomp_filter:
            # The filter outlives us; a syscall it sends to a tracer that is gone fails
            # with ENOSYS.  So the program and its children (they inherit the option)
            # die with syscope rather than run on failing.
            options |= P.PTRACE_O_EXITKILL
        try:
            P.seize(pid, options)
        except OSError as e:
            posix.kill(pid, signal.SIGKILL)
            raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): %s" % (pid, e.strerror))
        posix.kill(pid, signal.SIGCONT)
        self.child_pid = pid
        self._add(pid, hide=True, skip_first_exec_detach=True)
        return pid

    def adopt(self, pid: int) -> None:
        """-D: trace our own parent, which is about to exec the program."""
        P.seize(pid, self.ptrace_options)
        P.restart(P.PTRACE_INTERRUPT, pid, 0)
        self._add(pid, hide=True, skip_first_exec_detach=True)

    def attach(self, pid: int) -> bool:
        if pid == posix.getpid() or pid == posix.getppid():
            self.msg("attach: pid %d: Operation not permitted" % pid)
            return False
        try:
            P.seize(pid, self.ptrace_options)
            P.restart(P.PTRACE_INTERRUPT, pid, 0)
        except OSError as e:
            text = "attach: ptrace(PTRACE_SEIZE, %d): %s" % (pid, e.strerror)
            if e.errno == errno.EPERM:
                text += hint_eperm(pid)
            self.msg(text)
            return False
        self._add(pid, attached=True, grabbed=True)
        nthreads = 0
        if self.opts.follow:
            try:
                tids = sorted(int(t) for t in posix.listdir("/proc/%d/task" % pid))
            except OSError:
                tids = []
            for tid in tids:
                if tid == pid or tid in self.tasks:
                    continue
                try:
                    P.seize(tid, self.ptrace_options)
                    P.restart(P.PTRACE_INTERRUPT, tid, 0)
                except OSError:
                    continue
                self._add(tid, attached=True, grabbed=True)
                nthreads += 1
        if not self.opts.quiet_attach:
            if nthreads:
                self.msg("Process %d attached with %d threads" % (pid, nthreads + 1))
            else:
                self.msg("Process %d attached" % pid)
        return True

    # -- the loop ----------------------------------------------------------------
    def batched(self) -> bool:
        """The C loop may serve syscall stops alone unless an option needs the live
        tracee while decoding (-y reads /proc, -P and dumps read more memory)."""
        o = self.opts
        return not (o.decode.decode_fds > 1 or o.decode.decode_pids or o.live_leader
                    or o.path_trace is not None or self.dump_fds
                    or getenv("SYSCOPE_NO_BATCH") == "1"
                    or (o.injector is not None and o.injector.delays))

    def run(self) -> None:
        from ..startup import start_up_over
        start_up_over()
        batched = self.batched()
        # the C loop serves the seccomp filter's stops too (engine/_ptrace.c)
        P.set_seccomp(bool(self.opts.seccomp_filter) and batched)
        if batched:
            from .plans import install
            P.reset_plans()
            strlen, decoding = self.opts.decode.max_strlen, self.opts.decoding
            renderer = self.renderer = self.start_rendering() or self.start_counting()
            injector = self.opts.injector
            # -y: a copy cannot tell what a descriptor refers to: what the C loop does
            # not print is decoded live
            live = bool(self.opts.decode.decode_fds)
            if live and renderer is None:
                return self.run_stepwise()
            ahead = None
            if decoding and not live:
                from .render import programs_ahead
                ahead = programs_ahead()
                if ahead is not None and strlen != ahead.module.PLAN_STRLEN:
                    ahead = None

            def planner(nr: int) -> None:
                if injector is not None and injector.covers(nr):   # tampered live
                    P.set_plan(nr, False, (), ())
                    return
                if renderer is not None:
                    renderer.compile(nr, syscall_name(nr))
                if live:
                    P.set_plan(nr, False, (), ())
                else:
                    install(P.set_plan, nr, strlen, decoding, ahead)
            self.planner = planner
            if renderer is not None:
                return self.run_rendered()
            return self.run_batched()
        return self.run_stepwise()

    def start_rendering(self):
        """Let the C loop print the syscalls it has compiled programs for, when the
        output is strace's text in one stream and no option needs Python per line.
        Returns the Renderer that compiles them, or None."""
        from ..output.text import TextWriter
        from . import render
        if (type(self.sink) is not TextWriter or not self.opts.decoding
                or not render.renderable_options(self.opts.decode)
                or getenv("SYSCOPE_NO_RENDER") == "1"):
            return None
        if not render.attach_writer(self.sink):
            return None
        # the loop serves fork and exit events too, unless an injection holds tracees
        P.set_events(self.opts.injector is None, self.child_pid, not self.opts.quiet_exit)
        return self.begin_rendering(render.Renderer(self.opts.decode, self.opts.traced,
                                                    lambda n: n not in EXEC_NAMES))

    def start_counting(self):
        """-c alone: the C loop counts every syscall it can, and prints nothing.
        Returns the Renderer that says which, or None."""
        from ..output.summary import Summary
        from . import render
        s = self.sink
        if type(s) is not Summary or getenv("SYSCOPE_NO_RENDER") == "1":
            return None
        self.counts = s
        P.out_open(-1, 0, 0, 0, 0, 0, 0)
        P.set_counting(True, s.wallclock, s.overhead)
        return self.begin_rendering(render.Renderer(self.opts.decode, self.opts.traced,
                                                    lambda n: n not in EXEC_NAMES,
                                                    counting=True))

    def begin_rendering(self, renderer):
        """From now on the C loop prints (or counts) what renderer compiles; the
        launched program stays unseen until its execve."""
        self.rendering = True
        P.set_rendering(True)
        for task in self.tasks.values():
            if task.hide:
                P.set_quiet(task.pid, True)
        return renderer

    def take_counts(self) -> None:
        """What the C loop counted joins what Python counted (-c)."""
        for nr, calls, errors, total, tmin, tmax in P.take_counts():
            self.counts.merge(nr, syscall_name(nr), calls, errors, total, tmin, tmax)
        P.set_counting(False, False, 0.0)

    def run_rendered(self) -> None:
        """The C loop prints what it has programs for; each other syscall comes back
        as a record (the tracee already running again) and is printed here at once,
        so that every line goes out in order through the one stream."""
        run_batch = P.run_batch_raw
        buf = bytearray(1 << 20)
        tasks = self.tasks
        stream = self.stream()
        last_flush = monotonic()
        try:
            while tasks:
                if self.interrupted:
                    self.cleanup()
                    return
                stream.push()
                try:
                    pid, status, stime, n = run_batch(buf, 4096, 20)
                except ChildProcessError:
                    break
                finally:
                    stream.pull()
                    self.take_life_cycle()
                self.stime = stime
                if n:
                    self.replay_records(buf, n)
                if pid > 0:
                    self.handle(pid, status)
                now = monotonic()
                if pid == 0 or now - last_flush > 0.05:
                    self.sink.flush()
                    last_flush = now
        finally:
            P.set_rendering(False)
            P.set_events(False)
            if self.counts is not None:
                self.take_counts()
            self.sink.flush()
            stream.push()

    def take_life_cycle(self) -> None:
        """What the C loop did to the process table since it last returned: children
        of the fork events it served join it, tracees whose exits it printed leave."""
        for pid, _code in P.take_reaped():
            self._drop(pid, reaped=True)
        for pid in P.take_born():
            if pid in self.exited:          # it ran to its end before its parent's event
                self.exited.discard(pid)
            elif pid not in self.tasks:
                self.new_tracee(pid)

    def new_tracee(self, pid: int) -> Task:
        """A tracee met for the first time (a traced program's new child or thread)."""
        task = self._add(pid, attached=True)
        if not self.opts.quiet_attach:
            self.sink.flush()
            self.msg("Process %d attached" % pid)
        return task

    def stream(self):
        """The stream the C loop shares with Python while it renders."""
        from .render import NoStream
        return getattr(self.sink, "shared", None) or NoStream()

    def run_batched(self) -> None:
        """The C loop serves the common syscall stops: it copies what each decoder
        needs into a buffer and resumes the tracee at once.  A second thread decodes
        one buffer while the C loop fills the other, so decoding runs beside the
        tracee instead of in its way; any other stop waits until every record before
        it is printed, then is handled here with the tracee stopped."""
        import queue
        import threading
        buffers: queue.Queue = queue.Queue()
        for _ in range(2):
            buffers.put(bytearray(1 << 20))
        work: queue.Queue = queue.Queue()
        failures: list = []

        def decode_batches():
            while True:
                item = work.get()
                if item is None:
                    work.task_done()
                    return
                buf, n = item
                try:
                    if not failures:
                        self.replay_records(buf, n)
                        self.sink.flush()    # bounds what a SIGKILL of syscope loses
                except BaseException as e:   # re-raised in the main thread
                    failures.append(e)
                finally:
                    buffers.put(buf)
                    work.task_done()

        decoder = threading.Thread(target=decode_batches, name="syscope-decode", daemon=True)
        decoder.start()
        run_batch = P.run_batch_raw
        tasks = self.tasks
        last_flush = monotonic()
        try:
            while tasks:
                if self.interrupted:
                    work.join()
                    self.cleanup()
                    return
                buf = buffers.get()
                try:
                    pid, status, stime, n = run_batch(buf, 4096, 20)
                except ChildProcessError:
                    break
                if n:
                    work.put((buf, n))
                else:
                    buffers.put(buf)
                if pid < 0:          # the batch is full (-1) or a signal came (-2)
                    continue
                work.join()          # everything before this stop is printed first
                if failures:
                    raise failures[0]
                self.stime = stime
                if pid:
                    self.handle(pid, status)
                now = monotonic()
                if pid == 0 or now - last_flush > 0.1:
                    self.sink.flush()
                    last_flush = now
        finally:
            work.join()
            work.put(None)
            decoder.join()
            self.sink.flush()

    def replay_records(self, buf, n: int) -> None:
        """Decode one buffer of the C loop's records (layout in _ptrace.c)."""
        unpack = struct.unpack_from
        tasks = self.tasks
        set_clock = getattr(self.sink, "set_clock", None)
        off = 0
        while off < n:
            pid, op, nr = unpack("<iiq", buf, off)
            mono, real, stime, ncaps = unpack("<dddI", buf, off + 64)
            head = off
            off += 104
            caps = []
            for _ in range(ncaps):
                kind, terminated, length, addr = unpack("<BBxxIQ", buf, off)
                data = bytes(buf[off + 16:off + 16 + length])
                caps.append((kind, addr, (data, bool(terminated)) if kind == CAP_CSTR else data))
                off += 16 + ((length + 7) & ~7)
            task = tasks.get(pid)
            if task is None:
                continue
            self.stime = stime
            if set_clock is not None:
                set_clock(real, mono)
            mem = SnapshotMemory(pid, caps)
            if op == OP_ENTRY:
                self.enter(task, nr, unpack("<6Q", buf, head + 16), 0, mem, mono)
            else:
                rval, is_error = unpack("<qq", buf, head + 16)
                self.leave(task, rval, is_error, mem, mono)
        if set_clock is not None:
            set_clock(None, None)

    def handle(self, pid: int, status: int) -> None:
        """One stop: a syscall stop of a known tracee (the common case) first."""
        if status & 0xFFFF == SYSCALL_STOP_STATUS and not status >> 16:
            task = self.tasks.get(pid)
            if task is not None:
                op = self.syscall_stop(task)
                if op is not None:
                    P.restart(op, pid, 0)
                return
        self.dispatch(pid, status)

    def run_stepwise(self) -> None:
        """Output is flushed whenever the tracees have run 20 ms without a stop, so a
        person watching sees a blocked call at once, and a busy trace is written in
        batches rather than a write per syscall."""
        wait = P.wait_or_idle
        tasks = self.tasks
        injector = self.opts.injector
        stops = 0
        last_flush = monotonic()
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
        try:
            while tasks:
                if self.interrupted:
                    self.cleanup()
                    return
                if injector is not None and injector.parked:
                    injector.wake()     # -e inject=...:delay_*: tracees whose delay is over
                try:
                    r = wait(20)
                except ChildProcessError:
                    break
                if r is None:
                    continue
                pid, status, self.stime = r
                if not pid:
                    self.sink.flush()
                    last_flush = monotonic()
                    continue
                stops += 1
                if not stops & 255 and monotonic() - last_flush > 0.1:
                    self.sink.flush()
                    last_flush = monotonic()
                self.handle(pid, status)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
            self.sink.flush()

    def dispatch(self, pid: int, status: int) -> None:
        task = self.tasks.get(pid)
        if task is None:
            if not posix.WIFSTOPPED(status):
                # a child we never traced (inherited: "(sleep 1 & exec syscope true)"),
                # or the launched program let go at its execve (-b execve)
                if not (self.opts.detach_on_execve and pid == self.child_pid) \
                        and pid not in self.helpers and not self.opts.quiet_exit:
                    self.sink.flush()
                    self.msg("Exit of unknown pid %u ignored" % pid)
                return
            if not self.opts.follow:
                # a clone that asked for CLONE_PTRACE itself
                P.restart(P.PTRACE_DETACH, pid, 0)
                if not self.opts.quiet_attach:
                    self.sink.flush()
                    self.msg("Detached unknown pid %d" % pid)
                return
            task = self.new_tracee(pid)
        if posix.WIFEXITED(status):
            code = posix.WEXITSTATUS(status)
            if pid == self.child_pid:
                self.exit_status = code
            if not self.opts.quiet_exit:
                self.sink.exited(pid, code, task.nr)
            self._drop(pid)
            return
        if posix.WIFSIGNALED(status):
            sig = posix.WTERMSIG(status)
            if pid == self.child_pid:
                self.exit_signal = sig
            if self._signal_shown(sig):
                self.sink.killed(pid, sig, posix.WCOREDUMP(status), task.nr)
            self._drop(pid)
            return
        sig = posix.WSTOPSIG(status)
        event = status >> 16
        op = P.PTRACE_SYSCALL
        restart_sig = 0
        if event == 0:
            if sig == SYSCALL_TRAP:
                op = self.syscall_stop(task)
                if op is None:
                    return
            else:
                si = P.getsiginfo(pid)
                if si is None:
                    if not task.hide and self._signal_shown(sig):
                        self.sink.stopped(pid, sig, task.nr)
                    op = P.PTRACE_LISTEN
                else:
                    if not task.hide and self._signal_shown(sig):
                        from ..decode.signal import format_siginfo
                        self.sink.signal(pid, sig, format_siginfo(si, self._fd_formatter(pid),
                                                                  self._pid_formatter(pid)),
                                         task.nr)
                    restart_sig = sig
                    if self.runs_to_filter(task):
                        op = P.PTRACE_CONT
        elif event == P.PTRACE_EVENT_STOP:
            if task.grabbed:
                # What restart_syscall will say it resumes.  At this stop the kernel
                # reports no syscall, which strace takes as number 0 ("read").
                task.grabbed = False
                info = P.syscall_info(pid)
                nr = info[1] if info is not None and info[0] in (OP_ENTRY, OP_SECCOMP) else 0
                task.prev_name = syscall_name(nr)
                if self.rendering:
                    P.last_nr(pid, nr)
            if sig in STOP_SIGNALS:
                if not task.hide and self._signal_shown(sig):
                    self.sink.stopped(pid, sig, task.nr)
                op = P.PTRACE_LISTEN
            elif self.runs_to_filter(task):
                op = P.PTRACE_CONT
        elif event == P.PTRACE_EVENT_EXEC:
            task = self.exec_event(task)
            if task is None:
                return
            pid = task.pid
        elif event == P.PTRACE_EVENT_EXIT:
            self.exit_event(task)
        elif event == P.PTRACE_EVENT_SECCOMP:
            task.seccomp = True
            op = self.syscall_stop(task)
            if op is None:
                return
        elif self.runs_to_filter(task):
            op = P.PTRACE_CONT   # fork/clone events keep a seccomp tracee running
        if not P.restart(op, pid, restart_sig):
            pass  # gone; its exit status will tell
        elif event == P.PTRACE_EVENT_EXIT:
            P.expect_exit(pid)

    def runs_to_filter(self, task: Task) -> bool:
        """The thread is under the seccomp filter and not inside a syscall: PTRACE_CONT
        resumes it to its next filter stop.  The C loop knows of filter stops and calls
        in flight that Python never saw."""
        if self.planner is not None:
            in_flight, seccomp = P.thread_state(task.pid)
            task.seccomp = task.seccomp or bool(seccomp)
            if in_flight:
                return False
        return task.seccomp and not task.in_syscall

    def _signal_shown(self, sig: int) -> bool:
        s = self.opts.signal_set
        return s is None or sig in s

    def _fd_formatter(self, pid: int):
        kinds = self.opts.decode.fd_set()

        def fmt(fd: int) -> str:
            if kinds and fd >= 0:
                from .fdinfo import fd_info
                info = fd_info(pid, fd, kinds)
                if info:
                    return "%d%s" % (fd, info)
            return str(fd)
        return fmt

    def _pid_formatter(self, pid: int):
        """A signal's si_pid, in the namespace of the tracee it stopped."""
        what = self.opts.decode.decode_pids

        def fmt(value: int) -> str:
            if what and value > 0:
                from .pidns import NAMESPACES
                return "%d%s" % (value, NAMESPACES.decoration(pid, value, "tgid", what))
            return str(value)
        return fmt

    # -- syscalls ----------------------------------------------------------------
    def syscall_stop(self, task: Task) -> int | None:
        """Handle a syscall stop; the request to resume with (None: resumed already)."""
        info = P.syscall_info(task.pid)
        if info is None:
            return P.PTRACE_SYSCALL
        op = info[0]
        if op == OP_SECCOMP and task.in_syscall:
            # Entry already seen at its syscall-entry-stop: the filter is in place now.
            return P.PTRACE_SYSCALL
        if op in (OP_ENTRY, OP_SECCOMP) and self.planner is not None:
            if info[1] not in self.planned:
                self.planned.add(info[1])
                self.planner(info[1])
                if self.serve_here(task):
                    return None
            if task.hide and self.rendering and SYSCALL_NAMES.get(info[1]) in EXEC_NAMES:
                # the launched program's execve ends its quiet: printed by the C loop
                # like any later one, without the decoders
                task.hide = False
                P.set_quiet(task.pid, False)
                if self.serve_here(task):
                    return None
        if op == OP_ENTRY or op == OP_SECCOMP:
            self.enter(task, info[1], info[2], info[5])
            request = P.PTRACE_SYSCALL
        elif op == OP_EXIT:
            self.leave(task, info[3], info[4])
            # with a seccomp filter only the filter's stops are wanted until the next one
            request = P.PTRACE_CONT if task.seccomp else P.PTRACE_SYSCALL
        else:
            return P.PTRACE_SYSCALL
        if task.resume_sig or task.resume_at:     # -e inject=: a signal or a delay
            return self.opts.injector.resume(task, request)
        return request

    def serve_here(self, task: Task) -> bool:
        """Let the C loop serve this stop if it now can (the syscall just planned, the
        thread no longer quiet); False when Python must."""
        if self.rendering:          # the C side may print: it must have the stream
            self.stream().push()
        code, n = P.serve(task.pid, self.serve_buf, self.stime)
        if self.rendering:
            self.stream().pull()
        if code == 1:
            self.replay_records(self.serve_buf, n)
        return code != 2

    def enter(self, task: Task, nr: int, args: tuple, sp: int, mem=None,
              mono: float | None = None) -> None:
        name = SYSCALL_NAMES.get(nr)
        if name is None:
            name = syscall_name(nr)
            if self.opts.debug:
                self.msg("pid %d invalid syscall %#x" % (task.pid, nr))
        task.in_syscall = True
        task.nr = nr
        task.call = None
        if nr == self.rename_nr and (args[0] & 0xFFFFFFFF) == self.pr_set_name:
            task.renaming = True
        if task.hide:
            if name in EXEC_NAMES:
                task.hide = False
                if self.rendering:
                    P.set_quiet(task.pid, False)
            else:
                task.filtered = True
                return
        traced = self.opts.traced
        if traced is not None and not traced(name):
            task.filtered = True
            return
        task.filtered = False
        prev = task.prev_name
        if self.rendering:          # the C loop knows the calls it printed too
            last = P.last_nr(task.pid)
            prev = syscall_name(last) if last >= 0 else prev
        call = Call(task.pid, nr, name, args, self.opts.decode, mem or task.mem,
                    saved={"sp": sp, "prev": prev})
        if self.opts.path_trace is not None and not self.opts.path_trace.matches(call):
            task.filtered = True
            return
        if name in self.opts.decode.raw_set:
            decoder = raw_decoder_for(name)
        else:
            decoder = DECODERS.get(name) or decoder_for(name)
        if self.opts.injector is not None:     # tampering comes before decoding
            decoder = self.opts.injector.enter(task, call, decoder)
        try:
            text = decoder.entry(call) if self.opts.decoding else ""
        except Exception:   # a decoder's bug must not end the trace: print it raw
            decoder = raw_decoder_for(name)
            text = decoder.entry(call)
        if self.renderer is not None and nr in self.renderer.lazy:
            self.renderer.learn(nr, args)
        task.call = call
        task.decoder = decoder
        task.reprint = False
        task.entry_mono = mono if mono is not None else monotonic()
        task.entry_stime = self.stime
        self.sink.syscall_entry(task.pid, call, text)

    def leave(self, task: Task, rval: int, is_error: int, mem=None,
              mono: float | None = None) -> None:
        task.in_syscall = False
        if task.nr in self.mapping_nrs:
            self.on_mapping_change()
        if task.renaming:
            task.renaming = False
            if not is_error:
                self.load_comm(task.pid)
        call = task.call
        if call is None and self.rendering and not task.filtered:
            call = self.handed_over(task)
        if task.filtered or call is None:
            task.filtered = False
            return
        duration = (mono if mono is not None else monotonic()) - task.entry_mono
        task.prev_name = call.name
        if self.rendering:
            P.last_nr(task.pid, call.nr)
        if mem is not None:
            if call.mem is not task.mem:       # keep what was copied at entry too
                mem.regions = {**call.mem.regions, **mem.regions}
            call.mem = mem
        task.call = None
        call.exited = True
        call.saved["stime"] = self.stime - task.entry_stime
        if self.opts.injector is not None:
            rval, is_error = self.opts.injector.leave(task, call, rval, is_error)
        if is_error:
            call.error = -rval
            call.rval = -1
        else:
            call.rval = rval
        decoder = task.decoder
        try:
            if self.opts.decoding:
                text = decoder.exit(call)
                ret = decoder.ret(call)
            else:
                text = ret = ""
        except Exception:   # as at entry: never lose the line to a decoder's bug
            text, ret = "", raw_decoder_for(call.name).ret(call)
        if task.reprint:
            self.sink.force_resume(task.pid)
        if self.dump_fds:
            from .dumps import capture_dump
            capture_dump(call, *self.dump_fds)
        self.sink.syscall_exit(task.pid, call, text, ret, duration)

    def handed_over(self, task: Task) -> Call | None:
        """A call whose entry the C loop printed and whose exit it left to Python (what
        the kernel filled in, printed by the Python decoder): rebuilt from the loop's
        copy of its arguments."""
        h = P.take_handoff(task.pid)
        if h is None:
            return None
        nr, args, task.entry_mono = h
        name = syscall_name(nr)
        task.decoder = DECODERS.get(name) or decoder_for(name)
        task.entry_stime = self.stime
        task.reprint = False
        return Call(task.pid, nr, name, args, self.opts.decode, task.mem)

    def exit_event(self, task: Task) -> None:
        """PTRACE_EVENT_EXIT: a syscall in progress never returns ('= ?')."""
        if task.in_syscall and task.call is not None and not task.filtered:
            # strace marks a call whose decoder had more to print at exit
            self.sink.syscall_gone(task.pid, task.call,
                                   " <unfinished ...>" if prints_at_exit(task.decoder) else "")
            task.call = None
        elif self.rendering:        # a call the C loop printed the start of
            nr = P.take_inflight(task.pid)
            if nr >= 0:
                name = syscall_name(nr)
                self.sink.syscall_gone(task.pid, Call(task.pid, nr, name, (), self.opts.decode,
                                                      task.mem),
                                       " <unfinished ...>" if prints_at_exit(DECODERS.get(name))
                                       else "")

    def exec_event(self, task: Task) -> Task | None:
        """A successful execve; a non-leader thread that execs takes the leader's pid."""
        pid = task.pid
        try:
            old = P.geteventmsg(pid)
        except OSError:
            old = pid
        if old != pid and old in self.tasks:
            execer = self.tasks.pop(old)
            if self.rendering and execer.call is None:   # its execve printed by the C loop
                execer.call = self.handed_over(execer)
                execer.in_syscall = execer.call is not None
            # The C loop's in-flight entries: the leader's (a read, a sleep) never returns,
            # and this pid's next exit stop is the execve's, which it did not see enter.
            P.forget(pid)
            P.forget(old)
            self.sink.pid_changed(old, pid)
            self.sink.rename(old, pid)
            self.tasks.pop(pid, None)
            execer.pid = pid
            execer.mem = TraceeMemory(pid)
            self.tasks[pid] = execer
            self.sink.set_nprocs(len(self.tasks))
            if not self.opts.quiet_thread_execve:
                self.sink.superseded(pid, old, execer.nr)
            execer.reprint = True
            task = execer
        if self.opts.detach_on_execve:
            if task.skip_first_exec_detach:
                task.skip_first_exec_detach = False
            else:
                self.detach(task, held=0)     # in its exec stop
                return None
        task.skip_first_exec_detach = False
        if self.opts.decode.decode_pids:
            from .pidns import NAMESPACES
            NAMESPACES.forget(task.pid)
            self.load_comm(task.pid)
        return task

    # -- ending ------------------------------------------------------------------
    def detach(self, task: Task, held: int | None = None) -> None:
        """Let a tracee go.  held: it is in a stop this engine waited for and has not
        restarted it from, and the signal it was to get: it is detached at once with it.
        Otherwise it may be in a stop not waited for yet, a signal's among them (the one
        passed on to a launched program when syscope is interrupted): a detach at once
        would discard that signal, so it is interrupted and its next stop waited for."""
        pid = task.pid
        if held is not None:
            P.restart(P.PTRACE_DETACH, pid, held)
        else:
            # stop it first, then detach, passing on any signal it stopped with
            if P.restart(P.PTRACE_INTERRUPT, pid, 0):
                while True:
                    try:
                        _, status = posix.waitpid(pid, WALL)
                    except InterruptedError:
                        continue
                    except ChildProcessError:
                        break
                    if not posix.WIFSTOPPED(status):
                        break
                    sig = posix.WSTOPSIG(status)
                    if (status >> 16) == P.PTRACE_EVENT_STOP or sig == SYSCALL_TRAP \
                            or (status >> 16):
                        sig = 0
                    P.restart(P.PTRACE_DETACH, pid, sig)
                    break
        if task.attached and not self.opts.quiet_attach:
            self.sink.flush()
            self.msg("Process %d detached" % pid)
        self._drop(pid, detached=True)

    def cleanup(self) -> None:
        """Interrupted: the launched program gets the signal, everyone else is let go.
        Under a seccomp filter every tracee descends from the launched program and
        would fail its traced syscalls once let go: they are killed, as strace does."""
        sig = self.interrupted
        injector = self.opts.injector
        # tracees a delay injection holds stopped, with the signal each was to resume with
        held = {pid: s for _, pid, _, s in injector.parked} if injector is not None else {}
        for task in list(self.tasks.values()):
            if task.pid == self.child_pid:
                try:
                    posix.kill(task.pid, signal.SIGCONT)
                    posix.kill(task.pid, sig)
                except OSError:
                    pass
            if self.opts.seccomp_filter:
                try:
                    posix.kill(task.pid, signal.SIGKILL)
                except OSError:
                    pass
                self._drop(task.pid)
                continue
            self.detach(task, held.get(task.pid))
        self.sink.flush()

    def interrupt(self, signum, frame=None) -> None:
        self.interrupted = signum


def prints_at_exit(decoder) -> bool:
    """Whether a decoder prints arguments at exit (strace: not RVAL_DECODED at entry)."""
    if decoder is None:
        return False
    specs = getattr(decoder, "specs", None)
    if specs is not None:      # a signature: an output argument is printed at exit
        return any(s.output for s in specs)
    return type(decoder).exit is not Decoder.exit


def hint_eperm(pid: int = 0) -> str:
    """Why tracing pid was refused, when we can tell."""
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            if pid and not f.read():
                return " (hint: %d is a kernel thread; kernel threads cannot be traced)" % pid
    except OSError:
        pass
    try:
        with open("/proc/%d/status" % pid) as f:
            if pid and any(ln.startswith("TracerPid:") and ln.split()[1] != "0" for ln in f):
                return " (hint: %d is already being traced by another process)" % pid
    except OSError:
        pass
    hint = ""
    try:
        with open("/proc/sys/kernel/yama/ptrace_scope") as f:
            if f.read().strip() not in ("0", ""):
                hint = " (hint: /proc/sys/kernel/yama/ptrace_scope restricts ptrace;" \
                       " run as root or set it to 0)"
    except OSError:
        pass
    if not hint and posix.geteuid() != 0:
        hint = " (hint: tracing another user's process needs root or CAP_SYS_PTRACE)"
    return hint
