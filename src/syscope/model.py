"""Events: the one language between the parts of syscope.

Both the live engine and the log reader produce them; filters and sinks consume
them without knowing where they came from.  Argument text is kept as strace printed
it and parsed into a typed tree only when someone asks (``Syscall.args``, once per
event, or ``Syscall.arg(i)`` for one argument alone).

The attributes are named as the JSON keys are (docs/json-schema.md); the few older
names (``rval``, ``core``, ``kind``) stay, and the JSON names read the same values.
``to_dict()`` is the event's JSON object."""
from __future__ import annotations

from dataclasses import dataclass, field

_parser = None   # logread.args, imported on the first parse (not on the tracing path)


def _args_module():
    global _parser
    if _parser is None:
        from .logread import args
        _parser = args
    return _parser


def seconds(time: str | None) -> float | None:
    """A timestamp as printed, in seconds: Unix time (live, -ttt), seconds since
    midnight (-t, -tt: HH:MM:SS[.frac]), or the delta -r printed; None without one."""
    if time is None:
        return None
    try:
        if ":" in time:
            h, m, sec = time.split(":")
            return int(h) * 3600 + int(m) * 60 + float(sec)
        return float(time)
    except ValueError:
        return None


class Event:
    """What every event has: its JSON type, its time in seconds, its JSON object."""
    __slots__ = ()
    kind = ""

    @property
    def type(self) -> str:
        return self.kind

    @property
    def ts(self) -> float | None:
        """The time in seconds (seconds() of the printed time); None without one."""
        return seconds(getattr(self, "time", None))

    def to_dict(self) -> dict:
        from .eventjson import event_dict
        return event_dict(self)


@dataclass(slots=True)
class Syscall(Event):
    """One system call, from entry to return (or to where the trace ends)."""
    pid: int
    name: str
    args_text: str = ""           # between the parentheses, as strace prints it
    ret_text: str | None = None   # after '= ', None when the call never returned
    rval: int | None = None
    errno: str | None = None      # "ENOENT"
    error: str | None = None      # "No such file or directory"
    time: str | None = None       # the timestamp as printed (-t/-tt/-ttt/-r)
    duration: float | None = None  # -T
    nr: int | None = None
    unfinished: bool = False      # printed as '<unfinished ...>' and never resumed
    resumed: bool = False         # its return came on a '<... resumed>' line
    line: int = 0                 # line number of its first line in the log
    source: str = ""              # file it came from
    # (args_text, its trees) once parsed; compared by identity, so a new text is parsed anew
    _parsed: tuple | None = field(default=None, init=False, repr=False, compare=False)
    kind = "syscall"

    @property
    def failed(self) -> bool:
        return self.errno is not None or (self.ret_text or "").startswith("? ERESTART")

    @property
    def args(self) -> list:
        """The argument trees (logread/args.py), parsed on first access and kept: the
        same list comes back each time, so treat it as read-only."""
        p = self._parsed
        if p is None or p[0] is not self.args_text:
            text = self.args_text
            p = self._parsed = (text, with_sockaddrs(text, _args_module().parse_args(text)))
        return p[1]

    def arg(self, i: int) -> dict | None:
        """args[i] (None past the end) without parsing the other arguments, for a look
        at one argument of many calls; the parsed list is used when there is one."""
        p = self._parsed
        if p is not None and p[0] is self.args_text:
            return p[1][i] if 0 <= i < len(p[1]) else None
        return with_sockaddrs(self.args_text, _args_module().parse_arg(self.args_text, i))

    @property
    def ret(self) -> int | None:
        """The return value (the JSON key's name for rval)."""
        return self.rval


def with_sockaddrs(text: str, tree):
    """Socket addresses in the trees also as 'sockaddr' fields (sockaddr.py)."""
    if tree is not None and "sa_family=" in text:
        from .sockaddr import add_sockaddrs
        add_sockaddrs(tree)
    return tree


@dataclass(slots=True)
class Signal(Event):
    pid: int
    signal: str                   # "SIGCHLD"
    info_text: str | None = None  # "{si_signo=SIGCHLD, ...}"; None for 'stopped by'
    stopped: bool = False
    time: str | None = None
    line: int = 0
    source: str = ""
    kind = "signal"

    @property
    def info(self) -> dict | None:
        """The siginfo's fields, name -> value."""
        from .eventjson import signal_info
        return signal_info(self.info_text)


@dataclass(slots=True)
class Exit(Event):
    pid: int
    code: int | None = None       # exited with code
    signal: str | None = None     # killed by signal
    core: bool = False
    time: str | None = None
    line: int = 0
    source: str = ""
    kind = "exit"

    @property
    def core_dumped(self) -> bool:
        return self.core


@dataclass(slots=True)
class Message(Event):
    """strace's own messages in a log: 'Process N attached', 'Process N detached'."""
    pid: int | None
    text: str
    line: int = 0
    source: str = ""
    kind = "message"


@dataclass(slots=True)
class Unparsed(Event):
    """A line the reader does not understand: kept, counted, never fatal."""
    text: str
    line: int = 0
    source: str = ""
    reason: str = ""
    kind = "unparsed"
