"""The registered "rules" extractor end to end, with the bundled spaCy pipeline."""

import pytest

from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.records import Document, DocumentExtraction
from newsgraph.extract.registry import get_extractor

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
