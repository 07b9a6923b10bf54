/* ioctl requests that need no hardware: a pseudo-terminal, a pipe, a regular file,
   the loopback interface, and structure arguments on a closed descriptor (EBADF) with
   good, short and bad pointers.  Every line must read as strace prints it. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    char path[4096];
    /* a page whose end is the end of the mapping: structures there are cut short */
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    char *end = page + 4096;

    /* terminal */
    int pt = posix_openpt(O_RDWR | O_NOCTTY);
    int lock = 0;
    ioctl(pt, TIOCSPTLCK, &lock);
    struct winsize ws = {24, 80, 0, 0};
    ioctl(pt, TIOCSWINSZ, &ws);
    ioctl(pt, TIOCGWINSZ, &ws);
    struct termios t;
    ioctl(pt, TCGETS, &t);
    ioctl(pt, TCSETS, &t);
    ioctl(pt, TCGETS, end - 8);
    int avail;
    ioctl(pt, FIONREAD, &avail);

    /* file systems */
    snprintf(path, sizeof path, "%s/file", dir);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    write(fd, "data", 4);
    int flags;
    ioctl(fd, FS_IOC_GETFLAGS, &flags);
    struct fsxattr fsx;
    memset(&fsx, 0, sizeof fsx);
    ioctl(fd, FS_IOC_FSGETXATTR, &fsx);
    struct fiemap *fm = calloc(1, sizeof(*fm) + 2 * sizeof(struct fiemap_extent));
    fm->fm_length = ~0ULL;
    fm->fm_flags = FIEMAP_FLAG_SYNC;
    fm->fm_extent_count = 0;
    ioctl(fd, FS_IOC_FIEMAP, fm);
    ioctl(-1, FS_IOC_FIEMAP, fm);
    ioctl(-1, FS_IOC_FIEMAP, end - sizeof(*fm) + 4);
    struct fstrim_range range = {0x1000, 1 << 20, 4096};
    ioctl(-1, FITRIM, &range);
    ioctl(-1, FITRIM, NULL);
    fsx.fsx_xflags = FS_XFLAG_APPEND | 0x40000000;
    ioctl(-1, FS_IOC_FSSETXATTR, &fsx);
    ioctl(-1, FS_IOC_FSSETXATTR, end - 8);

    /* the loopback interface */
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    ioctl(s, SIOCGIFFLAGS, &ifr);
    ioctl(s, SIOCGIFINDEX, &ifr);
    if (argc < 3)           /* socket addresses under -X are not this test's */
        ioctl(s, SIOCGIFADDR, &ifr);
    ioctl(s, SIOCGIFMTU, &ifr);
    ioctl(s, SIOCGIFNAME, &ifr);
    strcpy(ifr.ifr_name, "no-such-if");
    ioctl(s, SIOCGIFFLAGS, &ifr);
    ioctl(s, SIOCGIFFLAGS, end - 8);
    ioctl(-1, SIOCSIFMTU, &ifr);
    ioctl(-1, FS_IOC_GETFLAGS, end - 2);
    return 0;
}
