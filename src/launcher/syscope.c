/* The `syscope` command: the Python interpreter on syscope's entry point, started with
 * the fatal signals blocked.
 *
 * A Ctrl-C (or SIGTERM, SIGHUP, SIGQUIT) that comes while the interpreter starts would
 * be the interpreter's own: a KeyboardInterrupt traceback, or "Fatal Python error"
 * during its initialisation, before any of syscope's code runs.  So this program blocks
 * them and execs the interpreter; syscope's entry (syscope.entry.launched) unblocks them
 * once it has set their dispositions, and a signal that came meanwhile is then handled
 * as one that comes later.  Dispositions are left alone (a signal ignored at start stays
 * ignored), and the entry is told which signals were blocked here (to unblock exactly
 * those, so that the program syscope launches gets the caller's mask) and whether SIGPIPE
 * and SIGXFSZ were ignored (the interpreter ignores them as it starts, hiding that).
 *
 * The interpreter: the one beside this program (a virtual environment's bin/), else the
 * one that built it.  setup.py defines PYTHON (its path) and PYTHON_NAME (python3.X). */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if !defined(PYTHON) || !defined(PYTHON_NAME)
#error "PYTHON and PYTHON_NAME must be defined (setup.py does)"
#endif

static const int fatal_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM};
static const int hidden_signals[] = {SIGPIPE, SIGXFSZ};

/* sys.argv is then ['-c', STATE, this program's argv...]; `-c` puts the working
 * directory first on the module path, where a stray file could shadow any module. */
static const char entry[] =
    "import sys\n"
    "if not getattr(sys.flags, 'safe_path', 0):\n"
    "    del sys.path[0]\n"
    "try:\n"
    "    from syscope.entry import launched\n"
    "except ImportError as e:\n"
    "    sys.exit('syscope: cannot start: %s (interpreter %s)' % (e, sys.executable))\n"
    "sys.exit(launched())\n";

/* PYTHON_NAME in the directory this program really is in, if it is there. */
static const char *
interpreter(char *buf, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n > 0) {
        buf[n] = '\0';
        char *slash = strrchr(buf, '/');
        if (slash && (size_t)(slash + 1 - buf) + sizeof(PYTHON_NAME) <= size) {
            memcpy(slash + 1, PYTHON_NAME, sizeof(PYTHON_NAME));
            if (access(buf, X_OK) == 0)
                return buf;
        }
    }
    return PYTHON;
}

int
main(int argc, char **argv)
{
    sigset_t block, caller;
    sigemptyset(&block);
    for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(*fatal_signals); i++)
        sigaddset(&block, fatal_signals[i]);
    sigprocmask(SIG_BLOCK, &block, &caller);

    unsigned long blocked = 0, ignored = 0;
    for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(*fatal_signals); i++)
        if (!sigismember(&caller, fatal_signals[i]))
            blocked |= 1UL << (fatal_signals[i] - 1);
    for (size_t i = 0; i < sizeof(hidden_signals) / sizeof(*hidden_signals); i++) {
        struct sigaction sa;
        if (sigaction(hidden_signals[i], NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
            ignored |= 1UL << (hidden_signals[i] - 1);
    }
    char state[40];
    snprintf(state, sizeof(state), "%lx:%lx", blocked, ignored);

    char path[PATH_MAX];
    const char *python = interpreter(path, sizeof(path));
    char **args = malloc((argc + 5) * sizeof(*args));
    if (!args) {
        fputs("syscope: out of memory\n", stderr);
        return 1;
    }
    args[0] = (char *)python;
    args[1] = "-c";
    args[2] = (char *)entry;
    args[3] = state;
    for (int i = 0; i < argc; i++)
        args[4 + i] = argv[i];
    args[4 + (argc > 0 ? argc : 0)] = NULL;
    execv(python, args);
    fprintf(stderr, "syscope: cannot run the interpreter %s: %s (reinstall syscope)\n",
            python, strerror(errno));
    return 1;
}
