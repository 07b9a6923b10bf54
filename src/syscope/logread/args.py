"""strace's argument text into a typed tree, on demand.

    3</etc/passwd>                -> {"type": "fd", "value": 3, "path": "/etc/passwd"}
    "abc"...                      -> {"type": "string", "value": "abc", "truncated": true}
    O_RDONLY|O_CLOEXEC            -> {"type": "flags", "value": ["O_RDONLY", "O_CLOEXEC"]}
    {st_mode=S_IFREG|0644, ...}   -> {"type": "struct", "fields": {...}, "abbreviated": true}
    [3, 4]                        -> {"type": "array", "items": [...]}
    htons(80)                     -> {"type": "call", "name": "htons", "args": [...]}
Every node also carries "text", the argument exactly as printed."""
from __future__ import annotations

import re

OPEN = {"(": ")", "[": "]", "{": "}"}
INT_RE = re.compile(r"-?\d+$")
HEX_RE = re.compile(r"0x[0-9a-fA-F]+$")
OCT_RE = re.compile(r"0[0-7]+$")
CONST_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")
FD_RE = re.compile(r"(-?\d+)<(.*)>(\(deleted\))?$", re.S)
CALL_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\((.*)\)$", re.S)
COMMENT_RE = re.compile(r"^(.*?) /\* (.*) \*/$", re.S)
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", '"': '"', "\\": "\\"}


def split_top(text: str, sep: str = ",") -> list[str]:
    """Split at separators that are outside quotes and brackets."""
    parts, depth, start, i, n = [], 0, 0, 0, len(text)
    angle = 0
    while i < n:
        c = text[i]
        if c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c in OPEN:
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "<" and i > 0 and text[i - 1].isdigit():
            angle += 1
        elif c == ">" and angle:
            angle -= 1
        elif c == sep and depth == 0 and not angle:
            parts.append(text[start:i].strip())
            start = i + 1
        i += 1
    tail = text[start:].strip()
    if tail or parts:
        parts.append(tail)
    return parts


def unquote(body: str) -> str:
    out, i, n = [], 0, len(body)
    while i < n:
        c = body[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = body[i + 1]
        if e in ESCAPES:
            out.append(ESCAPES[e])
            i += 2
        elif e == "x":
            out.append(chr(int(body[i + 2:i + 4], 16)))
            i += 4
        elif e.isdigit():
            j = i + 1
            while j < n and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1:j], 8)))
            i = j
        else:
            out.append(e)
            i += 2
    return "".join(out)


def parse_value(text: str) -> dict:
    t = text.strip()
    node: dict = {"text": t}
    m = COMMENT_RE.match(t)
    if m and not t.startswith('"'):
        inner = parse_value(m.group(1))
        inner["text"] = t
        inner["comment"] = m.group(2)
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
        node.update(type="changed", before=parse_value(before), after=parse_value(after))
        return node
    if INT_RE.match(t):
        node.update(type="int", value=int(t))
        return node
    if HEX_RE.match(t):
        node.update(type="int", value=int(t, 16))
        return node
    if OCT_RE.match(t):
        node.update(type="int", value=int(t, 8))
        return node
    m = FD_RE.match(t)
    if m:
        node.update(type="fd", value=int(m.group(1)), path=m.group(2))
        if m.group(3):
            node["deleted"] = True
        return node
    if t.startswith("{") and t.endswith("}"):
        fields, abbreviated = {}, False
        for item in split_top(t[1:-1]):
            if item == "...":
                abbreviated = True
                continue
            k, eq, v = item.partition("=")
            if eq and CONST_RE.match(k):
                fields[k] = parse_value(v)
            else:
                fields.setdefault("_", []).append(parse_value(item))
        node.update(type="struct", fields=fields, abbreviated=abbreviated)
        return node
    if t.startswith("[") and t.endswith("]") or t.startswith("~["):
        inner = t[2:-1] if t.startswith("~") else t[1:-1]
        items = split_top(inner) if "," in inner or inner.startswith(("{", '"')) else \
            ([x for x in inner.split(" ") if x] if inner else [])
        node.update(type="array", items=[parse_value(x) for x in items],
                    inverted=t.startswith("~"))
        return node
    m = CALL_RE.match(t)
    if m:
        node.update(type="call", name=m.group(1),
                    args=[parse_value(a) for a in split_top(m.group(2))])
        return node
    if "|" in t and not t.startswith("{"):
        node.update(type="flags", value=[x.strip() for x in split_top(t, "|")])
        return node
    if CONST_RE.match(t):
        node.update(type="const", value=t)
        return node
    node.update(type="raw")
    return node


def parse_args(text: str) -> list[dict]:
    return [parse_value(a) for a in split_top(text)] if text.strip() else []
