"""Internet and interface names shared by the socket decoders: address families,
addresses as text, interface indexes (if_nametoindex("lo"))."""
from __future__ import annotations

from ..abi import xlat_lookup

AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET = 1, 2, 10, 16, 17


def family_name(f: int) -> str:
    return xlat_lookup("address_families", f) or "%#x /* AF_??? */" % f


def inet_ntop(family: int, raw: bytes) -> str:
    """Addresses as text; the socket module is imported only when one is printed."""
    import socket
    return socket.inet_ntop(socket.AF_INET if family == AF_INET else socket.AF_INET6, raw)


def ifindex(idx: int) -> str:
    """if_nametoindex("lo") for an interface of this machine, else the number."""
    import socket
    try:
        return 'if_nametoindex("%s")' % socket.if_indextoname(idx)
    except OSError:
        return str(idx)
