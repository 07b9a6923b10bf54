"""ioctl: the request's name (from the generated table of the headers' requests) and its
argument, decoded per request as strace 6.1 does.

The argument rules are data: REQUEST_ARGS maps a request name to how its third argument
prints.  Requests of a family strace decodes but whose argument it leaves alone print
the argument as a number; unknown requests print as _IOC(dir, type, nr, size).
"""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call, Decoder, format_int_at, format_return, special
from .fmt import chex, hexaddr, ptr, signed
from .ioctl_values import hex_buffer, read_value  # noqa: F401 (the families' helpers)
from .table_entries import same_kind

IOC_NONE, IOC_WRITE, IOC_READ = 0, 1, 2
IOC_DIRS = {0: "_IOC_NONE", 1: "_IOC_WRITE", 2: "_IOC_READ", 3: "_IOC_READ|_IOC_WRITE"}


def ioc_dir(code: int) -> int:
    return code >> 30


def ioc_type(code: int) -> int:
    return (code >> 8) & 0xFF


def ioc_nr(code: int) -> int:
    return code & 0xFF


def ioc_size(code: int) -> int:
    return (code >> 16) & 0x3FFF


_NAMES: dict[int, str | None] = {}


def names_of(code: int) -> str | None:
    """'NAME' or 'NAME1 or NAME2' (in strace's order), or None: found by searching the
    generated text, as a trace meets a request (building a table of all of them costs
    more than a whole trace of a small program)."""
    if code in _NAMES:
        return _NAMES[code]
    from ..abi._ioctls import IOCTLS
    key = "\n%08x " % code
    names = []
    at = IOCTLS.find(key)
    while at >= 0:
        end = IOCTLS.find("\n", at + 1)
        end = len(IOCTLS) if end < 0 else end
        names.append(IOCTLS[at + len(key):end])
        at = end if IOCTLS.startswith(key, end) else -1
    _NAMES[code] = found = " or ".join(names) or None
    return found


def requests() -> list[tuple[int, str]]:
    """(number, name) of every request of the generated table, in its order."""
    from ..abi._ioctls import IOCTLS
    return [(int(line[:8], 16), line[9:]) for line in IOCTLS.split("\n")[1:]]


def request_names(code: int) -> list[str]:
    return (names_of(code) or "").split(" or ")


def _sized(name: str, code: int) -> str:
    return "%s(%d)" % (name, ioc_size(code))


def _evdev_number(code: int) -> str | None:
    nr, d = ioc_nr(code), ioc_dir(code)
    if d == IOC_WRITE and 0xC0 <= nr <= 0xC0 + 0x3F:
        return "EVIOCSABS(%s)" % _xlat_or_hex("evdev_abs", nr - 0xC0, "ABS_???")
    if d != IOC_READ:
        return None
    if 0x20 <= nr <= 0x20 + 0x1F:
        ev = "0" if nr == 0x20 else _xlat_or_hex("evdev_ev", nr - 0x20, "EV_???")
        return "EVIOCGBIT(%s, %d)" % (ev, ioc_size(code))
    if 0x40 <= nr <= 0x40 + 0x3F:
        return "EVIOCGABS(%s)" % _xlat_or_hex("evdev_abs", nr - 0x40, "ABS_???")
    name = EVDEV_SIZED.get(nr)
    return _sized(name, code) if name else None


EVDEV_SIZED = {0x06: "EVIOCGNAME", 0x07: "EVIOCGPHYS", 0x08: "EVIOCGUNIQ", 0x09: "EVIOCGPROP",
               0x0A: "EVIOCGMTSLOTS", 0x18: "EVIOCGKEY", 0x19: "EVIOCGLED", 0x1A: "EVIOCGSND",
               0x1B: "EVIOCGSW"}
HIDDEV_SIZED = {(IOC_READ, 0x04): "HIDIOCGRAWNAME", (IOC_READ, 0x05): "HIDIOCGRAWPHYS",
                (IOC_READ, 0x06): "HIDIOCSFEATURE", (IOC_READ, 0x08): "HIDIOCGRAWUNIQ",
                (IOC_READ, 0x12): "HIDIOCGPHYS", (3, 0x06): "HIDIOCSFEATURE",
                (3, 0x07): "HIDIOCGFEATURE"}
# (type, dir, nr) -> name(size): requests whose size is a parameter
SIZED = {(ord("U"), IOC_READ, 0x2C): "UI_GET_SYSNAME", (ord("j"), IOC_READ, 0x13): "JSIOCGNAME",
         (ord("k"), IOC_WRITE, 0): "SPI_IOC_MESSAGE"}


def _xlat_or_hex(table: str, v: int, dflt: str) -> str:
    try:
        name = xlat_lookup(table, v)
    except KeyError:
        name = None
    if name is not None:
        return name
    from . import fmt       # in a request's name, which -X verbose prints as a comment
    return fmt.unknown(v, None if fmt.xlat_style() == fmt.VERBOSE else dflt)  # (no nesting)


def command_number(code: int) -> str | None:
    """The requests strace names from their number's parts (the size is an argument)."""
    t = ioc_type(code)
    if t == ord("E"):
        return _evdev_number(code)
    if t == ord("H"):
        name = HIDDEV_SIZED.get((ioc_dir(code), ioc_nr(code)))
        return _sized(name, code) if name else None
    if t == ord("M"):
        if ioc_dir(code) == IOC_WRITE:
            return "MIXER_WRITE(%d)" % ioc_nr(code)
        if ioc_dir(code) == IOC_READ:
            return "MIXER_READ(%d)" % ioc_nr(code)
        return None
    if t == 0x21 and code == (IOC_READ << 30 | 8 << 16 | 0x21 << 8 | 2):
        return "SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR"
    name = SIZED.get((t, ioc_dir(code), ioc_nr(code)))
    return _sized(name, code) if name else None


def ioc_text(code: int) -> str:
    """_IOC(_IOC_READ, 0x12, 0x70, 0x8), strace's spelling of an unnamed request."""
    def x(v: int) -> str:
        return "%#x" % v if v else "0"
    return "_IOC(%s, %s, %s, %s)" % (IOC_DIRS[ioc_dir(code)], x(ioc_type(code)),
                                     x(ioc_nr(code)), x(ioc_size(code)))


def ioctl_name(code: int) -> str:
    special_name = command_number(code)
    name = names_of(code)
    if special_name and name:
        return special_name + " or " + name
    return special_name or name or ioc_text(code)


def request_text(code: int) -> str:
    """The request as -X asks: its name, its number, or both."""
    from . import fmt
    if fmt.xlat_style() == fmt.RAW:
        return "%#x" % code
    return fmt.styled("%#x" % code, ioctl_name(code))


# -- arguments ----------------------------------------------------------------------------
#
# How the argument of a request prints (strace's per-family decoders):
#   none    nothing after the request
#   ptr     the address (NULL for 0)
#   dec     an int passed by value, in decimal
#   udec    an unsigned long passed by value, in decimal
#   int_in  [%d] read on entry;   int_out / uint_out / u64_out: [%d] written by the kernel
#   ...     the others are below

ARG_KINDS = {
    # terminals
    "FIONBIO": "int_in", "FIOASYNC": "int_in", "TIOCSPGRP": "int_in",
    "FIONREAD": "int_out", "TIOCGPGRP": "int_out", "TIOCOUTQ": "int_out", "TIOCGSID": "int_out",
    "FIOCLEX": "none", "FIONCLEX": "none", "TIOCGPTN": "uint_out",
    "TIOCMGET": "tiocm_out", "TIOCMBIS": "tiocm_in", "TIOCMBIC": "tiocm_in",
    "TIOCMSET": "tiocm_in",
    "TCGETS": "out:termios", "TIOCGLCKTRMIOS": "out:termios", "TCSETS": "in:termios",
    "TCSETSW": "in:termios", "TCSETSF": "in:termios", "TIOCSLCKTRMIOS": "in:termios",
    "TCGETS2": "out:termios2", "TCSETS2": "in:termios2", "TCSETSW2": "in:termios2",
    "TCSETSF2": "in:termios2", "TCGETA": "out:termio", "TCSETA": "in:termio",
    "TCSETAW": "in:termio", "TCSETAF": "in:termio",
    "TIOCGWINSZ": "out:winsize", "TIOCSWINSZ": "in:winsize",
    "TIOCGETD": "int_out", "TIOCGSOFTCAR": "int_out", "TIOCGEXCL": "int_out",
    "TIOCGDEV": "int_out", "TIOCSETD": "int_in", "TIOCSSOFTCAR": "int_in",
    "TIOCPKT": "int_in", "TIOCSPTLCK": "int_in", "TCSBRK": "dec", "TCSBRKP": "dec",
    "TIOCSCTTY": "dec", "TIOCSBRK": "none", "TIOCCBRK": "none", "TIOCCONS": "none",
    "TIOCNOTTY": "none", "TIOCEXCL": "none", "TIOCNXCL": "none", "TIOCVHANGUP": "none",
    "TIOCSSERIAL": "none",
    # network interfaces (struct ifreq): SIOCS* print it whole on entry; SIOCG* the name
    # on entry, what the kernel wrote on exit
    **{"SIOCS" + r: "in:ifreq_name_" + m for r, m in (
        ("IFADDR", "addr"), ("IFDSTADDR", "dstaddr"), ("IFBRDADDR", "broadaddr"),
        ("IFNETMASK", "netmask"), ("IFFLAGS", "flags"), ("IFMETRIC", "metric"),
        ("IFMTU", "mtu"), ("IFSLAVE", "slave"), ("IFNAME", "newname"),
        ("IFTXQLEN", "qlen"), ("IFMAP", "map"), ("IFHWADDR", "hwaddr"),
        ("IFHWBROADCAST", "hwaddr"))},
    "SIOCADDMULTI": "in:ifreq_name_hwaddr", "SIOCDELMULTI": "in:ifreq_name_hwaddr",
    "SIOCBRADDIF": "in:ifreq_bridge_port", "SIOCBRDELIF": "in:ifreq_bridge_port",
    "SIOCBRADDBR": "ifname", "SIOCBRDELBR": "ifname",
    **{"SIOCG" + r: "split:ifreq_name:ifreq_" + m for r, m in (
        ("IFADDR", "addr"), ("IFDSTADDR", "dstaddr"), ("IFBRDADDR", "broadaddr"),
        ("IFNETMASK", "netmask"), ("IFFLAGS", "flags"), ("IFMETRIC", "metric"),
        ("IFMTU", "mtu"), ("IFSLAVE", "slave"), ("IFINDEX", "ifindex"),
        ("IFTXQLEN", "qlen"), ("IFMAP", "map"), ("IFHWADDR", "hwaddr"))},
    "SIOCGIFNAME": "split:ifreq_index_name:ifreq_out_name", "SIOCGIFCONF": "ifconf",
    "FIOGETOWN": "int_out", "SIOCATMARK": "int_out", "SIOCGPGRP": "int_out",
    "SIOCGIFENCAP": "int_out", "SIOCOUTQNSD": "int_out", "FIOSETOWN": "int_in",
    "SIOCSPGRP": "int_in", "SIOCSIFENCAP": "int_in",
    # disks (HDIO_*): longs by value or through a pointer, read by the kernel or written
    **same_kind("at_out:Q:u", "32BIT ACOUSTIC ADDRESS DMA KEEPSETTINGS MULTCOUNT NOWERR "
                "UNMASKINTR WCACHE", prefix="HDIO_GET_"),
    **same_kind("udec", "32BIT ACOUSTIC ADDRESS DMA KEEPSETTINGS MULTCOUNT NOWERR PIO_MODE "
                "UNMASKINTR WCACHE", prefix="HDIO_SET_"),
    "HDIO_UNREGISTER_HWIF": "udec",
    "HDIO_GET_BUSSTATE": "at_out:Q:xval:hdio_busstates:BUSSTATE_???",
    "HDIO_SET_BUSSTATE": "value:xval:hdio_busstates:BUSSTATE_???",
    "HDIO_GET_NICE": "at_out:Q:flags:hdio_ide_nice:IDE_NICE_???",
    "HDIO_SET_NICE": "value:flags:hdio_ide_nice:IDE_NICE_???",
    "HDIO_DRIVE_RESET": "array_in:3:I:x", "HDIO_SCAN_HWIF": "array_in:3:I:x",
    "HDIO_GET_IDENTITY": "bytes_out:512", "HDIO_OBSOLETE_IDENTITY": "bytes_out:142",
    "HDIO_GETGEO": "out:hd_geometry", "HDIO_DRIVE_CMD": "in:hd_drive_cmd_hdr",
    # seccomp user notifications
    "SECCOMP_IOCTL_NOTIF_RECV": "recv:seccomp_notif",
    "SECCOMP_IOCTL_NOTIF_SEND": "in:seccomp_notif_resp",
    "SECCOMP_IOCTL_NOTIF_ADDFD": "in:seccomp_notif_addfd",
    "SECCOMP_IOCTL_NOTIF_ID_VALID": "at_in:Q:x",
    "SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR": "at_in:Q:x",
    # GPIO chips
    "GPIO_GET_CHIPINFO_IOCTL": "out:gpiochip_info",
    "GPIO_GET_LINEINFO_UNWATCH_IOCTL": "named_in:offset:I:u",
    "GPIO_V2_GET_LINEINFO_IOCTL": "inout:gpio_v2_line_info_in:gpio_v2_line_info",
    "GPIO_V2_GET_LINEINFO_WATCH_IOCTL": "inout:gpio_v2_line_info_in:gpio_v2_line_info",
    "GPIO_V2_GET_LINE_IOCTL": "inout:gpio_v2_line_request:gpio_v2_line_request_fd",
    "GPIO_V2_LINE_SET_CONFIG_IOCTL": "in:gpio_v2_line_config",
    "GPIO_V2_LINE_GET_VALUES_IOCTL": "inout:gpio_v2_line_values_mask:gpio_v2_line_values_bits",
    "GPIO_V2_LINE_SET_VALUES_IOCTL": "in:gpio_v2_line_values",
    "GPIO_GET_LINEINFO_IOCTL": "inout:gpioline_info_in:gpioline_info",
    "GPIO_GET_LINEINFO_WATCH_IOCTL": "inout:gpioline_info_in:gpioline_info",
    "GPIO_GET_LINEHANDLE_IOCTL": "inout:gpiohandle_request:gpiohandle_request_fd",
    "GPIO_GET_LINEEVENT_IOCTL": "inout:gpioevent_request:gpioevent_request_fd",
    "GPIOHANDLE_GET_LINE_VALUES_IOCTL": "out:gpiohandle_data",
    "GPIOHANDLE_SET_LINE_VALUES_IOCTL": "in:gpiohandle_data",
    "GPIOHANDLE_SET_CONFIG_IOCTL": "in:gpiohandle_config",
    # file systems ('X')
    "FIFREEZE": "none", "FITHAW": "none", "FITRIM": "in:fstrim_range",
    "FS_IOC_FSSETXATTR": "in:fsxattr_set", "FS_IOC_FSGETXATTR": "out:fsxattr",
    "FS_IOC_FIEMAP": "inout:fiemap:fiemap_out",
    "RNDADDENTROPY": "in:rand_pool_info",
    "LOOP_SET_STATUS": "in:loop_info", "LOOP_GET_STATUS": "out:loop_info",
    "LOOP_SET_STATUS64": "in:loop_info64", "LOOP_GET_STATUS64": "out:loop_info64",
    "LOOP_CONFIGURE": "in:loop_config",
    "EVIOCRMFF": "dec", "EVIOCGRAB": "udec", "EVIOCREVOKE": "udec",
    "EVIOCSCLOCKID": "uint_in", "EVIOCSFF": "ptr",
    # namespaces
    "NS_GET_USERNS": "none", "NS_GET_PARENT": "none", "NS_GET_NSTYPE": "none",
    "NS_GET_OWNER_UID": "uint_out",
    # random
    "RNDGETENTCNT": "int_out", "RNDADDTOENTCNT": "int_in", "RNDZAPENTCNT": "none",
    "RNDCLEARPOOL": "none", "RNDRESEEDCRNG": "none",
    # watchdog
    "WDIOC_GETSTATUS": "int_out", "WDIOC_GETBOOTSTATUS": "int_out", "WDIOC_GETTEMP": "int_out",
    "WDIOC_GETTIMEOUT": "int_out", "WDIOC_GETPRETIMEOUT": "int_out",
    "WDIOC_GETTIMELEFT": "int_out", "WDIOC_SETTIMEOUT": "int_in",
    "WDIOC_SETPRETIMEOUT": "int_in", "WDIOC_KEEPALIVE": "none",
    # inotify
    "INOTIFY_IOC_SETNEXTWD": "dec",
    # network block devices
    "NBD_DISCONNECT": "none", "NBD_CLEAR_SOCK": "none", "NBD_DO_IT": "none",
    "NBD_CLEAR_QUE": "none", "NBD_PRINT_DEBUG": "none", "NBD_SET_SOCK": "fd",
    "NBD_SET_BLKSIZE": "udec", "NBD_SET_SIZE": "udec", "NBD_SET_SIZE_BLOCKS": "udec",
    "NBD_SET_TIMEOUT": "udec", "NBD_SET_FLAGS": "flags:nbd_flags",
    # loop devices
    "LOOP_SET_FD": "fd", "LOOP_CLR_FD": "none", "LOOP_CHANGE_FD": "fd",
    "LOOP_SET_CAPACITY": "none", "LOOP_SET_DIRECT_IO": "udec", "LOOP_SET_BLOCK_SIZE": "udec",
    "LOOP_CTL_ADD": "dec", "LOOP_CTL_REMOVE": "dec", "LOOP_CTL_GET_FREE": "none",
    # the source descriptor of a clone, printed as a plain number even under -y
    "FICLONE": "dec",
    # file flags ('f')
    "FS_IOC_GETFLAGS": "fsflags_out", "FS_IOC32_GETFLAGS": "fsflags_out",
    "FS_IOC_SETFLAGS": "fsflags_in", "FS_IOC32_SETFLAGS": "fsflags_in",
}
# Requests whose argument strace decodes as a structure: printed here as the address
# (NULL for 0) where the structure has no decoder of its own yet.
POINTER_TYPES = (0x89,)      # sockets: every request of theirs takes a pointer
POINTER_REQUESTS = frozenset((
    "ECCGETLAYOUT ECCGETSTATS "
    "EVIOCGEFFECTS EVIOCGID EVIOCGKEYCODE EVIOCGKEYCODE_V2 EVIOCGREP EVIOCGVERSION "
    "EVIOCSCLOCKID EVIOCSKEYCODE EVIOCSKEYCODE_V2 EVIOCSREP "
    "FITRIM FS_IOC_FIEMAP FS_IOC_FSGETXATTR FS_IOC_FSSETXATTR "
    "GPIOHANDLE_GET_LINE_VALUES_IOCTL "
    "GPIOHANDLE_SET_CONFIG_IOCTL GPIOHANDLE_SET_LINE_VALUES_IOCTL GPIO_GET_CHIPINFO_IOCTL "
    "GPIO_GET_LINEEVENT_IOCTL GPIO_GET_LINEHANDLE_IOCTL GPIO_GET_LINEINFO_IOCTL "
    "GPIO_GET_LINEINFO_UNWATCH_IOCTL GPIO_GET_LINEINFO_WATCH_IOCTL "
    "GPIO_V2_GET_LINEINFO_IOCTL GPIO_V2_GET_LINEINFO_WATCH_IOCTL GPIO_V2_GET_LINE_IOCTL "
    "GPIO_V2_LINE_GET_VALUES_IOCTL GPIO_V2_LINE_SET_CONFIG_IOCTL "
    "GPIO_V2_LINE_SET_VALUES_IOCTL KVM_GET_EMULATED_CPUID KVM_GET_REGS KVM_GET_SREGS "
    "KVM_GET_SUPPORTED_CPUID KVM_SET_CPUID2 KVM_SET_REGS KVM_SET_SREGS "
    "KVM_SET_USER_MEMORY_REGION LIRC_GET_LENGTH LIRC_GET_MAX_TIMEOUT LIRC_GET_MIN_TIMEOUT "
    "LIRC_GET_REC_MODE LIRC_GET_REC_RESOLUTION LIRC_GET_REC_TIMEOUT LIRC_GET_SEND_MODE "
    "MEMERASE MEMERASE64 MEMGETBADBLOCK MEMGETINFO MEMGETOOBSEL MEMGETREGIONCOUNT "
    "MEMGETREGIONINFO MEMISLOCKED MEMLOCK MEMREADOOB MEMREADOOB64 MEMSETBADBLOCK MEMUNLOCK "
    "MEMWRITE MEMWRITEOOB MEMWRITEOOB64 OTPGETREGIONCOUNT OTPGETREGIONINFO OTPLOCK OTPSELECT "
    "PERF_EVENT_IOC_MODIFY_ATTRIBUTES PERF_EVENT_IOC_QUERY_BPF PERF_EVENT_IOC_SET_FILTER "
    "RNDADDENTROPY SECCOMP_IOCTL_NOTIF_ADDFD SECCOMP_IOCTL_NOTIF_ID_VALID "
    "SECCOMP_IOCTL_NOTIF_RECV SECCOMP_IOCTL_NOTIF_SEND SIOCGSTAMPNS_NEW SIOCGSTAMP_NEW "
    "TCGETS2 TCSETS2 TCSETSF2 TCSETSW2 UBI_IOCDET UBI_IOCEBER UBI_IOCEBISMAP UBI_IOCEBUNMAP "
    "UBI_IOCRMVOL UBI_IOCRPEB UBI_IOCSPEB UBI_IOCVOLUP"
).split())


# The families with a module of their own: decode/ioctl_<family>.py's ARGS maps its
# requests to argument kinds, the same kinds as ARG_KINDS; its kind fn:MODULE.FUNCTION
# prints the argument with FUNCTION(call, arg, entering) -> text.
FAMILIES = ("ioctl_block", "ioctl_btrfs", "ioctl_dm", "ioctl_counter", "ioctl_kd",
            "ioctl_kvm", "ioctl_lirc", "ioctl_mtd", "ioctl_perf", "ioctl_ptp", "ioctl_rtc",
            "ioctl_scsi", "ioctl_sg_io", "ioctl_tee", "ioctl_ubi", "ioctl_uffdio", "ioctl_v4l2")


def _families_of(name: str | None) -> tuple:
    """The family modules that say something of request name, in FAMILIES' order (the
    later one decides), found in decode/_ioctl_index.py: a trace imports only those."""
    from sys import modules
    from ._ioctl_index import IOCTL_FAMILIES
    found = []
    for family in IOCTL_FAMILIES.get(name, ()):
        module = __package__ + "." + family
        if module not in modules:
            __import__(module)          # importlib itself would cost more
        found.append(modules[module])
    return tuple(found)


def kind_of(name: str) -> str | None:
    """The argument kind of one request name: a family's, else ARG_KINDS'."""
    for family in reversed(_families_of(name)):
        if name in family.ARGS:
            return family.ARGS[name]
    return ARG_KINDS.get(name)


def is_fd_result(name: str | None) -> bool:
    """The request returns a new descriptor (a family's FD_RESULTS)."""
    return any(name in getattr(f, "FD_RESULTS", ()) for f in _families_of(name))


def result_note(name: str | None):
    """note(call): the text after a successful return value, or None (a family's
    RESULT_NOTES)."""
    for family in reversed(_families_of(name)):
        notes = getattr(family, "RESULT_NOTES", {})
        if name in notes:
            return notes[name]
    return None


_unnamed: dict[int, str] = {}


def unnamed_kinds() -> dict[int, str]:
    """Request number -> argument kind, of the requests decoded without a name (a
    family's unnamed_args()); the families are imported at the first unnamed request."""
    if not _unnamed:
        from importlib import import_module
        for family in FAMILIES:
            found = getattr(import_module("." + family, __package__), "unnamed_args", None)
            if found:
                _unnamed.update(found())
        _unnamed.setdefault(-1, "")         # (looked for once, even when none has one)
    return _unnamed


def _family_printer(kind: str):
    from .structs import custom
    return custom(kind[3:])


def arg_kind(code: int) -> str | None:
    name = names_of(code) or command_number(code)
    if ioc_type(code) == ord("E") and _evdev_number(code):
        return "ptr"          # the sized requests: buffers of the size in the number
    if name is None:
        return unnamed_kinds().get(code)
    for n in name.split(" or "):
        kind = kind_of(n)
        if kind:
            return kind
    for n in name.split(" or "):
        if n in POINTER_REQUESTS:
            return "ptr"
    if ioc_type(code) in POINTER_TYPES:
        return "ptr"
    return None


# -- the decoder ------------------------------------------------------------------------------

def _at(call: Call, addr: int, layout: str, text) -> str:
    """A value the kernel reads through a pointer, or the pointer when unreadable;
    without text, the values as a list."""
    size = struct.calcsize(layout)
    data = call.read(addr, size) if addr else None
    if data is None or len(data) < size:
        return ptr(addr)
    values = struct.unpack(layout, data)
    if text is None:
        return "[" + ", ".join(str(v) for v in values) + "]"
    return text(values[0])


def flags_or_comment(v: int, table: str, dflt: str) -> str:
    """strace's printflags: the named bits, the rest in hex; a value with no named bit
    gets the comment."""
    from .fmt import flags
    out = flags(v, table)
    if v and out.startswith("0x"):
        out += " /* %s */" % dflt
    return out


def _tiocm(v: int) -> str:
    return flags_or_comment(v, "tiocm_flags", "TIOCM_???")


def _perf_flags(v: int) -> str:
    from .fmt import flags
    v &= 0xFFFFFFFF
    if v and not v & 1:
        return "%#x /* PERF_IOC_FLAG_??? */" % v
    return flags(v, "perf_ioc_flags")


def _ifreq():
    from . import ifreq
    return ifreq


def _flags_in_brackets(table: str, dflt: str):
    from .fmt import flags

    def text(v: int) -> str:
        return "[%s]" % flags(v, table, dflt=dflt)
    return text


def _xlat_in_brackets(table: str, dflt: str):
    from .fmt import xlat_or
    return lambda v: "[%s]" % xlat_or(v, table, dflt)


IN_KINDS = {
    "ifname": lambda call, a: _ifreq().ifname(call, a),
    "uint_in": lambda call, a: _at(call, a, "<I", lambda v: "[%d]" % v),
    "hex_in": lambda call, a: _at(call, a, "<I", lambda v: "[%#x]" % v if v else "[0]"),
    "u64_pair_in": lambda call, a: _at(call, a, "<QQ", None),
    "fsflags_in": lambda call, a: _at(call, a, "<I", _flags_in_brackets("fs_flags",
                                                                       "FS_???_FL")),
    "lirc_mode_in": lambda call, a: _at(call, a, "<I", _xlat_in_brackets("lirc_modes",
                                                                         "LIRC_MODE_???")),
}

OUT_KINDS = {
    "int_out": format_int_at,
    "uint_out": lambda call, a: _at(call, a, "<I", lambda v: "[%d]" % v),
    "ulong_out": lambda call, a: _at(call, a, "<Q", lambda v: "[%d]" % v),
    "u64_out": lambda call, a: _at(call, a, "<Q", lambda v: "[%d]" % v),
    "tiocm_out": lambda call, a: _at(call, a, "<I", lambda v: "[%s]" % _tiocm(v)),
    "ushort_out": lambda call, a: _at(call, a, "<H", lambda v: "[%d]" % v),
    "fsflags_out": lambda call, a: _at(call, a, "<I", _flags_in_brackets("fs_flags",
                                                                         "FS_???_FL")),
    "lirc_features_out": lambda call, a: _at(call, a, "<I", _flags_in_brackets(
        "lirc_features", "LIRC_CAN_???")),
}


def value_text(v: int, how: str) -> str:
    """A value as a structure field of that kind prints (decode/struct_views.py)."""
    from .structs import scalar
    return scalar(None, how, v)


def at_text(call: Call, addr: int, params: str) -> str:
    """at_in/at_out:CODE:KIND: [value] of struct code CODE through the pointer."""
    code, _, how = params.partition(":")
    return _at(call, addr, "<" + code, lambda v: "[%s]" % value_text(v, how))


def array_text(call: Call, addr: int, params: str) -> str:
    """array_in:N:CODE:KIND: N values of struct code CODE (strace's print_array)."""
    from .array import array
    n, code, how = params.split(":", 2)
    size = struct.calcsize("<" + code)
    return array(call, addr, int(n), size, lambda b: value_text(
        struct.unpack("<" + code, b)[0], how))


# parametrised kinds: prefix -> (prints on entry?, (call, arg, params) -> text)
PARAM_KINDS = {
    "value": (True, lambda call, a, p: value_text(a, p)),
    "at_in": (True, at_text),
    "named_in": (True, lambda call, a, p: at_text(call, a, p.partition(":")[2]).replace(
        "[", "{%s=" % p.partition(":")[0], 1)[:-1] + "}" if call.read(a, 1) else ptr(a)),
    "array_in": (True, array_text),
    "at_out": (False, at_text),
    "bytes_out": (False, lambda call, a, p: call.buf(a, int(p))),
}


def _ifconf(call: Call, addr: int) -> tuple[int, int] | None:
    from .structs import layout, read_struct
    data = read_struct(call, addr, "ifconf")
    if data is None:
        return None
    specs = layout("ifconf")[1]
    (loff, lsize, _s, _c), (boff, bsize, _s2, _c2) = specs["ifc_len"], specs["ifc_buf"]
    return (signed(int.from_bytes(data[loff:loff + lsize], "little"), 32),
            int.from_bytes(data[boff:boff + bsize], "little"))


def ifc_len(length: int) -> str:
    """ifc_len=80 /* 2 * sizeof(struct ifreq) */"""
    from .structs import size_of
    size = size_of("ifreq_name")
    if length > 0 and length % size == 0:
        return "%d /* %d * sizeof(struct ifreq) */" % (length, length // size)
    return str(length)


def ifconf_entry(call: Call, addr: int) -> str:
    """SIOCGIFCONF on entry: the length of the buffer given (none without a buffer)."""
    given = _ifconf(call, addr)
    call.saved["ifconf"] = given
    if given is None:
        return ptr(addr)
    return "{ifc_len=" + (ifc_len(given[0]) if given[1] else "")


def ifconf_exit(call: Call, addr: int) -> str:
    """SIOCGIFCONF on exit: the length the kernel wrote (after the given one and " => "
    when it changed) and the interfaces, each {ifr_name, ifr_addr}."""
    from .array import array
    from .structs import size_of, struct_text
    given = call.saved.get("ifconf")
    if given is None:
        return ""
    length, buf = given
    got = _ifconf(call, addr)
    if got is None:
        return (ifc_len(length) if not buf else "") + ", ifc_buf=%s}" % ptr(buf)
    out = ""
    if buf and length != got[0]:
        out += " => "
    if not buf or length != got[0]:
        out += ifc_len(got[0])
    if not buf or call.failed:
        out += ", ifc_buf=" + ptr(buf)
        if got[1] != buf:
            out += " => " + ptr(got[1])
        return out + "}"
    size = size_of("ifreq_name_addr")
    items = array(call, got[1], max(got[0], 0) // size, size,
                  lambda b: struct_text(call, b, "ifreq_name_addr"), abbreviate=True)
    return out + ", ifc_buf=" + items + "}"


EIO = 5
SECTOR_SIZE = 512


def drive_cmd_result(call: Call, addr: int) -> str:
    """HDIO_DRIVE_CMD: the header's bytes as the drive's status, and the sectors read
    after it (also when the drive reported an error: EIO)."""
    if call.failed and call.error != EIO:
        return ""
    data = call.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return ""
    status, error, nsector, count = data
    out = " => {status=%s, error=%d, nsector=%d" % (chex(status), error, nsector)
    if count:
        out += ", buf=" + call.buf(addr + 4, count * SECTOR_SIZE, force_hex=True)
    return out + "}"


def _out(call: Call, fmt) -> str:
    arg = call.args[2]
    return ptr(arg) if call.failed or not arg else fmt(call, arg)


@special("ioctl")
class Ioctl(Decoder):
    captures = None     # structures of any size, strings, data after a structure: live reads

    def entry(self, call: Call) -> str:
        code = call.args[1] & 0xFFFFFFFF
        head = "%s, %s" % (call.fd(call.args[0]), request_text(code))
        arg = call.args[2]
        if ioc_type(code) == ord("E") and ioc_dir(code) in (IOC_READ, IOC_WRITE):
            if ioc_dir(code) == IOC_READ:
                return head + ", "
            from .ioctl_evdev import write_request
            return head + ", " + write_request(call, code, arg, request_names(code))
        kind = arg_kind(code)
        if kind == "none":
            return head
        if kind == "int_in":
            return head + ", " + format_int_at(call, arg)
        if kind == "dec":
            return head + ", %d" % signed(arg, 32)
        if kind == "udec":
            return head + ", %d" % arg
        if kind == "ptr":
            return head + ", " + ptr(arg)
        if kind == "tiocm_in":
            return head + ", " + _at(call, arg, "<I", lambda v: "[%s]" % _tiocm(v))
        if kind == "u64_in":
            return head + ", " + _at(call, arg, "<Q", lambda v: "[%d]" % v)
        if kind == "perf_flags":
            return head + ", " + _perf_flags(arg)
        if kind == "fd":
            return head + ", " + call.fd(arg)
        if kind and kind.startswith("fn:"):
            return head + ", " + _family_printer(kind)(call, arg, True)
        prefix, _, params = (kind or "").partition(":")
        if prefix in PARAM_KINDS:
            on_entry, fn = PARAM_KINDS[prefix]
            return head + ", " + (fn(call, arg, params) if on_entry else "")
        if kind == "ifconf":
            return head + ", " + ifconf_entry(call, arg)
        if kind and kind.startswith("split:"):      # {in fields, out fields}
            from .structs import read_struct, struct_text
            name = kind.split(":")[1]
            data = read_struct(call, arg, name)
            call.saved["in"] = data is not None
            return head + ", " + (ptr(arg) if data is None else
                                  struct_text(call, data, name, arg)[:-1])
        if kind and kind.startswith("recv:"):   # filled by the kernel, or given and filled
            from .structs import read_struct, struct_text
            data = read_struct(call, arg, kind[5:])
            call.saved["in"] = data is not None
            if data is None:
                return head + ", " + ptr(arg)
            if not any(data):
                return head + ", "
            return head + ", " + struct_text(call, data, kind[5:], arg) + " => "
        if kind and kind.startswith(("in:", "inout:")):
            from .structs import read_struct, struct_text
            name = kind.split(":")[1]
            data = read_struct(call, arg, name)
            call.saved["in"] = data is not None
            return head + ", " + (ptr(arg) if data is None else
                                  struct_text(call, data, name, arg))
        if kind and kind.startswith("out:"):
            return head + ", "
        if kind == "cstr":
            return head + ", " + call.cstr(arg)
        if kind and kind.startswith("flags:"):
            from .fmt import flags
            return head + ", " + flags(arg & 0xFFFFFFFF, kind[6:])
        if kind in IN_KINDS:
            return head + ", " + IN_KINDS[kind](call, arg)
        if kind in OUT_KINDS:
            return head + ", "
        return head + ", " + hexaddr(arg)

    def exit(self, call: Call) -> str:
        code = call.args[1] & 0xFFFFFFFF
        if names_of(code) == "HDIO_DRIVE_CMD":
            return drive_cmd_result(call, call.args[2])
        if ioc_type(code) == ord("E") and ioc_dir(code) == IOC_READ:
            from .ioctl_evdev import read_request
            return read_request(call, code, call.args[2], request_names(code))
        kind = arg_kind(code)
        if kind in OUT_KINDS:
            return _out(call, OUT_KINDS[kind])
        if kind and kind.startswith("fn:"):
            return _family_printer(kind)(call, call.args[2], False)
        prefix, _, params = (kind or "").partition(":")
        if prefix in PARAM_KINDS and not PARAM_KINDS[prefix][0]:
            return _out(call, lambda c, a: PARAM_KINDS[prefix][1](c, a, params))
        if kind and kind.startswith("out:"):
            from .structs import struct_at
            return _out(call, lambda c, a: struct_at(c, a, kind[4:]))
        if kind == "ifconf":
            return ifconf_exit(call, call.args[2])
        if kind and kind.startswith("split:"):
            if not call.saved.get("in"):
                return ""
            from .structs import read_struct, struct_text
            name = kind.split(":")[2]
            data = None if call.failed else read_struct(call, call.args[2], name)
            return "}" if data is None else ", " + struct_text(call, data, name)[1:]
        if kind and kind.startswith("recv:"):
            if not call.saved.get("in"):
                return ""
            from .structs import struct_at
            return hexaddr(call.args[2]) if call.failed else struct_at(call, call.args[2],
                                                                       kind[5:])
        if kind and kind.startswith("inout:"):
            if call.failed or not call.saved.get("in"):
                return ""
            from .structs import struct_at
            return " => " + struct_at(call, call.args[2], kind.split(":")[2])
        return ""

    def ret(self, call: Call) -> str:
        name = names_of(call.args[1] & 0xFFFFFFFF)
        if not call.failed and name == "NS_GET_NSTYPE":
            from .fmt import flags
            return "%d (%s)" % (call.rval, flags(call.rval, "clone_flags"))
        if is_fd_result(name):
            return format_return(call, "fd")
        note = result_note(name) if not call.failed else None
        text = note(call) if note else None
        if text is not None:
            return "%d (%s)" % (call.rval, text)
        return format_return(call, "d")
