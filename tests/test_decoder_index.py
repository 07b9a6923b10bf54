"""The decoder families load on demand: the index that says which module registers
each name is current, every name resolves through it to what an eager import would
give, and a plain trace imports only what it meets."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-c", code], env=env, check=True,
                          capture_output=True, text=True, timeout=120).stdout


def test_index_is_current():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_decoder_index.py"), "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_names_resolve_to_their_family():
    out = run_python("""
import json
from syscope.decode import DECODERS, TYPES, SIGNATURES, VARIANTS
from syscope.decode._index import DECODER_MODULES, TYPE_MODULES
from syscope.decode.core import SignatureDecoder, VariantDecoder
wrong = []
for name, module in DECODER_MODULES.items():
    d = DECODERS.get(name)
    base = d.default if isinstance(d, VariantDecoder) else d
    if type(base).__module__ != "syscope.decode." + module:
        wrong.append(name)
for name in SIGNATURES:
    d = DECODERS.get(name)
    base = d.default if isinstance(d, VariantDecoder) else d   # variants over a signature
    if name not in DECODER_MODULES and not isinstance(base, SignatureDecoder):
        wrong.append(name)
for name in VARIANTS:
    if not isinstance(DECODERS.get(name), VariantDecoder):
        wrong.append(name)
for name, module in TYPE_MODULES.items():
    if TYPES.get(name) is None:
        wrong.append("type " + name)
print(json.dumps(wrong))
""")
    assert json.loads(out) == []


def test_unknown_names_stay_unknown():
    out = run_python("""
from syscope.decode import DECODERS, TYPES
print(DECODERS.get("no_such_syscall"), "no_such_type" in TYPES)
""")
    assert out.split() == ["None", "False"]


def test_a_plain_trace_imports_only_what_it_meets():
    out = run_python("""
import json, os, sys
from syscope.entry import main
try:
    main_argv = ["syscope", "-o", os.devnull, "true"]
    sys.argv = main_argv
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
""")
    loaded = set(json.loads(out.splitlines()[-1]))
    # the C loop prints every call of `true` from the generated programs (execve
    # too): no decoder family is imported
    families = {m for m in loaded if m.startswith("syscope.decode.")}
    assert families == {"syscope.decode.core", "syscope.decode.fmt"}, families
    for family in ("syscope.decode.net", "syscope.decode.termios", "syscope.logread.parse",
                   "syscope.analyze.why", "syscope.engine.inject", "importlib.util"):
        assert family not in loaded, family


def test_an_ioctl_request_imports_only_its_family():
    """A terminal request (TCGETS) needs none of the ioctl family modules; a block
    request loads ioctl_block and no other; names sharing a number join in the
    generated table's order."""
    out = run_python("""
import json, sys
from syscope.decode import ioctl as I
tcgets = I.names_of(0x5401), I.arg_kind(0x5401), I.is_fd_result("TCGETS")
before = sorted(m for m in sys.modules if m.startswith("syscope.decode.ioctl_"))
blk = I.arg_kind(0x1268)          # BLKBSZGET
after = sorted(m for m in sys.modules if m.startswith("syscope.decode.ioctl_"))
shared = [(c, n) for c, n in I.requests() if [x for x, _ in I.requests()].count(c) > 1][:2]
print(json.dumps([tcgets, before, blk, after, shared, I.names_of(shared[0][0])]))
""")
    tcgets, before, blk, after, shared, joined = json.loads(out)
    assert tcgets == ["TCGETS", "out:termios", False]
    assert "syscope.decode.ioctl_block" not in before and blk
    assert set(after) - set(before) == {"syscope.decode.ioctl_block"}
    assert shared[0][0] == shared[1][0] and joined.startswith(shared[0][1] + " or ")
