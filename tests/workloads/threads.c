/* Two threads that each write a line.  Every thread, the main one included, ends with
 * the bare exit syscall: no thread waits for another (a join's futex wait happens or not
 * depending on which thread runs first), so each thread's calls are the same on every
 * run, and the process ends when its last thread does. */
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *work(void *arg)
{
    char line[] = "thread 0\n";
    line[7] += (char)(long)arg;
    write(1, line, sizeof line - 1);
    syscall(SYS_exit, 0);
    return NULL;
}

int main(void)
{
    pthread_t t;
    for (long i = 0; i < 2; i++)
        pthread_create(&t, NULL, work, (void *)i);
    syscall(SYS_exit, 0);
    return 0;
}
