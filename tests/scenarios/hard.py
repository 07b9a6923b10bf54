"""Hard failures of real Debian programs: the explanation is a successful call, the
program hangs, the network said no, the first failure is the root cause, the message
names the culprit, paths reached through descriptors.

A scenario's expectation may also carry checks on the report beyond the top finding's
fields (see scenarios.matches): `line_re` (the finding is the first log line matching
it), `evidence_re` (an evidence line matches), `dns` (the decoded answer), `module`,
`searched_has`, `explanation_re`; and recording options: `_blocked_in` (the calls a
hanging program waits in: it is killed, or the trace ends, once it is seen waiting there,
see hangs.py) and `_strace_timeout` (the trace ends while the program still runs: strace
is interrupted then, or after that many seconds)."""
from __future__ import annotations

import os
import socket

from . import hangs
from .helpers import (NOBODY, RECEIVED, SENT, STATS, DnsResponder, Server,  # noqa: F401
                      answers, dns_scenario, free_port, full_backlog, loopback_host, mounted, run,
                      serving, silent, with_resolver)
from .scenarios import PY, Scenario, py, write


# -- the explanation is a successful call ----------------------------------------------
def ssh_key_mode(d):
    key = os.path.join(d, "id_ed25519")
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key)
    os.chmod(key, 0o644)
    return ["ssh-keygen", "-y", "-f", key], {"syscall_in": STATS, "errno": None,
                                             "path": key, "explanation_re": "0644"}, None


def git_dubious_ownership(d):
    repo = os.path.join(d, "repo")
    run("git", "init", "-q", repo)
    for root, dirs, files in os.walk(repo):
        for x in dirs + files:
            os.lchown(os.path.join(root, x), 65534, 65534)
    os.lchown(repo, 65534, 65534)
    return ["git", "-C", repo, "status"], {"syscall_in": STATS, "errno": None,
                                           "path": repo, "explanation_re": "65534"}, None


def rlimit_enomem(d):
    cmd = ["sh", "-c", "ulimit -v 200000; exec %s -I -S -c 'x = bytearray(400 << 20)'" % PY]
    return cmd, {"syscall": "mmap", "errno": "ENOMEM",
                 "line_re": r" mmap\(NULL, \d+, .* = -1 ENOMEM",
                 "evidence_re": r"prlimit64\(0, RLIMIT_AS, \{rlim_cur=200000\*1024"}, None


def readonly_remount(d):
    mnt = os.path.join(d, "data")
    os.mkdir(mnt)
    return mounted(d, "remount.sh", "mount -t tmpfs -o size=1m tmpfs %s" % mnt,
                   "mount -o remount,ro %s" % mnt, "touch %s/stamp" % mnt), {
        "syscall": "openat", "errno": "EROFS", "path": os.path.join(mnt, "stamp"),
        "evidence_re": r"mount\(.*(MS_RDONLY.*MS_REMOUNT|MS_REMOUNT.*MS_RDONLY)",
        "consequence_re": "utimensat"}, None


# -- hangs -----------------------------------------------------------------------------
def hang_http_no_answer(d):
    srv = serving(silent)
    url = "http://127.0.0.1:%d/" % srv.address[1]
    calls = ("poll", "ppoll", "read", "recvfrom")
    return hangs.until_killed(["curl", "-sS", url], "KILL"), {
        "signal": "SIGKILL", "syscall_in": calls, "address": "127.0.0.1:%d" % srv.address[1],
        "_blocked_in": calls}, srv.close


def hang_unix_backlog(d):
    path, cleanup = full_backlog(socket.AF_UNIX, os.path.join(d, "busy.sock"), fillers=3)
    cmd = hangs.until_killed([PY, "-I", "-S", "-c", "import socket; s = socket.socket("
                              "socket.AF_UNIX); s.connect(%r)" % path], "KILL")
    return cmd, {"signal": "SIGKILL", "syscall": "connect", "address": path,
                 "_blocked_in": ("connect",)}, cleanup


def hang_futex(d):
    cmd = hangs.until_killed([PY, "-I", "-S", "-c", "import threading; l = threading.Lock();"
                              " l.acquire(); l.acquire()"], "KILL")
    return cmd, {"signal": "SIGKILL", "syscall": "futex", "_blocked_in": ("futex",)}, None


def hang_flock(d):
    lock = os.path.join(d, "job.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    import fcntl
    fcntl.flock(fd, fcntl.LOCK_EX)
    return hangs.until_killed(["flock", lock, "true"], "KILL"), {
        "signal": "SIGKILL", "syscall": "flock", "path": lock,
        "_blocked_in": ("flock",)}, lambda: os.close(fd)


def trace_ends_in_fifo_open(d):
    fifo = os.path.join(d, "requests")
    os.mkfifo(fifo)

    def cleanup():
        # let the reader go: open the FIFO for writing, then close it
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        except OSError:
            pass
    return ["cat", fifo], {"syscall": "openat", "path": fifo, "hang": True,
                           "_blocked_in": ("openat", "open"),
                           "_strace_timeout": hangs.BOUND}, cleanup


# -- the network said no -------------------------------------------------------------------
def dns_nobody_listening(d):
    host = loopback_host()
    return with_resolver(d, host, "getent hosts nobody.example"), {
        "syscall_in": SENT, "address": "%s:53" % host,
        "dns": "refused"}, None


def tls_to_plain_http(d):
    srv = serving(answers(b"HTTP/1.0 400 Bad Request\r\nContent-Type: text/plain\r\n\r\n"
                          b"plain HTTP here\n"))
    return ["curl", "-sS", "https://127.0.0.1:%d/" % srv.address[1]], {
        "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % srv.address[1],
        "explanation_re": "TLS"}, srv.close


plain_http_server = answers(b"HTTP/1.0 400 Bad Request\r\n\r\n")


def openssl_to_plain_http(d):
    srv = serving(plain_http_server)
    return ["openssl", "s_client", "-connect", "127.0.0.1:%d" % srv.address[1]], {
        "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % srv.address[1],
        "explanation_re": "TLS"}, srv.close


def refused_seen_in_poll(d):
    port = free_port()
    cmd = py(d, "pollclient.py", """\
        import select, socket, sys
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", %d))
        p = select.poll()
        p.register(s, select.POLLOUT)
        events = p.poll(2000)
        if not events or events[0][1] & (select.POLLERR | select.POLLHUP):
            sys.stderr.write("backend unavailable\\n")
            sys.exit(4)
        """ % port)
    return cmd, {"syscall": "connect", "address": "127.0.0.1:%d" % port}, None


def curl_refused(d):
    port = free_port()
    return ["curl", "-sS", "http://127.0.0.1:%d/" % port], {
        "syscall": "connect", "errno": "ECONNREFUSED", "address": "127.0.0.1:%d" % port}, None


# -- the first failure, not the last ------------------------------------------------------
def copy_then_cleanup(d):
    ro = os.path.join(d, "published")
    os.mkdir(ro, 0o755)
    target = write(os.path.join(ro, "index.html"), "old\n", 0o644)
    src = write(os.path.join(d, "new.html"), "new\n", 0o644)
    script = write(os.path.join(d, "publish.sh"), """\
        #!/bin/sh
        cp %s %s || { rm -f %s; echo "publish failed" >&2; exit 1; }
        """ % (src, target, target), 0o755)
    return NOBODY + ["sh", script], {"syscall": "openat", "errno": "EACCES", "path": target,
                                     "line_re": r"openat\(AT_FDCWD, \"%s\", O_WRONLY" % target,
                                     "consequence_re": "unlink"}, None


def tar_extract_denied(d):
    dest = os.path.join(d, "dest")
    os.mkdir(dest, 0o755)
    src = os.path.join(d, "src")
    os.mkdir(src)
    write(os.path.join(src, "notes.txt"), "n\n")
    archive = os.path.join(d, "a.tar")
    run("tar", "-cf", archive, "-C", src, "notes.txt")
    os.chmod(archive, 0o644)
    return NOBODY + ["tar", "-xf", archive, "-C", dest], {
        "syscall": "openat", "errno": "EACCES", "path": os.path.join(dest, "notes.txt")}, None


# -- messages ---------------------------------------------------------------------------
def erofs_then_fallback(d):
    mnt = os.path.join(d, "ro")
    os.mkdir(mnt)
    return mounted(d, "save.sh", "mount -t tmpfs -o ro,size=1m tmpfs %s" % mnt,
                   "cp /etc/hostname %s/state 2>%s/err.txt" % (mnt, d), "cat %s/err.txt >&2" % d,
                   "cat %s/missing-fallback.conf 2>/dev/null" % d, "exit 1"), {
        "syscall": "openat", "errno": "EROFS", "path": os.path.join(mnt, "state")}, None


def python_missing_module(d):
    # without -I: the script's directory is the first place searched
    cmd = [PY, "-S", write(os.path.join(d, "report.py"), "import frobnitz_reporting\n")]
    return cmd, {"module": "frobnitz_reporting", "searched_has": d}, None


def bash_command_not_found(d):
    return ["bash", "-c", "frobnicate --all"], {
        "syscall_in": ("newfstatat", "stat", "execve", "access", "faccessat2"),
        "errno": "ENOENT", "basename": "frobnicate",
        "explanation_re": r"`frobnicate` is not in PATH \(searched: /"}, None


def perl_missing_module(d):
    return ["perl", "-e", "use Frob::Missing; 1"], {
        "syscall_in": ("openat", "newfstatat", "stat"), "errno": "ENOENT",
        "basename": "Missing.pm"}, None


# -- paths through descriptors -------------------------------------------------------------
def rm_in_locked_dir(d):
    top = os.path.join(d, "build")
    os.makedirs(os.path.join(top, "out"))
    write(os.path.join(top, "out", "a.o"), "x")
    os.chmod(top, 0o755)
    os.chmod(os.path.join(top, "out"), 0o755)
    return NOBODY + ["rm", "-rf", top], {"syscall": "unlinkat", "errno": "EACCES",
                                         "path": os.path.join(top, "out", "a.o")}, None


def find_unreadable_dir(d):
    top = os.path.join(d, "tree")
    os.makedirs(os.path.join(top, "a", "secret"))
    os.chmod(os.path.join(top, "a", "secret"), 0o700)
    os.chmod(os.path.join(top, "a"), 0o755)
    os.chmod(top, 0o755)
    return NOBODY + ["find", top, "-name", "x"], {
        "syscall": "openat", "errno": "EACCES", "path": os.path.join(top, "a", "secret")}, None


def stdout_redirected_to_full(d):
    return ["sh", "-c", "exec >/dev/full; echo report"], {
        "syscall": "write", "errno": "ENOSPC", "path": "/dev/full"}, None


def openat_from_dot(d):
    work = os.path.join(d, "work")
    os.mkdir(work)
    cmd = py(d, "dotdir.py", """\
        import os, sys
        os.chdir(%r)
        here = os.open(".", os.O_RDONLY | os.O_DIRECTORY)
        os.chdir("/")
        try:
            os.open("settings/app.ini", os.O_RDONLY, dir_fd=here)
        except OSError as e:
            sys.stderr.write("cannot load settings: %%s\\n" %% e.strerror)
            sys.exit(1)
        """ % work)
    return cmd, {"syscall": "openat", "errno": "ENOENT",
                 "path": os.path.join(work, "settings", "app.ini")}, None


def o_path_chain(d):
    base = os.path.join(d, "etc")
    os.makedirs(os.path.join(base, "app"))
    cmd = py(d, "opath.py", """\
        import os, sys
        root = os.open(%r, os.O_PATH)
        app = os.open("app", os.O_PATH | os.O_DIRECTORY, dir_fd=root)
        try:
            os.open("plugins.d/main.conf", os.O_RDONLY, dir_fd=app)
        except OSError:
            sys.stderr.write("no plugin configuration\\n")
            sys.exit(1)
        """ % base)
    return cmd, {"syscall": "openat", "errno": "ENOENT",
                 "path": os.path.join(base, "app", "plugins.d", "main.conf")}, None


def fchdir_back(d):
    spool = os.path.join(d, "spool")
    os.mkdir(spool)
    cmd = py(d, "fchdir.py", """\
        import os, sys
        fd = os.open(%r, os.O_RDONLY | os.O_DIRECTORY)
        os.chdir("/")
        os.fchdir(fd)
        try:
            open("queue/next.job")
        except OSError as e:
            sys.stderr.write("queue: %%s\\n" %% e.strerror)
            sys.exit(1)
        """ % spool)
    return cmd, {"syscall": "openat", "errno": "ENOENT",
                 "path": os.path.join(spool, "queue", "next.job")}, None


def rlimit_nofile(d):
    cmd = ["prlimit", "--nofile=12", PY, "-I", "-S", "-c",
           "import os\nfds = [os.open('/etc/hostname', os.O_RDONLY) for i in range(50)]"]
    return cmd, {"syscall": "openat", "errno": "EMFILE", "path": "/etc/hostname",
                 "evidence_re": r"prlimit64\(0, RLIMIT_NOFILE, \{rlim_cur=12"}, None


def hang_unix_no_answer(d):
    path = os.path.join(d, "api.sock")
    srv = serving(silent, socket.AF_UNIX, path)
    return hangs.until_killed(["curl", "-sS", "--unix-socket", path, "http://localhost/"],
                              "KILL"), {"signal": "SIGKILL", "syscall_in": ("poll", "ppoll"),
                                        "address": path, "_blocked_in": ("poll", "ppoll")}, \
        srv.close


def trace_ends_in_read(d):
    fifo = os.path.join(d, "feed")
    os.mkfifo(fifo)
    hold = os.open(fifo, os.O_RDWR)        # a writer that never writes

    def cleanup():
        os.write(hold, b"done\n")
        os.close(hold)
    return ["head", "-n", "1", fifo], {"syscall": "read", "path": fifo, "hang": True,
                                       "_blocked_in": ("read",),
                                       "_strace_timeout": hangs.BOUND}, cleanup


def ls_missing(d):
    return ["ls", "-l", os.path.join(d, "reports", "2024")], {
        "syscall_in": ("statx", "newfstatat", "lstat"), "errno": "ENOENT",
        "path": os.path.join(d, "reports", "2024")}, None


def mkdir_denied(d):
    base = os.path.join(d, "srv")
    os.mkdir(base, 0o755)
    return NOBODY + ["mkdir", "-p", os.path.join(base, "cache", "v2")], {
        "syscall": "mkdir", "errno": "EACCES", "path": os.path.join(base, "cache")}, None


def python_permission_error(d):
    secret = write(os.path.join(d, "token"), "t\n", 0o600)
    return NOBODY + [PY, "-I", "-S", "-c", "open(%r).read()" % secret], {
        "syscall": "openat", "errno": "EACCES", "path": secret}, None


def du_unreadable(d):
    top = os.path.join(d, "data")
    os.makedirs(os.path.join(top, "x", "private"))
    os.chmod(os.path.join(top, "x", "private"), 0o700)
    os.chmod(os.path.join(top, "x"), 0o755)
    os.chmod(top, 0o755)
    return NOBODY + ["du", "-s", top], {"syscall": "openat", "errno": "EACCES",
                                        "path": os.path.join(top, "x", "private")}, None


def file_size_limit(d):
    out = os.path.join(d, "dump.bin")
    return ["sh", "-c", "ulimit -f 4; exec head -c 100000 /dev/zero > %s" % out], {
        "signal": "SIGXFSZ", "evidence_re": r"prlimit64\(0, RLIMIT_FSIZE, \{rlim_cur="}, None


def cp_to_full_device(d):
    return ["cp", "/etc/services", "/dev/full"], {"syscall": "write", "errno": "ENOSPC",
                                                  "path": "/dev/full"}, None


def tar_unreadable_input(d):
    top = os.path.join(d, "site")
    os.makedirs(os.path.join(top, "keys"))
    write(os.path.join(top, "index.html"), "hi\n")
    os.chmod(os.path.join(top, "keys"), 0o700)
    os.chmod(top, 0o755)
    return NOBODY + ["tar", "-cf", "/dev/null", top], {
        "syscall": "openat", "errno": "EACCES", "path": os.path.join(top, "keys")}, None


HARD = [
    Scenario("ssh-key-mode", ssh_key_mode, "ssh-keygen refuses a private key of mode 0644"),
    Scenario("git-dubious-ownership", git_dubious_ownership, "git refuses a repository "
             "owned by another user"),
    Scenario("rlimit-enomem", rlimit_enomem, "the shell's ulimit -v explains the child's "
             "ENOMEM; the first mmap is the root"),
    Scenario("readonly-remount", readonly_remount, "a remount read-only, then a write"),
    Scenario("hang-http", hang_http_no_answer, "curl waits for a server that never answers"),
    Scenario("hang-unix-backlog", hang_unix_backlog, "connect() blocks on a full backlog"),
    Scenario("hang-futex", hang_futex, "a thread waits for a lock it holds itself"),
    Scenario("hang-flock", hang_flock, "flock waits for a lock another process holds"),
    Scenario("trace-ends-fifo", trace_ends_in_fifo_open, "the trace ends while cat waits "
             "in open() of a FIFO"),
    Scenario("dns-nxdomain", dns_scenario(3, "getent hosts nothere.example", "NXDOMAIN"),
             "the resolver answers NXDOMAIN"),
    Scenario("dns-servfail", dns_scenario(2, "curl -sS http://broken.example/", "SERVFAIL"),
             "curl: the resolver answers SERVFAIL"),
    Scenario("dns-no-reply", dns_scenario(None, "getent hosts silent.example", "no reply"),
             "the resolver never answers"),
    Scenario("dns-refused-rcode", dns_scenario(5, "getent ahosts closed.example", "REFUSED"),
             "the DNS server refuses to answer"),
    Scenario("curl-nxdomain", dns_scenario(3, "curl -sS http://gone.example/", "NXDOMAIN"),
             "curl: the name does not exist"),
    Scenario("dns-refused", dns_nobody_listening, "nothing listens at the nameserver (the "
             "refusal is a poll flag)"),
    Scenario("tls-plain-http", tls_to_plain_http, "curl speaks TLS to a plain-HTTP port"),
    Scenario("refused-poll", refused_seen_in_poll, "a refusal seen only in poll revents"),
    Scenario("curl-refused", curl_refused, "curl: connection refused (SO_ERROR)"),
    Scenario("copy-then-cleanup", copy_then_cleanup, "cp fails, the cleanup rm fails "
             "after it"),
    Scenario("tar-denied", tar_extract_denied, "tar extracts into a directory it may not "
             "write (openat on a directory fd)"),
    Scenario("erofs-message", erofs_then_fallback, "the message's strerror text names the "
             "call; a later failure does not"),
    Scenario("python-missing-module", python_missing_module, "ModuleNotFoundError: which "
             "module, where searched"),
    Scenario("bash-not-found", bash_command_not_found, "bash: command not found"),
    Scenario("perl-missing-module", perl_missing_module, "Can't locate ... in @INC"),
    Scenario("rm-locked-dir", rm_in_locked_dir, "rm -rf: unlinkat on a directory fd"),
    Scenario("find-unreadable", find_unreadable_dir, "find: openat on a directory fd"),
    Scenario("stdout-full", stdout_redirected_to_full, "stdout dup2'd onto /dev/full"),
    Scenario("openat-dot", openat_from_dot, "openat(dirfd) where dirfd is open(\".\")"),
    Scenario("o-path-chain", o_path_chain, "O_PATH descriptors chained"),
    Scenario("fchdir", fchdir_back, "fchdir back into a directory, then a relative open"),
    Scenario("openssl-plain-http", openssl_to_plain_http, "openssl s_client to a plain-HTTP "
             "port"),
    Scenario("rlimit-nofile", rlimit_nofile, "prlimit --nofile explains EMFILE"),
    Scenario("hang-unix-http", hang_unix_no_answer, "curl over a unix socket, no answer"),
    Scenario("trace-ends-read", trace_ends_in_read, "the trace ends while head waits in "
             "read() on a FIFO"),
    Scenario("ls-missing", ls_missing, "ls: cannot access a missing path"),
    Scenario("mkdir-denied", mkdir_denied, "mkdir -p in a directory the user may not write"),
    Scenario("python-permission", python_permission_error, "Python PermissionError"),
    Scenario("du-unreadable", du_unreadable, "du: a directory it may not read (fts, dirfd)"),
    Scenario("file-size-limit", file_size_limit, "ulimit -f: the writer dies of SIGXFSZ"),
    Scenario("cp-enospc", cp_to_full_device, "cp onto a full device"),
    Scenario("tar-unreadable", tar_unreadable_input, "tar: an input directory it may not "
             "read"),
]
