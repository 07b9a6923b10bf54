"""How the bpf syscall's attributes print, as strace 6.1 prints them: per command, the
fields of union bpf_attr in print order.  Pure data: tools/gen_structs.py measures the
fields in the machine's linux/bpf.h (abi/_structs.py), decode/bpf.py prints from both.

A field is (C member, kind) or (C member, kind, options).  A member with dots
(info.bpf_fd) prints inside its group: {info={bpf_fd=3, ...}}.
Kinds: those of decode/struct_views.py for numbers (u, x, fd, tgid, ptr, dev,
xval:TABLE:DFLT, MODULE.FUNCTION: bpf.uid, bpf.numa_node, bpf.kernel_version,
bpf.boottime, inet.ifindex), flags:TABLE:DFLT (0 by its name where the table has one),
str (a char array, no further than the attributes go), bytes (a byte array in hex),
bitfield:MEMBER (bit 0 of the word after
MEMBER: a C bit field has no address), string (a string), strsz:SIZE (a string of at most
SIZE bytes: a number or a member), strn:SIZE (SIZE bytes as a string), path,
jited:SIZE (SIZE bytes in hex), insns:COUNT (COUNT eBPF instructions; the address
without -v), xinsns:SIZE (the instructions of SIZE bytes), u32s:COUNT, xs:COUNT,
strs:COUNT, iter_info:COUNT (arrays of COUNT elements), objinfo (BPF_OBJ_GET_INFO_BY_FD's
struct bpf_map_info / bpf_prog_info), variant:MEMBER:TABLE (the union member VARIANTS
gives for the name of MEMBER's value).
Conditions before a kind: nonzero:KIND (only when not 0), if:MEMBER:TABLE:FLAG:KIND
(only when MEMBER has FLAG set).  A count ending in ":min" is the smaller of its
values at entry and at exit.
Options: new (a field later kernels added: printing stops before it when the
attributes end there), inout (printed at entry, " => new value" at exit when changed),
exit (printed at exit; with named, its name already at entry), was (printed at
exit, "entry value => exit value" when changed),
count (printed at entry; when changed, " => {GROUP={count=N}}" after them at exit),
hidden (measured, not printed: where the structure strace knows ends).
"""

ELEM = (("map_fd", "fd"), ("key", "ptr"))
GET_ID = (("next_id", "u", "inout"),
          ("open_flags", "flags:bpf_file_mode_flags:BPF_F_???", "new exit"))
FD_BY_ID = (("next_id", "u"), ("open_flags", "flags:bpf_file_mode_flags:BPF_F_???", "new"))
OBJ = (("pathname", "path"), ("bpf_fd", "fd"),
       ("file_flags", "flags:bpf_file_mode_flags:BPF_F_???", "new"))
BATCH_TAIL = (("batch.count", "u", "count"), ("batch.map_fd", "fd"),
              ("batch.elem_flags", "flags:bpf_map_lookup_elem_flags:BPF_???"),
              ("batch.flags", "x"))
LOOKUP_BATCH = (("batch.in_batch", "ptr"), ("batch.out_batch", "ptr"), ("batch.keys", "ptr"),
                ("batch.values", "ptr")) + BATCH_TAIL

COMMANDS = {
    "BPF_MAP_CREATE": (
        ("map_type", "xval:bpf_map_types:BPF_MAP_TYPE_???"), ("key_size", "u"),
        ("value_size", "u"), ("max_entries", "u"),
        ("map_flags", "flags:bpf_map_flags:BPF_F_???", "new"),
        ("inner_map_fd", "fd", "new"),
        ("numa_node", "if:map_flags:bpf_map_flags:BPF_F_NUMA_NODE:bpf.numa_node", "new"),
        ("map_name", "str", "new"), ("map_ifindex", "inet.ifindex", "new"),
        ("btf_fd", "fd", "new"), ("btf_key_type_id", "u"), ("btf_value_type_id", "u"),
        ("btf_vmlinux_value_type_id", "u", "new"), ("map_extra", "u", "new")),
    "BPF_MAP_LOOKUP_ELEM": ELEM + (
        ("value", "ptr"), ("flags", "flags:bpf_map_lookup_elem_flags:BPF_???", "new")),
    "BPF_MAP_UPDATE_ELEM": ELEM + (
        ("value", "ptr"), ("flags", "xval:bpf_map_update_elem_flags:BPF_???")),
    "BPF_MAP_DELETE_ELEM": ELEM,
    "BPF_MAP_GET_NEXT_KEY": ELEM + (("next_key", "ptr"),),
    "BPF_MAP_FREEZE": (("map_fd", "fd"),),
    "BPF_PROG_LOAD": (
        ("prog_type", "xval:bpf_prog_types:BPF_PROG_TYPE_???"), ("insn_cnt", "u"),
        ("insns", "insns:insn_cnt"), ("license", "string"),
        ("log_level", "u", "new"), ("log_size", "u"), ("log_buf", "strsz:log_size"),
        ("kern_version", "bpf.kernel_version", "new"),
        ("prog_flags", "flags:bpf_prog_flags:BPF_F_???", "new"),
        ("prog_name", "str", "new"), ("prog_ifindex", "inet.ifindex", "new"),
        ("expected_attach_type", "xval:bpf_attach_type:BPF_???", "new"),
        ("prog_btf_fd", "fd", "new"), ("func_info_rec_size", "u"), ("func_info", "ptr"),
        ("func_info_cnt", "u"), ("line_info_rec_size", "u"), ("line_info", "ptr"),
        ("line_info_cnt", "u"), ("attach_btf_id", "u", "new"),
        ("attach_prog_fd", "fd", "new"), ("fd_array", "ptr", "new")),
    "BPF_OBJ_PIN": OBJ,
    "BPF_OBJ_GET": OBJ,
    "BPF_PROG_ATTACH": (
        ("target_fd", "fd"), ("attach_bpf_fd", "fd"),
        ("attach_type", "xval:bpf_attach_type:BPF_???"),
        ("attach_flags", "flags:bpf_attach_flags:BPF_F_???"),
        ("replace_bpf_fd", "fd", "new")),
    "BPF_PROG_DETACH": (("target_fd", "fd"), ("attach_type", "xval:bpf_attach_type:BPF_???")),
    "BPF_PROG_TEST_RUN": (
        ("test.prog_fd", "fd"), ("test.retval", "u"), ("test.data_size_in", "u"),
        ("test.data_size_out", "u"), ("test.data_in", "ptr"), ("test.data_out", "ptr"),
        ("test.repeat", "u"), ("test.duration", "u"),
        ("test.ctx_size_in", "u", "new"), ("test.ctx_size_out", "u"), ("test.ctx_in", "ptr"),
        ("test.ctx_out", "ptr"),
        ("test.flags", "flags:bpf_test_run_flags:BPF_F_???", "new"), ("test.cpu", "u"),
        ("test.batch_size", "u", "new")),
    "BPF_PROG_GET_NEXT_ID": (("start_id", "u"),) + GET_ID,
    "BPF_MAP_GET_NEXT_ID": (("start_id", "u"),) + GET_ID,
    "BPF_BTF_GET_NEXT_ID": (("start_id", "u"),) + GET_ID,
    "BPF_LINK_GET_NEXT_ID": (("start_id", "u"),) + GET_ID,
    "BPF_PROG_GET_FD_BY_ID": (("prog_id", "u"),) + FD_BY_ID,
    "BPF_MAP_GET_FD_BY_ID": (("map_id", "u"),) + FD_BY_ID,
    "BPF_OBJ_GET_INFO_BY_FD": (
        ("info.bpf_fd", "fd"), ("info.info_len", "u", "inout"),
        ("info.info", "objinfo", "exit")),
    "BPF_PROG_QUERY": (
        ("query.target_fd", "fd"), ("query.attach_type", "xval:bpf_attach_type:BPF_???"),
        ("query.query_flags", "flags:bpf_query_flags:BPF_F_QUERY_???"),
        ("query.attach_flags", "flags:bpf_attach_flags:BPF_F_???"),
        ("query.prog_ids", "u32s:query.prog_cnt", "exit named"),
        ("query.prog_cnt", "u", "was")),
    "BPF_RAW_TRACEPOINT_OPEN": (
        ("raw_tracepoint.name", "strsz:128"), ("raw_tracepoint.prog_fd", "fd")),
    "BPF_BTF_LOAD": (
        ("btf", "strn:btf_size"), ("btf_log_buf", "ptr"), ("btf_size", "u"),
        ("btf_log_size", "u"), ("btf_log_level", "u")),
    "BPF_BTF_GET_FD_BY_ID": (("btf_id", "u"),),
    "BPF_TASK_FD_QUERY": (
        ("task_fd_query.pid", "tgid"), ("task_fd_query.fd", "fd"),
        ("task_fd_query.flags", "u"), ("task_fd_query.buf_len", "u", "inout"),
        ("task_fd_query.buf", "strsz:task_fd_query.buf_len:min", "exit"),
        ("task_fd_query.prog_id", "u", "exit"),
        ("task_fd_query.fd_type", "xval:bpf_task_fd_type:BPF_FD_TYPE_???", "exit"),
        ("task_fd_query.probe_offset", "x", "exit"),
        ("task_fd_query.probe_addr", "x", "exit")),
    "BPF_MAP_LOOKUP_AND_DELETE_ELEM": ELEM + (
        ("value", "ptr"), ("flags", "flags:bpf_map_lookup_elem_flags:BPF_???", "new")),
    "BPF_MAP_LOOKUP_BATCH": LOOKUP_BATCH,
    "BPF_MAP_LOOKUP_AND_DELETE_BATCH": LOOKUP_BATCH,
    "BPF_MAP_UPDATE_BATCH": (("batch.keys", "ptr"), ("batch.values", "ptr")) + BATCH_TAIL,
    "BPF_MAP_DELETE_BATCH": (("batch.keys", "ptr"),) + BATCH_TAIL,
    "BPF_LINK_CREATE": (
        ("link_create.prog_fd", "fd"), ("link_create.target_fd", "fd"),
        ("link_create.attach_type", "xval:bpf_attach_type:BPF_???"),
        ("link_create.flags", "x"),
        ("link_create.target_btf_id", "variant:link_create.attach_type:bpf_attach_type",
         "new")),
    "BPF_LINK_UPDATE": (
        ("link_update.link_fd", "fd"), ("link_update.new_prog_fd", "fd"),
        ("link_update.flags", "flags:bpf_attach_flags:BPF_F_???"),
        ("link_update.old_prog_fd",
         "if:link_update.flags:bpf_attach_flags:BPF_F_REPLACE:fd")),
    "BPF_LINK_GET_FD_BY_ID": (("link_id", "u"),),
}

# BPF_LINK_CREATE's union, by the name of the attach type (the kernel's own choice
# depends on the program's type, which the call does not show)
VARIANTS = {
    "BPF_CGROUP_INET_INGRESS": (("link_create.target_btf_id", "nonzero:u"),),
    "BPF_TRACE_ITER": (("link_create.iter_info", "iter_info:link_create.iter_info_len"),
                       ("link_create.iter_info_len", "u")),
    "BPF_PERF_EVENT": (("link_create.perf_event.bpf_cookie", "x"),),
    "BPF_TRACE_KPROBE_MULTI": (
        ("link_create.kprobe_multi.flags",
         "flags:bpf_link_create_kprobe_multi_flags:BPF_F_???"),
        ("link_create.kprobe_multi.cnt", "u"),
        ("link_create.kprobe_multi.syms", "strs:link_create.kprobe_multi.cnt"),
        ("link_create.kprobe_multi.addrs", "xs:link_create.kprobe_multi.cnt"),
        ("link_create.kprobe_multi.cookies", "xs:link_create.kprobe_multi.cnt")),
}

# what BPF_OBJ_GET_INFO_BY_FD fills in, by the kind of object the descriptor is
INFO = {
    "anon_inode:bpf-map": ("bpf_map_info", (
        ("type", "xval:bpf_map_types:BPF_MAP_TYPE_???"), ("id", "u"), ("key_size", "u"),
        ("value_size", "u"), ("max_entries", "u"),
        ("map_flags", "flags:bpf_map_flags:BPF_F_???"),
        ("name", "str", "new"), ("ifindex", "inet.ifindex", "new"),
        ("btf_vmlinux_value_type_id", "u"), ("netns_dev", "dev"), ("netns_ino", "u"),
        ("btf_id", "u", "new"), ("btf_key_type_id", "u"), ("btf_value_type_id", "u"),
        ("map_extra", "u", "hidden"))),
    "anon_inode:bpf-prog": ("bpf_prog_info", (
        ("type", "xval:bpf_prog_types:BPF_PROG_TYPE_???"), ("id", "u"), ("tag", "bytes"),
        ("jited_prog_len", "u", "was"), ("jited_prog_insns", "jited:jited_prog_len"),
        ("xlated_prog_len", "u", "was"),
        ("xlated_prog_insns", "xinsns:xlated_prog_len:min"),
        ("load_time", "bpf.boottime", "new"), ("created_by_uid", "bpf.uid"),
        ("nr_map_ids", "u", "was"), ("map_ids", "u32s:nr_map_ids:min"), ("name", "str"),
        ("ifindex", "inet.ifindex", "new"), ("gpl_compatible", "bitfield:ifindex"),
        ("netns_dev", "dev"), ("netns_ino", "u"),
        ("nr_jited_ksyms", "u", "new was"), ("nr_jited_func_lens", "u", "was"),
        ("jited_ksyms", "ptr", "was"), ("jited_func_lens", "ptr", "was"),
        ("btf_id", "u", "new"), ("func_info_rec_size", "u", "was"), ("func_info", "ptr"),
        ("nr_func_info", "u", "was"), ("nr_line_info", "u", "was"), ("line_info", "ptr"),
        ("jited_line_info", "ptr", "was"), ("nr_jited_line_info", "u", "was"),
        ("line_info_rec_size", "u", "was"), ("jited_line_info_rec_size", "u", "was"),
        ("nr_prog_tags", "u", "was"), ("prog_tags", "ptr"),
        ("run_time_ns", "u", "new"), ("run_cnt", "u"),
        ("recursion_misses", "u", "new"), ("verified_insns", "u", "new"))),
}


def _measured(fields) -> tuple:
    """The fields the compiler can place (a bit field has no offset)."""
    return tuple(f[:2] for f in fields if not f[1].startswith("bitfield:"))


# the layouts to measure, in struct_views' shape: name -> (C type, header, fields)
STRUCTS = {"bpf_attr:" + cmd: ("union bpf_attr", "linux/bpf.h", _measured(fields))
           for cmd, fields in COMMANDS.items()}
STRUCTS["bpf_attr:BPF_LINK_CREATE"] = ("union bpf_attr", "linux/bpf.h", _measured(
    COMMANDS["BPF_LINK_CREATE"] + sum(VARIANTS.values(), ())))
STRUCTS.update((name, ("struct " + name, "linux/bpf.h", _measured(fields)))
               for name, fields in INFO.values())
