"""Virtual terminals' ioctl requests (linux/kd.h, linux/keyboard.h), as strace 6.1 prints
them: sounds and tones with their frequency, LED and mode values by name, keymap entries
with the key they stand for, accent tables, fonts and screen maps."""
from __future__ import annotations

import struct

from . import fmt
from .core import Call
from .fmt import chex, flags, hexaddr, ptr, signed, xlat_or
from .ioctl_values import hex_buffer, read_cstring
from .structs import layout, read_struct, size_of, struct_text

PIT_TICK_RATE = 1193182         # the kernel's i8253 timer frequency (Hz)
E_TABSZ = 256                   # entries of a screen map
MAX_DIACR = 256                 # entries of an accent table
GPFIRST, GPLAST = 0x3B4, 0x3DF  # the I/O ports KDADDIO accepts
UNI_DIRECT_BASE, UNI_DIRECT_MASK = 0xF000, 0x1FF
FONT_SIZE = 8192                # GIO_FONT/PIO_FONT: 256 characters of 32 lines of 8 pixels
CMAP_SIZE = 48                  # 16 colours of 3 bytes
FONT_NAME_MAX = 32
FONT_CHARS_MAX = 512

ARGS = {
    "KIOCSOUND": "fn:ioctl_kd.sound", "KDMKTONE": "fn:ioctl_kd.tone",
    "KDGETLED": "fn:ioctl_kd.get_leds", "KDGKBLED": "fn:ioctl_kd.get_default_leds",
    "KDSETLED": "fn:ioctl_kd.set_leds", "KDSKBLED": "fn:ioctl_kd.set_default_leds",
    "KDGKBTYPE": "fn:ioctl_kd.kbd_type",
    "KDADDIO": "fn:ioctl_kd.io_port", "KDDELIO": "fn:ioctl_kd.io_port",
    "KDSETMODE": "fn:ioctl_kd.set_mode", "KDGETMODE": "fn:ioctl_kd.get_mode",
    "GIO_SCRNMAP": "fn:ioctl_kd.get_screen_map", "PIO_SCRNMAP": "fn:ioctl_kd.set_screen_map",
    "GIO_UNISCRNMAP": "fn:ioctl_kd.get_uni_screen_map",
    "PIO_UNISCRNMAP": "fn:ioctl_kd.set_uni_screen_map",
    "KDGKBMODE": "fn:ioctl_kd.get_kbd_mode", "KDSKBMODE": "fn:ioctl_kd.set_kbd_mode",
    "KDGKBENT": "fn:ioctl_kd.get_kbd_entry", "KDSKBENT": "fn:ioctl_kd.set_kbd_entry",
    "KDGKBSENT": "fn:ioctl_kd.get_kbd_string", "KDSKBSENT": "fn:ioctl_kd.set_kbd_string",
    "KDGKBDIACR": "fn:ioctl_kd.get_diacr", "KDSKBDIACR": "fn:ioctl_kd.set_diacr",
    "KDGKBDIACRUC": "fn:ioctl_kd.get_diacr_uc", "KDSKBDIACRUC": "fn:ioctl_kd.set_diacr_uc",
    "KDGETKEYCODE": "fn:ioctl_kd.get_keycode", "KDSETKEYCODE": "fn:ioctl_kd.set_keycode",
    "KDSIGACCEPT": "fn:ioctl_kd.sig_accept", "KDKBDREP": "fn:ioctl_kd.kbd_repeat",
    "GIO_FONT": "fn:ioctl_kd.get_font", "PIO_FONT": "fn:ioctl_kd.set_font",
    "KDGKBMETA": "fn:ioctl_kd.get_meta", "KDSKBMETA": "fn:ioctl_kd.set_meta",
    "PIO_UNIMAPCLR": "in:unimapinit",
    "GIO_CMAP": "fn:ioctl_kd.get_cmap", "PIO_CMAP": "fn:ioctl_kd.set_cmap",
    "GIO_UNIMAP": "fn:ioctl_kd.get_unimap", "PIO_UNIMAP": "fn:ioctl_kd.set_unimap",
    "GIO_FONTX": "fn:ioctl_kd.get_fontx", "PIO_FONTX": "fn:ioctl_kd.set_fontx",
    "KDFONTOP": "fn:ioctl_kd.font_op",
    **dict.fromkeys(("KDENABIO", "KDDISABIO", "KDMAPDISP", "KDUNMAPDISP", "PIO_FONTRESET"),
                    "none"),
}


def _comment(text: str) -> str:
    """A note after a value, except under -X raw."""
    return "" if fmt.xlat_style() == "raw" else " /* %s */" % text


def _read(call: Call, addr: int, code: str) -> int | None:
    size = struct.calcsize("<" + code)
    data = call.read(addr, size) if addr else None
    if data is None or len(data) < size:
        return None
    return struct.unpack("<" + code, data)[0]


def _exit_value(call: Call, addr: int, code: str, text) -> str:
    """[value] the kernel wrote through the pointer; the address when the call failed
    or the memory cannot be read (strace's umove_or_printaddr on exit)."""
    v = None if call.failed else _read(call, addr, code)
    return ptr(addr) if v is None else "[%s]" % text(v)


def _getter(code: str, text):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        return "" if entering else _exit_value(call, arg, code, text)
    return print_arg


def _setter(text, bits: int = 64):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        return text(arg & ((1 << bits) - 1)) if entering else ""
    return print_arg


# -- sounds and I/O ports --------------------------------------------------------------------

def sound(call: Call, arg: int, entering: bool) -> str:
    """KIOCSOUND: the timer's divisor, with the frequency it gives."""
    if not entering:
        return ""
    freq = (PIT_TICK_RATE // arg if arg else 0) & 0xFFFFFFFF
    return "%d%s" % (arg, _comment("%d Hz" % freq if freq else "off"))


def tone(call: Call, arg: int, entering: bool) -> str:
    """KDMKTONE: the duration in ticks (the high half) and the divisor."""
    if not entering:
        return ""
    arg &= 0xFFFFFFFF
    ticks, count = arg >> 16, arg & 0xFFFF
    freq = PIT_TICK_RATE // count if ticks and count else 0
    text = ("%d<<16|" % ticks if ticks else "") + str(count)
    return text + _comment("%d Hz, %d ms" % (freq, ticks) if freq else "off")


def io_port(call: Call, arg: int, entering: bool) -> str:
    if not entering:
        return ""
    note = _comment("GPFIRST + %d" % (arg - GPFIRST)) if GPFIRST <= arg <= GPLAST else ""
    return chex(arg) + note


def sig_accept(call: Call, arg: int, entering: bool) -> str:
    if not entering:
        return ""
    return fmt.signo(arg) if arg < 0x7FFFFFFF else str(arg)


# -- LEDs, modes, keyboard types -------------------------------------------------------------

def _leds(table: str):
    return lambda v: flags(v, table, dflt="LED_???")


get_leds = _getter("B", _leds("kd_led_flags"))
get_default_leds = _getter("B", _leds("kd_default_led_flags"))
set_leds = _setter(_leds("kd_led_flags"), 8)
set_default_leds = _setter(_leds("kd_default_led_flags"), 8)
kbd_type = _getter("B", lambda v: xlat_or(v, "kd_kbd_types", "KB_???"))
set_mode = _setter(lambda v: xlat_or(v, "kd_modes", "KD_???"), 32)
get_mode = _getter("I", lambda v: xlat_or(v, "kd_modes", "KD_???"))


def _kbd_mode(v: int) -> str:
    from ..abi import xlat_lookup
    return fmt.named(v, xlat_lookup("kd_kbd_modes", v), "K_???", radix="d") \
        .replace(str(v), str(signed(v, 32)), 1)


get_kbd_mode = _getter("I", _kbd_mode)
set_kbd_mode = _setter(_kbd_mode, 32)
get_meta = _getter("I", lambda v: xlat_or(v, "kd_meta_vals", "K_???"))
set_meta = _setter(lambda v: xlat_or(v, "kd_meta_vals", "K_???"), 32)


# -- byte maps and fonts: buffers of a fixed size, in hex ------------------------------------

def _buffer(size: int, get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        if entering == get:
            return ""
        if not entering and call.failed:
            return ptr(arg)
        return hex_buffer(call, arg, size)
    return print_arg


get_screen_map = _buffer(E_TABSZ, True)
set_screen_map = _buffer(E_TABSZ, False)
get_font = _buffer(FONT_SIZE, True)
set_font = _buffer(FONT_SIZE, False)
get_cmap = _buffer(CMAP_SIZE, True)
set_cmap = _buffer(CMAP_SIZE, False)


def _uni_map_entry(data: bytes) -> str:
    v = int.from_bytes(data, "little")
    direct = v & ~UNI_DIRECT_MASK == UNI_DIRECT_BASE
    style = fmt.xlat_style()
    if style == "raw" or not direct:
        return chex(v)
    text = "UNI_DIRECT_BASE+" + chex(v & UNI_DIRECT_MASK)
    return "%s /* %s */" % (chex(v), text) if style == "verbose" else text


def _uni_screen_map(get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        from .array import array
        if entering == get:
            return ""
        if not entering and call.failed:
            return ptr(arg)
        return array(call, arg, E_TABSZ, 2, _uni_map_entry)
    return print_arg


get_uni_screen_map = _uni_screen_map(True)
set_uni_screen_map = _uni_screen_map(False)


# -- keymap entries ---------------------------------------------------------------------------

# key type -> the table that names its keys (the others print as K(type, value))
KEY_TABLES = {"KT_FN": "kd_key_fn_keys", "KT_SPEC": "kd_key_spec_keys",
              "KT_PAD": "kd_key_pad_keys", "KT_DEAD": "kd_key_dead_keys",
              "KT_CUR": "kd_key_cur_keys", "KT_SHIFT": "kd_key_shift_keys",
              "KT_ASCII": "kd_key_ascii_keys", "KT_LOCK": "kd_key_lock_keys",
              "KT_SLOCK": "kd_key_slock_keys", "KT_BRL": "kd_key_brl_keys"}
CHAR_KEY_TYPES = ("KT_LATIN", "KT_META", "KT_LETTER", "KT_DEAD2")


def _field(data: bytes, view: str, name: str) -> int:
    off, size, _s, _c = layout(view)[1][name]
    return int.from_bytes(data[off:off + size], "little")


def key_value(v: int) -> str:
    """kb_value=0x101 /* K_F2 */, or the comment K(type, value)."""
    from ..abi import xlat_lookup
    from .structs import char_text
    text = "kb_value=" + chex(v)
    if fmt.xlat_style() == "raw":
        return text
    ktyp, kval = v >> 8, v & 0xFF
    type_name = xlat_lookup("kd_key_types", ktyp)
    table = KEY_TABLES.get(type_name)
    name = xlat_lookup(table, v) if table else None
    if name is not None:
        return text + " /* %s */" % name
    value = char_text(kval) if type_name in CHAR_KEY_TYPES else chex(kval)
    return text + " /* K(%s, %s) */" % (type_name or chex(ktyp), value)


def _keymap(v: int) -> str:
    from ..abi import xlat_lookup
    name = xlat_lookup("kd_key_tables", v)
    if name is not None:
        return fmt.styled(chex(v), name)
    return flags(v, "kd_keymap_flags", dflt="K_???")


def _kbd_entry(get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        head_size = layout("kbentry")[1]["kb_value"][0]
        if entering:
            data = call.read(arg, head_size) if arg else None
            call.saved["in"] = data is not None and len(data) >= head_size
            if not call.saved["in"]:
                return ptr(arg)
            text = "{kb_table=%s, kb_index=%d" % (_keymap(data[0]), data[1])
            if get:
                return text
        elif not get or not call.saved.get("in"):
            return ""
        elif call.failed:
            return "}"
        off, size, _s, _c = layout("kbentry")[1]["kb_value"]
        value = _read(call, arg + off, "H")
        tail = ", kb_value=???}" if value is None else ", " + key_value(value) + "}"
        return (text + tail) if entering else tail
    return print_arg


get_kbd_entry = _kbd_entry(True)
set_kbd_entry = _kbd_entry(False)


def _fn_key(v: int) -> str:
    from ..abi import xlat_lookup, xlat_value
    name = xlat_lookup("kd_key_fn_keys", xlat_value("kd_key_types", "KT_FN") << 8 | v)
    return fmt.named(v, None if name is None else "KVAL(%s)" % name, "KVAL(K_???)")


def _kbd_string(get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        if entering:
            func = _read(call, arg, "B")
            call.saved["in"] = func is not None
            if func is None:
                return ptr(arg)
            text = "{kb_func=" + _fn_key(func)
            if get:
                return text
        elif not get or not call.saved.get("in"):
            return ""
        elif call.failed:
            return "}"
        off, size, _s, _c = layout("kbsentry")[1]["kb_string"]
        tail = ", kb_string=" + _kb_string(call, arg + off, size) + "}"
        return (text + tail) if entering else tail
    return print_arg


def _kb_string(call: Call, addr: int, size: int) -> str:
    """The string up to its NUL within the array, cut at -s; ??? when the memory ends
    before the NUL does."""
    from .fmt import quote
    r = read_cstring(call, addr, size)
    if r is None:
        return "???"
    data, terminated = r
    limit = call.opts.max_strlen
    cut = not terminated or len(data) >= limit
    return quote(data[:limit], call.opts.xflag) + ("..." if cut else "")


get_kbd_string = _kbd_string(True)
set_kbd_string = _kbd_string(False)


# -- accent tables ----------------------------------------------------------------------------

def _diacr(view: str, item: str, get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        from .array import array
        if entering == get:
            return ""
        count = _read(call, arg, "I") if not (get and call.failed) else None
        if count is None:
            return ptr(arg)
        off = layout(view)[1][item][0]
        items = array(call, arg + off, min(count, MAX_DIACR), size_of(item),
                      lambda b: struct_text(call, b, item))
        if count > MAX_DIACR and items.endswith("]") and not items.endswith("...]"):
            items = items[:-1] + ", ...]"
        return "{kb_cnt=%d, %s=%s}" % (count, item, items)
    return print_arg


get_diacr = _diacr("kbdiacrs", "kbdiacr", True)
set_diacr = _diacr("kbdiacrs", "kbdiacr", False)
get_diacr_uc = _diacr("kbdiacrsuc", "kbdiacruc", True)
set_diacr_uc = _diacr("kbdiacrsuc", "kbdiacruc", False)


# -- keycodes, repeat rates -------------------------------------------------------------------

def _keycode(get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        if entering:
            data = read_struct(call, arg, "kbkeycode")
            call.saved["in"] = data is not None
            if data is None:
                return ptr(arg)
            text = struct_text(call, data, "kbkeycode")
            return text[:-1] if get else text
        if not get or not call.saved.get("in"):
            return ""
        off = layout("kbkeycode")[1]["keycode"][0]
        value = None if call.failed else _read(call, arg + off, "I")
        return "}" if value is None else " => %s}" % chex(value)
    return print_arg


get_keycode = _keycode(True)
set_keycode = _keycode(False)


def kbd_repeat(call: Call, arg: int, entering: bool) -> str:
    """KDKBDREP: the rates given, and those the kernel wrote back."""
    if entering:
        data = read_struct(call, arg, "kbd_repeat")
        call.saved["in"] = data is not None
        return ptr(arg) if data is None else struct_text(call, data, "kbd_repeat")
    if not call.saved.get("in") or call.failed:
        return ""
    data = read_struct(call, arg, "kbd_repeat")
    return "" if data is None else " => " + struct_text(call, data, "kbd_repeat")


# -- unicode maps, fonts ----------------------------------------------------------------------

def _unimap(get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        from .array import array
        if not entering and not call.saved.get("in"):
            return ""
        data = read_struct(call, arg, "unimapdesc")
        if data is None:
            if entering:
                call.saved["in"] = False
                return ptr(arg)
            return "}"
        count = _field(data, "unimapdesc", "entry_ct")
        entries = _field(data, "unimapdesc", "entries")
        if entering:
            call.saved["in"] = get          # a setter prints nothing more on exit
            call.saved["count"] = count
            text = "{entry_ct=%d" % count
            if get:
                return text
        else:
            text = " => %d" % count
            ENOMEM = 12
            if call.failed and call.error != ENOMEM:
                return text + ", entries=%s}" % ptr(entries)
            count = call.saved["count"]
        return text + ", entries=%s}" % array(call, entries, count, size_of("unipair"),
                                             lambda b: struct_text(call, b, "unipair"))
    return print_arg


get_unimap = _unimap(True)
set_unimap = _unimap(False)


def _fontdesc(call: Call, data: bytes, get: bool) -> str:
    count = _field(data, "consolefontdesc", "charcount")
    chardata = _field(data, "consolefontdesc", "chardata")
    text = "{charcount=%d, charheight=%d, chardata=" % (
        count, _field(data, "consolefontdesc", "charheight"))
    if get:
        return text + ptr(chardata) + "}"
    return text + hex_buffer(call, chardata, min(count, FONT_CHARS_MAX) * 32) + "}"


def _fontx(get: bool):
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        if entering:
            data = read_struct(call, arg, "consolefontdesc")
            call.saved["in"] = data is not None and get
            return ptr(arg) if data is None else _fontdesc(call, data, get)
        if not call.saved.get("in") or call.failed:
            return ""
        data = read_struct(call, arg, "consolefontdesc")
        return "" if data is None else " => " + _fontdesc(call, data, False)
    return print_arg


get_fontx = _fontx(True)
set_fontx = _fontx(False)


def _font_op_text(call: Call, data: bytes, entering: bool) -> str:
    from ..abi import xlat_lookup
    get = lambda name: _field(data, "console_font_op", name)     # noqa: E731
    op = get("op")
    op_name = xlat_lookup("kd_font_ops", op)
    out = []
    if entering:
        out.append("op=" + xlat_or(op, "kd_font_ops", "KD_FONT_OP_???"))
        if op_name not in ("KD_FONT_OP_SET_DEFAULT", "KD_FONT_OP_COPY"):
            out.append("flags=" + flags(get("flags"), "kd_font_flags", dflt="KD_FONT_FLAG_???"))
    if op_name != "KD_FONT_OP_COPY":
        out.append("width=%d" % get("width"))
    out.append("height=%d" % get("height"))
    if op_name not in ("KD_FONT_OP_SET_DEFAULT", "KD_FONT_OP_COPY"):
        out.append("charcount=%d" % get("charcount"))
    addr = get("data")
    if op_name == "KD_FONT_OP_GET" and entering:
        out.append("data=" + ptr(addr))
    elif op_name in ("KD_FONT_OP_GET", "KD_FONT_OP_SET"):
        width = min(get("width"), 32)
        size = (width + 7) // 8 * 32 * min(get("charcount"), FONT_CHARS_MAX)
        out.append("data=" + hex_buffer(call, addr, size))
    elif op_name == "KD_FONT_OP_SET_DEFAULT":
        if entering:
            out.append("data=" + _font_name(call, addr))
    elif op_name != "KD_FONT_OP_COPY":
        out.append("data=" + ptr(addr))
    return "{" + ", ".join(out) + "}"


def _font_name(call: Call, addr: int) -> str:
    """The font's name, whose last byte is its NUL: one less than its size is shown
    (strace's QUOTE_EXPECT_TRAILING_0)."""
    from .fmt import quote
    if not addr:
        return "NULL"
    want = min(call.opts.max_strlen + 1, FONT_NAME_MAX)
    r = read_cstring(call, addr, want)
    if r is None:
        return hexaddr(addr)
    data, terminated = r
    show = FONT_NAME_MAX - 1 if want == FONT_NAME_MAX else call.opts.max_strlen
    cut = not (terminated and len(data) <= show)
    return quote(data[:show], call.opts.xflag) + ("..." if cut else "")


def font_op(call: Call, arg: int, entering: bool) -> str:
    """KDFONTOP: the operation, and what the kernel wrote back for those that get."""
    from ..abi import xlat_lookup
    data = read_struct(call, arg, "console_font_op") if entering or not call.failed else None
    if entering:
        op = _field(data, "console_font_op", "op") if data is not None else None
        call.saved["in"] = data is not None and xlat_lookup("kd_font_ops", op) not in (
            "KD_FONT_OP_SET", "KD_FONT_OP_COPY")
        return ptr(arg) if data is None else _font_op_text(call, data, True)
    if not call.saved.get("in") or data is None:
        return ""
    return " => " + _font_op_text(call, data, False)
