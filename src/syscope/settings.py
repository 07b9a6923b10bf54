"""Plain settings objects: defaults in a table, keywords to override.

dataclasses would do, but importing it pulls in inspect, about 15 ms that every trace
of a short command would pay before the program even starts."""
from __future__ import annotations


class Factory:
    """A default made fresh for each object (lists, nested settings)."""
    __slots__ = ("make",)

    def __init__(self, make):
        self.make = make


class Settings:
    DEFAULTS: dict = {}

    def __init__(self, **kw):
        for name, value in self.DEFAULTS.items():
            setattr(self, name, value.make() if isinstance(value, Factory) else value)
        for name, value in kw.items():
            if name not in self.DEFAULTS:
                raise TypeError("%s has no setting %r" % (type(self).__name__, name))
            setattr(self, name, value)

    def __repr__(self) -> str:
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (k, getattr(self, k)) for k in self.DEFAULTS))
