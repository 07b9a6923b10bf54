"""UBI (unsorted block images) ioctl requests (mtd/ubi-user.h), as strace 6.1 prints
them: the requests' structures, and the number the kernel gives back for those that
make a volume or attach a device."""
from __future__ import annotations

from .core import Call
from .table_entries import same_kind

ARGS = {
    **same_kind("int_in", "DET EBER EBISMAP EBUNMAP RMVOL RPEB SPEB", prefix="UBI_IOC"),
    "UBI_IOCVOLUP": "at_in:q:d", "UBI_IOCVOLCRBLK": "none", "UBI_IOCVOLRMBLK": "none",
    "UBI_IOCATT": "fn:ioctl_ubi.attach", "UBI_IOCMKVOL": "fn:ioctl_ubi.make_volume",
    "UBI_IOCRSVOL": "in:ubi_rsvol_req", "UBI_IOCRNVOL": "in:ubi_rnvol_req",
    "UBI_IOCEBCH": "in:ubi_leb_change_req", "UBI_IOCEBMAP": "in:ubi_map_req",
    "UBI_IOCSETVOLPROP": "in:ubi_set_vol_prop_req",
}


def _then_number(view: str):
    """The structure on entry; => [number] the kernel wrote over it when it succeeded."""
    def print_arg(call: Call, arg: int, entering: bool) -> str:
        from .fmt import ptr
        from .ioctl_values import read_value
        from .structs import read_struct, struct_text
        if entering:
            data = read_struct(call, arg, view)
            call.saved["in"] = data is not None
            return ptr(arg) if data is None else struct_text(call, data, view)
        if call.failed or not call.saved.get("in"):
            return ""
        v = read_value(call, arg, "i")
        return " => " + (ptr(arg) if v is None else "[%d]" % v)
    return print_arg


attach = _then_number("ubi_attach_req")
make_volume = _then_number("ubi_mkvol_req")
