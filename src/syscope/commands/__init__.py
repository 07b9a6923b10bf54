"""syscope's subcommands beyond strace: one module per subcommand, each with a
main(argv) -> exit status, and none importing another.  What they share (options,
errors, event sources) is in commands.common; strace's own options are in
syscope.options.  The dispatcher (syscope.cli) imports a subcommand's module only when
that subcommand is asked for, so tracing never pays for them."""

# the subcommands, in the order help and completion list them; each is commands/NAME.py
SUBCOMMANDS = ("why", "read", "summary", "diff", "record", "tree", "report")
