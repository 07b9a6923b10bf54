"""Time: timespec, timeval, itimerspec, clocks and sleeping."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call, Decoder, special, type_formatter
from .fmt import flags, hexaddr, ptr, signed

RESTART_ERRORS = (4, 512, 513, 514, 516)   # EINTR and the ERESTART* family


def format_timespec(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 16)
    if data is None or len(data) < 16:
        return hexaddr(addr)
    sec, nsec = struct.unpack("<qq", data)
    return "{tv_sec=%d, tv_nsec=%d}" % (sec, nsec)


def format_timeval(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 16)
    if data is None or len(data) < 16:
        return hexaddr(addr)
    sec, usec = struct.unpack("<qq", data)
    return "{tv_sec=%d, tv_usec=%d}" % (sec, usec)


def format_itimerspec(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 32)
    if data is None or len(data) < 32:
        return hexaddr(addr)
    a, b, c, d = struct.unpack("<qqqq", data)
    return "{it_interval={tv_sec=%d, tv_nsec=%d}, it_value={tv_sec=%d, tv_nsec=%d}}" % (a, b, c, d)


def format_itimerval(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 32)
    if data is None or len(data) < 32:
        return hexaddr(addr)
    a, b, c, d = struct.unpack("<qqqq", data)
    return "{it_interval={tv_sec=%d, tv_usec=%d}, it_value={tv_sec=%d, tv_usec=%d}}" % (a, b, c, d)


@type_formatter("timespec")
def t_timespec(call: Call, v: int, p: str) -> str:
    if call.exited and call.failed and v:
        return hexaddr(v)
    return format_timespec(call, v)


@type_formatter("timeval")
def t_timeval(call: Call, v: int, p: str) -> str:
    if call.exited and call.failed and v:
        return hexaddr(v)
    return format_timeval(call, v)


@type_formatter("itimerspec")
def t_itimerspec(call: Call, v: int, p: str) -> str:
    if call.exited and call.failed and v:
        return hexaddr(v)
    return format_itimerspec(call, v)


@type_formatter("itimerval")
def t_itimerval(call: Call, v: int, p: str) -> str:
    if call.exited and call.failed and v:
        return hexaddr(v)
    return format_itimerval(call, v)


@type_formatter("remaining")
def t_remaining(call: Call, v: int, p: str) -> str:
    """nanosleep's rem: filled in only when the sleep is interrupted."""
    if call.failed and call.error in RESTART_ERRORS:
        return format_timespec(call, v)
    return ptr(v)


@type_formatter("clockid")
def t_clockid(call: Call, v: int, p: str) -> str:
    v = signed(v, 32)
    name = xlat_lookup("clocks", v)
    if name:
        return name
    return "%#x /* CLOCK_??? */" % (v & 0xFFFFFFFF)


@type_formatter("timer_flags")
def t_timer_flags(call: Call, v: int, p: str) -> str:
    return flags(v & 0xFFFFFFFF, "timer_flags")


@special("time")
class Time(Decoder):
    def exit(self, call: Call) -> str:
        if not call.args[0]:
            return "NULL"
        data = call.read(call.args[0], 8)
        return "[%d]" % struct.unpack("<q", data)[0] if data and len(data) == 8 \
            else hexaddr(call.args[0])
