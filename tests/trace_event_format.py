"""A checker of the Chrome Trace Event Format (the JSON object form): what Perfetto
and chrome://tracing need to draw a trace."""
from __future__ import annotations

import json
from collections import defaultdict

PHASES = {"X", "B", "E", "i", "I", "s", "t", "f", "M", "C"}


def check(path: str) -> dict:
    """Raises AssertionError on the first violation; returns the parsed trace."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    assert isinstance(doc, dict) and isinstance(doc.get("traceEvents"), list), \
        "not a JSON object with a traceEvents list"
    last_ts: dict = {}
    open_b: dict = defaultdict(list)
    slices: dict = defaultdict(list)
    flow_start: dict = {}
    flow_end: list = []
    for n, ev in enumerate(doc["traceEvents"]):
        where = "event %d %r" % (n, ev)
        ph = ev.get("ph")
        assert ph in PHASES, where
        assert isinstance(ev.get("name"), str) and ev["name"], where
        assert isinstance(ev.get("pid"), int) and isinstance(ev.get("tid"), int), where
        if ph == "M":
            args = ev.get("args", {})
            if ev["name"].endswith("_sort_index"):
                assert isinstance(args.get("sort_index"), int), where
            else:
                assert isinstance(args.get("name"), str), where
            continue
        ts = ev.get("ts")
        assert isinstance(ts, (int, float)) and ts >= 0, where
        track = (ev["pid"], ev["tid"])
        assert ts >= last_ts.get(track, 0), "timestamps go back on track %s: %s" % (track, where)
        last_ts[track] = ts
        if ph == "X":
            assert isinstance(ev.get("dur"), (int, float)) and ev["dur"] >= 0, where
            slices[track].append((ts, ts + ev["dur"], n))
        elif ph == "B":
            open_b[track].append(ev["name"])
        elif ph == "E":
            assert open_b[track], "E without B: " + where
            open_b[track].pop()
        elif ph in ("i", "I"):
            assert ev.get("s", "t") in ("t", "p", "g"), where
        elif ph == "s":
            assert "id" in ev and (ev["cat"], ev["id"]) not in flow_start, where
            flow_start[(ev["cat"], ev["id"])] = ts
        elif ph == "f":
            assert "id" in ev, where
            flow_end.append(((ev["cat"], ev["id"]), ts, where))
    for track, names in open_b.items():
        assert not names, "B without E on %s: %s" % (track, names)
    for track, spans in slices.items():
        # slices of one track nest or follow each other, never overlap partly
        stack: list = []
        for start, end, n in spans:
            while stack and stack[-1] <= start:
                stack.pop()
            assert not stack or end <= stack[-1], \
                "slice %d overlaps its neighbour on %s" % (n, track)
            stack.append(end)
    for key, ts, where in flow_end:
        assert key in flow_start, "flow end without start: " + where
        assert flow_start[key] <= ts, "flow ends before it starts: " + where
    return doc
