"""PTP hardware clocks' ioctl requests (linux/ptp_clock.h), as strace 6.1 prints them:
the structures of decode/struct_views.py, whose times (struct ptp_clock_time) print here,
those of the realtime clock with the date they stand for."""
from __future__ import annotations

from .core import Call
from .structs import layout, size_of, struct_text

ARGS = {
    **dict.fromkeys(("PTP_CLOCK_GETCAPS", "PTP_CLOCK_GETCAPS2"), "out:ptp_clock_caps"),
    "PTP_EXTTS_REQUEST": "in:ptp_extts_request", "PTP_EXTTS_REQUEST2": "in:ptp_extts_request2",
    "PTP_PEROUT_REQUEST": "in:ptp_perout_request",
    "PTP_PEROUT_REQUEST2": "in:ptp_perout_request2",
    "PTP_ENABLE_PPS": "value:x", "PTP_ENABLE_PPS2": "value:x",
    **dict.fromkeys(("PTP_SYS_OFFSET", "PTP_SYS_OFFSET2"),
                    "split:ptp_sys_offset_in:ptp_sys_offset_out"),
    "PTP_PIN_GETFUNC": "split:ptp_pin_index:ptp_pin_got",
    "PTP_PIN_GETFUNC2": "split:ptp_pin_index2:ptp_pin_got",
    "PTP_PIN_SETFUNC": "in:ptp_pin_set", "PTP_PIN_SETFUNC2": "in:ptp_pin_set2",
    **dict.fromkeys(("PTP_SYS_OFFSET_PRECISE", "PTP_SYS_OFFSET_PRECISE2"),
                    "out:ptp_sys_offset_precise"),
    **dict.fromkeys(("PTP_SYS_OFFSET_EXTENDED", "PTP_SYS_OFFSET_EXTENDED2"),
                    "split:ptp_sys_offset_extended_in:ptp_sys_offset_extended_out"),
}
NSEC_PER_SEC = 10 ** 9


def _field(data: bytes, view: str, name: str) -> tuple[int, bytes]:
    off, size, signed, _c = layout(view)[1][name]
    raw = data[off:off + size]
    return int.from_bytes(raw, "little", signed=bool(signed)), raw


def clock_time(call: Call, data: bytes, realtime: bool) -> str:
    """{sec=1, nsec=2}, with the date after it for a realtime clock's valid time."""
    from . import fmt
    from .file import time_comment
    text = struct_text(call, data, "ptp_clock_time")
    if realtime and fmt.xlat_style() != "raw":
        sec, _raw = _field(data, "ptp_clock_time", "sec")
        nsec, _raw = _field(data, "ptp_clock_time", "nsec")
        if nsec < NSEC_PER_SEC and (sec or nsec):      # no date for the zero time
            text += time_comment(sec, nsec or None)     # no fraction when 0
    return text


def _named_time(name: str, realtime: bool):
    return lambda call, data: "%s=%s" % (name, clock_time(call, data, realtime))


device = _named_time("device", True)
sys_realtime = _named_time("sys_realtime", True)
sys_monoraw = _named_time("sys_monoraw", False)
period = _named_time("period", False)


def _perout_flag(data: bytes, name: str) -> bool:
    from ..abi import xlat_value
    flags, _raw = _field(data, "ptp_perout_fields", "flags")
    return bool(flags & xlat_value("ptp_perout_flags", name))


def start_or_phase(call: Call, data: bytes) -> str:
    """The union's phase (PTP_PEROUT_PHASE) or its start time."""
    phase = _perout_flag(data, "PTP_PEROUT_PHASE")
    _v, raw = _field(data, "ptp_perout_request_times", "phase" if phase else "start")
    return ("phase=%s" if phase else "start=%s") % clock_time(call, raw, not phase)


def on_time(call: Call, data: bytes) -> str:
    """The union's on time (PTP_PEROUT_DUTY_CYCLE)."""
    if not _perout_flag(data, "PTP_PEROUT_DUTY_CYCLE"):
        return ""
    _v, raw = _field(data, "ptp_perout_request_times", "on")
    return "on=" + clock_time(call, raw, False)


def on_or_rsv(call: Call, data: bytes) -> str:
    """The on time, else the reserved words when not all zero."""
    return on_time(call, data) or struct_text(call, data, "ptp_perout_rsv")[1:-1]


def _times(call: Call, data: bytes, view: str, per_sample: int, max_samples: int) -> str:
    from .structs import array_text
    n, _raw = _field(data, view, "n_samples")
    n = min(n, max_samples)
    spec = layout(view)[1]["ts"]
    tsize = size_of("ptp_clock_time")
    if per_sample == 1:
        count = 2 * n + 1
        return "ts=" + array_text(call, "call:ioctl_ptp.realtime_item", data,
                                  (spec[0], spec[1], 0, spec[1] // tsize), count)
    return "ts=" + array_text(call, "call:ioctl_ptp.realtime_triple", data,
                              (spec[0], spec[1], 0, spec[1] // (3 * tsize)), n)


def realtime_item(call: Call, data: bytes) -> str:
    return clock_time(call, data, True)


def realtime_triple(call: Call, data: bytes) -> str:
    tsize = size_of("ptp_clock_time")
    return "[" + ", ".join(clock_time(call, data[i * tsize:(i + 1) * tsize], True)
                           for i in range(3)) + "]"


def sys_offset_times(call: Call, data: bytes) -> str:
    """The 2 * n_samples + 1 times the kernel wrote (PTP_SYS_OFFSET)."""
    total = layout("ptp_sys_offset_times")[1]["ts"][1] // size_of("ptp_clock_time")
    return _times(call, data, "ptp_sys_offset_times", 1, (total - 1) // 2)


def extended_times(call: Call, data: bytes) -> str:
    """The n_samples triples of times the kernel wrote (PTP_SYS_OFFSET_EXTENDED)."""
    total = layout("ptp_sys_offset_extended_times")[1]["ts"][1] // (3 * size_of(
        "ptp_clock_time"))
    return _times(call, data, "ptp_sys_offset_extended_times", 3, total)
