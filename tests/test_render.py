"""The compiled renderer prints every argument exactly as the Python decoders do.

Each syscall with a compiled program is rendered both ways from the same registers and
the same memory: this process's own memory, which the renderer reads as it reads a
tracee's (process_vm_readv works on oneself)."""
from __future__ import annotations

import ctypes
import os
import struct

import pytest
from hypothesis import given, settings, strategies as st

from syscope.abi import SYSCALL_NUMBERS, xlat_value
from syscope.decode import decoder_for
from syscope.decode.core import Call, Decoder, DecodeOptions, VariantDecoder
from syscope.decode.signatures import VARIANTS
from syscope.decode.fmt import HEX_ALL, HEX_NON_ASCII, HEX_NONE
from syscope.engine import _ptrace as P
from syscope.engine import render
from syscope.engine.memory import TraceeMemory

PID = os.getpid()
KEEP = []   # buffers the registers point at stay alive


def buffer(data: bytes) -> int:
    # A page at least: a read past the data (a stat or a statx from a string's pointer,
    # directory entries as long as the return value) sees zeros both times, not the
    # heap beyond, which the Python rendering changes between the two.
    b = ctypes.create_string_buffer(data, max(len(data) + 1, 4096))
    KEEP.append(b)
    return ctypes.addressof(b)


def stat_bytes(mode: int, size: int, rdev: int) -> bytes:
    return struct.pack("<QQQIII4xQqqqqqqqqq", 1, 2, 1, mode, 0, 0, rdev, size, 4096, 8,
                       1, 2, 3, 4, 5, 6)


def dents(names: list[bytes]) -> bytes:
    out = b""
    for i, n in enumerate(names):
        reclen = (19 + len(n) + 1 + 7) & ~7
        out += struct.pack("<QqHB", i + 1, i + 2, reclen, 8) + n.ljust(reclen - 19, b"\0")
    return out


strings = st.binary(max_size=80)
numbers = st.one_of(st.integers(0, 2 ** 64 - 1), st.integers(-200, 200).map(lambda v: v % 2 ** 64),
                    st.sampled_from([0, 1, 2, 3, 0o100, 0o644, 0o20200000 | 2, 0x6000, 0x800,
                                     0x80, 0x81, 0xFFFFFFFF, 0xFFFFFF9C, 2 ** 63]))


@st.composite
def register(draw):
    """A register: a number, or a pointer to a string, a stat, directory entries."""
    kind = draw(st.sampled_from(["num", "num", "str", "stat", "dents", "bad", "times", "sigact",
                                 "rlimit", "status"]))
    if kind == "rlimit":
        limits = st.sampled_from([2 ** 64 - 1, 8192 * 1024, 1024, 1025, 0, 2048, 2 ** 63])
        return buffer(struct.pack("<QQ", draw(limits), draw(limits)))
    if kind == "status":      # wait statuses: exited, killed (core), stopped, continued, events
        return buffer(struct.pack("<I", draw(st.sampled_from(
            [0, 0x100, 0xff00, 0x9, 0x89, 0x7f, 0x137f, 0x857f, 0xffff, 0x3057f, 0x10009,
             0x1000, 0xc5, 0x7f7f]))))
    if kind == "sigact":
        handler = draw(st.sampled_from([0, 1, 2 ** 64 - 1, 0x401000]))
        flags = draw(st.sampled_from([0, 0x04000000, 0x14000000, 0x10000004, 0xFFFF]))
        return buffer(struct.pack("<QQQQ", handler, flags, 0x7F0000001000,
                                  draw(st.integers(0, 2 ** 64 - 1))))
    if kind == "times":
        return buffer(struct.pack("<qqqq", *draw(st.lists(st.integers(-2 ** 63, 2 ** 63 - 1),
                                                          min_size=4, max_size=4))))
    if kind == "num":
        return draw(numbers)
    if kind == "str":
        return buffer(draw(strings))
    if kind == "stat":
        mode = draw(st.sampled_from([0o100644, 0o40755, 0o20620, 0o60660, 0o104755, 0o170777, 0]))
        return buffer(stat_bytes(mode, draw(st.integers(0, 2 ** 40)), draw(numbers)))
    if kind == "dents":
        return buffer(dents(draw(st.lists(st.binary(min_size=1, max_size=20), max_size=5))))
    return 0x10   # unreadable


def compiled_syscalls(opts: DecodeOptions) -> list[str]:
    P.reset_plans()
    renderer = render.Renderer(opts)
    return [n for n, nr in SYSCALL_NUMBERS.items() if renderer.compile(nr, n)]


def python_text(name, opts, args, rval, is_error, phase, sp=0):
    d = decoder_for(name)
    call = Call(PID, SYSCALL_NUMBERS[name], name, args, opts, TraceeMemory(PID),
                saved={"sp": sp})
    if phase == 1:
        text = d.entry(call)
        has_exit = getattr(d, "_exit_specs", None) or type(d).exit is not Decoder.exit
        return text[:-2] if text.endswith(", ") and has_exit else text
    call.exited = True
    if is_error:
        call.error, call.rval = -rval, -1
    else:
        call.rval = rval
    return d.exit(call) if phase == 2 else d.ret(call)


@pytest.mark.parametrize("xflag,max_strlen,decode_fds", [
    (HEX_NONE, 32, 0), (HEX_NON_ASCII, 32, 0), (HEX_ALL, 32, 0), (HEX_NONE, 4, 0),
    (HEX_NON_ASCII, 4, 0), (HEX_ALL, 4, 0), (HEX_NONE, 32, 1), (HEX_ALL, 4, 1)])
def test_compiled_programs_print_as_python_decoders(xflag, max_strlen, decode_fds):
    """-y included: descriptors are this process's own, paths read from /proc."""
    opts = DecodeOptions(max_strlen=max_strlen, xflag=xflag, decode_fds=decode_fds)
    names = compiled_syscalls(opts)
    for must in ("openat", "newfstatat", "statx", "getdents64", "read", "close", "mprotect",
                 "mmap", "fcntl", "rt_sigaction", "rt_sigprocmask", "futex"):
        assert must in names

    @settings(max_examples=400, deadline=None)
    @given(name=st.sampled_from(names), args=st.tuples(*[register()] * 6),
           result=st.one_of(st.integers(-4095, -1).map(lambda e: (e, 1)),
                            st.integers(0, 300).map(lambda v: (v, 0))))
    def check(name, args, result):
        rval, is_error = result
        nr = SYSCALL_NUMBERS[name]
        sp = args[5] & ((1 << 47) - 1)      # a stack pointer: a signal frame above it
        for phase in (1, 2, 3):
            c = P.render_test(nr, phase, PID, args, rval, is_error, sp)
            if c is None:     # a value the compiled variants leave to Python, or an
                # exit the loop hands to Python (what the kernel filled in)
                assert isinstance(decoder_for(name), VariantDecoder) or phase > 1
                return
            py = python_text(name, opts, args, rval, is_error, phase, sp)
            assert c == py, (name, phase, args, rval, is_error)
    check()


@settings(max_examples=300, deadline=None)
@given(cmd=st.sampled_from(sorted(VARIANTS["fcntl"][2])), arg=numbers,
       result=st.one_of(st.integers(-4095, -1).map(lambda e: (e, 1)),
                        st.integers(0, 0x8FFFF).map(lambda v: (v, 0))))
def test_fcntl_commands_print_as_python_decoders(cmd, arg, result):
    """Each fcntl command with a compiled variant prints as the Python decoder does."""
    opts = DecodeOptions()
    compiled_syscalls(opts)
    args = (3, xlat_value("fcntl_cmds", cmd), arg, 0, 0, 0)
    for phase in (1, 2, 3):
        c = P.render_test(SYSCALL_NUMBERS["fcntl"], phase, PID, args, *result)
        assert c is not None
        assert c == python_text("fcntl", opts, args, *result, phase), (cmd, phase)


def ioctl_codes() -> list[int]:
    from syscope.decode.ioctl import requests
    return sorted({code for code, _name in requests()})


def test_ioctl_requests_print_as_python_decoder():
    """Each ioctl request with a program (compiled when Python first prints it) prints as
    the Python decoder does, or hands the exit back when the kernel filled something in."""
    opts = DecodeOptions()
    P.reset_plans()
    renderer = render.Renderer(opts)
    nr = SYSCALL_NUMBERS["ioctl"]
    renderer.compile(nr, "ioctl")
    filled = buffer(struct.pack("<IIII", 0x500, 0x5, 0xbf, 0x8a3b) + bytes(20))
    compiled = 0
    for code in ioctl_codes():
        for arg in (filled, 0, 0x10, 0xFFFFFFFF80000001):
            args = (1, code, arg, 0, 0, 0)
            renderer.learn(nr, args)
            for result in ((-25, 1), (0, 0), (7, 0)):
                for phase in (1, 2, 3):
                    c = P.render_test(nr, phase, PID, args, *result)
                    if c is None:     # no program for the request, or an exit Python prints
                        assert phase == 1 or (not result[1] and arg), (hex(code), phase)
                        break
                    compiled += 1
                    assert c == python_text("ioctl", opts, args, *result, phase), \
                        (hex(code), arg, result, phase)
    assert compiled > 1000


def test_rendering_covers_the_everyday_syscalls():
    """What real programs call most is printed by the compiled renderer."""
    names = set(compiled_syscalls(DecodeOptions()))
    everyday = {"read", "write", "openat", "close", "newfstatat", "fstat", "lseek", "mprotect",
                "munmap", "brk", "access", "getdents64", "statx", "readlink", "lgetxattr",
                "getxattr", "pread64", "unlink", "mkdir", "dup2", "getpid", "exit_group",
                "clock_gettime", "prlimit64", "wait4", "pipe2", "getrusage", "execve", "getcwd",
                "sysinfo", "rt_sigreturn"}
    assert everyday - names == set()


def test_verbose_structures_stay_with_python():
    """-v prints whole structures: those keep their Python decoders."""
    names = set(compiled_syscalls(DecodeOptions(verbose=True)))
    assert "newfstatat" not in names and "getdents64" not in names
    assert "openat" in names
