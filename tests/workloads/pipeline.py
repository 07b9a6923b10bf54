"""echo hi | wc -l, then a command that fails, one stage at a time: echo fills the pipe
and exits before wc starts, and SIGCHLD is held until every child is reaped, so each
process makes the same calls on every run (a shell's pipeline races its children)."""
import os
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})


def run(argv, stdin=None, stdout=None):
    pid = os.fork()
    if pid == 0:
        if stdin is not None:
            os.dup2(stdin, 0)
        if stdout is not None:
            os.dup2(stdout, 1)
        os.execv(argv[0], argv)
    os.waitpid(pid, 0)


r, w = os.pipe()
run(["/bin/echo", "hi"], stdout=w)
os.close(w)
run(["/usr/bin/wc", "-l"], stdin=r)
os.close(r)
run(["/bin/ls", "/nonexistent"])
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})
