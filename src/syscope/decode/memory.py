"""Memory mappings: mmap, mprotect, mremap, madvise, brk, membarrier."""
from __future__ import annotations

from ..abi import xlat_value
from .core import Call, Decoder, format_return, special, type_formatter
from .fmt import flags, signed, xlat_or

@special("membarrier")
class Membarrier(Decoder):
    def entry(self, call: Call) -> str:
        cmd = call.args[0] & 0xFFFFFFFF
        name = xlat_or(cmd, "membarrier_cmds", "MEMBARRIER_CMD_???")
        return "%s, %d" % (name, signed(call.args[1], 32))

    def ret(self, call: Call) -> str:
        if call.failed or call.args[0] != 0:
            return format_return(call, "d")
        return "%#x (%s)" % (call.rval, flags(call.rval, "membarrier_cmds")) if call.rval else "0"


@type_formatter("prot64")
def t_prot64(call: Call, v: int, p: str) -> str:
    """Memory protection of a long argument: all 64 bits, PROT_NONE for none."""
    return flags(v, "mmap_prot", zero="PROT_NONE", dflt="PROT_???")


@type_formatter("mmap_flags_huge")
def t_mmap_flags_huge(call: Call, v: int, p: str) -> str:
    """Mapping flags with the huge page size apart: MAP_PRIVATE|MAP_HUGETLB|21<<MAP_HUGE_SHIFT."""
    type_mask = xlat_value("mmap_limits", "MAP_TYPE")
    shift = xlat_value("mmap_limits", "MAP_HUGE_SHIFT")
    huge_mask = xlat_value("mmap_limits", "MAP_HUGE_MASK") << shift
    name = xlat_or(v & type_mask, "mmap_type", "MAP_???")
    rest = v & ~type_mask & ~huge_mask
    if rest:
        name += "|" + flags(rest, "mmap_flags")
    if v & huge_mask:
        name += "|%d<<MAP_HUGE_SHIFT" % ((v & huge_mask) >> shift)
    return name
