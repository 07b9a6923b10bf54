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
    try:
        return run(cfg, logs)
    except LogError as e:
        error(str(e))
        return 1
    except BrokenPipeError:
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
    out = open_output(cfg.output, cfg.append) if cfg.output else sys.stdout
    if cfg.json:
        from ..output.jsonl import dumps
        from .reader import events
        keep = cfg.trace_set
        n_unparsed = 0
        for ev in events(logs):
            if ev.kind == "syscall" and keep is not None and ev.name not in keep:
                continue
            if ev.kind == "syscall" and cfg.status_set is not None:
                st = "unfinished" if ev.ret_text is None else \
                    ("failed" if ev.failed else "successful")
                if st not in cfg.status_set:
                    continue
            n_unparsed += ev.kind == "unparsed"
            out.write(dumps(ev) + "\n")
        out.flush()
        if n_unparsed:
            sys.stderr.write("syscope: %d line%s not understood (kept as 'unparsed' events)\n"
                             % (n_unparsed, "" if n_unparsed == 1 else "s"))
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
    if stats.get("unparsed"):
        n = stats["unparsed"]
        sys.stderr.write("syscope: %d line%s not understood (copied through)\n"
                         % (n, "" if n == 1 else "s"))
    return 0
