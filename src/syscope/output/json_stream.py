"""json.dumps(obj, indent=2, default=str), written as it is made.

A report of a big trace (summary --json of a log naming 100k files) is one object of
millions of values: json.dumps would hold its text, and the list of pieces it joins,
in memory at once.  stream() makes the same bytes and hands them to write() in pieces
of about BUFFER values; it also does without a generator per nesting level, which is
most of what the standard encoder's indenting mode costs."""
from __future__ import annotations

from json.encoder import encode_basestring_ascii as _quote   # the compiled one when built

BUFFER = 8192     # pieces held before they are written
INFINITY = float("inf")
_INT = int.__repr__
_FLOAT = float.__repr__


def _float(x: float) -> str:
    """As json's encoder prints a float (allow_nan: NaN and Infinity as JavaScript)."""
    if x != x:
        return "NaN"
    if x == INFINITY:
        return "Infinity"
    if x == -INFINITY:
        return "-Infinity"
    return _FLOAT(x)


def _key(k) -> str:
    """A dict key as json's encoder turns it into a string."""
    if isinstance(k, str):
        return k
    if isinstance(k, float):
        return _float(k)
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return _INT(k)
    raise TypeError("keys must be str, int, float, bool or None, not %s"
                    % k.__class__.__name__)


class _Encoder:
    def __init__(self, write, indent: str, default):
        self.write = write
        self.indent = indent
        self.default = default
        self.out: list[str] = []

    def flush(self) -> None:
        if self.out:
            self.write("".join(self.out))
            self.out.clear()

    def value(self, o, level: int) -> None:
        out = self.out
        t = type(o)
        if t is str:
            out.append(_quote(o))
        elif o is None:
            out.append("null")
        elif t is int:
            out.append(_INT(o))
        elif t is float:
            out.append(_float(o))
        elif t is dict:
            self.dict(o, level)
        elif t is list or t is tuple:
            self.list(o, level)
        else:
            self.other(o, level)

    def other(self, o, level: int) -> None:
        """The types above' subclasses, bools and what default() turns into text, in
        the order json's encoder tries them."""
        out = self.out
        if isinstance(o, str):
            out.append(_quote(o))
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(_INT(o))
        elif isinstance(o, float):
            out.append(_float(o))
        elif isinstance(o, (list, tuple)):
            self.list(o, level)
        elif isinstance(o, dict):
            self.dict(o, level)
        else:
            self.value(self.default(o), level)

    def open(self, bracket: str, level: int) -> tuple[int, str]:
        """Opens a container one level deeper: (its level, what separates its items)."""
        level += 1
        newline = "\n" + self.indent * level
        self.out.append(bracket + newline)
        return level, "," + newline

    def list(self, items, level: int) -> None:
        out = self.out
        if not items:
            out.append("[]")
            return
        level, sep = self.open("[", level)
        first = True
        for o in items:
            if first:
                first = False
            else:
                out.append(sep)
            t = type(o)
            if t is str:
                out.append(_quote(o))
            elif t is int:
                out.append(_INT(o))
            else:
                self.value(o, level)
            if len(out) > BUFFER:
                self.flush()
        out.append("\n" + self.indent * (level - 1) + "]")

    def dict(self, d, level: int) -> None:
        out = self.out
        if not d:
            out.append("{}")
            return
        level, sep = self.open("{", level)
        first = True
        for k, o in d.items():
            if type(k) is not str:
                k = _key(k)
            if first:
                out.append(_quote(k) + ": ")
                first = False
            else:
                out.append(sep + _quote(k) + ": ")
            t = type(o)
            if t is str:
                out.append(_quote(o))
            elif t is int:
                out.append(_INT(o))
            elif o is None:
                out.append("null")
            else:
                self.value(o, level)
        out.append("\n" + self.indent * (level - 1) + "}")


def stream(obj, write, indent: int = 2, default=str) -> None:
    """write(text) for the pieces of json.dumps(obj, indent=indent, default=default)
    + "\\n", in order."""
    enc = _Encoder(write, " " * indent, default)
    enc.value(obj, 0)
    enc.out.append("\n")
    enc.flush()
