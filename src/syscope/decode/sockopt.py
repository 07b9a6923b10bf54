"""getsockopt/setsockopt: option names per level and option values, as strace 6.1 prints
them (short buffers as hex strings, partial structures field by field)."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .bpf_filter import SOCK_FPROG, format_fprog, format_fprog_filter, socket_filter_k
from .core import Call, Decoder, special
from .fmt import errno, hexaddr, named, ptr, quote, xlat_or
from .inet import AF_INET, AF_INET6, ifindex, inet_field, mac
from .sockaddr_families import format_sockaddr_bytes

SOL_IP, SOL_SOCKET, SOL_TCP, SOL_UDP, SOL_IPV6 = 0, 1, 6, 17, 41
SOL_RAW, SOL_PACKET, SOL_NETLINK = 255, 263, 270
PACKET_MREQ = struct.Struct("<iHH8s")

# level -> (option table, what an unknown option's comment says)
LEVEL_OPTIONS = {
    SOL_SOCKET: ("socket_options", "SO_???"), SOL_IP: ("ip_options", "IP_???"),
    SOL_IPV6: ("ipv6_options", "IPV6_???"), SOL_TCP: ("tcp_options", "TCP_???"),
    SOL_UDP: ("udp_options", "UDP_???"), SOL_PACKET: ("packet_options", "PACKET_???"),
    SOL_RAW: ("raw_options", "RAW_???"), SOL_NETLINK: ("netlink_options", "NETLINK_???"),
}
# getsockopt names some numbers differently (SO_GET_FILTER is SO_ATTACH_FILTER's number)
GET_OPTIONS = {SOL_SOCKET: "getsock_options"}

# SOL_SOCKET options whose value is an int
SO_INT_OPTIONS = frozenset(
    "SO_DEBUG SO_REUSEADDR SO_DONTROUTE SO_BROADCAST SO_SNDBUF SO_RCVBUF SO_KEEPALIVE "
    "SO_OOBINLINE SO_NO_CHECK SO_PRIORITY SO_BSDCOMPAT SO_REUSEPORT SO_PASSCRED SO_RCVLOWAT "
    "SO_SNDLOWAT SO_DETACH_FILTER SO_TIMESTAMP_OLD SO_ACCEPTCONN SO_SNDBUFFORCE "
    "SO_RCVBUFFORCE SO_PASSSEC SO_TIMESTAMPNS_OLD SO_MARK SO_TIMESTAMPING_OLD SO_RXQ_OVFL "
    "SO_WIFI_STATUS SO_PEEK_OFF SO_NOFCS SO_LOCK_FILTER SO_SELECT_ERR_QUEUE SO_BUSY_POLL "
    "SO_INCOMING_CPU SO_CNX_ADVICE SO_INCOMING_NAPI_ID SO_ZEROCOPY SO_TIMESTAMP_NEW "
    "SO_TIMESTAMPNS_NEW SO_TIMESTAMPING_NEW SO_DETACH_REUSEPORT_BPF SO_PREFER_BUSY_POLL "
    "SO_BUSY_POLL_BUDGET SO_RESERVE_MEM SO_RCVMARK".split())


def level_name(level: int) -> str:
    return xlat_or(level, "socket_levels", "SOL_??")


def option_name(level: int, name: int, get: bool) -> str:
    spec = LEVEL_OPTIONS.get(level)
    if spec is None:
        return str(name)
    table, dflt = spec
    found = xlat_lookup(GET_OPTIONS[level], name) if get and level in GET_OPTIONS else None
    if found is None:
        found = xlat_lookup(table, name)
    if found is None and not get and level == SOL_SOCKET:
        found = xlat_lookup("setsock_options", name)
    return named(name, found, dflt)


def _sol_socket_name(level: int, name: int) -> str | None:
    return xlat_lookup("socket_options", name) if level == SOL_SOCKET else None


# -- values ----------------------------------------------------------------------------

def partial_struct(call: Call, addr: int, length: int, fields) -> str:
    """{a=.., b=..} of the fields the length covers; a field cut short prints as hex bytes
    (strace's MAYBE_PRINT_FIELD_LEN).  fields: (name, offset, struct code, formatter)."""
    size = max(off + struct.calcsize(code) for _n, off, code, _f in fields)
    length = min(length, size)
    data = call.read(addr, length)
    if data is None or len(data) < length:
        return hexaddr(addr)
    out = []
    for name, off, code, fmt in fields:
        end = off + struct.calcsize(code)
        if length <= off:
            break
        if length >= end:
            out.append("%s=%s" % (name, fmt(struct.unpack_from("<" + code, data, off)[0])))
        else:
            out.append("%s=%s" % (name, quote(data[off:length], force_hex=True)))
    return "{" + ", ".join(out) + "}"


LINGER = (("l_onoff", 0, "i", str), ("l_linger", 4, "i", str))


def ucred_fields(call: Call) -> tuple:
    """struct ucred: its pid with what --decode-pids asks for."""
    return (("pid", 0, "i", lambda pid: call.pidv(pid, "tgid")), ("uid", 4, "I", str),
            ("gid", 8, "I", str))
TPACKET_STATS = (("tp_packets", 0, "I", str), ("tp_drops", 4, "I", str),
                 ("tp_freeze_q_cnt", 8, "I", str))


def _int(call: Call, addr: int) -> str:
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    return "[%d]" % struct.unpack("<i", data)[0]


def _hexstr(call: Call, addr: int, length: int) -> str:
    data = call.read(addr, min(length, call.opts.max_strlen))
    if data is None:
        return hexaddr(addr)
    return quote(data, force_hex=True) + ("..." if length > call.opts.max_strlen else "")


def _so_error(call: Call, addr: int, length: int) -> str:
    if length < 4:
        return _hexstr(call, addr, length)
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    return "[%s]" % errno(struct.unpack("<I", data)[0])


def _icmp_filter(call: Call, addr: int, length: int) -> str:
    if length <= 0:
        return ptr(addr)
    length = min(length, 4)
    data = call.read(addr, length)
    if data is None or len(data) < length:
        return hexaddr(addr)
    v = int.from_bytes(data + b"\xff" * (4 - length), "little")
    head = ""
    if bin(v).count("1") > 16:
        v, head = ~v & 0xFFFFFFFF, "~"
    bits = [xlat_or(i, "icmp_filter_types", "ICMP_???")
            for i in range(32) if v >> i & 1]
    return head + "[" + " ".join(bits) + "]"


def _txrehash(call: Call, addr: int, length: int, entering: bool) -> str:
    """SO_TXREHASH's int, a SOCK_TXREHASH_* value; a shorter value as hex bytes (its
    address when set)."""
    if length < 4:
        return hexaddr(addr) if entering else _hexstr(call, addr, length)
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    v = struct.unpack("<i", data)[0]
    return "[%s]" % named(v, xlat_lookup("sock_txrehash", v), "SOCK_TXREHASH_???", "d")


GROUP_REQ = struct.Struct("<I4x128s")     # gr_interface, gr_group (sockaddr_storage)


def _group_req(call: Call, addr: int, length: int) -> str:
    """struct group_req: its address when the length is short of it."""
    data = call.read(addr, GROUP_REQ.size) if length >= GROUP_REQ.size else None
    if data is None or len(data) < GROUP_REQ.size:
        return hexaddr(addr)
    index, group = GROUP_REQ.unpack(data)
    return "{gr_interface=%s, gr_group=%s}" % (ifindex(index),
                                                format_sockaddr_bytes(group, len(group), call=call))


def _default(call: Call, addr: int, length: int) -> str:
    if length == 4:
        return _int(call, addr)
    return call.buf(addr, length)


def getsockopt_value(call: Call, level: int, name: int, addr: int, ulen: int,
                     rlen: int) -> str:
    if ulen <= 0 or rlen <= 0:
        return ptr(addr)
    if not addr or not call.opts.is_verbose(call.name):
        return ptr(addr)
    so = _sol_socket_name(level, name)
    if so == "SO_LINGER":
        return partial_struct(call, addr, rlen, LINGER)
    if so == "SO_PEERCRED":
        return partial_struct(call, addr, rlen, ucred_fields(call))
    if so == "SO_ERROR":
        return _so_error(call, addr, rlen)
    if so == "SO_TXREHASH":
        return _txrehash(call, addr, rlen, False)
    if so in SO_INT_OPTIONS:
        return _int(call, addr) if rlen >= 4 else _hexstr(call, addr, rlen)
    if so == "SO_ATTACH_FILTER":      # SO_GET_FILTER: the length counts instructions
        return ptr(addr) if rlen == 0 else format_fprog_filter(call, addr, rlen, socket_filter_k)
    opt = xlat_lookup(LEVEL_OPTIONS[level][0], name) if level in LEVEL_OPTIONS else None
    if level == SOL_PACKET and opt == "PACKET_STATISTICS":
        return partial_struct(call, addr, rlen, TPACKET_STATS)
    if level == SOL_RAW and opt == "ICMP_FILTER":
        return _icmp_filter(call, addr, rlen)
    if level == SOL_NETLINK:
        if opt == "NETLINK_LIST_MEMBERSHIPS":
            n = min(ulen, rlen) // 4
            data = call.read(addr, 4 * n) if n else b""
            if data is None or len(data) < 4 * n:
                return hexaddr(addr)
            return "[" + ", ".join(str(v) for (v,) in struct.iter_unpack("<I", data)) + "]"
        return _int(call, addr)
    return _default(call, addr, rlen)


def setsockopt_value(call: Call, level: int, name: int, addr: int, length: int) -> str:
    if not addr or not call.opts.is_verbose(call.name):
        return ptr(addr)
    if length < 0:
        return hexaddr(addr)
    so = _sol_socket_name(level, name)
    if so == "SO_LINGER":
        if length < 8:
            return hexaddr(addr)
        return partial_struct(call, addr, 8, LINGER)
    if so in SO_INT_OPTIONS:
        return hexaddr(addr) if length < 4 else _int(call, addr)
    if so == "SO_TXREHASH":
        return _txrehash(call, addr, length, True)
    if so in ("SO_ATTACH_FILTER", "SO_ATTACH_REUSEPORT_CBPF"):
        return format_fprog(call, addr, socket_filter_k) if length == SOCK_FPROG.size \
            else hexaddr(addr)
    opt = xlat_lookup(LEVEL_OPTIONS[level][0], name) if level in LEVEL_OPTIONS else None
    if level == SOL_IP and opt in ("IP_ADD_MEMBERSHIP", "IP_DROP_MEMBERSHIP"):
        if length < 8:
            return hexaddr(addr)
        data = call.read(addr, 8)
        if data is None or len(data) < 8:
            return hexaddr(addr)
        return "{%s, %s}" % (inet_field("imr_multiaddr", AF_INET, data[:4]),
                             inet_field("imr_interface", AF_INET, data[4:8]))
    if level in (SOL_IP, SOL_IPV6) and opt in ("MCAST_JOIN_GROUP", "MCAST_LEAVE_GROUP"):
        return _group_req(call, addr, length)
    if level == SOL_IPV6 and opt in ("IPV6_ADD_MEMBERSHIP", "IPV6_DROP_MEMBERSHIP",
                                     "IPV6_JOIN_ANYCAST", "IPV6_LEAVE_ANYCAST"):
        data = call.read(addr, 20) if length >= 20 else None
        if data is None or len(data) < 20:
            return hexaddr(addr)
        return "{%s, ipv6mr_interface=%s}" % (
            inet_field("ipv6mr_multiaddr", AF_INET6, data[:16]),
            ifindex(struct.unpack_from("<I", data, 16)[0]))
    if level == SOL_PACKET and opt in ("PACKET_ADD_MEMBERSHIP", "PACKET_DROP_MEMBERSHIP") \
            and length == PACKET_MREQ.size:
        data = call.read(addr, length)
        if data is None or len(data) < length:
            return hexaddr(addr)
        index, mr_type, alen, address = PACKET_MREQ.unpack(data)
        return "{mr_ifindex=%s, mr_type=%s, mr_alen=%d, mr_address=%s}" % (
            ifindex(index), xlat_or(mr_type, "packet_mr_types", "PACKET_MR_???"), alen,
            mac(address[:min(alen, len(address))]))
    if level == SOL_PACKET and opt in ("PACKET_RX_RING", "PACKET_TX_RING"):
        data = call.read(addr, 16) if length == 16 else None
        if data is None or len(data) < 16:
            return hexaddr(addr)
        return "{tp_block_size=%d, tp_block_nr=%d, tp_frame_size=%d, tp_frame_nr=%d}" % \
            struct.unpack("<IIII", data)
    if level == SOL_RAW and opt == "ICMP_FILTER":
        return _icmp_filter(call, addr, length)
    if level == SOL_NETLINK:
        return hexaddr(addr) if length < 4 else _int(call, addr)
    return _default(call, addr, length)


def _read_int(call: Call, addr: int) -> int | None:
    data = call.mem.read(addr, 4) if addr else None
    if data is None or len(data) < 4:
        return None
    return struct.unpack("<i", data)[0]


@special("setsockopt")
class Setsockopt(Decoder):
    def entry(self, call: Call) -> str:
        a = call.args
        level, name, length = a[1] & 0xFFFFFFFF, a[2] & 0xFFFFFFFF, a[4] & 0xFFFFFFFF
        length = length - (1 << 32) if length >> 31 else length
        return "%s, %s, %s, %s, %d" % (call.fd(a[0]), level_name(level),
                                       option_name(level, name, False),
                                       setsockopt_value(call, level, name, a[3], length),
                                       length)


@special("getsockopt")
class Getsockopt(Decoder):
    def entry(self, call: Call) -> str:
        a = call.args
        level, name = a[1] & 0xFFFFFFFF, a[2] & 0xFFFFFFFF
        head = "%s, %s, %s, " % (call.fd(a[0]), level_name(level),
                                 option_name(level, name, True))
        ulen = _read_int(call, a[4]) if call.opts.is_verbose(call.name) else None
        if ulen is None:
            call.saved["decoded"] = True
            return head + "%s, %s" % (ptr(a[3]), ptr(a[4]))
        call.saved["ulen"] = ulen
        return head

    def exit(self, call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        a = call.args
        level, name = a[1] & 0xFFFFFFFF, a[2] & 0xFFFFFFFF
        ulen = call.saved["ulen"]
        rlen = None if call.failed else _read_int(call, a[4])
        if rlen is None:
            return "%s, [%d]" % (ptr(a[3]), ulen)
        val = getsockopt_value(call, level, name, a[3], ulen, rlen)
        return "%s, %s" % (val, "[%d]" % rlen if ulen == rlen else "[%d => %d]" % (ulen, rlen))
