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
