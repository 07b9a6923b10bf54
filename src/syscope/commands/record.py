"""syscope record: the production wrapper people write around strace by hand."""
from __future__ import annotations

import io
import os
import re
import signal
import sys
import threading
import time

from .common import CommandError, Option, error, parse_options, run_main

USAGE = """\
Usage: syscope record [OPTIONS] -p PID[,PID...]
       syscope record [OPTIONS] -- CMD [ARGS]
Record a trace safely, as in production: follow children, absolute timestamps with
microseconds, call durations and 256-byte strings (-f -tt -T -s 256) into timestamped
files, optionally for a fixed time, rotated by size and compressed.  On Ctrl-C,
SIGTERM, SIGHUP or the end of --duration every process is detached and keeps running
(a launched CMD gets Ctrl-C, SIGTERM and SIGHUP passed on, as with strace); none is
left stopped.  A status line (elapsed time, lines, bytes) is kept on a terminal.

Options:
  -p PID          attach to PID (repeatable, or a comma list)
  -o PREFIX       file names: PREFIX-YYYYmmdd-HHMMSS.log (default: syscope-PID or
                  syscope-PROGRAM in the current directory)
  --duration T    stop after T (seconds, or with s, m, h: 30s, 5m, 1h)
  --max-size S    start a new file when one reaches S bytes (K, M, G suffixes)
  --files N       with --max-size, keep the newest N files (default 5)
  --zstd          compress each file with zstd (.log.zst; needs 'zstandard')
  --redact        replace the data of read/write/send/recv calls by '<redacted>'
  -q              no status line and no final report
  Tracing options passed on: -e EXPR, -s N, -v, -y, -yy, -x, -xx, -P PATH, -z, -Z,
  -X FORMAT, -a N, --seccomp-bpf.

Every file is a strace log: syscope read, why, summary and diff take it as it is.

Examples:
  syscope record -p 1234 --duration 5m --max-size 100M --files 4 --zstd
  syscope record -o /var/tmp/api -p "$(pidof api)" --redact
  syscope record -e trace=%file,%net -- ./batch-job
"""

OPTIONS = [Option(("-p", "--attach"), "pids", "str"), Option(("-o", "--output"), "prefix", "str"),
           Option(("--duration",), "duration", "seconds"),
           Option(("--max-size",), "max_size", "size"), Option(("--files",), "files", "int", 5),
           Option(("--zstd",), "zstd"), Option(("--redact",), "redact"), Option(("-q",), "quiet")]
PASSED_ON = frozenset({"-e=", "-s=", "-v", "-y", "-yy", "-x", "-xx", "-P=", "-z", "-Z", "-X=",
                       "-a=", "--seccomp-bpf"})

# the data of these calls is what --redact hides
REDACTED_CALLS = ("read", "write", "pread64", "pwrite64", "readv", "writev", "preadv",
                  "pwritev", "preadv2", "pwritev2", "recvfrom", "sendto", "recvmsg", "sendmsg",
                  "recvmmsg", "sendmmsg")
REDACT_LINE = re.compile(r"^(?:\d+ +)?(?:[\d:.]+ +)?(?:(?:%s)\(|<\.\.\. (?:%s) resumed>)" % (
    "|".join(REDACTED_CALLS), "|".join(REDACTED_CALLS)))
STRING = re.compile(r'(?<!sun_path=)"(?:[^"\\]|\\.)*"(?:\.\.\.)?')


def redact(line: str) -> str:
    if REDACT_LINE.match(line):
        return STRING.sub('"<redacted>"', line)
    return line


class RotatingLog:
    """A file-like object for the trace writer: whole lines only, into timestamped
    files, a new one when the current one reaches max_size, the oldest removed beyond
    keep; optionally zstd-compressed and redacted."""

    def __init__(self, prefix: str, max_size: int | None, keep: int, compress: bool,
                 redact_data: bool):
        self.prefix = prefix
        self.max_size = max_size
        self.keep = keep
        self.compress = compress
        self.redact = redact_data
        self.pending = ""
        self.files: list[str] = []
        self.removed = 0
        self.lines = 0
        self.bytes = 0
        self.raw = self.zw = None
        self.seq = 0
        self.full = False
        if compress:
            try:
                import zstandard
            except ImportError:
                raise CommandError("--zstd needs the 'zstandard' package (pip install zstandard)")
            self.zstd = zstandard
        self._open()

    def _name(self) -> str:
        """PREFIX-YYYYmmdd-HHMMSS.log; rotated files add their number (-001, -002...)
        so that names sort in the order they were written."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        ext = ".log.zst" if self.compress else ".log"
        self.seq += 1
        base = "%s-%s" % (self.prefix, stamp) + ("-%03d" % self.seq if self.max_size else "")
        name, n = base + ext, 1
        while os.path.exists(name):
            n += 1
            name = "%s.%d%s" % (base, n, ext)
        return name

    def _open(self) -> None:
        name = self._name()
        try:
            self.raw = open(name, "wb")
        except OSError as e:
            raise CommandError("Can't create '%s': %s" % (name, e.strerror))
        self.files.append(name)
        self.zw = self.zstd.ZstdCompressor(level=3).stream_writer(self.raw, closefd=False) \
            if self.compress else None

    def _close_current(self) -> None:
        if self.zw is not None:
            self.zw.flush(self.zstd.FLUSH_FRAME)
            self.zw.close()
        self.raw.close()

    def size(self) -> int:
        return self.raw.tell()

    def write(self, s: str) -> None:
        self.pending += s
        end = self.pending.rfind("\n")
        if end < 0:
            return
        chunk, self.pending = self.pending[:end + 1], self.pending[end + 1:]
        self._write_lines(chunk)

    def _write_lines(self, chunk: str) -> None:
        if self.redact:
            chunk = "".join(redact(line) for line in chunk.splitlines(True))
        data = chunk.encode("utf-8", "surrogateescape")
        if self.full:
            self._rotate()       # only now: a file is never left empty at the end
        (self.zw or self.raw).write(data)
        self.lines += chunk.count("\n")
        self.bytes += len(data)
        self.full = bool(self.max_size) and self._flushed_size() >= self.max_size

    def _flushed_size(self) -> int:
        if self.zw is not None:
            self.zw.flush(self.zstd.FLUSH_BLOCK)
        self.raw.flush()
        return self.raw.tell()

    def _rotate(self) -> None:
        self.full = False
        self._close_current()
        self._open()
        while self.keep and len(self.files) > self.keep:
            try:
                os.unlink(self.files.pop(0))
                self.removed += 1
            except OSError:
                pass

    def flush(self) -> None:
        if self.zw is not None:
            self.zw.flush(self.zstd.FLUSH_BLOCK)
        self.raw.flush()

    def fileno(self) -> int:
        # no descriptor: the trace writer must hand every line to write(), never print
        # into the file itself
        raise io.UnsupportedOperation("fileno")

    def close(self) -> None:
        if self.raw is None or self.raw.closed:
            return
        if self.pending:
            self._write_lines(self.pending + "\n")
            self.pending = ""
        self._close_current()


def main(argv: list[str]) -> int:
    return run_main("record", USAGE, run, argv)


def run(argv: list[str]) -> int:
    from ..errors import FatalError, UsageError
    from ..options import parse_args
    opts, positional, command = parse_options(argv, OPTIONS, PASSED_ON)
    if positional:
        raise CommandError("unexpected argument '%s' (a command goes after --)" % positional[0],
                           usage=True)
    pids = ["-p", opts["pids"]] if opts["pids"] else []
    if not pids and not command:
        raise CommandError("give -p PID or -- CMD to record", usage=True)
    if command is not None and not command:
        raise CommandError("no command after --", usage=True)
    if opts["files"] < 1:
        raise CommandError("--files must be at least 1", usage=True)
    try:
        cfg = parse_args(["-f", "-tt", "-T", "-s", "256"] + opts["_extra"] + pids +
                         (["--"] + command if command else []))
    except (UsageError, FatalError) as e:
        raise CommandError(str(e), usage=isinstance(e, UsageError))
    name = str(cfg.pids[0]) if cfg.pids else os.path.basename(command[0])
    prefix = opts["prefix"] or "syscope-%s" % name
    log = RotatingLog(prefix, opts["max_size"], opts["files"] if opts["max_size"] else 0,
                      bool(opts["zstd"]), bool(opts["redact"]))
    try:
        return trace(cfg, log, opts)
    finally:
        log.close()


def trace(cfg, log: RotatingLog, opts: dict) -> int:
    from ..errors import FatalError
    from ..engine.tracer import Engine, TraceError
    from ..output.text import Stream, TextWriter
    from ..session import build_sinks, engine_options, find_program, install_signal_handlers, \
        make_env
    cfg.text.pid_prefix = "plain"
    cfg.text.separate = False
    writer = TextWriter(cfg.text, Stream(log), None)
    sink, _summary = build_sinks(cfg, writer)
    eopts = engine_options(cfg)
    eopts.interactive = True
    messages = (lambda text: None) if opts["quiet"] else None
    engine = Engine(eopts, sink, **({"messages": messages} if messages else {}))
    started = time.monotonic()
    try:
        if cfg.command:
            program = find_program(cfg.command[0])
            engine.launch(os.fsencode(program), [os.fsencode(a) for a in cfg.command],
                          make_env(cfg.env_changes))
        for pid in cfg.pids:
            engine.attach(pid)
    except (TraceError, FatalError) as e:
        raise CommandError(str(e))
    if not engine.tasks:
        raise CommandError("nothing to trace")
    install_signal_handlers(engine, True)
    timed_out = []
    timer = None
    if opts["duration"]:
        # a thread, not SIGALRM: the engine's loop wakes itself with SIGALRM every few
        # milliseconds and sees the request then
        def time_up():
            timed_out.append(True)
            # SIGCONT: what a launched program is sent on the way out is harmless, so
            # it keeps running like an attached one
            engine.interrupt(signal.SIGCONT)
        timer = threading.Timer(opts["duration"], time_up)
        timer.daemon = True
        timer.start()
    status = Status(log, started) if sys.stderr.isatty() and not opts["quiet"] else None
    try:
        engine.run()
    finally:
        if timer is not None:
            timer.cancel()
        if status is not None:
            status.stop()
        writer.flush()
    log.close()
    if not opts["quiet"]:
        kept = ", ".join(log.files)
        error("record: %d lines, %s in %.1fs%s -> %s%s" % (
            log.lines, human(log.bytes), time.monotonic() - started,
            " (time limit)" if timed_out else "", kept,
            " (%d older file%s removed)" % (log.removed, "" if log.removed == 1 else "s")
            if log.removed else ""))
    if timed_out:
        return 0
    if engine.exit_signal is not None:
        return 128 + engine.exit_signal
    if engine.exit_status is not None:
        return engine.exit_status
    return 0


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return "%.1f %s" % (n, unit) if unit != "B" else "%d B" % n
        n /= 1024
    return "%d B" % n


class Status:
    """One line on the terminal, redrawn every second: elapsed, lines, bytes, file."""

    def __init__(self, log: RotatingLog, started: float):
        self.log = log
        self.started = started
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.loop, name="syscope-status", daemon=True)
        self.thread.start()

    def loop(self) -> None:
        while not self.done.wait(1.0):
            t = int(time.monotonic() - self.started)
            sys.stderr.write("\r\033[Ksyscope record: %02d:%02d:%02d  %d lines  %s  %s" % (
                t // 3600, t // 60 % 60, t % 60, self.log.lines, human(self.log.bytes),
                self.log.files[-1]))
            sys.stderr.flush()

    def stop(self) -> None:
        self.done.set()
        self.thread.join()
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()
