"""How structures print, as strace 6.1 prints them: per view, the C type, the header that
defines it and the fields in print order with their kind.  Pure data: tools/gen_structs.py
reads it to measure the layouts (abi/_structs.py), decode/structs.py prints from both.

Field kinds: u / d (decimal, unsigned / signed), n (decimal, the C type's signedness),
char (a byte as a quoted C character: 'a', '\\n', '\\x01'),
fd (a descriptor, with -y's decoration), tgid (a process id, with --decode-pids'),
errno_neg (minus an errno: -ENOSR),
x (%#x), 0x (%#x zero-padded to the field's size in hex digits, strace's PRINT_VAL_0X),
ptr (NULL or the address), flags:TABLE:DFLT (printflags), xval:TABLE:DFLT
(printxval), xvalv:TABLE:DFLT and flagsv:TABLE:DFLT (the same, always with the
number and its name in a comment, except under -X raw), str (a char array up to its NUL),
bytes (a byte array as a string), bytes_hex (the same in \\x hex),
struct:VIEW (a nested structure), array:KIND (a fixed array of KIND), indexed:TABLE:KIND
(a fixed array whose elements are named by their index: [[NAME]=x, [17]=y]), tail:VIEW:COUNT
(the array of VIEW after the structure, as many as its field COUNT says), tailbuf:COUNT
(COUNT bytes after the structure, as a string), sockaddr (a struct sockaddr),
MODULE.FUNCTION (a printer of
decode/MODULE.py's: value -> text), switch:FIELD:TABLE:CASES (a union: the member that
SWITCHES[CASES] gives for the name of FIELD's value in TABLE, or nothing),
call:MODULE.FUNCTION (decode/MODULE.py prints the field's bytes in its place, names and
all; as an array's element kind, each element's bytes), with:MODULE.FUNCTION (decode/
MODULE.py prints the field from the whole structure's bytes, names and all, or prints
nothing: fields that depend on others), upto:COUNT:KIND (as many elements of an array as
field COUNT says).
strn:COUNT:MAX (a byte array as a string, as long as field COUNT says, at most MAX or,
without MAX, the array's size),
deref:VIEW (a pointer to a VIEW structure, printed as it is, or its address when it
cannot be read), cstrn:COUNT (a char array as a C string within 1 + field COUNT's bytes,
"..." when it has no NUL there), dev
(makedev(major, minor)), flex (a flexible array member, measured for its offset only: a
decoder module prints it), union (a member measured for its place only: a decoder module
prints it).  Conditions before a kind: when:FIELD:KIND (only when FIELD is not
0), nonzero:KIND (only when the field is not all zero), verbose:KIND (only with -v),
verbose_or:FIELD:KIND (with -v, or when FIELD is not 0).
A field named "..." ends the abbreviated form: without -v the rest prints as "...".
A field name with dots (u.a.b) prints as its last part.
"""

# unions: the member printed per name of the selecting field's value
SWITCHES = {
    "ff_effect": {"FF_CONSTANT": ("constant", "ff_constant_effect"),
                  "FF_RAMP": ("ramp", "ff_ramp_effect"),
                  "FF_PERIODIC": ("periodic", "ff_periodic_effect"),
                  "FF_RUMBLE": ("rumble", "ff_rumble_effect")},
}

TERM_FLAGS = (("c_iflag", "flags:term_iflags"), ("c_oflag", "termios.oflag"),
              ("c_cflag", "termios.cflag"), ("c_lflag", "flags:term_lflags"), ("...", ""),
              ("c_line", "xval:term_line_discs:N_???"), ("c_cc", "indexed:termios_cc:x"))

STRUCTS = {
    # terminals
    "termios": ("struct termios", "asm/termbits.h", TERM_FLAGS),
    "termios2": ("struct termios2", "asm/termbits.h", TERM_FLAGS + (
        ("c_ispeed", "u"), ("c_ospeed", "u"))),
    "termio": ("struct termio", "asm/termios.h", TERM_FLAGS),
    "winsize": ("struct winsize", "asm/termios.h", (
        ("ws_row", "u"), ("ws_col", "u"), ("ws_xpixel", "u"), ("ws_ypixel", "u"))),
    "rand_pool_info": ("struct rand_pool_info", "linux/random.h", (
        ("entropy_count", "d"), ("buf_size", "d"), ("buf", "tailbuf:buf_size"))),
    # input devices
    "input_id": ("struct input_id", "linux/input.h", (
        ("bustype", "u"), ("vendor", "u"), ("product", "u"), ("version", "u"))),
    "input_absinfo": ("struct input_absinfo", "linux/input.h", (
        ("value", "u"), ("minimum", "u"), ("maximum", "u"), ("fuzz", "u"), ("flat", "u"),
        ("resolution", "u"))),
    "input_keymap_entry": ("struct input_keymap_entry", "linux/input.h", (
        ("flags", "u"), ("len", "u"), ("...", ""), ("index", "u"),
        ("keycode", "xval:evdev_keycode:KEY_???"), ("scancode", "array:x"))),
    "ff_effect": ("struct ff_effect", "linux/input.h", (
        ("type", "xval:evdev_ff_types:FF_???"), ("id", "d"), ("direction", "u"), ("...", ""),
        ("trigger", "struct:ff_trigger"), ("replay", "struct:ff_replay"),
        ("u", "switch:type:evdev_ff_types:ff_effect"))),
    "ff_trigger": ("struct ff_trigger", "linux/input.h", (
        ("button", "u"), ("interval", "u"))),
    "ff_replay": ("struct ff_replay", "linux/input.h", (("length", "u"), ("delay", "u"))),
    "ff_envelope": ("struct ff_envelope", "linux/input.h", (
        ("attack_length", "u"), ("attack_level", "u"), ("fade_length", "u"),
        ("fade_level", "x"))),
    "ff_constant_effect": ("struct ff_constant_effect", "linux/input.h", (
        ("level", "d"), ("envelope", "struct:ff_envelope"))),
    "ff_ramp_effect": ("struct ff_ramp_effect", "linux/input.h", (
        ("start_level", "d"), ("end_level", "d"), ("envelope", "struct:ff_envelope"))),
    "ff_periodic_effect": ("struct ff_periodic_effect", "linux/input.h", (
        ("waveform", "u"), ("period", "u"), ("magnitude", "d"), ("offset", "d"),
        ("phase", "u"), ("envelope", "struct:ff_envelope"), ("custom_len", "u"),
        ("custom_data", "ptr"))),
    "ff_rumble_effect": ("struct ff_rumble_effect", "linux/input.h", (
        ("strong_magnitude", "u"), ("weak_magnitude", "u"))),
    # GPIO chips
    "gpiochip_info": ("struct gpiochip_info", "linux/gpio.h", (
        ("name", "str"), ("label", "str"), ("lines", "u"))),
    "gpioline_info_in": ("struct gpioline_info", "linux/gpio.h", (("line_offset", "u"),)),
    "gpioline_info": ("struct gpioline_info", "linux/gpio.h", (
        ("flags", "flags:gpio_line_flags:GPIOLINE_FLAG_???"), ("name", "str"),
        ("consumer", "str"))),
    "gpiohandle_request": ("struct gpiohandle_request", "linux/gpio.h", (
        ("lines", "u"), ("lineoffsets", "upto:lines:u"),
        ("flags", "flags:gpio_handle_flags:GPIOHANDLE_REQUEST_???"),
        ("default_values", "upto:lines:u"), ("consumer_label", "str"))),
    "gpiohandle_request_fd": ("struct gpiohandle_request", "linux/gpio.h", (("fd", "fd"),)),
    "gpioevent_request": ("struct gpioevent_request", "linux/gpio.h", (
        ("lineoffset", "u"), ("handleflags", "flags:gpio_handle_flags:GPIOHANDLE_REQUEST_???"),
        ("eventflags", "flags:gpio_event_flags:GPIOEVENT_REQUEST_???"),
        ("consumer_label", "str"))),
    "gpioevent_request_fd": ("struct gpioevent_request", "linux/gpio.h", (("fd", "fd"),)),
    "gpiohandle_data": ("struct gpiohandle_data", "linux/gpio.h", (("values", "array:u"),)),
    "gpiohandle_config": ("struct gpiohandle_config", "linux/gpio.h", (
        ("flags", "flags:gpio_handle_flags:GPIOHANDLE_REQUEST_???"),
        ("default_values", "array:u"))),
    "gpio_v2_line_attribute": ("struct gpio_v2_line_attribute", "linux/gpio.h", (
        ("id", "u"), ("padding", "x"), ("values", "x"))),
    "gpio_v2_line_config_attribute": ("struct gpio_v2_line_config_attribute",
                                      "linux/gpio.h", (
        ("attr", "struct:gpio_v2_line_attribute"), ("mask", "x"))),
    "gpio_v2_line_config": ("struct gpio_v2_line_config", "linux/gpio.h", (
        ("flags", "flags:gpio_v2_line_flags:GPIO_V2_LINE_FLAG_???"), ("num_attrs", "u"),
        ("padding", "nonzero:array:x"),
        ("attrs", "when:num_attrs:upto:num_attrs:call:ioctl_gpio.config_attribute"))),
    "gpio_v2_line_info_in": ("struct gpio_v2_line_info", "linux/gpio.h", (("offset", "u"),)),
    "gpio_v2_line_info": ("struct gpio_v2_line_info", "linux/gpio.h", (
        ("name", "str"), ("consumer", "str"),
        ("flags", "flags:gpio_v2_line_flags:GPIO_V2_LINE_FLAG_???"), ("num_attrs", "u"),
        ("attrs", "when:num_attrs:upto:num_attrs:call:ioctl_gpio.attribute"),
        ("padding", "nonzero:array:x"))),
    "gpio_v2_line_request": ("struct gpio_v2_line_request", "linux/gpio.h", (
        ("num_lines", "u"), ("offsets", "upto:num_lines:u"), ("consumer", "str"),
        ("config", "struct:gpio_v2_line_config"),
        ("event_buffer_size", "nonzero:u"), ("padding", "nonzero:array:x"))),
    "gpio_v2_line_request_fd": ("struct gpio_v2_line_request", "linux/gpio.h", (
        ("fd", "fd"),)),
    "gpio_v2_line_values_mask": ("struct gpio_v2_line_values", "linux/gpio.h", (
        ("mask", "x"),)),
    "gpio_v2_line_values_bits": ("struct gpio_v2_line_values", "linux/gpio.h", (
        ("bits", "x"),)),
    "gpio_v2_line_values": ("struct gpio_v2_line_values", "linux/gpio.h", (
        ("bits", "x"), ("mask", "x"))),
    # loop devices
    "loop_info": ("struct loop_info", "linux/loop.h", (
        ("lo_number", "d"), ("lo_device", "verbose:dev"), ("lo_inode", "verbose:u"),
        ("lo_rdevice", "verbose:dev"), ("lo_offset", "x"),
        ("lo_encrypt_type", "verbose_or:lo_encrypt_type:xval:loop_crypt_types:LO_CRYPT_???"),
        ("lo_encrypt_key_size", "verbose_or:lo_encrypt_type:u"),
        ("lo_flags", "flags:loop_flags:LO_FLAGS_???"), ("lo_name", "str"),
        ("lo_encrypt_key", "verbose_or:lo_encrypt_type:strn:lo_encrypt_key_size:32"),
        ("...", ""), ("lo_init", "array:x"), ("reserved", "array:x"))),
    "loop_info64": ("struct loop_info64", "linux/loop.h", (
        ("lo_device", "verbose:dev"), ("lo_inode", "verbose:u"), ("lo_rdevice", "verbose:dev"),
        ("lo_offset", "x"), ("lo_sizelimit", "verbose:u"), ("lo_number", "u"),
        ("lo_encrypt_type", "verbose_or:lo_encrypt_type:xval:loop_crypt_types:LO_CRYPT_???"),
        ("lo_encrypt_key_size", "verbose_or:lo_encrypt_type:u"),
        ("lo_flags", "flags:loop_flags:LO_FLAGS_???"), ("lo_file_name", "str"),
        ("lo_crypt_name", "verbose_or:lo_encrypt_type:str"),
        ("lo_encrypt_key", "verbose_or:lo_encrypt_type:strn:lo_encrypt_key_size:32"),
        ("...", ""), ("lo_init", "array:x"))),
    "loop_config": ("struct loop_config", "linux/loop.h", (
        ("fd", "fd"), ("block_size", "u"), ("info", "struct:loop_info64"),
        ("__reserved", "nonzero:array:x"))),
    # real-time clocks
    "rtc_time": ("struct rtc_time", "linux/rtc.h", (
        ("tm_sec", "d"), ("tm_min", "d"), ("tm_hour", "d"), ("tm_mday", "d"), ("tm_mon", "d"),
        ("tm_year", "d"), ("...", ""), ("tm_wday", "d"), ("tm_yday", "d"), ("tm_isdst", "d"))),
    "rtc_wkalrm": ("struct rtc_wkalrm", "linux/rtc.h", (
        ("enabled", "u"), ("pending", "u"), ("time", "struct:rtc_time"))),
    "rtc_pll_info": ("struct rtc_pll_info", "linux/rtc.h", (
        ("pll_ctrl", "d"), ("pll_value", "d"), ("pll_max", "d"), ("pll_min", "d"),
        ("pll_posmult", "d"), ("pll_negmult", "d"), ("pll_clock", "d"))),
    "rtc_param_get": ("struct rtc_param", "linux/rtc.h", (
        ("param", "xval:rtc_params:RTC_PARAM_???"), ("index", "u"), ("__pad", "nonzero:x"))),
    "rtc_param_set": ("struct rtc_param", "linux/rtc.h", (
        ("param", "xval:rtc_params:RTC_PARAM_???"), ("uvalue", "with:ioctl_rtc.param_value"),
        ("index", "u"), ("__pad", "nonzero:x"))),
    "rtc_param_value": ("struct rtc_param", "linux/rtc.h", (
        ("uvalue", "with:ioctl_rtc.param_value"), ("__pad", "nonzero:x"))),
    "rtc_param_which": ("struct rtc_param", "linux/rtc.h", (("param", "u"), ("uvalue", "x"))),
    # counters
    "counter_component": ("struct counter_component", "linux/counter.h", (
        ("type", "xval:counter_component_types:COUNTER_COMPONENT_???"),
        ("scope", "xval:counter_scopes:COUNTER_SCOPE_???"), ("parent", "u"), ("id", "u"))),
    "counter_watch": ("struct counter_watch", "linux/counter.h", (
        ("component", "struct:counter_component"),
        ("event", "xval:counter_event_types:COUNTER_EVENT_???"), ("channel", "u"))),
    # PTP clocks (decode/ioctl_ptp.py prints the times)
    "ptp_clock_time": ("struct ptp_clock_time", "linux/ptp_clock.h", (
        ("sec", "d"), ("nsec", "u"), ("reserved", "nonzero:x"))),
    "ptp_clock_caps": ("struct ptp_clock_caps", "linux/ptp_clock.h", (
        ("max_adj", "d"), ("n_alarm", "d"), ("n_ext_ts", "d"), ("n_per_out", "d"),
        ("pps", "d"), ("n_pins", "d"), ("cross_timestamping", "d"), ("adjust_phase", "d"),
        ("rsv", "nonzero:array:x"))),
    "ptp_extts_request": ("struct ptp_extts_request", "linux/ptp_clock.h", (
        ("index", "u"), ("flags", "flags:ptp_extts_flags:PTP_???"))),
    "ptp_extts_request2": ("struct ptp_extts_request", "linux/ptp_clock.h", (
        ("index", "u"), ("flags", "flags:ptp_extts_flags:PTP_???"),
        ("rsv", "nonzero:array:x"))),
    "ptp_perout_request": ("struct ptp_perout_request", "linux/ptp_clock.h", (
        ("start", "with:ioctl_ptp.start_or_phase"), ("period", "call:ioctl_ptp.period"),
        ("index", "u"), ("flags", "flags:ptp_perout_flags:PTP_PEROUT_???"),
        ("on", "with:ioctl_ptp.on_time"))),
    "ptp_perout_request2": ("struct ptp_perout_request", "linux/ptp_clock.h", (
        ("start", "with:ioctl_ptp.start_or_phase"), ("period", "call:ioctl_ptp.period"),
        ("index", "u"), ("flags", "flags:ptp_perout_flags:PTP_PEROUT_???"),
        ("on", "with:ioctl_ptp.on_or_rsv"))),
    "ptp_perout_request_times": ("struct ptp_perout_request", "linux/ptp_clock.h", (
        ("start", "struct:ptp_clock_time"), ("phase", "struct:ptp_clock_time"),
        ("on", "struct:ptp_clock_time"))),
    "ptp_perout_fields": ("struct ptp_perout_request", "linux/ptp_clock.h", (
        ("flags", "x"),)),
    "ptp_perout_rsv": ("struct ptp_perout_request", "linux/ptp_clock.h", (
        ("rsv", "nonzero:array:x"),)),
    "ptp_sys_offset_times": ("struct ptp_sys_offset", "linux/ptp_clock.h", (
        ("n_samples", "u"), ("ts", "struct:ptp_clock_time"))),
    "ptp_sys_offset_extended_times": ("struct ptp_sys_offset_extended", "linux/ptp_clock.h", (
        ("n_samples", "u"), ("ts", "struct:ptp_clock_time"))),
    "ptp_sys_offset_in": ("struct ptp_sys_offset", "linux/ptp_clock.h", (
        ("n_samples", "u"), ("rsv", "nonzero:array:x"))),
    "ptp_sys_offset_out": ("struct ptp_sys_offset", "linux/ptp_clock.h", (
        ("ts", "with:ioctl_ptp.sys_offset_times"),)),
    "ptp_sys_offset_extended_in": ("struct ptp_sys_offset_extended", "linux/ptp_clock.h", (
        ("n_samples", "u"), ("rsv", "nonzero:array:x"))),
    "ptp_sys_offset_extended_out": ("struct ptp_sys_offset_extended", "linux/ptp_clock.h", (
        ("ts", "with:ioctl_ptp.extended_times"),)),
    "ptp_sys_offset_precise": ("struct ptp_sys_offset_precise", "linux/ptp_clock.h", (
        ("device", "call:ioctl_ptp.device"), ("sys_realtime", "call:ioctl_ptp.sys_realtime"),
        ("sys_monoraw", "call:ioctl_ptp.sys_monoraw"), ("rsv", "nonzero:array:x"))),
    "ptp_pin_index": ("struct ptp_pin_desc", "linux/ptp_clock.h", (("index", "u"),)),
    "ptp_pin_index2": ("struct ptp_pin_desc", "linux/ptp_clock.h", (
        ("index", "u"), ("rsv", "nonzero:array:x"))),
    "ptp_pin_got": ("struct ptp_pin_desc", "linux/ptp_clock.h", (
        ("name", "str"), ("func", "xval:ptp_pin_funcs:PTP_PF_???"), ("chan", "u"))),
    "ptp_pin_set": ("struct ptp_pin_desc", "linux/ptp_clock.h", (
        ("index", "u"), ("func", "xval:ptp_pin_funcs:PTP_PF_???"), ("chan", "u"))),
    "ptp_pin_set2": ("struct ptp_pin_desc", "linux/ptp_clock.h", (
        ("index", "u"), ("func", "xval:ptp_pin_funcs:PTP_PF_???"), ("chan", "u"),
        ("rsv", "nonzero:array:x"))),
    # virtual terminals (decode/ioctl_kd.py)
    "kbentry": ("struct kbentry", "linux/kd.h", (
        ("kb_table", "u"), ("kb_index", "u"), ("kb_value", "x"))),
    "kbsentry": ("struct kbsentry", "linux/kd.h", (("kb_func", "u"), ("kb_string", "bytes"))),
    "kbdiacr": ("struct kbdiacr", "linux/kd.h", (
        ("diacr", "char"), ("base", "char"), ("result", "char"))),
    "kbdiacrs": ("struct kbdiacrs", "linux/kd.h", (
        ("kb_cnt", "u"), ("kbdiacr", "array:struct:kbdiacr"))),
    "kbdiacruc": ("struct kbdiacruc", "linux/kd.h", (
        ("diacr", "x"), ("base", "x"), ("result", "x"))),
    "kbdiacrsuc": ("struct kbdiacrsuc", "linux/kd.h", (
        ("kb_cnt", "u"), ("kbdiacruc", "array:struct:kbdiacruc"))),
    "kbkeycode": ("struct kbkeycode", "linux/kd.h", (("scancode", "x"), ("keycode", "x"))),
    "kbd_repeat": ("struct kbd_repeat", "linux/kd.h", (("delay", "d"), ("period", "d"))),
    "unimapinit": ("struct unimapinit", "linux/kd.h", (
        ("advised_hashsize", "u"), ("advised_hashstep", "u"), ("advised_hashlevel", "u"))),
    "unipair": ("struct unipair", "linux/kd.h", (("unicode", "x"), ("fontpos", "x"))),
    "unimapdesc": ("struct unimapdesc", "linux/kd.h", (("entry_ct", "u"), ("entries", "ptr"))),
    "consolefontdesc": ("struct consolefontdesc", "linux/kd.h", (
        ("charcount", "u"), ("charheight", "u"), ("chardata", "ptr"))),
    "console_font_op": ("struct console_font_op", "linux/kd.h", (
        ("op", "u"), ("flags", "u"), ("width", "u"), ("height", "u"), ("charcount", "u"),
        ("data", "ptr"))),
    # UBI (decode/ioctl_ubi.py)
    "ubi_attach_req": ("struct ubi_attach_req", "mtd/ubi-user.h", (
        ("ubi_num", "d"), ("mtd_num", "d"), ("vid_hdr_offset", "d"),
        ("max_beb_per1024", "d"))),
    "ubi_mkvol_req": ("struct ubi_mkvol_req", "mtd/ubi-user.h", (
        ("vol_id", "d"), ("alignment", "d"), ("bytes", "d"),
        ("vol_type", "xval:ubi_volume_types:UBI_???_VOLUME"),
        ("flags", "flags:ubi_volume_flags:UBI_VOL_???"), ("name_len", "d"),
        ("name", "cstrn:name_len"))),
    "ubi_rsvol_req": ("struct ubi_rsvol_req", "mtd/ubi-user.h", (
        ("bytes", "d"), ("vol_id", "d"))),
    "ubi_rnvol_ent": ("__typeof__(((struct ubi_rnvol_req *)0)->ents[0])", "mtd/ubi-user.h", (
        ("vol_id", "d"), ("name_len", "d"), ("name", "cstrn:name_len"))),
    "ubi_rnvol_req": ("struct ubi_rnvol_req", "mtd/ubi-user.h", (
        ("count", "d"), ("ents", "upto:count:struct:ubi_rnvol_ent"))),
    "ubi_leb_change_req": ("struct ubi_leb_change_req", "mtd/ubi-user.h", (
        ("lnum", "d"), ("bytes", "d"), ("dtype", "xval:ubi_data_types:UBI_???"))),
    "ubi_map_req": ("struct ubi_map_req", "mtd/ubi-user.h", (
        ("lnum", "d"), ("dtype", "xval:ubi_data_types:UBI_???"))),
    "ubi_set_vol_prop_req": ("struct ubi_set_vol_prop_req", "mtd/ubi-user.h", (
        ("property", "xval:ubi_volume_props:UBI_VOL_PROP_???"), ("value", "x"))),
    # SCSI generic devices (decode/ioctl_scsi.py)
    "sg_scsi_id": ("struct sg_scsi_id", "scsi/sg.h", (
        ("host_no", "d"), ("channel", "d"), ("scsi_id", "x"), ("lun", "d"),
        ("scsi_type", "x"), ("h_cmd_per_lun", "d"), ("d_queue_depth", "d"))),
    # block devices (decode/ioctl_block.py)
    "blkpg_ioctl_arg": ("struct blkpg_ioctl_arg", "linux/blkpg.h", (
        ("op", "xval:blkpg_ops:BLKPG_???"), ("flags", "d"), ("datalen", "d"),
        ("data", "deref:blkpg_partition"))),
    "blkpg_partition": ("struct blkpg_partition", "linux/blkpg.h", (
        ("start", "d"), ("length", "d"), ("pno", "d"), ("devname", "str"),
        ("volname", "str"))),
    "blk_user_trace_setup_in": ("struct blk_user_trace_setup", "linux/blktrace_api.h", (
        ("act_mask", "u"), ("buf_size", "u"), ("buf_nr", "u"), ("start_lba", "u"),
        ("end_lba", "u"), ("pid", "tgid"))),
    "blk_user_trace_setup_name": ("struct blk_user_trace_setup", "linux/blktrace_api.h", (
        ("name", "str"),)),
    "perf_event_query_bpf": ("struct perf_event_query_bpf", "linux/perf_event.h", (
        ("ids_len", "u"), ("prog_cnt", "u"))),      # the ids follow it
    # userfaultfd (decode/ioctl_uffdio.py)
    "uffdio_range": ("struct uffdio_range", "linux/userfaultfd.h", (
        ("start", "x"), ("len", "x"))),
    "uffdio_api_in": ("struct uffdio_api", "linux/userfaultfd.h", (
        ("api", "x"), ("features", "flags:uffd_api_features:UFFD_FEATURE_???"))),
    "uffdio_api_features": ("struct uffdio_api", "linux/userfaultfd.h", (
        ("features", "flags:uffd_api_features:UFFD_FEATURE_???"),)),
    "uffdio_api_ioctls": ("struct uffdio_api", "linux/userfaultfd.h", (
        ("ioctls", "flags:uffd_api_flags:_UFFDIO_???"),)),
    "uffdio_copy": ("struct uffdio_copy", "linux/userfaultfd.h", (
        ("dst", "x"), ("src", "x"), ("len", "x"),
        ("mode", "flags:uffd_copy_flags:UFFDIO_COPY_???"))),
    "uffdio_copy_out": ("struct uffdio_copy", "linux/userfaultfd.h", (("copy", "x"),)),
    "uffdio_register": ("struct uffdio_register", "linux/userfaultfd.h", (
        ("range", "struct:uffdio_range"),
        ("mode", "flags:uffd_register_mode_flags:UFFDIO_REGISTER_MODE_???"))),
    "uffdio_register_out": ("struct uffdio_register", "linux/userfaultfd.h", (
        ("ioctls", "flags:uffd_register_ioctl_flags:UFFDIO_???"),)),
    "uffdio_zeropage": ("struct uffdio_zeropage", "linux/userfaultfd.h", (
        ("range", "struct:uffdio_range"),
        ("mode", "flags:uffd_zeropage_flags:UFFDIO_ZEROPAGE_???"))),
    "uffdio_zeropage_out": ("struct uffdio_zeropage", "linux/userfaultfd.h", (
        ("zeropage", "x"),)),
    # memory technology devices (decode/ioctl_mtd.py)
    "erase_info_user": ("struct erase_info_user", "mtd/mtd-abi.h", (
        ("start", "x"), ("length", "x"))),
    "erase_info_user64": ("struct erase_info_user64", "mtd/mtd-abi.h", (
        ("start", "x"), ("length", "x"))),
    "mtd_oob_buf": ("struct mtd_oob_buf", "mtd/mtd-abi.h", (
        ("start", "x"), ("length", "x"), ("ptr", "ptr"))),
    "mtd_oob_buf64": ("struct mtd_oob_buf64", "mtd/mtd-abi.h", (
        ("start", "x"), ("length", "x"), ("usr_ptr", "ptr"))),
    "otp_info": ("struct otp_info", "mtd/mtd-abi.h", (
        ("start", "x"), ("length", "x"), ("locked", "u"))),
    "mtd_write_req": ("struct mtd_write_req", "mtd/mtd-abi.h", (
        ("start", "x"), ("len", "x"), ("ooblen", "x"), ("usr_data", "ptr"), ("usr_oob", "ptr"),
        ("mode", "xval:mtd_mode_options:MTD_OPS_???"))),
    "mtd_info_user": ("struct mtd_info_user", "mtd/mtd-abi.h", (
        ("type", "xval:mtd_type_options:MTD_???"), ("flags", "flags:mtd_flags_options:MTD_???"),
        ("size", "x"), ("erasesize", "x"), ("writesize", "x"), ("oobsize", "x"),
        ("padding", "x"))),
    "nand_oobinfo": ("struct nand_oobinfo", "mtd/mtd-abi.h", (
        ("useecc", "xval:mtd_nandecc_options:MTD_NANDECC_???"), ("eccbytes", "x"),
        ("oobfree", "array:call:ioctl_mtd.pair"), ("eccpos", "array:x"))),
    "nand_oobfree": ("struct nand_oobfree", "mtd/mtd-abi.h", (("offset", "x"), ("length", "x"))),
    "nand_ecclayout_user": ("struct nand_ecclayout_user", "mtd/mtd-abi.h", (
        ("eccbytes", "x"), ("eccpos", "array:x"), ("oobavail", "x"),
        ("oobfree", "array:struct:nand_oobfree"))),
    "mtd_ecc_stats": ("struct mtd_ecc_stats", "mtd/mtd-abi.h", (
        ("corrected", "x"), ("failed", "x"), ("badblocks", "x"), ("bbtblocks", "x"))),
    "region_info_user_in": ("struct region_info_user", "mtd/mtd-abi.h", (("regionindex", "x"),)),
    "region_info_user_out": ("struct region_info_user", "mtd/mtd-abi.h", (
        ("offset", "x"), ("erasesize", "x"), ("numblocks", "x"))),
    # KVM (decode/ioctl_kvm.py)
    "kvm_userspace_memory_region": ("struct kvm_userspace_memory_region", "linux/kvm.h", (
        ("slot", "u"), ("flags", "flags:kvm_mem_flags:KVM_MEM_???"), ("guest_phys_addr", "x"),
        ("memory_size", "u"), ("userspace_addr", "x"))),
    "kvm_regs": ("struct kvm_regs", "linux/kvm.h", tuple((r, "x") for r in (
        "rax rbx rcx rdx rsi rdi rsp rbp r8 r9 r10 r11 r12 r13 r14 r15 rip rflags".split()))),
    "kvm_segment": ("struct kvm_segment", "linux/kvm.h", (
        ("base", "x"), ("limit", "u"), ("selector", "u"), ("type", "u"), ("present", "u"),
        ("dpl", "u"), ("db", "u"), ("s", "u"), ("l", "u"), ("g", "u"), ("avl", "u"))),
    "kvm_dtable": ("struct kvm_dtable", "linux/kvm.h", (("base", "x"), ("limit", "u"))),
    "kvm_sregs": ("struct kvm_sregs", "linux/kvm.h", (
        ("cs", "struct:kvm_segment"), ("...", ""),
        *((r, "struct:kvm_segment") for r in "ds es fs gs ss tr ldt".split()),
        ("gdt", "struct:kvm_dtable"), ("idt", "struct:kvm_dtable"), ("cr0", "u"), ("cr2", "u"),
        ("cr3", "u"), ("cr4", "u"), ("cr8", "u"), ("efer", "u"), ("apic_base", "x"),
        ("interrupt_bitmap", "array:x"))),
    "kvm_run": ("struct kvm_run", "linux/kvm.h", (("exit_reason", "u"),)),
    "kvm_cpuid2": ("struct kvm_cpuid2", "linux/kvm.h", (("nent", "u"),)),  # entries follow
    "kvm_cpuid_entry2": ("struct kvm_cpuid_entry2", "linux/kvm.h", (
        ("function", "x"), ("index", "x"),
        ("flags", "flags:kvm_cpuid_flags:KVM_CPUID_FLAG_???"), ("eax", "x"), ("ebx", "x"),
        ("ecx", "x"), ("edx", "x"))),
    # SG_IO (decode/ioctl_sg_io.py prints them: the layouts of their fields, as numbers)
    "sg_io_hdr": ("struct sg_io_hdr", "scsi/sg.h", tuple((f, "n") for f in (
        "dxfer_direction cmd_len cmdp mx_sb_len iovec_count dxfer_len timeout flags "
        "dxferp status masked_status msg_status sb_len_wr sbp host_status driver_status "
        "resid duration info interface_id".split()))),
    "sg_io_v4": ("struct sg_io_v4", "linux/bsg.h", tuple((f, "n") for f in (
        "guard protocol subprotocol request_len request request_tag request_attr "
        "request_priority request_extra max_response_len dout_iovec_count dout_xfer_len "
        "din_iovec_count din_xfer_len dout_xferp timeout flags usr_ptr response response_len "
        "din_xferp driver_status transport_status device_status retry_delay info duration "
        "din_resid dout_resid generated_tag".split()))),
    # seccomp user notifications
    "seccomp_notif": ("struct seccomp_notif", "linux/seccomp.h", (
        ("id", "x"), ("pid", "tgid"), ("flags", "x"),
        ("data", "call:ioctl_seccomp.seccomp_data"))),
    "seccomp_data": ("struct seccomp_data", "linux/seccomp.h", (
        ("arch", "xval:audit_arch:AUDIT_ARCH_???"), ("instruction_pointer", "ptr"),
        ("args", "array:x"))),
    "seccomp_data_nr": ("struct seccomp_data", "linux/seccomp.h", (
        ("nr", "u"), ("arch", "x"))),
    "seccomp_notif_resp": ("struct seccomp_notif_resp", "linux/seccomp.h", (
        ("id", "x"), ("val", "d"), ("error", "errno_neg"),
        ("flags", "flags:seccomp_ioctl_resp_flags:SECCOMP_USER_NOTIF_FLAG_???"))),
    "seccomp_notif_addfd": ("struct seccomp_notif_addfd", "linux/seccomp.h", (
        ("id", "x"), ("flags", "flags:seccomp_ioctl_addfd_flags:SECCOMP_ADDFD_FLAG_???"),
        ("srcfd", "fd"), ("newfd", "d"), ("newfd_flags", "flags:open_flags:O_???"))),
    # disks
    "hd_drive_cmd_hdr": ("struct hd_drive_cmd_hdr", "linux/hdreg.h", (
        ("command", "xval:hdio_drive_cmds:ATA_CMD_???"), ("sector_number", "u"),
        ("feature", "u"), ("sector_count", "u"))),
    "hd_geometry": ("struct hd_geometry", "linux/hdreg.h", (
        ("heads", "u"), ("sectors", "u"), ("cylinders", "u"), ("start", "u"))),
    # file systems ('X', 'f')
    "fstrim_range": ("struct fstrim_range", "linux/fs.h", (
        ("start", "x"), ("len", "u"), ("minlen", "u"))),
    "fsxattr_set": ("struct fsxattr", "linux/fs.h", (
        ("fsx_xflags", "flags:fs_xflags:FS_XFLAG_???"), ("fsx_extsize", "u"),
        ("fsx_projid", "x"), ("fsx_cowextsize", "u"))),
    "fsxattr": ("struct fsxattr", "linux/fs.h", (
        ("fsx_xflags", "flags:fs_xflags:FS_XFLAG_???"), ("fsx_extsize", "u"),
        ("fsx_nextents", "u"), ("fsx_projid", "x"), ("fsx_cowextsize", "u"))),
    "fiemap": ("struct fiemap", "linux/fiemap.h", (
        ("fm_start", "u"), ("fm_length", "u"), ("fm_flags", "flags:fiemap_flags:FIEMAP_FLAG_???"),
        ("fm_extent_count", "u"))),
    "fiemap_out": ("struct fiemap", "linux/fiemap.h", (
        ("fm_flags", "flags:fiemap_flags:FIEMAP_FLAG_???"), ("fm_mapped_extents", "u"),
        ("...", ""), ("fm_extents", "tail:fiemap_extent:fm_mapped_extents"))),
    "fiemap_extent": ("struct fiemap_extent", "linux/fiemap.h", (
        ("fe_logical", "u"), ("fe_physical", "u"), ("fe_length", "u"),
        ("fe_flags", "flags:fiemap_extent_flags:FIEMAP_EXTENT_???"))),
    "file_clone_range": ("struct file_clone_range", "linux/fs.h", (
        ("src_fd", "fd"), ("src_offset", "u"), ("src_length", "u"), ("dest_offset", "u"))),
    # socket addresses after their sa_family (decode/sockaddr_families.py picks the view)
    "tcp_diag_md5sig": ("struct tcp_diag_md5sig", "linux/tcp.h", (   # INET_DIAG_MD5SIG
        ("tcpm_family", "xval:address_families:AF_???"), ("tcpm_prefixlen", "u"),
        ("tcpm_keylen", "u"), ("tcpm_addr", "with:nla_specs.md5sig_addr"),
        ("tcpm_key", "with:nla_specs.md5sig_key"))),
    "sockaddr_ll": ("struct sockaddr_ll", "sys/socket.h linux/if_packet.h", (
        ("sll_protocol", "sockaddr_families.sll_protocol"), ("sll_ifindex", "inet.ifindex"),
        ("sll_hatype", "xval:arp_hardware_types:ARPHRD_???"),
        ("sll_pkttype", "xval:af_packet_types:PACKET_???"), ("sll_halen", "u"),
        ("sll_addr", "with:sockaddr_families.sll_addr"))),
    "sockaddr_ax25": ("struct sockaddr_ax25", "linux/ax25.h", (
        ("sax25_call", "call:sockaddr_families.ax25_call"), ("sax25_ndigis", "d"))),
    "full_sockaddr_ax25": ("struct full_sockaddr_ax25", "linux/ax25.h", (
        ("fsa_ax25", "struct:sockaddr_ax25"),
        ("fsa_digipeater", "array:call:sockaddr_families.ax25_address"))),
    "sockaddr_ipx": ("struct sockaddr_ipx", "netipx/ipx.h", (
        ("sipx_port", "sockaddr_families.port"), ("sipx_network", "sockaddr_families.htonl_x"),
        ("sipx_node", "array:0x"), ("sipx_type", "0x"), ("sipx_zero", "nonzero:x"))),
    "sockaddr_x25": ("struct sockaddr_x25", "linux/x25.h", (
        ("sx25_addr", "struct:x25_address"),)),
    "x25_address": ("struct x25_address", "linux/x25.h", (("x25_addr", "str"),)),
    "sockaddr_rxrpc": ("struct sockaddr_rxrpc", "sys/socket.h netinet/in.h linux/rxrpc.h", (
        ("srx_service", "xvalv:rxrpc_services:???_SERVICE"),
        ("transport_type", "xval:socket_types:SOCK_???"), ("transport_len", "u"),
        ("transport", "with:sockaddr_families.rxrpc_transport"))),
    "sockaddr_alg_new": ("struct sockaddr_alg_new", "linux/if_alg.h", (
        ("salg_type", "str"), ("salg_feat", "flagsv:alg_sockaddr_flags:CRYPTO_ALG_???"),
        ("salg_mask", "flagsv:alg_sockaddr_flags:CRYPTO_ALG_???"))),   # then salg_name[]
    "sockaddr_nfc": ("struct sockaddr_nfc", "sys/socket.h linux/nfc.h", (
        ("dev_idx", "inet.ifindex"), ("target_idx", "x"),
        ("nfc_protocol", "xval:nfc_sockaddr_protocols:NFC_PROTO_???"))),
    "sockaddr_nfc_llcp": ("struct sockaddr_nfc_llcp", "sys/socket.h linux/nfc.h", (
        ("dev_idx", "inet.ifindex"), ("target_idx", "x"),
        ("nfc_protocol", "xval:nfc_sockaddr_protocols:NFC_PROTO_???"),
        ("dsap", "xvalv:nfc_saps:"), ("ssap", "xvalv:nfc_saps:"),
        ("service_name", "strn:service_name_len:"), ("service_name_len", "u"))),
    "sockaddr_ieee802154": ("struct sockaddr_ieee802154", "kernel_structs.h", (
        ("addr", "struct:ieee802154_addr_sa"),)),
    "ieee802154_addr_sa": ("struct ieee802154_addr_sa", "kernel_structs.h", (
        ("addr_type", "xvalv:ieee802154_addr_types:IEEE802154_ADDR_???"),
        ("pan_id", "xvalv:ieee802154_pan_ids:"),
        ("short_addr", "with:sockaddr_families.ieee802154_addr"))),   # or hwaddr
    "sockaddr_vm": ("struct sockaddr_vm", "sys/socket.h linux/vm_sockets.h", (
        ("svm_reserved1", "nonzero:x"), ("svm_cid", "xval:vsock_cids:"),
        ("svm_port", "xval:vsock_ports:"), ("svm_flags", "flags:vsock_flags:VMADDR_FLAG_???"),
        ("svm_zero", "nonzero:bytes_hex"))),
    "sockaddr_qrtr": ("struct sockaddr_qrtr", "sys/socket.h linux/qrtr.h", (
        ("sq_node", "xval:qipcrtr_nodes:"), ("sq_port", "xval:qipcrtr_ports:"))),
    "sockaddr_xdp": ("struct sockaddr_xdp", "linux/if_xdp.h", (
        ("sxdp_flags", "flags:xdp_sockaddr_flags:XDP_???"), ("sxdp_ifindex", "inet.ifindex"),
        ("sxdp_queue_id", "u"), ("sxdp_shared_umem_fd", "with:sockaddr_families.xdp_umem_fd"))),
    "sockaddr_mctp": ("struct sockaddr_mctp", "sys/socket.h linux/mctp.h", (
        ("__smctp_pad0", "nonzero:x"), ("smctp_network", "xval:mctp_nets:"),
        ("smctp_addr", "struct:mctp_addr"), ("smctp_type", "x"), ("smctp_tag", "x"),
        ("__smctp_pad1", "nonzero:x"))),
    "mctp_addr": ("struct mctp_addr", "sys/socket.h linux/mctp.h", (
        ("s_addr", "xval:mctp_addrs:"),)),
}

# device mapper (decode/ioctl_dm.py prints them; the views give their layouts)
STRUCTS.update({
    "dm_ioctl": ("struct dm_ioctl", "linux/dm-ioctl.h", (
        ("version", "array:u"), ("data_size", "u"), ("data_start", "u"),
        ("target_count", "u"), ("open_count", "u"), ("flags", "x"), ("event_nr", "u"),
        ("dev", "u"), ("name", "str"), ("uuid", "str"), ("data", "bytes"))),
    "dm_target_spec": ("struct dm_target_spec", "linux/dm-ioctl.h", (
        ("sector_start", "u"), ("length", "u"), ("status", "d"), ("next", "u"),
        ("target_type", "str"))),
    "dm_target_deps": ("struct dm_target_deps", "linux/dm-ioctl.h", (
        ("count", "u"), ("dev", "flex"))),
    "dm_name_list": ("struct dm_name_list", "linux/dm-ioctl.h", (
        ("dev", "u"), ("next", "u"), ("name", "flex"))),
    "dm_target_versions": ("struct dm_target_versions", "linux/dm-ioctl.h", (
        ("next", "u"), ("version", "array:u"), ("name", "flex"))),
    "dm_target_msg": ("struct dm_target_msg", "linux/dm-ioctl.h", (
        ("sector", "u"), ("message", "flex"))),
})

# TEE (trusted execution environment) devices
_TEE_SHM_FLAGS = "flags:tee_shm_flags:TEE_IOCTL_SHM_???"
STRUCTS.update({
    "tee_cancel": ("struct tee_ioctl_cancel_arg", "linux/tee.h", (
        ("cancel_id", "u"), ("session", "x"))),
    "tee_close_session": ("struct tee_ioctl_close_session_arg", "linux/tee.h", (
        ("session", "x"),)),
    "tee_version": ("struct tee_ioctl_version_data", "linux/tee.h", (
        ("impl_id", "xval:tee_impl_ids:TEE_IMPL_ID_???"),
        ("gen_caps", "flags:tee_gen_caps:TEE_GEN_CAP_???"),
        ("impl_caps", "with:ioctl_tee.impl_caps"))),
    "tee_shm_alloc_in": ("struct tee_ioctl_shm_alloc_data", "linux/tee.h", (
        ("size", "x"), ("flags", _TEE_SHM_FLAGS))),
    "tee_shm_alloc": ("struct tee_ioctl_shm_alloc_data", "linux/tee.h", (
        ("size", "x"), ("flags", _TEE_SHM_FLAGS), ("id", "d"))),
    "tee_shm_register_in": ("struct tee_ioctl_shm_register_data", "linux/tee.h", (
        ("addr", "ptr"), ("length", "x"), ("flags", _TEE_SHM_FLAGS))),
    "tee_shm_register": ("struct tee_ioctl_shm_register_data", "linux/tee.h", (
        ("length", "x"), ("flags", _TEE_SHM_FLAGS), ("id", "d"))),
    "tee_shm_register_fd_in": ("struct tee_ioctl_shm_register_fd_data",
                               "kernel_structs.h", (
        ("fd", "fd"), ("flags", _TEE_SHM_FLAGS))),
    "tee_shm_register_fd": ("struct tee_ioctl_shm_register_fd_data", "kernel_structs.h",
                            (("size", "x"), ("id", "d"))),
    "tee_buf": ("struct tee_ioctl_buf_data", "linux/tee.h", (
        ("buf_len", "u"), ("buf_ptr", "ptr"))),
    "tee_param": ("struct tee_ioctl_param", "linux/tee.h", (
        ("attr", "x"), ("a", "x"), ("b", "x"), ("c", "x"))),
    "tee_open_session": ("struct tee_ioctl_open_session_arg", "linux/tee.h", (
        ("uuid", "bytes"), ("clnt_uuid", "bytes"), ("clnt_login", "u"), ("cancel_id", "u"),
        ("session", "x"), ("ret", "u"), ("ret_origin", "u"), ("num_params", "u"),
        ("params", "flex"))),
    "tee_invoke": ("struct tee_ioctl_invoke_arg", "linux/tee.h", (
        ("func", "u"), ("session", "x"), ("cancel_id", "u"), ("ret", "u"),
        ("ret_origin", "u"), ("num_params", "u"), ("params", "flex"))),
    "tee_supp_recv": ("struct tee_iocl_supp_recv_arg", "linux/tee.h", (
        ("func", "u"), ("num_params", "u"), ("params", "flex"))),
    "tee_supp_send": ("struct tee_iocl_supp_send_arg", "linux/tee.h", (
        ("ret", "u"), ("num_params", "u"), ("params", "flex"))),
})

# btrfs (decode/ioctl_btrfs.py prints what depends on the request or on other fields)
_BT = "linux/btrfs.h"
_U64 = "ioctl_btrfs.u64"
_OBJECTID = "ioctl_btrfs.objectid"
STRUCTS.update({
    "btrfs_vol_args": ("struct btrfs_ioctl_vol_args", _BT, (("fd", "fd"), ("name", "str"))),
    "btrfs_vol_args_v2": ("struct btrfs_ioctl_vol_args_v2", _BT, (
        ("fd", "fd"), ("flags", "u"), ("size", "u"), ("qgroup_inherit", "u"),
        ("name", "str"), ("transid", "u"))),
    "btrfs_qgroup_limit": ("struct btrfs_qgroup_limit", _BT, (
        ("flags", "flags:btrfs_qgroup_limit_flags:BTRFS_QGROUP_LIMIT_???"),
        ("max_rfer", "u"), ("max_excl", "u"), ("rsv_rfer", "u"), ("rsv_excl", "u"))),
    "btrfs_qgroup_inherit": ("struct btrfs_qgroup_inherit", _BT, (
        ("flags", "flags:btrfs_qgroup_inherit_flags:BTRFS_QGROUP_INHERIT_???"),
        ("num_qgroups", "u"), ("num_ref_copies", "u"), ("num_excl_copies", "u"),
        ("lim", "struct:btrfs_qgroup_limit"), ("qgroups", "flex"))),
    "btrfs_balance_args": ("struct btrfs_balance_args", _BT, (
        ("profiles", "flags:btrfs_space_info_flags:BTRFS_BLOCK_GROUP_???"),
        ("usage", _U64), ("devid", "dev"), ("pstart", _U64), ("pend", _U64),
        ("vstart", _U64), ("vend", _U64), ("target", _U64),
        ("flags", "flags:btrfs_balance_args:BTRFS_BALANCE_ARGS_???"))),
    "btrfs_balance": ("struct btrfs_ioctl_balance_args", _BT, (
        ("flags", "u"), ("state", "u"), ("data", "union"), ("meta", "union"),
        ("sys", "union"))),
    "btrfs_defrag_range": ("struct btrfs_ioctl_defrag_range_args", _BT, (
        ("start", "u"), ("len", _U64),
        ("flags", "flags:btrfs_defrag_flags:BTRFS_DEFRAG_RANGE_???"),
        ("extent_thresh", "u"),
        ("compress_type", "xval:btrfs_compress_types:BTRFS_COMPRESS_???"))),
    "btrfs_dev_info_in": ("struct btrfs_ioctl_dev_info_args", _BT, (
        ("devid", "dev"), ("uuid", "nonzero:call:ioctl_btrfs.uuid"))),
    "btrfs_dev_info": ("struct btrfs_ioctl_dev_info_args", _BT, (
        ("uuid", "nonzero:call:ioctl_btrfs.uuid"), ("bytes_used", "u"),
        ("total_bytes", "u"), ("path", "str"))),
    "btrfs_replace_in": ("struct btrfs_ioctl_dev_replace_args", _BT, (
        ("cmd", "xval:btrfs_dev_replace_cmds:BTRFS_IOCTL_DEV_REPLACE_CMD_???"),
        ("start", "switch:cmd:btrfs_dev_replace_cmds:btrfs_replace_in"))),
    "btrfs_replace": ("struct btrfs_ioctl_dev_replace_args", _BT, (
        ("result", "xval:btrfs_dev_replace_results:BTRFS_IOCTL_DEV_REPLACE_RESULT_???"),
        ("status", "with:ioctl_btrfs.replace_status"))),
    "btrfs_replace_cmd": ("struct btrfs_ioctl_dev_replace_args", _BT, (
        ("cmd", "u"), ("status", "union"))),
    "btrfs_replace_start": ("struct btrfs_ioctl_dev_replace_start_params", _BT, (
        ("srcdevid", "dev"),
        ("cont_reading_from_srcdev_mode", "xval:btrfs_cont_reading_from_srcdev_mode:"
         "BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_???"),
        ("srcdev_name", "str"), ("tgtdev_name", "str"))),
    "btrfs_replace_status": ("struct btrfs_ioctl_dev_replace_status_params", _BT, (
        ("replace_state", "xval:btrfs_dev_replace_state:BTRFS_IOCTL_DEV_REPLACE_STATE_???"),
        ("progress_1000", "with:ioctl_btrfs.progress_1000"),
        ("time_started", "with:ioctl_btrfs.time_started"),
        ("time_stopped", "with:ioctl_btrfs.time_stopped"),
        ("num_write_errors", "u"), ("num_uncorrectable_read_errors", "u"))),
    "btrfs_features": ("struct btrfs_ioctl_feature_flags", _BT, (
        ("compat_flags", "flags:btrfs_features_compat:BTRFS_FEATURE_COMPAT_???"),
        ("compat_ro_flags", "flags:btrfs_features_compat_ro:BTRFS_FEATURE_COMPAT_RO_???"),
        ("incompat_flags", "flags:btrfs_features_incompat:BTRFS_FEATURE_INCOMPAT_???"))),
    "btrfs_fs_info": ("struct btrfs_ioctl_fs_info_args", _BT, (
        ("max_id", "u"), ("num_devices", "u"), ("fsid", "call:ioctl_btrfs.fsid"),
        ("nodesize", "u"), ("sectorsize", "u"), ("clone_alignment", "u"),
        ("csum_type", "with:ioctl_btrfs.csum_info"), ("csum_size", "union"),
        ("flags", "flags:btrfs_fs_info_flags:BTRFS_FS_INFO_FLAG_???"),
        ("generation", "with:ioctl_btrfs.generation"),
        ("metadata_uuid", "with:ioctl_btrfs.metadata_uuid"))),
    "btrfs_dev_stats": ("struct btrfs_ioctl_get_dev_stats", _BT, (
        ("devid", "u"), ("nr_items", "u"), ("flags", "u"), ("values", "array:u"))),
    "btrfs_ino_lookup": ("struct btrfs_ioctl_ino_lookup_args", _BT, (
        ("treeid", _OBJECTID), ("objectid", _OBJECTID), ("name", "str"))),
    "btrfs_ino_path": ("struct btrfs_ioctl_ino_path_args", _BT, (
        ("inum", "u"), ("size", "u"), ("fspath", "ptr"))),
    "btrfs_logical_ino": ("struct btrfs_ioctl_logical_ino_args", _BT, (
        ("logical", "u"), ("size", "u"), ("reserved", "nonzero:array:x"),
        ("flags", "flags:btrfs_logical_ino_args_flags:BTRFS_LOGICAL_INO_ARGS_???"),
        ("inodes", "ptr"))),
    "btrfs_data_container": ("struct btrfs_data_container", _BT, (
        ("bytes_left", "u"), ("bytes_missing", "u"), ("elem_cnt", "u"), ("elem_missed", "u"),
        ("val", "flex"))),
    "btrfs_qgroup_assign": ("struct btrfs_ioctl_qgroup_assign_args", _BT, (
        ("assign", "u"), ("src", "u"), ("dst", "u"))),
    "btrfs_qgroup_create": ("struct btrfs_ioctl_qgroup_create_args", _BT, (
        ("create", "u"), ("qgroupid", "u"))),
    "btrfs_qgroup_limit_args": ("struct btrfs_ioctl_qgroup_limit_args", _BT, (
        ("qgroupid", "u"), ("lim", "struct:btrfs_qgroup_limit"))),
    "btrfs_quota_ctl": ("struct btrfs_ioctl_quota_ctl_args", _BT, (
        ("cmd", "xval:btrfs_qgroup_ctl_cmds:BTRFS_QUOTA_CTL_???"),)),
    "btrfs_quota_rescan": ("struct btrfs_ioctl_quota_rescan_args", _BT, (("flags", "u"),)),
    "btrfs_quota_rescan_status": ("struct btrfs_ioctl_quota_rescan_args", _BT, (
        ("flags", "u"), ("progress", _OBJECTID))),
    "btrfs_received_subvol_in": ("struct btrfs_ioctl_received_subvol_args", _BT, (
        ("uuid", "call:ioctl_btrfs.uuid"), ("stransid", "u"),
        ("stime", "call:ioctl_btrfs.stime"), ("flags", "u"))),
    "btrfs_received_subvol": ("struct btrfs_ioctl_received_subvol_args", _BT, (
        ("rtransid", "u"), ("rtime", "call:ioctl_btrfs.rtime"))),
    "btrfs_scrub_in": ("struct btrfs_ioctl_scrub_args", _BT, (
        ("devid", "dev"), ("start", "u"), ("end", _U64),
        ("flags", "flags:btrfs_scrub_flags:BTRFS_SCRUB_???"))),
    "btrfs_scrub_progress_in": ("struct btrfs_ioctl_scrub_args", _BT, (("devid", "dev"),)),
    "btrfs_scrub": ("struct btrfs_ioctl_scrub_args", _BT, (
        ("progress", "struct:btrfs_scrub_progress"),)),
    "btrfs_scrub_progress": ("struct btrfs_scrub_progress", _BT, tuple(
        (f, "u") for f in (
            "data_extents_scrubbed tree_extents_scrubbed data_bytes_scrubbed "
            "tree_bytes_scrubbed read_errors csum_errors verify_errors no_csum "
            "csum_discards super_errors malloc_errors uncorrectable_errors "
            "corrected_errors last_physical unverified_errors").split())),
    "btrfs_search_key": ("struct btrfs_ioctl_search_key", _BT, (
        ("tree_id", _OBJECTID), ("min_objectid", _OBJECTID), ("max_objectid", _OBJECTID),
        ("min_offset", _U64), ("max_offset", _U64), ("min_transid", _U64),
        ("max_transid", _U64), ("min_type", "ioctl_btrfs.key_type"),
        ("max_type", "ioctl_btrfs.key_type"), ("nr_items", "u"))),
    "btrfs_search_header": ("struct btrfs_ioctl_search_header", _BT, (
        ("transid", "u"), ("objectid", _OBJECTID), ("offset", "u"),
        ("type", "ioctl_btrfs.key_type"), ("len", "u"))),
    "btrfs_search_args": ("struct btrfs_ioctl_search_args", _BT, (
        ("key", "union"), ("buf", "bytes"))),
    "btrfs_search_args_v2": ("struct btrfs_ioctl_search_args_v2", _BT, (
        ("key", "union"), ("buf_size", "u"), ("buf", "flex"))),
    "btrfs_send": ("struct btrfs_ioctl_send_args", _BT, (
        ("send_fd", "fd"), ("clone_sources_count", "u"), ("clone_sources", "u"),
        ("parent_root", _OBJECTID),
        ("flags", "flags:btrfs_send_flags:BTRFS_SEND_FLAGS_???"))),
    "btrfs_space_args": ("struct btrfs_ioctl_space_args", _BT, (
        ("space_slots", "u"), ("total_spaces", "u"), ("spaces", "flex"))),
    "btrfs_space_info": ("struct btrfs_ioctl_space_info", _BT, (
        ("flags", "flags:btrfs_space_info_flags:BTRFS_SPACE_INFO_???"),
        ("total_bytes", "u"), ("used_bytes", "u"))),
    "file_dedupe_range": ("struct file_dedupe_range", "linux/fs.h", (
        ("src_offset", "u"), ("src_length", "u"), ("dest_count", "u"), ("info", "flex"))),
    "file_dedupe_range_info_in": ("struct file_dedupe_range_info", "linux/fs.h", (
        ("dest_fd", "fd"), ("dest_offset", "u"))),
    "file_dedupe_range_info": ("struct file_dedupe_range_info", "linux/fs.h", (
        ("bytes_deduped", "u"), ("status", "d"))),
})
SWITCHES["btrfs_replace_in"] = {
    "BTRFS_IOCTL_DEV_REPLACE_CMD_START": ("start", "btrfs_replace_start")}

# video4linux (decode/ioctl_v4l2.py prints the requests)
_V4 = "linux/videodev2.h"
_BUF_TYPE = "xval:v4l2_buf_types:V4L2_BUF_TYPE_???"
_FIELD = "xval:v4l2_fields:V4L2_FIELD_???"
_COLORSPACE = "xval:v4l2_colorspaces:V4L2_COLORSPACE_???"
_CAPS = "flags:v4l2_device_capabilities_flags:V4L2_CAP_???"
STRUCTS.update({
    "v4l2_rect": ("struct v4l2_rect", _V4, (
        ("left", "d"), ("top", "d"), ("width", "u"), ("height", "u"))),
    "v4l2_capability": ("struct v4l2_capability", _V4, (
        ("driver", "str"), ("card", "str"), ("bus_info", "str"),
        ("version", "bpf.kernel_version"), ("capabilities", _CAPS),
        ("device_caps", "when:device_caps:" + _CAPS))),
    "v4l2_fmtdesc_in": ("struct v4l2_fmtdesc", _V4, (("index", "u"), ("type", _BUF_TYPE))),
    "v4l2_fmtdesc_out": ("struct v4l2_fmtdesc", _V4, (
        ("flags", "flags:v4l2_format_description_flags:V4L2_FMT_FLAG_???"),
        ("description", "str"), ("pixelformat", "ioctl_v4l2.pix_fmt"))),
    "v4l2_format": ("struct v4l2_format", _V4, (("type", "u"), ("fmt", "union"))),
    "v4l2_pix_format": ("struct v4l2_pix_format", _V4, (
        ("width", "u"), ("height", "u"), ("pixelformat", "ioctl_v4l2.pix_fmt"),
        ("field", _FIELD), ("bytesperline", "u"), ("sizeimage", "u"),
        ("colorspace", _COLORSPACE))),
    "v4l2_plane_pix_format": ("struct v4l2_plane_pix_format", _V4, (
        ("sizeimage", "u"), ("bytesperline", "u"))),
    "v4l2_pix_format_mplane": ("struct v4l2_pix_format_mplane", _V4, (
        ("width", "u"), ("height", "u"), ("pixelformat", "ioctl_v4l2.pix_fmt"),
        ("field", _FIELD), ("colorspace", _COLORSPACE),
        ("plane_fmt", "upto:num_planes:struct:v4l2_plane_pix_format"),
        ("num_planes", "u"))),
    "v4l2_clip": ("struct v4l2_clip", _V4, (("c", "struct:v4l2_rect"),)),
    "v4l2_window": ("struct v4l2_window", _V4, (
        ("w", "struct:v4l2_rect"), ("field", _FIELD), ("chromakey", "x"),
        ("clips", "with:ioctl_v4l2.clips"), ("clipcount", "u"), ("bitmap", "ptr"),
        ("global_alpha", "when:global_alpha:x"))),
    "v4l2_vbi_format": ("struct v4l2_vbi_format", _V4, (
        ("sampling_rate", "u"), ("offset", "u"), ("samples_per_line", "u"),
        ("sample_format", "ioctl_v4l2.pix_fmt"), ("start", "array:d"), ("count", "array:u"),
        ("flags", "flags:v4l2_vbi_flags:V4L2_VBI_???"))),
    "v4l2_sliced_vbi_format": ("struct v4l2_sliced_vbi_format", _V4, (
        ("service_set", "flags:v4l2_sliced_flags:V4L2_SLICED_???"),
        ("service_lines", "call:ioctl_v4l2.service_lines"), ("io_size", "u"))),
    "v4l2_sdr_format": ("struct v4l2_sdr_format", _V4, (
        ("pixelformat", "ioctl_v4l2.sdr_fmt"), ("buffersize", "when:buffersize:u"))),
    "v4l2_meta_format": ("struct v4l2_meta_format", _V4, (
        ("dataformat", "ioctl_v4l2.meta_fmt"), ("buffersize", "u"))),
    "v4l2_requestbuffers": ("struct v4l2_requestbuffers", _V4, (
        ("type", _BUF_TYPE), ("memory", "xval:v4l2_memories:V4L2_MEMORY_???"),
        ("count", "u"))),
    "v4l2_buffer": ("struct v4l2_buffer", _V4, (
        ("index", "u"), ("type", "u"), ("bytesused", "u"), ("flags", "u"),
        ("timestamp.tv_sec", "d"), ("timestamp.tv_usec", "d"), ("memory", "u"),
        ("m.offset", "u"), ("m.userptr", "u"), ("length", "u"))),
    "v4l2_framebuffer": ("struct v4l2_framebuffer", _V4, (
        ("capability", "x"), ("flags", "x"), ("base", "ptr"))),
    "v4l2_captureparm": ("struct v4l2_captureparm", _V4, (
        ("capability", "flags:v4l2_streaming_capabilities:V4L2_CAP_???"),
        ("capturemode", "flags:v4l2_capture_modes:V4L2_MODE_???"),
        ("timeperframe", "call:ioctl_v4l2.timeperframe"), ("extendedmode", "x"),
        ("readbuffers", "u"))),
    "v4l2_outputparm": ("struct v4l2_outputparm", _V4, (
        ("capability", "flags:v4l2_streaming_capabilities:V4L2_CAP_???"),
        ("outputmode", "flags:v4l2_capture_modes:V4L2_MODE_???"),
        ("timeperframe", "call:ioctl_v4l2.timeperframe"), ("extendedmode", "x"),
        ("writebuffers", "u"))),
    "v4l2_streamparm": ("struct v4l2_streamparm", _V4, (("type", "u"), ("parm", "union"))),
    "v4l2_standard_index": ("struct v4l2_standard", _V4, (("index", "u"),)),
    "v4l2_input_index": ("struct v4l2_input", _V4, (("index", "u"),)),
    "v4l2_standard_out": ("struct v4l2_standard", _V4, (
        ("name", "str"), ("frameperiod", "call:ioctl_v4l2.frameperiod"),
        ("framelines", "u"))),
    "v4l2_input_out": ("struct v4l2_input", _V4, (
        ("name", "str"), ("type", "xval:v4l2_input_types:V4L2_INPUT_TYPE_???"))),
    "v4l2_control": ("struct v4l2_control", _V4, (("id", "u"), ("value", "d"))),
    "v4l2_control_id": ("struct v4l2_queryctrl", _V4, (("id", "u"),)),
    "v4l2_ext_control_id": ("struct v4l2_query_ext_ctrl", _V4, (("id", "u"),)),
    "v4l2_tuner_index": ("struct v4l2_tuner", _V4, (("index", "u"),)),
    "v4l2_tuner": ("struct v4l2_tuner", _V4, (
        ("name", "str"), ("type", "xval:v4l2_tuner_types:V4L2_TUNER_???"),
        ("capability", "flags:v4l2_tuner_capabilities:V4L2_TUNER_CAP_???"),
        ("rangelow", "u"), ("rangehigh", "u"),
        ("rxsubchans", "flags:v4l2_tuner_rxsubchanses:V4L2_TUNER_SUB_???"),
        ("audmode", "xval:v4l2_tuner_audmodes:V4L2_TUNER_MODE_???"), ("signal", "d"),
        ("afc", "d"))),
    "v4l2_queryctrl": ("struct v4l2_queryctrl", _V4, (
        ("type", "xval:v4l2_control_types:V4L2_CTRL_TYPE_???"), ("name", "str"),
        ("...", ""), ("minimum", "d"), ("maximum", "d"), ("step", "d"),
        ("default_value", "d"), ("flags", "flags:v4l2_control_flags:V4L2_CTRL_FLAG_???"),
        ("reserved", "with:ioctl_v4l2.queryctrl_reserved"))),
    "v4l2_query_ext_ctrl": ("struct v4l2_query_ext_ctrl", _V4, (
        ("type", "xval:v4l2_control_types:V4L2_CTRL_TYPE_???"), ("name", "str"),
        ("...", ""), ("minimum", "d"), ("maximum", "d"), ("step", "u"),
        ("default_value", "d"), ("flags", "flags:v4l2_control_flags:V4L2_CTRL_FLAG_???"),
        ("elem_size", "u"), ("elems", "u"), ("nr_of_dims", "u"),
        ("dims", "upto:nr_of_dims:u"), ("reserved", "with:ioctl_v4l2.ext_ctrl_reserved"))),
    "v4l2_type": ("struct v4l2_cropcap", _V4, (("type", "u"),)),
    "v4l2_cropcap_out": ("struct v4l2_cropcap", _V4, (
        ("bounds", "struct:v4l2_rect"), ("defrect", "struct:v4l2_rect"),
        ("pixelaspect", "call:ioctl_v4l2.pixelaspect"))),
    "v4l2_crop_c": ("struct v4l2_crop", _V4, (("type", "u"),)),
    "v4l2_crop_rect": ("struct v4l2_crop", _V4, (("c", "struct:v4l2_rect"),)),
    "v4l2_ext_controls": ("struct v4l2_ext_controls", _V4, (
        ("ctrl_class", "u"), ("count", "u"), ("error_idx", "u"), ("controls", "u"))),
    "v4l2_ext_control": ("struct v4l2_ext_control", _V4, (
        ("id", "u"), ("size", "u"), ("value", "d"), ("value64", "d"), ("string", "u"))),
    "v4l2_frmsizeenum": ("struct v4l2_frmsizeenum", _V4, (
        ("index", "u"), ("pixel_format", "u"), ("type", "u"), ("discrete", "union"),
        ("stepwise", "union"))),
    "v4l2_frmsize_discrete": ("struct v4l2_frmsize_discrete", _V4, (
        ("width", "u"), ("height", "u"))),
    "v4l2_frmsize_stepwise": ("struct v4l2_frmsize_stepwise", _V4, (
        ("min_width", "u"), ("max_width", "u"), ("step_width", "u"), ("min_height", "u"),
        ("max_height", "u"), ("step_height", "u"))),
    "v4l2_frmivalenum": ("struct v4l2_frmivalenum", _V4, (
        ("index", "u"), ("pixel_format", "u"), ("width", "u"), ("height", "u"),
        ("type", "u"), ("discrete", "union"), ("stepwise", "union"))),
    "v4l2_frmival_stepwise": ("struct v4l2_frmival_stepwise", _V4, (
        ("min", "call:ioctl_v4l2.fract_min"), ("max", "call:ioctl_v4l2.fract_max"),
        ("step", "call:ioctl_v4l2.fract_step"))),
    "v4l2_create_buffers": ("struct v4l2_create_buffers", _V4, (
        ("index", "u"), ("count", "u"), ("memory", "u"), ("format", "union"))),
})

# struct ifreq: the name, then the member the request reads or writes
IFREQ_MEMBERS = {
    "flags": ("ifr_flags", "flags:iffflags:IFF_???"), "ifindex": ("ifr_ifindex", "d"),
    "metric": ("ifr_metric", "d"), "mtu": ("ifr_mtu", "d"), "qlen": ("ifr_qlen", "d"),
    "slave": ("ifr_slave", "str"), "newname": ("ifr_newname", "str"),
    "addr": ("ifr_addr", "sockaddr"), "dstaddr": ("ifr_dstaddr", "sockaddr"),
    "broadaddr": ("ifr_broadaddr", "sockaddr"), "netmask": ("ifr_netmask", "sockaddr"),
    "map": ("ifr_map", "struct:ifmap"), "hwaddr": ("ifr_hwaddr", "call:ifreq.hw_sockaddr"),
    "bridge_port": ("ifr_ifindex", "inet.ifindex"),
}
STRUCTS["ifmap"] = ("struct ifmap", "net/if.h", (
    ("mem_start", "x"), ("mem_end", "x"), ("base_addr", "x"), ("irq", "x"), ("dma", "x"),
    ("port", "x")))
for _member, _field in IFREQ_MEMBERS.items():
    STRUCTS["ifreq_" + _member] = ("struct ifreq", "net/if.h", (_field,))
    STRUCTS["ifreq_name_" + _member] = ("struct ifreq", "net/if.h", (("ifr_name", "str"), _field))
STRUCTS["ifconf"] = ("struct ifconf", "net/if.h", (("ifc_len", "d"), ("ifc_buf", "ptr")))
STRUCTS["ifreq_name"] = ("struct ifreq", "net/if.h", (("ifr_name", "str"),))
STRUCTS["ifreq_index_name"] = ("struct ifreq", "net/if.h", (("ifr_ifindex", "d"),))
STRUCTS["ifreq_out_name"] = ("struct ifreq", "net/if.h", (("ifr_name", "str"),))
