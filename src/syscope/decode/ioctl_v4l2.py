"""Video4Linux2's ioctl requests (linux/videodev2.h), as strace 6.1 prints them: what
the application gives on entry and what the driver fills in on exit, after ", " (a
structure the call completes) or " => " (a value it changes).  The leaf structures are
struct views (decode/struct_views.py); this module holds what depends on the request,
on a structure's type field or on the direction.  Nothing is decoded under
-e verbose=none (strace's verbose(tcp) check)."""
from __future__ import annotations

from .core import Call
from .fmt import ptr
from .ioctl_values import Fields

# request -> (entry printer, exit printer); None: nothing printed then
_REQUESTS = {
    "VIDIOC_QUERYCAP": ("later", "capability"),
    "VIDIOC_ENUM_FMT": ("fmtdesc_in", "fmtdesc_out"),
    "VIDIOC_G_FMT": ("format_type", "format_got"),
    "VIDIOC_S_FMT": ("format_in", "format_changed"),
    "VIDIOC_TRY_FMT": ("format_in", "format_changed"),
    "VIDIOC_REQBUFS": ("reqbufs_in", "reqbufs_out"),
    "VIDIOC_QUERYBUF": ("buffer_in", "buffer_out"),
    "VIDIOC_QBUF": ("buffer_in", "buffer_out"),
    "VIDIOC_DQBUF": ("buffer_in", "buffer_out"),
    "VIDIOC_G_FBUF": ("later", "framebuffer_any"),
    "VIDIOC_S_FBUF": ("framebuffer", None),
    "VIDIOC_STREAMON": ("buf_type", None),
    "VIDIOC_STREAMOFF": ("buf_type", None),
    "VIDIOC_G_PARM": ("streamparm_in", "streamparm_out"),
    "VIDIOC_S_PARM": ("streamparm_in", "streamparm_out"),
    "VIDIOC_G_STD": ("later", "std_any"),
    "VIDIOC_S_STD": ("std", None),
    "VIDIOC_ENUMSTD": ("standard_in", "standard_out"),
    "VIDIOC_ENUMINPUT": ("input_in", "input_out"),
    "VIDIOC_G_CTRL": ("control_in", "control_out"),
    "VIDIOC_S_CTRL": ("control_in", "control_out"),
    "VIDIOC_G_TUNER": ("tuner_in", "tuner_out"),
    "VIDIOC_S_TUNER": ("tuner_in", "tuner_out"),
    "VIDIOC_QUERYCTRL": ("queryctrl_in", "queryctrl_out"),
    "VIDIOC_QUERY_EXT_CTRL": ("queryctrl_in", "queryctrl_out"),
    "VIDIOC_G_INPUT": ("later", "input_number_any"),
    "VIDIOC_S_INPUT": ("input_number", None),
    "VIDIOC_CROPCAP": ("type_in", "cropcap_out"),
    "VIDIOC_G_CROP": ("crop_in", "crop_out"),
    "VIDIOC_S_CROP": ("crop_in", "crop_out"),
    "VIDIOC_S_EXT_CTRLS": ("ext_controls_in", "ext_controls_out"),
    "VIDIOC_TRY_EXT_CTRLS": ("ext_controls_in", "ext_controls_out"),
    "VIDIOC_G_EXT_CTRLS": ("ext_controls_in", "ext_controls_out"),
    "VIDIOC_ENUM_FRAMESIZES": ("frmsize_in", "frmsize_out"),
    "VIDIOC_ENUM_FRAMEINTERVALS": ("frmival_in", "frmival_out"),
    "VIDIOC_CREATE_BUFS": ("create_bufs", None),
}
ARGS = {name: "fn:ioctl_v4l2.v4l2_ioctl" for name in _REQUESTS}
RESULT_NOTES = {"VIDIOC_CREATE_BUFS": lambda call: note_create_bufs(call)}

# the requests that read a structure whose type selects the format's member
FORMAT_MEMBERS = {
    "V4L2_BUF_TYPE_VIDEO_CAPTURE": ("pix", "v4l2_pix_format"),
    "V4L2_BUF_TYPE_VIDEO_OUTPUT": ("pix", "v4l2_pix_format"),
    "V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE": ("pix_mp", "v4l2_pix_format_mplane"),
    "V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE": ("pix_mp", "v4l2_pix_format_mplane"),
    "V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY": ("win", "v4l2_window"),
    "V4L2_BUF_TYPE_VIDEO_OVERLAY": ("win", "v4l2_window"),
    "V4L2_BUF_TYPE_VBI_CAPTURE": ("vbi", "v4l2_vbi_format"),
    "V4L2_BUF_TYPE_VBI_OUTPUT": ("vbi", "v4l2_vbi_format"),
    "V4L2_BUF_TYPE_SLICED_VBI_CAPTURE": ("sliced", "v4l2_sliced_vbi_format"),
    "V4L2_BUF_TYPE_SLICED_VBI_OUTPUT": ("sliced", "v4l2_sliced_vbi_format"),
    "V4L2_BUF_TYPE_SDR_CAPTURE": ("sdr", "v4l2_sdr_format"),
    "V4L2_BUF_TYPE_SDR_OUTPUT": ("sdr", "v4l2_sdr_format"),
    "V4L2_BUF_TYPE_META_CAPTURE": ("meta", "v4l2_meta_format"),
    "V4L2_BUF_TYPE_META_OUTPUT": ("meta", "v4l2_meta_format"),
}


def v4l2_ioctl(call: Call, arg: int, entering: bool) -> str:
    from .ioctl import request_names
    if not call.opts.is_verbose(call.name):
        from .fmt import hexaddr
        return hexaddr(arg) if entering else ""
    name = next(n for n in request_names(call.args[1] & 0xFFFFFFFF) if n in _REQUESTS)
    if entering:
        call.saved["v4l2"] = None
        printer = _REQUESTS[name][0]
        return "" if printer == "later" else PRINTERS[printer](call, arg, name)
    printer = _REQUESTS[name][1]
    if printer is None:
        return ""
    if not printer.endswith("_any") and _REQUESTS[name][0] != "later" \
            and call.saved.get("v4l2") is None:
        return ""                           # nothing was read on entry
    return PRINTERS[printer](call, arg, name)


# -- helpers ------------------------------------------------------------------------------

def _read(call: Call, addr: int, view: str) -> Fields | None:
    from .structs import read_struct
    data = read_struct(call, addr, view)
    return None if data is None else Fields(data, view)


def _text(call: Call, s: Fields, view: str) -> str:
    """The structure as its view prints it, braces and all."""
    from .structs import struct_text
    return struct_text(call, s.data, view)


def _inner(call: Call, s: Fields, view: str) -> str:
    """The fields of a view without its braces."""
    return _text(call, s, view)[1:-1]


def _buf_type(v: int) -> str:
    from .fmt import xlat_or
    return xlat_or(v, "v4l2_buf_types", "V4L2_BUF_TYPE_???")


def _start(call: Call, arg: int, view: str, text) -> str:
    """Entry: the structure read (kept for the exit) and printed by text(fields), or
    the address when it cannot be read."""
    s = _read(call, arg, view)
    if s is None:
        return ptr(arg)
    call.saved["v4l2"] = s
    return text(s)


def _again(call: Call, arg: int, view: str) -> Fields | None:
    """Exit: the structure as the driver left it, after a successful call."""
    return None if call.failed else _read(call, arg, view)


def _fourcc(v: int, table: str | None) -> str:
    """v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV */; the number under -X raw."""
    from ..abi import xlat_lookup
    from . import fmt
    if fmt.xlat_style() == fmt.RAW:
        return fmt.chex(v)
    text = "v4l2_fourcc(%s)" % ", ".join(_char((v >> s) & 0xFF) for s in (0, 8, 16, 24))
    name = xlat_lookup(table, v) if table else None
    return text + (" /* %s */" % name if name else "")


def _char(c: int) -> str:
    """A quoted character, in hex unless printable (strace's print_char)."""
    if 0x20 <= c < 0x7F:
        return "'%s'" % ("\\" + chr(c) if c in (0x27, 0x5C) else chr(c))
    return "'\\x%02x'" % c


def pix_fmt(v: int) -> str:
    return _fourcc(v, "v4l2_pix_fmts")


def sdr_fmt(v: int) -> str:
    return _fourcc(v, "v4l2_sdr_fmts")


def meta_fmt(v: int) -> str:
    return _fourcc(v, "v4l2_meta_fmts")


def _fract(name: str):
    def text(call: Call, data: bytes) -> str:
        return "%s=%d/%d" % (name, int.from_bytes(data[:4], "little"),
                             int.from_bytes(data[4:8], "little"))
    return text


timeperframe, frameperiod, pixelaspect = (_fract(n) for n in (
    "timeperframe", "frameperiod", "pixelaspect"))
fract_min, fract_max, fract_step = (_fract(n) for n in ("min", "max", "step"))


def service_lines(call: Call, data: bytes) -> str:
    """A two-dimensional array of 16-bit words in hex."""
    from .fmt import chex
    half = len(data) // 2
    rows = [data[:half], data[half:]]
    return "service_lines=[%s]" % ", ".join(
        "[%s]" % ", ".join(chex(int.from_bytes(r[i:i + 2], "little"))
                           for i in range(0, len(r), 2)) for r in rows)


# -- formats ------------------------------------------------------------------------------

def _format_member(call: Call, arg: int, f: Fields) -> str | None:
    """fmt.pix={...} as the type says, or None for a type without a member; the text
    ends in a NUL where strace stops decoding after it (a window whose clips its
    print_array reported as not printed)."""
    from ..abi import xlat_lookup
    member = FORMAT_MEMBERS.get(xlat_lookup("v4l2_buf_types", f.type) or "")
    if member is None:
        return None
    name, view = member
    from .structs import size_of
    start = f.specs["fmt"][0]
    data = f.data[start:start + size_of(view)]
    call.saved["v4l2_clips_ok"] = True
    text = "fmt.%s=%s" % (name, _text(call, Fields(data, view), view))
    return text if call.saved.pop("v4l2_clips_ok") else text + "\0"


def clips(call: Call, data: bytes) -> str:
    """A window's clip rectangles (an array of clipcount at the pointer clips)."""
    from .array import array
    from .structs import size_of
    w = Fields(data, "v4l2_window")
    size = size_of("v4l2_clip")
    text = array(call, w.clips, w.clipcount, size,
                 lambda b: "{c=%s}" % _text(call, Fields(b, "v4l2_rect"), "v4l2_rect"))
    if not w.clipcount or text.startswith(("0x", "NULL")) or text.endswith("*/]"):
        call.saved["v4l2_clips_ok"] = False     # (strace's print_array returned false)
    return "clips=" + text


def _with_member(call: Call, arg: int, f: Fields, head: str) -> tuple[str, bool]:
    """head, then ", fmt.X={...}" when the type has a member; whether it went well."""
    member = _format_member(call, arg, f)
    if member is None:
        return head, False
    if member.endswith("\0"):
        return head + ", " + member[:-1], False
    return head + ", " + member, True


def format_type(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_format", lambda f: "{type=" + _buf_type(f.type))


def format_got(call: Call, arg: int, name: str) -> str:
    f = _again(call, arg, "v4l2_format")
    if f is None:
        return "}"
    member = _format_member(call, arg, f)
    return (", " + member.rstrip("\0") if member else "") + "}"


def format_in(call: Call, arg: int, name: str) -> str:
    f = _read(call, arg, "v4l2_format")
    if f is None:
        return ptr(arg)
    text, good = _with_member(call, arg, f, "{type=" + _buf_type(f.type))
    if not good:
        return text + "}"
    call.saved["v4l2"] = f
    return text


def format_changed(call: Call, arg: int, name: str) -> str:
    f = _again(call, arg, "v4l2_format")
    member = _format_member(call, arg, f) if f is not None else None
    return ("} => {" + member.rstrip("\0") if member else "") + "}"


# -- buffers ------------------------------------------------------------------------------

def reqbufs_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_requestbuffers",
                  lambda s: "{" + _inner(call, s, "v4l2_requestbuffers"))


def reqbufs_out(call: Call, arg: int, name: str) -> str:
    s = _again(call, arg, "v4l2_requestbuffers")
    return (" => %d" % s.count if s is not None else "") + "}"


def buffer_in(call: Call, arg: int, name: str) -> str:
    def text(b: Fields) -> str:
        out = "{type=" + _buf_type(b.type)
        return out if name == "VIDIOC_DQBUF" else out + ", index=%d" % b.index
    return _start(call, arg, "v4l2_buffer", text)


def buffer_out(call: Call, arg: int, name: str) -> str:
    from ..abi import xlat_value
    from .fmt import chex, xlat_or
    b = _again(call, arg, "v4l2_buffer")
    if b is None:
        return "}"
    out = ", index=%d" % b.index if name == "VIDIOC_DQBUF" else ""
    out += ", memory=" + xlat_or(b.memory, "v4l2_memories", "V4L2_MEMORY_???")
    if b.memory == xlat_value("v4l2_memories", "V4L2_MEMORY_MMAP"):
        out += ", m.offset=" + chex(getattr(b, "m.offset"))
    elif b.memory == xlat_value("v4l2_memories", "V4L2_MEMORY_USERPTR"):
        out += ", m.userptr=" + ptr(getattr(b, "m.userptr"))
    out += ", length=%d, bytesused=%d, flags=%s" % (b.length, b.bytesused,
                                                   buffer_flags(b.flags))
    if name == "VIDIOC_DQBUF":
        out += ", timestamp={tv_sec=%d, tv_usec=%d}" % (getattr(b, "timestamp.tv_sec"),
                                                        getattr(b, "timestamp.tv_usec"))
    return out + ", ...}"


def buffer_flags(v: int) -> str:
    """The flags, then the timestamp's type and source (fields of their own)."""
    from ..abi import xlat_value
    from . import fmt
    if fmt.xlat_style() == fmt.RAW:
        return fmt.chex(v)
    ts_type = v & xlat_value("v4l2_buf_flags_masks", "V4L2_BUF_FLAG_TIMESTAMP_MASK")
    ts_src = v & xlat_value("v4l2_buf_flags_masks", "V4L2_BUF_FLAG_TSTAMP_SRC_MASK")
    rest = v & ~ts_type & ~ts_src
    out = fmt.flags(rest, "v4l2_buf_flags", dflt="V4L2_BUF_FLAG_???") + "|" if rest else ""
    return out + "%s|%s" % (
        fmt.xlat_or(ts_type, "v4l2_buf_flags_ts_type", "V4L2_BUF_FLAG_TIMESTAMP_???"),
        fmt.xlat_or(ts_src, "v4l2_buf_flags_ts_src", "V4L2_BUF_FLAG_TSTAMP_SRC_???"))


def framebuffer(call: Call, arg: int, name: str) -> str:
    s = _read(call, arg, "v4l2_framebuffer")
    return ptr(arg) if s is None else _text(call, s, "v4l2_framebuffer")


def framebuffer_any(call: Call, arg: int, name: str) -> str:
    return ptr(arg) if call.failed else framebuffer(call, arg, name)


def buf_type(call: Call, arg: int, name: str) -> str:
    from .ioctl_values import read_value
    v = read_value(call, arg, "i")
    return ptr(arg) if v is None else "[%s]" % _buf_type(v & 0xFFFFFFFF)


def std(call: Call, arg: int, name: str) -> str:
    from .fmt import chex
    from .ioctl_values import read_value
    v = read_value(call, arg, "Q")
    return ptr(arg) if v is None else "[%s]" % chex(v)


def std_any(call: Call, arg: int, name: str) -> str:
    return ptr(arg) if call.failed else std(call, arg, name)


def input_number(call: Call, arg: int, name: str) -> str:
    from .ioctl_values import read_value
    v = read_value(call, arg, "I")
    return ptr(arg) if v is None else "[%d]" % v


def input_number_any(call: Call, arg: int, name: str) -> str:
    return ptr(arg) if call.failed else input_number(call, arg, name)


def capability(call: Call, arg: int, name: str) -> str:
    s = None if call.failed else _read(call, arg, "v4l2_capability")
    return ptr(arg) if s is None else _text(call, s, "v4l2_capability")


def create_bufs(call: Call, arg: int, name: str) -> str:
    def text(b: Fields) -> str:
        from .fmt import xlat_or
        from .structs import size_of
        start = b.specs["format"][0]
        f = Fields(b.data[start:start + size_of("v4l2_format")], "v4l2_format")
        fmt_text, _good = _with_member(call, arg, f, "{type=" + _buf_type(f.type))
        return "{count=%d, memory=%s, format=%s}}" % (
            b.count, xlat_or(b.memory, "v4l2_memories", "V4L2_MEMORY_???"), fmt_text)
    return _start(call, arg, "v4l2_create_buffers", text)


def note_create_bufs(call: Call) -> str | None:
    b = _read(call, call.args[2], "v4l2_create_buffers")
    return None if b is None else "{index=%d, count=%d}" % (b.index, b.count)


# -- parameters, standards, inputs, tuners -------------------------------------------------

def _parm_member(call: Call, s: Fields) -> str:
    from ..abi import xlat_value
    from .structs import size_of
    capture = s.type == xlat_value("v4l2_buf_types", "V4L2_BUF_TYPE_VIDEO_CAPTURE")
    view = "v4l2_captureparm" if capture else "v4l2_outputparm"
    start = s.specs["parm"][0]
    data = s.data[start:start + size_of(view)]
    return "parm.%s=%s" % ("capture" if capture else "output",
                           _text(call, Fields(data, view), view))


def streamparm_in(call: Call, arg: int, name: str) -> str:
    from ..abi import xlat_lookup
    s = _read(call, arg, "v4l2_streamparm")
    if s is None:
        return ptr(arg)
    out = "{type=" + _buf_type(s.type)
    if xlat_lookup("v4l2_buf_types", s.type) not in ("V4L2_BUF_TYPE_VIDEO_CAPTURE",
                                                     "V4L2_BUF_TYPE_VIDEO_OUTPUT"):
        return out + "}"
    call.saved["v4l2"] = s
    return out if name == "VIDIOC_G_PARM" else out + ", " + _parm_member(call, s)


def streamparm_out(call: Call, arg: int, name: str) -> str:
    s = _again(call, arg, "v4l2_streamparm")
    if s is None:
        return "}"
    sep = ", " if name == "VIDIOC_G_PARM" else "} => {"
    return sep + _parm_member(call, s) + "}"


def standard_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_standard_index", lambda s: "{index=%d" % s.index)


def input_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_input_index", lambda s: "{index=%d" % s.index)


def _completed(view: str):
    def out(call: Call, arg: int, name: str) -> str:
        s = _again(call, arg, view)
        return (", " + _inner(call, s, view) if s is not None else "") + "}"
    return out


standard_out = _completed("v4l2_standard_out")
fmtdesc_out = _completed("v4l2_fmtdesc_out")


def fmtdesc_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_fmtdesc_in",
                  lambda s: "{" + _inner(call, s, "v4l2_fmtdesc_in"))
input_out = _completed("v4l2_input_out")
cropcap_out = _completed("v4l2_cropcap_out")


def type_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_type", lambda s: "{type=" + _buf_type(s.type))


def crop_in(call: Call, arg: int, name: str) -> str:
    def text(s: Fields) -> str:
        out = "{type=" + _buf_type(s.type)
        return out if name == "VIDIOC_G_CROP" else out + ", " + _inner(call, s, "v4l2_crop_rect")
    if name == "VIDIOC_S_CROP":
        s = _read(call, arg, "v4l2_crop_c")
        return ptr(arg) if s is None else text(s) + "}"
    return _start(call, arg, "v4l2_crop_c", text)


def crop_out(call: Call, arg: int, name: str) -> str:
    if name == "VIDIOC_S_CROP":
        return ""
    s = _again(call, arg, "v4l2_crop_rect")
    return (", " + _inner(call, s, "v4l2_crop_rect") if s is not None else "") + "}"


def tuner_in(call: Call, arg: int, name: str) -> str:
    def text(s: Fields) -> str:
        out = "{index=%d" % s.index
        return out if name == "VIDIOC_G_TUNER" else out + ", " + _inner(call, s, "v4l2_tuner")
    return _start(call, arg, "v4l2_tuner_index", text)


def tuner_out(call: Call, arg: int, name: str) -> str:
    s = _again(call, arg, "v4l2_tuner")
    if s is None:
        return "}"
    sep = ", " if name == "VIDIOC_G_TUNER" else "} => {"
    return sep + _inner(call, s, "v4l2_tuner") + "}"


# -- controls -----------------------------------------------------------------------------

def cid(v: int, next_flags: bool = False) -> str:
    """A control's id: its name, CLASS+offset within a known class, or V4L2_CID_???;
    the query's NEXT flags before it."""
    from ..abi import xlat_lookup, xlat_table
    from . import fmt
    if fmt.xlat_style() == fmt.RAW:
        return fmt.chex(v)
    prefix = ""
    if next_flags:
        mask = 0
        for _n, bit in xlat_table("v4l2_control_query_flags"):
            mask |= bit
        if v & mask:
            prefix = fmt.flags(v & mask, "v4l2_control_query_flags",
                               dflt="V4L2_CTRL_FLAG_NEXT_???") + "|"
            v &= ~mask
    name = xlat_lookup("v4l2_control_ids", v)
    if name:
        return prefix + fmt.styled(fmt.chex(v), name)
    best = None
    for n, base in xlat_table("v4l2_control_classes"):
        if base <= v and (best is None or base >= best[1]):
            best = (n, base)
    if best is None or v - best[1] >= 0x10000:
        return prefix + fmt.unknown(v, "V4L2_CID_???")
    offset = v - best[1]
    return prefix + fmt.styled(fmt.chex(v), "%s+%s" % (best[0], fmt.chex(offset)))


def control_in(call: Call, arg: int, name: str) -> str:
    def text(c: Fields) -> str:
        out = "{id=" + cid(c.id)
        return out if name == "VIDIOC_G_CTRL" else out + ", value=%d" % c.value
    return _start(call, arg, "v4l2_control", text)


def control_out(call: Call, arg: int, name: str) -> str:
    c = _again(call, arg, "v4l2_control")
    if c is None:
        return "}"
    return (", value=%d}" if name == "VIDIOC_G_CTRL" else " => %d}") % c.value


def _id_view(name: str) -> str:
    return "v4l2_ext_control_id" if name == "VIDIOC_QUERY_EXT_CTRL" else "v4l2_control_id"


def queryctrl_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, _id_view(name), lambda c: "{id=" + cid(c.id, True))


def queryctrl_out(call: Call, arg: int, name: str) -> str:
    view = "v4l2_query_ext_ctrl" if name == "VIDIOC_QUERY_EXT_CTRL" else "v4l2_queryctrl"
    c = _again(call, arg, view)
    if c is None:
        return "}"
    got = getattr(_read(call, arg, _id_view(name)), "id", call.saved["v4l2"].id)
    out = "" if got == call.saved["v4l2"].id else " => " + cid(got)
    return out + ", " + _inner(call, c, view) + "}"


def _reserved(view: str):
    """reserved=[...] in hex, when not all zero."""
    def text(call: Call, data: bytes) -> str:
        from .fmt import chex
        raw = Fields(data, view).raw("reserved")
        if not any(raw):
            return ""
        return "reserved=[%s]" % ", ".join(chex(int.from_bytes(raw[i:i + 4], "little"))
                                           for i in range(0, len(raw), 4))
    return text


queryctrl_reserved = _reserved("v4l2_queryctrl")
ext_ctrl_reserved = _reserved("v4l2_query_ext_ctrl")


def ext_controls_in(call: Call, arg: int, name: str) -> str:
    from .fmt import xlat_or
    c = _read(call, arg, "v4l2_ext_controls")
    if c is None:
        return ptr(arg)
    out = "{ctrl_class=%s, count=%d" % (
        xlat_or(c.ctrl_class, "v4l2_control_classes", "V4L2_CTRL_CLASS_???"), c.count)
    if not c.count:
        return out + "}"
    if name == "VIDIOC_G_EXT_CTRLS":
        call.saved["v4l2"] = c
        return out
    controls, good = _controls(call, c)
    if not good:
        return out + ", " + controls + "}"
    call.saved["v4l2"] = c
    return out + ", " + controls


def ext_controls_out(call: Call, arg: int, name: str) -> str:
    c = _read(call, arg, "v4l2_ext_controls")
    if c is None:
        return "}"
    sep = ", " if name == "VIDIOC_G_EXT_CTRLS" else "} => {"
    controls, _good = _controls(call, c)
    out = sep + controls
    if call.failed:
        out += ", error_idx=%d" % c.error_idx
    return out + "}"


def _controls(call: Call, c: Fields) -> tuple[str, bool]:
    from .array import array
    from .structs import size_of
    text = array(call, c.controls, c.count, size_of("v4l2_ext_control"),
                 lambda b: _control(call, Fields(b, "v4l2_ext_control")))
    good = not (text.startswith(("0x", "NULL")) or text.endswith("*/]")) or not c.count
    return "controls=" + text, good


def _control(call: Call, p: Fields) -> str:
    from .fmt import xlat_or
    out = "{id=%s, size=%d" % (xlat_or(p.id, "v4l2_control_ids", "V4L2_CID_???"), p.size)
    if p.size > 0:
        return out + ", string=%s}" % call.buf(p.string, p.size)
    return out + ", value=%d, value64=%d}" % (p.value, p.value64)


# -- frame sizes and intervals ------------------------------------------------------------

def frmsize_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_frmsizeenum",
                  lambda s: "{index=%d, pixel_format=%s" % (s.index, pix_fmt(s.pixel_format)))


def frmsize_out(call: Call, arg: int, name: str) -> str:
    return _typed_out(call, arg, "v4l2_frmsizeenum", "v4l2_framesize_types",
                      "V4L2_FRMSIZE_TYPE_???",
                      {"V4L2_FRMSIZE_TYPE_DISCRETE": ("discrete", "v4l2_frmsize_discrete"),
                       "V4L2_FRMSIZE_TYPE_STEPWISE": ("stepwise", "v4l2_frmsize_stepwise")})


def frmival_in(call: Call, arg: int, name: str) -> str:
    return _start(call, arg, "v4l2_frmivalenum",
                  lambda s: "{index=%d, pixel_format=%s, width=%d, height=%d" % (
                      s.index, pix_fmt(s.pixel_format), s.width, s.height))


def frmival_out(call: Call, arg: int, name: str) -> str:
    return _typed_out(call, arg, "v4l2_frmivalenum", "v4l2_frameinterval_types",
                      "V4L2_FRMIVAL_TYPE_???",
                      {"V4L2_FRMIVAL_TYPE_DISCRETE": ("discrete", "fract"),
                       "V4L2_FRMIVAL_TYPE_STEPWISE": ("stepwise", "v4l2_frmival_stepwise"),
                       "V4L2_FRMIVAL_TYPE_CONTINUOUS": ("stepwise",
                                                        "v4l2_frmival_stepwise")})


def _typed_out(call: Call, arg: int, view: str, table: str, dflt: str, members: dict) -> str:
    from ..abi import xlat_lookup
    from .fmt import xlat_or
    from .structs import size_of
    s = _again(call, arg, view)
    if s is None:
        return "}"
    out = ", type=" + xlat_or(s.type, table, dflt)
    member = members.get(xlat_lookup(table, s.type))
    if member:
        field, mview = member
        start = s.specs[field][0]
        if mview == "fract":
            out += ", " + _fract(field)(call, s.data[start:start + 8])
        else:
            data = s.data[start:start + size_of(mview)]
            out += ", %s=%s" % (field, _text(call, Fields(data, mview), mview))
    return out + "}"


PRINTERS = {name: globals()[name] for pair in _REQUESTS.values() for name in pair
            if name not in (None, "later")}
