"""Which constant names syscope prints, per table, in the order strace 6.1 tries them.

The values are read from the machine's headers by gen_abi.py; a name that the headers
do not define is left out.  Order matters for flag sets: a multi-bit name (O_SYNC,
O_TMPFILE) must come before the bits it contains, and strace's own order is kept so
that `O_RDONLY|O_CLOEXEC|O_DIRECTORY` reads exactly as strace prints it.
"""

HEADERS = [
    "asm/unistd_64.h", "asm-generic/fcntl.h", "linux/fcntl.h", "asm-generic/mman-common.h",
    "asm-generic/mman.h", "asm/mman.h", "linux/mman.h", "linux/sched.h", "asm/signal.h",
    "asm-generic/signal-defs.h", "asm/prctl.h", "asm-generic/resource.h", "linux/random.h",
    "linux/prctl.h", "linux/stat.h", "linux/fs.h", "linux/time.h", "linux/eventpoll.h",
    "asm-generic/poll.h", "linux/futex.h", "linux/wait.h", "asm-generic/ioctls.h",
    "bits/eventfd.h", "linux/resource.h", "sys/mount.h", "linux/inotify.h", "linux/memfd.h", "linux/close_range.h",
    "linux/membarrier.h", "linux/openat2.h", "asm-generic/socket.h", "bits/socket.h",
    "bits/socket_type.h", "linux/in.h", "linux/in6.h", "linux/tcp.h", "linux/magic.h",
    "linux/capability.h", "linux/seccomp.h", "asm-generic/siginfo.h", "linux/rseq.h",
    "linux/timerfd.h", "linux/falloc.h", "linux/personality.h", "linux/mount.h",
    "linux/xattr.h", "linux/ioprio.h", "linux/un.h", "linux/if_packet.h", "linux/netlink.h",
    "linux/sched/types.h", "bits/statvfs.h", "dirent.h", "bits/stat.h", "linux/fadvise.h", "sys/socket.h", "linux/uio.h", "linux/ptrace.h", "asm-generic/termbits.h", "linux/soundcard.h", "asm-generic/termbits-common.h", "unistd.h", "linux/signal.h", "bits/fcntl-linux.h", "netinet/in.h", "bits/in.h", "netinet/tcp.h", "bits/sched.h",
    "linux/ipc.h", "linux/msg.h", "linux/sem.h", "linux/shm.h", "linux/mempolicy.h",
    "linux/fanotify.h", "linux/landlock.h", "linux/reboot.h", "linux/kcmp.h", "linux/module.h",
    "linux/userfaultfd.h", "linux/signalfd.h", "linux/pidfd.h", "sys/swap.h",
    "linux/nsfs.h", "linux/timex.h", "linux/kexec.h", "asm/ldt.h", "linux/keyctl.h",
    "linux/quota.h", "linux/dqblk_xfs.h", "linux/io_uring.h",
    "linux/aio_abi.h", "linux/bpf_common.h", "linux/securebits.h", "linux/filter.h", "linux/bpf.h",
    "linux/hw_breakpoint.h", "linux/elf-em.h", "linux/elf.h", "asm/ptrace-abi.h", "sys/ptrace.h",
    "elf.h", "asm-generic/hugetlb_encode.h",
]

# The headers of the ioctl, socket option and netlink tables.
HEADERS += [
    "linux/perf_event.h", "asm-generic/termios.h", "linux/udp.h", "linux/icmp.h",
    "linux/rtnetlink.h", "linux/audit.h", "linux/selinux_netlink.h", "linux/sock_diag.h",
    "linux/inet_diag.h", "linux/xfrm.h", "linux/netfilter/nfnetlink.h",
    "linux/netfilter/nfnetlink_conntrack.h", "linux/netfilter/nfnetlink_queue.h",
    "linux/netfilter/nfnetlink_log.h", "linux/netfilter/nfnetlink_osf.h",
    "linux/netfilter/ipset/ip_set.h", "linux/netfilter/nfnetlink_acct.h",
    "linux/netfilter/nfnetlink_cttimeout.h", "linux/netfilter/nfnetlink_cthelper.h",
    "linux/netfilter/nf_tables.h", "linux/netfilter/nfnetlink_compat.h",
    "linux/netfilter/nfnetlink_hook.h", "linux/genetlink.h",
    "linux/netfilter/nf_tables_compat.h", "linux/nbd.h", "linux/lirc.h", "linux/fiemap.h",
    "linux/input-event-codes.h", "linux/if_arp.h", "linux/if.h", "linux/if_addr.h",
    "linux/neighbour.h", "linux/fib_rules.h", "linux/dcbnl.h", "linux/if_link.h",
    "linux/netconf.h", "linux/if_bridge.h", "linux/net_namespace.h", "linux/nexthop.h",
    "linux/pkt_sched.h", "linux/pkt_cls.h", "linux/if_addrlabel.h", "linux/ip.h",
    "linux/tty.h", "linux/elf-em.h", "linux/rtc.h", "linux/loop.h", "linux/hdreg.h", "linux/input.h", "linux/gpio.h", "linux/unix_diag.h", "linux/netlink_diag.h", "linux/packet_diag.h", "linux/if_ether.h",
    "linux/counter.h", "linux/ptp_clock.h", "linux/kd.h", "linux/keyboard.h",
    "mtd/ubi-user.h", "scsi/sg.h", "linux/blkpg.h", "mtd/mtd-abi.h", "linux/kvm.h", "asm/kvm.h",
    "linux/bsg.h",
    "linux/socket.h", "linux/if_bonding.h", "linux/mpls.h", "linux/smc_diag.h",
    "linux/dm-ioctl.h", "linux/tee.h", "linux/videodev2.h", "linux/v4l2-controls.h",
    "linux/if_alg.h", "linux/nfc.h", "linux/vm_sockets.h", "linux/qrtr.h", "linux/if_xdp.h",
    "linux/mctp.h", "linux/tls.h", "linux/mptcp.h", "linux/btrfs.h", "linux/btrfs_tree.h",
]

# Kernel-internal errno values (include/linux/errno.h is not exported to userspace)
# and the explanations strace prints for them.
ERRNO_KERNEL_INTERNAL = {
    "ERESTARTSYS": (512, "To be restarted if SA_RESTART is set"),
    "ERESTARTNOINTR": (513, "To be restarted"),
    "ERESTARTNOHAND": (514, "To be restarted if no handler"),
    "ENOIOCTLCMD": (515, "No ioctl command"),
    "ERESTART_RESTARTBLOCK": (516, "Interrupted by signal"),
    "EPROBE_DEFER": (517, "Driver probe deferred"),
    "EOPENSTALE": (518, "Open found a stale dentry"),
    "ENOPARAM": (519, "Parameter not supported"),
    "EBADHANDLE": (521, "Illegal NFS file handle"),
    "ENOTSYNC": (522, "Update synchronization mismatch"),
    "EBADCOOKIE": (523, "Cookie is stale"),
    "ENOTSUPP": (524, "Operation is not supported"),
    "ETOOSMALL": (525, "Buffer or request is too small"),
    "ESERVERFAULT": (526, "An untranslatable error occurred"),
    "EBADTYPE": (527, "Type not supported by server"),
    "EJUKEBOX": (528, "Request initiated, but will not complete before timeout"),
    "EIOCBQUEUED": (529, "iocb queued, will get completion event"),
    "ERECALLCONFLICT": (530, "Conflict with recalled state"),
}

# Constants the kernel keeps out of its exported headers (include/linux/statfs.h).
KERNEL_INTERNAL_CONSTANTS = {
    "ST_VALID": 0x0020,
    # include/linux/numa.h: "no NUMA node" (a u32 in bpf's map attributes)
    "NUMA_NO_NODE": 0xFFFFFFFF,
    # include/linux/sched/coredump.h: what PR_SET_DUMPABLE takes
    "SUID_DUMP_DISABLE": 0, "SUID_DUMP_USER": 1, "SUID_DUMP_ROOT": 2,
    # net/smc/smc.h: the states of an SMC socket (enum smc_state)
    "SMC_ACTIVE": 1, "SMC_INIT": 2, "SMC_CLOSED": 7, "SMC_LISTEN": 10,
    "SMC_PEERCLOSEWAIT1": 20, "SMC_PEERCLOSEWAIT2": 21, "SMC_APPCLOSEWAIT1": 22,
    "SMC_APPCLOSEWAIT2": 23, "SMC_APPFINCLOSEWAIT": 24, "SMC_PEERFINCLOSEWAIT": 25,
    "SMC_PEERABORTWAIT": 26, "SMC_PROCESSABORT": 27,
    # net/smc/smc_core.h: a link group's role (enum smc_lgr_role)
    "SMC_CLNT": 0, "SMC_SERV": 1,
    # net/smc/smc_clc.h: why an SMC connection fell back to TCP
    "SMC_CLC_DECL_MEM": 0x01010000, "SMC_CLC_DECL_TIMEOUT_CL": 0x02010000,
    "SMC_CLC_DECL_TIMEOUT_AL": 0x02020000, "SMC_CLC_DECL_CNFERR": 0x03000000,
    "SMC_CLC_DECL_PEERNOSMC": 0x03010000, "SMC_CLC_DECL_IPSEC": 0x03020000,
    "SMC_CLC_DECL_NOSMCDEV": 0x03030000, "SMC_CLC_DECL_MODEUNSUPP": 0x03040000,
    "SMC_CLC_DECL_RMBE_EC": 0x03050000, "SMC_CLC_DECL_OPTUNSUPP": 0x03060000,
    "SMC_CLC_DECL_SYNCERR": 0x04000000, "SMC_CLC_DECL_PEERDECL": 0x05000000,
    "SMC_CLC_DECL_INTERR": 0x99990000, "SMC_CLC_DECL_ERR_RTOK": 0x99990001,
    "SMC_CLC_DECL_ERR_RDYLNK": 0x99990002, "SMC_CLC_DECL_ERR_REGRMB": 0x99990003,
    # include/linux/socket.h: the control message of a socket's security context
    "SCM_SECURITY": 0x03,
    # arch/x86/include/uapi/asm/mman.h, which the exported headers leave out
    "PKEY_DISABLE_EXECUTE": 0x4,
    # include/linux/swap.h: swapon's flags beyond glibc's
    "SWAP_FLAG_DISCARD_ONCE": 0x20000, "SWAP_FLAG_DISCARD_PAGES": 0x40000,
    # a fanotify event that kernels before 5.10 had and strace still names
    "FAN_DIR_MODIFY": 0x00080000,
    # drivers/tty/vt/vt.c: the font flag of the old font ioctls, kept out of linux/kd.h
    "KD_FONT_FLAG_OLD": 0x80000000,
    # the data types of UBI's LEB requests, which mtd/ubi-user.h no longer defines (the
    # kernel ignores the field) and strace still names
    "UBI_LONGTERM": 1, "UBI_SHORTTERM": 2, "UBI_UNKNOWN": 3,
    # socket address families whose constants the exported headers leave out:
    # fs/afs (AFS services over AF_RXRPC), include/net/af_ieee802154.h and
    # include/linux/ieee802154.h, include/linux/crypto.h (AF_ALG), net/nfc/llcp.h
    "CM_SERVICE": 1, "YFS_FS_SERVICE": 2500, "YFS_CM_SERVICE": 2501, "YFS_VL_SERVICE": 2503,
    "IEEE802154_ADDR_NONE": 0, "IEEE802154_ADDR_SHORT": 2, "IEEE802154_ADDR_LONG": 3,
    "IEEE802154_ADDR_UNDEF": 0xfffe, "IEEE802154_ADDR_BROADCAST": 0xffff,
    "IEEE802154_PANID_BROADCAST": 0xffff,
    "CRYPTO_ALG_KERN_DRIVER_ONLY": 0x1000,
    "LLCP_SAP_SDP": 0x1, "LLCP_SAP_IP": 0x2, "LLCP_SAP_OBEX": 0x3, "LLCP_SAP_SNEP": 0x4,
    "LLCP_SAP_MAX": 0xff,
    # include/linux/syslog.h: syslog's actions
    "SYSLOG_ACTION_CLOSE": 0, "SYSLOG_ACTION_OPEN": 1, "SYSLOG_ACTION_READ": 2,
    "SYSLOG_ACTION_READ_ALL": 3, "SYSLOG_ACTION_READ_CLEAR": 4, "SYSLOG_ACTION_CLEAR": 5,
    "SYSLOG_ACTION_CONSOLE_OFF": 6, "SYSLOG_ACTION_CONSOLE_ON": 7,
    "SYSLOG_ACTION_CONSOLE_LEVEL": 8, "SYSLOG_ACTION_SIZE_UNREAD": 9,
    "SYSLOG_ACTION_SIZE_BUFFER": 10,
    # net/netlink/af_netlink.h and include/net/tcp_states.h: socket states sock_diag reports
    "NETLINK_UNCONNECTED": 0, "NETLINK_CONNECTED": 1, "TCP_NEW_SYN_RECV": 12,
    # include/linux/kern_levels.h: the console log levels syslog takes; strace names
    # the one above LOGLEVEL_DEBUG too
    "LOGLEVEL_EMERG": 0, "LOGLEVEL_ALERT": 1, "LOGLEVEL_CRIT": 2, "LOGLEVEL_ERR": 3,
    "LOGLEVEL_WARNING": 4, "LOGLEVEL_NOTICE": 5, "LOGLEVEL_INFO": 6, "LOGLEVEL_DEBUG": 7,
    "LOGLEVEL_DEBUG+1": 8,
    # include/scsi/sg.h of the kernel (glibc's scsi/sg.h, the one installed, predates them)
    "SG_FLAG_UNUSED_LUN_INHIBIT": 2, "SG_FLAG_MMAP_IO": 4, "SG_FLAG_Q_AT_TAIL": 0x10,
    "SG_FLAG_Q_AT_HEAD": 0x20, "SG_SCSI_RESET_TARGET": 4, "SG_SCSI_RESET_NO_ESCALATE": 0x100,
    # the NBD protocol's export flags, which nbd-server sends and clients pass to
    # NBD_SET_FLAGS unchanged; linux/nbd.h defines only those the kernel acts on
    "NBD_FLAG_ROTATIONAL": 1 << 4, "NBD_FLAG_SEND_WRITE_ZEROES": 1 << 6,
    "NBD_FLAG_SEND_DF": 1 << 7, "NBD_FLAG_SEND_RESIZE": 1 << 9, "NBD_FLAG_SEND_CACHE": 1 << 10,
    # a buffer flag linux/videodev2.h no longer defines (the kernel ignores it) and
    # strace still names
    "V4L2_BUF_FLAG_INPUT": 0x200,
    # fs/btrfs/compression.h: the compression a defragmentation asks for
    "BTRFS_COMPRESS_NONE": 0, "BTRFS_COMPRESS_ZLIB": 1, "BTRFS_COMPRESS_LZO": 2,
    "BTRFS_COMPRESS_ZSTD": 3,
    # the C library's limits, which strace names where a field holds one
    "UINT32_MAX": 0xFFFFFFFF, "UINT64_MAX": 0xFFFFFFFFFFFFFFFF,
    # lvm2's libdm/ioctl/libdm-iface.c: a device mapper flag the kernel's header lacks
    "DM_EXISTS_FLAG": 0x4,
    # the flags of TEE shared memory as strace names them (the kernel's own TEE_SHM_*
    # bits, which the exported linux/tee.h does not define) and where a TEE result came
    # from (the GlobalPlatform client API's TEEC_ORIGIN_*)
    "TEE_IOCTL_SHM_MAPPED": 0x1, "TEE_IOCTL_SHM_DMA_BUF": 0x2,
    "TEE_IOCTL_SHM_EXT_DMA_BUF": 0x4, "TEE_IOCTL_SHM_REGISTER": 0x8,
    "TEE_IOCTL_SHM_USER_MAPPED": 0x10, "TEE_IOCTL_SHM_POOL": 0x20,
    "TEE_IOCTL_SHM_KERNEL_MAPPED": 0x40,
    "TEEC_ORIGIN_API": 1, "TEEC_ORIGIN_COMMS": 2, "TEEC_ORIGIN_TEE": 3,
    "TEEC_ORIGIN_TRUSTED_APP": 4,
    # include/linux/pid.h: enum pid_type, which PR_SCHED_CORE's fourth argument takes
    "PIDTYPE_PID": 0, "PIDTYPE_TGID": 1, "PIDTYPE_PGID": 2, "PIDTYPE_SID": 3,
    # arch/x86/include/asm/fpu/types.h: the XSAVE features (enum xfeature) and their masks
    "XFEATURE_FP": 0, "XFEATURE_SSE": 1, "XFEATURE_YMM": 2, "XFEATURE_BNDREGS": 3,
    "XFEATURE_BNDCSR": 4, "XFEATURE_OPMASK": 5, "XFEATURE_ZMM_Hi256": 6,
    "XFEATURE_Hi16_ZMM": 7, "XFEATURE_PT_UNIMPLEMENTED_SO_FAR": 8, "XFEATURE_PKRU": 9,
    "XFEATURE_PASID": 10, "XFEATURE_LBR": 15, "XFEATURE_XTILE_CFG": 17,
    "XFEATURE_XTILE_DATA": 18,
    "XFEATURE_MASK_FP": 1 << 0, "XFEATURE_MASK_SSE": 1 << 1, "XFEATURE_MASK_YMM": 1 << 2,
    "XFEATURE_MASK_BNDREGS": 1 << 3, "XFEATURE_MASK_BNDCSR": 1 << 4,
    "XFEATURE_MASK_OPMASK": 1 << 5, "XFEATURE_MASK_ZMM_Hi256": 1 << 6,
    "XFEATURE_MASK_Hi16_ZMM": 1 << 7, "XFEATURE_MASK_PT": 1 << 8, "XFEATURE_MASK_PKRU": 1 << 9,
    "XFEATURE_MASK_PASID": 1 << 10, "XFEATURE_MASK_LBR": 1 << 15,
    "XFEATURE_MASK_XTILE_CFG": 1 << 17, "XFEATURE_MASK_XTILE_DATA": 1 << 18,
    "XFEATURE_MASK_FPSSE": (1 << 0) | (1 << 1), "XFEATURE_MASK_AVX512": 7 << 5,
    "XFEATURE_MASK_XTILE": 3 << 17,
    # include/linux/key.h: a key's permissions
    "KEY_POS_VIEW": 0x01000000, "KEY_POS_READ": 0x02000000, "KEY_POS_WRITE": 0x04000000,
    "KEY_POS_SEARCH": 0x08000000, "KEY_POS_LINK": 0x10000000, "KEY_POS_SETATTR": 0x20000000,
    "KEY_POS_ALL": 0x3f000000,
    "KEY_USR_VIEW": 0x00010000, "KEY_USR_READ": 0x00020000, "KEY_USR_WRITE": 0x00040000,
    "KEY_USR_SEARCH": 0x00080000, "KEY_USR_LINK": 0x00100000, "KEY_USR_SETATTR": 0x00200000,
    "KEY_USR_ALL": 0x003f0000,
    "KEY_GRP_VIEW": 0x00000100, "KEY_GRP_READ": 0x00000200, "KEY_GRP_WRITE": 0x00000400,
    "KEY_GRP_SEARCH": 0x00000800, "KEY_GRP_LINK": 0x00001000, "KEY_GRP_SETATTR": 0x00002000,
    "KEY_GRP_ALL": 0x00003f00,
    "KEY_OTH_VIEW": 0x00000001, "KEY_OTH_READ": 0x00000002, "KEY_OTH_WRITE": 0x00000004,
    "KEY_OTH_SEARCH": 0x00000008, "KEY_OTH_LINK": 0x00000010, "KEY_OTH_SETATTR": 0x00000020,
    "KEY_OTH_ALL": 0x0000003f,
    # include/uapi/linux/aio_abi.h: "4 was the experimental IOCB_CMD_PREADX"
    "IOCB_CMD_PREADX": 4,
    # include/net/if_inet6.h: the IPv6 state of an interface (IFLA_INET6_FLAGS)
    "IF_RS_SENT": 0x10, "IF_RA_RCVD": 0x20, "IF_RA_MANAGED": 0x40, "IF_RA_OTHERCONF": 0x80,
    "IF_READY": 0x80000000,
    # include/net/sock.h: the shutdown state sock_diag reports
    "RCV_SHUTDOWN": 1, "SEND_SHUTDOWN": 2,
}

# include/linux/ata.h: the ATA commands HDIO_DRIVE_CMD passes (not exported either)
ATA_COMMANDS = (
    "ATA_CMD_NOP=0x00 ATA_CMD_CFA_REQ_EXT_ERR=0x03 ATA_CMD_DSM=0x06 ATA_CMD_DEV_RESET=0x08 "
    "ATA_CMD_REQ_SENSE_DATA=0x0B ATA_CMD_RESTORE=0x10 ATA_CMD_PIO_READ=0x20 "
    "ATA_CMD_READ_LONG=0x22 ATA_CMD_READ_LONG_ONCE=0x23 ATA_CMD_PIO_READ_EXT=0x24 "
    "ATA_CMD_READ_EXT=0x25 ATA_CMD_READ_QUEUED=0x26 ATA_CMD_READ_NATIVE_MAX_EXT=0x27 "
    "ATA_CMD_READ_MULTI_EXT=0x29 ATA_CMD_READ_STREAM_DMA_EXT=0x2A "
    "ATA_CMD_READ_STREAM_EXT=0x2B ATA_CMD_READ_LOG_EXT=0x2F ATA_CMD_PIO_WRITE=0x30 "
    "ATA_CMD_WRITE_LONG=0x32 ATA_CMD_WRITE_LONG_ONCE=0x33 ATA_CMD_PIO_WRITE_EXT=0x34 "
    "ATA_CMD_WRITE_EXT=0x35 ATA_CMD_WRITE_QUEUED=0x36 ATA_CMD_SET_MAX_EXT=0x37 "
    "ATA_CMD_CFA_WRITE_NE=0x38 ATA_CMD_WRITE_MULTI_EXT=0x39 "
    "ATA_CMD_WRITE_STREAM_DMA_EXT=0x3A ATA_CMD_WRITE_STREAM_EXT=0x3B "
    "ATA_CMD_WRITE_FUA_EXT=0x3D ATA_CMD_WRITE_QUEUED_FUA_EXT=0x3E ATA_CMD_WRITE_LOG_EXT=0x3F "
    "ATA_CMD_VERIFY=0x40 ATA_CMD_VERIFY_EXT=0x42 ATA_CMD_WRITE_UNCORR_EXT=0x45 "
    "ATA_CMD_READ_LOG_DMA_EXT=0x47 ATA_CMD_ZAC_MGMT_IN=0x4A ATA_CMD_CONFIG_STREAM=0x51 "
    "ATA_CMD_WRITE_LOG_DMA_EXT=0x57 ATA_CMD_TRUSTED_NONDATA=0x5B ATA_CMD_TRUSTED_RCV=0x5C "
    "ATA_CMD_TRUSTED_RCV_DMA=0x5D ATA_CMD_TRUSTED_SND=0x5E ATA_CMD_TRUSTED_SND_DMA=0x5F "
    "ATA_CMD_FPDMA_READ=0x60 ATA_CMD_FPDMA_WRITE=0x61 ATA_CMD_NCQ_NON_DATA=0x63 "
    "ATA_CMD_FPDMA_SEND=0x64 ATA_CMD_FPDMA_RECV=0x65 ATA_CMD_CFA_TRANS_SECT=0x87 "
    "ATA_CMD_EDD=0x90 ATA_CMD_INIT_DEV_PARAMS=0x91 ATA_CMD_DOWNLOAD_MICRO=0x92 "
    "ATA_CMD_DOWNLOAD_MICRO_DMA=0x93 ATA_CMD_ZAC_MGMT_OUT=0x9F ATA_CMD_PACKET=0xA0 "
    "ATA_CMD_ID_ATAPI=0xA1 ATA_CMD_SERVICE=0xA2 ATA_CMD_SMART=0xB0 ATA_CMD_CONF_OVERLAY=0xB1 "
    "ATA_CMD_SANITIZE_DEVICE=0xB4 ATA_CMD_CFA_ERASE=0xC0 ATA_CMD_READ_MULTI=0xC4 "
    "ATA_CMD_WRITE_MULTI=0xC5 ATA_CMD_SET_MULTI=0xC6 ATA_CMD_READ=0xC8 ATA_CMD_WRITE=0xCA "
    "ATA_CMD_CFA_WRITE_MULT_NE=0xCD ATA_CMD_WRITE_MULTI_FUA_EXT=0xCE "
    "ATA_CMD_CHK_MED_CRD_TYP=0xD1 ATA_CMD_MEDIA_LOCK=0xDE ATA_CMD_MEDIA_UNLOCK=0xDF "
    "ATA_CMD_STANDBYNOW1=0xE0 ATA_CMD_IDLEIMMEDIATE=0xE1 ATA_CMD_STANDBY=0xE2 "
    "ATA_CMD_IDLE=0xE3 ATA_CMD_PMP_READ=0xE4 ATA_CMD_CHK_POWER=0xE5 ATA_CMD_SLEEP=0xE6 "
    "ATA_CMD_FLUSH=0xE7 ATA_CMD_PMP_WRITE=0xE8 ATA_CMD_PMP_READ_DMA=0xE9 "
    "ATA_CMD_FLUSH_EXT=0xEA ATA_CMD_PMP_WRITE_DMA=0xEB ATA_CMD_ID_ATA=0xEC "
    "ATA_CMD_SET_FEATURES=0xEF ATA_CMD_SEC_SET_PASS=0xF1 ATA_CMD_SEC_UNLOCK=0xF2 "
    "ATA_CMD_SEC_ERASE_PREP=0xF3 ATA_CMD_SEC_ERASE_UNIT=0xF4 ATA_CMD_SEC_FREEZE_LOCK=0xF5 "
    "ATA_CMD_SEC_DISABLE_PASS=0xF6 ATA_CMD_READ_NATIVE_MAX=0xF8 ATA_CMD_SET_MAX=0xF9 "
)
KERNEL_INTERNAL_CONSTANTS.update((name, int(value, 16)) for name, value in (
    item.split("=") for item in ATA_COMMANDS.split()))

TABLES = {
    # SysV IPC
    "ipc_key": "IPC_PRIVATE",
    "ipc_get_flags": "IPC_CREAT IPC_EXCL IPC_NOWAIT",
    "shm_get_flags": "IPC_CREAT IPC_EXCL SHM_HUGETLB SHM_NORESERVE",
    "msgctl_cmds": "IPC_RMID IPC_SET IPC_STAT IPC_INFO MSG_STAT MSG_INFO MSG_STAT_ANY",
    "semctl_cmds": "IPC_RMID IPC_SET IPC_STAT IPC_INFO GETPID GETVAL GETALL GETNCNT GETZCNT "
                   "SETVAL SETALL SEM_STAT SEM_INFO SEM_STAT_ANY",
    "shmctl_cmds": "IPC_RMID IPC_SET IPC_STAT IPC_INFO SHM_LOCK SHM_UNLOCK SHM_STAT SHM_INFO "
                   "SHM_STAT_ANY",
    "ipc_version": "IPC_64",
    "msg_op_flags": "MSG_NOERROR MSG_EXCEPT MSG_COPY IPC_NOWAIT",
    "sem_op_flags": "SEM_UNDO IPC_NOWAIT",
    "shmat_flags": "SHM_RDONLY SHM_RND SHM_REMAP SHM_EXEC",
    "mq_attr_flags": "O_NONBLOCK",
    # POSIX timers and notifications
    "sigev_notify": "SIGEV_SIGNAL SIGEV_NONE SIGEV_THREAD SIGEV_THREAD_ID",
    # fanotify
    "fan_classes": "FAN_CLASS_NOTIF FAN_CLASS_CONTENT FAN_CLASS_PRE_CONTENT",
    "fan_init_flags": "FAN_CLOEXEC FAN_NONBLOCK FAN_UNLIMITED_QUEUE FAN_UNLIMITED_MARKS "
                      "FAN_ENABLE_AUDIT FAN_REPORT_PIDFD FAN_REPORT_TID FAN_REPORT_FID "
                      "FAN_REPORT_DIR_FID FAN_REPORT_NAME FAN_REPORT_TARGET_FID",
    "fan_mark_flags": "FAN_MARK_ADD FAN_MARK_REMOVE FAN_MARK_DONT_FOLLOW FAN_MARK_ONLYDIR "
                      "FAN_MARK_MOUNT FAN_MARK_IGNORED_MASK FAN_MARK_IGNORED_SURV_MODIFY "
                      "FAN_MARK_FLUSH FAN_MARK_FILESYSTEM FAN_MARK_EVICTABLE FAN_MARK_IGNORE",
    "fan_event_flags": "FAN_ACCESS FAN_MODIFY FAN_ATTRIB FAN_CLOSE_WRITE FAN_CLOSE_NOWRITE "
                       "FAN_OPEN FAN_MOVED_FROM FAN_MOVED_TO FAN_CREATE FAN_DELETE "
                       "FAN_DELETE_SELF FAN_MOVE_SELF FAN_OPEN_EXEC FAN_Q_OVERFLOW FAN_FS_ERROR "
                       "FAN_OPEN_PERM FAN_ACCESS_PERM FAN_OPEN_EXEC_PERM FAN_DIR_MODIFY "
                       "FAN_ONDIR FAN_EVENT_ON_CHILD FAN_RENAME",
    # swap
    "swap_flags": "SWAP_FLAG_PREFER SWAP_FLAG_DISCARD SWAP_FLAG_DISCARD_ONCE "
                  "SWAP_FLAG_DISCARD_PAGES",
    # NUMA memory policies
    "mpol_modes": "MPOL_DEFAULT MPOL_PREFERRED MPOL_BIND MPOL_INTERLEAVE MPOL_LOCAL "
                  "MPOL_PREFERRED_MANY",
    "mpol_mode_flags": "MPOL_F_STATIC_NODES MPOL_F_RELATIVE_NODES MPOL_F_NUMA_BALANCING",
    "mpol_get_flags": "MPOL_F_NODE MPOL_F_ADDR MPOL_F_MEMS_ALLOWED",
    "mpol_mbind_flags": "MPOL_MF_STRICT MPOL_MF_MOVE MPOL_MF_MOVE_ALL",
    # memory locking and protection keys
    "mlock_flags": "MLOCK_ONFAULT",
    "mlockall_flags": "MCL_CURRENT MCL_FUTURE MCL_ONFAULT",
    "pkey_access": "PKEY_DISABLE_ACCESS PKEY_DISABLE_WRITE PKEY_DISABLE_EXECUTE",
    # namespaces, pidfds, modules, reboot, logs
    "setns_types": "CLONE_NEWTIME CLONE_NEWNS CLONE_NEWCGROUP CLONE_NEWUTS CLONE_NEWIPC "
                   "CLONE_NEWUSER CLONE_NEWPID CLONE_NEWNET",
    "unshare_flags": "CLONE_NEWTIME CLONE_VM CLONE_FS CLONE_FILES CLONE_SIGHAND CLONE_THREAD "
                     "CLONE_NEWNS CLONE_SYSVSEM CLONE_NEWCGROUP CLONE_NEWUTS CLONE_NEWIPC "
                     "CLONE_NEWUSER CLONE_NEWPID CLONE_NEWNET",
    "pidfd_open_flags": "PIDFD_NONBLOCK",
    "module_init_flags": "MODULE_INIT_IGNORE_MODVERSIONS MODULE_INIT_IGNORE_VERMAGIC "
                         "MODULE_INIT_COMPRESSED_FILE",
    "delete_module_flags": "O_NONBLOCK O_TRUNC",
    "reboot_magic": "LINUX_REBOOT_MAGIC1 LINUX_REBOOT_MAGIC2 LINUX_REBOOT_MAGIC2A "
                    "LINUX_REBOOT_MAGIC2B LINUX_REBOOT_MAGIC2C",
    "reboot_cmds": "LINUX_REBOOT_CMD_RESTART LINUX_REBOOT_CMD_HALT LINUX_REBOOT_CMD_CAD_ON "
                   "LINUX_REBOOT_CMD_CAD_OFF LINUX_REBOOT_CMD_POWER_OFF "
                   "LINUX_REBOOT_CMD_RESTART2 LINUX_REBOOT_CMD_SW_SUSPEND "
                   "LINUX_REBOOT_CMD_KEXEC",
    "syslog_actions": "SYSLOG_ACTION_CLOSE SYSLOG_ACTION_OPEN SYSLOG_ACTION_READ "
                      "SYSLOG_ACTION_READ_ALL SYSLOG_ACTION_READ_CLEAR SYSLOG_ACTION_CLEAR "
                      "SYSLOG_ACTION_CONSOLE_OFF SYSLOG_ACTION_CONSOLE_ON "
                      "SYSLOG_ACTION_CONSOLE_LEVEL SYSLOG_ACTION_SIZE_UNREAD "
                      "SYSLOG_ACTION_SIZE_BUFFER",
    "kcmp_types": "KCMP_FILE KCMP_VM KCMP_FILES KCMP_FS KCMP_SIGHAND KCMP_IO KCMP_SYSVSEM "
                  "KCMP_EPOLL_TFD",
    "userfaultfd_flags": "UFFD_USER_MODE_ONLY O_NONBLOCK O_CLOEXEC",
    "signalfd_flags": "SFD_CLOEXEC SFD_NONBLOCK",
    "memfd_secret_flags": "O_CLOEXEC",
    "sync_file_range_flags": "SYNC_FILE_RANGE_WAIT_BEFORE SYNC_FILE_RANGE_WRITE "
                             "SYNC_FILE_RANGE_WAIT_AFTER",
    "priority_which": "PRIO_PROCESS PRIO_PGRP PRIO_USER",
    "ioprio_who": "IOPRIO_WHO_PROCESS IOPRIO_WHO_PGRP IOPRIO_WHO_USER",
    "ioprio_class": "IOPRIO_CLASS_NONE IOPRIO_CLASS_RT IOPRIO_CLASS_BE IOPRIO_CLASS_IDLE",
    "sched_flags": "SCHED_FLAG_RESET_ON_FORK SCHED_FLAG_RECLAIM SCHED_FLAG_DL_OVERRUN "
                   "SCHED_FLAG_KEEP_POLICY SCHED_FLAG_KEEP_PARAMS SCHED_FLAG_UTIL_CLAMP_MIN "
                   "SCHED_FLAG_UTIL_CLAMP_MAX",
    # the mount API
    "fsopen_flags": "FSOPEN_CLOEXEC",
    "fsmount_flags": "FSMOUNT_CLOEXEC",
    "fspick_flags": "FSPICK_CLOEXEC FSPICK_SYMLINK_NOFOLLOW FSPICK_NO_AUTOMOUNT "
                    "FSPICK_EMPTY_PATH",
    "open_tree_flags": "OPEN_TREE_CLONE OPEN_TREE_CLOEXEC AT_SYMLINK_NOFOLLOW AT_REMOVEDIR "
                       "AT_SYMLINK_FOLLOW AT_NO_AUTOMOUNT AT_EMPTY_PATH AT_RECURSIVE",
    "fsconfig_cmds": "FSCONFIG_SET_FLAG FSCONFIG_SET_STRING FSCONFIG_SET_BINARY FSCONFIG_SET_PATH "
                     "FSCONFIG_SET_PATH_EMPTY FSCONFIG_SET_FD FSCONFIG_CMD_CREATE "
                     "FSCONFIG_CMD_RECONFIGURE",
    "mount_propagation": "MS_UNBINDABLE MS_PRIVATE MS_SLAVE MS_SHARED",
    "move_mount_flags": "MOVE_MOUNT_F_SYMLINKS MOVE_MOUNT_F_AUTOMOUNTS MOVE_MOUNT_F_EMPTY_PATH "
                        "MOVE_MOUNT_T_SYMLINKS MOVE_MOUNT_T_AUTOMOUNTS MOVE_MOUNT_T_EMPTY_PATH "
                        "MOVE_MOUNT_SET_GROUP",
    "mount_attr_flags": "MOUNT_ATTR_RDONLY MOUNT_ATTR_NOSUID MOUNT_ATTR_NODEV "
                        "MOUNT_ATTR_NOEXEC MOUNT_ATTR_NOATIME MOUNT_ATTR_STRICTATIME "
                        "MOUNT_ATTR_NODIRATIME MOUNT_ATTR_IDMAP MOUNT_ATTR_NOSYMFOLLOW",
    "fsmount_attr_flags": "MOUNT_ATTR_RDONLY MOUNT_ATTR_NOSUID MOUNT_ATTR_NODEV "
                          "MOUNT_ATTR_NOEXEC MOUNT_ATTR_NOATIME MOUNT_ATTR_STRICTATIME "
                          "MOUNT_ATTR_NODIRATIME",
    "mount_setattr_flags": "AT_SYMLINK_NOFOLLOW AT_NO_AUTOMOUNT AT_EMPTY_PATH AT_RECURSIVE",
    # landlock and fanotify
    "landlock_create_flags": "LANDLOCK_CREATE_RULESET_VERSION",
    "landlock_rule_types": "LANDLOCK_RULE_PATH_BENEATH",
    "landlock_access_fs": "LANDLOCK_ACCESS_FS_EXECUTE LANDLOCK_ACCESS_FS_WRITE_FILE "
                          "LANDLOCK_ACCESS_FS_READ_FILE LANDLOCK_ACCESS_FS_READ_DIR "
                          "LANDLOCK_ACCESS_FS_REMOVE_DIR LANDLOCK_ACCESS_FS_REMOVE_FILE "
                          "LANDLOCK_ACCESS_FS_MAKE_CHAR LANDLOCK_ACCESS_FS_MAKE_DIR "
                          "LANDLOCK_ACCESS_FS_MAKE_REG LANDLOCK_ACCESS_FS_MAKE_SOCK "
                          "LANDLOCK_ACCESS_FS_MAKE_FIFO LANDLOCK_ACCESS_FS_MAKE_BLOCK "
                          "LANDLOCK_ACCESS_FS_MAKE_SYM LANDLOCK_ACCESS_FS_REFER",
    # the pid namespace ioctls --pidns-translation walks the namespace tree with
    "nsfs_ioctls": "NS_GET_USERNS NS_GET_PARENT NS_GET_NSTYPE NS_GET_OWNER_UID",
    # syslog's console levels
    "syslog_console_levels": "LOGLEVEL_EMERG LOGLEVEL_ALERT LOGLEVEL_CRIT LOGLEVEL_ERR "
                             "LOGLEVEL_WARNING LOGLEVEL_NOTICE LOGLEVEL_INFO LOGLEVEL_DEBUG "
                             "LOGLEVEL_DEBUG+1",
    # adjtimex and clock_adjtime
    "adjtimex_modes": "ADJ_OFFSET_SS_READ ADJ_OFFSET_SINGLESHOT ADJ_OFFSET ADJ_FREQUENCY "
                      "ADJ_MAXERROR ADJ_ESTERROR ADJ_STATUS ADJ_TIMECONST ADJ_TAI ADJ_SETOFFSET "
                      "ADJ_MICRO ADJ_NANO ADJ_TICK",
    "adjtimex_status": "STA_PLL STA_PPSFREQ STA_PPSTIME STA_FLL STA_INS STA_DEL STA_UNSYNC "
                       "STA_FREQHOLD STA_PPSSIGNAL STA_PPSJITTER STA_PPSWANDER STA_PPSERROR "
                       "STA_CLOCKERR STA_NANO STA_MODE STA_CLK",
    "adjtimex_state": "TIME_OK TIME_INS TIME_DEL TIME_OOP TIME_WAIT TIME_ERROR",
    # kexec
    "kexec_load_flags": "KEXEC_ON_CRASH KEXEC_PRESERVE_CONTEXT",
    "kexec_arch_values": "KEXEC_ARCH_DEFAULT KEXEC_ARCH_386 KEXEC_ARCH_68K KEXEC_ARCH_PARISC "
                         "KEXEC_ARCH_X86_64 KEXEC_ARCH_PPC KEXEC_ARCH_PPC64 KEXEC_ARCH_IA_64 "
                         "KEXEC_ARCH_ARM KEXEC_ARCH_S390 KEXEC_ARCH_SH KEXEC_ARCH_MIPS_LE "
                         "KEXEC_ARCH_MIPS KEXEC_ARCH_AARCH64 KEXEC_ARCH_RISCV "
                         "KEXEC_ARCH_LOONGARCH",
    "kexec_file_load_flags": "KEXEC_FILE_UNLOAD KEXEC_FILE_ON_CRASH KEXEC_FILE_NO_INITRAMFS",
    "kexec_limits": "KEXEC_ARCH_MASK KEXEC_SEGMENT_MAX",
    # keys: add_key, request_key, keyctl
    "key_spec": "KEY_SPEC_THREAD_KEYRING KEY_SPEC_PROCESS_KEYRING KEY_SPEC_SESSION_KEYRING "
                "KEY_SPEC_USER_KEYRING KEY_SPEC_USER_SESSION_KEYRING KEY_SPEC_GROUP_KEYRING "
                "KEY_SPEC_REQKEY_AUTH_KEY KEY_SPEC_REQUESTOR_KEYRING",
    "key_reqkeys": "KEY_REQKEY_DEFL_NO_CHANGE KEY_REQKEY_DEFL_DEFAULT "
                   "KEY_REQKEY_DEFL_THREAD_KEYRING KEY_REQKEY_DEFL_PROCESS_KEYRING "
                   "KEY_REQKEY_DEFL_SESSION_KEYRING KEY_REQKEY_DEFL_USER_KEYRING "
                   "KEY_REQKEY_DEFL_USER_SESSION_KEYRING KEY_REQKEY_DEFL_GROUP_KEYRING "
                   "KEY_REQKEY_DEFL_REQUESTOR_KEYRING",
    "key_perms": "KEY_POS_VIEW KEY_POS_READ KEY_POS_WRITE KEY_POS_SEARCH KEY_POS_LINK "
                 "KEY_POS_SETATTR KEY_POS_ALL KEY_USR_VIEW KEY_USR_READ KEY_USR_WRITE "
                 "KEY_USR_SEARCH KEY_USR_LINK KEY_USR_SETATTR KEY_USR_ALL KEY_GRP_VIEW "
                 "KEY_GRP_READ KEY_GRP_WRITE KEY_GRP_SEARCH KEY_GRP_LINK KEY_GRP_SETATTR "
                 "KEY_GRP_ALL KEY_OTH_VIEW KEY_OTH_READ KEY_OTH_WRITE KEY_OTH_SEARCH "
                 "KEY_OTH_LINK KEY_OTH_SETATTR KEY_OTH_ALL",
    "keyctl_commands": "KEYCTL_GET_KEYRING_ID KEYCTL_JOIN_SESSION_KEYRING KEYCTL_UPDATE "
                       "KEYCTL_REVOKE KEYCTL_CHOWN KEYCTL_SETPERM KEYCTL_DESCRIBE KEYCTL_CLEAR "
                       "KEYCTL_LINK KEYCTL_UNLINK KEYCTL_SEARCH KEYCTL_READ KEYCTL_INSTANTIATE "
                       "KEYCTL_NEGATE KEYCTL_SET_REQKEY_KEYRING KEYCTL_SET_TIMEOUT "
                       "KEYCTL_ASSUME_AUTHORITY KEYCTL_GET_SECURITY KEYCTL_SESSION_TO_PARENT "
                       "KEYCTL_REJECT KEYCTL_INSTANTIATE_IOV KEYCTL_INVALIDATE "
                       "KEYCTL_GET_PERSISTENT KEYCTL_DH_COMPUTE KEYCTL_PKEY_QUERY "
                       "KEYCTL_PKEY_ENCRYPT KEYCTL_PKEY_DECRYPT KEYCTL_PKEY_SIGN "
                       "KEYCTL_PKEY_VERIFY KEYCTL_RESTRICT_KEYRING KEYCTL_MOVE "
                       "KEYCTL_CAPABILITIES KEYCTL_WATCH_KEY",
    "keyctl_caps0": "KEYCTL_CAPS0_CAPABILITIES KEYCTL_CAPS0_PERSISTENT_KEYRINGS "
                    "KEYCTL_CAPS0_DIFFIE_HELLMAN KEYCTL_CAPS0_PUBLIC_KEY KEYCTL_CAPS0_BIG_KEY "
                    "KEYCTL_CAPS0_INVALIDATE KEYCTL_CAPS0_RESTRICT_KEYRING KEYCTL_CAPS0_MOVE",
    "keyctl_caps1": "KEYCTL_CAPS1_NS_KEYRING_NAME KEYCTL_CAPS1_NS_KEY_TAG "
                    "KEYCTL_CAPS1_NOTIFICATIONS",
    "keyctl_move_flags": "KEYCTL_MOVE_EXCL",
    "keyctl_pkey_ops": "KEYCTL_SUPPORTS_ENCRYPT KEYCTL_SUPPORTS_DECRYPT KEYCTL_SUPPORTS_SIGN "
                       "KEYCTL_SUPPORTS_VERIFY",
    # quotactl
    "quotacmds": "Q_SYNC Q_QUOTAON Q_QUOTAOFF Q_GETFMT Q_GETINFO Q_SETINFO Q_GETQUOTA "
                 "Q_SETQUOTA Q_GETNEXTQUOTA Q_XQUOTAON Q_XQUOTAOFF Q_XGETQUOTA Q_XSETQLIM "
                 "Q_XGETQSTAT Q_XQUOTARM Q_XQUOTASYNC Q_XGETQSTATV Q_XGETNEXTQUOTA",
    "quotatypes": "USRQUOTA GRPQUOTA PRJQUOTA",
    "quota_formats": "QFMT_VFS_OLD QFMT_VFS_V0 QFMT_OCFS2 QFMT_VFS_V1",
    "xfs_quota_flags": "FS_QUOTA_UDQ_ACCT FS_QUOTA_UDQ_ENFD FS_QUOTA_GDQ_ACCT FS_QUOTA_GDQ_ENFD "
                       "FS_QUOTA_PDQ_ACCT FS_QUOTA_PDQ_ENFD",
    "xfs_dqblk_flags": "FS_USER_QUOTA FS_PROJ_QUOTA FS_GROUP_QUOTA",
    "if_dqblk_valid": "QIF_BLIMITS QIF_SPACE QIF_ILIMITS QIF_INODES QIF_BTIME QIF_ITIME",
    "if_dqinfo_flags": "DQF_ROOT_SQUASH DQF_SYS_FILE",
    "if_dqinfo_valid": "IIF_BGRACE IIF_IGRACE IIF_FLAGS",
    "quota_limits": "SUBCMDSHIFT SUBCMDMASK",
    # io_uring
    "uring_enter_flags": "IORING_ENTER_GETEVENTS IORING_ENTER_SQ_WAKEUP IORING_ENTER_SQ_WAIT "
                         "IORING_ENTER_EXT_ARG IORING_ENTER_REGISTERED_RING",
    "uring_files_update_fds": "IORING_REGISTER_FILES_SKIP",
    "uring_iowq_acct": "IO_WQ_BOUND IO_WQ_UNBOUND",
    "uring_op_flags": "IO_URING_OP_SUPPORTED",
    "uring_ops": "IORING_OP_NOP IORING_OP_READV IORING_OP_WRITEV IORING_OP_FSYNC "
                 "IORING_OP_READ_FIXED IORING_OP_WRITE_FIXED IORING_OP_POLL_ADD "
                 "IORING_OP_POLL_REMOVE IORING_OP_SYNC_FILE_RANGE IORING_OP_SENDMSG "
                 "IORING_OP_RECVMSG IORING_OP_TIMEOUT IORING_OP_TIMEOUT_REMOVE IORING_OP_ACCEPT "
                 "IORING_OP_ASYNC_CANCEL IORING_OP_LINK_TIMEOUT IORING_OP_CONNECT "
                 "IORING_OP_FALLOCATE IORING_OP_OPENAT IORING_OP_CLOSE IORING_OP_FILES_UPDATE "
                 "IORING_OP_STATX IORING_OP_READ IORING_OP_WRITE IORING_OP_FADVISE "
                 "IORING_OP_MADVISE IORING_OP_SEND IORING_OP_RECV IORING_OP_OPENAT2 "
                 "IORING_OP_EPOLL_CTL IORING_OP_SPLICE IORING_OP_PROVIDE_BUFFERS "
                 "IORING_OP_REMOVE_BUFFERS IORING_OP_TEE IORING_OP_SHUTDOWN IORING_OP_RENAMEAT "
                 "IORING_OP_UNLINKAT IORING_OP_MKDIRAT IORING_OP_SYMLINKAT IORING_OP_LINKAT "
                 "IORING_OP_MSG_RING IORING_OP_FSETXATTR IORING_OP_SETXATTR IORING_OP_FGETXATTR "
                 "IORING_OP_GETXATTR IORING_OP_SOCKET IORING_OP_URING_CMD",
    "uring_setup_features": "IORING_FEAT_SINGLE_MMAP IORING_FEAT_NODROP "
                            "IORING_FEAT_SUBMIT_STABLE IORING_FEAT_RW_CUR_POS "
                            "IORING_FEAT_CUR_PERSONALITY IORING_FEAT_FAST_POLL "
                            "IORING_FEAT_POLL_32BITS IORING_FEAT_SQPOLL_NONFIXED "
                            "IORING_FEAT_EXT_ARG IORING_FEAT_NATIVE_WORKERS "
                            "IORING_FEAT_RSRC_TAGS IORING_FEAT_CQE_SKIP IORING_FEAT_LINKED_FILE",
    "uring_setup_flags": "IORING_SETUP_IOPOLL IORING_SETUP_SQPOLL IORING_SETUP_SQ_AFF "
                         "IORING_SETUP_CQSIZE IORING_SETUP_CLAMP IORING_SETUP_ATTACH_WQ "
                         "IORING_SETUP_R_DISABLED IORING_SETUP_SUBMIT_ALL "
                         "IORING_SETUP_COOP_TASKRUN IORING_SETUP_TASKRUN_FLAG "
                         "IORING_SETUP_SQE128 IORING_SETUP_CQE32",
    "uring_sqe_flags": "IOSQE_FIXED_FILE IOSQE_IO_DRAIN IOSQE_IO_LINK IOSQE_IO_HARDLINK "
                       "IOSQE_ASYNC IOSQE_BUFFER_SELECT IOSQE_CQE_SKIP_SUCCESS",
    "uring_register_opcodes": "IORING_REGISTER_BUFFERS IORING_UNREGISTER_BUFFERS "
                              "IORING_REGISTER_FILES IORING_UNREGISTER_FILES "
                              "IORING_REGISTER_EVENTFD IORING_UNREGISTER_EVENTFD "
                              "IORING_REGISTER_FILES_UPDATE IORING_REGISTER_EVENTFD_ASYNC "
                              "IORING_REGISTER_PROBE IORING_REGISTER_PERSONALITY "
                              "IORING_UNREGISTER_PERSONALITY IORING_REGISTER_RESTRICTIONS "
                              "IORING_REGISTER_ENABLE_RINGS IORING_REGISTER_FILES2 "
                              "IORING_REGISTER_FILES_UPDATE2 IORING_REGISTER_BUFFERS2 "
                              "IORING_REGISTER_BUFFERS_UPDATE IORING_REGISTER_IOWQ_AFF "
                              "IORING_UNREGISTER_IOWQ_AFF IORING_REGISTER_IOWQ_MAX_WORKERS "
                              "IORING_REGISTER_RING_FDS IORING_UNREGISTER_RING_FDS "
                              "IORING_REGISTER_PBUF_RING IORING_UNREGISTER_PBUF_RING",
    "uring_register_rsrc_flags": "IORING_RSRC_REGISTER_SPARSE",
    "uring_restriction_opcodes": "IORING_RESTRICTION_REGISTER_OP IORING_RESTRICTION_SQE_OP "
                                 "IORING_RESTRICTION_SQE_FLAGS_ALLOWED "
                                 "IORING_RESTRICTION_SQE_FLAGS_REQUIRED",
    # AIO
    "aio_cmds": "IOCB_CMD_PREAD IOCB_CMD_PWRITE IOCB_CMD_FSYNC IOCB_CMD_FDSYNC IOCB_CMD_PREADX "
                "IOCB_CMD_POLL IOCB_CMD_NOOP IOCB_CMD_PREADV IOCB_CMD_PWRITEV",
    "aio_iocb_flags": "IOCB_FLAG_RESFD IOCB_FLAG_IOPRIO",
    # BPF instructions: classic (seccomp, socket filters) and extended
    "bpf_class": "BPF_LD BPF_LDX BPF_ST BPF_STX BPF_ALU BPF_JMP BPF_RET BPF_MISC",
    "bpf_size": "BPF_W BPF_H BPF_B BPF_DW",
    "bpf_mode": "BPF_IMM BPF_ABS BPF_IND BPF_MEM BPF_LEN BPF_MSH BPF_XADD",
    "bpf_op_alu": "BPF_ADD BPF_SUB BPF_MUL BPF_DIV BPF_OR BPF_AND BPF_LSH BPF_RSH BPF_NEG "
                  "BPF_MOD BPF_XOR BPF_MOV BPF_ARSH BPF_END",
    "bpf_op_jmp": "BPF_JA BPF_JEQ BPF_JGT BPF_JGE BPF_JSET BPF_JNE BPF_JSGT BPF_JSGE BPF_CALL "
                  "BPF_EXIT BPF_JLT BPF_JLE BPF_JSLT BPF_JSLE",
    "bpf_src": "BPF_K BPF_X",
    "bpf_rval": "BPF_K BPF_X BPF_A",
    "bpf_miscop": "BPF_TAX BPF_TXA",
    "ebpf_class": "BPF_LD BPF_LDX BPF_ST BPF_STX BPF_ALU BPF_JMP BPF_JMP32 BPF_ALU64",
    "ebpf_mode": "BPF_IMM BPF_ABS BPF_IND BPF_MEM BPF_XADD",
    "ebpf_op_alu": "BPF_MOV BPF_ARSH BPF_END",
    "ebpf_op_jmp": "BPF_JNE BPF_JSGT BPF_JSGE BPF_CALL BPF_EXIT BPF_JLT BPF_JLE BPF_JSLT BPF_JSLE",
    "ebpf_size": "BPF_DW",
    "bpf_limits": "BPF_MAXINSNS",
    # the bpf syscall: commands, object types and the flags of its attributes
    "bpf_commands": (
        "BPF_MAP_CREATE BPF_MAP_LOOKUP_ELEM BPF_MAP_UPDATE_ELEM BPF_MAP_DELETE_ELEM "
        "BPF_MAP_GET_NEXT_KEY BPF_PROG_LOAD BPF_OBJ_PIN BPF_OBJ_GET BPF_PROG_ATTACH "
        "BPF_PROG_DETACH BPF_PROG_TEST_RUN BPF_PROG_GET_NEXT_ID BPF_MAP_GET_NEXT_ID "
        "BPF_PROG_GET_FD_BY_ID BPF_MAP_GET_FD_BY_ID BPF_OBJ_GET_INFO_BY_FD BPF_PROG_QUERY "
        "BPF_RAW_TRACEPOINT_OPEN BPF_BTF_LOAD BPF_BTF_GET_FD_BY_ID BPF_TASK_FD_QUERY "
        "BPF_MAP_LOOKUP_AND_DELETE_ELEM BPF_MAP_FREEZE BPF_BTF_GET_NEXT_ID "
        "BPF_MAP_LOOKUP_BATCH BPF_MAP_LOOKUP_AND_DELETE_BATCH BPF_MAP_UPDATE_BATCH "
        "BPF_MAP_DELETE_BATCH BPF_LINK_CREATE BPF_LINK_UPDATE BPF_LINK_GET_FD_BY_ID "
        "BPF_LINK_GET_NEXT_ID BPF_ENABLE_STATS BPF_ITER_CREATE BPF_LINK_DETACH "
        "BPF_PROG_BIND_MAP"),
    "bpf_map_types": (
        "BPF_MAP_TYPE_UNSPEC BPF_MAP_TYPE_HASH BPF_MAP_TYPE_ARRAY BPF_MAP_TYPE_PROG_ARRAY "
        "BPF_MAP_TYPE_PERF_EVENT_ARRAY BPF_MAP_TYPE_PERCPU_HASH BPF_MAP_TYPE_PERCPU_ARRAY "
        "BPF_MAP_TYPE_STACK_TRACE BPF_MAP_TYPE_CGROUP_ARRAY BPF_MAP_TYPE_LRU_HASH "
        "BPF_MAP_TYPE_LRU_PERCPU_HASH BPF_MAP_TYPE_LPM_TRIE BPF_MAP_TYPE_ARRAY_OF_MAPS "
        "BPF_MAP_TYPE_HASH_OF_MAPS BPF_MAP_TYPE_DEVMAP BPF_MAP_TYPE_SOCKMAP BPF_MAP_TYPE_CPUMAP "
        "BPF_MAP_TYPE_XSKMAP BPF_MAP_TYPE_SOCKHASH BPF_MAP_TYPE_CGROUP_STORAGE "
        "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE "
        "BPF_MAP_TYPE_QUEUE BPF_MAP_TYPE_STACK BPF_MAP_TYPE_SK_STORAGE "
        "BPF_MAP_TYPE_DEVMAP_HASH BPF_MAP_TYPE_STRUCT_OPS BPF_MAP_TYPE_RINGBUF "
        "BPF_MAP_TYPE_INODE_STORAGE BPF_MAP_TYPE_TASK_STORAGE BPF_MAP_TYPE_BLOOM_FILTER "
        "BPF_MAP_TYPE_USER_RINGBUF"),
    "bpf_map_flags": "BPF_F_NO_PREALLOC BPF_F_NO_COMMON_LRU BPF_F_NUMA_NODE BPF_F_RDONLY "
                     "BPF_F_WRONLY BPF_F_STACK_BUILD_ID BPF_F_ZERO_SEED BPF_F_RDONLY_PROG "
                     "BPF_F_WRONLY_PROG BPF_F_CLONE BPF_F_MMAPABLE BPF_F_PRESERVE_ELEMS "
                     "BPF_F_INNER_MAP",
    "bpf_prog_types": (
        "BPF_PROG_TYPE_UNSPEC BPF_PROG_TYPE_SOCKET_FILTER BPF_PROG_TYPE_KPROBE "
        "BPF_PROG_TYPE_SCHED_CLS BPF_PROG_TYPE_SCHED_ACT BPF_PROG_TYPE_TRACEPOINT "
        "BPF_PROG_TYPE_XDP BPF_PROG_TYPE_PERF_EVENT BPF_PROG_TYPE_CGROUP_SKB "
        "BPF_PROG_TYPE_CGROUP_SOCK BPF_PROG_TYPE_LWT_IN BPF_PROG_TYPE_LWT_OUT "
        "BPF_PROG_TYPE_LWT_XMIT BPF_PROG_TYPE_SOCK_OPS BPF_PROG_TYPE_SK_SKB "
        "BPF_PROG_TYPE_CGROUP_DEVICE BPF_PROG_TYPE_SK_MSG BPF_PROG_TYPE_RAW_TRACEPOINT "
        "BPF_PROG_TYPE_CGROUP_SOCK_ADDR BPF_PROG_TYPE_LWT_SEG6LOCAL BPF_PROG_TYPE_LIRC_MODE2 "
        "BPF_PROG_TYPE_SK_REUSEPORT BPF_PROG_TYPE_FLOW_DISSECTOR BPF_PROG_TYPE_CGROUP_SYSCTL "
        "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE BPF_PROG_TYPE_CGROUP_SOCKOPT "
        "BPF_PROG_TYPE_TRACING BPF_PROG_TYPE_STRUCT_OPS BPF_PROG_TYPE_EXT BPF_PROG_TYPE_LSM "
        "BPF_PROG_TYPE_SK_LOOKUP BPF_PROG_TYPE_SYSCALL"),
    "bpf_prog_flags": "BPF_F_STRICT_ALIGNMENT BPF_F_ANY_ALIGNMENT BPF_F_TEST_RND_HI32 "
                      "BPF_F_TEST_STATE_FREQ BPF_F_SLEEPABLE",
    "bpf_map_lookup_elem_flags": "BPF_ANY BPF_F_LOCK",
    "bpf_map_update_elem_flags": "BPF_ANY BPF_NOEXIST BPF_EXIST BPF_F_LOCK",
    "bpf_attach_type": (
        "BPF_CGROUP_INET_INGRESS BPF_CGROUP_INET_EGRESS BPF_CGROUP_INET_SOCK_CREATE "
        "BPF_CGROUP_SOCK_OPS BPF_SK_SKB_STREAM_PARSER BPF_SK_SKB_STREAM_VERDICT "
        "BPF_CGROUP_DEVICE BPF_SK_MSG_VERDICT BPF_CGROUP_INET4_BIND BPF_CGROUP_INET6_BIND "
        "BPF_CGROUP_INET4_CONNECT BPF_CGROUP_INET6_CONNECT BPF_CGROUP_INET4_POST_BIND "
        "BPF_CGROUP_INET6_POST_BIND BPF_CGROUP_UDP4_SENDMSG BPF_CGROUP_UDP6_SENDMSG "
        "BPF_LIRC_MODE2 BPF_FLOW_DISSECTOR BPF_CGROUP_SYSCTL BPF_CGROUP_UDP4_RECVMSG "
        "BPF_CGROUP_UDP6_RECVMSG BPF_CGROUP_GETSOCKOPT BPF_CGROUP_SETSOCKOPT BPF_TRACE_RAW_TP "
        "BPF_TRACE_FENTRY BPF_TRACE_FEXIT BPF_MODIFY_RETURN BPF_LSM_MAC BPF_TRACE_ITER "
        "BPF_CGROUP_INET4_GETPEERNAME BPF_CGROUP_INET6_GETPEERNAME "
        "BPF_CGROUP_INET4_GETSOCKNAME BPF_CGROUP_INET6_GETSOCKNAME BPF_XDP_DEVMAP "
        "BPF_CGROUP_INET_SOCK_RELEASE BPF_XDP_CPUMAP BPF_SK_LOOKUP BPF_XDP "
        "BPF_SK_SKB_VERDICT BPF_SK_REUSEPORT_SELECT BPF_SK_REUSEPORT_SELECT_OR_MIGRATE "
        "BPF_PERF_EVENT BPF_TRACE_KPROBE_MULTI BPF_LSM_CGROUP"),
    "bpf_attach_flags": "BPF_F_ALLOW_OVERRIDE BPF_F_ALLOW_MULTI BPF_F_REPLACE",
    "bpf_query_flags": "BPF_F_QUERY_EFFECTIVE",
    "bpf_task_fd_type": "BPF_FD_TYPE_RAW_TRACEPOINT BPF_FD_TYPE_TRACEPOINT BPF_FD_TYPE_KPROBE "
                        "BPF_FD_TYPE_KRETPROBE BPF_FD_TYPE_UPROBE BPF_FD_TYPE_URETPROBE",
    "bpf_test_run_flags": "BPF_F_TEST_RUN_ON_CPU BPF_F_TEST_XDP_LIVE_FRAMES",
    "bpf_link_create_kprobe_multi_flags": "BPF_F_KPROBE_MULTI_RETURN",
    "bpf_file_mode_flags": "BPF_F_RDONLY BPF_F_WRONLY",
    "ebpf_regs": "BPF_REG_0 BPF_REG_1 BPF_REG_2 BPF_REG_3 BPF_REG_4 BPF_REG_5 BPF_REG_6 "
                 "BPF_REG_7 BPF_REG_8 BPF_REG_9 BPF_REG_10",
    "numa_node": "NUMA_NO_NODE",
    "skf_offsets": "SKF_AD_OFF SKF_NET_OFF SKF_LL_OFF",
    "skf_ad": "SKF_AD_PROTOCOL SKF_AD_PKTTYPE SKF_AD_IFINDEX SKF_AD_NLATTR SKF_AD_NLATTR_NEST "
              "SKF_AD_MARK SKF_AD_QUEUE SKF_AD_HATYPE SKF_AD_RXHASH SKF_AD_CPU SKF_AD_ALU_XOR_X "
              "SKF_AD_VLAN_TAG SKF_AD_VLAN_TAG_PRESENT SKF_AD_PAY_OFFSET SKF_AD_RANDOM "
              "SKF_AD_VLAN_TPID",
    "sched_attr_sizes": "SCHED_ATTR_SIZE_VER0 SCHED_ATTR_SIZE_VER1",
    # perf_event_open
    "hw_breakpoint_len": "HW_BREAKPOINT_LEN_1 HW_BREAKPOINT_LEN_2 HW_BREAKPOINT_LEN_4 "
                         "HW_BREAKPOINT_LEN_8",
    "hw_breakpoint_type": "HW_BREAKPOINT_EMPTY HW_BREAKPOINT_R HW_BREAKPOINT_W HW_BREAKPOINT_RW "
                          "HW_BREAKPOINT_X",
    "perf_attr_size": "PERF_ATTR_SIZE_VER0 PERF_ATTR_SIZE_VER1 PERF_ATTR_SIZE_VER2 "
                      "PERF_ATTR_SIZE_VER3 PERF_ATTR_SIZE_VER4 PERF_ATTR_SIZE_VER5 "
                      "PERF_ATTR_SIZE_VER6 PERF_ATTR_SIZE_VER7",
    "perf_branch_sample_type": "PERF_SAMPLE_BRANCH_USER PERF_SAMPLE_BRANCH_KERNEL "
                               "PERF_SAMPLE_BRANCH_HV PERF_SAMPLE_BRANCH_ANY "
                               "PERF_SAMPLE_BRANCH_ANY_CALL PERF_SAMPLE_BRANCH_ANY_RETURN "
                               "PERF_SAMPLE_BRANCH_IND_CALL PERF_SAMPLE_BRANCH_ABORT_TX "
                               "PERF_SAMPLE_BRANCH_IN_TX PERF_SAMPLE_BRANCH_NO_TX "
                               "PERF_SAMPLE_BRANCH_COND PERF_SAMPLE_BRANCH_CALL_STACK "
                               "PERF_SAMPLE_BRANCH_IND_JUMP PERF_SAMPLE_BRANCH_CALL "
                               "PERF_SAMPLE_BRANCH_NO_FLAGS PERF_SAMPLE_BRANCH_NO_CYCLES "
                               "PERF_SAMPLE_BRANCH_TYPE_SAVE PERF_SAMPLE_BRANCH_HW_INDEX "
                               "PERF_SAMPLE_BRANCH_PRIV_SAVE",
    "perf_event_open_flags": "PERF_FLAG_FD_NO_GROUP PERF_FLAG_FD_OUTPUT PERF_FLAG_PID_CGROUP "
                             "PERF_FLAG_FD_CLOEXEC",
    "perf_event_read_format": "PERF_FORMAT_TOTAL_TIME_ENABLED PERF_FORMAT_TOTAL_TIME_RUNNING "
                              "PERF_FORMAT_ID PERF_FORMAT_GROUP PERF_FORMAT_LOST",
    "perf_event_sample_format": "PERF_SAMPLE_IP PERF_SAMPLE_TID PERF_SAMPLE_TIME PERF_SAMPLE_ADDR "
                                "PERF_SAMPLE_READ PERF_SAMPLE_CALLCHAIN PERF_SAMPLE_ID "
                                "PERF_SAMPLE_CPU PERF_SAMPLE_PERIOD PERF_SAMPLE_STREAM_ID "
                                "PERF_SAMPLE_RAW PERF_SAMPLE_BRANCH_STACK PERF_SAMPLE_REGS_USER "
                                "PERF_SAMPLE_STACK_USER PERF_SAMPLE_WEIGHT PERF_SAMPLE_DATA_SRC "
                                "PERF_SAMPLE_IDENTIFIER PERF_SAMPLE_TRANSACTION "
                                "PERF_SAMPLE_REGS_INTR PERF_SAMPLE_PHYS_ADDR PERF_SAMPLE_AUX "
                                "PERF_SAMPLE_CGROUP PERF_SAMPLE_DATA_PAGE_SIZE "
                                "PERF_SAMPLE_CODE_PAGE_SIZE PERF_SAMPLE_WEIGHT_STRUCT",
    "perf_hw_cache_id": "PERF_COUNT_HW_CACHE_L1D PERF_COUNT_HW_CACHE_L1I PERF_COUNT_HW_CACHE_LL "
                        "PERF_COUNT_HW_CACHE_DTLB PERF_COUNT_HW_CACHE_ITLB "
                        "PERF_COUNT_HW_CACHE_BPU PERF_COUNT_HW_CACHE_NODE",
    "perf_hw_cache_op_id": "PERF_COUNT_HW_CACHE_OP_READ PERF_COUNT_HW_CACHE_OP_WRITE "
                           "PERF_COUNT_HW_CACHE_OP_PREFETCH",
    "perf_hw_cache_op_result_id": "PERF_COUNT_HW_CACHE_RESULT_ACCESS "
                                  "PERF_COUNT_HW_CACHE_RESULT_MISS",
    "perf_hw_id": "PERF_COUNT_HW_CPU_CYCLES PERF_COUNT_HW_INSTRUCTIONS "
                  "PERF_COUNT_HW_CACHE_REFERENCES PERF_COUNT_HW_CACHE_MISSES "
                  "PERF_COUNT_HW_BRANCH_INSTRUCTIONS PERF_COUNT_HW_BRANCH_MISSES "
                  "PERF_COUNT_HW_BUS_CYCLES PERF_COUNT_HW_STALLED_CYCLES_FRONTEND "
                  "PERF_COUNT_HW_STALLED_CYCLES_BACKEND PERF_COUNT_HW_REF_CPU_CYCLES",
    "perf_sw_ids": "PERF_COUNT_SW_CPU_CLOCK PERF_COUNT_SW_TASK_CLOCK PERF_COUNT_SW_PAGE_FAULTS "
                   "PERF_COUNT_SW_CONTEXT_SWITCHES PERF_COUNT_SW_CPU_MIGRATIONS "
                   "PERF_COUNT_SW_PAGE_FAULTS_MIN PERF_COUNT_SW_PAGE_FAULTS_MAJ "
                   "PERF_COUNT_SW_ALIGNMENT_FAULTS PERF_COUNT_SW_EMULATION_FAULTS "
                   "PERF_COUNT_SW_DUMMY PERF_COUNT_SW_BPF_OUTPUT PERF_COUNT_SW_CGROUP_SWITCHES",
    "perf_type_id": "PERF_TYPE_HARDWARE PERF_TYPE_SOFTWARE PERF_TYPE_TRACEPOINT "
                    "PERF_TYPE_HW_CACHE PERF_TYPE_RAW PERF_TYPE_BREAKPOINT",
    # ptrace
    "ptrace_cmds": "PTRACE_TRACEME PTRACE_PEEKTEXT PTRACE_PEEKDATA PTRACE_PEEKUSER "
                   "PTRACE_POKETEXT PTRACE_POKEDATA PTRACE_POKEUSER PTRACE_CONT PTRACE_KILL "
                   "PTRACE_SINGLESTEP PTRACE_ATTACH PTRACE_DETACH PTRACE_SYSCALL "
                   "PTRACE_SETOPTIONS PTRACE_GETEVENTMSG PTRACE_GETSIGINFO PTRACE_SETSIGINFO "
                   "PTRACE_GETREGSET PTRACE_SETREGSET PTRACE_SEIZE PTRACE_INTERRUPT "
                   "PTRACE_LISTEN PTRACE_PEEKSIGINFO PTRACE_GETSIGMASK PTRACE_SETSIGMASK "
                   "PTRACE_SECCOMP_GET_FILTER PTRACE_SECCOMP_GET_METADATA "
                   "PTRACE_GET_SYSCALL_INFO PTRACE_GET_RSEQ_CONFIGURATION PTRACE_GETREGS "
                   "PTRACE_SETREGS PTRACE_GETFPREGS PTRACE_SETFPREGS PTRACE_GETFPXREGS "
                   "PTRACE_SETFPXREGS PTRACE_OLDSETOPTIONS PTRACE_GET_THREAD_AREA "
                   "PTRACE_SET_THREAD_AREA PTRACE_ARCH_PRCTL PTRACE_SYSEMU "
                   "PTRACE_SYSEMU_SINGLESTEP PTRACE_SINGLEBLOCK",
    "ptrace_setoptions_flags": "PTRACE_O_TRACESYSGOOD PTRACE_O_TRACEFORK PTRACE_O_TRACEVFORK "
                               "PTRACE_O_TRACECLONE PTRACE_O_TRACEEXEC PTRACE_O_TRACEVFORKDONE "
                               "PTRACE_O_TRACEEXIT PTRACE_O_TRACESECCOMP PTRACE_O_EXITKILL "
                               "PTRACE_O_SUSPEND_SECCOMP",
    "ptrace_peeksiginfo_flags": "PTRACE_PEEKSIGINFO_SHARED",
    "ptrace_syscall_info_op": "PTRACE_SYSCALL_INFO_NONE PTRACE_SYSCALL_INFO_ENTRY "
                              "PTRACE_SYSCALL_INFO_EXIT PTRACE_SYSCALL_INFO_SECCOMP",
    "nt_descriptor_types": "NT_PRSTATUS NT_FPREGSET NT_PRPSINFO NT_PRXREG NT_PLATFORM NT_AUXV "
                           "NT_GWINDOWS NT_ASRS NT_PSTATUS NT_PSINFO NT_PRCRED NT_UTSNAME "
                           "NT_LWPSTATUS NT_LWPSINFO NT_PRFPXREG NT_PPC_VMX NT_PPC_SPE NT_PPC_VSX "
                           "NT_PPC_TAR NT_PPC_PPR NT_PPC_DSCR NT_PPC_EBB NT_PPC_PMU "
                           "NT_PPC_TM_CGPR NT_PPC_TM_CFPR NT_PPC_TM_CVMX NT_PPC_TM_CVSX "
                           "NT_PPC_TM_SPR NT_PPC_TM_CTAR NT_PPC_TM_CPPR NT_PPC_TM_CDSCR "
                           "NT_PPC_PKEY NT_386_TLS NT_386_IOPERM NT_X86_XSTATE "
                           "NT_S390_HIGH_GPRS NT_S390_TIMER NT_S390_TODCMP NT_S390_TODPREG "
                           "NT_S390_CTRS NT_S390_PREFIX NT_S390_LAST_BREAK NT_S390_SYSTEM_CALL "
                           "NT_S390_TDB NT_S390_VXRS_LOW NT_S390_VXRS_HIGH NT_S390_GS_CB "
                           "NT_S390_GS_BC NT_S390_RI_CB NT_S390_PV_CPU_DATA NT_ARM_VFP "
                           "NT_ARM_TLS NT_ARM_HW_BREAK NT_ARM_HW_WATCH NT_ARM_SYSTEM_CALL "
                           "NT_ARM_SVE NT_ARM_PAC_MASK NT_ARM_PACA_KEYS NT_ARM_PACG_KEYS "
                           "NT_ARM_TAGGED_ADDR_CTRL NT_ARM_PAC_ENABLED_KEYS NT_ARM_SSVE "
                           "NT_ARM_ZA NT_METAG_CBUF NT_METAG_RPIPE NT_METAG_TLS NT_ARC_V2 "
                           "NT_VMCOREDD NT_MIPS_DSP NT_MIPS_FP_MODE NT_MIPS_MSA "
                           "NT_LOONGARCH_CPUCFG NT_LOONGARCH_CSR NT_LOONGARCH_LSX "
                           "NT_LOONGARCH_LASX NT_LOONGARCH_LBT NT_FILE NT_PRXFPREG NT_SIGINFO",
    "audit_arch": "AUDIT_ARCH_AARCH64 AUDIT_ARCH_ALPHA AUDIT_ARCH_ARCOMPACT "
                  "AUDIT_ARCH_ARCOMPACTBE AUDIT_ARCH_ARCV2 AUDIT_ARCH_ARCV2BE AUDIT_ARCH_ARM "
                  "AUDIT_ARCH_ARMEB AUDIT_ARCH_C6X AUDIT_ARCH_C6XBE AUDIT_ARCH_CRIS "
                  "AUDIT_ARCH_CSKY AUDIT_ARCH_FRV AUDIT_ARCH_H8300 AUDIT_ARCH_HEXAGON "
                  "AUDIT_ARCH_I386 AUDIT_ARCH_IA64 AUDIT_ARCH_LOONGARCH32 AUDIT_ARCH_LOONGARCH64 "
                  "AUDIT_ARCH_M32R AUDIT_ARCH_M68K AUDIT_ARCH_MICROBLAZE AUDIT_ARCH_MIPS "
                  "AUDIT_ARCH_MIPS64 AUDIT_ARCH_MIPS64N32 AUDIT_ARCH_MIPSEL AUDIT_ARCH_MIPSEL64 "
                  "AUDIT_ARCH_MIPSEL64N32 AUDIT_ARCH_NDS32 AUDIT_ARCH_NDS32BE AUDIT_ARCH_NIOS2 "
                  "AUDIT_ARCH_OPENRISC AUDIT_ARCH_PARISC AUDIT_ARCH_PARISC64 AUDIT_ARCH_PPC "
                  "AUDIT_ARCH_PPC64 AUDIT_ARCH_PPC64LE AUDIT_ARCH_RISCV32 AUDIT_ARCH_RISCV64 "
                  "AUDIT_ARCH_S390 AUDIT_ARCH_S390X AUDIT_ARCH_SH AUDIT_ARCH_SH64 AUDIT_ARCH_SHEL "
                  "AUDIT_ARCH_SHEL64 AUDIT_ARCH_SPARC AUDIT_ARCH_SPARC64 AUDIT_ARCH_TILEGX "
                  "AUDIT_ARCH_TILEGX32 AUDIT_ARCH_TILEPRO AUDIT_ARCH_UNICORE AUDIT_ARCH_V850 "
                  "AUDIT_ARCH_X86_64 AUDIT_ARCH_XTENSA",
    # the registers' offsets in struct user that PTRACE_PEEKUSER takes
    "user_regs": "R15 R14 R13 R12 RBP RBX R11 R10 R9 R8 RAX RCX RDX RSI RDI ORIG_RAX RIP CS "
                 "EFLAGS RSP SS",
    "mmap_limits": "MAP_TYPE MAP_HUGE_SHIFT MAP_HUGE_MASK",
    "memfd_limits": "MFD_HUGE_SHIFT MFD_HUGE_MASK",
    "msync_flags": "MS_SYNC MS_ASYNC MS_INVALIDATE",
    "ifstats_xstats_type_attrs": "LINK_XSTATS_TYPE_UNSPEC LINK_XSTATS_TYPE_BRIDGE "
                                 "LINK_XSTATS_TYPE_BOND",
    "ifstats_xstats_bridge_attrs": "BRIDGE_XSTATS_UNSPEC BRIDGE_XSTATS_VLAN BRIDGE_XSTATS_MCAST "
                                   "BRIDGE_XSTATS_PAD BRIDGE_XSTATS_STP",
    "ifstats_xstats_bridge_mcast_indices": "BR_MCAST_DIR_RX BR_MCAST_DIR_TX",
    "ifstats_xstats_bond_attrs": "BOND_XSTATS_UNSPEC BOND_XSTATS_3AD",
    "ifstats_xstats_bond_3ad_attrs": "BOND_3AD_STAT_LACPDU_RX BOND_3AD_STAT_LACPDU_TX "
                                     "BOND_3AD_STAT_LACPDU_UNKNOWN_RX "
                                     "BOND_3AD_STAT_LACPDU_ILLEGAL_RX BOND_3AD_STAT_MARKER_RX "
                                     "BOND_3AD_STAT_MARKER_TX BOND_3AD_STAT_MARKER_RESP_RX "
                                     "BOND_3AD_STAT_MARKER_RESP_TX "
                                     "BOND_3AD_STAT_MARKER_UNKNOWN_RX BOND_3AD_STAT_PAD",
    "ifstats_af_spec_mpls_attrs": "MPLS_STATS_UNSPEC MPLS_STATS_LINK",
    "smc_diag_mode": "SMC_DIAG_MODE_SMCR SMC_DIAG_MODE_FALLBACK_TCP SMC_DIAG_MODE_SMCD",
    "smc_diag_attrs": "SMC_DIAG_NONE SMC_DIAG_CONNINFO SMC_DIAG_LGRINFO SMC_DIAG_SHUTDOWN "
                      "SMC_DIAG_DMBINFO SMC_DIAG_FALLBACK",
    "smc_link_group_roles": "SMC_CLNT SMC_SERV",
    "smc_decl_codes": "SMC_CLC_DECL_MEM SMC_CLC_DECL_TIMEOUT_CL SMC_CLC_DECL_TIMEOUT_AL "
                      "SMC_CLC_DECL_CNFERR SMC_CLC_DECL_PEERNOSMC SMC_CLC_DECL_IPSEC "
                      "SMC_CLC_DECL_NOSMCDEV SMC_CLC_DECL_MODEUNSUPP SMC_CLC_DECL_RMBE_EC "
                      "SMC_CLC_DECL_OPTUNSUPP SMC_CLC_DECL_SYNCERR SMC_CLC_DECL_PEERDECL "
                      "SMC_CLC_DECL_INTERR SMC_CLC_DECL_ERR_RTOK SMC_CLC_DECL_ERR_RDYLNK "
                      "SMC_CLC_DECL_ERR_REGRMB",
    "smc_diag_ext_attrs": "SMC_DIAG_CONNINFO SMC_DIAG_LGRINFO",
    "smc_states": "SMC_ACTIVE SMC_INIT SMC_CLOSED SMC_LISTEN SMC_PEERCLOSEWAIT1 "
                  "SMC_PEERCLOSEWAIT2 SMC_APPFINCLOSEWAIT SMC_APPCLOSEWAIT1 SMC_APPCLOSEWAIT2 "
                  "SMC_PEERFINCLOSEWAIT SMC_PEERABORTWAIT SMC_PROCESSABORT",
    "sock_txrehash": "SOCK_TXREHASH_DEFAULT SOCK_TXREHASH_DISABLED SOCK_TXREHASH_ENABLED",
    "packet_mr_types": "PACKET_MR_MULTICAST PACKET_MR_PROMISC PACKET_MR_ALLMULTI PACKET_MR_UNICAST",
    # futex_waitv's waiters
    "futex_waiter_flags": "FUTEX_32 FUTEX_PRIVATE_FLAG",
    "futex_limits": "FUTEX_WAITV_MAX",
    "futex_bitset": "FUTEX_BITSET_MATCH_ANY",
    "f_owner_types": "F_OWNER_TID F_OWNER_PID F_OWNER_PGRP",
    # prctl options' own arguments
    "pr_dumpable": "SUID_DUMP_DISABLE SUID_DUMP_USER SUID_DUMP_ROOT",
    "pr_cap_ambient": "PR_CAP_AMBIENT_IS_SET PR_CAP_AMBIENT_RAISE PR_CAP_AMBIENT_LOWER "
                      "PR_CAP_AMBIENT_CLEAR_ALL",
    "pr_mce_kill": "PR_MCE_KILL_CLEAR PR_MCE_KILL_SET",
    "pr_mce_kill_policy": "PR_MCE_KILL_LATE PR_MCE_KILL_EARLY PR_MCE_KILL_DEFAULT",
    "pr_tsc": "PR_TSC_ENABLE PR_TSC_SIGSEGV",
    "pr_unalign_flags": "PR_UNALIGN_NOPRINT PR_UNALIGN_SIGBUS",
    "pr_seccomp_mode": "SECCOMP_MODE_DISABLED SECCOMP_MODE_STRICT SECCOMP_MODE_FILTER",
    "pr_fp_mode": "PR_FP_MODE_FR PR_FP_MODE_FRE",
    "pr_pac_enabled_keys": "PR_PAC_APIAKEY PR_PAC_APIBKEY PR_PAC_APDAKEY PR_PAC_APDBKEY",
    "pr_pac_keys": "PR_PAC_APGAKEY",
    "pr_sched_core_cmds": "PR_SCHED_CORE_GET PR_SCHED_CORE_CREATE PR_SCHED_CORE_SHARE_TO "
                          "PR_SCHED_CORE_SHARE_FROM",
    "pr_sched_core_pidtypes": "PIDTYPE_PID PIDTYPE_TGID PIDTYPE_PGID PIDTYPE_SID",
    "pr_set_mm": "@linux/prctl.h:PR_SET_MM_",
    "pr_set_vma": "PR_SET_VMA_ANON_NAME",
    "pr_sve_vl_flags": "PR_SVE_SET_VL_ONEXEC PR_SVE_VL_INHERIT",
    "pr_sme_vl_flags": "PR_SME_SET_VL_ONEXEC PR_SME_VL_INHERIT",
    "pr_vl_limits": "PR_SVE_VL_LEN_MASK PR_SME_VL_LEN_MASK",
    "pr_spec_cmds": "PR_SPEC_STORE_BYPASS PR_SPEC_INDIRECT_BRANCH PR_SPEC_L1D_FLUSH",
    "pr_spec_get_flags": "PR_SPEC_NOT_AFFECTED PR_SPEC_PRCTL PR_SPEC_ENABLE PR_SPEC_DISABLE "
                         "PR_SPEC_FORCE_DISABLE PR_SPEC_DISABLE_NOEXEC",
    "pr_spec_set_flags": "PR_SPEC_ENABLE PR_SPEC_DISABLE PR_SPEC_FORCE_DISABLE "
                         "PR_SPEC_DISABLE_NOEXEC",
    "pr_sud_cmds": "PR_SYS_DISPATCH_OFF PR_SYS_DISPATCH_ON",
    "pr_mte_tcf": "PR_MTE_TCF_NONE PR_MTE_TCF_SYNC PR_MTE_TCF_ASYNC PR_MTE_TCF_MASK",
    "pr_tagged_addr_bits": "PR_TAGGED_ADDR_ENABLE PR_MTE_TCF_MASK PR_MTE_TAG_SHIFT "
                           "PR_MTE_TAG_MASK",
    "secbits": "SECBIT_NOROOT SECBIT_NOROOT_LOCKED SECBIT_NO_SETUID_FIXUP "
               "SECBIT_NO_SETUID_FIXUP_LOCKED SECBIT_KEEP_CAPS SECBIT_KEEP_CAPS_LOCKED "
               "SECBIT_NO_CAP_AMBIENT_RAISE SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED",
    # arch_prctl's XSAVE features: bit numbers, and the masks strace names in its order
    "x86_xfeature_bits": "XFEATURE_FP XFEATURE_SSE XFEATURE_YMM XFEATURE_BNDREGS "
                         "XFEATURE_BNDCSR XFEATURE_OPMASK XFEATURE_ZMM_Hi256 "
                         "XFEATURE_Hi16_ZMM XFEATURE_PT_UNIMPLEMENTED_SO_FAR XFEATURE_PKRU "
                         "XFEATURE_PASID XFEATURE_LBR XFEATURE_XTILE_CFG XFEATURE_XTILE_DATA",
    "x86_xfeatures": "XFEATURE_MASK_FPSSE XFEATURE_MASK_FP XFEATURE_MASK_SSE XFEATURE_MASK_YMM "
                     "XFEATURE_MASK_BNDREGS XFEATURE_MASK_BNDCSR XFEATURE_MASK_AVX512 "
                     "XFEATURE_MASK_OPMASK XFEATURE_MASK_ZMM_Hi256 XFEATURE_MASK_Hi16_ZMM "
                     "XFEATURE_MASK_PT XFEATURE_MASK_PKRU XFEATURE_MASK_PASID XFEATURE_MASK_LBR "
                     "XFEATURE_MASK_XTILE XFEATURE_MASK_XTILE_CFG XFEATURE_MASK_XTILE_DATA",
    "getsock_options": "SO_GET_FILTER",
    "setsock_options": "SO_ATTACH_FILTER",
    "udp_options": "UDP_CORK UDP_ENCAP UDP_NO_CHECK6_TX UDP_NO_CHECK6_RX UDP_SEGMENT UDP_GRO",
    "packet_options": "PACKET_ADD_MEMBERSHIP PACKET_DROP_MEMBERSHIP PACKET_RECV_OUTPUT "
                      "PACKET_RX_RING PACKET_STATISTICS PACKET_COPY_THRESH PACKET_AUXDATA "
                      "PACKET_ORIGDEV PACKET_VERSION PACKET_HDRLEN PACKET_RESERVE "
                      "PACKET_TX_RING PACKET_LOSS PACKET_VNET_HDR PACKET_TX_TIMESTAMP "
                      "PACKET_TIMESTAMP PACKET_FANOUT PACKET_TX_HAS_OFF PACKET_QDISC_BYPASS "
                      "PACKET_ROLLOVER_STATS PACKET_FANOUT_DATA PACKET_IGNORE_OUTGOING",
    "raw_options": "ICMP_FILTER",
    "netlink_options": "NETLINK_ADD_MEMBERSHIP NETLINK_DROP_MEMBERSHIP NETLINK_PKTINFO "
                       "NETLINK_BROADCAST_ERROR NETLINK_NO_ENOBUFS NETLINK_RX_RING "
                       "NETLINK_TX_RING NETLINK_LISTEN_ALL_NSID NETLINK_LIST_MEMBERSHIPS "
                       "NETLINK_CAP_ACK NETLINK_EXT_ACK NETLINK_GET_STRICT_CHK",
    "icmp_filter_types": "ICMP_ECHOREPLY ICMP_DEST_UNREACH ICMP_SOURCE_QUENCH ICMP_REDIRECT "
                         "ICMP_ECHO ICMP_TIME_EXCEEDED ICMP_PARAMETERPROB ICMP_TIMESTAMP "
                         "ICMP_TIMESTAMPREPLY ICMP_INFO_REQUEST ICMP_INFO_REPLY ICMP_ADDRESS "
                         "ICMP_ADDRESSREPLY",
    "dm_flags": "DM_READONLY_FLAG DM_SUSPEND_FLAG DM_EXISTS_FLAG DM_PERSISTENT_DEV_FLAG "
                "DM_STATUS_TABLE_FLAG DM_ACTIVE_PRESENT_FLAG DM_INACTIVE_PRESENT_FLAG "
                "DM_BUFFER_FULL_FLAG DM_SKIP_BDGET_FLAG DM_SKIP_LOCKFS_FLAG DM_NOFLUSH_FLAG "
                "DM_QUERY_INACTIVE_TABLE_FLAG DM_UEVENT_GENERATED_FLAG DM_UUID_FLAG "
                "DM_SECURE_DATA_FLAG DM_DATA_OUT_FLAG DM_DEFERRED_REMOVE "
                "DM_INTERNAL_SUSPEND_FLAG DM_IMA_MEASUREMENT_FLAG",
    "dm_version_major": "DM_VERSION_MAJOR",
    # btrfs
    "btrfs_balance_args": "BTRFS_BALANCE_ARGS_PROFILES BTRFS_BALANCE_ARGS_USAGE "
                          "BTRFS_BALANCE_ARGS_DEVID BTRFS_BALANCE_ARGS_DRANGE "
                          "BTRFS_BALANCE_ARGS_VRANGE BTRFS_BALANCE_ARGS_LIMIT "
                          "BTRFS_BALANCE_ARGS_LIMIT_RANGE BTRFS_BALANCE_ARGS_STRIPES_RANGE "
                          "BTRFS_BALANCE_ARGS_CONVERT BTRFS_BALANCE_ARGS_SOFT "
                          "BTRFS_BALANCE_ARGS_USAGE_RANGE",
    "btrfs_balance_ctl_cmds": "BTRFS_BALANCE_CTL_PAUSE BTRFS_BALANCE_CTL_CANCEL",
    "btrfs_balance_flags": "BTRFS_BALANCE_DATA BTRFS_BALANCE_SYSTEM BTRFS_BALANCE_METADATA "
                           "BTRFS_BALANCE_FORCE BTRFS_BALANCE_RESUME",
    "btrfs_balance_state": "BTRFS_BALANCE_STATE_RUNNING BTRFS_BALANCE_STATE_PAUSE_REQ "
                           "BTRFS_BALANCE_STATE_CANCEL_REQ",
    "btrfs_compress_types": "BTRFS_COMPRESS_NONE BTRFS_COMPRESS_ZLIB BTRFS_COMPRESS_LZO "
                            "BTRFS_COMPRESS_ZSTD",
    "btrfs_cont_reading_from_srcdev_mode": (
        "BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_ALWAYS "
        "BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_AVOID"),
    "btrfs_csum_types": "BTRFS_CSUM_TYPE_CRC32 BTRFS_CSUM_TYPE_XXHASH BTRFS_CSUM_TYPE_SHA256 "
                        "BTRFS_CSUM_TYPE_BLAKE2",
    "btrfs_defrag_flags": "BTRFS_DEFRAG_RANGE_COMPRESS BTRFS_DEFRAG_RANGE_START_IO",
    "btrfs_dev_replace_cmds": "BTRFS_IOCTL_DEV_REPLACE_CMD_START "
                              "BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS "
                              "BTRFS_IOCTL_DEV_REPLACE_CMD_CANCEL",
    "btrfs_dev_replace_results": "BTRFS_IOCTL_DEV_REPLACE_RESULT_NO_ERROR "
                                 "BTRFS_IOCTL_DEV_REPLACE_RESULT_NOT_STARTED "
                                 "BTRFS_IOCTL_DEV_REPLACE_RESULT_ALREADY_STARTED "
                                 "BTRFS_IOCTL_DEV_REPLACE_RESULT_SCRUB_INPROGRESS",
    "btrfs_dev_replace_state": "BTRFS_IOCTL_DEV_REPLACE_STATE_NEVER_STARTED "
                               "BTRFS_IOCTL_DEV_REPLACE_STATE_STARTED "
                               "BTRFS_IOCTL_DEV_REPLACE_STATE_FINISHED "
                               "BTRFS_IOCTL_DEV_REPLACE_STATE_CANCELED "
                               "BTRFS_IOCTL_DEV_REPLACE_STATE_SUSPENDED",
    "btrfs_dev_stats_flags": "BTRFS_DEV_STATS_RESET",
    "btrfs_dev_stats_values": "BTRFS_DEV_STAT_WRITE_ERRS BTRFS_DEV_STAT_READ_ERRS "
                              "BTRFS_DEV_STAT_FLUSH_ERRS BTRFS_DEV_STAT_CORRUPTION_ERRS "
                              "BTRFS_DEV_STAT_GENERATION_ERRS",
    "btrfs_features_compat": "",
    "btrfs_features_compat_ro": "BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE "
                                "BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE_VALID "
                                "BTRFS_FEATURE_COMPAT_RO_VERITY "
                                "BTRFS_FEATURE_COMPAT_RO_BLOCK_GROUP_TREE",
    "btrfs_features_incompat": "@linux/btrfs.h:BTRFS_FEATURE_INCOMPAT_",
    "btrfs_fs_info_flags": "BTRFS_FS_INFO_FLAG_CSUM_INFO BTRFS_FS_INFO_FLAG_GENERATION "
                           "BTRFS_FS_INFO_FLAG_METADATA_UUID",
    "btrfs_key_types": "BTRFS_INODE_ITEM_KEY BTRFS_INODE_REF_KEY BTRFS_INODE_EXTREF_KEY "
                       "BTRFS_XATTR_ITEM_KEY BTRFS_VERITY_DESC_ITEM_KEY "
                       "BTRFS_VERITY_MERKLE_ITEM_KEY BTRFS_ORPHAN_ITEM_KEY "
                       "BTRFS_DIR_LOG_ITEM_KEY BTRFS_DIR_LOG_INDEX_KEY BTRFS_DIR_ITEM_KEY "
                       "BTRFS_DIR_INDEX_KEY BTRFS_EXTENT_DATA_KEY BTRFS_EXTENT_CSUM_KEY "
                       "BTRFS_ROOT_ITEM_KEY BTRFS_ROOT_BACKREF_KEY BTRFS_ROOT_REF_KEY "
                       "BTRFS_EXTENT_ITEM_KEY BTRFS_METADATA_ITEM_KEY "
                       "BTRFS_TREE_BLOCK_REF_KEY BTRFS_EXTENT_DATA_REF_KEY "
                       "BTRFS_EXTENT_REF_V0_KEY BTRFS_SHARED_BLOCK_REF_KEY "
                       "BTRFS_SHARED_DATA_REF_KEY BTRFS_BLOCK_GROUP_ITEM_KEY "
                       "BTRFS_FREE_SPACE_INFO_KEY BTRFS_FREE_SPACE_EXTENT_KEY "
                       "BTRFS_FREE_SPACE_BITMAP_KEY BTRFS_DEV_EXTENT_KEY BTRFS_DEV_ITEM_KEY "
                       "BTRFS_CHUNK_ITEM_KEY BTRFS_QGROUP_STATUS_KEY BTRFS_QGROUP_INFO_KEY "
                       "BTRFS_QGROUP_LIMIT_KEY BTRFS_QGROUP_RELATION_KEY "
                       "BTRFS_TEMPORARY_ITEM_KEY BTRFS_PERSISTENT_ITEM_KEY "
                       "BTRFS_DEV_REPLACE_KEY BTRFS_UUID_KEY_SUBVOL "
                       "BTRFS_UUID_KEY_RECEIVED_SUBVOL BTRFS_STRING_ITEM_KEY UINT32_MAX",
    "btrfs_logical_ino_args_flags": "BTRFS_LOGICAL_INO_ARGS_IGNORE_OFFSET",
    "btrfs_qgroup_ctl_cmds": "BTRFS_QUOTA_CTL_ENABLE BTRFS_QUOTA_CTL_DISABLE "
                             "BTRFS_QUOTA_CTL_RESCAN__NOTUSED",
    "btrfs_qgroup_inherit_flags": "BTRFS_QGROUP_INHERIT_SET_LIMITS",
    "btrfs_qgroup_limit_flags": "BTRFS_QGROUP_LIMIT_MAX_RFER BTRFS_QGROUP_LIMIT_MAX_EXCL "
                                "BTRFS_QGROUP_LIMIT_RSV_RFER BTRFS_QGROUP_LIMIT_RSV_EXCL "
                                "BTRFS_QGROUP_LIMIT_RFER_CMPR BTRFS_QGROUP_LIMIT_EXCL_CMPR",
    "btrfs_scrub_flags": "BTRFS_SCRUB_READONLY",
    "btrfs_send_flags": "BTRFS_SEND_FLAG_NO_FILE_DATA BTRFS_SEND_FLAG_OMIT_STREAM_HEADER "
                        "BTRFS_SEND_FLAG_OMIT_END_CMD BTRFS_SEND_FLAG_VERSION "
                        "BTRFS_SEND_FLAG_COMPRESSED",
    "btrfs_snap_flags_v2": "BTRFS_SUBVOL_CREATE_ASYNC BTRFS_SUBVOL_RDONLY "
                           "BTRFS_SUBVOL_QGROUP_INHERIT",
    "btrfs_space_info_flags": "BTRFS_BLOCK_GROUP_DATA BTRFS_BLOCK_GROUP_SYSTEM "
                              "BTRFS_BLOCK_GROUP_METADATA BTRFS_BLOCK_GROUP_RAID0 "
                              "BTRFS_BLOCK_GROUP_RAID1 BTRFS_BLOCK_GROUP_DUP "
                              "BTRFS_BLOCK_GROUP_RAID10 BTRFS_BLOCK_GROUP_RAID5 "
                              "BTRFS_BLOCK_GROUP_RAID6 BTRFS_AVAIL_ALLOC_BIT_SINGLE "
                              "BTRFS_SPACE_INFO_GLOBAL_RSV",
    "btrfs_tree_objectids": "BTRFS_ROOT_TREE_OBJECTID BTRFS_EXTENT_TREE_OBJECTID "
                            "BTRFS_CHUNK_TREE_OBJECTID BTRFS_DEV_TREE_OBJECTID "
                            "BTRFS_FS_TREE_OBJECTID BTRFS_ROOT_TREE_DIR_OBJECTID "
                            "BTRFS_CSUM_TREE_OBJECTID BTRFS_QUOTA_TREE_OBJECTID "
                            "BTRFS_UUID_TREE_OBJECTID BTRFS_FREE_SPACE_TREE_OBJECTID "
                            "BTRFS_BLOCK_GROUP_TREE_OBJECTID BTRFS_FIRST_FREE_OBJECTID "
                            "BTRFS_LAST_FREE_OBJECTID UINT64_MAX",
    "uint64_max": "UINT64_MAX",
    # video4linux
    "v4l2_buf_flags": "V4L2_BUF_FLAG_MAPPED V4L2_BUF_FLAG_QUEUED V4L2_BUF_FLAG_DONE "
                      "V4L2_BUF_FLAG_KEYFRAME V4L2_BUF_FLAG_PFRAME V4L2_BUF_FLAG_BFRAME "
                      "V4L2_BUF_FLAG_ERROR V4L2_BUF_FLAG_IN_REQUEST V4L2_BUF_FLAG_TIMECODE "
                      "V4L2_BUF_FLAG_INPUT V4L2_BUF_FLAG_PREPARED "
                      "V4L2_BUF_FLAG_NO_CACHE_INVALIDATE V4L2_BUF_FLAG_NO_CACHE_CLEAN "
                      "V4L2_BUF_FLAG_LAST V4L2_BUF_FLAG_REQUEST_FD",
    "v4l2_buf_flags_masks": "V4L2_BUF_FLAG_TIMESTAMP_MASK V4L2_BUF_FLAG_TSTAMP_SRC_MASK",
    "v4l2_buf_flags_ts_src": "V4L2_BUF_FLAG_TSTAMP_SRC_EOF V4L2_BUF_FLAG_TSTAMP_SRC_SOE",
    "v4l2_buf_flags_ts_type": "V4L2_BUF_FLAG_TIMESTAMP_UNKNOWN "
                              "V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC V4L2_BUF_FLAG_TIMESTAMP_COPY",
    "v4l2_buf_types": "V4L2_BUF_TYPE_VIDEO_CAPTURE V4L2_BUF_TYPE_VIDEO_OUTPUT "
                      "V4L2_BUF_TYPE_VIDEO_OVERLAY V4L2_BUF_TYPE_VBI_CAPTURE "
                      "V4L2_BUF_TYPE_VBI_OUTPUT V4L2_BUF_TYPE_SLICED_VBI_CAPTURE "
                      "V4L2_BUF_TYPE_SLICED_VBI_OUTPUT V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY "
                      "V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE "
                      "V4L2_BUF_TYPE_SDR_CAPTURE V4L2_BUF_TYPE_SDR_OUTPUT "
                      "V4L2_BUF_TYPE_META_CAPTURE V4L2_BUF_TYPE_META_OUTPUT",
    "v4l2_capture_modes": "V4L2_MODE_HIGHQUALITY",
    "v4l2_colorspaces": "V4L2_COLORSPACE_DEFAULT V4L2_COLORSPACE_SMPTE170M "
                        "V4L2_COLORSPACE_SMPTE240M V4L2_COLORSPACE_REC709 V4L2_COLORSPACE_BT878 "
                        "V4L2_COLORSPACE_470_SYSTEM_M V4L2_COLORSPACE_470_SYSTEM_BG "
                        "V4L2_COLORSPACE_JPEG V4L2_COLORSPACE_SRGB V4L2_COLORSPACE_OPRGB "
                        "V4L2_COLORSPACE_BT2020 V4L2_COLORSPACE_RAW V4L2_COLORSPACE_DCI_P3",
    "v4l2_control_classes": "@linux/v4l2-controls.h:V4L2_CTRL_CLASS_",
    "v4l2_control_flags": "V4L2_CTRL_FLAG_DISABLED V4L2_CTRL_FLAG_GRABBED "
                          "V4L2_CTRL_FLAG_READ_ONLY V4L2_CTRL_FLAG_UPDATE "
                          "V4L2_CTRL_FLAG_INACTIVE V4L2_CTRL_FLAG_SLIDER "
                          "V4L2_CTRL_FLAG_WRITE_ONLY V4L2_CTRL_FLAG_VOLATILE "
                          "V4L2_CTRL_FLAG_HAS_PAYLOAD V4L2_CTRL_FLAG_EXECUTE_ON_WRITE "
                          "V4L2_CTRL_FLAG_MODIFY_LAYOUT",
    # every control id the header defines, its bases (V4L2_CID_BASE...) left out
    "v4l2_control_ids": "@linux/v4l2-controls.h:V4L2_CID_ -_BASE",
    "v4l2_control_query_flags": "V4L2_CTRL_FLAG_NEXT_CTRL V4L2_CTRL_FLAG_NEXT_COMPOUND",
    "v4l2_control_types": "V4L2_CTRL_TYPE_INTEGER V4L2_CTRL_TYPE_BOOLEAN V4L2_CTRL_TYPE_MENU "
                          "V4L2_CTRL_TYPE_BUTTON V4L2_CTRL_TYPE_INTEGER64 "
                          "V4L2_CTRL_TYPE_CTRL_CLASS V4L2_CTRL_TYPE_STRING "
                          "V4L2_CTRL_TYPE_BITMASK V4L2_CTRL_TYPE_INTEGER_MENU V4L2_CTRL_TYPE_U8 "
                          "V4L2_CTRL_TYPE_U16 V4L2_CTRL_TYPE_U32 V4L2_CTRL_TYPE_AREA "
                          "V4L2_CTRL_TYPE_HDR10_CLL_INFO V4L2_CTRL_TYPE_HDR10_MASTERING_DISPLAY "
                          "V4L2_CTRL_TYPE_H264_SPS V4L2_CTRL_TYPE_H264_PPS "
                          "V4L2_CTRL_TYPE_H264_SCALING_MATRIX V4L2_CTRL_TYPE_H264_SLICE_PARAMS "
                          "V4L2_CTRL_TYPE_H264_DECODE_PARAMS V4L2_CTRL_TYPE_H264_PRED_WEIGHTS "
                          "V4L2_CTRL_TYPE_FWHT_PARAMS V4L2_CTRL_TYPE_VP8_FRAME",
    "v4l2_device_capabilities_flags": (
        "V4L2_CAP_VIDEO_CAPTURE V4L2_CAP_VIDEO_OUTPUT V4L2_CAP_VIDEO_OVERLAY "
        "V4L2_CAP_VBI_CAPTURE V4L2_CAP_VBI_OUTPUT V4L2_CAP_SLICED_VBI_CAPTURE "
        "V4L2_CAP_SLICED_VBI_OUTPUT V4L2_CAP_RDS_CAPTURE V4L2_CAP_VIDEO_OUTPUT_OVERLAY "
        "V4L2_CAP_HW_FREQ_SEEK V4L2_CAP_RDS_OUTPUT V4L2_CAP_VIDEO_CAPTURE_MPLANE "
        "V4L2_CAP_VIDEO_OUTPUT_MPLANE V4L2_CAP_VIDEO_M2M_MPLANE V4L2_CAP_VIDEO_M2M "
        "V4L2_CAP_TUNER V4L2_CAP_AUDIO V4L2_CAP_RADIO V4L2_CAP_MODULATOR "
        "V4L2_CAP_SDR_CAPTURE V4L2_CAP_EXT_PIX_FORMAT V4L2_CAP_SDR_OUTPUT "
        "V4L2_CAP_META_CAPTURE V4L2_CAP_READWRITE V4L2_CAP_ASYNCIO V4L2_CAP_STREAMING "
        "V4L2_CAP_META_OUTPUT V4L2_CAP_TOUCH V4L2_CAP_DEVICE_CAPS"),
    "v4l2_fields": "V4L2_FIELD_ANY V4L2_FIELD_NONE V4L2_FIELD_TOP V4L2_FIELD_BOTTOM "
                   "V4L2_FIELD_INTERLACED V4L2_FIELD_SEQ_TB V4L2_FIELD_SEQ_BT "
                   "V4L2_FIELD_ALTERNATE V4L2_FIELD_INTERLACED_TB V4L2_FIELD_INTERLACED_BT",
    "v4l2_format_description_flags": (
        "V4L2_FMT_FLAG_COMPRESSED V4L2_FMT_FLAG_EMULATED V4L2_FMT_FLAG_CONTINUOUS_BYTESTREAM "
        "V4L2_FMT_FLAG_DYN_RESOLUTION V4L2_FMT_FLAG_ENC_CAP_FRAME_INTERVAL "
        "V4L2_FMT_FLAG_CSC_COLORSPACE V4L2_FMT_FLAG_CSC_XFER_FUNC V4L2_FMT_FLAG_CSC_YCBCR_ENC "
        "V4L2_FMT_FLAG_CSC_QUANTIZATION"),
    "v4l2_frameinterval_types": "V4L2_FRMIVAL_TYPE_DISCRETE V4L2_FRMIVAL_TYPE_CONTINUOUS "
                                "V4L2_FRMIVAL_TYPE_STEPWISE",
    "v4l2_framesize_types": "V4L2_FRMSIZE_TYPE_DISCRETE V4L2_FRMSIZE_TYPE_CONTINUOUS "
                            "V4L2_FRMSIZE_TYPE_STEPWISE",
    "v4l2_input_types": "V4L2_INPUT_TYPE_TUNER V4L2_INPUT_TYPE_CAMERA V4L2_INPUT_TYPE_TOUCH",
    "v4l2_memories": "V4L2_MEMORY_MMAP V4L2_MEMORY_USERPTR V4L2_MEMORY_OVERLAY "
                     "V4L2_MEMORY_DMABUF",
    "v4l2_meta_fmts": "@linux/videodev2.h:V4L2_META_FMT_",
    "v4l2_pix_fmts": "@linux/videodev2.h:V4L2_PIX_FMT_",
    "v4l2_sdr_fmts": "@linux/videodev2.h:V4L2_SDR_FMT_",
    "v4l2_sliced_flags": "V4L2_SLICED_VBI_625 V4L2_SLICED_TELETEXT_B V4L2_SLICED_VPS "
                         "V4L2_SLICED_CAPTION_525 V4L2_SLICED_WSS_625",
    "v4l2_streaming_capabilities": "V4L2_CAP_TIMEPERFRAME",
    "v4l2_tuner_audmodes": "V4L2_TUNER_MODE_MONO V4L2_TUNER_MODE_STEREO V4L2_TUNER_MODE_LANG2 "
                           "V4L2_TUNER_MODE_LANG1 V4L2_TUNER_MODE_LANG1_LANG2",
    "v4l2_tuner_capabilities": "V4L2_TUNER_CAP_LOW V4L2_TUNER_CAP_NORM "
                               "V4L2_TUNER_CAP_HWSEEK_BOUNDED V4L2_TUNER_CAP_HWSEEK_WRAP "
                               "V4L2_TUNER_CAP_STEREO V4L2_TUNER_CAP_LANG2 V4L2_TUNER_CAP_LANG1 "
                               "V4L2_TUNER_CAP_RDS V4L2_TUNER_CAP_RDS_BLOCK_IO "
                               "V4L2_TUNER_CAP_RDS_CONTROLS V4L2_TUNER_CAP_FREQ_BANDS "
                               "V4L2_TUNER_CAP_HWSEEK_PROG_LIM V4L2_TUNER_CAP_1HZ",
    "v4l2_tuner_rxsubchanses": "V4L2_TUNER_SUB_MONO V4L2_TUNER_SUB_STEREO "
                               "V4L2_TUNER_SUB_LANG2 V4L2_TUNER_SUB_LANG1 V4L2_TUNER_SUB_RDS",
    "v4l2_tuner_types": "V4L2_TUNER_RADIO V4L2_TUNER_ANALOG_TV V4L2_TUNER_DIGITAL_TV "
                        "V4L2_TUNER_SDR V4L2_TUNER_RF",
    "v4l2_vbi_flags": "V4L2_VBI_UNSYNC V4L2_VBI_INTERLACED",
    "tee_gen_caps": "TEE_GEN_CAP_GP TEE_GEN_CAP_PRIVILEGED TEE_GEN_CAP_REG_MEM "
                    "TEE_GEN_CAP_MEMREF_NULL",
    "tee_impl_ids": "TEE_IMPL_ID_OPTEE TEE_IMPL_ID_AMDTEE",
    "tee_optee_caps": "TEE_OPTEE_CAP_TZ",
    "tee_origins": "TEEC_ORIGIN_API TEEC_ORIGIN_COMMS TEEC_ORIGIN_TEE TEEC_ORIGIN_TRUSTED_APP",
    "tee_max_arg_size": "TEE_MAX_ARG_SIZE",
    "tee_param_attr_types": (
        "TEE_IOCTL_PARAM_ATTR_TYPE_NONE TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INPUT "
        "TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_OUTPUT TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INOUT "
        "TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT "
        "TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT TEE_IOCTL_PARAM_ATTR_META"),
    "tee_shm_flags": "TEE_IOCTL_SHM_MAPPED TEE_IOCTL_SHM_DMA_BUF TEE_IOCTL_SHM_EXT_DMA_BUF "
                     "TEE_IOCTL_SHM_REGISTER TEE_IOCTL_SHM_USER_MAPPED TEE_IOCTL_SHM_POOL "
                     "TEE_IOCTL_SHM_KERNEL_MAPPED",
    "tee_login_types": "TEE_IOCTL_LOGIN_PUBLIC TEE_IOCTL_LOGIN_USER TEE_IOCTL_LOGIN_GROUP "
                       "TEE_IOCTL_LOGIN_APPLICATION TEE_IOCTL_LOGIN_USER_APPLICATION "
                       "TEE_IOCTL_LOGIN_GROUP_APPLICATION",
    "nbd_flags": "NBD_FLAG_HAS_FLAGS NBD_FLAG_READ_ONLY NBD_FLAG_SEND_FLUSH NBD_FLAG_SEND_FUA "
                 "NBD_FLAG_ROTATIONAL NBD_FLAG_SEND_TRIM NBD_FLAG_SEND_WRITE_ZEROES "
                 "NBD_FLAG_SEND_DF NBD_FLAG_CAN_MULTI_CONN NBD_FLAG_SEND_RESIZE "
                 "NBD_FLAG_SEND_CACHE",
    "fs_flags": "FS_SECRM_FL FS_UNRM_FL FS_COMPR_FL FS_SYNC_FL FS_IMMUTABLE_FL FS_APPEND_FL "
                "FS_NODUMP_FL FS_NOATIME_FL FS_DIRTY_FL FS_COMPRBLK_FL FS_NOCOMP_FL "
                "FS_ENCRYPT_FL FS_INDEX_FL FS_IMAGIC_FL FS_JOURNAL_DATA_FL FS_NOTAIL_FL "
                "FS_DIRSYNC_FL FS_TOPDIR_FL FS_HUGE_FILE_FL FS_EXTENT_FL FS_VERITY_FL "
                "FS_EA_INODE_FL FS_EOFBLOCKS_FL FS_NOCOW_FL FS_DAX_FL FS_INLINE_DATA_FL "
                "FS_PROJINHERIT_FL FS_CASEFOLD_FL FS_RESERVED_FL",
    "lirc_modes": "LIRC_MODE_RAW LIRC_MODE_PULSE LIRC_MODE_MODE2 LIRC_MODE_SCANCODE "
                  "LIRC_MODE_LIRCCODE",
    "lirc_features": "LIRC_CAN_SEND_PULSE LIRC_CAN_SEND_LIRCCODE LIRC_CAN_SET_SEND_CARRIER "
                     "LIRC_CAN_SET_SEND_DUTY_CYCLE LIRC_CAN_SET_TRANSMITTER_MASK "
                     "LIRC_CAN_REC_MODE2 LIRC_CAN_REC_SCANCODE LIRC_CAN_REC_LIRCCODE "
                     "LIRC_CAN_SET_REC_CARRIER LIRC_CAN_MEASURE_CARRIER "
                     "LIRC_CAN_USE_WIDEBAND_RECEIVER LIRC_CAN_SET_REC_TIMEOUT "
                     "LIRC_CAN_GET_REC_RESOLUTION LIRC_CAN_SET_REC_CARRIER_RANGE",
    "fs_xflags": "FS_XFLAG_REALTIME FS_XFLAG_PREALLOC FS_XFLAG_IMMUTABLE FS_XFLAG_APPEND "
                 "FS_XFLAG_SYNC FS_XFLAG_NOATIME FS_XFLAG_NODUMP FS_XFLAG_RTINHERIT "
                 "FS_XFLAG_PROJINHERIT FS_XFLAG_NOSYMLINKS FS_XFLAG_EXTSIZE "
                 "FS_XFLAG_EXTSZINHERIT FS_XFLAG_NODEFRAG FS_XFLAG_FILESTREAM FS_XFLAG_DAX "
                 "FS_XFLAG_COWEXTSIZE FS_XFLAG_HASATTR",
    "fiemap_flags": "FIEMAP_FLAG_SYNC FIEMAP_FLAG_XATTR FIEMAP_FLAG_CACHE",
    "hdio_ide_nice": "1<<IDE_NICE_DSC_OVERLAP 1<<IDE_NICE_ATAPI_OVERLAP 1<<IDE_NICE_1 "
                     "1<<IDE_NICE_0 1<<IDE_NICE_2",
    "hdio_busstates": "BUSSTATE_OFF BUSSTATE_ON BUSSTATE_TRISTATE",
    "evdev_keycode": "@linux/input-event-codes.h:KEY_,BTN_",
    "evdev_relative_axes": "@linux/input-event-codes.h:REL_",
    "evdev_misc": "@linux/input-event-codes.h:MSC_",
    "evdev_switch": "@linux/input-event-codes.h:SW_",
    "evdev_leds": "@linux/input-event-codes.h:LED_",
    "evdev_snd": "@linux/input-event-codes.h:SND_",
    "evdev_autorepeat": "@linux/input-event-codes.h:REP_",
    "evdev_prop": "@linux/input-event-codes.h:INPUT_PROP_",
    "evdev_ff_status": "FF_STATUS_STOPPED FF_STATUS_PLAYING",
    "evdev_ff_types": "FF_RUMBLE FF_PERIODIC FF_CONSTANT FF_SPRING FF_FRICTION FF_DAMPER "
                      "FF_INERTIA FF_RAMP FF_SQUARE FF_TRIANGLE FF_SINE FF_SAW_UP FF_SAW_DOWN "
                      "FF_CUSTOM FF_GAIN FF_AUTOCENTER",
    "evdev_mtslots": "ABS_MT_SLOT ABS_MT_TOUCH_MAJOR ABS_MT_TOUCH_MINOR ABS_MT_WIDTH_MAJOR "
                     "ABS_MT_WIDTH_MINOR ABS_MT_ORIENTATION ABS_MT_POSITION_X "
                     "ABS_MT_POSITION_Y ABS_MT_TOOL_TYPE ABS_MT_BLOB_ID ABS_MT_TRACKING_ID "
                     "ABS_MT_PRESSURE ABS_MT_DISTANCE ABS_MT_TOOL_X ABS_MT_TOOL_Y",
    # the highest codes, for the bit sets of EVIOCGBIT
    "evdev_limits": "EV_MAX KEY_MAX REL_MAX ABS_MAX MSC_MAX SW_MAX LED_MAX SND_MAX REP_MAX "
                    "FF_MAX FF_STATUS_MAX INPUT_PROP_MAX",
    "hdio_drive_cmds": " ".join(item.split("=")[0] for item in ATA_COMMANDS.split()),
    "gpio_event_flags": "GPIOEVENT_REQUEST_BOTH_EDGES GPIOEVENT_REQUEST_RISING_EDGE "
                        "GPIOEVENT_REQUEST_FALLING_EDGE",
    "gpio_handle_flags": "GPIOHANDLE_REQUEST_INPUT GPIOHANDLE_REQUEST_OUTPUT "
                         "GPIOHANDLE_REQUEST_ACTIVE_LOW GPIOHANDLE_REQUEST_OPEN_DRAIN "
                         "GPIOHANDLE_REQUEST_OPEN_SOURCE GPIOHANDLE_REQUEST_BIAS_PULL_UP "
                         "GPIOHANDLE_REQUEST_BIAS_PULL_DOWN GPIOHANDLE_REQUEST_BIAS_DISABLE",
    "gpio_line_flags": "GPIOLINE_FLAG_KERNEL GPIOLINE_FLAG_IS_OUT GPIOLINE_FLAG_ACTIVE_LOW "
                       "GPIOLINE_FLAG_OPEN_DRAIN GPIOLINE_FLAG_OPEN_SOURCE "
                       "GPIOLINE_FLAG_BIAS_PULL_UP GPIOLINE_FLAG_BIAS_PULL_DOWN "
                       "GPIOLINE_FLAG_BIAS_DISABLE",
    "gpio_v2_line_attr_ids": "GPIO_V2_LINE_ATTR_ID_FLAGS GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES "
                             "GPIO_V2_LINE_ATTR_ID_DEBOUNCE",
    "gpio_v2_line_flags": "GPIO_V2_LINE_FLAG_USED GPIO_V2_LINE_FLAG_ACTIVE_LOW "
                          "GPIO_V2_LINE_FLAG_INPUT GPIO_V2_LINE_FLAG_OUTPUT "
                          "GPIO_V2_LINE_FLAG_EDGE_RISING GPIO_V2_LINE_FLAG_EDGE_FALLING "
                          "GPIO_V2_LINE_FLAG_OPEN_DRAIN GPIO_V2_LINE_FLAG_OPEN_SOURCE "
                          "GPIO_V2_LINE_FLAG_BIAS_PULL_UP GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN "
                          "GPIO_V2_LINE_FLAG_BIAS_DISABLED "
                          "GPIO_V2_LINE_FLAG_EVENT_CLOCK_REALTIME "
                          "GPIO_V2_LINE_FLAG_EVENT_CLOCK_HTE",
    "seccomp_ioctl_addfd_flags": "SECCOMP_ADDFD_FLAG_SETFD SECCOMP_ADDFD_FLAG_SEND",
    "seccomp_ioctl_resp_flags": "SECCOMP_USER_NOTIF_FLAG_CONTINUE",
    "rtc_vl_flags": "RTC_VL_DATA_INVALID RTC_VL_BACKUP_LOW RTC_VL_BACKUP_EMPTY "
                    "RTC_VL_ACCURACY_LOW RTC_VL_BACKUP_SWITCH",
    "loop_flags": "LO_FLAGS_READ_ONLY LO_FLAGS_AUTOCLEAR LO_FLAGS_PARTSCAN LO_FLAGS_DIRECT_IO",
    "loop_crypt_types": "LO_CRYPT_NONE LO_CRYPT_XOR LO_CRYPT_DES LO_CRYPT_FISH2 LO_CRYPT_BLOW "
                        "LO_CRYPT_CAST128 LO_CRYPT_IDEA LO_CRYPT_DUMMY LO_CRYPT_SKIPJACK "
                        "LO_CRYPT_CRYPTOAPI",
    "termios_cc": "VINTR VQUIT VERASE VKILL VEOL2 VSWTC VSTART VSTOP VSUSP VDSUSP VREPRINT "
                  "VDISCARD VWERASE VLNEXT VMIN VTIME VEOF VEOL",
    "term_line_discs": "N_TTY N_SLIP N_MOUSE N_PPP N_STRIP N_AX25 N_X25 N_6PACK N_MASC "
                       "N_R3964 N_PROFIBUS_FDL N_IRDA N_SMSBLOCK N_HDLC N_SYNC_PPP N_HCI "
                       "N_GIGASET_M101 N_SLCAN N_PPS N_V253 N_CAIF N_GSM0710 N_TI_WL "
                       "N_TRACESINK N_TRACEROUTER N_NCI N_SPEAKUP N_NULL N_MCTP N_DEVELOPMENT "
                       "N_CAN327",
    "fiemap_extent_flags": "FIEMAP_EXTENT_LAST FIEMAP_EXTENT_UNKNOWN FIEMAP_EXTENT_DELALLOC "
                           "FIEMAP_EXTENT_ENCODED FIEMAP_EXTENT_DATA_ENCRYPTED "
                           "FIEMAP_EXTENT_NOT_ALIGNED FIEMAP_EXTENT_DATA_INLINE "
                           "FIEMAP_EXTENT_DATA_TAIL FIEMAP_EXTENT_UNWRITTEN "
                           "FIEMAP_EXTENT_MERGED FIEMAP_EXTENT_SHARED",
    "scm_types": "SCM_RIGHTS SCM_CREDENTIALS SCM_SECURITY SO_WIFI_STATUS SO_TXTIME "
                 "SO_TIMESTAMP_OLD SO_TIMESTAMPNS_OLD SO_TIMESTAMPING_OLD SO_TIMESTAMP_NEW "
                 "SO_TIMESTAMPNS_NEW SO_TIMESTAMPING_NEW SCM_TIMESTAMPING_OPT_STATS "
                 "SCM_TIMESTAMPING_PKTINFO",
    "ip_cmsg_types": "IP_TOS IP_TTL IP_RECVOPTS IP_RETOPTS IP_PKTINFO IP_RECVERR "
                     "IP_ORIGDSTADDR IP_CHECKSUM SCM_SECURITY",
    "nlmsgerr_attrs": "NLMSGERR_ATTR_UNUSED NLMSGERR_ATTR_MSG NLMSGERR_ATTR_OFFS "
                      "NLMSGERR_ATTR_COOKIE NLMSGERR_ATTR_POLICY NLMSGERR_ATTR_MISS_TYPE "
                      "NLMSGERR_ATTR_MISS_NEST",
    "evdev_ev": "EV_SYN EV_KEY EV_REL EV_ABS EV_MSC EV_SW EV_LED EV_SND EV_REP EV_FF EV_PWR "
        "EV_FF_STATUS",
    "evdev_abs": "ABS_X ABS_Y ABS_Z ABS_RX ABS_RY ABS_RZ ABS_THROTTLE ABS_RUDDER ABS_WHEEL ABS_GAS "
        "ABS_BRAKE ABS_HAT0X ABS_HAT0Y ABS_HAT1X ABS_HAT1Y ABS_HAT2X ABS_HAT2Y ABS_HAT3X "
        "ABS_HAT3Y ABS_PRESSURE ABS_DISTANCE ABS_TILT_X ABS_TILT_Y ABS_TOOL_WIDTH "
        "ABS_VOLUME ABS_PROFILE ABS_MISC ABS_RESERVED ABS_MT_SLOT ABS_MT_TOUCH_MAJOR "
        "ABS_MT_TOUCH_MINOR ABS_MT_WIDTH_MAJOR ABS_MT_WIDTH_MINOR ABS_MT_ORIENTATION "
        "ABS_MT_POSITION_X ABS_MT_POSITION_Y ABS_MT_TOOL_TYPE ABS_MT_BLOB_ID "
        "ABS_MT_TRACKING_ID ABS_MT_PRESSURE ABS_MT_DISTANCE ABS_MT_TOOL_X ABS_MT_TOOL_Y",
    "tiocm_flags": "TIOCM_LE TIOCM_DTR TIOCM_RTS TIOCM_ST TIOCM_SR TIOCM_CTS TIOCM_CAR "
                   "TIOCM_RNG TIOCM_DSR TIOCM_OUT1 TIOCM_OUT2 TIOCM_LOOP",
    "perf_ioc_flags": "PERF_IOC_FLAG_GROUP",
    "term_iflags": "IGNBRK BRKINT IGNPAR PARMRK INPCK ISTRIP INLCR IGNCR ICRNL IUCLC IXON "
                   "IXANY IXOFF IMAXBEL IUTF8",
    "term_oflags": "OPOST OLCUC ONLCR OCRNL ONOCR ONLRET OFILL OFDEL",
    "term_nldly": "NL0 NL1", "term_crdly": "CR0 CR1 CR2 CR3",
    "term_tabdly": "XTABS TAB0 TAB1 TAB2 TAB3", "term_bsdly": "BS0 BS1", "term_vtdly": "VT0 VT1",
    "term_ffdly": "FF0 FF1",
    "term_masks": "NLDLY CRDLY TABDLY BSDLY VTDLY FFDLY CBAUD CIBAUD CSIZE IBSHIFT",
    "term_baud": "B0 B50 B75 B110 B134 B150 B200 B300 B600 B1200 B1800 B2400 B4800 B9600 "
                 "B19200 B38400 B57600 B115200 B230400 B460800 B500000 B576000 B921600 "
                 "B1000000 B1152000 B1500000 B2000000 B2500000 B3000000 B3500000 B4000000 "
                 "BOTHER",
    "term_csize": "CS5 CS6 CS7 CS8",
    "term_cflags": "CSTOPB CREAD PARENB PARODD HUPCL CLOCAL CMSPAR CRTSCTS",
    "term_lflags": "ISIG ICANON XCASE ECHO ECHOE ECHOK ECHONL NOFLSH IEXTEN ECHOCTL ECHOPRT "
                   "ECHOKE FLUSHO PENDIN TOSTOP EXTPROC",
    "statfs_flags": "ST_VALID ST_RDONLY ST_NOSUID ST_NODEV ST_NOEXEC ST_SYNCHRONOUS "
                    "ST_MANDLOCK ST_WRITE ST_APPEND ST_IMMUTABLE ST_NOATIME ST_NODIRATIME "
                    "ST_RELATIME ST_NOSYMFOLLOW",
    "dirent_types": "DT_UNKNOWN DT_FIFO DT_CHR DT_DIR DT_BLK DT_REG DT_LNK DT_SOCK DT_WHT",
    "utime_special": "UTIME_NOW UTIME_OMIT",
    "fadvise_advice": "POSIX_FADV_NORMAL POSIX_FADV_RANDOM POSIX_FADV_SEQUENTIAL "
                      "POSIX_FADV_WILLNEED POSIX_FADV_DONTNEED POSIX_FADV_NOREUSE",
    "rlimit_special": "RLIM64_INFINITY",
    "open_access": "O_RDONLY O_WRONLY O_RDWR O_ACCMODE",
    "open_flags": "O_CREAT O_EXCL O_NOCTTY O_TRUNC O_APPEND O_NONBLOCK O_SYNC __O_SYNC O_DSYNC "
                  "O_DIRECT O_LARGEFILE O_NOFOLLOW O_NOATIME O_CLOEXEC O_PATH O_TMPFILE "
                  "__O_TMPFILE O_DIRECTORY FASYNC",
    "at_flags": "AT_SYMLINK_NOFOLLOW AT_REMOVEDIR AT_SYMLINK_FOLLOW AT_NO_AUTOMOUNT "
                "AT_EMPTY_PATH AT_RECURSIVE",
    "at_statx_sync": "AT_STATX_SYNC_AS_STAT AT_STATX_FORCE_SYNC AT_STATX_DONT_SYNC",
    "faccessat_flags": "AT_SYMLINK_NOFOLLOW AT_EACCESS AT_EMPTY_PATH",
    "unlinkat_flags": "AT_REMOVEDIR",
    "access_modes": "R_OK W_OK X_OK",
    "mmap_prot": "PROT_READ PROT_WRITE PROT_EXEC PROT_SEM PROT_GROWSDOWN PROT_GROWSUP",
    "mmap_type": "MAP_SHARED MAP_PRIVATE MAP_SHARED_VALIDATE MAP_FILE",
    "mmap_flags": "MAP_FIXED MAP_ANONYMOUS MAP_32BIT MAP_NORESERVE MAP_POPULATE MAP_NONBLOCK "
                  "MAP_GROWSDOWN MAP_DENYWRITE MAP_EXECUTABLE MAP_LOCKED MAP_STACK MAP_HUGETLB "
                  "MAP_SYNC MAP_UNINITIALIZED MAP_FIXED_NOREPLACE",
    "madvise_cmds": "MADV_NORMAL MADV_RANDOM MADV_SEQUENTIAL MADV_WILLNEED MADV_DONTNEED "
                    "MADV_FREE MADV_REMOVE MADV_DONTFORK MADV_DOFORK MADV_MERGEABLE "
                    "MADV_UNMERGEABLE MADV_HUGEPAGE MADV_NOHUGEPAGE MADV_DONTDUMP MADV_DODUMP "
                    "MADV_WIPEONFORK MADV_KEEPONFORK MADV_COLD MADV_PAGEOUT MADV_POPULATE_READ "
                    "MADV_POPULATE_WRITE MADV_DONTNEED_LOCKED MADV_COLLAPSE MADV_HWPOISON "
                    "MADV_SOFT_OFFLINE",
    "mremap_flags": "MREMAP_MAYMOVE MREMAP_FIXED MREMAP_DONTUNMAP",
    # clone's flags, then those only clone3 takes (CLONE_NEWTIME shares clone's CSIGNAL
    # bits), in strace's order
    "clone_flags": "CLONE_VM CLONE_FS CLONE_FILES CLONE_SIGHAND CLONE_PIDFD CLONE_PTRACE "
                   "CLONE_VFORK CLONE_PARENT CLONE_THREAD CLONE_NEWNS CLONE_SYSVSEM CLONE_SETTLS "
                   "CLONE_PARENT_SETTID CLONE_CHILD_CLEARTID CLONE_UNTRACED CLONE_CHILD_SETTID "
                   "CLONE_NEWCGROUP CLONE_NEWUTS CLONE_NEWIPC CLONE_NEWUSER CLONE_NEWPID "
                   "CLONE_NEWNET CLONE_IO CLONE_NEWTIME CLONE_CLEAR_SIGHAND CLONE_INTO_CGROUP",
    "arch_prctl_cmds": "ARCH_SET_GS ARCH_SET_FS ARCH_GET_FS ARCH_GET_GS ARCH_GET_CPUID "
                       "ARCH_SET_CPUID ARCH_GET_XCOMP_SUPP ARCH_GET_XCOMP_PERM "
                       "ARCH_REQ_XCOMP_PERM ARCH_GET_XCOMP_GUEST_PERM ARCH_REQ_XCOMP_GUEST_PERM "
                       "ARCH_MAP_VDSO_X32 ARCH_MAP_VDSO_32 ARCH_MAP_VDSO_64",
    "rlimits": "RLIMIT_CPU RLIMIT_FSIZE RLIMIT_DATA RLIMIT_STACK RLIMIT_CORE RLIMIT_RSS "
               "RLIMIT_NPROC RLIMIT_NOFILE RLIMIT_MEMLOCK RLIMIT_AS RLIMIT_LOCKS "
               "RLIMIT_SIGPENDING RLIMIT_MSGQUEUE RLIMIT_NICE RLIMIT_RTPRIO RLIMIT_RTTIME",
    "getrandom_flags": "GRND_NONBLOCK GRND_RANDOM GRND_INSECURE",
    "fcntl_cmds": "F_DUPFD F_GETFD F_SETFD F_GETFL F_SETFL F_GETLK F_SETLK F_SETLKW F_SETOWN "
                  "F_GETOWN F_SETSIG F_GETSIG F_SETOWN_EX F_GETOWN_EX F_GETOWNER_UIDS "
                  "F_OFD_GETLK F_OFD_SETLK F_OFD_SETLKW F_SETLEASE F_GETLEASE F_NOTIFY "
                  "F_CANCELLK F_DUPFD_CLOEXEC F_SETPIPE_SZ F_GETPIPE_SZ F_ADD_SEALS F_GET_SEALS",
    "fd_flags": "FD_CLOEXEC",
    "lock_types": "F_RDLCK F_WRLCK F_UNLCK F_EXLCK F_SHLCK",
    "seal_flags": "F_SEAL_SEAL F_SEAL_SHRINK F_SEAL_GROW F_SEAL_WRITE F_SEAL_FUTURE_WRITE",
    "lease_types": "F_RDLCK F_WRLCK F_UNLCK",
    "dnotify_flags": "DN_ACCESS DN_MODIFY DN_CREATE DN_DELETE DN_RENAME DN_ATTRIB DN_MULTISHOT",
    "whence": "SEEK_SET SEEK_CUR SEEK_END SEEK_DATA SEEK_HOLE",
    "statx_mask": "STATX_ALL STATX_BASIC_STATS STATX_TYPE STATX_MODE STATX_NLINK STATX_UID "
                  "STATX_GID STATX_ATIME STATX_MTIME STATX_CTIME STATX_INO STATX_SIZE "
                  "STATX_BLOCKS STATX_BTIME STATX_MNT_ID STATX_DIOALIGN",
    "statx_attrs": "STATX_ATTR_COMPRESSED STATX_ATTR_IMMUTABLE STATX_ATTR_APPEND "
                   "STATX_ATTR_NODUMP STATX_ATTR_ENCRYPTED STATX_ATTR_AUTOMOUNT "
                   "STATX_ATTR_MOUNT_ROOT STATX_ATTR_VERITY STATX_ATTR_DAX",
    "mode_types": "S_IFREG S_IFSOCK S_IFIFO S_IFLNK S_IFDIR S_IFBLK S_IFCHR",
    "mode_special": "S_ISUID S_ISGID S_ISVTX",
    "sa_flags": "SA_RESTORER SA_ONSTACK SA_RESTART SA_INTERRUPT SA_NODEFER SA_RESETHAND "
                "SA_SIGINFO SA_NOCLDSTOP SA_NOCLDWAIT SA_UNSUPPORTED SA_EXPOSE_TAGBITS",
    "sigprocmask_cmds": "SIG_BLOCK SIG_UNBLOCK SIG_SETMASK",
    "sigaltstack_flags": "SS_ONSTACK SS_DISABLE SS_AUTODISARM",
    "clocks": "CLOCK_REALTIME CLOCK_MONOTONIC CLOCK_PROCESS_CPUTIME_ID CLOCK_THREAD_CPUTIME_ID "
              "CLOCK_MONOTONIC_RAW CLOCK_REALTIME_COARSE CLOCK_MONOTONIC_COARSE CLOCK_BOOTTIME "
              "CLOCK_REALTIME_ALARM CLOCK_BOOTTIME_ALARM CLOCK_SGI_CYCLE CLOCK_TAI",
    "timer_flags": "TIMER_ABSTIME",
    "poll_events": "POLLIN POLLPRI POLLOUT POLLERR POLLHUP POLLNVAL POLLRDNORM POLLRDBAND "
                   "POLLWRNORM POLLWRBAND POLLMSG POLLREMOVE POLLRDHUP",
    "epoll_ctl_ops": "EPOLL_CTL_ADD EPOLL_CTL_DEL EPOLL_CTL_MOD",
    "epoll_events": "EPOLLIN EPOLLPRI EPOLLOUT EPOLLERR EPOLLHUP EPOLLNVAL EPOLLRDNORM "
                    "EPOLLRDBAND EPOLLWRNORM EPOLLWRBAND EPOLLMSG EPOLLRDHUP EPOLLEXCLUSIVE "
                    "EPOLLWAKEUP EPOLLONESHOT EPOLLET",
    "epoll_create_flags": "EPOLL_CLOEXEC",
    "eventfd_flags": "EFD_SEMAPHORE EFD_CLOEXEC EFD_NONBLOCK",
    "futex_ops": "FUTEX_WAIT FUTEX_WAKE FUTEX_FD FUTEX_REQUEUE FUTEX_CMP_REQUEUE FUTEX_WAKE_OP "
                 "FUTEX_LOCK_PI FUTEX_UNLOCK_PI FUTEX_TRYLOCK_PI FUTEX_WAIT_BITSET "
                 "FUTEX_WAKE_BITSET FUTEX_WAIT_REQUEUE_PI FUTEX_CMP_REQUEUE_PI FUTEX_LOCK_PI2",
    "futex_op_flags": "FUTEX_PRIVATE_FLAG FUTEX_CLOCK_REALTIME",
    "futex_wake_ops": "FUTEX_OP_SET FUTEX_OP_ADD FUTEX_OP_OR FUTEX_OP_ANDN FUTEX_OP_XOR",
    "futex_wake_cmps": "FUTEX_OP_CMP_EQ FUTEX_OP_CMP_NE FUTEX_OP_CMP_LT FUTEX_OP_CMP_LE "
                       "FUTEX_OP_CMP_GT FUTEX_OP_CMP_GE",
    # WUNTRACED is WSTOPPED's other name: strace prints WSTOPPED
    "wait_options": "WNOHANG WEXITED WSTOPPED WCONTINUED WNOWAIT __WCLONE __WALL __WNOTHREAD",
    "waitid_types": "P_ALL P_PID P_PGID P_PIDFD",
    "inotify_masks": "IN_ACCESS IN_MODIFY IN_ATTRIB IN_CLOSE_WRITE IN_CLOSE_NOWRITE IN_OPEN "
                     "IN_MOVED_FROM IN_MOVED_TO IN_CREATE IN_DELETE IN_DELETE_SELF IN_MOVE_SELF "
                     "IN_UNMOUNT IN_Q_OVERFLOW IN_IGNORED IN_ONLYDIR IN_DONT_FOLLOW "
                     "IN_EXCL_UNLINK IN_MASK_CREATE IN_MASK_ADD IN_ISDIR IN_ONESHOT",
    "inotify_init_flags": "IN_NONBLOCK IN_CLOEXEC",
    "timerfd_create_flags": "TFD_CLOEXEC TFD_NONBLOCK",
    "timerfd_settime_flags": "TFD_TIMER_ABSTIME TFD_TIMER_CANCEL_ON_SET",
    "memfd_flags": "MFD_CLOEXEC MFD_ALLOW_SEALING MFD_HUGETLB MFD_NOEXEC_SEAL MFD_EXEC",
    "splice_flags": "SPLICE_F_MOVE SPLICE_F_NONBLOCK SPLICE_F_MORE SPLICE_F_GIFT",
    "close_range_flags": "CLOSE_RANGE_UNSHARE CLOSE_RANGE_CLOEXEC",
    "rename_flags": "RENAME_NOREPLACE RENAME_EXCHANGE RENAME_WHITEOUT",
    "resolve_flags": "RESOLVE_NO_XDEV RESOLVE_NO_MAGICLINKS RESOLVE_NO_SYMLINKS "
                     "RESOLVE_BENEATH RESOLVE_IN_ROOT RESOLVE_CACHED",
    "membarrier_cmds": "MEMBARRIER_CMD_QUERY MEMBARRIER_CMD_GLOBAL "
                       "MEMBARRIER_CMD_GLOBAL_EXPEDITED MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED "
                       "MEMBARRIER_CMD_PRIVATE_EXPEDITED "
                       "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED "
                       "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE "
                       "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE "
                       "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ "
                       "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ",
    "prctl_options": "PR_SET_PDEATHSIG PR_GET_PDEATHSIG PR_GET_DUMPABLE PR_SET_DUMPABLE "
                     "PR_GET_UNALIGN PR_SET_UNALIGN PR_GET_KEEPCAPS PR_SET_KEEPCAPS "
                     "PR_GET_FPEMU PR_SET_FPEMU PR_GET_FPEXC PR_SET_FPEXC PR_GET_TIMING "
                     "PR_SET_TIMING PR_SET_NAME PR_GET_NAME PR_GET_ENDIAN PR_SET_ENDIAN "
                     "PR_GET_SECCOMP PR_SET_SECCOMP PR_CAPBSET_READ PR_CAPBSET_DROP PR_GET_TSC "
                     "PR_SET_TSC PR_GET_SECUREBITS PR_SET_SECUREBITS PR_SET_TIMERSLACK "
                     "PR_GET_TIMERSLACK PR_TASK_PERF_EVENTS_DISABLE PR_TASK_PERF_EVENTS_ENABLE "
                     "PR_MCE_KILL PR_MCE_KILL_GET PR_SET_MM PR_SET_CHILD_SUBREAPER "
                     "PR_GET_CHILD_SUBREAPER PR_SET_NO_NEW_PRIVS PR_GET_NO_NEW_PRIVS "
                     "PR_GET_TID_ADDRESS PR_SET_THP_DISABLE PR_GET_THP_DISABLE "
                     "PR_MPX_ENABLE_MANAGEMENT PR_MPX_DISABLE_MANAGEMENT PR_SET_FP_MODE "
                     "PR_GET_FP_MODE PR_CAP_AMBIENT PR_SVE_SET_VL PR_SVE_GET_VL "
                     "PR_GET_SPECULATION_CTRL PR_SET_SPECULATION_CTRL PR_PAC_RESET_KEYS "
                     "PR_SET_TAGGED_ADDR_CTRL PR_GET_TAGGED_ADDR_CTRL PR_SET_IO_FLUSHER "
                     "PR_GET_IO_FLUSHER PR_SET_SYSCALL_USER_DISPATCH PR_PAC_SET_ENABLED_KEYS "
                     "PR_PAC_GET_ENABLED_KEYS PR_SCHED_CORE PR_SME_SET_VL PR_SME_GET_VL "
                     "PR_SET_VMA PR_SET_PTRACER",
    "cap_versions": "_LINUX_CAPABILITY_VERSION_1 _LINUX_CAPABILITY_VERSION_2 "
                    "_LINUX_CAPABILITY_VERSION_3",
    "capabilities": "CAP_CHOWN CAP_DAC_OVERRIDE CAP_DAC_READ_SEARCH CAP_FOWNER CAP_FSETID "
                    "CAP_KILL CAP_SETGID CAP_SETUID CAP_SETPCAP CAP_LINUX_IMMUTABLE "
                    "CAP_NET_BIND_SERVICE CAP_NET_BROADCAST CAP_NET_ADMIN CAP_NET_RAW "
                    "CAP_IPC_LOCK CAP_IPC_OWNER CAP_SYS_MODULE CAP_SYS_RAWIO CAP_SYS_CHROOT "
                    "CAP_SYS_PTRACE CAP_SYS_PACCT CAP_SYS_ADMIN CAP_SYS_BOOT CAP_SYS_NICE "
                    "CAP_SYS_RESOURCE CAP_SYS_TIME CAP_SYS_TTY_CONFIG CAP_MKNOD CAP_LEASE "
                    "CAP_AUDIT_WRITE CAP_AUDIT_CONTROL CAP_SETFCAP CAP_MAC_OVERRIDE "
                    "CAP_MAC_ADMIN CAP_SYSLOG CAP_WAKE_ALARM CAP_BLOCK_SUSPEND CAP_AUDIT_READ "
                    "CAP_PERFMON CAP_BPF CAP_CHECKPOINT_RESTORE",
    "address_families": "AF_UNSPEC AF_UNIX AF_INET AF_AX25 AF_IPX AF_APPLETALK AF_NETROM "
                        "AF_BRIDGE AF_ATMPVC AF_X25 AF_INET6 AF_ROSE AF_DECnet AF_NETBEUI "
                        "AF_SECURITY AF_KEY AF_NETLINK AF_PACKET AF_ASH AF_ECONET AF_ATMSVC "
                        "AF_RDS AF_SNA AF_IRDA AF_PPPOX AF_WANPIPE AF_LLC AF_IB AF_MPLS AF_CAN "
                        "AF_TIPC AF_BLUETOOTH AF_IUCV AF_RXRPC AF_ISDN AF_PHONET AF_IEEE802154 "
                        "AF_CAIF AF_ALG AF_NFC AF_VSOCK AF_KCM AF_QIPCRTR AF_SMC AF_XDP AF_MCTP",
    "socket_types": "SOCK_STREAM SOCK_DGRAM SOCK_RAW SOCK_RDM SOCK_SEQPACKET SOCK_DCCP "
                    "SOCK_PACKET",
    "socket_type_flags": "SOCK_CLOEXEC SOCK_NONBLOCK",
    "socket_levels": "SOL_IP SOL_SOCKET SOL_TCP SOL_UDP SOL_IPV6 SOL_ICMPV6 SOL_SCTP "
                     "SOL_UDPLITE SOL_RAW SOL_IPX SOL_AX25 SOL_ATALK SOL_NETROM SOL_ROSE "
                     "SOL_DECNET SOL_X25 SOL_PACKET SOL_ATM SOL_AAL SOL_IRDA SOL_NETBEUI SOL_LLC "
                     "SOL_DCCP SOL_NETLINK SOL_TIPC SOL_RXRPC SOL_PPPOL2TP SOL_BLUETOOTH "
                     "SOL_PNPIPE SOL_RDS SOL_IUCV SOL_CAIF SOL_ALG SOL_NFC SOL_KCM SOL_TLS "
                     "SOL_XDP",
    "socket_options": "SO_DEBUG SO_REUSEADDR SO_TYPE SO_ERROR SO_DONTROUTE SO_BROADCAST "
                      "SO_SNDBUF SO_RCVBUF SO_KEEPALIVE SO_OOBINLINE SO_NO_CHECK SO_PRIORITY "
                      "SO_LINGER SO_BSDCOMPAT SO_REUSEPORT SO_PASSCRED SO_PEERCRED "
                      "SO_RCVLOWAT SO_SNDLOWAT SO_RCVTIMEO_OLD SO_SNDTIMEO_OLD "
                      "SO_SECURITY_AUTHENTICATION SO_SECURITY_ENCRYPTION_TRANSPORT "
                      "SO_SECURITY_ENCRYPTION_NETWORK SO_BINDTODEVICE SO_ATTACH_FILTER "
                      "SO_DETACH_FILTER SO_PEERNAME SO_TIMESTAMP_OLD SO_ACCEPTCONN SO_PEERSEC "
                      "SO_SNDBUFFORCE SO_RCVBUFFORCE SO_PASSSEC SO_TIMESTAMPNS_OLD SO_MARK "
                      "SO_TIMESTAMPING_OLD SO_PROTOCOL SO_DOMAIN SO_RXQ_OVFL SO_WIFI_STATUS "
                      "SO_PEEK_OFF SO_NOFCS SO_LOCK_FILTER SO_SELECT_ERR_QUEUE SO_BUSY_POLL "
                      "SO_MAX_PACING_RATE SO_BPF_EXTENSIONS SO_INCOMING_CPU SO_ATTACH_BPF "
                      "SO_ATTACH_REUSEPORT_CBPF SO_ATTACH_REUSEPORT_EBPF SO_CNX_ADVICE "
                      "SO_MEMINFO SO_INCOMING_NAPI_ID SO_COOKIE SO_PEERGROUPS SO_ZEROCOPY "
                      "SO_TXTIME SO_BINDTOIFINDEX SO_TIMESTAMP_NEW SO_TIMESTAMPNS_NEW "
                      "SO_TIMESTAMPING_NEW SO_RCVTIMEO_NEW SO_SNDTIMEO_NEW SO_DETACH_REUSEPORT_BPF "
                      "SO_PREFER_BUSY_POLL SO_BUSY_POLL_BUDGET SO_NETNS_COOKIE SO_BUF_LOCK "
                      "SO_RESERVE_MEM SO_TXREHASH SO_RCVMARK",
    "tcp_options": "TCP_NODELAY TCP_MAXSEG TCP_CORK TCP_KEEPIDLE TCP_KEEPINTVL TCP_KEEPCNT "
                   "TCP_SYNCNT TCP_LINGER2 TCP_DEFER_ACCEPT TCP_WINDOW_CLAMP TCP_INFO "
                   "TCP_QUICKACK TCP_CONGESTION TCP_MD5SIG TCP_THIN_LINEAR_TIMEOUTS "
                   "TCP_THIN_DUPACK TCP_USER_TIMEOUT TCP_REPAIR TCP_REPAIR_QUEUE "
                   "TCP_QUEUE_SEQ TCP_REPAIR_OPTIONS TCP_FASTOPEN TCP_TIMESTAMP "
                   "TCP_NOTSENT_LOWAT TCP_CC_INFO TCP_SAVE_SYN TCP_SAVED_SYN TCP_REPAIR_WINDOW "
                   "TCP_FASTOPEN_CONNECT TCP_ULP TCP_MD5SIG_EXT TCP_FASTOPEN_KEY "
                   "TCP_FASTOPEN_NO_COOKIE TCP_ZEROCOPY_RECEIVE TCP_INQ TCP_TX_DELAY",
    "ip_options": "IP_TOS IP_TTL IP_HDRINCL IP_OPTIONS IP_ROUTER_ALERT IP_RECVOPTS IP_RETOPTS "
                  "IP_PKTINFO IP_PKTOPTIONS IP_MTU_DISCOVER IP_RECVERR IP_RECVTTL IP_RECVTOS "
                  "IP_MTU IP_FREEBIND IP_IPSEC_POLICY IP_XFRM_POLICY IP_PASSSEC IP_TRANSPARENT "
                  "IP_ORIGDSTADDR IP_MINTTL IP_NODEFRAG IP_CHECKSUM IP_BIND_ADDRESS_NO_PORT "
                  "IP_RECVFRAGSIZE IP_RECVERR_RFC4884 IP_MULTICAST_IF IP_MULTICAST_TTL "
                  "IP_MULTICAST_LOOP IP_ADD_MEMBERSHIP IP_DROP_MEMBERSHIP IP_UNBLOCK_SOURCE "
                  "IP_BLOCK_SOURCE IP_ADD_SOURCE_MEMBERSHIP IP_DROP_SOURCE_MEMBERSHIP "
                  "IP_MSFILTER MCAST_JOIN_GROUP MCAST_BLOCK_SOURCE MCAST_UNBLOCK_SOURCE "
                  "MCAST_LEAVE_GROUP MCAST_JOIN_SOURCE_GROUP MCAST_LEAVE_SOURCE_GROUP "
                  "MCAST_MSFILTER IP_MULTICAST_ALL IP_UNICAST_IF",
    "ipv6_options": "IPV6_ADDRFORM IPV6_2292PKTINFO IPV6_2292HOPOPTS IPV6_2292DSTOPTS "
                    "IPV6_2292RTHDR IPV6_2292PKTOPTIONS IPV6_CHECKSUM IPV6_2292HOPLIMIT "
                    "IPV6_NEXTHOP IPV6_AUTHHDR IPV6_FLOWINFO IPV6_UNICAST_HOPS "
                    "IPV6_MULTICAST_IF IPV6_MULTICAST_HOPS IPV6_MULTICAST_LOOP "
                    "IPV6_ADD_MEMBERSHIP IPV6_DROP_MEMBERSHIP IPV6_ROUTER_ALERT "
                    "IPV6_MTU_DISCOVER IPV6_MTU IPV6_RECVERR IPV6_V6ONLY IPV6_JOIN_ANYCAST "
                    "IPV6_LEAVE_ANYCAST IPV6_MULTICAST_ALL IPV6_ROUTER_ALERT_ISOLATE "
                    "IPV6_RECVERR_RFC4884 IPV6_FLOWLABEL_MGR IPV6_FLOWINFO_SEND "
                    "IPV6_IPSEC_POLICY IPV6_XFRM_POLICY IPV6_HDRINCL MCAST_JOIN_GROUP "
                    "MCAST_BLOCK_SOURCE MCAST_UNBLOCK_SOURCE MCAST_LEAVE_GROUP "
                    "MCAST_JOIN_SOURCE_GROUP MCAST_LEAVE_SOURCE_GROUP MCAST_MSFILTER "
                    "IPV6_RECVPKTINFO "
                    "IPV6_PKTINFO IPV6_RECVHOPLIMIT IPV6_HOPLIMIT IPV6_RECVHOPOPTS "
                    "IPV6_HOPOPTS IPV6_RTHDRDSTOPTS IPV6_RECVRTHDR IPV6_RTHDR IPV6_RECVDSTOPTS "
                    "IPV6_DSTOPTS IPV6_RECVPATHMTU IPV6_PATHMTU IPV6_DONTFRAG "
                    "IPV6_RECVTCLASS IPV6_TCLASS IPV6_AUTOFLOWLABEL IPV6_ADDR_PREFERENCES "
                    "IPV6_MINHOPCOUNT IPV6_ORIGDSTADDR IPV6_TRANSPARENT IPV6_UNICAST_IF "
                    "IPV6_RECVFRAGSIZE IPV6_FREEBIND",
    "msg_flags": "MSG_OOB MSG_PEEK MSG_DONTROUTE MSG_CTRUNC MSG_PROBE MSG_TRUNC MSG_DONTWAIT "
                 "MSG_EOR MSG_WAITALL MSG_FIN MSG_SYN MSG_CONFIRM MSG_RST MSG_ERRQUEUE "
                 "MSG_NOSIGNAL MSG_MORE MSG_WAITFORONE MSG_BATCH MSG_ZEROCOPY MSG_FASTOPEN "
                 "MSG_CMSG_CLOEXEC",
    "shutdown_modes": "SHUT_RD SHUT_WR SHUT_RDWR",
    "ip_protocols": "IPPROTO_IP IPPROTO_ICMP IPPROTO_IGMP IPPROTO_IPIP IPPROTO_TCP IPPROTO_EGP "
                    "IPPROTO_PUP IPPROTO_UDP IPPROTO_IDP IPPROTO_TP IPPROTO_DCCP IPPROTO_IPV6 "
                    "IPPROTO_ROUTING IPPROTO_FRAGMENT IPPROTO_RSVP IPPROTO_GRE IPPROTO_ESP "
                    "IPPROTO_AH IPPROTO_ICMPV6 IPPROTO_NONE IPPROTO_DSTOPTS IPPROTO_MTP "
                    "IPPROTO_BEETPH IPPROTO_ENCAP IPPROTO_PIM IPPROTO_COMP IPPROTO_L2TP "
                    "IPPROTO_SCTP IPPROTO_MH IPPROTO_UDPLITE IPPROTO_MPLS IPPROTO_ETHERNET "
                    "IPPROTO_RAW IPPROTO_MPTCP",
    "netlink_protocols": "NETLINK_ROUTE NETLINK_UNUSED NETLINK_USERSOCK NETLINK_FIREWALL "
                         "NETLINK_SOCK_DIAG NETLINK_NFLOG NETLINK_XFRM NETLINK_SELINUX "
                         "NETLINK_ISCSI NETLINK_AUDIT NETLINK_FIB_LOOKUP NETLINK_CONNECTOR "
                         "NETLINK_NETFILTER NETLINK_IP6_FW NETLINK_DNRTMSG "
                         "NETLINK_KOBJECT_UEVENT NETLINK_GENERIC NETLINK_SCSITRANSPORT "
                         "NETLINK_ECRYPTFS NETLINK_RDMA NETLINK_CRYPTO NETLINK_SMC",
    "fs_magic": "QNX4_SUPER_MAGIC AUTOFS_SUPER_MAGIC MINIX_SUPER_MAGIC MINIX_SUPER_MAGIC2 "
                "DEVPTS_SUPER_MAGIC MINIX2_SUPER_MAGIC MINIX2_SUPER_MAGIC2 NILFS_SUPER_MAGIC "
                "HFS_SUPER_MAGIC HFSPLUS_SUPER_MAGIC MSDOS_SUPER_MAGIC MINIX3_SUPER_MAGIC "
                "SMB_SUPER_MAGIC NCP_SUPER_MAGIC NFS_SUPER_MAGIC ROMFS_MAGIC JFFS2_SUPER_MAGIC "
                "ISOFS_SUPER_MAGIC PROC_SUPER_MAGIC OPENPROM_SUPER_MAGIC USBDEVICE_SUPER_MAGIC "
                "ADFS_SUPER_MAGIC AFFS_SUPER_MAGIC EXT2_SUPER_MAGIC ECRYPTFS_SUPER_MAGIC "
                "CGROUP_SUPER_MAGIC EFS_SUPER_MAGIC HOSTFS_SUPER_MAGIC CEPH_SUPER_MAGIC "
                "TMPFS_MAGIC V9FS_MAGIC XENFS_SUPER_MAGIC ANON_INODE_FS_MAGIC "
                "BALLOON_KVM_MAGIC UDF_SUPER_MAGIC BTRFS_TEST_MAGIC BPF_FS_MAGIC "
                "EXFAT_SUPER_MAGIC CRAMFS_MAGIC BINFMTFS_MAGIC SMACK_MAGIC DMA_BUF_MAGIC "
                "CRAMFS_MAGIC_WEND DEVMEM_MAGIC PIPEFS_MAGIC REISERFS_SUPER_MAGIC "
                "SECRETMEM_MAGIC AFS_SUPER_MAGIC SOCKFS_MAGIC STACK_END_MAGIC ZSMALLOC_MAGIC "
                "XFS_SUPER_MAGIC AAFS_MAGIC ZONEFS_MAGIC PSTOREFS_MAGIC BDEVFS_MAGIC "
                "CONFIGFS_MAGIC SYSFS_MAGIC CGROUP2_SUPER_MAGIC DEBUGFS_MAGIC DAXFS_MAGIC "
                "FUSE_SUPER_MAGIC QNX6_SUPER_MAGIC AFS_FS_MAGIC BINDERFS_SUPER_MAGIC "
                "NSFS_MAGIC SECURITYFS_MAGIC SQUASHFS_MAGIC TRACEFS_MAGIC OVERLAYFS_SUPER_MAGIC "
                "SELINUX_MAGIC EFIVARFS_MAGIC HUGETLBFS_MAGIC MTD_INODE_FS_MAGIC "
                "BTRFS_SUPER_MAGIC F2FS_SUPER_MAGIC EROFS_SUPER_MAGIC_V1 FUTEXFS_SUPER_MAGIC",
    "seccomp_ops": "SECCOMP_SET_MODE_STRICT SECCOMP_SET_MODE_FILTER SECCOMP_GET_ACTION_AVAIL "
                   "SECCOMP_GET_NOTIF_SIZES",
    "seccomp_filter_flags": "SECCOMP_FILTER_FLAG_TSYNC SECCOMP_FILTER_FLAG_LOG "
                            "SECCOMP_FILTER_FLAG_SPEC_ALLOW SECCOMP_FILTER_FLAG_NEW_LISTENER "
                            "SECCOMP_FILTER_FLAG_TSYNC_ESRCH "
                            "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV",
    "seccomp_ret_action": "SECCOMP_RET_KILL_PROCESS SECCOMP_RET_KILL_THREAD SECCOMP_RET_TRAP "
                          "SECCOMP_RET_ERRNO SECCOMP_RET_USER_NOTIF SECCOMP_RET_TRACE "
                          "SECCOMP_RET_LOG SECCOMP_RET_ALLOW",
    "seccomp_limits": "SECCOMP_RET_ACTION_FULL",
    "si_codes": "SI_USER SI_KERNEL SI_QUEUE SI_TIMER SI_MESGQ SI_ASYNCIO SI_SIGIO SI_TKILL "
                "SI_DETHREAD SI_ASYNCNL",
    "sigchld_codes": "CLD_EXITED CLD_KILLED CLD_DUMPED CLD_TRAPPED CLD_STOPPED CLD_CONTINUED",
    "sigsegv_codes": "SEGV_MAPERR SEGV_ACCERR SEGV_BNDERR SEGV_PKUERR SEGV_ACCADI SEGV_ADIDERR "
                     "SEGV_ADIPERR SEGV_MTEAERR SEGV_MTESERR",
    "sigbus_codes": "BUS_ADRALN BUS_ADRERR BUS_OBJERR BUS_MCEERR_AR BUS_MCEERR_AO",
    "sigill_codes": "ILL_ILLOPC ILL_ILLOPN ILL_ILLADR ILL_ILLTRP ILL_PRVOPC ILL_PRVREG "
                    "ILL_COPROC ILL_BADSTK ILL_BADIADDR",
    "sigfpe_codes": "FPE_INTDIV FPE_INTOVF FPE_FLTDIV FPE_FLTOVF FPE_FLTUND FPE_FLTRES "
                    "FPE_FLTINV FPE_FLTSUB FPE_FLTUNK FPE_CONDTRAP",
    "sigtrap_codes": "TRAP_BRKPT TRAP_TRACE TRAP_BRANCH TRAP_HWBKPT TRAP_UNK TRAP_PERF",
    "sigpoll_codes": "POLL_IN POLL_OUT POLL_MSG POLL_ERR POLL_PRI POLL_HUP",
    "sigsys_codes": "SYS_SECCOMP SYS_USER_DISPATCH",
    "falloc_flags": "FALLOC_FL_KEEP_SIZE FALLOC_FL_PUNCH_HOLE FALLOC_FL_NO_HIDE_STALE "
                    "FALLOC_FL_COLLAPSE_RANGE FALLOC_FL_ZERO_RANGE FALLOC_FL_INSERT_RANGE "
                    "FALLOC_FL_UNSHARE_RANGE",
    "flock_ops": "LOCK_SH LOCK_EX LOCK_NB LOCK_UN",
    "itimer_which": "ITIMER_REAL ITIMER_VIRTUAL ITIMER_PROF",
    "rusage_who": "RUSAGE_SELF RUSAGE_CHILDREN RUSAGE_BOTH RUSAGE_THREAD",
    "sched_policies": "SCHED_OTHER SCHED_FIFO SCHED_RR SCHED_BATCH SCHED_ISO SCHED_IDLE "
                      "SCHED_DEADLINE",
    "mount_flags": "MS_RDONLY MS_NOSUID MS_NODEV MS_NOEXEC MS_SYNCHRONOUS MS_REMOUNT "
                   "MS_MANDLOCK MS_DIRSYNC MS_NOSYMFOLLOW MS_NOATIME MS_NODIRATIME MS_BIND "
                   "MS_MOVE MS_REC MS_SILENT MS_POSIXACL MS_UNBINDABLE MS_PRIVATE MS_SLAVE "
                   "MS_SHARED MS_RELATIME MS_KERNMOUNT MS_I_VERSION MS_STRICTATIME "
                   "MS_LAZYTIME MS_SUBMOUNT MS_NOREMOTELOCK MS_NOSEC MS_BORN MS_ACTIVE "
                   "MS_NOUSER",
    "umount_flags": "MNT_FORCE MNT_DETACH MNT_EXPIRE UMOUNT_NOFOLLOW",
    "xattr_flags": "XATTR_CREATE XATTR_REPLACE",
    "rwf_flags": "RWF_HIPRI RWF_DSYNC RWF_SYNC RWF_NOWAIT RWF_APPEND",
    "personality_types": "PER_LINUX PER_LINUX_32BIT PER_LINUX_FDPIC PER_SVR4 PER_SVR3 "
                         "PER_SCOSVR3 PER_OSR5 PER_WYSEV386 PER_ISCR4 PER_BSD PER_SUNOS "
                         "PER_XENIX PER_LINUX32 PER_LINUX32_3GB PER_IRIX32 PER_IRIXN32 "
                         "PER_IRIX64 PER_RISCOS PER_SOLARIS PER_UW7 PER_OSF4 PER_HPUX",
    "personality_flags": "UNAME26 ADDR_NO_RANDOMIZE FDPIC_FUNCPTRS MMAP_PAGE_ZERO "
                         "ADDR_COMPAT_LAYOUT READ_IMPLIES_EXEC ADDR_LIMIT_32BIT SHORT_INODE "
                         "WHOLE_SECONDS STICKY_TIMEOUTS ADDR_LIMIT_3GB",
    "personality_limits": "PER_MASK",
}

# How a table's bits named 1<<NAME print, where strace spells them otherwise than 1<<NAME.
SHIFT_SPELLING = {"hdio_ide_nice": "1 << "}

# The tables of the ioctl families with modules of their own (decode/ioctl_<family>.py).
TABLES.update({
    "counter_component_types": "COUNTER_COMPONENT_NONE COUNTER_COMPONENT_SIGNAL "
                               "COUNTER_COMPONENT_COUNT COUNTER_COMPONENT_FUNCTION "
                               "COUNTER_COMPONENT_SYNAPSE_ACTION COUNTER_COMPONENT_EXTENSION",
    "counter_scopes": "COUNTER_SCOPE_DEVICE COUNTER_SCOPE_SIGNAL COUNTER_SCOPE_COUNT",
    "counter_event_types": "COUNTER_EVENT_OVERFLOW COUNTER_EVENT_UNDERFLOW "
                           "COUNTER_EVENT_OVERFLOW_UNDERFLOW COUNTER_EVENT_THRESHOLD "
                           "COUNTER_EVENT_INDEX COUNTER_EVENT_CHANGE_OF_STATE "
                           "COUNTER_EVENT_CAPTURE",
    "rtc_params": "RTC_PARAM_FEATURES RTC_PARAM_CORRECTION RTC_PARAM_BACKUP_SWITCH_MODE",
    "rtc_features": "1<<RTC_FEATURE_ALARM 1<<RTC_FEATURE_ALARM_RES_MINUTE "
                    "1<<RTC_FEATURE_NEED_WEEK_DAY 1<<RTC_FEATURE_ALARM_RES_2S "
                    "1<<RTC_FEATURE_UPDATE_INTERRUPT 1<<RTC_FEATURE_CORRECTION "
                    "1<<RTC_FEATURE_BACKUP_SWITCH_MODE 1<<RTC_FEATURE_ALARM_WAKEUP_ONLY",
    "rtc_backup_switch_modes": "RTC_BSM_DISABLED RTC_BSM_DIRECT RTC_BSM_LEVEL RTC_BSM_STANDBY",
    "ptp_extts_flags": "PTP_ENABLE_FEATURE PTP_RISING_EDGE PTP_FALLING_EDGE PTP_STRICT_FLAGS",
    "ptp_perout_flags": "PTP_PEROUT_ONE_SHOT PTP_PEROUT_DUTY_CYCLE PTP_PEROUT_PHASE",
    "ptp_pin_funcs": "PTP_PF_NONE PTP_PF_EXTTS PTP_PF_PEROUT PTP_PF_PHYSYNC",
    "kd_default_led_flags": "LED_SCR LED_NUM LED_CAP LED_SCR<<4 LED_NUM<<4 LED_CAP<<4",
    "kd_font_flags": "KD_FONT_FLAG_DONT_RECALC KD_FONT_FLAG_OLD",
    "kd_font_ops": "KD_FONT_OP_SET KD_FONT_OP_GET KD_FONT_OP_SET_DEFAULT KD_FONT_OP_COPY",
    "kd_kbd_modes": "K_RAW K_XLATE K_MEDIUMRAW K_UNICODE K_OFF",
    "kd_kbd_types": "KB_84 KB_101 KB_OTHER",
    "kd_key_ascii_keys": (
        "K_ASC0 K_ASC1 K_ASC2 K_ASC3 K_ASC4 K_ASC5 K_ASC6 K_ASC7 K_ASC8 K_ASC9 K_HEX0 K_HEX1 "
        "K_HEX2 K_HEX3 K_HEX4 K_HEX5 K_HEX6 K_HEX7 K_HEX8 K_HEX9 K_HEXa K_HEXb K_HEXc K_HEXd "
        "K_HEXe K_HEXf"),
    "kd_key_brl_keys": (
        "K_BRL_BLANK K_BRL_DOT1 K_BRL_DOT2 K_BRL_DOT3 K_BRL_DOT4 K_BRL_DOT5 K_BRL_DOT6 "
        "K_BRL_DOT7 K_BRL_DOT8 K_BRL_DOT9 K_BRL_DOT10"),
    "kd_key_cur_keys": "K_DOWN K_LEFT K_RIGHT K_UP",
    "kd_key_dead_keys": (
        "K_DGRAVE K_DACUTE K_DCIRCM K_DTILDE K_DDIERE K_DCEDIL K_DMACRON K_DBREVE K_DABDOT "
        "K_DABRING K_DDBACUTE K_DCARON K_DOGONEK K_DIOTA K_DVOICED K_DSEMVOICED K_DBEDOT "
        "K_DHOOK K_DHORN K_DSTROKE K_DABCOMMA K_DABREVCOMMA K_DDBGRAVE K_DINVBREVE K_DBECOMMA "
        "K_DCURRENCY K_DGREEK"),
    "kd_key_fn_keys": (
        "K_F1 K_F2 K_F3 K_F4 K_F5 K_F6 K_F7 K_F8 K_F9 K_F10 K_F11 K_F12 K_F13 K_F14 K_F15 K_F16 "
        "K_F17 K_F18 K_F19 K_F20 K_FIND K_INSERT K_REMOVE K_SELECT K_PGUP K_PGDN K_MACRO K_HELP "
        "K_DO K_PAUSE K_F21 K_F22 K_F23 K_F24 K_F25 K_F26 K_F27 K_F28 K_F29 K_F30 K_F31 K_F32 "
        "K_F33 K_F34 K_F35 K_F36 K_F37 K_F38 K_F39 K_F40 K_F41 K_F42 K_F43 K_F44 K_F45 K_F46 "
        "K_F47 K_F48 K_F49 K_F50 K_F51 K_F52 K_F53 K_F54 K_F55 K_F56 K_F57 K_F58 K_F59 K_F60 "
        "K_F61 K_F62 K_F63 K_F64 K_F65 K_F66 K_F67 K_F68 K_F69 K_F70 K_F71 K_F72 K_F73 K_F74 "
        "K_F75 K_F76 K_F77 K_F78 K_F79 K_F80 K_F81 K_F82 K_F83 K_F84 K_F85 K_F86 K_F87 K_F88 "
        "K_F89 K_F90 K_F91 K_F92 K_F93 K_F94 K_F95 K_F96 K_F97 K_F98 K_F99 K_F100 K_F101 K_F102 "
        "K_F103 K_F104 K_F105 K_F106 K_F107 K_F108 K_F109 K_F110 K_F111 K_F112 K_F113 K_F114 "
        "K_F115 K_F116 K_F117 K_F118 K_F119 K_F120 K_F121 K_F122 K_F123 K_F124 K_F125 K_F126 "
        "K_F127 K_F128 K_F129 K_F130 K_F131 K_F132 K_F133 K_F134 K_F135 K_F136 K_F137 K_F138 "
        "K_F139 K_F140 K_F141 K_F142 K_F143 K_F144 K_F145 K_F146 K_F147 K_F148 K_F149 K_F150 "
        "K_F151 K_F152 K_F153 K_F154 K_F155 K_F156 K_F157 K_F158 K_F159 K_F160 K_F161 K_F162 "
        "K_F163 K_F164 K_F165 K_F166 K_F167 K_F168 K_F169 K_F170 K_F171 K_F172 K_F173 K_F174 "
        "K_F175 K_F176 K_F177 K_F178 K_F179 K_F180 K_F181 K_F182 K_F183 K_F184 K_F185 K_F186 "
        "K_F187 K_F188 K_F189 K_F190 K_F191 K_F192 K_F193 K_F194 K_F195 K_F196 K_F197 K_F198 "
        "K_F199 K_F200 K_F201 K_F202 K_F203 K_F204 K_F205 K_F206 K_F207 K_F208 K_F209 K_F210 "
        "K_F211 K_F212 K_F213 K_F214 K_F215 K_F216 K_F217 K_F218 K_F219 K_F220 K_F221 K_F222 "
        "K_F223 K_F224 K_F225 K_F226 K_F227 K_F228 K_F229 K_F230 K_F231 K_F232 K_F233 K_F234 "
        "K_F235 K_F236 K_F237 K_F238 K_F239 K_F240 K_F241 K_F242 K_F243 K_F244 K_F245 K_UNDO"),
    "kd_key_lock_keys": (
        "K_SHIFTLOCK K_ALTGRLOCK K_CTRLLOCK K_ALTLOCK K_SHIFTLLOCK K_SHIFTRLOCK K_CTRLLLOCK "
        "K_CTRLRLOCK K_CAPSSHIFTLOCK"),
    "kd_key_pad_keys": (
        "K_P0 K_P1 K_P2 K_P3 K_P4 K_P5 K_P6 K_P7 K_P8 K_P9 K_PPLUS K_PMINUS K_PSTAR K_PSLASH "
        "K_PENTER K_PCOMMA K_PDOT K_PPLUSMINUS K_PPARENL K_PPARENR"),
    "kd_key_shift_keys": (
        "K_SHIFT K_ALTGR K_CTRL K_ALT K_SHIFTL K_SHIFTR K_CTRLL K_CTRLR K_CAPSSHIFT"),
    "kd_key_slock_keys": (
        "K_SHIFT_SLOCK K_ALTGR_SLOCK K_CTRL_SLOCK K_ALT_SLOCK K_SHIFTL_SLOCK K_SHIFTR_SLOCK "
        "K_CTRLL_SLOCK K_CTRLR_SLOCK K_CAPSSHIFT_SLOCK"),
    "kd_key_spec_keys": (
        "K_HOLE K_ENTER K_SH_REGS K_SH_MEM K_SH_STAT K_BREAK K_CONS K_CAPS K_NUM K_HOLD "
        "K_SCROLLFORW K_SCROLLBACK K_BOOT K_CAPSON K_COMPOSE K_SAK K_DECRCONSOLE K_INCRCONSOLE "
        "K_SPAWNCONSOLE K_BARENUMLOCK K_ALLOCATED K_NOSUCHMAP"),
    "kd_key_tables": "K_NORMTAB K_SHIFTTAB K_ALTTAB K_ALTSHIFTTAB",
    "kd_key_types": (
        "KT_LATIN KT_FN KT_SPEC KT_PAD KT_DEAD KT_CONS KT_CUR KT_SHIFT KT_META KT_ASCII KT_LOCK "
        "KT_LETTER KT_SLOCK KT_DEAD2 KT_BRL"),
    "kd_keymap_flags": (
        "1<<KG_SHIFT 1<<KG_ALTGR 1<<KG_CTRL 1<<KG_ALT 1<<KG_SHIFTL 1<<KG_SHIFTR 1<<KG_CTRLL "
        "1<<KG_CTRLR"),
    "kd_led_flags": "LED_SCR LED_NUM LED_CAP",
    "kd_meta_vals": "K_METABIT K_ESCPREFIX",
    "kd_modes": "KD_TEXT KD_GRAPHICS KD_TEXT0 KD_TEXT1",
    "uffd_api_features": (
        "UFFD_FEATURE_PAGEFAULT_FLAG_WP UFFD_FEATURE_EVENT_FORK UFFD_FEATURE_EVENT_REMAP "
        "UFFD_FEATURE_EVENT_REMOVE UFFD_FEATURE_MISSING_HUGETLBFS UFFD_FEATURE_MISSING_SHMEM "
        "UFFD_FEATURE_EVENT_UNMAP UFFD_FEATURE_SIGBUS UFFD_FEATURE_THREAD_ID "
        "UFFD_FEATURE_MINOR_HUGETLBFS UFFD_FEATURE_MINOR_SHMEM UFFD_FEATURE_EXACT_ADDRESS "
        "UFFD_FEATURE_WP_HUGETLBFS_SHMEM"),
    "uffd_api_flags": "1<<_UFFDIO_REGISTER 1<<_UFFDIO_UNREGISTER 1<<_UFFDIO_API",
    "uffd_copy_flags": "UFFDIO_COPY_MODE_DONTWAKE UFFDIO_COPY_MODE_WP",
    "uffd_register_ioctl_flags": (
        "1<<_UFFDIO_WAKE 1<<_UFFDIO_COPY 1<<_UFFDIO_ZEROPAGE 1<<_UFFDIO_WRITEPROTECT "
        "1<<_UFFDIO_CONTINUE"),
    "uffd_register_mode_flags": (
        "UFFDIO_REGISTER_MODE_MISSING UFFDIO_REGISTER_MODE_WP UFFDIO_REGISTER_MODE_MINOR"),
    "uffd_zeropage_flags": "UFFDIO_ZEROPAGE_MODE_DONTWAKE",
    "mtd_file_mode_options": (
        "MTD_FILE_MODE_NORMAL MTD_FILE_MODE_OTP_FACTORY MTD_FILE_MODE_OTP_USER "
        "MTD_FILE_MODE_RAW"),
    "mtd_flags_options": (
        "MTD_WRITEABLE MTD_BIT_WRITEABLE MTD_NO_ERASE MTD_POWERUP_LOCK MTD_SLC_ON_MLC_EMULATION"),
    "mtd_mode_options": "MTD_OPS_PLACE_OOB MTD_OPS_AUTO_OOB MTD_OPS_RAW",
    "mtd_nandecc_options": (
        "MTD_NANDECC_OFF MTD_NANDECC_PLACE MTD_NANDECC_AUTOPLACE MTD_NANDECC_PLACEONLY "
        "MTD_NANDECC_AUTOPL_USR"),
    "mtd_otp_options": "MTD_OTP_OFF MTD_OTP_FACTORY MTD_OTP_USER",
    "mtd_type_options": (
        "MTD_ABSENT MTD_RAM MTD_ROM MTD_NORFLASH MTD_NANDFLASH MTD_DATAFLASH MTD_UBIVOLUME "
        "MTD_MLCNANDFLASH"),
    "kvm_cap": "@linux/kvm.h:KVM_CAP_",
    "kvm_exit_reason": (
        "KVM_EXIT_UNKNOWN KVM_EXIT_EXCEPTION KVM_EXIT_IO KVM_EXIT_HYPERCALL KVM_EXIT_DEBUG "
        "KVM_EXIT_HLT KVM_EXIT_MMIO KVM_EXIT_IRQ_WINDOW_OPEN KVM_EXIT_SHUTDOWN "
        "KVM_EXIT_FAIL_ENTRY KVM_EXIT_INTR KVM_EXIT_SET_TPR KVM_EXIT_TPR_ACCESS "
        "KVM_EXIT_S390_SIEIC KVM_EXIT_S390_RESET KVM_EXIT_DCR KVM_EXIT_NMI "
        "KVM_EXIT_INTERNAL_ERROR KVM_EXIT_OSI KVM_EXIT_PAPR_HCALL KVM_EXIT_S390_UCONTROL "
        "KVM_EXIT_WATCHDOG KVM_EXIT_S390_TSCH KVM_EXIT_EPR KVM_EXIT_SYSTEM_EVENT "
        "KVM_EXIT_S390_STSI KVM_EXIT_IOAPIC_EOI KVM_EXIT_HYPERV KVM_EXIT_ARM_NISV "
        "KVM_EXIT_X86_RDMSR KVM_EXIT_X86_WRMSR KVM_EXIT_DIRTY_RING_FULL KVM_EXIT_AP_RESET_HOLD "
        "KVM_EXIT_X86_BUS_LOCK KVM_EXIT_XEN KVM_EXIT_RISCV_SBI KVM_EXIT_RISCV_CSR "
        "KVM_EXIT_NOTIFY"),
    "kvm_mem_flags": "KVM_MEM_LOG_DIRTY_PAGES KVM_MEM_READONLY",
    "kvm_cpuid_flags": (
        "KVM_CPUID_FLAG_SIGNIFCANT_INDEX KVM_CPUID_FLAG_STATEFUL_FUNC "
        "KVM_CPUID_FLAG_STATE_READ_NEXT"),
    "sg_io_dxfer_direction": (
        "SG_DXFER_NONE SG_DXFER_TO_DEV SG_DXFER_FROM_DEV SG_DXFER_TO_FROM_DEV"),
    "sg_io_flags": (
        "SG_FLAG_DIRECT_IO SG_FLAG_UNUSED_LUN_INHIBIT SG_FLAG_MMAP_IO SG_FLAG_NO_DXFER "
        "SG_FLAG_Q_AT_TAIL SG_FLAG_Q_AT_HEAD"),
    "sg_io_info": "SG_INFO_CHECK SG_INFO_DIRECT_IO SG_INFO_MIXED_IO",
    "bsg_protocol": "BSG_PROTOCOL_SCSI",
    "bsg_subprotocol": (
        "BSG_SUB_PROTOCOL_SCSI_CMD BSG_SUB_PROTOCOL_SCSI_TMF BSG_SUB_PROTOCOL_SCSI_TRANSPORT"),
    "bsg_flags": "BSG_FLAG_Q_AT_TAIL BSG_FLAG_Q_AT_HEAD",
    "blkpg_ops": "BLKPG_ADD_PARTITION BLKPG_DEL_PARTITION BLKPG_RESIZE_PARTITION",
    "ubi_volume_types": "UBI_DYNAMIC_VOLUME UBI_STATIC_VOLUME",
    "ubi_volume_flags": "UBI_VOL_SKIP_CRC_CHECK_FLG",
    "ubi_data_types": "UBI_LONGTERM UBI_SHORTTERM UBI_UNKNOWN",
    "ubi_volume_props": "UBI_VOL_PROP_DIRECT_WRITE",
    "sg_scsi_reset": "SG_SCSI_RESET_NOTHING SG_SCSI_RESET_DEVICE SG_SCSI_RESET_BUS "
                     "SG_SCSI_RESET_HOST SG_SCSI_RESET_TARGET SG_SCSI_RESET_NO_ESCALATE",
})

# -- ioctl requests (tools/gen_ioctls.py) ---------------------------------------------
# Where the request definitions are: directories under /usr/include ("asm" is the
# architecture's own, under the multiarch directory).
IOCTL_HEADER_DIRS = ["asm", "asm-generic", "linux", "drm", "sound", "misc", "mtd", "rdma",
                     "scsi", "video", "xen"]
# Headers whose requests are plain numbers (0x5401) rather than _IO() expressions, and
# the request type (the number's second byte) that marks them among other constants.
IOCTL_NUMERIC_HEADERS = {
    "asm-generic/ioctls.h": 0x54, "asm-generic/sockios.h": 0x89, "linux/sockios.h": 0x89,
    "linux/cdrom.h": 0x53, "linux/hdreg.h": 0x03, "scsi/sg.h": 0x22, "linux/fb.h": 0x46,
    "linux/vt.h": 0x56, "scsi/scsi.h": 0x53, "scsi/scsi_ioctl.h": 0x53, "linux/kd.h": 0x4B,
    "linux/loop.h": 0x4C, "linux/wireless.h": 0x8B,
}
# Headers that only repeat another's requests under other conditions.
IOCTL_SKIP_HEADERS = set()
# Requests of other architectures that x86_64's headers still define.
IOCTL_SKIP_PREFIXES = ("KVM_ARM_", "KVM_PPC_", "KVM_S390_")
# Requests strace 6.1 leaves unnamed: aliases of other requests' numbers, and requests
# whose definition depends on the compiler's word size.
IOCTL_SKIP_NAMES = set(
    "DMA_BUF_SET_NAME IOCTL_GNTALLOC_ALLOC_GREF IOCTL_GNTALLOC_DEALLOC_GREF "
    "IOCTL_GNTALLOC_SET_UNMAP_NOTIFY PPPIOCGIDLE SCSI_IOCTL_TAGGED_DISABLE "
    "SCSI_IOCTL_TAGGED_ENABLE SNDRV_SEQ_IOCTL_USER_PVERSION VIDIOC_SUBDEV_DV_TIMINGS_CAP "
    "VIDIOC_SUBDEV_ENUMSTD VIDIOC_SUBDEV_ENUM_DV_TIMINGS VIDIOC_SUBDEV_G_DV_TIMINGS "
    "VIDIOC_SUBDEV_G_EDID VIDIOC_SUBDEV_G_STD VIDIOC_SUBDEV_QUERYSTD "
    "VIDIOC_SUBDEV_QUERY_DV_TIMINGS VIDIOC_SUBDEV_S_DV_TIMINGS VIDIOC_SUBDEV_S_EDID "
    "VIDIOC_SUBDEV_S_STD".split())
# Requests that no installed header defines, as the header that does writes them
# (evaluated by the compiler like the others): (header, name, definition).
IOCTL_KERNEL_INTERNAL = [
    # the kernel's include/scsi/sg.h (glibc's scsi/sg.h, the one installed, predates it)
    ("scsi/sg.h", "SG_GET_ACCESS_COUNT", "0x2289"),
]
# What a header is compiled after, tried in turn until one compiles.
IOCTL_PRELUDES = [
    ["linux/ioctl.h"],
    ["linux/ioctl.h", "sys/types.h", "sys/socket.h", "sys/time.h", "linux/types.h"],
    ["linux/ioctl.h", "sys/types.h", "sys/socket.h", "sys/time.h", "stdint.h", "stddef.h", "linux/types.h",
     "linux/if.h", "linux/posix_types.h"],
]

# Netlink message types and flags (decode/netlink.py), in strace's order.
NETLINK_TABLES = {
    "netlink_types": "NLMSG_NOOP NLMSG_ERROR NLMSG_DONE NLMSG_OVERRUN",
    "netlink_flags": "NLM_F_REQUEST NLM_F_MULTI NLM_F_ACK NLM_F_ECHO NLM_F_DUMP_INTR "
        "NLM_F_DUMP_FILTERED",
    "netlink_get_flags": "NLM_F_DUMP NLM_F_ROOT NLM_F_MATCH NLM_F_ATOMIC",
    "netlink_new_flags": "NLM_F_REPLACE NLM_F_EXCL NLM_F_CREATE NLM_F_APPEND",
    "netlink_delete_flags": "NLM_F_NONREC NLM_F_BULK",
    "netlink_ack_flags": "NLM_F_CAPPED NLM_F_ACK_TLVS",
    "nl_route_types": "RTM_NEWLINK RTM_DELLINK RTM_GETLINK RTM_SETLINK RTM_NEWADDR RTM_DELADDR "
        "RTM_GETADDR RTM_NEWROUTE RTM_DELROUTE RTM_GETROUTE RTM_NEWNEIGH RTM_DELNEIGH "
        "RTM_GETNEIGH RTM_NEWRULE RTM_DELRULE RTM_GETRULE RTM_NEWQDISC RTM_DELQDISC "
        "RTM_GETQDISC RTM_NEWTCLASS RTM_DELTCLASS RTM_GETTCLASS RTM_NEWTFILTER RTM_DELTFILTER "
        "RTM_GETTFILTER RTM_NEWACTION RTM_DELACTION RTM_GETACTION RTM_NEWPREFIX "
        "RTM_GETMULTICAST RTM_GETANYCAST RTM_NEWNEIGHTBL RTM_GETNEIGHTBL RTM_SETNEIGHTBL "
        "RTM_NEWNDUSEROPT RTM_NEWADDRLABEL RTM_DELADDRLABEL RTM_GETADDRLABEL RTM_GETDCB "
        "RTM_SETDCB RTM_NEWNETCONF RTM_DELNETCONF RTM_GETNETCONF RTM_NEWMDB RTM_DELMDB "
        "RTM_GETMDB RTM_NEWNSID RTM_DELNSID RTM_GETNSID RTM_NEWSTATS RTM_GETSTATS "
        "RTM_NEWCACHEREPORT RTM_NEWCHAIN RTM_DELCHAIN RTM_GETCHAIN RTM_NEWNEXTHOP "
        "RTM_DELNEXTHOP RTM_GETNEXTHOP RTM_NEWLINKPROP RTM_DELLINKPROP RTM_GETLINKPROP "
        "RTM_NEWVLAN RTM_DELVLAN RTM_GETVLAN RTM_NEWNEXTHOPBUCKET RTM_DELNEXTHOPBUCKET "
        "RTM_GETNEXTHOPBUCKET",
    "nl_audit_types": "AUDIT_GET AUDIT_SET AUDIT_LIST AUDIT_ADD AUDIT_DEL AUDIT_USER "
        "AUDIT_LOGIN AUDIT_WATCH_INS AUDIT_WATCH_REM AUDIT_WATCH_LIST AUDIT_SIGNAL_INFO "
        "AUDIT_ADD_RULE AUDIT_DEL_RULE AUDIT_LIST_RULES AUDIT_TRIM AUDIT_MAKE_EQUIV "
        "AUDIT_TTY_GET AUDIT_TTY_SET AUDIT_SET_FEATURE AUDIT_GET_FEATURE AUDIT_FIRST_USER_MSG "
        "AUDIT_USER_AVC AUDIT_USER_TTY AUDIT_LAST_USER_MSG AUDIT_DAEMON_START AUDIT_DAEMON_END "
        "AUDIT_DAEMON_ABORT AUDIT_DAEMON_CONFIG AUDIT_SYSCALL AUDIT_FS_WATCH AUDIT_PATH "
        "AUDIT_IPC AUDIT_SOCKETCALL AUDIT_CONFIG_CHANGE AUDIT_SOCKADDR AUDIT_CWD AUDIT_EXECVE "
        "AUDIT_IPC_SET_PERM AUDIT_MQ_OPEN AUDIT_MQ_SENDRECV AUDIT_MQ_NOTIFY AUDIT_MQ_GETSETATTR "
        "AUDIT_KERNEL_OTHER AUDIT_FD_PAIR AUDIT_OBJ_PID AUDIT_TTY AUDIT_EOE AUDIT_BPRM_FCAPS "
        "AUDIT_CAPSET AUDIT_MMAP AUDIT_NETFILTER_PKT AUDIT_NETFILTER_CFG AUDIT_SECCOMP "
        "AUDIT_PROCTITLE AUDIT_FEATURE_CHANGE AUDIT_REPLACE AUDIT_KERN_MODULE AUDIT_FANOTIFY "
        "AUDIT_TIME_INJOFFSET AUDIT_TIME_ADJNTPVAL AUDIT_BPF AUDIT_EVENT_LISTENER AUDIT_URINGOP "
        "AUDIT_OPENAT2 AUDIT_DM_CTRL AUDIT_DM_EVENT AUDIT_AVC AUDIT_SELINUX_ERR AUDIT_AVC_PATH "
        "AUDIT_MAC_POLICY_LOAD AUDIT_MAC_STATUS AUDIT_MAC_CONFIG_CHANGE AUDIT_MAC_UNLBL_ALLOW "
        "AUDIT_MAC_CIPSOV4_ADD AUDIT_MAC_CIPSOV4_DEL AUDIT_MAC_MAP_ADD AUDIT_MAC_MAP_DEL "
        "AUDIT_MAC_IPSEC_ADDSA AUDIT_MAC_IPSEC_DELSA AUDIT_MAC_IPSEC_ADDSPD "
        "AUDIT_MAC_IPSEC_DELSPD AUDIT_MAC_IPSEC_EVENT AUDIT_MAC_UNLBL_STCADD "
        "AUDIT_MAC_UNLBL_STCDEL AUDIT_MAC_CALIPSO_ADD AUDIT_MAC_CALIPSO_DEL "
        "AUDIT_ANOM_PROMISCUOUS AUDIT_ANOM_ABEND AUDIT_ANOM_LINK AUDIT_ANOM_CREAT "
        "AUDIT_LAST_KERN_ANOM_MSG AUDIT_INTEGRITY_DATA AUDIT_INTEGRITY_METADATA "
        "AUDIT_INTEGRITY_STATUS AUDIT_INTEGRITY_HASH AUDIT_INTEGRITY_PCR AUDIT_INTEGRITY_RULE "
        "AUDIT_INTEGRITY_EVM_XATTR AUDIT_INTEGRITY_POLICY_RULE AUDIT_KERNEL "
        "AUDIT_FIRST_USER_MSG2 AUDIT_LAST_USER_MSG2",
    "nl_selinux_types": "SELNL_MSG_SETENFORCE SELNL_MSG_POLICYLOAD",
    "nl_sock_diag_types": "TCPDIAG_GETSOCK DCCPDIAG_GETSOCK SOCK_DIAG_BY_FAMILY SOCK_DESTROY",
    "nl_xfrm_types": "XFRM_MSG_NEWSA XFRM_MSG_DELSA XFRM_MSG_GETSA XFRM_MSG_NEWPOLICY "
        "XFRM_MSG_DELPOLICY XFRM_MSG_GETPOLICY XFRM_MSG_ALLOCSPI XFRM_MSG_ACQUIRE "
        "XFRM_MSG_EXPIRE XFRM_MSG_UPDPOLICY XFRM_MSG_UPDSA XFRM_MSG_POLEXPIRE XFRM_MSG_FLUSHSA "
        "XFRM_MSG_FLUSHPOLICY XFRM_MSG_NEWAE XFRM_MSG_GETAE XFRM_MSG_REPORT XFRM_MSG_MIGRATE "
        "XFRM_MSG_NEWSADINFO XFRM_MSG_GETSADINFO XFRM_MSG_NEWSPDINFO XFRM_MSG_GETSPDINFO "
        "XFRM_MSG_MAPPING XFRM_MSG_SETDEFAULT XFRM_MSG_GETDEFAULT",
    "nl_netfilter_subsys_ids": "NFNL_SUBSYS_NONE NFNL_SUBSYS_CTNETLINK "
        "NFNL_SUBSYS_CTNETLINK_EXP NFNL_SUBSYS_QUEUE NFNL_SUBSYS_ULOG NFNL_SUBSYS_OSF "
        "NFNL_SUBSYS_IPSET NFNL_SUBSYS_ACCT NFNL_SUBSYS_CTNETLINK_TIMEOUT NFNL_SUBSYS_CTHELPER "
        "NFNL_SUBSYS_NFTABLES NFNL_SUBSYS_NFT_COMPAT NFNL_SUBSYS_HOOK",
    "nl_netfilter_msg_types": "NFNL_MSG_BATCH_BEGIN NFNL_MSG_BATCH_END",
    "nf_ctnetlink_msg_types": "IPCTNL_MSG_CT_NEW IPCTNL_MSG_CT_GET IPCTNL_MSG_CT_DELETE "
        "IPCTNL_MSG_CT_GET_CTRZERO IPCTNL_MSG_CT_GET_STATS_CPU IPCTNL_MSG_CT_GET_STATS "
        "IPCTNL_MSG_CT_GET_DYING IPCTNL_MSG_CT_GET_UNCONFIRMED",
    "nf_ctnetlink_exp_msg_types": "IPCTNL_MSG_EXP_NEW IPCTNL_MSG_EXP_GET IPCTNL_MSG_EXP_DELETE "
        "IPCTNL_MSG_EXP_GET_STATS_CPU",
    "nf_queue_msg_types": "NFQNL_MSG_PACKET NFQNL_MSG_VERDICT NFQNL_MSG_CONFIG "
        "NFQNL_MSG_VERDICT_BATCH",
    "nf_ulog_msg_types": "NFULNL_MSG_PACKET NFULNL_MSG_CONFIG",
    "nf_osf_msg_types": "OSF_MSG_ADD OSF_MSG_REMOVE",
    "nf_ipset_msg_types": "IPSET_CMD_NONE IPSET_CMD_PROTOCOL IPSET_CMD_CREATE IPSET_CMD_DESTROY "
        "IPSET_CMD_FLUSH IPSET_CMD_RENAME IPSET_CMD_SWAP IPSET_CMD_LIST IPSET_CMD_SAVE "
        "IPSET_CMD_ADD IPSET_CMD_DEL IPSET_CMD_TEST IPSET_CMD_HEADER IPSET_CMD_TYPE "
        "IPSET_CMD_RESTORE IPSET_CMD_HELP IPSET_CMD_VERSION IPSET_CMD_QUIT IPSET_CMD_COMMIT",
    "nf_acct_msg_types": "NFNL_MSG_ACCT_NEW NFNL_MSG_ACCT_GET NFNL_MSG_ACCT_GET_CTRZERO "
        "NFNL_MSG_ACCT_DEL NFNL_MSG_ACCT_OVERQUOTA",
    "nf_cttimeout_msg_types": "IPCTNL_MSG_TIMEOUT_NEW IPCTNL_MSG_TIMEOUT_GET "
        "IPCTNL_MSG_TIMEOUT_DELETE IPCTNL_MSG_TIMEOUT_DEFAULT_SET "
        "IPCTNL_MSG_TIMEOUT_DEFAULT_GET",
    "nf_cthelper_msg_types": "NFNL_MSG_CTHELPER_NEW NFNL_MSG_CTHELPER_GET NFNL_MSG_CTHELPER_DEL",
    "nf_nftables_msg_types": "NFT_MSG_NEWTABLE NFT_MSG_GETTABLE NFT_MSG_DELTABLE "
        "NFT_MSG_NEWCHAIN NFT_MSG_GETCHAIN NFT_MSG_DELCHAIN NFT_MSG_NEWRULE NFT_MSG_GETRULE "
        "NFT_MSG_DELRULE NFT_MSG_NEWSET NFT_MSG_GETSET NFT_MSG_DELSET NFT_MSG_NEWSETELEM "
        "NFT_MSG_GETSETELEM NFT_MSG_DELSETELEM NFT_MSG_NEWGEN NFT_MSG_GETGEN NFT_MSG_TRACE "
        "NFT_MSG_NEWOBJ NFT_MSG_GETOBJ NFT_MSG_DELOBJ NFT_MSG_GETOBJ_RESET NFT_MSG_NEWFLOWTABLE "
        "NFT_MSG_GETFLOWTABLE NFT_MSG_DELFLOWTABLE",
    "nf_nft_compat_msg_types": "NFNL_MSG_COMPAT_GET",
    "nf_hook_msg_types": "NFNL_MSG_HOOK_GET",
}
TABLES.update(NETLINK_TABLES)

# NETLINK_ROUTE message fields and attributes (decode/netlink_route.py), strace's names.
ROUTE_TABLES = {
    "inet_diag_attrs": "INET_DIAG_NONE INET_DIAG_MEMINFO INET_DIAG_INFO INET_DIAG_VEGASINFO "
        "INET_DIAG_CONG INET_DIAG_TOS INET_DIAG_TCLASS INET_DIAG_SKMEMINFO INET_DIAG_SHUTDOWN "
        "INET_DIAG_DCTCPINFO INET_DIAG_PROTOCOL INET_DIAG_SKV6ONLY INET_DIAG_LOCALS "
        "INET_DIAG_PEERS INET_DIAG_PAD INET_DIAG_MARK INET_DIAG_BBRINFO INET_DIAG_CLASS_ID "
        "INET_DIAG_MD5SIG INET_DIAG_ULP_INFO INET_DIAG_SK_BPF_STORAGES INET_DIAG_CGROUP_ID "
        "INET_DIAG_SOCKOPT",
    "inet_diag_req_attrs": "INET_DIAG_REQ_NONE INET_DIAG_REQ_BYTECODE "
        "INET_DIAG_REQ_SK_BPF_STORAGES INET_DIAG_REQ_PROTOCOL",
    "ethernet_protocols": "ETH_P_802_3 ETH_P_AX25 ETH_P_ALL ETH_P_802_2 ETH_P_SNAP ETH_P_DDCMP ETH_P_WAN_PPP "
        "ETH_P_PPP_MP ETH_P_LOCALTALK ETH_P_CAN ETH_P_CANFD ETH_P_CANXL ETH_P_PPPTALK "
        "ETH_P_TR_802_2 ETH_P_MOBITEX ETH_P_CONTROL ETH_P_IRDA ETH_P_ECONET ETH_P_HDLC "
        "ETH_P_ARCNET ETH_P_DSA ETH_P_TRAILER ETH_P_LOOP ETH_P_PHONET ETH_P_IEEE802154 "
        "ETH_P_CAIF ETH_P_XDSA ETH_P_MAP ETH_P_MCTP ETH_P_PUP ETH_P_PUPAT ETH_P_802_3_MIN "
        "ETH_P_IP ETH_P_X25 ETH_P_ARP ETH_P_BPQ ETH_P_IEEEPUP ETH_P_IEEEPUPAT ETH_P_ERSPAN2 "
        "ETH_P_TSN ETH_P_BATMAN ETH_P_DEC ETH_P_DNA_DL ETH_P_DNA_RC ETH_P_DNA_RT ETH_P_LAT "
        "ETH_P_DIAG ETH_P_CUST ETH_P_SCA ETH_P_TEB ETH_P_RARP ETH_P_ATALK ETH_P_AARP "
        "ETH_P_8021Q ETH_P_IPX ETH_P_IPV6 ETH_P_PAUSE ETH_P_SLOW ETH_P_WCCP ETH_P_MPLS_UC "
        "ETH_P_MPLS_MC ETH_P_ATMMPOA ETH_P_PPP_DISC ETH_P_PPP_SES ETH_P_LINK_CTL "
        "ETH_P_ATMFATE ETH_P_PAE ETH_P_REALTEK ETH_P_AOE ETH_P_8021AD ETH_P_802_EX1 "
        "ETH_P_ERSPAN ETH_P_PREAUTH ETH_P_TIPC ETH_P_LLDP ETH_P_MRP ETH_P_MACSEC "
        "ETH_P_8021AH ETH_P_MVRP ETH_P_1588 ETH_P_NCSI ETH_P_PRP ETH_P_CFM ETH_P_FCOE "
        "ETH_P_TDLS ETH_P_FIP ETH_P_IBOE ETH_P_80221 ETH_P_HSR ETH_P_NSH ETH_P_LOOPBACK "
        "ETH_P_QINQ1 ETH_P_QINQ2 ETH_P_QINQ3 ETH_P_EDSA ETH_P_DSA_8021Q ETH_P_DSA_A5PSW "
        "ETH_P_IFE ETH_P_AF_IUCV",
    "tcp_states": "TCP_ESTABLISHED TCP_SYN_SENT TCP_SYN_RECV TCP_FIN_WAIT1 TCP_FIN_WAIT2 "
        "TCP_TIME_WAIT TCP_CLOSE TCP_CLOSE_WAIT TCP_LAST_ACK TCP_LISTEN TCP_CLOSING "
        "TCP_NEW_SYN_RECV",
    "unix_diag_show": "UDIAG_SHOW_NAME UDIAG_SHOW_VFS UDIAG_SHOW_PEER UDIAG_SHOW_ICONS "
        "UDIAG_SHOW_RQLEN UDIAG_SHOW_MEMINFO UDIAG_SHOW_UID",
    "unix_diag_attrs": "UNIX_DIAG_NAME UNIX_DIAG_VFS UNIX_DIAG_PEER UNIX_DIAG_ICONS "
        "UNIX_DIAG_RQLEN UNIX_DIAG_MEMINFO UNIX_DIAG_SHUTDOWN UNIX_DIAG_UID",
    "netlink_diag_show": "NDIAG_SHOW_MEMINFO NDIAG_SHOW_GROUPS NDIAG_SHOW_RING_CFG "
        "NDIAG_SHOW_FLAGS",
    "netlink_states": "NETLINK_UNCONNECTED NETLINK_CONNECTED TCP_CLOSE",
    "netlink_diag_attrs": "NETLINK_DIAG_MEMINFO NETLINK_DIAG_GROUPS NETLINK_DIAG_RX_RING "
        "NETLINK_DIAG_TX_RING NETLINK_DIAG_FLAGS",
    "packet_diag_show": "PACKET_SHOW_INFO PACKET_SHOW_MCLIST PACKET_SHOW_RING_CFG "
        "PACKET_SHOW_FANOUT PACKET_SHOW_MEMINFO PACKET_SHOW_FILTER",
    "packet_diag_attrs": "PACKET_DIAG_INFO PACKET_DIAG_MCLIST PACKET_DIAG_RX_RING "
        "PACKET_DIAG_TX_RING PACKET_DIAG_FANOUT PACKET_DIAG_UID PACKET_DIAG_MEMINFO "
        "PACKET_DIAG_FILTER",
    "rtnl_ifla_ext_filter_flags": "RTEXT_FILTER_VF RTEXT_FILTER_BRVLAN "
        "RTEXT_FILTER_BRVLAN_COMPRESSED RTEXT_FILTER_SKIP_STATS RTEXT_FILTER_MRP "
        "RTEXT_FILTER_CFM_CONFIG RTEXT_FILTER_CFM_STATUS",
    # socket address families (sockaddrs of connect, bind, sendto...)
    # sock_diag's INET_DIAG_ULP_INFO and INET_DIAG_SK_BPF_STORAGES attributes
    "inet_diag_ulp_info_attrs": "INET_ULP_INFO_UNSPEC INET_ULP_INFO_NAME INET_ULP_INFO_TLS "
                                "INET_ULP_INFO_MPTCP",
    "inet_diag_ulp_info_tls_attrs": "TLS_INFO_UNSPEC TLS_INFO_VERSION TLS_INFO_CIPHER "
                                    "TLS_INFO_TXCONF TLS_INFO_RXCONF TLS_INFO_ZC_RO_TX "
                                    "TLS_INFO_RX_NO_PAD",
    "tls_info_versions": "TLS_1_2_VERSION TLS_1_3_VERSION",
    "tls_info_ciphers": "TLS_CIPHER_AES_GCM_128 TLS_CIPHER_AES_GCM_256 TLS_CIPHER_AES_CCM_128 "
                        "TLS_CIPHER_CHACHA20_POLY1305 TLS_CIPHER_SM4_GCM TLS_CIPHER_SM4_CCM "
                        "TLS_CIPHER_ARIA_GCM_128 TLS_CIPHER_ARIA_GCM_256",
    "tls_info_configs": "TLS_CONF_BASE TLS_CONF_SW TLS_CONF_HW TLS_CONF_HW_RECORD",
    "inet_diag_ulp_info_mptcp_attrs": "MPTCP_SUBFLOW_ATTR_UNSPEC MPTCP_SUBFLOW_ATTR_TOKEN_REM "
                                      "MPTCP_SUBFLOW_ATTR_TOKEN_LOC "
                                      "MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ MPTCP_SUBFLOW_ATTR_MAP_SEQ "
                                      "MPTCP_SUBFLOW_ATTR_MAP_SFSEQ MPTCP_SUBFLOW_ATTR_SSN_OFFSET "
                                      "MPTCP_SUBFLOW_ATTR_MAP_DATALEN MPTCP_SUBFLOW_ATTR_FLAGS "
                                      "MPTCP_SUBFLOW_ATTR_ID_REM MPTCP_SUBFLOW_ATTR_ID_LOC "
                                      "MPTCP_SUBFLOW_ATTR_PAD",
    "mptcp_subflow_flags": "MPTCP_SUBFLOW_FLAG_MCAP_REM MPTCP_SUBFLOW_FLAG_MCAP_LOC "
                           "MPTCP_SUBFLOW_FLAG_JOIN_REM MPTCP_SUBFLOW_FLAG_JOIN_LOC "
                           "MPTCP_SUBFLOW_FLAG_BKUP_REM MPTCP_SUBFLOW_FLAG_BKUP_LOC "
                           "MPTCP_SUBFLOW_FLAG_FULLY_ESTABLISHED MPTCP_SUBFLOW_FLAG_CONNECTED "
                           "MPTCP_SUBFLOW_FLAG_MAPVALID",
    "inet_diag_bpf_storages_attrs": "SK_DIAG_BPF_STORAGE_REP_NONE SK_DIAG_BPF_STORAGE",
    "inet_diag_bpf_storage_attrs": "SK_DIAG_BPF_STORAGE_NONE SK_DIAG_BPF_STORAGE_PAD "
                                   "SK_DIAG_BPF_STORAGE_MAP_ID SK_DIAG_BPF_STORAGE_MAP_VALUE",
    "af_packet_types": "PACKET_HOST PACKET_BROADCAST PACKET_MULTICAST PACKET_OTHERHOST "
                       "PACKET_OUTGOING PACKET_LOOPBACK PACKET_USER PACKET_KERNEL",
    "rxrpc_services": "CM_SERVICE YFS_FS_SERVICE YFS_CM_SERVICE YFS_VL_SERVICE",
    "ieee802154_addr_types": "IEEE802154_ADDR_NONE IEEE802154_ADDR_SHORT IEEE802154_ADDR_LONG",
    "ieee802154_addrs": "IEEE802154_ADDR_UNDEF IEEE802154_ADDR_BROADCAST",
    "ieee802154_pan_ids": "IEEE802154_PANID_BROADCAST",
    "alg_sockaddr_flags": "CRYPTO_ALG_KERN_DRIVER_ONLY",
    "nfc_saps": "LLCP_SAP_SDP LLCP_SAP_IP LLCP_SAP_OBEX LLCP_SAP_SNEP LLCP_SAP_MAX",
    "nfc_sockaddr_protocols": "NFC_PROTO_JEWEL NFC_PROTO_MIFARE NFC_PROTO_FELICA "
                              "NFC_PROTO_ISO14443 NFC_PROTO_NFC_DEP NFC_PROTO_ISO14443_B "
                              "NFC_PROTO_ISO15693",
    "vsock_cids": "VMADDR_CID_HYPERVISOR VMADDR_CID_LOCAL VMADDR_CID_HOST VMADDR_CID_ANY",
    "vsock_flags": "VMADDR_FLAG_TO_HOST",
    "vsock_ports": "VMADDR_PORT_ANY",
    "qipcrtr_nodes": "QRTR_NODE_BCAST",
    "qipcrtr_ports": "QRTR_PORT_CTRL",
    "xdp_sockaddr_flags": "XDP_SHARED_UMEM XDP_COPY XDP_ZEROCOPY XDP_USE_NEED_WAKEUP",
    "mctp_nets": "MCTP_NET_ANY",
    "mctp_addrs": "MCTP_ADDR_NULL MCTP_ADDR_ANY",
    "arp_hardware_types": "ARPHRD_NETROM ARPHRD_ETHER ARPHRD_EETHER ARPHRD_AX25 ARPHRD_PRONET "
        "ARPHRD_CHAOS ARPHRD_IEEE802 ARPHRD_ARCNET ARPHRD_APPLETLK ARPHRD_DLCI ARPHRD_ATM "
        "ARPHRD_METRICOM ARPHRD_IEEE1394 ARPHRD_EUI64 ARPHRD_INFINIBAND ARPHRD_SLIP ARPHRD_CSLIP "
        "ARPHRD_SLIP6 ARPHRD_CSLIP6 ARPHRD_RSRVD ARPHRD_ADAPT ARPHRD_ROSE ARPHRD_X25 ARPHRD_HWX25 "
        "ARPHRD_CAN ARPHRD_MCTP ARPHRD_PPP ARPHRD_CISCO ARPHRD_LAPB ARPHRD_DDCMP ARPHRD_RAWHDLC "
        "ARPHRD_RAWIP ARPHRD_TUNNEL ARPHRD_TUNNEL6 ARPHRD_FRAD ARPHRD_SKIP ARPHRD_LOOPBACK "
        "ARPHRD_LOCALTLK ARPHRD_FDDI ARPHRD_BIF ARPHRD_SIT ARPHRD_IPDDP ARPHRD_IPGRE "
        "ARPHRD_PIMREG ARPHRD_HIPPI ARPHRD_ASH ARPHRD_ECONET ARPHRD_IRDA ARPHRD_FCPP ARPHRD_FCAL "
        "ARPHRD_FCPL ARPHRD_FCFABRIC ARPHRD_IEEE802_TR ARPHRD_IEEE80211 ARPHRD_IEEE80211_PRISM "
        "ARPHRD_IEEE80211_RADIOTAP ARPHRD_IEEE802154 ARPHRD_IEEE802154_MONITOR ARPHRD_PHONET "
        "ARPHRD_PHONET_PIPE ARPHRD_CAIF ARPHRD_IP6GRE ARPHRD_NETLINK ARPHRD_6LOWPAN "
        "ARPHRD_VSOCKMON ARPHRD_NONE ARPHRD_VOID",
    "iffflags": "IFF_UP IFF_BROADCAST IFF_DEBUG IFF_LOOPBACK IFF_POINTOPOINT IFF_NOTRAILERS "
        "IFF_RUNNING IFF_NOARP IFF_PROMISC IFF_ALLMULTI IFF_MASTER IFF_SLAVE IFF_MULTICAST "
        "IFF_PORTSEL IFF_AUTOMEDIA IFF_DYNAMIC IFF_LOWER_UP IFF_DORMANT IFF_ECHO",
    "ifaddrflags": "IFA_F_SECONDARY IFA_F_NODAD IFA_F_OPTIMISTIC IFA_F_DADFAILED "
        "IFA_F_HOMEADDRESS IFA_F_DEPRECATED IFA_F_TENTATIVE IFA_F_PERMANENT IFA_F_MANAGETEMPADDR "
        "IFA_F_NOPREFIXROUTE IFA_F_MCAUTOJOIN IFA_F_STABLE_PRIVACY",
    "routing_scopes": "RT_SCOPE_UNIVERSE RT_SCOPE_SITE RT_SCOPE_LINK RT_SCOPE_HOST "
        "RT_SCOPE_NOWHERE",
    "ip_type_of_services": "IPTOS_LOWDELAY IPTOS_THROUGHPUT IPTOS_RELIABILITY IPTOS_MINCOST",
    "routing_table_ids": "RT_TABLE_UNSPEC RT_TABLE_COMPAT RT_TABLE_DEFAULT RT_TABLE_MAIN "
        "RT_TABLE_LOCAL",
    "routing_protocols": "RTPROT_UNSPEC RTPROT_REDIRECT RTPROT_KERNEL RTPROT_BOOT RTPROT_STATIC "
        "RTPROT_GATED RTPROT_RA RTPROT_MRT RTPROT_ZEBRA RTPROT_BIRD RTPROT_DNROUTED RTPROT_XORP "
        "RTPROT_NTK RTPROT_DHCP RTPROT_MROUTED RTPROT_KEEPALIVED RTPROT_BABEL RTPROT_OPENR "
        "RTPROT_BGP RTPROT_ISIS RTPROT_OSPF RTPROT_RIP RTPROT_EIGRP",
    "routing_types": "RTN_UNSPEC RTN_UNICAST RTN_LOCAL RTN_BROADCAST RTN_ANYCAST RTN_MULTICAST "
        "RTN_BLACKHOLE RTN_UNREACHABLE RTN_PROHIBIT RTN_THROW RTN_NAT RTN_XRESOLVE",
    "routing_flags": "RTM_F_NOTIFY RTM_F_CLONED RTM_F_EQUALIZE RTM_F_PREFIX RTM_F_LOOKUP_TABLE "
        "RTM_F_FIB_MATCH RTM_F_OFFLOAD RTM_F_TRAP RTM_F_OFFLOAD_FAILED",
    "neighbor_cache_entry_states": "NUD_NONE NUD_INCOMPLETE NUD_REACHABLE NUD_STALE NUD_DELAY "
        "NUD_PROBE NUD_FAILED NUD_NOARP NUD_PERMANENT",
    "neighbor_cache_entry_flags": "NTF_USE NTF_SELF NTF_MASTER NTF_PROXY NTF_EXT_LEARNED "
        "NTF_OFFLOADED NTF_STICKY NTF_ROUTER",
    "fib_rule_actions": "FR_ACT_UNSPEC FR_ACT_TO_TBL FR_ACT_GOTO FR_ACT_NOP FR_ACT_RES3 "
        "FR_ACT_RES4 FR_ACT_BLACKHOLE FR_ACT_UNREACHABLE FR_ACT_PROHIBIT",
    "fib_rule_flags": "FIB_RULE_PERMANENT FIB_RULE_INVERT FIB_RULE_UNRESOLVED "
        "FIB_RULE_IIF_DETACHED FIB_RULE_OIF_DETACHED FIB_RULE_FIND_SADDR",
    "dcb_commands": "DCB_CMD_UNDEFINED DCB_CMD_GSTATE DCB_CMD_SSTATE DCB_CMD_PGTX_GCFG "
        "DCB_CMD_PGTX_SCFG DCB_CMD_PGRX_GCFG DCB_CMD_PGRX_SCFG DCB_CMD_PFC_GCFG DCB_CMD_PFC_SCFG "
        "DCB_CMD_SET_ALL DCB_CMD_GPERM_HWADDR DCB_CMD_GCAP DCB_CMD_GNUMTCS DCB_CMD_SNUMTCS "
        "DCB_CMD_PFC_GSTATE DCB_CMD_PFC_SSTATE DCB_CMD_BCN_GCFG DCB_CMD_BCN_SCFG DCB_CMD_GAPP "
        "DCB_CMD_SAPP DCB_CMD_IEEE_SET DCB_CMD_IEEE_GET DCB_CMD_GDCBX DCB_CMD_SDCBX "
        "DCB_CMD_GFEATCFG DCB_CMD_SFEATCFG DCB_CMD_CEE_GET DCB_CMD_IEEE_DEL",
    "route_nexthop_flags": "RTNH_F_DEAD RTNH_F_PERVASIVE RTNH_F_ONLINK RTNH_F_OFFLOAD "
        "RTNH_F_LINKDOWN RTNH_F_UNRESOLVED RTNH_F_TRAP",
    "rtnl_link_attrs": "IFLA_UNSPEC IFLA_ADDRESS IFLA_BROADCAST IFLA_IFNAME IFLA_MTU IFLA_LINK "
        "IFLA_QDISC IFLA_STATS IFLA_COST IFLA_PRIORITY IFLA_MASTER IFLA_WIRELESS IFLA_PROTINFO "
        "IFLA_TXQLEN IFLA_MAP IFLA_WEIGHT IFLA_OPERSTATE IFLA_LINKMODE IFLA_LINKINFO "
        "IFLA_NET_NS_PID IFLA_IFALIAS IFLA_NUM_VF IFLA_VFINFO_LIST IFLA_STATS64 IFLA_VF_PORTS "
        "IFLA_PORT_SELF IFLA_AF_SPEC IFLA_GROUP IFLA_NET_NS_FD IFLA_EXT_MASK IFLA_PROMISCUITY "
        "IFLA_NUM_TX_QUEUES IFLA_NUM_RX_QUEUES IFLA_CARRIER IFLA_PHYS_PORT_ID "
        "IFLA_CARRIER_CHANGES IFLA_PHYS_SWITCH_ID IFLA_LINK_NETNSID IFLA_PHYS_PORT_NAME "
        "IFLA_PROTO_DOWN IFLA_GSO_MAX_SEGS IFLA_GSO_MAX_SIZE IFLA_PAD IFLA_XDP IFLA_EVENT "
        "IFLA_NEW_NETNSID IFLA_IF_NETNSID IFLA_CARRIER_UP_COUNT IFLA_CARRIER_DOWN_COUNT "
        "IFLA_NEW_IFINDEX IFLA_MIN_MTU IFLA_MAX_MTU IFLA_PROP_LIST IFLA_ALT_IFNAME "
        "IFLA_PERM_ADDRESS IFLA_PROTO_DOWN_REASON IFLA_PARENT_DEV_NAME IFLA_PARENT_DEV_BUS_NAME "
        "IFLA_GRO_MAX_SIZE IFLA_TSO_MAX_SIZE IFLA_TSO_MAX_SEGS IFLA_ALLMULTI",
    "rtnl_addr_attrs": "IFA_UNSPEC IFA_ADDRESS IFA_LOCAL IFA_LABEL IFA_BROADCAST IFA_ANYCAST "
        "IFA_CACHEINFO IFA_MULTICAST IFA_FLAGS IFA_RT_PRIORITY IFA_TARGET_NETNSID IFA_PROTO",
    "rtnl_route_attrs": "RTA_UNSPEC RTA_DST RTA_SRC RTA_IIF RTA_OIF RTA_GATEWAY RTA_PRIORITY "
        "RTA_PREFSRC RTA_METRICS RTA_MULTIPATH RTA_PROTOINFO RTA_FLOW RTA_CACHEINFO RTA_SESSION "
        "RTA_MP_ALGO RTA_TABLE RTA_MARK RTA_MFC_STATS RTA_VIA RTA_NEWDST RTA_PREF RTA_ENCAP_TYPE "
        "RTA_ENCAP RTA_EXPIRES RTA_PAD RTA_UID RTA_TTL_PROPAGATE RTA_IP_PROTO RTA_SPORT RTA_DPORT "
        "RTA_NH_ID",
    "rtnl_neigh_attrs": "NDA_UNSPEC NDA_DST NDA_LLADDR NDA_CACHEINFO NDA_PROBES NDA_VLAN NDA_PORT "
        "NDA_VNI NDA_IFINDEX NDA_MASTER NDA_LINK_NETNSID NDA_SRC_VNI NDA_PROTOCOL NDA_NH_ID "
        "NDA_FDB_EXT_ATTRS NDA_FLAGS_EXT NDA_NDM_STATE_MASK NDA_NDM_FLAGS_MASK",
    "rtnl_rule_attrs": "FRA_UNSPEC FRA_DST FRA_SRC FRA_IIFNAME FRA_GOTO FRA_UNUSED2 FRA_PRIORITY "
        "FRA_UNUSED3 FRA_UNUSED4 FRA_UNUSED5 FRA_FWMARK FRA_FLOW FRA_TUN_ID FRA_SUPPRESS_IFGROUP "
        "FRA_SUPPRESS_PREFIXLEN FRA_TABLE FRA_FWMASK FRA_OIFNAME FRA_PAD FRA_L3MDEV FRA_UID_RANGE "
        "FRA_PROTOCOL FRA_IP_PROTO FRA_SPORT_RANGE FRA_DPORT_RANGE",
    "rtnl_tc_attrs": "TCA_UNSPEC TCA_KIND TCA_OPTIONS TCA_STATS TCA_XSTATS TCA_RATE TCA_FCNT "
        "TCA_STATS2 TCA_STAB TCA_PAD TCA_DUMP_INVISIBLE TCA_CHAIN TCA_HW_OFFLOAD "
        "TCA_INGRESS_BLOCK TCA_EGRESS_BLOCK TCA_DUMP_FLAGS",
    "rtnl_tc_action_attrs": "TCA_ACT_UNSPEC TCA_ACT_KIND TCA_ACT_OPTIONS TCA_ACT_INDEX "
        "TCA_ACT_STATS TCA_ACT_PAD TCA_ACT_COOKIE TCA_ACT_FLAGS TCA_ACT_HW_STATS "
        "TCA_ACT_USED_HW_STATS TCA_ACT_IN_HW_COUNT",
    "rtnl_neightbl_attrs": "NDTA_UNSPEC NDTA_NAME NDTA_THRESH1 NDTA_THRESH2 NDTA_THRESH3 "
        "NDTA_CONFIG NDTA_PARMS NDTA_STATS NDTA_GC_INTERVAL NDTA_PAD",
    "rtnl_addrlabel_attrs": "IFAL_ADDRESS IFAL_LABEL",
    "rtnl_dcb_attrs": "DCB_ATTR_UNDEFINED DCB_ATTR_IFNAME DCB_ATTR_STATE DCB_ATTR_PFC_STATE "
        "DCB_ATTR_PFC_CFG DCB_ATTR_NUM_TC DCB_ATTR_PG_CFG DCB_ATTR_SET_ALL DCB_ATTR_PERM_HWADDR "
        "DCB_ATTR_CAP DCB_ATTR_NUMTCS DCB_ATTR_BCN DCB_ATTR_APP DCB_ATTR_IEEE DCB_ATTR_DCBX "
        "DCB_ATTR_FEATCFG DCB_ATTR_CEE",
    "rtnl_netconf_attrs": "NETCONFA_UNSPEC NETCONFA_IFINDEX NETCONFA_FORWARDING "
        "NETCONFA_RP_FILTER NETCONFA_MC_FORWARDING NETCONFA_PROXY_NEIGH "
        "NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN NETCONFA_INPUT NETCONFA_BC_FORWARDING",
    "rtnl_mdb_attrs": "MDBA_UNSPEC MDBA_MDB MDBA_ROUTER",
    "rtnl_nsid_attrs": "NETNSA_NSID_NOT_ASSIGNED NETNSA_NONE NETNSA_NSID NETNSA_PID NETNSA_FD "
        "NETNSA_TARGET_NSID NETNSA_CURRENT_NSID",
    "rtnl_nexthop_attrs": "NHA_UNSPEC NHA_ID NHA_GROUP NHA_GROUP_TYPE NHA_BLACKHOLE NHA_OIF "
        "NHA_GATEWAY NHA_ENCAP_TYPE NHA_ENCAP NHA_GROUPS NHA_MASTER NHA_FDB NHA_RES_GROUP "
        "NHA_RES_BUCKET",
}
TABLES.update(ROUTE_TABLES)

# Netlink attribute types, constants and array indices of the attribute decoders
# (decode/nla_specs.py), in strace's order.  A name may be an expression of the
# header's names ("1<<BR_BOOLOPT_NO_LL_LEARN"): it prints as written.
HEADERS += ["linux/if_tun.h", "linux/ipv6.h", "linux/snmp.h", "linux/gen_stats.h",
            "linux/lwtunnel.h", "linux/if_bridge.h", "linux/mroute.h", "linux/mroute6.h"]
NLATTR_TABLES = {
    "fdb_notify_flags": "FDB_NOTIFY_BIT FDB_NOTIFY_INACTIVE_BIT",
    "neighbor_cache_entry_ext_flags": "NTF_EXT_MANAGED",
    "rtnl_neigh_fdb_ext_attrs": "NFEA_UNSPEC NFEA_ACTIVITY_NOTIFY NFEA_DONT_REFRESH",
    "inet_diag_shutdown_flags": "RCV_SHUTDOWN SEND_SHUTDOWN",
    "af_packet_versions": "TPACKET_V1 TPACKET_V2 TPACKET_V3",
    "packet_diag_info_flags": "PDI_RUNNING PDI_AUXDATA PDI_ORIGDEV PDI_VNETHDR PDI_LOSS",
    "rtnl_neightbl_parms_attrs": "NDTPA_UNSPEC NDTPA_IFINDEX NDTPA_REFCNT NDTPA_REACHABLE_TIME "
        "NDTPA_BASE_REACHABLE_TIME NDTPA_RETRANS_TIME NDTPA_GC_STALETIME "
        "NDTPA_DELAY_PROBE_TIME NDTPA_QUEUE_LEN NDTPA_APP_PROBES NDTPA_UCAST_PROBES "
        "NDTPA_MCAST_PROBES NDTPA_ANYCAST_DELAY NDTPA_PROXY_DELAY NDTPA_PROXY_QLEN "
        "NDTPA_LOCKTIME NDTPA_QUEUE_LENBYTES NDTPA_MCAST_REPROBES NDTPA_PAD "
        "NDTPA_INTERVAL_PROBE_TIME_MS",
    "inet_diag_bytecodes": "INET_DIAG_BC_NOP INET_DIAG_BC_JMP INET_DIAG_BC_S_GE "
        "INET_DIAG_BC_S_LE INET_DIAG_BC_D_GE INET_DIAG_BC_D_LE INET_DIAG_BC_AUTO "
        "INET_DIAG_BC_S_COND INET_DIAG_BC_D_COND INET_DIAG_BC_DEV_COND INET_DIAG_BC_MARK_COND "
        "INET_DIAG_BC_S_EQ INET_DIAG_BC_D_EQ INET_DIAG_BC_CGROUP_COND",
    "rtnl_family": "RTNL_FAMILY_IPMR RTNL_FAMILY_IP6MR",
    "rtnl_ipmra_creport_attr": "IPMRA_CREPORT_UNSPEC IPMRA_CREPORT_MSGTYPE IPMRA_CREPORT_VIF_ID "
        "IPMRA_CREPORT_SRC_ADDR IPMRA_CREPORT_DST_ADDR IPMRA_CREPORT_PKT IPMRA_CREPORT_TABLE",
    "rtnl_ip6mra_creport_attr": "IP6MRA_CREPORT_UNSPEC IP6MRA_CREPORT_MSGTYPE "
        "IP6MRA_CREPORT_MIF_ID IP6MRA_CREPORT_SRC_ADDR IP6MRA_CREPORT_DST_ADDR IP6MRA_CREPORT_PKT",
    "rtnl_ipmra_msg_types": "IGMPMSG_NOCACHE IGMPMSG_WRONGVIF IGMPMSG_WHOLEPKT IGMPMSG_WRVIFWHOLE",
    "rtnl_ip6mra_msg_types": "MRT6MSG_NOCACHE MRT6MSG_WRONGMIF MRT6MSG_WHOLEPKT",
    "ifstats_attrs": "IFLA_STATS_UNSPEC IFLA_STATS_LINK_64 IFLA_STATS_LINK_XSTATS "
        "IFLA_STATS_LINK_XSTATS_SLAVE IFLA_STATS_LINK_OFFLOAD_XSTATS IFLA_STATS_AF_SPEC",
    "ifstats_offload_attrs": "IFLA_OFFLOAD_XSTATS_UNSPEC IFLA_OFFLOAD_XSTATS_CPU_HIT",
    "netlink_socket_flags": "NDIAG_FLAG_CB_RUNNING NDIAG_FLAG_PKTINFO "
        "NDIAG_FLAG_BROADCAST_ERROR NDIAG_FLAG_NO_ENOBUFS NDIAG_FLAG_LISTEN_ALL_NSID "
        "NDIAG_FLAG_CAP_ACK",
    "rtnl_tca_act_flags": "TCA_ACT_FLAGS_NO_PERCPU_STATS TCA_ACT_FLAGS_SKIP_HW "
        "TCA_ACT_FLAGS_SKIP_SW",
    "rtnl_tca_act_hw_stats": "TCA_ACT_HW_STATS_IMMEDIATE TCA_ACT_HW_STATS_DELAYED",
    "mdb_flags": "MDB_FLAGS_OFFLOAD MDB_FLAGS_FAST_LEAVE MDB_FLAGS_STAR_EXCL MDB_FLAGS_BLOCKED",
    "rtnl_ifla_info_attrs": "IFLA_INFO_UNSPEC IFLA_INFO_KIND IFLA_INFO_DATA IFLA_INFO_XSTATS "
        "IFLA_INFO_SLAVE_KIND IFLA_INFO_SLAVE_DATA",
    "rtnl_ifla_info_data_bridge_attrs": "IFLA_BR_UNSPEC IFLA_BR_FORWARD_DELAY "
        "IFLA_BR_HELLO_TIME IFLA_BR_MAX_AGE IFLA_BR_AGEING_TIME IFLA_BR_STP_STATE "
        "IFLA_BR_PRIORITY IFLA_BR_VLAN_FILTERING IFLA_BR_VLAN_PROTOCOL IFLA_BR_GROUP_FWD_MASK "
        "IFLA_BR_ROOT_ID IFLA_BR_BRIDGE_ID IFLA_BR_ROOT_PORT IFLA_BR_ROOT_PATH_COST "
        "IFLA_BR_TOPOLOGY_CHANGE IFLA_BR_TOPOLOGY_CHANGE_DETECTED IFLA_BR_HELLO_TIMER "
        "IFLA_BR_TCN_TIMER IFLA_BR_TOPOLOGY_CHANGE_TIMER IFLA_BR_GC_TIMER IFLA_BR_GROUP_ADDR "
        "IFLA_BR_FDB_FLUSH IFLA_BR_MCAST_ROUTER IFLA_BR_MCAST_SNOOPING "
        "IFLA_BR_MCAST_QUERY_USE_IFADDR IFLA_BR_MCAST_QUERIER IFLA_BR_MCAST_HASH_ELASTICITY "
        "IFLA_BR_MCAST_HASH_MAX IFLA_BR_MCAST_LAST_MEMBER_CNT IFLA_BR_MCAST_STARTUP_QUERY_CNT "
        "IFLA_BR_MCAST_LAST_MEMBER_INTVL IFLA_BR_MCAST_MEMBERSHIP_INTVL "
        "IFLA_BR_MCAST_QUERIER_INTVL IFLA_BR_MCAST_QUERY_INTVL "
        "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL IFLA_BR_MCAST_STARTUP_QUERY_INTVL "
        "IFLA_BR_NF_CALL_IPTABLES IFLA_BR_NF_CALL_IP6TABLES IFLA_BR_NF_CALL_ARPTABLES "
        "IFLA_BR_VLAN_DEFAULT_PVID IFLA_BR_PAD IFLA_BR_VLAN_STATS_ENABLED "
        "IFLA_BR_MCAST_STATS_ENABLED IFLA_BR_MCAST_IGMP_VERSION IFLA_BR_MCAST_MLD_VERSION "
        "IFLA_BR_VLAN_STATS_PER_PORT IFLA_BR_MULTI_BOOLOPT IFLA_BR_MCAST_QUERIER_STATE",
    "rtnl_ifla_info_data_tun_attrs": "IFLA_TUN_UNSPEC IFLA_TUN_OWNER IFLA_TUN_GROUP "
        "IFLA_TUN_TYPE IFLA_TUN_PI IFLA_TUN_VNET_HDR IFLA_TUN_PERSIST IFLA_TUN_MULTI_QUEUE "
        "IFLA_TUN_NUM_QUEUES IFLA_TUN_NUM_DISABLED_QUEUES",
    "rtnl_ifla_brport_attrs": "IFLA_BRPORT_UNSPEC IFLA_BRPORT_STATE IFLA_BRPORT_PRIORITY "
        "IFLA_BRPORT_COST IFLA_BRPORT_MODE IFLA_BRPORT_GUARD IFLA_BRPORT_PROTECT "
        "IFLA_BRPORT_FAST_LEAVE IFLA_BRPORT_LEARNING IFLA_BRPORT_UNICAST_FLOOD "
        "IFLA_BRPORT_PROXYARP IFLA_BRPORT_LEARNING_SYNC IFLA_BRPORT_PROXYARP_WIFI "
        "IFLA_BRPORT_ROOT_ID IFLA_BRPORT_BRIDGE_ID IFLA_BRPORT_DESIGNATED_PORT "
        "IFLA_BRPORT_DESIGNATED_COST IFLA_BRPORT_ID IFLA_BRPORT_NO "
        "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK IFLA_BRPORT_CONFIG_PENDING "
        "IFLA_BRPORT_MESSAGE_AGE_TIMER IFLA_BRPORT_FORWARD_DELAY_TIMER IFLA_BRPORT_HOLD_TIMER "
        "IFLA_BRPORT_FLUSH IFLA_BRPORT_MULTICAST_ROUTER IFLA_BRPORT_PAD IFLA_BRPORT_MCAST_FLOOD "
        "IFLA_BRPORT_MCAST_TO_UCAST IFLA_BRPORT_VLAN_TUNNEL IFLA_BRPORT_BCAST_FLOOD "
        "IFLA_BRPORT_GROUP_FWD_MASK IFLA_BRPORT_NEIGH_SUPPRESS IFLA_BRPORT_ISOLATED "
        "IFLA_BRPORT_BACKUP_PORT IFLA_BRPORT_MRP_RING_OPEN IFLA_BRPORT_MRP_IN_OPEN "
        "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT IFLA_BRPORT_MCAST_EHT_HOSTS_CNT IFLA_BRPORT_LOCKED",
    "rtnl_ifla_br_mcast_querier_attrs": "BRIDGE_QUERIER_UNSPEC BRIDGE_QUERIER_IP_ADDRESS "
        "BRIDGE_QUERIER_IP_PORT BRIDGE_QUERIER_IP_OTHER_TIMER BRIDGE_QUERIER_PAD "
        "BRIDGE_QUERIER_IPV6_ADDRESS BRIDGE_QUERIER_IPV6_PORT BRIDGE_QUERIER_IPV6_OTHER_TIMER",
    "rtnl_ifla_br_boolopts": "BR_BOOLOPT_NO_LL_LEARN BR_BOOLOPT_MCAST_VLAN_SNOOPING "
        "BR_BOOLOPT_MST_ENABLE",
    "rtnl_ifla_vf_info_attrs": "IFLA_VF_UNSPEC IFLA_VF_MAC IFLA_VF_VLAN IFLA_VF_TX_RATE "
        "IFLA_VF_SPOOFCHK IFLA_VF_LINK_STATE IFLA_VF_RATE IFLA_VF_RSS_QUERY_EN IFLA_VF_STATS "
        "IFLA_VF_TRUST IFLA_VF_IB_NODE_GUID IFLA_VF_IB_PORT_GUID IFLA_VF_VLAN_LIST "
        "IFLA_VF_BROADCAST",
    "rtnl_ifla_vfinfo_list_attrs": "IFLA_VF_INFO_UNSPEC IFLA_VF_INFO",
    "rtnl_ifla_vf_stats_attrs": "IFLA_VF_STATS_RX_PACKETS IFLA_VF_STATS_TX_PACKETS "
        "IFLA_VF_STATS_RX_BYTES IFLA_VF_STATS_TX_BYTES IFLA_VF_STATS_BROADCAST "
        "IFLA_VF_STATS_MULTICAST IFLA_VF_STATS_PAD IFLA_VF_STATS_RX_DROPPED "
        "IFLA_VF_STATS_TX_DROPPED",
    "rtnl_ifla_vf_vlan_list_attrs": "IFLA_VF_VLAN_INFO_UNSPEC IFLA_VF_VLAN_INFO",
    "rtnl_ifla_vf_link_states": "IFLA_VF_LINK_STATE_AUTO IFLA_VF_LINK_STATE_ENABLE "
        "IFLA_VF_LINK_STATE_DISABLE",
    "rtnl_ifla_port_attrs": "IFLA_PORT_UNSPEC IFLA_PORT_VF IFLA_PORT_PROFILE IFLA_PORT_VSI_TYPE "
        "IFLA_PORT_INSTANCE_UUID IFLA_PORT_HOST_UUID IFLA_PORT_REQUEST IFLA_PORT_RESPONSE",
    "rtnl_ifla_vf_port_attrs": "IFLA_VF_PORT_UNSPEC IFLA_VF_PORT",
    "rtnl_ifla_xdp_attrs": "IFLA_XDP_UNSPEC IFLA_XDP_FD IFLA_XDP_ATTACHED IFLA_XDP_FLAGS "
        "IFLA_XDP_PROG_ID IFLA_XDP_DRV_PROG_ID IFLA_XDP_SKB_PROG_ID IFLA_XDP_HW_PROG_ID "
        "IFLA_XDP_EXPECTED_FD",
    "rtnl_ifla_xdp_attached_mode": "XDP_ATTACHED_NONE XDP_ATTACHED_DRV XDP_ATTACHED_SKB "
        "XDP_ATTACHED_HW XDP_ATTACHED_MULTI",
    "xdp_flags": "XDP_FLAGS_MODES XDP_FLAGS_UPDATE_IF_NOEXIST XDP_FLAGS_SKB_MODE "
        "XDP_FLAGS_DRV_MODE XDP_FLAGS_HW_MODE XDP_FLAGS_REPLACE",
    "rtnl_ifla_proto_down_reason_attrs": "IFLA_PROTO_DOWN_REASON_UNSPEC "
        "IFLA_PROTO_DOWN_REASON_MASK IFLA_PROTO_DOWN_REASON_VALUE",
    "rtnl_ifla_af_spec_inet_attrs": "IFLA_INET_UNSPEC IFLA_INET_CONF",
    "rtnl_ifla_af_spec_inet6_attrs": "IFLA_INET6_UNSPEC IFLA_INET6_FLAGS IFLA_INET6_CONF "
        "IFLA_INET6_STATS IFLA_INET6_MCAST IFLA_INET6_CACHEINFO IFLA_INET6_ICMP6STATS "
        "IFLA_INET6_TOKEN IFLA_INET6_ADDR_GEN_MODE IFLA_INET6_RA_MTU",
    "rtnl_ifla_af_spec_bridge_attrs": "IFLA_BRIDGE_FLAGS IFLA_BRIDGE_MODE IFLA_BRIDGE_VLAN_INFO "
        "IFLA_BRIDGE_VLAN_TUNNEL_INFO IFLA_BRIDGE_MRP IFLA_BRIDGE_CFM IFLA_BRIDGE_MST",
    "rtnl_ifla_af_spec_bridge_vlan_tunnel_info_attrs": "IFLA_BRIDGE_VLAN_TUNNEL_UNSPEC "
        "IFLA_BRIDGE_VLAN_TUNNEL_ID IFLA_BRIDGE_VLAN_TUNNEL_VID IFLA_BRIDGE_VLAN_TUNNEL_FLAGS",
    "rtnl_ifla_af_spec_mctp_attrs": "IFLA_MCTP_UNSPEC IFLA_MCTP_NET",
    "rtnl_ifla_bridge_flags": "BRIDGE_FLAGS_MASTER BRIDGE_FLAGS_SELF",
    "rtnl_ifla_bridge_modes": "BRIDGE_MODE_VEB BRIDGE_MODE_VEPA BRIDGE_MODE_UNDEF",
    "rtnl_ifla_events": "IFLA_EVENT_NONE IFLA_EVENT_REBOOT IFLA_EVENT_FEATURES "
        "IFLA_EVENT_BONDING_FAILOVER IFLA_EVENT_NOTIFY_PEERS IFLA_EVENT_IGMP_RESEND "
        "IFLA_EVENT_BONDING_OPTIONS",
    "tun_device_types": "IFF_TUN IFF_TAP",
    "inet_devconf_indices": "IPV4_DEVCONF_FORWARDING-1 IPV4_DEVCONF_MC_FORWARDING-1 "
        "IPV4_DEVCONF_PROXY_ARP-1 IPV4_DEVCONF_ACCEPT_REDIRECTS-1 "
        "IPV4_DEVCONF_SECURE_REDIRECTS-1 IPV4_DEVCONF_SEND_REDIRECTS-1 "
        "IPV4_DEVCONF_SHARED_MEDIA-1 IPV4_DEVCONF_RP_FILTER-1 "
        "IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE-1 IPV4_DEVCONF_BOOTP_RELAY-1 "
        "IPV4_DEVCONF_LOG_MARTIANS-1 IPV4_DEVCONF_TAG-1 IPV4_DEVCONF_ARPFILTER-1 "
        "IPV4_DEVCONF_MEDIUM_ID-1 IPV4_DEVCONF_NOXFRM-1 IPV4_DEVCONF_NOPOLICY-1 "
        "IPV4_DEVCONF_FORCE_IGMP_VERSION-1 IPV4_DEVCONF_ARP_ANNOUNCE-1 "
        "IPV4_DEVCONF_ARP_IGNORE-1 IPV4_DEVCONF_PROMOTE_SECONDARIES-1 IPV4_DEVCONF_ARP_ACCEPT-1 "
        "IPV4_DEVCONF_ARP_NOTIFY-1 IPV4_DEVCONF_ACCEPT_LOCAL-1 IPV4_DEVCONF_SRC_VMARK-1 "
        "IPV4_DEVCONF_PROXY_ARP_PVLAN-1 IPV4_DEVCONF_ROUTE_LOCALNET-1 "
        "IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL-1 "
        "IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL-1 "
        "IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN-1 IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST-1 "
        "IPV4_DEVCONF_DROP_GRATUITOUS_ARP-1 IPV4_DEVCONF_BC_FORWARDING-1 "
        "IPV4_DEVCONF_ARP_EVICT_NOCARRIER-1",
    "inet6_devconf_indices": "DEVCONF_FORWARDING DEVCONF_HOPLIMIT DEVCONF_MTU6 "
        "DEVCONF_ACCEPT_RA DEVCONF_ACCEPT_REDIRECTS DEVCONF_AUTOCONF DEVCONF_DAD_TRANSMITS "
        "DEVCONF_RTR_SOLICITS DEVCONF_RTR_SOLICIT_INTERVAL DEVCONF_RTR_SOLICIT_DELAY "
        "DEVCONF_USE_TEMPADDR DEVCONF_TEMP_VALID_LFT DEVCONF_TEMP_PREFERED_LFT "
        "DEVCONF_REGEN_MAX_RETRY DEVCONF_MAX_DESYNC_FACTOR DEVCONF_MAX_ADDRESSES "
        "DEVCONF_FORCE_MLD_VERSION DEVCONF_ACCEPT_RA_DEFRTR DEVCONF_ACCEPT_RA_PINFO "
        "DEVCONF_ACCEPT_RA_RTR_PREF DEVCONF_RTR_PROBE_INTERVAL "
        "DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN DEVCONF_PROXY_NDP DEVCONF_OPTIMISTIC_DAD "
        "DEVCONF_ACCEPT_SOURCE_ROUTE DEVCONF_MC_FORWARDING DEVCONF_DISABLE_IPV6 "
        "DEVCONF_ACCEPT_DAD DEVCONF_FORCE_TLLAO DEVCONF_NDISC_NOTIFY "
        "DEVCONF_MLDV1_UNSOLICITED_REPORT_INTERVAL DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL "
        "DEVCONF_SUPPRESS_FRAG_NDISC DEVCONF_ACCEPT_RA_FROM_LOCAL DEVCONF_USE_OPTIMISTIC "
        "DEVCONF_ACCEPT_RA_MTU DEVCONF_STABLE_SECRET DEVCONF_USE_OIF_ADDRS_ONLY "
        "DEVCONF_ACCEPT_RA_MIN_HOP_LIMIT DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN "
        "DEVCONF_DROP_UNICAST_IN_L2_MULTICAST DEVCONF_DROP_UNSOLICITED_NA "
        "DEVCONF_KEEP_ADDR_ON_DOWN DEVCONF_RTR_SOLICIT_MAX_INTERVAL DEVCONF_SEG6_ENABLED "
        "DEVCONF_SEG6_REQUIRE_HMAC DEVCONF_ENHANCED_DAD DEVCONF_ADDR_GEN_MODE "
        "DEVCONF_DISABLE_POLICY DEVCONF_ACCEPT_RA_RT_INFO_MIN_PLEN DEVCONF_NDISC_TCLASS "
        "DEVCONF_RPL_SEG_ENABLED DEVCONF_RA_DEFRTR_METRIC DEVCONF_IOAM6_ENABLED "
        "DEVCONF_IOAM6_ID DEVCONF_IOAM6_ID_WIDE DEVCONF_NDISC_EVICT_NOCARRIER "
        "DEVCONF_ACCEPT_UNTRACKED_NA",
    "inet6_if_flags": "IF_RS_SENT IF_RA_RCVD IF_RA_MANAGED IF_RA_OTHERCONF IF_READY",
    "in6_addr_gen_mode": "IN6_ADDR_GEN_MODE_EUI64 IN6_ADDR_GEN_MODE_NONE "
        "IN6_ADDR_GEN_MODE_STABLE_PRIVACY IN6_ADDR_GEN_MODE_RANDOM",
    "snmp_ip_stats": "IPSTATS_MIB_NUM IPSTATS_MIB_INPKTS IPSTATS_MIB_INOCTETS "
        "IPSTATS_MIB_INDELIVERS IPSTATS_MIB_OUTFORWDATAGRAMS IPSTATS_MIB_OUTPKTS "
        "IPSTATS_MIB_OUTOCTETS IPSTATS_MIB_INHDRERRORS IPSTATS_MIB_INTOOBIGERRORS "
        "IPSTATS_MIB_INNOROUTES IPSTATS_MIB_INADDRERRORS IPSTATS_MIB_INUNKNOWNPROTOS "
        "IPSTATS_MIB_INTRUNCATEDPKTS IPSTATS_MIB_INDISCARDS IPSTATS_MIB_OUTDISCARDS "
        "IPSTATS_MIB_OUTNOROUTES IPSTATS_MIB_REASMTIMEOUT IPSTATS_MIB_REASMREQDS "
        "IPSTATS_MIB_REASMOKS IPSTATS_MIB_REASMFAILS IPSTATS_MIB_FRAGOKS IPSTATS_MIB_FRAGFAILS "
        "IPSTATS_MIB_FRAGCREATES IPSTATS_MIB_INMCASTPKTS IPSTATS_MIB_OUTMCASTPKTS "
        "IPSTATS_MIB_INBCASTPKTS IPSTATS_MIB_OUTBCASTPKTS IPSTATS_MIB_INMCASTOCTETS "
        "IPSTATS_MIB_OUTMCASTOCTETS IPSTATS_MIB_INBCASTOCTETS IPSTATS_MIB_OUTBCASTOCTETS "
        "IPSTATS_MIB_CSUMERRORS IPSTATS_MIB_NOECTPKTS IPSTATS_MIB_ECT1PKTS IPSTATS_MIB_ECT0PKTS "
        "IPSTATS_MIB_CEPKTS IPSTATS_MIB_REASM_OVERLAPS",
    "snmp_icmp6_stats": "ICMP6_MIB_NUM ICMP6_MIB_INMSGS ICMP6_MIB_INERRORS ICMP6_MIB_OUTMSGS "
        "ICMP6_MIB_OUTERRORS ICMP6_MIB_CSUMERRORS",
    "netlink_sk_meminfo_indices": "SK_MEMINFO_RMEM_ALLOC SK_MEMINFO_RCVBUF "
        "SK_MEMINFO_WMEM_ALLOC SK_MEMINFO_SNDBUF SK_MEMINFO_FWD_ALLOC SK_MEMINFO_WMEM_QUEUED "
        "SK_MEMINFO_OPTMEM SK_MEMINFO_BACKLOG SK_MEMINFO_DROPS",
    "rtnl_tca_stats_attrs": "TCA_STATS_UNSPEC TCA_STATS_BASIC TCA_STATS_RATE_EST "
        "TCA_STATS_QUEUE TCA_STATS_APP TCA_STATS_RATE_EST64 TCA_STATS_PAD TCA_STATS_BASIC_HW "
        "TCA_STATS_PKT64",
    "rtnl_tca_stab_attrs": "TCA_STAB_UNSPEC TCA_STAB_BASE TCA_STAB_DATA",
    "rtnl_mdba_mdb_attrs": "MDBA_MDB_UNSPEC MDBA_MDB_ENTRY",
    "rtnl_mdba_mdb_entry_attrs": "MDBA_MDB_ENTRY_UNSPEC MDBA_MDB_ENTRY_INFO",
    "rtnl_mdba_mdb_eattr_attrs": "MDBA_MDB_EATTR_UNSPEC MDBA_MDB_EATTR_TIMER "
        "MDBA_MDB_EATTR_SRC_LIST MDBA_MDB_EATTR_GROUP_MODE MDBA_MDB_EATTR_SOURCE "
        "MDBA_MDB_EATTR_RTPROT",
    "rtnl_mdba_router_attrs": "MDBA_ROUTER_UNSPEC MDBA_ROUTER_PORT",
    "rtnl_mdba_router_pattr_attrs": "MDBA_ROUTER_PATTR_UNSPEC MDBA_ROUTER_PATTR_TIMER "
        "MDBA_ROUTER_PATTR_TYPE MDBA_ROUTER_PATTR_INET_TIMER MDBA_ROUTER_PATTR_INET6_TIMER",
    "multicast_router_types": "MDB_RTR_TYPE_DISABLED MDB_RTR_TYPE_TEMP_QUERY MDB_RTR_TYPE_PERM "
        "MDB_RTR_TYPE_TEMP",
    "mdb_states": "MDB_TEMPORARY MDB_PERMANENT",
    "rtnl_nexthop_grp_types": "NEXTHOP_GRP_TYPE_MPATH NEXTHOP_GRP_TYPE_RES",
    "rtnl_nha_res_group_attrs": "NHA_RES_GROUP_PAD NHA_RES_GROUP_BUCKETS "
        "NHA_RES_GROUP_IDLE_TIMER NHA_RES_GROUP_UNBALANCED_TIMER NHA_RES_GROUP_UNBALANCED_TIME",
    "rtnl_nha_res_bucket_attrs": "NHA_RES_BUCKET_PAD NHA_RES_BUCKET_INDEX "
        "NHA_RES_BUCKET_IDLE_TIME NHA_RES_BUCKET_NH_ID",
    "rtnl_rta_metrics_attrs": "RTAX_UNSPEC RTAX_LOCK RTAX_MTU RTAX_WINDOW RTAX_RTT RTAX_RTTVAR "
        "RTAX_SSTHRESH RTAX_CWND RTAX_ADVMSS RTAX_REORDERING RTAX_HOPLIMIT RTAX_INITCWND "
        "RTAX_FEATURES RTAX_RTO_MIN RTAX_INITRWND RTAX_QUICKACK RTAX_CC_ALGO "
        "RTAX_FASTOPEN_NO_COOKIE",
    "nl_bridge_vlan_flags": "BRIDGE_VLAN_INFO_MASTER BRIDGE_VLAN_INFO_PVID "
        "BRIDGE_VLAN_INFO_UNTAGGED BRIDGE_VLAN_INFO_RANGE_BEGIN BRIDGE_VLAN_INFO_RANGE_END "
        "BRIDGE_VLAN_INFO_BRENTRY BRIDGE_VLAN_INFO_ONLY_OPTS",
    "lwtunnel_encap_types": "LWTUNNEL_ENCAP_NONE LWTUNNEL_ENCAP_MPLS LWTUNNEL_ENCAP_IP "
        "LWTUNNEL_ENCAP_ILA LWTUNNEL_ENCAP_IP6 LWTUNNEL_ENCAP_SEG6 LWTUNNEL_ENCAP_BPF "
        "LWTUNNEL_ENCAP_SEG6_LOCAL LWTUNNEL_ENCAP_RPL",
}
TABLES.update(NLATTR_TABLES)
