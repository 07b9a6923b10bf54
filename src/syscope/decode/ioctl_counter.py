"""Counter devices' ioctl requests (linux/counter.h), as strace 6.1 prints them."""
from __future__ import annotations

ARGS = {
    "COUNTER_ADD_WATCH_IOCTL": "in:counter_watch",
    "COUNTER_ENABLE_EVENTS_IOCTL": "none", "COUNTER_DISABLE_EVENTS_IOCTL": "none",
}
