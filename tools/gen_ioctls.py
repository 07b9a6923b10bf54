#!/usr/bin/env python3
"""Generate src/syscope/abi/_ioctls.py: the ioctl request names of the machine's headers.

An ioctl number is an expression of struct sizes (_IOR('f', 1, long)), so the values are
computed by the C compiler: each header that defines ioctls is compiled once into a small
program that prints its requests.  Which headers hold requests written as plain numbers
(0x5401) and the order in which names sharing one number print are strace's conventions,
kept in tools/xlat_spec.py.  Run by gen_abi.py (needs gcc); the output is committed.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from xlat_spec import (IOCTL_HEADER_DIRS, IOCTL_KERNEL_INTERNAL,  # noqa: E402
                       IOCTL_NUMERIC_HEADERS, IOCTL_PRELUDES, IOCTL_SKIP_HEADERS,
                       IOCTL_SKIP_NAMES, IOCTL_SKIP_PREFIXES)

INCLUDE = Path("/usr/include")
ARCH_INCLUDE = Path("/usr/include/x86_64-linux-gnu")
OUT = HERE.parent / "src" / "syscope" / "abi" / "_ioctls.py"

DEFINE_RE = re.compile(r"^\s*#\s*define\s+([A-Z][A-Z0-9_]*)\s+(.*?)\s*$", re.M)
IOC_BODY_RE = re.compile(r"^_IO(?:R|W|WR|C)?\s*\(")
NUMERIC_BODY_RE = re.compile(r"^0x[0-9a-fA-F]{2,4}$")


def headers() -> list[tuple[str, Path]]:
    """(include name, file) of every header that may define ioctls."""
    out = []
    for d in IOCTL_HEADER_DIRS:
        base = ARCH_INCLUDE if d == "asm" else INCLUDE
        root = base / d
        for p in sorted(root.rglob("*.h")):
            name = str(p.relative_to(base))
            if name not in IOCTL_SKIP_HEADERS:
                out.append((name, p))
    return out


MACRO_RE = re.compile(r"^\s*#\s*define\s+(\w+)\([^)]*\)\s+(_IO(?:R|W|WR|C)?\s*\()", re.M)
ALIAS_RE = re.compile(r"^\s*#\s*define\s+(\w+)\s+_IO(?:R|W|WR)?\s*$", re.M)
ENUM_IOC_RE = re.compile(r"^\s*([A-Z][A-Z0-9_]*)\s*=\s*(\w+)\s*\(", re.M)


def requests_in(name: str, path: Path) -> list[str]:
    """The macros (and enum members) of a header that are ioctl requests: _IO() and the
    header's own wrappers of it (DRM_IOWR), or the plain numbers of IOCTL_NUMERIC_HEADERS."""
    text = re.sub(r"/\*.*?\*/", " ", path.read_text(errors="replace"), flags=re.S)
    text = text.replace("\\\n", " ")
    wrappers = {m.group(1) for m in MACRO_RE.finditer(text)}
    wrappers |= {m.group(1) for m in ALIAS_RE.finditer(text)}
    ioc = re.compile(r"^(?:_IO(?:R|W|WR|C)?%s)\s*\(" % "".join("|" + w for w in wrappers))
    found = []
    for m in DEFINE_RE.finditer(text):
        macro, body = m.group(1), m.group(2)
        if ioc.match(body) or (name in IOCTL_NUMERIC_HEADERS and NUMERIC_BODY_RE.match(body)
                               and int(body, 16) >> 8 == IOCTL_NUMERIC_HEADERS[name]):
            found.append(macro)
    for m in ENUM_IOC_RE.finditer(text):
        if ioc.match(m.group(2) + "("):
            found.append(m.group(1))
    return sorted(m for m in set(found)
                  if not m.startswith(IOCTL_SKIP_PREFIXES) and m not in IOCTL_SKIP_NAMES)


STRUCT_RE = re.compile(r"^\s*(struct|union)\s+(\w+)\s*\{", re.M)
INCOMPLETE_RE = re.compile(r"incomplete type .(struct|union) (\w+).")
ERROR_LINE_RE = re.compile(r":(\d+):\d+: error:")


def struct_index(all_headers: list[tuple[str, Path]]) -> dict[str, str]:
    """struct/union name -> the header that defines it (for requests whose argument
    type lives in another header)."""
    index: dict[str, str] = {}
    for name, path in all_headers:
        text = path.read_text(errors="replace")
        for m in STRUCT_RE.finditer(text):
            index.setdefault("%s %s" % (m.group(1), m.group(2)), name)
    return index


def evaluate(name: str, macros: list[str], tmp: Path, structs: dict[str, str]) -> dict[str, int]:
    """The values of the macros, from a program compiled against the header.  A request
    whose argument type is defined elsewhere gets that header included; one that still
    does not compile (a type private to the kernel) is left out."""
    extra: list[str] = []
    macros = list(macros)
    src = tmp / (name.replace("/", "_") + ".c")
    exe = src.with_suffix(".bin")
    for k, prelude in enumerate(IOCTL_PRELUDES):
        last = k == len(IOCTL_PRELUDES) - 1
        for _round in range(8):
            head = "".join("#include <%s>\n" % h for h in prelude + [name] + extra)
            head += "#include <stdio.h>\nint main(void)\n{\n"
            first = head.count("\n") + 1
            body = "".join('    printf("%%u %s\\n", (unsigned int)(%s));\n' % (m, m)
                           for m in macros)
            src.write_text(head + body + "    return 0;\n}\n")
            r = subprocess.run(["gcc", "-w", "-o", str(exe), str(src)], capture_output=True,
                               text=True)
            if r.returncode == 0:
                out = subprocess.run([str(exe)], capture_output=True, text=True,
                                     check=True).stdout
                return {m: int(v) for v, m in (line.split() for line in out.splitlines())}
            wanted = [structs.get("%s %s" % m) for m in INCOMPLETE_RE.findall(r.stderr)]
            wanted = [h for h in wanted if h and h not in extra and h != name]
            if wanted:
                extra += sorted(set(wanted))
                continue
            if not last:
                break
            bad = {int(x) - first for x in ERROR_LINE_RE.findall(r.stderr)
                   if src.name in r.stderr}
            bad = {i for i in bad if 0 <= i < len(macros)}
            if not bad:
                break
            macros = [m for i, m in enumerate(macros) if i not in bad]
            if not macros:
                return {}
    return {}


def kernel_internal(found: set[str], tmp: Path) -> list[tuple[str, str, int]]:
    """The requests of IOCTL_KERNEL_INTERNAL that the headers did not define, their
    definitions evaluated by the compiler."""
    todo = [t for t in IOCTL_KERNEL_INTERNAL if t[1] not in found]
    if not todo:
        return []
    src = tmp / "kernel_internal.c"
    exe = src.with_suffix(".bin")
    body = "".join('    printf("%%u\\n", (unsigned int)(%s));\n' % d for _h, _n, d in todo)
    src.write_text("#include <linux/ioctl.h>\n#include <stdio.h>\nint main(void)\n{\n"
                   + body + "    return 0;\n}\n")
    subprocess.run(["gcc", "-w", "-o", str(exe), str(src)], check=True)
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
    return [(h, n, int(v)) for (h, n, _d), v in zip(todo, out.split())]


def is_prefix(a: str, b: str) -> bool:
    return b.startswith(a)


def order(entries: list[tuple[str, str, int]]) -> list[tuple[int, str]]:
    """strace's ioctlent order: one definition per name (the first header by name, asm/
    before asm-generic/), sorted by number then name; a name that extends the previous
    name of the same number is dropped."""
    def header_key(h: str) -> tuple:
        return (h.replace("asm/", "asm!/", 1) if h.startswith("asm/") else h,)
    first: dict[str, tuple[str, int]] = {}
    for header, name, code in sorted(entries, key=lambda e: (e[1], header_key(e[0]))):
        first.setdefault(name, (header, code))
    ordered = sorted(((code, name) for name, (_h, code) in first.items()))
    out: list[tuple[int, str]] = []
    for i, (code, name) in enumerate(ordered):
        if i and ordered[i - 1][0] == code and is_prefix(ordered[i - 1][1], name):
            continue
        out.append((code, name))
    return out


def render(table: list[tuple[int, str]]) -> str:
    """The module's text: one string, so that importing it builds no table and a lookup
    is a search of the text (decode/ioctl.py's names_of)."""
    lines = ["# Generated by tools/gen_ioctls.py from the kernel UAPI headers. Do not edit.",
             "# fmt: off", "",
             "# '\\n%08x NAME' per request, sorted by number (names sharing one in strace's",
             "# order)", "IOCTLS = ("]
    lines += ['    "\\n%08x %s"' % (code, name) for code, name in table]
    lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> None:
    all_headers = headers()
    structs = struct_index(all_headers)
    todo = [(n, p, requests_in(n, p)) for n, p in all_headers]
    todo = [t for t in todo if t[2]]
    entries: list[tuple[str, str, int]] = []
    failed = []
    with tempfile.TemporaryDirectory() as d, ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        results = pool.map(lambda t: (t[0], evaluate(t[0], t[2], Path(d), structs)), todo)
        for name, values in results:
            if not values:
                failed.append(name)
            entries += [(name, m, v) for m, v in values.items()]
        entries += kernel_internal({e[1] for e in entries}, Path(d))
    table = order(entries)
    OUT.write_text(render(table))
    if failed:
        print("gen_ioctls: headers that do not compile (left out):", " ".join(failed),
              file=sys.stderr)
    print("wrote %s: %d ioctl requests from %d headers" % (
        OUT.relative_to(HERE.parent), len(table), len(todo) - len(failed)))


if __name__ == "__main__":
    main()
