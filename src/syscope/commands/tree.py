"""syscope tree LOG... | -- CMD: the process tree of a trace in the terminal."""
from __future__ import annotations

import json

from .common import Option, check_color, parse_options, run_main, source_events, write_report

USAGE = """\
Usage: syscope tree [--color=WHEN] [--json] [-o FILE] LOG...
       syscope tree [--color=WHEN] [--json] [-o FILE] -- CMD [ARGS]
Draw the process tree of a recorded strace log (best with -f -tt -T) or of CMD traced
here: for each process its pid, command line, exit status, lifetime and the number of
its system calls that failed; threads are listed under the task that created them.
  --color=WHEN  auto (default: on a terminal), always or never
  --json        the tree as one JSON object
  -o FILE       write to FILE instead of standard output
  -s N          string limit while tracing CMD (default 256)
Examples:
  syscope tree trace.txt
  syscope tree -- make -j2
"""

COLOURS = {"pid": "2", "bad": "1;31", "ok": "32", "failed": "33", "thread": "36"}
OPTIONS = [Option(("--json",), "json"), Option(("-o", "--output"), "output", "str"),
           Option(("--color", "--colour"), "color", "str", "auto"),
           Option(("-s",), "strlen", "int", 256)]


def main(argv: list[str]) -> int:
    return run_main("tree", USAGE, run, argv)


def run(argv: list[str]) -> int:
    from ..analyze.lineage import Lineage
    opts, logs, command = parse_options(argv, OPTIONS)
    check_color(opts["color"])
    lin = Lineage()
    status = source_events(logs, command, lin.feed, opts["strlen"])
    if opts["json"]:
        text = json.dumps(tree_dict(lin), indent=2) + "\n"
    else:
        from ..output.color import wanted
        text = render(lin, wanted(opts["color"], -1 if opts["output"] else 1))
    write_report(text, opts["output"])
    return status


def command_line(task) -> str:
    words = task.argv or ([task.exe] if task.exe else [])
    if not words:
        return "?"
    return " ".join(w if w and not any(c in w for c in " \t\n'\"") else repr(w) for w in words)


def render(lin, colour: bool) -> str:
    timed = lin.clock.kind not in (None, "none")

    def paint(what: str, text: str) -> str:
        return "\033[%sm%s\033[0m" % (COLOURS[what], text) if colour else text

    lines: list[str] = []

    def line(task, prefix: str, branch: str) -> None:
        parts = [paint("pid", str(task.tid) if task.tid else "?")]
        if task.thread:
            parts.append(paint("thread", "thread"))
        else:
            parts.append(command_line(task))
        status = task.status
        parts.append(paint("bad" if task.bad else "ok", status))
        if timed:
            from ..analyze.clock import human_duration
            parts.append(human_duration(max(task.end - task.start, 0.0)))
        calls = "%d call%s" % (task.calls, "" if task.calls == 1 else "s")
        if task.failed:
            calls += ", " + paint("failed", "%d failed" % task.failed)
        parts.append(calls)
        lines.append(prefix + branch + "  ".join(parts))

    def walk(task, prefix: str, branch: str, below: str) -> None:
        line(task, prefix, branch)
        kids = task.children
        for i, child in enumerate(kids):
            last = i == len(kids) - 1
            walk(child, prefix + below, "└─ " if last else "├─ ", "   " if last else "│  ")

    for root in lin.roots():
        walk(root, "", "", "")
    return "\n".join(lines) + "\n"


def tree_dict(lin) -> dict:
    def node(task) -> dict:
        return {"pid": task.tid or None, "tgid": task.tgid or None, "thread": task.thread,
                "argv": task.argv, "exe": task.exe, "start": task.start, "end": task.end,
                "duration": max(task.end - task.start, 0.0), "exit_code": task.exit_code,
                "signal": task.signal, "core_dumped": task.core, "calls": task.calls,
                "failed_calls": task.failed, "first_line": task.first_line or None,
                "execs": [{"argv": a, "line": ln or None} for _t, a, ln in task.execs],
                "children": [node(c) for c in task.children]}
    return {"v": 1, "clock": lin.clock.kind, "tree": [node(r) for r in lin.roots()]}
