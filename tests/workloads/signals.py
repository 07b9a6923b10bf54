"""Signals: a handled SIGUSR1, an ignored SIGUSR2, then death by SIGTERM."""
import os
import signal

signal.signal(signal.SIGUSR1, lambda *a: None)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGTERM)
