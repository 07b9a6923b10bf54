"""perf_event_open and its struct perf_event_attr, printed as far as its size says."""
from __future__ import annotations

import struct

from ..abi import ERRNO_BY_NAME, xlat_lookup, xlat_value
from .core import Call, Decoder, format_return, special
from .fmt import chex, flags, ptr, signed, xlat_or

ATTR = struct.Struct("<IIQQQQQIIQQQQIiQIHHIIQ")
WAKEUP_EVENTS = 48      # where the fields -e abbrev leaves out begin
E2BIG = ERRNO_BY_NAME["E2BIG"]
# the one-bit flags of the bit field at offset 40, in bit order (precise_ip, two bits,
# sits between watermark and mmap_data)
FLAGS_LOW = ("disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
             "exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
             "enable_on_exec", "task", "watermark")
FLAGS_HIGH = ("mmap_data", "sample_id_all", "exclude_host", "exclude_guest",
              "exclude_callchain_kernel", "exclude_callchain_user", "mmap2", "comm_exec",
              "use_clockid", "context_switch", "write_backward", "namespaces", "ksymbol",
              "bpf_event", "aux_output", "cgroup", "text_poke", "build_id", "inherit_thread",
              "remove_on_exec", "sigtrap")
PRECISE_IP = ("arbitrary skid", "constant skid", "requested to have 0 skid",
              "must have 0 skid")
RESERVED_1_SHIFT = 38
# offsets of the fields a short structure may lack
OFFSETS = {"bp_len": 64, "branch_sample_type": 72, "sample_regs_user": 80,
           "sample_stack_user": 88, "clockid": 92, "sample_regs_intr": 96,
           "aux_watermark": 104, "sample_max_stack": 108, "__reserved_2": 110,
           "aux_sample_size": 112, "__reserved_3": 116, "sig_data": 120}


def _v(name: str, table: str) -> int:
    return xlat_value(table, name)


def _config(t: str | None, config: int) -> str:
    if t == "PERF_TYPE_HARDWARE":
        high = "%#x<<32|" % (config >> 32) if config >> 32 else ""
        return high + xlat_or(config & 0xFFFFFFFF, "perf_hw_id", "PERF_COUNT_HW_???")
    if t == "PERF_TYPE_SOFTWARE":
        return xlat_or(config, "perf_sw_ids", "PERF_COUNT_SW_???")
    if t == "PERF_TYPE_TRACEPOINT":
        return str(config)
    if t == "PERF_TYPE_HW_CACHE":
        text = "%#x<<32|" % (config >> 32) if config >> 32 else ""
        if (config & 0xFFFFFFFF) >> 24:
            text += "%#x<<24|" % ((config & 0xFFFFFFFF) >> 24)
        return text + "%s<<16|%s<<8|%s" % (
            xlat_or((config >> 16) & 0xFF, "perf_hw_cache_op_result_id",
                    "PERF_COUNT_HW_CACHE_RESULT_???"),
            xlat_or((config >> 8) & 0xFF, "perf_hw_cache_op_id", "PERF_COUNT_HW_CACHE_OP_???"),
            xlat_or(config & 0xFF, "perf_hw_cache_id", "PERF_COUNT_HW_CACHE_???"))
    return chex(config)


def format_attr(call: Call, data: bytes, size: int, abbrev: bool) -> str:
    f = ATTR.unpack(data.ljust(ATTR.size, b"\0"))
    (atype, asize, config, period, sample_type, read_format, bits, wakeup, bp_type,
     config1, config2, branch, regs_user, stack_user, clockid, regs_intr, aux_watermark,
     max_stack, reserved2, aux_sample, reserved3, sig_data) = f
    tname = xlat_lookup("perf_type_id", atype)
    out = ["type=%s" % xlat_or(atype, "perf_type_id", "PERF_TYPE_???"),
           "size=%s" % xlat_or(asize, "perf_attr_size", "PERF_ATTR_SIZE_???")]
    if call.error == E2BIG:
        new = call.mem.read(call.args[0] + 4, 4)
        out[-1] += " => " + (xlat_or(struct.unpack("<I", new)[0], "perf_attr_size",
                                     "PERF_ATTR_SIZE_???") if new and len(new) == 4 else "???")
    out.append("config=" + _config(tname, config))
    freq = bits >> 10 & 1
    out.append(("sample_freq=%d" if freq else "sample_period=%d") % period)
    out.append("sample_type=" + flags(sample_type, "perf_event_sample_format",
                                      dflt="PERF_SAMPLE_???"))
    out.append("read_format=" + flags(read_format, "perf_event_read_format",
                                      dflt="PERF_FORMAT_???"))

    def flag(name: str, bit: int) -> None:
        value = bits >> bit & 1
        if not abbrev or value:
            out.append("%s=%d" % (name, value))
    for i, name in enumerate(FLAGS_LOW):
        flag(name, i)
    precise = bits >> 15 & 3
    out.append("precise_ip=%d /* %s */" % (precise, PRECISE_IP[precise]))
    for i, name in enumerate(FLAGS_HIGH):
        flag(name, 17 + i)
    if bits >> RESERVED_1_SHIFT:
        out.append("__reserved_1=%#x /* Bits 63..38 */" % (bits >> RESERVED_1_SHIFT))
    if not abbrev:
        _rest(out, f, tname, size)
    more = (asize and asize > size) or (not asize and size < _v("PERF_ATTR_SIZE_VER0",
                                                                   "perf_attr_size"))
    return "{%s%s}" % (", ".join(out), ", ..." if more else "")


def _rest(out: list, f: tuple, tname: str | None, size: int) -> None:
    (atype, asize, config, period, sample_type, read_format, bits, wakeup, bp_type,
     config1, config2, branch, regs_user, stack_user, clockid, regs_intr, aux_watermark,
     max_stack, reserved2, aux_sample, reserved3, sig_data) = f
    bp = tname == "PERF_TYPE_BREAKPOINT"
    out.append(("wakeup_watermark=%d" if bits >> 14 & 1 else "wakeup_events=%d") % wakeup)
    if bp:
        rw_x = _v("HW_BREAKPOINT_X", "hw_breakpoint_type") | _v("HW_BREAKPOINT_RW",
                                                                 "hw_breakpoint_type")
        out.append("bp_type=" + xlat_or(bp_type, "hw_breakpoint_type",
                                        "HW_BREAKPOINT_INVALID" if bp_type <= rw_x
                                        else "HW_BREAKPOINT_???"))
        out.append("bp_addr=%s" % chex(config1))
    else:
        out.append("config1=%s" % chex(config1))

    def have(field: str) -> bool:
        return OFFSETS[field] < size
    if not have("bp_len"):
        return
    out.append("bp_len=%d" % config2 if bp else "config2=%s" % chex(config2))
    if not have("branch_sample_type"):
        return
    if sample_type & _v("PERF_SAMPLE_BRANCH_STACK", "perf_event_sample_format"):
        out.append("branch_sample_type=" + flags(branch, "perf_branch_sample_type",
                                                 dflt="PERF_SAMPLE_BRANCH_???"))
    if not have("sample_regs_user"):
        return
    out.append("sample_regs_user=%s" % chex(regs_user))
    if not have("sample_stack_user"):
        return
    if sample_type & _v("PERF_SAMPLE_STACK_USER", "perf_event_sample_format"):
        out.append("sample_stack_user=%s" % chex(stack_user))
    if bits >> 25 & 1:        # use_clockid
        if not have("clockid"):
            return
        out.append("clockid=%s" % xlat_or(clockid & 0xFFFFFFFF, "clocks", "CLOCK_???"))
    if not have("sample_regs_intr"):
        return
    out.append("sample_regs_intr=%s" % chex(regs_intr))
    if not have("aux_watermark"):
        return
    out.append("aux_watermark=%d" % aux_watermark)
    if not have("sample_max_stack"):
        return
    out.append("sample_max_stack=%d" % max_stack)
    if not have("__reserved_2"):
        return
    if reserved2:
        out[-1] += " /* bytes 110..111: %#x */" % reserved2
    if not have("aux_sample_size"):
        return
    out.append("aux_sample_size=%d" % aux_sample)
    if not have("__reserved_3"):
        return
    if reserved3:
        out[-1] += " /* bytes 116..119: %#x */" % reserved3
    if not have("sig_data"):
        return
    out.append("sig_data=%s" % chex(sig_data))


def read_attr(call: Call, addr: int) -> tuple[bytes, int] | None:
    """The attributes at addr and the size to print of them (what the structure's size
    field claims, up to what is known; the fields before wakeup_events without -v);
    None when they cannot be read."""
    head = call.mem.read(addr + 4, 4) if addr else None
    if head is None or len(head) < 4:
        return None
    asize = struct.unpack("<I", head)[0]
    ver0 = _v("PERF_ATTR_SIZE_VER0", "perf_attr_size")
    size = min(asize, ATTR.size) or ver0
    if size < ver0:
        return None
    if call.opts.is_abbrev(call.name):
        size = WAKEUP_EVENTS
    data = call.read(addr, size)
    if data is None or len(data) < size:
        return None
    return data, size


@special("perf_event_open")
class PerfEventOpen(Decoder):
    """The attributes are copied at entry and printed at exit, where the kernel may have
    said which size it wants (E2BIG)."""

    def _tail(self, call: Call) -> str:
        a = call.args
        return ", %d, %d, %s, %s" % (signed(a[1], 32), signed(a[2], 32), call.fd(a[3]),
                                     flags(a[4], "perf_event_open_flags", dflt="PERF_FLAG_???"))

    def entry(self, call: Call) -> str:
        addr = call.args[0]
        attr = read_attr(call, addr)
        if attr is None:
            return ptr(addr) + self._tail(call)
        call.saved["perf_attr"] = attr
        return ""

    def exit(self, call: Call) -> str:
        saved = call.saved.get("perf_attr")
        if saved is None:
            return ""
        data, size = saved
        return format_attr(call, data, size, call.opts.is_abbrev(call.name)) + self._tail(call)

    def ret(self, call: Call) -> str:
        return format_return(call, "fd")
