"""Disk quotas: quotactl and quotactl_fd, their command and the structure each
command reads or fills in."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_value
from .core import Call, Decoder, special
from .fmt import chex, flags, hexaddr, ptr, styled_by, xlat_or

IF_DQBLK = struct.Struct("<8QI")
IF_NEXTDQBLK = struct.Struct("<8QII")
IF_DQINFO = struct.Struct("<QQII")
FS_DISK_QUOTA = struct.Struct("<bbHI6QiiHHbbbbQQQiHh8x")
FS_QUOTA_STAT = struct.Struct("<bxHb3xQQI4xQQI4xIiiiHH4x")
FS_QUOTA_STATV = struct.Struct("<bBHI" + "QQII" * 3 + "iiiHHHHI56x")
U32 = struct.Struct("<I")


def _limit(name: str) -> int:
    return xlat_value("quota_limits", name)


def qcmd(v: int) -> str:
    """QCMD(Q_GETQUOTA, USRQUOTA): the command and the quota type it is made of."""
    v &= 0xFFFFFFFF
    return styled_by(str(v), lambda: "QCMD(%s, %s)" % (
        xlat_or(v >> _limit("SUBCMDSHIFT"), "quotacmds", "Q_???"),
        xlat_or(v & _limit("SUBCMDMASK"), "quotatypes", "???QUOTA")))


def _uid(v: int) -> str:
    return "-1" if v == 0xFFFFFFFF else str(v)


def _dqblk(f: tuple, abbrev: bool, next_: bool) -> str:
    head = ("dqb_bhardlimit=%d, dqb_bsoftlimit=%d, dqb_curspace=%d, dqb_ihardlimit=%d, "
            "dqb_isoftlimit=%d, dqb_curinodes=%d") % f[:6]
    ident = ", dqb_id=%d" % f[9] if next_ else ""
    if abbrev:
        return "{%s%s, ...}" % (head, ident)
    return "{%s, dqb_btime=%d, dqb_itime=%d, dqb_valid=%s%s}" % (
        head, f[6], f[7], flags(f[8], "if_dqblk_valid", dflt="QIF_???"), ident)


def _disk_quota(f: tuple, abbrev: bool) -> str:
    text = ("{d_version=%d, d_flags=%s, d_fieldmask=%s, d_id=%d, d_blk_hardlimit=%d, "
            "d_blk_softlimit=%d, d_ino_hardlimit=%d, d_ino_softlimit=%d, d_bcount=%d, "
            "d_icount=%d") % (f[0], flags(f[1] & 0xFF, "xfs_dqblk_flags", dflt="FS_???_QUOTA"),
                              chex(f[2]), *f[3:10])
    if abbrev:
        return text + ", ...}"
    return text + (", d_itimer=%d, d_btimer=%d, d_iwarns=%d, d_bwarns=%d, "
                   "d_rtb_hardlimit=%d, d_rtb_softlimit=%d, d_rtbcount=%d, d_rtbtimer=%d, "
                   "d_rtbwarns=%d}") % (f[10], f[11], f[12], f[13], f[18], f[19], f[20],
                                        f[21], f[22])


def _filestat(f: tuple) -> str:
    return "{qfs_ino=%d, qfs_nblks=%d, qfs_nextents=%d}" % f


def _quota_stat(f: tuple, abbrev: bool) -> str:
    if abbrev:
        return "{qs_version=%d, ...}" % f[0]
    return ("{qs_version=%d, qs_flags=%s, qs_uquota=%s, qs_gquota=%s, qs_incoredqs=%d, "
            "qs_btimelimit=%d, qs_itimelimit=%d, qs_rtbtimelimit=%d, qs_bwarnlimit=%d, "
            "qs_iwarnlimit=%d}") % (
        f[0], flags(f[1], "xfs_quota_flags", dflt="FS_QUOTA_???"), _filestat(f[3:6]),
        _filestat(f[6:9]), *f[9:15])


def _quota_statv(f: tuple, abbrev: bool) -> str:
    if abbrev:
        return "{qs_version=%d, ...}" % f[0]
    return ("{qs_version=%d, qs_flags=%s, qs_incoredqs=%d, qs_uquota=%s, qs_gquota=%s, "
            "qs_pquota=%s, qs_btimelimit=%d, qs_itimelimit=%d, qs_rtbtimelimit=%d, "
            "qs_bwarnlimit=%d, qs_iwarnlimit=%d}") % (
        f[0], flags(f[2], "xfs_quota_flags", dflt="FS_QUOTA_???"), f[3], _filestat(f[4:7]),
        _filestat(f[8:11]), _filestat(f[12:15]), *f[16:21])


def _dqinfo(f: tuple, abbrev: bool) -> str:
    return "{dqi_bgrace=%d, dqi_igrace=%d, dqi_flags=%s, dqi_valid=%s}" % (
        f[0], f[1], flags(f[2], "if_dqinfo_flags", dflt="DQF_???"),
        flags(f[3], "if_dqinfo_valid", dflt="IIF_???"))


def _indirect(table: str, dflt: str, enum: bool = False):
    def fmt(f: tuple, abbrev: bool) -> str:
        return "[%s]" % (xlat_or(f[0], table, dflt) if enum else flags(f[0], table, dflt=dflt))
    return fmt


# command: (whether an id is printed, the structure, its printer, when it is printed:
# "entry" the kernel reads it, "exit" the kernel fills it in)
COMMANDS = {
    "Q_GETQUOTA": (True, IF_DQBLK, lambda f, a: _dqblk(f, a, False), "exit"),
    "Q_SETQUOTA": (True, IF_DQBLK, lambda f, a: _dqblk(f, a, False), "entry"),
    "Q_GETNEXTQUOTA": (True, IF_NEXTDQBLK, lambda f, a: _dqblk(f, a, True), "exit"),
    "Q_XGETQUOTA": (True, FS_DISK_QUOTA, _disk_quota, "exit"),
    "Q_XGETNEXTQUOTA": (True, FS_DISK_QUOTA, _disk_quota, "exit"),
    "Q_XSETQLIM": (True, FS_DISK_QUOTA, _disk_quota, "entry"),
    "Q_GETFMT": (False, U32, _indirect("quota_formats", "QFMT_VFS_???", enum=True), "exit"),
    "Q_GETINFO": (False, IF_DQINFO, _dqinfo, "exit"),
    "Q_SETINFO": (False, IF_DQINFO, _dqinfo, "entry"),
    "Q_XGETQSTAT": (False, FS_QUOTA_STAT, _quota_stat, "exit"),
    "Q_XGETQSTATV": (False, FS_QUOTA_STATV, _quota_statv, "exit"),
    "Q_XQUOTAON": (False, U32, _indirect("xfs_quota_flags", "FS_QUOTA_???"), "entry"),
    "Q_XQUOTAOFF": (False, U32, _indirect("xfs_quota_flags", "FS_QUOTA_???"), "entry"),
    "Q_XQUOTARM": (False, U32, _indirect("xfs_dqblk_flags", "FS_???_QUOTA"), "entry"),
}
NO_DATA = ("Q_QUOTAOFF", "Q_SYNC", "Q_XQUOTASYNC")


class Quotactl(Decoder):
    """quotactl(cmd, special, id, addr) and quotactl_fd(fd, cmd, id, addr)."""
    cmd_arg = 0

    def head(self, call: Call) -> str:
        return ""

    def _command(self, call: Call) -> str | None:
        return xlat_lookup("quotacmds",
                           (call.args[self.cmd_arg] & 0xFFFFFFFF) >> _limit("SUBCMDSHIFT"))

    def _struct(self, call: Call, layout: struct.Struct, printer) -> str:
        addr = call.args[3]
        data = None
        if addr and not (call.exited and call.failed):
            data = call.read(addr, layout.size)
        if data is None or len(data) < layout.size:
            return ptr(addr)
        return printer(layout.unpack(data), call.opts.is_abbrev(call.name))

    def entry(self, call: Call) -> str:
        text = self.head(call)
        name = self._command(call)
        ident, addr = call.args[2] & 0xFFFFFFFF, call.args[3]
        if name in NO_DATA:
            return text
        if name == "Q_QUOTAON":
            return text + ", %s, %s" % (xlat_or(ident, "quota_formats", "QFMT_VFS_???"),
                                        call.path(addr))
        spec = COMMANDS.get(name)
        if spec is None:
            return text + ", %s, %s" % (_uid(ident), hexaddr(addr) if addr else "NULL")
        with_id, layout, printer, when = spec
        if with_id:
            text += ", " + _uid(ident)
        if when == "exit":
            return text + ", "
        return text + ", " + self._struct(call, layout, printer)

    def exit(self, call: Call) -> str:
        spec = COMMANDS.get(self._command(call))
        if spec is None or spec[3] != "exit":
            return ""
        return self._struct(call, spec[1], spec[2])


@special("quotactl")
class QuotactlPath(Quotactl):
    def head(self, call: Call) -> str:
        return "%s, %s" % (qcmd(call.args[0]), call.path(call.args[1]))


@special("quotactl_fd")
class QuotactlFd(Quotactl):
    cmd_arg = 1

    def head(self, call: Call) -> str:
        return "%s, %s" % (call.fd(call.args[0] & 0xFFFFFFFF), qcmd(call.args[1]))
