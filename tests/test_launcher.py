"""The installed `syscope` command is the native launcher (src/launcher/syscope.c): it
keeps the fatal signals blocked while the interpreter starts, passes its arguments on
exactly, and runs the interpreter beside it, else the one it was built for."""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COMMAND = os.path.join(sysconfig.get_path("scripts"), "syscope")
MODULE = [sys.executable, "-m", "syscope"]
PYTHON_NAME = "python%d.%d" % sys.version_info[:2]


def run(argv, **kw):
    return subprocess.run(argv, capture_output=True, timeout=120, **kw)


def test_the_installed_command_is_the_launcher():
    with open(COMMAND, "rb") as f:
        assert f.read(4) == b"\x7fELF", "%s is not the compiled launcher" % COMMAND
    r = run([COMMAND, "-V"])
    assert r.returncode == 0 and r.stdout.startswith(b"syscope -- version ")


@pytest.mark.parametrize("args", [
    ["--no-such-option", "true"], ["-Q"], [], ["no-such-program-xyz"], ["-p", "abc"],
    ["read", "/nonexistent/log"], ["why", "--bogus"]])
def test_messages_and_status_are_those_of_python_m_syscope(args):
    by_command, by_module = run(["syscope"] + args, executable=COMMAND), run(MODULE + args)
    assert by_command.returncode == by_module.returncode != 0
    assert by_command.stderr == by_module.stderr
    assert by_command.stderr.startswith(b"syscope: ")


def test_messages_start_with_what_it_was_run_as(tmp_path):
    """As strace's, with argv[0] as given (a path here); and the tracer's process takes
    that name's base as its own, which -Y shows for it, as a native command's."""
    link = tmp_path / "bin" / "tracer-name"
    link.parent.mkdir()
    link.symlink_to(COMMAND)
    r = run([str(link), "-Q"])
    assert r.returncode == 1
    assert r.stderr == ("%s: invalid option -- 'Q'\nTry '%s -h' for more information.\n"
                        % (link, link)).encode()
    r = run([str(link), "-o", "/dev/full", "-e", "trace=none", "true"])
    assert r.stderr == ("%s: /dev/full: No space left on device\n" % link).encode()
    r = run([str(link), "-qq", "-Y", "-e", "trace=getppid", "sh", "-c", "exec true"])
    assert r.returncode == 0
    assert re.match(rb"getppid\(\) += \d+<tracer-name>\n", r.stderr), r.stderr
    # the subcommands' notes too
    log = tmp_path / "odd.log"
    log.write_text("close(3) = 0\nthis is not strace\n")
    r = run([str(link), "read", str(log)])
    assert r.stderr == ("%s: 1 line not understood (copied through)\n" % link).encode()


ARGS = ["", "a b", "-c", "--", "\t*?", os.fsdecode(b"caf\xc3\xa9"), os.fsdecode(b"\xff\xfe"),
        "-o", "x" * 5000]


def test_arguments_pass_through_exactly(tmp_path):
    """Empty, blank, option-like, non-UTF-8 and long arguments reach the program as they
    were given, through a symlink to the command and by a relative path."""
    printf = ["printf", "[%s]"] + ARGS
    expected = run(printf).stdout
    link = tmp_path / "bin" / "sc"
    link.parent.mkdir()
    link.symlink_to(COMMAND)
    for argv0, cwd in ((COMMAND, None), (str(link), None), ("./syscope", os.path.dirname(COMMAND)),
                       ("bin/sc", str(tmp_path))):
        r = run([argv0, "-o", "/dev/null", "--"] + printf, cwd=cwd)
        assert (r.returncode, r.stdout, r.stderr) == (0, expected, b""), argv0


def test_found_on_path_by_name(tmp_path):
    env = dict(os.environ, PATH=os.path.dirname(COMMAND) + ":/usr/bin:/bin")
    r = run(["syscope", "-e", "trace=chdir", "sh", "-c", "cd /"], env=env)
    assert r.returncode == 0 and r.stderr.startswith(b'chdir("/") '), r.stderr


def test_a_stray_module_in_the_working_directory_is_not_imported(tmp_path):
    for name in ("struct.py", "resource.py", "syscope.py"):
        (tmp_path / name).write_text("raise SystemExit('stray %s imported')\n" % name)
    r = run([COMMAND, "-o", "/dev/null", "true"], cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, b"")


@pytest.fixture(scope="module")
def build_launcher(tmp_path_factory):
    """Compiles the launcher as setup.py does, for a chosen fallback interpreter."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler")
    out = tmp_path_factory.mktemp("launcher")

    def build(python: str) -> str:
        exe = str(out / ("syscope-%d" % len(os.listdir(out))))
        subprocess.run([cc, "-O2", "-Wall", "-Werror", '-DPYTHON="%s"' % python,
                        '-DPYTHON_NAME="%s"' % PYTHON_NAME, "-o", exe,
                        os.path.join(ROOT, "src", "launcher", "syscope.c")], check=True)
        return exe
    return build


def venv(path, with_syscope: bool, pth_lines: str = "") -> str:
    """A virtual environment at path (with the syscope under test on its path, named by a
    .pth file after pth_lines): its bin/."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    if with_syscope:
        import syscope
        site = subprocess.run([str(path / "bin" / "python3"), "-c",
                               "import sysconfig; print(sysconfig.get_path('purelib'))"],
                              capture_output=True, text=True, check=True).stdout.strip()
        with open(os.path.join(site, "under-test.pth"), "w") as f:
            f.write(pth_lines + os.path.dirname(os.path.dirname(syscope.__file__)) + "\n")
    return str(path / "bin")


def test_the_interpreter_beside_the_command_comes_first(build_launcher, tmp_path):
    """In a virtual environment's bin/ the command runs that environment's interpreter,
    whatever interpreter built it (a wheel built elsewhere, an isolated build)."""
    exe = build_launcher("/nonexistent/bin/python3")
    command = os.path.join(venv(tmp_path / "venv", True), "syscope")
    shutil.copy(exe, command)
    r = run([command, "-V"])
    assert r.returncode == 0 and r.stdout.startswith(b"syscope -- version "), r.stderr


def test_the_package_is_found_without_running_site(build_launcher, tmp_path):
    """The launcher finds the package through the .pth files of its site directory as
    `site` reads them (comments, blank lines and import lines skipped), but runs none of
    their import lines: the interpreter starts without `site`, whose work a trace does
    not need."""
    lines = "# a comment\n\nimport sys; sys.exit('site ran')\n/nonexistent/dir\n"
    command = os.path.join(venv(tmp_path / "venv", True, lines), "syscope")
    shutil.copy(build_launcher("/nonexistent/bin/python3"), command)
    r = run([command, "-V"])
    assert (r.returncode, r.stderr) == (0, b"")
    assert r.stdout.startswith(b"syscope -- version ")


def test_a_missing_interpreter_is_a_message(build_launcher):
    exe = build_launcher("/nonexistent/bin/python3")
    r = run([exe, "-V"])
    assert r.returncode == 1
    assert r.stderr == (b"syscope: cannot run the interpreter /nonexistent/bin/python3: "
                        b"No such file or directory (reinstall syscope)\n")


def test_an_interpreter_without_syscope_is_a_message(build_launcher, tmp_path):
    python = os.path.join(venv(tmp_path / "venv", False), "python3")
    r = run([build_launcher(python), "-V"], cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == (b"syscope: cannot start: No module named 'syscope' (interpreter %s)\n"
                        % os.fsencode(python))


def test_signals_during_start_up():
    """SIGINT (40 times), SIGTERM, SIGHUP and SIGQUIT (8 each) at random moments of the
    first 150 ms, to syscope alone or to its process group: the interpreter's start-up
    mostly, before any of syscope's code runs.  No traceback ever; syscope dies of the
    signal or, where strace's rules keep it going (-o), returns the program's status;
    nothing it started is left stopped or running on (see signal_storm.py)."""
    sigs = "INT,INT,INT,INT,INT,TERM,HUP,QUIT"
    r = subprocess.run([sys.executable, os.path.join(HERE, "signal_storm.py"), COMMAND,
                        "--count", "64", "--signals", sigs, "--seed", "start-up"],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["trials"] == 64
    assert summary["failed"] == 0, json.dumps(summary["failures"], indent=1)
