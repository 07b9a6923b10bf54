"""strace's argument text into a typed tree, on demand.

    3</etc/passwd>                -> {"type": "fd", "value": 3, "path": "/etc/passwd"}
    "abc"...                      -> {"type": "string", "value": "abc", "truncated": true}
    O_RDONLY|O_CLOEXEC            -> {"type": "flags", "value": ["O_RDONLY", "O_CLOEXEC"]}
    {st_mode=S_IFREG|0644, ...}   -> {"type": "struct", "fields": {...}, "abbreviated": true}
    [3, 4]                        -> {"type": "array", "items": [...]}
    htons(80)                     -> {"type": "call", "name": "htons", "args": [...]}
Every node also carries "text", the argument exactly as printed.

The functions here are the grammar's definition.  The compiled parser (_logparse.c)
implements the same grammar for ASCII text and replaces parse_args, parse_value,
parse_arg and split_top when it is built (SYSCOPE_NO_LOGPARSE=1 keeps these);
tests/test_logparse.py checks that both give the same trees."""
from __future__ import annotations

import re

OPEN = {"(": ")", "[": "]", "{": "}"}
INT_RE = re.compile(r"-?\d+$")
HEX_RE = re.compile(r"0x[0-9a-fA-F]+$")
OCT_RE = re.compile(r"0[0-7]+$")
CONST_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")
FD_RE = re.compile(r"(-?\d+)<(.*)>(\(deleted\))?$", re.S)
CALL_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\((.*)\)$", re.S)
MAX_DEPTH = 16     # brackets within brackets; strace's deepest is a handful
MAX_NUMBER = 40    # characters; no 64-bit value needs more
MAX_BRACKETS = 1 << 16   # in one line; beyond, only the first levels are parsed
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", '"': '"', "\\": "\\"}
# The types of values (docs/json-schema.md), one table: the compiled parser takes its
# names from here, in this order (tests/test_jsonout.py holds it to the schema)
TYPES = ("int", "string", "null", "fd", "const", "flags", "struct", "array", "call",
         "changed", "more", "raw")


# what split_top stops at; everything else is skipped at C speed
SPECIAL_RE = {sep: re.compile(r'["()\[\]{}<>' + re.escape(sep) + "]") for sep in ",|"}


def py_split_top(text: str, sep: str = ",") -> list[str]:
    """Split at separators that are outside quotes and brackets."""
    parts, depth, start, angle, skip = [], 0, 0, 0, 0
    for m in SPECIAL_RE[sep].finditer(text):
        i = m.start()
        if i < skip:
            continue   # inside a string
        c = text[i]
        if c == '"':
            skip = string_end(text, i + 1) + 1
        elif c in OPEN:
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "<":
            if i > 0 and text[i - 1].isdigit():
                angle += 1
        elif c == ">":
            if angle:
                angle -= 1
        elif depth == 0 and not angle:
            parts.append(text[start:i].strip())
            start = i + 1
    tail = text[start:].strip()
    if tail or parts:
        parts.append(tail)
    return parts


def string_end(text: str, i: int) -> int:
    """Where the string whose body starts at i ends: its closing quote, or the end."""
    while True:
        j = text.find('"', i)
        if j < 0:
            return len(text)
        k = j
        while k > i and text[k - 1] == "\\":
            k -= 1
        if (j - k) % 2 == 0:   # an even run of backslashes escapes itself, not the quote
            return j
        i = j + 1


ESCAPE_RE = re.compile(r"(\\(?:x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.))", re.S)


class EscapeTable(dict):
    """'\\n' -> newline, '\\x41' -> 'A', '\\101' -> 'A'; an escape that is not one
    ('\\9', '\\xZZ') stands for the character after the backslash."""

    def __missing__(self, esc: str) -> str:
        e = esc[1:]
        if e[0] == "x" and len(e) > 1:
            c = chr(int(e[1:], 16))
        elif e[0] in "01234567":
            c = chr(int(e, 8))
        else:
            c = ESCAPES.get(e, e)
        self[esc] = c
        return c


ESCAPE_TABLE = EscapeTable()
UNQUOTE_CHUNK = 1 << 16


def unquote(body: str) -> str:
    """A string's body with its C escapes undone."""
    if "\\" not in body:
        return body
    if len(body) > UNQUOTE_CHUNK:   # a list of pieces per chunk, not per string
        out, start = [], 0
        while start < len(body):
            cut = escape_start(body, start + UNQUOTE_CHUNK)
            out.append(unquote_piece(body[start:cut]))
            start = cut
        return "".join(out)
    return unquote_piece(body)


def unquote_piece(body: str) -> str:
    pieces = ESCAPE_RE.split(body)   # text, escape, text, escape, ..., text
    pieces[1::2] = map(ESCAPE_TABLE.__getitem__, pieces[1::2])
    return "".join(pieces)


def escape_start(body: str, i: int) -> int:
    """The first place at or after i where an escape or plain text begins."""
    j = body.find("\\", i)
    if j < 0:
        return len(body)
    k = j
    while k > 0 and body[k - 1] == "\\":
        k -= 1
    return j if (j - k) % 2 == 0 else j + 1


def split_comment(t: str):
    """'x /* c */' -> ('x', 'c'): the first ' /* ' that leaves room for the closing
    ' */' (what '^(.*?) /\\* (.*) \\*/$' matches, in linear time)."""
    if not t.endswith(" */"):
        return None
    i = t.find(" /* ")
    if i < 0 or i + 4 > len(t) - 3:
        return None
    return t[:i], t[i + 4:-3]


def py_parse_value(text: str, depth: int = 0) -> dict:
    t = text.strip()
    node: dict = {"text": t}
    if depth > MAX_DEPTH:   # deeper than strace ever nests: kept as text
        node.update(type="raw")
        return node
    if t.isascii():   # the commonest values, decided before the general rules
        if t.isdigit() and len(t) <= MAX_NUMBER:
            node.update(type="int", value=int(t))
            return node
        if t.isidentifier():
            if t == "NULL":
                node.update(type="null", value=None)
            else:
                node.update(type="const", value=t)
            return node
    depth += 1
    m = split_comment(t) if t[:1] != '"' else None
    if m:
        inner = py_parse_value(m[0], depth)
        inner["text"] = t
        inner["comment"] = m[1]
        return inner
    if t.startswith('"'):
        end = t.rfind('"')
        node.update(type="string", value=unquote(t[1:end]), truncated=t.endswith("..."))
        return node
    if t == "NULL":
        node.update(type="null", value=None)
        return node
    if t == "...":
        node.update(type="more")
        return node
    if " => " in t and t[0] in "[{":
        before, after = t.split(" => ", 1)
        node.update(type="changed", before=py_parse_value(before, depth),
                    after=py_parse_value(after, depth))
        return node
    number = len(t) <= MAX_NUMBER   # longer digit runs are damage, not values
    if number and INT_RE.match(t):
        node.update(type="int", value=int(t))
        return node
    if number and HEX_RE.match(t):
        node.update(type="int", value=int(t, 16))
        return node
    if number and OCT_RE.match(t):
        node.update(type="int", value=int(t, 8))
        return node
    m = FD_RE.match(t)
    if m and len(m.group(1)) <= MAX_NUMBER:
        node.update(type="fd", value=int(m.group(1)), path=m.group(2))
        if m.group(3):
            node["deleted"] = True
        return node
    if t.startswith("{") and t.endswith("}"):
        fields, abbreviated = {}, False
        for item in py_split_top(t[1:-1]):
            if item == "...":
                abbreviated = True
                continue
            k, eq, v = item.partition("=")
            if eq and k != "_" and CONST_RE.match(k):   # '_' holds the unnamed ones
                fields[k] = py_parse_value(v, depth)
            else:
                fields.setdefault("_", []).append(py_parse_value(item, depth))
        node.update(type="struct", fields=fields, abbreviated=abbreviated)
        return node
    if t.startswith("[") and t.endswith("]") or t.startswith("~["):
        inner = t[2:-1] if t.startswith("~") else t[1:-1]
        items = py_split_top(inner) if "," in inner or inner.startswith(("{", '"')) else \
            ([x for x in inner.split(" ") if x] if inner else [])
        node.update(type="array", items=[py_parse_value(x, depth) for x in items],
                    inverted=t.startswith("~"))
        return node
    m = CALL_RE.match(t)
    if m:
        node.update(type="call", name=m.group(1),
                    args=[py_parse_value(a, depth) for a in py_split_top(m.group(2))])
        return node
    if "|" in t and not t.startswith("{"):
        node.update(type="flags", value=[x.strip() for x in py_split_top(t, "|")])
        return node
    if CONST_RE.match(t):
        node.update(type="const", value=t)
        return node
    node.update(type="raw")
    return node


def deep_start(text: str) -> int:
    """The depth an argument list starts at: beyond the limit, so every argument is
    kept as text, when the line is millions of brackets (damage, not strace)."""
    return MAX_DEPTH + 1 if len(text) > 65536 and \
        sum(map(text.count, "()[]{}<>")) > MAX_BRACKETS else 0


def py_parse_args(text: str) -> list[dict]:
    if not text.strip():
        return []
    depth = deep_start(text)
    return [py_parse_value(a, depth) for a in py_split_top(text)]


def py_parse_arg(text: str, i: int) -> dict | None:
    """py_parse_args(text)[i] without parsing the other arguments; None past the end."""
    if not text.strip():
        return None
    parts = py_split_top(text)
    if not 0 <= i < len(parts):
        return None
    return py_parse_value(parts[i], deep_start(text))


def compiled():
    """The compiled parser, set up with this module's functions for the text it leaves
    to them (non-ASCII); None when it is not built or turned off."""
    import os
    if os.environ.get("SYSCOPE_NO_LOGPARSE") == "1":
        return None
    try:
        from . import _logparse
    except ImportError:
        return None
    _logparse.setup_args(py_parse_args, py_parse_value, py_parse_arg, py_split_top, TYPES)
    return _logparse


_c = compiled()
if _c is None:
    parse_args, parse_value, parse_arg, split_top = \
        py_parse_args, py_parse_value, py_parse_arg, py_split_top
else:
    parse_args, parse_value, parse_arg, split_top = \
        _c.parse_args, _c.parse_value, _c.parse_arg, _c.split_top
