"""Memory mappings: mmap, mprotect, mremap, madvise, brk, membarrier."""
from __future__ import annotations

from .core import Call, Decoder, format_return, special
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
