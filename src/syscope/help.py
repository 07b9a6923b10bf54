"""The text of syscope -h."""

HELP = """\
Usage: syscope [-ACdffhikqqrtttTvVwxxyyzZ] [-I N] [-b execve] [-e EXPR]...
               [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]
               [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]
               { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }
   or: syscope why [OPTIONS] -- PROG [ARGS] | LOG...
   or: syscope read [OPTIONS] LOG...
   or: syscope summary [OPTIONS] LOG... | -- PROG [ARGS]
   or: syscope diff [OPTIONS] GOOD BAD | --run GOOD -- PROG [ARGS]
   or: syscope record [OPTIONS] -p PID | -- PROG [ARGS]
   or: syscope tree [OPTIONS] LOG... | -- PROG [ARGS]
   or: syscope report [-o FILE] LOG... | -- PROG [ARGS]

Trace system calls and signals, with strace's options and output.

General:
  -e EXPR        a qualifying expression: OPTION=[!]all or OPTION=[!]VAL1[,VAL2]...
     options:    trace, abbrev, verbose, raw, signal, read, write, status, quiet,
                 decode-fds, decode-pids, inject, fault, kvm

Startup:
  -E VAR=VAL, --env=VAR=VAL   put VAR=VAL in the environment of the command
  -E VAR, --env=VAR           remove VAR from the environment of the command
  -p PID, --attach=PID        trace process with process id PID, may be repeated
  -u USERNAME, --user=USERNAME
                              run the command as USERNAME

Tracing:
  -b execve, --detach-on=execve
                              detach on execve syscall
  -D, --daemonize             run tracer process as a grandchild (not supported yet)
  -f, --follow-forks          follow forks
  -ff, --follow-forks --output-separately
                              follow forks with output into separate files
  --seccomp-bpf               stop the tracee only at traced syscalls (default with -f
                              and a trace set that leaves syscalls out of a launched
                              program; never without -f, where children stay untraced
                              and free to trace their own).  The filter stays in the
                              program, so it dies with syscope (kill-on-exit) rather
                              than run on with failing syscalls; no_new_privs is set
                              only when syscope lacks CAP_SYS_ADMIN
  --no-seccomp-bpf            stop at every syscall, as plain ptrace does
  --pin[=CPU]                 run syscope and the traced program(s) on one CPU: every
                              syscall stop then avoids a cross-CPU wake-up (up to 6x
                              faster on a busy machine); changes the program's affinity

Filtering:
  -e trace=[!]{[?]SYSCALL[,[?]SYSCALL]...|all|none}, --trace=...
                 trace only specified syscalls, %file %process %net %signal %ipc
                 %desc %memory %creds %clock %stat %lstat %fstat %%stat %statfs
                 %fstatfs %%statfs %pure classes and /REGEX are accepted
  -e signal=SET, --signal=SET
  -e status=SET, --status=SET  successful, failed, unfinished, unavailable, detached
  -P PATH, --trace-path=PATH  trace accesses to PATH
  -z, --successful-only       trace only syscalls that returned success
  -Z, --failed-only           trace only syscalls that returned an error

Tampering:
  -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL]
            [:delay_enter=DELAY][:delay_exit=DELAY][:poke_enter=@argN=HEX,...]
            [:poke_exit=@argN=HEX,...][:when=FIRST[..LAST][+[STEP]]], --inject=...
                 tamper with the traced syscalls of SET: fail them with ERRNO, return
                 VALUE instead (running the harmless SYSCALL, or none), deliver SIG,
                 stop the tracee DELAY (us, or with s/ms/us/ns) at entry/exit, write
                 bytes where argument N points; WHEN counts per thread and syscall
  -e fault=SET[:error=ERRNO][:when=WHEN], --fault=...
                 -e inject=SET:error=ERRNO (default ENOSYS)

Output format:
  -a COLUMN, --columns=COLUMN alignment COLUMN for printing syscall results (default 40)
  -e abbrev=SET, -e verbose=SET, -e raw=SET
  -e read=SET, -e write=SET   dump the data read from / written to these descriptors
  -e quiet=SET, --quiet=SET   attach, exit, path-resolution, personality, thread-execve
  -e decode-fds=SET, --decode-fds=SET   path, socket, dev, pidfd, all
  -e decode-pids=SET, --decode-pids=SET   pidns, comm
  --pidns-translation         print pids of other pid namespaces in syscope's too
  -Y, --decode-pids=comm      print command names with pids
  -i, --instruction-pointer   print instruction pointer at time of syscall
  -k, --stack-traces          obtain stack trace between each syscall (needs libunwind)
  -X FORMAT, --const-print-style=FORMAT
                              raw, abbrev (default) or verbose named constants
  -n, --syscall-number        print syscall number
  -o FILE, --output=FILE      send trace output to FILE instead of stderr
  -A, --output-append-mode    open the file provided in the -o option in append mode
  -q, --quiet=attach,personality
                              suppress messages about attaching, detaching, etc.
  -qq, --quiet=attach,personality,exit
                              suppress messages about process exit status as well.
  -qqq, --quiet=all           suppress all suppressible messages.
  -r, --relative-timestamps[=PRECISION]
                              print relative timestamp
  -s STRSIZE, --string-limit=STRSIZE
                              limit length of print strings to STRSIZE chars (default 32)
  -t, --absolute-timestamps   print absolute timestamp
  -tt, --absolute-timestamps=precision:us
                              print absolute timestamp with usecs
  -ttt, --absolute-timestamps=format:unix,precision:us
                              print absolute UNIX time with usecs
  -T, --syscall-times[=PRECISION]
                              print time spent in each syscall
  -v, --no-abbrev             verbose mode: print entities unabbreviated
  --strings-in-hex=non-ascii-chars
                              use hex instead of octal in escape sequences
  -x, --strings-in-hex=non-ascii
                              print non-ASCII strings in hex
  -xx, --strings-in-hex[=all] print all strings in hex
  -y, --decode-fds[=path]     print paths associated with file descriptor arguments
  -yy, --decode-fds=all       print all available information associated with file
                              descriptors
  --json                      print one JSON object per event instead of strace's text
  --trace-events FILE         also write a Chrome Trace Event file (open it in Perfetto)
  --color[=WHEN]              colour failed calls, signals and exits: auto (on a
                              terminal, unless NO_COLOR is set), always, never

Statistics:
  -c, --summary-only          count time, calls, and errors for each syscall and report
                              summary
  -C, --summary               like -c, but also print the regular output
  -O OVERHEAD[UNIT], --summary-syscall-overhead=OVERHEAD[UNIT]
  -S SORTBY, --summary-sort-by=SORTBY
  -U COLUMNS, --summary-columns=COLUMNS
  -w, --summary-wall-clock    summarise syscall latency (default is system time)

Miscellaneous:
  -d, --debug                 enable debug output to stderr
  -h, --help                  print help message
  --help-man                  show the manual page (syscope.1)
  -V, --version               print version and the build's features
  --completion=SHELL          print a completion script for bash, zsh or fish

Subcommands:
  syscope why ...             explain why a traced program failed
  syscope read LOG...         read strace logs back, filter them, summarise them
  syscope summary LOG         the inventory of a trace: files, network, commands,
                              processes, environment, latency (-- PROG traces it live)
  syscope diff GOOD BAD       where a failing run departs from a working one
  syscope record -p PID       record safely in production: -f -tt -T -s 256, timed
                              and rotated files, zstd, redaction, clean detach
  syscope tree LOG            the process tree: argv, pid, exit status, lifetime, failed calls
  syscope report -o F LOG     one HTML file: why it failed, process tree, timeline, summary
                              and a searchable table of every event
  (each takes -h for its options and examples)
  syscope -- why ...          trace a program that is itself called 'why'
"""
