"""Two threads that each write a line; the main thread joins them."""
import os
import threading


def work(n):
    os.write(1, b"thread %d\n" % n)


ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
