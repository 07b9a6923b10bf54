"""Real-time clocks' ioctl requests (linux/rtc.h), as strace 6.1 prints them: the times,
alarms and PLL settings as structures, and the parameters (RTC_PARAM_GET/SET) whose value
prints as the parameter it is says."""
from __future__ import annotations

from .core import Call
from .fmt import hexaddr, ptr

ARGS = {
    "RTC_ALM_SET": "in:rtc_time", "RTC_SET_TIME": "in:rtc_time",
    "RTC_ALM_READ": "out:rtc_time", "RTC_RD_TIME": "out:rtc_time",
    "RTC_WKALM_SET": "in:rtc_wkalrm", "RTC_WKALM_RD": "out:rtc_wkalrm",
    "RTC_PLL_SET": "in:rtc_pll_info", "RTC_PLL_GET": "out:rtc_pll_info",
    "RTC_VL_READ": "at_out:I:flags:rtc_vl_flags:RTC_VL_???",
    "RTC_AIE_OFF": "none", "RTC_AIE_ON": "none", "RTC_PIE_OFF": "none", "RTC_PIE_ON": "none",
    "RTC_UIE_OFF": "none", "RTC_UIE_ON": "none", "RTC_VL_CLR": "none", "RTC_WIE_OFF": "none",
    "RTC_WIE_ON": "none", "RTC_EPOCH_SET": "udec", "RTC_IRQP_SET": "udec",
    "RTC_EPOCH_READ": "ulong_out", "RTC_IRQP_READ": "ulong_out",
    "RTC_PARAM_SET": "in:rtc_param_set", "RTC_PARAM_GET": "fn:ioctl_rtc.param_get",
}

# the parameter -> how its value prints
PARAM_VALUES = {
    "RTC_PARAM_FEATURES": ("uvalue", "flags:rtc_features:1<<RTC_FEATURE_???"),
    "RTC_PARAM_CORRECTION": ("svalue", "d"),
    "RTC_PARAM_BACKUP_SWITCH_MODE": ("uvalue", "xval:rtc_backup_switch_modes:RTC_BSM_???"),
}


def param_value(call: Call, data: bytes) -> str:
    """uvalue=..., or svalue=... as the parameter the structure names says."""
    from ..abi import xlat_lookup
    from .structs import layout, scalar
    specs = layout("rtc_param_which")[1]
    poff, psize, _s, _c = specs["param"]
    voff, vsize, _s, _c = specs["uvalue"]
    which = int.from_bytes(data[poff:poff + psize], "little")
    field, kind = PARAM_VALUES.get(xlat_lookup("rtc_params", which), ("uvalue", "x"))
    value = int.from_bytes(data[voff:voff + vsize], "little", signed=kind == "d")
    return "%s=%s" % (field, scalar(call, kind, value))


def param_get(call: Call, arg: int, entering: bool) -> str:
    """{param=..., index=...} on entry; => {uvalue=...} on exit, the address when the
    call failed."""
    from .structs import read_struct, struct_text
    if entering:
        data = read_struct(call, arg, "rtc_param_get")
        call.saved["in"] = data is not None
        return ptr(arg) if data is None else struct_text(call, data, "rtc_param_get")
    if not call.saved.get("in"):
        return ""
    data = None if call.failed else read_struct(call, arg, "rtc_param_value")
    return " => " + (hexaddr(arg) if data is None else
                     struct_text(call, data, "rtc_param_value"))
