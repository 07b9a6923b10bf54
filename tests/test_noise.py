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
    ("optional home configuration", call("openat", 'AT_FDCWD, "/root/.inputrc", O_RDONLY',
                                         "ENOENT"), "/root/.inputrc",
     call("openat", 'AT_FDCWD, "/root/inputrc", O_RDONLY', "ENOENT"), "/root/inputrc"),
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
