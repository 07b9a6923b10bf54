"""syscope why [OPTIONS] -- CMD [ARGS] | LOG...: why a program failed, from a live trace
or a recorded log."""
from __future__ import annotations

import json
import os
import sys

from ..errors import error
from .common import names_log

USAGE = """\
Usage: syscope why [--json] [-o TRACE] [-s N] -- CMD [ARGS]
       syscope why [--json] LOG...
Trace CMD (following every child) or read recorded strace logs, and explain why the
program failed: the failed system call that matters, its absolute path or address,
the process that made it, what the error means and how it is usually fixed.
  --json      the report as one JSON object, versioned ("v": 2; docs/why-json.md)
  --color=WHEN  colour the text report: auto (on a terminal, unless NO_COLOR is set),
              always, never
  -o TRACE    also write the strace-format trace of CMD to TRACE (as strace -f -tt
              -T writes it)
  -s N        string limit while tracing (default 256)
  --report F  write the report to F instead of standard output (the traced program
              keeps standard output for itself)

Examples:
  syscope why -- ./app --config app.conf
  syscope why --report why.txt -o trace.txt -- make install
  syscope why trace.txt.gz                    # a log recorded with strace -f
  syscope why build                           # an -ff set: build.PID files
  syscope why --json -- ./app | jq .findings[0]
"""


def main(argv: list[str]) -> int:
    as_json, trace_out, strlen = False, None, 256
    global REPORT_TO
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            return live(argv[i + 1:], as_json, trace_out, strlen)
        if a in ("-h", "--help"):
            sys.stdout.write(USAGE)
            return 0
        if a == "--json":
            as_json = True
        elif a == "--color" or a.startswith("--color="):
            when = a.partition("=")[2] if "=" in a else (argv[i + 1] if i + 1 < len(argv)
                                                         else "")
            if "=" not in a:
                i += 1
            if when not in ("auto", "always", "never"):
                error("why: invalid --color argument: '%s' (auto, always or never)" % when)
                return 1
            global COLOR
            COLOR = when
        elif a in ("-o", "-s", "--report") and i + 1 < len(argv):
            if a == "--report":
                REPORT_TO = argv[i + 1]
                try:   # fail now, not after the program ran
                    open(REPORT_TO, "w").close()
                except OSError as e:
                    error("why: can't write the report to '%s': %s" % (REPORT_TO, e.strerror))
                    return 1
            elif a == "-o":
                trace_out = argv[i + 1]
            else:
                if not argv[i + 1].isdigit():
                    error("why: invalid -s argument: '%s'" % argv[i + 1])
                    return 1
                strlen = int(argv[i + 1])
            i += 1
        elif a.startswith("-") and a != "-":
            error("why: unrecognized option '%s'" % a)
            sys.stderr.write("Try 'syscope why -h' for more information.\n")
            return 1
        else:
            rest = argv[i:]
            if all(names_log(x) for x in rest):
                return from_logs(rest, as_json)
            return live(rest, as_json, trace_out, strlen)
        i += 1
    error("why: give a command after -- or a LOG to explain")
    sys.stderr.write("Try 'syscope why -h' for more information.\n")
    return 1


REPORT_TO: str | None = None
COLOR = "auto"


def use_color() -> bool:
    from ..output.color import wanted
    return wanted(COLOR, -1 if REPORT_TO else 1)


def emit(result: dict, as_json: bool) -> None:
    from ..analyze.report import render
    text = json.dumps(result, indent=2) + "\n" if as_json else render(result,
                                                                     color=use_color())
    if REPORT_TO:
        try:
            with open(REPORT_TO, "w") as f:
                f.write(text)
            return
        except OSError as e:   # the report goes to standard output rather than nowhere
            error("why: can't write the report to '%s': %s" % (REPORT_TO, e.strerror))
    sys.stdout.write(text)
    sys.stdout.flush()


def from_logs(paths: list[str], as_json: bool) -> int:
    from ..analyze.untrusted import printable
    from ..analyze.why import diagnose_logs
    from ..logread.reader import LogError
    from ..output.progress import Progress
    try:
        with Progress("why", paths):
            result = diagnose_logs(paths)
    except LogError as e:
        error(printable(str(e)))
        return 1
    if not result["events"]:
        error(printable("why: %s: no strace output in %s" % (
            ", ".join(paths), "it" if len(paths) == 1 else "them")))
        return 1
    emit(result, as_json)
    return 0


def live(command: list[str], as_json: bool, trace_out: str | None, strlen: int) -> int:
    if not command:
        error("why: no command given")
        return 1
    from ..analyze.why import Diagnosis
    from ..errors import CommandError
    from .common import trace_live
    diag = Diagnosis(os.getcwd())
    try:   # events in the order they happen: the diagnosis places children itself
        status = trace_live(command, diag.feed, strlen, save=trace_out, parents_first=False)
    except CommandError as e:
        error(str(e))
        return 1
    emit(diag.conclude(), as_json)
    return status
