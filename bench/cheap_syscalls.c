/* A program that makes many cheap syscalls: N getppid() calls, and one openat()
 * every 100000 of them, so a filtered trace has something to print. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    for (long i = 0; i < n; i++) {
        syscall(SYS_getppid);
        if (i % 100000 == 0) {
            int fd = open("/dev/null", O_RDONLY);
            if (fd >= 0)
                close(fd);
        }
    }
    return 0;
}
