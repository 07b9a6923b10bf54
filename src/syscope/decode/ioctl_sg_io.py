"""SG_IO (scsi/sg.h, linux/bsg.h), as strace 6.1 prints it: the request of a version 3
header ('S') or a version 4 one ('Q') on entry, the kernel's response on exit (also when
the call failed), the data buffers in hex or as their iovec arrays."""
from __future__ import annotations

from .core import Call
from .fmt import chex, flags, ptr, xlat_or
from .ioctl_values import Fields

ARGS = {"SG_IO": "fn:ioctl_sg_io.sg_io"}


def _buffer(call: Call, addr: int, size: int, iovec_count: int = 0) -> str:
    """strace's print_sg_io_buffer: the iovec array when there is a count, else hex."""
    from .ioctl_values import hex_buffer
    if iovec_count:
        from .desc import format_iov
        return format_iov(call, addr, iovec_count, size)
    return hex_buffer(call, addr, size)


def _offset(view: str, field: str) -> int:
    from .structs import layout
    return layout(view)[1][field][0]


def _read(call: Call, arg: int, view: str) -> Fields | None:
    from .structs import read_struct
    data = read_struct(call, arg, view)
    return None if data is None else Fields(data, view)


def sg_io(call: Call, arg: int, entering: bool) -> str:
    from .ioctl_values import read_value
    if entering:
        call.saved["sg_io"] = None
        iid = read_value(call, arg, "I")
        if iid is None:
            return ptr(arg)
        if iid == ord("S"):
            return _v3_request(call, arg)
        if iid == ord("Q"):
            return _v4_request(call, arg)
        return "[%d]" % iid
    saved = call.saved.get("sg_io")
    if saved is None:
        return ""
    got = _read(call, arg, saved[0])      # (printed whether the call failed or not)
    return (_v3_response if saved[0] == "sg_io_hdr" else _v4_response)(call, saved[1], got) + "}"


# -- version 3 ----------------------------------------------------------------------------

def _dxfer(name: str) -> int:
    from ..abi import xlat_value
    return xlat_value("sg_io_dxfer_direction", name)


def _direction(v: int) -> str:
    """The negative directions' names, their numbers as unsigned ints."""
    from ..abi import xlat_lookup
    from .fmt import named
    return named(v & 0xFFFFFFFF, xlat_lookup("sg_io_dxfer_direction", v), "SG_DXFER_???")


def _v3_request(call: Call, arg: int) -> str:
    h = _read(call, arg, "sg_io_hdr")
    if h is None:                   # the address of what follows the interface's id
        return "{interface_id='S', %s}" % ptr(arg + _offset("sg_io_hdr", "dxfer_direction"))
    out = ["interface_id='S'",
           "dxfer_direction=" + _direction(h.dxfer_direction),
           "cmd_len=%d" % h.cmd_len, "cmdp=" + _buffer(call, h.cmdp, h.cmd_len),
           "mx_sb_len=%d" % h.mx_sb_len, "iovec_count=%d" % h.iovec_count,
           "dxfer_len=%d" % h.dxfer_len, "timeout=%d" % h.timeout,
           "flags=" + flags(h.flags, "sg_io_flags", dflt="SG_FLAG_???")]
    if h.dxfer_direction in (_dxfer("SG_DXFER_TO_DEV"), _dxfer("SG_DXFER_TO_FROM_DEV")):
        out.append("dxferp=" + _buffer(call, h.dxferp, h.dxfer_len, h.iovec_count))
    call.saved["sg_io"] = ("sg_io_hdr", h)
    return "{" + ", ".join(out)


def _v3_response(call: Call, given: Fields, h: Fields | None) -> str:
    if h is None:
        out = ", dxferp=" + ptr(given.dxferp) if given.dxfer_direction == _dxfer(
            "SG_DXFER_FROM_DEV") else ""
        return out + ", sbp=" + ptr(given.sbp)
    if h.interface_id != ord("S"):
        return " => interface_id=%d" % (h.interface_id & 0xFFFFFFFF)
    out = ""
    if h.dxfer_direction in (_dxfer("SG_DXFER_FROM_DEV"), _dxfer("SG_DXFER_TO_FROM_DEV")):
        din_len = h.dxfer_len & 0xFFFFFFFF
        if 0 < h.resid <= din_len:
            din_len -= h.resid
        if h.dxfer_direction == _dxfer("SG_DXFER_FROM_DEV"):
            out += ", dxferp=" + _buffer(call, h.dxferp, din_len, h.iovec_count)
        elif din_len:
            out += " => dxferp=" + _buffer(call, h.dxferp, din_len, h.iovec_count)
    return out + (", status=%s, masked_status=%s, msg_status=%s, sb_len_wr=%d, sbp=%s, "
                  "host_status=%s, driver_status=%s, resid=%d, duration=%d, info=%s") % (
        chex(h.status), chex(h.masked_status), chex(h.msg_status), h.sb_len_wr,
        _buffer(call, h.sbp, h.sb_len_wr), chex(h.host_status), chex(h.driver_status),
        h.resid, h.duration, flags(h.info, "sg_io_info", dflt="SG_INFO_???"))


# -- version 4 ----------------------------------------------------------------------------

def _v4_request(call: Call, arg: int) -> str:
    h = _read(call, arg, "sg_io_v4")
    if h is None:
        return "{guard='Q', %s}" % ptr(arg + _offset("sg_io_v4", "protocol"))
    out = ["guard='Q'",
           "protocol=" + xlat_or(h.protocol, "bsg_protocol", "BSG_PROTOCOL_???"),
           "subprotocol=" + xlat_or(h.subprotocol, "bsg_subprotocol", "BSG_SUB_PROTOCOL_???"),
           "request_len=%d" % h.request_len,
           "request=" + _buffer(call, h.request, h.request_len),
           "request_tag=" + chex(h.request_tag), "request_attr=%d" % h.request_attr,
           "request_priority=%d" % h.request_priority, "request_extra=%d" % h.request_extra,
           "max_response_len=%d" % h.max_response_len,
           "dout_iovec_count=%d" % h.dout_iovec_count, "dout_xfer_len=%d" % h.dout_xfer_len,
           "din_iovec_count=%d" % h.din_iovec_count, "din_xfer_len=%d" % h.din_xfer_len,
           "dout_xferp=" + _buffer(call, h.dout_xferp, h.dout_xfer_len, h.dout_iovec_count),
           "timeout=%d" % h.timeout, "flags=" + flags(h.flags, "bsg_flags", dflt="BSG_FLAG_???"),
           "usr_ptr=" + chex(h.usr_ptr)]
    call.saved["sg_io"] = ("sg_io_v4", h)
    return "{" + ", ".join(out)


def _v4_response(call: Call, given: Fields, h: Fields | None) -> str:
    if h is None:
        return ", response=%s, din_xferp=%s" % (chex(given.response), chex(given.din_xferp))
    if h.guard != ord("Q"):
        return " => guard=%d" % (h.guard & 0xFFFFFFFF)
    din_len = h.din_xfer_len
    if 0 < h.din_resid <= din_len:
        din_len -= h.din_resid
    return (", response_len=%d, response=%s, din_xferp=%s, driver_status=%s, "
            "transport_status=%s, device_status=%s, retry_delay=%d, info=%s, duration=%d, "
            "response_len=%d, din_resid=%d, dout_resid=%d, generated_tag=%s") % (
        h.response_len, _buffer(call, h.response, h.response_len),
        _buffer(call, h.din_xferp, din_len, h.din_iovec_count), chex(h.driver_status),
        chex(h.transport_status), chex(h.device_status), h.retry_delay,
        flags(h.info, "sg_io_info", dflt="SG_INFO_???"), h.duration, h.response_len,
        h.din_resid, h.dout_resid, chex(h.generated_tag))
