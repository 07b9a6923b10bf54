"""How the data of a netlink attribute prints, by kind (strace's decode_nla_* family).

A kind is a short string in the attribute tables (nla_specs.py):
  u8..u64, s8..s64, x8..x64, xint    numbers (xint: hex, of the attribute's size)
  str, cstr (NUL-terminated), strn, ifindex, hwaddr, in_addr, in6_addr, clock_t, uid, fd, be16, be64,
  ether_proto, ip_proto, meminfo, link_stats, link_stats64, ext_mask
  xval:TABLE:DFLT[:SIZE]  flags:TABLE:DFLT[:SIZE]   a constant or a flag set
  array:KIND       consecutive elements (u32, u64..., 0x64: zero-padded hex)
  indexed:KIND:TABLE:DFLT   elements printed as [NAME]=value
and, resolved by nla_specs.decoder: nest:NAME (a nested table), struct:NAME (a
structure), fn:NAME (an irregular attribute).
A decoder is fn(call, addr, length, ctx) and returns the text, or None when the
data must print as a hex string (strace's decoder returning false).  ctx is a dict
shared by the attributes of one array (a link's kind, the message's family).
"""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_table
from .core import Call
from .fmt import chex, clock_t, flags, hexaddr, named, quote, styled, unknown, xlat_or
from .inet import AF_INET, AF_INET6, family_name, ifindex, inet_value, mac

INTS = {"u8": "<B", "u16": "<H", "u32": "<I", "u64": "<Q",
        "s8": "<b", "s16": "<h", "s32": "<i", "s64": "<q",
        "x8": "<B", "x16": "<H", "x32": "<I", "x64": "<Q"}


def fetch(call: Call, addr: int, size: int) -> bytes | None:
    data = call.read(addr, size)
    return data if data is not None and len(data) == size else None


def fixed(size: int, text):
    """The decoder of data of at least size bytes, printed by text(the first size
    bytes); shorter data stays hex, unreadable data is its address."""
    def decode(call, addr, length, ctx=None):
        if length < size:
            return None
        data = fetch(call, addr, size)
        return hexaddr(addr) if data is None else text(data)
    return decode


def _int(kind: str):
    layout = INTS[kind]
    if kind[0] == "x":
        return fixed(struct.calcsize(layout), lambda d: "%#x" % struct.unpack(layout, d)[0]
                     if any(d) else "0")
    return fixed(struct.calcsize(layout), lambda d: str(struct.unpack(layout, d)[0]))


def _xint(call, addr, length, ctx=None):
    kind = {1: "x8", 2: "x16", 4: "x32", 8: "x64"}.get(length)
    return DECODERS[kind](call, addr, length, ctx) if kind else None


def unsigned_le(call, addr, length):
    """Up to 8 bytes as an unsigned number (strace's umoven_to_uint64)."""
    data = fetch(call, addr, length)
    return None if data is None else int.from_bytes(data, "little")


def _str(call, addr, length, ctx=None):
    """decode_nla_str (QUOTE_OMIT_TRAILING_0|QUOTE_EXPECT_TRAILING_0): the bytes up to
    -s, embedded NULs shown; "..." unless the last byte shown is the NUL."""
    limit = call.opts.max_strlen
    data = fetch(call, addr, min(length, limit + 1))
    if data is None:
        return hexaddr(addr)
    data = data[:limit]
    if data.endswith(b"\0"):
        return quote(data[:-1], call.opts.xflag)
    return quote(data, call.opts.xflag) + ("..." if length else "")


def _cstr(call, addr, length, ctx=None):
    """QUOTE_0_TERMINATED: up to the NUL, cut at -s."""
    limit = call.opts.max_strlen
    want = min(length, limit + 1)
    data = call.read(addr, want)
    if data is None or (len(data) < want and b"\0" not in data):
        return hexaddr(addr)
    if len(data) == length and data.endswith(b"\0"):
        data, cut = data[:-1], False
    else:
        nul = data.find(b"\0")
        if nul >= 0:
            data, cut = data[:nul], False
        else:
            cut = True
    if len(data) > limit:
        data, cut = data[:limit], True
    return quote(data, call.opts.xflag, zero_terminated=True) + ("..." if cut else "")


def _strn(call, addr, length, ctx=None):
    """printstrn: exactly length bytes, cut at -s."""
    limit = call.opts.max_strlen
    data = fetch(call, addr, min(length, limit))
    if data is None:
        return hexaddr(addr)
    return quote(data, call.opts.xflag) + ("..." if length > limit else "")


def _hwaddr(call, addr, length, ctx=None):
    if length > 32:                       # MAX_ADDR_LEN
        return None
    data = fetch(call, addr, length)
    return hexaddr(addr) if data is None else mac(data)


def _clock_t(call, addr, length, ctx=None):
    if length > 8:
        return None
    v = unsigned_le(call, addr, length)
    return hexaddr(addr) if v is None else clock_t(v)


def _fd(call, addr, length, ctx=None):
    if length < 4:
        return None
    data = fetch(call, addr, 4)
    return hexaddr(addr) if data is None else call.fd(struct.unpack("<i", data)[0])


def _be(size: int, fn: str):
    return fixed(size, lambda d: "%s(%d)" % (fn, int.from_bytes(d, "big")))


def _uid(data: bytes) -> str:
    v = struct.unpack("<I", data)[0]
    return "-1" if v == 0xFFFFFFFF else str(v)


def xval_text(v: int, table: str, dflt: str) -> str:
    return xlat_or(v, table, dflt)


def flags_text(v: int, table: str, dflt: str | None) -> str:
    """printflags: the named bits, the rest in hex; 0 is the name of 0 when there is one."""
    return flags(v, table, zero=xlat_lookup(table, 0) or "0", dflt=dflt)


def _xlat_kind(kind: str):
    """xval:/flags: TABLE:DFLT[:SIZE]; SIZE 0 takes the attribute's (up to 8 bytes)."""
    what, table, dflt, *size = kind.split(":")
    size = int(size[0]) if size else 0
    text = xval_text if what == "xval" else flags_text

    def decode(call, addr, length, ctx=None):
        if length > 8 or length < size:
            return None
        n = min(length, size) if size else length
        v = unsigned_le(call, addr, n)
        return hexaddr(addr) if v is None else text(v, table, dflt)
    return decode


def _ether_proto(call, addr, length, ctx=None):
    if length > 8 or length < 2:
        return None
    data = fetch(call, addr, 2)
    if data is None:
        return hexaddr(addr)
    return "htons(%s)" % xval_text(int.from_bytes(data, "big"), "ethernet_protocols",
                                   "ETHER_P_???")


def _ip_proto(call, addr, length, ctx=None):
    if length > 8:
        return None
    v = unsigned_le(call, addr, length)
    return hexaddr(addr) if v is None else xval_text(v, "ip_protocols", "IPPROTO_???")


def print_array(call, addr, length, size, elem_text, index=None) -> str | None:
    """strace's print_array: count = length // size elements, "..." after -s of them;
    index = (table, dflt) prints each as [NAME]=value."""
    count = length // size
    if not count:
        return None
    out = []
    limit = call.opts.max_strlen
    for i in range(count):
        if i == limit and call.opts.is_abbrev(call.name):
            out.append("...")
            break
        data = fetch(call, addr + i * size, size)
        if data is None:
            if i == 0:
                return hexaddr(addr)
            out.append("... /* %s */" % hexaddr(addr + i * size))
            break
        text = elem_text(data)
        if index:
            text = "[%s]=%s" % (named(i, xlat_lookup(index[0], i), index[1], radix="d"), text)
        out.append(text)
    return "[" + ", ".join(out) + "]"


def _elem(kind: str):
    if kind == "0x64":                   # PRINT_VAL_0X: C's %#0*x, the width of the type
        return 8, lambda d: "%#016x" % int.from_bytes(d, "little") if any(d) else "0" * 16
    layout = INTS[kind]
    hexa = kind[0] == "x"
    return struct.calcsize(layout), (lambda d: "%#x" % struct.unpack(layout, d)[0]
                                     if hexa and any(d) else str(struct.unpack(layout, d)[0]))


def _array(kind: str):
    size, text = _elem(kind)
    return lambda call, addr, length, ctx=None: print_array(call, addr, length, size, text)


def _indexed(kind: str):
    _a, elem, table, dflt = kind.split(":")
    size, text = _elem(elem)
    return lambda call, addr, length, ctx=None: print_array(call, addr, length, size, text,
                                                            (table, dflt))


# -- structures ---------------------------------------------------------------------------

def field_text(v, how: str) -> str:
    """One field of a structure: how names the printing (see struct_text)."""
    if how == "cookie":
        return "[%d, %d]" % struct.unpack("<II", v)
    if how == "inet_ext":
        return field_text(v, "ext:inet_diag_attrs:1<<INET_DIAG_???-1")
    if how.startswith("ext:"):           # 1<<(NAME-1): the attributes a request asks for
        _k, table, dflt = how.split(":", 2)
        out, rest = [], v
        for bit in range(8):
            name = xlat_lookup(table, bit + 1)
            if rest & (1 << bit) and name:
                out.append("1<<(%s-1)" % name)
                rest &= ~(1 << bit)
        if rest:
            out.append("%#x" % rest)
        text = "|".join(out) if out else "0"
        return text + (" /* %s */" % dflt if rest and not v & ~rest else "")
    if how.startswith("indexed:"):       # an array: [NAME]=value for each index
        table = how.partition(":")[2]
        return "[" + ", ".join("[%s]=%d" % (named(i, xlat_lookup(table, i), None, "d"), x)
                               for i, x in enumerate(v)) + "]"
    if how == "ndiag_proto":
        return "NDIAG_PROTO_ALL" if v == 255 else field_text(
            v, "xlat:netlink_protocols:NETLINK_???")
    if how == "u":
        return str(v)
    if how == "smc_cursor":              # struct smc_diag_cursor
        return "{reserved=%d, wrap=%d, count=%d}" % struct.unpack("<HHI", v)
    if how == "verbose:smc_decl_codes":  # names kept out of the UAPI: always in a comment
        name = xlat_lookup("smc_decl_codes", v)
        return "%s /* %s */" % (chex(v), name or "SMC_CLC_DECL_???")
    if how == "0x8":                     # PRINT_FIELD_0X of a byte
        return "%#04x" % v if v else "00"
    if how == "0x32":                    # PRINT_FIELD_0X: C's %#0*x, the width of the type
        return "%#08x" % v if v else "0" * 8
    if how == "d":
        return str(v)
    if how == "x":
        return "%#x" % v if v else "0"
    if how == "af":
        return family_name(v)
    if how == "ifindex":
        return ifindex(v)
    if how == "mac":
        return mac(v)
    if how == "hex":
        return quote(v, force_hex=True)
    if how == "clock_t":
        return clock_t(v)
    if how == "in_addr":
        return inet_value(AF_INET, v)
    if how == "htons":
        return "htons(%d)" % v
    if how.startswith("htons:"):
        _k, table, dflt = how.split(":")
        return "htons(%s)" % xval_text(v, table, dflt)
    if how.startswith("uarray"):
        return "[" + ", ".join(str(x) for x in v) + "]"
    kind, table, *dflt = how.split(":")
    if kind == "xlat":
        from .fmt import xlat_or
        return xlat_or(v, table, dflt[0] if dflt else None)
    if kind == "bits":                   # a set of 1<<NAME bits of an enumeration
        out, rest = [], v
        for name, bit in xlat_table(table):
            if bit < 64 and rest & (1 << bit):
                out.append("1<<" + name)
                rest &= ~(1 << bit)
        if not out:
            return unknown(v, dflt[0] if dflt else None) if v else "0"
        return styled(chex(v), "|".join(out + (["%#x" % rest] if rest else [])))
    return flags_text(v, table, dflt[0] if dflt else None)


def unpack_fields(fields, data: bytes) -> list:
    """[(name, value, how)] of the named fields; a code ending in 's' gives bytes,
    NxI gives a tuple of N numbers (an array field), ">H" a number in network order."""
    out = []
    off = 0
    for fname, code, how in fields:
        layout = code if code[0] in "<>" else "<" + code
        size = struct.calcsize(layout)
        if fname is not None:
            if code[-1] == "s" or code[-1] == "x":
                v = data[off:off + size]
            else:
                v = struct.unpack_from(layout, data, off)
                v = v if len(v) > 1 else v[0]
            out.append((fname, v, how))
        off += size
    return out


def struct_text(fields, data: bytes) -> str:
    """{name=value, ...}; a field whose how starts with nonzero: only when not zero."""
    return "{" + ", ".join("%s=%s" % (n, field_text(v, how.partition(":")[2]
                                                   if how.startswith("nonzero:") else how))
                           for n, v, how in unpack_fields(fields, data)
                           if v or not how.startswith("nonzero:")) + "}"


DECODERS = {kind: _int(kind) for kind in INTS}
DECODERS.update(xint=_xint, str=_str, cstr=_cstr, strn=_strn, hwaddr=_hwaddr,
                ifindex=fixed(4, lambda d: ifindex(struct.unpack("<I", d)[0])),
                in_addr=fixed(4, lambda d: inet_value(AF_INET, d)),
                in6_addr=fixed(16, lambda d: inet_value(AF_INET6, d)),
                clock_t=_clock_t, uid=fixed(4, _uid), gid=fixed(4, _uid),
                fd=_fd, be16=_be(2, "htons"), be64=_be(8, "htobe64"),
                ether_proto=_ether_proto, ip_proto=_ip_proto)


def simple_decoder(kind: str):
    """The decoder of a kind that needs no table of nla_specs, or None."""
    if kind in DECODERS:
        return DECODERS[kind]
    head = kind.partition(":")[0]
    if head in ("xval", "flags"):
        return _xlat_kind(kind)
    if head == "array":
        return _array(kind.partition(":")[2])
    if head == "indexed":
        return _indexed(kind)
    return None
