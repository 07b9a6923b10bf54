"""ptrace(2): requests, the tracee, and what addr and data are for each request."""
from __future__ import annotations

import struct

from ..abi import SYSCALL_NAMES, xlat_lookup, xlat_table, xlat_value
from .array import array
from .bpf_filter import format_fprog_filter
from .core import Call, Decoder, format_return, special
from .fmt import chex, errno, flags, hexaddr, named, ptr, signed, styled, xlat_or
from .signal import format_siginfo, format_siginfo_at, sigset_at, t_signo

# struct user after its registers (glibc's sys/user.h on x86_64): offset, field
USER_FIELDS = ((216, "u_fpvalid"), (224, "i387"), (736, "u_tsize"), (744, "u_dsize"),
               (752, "u_ssize"), (760, "start_code"), (768, "start_stack"), (776, "signal"),
               (784, "reserved"), (792, "u_ar0"), (800, "u_fpstate"), (808, "magic"),
               (816, "u_comm"), (848, "u_debugreg"))
SIZEOF_USER = 912
# struct user_regs_struct, field by field
USER_REGS = ("r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax",
             "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss",
             "fs_base", "gs_base", "ds", "es", "fs", "gs")
PEEKSIGINFO_ARGS = struct.Struct("<QII")
IOVEC = struct.Struct("<QQ")
SIGINFO_SIZE = 128
# struct ptrace_syscall_info: op, pad, arch, instruction_pointer, stack_pointer, then
# entry {nr, args[6]}, exit {rval, is_error}, seccomp {nr, args[6], ret_data}
PSI_HEAD = struct.Struct("<B3xIQQ")
PSI_SECCOMP_SIZE = 84
PSI_EXIT_SIZE = 33
SECCOMP_METADATA = struct.Struct("<QQ")


def _offsets() -> list[tuple[int, str]]:
    regs = [(v, "8*EFL" if name == "EFLAGS" else "8*" + name)
            for name, v in xlat_table("user_regs")]
    return sorted(regs + [(off, "offsetof(struct user, %s)" % f) for off, f in USER_FIELDS]
                  + [(SIZEOF_USER, "sizeof(struct user)")])


def user_offset(addr: int) -> str:
    """An offset in struct user: the field it is in, +N inside it."""
    best = None
    for off, name in _offsets():
        if off <= addr:
            best = (off, name)
    if best is None or (addr > best[0] and best[0] == SIZEOF_USER):
        return hexaddr(addr)
    return best[1] + ("+%d" % (addr - best[0]) if addr != best[0] else "")


def _req(call: Call) -> str | None:
    return xlat_lookup("ptrace_cmds", call.args[0]) if call.args[0] >> 32 == 0 else None


def format_regs(call: Call, addr: int, size: int) -> str:
    """NT_PRSTATUS: the registers that size covers."""
    if not size or size & 7:
        return ptr(addr)
    n = min(size, 8 * len(USER_REGS))
    data = call.read(addr, n) if addr else None
    if data is None or len(data) < n:
        return ptr(addr)
    values = struct.unpack("<%dQ" % (n // 8), data)
    text = ", ".join("%s=%s" % (f, chex(v)) for f, v in zip(USER_REGS, values))
    return "{%s%s}" % (text, ", ..." if size > 8 * len(USER_REGS) else "")


FPREGS_SIZE = 512
# struct user_fpregs_struct: (field, offset, format of one value, count; 0 for a scalar)
FPREGS = (("cwd", 0, "H", 0), ("swd", 2, "H", 0), ("ftw", 4, "H", 0), ("fop", 6, "H", 0),
          ("rip", 8, "Q", 0), ("rdp", 16, "Q", 0), ("mxcsr", 24, "I", 0),
          ("mxcr_mask", 28, "I", 0), ("st_space", 32, "I", 32), ("xmm_space", 160, "I", 64),
          ("padding", 416, "I", 24))


def format_fpregs(call: Call, addr: int, size: int) -> str:
    """NT_FPREGSET: the x87 and SSE state, as far as size goes."""
    if not size or size & 7:
        return ptr(addr)
    n = min(size, FPREGS_SIZE)
    data = call.read(addr, n) if addr else None
    if data is None or len(data) < n:
        return ptr(addr)
    limit = call.opts.max_strlen if call.opts.is_abbrev(call.name) else None
    out = []
    for name, off, fmt, count in FPREGS:
        if off and n <= off:
            break
        if not count:
            out.append("%s=%s" % (name, chex(struct.unpack_from("<" + fmt, data, off)[0])))
            continue
        have = min(count, (n - off) // 4)
        values = [chex(v) for v in struct.unpack_from("<%dI" % have, data, off)]
        if limit is not None and have > limit:
            values = values[:limit] + ["..."]
        out.append("%s=[%s]" % (name, ", ".join(values)))
    if size > FPREGS_SIZE:
        out.append("...")
    return "{%s}" % ", ".join(out)


def _regset(call: Call, base: int, length: int) -> str:
    nt = xlat_lookup("nt_descriptor_types", call.args[2])
    if nt == "NT_PRSTATUS":
        return format_regs(call, base, length)
    if nt == "NT_FPREGSET":
        return format_fpregs(call, base, length)
    return ptr(base)


def _syscall_info(call: Call, addr: int, user_len: int) -> str:
    fetch = min(user_len, call.rval, PSI_SECCOMP_SIZE)
    data = call.read(addr, fetch) if fetch and addr else None
    if data is None or len(data) < fetch:
        return ptr(addr)
    data = data.ljust(PSI_SECCOMP_SIZE, b"\0")
    op, arch, ip, sp = PSI_HEAD.unpack_from(data)
    out = ["op=" + xlat_or(op, "ptrace_syscall_info_op", "PTRACE_SYSCALL_INFO_???")]
    steps = ((8, "arch=" + xlat_or(arch, "audit_arch", "AUDIT_ARCH_???")),
             (16, "instruction_pointer=%s" % chex(ip)), (24, "stack_pointer=%s" % chex(sp)))
    for end, text in steps:
        if fetch < end:
            return "{%s}" % ", ".join(out)
        out.append(text)
    if fetch < 32:
        return "{%s}" % ", ".join(out)
    opname = xlat_lookup("ptrace_syscall_info_op", op)
    if opname in ("PTRACE_SYSCALL_INFO_ENTRY", "PTRACE_SYSCALL_INFO_SECCOMP"):
        nr = struct.unpack_from("<Q", data, 24)[0]
        name = SYSCALL_NAMES.get(nr) if arch == xlat_value("audit_arch", "AUDIT_ARCH_X86_64") \
            else None
        fields = ["nr=" + styled(str(nr), "__NR_" + name if name else None)]
        nargs = min((fetch - 32) // 8, 6)
        if nargs:
            args = struct.unpack_from("<%dQ" % nargs, data, 32)
            fields.append("args=[%s]" % ", ".join(chex(a) for a in args))
        if opname.endswith("SECCOMP") and fetch >= PSI_SECCOMP_SIZE:
            fields.append("ret_data=%d" % struct.unpack_from("<I", data, 80)[0])
        out.append("%s={%s}" % ("entry" if opname.endswith("ENTRY") else "seccomp",
                                ", ".join(fields)))
    elif opname == "PTRACE_SYSCALL_INFO_EXIT":
        rval, is_error = struct.unpack_from("<qB", data, 24)
        if fetch >= PSI_EXIT_SIZE and is_error:
            text = "rval=" + (errno(rval, negated=True) if 0 < -rval < 4096 else str(rval))
        else:
            text = "rval=%d" % rval
        if fetch >= PSI_EXIT_SIZE:
            text += ", is_error=%d" % is_error
        out.append("exit={%s}" % text)
    return "{%s}" % ", ".join(out)


RESUME = ("PTRACE_CONT", "PTRACE_DETACH", "PTRACE_SYSCALL", "PTRACE_SINGLESTEP",
          "PTRACE_SINGLEBLOCK", "PTRACE_SYSEMU", "PTRACE_SYSEMU_SINGLESTEP")
NO_ADDR = ("PTRACE_ATTACH", "PTRACE_INTERRUPT", "PTRACE_KILL", "PTRACE_LISTEN")
NUMBER_ADDR = ("PTRACE_GETSIGMASK", "PTRACE_SETSIGMASK", "PTRACE_SECCOMP_GET_FILTER",
               "PTRACE_SECCOMP_GET_METADATA", "PTRACE_GET_SYSCALL_INFO")
DATA_AT_EXIT = ("PTRACE_PEEKDATA", "PTRACE_PEEKTEXT", "PTRACE_PEEKUSER", "PTRACE_GETEVENTMSG",
                "PTRACE_GETSIGINFO", "PTRACE_GETSIGMASK", "PTRACE_PEEKSIGINFO",
                "PTRACE_SECCOMP_GET_FILTER", "PTRACE_GET_SYSCALL_INFO")


@special("ptrace")
class Ptrace(Decoder):
    """ptrace(request, pid, addr, data)."""

    def entry(self, call: Call) -> str:
        request, pid, addr, data = call.args[:4]
        req = _req(call)
        text = named(request, req, "PTRACE_???")
        if req == "PTRACE_TRACEME":
            return text
        text += ", " + call.pidv(pid, "tgid")
        if req in NO_ADDR:
            return text
        if req in ("PTRACE_PEEKUSER", "PTRACE_POKEUSER"):
            text += ", " + user_offset(addr)
        elif req in ("PTRACE_GETREGSET", "PTRACE_SETREGSET"):
            text += ", " + xlat_or(addr & 0xFFFFFFFF if not addr >> 32 else addr,
                                   "nt_descriptor_types", "NT_???")
        elif req in NUMBER_ADDR:
            text += ", %d" % addr
        elif req == "PTRACE_PEEKSIGINFO":
            f = call.read(addr, PEEKSIGINFO_ARGS.size) if addr else None
            if f is None or len(f) < PEEKSIGINFO_ARGS.size:
                text += ", " + ptr(addr)
            else:
                off, fl, nr = PEEKSIGINFO_ARGS.unpack(f)
                text += ", {off=%d, flags=%s, nr=%d}" % (
                    off, flags(fl, "ptrace_peeksiginfo_flags", dflt="PTRACE_PEEKSIGINFO_???"),
                    nr)
        elif req == "PTRACE_SETREGS":       # addr unused: the registers in its place
            return text + ", " + format_regs(call, data, 8 * len(USER_REGS))
        elif req == "PTRACE_SETFPREGS":
            return text + ", " + format_fpregs(call, data, FPREGS_SIZE)
        elif req in ("PTRACE_GETREGS", "PTRACE_GETFPREGS"):
            return text + ", "
        else:
            text += ", " + ptr(addr)
        text += ", "
        if req in RESUME:
            return text + t_signo(call, data, "")
        if req in ("PTRACE_SEIZE", "PTRACE_SETOPTIONS", "PTRACE_OLDSETOPTIONS"):
            return text + flags(data, "ptrace_setoptions_flags", dflt="PTRACE_O_???")
        if req == "PTRACE_SETSIGINFO":
            return text + format_siginfo_at(call, data)
        if req == "PTRACE_SETSIGMASK":
            return text + sigset_at(call, data, addr)
        if req == "PTRACE_SETREGSET":
            iov = call.read(data, IOVEC.size) if data else None
            if iov is None or len(iov) < IOVEC.size:
                return text + ptr(data)
            base, length = IOVEC.unpack(iov)
            call.saved["iov_len"] = length
            return text + "{iov_base=%s, iov_len=%d" % (_regset(call, base, length), length)
        if req == "PTRACE_GETREGSET":
            iov = call.read(data, IOVEC.size) if data else None
            if iov is None or len(iov) < IOVEC.size:
                return text + ptr(data)
            call.saved["iov_len"] = IOVEC.unpack(iov)[1]
            return text
        if req == "PTRACE_SECCOMP_GET_METADATA":
            return text + self._metadata_entry(call, data, addr)
        if req in DATA_AT_EXIT and call.opts.is_verbose(call.name):
            call.saved["data_at_exit"] = True
            return text
        return text + ptr(data)

    @staticmethod
    def _metadata_entry(call: Call, addr: int, size: int) -> str:
        if size < 8:
            return ptr(addr)
        f = call.read(addr, 8) if addr else None
        if f is None or len(f) < 8:
            return ptr(addr)
        call.saved["metadata"] = True
        return "{filter_off=%d" % struct.unpack("<Q", f)[0]

    def exit(self, call: Call) -> str:
        request, pid, addr, data = call.args[:4]
        req = _req(call)
        if req == "PTRACE_SECCOMP_GET_METADATA":
            if "metadata" not in call.saved:
                return ""
            size = call.rval if not call.failed else 0
            text = ""
            if not call.failed and size > 8:
                f = call.read(data + 8, 8) if size >= 16 else None
                if f is None or len(f) < 8:
                    text = ", ???"
                else:
                    text = ", flags=" + flags(struct.unpack("<Q", f)[0], "seccomp_filter_flags",
                                               dflt="SECCOMP_FILTER_FLAG_???")
                    if size > 16:
                        text += ", ..."
            return text + "}"
        if req == "PTRACE_GETREGSET":
            if "iov_len" not in call.saved:
                return ""
            iov = call.read(data, IOVEC.size)
            if iov is None or len(iov) < IOVEC.size:
                return ptr(data)
            base, length = IOVEC.unpack(iov)
            old = call.saved["iov_len"]
            regs = ptr(base) if call.failed else _regset(call, base, length)
            return "{iov_base=%s, iov_len=%s}" % (
                regs, str(old) if old == length else "%d => %d" % (old, length))
        if req == "PTRACE_SETREGSET":
            if "iov_len" not in call.saved:
                return ""
            iov = call.read(data, IOVEC.size)
            if iov is not None and len(iov) == IOVEC.size and \
                    IOVEC.unpack(iov)[1] != call.saved["iov_len"]:
                return " => %d}" % IOVEC.unpack(iov)[1]
            return "}"
        if req == "PTRACE_GETREGS":
            return ptr(data) if call.failed else format_regs(call, data, 8 * len(USER_REGS))
        if req == "PTRACE_GETFPREGS":
            return ptr(data) if call.failed else format_fpregs(call, data, FPREGS_SIZE)
        if not call.saved.get("data_at_exit"):
            return ""
        if call.failed:
            return ptr(data)
        if req in ("PTRACE_PEEKDATA", "PTRACE_PEEKTEXT", "PTRACE_PEEKUSER",
                   "PTRACE_GETEVENTMSG"):
            f = call.read(data, 8) if data else None
            if f is None or len(f) < 8:
                return ptr(data)
            value = struct.unpack("<Q", f)[0]
            return "[%d]" % value if req == "PTRACE_GETEVENTMSG" else "[%s]" % chex(value)
        if req == "PTRACE_GETSIGINFO":
            return format_siginfo_at(call, data)
        if req == "PTRACE_GETSIGMASK":
            return sigset_at(call, data, addr)
        if req == "PTRACE_PEEKSIGINFO":
            return array(call, data, call.rval, SIGINFO_SIZE,
                         lambda b: format_siginfo(b, call.fd))
        if req == "PTRACE_SECCOMP_GET_FILTER":
            return format_fprog_filter(call, data, call.rval)
        if req == "PTRACE_GET_SYSCALL_INFO":
            return _syscall_info(call, data, addr)
        return ptr(data)

    def ret(self, call: Call) -> str:
        return format_return(call, "d")
