"""perf events' ioctl requests (linux/perf_event.h), as strace 6.1 prints them: flags,
numbers and descriptors by value, the BPF programs attached, new attributes."""
from __future__ import annotations

from .core import Call
from .fmt import ptr
from .table_entries import same_kind

ARGS = {
    **same_kind("perf_flags", "ENABLE DISABLE RESET", prefix="PERF_EVENT_IOC_"),
    **same_kind("fd", "SET_OUTPUT SET_BPF", prefix="PERF_EVENT_IOC_"),
    "PERF_EVENT_IOC_REFRESH": "dec", "PERF_EVENT_IOC_PERIOD": "u64_in",
    "PERF_EVENT_IOC_ID": "u64_out", "PERF_EVENT_IOC_PAUSE_OUTPUT": "udec",
    "PERF_EVENT_IOC_SET_FILTER": "cstr",
    "PERF_EVENT_IOC_QUERY_BPF": "fn:ioctl_perf.query_bpf",
    "PERF_EVENT_IOC_MODIFY_ATTRIBUTES": "fn:ioctl_perf.modify_attributes",
}


def query_bpf(call: Call, arg: int, entering: bool) -> str:
    """{ids_len=N, prog_cnt=M, ids=[...]}: the room given, then the programs' ids."""
    from .array import array
    from .ioctl_values import read_value
    from .structs import layout, size_of
    if entering:
        ids_len = read_value(call, arg, "I")
        call.saved["in"] = ids_len is not None
        return ptr(arg) if ids_len is None else "{ids_len=%d, " % ids_len
    if not call.saved.get("in"):
        return ""
    fields = layout("perf_event_query_bpf")[1]
    count = None if call.failed else read_value(call, arg + fields["prog_cnt"][0], "I")
    if count is None:
        return "...}"
    ids = array(call, arg + size_of("perf_event_query_bpf"), count, 4,
                lambda b: str(int.from_bytes(b, "little")))
    return "prog_cnt=%d, ids=%s}" % (count, ids)


def modify_attributes(call: Call, arg: int, entering: bool) -> str:
    """The new attributes, as perf_event_open prints them."""
    from .perf import format_attr, read_attr
    if not entering:
        return ""
    attr = read_attr(call, arg)
    if attr is None:
        return ptr(arg)
    data, size = attr
    return format_attr(call, data, size, call.opts.is_abbrev(call.name))
