"""More failures of packaged Debian programs, recorded as users record them: `strace -f
-o log CMD`, sometimes with `-tt -T -y -s 256`, sometimes without -f.  They cover what
the first suites lacked: sudo and ssh/sshd refusing a mode shown by a successful stat,
limits a shell set, bind mounts made read-only, hangs in connect/read/poll/futex, DNS
answers (over TCP after a truncated UDP answer too), HTTP spoken to a TLS port, refusals
seen only in SO_ERROR, retries, messages in their many shapes, descriptor-relative
paths and where a fatal signal came from.

A scenario's expectation may carry `_strace_opts` (the strace options to record with,
instead of `-f -s 256`) and `_cwd` (the subdirectory of the scratch directory to run in).
A scenario that needs what this machine lacks (sshd, sudo, a cgroup v1 memory controller)
raises Unavailable; the recorder skips it."""
from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import threading
import time

from . import hangs
from .helpers import (NOBODY, RECEIVED, SENT, STATS, Background, DnsResponder,  # noqa: F401
                      Server, Unavailable, answers, dns_reply, dns_scenario, free_port,
                      full_backlog, listening, mounted, need, readonly_bind, run, serving,
                      silent, started, wait_port, with_resolver)
from .scenarios import PY, Scenario, py, write

PLAIN = ["-f"]                              # strace -f -o log CMD: strings cut at 32
TIMED = ["-f", "-tt", "-T", "-y", "-s", "256"]
SINGLE = ["-s", "256"]                      # no -f: children untraced
SSH_USER = "syscopescn"                     # throwaway account for the sshd scenarios
BAD_REQUEST = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"


# -- sshd on loopback, with a throwaway configuration -----------------------------------
def sshd_config(d, port, extra=()):
    hostkey = os.path.join(d, "hostkey")
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostkey)
    os.makedirs("/run/sshd", exist_ok=True)
    lines = ["Port %d" % port, "ListenAddress 127.0.0.1", "HostKey %s" % hostkey,
             "PidFile none", "UsePAM no", "PasswordAuthentication no",
             "KbdInteractiveAuthentication no", "PubkeyAuthentication yes"] + list(extra)
    if not any(x.startswith("StrictModes") for x in extra):
        lines.append("StrictModes yes")
    return write(os.path.join(d, "sshd_config"), "\n".join(lines) + "\n")


def hold_user(home):
    """SSH_USER with this home, and a lock on it until the returned file is closed: the
    account is the machine's, so two test runs recording at once would set its home
    under each other; one waits for the other instead."""
    import fcntl
    import tempfile
    lock = open(os.path.join(tempfile.gettempdir(), "syscope-scenario-%s.lock" % SSH_USER), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    return throwaway_user(home), lock


def throwaway_user(home):
    """SSH_USER with this home (created once; its home changes per recording)."""
    if subprocess.run(["id", SSH_USER], capture_output=True).returncode:
        run("useradd", "-M", "-s", "/bin/sh", "-d", home, SSH_USER)
    run("usermod", "-p", "*", "-d", home, SSH_USER)      # no password, not locked
    import pwd
    return pwd.getpwnam(SSH_USER)


def ssh_client(key, port, user, command="true"):
    return ["ssh", "-i", key, "-p", str(port), "-o", "BatchMode=yes", "-o",
            "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o",
            "IdentitiesOnly=yes", "%s@127.0.0.1" % user, command]


# -- the explanation is a successful call ----------------------------------------------
def sudo_no_exec_bit(d):
    need("/usr/bin/sudo")
    script = write(os.path.join(d, "rotate-logs.sh"), "#!/bin/sh\necho rotated\n", 0o644)
    return ["sudo", script], {"syscall_in": STATS, "errno": None, "path": script,
                              "explanation_re": "0644.*no execute permission", "_strace_opts": PLAIN}, None


def ssh_client_key_0644(d):
    need("/usr/sbin/sshd")
    key = os.path.join(d, "deploy_key")
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key)
    os.chmod(key, 0o644)
    # the server accepts the public key: only then does ssh load the private one
    keys = os.path.join(d, "authorized_keys")
    shutil.copy(key + ".pub", keys)
    port = free_port()
    cfg = sshd_config(d, port, ["PermitRootLogin prohibit-password",
                                "AuthorizedKeysFile %s" % keys, "StrictModes no"])
    return ssh_client(key, port, "root"), {
        "syscall_in": STATS, "errno": None, "path": key,
        "explanation_re": "0644.*other users may read", "_strace_opts": TIMED}, \
        started(["/usr/sbin/sshd", "-D", "-f", cfg], port)


def sshd_strict_modes(d):
    need("/usr/sbin/sshd", "/usr/sbin/useradd")
    home = os.path.join(d, "home")
    os.makedirs(os.path.join(home, ".ssh"))
    pw, lock = hold_user(home)
    key = os.path.join(d, "user_key")
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key)
    shutil.copy(key + ".pub", os.path.join(home, ".ssh", "authorized_keys"))
    for p in (home, os.path.join(home, ".ssh"), os.path.join(home, ".ssh", "authorized_keys")):
        os.chown(p, pw.pw_uid, pw.pw_gid)
    os.chmod(os.path.join(home, ".ssh"), 0o700)
    os.chmod(os.path.join(home, ".ssh", "authorized_keys"), 0o600)
    # group-writable by a group with other members (Debian's sshd accepts a group-writable
    # home when the group is the user's own private group)
    os.chown(home, pw.pw_uid, 0)
    os.chmod(home, 0o775)
    port = free_port()
    cfg = sshd_config(d, port)
    client = Background(ssh_client(key, port, SSH_USER), wait_for=port).start()
    return ["/usr/sbin/sshd", "-d", "-e", "-f", cfg], {
        "syscall_in": STATS, "errno": None, "path": home,
        "explanation_re": "0775.*group may write",
        "_strace_opts": PLAIN}, lambda: (client.stop(), lock.close())


def git_dubious_subdir(d):
    repo = os.path.join(d, "site")
    os.makedirs(os.path.join(repo, "src"))
    run("git", "init", "-q", repo)
    for root, dirs, files in os.walk(repo):
        for x in dirs + files:
            os.lchown(os.path.join(root, x), 65534, 65534)
    os.lchown(repo, 65534, 65534)
    return ["git", "log", "--oneline"], {"syscall_in": STATS, "errno": None, "path": repo,
                                         "explanation_re": "65534", "_cwd": "site/src",
                                         "_strace_opts": TIMED}, None


def perl_enomem_after_ulimit(d):
    return ["bash", "-c", "ulimit -v 150000; perl -e '$x = q(a) x 400_000_000; print "
            "length $x'"], {
        "syscall_in": ("mmap", "brk", "mremap"), "errno": "ENOMEM",
        "line_re": r"(mmap|mremap)\(.* = -1 ENOMEM",
        "evidence_re": r"prlimit64\(0, RLIMIT_AS, \{rlim_cur=150000\*1024",
        "_strace_opts": PLAIN}, None


def readonly_bind_mount(d):
    data = os.path.join(d, "conf")
    os.mkdir(data)
    target = write(os.path.join(data, "app.ini"), "debug=0\n")
    return mounted(d, "edit.sh", readonly_bind(data), "sed -i s/debug=0/debug=1/ %s" % target), {
        "syscall": "openat", "errno": "EROFS", "path_prefix": os.path.join(data, "sed"),
        "evidence_re": r"mount\(.*MS_RDONLY", "_strace_opts": TIMED}, None


# -- hangs -----------------------------------------------------------------------------
def full_backlog_port():
    """A TCP listener that never accepts, its backlog full: a new SYN gets no answer."""
    (_, port), cleanup = full_backlog()
    return port, cleanup


def ssh_connect_blackhole(d):
    port, cleanup = full_backlog_port()
    return hangs.until_killed(["ssh", "-o", "BatchMode=yes", "-p", str(port), "127.0.0.1",
                               "true"], "KILL"), {
        "signal": "SIGKILL", "syscall": "connect", "address": "127.0.0.1:%d" % port,
        "hang": True, "_strace_opts": TIMED, "_blocked_in": ("connect",)}, cleanup


def ssh_poll_blackhole(d):
    port, cleanup = full_backlog_port()
    return hangs.until_killed(["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=%d" % (
        2 * hangs.BOUND), "-p", str(port), "127.0.0.1", "true"]), {
        "signal": "SIGTERM", "syscall_in": ("poll", "ppoll"),
        "address": "127.0.0.1:%d" % port, "hang": True, "_strace_opts": PLAIN,
        "_blocked_in": ("poll", "ppoll")}, cleanup


def s_client_no_answer(d):
    srv = serving(silent)                  # accepts, never answers the ClientHello
    calls = ("read", "recvfrom", "select", "pselect6", "poll")
    return hangs.until_killed(["openssl", "s_client", "-connect",
                               "127.0.0.1:%d" % srv.address[1]]), {
        "signal": "SIGTERM", "syscall_in": calls,
        "address": "127.0.0.1:%d" % srv.address[1], "hang": True,
        "_strace_opts": PLAIN, "_blocked_in": calls}, srv.close


def pipe_reader_hang(d):
    return hangs.until_killed(["sh", "-c", "sleep %d | gzip -dc" % (2 * hangs.BOUND)],
                              "KILL"), {
        "signal": "SIGKILL", "syscall": "read", "hang": True, "explanation_re": "pipe",
        "_strace_opts": TIMED, "_blocked_in": ("read",)}, None


def python_lock_order_deadlock(d):
    cmd = hangs.until_killed(py(d, "transfer.py", """\
        import threading
        a, b = threading.Lock(), threading.Lock()
        both = threading.Barrier(2)     # each holds its first lock before taking the other
        def one():
            with a:
                both.wait()
                with b:
                    pass
        def two():
            with b:
                both.wait()
                with a:
                    pass
        ts = [threading.Thread(target=one), threading.Thread(target=two)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        """))
    # all three threads waiting on a lock: the deadlock is there
    return cmd, {"syscall": "futex", "hang": True, "signal": "SIGTERM",
                 "_strace_opts": PLAIN, "_blocked_in": ("futex",)}, None


# -- the network said no -----------------------------------------------------------------
class TcpDns(threading.Thread):
    """The TCP side of a DnsResponder's address: answers each query with rcode."""

    def __init__(self, host, rcode):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 53))
        self.sock.listen(5)
        self.rcode = rcode

    def run(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            try:
                head = conn.recv(2)
                n = struct.unpack(">H", head)[0]
                data = b""
                while len(data) < n:
                    more = conn.recv(n - len(data))
                    if not more:
                        break
                    data += more
                reply = dns_reply(data, DnsResponder.FLAGS | self.rcode)
                conn.sendall(struct.pack(">H", len(reply)) + reply)
            except (OSError, struct.error):
                pass
            conn.close()

    def close(self):
        self.sock.close()


class TruncatingDns(DnsResponder):
    """Answers over UDP with the TC bit and no records: the resolver must ask again
    over TCP."""

    FLAGS = 0x8380


def dns_tcp_after_truncation(d):
    udp = TruncatingDns(0)
    tcp = TcpDns(udp.host, 3)
    udp.start()
    tcp.start()

    def cleanup():
        udp.close()
        tcp.close()
    return with_resolver(d, udp.host, "getent hosts big.example"), {
        "syscall_in": RECEIVED, "address": "%s:53" % udp.host, "dns": "NXDOMAIN",
        "_strace_opts": TIMED}, cleanup


dns_via = dns_scenario


def http_to_tls_port(d):
    key, cert = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-keyout", key, "-out", cert, "-subj", "/CN=localhost", "-days", "1")
    port = free_port()
    cleanup = started(["openssl", "s_server", "-quiet", "-accept", "127.0.0.1:%d" % port,
                       "-cert", cert, "-key", key], port, stdin=subprocess.PIPE)
    return ["curl", "-sS", "http://127.0.0.1:%d/status" % port], {
        "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % port,
        "explanation_re": "closed|TLS", "_strace_opts": TIMED}, cleanup


def git_https_to_plain_http(d):
    srv = serving(answers(BAD_REQUEST))
    return ["git", "ls-remote", "https://127.0.0.1:%d/repo.git" % srv.address[1]], {
        "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % srv.address[1],
        "explanation_re": "TLS", "_strace_opts": PLAIN}, srv.close


def ssh_refused_so_error(d):
    port = free_port()
    return ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", "-p", str(port),
            "127.0.0.1", "true"], {"syscall": "connect", "errno": "ECONNREFUSED",
                                   "address": "127.0.0.1:%d" % port,
                                   "_strace_opts": SINGLE}, None


def git_http_refused(d):
    port = free_port()
    return ["git", "ls-remote", "http://127.0.0.1:%d/repo.git" % port], {
        "syscall": "connect", "errno": "ECONNREFUSED", "address": "127.0.0.1:%d" % port,
        "_strace_opts": TIMED}, None


# -- the first failure, not the last ----------------------------------------------------------
def tar_mkdir_retried(d):
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "docs"))
    write(os.path.join(src, "docs", "guide.txt"), "g\n")
    archive = os.path.join(d, "docs.tar")
    run("tar", "-cf", archive, "-C", src, "docs")
    os.chmod(archive, 0o644)
    dest = os.path.join(d, "dest")
    os.mkdir(dest, 0o755)
    return NOBODY + ["tar", "-xf", archive, "-C", dest], {
        "syscall": "mkdirat", "errno": "EACCES", "path": os.path.join(dest, "docs"),
        "line_re": r"mkdir(at)?\(.*docs\".* = -1 EACCES", "_strace_opts": PLAIN}, None


def enospc_then_cleanup_lookup(d):
    mnt = os.path.join(d, "small")
    os.mkdir(mnt)
    return mounted(d, "stage.sh", "mount -t tmpfs -o size=64k tmpfs %s" % mnt,
                   "cp /usr/bin/perl %s/perl || { ls %s/perl.sig; exit 1; }" % (mnt, mnt)), {
        "syscall": "write", "errno": "ENOSPC", "path": os.path.join(mnt, "perl"),
        "_strace_opts": PLAIN}, None


# -- messages ----------------------------------------------------------------------------------
def ssh_missing_config(d):
    cfg = os.path.join(d, "ssh", "config.d", "deploy")
    return ["ssh", "-F", cfg, "-o", "BatchMode=yes", "backup-host", "true"], {
        "syscall": "openat", "errno": "ENOENT", "path": cfg, "_strace_opts": PLAIN}, None


def python_m_missing(d):
    return [PY, "-m", "frobnitz_tool", "--help"], {"module": "frobnitz_tool",
                                                    "_strace_opts": PLAIN}, None


def python_submodule_missing(d):
    pkg = os.path.join(d, "reporting")
    os.mkdir(pkg)
    write(os.path.join(pkg, "__init__.py"), "")
    cmd = [PY, "-S", write(os.path.join(d, "main.py"),
                           "import reporting.exporters\nreporting.exporters.run()\n")]
    return cmd, {"module": "reporting.exporters", "searched_has": pkg,
                 "_strace_opts": SINGLE}, None


def env_command_not_found(d):
    return ["env", "PATH=/usr/local/bin:/usr/bin:/bin", "frobnicate", "--all"], {
        "syscall_in": ("execve",), "errno": "ENOENT", "basename": "frobnicate",
        "explanation_re": r"`frobnicate` is not in PATH \(searched: /",
        "_strace_opts": PLAIN}, None


def sh_command_not_found(d):
    script = write(os.path.join(d, "backup.sh"), "#!/bin/sh\necho starting\n"
                   "restic-backup --all > /dev/null\n", 0o755)
    return ["sh", script], {
        "syscall_in": ("execve", "newfstatat", "stat"), "errno": "ENOENT",
        "basename": "restic-backup",
        "explanation_re": r"`restic-backup` is not in PATH \(searched: /",
        "_strace_opts": TIMED}, None


def sudo_command_not_found(d):
    need("/usr/bin/sudo")
    return ["sudo", "frobnicate"], {
        "syscall_in": ("newfstatat", "stat", "access", "faccessat2", "execve"),
        "errno": "ENOENT", "basename": "frobnicate",
        "explanation_re": r"`frobnicate` is not in PATH \(searched: /",
        "_strace_opts": PLAIN}, None


# -- paths through descriptors -------------------------------------------------------------------
def chmod_recursive_not_owner(d):
    top = os.path.join(d, "shared")
    os.mkdir(top)
    write(os.path.join(top, "mine.txt"), "m\n")
    theirs = write(os.path.join(top, "report.csv"), "r\n")
    os.chown(top, 65534, 65534)
    os.chown(os.path.join(top, "mine.txt"), 65534, 65534)
    return NOBODY + ["chmod", "-R", "g+w", top], {
        "syscall": "fchmodat", "errno": "EPERM", "path": theirs,
        "_strace_opts": TIMED}, None


def find_delete_denied(d):
    top = os.path.join(d, "cache")
    os.makedirs(os.path.join(top, "old"))
    write(os.path.join(top, "old", "blob.tmp"), "x")
    os.chmod(os.path.join(top, "old"), 0o755)
    os.chmod(top, 0o777)
    return NOBODY + ["find", top, "-name", "*.tmp", "-delete"], {
        "syscall": "unlinkat", "errno": "EACCES", "path": os.path.join(top, "old", "blob.tmp"),
        "_strace_opts": PLAIN}, None


# -- signals -------------------------------------------------------------------------------------
def python_real_segv(d):
    return [PY, "-I", "-S", "-c", "import ctypes; ctypes.string_at(0)"], {
        "signal": "SIGSEGV", "explanation_re": "SEGV_MAPERR", "_strace_opts": PLAIN}, None


def segv_sent_by_kill(d):
    return ["sh", "-c", "sleep 5 & kill -SEGV $!; wait $!"], {
        "signal": "SIGSEGV", "explanation_re": "sent by pid", "_strace_opts": PLAIN}, None


def sigpipe_after_enospc(d):
    return ["sh", "-c", "yes report | head -c 200000 > /dev/full"], {
        "syscall": "write", "errno": "ENOSPC", "path": "/dev/full",
        "_strace_opts": TIMED}, None


def memory_cgroup_oom(d):
    need("/sys/fs/cgroup/memory/memory.limit_in_bytes")
    base = "/sys/fs/cgroup/memory"
    with open("/proc/self/cgroup") as f:
        mine = next((ln.split(":", 2)[2].strip() for ln in f if ":memory:" in ln), "/")
    group = os.path.join(base + mine, "syscope-scn-%d" % os.getpid())
    os.makedirs(group, exist_ok=True)
    with open(os.path.join(group, "memory.limit_in_bytes"), "w") as f:
        f.write("%d" % (48 << 20))
    with open(os.path.join(group, "memory.memsw.limit_in_bytes") if os.path.exists(
            os.path.join(group, "memory.memsw.limit_in_bytes")) else os.devnull, "w") as f:
        f.write("%d" % (48 << 20))
    cmd = ["sh", "-c", "echo $$ > %s/cgroup.procs && exec %s -I -S -c 'x = [bytearray(1 << 20) "
           "for i in range(400)]'" % (group, PY)]

    def cleanup():
        for _ in range(50):
            try:
                os.rmdir(group)
                return
            except OSError:
                time.sleep(0.1)
    return cmd, {"signal": "SIGKILL", "explanation_re": "put in the cgroup .*syscope-scn",
                 "_strace_opts": PLAIN}, cleanup


KINDS = [
    Scenario("sudo-no-exec-bit", sudo_no_exec_bit, "sudo: a script without the execute bit "
             "(its stat says 0644)"),
    Scenario("ssh-client-key-0644", ssh_client_key_0644, "ssh ignores a private key of "
             "mode 0644, then the server says Permission denied"),
    Scenario("sshd-strict-modes", sshd_strict_modes, "sshd (traced) refuses a user whose "
             "home is group-writable"),
    Scenario("git-dubious-subdir", git_dubious_subdir, "git in a subdirectory of a "
             "repository owned by another user"),
    Scenario("perl-enomem-ulimit", perl_enomem_after_ulimit, "bash's ulimit -v explains "
             "perl's Out of memory"),
    Scenario("readonly-bind-mount", readonly_bind_mount, "sed -i under a read-only bind "
             "mount in a private namespace"),
    Scenario("ssh-connect-blackhole", ssh_connect_blackhole, "ssh blocked in connect() to "
             "a port whose backlog is full"),
    Scenario("ssh-poll-blackhole", ssh_poll_blackhole, "ssh with ConnectTimeout: blocked in "
             "poll on a connecting socket"),
    Scenario("s-client-no-answer", s_client_no_answer, "openssl s_client waits for a "
             "ServerHello that never comes"),
    Scenario("pipe-reader-hang", pipe_reader_hang, "gzip waits on a pipe whose writer "
             "sleeps"),
    Scenario("python-deadlock", python_lock_order_deadlock, "two threads take two locks "
             "in opposite orders"),
    Scenario("dns-tcp-after-tc", dns_tcp_after_truncation, "a truncated UDP answer, then "
             "NXDOMAIN over TCP"),
    Scenario("ssh-nxdomain", dns_via(3, "ssh -o BatchMode=yes gone.example true",
                                     "NXDOMAIN", PLAIN), "ssh: could not resolve hostname"),
    Scenario("ssh-servfail", dns_via(2, "ssh -o BatchMode=yes broken.example true",
                                     "SERVFAIL", TIMED), "ssh: the resolver answers SERVFAIL"),
    Scenario("git-dns-no-reply", dns_via(None, "git ls-remote http://silent.example/r.git",
                                         "no reply", PLAIN),
             "git's http helper: the resolver never answers"),
    Scenario("http-to-tls-port", http_to_tls_port, "curl speaks plain HTTP to openssl "
             "s_server, which closes"),
    Scenario("git-https-plain", git_https_to_plain_http, "git over https to a plain-HTTP "
             "server (the helper is a child)"),
    Scenario("ssh-refused-so-error", ssh_refused_so_error, "ssh with ConnectTimeout: the "
             "refusal is in SO_ERROR"),
    Scenario("git-http-refused", git_http_refused, "git's http helper: connection refused"),
    Scenario("tar-mkdir-retried", tar_mkdir_retried, "tar retries mkdirat; the first "
             "failure is the cause"),
    Scenario("cp-enospc-then-ls", enospc_then_cleanup_lookup, "cp fills a small tmpfs, a "
             "later lookup fails too"),
    Scenario("ssh-missing-config", ssh_missing_config, "ssh -F names a missing file"),
    Scenario("python-m-missing", python_m_missing, "python3 -m with a module not "
             "installed (no quotes in the message)"),
    Scenario("python-submodule-missing", python_submodule_missing, "a package without "
             "the submodule imported from it"),
    Scenario("env-not-found", env_command_not_found, "env: a command not in PATH"),
    Scenario("sh-not-found", sh_command_not_found, "dash: a command not in PATH"),
    Scenario("sudo-not-found", sudo_command_not_found, "sudo: command not found"),
    Scenario("chmod-r-not-owner", chmod_recursive_not_owner, "chmod -R: fchmodat on a "
             "directory fd, a file of another owner"),
    Scenario("find-delete-denied", find_delete_denied, "find -delete: unlinkat on a "
             "directory fd"),
    Scenario("python-real-segv", python_real_segv, "a real NULL dereference (SEGV_MAPERR)"),
    Scenario("segv-by-kill", segv_sent_by_kill, "SIGSEGV sent by kill, not a fault"),
    Scenario("sigpipe-after-enospc", sigpipe_after_enospc, "yes dies of SIGPIPE after "
             "head's ENOSPC"),
    Scenario("cgroup-oom-kill", memory_cgroup_oom, "killed by the memory cgroup's limit"),
]


# -- recorded after the mechanisms above were built, to measure them on cases they were
# -- not shaped on ---------------------------------------------------------------------------
def git_clone_denied(d):
    src = os.path.join(d, "origin")
    run("git", "init", "-q", src)
    dest = os.path.join(d, "checkouts")
    os.mkdir(dest, 0o755)
    return NOBODY + ["git", "clone", "-q", src, os.path.join(dest, "work")], {
        "syscall_in": ("mkdir", "mkdirat"), "errno": "EACCES",
        "path": os.path.join(dest, "work"), "_strace_opts": PLAIN}, None


def wget_refused(d):
    port = free_port()
    return ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:%d/file" % port], {
        "syscall": "connect", "errno": "ECONNREFUSED", "address": "127.0.0.1:%d" % port,
        "_strace_opts": TIMED}, None


def wget_tls_to_plain(d):
    srv = serving(answers(BAD_REQUEST))
    return ["wget", "-q", "-O", "/dev/null", "https://127.0.0.1:%d/" % srv.address[1]], {
        "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % srv.address[1],
        "explanation_re": "TLS", "_strace_opts": PLAIN}, srv.close


def sort_output_readonly(d):
    data = os.path.join(d, "reports")
    os.mkdir(data)
    write(os.path.join(data, "in.txt"), "b\na\n")
    return mounted(d, "sort.sh", readonly_bind(data),
                   "sort -o %s/sorted.txt %s/in.txt" % (data, data)), {
        "syscall": "openat", "errno": "EROFS", "path": os.path.join(data, "sorted.txt"),
        "_strace_opts": PLAIN}, None


def perl_missing_module_cut(d):
    return ["perl", "-MFrob::Thing", "-e", "1"], {
        "syscall_in": ("openat", "newfstatat", "stat"), "errno": "ENOENT",
        "basename": "Thing.pm", "_strace_opts": PLAIN}, None


def xargs_not_found(d):
    return ["sh", "-c", "echo a b | xargs frobnicate-all"], {
        "syscall_in": ("execve",), "errno": "ENOENT", "basename": "frobnicate-all",
        "explanation_re": r"`frobnicate-all` is not in PATH \(searched: /",
        "_strace_opts": TIMED}, None


def dd_to_full(d):
    return ["dd", "if=/dev/zero", "of=/dev/full", "bs=4k", "count=2"], {
        "syscall": "write", "errno": "ENOSPC", "path": "/dev/full",
        "_strace_opts": PLAIN}, None


def sudo_user_denied(d):
    need("/usr/bin/sudo")
    secret = write(os.path.join(d, "db.conf"), "password=x\n", 0o600)
    return ["sudo", "-u", "nobody", "cat", secret], {
        "syscall": "openat", "errno": "EACCES", "path": secret,
        "_strace_opts": PLAIN}, None


def git_daemon_silent(d):
    srv = serving(silent)
    calls = ("read", "recvfrom", "poll")
    return hangs.until_killed(["git", "ls-remote", "git://127.0.0.1:%d/project.git" %
                               srv.address[1]], "KILL"), {
        "signal": "SIGKILL", "syscall_in": calls, "hang": True,
        "address": "127.0.0.1:%d" % srv.address[1], "_strace_opts": TIMED,
        "_blocked_in": calls}, srv.close


VALIDATION = [
    Scenario("git-clone-denied", git_clone_denied, "git clone into a directory the user "
             "may not write"),
    Scenario("wget-refused", wget_refused, "wget: connection refused"),
    Scenario("wget-tls-plain", wget_tls_to_plain, "wget speaks TLS to a plain-HTTP port"),
    Scenario("sort-readonly", sort_output_readonly, "sort -o under a read-only bind mount"),
    Scenario("perl-module-cut", perl_missing_module_cut, "perl -M with a missing module, "
             "its message cut at 32 bytes"),
    Scenario("xargs-not-found", xargs_not_found, "xargs: a command not in PATH"),
    Scenario("dd-enospc", dd_to_full, "dd onto a full device"),
    Scenario("sudo-user-denied", sudo_user_denied, "sudo -u nobody cat a private file"),
    Scenario("git-daemon-silent", git_daemon_silent, "git:// to a server that never "
             "answers"),
]
KINDS += VALIDATION


# -- the seed articles' own invocations: -Z, --trace=%file, -p, -ff -------------------------
def only_failures_z(d):
    cmd = py(d, "main.py", """\
        import json, sys
        try:
            with open("/etc/syscope-demo/settings.json") as f:
                json.load(f)
        except OSError as e:
            print("cannot start:", e, file=sys.stderr)
            sys.exit(1)
        """)
    return cmd, {"syscall": "openat", "errno": "ENOENT",
                 "path": "/etc/syscope-demo/settings.json", "_strace_opts": ["-Z"]}, None


def file_filter_make(d):
    write(os.path.join(d, "Makefile"), "all:\n\tprotoc-gen-lint --check api.proto\n")
    return ["make", "-C", d], {
        "syscall_in": ("execve", "newfstatat", "stat", "access"), "errno": "ENOENT",
        "basename": "protoc-gen-lint", "_strace_opts": ["-f", "--trace=%file"]}, None


def attached_hang(d):
    srv = serving(silent)
    cmd = py(d, "agent.py", """\
        import socket
        s = socket.create_connection(("127.0.0.1", %d))
        s.sendall(b"HELLO\\n")
        s.recv(100)
        """ % srv.address[1])
    # (without -y the trace cannot tell the peer: the socket was made before it began)
    return cmd, {"syscall_in": ("read", "recvfrom"), "hang": True,
                 "_blocked_in": ("read", "recvfrom"), "_attach": hangs.BOUND,
                 "_strace_timeout": hangs.BOUND, "_strace_opts": ["-s", "256"]}, srv.close


def ff_set_denied(d):
    secret = write(os.path.join(d, "payroll.csv"), "x\n", 0o600)
    script = write(os.path.join(d, "export.sh"), "#!/bin/sh\nwc -l %s || exit 3\n" % secret,
                   0o755)
    return NOBODY + ["sh", script], {"syscall": "openat", "errno": "EACCES", "path": secret,
                                     "_strace_opts": ["-ff", "-s", "256"]}, None


SEEDS = [
    Scenario("only-failures-z", only_failures_z, "strace -Z: only the failed calls"),
    Scenario("file-filter-make", file_filter_make, "strace -f --trace=%file make: no "
             "messages in the trace"),
    Scenario("attached-hang", attached_hang, "strace -p on an agent blocked in recv"),
    Scenario("ff-set-denied", ff_set_denied, "strace -ff -o prefix: one file per process"),
]
KINDS += SEEDS


# -- a second set recorded after the changes, to measure them ----------------------------------
def ssh_connect_timeout(d):
    port, cleanup = full_backlog_port()
    return ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=1", "-p", str(port),
            "127.0.0.1", "true"], {
        "syscall": "connect", "address": "127.0.0.1:%d" % port,
        "_strace_opts": PLAIN}, cleanup


def git_index_lock_denied(d):
    repo = os.path.join(d, "repo")
    run("git", "init", "-q", repo)
    write(os.path.join(repo, "a.txt"), "a\n")
    os.chmod(repo, 0o755)
    return NOBODY + ["git", "-C", repo, "-c", "safe.directory=*", "add", "a.txt"], {
        "syscall": "openat", "errno": "EACCES",
        "path": os.path.join(repo, ".git", "index.lock"), "_strace_opts": TIMED}, None


def tar_to_readonly_bind(d):
    out = os.path.join(d, "backups")
    os.mkdir(out)
    return mounted(d, "backup.sh", readonly_bind(out),
                   "tar -czf %s/etc.tgz -C /etc hostname" % out), {
        "syscall": "creat", "errno": "EROFS", "path": os.path.join(out, "etc.tgz"),
        "_strace_opts": TIMED}, None


def curl_unix_missing(d):
    sock = os.path.join(d, "run", "api.sock")
    return ["curl", "-sS", "--unix-socket", sock, "http://localhost/v1/status"], {
        "syscall": "connect", "errno": "ENOENT", "address": sock,
        "_strace_opts": PLAIN}, None


def lockf_hang(d):
    lock = os.path.join(d, "db.lock")
    import fcntl
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.lockf(fd, fcntl.LOCK_EX)
    cmd = hangs.until_killed([PY, "-I", "-S", "-c", "import fcntl, os; fd = os.open(%r, "
                              "os.O_RDWR); fcntl.lockf(fd, fcntl.LOCK_EX)" % lock], "KILL")
    return cmd, {"signal": "SIGKILL", "syscall": "fcntl", "path": lock, "hang": True,
                 "_strace_opts": PLAIN, "_blocked_in": ("fcntl",)}, lambda: os.close(fd)


def python_abort(d):
    return [PY, "-I", "-S", "-c", "import os; os.abort()"], {
        "signal": "SIGABRT", "explanation_re": "sent by pid|itself|abort",
        "_strace_opts": PLAIN}, None


def perl_die_strerror(d):
    ro = os.path.join(d, "published")
    os.mkdir(ro, 0o555)
    target = os.path.join(ro, "feed.xml")
    return NOBODY + ["perl", "-e", "open(my $f, '>', '%s') or die \"cannot write feed: $!\\n\";"
                     " open(my $g, '<', '/nonexistent/cache') or exit 2" % target], {
        "syscall": "openat", "errno": "EACCES", "path": target,
        "_strace_opts": PLAIN}, None


VALIDATION2 = [
    Scenario("ssh-connect-timeout", ssh_connect_timeout, "ssh's ConnectTimeout passes: "
             "poll returns 0 on a connecting socket"),
    Scenario("git-index-lock", git_index_lock_denied, "git add as another user: "
             "index.lock cannot be created"),
    Scenario("tar-readonly-bind", tar_to_readonly_bind, "tar -czf into a read-only bind "
             "mount (-tt -T -y)"),
    Scenario("curl-unix-missing", curl_unix_missing, "curl --unix-socket to a socket "
             "that is not there"),
    Scenario("lockf-hang", lockf_hang, "a POSIX lock another process holds: blocked in "
             "fcntl(F_SETLKW)"),
    Scenario("python-abort", python_abort, "os.abort(): SIGABRT the process sent itself"),
    Scenario("perl-die-strerror", perl_die_strerror, "perl dies naming $! (EACCES); a "
             "later failure does not matter"),
]
KINDS += VALIDATION2
