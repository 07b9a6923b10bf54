"""Netlink requests the kernel acknowledges, socket options on loopback sockets and
ioctls on a pipe and a file: what the netlink, sockopt and ioctl decoders print."""
import fcntl
import os
import socket
import struct
import sys

NLM_F_REQUEST, NLM_F_ACK, NLM_F_DUMP = 1, 4, 0x300
# a netlink port of our own (above the kernel's automatic ones, which are pids), so
# that two runs at once do not take each other's
PORT = 0x7E000000 + os.getpid()


def netlink(proto, messages, replies=1):
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, proto)
    s.bind((PORT, 0))
    s.connect((0, 0))
    for m in messages:
        s.send(m)
    for _ in range(replies):
        try:
            s.recv(65536, socket.MSG_DONTWAIT)
        except OSError:
            pass
    s.setsockopt(270, 10, 1)                   # SOL_NETLINK, NETLINK_CAP_ACK
    s.getsockopt(270, 10)
    s.close()


def hdr(length, mtype, flags, seq):
    return struct.pack("<IHHII", length, mtype, flags, seq, PORT)


# XFRM: a request too short to be valid, acknowledged with an error carrying it back
netlink(socket.NETLINK_XFRM, [hdr(16, 0x12, NLM_F_REQUEST | NLM_F_ACK, 1)])
# SOCK_DIAG: a message of an unknown family; a batch of two messages in one buffer
netlink(4, [hdr(20, 20, NLM_F_REQUEST, 2) + b"\xff\0\0\0",
                                   hdr(16, 0x1, NLM_F_REQUEST, 3) * 2], replies=0)
# NETFILTER: a batch start with its nfgenmsg
netlink(12, [hdr(20, 0x10, NLM_F_REQUEST, 4) + b"\0\0\0\x0a"],
        replies=0)

# socket options on loopback sockets
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 5))
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
srv.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
srv.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 6)
srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 3)
srv.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
srv.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 7)
srv.close()
a, b = socket.socketpair()
a.getsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 2)
a.getsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT)
a.close()
b.close()

# ioctls: on a pipe, and requests of other devices on a regular file (ENOTTY)
r, w = os.pipe()
os.write(w, b"abc")
fcntl.ioctl(r, 0x541B, b"\0" * 4)              # FIONREAD
os.close(r)
os.close(w)
fd = os.open(sys.argv[0], os.O_RDONLY)
for request in (0x5413, 0x5415, 0x80086601, 0x80081272, 0x1261, 0xC020660B, 0x80044501,
                0x3E03):
    # TIOCGWINSZ, TIOCMGET, FS_IOC_GETFLAGS, BLKGETSIZE64, BLKFLSBUF, FS_IOC_FIEMAP,
    # EVIOCGVERSION, and an unnamed request
    try:
        fcntl.ioctl(fd, request, b"\0" * 32)
    except OSError:
        pass
for request in (0x4008700C, 0x4C00, 0x5421):    # RTC_IRQP_SET, LOOP_SET_FD, FIONBIO
    try:
        fcntl.ioctl(fd, request, 5)
    except OSError:
        pass
os.close(fd)
