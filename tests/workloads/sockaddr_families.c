/* connect(-1, ...) with addresses of many families and lengths: each call fails with
 * EBADF, and the tracer prints the address as it decodes it. */
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[160];

static void addr(int family, const unsigned char *data, unsigned len, unsigned size)
{
    memset(buf, 0, sizeof(buf));
    buf[0] = family & 0xff;
    buf[1] = family >> 8;
    memcpy(buf + 2, data, len);
    connect(-1, (struct sockaddr *)buf, size);
}

static void patterned(int family, unsigned size)
{
    unsigned char data[sizeof(buf)];
    for (unsigned i = 0; i < sizeof(data); i++)
        data[i] = 0x80 + i;
    addr(family, data, sizeof(buf) - 2, size);
}

int main(void)
{
    /* family numbers: AF_AX25 3, AF_IPX 4, AF_X25 9, AF_INET6 10, AF_NETLINK 16,
     * AF_PACKET 17, AF_RXRPC 33, AF_IEEE802154 36, AF_ALG 38, AF_NFC 39, AF_VSOCK 40,
     * AF_QIPCRTR 42, AF_XDP 44, AF_MCTP 45 */
    static const int families[] = {3, 4, 9, 10, 16, 17, 33, 36, 38, 39, 40, 42, 44, 45, 2, 1};
    static const unsigned sizes[] = {2, 3, 11, 12, 15, 16, 17, 19, 20, 24, 25, 28, 36, 38,
                                     72, 79, 95, 96, 128};
    for (unsigned f = 0; f < sizeof(families) / sizeof(*families); f++)
        for (unsigned s = 0; s < sizeof(sizes) / sizeof(*sizes); s++)
            patterned(families[f], sizes[s]);
    /* values with names: a valid AX.25 callsign with digipeaters */
    unsigned char ax25[70] = {'V' << 1, 'A' << 1, 'L' << 1, 'I' << 1, 'D' << 1, ' ' << 1,
                              13 << 1, 0, 0, 0, 2, 0, 0, 0,
                              'O' << 1, 'K' << 1, ' ' << 1, ' ' << 1, ' ' << 1, ' ' << 1,
                              15 << 1, ' ' << 1, ' ' << 1, ' ' << 1, ' ' << 1, ' ' << 1,
                              ' ' << 1, 0};
    addr(3, ax25, sizeof(ax25), 16);
    addr(3, ax25, sizeof(ax25), 30);
    addr(3, ax25, sizeof(ax25), 72);
    /* AF_PACKET: ETH_P_ALL on interface 1 (lo), six bytes of hardware address */
    unsigned char ll[18] = {0, 3, 1, 0, 0, 0, 1, 0, 0, 6, 1, 2, 3, 4, 5, 6};
    addr(17, ll, sizeof(ll), 20);
    /* AF_INET6: link-local, scope 1 */
    unsigned char in6[26] = {0, 80, 0, 0, 0, 0, 0xfe, 0x80};
    in6[22] = 1;
    addr(10, in6, sizeof(in6), 28);
    /* AF_VSOCK and AF_QIPCRTR "any" values, AF_MCTP's any address */
    unsigned char vm[14] = {0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1};
    addr(40, vm, sizeof(vm), 16);
    unsigned char qrtr[10] = {0, 0, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff};
    addr(42, qrtr, sizeof(qrtr), 12);
    unsigned char mctp[10] = {0, 0, 0, 0, 0, 0, 0xff, 1, 8};
    addr(45, mctp, sizeof(mctp), 12);
    /* AF_ALG: type and name */
    unsigned char alg[40] = "hash";
    memcpy(alg + 22, "sha256", 7);
    addr(38, alg, sizeof(alg), 32);
    /* AF_XDP sharing another socket's UMEM (descriptor 2) on lo */
    unsigned char xdp[14] = {1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2};
    addr(44, xdp, sizeof(xdp), 16);
    /* AF_IEEE802154: short and long addresses */
    unsigned char wpan[18] = {0, 0, 2, 0, 0, 0, 0xff, 0xff, 0xfe, 0xff};
    addr(36, wpan, sizeof(wpan), 20);
    wpan[2] = 3;
    addr(36, wpan, sizeof(wpan), 20);
    return 0;
}
