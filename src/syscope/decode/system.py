"""The system as a whole: reboot, comparing processes' resources (kcmp)."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call, Decoder, special, type_formatter
from .fmt import hexaddr, xlat_or

REBOOT_STRING_MAX = 255


@type_formatter("reboot_arg")
def t_reboot_arg(call: Call, v: int, p: str) -> str | None:
    """LINUX_REBOOT_CMD_RESTART2's command line; the other commands take none."""
    if xlat_lookup("reboot_cmds", call.args[int(p)] & 0xFFFFFFFF) != "LINUX_REBOOT_CMD_RESTART2":
        return None
    return call.cstr(v, REBOOT_STRING_MAX, nul_within=True)


NEW_UTS_LEN = 64


@type_formatter("utsbuf")
def t_utsbuf(call: Call, v: int, p: str) -> str:
    """A host or domain name of length argument p; longer than the kernel allows, its
    address."""
    size = call.args[int(p)] & 0xFFFFFFFF
    return hexaddr(v) if size > NEW_UTS_LEN else call.buf(v, size)


@special("kcmp")
class Kcmp(Decoder):
    """kcmp(pid1, pid2, type, idx1, idx2): the indexes only for the types that use them."""

    def entry(self, call: Call) -> str:
        pid1, pid2, typ, idx1, idx2 = call.args[:5]
        typ &= 0xFFFFFFFF
        head = "%s, %s, %s" % (call.pidv(pid1, "tgid"), call.pidv(pid2, "tgid"),
                               xlat_or(typ, "kcmp_types", "KCMP_???"))
        name = xlat_lookup("kcmp_types", typ)
        if name == "KCMP_FILE":
            return head + ", %s, %s" % (call.fd(idx1), call.fd(idx2))
        if name == "KCMP_EPOLL_TFD":
            return head + ", %s, %s" % (call.fd(idx1), self._slot(call, idx2))
        if name is None:
            return head + ", %s, %s" % (hexaddr(idx1), hexaddr(idx2))
        return head

    @staticmethod
    def _slot(call: Call, addr: int) -> str:
        data = call.read(addr, 12) if addr else None
        if data is None or len(data) < 12:
            return hexaddr(addr) if addr else "NULL"
        # descriptors of another process: numbers only
        return "{efd=%d, tfd=%d, toff=%d}" % struct.unpack("<iiI", data)
