"""Infrared remote controls' ioctl requests (linux/lirc.h), as strace 6.1 prints them:
the values they set or get through a pointer, modes and features by name."""
from __future__ import annotations

from .table_entries import same_kind

ARGS = {
    **same_kind("uint_in", "REC_TIMEOUT WIDEBAND_RECEIVER MEASURE_CARRIER_MODE "
                "REC_TIMEOUT_REPORTS SEND_DUTY_CYCLE SEND_CARRIER REC_CARRIER "
                "REC_CARRIER_RANGE", prefix="LIRC_SET_"),
    **same_kind("lirc_mode_in", "SEND_MODE REC_MODE", prefix="LIRC_SET_"),
    "LIRC_SET_TRANSMITTER_MASK": "hex_in", "LIRC_GET_FEATURES": "lirc_features_out",
    **same_kind("at_out:I:xval:lirc_modes:LIRC_MODE_???", "REC_MODE SEND_MODE",
                prefix="LIRC_GET_"),
    **same_kind("uint_out", "REC_RESOLUTION REC_TIMEOUT MIN_TIMEOUT MAX_TIMEOUT LENGTH",
                prefix="LIRC_GET_"),
}
