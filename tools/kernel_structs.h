/* Structures of the kernel's ABI that its exported headers leave out, as the kernel
 * declares them (tools/gen_structs.py measures them like the others). */
#include <linux/types.h>
#include <sys/socket.h>

/* include/net/af_ieee802154.h: an AF_IEEE802154 socket address */
struct ieee802154_addr_sa {
	int addr_type;
	__u16 pan_id;
	union {
		__u8 hwaddr[8];
		__u16 short_addr;
	};
};

struct sockaddr_ieee802154 {
	sa_family_t family;
	struct ieee802154_addr_sa addr;
};

/* Linaro's TEE kernels: the argument of TEE_IOC_SHM_REGISTER_FD, a request the mainline
   linux/tee.h does not define (_IOWR(0xa4, 8, this structure)) */
struct tee_ioctl_shm_register_fd_data {
	__s64 fd;
	__u64 size;
	__u32 flags;
	__u8 _pad1[4];
	__s32 id;
	__u8 _pad2[4];
} __attribute__((aligned(8)));
