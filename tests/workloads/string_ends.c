/* NUL-terminated strings that run to the end of readable memory: each call's string
 * ends at a page followed by an inaccessible one, so a tracer that reads one byte more
 * than strace does prints an address where strace prints the string. */
#include <linux/reboot.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
    if (p == MAP_FAILED || mprotect(p + page, page, PROT_NONE))
        return 1;
    char *end = p + page;
    char old[16] = "";
    memset(p, 'a', page);
    prctl(PR_GET_NAME, old);
    /* the task name: strace reads 15 bytes of it */
    for (int left = 13; left <= 17; left++)
        prctl(PR_SET_NAME, end - left);
    end[-5] = '\0';
    prctl(PR_SET_NAME, end - 15);
    prctl(PR_SET_NAME, end - 4);
    end[-5] = 'a';
    prctl(PR_SET_NAME, old);
    /* LINUX_REBOOT_CMD_RESTART2's command line (255 bytes), invalid magic: EINVAL */
    for (int left = 254; left <= 257; left++)
        syscall(SYS_reboot, 0, 0, LINUX_REBOOT_CMD_RESTART2, end - left);
    /* memfd_create's name (249 bytes and its NUL), printed by the compiled renderer */
    int lefts[] = {5, 6, 7, 31, 32, 33, 34, 249, 250, 251};
    for (unsigned i = 0; i < sizeof(lefts) / sizeof(*lefts); i++) {
        int fd = syscall(SYS_memfd_create, end - lefts[i], 0);
        if (fd >= 0)
            close(fd);
    }
    /* a plain string argument (chdir's path is never cut; sethostname's buffer is
     * sized): the read-one-more rule of plain strings stays */
    syscall(SYS_chdir, end - 3);
    return 0;
}
