"""A server and its forked client on loopback: accept, sendfile with an offset, sendmsg
with an iovec, socket options, shutdown, and a descriptor passed with SCM_RIGHTS.
The same calls on every run: the client waits for all the server sends (MSG_WAITALL),
and the child's SIGCHLD is held until the server has reaped it."""
import socket, os, signal
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
want = os.stat("/etc/hostname").st_size + 3
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(5)
port = s.getsockname()[1]
pid = os.fork()
if pid == 0:
    c = socket.create_connection(("127.0.0.1", port)); c.sendall(b"hello"); c.recv(want, socket.MSG_WAITALL)
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1); c.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
    c.shutdown(socket.SHUT_WR); c.close(); os._exit(0)
conn, addr = s.accept()
conn.recv(100)
with open("/etc/hostname", "rb") as f:
    conn.sendfile(f)
conn.sendmsg([b"x", b"yz"])
conn.close()
os.waitpid(pid, 0)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})
a, b = socket.socketpair()
a.sendmsg([b"fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, bytes(memoryview(__import__("array").array("i", [0]))))])
print(b.recvmsg(10, 100))
