"""Formatting primitives shared by every decoder: strings, numbers, flag sets.

These reproduce strace 6.1's spelling exactly; every other decoder builds on them.
"""
from __future__ import annotations

import posix
import time

from ..abi import ERRNO, NSIG, signal_name, xlat_lookup, xlat_table

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
          force_hex: bool = False, escape: bytes = b"", omit_trailing_nul: bool = False) -> str:
    """The quoted form of data: "abc\\n\\0\\377" (strace's string_quote).
    Stops at the first NUL when zero_terminated; escape: printable characters printed
    in octal all the same (-y's "<>"); omit_trailing_nul: a last NUL is not printed
    (unless in hex)."""
    if zero_terminated:
        nul = data.find(b"\0")
        if nul >= 0:
            data = data[:nul]
    if force_hex or xflag == HEX_ALL or (xflag == HEX_NON_ASCII and _needs_hex(data, False)):
        return '"' + "".join([_HEX[b] for b in data]) + '"'
    if omit_trailing_nul and data.endswith(b"\0"):
        data = data[:-1]
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        text = None
    if (text is not None and text.isprintable() and '"' not in text and "\\" not in text
            and not any(c in text for c in escape.decode())):
        return '"' + text + '"'
    out = []
    n = len(data)
    for i, b in enumerate(data):
        if 0x20 <= b <= 0x7E and b != 0x22 and b != 0x5C and b not in escape:
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


# -X: how a named constant prints (strace's xlat_verbosity): its name (abbrev), its
# number (raw), or the number with the name in a comment (verbose).  One setting for
# the whole trace, as in strace; every decoder prints constants through the functions
# below, so none of them needs to know it.
ABBREV, RAW, VERBOSE = "abbrev", "raw", "verbose"
XLAT_STYLES = (RAW, ABBREV, VERBOSE)
XLAT_STYLE = ABBREV


def set_xlat_style(style: str) -> None:
    global XLAT_STYLE
    if style not in XLAT_STYLES:
        raise ValueError("unknown -X style %r" % style)
    XLAT_STYLE = style


def xlat_style() -> str:
    return XLAT_STYLE


def styled(number: str, text: str | None) -> str:
    """A value that has a symbolic text (a name, or a composition of names such as
    O_RDONLY|O_CLOEXEC): the text, the number, or both as -X asks; the number alone
    when there is no text (strace's print_xlat_ex)."""
    if text is None or XLAT_STYLE == RAW:
        return number
    if XLAT_STYLE == ABBREV:
        return text
    return "%s /* %s */" % (number, text)


def styled_by(number: str, build) -> str:
    """styled() for a text composed of other constants: build() makes it in the abbrev
    style (strace prints the parts abbreviated inside the verbose comment), and is not
    called at all under -X raw.  build() may return None: no text."""
    if XLAT_STYLE == RAW:
        return number
    return styled(number, abbreviated(build))


def abbreviated(build, *args):
    """build(*args) in the abbrev style whatever -X says: the texts strace composes
    with its own spelling (the notes after return values: (flags O_RDONLY))."""
    return with_style(ABBREV, build, *args)


def with_style(style: str, build, *args):
    """build(*args) printed in style whatever -X says (strace's XLAT_STYLE_* overrides)."""
    global XLAT_STYLE
    saved, XLAT_STYLE = XLAT_STYLE, style
    try:
        return build(*args)
    finally:
        XLAT_STYLE = saved


def verbose_unless_raw(build, *args) -> str:
    """Values strace always prints with their names in comments, except under -X raw
    (its PRINT_FIELD_XVAL_VERBOSE and friends)."""
    return build(*args) if XLAT_STYLE == RAW else with_style(VERBOSE, build, *args)


def number(v: int, radix: str = "x") -> str:
    """A constant's number as strace prints it: x %#x, u unsigned, d signed (the
    value is taken as it is given)."""
    return chex(v) if radix == "x" else str(v)


def unknown(v: int, dflt: str | None, radix: str = "x") -> str:
    """A value no table names: the number, with strace's /* X_??? */ comment when
    given (not under -X raw)."""
    text = number(v, radix)
    return text + " /* %s */" % dflt if dflt and XLAT_STYLE != RAW else text


def named(v: int, name: str | None, dflt: str | None = None, radix: str = "x") -> str:
    """A value and its name, if it has one (strace's printxval/print_xlat)."""
    if name is None:
        return unknown(v, dflt, radix)
    return styled(number(v, radix), name)


def xlat(value: int, table: str, comment_unknown: bool = True, radix: str = "x") -> str:
    """A value from an enumeration: its name, or the number with a comment made of
    the table's prefix (clocks: CLOCK_???)."""
    return named(value, xlat_lookup(table, value), "%s_???" % table.split("_")[0].upper()
                 if comment_unknown else None, radix)


def xlat_or(value: int, table: str, dflt: str | None, radix: str = "x") -> str:
    """printxval: the name of value in table, else the number and the dflt comment."""
    return named(value, xlat_lookup(table, value), dflt, radix)


def xlat_verbose_d(value: int, table: str, dflt: str) -> str:
    """An enumeration strace prints in decimal with its name as a comment:
    2 /* SYSLOG_ACTION_READ */, -1 /* SYSLOG_ACTION_??? */ (value a signed int)."""
    name = xlat_lookup(table, value & 0xFFFFFFFF)
    return "%d /* %s */" % (signed(value, 32), name if name is not None else dflt)


def signo(sig: int) -> str:
    """A signal number: SIGINT (strace's printsignal); a number no signal has as is."""
    return styled(str(sig), signal_name(sig) if 0 < sig <= NSIG else None)


def sigmask_member(sig: int) -> str:
    """A signal in a mask: INT, RT_1 (no SIG prefix)."""
    return styled(str(sig), signal_name(sig)[3:] if sig <= NSIG else None)


def errno(err: int, negated: bool = False) -> str:
    """An error number in a structure (strace's print_err): ENOENT, or -ENOENT."""
    e = ERRNO.get(-err if negated else err)
    return styled(str(err), ("-" if negated else "") + e[0] if e else None)


CLK_TCK = posix.sysconf("SC_CLK_TCK")


def clock_t(ticks: int) -> str:
    """Clock ticks, with the seconds in a comment (not under -X raw): 150 /* 1.50 s */."""
    if ticks <= 0 or CLK_TCK <= 0 or XLAT_STYLE == RAW:
        return str(ticks)
    width = min(len(str(CLK_TCK)) - 1, 9)
    return "%d /* %d.%0*d s */" % (ticks, ticks // CLK_TCK, width,
                                   (ticks % CLK_TCK) * 10 ** width // CLK_TCK)


def flag_names(value: int, table) -> tuple[list[str], int]:
    """The names of the bits of value that table (or each of a tuple of tables, in
    turn) names, and the bits left over."""
    parts = []
    rest = value
    for t in (table,) if isinstance(table, str) else table:
        for name, bit in xlat_table(t):
            if bit and (rest & bit) == bit:
                parts.append(name)
                rest &= ~bit
                if not rest:
                    return parts, rest
    return parts, rest


def flags(value: int, table, zero: str = "0", dflt: str | None = None) -> str:
    """A flag set: NAME|NAME|0x..., the way strace's printflags spells it; a value
    with no named bit is the number, with the dflt comment when given.  zero: what 0
    prints as (a name the table has for 0, such as PROT_NONE)."""
    if value == 0:
        return styled("0", zero if zero != "0" else None)
    parts, rest = flag_names(value, table)
    return flag_set(value, parts, rest, dflt)


def flag_set(value: int, names: list, rest: int, dflt: str | None = None) -> str:
    """A flag set of which names were found, rest the bits no name has: NAME|NAME|0x..,
    the number with the dflt comment when nothing has a name (strace's printflags)."""
    if not names:
        return unknown(value, dflt) if value else "0"
    return styled(chex(value), "|".join(names + (["%#x" % rest] if rest else [])))


def octal(v: int) -> str:
    return "0%o" % v if v else "000"


UMODE_MASK = 0xFFFF      # umode_t: a mode argument is an unsigned short


def mode_numeric(v: int) -> str:
    """A file mode in octal, at least three digits (0644, 000)."""
    return ("0%o" % v if v else "0").zfill(3)


def time_comment(sec: int, nsec: int | None = None, digits: int = 9) -> str:
    """' /* 2024-01-02T03:04:05.123456789+0000 */' as strace prints after times
    (digits: 6 for microseconds); nothing for a time no calendar has, the epoch itself
    or a fraction out of range (strace's sprinttime_ex)."""
    if (sec == 0 and not nsec) or (nsec is not None and not 0 <= nsec < 10 ** digits):
        return ""
    try:
        t = time.localtime(sec)
    except (OverflowError, ValueError, OSError):
        return ""
    s = time.strftime("%Y-%m-%dT%H:%M:%S", t)
    if nsec is not None:
        s += ".%0*d" % (digits, nsec)
    return " /* %s%s */" % (s, time.strftime("%z", t))
