# The C parts are the only thing setup.py adds to pyproject.toml.
import os
import platform
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The core reads x86_64 registers and syscall numbers: nothing else can work.
SUPPORTED = ("linux", "x86_64")


def header_dir(name):
    """Where a system header is installed (an optional library's -dev package)."""
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    for d in ("/usr/include", os.path.join("/usr/include", multiarch), "/usr/local/include"):
        if os.path.exists(os.path.join(d, name)):
            return d
    return None


# -k's stack traces: libunwind's ptrace accessors (Debian: libunwind-dev), as Debian's
# strace; without them -k says it is unavailable
UNWIND_HEADERS = header_dir("libunwind-ptrace.h")
UNWIND = [Extension(
    "syscope.engine._unwind",
    sources=["src/syscope/engine/_unwind.c"],
    include_dirs=[UNWIND_HEADERS],
    libraries=["unwind-ptrace", "unwind-generic", "unwind"],
    extra_compile_args=["-O2", "-Wall"],
    optional=True,
)] if UNWIND_HEADERS else []


class CheckedBuildExt(build_ext):
    """Refuse to compile the C parts where they cannot run, with a message instead of
    a page of compiler errors (an sdist can still be made anywhere)."""

    def run(self):
        here = (sys.platform, platform.machine())
        if here[0] != SUPPORTED[0] or here[1] != SUPPORTED[1]:
            sys.exit("syscope: unsupported platform %s/%s: syscope traces x86_64 Linux "
                     "programs only (its ptrace core reads x86_64 registers)" % here)
        super().run()


setup(
    cmdclass={"build_ext": CheckedBuildExt},
    ext_modules=[
        Extension(
            "syscope.engine._ptrace",
            sources=["src/syscope/engine/_ptrace.c"],
            depends=["src/syscope/engine/_render.c"],
            extra_compile_args=["-O2", "-Wall"],
        ),
        # read -c's line scanner; syscope.logread.fastcount falls back to Python without it
        Extension(
            "syscope.logread._scan",
            sources=["src/syscope/logread/_scan.c"],
            depends=["src/syscope/logread/_numbers.h"],
            extra_compile_args=["-O2", "-Wall"],
            optional=True,
        ),
        # the log parser of events, argument trees and read --json (syscope.logread.compiled);
        # the Python parser does the same without it
        Extension(
            "syscope.logread._logparse",
            sources=["src/syscope/logread/_logparse.c"],
            depends=["src/syscope/logread/_numbers.h"],
            extra_compile_args=["-O2", "-Wall"],
            optional=True,
        ),
    ] + UNWIND
)
