"""Signals: numbers, masks, sigaction, siginfo, and the signal syscalls."""
from __future__ import annotations

import struct

from ..abi import NSIG, signal_name, xlat_lookup
from .core import Call, Decoder, format_return, output_struct_type, special, type_formatter
from .fmt import (chex, clock_t, errno, flags, hexaddr, named, ptr, sigmask_member, signed,
                  signo, styled)

NSIG_BYTES = 8
SA_RESTORER = 0x04000000
SA_HANDLER_NAMES = {0: "SIG_DFL", 1: "SIG_IGN", 0xFFFFFFFFFFFFFFFF: "SIG_ERR"}


def format_sigmask(data: bytes) -> str:
    """[INT QUIT] or ~[KILL STOP] when two thirds or more are set."""
    size = (min(len(data), NSIG_BYTES) + 3) // 4
    data = data[:size * 4].ljust(size * 4, b"\0")
    mask = int.from_bytes(data, "little")
    nbits = size * 32
    prefix = ""
    if bin(mask).count("1") >= nbits * 2 // 3:
        mask = ~mask & ((1 << nbits) - 1)
        prefix = "~"
    names = [sigmask_member(i + 1) for i in range(nbits) if mask >> i & 1]
    return prefix + "[" + " ".join(names) + "]"


def sigset_at(call: Call, addr: int, size: int, min_size: int = 8) -> str:
    """A sigset_t of size bytes: its address unless min_size <= size <= NSIG_BYTES (the
    sizes the kernel takes: a word at least) and all of it is readable."""
    if not addr:
        return "NULL"
    if size < min_size or size > NSIG_BYTES:
        return hexaddr(addr)
    data = call.read(addr, size)
    if data is None or len(data) < size:
        return hexaddr(addr)
    return format_sigmask(data)


@type_formatter("signo")
def t_signo(call: Call, v: int, p: str) -> str:
    return signo(signed(v, 32))


@type_formatter("sigset")
def t_sigset(call: Call, v: int, p: str) -> str:
    """sigset_t* whose size is argument p."""
    if call.failed and getattr(call, "exited", False) and v:
        return ptr(v)
    return sigset_at(call, v, call.args[int(p)])


def format_sigaction(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 32)
    if data is None or len(data) < 32:
        return hexaddr(addr)
    handler, sa_flags, restorer = struct.unpack_from("<QQQ", data)
    mask = data[24:32]
    h = named(handler, SA_HANDLER_NAMES.get(handler)) if handler in SA_HANDLER_NAMES \
        else hexaddr(handler)
    out = "{sa_handler=%s, sa_mask=%s, sa_flags=%s" % (
        h, format_sigmask(mask), flags(sa_flags & 0xFFFFFFFF, "sa_flags"))
    if sa_flags & SA_RESTORER:
        out += ", sa_restorer=%s" % hexaddr(restorer)
    return out + "}"


output_struct_type("sigaction", format_sigaction)


@type_formatter("frame_mask")
def t_frame_mask(call: Call, v: int, p: str) -> str | None:
    """rt_sigreturn's {mask=[]}: the mask the signal frame restores, p bytes above the
    stack pointer at the syscall (struct rt_sigframe: pretcode, then the ucontext whose
    uc_sigmask sits at 296 - 8); nothing without the stack pointer."""
    sp = call.saved.get("sp")
    if sp is None:
        return None
    data = call.read(sp + int(p), NSIG_BYTES)
    if data is None:
        return "{mask=%s}" % hexaddr(sp + int(p))
    return "{mask=%s}" % format_sigmask(data)


@special("rt_sigsuspend")
class RtSigsuspend(Decoder):
    def entry(self, call: Call) -> str:
        return "%s, %d" % (sigset_at(call, call.args[0], call.args[1]), call.args[1])


@special("rt_sigpending")
class RtSigpending(Decoder):
    def exit(self, call: Call) -> str:
        # one of the few whose size may be less than a word (sigpending shares it)
        s = ptr(call.args[0]) if call.failed else sigset_at(call, call.args[0],
                                                                 call.args[1], 1)
        return "%s, %d" % (s, call.args[1])


@special("rt_sigtimedwait")
class RtSigtimedwait(Decoder):
    def entry(self, call: Call) -> str:
        return "%s, " % sigset_at(call, call.args[0], call.args[3])

    def exit(self, call: Call) -> str:
        from .time import format_timespec
        info = ptr(call.args[1]) if call.failed or not call.args[1] else \
            format_siginfo_at(call, call.args[1])
        if not call.args[1]:
            info = "NULL"
        return "%s, %s, %d" % (info, format_timespec(call, call.args[2]), call.args[3])

    def ret(self, call: Call) -> str:
        if call.failed:
            return format_return(call, "d")
        name = signal_name(call.rval) if 0 < call.rval <= NSIG else None
        return "%d (%s)" % (call.rval, name) if name else str(call.rval)


@special("sigaltstack")
class Sigaltstack(Decoder):
    def entry(self, call: Call) -> str:
        return format_stack_t(call, call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        if call.failed and call.args[1]:
            return ptr(call.args[1])
        return format_stack_t(call, call.args[1])


def format_stack_t(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 24)
    if data is None or len(data) < 24:
        return hexaddr(addr)
    sp, fl, _pad, size = struct.unpack("<QiiQ", data)
    return "{ss_sp=%s, ss_flags=%s, ss_size=%d}" % (
        ptr(sp), flags(fl & 0xFFFFFFFF, "sigaltstack_flags"), size)


# -- siginfo -----------------------------------------------------------------

SI_CODE_TABLES = {
    5: "sigtrap_codes", 17: "sigchld_codes", 29: "sigpoll_codes", 4: "sigill_codes",
    8: "sigfpe_codes", 11: "sigsegv_codes", 7: "sigbus_codes", 31: "sigsys_codes",
}


def si_code_name(sig: int, code: int) -> str:
    name = xlat_lookup("si_codes", code)
    if name is None and sig in SI_CODE_TABLES:
        name = xlat_lookup(SI_CODE_TABLES[sig], code)
    return named(code & 0xFFFFFFFF, name)


def _fault_details(sig: int, code: int, data: bytes) -> list[str]:
    """What a memory fault adds after si_addr: the poisoned address's granularity
    (machine checks), the violated bounds, the protection key."""
    name = xlat_lookup(SI_CODE_TABLES.get(sig, "si_codes"), code)
    if name in ("BUS_MCEERR_AR", "BUS_MCEERR_AO"):
        return ["si_addr_lsb=%s" % chex(struct.unpack_from("<H", data, 24)[0])]
    if name == "SEGV_BNDERR":
        lower, upper = struct.unpack_from("<QQ", data, 32)
        return ["si_lower=%s" % ptr(lower), "si_upper=%s" % ptr(upper)]
    if name == "SEGV_PKUERR":
        return ["si_pkey=%d" % struct.unpack_from("<I", data, 32)[0]]
    return []


def format_siginfo(data: bytes, fd_fmt=str, pid_fmt=str) -> str:
    """{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=..., ...} from a raw siginfo_t."""
    sig, errno_, code = struct.unpack_from("<iii", data)
    if not sig:
        return "{}"
    parts = ["si_signo=" + signo(sig), "si_code=" + si_code_name(sig, code)]
    if errno_:
        parts.append("si_errno=" + errno(errno_ & 0xFFFFFFFF))
    pid, uid = struct.unpack_from("<iI", data, 16)
    sival_int = struct.unpack_from("<i", data, 24)[0]
    sival_ptr = struct.unpack_from("<Q", data, 24)[0]
    source = ["si_pid=" + pid_fmt(pid), "si_uid=%s" % ("-1" if uid == 0xFFFFFFFF else uid)]
    if code <= 0:   # sent by a process
        if code == -2:  # SI_TIMER
            parts += ["si_timerid=%#x" % (pid & 0xFFFFFFFF), "si_overrun=%d" % signed(uid, 32)]
            parts += ["si_int=%d" % sival_int, "si_ptr=%s" % ptr(sival_ptr)]
        elif code == -5:  # SI_SIGIO
            band, fd = struct.unpack_from("<qi", data, 16)
            parts += ["si_band=%d" % band, "si_fd=%s" % fd_fmt(fd)]
        elif code in (0, -6):
            parts += source
        else:
            parts += source
            if sival_ptr:
                parts += ["si_int=%d" % sival_int, "si_ptr=%s" % ptr(sival_ptr)]
    elif sig == 17:  # SIGCHLD
        status = struct.unpack_from("<i", data, 24)[0]
        utime, stime = struct.unpack_from("<qq", data, 32)
        parts += source
        parts.append("si_status=%s" % (status if code == 1 else signo(status)))
        parts += ["si_utime=%s" % clock_t(utime), "si_stime=%s" % clock_t(stime)]
    elif sig in (4, 8, 7, 11, 5):  # ILL FPE BUS SEGV TRAP
        addr = struct.unpack_from("<Q", data, 16)[0]
        parts.append("si_addr=%s" % ptr(addr))
        parts += _fault_details(sig, code, data)
    elif sig == 29:  # SIGIO
        if 1 <= code <= 6:
            band, fd = struct.unpack_from("<qi", data, 16)
            parts += ["si_band=%d" % band, "si_fd=%s" % fd_fmt(fd)]
    elif sig == 31:  # SIGSYS
        from ..abi import SYSCALL_NAMES
        addr, nr, arch = struct.unpack_from("<QII", data, 16)
        arch_name = xlat_lookup("audit_arch", arch)
        name = SYSCALL_NAMES.get(nr) if arch_name == "AUDIT_ARCH_X86_64" else None
        parts += ["si_call_addr=%s" % ptr(addr),
                  "si_syscall=%s" % styled(str(nr), "__NR_" + name if name else None),
                  "si_arch=%s" % named(arch, arch_name, "AUDIT_ARCH_???")]
    else:
        if pid or uid:
            parts += source
        if sival_ptr:
            parts += ["si_int=%d" % sival_int, "si_ptr=%s" % ptr(sival_ptr)]
    return "{" + ", ".join(parts) + "}"


def format_siginfo_at(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 128)
    if data is None or len(data) < 48:
        return hexaddr(addr)
    return format_siginfo(data, call.fd, lambda pid: call.pidv(pid, "tgid"))


@type_formatter("siginfo")
def t_siginfo(call: Call, v: int, p: str) -> str:
    if call.failed and v:
        return hexaddr(v)
    return format_siginfo_at(call, v)


@type_formatter("siginfo_in")
def t_siginfo_in(call: Call, v: int, p: str) -> str:
    """A siginfo the kernel reads (rt_sigqueueinfo, pidfd_send_signal): all of it."""
    data = call.read(v, 128) if v else None
    if data is None or len(data) < 128:
        return ptr(v)
    return format_siginfo(data, call.fd, lambda pid: call.pidv(pid, "tgid"))
