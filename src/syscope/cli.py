"""The dispatcher: `syscope SUBCOMMAND ...` runs that subcommand's module; anything
else is strace's command line (`syscope -- why` traces a program called 'why')."""
from __future__ import annotations

import sys

from .errors import FatalError, UsageError, die_of, error, guarded

PROG = "syscope"


def main(argv: list[str] | None = None) -> int:
    """Ctrl-C before the tracer takes over its signals (starting up, reading a log,
    explaining one) ends syscope as it ends any program: by SIGINT, no traceback."""
    import _signal as signal   # the C module: "signal" builds enums, a millisecond of start-up
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:   # not ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and is_subcommand(argv[0]):
            from .startup import start_up_over
            start_up_over()
            return run_subcommand(argv[0], argv[1:])
        return trace(argv)
    except KeyboardInterrupt:
        return die_of(signal.SIGINT)


def is_subcommand(word: str) -> bool:
    if word.startswith("-"):   # an option: a trace (the table is not even loaded)
        return False
    from .commands import SUBCOMMANDS
    return word in SUBCOMMANDS


def run_subcommand(name: str, argv: list[str]) -> int:
    import importlib
    try:
        module = importlib.import_module(".commands." + name, __package__)
    except ImportError as e:
        error("'%s' is not available in this version (%s)" % (name, e))
        return 1
    return guarded(module.main, argv, name=name)


def trace(argv: list[str]) -> int:
    """strace's command line: trace a program, or -h, -V, --help-man, --completion."""
    from .startup import preload
    preload()
    from .options import parse_args
    try:
        cfg = parse_args(argv)
    except UsageError as e:
        error(str(e))
        from .output.outfile import write_stderr
        from .progname import program
        write_stderr("Try '%s -h' for more information.\n" % program())
        return 1
    except FatalError as e:
        error(str(e))
        return 1
    if cfg.show_help:
        from .help import HELP
        sys.stdout.write(HELP)
        return 0
    if cfg.show_version:
        from .features import version_text
        sys.stdout.write(version_text())
        return 0
    if cfg.show_man:
        from .manpage import show_man
        return show_man()
    if cfg.completion:
        from .completion import SHELLS, script
        if cfg.completion not in SHELLS:
            error("--completion: unknown shell '%s' (choose %s)"
                  % (cfg.completion, ", ".join(SHELLS)))
            return 1
        sys.stdout.write(script(cfg.completion))
        return 0
    from .features import core_problem
    problem = core_problem()
    if problem:
        error(problem)
        return 1
    from .session import run_trace
    try:
        return guarded(run_trace, cfg)
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
