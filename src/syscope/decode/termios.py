"""The flag words of struct termios, termios2 and termio (the terminal ioctls), as strace
6.1 prints them; the structures themselves are views (decode/struct_views.py)."""
from __future__ import annotations

from ..abi import xlat_value
from .core import Call
from .fmt import flags, xlat_or

# output-delay fields are enumerations inside the flag word, printed before the flags
OFLAG_FIELDS = (("term_nldly", "NLDLY", "NL?"), ("term_crdly", "CRDLY", "CR?"),
                ("term_tabdly", "TABDLY", "TAB?"), ("term_bsdly", "BSDLY", "BS?"),
                ("term_vtdly", "VTDLY", "VT?"), ("term_ffdly", "FFDLY", "FF?"))


def mask(name: str) -> int:
    return xlat_value("term_masks", name) or 0


def enum(table: str, value: int, dflt: str) -> str:
    return xlat_or(value, table, dflt)


def oflag(v: int) -> str:
    parts = []
    for table, m, dflt in OFLAG_FIELDS:
        parts.append(enum(table, v & mask(m), dflt))
        v &= ~mask(m)
    return "|".join(parts + [flags(v, "term_oflags")])


def cflag(v: int) -> str:
    cbaud, cibaud, csize, shift = mask("CBAUD"), mask("CIBAUD"), mask("CSIZE"), mask("IBSHIFT")
    parts = [enum("term_baud", v & cbaud, "B???")]
    if v & cibaud:
        parts.append("%s<<IBSHIFT" % enum("term_baud", (v & cibaud) >> shift, "B???"))
    parts.append(enum("term_csize", v & csize, "CS?"))
    return "|".join(parts + [flags(v & ~(cbaud | cibaud | csize), "term_cflags")])


def format_termios(call: Call, addr: int) -> str:
    from .structs import struct_at
    return struct_at(call, addr, "termios")
