"""The held-out gold files (``benchmarks/heldout*/*.json``) are well formed and their offsets hold.

The gold stores no article text: ``doc`` names a record of
``../shared/corpora/news-bench/articles.jsonl``, ``text_sha256`` pins the
version of its ``text`` that the ``evidence_start``/``evidence_end`` offsets
refer to. The corpus checks are skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
HELDOUT = ("heldout", *(f"heldout{n}" for n in range(2, 16)))
GOLD_DIRS = tuple(REPO / "benchmarks" / name for name in HELDOUT)
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpora" / "news-bench" / "articles.jsonl"
SPEC = SHARED / "spec" / "relations.md"
CLASSES = {"Person", "Country", "GovernmentBody", "Company", "Organization", "Place", "Product"}
MODALITIES = {"asserted", "negated", "hypothetical"}
GOLD_FILES = sorted(path for folder in GOLD_DIRS for path in folder.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    if not CORPUS.is_file():
        pytest.skip(f"corpus not available at {CORPUS} (needs ../shared)")
    with CORPUS.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh) if r}


@pytest.fixture(scope="module")
def relations() -> set[str]:
    if not SPEC.is_file():
        pytest.skip(f"relation spec not available at {SPEC} (needs ../shared)")
    return set(re.findall(r"^\| ([a-z]\w*) \|", SPEC.read_text(encoding="utf-8"), re.M)) - {
        "gold_name",
        "class",
    }


@pytest.mark.parametrize("folder", GOLD_DIRS, ids=lambda p: p.name)
def test_there_is_a_heldout_set(folder: Path) -> None:
    assert len(list(folder.glob("*.json"))) >= 6


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_structure(path: Path) -> None:
    gold = _load(path)
    assert set(gold) == {"doc", "text_sha256", "entities", "triples"}
    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids)), "entity ids must be unique"
    for entity in gold["entities"]:
        assert entity["class"] in CLASSES, entity
        assert entity["aliases"][0] == entity["name"], entity
    used = set()
    keys = set()
    for t in gold["triples"]:
        assert t["s"] in ids and t["o"] in ids and t["s"] != t["o"], t
        assert t["modality"] in MODALITIES, t
        assert 0 <= t["evidence_start"] < t["evidence_end"], t
        assert "evidence" not in t, "no article text in the repository"
        key = (t["s"], t["p"], t["o"], t["modality"])
        assert key not in keys, f"duplicate triple {key}"
        keys.add(key)
        used |= {t["s"], t["o"]}
    assert used == set(ids), f"entities no triple uses: {set(ids) - used}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_against_corpus(path: Path, articles: dict[str, dict], relations: set[str]) -> None:
    gold = _load(path)
    article = articles.get(gold["doc"])
    assert article is not None, f"{gold['doc']!r} is not in {CORPUS}"
    text = article["text"]
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == gold["text_sha256"], "corpus text changed"
    for t in gold["triples"]:
        assert t["p"] in relations, t
        span = text[t["evidence_start"] : t["evidence_end"]]
        assert t["evidence_end"] <= len(text), t
        assert span == span.strip() and "\n" not in span, (t, span)
        start, end = t["evidence_start"], t["evidence_end"]
        assert start == 0 or not (text[start - 1].isalnum() and span[0].isalnum()), ("cuts a word", span)
        assert end == len(text) or not (text[end].isalnum() and span[-1].isalnum()), ("cuts a word", span)
    seen = f"{article['title']}\n{text}"
    for entity in gold["entities"]:
        for alias in entity["aliases"][1:]:  # the canonical name may be absent from the text
            assert alias in seen, (entity["id"], alias)
