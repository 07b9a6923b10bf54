"""Variants of the kinds the other suites hold one or two of: refusals decided by a mode
or owner a successful stat shows (a config file others may write), limits a parent set
(the file size, the stack), hangs that wait on something else (a grandchild behind
wait4, a lock with a timeout, a kill from outside the trace), answers that say "no"
without an error (a DNS answer without addresses, TLS spoken to an SSH banner), retries
and stale locks (sqlite's busy loop, git's index.lock), messages naming a header or a
script, a #! line ending in a carriage return, and paths reached through descriptors
(shutil.rmtree's dirfds).  Every program is from a Debian 12 package (named at each
scenario); a scenario whose program is missing raises Unavailable and is skipped."""
from __future__ import annotations

import fcntl
import os
import signal
import socket
import sqlite3
import threading
import time

from .hard import NOBODY, STATS, DnsResponder, Server, with_resolver
from .kinds import PLAIN, RECEIVED, SINGLE, SSH_USER, TIMED, Unavailable, hold_user, need
from .scenarios import PY, Scenario, write


def needs_program(*names):
    import shutil
    for n in names:
        if shutil.which(n) is None:
            raise Unavailable(n)


class FireWhenBlocked(threading.Thread):
    """Fires the timer of the `timeout` whose command line holds `scratch` (SIGALRM, as
    its own alarm would) once the process whose command line holds `marker` is seen
    blocked in system call `nr` (in /proc/PID/syscall, with `arg` as given there when not
    None): the kill comes after the program reached its wait, however slow the machine."""

    def __init__(self, scratch, marker, nr, arg=None):
        super().__init__(daemon=True)
        self.scratch, self.marker, self.nr, self.arg = scratch, marker, str(nr), arg
        self.done = threading.Event()

    @staticmethod
    def _find(marker, want_comm=None):
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open("/proc/%s/cmdline" % pid, "rb") as f:
                    cmdline = f.read()
                with open("/proc/%s/comm" % pid) as f:
                    comm = f.read().strip()
            except OSError:
                continue
            if marker.encode() in cmdline and (want_comm is None or comm == want_comm):
                yield int(pid)

    def _blocked(self, pid):
        try:
            with open("/proc/%d/syscall" % pid) as f:
                fields = f.read().split()
        except OSError:
            return False
        return bool(fields) and fields[0] == self.nr and (
            self.arg is None or len(fields) > 4 and fields[4] == self.arg)

    def run(self):
        deadline = time.monotonic() + 60
        seen = 0
        while not self.done.is_set() and time.monotonic() < deadline:
            blocked = [p for p in self._find(self.marker) if self._blocked(p)]
            seen = seen + 1 if blocked else 0
            if seen >= 3:          # still there after three looks: a wait, not a pass
                for t in self._find(self.scratch, "timeout"):
                    os.kill(t, signal.SIGALRM)
                return
            time.sleep(0.05)

    def stop(self):
        self.done.set()
        self.join(30)


# -- the explanation is a successful call -------------------------------------------------
def ssh_config_group_writable(d):
    """openssh-client: ssh refuses the user's ~/.ssh/config when others may write it (its
    fstat shows the mode; "Bad owner or permissions"); nothing fails.  Run as a throwaway
    user whose home is the scratch directory (ssh reads the home from passwd)."""
    need("/usr/bin/ssh", "/usr/sbin/useradd")
    home = os.path.join(d, "home")
    os.makedirs(os.path.join(home, ".ssh"))
    pw, lock = hold_user(home)
    cfg = write(os.path.join(home, ".ssh", "config"), "Host backup\n  HostName 127.0.0.1\n",
                0o666)
    for p in (home, os.path.join(home, ".ssh"), cfg):
        os.chown(p, pw.pw_uid, pw.pw_gid)
    os.chmod(cfg, 0o666)
    return ["-u", SSH_USER, "ssh", "-o", "BatchMode=yes", "backup", "true"], {
        "syscall_in": STATS, "errno": None, "path": cfg,
        "explanation_re": "0666.*any user may write", "_strace_opts": PLAIN}, \
        lock.close


def python_efbig_ulimit(d):
    """bash + python3: `ulimit -f` in the shell; Python ignores SIGXFSZ, so its write
    fails with EFBIG, explained by the shell's prlimit64."""
    out = os.path.join(d, "export.csv")
    script = write(os.path.join(d, "export.py"), """\
        with open(%r, "wb") as f:
            f.write(b"x" * 100000)
        """ % out)
    cmd = ["bash", "-c", "ulimit -f 16; %s -I -S %s" % (PY, script)]
    return cmd, {"syscall": "write", "errno": "EFBIG", "path": out,
                 "evidence_re": r"prlimit64\(0, RLIMIT_FSIZE, \{rlim_cur=16\*1024",
                 "_strace_opts": PLAIN}, None


def bash_stack_limit(d):
    """bash: a recursive function under `ulimit -s 256` in the parent shell runs out of
    stack and dies of SIGSEGV: the limit the parent set explains the crash."""
    cmd = ["bash", "-c", "ulimit -s 256; bash -c 'f() { f; }; f'"]
    return cmd, {"signal": "SIGSEGV",
                 "evidence_re": r"prlimit64\(0, RLIMIT_STACK, \{rlim_cur=256\*1024",
                 "_strace_opts": PLAIN}, None


# -- hangs ------------------------------------------------------------------------------------
def make_recipe_hang(d):
    """make: a recipe's cat waits on a FIFO nobody writes; timeout kills make's whole
    group.  The finding is the grandchild's read, not make's wait4."""
    fifo = os.path.join(d, "feed")
    os.mkfifo(fifo)
    hold = os.open(fifo, os.O_RDWR)
    write(os.path.join(d, "Makefile"), "all:\n\tcat %s > /dev/null\n" % fifo)
    fire = FireWhenBlocked(d, fifo, 0)
    fire.start()
    return ["timeout", "-s", "KILL", "60", "make", "-C", d], {
        "signal": "SIGKILL", "syscall": "read", "path": fifo, "hang": True,
        "_strace_opts": PLAIN}, lambda: (fire.stop(), os.close(hold))


def flock_wait_timeout(d):
    """util-linux flock -w 1: the lock another process holds is not released in time;
    flock's own alarm interrupts the wait ("timeout while waiting to get lock")."""
    lock = os.path.join(d, "backup.lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return ["flock", "-w", "1", lock, "true"], {
        "syscall": "flock", "path": lock, "_strace_opts": TIMED}, lambda: os.close(fd)


def killed_from_outside(d):
    """gzip blocked reading its input is killed by SIGKILL from a process the trace does
    not show (a supervisor, an OOM killer): no kill() in the trace sends it."""
    fifo = os.path.join(d, "incoming")
    os.mkfifo(fifo)
    hold = os.open(fifo, os.O_RDWR)
    pidfile = os.path.join(d, "gzip.pid")
    stop = threading.Event()

    def killer():
        # once gzip blocks in read (syscall 0 in /proc/PID/syscall), kill it
        deadline = time.monotonic() + 30
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                with open(pidfile) as f:
                    pid = int(f.read())
                with open("/proc/%d/syscall" % pid) as f:
                    if f.read().split()[0] == "0":
                        os.kill(pid, signal.SIGKILL)
                        return
            except (OSError, ValueError, IndexError):
                pass
            time.sleep(0.02)
    t = threading.Thread(target=killer, daemon=True)
    t.start()

    def cleanup():
        stop.set()
        t.join(30)
        os.close(hold)
    return ["sh", "-c", "echo $$ > %s; exec gzip -dc < %s" % (pidfile, fifo)], {
        "signal": "SIGKILL", "explanation_re": "(?i)no process in the trace|outside",
        "_strace_opts": PLAIN}, cleanup


# -- the network said no ------------------------------------------------------------------------
def dns_no_address(d):
    """glibc's resolver through getent: the nameserver answers NOERROR with no address
    records (the name exists, it has no A/AAAA record)."""
    ns = DnsResponder(0)
    ns.start()
    return with_resolver(d, ns.host, "getent ahostsv4 mail-only.example"), {
        "syscall_in": RECEIVED, "address": "%s:53" % ns.host, "dns": "NOERROR",
        "_strace_opts": TIMED}, ns.close


def curl_https_to_ssh_banner(d):
    """curl speaks TLS to a port whose server greets with an SSH banner."""
    needs_program("curl")

    def greet(conn):
        conn.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")
        conn.recv(4096)
        conn.close()
    srv = Server(greet)
    srv.start()
    return ["curl", "-sS", "https://127.0.0.1:%d/" % srv.address[1]], {
        "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % srv.address[1],
        "explanation_re": "TLS", "_strace_opts": TIMED}, srv.close


def python_bind_privileged_port(d):
    """python3 -m http.server as nobody on a port below 1024: bind() EACCES."""
    with open("/proc/sys/net/ipv4/ip_unprivileged_port_start") as f:
        if int(f.read()) <= 80:
            raise Unavailable("privileged ports (net.ipv4.ip_unprivileged_port_start)")
    return NOBODY + [PY, "-m", "http.server", "-b", "127.0.0.1", "80"], {
        "syscall": "bind", "errno": "EACCES", "address": "127.0.0.1:80",
        "_strace_opts": PLAIN}, None


# -- the first failure, not the last ----------------------------------------------------------
def locked_database(d, timeout_ms=0):
    db = os.path.join(d, "inventory.db")
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("create table items (name text)")
    conn.execute("begin exclusive")     # this process holds the lock while sqlite3 runs
    return db, conn


def sqlite_locked(d):
    """sqlite3: another process holds the database's lock; the first F_SETLK refused
    (EAGAIN) is the cause of "database is locked"."""
    needs_program("sqlite3")
    db, conn = locked_database(d)
    return ["sqlite3", db, "insert into items values ('bolt')"], {
        "syscall": "fcntl", "errno": "EAGAIN", "path": db,
        "line_re": r"fcntl\(\d+(<[^>]*>)?, F_SETLK, .* = -1 EAGAIN", "_strace_opts": TIMED}, conn.close


def sqlite_busy_retries(d):
    """sqlite3 with a busy timeout retries its lock between sleeps; the first refusal is
    the cause, the retries its consequences."""
    needs_program("sqlite3")
    db, conn = locked_database(d)
    return ["sqlite3", "-cmd", ".timeout 300", db, "insert into items values ('nut')"], {
        "syscall": "fcntl", "errno": "EAGAIN", "path": db,
        "line_re": r"fcntl\(\d+, F_SETLK, .* = -1 EAGAIN", "_strace_opts": PLAIN}, conn.close


def git_stale_index_lock(d):
    """git: a crashed git left .git/index.lock; `git add` cannot create it (EEXIST)."""
    repo = os.path.join(d, "repo")
    import subprocess
    subprocess.run(["git", "init", "-q", repo], check=True)
    write(os.path.join(repo, "notes.txt"), "n\n")
    write(os.path.join(repo, ".git", "index.lock"), "")
    return ["git", "-C", repo, "add", "notes.txt"], {
        "syscall": "openat", "errno": "EEXIST",
        "path": os.path.join(repo, ".git", "index.lock"), "_strace_opts": TIMED}, None


def mkfifo_exists(d):
    """coreutils mkfifo: the name is taken ("File exists")."""
    path = write(os.path.join(d, "control"), "")
    return ["mkfifo", path], {"syscall_in": ("mknodat", "mknod"), "errno": "EEXIST",
                              "path": path, "_strace_opts": PLAIN}, None


# -- messages ------------------------------------------------------------------------------------
def gcc_missing_header(d):
    """gcc: cc1 looks for a header along the include path ("fatal error: frobnicate.h:
    No such file or directory")."""
    needs_program("gcc")
    src = write(os.path.join(d, "main.c"), "#include <frobnicate.h>\nint main(void) "
                "{ return 0; }\n")
    return ["gcc", "-c", "-o", os.path.join(d, "main.o"), src], {
        # cc1 tries each include directory with readlink, a .gch stat and openat
        "syscall_in": ("openat", "newfstatat", "stat", "readlink"), "errno": "ENOENT",
        "basename": "frobnicate.h", "searched_has": "/usr/include",
        "_strace_opts": PLAIN}, None


def python_script_missing(d):
    """python3 names a script that is not there."""
    script = os.path.join(d, "app", "manage.py")
    # (python3.11 resolves the path with a stat first: the first failure on it)
    return [PY, script, "migrate"], {"syscall_in": ("openat", "newfstatat", "stat"),
                                     "errno": "ENOENT", "path": script,
                                     "_strace_opts": SINGLE}, None


def crlf_shebang(d):
    """bash runs a script saved with DOS line ends: its #! line names `/bin/sh\\r`
    (execve ENOENT; bash reads the line back to say "bad interpreter")."""
    script = os.path.join(d, "deploy.sh")
    with open(script, "wb") as f:
        f.write(b"#!/bin/sh\r\necho deploying\r\n")
    os.chmod(script, 0o755)
    return ["bash", "-c", script + " --now"], {
        "syscall": "execve", "errno": "ENOENT", "path": script,
        "explanation_re": r"(?i)carriage return|\\r", "_strace_opts": PLAIN}, None


# -- paths through descriptors ---------------------------------------------------------------
def python_rmtree_dirfd(d):
    """python3's shutil.rmtree walks with directory descriptors: unlinkat(dirfd, name)
    fails in a subdirectory the user may not write."""
    top = os.path.join(d, "cache")
    os.makedirs(os.path.join(top, "shared", "objects"))
    blob = write(os.path.join(top, "shared", "objects", "pack.idx"), "x")
    os.chmod(top, 0o777)
    os.chmod(os.path.join(top, "shared"), 0o777)
    os.chmod(os.path.join(top, "shared", "objects"), 0o755)
    return NOBODY + [PY, "-I", "-S", "-c", "import shutil; shutil.rmtree(%r)" % top], {
        "syscall": "unlinkat", "errno": "EACCES", "path": blob, "_strace_opts": PLAIN}, None


def tar_create_dirfd_unreadable(d):
    """GNU tar -c walks a tree through directory descriptors; a file it may not read."""
    top = os.path.join(d, "site")
    os.makedirs(os.path.join(top, "conf"))
    secret = write(os.path.join(top, "conf", "tls.key"), "k\n", 0o600)
    os.chmod(top, 0o755)
    os.chmod(os.path.join(top, "conf"), 0o755)
    out = os.path.join(d, "out")
    os.mkdir(out)
    os.chmod(out, 0o777)
    # (not -f /dev/null: tar then reads no file at all)
    return NOBODY + ["tar", "-cf", os.path.join(out, "site.tar"), "-C", d, "site"], {
        "syscall": "openat", "errno": "EACCES", "path": secret, "_strace_opts": PLAIN}, None


# -- added to probe further mechanisms -----------------------------------------------------------
def asyncio_epoll_hang(d):
    """python3's asyncio waits in epoll_wait for an answer that never comes: what the
    epoll descriptor waits on is the socket registered with epoll_ctl."""
    srv = Server(lambda conn: None)
    srv.start()
    # (timeout fires once epoll_wait (232) waits with no time limit (-1, an int))
    fire = FireWhenBlocked(d, os.path.join(d, "poller.py"), 232, "0xffffffff")
    fire.start()
    cmd = ["timeout", "-s", "KILL", "60"] + [PY, "-I", "-S", write(os.path.join(d, "poller.py"), """\
        import asyncio
        async def main():
            reader, writer = await asyncio.open_connection("127.0.0.1", %d)
            writer.write(b"STATUS\\n")
            await reader.readline()
        asyncio.run(main())
        """ % srv.address[1])]
    return cmd, {"signal": "SIGKILL", "syscall_in": ("epoll_wait", "epoll_pwait"),
                 "hang": True, "address": "127.0.0.1:%d" % srv.address[1],
                 "_strace_opts": PLAIN}, lambda: (fire.stop(), srv.close())


def curl_stale_unix_socket(d):
    """curl --unix-socket to a socket file whose server is gone (ECONNREFUSED)."""
    needs_program("curl")
    path = os.path.join(d, "api.sock")
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)
    s.close()                 # the file stays, nobody listens
    return ["curl", "-sS", "--unix-socket", path, "http://localhost/health"], {
        "syscall": "connect", "errno": "ECONNREFUSED", "address": path,
        "_strace_opts": TIMED}, None


def sqlite_missing_directory(d):
    """sqlite3 cannot open a database in a directory that is not there (it tries
    read-write, then read-only: the first failure is the cause)."""
    needs_program("sqlite3")
    db = os.path.join(d, "var", "lib", "app", "state.db")
    return ["sqlite3", db, "select 1"], {
        # (its first look is an access(F_OK): the first failure on the file)
        "syscall_in": ("access", "openat", "newfstatat", "stat"), "errno": "ENOENT",
        "path": db, "line_re": r"state\.db.* = -1 ENOENT",
        "explanation_re": "directory .*/var/lib/app does not exist", "_strace_opts": PLAIN}, None


def git_push_dubious(d):
    """git push as nobody into a bare repository owned by root: the receive-pack child
    (whose command line does not carry safe.directory) refuses the repository's owner;
    its message is cut by -s, the parent prints "Could not read from remote"."""
    bare = os.path.join(d, "central.git")
    import subprocess
    subprocess.run(["git", "init", "-q", "--bare", bare], check=True)
    work = os.path.join(d, "work")
    subprocess.run(["git", "init", "-q", work], check=True)
    write(os.path.join(work, "a.txt"), "a\n")
    subprocess.run(["git", "-C", work, "add", "a.txt"], check=True)
    subprocess.run(["git", "-C", work, "-c", "user.name=t", "-c", "user.email=t@x", "commit",
                    "-qm", "a"], check=True)
    for root, dirs, files in os.walk(work):
        for x in dirs + files:
            os.lchown(os.path.join(root, x), 65534, 65534)
    os.lchown(work, 65534, 65534)
    return NOBODY + ["git", "-C", work, "-c", "safe.directory=*", "push", "-q", bare,
                     "HEAD:refs/heads/main"], {
        "syscall_in": STATS, "errno": None, "path": bare,
        "explanation_re": "belongs to uid 0 while the program runs as uid 65534",
        "_strace_opts": PLAIN}, None


def git_clone_into_nonempty(d):
    """git clone into a directory that exists and is not empty: nothing fails; git's
    stat shows the directory is there ("destination path ... already exists")."""
    import subprocess
    src = os.path.join(d, "origin")
    subprocess.run(["git", "init", "-q", src], check=True)
    dest = os.path.join(d, "checkout")
    os.mkdir(dest)
    write(os.path.join(dest, "notes.txt"), "n\n")
    return ["git", "clone", "-q", src, dest], {
        "syscall_in": STATS, "errno": None, "path": dest, "_strace_opts": TIMED}, None


def cp_over_running_program(d):
    """cp onto a program that is running: its open for writing fails with ETXTBSY."""
    import shutil
    import subprocess
    worker = os.path.join(d, "worker")
    shutil.copy("/usr/bin/sleep", worker)
    running = subprocess.Popen([worker, "60"])

    def cleanup():
        running.kill()
        running.wait()
    return ["cp", "/usr/bin/true", worker], {
        "syscall": "openat", "errno": "ETXTBSY", "path": worker, "_strace_opts": PLAIN}, cleanup


def python_rename_across_filesystems(d):
    """python3's os.rename from a tmpfs to another filesystem: EXDEV (shutil.move would
    copy; os.rename does not)."""
    if not os.path.isdir("/dev/shm") or os.stat("/dev/shm").st_dev == os.stat(d).st_dev:
        raise Unavailable("a second filesystem at /dev/shm")
    src = write(os.path.join("/dev/shm", "syscope-scn-%d.part" % os.getpid()), "x\n")
    dest = os.path.join(d, "report.csv")
    return [PY, "-I", "-S", "-c", "import os; os.rename(%r, %r)" % (src, dest)], {
        "syscall_in": ("rename", "renameat", "renameat2"), "errno": "EXDEV", "path": src,
        "_strace_opts": PLAIN}, lambda: os.unlink(src)


def sort_stdin_directory(d):
    """sort reads its standard input, which the shell opened on a directory and dup2'd
    onto 0: read(0) fails with EISDIR ("sort: read failed: -: Is a directory")."""
    data = os.path.join(d, "reports")
    os.mkdir(data)
    return ["sh", "-c", "sort < %s > /dev/null" % data], {
        "syscall": "read", "errno": "EISDIR", "path": data, "_strace_opts": PLAIN}, None


def git_not_a_repository(d):
    """git status outside any repository: each lookup of .git up to the root is a normal
    probe; together they are why git says "not a git repository"."""
    here = os.path.join(d, "notes")
    os.mkdir(here)
    return ["git", "status"], {
        "syscall_in": STATS, "errno": "ENOENT", "path": os.path.join(here, ".git"),
        "searched_has": d, "_cwd": "notes", "_strace_opts": PLAIN}, None


def mkdir_over_file(d):
    """coreutils mkdir where a file of that name is: EEXIST, which mkdir -p's runs make
    normal; here nothing else explains the failure."""
    path = write(os.path.join(d, "build"), "left over\n")
    return ["mkdir", path], {"syscall_in": ("mkdir", "mkdirat"), "errno": "EEXIST",
                             "path": path, "_strace_opts": PLAIN}, None


def http_answering(status):
    """A loopback HTTP server answering every request with `status` and no body."""
    def answer(conn):
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 %s\r\nContent-Length: 0\r\nConnection: close\r\n\r\n" %
                     status.encode())
        conn.close()
    srv = Server(answer)
    srv.start()
    return srv


def http_status(status, command, explanation, opts):
    """A client (`command`, its URL written {url}, the scratch directory {d}) gets an HTTP
    error status: nothing fails in its system calls, the answer it reads says no."""
    def prepare(d):
        needs_program(command[0])
        srv = http_answering(status)
        url = "http://127.0.0.1:%d" % srv.address[1]
        return [x.format(url=url, d=d) for x in command], {
            "syscall_in": RECEIVED, "address": "127.0.0.1:%d" % srv.address[1],
            "explanation_re": explanation, "_strace_opts": opts}, srv.close
    return prepare


def dns_search_domains(d):
    """getent with a search list in resolv.conf: the resolver asks for the name under
    each search domain, then as given; every answer is NXDOMAIN.  The finding is the
    name the program asked for."""
    ns = DnsResponder(3)
    ns.start()
    conf = write(os.path.join(d, "resolv.conf"), "nameserver %s\nsearch corp.example "
                 "lab.example\noptions timeout:1 attempts:1\n" % ns.host)
    return ["unshare", "-m", "sh", "-c", "mount --bind %s /etc/resolv.conf && exec getent "
            "hosts buildhost" % conf], {
        "syscall_in": RECEIVED, "address": "%s:53" % ns.host, "dns": "NXDOMAIN",
        "explanation_re": "buildhost", "_strace_opts": TIMED}, ns.close


def nproc_limit(d):
    """util-linux prlimit --nproc=1, then dash cannot fork ("Cannot fork"): vfork EAGAIN,
    explained by the prlimit64 before the exec."""
    return NOBODY + ["prlimit", "--nproc=1", "sh", "-c", "ls / > /dev/null"], {
        "syscall_in": ("vfork", "fork", "clone", "clone3"), "errno": "EAGAIN",
        "evidence_re": r"prlimit64\(0, RLIMIT_NPROC, \{rlim_cur=1,",
        "explanation_re": r"set to .* by pid \d+ \(prlimit\)", "_strace_opts": PLAIN}, None


VARIANTS = [
    Scenario("ssh-config-writable", ssh_config_group_writable, "openssh-client: ssh -F "
             "refuses a configuration file of mode 0666"),
    Scenario("python-efbig-ulimit", python_efbig_ulimit, "bash ulimit -f; python3's write "
             "fails with EFBIG"),
    Scenario("bash-stack-limit", bash_stack_limit, "bash: ulimit -s in the parent; the "
             "child's recursion dies of SIGSEGV"),
    Scenario("make-recipe-hang", make_recipe_hang, "make: the recipe's cat waits on a FIFO "
             "(a grandchild behind wait4)"),
    Scenario("flock-wait-timeout", flock_wait_timeout, "util-linux flock -w 1 gives up "
             "waiting for a held lock"),
    Scenario("killed-from-outside", killed_from_outside, "gzip killed by SIGKILL from a "
             "process outside the trace"),
    Scenario("dns-no-address", dns_no_address, "getent: NOERROR without address records"),
    Scenario("curl-https-ssh-banner", curl_https_to_ssh_banner, "curl: TLS to a port "
             "whose server greets with an SSH banner"),
    Scenario("python-bind-privileged", python_bind_privileged_port, "python3 -m http.server "
             "as nobody on port 80"),
    Scenario("sqlite-locked", sqlite_locked, "sqlite3: database is locked by another "
             "process"),
    Scenario("sqlite-busy-retries", sqlite_busy_retries, "sqlite3 .timeout: retries of a "
             "refused lock"),
    Scenario("git-stale-index-lock", git_stale_index_lock, "git add: a stale index.lock "
             "(EEXIST)"),
    Scenario("mkfifo-exists", mkfifo_exists, "coreutils mkfifo: File exists"),
    Scenario("gcc-missing-header", gcc_missing_header, "gcc: a header not on the include "
             "path"),
    Scenario("python-script-missing", python_script_missing, "python3 names a script that "
             "is not there"),
    Scenario("crlf-shebang", crlf_shebang, "bash: a #! line ending in a carriage return"),
    Scenario("python-rmtree-dirfd", python_rmtree_dirfd, "shutil.rmtree: unlinkat on a "
             "directory descriptor"),
    Scenario("tar-create-unreadable", tar_create_dirfd_unreadable, "tar -c: a file it may "
             "not read, reached through directory descriptors"),
    Scenario("asyncio-epoll-hang", asyncio_epoll_hang, "python3 asyncio: epoll_wait on a "
             "socket whose server never answers"),
    Scenario("curl-stale-unix-socket", curl_stale_unix_socket, "curl --unix-socket: the "
             "socket file is there, its server is gone"),
    Scenario("sqlite-missing-dir", sqlite_missing_directory, "sqlite3: the database's "
             "directory does not exist"),
    Scenario("git-push-dubious", git_push_dubious, "git push: receive-pack (a child) "
             "refuses a repository of another owner"),
    Scenario("git-clone-nonempty", git_clone_into_nonempty, "git clone into a directory "
             "that is not empty (nothing fails)"),
    Scenario("cp-text-busy", cp_over_running_program, "cp onto a running program (ETXTBSY)"),
    Scenario("python-rename-exdev", python_rename_across_filesystems, "os.rename across "
             "filesystems (EXDEV)"),
    Scenario("sort-stdin-directory", sort_stdin_directory, "sort: standard input dup2'd "
             "from a directory (EISDIR on fd 0)"),
    Scenario("git-not-a-repo", git_not_a_repository, "git status outside a repository: "
             ".git searched up to the root"),
    Scenario("mkdir-over-file", mkdir_over_file, "mkdir where a file of that name is "
             "(EEXIST, normal for mkdir -p)"),
    Scenario("curl-http-404", http_status(
        "404 Not Found", ["curl", "-sSf", "-o", "{d}/v2.tar.gz", "{url}/releases/v2.tar.gz"],
        "404 Not Found", PLAIN), "curl -f: HTTP 404 from the server"),
    Scenario("git-http-404", http_status(
        "404 Not Found", ["git", "ls-remote", "{url}/team/app.git"], "404", TIMED),
        "git over http: the repository is not found (404, in the helper child)"),
    Scenario("wget-http-403", http_status(
        "403 Forbidden", ["wget", "-q", "-O", "{d}/index.html", "{url}/private/"],
        "403 Forbidden", PLAIN), "wget: HTTP 403 Forbidden"),
    Scenario("dns-search-domains", dns_search_domains, "getent: NXDOMAIN under each search "
             "domain and as given"),
    Scenario("nproc-limit", nproc_limit, "prlimit --nproc=1: dash cannot fork (EAGAIN)"),
]
