"""Processes: exec, clone, wait, limits and usage, identity, prctl."""
from __future__ import annotations

import posix
import struct

from ..abi import signal_name, xlat_lookup, xlat_value
from .core import (Call, Decoder, format_return, nonzero_tail, output_struct,
                   output_struct_type, special, struct_printer, type_formatter)
from .fmt import chex, flag_set, flags, hexaddr, ptr, quote, signed, signo, styled, xlat_or
from .array import array
from .basic import t_id

CSIGNAL = 0xFF
CLONE_PARENT_SETTID = 0x00100000
CLONE_CHILD_CLEARTID = 0x00200000
CLONE_CHILD_SETTID = 0x01000000
CLONE_SETTLS = 0x00080000
CLONE_PIDFD = 0x00001000


def read_pointers(call: Call, addr: int, limit: int) -> tuple[list[int], bool]:
    """Up to limit pointers of a NULL-terminated array; (pointers, ended_with_null).
    A read that fails part way stops the list."""
    out: list[int] = []
    while len(out) < limit:
        want = min(64, limit - len(out))
        data = call.read(addr + 8 * len(out), 8 * want)
        if not data:
            return out, False
        n = len(data) // 8
        for (p,) in struct.iter_unpack("<Q", data[:n * 8]):
            if p == 0:
                return out, True
            out.append(p)
        if n < want:
            return out, False
    return out, False


def format_argv(call: Call, addr: int) -> str:
    """execve's argv (and envp with -v): ["a", "b"]; "..." after -s strings unless -v;
    "... /* addr */" where the array runs into unreadable memory (strace's printargv)."""
    if not addr:
        return "NULL"
    abbrev = call.opts.is_abbrev(call.name)
    limit = call.opts.max_strlen
    ptrs, ended = read_pointers(call, addr, limit + 1 if abbrev else 1 << 16)
    if not ptrs and not ended:
        return hexaddr(addr)
    items = [call.cstr(p) for p in (ptrs[:limit] if abbrev else ptrs)]
    if abbrev and len(ptrs) > limit:
        items.append("...")
    elif not ended:
        items.append("... /* %s */" % hexaddr(addr + 8 * len(ptrs)))
    return "[" + ", ".join(items) + "]"


def format_envp(call: Call, addr: int) -> str:
    """envp abbreviated: its address and how many variables it holds (strace's
    printargc)."""
    if not addr:
        return "NULL"
    if not call.opts.is_abbrev(call.name):
        return format_argv(call, addr)
    ptrs, ended = read_pointers(call, addr, (1 << 20) + 64)
    if not ptrs and not ended:
        return hexaddr(addr)
    n = len(ptrs)
    return "%s /* %d var%s%s */" % (hexaddr(addr), n, "" if n == 1 else "s",
                                   "" if ended else ", unterminated")


@type_formatter("argv")
def t_argv(call: Call, v: int, p: str) -> str:
    return format_argv(call, v)


@type_formatter("envp")
def t_envp(call: Call, v: int, p: str) -> str:
    return format_envp(call, v)


def clone_flags(v: int) -> str:
    sig = v & CSIGNAL
    fl = v & ~CSIGNAL
    if fl:
        s = flags(fl, "clone_flags", dflt="CLONE_???")
        return s + ("|" + signo(sig) if sig else "")
    return signo(sig)


def format_fd_at(call: Call, addr: int) -> str:
    """[fd]: a descriptor the kernel stores (CLONE_PIDFD's pidfd), decorated as -y asks."""
    data = None if call.failed or not addr else call.read(addr, 4)
    if data is None or len(data) < 4:
        return ptr(addr)
    return "[%s]" % call.fd(struct.unpack("<i", data)[0])


@special("clone")
class Clone(Decoder):
    # x86_64 argument order: flags, stack, parent_tid, child_tid, tls
    def entry(self, call: Call) -> str:
        return "child_stack=%s, flags=%s" % (ptr(call.args[1]), clone_flags(call.args[0]))

    def exit(self, call: Call) -> str:
        fl = call.args[0]
        out = ""
        if fl & (CLONE_PARENT_SETTID | CLONE_PIDFD):
            out += ", parent_tid=" + (format_pid_at(call, call.args[2])
                                      if fl & CLONE_PARENT_SETTID
                                      else format_fd_at(call, call.args[2]))
        if fl & CLONE_SETTLS:
            out += ", tls=" + ptr(call.args[4])
        if fl & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID):
            out += ", child_tidptr=" + ptr(call.args[3])
        return out

    def ret(self, call: Call) -> str:
        return format_return(call, "tid")


CLONE_ARGS = struct.Struct("<QQQQQQQQQQQ")      # struct clone_args, with cgroup
CLONE_ARGS_MIN = 64                             # up to tls: what clone3 needs at least
CLONE_INTO_CGROUP = 0x200000000
MAX_SET_TID = 32


def clone3_tail(call: Call) -> str | None:
    """The bytes past struct clone_args that the caller passed (strace's
    print_nonzero_bytes): None when all zero, ??? when unreadable."""
    return nonzero_tail(call, call.args[0], CLONE_ARGS.size, call.args[1])


@special("clone3")
class Clone3(Decoder):
    def entry(self, call: Call) -> str:
        addr, size = call.args[0], call.args[1]
        fetch = min(size, CLONE_ARGS.size)
        if fetch < CLONE_ARGS_MIN:
            call.saved["decoded"] = True
            return "%s, %d" % (ptr(addr), size)
        data = call.read(addr, fetch)
        if data is None or len(data) < fetch:
            call.saved["decoded"] = True
            return "%s, %d" % (ptr(addr), size)
        (fl, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid,
         set_tid_size, cgroup) = CLONE_ARGS.unpack(data.ljust(CLONE_ARGS.size, b"\0"))
        parts = ["flags=" + flags(fl, "clone_flags", dflt="CLONE_???")]
        if fl & CLONE_PIDFD:
            parts.append("pidfd=" + ptr(pidfd))
        if fl & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID):
            parts.append("child_tid=" + ptr(child_tid))
        if fl & CLONE_PARENT_SETTID:
            parts.append("parent_tid=" + ptr(parent_tid))
        parts.append("exit_signal=" + (signo(exit_signal) if exit_signal < 0x7FFFFFFF
                                       else str(exit_signal)))
        parts.append("stack=" + ptr(stack))
        parts.append("stack_size=" + chex(stack_size))
        if fl & CLONE_SETTLS:
            parts.append("tls=" + ptr(tls))
        if set_tid or set_tid_size:
            if not set_tid or not set_tid_size or set_tid_size > MAX_SET_TID:
                parts.append("set_tid=" + ptr(set_tid))
            else:
                parts.append("set_tid=" + int_array(call, set_tid, set_tid_size, 4, "<i"))
            parts.append("set_tid_size=%d" % set_tid_size)
        if fetch > 80 and (cgroup or fl & CLONE_INTO_CGROUP):
            parts.append("cgroup=%d" % cgroup)
        tail = clone3_tail(call)
        if tail:
            parts.append(tail)
        text = "{" + ", ".join(parts) + "}"
        if fl & (CLONE_PIDFD | CLONE_PARENT_SETTID) or size > fetch:
            call.saved["pflags"] = fl
            return text
        call.saved["decoded"] = True
        return text + ", %d" % size

    def exit(self, call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        size = call.args[1]
        if call.failed:
            return ", %d" % size
        data = call.mem.read(call.args[0], CLONE_ARGS_MIN)
        if data is None or len(data) < CLONE_ARGS_MIN:
            return " => %s, %d" % (hexaddr(call.args[0]), size)
        fl = call.saved.get("pflags", 0)
        pidfd, _ct, parent_tid = struct.unpack_from("<QQQ", data, 8)
        parts = []
        if fl & CLONE_PIDFD:
            parts.append("pidfd=" + format_fd_at(call, pidfd))
        if fl & CLONE_PARENT_SETTID:
            parts.append("parent_tid=" + format_pid_at(call, parent_tid))
        tail = clone3_tail(call) if size > CLONE_ARGS.size else None
        if tail:
            parts.append(tail)
        return (" => {" + ", ".join(parts) + "}" if parts else "") + ", %d" % size

    def ret(self, call: Call) -> str:
        return format_return(call, "tid")


# -- wait --------------------------------------------------------------------------

def format_wait_status(status: int) -> str:
    status &= 0xFFFFFFFF
    low = status & 0x7F
    if (status & 0xFF) == 0x7F:
        sig = (status >> 8) & 0xFF
        text = "{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}" % (
            signal_name(sig & 0x7F), " | 0x80" if sig & 0x80 else "")
        rest = status & ~((sig << 8) | 0x7F)
    elif low and low != 0x7F:
        text = "{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}" % (
            signal_name(low), " && WCOREDUMP(s)" if status & 0x80 else "")
        rest = status & ~(low | 0x80)
    elif low == 0:
        text = "{WIFEXITED(s) && WEXITSTATUS(s) == %d}" % ((status >> 8) & 0xFF)
        rest = status & ~0xFF00
    elif status == 0xFFFF:
        text = "{WIFCONTINUED(s)}"
        rest = 0
    else:
        return "[%#x]" % status
    if rest:
        event = rest >> 16
        if event:
            text += " | %s<<16" % (xlat_lookup("ptrace_events", event) or "%#x" % event)
            rest &= 0xFFFF
        if rest:
            text += " | %#x" % rest
    return "[" + text + "]"


def format_rusage(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 144)
    if data is None or len(data) < 144:
        return hexaddr(addr)
    f = struct.unpack("<18q", data)
    u64 = 0xFFFFFFFFFFFFFFFF        # strace prints microseconds unsigned
    head = "ru_utime={tv_sec=%d, tv_usec=%d}, ru_stime={tv_sec=%d, tv_usec=%d}" % (
        f[0], f[1] & u64, f[2], f[3] & u64)
    if call.opts.is_abbrev(call.name):
        return "{" + head + ", ...}"
    names = ("ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
             "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
             "ru_nvcsw", "ru_nivcsw")
    return "{" + head + ", " + ", ".join("%s=%d" % (n, v & u64) for n, v in zip(names, f[4:])) \
        + "}"


@type_formatter("wstatus")
def t_wstatus(call: Call, v: int, p: str) -> str:
    """wait4's status: decoded only when a child was reaped."""
    if call.rval <= 0 or call.failed or not v:
        return ptr(v)
    data = call.read(v, 4)
    return format_wait_status(struct.unpack("<i", data)[0]) if data and len(data) == 4 \
        else hexaddr(v)


@type_formatter("wait_rusage")
def t_wait_rusage(call: Call, v: int, p: str) -> str:
    """wait4's rusage: decoded only when a child was reaped."""
    return format_rusage(call, v) if call.rval > 0 and not call.failed else ptr(v)


# waitid's id by its type: a process, a group, a pidfd
WAITID_IDS = {xlat_value("waitid_types", "P_PID"): lambda call, v: call.pidv(v, "tgid"),
              xlat_value("waitid_types", "P_PGID"): lambda call, v: call.pidv(v, "pgid"),
              xlat_value("waitid_types", "P_PIDFD"): lambda call, v: call.fd(v)}


def format_pid_at(call: Call, addr: int) -> str:
    """[pid]: a thread id the kernel stores (clone's parent_tid)."""
    data = call.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return ptr(addr)
    return "[%s]" % call.pidv(struct.unpack("<i", data)[0], "tid")


@special("waitid")
class Waitid(Decoder):
    def entry(self, call: Call) -> str:
        idtype = call.args[0] & 0xFFFFFFFF
        ident = WAITID_IDS.get(idtype)
        return "%s, %s, " % (xlat_or(idtype, "waitid_types", "P_???"),
                             ident(call, call.args[1]) if ident else signed(call.args[1], 32))

    def exit(self, call: Call) -> str:
        from .signal import format_siginfo_at     # (a trace without waitid does without)
        si = hexaddr(call.args[2]) if call.failed and call.args[2] else \
            format_siginfo_at(call, call.args[2])
        opt = flags(call.args[3] & 0xFFFFFFFF, "wait_options")
        ru = hexaddr(call.args[4]) if call.failed and call.args[4] else \
            format_rusage(call, call.args[4])
        return "%s, %s, %s" % (si, opt, ru)


@type_formatter("rusage")
def t_rusage(call: Call, v: int, p: str) -> str:
    if call.failed and v:
        return hexaddr(v)
    return format_rusage(call, v)


# -- limits ------------------------------------------------------------------------

RLIM_INFINITY = 0xFFFFFFFFFFFFFFFF


def rlim_value(v: int) -> str:
    if v == RLIM_INFINITY:
        return styled(str(v), "RLIM64_INFINITY")
    if v > 1024 and v % 1024 == 0:
        return styled(str(v), "%d*1024" % (v // 1024))
    return str(v)


def format_rlimit(call: Call, addr: int) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, 16)
    if data is None or len(data) < 16:
        return hexaddr(addr)
    cur, mx = struct.unpack("<QQ", data)
    return "{rlim_cur=%s, rlim_max=%s}" % (rlim_value(cur), rlim_value(mx))


output_struct_type("rlimit", format_rlimit)


# -- system information -------------------------------------------------------------

@type_formatter("utsname")
def t_utsname(call: Call, v: int, p: str) -> str:
    data, instead = output_struct(call, v, 65 * 6)
    if data is None:
        return instead
    fields = [data[i * 65:(i + 1) * 65].split(b"\0", 1)[0] for i in range(6)]
    names = ("sysname", "nodename", "release", "version", "machine", "domainname")
    if call.opts.is_abbrev(call.name):
        return "{sysname=%s, nodename=%s, ...}" % (quote(fields[0]), quote(fields[1]))
    return "{" + ", ".join("%s=%s" % (n, quote(f)) for n, f in zip(names, fields)) + "}"


# struct sysinfo: uptime, loads[3], six memory sizes, procs, two more sizes, mem_unit
output_struct_type("sysinfo", struct_printer(
    "<qQQQQQQQQQHxxxxxxQQIxxxx",
    "{uptime=%d, loads=[%d, %d, %d], totalram=%d, freeram=%d, sharedram=%d, bufferram=%d, "
    "totalswap=%d, freeswap=%d, procs=%d, totalhigh=%d, freehigh=%d, mem_unit=%d}"))


@type_formatter("gidlist")
def t_gidlist(call: Call, v: int, p: str) -> str:
    """getgroups' output (count = rval) or setgroups' input (count = arg p)."""
    if p == "ret":
        if call.failed:
            return ptr(v)
        n = call.rval
    else:
        n = call.args[int(p)]
    if not v:
        return "NULL"
    n = signed(n, 32)
    if n > NGROUPS_MAX or n < 0:   # strace prints the address of a list the kernel refuses
        return hexaddr(v)
    return array(call, v, n, 4, lambda b: t_id(call, struct.unpack("<I", b)[0], ""))


NGROUPS_MAX = posix.sysconf("SC_NGROUPS_MAX")


def int_array(call: Call, addr: int, n: int, size: int, fmt: str) -> str:
    """A list of integers (strace's print_array of them)."""
    return array(call, addr, n, size, lambda b: str(struct.unpack(fmt, b)[0]))


# -- personality ---------------------------------------------------------------------

PER_MASK = xlat_value("personality_limits", "PER_MASK")


def personality_text(v: int) -> str:
    """PER_LINUX|ADDR_NO_RANDOMIZE: the execution domain and the flags around it."""
    text = xlat_or(v & PER_MASK, "personality_types", "PER_???")
    rest = v & ~PER_MASK
    return text + ("|" + flags(rest, "personality_flags") if rest else "")


@special("personality")
class Personality(Decoder):
    """personality(persona): 0xffffffff only asks; the old persona comes back, in hex
    with its text."""
    captures = ()

    def entry(self, call: Call) -> str:
        v = call.args[0] & 0xFFFFFFFF
        return "0xffffffff" if v == 0xFFFFFFFF else personality_text(v)

    def ret(self, call: Call) -> str:
        if call.error:
            return format_return(call, "d")
        v = call.rval & 0xFFFFFFFF
        return "%s (%s)" % (chex(v), personality_text(v))


# -- capabilities -------------------------------------------------------------------------

def cap_set(lo: int, hi: int) -> str:
    """A capability set as strace prints it: 1<<CAP_CHOWN|1<<CAP_KILL, each 32-bit
    half a flag set of its own."""
    halves = [cap_half(lo, 0)] if lo or not hi else []
    return "|".join(halves + ([cap_half(hi, 32)] if hi else []))


def cap_half(v: int, base: int) -> str:
    names = []
    rest = v
    for i in range(32):
        if v >> i & 1:
            name = xlat_lookup("capabilities", base + i)
            if name:
                names.append("1<<" + name)
                rest &= ~(1 << i)
    return flag_set(v, names, rest, "CAP_???")


def cap_header(call: Call, addr: int) -> tuple[str, int | None]:
    """The header's text and its version (None when it cannot be read)."""
    data = call.read(addr, 8) if addr else None
    if data is None or len(data) < 8:
        return ptr(addr), None
    version, pid = struct.unpack("<Ii", data)
    vname = xlat_or(version, "cap_versions", "_LINUX_CAPABILITY_VERSION_???")
    return "{version=%s, pid=%s}" % (vname, call.pidv(pid, "tgid")), version


def format_cap_data(call: Call, addr: int, version: int | None) -> str:
    """The sets: two 32-bit halves each for versions 2 and 3, one for the others; the
    address without a readable header (strace's print_cap_data)."""
    if version is None:
        return ptr(addr)
    n = 2 if xlat_lookup("cap_versions", version) in CAP_VERSIONS_64 else 1
    data = call.read(addr, 12 * n) if addr else None
    if data is None or len(data) < 12 * n:
        return ptr(addr)
    words = struct.unpack("<%dI" % (3 * n), data) + (0, 0, 0) * (2 - n)
    e0, p0, i0, e1, p1, i1 = words
    return "{effective=%s, permitted=%s, inheritable=%s}" % (
        cap_set(e0, e1), cap_set(p0, p1), cap_set(i0, i1))


CAP_VERSIONS_64 = ("_LINUX_CAPABILITY_VERSION_2", "_LINUX_CAPABILITY_VERSION_3")


@special("capget")
class Capget(Decoder):
    def entry(self, call: Call) -> str:
        return cap_header(call, call.args[0])[0] + ", "

    def exit(self, call: Call) -> str:
        if call.failed:
            return ptr(call.args[1])
        # the header again: the kernel writes its own version into it
        return format_cap_data(call, call.args[1], cap_header(call, call.args[0])[1])


@special("capset")
class Capset(Decoder):
    def entry(self, call: Call) -> str:
        text, version = cap_header(call, call.args[0])
        return "%s, %s" % (text, format_cap_data(call, call.args[1], version))


@special("restart_syscall")
class RestartSyscall(Decoder):
    """The kernel resuming a call a signal interrupted; strace names that call."""
    def entry(self, call: Call) -> str:
        prev = call.saved.get("prev")
        return "<... resuming interrupted %s ...>" % (prev or "call")
