"""syscope why [OPTIONS] -- CMD [ARGS] | LOG...: why a program failed, from a live trace
or a recorded log."""
from __future__ import annotations

import json
import os
import sys

from ..errors import error
from .common import CommandError, Option, check_color, names_log, parse_options, \
    run_main

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


OPTIONS = [Option(("--json",), "json"), Option(("--color", "--colour"), "color", "str", "auto"),
           Option(("-o",), "trace", "str"), Option(("-s",), "strlen", "int", 256),
           Option(("--report",), "report", "str"), Option(("-h", "--help"), "help")]


def main(argv: list[str]) -> int:
    # what follows the options may be a command and its own options (why ls -la)
    return run_main("why", USAGE, run, argv, help_anywhere=False)


def run(argv: list[str]) -> int:
    global REPORT_TO, COLOR
    opts, rest, command = parse_options(argv, OPTIONS, leading=True)
    if opts["help"]:
        sys.stdout.write(USAGE)
        return 0
    COLOR = check_color(opts["color"])
    if opts["report"] is not None:
        REPORT_TO = opts["report"]
        try:   # fail now, not after the program ran
            open(REPORT_TO, "w").close()
        except OSError as e:
            raise CommandError("can't write the report to '%s': %s" % (REPORT_TO, e.strerror))
    if command is None and rest and all(names_log(x) for x in rest):
        return from_logs(rest, opts["json"])
    if command is None and not rest:
        raise CommandError("give a command after -- or a LOG to explain", usage=True)
    return live(rest if command is None else command, opts["json"], opts["trace"],
                opts["strlen"])


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
    from .common import trace_live
    diag = Diagnosis(os.getcwd())
    try:   # events in the order they happen: the diagnosis places children itself
        status = trace_live(command, diag.feed, strlen, save=trace_out, parents_first=False)
    except CommandError as e:
        error(str(e))
        return 1
    emit(diag.conclude(), as_json)
    return status
