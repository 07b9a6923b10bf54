"""The trace's start-up shortcuts (syscope/startup.py): the modules every trace imports
are preloaded from their bytecode, and a finished trace leaves without the interpreter's
tear-down.  Both must change nothing but the cost."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.join(os.path.dirname(HERE), "src", "syscope")
# the command's entry, imported before the preload, and the compiled extension
ENTRY = {"syscope", "syscope.startup", "syscope.entry", "syscope.cli", "syscope.engine._ptrace"}

TRACE_AND_LIST = """
import json, os, sys
from syscope.entry import main
sys.argv = ["syscope", "-o", sys.argv[1], "true"]
status = main()
print(json.dumps([status, [m for m in sys.modules if m.startswith("syscope")]]))
"""


def python(code, *args, env=None, cwd=None):
    r = subprocess.run([sys.executable, "-c", code] + list(args), capture_output=True,
                       text=True, timeout=120, env=env, cwd=cwd)
    assert r.returncode == 0, r.stderr
    return r.stdout


def copy_of_the_package(tmp_path):
    """The package in a directory of its own, its bytecode compiled there."""
    shutil.copytree(PACKAGE, tmp_path / "syscope",
                    ignore=shutil.ignore_patterns("__pycache__", "*.c"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(tmp_path)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tmp_path / "syscope")],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    return env


def test_the_preloaded_modules_are_those_a_trace_imports(tmp_path):
    """TRACE_MODULES is the set a plain trace imports without the preload: a module added
    to the tracing path, or one taken off it, must change the list."""
    from syscope.startup import TRACE_MODULES
    env = dict(os.environ, SYSCOPE_NO_PRELOAD="1")
    status, loaded = json.loads(python(TRACE_AND_LIST, str(tmp_path / "out"), env=env)
                                .splitlines()[-1])
    assert status == 0
    assert set(loaded) - ENTRY == set(TRACE_MODULES)


def test_preloaded_modules_are_what_the_import_system_makes(tmp_path):
    env = copy_of_the_package(tmp_path)
    out = python("""
import json, sys
from syscope import startup
n = startup.preload()
import syscope.decode.core, syscope.engine.render
m, p = sys.modules["syscope.engine.render"], sys.modules["syscope.decode"]
print(json.dumps([n, len(startup.TRACE_MODULES), m.__file__, m.__spec__.origin, m.__package__,
                  m.__cached__, p.__path__, p.__package__, syscope.decode.core.__name__,
                  syscope.engine.render is m, p.DECODERS is syscope.decode.core.DECODERS]))
""", env=env, cwd=str(tmp_path))
    n, total, file, origin, package, cached, path, ppackage, core, same, shared = \
        json.loads(out)
    root = str(tmp_path / "syscope")
    assert n == total
    assert file == origin == os.path.join(root, "engine", "render.py")
    assert package == "syscope.engine" and ppackage == "syscope.decode"
    assert cached.startswith(os.path.join(root, "engine", "__pycache__", "render."))
    assert path == [os.path.join(root, "decode")]
    assert core == "syscope.decode.core" and same and shared


def test_a_trace_is_the_same_with_and_without_the_preload(tmp_path):
    env = copy_of_the_package(tmp_path)
    outputs = []
    for preload in ("", "1"):
        out = tmp_path / ("out" + preload)
        status, loaded = json.loads(python(TRACE_AND_LIST, str(out),
                                           env=dict(env, SYSCOPE_NO_PRELOAD=preload),
                                           cwd=str(tmp_path)).splitlines()[-1])
        assert status == 0
        outputs.append((sorted(loaded), out.read_text().count("\n") > 5,
                        out.read_text().splitlines()[-1]))
    assert outputs[0] == outputs[1]
    assert outputs[0][2] == "+++ exited with 0 +++"


def test_an_edited_source_turns_the_preload_off(tmp_path):
    """A source newer than its bytecode: nothing is preloaded (the import system then
    compiles it), rather than run the bytecode of the old text."""
    env = copy_of_the_package(tmp_path)
    source = tmp_path / "syscope" / "pathtrace.py"
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 2 * 10**9))
    out = python("from syscope import startup; print(startup.preload())", env=env,
                 cwd=str(tmp_path))
    assert out.split() == ["0"]


WITHOUT_OS = """
import sys
from syscope.entry import main
sys.argv = ["syscope", "-o", sys.argv[1], "true"]
status = main()
print(status, *[m for m in ("os", "posixpath", "_collections_abc") if m in sys.modules])
"""


def test_a_trace_does_without_the_os_module(tmp_path):
    """os (with posixpath and collections.abc) would cost a tenth of a short trace's
    start: the tracing path calls posix, and syscope.lean_os for os's few helpers.  Run
    without site, as the launcher runs the interpreter (site imports os itself)."""
    env = copy_of_the_package(tmp_path)
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-S", "-c", WITHOUT_OS, str(out)], env=env,
                       cwd=str(tmp_path), capture_output=True, text=True, timeout=120)
    assert (r.returncode, r.stderr) == (0, "")
    assert r.stdout.split() == ["0"]
    assert out.read_text().splitlines()[-1] == "+++ exited with 0 +++"


def test_a_finished_trace_keeps_its_output_and_status(tmp_path):
    """The quick exit comes after the trace file is closed: all of it is there, and the
    program's exit status is syscope's."""
    out = tmp_path / "trace"
    r = subprocess.run([sys.executable, "-m", "syscope", "-f", "-o", str(out), "sh", "-c",
                        "echo hello; exit 7"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 7 and r.stdout == "hello\n"
    lines = out.read_text().splitlines()
    assert lines[-1].endswith(" +++ exited with 7 +++")
    assert any(' write(1, "hello\\n", 6) ' in line and line.endswith(' = 6') for line in lines)
