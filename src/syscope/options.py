"""strace's command line: its option table, its parsing and its messages, into a Config.
The tracer, `syscope read` and `syscope record` parse with it."""
from __future__ import annotations

import posix

from . import filters
from .decode.core import DecodeOptions
from .decode.fmt import HEX_ALL, HEX_CHARS, HEX_NON_ASCII, HEX_NONE
from .errors import FatalError, UsageError, error
from .output.text import TextOptions
from .settings import Factory, Settings

# strace 6.1's short options; ':' takes an argument.
SHORT_OPTS = "a:Ab:cCdDe:E:fFhiI:kno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ"
# long option -> (short equivalent or key, argument: 'required' | 'optional' | None)
LONG_OPTS = {
    "columns": ("a", "required"), "output-append-mode": ("A", None),
    "detach-on": ("b", "required"), "summary-only": ("c", None), "summary": ("C", None),
    "debug": ("d", None), "daemonize": ("daemonize", "optional"), "env": ("E", "required"),
    "follow-forks": ("follow-forks", None), "output-separately": ("output-separately", None),
    "help": ("h", None), "instruction-pointer": ("i", None), "interruptible": ("I", "required"),
    "syscall-number": ("n", None), "output": ("o", "required"),
    "summary-syscall-overhead": ("O", "required"), "attach": ("p", "required"),
    "trace-path": ("P", "required"), "relative-timestamps": ("r", "optional"),
    "string-limit": ("s", "required"), "summary-sort-by": ("S", "required"),
    "absolute-timestamps": ("timestamps", "optional"), "timestamps": ("timestamps", "optional"),
    "syscall-times": ("T", "optional"), "user": ("u", "required"),
    "summary-columns": ("U", "required"), "no-abbrev": ("v", None), "version": ("V", None),
    "summary-wall-clock": ("w", None), "strings-in-hex": ("strings-in-hex", "optional"),
    "const-print-style": ("X", "required"), "successful-only": ("z", None),
    "failed-only": ("Z", None), "failing-only": ("Z", None), "seccomp-bpf": ("seccomp-bpf", None),
    "no-seccomp-bpf": ("no-seccomp-bpf", None),
    "trace": ("e:trace", "required"), "abbrev": ("e:abbrev", "required"),
    "verbose": ("e:verbose", "required"), "raw": ("e:raw", "required"),
    "signals": ("e:signal", "required"), "status": ("e:status", "required"),
    "read": ("e:read", "required"), "write": ("e:write", "required"),
    "quiet": ("e:quiet", "optional"), "silent": ("e:quiet", "optional"),
    "silence": ("e:quiet", "optional"), "decode-fds": ("e:decode-fds", "optional"),
    "json": ("json", None), "pin": ("pin", "optional"),
    "trace-events": ("trace-events", "required"),
    "inject": ("e:inject", "required"), "fault": ("e:fault", "required"),
    "help-man": ("help-man", None), "completion": ("completion", "required"),
    "color": ("color", "optional"), "colour": ("color", "optional"),
    "decode-pids": ("e:decode-pids", "required"), "pidns-translation": ("pidns-translation", None),
    "kvm": ("e:kvm", "required"), "stack-traces": ("k", None),
}


class Config(Settings):
    """Everything the command line says."""
    DEFAULTS = {
        "command": Factory(list), "pids": Factory(list), "output": None, "append": False,
        "follow": False, "separate": False, "decode": Factory(DecodeOptions),
        "text": Factory(TextOptions), "env_changes": Factory(list), "user": None,
        "daemonize": 0, "qflag": 0, "quiet_set": None, "trace_set": None, "debug": False,
        "signal_set": None, "status_set": None, "read_fds": frozenset(),
        "write_fds": frozenset(), "paths": Factory(list),
        "summary": None,          # None, "only" (-c), "both" (-C)
        "sort_by": None, "columns": None, "wallclock": False, "overhead": None,
        "detach_on_execve": False,
        "seccomp": None,          # None: syscope's default
        "json": False, "show_version": False, "show_help": False,
        "show_man": False,        # --help-man
        "completion": None,       # --completion SHELL
        "pin_cpu": None,          # --pin: tracer and tracee on one CPU
        "trace_events": None,     # --trace-events FILE: a Chrome trace beside the output
        "inject": Factory(dict),  # -e inject=/fault=: syscall name -> engine.inject.Rule
        "color": "auto",          # --color=WHEN: the text trace coloured on a terminal
        "fd_kinds_given": False,  # -e decode-fds= (which -y may not join)
    }


def iter_options(argv: list[str]):
    """getopt_long with '+' (stop at the first non-option): yields (key, value),
    then returns the remaining arguments via StopIteration.value."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return argv[i + 1:]
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            matches = [k for k in LONG_OPTS if k == name] or \
                [k for k in LONG_OPTS if k.startswith(name)]
            if len({LONG_OPTS[m] for m in matches}) != 1:   # aliases are one option
                if not matches:
                    raise UsageError("unrecognized option '%s'" % arg)
                raise UsageError("option '%s' is ambiguous" % arg)
            key, kind = LONG_OPTS[matches[0]]
            if kind is None and eq:
                raise UsageError("option '--%s' doesn't allow an argument" % matches[0])
            if kind == "required" and not eq:
                i += 1
                if i >= len(argv):
                    raise UsageError("option '--%s' requires an argument" % matches[0])
                value = argv[i]
            yield key, (value if (eq or kind == "required") else None), "--" + matches[0]
            i += 1
            continue
        if arg.startswith("-") and len(arg) > 1:
            j = 1
            while j < len(arg):
                c = arg[j]
                pos = SHORT_OPTS.find(c)
                if pos < 0 or c == ":":
                    raise UsageError("invalid option -- '%s'" % c)
                if pos + 1 < len(SHORT_OPTS) and SHORT_OPTS[pos + 1] == ":":
                    value = arg[j + 1:]
                    if not value:
                        i += 1
                        if i >= len(argv):
                            raise UsageError("option requires an argument -- '%s'" % c)
                        value = argv[i]
                    yield c, value, "-" + c
                    break
                yield c, None, "-" + c
                j += 1
            i += 1
            continue
        return argv[i:]
    return []


def bad_argument(opt: str, value) -> UsageError:
    """strace's message for a bad option value; opt as it was spelled (-s, --pin)."""
    return UsageError("invalid %s argument: '%s'" % (opt, value))


def parse_uint(opt: str, value: str, lo: int = 0, hi: int = 2 ** 31 - 1) -> int:
    try:
        n = int(value, 10)
    except (TypeError, ValueError):
        n = -1
    if n < lo or n > hi:
        raise bad_argument(opt, value)
    return n


TIME_SCALES = {"s": 0, "ms": 3, "us": 6, "ns": 9}
TS_FORMATS = ("none", "time", "unix")


def parse_precision(opt: str, value: str | None, default: int = 6) -> int:
    """-r, -T: a unit (in any case); no value means microseconds, an empty one is bad."""
    if value is None:
        return default
    if value.lower() in TIME_SCALES:
        return TIME_SCALES[value.lower()]
    raise bad_argument(opt, value)


def parse_timestamps(opt: str, value: str | None, cfg: Config) -> None:
    """--timestamps=[[format:](none|time|unix)][,[precision:](s|ms|us|ns)]..., elements
    in any case and order, empty ones skipped; the last of each kind counts.  Without a
    format the one set before stays, or becomes time when there was none."""
    fmt = None
    width = None
    for tok in (value if value is not None else "format:time").split(","):
        if not tok:
            continue
        kinds = ("format", "precision")
        for prefix in kinds:
            if tok.lower().startswith(prefix + ":"):
                tok, kinds = tok[len(prefix) + 1:], (prefix,)
        if "format" in kinds and tok.lower() in TS_FORMATS:
            fmt = tok.lower()
        elif "precision" in kinds and tok.lower() in TIME_SCALES:
            width = TIME_SCALES[tok.lower()]
        else:
            raise bad_argument(opt, value)
    if fmt is not None:
        cfg.text.ts_format = None if fmt == "none" else fmt
    elif cfg.text.ts_format is None:
        cfg.text.ts_format = "time"
    if width is not None:
        cfg.text.ts_width = width


# what --quiet and --decode-fds mean without a value
QUALIFIER_DEFAULTS = {"quiet": "attach,personality", "decode-fds": "path"}


def apply_qualifier(cfg: Config, spec: str) -> None:
    """-e [QUALIFIER=][!]VALUE"""
    key, eq, value = spec.partition("=")
    if not eq:
        key, value = "trace", spec
    key = {"t": "trace", "s": "signal", "signals": "signal", "a": "abbrev", "v": "verbose",
           "x": "raw", "r": "read", "w": "write", "q": "quiet", "silent": "quiet",
           "silence": "quiet", "decode-fd": "decode-fds", "decode-pid": "decode-pids"}.get(key, key)
    try:
        if key == "trace":
            cfg.trace_set = filters.parse_syscall_set(value)
        elif key == "signal":
            cfg.signal_set = filters.parse_signal_set(value)
        elif key == "status":
            cfg.status_set = filters.parse_status_set(value)
        elif key == "abbrev":
            cfg.decode.abbrev_set = filters.parse_syscall_set(value)
        elif key == "verbose":
            cfg.decode.verbose_set = filters.parse_syscall_set(value)
        elif key == "raw":
            cfg.decode.raw_set = filters.parse_syscall_set(value)
        elif key == "read":
            cfg.read_fds = filters.parse_fd_set(value)
        elif key == "write":
            cfg.write_fds = filters.parse_fd_set(value)
        elif key == "quiet":
            cfg.quiet_set = filters.parse_quiet_set(value)
        elif key == "decode-fds":
            set_fd_kinds(cfg, filters.parse_decode_fds(value))
            cfg.fd_kinds_given = True
        elif key == "decode-pids":
            cfg.decode.decode_pids = filters.parse_decode_pids(value)
        elif key in ("inject", "fault"):
            from .engine.inject import InjectError, parse_expression
            try:
                names, rule = parse_expression(value, key == "fault", error)
            except InjectError as e:
                raise FatalError(str(e))
            cfg.inject.update(dict.fromkeys(names, rule))
        elif key == "kvm":
            if value != "vcpu":         # strace's one value
                raise FatalError("invalid -e kvm= argument: '%s'" % value)
            cfg.decode.kvm_vcpu = True
        else:
            raise filters.QualifierError("invalid system call '%s'" % spec)
    except filters.QualifierError as e:
        raise FatalError(str(e))


def set_fd_kinds(cfg: Config, kinds: frozenset) -> None:
    """-y, -yy, -e decode-fds=: what descriptors print with.  Paths alone the compiled
    renderer prints (level 1); anything else needs the live tracee (level 2)."""
    cfg.decode.fd_kinds = kinds
    cfg.decode.decode_fds = 0 if not kinds else 1 if kinds == {"path"} else 2


def parse_args(argv: list[str], need_target: bool = True) -> Config:
    cfg = Config()
    tcount = ycount = fcount = xcount = 0
    ts_long = False       # --timestamps given (-t may not join it)
    x_long = None         # --strings-in-hex's level (-x may not join it)
    zflag = None
    gen = iter_options(argv)
    rest: list[str] = []
    while True:
        try:
            key, value, opt = next(gen)
        except StopIteration as stop:
            rest = stop.value or []
            break
        if key == "a":
            cfg.text.acolumn = parse_uint(opt, value)
        elif key == "A":
            cfg.append = True
        elif key == "b":
            if value != "execve":
                raise FatalError("Syscall '%s' for -b isn't supported" % value)
            cfg.detach_on_execve = True
        elif key == "c":
            if cfg.summary == "both":
                raise UsageError("-c/--summary-only and -C/--summary are mutually exclusive")
            cfg.summary = "only"
        elif key == "C":
            if cfg.summary == "only":
                raise UsageError("-c/--summary-only and -C/--summary are mutually exclusive")
            cfg.summary = "both"
        elif key == "d":
            cfg.debug = True
        elif key == "D":
            cfg.daemonize += 1
        elif key == "daemonize":
            cfg.daemonize = 1
        elif key == "e":
            apply_qualifier(cfg, value)
        elif key.startswith("e:"):
            name = key[2:]
            apply_qualifier(cfg, name + "=" + (value if value is not None
                                               else QUALIFIER_DEFAULTS.get(name, "")))
        elif key == "E":
            cfg.env_changes.append(value)
        elif key == "f":
            fcount += 1
        elif key == "follow-forks":
            cfg.follow = True
        elif key == "output-separately":
            cfg.separate = True
        elif key == "F":
            cfg.follow = True
        elif key == "h":
            cfg.show_help = True
        elif key == "help-man":
            cfg.show_man = True
        elif key == "completion":
            cfg.completion = value
        elif key == "i":
            cfg.text.show_ip = True
        elif key == "k":
            from .engine.stacks import UNAVAILABLE, available
            if not available():
                raise FatalError(UNAVAILABLE)
            cfg.text.stack_traces = True
        elif key == "I":
            parse_uint(opt, value, 1, 4)
        elif key == "n":
            cfg.text.show_nr = True
        elif key == "o":
            cfg.output = value
        elif key == "O":
            cfg.overhead = value
        elif key == "p":
            for tok in value.replace("\n", ",").replace("\t", ",").replace(" ", ",").split(","):
                if not tok:
                    continue
                pid = int(tok) if tok.isdigit() else -1
                if pid <= 0:
                    raise FatalError("Invalid process id: '%s'" % tok)
                if pid == posix.getpid():
                    raise FatalError("I'm sorry, I can't let you do that, Dave.")
                cfg.pids.append(pid)
        elif key == "P":
            cfg.paths.append(value)
        elif key == "q":
            cfg.qflag += 1
        elif key == "r":
            cfg.text.relative = True
            cfg.text.rel_width = parse_precision(opt, value)
        elif key == "s":
            cfg.decode.max_strlen = parse_uint(opt, value, 0, 2 ** 30)
        elif key == "S":
            cfg.sort_by = value
        elif key == "t":
            tcount += 1
        elif key == "timestamps":
            ts_long = True
            parse_timestamps(opt, value, cfg)
        elif key == "T":
            cfg.text.durations = True
            cfg.text.dur_width = parse_precision(opt, value)
        elif key == "u":
            cfg.user = value
        elif key == "U":
            cfg.columns = value
        elif key == "v":
            cfg.decode.verbose = True
        elif key == "V":
            cfg.show_version = True
        elif key == "w":
            cfg.wallclock = True
        elif key == "x":
            xcount += 1
        elif key == "strings-in-hex":
            levels = {None: HEX_ALL, "all": HEX_ALL, "non-ascii": HEX_NON_ASCII,
                      "non-ascii-chars": HEX_CHARS, "none": HEX_NONE}
            x_long = levels.get(value.lower() if value is not None else None)
            if x_long is None:
                raise bad_argument(opt, value)
        elif key == "X":
            if value not in ("raw", "abbrev", "verbose"):
                raise bad_argument(opt, value)
            cfg.decode.xlat_style = value
            from .decode.fmt import set_xlat_style
            set_xlat_style(value)
        elif key == "y":
            ycount += 1
        elif key == "Y":
            cfg.decode.decode_pids = frozenset({"comm"})
        elif key == "pidns-translation":
            cfg.decode.decode_pids = frozenset({"pidns"})
        elif key == "z":
            zflag = "successful"
        elif key == "Z":
            zflag = "failed"
        elif key == "seccomp-bpf":
            cfg.seccomp = True
        elif key == "no-seccomp-bpf":
            cfg.seccomp = False
        elif key == "json":
            cfg.json = True
        elif key == "color":
            from .output.color import ColorError, check_when
            try:
                cfg.color = check_when(value)
            except ColorError as e:
                raise UsageError(str(e))
        elif key == "trace-events":
            cfg.trace_events = value
        elif key == "pin":
            if value is None:
                cpus = sorted(posix.sched_getaffinity(0))
                cfg.pin_cpu = cpus[0] if cpus else 0
            else:
                cfg.pin_cpu = parse_uint(opt, value, 0, 4095)
    cfg.command = rest
    if cfg.show_help or cfg.show_version or cfg.show_man or cfg.completion:
        return cfg
    if fcount:
        cfg.follow = True
        cfg.separate = cfg.separate or fcount >= 2
    if tcount:
        if ts_long:
            raise FatalError("-t and --absolute-timestamps cannot be provided simultaneously")
        cfg.text.ts_format = "unix" if tcount >= 3 else "time"
        cfg.text.ts_width = 6 if tcount >= 2 else 0
    if x_long is not None:
        if xcount:
            raise FatalError("-x and --strings-in-hex cannot be provided simultaneously")
        cfg.decode.xflag = x_long
    elif xcount:
        cfg.decode.xflag = min(xcount, HEX_ALL)
    if ycount:
        if cfg.fd_kinds_given:
            raise FatalError("-y and --decode-fds cannot be provided simultaneously")
        set_fd_kinds(cfg, frozenset({"path"}) if ycount == 1 else frozenset(filters.DECODE_FDS))
    if zflag:
        cfg.status_set = frozenset({zflag})
    if need_target and not cfg.command and not cfg.pids:
        raise UsageError("must have PROG [ARGS] or -p PID")
    if cfg.daemonize and not cfg.command:
        raise UsageError("PROG [ARGS] must be specified with -D/--daemonize")
    if cfg.sort_by or cfg.columns or cfg.overhead:
        from .output.summary import SummaryError, parse_columns, parse_overhead, parse_sortby
        try:
            if cfg.sort_by:
                parse_sortby(cfg.sort_by)
            if cfg.columns:
                parse_columns(cfg.columns)
            if cfg.overhead:
                parse_overhead(cfg.overhead)
        except SummaryError as e:
            raise UsageError(str(e))
    if cfg.json and cfg.summary:
        raise UsageError("--json and (-c/--summary-only or -C/--summary) are mutually "
                         "exclusive")
    if cfg.separate and cfg.summary:
        raise UsageError("(-c/--summary-only or -C/--summary) and -ff/--output-separately "
                         "are mutually exclusive")
    if cfg.wallclock and not cfg.summary:
        raise UsageError("-w/--summary-wall-clock must be given with (-c/--summary-only or "
                         "-C/--summary)")
    if cfg.columns and not cfg.summary:
        raise UsageError("-U/--summary-columns must be given with (-c/--summary-only or "
                         "-C/--summary)")
    if not cfg.output:
        cfg.separate = False   # -ff without -o: strace ignores it too
    elif cfg.separate and cfg.output[0] in "|!":
        raise UsageError("piping the output and -ff/--output-separately are mutually exclusive")
    # With -o FILE PROG strace is quiet about attaching unless asked.
    if cfg.output and cfg.command and not cfg.qflag and cfg.quiet_set is None:
        cfg.qflag = 1
    if cfg.quiet_set is None:
        cfg.quiet_set = {0: frozenset(), 1: frozenset({"attach", "personality"}),
                         2: frozenset({"exit", "attach", "personality"})}.get(
            cfg.qflag, frozenset(filters.QUIET_NAMES))
    return cfg


def split_operands(argv: list[str]) -> tuple[list[str], list[str]]:
    """-> (options, operands): options may come before or after the operands (the LOGs
    of `syscope read`); strace's option table tells which options take an argument."""
    options, operands = [], []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            operands += argv[i + 1:]
            break
        if a.startswith("--"):
            options.append(a)
            name = a[2:].split("=", 1)[0]
            kind = LONG_OPTS.get(name, (None, None))[1]
            if kind == "required" and "=" not in a and i + 1 < len(argv):
                options.append(argv[i + 1])
                i += 1
        elif a.startswith("-") and a != "-":
            options.append(a)
            for j, c in enumerate(a[1:], 1):
                pos = SHORT_OPTS.find(c)
                if pos >= 0 and pos + 1 < len(SHORT_OPTS) and SHORT_OPTS[pos + 1] == ":":
                    if j == len(a) - 1 and i + 1 < len(argv):
                        options.append(argv[i + 1])
                        i += 1
                    break
        else:
            operands.append(a)
        i += 1
    return options, operands
