"""seccomp(2): its operations, the filter program, the actions it can return."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .bpf_filter import format_fprog, seccomp_k
from .core import Call, Decoder, special
from .fmt import chex, flags, ptr, xlat_or

NOTIF_SIZES = struct.Struct("<HHH")
U32 = struct.Struct("<I")


@special("seccomp")
class Seccomp(Decoder):
    """seccomp(operation, flags, args): args as the operation says."""

    def _op(self, call: Call) -> str | None:
        return xlat_lookup("seccomp_ops", call.args[0] & 0xFFFFFFFF)

    def entry(self, call: Call) -> str:
        op, fl, args = call.args[0] & 0xFFFFFFFF, call.args[1] & 0xFFFFFFFF, call.args[2]
        head = xlat_or(op, "seccomp_ops", "SECCOMP_SET_MODE_???") + ", "
        name = self._op(call)
        if name == "SECCOMP_GET_NOTIF_SIZES":
            return head + chex(fl) + ", "
        if name == "SECCOMP_SET_MODE_FILTER":
            return head + "%s, %s" % (
                flags(fl, "seccomp_filter_flags", dflt="SECCOMP_FILTER_FLAG_???"),
                format_fprog(call, args, seccomp_k))
        if name == "SECCOMP_GET_ACTION_AVAIL":
            data = call.read(args, U32.size) if args else None
            if data is None or len(data) < U32.size:
                return head + chex(fl) + ", " + ptr(args)
            return head + "%s, [%s]" % (chex(fl), xlat_or(U32.unpack(data)[0],
                                                         "seccomp_ret_action", "SECCOMP_RET_???"))
        return head + "%s, %s" % (chex(fl), ptr(args))

    def exit(self, call: Call) -> str:
        if self._op(call) != "SECCOMP_GET_NOTIF_SIZES":
            return ""
        addr = call.args[2]
        data = None if call.failed or not addr else call.read(addr, NOTIF_SIZES.size)
        if data is None or len(data) < NOTIF_SIZES.size:
            return ptr(addr)
        return "{seccomp_notif=%d, seccomp_notif_resp=%d, seccomp_data=%d}" % \
            NOTIF_SIZES.unpack(data)
