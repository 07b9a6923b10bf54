"""Argument types that every family uses: numbers, descriptors, paths, strings,
buffers, flag sets and enumerations."""
from __future__ import annotations

from .core import Call, type_formatter
from .fmt import flags, hexaddr, ptr, signed, xlat

AT_FDCWD = -100


@type_formatter("d")
def t_int(call: Call, v: int, p: str) -> str:
    return str(signed(v, 32))


@type_formatter("u")
def t_uint(call: Call, v: int, p: str) -> str:
    return str(v & 0xFFFFFFFF)


@type_formatter("ld")
def t_long(call: Call, v: int, p: str) -> str:
    return str(signed(v))


@type_formatter("lu")
def t_ulong(call: Call, v: int, p: str) -> str:
    return str(v)


@type_formatter("x")
def t_hex(call: Call, v: int, p: str) -> str:
    return hexaddr(v)


@type_formatter("ptr")
def t_ptr(call: Call, v: int, p: str) -> str:
    return ptr(v)


@type_formatter("fd")
def t_fd(call: Call, v: int, p: str) -> str:
    return call.fd(v)


@type_formatter("dirfd")
def t_dirfd(call: Call, v: int, p: str) -> str:
    if signed(v, 32) == AT_FDCWD:
        if call.opts.decode_fds:
            cwd = call.mem.cwd_info()
            if cwd is not None:
                return "AT_FDCWD" + cwd
        return "AT_FDCWD"
    return call.fd(v)


@type_formatter("path")
def t_path(call: Call, v: int, p: str) -> str:
    return call.path(v)


@type_formatter("str")
def t_str(call: Call, v: int, p: str) -> str:
    return call.cstr(v)


@type_formatter("buf")
def t_buf(call: Call, v: int, p: str) -> str:
    """A buffer whose length is another argument (buf:2) or the return value (buf:ret)."""
    if p == "ret":
        if call.failed:
            return hexaddr(v)
        length = call.rval
    else:
        length = call.args[int(p)]
    return call.buf(v, length)


@type_formatter("hexbuf")
def t_hexbuf(call: Call, v: int, p: str) -> str:
    if call.failed:
        return hexaddr(v)
    length = call.rval if p == "ret" else call.args[int(p)]
    return call.buf(v, length, force_hex=True)


@type_formatter("flags")
def t_flags(call: Call, v: int, p: str) -> str:
    table, _, width = p.partition("/")
    if width != "64":
        v &= 0xFFFFFFFF
    return flags(v, table)


@type_formatter("xlat")
def t_xlat(call: Call, v: int, p: str) -> str:
    """An enumeration; unknown values in hex with a comment, as printxval does."""
    table, _, dflt = p.partition("/")
    return xlat(v & 0xFFFFFFFF, table, None) if not dflt else _xlat_dflt(v & 0xFFFFFFFF, table, dflt)


def _xlat_dflt(v: int, table: str, dflt: str) -> str:
    from ..abi import xlat_lookup
    name = xlat_lookup(table, v)
    return name if name is not None else "%#x /* %s */" % (v, dflt)


@type_formatter("xlatd")
def t_xlatd(call: Call, v: int, p: str) -> str:
    """An enumeration; unknown values in decimal with a comment."""
    from ..abi import xlat_lookup
    table, _, dflt = p.partition("/")
    name = xlat_lookup(table, v & 0xFFFFFFFF)
    if name is not None:
        return name
    return "%d /* %s */" % (signed(v, 32), dflt) if dflt else str(signed(v, 32))


@type_formatter("mode")
def t_mode(call: Call, v: int, p: str) -> str:
    from .file import mode_numeric
    return mode_numeric(v & 0xFFFFFFFF)


@type_formatter("id")
def t_id(call: Call, v: int, p: str) -> str:
    """uid_t / gid_t: -1 means 'unchanged' and strace prints it so."""
    v &= 0xFFFFFFFF
    return "-1" if v == 0xFFFFFFFF else str(v)


@type_formatter("off")
def t_off(call: Call, v: int, p: str) -> str:
    return str(signed(v))


@type_formatter("addr")
def t_addr(call: Call, v: int, p: str) -> str:
    """A pointer strace prints as an address without looking inside."""
    return hexaddr(v)
