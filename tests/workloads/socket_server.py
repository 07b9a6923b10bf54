"""A server and its forked client on loopback: accept, sendfile with an offset, sendmsg
with an iovec, socket options, shutdown, and a descriptor passed with SCM_RIGHTS."""
import socket, os
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(5)
port = s.getsockname()[1]
pid = os.fork()
if pid == 0:
    c = socket.create_connection(("127.0.0.1", port)); c.sendall(b"hello"); c.recv(100)
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1); c.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
    c.shutdown(socket.SHUT_WR); c.close(); os._exit(0)
conn, addr = s.accept()
conn.recv(100)
with open("/etc/hostname", "rb") as f:
    conn.sendfile(f)
conn.sendmsg([b"x", b"yz"])
conn.close()
os.waitpid(pid, 0)
a, b = socket.socketpair()
a.sendmsg([b"fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, bytes(memoryview(__import__("array").array("i", [0]))))])
print(b.recvmsg(10, 100))
