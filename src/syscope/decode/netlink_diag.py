"""NETLINK_SOCK_DIAG payloads: the request and answer structures of each socket family
as data (printed like the route messages), the families without them as family+data."""
from __future__ import annotations

from ..abi import xlat_value
from .core import Call

COOKIE = ("cookie", "8s", "cookie")
# family -> (request, answer): (size, fields, attributes) as netlink_route.STRUCTS
DIAG_STRUCTS = {
    1: ((24, (("sdiag_family", "B", "af"), ("sdiag_protocol", "B", "u"), (None, "2x", None),
              ("udiag_states", "I", "bits:tcp_states:1<<TCP_???"), ("udiag_ino", "I", "u"),
              ("udiag_show", "I", "flags:unix_diag_show:UDIAG_SHOW_???"),
              ("udiag_cookie",) + COOKIE[1:]), None),
        (16, (("udiag_family", "B", "af"), ("udiag_type", "B", "xlat:socket_types:SOCK_???"),
              ("udiag_state", "B", "xlat:tcp_states:TCP_???"), (None, "x", None),
              ("udiag_ino", "I", "u"), ("udiag_cookie",) + COOKIE[1:]),
         ("unix_diag_attrs", "UNIX_DIAG_???"))),
    16: ((20, (("sdiag_family", "B", "af"), ("sdiag_protocol", "B", "ndiag_proto"),
               (None, "2x", None), ("ndiag_ino", "I", "u"),
               ("ndiag_show", "I", "flags:netlink_diag_show:NDIAG_SHOW_???"),
               ("ndiag_cookie",) + COOKIE[1:]), None),
         (28, (("ndiag_family", "B", "af"), ("ndiag_type", "B", "xlat:socket_types:SOCK_???"),
               ("ndiag_protocol", "B", "xlat:netlink_protocols:NETLINK_???"),
               ("ndiag_state", "B", "xlat:netlink_states:NETLINK_???"),
               ("ndiag_portid", "I", "u"), ("ndiag_dst_portid", "I", "u"),
               ("ndiag_dst_group", "I", "u"), ("ndiag_ino", "I", "u"),
               ("ndiag_cookie",) + COOKIE[1:]),
          ("netlink_diag_attrs", "NETLINK_DIAG_???"))),
    17: ((20, (("sdiag_family", "B", "af"), ("sdiag_protocol", "B", "x"), (None, "2x", None),
               ("pdiag_ino", "I", "u"),
               ("pdiag_show", "I", "flags:packet_diag_show:PACKET_SHOW_???"),
               ("pdiag_cookie",) + COOKIE[1:]), None),
         (16, (("pdiag_family", "B", "af"), ("pdiag_type", "B", "xlat:socket_types:SOCK_???"),
               ("pdiag_num", "H", "xlat:ethernet_protocols:ETH_P_???"),
               ("pdiag_ino", "I", "u"), ("pdiag_cookie",) + COOKIE[1:]),
          ("packet_diag_attrs", "PACKET_DIAG_???"))),
}
INET_REQ_V2 = (56, (("sdiag_family", "B", "af"),
                    ("sdiag_protocol", "B", "xlat:ip_protocols:IPPROTO_???"),
                    ("idiag_ext", "B", "inet_ext"), (None, "x", None),
                    ("idiag_states", "I", "bits:tcp_states:1<<TCP_???"),
                    ("id", "48s", "sockid")),
               ("inet_diag_req_attrs", "INET_DIAG_REQ_???"))
INET_MSG = (72, (("idiag_family", "B", "af"), ("idiag_state", "B", "xlat:tcp_states:TCP_???"),
                 ("idiag_timer", "B", "u"), ("idiag_retrans", "B", "u"), ("id", "48s", "sockid"),
                 ("idiag_expires", "I", "u"), ("idiag_rqueue", "I", "u"),
                 ("idiag_wqueue", "I", "u"), ("idiag_uid", "I", "u"), ("idiag_inode", "I", "u")),
            ("inet_diag_attrs", "INET_DIAG_???"))
DIAG_STRUCTS[2] = DIAG_STRUCTS[10] = (INET_REQ_V2, INET_MSG)
# AF_SMC: its socket id is an AF_INET one (sockid prints any family but AF_INET6 so)
DIAG_STRUCTS[xlat_value("address_families", "AF_SMC")] = (
    (52, (("diag_family", "B", "af"), (None, "2x", None),
          ("diag_ext", "B", "ext:smc_diag_ext_attrs:1<<SMC_DIAG_???-1"),
          ("id", "48s", "sockid")), None),
    (64, (("diag_family", "B", "af"), ("diag_state", "B", "xlat:smc_states:SMC_???"),
          ("diag_fallback", "B", "xlat:smc_diag_mode:SMC_DIAG_MODE_???"),
          ("diag_shutdown", "B", "u"), ("id", "48s", "sockid"), ("diag_uid", "I", "u"),
          ("diag_inode", "Q", "u")),
     ("smc_diag_attrs", "SMC_DIAG_???")))
# the request of TCPDIAG_GETSOCK and DCCPDIAG_GETSOCK, struct inet_diag_req
INET_REQ_COMPAT = (60, (("idiag_family", "B", "af"), ("idiag_src_len", "B", "u"),
                        ("idiag_dst_len", "B", "u"), ("idiag_ext", "B", "inet_ext"),
                        ("id", "48s", "sockid"),
                        ("idiag_states", "I", "bits:tcp_states:1<<TCP_???"),
                        ("idiag_dbs", "I", "u")),
                   ("inet_diag_req_attrs", "INET_DIAG_REQ_???"))
# the older requests of these message types have a structure of their own
COMPAT_TYPES = ("TCPDIAG_GETSOCK", "DCCPDIAG_GETSOCK")
NLM_F_REQUEST = 1


def diag_payload(call: Call, t: int, flags: int, family: int, addr: int,
                 length: int) -> str | None:
    """The structure of a family this module knows, or None."""
    pair = DIAG_STRUCTS.get(family)
    if pair is None or length <= 1:
        return None
    from ..abi import xlat_lookup
    from .netlink_route import struct_message
    if flags & NLM_F_REQUEST and xlat_lookup("nl_sock_diag_types", t) in COMPAT_TYPES:
        if family not in (2, 10):
            return None
        return struct_message(call, addr, length, family, INET_REQ_COMPAT)
    return struct_message(call, addr, length, family, pair[0 if flags & NLM_F_REQUEST else 1])

