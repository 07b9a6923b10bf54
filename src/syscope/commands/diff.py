"""syscope diff GOOD BAD | --run GOOD -- CMD: where a failing run departs from a working one."""
from __future__ import annotations

import os

from .common import CommandError, Option, feed_logs, parse_options, run_main, trace_live, \
    write_json, write_report

USAGE = """\
Usage: syscope diff [OPTIONS] GOOD BAD
       syscope diff [OPTIONS] --run GOOD -- CMD [ARGS]
Compare two traces of the same program, one from a run that works and one from a run
that fails ("works on that machine, not on this one"), and report where they diverge:
a file found on one side and missing or denied on the other, a different path or
library opened, a different errno, a different program or argv executed, a connection
to a different address or with a different result, a different environment variable
(logs recorded with -v), a different exit.  Processes are aligned by the program they
executed and the order in which they were forked, not by pid; pids, addresses, times,
inode numbers and temp names are ignored.  With --run, CMD is traced here and compared
with GOOD, a log brought from the machine where it works.

GOOD and BAD are strace or syscope logs (plain, gzip, zstd, or an -ff prefix); record
them with strace -f (-v to compare environments, -s 256 for long paths).

Options:
  --json      the divergences as one versioned JSON object
  --top N     how many divergences to show (default 10; 0 for all)
  -o FILE     write the report to FILE
  -s N        string limit while tracing CMD (default 256)
Exit status: 0 when no divergence was found, 1 when some were, 2 on errors.

Examples:
  syscope diff good.log bad.log
  syscope diff --json good.log.zst bad.log | jq '.divergences[0]'
  syscope diff --run good.log -- ./app --serve
"""

OPTIONS = [Option(("--json",), "json"), Option(("--top",), "top", "int", 10),
           Option(("-o", "--output"), "output", "str"), Option(("--run",), "run"),
           Option(("-s",), "strlen", "int", 256)]


def main(argv: list[str]) -> int:
    # diff(1)'s convention: 0 the same, 1 different, 2 trouble
    return {0: 0, 3: 1}.get(run_main("diff", USAGE, run, argv), 2)


def run(argv: list[str]) -> int:
    from ..analyze.align import Profile, compare
    from ..logread.sieve import Quiet
    opts, logs, command = parse_options(argv, OPTIONS)
    if opts["run"]:
        if len(logs) != 1 or command is None:
            raise CommandError("--run takes one GOOD log and -- CMD", usage=True)
    elif command is not None or len(logs) != 2:
        raise CommandError("give two logs, GOOD and BAD (or --run GOOD -- CMD)", usage=True)
    quiet = Quiet(Profile.quiet)
    good = Profile(logs[0])
    feed_logs(logs[:1], good.feed, quiet, acyclic=True)
    if command is not None:
        bad = Profile("live: " + " ".join(command), os.getcwd())
        trace_live(command, bad.feed, opts["strlen"], verbose=True)
    else:
        bad = Profile(logs[1])
        feed_logs(logs[1:], bad.feed, quiet, acyclic=True)
    result = compare(good, bad, opts["top"] or None)
    if opts["json"]:
        write_json(result, opts["output"])
    else:
        write_report(render(result), opts["output"])
    return 3 if result["total"] else 0


def _side(label: str, side: dict | None) -> str:
    if side is None:
        return "    %-5s (nothing)" % label
    where = "line %d" % side["line"] if side["line"] else "event %d" % side["event"]
    text = side["text"] if len(side["text"]) <= 160 else side["text"][:157] + "..."
    return "    %-5s %s, pid %d: %s" % (label, where, side["pid"], text)


def render(r: dict) -> str:
    out = ["syscope diff: %d divergence%s between %s (good) and %s (bad); %d processes paired"
           % (r["total"], "" if r["total"] == 1 else "s", r["good"]["source"],
              r["bad"]["source"], r["processes_paired"])]
    for d in r["divergences"]:
        out.append("")
        out.append("%d. [%s] %s%s" % (d["rank"], d["kind"], d["summary"],
                                      "  (in %s)" % d["process"] if d["process"] else ""))
        out.append(_side("good", d["good"]))
        out.append(_side("bad", d["bad"]))
    if r["total"] > len(r["divergences"]):
        out.append("")
        out.append("... and %d more (--top 0 shows all)" % (r["total"] - len(r["divergences"])))
    if not r["total"]:
        out.append("No divergence found.")
    return "\n".join(out) + "\n"
