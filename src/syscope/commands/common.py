"""What the subcommands share: their option parsing, their errors and guard, event
sources (recorded logs, -ff sets and live traces) and report output.  Imports no
subcommand, so they never import each other."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from ..errors import CommandError, error
PROG = "syscope"
JSON_VERSION = 1


@dataclass
class Option:
    names: tuple          # ("-o", "--output")
    key: str
    kind: str | None = None   # None (a flag), "str", "int", "float", "size", "seconds"
    default: object = None


def _number(kind: str, name: str, value: str):
    """Option arguments: sizes take K/M/G suffixes, durations s/m/h."""
    try:
        if kind == "int":
            n = int(value, 10)
            if n < 0:
                raise ValueError
            return n
        if kind == "float":
            n = float(value)
            if n < 0 or n != n:
                raise ValueError
            return n
        if kind == "size":
            scale = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}.get(value[-1:].lower(), 1)
            n = int(value[:-1] if scale > 1 else value, 10) * scale
            if n <= 0:
                raise ValueError
            return n
        if kind == "seconds":
            scale = {"s": 1, "m": 60, "h": 3600}.get(value[-1:].lower(), 0)
            n = float(value[:-1] if scale else value) * (scale or 1)
            if not n > 0:
                raise ValueError
            return n
    except (ValueError, IndexError):
        pass
    raise CommandError("invalid %s argument: '%s'" % (name, value), usage=True)


def parse_options(argv: list[str], options: list[Option], passthrough: frozenset = frozenset(),
                  leading: bool = False):
    """-> (values, positional, command).  Options may come anywhere before '--';
    what follows '--' is the command.  Options in passthrough (with their argument
    when they end in '=') are collected under '_extra', unchanged.  leading: options
    come first only, and the first positional argument and all after it are positional
    (a command may follow the options without '--')."""
    table = {n: o for o in options for n in o.names}
    values = {o.key: o.default for o in options}
    values["_extra"] = []
    positional: list[str] = []
    command = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            command = argv[i + 1:]
            break
        if not a.startswith("-") or a == "-":
            if leading:
                positional += argv[i:]
                break
            positional.append(a)
            i += 1
            continue
        name, eq, inline = a.partition("=") if a.startswith("--") else (a, "", "")
        if len(name) > 2 and not name.startswith("--") and name[:2] in table \
                and table[name[:2]].kind:
            name, eq, inline = name[:2], "=", name[2:]      # -s256
        opt = table.get(name)
        if opt is None:
            pass_arg = next((p for p in passthrough if p.rstrip("=") == name), None)
            if pass_arg is None:
                raise CommandError("unrecognized option '%s'" % a, usage=True)
            values["_extra"].append(a)
            if pass_arg.endswith("=") and not eq:
                if i + 1 >= len(argv):
                    raise CommandError("option '%s' requires an argument" % a, usage=True)
                values["_extra"].append(argv[i + 1])
                i += 1
            i += 1
            continue
        if opt.kind is None:
            if eq:
                raise CommandError("option '%s' doesn't allow an argument" % name, usage=True)
            values[opt.key] = True
        else:
            if not eq:
                if i + 1 >= len(argv):
                    raise CommandError("option '%s' requires an argument" % name, usage=True)
                i += 1
                inline = argv[i]
            values[opt.key] = inline if opt.kind == "str" else _number(opt.kind, name, inline)
        i += 1
    return values, positional, command


def check_color(when: str) -> str:
    """--color=WHEN's argument, checked before any work; the WHEN it means."""
    from ..output.color import ColorError, check_when
    try:
        return check_when(when)
    except ColorError as e:
        raise CommandError(str(e), usage=True)


def run_main(name: str, usage: str, body, argv: list[str], help_anywhere: bool = True) -> int:
    """Runs a subcommand: -h prints its usage (only as the first argument unless
    help_anywhere); every failure is one 'syscope: ...' line and a non-zero status,
    never a traceback."""
    from ..logread.reader import LogError
    if argv[:1] in (["-h"], ["--help"]) or (help_anywhere and "--" not in argv and
                                              ("-h" in argv or "--help" in argv)):
        sys.stdout.write(usage)
        return 0
    try:
        return body(argv)
    except CommandError as e:
        error("%s: %s" % (name, e))
        if e.usage:
            sys.stderr.write("Try '%s %s -h' for more information.\n" % (PROG, name))
        return 1
    except LogError as e:
        error("%s: %s" % (name, e))
        return 1
    except KeyboardInterrupt:
        error("%s: interrupted" % name)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 1
    except MemoryError:
        error("%s: out of memory" % name)
        return 1
    except Exception as e:  # a bug of ours: say so plainly
        if os.environ.get("SYSCOPE_DEBUG"):
            raise
        error("%s: internal error: %s: %s" % (name, type(e).__name__, e))
        return 1


# -- event sources ---------------------------------------------------------------------

def names_log(arg: str) -> bool:
    """Whether arg names a log: a file, '-' (stdin), or the PREFIX of an -ff set
    (PREFIX.PID files)."""
    from ..logread.reader import LogError, expand_paths
    if arg == "-" or os.path.exists(arg):
        return True
    try:
        return bool(expand_paths([arg]))
    except LogError:
        return False


def check_log(path: str, refuse_binary: bool = True) -> None:
    """A clear error for what is not a log: a directory, an empty or binary file
    (refuse_binary=False: `read` copies lines it does not understand through)."""
    from ..logread.reader import LogError, expand_paths, open_text, read_errors
    if path == "-":
        return
    if os.path.isdir(path):
        raise CommandError("'%s' is a directory, not a trace log" % path)
    members = expand_paths([path])
    empty = 0
    for member, _pid in members:
        try:
            size = os.path.getsize(member)
        except OSError as e:
            raise CommandError("Can't open '%s': %s" % (member, e.strerror))
        if size == 0:
            # a process of an -ff set may have made no call the filter kept (-qq hides
            # even its exit): the set is empty only when all its files are
            empty += 1
            if empty == len(members):
                raise CommandError("'%s' is empty" % path)
            continue
        if not refuse_binary:
            continue
        f = open_text(member)
        try:
            head = f.read(4096)
        except read_errors() + (LogError,) as e:    # a damaged gzip/zstd archive too
            raise CommandError("'%s' cannot be read: %s" % (member, e))
        finally:
            f.close()
        if "\0" in head or sum(0xdc80 <= ord(c) <= 0xdcff for c in head) > len(head) // 10:
            raise CommandError("'%s' is binary, not a trace log" % member)


class CheckedEvents:
    """The events of logs, checked first; afterwards it says whether anything in them
    was strace output (a text file of something else gives only 'unparsed' lines)."""

    def __init__(self, paths: list[str], quiet=None):
        for p in paths:
            check_log(p)
        self.paths = paths
        self.quiet = quiet      # a logread.sieve.Quiet: the calls the consumer does not read
        self.understood = 0
        self.unparsed = 0

    def _batches(self):
        if self.quiet is not None:
            from ..logread.sieve import sieved_batches
            return sieved_batches(self.paths, self.quiet)
        from ..logread.reader import event_batches
        return event_batches(self.paths)

    def __iter__(self):
        for batch, unparsed in self._batches():
            self.unparsed += unparsed
            self.understood += len(batch) - unparsed
            yield from batch

    def feed(self, out) -> None:
        """Hands every event to out: iterating, without a generator in between."""
        for batch, unparsed in self._batches():
            self.unparsed += unparsed
            self.understood += len(batch) - unparsed
            for ev in batch:
                out(ev)

    def feed_batches(self, out) -> None:
        """Hands every list of events to out (a block of the log at a time)."""
        for batch, unparsed in self._batches():
            self.unparsed += unparsed
            self.understood += len(batch) - unparsed
            out(batch)

    def require_trace(self) -> None:
        if not self.understood:
            raise CommandError("%s: no strace output found" % ", ".join(self.paths))


def feed_logs(paths: list[str], feed, quiet=None, acyclic: bool = False) -> CheckedEvents:
    """Every event of the logs to feed, each process after the fork that made it;
    with quiet (a logread.sieve.Quiet), the calls it lets go as Skipped counts.
    acyclic: feed leaves no cyclic garbage, so the cyclic garbage collector is paused
    meanwhile (its passes over every young event cost a tenth of the time)."""
    import gc
    from ..analyze.order import ParentsFirst
    from ..output.progress import Progress
    src = CheckedEvents(paths, quiet)
    order = ParentsFirst(feed)
    paused = acyclic and gc.isenabled()
    if paused:
        gc.disable()
    try:
        with Progress("reading", paths):
            src.feed_batches(order.feed_batch)
            order.close()
    finally:
        if paused:
            gc.enable()
    src.require_trace()
    return src


def trace_live(command: list[str], feed, strlen: int = 256, verbose: bool = False,
               save: str | None = None, parents_first: bool = True) -> int:
    """Runs command under the tracer, following children, handing each event to feed
    (each process after the fork that made it, unless not parents_first); returns the
    program's exit status.  save: also write the strace-format trace (-f -tt -T)."""
    import time
    from ..errors import FatalError
    from ..options import Config
    from ..decode.core import DecodeOptions
    from ..engine.tracer import Engine, EngineOptions, TraceError
    from ..output.jsonl import EventSink
    from ..output.sinks import Tee
    from ..session import build_writer, find_program, install_signal_handlers, make_env
    from ..analyze.order import ParentsFirst
    if not command:
        raise CommandError("no command given after --", usage=True)
    order = ParentsFirst(feed) if parents_first else None
    try:
        program = find_program(command[0])
    except FatalError as e:
        raise CommandError(str(e))
    sinks = [EventSink(order.feed if order else feed, clock=lambda: "%.6f" % time.time())]
    writer = None
    if save:
        cfg = Config(command=command, output=save, follow=True)
        cfg.decode.max_strlen = strlen
        cfg.decode.verbose = verbose
        cfg.text.ts_format, cfg.text.ts_width, cfg.text.durations = "time", 6, True
        try:
            writer = build_writer(cfg)
        except FatalError as e:
            raise CommandError(str(e))
        sinks.append(writer)
    opts = EngineOptions(follow=True, decode=DecodeOptions(max_strlen=strlen, verbose=verbose),
                         quiet_attach=True, interactive=False)
    engine = Engine(opts, Tee(*sinks), messages=lambda text: None)
    try:
        engine.launch(os.fsencode(program), [os.fsencode(a) for a in command], make_env([]))
    except TraceError as e:
        raise CommandError(str(e))
    install_signal_handlers(engine, interactive=False)
    try:
        engine.run()
    finally:
        if writer is not None:
            writer.close()
    if order is not None:
        order.close()
    if engine.exit_signal is not None:
        return 128 + engine.exit_signal
    return engine.exit_status if engine.exit_status is not None else 0


def source_events(logs: list[str], command: list[str] | None, feed, strlen: int = 256) -> int:
    """The events of LOG... or of -- CMD (exactly one of them) to feed; returns the
    traced program's exit status (0 for logs)."""
    if command is not None and logs:
        raise CommandError("give either LOGs or -- CMD, not both", usage=True)
    if command is None and not logs:
        raise CommandError("give a LOG to read or -- CMD to trace", usage=True)
    if command is not None:
        return trace_live(command, feed, strlen)
    feed_logs(logs, feed)
    return 0


def write_report(text: str, path: str | None) -> None:
    if path:
        try:
            with open(path, "w") as f:
                f.write(text)
        except OSError as e:
            raise CommandError("Can't write '%s': %s" % (path, e.strerror))
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def write_json(obj: dict, path: str | None) -> None:
    """json.dumps(obj, indent=2, default=str) and a newline, written to path or standard
    output as it is made: a big report's text is never held whole."""
    from ..output.json_stream import stream
    if path:
        try:
            with open(path, "w") as f:
                stream(obj, f.write)
        except OSError as e:
            raise CommandError("Can't write '%s': %s" % (path, e.strerror))
        return
    stream(obj, sys.stdout.write)
    sys.stdout.flush()
