"""-k: the stack of a stopped tracee after each of its lines, as strace prints it.

 > /usr/lib/x86_64-linux-gnu/libc.so.6(__write+0x10) [0xf8350]
 > /usr/bin/dash() [0x13652]

Each frame: the file mapped at the address, the symbol and the offset in it (nothing
between the parentheses where there is none), the address's offset in the file.
libunwind steps through the frames (the optional extension engine/_unwind, built where
libunwind's headers are installed); the files come from the tracee's memory maps, read
again after any syscall that changes them.  available() says whether -k can work.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

# strace walks these at entry and prints the stack when the thread is gone
CAPTURED_AT_ENTRY = frozenset({"exit", "exit_group"})
# after these the memory maps are read again (strace's memory-mapping syscalls)
MAPPING_CHANGES = frozenset({"mmap", "mprotect", "munmap", "brk", "mremap", "shmat", "shmdt",
                             "execve", "execveat", "remap_file_pages", "pkey_mprotect"})

UNAVAILABLE = ("Stack traces (-k/--stack-traces option) are not supported by this build of "
               "syscope: it needs libunwind (Debian: apt-get install libunwind-dev, then "
               "reinstall syscope)")

_generation = 1     # bumped whenever any tracee's maps may have changed


def available() -> bool:
    try:
        from . import _unwind  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=None)
def _demangler():
    """libstdc++'s demangler (the GNU one strace's libiberty has too), or None."""
    import ctypes
    try:
        fn = ctypes.CDLL("libstdc++.so.6").__cxa_demangle
        free = ctypes.CDLL(None).free
    except (OSError, AttributeError):
        return None
    fn.restype = ctypes.c_void_p
    fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p,
                   ctypes.POINTER(ctypes.c_int)]
    free.argtypes = [ctypes.c_void_p]
    return ctypes, fn, free


@lru_cache(maxsize=4096)
def demangled(symbol: str) -> str:
    """A C++ symbol as source spells it (ns::f3(int)), as strace prints them; any
    other symbol as it is."""
    lib = _demangler() if symbol.startswith("_Z") else None
    if lib is None:
        return symbol
    ctypes, fn, free = lib
    status = ctypes.c_int()
    p = fn(symbol.encode(), None, None, ctypes.byref(status))
    if not p:
        return symbol
    try:
        return ctypes.string_at(p).decode(errors="replace") if status.value == 0 else symbol
    finally:
        free(p)


class Maps:
    """The file-backed mappings of a process (/proc/PID/maps), sorted, as strace keeps
    them: (start, end, offset in the file, executable, path)."""

    def __init__(self, pid: int):
        self.generation = _generation
        self.starts: list[int] = []
        self.entries: list[tuple] = []
        try:
            with open("/proc/%d/maps" % pid) as f:
                lines = f.read().splitlines()
        except OSError:
            lines = []
        for line in lines:
            entry = parse_map_line(line)
            if entry is None:
                continue
            if self.entries:
                last = self.entries[-1]
                if entry[0] < last[1] or entry[0] <= last[0]:    # duplicate, overlapping
                    continue
            self.starts.append(entry[0])
            self.entries.append(entry)

    def find(self, address: int) -> tuple | None:
        i = bisect.bisect_right(self.starts, address) - 1
        if i >= 0 and address < self.entries[i][1]:
            return self.entries[i]
        return None


def parse_map_line(line: str) -> tuple | None:
    """One line of /proc/PID/maps: (start, end, offset, executable, path), or None for a
    mapping without a path or with flags it cannot have."""
    parts = line.split(None, 5)
    if len(parts) < 6 or not parts[5].strip():
        return None
    span, perms, offset = parts[0], parts[1], parts[2]
    if len(perms) != 4 or perms[0] not in "r-" or perms[1] not in "w-" \
            or perms[2] not in "x-" or perms[3] not in "ps":
        return None
    start, _, end = span.partition("-")
    try:
        start, end, offset = int(start, 16), int(end, 16), int(offset, 16)
    except ValueError:
        return None
    if end < start:
        return None
    return start, end, offset, perms[2] == "x", parts[5].lstrip()


class StackTraces:
    def __init__(self, report):
        from . import _unwind
        self.unwind = _unwind
        self.report = report          # a message for stderr: report(text)
        self.contexts: dict = {}      # tid -> libunwind's context, or None if it failed
        self.maps: dict[int, Maps] = {}
        self.queued: dict[int, list[str]] = {}

    @staticmethod
    def mappings_changed() -> None:
        global _generation
        _generation += 1

    def _maps(self, tid: int) -> Maps:
        maps = self.maps.get(tid)
        if maps is None or maps.generation != _generation:
            maps = self.maps[tid] = Maps(tid)
            self.unwind.flush_cache()      # what libunwind learnt of the old maps
        return maps

    def walk(self, tid: int, queued: bool = False) -> list[str]:
        """The stack of stopped thread tid as lines.  queued: for printing later, where
        strace prints a frame without a symbol as '(+0x0)'."""
        ctx = self.contexts.get(tid, False)
        if ctx is False:
            try:
                ctx = self.contexts[tid] = self.unwind.attach(tid)
            except OSError as e:
                ctx = self.contexts[tid] = None
                self.report("_UPT_create: %s" % e.strerror)
        maps = self._maps(tid)
        if ctx is None or not maps.entries:
            return []
        frames, more, error = self.unwind.walk(ctx)
        out = []
        for ip, symbol, offset in frames:
            m = maps.find(ip)
            if m is None or not m[3]:       # no executable file there: the walk ends
                if ip:
                    out.append(" > unexpected_backtracing_error [%#x]" % ip)
                return out
            address = ip - m[0] + m[2]
            if symbol or queued:
                out.append(" > %s(%s+0x%x) [0x%x]" % (m[4], demangled(symbol), offset,
                                                      address))
            else:
                out.append(" > %s() [0x%x]" % (m[4], address))
        if error is not None:
            self.report("cannot walk the stack of process %d: %s" % (tid, error))
        elif more:
            out.append(" > too many stack frames")
        return out

    # -- what the text writer asks, in strace's order ----------------------------------
    def entered(self, tid: int, name: str) -> None:
        if name in CAPTURED_AT_ENTRY:
            self.queued[tid] = self.walk(tid, queued=True)

    def after_line(self, tid: int) -> list[str]:
        """After a syscall's or a signal's line: what was captured at entry, else the
        stack now."""
        lines = self.queued.pop(tid, None)
        return lines if lines is not None else self.walk(tid)

    def gone(self, tid: int) -> list[str]:
        """After the line of a thread's end: the stack its exit captured."""
        self.contexts.pop(tid, None)
        self.maps.pop(tid, None)
        return self.queued.pop(tid, [])
