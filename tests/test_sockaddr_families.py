"""Socket addresses of every family strace decodes (AF_PACKET, AF_AX25, AF_IPX, AF_X25,
AF_RXRPC, AF_IEEE802154, AF_ALG, AF_NFC, AF_VSOCK, AF_QIPCRTR, AF_XDP, AF_MCTP, and the
length rules of AF_INET, AF_INET6, AF_NETLINK and AF_UNIX), at every length around
their structures' sizes, compared with strace under each -X style and -y."""
from __future__ import annotations

import shutil
import tempfile

import pytest

from cworkloads import c_workload
from difftool import normalize, run_pair

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")


@pytest.mark.parametrize("options", [["-X", "abbrev"], ["-X", "raw"], ["-X", "verbose", "-y"]])
def test_sockaddr_families_match_strace(options):
    exe = c_workload("sockaddr_families")
    with tempfile.TemporaryDirectory(prefix="syscope-sockaddr-") as cwd:
        ref, got = run_pair(["-qq", "-e", "trace=connect"] + options, [exe], cwd, None)
    assert ref.returncode == got.returncode == 0, got.stderr
    expected = normalize(ref.lines)
    assert len(expected) == 16 * 19 + 12
    assert normalize(got.lines) == expected
