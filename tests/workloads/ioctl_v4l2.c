/* Video4Linux2 requests on a closed descriptor (EBADF, or a success injected by the
   tracer, which then decodes what the "driver" left: the structures as given), with
   good, short and NULL pointers.  Every line must read as strace prints it. */
#define _GNU_SOURCE
#include <linux/videodev2.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

static void fill(void *p, size_t n, unsigned char seed)
{
    unsigned char *c = p;
    for (size_t i = 0; i < n; i++)
        c[i] = (unsigned char) (seed + i * 7);
}

int main(void)
{
    /* a page whose end is the end of the mapping: structures there are cut short */
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(page + 4096, 4096);
    char *end = page + 4096;
    static char buf[4096];

    ioctl(-1, VIDIOC_QUERYCAP, NULL);
    struct v4l2_capability *cap = (struct v4l2_capability *) buf;
    fill(cap, sizeof(*cap), 'a');
    strcpy((char *) cap->driver, "uvcvideo");
    cap->version = 0x60100;
    cap->capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING | V4L2_CAP_DEVICE_CAPS;
    cap->device_caps = 0;
    ioctl(-1, VIDIOC_QUERYCAP, cap);

    struct v4l2_fmtdesc fd = {.index = 2, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE,
                              .flags = V4L2_FMT_FLAG_COMPRESSED,
                              .pixelformat = V4L2_PIX_FMT_MJPEG};
    strcpy((char *) fd.description, "Motion-JPEG");
    ioctl(-1, VIDIOC_ENUM_FMT, &fd);
    ioctl(-1, VIDIOC_ENUM_FMT, end - 8);

    /* formats of every buffer type, read and set */
    struct v4l2_format f;
    static struct v4l2_clip clips[2];
    static const unsigned types[] = {
        V4L2_BUF_TYPE_VIDEO_CAPTURE, V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE,
        V4L2_BUF_TYPE_VIDEO_OVERLAY, V4L2_BUF_TYPE_VBI_CAPTURE,
        V4L2_BUF_TYPE_SLICED_VBI_OUTPUT, V4L2_BUF_TYPE_SDR_CAPTURE,
        V4L2_BUF_TYPE_META_CAPTURE, 0x77};
    for (unsigned i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        fill(&f, sizeof(f), (unsigned char) (i * 16));
        f.type = types[i];
        if (types[i] == V4L2_BUF_TYPE_VIDEO_CAPTURE) {
            f.fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
            f.fmt.pix.field = V4L2_FIELD_NONE;
            f.fmt.pix.colorspace = V4L2_COLORSPACE_SRGB;
        }
        if (types[i] == V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE)
            f.fmt.pix_mp.num_planes = 2;
        if (types[i] == V4L2_BUF_TYPE_VIDEO_OVERLAY) {
            f.fmt.win.clips = clips;
            f.fmt.win.clipcount = 2;
            f.fmt.win.bitmap = NULL;
        }
        if (types[i] == V4L2_BUF_TYPE_SDR_CAPTURE)
            f.fmt.sdr.pixelformat = V4L2_SDR_FMT_CU8;
        ioctl(-1, VIDIOC_G_FMT, &f);
        ioctl(-1, VIDIOC_S_FMT, &f);
        ioctl(-1, VIDIOC_TRY_FMT, &f);
    }
    f.type = V4L2_BUF_TYPE_VIDEO_OVERLAY;
    f.fmt.win.clipcount = 0;
    ioctl(-1, VIDIOC_S_FMT, &f);
    ioctl(-1, VIDIOC_S_FMT, NULL);

    /* buffers */
    struct v4l2_requestbuffers rb = {4, V4L2_BUF_TYPE_VIDEO_CAPTURE, V4L2_MEMORY_MMAP};
    ioctl(-1, VIDIOC_REQBUFS, &rb);
    struct v4l2_buffer b;
    fill(&b, sizeof(b), 3);
    b.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    b.memory = V4L2_MEMORY_MMAP;
    b.flags = V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
    ioctl(-1, VIDIOC_QUERYBUF, &b);
    ioctl(-1, VIDIOC_QBUF, &b);
    b.memory = V4L2_MEMORY_USERPTR;
    ioctl(-1, VIDIOC_DQBUF, &b);
    struct v4l2_framebuffer fb;
    fill(&fb, sizeof(fb), 9);
    ioctl(-1, VIDIOC_S_FBUF, &fb);
    ioctl(-1, VIDIOC_G_FBUF, &fb);
    int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    ioctl(-1, VIDIOC_STREAMON, &type);
    ioctl(-1, VIDIOC_STREAMOFF, end - 2);

    /* parameters, standards, inputs, tuners */
    struct v4l2_streamparm sp;
    fill(&sp, sizeof(sp), 5);
    sp.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    ioctl(-1, VIDIOC_G_PARM, &sp);
    ioctl(-1, VIDIOC_S_PARM, &sp);
    sp.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
    ioctl(-1, VIDIOC_S_PARM, &sp);
    sp.type = V4L2_BUF_TYPE_VBI_CAPTURE;
    ioctl(-1, VIDIOC_S_PARM, &sp);
    v4l2_std_id std = V4L2_STD_PAL;
    ioctl(-1, VIDIOC_S_STD, &std);
    ioctl(-1, VIDIOC_G_STD, &std);
    struct v4l2_standard st;
    fill(&st, sizeof(st), 11);
    ioctl(-1, VIDIOC_ENUMSTD, &st);
    struct v4l2_input in;
    fill(&in, sizeof(in), 13);
    ioctl(-1, VIDIOC_ENUMINPUT, &in);
    unsigned input = 1;
    ioctl(-1, VIDIOC_S_INPUT, &input);
    ioctl(-1, VIDIOC_G_INPUT, &input);
    struct v4l2_tuner tu;
    fill(&tu, sizeof(tu), 17);
    ioctl(-1, VIDIOC_G_TUNER, &tu);
    ioctl(-1, VIDIOC_S_TUNER, &tu);

    /* controls */
    struct v4l2_control c = {V4L2_CID_BRIGHTNESS, 128};
    ioctl(-1, VIDIOC_S_CTRL, &c);
    c.id = V4L2_CTRL_CLASS_CAMERA + 0x42;
    ioctl(-1, VIDIOC_G_CTRL, &c);
    c.id = 0x12345678;
    ioctl(-1, VIDIOC_G_CTRL, &c);
    struct v4l2_queryctrl qc;
    fill(&qc, sizeof(qc), 19);
    qc.id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CID_CONTRAST;
    qc.type = V4L2_CTRL_TYPE_INTEGER;
    ioctl(-1, VIDIOC_QUERYCTRL, &qc);
    struct v4l2_query_ext_ctrl qe;
    fill(&qe, sizeof(qe), 23);
    qe.id = V4L2_CID_EXPOSURE_AUTO;
    qe.nr_of_dims = 2;
    ioctl(-1, VIDIOC_QUERY_EXT_CTRL, &qe);
    static struct v4l2_ext_control ec[2];
    ec[0].id = V4L2_CID_SATURATION;
    ec[0].value = -3;
    ec[1].id = V4L2_CID_FOCUS_ABSOLUTE;
    ec[1].size = 4;
    ec[1].string = (char *) "abcd";
    struct v4l2_ext_controls ecs = {.ctrl_class = V4L2_CTRL_CLASS_USER, .count = 2,
                                    .controls = ec};
    ioctl(-1, VIDIOC_S_EXT_CTRLS, &ecs);
    ioctl(-1, VIDIOC_G_EXT_CTRLS, &ecs);
    ioctl(-1, VIDIOC_TRY_EXT_CTRLS, &ecs);
    ecs.count = 0;
    ioctl(-1, VIDIOC_S_EXT_CTRLS, &ecs);

    /* cropping, frame sizes and intervals, buffers created */
    struct v4l2_cropcap cc;
    fill(&cc, sizeof(cc), 29);
    cc.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    ioctl(-1, VIDIOC_CROPCAP, &cc);
    struct v4l2_crop cr;
    fill(&cr, sizeof(cr), 31);
    cr.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
    ioctl(-1, VIDIOC_S_CROP, &cr);
    ioctl(-1, VIDIOC_G_CROP, &cr);
    struct v4l2_frmsizeenum fs;
    fill(&fs, sizeof(fs), 37);
    fs.pixel_format = V4L2_PIX_FMT_H264;
    fs.type = V4L2_FRMSIZE_TYPE_STEPWISE;
    ioctl(-1, VIDIOC_ENUM_FRAMESIZES, &fs);
    struct v4l2_frmivalenum fi;
    fill(&fi, sizeof(fi), 41);
    fi.type = V4L2_FRMIVAL_TYPE_DISCRETE;
    ioctl(-1, VIDIOC_ENUM_FRAMEINTERVALS, &fi);
    struct v4l2_create_buffers cb;
    fill(&cb, sizeof(cb), 43);
    cb.memory = V4L2_MEMORY_DMABUF;
    cb.format.type = V4L2_BUF_TYPE_META_OUTPUT;
    ioctl(-1, VIDIOC_CREATE_BUFS, &cb);
    ioctl(-1, VIDIOC_CREATE_BUFS, end - 16);
    return 0;
}
