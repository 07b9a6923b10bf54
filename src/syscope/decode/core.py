"""The decoding machinery: a syscall in flight (Call), argument types, and the
generic decoder that turns a declarative signature into strace's text.

A signature is a list of argument types, e.g. ``"dirfd, path, open_flags, open_mode"``.
A type prefixed with ``>`` is an output argument: it is read and printed when the
syscall returns, as strace does (``read(3, <printed on entry> "data", 10) = 10``).
A formatter that returns None leaves its argument out (open's mode without O_CREAT).
Special decoders exist only where strace prints something irregular.
"""
from __future__ import annotations

import _struct as struct  # the C module: struct.py is one more import at start-up

from ..abi import SYSCALL_SHAPES, errno_message, errno_name
from ..settings import Settings
from .fmt import HEX_NONE, abbreviated, hexaddr, ptr, quote, signed, xlat_style

ERESTART_TEXT = {
    512: "? ERESTARTSYS (To be restarted if SA_RESTART is set)",
    513: "? ERESTARTNOINTR (To be restarted)",
    514: "? ERESTARTNOHAND (To be restarted if no handler)",
    516: "? ERESTART_RESTARTBLOCK (Interrupted by signal)",
}

PATH_MAX = 4096
FD_KINDS_BY_LEVEL = {1: frozenset({"path"}), 2: frozenset({"path", "socket", "dev", "pidfd"})}
# the kinds of process ids (strace's PT_*): argument type pid:KIND, return kind KIND
PID_KINDS = ("tid", "tgid", "pgid", "sid")


class DecodeOptions(Settings):
    """What the user asked of the decoders (strace's -s, -x, -v, -y, -e abbrev=...)."""
    DEFAULTS = {
        "max_strlen": 32,
        "xflag": HEX_NONE,
        "verbose": False,          # -v: print structures in full
        "decode_fds": 0,           # 0 none, 1 -y (paths), 2 -yy (sockets, devices too)
        "fd_kinds": frozenset(),   # what descriptors print with: path, socket, dev, pidfd
        "verbose_set": None,       # -e verbose=: the syscalls whose structures are decoded
        "abbrev_set": None,        # -e abbrev=
        "raw_set": frozenset(),    # -e raw=
        "decode_pids": frozenset(),  # --decode-pids=: "pidns", "comm"
        "xlat_style": "abbrev",    # -X: how named constants print (raw, abbrev, verbose)
        "kvm_vcpu": False,         # -e kvm=vcpu: KVM_RUN's exit reason after its result
    }

    def is_verbose(self, name: str) -> bool:
        """-e verbose=: decode structures at all (default: yes)."""
        return self.verbose_set is None or name in self.verbose_set

    def fd_set(self) -> frozenset:
        """The kinds of descriptor decoding asked for (-y: path; -yy: all of them)."""
        if self.fd_kinds or not self.decode_fds:
            return self.fd_kinds
        return FD_KINDS_BY_LEVEL[self.decode_fds]

    def is_abbrev(self, name: str) -> bool:
        if self.abbrev_set is not None:
            return name in self.abbrev_set
        return not self.verbose


# The memory a decoder reads (engine.memory.TraceeMemory live, engine.plans.SnapshotMemory
# from the batched loop's copies): read(addr, size), read_str(addr, maxlen),
# fd_info(fd, kinds), cwd_info(), pid_info(pid, kind, what).


class Call:
    """One syscall of one thread, from its entry to its exit."""
    __slots__ = ("pid", "nr", "name", "args", "opts", "mem", "rval", "error", "exited",
                 "saved")

    def __init__(self, pid: int, nr: int, name: str, args: tuple, opts: DecodeOptions, mem,
                 rval: int = 0, error: int = 0, exited: bool = False, saved: dict | None = None):
        self.pid, self.nr, self.name, self.args, self.opts, self.mem = pid, nr, name, args, \
            opts, mem
        self.rval = rval
        self.error = error          # errno when the call failed, else 0
        self.exited = exited
        self.saved = {} if saved is None else saved   # what entry decoding keeps for exit

    # -- helpers the type formatters use ---------------------------------------
    def arg(self, i: int) -> int:
        return self.args[i]

    def read(self, addr: int, size: int) -> bytes | None:
        """Structure contents; None (print the address) under -e verbose=!name."""
        if not addr or not self.opts.is_verbose(self.name):
            return None
        return self.mem.read(addr, size)

    def fd(self, fd: int) -> str:
        fd = signed(fd, 32)
        if self.opts.decode_fds and fd >= 0:
            info = self.mem.fd_info(fd, self.opts.fd_set())
            if info is not None:
                return "%d%s" % (fd, info)
        return str(fd)

    def pidv(self, value: int, kind: str) -> str:
        """A process id of the tracee's namespace (kind: tid, tgid, pgid, sid), with
        what --decode-pids asks for after it."""
        value = signed(value, 32)
        return "%d%s" % (value, self.pid_info(value, kind))

    def proc_pid(self) -> int:
        """The tracee's entry in /proc (another number where /proc shows another pid
        namespace than syscope's)."""
        entry = getattr(self.mem, "proc_pid", None)
        return entry() if entry is not None else self.pid

    def pid_or_group(self, value: int) -> str:
        """kill's and wait4's pid: a process, or minus a process group."""
        value = signed(value, 32)
        if value < -1:
            return "%d%s" % (value, self.pid_info(-value, "pgid"))
        return "%d%s" % (value, self.pid_info(value, "tgid"))

    def pid_info(self, value: int, kind: str) -> str:
        what = self.opts.decode_pids
        if what and value > 0:
            info = getattr(self.mem, "pid_info", None)
            if info is not None:
                return info(value, kind, what)
        return ""

    def path(self, addr: int, maxlen: int = PATH_MAX - 1) -> str:
        """A pathname: never cut by -s, only at PATH_MAX."""
        if not addr:
            return "NULL"
        return self._string(addr, maxlen)

    def cstr(self, addr: int, limit: int | None = None) -> str:
        """A NUL-terminated string cut at -s or at limit."""
        if not addr:
            return "NULL"
        return self._string(addr, self.opts.max_strlen if limit is None else limit)

    def _string(self, addr: int, maxlen: int) -> str:
        """The string at addr, "..." when cut at maxlen; its address when the memory
        ends before its NUL does and before maxlen + 1 bytes (strace's umovestr failing)."""
        r = self.mem.read_str(addr, maxlen)
        if r is None:
            return hexaddr(addr)
        data, terminated = r
        if terminated:
            return quote(data, self.opts.xflag)
        return quote(data[:maxlen], self.opts.xflag) + "..."

    def sized_str(self, addr: int, size: int) -> str:
        """A NUL-terminated string with a size of its own (strace's printstr_ex with
        QUOTE_0_TERMINATED): min(size, -s + 1) bytes read and no more, so one that runs
        to the end of readable memory still prints; -s of them shown, "..." unless its
        NUL comes within what was read (the C renderer's put_sized_str)."""
        if not addr:
            return "NULL"
        limit = self.opts.max_strlen
        want = min(size, limit + 1)
        if want <= 0:
            return quote(b"", self.opts.xflag)
        r = self.mem.read_str(addr, want - 1)
        if r is None:
            return hexaddr(addr)
        data, terminated = r
        if terminated:
            return quote(data, self.opts.xflag)
        return quote(data[:limit], self.opts.xflag) + "..."

    def buf(self, addr: int, length: int, force_hex: bool = False,
            omit_trailing_nul: bool = False) -> str:
        """A byte buffer of known length, cut at -s (strace's printstr)."""
        if not addr:
            return "NULL"
        limit = self.opts.max_strlen
        want = min(length, limit + 1)     # a byte more than printed must be readable
        data = self.mem.read(addr, want)
        if data is None or len(data) < want:
            return hexaddr(addr)
        return quote(data[:limit], self.opts.xflag, force_hex=force_hex,
                     omit_trailing_nul=omit_trailing_nul) + \
            ("..." if length > limit else "")

    @property
    def failed(self) -> bool:
        return self.error != 0


def nonzero_tail(call: Call, addr: int, start: int, end: int) -> str | None:
    """The bytes start..end at addr beyond a structure, when any is not zero (strace's
    print_nonzero_bytes, up to a page): /* bytes 16..23 */ "\\x..."; None when all zero,
    ??? when unreadable."""
    import posix
    end = min(end, posix.sysconf("SC_PAGE_SIZE"))
    if end <= start:
        return None
    data = call.mem.read(addr + start, end - start)
    if data is None or len(data) < end - start:
        return "???"
    if not data.strip(b"\0"):
        return None
    limit = call.opts.max_strlen
    return "/* bytes %d..%d */ %s%s" % (start, end - 1, quote(data[:limit], force_hex=True),
                                         "..." if len(data) > limit else "")


def output_struct(call: Call, addr: int, size: int) -> tuple[bytes | None, str | None]:
    """The bytes of a structure the kernel filled in, or what to print instead:
    NULL, or its address when the call failed or the memory cannot be read."""
    if call.failed or not addr:
        return None, ptr(addr)
    data = call.read(addr, size)
    if data is None or len(data) < size:
        return None, hexaddr(addr)
    return data, None


def struct_printer(layout: str, template: str):
    """A printer for a flat structure: its struct layout and the text it prints as."""
    size = struct.calcsize(layout)

    def fmt(call: Call, addr: int) -> str:
        if not addr:
            return "NULL"
        data = call.read(addr, size)
        if data is None or len(data) < size:
            return hexaddr(addr)
        return template % struct.unpack(layout, data)
    fmt.struct = (layout, template)     # the compiled renderer prints it from this
    return fmt


# An int the kernel reads or writes through a pointer: [42]
format_int_at = struct_printer("<i", "[%d]")


def output_struct_type(name: str, printer) -> None:
    """Register a type: the structure, or its address when the call failed."""
    def fmt(call: Call, v: int, p: str) -> str:
        if call.exited and call.failed and v:
            return hexaddr(v)
        return printer(call, v)
    fmt.struct = getattr(printer, "struct", None)
    fmt.output = True
    type_formatter(name)(fmt)


class Registry(dict):
    """A table of names (syscalls, argument types) filled by the family modules as they
    are imported.  A name not registered yet asks loader(name) to import the module
    that registers it (decode/_index.py says which), so that a trace loads only the
    families it meets.  wrap(name, value), when set, may replace what is registered;
    on_set(name), when set, sees every registration (the index generator uses it)."""

    def __init__(self):
        super().__init__()
        self.loader = self.wrap = self.on_set = None

    def __setitem__(self, name, value) -> None:
        if self.on_set is not None:
            self.on_set(name)
        if self.wrap is not None:
            value = self.wrap(name, value)
        super().__setitem__(name, value)

    def __missing__(self, name):
        if self.loader is not None and self.loader(name):
            value = dict.get(self, name)
            if value is not None:
                return value
        raise KeyError(name)

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name) -> bool:
        return self.get(name) is not None


def input_struct_type(name: str, printer) -> None:
    """Register a type: a structure the kernel only reads, printed even when the call
    fails (the arguments strace prints at exit, after an output one)."""
    def fmt(call: Call, v: int, p: str) -> str:
        return printer(call, v)
    fmt.struct = getattr(printer, "struct", None)
    type_formatter(name)(fmt)


# A type formatter: (call, argument value, type parameter) -> text
TYPES = Registry()


def type_formatter(*names: str):
    """Register a formatter for one or more argument type names."""
    def deco(fn):
        for n in names:
            TYPES[n] = fn
        return fn
    return deco


class Decoder:
    """How one syscall prints: the arguments known at entry, those known at exit,
    and the return value.

    captures: the tracee memory the decoder reads, so that the C loop can copy it while
    the tracee is stopped and decoding can happen later: (phase, kind, arg, limit), phase
    "entry" or "exit", kind "fixed" (limit bytes at argument arg) or "cstr" (a string of
    at most limit bytes).  A capture at an address that is not one (a number in that
    argument) reads nothing and the decoder prints what it prints for unreadable memory.
    None: the decoder needs the live tracee."""
    name = ""
    captures: tuple | None = None

    def entry(self, call: Call) -> str:
        return ""

    def exit(self, call: Call) -> str:
        return ""

    def ret(self, call: Call) -> str:
        return format_return(call, "d")


class ArgSpec:
    __slots__ = ("type", "param", "output", "fn")

    def __init__(self, type: str, param: str, output: bool, fn):
        self.type, self.param, self.output, self.fn = type, param, output, fn


def parse_signature(sig: str) -> list[ArgSpec]:
    specs = []
    for tok in sig.split(","):
        tok = tok.strip()
        if not tok:
            continue
        output = tok.startswith(">")
        tok = tok.lstrip(">")
        tname, _, param = tok.partition(":")
        fn = TYPES.get(tname)
        if fn is None:
            raise KeyError("unknown argument type %r in signature %r" % (tname, sig))
        specs.append(ArgSpec(tname, param, output, fn))
    return specs


class SignatureDecoder(Decoder):
    """The generic decoder: arguments from a declarative signature."""

    def __init__(self, name: str, sig: str, ret: str = "d"):
        self.name = name
        self.sig = sig
        self.ret_kind = ret
        self._specs: list[ArgSpec] | None = None

    @property
    def specs(self) -> list[ArgSpec]:
        if self._specs is None:
            self._specs = parse_signature(self.sig)
        return self._specs

    def _prepare(self) -> None:
        """Split the signature once: what prints at entry, what at exit."""
        specs = self.specs
        k = next((i for i, s in enumerate(specs) if s.output), len(specs))
        self._entry_specs = tuple(enumerate(specs[:k]))
        self._exit_specs = tuple((i, s) for i, s in enumerate(specs) if i >= k)

    def entry(self, call: Call) -> str:
        try:
            specs = self._entry_specs
        except AttributeError:
            self._prepare()
            specs = self._entry_specs
        args = call.args
        text = ", ".join([t for t in [s.fn(call, args[i], s.param) for i, s in specs]
                          if t is not None])
        if self._exit_specs and specs:
            return text + ", "
        return text

    def exit(self, call: Call) -> str:
        try:
            specs = self._exit_specs
        except AttributeError:      # the entry was printed elsewhere (the C loop)
            self._prepare()
            specs = self._exit_specs
        if not specs:
            return ""
        args = call.args
        return ", ".join([t for t in [s.fn(call, args[i], s.param) for i, s in specs]
                          if t is not None])

    def ret(self, call: Call) -> str:
        return format_return(call, self.ret_kind)


class VariantDecoder(Decoder):
    """A syscall whose signature depends on the value of one argument (fcntl's
    command): a SignatureDecoder per value, the irregular decoder for the others."""

    def __init__(self, name: str, selector: int, cases: dict, default: Decoder):
        self.name = name
        self.selector = selector
        self.cases = cases            # value -> SignatureDecoder
        self.default = default
        self.captures = default.captures

    def pick(self, call: Call) -> Decoder:
        return self.cases.get(call.args[self.selector] & 0xFFFFFFFF, self.default)

    def entry(self, call: Call) -> str:
        return self.pick(call).entry(call)

    def exit(self, call: Call) -> str:
        return self.pick(call).exit(call)

    def ret(self, call: Call) -> str:
        return self.pick(call).ret(call)


class RawDecoder(Decoder):
    """Any syscall without a decoder: its arguments in hex, as strace's printargs.
    With -e raw=NAME the return value is in hex too."""

    def __init__(self, name: str, nargs: int, raw_return: bool = False):
        self.name = name
        self.nargs = nargs
        self.ret_kind = "hex" if raw_return else "d"

    def entry(self, call: Call) -> str:
        return ", ".join(hexaddr(a) for a in call.args[:self.nargs])

    def ret(self, call: Call) -> str:
        return format_return(call, self.ret_kind)


def error_text(err: int) -> str:
    """What follows '= ' when a call fails with err."""
    text = ERESTART_TEXT.get(err)
    if text:
        return text
    return "-1 %s (%s)" % (errno_name(err), errno_message(err))


def format_error(call: Call) -> str:
    return error_text(call.error)


def format_return(call: Call, kind: str) -> str:
    """The text after '= ' (strace's RVAL_* kinds)."""
    if kind == "none":
        return "?"
    if call.error:
        return format_error(call)
    v = call.rval
    if kind == "d":
        return str(v - 0x10000000000000000 if v >> 63 else v)
    if kind in ("hex", "raw"):
        return hexaddr(v & 0xFFFFFFFFFFFFFFFF)
    if kind == "u":
        return str(v & 0xFFFFFFFFFFFFFFFF)
    if kind == "fd":
        return call.fd(v) if 0 <= v <= 0x7FFFFFFF else str(signed(v))
    if kind.startswith("fd_unless/"):    # a descriptor, a number when argument ARG has the
        table, flag, arg = kind[10:].split(":")     # flag FLAG of TABLE (a version query)
        from ..abi import xlat_value
        return str(signed(v)) if call.args[int(arg)] & xlat_value(table, flag) else \
            format_return(call, "fd")
    if kind == "oct":
        return ("0%o" % v if v else "0").zfill(3)
    if kind.startswith("named/"):        # a number with its name: 0 (SCHED_OTHER)
        tname, _, p = kind[6:].partition(":")
        return "%d (%s)" % (signed(v), abbreviated(TYPES[tname], call, v, p))
    if kind.startswith("aux/"):          # the same, composed in the -X style (none raw)
        tname, _, p = kind[4:].partition(":")
        if xlat_style() == "raw":
            return str(signed(v))
        return "%d (%s)" % (signed(v), TYPES[tname](call, v, p))
    if kind in PID_KINDS:                # a process id of the tracee's namespace
        return call.pidv(v, kind)
    if kind.startswith("note"):          # a value that is a flag set: note/TYPE, note0/TYPE
        always, _, spec = kind.partition("/")
        tname, _, p = spec.partition(":")
        if not v and always == "note":
            return "0"
        head = "%#x" % v if always == "note" else hexaddr(v)
        note = TYPES[tname]
        if tname == "open_flags":    # strace spells these abbreviated whatever -X says
            return "%s (flags %s)" % (head, abbreviated(note, call, v, p))
        return "%s (flags %s)" % (head, note(call, v, p))
    raise ValueError("unknown return kind %r" % kind)


# -- the decoder registry ------------------------------------------------------

DECODERS = Registry()     # syscall name -> Decoder


def register(decoder: Decoder) -> Decoder:
    DECODERS[decoder.name] = decoder
    return decoder


def special(name: str, *aliases: str):
    """Register a class of irregular decoder for name (and aliases)."""
    def deco(cls):
        for n in (name,) + aliases:
            inst = cls()
            inst.name = n
            DECODERS[n] = inst
        return cls
    return deco


RAW_DECODERS = Registry()     # syscall name -> Decoder


def raw_decoder_for(name: str) -> Decoder:
    """-e raw=NAME: undecoded arguments and return value."""
    d = RAW_DECODERS.get(name)
    if d is None:
        d = RAW_DECODERS[name] = RawDecoder(name, SYSCALL_SHAPES.get(name, (6, ()))[0], True)
    return d


def decoder_for(name: str) -> Decoder:
    d = DECODERS.get(name)
    if d is None:
        nargs = SYSCALL_SHAPES.get(name, (6, ()))[0]
        d = DECODERS[name] = RawDecoder(name, nargs)
    return d
