"""What this build of syscope can do: the platform it runs on, its optional parts,
and the text of --version that lists them."""
from __future__ import annotations

import posix
import sys

# The ptrace core reads x86_64 registers and syscall numbers; nothing else can work.
SUPPORTED_PLATFORM = ("linux", "x86_64")


def platform_problem() -> str | None:
    """Why tracing cannot work here, or None on x86_64 Linux."""
    here = (sys.platform, posix.uname().machine)
    if here != SUPPORTED_PLATFORM:
        return ("unsupported platform %s/%s: syscope traces x86_64 Linux programs only "
                "(recorded logs can still be read with 'syscope read' and 'syscope why LOG')"
                % here)
    return None


def core_problem() -> str | None:
    """Why the compiled core cannot be used, or None when it loads."""
    problem = platform_problem()
    if problem:
        return problem
    try:
        from .engine._ptrace import spawn  # noqa: F401  (not importlib: start-up time)
    except ImportError as e:
        return ("the compiled core (syscope.engine._ptrace) does not load (%s): reinstall "
                "syscope where a C compiler and the Python headers are available" % e)
    return None


def _loads(module: str) -> bool:
    import importlib
    try:
        importlib.import_module(module, __package__)
    except ImportError:
        return False
    return True


def _package_version(name: str) -> str | None:
    from importlib import metadata
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def feature_table() -> list[tuple[str, bool, str]]:
    """(feature, available, detail) for each optional part of the build."""
    core = core_problem()
    zstd = _package_version("zstandard")
    scanner = _loads(".logread._scan")
    logparse = _loads(".logread._logparse")
    stacks = _loads(".engine._unwind")
    return [
        ("compiled core", core is None, "syscope.engine._ptrace" if core is None else core),
        ("log scanner", scanner, "read -c counts lines in C" if scanner else
         "read -c counts lines in Python"),
        ("log parser", logparse, "logs parsed in C (events, arguments, read --json)"
         if logparse else "logs parsed in Python"),
        ("zstd", zstd is not None,
         "zstandard %s" % zstd if zstd else "pip install zstandard for .zst logs and record --zstd"),
        ("colour", True, "ANSI on a terminal: --color=auto|always|never, NO_COLOR"),
        ("stack unwinding", stacks, "-k: libunwind" if stacks else
         "-k needs libunwind: apt-get install libunwind-dev, then reinstall syscope"),
    ]


def version_text() -> str:
    from . import __version__
    lines = ["syscope -- version %s" % __version__,
             "Copyright (c) 2026 syscope developers.",
             "This is free software under the MIT licence; there is NO warranty,",
             "not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.",
             "",
             "Python %s (%s) on %s %s" % (sys.version.split()[0], sys.implementation.name,
                                          sys.platform, posix.uname().machine),
             "Features:"]
    for name, ok, detail in feature_table():
        lines.append("  %-16s %-3s (%s)" % (name, "yes" if ok else "no", detail))
    return "\n".join(lines) + "\n"
