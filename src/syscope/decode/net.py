"""Sockets: socket(), addresses, socket options, message headers."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call, Decoder, format_return, special, type_formatter
from .array import array
from .desc import format_iov
from .fmt import flags, hexaddr, named, ptr, quote, signed, xlat_or
from .inet import (AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_UNIX,  # noqa: F401
                   SOCKADDR_STORAGE_SIZE, family_name, ifindex, inet_field, inet_ntop,
                   net_number, port_text)
from .sockaddr_families import format_sockaddr_bytes
from .sockopt import level_name as sockopt_level

SOCK_TYPE_MASK = 0xF
SOL_SOCKET, SOL_TCP, SOL_IP, SOL_IPV6 = 1, 6, 0, 41


def socket_type(v: int) -> str:
    v &= 0xFFFFFFFF
    t = v & SOCK_TYPE_MASK
    name = xlat_lookup("socket_types", t)
    if name is None:
        return flags(v, "socket_type_flags", dflt="SOCK_???")
    rest = v & ~SOCK_TYPE_MASK
    return named(t, name) + ("|" + flags(rest, "socket_type_flags", dflt="SOCK_???")
                             if rest else "")


def protocol_name(family: int, proto: int) -> str:
    if family in (AF_INET, AF_INET6):
        return xlat_or(proto, "ip_protocols", "IPPROTO_???")
    if family == AF_NETLINK:
        return xlat_or(proto, "netlink_protocols", "NETLINK_???")
    if family == AF_PACKET:
        return "htons(%#x)" % ((proto & 0xFF) << 8 | (proto >> 8) & 0xFF) if proto else "0"
    return str(proto)


@special("socket")
class Socket(Decoder):
    captures = ()
    def entry(self, call: Call) -> str:
        fam = call.args[0] & 0xFFFFFFFF
        return "%s, %s, %s" % (family_name(fam), socket_type(call.args[1]),
                               protocol_name(fam, call.args[2] & 0xFFFFFFFF))

    def ret(self, call: Call) -> str:
        return format_return(call, "fd")


@special("socketpair")
class Socketpair(Decoder):
    def entry(self, call: Call) -> str:
        fam = call.args[0] & 0xFFFFFFFF
        return "%s, %s, %s, " % (family_name(fam), socket_type(call.args[1]),
                                 protocol_name(fam, call.args[2] & 0xFFFFFFFF))

    def exit(self, call: Call) -> str:
        from .desc import t_fdpair
        return t_fdpair(call, call.args[3], "")


def socket_buffer(call: Call, addr: int, length: int) -> str:
    """A socket's data: netlink messages on a netlink socket, else a string."""
    from .netlink import socket_buffer as netlink_buffer
    text = netlink_buffer(call, call.args[0], addr, length)
    return text if text is not None else call.buf(addr, length)


@type_formatter("sockbuf")
def t_sockbuf(call: Call, v: int, p: str) -> str:
    """sockbuf:N -- the data of a socket, its length in argument N."""
    return socket_buffer(call, v, call.args[int(p)])


# -- addresses ------------------------------------------------------------------------


def format_sockaddr(call: Call, addr: int, addrlen: int) -> str:
    if not addr:
        return "NULL"
    if addrlen < 2:
        return hexaddr(addr)
    addrlen = min(addrlen, SOCKADDR_STORAGE_SIZE)     # what strace reads of a longer one
    data = call.read(addr, addrlen)
    if data is None or len(data) < addrlen:
        return hexaddr(addr)
    return format_sockaddr_bytes(data, addrlen, lambda pid: call.pidv(pid, "tgid"), call)


@type_formatter("sockaddr")
def t_sockaddr(call: Call, v: int, p: str) -> str:
    """sockaddr:N -- its length is argument N."""
    return format_sockaddr(call, v, signed(call.args[int(p)], 32))


def read_int(call: Call, addr: int) -> int | None:
    data = call.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return None
    return struct.unpack("<i", data)[0]


class SockNameDecoder(Decoder):
    """accept, getsockname, getpeername, recvfrom's address: sockaddr, [in => out]."""
    addr_arg = 1
    len_arg = 2

    def save_len(self, call: Call) -> None:
        call.saved["inlen"] = read_int(call, call.args[self.len_arg])

    def addr_and_len(self, call: Call) -> str:
        addr, lenp = call.args[self.addr_arg], call.args[self.len_arg]
        inlen = call.saved.get("inlen")
        if call.failed:
            return "%s, %s" % (ptr(addr), "[%d]" % inlen if inlen is not None else ptr(lenp))
        outlen = read_int(call, lenp)
        if not addr:
            sa = "NULL"
        else:
            sa = format_sockaddr(call, addr, min(outlen or 0, inlen if inlen is not None else 128))
        if not lenp:
            ln = "NULL"
        elif outlen is None:
            ln = hexaddr(lenp)
        elif inlen is not None and inlen != outlen:
            ln = "[%d => %d]" % (inlen, outlen)
        else:
            ln = "[%d]" % outlen
        return "%s, %s" % (sa, ln)


@special("accept", "getsockname", "getpeername")
class Accept(SockNameDecoder):
    def entry(self, call: Call) -> str:
        self.save_len(call)
        return call.fd(call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        return self.addr_and_len(call)

    def ret(self, call: Call) -> str:
        return format_return(call, "fd" if self.name == "accept" else "d")


@special("accept4")
class Accept4(SockNameDecoder):
    def entry(self, call: Call) -> str:
        self.save_len(call)
        return call.fd(call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        return "%s, %s" % (self.addr_and_len(call), flags(call.args[3] & 0xFFFFFFFF,
                                                          "socket_type_flags"))

    def ret(self, call: Call) -> str:
        return format_return(call, "fd")


@special("recvfrom")
class Recvfrom(SockNameDecoder):
    addr_arg = 4
    len_arg = 5

    def entry(self, call: Call) -> str:
        self.save_len(call)
        return call.fd(call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        buf = ptr(call.args[1]) if call.failed else \
            socket_buffer(call, call.args[1], min(call.rval, call.args[2]))
        return "%s, %d, %s, %s" % (buf, call.args[2], flags(call.args[3] & 0xFFFFFFFF,
                                                            "msg_flags"), self.addr_and_len(call))


# -- messages -------------------------------------------------------------------------------

MSGHDR = struct.Struct("<QI4xQQQQi4x")
CMSGHDR = struct.Struct("<QII")
SCM_RIGHTS, SCM_CREDENTIALS = 1, 2


def _local_array(call: Call, values: list, text) -> str:
    """[text(v), ...] of values a control message holds, at most -s of them unless -v
    (strace's print_local_array)."""
    limit = call.opts.max_strlen if call.opts.is_abbrev(call.name) else len(values)
    return "[" + ", ".join([text(v) for v in values[:limit]] +
                           (["..."] if len(values) > limit else [])) + "]"


def _fds(call: Call, data: bytes) -> str:
    return _local_array(call, [fd for (fd,) in struct.iter_unpack("<i", data[:len(data) // 4
                                                                             * 4])], call.fd)


def _creds(call: Call, data: bytes) -> str:
    return "{pid=%d, uid=%d, gid=%d}" % struct.unpack_from("<iII", data)


def _timeval(call: Call, data: bytes) -> str:
    return "{tv_sec=%d, tv_usec=%d}" % struct.unpack_from("<qq", data) if len(data) >= 16 \
        else "???"


def _timespec(call: Call, data: bytes) -> str:
    return "{tv_sec=%d, tv_nsec=%d}" % struct.unpack_from("<qq", data) if len(data) >= 16 \
        else "???"


def _timespecs3(call: Call, data: bytes) -> str:
    if len(data) < 48:
        return "???"
    return "[" + ", ".join(_timespec(call, data[i:i + 16]) for i in (0, 16, 32)) + "]"


def _uints(call: Call, data: bytes) -> str:
    return _local_array(call, [v for (v,) in struct.iter_unpack("<I", data[:len(data) // 4
                                                                           * 4])], str)


def _xbytes(call: Call, data: bytes) -> str:
    return _local_array(call, list(data), lambda b: "%#x" % b if b else "0")


def _pktinfo(call: Call, data: bytes) -> str:
    idx = struct.unpack_from("<i", data)[0]
    return "{ipi_ifindex=%s, %s, %s}" % (ifindex(idx), inet_field("ipi_spec_dst", AF_INET, data[4:8]),
                                         inet_field("ipi_addr", AF_INET, data[8:12]))


SOCK_EE = struct.Struct("<IBBBxII")       # struct sock_extended_err, then the offender


def _recverr(call: Call, data: bytes) -> str:
    fields = SOCK_EE.unpack_from(data)
    return ("{ee_errno=%d, ee_origin=%d, ee_type=%d, ee_code=%d, ee_info=%d, ee_data=%d, "
            "offender=%s}") % (*fields, format_sockaddr_bytes(data[16:32], 16, call=call))


def _security(call: Call, data: bytes) -> str:
    return quote(data)


def _origdstaddr(call: Call, data: bytes) -> str:
    return format_sockaddr_bytes(data[:128], min(len(data), 128), call=call)



# (level, type) -> (the least data it needs, printer of the data); the type names come
# from the level's table (scm_types, ip_cmsg_types)
CMSG_PRINTERS = {
    (SOL_SOCKET, "SCM_RIGHTS"): (4, _fds), (SOL_SOCKET, "SCM_CREDENTIALS"): (12, _creds),
    (SOL_SOCKET, "SCM_SECURITY"): (1, _security),
    (SOL_SOCKET, "SO_TIMESTAMP_OLD"): (1, _timeval),
    (SOL_SOCKET, "SO_TIMESTAMPNS_OLD"): (1, _timespec),
    (SOL_SOCKET, "SO_TIMESTAMPING_OLD"): (1, _timespecs3),
    (SOL_SOCKET, "SO_TIMESTAMP_NEW"): (1, _timeval),
    (SOL_SOCKET, "SO_TIMESTAMPNS_NEW"): (1, _timespec),
    (SOL_SOCKET, "SO_TIMESTAMPING_NEW"): (1, _timespecs3),
    (SOL_IP, "IP_PKTINFO"): (12, _pktinfo), (SOL_IP, "IP_TTL"): (4, _uints),
    (SOL_IP, "IP_TOS"): (1, _xbytes), (SOL_IP, "IP_RECVOPTS"): (1, _xbytes),
    (SOL_IP, "IP_RETOPTS"): (1, _xbytes), (SOL_IP, "IP_RECVERR"): (32, _recverr), (SOL_IP, "IP_ORIGDSTADDR"): (16, _origdstaddr),
    (SOL_IP, "IP_CHECKSUM"): (4, _uints), (SOL_IP, "SCM_SECURITY"): (1, _security),
}
CMSG_TYPES = {SOL_SOCKET: ("scm_types", "SCM_???"), SOL_IP: ("ip_cmsg_types", "IP_???")}


def cmsg_type_and_data(call: Call, level: int, ctype: int, data: bytes) -> str:
    spec = CMSG_TYPES.get(level)
    if spec is None:
        return "%#x" % ctype if ctype else "0"
    name = xlat_lookup(spec[0], ctype)
    text = named(ctype, name, spec[1])
    printer = CMSG_PRINTERS.get((level, name))
    if printer and len(data) >= printer[0]:
        text += ", cmsg_data=" + printer[1](call, data)
    return text


def optmem_max() -> int:
    """The most control data the kernel takes (net.core.optmem_max, in whole 8-byte
    words); strace reads no more of a message's control buffer."""
    try:
        with open("/proc/sys/net/core/optmem_max") as f:
            v = int(f.read())
    except (OSError, ValueError):
        v = 0
    return (v + 7) & ~7 if v > 0 else 8 * (2 * 1024 + 512)


def format_cmsgs(call: Call, addr: int, length: int) -> str:
    """[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}]; what
    follows a header cut short, as '... /* address */' (strace's decode_msg_control)."""
    control_len = min(length, optmem_max())
    data = call.read(addr, control_len) if control_len >= CMSGHDR.size else None
    if data is None or len(data) < control_len:
        return hexaddr(addr)
    out = []
    off, left = 0, control_len
    while left >= CMSGHDR.size:
        clen, level, ctype = CMSGHDR.unpack_from(data, off)
        size = min(clen, left)
        payload = data[off + CMSGHDR.size:off + size]
        item = "{cmsg_len=%d, cmsg_level=%s, cmsg_type=" % (clen, sockopt_level(level))
        out.append(item + cmsg_type_and_data(call, level, ctype, payload) + "}")
        if size < CMSGHDR.size:
            left -= CMSGHDR.size
            break
        step = (clen + 7) & ~7
        if step >= left:
            left = 0
            break
        off += step
        left -= step
    if left:
        out.append("... /* %s */" % hexaddr(addr + control_len - left))
    elif control_len < length:
        out.append("...")
    return "[" + ", ".join(out) + "]"


def _iov_element(call: Call):
    """How the data of one iovec element prints: as netlink messages on a netlink socket."""
    from .netlink import format_netlink, netlink_protocol
    if not call.opts.is_verbose(call.name):
        return None
    family = netlink_protocol(call.proc_pid(), call.args[0] & 0xFFFFFFFF)
    if family is None or family == 15:      # NETLINK_KOBJECT_UEVENT: plain strings
        return None
    return lambda call, base, size: format_netlink(call, family, base, size)


def format_msghdr(call: Call, addr: int, data_size: int | None, namelen_before=None) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, MSGHDR.size)
    if data is None or len(data) < MSGHDR.size:
        return hexaddr(addr)
    return format_msghdr_at(call, data, data_size, namelen_before)


def format_msghdr_at(call: Call, data: bytes, data_size: int | None,
                     namelen_before=None) -> str:
    """A struct msghdr already read: data_size bytes of its buffers shown (all: None)."""
    name, namelen, iov, iovlen, control, controllen, mflags = MSGHDR.unpack(data)
    shown_len = namelen if namelen_before is None else min(namelen, namelen_before)
    nl = "%d" % namelen
    if namelen_before is not None and namelen_before != namelen:
        nl = "%d => %d" % (namelen_before, namelen)
    parts = ["msg_name=%s" % (format_sockaddr(call, name, shown_len) if name else "NULL"),
             "msg_namelen=%s" % nl,
             "msg_iov=%s" % format_iov(call, iov, iovlen, data_size, _iov_element(call)),
             "msg_iovlen=%d" % iovlen]
    if controllen:
        parts.append("msg_control=%s" % format_cmsgs(call, control, controllen))
    parts.append("msg_controllen=%d" % controllen)
    parts.append("msg_flags=%s" % flags(mflags & 0xFFFFFFFF, "msg_flags"))
    return "{" + ", ".join(parts) + "}"


@special("sendmsg")
class Sendmsg(Decoder):
    def entry(self, call: Call) -> str:
        return "%s, %s, %s" % (call.fd(call.args[0]), format_msghdr(call, call.args[1], None),
                               flags(call.args[2] & 0xFFFFFFFF, "msg_flags"))


@special("recvmsg")
class Recvmsg(Decoder):
    def entry(self, call: Call) -> str:
        data = call.read(call.args[1], MSGHDR.size)
        if data and len(data) == MSGHDR.size:
            call.saved["namelen"] = MSGHDR.unpack(data)[1]
        return call.fd(call.args[0]) + ", "

    def exit(self, call: Call) -> str:
        namelen = call.saved.get("namelen")
        if namelen is None:
            m = ptr(call.args[1])
        elif call.failed:
            m = "{msg_namelen=%d}" % signed(namelen, 32)
        else:
            m = format_msghdr(call, call.args[1], call.rval, namelen)
        return "%s, %s" % (m, flags(call.args[2] & 0xFFFFFFFF, "msg_flags"))




# -- sendmmsg/recvmmsg -------------------------------------------------------------------

MMSGHDR_SIZE = 64          # struct mmsghdr: msghdr, msg_len, padding
IOV_MAX = 1024


def format_mmsgvec(call: Call, addr: int, n: int, msg_lens: int, use_msg_len: bool,
                   namelens: list | None = None) -> str:
    """[{msg_hdr={...}, msg_len=N}, ...]: n messages, the first msg_lens with their
    msg_len; with use_msg_len only msg_len bytes of each message's data are shown."""
    left = [msg_lens]
    index = [0]

    def item(b: bytes) -> str:
        i = index[0]
        index[0] += 1
        msg_len = struct.unpack_from("<I", b, MSGHDR.size)[0]
        before = namelens[i] if namelens is not None and i < len(namelens) else None
        text = "{msg_hdr=" + format_msghdr_at(call, b[:MSGHDR.size],
                                               msg_len if use_msg_len else None, before)
        if left[0]:
            text += ", msg_len=%d" % msg_len
            left[0] -= 1
        return text + "}"
    cap = IOV_MAX if namelens is None else min(IOV_MAX, len(namelens))
    return array(call, addr, n, MMSGHDR_SIZE, item, cap=cap)


@special("sendmmsg")
class Sendmmsg(Decoder):
    def entry(self, call: Call) -> str:
        head = call.fd(call.args[0]) + ", "
        if call.opts.is_verbose(call.name):
            return head
        call.saved["decoded"] = True
        return head + "%s, %d, %s" % (ptr(call.args[1]), call.args[2] & 0xFFFFFFFF,
                                      flags(call.args[3] & 0xFFFFFFFF, "msg_flags"))

    def exit(self, call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        vlen = call.args[2] & 0xFFFFFFFF
        vec = format_mmsgvec(call, call.args[1], vlen, 0 if call.failed else call.rval, False)
        return "%s, %d, %s" % (vec, vlen, flags(call.args[3] & 0xFFFFFFFF, "msg_flags"))


@special("recvmmsg")
class Recvmmsg(Decoder):
    def entry(self, call: Call) -> str:
        from .time import format_timespec
        head = call.fd(call.args[0]) + ", "
        timeout = format_timespec(call, call.args[4])
        if not call.opts.is_verbose(call.name):
            call.saved["decoded"] = True
            return head + "%s, %d, %s, %s" % (
                ptr(call.args[1]), call.args[2] & 0xFFFFFFFF,
                flags(call.args[3] & 0xFFFFFFFF, "msg_flags"), timeout)
        call.saved["timeout"] = timeout
        call.saved["namelens"] = self._namelens(call, call.args[1], call.args[2] & 0xFFFFFFFF)
        return head

    @staticmethod
    def _namelens(call: Call, addr: int, n: int) -> list:
        """The msg_namelen of each message before the call, as far as they can be read."""
        raw = call.read(addr, MMSGHDR_SIZE * min(n, IOV_MAX)) if addr else None
        raw = raw or b""
        return [struct.unpack_from("<I", raw, off + 8)[0]
                for off in range(0, len(raw) - MMSGHDR_SIZE + 1, MMSGHDR_SIZE)]

    def exit(self, call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        vec = ptr(call.args[1]) if call.failed else format_mmsgvec(
            call, call.args[1], call.rval, call.rval, True, call.saved["namelens"])
        return "%s, %d, %s, %s" % (vec, call.args[2] & 0xFFFFFFFF,
                                   flags(call.args[3] & 0xFFFFFFFF, "msg_flags"),
                                   call.saved["timeout"])

    def ret(self, call: Call) -> str:
        text = format_return(call, "d")
        if call.failed:
            return text
        if call.rval == 0:
            return text + " (Timeout)"
        if call.opts.is_verbose(call.name) and call.args[4]:
            from .time import format_timespec
            return text + " (left %s)" % format_timespec(call, call.args[4])
        return text
