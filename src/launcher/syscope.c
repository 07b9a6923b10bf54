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
#include <dirent.h>
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

/* The interpreter runs with -S: `site` costs a tenth of a short trace's start
 * (sitecustomize looked for on every path entry, every .pth file executed), and syscope
 * needs only its own directory on the module path, which this program finds (find_package)
 * and passes on as two arguments: the site directory and the one holding the package
 * (the same one, or an editable install's source).  Where it finds none, `site` runs.
 * sys.argv is then ['-c', STATE, this program's argv...]; `-c` puts the working directory
 * first on the module path, where a stray file could shadow any module. */
static const char entry[] =
    "import sys\n"
    "if not getattr(sys.flags, 'safe_path', 0):\n"
    "    del sys.path[0]\n"
    "site_dir, package_dir = sys.argv[2:4]\n"
    "del sys.argv[2:4]\n"
    "if site_dir:\n"
    "    sys.path += [site_dir] if package_dir == site_dir else [site_dir, package_dir]\n"
    "else:\n"
    "    import site\n"
    "    site.main()\n"
    "try:\n"
    "    from syscope.entry import launched\n"
    "except ImportError as e:\n"
    "    sys.exit('syscope: cannot start: %s (interpreter %s)' % (e, sys.executable))\n"
    "sys.exit(launched())\n";

/* dir holds the syscope package. */
static int
holds_package(const char *dir)
{
    char path[PATH_MAX];
    int n = snprintf(path, sizeof(path), "%s/syscope/__init__.py", dir);
    return n > 0 && (size_t)n < sizeof(path) && access(path, F_OK) == 0;
}

static int
is_pth(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 4 && strcmp(e->d_name + n - 4, ".pth") == 0;
}

/* The directory a .pth file of site_dir names that holds the package, into found, as
 * `site` reads them: files in name order, a line a path (relative to site_dir), lines
 * that are blank, comments or `import` statements skipped. */
static int
find_in_pth_files(const char *site_dir, char *found, size_t size)
{
    struct dirent **names;
    int count = scandir(site_dir, &names, is_pth, alphasort), hit = 0;
    char path[PATH_MAX], *line = NULL;
    size_t cap = 0;
    for (int i = 0; i < count; i++) {
        FILE *f = NULL;
        int n = snprintf(path, sizeof(path), "%s/%s", site_dir, names[i]->d_name);
        if (!hit && n > 0 && (size_t)n < sizeof(path))
            f = fopen(path, "r");
        ssize_t len;
        while (f && !hit && (len = getline(&line, &cap, f)) >= 0) {
            while (len > 0 && strchr(" \t\r\n\f\v", line[len - 1]))
                line[--len] = '\0';
            if (len == 0 || line[0] == '#' || strncmp(line, "import ", 7) == 0
                    || strncmp(line, "import\t", 7) == 0)
                continue;
            n = line[0] == '/' ? snprintf(found, size, "%s", line)
                               : snprintf(found, size, "%s/%s", site_dir, line);
            hit = n > 0 && (size_t)n < size && holds_package(found);
        }
        if (f)
            fclose(f);
        free(names[i]);
    }
    free(line);
    if (count >= 0)
        free(names);
    return hit;
}

/* Where this program's own package is: in the site directory of the installation it
 * belongs to, <prefix>/lib/PYTHON_NAME/site-packages beside <prefix>/bin/ (a virtual
 * environment, a user install, a prefix install), or dist-packages (Debian's
 * /usr/local), the directory itself or one its .pth files name. */
static int
find_package(const char *self, char *site_dir, char *package_dir, size_t size)
{
    static const char *const kinds[] = {"site-packages", "dist-packages"};
    char prefix[PATH_MAX];
    snprintf(prefix, sizeof(prefix), "%s", self);
    for (int up = 0; up < 2; up++) {        /* <prefix>/bin/syscope */
        char *slash = strrchr(prefix, '/');
        if (!slash)
            return 0;
        *slash = '\0';
    }
    for (size_t i = 0; i < sizeof(kinds) / sizeof(*kinds); i++) {
        int n = snprintf(site_dir, size, "%s/lib/" PYTHON_NAME "/%s", prefix, kinds[i]);
        if (n <= 0 || (size_t)n >= size)
            continue;
        if (holds_package(site_dir)) {
            snprintf(package_dir, size, "%s", site_dir);
            return 1;
        }
        if (find_in_pth_files(site_dir, package_dir, size))
            return 1;
    }
    return 0;
}

/* PYTHON_NAME in the directory of self (this program's real path), if it is there. */
static const char *
interpreter(const char *self, char *buf, size_t size)
{
    int n = snprintf(buf, size, "%s", self);
    char *slash = strrchr(buf, '/');
    if (n > 0 && (size_t)n < size && slash
            && (size_t)(slash + 1 - buf) + sizeof(PYTHON_NAME) <= size) {
        memcpy(slash + 1, PYTHON_NAME, sizeof(PYTHON_NAME));
        if (access(buf, X_OK) == 0)
            return buf;
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

    char self[PATH_MAX] = "", path[PATH_MAX], site_dir[PATH_MAX] = "", package_dir[PATH_MAX] = "";
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
    self[n > 0 ? n : 0] = '\0';
    const char *python = interpreter(self, path, sizeof(path));
    if (!find_package(self, site_dir, package_dir, sizeof(site_dir)))
        site_dir[0] = package_dir[0] = '\0';
    char **args = malloc((argc + 8) * sizeof(*args));
    if (!args) {
        fputs("syscope: out of memory\n", stderr);
        return 1;
    }
    int k = 0;
    args[k++] = (char *)python;
    args[k++] = "-S";
    args[k++] = "-c";
    args[k++] = (char *)entry;
    args[k++] = state;
    args[k++] = site_dir;
    args[k++] = package_dir;
    for (int i = 0; i < argc; i++)
        args[k++] = argv[i];
    args[k] = NULL;
    execv(python, args);
    fprintf(stderr, "syscope: cannot run the interpreter %s: %s (reinstall syscope)\n",
            python, strerror(errno));
    return 1;
}
