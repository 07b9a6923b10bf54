"""TEE (trusted execution environment) devices' ioctl requests (linux/tee.h), as strace
6.1 prints them: sessions, shared memory, and the requests whose argument is a buffer
descriptor ({buf_len, buf_ptr}) pointing to a structure and its parameters."""
from __future__ import annotations

from .core import Call
from .fmt import ptr
from .ioctl_values import Fields

ARGS = {
    "TEE_IOC_VERSION": "out:tee_version", "TEE_IOC_CANCEL": "in:tee_cancel",
    "TEE_IOC_CLOSE_SESSION": "in:tee_close_session",
    "TEE_IOC_SHM_ALLOC": "inout:tee_shm_alloc_in:tee_shm_alloc",
    "TEE_IOC_SHM_REGISTER": "inout:tee_shm_register_in:tee_shm_register",
    **{name: "fn:ioctl_tee.buffer_request" for name in (
        "TEE_IOC_OPEN_SESSION", "TEE_IOC_INVOKE", "TEE_IOC_SUPPL_RECV", "TEE_IOC_SUPPL_SEND")},
}


def unnamed_args() -> dict[int, str]:
    """Requests strace decodes without a name: TEE_IOC_SHM_REGISTER_FD of Linaro's
    kernels, _IOWR(0xa4, 8, struct tee_ioctl_shm_register_fd_data)."""
    from .structs import size_of
    code = 3 << 30 | size_of("tee_shm_register_fd") << 16 | 0xA4 << 8 | 8
    return {code: "inout:tee_shm_register_fd_in:tee_shm_register_fd"}


def impl_caps(call: Call, data: bytes) -> str:
    """OP-TEE's capabilities by name, another implementation's in hex."""
    from ..abi import xlat_value
    from .fmt import flags
    v = Fields(data, "tee_version")
    if v.impl_id == xlat_value("tee_impl_ids", "TEE_IMPL_ID_OPTEE"):
        return "impl_caps=" + flags(v.impl_caps, "tee_optee_caps", dflt="TEE_OPTEE_CAP_???")
    return "impl_caps=%#x" % v.impl_caps if v.impl_caps else "impl_caps=0"


# per request: the structure buf_ptr points to, the fields printed on entry and on a
# successful exit (a field "params" is the parameters after the structure)
BUFFERS = {
    "TEE_IOC_OPEN_SESSION": ("tee_open_session",
                             "uuid clnt_login clnt_uuid cancel_id num_params params",
                             "session ret ret_origin params"),
    "TEE_IOC_INVOKE": ("tee_invoke", "func session cancel_id num_params params",
                       "ret ret_origin params"),
    "TEE_IOC_SUPPL_RECV": ("tee_supp_recv", "func num_params params", "num_params params"),
    "TEE_IOC_SUPPL_SEND": ("tee_supp_send", "num_params params", "ret params"),
}


def buffer_request(call: Call, arg: int, entering: bool) -> str:
    from .ioctl import request_names
    name = next(n for n in request_names(call.args[1] & 0xFFFFFFFF) if n in BUFFERS)
    view, fields_in, fields_out = BUFFERS[name]
    if entering:
        call.saved["tee"] = False
        got = _fetch(call, arg, view, True)
        if isinstance(got, str):
            return got
        call.saved["tee"] = True
        buf, s = got
        return "{buf_len=%d, buf_ptr={%s}" % (buf.buf_len, _fields(call, buf, s, fields_in))
    if not call.saved.get("tee"):
        return ""
    if call.failed:
        return "}"
    got = _fetch(call, arg, view, False)
    if isinstance(got, str):                # (strace leaves the outer brace open)
        return " => " + got
    buf, s = got
    return " => {%s}}" % _fields(call, buf, s, fields_out)


def _fetch(call: Call, arg: int, view: str, entering: bool):
    """The buffer descriptor and the structure it points to, or the text printed in
    their place: the address, or the descriptor alone when its length does not fit."""
    from ..abi import xlat_value
    from .structs import read_struct, size_of, struct_text
    data = read_struct(call, arg, "tee_buf")
    if data is None:
        return ptr(arg)
    buf = Fields(data, "tee_buf")
    plain = struct_text(call, data, "tee_buf")
    size = size_of(view)
    if buf.buf_len > xlat_value("tee_max_arg_size", "TEE_MAX_ARG_SIZE") or buf.buf_len < size:
        return plain
    raw = call.read(buf.buf_ptr, size)
    if raw is None or len(raw) < size:
        return plain
    s = Fields(raw, view)
    if entering and size + s.num_params * size_of("tee_param") != buf.buf_len:
        return plain
    return buf, s


def _fields(call: Call, buf: Fields, s: Fields, names: str) -> str:
    from .fmt import xlat_or
    out = []
    for name in names.split():
        if name == "params":
            out.append("params=" + _params(call, buf.buf_ptr + s.specs["params"][0]
                                           if s.num_params else 0, s.num_params))
        elif name == "uuid":
            h = s.raw("uuid").hex()
            out.append("uuid=%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
        elif name == "clnt_login":
            out.append("clnt_login=" + xlat_or(s.clnt_login, "tee_login_types",
                                               "TEE_IOCTL_LOGIN_???"))
        elif name == "clnt_uuid":
            out.extend(_client(call, s))
        elif name == "ret_origin":
            out.append("ret_origin=" + xlat_or(s.ret_origin, "tee_origins",
                                               "TEEC_ORIGIN_???"))
        elif name == "session":
            out.append("session=%#x" % s.session if s.session else "session=0")
        else:
            out.append("%s=%d" % (name, getattr(s, name)))
    return ", ".join(out)


def _client(call: Call, s: Fields) -> list[str]:
    """clnt_uuid: the group a client logs in as, nothing for the logins without one,
    the bytes otherwise (it is no UUID)."""
    from ..abi import xlat_lookup
    login = xlat_lookup("tee_login_types", s.clnt_login)
    if login in ("TEE_IOCTL_LOGIN_PUBLIC", "TEE_IOCTL_LOGIN_USER",
                 "TEE_IOCTL_LOGIN_APPLICATION", "TEE_IOCTL_LOGIN_USER_APPLICATION"):
        return []
    raw = s.raw("clnt_uuid")
    if login in ("TEE_IOCTL_LOGIN_GROUP", "TEE_IOCTL_LOGIN_GROUP_APPLICATION"):
        gid = int.from_bytes(raw[:4], "little")
        return ["clnt_uuid=%d" % (-1 if gid == 0xFFFFFFFF else gid)]
    return ["clnt_uuid=[%s]" % ", ".join("%#x" % b if b else "0" for b in raw)]


def _params(call: Call, addr: int, n: int) -> str:
    from .array import array
    from .structs import size_of
    return array(call, addr, n, size_of("tee_param"),
                 lambda b: _param(Fields(b, "tee_param")))


def _param(p: Fields) -> str:
    from ..abi import xlat_value
    from .fmt import xlat_or
    meta = xlat_value("tee_param_attr_types", "TEE_IOCTL_PARAM_ATTR_META")
    text = "{attr=" + xlat_or(p.attr & ~meta, "tee_param_attr_types", "TEE_IOCTL_PARAM_ATTR_")
    if p.attr & meta:
        text += "|TEE_IOCTL_PARAM_ATTR_META"
    kind = "" if p.attr & meta else _attr_kind(p.attr)
    if kind == "NONE":
        return text + "}"
    hexa = ["%#x" % v if v else "0" for v in (p.a, p.b, p.c)]
    if kind.startswith("MEMREF"):
        return text + ", shm_offs=%s, size=%s, shm_id=%d}" % (hexa[0], hexa[1], p.c)
    return text + ", a=%s, b=%s, c=%s}" % tuple(hexa)


def _attr_kind(attr: int) -> str:
    from ..abi import xlat_lookup
    name = xlat_lookup("tee_param_attr_types", attr) or ""
    return name.replace("TEE_IOCTL_PARAM_ATTR_TYPE_", "")
