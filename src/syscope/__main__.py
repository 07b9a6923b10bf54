import sys

from .entry import main
from .startup import leave

status = main()
leave(status)
sys.exit(status)
