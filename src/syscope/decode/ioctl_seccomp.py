"""seccomp user notifications: struct seccomp_data inside struct seccomp_notif, whose
syscall number is named when the architecture is this one's, as strace 6.1 does."""
from __future__ import annotations

from .core import Call
from . import fmt
from .structs import layout, struct_text


def _syscall_name(nr: int, arch: int) -> str:
    from ..abi import SYSCALL_NAMES, xlat_value
    name = SYSCALL_NAMES.get(nr) if arch == xlat_value("audit_arch", "AUDIT_ARCH_X86_64") \
        else None
    return fmt.styled(str(nr), None if name is None else "__NR_" + name)


def seccomp_data(call: Call, data: bytes) -> str:
    """data={nr=__NR_gettid, arch=AUDIT_ARCH_X86_64, ...}"""
    specs = layout("seccomp_data_nr")[1]

    def get(name: str) -> int:
        off, size, _s, _c = specs[name]
        return int.from_bytes(data[off:off + size], "little")
    rest = struct_text(call, data, "seccomp_data")[1:]
    return "data={nr=%s, %s" % (_syscall_name(get("nr"), get("arch")), rest)
