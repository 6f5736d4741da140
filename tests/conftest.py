"""Shared fixtures.

``hand_extractions`` is a small hand-made corpus in the real data model
(``DocumentExtraction`` records, as any extractor yields them), so the graph
side is tested without spaCy. Evidence offsets are exact.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from browser.corpus import hand_statement

from newsgraph.extract.records import (
    Document,
    DocumentExtraction,
    Entity,
    EntityClass,
    EntityRef,
    Merge,
    Modality,
)
from newsgraph.extract.registry import register_extractor
from newsgraph.graph.rdf import extraction_quads
from newsgraph.graph.store import available_stores, open_store

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

RURITANIA = EntityRef("Ruritania", EntityClass.COUNTRY)
MINISTRY = EntityRef("Ruritanian Trade Ministry", EntityClass.GOVERNMENT_BODY)
ZEPHYR = EntityRef("Zephyr Networks", EntityClass.COMPANY)
OMNI = EntityRef("Omnicom Telecom", EntityClass.COMPANY)
ROUTER = EntityRef("Z-Router", EntityClass.PRODUCT)
ALICE = EntityRef("Alice Marsh", EntityClass.PERSON)


def make_extractions() -> list[DocumentExtraction]:
    """Two documents: a ban (asserted), a considered ban (hypothetical), a
    refusal that did not happen (negated), leadership, supply and an open triple."""
    one = Document.from_text(
        "Ruritania bans Zephyr Networks\n\n"
        "The Ruritanian Trade Ministry banned Zephyr Networks on Monday. "
        "Alice Marsh, the CEO of Zephyr Networks, said the ZN firm makes the Z-Router. "
        "Omnicom Telecom will not drop Zephyr Networks.",
        doc_id="one.txt",
        title="Ruritania bans Zephyr Networks",
        date="2024-03-01",
        url="https://news.example/one",
        source="seeds/one.txt",
    )
    two = Document.from_text(
        "Omnicom Telecom is considering a ban on Zephyr Networks. "
        "Zephyr Networks supplies Omnicom Telecom with the Z-Router.",
        doc_id="two.txt",
        author="Bob Reporter",
    )
    ext_one = DocumentExtraction(
        one,
        entities=(
            Entity("Ruritanian Trade Ministry", EntityClass.GOVERNMENT_BODY, ("Ruritanian Trade Ministry",)),
            Entity(
                "Zephyr Networks",
                EntityClass.COMPANY,
                ("Zephyr Networks", "ZN"),
                merges=(Merge("ZN", "acronym"),),
            ),
            Entity("Alice Marsh", EntityClass.PERSON, ("Alice Marsh",)),
            Entity("Z-Router", EntityClass.PRODUCT, ("Z-Router",)),
            Entity("Omnicom Telecom", EntityClass.COMPANY, ("Omnicom Telecom",)),
            Entity("Ruritania", EntityClass.COUNTRY, ("Ruritania",)),
        ),
        statements=(
            hand_statement(
                one,
                MINISTRY,
                "bans",
                ZEPHYR,
                "ban",
                "The Ruritanian Trade Ministry banned Zephyr Networks on Monday.",
                rule="ban-verb",
                confidence=0.9,
            ),
            hand_statement(
                one,
                ALICE,
                "leads",
                ZEPHYR,
                "CEO",
                "Alice Marsh, the CEO of Zephyr Networks, said the ZN firm makes the Z-Router.",
                rule="title-of",
            ),
            hand_statement(
                one,
                ZEPHYR,
                "produces",
                ROUTER,
                "make",
                "Alice Marsh, the CEO of Zephyr Networks, said the ZN firm makes the Z-Router.",
                attributed_to=ALICE,
                rule="make-verb",
            ),
            hand_statement(
                one,
                OMNI,
                "excludes",
                ZEPHYR,
                "drop",
                "Omnicom Telecom will not drop Zephyr Networks.",
                modality=Modality.NEGATED,
                rule="drop-verb",
                extra={"cue": "will not"},
            ),
        ),
        extractor="hand",
        extractor_version="1",
    )
    ext_two = DocumentExtraction(
        two,
        entities=(
            Entity("Omnicom Telecom", EntityClass.COMPANY, ("Omnicom Telecom",)),
            Entity("Zephyr Networks", EntityClass.COMPANY, ("Zephyr Networks",)),
            Entity("Z-Router", EntityClass.PRODUCT, ("Z-Router",)),
        ),
        statements=(
            hand_statement(
                two,
                OMNI,
                "bans",
                ZEPHYR,
                "ban",
                "Omnicom Telecom is considering a ban on Zephyr Networks.",
                modality=Modality.HYPOTHETICAL,
            ),
            hand_statement(
                two,
                ZEPHYR,
                "supplies",
                OMNI,
                "supply",
                "Zephyr Networks supplies Omnicom Telecom with the Z-Router.",
            ),
            hand_statement(
                two,
                ZEPHYR,
                None,
                ROUTER,
                "supply",
                "Zephyr Networks supplies Omnicom Telecom with the Z-Router.",
            ),
        ),
        extractor="hand",
        extractor_version="1",
    )
    return [ext_one, ext_two]


@pytest.fixture
def hand_extractions() -> list[DocumentExtraction]:
    return make_extractions()


def fill(store, extractions) -> None:
    store.load_ontology()
    for extraction in extractions:
        store.replace_document(extraction.document.id, extraction_quads(extraction))


@pytest.fixture(params=available_stores())
def store(request, tmp_path):
    """An empty writable store of each backend, on disk under ``tmp_path``."""
    opened = open_store(tmp_path / "out", request.param)
    yield opened
    opened.close()


@pytest.fixture
def hand_store(store, hand_extractions):
    """Each backend, holding the ontology and the hand-made corpus."""
    fill(store, hand_extractions)
    return store


# -- a real (if tiny) extractor over the hand-made corpus, for build and CLI tests -----------------


@register_extractor("hand")
class HandExtractor:
    """Finds the hand-made corpus' evidence sentences in any document and emits their statements.

    A document containing ``EXPLODE`` makes it raise (to test that one failing
    document does not stop a build); ``version`` is configurable (to test rebuilds).
    """

    name = "hand"

    def __init__(self, version: str = "1", **_config: object) -> None:
        self.version = version
        extractions = make_extractions()
        self._statements = [s for e in extractions for s in e.statements]
        self._entities = {}
        for extraction in extractions:
            for entity in extraction.entities:
                self._entities.setdefault(entity.ref, entity)

    def extract(self, documents):
        for document in documents:
            if "EXPLODE" in document.text:
                raise RuntimeError("the hand extractor was told to explode")
            statements = []
            for template in self._statements:
                start = document.text.find(template.evidence)
                if start >= 0:
                    statements.append(
                        replace(
                            template,
                            start=start,
                            end=start + len(template.evidence),
                            doc_id=document.id,
                            extractor_version=self.version,
                        )
                    )
            entities = tuple(e for ref, e in self._entities.items() if ref.label in document.text)
            yield DocumentExtraction(document, entities, tuple(statements), self.name, self.version)


@pytest.fixture
def hand_corpus(tmp_path) -> Path:
    """The hand-made corpus as .txt files in a folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for extraction in make_extractions():
        (folder / extraction.document.id).write_text(extraction.document.text + "\n", encoding="utf-8")
    return folder
