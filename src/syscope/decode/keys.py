"""The kernel's key management: add_key, request_key, keyctl.

keyctl's commands with regular arguments are variants in signatures.py; this module
has the types they use and the commands that print irregularly (data the kernel
writes back, Diffie-Hellman and public-key operations, unknown commands)."""
from __future__ import annotations

import struct

from ..abi import ERRNO, errno_name, xlat_lookup, xlat_value
from .array import array
from .core import Call, Decoder, special, type_formatter
from .fmt import chex, flags, hexaddr, named, ptr, quote, signed, styled, xlat_or


def key_serial(v: int) -> str:
    """A key or keyring: its special name (KEY_SPEC_*), else its number."""
    v = signed(v, 32)
    return named(v, xlat_lookup("key_spec", v), radix="d")


@type_formatter("key_serial")
def t_key_serial(call: Call, v: int, p: str) -> str:
    return key_serial(v)


@type_formatter("errno_u")
def t_errno_u(call: Call, v: int, p: str) -> str:
    """An error number given as an argument: its name, else the unsigned number."""
    v &= 0xFFFFFFFF
    return styled(str(v), errno_name(v) if v in ERRNO else None)


def key_bytes(call: Call, addr: int, length: int, omit_trailing_nul: bool) -> str:
    """length bytes the kernel wrote (strace's printstr_ex): cut at -s; with
    omit_trailing_nul, a NUL ending what is printed is dropped and ends the text."""
    if not addr:
        return "NULL"
    limit = call.opts.max_strlen
    size = min(length, limit)
    data = call.mem.read(addr, size)
    if data is None or len(data) < size:
        return hexaddr(addr)
    if omit_trailing_nul and data and data[-1] == 0:
        return quote(data[:-1], call.opts.xflag)
    return quote(data, call.opts.xflag) + ("..." if length > limit else "")


@type_formatter("key_data")
def t_key_data(call: Call, v: int, p: str) -> str:
    """What the kernel wrote of a key (KEYCTL_READ's payload) into a buffer of argument
    p bytes: as many as the call returned."""
    if call.failed:
        return ptr(v)
    return key_bytes(call, v, min(call.args[int(p)], call.rval), omit_trailing_nul=False)


@type_formatter("key_text")
def t_key_text(call: Call, v: int, p: str) -> str:
    """KEYCTL_DESCRIBE's and KEYCTL_GET_SECURITY's text: key_data without its NUL."""
    if call.failed:
        return ptr(v)
    return key_bytes(call, v, min(call.args[int(p)], call.rval), omit_trailing_nul=True)


def _caps_item(pos: list):
    tables = (("keyctl_caps0", "KEYCTL_CAPS0_???"), ("keyctl_caps1", "KEYCTL_CAPS1_???"))

    def item(data: bytes) -> str:
        i = pos[0]
        pos[0] += 1
        if i < len(tables):
            return flags(data[0], tables[i][0], dflt=tables[i][1])
        return chex(data[0])
    return item


@type_formatter("keyctl_caps")
def t_keyctl_caps(call: Call, v: int, p: str) -> str:
    """KEYCTL_CAPABILITIES' bytes: the first two are flag sets."""
    if call.failed:
        return ptr(v)
    n = min(call.args[int(p)], call.rval)
    return array(call, v, n, 1, _caps_item([0]))


DH_PARAMS = struct.Struct("<iii")
KDF_PARAMS = struct.Struct("<QQI8I4x")
PKEY_QUERY = struct.Struct("<IIHHHH10I")
PKEY_PARAMS = struct.Struct("<iII7I")


def _spare(values: tuple) -> str:
    if not any(values):
        return ""
    return ", __spare=[%s]" % ", ".join(chex(x) for x in values)


def _read(call: Call, addr: int, layout: struct.Struct) -> tuple | None:
    data = call.read(addr, layout.size) if addr else None
    if data is None or len(data) < layout.size:
        return None
    return layout.unpack(data)


def _dh_params(call: Call, addr: int) -> str:
    f = _read(call, addr, DH_PARAMS)
    if f is None:
        return ptr(addr)
    return "{private=%s, prime=%s, base=%s}" % tuple(key_serial(x) for x in f)


def _kdf_params(call: Call, addr: int) -> str:
    f = _read(call, addr, KDF_PARAMS)
    if f is None:
        return ptr(addr)
    hashname, otherinfo, otherlen = f[:3]
    # the kernel reads otherinfo only when its length is not zero
    other = call.buf(otherinfo, otherlen) if otherlen else ptr(otherinfo)
    return "{hashname=%s, otherinfo=%s, otherinfolen=%d%s}" % (
        call.cstr(hashname), other, otherlen, _spare(f[3:]))


def _pkey_params(call: Call, addr: int, out: bool) -> tuple[str, tuple | None]:
    f = _read(call, addr, PKEY_PARAMS)
    if f is None:
        return ptr(addr), None
    return "{key_id=%s, in_len=%d, %s=%d%s}" % (
        key_serial(f[0]), f[1], "out_len" if out else "in2_len", f[2], _spare(f[3:])), f


PKEY_OUT_OPS = ("KEYCTL_PKEY_ENCRYPT", "KEYCTL_PKEY_DECRYPT", "KEYCTL_PKEY_SIGN")


@special("keyctl")
class Keyctl(Decoder):
    """The commands the variants do not cover."""

    def _name(self, call: Call) -> str | None:
        return xlat_lookup("keyctl_commands", call.args[0] & 0xFFFFFFFF)

    def entry(self, call: Call) -> str:
        cmd, a2, a3, a4, a5 = call.args[:5]
        name = self._name(call)
        head = xlat_or(cmd & 0xFFFFFFFF, "keyctl_commands", "KEYCTL_???") + ", "
        if name == "KEYCTL_DH_COMPUTE":
            return head + _dh_params(call, a2) + ", "
        if name == "KEYCTL_PKEY_QUERY":
            return head + "%s, %s, %s, " % (key_serial(a2), hexaddr(a3), call.cstr(a4))
        if name in PKEY_OUT_OPS or name == "KEYCTL_PKEY_VERIFY":
            out = name != "KEYCTL_PKEY_VERIFY"
            params, f = _pkey_params(call, a2, out)
            text = head + "%s, %s, " % (params, call.cstr(a3))
            if f is None:
                return text + "%s, %s" % (ptr(a4), ptr(a5))
            text += call.buf(a4, f[1]) + ", "
            if out:
                call.saved["out_len"] = f[2]
                return text
            return text + call.buf(a5, f[2])
        return head + ", ".join(hexaddr(a) for a in (a2, a3, a4, a5))

    def exit(self, call: Call) -> str:
        cmd, a2, a3, a4, a5 = call.args[:5]
        name = self._name(call)
        if name == "KEYCTL_DH_COMPUTE":
            buf = ptr(a3) if call.failed else call.buf(a3, min(a4, call.rval))
            return "%s, %d, %s" % (buf, a4, _kdf_params(call, a5))
        if name == "KEYCTL_PKEY_QUERY":
            f = None if call.failed else _read(call, a5, PKEY_QUERY)
            if f is None:
                return ptr(a5)
            return ("{supported_ops=%s, key_size=%d, max_data_size=%d, max_sig_size=%d, "
                    "max_enc_size=%d, max_dec_size=%d%s}") % (
                flags(f[0], "keyctl_pkey_ops", dflt="KEYCTL_SUPPORTS_???"), *f[1:6],
                _spare(f[6:]))
        if name in PKEY_OUT_OPS and "out_len" in call.saved:
            return ptr(a5) if call.failed else call.buf(a5, call.saved["out_len"])
        return ""
