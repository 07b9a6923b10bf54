/* ioctl requests of the families with decoder modules of their own (counters, real-time
   clock parameters, PTP clocks, virtual terminals, UBI, SCSI generic, infrared, block
   devices, perf events), on a closed descriptor (EBADF) with good, short and
   NULL pointers.  Every line must read as strace prints it. */
#define _GNU_SOURCE
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/counter.h>
#include <linux/fs.h>
#include <linux/perf_event.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <linux/lirc.h>
#include <mtd/ubi-user.h>
#include <scsi/sg.h>
#include <stdint.h>
#include <linux/ptp_clock.h>
#include <linux/rtc.h>
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

    /* counters */
    struct counter_watch w = {{COUNTER_COMPONENT_COUNT, COUNTER_SCOPE_COUNT, 1, 2},
                              COUNTER_EVENT_INDEX, 3};
    ioctl(-1, COUNTER_ADD_WATCH_IOCTL, &w);
    w.component.type = 0x7f;
    w.event = 0x70;
    ioctl(-1, COUNTER_ADD_WATCH_IOCTL, &w);
    ioctl(-1, COUNTER_ADD_WATCH_IOCTL, end - 2);
    ioctl(-1, COUNTER_ADD_WATCH_IOCTL, NULL);
    ioctl(-1, COUNTER_ENABLE_EVENTS_IOCTL, 0);

    /* real-time clock parameters */
    struct rtc_param p = {RTC_PARAM_FEATURES, {1 << RTC_FEATURE_ALARM | 1 << 30}, 1, 0};
    ioctl(-1, RTC_PARAM_SET, &p);
    ioctl(-1, RTC_PARAM_GET, &p);
    p.param = RTC_PARAM_CORRECTION;
    p.svalue = -5;
    p.__pad = 7;
    ioctl(-1, RTC_PARAM_SET, &p);
    p.param = RTC_PARAM_BACKUP_SWITCH_MODE;
    p.uvalue = RTC_BSM_LEVEL;
    ioctl(-1, RTC_PARAM_SET, &p);
    p.param = 99;
    ioctl(-1, RTC_PARAM_SET, &p);
    ioctl(-1, RTC_PARAM_GET, end - 8);
    ioctl(-1, RTC_PARAM_GET, NULL);

    /* PTP clocks */
    struct ptp_extts_request ex = {1, PTP_ENABLE_FEATURE | PTP_RISING_EDGE | 0x100, {0, 5}};
    ioctl(-1, PTP_EXTTS_REQUEST, &ex);
    ioctl(-1, PTP_EXTTS_REQUEST2, &ex);
    struct ptp_perout_request po;
    memset(&po, 0, sizeof po);
    po.start.sec = 1000000000;
    po.start.nsec = 5;
    po.period.sec = 1;
    po.flags = PTP_PEROUT_DUTY_CYCLE;
    po.on.sec = 2;
    ioctl(-1, PTP_PEROUT_REQUEST, &po);
    po.flags = PTP_PEROUT_PHASE;
    ioctl(-1, PTP_PEROUT_REQUEST2, &po);
    ioctl(-1, PTP_ENABLE_PPS, 1);
    struct ptp_sys_offset so;
    memset(&so, 0, sizeof so);
    so.n_samples = 2;
    ioctl(-1, PTP_SYS_OFFSET, &so);
    struct ptp_pin_desc pin;
    memset(&pin, 0, sizeof pin);
    pin.index = 2;
    pin.func = PTP_PF_PEROUT;
    pin.chan = 1;
    ioctl(-1, PTP_PIN_SETFUNC, &pin);
    ioctl(-1, PTP_PIN_GETFUNC, &pin);
    ioctl(-1, PTP_CLOCK_GETCAPS, &pin);
    ioctl(-1, PTP_SYS_OFFSET_PRECISE, end - 8);
    ioctl(-1, PTP_SYS_OFFSET_EXTENDED, NULL);

    /* virtual terminals */
    ioctl(-1, KIOCSOUND, 440);
    ioctl(-1, KDMKTONE, 100 << 16 | 1000);
    ioctl(-1, KDSETLED, LED_CAP | 0x40);
    ioctl(-1, KDGETLED, end - 1);
    ioctl(-1, KDSETMODE, KD_GRAPHICS);
    ioctl(-1, KDSKBMODE, K_UNICODE);
    ioctl(-1, KDADDIO, 0x3b5);
    ioctl(-1, KDSIGACCEPT, 10);
    struct kbentry ke = {K_SHIFTTAB, 30, K(KT_LATIN, 'a')};
    ioctl(-1, KDSKBENT, &ke);
    ke.kb_value = K_F3;
    ioctl(-1, KDGKBENT, &ke);
    ke.kb_table = 1 << KG_CTRL;
    ke.kb_value = K(KT_SPEC, 0x7f);
    ioctl(-1, KDSKBENT, &ke);
    struct kbsentry *kbs = (struct kbsentry *) (end - sizeof(struct kbsentry));
    kbs->kb_func = KVAL(K_F5);
    strcpy((char *) kbs->kb_string, "\033[15~");
    ioctl(-1, KDSKBSENT, kbs);
    memset(kbs->kb_string, 'x', sizeof kbs->kb_string);   /* no NUL before the page ends */
    ioctl(-1, KDSKBSENT, kbs);
    struct kbdiacrs *dia = (struct kbdiacrs *) (end - sizeof(struct kbdiacrs));
    dia->kb_cnt = 2;
    dia->kbdiacr[0] = (struct kbdiacr) {'`', 'a', 0xe0};
    dia->kbdiacr[1] = (struct kbdiacr) {'\'', '\n', 'e'};
    ioctl(-1, KDSKBDIACR, dia);
    struct kbkeycode kc = {0x1e, 30};
    ioctl(-1, KDGETKEYCODE, &kc);
    struct kbd_repeat rep = {250, 33};
    ioctl(-1, KDKBDREP, &rep);
    unsigned short umap[E_TABSZ];
    for (int i = 0; i < E_TABSZ; i++)
        umap[i] = 0xf000 + i;
    ioctl(-1, PIO_UNISCRNMAP, umap);
    struct unipair pairs[2] = {{0x41, 1}, {0x42, 2}};
    struct unimapdesc ud = {2, pairs};
    ioctl(-1, PIO_UNIMAP, &ud);
    struct console_font_op cfo = {KD_FONT_OP_GET, 0, 8, 16, 256, NULL};
    ioctl(-1, KDFONTOP, &cfo);
    ioctl(-1, KDGKBMETA, end - 2);

    /* UBI */
    int32_t num = 3;
    ioctl(-1, UBI_IOCRMVOL, &num);
    int64_t bytes = 1 << 20;
    ioctl(-1, UBI_IOCVOLUP, &bytes);
    struct ubi_mkvol_req mk;
    memset(&mk, 0, sizeof mk);
    mk.vol_id = 1;
    mk.bytes = 4096;
    mk.vol_type = UBI_DYNAMIC_VOLUME;
    mk.name_len = 4;
    strcpy(mk.name, "data");
    ioctl(-1, UBI_IOCMKVOL, &mk);
    struct ubi_rnvol_req rn;
    memset(&rn, 0, sizeof rn);
    rn.count = 2;
    rn.ents[0].vol_id = 1;
    rn.ents[0].name_len = 3;
    strcpy(rn.ents[0].name, "abc");
    rn.ents[1].name_len = 2;
    memcpy(rn.ents[1].name, "xyz", 3);
    ioctl(-1, UBI_IOCRNVOL, &rn);
    struct ubi_set_vol_prop_req prop = {UBI_VOL_PROP_DIRECT_WRITE, {0}, 1};
    ioctl(-1, UBI_IOCSETVOLPROP, &prop);
    ioctl(-1, UBI_IOCATT, NULL);

    /* SCSI generic, infrared */
    int reset = SG_SCSI_RESET_BUS;
    ioctl(-1, SG_SCSI_RESET, &reset);
    ioctl(-1, SG_SET_TIMEOUT, &reset);
    ioctl(-1, SG_GET_SCSI_ID, &reset);
    ioctl(-1, SG_SET_TRANSFORM, 0x12);
    unsigned int mode = LIRC_MODE_MODE2;
    ioctl(-1, LIRC_SET_REC_MODE, &mode);
    ioctl(-1, LIRC_GET_REC_MODE, &mode);

    /* block devices, perf events */
    struct blkpg_partition part;
    memset(&part, 0, sizeof part);
    part.start = 1 << 20;
    part.length = 1 << 30;
    part.pno = 2;
    strcpy(part.devname, "sdz2");
    struct blkpg_ioctl_arg pg = {BLKPG_ADD_PARTITION, 0, sizeof part, &part};
    ioctl(-1, BLKPG, &pg);
    pg.data = end;
    pg.op = BLKPG_DEL_PARTITION;
    ioctl(-1, BLKPG, &pg);
    struct blk_user_trace_setup buts;
    memset(&buts, 0, sizeof buts);
    buts.act_mask = 0xffff;
    buts.buf_size = 4096;
    buts.buf_nr = 4;
    buts.pid = 1;
    ioctl(-1, BLKTRACESETUP, &buts);
    uint64_t range[2] = {0, 4096};
    ioctl(-1, BLKDISCARD, range);
    struct perf_event_query_bpf *q = (struct perf_event_query_bpf *) (end - 16);
    q->ids_len = 2;
    ioctl(-1, PERF_EVENT_IOC_QUERY_BPF, q);
    ioctl(-1, PERF_EVENT_IOC_SET_OUTPUT, 5);
    ioctl(-1, PERF_EVENT_IOC_ENABLE, 1);
    return 0;
}
