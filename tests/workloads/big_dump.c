/* -e write= dumps of large buffers: one over 1 MiB (six-digit offsets), and buffers that
 * run into unreadable memory, which strace dumps as far as it reads them. */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    size_t size = (1 << 20) + 3 * 65536;
    unsigned char *p = mmap(NULL, size + page, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED || mprotect(p + size, page, PROT_NONE))
        return 1;
    for (size_t i = 0; i < size; i++)
        p[i] = i * 7;
    int fd = open("/dev/null", O_WRONLY);
    write(fd, p, (1 << 20) + 17);
    write(fd, p + size - 100, 101);             /* the first piece fails: nothing */
    write(fd, p + size - 65536 - 10, 65536 + 12); /* the second piece fails */
    struct iovec iov[2] = {{p, 40}, {p + size - 65536 - 8, 65536 + 9}};
    writev(fd, iov, 2);
    return 0;
}
