"""Hypothesis fuzzing of the rules extractor and the RDF mapping: random unicode, control
characters, huge tokens and long runs of punctuation never raise, and every statement's
offsets point at its evidence. Example counts are bounded so that CI stays fast."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.extract.records import Document
from newsgraph.extract.registry import get_extractor
from newsgraph.graph.rdf import extraction_quads

WORDS = ["Ruritania", "bans", "Zephyr", "Networks", "the", "minister", "said", "not", "CEO", "of", ",", "."]

unicode_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400)
control_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x9F), max_size=200)
huge_token = st.integers(1_000, 30_000).map(lambda n: "Zephyr" + "x" * n)
wordy = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
separators = st.sampled_from(["\n\n", "\u2028", "\ufeff"])
fragment = st.one_of(unicode_text, control_text, huge_token, wordy, separators)
documents = st.lists(fragment, min_size=1, max_size=5).map("".join)


@pytest.fixture(scope="module")
def extractor():
    return get_extractor("rules")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents)
def test_the_extractor_never_raises_and_offsets_hold(extractor, text):
    document = Document.from_text(text, doc_id="fuzz.txt")
    (extraction,) = extractor.extract([document])
    for statement in extraction.statements:
        assert document.text[statement.start : statement.end] == statement.evidence
    quads = extraction_quads(extraction)
    assert quads
