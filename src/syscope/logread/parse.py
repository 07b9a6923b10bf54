"""strace text, one line at a time, into records.

A record keeps the line's leader (pid prefix, timestamps, syscall number) exactly as
printed, so that writing it back reproduces the line; the body is split into the
syscall name, the argument text, the return text and the -T duration."""
from __future__ import annotations

import re
from dataclasses import dataclass

LEADER_RE = re.compile(
    r"(?:\[pid +(?P<bpid>\d+)\] |(?P<ppid>\d+) +(?=\S))?"
    r"(?P<ts>\d\d:\d\d:\d\d(?:\.\d+)? |\d{9,}(?:\.\d+)? )?"
    r"(?P<rel>\(\+ *\d+(?:\.\d+)?\) | *\d+\.\d+ (?=\S))?"
    r"(?P<nr>\[ *\d+\] )?")
CALL_RE = re.compile(r"(?P<name>[a-z_][a-z0-9_]*|syscall_0x[0-9a-f]+)\(")
RESUMED_RE = re.compile(r"<\.\.\. (?P<name>[a-z_][a-z0-9_]*|syscall_0x[0-9a-f]+) resumed>")
ERRNO_RE = re.compile(r"-1 (?P<errno>E[A-Z0-9_]+) \((?P<msg>[^)]*)\)")
ERESTART_RE = re.compile(r"\? (?P<errno>ERESTART\w+) \((?P<msg>[^)]*)\)")
EXIT_RE = re.compile(r"\+\+\+ exited with (?P<code>-?\d{1,12}) \+\+\+$")
KILLED_RE = re.compile(r"\+\+\+ killed by (?P<sig>SIG\w+|\d+)(?P<core> \(core dumped\))? \+\+\+$")
SUPERSEDED_RE = re.compile(r"\+\+\+ superseded by execve in pid (?P<old>\d{1,10}) \+\+\+$")
SIGNAL_RE = re.compile(r"--- (?P<sig>SIG\w+|\d+) (?P<info>\{.*\}) ---$")
STOPPED_RE = re.compile(r"--- stopped by (?P<sig>SIG\w+|\d+) ---$")
MESSAGE_RE = re.compile(r"(?:strace|syscope): (?P<text>.*)$")
DUMP_RE = re.compile(r" \| [0-9a-f]{5,}  ")
SUMMARY_RE = re.compile(r"(?:% time|syscall |calls |errors |seconds |-{6,} |-{9,}|System call usage"
                        r"|\s*\d+\.\d\d\s+\d+\.\d{6}\s|\s*\d+\s+\d*\s+[a-z_0-9]+$)")
# "vfork(strace: Process 8827 attached": a message printed into an open line on stderr
INLINE_MESSAGE_RE = re.compile(r"(?P<args>.*?)(?P<msg>(?:strace|syscope): Process \d+ attached)$")
UNFINISHED = " <unfinished ...>"
MAX_NUMBER = 40   # characters; longer 'numbers' are damage, not 64-bit values


@dataclass(slots=True)
class Record:
    kind: str              # call entry resume signal stopped exited killed superseded
    #                        dump message unparsed
    pid: int
    leader: str
    lineno: int
    name: str = ""
    args: str = ""         # argument text (call: all; entry: the part printed; resume: rest)
    ret: str | None = None
    dur: str | None = None
    extra: str = ""        # signal info, message text, dump text
    number: int | None = None  # exit code, killing signal, old pid
    core: bool = False
    ts: str | None = None
    raw: str = ""


def split_return(rest: str):
    """'3, "x", 1) = 1 <0.000010>' -> ('3, "x", 1', '1', '0.000010') or None.
    The rightmost ') = ' that is followed by a return value wins: strings in the
    arguments may contain ') = ' themselves.  Linear in the line's length: the -T
    suffix is taken off once, each ') ' is looked at once."""
    end, dur = len(rest), None
    if rest.endswith(">"):
        i = rest.rfind(" <")
        if i >= 0 and is_duration(rest[i + 2:-1]):
            end, dur = i, rest[i + 2:-1]
    pos = len(rest)
    while True:
        pos = rest.rfind(") ", 0, pos)
        if pos < 0:
            return None
        j = pos + 2
        while rest.startswith(" ", j):
            j += 1
        if rest.startswith("= ", j) and j + 2 < end and is_return_start(rest, j + 2):
            return rest[:pos], rest[j + 2:end], dur


def is_duration(text: str) -> bool:
    """'0.000010' or '3': what strace prints between the angle brackets of -T."""
    whole, dot, frac = text.partition(".")
    return whole.isdecimal() and (not dot or frac.isdecimal())


def seconds(dur: str | None) -> float | None:
    """A -T duration as a number; None when absent or beyond any real duration."""
    if not dur or len(dur) > 24:
        return None
    v = float(dur)
    return v if v < 1e9 else None


def is_return_start(text: str, i: int) -> bool:
    """A return value starts with '?', a digit or a minus sign and a digit."""
    c = text[i]
    return c == "?" or c.isdecimal() or (c == "-" and text[i + 1:i + 2].isdecimal())


def with_return(rec: Record, kind: str, rest: str) -> bool:
    """Fill in the arguments, return value and duration when rest ends with them."""
    parts = split_return(rest)
    if parts is None:
        return False
    rec.kind = kind
    rec.args, rec.ret, rec.dur = parts
    return True


def parse_line(line: str, lineno: int, default_pid: int = 0) -> Record:
    m = LEADER_RE.match(line)
    pid_s = m.group("bpid") or m.group("ppid")
    pid = int(pid_s) if pid_s and len(pid_s) <= 10 else default_pid
    end = m.end()
    leader = line[:end]
    ts = (m.group("ts") or m.group("rel") or "").strip() or None
    body = line[end:]
    rec = Record("unparsed", pid, leader, lineno, ts=ts, raw=line)
    if not body:
        return rec
    c = body[0]
    if c == "%" or (c == "-" and body.startswith("------")):
        rec.kind = "summary"
        return rec
    if c.isalpha() or c == "_":
        cm = CALL_RE.match(body)
        if cm:
            rec.name = cm.group("name")
            rest = body[cm.end():]
            if rest.endswith(UNFINISHED):
                rec.kind = "entry"
                rec.args = rest[:-len(UNFINISHED)]
                return rec
            if with_return(rec, "call", rest):
                return rec
            im = INLINE_MESSAGE_RE.match(rest)
            if im:
                rec.kind = "entry"
                rec.args = im.group("args")
                rec.extra = im.group("msg")
                return rec
        mm = MESSAGE_RE.match(body)
        if mm:
            rec.kind = "message"
            rec.extra = mm.group("text")
        return rec
    if c == "<":
        rm = RESUMED_RE.match(body)
        if rm:
            rec.name = rm.group("name")
            with_return(rec, "resume", body[rm.end():])
        return rec
    if c == "+":
        for kind, rx in (("exited", EXIT_RE), ("killed", KILLED_RE),
                         ("superseded", SUPERSEDED_RE)):
            em = rx.match(body)
            if em:
                rec.kind = kind
                if kind == "exited":
                    rec.number = int(em.group("code"))
                elif kind == "killed":
                    rec.extra = em.group("sig")
                    rec.core = bool(em.group("core"))
                else:
                    rec.number = int(em.group("old"))
                return rec
        return rec
    if c == "-":
        sm = SIGNAL_RE.match(body)
        if sm:
            rec.kind = "signal"
            rec.name = sm.group("sig")
            rec.extra = sm.group("info")
            return rec
        sm = STOPPED_RE.match(body)
        if sm:
            rec.kind = "stopped"
            rec.name = sm.group("sig")
        return rec
    if c == " " and DUMP_RE.match(line):
        rec.kind = "dump"
        rec.leader = ""
        rec.extra = line
        return rec
    if body.strip() == "<unfinished ...>":
        rec.kind = "tail"      # the rest of a line a message interrupted
        return rec
    if len(line) < 512 and SUMMARY_RE.match(line):   # its \s+\d*\s+ is quadratic
        rec.kind = "summary"
        return rec
    return rec


def return_value(ret: str | None) -> tuple[int | None, str | None, str | None]:
    """'-1 ENOENT (No such file...)' -> (-1, 'ENOENT', 'No such file...');
    '3</etc/passwd>' -> (3, None, None); '?' -> (None, None, None)."""
    if ret is None:
        return None, None, None
    em = ERRNO_RE.match(ret)
    if em:
        return -1, em.group("errno"), em.group("msg")
    em = ERESTART_RE.match(ret)
    if em:
        return None, em.group("errno"), em.group("msg")
    tok = ret.split(" ", 1)[0].split("<", 1)[0]
    if len(tok) > MAX_NUMBER:
        return None, None, None
    try:
        if tok.startswith("0x"):
            return int(tok, 16), None, None
        if len(tok) > 1 and tok.startswith("0") and tok.isdigit():
            return int(tok, 8), None, None
        return int(tok), None, None
    except ValueError:
        return None, None, None
