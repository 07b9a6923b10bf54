"""NETLINK_ROUTE payloads: the message structure of each RTM_* type (ifinfomsg,
ifaddrmsg, rtmsg, ...) as data, then its attributes named from the type's table."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup
from .core import Call
from .fmt import hexaddr
from .inet import AF_INET6, family_name, ifindex, inet_field, port_text
from .nla_kinds import field_text
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
    "if_stats_msg": (12, (("family", "B", "af"), ("?pad1", "B", "x"), ("?pad2", "H", "x"),
                          ("ifindex", "I", "ifindex"),
                          ("filter_mask", "I", "bits:ifstats_attrs:1<<IFLA_STATS_???")),
                     ("ifstats_attrs", "IFLA_STATS_???")),
    "rtgenmsg": (1, (("rtgen_family", "B", "af"),), ("rtnl_nsid_attrs", "NETNSA_???")),
    "nhmsg": (8, (("nh_family", "B", "af"), ("nh_scope", "B", "xlat:routing_scopes"),
                  ("nh_protocol", "B", "xlat:routing_protocols:RTPROT_???"),
                  ("?resvd", "B", "x"),
                  ("nh_flags", "I", "flags:route_nexthop_flags:RTNH_F_???")),
              ("rtnl_nexthop_attrs", "NHA_???")),
}

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
        ("if_stats_msg", "RTM_NEWSTATS RTM_GETSTATS"),
        ("nhmsg", "RTM_NEWNEXTHOP RTM_DELNEXTHOP RTM_GETNEXTHOP")):
    for _t in _types.split():
        MESSAGES[_t] = _struct
AF_BRIDGE = 7


def route_payload(call: Call, t: int, addr: int, length: int) -> str | None:
    """The payload of a NETLINK_ROUTE message, or None for strace's generic printing."""
    if t == NLMSG_DONE:
        return None
    data = call.read(addr, 1)
    if data is None or len(data) < 1:
        return hexaddr(addr)
    family = data[0]
    name = xlat_lookup("nl_route_types", t)
    if name == "RTM_NEWCACHEREPORT":
        from .nla_specs import cachereport
        return cachereport(call, addr, length, family)
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
                    v = next(values)
                    if fname[0] == "?":          # a reserved field, shown when not zero
                        if not v:
                            continue
                        fname = fname[1:]
                    if how == "sockid":
                        parts.append("%s=%s" % (fname, sockid(v, family)))
                    else:
                        parts.append("%s=%s" % (fname, field_text(v, how)))
                decoded = True
        else:
            parts.append("...")
    text = "{" + ", ".join(parts) + "}"
    offset = (size + 3) & ~3
    if attrs and decoded and length > offset:
        text += ", " + nlattrs(call, addr + offset, length - offset, attribute_spec(*attrs),
                               {"family": family})
    return text


def attribute_spec(table: str, dflt: str) -> tuple:
    """The nlattrs spec of a message's attribute table (nla_specs.NESTS), or names only."""
    from .nla_specs import NESTS, nest_spec
    if table in NESTS:
        return nest_spec(table)
    return (table, dflt, {})
