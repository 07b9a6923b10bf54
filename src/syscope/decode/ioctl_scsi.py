"""SCSI generic devices' ioctl requests (scsi/sg.h) other than SG_IO, as strace 6.1
prints them: ints through pointers, the device's id, the reset's kind."""
from __future__ import annotations

from .core import Call
from .fmt import ptr
from .table_entries import same_kind

ARGS = {
    **same_kind("int_in", "NEXT_CMD_LEN SET_COMMAND_Q SET_DEBUG SET_FORCE_LOW_DMA "
                "SET_FORCE_PACK_ID SET_KEEP_ORPHAN SET_RESERVED_SIZE SET_TIMEOUT",
                prefix="SG_"),
    **same_kind("int_out", "EMULATED_HOST GET_ACCESS_COUNT GET_COMMAND_Q GET_KEEP_ORPHAN "
                "GET_LOW_DMA GET_NUM_WAITING GET_PACK_ID GET_RESERVED_SIZE "
                "GET_SG_TABLESIZE GET_TRANSFORM GET_VERSION_NUM", prefix="SG_"),
    "SG_SET_TRANSFORM": "fn:ioctl_scsi.transform", "SG_GET_TIMEOUT": "none",
    "SG_GET_SCSI_ID": "out:sg_scsi_id", "SG_GET_REQUEST_TABLE": "ptr",
    "SG_SCSI_RESET": "fn:ioctl_scsi.reset",
}


def reset(call: Call, arg: int, entering: bool) -> str:
    """SG_SCSI_RESET: [SG_SCSI_RESET_NO_ESCALATE|SG_SCSI_RESET_BUS]."""
    from ..abi import xlat_value
    from .fmt import xlat_or
    from .ioctl_values import read_value
    if not entering:
        return ""
    v = read_value(call, arg, "I")
    if v is None:
        return ptr(arg)
    # (defined by the kernel's scsi/sg.h, not by every libc's)
    no_escalate = xlat_value("sg_scsi_reset", "SG_SCSI_RESET_NO_ESCALATE") or 0
    text = xlat_or(v & ~no_escalate, "sg_scsi_reset", "SG_SCSI_RESET_???")
    if v & no_escalate:
        text = xlat_or(no_escalate, "sg_scsi_reset", None) + "|" + text
    return "[%s]" % text


def transform(call: Call, arg: int, entering: bool) -> str:
    from .fmt import chex
    return chex(arg & 0xFFFFFFFF) if entering else ""
