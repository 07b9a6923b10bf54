"""Reading a stopped tracee's memory and descriptors (the Memory protocol of decode.core)."""
from __future__ import annotations

from . import _ptrace as P
from .fdinfo import cwd_info, fd_info


class TraceeMemory:
    __slots__ = ("pid",)

    def __init__(self, pid: int):
        self.pid = pid

    def read(self, addr: int, size: int) -> bytes | None:
        if size <= 0:
            return b""
        return P.read_mem(self.pid, addr & 0xFFFFFFFFFFFFFFFF, size)

    def read_str(self, addr: int, maxlen: int) -> tuple[bytes, bool] | None:
        return P.read_str(self.pid, addr & 0xFFFFFFFFFFFFFFFF, maxlen)

    def fd_info(self, fd: int, level: int) -> str | None:
        return fd_info(self.pid, fd, level)

    def cwd_info(self) -> str | None:
        return cwd_info(self.pid)
