"""Memory mappings: mmap, mprotect, mremap, madvise, brk, membarrier."""
from __future__ import annotations

from ..abi import xlat_value
from .core import Call, Decoder, format_return, special, type_formatter
from .fmt import chex, flag_names, flags, ptr, signed, styled_by, xlat_or

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


def _huge_size(v: int, limits: str, prefix: str) -> tuple[int, str | None]:
    """The bits of v apart from the huge page size, and that size as N<<X_HUGE_SHIFT."""
    shift = xlat_value(limits, prefix + "_HUGE_SHIFT")
    mask = xlat_value(limits, prefix + "_HUGE_MASK") << shift
    return v & ~mask, ("%d<<%s_HUGE_SHIFT" % ((v & mask) >> shift, prefix) if v & mask else None)


@type_formatter("mmap_flags_huge")
def t_mmap_flags_huge(call: Call, v: int, p: str) -> str:
    """Mapping flags with the huge page size apart: MAP_PRIVATE|MAP_HUGETLB|21<<MAP_HUGE_SHIFT."""
    def text() -> str:
        type_mask = xlat_value("mmap_limits", "MAP_TYPE")
        rest, huge = _huge_size(v & ~type_mask, "mmap_limits", "MAP")
        parts = [xlat_or(v & type_mask, "mmap_type", "MAP_???")]
        if rest:
            parts.append(flags(rest, "mmap_flags"))
        return "|".join(parts + ([huge] if huge else []))
    return styled_by(chex(v), text)


@type_formatter("memfd_flags")
def t_memfd_flags(call: Call, v: int, p: str) -> str:
    """memfd_create's flags: MFD_CLOEXEC|0x..|30<<MFD_HUGE_SHIFT."""
    v &= 0xFFFFFFFF
    if not v:
        return "0"

    def text() -> str:
        rest, huge = _huge_size(v, "memfd_limits", "MFD")
        names, unnamed = flag_names(rest, "memfd_flags")
        parts = names + (["%#x" % unnamed] if unnamed else []) + ([huge] if huge else [])
        return "|".join(parts)
    return styled_by(chex(v), text)


@type_formatter("mremap_addr")
def t_mremap_addr(call: Call, v: int, p: str) -> str | None:
    """mremap's new address, only when the flags (argument p) ask to move it there."""
    both = xlat_value("mremap_flags", "MREMAP_MAYMOVE") | xlat_value("mremap_flags", "MREMAP_FIXED")
    return ptr(v) if call.args[int(p)] & both == both else None
