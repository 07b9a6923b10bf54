"""Input devices ('E'): the arguments of the evdev requests, as strace 6.1 prints them.
Requests that read print on exit, requests that write on entry; the structures are
views (decode/struct_views.py), the bit sets of EVIOCGBIT and its kin are below."""
from __future__ import annotations

import struct

from .core import Call
from .fmt import hexaddr, ptr, xlat_or
from .structs import read_struct, size_of, struct_text

IOC_WRITE, IOC_READ = 1, 2

# EVIOCGBIT(ev, size): the table of the event type's codes, its highest code, the comment
# of an unknown code; 0 (the event types themselves) under -1
BITSETS = {
    -1: ("evdev_ev", "EV_MAX", "EV_???"), 1: ("evdev_keycode", "KEY_MAX", "KEY_???"),
    2: ("evdev_relative_axes", "REL_MAX", "REL_???"), 3: ("evdev_abs", "ABS_MAX", "ABS_???"),
    4: ("evdev_misc", "MSC_MAX", "MSC_???"), 5: ("evdev_switch", "SW_MAX", "SW_???"),
    0x11: ("evdev_leds", "LED_MAX", "LED_???"), 0x12: ("evdev_snd", "SND_MAX", "SND_???"),
    0x14: ("evdev_autorepeat", "REP_MAX", "REP_???"),
    0x15: ("evdev_ff_types", "FF_MAX", "FF_???"),
    0x17: ("evdev_ff_status", "FF_STATUS_MAX", "FF_STATUS_???"),
}
# requests of one number whose size is a parameter: nr -> bit set (names print as strings)
SIZED_BITSETS = {0x09: ("evdev_prop", "INPUT_PROP_MAX", "PROP_???"),
                 0x18: BITSETS[1], 0x19: BITSETS[0x11], 0x1A: BITSETS[0x12],
                 0x1B: BITSETS[5]}
EV_PWR = 0x16


def _limit(name: str) -> int:
    from ..abi import xlat_value
    return xlat_value("evdev_limits", name)


def bitset(call: Call, addr: int, table: str, limit: str, dflt: str) -> str:
    """The bits the kernel set, as many as the return value says bytes (at most the
    highest code's), by name: [A B C D ...] (four without -v)."""
    max_nr = _limit(limit)
    rval = call.rval & 0xFFFFFFFFFFFFFFFF
    bits = max_nr if rval > max_nr // 8 else rval * 8
    size = ((bits + 7) // 8 + 7) // 8 * 8
    if call.failed or not size:
        return ptr(addr)
    data = call.read(addr, size)
    if data is None or len(data) < size:
        return hexaddr(addr)
    value = int.from_bytes(data, "little")
    from . import fmt
    words = "[" + ", ".join(hexaddr(w) for w in struct.unpack("<%dQ" % (size // 8), data)) + "]"
    if fmt.xlat_style() == fmt.RAW:
        return words
    shown = []
    abbrev = call.opts.is_abbrev(call.name)
    for i in range(bits):
        if value >> i & 1:
            if abbrev and len(shown) == 4:
                shown.append("...")
                break
            shown.append(xlat_or(i, table, dflt))
    names = "[" + " ".join(shown) + "]"
    return names + " /* %s */" % words if fmt.xlat_style() == fmt.VERBOSE else names


def absinfo(call: Call, code: int, addr: int) -> str:
    """struct input_absinfo of the size in the request: the address when shorter than
    its fields up to flat; resolution when the size holds it; '...' when longer."""
    layout = read_layout("input_absinfo")
    flat_end = layout["flat"][0] + layout["flat"][1]
    res_end = layout["resolution"][0] + layout["resolution"][1]
    sz = (code >> 16) & 0x3FFF
    if sz < flat_end:
        return ptr(addr)
    full = size_of("input_absinfo")
    data = call.read(addr, min(sz, full)) if addr else None
    if data is None or len(data) < min(sz, full):
        return ptr(addr)
    data = data.ljust(full, b"\0")
    v = {f: int.from_bytes(data[o:o + s], "little") for f, (o, s, _x, _c) in layout.items()}
    out = ["value=%d" % v["value"], "minimum=%d" % v["minimum"]]
    if call.opts.is_abbrev(call.name):
        out.append("...")
    else:
        out += ["maximum=%d" % v["maximum"], "fuzz=%d" % v["fuzz"], "flat=%d" % v["flat"]]
        if sz > flat_end:
            if sz >= res_end:
                out.append("resolution=%d" % v["resolution"])
            if sz != res_end:
                out.append("...")
    return "{" + ", ".join(out) + "}"


def read_layout(name: str) -> dict:
    from .structs import layout
    return layout(name)[1]


def _struct(call: Call, addr: int, name: str) -> str:
    data = read_struct(call, addr, name)
    return ptr(addr) if data is None else struct_text(call, data, name, addr)


def _uints(call: Call, addr: int, n: int, texts=None) -> str:
    data = call.read(addr, 4 * n) if addr else None
    if data is None or len(data) < 4 * n:
        return ptr(addr)
    values = struct.unpack("<%dI" % n, data)
    texts = texts or [str] * n
    return "[" + ", ".join(t(v) for t, v in zip(texts, values)) + "]"


def _keycode(call: Call, addr: int) -> str:
    return _uints(call, addr, 2, (str, lambda v: xlat_or(v, "evdev_keycode", "KEY_???")))


def mtslots(call: Call, code: int, addr: int) -> str:
    from .array import array
    n = ((code >> 16) & 0x3FFF) // 4
    if not n:
        return ptr(addr)
    data = call.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return ptr(addr)
    code_text = xlat_or(struct.unpack("<I", data)[0], "evdev_mtslots", "ABS_MT_???")
    values = array(call, addr + 4, n - 1, 4, lambda b: str(struct.unpack("<i", b)[0]))
    return "{code=%s, values=%s}" % (code_text, values)


READS = {   # requests that read, of one number each: name -> printer of (call, addr)
    "EVIOCGVERSION": lambda call, a: _out_int(call, a, lambda v: "%#x" % v if v else "0"),
    "EVIOCGEFFECTS": lambda call, a: _out_int(call, a, str),
    "EVIOCGID": lambda call, a: _struct(call, a, "input_id"),
    "EVIOCGREP": lambda call, a: _uints(call, a, 2),
    "EVIOCGKEYCODE": _keycode,
    "EVIOCGKEYCODE_V2": lambda call, a: _struct(call, a, "input_keymap_entry"),
}
WRITES = {  # requests that write
    "EVIOCSREP": lambda call, a: _uints(call, a, 2),
    "EVIOCSKEYCODE": _keycode,
    "EVIOCSKEYCODE_V2": lambda call, a: _struct(call, a, "input_keymap_entry"),
    "EVIOCSFF": lambda call, a: _struct(call, a, "ff_effect"),
    "EVIOCRMFF": lambda call, a: "%d" % struct.unpack("<i", struct.pack("<I",
                                                                       a & 0xFFFFFFFF))[0],
    "EVIOCGRAB": lambda call, a: "%d" % a, "EVIOCREVOKE": lambda call, a: "%d" % a,
    "EVIOCSCLOCKID": lambda call, a: _uints(call, a, 1),
}



def _out_int(call: Call, addr: int, text) -> str:
    data = call.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return ptr(addr)
    return "[%s]" % text(struct.unpack("<I", data)[0])


def read_request(call: Call, code: int, addr: int, names: list[str]) -> str:
    """What a reading request (of these names) prints on exit."""
    nr = code & 0xFF
    if call.failed:
        return ptr(addr)
    for name in names:
        if name in READS:
            return READS[name](call, addr)
    if nr == 0x0A:                             # EVIOCGMTSLOTS(size)
        return mtslots(call, code, addr)
    if nr in (0x06, 0x07, 0x08):               # EVIOCGNAME, EVIOCGPHYS, EVIOCGUNIQ
        return call.buf(addr, call.rval)
    if nr in SIZED_BITSETS:
        return bitset(call, addr, *SIZED_BITSETS[nr])
    if 0x40 <= nr < 0x80:                      # EVIOCGABS(abs)
        return absinfo(call, code, addr)
    if 0x20 <= nr < 0x40:                      # EVIOCGBIT(ev, size)
        ev = nr - 0x20
        if ev == EV_PWR:
            return _out_int_signed(call, addr)
        spec = BITSETS.get(ev or -1)
        return bitset(call, addr, *spec) if spec else ptr(addr)
    return ptr(addr)


def _out_int_signed(call: Call, addr: int) -> str:
    data = call.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return ptr(addr)
    return "[%d]" % struct.unpack("<i", data)[0]


def write_request(call: Call, code: int, addr: int, names: list[str]) -> str:
    """What a writing request (of these names) prints on entry."""
    nr = code & 0xFF
    for name in names:
        if name in WRITES:
            return WRITES[name](call, addr)
    if 0xC0 <= nr < 0x100:                     # EVIOCSABS(abs)
        return absinfo(call, code, addr)
    return ptr(addr)
