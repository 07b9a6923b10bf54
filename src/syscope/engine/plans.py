"""Which syscalls the C loop (run_batch_raw) may handle alone, and what memory it must
copy for them.

A syscall qualifies when its decoder reads nothing but registers and memory regions
known from its signature: path and string arguments, buffers whose length is another
argument or the return value, fixed-size structures.  The C loop copies exactly those
regions while the tracee is stopped; the decoder later reads them from the copy
(SnapshotMemory) and prints what it would have printed live."""
from __future__ import annotations

from ..abi import syscall_name
from ..decode.core import DECODERS, SignatureDecoder

CAP_CSTR, CAP_BUF_ARG, CAP_FIXED, CAP_BUF_RET, CAP_RET_ALL = 1, 2, 3, 4, 5
RET_ALL_LIMIT = 1 << 16   # bigger results (rare) take the slow path
PATH_MAX = 4095

REGISTER_ONLY = frozenset(
    "d u ld lu x ptr fd dirfd flags xlat xlatd xlat64 mode id off addr signo prot madvice clockid "
    "timer_flags fd_flags access_mode at_flags open_flags open_mode resource rusage_who "
    "shutdown_how msg_flags fadvice statx_flags statx_mask".split())
FIXED_SIZE = {"stat": 144, "statfs": 120, "timespec": 16, "fdpair": 8, "utsname": 390,
              "sysinfo": 112, "rlimit": 16, "timeval": 16, "itimerspec": 32, "sigaction": 32,
              "sigset": 8, "wstatus": 4, "wait_rusage": 144, "rusage": 144}
DECLARED_KINDS = {"fixed": CAP_FIXED, "cstr": CAP_CSTR}


def capture_for(spec, max_strlen: int):
    """(phase, capture) for one argument, or None when the C loop cannot serve it."""
    t, p, i = spec.type, spec.param, spec.index
    if t in REGISTER_ONLY:
        return ()
    if t == "path" and not spec.output:
        return (("entry", (CAP_CSTR, i, 0, PATH_MAX)),)
    if t == "str" and not spec.output:     # one with a size of its own: as much as is read
        size = min(int(p), max_strlen + 1) if p else max_strlen + 1
        return (("entry", (CAP_CSTR, i, 0, size - 1)),) if size else None
    if t in ("buf", "hexbuf", "rlbuf", "xattr_value"):
        # a byte more than -s prints: strace reads it (decode.core's buf())
        if p == "ret" or (spec.output and t == "rlbuf"):
            return (("exit", (CAP_BUF_RET, i, 0, max_strlen + 1)),)
        if p.isdigit() and not spec.output:
            return (("entry", (CAP_BUF_ARG, i, int(p), max_strlen + 1)),)
        return None
    if t == "cwdbuf":
        return (("exit", (CAP_CSTR, i, 0, PATH_MAX)),)
    if t == "dents64":     # entries are counted even when not printed: all of it
        return (("exit", (CAP_RET_ALL, i, 0, RET_ALL_LIMIT)),)
    if t == "sockaddr" and p.isdigit():
        return (("entry", (CAP_BUF_ARG, i, int(p), 128)),)
    if t in FIXED_SIZE:
        return ((("exit" if spec.output else "entry"), (CAP_FIXED, i, 0, FIXED_SIZE[t])),)
    return None


class _Spec:
    __slots__ = ("type", "param", "output", "index")

    def __init__(self, s, i):
        self.type, self.param, self.output, self.index = s.type, s.param, s.output, i


def plan_for(name: str, max_strlen: int):
    """(entry captures, exit captures), or None when the syscall needs the slow path."""
    d = DECODERS.get(name)
    if d is None:
        return None
    entry, exit_ = [], []
    if isinstance(d, SignatureDecoder):
        for i, s in enumerate(d.specs):
            caps = capture_for(_Spec(s, i), max_strlen)
            if caps is None:
                return None
            for phase, cap in caps:
                (entry if phase == "entry" else exit_).append(cap)
    elif d.captures is not None:      # an irregular decoder that says what it reads
        for phase, kind, arg, limit in d.captures:
            (entry if phase == "entry" else exit_).append((DECLARED_KINDS[kind], arg, 0, limit))
    else:
        return None
    if len(entry) > 4 or len(exit_) > 4:
        return None
    return tuple(entry), tuple(exit_)


def install(set_plan, nr: int, max_strlen: int, decoding: bool = True, ahead=None) -> bool:
    """Give the C loop the plan of syscall nr (when it first meets it); False when
    Python must handle it live.  Without decoding (-c) no syscall needs memory.
    ahead: the plans generated for this max_strlen (render.Ahead)."""
    if not decoding:
        plan = ((), ())
    else:
        name = syscall_name(nr)
        known = ahead.get(name) if ahead is not None else None
        plan = known[0] if known is not None else plan_for(name, max_strlen)
    if plan is None:
        set_plan(nr, False, (), ())
        return False
    set_plan(nr, True, plan[0], plan[1])
    return True


class SnapshotMemory:
    """The Memory protocol served from what the C loop copied at the stop."""
    __slots__ = ("pid", "regions")

    def __init__(self, pid: int, caps: tuple):
        self.pid = pid
        self.regions = {}
        for kind, addr, data in caps:
            self.regions[(kind == CAP_CSTR, addr)] = data

    def read(self, addr: int, size: int):
        if size <= 0:
            return b""
        data = self.regions.get((False, addr))
        if data is None:
            return None
        return data[:size]

    def read_str(self, addr: int, maxlen: int):
        r = self.regions.get((True, addr))
        if r is None:
            return None
        data, terminated = r
        if len(data) > maxlen:
            return data[:maxlen + 1], False
        if not terminated and len(data) <= maxlen:   # copied for a shorter string
            return None
        return data, terminated

    def fd_info(self, fd: int, kinds: frozenset):
        return None

    def pidfd_fd_info(self, pidfd: int, fd: int, kinds: frozenset):
        return None

    def cwd_info(self):
        return None
