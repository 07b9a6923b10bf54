"""What syscope was started with that the interpreter hides: it ignores SIGPIPE and
SIGXFSZ as it starts, so only the `syscope` launcher, which looks before, can tell
whether they were ignored already (a program launched by syscope must then start with
them ignored, as it would untraced).  Under `python -m syscope` or the API: unknown,
taken as not ignored."""

IGNORED_SIGNALS: set[int] = set()     # filled by syscope.entry.launched
