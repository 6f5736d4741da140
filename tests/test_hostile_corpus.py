"""A corpus of good articles mixed with every kind of bad input, built by a real ``newsgraph build``.

Every good document is built; each bad input is reported once (stderr and
build-report.json, with path and reason); the exit code says "some documents
skipped" (3), distinct from "build failed" (1). Invalid UTF-8 is repaired and
flagged, not dropped; a document over spaCy's max_length and a very long
sentence do not crash the build.
"""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path

import pytest
from realproc import article, build, sorted_nquads, write_articles

pytestmark = pytest.mark.slow

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _without_root_file_access() -> None:
    """preexec_fn: drop the capabilities that let root read any file, so that a mode-000
    file is unreadable even though the tests run as root."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _hostile_corpus(folder: Path) -> dict[str, str]:
    """Writes the corpus; returns bad input name -> expected problem code."""
    write_articles(folder, 3)
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes(article(10).encode("utf-8").replace(b"chief", b"ch\xe9f\xff"))
    (folder / "empty.txt").write_bytes(b"")
    with (folder / "huge.txt").open("wb") as handle:  # 50 MB of text
        handle.write(b"The port authority said the ban would stay. " * (50 * 1024 * 1024 // 45 + 1))
    scripts = "".join(f"<script>var secret{i} = 'SCRIPTPAYLOAD{i}'; alert(1);</script>" for i in range(300))
    (folder / "scripts.html").write_text(
        f"<html><head><title>Genovia bans Kestrel Data</title>{scripts}</head><body>{scripts}"
        f"<article><h1>Genovia bans Kestrel Data</h1><p>{article(11).split(chr(10), 2)[2]}</p></article>"
        f"<script>document.write('SCRIPTPAYLOAD-body')</script></body></html>",
        encoding="utf-8",
    )
    good = json.dumps({"id": "wire-1", "title": "Wire story", "text": article(12).split("\n", 2)[2]})
    (folder / "feed.jsonl").write_text(good + "\n" + good.replace("wire-1", "wire-2")[:60] + "\n")
    locked = folder / "locked.txt"
    locked.write_text(article(13), encoding="utf-8")
    locked.chmod(0)
    (folder / "loop").mkdir()
    (folder / "loop" / "up").symlink_to("..", target_is_directory=True)
    (folder / "self.txt").symlink_to("self.txt")
    sentence = ("the minister of Freedonia said that Borealis Systems " * 200).strip()
    (folder / "long-sentence.txt").write_text(f"A long sentence\n\n{sentence}\n", encoding="utf-8")
    (folder / "too-long.txt").write_text(
        "Too long\n\n" + "Elbonia bans Tidewater Labs again today. " * 26_000, encoding="utf-8"
    )
    return {
        "binary.txt": "E055",
        "empty.txt": "E054",
        "huge.txt": "E056",
        "feed.jsonl": "E057",
        "locked.txt": "E051",
        "self.txt": "E052",
        "up": "E052",
        "too-long.txt": "E211",
    }


def test_hostile_corpus_builds_every_good_document_and_reports_each_bad_one_once(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    expected = _hostile_corpus(corpus)
    result = build(corpus, "--out", out, preexec_fn=_without_root_file_access)
    assert result.returncode == 3, result.stderr[-3000:]
    assert "Traceback" not in result.stderr

    report = json.loads((out / "build-report.json").read_text())
    by_name = {Path(p["path"]).name: p for p in report["problems"]}
    assert {name: by_name[name]["code"] for name in expected} == expected, report["problems"]
    assert len(report["problems"]) == len(expected), report["problems"]
    assert by_name["feed.jsonl"]["line"] == 2
    assert "max" in by_name["too-long.txt"]["reason"].lower()
    for name in expected:  # once on stderr, with the path
        assert sum(name in line for line in result.stderr.splitlines() if line.startswith("skipped:")) == 1

    nquads = "\n".join(sorted_nquads(out))
    built = {
        "article-000.txt",
        "article-001.txt",
        "article-002.txt",
        "latin1.txt",
        "scripts.html",
        "wire-1",
        "long-sentence.txt",
    }
    assert report["documents_built"] == len(built)
    for doc_id in built:
        assert f"<https://w3id.org/newsgraph/id/graph/{doc_id}>" in nquads
    assert "SCRIPTPAYLOAD" not in nquads
    # invalid UTF-8: decoded with U+FFFD and flagged with a warning on the document, not dropped
    latin1 = [line for line in nquads.splitlines() if "/graph/latin1.txt>" in line]
    assert any("ontology#warning>" in line for line in latin1)
    assert any("\ufffd" in line or "\\uFFFD" in line for line in latin1)
    # ...and reported: on stderr and in the build report
    assert [w["document"] for w in report["warnings"]] == ["latin1.txt"]
    assert any(line.startswith("warning:") and "latin1.txt" in line for line in result.stderr.splitlines())


def test_a_build_that_cannot_run_exits_1_not_3(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_articles(corpus, 1)
    (corpus / "empty.txt").write_bytes(b"")
    result = build(corpus, "--out", out, "--model", str(tmp_path / "no-such-pipeline"))
    assert result.returncode == 1
    assert "error: [E101]" in result.stderr and "Traceback" not in result.stderr
