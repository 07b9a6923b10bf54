/* A thread other than the leader calls execve while the leader waits in read(): the
 * kernel ends the leader and the thread takes over its pid. */
#include <pthread.h>
#include <time.h>
#include <unistd.h>

static void *work(void *arg)
{
    char *argv[] = {"/bin/echo", "exec by a thread", NULL};
    struct timespec pause = {0, 50 * 1000 * 1000};
    (void)arg;
    nanosleep(&pause, NULL);       /* the leader is in read() by then */
    execv(argv[0], argv);
    return NULL;
}

int main(void)
{
    pthread_t t;
    int p[2];
    char c;
    if (pipe(p) != 0 || pthread_create(&t, NULL, work, NULL) != 0)
        return 2;
    read(p[0], &c, 1);
    return 1;
}
