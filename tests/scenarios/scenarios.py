"""Real programs broken in real ways.  Each scenario prepares a scratch directory,
names the command to record with strace -f -s 256, and states the expected top finding
of `syscope why`: syscall, errno and absolute path (or address, or signal).

The first ones are the articles' own cases (seeds): a missing configuration file, a
Python script denied a file, a cron-like daemon whose child fails after chdir."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import textwrap
from dataclasses import dataclass
from typing import Callable

from .hangs import until_killed

# a shell or make finds a program with stat() or execve() along PATH, whichever it uses
LOOKUPS = ("execve", "newfstatat", "stat", "access", "faccessat", "faccessat2", "statx")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"


@dataclass
class Scenario:
    name: str
    prepare: Callable      # (scratch dir) -> (command, expected, cleanup or None)
    about: str


def write(path, text, mode=0o644):
    with open(path, "w") as f:
        f.write(textwrap.dedent(text))
    os.chmod(path, mode)
    return path


def py(d, name, code):
    return [PY, "-I", "-S", write(os.path.join(d, name), code)]


def missing_config(d):
    cmd = py(d, "app.py", """\
        import sys
        try:
            open("/etc/syscope-scenario/config.json")
        except OSError:
            sys.stderr.write("Error opening configuration file\\n")
            sys.exit(1)
        """)
    return cmd, {"syscall": "openat", "errno": "ENOENT",
                 "path": "/etc/syscope-scenario/config.json"}, None


def denied_file(d):
    secret = write(os.path.join(d, "secret.txt"), "x\n", 0o600)
    os.chmod(d, 0o755)
    cmd = ["-u", "nobody"] + py(d, "main.py", """\
        import sys
        try:
            with open(%r) as f:
                f.readlines()
        except Exception:
            sys.exit(1)
        """ % secret)
    return cmd, {"syscall": "openat", "errno": "EACCES", "path": secret}, None


def denied_directory(d):
    priv = os.path.join(d, "private")
    os.mkdir(priv, 0o700)
    target = write(os.path.join(priv, "data.txt"), "ok\n", 0o644)
    os.chmod(d, 0o755)
    return ["-u", "nobody", "cat", target], {"syscall": "openat", "errno": "EACCES",
                                              "path": target}, None


def missing_library(d):
    src = write(os.path.join(d, "lib.c"), "int answer(void) { return 42; }\n")
    main = write(os.path.join(d, "main.c"), "int answer(void);\nint main(void) "
                 "{ return answer() == 42 ? 0 : 1; }\n")
    lib = os.path.join(d, "libanswer.so.1")
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", lib, src, "-Wl,-soname,libanswer.so.1"],
                   check=True)
    subprocess.run(["gcc", "-o", os.path.join(d, "prog"), main, lib,
                    "-Wl,-rpath," + os.path.join(d, "libs")], check=True)
    os.unlink(lib)
    return [os.path.join(d, "prog")], {"syscall": "openat", "errno": "ENOENT",
                                        "path": os.path.join(d, "libs", "libanswer.so.1")}, None


def make_missing_tool(d):
    write(os.path.join(d, "Makefile"), "all:\n\tsyscope-missing-tool --version\n")
    return ["make", "-C", d], {"syscall_in": LOOKUPS, "errno": "ENOENT",
                               "basename": "syscope-missing-tool"}, None


def script_missing_tool(d):
    script = write(os.path.join(d, "deploy.sh"), "#!/bin/sh\nset -e\nsyscope-missing-cli "
                   "--apply\necho done\n", 0o755)
    return ["sh", script], {"syscall_in": LOOKUPS, "errno": "ENOENT",
                            "basename": "syscope-missing-cli"}, None


def refused_tcp(d):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    cmd = py(d, "client.py", """\
        import socket, sys
        try:
            socket.create_connection(("127.0.0.1", %d), timeout=2)
        except OSError as e:
            print("cannot connect:", e, file=sys.stderr)
            sys.exit(2)
        """ % port)
    return cmd, {"syscall": "connect", "errno": "ECONNREFUSED",
                 "address": "127.0.0.1:%d" % port}, None


def refused_nonblocking(d):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    cmd = py(d, "nbclient.py", """\
        import errno, select, socket, sys
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", %d))
        select.select([], [s], [], 2)
        err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            print("connect failed:", errno.errorcode[err], file=sys.stderr)
            sys.exit(3)
        """ % port)
    return cmd, {"syscall": "connect", "errno": "ECONNREFUSED",
                 "address": "127.0.0.1:%d" % port}, None


def missing_unix_socket(d):
    path = os.path.join(d, "service.sock")
    cmd = py(d, "uclient.py", """\
        import socket, sys
        s = socket.socket(socket.AF_UNIX)
        try:
            s.connect(%r)
        except OSError as e:
            print("service unavailable:", e, file=sys.stderr)
            sys.exit(1)
        """ % path)
    return cmd, {"syscall": "connect", "errno": "ENOENT", "address": path}, None


def port_in_use(d):
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    port = holder.getsockname()[1]
    cmd = py(d, "server.py", """\
        import socket, sys
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", %d))
        except OSError as e:
            print("cannot start server:", e, file=sys.stderr)
            sys.exit(1)
        """ % port)
    return cmd, {"syscall": "bind", "errno": "EADDRINUSE",
                 "address": "127.0.0.1:%d" % port}, holder.close


def disk_full(d):
    cmd = py(d, "writer.py", """\
        import os, sys
        fd = os.open("/dev/full", os.O_WRONLY)
        try:
            os.write(fd, b"important data\\n" * 100)
        except OSError as e:
            print("write failed:", e, file=sys.stderr)
            sys.exit(1)
        """)
    return cmd, {"syscall": "write", "errno": "ENOSPC", "path": "/dev/full"}, None


def read_only_fs(d):
    mnt = os.path.join(d, "ro")
    os.mkdir(mnt)
    script = write(os.path.join(d, "ro.sh"), """\
        #!/bin/sh
        mount -t tmpfs -o ro,size=1m tmpfs %s || exit 77
        echo data > %s/out.txt || { echo "cannot write output" >&2; exit 1; }
        """ % (mnt, mnt), 0o755)
    return ["unshare", "-m", "sh", script], {"syscall": "openat", "errno": "EROFS",
                                            "path": os.path.join(mnt, "out.txt")}, None


def chdir_then_relative(d):
    work = os.path.join(d, "spool")
    os.mkdir(work)
    script = write(os.path.join(d, "run.sh"), """\
        #!/bin/sh
        (cd %s && cat jobs/queue.txt) || { echo "worker failed" >&2; exit 1; }
        """ % work, 0o755)
    return ["sh", script], {"syscall": "openat", "errno": "ENOENT",
                            "path": os.path.join(work, "jobs", "queue.txt")}, None


def script_without_exec_bit(d):
    script = write(os.path.join(d, "tool.sh"), "#!/bin/sh\necho hi\n", 0o644)
    runner = write(os.path.join(d, "runner.sh"), "#!/bin/sh\n%s\n" % script, 0o755)
    return ["sh", runner], {"syscall": "execve", "errno": "EACCES", "path": script}, None


def bad_interpreter(d):
    script = write(os.path.join(d, "job.py"), "#!/usr/bin/python2.4\nprint('hi')\n", 0o755)
    runner = write(os.path.join(d, "cron.sh"), "#!/bin/sh\n%s || exit 1\n" % script, 0o755)
    return ["sh", runner], {"syscall": "execve", "errno": "ENOENT", "path": script}, None


def too_many_files(d):
    cmd = ["sh", "-c", "ulimit -n 32; exec %s -I -S %s" % (PY, write(os.path.join(d, "fds.py"), """\
        import sys
        keep = []
        try:
            for i in range(100):
                keep.append(open("/etc/hostname"))
        except OSError as e:
            print("too many:", e, file=sys.stderr)
            sys.exit(1)
        """))]
    return cmd, {"syscall": "openat", "errno": "EMFILE", "path": "/etc/hostname"}, None


def crash_by_signal(d):
    src = write(os.path.join(d, "crash.c"), "#include <stdio.h>\nint main(void) { volatile "
                "int *p = 0; puts(\"starting\"); return *p; }\n")
    subprocess.run(["gcc", "-O0", "-o", os.path.join(d, "crash"), src], check=True)
    return [os.path.join(d, "crash")], {"signal": "SIGSEGV"}, None


def hung_until_killed(d):
    fifo = os.path.join(d, "pipe")
    os.mkfifo(fifo)
    hold = os.open(fifo, os.O_RDWR)   # a writer that never writes: the read blocks
    cmd = until_killed([PY, "-I", "-S", "-c", "import os; fd = os.open(%r, os.O_RDONLY); "
                        "os.read(fd, 10)" % fifo], "KILL")
    return cmd, {"signal": "SIGKILL", "syscall": "read", "path": fifo,
                 "_blocked_in": ("read",)}, lambda: os.close(hold)


def bcron_like(d):
    """The article's bcron case: a client asks a daemon over a unix socket; the daemon's
    child chdirs into the spool and cannot create its temporary file."""
    spool = os.path.join(d, "spool")
    os.makedirs(os.path.join(spool, "tmp"))
    os.chmod(os.path.join(spool, "tmp"), 0o755)
    os.chmod(spool, 0o755)
    os.chmod(d, 0o755)
    sock = os.path.join(d, "spool.sock")
    server = write(os.path.join(d, "spoold.py"), """\
        import os, socket, sys
        srv = socket.socket(socket.AF_UNIX)
        srv.bind(%r)
        os.chmod(%r, 0o777)
        srv.listen(1)
        print("ready", flush=True)
        conn, _ = srv.accept()
        conn.recv(100)
        if os.fork() == 0:
            os.setuid(65534)
            os.chdir(%r)
            try:
                os.open("tmp/spool.%%d" %% os.getpid(), os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                conn.sendall(b"0:ok")
            except OSError:
                conn.sendall(b"32:ZCould not create temporary file")
                sys.stderr.write("spoold: Fatal: could not create temporary file\\n")
                os._exit(111)
            os._exit(0)
        os.wait()
        """ % (sock, sock, spool), 0o644)
    client = write(os.path.join(d, "crontab.py"), """\
        import socket, sys, time
        for _ in range(1200):       # until the daemon listens (a minute at most)
            try:
                s = socket.socket(socket.AF_UNIX)
                s.connect(%r)
                break
            except OSError:
                time.sleep(0.05)
        s.sendall(b"edit logs")
        reply = s.recv(100)
        if not reply.startswith(b"0:"):
            sys.stderr.write("crontab: Fatal: Could not create temporary file\\n")
            sys.exit(111)
        """ % sock, 0o644)
    driver = write(os.path.join(d, "session.sh"), """\
        #!/bin/sh
        %s -I -S %s &
        %s -I -S %s
        status=$?
        wait
        exit $status
        """ % (PY, server, PY, client), 0o755)
    return ["sh", driver], {"syscall": "openat", "errno": "EACCES", "path_prefix":
                            os.path.join(spool, "tmp", "spool.")}, None


SCENARIOS = [
    Scenario("missing-config", missing_config, "a configuration file that is not there"),
    Scenario("denied-file", denied_file, "a file the user may not read (seed: /root/test)"),
    Scenario("denied-directory", denied_directory, "a directory on the path blocks access"),
    Scenario("missing-library", missing_library, "a shared library that was removed"),
    Scenario("make-missing-tool", make_missing_tool, "a Makefile calls a tool not installed"),
    Scenario("script-missing-tool", script_missing_tool, "a script calls a tool not "
             "installed"),
    Scenario("refused-tcp", refused_tcp, "nothing listens on the port"),
    Scenario("refused-nonblocking", refused_nonblocking, "non-blocking connect refused, "
             "seen through SO_ERROR"),
    Scenario("missing-unix-socket", missing_unix_socket, "the service's socket is not there"),
    Scenario("port-in-use", port_in_use, "another process holds the port"),
    Scenario("disk-full", disk_full, "a write fails with ENOSPC (path known through the fd)"),
    Scenario("read-only-fs", read_only_fs, "writing on a read-only mount"),
    Scenario("chdir-relative", chdir_then_relative, "a child chdirs, then a relative path "
             "fails"),
    Scenario("no-exec-bit", script_without_exec_bit, "a script without the execute bit"),
    Scenario("bad-interpreter", bad_interpreter, "a #! line naming a missing interpreter"),
    Scenario("too-many-files", too_many_files, "the open-files limit is reached"),
    Scenario("crash", crash_by_signal, "a NULL pointer dereference (SIGSEGV)"),
    Scenario("hung", hung_until_killed, "blocked in read() until a timeout kills it"),
    Scenario("bcron", bcron_like, "seed: a daemon's child fails after chdir, the client "
             "prints the message"),
]


def matches(finding: dict, expected: dict, log_lines: list | None = None) -> bool:
    """Does the finding meet the expectation?  Keys starting with '_' are recording
    options, not checks."""
    return not mismatches(finding, expected, log_lines)


def mismatches(finding: dict, expected: dict, log_lines: list | None = None) -> list:
    bad = []
    for key, want in expected.items():
        if key.startswith("_"):
            continue
        if key == "basename":
            ok = os.path.basename(finding.get("path") or "") == want
        elif key == "syscall_in":
            ok = finding.get("syscall") in want
        elif key == "path_prefix":
            ok = (finding.get("path") or "").startswith(want)
        elif key == "line_re":
            first = next((i for i, ln in enumerate(log_lines or [], 1) if re.search(want, ln)),
                         None)
            ok = first is not None and finding.get("line") == first
        elif key == "evidence_re":
            ok = any(re.search(want, e.get("text", "")) for e in finding.get("evidence") or [])
        elif key == "consequence_re":
            ok = any(re.search(want, e.get("text", "")) for e in
                     finding.get("consequences") or [])
        elif key == "explanation_re":
            ok = bool(re.search(want, finding.get("explanation") or ""))
        elif key == "dns":
            ok = (finding.get("dns") or {}).get("rcode") == want
        elif key == "searched_has":
            ok = want in (finding.get("searched") or [])
        elif key == "hang":
            ok = bool(finding.get("hang")) == want
        else:
            ok = finding.get(key) == want
        if not ok:
            bad.append(key)
    return bad
