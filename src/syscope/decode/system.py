"""The system as a whole: reboot, comparing processes' resources (kcmp), the kernel's
log (syslog), loading a new kernel (kexec)."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_value
from .array import array
from .core import Call, Decoder, special, type_formatter
from .fmt import flags, hexaddr, ptr, signed, xlat_or, xlat_verbose_d

REBOOT_STRING_MAX = 255


@type_formatter("reboot_arg")
def t_reboot_arg(call: Call, v: int, p: str) -> str | None:
    """LINUX_REBOOT_CMD_RESTART2's command line; the other commands take none."""
    if xlat_lookup("reboot_cmds", call.args[int(p)] & 0xFFFFFFFF) != "LINUX_REBOOT_CMD_RESTART2":
        return None
    return call.sized_str(v, REBOOT_STRING_MAX)


NEW_UTS_LEN = 64


@type_formatter("utsbuf")
def t_utsbuf(call: Call, v: int, p: str) -> str:
    """A host or domain name of length argument p; longer than the kernel allows, its
    address."""
    size = call.args[int(p)] & 0xFFFFFFFF
    return hexaddr(v) if size > NEW_UTS_LEN else call.buf(v, size)


@special("kcmp")
class Kcmp(Decoder):
    """kcmp(pid1, pid2, type, idx1, idx2): the indexes only for the types that use them."""

    def entry(self, call: Call) -> str:
        pid1, pid2, typ, idx1, idx2 = call.args[:5]
        typ &= 0xFFFFFFFF
        head = "%s, %s, %s" % (call.pidv(pid1, "tgid"), call.pidv(pid2, "tgid"),
                               xlat_or(typ, "kcmp_types", "KCMP_???"))
        name = xlat_lookup("kcmp_types", typ)
        if name == "KCMP_FILE":
            return head + ", %s, %s" % (call.fd(idx1), call.fd(idx2))
        if name == "KCMP_EPOLL_TFD":
            return head + ", %s, %s" % (call.fd(idx1), self._slot(call, idx2))
        if name is None:
            return head + ", %s, %s" % (hexaddr(idx1), hexaddr(idx2))
        return head

    @staticmethod
    def _slot(call: Call, addr: int) -> str:
        data = call.read(addr, 12) if addr else None
        if data is None or len(data) < 12:
            return hexaddr(addr) if addr else "NULL"
        # descriptors of another process: numbers only
        return "{efd=%d, tfd=%d, toff=%d}" % struct.unpack("<iiI", data)


SYSLOG_READS = ("SYSLOG_ACTION_READ", "SYSLOG_ACTION_READ_ALL", "SYSLOG_ACTION_READ_CLEAR")
SYSLOG_NO_ARGS = ("SYSLOG_ACTION_CLOSE", "SYSLOG_ACTION_OPEN", "SYSLOG_ACTION_CLEAR",
                  "SYSLOG_ACTION_CONSOLE_OFF", "SYSLOG_ACTION_CONSOLE_ON",
                  "SYSLOG_ACTION_SIZE_UNREAD", "SYSLOG_ACTION_SIZE_BUFFER")


@special("syslog")
class Syslog(Decoder):
    """syslog(type, buf, len): the buffer and length only where the action uses them;
    the read actions print what the kernel wrote, the console level names its level."""

    def _action(self, call: Call) -> str | None:
        return xlat_lookup("syslog_actions", call.args[0] & 0xFFFFFFFF)

    def entry(self, call: Call) -> str:
        head = xlat_verbose_d(call.args[0], "syslog_actions", "SYSLOG_ACTION_???")
        action = self._action(call)
        if action in SYSLOG_NO_ARGS:
            return head
        if action in SYSLOG_READS:
            return head + ", "
        length = call.args[2]
        if action == "SYSLOG_ACTION_CONSOLE_LEVEL":
            tail = xlat_verbose_d(length, "syslog_console_levels", "LOGLEVEL_???")
        else:
            tail = str(signed(length, 32))
        return "%s, %s, %s" % (head, ptr(call.args[1]), tail)

    def exit(self, call: Call) -> str:
        if self._action(call) not in SYSLOG_READS:
            return ""
        buf = ptr(call.args[1]) if call.failed else call.buf(call.args[1], call.rval)
        return "%s, %d" % (buf, signed(call.args[2], 32))


def _kexec_limit(name: str) -> int:
    return xlat_value("kexec_limits", name)


def _kexec_segment(data: bytes) -> str:
    buf, bufsz, mem, memsz = struct.unpack("<QQQQ", data)
    return "{buf=%s, bufsz=%d, mem=%s, memsz=%d}" % (ptr(buf), bufsz, ptr(mem), memsz)


@special("kexec_load")
class KexecLoad(Decoder):
    """kexec_load(entry, nr_segments, segments, flags): the segments while there may be
    that many, the architecture apart from the flags."""

    def entry(self, call: Call) -> str:
        entry, nr, segments, fl = call.args[:4]
        if nr > _kexec_limit("KEXEC_SEGMENT_MAX"):
            segs = ptr(segments)
        else:
            segs = array(call, segments, nr, 32, _kexec_segment)
        mask = _kexec_limit("KEXEC_ARCH_MASK")
        text = xlat_or(fl & mask, "kexec_arch_values", "KEXEC_ARCH_???")
        if fl & ~mask:
            text += "|" + flags(fl & ~mask, "kexec_load_flags", dflt="KEXEC_???")
        return "%s, %d, %s, %s" % (ptr(entry), nr, segs, text)


# struct __sysctl_args: name, nlen, oldval, oldlenp, newval, newlen, __unused[4]
SYSCTL_ARGS = struct.Struct("<Qi4xQQQQ32x")


@type_formatter("sysctl_args")
def t_sysctl_args(call: Call, v: int, p: str) -> str:
    """_sysctl's arguments: the pointers and the lengths (strace decodes no more)."""
    data = call.read(v, SYSCTL_ARGS.size) if v else None
    if data is None or len(data) < SYSCTL_ARGS.size:
        return ptr(v)
    name, nlen, oldval, oldlenp, newval, newlen = SYSCTL_ARGS.unpack(data)
    return "{name=%s, nlen=%d, oldval=%s, oldlenp=%s, newval=%s, newlen=%d}" % (
        ptr(name), nlen, ptr(oldval), ptr(oldlenp), ptr(newval), newlen)
