/* KVM requests up to a virtual CPU's registers (needs /dev/kvm; exits 77 without it):
   every line must read as strace prints it, with -y and with -v. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void)
{
    int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    if (kvm < 0)
        return 77;
    ioctl(kvm, KVM_GET_API_VERSION, 0);
    ioctl(kvm, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY);
    int vm = ioctl(kvm, KVM_CREATE_VM, 0);
    if (vm < 0)
        return 77;
    void *mem = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    struct kvm_userspace_memory_region region = {0, 0, 0x1000, 4096, (unsigned long) mem};
    ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region);
    int cpu = ioctl(vm, KVM_CREATE_VCPU, 0);
    struct kvm_cpuid2 *cpuid = calloc(1, sizeof(*cpuid) + 4 * sizeof(cpuid->entries[0]));
    cpuid->nent = 4;
    ioctl(kvm, KVM_GET_SUPPORTED_CPUID, cpuid);     /* too small: E2BIG */
    cpuid->nent = 0;
    ioctl(cpu, KVM_SET_CPUID2, cpuid);
    struct kvm_sregs sregs;
    ioctl(cpu, KVM_GET_SREGS, &sregs);
    struct kvm_regs regs;
    memset(&regs, 0, sizeof regs);
    regs.rip = 0x1000;
    regs.rflags = 2;
    ioctl(cpu, KVM_SET_REGS, &regs);
    ioctl(cpu, KVM_GET_REGS, &regs);
    /* a real-mode guest at 0x1000: out 0x3f8, 'A'; hlt.  KVM_RUN returns twice, for the
       port write, then for the halt (their exit reasons under -e kvm=vcpu) */
    sregs.cs.base = 0;
    sregs.cs.selector = 0;
    ioctl(cpu, KVM_SET_SREGS, &sregs);
    static const unsigned char code[] = {0xba, 0xf8, 0x03, 0xb0, 0x41, 0xee, 0xf4};
    memcpy(mem, code, sizeof code);
    int size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
    void *run = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, cpu, 0);
    if (run != MAP_FAILED) {
        ioctl(cpu, KVM_RUN, 0);
        ioctl(cpu, KVM_RUN, 0);
    }
    return 0;
}
