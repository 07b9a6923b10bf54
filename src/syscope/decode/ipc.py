"""System V IPC (message queues, semaphores, shared memory) and POSIX message queues."""
from __future__ import annotations

import struct

from ..abi import xlat_lookup, xlat_value
from .array import array
from .core import Call, Decoder, input_struct_type, special, type_formatter
from .fmt import chex, coct, flags, hexaddr, mode_numeric, ptr, signed, styled, xlat_or

IPC_64 = 0x100
IPC_MODE = 0o777
SHM_HUGE_SHIFT, SHM_HUGE_MASK = 26, 0x3F


@type_formatter("ipc_key")
def t_ipc_key(call: Call, v: int, p: str) -> str:
    v &= 0xFFFFFFFF
    return styled("0", "IPC_PRIVATE") if v == 0 else "%#x" % v


@type_formatter("ipc_get_flags")
def t_ipc_get_flags(call: Call, v: int, p: str) -> str:
    """msgget/semget/shmget flags: the flags (p: their table), shmget's huge page size
    as N<<SHM_HUGE_SHIFT, then the permission bits in octal."""
    v &= 0xFFFFFFFF
    rest = v & ~IPC_MODE
    parts = []
    huge = 0
    if p == "shm_get_flags":
        huge = rest >> SHM_HUGE_SHIFT & SHM_HUGE_MASK
        rest &= ~(SHM_HUGE_MASK << SHM_HUGE_SHIFT)
    if rest:
        parts.append(flags(rest, p))
    if huge:
        parts.append("%d<<" % huge + styled(str(SHM_HUGE_SHIFT), "SHM_HUGE_SHIFT"))
    parts.append(mode_numeric(v & IPC_MODE))
    return "|".join(parts)


@type_formatter("ipc_cmd")
def t_ipc_cmd(call: Call, v: int, p: str) -> str:
    """IPC_64|IPC_STAT: the version bit, then the command (p: table/comment)."""
    table, _, dflt = p.partition("/")
    v &= 0xFFFFFFFF
    head = styled("0x100", "IPC_64") + "|" if v & IPC_64 else ""
    return head + xlat_or(v & ~IPC_64, table, dflt)


# -- control structures ------------------------------------------------------------

IPC_PERM = struct.Struct("<iIIIII")       # key, uid, gid, cuid, cgid, mode (of 48 bytes)
IPC_PERM_SIZE = 48


def perm_text(data: bytes, full: bool) -> str:
    key, uid, gid, cuid, cgid, mode = IPC_PERM.unpack_from(data)
    text = "{uid=%d, gid=%d, mode=%s" % (uid, gid, coct(mode))
    if full:
        text += ", key=%d, cuid=%d, cgid=%d" % (key & 0xFFFFFFFF, cuid, cgid)
    return text + "}"


def _fields(fmt: str, names: str):
    """A structure after the ipc_perm: its layout and the names printed in order."""
    return struct.Struct(fmt), names.split()


# name: (the structure's size, its layout after ipc_perm with the names of the fields,
#        the fields printed by IPC_SET)
DS = {
    "msg": (120, _fields("<qqqQQQii", "msg_stime msg_rtime msg_ctime - msg_qnum msg_qbytes "
                                      "msg_lspid msg_lrpid"), ("msg_qbytes",)),
    "sem": (104, _fields("<qQqQQ", "sem_otime - sem_ctime - sem_nsems"), ()),
    "shm": (112, _fields("<Qqqqii Q", "shm_segsz shm_atime shm_dtime shm_ctime shm_cpid "
                                      "shm_lpid shm_nattch"), ()),
}
DS_ORDER = {"shm": "shm_segsz shm_cpid shm_lpid shm_nattch shm_atime shm_dtime "
                   "shm_ctime".split()}

INFO = {
    "msg": _fields("<iiiiiiiH", "msgpool msgmap msgmax msgmnb msgmni msgssz msgtql msgseg"),
    "sem": _fields("<iiiiiiiiii", "semmap semmni semmns semmnu semmsl semopm semume semusz "
                                  "semvmx semaem"),
    "shm_ipc": _fields("<QQQQQ", "shmmax shmmin shmmni shmseg shmall"),
    "shm_shm": _fields("<i4xQQQQQ", "used_ids shm_tot shm_rss shm_swp swap_attempts "
                                    "swap_successes"),
}


def format_ds(call: Call, addr: int, kind: str, setting: bool) -> str:
    size, (layout, names), set_fields = DS[kind]
    data = call.read(addr, size) if addr else None
    if data is None or len(data) < size:
        return ptr(addr)
    values = dict(zip(names, layout.unpack_from(data, IPC_PERM_SIZE)))
    parts = ["%s_perm=%s" % (kind, perm_text(data, not setting))]
    shown = set_fields if setting else DS_ORDER.get(kind, [n for n in names if n != "-"])
    parts += ["%s=%d" % (n, values[n]) for n in shown]
    return "{" + ", ".join(parts) + "}"


def format_info(call: Call, addr: int, kind: str) -> str:
    layout, names = INFO[kind]
    data = call.read(addr, layout.size) if addr else None
    if data is None or len(data) < layout.size:
        return ptr(addr)
    return "{" + ", ".join("%s=%d" % nv for nv in zip(names, layout.unpack(data))) + "}"


class IpcCtl(Decoder):
    """msgctl/semctl/shmctl: IPC_SET's structure at entry, IPC_STAT's and IPC_INFO's
    at exit, the address for the other commands."""
    kind = ""
    table = ""
    cmd_arg = 1                 # semctl has the semaphore's number before the command
    EXIT_CMDS: tuple = ()
    INFO_KIND: dict = {}        # the structure of each *_INFO command, if not kind's

    def _cmd(self, call: Call) -> str:
        return xlat_lookup(self.table, call.args[self.cmd_arg] & ~IPC_64 & 0xFFFFFFFF) or ""

    def entry(self, call: Call) -> str:
        a = call.args
        head = "".join("%d, " % signed(x, 32) for x in a[:self.cmd_arg]) + t_ipc_cmd(
            call, a[self.cmd_arg], "%s/%s_???" % (self.table, self.kind.upper())) + ", "
        cmd, buf = self._cmd(call), a[self.cmd_arg + 1]
        if cmd == "IPC_SET":
            return head + format_ds(call, buf, self.kind, True)
        if cmd in self.EXIT_CMDS:
            return head
        return head + ptr(buf)

    def exit(self, call: Call) -> str:
        cmd, buf = self._cmd(call), call.args[self.cmd_arg + 1]
        if cmd not in self.EXIT_CMDS:
            return ""
        if call.failed:
            return hexaddr(buf)
        if cmd.endswith("_INFO"):
            return format_info(call, buf, self.INFO_KIND.get(cmd, self.kind))
        return format_ds(call, buf, self.kind, False)



@special("msgctl")
class Msgctl(IpcCtl):
    kind, table = "msg", "msgctl_cmds"
    EXIT_CMDS = ("IPC_STAT", "MSG_STAT", "MSG_STAT_ANY", "IPC_INFO", "MSG_INFO")


@special("semctl")
class Semctl(IpcCtl):
    kind, table, cmd_arg = "sem", "semctl_cmds", 2
    EXIT_CMDS = ("IPC_STAT", "SEM_STAT", "SEM_STAT_ANY", "IPC_INFO", "SEM_INFO")


@special("shmctl")
class Shmctl(IpcCtl):
    kind, table = "shm", "shmctl_cmds"
    EXIT_CMDS = ("IPC_STAT", "SHM_STAT", "SHM_STAT_ANY", "IPC_INFO", "SHM_INFO")
    INFO_KIND = {"IPC_INFO": "shm_ipc", "SHM_INFO": "shm_shm"}


# -- messages and semaphore operations ----------------------------------------------

def format_msgbuf(call: Call, addr: int, size: int) -> str:
    """{mtype=N, mtext="..."}"""
    head = call.read(addr, 8) if addr else None
    if head is None or len(head) < 8:
        return ptr(addr)
    return "{mtype=%d, mtext=%s}" % (struct.unpack("<q", head)[0], call.buf(addr + 8, size))


@type_formatter("msgbuf")
def t_msgbuf(call: Call, v: int, p: str) -> str:
    """A message; p: the argument with the size of its text (msgrcv's, filled in,
    shows that many bytes too)."""
    if call.exited and call.failed and v:
        return hexaddr(v)
    return format_msgbuf(call, v, call.args[int(p)])


def _sembuf(data: bytes) -> str:
    num, op, flg = struct.unpack("<HhH", data)
    return "{sem_num=%d, sem_op=%d, sem_flg=%s}" % (num, op, flags(flg, "sem_op_flags"))


@type_formatter("sembufs")
def t_sembufs(call: Call, v: int, p: str) -> str:
    """semop's operations: argument p says how many."""
    return array(call, v, call.args[int(p)] & 0xFFFFFFFF, 6, _sembuf)


# -- POSIX message queues ------------------------------------------------------------

MQ_ATTR = struct.Struct("<qqqq")
MQ_ATTR_SIZE = 64                 # and four reserved longs


def format_mq_attr(call: Call, addr: int) -> str:
    data = call.read(addr, MQ_ATTR_SIZE) if addr else None
    if data is None or len(data) < MQ_ATTR_SIZE:
        return ptr(addr)
    fl, maxmsg, msgsize, curmsgs = MQ_ATTR.unpack_from(data)
    return "{mq_flags=%s, mq_maxmsg=%d, mq_msgsize=%d, mq_curmsgs=%d}" % (
        chex(fl & 0xFFFFFFFFFFFFFFFF), maxmsg, msgsize, curmsgs)


input_struct_type("mq_attr", format_mq_attr)


@type_formatter("mq_attr_out")
def t_mq_attr_out(call: Call, v: int, p: str) -> str:
    return hexaddr(v) if call.failed and v else format_mq_attr(call, v)


@type_formatter("mq_open_attr")
def t_mq_open_attr(call: Call, v: int, p: str) -> str | None:
    """mq_open's mode and attributes exist only with O_CREAT (p: the mode's index)."""
    if not call.args[1] & xlat_value("open_flags", "O_CREAT"):
        return None
    if p == "mode":
        return mode_numeric(v & 0xFFFF)
    return format_mq_attr(call, v)

