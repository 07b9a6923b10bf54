"""Linux native AIO: io_setup, io_submit, io_getevents, io_pgetevents, io_cancel,
io_destroy and the control blocks they carry."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_value
from .array import array
from .core import Call, Decoder, format_return, special
from .desc import format_iov, iov_addresses
from .fmt import chex, flags, hexaddr, ptr, signed
from .sched import t_ioprio
from .signal import sigset_at
from .time import format_timespec64

IOCB = struct.Struct("<QIIHhIQQqQII")
IO_EVENT = struct.Struct("<QQqq")
SIGSET_ARG = struct.Struct("<QQ")
# how each command's buffer prints
COMMON, VECTOR, POLL = "common", "vector", "poll"
CMD_KINDS = {"IOCB_CMD_PREAD": COMMON, "IOCB_CMD_PWRITE": COMMON, "IOCB_CMD_POLL": POLL,
             "IOCB_CMD_PREADV": VECTOR, "IOCB_CMD_PWRITEV": VECTOR}


def _flag(name: str) -> int:
    return xlat_value("aio_iocb_flags", name)


def _header(call: Call, f: tuple) -> str:
    data, key, rw_flags, opcode, reqprio, fildes = f[:6]
    text = "aio_data=%s" % chex(data)
    if key:
        text += ", aio_key=%d" % key
    if rw_flags:
        text += ", aio_rw_flags=%s" % flags(rw_flags, "rwf_flags", dflt="RWF_???")
    name = xlat_lookup("aio_cmds", opcode)
    text += ", aio_lio_opcode=%s" % (name if name is not None else
                                     "%d /* IOCB_CMD_??? */" % opcode)
    if f[10] & _flag("IOCB_FLAG_IOPRIO"):
        text += ", aio_reqprio=%s" % t_ioprio(call, reqprio & 0xFFFF, "")
    elif reqprio:
        text += ", aio_reqprio=%d" % reqprio
    return text + ", aio_fildes=%s" % call.fd(fildes)


def _common_flags(call: Call, f: tuple) -> str:
    aio_flags, resfd = f[10], f[11]
    text = ""
    if aio_flags:
        text += ", aio_flags=%s" % flags(aio_flags, "aio_iocb_flags", dflt="IOCB_FLAG_???")
    if aio_flags & _flag("IOCB_FLAG_RESFD"):
        text += ", aio_resfd=%s" % call.fd(resfd)
    elif resfd:
        text += ", aio_resfd=%s" % chex(resfd)
    return text


def _valid(nbytes: int) -> bool:
    return not nbytes >> 63


def format_iocb(call: Call, f: tuple) -> str:
    text = _header(call, f)
    opname = xlat_lookup("aio_cmds", f[3])
    kind = CMD_KINDS.get(opname)
    buf, nbytes, offset = f[6], f[7], f[8]
    if kind == COMMON:
        if opname == "IOCB_CMD_PWRITE" and _valid(nbytes):
            text += ", aio_buf=%s" % call.buf(buf, nbytes)
        else:
            text += ", aio_buf=%s" % chex(buf)
        text += ", aio_nbytes=%d, aio_offset=%d" % (nbytes, offset)
        text += _common_flags(call, f)
    elif kind == VECTOR:
        if _valid(nbytes):
            text += ", aio_buf=%s" % (format_iov(call, buf, nbytes, None)
                                      if opname == "IOCB_CMD_PWRITEV"
                                      else iov_addresses(call, buf, nbytes))
        else:
            text += ", aio_buf=%s, aio_nbytes=%d" % (chex(buf), nbytes)
        text += ", aio_offset=%d" % offset + _common_flags(call, f)
    elif kind == POLL:
        text += ", aio_buf=%s" % flags(buf, "poll_events", dflt="POLL???")
        text += _common_flags(call, f)
    return "{%s}" % text


def _read(call: Call, addr: int, layout: struct.Struct) -> tuple | None:
    data = call.read(addr, layout.size) if addr else None
    if data is None or len(data) < layout.size:
        return None
    return layout.unpack(data)


def _iocbp(call: Call):
    def item(b: bytes) -> str:
        addr = struct.unpack("<Q", b)[0]
        f = _read(call, addr, IOCB)
        return ptr(addr) if f is None else format_iocb(call, f)
    return item


def format_io_event(f: tuple) -> str:
    return "{data=%s, obj=%s, res=%d, res2=%d}" % (chex(f[0]), chex(f[1]), f[2], f[3])


@special("io_setup")
class IoSetup(Decoder):
    def entry(self, call: Call) -> str:
        return "%d, " % (call.args[0] & 0xFFFFFFFF)

    def exit(self, call: Call) -> str:
        addr = call.args[1]
        data = None if call.failed or not addr else call.read(addr, 8)
        if data is None or len(data) < 8:
            return ptr(addr)
        return "[%s]" % hexaddr(struct.unpack("<Q", data)[0])


@special("io_destroy")
class IoDestroy(Decoder):
    def entry(self, call: Call) -> str:
        return ptr(call.args[0])


@special("io_submit")
class IoSubmit(Decoder):
    def entry(self, call: Call) -> str:
        ctx, nr, addr = call.args[:3]
        nr = signed(nr)
        iocbs = ptr(addr) if nr < 0 else array(call, addr, nr, 8, _iocbp(call))
        return "%s, %d, %s" % (ptr(ctx), nr, iocbs)


@special("io_cancel")
class IoCancel(Decoder):
    def entry(self, call: Call) -> str:
        f = _read(call, call.args[1], IOCB)
        cb = ptr(call.args[1]) if f is None else "{%s}" % _header(call, f)
        return "%s, %s, " % (ptr(call.args[0]), cb)

    def exit(self, call: Call) -> str:
        addr = call.args[2]
        f = None if call.failed else _read(call, addr, IO_EVENT)
        return ptr(addr) if f is None else format_io_event(f)


@special("io_getevents", "io_pgetevents")
class IoGetevents(Decoder):
    """The events at exit; the timeout and the signal mask, which the kernel reads at
    entry, printed alike whether the call failed or not."""

    def entry(self, call: Call) -> str:
        return "%s, %d, %d, " % (ptr(call.args[0]), signed(call.args[1]), signed(call.args[2]))

    def exit(self, call: Call) -> str:
        if call.failed:
            events = ptr(call.args[3])
        else:
            events = array(call, call.args[3], call.rval, IO_EVENT.size,
                           lambda b: format_io_event(IO_EVENT.unpack(b)))
        text = "%s, %s" % (events, format_timespec64(call, call.args[4]))
        if self.name == "io_pgetevents":
            text += ", " + self._sigset(call, call.args[5])
        return text

    @staticmethod
    def _sigset(call: Call, addr: int) -> str:
        f = _read(call, addr, SIGSET_ARG)
        if f is None:
            return ptr(addr)
        return "{sigmask=%s, sigsetsize=%d}" % (sigset_at(call, f[0], f[1]), f[1])
