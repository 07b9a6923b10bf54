"""Socket addresses in a parsed argument tree, as structured fields.

strace prints {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")};
the fields are the same for every family: family, address (IP address), port, path
(a unix socket's; an abstract one starts with '@')."""
from __future__ import annotations


def sockaddr(node: dict) -> dict | None:
    """{"family", "address", "port", "path"} of a struct value with sa_family, or None."""
    fields = node.get("fields") if node.get("type") == "struct" else None
    if not fields or "sa_family" not in fields:
        return None
    family = fields["sa_family"].get("value", fields["sa_family"].get("text"))
    out = {"family": family, "address": None, "port": None, "path": None}
    if family == "AF_UNIX":
        path = fields.get("sun_path")
        if path is not None:
            out["path"] = path.get("value") if path.get("type") == "string" else \
                _abstract(path.get("text", ""))
    elif family in ("AF_INET", "AF_INET6"):
        port = fields.get("sin_port") or fields.get("sin6_port") or {}
        out["port"] = _call_arg(port, 0)
        host = _call_arg(fields.get("sin_addr") or {}, 0)
        if host is None:
            for item in fields.get("_", []):
                if item.get("type") == "call" and item.get("name") == "inet_pton":
                    host = _call_arg(item, 1)
        out["address"] = host
    return out


def _call_arg(node: dict, i: int):
    """htons(80) -> 80, inet_addr("1.2.3.4") -> "1.2.3.4"."""
    args = node.get("args") or []
    return args[i].get("value") if len(args) > i else None


def _abstract(text: str) -> str:
    """@"name" (an abstract unix socket) -> "@name"."""
    if text.startswith('@"') and text.endswith('"'):
        from .logread.args import parse_value
        return "@" + parse_value(text[1:]).get("value", text[2:-1])
    return text


def address_text(addr: dict) -> str | None:
    """127.0.0.1:80, [::1]:443, or the unix socket's path."""
    if addr["family"] == "AF_UNIX":
        return addr["path"]
    if addr["family"] in ("AF_INET", "AF_INET6"):
        host = addr["address"]
        if addr["family"] == "AF_INET6" and host:
            host = "[%s]" % host
        return "%s:%s" % (host, addr["port"])
    return None


def add_sockaddrs(node) -> None:
    """Every struct with sa_family in a parsed tree (arguments, msghdr's msg_name...)
    gets a 'sockaddr' key."""
    if isinstance(node, list):
        for item in node:
            add_sockaddrs(item)
        return
    if not isinstance(node, dict):
        return
    t = node.get("type")
    if t == "struct":
        addr = sockaddr(node)
        if addr is not None:
            node["sockaddr"] = addr
            return
        for value in node.get("fields", {}).values():
            add_sockaddrs(value)
    elif t == "array":
        add_sockaddrs(node.get("items", []))
    elif t == "changed":
        add_sockaddrs(node.get("before"))
        add_sockaddrs(node.get("after"))
