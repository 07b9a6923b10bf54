"""Argument types that every family uses: numbers, descriptors, paths, strings,
buffers, flag sets and enumerations."""
from __future__ import annotations

from ..abi import xlat_lookup
import struct

from .core import Call, output_struct, output_struct_type, struct_printer, type_formatter
from .fmt import (UMODE_MASK, chex, flags, hexaddr, mode_numeric, named, ptr, quote, signed,
                  styled, styled_by, xlat, xlat_or, xlat_style)

AT_FDCWD = -100


@type_formatter("d")
def t_int(call: Call, v: int, p: str) -> str:
    return str(signed(v, 32))


@type_formatter("pid")
def t_pid(call: Call, v: int, p: str) -> str:
    """A process id (pid:tid, pid:tgid, pid:pgid, pid:sid; pid:tgid_pgid for a process
    or minus a group): a number, with --decode-pids' additions."""
    if p == "tgid_pgid":
        return call.pid_or_group(v)
    return call.pidv(v, p)


@type_formatter("pid_who")
def t_pid_who(call: Call, v: int, p: str) -> str:
    """getpriority's and ioprio_get's who: a process or a group as the first argument
    (named from table p, *_PROCESS or *_PGRP) says, else a number."""
    name = xlat_lookup(p, call.args[0] & 0xFFFFFFFF) or ""
    kind = {"PROCESS": "tgid", "PGRP": "pgid"}.get(name.rsplit("_", 1)[-1])
    return call.pidv(v, kind) if kind else str(signed(v, 32))


@type_formatter("u")
def t_uint(call: Call, v: int, p: str) -> str:
    return str(v & 0xFFFFFFFF)


@type_formatter("ld")
def t_long(call: Call, v: int, p: str) -> str:
    return str(signed(v))


@type_formatter("lu")
def t_ulong(call: Call, v: int, p: str) -> str:
    return str(v)


@type_formatter("x")
def t_hex(call: Call, v: int, p: str) -> str:
    return hexaddr(v)


@type_formatter("x32")
def t_hex32(call: Call, v: int, p: str) -> str:
    """An unsigned int in hex (flags no table names yet)."""
    return chex(v & 0xFFFFFFFF)


@type_formatter("unused")
def t_unused(call: Call, v: int, p: str) -> None:
    """An argument strace does not print (preadv2's high half of the offset)."""
    return None


@type_formatter("ptr")
def t_ptr(call: Call, v: int, p: str) -> str:
    return ptr(v)


@type_formatter("fd")
def t_fd(call: Call, v: int, p: str) -> str:
    return call.fd(v)


@type_formatter("pidfd_fd")
def t_pidfd_fd(call: Call, v: int, p: str) -> str:
    """pidfd_getfd's descriptor, which belongs to the process of its pidfd."""
    fd = signed(v, 32)
    if call.opts.decode_fds and fd >= 0:
        info = call.mem.pidfd_fd_info(signed(call.args[0], 32), fd, call.opts.fd_set())
        if info is not None:
            return "%d%s" % (fd, info)
    return str(fd)


@type_formatter("dirfd")
def t_dirfd(call: Call, v: int, p: str) -> str:
    if signed(v, 32) == AT_FDCWD:
        if call.opts.decode_fds and "path" in call.opts.fd_set():
            cwd = call.mem.cwd_info()
            if cwd is not None:
                return styled("-100", "AT_FDCWD") + cwd
        return styled("-100", "AT_FDCWD")
    return call.fd(v)


@type_formatter("path")
def t_path(call: Call, v: int, p: str) -> str:
    return call.path(v)


@type_formatter("str")
def t_str(call: Call, v: int, p: str) -> str:
    """A NUL-terminated string cut at -s; with a size p of its own, strace's printstr_ex
    of that size."""
    return call.sized_str(v, int(p)) if p else call.cstr(v)


@type_formatter("buf")
def t_buf(call: Call, v: int, p: str) -> str:
    """A buffer whose length is another argument (buf:2) or the return value (buf:ret)."""
    if p == "ret":
        if call.failed:
            return ptr(v)
        length = call.rval
    else:
        length = call.args[int(p)]
    return call.buf(v, length)


@type_formatter("hexbuf")
def t_hexbuf(call: Call, v: int, p: str) -> str:
    if call.failed:
        return ptr(v)
    length = call.rval if p == "ret" else call.args[int(p)]
    return call.buf(v, length, force_hex=True)


def flags_param(p: str) -> tuple[str, bool, str | None]:
    """flags:TABLE[/64][/X_???]: the table, whether all 64 bits count, the comment
    for a value with no named bit."""
    table, *rest = p.split("/")
    return table, "64" in rest, next((r for r in rest if r != "64"), None)


@type_formatter("flags")
def t_flags(call: Call, v: int, p: str) -> str:
    table, wide, dflt = flags_param(p)
    if not wide:
        v &= 0xFFFFFFFF
    return flags(v, table, dflt=dflt)


@type_formatter("xlat")
def t_xlat(call: Call, v: int, p: str) -> str:
    """An enumeration; unknown values in hex with a comment, as printxval does."""
    table, _, dflt = p.partition("/")
    return xlat_or(v & 0xFFFFFFFF, table, dflt) if dflt else xlat(v & 0xFFFFFFFF, table)


@type_formatter("xlat64")
def t_xlat64(call: Call, v: int, p: str) -> str:
    """An enumeration looked up by its low 32 bits; an unknown value printed whole."""
    table, _, dflt = p.partition("/")
    return named(v, xlat_lookup(table, v & 0xFFFFFFFF), dflt or None)


@type_formatter("xlatd")
def t_xlatd(call: Call, v: int, p: str) -> str:
    """An enumeration; unknown values in decimal with a comment."""
    table, _, dflt = p.partition("/")
    return named(signed(v, 32), xlat_lookup(table, v & 0xFFFFFFFF), dflt or None, "d")


# Types that are a constant table and a rule for the values outside it.  The Python
# formatters below and the compiled renderer (engine/render.py) both read this table.
#   flags:      NAME|NAME|0x.. of the masked value; "zero" prints for 0
#   xlat:       the name of the value looked up as "lookup" (u32, s32), else the value
#               printed as "print" (hex, s32) with an optional comment
#   xlat_flags: the bits under "mask" named from the first table (else the number and
#               the comment), the rest as flags
TABLE_TYPES = {
    "at_flags": ("flags", "at_flags", {}),
    "access_mode": ("flags", "access_modes", {"zero": "F_OK", "comment": "?_OK"}),
    "prot": ("flags", "mmap_prot", {"zero": "PROT_NONE"}),
    "timer_flags": ("flags", "timer_flags", {}),
    "fd_flags": ("flags", "open_flags", {"comment": "O_???"}),
    "msg_flags": ("flags", "msg_flags", {}),
    "statx_mask": ("flags", "statx_mask", {"comment": "STATX_???"}),
    "madvice": ("xlat", "madvise_cmds", {"comment": "MADV_???"}),
    "resource": ("xlat", "rlimits", {"comment": "RLIMIT_???"}),
    "shutdown_how": ("xlat", "shutdown_modes", {"comment": "SHUT_???"}),
    "rusage_who": ("xlat", "rusage_who", {"lookup": "s32", "print": "s32",
                                          "comment": "RUSAGE_???"}),
    "fadvice": ("xlat", "fadvise_advice", {"comment": "POSIX_FADV_???"}),
    "reqkey_default": ("xlat", "key_reqkeys", {"lookup": "s32", "print": "s32",
                                               "comment": "KEY_REQKEY_DEFL_???"}),
    "clockid": ("xlat", "clocks", {"lookup": "s32", "comment": "CLOCK_???"}),
    "open_flags": ("xlat_flags", ("open_access", "open_flags"), {"mask": 0o3}),
    "statx_flags": ("xlat_flags", ("at_statx_sync", "at_flags"), {"mask": 0x6000,
                                                                  "split": True}),
    "mmap_flags": ("xlat_flags", ("mmap_type", "mmap_flags"), {"mask": 0xF,
                                                              "comment": "MAP_???"}),
}


def table_value(name: str, v: int, wide: bool = False) -> str:
    """The text of v as the table type name prints it (wide: all 64 bits of v)."""
    kind, table, o = TABLE_TYPES[name]
    v &= (1 << 64) - 1 if wide else 0xFFFFFFFF
    if kind == "flags":
        return flags(v, table, zero=o.get("zero", "0"), dflt=o.get("comment"))
    if kind == "xlat_flags":
        mask = o["mask"]
        if o.get("split"):      # two flag sets printed one after the other (statx)
            if xlat_style() == "raw" and not v & mask:
                head = ""
            else:
                head = flags(v & mask, table[0], zero=xlat_lookup(table[0], 0) or "0")
            return head + ("|" + flags(v & ~mask, table[1]) if v & ~mask else "")

        def text() -> str:
            head = xlat_or(v & mask, table[0], o.get("comment"))
            return head + ("|" + flags(v & ~mask, table[1]) if v & ~mask else "")
        return styled_by(chex(v), text)
    key = signed(v, 32) if o.get("lookup") == "s32" else v
    if o.get("print") == "s32":
        return named(signed(v, 32), xlat_lookup(table, key), o.get("comment"), "d")
    return named(v, xlat_lookup(table, key), o.get("comment"))


def _register_table_types() -> None:
    for name in TABLE_TYPES:
        type_formatter(name)(lambda call, v, p, _name=name: table_value(_name, v))


_register_table_types()


@type_formatter("mode")
def t_mode(call: Call, v: int, p: str) -> str:
    """A mode argument: umode_t, an unsigned short."""
    return mode_numeric(v & UMODE_MASK)


@type_formatter("id")
def t_id(call: Call, v: int, p: str) -> str:
    """uid_t / gid_t: -1 means 'unchanged' and strace prints it so."""
    v &= 0xFFFFFFFF
    return "-1" if v == 0xFFFFFFFF else str(v)


@type_formatter("off")
def t_off(call: Call, v: int, p: str) -> str:
    return str(signed(v))


@type_formatter("addr")
def t_addr(call: Call, v: int, p: str) -> str:
    """A pointer strace prints as an address without looking inside."""
    return hexaddr(v)


# An int the kernel reads or writes through a pointer: [42]
output_struct_type("intptr", struct_printer("<i", "[%d]"))
output_struct_type("uintptr", struct_printer("<I", "[%d]"))
output_struct_type("ulongptr", struct_printer("<q", "[%d]"))



@type_formatter("addrptr")
def t_addrptr(call: Call, v: int, p: str) -> str:
    """A pointer the kernel stores through a pointer: [0x7f...] or [NULL]."""
    data, instead = output_struct(call, v, 8)
    return instead if data is None else "[%s]" % ptr(struct.unpack("<Q", data)[0])


@type_formatter("ulongptr_u")
def t_ulongptr_u(call: Call, v: int, p: str) -> str:
    """An unsigned long the kernel stores through a pointer: [24]."""
    data, instead = output_struct(call, v, 8)
    return instead if data is None else "[%d]" % struct.unpack("<Q", data)[0]
