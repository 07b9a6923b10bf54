"""Recorded traces: files (plain, gzip, zstd, stdin, -ff sets) into records and events.

Memory stays flat: files are read line by line; only the calls that are open
(entered, not yet resumed) are held."""
from __future__ import annotations

import glob
import gzip
import io
import os
import re
import sys
import zlib
from typing import Iterator

from ..model import Exit, Message, Signal, Syscall, Unparsed
from ..output.outfile import report
from .ffset import is_set, merged_lines, numbered_lines
from .parse import Record, parse_line, return_value, seconds


class LogError(Exception):
    """A log that cannot be opened or read; the message is for the user."""


def open_binary(path: str):
    """The log's bytes, decompressed: plain, gzip or zstd ('-' is stdin)."""
    if path == "-":
        return sys.stdin.buffer
    try:
        f = open(path, "rb")
    except OSError as e:
        raise LogError("Can't open '%s': %s" % (path, e.strerror))
    try:
        magic = f.read(4)
        f.seek(0)
    except OSError as e:
        f.close()
        raise LogError("Can't read '%s': %s" % (path, e.strerror))
    if magic[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=f)
    if magic == b"\x28\xb5\x2f\xfd":
        try:
            import zstandard
        except ImportError:
            f.close()
            raise LogError("'%s' is zstd-compressed: install the 'zstandard' package "
                           "(pip install zstandard) or decompress it first" % path)
        return zstandard.ZstdDecompressor().stream_reader(f)
    return f


def open_text(path: str):
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, errors="surrogateescape")
    return io.TextIOWrapper(open_binary(path), errors="surrogateescape", newline="\n")


def blocks(path: str, size: int = 1 << 20) -> Iterator[bytes]:
    """The log in blocks of whole lines, as they arrive (a pipe is not waited on to
    fill a block); the last line gets its missing newline.  A damaged compressed file
    yields every whole line before the damage, then raises LogError."""
    f = open_binary(path)
    read = getattr(f, "read1", f.read)
    count_lines = line_counter()
    carry: list[bytes] = []   # the start of a line longer than a block
    n = 0
    try:
        while True:
            try:
                data = read(size)
            except read_errors() as e:
                if carry:
                    yield b"".join(carry) + b"\n"
                    n += 1
                raise LogError("%s: cannot read past line %d: %s"
                               % (path, n, str(e) or type(e).__name__))
            if not data:
                break
            cut = data.rfind(b"\n") + 1
            if not cut:
                carry.append(data)
                continue
            block = b"".join(carry) + data[:cut] if carry else data[:cut]
            carry = [data[cut:]] if cut < len(data) else []
            n += count_lines(block)
            yield block
        if carry:
            yield b"".join(carry) + b"\n"
    finally:
        if f is not sys.stdin.buffer:
            f.close()


def line_counter():
    """block.count(b"\\n"), at memchr's speed when the compiled scanner is built."""
    try:
        from ._scan import count_lines
    except ImportError:
        return lambda block: block.count(b"\n")
    return count_lines


FF_SUFFIX = re.compile(r"\.(\d{1,10})$")


def expand_paths(paths: list[str]) -> list[tuple[str, int]]:
    """LOG arguments -> [(file, pid-from-name or 0)].  A prefix of an -ff set
    (trace for trace.1234, trace.1235) stands for the whole set."""
    out: list[tuple[str, int]] = []
    for p in paths:
        if p != "-" and not os.path.exists(p):
            members = sorted((q for q in glob.glob(glob.escape(p) + ".*")
                              if FF_SUFFIX.search(q)),
                             key=lambda q: int(FF_SUFFIX.search(q).group(1)))
            if not members:
                raise LogError("Can't open '%s': No such file or directory" % p)
            out += [(q, int(FF_SUFFIX.search(q).group(1))) for q in members]
            continue
        m = FF_SUFFIX.search(p) if p != "-" else None
        out.append((p, int(m.group(1)) if m else 0))
    return out


READ_ERRORS: tuple = (OSError, EOFError, UnicodeError, ValueError, zlib.error)


def read_errors() -> tuple:
    """What reading a damaged file can raise (zstandard has its own error class)."""
    mod = sys.modules.get("zstandard")
    return READ_ERRORS + ((mod.ZstdError,) if mod is not None else ())


def lines(path: str) -> Iterator[str]:
    """The lines of one log file with their newlines (split at '\n' only, undecodable
    bytes kept as surrogates); a damaged or truncated compressed file ends in LogError
    after the last line that could be read."""
    for block in blocks(path):
        text = block.decode("utf-8", "surrogateescape")
        start = 0
        while start < len(text):
            end = text.index("\n", start) + 1
            yield text[start:end]
            start = end


def records(paths: list[str]) -> Iterator[tuple[str, Record]]:
    """Every record of every file, in file order; the pid of an -ff file comes from
    its name, and an -ff set given by its PREFIX is merged by time (ffset.py)."""
    for path, n, line, pid in numbered_lines(paths, expand_paths, lines, report):
        yield path, parse_line(line.rstrip("\n"), n, pid)


def _syscall(rec: Record, source: str) -> Syscall:
    rval, errno, msg = return_value(rec.ret)
    return Syscall(pid=rec.pid, name=rec.name, args_text=rec.args, ret_text=rec.ret,
                   rval=rval, errno=errno, error=msg, time=rec.ts,
                   duration=seconds(rec.dur), line=rec.lineno,
                   source=source)


class Joiner:
    """Records into model events, in order: unfinished/resumed pairs joined into one
    Syscall.  Only the calls that are open (entered, not yet resumed) are held."""
    __slots__ = ("open_calls", "alias")

    def __init__(self):
        self.open_calls: dict[int, Syscall] = {}
        self.alias = 0   # the pid of lines printed without a prefix, once a resume reveals it

    def feed(self, source: str, rec: Record) -> list:
        """The events that rec completes (most records complete one)."""
        if rec.pid == 0 and self.alias:
            rec.pid = self.alias
        k = rec.kind
        open_calls = self.open_calls
        if k == "call":
            return [_syscall(rec, source)]
        out: list = []
        if k == "entry":
            prev = open_calls.pop(rec.pid, None)
            if prev is not None:
                prev.unfinished = True
                out.append(prev)
            ev = Syscall(pid=rec.pid, name=rec.name, args_text=rec.args, time=rec.ts,
                         line=rec.lineno, source=source)
            open_calls[rec.pid] = ev
            if rec.extra:
                m = re.search(r"Process (\d{1,10}) attached", rec.extra)
                out.append(Message(int(m.group(1)) if m else None, rec.extra, rec.lineno,
                                   source))
        elif k == "resume":
            ev = open_calls.pop(rec.pid, None)
            if ev is None and 0 in open_calls and open_calls[0].name == rec.name:
                ev = open_calls.pop(0)   # 'vfork(' before prefixes began, resumed as [pid N]
                self.alias = rec.pid
            if ev is not None and ev.name != rec.name:
                ev.unfinished = True   # another call resumed: this one never returned
                out.append(ev)
                ev = None
            done = _syscall(rec, source)
            done.resumed = True
            if ev is not None:
                done.args_text = ev.args_text + rec.args
                done.time = ev.time
                done.line = ev.line
            else:   # its entry is not in the log ('tail -n'): the first arguments are unknown
                done.args_text = "..., " + rec.args if rec.args else "..."
            out.append(done)
        elif k in ("exited", "killed"):
            ev = open_calls.pop(rec.pid, None)
            if ev is not None:
                ev.unfinished = True
                out.append(ev)
            if k == "exited":
                out.append(Exit(rec.pid, code=rec.number, time=rec.ts, line=rec.lineno,
                                source=source))
            else:
                out.append(Exit(rec.pid, signal=rec.extra, core=rec.core, time=rec.ts,
                                line=rec.lineno, source=source))
        elif k == "signal":
            out.append(Signal(rec.pid, rec.name, rec.extra, time=rec.ts, line=rec.lineno,
                              source=source))
        elif k == "stopped":
            out.append(Signal(rec.pid, rec.name, None, stopped=True, time=rec.ts,
                              line=rec.lineno, source=source))
        elif k == "message":
            m = re.match(r"Process (\d{1,10}) ", rec.extra)
            out.append(Message(int(m.group(1)) if m else None, rec.extra, rec.lineno, source))
        elif k not in ("superseded", "dump", "summary", "tail"):
            out.append(Unparsed(rec.raw, rec.lineno, source, "not strace output"))
        return out

    def finish(self) -> list:
        """The calls still open where the logs end: unfinished."""
        out = list(self.open_calls.values())
        for ev in out:
            ev.unfinished = True
        self.open_calls.clear()
        return out


def events(paths: list[str], compiled: bool = True) -> Iterator:
    """Model events, with unfinished/resumed pairs joined into one Syscall.  The
    compiled parser (compiled.py) makes the same events as the Python one."""
    for batch, _unparsed in event_batches(paths, compiled):
        yield from batch


BATCH = 4096    # events per batch of the Python parser


def event_batches(paths: list[str], compiled: bool = True) -> Iterator[tuple[list, int]]:
    """events(), a list at a time (a block of the log), with the number of 'unparsed'
    events in it: a consumer loops over each list itself, one generator step per block
    rather than per event."""
    from .compiled import parser
    fast = parser() if compiled else None
    if fast is not None:
        yield from fast_batches(paths, fast)
        return
    join = Joiner()
    batch: list = []
    unparsed = 0
    for source, rec in records(paths):
        for ev in join.feed(source, rec):
            if ev.kind == "unparsed":
                unparsed += 1
            batch.append(ev)
        if len(batch) >= BATCH:
            yield batch, unparsed
            batch, unparsed = [], 0
    batch += join.finish()
    if batch:
        yield batch, unparsed


def chunks(paths: list[str]) -> Iterator[tuple[str, int, bytes, int | None]]:
    """(file, pid from its name or 0, bytes of whole lines, number of the line before
    them or None after the previous chunk) of the LOG arguments, for the compiled
    parser: blocks of each file, or for an -ff set given by its PREFIX, its lines merged
    by time (ffset.py) one at a time."""
    for p in paths:
        members = expand_paths([p])
        if is_set(p, members):
            for path, n, line, pid in merged_lines(members, lines, report, p):
                yield path, pid, line.encode("utf-8", "surrogateescape"), n - 1
            continue
        for path, pid in members:
            first = 0
            for block in blocks(path):
                yield path, pid, block, first
                first = None


def joined(batch: list, source: str, join: Joiner, kept=Syscall, also=Syscall) -> tuple:
    """(events, how many are 'unparsed') of a batch of the compiled parser: its items of
    the classes kept and also (events already) as they are, its other records joined
    into events.  A batch of events alone is handed back as it is."""
    alias = join.alias
    for item in batch:
        cls = item.__class__
        if cls is not kept and cls is not also or alias and not item.pid:
            break
    else:
        return batch, 0
    out: list = []
    append = out.append
    unparsed = 0
    since = 0 if alias else None     # where lines without a pid begin to take the alias
    for item in batch:
        cls = item.__class__
        if cls is kept or cls is also:
            append(item)
        else:
            for ev in join.feed(source, item):
                if ev.kind == "unparsed":
                    unparsed += 1
                append(ev)
            if since is None and join.alias:
                since = len(out)
    if since is not None:
        alias = join.alias
        for ev in out[since:]:
            cls = ev.__class__
            if (cls is kept or cls is also) and not ev.pid:
                ev.pid = alias
    return out, unparsed


def fast_batches(paths: list[str], fast) -> Iterator[tuple[list, int]]:
    """event_batches() through the compiled parser: a block of lines at a time, the
    returned calls made in C, the other lines joined in Python."""
    join = Joiner()
    items = fast.items
    lineno = 0
    for path, pid, block, first in chunks(paths):
        batch, _, lineno = items(block, 0, lineno if first is None else first, pid, path,
                                 len(block))
        yield joined(batch, path, join)
    rest = join.finish()
    if rest:
        yield rest, 0
