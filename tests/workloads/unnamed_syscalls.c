/* Syscalls the table has no name for: one in a hole of x86_64's numbering, two past its
 * end (one from a child); strace traces them whatever -e trace= says. */
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    syscall(400, 1, 2, 3, 4, 5, 6);
    syscall(500, 1);
    getpid();
    pid_t pid = fork();
    if (pid == 0) {
        syscall(501, 7);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    return 0;
}
