"""Start-up allocates much and frees almost nothing, so the cyclic garbage collector
only costs time there (a sixth of syscope's start): the command's entry pauses it,
and it resumes when the work begins (a trace's loop, a subcommand), with the start-up
objects frozen out of later collections.

Every module imported costs about 0.3M instructions of the import system's own work
(finding the file, checking its bytecode, building the module) before its code runs: the
modules every trace imports are loaded at once from their bytecode instead (preload).

The interpreter's tear-down at exit (every module and object freed one by one) costs as
much as a short trace's own work: once a trace has closed its outputs, the command's
entry leaves without it."""
import gc

_paused = False
_outputs_closed = False

# The modules every trace imports (`syscope -o /dev/null true`, beyond the command's entry
# and the compiled _ptrace), in the order their imports finish: a package after the
# modules its own code imports.  tests/test_launcher.py checks the list against a trace.
TRACE_MODULES = (
    "syscope.lean_os", "syscope.inherited", "syscope.errors", "syscope.abi._generated",
    "syscope.abi", "syscope.filters", "syscope.settings", "syscope.decode.fmt",
    "syscope.decode.core", "syscope.decode", "syscope.output",
    "syscope.output.text", "syscope.options", "syscope.features", "syscope.engine",
    "syscope.engine.memory", "syscope.engine.plans",
    "syscope.progname", "syscope.output.outfile", "syscope.engine.tracer",
    "syscope.pathtrace", "syscope.session", "syscope.engine.seccomp", "syscope.output.sinks",
    "syscope.engine.render", "syscope.engine._programs",
)


def pause_collections() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def start_up_over() -> None:
    """The work begins: collections resume."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def outputs_closed() -> None:
    """The work is done and every file it wrote is flushed and closed."""
    global _outputs_closed
    _outputs_closed = True


def leave(status: int) -> None:
    """Exit with status at once if the work said its outputs are closed (and stdout and
    stderr flush): nothing is left that the interpreter's tear-down would write."""
    if not _outputs_closed:
        return
    import sys
    try:
        for f in (sys.stdout, sys.stderr):
            if f is not None:
                f.flush()
    except (OSError, ValueError):
        return          # the interpreter's own exit reports it, as it would have
    import posix
    posix._exit(status if isinstance(status, int) and 0 <= status <= 255 else 1)


def preload() -> int:
    """Load TRACE_MODULES from their cached bytecode, as the import system would, without
    its per-module cost; how many it loaded.  All or nothing: when one has no up-to-date
    bytecode (a source just edited, bytecode not written), none is preloaded and imports
    go as usual."""
    import posix
    import sys
    if (sys.flags.optimize or sys.pycache_prefix or posix.environ.get(b"SYSCOPE_NO_PRELOAD")
            or sys.implementation.cache_tag is None):
        return 0
    modules = sys.modules
    from _frozen_importlib import ModuleSpec
    from _frozen_importlib_external import MAGIC_NUMBER, SourceFileLoader
    from marshal import loads
    root = __file__.rpartition("/")[0]
    tail = ".%s.pyc" % sys.implementation.cache_tag
    found = []
    packages = {m.rpartition(".")[0] for m in TRACE_MODULES}   # those with modules below
    for name in TRACE_MODULES:
        if name in modules:
            continue
        parts = name.split(".")[1:]
        package = name in packages
        folder = "/".join([root] + (parts if package else parts[:-1]))
        stem = "__init__" if package else parts[-1]
        source = "%s/%s.py" % (folder, stem)
        cached = "%s/__pycache__/%s%s" % (folder, stem, tail)
        try:
            st = posix.stat(source)
            fd = posix.open(cached, posix.O_RDONLY)
            try:
                data = posix.read(fd, posix.fstat(fd).st_size)
            finally:
                posix.close(fd)
        except OSError:
            return 0
        # the bytecode's header: magic, flags (0: checked by time), source mtime and size
        if (data[:4] != MAGIC_NUMBER or data[4:8] != b"\0\0\0\0"
                or int.from_bytes(data[8:12], "little") != int(st.st_mtime) & 0xFFFFFFFF
                or int.from_bytes(data[12:16], "little") != st.st_size & 0xFFFFFFFF):
            return 0
        found.append((name, package, folder, source, cached, data))
    staged = {}
    loaded = 0
    for name, package, folder, source, cached, data in found:
        spec = ModuleSpec(name, SourceFileLoader(name, source), origin=source,
                          is_package=package)
        spec.cached, spec.has_location = cached, True
        module = type(sys)(name)
        module.__spec__, module.__loader__, module.__file__, module.__cached__ = \
            spec, spec.loader, source, cached
        if package:
            spec.submodule_search_locations = module.__path__ = [folder]
            module.__package__ = name
        else:
            module.__package__ = name.rpartition(".")[0]
        staged[name] = (module, data)
    for name, (module, data) in staged.items():
        # a package's module is there from its first module's start, as when its own
        # code imports them
        parent = name.rpartition(".")[0]
        while parent in staged and parent not in modules:
            modules[parent] = staged[parent][0]
            parent = parent.rpartition(".")[0]
        if modules.setdefault(name, module) is not module:
            continue                    # imported meanwhile by a module loaded before
        try:
            exec(loads(memoryview(data)[16:]), module.__dict__)
        except BaseException:
            modules.pop(name, None)
            raise
        parent, _, child = name.rpartition(".")
        setattr(modules[parent], child, module)
        loaded += 1
    return loaded
