"""Leading arguments read straight from a call's text, for the shapes most calls have:
a descriptor, a directory descriptor and a plain path, open flags.  The analyses look
at one or two arguments of most calls; parsing the whole argument text (a stat
structure, a read buffer) for that costs more than everything else they do.

Each helper returns exactly the node the full parser (logread/args.py) makes for that
argument, or None when the text is not of the simple shape (escapes or a cut-off
string, brackets or quotes in a -y path): the caller then parses the arguments."""
from __future__ import annotations

import re

# a descriptor or number as the first argument, with the path -y printed for it
FD_TEXT = re.compile(r"(-?\d+)(?:<(.*?)>)?(?:,|$)")
# what a -y path may hold for the match above to split the text as the parser does
UNSAFE_YPATH = re.compile(r'["<>()\[\]{}]')
SOCKET_YPATH = re.compile(r"[A-Za-z0-9]+:\[[^\[\]\"<{}(),]*\]$")
PLAIN_PATH = re.compile(r'"([^"\\]*)"(?:,|$)')
DIRFD_PATH = re.compile(r'(AT_FDCWD|-?\d+)(?:<([^>]*)>)?, "([^"\\]*)"(?:,|$)')
SAFE_FLAGS = re.compile(r" ?([A-Z0-9_|]+)(?:,|$)")
MAX_DIGITS = 40     # the parser's MAX_NUMBER: longer digit runs are not numbers
# the commonest directory argument, one node for all (read-only, as the parser's are)
AT_FDCWD_NODE = {"text": "AT_FDCWD", "type": "const", "value": "AT_FDCWD"}


def fd_node(text: str, m=None) -> dict | None:
    """The first argument when it is a descriptor or a number (3, 3</etc/passwd>)."""
    if m is None:
        m = FD_TEXT.match(text)
        if m is None:
            return None
    num, ypath = m.group(1), m.group(2)
    if len(num) > MAX_DIGITS:
        return None
    if ypath is None:
        return {"text": num, "type": "int", "value": int(num)}
    if UNSAFE_YPATH.search(ypath) and not SOCKET_YPATH.match(ypath):
        return None
    return {"text": "%s<%s>" % (num, ypath), "type": "fd", "value": int(num), "path": ypath}


def first_fd(text: str) -> tuple[int | None, str | None]:
    """(descriptor, -y path) of the first argument, without the checks of fd_node:
    for counting bytes per descriptor, where a rare odd path does not matter."""
    m = FD_TEXT.match(text)
    if m is None:
        return None, None
    return int(m.group(1)), m.group(2)


def dirfd_node(fd: str, ypath: str | None) -> dict | None:
    """The node of a directory-descriptor argument: AT_FDCWD, AT_FDCWD</cwd>, 3, 3</dir>."""
    if fd == "AT_FDCWD":
        if ypath is None:
            return AT_FDCWD_NODE
        if UNSAFE_YPATH.search(ypath) or "," in ypath or "|" in ypath:
            return None
        return {"text": "%s<%s>" % (fd, ypath), "type": "raw"}
    if len(fd) > MAX_DIGITS:
        return None
    if ypath is None:
        return {"text": fd, "type": "int", "value": int(fd)}
    if UNSAFE_YPATH.search(ypath):
        return None
    return {"text": "%s<%s>" % (fd, ypath), "type": "fd", "value": int(fd), "path": ypath}


# The two helpers below are asked about the same leading arguments over and over (a
# program opens and stats the same files again and again): their answers are kept by
# the text that decides them, the arguments up to just after the closing quote of the
# path.  Bounded: emptied when full.
MEMO_MAX = 1 << 14
_FIRST_MEMO: dict = {}
_DIRFD_MEMO: dict = {}
_MISSING = object()
# what must come before the path's opening quote for that quote to be the match's
DIRFD_HEAD = re.compile(r"(?:AT_FDCWD|-?\d+)(?:<[^>]*>)?, ")


def path_first(text: str) -> tuple[str, int] | None:
    """(path, where the text after it starts) when the first argument is a plain string."""
    if text[:1] != '"':
        return None
    q = text.find('"', 1)
    key = text[:q + 2] if q > 0 else text
    r = _FIRST_MEMO.get(key, _MISSING)
    if r is _MISSING:
        r = read_path_first(text)
        if q > 0:
            if len(_FIRST_MEMO) >= MEMO_MAX:
                _FIRST_MEMO.clear()
            _FIRST_MEMO[key] = r
    return r


def read_path_first(text: str) -> tuple[str, int] | None:
    """path_first(text), read anew."""
    m = PLAIN_PATH.match(text)
    return (m.group(1), m.end()) if m else None


def dirfd_path(text: str) -> tuple[dict, str, int] | None:
    """(dirfd node, path, where the text after it starts) of an *at() call."""
    p = text.find('"')
    q = text.find('"', p + 1) if p > 0 else -1
    if q < 0:
        return read_dirfd_path(text)
    key = text[:q + 2]
    r = _DIRFD_MEMO.get(key, _MISSING)
    if r is _MISSING:
        r = read_dirfd_path(text)
        if DIRFD_HEAD.fullmatch(text, 0, p):    # then the key decides the answer
            if len(_DIRFD_MEMO) >= MEMO_MAX:
                _DIRFD_MEMO.clear()
            _DIRFD_MEMO[key] = r
    return r


def read_dirfd_path(text: str) -> tuple[dict, str, int] | None:
    """dirfd_path(text), read anew."""
    m = DIRFD_PATH.match(text)
    if m is None:
        return None
    node = dirfd_node(m.group(1), m.group(2))
    if node is None:
        return None
    return node, m.group(3), m.end()


def flags_at(text: str, pos: int) -> str | None:
    """The text of a flags argument starting at pos (after the comma): O_RDONLY|O_CLOEXEC."""
    m = SAFE_FLAGS.match(text, pos)
    return m.group(1) if m else None


def opened(name: str, text: str) -> tuple[dict | None, str, str] | None:
    """(dirfd node or None, path, flags text) of open() and openat()."""
    if name == "openat":
        r = dirfd_path(text)
        if r is None:
            return None
        node, path, pos = r
    elif name == "open":
        r = path_first(text)
        if r is None:
            return None
        node, (path, pos) = None, r
    else:
        return None
    flags = flags_at(text, pos)
    return None if flags is None else (node, path, flags)


def fd_value(text: str) -> int | None | bool:
    """fd_arg(args, 0) of the parser's nodes, or False when the text needs the parser."""
    node = fd_node(text)
    return False if node is None else node["value"]
