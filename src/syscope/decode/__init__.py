"""Syscall decoders: types by family, signatures as data, special cases as classes."""
from . import basic, desc, file, memory, net, process, signal, time  # noqa: F401  (registration)
from .core import DECODERS, Call, DecodeOptions, SignatureDecoder, decoder_for, register
from .signatures import SIGNATURES

for _name, (_sig, _ret) in SIGNATURES.items():
    if _name not in DECODERS:
        register(SignatureDecoder(_name, _sig, _ret))

__all__ = ["Call", "DecodeOptions", "decoder_for"]
