"""Netlink messages with nested attributes of every family the attribute decoders know
(link info of a bridge and a tun, bridge ports, VF info, XDP, per-family AF_SPEC, traffic
control statistics, multicast database, next hops, route metrics and multipath, socket
diagnostics), sent without NLM_F_REQUEST: the kernel ignores such messages, so nothing
on the machine changes.  Each socket takes a port the kernel picks, so that two runs at
once never collide; the traces compare with the ports normalised."""
import socket
import struct

NLM_F_DUMP = 0x300


def nla(atype, payload):
    n = 4 + len(payload)
    return struct.pack("<HH", n, atype) + payload + b"\0" * (-n % 4)


def nest(atype, *attrs):
    return nla(atype, b"".join(attrs))


def u8(v):
    return struct.pack("<B", v)


def u16(v):
    return struct.pack("<H", v)


def u32(v):
    return struct.pack("<I", v)


def u64(v):
    return struct.pack("<Q", v)


def send(proto, mtype, body):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, proto)
    s.bind((0, 0))          # a port the kernel picks: two runs at once never share one
    s.connect((0, 0))
    port = s.getsockname()[0]
    s.send(struct.pack("<IHHII", 16 + len(body), mtype, NLM_F_DUMP, 1, port) + body)
    s.close()


def ifinfomsg(family):
    return struct.pack("<BxHiII", family, 772, 1, 1, 0)


RTM_GETLINK, RTM_GETROUTE, RTM_GETQDISC, RTM_GETMDB, RTM_GETNEXTHOP = 18, 26, 38, 86, 106
RTM_GETNEIGH, RTM_GETADDR, RTM_GETACTION = 30, 22, 50
# IFLA_LINKINFO: a bridge's data, a tun's, a bridge port's (slave) data, an unknown kind
send(0, RTM_GETLINK, ifinfomsg(0) + nest(18, nla(1, b"bridge\0"), nest(
    2, nla(1, u32(1500)), nla(5, u32(1)), nla(6, u16(0x8000)), nla(8, b"\x81\x00"),
    nla(11, u16(0x7fff) + bytes(6)), nla(22, bytes.fromhex("0180c2000000")),
    nla(46, u32(1) + u32(3)), nest(47, nla(1, bytes((127, 0, 0, 1))), nla(2, u32(1)))),
    nla(4, b"bridge\0"), nest(5, nla(1, u8(3)), nla(2, u16(32)), nla(13, u16(1) + bytes(6)),
                              nla(21, u64(250)), nla(34, u32(1))),
    nla(3, u32(7) * 6)))
send(0, RTM_GETLINK, ifinfomsg(0) + nest(18, nla(1, b"tun\0"), nest(
    2, nla(1, u32(0)), nla(2, u32(0xFFFFFFFF)), nla(3, u8(2)), nla(4, u8(1)),
    nla(8, u32(4)))) + nest(18, nla(1, b"vxlan\0"), nla(2, b"abcd")))
# IFLA_PROTINFO of a bridge port and of IPv6, IFLA_AF_SPEC per family and of a bridge
send(0, RTM_GETLINK, ifinfomsg(7) + nest(12, nla(1, u8(3)), nla(9, u8(1)), nla(30, u16(4)))
     + nest(26, nla(0, u16(1)), nla(1, u16(2)), nla(2, u16(6) + u16(100)),
            nest(3, nla(1, u32(10)), nla(2, u16(20)), nla(3, u16(2)))))
send(0, RTM_GETLINK, ifinfomsg(10) + nest(12, nla(1, u32(0x80000000)), nla(3, u32(1) * 3),
                                          nla(5, u32(1500) * 4), nla(8, u8(1)))
     + nest(26, nest(2, nla(1, u32(1) * 40)), nest(10, nla(8, u8(3)), nla(9, u32(1280))),
            nest(99, nla(1, b"x"))))
# IFLA_VFINFO_LIST, IFLA_VF_PORTS, IFLA_XDP, IFLA_PROP_LIST, IFLA_PROTO_DOWN_REASON
send(0, RTM_GETLINK, ifinfomsg(0) + nest(22, nest(1, nla(1, u32(0) + bytes(range(32))),
     nla(2, u32(1) * 3), nla(5, u32(1) + u32(2)), nla(6, u32(1) * 3),
     nest(7, nla(0, u64(5)), nla(1, u64(6))), nla(10, u32(1) + u64(0xabcd)),
     nest(12, nla(1, u32(1) * 3 + b"\x81\x00" + bytes(2))), nla(13, bytes(32))))
     + nest(24, nest(1, nla(1, u32(3)), nla(2, b"prof\0"), nla(3, b"\x01\x02\x03\x04\x05\0\0\0"),
                     nla(6, u8(1)), nla(7, u16(2))))
     + nest(43, nla(1, u32(0xFFFFFFFF)), nla(2, u8(1)), nla(3, u32(6)), nla(4, u32(17)))
     + nest(52, nla(53, b"alt0\0")) + nest(55, nla(1, u32(0xff)), nla(2, u32(3))))
# RTM_GETQDISC: TCA_STATS, TCA_RATE, TCA_STATS2, TCA_STAB
send(0, RTM_GETQDISC, struct.pack("<BxxxiIII", 0, 1, 0, 0xFFFFFFFF, 0)
     + nla(1, b"pfifo\0") + nla(3, u64(100) + u32(1) * 7) + nla(5, b"\xfe\x02")
     + nest(7, nla(1, u64(5) + u32(6) + bytes(4)), nla(2, u32(1) * 2), nla(3, u32(1) * 5),
            nla(5, u64(1) * 2), nla(8, u64(9)))
     + nest(8, nla(1, bytes((1, 2)) + struct.pack("<hiIIII", -1, -2, 1, 2, 3, 4)),
            nla(2, u16(1) * 5)))
# RTM_GETACTION: actions' flags and hardware statistics
send(0, RTM_GETACTION, b"\0\0\0\0" + nla(1, b"gact\0") + nla(7, u32(3)) + nla(8, u32(1)))
# RTM_GETMDB: an entry with its timer, a router port with its attributes
send(0, RTM_GETMDB, struct.pack("<BxxxI", 7, 1) + nest(1, nest(1, nla(
    1, struct.pack("<IBBH", 1, 1, 1, 10) + bytes((224, 0, 0, 1)) + bytes(12)
    + struct.pack(">H", 0x800) + bytes(2) + nla(1, u64(300))))) + nest(
    2, nla(1, u32(1) + nla(1, u64(100)) + nla(2, u8(2)))))
# RTM_GETNEXTHOP: groups, gateway, resilient group and bucket
send(0, RTM_GETNEXTHOP, struct.pack("<BBBxI", 2, 0, 4, 0) + nla(1, u32(7))
     + nla(2, struct.pack("<IBBH", 1, 2, 0, 0) * 2) + nla(3, u16(1))
     + nla(6, bytes((127, 0, 0, 1))) + nest(13, nla(1, u16(8)), nla(2, u64(300)))
     + nest(14, nla(1, u16(2)), nla(3, u32(1))))
# RTM_GETROUTE: addresses, metrics, multipath, cache info, via
send(0, RTM_GETROUTE, struct.pack("<BBBBBBBBI", 2, 8, 0, 0, 254, 4, 0, 1, 0)
     + nla(1, bytes((127, 0, 0, 0))) + nla(4, u32(1)) + nla(15, u32(254))
     + nest(8, nla(2, u32(1500)), nla(16, b"cubic\0"))
     + nla(9, struct.pack("<HBBi", 16, 1, 0, 1) + nla(5, bytes((127, 0, 0, 2)))
           + struct.pack("<HBBi", 8, 0, 1, 1))
     + nla(12, u32(1) * 8) + nla(18, u16(2) + bytes((127, 0, 0, 3))))
# RTM_GETNEIGH and RTM_GETADDR: addresses, cache info, flags
send(0, RTM_GETNEIGH, struct.pack("<BxxxiHBB", 2, 1, 2, 0, 1) + nla(1, bytes((127, 0, 0, 9)))
     + nla(3, u32(1) * 4) + nla(6, struct.pack(">H", 80)))
send(0, RTM_GETADDR, struct.pack("<BBBBI", 2, 8, 0x80, 254, 1) + nla(1, bytes((127, 0, 0, 1)))
     + nla(6, u32(0xFFFFFFFF) * 2 + u32(10) * 2) + nla(8, u32(0x80)))
# SOCK_DIAG answers: unix and netlink attributes
send(4, 20, struct.pack("<BBBxIII", 1, 1, 1, 5, 1, 0) + nla(1, b"\0abc") + nla(
    2, u32(0x801) + u32(12)) + nla(3, u32(6)) + nla(4, u32(1) * 3) + nla(5, u32(1) * 2)
    + nla(6, u32(9) * 9) + nla(7, u8(1)) + nla(8, u32(0)))
send(4, 20, struct.pack("<BBBBIIIIII", 16, 3, 0, 7, 1, 0, 0, 9, 1, 0) + nla(
    0, u32(1) * 9) + nla(1, u64(1) + u64(0)) + nla(2, u32(1) * 4) + nla(4, u32(5)))
# SOCK_DIAG answer of an inet socket: MD5 keys, ULP info (TLS, MPTCP), BPF storages,
# socket options (one with bytes beyond the structure), local addresses


def md5sig(family, prefixlen, key, addr):
    return struct.pack("<BBH16s80s", family, prefixlen, len(key), addr, key)


def storage(family, port, rest):
    return (struct.pack("<H", family) + struct.pack(">H", port) + rest).ljust(128, b"\0")


inet_diag_msg = struct.pack("<BBBB4x16s16sI8xIIIII", 2, 10, 0, 0, bytes((127, 0, 0, 1)) * 4,
                            bytes(16), 1, 0, 0, 0, 0, 0)
send(4, 20, inet_diag_msg
     + nla(18, md5sig(2, 32, b"k\0y", bytes((10, 0, 0, 1)) + bytes(12))
           + md5sig(10, 128, b"\xff" * 90, bytes.fromhex("fe80" + "00" * 13 + "01"))
           + md5sig(46, 0, b"", b"\xde\xad" * 8))
     + nest(19, nla(1, b"tls\0"), nest(2, nla(1, u16(0x0303)), nla(2, u16(51)), nla(3, u16(1)),
                                       nla(4, u16(9)), nla(6, b""), nla(9, u32(1))),
            nest(3, nla(1, u32(0xdead)), nla(4, u64(7)), nla(7, u16(5)), nla(8, u32(0x41)),
                 nla(9, u8(2)), nla(14, u8(1))))
     + nest(20, nest(1, nla(2, u32(7)), nla(3, u32(0xbeef)), nla(3, b"abcdefg")), nla(5, b"x"))
     + nla(22, u16(0x0a13)) + nla(22, u16(0) + b"\0\xff") + nla(22, u16(0xff00))
     + nla(12, storage(2, 80, bytes((127, 0, 0, 1))) + storage(10, 443, bytes(4) + bytes(15)
                                                               + b"\1" + u32(1))))
