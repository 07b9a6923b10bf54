"""The members of struct ifreq that the socket ioctls print beyond the generic struct
views: hardware addresses sized by their device type, interface names."""
from __future__ import annotations

import struct


# The length of a hardware address per device type (ARPHRD_*), as the kernel's drivers
# define it (ETH_ALEN, AX25_ADDR_LEN, ...): a struct sockaddr's sa_data shows that many
# bytes; the other types show all of it.
HWADDR_SIZES = {
    "ARPHRD_NETROM": 7, "ARPHRD_ETHER": 6, "ARPHRD_AX25": 7, "ARPHRD_IEEE802": 6,
    "ARPHRD_ARCNET": 1, "ARPHRD_DLCI": 2, "ARPHRD_IEEE1394": 16, "ARPHRD_EUI64": 8,
    "ARPHRD_INFINIBAND": 20, "ARPHRD_SLIP": 0, "ARPHRD_ROSE": 5, "ARPHRD_X25": 0,
    "ARPHRD_CAN": 0, "ARPHRD_MCTP": 1, "ARPHRD_PPP": 0, "ARPHRD_RAWHDLC": 0,
    "ARPHRD_RAWIP": 0, "ARPHRD_TUNNEL": 4, "ARPHRD_TUNNEL6": 16, "ARPHRD_LOOPBACK": 6,
    "ARPHRD_LOCALTLK": 1, "ARPHRD_FDDI": 6, "ARPHRD_SIT": 4, "ARPHRD_IPDDP": 0,
    "ARPHRD_IPGRE": 4, "ARPHRD_PIMREG": 0, "ARPHRD_HIPPI": 6, "ARPHRD_IRDA": 4,
    "ARPHRD_IEEE80211": 6, "ARPHRD_IEEE80211_PRISM": 6, "ARPHRD_IEEE80211_RADIOTAP": 6,
    "ARPHRD_IEEE802154": 8, "ARPHRD_IEEE802154_MONITOR": 8, "ARPHRD_PHONET": 1,
    "ARPHRD_PHONET_PIPE": 1, "ARPHRD_CAIF": 0, "ARPHRD_IP6GRE": 16, "ARPHRD_NETLINK": 0,
    "ARPHRD_6LOWPAN": 8, "ARPHRD_VSOCKMON": 0,
}


def hw_sockaddr(call, data: bytes, name: str = "ifr_hwaddr") -> str:
    """A struct sockaddr holding a hardware address (struct ifreq's ifr_hwaddr):
    {sa_family=ARPHRD_ETHER, sa_data=00:11:22:33:44:55}, in hex under -X raw."""
    from ..abi import xlat_lookup
    from .inet import mac
    from .fmt import xlat_or
    family = struct.unpack_from("<H", data)[0]
    raw = data[2:]
    n = min(len(raw), HWADDR_SIZES.get(xlat_lookup("arp_hardware_types", family), len(raw)))
    return "%s={sa_family=%s, sa_data=%s}" % (
        name, xlat_or(family, "arp_hardware_types", "ARPHRD_???"), mac(raw, n))


def ifname(call, addr: int) -> str:
    """An interface's name, IFNAMSIZ bytes at most (the bridge requests' argument)."""
    from .basic import t_str
    from .structs import layout
    return t_str(call, addr, str(layout("ifreq_name")[1]["ifr_name"][1]))
