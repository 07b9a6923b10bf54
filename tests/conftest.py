import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Tests send SIGINT to syscope as Ctrl-C would, and syscope leaves a signal it found
# ignored ignored for the program it launches (as strace does): a suite started with
# SIGINT and SIGQUIT ignored (a script's background job, nohup) gives the syscope it runs
# a terminal's dispositions instead.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
if signal.getsignal(signal.SIGQUIT) == signal.SIG_IGN:
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)
