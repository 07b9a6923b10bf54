#!/usr/bin/env python3
"""Generate src/syscope/abi/_generated.py and _xlat.py from the kernel UAPI headers on this
machine.

Values always come from the headers.  What the headers cannot say -- which names
strace prints for a table, and in which order it tries them -- is the data in
tools/xlat_spec.py.  Run:  python3 tools/gen_abi.py  (the output is committed).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from xlat_spec import (ERRNO_KERNEL_INTERNAL, HEADERS, KERNEL_INTERNAL_CONSTANTS,  # noqa: E402
                       SHIFT_SPELLING, TABLES)

INCLUDE_DIRS = [Path("/usr/include/x86_64-linux-gnu"), Path("/usr/include")]
OUT = HERE.parent / "src" / "syscope" / "abi" / "_generated.py"
# The constant tables: one string per table, parsed when a table is first used (see
# abi.xlat_table), so that start-up unpacks none of the ~5000 entries it does not use.
OUT_XLAT = OUT.with_name("_xlat.py")

DEFINE_RE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)(\([^)]*\))?\s+(.*?)\s*$")
NUM_RE = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?)\b")
CAST_RE = re.compile(r"\(\s*(?:__force\s+)?(?:unsigned\s+|signed\s+)?"
                     r"(?:int|long|short|char|__u\d+|__s\d+|__poll_t|__kernel_\w+|u?int\d+_t)\s*\)")
IDENT_RE = re.compile(r"\b[A-Za-z_]\w*\b")


def find_header(name: str) -> Path:
    for d in INCLUDE_DIRS:
        p = d / name
        if p.exists():
            return p
    raise SystemExit(f"gen_abi: header not found: {name}")


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    return text.replace("\\\n", " ")


def c_number(m: re.Match) -> str:
    tok = m.group(1)
    if tok.lower().startswith("0x"):
        return str(int(tok, 16))
    if len(tok) > 1 and tok.startswith("0"):
        return str(int(tok, 8))
    return tok


class Evaluator:
    """Evaluates the integer expressions of #define and enum bodies."""

    def __init__(self) -> None:
        self.raw: dict[str, str] = {}
        self.functions: dict[str, tuple[list[str], str]] = {}   # NAME(x) body
        self.values: dict[str, int] = {}
        self.enums: list[str] = []

    def add_define(self, name: str, body: str) -> None:
        self.raw.setdefault(name, body)

    def value(self, name: str, depth: int = 0) -> int | None:
        if name in self.values:
            return self.values[name]
        body = self.raw.get(name)
        if body is None or depth > 20:
            return None
        v = self.eval(body, depth + 1)
        if v is not None:
            self.values[name] = v
        return v

    def expand(self, expr: str) -> str:
        """Function-like macros (LIRC_MODE2SEND(x)), their arguments substituted."""
        def call(m: re.Match) -> str:
            params, body = self.functions[m.group(1)]
            args = [a.strip() for a in m.group(2).split(",")]
            if len(args) != len(params):
                return m.group(0)
            raw = dict(zip(params, args))
            given = {p: a if re.fullmatch(r"'.'|\w+", a) else "(%s)" % a for p, a in raw.items()}
            names = "|".join(re.escape(p) for p in params)
            # token pasting first (TLS_VERSION_NUMBER(id): id##_VERSION_MAJOR), then every
            # parameter at once: an argument ('b') may spell a parameter's name
            body = re.sub(r"\b(%s)\s*##\s*|\s*##\s*(%s)\b" % (names, names),
                          lambda n: raw[n.group(1) or n.group(2)], body)
            body = re.sub(r"\b(%s)\b" % names, lambda n: given[n.group(1)], body)
            return "(%s)" % body
        if not self.functions:
            return expr
        names = "|".join(re.escape(n) for n in self.functions)
        for _level in range(4):         # a macro made of another (v4l2_fourcc_be)
            expanded = re.sub(r"\b(%s)\s*\(([^()]*)\)" % names, call, expr)
            if expanded == expr:
                break
            expr = expanded
        return expr

    def eval(self, expr: str, depth: int = 0) -> int | None:
        # _IO('T', 2) (_SIO in soundcard.h): an ioctl number without direction or size
        expr = re.sub(r"_S?IO *\(\s*'(.)'\s*,\s*([^)]+)\)", lambda m: "((%d << 8) | (%s))" % (
            ord(m.group(1)), m.group(2)), expr)
        # _IO(NSIO, 0x2): the type a number or a name
        expr = re.sub(r"\b_IO *\(\s*([A-Za-z_0-9]+)\s*,\s*([^)]+)\)",
                      lambda m: "((%s << 8) | (%s))" % (m.group(1), m.group(2)), expr)
        # _BITULL(4) (linux/const.h): a bit by its number
        expr = re.sub(r"\b_BITU?L?L\(\s*([^()]+)\)", r"(1 << (\1))", expr)
        expr = self.expand(expr)
        expr = re.sub(r"'(.)'", lambda m: str(ord(m.group(1))), expr)   # ('X'<<8)+(x)
        expr = CAST_RE.sub("", expr)
        expr = NUM_RE.sub(c_number, expr)
        failed = False

        def sub(m: re.Match) -> str:
            nonlocal failed
            v = self.value(m.group(0), depth)
            if v is None:
                failed = True
                return "0"
            return f"({v})"

        expr = IDENT_RE.sub(sub, expr)
        if failed or not re.fullmatch(r"[\d\s()|&^~<>+\-*/]+", expr):
            return None
        try:
            return int(eval(expr.replace("/", "//"), {"__builtins__": {}}))  # noqa: S307
        except Exception:
            return None


# Conditionals on the architecture: only x86_64's branch defines what this machine uses
# (asm/ptrace-abi.h has i386's CS and SS before x86_64's).
ARCH_IF_RE = re.compile(r"^\s*#\s*(ifdef|ifndef|if|else|endif)\b\s*(.*)$")
X86_64_TRUE = {("ifdef", "__x86_64__"), ("ifndef", "__i386__"), ("if", "defined(__x86_64__)"),
               ("if", "defined __x86_64__")}
X86_64_FALSE = {("ifndef", "__x86_64__"), ("ifdef", "__i386__"), ("if", "defined(__i386__)"),
                ("if", "!defined(__x86_64__)"), ("if", "defined __i386__")}


def parse_header(ev: Evaluator, path: Path) -> None:
    text = strip_comments(path.read_text(errors="replace"))
    branches: list[bool | None] = []      # per open #if: taken on x86_64, or unknown
    for line in text.splitlines():
        c = ARCH_IF_RE.match(line)
        if c:
            kind, cond = c.group(1), c.group(2).strip()
            if kind in ("ifdef", "ifndef", "if"):
                branches.append(True if (kind, cond) in X86_64_TRUE else
                                False if (kind, cond) in X86_64_FALSE else None)
            elif kind == "else" and branches:
                branches[-1] = None if branches[-1] is None else not branches[-1]
            elif kind == "endif" and branches:
                branches.pop()
            continue
        if False in branches:
            continue
        m = DEFINE_RE.match(line)
        if m and not m.group(2) and m.group(3):
            ev.add_define(m.group(1), m.group(3))
        elif m and m.group(2) and m.group(3) and not m.group(1).startswith("_"):
            params = [p.strip() for p in m.group(2)[1:-1].split(",")]
            if all(re.fullmatch(r"[A-Za-z_]\w*", p) for p in params):
                ev.functions.setdefault(m.group(1), (params, m.group(3)))
    for m in re.finditer(r"\benum\b[^{;]*\{(.*?)\}", text, flags=re.S):
        body = "\n".join(ln for ln in m.group(1).splitlines() if not ln.strip().startswith("#"))
        ev.enums.append(body)


def evaluate_enums(ev: Evaluator) -> None:
    """Enum bodies are evaluated once every header is read: they refer to each other."""
    for body in ev.enums:
        nxt: int | None = 0
        for item in body.split(","):
            name, _, expr = item.strip().partition("=")
            name = name.strip()
            if not re.fullmatch(r"[A-Za-z_]\w*", name):
                continue
            if expr.strip():
                nxt = ev.eval(expr.strip())
            if nxt is not None:
                ev.values.setdefault(name, nxt)
                nxt += 1


def c_number_text(body: str) -> str:
    return NUM_RE.sub(c_number, body.strip())


def expand_spec(spec: str) -> list[str]:
    """A table's names; @HEADER:PREFIX,PREFIX stands for the names with those prefixes
    that the header defines, in its order (the limits PREFIX_MAX and PREFIX_CNT left out);
    -SUFFIX leaves out the names so far that end with it."""
    names = []
    for word in spec.split():
        if word.startswith("-"):
            names = [n for n in names if not n.endswith(word[1:])]
            continue
        if not word.startswith("@"):
            names.append(word)
            continue
        header, _, prefixes = word[1:].partition(":")
        text = strip_comments(find_header(header).read_text(errors="replace"))
        by_body: dict[str, str] = {}
        limits = {p + end for p in prefixes.split(",") for end in ("MAX", "CNT")}
        for line in text.splitlines():
            m = DEFINE_RE.match(line)
            if not m or m.group(2) or not m.group(1).startswith(tuple(prefixes.split(","))) \
                    or m.group(1) in limits or IDENT_RE.fullmatch(m.group(3)):
                continue        # other names, limits, aliases of another name
            body = c_number_text(m.group(3))
            if body in by_body:     # a range's first name (BTN_MISC): the later name wins
                names.remove(by_body[body])
            by_body[body] = m.group(1)
            names.append(m.group(1))
    return names


def main() -> None:
    ev = Evaluator()
    for h in HEADERS:
        parse_header(ev, find_header(h))
    evaluate_enums(ev)
    for name, value in KERNEL_INTERNAL_CONSTANTS.items():
        ev.values.setdefault(name, value)

    syscalls = {}
    for line in find_header("asm/unistd_64.h").read_text().splitlines():
        m = re.match(r"#define __NR_(\w+)\s+(\d+)", line)
        if m:
            syscalls[int(m.group(2))] = m.group(1)

    # names only other personalities have (i386, x32): -e trace= accepts them, as strace
    # does, and they select nothing here
    others = set()
    for h in ("asm/unistd_32.h", "asm/unistd_x32.h"):
        for line in find_header(h).read_text().splitlines():
            m = re.match(r"#define __NR_(\w+)\s+", line)
            if m:
                others.add(m.group(1))
    others -= set(syscalls.values())

    shapes = {}
    for line in (HERE / "syscall_classes.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, nargs, classes = line.split()
            shapes[name] = (int(nargs), tuple(c for c in classes.split(",") if c != "-"))

    errnos: dict[int, tuple[str, str]] = {}
    for h in ("asm-generic/errno-base.h", "asm-generic/errno.h"):
        for line in find_header(h).read_text().splitlines():
            m = re.match(r"#define\s+(E\w+)\s+(\d+)", line)
            if m and int(m.group(2)) not in errnos:
                n = int(m.group(2))
                errnos[n] = (m.group(1), os.strerror(n))
    for name, (num, msg) in ERRNO_KERNEL_INTERNAL.items():
        errnos.setdefault(num, (name, msg))

    signals: dict[int, str] = {}
    for line in find_header("asm/signal.h").read_text().splitlines():
        m = re.match(r"#define\s+(SIG[A-Z]+\d*)\s+(\d+)", line)
        if m and m.group(1) not in ("SIGRTMIN", "SIGRTMAX", "SIGSTKSZ") \
                and int(m.group(2)) < 32 and int(m.group(2)) not in signals:
            signals[int(m.group(2))] = m.group(1)

    tables: dict[str, list[tuple[str, int]]] = {}
    missing = []
    for tname, spec in TABLES.items():
        entries = []
        for name in expand_spec(spec):
            # 1<<NAME: a bit given by its number, named as strace names it
            shift = name.startswith("1<<")
            v = ev.value(name[3:] if shift else name)
            if v is None and not shift and not re.fullmatch(r"\w+", name):
                # an expression of the headers' names ("IPV4_DEVCONF_FORWARDING-1")
                v = ev.eval(name)
            if v is None:
                missing.append(f"{tname}:{name}")
                continue
            entries.append((SHIFT_SPELLING.get(tname, "1<<") + name[3:], 1 << v) if shift
                           else (name, v))
        tables[tname] = entries

    out = ["# Generated by tools/gen_abi.py from the kernel UAPI headers. Do not edit.",
           "# fmt: off", ""]
    out.append("SYSCALL_NAMES = {")
    out += [f"    {n}: {name!r}," for n, name in sorted(syscalls.items())]
    out.append("}\n")
    out.append("# name: (number of arguments, classes); 6 and none where the ABI facts lack it")
    out.append("SYSCALL_SHAPES = {")
    out += [f"    {name!r}: {shapes.get(name, (6, ()))!r}," for _n, name in sorted(syscalls.items())]
    out.append("}\n")
    out.append("OTHER_PERSONALITY_SYSCALLS = frozenset({")
    out += [f"    {name!r}," for name in sorted(others)]
    out.append("})\n")
    out.append("ERRNO = {")
    out += [f"    {n}: ({name!r}, {msg!r})," for n, (name, msg) in sorted(errnos.items())]
    out.append("}\n")
    out.append("SIGNAL_NAMES = {")
    out += [f"    {n}: {name!r}," for n, name in sorted(signals.items())]
    out.append("}")
    OUT.write_text("\n".join(out) + "\n")
    # one string for all the tables: a module of hundreds of strings costs every trace's
    # start a millisecond to load, the one string nothing
    names, ends, text = [], [], ""
    for tname, entries in tables.items():
        text += "\n".join(f"{name} {v}" for name, v in entries)
        names.append(tname)
        ends.append(len(text))
    xlat = ["# Generated by tools/gen_abi.py from the kernel UAPI headers. Do not edit.",
            "# fmt: off", "",
            "# the tables' names, in the order of their texts in TEXT",
            f"NAMES = {' '.join(names)!r}",
            "# where each table's text ends in TEXT (it starts where the one before ends)",
            f"ENDS = {tuple(ends)!r}",
            "# each table's entries, one \"NAME VALUE\" a line, in strace's order",
            "# (abi.xlat_table reads them)",
            "TEXT = ("]
    for tname, entries in tables.items():
        chunk = "\n".join(f"{name} {v}" for name, v in entries)
        if chunk:
            xlat.append(f"    {chunk!r}  # {tname}")
    xlat.append(")")
    OUT_XLAT.write_text("\n".join(xlat) + "\n")
    if missing:
        print("gen_abi: not in the headers (left out):", " ".join(missing), file=sys.stderr)
    print(f"wrote {OUT.relative_to(HERE.parent)}: {len(syscalls)} syscalls, "
          f"{len(errnos)} errnos, {len(signals)} signals, {len(tables)} tables")


if __name__ == "__main__":
    main()
