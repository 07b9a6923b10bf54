"""Values the ioctl families read through a request's pointer: one number, or a buffer
of a fixed size in hex."""
from __future__ import annotations

import struct

from .core import Call
from .fmt import hexaddr


def hex_buffer(call: Call, addr: int, size: int) -> str:
    """A buffer of a fixed size, in hex, cut at -s; its address unless one byte more
    than is shown can be read (strace's printstr_ex reads that byte to know it is cut)."""
    from .fmt import quote
    if not addr:
        return "NULL"
    limit = call.opts.max_strlen
    want = min(size, limit + 1)
    data = call.read(addr, want)
    if data is None or len(data) < want:
        return hexaddr(addr)
    return quote(data[:limit], call.opts.xflag, force_hex=True) + ("..." if size > limit else "")


def read_value(call: Call, addr: int, code: str) -> int | None:
    """One value of struct code CODE through the pointer; None when unreadable."""
    size = struct.calcsize("<" + code)
    data = call.read(addr, size) if addr else None
    if data is None or len(data) < size:
        return None
    return struct.unpack("<" + code, data)[0]


def read_cstring(call: Call, addr: int, size: int) -> tuple[bytes, bool] | None:
    """strace's umovestr of size bytes: the string before its NUL (and True), or all size
    bytes when none is NUL (and False); None when the memory ends before either."""
    r = call.mem.read_str(addr, size - 1)       # reads size bytes unless a NUL comes first
    if r is None:
        return None
    if r[1]:
        return r
    data = call.read(addr, size)
    return None if data is None or len(data) < size else (data, False)


class Fields:
    """A structure's fields by name, from its bytes and its generated layout."""

    def __init__(self, data: bytes, view: str):
        from .structs import layout
        self.data, self.specs = data, layout(view)[1]

    def __getattr__(self, name: str) -> int:
        off, size, signed, _c = self.specs[name]
        return int.from_bytes(self.data[off:off + size], "little", signed=bool(signed))

    def raw(self, name: str) -> bytes:
        off, size, _s, _c = self.specs[name]
        return self.data[off:off + size]

    def array(self, name: str) -> list[int]:
        """The elements of an array field (all unsigned)."""
        off, size, _s, count = self.specs[name]
        step = size // count
        return [int.from_bytes(self.data[off + i * step:off + (i + 1) * step], "little")
                for i in range(count)]
