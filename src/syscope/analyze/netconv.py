"""Network conversations read back from the buffers strace printed: a DNS query and
its answer, a TLS handshake answered in plain text, an HTTP request refused by its
status line."""
from __future__ import annotations

import re
import struct

RCODES = {0: "NOERROR", 1: "FORMERR", 2: "SERVFAIL", 3: "NXDOMAIN", 4: "NOTIMP",
          5: "REFUSED"}
QTYPES = {1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 12: "PTR", 15: "MX", 16: "TXT",
          28: "AAAA", 33: "SRV", 65: "HTTPS"}
RCODE_MEANING = {
    "NXDOMAIN": "the name does not exist (NXDOMAIN)",
    "SERVFAIL": "the server failed to resolve it (SERVFAIL: its upstream servers or "
                "DNSSEC failed)",
    "REFUSED": "the server refused to answer (REFUSED: it does not serve this client)",
    "FORMERR": "the server could not parse the query (FORMERR)",
    "NOTIMP": "the server does not implement this kind of query (NOTIMP)",
    "NOERROR": "the name exists but has no record of this type",
}
HTTP_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)? ([45]\d\d)(?: ([^\r\n]*))?")
# what an HTTP error status says, by its first digit or the whole code
HTTP_MEANING = {
    "401": "the server wants credentials: none were sent, or they were refused",
    "403": "the server refuses the client this resource",
    "404": "the server has nothing at that path: the URL, repository or file name is "
           "wrong, or it was removed",
    "407": "the proxy wants credentials",
    "4": "the server rejected the request as the client made it",
    "5": "the server failed while answering (see the server's log)",
}
SENDS = {"sendto": 1, "send": 1, "write": 1, "sendmsg": 1, "sendmmsg": 1, "writev": 1}
RECEIVES = {"recvfrom": 1, "recv": 1, "read": 1, "recvmsg": 1, "recvmmsg": 1, "readv": 1}


def payloads(ev) -> list:
    """The data buffers of a send or receive call, as bytes (what -s kept of them)."""
    args = ev.args
    if len(args) < 2:
        return []
    out = []
    _collect(args[1], out)
    return out


def _collect(node: dict, out: list) -> None:
    t = node.get("type")
    if t == "string":
        out.append(node["value"].encode("latin-1", "replace"))
    elif t == "array":
        for item in node.get("items", []):
            _collect(item, out)
    elif t == "struct":
        fields = node.get("fields", {})
        for key in ("msg_hdr", "msg_iov", "iov_base"):
            if key in fields:
                _collect(fields[key], out)


def dns(data: bytes) -> dict | None:
    """A DNS message's header and first question, or None if it is not one.  Over TCP
    a message comes after its 2-byte length; `truncated`: the answer did not fit in a
    UDP datagram (the resolver asks again over TCP)."""
    if len(data) >= 19 and struct.unpack(">H", data[:2])[0] == len(data) - 2:
        data = data[2:]
    if len(data) < 17:
        return None
    ident, flags, qd, an, _ns, _ar = struct.unpack(">HHHHHH", data[:12])
    if qd != 1 or (flags >> 11) & 0xF not in (0, 1, 2):
        return None
    labels, i = [], 12
    while i < len(data):
        n = data[i]
        if n == 0:
            break
        if n > 63 or i + 1 + n > len(data):
            return None
        labels.append(data[i + 1:i + 1 + n].decode("ascii", "replace"))
        i += 1 + n
    if i + 5 > len(data) or not labels:
        return None
    qtype = struct.unpack(">H", data[i + 1:i + 3])[0]
    return {"id": ident, "reply": bool(flags & 0x8000), "rcode": RCODES.get(flags & 0xF,
                                                                          str(flags & 0xF)),
            "answers": an, "name": ".".join(labels), "type": QTYPES.get(qtype, str(qtype)),
            "truncated": bool(flags & 0x0200)}


def tls_hello(data: bytes) -> bool:
    """A TLS handshake record (what a client sends first)."""
    return len(data) >= 3 and data[0] == 0x16 and data[1] == 3 and data[2] <= 4


def tls_record(data: bytes) -> bool:
    return len(data) >= 2 and 0x14 <= data[0] <= 0x18 and data[1] == 3


def plain_text(data: bytes) -> bool:
    sample = data[:64]
    return bool(sample) and all(32 <= b < 127 or b in (9, 10, 13) for b in sample)


def http_error(data: bytes) -> tuple | None:
    """(status, reason) of an HTTP response that reports an error (4xx, 5xx)."""
    m = HTTP_STATUS.match(data)
    if not m:
        return None
    return m.group(1).decode(), (m.group(2) or b"").decode("latin-1").strip()


def request_line(data: bytes) -> str:
    """The first line of a request in plain text, as sent."""
    return data[:80].decode("latin-1").split("\r\n")[0].split("\n")[0]
