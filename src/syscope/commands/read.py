"""syscope read [OPTIONS] LOG...: recorded strace output back as strace text, JSON Lines,
a -c summary or a Chrome trace, through the same filters as a live trace."""
from __future__ import annotations

import sys

from ..errors import FatalError, UsageError, error
from ..logread.reader import LogError
from ..options import parse_args, split_operands

USAGE = """\
Usage: syscope read [OPTIONS] LOG...
Read strace logs (plain, gzip or zstd; '-' is stdin) and write them back as strace
text (default), JSON Lines (--json), a summary (-c) or a Chrome trace.  LOG may be the
PREFIX of an -ff set (PREFIX.PID files, as strace -ff -o PREFIX writes them): its
files are merged by time into one trace, each line with its pid, as strace-log-merge
does (record with -tt or -ttt; without timestamps the processes come one after
another, in pid order).
Filters: -e trace=, -e signal=, -e status=, -z, -Z, -P PATH, -e quiet=exit.
Summary: -c, -C, -S SORTBY, -U COLUMNS, -w.  Output: -o FILE.
--color=WHEN: colour failed calls, signals and exits: auto (on a terminal, unless
NO_COLOR is set), always, never.
Formats: --format=text (default), json (as --json) or chrome-trace (the Chrome Trace
Event Format: open it in ui.perfetto.dev).

Examples:
  syscope read trace.txt.gz | less
  syscope read -e trace=%file -Z trace.txt      # the file calls that failed
  strace -ff -tt -o build make && syscope read build   # the set, merged by time
  syscope read -c -S calls trace.txt
  syscope read --json trace.txt | jq 'select(.name == "openat")'
  syscope read --format=chrome-trace -o trace.json trace.txt
"""
FORMATS = ("text", "json", "chrome-trace")


def main(argv: list[str]) -> int:
    fmt, argv = take_format(argv)
    if "-h" in argv or "--help" in argv:
        sys.stdout.write(USAGE)
        return 0
    if fmt == "json":
        argv = ["--json"] + argv
    elif fmt not in (None, "text", "chrome-trace"):
        error("read: invalid --format argument: '%s' (%s)" % (fmt, ", ".join(FORMATS)))
        sys.stderr.write("Try 'syscope read -h' for more information.\n")
        return 1
    # strace text and JSON speak as strace does ('syscope: Can't open ...'); the
    # Chrome trace, syscope's own, as the other subcommands ('syscope: read: ...')
    who = "read: " if fmt == "chrome-trace" else ""
    try:
        options, logs = split_operands(argv)
        cfg = parse_args(options, need_target=False)
    except UsageError as e:
        error(who + str(e))
        sys.stderr.write("Try 'syscope read -h' for more information.\n")
        return 1
    except FatalError as e:
        error(who + str(e))
        return 1
    if not logs:
        error("read: no LOG given")
        sys.stderr.write("Try 'syscope read -h' for more information.\n")
        return 1
    import signal
    # a reader piped into 'head' dies of SIGPIPE, quietly, as strace and cat do
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from ..output.progress import Progress
    from ..errors import CommandError
    from .common import check_log
    try:
        for log in logs:     # a directory or an empty file: as for every subcommand
            check_log(log, refuse_binary=fmt == "chrome-trace")
        # progress on a terminal, unless the text itself scrolls past on it
        with Progress("read", logs, show=bool(cfg.summary == "only" or cfg.output
                                               or not sys.stdout.isatty())):
            if fmt == "chrome-trace":
                return chrome_trace(cfg, logs)
            return run(cfg, logs)
    except LogError as e:
        error(who + str(e))
        return 1
    except CommandError as e:
        error("read: %s" % e)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a bug of ours: say so plainly, never a traceback
        import os
        error("internal error: %s: %s" % (type(e).__name__, e))
        if os.environ.get("SYSCOPE_DEBUG"):
            raise
        return 1


def take_format(argv: list[str]) -> tuple[str | None, list[str]]:
    """--format=F or --format F, removed from argv."""
    rest, fmt, i = [], None, 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            rest += argv[i:]
            break
        if a == "--format" and i + 1 < len(argv):
            fmt = argv[i + 1]
            i += 2
            continue
        if a.startswith("--format="):
            fmt = a.split("=", 1)[1]
        else:
            rest.append(a)
        i += 1
    return fmt, rest


def run(cfg, logs: list[str]) -> int:
    from ..output.text import Stream, TextOptions, TextWriter, open_output
    from ..session import build_sinks
    try:
        out = open_output(cfg.output, cfg.append) if cfg.output else sys.stdout
    except OSError as e:
        raise LogError("Can't fopen '%s': %s" % (cfg.output, e.strerror))
    if cfg.json:
        from ..logread.jsonout import write_events
        n_unparsed = write_events(logs, out, cfg.trace_set, cfg.status_set)
        out.flush()
        report_unparsed(n_unparsed, "kept as 'unparsed' events")
        return 0
    painted = not cfg.summary and wanted_color(cfg)
    if changes_no_line(cfg):
        from ..logread.passthrough import copy
        out.flush()
        target = out.buffer
        if painted:
            from ..output.color import ColorBytes
            target = ColorBytes(target)
        report_unparsed(copy(logs, target), "copied through")
        return 0
    if painted:
        from ..output.color import ColorLines
        out = ColorLines(out)
    writer = TextWriter(TextOptions(), Stream(out))
    sink, summary = build_sinks(cfg, writer)
    if cfg.summary == "only" and not cfg.paths:
        from ..logread.fastcount import count
        count(logs, summary, cfg.trace_set)
        out.write(summary.render())
        out.flush()
        return 0
    from ..logread.replay import PathMatcher, replay
    quiet = cfg.quiet_set or frozenset()
    stats: dict = {}
    replay(logs, sink, traced=cfg.trace_set.__contains__ if cfg.trace_set is not None else None,
           signals=cfg.signal_set, path_match=PathMatcher(cfg.paths) if cfg.paths else None,
           quiet_exit="exit" in quiet, stats=stats)
    if summary is not None:
        writer.flush()
        out.write(summary.render())
    writer.flush()
    report_unparsed(stats.get("unparsed", 0), "copied through")
    return 0


def wanted_color(cfg) -> bool:
    """--color: failed calls, signals and exits coloured on a terminal."""
    from ..output.color import wanted
    return wanted(cfg.color, -1 if cfg.output else 1)


def changes_no_line(cfg) -> bool:
    """Text out with no filter and no summary: every line comes out as it went in."""
    return (cfg.trace_set is None and cfg.signal_set is None and cfg.status_set is None
            and not cfg.paths and not cfg.quiet_set and not cfg.summary)


def report_unparsed(n: int, fate: str) -> None:
    if n:
        from ..output.outfile import report
        report("%d line%s not understood (%s)" % (n, "" if n == 1 else "s", fate))


def chrome_trace(cfg, logs: list[str]) -> int:
    """--format=chrome-trace: the Trace Event Format that Perfetto and chrome://tracing open."""
    from ..output.chrome_trace import ChromeTrace
    from ..errors import CommandError
    from .common import CheckedEvents
    keep = cfg.trace_set
    statuses = cfg.status_set
    try:
        events = CheckedEvents(logs)
        out = open_trace_file(cfg.output)
        writer = ChromeTrace(out)
        for ev in events:
            if ev.kind == "syscall":
                if keep is not None and ev.name not in keep:
                    continue
                if statuses is not None and status_of(ev) not in statuses:
                    continue
            writer.feed(ev)
        events.require_trace()
        writer.close()
    except CommandError as e:
        error("read: %s" % e)
        return 1
    except BrokenPipeError:
        return 1
    return 0


def status_of(ev) -> str:
    return "unfinished" if ev.ret_text is None else ("failed" if ev.failed else "successful")


def open_trace_file(path: str | None):
    from ..errors import CommandError
    if not path or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", errors="surrogateescape")
    except OSError as e:
        raise CommandError("Can't write '%s': %s" % (path, e.strerror))
