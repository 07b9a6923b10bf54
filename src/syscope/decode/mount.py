"""Mounts: mount(2) and the mount API (fsconfig's values, mount_setattr's attributes)."""
from __future__ import annotations

import struct

from .core import Call, Decoder, special, type_formatter
from .fmt import flags, hexaddr, ptr, quote, styled, xlat_or

MS_MGC_VAL, MS_MGC_MSK = 0xC0ED0000, 0xFFFF0000
MS_REMOUNT, MS_BIND, MS_MOVE = 0x20, 0x1000, 0x2000
MS_PROPAGATION = 0x20000 | 0x40000 | 0x80000 | 0x100000   # UNBINDABLE PRIVATE SLAVE SHARED


@special("mount")
class Mount(Decoder):
    """The type and data are addresses where the kernel ignores them (remount, bind,
    move, propagation changes); the old magic number is named apart from the flags."""

    def entry(self, call: Call) -> str:
        source, target, fstype, fl, data = call.args[:5]
        old_magic = (fl & MS_MGC_MSK) == MS_MGC_VAL
        if old_magic:
            fl &= ~MS_MGC_MSK
        ignore_type = ignore_data = False
        if fl & MS_REMOUNT:
            ignore_type = True
        elif fl & (MS_BIND | MS_MOVE | MS_PROPAGATION):
            ignore_type = ignore_data = True
        text = [styled("0xc0ed0000", "MS_MGC_VAL")] if old_magic else []
        if fl or not old_magic:
            text.append(flags(fl, "mount_flags", dflt="MS_???"))
        return ", ".join([call.path(source), call.path(target),
                          ptr(fstype) if ignore_type else call.cstr(fstype),
                          "|".join(text), ptr(data) if ignore_data else call.cstr(data)])


FSCONFIG_BLOB_MAX = 1 << 20


@type_formatter("fsconfig_blob")
def t_fsconfig_blob(call: Call, v: int, p: str) -> str:
    """FSCONFIG_SET_BINARY's value: argument p bytes, in hex."""
    size = call.args[int(p)] & 0xFFFFFFFF
    if size > FSCONFIG_BLOB_MAX:
        return ptr(v)
    return call.buf(v, size, force_hex=True)


MOUNT_ATTR_SIZE_VER0 = 32
MOUNT_ATTR_IDMAP = 0x00100000
MOUNT_ATTR = struct.Struct("<QQQQ")


def extra_bytes(call: Call, addr: int, start: int, end: int) -> str:
    """What strace prints after the fields it knows of a larger structure: '???' when
    the rest cannot be read, the bytes when any is not zero, else nothing."""
    if end <= start:
        return ""
    data = call.read(addr + start, end - start)
    if data is None or len(data) < end - start:
        return ", ???"
    if not data.strip(b"\0"):
        return ""
    limit = call.opts.max_strlen
    return ", /* bytes %d..%d */ %s%s" % (start, end - 1, quote(data[:limit], force_hex=True),
                                          "..." if len(data) > limit else "")


@type_formatter("mount_attr")
def t_mount_attr(call: Call, v: int, p: str) -> str:
    """mount_setattr's attributes; p: the argument with their size."""
    size = call.args[int(p)]
    if not v:
        return "NULL"
    if size < MOUNT_ATTR_SIZE_VER0 or size > 4096:
        return hexaddr(v)
    data = call.read(v, MOUNT_ATTR.size)
    if data is None or len(data) < MOUNT_ATTR.size:
        return hexaddr(v)
    attr_set, attr_clr, propagation, userns_fd = MOUNT_ATTR.unpack(data)
    # a descriptor only where MOUNT_ATTR_IDMAP says the kernel uses it
    idmap = attr_set & MOUNT_ATTR_IDMAP and userns_fd <= 0x7FFFFFFF
    fd = call.fd(userns_fd) if idmap else str(userns_fd)
    return "{attr_set=%s, attr_clr=%s, propagation=%s, userns_fd=%s%s}" % (
        flags(attr_set, "mount_attr_flags", dflt="MOUNT_ATTR_???"),
        flags(attr_clr, "mount_attr_flags", dflt="MOUNT_ATTR_???"),
        xlat_or(propagation, "mount_propagation", "MS_???"), fd,
        extra_bytes(call, v, MOUNT_ATTR.size, size))

