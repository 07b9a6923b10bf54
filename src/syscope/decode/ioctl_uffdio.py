"""userfaultfd's ioctl requests (linux/userfaultfd.h), as strace 6.1 prints them: the
ranges and modes given, and what the kernel answers (features, ioctls, bytes done)."""
from __future__ import annotations

from .core import Call
from .fmt import ptr

ARGS = {
    "UFFDIO_API": "fn:ioctl_uffdio.api",
    "UFFDIO_COPY": "split:uffdio_copy:uffdio_copy_out",
    "UFFDIO_REGISTER": "split:uffdio_register:uffdio_register_out",
    "UFFDIO_ZEROPAGE": "split:uffdio_zeropage:uffdio_zeropage_out",
    "UFFDIO_WAKE": "in:uffdio_range", "UFFDIO_UNREGISTER": "in:uffdio_range",
}


def api(call: Call, arg: int, entering: bool) -> str:
    """{api=0xaa, features=... => features=..., ioctls=...}: the features the kernel
    gives back only when they differ from those asked for."""
    from .structs import read_struct, struct_text
    data = read_struct(call, arg, "uffdio_api_in") if entering or not call.failed else None
    if entering:
        call.saved["in"] = data is not None
        if data is None:
            return ptr(arg)
        call.saved["features"] = struct_text(call, data, "uffdio_api_features")
        return struct_text(call, data, "uffdio_api_in")[:-1]
    if not call.saved.get("in"):
        return ""
    if data is None:
        return "}"
    features = struct_text(call, data, "uffdio_api_features")
    out = "" if features == call.saved["features"] else " => " + features[1:-1]
    return out + ", " + struct_text(call, data, "uffdio_api_ioctls")[1:]
