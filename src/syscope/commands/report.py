"""syscope report LOG... | -- CMD: one self-contained HTML file to look at a trace."""
from __future__ import annotations

import os

from .common import CommandError, Option, parse_options, run_main, source_events

USAGE = """\
Usage: syscope report [-o FILE] LOG...
       syscope report [-o FILE] [-s N] -- CMD [ARGS]
Write one HTML file (no network needed; open it from disk) that shows a recorded
strace log (best with -f -tt -T) or CMD traced here: why it failed (the findings of
'syscope why', linked to their lines), the process tree with lifetimes and exit
statuses, a timeline with one lane per process and thread, the summary tables (files,
connections, commands, slowest and failed calls) and a searchable, filterable table of
every event.
  -o FILE   where to write the report (default: report.html)
  -s N      string limit while tracing CMD (default 256)
Examples:
  syscope report -o report.html trace.txt
  syscope report -o build.html -- make -j2
"""
OPTIONS = [Option(("-o", "--output"), "output", "str", "report.html"),
           Option(("-s",), "strlen", "int", 256)]


def main(argv: list[str]) -> int:
    return run_main("report", USAGE, run, argv)


def run(argv: list[str]) -> int:
    from ..report.build import ReportBuilder
    opts, logs, command = parse_options(argv, OPTIONS)
    path = opts["output"]
    try:   # before tracing: a report that cannot be written is known at once
        out = open(path, "w", encoding="utf-8")
    except OSError as e:
        raise CommandError("Can't write '%s': %s" % (path, e.strerror))
    try:
        title = " ".join(command) if command is not None else ", ".join(logs)
        builder = ReportBuilder(title, live=command is not None,
                                initial_cwd=os.getcwd() if command is not None else None)
        status = source_events(logs, command, builder.feed, opts["strlen"])
        out.write(builder.html())
        out.close()
    except BaseException:
        out.close()
        os.unlink(path)
        raise
    from ..output.outfile import report
    report("report of %d events written to %s" % (builder.seen, path))
    return status
