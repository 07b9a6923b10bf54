/* A running program for attach mode (-p): it waits for one byte on stdin, so a tracer
 * can attach while it idles, then does N rounds of real work (open, read, fstat,
 * close a file; write to stdout) and exits.  The time from the byte to its exit is
 * the time the work took. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "/etc/hostname";
    long rounds = argc > 2 ? atol(argv[2]) : 5000;
    char buf[512], go;
    struct stat st;
    if (read(0, &go, 1) != 1)
        return 1;
    for (long i = 0; i < rounds; i++) {
        int fd = open(path, O_RDONLY);
        if (fd < 0)
            return 1;
        ssize_t n = read(fd, buf, sizeof buf);
        fstat(fd, &st);
        close(fd);
        if (n > 0 && write(1, buf, n) < 0)
            return 1;
    }
    return 0;
}
