"""Files and directories: open flags, modes, stat/statx/statfs, directory entries,
timestamps, links, extended attributes."""
from __future__ import annotations

import posix
import struct

from ..abi import xlat_lookup
from .basic import table_value
from .core import Call, Decoder, format_return, special, type_formatter
from .fmt import (UMODE_MASK, chex, flags, hexaddr, mode_numeric, ptr, quote, signed, styled,
                  time_comment, xlat_or)

O_ACCMODE = 3
O_CREAT = 0o100
O_TMPFILE_BIT = 0o20000000           # the bit of O_TMPFILE that is not O_DIRECTORY
OPEN_HOW = struct.Struct("<QQQ")
PAGE_SIZE = posix.sysconf("SC_PAGESIZE")


def open_flags(v: int, wide: bool = False) -> str:
    return table_value("open_flags", v, wide)


@type_formatter("open_mode")
def t_open_mode(call: Call, v: int, p: str) -> str | None:
    """The mode of open/openat (p: the flags argument): printed only with O_CREAT or the
    bit of O_TMPFILE that is not O_DIRECTORY, as strace does; None leaves it out."""
    fl = call.args[int(p)]
    if fl & (O_CREAT | O_TMPFILE_BIT):
        return mode_numeric(v & UMODE_MASK)
    return None


MODE_SPECIAL_BITS = (("S_ISUID", 0o4000), ("S_ISGID", 0o2000), ("S_ISVTX", 0o1000))


def mode_symbolic(mode: int) -> str:
    """st_mode: S_IFREG|S_ISUID|0755; a type no table names: the number alone."""
    fmt = mode & 0o170000
    name = xlat_lookup("mode_types", fmt) if fmt else ""
    if name is None:
        return mode_numeric(mode)
    parts = [name] if name else []
    special = 0
    for bit_name, bit in MODE_SPECIAL_BITS:
        special |= bit
        if mode & bit:
            parts.append(bit_name)
    parts.append(mode_numeric(mode & ~(0o170000 | special)))
    return styled(mode_numeric(mode), "|".join(parts))


def makedev(dev: int) -> str:
    major = (((dev >> 8) & 0xFFF) | ((dev >> 32) & ~0xFFF)) & 0xFFFFFFFF   # glibc's: unsigned
    minor = ((dev & 0xFF) | ((dev >> 12) & ~0xFF)) & 0xFFFFFFFF             # ints
    return styled(chex(dev), "makedev(%s, %s)" % (hexaddr(major), hexaddr(minor)))


def makedev_pair(major: int, minor: int) -> str:
    return "makedev(%#x, %#x)" % (major, minor)


# -- stat ------------------------------------------------------------------------

STAT_FMT = struct.Struct("<QQQIII4xQqqqqqqqqq")


def format_stat(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    if call.failed:
        return ptr(addr)
    data = call.read(addr, STAT_FMT.size)
    if data is None or len(data) < STAT_FMT.size:
        return hexaddr(addr)
    (dev, ino, nlink, mode, uid, gid, rdev, size, blksize, blocks,
     atime, atime_ns, mtime, mtime_ns, ctime, ctime_ns) = STAT_FMT.unpack(data)
    is_dev = (mode & 0o170000) in (0o020000, 0o060000)
    if call.opts.is_abbrev(call.name):
        tail = "st_rdev=%s" % makedev(rdev) if is_dev else "st_size=%d" % size
        return "{st_mode=%s, %s, ...}" % (mode_symbolic(mode), tail)
    parts = ["st_dev=%s" % makedev(dev), "st_ino=%d" % ino, "st_mode=%s" % mode_symbolic(mode),
             "st_nlink=%d" % nlink, "st_uid=%d" % uid, "st_gid=%d" % gid,
             "st_blksize=%d" % blksize, "st_blocks=%d" % blocks]
    parts.append("st_rdev=%s" % makedev(rdev) if is_dev else "st_size=%d" % size)
    for name, sec, ns in (("st_atime", atime, atime_ns), ("st_mtime", mtime, mtime_ns),
                          ("st_ctime", ctime, ctime_ns)):
        parts.append("%s=%d%s" % (name, sec, time_comment(sec, ns)))
        parts.append("%s_nsec=%d" % (name, ns))
    return "{" + ", ".join(parts) + "}"


@type_formatter("stat")
def t_stat(call: Call, v: int, p: str) -> str:
    return format_stat(call, v)


# -- statx -------------------------------------------------------------------------

STATX = dict(TYPE=0x1, MODE=0x2, NLINK=0x4, UID=0x8, GID=0x10, ATIME=0x20, MTIME=0x40,
             CTIME=0x80, INO=0x100, SIZE=0x200, BLOCKS=0x400, BTIME=0x800, MNT_ID=0x1000,
             DIOALIGN=0x2000)


def format_statx(call: Call, addr: int) -> str:
    if call.failed or not addr:
        return ptr(addr)
    data = call.read(addr, 256)
    if data is None or len(data) < 256:
        return hexaddr(addr)
    mask, blksize = struct.unpack_from("<II", data, 0)
    attributes = struct.unpack_from("<Q", data, 8)[0]
    nlink, uid, gid = struct.unpack_from("<III", data, 16)
    mode = struct.unpack_from("<H", data, 28)[0]
    ino, size, blocks, attr_mask = struct.unpack_from("<QQQQ", data, 32)
    rdev_major, rdev_minor, dev_major, dev_minor = struct.unpack_from("<IIII", data, 128)
    mnt_id = struct.unpack_from("<Q", data, 144)[0]
    dio_mem, dio_off = struct.unpack_from("<II", data, 152)
    full = not call.opts.is_abbrev(call.name)
    has = lambda name: mask & STATX[name]  # noqa: E731
    parts = ["stx_mask=%s" % flags(mask, "statx_mask")]
    if full:
        parts.append("stx_blksize=%d" % blksize)
    parts.append("stx_attributes=%s" % flags(attributes, "statx_attrs"))
    if full:
        for name, val in (("NLINK", "stx_nlink=%d" % nlink), ("UID", "stx_uid=%d" % uid),
                          ("GID", "stx_gid=%d" % gid)):
            if has(name):
                parts.append(val)
    if mask & (STATX["TYPE"] | STATX["MODE"]):
        parts.append("stx_mode=%s" % mode_symbolic(mode))
    if full and has("INO"):
        parts.append("stx_ino=%d" % ino)
    if has("SIZE"):
        parts.append("stx_size=%d" % size)
    if not full:
        return "{" + ", ".join(parts) + ", ...}"
    if has("BLOCKS"):
        parts.append("stx_blocks=%d" % blocks)
    parts.append("stx_attributes_mask=%s" % flags(attr_mask, "statx_attrs"))
    for name, off in (("ATIME", 64), ("BTIME", 80), ("CTIME", 96), ("MTIME", 112)):
        if has(name):
            sec, nsec = struct.unpack_from("<qI", data, off)
            parts.append("stx_%s={tv_sec=%d, tv_nsec=%d}%s" % (
                name.lower(), sec, nsec, time_comment(sec, nsec)))
    parts += ["stx_rdev_major=%d" % rdev_major, "stx_rdev_minor=%d" % rdev_minor,
              "stx_dev_major=%d" % dev_major, "stx_dev_minor=%d" % dev_minor]
    if has("MNT_ID"):
        parts.append("stx_mnt_id=%#x" % mnt_id if mnt_id else "stx_mnt_id=0")
    if has("DIOALIGN"):
        parts += ["stx_dio_mem_align=%d" % dio_mem, "stx_dio_offset_align=%d" % dio_off]
    return "{" + ", ".join(parts) + "}"


@type_formatter("statx")
def t_statx(call: Call, v: int, p: str) -> str:
    if not v:
        return "NULL"
    return format_statx(call, v)


# -- statfs ------------------------------------------------------------------------

STATFS_FMT = struct.Struct("<qqQQQQQiiqqq")


def format_statfs(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    if call.failed:
        return ptr(addr)
    data = call.read(addr, STATFS_FMT.size)
    if data is None or len(data) < STATFS_FMT.size:
        return hexaddr(addr)
    (ftype, bsize, blocks, bfree, bavail, files, ffree, fsid0, fsid1, namelen, frsize,
     fflags) = STATFS_FMT.unpack(data)
    ftype_name = xlat_or(ftype & 0xFFFFFFFF, "fs_magic", None)
    return ("{f_type=%s, f_bsize=%d, f_blocks=%d, f_bfree=%d, f_bavail=%d, f_files=%d, "
            "f_ffree=%d, f_fsid={val=[%s, %s]}, f_namelen=%d, f_frsize=%d, f_flags=%s}") % (
        ftype_name, bsize, blocks, bfree, bavail, files, ffree, chex(fsid0 & 0xFFFFFFFF),
        chex(fsid1 & 0xFFFFFFFF), namelen, frsize, flags(fflags, "statfs_flags"))


@type_formatter("statfs")
def t_statfs(call: Call, v: int, p: str) -> str:
    return format_statfs(call, v)


# -- directory entries -------------------------------------------------------------

# getdents64's and getdents' entries: the size of the fixed part, where d_type is
DIRENT_HEADERS = {"dents64": 19, "dents": 18}
D_NAME_LEN_MAX = 256


@type_formatter("dents64", "dents")
def t_dents(call: Call, v: int, p: str) -> str:
    """Directory entries: their number (abbreviated), or each of them (-v); getdents'
    d_type is the last byte of its entry, after the name (strace's xgetdents)."""
    size = call.rval
    if call.failed or not call.opts.is_verbose(call.name) or size > call.args[2] & 0xFFFFFFFF:
        return ptr(v)
    old = call.name == "getdents"
    header = DIRENT_HEADERS["dents" if old else "dents64"]
    data = (call.read(v, size) if size > 0 else b"") or b""
    abbrev = call.opts.is_abbrev(call.name)
    if not abbrev and size >= header and len(data) < header:
        return ptr(v)
    out = []
    off = count = 0
    left = size
    while left >= header:
        if off + header > len(data):
            break
        ino, doff, reclen = struct.unpack_from("<QqH", data, off)
        count += 1
        if reclen > left or reclen < header:     # the kernel never does this
            break
        left -= reclen
        if not abbrev:
            tail = data[off + header:off + reclen]
            name_len = min(len(tail) - (1 if old else 0), D_NAME_LEN_MAX)
            name = tail[:max(name_len - 1, 0)].split(b"\0", 1)[0]
            dtype = tail[-1] if old else data[off + 18]
            fields = ["d_ino=%d" % ino, "d_off=%d" % doff, "d_reclen=%d" % reclen]
            type_field = "d_type=%s" % xlat_or(dtype, "dirent_types", "DT_???")
            name_field = "d_name=%s" % quote(name, call.opts.xflag)
            fields += [name_field, type_field] if old else [type_field, name_field]
            out.append("{%s}" % ", ".join(fields))
        off += reclen
    if abbrev:
        return "%s /* %d%s entries */" % (ptr(v), count, "+" if left else "")
    return "[" + ", ".join(out) + "]"


# -- strings returned by the kernel ---------------------------------------------------

@type_formatter("rlbuf")
def t_rlbuf(call: Call, v: int, p: str) -> str:
    """readlink's buffer: rval bytes, no NUL, cut at -s."""
    if call.failed:
        return ptr(v)
    return call.buf(v, call.rval)


@type_formatter("cwdbuf")
def t_cwdbuf(call: Call, v: int, p: str) -> str:
    """getcwd's buffer: the path, rval bytes with its NUL."""
    if call.failed or call.rval <= 0:
        return ptr(v)
    return call.path(v, call.rval - 1)


XATTR_SIZE_MAX = 65536


@type_formatter("xattr_value")
def t_xattr_value(call: Call, v: int, p: str) -> str:
    """getxattr's value: rval bytes; an input value of length argument p.  A trailing
    NUL is not printed; a size no value has: the address (strace's print_xattr_val)."""
    if p == "ret":
        if call.failed or not v:
            return ptr(v)
        size = call.rval
    else:
        size = call.args[int(p)]
    if size > XATTR_SIZE_MAX:
        return ptr(v)
    return call.buf(v, size, omit_trailing_nul=True)


@type_formatter("xattr_list")
def t_xattr_list(call: Call, v: int, p: str) -> str:
    """listxattr's names, rval bytes (NULs between them); the address when the call
    failed or asked only for the size (argument p is 0)."""
    if call.failed or not call.args[int(p)]:
        return ptr(v)
    return call.buf(v, call.rval)


# -- time stamps of files ----------------------------------------------------------------

def format_utimens(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 32)
    if data is None or len(data) < 32:
        return hexaddr(addr)
    out = []
    for off in (0, 16):
        sec, nsec = struct.unpack_from("<qQ", data, off)
        special_name = xlat_lookup("utime_special", nsec)
        if special_name:
            out.append(styled("{tv_sec=%d, tv_nsec=%d}" % (sec, nsec), special_name))
        else:
            out.append("{tv_sec=%d, tv_nsec=%d}%s" % (sec, nsec, time_comment(sec, nsec)))
    return "[" + ", ".join(out) + "]"


@type_formatter("utimens")
def t_utimens(call: Call, v: int, p: str) -> str:
    return format_utimens(call, v)


@type_formatter("timeval_pair")
def t_timeval_pair(call: Call, v: int, p: str) -> str:
    """utimes' [{tv_sec, tv_usec}, {...}]: the date after a valid one."""
    if not v:
        return "NULL"
    data = call.read(v, 32)
    if data is None or len(data) < 32:
        return ptr(v)
    out = []
    for off in (0, 16):
        sec, usec = struct.unpack_from("<qQ", data, off)
        comment = time_comment(sec, usec, 6) if usec < 1000000 else ""
        out.append("{tv_sec=%d, tv_usec=%d}%s" % (sec, usec, comment))
    return "[" + ", ".join(out) + "]"


@type_formatter("utimbuf")
def t_utimbuf(call: Call, v: int, p: str) -> str:
    """utime's {actime, modtime}."""
    if not v:
        return "NULL"
    data = call.read(v, 16)
    if data is None or len(data) < 16:
        return ptr(v)
    a, m = struct.unpack("<qq", data)
    return "{actime=%d%s, modtime=%d%s}" % (a, time_comment(a), m, time_comment(m))


# -- device nodes -------------------------------------------------------------------------

S_IFMT, S_IFCHR, S_IFBLK = 0o170000, 0o020000, 0o060000


@type_formatter("node_mode")
def t_node_mode(call: Call, v: int, p: str) -> str:
    """mknod's mode: the file type by name; a type no table names, the whole in octal."""
    v &= 0xFFFF                       # umode_t
    if v & S_IFMT and xlat_lookup("mode_types", v & S_IFMT) is None:
        return "0%o" % v
    return mode_symbolic(v)


@type_formatter("node_dev")
def t_node_dev(call: Call, v: int, p: str) -> str | None:
    """mknod's device: only for a character or block device (p: the mode argument)."""
    if call.args[int(p)] & S_IFMT not in (S_IFCHR, S_IFBLK):
        return None
    return makedev(v & 0xFFFFFFFF)


@type_formatter("dev")
def t_dev(call: Call, v: int, p: str) -> str:
    return makedev(v & 0xFFFFFFFF)


# -- open ---------------------------------------------------------------------------------

@special("openat2")
class Openat2(Decoder):
    def entry(self, call: Call) -> str:
        from .basic import t_dirfd
        how, size = call.args[2], call.args[3]
        return "%s, %s, %s, %d" % (t_dirfd(call, call.args[0], ""), call.path(call.args[1]),
                                   self.open_how(call, how, size), size)

    @staticmethod
    def open_how(call: Call, addr: int, size: int) -> str:
        """struct open_how of size bytes: its address when shorter than the first
        version; bytes past the structure shown when not zero."""
        data = call.read(addr, OPEN_HOW.size) if addr and size >= OPEN_HOW.size else None
        if data is None or len(data) < OPEN_HOW.size:
            return ptr(addr)
        fl, mode, resolve = OPEN_HOW.unpack(data)
        text = "{flags=%s" % open_flags(fl, wide=True)
        if mode or fl & (O_CREAT | O_TMPFILE_BIT):
            text += ", mode=%s" % mode_numeric(mode)
        text += ", resolve=%s" % flags(resolve, "resolve_flags", dflt="RESOLVE_???")
        if size > OPEN_HOW.size:
            from .mount import extra_bytes
            text += extra_bytes(call, addr, OPEN_HOW.size, min(size, PAGE_SIZE))
        return text + "}"

    def ret(self, call: Call) -> str:
        return format_return(call, "fd")


# -- fanotify --------------------------------------------------------------------------

FAN_ALL_CLASS_BITS = 0xC


@type_formatter("fan_init_flags")
def t_fan_init_flags(call: Call, v: int, p: str) -> str:
    """The notification class, then the other flags."""
    v &= 0xFFFFFFFF
    head = xlat_or(v & FAN_ALL_CLASS_BITS, "fan_classes", "FAN_CLASS_???")
    rest = v & ~FAN_ALL_CLASS_BITS
    return head + ("|" + flags(rest, "fan_init_flags", dflt="FAN_???") if rest else "")


# -- swap ---------------------------------------------------------------------------------

SWAP_FLAG_PRIO_MASK = 0x7FFF


@type_formatter("swap_flags")
def t_swap_flags(call: Call, v: int, p: str) -> str:
    """The flags, then the priority in decimal."""
    v &= 0xFFFFFFFF
    rest = v & ~SWAP_FLAG_PRIO_MASK
    prio = str(v & SWAP_FLAG_PRIO_MASK)
    return flags(rest, "swap_flags") + "|" + prio if rest else prio


FAN_NOFD = -1


@type_formatter("fan_dirfd")
def t_fan_dirfd(call: Call, v: int, p: str) -> str:
    """fanotify_mark's directory: FAN_NOFD, AT_FDCWD or a descriptor."""
    from .basic import t_dirfd
    return styled("-1", "FAN_NOFD") if signed(v, 32) == FAN_NOFD else t_dirfd(call, v, p)
