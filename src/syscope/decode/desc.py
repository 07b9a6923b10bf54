"""Descriptors: I/O vectors, fcntl, ioctl, pipes, poll/select/epoll, futex, affinity,
sendfile and friends."""
from __future__ import annotations

import struct

from ..abi import NSIG, signal_name, xlat_lookup, xlat_value
from .array import array
from .core import (TYPES, Call, Decoder, format_return, output_struct, special,
                   type_formatter)
from .file import open_flags
from .fmt import abbreviated, chex, flags, hexaddr, named, ptr, signed, styled, unknown, xlat_or
from .time import format_timespec, format_timespec64, format_timeval


# -- iovec -------------------------------------------------------------------------

def format_iov(call: Call, addr: int, count: int, data_size: int | None, element=None) -> str:
    """[{iov_base="..", iov_len=N}, ...] as strace's print_array; data_size limits the
    bytes shown (readv: rval); element(call, base, size) prints the data instead of a
    string (netlink messages)."""
    from .array import array
    if addr and count > IOV_MAX:
        return hexaddr(addr)
    remaining = [data_size]

    def item(b: bytes) -> str:
        base, length = struct.unpack("<QQ", b)
        shown = length if remaining[0] is None else min(length, max(remaining[0], 0))
        if remaining[0] is not None:
            remaining[0] -= shown
        data = element(call, base, shown) if element else call.buf(base, shown)
        return "{iov_base=%s, iov_len=%d}" % (data, length)
    return array(call, addr, count, 16, item)


IOV_MAX = 1024


@type_formatter("iov")
def t_iov(call: Call, v: int, p: str) -> str:
    """iov:N -- N is the argument holding the count; iov:N/ret for readv-like outputs."""
    idx, _, out = p.partition("/")
    count = call.args[int(idx)]
    if out:
        if call.failed:                # what the kernel did not fill: the addresses
            return t_iov_addr(call, v, idx)
        return format_iov(call, v, count, call.rval)
    return format_iov(call, v, count, None)


# -- pipes and fd pairs -------------------------------------------------------------

@type_formatter("fdpair")
def t_fdpair(call: Call, v: int, p: str) -> str:
    data, instead = output_struct(call, v, 8)
    if data is None:
        return instead
    a, b = struct.unpack("<ii", data)
    return "[%s, %s]" % (call.fd(a), call.fd(b))


# -- fcntl ---------------------------------------------------------------------------

F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL = 0, 1, 2, 3, 4
F_GETLK, F_SETLK, F_SETLKW = 5, 6, 7
F_SETOWN, F_GETOWN, F_SETSIG, F_GETSIG = 8, 9, 10, 11
F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW = 36, 37, 38
F_SETLEASE, F_GETLEASE, F_NOTIFY = 1024, 1025, 1026
F_DUPFD_CLOEXEC, F_SETPIPE_SZ, F_GETPIPE_SZ, F_ADD_SEALS, F_GET_SEALS = 1030, 1031, 1032, 1033, \
    1034
F_SETOWN_EX, F_GETOWN_EX = 15, 16
# struct f_owner_ex's type -> the kind of process id in it
OWNER_PID_KINDS = {xlat_value("f_owner_types", "F_OWNER_TID"): "tid",
                   xlat_value("f_owner_types", "F_OWNER_PID"): "tgid",
                   xlat_value("f_owner_types", "F_OWNER_PGRP"): "pgid"}


def format_owner(call: Call, addr: int) -> str:
    """{type=F_OWNER_PID, pid=42}"""
    data = call.read(addr, 8) if addr else None
    if data is None or len(data) < 8:
        return ptr(addr)
    kind, pid = struct.unpack("<ii", data)
    name = xlat_or(kind & 0xFFFFFFFF, "f_owner_types", "F_OWNER_???")
    kind = OWNER_PID_KINDS.get(kind)
    return "{type=%s, pid=%s}" % (name, call.pidv(pid, kind) if kind else pid)


def format_flock(call: Call, addr: int, with_pid: bool) -> str:
    data = call.read(addr, 32) if addr else None
    if data is None or len(data) < 32:
        return ptr(addr)
    ltype, whence, start, length, pid = struct.unpack("<hh4xqqi", data[:28])
    s = "{l_type=%s, l_whence=%s, l_start=%d, l_len=%d" % (
        xlat_or(ltype & 0xFFFF, "lock_types", "F_???"),
        xlat_or(whence & 0xFFFF, "whence", "SEEK_???"), start, length)
    if with_pid:
        s += ", l_pid=" + call.pidv(pid, "tgid")
    return s + "}"


@special("fcntl")
class Fcntl(Decoder):
    captures = (("entry", "fixed", 2, 32), ("exit", "fixed", 2, 32))    # struct flock
    def entry(self, call: Call) -> str:
        cmd = call.args[1] & 0xFFFFFFFF
        name = xlat_or(cmd, "fcntl_cmds", "F_???")
        head = "%s, %s" % (call.fd(call.args[0]), name)
        a = call.args[2]
        if cmd in (F_SETFD,):
            return head + ", " + flags(a & 0xFFFFFFFF, "fd_flags")
        if cmd == F_SETFL:
            return head + ", " + open_flags(a)
        if cmd in (F_DUPFD, F_DUPFD_CLOEXEC):
            return head + ", %d" % signed(a, 32)
        if cmd == F_SETOWN:
            return head + ", " + call.pid_or_group(a)
        if cmd == F_SETPIPE_SZ:
            return head + ", %d" % signed(a, 32)
        if cmd == F_SETSIG:
            from .signal import t_signo
            return head + ", " + t_signo(call, a, "")
        if cmd in (F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW):
            return head + ", " + format_flock(call, a, False)
        if cmd in (F_GETLK, F_OFD_GETLK):
            return head + ", "
        if cmd == F_SETLEASE:
            return head + ", " + xlat_or(a & 0xFFFFFFFF, "lease_types", "F_???")
        if cmd == F_ADD_SEALS:
            return head + ", " + flags(a & 0xFFFFFFFF, "seal_flags")
        if cmd == F_NOTIFY:
            return head + ", " + flags(a, "dnotify_flags", dflt="DN_???")
        if cmd == F_SETOWN_EX:
            return head + ", " + format_owner(call, a)
        if cmd == F_GETOWN_EX:
            return head + ", "
        if cmd in (F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ, F_GET_SEALS):
            return head
        return head + ", %#x" % a

    def exit(self, call: Call) -> str:
        cmd = call.args[1] & 0xFFFFFFFF
        if cmd in (F_GETLK, F_OFD_GETLK):
            if call.failed:
                return ptr(call.args[2])
            return format_flock(call, call.args[2], True)
        if cmd == F_GETOWN_EX:
            return ptr(call.args[2]) if call.failed else format_owner(call, call.args[2])
        return ""

    def ret(self, call: Call) -> str:
        cmd = call.args[1] & 0xFFFFFFFF
        if call.failed:
            return format_return(call, "d")
        v = call.rval
        if cmd in (F_DUPFD, F_DUPFD_CLOEXEC):
            return format_return(call, "fd")
        if cmd == F_GETFD:
            return "%#x (flags %s)" % (v, flags(v, "fd_flags")) if v else "0"
        if cmd == F_GETFL:
            return "%s (flags %s)" % (hexaddr(v), abbreviated(open_flags, v))
        if cmd == F_GETLEASE:
            return "%#x (%s)" % (v, xlat_lookup("lease_types", v) or "?") if v else "0"
        if cmd == F_GET_SEALS:
            return "%#x (seals %s)" % (v, flags(v, "seal_flags")) if v else "0"
        if cmd == F_GETSIG and 0 < v <= NSIG:
            return "%d (%s)" % (v, signal_name(v))
        return format_return(call, "d")


# -- poll / select / epoll -------------------------------------------------------------

def _pollfds(call: Call, addr: int, n: int, revents: bool) -> tuple[str, list]:
    """The pollfd array as strace's print_array shows it: the elements that can be
    read, "... /* address */" where the memory ends, "..." after -s of them."""
    if not addr:
        return "NULL", []
    if n > 4096:
        return ptr(addr), []
    data = call.read(addr, 8 * n)
    if data is None or len(data) < 8 * n:
        data = data or b""
        if len(data) < 8:
            return ptr(addr), []
    items = list(struct.iter_unpack("<ihh", data[:len(data) // 8 * 8]))
    out = []
    limit = call.opts.max_strlen if call.opts.is_abbrev(call.name) else len(items)
    for i, (fd, ev, rev) in enumerate(items):
        if i >= limit:
            out.append("...")
            break
        if fd < 0:                       # the kernel ignores its events
            out.append("{fd=%d}" % fd)
        else:
            out.append("{fd=%s, events=%s}" % (call.fd(fd), flags(ev & 0xFFFF, "poll_events")))
    else:
        if len(items) < n:
            out.append("... /* %s */" % hexaddr(addr + 8 * len(items)))
    return "[" + ", ".join(out) + "]", items


def _poll_result(call: Call, addr: int, n: int) -> str:
    """The descriptors with events, bare (strace prints no -y paths here), "..." after
    -s of them, the address of the first unreadable one."""
    if not call.opts.is_verbose(call.name) or not addr or not n:
        return ""
    limit = call.opts.max_strlen if call.opts.is_abbrev(call.name) else None
    out = []
    for i in range(n):
        data = call.read(addr + 8 * i, 8)
        if data is None or len(data) < 8:
            out.append(hexaddr(addr + 8 * i))
            break
        fd, _ev, rev = struct.unpack("<ihh", data)
        if not rev:
            continue
        if limit is not None and len(out) >= limit:
            out.append("...")
            break
        out.append("{fd=%d, revents=%s}" % (fd, flags(rev & 0xFFFF, "poll_events")))
    return "[" + ", ".join(out) + "]" if out else ""


@special("poll")
class Poll(Decoder):
    def entry(self, call: Call) -> str:
        fds, _ = _pollfds(call, call.args[0], call.args[1] & 0xFFFFFFFF, False)
        return "%s, %d, %d" % (fds, call.args[1] & 0xFFFFFFFF, signed(call.args[2], 32))

    def ret(self, call: Call) -> str:
        if call.failed:
            return format_return(call, "d")
        if call.rval == 0:
            return "0 (Timeout)"
        res = _poll_result(call, call.args[0], call.args[1] & 0xFFFFFFFF)
        return "%d (%s)" % (call.rval, res) if res else str(call.rval)


@special("ppoll")
class Ppoll(Decoder):
    def entry(self, call: Call) -> str:
        from .signal import sigset_at
        fds, _ = _pollfds(call, call.args[0], call.args[1] & 0xFFFFFFFF, False)
        return "%s, %d, %s, %s, %d" % (fds, call.args[1] & 0xFFFFFFFF,
                                       format_timespec(call, call.args[2]),
                                       sigset_at(call, call.args[3], call.args[4]), call.args[4])

    def ret(self, call: Call) -> str:
        if call.failed:
            return format_return(call, "d")
        left = ""
        if call.args[2]:
            left = "left " + format_timespec(call, call.args[2])
        if call.rval == 0:
            return "0 (Timeout)"
        res = ", ".join(x for x in (_poll_result(call, call.args[0], call.args[1] & 0xFFFFFFFF),
                                    left) if x)
        return "%d (%s)" % (call.rval, res) if res else str(call.rval)


# strace's bounds: select(2^31-1, ...) is decoded as 1Mi descriptors, and the ready
# ones are listed while the text is shorter than its 1024-byte buffer allows.
SELECT_MAX_FDS = 1024 * 1024
SELECT_RESULT_ROOM = 1024 - (len(", except [") + 1 + 4 * 3 + 2)


def select_nfds(call: Call) -> int:
    return max(0, min(signed(call.args[0], 32), SELECT_MAX_FDS))


def set_bits(data: bytes, nfds: int):
    """The descriptors set in an fd_set, in order: time linear in the set's size."""
    for i, byte in enumerate(data[:(nfds + 7) // 8]):
        while byte:
            low = byte & -byte
            fd = i * 8 + low.bit_length() - 1
            if fd >= nfds:
                return
            yield fd
            byte ^= low


def _fdset(call: Call, addr: int, nfds: int) -> str:
    """An fd_set of nfds descriptors; its address when there are none (nfds <= 0) or
    it cannot be read whole."""
    nbytes = ((nfds + 63) // 64) * 8
    data = call.read(addr, nbytes) if nbytes and addr else None
    if data is None or len(data) < nbytes:
        return ptr(addr)
    return "[" + " ".join(call.fd(i) for i in set_bits(data, nfds)) + "]"


class SelectBase(Decoder):
    timeout_fmt = staticmethod(format_timeval)

    def sets(self, call: Call) -> str:
        n = signed(call.args[0], 32)
        nfds = select_nfds(call)
        call.saved["sets"] = [call.read(a, ((nfds + 63) // 64) * 8) if a else None
                              for a in call.args[1:4]]
        return "%d, %s, %s, %s, %s" % (n, _fdset(call, call.args[1], nfds),
                                       _fdset(call, call.args[2], nfds),
                                       _fdset(call, call.args[3], nfds),
                                       self.timeout_fmt(call, call.args[4]))

    def ret(self, call: Call) -> str:
        if call.failed:
            return format_return(call, "d")
        if call.rval == 0:
            return "0 (Timeout)"
        nfds = select_nfds(call)
        # strace's: at most as many fds as the call returned, in a 1024-byte buffer
        out, sep = "", ""
        ready = call.rval
        for label, addr in (("in", call.args[1]), ("out", call.args[2]), ("except", call.args[3])):
            if ready <= 0:
                break
            data = call.read(addr, ((nfds + 63) // 64) * 8) if addr else None
            if not data:
                continue
            first = True
            for i in set_bits(data, nfds):
                if len(out) < SELECT_RESULT_ROOM:
                    out += ("%s%s [%d" % (sep, label, i)) if first else " %d" % i
                    first, sep = False, ", "
                ready -= 1
                if ready == 0:
                    break
            if out:
                out += "]"
        parts = [out] if out else []
        if call.args[4]:
            parts.append("left " + self.timeout_fmt(call, call.args[4]))
        return "%d (%s)" % (call.rval, ", ".join(parts))


@special("select")
class Select(SelectBase):
    def entry(self, call: Call) -> str:
        return self.sets(call)


@special("pselect6")
class Pselect6(SelectBase):
    timeout_fmt = staticmethod(format_timespec)

    def entry(self, call: Call) -> str:
        from .signal import sigset_at
        a5 = call.args[5]
        if a5:
            data = call.read(a5, 16)
            if data and len(data) == 16:
                sp, size = struct.unpack("<QQ", data)
                mask = "{sigmask=%s, sigsetsize=%d}" % (sigset_at(call, sp, size), size)
            else:
                mask = ptr(a5)
        else:
            mask = "NULL"
        return self.sets(call) + ", " + mask


def format_epoll_event(call: Call, data: bytes) -> str:
    events, u64 = struct.unpack("<IQ", data)
    return "{events=%s, data={u32=%d, u64=%d}}" % (flags(events, "epoll_events"),
                                                   u64 & 0xFFFFFFFF, u64)


@special("epoll_ctl")
class EpollCtl(Decoder):
    def entry(self, call: Call) -> str:
        op = call.args[1] & 0xFFFFFFFF
        opn = xlat_or(op, "epoll_ctl_ops", "EPOLL_CTL_???")
        ev = call.args[3]
        if not ev or xlat_lookup("epoll_ctl_ops", op) == "EPOLL_CTL_DEL":
            evs = ptr(ev)           # the kernel does not read it
        else:
            data = call.read(ev, 12)
            evs = format_epoll_event(call, data) if data and len(data) == 12 else ptr(ev)
        return "%s, %s, %s, %s" % (call.fd(call.args[0]), opn, call.fd(call.args[2]), evs)


def epoll_events_out(call: Call, addr: int) -> str:
    if call.failed:
        return ptr(addr)
    n = call.rval
    data = call.read(addr, 12 * n) if n > 0 else b""
    if data is None or len(data) < 12 * n:
        return ptr(addr)
    out = []
    for i in range(n):
        if i >= call.opts.max_strlen:
            out.append("...")
            break
        out.append(format_epoll_event(call, data[12 * i:12 * i + 12]))
    return "[" + ", ".join(out) + "]"


@special("epoll_wait")
class EpollWait(Decoder):
    def entry(self, call: Call) -> str:
        return call.fd(call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        return "%s, %d, %d" % (epoll_events_out(call, call.args[1]), signed(call.args[2], 32),
                               signed(call.args[3], 32))


@special("epoll_pwait")
class EpollPwait(Decoder):
    def entry(self, call: Call) -> str:
        return call.fd(call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        from .signal import sigset_at
        return "%s, %d, %d, %s, %d" % (
            epoll_events_out(call, call.args[1]), signed(call.args[2], 32),
            signed(call.args[3], 32), sigset_at(call, call.args[4], call.args[5]), call.args[5])


# -- futex ------------------------------------------------------------------------------


# the commands whose timeout may be measured by CLOCK_REALTIME
FUTEX_CLOCK_CMDS = ("FUTEX_WAIT", "FUTEX_WAIT_BITSET", "FUTEX_WAIT_REQUEUE_PI")


def futex_op(op: int) -> str:
    """FUTEX_WAIT_PRIVATE, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, FUTEX_FD|FUTEX_PRIVATE_FLAG,
    or the number with strace's comment for what it does not name (-X: the number, or
    both)."""
    private = xlat_value("futex_op_flags", "FUTEX_PRIVATE_FLAG")
    clock = xlat_value("futex_op_flags", "FUTEX_CLOCK_REALTIME")
    name = xlat_lookup("futex_ops", op & ~(private | clock))
    if name is None or (op & clock and name not in FUTEX_CLOCK_CMDS):
        return unknown(op, "FUTEX_???")
    if op & private:
        name += "|FUTEX_PRIVATE_FLAG" if name == "FUTEX_FD" else "_PRIVATE"
    return styled(chex(op), name + ("|FUTEX_CLOCK_REALTIME" if op & clock else ""))


def _named_or(v: int, table: str, dflt: str) -> tuple[str, str]:
    """A part of FUTEX_WAKE_OP's operation: its name (-X styled) and the comment strace
    puts after the shift where the part has no name."""
    name = xlat_lookup(table, v)
    return named(v, name), ("" if name is not None else " /* %s */" % dflt)


def futex_wake_op(v: int) -> str:
    """FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1: operation, its argument, the
    comparison and its argument, in the order strace prints them."""
    text = styled("0x8", "FUTEX_OP_OPARG_SHIFT") + "<<28|" if (v >> 28) & 8 else ""
    op, op_comment = _named_or((v >> 28) & 7, "futex_wake_ops", "FUTEX_OP_???")
    cmp, cmp_comment = _named_or((v >> 24) & 0xF, "futex_wake_cmps", "FUTEX_OP_CMP_???")
    return "%s%s<<28%s|%s<<12|%s<<24%s|%s" % (text, op, op_comment, chex((v >> 12) & 0xFFF),
                                             cmp, cmp_comment, chex(v & 0xFFF))


def _bitset(v: int) -> str:
    return named(v, xlat_lookup("futex_bitset", v))


@type_formatter("futex_op")
def t_futex_op(call: Call, v: int, p: str) -> str:
    return futex_op(v & 0xFFFFFFFF)


@special("futex")
class Futex(Decoder):
    captures = (("entry", "fixed", 3, 16),)                               # the timeout

    def entry(self, call: Call) -> str:
        a = call.args
        op = a[1] & 0xFFFFFFFF
        cmd = xlat_lookup("futex_ops", op & 127)
        head = "%s, %s" % (ptr(a[0]), futex_op(op))
        val, val2, val3 = a[2] & 0xFFFFFFFF, a[3] & 0xFFFFFFFF, a[5] & 0xFFFFFFFF
        ts = format_timespec64(call, a[3])
        if cmd == "FUTEX_WAIT":
            return "%s, %d, %s" % (head, val, ts)
        if cmd in ("FUTEX_LOCK_PI", "FUTEX_LOCK_PI2"):
            return "%s, %s" % (head, ts)
        if cmd == "FUTEX_WAIT_BITSET":
            return "%s, %d, %s, %s" % (head, val, ts, _bitset(val3))
        if cmd == "FUTEX_WAKE_BITSET":
            return "%s, %d, %s" % (head, val, _bitset(val3))
        if cmd == "FUTEX_REQUEUE":
            return "%s, %d, %d, %s" % (head, val, val2, ptr(a[4]))
        if cmd in ("FUTEX_CMP_REQUEUE", "FUTEX_CMP_REQUEUE_PI"):
            return "%s, %d, %d, %s, %d" % (head, val, val2, ptr(a[4]), val3)
        if cmd == "FUTEX_WAKE_OP":
            return "%s, %d, %d, %s, %s" % (head, val, val2, ptr(a[4]), futex_wake_op(val3))
        if cmd == "FUTEX_WAIT_REQUEUE_PI":
            return "%s, %d, %s, %s" % (head, val, ts, ptr(a[4]))
        if cmd in ("FUTEX_FD", "FUTEX_WAKE"):
            return "%s, %d" % (head, val)
        if cmd in ("FUTEX_UNLOCK_PI", "FUTEX_TRYLOCK_PI"):
            return head
        return "%s, %d, %s, %s, %s" % (head, val, ptr(a[3]), ptr(a[4]), chex(val3))


# -- CPU affinity ---------------------------------------------------------------------

def cpuset_size() -> int:
    """The largest mask strace reads: the kernel's mask size, found as strace probes for
    it (doubling from 128 bytes), from the CPUs the machine may have."""
    try:
        with open("/sys/devices/system/cpu/possible") as f:
            ncpu = int(f.read().strip().replace(",", "-").split("-")[-1]) + 1
    except (OSError, ValueError):
        return 128
    size = 128
    while size * 8 < ncpu:
        size <<= 1
    return size


def cpuset(call: Call, addr: int, length: int) -> str:
    """A CPU mask of length bytes: [0 1 3], '...' after what strace does not read."""
    length &= 0xFFFFFFFF
    if not addr or not call.opts.is_verbose(call.name) or (call.exited and call.failed):
        return ptr(addr)
    if not length:
        return "[]"
    size = min(length, cpuset_size())
    data = call.read(addr, size)
    if data is None or len(data) < size:
        return hexaddr(addr)
    bits = int.from_bytes(data, "little")
    cpus = [str(i) for i in range(size * 8) if bits >> i & 1]
    if -(-size // 8) * 8 < length:
        cpus.append("...")
    return "[" + " ".join(cpus) + "]"


@special("sched_getaffinity")
class SchedGetaffinity(Decoder):
    def entry(self, call: Call) -> str:
        return "%s, %d, " % (call.pidv(call.args[0], "tgid"), call.args[1] & 0xFFFFFFFF)

    def exit(self, call: Call) -> str:
        return cpuset(call, call.args[2], call.rval)


@special("sched_setaffinity")
class SchedSetaffinity(Decoder):
    def entry(self, call: Call) -> str:
        return "%s, %d, %s" % (call.pidv(call.args[0], "tgid"), call.args[1] & 0xFFFFFFFF,
                               cpuset(call, call.args[2], call.args[1]))


# -- copying between descriptors ---------------------------------------------------------

@type_formatter("offptr")
def t_offptr(call: Call, v: int, p: str) -> str:
    """A loff_t* that the kernel advances: [0] on entry, [0] => [4096] on exit."""
    if not v:
        return "NULL"
    data = call.read(v, 8)
    if data is None or len(data) < 8:
        return ptr(v)
    cur = struct.unpack("<q", data)[0]
    if not call.exited:
        call.saved.setdefault("offs", {})[v] = cur
        return "[%d]" % cur
    before = call.saved.get("offs", {}).get(v)
    if before is None or before == cur or call.failed:
        return "[%d]" % cur
    return "[%d] => [%d]" % (before, cur)


@special("sendfile")
class Sendfile(Decoder):
    """sendfile(out, in, [offset] => [new offset], count): the offset unsigned"""
    captures = (("entry", "fixed", 2, 8), ("exit", "fixed", 2, 8))

    def entry(self, call: Call) -> str:
        out_fd, in_fd, off, count = call.args[:4]
        head = "%s, %s, " % (call.fd(out_fd), call.fd(in_fd))
        cur = call.read(off, 8) if off else None
        if not off or cur is None or len(cur) < 8 or not count:
            call.saved["decoded"] = True
            shown = "NULL" if not off else ("[%d]" % struct.unpack("<Q", cur)[0]
                                            if cur and len(cur) == 8 else ptr(off))
            return head + "%s, %d" % (shown, count)
        return head + "[%d]" % struct.unpack("<Q", cur)[0]

    def exit(self, call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        out = ""
        if not call.failed and call.rval:
            new = call.read(call.args[2], 8)
            out = " => " + ("[%d]" % struct.unpack("<Q", new)[0] if new and len(new) == 8
                            else ptr(call.args[2]))
        return out + ", %d" % call.args[3]


@type_formatter("epoll_events")
def t_epoll_events(call: Call, v: int, p: str) -> str:
    """The events epoll_pwait2 returns."""
    return epoll_events_out(call, v)


def _iovec_addr(b: bytes) -> str:
    base, length = struct.unpack("<QQ", b)
    return "{iov_base=%s, iov_len=%d}" % (ptr(base), length)


@type_formatter("iov_read")
def t_iov_read(call: Call, v: int, p: str) -> str:
    """process_vm_readv's local buffers: what was read, or their addresses when the
    call failed (p: the argument with their count)."""
    if call.failed:
        return t_iov_addr(call, v, p)
    return format_iov(call, v, call.args[int(p)], call.rval)


@type_formatter("iov_addr")
def t_iov_addr(call: Call, v: int, p: str) -> str:
    """An iovec array whose buffers are another process's or unused: addresses only
    (p: the argument with their count)."""
    return array(call, v, call.args[int(p)], 16, _iovec_addr)


def iov_addresses(call: Call, addr: int, count: int) -> str:
    """An iovec array of count elements, its buffers as addresses (strace's
    iov_decode_addr); more than IOV_MAX elements, its address."""
    if addr and count > IOV_MAX:
        return hexaddr(addr)
    return array(call, addr, count, 16, _iovec_addr)


def _futex_waiter(data: bytes) -> str:
    val, uaddr, fl, reserved = struct.unpack("<QQII", data)
    return "{val=%s, uaddr=%s, flags=%s%s}" % (
        chex(val), ptr(uaddr), flags(fl, "futex_waiter_flags", dflt="FUTEX_???"),
        ", __reserved=%s" % chex(reserved) if reserved else "")


@special("futex_waitv")
class FutexWaitv(Decoder):
    """futex_waitv(waiters, nr_futexes, flags, timeout, clockid): the waiters, at most
    as many as the kernel takes."""

    def entry(self, call: Call) -> str:
        waiters, nr, fl, timeout, clock = call.args[:5]
        nr &= 0xFFFFFFFF
        return "%s, %d, %s, %s, %s" % (
            array(call, waiters, nr, 24, _futex_waiter,
                  cap=xlat_value("futex_limits", "FUTEX_WAITV_MAX")),
            nr, chex(fl & 0xFFFFFFFF), format_timespec64(call, timeout),
            TYPES["clockid"](call, clock, ""))
