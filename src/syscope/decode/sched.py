"""Scheduling: policy parameters and I/O priorities."""
from __future__ import annotations

from .core import Call, output_struct_type, struct_printer, type_formatter
from .fmt import xlat_or

IOPRIO_CLASS_SHIFT = 13

# sched_param: one int, printed as strace prints it, [prio]
output_struct_type("sched_param", struct_printer("<i", "[%d]"))


@type_formatter("ioprio")
def t_ioprio(call: Call, v: int, p: str) -> str:
    """IOPRIO_PRIO_VALUE(class, data)."""
    v &= 0xFFFFFFFF
    return "IOPRIO_PRIO_VALUE(%s, %d)" % (
        xlat_or(v >> IOPRIO_CLASS_SHIFT, "ioprio_class", "IOPRIO_CLASS_???"),
        v & ((1 << IOPRIO_CLASS_SHIFT) - 1))
