"""Memory technology devices' ioctl requests (mtd/mtd-abi.h), as strace 6.1 prints them:
erase ranges, out-of-band buffers, OTP regions and the device's geometry."""
from __future__ import annotations

from .table_entries import same_kind

ARGS = {
    **same_kind("in:erase_info_user", "MEMERASE MEMLOCK MEMUNLOCK MEMISLOCKED"),
    "MEMERASE64": "in:erase_info_user64",
    **same_kind("in:mtd_oob_buf", "MEMWRITEOOB MEMREADOOB"),
    **same_kind("in:mtd_oob_buf64", "MEMWRITEOOB64 MEMREADOOB64"),
    "MEMWRITE": "in:mtd_write_req", "OTPLOCK": "in:otp_info",
    "OTPGETREGIONINFO": "out:otp_info",
    "OTPSELECT": "at_in:I:xval:mtd_otp_options:MTD_OTP_???",
    "MTDFILEMODE": "value:xval:mtd_file_mode_options:MTD_FILE_MODE_???",
    **same_kind("u64_in", "MEMGETBADBLOCK MEMSETBADBLOCK"),
    "MEMGETINFO": "out:mtd_info_user", "MEMGETOOBSEL": "out:nand_oobinfo",
    "ECCGETLAYOUT": "out:nand_ecclayout_user", "ECCGETSTATS": "out:mtd_ecc_stats",
    "OTPGETREGIONCOUNT": "uint_out", "MEMGETREGIONCOUNT": "int_out",
    "MEMGETREGIONINFO": "split:region_info_user_in:region_info_user_out",
}


def pair(call, data: bytes) -> str:
    """An element of nand_oobinfo's oobfree: [offset, length]."""
    from .fmt import chex
    half = len(data) // 2
    return "[%s, %s]" % (chex(int.from_bytes(data[:half], "little")),
                         chex(int.from_bytes(data[half:], "little")))
