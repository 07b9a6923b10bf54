"""Syscall decoders: types by family, signatures as data, special cases as classes."""
from . import basic, desc, file, memory, net, process, signal, time  # noqa: F401  (registration)
from ..abi import xlat_value
from .core import (DECODERS, Call, DecodeOptions, SignatureDecoder, VariantDecoder, decoder_for,
                   register)
from .signatures import SIGNATURES, VARIANTS

for _name, (_sig, _ret) in SIGNATURES.items():
    if _name not in DECODERS:
        register(SignatureDecoder(_name, _sig, _ret))
for _name, (_selector, _table, _cases) in VARIANTS.items():
    register(VariantDecoder(_name, _selector, {
        xlat_value(_table, _value) if isinstance(_value, str) else _value:
            SignatureDecoder(_name, _sig, _ret)
        for _value, (_sig, _ret) in _cases.items()}, DECODERS[_name]))

__all__ = ["Call", "DecodeOptions", "decoder_for"]
