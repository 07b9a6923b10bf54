# The C parts are the only thing setup.py adds to pyproject.toml.
import os
import platform
import string
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from distutils.command.build_scripts import build_scripts   # setuptools' copy (imported first)

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


LAUNCHER = "src/launcher/syscope.c"


class BuildLauncher(build_scripts):
    """The `syscope` command is a small C program (LAUNCHER: why, in its comment),
    compiled for the interpreter that builds the package; [project.scripts] would write a
    Python wrapper in its place.  Without a C compiler the install fails here, as the
    compiled core would fail anyway: a wrapper in its stead would quietly bring back
    the tracebacks of a Ctrl-C at start-up."""

    def run(self):
        from distutils.ccompiler import new_compiler
        from distutils.errors import CCompilerError
        from distutils.sysconfig import customize_compiler
        # always compiled: the same build directory may serve another interpreter
        compiler = new_compiler(verbose=self.verbose, force=True)
        customize_compiler(compiler)
        name = "python%d.%d" % sys.version_info[:2]
        try:
            objects = compiler.compile(
                [LAUNCHER], output_dir=self.get_finalized_command("build").build_temp,
                macros=[("PYTHON", c_string(sys.executable)), ("PYTHON_NAME", c_string(name))],
                extra_postargs=["-O2", "-Wall"])
            compiler.link_executable(objects, "syscope", output_dir=self.build_dir)
        except CCompilerError as e:
            sys.exit("syscope: cannot build the syscope command from %s: %s\n"
                     "syscope needs a C compiler to install (cc, gcc)" % (LAUNCHER, e))


def c_string(text: str) -> str:
    """text as a C string literal, every byte that could mean something else escaped."""
    return '"%s"' % "".join(chr(b) if chr(b) in PLAIN else "\\%03o" % b for b in os.fsencode(text))


PLAIN = frozenset(string.ascii_letters + string.digits + "/._-+")


setup(
    cmdclass={"build_ext": CheckedBuildExt, "build_scripts": BuildLauncher},
    scripts=[LAUNCHER],
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
