"""Everyday file operations in a scratch directory given as argv[1]."""
import os
import sys

d = sys.argv[1]
os.chdir(d)
fd = os.open("a.txt", os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o640)
os.write(fd, b"hello\nworld\n\x00\x01\xff")
os.fsync(fd)
os.ftruncate(fd, 6)
os.close(fd)
os.rename("a.txt", "b.txt")
os.link("b.txt", "c.txt")
os.symlink("b.txt", "d.txt")
os.readlink("d.txt")
os.chmod("b.txt", 0o600)
os.chown("b.txt", 0, 0)
os.utime("b.txt", ns=(1000000000, 2000000000))
os.mkdir("sub", 0o755)
os.listdir(".")
os.stat("b.txt")
os.lstat("d.txt")
os.access("b.txt", os.R_OK | os.W_OK)
os.access("missing", os.F_OK)
for name in ("c.txt", "d.txt", "b.txt"):
    os.unlink(name)
os.rmdir("sub")
r, w = os.pipe()
os.write(w, b"x")
os.read(r, 10)
os.dup2(r, 20)
os.close(20)
os.umask(0o027)
