"""Facts of the Linux x86_64 ABI, generated from the kernel headers (see tools/gen_abi.py)."""
from __future__ import annotations

from ._generated import (ERRNO, OTHER_PERSONALITY_SYSCALLS, SIGNAL_NAMES, SYSCALL_NAMES,  # noqa: F401
                         SYSCALL_SHAPES)

SYSCALL_NUMBERS = {name: nr for nr, name in SYSCALL_NAMES.items()}
ERRNO_BY_NAME = {name: n for n, (name, _msg) in ERRNO.items()}
SIGNAL_NUMBERS = {name: n for n, name in SIGNAL_NAMES.items()}
SIGRTMIN = 32  # the kernel's; glibc reserves 32..33 and calls 34 its SIGRTMIN
NSIG = 64


def syscall_name(nr: int) -> str:
    name = SYSCALL_NAMES.get(nr)
    return name if name is not None else "syscall_%#x" % nr


def errno_name(err: int) -> str:
    e = ERRNO.get(err)
    return e[0] if e else str(err)


def errno_message(err: int) -> str:
    e = ERRNO.get(err)
    return e[1] if e else "Unknown error %d" % err


def signal_name(sig: int) -> str:
    """SIGINT, SIGRTMIN, SIGRT_3 -- strace's spelling."""
    name = SIGNAL_NAMES.get(sig)
    if name:
        return name
    if sig == SIGRTMIN:
        return "SIGRTMIN"
    if SIGRTMIN < sig <= NSIG:
        return "SIGRT_%d" % (sig - SIGRTMIN)
    return str(sig)


def signal_number(name: str) -> int | None:
    name = name.upper()
    if not name.startswith("SIG"):
        name = "SIG" + name
    if name in SIGNAL_NUMBERS:
        return SIGNAL_NUMBERS[name]
    if name == "SIGRTMIN":
        return SIGRTMIN
    if name.startswith("SIGRT_") and name[6:].isdigit():
        return SIGRTMIN + int(name[6:])
    return None


_XLAT: dict[str, tuple[tuple[str, int], ...]] = {}     # the tables read so far


def xlat_table(table: str) -> tuple[tuple[str, int], ...]:
    """A constant table's (name, value) pairs in strace's order; KeyError if there is none
    of that name.  Each is read from its text the first time it is asked for."""
    t = _XLAT.get(table)
    if t is None:
        text = _xlat_text(table)
        t = _XLAT[table] = tuple((name, int(v)) for name, _, v in
                                 (line.rpartition(" ") for line in text.split("\n"))) \
            if text else ()
    return t


_XLAT_INDEX: dict[str, int] = {}     # table -> its place in _xlat's NAMES


def _xlat_text(table: str) -> str:
    """A table's text in _xlat.TEXT (all tables in one string, cheap to load)."""
    return xlat_text_at(xlat_index(table))


def xlat_index(table: str) -> int:
    """The table's place among the generated tables (KeyError if there is none)."""
    if not _XLAT_INDEX:
        from . import _xlat
        _XLAT_INDEX.update((name, i) for i, name in enumerate(_xlat.NAMES.split()))
    return _XLAT_INDEX[table]


def xlat_text_at(i: int) -> str:
    """The text of the table at place i: "NAME value" lines."""
    from . import _xlat
    return _xlat.TEXT[_xlat.ENDS[i - 1] if i else 0:_xlat.ENDS[i]]


_BY_VALUE: dict[str, dict[int, str]] = {}     # table -> value -> its first name


def _by_value(table: str) -> dict:
    d = _BY_VALUE.get(table)
    if d is None:
        d = _BY_VALUE[table] = {}
        for name, v in xlat_table(table):
            d.setdefault(v, name)
    return d


def xlat_lookup(table: str, value: int) -> str | None:
    return _by_value(table).get(value)


def xlat_value(table: str, name: str) -> int | None:
    for n, v in xlat_table(table):
        if n == name:
            return v
    return None
