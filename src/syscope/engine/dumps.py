"""-e read=FD / -e write=FD: copy the bytes a call moved while the tracee is stopped."""
from __future__ import annotations

import struct

from ..decode.core import Call
from .memory import MAX_READ

WRITES = {"write": "buf", "pwrite64": "buf", "sendto": "buf", "writev": "iov", "pwritev": "iov",
          "pwritev2": "iov", "vmsplice": "iov", "sendmsg": "msg", "sendmmsg": "mmsg",
          "mq_timedsend": "buf"}
READS = {"read": "buf", "pread64": "buf", "recvfrom": "buf", "readv": "iov", "preadv": "iov",
         "preadv2": "iov", "recvmsg": "msg", "recvmmsg": "mmsg",
         "mq_timedreceive": "buf"}
LIMIT = MAX_READ


def _iov_bytes(call: Call, addr: int, count: int, total: int) -> list | None:
    """The bytes of each buffer, as strace dumps them one by one (up to total bytes in
    all); None when the vector itself cannot be read whole."""
    raw = call.mem.read(addr, 16 * min(count, 1024)) or b""
    if len(raw) < 16 * min(count, 1024):
        return None
    out = []
    left = total
    for base, length in struct.iter_unpack("<QQ", raw):
        take = min(length, left)
        if take <= 0:
            break
        out.append(call.mem.read(base, take) or b"")
        left -= take
    return out


MMSGHDR_SIZE = 64          # struct mmsghdr: msghdr (56 bytes), msg_len, padding


def _mmsg_vectors(call: Call, addr: int, count: int) -> list:
    """(msg_iovlen, the bytes of each buffer up to msg_len) of the first count
    messages of an mmsghdr array, as far as it can be read."""
    raw = call.mem.read(addr, MMSGHDR_SIZE * min(count, 1024)) or b""
    out = []
    for off in range(0, len(raw) - MMSGHDR_SIZE + 1, MMSGHDR_SIZE):
        iov, iovlen = struct.unpack_from("<QQ", raw, off + 16)
        msg_len = struct.unpack_from("<I", raw, off + 56)[0]
        out.append((iovlen, _iov_bytes(call, iov, iovlen, min(msg_len, LIMIT)) or []))
    return out


def capture_dump(call: Call, read_fds: frozenset, write_fds: frozenset) -> None:
    fd = call.args[0] & 0xFFFFFFFF
    if fd >= 0x80000000:
        return
    kind = None
    if fd in write_fds and call.name in WRITES:
        kind, total = WRITES[call.name], None
    elif fd in read_fds and call.name in READS and not call.failed:
        kind, total = READS[call.name], call.rval
    if kind is None:
        return
    a = call.args
    if kind == "mmsg":
        if not call.failed:
            call.saved["dump"] = {"vectors": _mmsg_vectors(call, a[1], call.rval)}
        return
    if kind == "buf":
        n = min(a[2] if total is None else total, LIMIT)
        data = call.mem.read(a[1], n) or b""
    elif kind == "iov":
        n = LIMIT if total is None else min(total, LIMIT)
        data = _iov_bytes(call, a[1], a[2], n)
        if data is None:
            return
    else:
        hdr = call.mem.read(a[1], 56) or b""
        if len(hdr) < 56:
            return
        iov, iovlen = struct.unpack_from("<QQ", hdr, 16)
        n = LIMIT if total is None else min(total, LIMIT)
        data = _iov_bytes(call, iov, iovlen, n)
        if data is None:
            return
    call.saved["dump"] = data


def dump_text(dump) -> str:
    """The lines after a call: one hex dump, or one per buffer of a vector."""
    if isinstance(dump, (bytes, bytearray)):
        return "".join(ln + "\n" for ln in hexdump_lines(dump))
    if isinstance(dump, dict):            # sendmmsg/recvmmsg: one vector per message
        return "".join(" = %d buffers in vector %d\n" % (iovlen, i) + dump_text(chunks)
                       for i, (iovlen, chunks) in enumerate(dump["vectors"]))
    return "".join(" * %d bytes in buffer %d\n" % (len(chunk), i) +
                   "".join(ln + "\n" for ln in hexdump_lines(chunk))
                   for i, chunk in enumerate(dump))


def hexdump_lines(data: bytes) -> list[str]:
    """strace's ' | 00000  68 65 ...  hello |' lines."""
    width = 5 if len(data) <= 1 << 20 else len("%x" % (len(data) - 1))
    lines = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hexpart = ""
        for i in range(16):
            hexpart += ("%02x " % chunk[i]) if i < len(chunk) else "   "
            if i == 7:
                hexpart += " "
        text = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in chunk).ljust(16)
        lines.append(" | %0*x  %s %s |" % (width, off, hexpart, text))
    return lines
