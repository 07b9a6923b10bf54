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
# strace dumps all the bytes a call moved, 64 KiB at a time; syscope keeps at most this
# much of one buffer (then the first LIMIT bytes)
LIMIT = 64 * MAX_READ
CHUNK = 1 << 16


class Partial(bytes):
    """The bytes of a buffer up to a 64 KiB piece that could not be read whole, that
    piece (size, pid, address) and the buffer's whole length: strace dumps what it read
    (its offsets as wide as the whole length needs), then '<Cannot fetch N bytes from
    pid P @ADDR>'."""
    missing: tuple = ()
    declared = 0


def read_all(call: Call, addr: int, n: int) -> bytes:
    """n bytes at addr read as strace's dumpstr reads them: in pieces of 64 KiB, each
    whole or not at all; a Partial where one fails after others were read."""
    parts, done = [], 0
    while done < n:
        want = min(n - done, CHUNK)
        chunk = call.mem.read(addr + done, want) or b""
        if len(chunk) < want:
            if not done:
                return b""
            out = Partial(b"".join(parts))
            out.missing, out.declared = (want, call.pid, addr + done), n
            return out
        parts.append(chunk)
        done += want
    return b"".join(parts)


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
        out.append(read_all(call, base, take))
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
        data = read_all(call, a[1], n)
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
        text = "".join(ln + "\n" for ln in hexdump_lines(dump, getattr(dump, "declared", 0)))
        missing = getattr(dump, "missing", ())
        if missing:
            text += " | <Cannot fetch %d byte%s from pid %d @%#x>\n" % (
                missing[0], "" if missing[0] == 1 else "s", missing[1], missing[2])
        return text
    if isinstance(dump, dict):            # sendmmsg/recvmmsg: one vector per message
        return "".join(" = %d buffers in vector %d\n" % (iovlen, i) + dump_text(chunks)
                       for i, (iovlen, chunks) in enumerate(dump["vectors"]))
    return "".join(" * %d bytes in buffer %d\n" % (getattr(chunk, "declared", 0) or len(chunk), i)
                   + dump_text(chunk)
                   for i, chunk in enumerate(dump))


def hexdump_lines(data: bytes, length: int = 0) -> list[str]:
    """strace's ' | 00000  68 65 ...  hello |' lines; the offsets as wide as a buffer of
    length (of data's own length by default) needs."""
    length = length or len(data)
    width = 5 if length <= 1 << 20 else len("%x" % (length - 1))
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
