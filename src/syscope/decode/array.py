"""strace's print_array: a list of fixed-size elements read one by one from the tracee."""
from __future__ import annotations

from .core import Call
from .fmt import hexaddr, ptr


def array(call: Call, addr: int, n: int, size: int, item, abbreviate: bool = True,
          cap: int | None = None) -> str:
    """[item, item, ...] of n elements of size bytes at addr; item(bytes) -> text.
    NULL, or the address when not even the first element can be read; '...' after -s
    elements (unless -v) or after cap elements (a limit of the kernel's); '... /* addr */'
    where the list runs into unreadable memory."""
    if not addr:
        return ptr(addr)
    if n == 0:
        return "[]"
    limit = n
    if abbreviate and call.opts.is_abbrev(call.name):
        limit = call.opts.max_strlen
    if cap is not None:
        limit = min(limit, cap)
    shown = min(n, limit + 1)         # the element after the last shown is read too
    data = call.read(addr, size * shown) or b""
    have = len(data) // size
    if have == 0:
        return hexaddr(addr)
    items = [item(data[i * size:(i + 1) * size]) for i in range(min(have, limit))]
    if have < shown:
        return "[%s, ... /* %s */]" % (", ".join(items), hexaddr(addr + have * size))
    if shown > limit:
        return "[%s, ...]" % ", ".join(items)
    return "[" + ", ".join(items) + "]"
