"""NUMA memory policies: modes, node masks, page migration."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .array import array
from .core import Call, type_formatter
from .fmt import chex, errno, flags, hexaddr, ptr, styled_by, xlat_or

LONG_BITS = 64


def format_nodemask(call: Call, addr: int, maxnode: int) -> str:
    """The longs of a node mask of maxnode bits, each in 16 hex digits."""
    if not addr:
        return "NULL"
    n = (maxnode - 1 + LONG_BITS - 1) // LONG_BITS if maxnode else 0
    if not n:
        return hexaddr(addr) if maxnode else "[]"
    return array(call, addr, n, 8, lambda b: _long_hex(struct.unpack("<Q", b)[0]))


def _long_hex(v: int) -> str:
    """C's %#018lx... as strace writes a mask word: 16 characters, 0x only when not 0."""
    return "%#018x" % v if v else "0" * 16


@type_formatter("nodemask")
def t_nodemask(call: Call, v: int, p: str) -> str:
    """A node mask the kernel reads; p: the argument with its size in bits."""
    return format_nodemask(call, v, call.args[int(p)])


@type_formatter("nodemask_out")
def t_nodemask_out(call: Call, v: int, p: str) -> str:
    if call.failed:
        return ptr(v)
    return format_nodemask(call, v, call.args[int(p)])


MPOL_MODE_FLAGS = 0xE000


@type_formatter("mpol_mode")
def t_mpol_mode(call: Call, v: int, p: str) -> str:
    """p: 64 where the mode is an unsigned long (mbind)."""
    return mpol_mode(v if p == "64" else v & 0xFFFFFFFF)


def mpol_mode(v: int) -> str:
    """MPOL_BIND|MPOL_F_STATIC_NODES; an unknown mode leaves every bit to the flags."""
    mode = v & ~MPOL_MODE_FLAGS
    if not v & MPOL_MODE_FLAGS:
        return xlat_or(mode, "mpol_modes", "MPOL_???")
    name = xlat_lookup("mpol_modes", mode)
    if name is None:
        return flags(v, "mpol_mode_flags", dflt="MPOL_???")
    return styled_by(chex(v), lambda: name + "|" + flags(v & MPOL_MODE_FLAGS, "mpol_mode_flags"))


@type_formatter("mpol_mode_out")
def t_mpol_mode_out(call: Call, v: int, p: str) -> str:
    """get_mempolicy's policy: [MPOL_BIND]."""
    if call.failed:
        return ptr(v)
    data = call.read(v, 4) if v else None
    if data is None or len(data) < 4:
        return ptr(v)
    return "[%s]" % mpol_mode(struct.unpack("<I", data)[0])


def _pointer(b: bytes) -> str:
    return hexaddr(struct.unpack("<Q", b)[0])


def _int(b: bytes) -> str:
    return str(struct.unpack("<i", b)[0])


def _status(b: bytes) -> str:
    v = struct.unpack("<i", b)[0]
    return errno(v, negated=True) if v < 0 else str(v)


@type_formatter("page_list")
def t_page_list(call: Call, v: int, p: str) -> str:
    """move_pages' pages (p: the argument with their count)."""
    return array(call, v, call.args[int(p)], 8, _pointer)


@type_formatter("node_list")
def t_node_list(call: Call, v: int, p: str) -> str:
    return array(call, v, call.args[int(p)], 4, _int)


@type_formatter("page_status")
def t_page_status(call: Call, v: int, p: str) -> str:
    """move_pages' status: node numbers or -ERRNO, filled in by the kernel; a failed
    call's the address, unless it is NULL or the list empty (strace's print_array)."""
    if call.failed and v and call.args[int(p)]:
        return hexaddr(v)
    return array(call, v, call.args[int(p)], 4, _status)


PAGE_SIZE = 4096


@type_formatter("mincore_vec")
def t_mincore_vec(call: Call, v: int, p: str) -> str:
    """mincore's vector: a byte per page of the length in argument p, 1 if resident."""
    if call.failed:
        return ptr(v)
    pages = (call.args[int(p)] + PAGE_SIZE - 1) // PAGE_SIZE
    return array(call, v, pages, 1, lambda b: str(b[0] & 1))
