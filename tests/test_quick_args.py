"""The leading arguments the analyses read straight from the text (analyze/quick.py)
are the parser's own nodes, or None where the text needs the parser."""
from __future__ import annotations

import pytest

from syscope.analyze import quick
from syscope.logread.args import parse_args

TEXTS = [
    '3, "abc", 3',
    '3</etc/passwd>, "root:x:0:0"..., 4096',
    '-1, 0',
    '3<TCP:[127.0.0.1:40000->127.0.0.1:80]>, "GET /", 5',
    '3<socket:[123]>, {sa_family=AF_UNIX}, 110',
    '3</tmp/a, b>, "x", 1',
    '3</tmp/a>b, c>, 4',
    '3</tmp/a(b>, 5',
    '3</tmp/x>(deleted), "", 1',
    '3</tmp/q"uote>, 1',
    'AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC',
    'AT_FDCWD</work/dir>, "rel/file", O_WRONLY|O_CREAT|O_TRUNC, 0666',
    'AT_FDCWD</a, b>, "rel", O_RDONLY',
    'AT_FDCWD</a|b>, "rel", O_RDONLY',
    '3</usr/lib>, "x86_64", {st_mode=S_IFDIR|0755, st_size=4096, ...}, 0',
    '4, "", {st_mode=S_IFREG|0644, ...}, AT_EMPTY_PATH',
    'AT_FDCWD, "/tmp/with\\"quote", O_RDONLY',
    'AT_FDCWD, "/tmp/cut"..., O_RDONLY',
    'AT_FDCWD, "/x", 0x80000',
    'AT_FDCWD, "/x"',
    '"/etc/hosts", O_RDONLY',
    '"/etc/hosts", R_OK',
    '"/bin/sh", ["sh", "-c", "x"], 0x7ffd /* 20 vars */',
    '"a\\nb", 1',
    '0x7ffc2a1b3c40, 16',
    '3 /* fd */, 1',
    '',
    '123456789012345678901234567890123456789012345, 1',
]


@pytest.mark.parametrize("text", TEXTS)
def test_quick_nodes_are_the_parsers(text):
    full = parse_args(text)
    node = quick.fd_node(text)
    if node is not None:
        assert node == full[0]
    r = quick.dirfd_path(text)
    if r is not None:
        dirfd, path, end = r
        assert dirfd == full[0]
        assert full[1]["type"] == "string" and full[1]["value"] == path
        flags = quick.flags_at(text, end)
        if flags is not None:
            assert flags == full[2]["text"]
    r = quick.path_first(text)
    if r is not None:
        assert full[0]["type"] == "string" and full[0]["value"] == r[0]
        flags = quick.flags_at(text, r[1])
        if flags is not None:
            assert flags == full[1]["text"]


def test_common_shapes_need_no_parser():
    assert quick.fd_node("3</etc/passwd>, \"x\", 1")["path"] == "/etc/passwd"
    assert quick.opened("openat", 'AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC') == (
        {"text": "AT_FDCWD", "type": "const", "value": "AT_FDCWD"}, "/etc/ld.so.cache",
        "O_RDONLY|O_CLOEXEC")
    assert quick.opened("open", '"/etc/hosts", O_RDONLY') == (None, "/etc/hosts", "O_RDONLY")
    # what the parser must decide: escapes, a cut-off string, a deleted file
    assert quick.dirfd_path('AT_FDCWD, "/tmp/with\\"quote", O_RDONLY') is None
    assert quick.path_first('"/tmp/cut"..., 1') is None
    assert quick.fd_node("3</tmp/x>(deleted), 1") is None


# texts that share everything up to a path's closing quote with another, or whose first
# quote is inside a -y path: the remembered answer must be the one the text itself gives
KEYED = [
    ('AT_FDCWD, "/etc/a", O_RDONLY', 'AT_FDCWD, "/etc/a", O_WRONLY'),
    ('AT_FDCWD, "/etc/a"', 'AT_FDCWD, "/etc/a", 1'),
    ('AT_FDCWD, "/etc/a"..., 1', 'AT_FDCWD, "/etc/a", 1'),
    ('3</tmp/q"x>, "a", 1', '3</tmp/q"x>, "b", 1'),
    ('3</a, "b>, "c", 1', '3</a, "b>, "d", 1'),
    ('3</a>b>, "c", 1', '3</a>b>, "c"'),
    ('AT_FDCWD, "a\\"b", 1', 'AT_FDCWD, "a\\"c", 1'),
    ('"/etc/hosts", 1', '"/etc/hosts"..., 1'),
    ('"/etc/hosts"', '"/etc/hosts", R_OK'),
    ('3</a"b>, "c", 1', '3</a"b>, "cd", 1'),
]


@pytest.mark.parametrize("pair", KEYED)
def test_remembered_answers_are_the_texts_own(pair):
    for text in pair + pair:        # the second round answers from the memo
        assert quick.dirfd_path(text) == quick.read_dirfd_path(text)
        m = quick.PLAIN_PATH.match(text)
        assert quick.path_first(text) == ((m.group(1), m.end()) if m else None)


def test_lead_path_follows_the_process():
    from syscope.analyze.state import ProcessTable
    from syscope.model import Syscall
    t = ProcessTable("/start")
    t.get(1)
    text = 'AT_FDCWD, "rel/f", {st_mode=S_IFREG|0644, ...}, 0'
    assert t.lead_path(1, text, True)[0] == "/start/rel/f"
    t.syscall(Syscall(pid=1, name="chdir", args_text='"/elsewhere"', ret_text="0", rval=0))
    assert t.lead_path(1, text, True)[0] == "/elsewhere/rel/f"     # not remembered
    # absolute paths and directories printed by -y are the same for every process
    assert t.lead_path(2, 'AT_FDCWD</d>, "x", 0', True)[0] == "/d/x"
    assert t.lead_path(1, 'AT_FDCWD</d>, "x", 0', True)[0] == "/d/x"
    assert t.lead_path(1, '"/a/./b", 0', False)[0] == "/a/b"
    assert t.lead_path(1, '"b", 0', False)[0] == "/elsewhere/b"
    t.get(3).cwd = "/three"
    assert t.lead_path(3, '"b", 0', False)[0] == "/three/b"
    assert t.lead_path(1, '"a\\"b", 0', False) is None


@pytest.mark.parametrize("text", TEXTS + [t for pair in KEYED for t in pair])
def test_open_flags_after_a_lead_path_are_the_texts_own(text):
    from syscope.analyze.state import ProcessTable, lead_flags
    for name in ("open", "openat"):
        t = ProcessTable("/w")
        for _ in range(2):      # the second time from the memo
            r = t.lead_path(1, text, name == "openat")
            if r is None:
                continue
            q = quick.opened(name, text)
            assert lead_flags(name, text) == (q[2] if q else None)
            if q is not None:
                assert r[0] == t.absolute(1, q[1], q[0])


def test_kept_paths_leave_the_parsers_memos_alone():
    """lead_path keeps what an absolute path or a -y directory gives; read again by
    the parsers' memos they would only fill those with keys that never hit there."""
    from syscope.analyze.state import ProcessTable
    t = ProcessTable("/w")
    quick._DIRFD_MEMO.clear()
    quick._FIRST_MEMO.clear()
    kept = [('AT_FDCWD, "/etc/x", O_RDONLY', True), ('AT_FDCWD</d>, "x", 0', True),
            ('3</d>, "x", 0', True), ('"/etc/y", 0', False)]
    for text, dirfd in kept:
        assert t.lead_path(1, text, dirfd) == t.lead_path(2, text, dirfd)
    assert not quick._DIRFD_MEMO and not quick._FIRST_MEMO
    assert t.lead_path(1, 'AT_FDCWD, "x", 0', True)[0] == "/w/x"
    assert list(quick._DIRFD_MEMO) == ['AT_FDCWD, "x",']
