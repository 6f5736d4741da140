"""The build end to end with the hand extractor (and, marked slow, the real rules extractor on seeds/)."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS

from newsgraph.build import BuildOptions, build
from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.registry import register_extractor
from newsgraph.graph.lock import BuildLock
from newsgraph.graph.store import open_store


def _build(paths, out, **kw):
    options = BuildOptions(
        paths=list(paths), out=out, extractor=kw.pop("extractor", "hand"), progress=False, **kw
    )
    return build(options, log=lambda message: None)


def _nquads(out) -> list[str]:
    with open_store(out, read_only=True) as store:
        return sorted(store.dump("nq").decode("utf-8").splitlines())


def test_build_writes_every_output(hand_corpus, tmp_path):
    out = tmp_path / "out"
    report = _build([hand_corpus], out)
    assert report.exit_code == 0
    assert (report.documents_read, report.documents_built, report.statements_written) == (2, 2, 7)
    assert report.shacl_conforms and not report.problems
    for name in ("graph.ttl", "graph.html", "build-report.json"):
        assert (out / name).stat().st_size > 0
    assert (out / "store").is_dir()
    saved = json.loads((out / "build-report.json").read_text())
    assert saved["documents_built"] == 2 and set(saved["stages"]) == {"open", "extract", "validate", "write"}
    with open_store(out, read_only=True) as store:
        assert store.documents() == ["one.txt", "two.txt"]
        assert store.count() == report.store_quads


def test_rebuild_is_idempotent_and_skips_unchanged(hand_corpus, tmp_path):
    out = tmp_path / "out"
    _build([hand_corpus], out)
    first = _nquads(out)
    second_report = _build([hand_corpus], out)
    assert second_report.documents_unchanged == 2 and second_report.documents_built == 0
    assert _nquads(out) == first
    fresh = _build([hand_corpus], out, fresh=True)
    assert fresh.documents_built == 2
    assert _nquads(out) == first


def test_changed_document_is_rebuilt_alone(hand_corpus, tmp_path):
    out = tmp_path / "out"
    _build([hand_corpus], out)
    before = [line for line in _nquads(out) if "/graph/two.txt>" in line]
    (hand_corpus / "one.txt").write_text(
        "Alice Marsh, the CEO of Zephyr Networks, said the ZN firm makes the Z-Router."
    )
    report = _build([hand_corpus], out)
    assert (report.documents_built, report.documents_unchanged) == (1, 1)
    after = _nquads(out)
    assert [line for line in after if "/graph/two.txt>" in line] == before
    assert not any("banned Zephyr" in line for line in after)


def test_new_extractor_version_rebuilds(hand_corpus, tmp_path):
    out = tmp_path / "out"
    _build([hand_corpus], out)
    register_extractor("hand-v2")(lambda **config: __import__("conftest").HandExtractor(version="2"))
    assert _build([hand_corpus], out, extractor="hand-v2").documents_built == 2


def test_memory_store_gives_the_same_graph(hand_corpus, tmp_path):
    _build([hand_corpus], tmp_path / "ox")
    _build([hand_corpus], tmp_path / "mem", store="memory")
    assert (tmp_path / "mem" / "store.nq").is_file()
    assert _nquads(tmp_path / "mem") == _nquads(tmp_path / "ox")


def test_bad_inputs_are_skipped_and_reported(hand_corpus, tmp_path):
    (hand_corpus / "empty.txt").write_text("")
    (hand_corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (hand_corpus / "boom.txt").write_text("This article makes the extractor EXPLODE.")
    out = tmp_path / "out"
    report = _build([hand_corpus], out, batch_size=10)
    assert report.exit_code == 3
    assert report.documents_built == 2
    codes = sorted(p["code"] for p in report.problems)
    assert codes == ["E054", "E055", "E210"]
    boom = next(p for p in report.problems if p["code"] == "E210")
    assert "explode" in boom["reason"] and boom["path"].endswith("boom.txt")
    assert json.loads((out / "build-report.json").read_text())["problems"] == report.problems


def test_a_graph_that_breaks_the_shapes_fails_the_build(hand_corpus, tmp_path):
    from conftest import HandExtractor

    @register_extractor("hand-broken")
    class Broken(HandExtractor):
        def extract(self, documents):
            from dataclasses import replace

            for extraction in super().extract(documents):
                broken = tuple(replace(s, start=s.end, end=s.start) for s in extraction.statements)
                yield replace(extraction, statements=broken)

    messages: list[str] = []
    options = BuildOptions(paths=[hand_corpus], out=tmp_path / "out", extractor="hand-broken", progress=False)
    report = build(options, log=messages.append)
    assert report.exit_code == 1 and not report.shacl_conforms
    assert any("does not conform" in m for m in messages)
    assert report.shacl_violations and all(v["path"].endswith("#start") for v in report.shacl_violations)


def test_a_second_build_on_the_same_folder_is_refused(hand_corpus, tmp_path):
    out = tmp_path / "out"
    with BuildLock(out), pytest.raises(NewsgraphError, match=r"\[E314\] another newsgraph build \(pid \d+\)"):
        _build([hand_corpus], out)
    assert _build([hand_corpus], out).exit_code == 0  # the lock is gone with its holder


@pytest.mark.slow
def test_sample_build_with_the_rules_extractor(tmp_path):
    out = tmp_path / "out"
    report = _build([SEEDS], out, extractor="rules")
    assert report.exit_code == 0, report.problems
    assert report.documents_built == 5 and report.statements_written > 0 and report.shacl_conforms
    first = _nquads(out)
    again = _build([SEEDS], out, extractor="rules", fresh=True)
    assert again.documents_built == 5
    assert _nquads(out) == first


def test_another_model_rebuilds(hand_corpus, tmp_path):
    out = tmp_path / "out"
    _build([hand_corpus], out)
    assert _build([hand_corpus], out).documents_built == 0
    assert _build([hand_corpus], out, model="some_pipeline").documents_built == 2  # HandExtractor ignores it
