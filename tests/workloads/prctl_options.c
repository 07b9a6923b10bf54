/* prctl options with arguments of their own, arch_prctl codes and personality, each
 * called the way a program calls it and with arguments no kernel accepts.  Nothing here
 * changes what the rest of the process can do: options that would (seccomp, securebits,
 * no_new_privs) are given arguments the kernel refuses, or the value already in force. */
#include <stdint.h>
#include <stdio.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/prctl.h>
#include <linux/seccomp.h>
#include <asm/prctl.h>

static long pr(long option, unsigned long a2, unsigned long a3, unsigned long a4,
               unsigned long a5)
{
	return syscall(SYS_prctl, option, a2, a3, a4, a5);
}

int main(void)
{
	static char name[16] = "task-name-test";
	static int value;
	static uint64_t cookie, features;
	static unsigned long addr;
	const unsigned long bad = 0xdeadbeef00000000UL;

	/* options whose value comes back in the return value or through arg2 */
	pr(PR_GET_DUMPABLE, 0, 0, 0, 0);
	pr(PR_GET_SECUREBITS, 0, 0, 0, 0);
	pr(PR_GET_FP_MODE, 0, 0, 0, 0);
	pr(PR_SVE_GET_VL, 0, 0, 0, 0);
	pr(PR_SME_GET_VL, 0, 0, 0, 0);
	pr(PR_MCE_KILL_GET, 0, 0, 0, 0);
	pr(PR_PAC_GET_ENABLED_KEYS, 0, 0, 0, 0);
	pr(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, 7, 0, 0, 0);
	pr(PR_GET_PDEATHSIG, (unsigned long) &value, 0, 0, 0);
	pr(PR_GET_TSC, (unsigned long) &value, 0, 0, 0);
	pr(PR_GET_UNALIGN, (unsigned long) &value, 0, 0, 0);
	pr(PR_GET_CHILD_SUBREAPER, (unsigned long) &value, 0, 0, 0);
	pr(PR_GET_CHILD_SUBREAPER, 0, 0, 0, 0);
	pr(PR_GET_TID_ADDRESS, (unsigned long) &addr, 0, 0, 0);
	pr(PR_GET_NAME, (unsigned long) name, 0, 0, 0);
	pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	pr(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	pr(PR_GET_IO_FLUSHER, 0, 0, 0, 0);

	/* options with arguments of their own, refused or harmless */
	pr(PR_SET_SECUREBITS, bad | 0x1ff, 0, 0, 0);
	pr(PR_SET_SECUREBITS, bad, 0, 0, 0);
	pr(PR_SET_FP_MODE, PR_FP_MODE_FR | PR_FP_MODE_FRE | 8, 0, 0, 0);
	pr(PR_SVE_SET_VL, PR_SVE_VL_INHERIT | PR_SVE_SET_VL_ONEXEC | 0x40, 0, 0, 0);
	pr(PR_SVE_SET_VL, 0x10000, 0, 0, 0);
	pr(PR_SME_SET_VL, PR_SME_VL_INHERIT | 0x20, 0, 0, 0);
	pr(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0x5 << 3) | 0x80000,
	   1, 2, 3);
	pr(PR_SET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, PR_SPEC_DISABLE, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, 9, 0x20, 0, 0);
	pr(PR_PAC_RESET_KEYS, PR_PAC_APIAKEY | PR_PAC_APGAKEY | 0x100, 0, 0, 0);
	pr(PR_PAC_SET_ENABLED_KEYS, PR_PAC_APDAKEY, 0x40, 0, 0);
	pr(PR_SET_SYSCALL_USER_DISPATCH, 5, 1, 2, 0);
	pr(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, (unsigned long) &cookie);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_SHARE_TO, 0, 9, 0);
	pr(PR_SCHED_CORE, 17, 0, 2, (unsigned long) &cookie);
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 1, 4096, (unsigned long) name);
	pr(PR_SET_VMA, 3, 1, 2, 3);
	pr(PR_SET_MM, PR_SET_MM_BRK, 0, 0, 1);
	pr(PR_SET_MM, 99, 1, 2, 3);
	pr(PR_SET_PTRACER, 1, 0, 0, 0);
	pr(PR_SET_PTRACER, -1UL, 0, 0, 0);
	pr(PR_SET_PTRACER, 0, 0, 0, 0);
	pr(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0, 0, 0);
	pr(PR_SET_SECCOMP, 7, 1, 2, 3);
	pr(PR_SET_TSC, 9, 0, 0, 0);
	pr(PR_SET_UNALIGN, 12, 0, 0, 0);
	pr(PR_SET_IO_FLUSHER, 7, 1, 2, 3);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 1, 0, 0);
	pr(PR_CAPBSET_READ, 99, 0, 0, 0);
	pr(PR_SET_PDEATHSIG, 300, 0, 0, 0);
	pr(PR_SET_NAME, (unsigned long) name, 0, 0, 0);
	pr(0x7fff0000, 1, 2, 3, 4);

	/* arch_prctl: addresses stored, features in hex with their names */
	syscall(SYS_arch_prctl, ARCH_GET_FS, &addr);
	syscall(SYS_arch_prctl, ARCH_GET_GS, 0);
	syscall(SYS_arch_prctl, ARCH_GET_CPUID, 0);
	syscall(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP, &features);
	syscall(SYS_arch_prctl, ARCH_GET_XCOMP_PERM, 0);
	syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 1);
	syscall(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 30);
	syscall(SYS_arch_prctl, 0x3fff, 1);

	/* personality: asked, set to what it is, and a persona no kernel knows */
	unsigned int old = personality(0xffffffff);
	personality(0x1f | 0x10000);
	personality(old);
	return 0;
}
