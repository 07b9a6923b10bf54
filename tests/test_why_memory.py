"""The diagnosis of a long trace keeps what a process's later messages or its own failed
lookups could read, and forgets the rest of a process that ended well: memory stays flat
over a trace of many processes, and the findings are those of a diagnosis that forgets
nothing."""
from __future__ import annotations

from syscope.analyze.why import Diagnosis, diagnose
from syscope.logread import reader


def many_processes(path, n: int) -> None:
    """n children that stat 50 files each and exit 0, then one that fails: it looks for
    a file before finding it, stats a key and complains about its mode."""
    out = []
    for k in range(n):
        pid = 1000 + k
        out.append('100 clone(child_stack=NULL, flags=SIGCHLD) = %d' % pid)
        out += ['%d newfstatat(AT_FDCWD</srv>, "d%d/f%d", {st_mode=S_IFREG|0644, '
                'st_size=1, ...}, 0) = 0' % (pid, k, i) for i in range(50)]
        out.append('%d access("/etc/app%d.conf", R_OK) = -1 ENOENT (No such file or '
                   'directory)' % (pid, k))
        out.append('%d exit_group(0) = ?' % pid)
        out.append('%d +++ exited with 0 +++' % pid)
    out += ['100 access("/etc/app.conf", R_OK) = -1 ENOENT (No such file or directory)',
            '100 newfstatat(AT_FDCWD</srv>, "/etc/app.conf", {st_mode=S_IFREG|0644, '
            'st_size=1, ...}, 0) = 0',
            '100 newfstatat(AT_FDCWD</srv>, "/etc/ssh/key", {st_mode=S_IFREG|0644, '
            'st_size=1, ...}, 0) = 0',
            '100 write(2, "Permissions 0644 for \'/etc/ssh/key\' are too open.", 47) = 47',
            '100 exit_group(255) = ?', '100 +++ exited with 255 +++']
    path.write_text("\n".join(out) + "\n")


def test_what_ended_well_is_forgotten(tmp_path):
    log = tmp_path / "t.log"
    many_processes(log, 200)
    d = Diagnosis()
    for ev in reader.events([str(log)]):
        d.feed(ev)
    assert list(d.stats) == [100]                       # only the process that failed
    assert sum(len(names) for names in d.found.values()) == 2    # its two files
    result = d.conclude()
    top = result["findings"][0]
    assert (top["kind"], top["path"], top["line"]) == ("stat", "/etc/ssh/key",
                                                       len(log.read_text().splitlines()) - 3)


def test_an_unfinished_message_keeps_what_it_names(tmp_path):
    """A process that exits 0 with a message line left unfinished: the line is read when
    the trace ends, and the file it names is still known."""
    log = tmp_path / "t.log"
    log.write_text('7 newfstatat(AT_FDCWD</srv>, "/srv/id_rsa", {st_mode=S_IFREG|0666, '
                   'st_size=1, ...}, 0) = 0\n'
                   '7 write(2, "error: bad permissions on /srv/id_rsa", 37) = 37\n'
                   '7 +++ exited with 0 +++\n')
    result = diagnose(reader.events([str(log)]))
    assert [(f["kind"], f["path"]) for f in result["findings"]] == [("stat", "/srv/id_rsa")]


def test_a_pid_used_again_keeps_what_its_first_process_found(tmp_path):
    """pid 7 looks for `tool` in /a, finds it in /b and ends; another process gets pid 7
    and ends too.  The first one's failed lookup is still a search that succeeded."""
    log = tmp_path / "t.log"
    log.write_text('1 clone(child_stack=NULL, flags=SIGCHLD) = 7\n'
                   '7 newfstatat(AT_FDCWD</srv>, "/a/tool", 0x7ffd, 0) = -1 ENOENT (No such '
                   'file or directory)\n'
                   '7 newfstatat(AT_FDCWD</srv>, "/b/tool", {st_mode=S_IFREG|0755, '
                   'st_size=1, ...}, 0) = 0\n'
                   '7 +++ exited with 0 +++\n'
                   '1 clone(child_stack=NULL, flags=SIGCHLD) = 7\n'
                   '7 +++ exited with 0 +++\n'
                   '1 +++ exited with 1 +++\n')
    d = Diagnosis()
    for ev in reader.events([str(log)]):
        d.feed(ev)
    assert d.found == {7: {"tool": 3}}
    assert not [f for f in d.conclude()["findings"] if f["path"] == "/a/tool"]
