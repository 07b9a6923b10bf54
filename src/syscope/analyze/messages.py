"""What a program said, and what its words point at.

Programs write a message in pieces (curl one character at a time, Python's traceback
in fragments): `LineBuffer` joins the pieces each process writes to one place into
lines.  A line then points at calls in three ways: the strerror text of an errno in it
("Read-only file system" -> EROFS), a file or address it names, and what it says was
not found (a command, a Python module: the patterns below are data)."""
from __future__ import annotations

import os
import re

ERROR_WORDS = re.compile(r"error|cannot|can't|could not|couldn't|failed|fatal|not found|"
                         r"denied|no such|unable|refused|permission|invalid|missing|"
                         r"not permitted|abort|exception|traceback|usage:|too open|"
                         r"unprotected|dubious|refus|bad |timed out|not resolve", re.I)

# (kind, pattern): the thing a message says was not found, in group 1
NOT_FOUND = [
    ("command", re.compile(r"(?:^|[\s:])([^\s:'\"`]+): (?:command )?not found\s*$")),
    ("command", re.compile(r"^(?:\S+: )?([^\s:'\"`]+): No such file or directory\s*$")),
    ("python module", re.compile(r"No module named '?([\w.]+)'?")),
    ("python module", re.compile(r"No module nam[ed]*()\u2026")),     # cut by -s
    ("perl module", re.compile(r"Can't locate (\S+\.pm) in @INC")),
    ("host", re.compile(r"(?:[Cc]ould not resolve(?: host(?:name)?)?|[Nn]ame or service "
                        r"not known|[Uu]nknown host|Temporary failure in name "
                        r"resolution)[: ]*'?([A-Za-z0-9][\w.-]*\.[A-Za-z]{2,})?")),
]


# where strace cut a string (-s), the message continues unseen: the piece is marked
# with CUT, and a path it ends in may be the beginning of a longer one
CUT = "\u2026"
CUT_TOKEN = re.compile(r"([^\s'\"`(\[]+)%s" % CUT)
# a message about a file's mode or owner, and about running it (a stat explains these)
MODE_COMPLAINT = re.compile(r"too open|unprotected|bad own|bad mode|bad perm|permissions "
                            r"\d{3,4}|insecure|unsafe|dubious|ownership|writable by|"
                            r"world.writable|group.writable|not owned", re.I)
OWNER_COMPLAINT = re.compile(r"dubious|ownership|not owned|owned by|bad own", re.I)
EXEC_COMPLAINT = re.compile(r"command not found|not executable|cannot execute|"
                            r"permission denied", re.I)
# "prog: ..." or "prog[pid]: ...": the program's own name, not a file it names
PROGRAM_PREFIX = re.compile(r"^\s*[\w.+-]+(\[\d+\])?: ")


class LineBuffer:
    """Pieces written by each process to one destination, joined into lines."""

    def __init__(self):
        self.parts: dict = {}     # key -> [first index, first line, text]

    def add(self, key, index: int, line: int, text: str) -> list:
        """The complete lines this piece finishes: [(index, first line, text)]."""
        cur = self.parts.get(key)
        if cur is None:
            cur = self.parts[key] = [index, line, ""]
        cur[2] += text
        out = []
        if "\n" in cur[2]:          # split once: a write of many lines stays linear
            *heads, rest = cur[2].split("\n")
            for k, head in enumerate(heads):
                head = head[:-1] if head.endswith("\r") else head     # CRLF line ends
                if head.strip():
                    out.append((index, cur[1] if k == 0 else line, head))
            cur[0], cur[1], cur[2] = index, line, rest
        if len(cur[2]) > 4096:           # a binary stream, not a message
            cur[2] = cur[2][-1024:]
        return out

    def rest(self) -> list:
        """Unfinished last lines, when the trace ends."""
        out = [(key, i, ln, t) for key, (i, ln, t) in self.parts.items() if t.strip()]
        self.parts.clear()
        return out


_STRERROR: re.Pattern | None = None
_BY_TEXT: dict = {}
MAX_REMEMBERED = 4096


def remembered(fn):
    """fn(text), computed once per text: ranking asks about each message once per
    finding (bounded: a long trace has many messages)."""
    cache: dict = {}

    def lookup(text: str):
        hit = cache.get(text)
        if hit is None:
            if len(cache) >= MAX_REMEMBERED:
                cache.clear()
            hit = cache[text] = fn(text)
        return hit
    lookup.__doc__ = fn.__doc__
    return lookup


def _errnos_named(text: str) -> set:
    global _STRERROR
    if _STRERROR is None:
        from ..abi import ERRNO_BY_NAME, errno_message
        for name, n in ERRNO_BY_NAME.items():
            msg = errno_message(n)
            if msg and len(msg) > 8 and not msg.startswith("Unknown"):
                _BY_TEXT.setdefault(msg.lower(), set()).add(name)
        alts = sorted(_BY_TEXT, key=len, reverse=True)
        _STRERROR = re.compile("|".join(re.escape(a) for a in alts), re.I)
    return set().union(*(_BY_TEXT.get(m.group(0).lower(), ()) for m in
                         _STRERROR.finditer(text))) if text else set()


@remembered
def errnos_named(text: str) -> frozenset:
    """The errno names whose strerror text the message contains."""
    return frozenset(_errnos_named(text))


def is_error(text: str) -> bool:
    return bool(ERROR_WORDS.search(text)) or bool(_errnos_named(text))


def names(text: str, path: str | None, used: str | None = None) -> bool:
    """Does the message name this file: its absolute path, the path as the program
    passed it, or its file name standing as a word of its own?"""
    if not text or not path:
        return False
    for cand in (path, used):
        if cand and len(cand) > 1 and cand in text and _bounded(text, cand):
            return True
    if CUT in text:
        for m in CUT_TOKEN.finditer(text):
            head = m.group(1)
            if len(head) >= 5 and "/" in head and any(
                    c and len(c) > len(head) and c.startswith(head) for c in (path, used)):
                return True
    base = os.path.basename(path.rstrip("/"))
    return len(base) > 2 and _bounded(PROGRAM_PREFIX.sub("", text, count=1), base)


def _bounded(text: str, word: str) -> bool:
    return re.search(r"(?<![\w.-])%s(?![\w-])" % re.escape(word), text) is not None


@remembered
def not_found(text: str) -> tuple:
    """((kind, name), ...) that the message says could not be found."""
    out = []
    for kind, rx in NOT_FOUND:
        m = rx.search(text)
        if m and m.group(1):
            out.append((kind, m.group(1)))
        elif m and kind == "python module" and not any(k == kind for k, _n in out):
            out.append((kind, None))
    return tuple(out)
