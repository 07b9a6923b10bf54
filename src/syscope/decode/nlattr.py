"""Netlink attribute arrays and the hex strings netlink payloads fall back to (strace's
decode_nlattr and printstr_ex with QUOTE_FORCE_HEX)."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call
from .fmt import hexaddr, named, quote, styled


def hexstr(call: Call, addr: int, length: int) -> str:
    """strace's printstr_ex(QUOTE_FORCE_HEX): the bytes in hex, cut at -s."""
    if not addr:
        return "NULL"
    limit = call.opts.max_strlen
    data = call.read(addr, min(length, limit))
    if data is None or len(data) < min(length, limit):
        return hexaddr(addr)
    return quote(data, force_hex=True) + ("..." if length > limit else "")


def nla_type(t: int, table: str | None, dflt: str | None) -> str:
    head = ""
    if t & 0x8000:
        head += styled("0x8000", "NLA_F_NESTED") + "|"
    if t & 0x4000:
        head += styled("0x4000", "NLA_F_NET_BYTEORDER") + "|"
    t &= 0x3FFF
    return head + named(t, xlat_lookup(table, t) if table else None, dflt)


def nlattrs(call: Call, addr: int, length: int, spec=None, ctx=None) -> str:
    """An array of netlink attributes (strace's decode_nlattr): {nla_len, nla_type} and
    the data, decoded by spec = (type table, unknown comment, {type: decoder}) or hex;
    a decoder is fn(call, addr, length, ctx), ctx shared by the array's attributes."""
    table, dflt, decoders = spec if spec else (None, None, {})
    out = []
    is_array = False
    elt = 0
    while True:
        if length < 4:
            out.append(hexstr(call, addr, length))
            break
        data = call.read(addr, 4)
        if data is None or len(data) < 4:
            out.append("... /* %s */" % hexaddr(addr) if is_array else hexaddr(addr))
            break
        if elt == call.opts.max_strlen and call.opts.is_abbrev(call.name):
            out.append("...")
            break
        n_len, n_type = struct.unpack("<HH", data)
        aligned = (n_len + 3) & ~3
        nxt = length - aligned if n_len >= 4 and length >= aligned else 0
        if nxt and not is_array:
            is_array = True
        head = "{nla_len=%d, nla_type=%s}" % (n_len, nla_type(n_type, table, dflt))
        size = min(n_len, length)
        if size > 4:
            fn = decoders.get(n_type & 0x3FFF)
            text = fn(call, addr + 4, size - 4, ctx) if fn else None
            if text is None:
                text = hexstr(call, addr + 4, size - 4)
            head = "[%s, %s]" % (head, text)
        out.append(head)
        if not nxt:
            break
        addr += aligned
        length = nxt
        elt += 1
    return "[" + ", ".join(out) + "]" if is_array else out[0]
