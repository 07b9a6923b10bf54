"""Internet and interface names shared by the socket decoders: address families,
addresses as text, interface indexes (if_nametoindex("lo"))."""
from __future__ import annotations

import struct

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


SOCKADDR_STORAGE_SIZE = 128
