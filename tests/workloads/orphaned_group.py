"""A process group orphaned while one of its members is stopped: when the group's
leader exits, the kernel sends the stopped member SIGHUP (then SIGCONT) and it dies.
The leader's exit causes the SIGHUP, so a tracer prints the leader's exit first."""
import os
import signal

leader = os.fork()
if leader == 0:
    os.setpgid(0, 0)
    member = os.fork()
    if member == 0:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGSTOP)
        os._exit(0)
    os.waitpid(member, os.WUNTRACED)
    os._exit(0)
os.waitpid(leader, 0)
