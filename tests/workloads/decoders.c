/* Calls whose decoders print constants, structures and buffers of their own: memory
   mappings, openat2's open_how, time stamps, sendmmsg/recvmmsg, socket options with
   structures (classic BPF filters, packet memberships, multicast groups), keys, quotas,
   ptrace requests.  Bad values and short lengths on purpose; every line must read as
   strace prints it, in each -X style.  argv[1]: a scratch directory. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <linux/keyctl.h>
#include <linux/openat2.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/quota.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    if (chdir(dir))
        return 1;
    /* a page whose end is the end of the mapping */
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    char *end = page + 4096;

    /* memory */
    char name[300];
    memset(name, 'm', sizeof(name));
    name[260] = 0;
    syscall(SYS_memfd_create, name, 0);
    int mfd = syscall(SYS_memfd_create, "decoders", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    syscall(SYS_memfd_create, "huge", MFD_HUGETLB | (21U << 26) | 0x100);
    char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    msync(m, 4096, MS_SYNC | MS_INVALIDATE);
    msync(m, 4096, 0x80);
    m = mremap(m, 8192, 4096, 0);
    syscall(SYS_mremap, m, 4096, 8192, MREMAP_MAYMOVE | MREMAP_FIXED, (long) page);
    syscall(SYS_remap_file_pages, m, 4096, PROT_READ | PROT_EXEC, 0,
            MAP_PRIVATE | MAP_ANONYMOUS | (21U << 26) | 0x40000000);

    /* openat2 */
    struct open_how how = {.flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_BENEATH};
    syscall(SYS_openat2, AT_FDCWD, ".", &how, sizeof(how));
    syscall(SYS_openat2, AT_FDCWD, ".", &how, 11);
    struct open_how *tail = (void *) (end - sizeof(how));
    *tail = (struct open_how) {.flags = O_WRONLY | O_CREAT, .mode = 0644,
                               .resolve = RESOLVE_NO_SYMLINKS | 0x1000};
    syscall(SYS_openat2, -1, "x", tail, sizeof(how));
    syscall(SYS_openat2, -1, "x", tail, sizeof(how) + 8);
    char big[40] = {0};
    memcpy(big, &how, sizeof(how));
    big[30] = 7;
    syscall(SYS_openat2, -1, "x", big, sizeof(big));

    /* time stamps of a file */
    int f = open("stamped", O_CREAT | O_WRONLY, 0600);
    struct timespec ts[2] = {{0, UTIME_NOW}, {1492358706, 123456789}};
    utimensat(AT_FDCWD, "stamped", ts, 0);
    ts[0] = (struct timespec) {0, 0};
    ts[1] = (struct timespec) {-1, 2000000000};
    syscall(SYS_utimensat, AT_FDCWD, "stamped", ts, AT_SYMLINK_NOFOLLOW);
    ts[1] = (struct timespec) {1, UTIME_OMIT};
    syscall(SYS_utimensat, AT_FDCWD, "stamped", ts, 0);
    close(f);

    /* sendmmsg/recvmmsg */
    int sv[2];
    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    char b0[] = "one", b1[] = "second", r0[8] = {0}, r1[8] = {0};
    struct iovec out[2] = {{b0, 3}, {b1, 6}}, in[2] = {{r0, sizeof(r0)}, {r1, sizeof(r1)}};
    struct mmsghdr msgs[2];
    memset(msgs, 0, sizeof(msgs));
    msgs[0].msg_hdr.msg_iov = &out[0];
    msgs[0].msg_hdr.msg_iovlen = 1;
    msgs[1].msg_hdr.msg_iov = &out[1];
    msgs[1].msg_hdr.msg_iovlen = 1;
    sendmmsg(sv[0], msgs, 2, MSG_DONTWAIT);
    msgs[0].msg_hdr.msg_iov = &in[0];
    msgs[1].msg_hdr.msg_iov = &in[1];
    struct timespec wait = {0, 0};
    recvmmsg(sv[1], msgs, 2, MSG_DONTWAIT, &wait);
    recvmmsg(sv[1], msgs, 2, MSG_DONTWAIT, NULL);
    sendmmsg(-1, msgs, 2, 0);

    /* socket options with structures */
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
        BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_NET_OFF + 2),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 17, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, 0xffff),
        BPF_STMT(BPF_RET | BPF_K, 0),
    };
    struct sock_fprog prog = {5, code};
    setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
    struct sock_filter back[8];
    socklen_t blen = 8;
    getsockopt(s, SOL_SOCKET, SO_GET_FILTER, back, &blen);
    setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, 3);
    int v = 1;
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, -1);
    setsockopt(s, SOL_SOCKET, 74 /* SO_TXREHASH */, &v, sizeof(v));
    struct packet_mreq mr = {.mr_ifindex = 1, .mr_type = PACKET_MR_PROMISC, .mr_alen = 6,
                             .mr_address = {2, 0, 0, 0, 0, 1}};
    setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mr, sizeof(mr));
    struct group_req gr = {.gr_interface = 1};
    struct sockaddr_in *sin = (void *) &gr.gr_group;
    sin->sin_family = AF_INET;
    sin->sin_addr.s_addr = htonl(0xe0000003);
    setsockopt(-1, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
    setsockopt(-1, SOL_IPV6, MCAST_LEAVE_GROUP, &gr, sizeof(gr) - 1);
    close(s);

    /* keys, quotas, ptrace, message queues */
    syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0);
    syscall(SYS_keyctl, KEYCTL_REJECT, 12345, 60, 19, 0);
    syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), "/nonexistent", 0, page);
    syscall(SYS_quotactl, 0xbadc0ded, NULL, -1, NULL);
    syscall(SYS_ptrace, PTRACE_PEEKDATA, 0x7fffffff, page, 0);
    syscall(SYS_ptrace, 0xdead, 0x7fffffff, 0, 0);
    syscall(SYS_mq_timedreceive, -1, NULL, 0, NULL, NULL);
    syscall(SYS_read, -1, NULL, 16);
    close(mfd);
    /* -yy: a socket whose peer is gone keeps the peer it was seen with */
    fcntl(sv[1], F_GETFL);
    close(sv[0]);
    close(sv[1]);
    return 0;
}
