"""NETLINK_ROUTE payloads: the message structure of each RTM_* type (ifinfomsg,
ifaddrmsg, rtmsg, ...) as data, then its attributes named from the type's table."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call
from .fmt import flag_set, flags, hexaddr, quote, styled, xlat_or
from .inet import AF_INET6, family_name, ifindex, inet_field, port_text
from .nlattr import hexstr, nlattrs

NLMSG_DONE = 3          # its payload is an int: netlink.payload prints it

# struct name -> (size, fields, attribute table and its unknown comment).  A field is
# (name, struct code, how it prints); the first is the family, printed even when the
# message is too short for the rest ("..."); unnamed fields are padding.
#   af, u, x, ifindex, xlat:TABLE[:DFLT], flags:TABLE:DFLT
STRUCTS = {
    "ifinfomsg": (16, (("ifi_family", "B", "af"), (None, "x", None),
                       ("ifi_type", "H", "xlat:arp_hardware_types:ARPHRD_???"),
                       ("ifi_index", "i", "ifindex"),
                       ("ifi_flags", "I", "flags:iffflags:IFF_???"), ("ifi_change", "I", "x")),
                  ("rtnl_link_attrs", "IFLA_???")),
    "ifaddrmsg": (8, (("ifa_family", "B", "af"), ("ifa_prefixlen", "B", "u"),
                      ("ifa_flags", "B", "flags:ifaddrflags:IFA_F_???"),
                      ("ifa_scope", "B", "xlat:routing_scopes"), ("ifa_index", "I", "ifindex")),
                  ("rtnl_addr_attrs", "IFA_???")),
    "rtmsg": (12, (("rtm_family", "B", "af"), ("rtm_dst_len", "B", "u"),
                   ("rtm_src_len", "B", "u"),
                   ("rtm_tos", "B", "flags:ip_type_of_services:IPTOS_TOS_???"),
                   ("rtm_table", "B", "xlat:routing_table_ids"),
                   ("rtm_protocol", "B", "xlat:routing_protocols:RTPROT_???"),
                   ("rtm_scope", "B", "xlat:routing_scopes"),
                   ("rtm_type", "B", "xlat:routing_types:RTN_???"),
                   ("rtm_flags", "I", "flags:routing_flags:RTM_F_???")),
              ("rtnl_route_attrs", "RTA_???")),
    "ndmsg": (12, (("ndm_family", "B", "af"), (None, "3x", None),
                   ("ndm_ifindex", "i", "ifindex"),
                   ("ndm_state", "H", "flags:neighbor_cache_entry_states:NUD_???"),
                   ("ndm_flags", "B", "flags:neighbor_cache_entry_flags:NTF_???"),
                   ("ndm_type", "B", "xlat:routing_types:RTN_???")),
              ("rtnl_neigh_attrs", "NDA_???")),
    "fib_rule_hdr": (12, (("family", "B", "af"), ("dst_len", "B", "u"), ("src_len", "B", "u"),
                          ("tos", "B", "flags:ip_type_of_services:IPTOS_TOS_???"),
                          ("table", "B", "xlat:routing_table_ids:RT_TABLE_???"),
                          (None, "2x", None),
                          ("action", "B", "xlat:fib_rule_actions:FR_ACT_???"),
                          ("flags", "I", "flags:fib_rule_flags:FIB_RULE_???")),
                     ("rtnl_rule_attrs", "FRA_???")),
    "tcmsg": (20, (("tcm_family", "B", "af"), (None, "3x", None),
                   ("tcm_ifindex", "i", "ifindex"), ("tcm_handle", "I", "u"),
                   ("tcm_parent", "I", "u"), ("tcm_info", "I", "u")),
              ("rtnl_tc_attrs", "TCA_???")),
    "tcamsg": (4, (("tca_family", "B", "af"),), ("rtnl_tc_action_attrs", "TCA_ACT_???")),
    "ndtmsg": (4, (("ndtm_family", "B", "af"),), ("rtnl_neightbl_attrs", "NDTA_???")),
    "ifaddrlblmsg": (12, (("ifal_family", "B", "af"), (None, "x", None),
                          ("ifal_prefixlen", "B", "u"), ("ifal_flags", "B", "u"),
                          ("ifal_index", "I", "ifindex"), ("ifal_seq", "I", "u")),
                     ("rtnl_addrlabel_attrs", "IFAL_???")),
    "dcbmsg": (4, (("dcb_family", "B", "af"), ("cmd", "B", "xlat:dcb_commands:DCB_CMD_???")),
               ("rtnl_dcb_attrs", "DCB_ATTR_???")),
    "netconfmsg": (1, (("ncm_family", "B", "af"),), ("rtnl_netconf_attrs", "NETCONFA_???")),
    "br_port_msg": (8, (("family", "B", "af"), (None, "3x", None),
                        ("ifindex", "I", "ifindex")),
                    ("rtnl_mdb_attrs", "MDBA_???")),
    "rtgenmsg": (1, (("rtgen_family", "B", "af"),), ("rtnl_nsid_attrs", "NETNSA_???")),
    "nhmsg": (8, (("nh_family", "B", "af"), ("nh_scope", "B", "xlat:routing_scopes"),
                  ("nh_protocol", "B", "xlat:routing_protocols:RTPROT_???"),
                  (None, "x", None),
                  ("nh_flags", "I", "flags:route_nexthop_flags:RTNH_F_???")),
              ("rtnl_nexthop_attrs", "NHA_???")),
}

# attribute name -> how its data prints (the others: hex); u8..u64, s32: a number,
# str: a NUL-terminated string, ifindex: an interface
ATTRIBUTES = {
    "rtnl_link_attrs": dict.fromkeys(
        "IFLA_MTU IFLA_LINK IFLA_MASTER IFLA_TXQLEN IFLA_WEIGHT IFLA_NET_NS_PID IFLA_NUM_VF "
        "IFLA_GROUP IFLA_PROMISCUITY IFLA_NUM_TX_QUEUES IFLA_NUM_RX_QUEUES "
        "IFLA_CARRIER_CHANGES IFLA_GSO_MAX_SEGS IFLA_GSO_MAX_SIZE IFLA_CARRIER_UP_COUNT "
        "IFLA_CARRIER_DOWN_COUNT IFLA_MIN_MTU IFLA_MAX_MTU IFLA_GRO_MAX_SIZE "
        "IFLA_TSO_MAX_SIZE IFLA_TSO_MAX_SEGS IFLA_ALLMULTI".split(), "u32") | dict.fromkeys(
        "IFLA_IFNAME IFLA_QDISC IFLA_IFALIAS IFLA_PHYS_PORT_NAME IFLA_ALT_IFNAME "
        "IFLA_PARENT_DEV_NAME IFLA_PARENT_DEV_BUS_NAME".split(), "str") | dict.fromkeys(
        "IFLA_OPERSTATE IFLA_LINKMODE IFLA_CARRIER IFLA_PROTO_DOWN".split(), "u8") | dict.fromkeys(
        "IFLA_LINK_NETNSID IFLA_NEW_NETNSID IFLA_IF_NETNSID".split(), "s32") | dict.fromkeys(
        "IFLA_ADDRESS IFLA_BROADCAST IFLA_PERM_ADDRESS".split(), "hwaddr") | {
        "IFLA_NEW_IFINDEX": "ifindex", "IFLA_EXT_MASK": "ext_mask",
        "IFLA_STATS": "link_stats", "IFLA_STATS64": "link_stats64"},
    "inet_diag_attrs": dict.fromkeys("INET_DIAG_SHUTDOWN INET_DIAG_TOS INET_DIAG_TCLASS "
                                     "INET_DIAG_PROTOCOL INET_DIAG_SKV6ONLY".split(), "u8")
    | {"INET_DIAG_MARK": "u32", "INET_DIAG_CLASS_ID": "u32", "INET_DIAG_CGROUP_ID": "u64"},
    "unix_diag_attrs": {"UNIX_DIAG_NAME": "str", "UNIX_DIAG_PEER": "u32",
                        "UNIX_DIAG_SHUTDOWN": "u8", "UNIX_DIAG_UID": "u32"},
    "rtnl_addr_attrs": {"IFA_LABEL": "str", "IFA_RT_PRIORITY": "u32",
                        "IFA_TARGET_NETNSID": "s32"},
    "rtnl_route_attrs": dict.fromkeys(
        "RTA_PRIORITY RTA_PROTOINFO RTA_FLOW RTA_MP_ALGO RTA_MARK RTA_UID".split(), "u32")
        | dict.fromkeys("RTA_PREF RTA_TTL_PROPAGATE RTA_IP_PROTO".split(), "u8")
        | {"RTA_IIF": "ifindex", "RTA_OIF": "ifindex", "RTA_EXPIRES": "u64",
           "RTA_SPORT": "u16", "RTA_DPORT": "u16"},
}
NUMBERS = {"u8": "<B", "u16": "<H", "u32": "<I", "u64": "<Q", "s32": "<i"}


def attribute_decoders(table: str) -> dict:
    """{attribute type: decoder} of a table, for netlink.nlattrs."""
    from ..abi import xlat_value
    out = {}
    for name, kind in ATTRIBUTES.get(table, {}).items():
        v = xlat_value(table, name)
        if v is not None:
            out[v] = DECODERS[kind]
    return out


def _number(layout: str):
    size = struct.calcsize(layout)

    def decode(call: Call, addr: int, length: int) -> str | None:
        if length < size:
            return None
        data = call.read(addr, size)
        if data is None or len(data) < size:
            return hexaddr(addr)
        return str(struct.unpack(layout, data)[0])
    return decode


def _ifindex(call: Call, addr: int, length: int) -> str | None:
    if length < 4:
        return None
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    return ifindex(struct.unpack("<I", data)[0])


def _str(call: Call, addr: int, length: int) -> str | None:
    limit = call.opts.max_strlen
    data = call.read(addr, min(length, limit + 1))
    if data is None:
        return hexaddr(addr)
    if len(data) == length and data.endswith(b"\0"):
        data = data[:-1]
        cut = False
    else:
        cut = True
    if len(data) > limit:
        data, cut = data[:limit], True
    return quote(data, call.opts.xflag) + ("..." if cut else "")


def _hwaddr(call: Call, addr: int, length: int) -> str | None:
    data = call.read(addr, length)
    if data is None or len(data) < length:
        return hexaddr(addr)
    return styled(quote(data, force_hex=True), ":".join("%02x" % b for b in data))


def _ext_mask(call: Call, addr: int, length: int) -> str | None:
    if length < 4:
        return None
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    v = struct.unpack("<I", data)[0]
    return field_text(v, "flags:rtnl_ifla_ext_filter_flags:RTEXT_FILTER_???")


LINK_STATS = ("rx_packets tx_packets rx_bytes tx_bytes rx_errors tx_errors rx_dropped "
              "tx_dropped multicast collisions rx_length_errors rx_over_errors rx_crc_errors "
              "rx_frame_errors rx_fifo_errors rx_missed_errors tx_aborted_errors "
              "tx_carrier_errors tx_fifo_errors tx_heartbeat_errors tx_window_errors "
              "rx_compressed tx_compressed rx_nohandler rx_otherhost_dropped").split()


def _stats(width: int, count: int):
    """struct rtnl_link_stats(64): the sizes strace accepts are the whole structure and
    the older ones without the last fields (23 fields, then rx_nohandler)."""
    code = "<" + ("I" if width == 4 else "Q")

    def decode(call: Call, addr: int, length: int) -> str | None:
        sizes = [width * n for n in (count, 24, 23) if n <= count]
        size = sizes[0] if length >= sizes[0] else (length if length in sizes else 0)
        if not size:
            return None
        data = call.read(addr, size)
        if data is None or len(data) < size:
            return hexaddr(addr)
        values = struct.unpack(code[0] + code[1] * (size // width), data)
        return "{" + ", ".join("%s=%d" % nv for nv in zip(LINK_STATS, values)) + "}"
    return decode


DECODERS = {kind: _number(layout) for kind, layout in NUMBERS.items()}
DECODERS.update(str=_str, ifindex=_ifindex, hwaddr=_hwaddr, ext_mask=_ext_mask,
                link_stats=_stats(4, 24), link_stats64=_stats(8, 25))

# message type -> structure
MESSAGES = {}
for _struct, _types in (
        ("ifinfomsg", "RTM_NEWLINK RTM_DELLINK RTM_GETLINK RTM_SETLINK"),
        ("ifaddrmsg", "RTM_NEWADDR RTM_DELADDR RTM_GETADDR RTM_GETMULTICAST RTM_GETANYCAST"),
        ("rtmsg", "RTM_NEWROUTE RTM_DELROUTE RTM_GETROUTE"),
        ("ndmsg", "RTM_NEWNEIGH RTM_DELNEIGH RTM_GETNEIGH"),
        ("fib_rule_hdr", "RTM_NEWRULE RTM_DELRULE RTM_GETRULE"),
        ("tcmsg", "RTM_NEWQDISC RTM_DELQDISC RTM_GETQDISC RTM_NEWTCLASS RTM_DELTCLASS "
                  "RTM_GETTCLASS RTM_NEWTFILTER RTM_DELTFILTER RTM_GETTFILTER RTM_NEWCHAIN "
                  "RTM_DELCHAIN RTM_GETCHAIN"),
        ("tcamsg", "RTM_NEWACTION RTM_DELACTION RTM_GETACTION"),
        ("ndtmsg", "RTM_NEWNEIGHTBL RTM_GETNEIGHTBL RTM_SETNEIGHTBL"),
        ("ifaddrlblmsg", "RTM_NEWADDRLABEL RTM_DELADDRLABEL RTM_GETADDRLABEL"),
        ("dcbmsg", "RTM_GETDCB RTM_SETDCB"),
        ("netconfmsg", "RTM_NEWNETCONF RTM_DELNETCONF RTM_GETNETCONF"),
        ("br_port_msg", "RTM_NEWMDB RTM_DELMDB RTM_GETMDB"),
        ("rtgenmsg", "RTM_NEWNSID RTM_DELNSID RTM_GETNSID"),
        ("nhmsg", "RTM_NEWNEXTHOP RTM_DELNEXTHOP RTM_GETNEXTHOP")):
    for _t in _types.split():
        MESSAGES[_t] = _struct
AF_BRIDGE = 7


def field_text(v, how: str) -> str:
    if how == "cookie":
        return "[%d, %d]" % struct.unpack("<II", v)
    if how.startswith("bits:"):          # a set of 1<<NAME bits of an enumeration
        _k, table, dflt = how.split(":")
        from ..abi import xlat_table
        out, rest = [], v
        for name, bit in xlat_table(table):
            if bit < 32 and rest & (1 << bit):
                out.append("1<<" + name)
                rest &= ~(1 << bit)
        return flag_set(v, out, rest, dflt)
    if how == "inet_ext":                # 1<<(INET_DIAG_x-1): the attributes asked for
        from ..abi import xlat_lookup as name_of
        out, rest = [], v
        for bit in range(8):
            name = name_of("inet_diag_attrs", bit + 1)
            if rest & (1 << bit) and name:
                out.append("1<<(%s-1)" % name)
                rest &= ~(1 << bit)
        return flag_set(v, out, rest, "1<<INET_DIAG_???-1")
    if how == "ndiag_proto":
        return "NDIAG_PROTO_ALL" if v == 255 else field_text(
            v, "xlat:netlink_protocols:NETLINK_???")
    if how == "af":
        return family_name(v)
    if how == "u":
        return str(v)
    if how == "x":
        return "%#x" % v if v else "0"
    if how == "ifindex":
        return ifindex(v)
    kind, table, *dflt = how.split(":")
    if kind == "xlat":
        return xlat_or(v, table, dflt[0] if dflt else None)
    return flags(v, table, dflt=dflt[0] if dflt else None)


def route_payload(call: Call, t: int, addr: int, length: int) -> str | None:
    """The payload of a NETLINK_ROUTE message, or None for strace's generic printing."""
    if t == NLMSG_DONE:
        return None
    data = call.read(addr, 1)
    if data is None or len(data) < 1:
        return hexaddr(addr)
    family = data[0]
    name = xlat_lookup("nl_route_types", t)
    sname = MESSAGES.get(name)
    if name == "RTM_GETNEIGH" and family == AF_BRIDGE:
        sname = "ifinfomsg"
    if sname is None:
        text = "{family=%s" % family_name(family)
        if length > 1:
            text += ", data=%s" % hexstr(call, addr + 1, length - 1)
        return text + "}"
    return struct_message(call, addr, length, family, STRUCTS[sname])


def sockid(raw: bytes, family: int) -> str:
    """struct inet_diag_sockid: ports in network order, addresses of the family."""
    family = AF_INET6 if family == AF_INET6 else 2
    src = inet_field("idiag_src", family, raw[4:20])
    dst = inet_field("idiag_dst", family, raw[20:36])
    idx, c0, c1 = struct.unpack_from("<III", raw, 36)
    return "{idiag_sport=%s, idiag_dport=%s, %s, %s, idiag_if=%s, idiag_cookie=[%d, %d]}" % (
        port_text(raw[0:2]), port_text(raw[2:4]), src, dst, ifindex(idx), c0, c1)


def struct_message(call: Call, addr: int, length: int, family: int, spec) -> str:
    """A message structure whose first byte (the family) is already read: the family,
    then the rest when the message holds all of it ("..." otherwise), then its
    attributes (spec: size, fields, attribute table or None)."""
    size, fields, attrs = spec
    parts = ["%s=%s" % (fields[0][0], field_text(family, fields[0][2]))]
    decoded = len(fields) == 1
    if len(fields) > 1:
        if length >= size:
            data = call.read(addr, size)
            if data is None or len(data) < size:
                parts.append(hexaddr(addr + 1))
            else:
                layout = "<" + "".join(code for _n, code, _h in fields)
                values = iter(struct.unpack_from(layout, data))
                next(values)
                for fname, _code, how in fields[1:]:
                    if fname is None:
                        continue
                    if how == "sockid":
                        parts.append("%s=%s" % (fname, sockid(next(values), family)))
                    else:
                        parts.append("%s=%s" % (fname, field_text(next(values), how)))
                decoded = True
        else:
            parts.append("...")
    text = "{" + ", ".join(parts) + "}"
    offset = (size + 3) & ~3
    if attrs and decoded and length > offset:
        text += ", " + nlattrs(call, addr + offset, length - offset,
                               (attrs[0], attrs[1], attribute_decoders(attrs[0])))
    return text
