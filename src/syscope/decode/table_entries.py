"""Building the decoders' lookup tables: many names that share one entry."""
from __future__ import annotations


def same_kind(kind, names: str, prefix: str = "") -> dict:
    """{prefix + name: kind} for each of the space-separated names."""
    return dict.fromkeys((prefix + name for name in names.split()), kind)
