"""The seccomp-bpf program that lets untraced syscalls run without stopping.

Traced syscalls return SECCOMP_RET_TRACE (a ptrace stop), all others
SECCOMP_RET_ALLOW.  Each test is 'jeq nr, 0, 1; ret TRACE' so that no jump is
longer than one instruction, whatever the size of the set."""
from __future__ import annotations

import _struct as struct  # the C module: struct.py is one more import at start-up

from ..abi import SYSCALL_NUMBERS

BPF_LD_W_ABS = 0x20
BPF_JEQ_K = 0x15
BPF_JGT_K = 0x25
BPF_JGE_K = 0x35
BPF_RET_K = 0x06
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_TRACE = 0x7FF00000
AUDIT_ARCH_X86_64 = 0xC000003E
X32_SYSCALL_BIT = 0x40000000

# Always stop here: the first execve ends the launch phase.
ALWAYS_TRACED = ("execve", "execveat")


def insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("<HBBI", code, jt, jf, k)


def unnamed_ranges() -> list[tuple[int, int]]:
    """The runs of syscall numbers the table has no name for, the last one open-ended
    (as far as seccomp_data.nr goes)."""
    named = set(SYSCALL_NUMBERS.values())
    runs, start = [], None
    for nr in range(max(named) + 2):
        if nr not in named and start is None:
            start = nr
        elif nr in named and start is not None:
            runs.append((start, nr - 1))
            start = None
    runs.append((start, 0xFFFFFFFF))
    return runs


def build_filter(traced: frozenset[str]) -> bytes:
    numbers = sorted({SYSCALL_NUMBERS[n] for n in set(traced) | set(ALWAYS_TRACED)
                      if n in SYSCALL_NUMBERS})
    untraced = sorted(set(SYSCALL_NUMBERS.values()) - set(numbers))
    # Test whichever list is shorter; the other outcome is the default.
    if len(untraced) < len(numbers):
        listed, hit, default = untraced, SECCOMP_RET_ALLOW, SECCOMP_RET_TRACE
    else:
        listed, hit, default = numbers, SECCOMP_RET_TRACE, SECCOMP_RET_ALLOW
    prog = [
        insn(BPF_LD_W_ABS, 0, 0, 4),                    # A = seccomp_data.arch
        insn(BPF_JEQ_K, 1, 0, AUDIT_ARCH_X86_64),       # other ABIs: always stop
        insn(BPF_RET_K, 0, 0, SECCOMP_RET_TRACE),
        insn(BPF_LD_W_ABS, 0, 0, 0),                    # A = seccomp_data.nr
    ]
    for lo, hi in unnamed_ranges():     # numbers the table does not name: always stop
        prog.append(insn(BPF_JGE_K, 0, 2, lo))         # (filters.traced_by)
        prog.append(insn(BPF_JGT_K, 1, 0, hi))
        prog.append(insn(BPF_RET_K, 0, 0, SECCOMP_RET_TRACE))
    for nr in listed:
        prog.append(insn(BPF_JEQ_K, 0, 1, nr))
        prog.append(insn(BPF_RET_K, 0, 0, hit))
    prog.append(insn(BPF_RET_K, 0, 0, default))
    return b"".join(prog)
