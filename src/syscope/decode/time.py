"""Time: timespec, timeval, itimerspec, clocks and sleeping."""
from __future__ import annotations

import struct

from .core import (TYPES, Call, Decoder, format_return, input_struct_type, output_struct_type,
                   special, struct_printer, type_formatter)
from ..abi import xlat_lookup
from .fmt import clock_t, flags, ptr, signed, time_comment, xlat_or
from .fmt import signo as signo_text

# the restarted calls: a sleep interrupted by a signal (strace's is_erestart)
RESTART_ERRORS = (512, 513, 514, 516)

# tv_nsec and tv_usec are unsigned in strace's output (longs the kernel range-checks)
format_timespec = struct_printer("<qQ", "{tv_sec=%d, tv_nsec=%d}")
format_timespec64 = format_timespec
format_timeval = struct_printer("<qQ", "{tv_sec=%d, tv_usec=%d}")
format_itimerspec = struct_printer("<qQqQ", "{it_interval={tv_sec=%d, tv_nsec=%d}, "
                                            "it_value={tv_sec=%d, tv_nsec=%d}}")
format_itimerval = struct_printer("<qQqQ", "{it_interval={tv_sec=%d, tv_usec=%d}, "
                                           "it_value={tv_sec=%d, tv_usec=%d}}")
format_timezone = struct_printer("<ii", "{tz_minuteswest=%d, tz_dsttime=%d}")


for _name, _printer in (("timespec", format_timespec), ("timeval", format_timeval),
                        ("itimerspec", format_itimerspec), ("itimerval", format_itimerval),
                        ("timezone", format_timezone)):
    output_struct_type(_name, _printer)
input_struct_type("timespec_in", format_timespec)
output_struct_type("timespec64", format_timespec64)


@type_formatter("remaining")
def t_remaining(call: Call, v: int, p: str) -> str:
    """nanosleep's rem: filled in only when the sleep is interrupted to be restarted;
    p: the flags argument, clock_nanosleep's, which must be 0 (not TIMER_ABSTIME)."""
    if call.failed and call.error in RESTART_ERRORS and not (p and call.args[int(p)]):
        return format_timespec(call, v)
    return ptr(v)


@special("time")
class Time(Decoder):
    """time(tloc): the time stored and the time returned, each with its date."""
    captures = (("exit", "fixed", 0, 8),)

    def exit(self, call: Call) -> str:
        if not call.args[0]:
            return "NULL"
        data = call.read(call.args[0], 8)
        if not data or len(data) < 8:
            return ptr(call.args[0])
        t = struct.unpack("<q", data)[0]
        return "[%d%s]" % (t, time_comment(t))

    def ret(self, call: Call) -> str:
        text = format_return(call, "d")
        if call.failed:
            return text
        date = time_comment(signed(call.rval))
        return "%s (%s)" % (text, date[4:-3]) if date else text


@type_formatter("tms")
def t_tms(call: Call, v: int, p: str) -> str:
    """times' {tms_utime=30 /* 0.30 s */, ...}: clock ticks, and the seconds they make."""
    if call.failed:
        return ptr(v)
    data = call.read(v, 32) if v else None
    if data is None or len(data) < 32:
        return ptr(v)
    fields = zip(("tms_utime", "tms_stime", "tms_cutime", "tms_cstime"),
                 struct.unpack("<QQQQ", data))
    return "{%s}" % ", ".join("%s=%s" % (name, clock_t(t)) for name, t in fields)


SIGEV_SIZE = 32                           # what strace reads: value, signo, notify, union
SIGEV = struct.Struct("<QiI")             # sigev_value, sigev_signo, sigev_notify


def format_sigevent(call: Call, addr: int) -> str:
    """{sigev_value=..., sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL, ...}"""
    data = call.read(addr, SIGEV_SIZE) if addr else None
    if data is None or len(data) < SIGEV_SIZE:
        return ptr(addr)
    value, signo, notify = SIGEV.unpack_from(data)
    how = xlat_lookup("sigev_notify", notify)
    parts = []
    if value:
        parts.append("sigev_value={sival_int=%d, sival_ptr=%#x}" % (signed(value, 32), value))
    if how in ("SIGEV_SIGNAL", "SIGEV_THREAD", "SIGEV_THREAD_ID"):
        parts.append("sigev_signo=" + signo_text(signo))
    else:
        parts.append("sigev_signo=%d" % (signo & 0xFFFFFFFF))
    parts.append("sigev_notify=" + xlat_or(notify, "sigev_notify", "SIGEV_???"))
    if how == "SIGEV_THREAD":
        function, attributes = struct.unpack_from("<QQ", data, SIGEV.size)
        parts += ["sigev_notify_function=" + ptr(function),
                  "sigev_notify_attributes=" + ptr(attributes)]
    elif how == "SIGEV_THREAD_ID":
        parts.append("sigev_notify_thread_id=%d" % struct.unpack_from("<i", data, SIGEV.size))
    return "{" + ", ".join(parts) + "}"


input_struct_type("sigevent", format_sigevent)


# struct __kernel_timex: modes, offset, freq, maxerror, esterror, status, constant,
# precision, tolerance, time {tv_sec, tv_usec}, tick, ppsfreq, jitter, shift, stabil,
# jitcnt, calcnt, errcnt, stbcnt, tai, then padding
TIMEX = struct.Struct("<I4xqqqqi4xqqqqqqqqi4xqqqqqi44x")


def format_timex(call: Call, addr: int) -> str | None:
    """The timex structure, or None when it cannot be read or the call failed (its
    address is printed)."""
    data = call.read(addr, TIMEX.size) if addr and not call.failed else None
    if data is None or len(data) < TIMEX.size:
        return None
    (modes, offset, freq, maxerror, esterror, status, constant, precision, tolerance,
     sec, usec, tick, ppsfreq, jitter, shift, stabil, jitcnt, calcnt, errcnt, stbcnt,
     tai) = TIMEX.unpack(data)
    return ("{modes=%s, offset=%d, freq=%d, maxerror=%d, esterror=%d, status=%s, "
            "constant=%d, precision=%d, tolerance=%d, time={tv_sec=%d, tv_usec=%d}, "
            "tick=%d, ppsfreq=%d, jitter=%d, shift=%d, stabil=%d, jitcnt=%d, calcnt=%d, "
            "errcnt=%d, stbcnt=%d, tai=%d}") % (
        flags(modes, "adjtimex_modes", dflt="ADJ_???"), offset, freq, maxerror, esterror,
        flags(status & 0xFFFFFFFF, "adjtimex_status", dflt="STA_???"), constant, precision,
        tolerance, sec, usec & 0xFFFFFFFFFFFFFFFF, tick, ppsfreq, jitter, shift, stabil,
        jitcnt, calcnt, errcnt, stbcnt, tai)


@special("adjtimex", "clock_adjtime")
class Adjtimex(Decoder):
    """adjtimex(buf), clock_adjtime(clockid, buf): the structure as the kernel leaves it,
    and the clock state the call returns named."""

    def _buf(self, call: Call) -> int:
        return call.args[1] if self.name == "clock_adjtime" else call.args[0]

    def entry(self, call: Call) -> str:
        if self.name == "clock_adjtime":
            return TYPES["clockid"](call, call.args[0], "") + ", "
        return ""

    def exit(self, call: Call) -> str:
        addr = self._buf(call)
        text = format_timex(call, addr)
        call.saved["timex_shown"] = text is not None
        return text if text is not None else ptr(addr)

    def ret(self, call: Call) -> str:
        text = format_return(call, "d")
        if call.failed or not call.saved.get("timex_shown"):
            return text
        name = xlat_lookup("adjtimex_state", call.rval)
        return "%s (%s)" % (text, name) if name else text
