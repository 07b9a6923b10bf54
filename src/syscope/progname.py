"""The name syscope's messages start with.  Imports nothing."""
from __future__ import annotations

# The name messages start with: what the command was run as, argv[0] as it was given
# (/usr/local/bin/syscope: ... when run by that path), as strace's program_invocation_name;
# syscope when run as a module.
PROGRAM = ["syscope"]


def program() -> str:
    return PROGRAM[0]


def prefixed(text: str) -> str:
    """A message as every one of syscope's reads: 'syscope: text'."""
    return "%s: %s" % (PROGRAM[0], text)


def run_as(argv0: str) -> None:
    """The command was run as argv0: its messages start with it, and the process takes
    its base name as its own (the comm -Y shows; the interpreter's name otherwise)."""
    if not argv0:
        return
    PROGRAM[0] = argv0
    try:
        with open("/proc/self/comm", "w") as f:
            f.write(argv0.rpartition("/")[2][:15])
    except OSError:
        pass
