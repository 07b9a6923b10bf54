"""Calls that name /dev/full only through descriptors, as strace's -P rules see them:
descriptor arguments with garbage in their high 32 bits, the second descriptor of
dup2/dup3, the *at calls' directory descriptor, fsconfig's descriptor, a mapping of the
file, select sets (one of them unreadable past its first word) and poll arrays."""
import ctypes
import mmap
import os
import select

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
HIGH = 0xDEFACED00000000
NR_DUP, NR_DUP2, NR_DUP3, NR_FCHDIR, NR_FSCONFIG = 32, 33, 292, 81, 431
NR_SELECT, NR_FACCESSAT = 23, 269


def sys(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *[
        ctypes.c_char_p(a) if isinstance(a, bytes) else ctypes.c_ulong(a & (1 << 64) - 1)
        for a in args])


full = os.open("/dev/full", os.O_WRONLY)
os.dup2(full, 9)
os.close(full)
other = os.open("/dev/null", os.O_RDONLY)
sys(NR_DUP, HIGH | 9)                  # the descriptor is the low 32 bits
sys(NR_DUP, HIGH | other)
sys(NR_DUP2, -5, HIGH | 9)             # dup2's second descriptor
sys(NR_DUP3, -5, 9, 0)
sys(NR_FACCESSAT, 9, b"x", 0)          # a directory descriptor of the path
sys(NR_FACCESSAT, -100, b"/dev/full", 0)
sys(NR_FSCONFIG, -1, 5, 0, 0, 9)       # FSCONFIG_SET_FD names its descriptor last
sys(NR_FSCONFIG, -1, 3, 0, b"/dev/full", -100)
sys(NR_FSCONFIG, -1, 0, 0, 0, 9)       # FSCONFIG_SET_FLAG names none
try:
    mmap.mmap(9, 4096, mmap.MAP_SHARED, mmap.PROT_WRITE)
except OSError:
    pass
select.select([], [9], [], 0)
select.select([other], [], [], 0)
page = mmap.mmap(-1, 2 * mmap.PAGESIZE)
base = ctypes.addressof(ctypes.c_char.from_buffer(page))
end = base + mmap.PAGESIZE - 8              # an fd set whose second word is unmapped
ctypes.memmove(end, (1 << 9).to_bytes(8, "little"), 8)
libc.mprotect(ctypes.c_void_p(base + mmap.PAGESIZE), mmap.PAGESIZE, 0)
zero = ctypes.create_string_buffer(16)      # a timeout of nothing: no waiting
sys(NR_SELECT, 65, 0, 0, end, ctypes.addressof(zero))   # skipped, as strace skips it
sys(NR_SELECT, 64, 0, 0, end, ctypes.addressof(zero))
poll = select.poll()
poll.register(9, select.POLLOUT)
poll.register(other, select.POLLIN)
poll.poll(0)
