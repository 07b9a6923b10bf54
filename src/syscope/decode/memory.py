"""Memory mappings: mmap, mprotect, mremap, madvise, brk, membarrier."""
from __future__ import annotations

from ..abi import xlat_lookup
from .core import Call, Decoder, format_return, special
from .fmt import flags, signed

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
