"""The streamed JSON of reports (output/json_stream.py) is json.dumps(obj, indent=2,
default=str) and a newline, byte for byte, whatever the object holds."""
from __future__ import annotations

import json
import random
from enum import IntEnum

import pytest

from syscope.output.json_stream import stream


class Color(IntEnum):
    RED = 1


class Tag(str):
    pass


class Opaque:
    def __str__(self):
        return "opaque<1>"


SCALARS = ["", "plain", "quote \" and \\ and \n\t", "caf\u00e9 \u2603 \U0001f600", "\udcff",
           0, -7, 2 ** 70, 1.5, -0.0, 1e-7, 1e300, float("nan"), float("inf"),
           float("-inf"), True, False, None, Color.RED, Tag("tagged"), Opaque()]
KEYS = ["k", "", "\u00e9", 3, -1, 2.5, True, False, None, Tag("t")]


def random_value(rng: random.Random, depth: int):
    roll = rng.random()
    if depth > 3 or roll < 0.5:
        return rng.choice(SCALARS)
    if roll < 0.7:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if roll < 0.75:
        return tuple(random_value(rng, depth + 1) for _ in range(rng.randrange(3)))
    return {rng.choice(KEYS): random_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def streamed(obj, **kw) -> str:
    pieces: list[str] = []
    stream(obj, pieces.append, **kw)
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(6))
def test_same_text_as_json_dumps(seed):
    rng = random.Random(seed)
    for _ in range(300):
        obj = random_value(rng, 0)
        assert streamed(obj) == json.dumps(obj, indent=2, default=str) + "\n"


def test_big_lists_come_in_pieces():
    obj = {"files": [{"path": "/f/%d" % i, "pids": [i, i + 1], "time": {"p50": i / 7}}
                     for i in range(20000)], "empty": [], "none": {}}
    pieces: list[str] = []
    stream(obj, pieces.append)
    assert len(pieces) > 10
    assert "".join(pieces) == json.dumps(obj, indent=2, default=str) + "\n"


def test_keys_json_refuses_are_refused():
    with pytest.raises(TypeError):
        streamed({(1, 2): 3})
