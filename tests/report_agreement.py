#!/usr/bin/env python3
"""Print the differential agreement with strace per group (identical lines / total),
for the workloads of test_differential.py.   python3 tests/report_agreement.py"""
from __future__ import annotations

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import test_differential as T  # noqa: E402
from difftool import compare  # noqa: E402


def main() -> None:
    scratch = tempfile.mkdtemp(prefix="syscope-report-")
    groups = {"single process": [], "-f": [], "output options": []}
    for name, cmd in sorted(T.SINGLE.items()):
        opts = []
        if cmd[0] == "-u":
            opts, cmd = cmd[:2], cmd[2:]
        groups["single process"].append((name, opts, cmd, False))
    d = tempfile.mkdtemp(dir=scratch)
    groups["single process"].append(("fileops", [], T.PYRUN + [os.path.join(T.WL, "fileops.py"),
                                                              d], False))
    groups["single process"].append(("signals", [], T.PYRUN + [os.path.join(T.WL,
                                                                          "signals.py")], False))
    for name in sorted(T.FOLLOW):
        groups["-f"].append((name, ["-f"], T.follow_command(name), True))
    groups["-f"].append(("pipeline -ff", ["-ff"], T.FOLLOW["pipeline"], True))
    groups["-f"].append(("pipeline -f -tt -T", ["-f", "-tt", "-T"], T.FOLLOW["pipeline"],
                         True))
    for opts in T.OPTIONS:
        groups["output options"].append((" ".join(opts), opts,
                                         ["cat", "/etc/hostname", "/nonexistent"], False))
    for group, cases in groups.items():
        same = total = 0
        for name, opts, cmd, multi in cases:
            s, t, _ = compare(opts, cmd, scratch, T.ENV, multi=multi)
            same += s
            total += t
            print("  %-34s %4d/%-4d" % (name, s, t))
        print("%s: %d/%d lines identical (%.1f%%)\n" % (group, same, total,
                                                        100.0 * same / max(total, 1)))


if __name__ == "__main__":
    main()
