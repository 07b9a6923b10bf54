/* btrfs requests and the file requests of type 0x94 on a closed descriptor (EBADF, or a
   success injected by the tracer, which then decodes what the "kernel" left: the
   structures as given), with good, short and NULL pointers.  Every line must read as
   strace prints it. */
#define _GNU_SOURCE
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <linux/fs.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

static void fill(void *p, size_t n, unsigned char seed)
{
    unsigned char *c = p;
    for (size_t i = 0; i < n; i++)
        c[i] = (unsigned char) (seed + i * 3);
}

int main(void)
{
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    char *end = page + 4096;
    static char big[16384];

    ioctl(-1, BTRFS_IOC_SYNC, 0);
    ioctl(-1, BTRFS_IOC_BALANCE_CTL, BTRFS_BALANCE_CTL_PAUSE);
    ioctl(-1, BTRFS_IOC_BALANCE_CTL, 7);
    unsigned long long u = 12345;
    ioctl(-1, BTRFS_IOC_WAIT_SYNC, &u);
    ioctl(-1, BTRFS_IOC_START_SYNC, &u);
    ioctl(-1, BTRFS_IOC_DEFAULT_SUBVOL, end - 4);
    u = BTRFS_SUBVOL_RDONLY | 0x100;
    ioctl(-1, BTRFS_IOC_SUBVOL_SETFLAGS, &u);
    ioctl(-1, BTRFS_IOC_SUBVOL_GETFLAGS, &u);

    struct btrfs_ioctl_vol_args va = {.fd = 3};
    strcpy(va.name, "snapshot-1");
    ioctl(-1, BTRFS_IOC_SNAP_CREATE, &va);
    ioctl(-1, BTRFS_IOC_RM_DEV, &va);
    ioctl(-1, BTRFS_IOC_DEVICES_READY, end - 8);

    struct btrfs_ioctl_vol_args_v2 v2;
    memset(&v2, 0, sizeof(v2));
    v2.fd = 4;
    v2.flags = BTRFS_SUBVOL_RDONLY;
    strcpy(v2.name, "subvol");
    ioctl(-1, BTRFS_IOC_SUBVOL_CREATE_V2, &v2);
    struct btrfs_qgroup_inherit *qi = (struct btrfs_qgroup_inherit *) big;
    fill(qi, sizeof(*qi) + 3 * 8, 1);
    qi->num_qgroups = 3;
    qi->flags = BTRFS_QGROUP_INHERIT_SET_LIMITS;
    qi->lim.flags = BTRFS_QGROUP_LIMIT_MAX_RFER;
    v2.flags |= BTRFS_SUBVOL_QGROUP_INHERIT;
    v2.size = sizeof(*qi) + 3 * 8;
    v2.qgroup_inherit = qi;
    ioctl(-1, BTRFS_IOC_SNAP_CREATE_V2, &v2);

    struct btrfs_ioctl_balance_args ba;
    fill(&ba, sizeof(ba), 5);
    ba.flags = BTRFS_BALANCE_DATA | BTRFS_BALANCE_METADATA;
    ba.data.pend = (unsigned long long) -1;
    ba.data.profiles = BTRFS_BLOCK_GROUP_RAID1;
    ba.data.flags = BTRFS_BALANCE_ARGS_USAGE;
    ioctl(-1, BTRFS_IOC_BALANCE_V2, &ba);
    ioctl(-1, BTRFS_IOC_BALANCE_PROGRESS, &ba);

    struct btrfs_ioctl_defrag_range_args dr = {0, (unsigned long long) -1,
                                               BTRFS_DEFRAG_RANGE_COMPRESS, 65536, 2};
    ioctl(-1, BTRFS_IOC_DEFRAG_RANGE, &dr);

    struct btrfs_ioctl_dev_info_args *di = (struct btrfs_ioctl_dev_info_args *) big;
    memset(di, 0, sizeof(*di));
    di->devid = 1;
    ioctl(-1, BTRFS_IOC_DEV_INFO, di);
    memcpy(di->uuid, "0123456789abcdef", 16);
    strcpy((char *) di->path, "/dev/vdb");
    ioctl(-1, BTRFS_IOC_DEV_INFO, di);

    struct btrfs_ioctl_dev_replace_args *dv = (struct btrfs_ioctl_dev_replace_args *) big;
    memset(dv, 0, sizeof(*dv));
    dv->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_START;
    dv->start.srcdevid = 1;
    strcpy((char *) dv->start.srcdev_name, "/dev/vdb");
    strcpy((char *) dv->start.tgtdev_name, "/dev/vdc");
    ioctl(-1, BTRFS_IOC_DEV_REPLACE, dv);
    dv->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS;
    dv->status.progress_1000 = 425;
    dv->status.time_started = 1700000000;
    ioctl(-1, BTRFS_IOC_DEV_REPLACE, dv);

    struct btrfs_ioctl_feature_flags ff[3] = {
        {1, BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE, BTRFS_FEATURE_INCOMPAT_NO_HOLES | (1ULL << 40)},
        {0, 0, BTRFS_FEATURE_INCOMPAT_ZONED}, {0, 0, 0}};
    ioctl(-1, BTRFS_IOC_SET_FEATURES, ff);
    ioctl(-1, BTRFS_IOC_GET_FEATURES, ff);
    ioctl(-1, BTRFS_IOC_GET_SUPPORTED_FEATURES, ff);

    struct btrfs_ioctl_fs_info_args *fi = (struct btrfs_ioctl_fs_info_args *) big;
    fill(fi, sizeof(*fi), 7);
    fi->flags = BTRFS_FS_INFO_FLAG_CSUM_INFO | BTRFS_FS_INFO_FLAG_GENERATION;
    fi->csum_type = 1;
    ioctl(-1, BTRFS_IOC_FS_INFO, fi);

    struct btrfs_ioctl_get_dev_stats ds;
    fill(&ds, sizeof(ds), 9);
    ds.nr_items = 3;
    ds.flags = BTRFS_DEV_STATS_RESET;
    ioctl(-1, BTRFS_IOC_GET_DEV_STATS, &ds);

    struct btrfs_ioctl_ino_lookup_args *il = (struct btrfs_ioctl_ino_lookup_args *) big;
    memset(il, 0, sizeof(*il));
    il->objectid = BTRFS_FIRST_FREE_OBJECTID;
    strcpy(il->name, "dir/");
    ioctl(-1, BTRFS_IOC_INO_LOOKUP, il);

    struct btrfs_ioctl_search_args_v2 *sa = (struct btrfs_ioctl_search_args_v2 *) big;
    memset(sa, 0, 1024);
    sa->key.tree_id = BTRFS_FS_TREE_OBJECTID;
    sa->key.min_objectid = BTRFS_FIRST_FREE_OBJECTID;
    sa->key.max_objectid = BTRFS_LAST_FREE_OBJECTID;
    sa->key.max_offset = (unsigned long long) -1;
    sa->key.max_type = BTRFS_INODE_REF_KEY;
    sa->key.nr_items = 2;
    sa->buf_size = 256;
    ioctl(-1, BTRFS_IOC_TREE_SEARCH_V2, sa);
    ioctl(-1, BTRFS_IOC_TREE_SEARCH, sa);

    struct btrfs_ioctl_ino_path_args ip = {256, 4096, 0, {0}, (unsigned long) big};
    ioctl(-1, BTRFS_IOC_INO_PATHS, &ip);
    struct btrfs_ioctl_logical_ino_args li;
    memset(&li, 0, sizeof(li));
    li.logical = 4096;
    li.size = 4096;
    li.flags = BTRFS_LOGICAL_INO_ARGS_IGNORE_OFFSET;
    li.inodes = (unsigned long) big;
    ioctl(-1, BTRFS_IOC_LOGICAL_INO, &li);

    struct btrfs_ioctl_qgroup_assign_args qa = {1, 257, 258};
    ioctl(-1, BTRFS_IOC_QGROUP_ASSIGN, &qa);
    struct btrfs_ioctl_quota_ctl_args qc = {BTRFS_QUOTA_CTL_DISABLE, 0};
    ioctl(-1, BTRFS_IOC_QUOTA_CTL, &qc);
    struct btrfs_ioctl_quota_rescan_args qr;
    memset(&qr, 0, sizeof(qr));
    qr.progress = BTRFS_FIRST_FREE_OBJECTID;
    ioctl(-1, BTRFS_IOC_QUOTA_RESCAN_STATUS, &qr);

    struct btrfs_ioctl_scrub_args sc;
    fill(&sc, sizeof(sc), 11);
    sc.devid = 1;
    sc.end = (unsigned long long) -1;
    sc.flags = BTRFS_SCRUB_READONLY;
    ioctl(-1, BTRFS_IOC_SCRUB, &sc);
    ioctl(-1, BTRFS_IOC_SCRUB_PROGRESS, &sc);

    unsigned long long sources[2] = {BTRFS_FS_TREE_OBJECTID, 300};
    struct btrfs_ioctl_send_args sd = {.send_fd = 1, .clone_sources_count = 2,
                                       .clone_sources = sources, .parent_root = 257,
                                       .flags = BTRFS_SEND_FLAG_NO_FILE_DATA};
    ioctl(-1, BTRFS_IOC_SEND, &sd);

    struct btrfs_ioctl_space_args sp = {0, 0};
    ioctl(-1, BTRFS_IOC_SPACE_INFO, &sp);

    struct file_clone_range cr = {4, 4096, 8192, 0};
    ioctl(-1, FICLONERANGE, &cr);
    struct file_dedupe_range *fd = (struct file_dedupe_range *) big;
    memset(fd, 0, 256);
    fd->src_length = 4096;
    fd->dest_count = 3;
    fd->info[1].dest_fd = 5;
    ioctl(-1, FIDEDUPERANGE, fd);
    fd->dest_count = 1;
    ioctl(-1, FIDEDUPERANGE, fd);
    char label[FSLABEL_MAX] = "data";
    ioctl(-1, FS_IOC_SETFSLABEL, label);
    ioctl(-1, FS_IOC_GETFSLABEL, label);
    ioctl(-1, FS_IOC_SETFSLABEL, end - 10);
    return 0;
}
