"""struct termios for the terminal ioctls.

Only the abbreviated form strace prints without -v is produced: the four flag words.
"""
from __future__ import annotations

import struct

from .core import Call
from .fmt import hexaddr


def format_termios(call: Call, addr: int) -> str:
    data = call.read(addr, 36) if addr else None
    if data is None or len(data) < 36:
        return hexaddr(addr) if addr else "NULL"
    iflag, oflag, cflag, lflag = struct.unpack_from("<IIII", data)
    return "{c_iflag=%#x, c_oflag=%#x, c_cflag=%#x, c_lflag=%#x, ...}" % (iflag, oflag, cflag,
                                                                         lflag)
