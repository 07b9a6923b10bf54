"""Event times as seconds on one clock, whatever the trace printed.

Logs carry the timestamps strace was asked for: -t (HH:MM:SS), -tt (with
microseconds), -ttt (seconds since the epoch) or -r (seconds since the previous
line); a live trace carries epoch seconds.  A log without times still gets an
order: one microsecond per line (a call is dated by the line where it began)."""
from __future__ import annotations

DAY = 86400.0
TICK = 1e-6


class Clock:
    """Feed events in trace order; `start(ev)` is when the event began, in seconds."""

    def __init__(self):
        self.kind: str | None = None   # "wall" (-t/-tt), "epoch", "relative", "none"
        self.last = 0.0                # the latest time seen, in seconds
        self.days = 0.0                # midnights crossed by a wall clock

    def start(self, ev) -> float:
        text = ev.time
        if text is None:
            if self.kind in (None, "none"):
                self.kind = "none"
                t = ev.line * TICK if ev.line else self.last + TICK
                self.last = max(self.last, t)
                return t
            return self.last
        text = text.strip()
        if ":" in text:
            self.kind = self.kind or "wall"
            h, m, s = text.split(":")
            t = int(h) * 3600 + int(m) * 60 + float(s) + self.days
            if t < self.last - DAY / 2:       # the clock went past midnight
                self.days += DAY
                t += DAY
        else:
            value = float(text)
            if self.kind is None:
                # -r prints small deltas; -ttt and live traces print epoch seconds
                self.kind = "epoch" if value > 1e8 else "relative"
            t = self.last + value if self.kind == "relative" else value
        self.last = max(self.last, t)
        return t


def human_duration(seconds: float) -> str:
    """1.5e-05 -> '15 µs', 0.0123 -> '12.3 ms', 75 -> '1m15s'."""
    if seconds < 1e-3:
        return "%d µs" % round(seconds * 1e6)
    if seconds < 1:
        return "%.3g ms" % (seconds * 1e3)
    if seconds < 60:
        return "%.3g s" % seconds
    m, s = divmod(int(round(seconds)), 60)
    return "%dm%02ds" % (m, s) if m < 60 else "%dh%02dm" % divmod(m, 60)
