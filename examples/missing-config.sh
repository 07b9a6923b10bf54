#!/bin/sh
# A service start script that fails the way real ones do: a vague message, exit 1.
# The config file it reads does not exist on this machine.
CONF=/etc/syscope-demo/app.conf
if ! cat "$CONF" > /dev/null 2>&1; then
    echo "app: cannot load configuration" >&2
    exit 1
fi
