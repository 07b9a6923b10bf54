"""Device mapper's ioctl requests (linux/dm-ioctl.h), as strace 6.1 prints them: the
struct dm_ioctl header in brackets, the fields each request uses, then (with -v) the
data after the header that the request carries: target specs, dependencies, device
names, target versions, a message or a string.  On exit, what the kernel wrote after
" => ", unless the call failed and left the header as it was."""
from __future__ import annotations

from .core import Call
from .fmt import hexaddr
from .ioctl_values import Fields

_REQUESTS = ("VERSION REMOVE_ALL LIST_DEVICES DEV_CREATE DEV_REMOVE DEV_RENAME DEV_SUSPEND "
             "DEV_STATUS DEV_WAIT TABLE_LOAD TABLE_CLEAR TABLE_DEPS TABLE_STATUS "
             "LIST_VERSIONS TARGET_MSG DEV_SET_GEOMETRY DEV_ARM_POLL").split()
ARGS = {"DM_" + r: "fn:ioctl_dm.dm_ioctl" for r in _REQUESTS}

# requests without a data_start of their own
NO_PARAMS = frozenset("DM_VERSION DM_REMOVE_ALL DM_DEV_CREATE DM_DEV_REMOVE DM_DEV_SUSPEND "
                      "DM_DEV_STATUS DM_TABLE_CLEAR DM_DEV_ARM_POLL".split())
# requests that name no device
NO_DEVICE = frozenset("DM_REMOVE_ALL DM_LIST_DEVICES DM_LIST_VERSIONS".split())
# requests whose event_nr is an input
EVENT_IN = frozenset("DM_DEV_RENAME DM_DEV_REMOVE DM_DEV_WAIT DM_DEV_SUSPEND".split())
# requests whose counters the kernel reports
COUNTS_OUT = frozenset("DM_DEV_CREATE DM_DEV_RENAME DM_DEV_SUSPEND DM_DEV_STATUS DM_DEV_WAIT "
                       "DM_TABLE_LOAD DM_TABLE_CLEAR DM_TABLE_DEPS DM_TABLE_STATUS "
                       "DM_TARGET_MSG".split())
# the data after the header: request -> (printer on entry, printer on a successful exit)
PAYLOADS = {
    "DM_DEV_WAIT": (None, "target_specs"), "DM_TABLE_STATUS": (None, "target_specs"),
    "DM_TABLE_LOAD": ("target_specs", None), "DM_TABLE_DEPS": (None, "target_deps"),
    "DM_LIST_DEVICES": (None, "name_list"), "DM_LIST_VERSIONS": (None, "target_versions"),
    "DM_TARGET_MSG": ("target_msg", "data_out_string"),
    "DM_DEV_RENAME": ("string", None), "DM_DEV_SET_GEOMETRY": ("string", None),
}
# header fields compared between entry and exit: a failed call that changed none of
# them prints nothing more
COMPARED = ("version", "data_size", "data_start", "flags")


def _flag(name: str) -> int:
    from ..abi import xlat_value
    return xlat_value("dm_flags", name) or 0


def _offset(view: str, field: str) -> int:
    from .structs import layout
    return layout(view)[1][field][0]


def _read(call: Call, addr: int, view: str, size: int | None = None) -> Fields | None:
    from .structs import size_of
    size = size_of(view) if size is None else size
    data = call.read(addr, size) if addr else None
    return None if data is None or len(data) < size else Fields(data, view)


def _str(call: Call, addr: int, length: int) -> str:
    """strace's printstr_ex(QUOTE_0_TERMINATED): at most length bytes up to a NUL."""
    from .basic import t_str
    return '""' if length <= 0 else t_str(call, addr, str(length))


def _cstring(raw: bytes, xflag: int) -> str:
    """A char array up to its NUL, "..." when it has none (PRINT_FIELD_CSTRING)."""
    from .fmt import quote
    text, nul, _rest = raw.partition(b"\0")
    return quote(text if nul else raw[:-1], xflag) + ("" if nul else "...")


def dm_ioctl(call: Call, arg: int, entering: bool) -> str:
    from .ioctl import request_names
    name = next((n for n in request_names(call.args[1] & 0xFFFFFFFF) if n in ARGS), "")
    ioc = _read(call, arg, "dm_ioctl", _offset("dm_ioctl", "data"))
    if ioc is not None and ioc.data_size < _offset("dm_ioctl", "data_size"):
        ioc = None
    if entering:
        call.saved["dm"] = ioc
        return hexaddr(arg) if ioc is None else "[" + _header(call, name, arg, ioc, True) + "]"
    given = call.saved.get("dm")
    if given is None or ioc is None:
        return ""
    changed = any(getattr(ioc, f) != getattr(given, f) for f in COMPARED if f != "version") \
        or ioc.array("version") != given.array("version")
    if call.failed and not changed:
        return ""
    return " => [" + _header(call, name, arg, ioc, False) + "]"


def _header(call: Call, name: str, arg: int, ioc: Fields, entering: bool) -> str:
    from ..abi import xlat_value
    from .file import makedev
    from .fmt import flags
    version = ioc.array("version")
    out = "{version=[%s]" % ", ".join(str(v) for v in version)
    if version[0] != xlat_value("dm_version_major", "DM_VERSION_MAJOR"):
        return out + " /* unsupported device mapper ABI version */}"
    out += ", data_size=%d" % ioc.data_size
    if ioc.data_size < _offset("dm_ioctl", "data"):
        return out + " /* data_size too small */}"
    if name not in NO_PARAMS:
        out += ", data_start=%d" % ioc.data_start
    if name not in NO_DEVICE:
        if ioc.dev:
            out += ", dev=" + makedev(ioc.dev)
        for field in ("name", "uuid"):
            if ioc.raw(field)[0]:
                out += ", %s=%s" % (field, _cstring(ioc.raw(field), call.opts.xflag))
    if entering:
        if name == "DM_TABLE_LOAD":
            out += ", target_count=%d" % ioc.target_count
        elif name in EVENT_IN and not (name == "DM_DEV_SUSPEND"
                                       and ioc.flags & _flag("DM_SUSPEND_FLAG")):
            out += ", event_nr=%d" % ioc.event_nr
    elif not call.failed and name in COUNTS_OUT:
        out += ", target_count=%d, open_count=%d, event_nr=%d" % (
            ioc.target_count, ioc.open_count, ioc.event_nr)
    out += ", flags=" + flags(ioc.flags, "dm_flags", dflt="DM_???") + "}"
    printers = PAYLOADS.get(name, (None, None))
    printer = printers[0] if entering else (None if call.failed else printers[1])
    if printer is None:
        return out
    return out + PRINTERS[printer](call, arg, ioc, entering)


def _abbrev(call: Call) -> bool:
    return call.opts.is_abbrev(call.name)


def _misplaced(what: str) -> str:
    return ", ??? /* misplaced %s */" % what


def target_specs(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    """The target_count struct dm_target_spec, each followed by its parameters."""
    from .structs import size_of
    if _abbrev(call):
        return ", ..." if ioc.target_count else ""
    out = ""
    offset, offset_end = ioc.data_start, 0
    for i in range(ioc.target_count):
        out += ", "
        if i and offset <= offset_end:
            return out[:-2] + _misplaced("struct dm_target_spec")
        offset_end = offset + size_of("dm_target_spec")
        if offset_end > 0xFFFFFFFF or offset_end > ioc.data_size:
            return out[:-2] + _misplaced("struct dm_target_spec")
        if i >= call.opts.max_strlen:
            return out + "..."
        s = _read(call, arg + offset, "dm_target_spec")
        if s is None:
            return out + hexaddr(arg + offset)
        out += "{sector_start=%d, length=%d" % (s.sector_start, s.length)
        if not entering:
            out += ", status=%d" % s.status
        out += ", target_type=%s, string=%s}" % (
            _cstring(s.raw("target_type"), call.opts.xflag),
            _str(call, arg + offset_end, ioc.data_size - offset_end))
        offset = (offset + s.next if entering else ioc.data_start + s.next) & 0xFFFFFFFF
    return out


def _single(call: Call, arg: int, ioc: Fields, view: str, flexible: str, what: str):
    """The one structure at data_start: its fields and where its flexible member
    starts, or the text printed in its place."""
    if ioc.data_start == ioc.data_size:
        return ""
    if _abbrev(call):
        return ", ..."
    offset = ioc.data_start
    offset_end = offset + _offset(view, flexible)
    if offset_end > 0xFFFFFFFF or offset_end > ioc.data_size:
        return _misplaced(what)
    s = _read(call, arg + offset, view, _offset(view, flexible))
    if s is None:
        return ", " + hexaddr(arg + offset)
    return s, offset_end


def target_deps(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    """struct dm_target_deps: the count and the devices."""
    from .array import array
    from .file import makedev
    got = _single(call, arg, ioc, "dm_target_deps", "dev", "struct dm_target_deps")
    if isinstance(got, str):
        return got
    s, offset_end = got
    if s.count > (ioc.data_size - offset_end) // 8:
        return _misplaced("struct dm_target_deps")
    devs = array(call, arg + offset_end, s.count, 8,
                 lambda b: makedev(int.from_bytes(b, "little")))
    return ", {count=%d, deps=%s}" % (s.count, devs)


def _chain(call: Call, arg: int, ioc: Fields, view: str, what: str, item) -> str:
    """Structures linked by their field next (offsets from one to the next)."""
    if ioc.data_start == ioc.data_size:
        return ""
    if _abbrev(call):
        return ", ..."
    out = ""
    offset, offset_end = ioc.data_start, 0
    count = 0
    while True:
        out += ", "
        if count and offset <= offset_end:
            return out[:-2] + _misplaced(what)
        offset_end = offset + _offset(view, "name")
        if offset_end > 0xFFFFFFFF or offset_end > ioc.data_size:
            return out[:-2] + _misplaced(what)
        if count >= call.opts.max_strlen:
            return out + "..."
        s = _read(call, arg + offset, view)
        if s is None:
            return out + hexaddr(arg + offset)
        out += item(s, offset, offset_end)
        if not s.next:
            return out
        offset = (offset + s.next) & 0xFFFFFFFF
        count += 1


def name_list(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    """The devices of DM_LIST_DEVICES: dev, name and (from version 4.37) event_nr."""
    from .file import makedev
    from .ioctl_values import read_cstring, read_value

    def item(s: Fields, offset: int, offset_end: int) -> str:
        length = ioc.data_size - offset_end
        text = "{dev=%s, name=%s" % (makedev(s.dev), _str(call, arg + offset_end, length))
        size = min(length, call.opts.max_strlen + 1)
        got = read_cstring(call, arg + offset_end, size) if size > 0 else None
        if got is not None and got[1] and ioc.array("version")[1] >= 37:
            event_addr = (arg + offset_end + len(got[0]) + 1 + 7) & ~7
            event_nr = read_value(call, event_addr, "I")
            if event_addr + 4 <= arg + offset + s.next and event_nr is not None:
                text += ", event_nr=%d" % event_nr
        return text + "}"
    return _chain(call, arg, ioc, "dm_name_list", "struct dm_name_list", item)


def target_versions(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    """The targets of DM_LIST_VERSIONS: name and version."""
    def item(s: Fields, offset: int, offset_end: int) -> str:
        return "{name=%s, version=[%s]}" % (
            _str(call, arg + offset_end, ioc.data_size - offset_end),
            ", ".join(str(v) for v in s.array("version")))
    return _chain(call, arg, ioc, "dm_target_versions", "struct dm_target_versions", item)


def target_msg(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    """struct dm_target_msg: the sector and the message."""
    got = _single(call, arg, ioc, "dm_target_msg", "message", "struct dm_target_msg")
    if isinstance(got, str):
        return got
    s, offset_end = got
    return ", {sector=%d, message=%s}" % (
        s.sector, _str(call, arg + offset_end, ioc.data_size - offset_end))


def string(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    """The string at data_start (a new name, a geometry, a target's answer)."""
    if _abbrev(call):
        return ", ..."
    if ioc.data_start > ioc.data_size:
        return _misplaced("string")
    return ", {string=%s}" % _str(call, arg + ioc.data_start, ioc.data_size - ioc.data_start)


def data_out_string(call: Call, arg: int, ioc: Fields, entering: bool) -> str:
    return string(call, arg, ioc, entering) if ioc.flags & _flag("DM_DATA_OUT_FLAG") else ""


PRINTERS = {"target_specs": target_specs, "target_deps": target_deps, "name_list": name_list,
            "target_versions": target_versions, "target_msg": target_msg, "string": string,
            "data_out_string": data_out_string}
