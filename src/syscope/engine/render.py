"""The compiled renderer's Python half: declarative signatures compiled into programs
for the C loop, constant tables handed over from abi/, and the output stream the C
loop and the Python decoders share.

A syscall is rendered in C when every argument of its signature has an operation
below; its line then costs no Python at all.  The programs for the usual options are
compiled ahead of time (tools/gen_programs.py writes engine/_programs.py from the same
compiler), so that a trace meets its first syscalls without importing their decoders.  The other syscalls keep their Python
decoders (as records copied by the C loop, or live), and write into the same stream,
so the order and the <unfinished ...> / <... resumed> bookkeeping stay one."""
from __future__ import annotations

from ..abi import ERRNO, signal_name, xlat_index, xlat_lookup, xlat_text_at
from ..decode.core import (DECODERS, ERESTART_TEXT, TYPES, Call, DecodeOptions,
                           SignatureDecoder, VariantDecoder, error_text)
from ..decode.fmt import HEX_ALL
from ..lean_os import getenv
from . import _ptrace as P

# operation codes (engine/_render.c)
(OP_D, OP_U, OP_LD, OP_LU, OP_HEX, OP_PTR, OP_ID, OP_MODE, OP_FD, OP_DIRFD, OP_FLAGS, OP_XLAT,
 OP_XLAT_FLAGS, OP_OPEN_MODE, OP_PATH, OP_STR, OP_BUF, OP_STAT, OP_STATX, OP_DENTS64,
 OP_STRUCT, OP_SIGSET, OP_SIGACTION, OP_LITERAL, OP_RLIMIT, OP_FDPAIR, OP_WSTATUS, OP_RUSAGE,
 OP_OUT_OR_PYTHON, OP_ARGV, OP_ENVP, OP_CWDBUF, OP_FRAME_MASK) = range(1, 34)
V_U32, V_S32, V_U64 = 0, 1, 2
BUF_ARG, BUF_RET, BUF_HEX, BUF_FAIL_ADDR, BUF_NULL_ADDR, BUF_XATTR = 1, 2, 4, 8, 16, 32
RETURNS = {"d": 1, "tid": 1, "tgid": 1, "pgid": 1, "sid": 1, "fd": 2, "hex": 3, "u": 4, "oct": 5, "none": 6, "note": 7, "note0": 8}

# argument types whose text is a plain number
NUMBERS = {"d": OP_D, "pid": OP_D, "u": OP_U, "ld": OP_LD, "lu": OP_LU, "x": OP_HEX, "addr": OP_HEX,
           "ptr": OP_PTR, "off": OP_LD, "id": OP_ID, "mode": OP_MODE, "fd": OP_FD,
           "dirfd": OP_DIRFD}
# structures printed abbreviated (without -v)
ABBREVIATED = {"stat": OP_STAT, "statx": OP_STATX, "dents64": OP_DENTS64, "dents": OP_DENTS64}
# structures the kernel fills in, printed by Python: the C loop prints the address of a
# failed call's and hands a successful call's exit to Python
FILLED_BY_KERNEL = frozenset({"statfs", "utsname"})
# rusage (getrusage's: its address on failure), wait4's (only when a child was reaped)
RUSAGES = {"rusage": 0, "wait_rusage": 1}
# buffers: (flags, the length argument comes from the parameter)
BUFFERS = {"buf": 0, "hexbuf": BUF_HEX | BUF_FAIL_ADDR, "rlbuf": BUF_RET | BUF_FAIL_ADDR,
           "xattr_value": BUF_XATTR}


class Tables:
    """Constant tables handed to the C side, each once, when a program first uses it.
    A table's id is its place in keys; its source is either an abi table's place
    (abi.xlat_index) or the table's own text ("NAME value" lines).  Generated programs
    come with the keys and sources they were compiled with."""

    def __init__(self, keys=(), sources=()):
        self.keys = keys
        self.sources = list(sources)
        self._ids = None              # key -> id, built when a program is compiled here
        self.handed: set = set()

    def need(self, i: int) -> None:
        if i not in self.handed:
            self.handed.add(i)
            src = self.sources[i]
            P.set_table_text(i, xlat_text_at(src) if type(src) is int else src)

    def table(self, key, source) -> int:
        """The id of table key (source() says where its entries are when it is new)."""
        ids = self._ids
        if ids is None:
            ids = self._ids = {k: i for i, k in enumerate(self.keys)}
        i = ids.get(key)
        if i is None:
            i = ids[key] = len(self.sources)
            self.sources.append(source())
        self.need(i)
        return i

    def id(self, key, entries) -> int:
        return self.table(key, lambda: "\n".join("%s %d" % e for e in entries))

    def xlat(self, name: str) -> int:
        return self.table(name, lambda: xlat_index(name))

    def signals(self) -> int:
        return self.id("signo", ((signal_name(n), n) for n in range(1, 65)))

    def key_list(self) -> tuple:
        ids = self._ids or {}
        return tuple(sorted(ids, key=ids.__getitem__))


def fixed_tables(tables: Tables) -> tuple:
    """The tables the C renderer's options name (ids 0-3 in every Tables that starts
    with them), and the constants beside them."""
    from ..decode.file import MODE_SPECIAL_BITS, STATX, XATTR_SIZE_MAX
    return ((tables.xlat("mode_types"), tables.id("mode_bits", MODE_SPECIAL_BITS),
             tables.xlat("statx_mask"), tables.xlat("statx_attrs")),
            (STATX["SIZE"], STATX["TYPE"] | STATX["MODE"], XATTR_SIZE_MAX))


def errno_texts() -> str:
    """What follows "= " for each error, as "n text" lines (set_errno_texts)."""
    return "\n".join("%d %s" % (n, error_text(n)) for n in sorted(set(ERRNO) | set(ERESTART_TEXT)))


def op(code, arg, lookup=V_U32, printed=V_U32, table=-1, table2=-1, table3=-1, param=0,
       bufkind=0, zero=None, comment=None) -> tuple:
    return (code, arg, lookup, printed, table, table2, table3, param, bufkind, zero, comment)


def compile_struct(fn, i: int):
    """A flat structure printer (decode.core.struct_printer) as one operation."""
    layout, template = fn.struct
    fields = layout.lstrip("<")
    if any(ch not in "qQiIhHbBx" for ch in fields):
        return None
    conversions = template.replace("%%", "").count("%")
    if conversions != template.count("%d") or conversions != sum(ch != "x" for ch in fields):
        return None
    return op(OP_STRUCT, i, bufkind=int(getattr(fn, "output", False)), zero=template,
              comment=layout)


def compile_arg(t: str, p: str, i: int, tables: Tables, abbrev: bool):
    """The operation printing argument i of type t (parameter p), or None."""
    from ..decode.basic import TABLE_TYPES, flags_param
    from ..decode.file import DIRENT_HEADERS
    fn = TYPES.get(t)
    if getattr(fn, "struct", None):
        return compile_struct(fn, i)
    if t in NUMBERS:
        return op(NUMBERS[t], i)
    if t in ABBREVIATED:
        return op(ABBREVIATED[t], i, param=DIRENT_HEADERS.get(t, 0)) if abbrev else None
    if t in RUSAGES:
        return op(OP_RUSAGE, i, param=RUSAGES[t]) if abbrev else None
    if t == "argv":
        return op(OP_ARGV, i, param=int(abbrev))
    if t == "envp":
        return op(OP_ENVP, i) if abbrev else None
    if t in FILLED_BY_KERNEL:
        return op(OP_OUT_OR_PYTHON, i)
    if t == "frame_mask":
        return op(OP_FRAME_MASK, i, param=int(p), table=tables.signals())
    if t == "cwdbuf":
        return op(OP_CWDBUF, i)
    if t == "rlimit":
        return op(OP_RLIMIT, i, bufkind=int(getattr(fn, "output", False)))
    if t == "fdpair":
        return op(OP_FDPAIR, i)
    if t == "wstatus":
        return op(OP_WSTATUS, i, table=tables.signals())
    if t == "path":
        return op(OP_PATH, i)
    if t == "str":
        return op(OP_STR, i, param=int(p) if p else 0)     # p: a size of its own
    if t == "open_mode":
        return op(OP_OPEN_MODE, i, param=int(p))
    if t == "signo":
        return op(OP_XLAT, i, V_S32, V_S32, tables.signals())
    if t == "sigset":
        return op(OP_SIGSET, i, param=int(p), table=tables.signals(), bufkind=1)
    if t == "sigaction":
        # (here: a trace that meets no sigaction does without the signal decoders)
        from ..decode.signal import SA_HANDLER_NAMES, SA_RESTORER
        return op(OP_SIGACTION, i, table=tables.signals(), table2=tables.xlat("sa_flags"),
                  table3=tables.id("sa_handlers", ((n, v - (1 << 64) if v >> 63 else v)
                                                   for v, n in SA_HANDLER_NAMES.items())),
                  param=SA_RESTORER, bufkind=1)
    if t in BUFFERS:
        kind = BUFFERS[t]
        if t == "xattr_value" and p == "ret":
            kind |= BUF_RET | BUF_FAIL_ADDR | BUF_NULL_ADDR
        elif p == "ret":
            kind |= BUF_RET | BUF_FAIL_ADDR
        elif t != "rlbuf":
            if not p.isdigit():
                return None
            kind |= BUF_ARG
        return op(OP_BUF, i, param=int(p) if p.isdigit() else 0, bufkind=kind)
    if t == "flags":
        table, wide, dflt = flags_param(p)
        return op(OP_FLAGS, i, V_U64 if wide else V_U32, table=tables.xlat(table), comment=dflt)
    if t in ("xlat", "xlatd", "xlat64"):
        table, _, dflt = p.partition("/")
        if t == "xlat64":
            return op(OP_XLAT, i, V_U32, V_U64, tables.xlat(table), comment=dflt)
        if t == "xlat":
            comment = dflt or "%s_???" % table.split("_")[0].upper()
            return op(OP_XLAT, i, table=tables.xlat(table), comment=comment)
        return op(OP_XLAT, i, V_U32, V_S32, tables.xlat(table), comment=dflt or None)
    if t in TABLE_TYPES:
        kind, table, o = TABLE_TYPES[t]
        if kind == "flags":
            return op(OP_FLAGS, i, table=tables.xlat(table), zero=o.get("zero"),
                      comment=o.get("comment"))
        if kind == "xlat_flags":
            # split: the masked bits a flag set too, 0 by its name (statx's sync types)
            return op(OP_XLAT_FLAGS, i, table=tables.xlat(table[0]), table2=tables.xlat(table[1]),
                      param=o["mask"], comment=o.get("comment"), bufkind=int("split" in o),
                      zero=xlat_lookup(table[0], 0))
        return op(OP_XLAT, i, V_S32 if o.get("lookup") == "s32" else V_U32,
                  V_S32 if o.get("print") == "s32" else V_U32, tables.xlat(table),
                  comment=o.get("comment"))
    return None


def compile_program(decoder: SignatureDecoder, tables: Tables, abbrev: bool, fixed=None):
    """(entry operations, exit operations, return kind, note operation), or None if any
    argument has no compiled operation.  fixed: (argument, value) of a variant, whose
    text is then known in advance."""
    specs = decoder.specs
    first_out = next((i for i, s in enumerate(specs) if s.output), len(specs))
    ops = []
    for i, s in enumerate(specs):
        if fixed is not None and i == fixed[0]:
            args = tuple(fixed[1] if k == i else 0 for k in range(6))
            text = s.fn(Call(0, 0, decoder.name, args, DecodeOptions(), None), fixed[1], s.param)
            ops.append(op(OP_LITERAL, i, comment=text))
            continue
        o = compile_arg(s.type, s.param, i, tables, abbrev)
        if o is None:
            return None
        ops.append(o)
    kind, _, spec = decoder.ret_kind.partition("/")
    if kind not in RETURNS:
        return None
    note = None
    if spec:                          # note/TYPE: the value named as TYPE
        t, _, p = spec.partition(":")
        note = compile_arg(t, p, 0, tables, abbrev)
        if note is None:
            return None
        note = (note,)
    return tuple(ops[:first_out]), tuple(ops[first_out:]), RETURNS[kind], note


# ioctl's argument kinds (decode/ioctl.py's ARG_KINDS) printed from the register alone
IOCTL_ARGS = {"dec": OP_D, "udec": OP_LU, "ptr": OP_PTR, "fd": OP_FD, None: OP_HEX}
# requests the ioctl decoder prints through its own code, not its table of kinds
IOCTL_OWN = frozenset({"HDIO_DRIVE_CMD", "NS_GET_NSTYPE"})


def compile_ioctl(code: int, tables: Tables):
    """ioctl's program for one request, from the ioctl decoder's table of argument kinds,
    or None where Python prints it (structures read on entry, strings, the requests with
    decoders of their own).  What the kernel fills in (out:, at_out:, the *_out kinds) is
    left to Python unless the call failed: the address then."""
    from ..decode import ioctl as I
    if I.ioc_type(code) == ord("E") and I.ioc_dir(code) in (I.IOC_READ, I.IOC_WRITE):
        return None                                 # evdev's sized requests
    name = I.request_text(code)
    names = I.ioctl_name(code).split(" or ")
    if IOCTL_OWN.intersection(names):
        return None
    if any(I.result_note(n) is not None or I.is_fd_result(n) for n in names):
        return None                                 # results printed with a note or a path
    kind = I.arg_kind(code)
    prefix = (kind or "").partition(":")[0]
    entry = [op(OP_FD, 0), op(OP_LITERAL, 1, comment=name)]
    exit_ = []
    if kind in I.OUT_KINDS or prefix == "out" or (prefix in I.PARAM_KINDS
                                                  and not I.PARAM_KINDS[prefix][0]):
        exit_.append(op(OP_OUT_OR_PYTHON, 2))
    elif kind in IOCTL_ARGS:
        entry.append(op(IOCTL_ARGS[kind], 2))
    elif kind == "int_in":
        entry.append(compile_struct(I.format_int_at, 2))
    elif kind is not None and kind.startswith("flags:"):
        entry.append(op(OP_FLAGS, 2, table=tables.xlat(kind[6:])))
    elif kind != "none":
        return None
    return tuple(entry), tuple(exit_), RETURNS["d"], None


# requests most programs make as they start (is a descriptor a terminal, how wide is
# it): compiled with the other programs, so that the first one prints in C too
COMMON_IOCTLS = frozenset({"TCGETS", "TIOCGWINSZ", "TIOCGPGRP", "FIONBIO", "FIOCLEX",
                           "FIONCLEX", "FIONREAD"})


def common_ioctls() -> list:
    from ..decode.ioctl import requests
    return sorted({code for code, name in requests() if name in COMMON_IOCTLS})


# syscalls whose programs depend on one argument with too many values to compile in
# advance: name -> (selector, compile(value, tables), the values compiled in advance);
# each other value is compiled when Python first prints it
LAZY_VARIANTS = {"ioctl": (1, compile_ioctl, common_ioctls)}


def renderable_options(decode) -> bool:
    """Options the compiled renderer prints exactly as the Python decoders."""
    return (decode.decode_fds <= 1 and decode.verbose_set is None
            and decode.abbrev_set is None and not decode.decode_pids
            and decode.xflag <= HEX_ALL and decode.xlat_style == "abbrev")


def table_ids(ops) -> set:
    return {t for o in ops for t in o[4:7] if t >= 0}


def compile_entry(name: str, tables: Tables, abbrev: bool):
    """What the C loop gets for syscall name: None (Python prints it), (table ids,
    entry ops, exit ops, return kind, note op), or for a syscall with variants
    (table ids, selector, ((value, program), ...))."""
    if name in LAZY_VARIANTS:
        selector, compile_value, common = LAZY_VARIANTS[name]
        variants = tuple((v, prog) for v in common()
                         if (prog := compile_value(v, tables)) is not None)
        needs = set().union(*(table_ids(p[0] + p[1] + (p[3] or ())) for _, p in variants))
        return tuple(sorted(needs)), selector, variants
    d = DECODERS.get(name)
    if isinstance(d, VariantDecoder):
        variants, needs = [], set()
        for value, case in d.cases.items():
            prog = compile_program(case, tables, abbrev, (d.selector, value))
            if prog is not None:
                variants.append((value, prog))
                needs |= table_ids(prog[0] + prog[1] + (prog[3] or ()))
        return tuple(sorted(needs)), d.selector, tuple(variants)
    prog = compile_program(d, tables, abbrev) if isinstance(d, SignatureDecoder) else None
    if prog is None:
        return None
    return (tuple(sorted(table_ids(prog[0] + prog[1] + (prog[3] or ())))),) + prog


class Ahead:
    """The plans and programs generated in advance (engine/_programs.py); a syscall's
    are unmarshalled when it is first met."""

    def __init__(self, module):
        self.module = module
        self.syscalls = module.SYSCALLS
        self.read: dict = {}

    def get(self, name: str):
        """(plan at -s PLAN_STRLEN, abbreviated program, program with -v), or None."""
        r = self.read.get(name)
        if r is None:
            blob = self.syscalls.get(name)
            if blob is None:
                return None
            from marshal import loads
            r = self.read[name] = loads(blob)
        return r


_ahead = []


def programs_ahead():
    """The generated plans and programs (an Ahead), unless SYSCOPE_NO_PROGRAMS=1 asks
    for every one compiled here."""
    if getenv("SYSCOPE_NO_PROGRAMS") == "1":
        return None
    if not _ahead:
        from . import _programs
        _ahead.append(Ahead(_programs))
    return _ahead[0]


class Renderer:
    """Gives the C loop the program of each syscall as it first meets it: generated in
    advance for the usual options, compiled here otherwise.  traced(name) says which
    syscalls print; silent_ok(name) which of the others may run unseen by Python."""

    def __init__(self, decode, traced=None, silent_ok=lambda name: True, counting=False):
        self.decode, self.traced, self.silent_ok = decode, traced, silent_ok
        self.counting = counting      # -c: nothing prints, every traced call is counted
        self.lazy: dict = {}          # nr -> LAZY_VARIANTS entry
        self.learned: set = set()     # (nr, value) compiled or found not compilable
        self.abbrev = not decode.verbose
        ahead = programs_ahead()
        if ahead is None:
            self.tables = tables = Tables()
            self.ahead = None
            ids, constants = fixed_tables(tables)
            P.set_errno_texts(errno_texts())
        else:
            m = ahead.module
            self.tables = tables = Tables(m.TABLE_KEYS, m.TABLE_SOURCES)
            self.ahead = ahead
            self.which = 1 if self.abbrev else 2      # the program in ahead.get()'s result
            ids, constants = m.FIXED_TABLES, m.RENDER_CONSTANTS
            for i in ids:
                tables.need(i)
            P.set_errno_texts(m.ERRNO_TEXT)
        P.set_render_options(decode.max_strlen, decode.xflag, decode.decode_fds, *ids,
                             *constants)

    def compile(self, nr: int, name: str) -> bool:
        """Give the C loop syscall nr's program; False when Python prints it."""
        if self.traced is not None and not self.traced(name):
            P.set_program(nr, 2 if self.silent_ok(name) else 0, name, (), (), 1, None)
            return False
        if self.counting:
            P.set_program(nr, 3 if self.silent_ok(name) else 0, name, (), (), 1, None)
            return self.silent_ok(name)
        if name in self.decode.raw_set:
            entry = None
        else:
            known = self.ahead.get(name) if self.ahead is not None else None
            entry = known[self.which] if known is not None \
                else compile_entry(name, self.tables, self.abbrev)
        if name in LAZY_VARIANTS:
            self.lazy[nr] = LAZY_VARIANTS[name]
            if entry is None:
                P.set_program(nr, 0, name, (), (), 1, None)
                return False
        if entry is None:
            P.set_program(nr, 0, name, (), (), 1, None)
            return False
        need = self.tables.need
        for i in entry[0]:
            need(i)
        if len(entry) == 3:             # variants
            P.set_program(nr, 0, name, (), (), 1, None)
            selector = entry[1]
            for value, prog in entry[2]:
                P.add_variant(nr, selector, value, *prog)
                self.learned.add((nr, value))
            return nr not in self.lazy
        P.set_program(nr, 1, name, *entry[1:])
        if not self.silent_ok(name):     # execve: Python ends a thread's quiet
            P.set_wakes(nr)
        return True


    def learn(self, nr: int, args: tuple) -> None:
        """Python prints a call of a syscall with lazy variants: compile the program for
        its selector's value, so that the next such call prints in C."""
        selector, compile_value, _ = self.lazy[nr]
        value = args[selector] & 0xFFFFFFFF
        if (nr, value) in self.learned:
            return
        self.learned.add((nr, value))
        prog = compile_value(value, self.tables)
        if prog is not None:
            P.add_variant(nr, selector, value, *prog)


class NoStream:
    """-c: the C loop prints nothing, Python neither."""

    def push(self) -> None:
        pass

    def pull(self) -> None:
        pass


class RenderedStream:
    """The shared output stream while the C loop renders.  The C side holds the text
    and its state (whose line is open, at which column) while it runs; Python works on
    a copy between two runs of the loop: pull() takes it, push() hands back the text
    and the state, so that both write as one writer would."""

    def __init__(self, stream):
        self.fp = stream.fp
        self.parts: list[str] = []
        self.col = 0
        self.owner = None

    def pull(self) -> None:
        owner, self.col = P.out_state()
        self.owner = owner or None

    def push(self) -> None:
        if self.parts:
            P.out_write("".join(self.parts))
            self.parts.clear()
        P.out_set_state(self.owner or 0, self.col)

    def write(self, s: str) -> None:
        self.parts.append(s)

    def flush(self) -> None:
        self.push()
        err = P.out_flush()
        if err:
            from ..output.outfile import output_failed
            output_failed(self.fp, err)

    def close(self) -> None:
        self.flush()
        if self.fp.fileno() > 2:
            self.fp.close()


def attach_writer(writer) -> bool:
    """Let the C loop print into writer's stream, if it can print what writer would."""
    o = writer.opts
    s = writer.shared
    if (s is None or o.separate or o.relative or o.show_nr or o.show_ip or o.stack_traces
            or writer.next_leader is not None
            or s.parts or getattr(s.fp, "rewrites_text", False)   # colour: Python writes
            or o.ts_width not in (0, 6, 9)):     # the C side has these widths
        return False
    try:
        fd = s.fp.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    s.fp.flush()
    prefix = {"none": 0, "bracket": 1, "plain": 2}[o.pid_prefix]
    ts = {None: 0, "time": 1, "unix": 2}[o.ts_format]
    P.out_open(fd, prefix, ts, o.ts_width, int(o.durations), o.dur_width, o.acolumn)
    P.out_set_multi(writer.multi)
    writer.shared = RenderedStream(s)
    writer.on_nprocs = P.out_set_multi
    return True
