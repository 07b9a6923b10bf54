#!/usr/bin/env python3
"""Generate src/syscope/abi/_structs.py: the layouts of the structures decoders print.

Which structures and which of their fields is decoder data (STRUCTS in
src/syscope/decode/struct_views.py: the C type, its header, how each field prints); where
each field lies, its size and its signedness are the compiler's answer for the machine's
headers: one small program per header prints them.  Run:  python3 tools/gen_structs.py
(needs gcc; the output is committed).
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# the modules whose STRUCTS name the structures to measure: the views structs.py
# prints, and the bpf syscall's attributes (printed by decode/bpf.py)
VIEWS = [ROOT / "src" / "syscope" / "decode" / name
         for name in ("struct_views.py", "bpf_attrs.py")]
OUT = ROOT / "src" / "syscope" / "abi" / "_structs.py"
PRELUDE = ["sys/types.h", "linux/types.h", "linux/ioctl.h"]
# field kinds whose field is an array: what the compiler also reports is its length
ARRAY_KINDS = ("array:", "bytes", "indexed:")


def load_views() -> dict:
    views: dict = {}
    for path in VIEWS:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        views.update(mod.STRUCTS)
    return views


def field_names(fields) -> list[tuple[str, bool, bool]]:
    """(C field, is an array, is a number) of a view's fields; "..." is not a field."""
    out = []
    for f in fields:
        if f[0] == "..." or f[1].startswith(("tail:", "tailbuf:")):
            continue
        kind = f[1]
        while kind.startswith(("when:", "nonzero:", "verbose:", "verbose_or:")):
            kind = kind.split(":", 2)[2] if kind.startswith(("when:", "verbose_or:")) \
                else kind.partition(":")[2]             # conditions before the kind
        if kind.startswith("upto:"):
            kind = "array:" + kind.split(":", 2)[2]
        element = kind[6:] if kind.startswith("array:") else kind
        number = element != "str" and not element.startswith(("struct:", "ptr", "bytes",
                                       "sockaddr", "switch:", "call:", "with:",
                                       "strn:", "cstrn:", "deref:", "union"))
        out.append((f[0], kind == "str" or kind.startswith(ARRAY_KINDS), number))
    return out


def program(header: str, views: dict) -> str:
    lines = ["#include <%s>" % h for h in PRELUDE + header.split()]
    lines += ["#include <stdio.h>", "#include <stddef.h>", "int main(void)", "{"]
    for name, (ctype, _header, fields) in views.items():
        lines.append('    printf("S %s %%zu\\n", sizeof(%s));' % (name, ctype))
        for field, is_array, number in field_names(fields):
            if dict(fields)[field] == "flex":       # a flexible array: its offset only
                lines.append('    printf("F %s %s %%zu 0 0 0\\n", offsetof(%s, %s));' % (
                    name, field, ctype, field))
                continue
            member = "((%s *)0)->%s" % (ctype, field)
            first = "(%s)[0]" % member if is_array else member
            count = "sizeof(%s) / sizeof(%s)" % (member, first) if is_array else "(size_t)0"
            signed = "((__typeof__(%s))-1 < 0)" % first if number else "0"
            lines.append('    printf("F %s %s %%zu %%zu %%d %%zu\\n", offsetof(%s, %s), '
                         'sizeof(%s), (int)(%s), %s);' % (
                             name, field, ctype, field, member, signed, count))
    lines += ["    return 0;", "}"]
    return "\n".join(lines) + "\n"


def measure(header: str, views: dict, tmp: Path) -> dict:
    src = tmp / (header.replace("/", "_").replace(" ", "+") + ".c")
    exe = src.with_suffix(".bin")
    src.write_text(program(header, views))
    r = subprocess.run(["gcc", "-w", "-I", str(HERE), "-o", str(exe), str(src)],
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit("gen_structs: %s does not compile:\n%s" % (header, r.stderr[:3000]))
    out = subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
    layouts: dict = {}
    for line in out.splitlines():
        parts = line.split()
        if parts[0] == "S":
            layouts[parts[1]] = [int(parts[2]), {}]
        else:
            name, field, off, size, signed, count = parts[1:]
            layouts[name][1][field] = (int(off), int(size), int(signed), int(count))
    return layouts


def main() -> None:
    views = load_views()
    by_header: dict[str, dict] = {}
    for name, view in views.items():
        by_header.setdefault(view[1], {})[name] = view
    layouts: dict = {}
    with tempfile.TemporaryDirectory() as d:
        for header, group in sorted(by_header.items()):
            layouts.update(measure(header, group, Path(d)))
    lines = ["# Generated by tools/gen_structs.py from the kernel UAPI headers. Do not edit.",
             "# fmt: off", "",
             "# name: (size, {field: (offset, size, signed, array length or 0)})",
             "LAYOUTS = {"]
    for name in sorted(layouts):
        size, fields = layouts[name]
        lines.append("    %r: (%d, {" % (name, size))
        lines += ["        %r: %r," % (f, v) for f, v in fields.items()]
        lines.append("    }),")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n")
    print("wrote %s: %d structures" % (OUT.relative_to(ROOT), len(layouts)))


if __name__ == "__main__":
    main()
