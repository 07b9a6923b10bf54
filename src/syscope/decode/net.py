"""Sockets: socket(), addresses, socket options, message headers."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call, Decoder, format_return, special, type_formatter
from .desc import format_iov
from .fmt import flags, hexaddr, ptr, quote, signed

AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET = 1, 2, 10, 16, 17
SOCK_TYPE_MASK = 0xF
SOL_SOCKET, SOL_TCP, SOL_IP, SOL_IPV6 = 1, 6, 0, 41


def family_name(f: int) -> str:
    return xlat_lookup("address_families", f) or "%#x /* AF_??? */" % f


def socket_type(v: int) -> str:
    v &= 0xFFFFFFFF
    t = v & SOCK_TYPE_MASK
    name = xlat_lookup("socket_types", t) or "%#x /* SOCK_??? */" % t
    rest = v & ~SOCK_TYPE_MASK
    return name + ("|" + flags(rest, "socket_type_flags") if rest else "")


def protocol_name(family: int, proto: int) -> str:
    if family in (AF_INET, AF_INET6):
        return xlat_lookup("ip_protocols", proto) or "%#x /* IPPROTO_??? */" % proto
    if family == AF_NETLINK:
        return xlat_lookup("netlink_protocols", proto) or "%#x /* NETLINK_??? */" % proto
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


# -- addresses ------------------------------------------------------------------------

def inet_ntop(family: int, raw: bytes) -> str:
    """Addresses as text; the socket module is imported only when one is printed."""
    import socket
    return socket.inet_ntop(socket.AF_INET if family == AF_INET else socket.AF_INET6, raw)


def format_sockaddr_bytes(data: bytes, addrlen: int) -> str:
    if len(data) < 2:
        return "{sa_family=AF_UNSPEC}" if not data else "{}"
    fam = struct.unpack_from("<H", data)[0]
    head = "sa_family=" + family_name(fam)
    if fam == AF_UNIX:
        path = data[2:addrlen]
        if not path:
            return "{" + head + "}"
        if path[0] == 0:
            name = path[1:]
            return "{%s, sun_path=@%s}" % (head, quote(name))
        return "{%s, sun_path=%s}" % (head, quote(path, zero_terminated=True))
    if fam == AF_INET and len(data) >= 8:
        port = struct.unpack_from(">H", data, 2)[0]
        addr = inet_ntop(AF_INET, data[4:8])
        return "{%s, sin_port=htons(%d), sin_addr=inet_addr(\"%s\")}" % (head, port, addr)
    if fam == AF_INET6 and len(data) >= 24:
        port = struct.unpack_from(">H", data, 2)[0]
        flow = struct.unpack_from(">I", data, 4)[0]
        addr = inet_ntop(AF_INET6, data[8:24])
        s = "{%s, sin6_port=htons(%d), sin6_flowinfo=htonl(%d), inet_pton(AF_INET6, \"%s\", " \
            "&sin6_addr)" % (head, port, flow, addr)
        if len(data) >= 28:
            s += ", sin6_scope_id=%d" % struct.unpack_from("<I", data, 24)[0]
        return s + "}"
    if fam == AF_NETLINK and len(data) >= 12:
        pid, groups = struct.unpack_from("<II", data, 4)
        return "{%s, nl_pid=%d, nl_groups=%08x}" % (head, pid, groups)
    rest = data[2:addrlen]
    return "{%s, sa_data=%s}" % (head, quote(rest))


def format_sockaddr(call: Call, addr: int, addrlen: int) -> str:
    if not addr:
        return "NULL"
    if addrlen <= 0 or addrlen > 128:
        return hexaddr(addr)
    data = call.read(addr, addrlen)
    if data is None or len(data) < addrlen:
        return hexaddr(addr)
    return format_sockaddr_bytes(data, addrlen)


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
        buf = hexaddr(call.args[1]) if call.failed else call.buf(call.args[1], call.rval)
        return "%s, %d, %s, %s" % (buf, call.args[2], flags(call.args[3] & 0xFFFFFFFF,
                                                            "msg_flags"), self.addr_and_len(call))


# -- socket options ------------------------------------------------------------------------

def sockopt_level(level: int) -> str:
    return xlat_lookup("socket_levels", level) or "%#x /* SOL_??? */" % level


def sockopt_name(level: int, name: int) -> str:
    table = {SOL_SOCKET: "socket_options", SOL_TCP: "tcp_options", SOL_IP: "ip_options",
             SOL_IPV6: "ipv6_options"}.get(level)
    if table:
        n = xlat_lookup(table, name)
        if n:
            return n
        prefix = {SOL_SOCKET: "SO", SOL_TCP: "TCP", SOL_IP: "IP", SOL_IPV6: "IPV6"}[level]
        return "%#x /* %s_??? */" % (name, prefix)
    return str(name)


def sockopt_value(call: Call, level: int, name: int, addr: int, length: int) -> str:
    if not addr:
        return "NULL"
    if length <= 0:
        return hexaddr(addr)
    data = call.read(addr, min(length, 256))
    if data is None:
        return hexaddr(addr)
    if level == SOL_SOCKET and name == 13 and length >= 8:   # SO_LINGER
        on, linger = struct.unpack_from("<ii", data)
        return "{l_onoff=%d, l_linger=%d}" % (on, linger)
    if level == SOL_SOCKET and name == 17 and length >= 12:  # SO_PEERCRED
        pid, uid, gid = struct.unpack_from("<iII", data)
        return "{pid=%d, uid=%d, gid=%d}" % (pid, uid, gid)
    if level == SOL_SOCKET and name == 4 and length >= 4:    # SO_ERROR
        from ..abi import errno_name
        err = struct.unpack_from("<i", data)[0]
        return "[%s]" % (errno_name(err) if err else "0")
    if level == SOL_TCP and name == 13:                      # TCP_CONGESTION
        return quote(data[:length], zero_terminated=True)
    if length == 4:
        return "[%d]" % struct.unpack_from("<i", data)[0]
    return call.buf(addr, length)


@special("setsockopt")
class Setsockopt(Decoder):
    def entry(self, call: Call) -> str:
        a = call.args
        level, name, length = a[1] & 0xFFFFFFFF, a[2] & 0xFFFFFFFF, signed(a[4], 32)
        return "%s, %s, %s, %s, %d" % (call.fd(a[0]), sockopt_level(level),
                                       sockopt_name(level, name),
                                       sockopt_value(call, level, name, a[3], length), length)


@special("getsockopt")
class Getsockopt(Decoder):
    def entry(self, call: Call) -> str:
        a = call.args
        level, name = a[1] & 0xFFFFFFFF, a[2] & 0xFFFFFFFF
        call.saved["inlen"] = read_int(call, a[4])
        return "%s, %s, %s, " % (call.fd(a[0]), sockopt_level(level), sockopt_name(level, name))

    def exit(self, call: Call) -> str:
        a = call.args
        level, name = a[1] & 0xFFFFFFFF, a[2] & 0xFFFFFFFF
        inlen = call.saved.get("inlen")
        if call.failed:
            return "%s, %s" % (ptr(a[3]), "[%d]" % inlen if inlen is not None else ptr(a[4]))
        outlen = read_int(call, a[4])
        val = sockopt_value(call, level, name, a[3], outlen or 0)
        if outlen is None:
            ln = ptr(a[4])
        elif inlen is not None and inlen != outlen:
            ln = "[%d => %d]" % (inlen, outlen)
        else:
            ln = "[%d]" % outlen
        return "%s, %s" % (val, ln)


# -- messages -------------------------------------------------------------------------------

MSGHDR = struct.Struct("<QI4xQQQQi4x")
CMSGHDR = struct.Struct("<Qii")
SCM_RIGHTS, SCM_CREDENTIALS = 1, 2


def format_cmsgs(call: Call, addr: int, length: int) -> str:
    """[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}]"""
    data = call.read(addr, min(length, 1 << 16)) if length >= CMSGHDR.size else None
    if data is None:
        return hexaddr(addr)
    out = []
    off = 0
    while len(data) - off >= CMSGHDR.size:
        clen, level, ctype = CMSGHDR.unpack_from(data, off)
        payload = data[off + CMSGHDR.size:off + min(clen, len(data) - off)]
        item = "{cmsg_len=%d, cmsg_level=%s, cmsg_type=" % (clen, sockopt_level(level))
        if level == SOL_SOCKET and ctype == SCM_RIGHTS:
            fds = [call.fd(fd) for (fd,) in struct.iter_unpack("<i", payload[:len(payload)
                                                                        // 4 * 4])]
            item += "SCM_RIGHTS, cmsg_data=[%s]}" % ", ".join(fds)
        elif level == SOL_SOCKET and ctype == SCM_CREDENTIALS and len(payload) >= 12:
            pid, uid, gid = struct.unpack_from("<iII", payload)
            item += "SCM_CREDENTIALS, cmsg_data={pid=%d, uid=%d, gid=%d}}" % (pid, uid, gid)
        else:
            item += "%#x}" % ctype
        out.append(item)
        if clen < CMSGHDR.size:
            break
        off += (clen + 7) & ~7
    return "[" + ", ".join(out) + "]"


def format_msghdr(call: Call, addr: int, data_size: int | None, namelen_before=None) -> str:
    if not addr:
        return "NULL"
    data = call.read(addr, MSGHDR.size)
    if data is None or len(data) < MSGHDR.size:
        return hexaddr(addr)
    name, namelen, iov, iovlen, control, controllen, mflags = MSGHDR.unpack(data)
    shown_len = namelen if namelen_before is None else min(namelen, namelen_before)
    nl = "%d" % namelen
    if namelen_before is not None and namelen_before != namelen:
        nl = "%d => %d" % (namelen_before, namelen)
    parts = ["msg_name=%s" % (format_sockaddr(call, name, shown_len) if name else "NULL"),
             "msg_namelen=%s" % nl,
             "msg_iov=%s" % format_iov(call, iov, iovlen, data_size),
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
        m = hexaddr(call.args[1]) if call.failed else \
            format_msghdr(call, call.args[1], call.rval, call.saved.get("namelen"))
        return "%s, %s" % (m, flags(call.args[2] & 0xFFFFFFFF, "msg_flags"))


