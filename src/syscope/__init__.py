"""syscope: a Linux system-call tracer with strace's command line and output."""
__version__ = "0.1.0"
