"""Feeding a recorded trace to the same sinks the live engine feeds.

Each record becomes the entry/exit/line notification the engine would have made, with
the line's own leader, so that the text writer reproduces the log line for line and
every filter and summary works on a file as on a live program."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..abi import ERRNO_BY_NAME, SYSCALL_NUMBERS, signal_number
from .parse import Record, return_value, seconds
from .reader import records


@dataclass(slots=True)
class LoggedCall:
    """What sinks need of a call: the Call interface, from a log line."""
    pid: int
    name: str
    nr: int | None
    error: int = 0
    rval: int = 0
    saved: dict = field(default_factory=dict)


class PathMatcher:
    """-P on a log: a path argument equal to PATH, or a descriptor that a matching
    call returned (open/openat/dup...) and that is still open."""

    OPENERS = ("open", "openat", "openat2", "creat", "open_tree")

    def __init__(self, paths: list[str]):
        import os
        from ..decode.fmt import quote
        self.quoted = set()
        for p in paths:
            self.quoted.add(quote(os.fsencode(p)))
            real = os.path.realpath(p)
            self.quoted.add(quote(os.fsencode(real)))
        self.fds: set[tuple[int, int]] = set()

    def matches(self, pid: int, name: str, args_text: str) -> bool:
        from ..pathtrace import roles_of
        from .args import split_top
        roles = roles_of(name)
        if not roles:
            return False
        args = split_top(args_text)
        for role, i in roles:
            if i >= len(args):
                continue
            a = args[i]
            if role == "path" and a in self.quoted:
                return True
            if role == "fd":
                fd = a.split("<", 1)[0]
                if fd.lstrip("-").isdigit() and len(fd) < 12 and (pid, int(fd)) in self.fds:
                    return True
                if "<" in a and any(a.endswith("<%s>" % q[1:-1]) for q in self.quoted):
                    return True
        return False

    def returned(self, pid: int, name: str, args_text: str, rval: int | None) -> None:
        """Keep the descriptor table of matching calls up to date."""
        if rval is None or rval < 0:
            return
        if name in self.OPENERS or name in ("dup", "dup2", "dup3", "fcntl"):
            self.fds.add((pid, rval))
        elif name == "close":
            fd = args_text.split("<", 1)[0].strip()
            if fd.isdigit() and len(fd) < 12:
                self.fds.discard((pid, int(fd)))


FLUSH_EVERY = (1 << 12) - 1   # lines, as a mask


def replay(paths: list[str], sink, traced=None, signals=None, path_match=None,
           quiet_exit: bool = False, stats: dict | None = None) -> None:
    open_names: dict[int, tuple] = {}   # pid -> (call, passes filters)
    writer_leader = getattr(sink, "set_leader", None)

    def lead(rec: Record):
        if writer_leader:
            writer_leader(rec.leader)

    for _source, rec in records(paths):
        if not rec.lineno & FLUSH_EVERY:
            sink.flush()   # a stream: nothing piles up, a crash loses nothing printed
        k = rec.kind
        if stats is not None:
            stats[k] = stats.get(k, 0) + 1
        if k in ("call", "entry"):
            keep = traced is None or traced(rec.name)
            if keep and path_match is not None:
                keep = path_match.matches(rec.pid, rec.name, rec.args)
                if keep and k == "call":
                    path_match.returned(rec.pid, rec.name, rec.args,
                                        return_value(rec.ret)[0])
            call = LoggedCall(rec.pid, rec.name, SYSCALL_NUMBERS.get(rec.name))
            if k == "entry":
                open_names[rec.pid] = (call, keep)
                if rec.extra:   # a message cut into the line: copy it as it was
                    sink.raw_line(rec.raw)
                    continue
                if keep:
                    lead(rec)
                    sink.syscall_entry(rec.pid, call, rec.args)
                continue
            if keep:
                finish(rec, call, sink, lead, rec.args, entry=True)
        elif k == "resume":
            call, keep = open_names.pop(rec.pid, (None, None))
            if call is not None and keep:
                sink.force_resume(rec.pid)
                if path_match is not None:
                    path_match.returned(rec.pid, rec.name, rec.args, return_value(rec.ret)[0])
            if call is None:
                call = LoggedCall(rec.pid, rec.name, SYSCALL_NUMBERS.get(rec.name))
                keep = traced is None or traced(rec.name)
                if keep:
                    sink.force_resume(rec.pid)
            if keep:
                finish(rec, call, sink, lead, rec.args, entry=False)
        elif k == "signal" or k == "stopped":
            sig = signal_number(rec.name) or 0
            if signals is None or sig in signals:
                lead(rec)
                if k == "signal":
                    sink.signal(rec.pid, sig, rec.extra, None)
                else:
                    sink.stopped(rec.pid, sig, None)
        elif k == "exited":
            open_names.pop(rec.pid, None)
            if not quiet_exit:
                lead(rec)
                sink.exited(rec.pid, rec.number, None)
        elif k == "killed":
            open_names.pop(rec.pid, None)
            sig = signal_number(rec.extra) or 0
            if signals is None or sig in signals:
                lead(rec)
                sink.killed(rec.pid, sig, rec.core, None)
        elif k == "superseded":
            lead(rec)
            sink.superseded(rec.pid, rec.number, None)
        elif k in ("dump", "summary", "tail"):
            sink.raw_line(rec.raw)
        elif k == "message":
            sink.raw_line(rec.raw)
        else:
            sink.raw_line(rec.raw)
    sink.flush()


def finish(rec: Record, call: LoggedCall, sink, lead, text: str, entry: bool) -> None:
    rval, errno, _msg = return_value(rec.ret)
    call.rval = rval if rval is not None else 0
    call.error = ERRNO_BY_NAME.get(errno, 1) if errno else 0
    dur = seconds(rec.dur)
    call.saved["stime"] = dur or 0.0
    call.saved["never_returned"] = rec.ret == "?"
    ret = rec.ret + (" <%s>" % rec.dur if rec.dur is not None else "")
    lead(rec)
    if rec.ret == "?" and rec.dur is None:
        # never returned (exit_group, killed): 'unfinished' for -e status=
        if entry:
            sink.syscall_entry(rec.pid, call, text)
        sink.syscall_gone(rec.pid, call, "" if entry else text)
    elif entry:
        sink.syscall_entry(rec.pid, call, text)
        sink.syscall_exit(rec.pid, call, "", ret, None)
    else:
        sink.syscall_exit(rec.pid, call, text, ret, None)
