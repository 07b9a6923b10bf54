"""Syscall families with decoders of their own (keys, quotas, io_uring, AIO, seccomp,
perf_event_open, scheduling attributes, timex, syslog, kexec, LDT, futex_waitv),
compared line by line with strace on small programs that make the calls through ctypes."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from difftool import SYSCOPE, STRACE, collapse_padding, normalize

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

PRELUDE = """
import ctypes, os, struct
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
libc.syscall.argtypes = [ctypes.c_long] * 7
def sc(nr, *args):
    return libc.syscall(nr, *args, *[0] * (6 - len(args)))
def mem(data, size=None):
    buf = ctypes.create_string_buffer(data, size or max(len(data), 1))
    KEEP.append(buf)
    return ctypes.addressof(buf)
KEEP = []
"""

PROGRAMS = {
    "keys": ("add_key,request_key,keyctl", """
k = sc(248, mem(b"user\\0"), mem(b"desc\\0"), mem(b"payload-long-enough-to-be-cut-at-32\\0"), 36, -3, 0)
sc(249, mem(b"user\\0"), mem(b"none\\0"), 0, -2, 0, 0)
buf = mem(b"", 256)
for cmd, a2, a3, a4, a5 in [(6, k, buf, 256, 0), (6, k, buf, 5, 0), (11, k, buf, 256, 0),
        (11, k, buf, 4, 0), (0, -3, 0, 0, 0), (5, k, 0x3f010000, 0, 0), (5, k, 1 << 30, 0, 0),
        (15, k, 100, 0, 0), (14, 8, 0, 0, 0), (14, -1, 0, 0, 0), (19, k, 5, 1, -3),
        (19, k, 5, 9999, -3), (31, buf, 256, 0, 0), (0xfacefeed, 1, 2, 3, 4), (4, k, 1000, -1, 0),
        (30, k, -1, -3, 1), (24, 0, buf, 10, 0), (23, buf, buf, 10, 0), (2, k, buf, 0, 0),
        (3, k, 0, 0, 0)]:
    sc(250, cmd, a2, a3, a4, a5)
"""),
    "quota": ("quotactl,quotactl_fd", """
dq = mem(bytes(range(160)))
for cmd, ident, addr in [(0x80000700, 0, dq), (0x80000801, 1000, dq), (0x80000900, 7, dq),
        (0x80000200, 2, mem(b"/nonexistent\\0")), (0x80000500, 0, dq), (0x80000601, 0, dq),
        (0x80000400, 0, dq), (0x580300, 5, dq), (0x580401, 5, dq), (0x580500, 0, dq),
        (0x580800, 0, dq), (0x580100, 0, dq), (0x580600, 0, dq), (0x80000100, 0, 0),
        (0x12345602, 3, 0), (0x80000703, -1, 0)]:
    sc(179, cmd, mem(b"/dev/null\\0"), ident, addr, 0, 0)
sc(443, 0, 0x80000700, 0, dq, 0, 0)
"""),
    "io_uring": ("io_uring_setup,io_uring_enter,io_uring_register", """
params = mem(b"", 120)
fd = sc(425, 8, params, 0, 0, 0, 0)
sc(425, 8, 0, 0, 0, 0, 0)
sc(426, fd, 0, 0, 1, 0, 8)
sc(426, fd, 0, 0, 0x80, params, 8)
sc(426, fd, 1, 0, 0, mem(struct.pack('<Q', 1 << 14)), 8)
sc(427, fd, 8, mem(b"", 16 + 8 * 4), 4, 0, 0)
fds = mem(struct.pack("<3i", 0, 1, 2))
sc(427, fd, 2, fds, 3, 0, 0)
sc(427, fd, 3, 0, 0, 0, 0)
sc(427, fd, 4, fds, 1, 0, 0)
sc(427, fd, 19, mem(b"", 8), 2, 0, 0)
sc(427, fd, 11, mem(struct.pack("<HBB12x", 1, 2, 0) + struct.pack("<HBB12x", 2, 5, 0)), 2, 0, 0)
sc(427, fd, 99, params, 2, 0, 0)
"""),
    "aio": ("io_setup,io_submit,io_getevents,io_pgetevents,io_cancel,io_destroy", """
ctx = ctypes.c_ulong(0)
sc(206, 8, ctypes.addressof(ctx), 0, 0, 0, 0)
fd = os.open(os.devnull, os.O_RDWR)
buf = mem(b"hello", 64)
cbs = [mem(struct.pack("<QIIHhIQQqQII", 0xdead, 0, 0, 0, 0, fd, buf, 64, 0, 0, 0, 0)),
       mem(struct.pack("<QIIHhIQQqQII", 0xbeef, 0, 0, 1, 0, fd, buf, 5, 0, 0, 0, 0))]
sc(209, ctx.value, 2, mem(struct.pack("<2Q", *cbs)), 0, 0, 0)
ev = mem(b"", 64)
ts = mem(struct.pack("<qq", 1, 0))
sc(208, ctx.value, 2, 2, ev, ts, 0)
sc(210, ctx.value, cbs[0], ev, 0, 0, 0)
sc(333, ctx.value, 0, 1, ev, ts, mem(struct.pack("<QQ", mem(struct.pack("<Q", 1 << 9)), 8)))
sc(209, ctx.value, -1, 0, 0, 0, 0)
sc(207, ctx.value, 0, 0, 0, 0, 0)
"""),
    "seccomp": ("seccomp", """
ins = [(0x20, 0, 0, 4), (0x15, 1, 0, 0xc000003e), (0x06, 0, 0, 0), (0x15, 0, 1, 39),
       (0x06, 0, 0, 0x50001), (0x06, 0, 0, 0x7fff0000), (0x07, 0, 0, 0), (0x35, 0, 0, 3),
       (0x0c, 0, 0, 0), (0x16, 0, 0, 0), (0xff, 0, 0, 0), (0x62, 0, 0, 3), (0xb1, 0, 0, 1)]
filt = mem(b"".join(struct.pack("<HBBI", *i) for i in ins))
sc(317, 1, 0x80, mem(struct.pack("<H6xQ", len(ins), filt)), 0, 0, 0)
sc(317, 1, 0, 0, 0, 0, 0)
sc(317, 2, 0, mem(struct.pack("<I", 0x7fff0000)), 0, 0, 0)
sc(317, 2, 0, mem(struct.pack("<I", 0x12345)), 0, 0, 0)
sc(317, 3, 0, mem(b"", 6), 0, 0, 0)
sc(317, 9, 1, 0, 0, 0, 0)
"""),
    "perf": ("perf_event_open", """
def attr(*f):
    return mem(struct.pack("<IIQQQQQIIQQQQIiQIHHIIQ", *f))
sc(298, attr(1, 128, 2, 1000, 0x807, 3, 1 | 1 << 5 | 1 << 10 | 2 << 15 | 1 << 25 | 1 << 40,
             1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0), 0, -1, -1, 8)
sc(298, attr(3, 72, 0x10203, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), -1, 0, -1, 0)
sc(298, attr(5, 200, 0, 0, 0x800, 0, 1 << 14, 5, 3, 0x1000, 8, 1, 2, 3, 0, 4, 5, 6, 7, 8, 9, 10),
   0, -1, -1, 0x10)
sc(298, 0, 0, -1, -1, 0)
"""),
    "sched_attr": ("sched_getattr,sched_setattr", """
buf = mem(b"", 64)
for size in (56, 48, 0, 64):
    sc(315, 0, buf, size, 0, 0, 0)
sc(314, 0, buf, 0, 0, 0, 0)
sc(314, 0, mem(struct.pack("<I", 100) + bytes(96)), 0, 0, 0, 0)
sc(314, 0, mem(struct.pack("<IIQiIQQQ", 48, 0, 0x10, 0, 0, 0, 0, 0)), 0, 0, 0, 0)
sc(314, 0, mem(struct.pack("<I", 12), 16), 0, 0, 0, 0)
"""),
    "system": ("syslog,adjtimex,clock_adjtime,kexec_load,kexec_file_load,modify_ldt,"
               "get_thread_area,set_thread_area,futex_waitv", """
tx = mem(b"", 208)
sc(159, 0, 0, 0, 0, 0, 0)
sc(159, tx, 0, 0, 0, 0, 0)
sc(305, 0, tx, 0, 0, 0, 0)
sc(305, 99, 0, 0, 0, 0, 0)
for t, b, n in [(0xbadc0ded0000000a, 0xdeadbeef, -1), (10, 0, 0), (8, 0, 3), (8, 0, 8),
                (11, 0, 5), (3, mem(b"", 64), 0)]:
    sc(103, t, b, n, 0, 0, 0)
desc = mem(b"\\x05\\0\\0\\0" + b"\\x11" * 12)
sc(154, 1, desc, 16, 0, 0, 0)
sc(154, 0, 0, 0, 0, 0, 0)
sc(154, 0xbad, desc, 42, 0, 0, 0)
sc(211, desc, 0, 0, 0, 0, 0)
sc(205, desc, 0, 0, 0, 0, 0)
w = mem(b"", 64)
sc(449, w, 2, 0, 0, 1, 0)
sc(449, 0, 0, 0, 0, 0xfffe, 0)
sc(246, 0, 1, 0, 0x3e0001, 0, 0)
sc(246, 0x1000, 2, w, 3, 0, 0)
sc(246, 0x1000, 17, w, 0x3e0000, 0, 0)
sc(320, 3, 4, 5, mem(b"hello"), 5, 0)
"""),
    "misc": ("removexattr,lremovexattr,fremovexattr,remap_file_pages,get_robust_list,"
             "pivot_root,ioperm", """
sc(197, mem(b"/nonexistent\\0"), mem(b"user.x\\0"))
sc(198, mem(b"."), mem(b"user.none\\0"))
sc(199, -1, mem(b"user.x\\0"))
sc(216, 0x1000, 4096, 7, 0, 0x22)
sc(216, 0xfacefeed000, 4096, 0xdef00000000, 1, 0xf | 0x10 | 0x4000 | 0x40000 | 21 << 26)
head, size = ctypes.c_ulong(0), ctypes.c_ulong(0)
sc(274, 0, ctypes.addressof(head), ctypes.addressof(size))
sc(274, 0, 0, 0)
sc(155, mem(b"/nonexistent\\0"), mem(b"/nonexistent/old\\0"))
sc(173, 0x80, 8, 1)
"""),
}


def trace(tracer: list[str], options: list[str], names: str, body: str, tmp_path) -> list[str]:
    out = tmp_path / "trace"
    subprocess.run(tracer + ["-qq", *options, "-e", "trace=" + names, "-o", str(out),
                             sys.executable, "-I", "-S", "-c", PRELUDE + body],
                   check=True, timeout=60)
    lines = out.read_text().splitlines()
    # a key's serial number and the clock's state differ from run to run
    keys = [m.group(1) for ln in lines
            for m in [re.match(r"(?:add_key|keyctl\(KEYCTL_GET_KEYRING_ID)\(?.*= (\d+)$", ln)] if m]
    for key in keys:
        # (the padding before " = " follows the serial's width)
        lines = [collapse_padding(ln.replace(key, "KEY")) if key in ln else ln for ln in lines]
    lines = [re.sub(r"(time=\{tv_sec=)\d+, tv_usec=\d+", r"\1N, tv_usec=N", ln) for ln in lines]
    # serial numbers of another width move the return value's column
    return [collapse_padding(ln) for ln in normalize(lines)]


@pytest.mark.parametrize("options", [[], ["-v"]], ids=["abbrev", "verbose"])
@pytest.mark.parametrize("family", sorted(PROGRAMS))
def test_family_matches_strace(family, options, tmp_path):
    names, body = PROGRAMS[family]
    expected = trace([STRACE], options, names, body, tmp_path)
    actual = trace(SYSCOPE, options, names, body, tmp_path)
    assert len(expected) >= 4
    assert actual == expected


def test_nested_tracer_ptrace_requests_match_strace(tmp_path):
    """strace tracing a program: its ptrace requests (PTRACE_SEIZE, options, syscall
    info at each stop) decoded as strace decodes them."""
    def run(tracer):
        out = tmp_path / "trace"
        subprocess.run(tracer + ["-qq", "-e", "trace=ptrace", "-e", "signal=none", "-o",
                                 str(out), STRACE, "-o", "/dev/null", "/bin/true"],
                       check=True, timeout=60)
        lines = [re.sub(r"^ptrace\((\w+), \d+", r"ptrace(\1, PID", ln)
                 for ln in out.read_text().splitlines()]
        # pids the tracee's syscalls return, the event message (a pid too); the values of
        # the argument registers, which a call with fewer arguments leaves as they were
        lines = [re.sub(r"args=\[[^\]]*\]",
                        lambda m: re.sub(r"\b(0x[0-9a-f]+|\d+)\b", "V", m.group(0)), ln)
                 for ln in normalize(lines)]
        return [re.sub(r"exit=\{rval=\d+,|NULL, \[\d+\]", "N", ln) for ln in lines]
    expected = run([STRACE])
    assert any("PTRACE_GET_SYSCALL_INFO" in ln for ln in expected)
    assert run(SYSCOPE) == expected
