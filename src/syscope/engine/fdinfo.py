"""What a tracee's file descriptor refers to, for -y and -yy (strace's printfd)."""
from __future__ import annotations

import posix
import stat
import _struct as struct  # the C module: struct.py is one more import at start-up

from ..decode.fmt import quote


def escape_path(path: bytes) -> str:
    """The path quoted without its quotes, '<' and '>' escaped in octal (three digits
    before an octal digit, as every octal escape)."""
    return quote(path, escape=b"<>")[1:-1]


def fd_info(pid: int, fd: int, kinds: frozenset) -> str | None:
    """What follows a descriptor for -y, -yy and -e decode-fds=KINDS: '</etc/passwd>'
    (plus '(deleted)') for a path, '<TCP:[...]>' for a socket, '</dev/null<char 1:3>>'
    for a device, '<pid:N>' for a pidfd; None when none of kinds applies."""
    link = "/proc/%d/fd/%d" % (pid, fd)
    try:
        target = posix.readlink(link.encode())
    except OSError:
        return None
    deleted = False
    if target.endswith(b" (deleted)") and len(target) > 11 and _unlinked(link, target):
        target = target[:-10]
        deleted = True
    if "socket" in kinds and target.startswith(b"socket:["):
        details = socket_details(pid, fd, int(target[8:-1]))
        if details is not None:
            return "<%s>" % details
    if "dev" in kinds and target.startswith(b"/"):
        try:
            st = posix.stat(target)
        except OSError:
            st = None
        if st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)):
            kind = "char" if stat.S_ISCHR(st.st_mode) else "block"
            return "<%s<%s %d:%d>>" % (escape_path(target), kind, posix.major(st.st_rdev),
                                       posix.minor(st.st_rdev))
    if "pidfd" in kinds and target == b"anon_inode:[pidfd]":
        pidfd = pidfd_pid(pid, fd)
        if pidfd:
            return "<pid:%d>" % pidfd
    if "path" in kinds:
        return "<%s>%s" % (escape_path(target), "(deleted)" if deleted else "")
    return None


def _unlinked(link: str, target: bytes) -> bool:
    """The kernel's " (deleted)" suffix, unless a file of that very name is the one
    open (strace compares the link's inode with the name's)."""
    try:
        st_link = posix.stat(link)
    except OSError:
        return False
    try:
        st_path = posix.lstat(target)
    except OSError:
        return True
    return (st_link.st_ino, st_link.st_dev) != (st_path.st_ino, st_path.st_dev)


def cwd_info(pid: int) -> str | None:
    try:
        return "<%s>" % escape_path(posix.readlink(b"/proc/%d/cwd" % pid))
    except OSError:
        return None


def pidfd_pid(pid: int, fd: int) -> int | None:
    try:
        with open("/proc/%d/fdinfo/%d" % (pid, fd)) as f:
            for line in f:
                if line.startswith("Pid:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


# -- sockets ---------------------------------------------------------------------

def socket_details(pid: int, fd: int, inode: int) -> str | None:
    try:
        proto = posix.getxattr("/proc/%d/fd/%d" % (pid, fd), "system.sockprotoname").rstrip(b"\0")
        proto = proto.decode()
    except OSError:
        proto = None
    table = INET_TABLES.get(proto or "")
    if table:
        d = _inet_details(pid, proto, table, inode)
    elif proto in ("UNIX", "UNIX-STREAM"):
        d = _unix_details(inode, proto)
    elif proto == "NETLINK":
        d = _netlink_details(pid, inode)
    else:
        d = None
    if d is None and proto:
        return "%s:[%d]" % (proto, inode)
    return d


INET_TABLES = {"TCP": ("tcp", 4), "UDP": ("udp", 4), "TCPv6": ("tcp6", 6), "UDPv6": ("udp6", 6),
               "UDPLITE": ("udplite", 4), "UDPLITEv6": ("udplite6", 6),
               "RAW": ("raw", 4), "RAWv6": ("raw6", 6), "PING": ("icmp", 4)}


def _inet_addr(hexaddr: str, family: int) -> tuple[str, int]:
    import socket
    a, p = hexaddr.split(":")
    raw = bytes.fromhex(a)
    if family == 4:
        ip = socket.inet_ntop(socket.AF_INET, raw[::-1])
    else:
        raw = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
        ip = "[" + socket.inet_ntop(socket.AF_INET6, raw) + "]"
    return ip, int(p, 16)


def _inet_details(pid: int, proto: str, table: tuple, inode: int) -> str | None:
    name, family = table
    try:
        with open("/proc/%d/net/%s" % (pid, name)) as f:
            next(f)
            for line in f:
                cols = line.split()
                if len(cols) > 9 and cols[9] == str(inode):
                    lip, lport = _inet_addr(cols[1], family)
                    rip, rport = _inet_addr(cols[2], family)
                    zero = rip in ("0.0.0.0", "[::]")
                    if rport or not zero:
                        return "%s:[%s:%d->%s:%d]" % (proto, lip, lport, rip, rport)
                    return "%s:[%s:%d]" % (proto, lip, lport)
    except OSError:
        pass
    return None


def _netlink_details(pid: int, inode: int) -> str | None:
    try:
        with open("/proc/%d/net/netlink" % pid) as f:
            next(f)
            for line in f:
                cols = line.split()
                if len(cols) > 9 and cols[9] == str(inode):
                    from ..abi import xlat_lookup
                    proto = xlat_lookup("netlink_protocols", int(cols[1]))
                    if proto is None:
                        return "NETLINK:[%s]" % cols[1]
                    return "NETLINK:[%s:%s]" % (proto[len("NETLINK_"):], cols[2])
    except (OSError, ValueError):
        pass
    return None


# UNIX sockets: the peer is only known through NETLINK_SOCK_DIAG.
NETLINK_SOCK_DIAG = 4
SOCK_DIAG_BY_FAMILY = 20
UDIAG_SHOW_NAME, UDIAG_SHOW_PEER = 0x01, 0x04
UNIX_DIAG_NAME, UNIX_DIAG_PEER = 0, 2
NLM_F_REQUEST = 1


# What a unix socket was found to be, by inode: strace keeps the first details it finds
# (a socket whose peer closed still prints its peer)
_UNIX_SEEN: dict[int, str] = {}


def _unix_details(inode: int, proto: str) -> str | None:
    seen = _UNIX_SEEN.get(inode)
    if seen is None:
        seen = _query_unix(inode, proto)
        if seen is not None:
            if len(_UNIX_SEEN) >= 4096:
                _UNIX_SEEN.clear()
            _UNIX_SEEN[inode] = seen
    return seen


def _query_unix(inode: int, proto: str) -> str | None:
    import socket
    try:
        s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_SOCK_DIAG)
    except OSError:
        return None
    try:
        req = struct.pack("<BBHIIII", socket.AF_UNIX, 0, 0, 0xFFFFFFFF, inode,
                          UDIAG_SHOW_NAME | UDIAG_SHOW_PEER, 0xFFFFFFFF) + b"\xff" * 4
        req = req[:24]
        msg = struct.pack("<IHHII", 16 + len(req), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, 1, 0) + req
        s.sendto(msg, (0, 0))
        data = s.recv(65536)
    except OSError:
        return None
    finally:
        s.close()
    if len(data) < 16:
        return None
    length, mtype = struct.unpack_from("<IH", data)
    if mtype != SOCK_DIAG_BY_FAMILY:
        return None
    body = data[16:length]
    if len(body) < 16:
        return None
    peer = 0
    path = None
    off = 16
    while off + 4 <= len(body):
        alen, atype = struct.unpack_from("<HH", body, off)
        if alen < 4:
            break
        payload = body[off + 4:off + alen]
        if atype == UNIX_DIAG_NAME:
            path = payload
        elif atype == UNIX_DIAG_PEER and len(payload) >= 4:
            peer = struct.unpack_from("<I", payload)[0]
        off += (alen + 3) & ~3
    if not peer and not path:
        return None
    text = "%s:[%d" % (proto, inode)
    if peer:
        text += "->%d" % peer
    if path:
        if path.startswith(b"\0"):
            text += ",@" + quote(path[1:], zero_terminated=True)
        else:
            text += "," + quote(path, zero_terminated=True)
    return text + "]"
