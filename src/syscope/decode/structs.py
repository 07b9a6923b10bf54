"""Structures printed from data: a view (decode/struct_views.py) says which fields print
and how, the generated layout (abi/_structs.py, from the machine's headers) where they
are.  strace's rules apply alike to all: NULL for 0, the address when the memory cannot
be read whole, '...' for what only -v shows, /* X_??? */ for unknown values.
"""
from __future__ import annotations

from functools import lru_cache

from ..abi import xlat_lookup
from .core import Call
from .fmt import chex, flags, hexaddr, named, ptr, quote, verbose_unless_raw


@lru_cache(maxsize=None)
def layout(name: str) -> tuple[int, dict]:
    from ..abi._structs import LAYOUTS
    return LAYOUTS[name]


def size_of(name: str) -> int:
    return layout(name)[0]


def view(name: str) -> tuple:
    from .struct_views import STRUCTS
    return STRUCTS[name][2]


def _int(data: bytes, off: int, size: int, signed: bool) -> int:
    return int.from_bytes(data[off:off + size], "little", signed=signed)


def flags_text(v: int, table: str, dflt: str) -> str:
    """printflags: the named bits, the rest in hex; no named bit at all: the number
    with the dflt comment."""
    return flags(v, table, dflt=dflt or None)


def custom(kind: str):
    """module.function: a value printer of a decoder module's own, value -> text."""
    from importlib import import_module
    module, _, fn = kind.partition(".")
    return getattr(import_module("." + module, __package__), fn)


def scalar(call: Call, kind: str, v: int) -> str:
    if "." in kind:
        return custom(kind)(v)
    if kind == "fd":
        return call.fd(v)
    if kind == "dev":
        from .file import makedev
        return makedev(v)
    if kind == "tgid":
        return call.pidv(v, "tgid")
    if kind == "errno_neg":             # strace's print_err of a negated errno
        from ..abi import ERRNO
        from .fmt import styled
        v = v - (1 << 32) if v >> 31 else v
        e = ERRNO.get(-v)
        return styled(str(v), None if e is None else "-" + e[0])
    if kind in ("u", "d", "n"):
        return str(v)
    if kind == "char":
        return char_text(v)
    if kind == "x":
        return chex(v)
    if kind == "ptr":
        return ptr(v)
    if kind == "addr":
        return hexaddr(v)
    what, table, dflt = (kind.split(":") + ["", ""])[:3]
    if what in ("xvalv", "flagsv"):      # the number and its name whatever -X says but raw
        return verbose_unless_raw(scalar, call, kind.replace("v:", ":", 1), v)
    if what == "flags":
        return flags_text(v, table, dflt)
    if what == "xval":
        return named(v, xval_name(table, v), dflt or None)
    raise ValueError("unknown field kind %r" % kind)


def xval_name(table: str, v: int) -> str | None:
    """The name of a field's value; an unsigned field also matches a constant the
    headers spell negative (VMADDR_CID_ANY is -1U)."""
    name = xlat_lookup(table, v)
    if name is None and v >> 31 == 1 and v < 1 << 32:
        name = xlat_lookup(table, v - (1 << 32))
    return name


def zero_padded_hex(v: int, size: int) -> str:
    """C's %#0*x with twice the size in digits as the width (strace's PRINT_VAL_0X): 0
    has no 0x and all its zeros, others the 0x within the width."""
    width = size * 2
    return "0" * width if not v else "%#0*x" % (width, v)


WHITESPACE_ESCAPES = "tnvfr"      # \t (9) to \r (13)


def char_text(c: int) -> str:
    """A byte as a quoted C character, whitespace escaped by name (strace's print_char)."""
    c &= 0xFF
    if 0x20 <= c < 0x7F:
        return "'%s'" % ("\\" + chr(c) if c in (0x27, 0x5C) else chr(c))
    if 9 <= c <= 13:
        return "'\\%s'" % WHITESPACE_ESCAPES[c - 9]
    return "'\\x%02x'" % c


def _element(call: Call, kind: str, data: bytes, off: int, size: int, signed: bool) -> str:
    if kind.startswith("call:"):
        return custom(kind[5:])(call, data[off:off + size])
    if kind.startswith("struct:"):
        return struct_text(call, data[off:off + size], kind[7:])
    if kind == "0x":
        return zero_padded_hex(_int(data, off, size, False), size)
    return scalar(call, kind, _int(data, off, size, kind == "d" or (kind == "n" and signed)))


def array_text(call: Call, ekind: str, data: bytes, spec: tuple, n: int) -> str:
    """n elements (at most the array's length) of a fixed array field; '...' after -s
    of them unless -v (strace's print_local_array)."""
    off, size, signed, count = spec
    esize = size // count
    n = max(0, min(n, count))
    items = []
    for i in range(n):
        if i >= call.opts.max_strlen and call.opts.is_abbrev(call.name):
            items.append("...")
            break
        items.append(_element(call, ekind, data, off + i * esize, esize, signed))
    return "[" + ", ".join(items) + "]"


def field_text(call: Call, kind: str, data: bytes, spec: tuple) -> str:
    off, size, signed, count = spec
    if kind == "str":                    # a char array, up to its NUL; without one, all
        raw = data[off:off + size]       # but its last byte and "..."
        if b"\0" in raw:
            return quote(raw, call.opts.xflag, zero_terminated=True)
        return quote(raw[:-1], call.opts.xflag) + "..."
    if kind == "sockaddr":
        return custom("sockaddr_families.format_sockaddr_bytes")(data[off:off + size], size,
                                                                 call=call)
    if kind == "bytes":                  # a byte array printed as a string
        return quote(data[off:off + size], call.opts.xflag)
    if kind == "bytes_hex":
        return quote(data[off:off + size], force_hex=True)
    if kind.startswith("indexed:"):     # [[NAME]=0x1, [17]=0]: elements named by index
        _k, table, ekind = kind.split(":")
        esize = size // count
        items = []
        for i in range(count):
            index = xlat_lookup(table, i)
            items.append("[%s]=%s" % (str(i) if index is None else index,
                                      _element(call, ekind, data, off + i * esize, esize,
                                               signed)))
        return "[" + ", ".join(items) + "]"
    if kind.startswith("array:"):
        return array_text(call, kind[6:], data, spec, count)
    return _element(call, kind, data, off, size, signed)


def tail_text(call: Call, kind: str, data: bytes, name: str, addr: int) -> str:
    """tail:VIEW:COUNT: the array of VIEW structures that follows the structure at addr,
    as many as its field COUNT says (strace's print_array)."""
    from .array import array
    _t, item, count_field = kind.split(":")
    off, size, _s, _c = layout(name)[1][count_field]
    n = _int(data, off, size, False)
    return array(call, addr + size_of(name), n, size_of(item),
                 lambda b: struct_text(call, b, item))


def struct_text(call: Call, data: bytes, name: str, addr: int = 0) -> str:
    """{a=1, b=FLAG, ...} of a structure's bytes (read at addr)."""
    specs = layout(name)[1]
    out = []
    for f in view(name):
        if f[0] == "...":
            if call.opts.is_abbrev(call.name):
                out.append("...")
                break
            continue
        if f[1].startswith("switch:"):            # a union member chosen by a field
            _k, selector, table, cases = f[1].split(":")
            off, size, _s, _c = specs[selector]
            from ..abi import xlat_lookup
            from .struct_views import SWITCHES
            case = SWITCHES[cases].get(xlat_lookup(table, _int(data, off, size, False)))
            if case is None:
                continue
            member, member_view = case
            start = specs[f[0]][0]
            out.append("%s=%s" % (member, struct_text(
                call, data[start:start + size_of(member_view)], member_view)))
            continue
        kind = f[1]
        if kind in ("flex", "union"):             # measured for a decoder's code only
            continue
        abbrev = call.opts.is_abbrev(call.name)
        if kind.startswith("verbose:"):           # only with -v
            if abbrev:
                continue
            kind = kind[8:]
        if kind.startswith("verbose_or:"):        # with -v, or when another field is not 0
            _w, other, kind = kind.split(":", 2)
            off, size, _s, _c = specs[other]
            if abbrev and not _int(data, off, size, False):
                continue
        if kind.startswith("when:"):              # only when another field is not 0
            _w, other, kind = kind.split(":", 2)
            off, size, _s, _c = specs[other]
            if not _int(data, off, size, False):
                continue
        if kind.startswith("nonzero:"):           # only when not all zero
            off, size, _s, _c = specs[f[0]]
            if not any(data[off:off + size]):
                continue
            kind = kind[8:]
        if kind.startswith("upto:"):              # as many elements as another field says
            _u, other, ekind = kind.split(":", 2)
            off, size, signed, _c = specs[other]      # (a negative count: none)
            out.append("%s=%s" % (f[0].rpartition(".")[2], array_text(
                call, ekind, data, specs[f[0]], _int(data, off, size, bool(signed)))))
            continue
        if kind.startswith("strn:"):              # bytes as a string, as many as another
            _k, other, limit = kind.split(":")    # field says (at most limit)
            off, size, _s, _c = specs[other]
            foff, fsize, _s, _c = specs[f[0]]
            n = max(0, min(_int(data, off, size, False), int(limit) if limit else fsize))
            out.append("%s=%s" % (f[0], quote(data[foff:foff + n], call.opts.xflag)))
            continue
        if kind.startswith("deref:"):             # a pointer to a structure
            off, size, _s, _c = specs[f[0]]
            out.append("%s=%s" % (f[0], struct_at(call, _int(data, off, size, False),
                                                  kind[6:])))
            continue
        if kind.startswith("cstrn:"):             # a C string within 1 + COUNT bytes
            off, size, _s, _c = specs[kind[6:]]
            foff, fsize, _s, _c = specs[f[0]]
            n = 1 + max(0, min(_int(data, off, size, True), fsize - 1))
            raw = data[foff:foff + n]               # (its last byte is for the NUL)
            text = quote(raw[:n - 1].partition(b"\0")[0], call.opts.xflag)
            out.append("%s=%s" % (f[0], text + ("" if b"\0" in raw else "...")))
            continue
        if kind.startswith("call:"):              # a decoder module's printer, in the
            off, size, _s, _c = specs[f[0]]       # field's place: it names what it prints
            out.append(custom(kind[5:])(call, data[off:off + size]))
            continue
        if kind.startswith("with:"):              # a printer of the whole structure, for
            text = custom(kind[5:])(call, data)   # a field that depends on others: it
            if text:                              # names what it prints, or prints nothing
                out.append(text)
            continue
        if kind.startswith("tail:"):
            text = tail_text(call, kind, data, name, addr)
        elif kind.startswith("tailbuf:"):         # bytes after the structure
            off, size, _s, _c = specs[kind[8:]]
            text = call.buf(addr + size_of(name), _int(data, off, size, False))
        else:
            text = field_text(call, kind, data, specs[f[0]])
        out.append("%s=%s" % (f[0].rpartition(".")[2], text))
    return "{" + ", ".join(out) + "}"


def read_struct(call: Call, addr: int, name: str) -> bytes | None:
    size = size_of(name)
    data = call.read(addr, size) if addr else None
    return data if data is not None and len(data) >= size else None


def struct_at(call: Call, addr: int, name: str) -> str:
    """The structure at addr; NULL, or the address when it cannot be read whole."""
    data = read_struct(call, addr, name)
    return ptr(addr) if data is None else struct_text(call, data, name, addr)
