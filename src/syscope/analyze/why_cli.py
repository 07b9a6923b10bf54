"""syscope why [OPTIONS] -- CMD [ARGS]   |   syscope why [OPTIONS] LOG..."""
from __future__ import annotations

import json
import os
import sys

from ..cli import error

USAGE = """\
Usage: syscope why [--json] [-o TRACE] [-s N] -- CMD [ARGS]
       syscope why [--json] LOG...
Trace CMD (following every child) or read recorded strace logs, and explain why the
program failed: the failed system call that matters, its absolute path or address,
the process that made it, what the error means and how it is usually fixed.
  --json      the report as one JSON object, versioned ("v": 2; docs/why-json.md)
  --color=WHEN  colour the text report: auto (on a terminal, unless NO_COLOR is set),
              always, never
  -o TRACE    also write the strace-format trace of CMD to TRACE
  -s N        string limit while tracing (default 256)
  --report F  write the report to F instead of standard output (the traced program
              keeps standard output for itself)
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
            if all(os.path.exists(x) or x == "-" for x in rest):
                return from_logs(rest, as_json)
            return live(rest, as_json, trace_out, strlen)
        i += 1
    error("why: give a command after -- or a LOG to explain")
    sys.stderr.write("Try 'syscope why -h' for more information.\n")
    return 1


REPORT_TO: str | None = None
COLOR = "auto"


def use_color() -> bool:
    if COLOR != "auto":
        return COLOR == "always"
    return not REPORT_TO and not os.environ.get("NO_COLOR") and sys.stdout.isatty() and \
        os.environ.get("TERM") != "dumb"


def emit(result: dict, as_json: bool) -> None:
    from .report import render
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
    from ..logread.reader import LogError, events
    from .untrusted import printable
    from .why import diagnose
    try:
        result = diagnose(events(paths))
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
    import time
    from ..cli import Config, FatalError
    from ..decode.core import DecodeOptions
    from ..engine.tracer import Engine, EngineOptions, TraceError
    from ..output.jsonl import EventSink
    from ..output.sinks import Tee
    from ..session import build_writer, find_program, install_signal_handlers, make_env
    from .why import Diagnosis
    try:
        program = find_program(command[0])
    except FatalError as e:
        error(str(e))
        return 1
    diag = Diagnosis(os.getcwd())
    sinks = [EventSink(diag.feed, clock=lambda: "%.6f" % time.time())]
    writer = None
    if trace_out:
        cfg = Config(command=command, output=trace_out, follow=True)
        cfg.decode.max_strlen = strlen
        try:
            writer = build_writer(cfg)
        except FatalError as e:
            error(str(e))
            return 1
        sinks.append(writer)
    opts = EngineOptions(follow=True, decode=DecodeOptions(max_strlen=strlen),
                         quiet_attach=True, interactive=False)
    engine = Engine(opts, Tee(*sinks), messages=lambda text: None)
    try:
        engine.launch(os.fsencode(program), [os.fsencode(a) for a in command], make_env([]))
    except TraceError as e:
        error(str(e))
        return 1
    install_signal_handlers(engine, interactive=False)
    try:
        engine.run()
    finally:
        if writer is not None:
            writer.close()
    emit(diag.conclude(), as_json)
    status = engine.exit_status
    if engine.exit_signal is not None:
        return 128 + engine.exit_signal
    return status if status is not None else 0
