"""What an error means in plain words, and what usually fixes it.

A table keyed by (errno, kind of call); the most specific entry wins.  {path} and
{address} are filled in from the finding."""
from __future__ import annotations

EXEC = "execve execveat"
CONNECT = "connect"
BIND = "bind"
OPEN = "open openat openat2 creat"
WRITE = "write pwrite64 writev pwritev sendto sendmsg fsync fdatasync fallocate ftruncate"
ANY = "*"

# (errno, syscalls or *, meaning, fixes)
TABLE = [
    ("ENOENT", EXEC, "the program {path} does not exist, or its #! interpreter or loader is "
     "missing", ["install the package that provides it, or fix the name/PATH",
                 "for a script, check the interpreter in its first line (#!) exists"]),
    ("ENOENT", CONNECT, "no socket file exists at {address}: the service that should listen "
     "there is not running", ["start the service (systemctl start ...)",
                              "check the socket path in the client's configuration"]),
    ("ENOENT", "unix", "", []),
    ("ENOENT", ANY, "the file {path} does not exist", [
        "create it, or install the package that provides it",
        "check the path in the configuration or command line (and the working directory "
        "for a relative path)"]),
    ("EACCES", EXEC, "{path} cannot be executed: it lacks the execute permission, or it is "
     "on a filesystem mounted noexec", ["chmod +x {path}", "run it through its interpreter "
                                       "(sh {path}, python3 {path})"]),
    ("EACCES", CONNECT, "permission denied connecting to {address}", [
        "check the socket file's owner and mode, and the user the client runs as"]),
    ("EACCES", BIND, "binding {address} needs privileges (ports below 1024 need root or "
     "CAP_NET_BIND_SERVICE)", ["use a port above 1023, or grant CAP_NET_BIND_SERVICE"]),
    ("EACCES", ANY, "permission denied on {path}: the user lacks read/write permission on "
     "the file, or search (x) permission on a directory above it", [
         "check the owner and mode of the file and of each directory on its path (namei -l "
         "{path})", "run the program as a user that has access, or chown/chmod the path"]),
    ("EPERM", ANY, "the operation is not permitted for this user (capabilities, immutable "
     "file, or a security policy)", ["run with the needed privileges",
                                     "check lsattr, SELinux/AppArmor and seccomp policies"]),
    ("ECONNREFUSED", ANY, "nothing is listening on {address}: the connection was refused",
     ["start the server, or fix the host/port the client uses",
      "check that the server listens on that interface (127.0.0.1 vs 0.0.0.0)"]),
    ("ETIMEDOUT", CONNECT, "connecting to {address} timed out: the host does not answer "
     "(firewall, routing, or it is down)", ["check the network path and firewall rules"]),
    ("EHOSTUNREACH", ANY, "no route to the host of {address}", ["check routing and "
                                                                "firewalls"]),
    ("ENETUNREACH", ANY, "the network of {address} is unreachable", ["check routing"]),
    ("EADDRINUSE", ANY, "the address {address} is already in use by another socket",
     ["stop the other process using it (ss -ltnp | grep PORT)",
      "configure another port, or set SO_REUSEADDR if it is a TIME_WAIT leftover"]),
    ("EADDRNOTAVAIL", ANY, "the address {address} is not available on this host",
     ["bind to an address this machine has"]),
    ("ENOSPC", ANY, "no space left on the device holding {path}", [
        "free space (df -h; du) or grow the filesystem",
        "check inodes too (df -i)"]),
    ("EDQUOT", ANY, "the disk quota for this user is exhausted on {path}", ["raise the quota "
                                                                           "or free space"]),
    ("EROFS", ANY, "{path} is on a read-only filesystem", [
        "remount it read-write, or write somewhere else (a writable volume, /tmp)"]),
    ("EMFILE", ANY, "the process has too many open files (its RLIMIT_NOFILE is reached)", [
        "raise the limit (ulimit -n, LimitNOFILE= in systemd)",
        "look for a descriptor leak in the program"]),
    ("ENFILE", ANY, "the system-wide limit of open files is reached", [
        "raise fs.file-max, or find the process holding many files"]),
    ("ENOEXEC", ANY, "{path} is not an executable format the kernel knows (a script without "
     "#! or a binary for another architecture)", ["add a #! line, or run it with its "
                                                   "interpreter"]),
    ("ENOTDIR", ANY, "a component of {path} is not a directory", ["fix the path"]),
    ("EISDIR", ANY, "{path} is a directory, where a file was expected", ["fix the path"]),
    ("EAGAIN", "fcntl fcntl64 flock", "another process holds a lock on {path} (a lock "
     "asked for without waiting is refused at once): a second instance, or a process left "
     "over, is using it", ["find the holder: lslocks, or fuser -v {path}",
                           "wait for it to finish (or use a wait/timeout option), or stop it"]),
    ("EAGAIN", "clone clone3 fork vfork", "the process could not be created: the user has "
     "reached the process limit (ulimit -u, RLIMIT_NPROC) or the pid limit of its cgroup",
     ["raise ulimit -u or the cgroup's pids.max", "see which processes the user runs"]),
    ("EEXIST", ANY, "{path} already exists", ["remove the stale file, or let the program "
                                              "reuse it"]),
    ("ELOOP", ANY, "too many symbolic links while resolving {path} (a link loop)",
     ["fix the symbolic links"]),
    ("ENAMETOOLONG", ANY, "the path {path} is too long", ["shorten it"]),
    ("EBADF", ANY, "the descriptor is not open (a use-after-close bug)", ["fix the program"]),
    ("EPIPE", ANY, "the reader at the other end has gone away", [
        "see why the other side exited first"]),
    ("ECONNRESET", ANY, "the peer reset the connection", ["see the server's logs"]),
    ("ENOMEM", ANY, "out of memory (or of address space)", ["check memory limits (ulimit -v, "
                                                            "cgroups) and free memory"]),
    ("ETXTBSY", ANY, "{path} is an executable being run, so it cannot be written", [
        "stop the running instance first"]),
    ("EBUSY", ANY, "the resource is busy", ["find who holds it (lsof, fuser)"]),
    ("EINVAL", ANY, "an argument is invalid for this call", ["check the program's "
                                                             "configuration and version"]),
    ("ENXIO", ANY, "no such device or address: {path}", ["check that the device exists"]),
    ("ENODEV", ANY, "no such device", ["check that the driver/device is present"]),
    ("EIO", ANY, "an I/O error from the device holding {path}", ["check dmesg and the "
                                                                 "disk's health"]),
]

SIGNALS = {
    "SIGSEGV": ("the program crashed: it accessed memory it may not (a segmentation fault)",
                ["get a core dump or run it under gdb; check for a bad input or a library "
                 "version mismatch"]),
    "SIGBUS": ("the program crashed on a bad memory access (often a truncated mapped file)",
               ["check for files changed while mapped, and for disk full"]),
    "SIGABRT": ("the program aborted itself (an assertion or abort())",
                ["read the message it printed just before"]),
    "SIGILL": ("the program executed an illegal instruction (a binary built for another CPU)",
               ["install a build for this CPU"]),
    "SIGFPE": ("an arithmetic error (division by zero)", ["fix the input or the program"]),
    "SIGKILL": ("the program was killed with SIGKILL (by a person, a timeout, or the "
                "out-of-memory killer)", ["check dmesg for the OOM killer and any timeout "
                                          "wrapper"]),
    "SIGTERM": ("the program was asked to terminate (SIGTERM)", ["see who sent it: a "
                                                                  "service manager or timeout"]),
    "SIGPIPE": ("the program wrote to a pipe or socket nobody reads any more",
                ["see why the reader exited first"]),
    "SIGINT": ("the program was interrupted (Ctrl-C)", []),
    "SIGXFSZ": ("the program exceeded its file size limit", ["raise ulimit -f"]),
    "SIGXCPU": ("the program exceeded its CPU time limit", ["raise ulimit -t"]),
}


def explain(errno: str, syscall: str, path: str | None, address: str | None):
    """(meaning, [fixes]) for a failed call."""
    for e, calls, meaning, fixes in TABLE:
        if e != errno or not meaning:
            continue
        if calls != ANY and syscall not in calls.split():
            continue
        fill = {"path": path or "the file", "address": address or "the address"}
        return meaning.format(**fill), [f.format(**fill) for f in fixes]
    from ..abi import ERRNO_BY_NAME, errno_message
    n = ERRNO_BY_NAME.get(errno)
    return (errno_message(n).lower() if n else errno), []


def explain_signal(sig: str):
    return SIGNALS.get(sig, ("the program was killed by %s" % sig, []))
