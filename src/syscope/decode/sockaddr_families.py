"""Socket addresses as strace's print_sockaddr prints them: unix, inet, inet6 and
netlink here, the other families from a table: per family, the structure view that
prints what follows sa_family (decode/struct_views.py, layouts measured from the
machine's headers) and the shortest address strace decodes; a shorter one prints as
sa_data.  The value printers below are the views' field kinds of their own."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call
from .fmt import abbreviated, quote, signed, styled, xlat_or
from .inet import (AF_INET, AF_INET6, AF_NETLINK, AF_UNIX, SOCKADDR_STORAGE_SIZE,
                   family_name, ifindex, inet_field, mac, net_number, port_text)
from .structs import layout, size_of, struct_text, zero_padded_hex

SOCKADDR_UN_SIZE = 110
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
    the families of the table need the call (its options, -y)."""
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
        view = family_view(xlat_lookup("address_families", fam), addrlen)
        if view is not None:
            return "{%s, %s}" % (head, family_fields(call, view, data[:addrlen], addrlen))
    return "{%s, sa_data=%s}" % (head, quote(data[2:addrlen]))


# family: (view, how much longer than the view's structure an address must be)
FAMILIES = {
    "AF_PACKET": ("sockaddr_ll", 0),
    "AF_AX25": ("sockaddr_ax25", 0),
    "AF_IPX": ("sockaddr_ipx", 0),
    "AF_X25": ("sockaddr_x25", 0),
    "AF_RXRPC": ("sockaddr_rxrpc", 0),
    "AF_ALG": ("sockaddr_alg_new", 1),     # at least one byte of salg_name
    "AF_IEEE802154": ("sockaddr_ieee802154", 0),
    "AF_NFC": ("sockaddr_nfc", 0),
    "AF_VSOCK": ("sockaddr_vm", 0),
    "AF_QIPCRTR": ("sockaddr_qrtr", 0),
    "AF_XDP": ("sockaddr_xdp", 0),
    "AF_MCTP": ("sockaddr_mctp", 0),
}
# where a view that depends on the address's length continues
LONGER = {"sockaddr_nfc": "sockaddr_nfc_llcp"}


def family_view(family: str | None, addrlen: int) -> str | None:
    """The view of an address of that family and length, or None (sa_data)."""
    entry = FAMILIES.get(family)
    if entry is None or addrlen < size_of(entry[0]) + entry[1]:
        return None
    return entry[0]


def family_fields(call: Call, view: str, data: bytes, addrlen: int) -> str:
    """The fields after sa_family, as strace prints them; data holds addrlen bytes of
    the address and zeros after them."""
    if view == "sockaddr_ax25":
        return ax25_fields(call, data, addrlen)
    longer = LONGER.get(view)
    if longer is not None:
        if addrlen >= size_of(longer):
            return struct_text(call, data, longer)[1:-1]
        text = struct_text(call, data, view)[1:-1]
        return text + ", ..." if addrlen > size_of(view) else text
    text = struct_text(call, data, view)[1:-1]
    if view == "sockaddr_alg_new":
        text += ", salg_name=" + c_string(call, data[size_of(view):addrlen])
    return text


def c_string(call: Call, raw: bytes) -> str:
    """A char array that should end with its NUL: up to the NUL, "..." when there is
    none (strace's QUOTE_0_TERMINATED | QUOTE_EXPECT_TRAILING_0)."""
    if b"\0" in raw:
        return quote(raw, call.opts.xflag, zero_terminated=True)
    return quote(raw[:-1], call.opts.xflag) + "..."


# -- value printers of the views (value -> text) -----------------------------------

def port(v: int) -> str:
    """A port in network byte order: htons(80)."""
    return port_text(v.to_bytes(2, "little"))


def htonl_x(v: int) -> str:
    """A 32-bit number in network byte order, in hex: htonl(0xfacefeed)."""
    n = int.from_bytes(v.to_bytes(4, "little"), "big")
    return "htonl(%s)" % ("%#x" % n if n else "0")


def sll_protocol(v: int) -> str:
    """AF_PACKET's protocol: htons(ETH_P_ALL), its bytes in hex under -X raw."""
    raw = v.to_bytes(2, "little")
    name = abbreviated(xlat_or, int.from_bytes(raw, "big"), "ethernet_protocols", "ETH_P_???")
    return styled(quote(raw, force_hex=True), "htons(%s)" % name)


# -- fields that depend on others or on the address's length (call, data -> text) ----

def sll_addr(call: Call, data: bytes) -> str | None:
    """sll_halen bytes of hardware address, "..." where the address ends first."""
    fields = layout("sockaddr_ll")[1]
    hoff = fields["sll_halen"][0]
    halen = data[hoff]
    if not halen:
        return None
    start = fields["sll_addr"][0]
    items = []
    for i in range(halen):
        if start + i >= len(data):
            items.append("...")
            break
        items.append(zero_padded_hex(data[start + i], 1))
    return "sll_addr=[" + ", ".join(items) + "]"


# -- AX.25 ---------------------------------------------------------------------------

def ax25_fields(call: Call, data: bytes, addrlen: int) -> str:
    """sockaddr_ax25, or full_sockaddr_ax25 with its digipeaters when it names some or
    the address is longer: as many as both the address and sax25_ndigis hold, "..."
    where either goes on."""
    base = struct_text(call, data, "sockaddr_ax25")
    fields = layout("sockaddr_ax25")[1]
    off, size, _s, _c = fields["sax25_ndigis"]
    ndigis = int.from_bytes(data[off:off + size], "little", signed=True)
    small = size_of("sockaddr_ax25")
    if not ndigis and addrlen <= small:
        return base[1:-1]
    doff, dsize, _s, count = layout("full_sockaddr_ax25")[1]["fsa_digipeater"]
    esize = dsize // count
    has = min((addrlen - small) // esize, count)
    want = min(max(ndigis, 0), count)
    out = ["fsa_ax25=" + base]
    if want:
        items = [ax25_address(call, data[doff + i * esize:doff + (i + 1) * esize])
                 for i in range(min(has, want))]
        if want > has:
            items.append("...")
        out.append("fsa_digipeater=[" + ", ".join(items) + "]")
    if addrlen > has * esize + small:
        out.append("...")
    return ", ".join(out)


def ax25_call(call: Call, raw: bytes) -> str:
    return "sax25_call=" + ax25_address(call, raw)


def ax25_address(call: Call, raw: bytes) -> str:
    """An AX.25 callsign: VALID-13; its bytes as well where they are not a sane callsign
    (shifted upper-case letters and digits, then spaces), only its bytes where they
    cannot be printed (strace's print_ax25_addr)."""
    from .fmt import ABBREV, RAW, VERBOSE, xlat_style
    style = ax25_style(raw) or xlat_style()
    text = [] if style == ABBREV else ["{ax25_call=%s}" % quote(raw, force_hex=True)]
    if style != RAW:
        name = ax25_text(raw)
        text.append("/* %s */" % name if style == VERBOSE else name)
    return " ".join(text)


def ax25_style(raw: bytes) -> str | None:
    """RAW, VERBOSE, or None (as -X says) for a callsign's bytes."""
    from .fmt import RAW, VERBOSE
    style = None
    space_seen = char_seen = False
    for b in raw[:-1]:
        if b & 1:
            style = VERBOSE
        c = b >> 1
        if c == 0x20:
            space_seen = True
        else:
            char_seen = True
        ch = chr(c)
        if not (ch.isdigit() or "A" <= ch <= "Z" or ch == " ") or (ch != " " and space_seen):
            style = VERBOSE
        if c < 0x20 or c > 0x7E or ch in "*/":
            return RAW
    if raw[-1] & ~0x1E or (not char_seen and raw[-1]):
        style = VERBOSE
    return style


def ax25_text(raw: bytes) -> str:
    """The callsign without its trailing spaces, a dash and its SSID; "*" for none."""
    chars = [b >> 1 for b in raw[:-1]]
    while chars and chars[-1] == 0x20:
        chars.pop()
    text = "".join(map(chr, chars)) + "-%d" % ((raw[-1] >> 1) & 0xF)
    return "*" if text == "-0" else text


def ieee802154_addr(call: Call, data: bytes) -> str | None:
    """The union after pan_id: a short address, a hardware one (also for an unknown
    type), or nothing for IEEE802154_ADDR_NONE."""
    from ..abi import xlat_value
    from .fmt import verbose_unless_raw
    fields = layout("ieee802154_addr_sa")[1]
    off, size, _s, _c = fields["addr_type"]
    kind = int.from_bytes(data[off:off + size], "little", signed=True)
    if kind == xlat_value("ieee802154_addr_types", "IEEE802154_ADDR_NONE"):
        return None
    if kind == xlat_value("ieee802154_addr_types", "IEEE802154_ADDR_SHORT"):
        off, size, _s, _c = fields["short_addr"]
        return "short_addr=" + verbose_unless_raw(
            xlat_or, int.from_bytes(data[off:off + size], "little"), "ieee802154_addrs", None)
    off = fields["short_addr"][0]           # the union's start: hwaddr[8]
    return "hwaddr=" + mac(data[off:layout("ieee802154_addr_sa")[0]][:8])


def xdp_umem_fd(call: Call, data: bytes) -> str | None:
    """The descriptor of the shared UMEM with XDP_SHARED_UMEM; otherwise in hex, when
    it is not 0."""
    from ..abi import xlat_value
    fields = layout("sockaddr_xdp")[1]
    off, size, _s, _c = fields["sxdp_flags"]
    flags = int.from_bytes(data[off:off + size], "little")
    off, size, _s, _c = fields["sxdp_shared_umem_fd"]
    fd = int.from_bytes(data[off:off + size], "little")
    if flags & xlat_value("xdp_sockaddr_flags", "XDP_SHARED_UMEM"):
        return "sxdp_shared_umem_fd=" + call.fd(fd)
    return "sxdp_shared_umem_fd=%#x" % fd if fd else None


def rxrpc_transport(call: Call, data: bytes) -> str:
    """RxRPC's transport address: an AF_INET or AF_INET6 one decoded when transport_len
    covers it, any other family with its bytes (as far as the address and
    transport_len go)."""
    fields = layout("sockaddr_rxrpc")[1]
    off, size, _s, _c = fields["transport_len"]
    declared = int.from_bytes(data[off:off + size], "little")
    start = fields["transport"][0]
    length = min(declared, len(data) - start)
    rest = data[start + 2:start + max(2, length)]
    family = int.from_bytes(data[start:start + 2], "little")
    transport = data[start:]
    head = "family=" + family_name(family)
    if family == AF_INET:
        inner = "sin_" + head
        if declared >= SOCKADDR_IN_SIZE:
            inner += ", " + in_fields(transport)
        elif rest:
            inner += ", " + quote(rest, call.opts.xflag)
        return "transport={sin={%s}}" % inner
    if family == AF_INET6:
        inner = "sin6_" + head
        if declared >= SIN6_MIN_LEN:
            inner += ", " + in6_fields(transport, length)
        elif rest:
            inner += ", " + quote(rest, call.opts.xflag)
        return "transport={sin6={%s}}" % inner
    return "transport={%s}" % (head + (", " + quote(rest, call.opts.xflag) if rest else ""))
