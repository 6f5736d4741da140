"""Crash safety and idempotency of real ``newsgraph build`` processes (rules extractor, on-disk store).

- ``kill -9`` in the middle of a build leaves only whole documents in the
  store (each stored graph equals that document's graph in an uninterrupted
  build), and re-running the build gives exactly the same sorted N-Quads;
- building twice, or again with ``--fresh``, gives byte-identical sorted N-Quads;
- changing one document and rebuilding changes only that document's graph.
"""

from __future__ import annotations

import json
import signal
import subprocess

import pyoxigraph
import pytest
from pyoxigraph import RdfFormat
from realproc import article, build, command, graph_of, sorted_nquads, wait_for, write_articles

from newsgraph.graph.namespaces import doc_id_of_graph, is_document_graph
from newsgraph.graph.store import open_store

pytestmark = pytest.mark.slow

ARTICLES = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    write_articles(folder, ARTICLES)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """An uninterrupted build of the corpus and its sorted N-Quads."""
    out = tmp_path_factory.mktemp("reference") / "out"
    result = build(corpus, "--out", out, "--batch-size", "2")
    assert result.returncode == 0, result.stderr
    return out, sorted_nquads(out)


def _stored_documents(out) -> list[str]:
    try:
        with open_store(out, read_only=True) as store:
            return store.documents()
    except Exception:  # the store may not exist yet
        return []


def test_kill_9_mid_build_then_rerun_gives_the_same_graph(corpus, reference, tmp_path):
    _, ref_nquads = reference
    out = tmp_path / "out"
    process = subprocess.Popen(
        command("build", "--no-progress", corpus, "--out", out, "--batch-size", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: len(_stored_documents(out)) >= 2, 300, "the build to commit two documents")
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    # what a reader sees after the crash: whole documents only, each exactly as in the reference
    with open_store(out, read_only=True) as store:
        stored = [g for g in store.graphs() if is_document_graph(g)]
        partial = {}
        for graph in stored:
            doc_id = doc_id_of_graph(graph)
            data = pyoxigraph.serialize(list(store.quads(graph)), format=RdfFormat.N_QUADS)
            lines = sorted(line for line in data.decode("utf-8").splitlines() if line.strip())
            if lines != graph_of(ref_nquads, doc_id):
                partial[doc_id] = len(lines)
    assert 0 < len(stored) < ARTICLES, "the kill should land mid-build"
    assert not partial, f"partially written documents are visible: {partial}"

    rerun = build(corpus, "--out", out, "--batch-size", "2")
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads((out / "build-report.json").read_text())
    assert report["documents_unchanged"] >= len(stored)
    assert report["documents_built"] + report["documents_unchanged"] == ARTICLES
    assert sorted_nquads(out) == ref_nquads


def test_building_twice_or_fresh_gives_identical_nquads(corpus, reference, tmp_path):
    _, ref_nquads = reference
    out = tmp_path / "out"
    assert build(corpus, "--out", out).returncode == 0
    first = sorted_nquads(out)
    assert first == ref_nquads  # batch size does not change the graph
    again = build(corpus, "--out", out)
    assert again.returncode == 0 and f"0 built, {ARTICLES} unchanged" in again.stderr
    assert sorted_nquads(out) == first
    assert build(corpus, "--out", out, "--fresh").returncode == 0
    assert sorted_nquads(out) == first


def test_changing_one_document_changes_only_its_graph(corpus, tmp_path):
    changed = tmp_path / "corpus"
    changed.mkdir()
    for path in corpus.iterdir():
        (changed / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    assert build(changed, "--out", out).returncode == 0
    before = sorted_nquads(out)
    (changed / "article-005.txt").write_text(article(5).replace("Monday", "Friday"), encoding="utf-8")
    result = build(changed, "--out", out)
    assert result.returncode == 0 and f"1 built, {ARTICLES - 1} unchanged" in result.stderr, result.stderr
    after = sorted_nquads(out)
    edited = "article-005.txt"
    assert graph_of(after, edited) != graph_of(before, edited)
    assert any("Friday" in line for line in graph_of(after, edited))
    others = [line for line in after if line not in set(graph_of(after, edited))]
    assert others == [line for line in before if line not in set(graph_of(before, edited))]
