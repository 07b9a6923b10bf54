"""Facts of the Linux x86_64 ABI, generated from the kernel headers (see tools/gen_abi.py)."""
from __future__ import annotations

from ._generated import (ERRNO, OTHER_PERSONALITY_SYSCALLS, SIGNAL_NAMES, SYSCALL_NAMES,  # noqa: F401
                         SYSCALL_SHAPES, XLAT)

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


def xlat_table(table: str) -> tuple:
    return XLAT[table]


_BY_VALUE: dict[str, dict[int, str]] = {}     # table -> value -> its first name


def _by_value(table: str) -> dict:
    d = _BY_VALUE.get(table)
    if d is None:
        d = _BY_VALUE[table] = {}
        for name, v in XLAT[table]:
            d.setdefault(v, name)
    return d


def xlat_lookup(table: str, value: int) -> str | None:
    return _by_value(table).get(value)


def xlat_value(table: str, name: str) -> int | None:
    for n, v in XLAT[table]:
        if n == name:
            return v
    return None
