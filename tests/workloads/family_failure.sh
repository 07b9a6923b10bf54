#!/bin/sh
# A parent and its children failing in different ways: one child cannot read its
# configuration, one is killed by a signal, one succeeds; the parent then fails too.
ls / > /dev/null
cat /nonexistent/syscope-family.conf
sh -c 'kill -TERM $$'
echo "family: cannot start" >&2
exit 3
