"""GPIO line attributes (struct gpio_v2_line_attribute): a union chosen by the attribute's
id, printed raw when the id is unknown or the padding is used, as strace 6.1 does."""
from __future__ import annotations

from .core import Call
from .fmt import chex, flags
from .structs import layout


def _fields(data: bytes) -> tuple[int, int, int, int]:
    specs = layout("gpio_v2_line_attribute")[1]

    def get(name: str, size: int | None = None) -> int:
        off, fsize, _s, _c = specs[name]
        return int.from_bytes(data[off:off + (size or fsize)], "little")
    return get("id"), get("padding"), get("values"), get("values", 4)


def _attribute(data: bytes, as_field: bool) -> str:
    from ..abi import xlat_lookup
    attr_id, padding, values, debounce = _fields(data)
    name = None if padding else xlat_lookup("gpio_v2_line_attr_ids", attr_id)
    if name == "GPIO_V2_LINE_ATTR_ID_FLAGS":
        return "flags=" + flags(values, "gpio_v2_line_flags", dflt="GPIO_V2_LINE_FLAG_???")
    if name == "GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES":
        return "values=" + chex(values)
    if name == "GPIO_V2_LINE_ATTR_ID_DEBOUNCE":
        return "debounce_period_us=%d" % debounce
    raw = "id=%d" % attr_id + (", padding=%s" % chex(padding) if padding else "") + \
        ", data=%s" % chex(values)
    return "attr={%s}" % raw if as_field else raw


def attribute(call: Call, data: bytes) -> str:
    """An element of gpio_v2_line_info's attrs."""
    return "{%s}" % _attribute(data, False)


def config_attribute(call: Call, data: bytes) -> str:
    """An element of gpio_v2_line_config's attrs: the attribute, then its mask."""
    specs = layout("gpio_v2_line_config_attribute")[1]
    off, size, _s, _c = specs["attr"]
    moff, msize, _s, _c = specs["mask"]
    mask = int.from_bytes(data[moff:moff + msize], "little")
    return "{%s, mask=%s}" % (_attribute(data[off:off + size], True), chex(mask))
