import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Tests send syscope the signals a terminal would (Ctrl-C, a hang-up, a kill), and a
# signal ignored when syscope starts stays ignored until its tracer catches it, and for
# the program it launches (as with strace): a suite started with some ignored (a
# script's background job, nohup) gives the syscope it runs a terminal's dispositions.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
for _sig in (signal.SIGQUIT, signal.SIGHUP, signal.SIGTERM):
    if signal.getsignal(_sig) == signal.SIG_IGN:
        signal.signal(_sig, signal.SIG_DFL)

# Property tests draw the same examples on every run, so that the suite's verdict does
# not depend on luck; HYPOTHESIS_PROFILE=explore draws new ones when hunting for bugs.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("repeatable", derandomize=True, database=None,
                                      print_blob=True)
_hypothesis_settings.register_profile("explore", derandomize=False)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
