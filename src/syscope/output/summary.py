"""-c / -C: strace's call summary table."""
from __future__ import annotations


from .sinks import Sink

# column key -> (header, minimum width, sort key)
COLUMNS = {
    "time": ("% time", 6), "total": ("seconds", 11), "min": ("shortest", 8),
    "max": ("longest", 7), "avg": ("usecs/call", 11), "calls": ("calls", 9),
    "errors": ("errors", 9), "name": ("syscall", 16),
}
ALIASES = {
    "time": "time", "time_percent": "time", "time-percent": "time",
    "time_total": "total", "time-total": "total", "total_time": "total", "total-time": "total",
    "min_time": "min", "min-time": "min", "shortest": "min", "time_min": "min",
    "time-min": "min", "longest": "max", "max_time": "max", "max-time": "max",
    "time_max": "max", "time-max": "max", "avg_time": "avg", "avg-time": "avg",
    "time_avg": "avg", "time-avg": "avg", "calls": "calls", "count": "calls",
    "error": "errors", "errors": "errors", "name": "name", "syscall": "name",
    "syscall_name": "name", "syscall-name": "name", "none": None, "nothing": None,
}
DEFAULT_COLUMNS = ("time", "total", "avg", "calls", "errors", "name")


class SummaryError(ValueError):
    pass


def parse_columns(spec: str) -> tuple:
    cols: list[str] = []
    for tok in spec.split(","):
        if tok not in ALIASES or ALIASES[tok] is None:
            raise SummaryError("unknown column name: '%s'" % tok)
        col = ALIASES[tok]
        if col in cols:
            raise SummaryError("call summary column has been provided more than once: '%s' "
                               "(-U option residual: '%s')" % (tok, spec[spec.index(tok):]))
        cols.append(col)
    if "name" not in cols:
        cols.append("name")
    return tuple(cols)


def parse_sortby(spec: str) -> str | None:
    if spec not in ALIASES:
        raise SummaryError("invalid sortby: '%s'" % spec)
    col = ALIASES[spec]
    return "total" if col == "time" else col


def parse_overhead(spec: str) -> float:
    """-O: a duration such as 15us, 0.5ms, 2 (seconds)."""
    import re
    m = re.fullmatch(r"([0-9.eE+-]+)(s|ms|us|ns)?", spec)
    if not m:
        raise SummaryError("invalid -O argument: '%s'" % spec)
    try:
        v = float(m.group(1))
    except ValueError:
        raise SummaryError("invalid -O argument: '%s'" % spec)
    if v < 0:
        raise SummaryError("invalid -O argument: '%s'" % spec)
    return v * {"s": 1, "ms": 1e-3, "us": 1e-6, "ns": 1e-9, None: 1}[m.group(2)]


class Count:
    __slots__ = ("nr", "name", "calls", "errors", "total", "min", "max")

    def __init__(self, nr: int, name: str):
        self.nr, self.name = nr, name
        self.calls = self.errors = 0
        self.total = self.max = 0.0
        self.min = float("inf")


class Summary(Sink):
    """Counts calls, errors and time per syscall; renders the table at the end."""

    def __init__(self, columns=DEFAULT_COLUMNS, sort_by: str | None = "total",
                 overhead: float = 0.0, wallclock: bool = False):
        self.columns = columns
        self.sort_by = sort_by
        self.overhead = overhead
        self.wallclock = wallclock
        self.counts: dict[str, Count] = {}

    def syscall_exit(self, pid, call, text, ret, duration=None):
        if call.saved.get("never_returned"):
            return
        self.add(call.nr, call.name, bool(call.error), self.time_of(call, duration))

    def time_of(self, call, duration):
        t = duration if self.wallclock else call.saved.get("stime", duration)
        return max((t or 0.0) - self.overhead, 0.0)

    def merge(self, nr: int, name: str, calls: int, errors: int, total: float, tmin: float,
              tmax: float) -> None:
        """Counts made elsewhere (the C loop) for the same table."""
        c = self.counts.get(name)
        if c is None:
            c = self.counts[name] = Count(nr, name)
        c.calls += calls
        c.errors += errors
        c.total += total
        c.min = min(c.min, tmin)
        c.max = max(c.max, tmax)

    def add(self, nr: int, name: str, failed: bool, seconds: float) -> None:
        c = self.counts.get(name)
        if c is None:
            c = self.counts[name] = Count(nr, name)
        c.calls += 1
        c.errors += failed
        c.total += seconds
        c.min = min(c.min, seconds)
        c.max = max(c.max, seconds)

    def render(self) -> str:
        rows = sorted(self.counts.values(), key=lambda c: (c.nr, c.name))
        if self.sort_by == "name":
            rows.sort(key=lambda c: c.name)
        elif self.sort_by in ("calls", "errors", "total", "min", "max"):
            rows.sort(key=lambda c: getattr(c, self.sort_by), reverse=True)
        elif self.sort_by == "avg":
            rows.sort(key=lambda c: c.total / c.calls, reverse=True)
        total = sum(c.total for c in rows)
        calls = sum(c.calls for c in rows)
        errors = sum(c.errors for c in rows)
        tmin = min((c.min for c in rows), default=0.0)
        tmin_max = max((c.min for c in rows), default=0.0)
        tmax = max((c.max for c in rows), default=0.0)
        avg_max = max((c.total / c.calls for c in rows), default=0.0)
        widths = {
            "time": 6, "total": max(11, len("%.6f" % total)),
            "min": max(8, len("%d.000000" % int(tmin_max))),
            "max": max(7, len("%d.000000" % int(tmax))),
            "avg": max(11, len("%d" % int(avg_max * 1e6))),
            "calls": max(9, len(str(calls))), "errors": max(9, len(str(errors))),
            "name": max(16, max((len(c.name) for c in rows), default=0) + 1),
        }
        cols = self.columns
        last = len(cols) - 1

        def cell(col, value, i):
            w = widths[col]
            if col == "name":
                return value if i == last else "%-*s" % (w, value)
            if col == "time":
                return "%*.2f" % (w, value)
            if col in ("total", "min", "max"):
                return "%*.6f" % (w, value)
            if col == "errors":
                return "%*s" % (w, value if value else "")
            return "%*d" % (w, value)

        def header(col, i):
            h = COLUMNS[col][0]
            if col == "name":
                return h if i == last else "%-*s" % (widths[col], h)
            return "%*s" % (widths[col], h)
        out = [" ".join(header(c, i) for i, c in enumerate(cols))]
        dashes = " ".join("-" * widths[c] for c in cols)
        out.append(dashes)
        for r in rows:
            pct = 100.0 * r.total / total if total else 0.0
            vals = {"time": pct, "total": r.total, "min": r.min, "max": r.max,
                    "avg": int(r.total / r.calls * 1e6), "calls": r.calls, "errors": r.errors,
                    "name": r.name}
            out.append(" ".join(cell(c, vals[c], i) for i, c in enumerate(cols)))
        out.append(dashes)
        vals = {"time": 100.0, "total": total, "min": tmin if rows else 0.0, "max": tmax,
                "avg": int(total / calls * 1e6) if calls else 0, "calls": calls,
                "errors": errors, "name": "total"}
        out.append(" ".join(cell(c, vals[c], i) for i, c in enumerate(cols)))
        return "\n".join(out) + "\n"
