"""BPF instructions as strace prints them: classic filters (seccomp, socket filters)
as BPF_STMT/BPF_JUMP, and the instruction codes of extended BPF."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_value
from .array import array
from .core import Call
from .fmt import chex, named, ptr, styled, unknown, xlat_or

SOCK_FILTER = struct.Struct("<HBBI")
SOCK_FPROG = struct.Struct("<H6xQ")
CLASS, SIZE, MODE, OP, SRC, RVAL, MISCOP = 0x07, 0x18, 0xE0, 0xF0, 0x08, 0x18, 0xF8


def _either(v: int, first: str, second: str | None) -> str:
    """The name of v in the first table, else in the second, else the number."""
    name = xlat_lookup(first, v)
    if name is None and second is not None:
        name = xlat_lookup(second, v)
    return named(v, name, "BPF_???")


def _unknown_bits(i: int) -> str:
    return "|" + unknown(i, "BPF_???") if i else ""


def filter_code(code: int, extended: bool) -> str:
    """LD|W|ABS, JMP|K|JEQ, ...: the instruction class and what it is made of."""
    cls = code & CLASS
    rest = code & ~CLASS
    names = [xlat_or(cls, "ebpf_class" if extended else "bpf_class", "BPF_???")]
    cname = xlat_lookup("bpf_class", cls)
    ext = "e" if extended else ""
    if cname in ("BPF_ST", "BPF_STX") and not extended:
        return names[0] + _unknown_bits(rest)
    if cname in ("BPF_LD", "BPF_LDX", "BPF_ST", "BPF_STX"):
        names.append(_either(code & SIZE, "bpf_size", "ebpf_size" if extended else None))
        names.append(xlat_or(code & MODE, ext + "bpf_mode", "BPF_???"))
    elif cname == "BPF_MISC" and not extended:
        names.append(xlat_or(code & MISCOP, "bpf_miscop", "BPF_???"))
        return "|".join(names) + _unknown_bits(rest & ~(code & MISCOP))
    elif cname in ("BPF_ALU", "BPF_MISC"):
        names.append(xlat_or(code & SRC, "bpf_src", "BPF_???"))
        names.append(_either(code & OP, "bpf_op_alu", "ebpf_op_alu" if extended else None))
    elif cname == "BPF_JMP" or (extended and cls == xlat_value("ebpf_class", "BPF_JMP32")):
        names.append(xlat_or(code & SRC, "bpf_src", "BPF_???"))
        names.append(_either(code & OP, "bpf_op_jmp", "ebpf_op_jmp" if extended else None))
    elif cname == "BPF_RET":
        if not extended:
            names.append(xlat_or(code & RVAL, "bpf_rval", "BPF_???"))
            rest &= ~(code & RVAL)
        return "|".join(names) + _unknown_bits(rest)
    return "|".join(names)


def _instruction(print_k):
    def item(b: bytes) -> str:
        code, jt, jf, k = SOCK_FILTER.unpack(b)
        if jt or jf:
            return "BPF_JUMP(%s, %s, %s, %s)" % (filter_code(code, False), chex(k), chex(jt),
                                                 chex(jf))
        kt = print_k(code, k) if print_k else None
        return "BPF_STMT(%s, %s)" % (filter_code(code, False), kt if kt is not None else chex(k))
    return item


def format_fprog_filter(call: Call, addr: int, n: int, print_k=None) -> str:
    """The instructions of a classic filter (their address unless -v)."""
    if call.opts.is_abbrev(call.name):
        return ptr(addr)
    return array(call, addr, n, SOCK_FILTER.size, _instruction(print_k),
                 cap=xlat_value("bpf_limits", "BPF_MAXINSNS"))


def format_fprog(call: Call, addr: int, print_k=None) -> str:
    """struct sock_fprog: {len=N, filter=...}."""
    data = call.read(addr, SOCK_FPROG.size) if addr else None
    if data is None or len(data) < SOCK_FPROG.size:
        return ptr(addr)
    n, filt = SOCK_FPROG.unpack(data)
    return "{len=%d, filter=%s}" % (n, format_fprog_filter(call, filt, n, print_k))


def socket_filter_k(code: int, k: int) -> str | None:
    """The offset of a socket filter's absolute load: SKF_AD_OFF+SKF_AD_PROTOCOL,
    SKF_NET_OFF+8 (strace's print_sock_filter_k)."""
    if code & CLASS != xlat_value("bpf_class", "BPF_LD") \
            or code & MODE != xlat_value("bpf_mode", "BPF_ABS"):
        return None
    for name in ("SKF_AD_OFF", "SKF_NET_OFF", "SKF_LL_OFF"):
        base = xlat_value("skf_offsets", name) & 0xFFFFFFFF
        if k >= base:
            rest = k - base
            return styled(chex(base), name) + "+" + (
                xlat_or(rest, "skf_ad", "SKF_AD_???") if name == "SKF_AD_OFF" else str(rest))
    return None


def seccomp_k(code: int, k: int) -> str | None:
    """A seccomp filter's return value: the action named, its data in hex."""
    if code & CLASS != xlat_value("bpf_class", "BPF_RET"):
        return None
    action = k & xlat_value("seccomp_limits", "SECCOMP_RET_ACTION_FULL")
    data = k & ~action
    text = xlat_or(action, "seccomp_ret_action", "SECCOMP_RET_???")
    return text + ("|%#x" % data if data else "")
