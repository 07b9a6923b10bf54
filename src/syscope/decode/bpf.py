"""bpf(cmd, attr, size): union bpf_attr printed per command as decode/bpf_attrs.py says,
with strace's size rules: no further than the attributes the caller passed (a field a
later kernel added ends the structure when they stop before it), the non-zero bytes
past what strace knows as extra_data, what the kernel changed as "old => new"."""
from __future__ import annotations

import os
import time

from ..abi import xlat_lookup, xlat_value
from . import structs
from .array import array
from .bpf_attrs import COMMANDS, INFO, VARIANTS
from .bpf_filter import filter_code
from .core import Call, Decoder, format_return, special
from .fmt import chex, flags, ptr, quote, styled, time_comment, xlat_or, xlat_style
from .structs import layout

PAGE_SIZE = os.sysconf("SC_PAGESIZE")
MASK32 = 0xFFFFFFFF
INSN_SIZE = 8
ARRAYS = frozenset(("insns", "xinsns", "u32s", "xs", "strs", "iter_info"))
# the commands whose result is a new descriptor
RETURNS_FD = frozenset((
    "BPF_MAP_CREATE", "BPF_PROG_LOAD", "BPF_OBJ_PIN", "BPF_OBJ_GET", "BPF_PROG_GET_FD_BY_ID",
    "BPF_MAP_GET_FD_BY_ID", "BPF_BTF_LOAD", "BPF_BTF_GET_FD_BY_ID", "BPF_LINK_CREATE",
    "BPF_LINK_GET_FD_BY_ID"))


class Attrs:
    """One structure's bytes now (cur) and, at exit, at entry (old); where its fields
    lie, and how many bytes of it the caller passed (length)."""
    __slots__ = ("call", "specs", "cur", "old", "length", "cut_strings")

    def __init__(self, call: Call, name: str, cur: bytes, old: bytes | None = None,
                 cut_strings: bool = True):
        size, self.specs = layout(name)
        self.call, self.length = call, len(cur)
        self.cur = cur.ljust(size, b"\0")     # what the caller left out reads as 0
        self.old = None if old is None else old.ljust(size, b"\0")
        self.cut_strings = cut_strings      # char arrays end where length does

    def value(self, member: str, data: bytes | None = None) -> int:
        off, size, _s, _c = self.specs[member]
        data = self.cur if data is None else data
        return int.from_bytes(data[off:off + size].ljust(size, b"\0"), "little")

    def count(self, spec: str) -> int:
        """A count field's value; member:min, the smaller of its entry and exit values."""
        member, _, how = spec.partition(":")
        n = self.value(member)
        if how == "min" and self.old is not None:
            n = min(n, self.value(member, self.old))
        return n

    def end(self, member: str) -> int:
        off, size, _s, _c = self.specs[member]
        return off + size


# -- the values ---------------------------------------------------------------------

def kernel_version(v: int) -> str:
    return styled(chex(v), "KERNEL_VERSION(%d, %d, %d)" % (v >> 16, (v >> 8) & 0xFF, v & 0xFF))


def numa_node(v: int) -> str:
    """A NUMA node: the number, the name of the one named in a comment (not -X raw)."""
    name = xlat_lookup("numa_node", v)
    return "%u /* %s */" % (v, name) if name and xlat_style() != "raw" else str(v)


def boottime(ns: int) -> str:
    """Nanoseconds since boot and, approximately, the date they make (to the second)."""
    if xlat_style() == "raw":
        return str(ns)
    offset = time.clock_gettime_ns(time.CLOCK_REALTIME) - \
        time.clock_gettime_ns(time.CLOCK_BOOTTIME)
    return str(ns) + time_comment((ns + offset) // 10 ** 9)


def insn(b: bytes) -> str:
    code, regs = b[0], b[1]
    off = int.from_bytes(b[2:4], "little", signed=True)
    imm = int.from_bytes(b[4:8], "little")
    return "{code=%s, dst_reg=%s, src_reg=%s, off=%d, imm=%s}" % (
        filter_code(code, True), xlat_or(regs & 0xF, "ebpf_regs", "BPF_REG_???"),
        xlat_or(regs >> 4, "ebpf_regs", "BPF_REG_???"), off, chex(imm))


def insns(call: Call, addr: int, n: int) -> str:
    """eBPF instructions (their address unless -v)."""
    if call.opts.is_abbrev(call.name):
        return ptr(addr)
    return array(call, addr, n, INSN_SIZE, insn, cap=xlat_value("bpf_limits", "BPF_MAXINSNS"))


def bounded_str(call: Call, addr: int, size: int) -> str:
    """A NUL-terminated string in a buffer of size bytes (strace's printstr_ex)."""
    from .basic import t_str
    return t_str(call, addr, str(size)) if size else ('""' if addr else "NULL")


def word_array(call: Call, addr: int, n: int, size: int, item) -> str:
    return array(call, addr, n, size, lambda b: item(int.from_bytes(b, "little")))


def uid(v: int) -> str:
    """A user id: -1 as -1."""
    return "-1" if v == MASK32 else str(v)


def scalar(a: Attrs, kind: str, v: int) -> str:
    if kind.startswith("flags:"):       # a flag set: 0 by its name where it has one
        _f, table, dflt = kind.split(":")
        return flags(v, table, zero=xlat_lookup(table, 0) or "0", dflt=dflt)
    return structs.scalar(a.call, kind, v)


def pointed(a: Attrs, kind: str, v: int) -> str | None:
    """The kinds that print what a field points to; None for the others."""
    call = a.call
    what, _, arg = kind.partition(":")
    if what in ARRAYS and v and call.exited and call.failed and a.count(arg):
        return ptr(v)               # what a failed call left there is not read
    if what == "string":
        return call.cstr(v)
    if what == "path":
        return call.path(v)
    if what == "strsz":
        return bounded_str(call, v, int(arg) if arg.isdigit() else a.count(arg))
    if what == "strn":
        return call.buf(v, a.count(arg))
    if what == "jited":
        return call.buf(v, a.count(arg), force_hex=True)
    if what == "insns":
        return insns(call, v, a.count(arg))
    if what == "xinsns":
        return insns(call, v, a.count(arg) // INSN_SIZE)
    if what == "u32s":
        return word_array(call, v, a.count(arg), 4, str)
    if what == "xs":
        return word_array(call, v, a.count(arg), 8, chex)
    if what == "strs":
        return word_array(call, v, a.count(arg), 8, call.cstr)
    if what == "iter_info":
        return word_array(call, v, a.count(arg), 4,
                          lambda fd: "{map={map_fd=%s}}" % call.fd(fd))
    return None


def text_of(a: Attrs, member: str, kind: str, data: bytes) -> str:
    """A field's value as it prints from data (the structure's bytes then)."""
    off, size, _s, _c = a.specs.get(member, (0, 0, 0, 0))
    if kind == "str":                 # a char array (of attributes: no further than the
        end = min(size, a.length - off) if a.cut_strings else size   # caller passed)
        raw = data[off:off + max(0, end)]
        if b"\0" in raw or not raw:
            return quote(raw, a.call.opts.xflag, zero_terminated=True)
        return quote(raw[:-1], a.call.opts.xflag) + "..."
    if kind == "bytes":
        return quote(data[off:off + size], force_hex=True)
    if kind.startswith("bitfield:"):  # bit 0 of the word after another field
        return str(data[a.end(kind[9:])] & 1)
    v = int.from_bytes(data[off:off + size], "little")
    text = pointed(a, kind, v)
    return scalar(a, kind, v) if text is None else text


# -- the structure ---------------------------------------------------------------------

class Printer:
    """Prints fields as {a=1, group={b=2, c=3}}, opening and closing the groups the
    members' dotted names say; stops where asked, leaving them open."""

    def __init__(self) -> None:
        self.out = ["{"]
        self.open: list[str] = []
        self.first = True

    def field(self, member: str, text: str) -> None:
        path = member.split(".")
        group, name = path[:-1], path[-1]
        while self.open != group[:len(self.open)]:
            self.out.append("}")
            self.open.pop()
        for g in group[len(self.open):]:
            self.out.append(("" if self.first else ", ") + g + "={")
            self.open.append(g)
            self.first = True
        self.out.append(("" if self.first else ", ") + (name + "=" if name else "") + text)
        self.first = False

    def close(self) -> str:
        self.out.append("}" * (len(self.open) + 1))
        self.open = []
        return "".join(self.out)

    def text(self) -> str:
        return "".join(self.out)


def extra_data(a: Attrs, p: Printer, known: int) -> None:
    """The non-zero bytes past the structure strace knows: '...' unless -v."""
    rest = a.cur[known:a.length]
    if not any(rest):
        return
    if a.call.opts.is_abbrev(a.call.name):
        p.field("", "...")
    else:
        p.field("extra_data", "%s /* bytes %d..%d */" % (
            quote(rest, force_hex=True), known, a.length - 1))


def options(field: tuple) -> tuple:
    return tuple(field[2].split()) if len(field) > 2 else ()


def condition_holds(a: Attrs, member: str, kind: str) -> tuple[bool, str]:
    """Whether a field with a condition prints, and its kind without the condition."""
    if kind.startswith("nonzero:"):
        return bool(a.value(member)), kind[8:]
    if kind.startswith("if:"):
        _i, other, table, flag, kind = kind.split(":", 4)
        return bool(a.value(other) & xlat_value(table, flag)), kind
    return True, kind


def fields_text(a: Attrs, fields: tuple, at_exit: bool, info=None,
                as_entered: bool = True) -> tuple[str, bool]:
    """The structure's fields: everything (at exit), or those printed at entry and
    whether the structure was finished then.  as_entered: at exit, the fields printed
    at entry print from the bytes of then."""
    p = Printer()
    known = max(a.end(f[0]) for f in fields if f[0] in a.specs)
    for i, f in enumerate(fields):
        member, kind = f[0], f[1]
        opts = options(f)
        off = a.specs[member][0] if member in a.specs else a.specs[kind[9:]][0]
        if "new" in opts and a.length <= off:
            break
        if "hidden" in opts:
            continue
        if ("exit" in opts or "was" in opts) and not at_exit:
            if "named" in opts:     # its name printed at entry, its value at exit
                p.field(member, "")
            return p.text(), False
        shown, kind = condition_holds(a, member, kind)
        if not shown:
            continue
        if kind.startswith("variant:"):     # a union: the member the selector picks
            _v, selector, table = kind.split(":")
            variant = VARIANTS.get(xlat_lookup(table, a.value(selector)))
            for vf in variant or ():
                shown, vkind = condition_holds(a, vf[0], vf[1])
                if shown:
                    p.field(vf[0], text_of(a, vf[0], vkind, a.cur))
            known = a.end(variant[-1][0] if variant else fields[i - 1][0])
            continue
        if kind == "objinfo":
            p.field(member, info(a))
            continue
        late = "exit" in opts or "was" in opts or "inout" in opts
        entered = at_exit and as_entered and not late and a.old is not None
        text = text_of(a, member, kind, a.old if entered else a.cur)
        if at_exit and a.old is not None and ("inout" in opts or "was" in opts):
            before = text_of(a, member, kind, a.old)
            if before != text:
                text = before + " => " + text
        p.field(member, text)
    else:
        extra_data(a, p, known)
    return p.close(), True


# -- BPF_OBJ_GET_INFO_BY_FD ----------------------------------------------------------

def fd_target(call: Call, fd: int) -> str | None:
    try:
        return os.readlink("/proc/%d/fd/%d" % (call.proc_pid(), fd))
    except OSError:
        return None


def read_info(call: Call, addr: int, size: int) -> bytes | None:
    if not 0 < size <= PAGE_SIZE or not addr:
        return None
    data = call.mem.read(addr, size)
    return data if data is not None and len(data) == size else None


def object_info(call: Call, a: Attrs) -> str:
    """The map's or program's information the kernel wrote: its address unless -v."""
    addr = a.value("info.info")
    saved = call.saved.get("bpf_info")
    if call.opts.is_abbrev(call.name) or saved is None:
        return ptr(addr)
    view, old = saved
    data = read_info(call, addr, a.value("info.info_len"))
    if data is None:
        return ptr(addr)
    name, fields = INFO[view]
    info = Attrs(call, name, data, old, cut_strings=False)
    return fields_text(info, fields, True, as_entered=False)[0]


def remember_info(call: Call, data: bytes, name: str) -> None:
    """At entry: which kind of object the descriptor is, and the sizes the caller
    asked for (printed against what the kernel wrote)."""
    if call.opts.is_abbrev(call.name):
        return
    a = Attrs(call, name, data)
    view = fd_target(call, a.value("info.bpf_fd"))
    if view in INFO:
        call.saved["bpf_info"] = (view, read_info(call, a.value("info.info"),
                                                  a.value("info.info_len")))


# -- the syscall -----------------------------------------------------------------------

@special("bpf")
class Bpf(Decoder):
    captures = None     # attributes of any size, what they point to: live reads

    @staticmethod
    def command(call: Call) -> str | None:
        return xlat_lookup("bpf_commands", call.args[0] & MASK32)

    @staticmethod
    def counts(cmd: str) -> list[str]:
        """The members printed whole at entry whose changes print at exit."""
        return [f[0] for f in COMMANDS[cmd] if "count" in options(f)]

    def entry(self, call: Call) -> str:
        cmd = self.command(call)
        addr, size = call.args[1], call.args[2] & MASK32
        head = xlat_or(call.args[0] & MASK32, "bpf_commands", "BPF_???") + ", "
        if cmd not in COMMANDS or not 0 < size <= PAGE_SIZE:
            return head + ptr(addr) + ", %d" % size
        data = call.read(addr, size)
        if data is None or len(data) < size:
            return head + ptr(addr) + ", %d" % size
        if cmd == "BPF_OBJ_GET_INFO_BY_FD":
            remember_info(call, data, "bpf_attr:" + cmd)
        text, done = fields_text(Attrs(call, "bpf_attr:" + cmd, data), COMMANDS[cmd], False)
        call.saved["bpf_entry"] = (data, text, done)
        if done and not self.counts(cmd):
            return head + text + ", %d" % size
        return head + text

    def exit(self, call: Call) -> str:
        entry = call.saved.get("bpf_entry")
        if entry is None:
            return ""
        old, entry_text, done = entry
        cmd = self.command(call)
        counts = self.counts(cmd)
        if done and not counts:
            return ""
        size = len(old)
        data = call.read(call.args[1], size)
        if data is None or len(data) < size:
            data = old
        a = Attrs(call, "bpf_attr:" + cmd, data, old)
        tail = ""
        if not done:            # the rest of what entry began (it begins the same)
            text = fields_text(a, COMMANDS[cmd], True,
                               info=lambda attrs: object_info(call, attrs))[0]
            tail = text[len(entry_text):]
        for member in counts:   # what the kernel changed of a structure printed whole
            before, after = a.value(member, a.old), a.value(member)
            if before != after:
                group, _, name = member.rpartition(".")
                tail += " => {%s={%s=%d}}" % (group, name, after)
        return tail + ", %d" % size

    def ret(self, call: Call) -> str:
        return format_return(call, "fd" if self.command(call) in RETURNS_FD else "d")
