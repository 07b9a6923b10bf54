"""A unix-socket client: talks to a listening socket, then tries one that does not exist."""
import socket
import sys

s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
s.sendall(b"ping\n")
print(s.recv(100))
s.close()
t = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    t.connect("/run/syscope-test-no-such.sock")
except OSError as e:
    print("missing:", e.errno)
