/* ioctl requests of network interfaces and bridges, network block devices and SCSI
   generic devices that need no device: on a closed descriptor (EBADF) with good, short
   and NULL pointers.  Every line must read as strace prints it. */
#define _GNU_SOURCE
#include <net/if_arp.h>
#include <linux/nbd.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <scsi/sg.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
    /* a page whose end is the end of the mapping: structures there are cut short */
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    char *end = page + 4096;

    /* interfaces' hardware addresses, bridges */
    struct ifreq *ifr = (struct ifreq *) (end - sizeof(*ifr));
    memset(ifr, 0, sizeof(*ifr));
    strcpy(ifr->ifr_name, "eth7");
    ifr->ifr_hwaddr.sa_family = ARPHRD_ETHER;
    memcpy(ifr->ifr_hwaddr.sa_data, "\x02\x11\x22\x33\x44\x55\x66\x77", 8);
    static const unsigned long hw[] = {SIOCSIFHWADDR, SIOCSIFHWBROADCAST, SIOCADDMULTI,
                                       SIOCDELMULTI};
    for (unsigned i = 0; i < sizeof(hw) / sizeof(hw[0]); i++) {
        ioctl(-1, hw[i], ifr);
        ioctl(-1, hw[i], end - 4);
        ioctl(-1, hw[i], NULL);
    }
    ifr->ifr_hwaddr.sa_family = ARPHRD_INFINIBAND;
    ioctl(-1, SIOCSIFHWADDR, ifr);
    ifr->ifr_hwaddr.sa_family = ARPHRD_PPP;
    ioctl(-1, SIOCSIFHWADDR, ifr);
    ifr->ifr_hwaddr.sa_family = 0xfff0;
    ioctl(-1, SIOCSIFHWADDR, ifr);
    ioctl(-1, SIOCGIFHWADDR, ifr);
    ioctl(-1, SIOCGIFHWADDR, NULL);
    ifr->ifr_ifindex = 1;
    ioctl(-1, SIOCBRADDIF, ifr);
    ifr->ifr_ifindex = 12345;
    ioctl(-1, SIOCBRDELIF, ifr);
    ioctl(-1, SIOCBRDELIF, end - 2);
    memcpy(end - 16, "0123456789abcdef", 16);
    ioctl(-1, SIOCBRADDBR, end - 16);
    ioctl(-1, SIOCBRADDBR, end - 15);
    ioctl(-1, SIOCBRDELBR, "br0");
    ioctl(-1, SIOCBRDELBR, NULL);

    /* network block devices' flags */
    ioctl(-1, NBD_SET_FLAGS, 1 << 4 | 1 << 6 | 1 << 7);
    ioctl(-1, NBD_SET_FLAGS, 1 << 9 | 1 << 10 | 1 << 20);

    /* SCSI generic devices */
    int v = 0x100 | SG_SCSI_RESET_BUS;
    ioctl(-1, SG_SCSI_RESET, &v);
    v = 0x100 | 4;
    ioctl(-1, SG_SCSI_RESET, &v);
    ioctl(-1, SG_GET_REQUEST_TABLE, NULL);
    ioctl(-1, SG_GET_REQUEST_TABLE, end);
    ioctl(-1, 0x2289, NULL);
    ioctl(-1, 0x2289, &v);
    struct sg_io_hdr h;
    memset(&h, 0, sizeof h);
    h.interface_id = 'S';
    h.dxfer_direction = SG_DXFER_NONE;
    h.flags = 2 | 4 | 0x10 | 0x20 | 0x40;
    ioctl(-1, SG_IO, &h);
    return 0;
}
