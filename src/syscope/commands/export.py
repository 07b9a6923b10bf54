"""syscope read --format=FORMAT: recorded logs in another format.

text and json are the log reader's own (`syscope read`, `syscope read --json`);
chrome-trace is the Trace Event Format that Perfetto and chrome://tracing open."""
from __future__ import annotations

import sys

FORMATS = ("text", "json", "chrome-trace")


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


def main(argv: list[str]) -> int:
    from ..cli import error
    from ..logread.cli import main as read_main
    fmt, rest = take_format(argv)
    if "-h" in rest or "--help" in rest:
        read_main(["-h"])
        sys.stdout.write("Formats: --format=text (default), json (as --json) or chrome-trace\n"
                         "(the Chrome Trace Event Format: open it in ui.perfetto.dev).\n")
        return 0
    if fmt is None or fmt == "text":
        return read_main(rest)
    if fmt == "json":
        return read_main(["--json"] + rest)
    if fmt != "chrome-trace":
        error("read: invalid --format argument: '%s' (%s)" % (fmt, ", ".join(FORMATS)))
        sys.stderr.write("Try 'syscope read -h' for more information.\n")
        return 1
    return chrome_trace(rest)


def chrome_trace(argv: list[str]) -> int:
    from ..cli import FatalError, UsageError, error, parse_args
    from ..logread.cli import split_logs
    from ..logread.reader import LogError
    from ..output.chrome_trace import ChromeTrace
    from .common import CheckedEvents, CommandError
    try:
        options, logs = split_logs(argv)
        cfg = parse_args(options, need_target=False)
    except (UsageError, FatalError) as e:
        error("read: %s" % e)
        return 1
    if not logs:
        error("read: no LOG given")
        return 1
    keep = cfg.trace_set
    statuses = cfg.status_set
    try:
        events = CheckedEvents(logs)
        out = open_output(cfg.output)
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
    except (CommandError, LogError) as e:
        error("read: %s" % e)
        return 1
    except BrokenPipeError:
        return 1
    return 0


def status_of(ev) -> str:
    return "unfinished" if ev.ret_text is None else ("failed" if ev.failed else "successful")


def open_output(path: str | None):
    from .common import CommandError
    if not path or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", errors="surrogateescape")
    except OSError as e:
        raise CommandError("Can't write '%s': %s" % (path, e.strerror))
