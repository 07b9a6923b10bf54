"""A TCP client: connects to a loopback server, sends a request, reads the reply."""
import socket
import sys

port = int(sys.argv[1])
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET / HTTP/1.0\r\n\r\n")
data = s.recv(1024)
s.close()
try:
    socket.create_connection(("127.0.0.1", 1))
except OSError as e:
    print("refused:", e.errno)
print(len(data))
