"""Events: the one language between the parts of syscope.

Both the live engine and the log reader produce them; filters and sinks consume
them without knowing where they came from.  Argument text is kept as strace printed
it and parsed into a typed tree only when someone asks (``Syscall.args``)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Syscall:
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
    kind = "syscall"

    @property
    def failed(self) -> bool:
        return self.errno is not None or (self.ret_text or "").startswith("? ERESTART")

    @property
    def args(self) -> list:
        from .logread.args import parse_args
        return parse_args(self.args_text)


@dataclass(slots=True)
class Signal:
    pid: int
    signal: str                   # "SIGCHLD"
    info_text: str | None = None  # "{si_signo=SIGCHLD, ...}"; None for 'stopped by'
    stopped: bool = False
    time: str | None = None
    line: int = 0
    source: str = ""
    kind = "signal"


@dataclass(slots=True)
class Exit:
    pid: int
    code: int | None = None       # exited with code
    signal: str | None = None     # killed by signal
    core: bool = False
    time: str | None = None
    line: int = 0
    source: str = ""
    kind = "exit"


@dataclass(slots=True)
class Message:
    """strace's own messages in a log: 'Process N attached', 'Process N detached'."""
    pid: int | None
    text: str
    line: int = 0
    source: str = ""
    kind = "message"


@dataclass(slots=True)
class Unparsed:
    """A line the reader does not understand: kept, counted, never fatal."""
    text: str
    line: int = 0
    source: str = ""
    reason: str = ""
    kind = "unparsed"
