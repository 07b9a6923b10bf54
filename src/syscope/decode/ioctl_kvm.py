"""KVM's ioctl requests (linux/kvm.h), as strace 6.1 prints them on x86_64: capabilities
by name, memory regions, registers (abbreviated without -v), CPUID tables, and the new
virtual machines' and CPUs' descriptors."""
from __future__ import annotations

from .core import Call
from .fmt import ptr

ARGS = {
    "KVM_CHECK_EXTENSION": "value:xval:kvm_cap:KVM_CAP_???",
    "KVM_CREATE_VCPU": "fn:ioctl_kvm.cpu_number",
    "KVM_SET_USER_MEMORY_REGION": "in:kvm_userspace_memory_region",
    "KVM_SET_REGS": "fn:ioctl_kvm.set_regs", "KVM_GET_REGS": "fn:ioctl_kvm.get_regs",
    "KVM_SET_SREGS": "in:kvm_sregs", "KVM_GET_SREGS": "out:kvm_sregs",
    "KVM_SET_CPUID2": "fn:ioctl_kvm.set_cpuid",
    "KVM_GET_SUPPORTED_CPUID": "fn:ioctl_kvm.get_cpuid",
    "KVM_GET_EMULATED_CPUID": "fn:ioctl_kvm.get_cpuid",
}
FD_RESULTS = ("KVM_CREATE_VM", "KVM_CREATE_VCPU")
RESULT_NOTES = {"KVM_RUN": lambda call: exit_reason(call) if call.opts.kvm_vcpu else None}
# the registers that abbreviated output shows, "..." standing for the others in between
ABBREV_REGS = ("rax", "...", "rsp", "rbp", "...", "rip", "rflags")


def cpu_number(call: Call, arg: int, entering: bool) -> str:
    return str(arg & 0xFFFFFFFF) if entering else ""


def _regs(call: Call, arg: int) -> str:
    from .structs import layout, read_struct, scalar
    data = read_struct(call, arg, "kvm_regs")
    if data is None:
        return ptr(arg)
    fields = layout("kvm_regs")[1]
    names = ABBREV_REGS if call.opts.is_abbrev(call.name) else tuple(fields)
    out = []
    for name in names:
        if name == "...":
            out.append(name)
            continue
        off, size, _s, _c = fields[name]
        out.append("%s=%s" % (name, scalar(call, "x", int.from_bytes(data[off:off + size],
                                                                     "little"))))
    return "{" + ", ".join(out) + "}"


def set_regs(call: Call, arg: int, entering: bool) -> str:
    return _regs(call, arg) if entering else ""


def get_regs(call: Call, arg: int, entering: bool) -> str:
    if entering:
        return ""
    return ptr(arg) if call.failed else _regs(call, arg)


def _cpuid(call: Call, arg: int) -> str:
    """{nent=N, entries=[...]}: the entries only with -v."""
    from .array import array
    from .ioctl_values import read_value
    from .structs import size_of, struct_text
    nent = read_value(call, arg, "I")
    if nent is None:
        return ptr(arg)
    if call.opts.is_abbrev(call.name):
        entries = "[...]" if nent else "[]"
    else:
        entries = array(call, arg + size_of("kvm_cpuid2"), nent, size_of("kvm_cpuid_entry2"),
                        lambda b: struct_text(call, b, "kvm_cpuid_entry2"))
    return "{nent=%d, entries=%s}" % (nent, entries)


def set_cpuid(call: Call, arg: int, entering: bool) -> str:
    return _cpuid(call, arg) if entering else ""


def get_cpuid(call: Call, arg: int, entering: bool) -> str:
    if entering:
        return ""
    return ptr(arg) if call.failed else _cpuid(call, arg)


VCPU_PREFIX = "anon_inode:kvm-vcpu:"


def exit_reason(call: Call) -> str | None:
    """-e kvm=vcpu: why KVM_RUN returned, from the kvm_run structure the CPU's descriptor
    maps into the tracee (found in its memory map by the descriptor's name)."""
    import os
    from ..abi import xlat_lookup
    from .ioctl_values import read_value
    from .structs import layout, size_of
    proc = getattr(call.mem, "proc_pid", lambda: call.pid)()
    try:
        target = os.readlink("/proc/%d/fd/%d" % (proc, call.args[0] & 0x7FFFFFFF))
        with open("/proc/%d/maps" % proc) as f:
            maps = f.read().splitlines()
    except OSError:
        return None
    if not target.startswith(VCPU_PREFIX):
        return None
    for line in maps:
        parts = line.split(None, 5)
        if len(parts) == 6 and parts[5] == target and parts[3].startswith("00:"):
            start, end = (int(x, 16) for x in parts[0].split("-"))
            if end - start < size_of("kvm_run"):
                return None
            reason = read_value(call, start + layout("kvm_run")[1]["exit_reason"][0], "I")
            if reason is None:
                return None
            return xlat_lookup("kvm_exit_reason", reason) or "KVM_EXIT_???"
    return None
