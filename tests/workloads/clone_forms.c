/* clone and clone3 in the forms whose printing has rules of its own: a pidfd and a
 * parent tid stored by the kernel, bytes past struct clone_args (zero, not zero,
 * unreadable), sizes too small, set_tid arrays.  Each child exits at once. */
#define _GNU_SOURCE
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long clone3_call(void *args, size_t size)
{
	long pid = syscall(SYS_clone3, args, size);
	if (pid == 0)
		syscall(SYS_exit_group, 0);
	if (pid > 0)
		waitpid(pid, NULL, __WALL);
	return pid;
}

int main(void)
{
	static int pidfd = -1, ptid;
	static unsigned char buf[4096 * 2];
	long page = 4096;
	struct clone_args *args;

	/* a clone_args followed by more bytes, the last ones at the end of a page */
	unsigned char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(map + page, page);

	args = (struct clone_args *) buf;
	memset(buf, 0, sizeof(buf));
	args->flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
	args->pidfd = (uintptr_t) &pidfd;
	args->parent_tid = (uintptr_t) &ptid;
	args->exit_signal = SIGCHLD;
	clone3_call(args, sizeof(*args));
	close(pidfd);

	args->flags = 0;
	clone3_call(args, sizeof(*args) + 16);         /* zero tail */
	buf[sizeof(*args) + 3] = 0x7f;
	clone3_call(args, sizeof(*args) + 16);         /* a tail that is not zero */
	args->exit_signal = 0xfffffffff;
	clone3_call(args, 64);                          /* an impossible exit signal */
	args->exit_signal = SIGCHLD;

	struct clone_args *edge = (struct clone_args *) (map + page - sizeof(*args));
	memcpy(edge, args, sizeof(*args));
	clone3_call(edge, sizeof(*args) + 8);           /* a tail that cannot be read */
	clone3_call(args, 32);                          /* too small */
	clone3_call(NULL, 64);

	pid_t tids[2] = {0, 0};
	args->set_tid = (uintptr_t) tids;
	args->set_tid_size = 2;
	clone3_call(args, sizeof(*args));               /* refused: ids of other namespaces */
	args->set_tid_size = 40;
	clone3_call(args, sizeof(*args));
	args->set_tid = 0;
	args->set_tid_size = 0;

	/* clone: a pidfd stored through parent_tid, and plain forks */
	long pid = syscall(SYS_clone, CLONE_PIDFD | SIGCHLD, 0, &pidfd, 0, 0);
	if (pid == 0)
		syscall(SYS_exit_group, 0);
	waitpid(pid, NULL, 0);
	close(pidfd);
	pid = syscall(SYS_clone, CLONE_CHILD_SETTID | CLONE_SETTLS | SIGCHLD, 0, 0, 0, 0);
	if (pid == 0)
		syscall(SYS_exit_group, 0);
	if (pid > 0)
		waitpid(pid, NULL, 0);
	return 0;
}
