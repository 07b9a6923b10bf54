"""What the modules on the tracing path need of `os`, without importing it: os brings
posixpath and collections.abc (26 classes), about a tenth of a short trace's start-up.
The system calls themselves are posix's (os re-exports them); this adds the few
helpers os writes in Python."""
import posix
import sys

DEVNULL = "/dev/null"


def fsencode(name) -> bytes:
    """os.fsencode: a str in the file system's encoding, bytes as they are."""
    name = posix.fspath(name)
    if isinstance(name, str):
        return name.encode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
    return name


def getenv(name: str, default=None):
    """os.environ.get: posix.environ is the bytes dict os.environ itself wraps (changes
    made through os.environ show here)."""
    value = posix.environ.get(fsencode(name))
    if value is None:
        return default
    return value.decode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
