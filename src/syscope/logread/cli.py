"""syscope read [OPTIONS] LOG...: recorded strace output back as strace text, JSON Lines
or a -c summary, through the same filters as a live trace."""
from __future__ import annotations

import sys

from ..cli import FatalError, UsageError, error, parse_args
from .reader import LogError

USAGE = """\
Usage: syscope read [OPTIONS] LOG...
Read strace logs (plain, gzip or zstd; '-' is stdin; a -ff prefix reads the whole set)
and write them back as strace text (default), JSON Lines (--json) or a summary (-c).
Filters: -e trace=, -e signal=, -e status=, -z, -Z, -P PATH, -e quiet=exit.
Summary: -c, -C, -S SORTBY, -U COLUMNS, -w.  Output: -o FILE.
"""


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        sys.stdout.write(USAGE)
        return 0
    try:
        options, logs = split_logs(argv)
        cfg = parse_args(options, need_target=False)
    except UsageError as e:
        error(str(e))
        sys.stderr.write("Try 'syscope read -h' for more information.\n")
        return 1
    except FatalError as e:
        error(str(e))
        return 1
    if not logs:
        error("read: no LOG given")
        sys.stderr.write("Try 'syscope read -h' for more information.\n")
        return 1
    import signal
    # a reader piped into 'head' dies of SIGPIPE, quietly, as strace and cat do
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        return run(cfg, logs)
    except LogError as e:
        error(str(e))
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a bug of ours: say so plainly, never a traceback
        import os
        error("internal error: %s: %s" % (type(e).__name__, e))
        if os.environ.get("SYSCOPE_DEBUG"):
            raise
        return 1


def split_logs(argv: list[str]) -> tuple[list[str], list[str]]:
    """Options may come before or after the LOGs: tell them apart by strace's option table."""
    from ..cli import LONG_OPTS, SHORT_OPTS
    options, logs = [], []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            logs += argv[i + 1:]
            break
        if a.startswith("--"):
            options.append(a)
            name = a[2:].split("=", 1)[0]
            kind = LONG_OPTS.get(name, (None, None))[1]
            if kind == "required" and "=" not in a and i + 1 < len(argv):
                options.append(argv[i + 1])
                i += 1
        elif a.startswith("-") and a != "-":
            options.append(a)
            for j, c in enumerate(a[1:], 1):
                pos = SHORT_OPTS.find(c)
                if pos >= 0 and pos + 1 < len(SHORT_OPTS) and SHORT_OPTS[pos + 1] == ":":
                    if j == len(a) - 1 and i + 1 < len(argv):
                        options.append(argv[i + 1])
                        i += 1
                    break
        else:
            logs.append(a)
        i += 1
    return options, logs


def run(cfg, logs: list[str]) -> int:
    from ..output.text import Stream, TextOptions, TextWriter, open_output
    from ..session import build_sinks
    try:
        out = open_output(cfg.output, cfg.append) if cfg.output else sys.stdout
    except OSError as e:
        raise LogError("Can't fopen '%s': %s" % (cfg.output, e.strerror))
    if cfg.json:
        from ..output.jsonl import dumps
        from .reader import events
        keep = cfg.trace_set
        n_unparsed = 0
        pending: list[str] = []   # written in batches: one write per line costs a syscall
        for ev in events(logs):
            if ev.kind == "syscall" and keep is not None and ev.name not in keep:
                continue
            if ev.kind == "syscall" and cfg.status_set is not None:
                st = "unfinished" if ev.ret_text is None else \
                    ("failed" if ev.failed else "successful")
                if st not in cfg.status_set:
                    continue
            n_unparsed += ev.kind == "unparsed"
            pending.append(dumps(ev) + "\n")
            if len(pending) >= 256:
                out.write("".join(pending))
                pending.clear()
        out.write("".join(pending))
        out.flush()
        report_unparsed(n_unparsed, "kept as 'unparsed' events")
        return 0
    if changes_no_line(cfg):
        from .passthrough import copy
        out.flush()
        report_unparsed(copy(logs, out.buffer), "copied through")
        return 0
    writer = TextWriter(TextOptions(), Stream(out))
    sink, summary = build_sinks(cfg, writer)
    if cfg.summary == "only" and not cfg.paths:
        from .fastcount import count
        count(logs, summary, cfg.trace_set)
        out.write(summary.render())
        out.flush()
        return 0
    from .replay import PathMatcher, replay
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


def changes_no_line(cfg) -> bool:
    """Text out with no filter and no summary: every line comes out as it went in."""
    return (cfg.trace_set is None and cfg.signal_set is None and cfg.status_set is None
            and not cfg.paths and not cfg.quiet_set and not cfg.summary)


def report_unparsed(n: int, fate: str) -> None:
    if n:
        sys.stderr.write("syscope: %d line%s not understood (%s)\n"
                         % (n, "" if n == 1 else "s", fate))
