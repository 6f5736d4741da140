"""The registered "rules" extractor end to end, with the bundled spaCy pipeline."""

import pytest

from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.records import Document, DocumentExtraction
from newsgraph.extract.registry import get_extractor
from newsgraph.extract.rules import PIECE_CHARACTERS, pieces

TEXTS = {
    "a.txt": "Brazil banned Zorvex Networks on Monday. The ban was announced by the Brazilian government.\n\n"
    "Zorvex chief executive Paulo Mendes said the company would appeal.",
    "b.txt": "Kestrel Labs is ready to sell its drones to Chile, its founder told Reuters.",
    "c.txt": "",
}


@pytest.mark.slow
def test_extractor_yields_one_record_per_document_with_consistent_provenance():
    extractor = get_extractor("rules")
    documents = [Document.from_text(text, doc_id=name) for name, text in TEXTS.items()]
    records = list(extractor.extract(documents))
    assert [r.document.id for r in records] == list(TEXTS)
    assert all(isinstance(r, DocumentExtraction) for r in records)
    relations = set(lexicon().domains)
    for record in records:
        refs = {e.ref for e in record.entities}
        for statement in record.statements:
            assert record.document.text[statement.start : statement.end] == statement.evidence
            assert statement.relation is None or statement.relation in relations
            assert statement.subject in refs and statement.object in refs
            assert (statement.extractor, statement.extractor_version) == (extractor.name, extractor.version)
            assert statement.rule and 0 < statement.confidence <= 1
        for entity in record.entities:
            for mention in entity.mentions:
                assert record.document.text[mention.start : mention.end] == mention.text
    assert records[2].statements == ()


@pytest.mark.slow
def test_extractor_accepts_a_model_option_and_reports_a_missing_pipeline():
    from newsgraph.extract.errors import NewsgraphError

    with pytest.raises(NewsgraphError):
        list(
            get_extractor("rules", model="/nonexistent/pipeline").extract(
                [Document.from_text("x", doc_id="x")]
            )
        )


@pytest.mark.slow
def test_a_blank_line_ends_a_sentence_so_headlines_stay_apart():
    extractor = get_extractor("rules")
    text = "Zorvex pulls out of Brazil\n\nZorvex Networks has sold routers to Chile for a decade."
    doc = extractor.nlp(extractor._tokenized(text))
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Zorvex pulls out of Brazil"
    record = next(extractor.extract([Document.from_text(text, doc_id="h.txt")]))
    assert all("\n\n" not in s.evidence for s in record.statements)


@pytest.mark.slow
def test_sentences_break_only_after_final_punctuation_so_apposed_titles_stay_with_the_name():
    extractor = get_extractor("rules")
    text = (
        "Marta Ruiz, Kestrel Labs' chief executive for South America, said on Tuesday that the firm, "
        "which sells drones to farmers, would open two offices. Chile welcomed it: officials agreed."
    )
    doc = extractor.nlp(extractor._tokenized(text))
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0].endswith("two offices.")
    assert all(s[-1] in ".:" for s in sentences)
    record = next(extractor.extract([Document.from_text(text, doc_id="s.txt")]))
    found = {(s.subject.label, s.relation, s.object.label) for s in record.statements}
    assert ("Marta Ruiz", "worksFor", "Kestrel Labs") in found


def test_pieces_cut_after_paragraph_breaks_and_join_back():
    text = "First paragraph here.\n\nSecond one.  \n \n\tThird, a longer paragraph than the size.\n\nEnd."
    parts = pieces(text, size=25)
    assert "".join(parts) == text
    assert parts == [
        "First paragraph here.\n\n",
        "Second one.  \n \n\t",
        "Third, a longer paragraph than the size.\n\n",
        "End.",
    ]
    assert pieces("short", size=25) == ["short"]
    assert pieces("one paragraph, no break, longer than the size", size=5) == [
        "one paragraph, no break, longer than the size"
    ]


@pytest.mark.slow
def test_a_long_document_parsed_in_pieces_is_extracted_as_one():
    paragraph = (
        "Brazil banned Zorvex Networks on Monday. Zorvex chief executive Paulo Mendes said the company "
        "would appeal. Kestrel Labs is ready to sell its drones to Chile, its founder told Reuters."
    )
    copies = PIECE_CHARACTERS // len(paragraph) * 3
    text = "\n\n".join([paragraph] * copies)
    assert len(pieces(text)) >= 3
    long, short = get_extractor("rules").extract(
        [Document.from_text(text, doc_id="long.txt"), Document.from_text(paragraph, doc_id="short.txt")]
    )
    for statement in long.statements:
        assert text[statement.start : statement.end] == statement.evidence
    for entity in long.entities:
        assert all(text[m.start : m.end] == m.text for m in entity.mentions)
    # the same paragraph says the same things wherever a piece starts or ends
    assert {(s.subject, s.relation, s.object) for s in long.statements} == {
        (s.subject, s.relation, s.object) for s in short.statements
    }
    # every piece was parsed and joined: each copy's names are mentions of the document's entities
    mentions = {e.label: len(e.mentions) for e in long.entities}
    assert mentions["Paulo Mendes"] == mentions["Kestrel Labs"] == copies


def test_non_breaking_spaces_are_read_as_spaces_and_kept_in_the_text():
    plain = (
        "Brazil banned Zorvex Networks on Monday. Zorvex chief executive Paulo Mendes told "
        "The Guardian that the company would appeal."
    )
    spaced = plain.replace("told The", "told\u00a0The").replace("Paulo Mendes", "Paulo\u00a0Mendes")
    assert spaced != plain and len(spaced) == len(plain)
    with_plain, with_nbsp = get_extractor("rules").extract(
        [Document.from_text(plain, doc_id="plain.txt"), Document.from_text(spaced, doc_id="nbsp.txt")]
    )
    assert {(s.subject, s.relation, s.object) for s in with_nbsp.statements} == {
        (s.subject, s.relation, s.object) for s in with_plain.statements
    }
    assert ("Paulo Mendes", "contacts", "Guardian") in {
        (s.subject.label, s.relation, s.object.label) for s in with_nbsp.statements
    }
    for statement in with_nbsp.statements:  # the evidence quotes the stored text, spaces and all
        assert spaced[statement.start : statement.end] == statement.evidence
    for entity in with_nbsp.entities:
        assert all(spaced[m.start : m.end] == m.text for m in entity.mentions)
