"""Internet and interface names shared by the socket decoders: address families,
addresses as text, interface indexes (if_nametoindex("lo"))."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .fmt import number, quote, signed, styled, xlat_or, xlat_style

AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET = 1, 2, 10, 16, 17


def family_name(f: int) -> str:
    return xlat_or(f, "address_families", "AF_???")


def inet_ntop(family: int, raw: bytes) -> str:
    """Addresses as text; the socket module is imported only when one is printed."""
    import socket
    return socket.inet_ntop(socket.AF_INET if family == AF_INET else socket.AF_INET6, raw)


def ifindex(idx: int) -> str:
    """if_nametoindex("lo") for an interface of this machine, else the number."""
    import socket
    try:
        name = 'if_nametoindex("%s")' % socket.if_indextoname(idx)
    except OSError:
        name = None
    return styled(number(idx, "u"), name)


def mac(data: bytes, shown: int | None = None) -> str:
    """A hardware address: ab:cd:..., its bytes in hex under -X raw (print_hwaddr);
    shown: how many of its bytes the address has."""
    return styled(quote(data, force_hex=True), _mac_text(data[:shown]))


_last_mac = [""]


def _mac_text(data: bytes) -> str:
    """ab:cd:...; strace formats into one static buffer that an empty address leaves
    as it was, so an empty address repeats the previous one."""
    if data:
        _last_mac[0] = ":".join("%02x" % b for b in data)
    return _last_mac[0]


def net_number(raw: bytes, text: str) -> str:
    """A number in network byte order (a port, a flow label): its bytes in hex under
    -X raw, htons(80) as strace abbreviates it."""
    return styled(quote(raw, force_hex=True), text)


def port_text(raw: bytes) -> str:
    """A port: htons(80)."""
    return net_number(raw, "htons(%d)" % (raw[0] << 8 | raw[1]))


def inet_value(family: int, raw: bytes) -> str:
    """An address alone: inet_addr("127.0.0.1"), inet_pton(AF_INET6, "::1"); its bytes in
    hex under -X raw, both under -X verbose."""
    addr = inet_ntop(family, raw)
    text = 'inet_addr("%s")' % addr if family == AF_INET else 'inet_pton(AF_INET6, "%s")' % addr
    return styled(quote(raw, force_hex=True), text)


def inet_field(field: str, family: int, raw: bytes) -> str:
    """An address field: sin_addr=inet_addr("127.0.0.1") and inet_pton(AF_INET6, "::1",
    &sin6_addr) abbreviated; the bytes of the whole field in hex (raw), with the call in
    a comment, without its third argument (verbose)."""
    addr = inet_ntop(family, raw[:4] if family == AF_INET else raw[:16])
    if family == AF_INET:
        return "%s=%s" % (field, styled(quote(raw, force_hex=True), 'inet_addr("%s")' % addr))
    if xlat_style() == "abbrev":
        return 'inet_pton(AF_INET6, "%s", &%s)' % (addr, field)
    return "%s=%s" % (field, styled(quote(raw, force_hex=True),
                                    'inet_pton(AF_INET6, "%s")' % addr))


SOCKADDR_STORAGE_SIZE, SOCKADDR_UN_SIZE = 128, 110
SOCKADDR_IN_SIZE, SOCKADDR_NL_SIZE = 16, 12
SIN6_MIN_LEN = 24            # up to sin6_scope_id, which older peers leave out
# the shortest address strace decodes per family; shorter ones print as sa_data
MIN_LEN = {AF_UNIX: 3, AF_INET: SOCKADDR_IN_SIZE, AF_INET6: SIN6_MIN_LEN,
           AF_NETLINK: SOCKADDR_NL_SIZE}


def in_fields(data: bytes) -> str:
    return "sin_port=%s, %s" % (port_text(data[2:4]), inet_field("sin_addr", AF_INET, data[4:8]))


def in6_fields(data: bytes, addrlen: int) -> str:
    flow = struct.unpack_from(">I", data, 4)[0]
    s = "sin6_port=%s, sin6_flowinfo=%s, %s" % (
        port_text(data[2:4]), net_number(data[4:8], "htonl(%d)" % flow),
        inet_field("sin6_addr", AF_INET6, data[8:24]))
    if addrlen > SIN6_MIN_LEN:
        scope = struct.unpack_from("<I", data, 24)[0]
        # a link-local address (fe80::/10, ff02::/16 and the like) names its interface
        link_local = (data[8] == 0xFE and data[9] & 0xC0 == 0x80) or \
            (data[8] == 0xFF and data[9] & 0x0F == 0x2)
        s += ", sin6_scope_id=%s" % (ifindex(scope) if link_local else scope)
    return s


def format_sockaddr_bytes(data: bytes, addrlen: int, pid_fmt=None, call=None) -> str:
    """strace's print_sockaddr of addrlen bytes (data may hold fewer: zeros follow);
    the families of decode/sockaddr_families.py need the call (its options, -y)."""
    if len(data) < 2:
        return "{sa_family=AF_UNSPEC}" if not data else "{}"
    fam = struct.unpack_from("<H", data)[0]
    head = "sa_family=" + family_name(fam)
    if addrlen <= 2:
        return "{" + head + "}"
    data = data[:addrlen].ljust(max(addrlen, SOCKADDR_STORAGE_SIZE) + 1, b"\0")
    if addrlen < MIN_LEN.get(fam, 0):
        return "{%s, sa_data=%s}" % (head, quote(data[2:addrlen]))
    if fam == AF_UNIX:
        path = data[2:min(addrlen, SOCKADDR_UN_SIZE) + 1]
        if path[0] == 0:
            return "{%s, sun_path=@%s}" % (head, quote(path[1:-1]))
        return "{%s, sun_path=%s}" % (head, quote(path[:-1], zero_terminated=True))
    if fam == AF_INET:
        return "{%s, %s}" % (head, in_fields(data))
    if fam == AF_INET6:
        return "{%s, %s}" % (head, in6_fields(data, addrlen))
    if fam == AF_NETLINK:
        pad = struct.unpack_from("<H", data, 2)[0]
        pid, groups = struct.unpack_from("<II", data, 4)
        pad_text = "nl_pad=%#x, " % pad if pad else ""
        return "{%s, %snl_pid=%s, nl_groups=%s}" % (
            head, pad_text, pid_fmt(pid) if pid_fmt else signed(pid, 32),
            "%#010x" % groups if groups else "00000000")
    if call is not None:
        from .sockaddr_families import family_fields, family_view
        view = family_view(xlat_lookup("address_families", fam), addrlen)
        if view is not None:
            return "{%s, %s}" % (head, family_fields(call, view, data[:addrlen], addrlen))
    return "{%s, sa_data=%s}" % (head, quote(data[2:addrlen]))
