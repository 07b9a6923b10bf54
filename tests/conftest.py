import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Tests send SIGINT to syscope, which keeps an ignored SIGINT ignored for itself and its
# program (as strace does): a suite started with SIGINT ignored (a script's background
# job, nohup) must not pass that on to the syscope it runs.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
