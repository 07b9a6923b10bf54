"""arch_prctl, and the value helpers prctl shares with it (arch_prctl has a module of
its own: every dynamically linked program calls it, few call prctl, whose table of
options costs a trace's start-up more than a millisecond to load)."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_table
from .core import Call, Decoder, format_return, special
from .fmt import (RAW, chex, flag_names, flags, ptr, signed, verbose_unless_raw, xlat_or,
                  xlat_style)

U64 = struct.Struct("<Q")
MASK32 = 0xFFFFFFFF


def aux_flags(v: int, tables) -> str | None:
    """The note after a return value that is a flag set: names only, none under -X raw
    or when no name matches (strace's sprintflags_ex in its auxstr mode)."""
    if xlat_style() == RAW:
        return None
    if v == 0:
        first = xlat_table(tables if isinstance(tables, str) else tables[0])
        return first[0][0] if first and first[0][1] == 0 else None
    names, rest = flag_names(v, tables)
    if not names:
        return None
    return "|".join(names + (["%#x" % rest] if rest else []))


def hex_with(v: int, note: str | None) -> str:
    """A return value in hex with its note: 0x3 (PR_FP_MODE_FR|PR_FP_MODE_FRE)."""
    return chex(v) + (" (%s)" % note if note else "")


def stored(call: Call, layout: struct.Struct, show) -> str:
    """[value] the kernel stored at arg2, or the address (NULL) when there is none."""
    addr = call.args[1]
    data = None if call.failed or not addr else call.read(addr, layout.size)
    if data is None or len(data) < layout.size:
        return ptr(addr)
    return "[%s]" % show(layout.unpack(data)[0])


# -- arch_prctl ----------------------------------------------------------------------

ARCH_GET_ADDR = ("ARCH_GET_FS", "ARCH_GET_GS")
ARCH_GET_FEATURES = ("ARCH_GET_XCOMP_SUPP", "ARCH_GET_XCOMP_PERM", "ARCH_GET_XCOMP_GUEST_PERM")
ARCH_REQ_FEATURE = ("ARCH_REQ_XCOMP_PERM", "ARCH_REQ_XCOMP_GUEST_PERM")


@special("arch_prctl")
class ArchPrctl(Decoder):
    """arch_prctl(code, addr): addr an address, a value, or where the kernel stores one."""
    captures = (("exit", "fixed", 1, 8),)

    @staticmethod
    def code(call: Call) -> str | None:
        return xlat_lookup("arch_prctl_cmds", call.args[0] & MASK32)

    def entry(self, call: Call) -> str:
        head = xlat_or(call.args[0] & MASK32, "arch_prctl_cmds", "ARCH_???")
        code = self.code(call)
        if code == "ARCH_GET_CPUID":
            return head
        if code in ARCH_GET_ADDR or code in ARCH_GET_FEATURES:
            return head + ", "
        if code in ARCH_REQ_FEATURE:
            return "%s, %s" % (head, verbose_unless_raw(
                xlat_or, call.args[1], "x86_xfeature_bits", "XFEATURE_???"))
        return "%s, %s" % (head, chex(call.args[1]))

    def exit(self, call: Call) -> str:
        code = self.code(call)
        if code in ARCH_GET_ADDR:
            return stored(call, U64, ptr)
        if code in ARCH_GET_FEATURES:
            return stored(call, U64, lambda v: verbose_unless_raw(
                flags, v, "x86_xfeatures", "0", "XFEATURE_MASK_???"))
        return ""

    def ret(self, call: Call) -> str:
        if self.code(call) in ARCH_REQ_FEATURE and not call.error and \
                signed(call.rval) > 0:
            return hex_with(call.rval, aux_flags(call.rval, "x86_xfeatures"))
        return format_return(call, "d")
