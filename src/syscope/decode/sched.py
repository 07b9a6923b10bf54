"""Scheduling: policy parameters, extended attributes and I/O priorities."""
from __future__ import annotations

import struct

from ..abi import ERRNO_BY_NAME, xlat_value
from .core import Call, Decoder, output_struct_type, special, struct_printer, type_formatter
from .fmt import flags, hexaddr, ptr, signed, styled, xlat_or

E2BIG = ERRNO_BY_NAME["E2BIG"]

IOPRIO_CLASS_SHIFT = 13

# sched_param: one int, printed as strace prints it, [prio]
output_struct_type("sched_param", struct_printer("<i", "[%d]"))


@type_formatter("ioprio")
def t_ioprio(call: Call, v: int, p: str) -> str:
    """An I/O priority: IOPRIO_PRIO_VALUE(class, data), or the number (-X)."""
    return styled(str(signed(v, 32)), t_ioprio_value(call, v, p))


@type_formatter("ioprio_value")
def t_ioprio_value(call: Call, v: int, p: str) -> str:
    """IOPRIO_PRIO_VALUE(class, data), the class as -X says."""
    v &= 0xFFFFFFFF
    return "IOPRIO_PRIO_VALUE(%s, %d)" % (
        xlat_or(v >> IOPRIO_CLASS_SHIFT, "ioprio_class", "IOPRIO_CLASS_???"),
        v & ((1 << IOPRIO_CLASS_SHIFT) - 1))


SCHED_ATTR = struct.Struct("<IIQiIQQQII")


def _sched_size(name: str) -> int:
    return xlat_value("sched_attr_sizes", name)


def format_sched_attr(call: Call, addr: int, usize: int | None) -> str:
    """struct sched_attr: usize, the buffer's size, for sched_getattr (the structure
    the kernel wrote, of its own size); None for sched_setattr (the caller's)."""
    min_size = _sched_size("SCHED_ATTR_SIZE_VER0")
    is_set = usize is None
    if not addr:
        return "NULL"
    if is_set:
        head = call.read(addr, 4)
        if head is None or len(head) < 4:
            return hexaddr(addr)
        usize = struct.unpack("<I", head)[0] or min_size
    size = min(usize, SCHED_ATTR.size)
    data = b""
    if not is_set or size >= min_size:
        data = call.read(addr, size)
        if data is None or len(data) < size:
            return hexaddr(addr)
    data = (data or head).ljust(SCHED_ATTR.size, b"\0")
    (asize, policy, fl, nice, prio, runtime, deadline, period, umin, umax) = \
        SCHED_ATTR.unpack(data)
    if not is_set:
        size = asize
    fields = ["size=%d" % asize]
    if size >= min_size:
        keep_policy = xlat_value("sched_flags", "SCHED_FLAG_KEEP_POLICY")
        keep_params = xlat_value("sched_flags", "SCHED_FLAG_KEEP_PARAMS")
        if not is_set or policy >> 31 or not fl & (keep_policy | keep_params):
            fields.append("sched_policy=%s" % xlat_or(policy, "sched_policies", "SCHED_???"))
        fields.append("sched_flags=%s" % flags(fl, "sched_flags", dflt="SCHED_FLAG_???"))
        if not is_set or not fl & keep_params:
            fields += ["sched_nice=%d" % nice, "sched_priority=%d" % prio,
                       "sched_runtime=%d" % runtime, "sched_deadline=%d" % deadline,
                       "sched_period=%d" % period]
        if size >= _sched_size("SCHED_ATTR_SIZE_VER1"):
            fields += ["sched_util_min=%d" % umin, "sched_util_max=%d" % umax]
    if (usize if is_set else asize) > size:
        fields.append("...")
    return "{%s}" % ", ".join(fields)


@special("sched_setattr")
class SchedSetattr(Decoder):
    def entry(self, call: Call) -> str:
        return "%s, %s" % (call.pidv(call.args[0], "tgid"),
                           format_sched_attr(call, call.args[1], None))

    def exit(self, call: Call) -> str:
        text = ""
        if call.error == E2BIG and call.opts.is_verbose(call.name):
            data = call.read(call.args[1], 4)
            if data is not None and len(data) == 4:
                text = " => {size=%d}" % struct.unpack("<I", data)[0]
        return text + ", %d" % (call.args[2] & 0xFFFFFFFF)


@special("sched_getattr")
class SchedGetattr(Decoder):
    def entry(self, call: Call) -> str:
        return call.pidv(call.args[0], "tgid") + ", "

    def exit(self, call: Call) -> str:
        addr, size = call.args[1], call.args[2] & 0xFFFFFFFF
        if not size or call.failed:
            attr = ptr(addr)
        else:
            attr = format_sched_attr(call, addr, size)
        return "%s, %d, %d" % (attr, size, call.args[3] & 0xFFFFFFFF)
