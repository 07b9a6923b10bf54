"""Where a subcommand's events come from: recorded logs (`LOG...`) or a program
traced here (`-- CMD ARGS`), with the errors a person can act on."""
from __future__ import annotations

import os


class SourceError(Exception):
    """Bad input: the message is for the user (printed as 'syscope: ...')."""


class Source:
    """The logs or the command of a subcommand, and its events."""

    def __init__(self, logs: list[str], command: list[str], strlen: int = 256):
        self.logs = logs
        self.command = command
        self.strlen = strlen
        self.events_seen = 0
        self.unparsed = 0

    @property
    def label(self) -> str:
        if self.command:
            return " ".join(self.command)
        return ", ".join(self.logs)

    def events(self):
        """Every event; counts them so that `check()` can tell a log that is not a trace."""
        if self.command:
            stream = self._live()
        else:
            from ..logread.reader import LogError, events
            for path in self.logs:
                if path != "-" and os.path.isdir(path):
                    raise SourceError("Can't read '%s': Is a directory" % path)
            stream = events(self.logs)
            try:
                yield from self._counted(stream)
            except LogError as e:
                raise SourceError(str(e))
            return
        yield from self._counted(stream)

    def _counted(self, stream):
        for ev in stream:
            if ev.kind == "unparsed":
                self.unparsed += 1
            else:
                self.events_seen += 1
            yield ev

    def _live(self):
        from ..cli import FatalError
        from ..engine.tracer import TraceError
        from ..session import find_program
        try:
            find_program(self.command[0])
        except FatalError as e:
            raise SourceError(str(e))
        import syscope
        try:
            yield from syscope.trace(self.command, follow=True, max_strlen=self.strlen)
        except TraceError as e:
            raise SourceError(str(e))

    def check(self) -> None:
        """After the events: a log with nothing syscope understands is an error."""
        if self.events_seen == 0 and not self.command:
            what = "lines that are not strace output" if self.unparsed else "no lines"
            raise SourceError("%s: %s; give a log written by strace or syscope (-o FILE)"
                              % (self.label, what))


def split_target(argv: list[str], flags: set[str], takes_value: set[str]):
    """[OPTIONS] LOG... | [OPTIONS] -- CMD ARGS -> ({option: value}, logs, command).
    Options in `takes_value` take the next argument (or `--opt=value`)."""
    options: dict = {}
    logs: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            if logs:
                raise SourceError("give LOG files or '-- CMD', not both")
            if i + 1 >= len(argv):
                raise SourceError("no command after '--'")
            return options, logs, argv[i + 1:]
        if a.startswith("-") and a != "-":
            name, eq, value = a.partition("=")
            if name in takes_value:
                if not eq:
                    i += 1
                    if i >= len(argv):
                        raise SourceError("option '%s' requires an argument" % name)
                    value = argv[i]
                options[name] = value
            elif name not in flags:
                raise SourceError("unrecognized option '%s'" % a)
            elif eq:
                raise SourceError("option '%s' doesn't allow an argument" % name)
            else:
                options[name] = True
        else:
            logs.append(a)
        i += 1
    if not logs:
        raise SourceError("give a LOG to read or '-- CMD' to trace")
    return options, logs, []
