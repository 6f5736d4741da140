"""Builds for the serving tests and the page benchmark, written with the real
records -> RDF mapping into the real on-disk store (no spaCy needed).

- :func:`explorer_corpus`: three small hand-made articles, one of them hostile
  (its title and a sentence carry ``<script>`` and ``onerror=`` payloads);
- :func:`synthetic_corpus`: a generated corpus of any size (benchmarks);
- :func:`write_build`: an output folder with ``store/``, as ``newsgraph build`` leaves it.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from newsgraph.extract.records import (
    Document,
    DocumentExtraction,
    Entity,
    EntityClass,
    EntityRef,
    Modality,
    Statement,
)
from newsgraph.graph.rdf import extraction_quads
from newsgraph.graph.store import open_store

#: What the hostile article tries to run; the browser test checks it never does.
SCRIPT_PAYLOAD = "<script>window.__pwned = 'script'</script>"
ONERROR_PAYLOAD = "<img src=x onerror=\"window.__pwned = 'onerror'\">"

GRANDLAND = EntityRef("Grandland", EntityClass.COUNTRY)
AGENCY = EntityRef("Grandland Telecom Agency", EntityClass.GOVERNMENT_BODY)
NIMBUS = EntityRef("Nimbus Systems", EntityClass.COMPANY)
KESTREL = EntityRef("Kestrel Mobile", EntityClass.COMPANY)
SWITCH = EntityRef("Nimbus Core Switch", EntityClass.PRODUCT)
DANA = EntityRef("Dana Whitfield", EntityClass.PERSON)
HOSTILE = EntityRef(f"Evil {SCRIPT_PAYLOAD} Corp", EntityClass.COMPANY)


def hand_statement(doc: Document, subject, relation, obj, predicate, evidence, **kw) -> Statement:
    """A statement of a hand-made extraction of ``doc``: its offsets are where ``evidence`` is."""
    start = doc.text.index(evidence)
    return Statement(
        subject,
        relation,
        obj,
        predicate=predicate,
        evidence=evidence,
        start=start,
        end=start + len(evidence),
        doc_id=doc.id,
        extractor="hand",
        extractor_version="1",
        **kw,
    )


def _extraction(doc: Document, facts: Iterable[tuple]) -> DocumentExtraction:
    statements = []
    entities: dict[EntityRef, None] = {}
    for subject, relation, obj, evidence, *rest in facts:
        modality = rest[0] if rest else Modality.ASSERTED
        statements.append(
            hand_statement(doc, subject, relation, obj, relation or "relate", evidence, modality=modality)
        )
        entities.update({subject: None, obj: None})
    return DocumentExtraction(
        doc,
        tuple(Entity(ref.label, ref.cls, (ref.label,)) for ref in entities),
        tuple(statements),
        "hand",
        "1",
    )


def explorer_corpus() -> list[DocumentExtraction]:
    """Three articles: a ban and a supply deal, a denial and a possible sanction,
    and a hostile article whose text would run script if inserted as HTML."""
    ban_text = (
        "Grandland Telecom Agency bans Nimbus Systems. "
        "The Grandland Telecom Agency banned Nimbus Systems from the national network on Friday. "
        "Dana Whitfield leads Nimbus Systems."
    )
    ban = Document.from_text(
        ban_text, "ban.txt", title="Grandland bans Nimbus", date="2024-02-09", url="https://news.example/ban"
    )
    deal_text = (
        "Nimbus Systems supplies Kestrel Mobile with the Nimbus Core Switch. "
        "Kestrel Mobile did not exclude Nimbus Systems from its tender. "
        "Grandland may investigate Kestrel Mobile next year."
    )
    deal = Document.from_text(deal_text, "deal.txt", title="Kestrel keeps Nimbus", date="2024-06-20")
    hostile_sentence = f"Evil {SCRIPT_PAYLOAD} Corp supplies Kestrel Mobile {ONERROR_PAYLOAD} with parts."
    hostile = Document.from_text(
        f"{hostile_sentence} Nimbus Systems produces the Nimbus Core Switch.",
        "hostile.html",
        title=f"Breaking {SCRIPT_PAYLOAD} {ONERROR_PAYLOAD}",
        date="2024-07-01",
        url="javascript:window.__pwned='url'",
    )
    return [
        _extraction(
            ban,
            [
                (
                    AGENCY,
                    "bans",
                    NIMBUS,
                    "The Grandland Telecom Agency banned Nimbus Systems from the national network on Friday.",
                ),
                (DANA, "leads", NIMBUS, "Dana Whitfield leads Nimbus Systems."),
            ],
        ),
        _extraction(
            deal,
            [
                (
                    NIMBUS,
                    "supplies",
                    KESTREL,
                    "Nimbus Systems supplies Kestrel Mobile with the Nimbus Core Switch.",
                ),
                (
                    KESTREL,
                    "excludes",
                    NIMBUS,
                    "Kestrel Mobile did not exclude Nimbus Systems from its tender.",
                    Modality.NEGATED,
                ),
                (
                    GRANDLAND,
                    "investigates",
                    KESTREL,
                    "Grandland may investigate Kestrel Mobile next year.",
                    Modality.HYPOTHETICAL,
                ),
            ],
        ),
        _extraction(
            hostile,
            [
                (HOSTILE, "supplies", KESTREL, hostile_sentence),
                (NIMBUS, "produces", SWITCH, "Nimbus Systems produces the Nimbus Core Switch."),
            ],
        ),
    ]


def synthetic_corpus(
    entities: int, statements: int, documents: int = 200, seed: int = 7
) -> list[DocumentExtraction]:
    """A generated corpus: ``entities`` entities (a few hubs, a long tail) linked by
    ``statements`` statements spread over ``documents`` dated articles."""
    rng = random.Random(seed)
    classes = [cls for cls in EntityClass if cls is not EntityClass.THING]
    relations = ["bans", "supplies", "investigates", "accuses", "supports", "worksFor", "uses", "criticizes"]
    refs = [EntityRef(f"Entity {i:05d}", classes[i % len(classes)]) for i in range(entities)]
    per_doc: dict[int, list[tuple]] = {}
    for i in range(statements):
        # every entity appears at least once; then a skewed pick makes hubs
        subject = refs[i] if i < entities else refs[int(rng.paretovariate(1.2)) % entities]
        obj = refs[rng.randrange(entities)]
        if obj == subject:
            obj = refs[(refs.index(subject) + 1) % entities]
        modality = rng.choices(list(Modality), weights=(90, 6, 4))[0]
        per_doc.setdefault(i % documents, []).append((subject, rng.choice(relations), obj, modality))
    out = []
    for number, facts in sorted(per_doc.items()):
        sentences = [f"{s.label} {r} {o.label} (statement {k})." for k, (s, r, o, _) in enumerate(facts)]
        doc = Document.from_text(
            " ".join(sentences),
            f"synthetic-{number:04d}.txt",
            title=f"Synthetic article {number}",
            date=f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
        )
        out.append(
            _extraction(
                doc, [(s, r, o, sentence, m) for (s, r, o, m), sentence in zip(facts, sentences, strict=True)]
            )
        )
    return out


def write_build(out: Path, extractions: Iterable[DocumentExtraction]) -> Path:
    """Store ``extractions`` (and the ontology) in ``out/store`` as a build does; returns ``out``."""
    store = open_store(out, "oxigraph")
    try:
        store.load_ontology()
        for extraction in extractions:
            store.replace_document(extraction.document.id, extraction_quads(extraction))
    finally:
        store.close()
    return out
