"""Landlock: rulesets and their rules."""
from __future__ import annotations

import struct

from .core import Call, type_formatter
from .fmt import flags, hexaddr

RULE_PATH_BENEATH = 1


def access_fs(v: int) -> str:
    return flags(v, "landlock_access_fs", dflt="LANDLOCK_ACCESS_FS_???")


@type_formatter("landlock_ruleset_attr")
def t_landlock_ruleset_attr(call: Call, v: int, p: str) -> str:
    """{handled_access_fs=...}; p: the argument with its size ('...' for a larger one)."""
    size = call.args[int(p)]
    if not v:
        return "NULL"
    data = call.read(v, 8) if size >= 8 else None
    if data is None or len(data) < 8:
        return hexaddr(v)
    return "{handled_access_fs=%s%s}" % (access_fs(struct.unpack("<Q", data)[0]),
                                          ", ..." if size > 8 else "")


@type_formatter("landlock_rule")
def t_landlock_rule(call: Call, v: int, p: str) -> str:
    """The rule of type argument p: a path beneath a directory, else its address."""
    if not v:
        return "NULL"
    if call.args[int(p)] & 0xFFFFFFFF != RULE_PATH_BENEATH:
        return hexaddr(v)
    data = call.read(v, 12)
    if data is None or len(data) < 12:
        return hexaddr(v)
    access, fd = struct.unpack("<Qi", data)
    return "{allowed_access=%s, parent_fd=%s}" % (access_fs(access), call.fd(fd))
