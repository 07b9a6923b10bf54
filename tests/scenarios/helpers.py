"""What the scenario modules share: loopback servers run in the test process, a DNS
server on a private loopback address, programs started beside a recording, and the
waits for them.  Every wait is for a state (a port listening, a connection made), with
a generous bound only as a safety net."""
from __future__ import annotations

import os
import random
import select
import socket
import struct
import subprocess
import threading
import time

from .scenarios import write

NOBODY = ["-u", "nobody"]
STATS = ("newfstatat", "stat", "lstat", "fstat", "statx")
RECEIVED = ("recvfrom", "recvmsg", "read")
SENT = ("sendto", "sendmmsg", "send", "write")
BOUND = 60          # seconds: a wait's safety net


class Unavailable(Exception):
    """The machine lacks what the scenario needs."""


def need(*paths):
    for p in paths:
        if not os.path.exists(p):
            raise Unavailable(p)


def mounted(d, name, mount, *then):
    """The command running, in a private mount namespace, the shell script NAME: the
    mount command (exit 77 when it fails: no namespaces here), then the lines then."""
    script = write(os.path.join(d, name), "\n".join(("#!/bin/sh", mount + " || exit 77") +
                                                    then) + "\n", 0o755)
    return ["unshare", "-m", "sh", script]


def readonly_bind(path):
    """The mount command that makes path a read-only bind mount of itself."""
    return "mount --bind %s %s && mount -o remount,bind,ro %s" % (path, path, path)


def run(*argv, **kw):
    return subprocess.run(list(argv), check=True, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


# -- loopback servers --------------------------------------------------------------------
class Server(threading.Thread):
    """A loopback server in the test process: `handle(conn)` per connection."""

    def __init__(self, handle, family=socket.AF_INET, address=("127.0.0.1", 0), backlog=5):
        super().__init__(daemon=True)
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.bind(address)
        self.sock.listen(backlog)
        self.address = self.sock.getsockname()
        self.handle = handle
        self.conns = []
        self.stopped = False

    def run(self):
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            try:
                self.handle(conn)
            except OSError:
                pass

    def close(self):
        self.stopped = True
        for c in self.conns:
            c.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def serving(handle, family=socket.AF_INET, address=("127.0.0.1", 0)) -> Server:
    srv = Server(handle, family, address)
    srv.start()
    return srv


def silent(conn):
    """Accepts, never answers."""


def answers(reply: bytes):
    """A handler that reads the request, sends reply and closes."""
    def handle(conn):
        conn.recv(4096)
        conn.sendall(reply)
        conn.close()
    return handle


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def listening(port):
    """Is something listening on the loopback port (asked without connecting)?"""
    with open("/proc/net/tcp") as f:
        return any(ln.split()[1].endswith(":%04X" % port) and ln.split()[3] == "0A"
                   for ln in f.readlines()[1:])


def wait_port(port, timeout=BOUND, connect=True):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not connect:
            if listening(port):
                return True
            time.sleep(0.05)
            continue
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def full_backlog(family=socket.AF_INET, address=("127.0.0.1", 0), fillers=4):
    """A listener that never accepts, its backlog full: a new TCP SYN gets no answer, a
    new unix connect blocks.  Returns (its address, cleanup)."""
    srv = socket.socket(family)
    srv.bind(address)
    srv.listen(0)
    held = []
    for _ in range(fillers):
        c = socket.socket(family)
        c.setblocking(False)
        try:
            c.connect(srv.getsockname())
        except OSError:
            pass
        held.append(c)
    # the first filler is connected (queued) once it is writable: the queue is full
    assert select.select([], held[:1], [], BOUND)[1], "the backlog never filled"

    def cleanup():
        for c in held:
            c.close()
        srv.close()
    return srv.getsockname(), cleanup


def started(argv, port, **kw):
    """A server program started beside the recording, once it listens on port.
    Returns its cleanup."""
    server = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              **{"stdin": subprocess.DEVNULL, **kw})
    wait_port(port, connect=False)

    def cleanup():
        server.kill()
        server.wait()
    return cleanup


class Background:
    """A program run beside the recording (a server, or a client of a traced server),
    started once wait_for (a port) listens."""

    def __init__(self, argv, wait_for=None):
        self.argv, self.wait_for = argv, wait_for
        self.proc = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def _run(self):
        if self.wait_for is not None:
            wait_port(self.wait_for, connect=False)
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self):
        self.thread.join(BOUND)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        if self.proc is not None:
            self.proc.wait()


# -- DNS -----------------------------------------------------------------------------------
class DnsResponder(threading.Thread):
    """A tiny DNS server on a random loopback address, port 53: answers every query
    with the given rcode and no records, or (rcode None) never answers."""

    FLAGS = 0x8180                  # a response, recursion desired and available

    def __init__(self, rcode):
        super().__init__(daemon=True)
        for _ in range(20):
            self.host = loopback_host()
            self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                self.sock.bind((self.host, 53))
                break
            except OSError:
                self.sock.close()
        self.rcode = rcode

    def run(self):
        while True:
            try:
                data, peer = self.sock.recvfrom(512)
            except OSError:
                return
            if self.rcode is None or len(data) < 12:
                continue
            self.sock.sendto(dns_reply(data, self.FLAGS | self.rcode), peer)

    def close(self):
        self.sock.close()


def loopback_host() -> str:
    """A random address of 127/8, so that servers of two runs at once do not meet."""
    return "127.%d.%d.%d" % (random.randint(1, 254), random.randint(1, 254),
                             random.randint(2, 254))


def dns_reply(query: bytes, flags: int) -> bytes:
    """The answer to query: its id and question, these flags, no records."""
    return query[:2] + struct.pack(">HHHHH", flags, 1, 0, 0, 0) + query[12:]


def with_resolver(d, nameserver, command):
    """Run command with /etc/resolv.conf naming our nameserver, in a private mount
    namespace (the machine's own file is never touched)."""
    conf = write(os.path.join(d, "resolv.conf"), "nameserver %s\noptions timeout:1 "
                 "attempts:1\n" % nameserver)
    return ["unshare", "-m", "sh", "-c", "mount --bind %s /etc/resolv.conf && exec %s" % (
        conf, command)]


def dns_scenario(rcode, command, answer, opts=None):
    """The resolver behind `command` meets a DNS server answering `rcode` (None: never
    answering); the finding is the reply (or, without one, the query) and its answer.
    opts: the strace options to record with."""
    def prepare(d):
        ns = DnsResponder(rcode)
        ns.start()
        expected = {"syscall_in": RECEIVED if rcode is not None else SENT,
                    "address": "%s:53" % ns.host, "dns": answer}
        if opts is not None:
            expected["_strace_opts"] = opts
        return with_resolver(d, ns.host, command), expected, ns.close
    return prepare
