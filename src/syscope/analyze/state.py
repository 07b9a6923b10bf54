"""What the trace says about each process: its parent, command line, working
directory, open descriptors and how it ended.  Fed one event at a time."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from ..sockaddr import address_text, sockaddr
from . import quick

AT_FDCWD = "AT_FDCWD"
CWD_TEXT = re.compile(r"AT_FDCWD<(.*)>$")
OPENERS = {"open": 0, "creat": 0, "openat": 1, "openat2": 1}
CLONERS = ("clone", "clone3", "fork", "vfork")
# the calls that change what the table knows; of the others it keeps only the last
CHANGES_TABLE = frozenset(OPENERS) | frozenset(CLONERS) | frozenset(
    "execve execveat chdir getcwd fchdir socket connect bind accept accept4 dup dup2 dup3 "
    "fcntl pipe pipe2 close getuid geteuid setuid setresuid setreuid".split())


@dataclass
class Fd:
    kind: str                 # file, socket, pipe, other
    path: str | None = None   # absolute path of a file, or a socket's address
    line: int = 0             # where it was opened
    detail: str = ""          # e.g. "AF_UNIX SOCK_STREAM"


@dataclass
class Proc:
    pid: int
    parent: int | None = None
    argv: list = field(default_factory=list)
    exe: str | None = None
    cwd: str | None = None
    cwd_line: int = 0
    fds: dict = field(default_factory=dict)
    exit_code: int | None = None
    signal: str | None = None
    core: bool = False
    uid: int | None = None
    last_call: object = None          # the last Syscall seen (for 'blocked in')
    dropped: bool = False             # gave up root for good (set*id to another user)
    shares_fds_with: int | None = None

    @property
    def name(self) -> str:
        if self.argv:
            return os.path.basename(self.argv[0])
        if self.exe:
            return os.path.basename(self.exe)
        return "pid %d" % self.pid

    @property
    def failed(self) -> bool:
        return (self.exit_code not in (None, 0)) or self.signal is not None


def normpath(path: str) -> str:
    """os.path.normpath, without its work for the paths it leaves as they are: no
    empty, '.' or '..' component, no slash at the end."""
    if "//" in path or "/." in path or (path.endswith("/") and path != "/") or \
            not path.startswith("/"):
        return os.path.normpath(path)
    return path


def dirname(path: str) -> str:
    """os.path.dirname, without its work for a path with no doubled slash before its
    last component."""
    i = path.rfind("/")
    if i > 0 and path[i - 1] != "/":
        return path[:i]
    return os.path.dirname(path)


def basename(path: str | None) -> str | None:
    """os.path.basename(path.rstrip("/")), without its work for the common case."""
    if not path:
        return None
    if path[-1] == "/":
        path = path.rstrip("/")
    return path[path.rfind("/") + 1:]


def arg_value(node: dict):
    return node.get("value") if node else None


def string_arg(args: list, i: int) -> str | None:
    if i < len(args) and args[i].get("type") == "string":
        return args[i]["value"]
    return None


def fd_arg(args: list, i: int) -> int | None:
    if i < len(args) and args[i].get("type") in ("int", "fd"):
        v = args[i].get("value")
        return v if isinstance(v, int) else None
    return None


class ProcessTable:
    def __init__(self, initial_cwd: str | None = None):
        self.procs: dict[int, Proc] = {}
        self.order: list[int] = []
        self.initial_cwd = initial_cwd
        self.first_pid: int | None = None
        self.joined: dict = {}     # (directory, relative path) -> absolute path
        self.known: dict = {}      # leading arguments -> lead_path()

    def get(self, pid: int) -> Proc:
        p = self.procs.get(pid)
        if p is None:
            # until the trace says otherwise, 1 and 2 are where a person reads messages
            p = self.procs[pid] = Proc(pid, fds={1: Fd("stdout"), 2: Fd("stderr")})
            self.order.append(pid)
            if self.first_pid is None:
                self.first_pid = pid
                p.cwd = self.initial_cwd
        return p

    # -- paths -------------------------------------------------------------------
    def absolute(self, pid: int, path: str | None, dirfd_node: dict | None = None) -> str | None:
        """The absolute form of a path a process used (cwd and dirfd tracked)."""
        if path is None:
            return None
        if path.startswith("/"):
            return normpath(path)
        base = None
        if dirfd_node is not None and dirfd_node.get("type") == "fd":
            base = dirfd_node.get("path")
        elif dirfd_node is not None and dirfd_node.get("type") == "int":
            fd = self.get(pid).fds.get(dirfd_node["value"])
            base = fd.path if fd else None
        elif dirfd_node is None or dirfd_node is quick.AT_FDCWD_NODE:
            base = self.get(pid).cwd
        else:
            text = dirfd_node.get("text", "")
            m = CWD_TEXT.match(text)
            base = m.group(1) if m else self.get(pid).cwd
        if not base:
            return None
        key = (base, path)
        joined = self.joined.get(key)
        if joined is None:     # a process names the same files from the same place
            if len(self.joined) >= quick.MEMO_MAX:
                self.joined.clear()
            joined = self.joined[key] = normpath(os.path.join(base, path))
        return joined

    def lead_path(self, pid: int, text: str, dirfd: bool) -> tuple | None:
        """(absolute path, path as written, directory node or None, the absolute path's
        last component) of a call whose first
        argument is its path, or (dirfd) whose first two are a directory descriptor and
        a path, read from its argument text; None when the text needs the parser.  The
        answer is kept by the arguments up to the path's closing quote when it does not
        depend on the process: an absolute path, or a directory that -y printed."""
        p = text.find('"')
        q = text.find('"', p + 1) if p >= 0 else -1
        key = text[:q + 2] if q > 0 else None
        hit = self.known.get(key)
        if hit is not None:
            return hit
        # an absolute path, or one from a directory -y printed: the answer is kept here,
        # so the parsers' own memos would only fill up with what this one holds
        kept_here = text[p + 1:p + 2] == "/" or (dirfd and text[p - 3:p] == ">, ")
        if dirfd:
            r = (quick.read_dirfd_path if kept_here else quick.dirfd_path)(text)
            if r is None:
                return None
            node, used, end = r
            pure = used[:1] == "/" or node["type"] in ("fd", "raw")
        else:
            r = (quick.read_path_first if kept_here else quick.path_first)(text)
            if r is None:
                return None
            node = None
            used, end = r
            pure = used[:1] == "/"
        path = self.absolute(pid, used, node)
        out = (path, used, node, basename(path))
        if pure and key is not None and end <= q + 2:    # the key holds the whole path
            if len(self.known) >= quick.MEMO_MAX:
                self.known.clear()
            self.known[key] = out
        return out

    def fd_target(self, pid: int, node: dict | None) -> Fd | None:
        if not node:
            return None
        if node.get("type") == "fd":
            path = node.get("path", "")
            if path.startswith("socket:["):     # -y: the peer address is in the table
                known = self.get(pid).fds.get(node.get("value"))
                if known is not None and known.kind == "socket" and known.path:
                    return known
            kind = "socket" if re.match(r"(socket|UNIX|TCP|UDP|NETLINK)", path) else \
                ("pipe" if path.startswith("pipe:") else "file")
            return Fd(kind, path)
        if node.get("type") == "int":
            return self.get(pid).fds.get(node["value"])
        return None

    # -- events ------------------------------------------------------------------
    def exited(self, pid: int, code: int | None, signal: str | None, core: bool) -> None:
        p = self.get(pid)
        p.exit_code, p.signal, p.core = code, signal, core

    def syscall(self, ev) -> None:
        p = self.get(ev.pid)
        p.last_call = ev
        name = ev.name
        if name not in CHANGES_TABLE:
            return
        if name == "connect" and ev.errno == "EINPROGRESS":
            ev = _succeeded(ev)     # the socket has its peer, the outcome comes later
        if ev.ret_text is None or ev.errno:
            return
        rv = ev.rval
        if name in ("execve", "execveat") and rv == 0:
            args = ev.args
            i = 0 if name == "execve" else 1
            p.exe = self.absolute(ev.pid, string_arg(args, i))
            argv = args[i + 1] if len(args) > i + 1 else {}
            p.argv = [x.get("value") for x in argv.get("items", []) if x.get("type") == "string"]
            for fd in [k for k, v in p.fds.items() if v.detail == "cloexec"]:
                p.fds.pop(fd, None)
        elif name in CLONERS and rv and rv > 0:
            child = self.get(rv)
            child.parent = ev.pid
            # what the child did itself stays: its lines may come before the fork's
            # return (strace -f prints a call when it ends, and a vfork returns in the
            # parent only once the child has exec'd)
            if child.cwd is None:
                child.cwd = p.cwd
                child.cwd_line = p.cwd_line
            if child.exe is None:
                child.argv = list(p.argv)
                child.exe = p.exe
            if child.uid is None:
                child.uid = p.uid
                child.dropped = p.dropped
            child.fds = dict(p.fds)
        elif name == "chdir" and rv == 0:
            path = self.absolute(ev.pid, string_arg(ev.args, 0))
            if path:
                self._set_cwd(ev.pid, path, ev.line)
        elif name == "getcwd" and rv is not None and rv > 0:
            path = string_arg(ev.args, 0)      # the trace tells where the process is
            if path and path.startswith("/"):
                self._set_cwd(ev.pid, os.path.normpath(path), ev.line)
        elif name == "fchdir" and rv == 0:
            fd = self.fd_target(ev.pid, (ev.args or [None])[0])
            if fd and fd.path:
                self._set_cwd(ev.pid, fd.path, ev.line)
        elif name in OPENERS and rv is not None and rv >= 0:
            flags = lead_flags(name, ev.args_text)
            r = self.lead_path(ev.pid, ev.args_text, name == "openat") \
                if flags is not None else None
            if r is not None:
                path = r[0]
                cloexec = "O_CLOEXEC" in flags
            else:
                i = OPENERS[name]
                args = ev.args
                dirfd = args[0] if i else None
                path = self.absolute(ev.pid, string_arg(args, i), dirfd)
                cloexec = "O_CLOEXEC" in (args[i + 1].get("text", "") if len(args) > i + 1
                                          else "")
            p.fds[rv] = Fd("file", path, ev.line, "cloexec" if cloexec else "")
        elif name in ("socket",) and rv is not None and rv >= 0:
            p.fds[rv] = Fd("socket", None, ev.line, ev.args_text)
        elif name in ("connect", "bind") and ev.args:
            fd = fd_arg(ev.args, 0)
            if fd is not None and len(ev.args) > 1:
                entry = p.fds.get(fd) or Fd("socket", None, ev.line)
                entry.path = address_of(ev.args[1])
                p.fds[fd] = entry
        elif name in ("accept", "accept4") and rv is not None and rv >= 0:
            p.fds[rv] = Fd("socket", None, ev.line, "accepted")
        elif (name in ("dup", "dup2", "dup3") or (name == "fcntl" and "F_DUPFD" in
                                                     ev.args_text)) and rv is not None and rv >= 0:
            old = quick.fd_value(ev.args_text)
            if old is False:
                old = fd_arg(ev.args, 0)
            if old in p.fds:
                p.fds[rv] = Fd(p.fds[old].kind, p.fds[old].path, ev.line)
            else:
                p.fds.pop(rv, None)   # now a copy of something we know nothing about
        elif name in ("pipe", "pipe2") and ev.args:
            pair = ev.args[0].get("items", [])
            for item in pair:
                if item.get("type") in ("int", "fd"):
                    p.fds[item["value"]] = Fd("pipe", None, ev.line)
        elif name == "close":
            fd = quick.fd_value(ev.args_text)
            p.fds.pop(fd_arg(ev.args, 0) if fd is False else fd, None)
        elif name in ("getuid", "geteuid") and rv is not None:
            p.uid = rv
        elif name in ("setuid", "setresuid", "setreuid") and rv == 0:
            v = arg_value(ev.args[0]) if ev.args else None
            if isinstance(v, int) and v >= 0:
                p.uid = v
                saved = [arg_value(a) for a in ev.args[1:]]
                p.dropped = v != 0 and all(x == v or x == -1 for x in saved)

    def _set_cwd(self, pid: int, path: str, line: int) -> None:
        p = self.get(pid)
        p.cwd, p.cwd_line = path, line

    def chain(self, pid: int) -> list[Proc]:
        """The process and its ancestors, nearest first."""
        out, seen = [], set()
        while pid is not None and pid in self.procs and pid not in seen:
            seen.add(pid)
            out.append(self.procs[pid])
            pid = self.procs[pid].parent
        return out


def lead_flags(name: str, text: str) -> str | None:
    """The flags of open() and openat() when their path is plain (lead_path reads it):
    what follows the path's closing quote and a comma (quick.opened, without reading
    the path again); None when they are not of that shape."""
    if name != "openat" and name != "open":
        return None
    q = text.find('"', text.find('"') + 1)
    return quick.flags_at(text, q + 2) if q > 0 else None


def _succeeded(ev):
    from dataclasses import replace
    return replace(getattr(ev, "ev", ev), errno=None, rval=0)


def address_of(node: dict) -> str | None:
    """{sa_family=AF_UNIX, sun_path="/run/x.sock"} -> "/run/x.sock";
    AF_INET -> "127.0.0.1:80"."""
    addr = node.get("sockaddr") or sockaddr(node)
    return address_text(addr) if addr is not None else None
