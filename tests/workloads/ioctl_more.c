/* ioctl requests of network interfaces and bridges, network block devices, SCSI
   generic devices, the device mapper and TEE devices that need no device: on a closed descriptor (EBADF) with good, short
   and NULL pointers.  Every line must read as strace prints it. */
#define _GNU_SOURCE
#include <net/if_arp.h>
#include <linux/dm-ioctl.h>
#include <linux/nbd.h>
#include <linux/tee.h>
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

    /* device mapper: a header, the data after it (-v), bad versions and sizes */
    static char buf[1024];
    struct dm_ioctl *dm = (struct dm_ioctl *) buf;
    dm->version[0] = DM_VERSION_MAJOR;
    dm->version[1] = 1;
    dm->data_size = sizeof(*dm);
    dm->dev = 0x1234;
    strcpy(dm->name, "vg0-root");
    strcpy(dm->uuid, "LVM-abc");
    static const unsigned long plain[] = {DM_VERSION, DM_REMOVE_ALL, DM_LIST_DEVICES,
                                          DM_DEV_CREATE, DM_DEV_REMOVE, DM_DEV_STATUS,
                                          DM_DEV_WAIT, DM_TABLE_CLEAR, DM_TABLE_DEPS,
                                          DM_TABLE_STATUS, DM_LIST_VERSIONS, DM_DEV_ARM_POLL};
    for (unsigned i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
        ioctl(-1, plain[i], dm);
    dm->flags = DM_SUSPEND_FLAG | DM_READONLY_FLAG | 0x4 | 0x80000000;
    ioctl(-1, DM_DEV_SUSPEND, dm);
    dm->flags = 0;
    dm->event_nr = 7;
    ioctl(-1, DM_DEV_SUSPEND, dm);
    struct dm_target_spec *spec = (struct dm_target_spec *) (buf + sizeof(*dm));
    spec->sector_start = 16;
    spec->length = 2048;
    strcpy(spec->target_type, "linear");
    strcpy((char *) (spec + 1), "8:1 0");
    spec->next = sizeof(*spec) + 8;
    dm->data_start = sizeof(*dm);
    dm->data_size = sizeof(*dm) + sizeof(*spec) + 8;
    dm->target_count = 1;
    ioctl(-1, DM_TABLE_LOAD, dm);
    dm->target_count = 3;
    ioctl(-1, DM_TABLE_LOAD, dm);
    struct dm_target_msg *msg = (struct dm_target_msg *) (buf + sizeof(*dm));
    msg->sector = 99;
    strcpy(msg->message, "a message to the target");
    dm->data_size = sizeof(*dm) + sizeof(*msg) + 24;
    ioctl(-1, DM_TARGET_MSG, dm);
    strcpy(buf + sizeof(*dm), "vg0-home");
    ioctl(-1, DM_DEV_RENAME, dm);
    ioctl(-1, DM_DEV_SET_GEOMETRY, dm);
    dm->data_start = 5000;
    ioctl(-1, DM_DEV_RENAME, dm);
    dm->data_size = 20;
    ioctl(-1, DM_VERSION, dm);
    dm->version[0] = 5;
    ioctl(-1, DM_VERSION, dm);
    ioctl(-1, DM_VERSION, end - 40);
    ioctl(-1, DM_VERSION, NULL);

    /* TEE devices: sessions, shared memory, buffers of parameters */
    struct tee_ioctl_cancel_arg cancel = {7, 0xbeef};
    ioctl(-1, TEE_IOC_CANCEL, &cancel);
    ioctl(-1, TEE_IOC_CLOSE_SESSION, &cancel.session);
    ioctl(-1, TEE_IOC_VERSION, NULL);
    ioctl(-1, TEE_IOC_VERSION, &cancel);
    struct tee_ioctl_shm_alloc_data alloc = {4096, 0x3 | 0x100, 5};
    ioctl(-1, TEE_IOC_SHM_ALLOC, &alloc);
    struct tee_ioctl_shm_register_data reg = {(unsigned long) buf, 8192, 0, 0};
    ioctl(-1, TEE_IOC_SHM_REGISTER, &reg);
    ioctl(-1, TEE_IOC_SHM_REGISTER, end - 8);
    unsigned long long register_fd[4] = {1, 4096, 2, 0};
    ioctl(-1, _IOWR(0xa4, 8, register_fd), register_fd);
    ioctl(-1, _IOWR(0xa4, 8, register_fd), NULL);
    static unsigned long long arg[64];
    struct tee_ioctl_buf_data bd = {(unsigned long) arg, 0};
    struct tee_ioctl_invoke_arg *inv = (struct tee_ioctl_invoke_arg *) arg;
    inv->func = 3;
    inv->session = 0x42;
    inv->num_params = 3;
    struct tee_ioctl_param *prm = (struct tee_ioctl_param *) (inv + 1);
    prm[0].attr = TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT;
    prm[0].a = 1;
    prm[1].attr = TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT;
    prm[1].a = 0x10;
    prm[1].b = 0x20;
    prm[1].c = 9;
    prm[2].attr = TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_OUTPUT | TEE_IOCTL_PARAM_ATTR_META;
    bd.buf_len = sizeof(*inv) + 3 * sizeof(*prm);
    ioctl(-1, TEE_IOC_INVOKE, &bd);
    bd.buf_len = sizeof(*inv);
    ioctl(-1, TEE_IOC_INVOKE, &bd);
    struct tee_ioctl_open_session_arg *open = (struct tee_ioctl_open_session_arg *) arg;
    memset(open, 0, sizeof(*open));
    memcpy(open->uuid, "0123456789abcdef", 16);
    open->clnt_login = TEE_IOCTL_LOGIN_GROUP;
    open->clnt_uuid[0] = 100;
    bd.buf_len = sizeof(*open);
    ioctl(-1, TEE_IOC_OPEN_SESSION, &bd);
    open->clnt_login = 0x7f;
    ioctl(-1, TEE_IOC_OPEN_SESSION, &bd);
    struct tee_iocl_supp_recv_arg *recv = (struct tee_iocl_supp_recv_arg *) arg;
    recv->num_params = 0;
    bd.buf_len = sizeof(*recv);
    ioctl(-1, TEE_IOC_SUPPL_RECV, &bd);
    ioctl(-1, TEE_IOC_SUPPL_SEND, &bd);
    bd.buf_len = 100000;
    ioctl(-1, TEE_IOC_SUPPL_SEND, &bd);
    ioctl(-1, TEE_IOC_SUPPL_SEND, end - 8);
    return 0;
}
