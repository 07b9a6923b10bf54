"""The strace text writer: line leaders (pid, time), the '=' column, and the
<unfinished ...> / <... name resumed> interleaving of strace 6.1's printleader."""
from __future__ import annotations

import io
import posix
import time
from ..settings import Settings

from ..abi import signal_name


class TextOptions(Settings):
    DEFAULTS = {
        "ts_format": None,     # None, "time" (-t), "unix" (-ttt)
        "ts_width": 0,         # digits after the point: 0, 6 (us), 9 (ns)
        "relative": False,     # -r
        "rel_width": 6,
        "durations": False,    # -T
        "dur_width": 6,
        "acolumn": 40,         # -a
        "pid_prefix": "none",  # "none", "bracket" ([pid N]), "plain" (N in -o files)
        "show_nr": False,      # -n
        "show_ip": False,      # -i
        "stack_traces": False,  # -k
        "separate": False,     # -ff
    }


class Stream:
    """One output file with strace's column bookkeeping; buffered, flushed by the engine."""

    def __init__(self, fp):
        self.fp = fp
        self.parts: list[str] = []
        self.col = 0          # column of the open line, 0 when no line is open
        self.owner = None     # pid whose line is open

    def write(self, s: str) -> None:
        self.parts.append(s)

    def flush(self) -> None:
        if self.parts:
            self.fp.write("".join(self.parts))
            self.parts.clear()
        self.fp.flush()

    def close(self) -> None:
        self.flush()
        if self.fp not in (None,) and self.fp.fileno() > 2:
            self.fp.close()


def _mono() -> float:
    return time.monotonic()


class TextWriter:
    """Turns the engine's entry/exit notifications into strace's lines."""

    def __init__(self, opts: TextOptions, shared: Stream | None, open_separate=None):
        self.opts = opts
        self.shared = shared
        self.open_separate = open_separate   # pid -> Stream, for -ff
        self.streams: dict[int, Stream] = {}
        self.multi = False                   # more than one tracee seen: [pid N] on stderr
        self._last_rel: float | None = None
        self.next_leader: str | None = None  # replaying a log: the line's own leader
        self.clock: tuple | None = None      # (real, monotonic) of the stop being printed
        self.on_nprocs = None                # told when [pid N] prefixes start or stop
        self.comms: dict[int, str] = {}      # -Y: '<name>' after the pid of the prefix
        self.ip_of = None                    # -i: pid -> its instruction pointer, or None
        self.stacks = None                   # -k: an engine.stacks.StackTraces

    # -- plumbing --------------------------------------------------------------
    def stream(self, pid: int) -> Stream:
        if not self.opts.separate:
            return self.shared
        s = self.streams.get(pid)
        if s is None:
            s = self.streams[pid] = self.open_separate(pid)
        return s

    def rename(self, old: int, new: int) -> None:
        """A thread's execve made it the leader: its file follows it (-ff)."""
        if self.opts.separate and old in self.streams:
            s = self.streams.pop(old)
            if new in self.streams:
                self.streams[new].close()
            self.streams[new] = s

    def drop(self, pid: int, detached: bool = False) -> None:
        """The tracee is gone: end its open line, close its -ff file."""
        s = self.streams.get(pid) if self.opts.separate else self.shared
        if s is not None and s.owner == pid and s.col:
            s.write(" <detached ...>\n")
            s.col = 0
            s.owner = None
        if self.opts.separate and pid in self.streams:
            self.streams.pop(pid).close()
        self.comms.pop(pid, None)

    def flush(self) -> None:
        if self.shared is not None:
            self.shared.flush()
        for s in self.streams.values():
            s.flush()

    def close(self) -> None:
        for s in list(self.streams.values()):
            s.close()
        self.streams.clear()
        if self.shared is not None:
            self.shared.close()

    def set_clock(self, real: float | None, mono: float | None) -> None:
        """Events captured earlier carry their own time (the batched engine)."""
        self.clock = (real, mono) if real is not None else None

    def set_nprocs(self, n: int) -> None:
        self.multi = n > 1
        if self.on_nprocs is not None:
            self.on_nprocs(self.multi)

    def force_resume(self, pid: int) -> None:
        """The next exit of pid is printed as '<... name resumed>' (strace's TCB_REPRINT)."""
        s = self.stream(pid)
        if s.owner == pid:
            s.owner = None

    # -- the leader ------------------------------------------------------------
    def _leader(self, s: Stream, pid: int, nr: int | None = None) -> None:
        if s.col and s.owner is not None and (not self.opts.separate or s.owner == pid):
            s.write(" <unfinished ...>\n")
        s.col = 0
        s.owner = pid
        if self.next_leader is not None:
            s.write(self.next_leader)
            s.col = len(self.next_leader)
            self.next_leader = None
            return
        o = self.opts
        out = []
        comm = self.comms.get(pid, "") if self.comms else ""
        if o.pid_prefix == "plain":
            out.append("%d%s " % (pid, comm) if comm else "%-5d " % pid)
        elif o.pid_prefix == "bracket" and self.multi:
            out.append("[pid %5d%s] " % (pid, comm))
        if o.ts_format:
            now = self.clock[0] if self.clock else time.time()
            sec = int(now)
            if o.ts_format == "time":
                stamp = time.strftime("%H:%M:%S", time.localtime(sec))
            else:
                stamp = str(sec)
            if o.ts_width:
                frac = int(round((now - sec) * 1e9)) // (10 ** (9 - o.ts_width))
                frac = min(frac, 10 ** o.ts_width - 1)
                stamp += ".%0*d" % (o.ts_width, frac)
            out.append(stamp + " ")
        if o.relative:
            now = self.clock[1] if self.clock else _mono()
            if self._last_rel is None:
                self._last_rel = now
            d = now - self._last_rel
            self._last_rel = now
            sec = int(d)
            frac = int((d - sec) * 10 ** o.rel_width)
            txt = "%6d" % sec + (".%0*d" % (o.rel_width, frac) if o.rel_width else "")
            out.append("(+" + txt + ") " if o.ts_format else txt + " ")
        if o.show_nr and nr is not None:
            out.append("[%4d] " % nr)
        if o.show_ip:       # where the tracee stands; a tracee that is gone has none
            ip = self.ip_of(pid) if self.ip_of is not None else None
            out.append("[%016x] " % ip if ip is not None else "[????????????????] ")
        text = "".join(out)
        s.write(text)
        s.col = len(text)

    def _put(self, s: Stream, text: str) -> None:
        s.write(text)
        s.col += len(text)

    def _end(self, s: Stream) -> None:
        s.write("\n")
        s.col = 0
        s.owner = None

    # -- what the engine reports ------------------------------------------------
    def track(self, pid: int) -> None:
        """A new tracee: with -ff its file exists from now on, as strace's does."""
        if self.opts.separate:
            self.stream(pid)

    def set_comm(self, pid: int, comm: str) -> None:
        """-Y: the command name a tracee's lines carry ('' for none)."""
        self.comms[pid] = comm

    def syscall_entry(self, pid: int, call, text: str) -> None:
        s = self.stream(pid)
        self._leader(s, pid, call.nr)
        self._put(s, call.name + "(" + text)
        if self.stacks is not None:
            self.stacks.entered(pid, call.name)

    def syscall_exit(self, pid: int, call, text: str, ret: str,
                     duration: float | None = None) -> None:
        """text: the arguments printed at exit; ret: what follows '= '."""
        s = self.stream(pid)
        if s.owner != pid or not s.col:
            self._leader(s, pid, call.nr)
            self._put(s, "<... %s resumed>" % call.name)
        self._put(s, text + ") ")
        if s.col < self.opts.acolumn:
            self._put(s, " " * (self.opts.acolumn - s.col))
        tail = "= " + ret
        if duration is not None and self.opts.durations:
            tail += " <%s>" % self.format_duration(duration)
        self._put(s, tail)
        self._end(s)
        self.next_leader = None
        dump = call.saved.get("dump")
        if dump:
            from ..engine.dumps import dump_text
            s.write(dump_text(dump))
        if self.stacks is not None:
            self._stack(s, self.stacks.after_line(pid))

    def _stack(self, s: Stream, lines: list[str]) -> None:
        """-k: a stack's lines after the line of its syscall or signal."""
        for line in lines:
            s.write(line + "\n")

    def set_leader(self, leader: str) -> None:
        """The next line starts with this leader (replaying a log)."""
        self.next_leader = leader

    def raw_line(self, text: str) -> None:
        """A line copied through unchanged (replaying a log): dumps, messages."""
        s = self.shared if not self.opts.separate else None
        if s is not None:
            if s.col and s.owner is not None:
                s.write(" <unfinished ...>\n")
                s.col = 0
                s.owner = None
            s.write(text + "\n")
        self.next_leader = None

    def signal(self, pid: int, sig: int, info: str, nr: int | None) -> None:
        self.line(pid, "--- %s %s ---" % (signal_name(sig), info), nr)
        if self.stacks is not None:
            self._stack(self.stream(pid), self.stacks.after_line(pid))

    def stopped(self, pid: int, sig: int, nr: int | None) -> None:
        self.line(pid, "--- stopped by %s ---" % signal_name(sig), nr)
        if self.stacks is not None:
            self._stack(self.stream(pid), self.stacks.after_line(pid))

    def exited(self, pid: int, code: int, nr: int | None) -> None:
        self.line(pid, "+++ exited with %d +++" % code, nr)
        if self.stacks is not None:
            self._stack(self.stream(pid), self.stacks.gone(pid))

    def killed(self, pid: int, sig: int, core: bool, nr: int | None) -> None:
        self.line(pid, "+++ killed by %s %s+++" % (signal_name(sig),
                                                   "(core dumped) " if core else ""), nr)
        if self.stacks is not None:
            self._stack(self.stream(pid), self.stacks.gone(pid))

    def superseded(self, pid: int, old: int, nr: int | None) -> None:
        self.line(pid, "+++ superseded by execve in pid %d +++" % old, nr)

    def format_duration(self, d: float) -> str:
        w = self.opts.dur_width
        sec = int(d)
        if not w:
            return str(sec)
        return "%d.%0*d" % (sec, w, int((d - sec) * 10 ** w))

    def syscall_gone(self, pid: int, call, text: str = "") -> None:
        """The tracee exited inside a syscall (exit_group, or killed): '= ?'."""
        s = self.stream(pid)
        if s.owner != pid or not s.col:
            self._leader(s, pid, call.nr)
            self._put(s, "<... %s resumed>" % call.name)
        if text:
            self._put(s, text)
        self._put(s, ") ")
        if s.col < self.opts.acolumn:
            self._put(s, " " * (self.opts.acolumn - s.col))
        self._put(s, "= ?")
        self._end(s)
        self.next_leader = None

    def line(self, pid: int, text: str, nr: int | None = None) -> None:
        """A whole line of its own: signals, exits, 'superseded by execve'."""
        s = self.stream(pid)
        self._leader(s, pid, nr)
        self._put(s, text)
        self._end(s)

    def pid_changed(self, old: int, new: int) -> None:
        s = self.stream(old) if self.opts.separate else self.shared
        if s.owner == old and s.col:
            s.write(" <pid changed to %d ...>\n" % new)
            s.col = 0
            s.owner = None


def open_output(path: str, append: bool):
    """-o FILE; '|cmd' and '!cmd' pipe the trace into a command, as strace does."""
    if path.startswith("|") or path.startswith("!"):
        from .outfile import PipeOutput
        return PipeOutput(path[1:])
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT
                    | (posix.O_APPEND if append else posix.O_TRUNC), 0o666)
    return io.open(fd, "w", buffering=1 << 16)
