"""x86 segment descriptors: modify_ldt, set_thread_area, get_thread_area."""
from __future__ import annotations

import struct

from ..abi import errno_message, errno_name
from .core import Call, Decoder, format_return, special
from .fmt import hexaddr, ptr, signed

USER_DESC = struct.Struct("<IIII")
ENTRY_NUMBER = struct.Struct("<I")


def _entry_number(v: int) -> str:
    return "-1" if v == 0xFFFFFFFF else str(v)


def _hex32(v: int) -> str:
    """C's %#08x: zero-padded to eight characters, and no 0x for zero."""
    return "%#08x" % v if v else "00000000"


def _desc_rest(base: int, limit: int, bits: int) -> str:
    """The fields after entry_number, and the closing brace."""
    return (", base_addr=%s, limit=%s, seg_32bit=%d, contents=%d, read_exec_only=%d, "
            "limit_in_pages=%d, seg_not_present=%d, useable=%d, lm=%d}") % (
        _hex32(base), _hex32(limit), bits & 1, (bits >> 1) & 3, (bits >> 3) & 1, (bits >> 4) & 1,
        (bits >> 5) & 1, (bits >> 6) & 1, (bits >> 7) & 1)


def format_user_desc(call: Call, addr: int) -> str:
    data = call.read(addr, USER_DESC.size) if addr else None
    if data is None or len(data) < USER_DESC.size:
        return ptr(addr)
    entry, base, limit, bits = USER_DESC.unpack(data)
    return "{entry_number=%s%s" % (_entry_number(entry), _desc_rest(base, limit, bits))


@special("modify_ldt")
class ModifyLdt(Decoder):
    """modify_ldt(func, ptr, bytecount): the descriptor when bytecount is its size; the
    kernel returns an unsigned int, so an error comes back as a large number, which
    strace prints with the error's name."""

    def entry(self, call: Call) -> str:
        func, addr, count = call.args[:3]
        desc = format_user_desc(call, addr) if count == USER_DESC.size else hexaddr(addr)
        if not addr:
            desc = "NULL"
        return "%d, %s, %d" % (signed(func, 32), desc, count)

    def ret(self, call: Call) -> str:
        if not call.failed and 0xFFFFF000 <= call.rval <= 0xFFFFFFFF:
            err = 0x100000000 - call.rval
            return "%d %s (%s)" % (call.rval, errno_name(err), errno_message(err))
        return format_return(call, "d")


@special("set_thread_area")
class SetThreadArea(Decoder):
    """The descriptor, and the entry number the kernel chose after the return value."""

    def entry(self, call: Call) -> str:
        return format_user_desc(call, call.args[0])

    def ret(self, call: Call) -> str:
        text = format_return(call, "d")
        if call.failed:
            return text
        data = call.read(call.args[0], ENTRY_NUMBER.size)
        if data is None or len(data) < ENTRY_NUMBER.size:
            return text
        return "%s (entry_number=%d)" % (text, ENTRY_NUMBER.unpack(data)[0])


@special("get_thread_area")
class GetThreadArea(Decoder):
    """The entry number asked for at entry, the descriptor the kernel filled in at exit
    (' => N' where the entry number changed)."""

    def entry(self, call: Call) -> str:
        addr = call.args[0]
        data = call.read(addr, ENTRY_NUMBER.size) if addr else None
        if data is None or len(data) < ENTRY_NUMBER.size:
            return ptr(addr)
        entry = ENTRY_NUMBER.unpack(data)[0]
        call.saved["entry_number"] = entry
        return "{entry_number=%s" % _entry_number(entry)

    def exit(self, call: Call) -> str:
        addr = call.args[0]
        if not addr or not call.opts.is_verbose(call.name):
            return ""
        before = call.saved.get("entry_number")
        data = None if call.failed else call.read(addr, USER_DESC.size)
        if data is None or len(data) < USER_DESC.size:
            return ", ...}" if before is not None else ""
        entry, base, limit, bits = USER_DESC.unpack(data)
        if before is None:
            head = " => {entry_number=%s" % _entry_number(entry)
        elif before != entry:
            head = " => %s" % _entry_number(entry)
        else:
            head = ""
        return head + _desc_rest(base, limit, bits)
