"""syscope's subcommands beyond strace: one module per subcommand, sharing options,
errors and event sources from commands.common (which imports none of them)."""
