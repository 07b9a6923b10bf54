"""Netlink messages in socket buffers (sendto, recvfrom, sendmsg, recvmsg): nlmsghdr
arrays with the message types and flags of each netlink protocol, error and done
messages, and the payloads strace decodes, as strace 6.1 prints them.

The buffer of a call on a netlink socket prints as
[{nlmsg_len=.., nlmsg_type=.., nlmsg_flags=.., nlmsg_seq=.., nlmsg_pid=..}, payload].
"""
from __future__ import annotations

import os
import struct
from functools import lru_cache

from ..abi import xlat_lookup
from .core import Call
from .fmt import errno, flags, hexaddr, named, ptr, quote, xlat_or
from .inet import family_name
from .nlattr import hexstr, nlattrs

NLMSG_HDRLEN = 16
NLMSG_ERROR, NLMSG_DONE, NLMSG_MIN_TYPE = 2, 3, 0x10
NLM_F_CAPPED = 0x100
NLMSGHDR = struct.Struct("<IHHII")

# protocol numbers (linux/netlink.h)
NETLINK_ROUTE, NETLINK_SOCK_DIAG, NETLINK_XFRM, NETLINK_SELINUX = 0, 4, 6, 7
NETLINK_AUDIT, NETLINK_NETFILTER, NETLINK_KOBJECT_UEVENT, NETLINK_GENERIC = 9, 12, 15, 16
NETLINK_CRYPTO = 21

# protocol -> (message type table, what an unknown type's comment says)
MSG_TYPES = {
    NETLINK_AUDIT: ("nl_audit_types", "AUDIT_???"),
    NETLINK_ROUTE: ("nl_route_types", "RTM_???"),
    NETLINK_SELINUX: ("nl_selinux_types", "SELNL_MSG_???"),
    NETLINK_SOCK_DIAG: ("nl_sock_diag_types", "SOCK_DIAG_???"),
    NETLINK_XFRM: ("nl_xfrm_types", "XFRM_MSG_???"),
    NETLINK_NETFILTER: ("nl_netfilter_subsys_ids", "NFNL_SUBSYS_???"),
    NETLINK_GENERIC: (None, "GENERIC_FAMILY_???"),
}

# netfilter subsystem -> (its message types, the unknown comment)
NF_MSG_TYPES = {
    1: ("nf_ctnetlink_msg_types", "IPCTNL_MSG_CT_???"),
    2: ("nf_ctnetlink_exp_msg_types", "IPCTNL_MSG_EXP_???"),
    3: ("nf_queue_msg_types", "NFQNL_MSG_???"), 4: ("nf_ulog_msg_types", "NFULNL_MSG_???"),
    5: ("nf_osf_msg_types", "OSF_MSG_???"), 6: ("nf_ipset_msg_types", "IPSET_CMD_???"),
    7: ("nf_acct_msg_types", "NFNL_MSG_ACCT_???"),
    8: ("nf_cttimeout_msg_types", "IPCTNL_MSG_TIMEOUT_???"),
    9: ("nf_cthelper_msg_types", "NFNL_MSG_CTHELPER_???"),
    10: ("nf_nftables_msg_types", "NFT_MSG_???"),
    11: ("nf_nft_compat_msg_types", "NFNL_MSG_COMPAT_???"),
    12: ("nf_hook_msg_types", "NFT_MSG_HOOK_???"),
}

# The message types whose flags are those of a new / delete / get request.
XFRM_FLAGS = {
    "netlink_new_flags": "XFRM_MSG_NEWSA XFRM_MSG_NEWPOLICY XFRM_MSG_NEWAE XFRM_MSG_NEWSADINFO "
                         "XFRM_MSG_NEWSPDINFO",
    "netlink_delete_flags": "XFRM_MSG_DELSA XFRM_MSG_DELPOLICY",
    "netlink_get_flags": "XFRM_MSG_GETSA XFRM_MSG_GETPOLICY XFRM_MSG_GETAE "
                         "XFRM_MSG_GETSADINFO XFRM_MSG_GETSPDINFO",
}
NF_FLAGS = {
    "netlink_new_flags": "IPCTNL_MSG_CT_NEW IPCTNL_MSG_EXP_NEW NFNL_MSG_ACCT_NEW "
                         "IPCTNL_MSG_TIMEOUT_NEW NFNL_MSG_CTHELPER_NEW NFT_MSG_NEWTABLE "
                         "NFT_MSG_NEWCHAIN NFT_MSG_NEWRULE NFT_MSG_NEWSET NFT_MSG_NEWSETELEM "
                         "NFT_MSG_NEWGEN NFT_MSG_NEWOBJ NFT_MSG_NEWFLOWTABLE",
    "netlink_get_flags": "IPCTNL_MSG_CT_GET IPCTNL_MSG_CT_GET_CTRZERO IPCTNL_MSG_CT_GET_STATS_CPU "
                         "IPCTNL_MSG_CT_GET_STATS IPCTNL_MSG_CT_GET_DYING "
                         "IPCTNL_MSG_CT_GET_UNCONFIRMED IPCTNL_MSG_EXP_GET "
                         "IPCTNL_MSG_EXP_GET_STATS_CPU NFNL_MSG_ACCT_GET "
                         "NFNL_MSG_ACCT_GET_CTRZERO IPCTNL_MSG_TIMEOUT_GET "
                         "NFNL_MSG_CTHELPER_GET NFT_MSG_GETTABLE NFT_MSG_GETCHAIN "
                         "NFT_MSG_GETRULE NFT_MSG_GETSET NFT_MSG_GETSETELEM NFT_MSG_GETGEN "
                         "NFT_MSG_GETOBJ NFT_MSG_GETOBJ_RESET NFT_MSG_GETFLOWTABLE "
                         "NFNL_MSG_COMPAT_GET NFNL_MSG_HOOK_GET",
    "netlink_delete_flags": "IPCTNL_MSG_CT_DELETE IPCTNL_MSG_EXP_DELETE NFNL_MSG_ACCT_DEL "
                            "IPCTNL_MSG_TIMEOUT_DELETE NFNL_MSG_CTHELPER_DEL NFT_MSG_DELTABLE "
                            "NFT_MSG_DELCHAIN NFT_MSG_DELRULE NFT_MSG_DELSET "
                            "NFT_MSG_DELSETELEM NFT_MSG_DELOBJ NFT_MSG_DELFLOWTABLE",
}
# netfilter subsystems whose message types pick the flags (the others have none)
NF_FLAG_SUBSYS = (1, 2, 7, 8, 9, 10, 11, 12)


def _xval(table: str, v: int, dflt: str) -> str:
    return xlat_or(v, table, dflt)


# -- which protocol a descriptor speaks -------------------------------------------------

def netlink_protocol(pid: int, fd: int) -> int | None:
    """The netlink protocol of a tracee's socket, or None when fd is not one."""
    path = "/proc/%d/fd/%d" % (pid, fd)
    try:
        if os.getxattr(path, "system.sockprotoname").rstrip(b"\0") != b"NETLINK":
            return None
        link = os.readlink(path)
    except OSError:
        return None
    if not link.startswith("socket:["):
        return None
    inode = link[8:-1]
    try:
        with open("/proc/%d/net/netlink" % pid) as f:
            next(f)
            for line in f:
                cols = line.split()
                if len(cols) > 9 and cols[9] == inode:
                    return int(cols[1])
    except (OSError, ValueError):
        pass
    return -1


@lru_cache(maxsize=1)
def generic_families() -> dict[int, str]:
    """Generic netlink family ids -> names, asked of the kernel once (as strace does)."""
    import socket
    names: dict[int, str] = {}
    try:
        s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_GENERIC)
    except OSError:
        return names
    try:
        # CTRL_CMD_GETFAMILY (3), version 1, to GENL_ID_CTRL (0x10), dumped
        s.send(NLMSGHDR.pack(20, 0x10, 0x301, 1, 0) + bytes((3, 1, 0, 0)))
        done = False
        while not done:
            data = s.recv(65536)
            off = 0
            while off + 16 <= len(data):
                mlen, mtype = struct.unpack_from("<IH", data, off)
                if mlen < 16 or mtype in (NLMSG_DONE, NLMSG_ERROR):
                    done = True
                    break
                fid, fname, a = None, None, off + 20
                while a + 4 <= off + mlen:
                    alen, atype = struct.unpack_from("<HH", data, a)
                    if alen < 4:
                        break
                    if atype == 1:
                        fid = struct.unpack_from("<H", data, a + 4)[0]
                    elif atype == 2:
                        fname = data[a + 4:a + alen].split(b"\0")[0].decode(errors="replace")
                    a += (alen + 3) & ~3
                if fid is not None and fname:
                    names[fid] = fname
                off += (mlen + 3) & ~3
            if not data:
                break
    except OSError:
        pass
    finally:
        s.close()
    return names


# -- header ---------------------------------------------------------------------------------

def msg_type(family: int, t: int) -> str:
    if t < NLMSG_MIN_TYPE or family not in MSG_TYPES:
        return _xval("netlink_types", t, "NLMSG_???")
    table, dflt = MSG_TYPES[family]
    if family == NETLINK_GENERIC:
        return named(t, generic_families().get(t), dflt)
    if family == NETLINK_NETFILTER:
        name = xlat_lookup("nl_netfilter_msg_types", t)
        if name:
            return named(t, name)
        sub, mt = t >> 8, t & 0xFF
        head = _xval(table, sub, dflt) + "<<8|"
        if sub in NF_MSG_TYPES:
            return head + _xval(NF_MSG_TYPES[sub][0], mt, NF_MSG_TYPES[sub][1])
        return head + ("%#x" % mt if mt else "0")
    return _xval(table, t, dflt)


def _flag_table(family: int, t: int) -> str | None:
    if t < NLMSG_MIN_TYPE:
        return "netlink_ack_flags" if t == NLMSG_ERROR else None
    if family == NETLINK_ROUTE:
        if xlat_lookup("nl_route_types", t) == "RTM_DELACTION":
            return "netlink_get_flags"
        return {0: "netlink_new_flags", 1: "netlink_delete_flags",
                2: "netlink_get_flags"}.get(t & 3)
    if family == NETLINK_SOCK_DIAG:
        return "netlink_get_flags"
    if family == NETLINK_XFRM:
        name = xlat_lookup("nl_xfrm_types", t)
        return next((tbl for tbl, names in XFRM_FLAGS.items() if name in names.split()), None)
    if family == NETLINK_NETFILTER and t >> 8 in NF_FLAG_SUBSYS:
        name = xlat_lookup(NF_MSG_TYPES[t >> 8][0], t & 0xFF)
        return next((tbl for tbl, names in NF_FLAGS.items() if name in names.split()), None)
    return None


def msg_flags(family: int, t: int, v: int) -> str:
    extra = _flag_table(family, t)
    return flags(v, ("netlink_flags", extra) if extra else "netlink_flags", dflt="NLM_F_???")


def format_nlmsghdr(family: int, hdr: tuple, pid_fmt=str) -> str:
    mlen, t, fl, seq, pid = hdr
    return "{nlmsg_len=%d, nlmsg_type=%s, nlmsg_flags=%s, nlmsg_seq=%d, nlmsg_pid=%s}" % (
        mlen, msg_type(family, t), msg_flags(family, t, fl), seq,
        pid_fmt(pid - (pid >> 31 << 32)))


# -- payloads -------------------------------------------------------------------------------


def _selinux(call: Call, hdr: tuple, addr: int, length: int) -> str | None:
    t = hdr[1]
    name = xlat_lookup("nl_selinux_types", t)
    field = {"SELNL_MSG_SETENFORCE": ("val", "<i"),
             "SELNL_MSG_POLICYLOAD": ("seqno", "<I")}.get(name)
    if field is None or length < 4:
        return None
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    return "{%s=%d}" % (field[0], struct.unpack(field[1], data)[0])


def _netfilter(call: Call, hdr: tuple, addr: int, length: int) -> str | None:
    """struct nfgenmsg, then attributes (batch and control messages: hex)."""
    t = hdr[1]
    if t == NLMSG_DONE:
        return None
    if length < 4:
        return hexstr(call, addr, length)
    data = call.read(addr, 4)
    if data is None or len(data) < 4:
        return hexaddr(addr)
    fam, version, res_id = struct.unpack("<BBH", data)
    ver = named(version, "NFNETLINK_V0" if version == 0 else None, "NFNETLINK_???")
    host_rid = struct.unpack(">H", data[2:])[0]
    if t >> 8 == NFNL_SUBSYS_NFTABLES and host_rid == NFNL_SUBSYS_NFTABLES:
        rid = "htons(NFNL_SUBSYS_NFTABLES)"
    elif t >> 8 == NFNL_SUBSYS_NFTABLES and res_id == NFNL_SUBSYS_NFTABLES:
        rid = "NFNL_SUBSYS_NFTABLES"
    else:
        rid = "htons(%d)" % host_rid
    s = "{nfgen_family=%s, version=%s, res_id=%s}" % (family_name(fam), ver, rid)
    if length > 4:
        if NFNL_MSG_BATCH_BEGIN <= t <= NFNL_MSG_BATCH_END or t < NLMSG_MIN_TYPE:
            s += ", " + hexstr(call, addr + 4, length - 4)
        else:
            s += ", " + nlattrs(call, addr + 4, length - 4)
    return s


def _sock_diag(call: Call, hdr: tuple, addr: int, length: int) -> str | None:
    """The request or answer structure of the socket family; the families strace
    decodes but this module does not yet stay in hex."""
    if hdr[1] == NLMSG_DONE:
        return None
    data = call.read(addr, 1)
    if data is None or len(data) < 1:
        return hexaddr(addr)
    fam = data[0]
    from .netlink_diag import diag_payload
    text = diag_payload(call, hdr[1], hdr[2], fam, addr, length)
    if text is not None:
        return text
    if fam in SOCK_DIAG_DECODED_FAMILIES and length > 1:
        return hexstr(call, addr, length)
    s = "{family=%s" % family_name(fam)
    if length > 1:
        s += ", data=%s" % hexstr(call, addr + 1, length - 1)
    return s + "}"


# sock_diag families with request/response structures of their own (AF_UNIX, AF_INET,
# AF_INET6, AF_NETLINK, AF_PACKET, AF_SMC)
SOCK_DIAG_DECODED_FAMILIES = (1, 2, 10, 16, 17, 43)
NFNL_SUBSYS_NFTABLES, NFNL_MSG_BATCH_BEGIN, NFNL_MSG_BATCH_END = 10, 0x10, 0x11


def _cookie(call: Call, addr: int, length: int, ctx=None) -> str | None:
    data = call.read(addr, length)
    if data is None or len(data) < length:
        return None
    items = [str(b) for b in data[:call.opts.max_strlen]]
    if length > call.opts.max_strlen:
        items.append("...")
    return "[" + ", ".join(items) + "]"


def _nla_u32(call: Call, addr: int, length: int, ctx=None) -> str | None:
    if length < 4:
        return None
    data = call.read(addr, 4)
    return str(struct.unpack("<I", data)[0]) if data and len(data) == 4 else None


def _nla_str(call: Call, addr: int, length: int, ctx=None) -> str | None:
    data = call.read(addr, min(length, call.opts.max_strlen + 1))
    if data is None:
        return None
    text = data.split(b"\0")[0]
    cut = len(text) > call.opts.max_strlen or (b"\0" not in data and length > len(data))
    return quote(text[:call.opts.max_strlen]) + ("..." if cut else "")


# attribute type -> decoder of its data; a decoder returning None leaves it in hex
NLMSGERR_ATTRS = ("nlmsgerr_attrs", "NLMSGERR_ATTR_???",
                  {1: _nla_str, 2: _nla_u32, 3: _cookie})




def _route(call: Call, hdr: tuple, addr: int, length: int) -> str | None:
    from .netlink_route import route_payload
    return route_payload(call, hdr[1], addr, length)


PAYLOADS = {NETLINK_SELINUX: _selinux, NETLINK_NETFILTER: _netfilter,
            NETLINK_SOCK_DIAG: _sock_diag, NETLINK_ROUTE: _route}


def payload(call: Call, family: int, hdr: tuple, addr: int, length: int) -> str:
    t, fl = hdr[1], hdr[2]
    if t == NLMSG_ERROR:
        return nlmsgerr(call, family, addr, length, bool(fl & NLM_F_CAPPED))
    if t >= NLMSG_MIN_TYPE or t == NLMSG_DONE:
        fn = PAYLOADS.get(family)
        text = fn(call, hdr, addr, length) if fn else None
        if text is not None:
            return text
    if t == NLMSG_DONE and length == 4:
        data = call.read(addr, 4)
        if data is None or len(data) < 4:
            return hexaddr(addr)
        return str(struct.unpack("<i", data)[0])
    return hexstr(call, addr, length)


def nlmsgerr(call: Call, family: int, addr: int, length: int, capped: bool) -> str:
    if length < 20:
        return hexstr(call, addr, length)
    data = call.read(addr, 20)
    if data is None or len(data) < 20:
        return hexaddr(addr)
    err = struct.unpack_from("<i", data)[0]
    hdr = NLMSGHDR.unpack_from(data, 4)
    addr, length = addr + 4, length - 4
    mlen = max(16, hdr[0])
    size = min(length, 16 if capped else mlen)
    e = errno(err, negated=True) if err < 0 else str(err)
    s = "{error=%s, msg=%s}" % (e, message(call, family, hdr, addr, size))
    if length > size:
        return "[%s, %s]" % (s, nlattrs(call, addr + size, length - size, NLMSGERR_ATTRS))
    return s


def message(call: Call, family: int, hdr: tuple, addr: int, length: int) -> str:
    size = min(hdr[0], length)
    text = format_nlmsghdr(family, hdr, lambda pid: call.pidv(pid, "tgid"))
    if size > NLMSG_HDRLEN:
        return "[%s, %s]" % (text, payload(call, family, hdr, addr + NLMSG_HDRLEN,
                                            size - NLMSG_HDRLEN))
    return text


def format_netlink(call: Call, family: int, addr: int, length: int) -> str:
    """The messages in a buffer of a netlink socket (strace's decode_netlink)."""
    out = []
    is_array = False
    elt = 0
    while True:
        if length < NLMSG_HDRLEN:
            out.append(hexstr(call, addr, length))
            break
        data = call.read(addr, NLMSG_HDRLEN) if addr else None
        if data is None or len(data) < NLMSG_HDRLEN:
            out.append("... /* %s */" % hexaddr(addr) if is_array else ptr(addr))
            break
        if elt == call.opts.max_strlen and call.opts.is_abbrev(call.name):
            out.append("...")
            break
        hdr = NLMSGHDR.unpack(data)
        aligned = (hdr[0] + 3) & ~3
        nxt = 0
        if hdr[0] >= NLMSG_HDRLEN:
            nxt = length - aligned if length >= aligned else 0
        if nxt and not is_array:
            is_array = True
        out.append(message(call, family, hdr, addr, length))
        if not nxt:
            break
        addr += aligned
        length = nxt
        elt += 1
    return "[" + ", ".join(out) + "]" if is_array else out[0]


UDEV_HEADER = struct.Struct("<8sIIIIIIII")


def kobject_uevent(call: Call, addr: int, length: int) -> str | None:
    """A udev monitor message: its "libudev" header, then the properties."""
    if not addr or length < UDEV_HEADER.size or (call.exited and call.failed):
        return None
    data = call.read(addr, UDEV_HEADER.size)
    if data is None or len(data) < UDEV_HEADER.size or data[:8] != b"libudev\0":
        return None
    (_p, magic, hsize, poff, plen, subsys, devtype, hi, lo) = UDEV_HEADER.unpack(data)
    def be(v: int) -> str:
        return "htonl(%#x)" % int.from_bytes(v.to_bytes(4, "little"), "big")
    s = ("{prefix=\"libudev\", magic=%s, header_size=%d, properties_off=%d, "
         "properties_len=%d, filter_subsystem_hash=%s, filter_devtype_hash=%s, "
         "filter_tag_bloom_hi=%s, filter_tag_bloom_lo=%s}" % (
             be(magic), hsize, poff, plen, be(subsys), be(devtype), be(hi), be(lo)))
    if length > UDEV_HEADER.size:
        s = "[%s, %s]" % (s, call.buf(addr + UDEV_HEADER.size, length - UDEV_HEADER.size))
    return s


def socket_buffer(call: Call, fd: int, addr: int, length: int) -> str | None:
    """A socket buffer decoded as netlink when fd is a netlink socket (else None)."""
    if not call.opts.is_verbose(call.name):
        return None
    family = netlink_protocol(call.proc_pid(), fd & 0xFFFFFFFF)
    if family is None:
        return None
    if family == NETLINK_KOBJECT_UEVENT:
        return kobject_uevent(call, addr, length)
    return format_netlink(call, family, addr, length)
