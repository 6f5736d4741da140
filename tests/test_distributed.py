"""Extraction on Dask: a real LocalCluster of 2 worker processes gives the serial build's graph;
an interrupted bulk load is repaired by the next build."""

from __future__ import annotations

import json

import pytest
from realproc import build, graph_of, sorted_nquads, write_articles

from newsgraph.distributed import PENDING_NAME
from newsgraph.graph.store import open_store

pytest.importorskip("dask.distributed")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_and_serial(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask")
    corpus = root / "corpus"
    write_articles(corpus, 10)
    (corpus / "empty.txt").write_bytes(b"")
    result = build(corpus, "--out", root / "serial", "--batch-size", "3")
    assert result.returncode == 3, result.stderr
    return corpus, root / "serial", sorted_nquads(root / "serial")


def test_dask_local_cluster_gives_the_serial_graph(corpus_and_serial, tmp_path):
    corpus, serial_out, serial = corpus_and_serial
    out = tmp_path / "out"
    result = build(corpus, "--out", out, "--dask", "local", "--jobs", "2", "--batch-size", "3")
    assert result.returncode == 3, result.stderr  # the empty file is reported, as in a serial build
    assert "on 2 Dask worker(s)" in result.stderr and "bulk-loaded" in result.stderr
    report = json.loads((out / "build-report.json").read_text())
    serial_report = json.loads((serial_out / "build-report.json").read_text())
    for key in ("documents_built", "statements_written", "quads_written", "store_quads", "shacl_conforms"):
        assert report[key] == serial_report[key], key
    assert [p["code"] for p in report["problems"]] == ["E054"]
    assert not (out / "shards").exists() and not (out / PENDING_NAME).exists()
    assert sorted_nquads(out) == serial
    again = build(corpus, "--out", out, "--dask", "local", "--jobs", "2")
    assert "0 built, 10 unchanged" in again.stderr


def test_an_interrupted_bulk_load_is_redone_by_the_next_build(corpus_and_serial, tmp_path):
    corpus, _, serial = corpus_and_serial
    out = tmp_path / "out"
    assert build(corpus, "--out", out).returncode == 3
    # what a crash in the middle of a bulk load leaves: the marker, and half of a document's graph
    doc_id = "article-004.txt"
    lines = graph_of(serial, doc_id)
    half = [line for line in lines if "buildHash" in line] + lines[: len(lines) // 2]
    with open_store(out) as store:
        store.remove_document(doc_id)
        store.bulk_load(("\n".join(half) + "\n").encode("utf-8"), "nq")
    (out / PENDING_NAME).write_text(json.dumps([doc_id]))

    result = build(corpus, "--out", out)
    assert result.returncode == 3, result.stderr
    assert "interrupted bulk load" in result.stderr and "1 built, 9 unchanged" in result.stderr
    assert not (out / PENDING_NAME).exists()
    assert sorted_nquads(out) == serial


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    corpus = tmp_path / "corpus"
    write_articles(corpus, 1)
    result = build(corpus, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9", timeout=120)
    assert result.returncode == 1
    assert "[E321]" in result.stderr and "Traceback" not in result.stderr
