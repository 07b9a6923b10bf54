"""Block devices' ioctl requests (linux/fs.h, linux/blkpg.h, linux/blktrace_api.h), as
strace 6.1 prints them: numbers by value or through pointers, partition requests and
block trace setups as structures."""
from __future__ import annotations

from .table_entries import same_kind

ARGS = {
    **same_kind("none", "BLKRRPART BLKFLSBUF BLKTRACESTART BLKTRACESTOP BLKTRACETEARDOWN"),
    **same_kind("udec", "BLKRASET BLKFRASET"),
    **same_kind("int_in", "BLKROSET BLKBSZSET"),
    **same_kind("u64_pair_in", "BLKDISCARD BLKSECDISCARD BLKZEROOUT"),
    **same_kind("int_out", "BLKBSZGET BLKROGET BLKSSZGET BLKALIGNOFF"),
    **same_kind("uint_out", "BLKIOMIN BLKIOOPT BLKPBSZGET BLKDISCARDZEROES BLKGETZONESZ "
                "BLKGETNRZONES"),
    **same_kind("ushort_out", "BLKSECTGET BLKROTATIONAL"),
    **same_kind("ulong_out", "BLKRAGET BLKFRAGET BLKGETSIZE"),
    **same_kind("u64_out", "BLKGETSIZE64 BLKGETDISKSEQ"),
    "BLKPG": "in:blkpg_ioctl_arg",
    "BLKTRACESETUP": "split:blk_user_trace_setup_in:blk_user_trace_setup_name",
}
