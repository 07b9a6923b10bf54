/* A multi-threaded program doing file I/O: THREADS threads, each writing, reading
 * back its own file N times (openat, write, lseek, read, fstat, close).  No O_TRUNC:
 * truncating a written file makes ext4 flush it, and the program would wait on the disk. */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define THREADS 4

static const char *dir;
static long rounds;

static void *work(void *arg)
{
    char path[4096], buf[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/thread-%ld", dir, (long)arg);
    memset(buf, 'a' + (int)(long)arg, sizeof buf);
    for (long i = 0; i < rounds; i++) {
        int fd = open(path, O_RDWR | O_CREAT, 0600);
        if (fd < 0)
            return NULL;
        if (write(fd, buf, sizeof buf) != sizeof buf)
            break;
        lseek(fd, 0, SEEK_SET);
        if (read(fd, buf, sizeof buf) != sizeof buf)
            break;
        fstat(fd, &st);
        close(fd);
    }
    unlink(path);
    return NULL;
}

int main(int argc, char **argv)
{
    pthread_t t[THREADS];
    dir = argc > 1 ? argv[1] : "/tmp";
    rounds = argc > 2 ? atol(argv[2]) : 1000;
    for (long i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    return 0;
}
