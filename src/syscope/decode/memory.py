"""Memory mappings: mmap, mprotect, mremap, madvise, brk, membarrier."""
from __future__ import annotations

from ..abi import xlat_lookup
from .basic import table_value
from .core import Call, Decoder, format_return, special, type_formatter
from .fmt import flags, hexaddr, signed

MAP_TYPE = 0x0F


def mmap_flags(v: int) -> str:
    v &= 0xFFFFFFFF
    kind = v & MAP_TYPE
    name = xlat_lookup("mmap_type", kind) or "%#x /* MAP_??? */" % kind
    rest = v & ~MAP_TYPE
    return name + ("|" + flags(rest, "mmap_flags") if rest else "")


@special("mmap")
class Mmap(Decoder):
    captures = ()
    def entry(self, call: Call) -> str:
        a = call.args
        return "%s, %d, %s, %s, %s, %s" % (
            hexaddr(a[0]) if a[0] else "NULL", a[1], table_value("prot", a[2]), mmap_flags(a[3]),
            call.fd(a[4]), hexaddr(a[5]))

    def ret(self, call: Call) -> str:
        return format_return(call, "hex")


@special("membarrier")
class Membarrier(Decoder):
    def entry(self, call: Call) -> str:
        cmd = call.args[0] & 0xFFFFFFFF
        name = xlat_lookup("membarrier_cmds", cmd) or "%#x /* MEMBARRIER_CMD_??? */" % cmd
        return "%s, %d" % (name, signed(call.args[1], 32))

    def ret(self, call: Call) -> str:
        if call.failed or call.args[0] != 0:
            return format_return(call, "d")
        return "%#x (%s)" % (call.rval, flags(call.rval, "membarrier_cmds")) if call.rval else "0"
