"""``newsgraph push`` against a real ``oxigraph serve`` process (the oxigraph PyPI package's server)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from realproc import free_port, newsgraph, sorted_nquads, wait_for

from newsgraph.build import BuildOptions, build

# the server installed beside this interpreter (a virtualenv need not be on PATH), else on PATH
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(OXIGRAPH is None, reason="no oxigraph server: pip install oxigraph"),
]


@pytest.fixture
def server(tmp_path):
    """A real Oxigraph server on a free local port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
        except OSError as exc:
            return getattr(exc, "code", None) is not None  # an HTTP error answer means it is up
        return True

    try:
        wait_for(up, 30, "oxigraph serve to listen")
        yield base
    finally:
        process.terminate()
        process.wait(10)


def _remote_nquads(base: str) -> list[str]:
    """Every quad of the remote store's named graphs, sorted."""
    request = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode("utf-8")
    return sorted(line for line in text.splitlines() if line.strip())


def _build(corpus, out) -> None:
    report = build(BuildOptions([corpus], out, extractor="hand", progress=False), log=lambda message: None)
    assert report.exit_code == 0


def test_push_loads_every_graph_and_replaces_changed_documents(hand_corpus, tmp_path, server):
    out = tmp_path / "out"
    _build(hand_corpus, out)
    result = newsgraph("push", "--endpoint", server + "/store", "--out", out, "--no-progress", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "pushed    3 graph(s)" in result.stderr  # the ontology and two documents
    local = sorted_nquads(out)
    assert _remote_nquads(server) == local

    (hand_corpus / "two.txt").write_text("Zephyr Networks supplies Omnicom Telecom with the Z-Router.\n")
    _build(hand_corpus, out)
    assert newsgraph("push", "--endpoint", server + "/store", "--out", out, "--no-progress").returncode == 0
    remote = _remote_nquads(server)
    assert remote == sorted_nquads(out) != local  # replaced, no stale triples left behind


def test_push_errors_are_clear(hand_corpus, tmp_path, server):
    out = tmp_path / "out"
    _build(hand_corpus, out)
    unreachable = newsgraph("push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--out", out)
    assert unreachable.returncode == 1 and "[E331]" in unreachable.stderr
    wrong_path = newsgraph("push", "--endpoint", server + "/no-such-endpoint", "--out", out)
    assert wrong_path.returncode == 1 and "[E332]" in wrong_path.stderr
    not_http = newsgraph("push", "--endpoint", "ftp://example.org/store", "--out", out)
    assert not_http.returncode == 1 and "[E330]" in not_http.stderr
    for result in (unreachable, wrong_path, not_http):
        assert "Traceback" not in result.stderr
