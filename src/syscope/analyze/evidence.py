"""Successful calls that explain a failure: the mode and owner a stat() showed, the
resource limit an ancestor set, the read-only mount under a path.  The links between
a failure and such calls are data (LIMITS, MOUNT_ERRNOS)."""
from __future__ import annotations

import re

STAT_CALLS = frozenset("stat lstat fstat newfstatat statx".split())
# which limit can make a call fail with an errno: (errno, calls or None) -> resources
LIMITS = [
    ("ENOMEM", None, ("RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_MEMLOCK")),
    ("EMFILE", None, ("RLIMIT_NOFILE",)),
    ("EFBIG", None, ("RLIMIT_FSIZE",)),
    ("EAGAIN", frozenset("clone clone3 fork vfork".split()), ("RLIMIT_NPROC",)),
    ("SIGXFSZ", None, ("RLIMIT_FSIZE",)),
    ("SIGXCPU", None, ("RLIMIT_CPU",)),
    ("SIGSEGV", None, ("RLIMIT_STACK",)),      # a recursion outgrows a lowered stack
]
LIMIT_NAMES = {"RLIMIT_AS": "address space (ulimit -v)", "RLIMIT_DATA": "data size "
               "(ulimit -d)", "RLIMIT_NOFILE": "open files (ulimit -n)", "RLIMIT_FSIZE":
               "file size (ulimit -f)", "RLIMIT_NPROC": "processes (ulimit -u)",
               "RLIMIT_CPU": "CPU time (ulimit -t)", "RLIMIT_MEMLOCK": "locked memory "
               "(ulimit -l)", "RLIMIT_STACK": "stack size (ulimit -s)"}
MOUNT_ERRNOS = frozenset(("EROFS",))
MODE_RE = re.compile(r"st_mode=(S_IF[A-Z]+)\|(0[0-7]+)")
UID_RE = re.compile(r"st_uid=(\d+)")
GID_RE = re.compile(r"st_gid=(\d+)")
MODES: dict = {}     # "st_mode=S_IFREG|0644[ st_uid=N][ st_gid=N]" -> stat_fields()


def limits_for(errno: str | None, syscall: str | None) -> tuple:
    for e, calls, resources in LIMITS:
        if e == errno and (calls is None or syscall in calls):
            return resources
    return ()


def limit_set(ev) -> tuple | None:
    """(resource, new limit text) when the call lowers a limit of its own process."""
    if ev.errno or ev.ret_text is None:
        return None
    args = ev.args
    if ev.name == "prlimit64" and len(args) >= 3:
        pid = args[0].get("value")
        if pid not in (0, ev.pid) or args[2].get("type") == "null":
            return None
        return args[1].get("text"), args[2].get("text")
    if ev.name == "setrlimit" and len(args) >= 2:
        return args[0].get("text"), args[1].get("text")
    return None


def stat_fields(ev) -> dict | None:
    """{type, mode, uid, gid} from a successful stat-family call (uid/gid with -v)."""
    if ev.name not in STAT_CALLS or ev.errno or ev.ret_text is None:
        return None
    text = ev.args_text
    m = MODE_RE.search(text)
    if not m:
        return None
    if "st_uid=" not in text and "st_gid=" not in text:
        return mode_fields(m.group(0))
    out = {"type": m.group(1), "mode": int(m.group(2), 8), "uid": None, "gid": None}
    # owners are printed with -v only: most texts have none to search for
    u = UID_RE.search(text) if "st_uid=" in text else None
    g = GID_RE.search(text) if "st_gid=" in text else None
    if u:
        out["uid"] = int(u.group(1))
    if g:
        out["gid"] = int(g.group(1))
    return out


def mode_fields(mode: str) -> dict:
    """stat_fields() of a text from its "st_mode=S_IF...|0..." part, followed by
    " st_uid=N" and " st_gid=N" when it has owners (the compiled reader's digests):
    one read-only answer per mode and owners, as most files share a few."""
    out = MODES.get(mode)
    if out is None:
        m = MODE_RE.match(mode)
        u = UID_RE.search(mode, m.end())
        g = GID_RE.search(mode, m.end())
        if len(MODES) >= 4096:
            MODES.clear()
        out = MODES[mode] = {"type": m.group(1), "mode": int(m.group(2), 8),
                             "uid": int(u.group(1)) if u else None,
                             "gid": int(g.group(1)) if g else None}
    return out


def stat_problems(st: dict, euid: int | None, owner_now: int | None,
                  topics: frozenset = frozenset(("mode",))) -> list:
    """What in a file's mode and owner a careful program refuses.  What counts depends
    on what the program complained of (topics): "mode" (ssh's private keys, sshd's
    StrictModes: readable by others, a directory others may write), "exec" (sudo, env:
    a file without an execute bit); a world-writable file or another owner always."""
    mode = st["mode"]
    uid = st["uid"] if st["uid"] is not None else owner_now
    directory = st["type"] == "S_IFDIR"
    problems = []
    if "mode" in topics and not directory and mode & 0o077:
        problems.append("group and other users may %s it" % (
            "read" if mode & 0o044 else "access"))
    if mode & 0o002:
        problems.append("any user may write it")
    elif "mode" in topics and directory and mode & 0o020:
        problems.append("its group may write it (sshd's StrictModes and similar checks "
                        "refuse that)")
    if "exec" in topics and st["type"] == "S_IFREG" and not mode & 0o111:
        problems.append("it has no execute permission")
    if uid is not None and euid is not None and uid != euid:
        problems.append("it belongs to uid %d while the program runs as uid %d" % (uid, euid))
    return problems


def describe_stat(path: str, st: dict, euid: int | None, owner_now: int | None,
                  topics: frozenset = frozenset(("mode",))) -> str:
    kind = "directory" if st["type"] == "S_IFDIR" else "file"
    text = "%s is a %s of mode %04o" % (path, kind, st["mode"])
    uid = st["uid"] if st["uid"] is not None else owner_now
    if uid is not None:
        text += ", owned by uid %d%s" % (uid, "" if st["uid"] is not None else " (as it is now)")
    problems = stat_problems(st, euid, owner_now, topics)
    return text + (": " + "; ".join(problems) if problems else "")


def fixes_for_stat(path: str, st: dict, euid: int | None, owner_now: int | None,
                   topics: frozenset = frozenset(("mode",))) -> list:
    mode = st["mode"]
    uid = st["uid"] if st["uid"] is not None else owner_now
    out = []
    if "mode" in topics and st["type"] != "S_IFDIR" and mode & 0o077:
        out.append("chmod go-rwx %s (private files must be readable by their owner only)" % path)
    if "mode" in topics and st["type"] == "S_IFDIR" and mode & 0o022:
        out.append("chmod go-w %s" % path)
    if "exec" in topics and st["type"] == "S_IFREG" and not mode & 0o111:
        out.append("chmod +x %s, or run it through its interpreter (sh %s)" % (path, path))
    if uid is not None and euid is not None and uid != euid:
        out.append("chown the %s to the user that runs the program, run the program as "
                   "uid %d, or tell the program to trust it (git: safe.directory)" % (
                       "directory" if st["type"] == "S_IFDIR" else "file", uid))
    return out or ["check the mode and owner the program expects of %s" % path]


def mount_flags(ev) -> tuple | None:
    """(target, read-only?) of a successful mount() call."""
    if ev.name != "mount" or ev.errno or ev.ret_text is None:
        return None
    args = ev.args
    if len(args) < 4 or args[1].get("type") != "string":
        return None
    flags = args[3].get("text", "")
    data = args[4].get("value") if len(args) > 4 and args[4].get("type") == "string" else ""
    ro = "MS_RDONLY" in flags or bool(re.search(r"(^|,)ro(,|$)", data or ""))
    return args[1]["value"], ro
