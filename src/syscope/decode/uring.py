"""io_uring: setting a ring up, entering it, registering resources with it."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_value
from .array import array
from .core import Call, Decoder, format_return, special
from .desc import iov_addresses
from .fmt import chex, flags, hexaddr, named, ptr, xlat_or
from .mount import extra_bytes

PARAMS = struct.Struct("<IIIIIII3I" + "7IIQ" + "7IIQ")
SQ_OFF_FIELDS = ("head", "tail", "ring_mask", "ring_entries", "flags", "dropped", "array")
CQ_OFF_FIELDS = ("head", "tail", "ring_mask", "ring_entries", "overflow", "cqes", "flags")


def _reserved(values, name: str = "resv") -> str:
    """A reserved array, printed only when not all zero."""
    if not any(values):
        return ""
    return ", %s=[%s]" % (name, ", ".join(chex(v) for v in values))


def _resv_field(name: str, v: int) -> str:
    return ", %s=%s" % (name, chex(v)) if v else ""


def _offsets(fields: tuple, values: tuple) -> str:
    text = ", ".join("%s=%d" % fv for fv in zip(fields, values[:7]))
    return "{%s%s%s}" % (text, _resv_field("resv1", values[7]), _resv_field("resv2", values[8]))


def _op(v: int) -> str:
    return named(v, xlat_lookup("uring_ops", v), "IORING_OP_???", radix="d")


@special("io_uring_setup")
class IoUringSetup(Decoder):
    """io_uring_setup(entries, params): what the caller asks at entry, what the kernel
    answers (entries, features, ring offsets) at exit, in one structure."""

    def entry(self, call: Call) -> str:
        entries, addr = call.args[0] & 0xFFFFFFFF, call.args[1]
        data = call.read(addr, PARAMS.size) if addr else None
        if data is None or len(data) < PARAMS.size:
            call.saved["uring_params"] = False
            return "%d, %s" % (entries, ptr(addr))
        f = PARAMS.unpack(data)
        text = "%d, {flags=%s, sq_thread_cpu=%s, sq_thread_idle=%d" % (
            entries, flags(f[2], "uring_setup_flags", dflt="IORING_SETUP_???"), chex(f[3]),
            f[4])
        if f[2] & xlat_value("uring_setup_flags", "IORING_SETUP_ATTACH_WQ"):
            text += ", wq_fd=%s" % call.fd(f[6])
        call.saved["uring_params"] = True
        return text + _reserved(f[7:10])

    def exit(self, call: Call) -> str:
        if not call.saved.get("uring_params"):
            return ""
        data = None if call.failed else call.read(call.args[1], PARAMS.size)
        if data is None or len(data) < PARAMS.size:
            return "}"
        f = PARAMS.unpack(data)
        return ", sq_entries=%d, cq_entries=%d, features=%s, sq_off=%s, cq_off=%s}" % (
            f[0], f[1], flags(f[5], "uring_setup_features", dflt="IORING_FEAT_???"),
            _offsets(SQ_OFF_FIELDS, f[10:19]), _offsets(CQ_OFF_FIELDS, f[19:28]))

    def ret(self, call: Call) -> str:
        return format_return(call, "fd")


def _fd_item(call: Call):
    return lambda b: call.fd(struct.unpack("<i", b)[0])


def _update_fd_item(call: Call):
    def item(b: bytes) -> str:
        fd = struct.unpack("<i", b)[0]
        if fd < -1:
            return named(fd, xlat_lookup("uring_files_update_fds", fd), radix="d")
        return call.fd(fd)
    return item


def _read(call: Call, addr: int, layout: struct.Struct) -> tuple | None:
    data = call.read(addr, layout.size) if addr else None
    if data is None or len(data) < layout.size:
        return None
    return layout.unpack(data)


FILES_UPDATE = struct.Struct("<IIQ")
PROBE = struct.Struct("<BBH3I")       # last_op, ops_len, resv, resv2[3]
PROBE_OP = struct.Struct("<BBHI")
RESTRICTION = struct.Struct("<HBB12s")
RSRC_REGISTER = struct.Struct("<IIQQQ")     # nr, flags, resv2, data, tags
RSRC_UPDATE2 = struct.Struct("<IIQQII")     # offset, resv, data, tags, nr, resv2
RSRC_UPDATE = struct.Struct("<IIQ")         # offset, resv, data
BUF_REG = struct.Struct("<QIHH3Q")
PROBE_OPS_MAX = 256


def _files_update(call: Call, addr: int, n: int) -> str:
    f = _read(call, addr, FILES_UPDATE)
    if f is None:
        return ptr(addr)
    return "{offset=%d%s, fds=%s}" % (f[0], _resv_field("resv", f[1]),
                                       array(call, f[2], n, 4, _update_fd_item(call)))


def _probe_op(b: bytes) -> str:
    op, resv, fl, resv2 = PROBE_OP.unpack(b)
    return "{op=%s%s, flags=%s%s}" % (_op(op), _resv_field("resv", resv),
                                      flags(fl, "uring_op_flags", dflt="IO_URING_OP_???"),
                                      _resv_field("resv2", resv2))


def _restriction(b: bytes) -> str:
    opcode, arg, resv, resv2 = RESTRICTION.unpack(b)
    text = "{opcode=%s" % xlat_or(opcode, "uring_restriction_opcodes", "IORING_RESTRICTION_???")
    name = xlat_lookup("uring_restriction_opcodes", opcode)
    if name == "IORING_RESTRICTION_REGISTER_OP":
        text += ", register_op=%s" % xlat_or(arg, "uring_register_opcodes", "IORING_REGISTER_???")
    elif name == "IORING_RESTRICTION_SQE_OP":
        text += ", sqe_op=%s" % xlat_or(arg, "uring_ops", "IORING_OP_???")
    elif name in ("IORING_RESTRICTION_SQE_FLAGS_ALLOWED", "IORING_RESTRICTION_SQE_FLAGS_REQUIRED"):
        text += ", sqe_flags=%s" % flags(arg, "uring_sqe_flags", dflt="IOSQE_???")
    else:
        text += " /* op: %s */" % chex(arg)
    return text + _resv_field("resv", resv) + _reserved(struct.unpack("<3I", resv2), "resv2") + "}"


def _rsrc_data(call: Call, opname: str, data: int, nr: int) -> str:
    if opname == "IORING_REGISTER_FILES2":
        return ", data=" + array(call, data, nr, 4, _fd_item(call))
    if opname == "IORING_REGISTER_FILES_UPDATE2":
        return ", data=" + array(call, data, nr, 4, _update_fd_item(call))
    if opname in ("IORING_REGISTER_BUFFERS2", "IORING_REGISTER_BUFFERS_UPDATE"):
        return ", data=" + iov_addresses(call, data, nr)
    return ""


def _tags(call: Call, tags: int, nr: int) -> str:
    return ", tags=" + array(call, tags, nr, 8, lambda b: chex(struct.unpack("<Q", b)[0]))


RSRC_SIZE = 32


def _rsrc_register(call: Call, addr: int, size: int, opname: str) -> str:
    if size < RSRC_SIZE:
        return hexaddr(addr) if addr else "NULL"
    f = _read(call, addr, RSRC_REGISTER)
    if f is None:
        return ptr(addr)
    nr, fl, resv2, data, tags = f
    return "{nr=%d, flags=%s%s%s%s%s}" % (
        nr, flags(fl, "uring_register_rsrc_flags", dflt="IORING_RSRC_REGISTER_???"),
        _resv_field("resv2", resv2), _rsrc_data(call, opname, data, nr), _tags(call, tags, nr),
        extra_bytes(call, addr, RSRC_SIZE, min(size, 4096)))


def _rsrc_update(call: Call, addr: int, size: int, opname: str) -> str:
    if size < RSRC_SIZE:
        return hexaddr(addr) if addr else "NULL"
    f = _read(call, addr, RSRC_UPDATE2)
    if f is None:
        return ptr(addr)
    offset, resv, data, tags, nr, resv2 = f
    return "{offset=%d%s%s%s, nr=%d%s%s}" % (
        offset, _resv_field("resv", resv), _rsrc_data(call, opname, data, nr),
        _tags(call, tags, nr), nr, _resv_field("resv2", resv2),
        extra_bytes(call, addr, RSRC_SIZE, min(size, 4096)))


def _ringfd_register(call: Call):
    def item(b: bytes) -> str:
        offset, resv, data = RSRC_UPDATE.unpack(b)
        return "{offset=%s%s, data=%s}" % ("-1" if offset == 0xFFFFFFFF else str(offset),
                                           _resv_field("resv", resv), call.fd(data & 0xFFFFFFFF))
    return item


def _ringfd_unregister(b: bytes) -> str:
    offset, resv, data = RSRC_UPDATE.unpack(b)
    return "{offset=%d%s%s}" % (offset, _resv_field("resv", resv), _resv_field("data", data))


def _buf_reg(call: Call, addr: int) -> str:
    f = _read(call, addr, BUF_REG)
    if f is None:
        return ptr(addr)
    return "{ring_addr=%s, ring_entries=%d, bgid=%d%s%s}" % (
        ptr(f[0]), f[1], f[2], _resv_field("pad", f[3]), _reserved(f[4:7]))


CPUSET_SIZE = 128     # what strace finds the kernel's CPU set size to be, at most


def affinity_list(call: Call, addr: int, length: int) -> str:
    """A CPU mask of length bytes: [0 2 5], '...' past what the kernel looks at."""
    if not addr or not call.opts.is_verbose(call.name) or (call.exited and call.failed):
        return ptr(addr)
    if not length:
        return "[]"
    n = min(length, CPUSET_SIZE)
    data = call.read(addr, n)
    if data is None or len(data) < n:
        return ptr(addr)
    bits = int.from_bytes(data, "little")
    cpus = [str(i) for i in range(n * 8) if bits >> i & 1]
    if (n + 7) // 8 * 8 < length:
        cpus.append("...")
    return "[%s]" % " ".join(cpus)


def _iowq_acct(call: Call, addr: int, n: int) -> str:
    """[[IO_WQ_BOUND]=1, [IO_WQ_UNBOUND]=2]: the counts by their index."""
    pos = [0]

    def item(b: bytes) -> str:
        i = pos[0]
        pos[0] += 1
        index = named(i, xlat_lookup("uring_iowq_acct", i), "IO_WQ_???", radix="d")
        return "[%s]=%d" % (index, struct.unpack("<I", b)[0])
    return array(call, addr, n, 4, item)


@special("io_uring_register")
class IoUringRegister(Decoder):
    """io_uring_register(fd, opcode, arg, nr_args): arg as the opcode says; the probe and
    the worker limits are read back at exit."""

    def _opname(self, call: Call) -> str | None:
        return xlat_lookup("uring_register_opcodes", call.args[1] & 0xFFFFFFFF)

    def entry(self, call: Call) -> str:
        fd, opcode, arg, n = call.args[:4]
        n &= 0xFFFFFFFF
        head = "%s, %s, " % (call.fd(fd), xlat_or(opcode & 0xFFFFFFFF, "uring_register_opcodes",
                                                   "IORING_REGISTER_???"))
        name = self._opname(call)
        if name == "IORING_REGISTER_PROBE":
            text, later = self._probe(call, entering=True)
            if later:       # the kernel's answer follows at exit
                call.saved["probe"] = "shown" if text else "zero"
            return head + text + ("" if later else ", %d" % n)
        if name == "IORING_REGISTER_IOWQ_MAX_WORKERS":
            text = _iowq_acct(call, arg, n)
            later = n > 0 and text.startswith("[") and "... /*" not in text
            call.saved["later"] = later
            return head + text + (" => " if later else ", %d" % n)
        return head + self._arg(call, name, arg, n) + ", %d" % n

    def _arg(self, call: Call, name: str | None, arg: int, n: int) -> str:
        if name == "IORING_REGISTER_BUFFERS":
            return iov_addresses(call, arg, n)
        if name in ("IORING_REGISTER_FILES", "IORING_REGISTER_EVENTFD",
                    "IORING_REGISTER_EVENTFD_ASYNC"):
            return array(call, arg, n, 4, _fd_item(call))
        if name == "IORING_REGISTER_FILES_UPDATE":
            return _files_update(call, arg, n)
        if name == "IORING_REGISTER_RESTRICTIONS":
            return array(call, arg, n, RESTRICTION.size, _restriction)
        if name in ("IORING_REGISTER_FILES2", "IORING_REGISTER_BUFFERS2"):
            return _rsrc_register(call, arg, n, name)
        if name in ("IORING_REGISTER_FILES_UPDATE2", "IORING_REGISTER_BUFFERS_UPDATE"):
            return _rsrc_update(call, arg, n, name)
        if name == "IORING_REGISTER_IOWQ_AFF":
            return affinity_list(call, arg, n)
        if name == "IORING_REGISTER_RING_FDS":
            return array(call, arg, n, RSRC_UPDATE.size, _ringfd_register(call))
        if name == "IORING_UNREGISTER_RING_FDS":
            return array(call, arg, n, RSRC_UPDATE.size, _ringfd_unregister)
        if name in ("IORING_REGISTER_PBUF_RING", "IORING_UNREGISTER_PBUF_RING"):
            return _buf_reg(call, arg)
        return ptr(arg)

    def _probe(self, call: Call, entering: bool) -> tuple[str, bool]:
        """The probe structure and whether the exit prints more; ('', True) when the
        entry's structure is all zeroes (printed at exit only)."""
        arg, n = call.args[2], call.args[3] & 0xFFFFFFFF
        if n > PROBE_OPS_MAX:
            return ptr(arg), False
        size = PROBE.size + PROBE_OP.size * n
        data = call.read(arg, size) if arg else None
        if data is None or len(data) < size:
            return ptr(arg), False
        if entering and not data.strip(b"\0"):
            return "", True
        last_op, ops_len, resv, *resv2 = struct.unpack_from("<BBH3I", data)
        count = n if entering else min(ops_len, n)
        ops = [_probe_op(data[PROBE.size + i * PROBE_OP.size:PROBE.size + (i + 1) * PROBE_OP.size])
               for i in range(count)]
        limit = call.opts.max_strlen if call.opts.is_abbrev(call.name) else None
        if limit is not None and len(ops) > limit:
            ops = ops[:limit] + ["..."]
        elif not entering and n < ops_len:
            ops.append("...")
        return "{last_op=%s, ops_len=%d%s%s, ops=[%s]}" % (
            _op(last_op), ops_len, _resv_field("resv", resv), _reserved(resv2, "resv2"),
            ", ".join(ops)), True

    def exit(self, call: Call) -> str:
        name = self._opname(call)
        n = call.args[3] & 0xFFFFFFFF
        if name == "IORING_REGISTER_PROBE" and "probe" in call.saved:
            shown = call.saved["probe"] == "shown"
            if call.failed:
                return ("" if shown else ptr(call.args[2])) + ", %d" % n
            text, _ = self._probe(call, entering=False)
            return (" => " if shown else "") + text + ", %d" % n
        if name == "IORING_REGISTER_IOWQ_MAX_WORKERS" and call.saved.get("later"):
            if call.failed:
                return ptr(call.args[2]) + ", %d" % n
            return _iowq_acct(call, call.args[2], n) + ", %d" % n
        return ""
