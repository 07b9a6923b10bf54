import sys

# As the launcher does: nothing is imported from the directory syscope was started in
# once the package is found.  It is often the traced program's, and a lazy import that
# lists it would show in what the program sees (a dnotify watch on it, its atime).
if sys.path and not getattr(sys.flags, "safe_path", False):
    del sys.path[0]

from .entry import main  # noqa: E402
from .startup import leave  # noqa: E402

status = main()
leave(status)
sys.exit(status)
