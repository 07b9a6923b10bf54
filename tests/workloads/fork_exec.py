"""fork + exec + wait, and a child that exits with a status."""
import os

pid = os.fork()
if pid == 0:
    os.execv("/bin/echo", ["echo", "from child"])
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os._exit(7)
print(os.waitpid(pid, 0)[1] >> 8)
