"""strace's qualifiers (-e trace=, -e signal=, -e status=, ...) as sets built from
the generated ABI tables.  They work on syscall names, so a live trace and a
recorded log are filtered the same way."""
from __future__ import annotations


from .abi import OTHER_PERSONALITY_SYSCALLS, SYSCALL_NUMBERS, SYSCALL_SHAPES, signal_number

CLASS_ALIASES = {
    "file": "file", "process": "process", "net": "network", "network": "network",
    "signal": "signal", "ipc": "ipc", "desc": "desc", "memory": "memory", "creds": "creds",
    "clock": "clock", "stat": "stat", "lstat": "lstat", "fstat": "fstat", "%stat": "stat_like",
    "statfs": "statfs", "fstatfs": "fstatfs", "%statfs": "statfs_like", "pure": "pure",
}

ALL_SYSCALLS = frozenset(SYSCALL_SHAPES)
STATUSES = ("successful", "failed", "unfinished", "unavailable", "detached")


class QualifierError(ValueError):
    """Bad -e value; the message is what strace would print."""


def _split(spec: str) -> tuple[bool, list[str]]:
    """Leading '!'s negate; empty elements are skipped, as strace's strtok does."""
    negate = False
    while spec.startswith("!"):
        negate = not negate
        spec = spec[1:]
    return negate, [s for s in spec.split(",") if s]


def parse_name_set(spec: str, names, what: str, aliases=None) -> frozenset[str]:
    """A qualifier over a fixed list of names (strace's qualify_tokens): [!]all, [!]none,
    or names separated by commas; 'invalid WHAT 'X'' for a name it does not know, or
    for the whole value when it holds no name."""
    negate, items = _split(spec)
    stripped = spec.lstrip("!")
    if stripped in ("all", "none"):
        chosen = set(names) if stripped == "all" else set()
    else:
        if not items:
            raise QualifierError("invalid %s '%s'" % (what, spec))
        chosen = set()
        for item in items:
            item = (aliases or {}).get(item, item)
            if item not in names:
                raise QualifierError("invalid %s '%s'" % (what, item))
            chosen.add(item)
    return frozenset(set(names) - chosen) if negate else frozenset(chosen)


def syscalls_in_class(cls: str) -> set[str]:
    return {name for name, (_n, classes) in SYSCALL_SHAPES.items() if cls in classes}


def traced_by(trace_set: frozenset[str]):
    """-e trace=SET as a test of a syscall's name.  A number the syscall table does not
    name (syscall_0x1c3) is traced whatever the set says, as strace traces it (it has no
    entry to qualify it by); engine/seccomp.py stops at those numbers too."""
    def traced(name: str) -> bool:
        return name in trace_set or name.startswith("syscall_0x")
    return traced


def parse_syscall_set(spec: str) -> frozenset[str]:
    """-e trace=SET: names, %class, /regex, ?name, all, none, ! negation."""
    negate, items = _split(spec)
    if not items and spec.lstrip("!") not in ("all", "none"):
        raise QualifierError("invalid system call '%s'" % spec)
    chosen: set[str] = set()
    for item in items:
        optional = False
        while item.startswith("?"):
            optional = True
            item = item[1:]
        if item == "all":
            chosen |= ALL_SYSCALLS
            continue
        if item == "none":
            continue
        if item.startswith("/"):
            import re      # only here: re costs start-up time
            try:
                rx = re.compile(item[1:])
            except re.error:
                raise QualifierError("invalid system call '%s'" % item)
            matched = {n for n in ALL_SYSCALLS if rx.search(n)}
            if not matched and not optional:
                raise QualifierError("invalid system call '%s'" % item)
            chosen |= matched
            continue
        cls_key = item[1:] if item.startswith("%") else item
        if item.startswith("%") or (cls_key in CLASS_ALIASES and cls_key not in SYSCALL_NUMBERS):
            cls = CLASS_ALIASES.get(cls_key)
            if cls is None:
                if optional:
                    continue
                raise QualifierError("invalid system call '%s'" % item)
            chosen |= syscalls_in_class(cls)
            continue
        if item in SYSCALL_NUMBERS:
            chosen.add(item)
        elif item.isdigit() and int(item) in _by_number():
            chosen.add(_by_number()[int(item)])
        elif item in OTHER_PERSONALITY_SYSCALLS:
            continue        # a syscall of i386 or x32 only: nothing to trace here
        elif not optional:
            raise QualifierError("invalid system call '%s'" % item)
    if negate:
        return frozenset(ALL_SYSCALLS - chosen)
    return frozenset(chosen)


def _by_number() -> dict[int, str]:
    return {nr: name for name, nr in SYSCALL_NUMBERS.items()}


def parse_signal_set(spec: str) -> frozenset[int]:
    negate, items = _split(spec)
    chosen: set[int] = set()
    for item in items:
        if item == "all":
            chosen |= set(range(1, 65))
        elif item == "none":
            continue
        elif item.isdigit() and 0 < int(item) <= 64:
            chosen.add(int(item))
        else:
            n = signal_number(item)
            if n is None:
                raise QualifierError("invalid signal '%s'" % item)
            chosen.add(n)
    if negate:
        return frozenset(set(range(1, 65)) - chosen)
    return frozenset(chosen)


def parse_status_set(spec: str) -> frozenset[str]:
    return parse_name_set(spec, STATUSES, "status")


QUIET_NAMES = ("attach", "exit", "path-resolution", "personality", "thread-execve")


def parse_quiet_set(spec: str) -> frozenset[str]:
    return parse_name_set(spec, QUIET_NAMES, "quiet",
                          {"exits": "exit", "superseded": "thread-execve"})


DECODE_FDS = ("path", "socket", "dev", "pidfd")
DECODE_PIDS = ("pidns", "comm")


def parse_decode_fds(spec: str) -> frozenset[str]:
    return parse_name_set(spec, DECODE_FDS, "decode-fds")


def parse_decode_pids(spec: str) -> frozenset[str]:
    return parse_name_set(spec, DECODE_PIDS, "decode-pids")


def parse_fd_set(spec: str) -> frozenset[int]:
    negate, items = _split(spec)
    chosen: set[int] = set()
    for item in items:
        if item == "all":
            chosen |= set(range(0, 1 << 16))
        elif item == "none":
            continue
        elif item.isdigit():
            chosen.add(int(item))
        else:
            raise QualifierError("invalid descriptor '%s'" % item)
    if negate:
        return frozenset(set(range(0, 1 << 16)) - chosen)
    return frozenset(chosen)
