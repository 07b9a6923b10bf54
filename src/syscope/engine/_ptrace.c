/*
 * syscope._ptrace: the thin C layer over ptrace(2), waitpid(2) and
 * process_vm_readv(2).  Every function maps onto one kernel operation;
 * the policy (what to trace, how to print) lives in Python.
 * Blocking calls release the GIL so another thread can format output.
 */
#define _GNU_SOURCE
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/time.h>          /* setitimer: Python 3.13 headers no longer include it */
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/filter.h>
#include <linux/ptrace.h>
#include <linux/seccomp.h>

static PyObject *
errno_error(void)
{
    return PyErr_SetFromErrno(PyExc_OSError);
}

/* ---- launching a tracee ------------------------------------------------ */

static char **
bytes_list_to_argv(PyObject *list)
{
    Py_ssize_t n = PyList_Size(list);
    if (n < 0)
        return NULL;
    char **argv = PyMem_Calloc((size_t)n + 1, sizeof(char *));
    if (!argv)
        return (char **)PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GetItem(list, i);
        if (!PyBytes_Check(item)) {
            PyMem_Free(argv);
            PyErr_SetString(PyExc_TypeError, "argv/envp items must be bytes");
            return NULL;
        }
        argv[i] = PyBytes_AsString(item);
    }
    return argv;
}

/* Runs in the forked child: become what the program would be without us,
 * stop so the tracer can seize us, then exec.  Only async-signal-safe calls. */
/* what the messages of a child that cannot become the program start with
 * (syscope.progname; set_program_name) */
static char program_name[4096] = "syscope";

/* set_program_name(name): the name messages start with */
static PyObject *
py_set_program_name(PyObject *self, PyObject *args)
{
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    snprintf(program_name, sizeof(program_name), "%s", name);
    Py_RETURN_NONE;
}

static void
child_exec(const char *path, char **argv, char **envp, const char *user,
           long uid, long gid, long euid, long egid, int close_fd,
           const char *bpf, Py_ssize_t bpf_len, int stop_self, const int *stdio,
           unsigned long long ignored, const sigset_t *mask)
{
    /* The caller's descriptors as the program's standard streams (-1: inherited). */
    for (int i = 0; stdio && i < 3; i++)
        if (stdio[i] >= 0 && stdio[i] != i && dup2(stdio[i], i) < 0)
            _exit(127);
    /* The interpreter ignores SIGPIPE and SIGXFSZ; a program started
     * without a tracer would have them at their defaults. */
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
    /* Until exec the child has the tracer's handlers: a signal meant for the program
     * (the one passed on when syscope is interrupted, a Ctrl-C to the process group)
     * would run them and be lost.  Caught signals get their defaults now, as exec
     * would give them; ignored ones stay ignored.  (All are blocked since the fork.) */
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL &&
                sa.sa_handler != SIG_IGN) {
            memset(&sa, 0, sizeof(sa));
            sa.sa_handler = SIG_DFL;
            sigaction(sig, &sa, NULL);
        }
    }
    /* Signals the tracer catches but found ignored: ignored for the program too. */
    for (int sig = 1; sig <= 64; sig++)
        if (ignored & (1ULL << (sig - 1)))
            signal(sig, SIG_IGN);
    /* the caller's mask, as the program would inherit it untraced */
    sigprocmask(SIG_SETMASK, mask, NULL);

    if (close_fd >= 0)
        close(close_fd);
    if (stop_self)
        kill(getpid(), SIGSTOP);
    /* The filter goes in while we are still privileged, before any user switch:
     * with CAP_SYS_ADMIN it needs no no_new_privs, which would keep a setuid
     * program from gaining its privileges.  Without that capability the kernel
     * demands no_new_privs; a ptraced exec gains no privileges then anyway. */
    if (bpf) {
        struct sock_fprog prog = {
            .len = (unsigned short)(bpf_len / sizeof(struct sock_filter)),
            .filter = (struct sock_filter *)bpf,
        };
        if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) < 0 && errno == EACCES) {
            prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
            syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
        }
    }
    if (user) {
        if (initgroups(user, (gid_t)gid) < 0 ||
            setregid((gid_t)gid, (gid_t)egid) < 0 ||
            setreuid((uid_t)uid, (uid_t)euid) < 0) {
            static const char msg[] = ": cannot switch user\n";
            (void)!write(2, program_name, strlen(program_name));
            (void)!write(2, msg, sizeof(msg) - 1);
            _exit(1);
        }
    }
    execve(path, argv, envp);
    int err = errno;
    const char *prefix = ": exec: ";
    const char *msg = strerror(err);
    (void)!write(2, program_name, strlen(program_name));
    (void)!write(2, prefix, strlen(prefix));
    (void)!write(2, msg, strlen(msg));
    (void)!write(2, "\n", 1);
    _exit(1);
}

PyDoc_STRVAR(spawn_doc,
"spawn(path, argv, envp, user, uid, gid, euid, egid, close_fd, bpf[, stdio[, ignored]])"
" -> (pid, status)\n"
"Fork a child that stops itself with SIGSTOP and then execs path.\n"
"stdio: descriptors (stdin, stdout, stderr) for the program, -1 to inherit one.\n"
"ignored: a mask of signals (bit sig - 1) the program starts with ignored.\n"
"The program starts with the calling thread's signal mask.\n"
"Returns (pid, wait status) once the child is stopped (not yet traced), or has ended\n"
"before it could stop (a signal to its process group came first).");

static PyObject *
py_spawn(PyObject *self, PyObject *args)
{
    const char *path, *user;
    PyObject *argv_list, *envp_list;
    long uid, gid, euid, egid;
    int close_fd;
    const char *bpf;
    Py_ssize_t bpf_len;
    int stdio[3] = {-1, -1, -1};
    unsigned long long ignored = 0;
    if (!PyArg_ParseTuple(args, "yO!O!zlllliz#|(iii)K", &path, &PyList_Type, &argv_list,
                          &PyList_Type, &envp_list, &user, &uid, &gid, &euid,
                          &egid, &close_fd, &bpf, &bpf_len, &stdio[0], &stdio[1],
                          &stdio[2], &ignored))
        return NULL;
    char **argv = bytes_list_to_argv(argv_list);
    if (!argv)
        return NULL;
    char **envp = bytes_list_to_argv(envp_list);
    if (!envp) {
        PyMem_Free(argv);
        return NULL;
    }
    /* no handler of ours may run in the child before it has reset them */
    sigset_t all, old_mask;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old_mask);
    pid_t pid = fork();
    if (pid == 0)
        child_exec(path, argv, envp, user, uid, gid, euid, egid, close_fd,
                   bpf, bpf_len, 1, stdio, ignored, &old_mask);
    int saved = errno;
    pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    PyMem_Free(argv);
    PyMem_Free(envp);
    if (pid < 0) {
        errno = saved;
        return errno_error();
    }
    int status;
    pid_t r;
    Py_BEGIN_ALLOW_THREADS
    do {
        r = waitpid(pid, &status, WSTOPPED);
    } while (r < 0 && errno == EINTR);
    Py_END_ALLOW_THREADS
    if (r < 0)
        return errno_error();
    return Py_BuildValue("(ii)", pid, status);
}

PyDoc_STRVAR(exec_self_doc,
"exec_self(path, argv, envp, bpf[, ignored]) -> never returns on success\n"
"Exec in this process (used by -D, where the tracer is a grandchild).\n"
"ignored: as spawn's.");

static PyObject *
py_exec_self(PyObject *self, PyObject *args)
{
    const char *path, *bpf;
    Py_ssize_t bpf_len;
    PyObject *argv_list, *envp_list;
    unsigned long long ignored = 0;
    if (!PyArg_ParseTuple(args, "yO!O!z#|K", &path, &PyList_Type, &argv_list,
                          &PyList_Type, &envp_list, &bpf, &bpf_len, &ignored))
        return NULL;
    char **argv = bytes_list_to_argv(argv_list);
    char **envp = argv ? bytes_list_to_argv(envp_list) : NULL;
    if (!envp)
        return NULL;
    sigset_t mask;
    pthread_sigmask(SIG_SETMASK, NULL, &mask);
    child_exec(path, argv, envp, NULL, 0, 0, 0, 0, -1, bpf, bpf_len, 0, NULL, ignored, &mask);
    return NULL; /* not reached */
}

/* ---- ptrace requests ---------------------------------------------------- */

static PyObject *
ptrace_request(long request, pid_t pid, unsigned long addr, unsigned long data)
{
    if (ptrace(request, pid, (void *)addr, (void *)data) < 0)
        return errno_error();
    Py_RETURN_NONE;
}

static PyObject *
py_seize(PyObject *self, PyObject *args)
{
    int pid;
    unsigned long options;
    if (!PyArg_ParseTuple(args, "ik", &pid, &options))
        return NULL;
    return ptrace_request(PTRACE_SEIZE, pid, 0, options);
}

/* restart(request, pid, sig): PTRACE_SYSCALL, PTRACE_CONT, PTRACE_LISTEN,
 * PTRACE_DETACH, PTRACE_INTERRUPT.  Returns False if the tracee is gone. */
static PyObject *
py_restart(PyObject *self, PyObject *args)
{
    long request;
    int pid, sig;
    if (!PyArg_ParseTuple(args, "lii", &request, &pid, &sig))
        return NULL;
    if (ptrace(request, pid, 0, (void *)(long)sig) < 0) {
        if (errno == ESRCH)
            Py_RETURN_FALSE;
        return errno_error();
    }
    Py_RETURN_TRUE;
}

static PyObject *
py_geteventmsg(PyObject *self, PyObject *args)
{
    int pid;
    unsigned long msg = 0;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    if (ptrace(PTRACE_GETEVENTMSG, pid, 0, &msg) < 0)
        return errno_error();
    return PyLong_FromUnsignedLong(msg);
}

/* getsiginfo(pid) -> bytes of siginfo_t, or None when the tracee is in a
 * group-stop (the kernel answers EINVAL then). */
static PyObject *
py_getsiginfo(PyObject *self, PyObject *args)
{
    int pid;
    siginfo_t si;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    if (ptrace(PTRACE_GETSIGINFO, pid, 0, &si) < 0)
        Py_RETURN_NONE;
    return PyBytes_FromStringAndSize((const char *)&si, sizeof(si));
}

/* syscall_info(pid) -> (op, nr, (a0..a5), rval, is_error, sp) or None.
 * op: 1 entry, 2 exit, 3 seccomp. */
static PyObject *
py_syscall_info(PyObject *self, PyObject *args)
{
    int pid;
    struct ptrace_syscall_info info;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    memset(&info, 0, sizeof(info));
    if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) < 0)
        Py_RETURN_NONE;
    switch (info.op) {
    case PTRACE_SYSCALL_INFO_ENTRY:
    case PTRACE_SYSCALL_INFO_SECCOMP:
        return Py_BuildValue("(iK(KKKKKK)LiK)", info.op,
                             (unsigned long long)info.entry.nr,
                             (unsigned long long)info.entry.args[0],
                             (unsigned long long)info.entry.args[1],
                             (unsigned long long)info.entry.args[2],
                             (unsigned long long)info.entry.args[3],
                             (unsigned long long)info.entry.args[4],
                             (unsigned long long)info.entry.args[5],
                             0LL, 0, (unsigned long long)info.stack_pointer);
    case PTRACE_SYSCALL_INFO_EXIT:
        return Py_BuildValue("(iKOLiK)", info.op, 0ULL, Py_None,
                             (long long)info.exit.rval, (int)info.exit.is_error,
                             (unsigned long long)info.stack_pointer);
    default:
        return Py_BuildValue("(iKOLiK)", info.op, 0ULL, Py_None, 0LL, 0,
                             (unsigned long long)info.stack_pointer);
    }
}

/* instruction_pointer(pid) -> the stopped tracee's instruction pointer, or None (-i) */
static PyObject *
py_instruction_pointer(PyObject *self, PyObject *args)
{
    int pid;
    struct ptrace_syscall_info info;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    memset(&info, 0, sizeof(info));
    if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) <= 0)
        Py_RETURN_NONE;
    return PyLong_FromUnsignedLongLong((unsigned long long)info.instruction_pointer);
}

/* ---- waiting ------------------------------------------------------------ */

/* A tracee resumed from a stop usually stops again within microseconds (the syscall's
 * exit, the next syscall's entry).  A tracer blocked in wait4 meanwhile lets its CPU go
 * idle, and on a virtual machine waking an idle CPU costs more than the stop itself: the
 * tracer polls for the next stop for a few microseconds before it blocks.  Only with a
 * second CPU for the tracee to run on; a poll that keeps finding nothing (tracees blocked
 * in their syscalls) is tried again only now and then.  SYSCOPE_SPIN_US sets the window
 * (0: never poll). */
#define SPIN_US_DEFAULT 30
#define SPIN_MISSES_TO_BACK_OFF 8
#define SPIN_PROBE_EVERY 8

static long spin_ns = -1;
static unsigned spin_misses, spin_skipped;

static long
spin_window_ns(void)
{
    if (spin_ns < 0) {
        const char *e = getenv("SYSCOPE_SPIN_US");
        cpu_set_t cpus;
        if (e && *e) {
            char *end;
            long us = strtol(e, &end, 10);
            spin_ns = (*end || us < 0) ? 0 : us * 1000;
        } else if (sched_getaffinity(0, sizeof(cpus), &cpus) == 0 && CPU_COUNT(&cpus) >= 2) {
            spin_ns = SPIN_US_DEFAULT * 1000L;
        } else {
            spin_ns = 0;
        }
    }
    return spin_ns;
}

static long
elapsed_ns(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) * 1000000000L + (now.tv_nsec - since->tv_nsec);
}

/* A process resumed from its PTRACE_EVENT_EXIT stop is gone within microseconds, but
 * what its exit does to others (a SIGHUP to an orphaned process group, a parent's
 * SIGCHLD) can stop them first, and wait4(-1) reports the newest tracee first: the exit
 * status of a process with one thread is waited for on its own, so that "+++ exited"
 * comes before what the exit caused, as it happened.  (One of several threads is not
 * reported until the others are gone, maybe not before they are served: no wait.)  The
 * wait is bounded: an exit can block (a file system's flush on close). */
#define EXIT_WAIT_NS 20000000L
static pid_t exiting_pid;

/* the number of threads of pid's thread group, from /proc/PID/stat (0: unknown) */
static long
thread_count(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = 0;
    char *p = strrchr(buf, ')');     /* the command name may hold anything but this */
    if (!p)
        return 0;
    /* after ") ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
     * cmajflt utime stime cutime cstime priority nice num_threads */
    for (int field = 0; field < 18 && p; field++)
        p = strchr(p + 1, ' ');
    return p ? strtol(p + 1, NULL, 10) : 0;
}

static void
expect_exit(pid_t pid)
{
    exiting_pid = thread_count(pid) == 1 ? pid : 0;
}

/* wait4(who, status, __WALL | WNOHANG, ru) until it reports something or window_ns
 * has passed (or stop_polling became set): what wait4 returned, 0 for nothing */
static pid_t
poll_wait4(pid_t who, long window_ns, volatile sig_atomic_t *stop_polling, int *status,
           struct rusage *ru)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    do {
        pid_t pid = wait4(who, status, __WALL | WNOHANG, ru);
        if (pid != 0)
            return pid;
        sched_yield();      /* a tracee queued on this CPU runs now, not after the poll */
    } while (!(stop_polling && *stop_polling) && elapsed_ns(&t0) < window_ns);
    return 0;
}

/* the next stop: the exit status of a process just resumed from its exit stop, else
 * any tracee's stop within the spin window; 0 when none came in time */
static pid_t
poll_stop(int *status, struct rusage *ru, volatile sig_atomic_t *stop_polling)
{
    if (exiting_pid) {
        pid_t pid = poll_wait4(exiting_pid, EXIT_WAIT_NS, NULL, status, ru);
        exiting_pid = 0;
        if (pid > 0)
            return pid;
    }
    long window = spin_window_ns();
    if (window <= 0)
        return 0;
    if (spin_misses >= SPIN_MISSES_TO_BACK_OFF && ++spin_skipped % SPIN_PROBE_EVERY)
        return 0;
    pid_t pid = poll_wait4(-1, window, stop_polling, status, ru);
    if (pid > 0)
        spin_misses = 0;
    else if (pid == 0)
        spin_misses++;
    return pid;
}

/* expect_exit(pid): pid was resumed from its PTRACE_EVENT_EXIT stop */
static PyObject *
py_expect_exit(PyObject *self, PyObject *args)
{
    int pid;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    expect_exit(pid);
    Py_RETURN_NONE;
}

/* spin_window() -> the poll window in nanoseconds (0: the tracer blocks at once) */
static PyObject *
py_spin_window(PyObject *self, PyObject *args)
{
    return PyLong_FromLong(spin_window_ns());
}

/* wait_or_idle(timeout_ms) -> (pid, status, stime) for the next stop, or (0, 0, 0.0)
 * when no tracee stops within timeout_ms (the caller flushes its output then and waits
 * again), or None when a signal interrupted the wait.  SIGCHLD must be blocked: it is
 * what tells us a stop is ready, without a blocking waitpid that could not time out. */
static PyObject *
py_wait_or_idle(PyObject *self, PyObject *args)
{
    int timeout_ms;
    if (!PyArg_ParseTuple(args, "i", &timeout_ms))
        return NULL;
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    struct timespec ts = { timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L };
    int status = 0, err = 0;
    pid_t pid;
    struct rusage ru;
    memset(&ru, 0, sizeof(ru));
    Py_BEGIN_ALLOW_THREADS
    pid = poll_stop(&status, &ru, NULL);
    while (pid == 0) {
        pid = wait4(-1, &status, __WALL | WNOHANG, &ru);
        if (pid != 0)
            break;
        if (sigtimedwait(&chld, NULL, &ts) < 0) {
            if (errno == EAGAIN) {      /* nothing stopped in time */
                pid = 0;
                break;
            }
            if (errno == EINTR) {
                err = EINTR;
                break;
            }
        }
    }
    if (pid < 0)
        err = errno;
    Py_END_ALLOW_THREADS
    if (err == EINTR) {
        if (PyErr_CheckSignals() < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    if (pid < 0) {
        errno = err;
        return errno_error();
    }
    return Py_BuildValue("(iid)", pid, status,
                         ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
}

/* ---- the batched stop loop ------------------------------------------------
 *
 * run_batch_raw() waits for stops and handles, without Python, every syscall stop whose
 * decoding needs nothing but registers and a few captured memory regions (a "plan",
 * set per syscall number by set_plan).  For those it copies what the plan says while
 * the tracee is stopped, appends a record and resumes the tracee at once; decoding
 * and formatting happen later, in Python, from the copy.  Any other stop (signals,
 * fork/exec/exit events, syscalls without a plan) ends the batch: it is returned to
 * Python, which handles it with the tracee still stopped.
 */

static Py_ssize_t read_memory(pid_t pid, unsigned long addr, char *buf, Py_ssize_t len);

#define MAX_NR 512
#define MAX_CAPS 4
enum { CAP_NONE, CAP_CSTR, CAP_BUF_ARG, CAP_FIXED, CAP_BUF_RET, CAP_RET_ALL };

struct cap { unsigned char kind, arg, len_arg; unsigned int limit; };
struct plan { unsigned char fast; struct cap entry[MAX_CAPS], exit[MAX_CAPS]; };
static struct plan plans[MAX_NR];
static unsigned char known[MAX_NR];   /* planned by Python; the others come back to it */

/* per thread: the syscall in flight, so that an exit stop finds its plan */
#define PIDTAB 4096
struct tslot {
    pid_t pid;
    long nr;                     /* in flight, -1 when none */
    unsigned long long args[6];
    double entry_mono;
    const struct prog *prog;     /* the program that printed its entry, or NULL */
    int printed;                 /* its entry was rendered here */
    int counted;                 /* -c: it is counted here when it returns */
    double entry_stime;
    int quiet;                   /* print nothing of this thread (before the first execve) */
    int py_pending;              /* an entry went to Python and its exit has not come */
    int at_entry;                /* stopped at a syscall-entry-stop, its exit not come yet */
    int seccomp;                 /* runs under the seccomp filter: PTRACE_CONT after exits */
    long last_nr;                /* the last syscall that returned */
};
static struct tslot inflight[PIDTAB];

static struct tslot *inflight_slot(pid_t pid, int create)
{
    unsigned h = (unsigned)pid * 2654435761u % PIDTAB;
    for (unsigned i = 0; i < PIDTAB; i++) {
        unsigned j = (h + i) % PIDTAB;
        if (inflight[j].pid == pid)
            return &inflight[j];
        if (inflight[j].pid == 0) {
            if (!create)
                return NULL;
            memset(&inflight[j], 0, sizeof(inflight[j]));
            inflight[j].pid = pid;
            inflight[j].nr = -1;
            inflight[j].last_nr = -1;
            return &inflight[j];
        }
    }
    return NULL;
}

#include "_render.c"

/* rendering on: syscalls with a program print here, the others return to Python
 * one record at a time, so that every line goes out in order */
static int render_on;

/* -c: calls, errors and times per syscall, counted here for the programs of mode 3 */
static int count_on, count_wallclock;
static double count_overhead;
static struct { unsigned long calls, errors; double total, min, max; } counts[MAX_NR];

/* set_counting(flag, wallclock, overhead): count from now on, from zero */
static PyObject *
py_set_counting(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "ppd", &count_on, &count_wallclock, &count_overhead))
        return NULL;
    memset(counts, 0, sizeof(counts));
    Py_RETURN_NONE;
}

/* take_counts() -> ((nr, calls, errors, total, min, max), ...) */
static PyObject *
py_take_counts(PyObject *self, PyObject *noargs)
{
    PyObject *out = PyList_New(0);
    for (int nr = 0; out && nr < MAX_NR; nr++) {
        if (!counts[nr].calls)
            continue;
        PyObject *row = Py_BuildValue("(ikkddd)", nr, counts[nr].calls, counts[nr].errors,
                                      counts[nr].total, counts[nr].min, counts[nr].max);
        if (!row || PyList_Append(out, row) < 0) {
            Py_XDECREF(row);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(row);
    }
    memset(counts, 0, sizeof(counts));
    return out;
}

static void
count_call(long nr, int failed, double seconds)
{
    seconds -= count_overhead;
    if (seconds < 0)
        seconds = 0;
    if (!counts[nr].calls || seconds < counts[nr].min)
        counts[nr].min = seconds;
    if (seconds > counts[nr].max)
        counts[nr].max = seconds;
    counts[nr].calls++;
    counts[nr].errors += failed != 0;
    counts[nr].total += seconds;
}

static PyObject *
py_set_rendering(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "p", &render_on))
        return NULL;
    Py_RETURN_NONE;
}

/* set_quiet(pid, flag): print nothing of pid (the launched program before its execve) */
static PyObject *
py_set_quiet(PyObject *self, PyObject *args)
{
    int pid, flag;
    if (!PyArg_ParseTuple(args, "ip", &pid, &flag))
        return NULL;
    struct tslot *t = inflight_slot(pid, 1);
    if (t)
        t->quiet = flag;
    Py_RETURN_NONE;
}

/* take_inflight(pid) -> nr of a call whose entry was printed here and that has not
 * returned (the caller prints its end), or -1 */
static PyObject *
py_take_inflight(PyObject *self, PyObject *args)
{
    int pid;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    struct tslot *t = inflight_slot(pid, 0);
    long nr = -1;
    if (t && t->nr >= 0 && t->printed) {
        nr = t->nr;
        t->nr = -1;
        t->printed = 0;
    }
    return PyLong_FromLong(nr);
}

/* take_handoff(pid) -> (nr, args, entry_mono) of a call whose entry was printed here
 * and whose exit the loop handed to Python, or None */
static PyObject *
py_take_handoff(PyObject *self, PyObject *args)
{
    int pid;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    struct tslot *t = inflight_slot(pid, 0);
    if (!t || t->nr < 0 || !t->printed)
        Py_RETURN_NONE;
    long nr = t->nr;
    t->nr = -1;
    t->printed = 0;
    t->prog = NULL;
    t->last_nr = nr;
    const unsigned long long *a = t->args;
    return Py_BuildValue("(l(KKKKKK)d)", nr, a[0], a[1], a[2], a[3], a[4], a[5],
                         t->entry_mono);
}

/* last_nr(pid[, nr]) -> the last syscall that returned (restart_syscall names it) */
static PyObject *
py_last_nr(PyObject *self, PyObject *args)
{
    int pid;
    long nr = -2;
    if (!PyArg_ParseTuple(args, "i|l", &pid, &nr))
        return NULL;
    struct tslot *t = inflight_slot(pid, nr != -2);
    if (!t)
        return PyLong_FromLong(-1);
    if (nr != -2)
        t->last_nr = nr;
    return PyLong_FromLong(t->last_nr);
}

/* set_plan(nr, fast, entry_caps, exit_caps); caps: ((kind, arg, len_arg, limit), ...) */
static PyObject *
py_set_plan(PyObject *self, PyObject *args)
{
    int nr, fast;
    PyObject *entry, *exitc;
    if (!PyArg_ParseTuple(args, "ipO!O!", &nr, &fast, &PyTuple_Type, &entry,
                          &PyTuple_Type, &exitc))
        return NULL;
    if (nr < 0 || nr >= MAX_NR)
        Py_RETURN_NONE;
    struct plan *p = &plans[nr];
    memset(p, 0, sizeof(*p));
    p->fast = (unsigned char)fast;
    known[nr] = 1;
    PyObject *lists[2] = { entry, exitc };
    struct cap *dst[2] = { p->entry, p->exit };
    for (int w = 0; w < 2; w++) {
        Py_ssize_t n = PyTuple_Size(lists[w]);
        for (Py_ssize_t i = 0; i < n && i < MAX_CAPS; i++) {
            int kind, arg, len_arg;
            unsigned int limit;
            if (!PyArg_ParseTuple(PyTuple_GetItem(lists[w], i), "iiiI", &kind, &arg,
                                  &len_arg, &limit))
                return NULL;
            dst[w][i].kind = kind;
            dst[w][i].arg = arg;
            dst[w][i].len_arg = len_arg;
            dst[w][i].limit = limit;
        }
    }
    Py_RETURN_NONE;
}

static volatile sig_atomic_t batch_timer_fired;

static void
on_batch_timer(int sig)
{
    (void)sig;
    batch_timer_fired = 1;
}

static void
arm_batch_timer(int ms)
{
    static int installed;
    if (!installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_batch_timer;   /* no SA_RESTART: it must interrupt wait4 */
        sigaction(SIGALRM, &sa, NULL);
        installed = 1;
    }
    batch_timer_fired = 0;
    struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void
disarm_batch_timer(void)
{
    struct itimerval it = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &it, NULL);
}

/* run_batch_raw(buffer, max_records, idle_ms) -> (pid, status, stime, nbytes)
 * Record layout (little endian, 8-byte aligned):
 *   i32 pid, i32 op, i64 nr, u64 a[6] (entry) | i64 rval, i64 is_error, u64 0[4] (exit),
 *   f64 mono, f64 real, f64 stime, u32 ncaps, u32 0, then per capture:
 *   u8 kind, u8 terminated, u16 0, u32 len, u64 addr, bytes[len] padded to 8.
 * The Python side decodes one buffer on another thread while this fills the next. */

#define REC_HEAD 104
#define CAP_HEAD 16
#define ALIGN8(n) (((n) + 7) & ~(size_t)7)

/* copy one string or buffer capture into out; returns bytes used, 0 if no room */
static size_t
raw_capture(pid_t pid, const struct cap *c, unsigned long long addr, size_t want,
            unsigned char *out, size_t room)
{
    if (room < CAP_HEAD + ALIGN8(want + 1))
        return 0;
    unsigned char *data = out + CAP_HEAD;
    size_t have = 0;
    int terminated = 0;
    if (c->kind == CAP_CSTR) {
        long n = read_cstr_into(pid, addr, data, want, &terminated);
        if (n < 0)
            return CAP_HEAD;            /* unreadable: kind 0 tells Python so */
        have = (size_t)n;
    } else {
        Py_ssize_t n = want ? read_memory(pid, addr, (char *)data, (Py_ssize_t)want) : 0;
        have = n > 0 ? (size_t)n : 0;
        if (have == 0 && want)
            return CAP_HEAD;
    }
    out[0] = c->kind == CAP_CSTR ? CAP_CSTR : CAP_FIXED;
    out[1] = (unsigned char)terminated;
    *(uint32_t *)(out + 4) = (uint32_t)have;
    *(uint64_t *)(out + 8) = addr;
    return CAP_HEAD + ALIGN8(have);
}

static size_t
raw_captures(pid_t pid, const struct cap *caps, const unsigned long long *argv,
             long long rval, unsigned char *out, size_t room, uint32_t *ncaps, int *full)
{
    size_t used = 0;
    for (int i = 0; i < MAX_CAPS && caps[i].kind; i++) {
        const struct cap *c = &caps[i];
        unsigned long long addr = argv[c->arg];
        if (!addr)
            continue;
        size_t want = c->limit;
        if (c->kind == CAP_BUF_ARG && argv[c->len_arg] < want)
            want = (size_t)argv[c->len_arg];
        if (c->kind == CAP_BUF_RET)
            want = rval < 0 ? 0 : ((unsigned long long)rval < want ? (size_t)rval : want);
        if (c->kind == CAP_RET_ALL) {   /* all of it or nothing: the slow path reads the rest */
            if (rval < 0 || (unsigned long long)rval > want) {
                *full = 1;
                return used;
            }
            want = (size_t)rval;
        }
        memset(out + used, 0, CAP_HEAD);
        size_t n = raw_capture(pid, c, addr, want, out + used, room - used);
        if (n == 0) {
            *full = 1;
            return used;
        }
        if (out[used] == 0)         /* nothing readable: skip, the decoder prints the address */
            continue;
        used += n;
        (*ncaps)++;
    }
    return used;
}

/* Serve one syscall stop of pid: print it (a compiled program), or copy what its
 * decoder needs into a record at buf + *used, and resume the tracee.
 * SERVED: printed or skipped; RECORDED: a record was added; PYTHON: not served (the
 * tracee is still stopped): no plan, a syscall not seen yet, no room, not a syscall. */
enum { SERVED, RECORDED, PYTHON };

/* seccomp_on: the tracees run under a seccomp filter (-f with a syscall filter): a
 * filter stop is a syscall's entry, and a thread that has made one is resumed with
 * PTRACE_CONT after each exit, so that it stops only at the filter's syscalls */
static int seccomp_on;

static int
serve_stop(pid_t pid, double stime, unsigned char *buf, size_t size, size_t *used)
{
    struct ptrace_syscall_info info;
    memset(&info, 0, sizeof(info));
    if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) <= 0)
        return PYTHON;
    long nr = -1;
    struct tslot *slot = NULL;
    int op = info.op;
    if (op == PTRACE_SYSCALL_INFO_SECCOMP) {
        struct tslot *t = inflight_slot(pid, 1);
        if (!seccomp_on || !t)
            return PYTHON;
        t->seccomp = 1;
        if (t->at_entry) {      /* its entry-stop came first: whoever took it has it */
            if (t->py_pending || t->nr < 0)
                return PYTHON;
            ptrace(PTRACE_SYSCALL, pid, 0, 0);
            return SERVED;
        }
        op = PTRACE_SYSCALL_INFO_ENTRY;   /* info.seccomp's nr and args are info.entry's */
    } else if (op == PTRACE_SYSCALL_INFO_ENTRY) {
        struct tslot *t = inflight_slot(pid, 1);
        if (t)
            t->at_entry = 1;
    }
    if (op == PTRACE_SYSCALL_INFO_ENTRY)
        nr = (long)info.entry.nr;
    else if (op == PTRACE_SYSCALL_INFO_EXIT) {
        slot = inflight_slot(pid, 0);
        nr = slot ? slot->nr : -1;
        if (slot)
            slot->at_entry = 0;
    }
    if (op == PTRACE_SYSCALL_INFO_ENTRY) {
        /* until its exit, assume Python has this call in flight; the programs below
         * say otherwise */
        struct tslot *t = inflight_slot(pid, 1);
        if (t)
            t->py_pending = 1;
    } else if (slot)
        slot->py_pending = 0;
    if (nr < 0 || nr >= MAX_NR || !known[nr] ||
        (op != PTRACE_SYSCALL_INFO_ENTRY && op != PTRACE_SYSCALL_INFO_EXIT)) {
        if (op == PTRACE_SYSCALL_INFO_EXIT && slot)
            slot->nr = -1;
        return PYTHON;
    }
    /* after an exit, a thread under the filter runs on to its next filter stop */
    int resume = op == PTRACE_SYSCALL_INFO_EXIT && slot->seccomp ? PTRACE_CONT : PTRACE_SYSCALL;
    struct timespec mono, real;
    clock_gettime(CLOCK_MONOTONIC, &mono);
    clock_gettime(CLOCK_REALTIME, &real);
    double now = mono.tv_sec + mono.tv_nsec / 1e9;
    const struct prog *pg = NULL;
    if (render_on)
        pg = op == PTRACE_SYSCALL_INFO_ENTRY
            ? pick_prog(nr, (const unsigned long long *)info.entry.args) : slot->prog;
    if (pg) {
        /* printed here, while the tracee is stopped (its memory is what it was) */
        if (op == PTRACE_SYSCALL_INFO_ENTRY) {
            struct tslot *t = inflight_slot(pid, 1);
            if (!t || (t->quiet && pg->wakes))
                return PYTHON;
            t->nr = nr;
            t->py_pending = 0;
            t->prog = pg;
            memcpy(t->args, info.entry.args, sizeof(t->args));
            t->entry_mono = now;
            t->entry_stime = stime;
            t->printed = pg->mode == 1 && !t->quiet;
            t->counted = count_on && pg->mode != 2 && !t->quiet;
            if (t->printed)
                render_entry(pg, pid, t->args, info.stack_pointer, &real);
        } else {
            if (slot->printed && pg->handoff) {
                struct rcall rc = { pid, slot->args,
                                    info.exit.is_error ? -1 : info.exit.rval,
                                    info.exit.is_error ? (int)-info.exit.rval : 0, 1 };
                if (exit_needs_python(pg, &rc))
                    return PYTHON;     /* the slot stays: Python takes it (take_handoff) */
            }
            slot->nr = -1;
            slot->prog = NULL;
            slot->last_nr = nr;
            if (slot->counted)
                count_call(nr, info.exit.is_error,
                           count_wallclock ? now - slot->entry_mono : stime - slot->entry_stime);
            slot->counted = 0;
            if (slot->printed)
                render_exit(pg, pid, slot->args, info.exit.rval, info.exit.is_error, &real,
                            now - slot->entry_mono);
            slot->printed = 0;
        }
        ptrace(resume, pid, 0, 0);
        if (os_.out.len >= (1 << 16))
            out_flush();
        return SERVED;
    }
    if (!plans[nr].fast) {
        if (op == PTRACE_SYSCALL_INFO_EXIT && slot)
            slot->nr = -1;
        return PYTHON;
    }
    if (size - *used < REC_HEAD + 8192)
        return PYTHON;          /* no room: Python handles this stop (the slow way) */
    unsigned char *rec = buf + *used;
    memset(rec, 0, REC_HEAD);
    *(int32_t *)rec = pid;
    *(int32_t *)(rec + 4) = op;
    *(int64_t *)(rec + 8) = nr;
    uint32_t ncaps = 0;
    int full = 0;
    size_t caps_len;
    if (op == PTRACE_SYSCALL_INFO_ENTRY) {
        const unsigned long long *a = (const unsigned long long *)info.entry.args;
        struct tslot *s2 = inflight_slot(pid, 1);
        if (s2) {
            s2->nr = nr;
            s2->prog = NULL;
            s2->printed = 0;
            memcpy(s2->args, a, sizeof(s2->args));
        }
        memcpy(rec + 16, a, 48);
        caps_len = raw_captures(pid, plans[nr].entry, a, 0, rec + REC_HEAD,
                                size - *used - REC_HEAD, &ncaps, &full);
    } else {
        slot->nr = -1;
        *(int64_t *)(rec + 16) = info.exit.rval;
        *(int64_t *)(rec + 24) = info.exit.is_error;
        caps_len = info.exit.is_error ? 0 :
            raw_captures(pid, plans[nr].exit, slot->args, info.exit.rval, rec + REC_HEAD,
                         size - *used - REC_HEAD, &ncaps, &full);
    }
    if (full) {                 /* undo: this stop goes the slow way */
        if (op == PTRACE_SYSCALL_INFO_ENTRY) {
            struct tslot *s3 = inflight_slot(pid, 0);
            if (s3)
                s3->nr = -1;
        } else if (slot)
            slot->nr = nr;
        return PYTHON;
    }
    *(double *)(rec + 64) = now;
    *(double *)(rec + 72) = real.tv_sec + real.tv_nsec / 1e9;
    *(double *)(rec + 80) = stime;
    *(uint32_t *)(rec + 88) = ncaps;
    *used += REC_HEAD + caps_len;
    ptrace(resume, pid, 0, 0);
    return RECORDED;
}

/* events on: the C loop handles the process life-cycle events that need no Python */
static int events_on;
/* exits reaped here: the launched program's is always Python's; print_exits: the
 * "+++ exited with N +++" line (not under -qq) */
static pid_t events_child;
static int print_exits;
#define MAX_REAPED 256
static struct { pid_t pid; int code; } reaped[MAX_REAPED];
static int nreaped;
/* children whose parent's fork event the loop served: Python adds them to its table
 * at once, so that it never takes the trace for over while they live */
#define MAX_BORN 256
static pid_t born[MAX_BORN];
static int nborn;

/* set_events(flag[, launched_pid, print_exits]) */
static PyObject *
py_set_events(PyObject *self, PyObject *args)
{
    int child = 0;
    print_exits = 0;
    if (!PyArg_ParseTuple(args, "p|ip", &events_on, &child, &print_exits))
        return NULL;
    events_child = child;
    Py_RETURN_NONE;
}

/* take_reaped() -> ((pid, code), ...): tracees whose exit the loop printed, for Python
 * to drop from its table before it handles anything else */
static PyObject *
py_take_reaped(PyObject *self, PyObject *noargs)
{
    PyObject *out = PyTuple_New(nreaped);
    for (int i = 0; out && i < nreaped; i++) {
        PyObject *item = Py_BuildValue("(ii)", (int)reaped[i].pid, reaped[i].code);
        if (!item) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(out, i, item);
    }
    nreaped = 0;
    return out;
}

/* take_born() -> (pid, ...): tracees whose parent's fork event the loop served */
static PyObject *
py_take_born(PyObject *self, PyObject *noargs)
{
    PyObject *out = PyTuple_New(nborn);
    for (int i = 0; out && i < nborn; i++) {
        PyObject *item = PyLong_FromLong(born[i]);
        if (!item) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(out, i, item);
    }
    nborn = 0;
    return out;
}

/* A tracee exited normally: its "+++ exited with N +++" line here, its table entry
 * dropped by Python later (take_reaped), when the loop knows the whole story: a thread
 * it has seen, with no call in flight in Python and no line open, not the launched
 * program, and no "[pid N]" prefix whose form depends on how many tracees are left. */
static int
serve_exit(pid_t pid, int status)
{
    if (!WIFEXITED(status) || pid == events_child || nreaped >= MAX_REAPED ||
        os_.pid_prefix == 1 || (os_.owner == pid && os_.col))
        return 0;
    struct tslot *t = inflight_slot(pid, 0);
    if (!t || t->py_pending || t->quiet || (t->nr >= 0 && t->printed))
        return 0;
    if (print_exits) {
        struct timespec real;
        clock_gettime(CLOCK_REALTIME, &real);
        out_leader(pid, &real);
        char line[64];
        int n = snprintf(line, sizeof(line), "+++ exited with %d +++\n", WEXITSTATUS(status));
        out_text(line, (size_t)n);
        os_.col = 0;
        os_.owner = 0;
    }
    t->nr = -1;
    t->prog = NULL;
    t->printed = t->counted = t->quiet = t->py_pending = t->at_entry = t->seccomp = 0;
    t->last_nr = -1;
    reaped[nreaped].pid = pid;
    reaped[nreaped].code = WEXITSTATUS(status);
    nreaped++;
    if (os_.out.len >= (1 << 16))
        out_flush();
    return 1;
}

/* A ptrace event stop, served without Python when nothing but the loop's own state is
 * involved: a fork, vfork or clone (the parent goes on; the child is met at its first
 * stop), and the exit of a thread that has no call in flight in Python (a call whose
 * entry was printed here ends "= ?").  1: served; 0: Python's. */
static int
serve_event(pid_t pid, int status)
{
    int event = status >> 16;
    if ((status & 0xff) != 0x7f || (status >> 8 & 0xff) != SIGTRAP)
        return 0;
    if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK ||
        event == PTRACE_EVENT_CLONE) {
        unsigned long child = 0;
        if (nborn >= MAX_BORN || ptrace(PTRACE_GETEVENTMSG, pid, 0, &child) < 0)
            return 0;
        born[nborn++] = (pid_t)child;
        ptrace(PTRACE_SYSCALL, pid, 0, 0);
        return 1;
    }
    if (event != PTRACE_EVENT_EXIT)
        return 0;
    struct tslot *t = inflight_slot(pid, 0);
    if (t && t->py_pending)
        return 0;
    if (t && t->nr >= 0 && t->prog) {
        if (t->printed) {
            struct timespec real;
            clock_gettime(CLOCK_REALTIME, &real);
            render_gone(t->prog, t->prog != &progs[t->nr] || t->prog->nexit > 0, pid, &real);
        }
        t->nr = -1;
        t->prog = NULL;
        t->printed = t->counted = 0;
    }
    if (ptrace(PTRACE_SYSCALL, pid, 0, 0) == 0)
        expect_exit(pid);
    if (os_.out.len >= (1 << 16))
        out_flush();
    return 1;
}

static PyObject *
py_run_batch_raw(PyObject *self, PyObject *args)
{
    Py_buffer view;
    int max_records, idle_ms;
    if (!PyArg_ParseTuple(args, "w*ii", &view, &max_records, &idle_ms))
        return NULL;
    unsigned char *buf = view.buf;
    size_t size = (size_t)view.len, used = 0;
    int count = 0, err = 0, status = 0;
    pid_t pid = 0;
    double stime = 0;
    arm_batch_timer(idle_ms);
    Py_BEGIN_ALLOW_THREADS
    for (;;) {
        struct rusage ru;
        status = 0;
        pid = poll_stop(&status, &ru, &batch_timer_fired);
        if (pid == 0 && batch_timer_fired) {
            pid = -1;
            errno = EINTR;
        } else if (pid == 0) {
            pid = wait4(-1, &status, __WALL, &ru);
        }
        if (pid < 0) {
            err = errno;
            if (err == EINTR && batch_timer_fired) {
                pid = 0;
                err = 0;
            }
            break;
        }
        stime = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
        int filter_stop = seccomp_on && (status >> 8) == (SIGTRAP | PTRACE_EVENT_SECCOMP << 8);
        if (!filter_stop &&
            ((status & 0xffff) != ((0x80 | SIGTRAP) << 8 | 0x7f) || (status >> 16))) {
            if (!(events_on && ((status >> 16) ? serve_event(pid, status)
                                               : serve_exit(pid, status))))
                break;
            pid = -1;
            if (batch_timer_fired) {
                pid = 0;
                break;
            }
            continue;
        }
        int r = serve_stop(pid, stime, buf, size, &used);
        if (r == PYTHON)
            break;
        pid = -1;
        if (r == RECORDED && render_on)   /* Python prints it now, in order with the rest */
            break;
        if (r == RECORDED && ++count >= max_records)
            break;
        if (batch_timer_fired) {
            pid = 0;
            break;
        }
    }
    Py_END_ALLOW_THREADS
    disarm_batch_timer();
    PyBuffer_Release(&view);
    if (err == EINTR) {
        if (PyErr_CheckSignals() < 0)
            return NULL;
        return Py_BuildValue("(iidn)", -2, 0, 0.0, (Py_ssize_t)used);
    }
    if (err) {
        errno = err;
        return errno_error();
    }
    return Py_BuildValue("(iidn)", pid, status, stime, (Py_ssize_t)used);
}

/* serve(pid, buffer, stime) -> (code, nbytes): serve_stop for a stop Python was handed,
 * once Python has planned its syscall (0 served, 1 recorded, 2 still Python's) */
static PyObject *
py_serve(PyObject *self, PyObject *args)
{
    Py_buffer view;
    int pid;
    double stime;
    if (!PyArg_ParseTuple(args, "iw*d", &pid, &view, &stime))
        return NULL;
    size_t used = 0;
    int r = serve_stop(pid, stime, view.buf, (size_t)view.len, &used);
    PyBuffer_Release(&view);
    return Py_BuildValue("(in)", r, (Py_ssize_t)used);
}

/* reset_plans(): every syscall unknown again (a new trace, other options) */
static PyObject *
py_reset_plans(PyObject *self, PyObject *noargs)
{
    memset(known, 0, sizeof(known));
    for (int i = 0; i < MAX_NR; i++) {
        progs[i].mode = 0;
        clear_variants(&progs[i]);
    }
    Py_RETURN_NONE;
}

/* set_seccomp(flag): the tracees run under a seccomp filter (see serve_stop) */
static PyObject *
py_set_seccomp(PyObject *self, PyObject *args)
{
    if (!PyArg_ParseTuple(args, "p", &seccomp_on))
        return NULL;
    Py_RETURN_NONE;
}

/* thread_state(pid) -> (in_flight, seccomp): a call whose entry the loop took has not
 * returned; the thread has made a filter stop */
static PyObject *
py_thread_state(PyObject *self, PyObject *args)
{
    int pid;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    struct tslot *t = inflight_slot(pid, 0);
    return Py_BuildValue("(ii)", t && t->nr >= 0 && !t->py_pending, t && t->seccomp);
}

/* forget(pid): a tracee is gone; its in-flight entry must not leak to a reused pid */
static PyObject *
py_forget(PyObject *self, PyObject *args)
{
    int pid;
    if (!PyArg_ParseTuple(args, "i", &pid))
        return NULL;
    struct tslot *slot = inflight_slot(pid, 0);
    if (slot) {
        slot->nr = -1;
        slot->printed = slot->quiet = slot->py_pending = slot->at_entry = slot->seccomp = 0;
        slot->last_nr = -1;
    }
    Py_RETURN_NONE;
}

/* ---- reading tracee memory --------------------------------------------- */

/* Copy up to len bytes; stops early at the first unreadable page. */
static Py_ssize_t
read_memory(pid_t pid, unsigned long addr, char *buf, Py_ssize_t len)
{
    Py_ssize_t done = 0;
    while (done < len) {
        /* Never cross a page boundary in one request so that a partial
         * read tells exactly where memory stops being readable. */
        unsigned long page_left = 4096 - ((addr + done) & 4095);
        Py_ssize_t chunk = len - done;
        if (chunk > 65536)
            chunk = 65536;
        struct iovec local = { buf + done, (size_t)chunk };
        struct iovec remote = { (void *)(addr + done), (size_t)chunk };
        ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
        if (n <= 0) {
            if (chunk > (Py_ssize_t)page_left) {
                local.iov_len = remote.iov_len = page_left;
                n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
            }
            if (n <= 0)
                break;
        }
        done += n;
    }
    return done;
}

/* read_mem(pid, addr, len) -> bytes (shorter than len where memory ends),
 * None when nothing at addr is readable. */
static PyObject *
py_read_mem(PyObject *self, PyObject *args)
{
    int pid;
    unsigned long long addr;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "iKn", &pid, &addr, &len))
        return NULL;
    if (len < 0)
        len = 0;
    if (len == 0)
        return PyBytes_FromStringAndSize("", 0);
    char stackbuf[4096];
    char *buf = len <= (Py_ssize_t)sizeof(stackbuf) ? stackbuf : PyMem_Malloc(len);
    if (!buf)
        return PyErr_NoMemory();
    Py_ssize_t n = read_memory(pid, (unsigned long)addr, buf, len);
    PyObject *result;
    if (n == 0) {
        result = Py_None;
        Py_INCREF(result);
    } else
        result = PyBytes_FromStringAndSize(buf, n);
    if (buf != stackbuf)
        PyMem_Free(buf);
    return result;
}

/* read_str(pid, addr, maxlen) -> (bytes, terminated) or None: strace's umovestr of
 * maxlen + 1 bytes (read_cstr_into): the string before its NUL, or all maxlen + 1
 * bytes when none of them is NUL; None when the memory ends before either. */
static PyObject *
py_read_str(PyObject *self, PyObject *args)
{
    int pid;
    unsigned long long addr;
    Py_ssize_t maxlen;
    if (!PyArg_ParseTuple(args, "iKn", &pid, &addr, &maxlen))
        return NULL;
    if (maxlen < 0)
        maxlen = 0;
    char stackbuf[4097];
    unsigned char *buf = maxlen + 1 <= (Py_ssize_t)sizeof(stackbuf) ? (unsigned char *)stackbuf
                                                                    : PyMem_Malloc(maxlen + 1);
    if (!buf)
        return PyErr_NoMemory();
    int terminated;
    long have = read_cstr_into(pid, addr, buf, (size_t)maxlen, &terminated);
    PyObject *result;
    if (have < 0) {
        result = Py_None;
        Py_INCREF(result);
    } else
        result = Py_BuildValue("(y#O)", buf, (Py_ssize_t)have, terminated ? Py_True : Py_False);
    if (buf != (unsigned char *)stackbuf)
        PyMem_Free(buf);
    return result;
}

/* ---- tampering (-e inject=) ------------------------------------------- */

/* set_syscall(pid, nr): at syscall entry, replace the number the kernel runs
 * (-1: none, the call then fails with ENOSYS). */
static PyObject *
py_set_syscall(PyObject *self, PyObject *args)
{
    int pid;
    long long nr;
    if (!PyArg_ParseTuple(args, "iL", &pid, &nr))
        return NULL;
    return ptrace_request(PTRACE_POKEUSER, pid,
                          offsetof(struct user, regs.orig_rax), (unsigned long)nr);
}

/* set_retval(pid, value): at syscall exit, the value the tracee sees
 * (-errno for a failure). */
static PyObject *
py_set_retval(PyObject *self, PyObject *args)
{
    int pid;
    long long value;
    if (!PyArg_ParseTuple(args, "iL", &pid, &value))
        return NULL;
    return ptrace_request(PTRACE_POKEUSER, pid,
                          offsetof(struct user, regs.rax), (unsigned long)value);
}

/* write_mem(pid, addr, data) -> bytes written */
static PyObject *
py_write_mem(PyObject *self, PyObject *args)
{
    int pid;
    unsigned long long addr;
    Py_buffer data;
    if (!PyArg_ParseTuple(args, "iKy*", &pid, &addr, &data))
        return NULL;
    struct iovec local = { data.buf, (size_t)data.len };
    struct iovec remote = { (void *)(uintptr_t)addr, (size_t)data.len };
    ssize_t n = process_vm_writev(pid, &local, 1, &remote, 1, 0);
    PyBuffer_Release(&data);
    return PyLong_FromSsize_t(n < 0 ? 0 : n);
}

static PyMethodDef methods[] = {
    {"set_syscall", py_set_syscall, METH_VARARGS, "set_syscall(pid, nr)"},
    {"set_retval", py_set_retval, METH_VARARGS, "set_retval(pid, value)"},
    {"write_mem", py_write_mem, METH_VARARGS, "write_mem(pid, addr, data) -> written"},
    {"spawn", py_spawn, METH_VARARGS, spawn_doc},
    {"exec_self", py_exec_self, METH_VARARGS, exec_self_doc},
    {"seize", py_seize, METH_VARARGS, "seize(pid, options)"},
    {"restart", py_restart, METH_VARARGS, "restart(request, pid, sig) -> alive"},
    {"geteventmsg", py_geteventmsg, METH_VARARGS, "geteventmsg(pid) -> int"},
    {"getsiginfo", py_getsiginfo, METH_VARARGS, "getsiginfo(pid) -> bytes | None"},
    {"syscall_info", py_syscall_info, METH_VARARGS, "syscall_info(pid) -> tuple | None"},
    {"instruction_pointer", py_instruction_pointer, METH_VARARGS,
     "instruction_pointer(pid) -> int | None"},
    {"set_plan", py_set_plan, METH_VARARGS, "set_plan(nr, fast, entry_caps, exit_caps)"},
    {"forget", py_forget, METH_VARARGS, "forget(pid)"},
    {"set_seccomp", py_set_seccomp, METH_VARARGS, "set_seccomp(flag)"},
    {"thread_state", py_thread_state, METH_VARARGS, "thread_state(pid) -> (in_flight, seccomp)"},
    {"set_rendering", py_set_rendering, METH_VARARGS, "set_rendering(flag)"},
    {"set_counting", py_set_counting, METH_VARARGS, "set_counting(flag, wallclock, overhead)"},
    {"take_counts", py_take_counts, METH_NOARGS, "take_counts() -> ((nr, calls, errors, "
     "total, min, max), ...)"},
    {"serve", py_serve, METH_VARARGS, "serve(pid, buffer, stime) -> (code, nbytes)"},
    {"reset_plans", py_reset_plans, METH_NOARGS, "reset_plans()"},
    {"set_quiet", py_set_quiet, METH_VARARGS, "set_quiet(pid, flag)"},
    {"take_inflight", py_take_inflight, METH_VARARGS, "take_inflight(pid) -> nr | -1"},
    {"set_wakes", py_set_wakes, METH_VARARGS, "set_wakes(nr)"},
    {"set_events", py_set_events, METH_VARARGS,
     "set_events(flag[, launched_pid, print_exits])"},
    {"take_reaped", py_take_reaped, METH_NOARGS, "take_reaped() -> ((pid, code), ...)"},
    {"take_born", py_take_born, METH_NOARGS, "take_born() -> (pid, ...)"},
    {"take_handoff", py_take_handoff, METH_VARARGS,
     "take_handoff(pid) -> (nr, args, entry_mono) | None"},
    {"last_nr", py_last_nr, METH_VARARGS, "last_nr(pid[, nr]) -> nr | -1"},
    {"set_table_text", py_set_table_text, METH_VARARGS,
     "set_table_text(id, text): a table from its 'NAME value' lines"},
    {"set_errno_texts", py_set_errno_texts, METH_VARARGS,
     "set_errno_texts(text): 'n text' lines"},
    {"set_program", py_set_program, METH_VARARGS,
     "set_program(nr, mode, name, entry_ops, exit_ops, ret, note_op)"},
    {"add_variant", py_add_variant, METH_VARARGS,
     "add_variant(nr, selector, value, entry_ops, exit_ops, ret, note_op)"},
    {"set_render_options", py_set_render_options, METH_VARARGS, "set_render_options(...)"},
    {"render_test", py_render_test, METH_VARARGS,
     "render_test(nr, phase, pid, args, rval, is_error) -> text | None"},
    {"out_open", py_out_open, METH_VARARGS, "out_open(fd, pid_prefix, ts_format, ts_width, "
     "durations, dur_width, acolumn)"},
    {"out_write", py_out_write, METH_VARARGS, "out_write(text)"},
    {"out_flush", py_out_flush, METH_NOARGS, "out_flush() -> errno of a failed write, or 0"},
    {"out_state", py_out_state, METH_NOARGS, "out_state() -> (owner, col)"},
    {"out_set_state", py_out_set_state, METH_VARARGS, "out_set_state(owner, col)"},
    {"out_set_multi", py_out_set_multi, METH_VARARGS, "out_set_multi(flag)"},
    {"run_batch_raw", py_run_batch_raw, METH_VARARGS,
     "run_batch_raw(buffer, max_records, idle_ms) -> (pid, status, stime, nbytes)"},
    {"expect_exit", py_expect_exit, METH_VARARGS,
     "expect_exit(pid): pid was resumed from its exit stop; its exit status is waited for first"},
    {"spin_window", py_spin_window, METH_NOARGS,
     "spin_window() -> nanoseconds the tracer polls for a stop before it blocks"},
    {"wait_or_idle", py_wait_or_idle, METH_VARARGS,
     "wait_or_idle(timeout_ms) -> (pid, status, stime) | (0, 0, 0.0) | None"},
    {"read_mem", py_read_mem, METH_VARARGS, "read_mem(pid, addr, len) -> bytes | None"},
    {"set_program_name", py_set_program_name, METH_VARARGS,
     "set_program_name(name): what the messages of a child that cannot exec start with"},
    {"read_str", py_read_str, METH_VARARGS, "read_str(pid, addr, maxlen) -> (bytes, terminated) | None: umovestr of maxlen + 1 bytes"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_ptrace", "Thin ptrace primitives for syscope.", -1, methods,
};

PyMODINIT_FUNC
PyInit__ptrace(void)
{
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
#define CONST(name) PyModule_AddIntConstant(m, #name, name)
    CONST(PTRACE_SYSCALL);
    CONST(PTRACE_CONT);
    CONST(PTRACE_LISTEN);
    CONST(PTRACE_DETACH);
    CONST(PTRACE_INTERRUPT);
    CONST(PTRACE_O_TRACESYSGOOD);
    CONST(PTRACE_O_TRACEEXEC);
    CONST(PTRACE_O_TRACEEXIT);
    CONST(PTRACE_O_TRACECLONE);
    CONST(PTRACE_O_TRACEFORK);
    CONST(PTRACE_O_TRACEVFORK);
    CONST(PTRACE_O_TRACESECCOMP);
    CONST(PTRACE_O_EXITKILL);
    CONST(PTRACE_EVENT_FORK);
    CONST(PTRACE_EVENT_VFORK);
    CONST(PTRACE_EVENT_CLONE);
    CONST(PTRACE_EVENT_EXEC);
    CONST(PTRACE_EVENT_EXIT);
    CONST(PTRACE_EVENT_SECCOMP);
    CONST(PTRACE_EVENT_STOP);
#undef CONST
    return m;
}
