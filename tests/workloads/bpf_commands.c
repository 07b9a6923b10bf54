/* bpf(2) commands as a program makes them: a map created, written and read back and a
 * program loaded (as root; else the kernel refuses them, alike under both tracers), then
 * attributes no kernel accepts: short ones, longer ones with bytes past what the
 * kernel knows, unknown commands and types, bad descriptors, a size beyond a page.
 * Nothing printed depends on the run (no object ids, no times). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/bpf.h>

static long sys_bpf(unsigned long cmd, void *attr, unsigned long size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

int main(void)
{
	static union bpf_attr a;
	static char big[sizeof(a) + 16];
	static char log[4096];
	static uint32_t key, ids[4];
	static uint64_t value = 42, next;
	struct bpf_insn prog[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = sizeof(key);
	a.value_size = sizeof(value);
	a.max_entries = 2;
	strcpy(a.map_name, "syscope_map");
	long map = sys_bpf(BPF_MAP_CREATE, &a, 72);

	memset(&a, 0, sizeof(a));
	a.map_fd = map;
	a.key = (uintptr_t) &key;
	a.value = (uintptr_t) &value;
	a.flags = BPF_EXIST;
	sys_bpf(BPF_MAP_UPDATE_ELEM, &a, 32);
	a.flags = 0;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, &a, 32);
	a.next_key = (uintptr_t) &next;
	sys_bpf(BPF_MAP_GET_NEXT_KEY, &a, 24);
	sys_bpf(BPF_MAP_DELETE_ELEM, &a, 16);      /* an array's elements stay: EINVAL */

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = (uintptr_t) prog;
	a.license = (uintptr_t) "GPL";
	a.log_level = 1;
	a.log_size = sizeof(log);
	a.log_buf = (uintptr_t) log;
	a.kern_version = 0x60100;
	strcpy(a.prog_name, "syscope_prog");
	long fd = sys_bpf(BPF_PROG_LOAD, &a, 128);
	if (fd >= 0)
		close(fd);

	/* short: only the fields of the first kernels */
	memset(&a, 0, sizeof(a));
	a.map_type = 0xbad;
	a.map_flags = BPF_F_NUMA_NODE | BPF_F_RDONLY | 0x80000000;
	a.numa_node = -1;
	sys_bpf(BPF_MAP_CREATE, &a, 16);
	sys_bpf(BPF_MAP_CREATE, &a, 30);
	/* bytes past what the kernel knows */
	memset(big, 0, sizeof(big));
	big[sizeof(big) - 3] = 7;
	sys_bpf(BPF_MAP_FREEZE, big, sizeof(big));
	/* no such command, no attributes, more than a page */
	sys_bpf(99, &a, 8);
	sys_bpf(BPF_MAP_CREATE, NULL, 72);
	sys_bpf(BPF_PROG_LOAD, &a, 8192);

	memset(&a, 0, sizeof(a));
	a.start_id = 0xffffffff;
	a.open_flags = BPF_F_RDONLY;
	sys_bpf(BPF_PROG_GET_NEXT_ID, &a, 12);
	sys_bpf(BPF_MAP_GET_FD_BY_ID, &a, 12);

	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = -1;
	a.info.info_len = 16;
	a.info.info = (uintptr_t) big;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);

	memset(&a, 0, sizeof(a));
	a.query.target_fd = -1;
	a.query.attach_type = BPF_CGROUP_INET_EGRESS;
	a.query.query_flags = BPF_F_QUERY_EFFECTIVE;
	a.query.prog_ids = (uintptr_t) ids;
	a.query.prog_cnt = 4;
	sys_bpf(BPF_PROG_QUERY, &a, 28);

	memset(&a, 0, sizeof(a));
	a.test.prog_fd = -1;
	a.test.repeat = 3;
	a.test.flags = BPF_F_TEST_RUN_ON_CPU;
	sys_bpf(BPF_PROG_TEST_RUN, &a, 76);

	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = -1;
	a.link_create.target_fd = -1;
	a.link_create.attach_type = BPF_PERF_EVENT;
	a.link_create.perf_event.bpf_cookie = 0xc00c1e;
	sys_bpf(BPF_LINK_CREATE, &a, 48);
	a.link_create.attach_type = BPF_CGROUP_INET_EGRESS;
	sys_bpf(BPF_LINK_CREATE, &a, 48);

	memset(&a, 0, sizeof(a));
	a.batch.map_fd = -1;
	a.batch.count = 2;
	a.batch.keys = (uintptr_t) ids;
	sys_bpf(BPF_MAP_DELETE_BATCH, &a, 56);

	memset(&a, 0, sizeof(a));
	a.pathname = (uintptr_t) "/nonexistent/pin";
	a.bpf_fd = -1;
	sys_bpf(BPF_OBJ_PIN, &a, 16);
	return 0;
}
