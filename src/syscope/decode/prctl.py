"""prctl: each option's own arguments, as strace 6.1 prints them.

An option is a row of OPTIONS: how its arguments print at entry, what it prints at
exit (the value the kernel stored), and the note after its return value.  Options
that no row names print their four arguments in hex.
"""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_table, xlat_value
from .core import Call, Decoder, format_return, special
from .arch_prctl import MASK32, U64, aux_flags, hex_with, stored, verbose_unless_raw
from .fmt import (RAW, VERBOSE, chex, flag_names, flags, ptr, signed, signo, styled,
                  xlat_or, xlat_style)

U32 = struct.Struct("<I")
TASK_COMM_LEN = 16


# -- how values print ----------------------------------------------------------------

def hexes(args) -> list[str]:
    """Arguments with no meaning of their own: %#x each (strace's print_prctl_args)."""
    return [chex(v) for v in args]


def comm(call: Call, addr: int) -> str:
    """A task name to set: strace reads TASK_COMM_LEN - 1 bytes of it."""
    return call.sized_str(addr, TASK_COMM_LEN - 1)


def vector_length(v: int, aux: bool, table: str) -> str | None:
    """PR_SVE_SET_VL's and PR_SME_SET_VL's length with its flags:
    PR_SVE_VL_INHERIT|0xea57; the return value's note when aux."""
    if xlat_style() == RAW:
        return None if aux else chex(v)
    mask = xlat_table("pr_vl_limits")[0][1]
    length, fl = v & mask, v & ~mask
    if not fl and aux:
        return None
    names, rest = flag_names(fl, table)
    fl_text = "|".join(names + (["%#x" % rest] if rest else [])) if fl else None
    text = (fl_text + "|" if fl_text else "") + chex(length)
    if not aux and fl and xlat_style() == VERBOSE:
        return "%s /* %s */" % (chex(v), text)
    return text


TAG_BITS = dict(xlat_table("pr_tagged_addr_bits"))


def tagged_addr(v: int, aux: bool) -> str | None:
    """PR_SET_TAGGED_ADDR_CTRL's control word: [!]PR_TAGGED_ADDR_ENABLE, the MTE check
    mode, the tag mask shifted, and any other bits."""
    enable, tcf_mask = TAG_BITS["PR_TAGGED_ADDR_ENABLE"], TAG_BITS["PR_MTE_TCF_MASK"]
    tag_mask, shift = TAG_BITS["PR_MTE_TAG_MASK"], TAG_BITS["PR_MTE_TAG_SHIFT"]
    style = xlat_style()
    if style == RAW:
        return None if aux else chex(v)
    tcf, tag = v & tcf_mask, v & tag_mask
    rest = v & ~(enable | tcf_mask | tag_mask)
    parts = ["PR_TAGGED_ADDR_ENABLE" if v & enable else "!PR_TAGGED_ADDR_ENABLE",
             xlat_lookup("pr_mte_tcf", tcf) or "%#x" % tcf]
    if tag:
        parts.append("%#x<<PR_MTE_TAG_SHIFT" % (tag >> shift))
    if rest:
        parts.append("%#x" % rest)
    text = "|".join(parts)
    if aux or style != VERBOSE:
        return text
    return "%s /* %s */" % (chex(v), text)


# -- the options ------------------------------------------------------------------------

def xval(table: str, dflt: str, bits: int = 64):
    """printxval64 (bits 64) or printxval (the low 32 bits)."""
    mask = (1 << bits) - 1
    return lambda call, v: xlat_or(v & mask, table, dflt)


def flagset(table, dflt: str | None, bits: int = 64):
    mask = (1 << bits) - 1
    return lambda call, v: flags(v & mask, table, dflt=dflt)


def unsigned(call: Call, v: int) -> str:
    return str(v)


def capability(call: Call, v: int) -> str:
    return xlat_or(v, "capabilities", "CAP_???")


def deathsig(call: Call, v: int) -> str:
    return str(v) if v > 128 else signo(v)


def ptracer(call: Call, v: int) -> str:
    if signed(v, 32) == -1:
        return styled("-1", "PR_SET_PTRACER_ANY")
    return call.pidv(v, "tgid")


def seccomp_filter(call: Call, a: tuple) -> list[str]:
    from .bpf_filter import format_fprog, seccomp_k
    mode = xlat_or(a[1], "pr_seccomp_mode", "SECCOMP_MODE_???")
    if a[1] == xlat_value("pr_seccomp_mode", "SECCOMP_MODE_STRICT"):
        return [mode]
    if a[1] == xlat_value("pr_seccomp_mode", "SECCOMP_MODE_FILTER"):
        return [mode, format_fprog(call, a[2], seccomp_k)]
    return [mode] + hexes(a[2:5])


def cap_ambient(call: Call, a: tuple) -> list[str]:
    op = xlat_or(a[1], "pr_cap_ambient", "PR_CAP_AMBIENT_???")
    if xlat_lookup("pr_cap_ambient", a[1]) in ("PR_CAP_AMBIENT_RAISE", "PR_CAP_AMBIENT_LOWER",
                                               "PR_CAP_AMBIENT_IS_SET"):
        return [op, capability(call, a[2])] + hexes(a[3:5])
    return [op] + hexes(a[2:5])


def mce_kill(call: Call, a: tuple) -> list[str]:
    op = xlat_or(a[1], "pr_mce_kill", "PR_MCE_KILL_???")
    policy = xlat_or(a[2], "pr_mce_kill_policy", "PR_MCE_KILL_???") \
        if xlat_lookup("pr_mce_kill", a[1]) == "PR_MCE_KILL_SET" else chex(a[2])
    return [op, policy] + hexes(a[3:5])


def set_vma(call: Call, a: tuple) -> list[str]:
    op = xlat_or(a[1], "pr_set_vma", "PR_SET_VMA_???")
    if xlat_lookup("pr_set_vma", a[1]) == "PR_SET_VMA_ANON_NAME":
        return [op, ptr(a[2]), str(a[3]), call.cstr(a[4])]
    return [op] + hexes(a[2:5])


SPEC_FLAG_CMDS = ("PR_SPEC_STORE_BYPASS", "PR_SPEC_INDIRECT_BRANCH", "PR_SPEC_L1D_FLUSH")


def set_speculation(call: Call, a: tuple) -> list[str]:
    cmd = xlat_or(a[1], "pr_spec_cmds", "PR_SPEC_???")
    if xlat_lookup("pr_spec_cmds", a[1]) in SPEC_FLAG_CMDS:
        return [cmd, xlat_or(a[2], "pr_spec_set_flags", "PR_SPEC_???")]
    return [cmd, chex(a[2])]


def sched_core(call: Call, a: tuple) -> list[str]:
    """PR_SCHED_CORE: command, a pid of the type arg4 names, the type, the cookie."""
    kind = {"PIDTYPE_PID": "tid", "PIDTYPE_TGID": "tgid", "PIDTYPE_PGID": "pgid",
            "PIDTYPE_SID": "sid"}.get(xlat_lookup("pr_sched_core_pidtypes", a[3] & MASK32))
    pid = call.pidv(a[2], kind) if kind else str(signed(a[2], 32))
    parts = [xlat_or(a[1] & MASK32, "pr_sched_core_cmds", "PR_SCHED_CORE_???"), pid,
             verbose_unless_raw(xlat_or, a[3] & MASK32, "pr_sched_core_pidtypes",
                                "PIDTYPE_???")]
    if (a[1] & MASK32) == xlat_value("pr_sched_core_cmds", "PR_SCHED_CORE_GET"):
        return parts        # the cookie is printed at exit
    return parts + [ptr(a[4])]


def sched_core_cookie(call: Call) -> str:
    addr = call.args[4]
    data = None if call.failed or not addr else call.read(addr, U64.size)
    if data is None or len(data) < U64.size:
        return ", " + ptr(addr)
    return ", [%#x]" % U64.unpack(data)[0]


def one(fmt):
    """An option whose one argument is arg2."""
    return lambda call, a: [fmt(call, a[1])]


def one_then_hex(fmt):
    """An option whose arg2 means something and arg3..arg5 are printed in hex."""
    return lambda call, a: [fmt(call, a[1])] + hexes(a[2:5])


class Option:
    """One prctl option: args(call, args) -> the texts of its arguments at entry (none
    when not given); out(call) -> what is printed at exit, after them (a value the
    kernel stores through arg2, when there are no arguments at entry); note(call) ->
    the text of the return value."""
    __slots__ = ("args", "out", "note")

    def __init__(self, args=None, out=None, note=None):
        self.args, self.out, self.note = args, out, note


def note_name(table: str):
    """= 1 (SUID_DUMP_USER): the return value's name, whatever -X says."""
    def note(call: Call) -> str:
        text = format_return(call, "d")
        name = None if call.error else xlat_lookup(table, call.rval)
        return text + (" (%s)" % name if name else "")
    return note


def note_flags(tables, zero_plain: bool = True):
    """= 0x3 (A|B): a flag set in hex with its names (0 alone when zero_plain)."""
    def note(call: Call) -> str:
        if call.error or (zero_plain and call.rval == 0):
            return format_return(call, "d")
        return hex_with(call.rval, aux_flags(call.rval, tables))
    return note


def note_vector_length(table: str):
    def note(call: Call) -> str:
        if call.error or call.rval == 0:
            return format_return(call, "d")
        return hex_with(call.rval, vector_length(call.rval, True, table))
    return note


def note_tagged_addr(call: Call) -> str:
    if call.error:
        return format_return(call, "d")
    return hex_with(call.rval, tagged_addr(call.rval, True))


def note_speculation(call: Call) -> str:
    if call.error or xlat_lookup("pr_spec_cmds", call.args[1]) not in SPEC_FLAG_CMDS:
        return format_return(call, "d")
    return hex_with(call.rval, aux_flags(call.rval, "pr_spec_get_flags"))


def out_int(show):
    """arg2 points to an int the kernel fills in."""
    return lambda call: stored(call, U32, show)


NO_ARGS = Option()
ALL_HEX = Option(args=lambda call, a: hexes(a[1:5]))
OPTIONS = {
    "PR_GET_KEEPCAPS": NO_ARGS, "PR_GET_SECCOMP": NO_ARGS, "PR_GET_TIMERSLACK": NO_ARGS,
    "PR_GET_TIMING": NO_ARGS, "PR_TASK_PERF_EVENTS_DISABLE": NO_ARGS,
    "PR_TASK_PERF_EVENTS_ENABLE": NO_ARGS,
    "PR_GET_CHILD_SUBREAPER": Option(out=out_int(str)), "PR_GET_ENDIAN": Option(out=out_int(str)),
    "PR_GET_FPEMU": Option(out=out_int(str)), "PR_GET_FPEXC": Option(out=out_int(str)),
    "PR_GET_PDEATHSIG": Option(out=out_int(signo)),
    "PR_GET_TSC": Option(out=out_int(lambda v: xlat_or(v, "pr_tsc", "PR_TSC_???"))),
    "PR_GET_UNALIGN": Option(out=out_int(
        lambda v: flags(v, "pr_unalign_flags", dflt="PR_UNALIGN_???"))),
    "PR_GET_TID_ADDRESS": Option(out=lambda call: stored(call, U64, ptr)),
    "PR_GET_NAME": Option(out=lambda call: ptr(call.args[1]) if call.failed
                          else call.sized_str(call.args[1], TASK_COMM_LEN)),
    "PR_GET_DUMPABLE": Option(note=note_name("pr_dumpable")),
    "PR_GET_SECUREBITS": Option(note=note_flags("secbits")),
    "PR_GET_FP_MODE": Option(note=note_flags("pr_fp_mode")),
    "PR_MCE_KILL_GET": Option(args=lambda call, a: hexes(a[1:5]),
                              note=note_name("pr_mce_kill_policy")),
    "PR_SVE_SET_VL": Option(args=one(lambda call, v: vector_length(v, False, "pr_sve_vl_flags")),
                            note=note_vector_length("pr_sve_vl_flags")),
    "PR_SVE_GET_VL": Option(note=note_vector_length("pr_sve_vl_flags")),
    "PR_SME_SET_VL": Option(args=one(lambda call, v: vector_length(v, False, "pr_sme_vl_flags")),
                            note=note_vector_length("pr_sme_vl_flags")),
    "PR_SME_GET_VL": Option(note=note_vector_length("pr_sme_vl_flags")),
    "PR_GET_SPECULATION_CTRL": Option(args=one(xval("pr_spec_cmds", "PR_SPEC_???")),
                                      note=note_speculation),
    "PR_SET_SPECULATION_CTRL": Option(args=set_speculation),
    "PR_SET_TAGGED_ADDR_CTRL": Option(args=one_then_hex(lambda call, v: tagged_addr(v, False))),
    "PR_GET_TAGGED_ADDR_CTRL": Option(args=lambda call, a: hexes(a[1:5]), note=note_tagged_addr),
    "PR_SET_CHILD_SUBREAPER": Option(args=one(unsigned)),
    "PR_SET_ENDIAN": Option(args=one(unsigned)), "PR_SET_FPEMU": Option(args=one(unsigned)),
    "PR_SET_FPEXC": Option(args=one(unsigned)), "PR_SET_KEEPCAPS": Option(args=one(unsigned)),
    "PR_SET_TIMING": Option(args=one(unsigned)),
    "PR_SET_DUMPABLE": Option(args=one(xval("pr_dumpable", "SUID_DUMP_???"))),
    "PR_CAPBSET_DROP": Option(args=one(capability)),
    "PR_CAPBSET_READ": Option(args=one(capability)),
    "PR_CAP_AMBIENT": Option(args=cap_ambient),
    "PR_MCE_KILL": Option(args=mce_kill),
    "PR_SET_NAME": Option(args=one(comm)),
    "PR_SET_VMA": Option(args=set_vma),
    "PR_SET_MM": Option(args=lambda call, a: [xlat_or(a[1] & MASK32, "pr_set_mm",
                                                      "PR_SET_MM_???")] + hexes(a[2:5])),
    "PR_SET_PDEATHSIG": Option(args=one(deathsig)),
    "PR_SET_PTRACER": Option(args=one(ptracer)),
    "PR_SET_SECCOMP": Option(args=seccomp_filter),
    "PR_SET_SECUREBITS": Option(args=one(flagset("secbits", "SECBIT_???"))),
    "PR_SET_TIMERSLACK": Option(args=one(lambda call, v: str(signed(v)))),
    "PR_SET_TSC": Option(args=one(xval("pr_tsc", "PR_TSC_???", 32))),
    "PR_SET_UNALIGN": Option(args=one(flagset("pr_unalign_flags", "PR_UNALIGN_???", 32))),
    "PR_SET_NO_NEW_PRIVS": Option(args=one_then_hex(unsigned)),
    "PR_SET_THP_DISABLE": Option(args=one_then_hex(unsigned)),
    "PR_SET_IO_FLUSHER": Option(args=one_then_hex(unsigned)),
    "PR_SET_FP_MODE": Option(args=one(flagset("pr_fp_mode", "PR_FP_MODE_???", 32))),
    "PR_PAC_RESET_KEYS": Option(args=one_then_hex(
        flagset(("pr_pac_enabled_keys", "pr_pac_keys"), "PR_PAC_???"))),
    "PR_PAC_SET_ENABLED_KEYS": Option(args=lambda call, a: [
        flags(a[1], "pr_pac_enabled_keys", dflt="PR_PAC_???"),
        flags(a[2], "pr_pac_enabled_keys", dflt="PR_PAC_???")] + hexes(a[3:5])),
    "PR_PAC_GET_ENABLED_KEYS": Option(args=lambda call, a: hexes(a[1:5]),
                                      note=note_flags("pr_pac_enabled_keys", False)),
    "PR_SET_SYSCALL_USER_DISPATCH": Option(args=lambda call, a: [
        xlat_or(a[1], "pr_sud_cmds", "PR_SYS_DISPATCH_???"), chex(a[2]), chex(a[3]),
        ptr(a[4])]),
    "PR_SCHED_CORE": Option(args=sched_core, out=lambda call: sched_core_cookie(call)
                            if (call.args[1] & MASK32) == 0 else ""),
}


@special("prctl")
class Prctl(Decoder):
    """strace's prctl: the option, then its arguments as OPTIONS says."""

    @staticmethod
    def option(call: Call) -> Option:
        name = xlat_lookup("prctl_options", call.args[0] & MASK32)
        return OPTIONS.get(name, ALL_HEX) if name else ALL_HEX

    def entry(self, call: Call) -> str:
        head = xlat_or(call.args[0] & MASK32, "prctl_options", "PR_???")
        opt = self.option(call)
        if opt.args is None:
            return head + (", " if opt.out else "")
        return ", ".join([head] + opt.args(call, call.args))

    def exit(self, call: Call) -> str:
        out = self.option(call).out
        return out(call) if out else ""

    def ret(self, call: Call) -> str:
        note = self.option(call).note
        return note(call) if note else format_return(call, "d")


