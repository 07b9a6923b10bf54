"""syscope report LOG... | -- CMD: one self-contained HTML file to look at a trace."""
from __future__ import annotations

import os
import sys

from .source import Source, SourceError, split_target

USAGE = """\
Usage: syscope report [-o FILE] LOG...
       syscope report [-o FILE] [-s N] -- CMD [ARGS]
Write one HTML file (no network needed; open it from disk) that shows a recorded
strace log (best with -f -tt -T) or CMD traced here: why it failed (the findings of
'syscope why', linked to their lines), the process tree with lifetimes and exit
statuses, a timeline with one lane per process and thread, summary tables (commands,
slowest calls, failed calls) and a searchable, filterable table of every event.
  -o FILE   where to write the report (default: report.html)
  -s N      string limit while tracing CMD (default 256)
Examples:
  syscope report -o report.html trace.txt
  syscope report -o build.html -- make -j2
"""


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        sys.stdout.write(USAGE)
        return 0
    from ..cli import error
    out = path = None
    try:
        opts, logs, command = split_target(argv, set(), {"-o", "-s"})
        path = opts.get("-o") or "report.html"
        strlen = opts.get("-s", "256")
        if not strlen.isdigit():
            raise SourceError("invalid -s argument: '%s'" % strlen)
        try:
            out = open(path, "w", encoding="utf-8")
        except OSError as e:
            raise SourceError("Can't write '%s': %s" % (path, e.strerror))
        source = Source(logs, command, int(strlen))
        from ..report.build import ReportBuilder
        builder = ReportBuilder(source.label, live=bool(command),
                                initial_cwd=os.getcwd() if command else None)
        for ev in source.events():
            builder.feed(ev)
        source.check()
        out.write(builder.html())
        out.close()
    except SourceError as e:
        if out is not None:
            out.close()
            os.unlink(path)
        error("report: %s" % e)
        if "option" in str(e) or "give" in str(e):
            sys.stderr.write("Try 'syscope report -h' for more information.\n")
        return 1
    sys.stderr.write("syscope: report of %d events written to %s\n" % (builder.seen, path))
    if command:
        from .tree import exit_status
        return exit_status(builder.lin)
    return 0
