/* Everyday syscalls called with the values where strace's printing rules show: modes
 * with bits above the mode, flags no table names, NULL and unreadable pointers, strings
 * that end exactly where the memory does, sigset sizes the kernel refuses, descriptors
 * of deleted files and of names with '<' and '>' in them.  Every call's result is
 * ignored: the trace is what counts.  argv[1]: a directory to work in. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <linux/capability.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/vfs.h>
#include <sys/utsname.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

#define HIGH 0xffff0000UL      /* bits above a mode_t */

int
main(int argc, char **argv)
{
    if (argc < 2 || chdir(argv[1]))
        return 1;
    long page = sysconf(_SC_PAGESIZE);
    /* two pages, the second unmapped: what ends at the first page's end is unterminated */
    char *area = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                      -1, 0);
    if (area == MAP_FAILED)
        return 1;
    munmap(area + page, page);
    char *end = area + page;

    /* modes: umode_t arguments, and st_mode of every type */
    syscall(SYS_umask, HIGH | 022);
    syscall(SYS_umask, 077);
    syscall(SYS_creat, "edge-file", HIGH | 0644);
    syscall(SYS_mkdir, "edge-dir", HIGH | 01755);
    syscall(SYS_mkdirat, AT_FDCWD, "edge-dir", 0177777UL);
    syscall(SYS_chmod, "edge-file", HIGH | 0600);
    syscall(SYS_openat, AT_FDCWD, "edge-new", O_CREAT | O_WRONLY, HIGH | 0640);
    /* the mode comes with O_TMPFILE's own bit alone too (EINVAL without O_DIRECTORY) */
    syscall(SYS_openat, AT_FDCWD, "edge-dir", (O_TMPFILE & ~O_DIRECTORY) | O_RDWR, 0600);

    /* flags no table names (strace's X_??? comments), and 0 */
    syscall(SYS_dup3, 0, 9, 0x1UL);
    syscall(SYS_dup3, 0, 9, O_CLOEXEC | 0x2UL);
    syscall(SYS_faccessat, AT_FDCWD, "edge-file", 0x8UL);
    syscall(SYS_faccessat, AT_FDCWD, "edge-file", 0UL);
    syscall(SYS_faccessat2, AT_FDCWD, "edge-file", R_OK, 0x1UL);
    syscall(SYS_inotify_init1, 0x40000000UL);
    syscall(SYS_close_range, ~1U, ~0U, 0x1UL);
    syscall(SYS_unlinkat, AT_FDCWD, "edge-none", 0xfffffeffUL);
    syscall(SYS_statx, AT_FDCWD, "edge-file", 0x6000UL, 0xffffc000UL, NULL);
    syscall(SYS_statx, AT_FDCWD, "edge-file", 0UL, 0UL, NULL);
    syscall(SYS_fadvise64, -1, 1, 2, 0x123UL);
    syscall(SYS_lseek, -1, 0, 0UL + 0x10);

    /* NULL pointers where strace prints NULL */
    syscall(SYS_getcwd, NULL, 100UL);
    syscall(SYS_getdents64, -1, NULL, 10UL);
    syscall(SYS_getdents, -1, NULL, 10UL);
    syscall(SYS_getcpu, NULL, NULL, NULL);
    unsigned node;
    syscall(SYS_getcpu, NULL, &node, NULL);

    /* directory entries, both kinds */
    int dir = open(".", O_RDONLY | O_DIRECTORY);
    char dents[4096];
    syscall(SYS_getdents64, dir, dents, sizeof(dents));
    lseek(dir, 0, SEEK_SET);
    syscall(SYS_getdents, dir, dents, sizeof(dents));
    syscall(SYS_fcntl, dir, F_NOTIFY, DN_ACCESS | DN_MULTISHOT);
    syscall(SYS_fcntl, dir, F_NOTIFY, 0x40UL);
    syscall(SYS_fcntl, dir, F_SETSIG, SIGHUP);
    syscall(SYS_fcntl, dir, F_GETSIG);
    close(dir);
    syscall(SYS__sysctl, NULL);
    syscall(SYS__sysctl, end - 8);

    /* strings and buffers that reach the end of the memory */
    memset(end - 40, 'x', 40);
    syscall(SYS_write, -1, end - 32, 33UL);      /* -s 32: one byte more is unreadable */
    syscall(SYS_write, -1, end - 33, 100UL);
    syscall(SYS_write, -1, end - 32, 32UL);
    memset(area, '/', page);
    syscall(SYS_chdir, end - 4095);              /* PATH_MAX: unterminated, unreadable */
    syscall(SYS_chdir, end - 4096);
    syscall(SYS_setxattr, "edge-file", "user.edge", "foo\0bar", 8UL, 0UL);
    syscall(SYS_setxattr, "edge-file", "user.edge", end - 1, 65537UL, 0UL);

    /* sigsets: only a word's size is one */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 16UL);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 4UL);
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 8UL);
    syscall(SYS_rt_sigsuspend, &set, 4UL);
    syscall(SYS_rt_sigpending, &set, 4UL);

    /* times: unsigned nanoseconds, the time zone, a sleep that is refused */
    struct timespec bad = { 1, -1L };
    syscall(SYS_nanosleep, &bad, &bad);
    syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &bad, NULL);
    struct timeval tv;
    struct timezone tz;
    syscall(SYS_gettimeofday, &tv, &tz);
    syscall(SYS_gettimeofday, NULL, NULL);

    /* arrays of pointers that run into unreadable memory, more of them than -s */
    char **ptrs = (char **)(end - 3 * sizeof(char *));
    ptrs[0] = "a";
    ptrs[1] = "b";
    ptrs[2] = "c";
    syscall(SYS_execve, "/nonexistent/edge", ptrs, ptrs);
    char *many[40];
    for (int i = 0; i < 39; i++)
        many[i] = "arg";
    many[39] = NULL;
    syscall(SYS_execve, "/nonexistent/edge", many, many + 30);

    /* a list of names, an event the kernel does not read, no descriptors to select */
    syscall(SYS_listxattr, ".", NULL, 0UL);
    char names[256];
    syscall(SYS_listxattr, ".", names, sizeof(names));
    struct epoll_event ev = { EPOLLIN, { 0 } };
    syscall(SYS_epoll_ctl, -1, EPOLL_CTL_DEL, -1, &ev);
    fd_set rd;
    FD_ZERO(&rd);
    struct timeval now = { 0, 0 };
    syscall(SYS_select, -1, NULL, &rd, NULL, &now);
    syscall(SYS_select, 0, &rd, NULL, NULL, &now);
    long long off = -2;
    syscall(SYS_sendfile, -1, -1, &off, 1UL);
    syscall(SYS_fadvise64, -1, 0, -1L, 0);
    gid_t gids[2] = { (gid_t)-1, 0 };
    syscall(SYS_setgroups, 1, gids);

    /* capabilities: a header that cannot be read, a version with one set */
    struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_1, 0 };
    struct __user_cap_data_struct caps[2];
    memset(caps, 0, sizeof(caps));
    syscall(SYS_capget, end, caps);
    syscall(SYS_capget, &hdr, caps);
    memset(end - 12, 0, 12);
    end[-12] = 0x21;                             /* one set ends at the memory's end */
    syscall(SYS_capset, &hdr, end - 12);
    syscall(SYS_capset, end, caps);

    /* what the kernel fills in, printed by Python after the C loop's entry */
    struct statfs sfs;
    syscall(SYS_statfs, ".", &sfs);
    struct utsname un;
    syscall(SYS_uname, &un);

    /* -y: a deleted file, a name with '<' and '>' before digits */
    int fd = open("edge<0>1", O_CREAT | O_RDWR, 0600);
    syscall(SYS_fsync, fd);
    close(fd);
    fd = open("edge-gone", O_CREAT | O_RDWR, 0600);
    unlink("edge-gone");
    syscall(SYS_fchmod, fd, 0600);
    close(fd);
    unlink("edge<0>1");
    unlink("edge-file");
    unlink("edge-new");
    rmdir("edge-dir");
    return 0;
}
