"""btrfs's ioctl requests (linux/btrfs.h) and the generic file requests of type 0x94
(FICLONERANGE, FIDEDUPERANGE, FS_IOC_GET/SETFSLABEL), as strace 6.1 prints them.  The
structures are struct views (decode/struct_views.py); what depends on the request, on
flags or on the direction is here."""
from __future__ import annotations

from .core import Call
from .fmt import ptr
from .ioctl_values import Fields

_VOL_ARGS = ("SNAP_CREATE RESIZE SCAN_DEV FORGET_DEV ADD_DEV RM_DEV SUBVOL_CREATE "
             "SNAP_DESTROY DEVICES_READY").split()
ARGS = {
    **{"BTRFS_IOC_" + n: "none" for n in (
        "TRANS_START TRANS_END SYNC SCRUB_CANCEL QUOTA_RESCAN_WAIT DEFRAG BALANCE").split()},
    **{"BTRFS_IOC_" + n: "in:btrfs_vol_args" for n in _VOL_ARGS},
    "BTRFS_IOC_BALANCE_CTL": "value:xval:btrfs_balance_ctl_cmds:BTRFS_BALANCE_CTL_???",
    "BTRFS_IOC_START_SYNC": "at_out:Q:u",
    "BTRFS_IOC_DEFAULT_SUBVOL": "at_in:Q:u", "BTRFS_IOC_WAIT_SYNC": "at_in:Q:u",
    "BTRFS_IOC_DEFRAG_RANGE": "in:btrfs_defrag_range",
    "BTRFS_IOC_DEV_INFO": "inout:btrfs_dev_info_in:btrfs_dev_info",
    "BTRFS_IOC_DEV_REPLACE": "inout:btrfs_replace_in:btrfs_replace",
    "BTRFS_IOC_GET_FEATURES": "out:btrfs_features",
    "BTRFS_IOC_FS_INFO": "out:btrfs_fs_info",
    "BTRFS_IOC_QGROUP_ASSIGN": "in:btrfs_qgroup_assign",
    "BTRFS_IOC_QGROUP_CREATE": "in:btrfs_qgroup_create",
    "BTRFS_IOC_QGROUP_LIMIT": "out:btrfs_qgroup_limit_args",
    "BTRFS_IOC_QUOTA_CTL": "in:btrfs_quota_ctl",
    "BTRFS_IOC_QUOTA_RESCAN": "in:btrfs_quota_rescan",
    "BTRFS_IOC_QUOTA_RESCAN_STATUS": "out:btrfs_quota_rescan_status",
    "BTRFS_IOC_SET_RECEIVED_SUBVOL": "inout:btrfs_received_subvol_in:btrfs_received_subvol",
    "BTRFS_IOC_SCRUB": "inout:btrfs_scrub_in:btrfs_scrub",
    "BTRFS_IOC_SCRUB_PROGRESS": "inout:btrfs_scrub_progress_in:btrfs_scrub",
    "FICLONERANGE": "in:file_clone_range",
    **{"BTRFS_IOC_" + n: "fn:ioctl_btrfs.btrfs_ioctl" for n in (
        "SUBVOL_GETFLAGS SUBVOL_SETFLAGS BALANCE_V2 BALANCE_PROGRESS SET_FEATURES "
        "GET_SUPPORTED_FEATURES GET_DEV_STATS INO_LOOKUP TREE_SEARCH TREE_SEARCH_V2 SEND "
        "SPACE_INFO SNAP_CREATE_V2 SUBVOL_CREATE_V2 INO_PATHS LOGICAL_INO").split()},
    **{n: "fn:ioctl_btrfs.btrfs_ioctl" for n in (
        "FIDEDUPERANGE", "FS_IOC_GETFSLABEL", "FS_IOC_SETFSLABEL")},
}

UINT64_MAX = (1 << 64) - 1
EOVERFLOW = 75


# -- values --------------------------------------------------------------------------------

def u64(v: int) -> str:
    """A 64-bit count, UINT64_MAX by name."""
    from .fmt import styled
    return styled("%#x" % v, "UINT64_MAX") if v == UINT64_MAX else str(v)


def _named_u(v: int, table: str) -> str:
    """A value's name, or the number in decimal (strace's printxval_u without default)."""
    from ..abi import xlat_lookup
    from .fmt import styled
    name = xlat_lookup(table, v)
    if name is None and v >> 63:                # (names defined as -256ULL)
        name = xlat_lookup(table, v - (1 << 64))
    return str(v) if name is None else styled(str(v), name)


def objectid(v: int) -> str:
    return _named_u(v, "btrfs_tree_objectids")


def key_type(v: int) -> str:
    return _named_u(v, "btrfs_key_types")


def _uuid_text(raw: bytes) -> str:
    h = raw.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def _uuid_field(name: str):
    return lambda call, data: "%s=%s" % (name, _uuid_text(data))


uuid, fsid = _uuid_field("uuid"), _uuid_field("fsid")


def _timespec(name: str):
    def text(call: Call, data: bytes) -> str:
        from .fmt import time_comment
        sec = int.from_bytes(data[:8], "little")
        nsec = int.from_bytes(data[8:12], "little")
        return "%s={sec=%d, nsec=%d}%s" % (name, sec, nsec, time_comment(sec, nsec))
    return text


stime, rtime = _timespec("stime"), _timespec("rtime")


def _field(view: str, name: str):
    def get(data: bytes) -> int:
        return getattr(Fields(data, view), name)
    return get


def progress_1000(call: Call, data: bytes) -> str:
    p = _field("btrfs_replace_status", "progress_1000")(data)
    return "progress_1000=%d" % p + (" /* %d.%d%% */" % (p // 10, p % 10) if p <= 1000 else "")


def _time_field(name: str):
    def text(call: Call, data: bytes) -> str:
        from .fmt import time_comment
        t = _field("btrfs_replace_status", name)(data)
        return "%s=%d%s" % (name, t, time_comment(t))
    return text


time_started, time_stopped = _time_field("time_started"), _time_field("time_stopped")


def replace_status(call: Call, data: bytes) -> str:
    """The status parameters of a BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS request."""
    from ..abi import xlat_value
    from .structs import size_of, struct_text
    r = Fields(data, "btrfs_replace_cmd")
    if r.cmd != xlat_value("btrfs_dev_replace_cmds", "BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS"):
        return ""
    start = r.specs["status"][0]
    return "status=" + struct_text(call, data[start:start + size_of("btrfs_replace_status")],
                                   "btrfs_replace_status")


def _fs_info_flag(name: str) -> int:
    from ..abi import xlat_value
    return xlat_value("btrfs_fs_info_flags", name) or 0


def csum_info(call: Call, data: bytes) -> str:
    from .fmt import xlat_or
    f = Fields(data, "btrfs_fs_info")
    if not f.flags & _fs_info_flag("BTRFS_FS_INFO_FLAG_CSUM_INFO"):
        return ""
    return "csum_type=%s, csum_size=%d" % (
        xlat_or(f.csum_type, "btrfs_csum_types", "BTRFS_CSUM_TYPE_???"), f.csum_size)


def generation(call: Call, data: bytes) -> str:
    f = Fields(data, "btrfs_fs_info")
    return "generation=%d" % f.generation if f.flags & _fs_info_flag(
        "BTRFS_FS_INFO_FLAG_GENERATION") else ""


def metadata_uuid(call: Call, data: bytes) -> str:
    f = Fields(data, "btrfs_fs_info")
    return "metadata_uuid=" + _uuid_text(f.raw("metadata_uuid")) if f.flags & _fs_info_flag(
        "BTRFS_FS_INFO_FLAG_METADATA_UUID") else ""


# -- requests with code of their own --------------------------------------------------------

def btrfs_ioctl(call: Call, arg: int, entering: bool) -> str:
    from .ioctl import request_names
    name = next(n for n in request_names(call.args[1] & 0xFFFFFFFF) if n in REQUESTS)
    entry, leave = REQUESTS[name]
    if entering:
        call.saved["btrfs"] = None
        return entry(call, arg, name) if entry else ""
    return leave(call, arg, name) if leave else ""


def _read(call: Call, addr: int, view: str) -> Fields | None:
    from .structs import read_struct
    data = read_struct(call, addr, view)
    return None if data is None else Fields(data, view)


def _text(call: Call, s: Fields, view: str) -> str:
    from .structs import struct_text
    return struct_text(call, s.data, view)


def _abbrev(call: Call) -> bool:
    return call.opts.is_abbrev(call.name)


def _changed(call: Call, arg: int, view: str):
    """Exit of a request read on entry: the structure the kernel left, or the text
    printed in its place (nothing after a failure, " => " and the address when it
    cannot be read)."""
    if call.failed or not call.saved.get("btrfs"):
        return ""
    s = _read(call, arg, view)
    return " => " + ptr(arg) if s is None else s


def subvol_flags(call: Call, arg: int, name: str) -> str:
    """The flags, through the pointer, without brackets (strace's printflags64)."""
    from .fmt import flags
    from .ioctl_values import read_value
    if name == "BTRFS_IOC_SUBVOL_GETFLAGS" and call.failed:
        return ptr(arg)
    v = read_value(call, arg, "Q")
    return ptr(arg) if v is None else flags(v, "btrfs_snap_flags_v2", dflt="BTRFS_SUBVOL_???")


def _balance(call: Call, arg: int, out: bool) -> str:
    from ..abi import xlat_value
    from .fmt import flags
    from .structs import size_of
    b = _read(call, arg, "btrfs_balance")
    if b is None:
        return ptr(arg)
    text = "{flags=" + flags(b.flags, "btrfs_balance_flags", dflt="BTRFS_BALANCE_???")
    if out:
        text += ", state=" + flags(b.state, "btrfs_balance_state",
                                   dflt="BTRFS_BALANCE_STATE_???")
    for field, bit in (("data", "BTRFS_BALANCE_DATA"), ("meta", "BTRFS_BALANCE_METADATA"),
                       ("sys", "BTRFS_BALANCE_SYSTEM")):
        if b.flags & xlat_value("btrfs_balance_flags", bit):
            start = b.specs[field][0]
            raw = b.data[start:start + size_of("btrfs_balance_args")]
            text += ", %s=%s" % (field, _text(call, Fields(raw, "btrfs_balance_args"),
                                              "btrfs_balance_args"))
    return text + "}"


def balance_in(call: Call, arg: int, name: str) -> str:
    call.saved["btrfs"] = True
    return _balance(call, arg, False)


def balance_changed(call: Call, arg: int, name: str) -> str:
    return "" if call.failed else " => " + _balance(call, arg, True)


def balance_progress(call: Call, arg: int, name: str) -> str:
    return ptr(arg) if call.failed else _balance(call, arg, True)


def _features(call: Call, data: bytes, n: int, notes=()) -> str:
    from .structs import size_of
    size = size_of("btrfs_features")
    items = []
    for i in range(n):
        text = _text(call, Fields(data[i * size:(i + 1) * size], "btrfs_features"),
                     "btrfs_features")
        items.append(text + (" /* %s */" % notes[i] if notes else ""))
    return "[" + ", ".join(items) + "]"


def set_features(call: Call, arg: int, name: str) -> str:
    from .structs import size_of
    data = call.read(arg, 2 * size_of("btrfs_features")) if arg else None
    if data is None or len(data) < 2 * size_of("btrfs_features"):
        return ptr(arg)
    return _features(call, data, 2)


def supported_features(call: Call, arg: int, name: str) -> str:
    from .structs import size_of
    if call.failed:
        return ptr(arg)
    data = call.read(arg, 3 * size_of("btrfs_features")) if arg else None
    if data is None or len(data) < 3 * size_of("btrfs_features"):
        return ptr(arg)
    return _features(call, data, 3, ("supported", "safe to set", "safe to clear"))


def dev_stats(call: Call, arg: int, name: str, entering: bool = True) -> str:
    from ..abi import xlat_lookup
    from .file import makedev
    from .fmt import flags
    s = _read(call, arg, "btrfs_dev_stats")
    if s is None:
        return ptr(arg)
    head = "{devid=%s, " % makedev(s.devid) if entering else "{"
    head += "nr_items=%d, flags=%s" % (s.nr_items, flags(s.flags, "btrfs_dev_stats_flags",
                                                         dflt="BTRFS_DEV_STATS_???"))
    if entering:
        call.saved["btrfs"] = True
        return head + "}"
    values = s.array("values")
    items = []
    for i in range(s.nr_items):
        if i >= len(values):
            items.append("...")
            break
        index = xlat_lookup("btrfs_dev_stats_values", i)
        items.append("[%s]=%d" % (index or str(i), values[i]))
    return head + ", [" + ", ".join(items) + "]}"


def dev_stats_out(call: Call, arg: int, name: str) -> str:
    if call.failed or not call.saved.get("btrfs"):
        return ""
    return " => " + dev_stats(call, arg, name, False)


def ino_lookup_in(call: Call, arg: int, name: str) -> str:
    s = _read(call, arg, "btrfs_ino_lookup")
    if s is None:
        return ptr(arg)
    call.saved["btrfs"] = s
    return "{treeid=%s, objectid=%s}" % (objectid(s.treeid), objectid(s.objectid))


def ino_lookup_out(call: Call, arg: int, name: str) -> str:
    from .structs import field_text
    s = _changed(call, arg, "btrfs_ino_lookup")
    if isinstance(s, str):
        return s
    out = "treeid=%s, " % objectid(s.treeid) if call.saved["btrfs"].treeid == 0 else ""
    return " => {%sname=%s}" % (out, field_text(call, "str", s.data, s.specs["name"]))


def _search_key(call: Call, key: Fields, entering: bool) -> str:
    from ..abi import xlat_value
    if not entering:
        return "key={nr_items=%d}" % key.nr_items
    out = ["tree_id=" + objectid(key.tree_id)]
    if key.min_objectid != xlat_value("btrfs_tree_objectids", "BTRFS_FIRST_FREE_OBJECTID") \
            or not _abbrev(call):
        out.append("min_objectid=" + objectid(key.min_objectid))
    last = xlat_value("btrfs_tree_objectids", "BTRFS_LAST_FREE_OBJECTID") & UINT64_MAX
    if key.max_objectid != last or not _abbrev(call):
        out.append("max_objectid=" + objectid(key.max_objectid))
    out += ["%s=%s" % (f, u64(getattr(key, f))) for f in (
        "min_offset", "max_offset", "min_transid", "max_transid")]
    out += ["min_type=" + key_type(key.min_type), "max_type=" + key_type(key.max_type),
            "nr_items=%d" % key.nr_items]
    return "key={" + ", ".join(out) + "}"


def _search_buf(call: Call, addr: int, size: int, nr_items: int) -> str:
    """The headers of the items found (each followed by its data)."""
    from .fmt import hexaddr
    from .structs import size_of
    if _abbrev(call):
        return ", ..."
    hsize = size_of("btrfs_search_header")
    items, off = [], 0
    for i in range(nr_items):
        if off + hsize > size or i > call.opts.max_strlen:
            items.append("...")
            break
        h = _read(call, addr + off, "btrfs_search_header")
        if h is None:
            items.append("... /* %s */" % hexaddr(addr + off))
            break
        items.append(_text(call, h, "btrfs_search_header"))
        off += hsize + h.len
    return ", buf=[" + ", ".join(items) + "]"


def _tree_search(call: Call, arg: int, name: str, entering: bool) -> str:
    from .structs import size_of
    v2 = name == "BTRFS_IOC_TREE_SEARCH_V2"
    view = "btrfs_search_args_v2" if v2 else "btrfs_search_args"
    read = view if v2 else "btrfs_search_key"
    s = _read(call, arg, read)
    if s is None:
        return ptr(arg)
    key = Fields(s.data[:size_of("btrfs_search_key")], "btrfs_search_key")
    text = "{" + _search_key(call, key, entering)
    if v2:
        text += ", buf_size=%d" % s.buf_size
    if not entering:
        offset = Fields(b"\0" * size_of(view), view).specs["buf"][0]
        size = s.buf_size if v2 else size_of(view) - offset
        text += _search_buf(call, arg + offset, size, key.nr_items)
    return text + "}"


def tree_search_in(call: Call, arg: int, name: str) -> str:
    text = _tree_search(call, arg, name, True)
    call.saved["btrfs"] = text.startswith("{")
    return text


def tree_search_out(call: Call, arg: int, name: str) -> str:
    if not call.saved.get("btrfs"):
        return ""
    if call.failed:
        if name == "BTRFS_IOC_TREE_SEARCH_V2" and call.error == EOVERFLOW:
            s = _read(call, arg, "btrfs_search_args_v2")
            return " => " + (ptr(arg) if s is None else "{buf_size=%d}" % s.buf_size)
        return ""
    return " => " + _tree_search(call, arg, name, False)


def send(call: Call, arg: int, name: str) -> str:
    from .array import array
    from .fmt import flags
    s = _read(call, arg, "btrfs_send")
    if s is None:
        return ptr(arg)
    if _abbrev(call):
        sources = ptr(s.clone_sources)
    else:
        sources = array(call, s.clone_sources, s.clone_sources_count, 8,
                        lambda b: objectid(int.from_bytes(b, "little")))
    return "{send_fd=%s, clone_sources_count=%d, clone_sources=%s, parent_root=%s, " \
           "flags=%s}" % (call.fd(s.send_fd), s.clone_sources_count, sources, objectid(s.parent_root),
                          flags(s.flags, "btrfs_send_flags", dflt="BTRFS_SEND_FLAGS_???"))


def space_info_in(call: Call, arg: int, name: str) -> str:
    s = _read(call, arg, "btrfs_space_args")
    if s is None:
        return ptr(arg)
    call.saved["btrfs"] = True
    return "{space_slots=%d}" % s.space_slots


def space_info_out(call: Call, arg: int, name: str) -> str:
    from .array import array
    from .structs import size_of
    s = _changed(call, arg, "btrfs_space_args")
    if isinstance(s, str):
        return s
    out = " => {total_spaces=%d" % s.total_spaces
    if s.space_slots == 0 and s.total_spaces:
        return out + "}"
    if _abbrev(call):
        return out + ", ...}"
    size = size_of("btrfs_space_info")
    spaces = array(call, arg + s.specs["spaces"][0], s.total_spaces, size,
                   lambda b: _text(call, Fields(b, "btrfs_space_info"), "btrfs_space_info"))
    return out + ", spaces=" + spaces + "}"


def vol_args_v2_in(call: Call, arg: int, name: str) -> str:
    from ..abi import xlat_value
    from .fmt import flags
    from .structs import field_text
    s = _read(call, arg, "btrfs_vol_args_v2")
    if s is None:
        return ptr(arg)
    call.saved["btrfs"] = True
    out = "{fd=%s, flags=%s" % (call.fd(s.fd), flags(s.flags, "btrfs_snap_flags_v2",
                                                     dflt="BTRFS_SUBVOL_???"))
    if s.flags & xlat_value("btrfs_snap_flags_v2", "BTRFS_SUBVOL_QGROUP_INHERIT"):
        out += ", size=%d, qgroup_inherit=%s" % (s.size, _qgroup_inherit(call,
                                                                          s.qgroup_inherit))
    return out + ", name=%s}" % field_text(call, "str", s.data, s.specs["name"])


def _qgroup_inherit(call: Call, addr: int) -> str:
    from .array import array
    q = _read(call, addr, "btrfs_qgroup_inherit")
    if q is None:
        return ptr(addr)
    text = _text(call, q, "btrfs_qgroup_inherit")[:-1]
    if _abbrev(call):
        return text + ", ...}"
    groups = array(call, addr + q.specs["qgroups"][0], q.num_qgroups, 8,
                   lambda b: str(int.from_bytes(b, "little")))
    return text + ", qgroups=" + groups + "}"


def vol_args_v2_out(call: Call, arg: int, name: str) -> str:
    s = _changed(call, arg, "btrfs_vol_args_v2")
    return s if isinstance(s, str) else " => {transid=%d}" % s.transid


def _view_in(view: str):
    def entry(call: Call, arg: int, name: str) -> str:
        s = _read(call, arg, view)
        call.saved["btrfs"] = s is not None
        return ptr(arg) if s is None else _text(call, s, view)
    return entry


ino_paths_in = _view_in("btrfs_ino_path")
logical_ino_in = _view_in("btrfs_logical_ino")


def _container(call: Call, addr: int, item_size: int, count, item) -> str:
    """struct btrfs_data_container: its counts, then (with -v) its values."""
    from .array import array
    c = _read(call, addr, "btrfs_data_container")
    if c is None:
        return ptr(addr)
    text = _text(call, c, "btrfs_data_container")[:-1]
    if _abbrev(call):
        return text + ", ...}"
    val = addr + c.specs["val"][0]
    return text + ", val=" + array(call, val, count(c), item_size,
                                   lambda b: item(val, b)) + "}"


def ino_paths_out(call: Call, arg: int, name: str) -> str:
    s = _changed(call, arg, "btrfs_ino_path")
    if isinstance(s, str):
        return s
    paths = _container(call, s.fspath, 8, lambda c: c.elem_cnt,
                       lambda val, b: call.path(val + int.from_bytes(b, "little")))
    return " => {fspath=%s}" % paths


def logical_ino_out(call: Call, arg: int, name: str) -> str:
    s = _changed(call, arg, "btrfs_logical_ino")
    if isinstance(s, str):
        return s

    def record(val: int, b: bytes) -> str:
        inum, offset, root = (int.from_bytes(b[i:i + 8], "little") for i in (0, 8, 16))
        return "{inum=%d, offset=%d, root=%d}" % (inum, offset, root)
    inodes = _container(call, s.inodes, 24, lambda c: c.elem_cnt // 3, record)
    return " => {inodes=%s}" % inodes


def _dedupe(call: Call, arg: int, entering: bool) -> str:
    from .array import array
    from .structs import size_of
    r = _read(call, arg, "file_dedupe_range")
    if r is None:
        return ptr(arg)
    head = "{src_offset=%d, src_length=%d, dest_count=%d, " % (
        r.src_offset, r.src_length, r.dest_count) if entering else "{"
    view = "file_dedupe_range_info_in" if entering else "file_dedupe_range_info"
    size = size_of(view)
    limit = 2 if _abbrev(call) and r.dest_count > 2 else None
    info = array(call, arg + r.specs["info"][0], r.dest_count, size,
                 lambda b: _text(call, Fields(b, view), view), abbreviate=limit is None,
                 cap=limit)
    good = r.dest_count and not (info.startswith(("0x", "NULL")) or info.endswith("*/]"))
    call.saved["btrfs"] = bool(good) if entering else None
    return head + "info=" + info + "}"


def dedupe_in(call: Call, arg: int, name: str) -> str:
    return _dedupe(call, arg, True)


def dedupe_out(call: Call, arg: int, name: str) -> str:
    if call.failed or not call.saved.get("btrfs"):
        return ""
    return " => " + _dedupe(call, arg, False)


def fslabel(call: Call, arg: int, name: str) -> str:
    """A label of FSLABEL_MAX bytes as a C string."""
    from .fmt import quote
    if name == "FS_IOC_GETFSLABEL" and call.failed:
        return ptr(arg)
    size = (call.args[1] >> 16) & 0x3FFF          # FSLABEL_MAX, the request's size
    raw = call.read(arg, size) if arg else None
    if raw is None or len(raw) < size:
        return ptr(arg)
    text, nul, _rest = raw.partition(b"\0")
    return quote(text if nul else raw[:-1], call.opts.xflag) + ("" if nul else "...")


# request -> (printer on entry, printer on exit)
REQUESTS = {
    "BTRFS_IOC_SUBVOL_GETFLAGS": (None, subvol_flags),
    "BTRFS_IOC_SUBVOL_SETFLAGS": (subvol_flags, None),
    "BTRFS_IOC_BALANCE_V2": (balance_in, balance_changed),
    "BTRFS_IOC_BALANCE_PROGRESS": (None, balance_progress),
    "BTRFS_IOC_SET_FEATURES": (set_features, None),
    "BTRFS_IOC_GET_SUPPORTED_FEATURES": (None, supported_features),
    "BTRFS_IOC_GET_DEV_STATS": (dev_stats, dev_stats_out),
    "BTRFS_IOC_INO_LOOKUP": (ino_lookup_in, ino_lookup_out),
    "BTRFS_IOC_TREE_SEARCH": (tree_search_in, tree_search_out),
    "BTRFS_IOC_TREE_SEARCH_V2": (tree_search_in, tree_search_out),
    "BTRFS_IOC_INO_PATHS": (ino_paths_in, ino_paths_out),
    "BTRFS_IOC_LOGICAL_INO": (logical_ino_in, logical_ino_out),
    "BTRFS_IOC_SEND": (send, None),
    "BTRFS_IOC_SPACE_INFO": (space_info_in, space_info_out),
    "BTRFS_IOC_SNAP_CREATE_V2": (vol_args_v2_in, vol_args_v2_out),
    "BTRFS_IOC_SUBVOL_CREATE_V2": (vol_args_v2_in, vol_args_v2_out),
    "FIDEDUPERANGE": (dedupe_in, dedupe_out),
    "FS_IOC_GETFSLABEL": (None, fslabel),
    "FS_IOC_SETFSLABEL": (fslabel, None),
}
