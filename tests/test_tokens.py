"""The per-document token table gives exactly spaCy's own children and sentences."""

from __future__ import annotations

import pytest

from newsgraph.extract.nlp import load_pipeline
from newsgraph.extract.tokens import child_tokens, children_of, sentence_of

TEXT = (
    "Acme Corp said on Monday that it would stop selling routers to Zenith.\n\n"
    "The regulator, which had warned the firm twice, did not comment. Jane Roe, its chief "
    "executive, resigned.\n\nShares fell 3 % in early trading in Oslo."
)


@pytest.fixture(scope="module")
def docs():
    nlp = load_pipeline()
    return list(nlp.pipe([TEXT, "Zenith bought Orbis. It paid cash."]))


def test_children_and_sentences_are_spacys(docs):
    for doc in docs:
        for token in doc:
            assert child_tokens(token) == tuple(token.children)
            assert sentence_of(token) == token.sent
            assert children_of(token) == tuple((c, c.dep_) for c in token.children if not c.is_space)
        span = doc[2:5]
        assert sentence_of(span) == span.sent


def test_switching_documents_rebuilds_the_table(docs):
    first, second = docs
    assert sentence_of(first[0]) == first[0].sent
    assert sentence_of(second[-1]) == second[-1].sent
    assert sentence_of(first[-1]) == first[-1].sent  # the first document again: not the second's table
    assert child_tokens(first[1]) == tuple(first[1].children)


def test_a_text_without_a_parse_is_one_sentence_without_children():
    import spacy

    doc = spacy.blank("en")("Acme fell. Zenith rose.")
    assert sentence_of(doc[3]).text == doc.text
    assert child_tokens(doc[0]) == ()


def test_each_thread_reads_its_own_document(docs):
    """A Dask worker may extract in several threads: one thread's document must not replace
    another's table between two of its questions."""
    import threading

    from newsgraph.extract import tokens

    first, second = docs
    table = tokens._table(first)
    seen = []
    worker = threading.Thread(target=lambda: seen.append(sentence_of(second[-1]) == second[-1].sent))
    worker.start()
    worker.join()
    assert seen == [True]
    assert table.doc is first  # the other thread built its own table
    assert tokens._table(first) is table  # and this one was not rebuilt


@pytest.mark.parametrize(
    "key",
    [slice(2, 5), slice(None, 3), slice(4, None), slice(-4, -1), slice(5, 2), slice(-100, 100), slice(0, 0)],
)
def test_a_view_slices_as_its_document_does(docs, key):
    from newsgraph.extract.tokens import DocView

    doc = docs[0]
    view = DocView(doc)
    got, expected = view[key], doc[key]
    assert (got.start, got.end, got.text) == (expected.start, expected.end, expected.text)
    assert view[3] is view[3] and view[3].i == doc[3].i and view[-1].i == doc[-1].i


def test_token_list_is_the_documents_tokens(docs):
    from newsgraph.extract.tokens import DocView, token_list

    doc = docs[1]
    assert [t.i for t in token_list(doc)] == [t.i for t in doc]
    assert token_list(DocView(doc))[2] is token_list(DocView(doc))[2]


def test_strings_and_span_texts_are_spacys(docs):
    from newsgraph.extract.tokens import DocView, span_text, token_strings

    for doc in docs:
        view = DocView(doc)
        for attribute in ("text", "lower_", "pos_", "tag_", "dep_"):
            assert token_strings(view, attribute) == [getattr(t, attribute) for t in doc]
        spans = [(a, b) for a in range(len(doc) + 1) for b in range(max(a - 1, 0), min(a + 5, len(doc)) + 1)]
        assert [span_text(view, a, b) for a, b in spans] == [doc[a:b].text for a, b in spans]
        assert (view.text, view.ents) == (doc.text, doc.ents)
