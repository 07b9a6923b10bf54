"""syscope summary LOG... | -- CMD: the inventory of a trace."""
from __future__ import annotations

import os

from .common import Option, CommandError, check_color, feed_logs, parse_options, run_main, \
    trace_live, write_json, write_report
from ..output.color import paint_report, wanted as wanted_color

USAGE = """\
Usage: syscope summary [OPTIONS] LOG...
       syscope summary [OPTIONS] -- CMD [ARGS]
The inventory of a trace: files opened, created, written, deleted, missing and denied
(with counts and the processes that touched them), directories searched, network
connections and listeners (address, result, bytes), commands executed (argv, cwd, exit
status, duration, parent), the process tree, descriptors inherited at start, environment
changes (execve with -v), and latency: slowest calls, P50/P95/P99 per syscall, per path
and per descriptor (needs -T or a live trace), long futex waits and calls that never
returned.  LOG is a strace or syscope log (plain, gzip, zstd, or an -ff prefix).

Options:
  --json          the inventory as one versioned JSON object
  -o FILE         write the report to FILE (a live program keeps standard output)
  --top N         rows per table in the text report (default 10)
  --futex-min S   a futex wait at least this long is reported (default 1.0 seconds)
  -s N            string limit while tracing CMD (default 256)
  --color=WHEN    colour the text report: auto (on a terminal, unless NO_COLOR is
                  set), always, never

Examples:
  syscope summary trace.log
  syscope summary --json trace.log.zst | jq .missing
  syscope summary -o inventory.txt -- make -j2
"""

OPTIONS = [Option(("--json",), "json"), Option(("-o", "--output"), "output", "str"),
           Option(("--top",), "top", "int", 10),
           Option(("--futex-min",), "futex_min", "float", 1.0),
           Option(("-s",), "strlen", "int", 256),
           Option(("--color", "--colour"), "color", "str", "auto")]
# headings painted red on a terminal
BAD_SECTIONS = ("Missing", "Denied", "Calls that never returned", "Futex waits")


def main(argv: list[str]) -> int:
    return run_main("summary", USAGE, run, argv)


def run(argv: list[str]) -> int:
    from ..analyze.inventory import Inventory
    opts, logs, command = parse_options(argv, OPTIONS)
    check_color(opts["color"])
    if command is not None and logs:
        raise CommandError("give either LOGs or -- CMD, not both", usage=True)
    if command is None and not logs:
        raise CommandError("give a LOG to summarise or -- CMD to trace", usage=True)
    inv = Inventory(os.getcwd() if command is not None else None, opts["futex_min"])
    status = 0
    if command is not None:
        status = trace_live(command, inv.feed, opts["strlen"])
    else:
        feed_logs(logs, inv.feed, acyclic=True)
    result = inv.result()
    result["source"] = {"logs": logs} if command is None else \
        {"command": command, "exit_status": status}
    if opts["json"]:
        write_json(result, opts["output"])
        return 0
    text = render(result, opts["top"])
    if wanted_color(opts["color"], -1 if opts["output"] else 1):
        text = paint_report(text, BAD_SECTIONS)
    write_report(text, opts["output"])
    return 0


# -- text ---------------------------------------------------------------------------------

def _more(rows: list, top: int) -> list[str]:
    return ["  ... and %d more" % (len(rows) - top)] if len(rows) > top else []


def _secs(x) -> str:
    if x is None:
        return "?"
    return "%.6fs" % x if x < 10 else "%.1fs" % x


def _who(f: dict) -> str:
    procs = ", ".join(f["processes"][:3]) + (" ..." if len(f["processes"]) > 3 else "")
    return "%s (pid %s)" % (procs, ",".join(map(str, f["pids"][:3])) +
                            ("..." if len(f["pids"]) > 3 else ""))


FILE_SECTIONS = (("opened", "Files opened"), ("created", "Files created (O_CREAT, mkdir, "
                                                         "rename/link targets)"),
                 ("written", "Files written"), ("deleted", "Files deleted"),
                 ("missing", "Missing (ENOENT)"), ("denied", "Denied (EACCES, EPERM, EROFS)"))


def render(r: dict, top: int = 10) -> str:
    out: list[str] = []
    add = out.append
    c = r["counts"]
    add("syscope summary: %d syscalls, %d processes, %d threads, %d files, %d connections%s"
        % (c["syscalls"], c["processes"], c["threads"], c["files"], c["connections"],
           ", %s" % _secs(r["duration"]) if r["duration"] is not None else ""))
    files = {f["path"]: f for f in r["files"]}
    for field, title in FILE_SECTIONS:
        paths = r[field]
        if not paths:
            continue
        add("")
        add("%s: %d" % (title, len(paths)))
        for p in sorted(paths, key=lambda p: -files[p][field] if field != "written"
                        else -files[p]["bytes_written"])[:top]:
            f = files[p]
            detail = "%dx" % f[field] if field != "written" else \
                "%d bytes" % f["bytes_written"]
            if field in ("missing", "denied") and f["opened"]:
                detail += ", later opened"
            add("  %-60s %s  %s" % (p, detail, _who(f)))
        out += _more(paths, top)
    if r["directories"]:
        add("")
        add("Directories searched: %d" % len(r["directories"]))
        for d in r["directories"][:top]:
            add("  %-60s %d lookups, %d missing, listed %dx" % (d["path"], d["lookups"],
                                                                d["misses"], d["listed"]))
        out += _more(r["directories"], top)
    net = r["network"]
    if net["connections"] or net["listeners"]:
        add("")
        add("Network:")
        for conn in net["listeners"]:
            add("  listen  %-40s %-12s pid %d, accepted %d" % (
                conn["address"], conn["result"], conn["pid"], conn.get("accepted", 0)))
        for conn in net["connections"][:top * 2]:
            add("  %-7s %-40s %-12s pid %d, sent %d, received %d bytes  (line %s)" % (
                "accept" if conn["result"] == "accepted" else "connect",
                conn["address"] or "?", conn["result"], conn["pid"], conn["bytes_sent"],
                conn["bytes_received"], conn["line"] or "-"))
        out += _more(net["connections"], top * 2)
    if r["commands"]:
        add("")
        add("Commands executed: %d" % len(r["commands"]))
        for cmd in r["commands"][:top * 2]:
            status = ("exec failed: %s" % cmd["error"]) if cmd["error"] else \
                ("killed by %s" % cmd["signal"] if cmd["signal"] else
                 "exit %s" % ("?" if cmd["exit_code"] is None else cmd["exit_code"]))
            add("  [%d] %s" % (cmd["pid"], " ".join(cmd["argv"])[:100]))
            add("        cwd %s, %s, %s, parent %s" % (
                cmd["cwd"] or "?", status, _secs(cmd["duration"]),
                "%s (%s)" % (cmd["parent"], cmd["parent_program"]) if cmd["parent"] else "-"))
        out += _more(r["commands"], top * 2)
    add("")
    add("Process tree:")
    by_pid = {p["pid"]: p for p in r["processes"]}
    roots = [p for p in r["processes"] if p["parent"] not in by_pid]
    shown: set = set()

    def tree(p, depth):
        if depth > 50 or len(out) > 10000 or id(p) in shown:
            return      # a pid reused in a long trace must not make a cycle
        shown.add(id(p))
        end = "killed by %s" % p["signal"] if p["signal"] else \
            ("exit %s" % p["exit_code"] if p["exit_code"] is not None else "running")
        add("  %s%s %d %s  %s, %s" % ("  " * depth, "thread" if p["thread"] else "pid",
                                       p["pid"], p["program"] or "?", _secs(p["lifetime"]),
                                       end))
        for child in p["children"]:
            if child in by_pid:
                tree(by_pid[child], depth + 1)
    for root in roots:
        tree(root, 0)
    if r["inherited_fds"]:
        add("")
        add("Descriptors inherited at start:")
        for d in r["inherited_fds"][:top * 2]:
            add("  pid %d fd %d%s: first used by %s (line %s)" % (
                d["pid"], d["fd"], " (%s)" % d["target"] if d["target"] else "",
                d["syscall"], d["line"] or "-"))
    if r["env_changes"]:
        add("")
        add("Environment changes:")
        for e in r["env_changes"][:top * 2]:
            if "count" in e:
                add("  %s (pid %d, line %s): %d -> %d variables (trace with -v to see them)"
                    % (e["program"], e["pid"], e["line"] or "-", e["count"][0], e["count"][1]))
                continue
            parts = ["+%s=%s" % kv for kv in e["added"].items()] + \
                ["-%s" % k for k in e["removed"]] + \
                ["%s: %s -> %s" % (k, a, b) for k, (a, b) in e["changed"].items()]
            add("  %s (pid %d, line %s): %s" % (e["program"], e["pid"], e["line"] or "-",
                                                 "; ".join(parts)[:300]))
    lat = r["latency"]
    add("")
    if not lat["timed"]:
        add("Latency: no call durations in this trace (record it with -T)")
    else:
        add("Slowest calls:")
        for s in lat["slowest"][:top]:
            add("  %s  pid %d line %s  %s" % (_secs(s["duration"]), s["pid"], s["line"] or "-",
                                               s["call"][:120]))
        for key, title, label in (("per_syscall", "Time per syscall", "syscall"),
                                  ("per_path", "Time per path", "path"),
                                  ("per_fd", "Time per descriptor", None)):
            rows = lat[key]
            if not rows:
                continue
            add("")
            add("%s:%s%s" % (title, " " * max(1, 52 - len(title)),
                             "   calls      total        P50        P95        P99"))
            for row in rows[:top]:
                name = row[label] if label else "pid %d fd %d %s" % (
                    row["pid"], row["fd"], row["target"] or "")
                add("  %-52s %7d %10.6f %10.6f %10.6f %10.6f" % (
                    name[-52:], row["count"], row["total"], row["p50"], row["p95"], row["p99"]))
    fut = r["futex"]
    if fut["long_waits"] or fut["never_returned"]:
        add("")
        add("Futex waits of %gs or more: %d; threads still waiting at the end: %d" % (
            fut["min_wait"], len(fut["long_waits"]), len(fut["never_returned"])))
        for w in (fut["long_waits"] + fut["never_returned"])[:top]:
            add("  pid %d line %s %s  %s" % (w["pid"], w["line"] or "-",
                                              _secs(w["duration"]) if w["duration"]
                                              else "never returned", w["call"][:100]))
    if r["blocked"]:
        add("")
        add("Calls that never returned: %d" % len(r["blocked"]))
        for b in r["blocked"][:top]:
            add("  pid %d line %s  %s" % (b["pid"], b["line"] or "-", b["call"][:110]))
    return "\n".join(out) + "\n"
