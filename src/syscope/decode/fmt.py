"""Formatting primitives shared by every decoder: strings, numbers, flag sets.

These reproduce strace 6.1's spelling exactly; every other decoder builds on them.
"""
from __future__ import annotations

from ..abi import xlat_lookup, xlat_table

# -x levels, as strace counts them; --strings-in-hex=non-ascii-chars (escapes in hex
# instead of octal, the string otherwise as usual) comes last, as in strace.
HEX_NONE, HEX_NON_ASCII, HEX_ALL, HEX_CHARS = 0, 1, 2, 3

_ESCAPES = {0x22: '\\"', 0x5C: "\\\\", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t",
            0x0B: "\\v"}
_HEX = ["\\x%02x" % b for b in range(256)]


def _needs_hex(data: bytes, zero_terminated: bool) -> bool:
    """-x: hex-quote the whole string once it has a byte that is neither printable
    nor whitespace."""
    for b in data:
        if b == 0 and zero_terminated:
            return False
        if b > 0x7E or (b < 0x20 and not 9 <= b <= 13):
            return True
    return False


def quote(data: bytes, xflag: int = HEX_NONE, zero_terminated: bool = False,
          force_hex: bool = False) -> str:
    """The quoted form of data: "abc\\n\\0\\377" (strace's string_quote).
    Stops at the first NUL when zero_terminated."""
    if zero_terminated:
        nul = data.find(b"\0")
        if nul >= 0:
            data = data[:nul]
    if force_hex or xflag == HEX_ALL or (xflag == HEX_NON_ASCII and _needs_hex(data, False)):
        return '"' + "".join([_HEX[b] for b in data]) + '"'
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        text = None
    if text is not None and text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'
    out = []
    n = len(data)
    for i, b in enumerate(data):
        if 0x20 <= b <= 0x7E and b != 0x22 and b != 0x5C:
            out.append(chr(b))
        elif b in _ESCAPES:
            out.append(_ESCAPES[b])
        elif xflag == HEX_CHARS:
            out.append(_HEX[b])
        else:
            nxt_is_octal_digit = i + 1 < n and 0x30 <= data[i + 1] <= 0x37
            out.append("\\%03o" % b if nxt_is_octal_digit else "\\%o" % b)
    return '"' + "".join(out) + '"'


def hexaddr(v: int) -> str:
    return "0x%x" % v if v else "0"


def ptr(v: int) -> str:
    return "0x%x" % v if v else "NULL"


def signed(v: int, bits: int = 64) -> int:
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def chex(v: int) -> str:
    """A number as C's %#x prints it: 0 for zero, else 0x..."""
    return "%#x" % v if v else "0"


def coct(v: int) -> str:
    """A number as C's %#o prints it: 0 for zero, else 0..."""
    return "0%o" % v if v else "0"


# -X: how named constants print -- "abbrev" (the name), "raw" (the number) or "verbose"
# (the number, the name in a comment).  One setting for the whole run, as in strace.
XLAT_STYLE = "abbrev"


def set_xlat_style(style: str) -> None:
    global XLAT_STYLE
    XLAT_STYLE = style


def styled(value: int, name: str | None, dflt: str | None = None) -> str:
    """A constant as -X asks: its name (or the number with the dflt comment when it has
    none), the number alone, or the number and the name in a comment."""
    if XLAT_STYLE == "raw":
        return chex(value)
    if name is None:
        return unknown(value, dflt)
    if XLAT_STYLE == "verbose":
        return "%s /* %s */" % (chex(value), name)
    return name


def unknown(v: int, dflt: str | None) -> str:
    """A value no table names: in hex, with strace's /* X_??? */ comment when given."""
    return chex(v) + (" /* %s */" % dflt if dflt else "")


def xlat(value: int, table: str, default: str | None = None, comment_unknown: bool = True) -> str:
    """A value from an enumeration: its name, or the number with a comment."""
    name = xlat_lookup(table, value)
    if name is None and default is not None and XLAT_STYLE == "abbrev":
        return default
    return styled(value, name, "%s_???" % table.split("_")[0].upper()
                  if comment_unknown else None)


def xlat_or(value: int, table: str, dflt: str | None) -> str:
    """printxval: the name of value in table, else the number and the dflt comment."""
    return styled(value, xlat_lookup(table, value), dflt)


def xlat_verbose_d(value: int, table: str, dflt: str) -> str:
    """An enumeration strace prints in decimal with its name as a comment:
    2 /* SYSLOG_ACTION_READ */, -1 /* SYSLOG_ACTION_??? */ (value a signed int)."""
    name = xlat_lookup(table, value & 0xFFFFFFFF)
    return "%d /* %s */" % (signed(value, 32), name if name is not None else dflt)


def flags(value: int, table: str, zero: str = "0", unknown: str = "hex",
          dflt: str | None = None) -> str:
    """A flag set: NAME|NAME|0x..., the way strace's printflags spells it; a value
    with no named bit is the number, with the dflt comment when given."""
    if value == 0:
        if XLAT_STYLE == "verbose" and zero != "0":
            return "0 /* %s */" % zero
        return "0" if XLAT_STYLE == "raw" else zero
    if XLAT_STYLE == "raw":
        return "%#x" % value
    parts = []
    rest = value
    for name, bit in xlat_table(table):
        if bit and (rest & bit) == bit:
            parts.append(name)
            rest &= ~bit
            if not rest:
                break
    if rest:
        if not parts and dflt:
            return "%#x /* %s */" % (rest, dflt)
        if not parts and XLAT_STYLE == "verbose":
            return "%#x" % rest
        parts.append("%#x" % rest)
    if XLAT_STYLE == "verbose":
        return "%#x /* %s */" % (value, "|".join(parts))
    return "|".join(parts)


def octal(v: int) -> str:
    return "0%o" % v if v else "000"


def mode_numeric(v: int) -> str:
    """A file mode in octal, at least three digits (0644, 000)."""
    return ("0%o" % v if v else "0").zfill(3)
