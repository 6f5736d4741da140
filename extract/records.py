"""The data model between extraction and the graph.

``newsgraph.extract`` turns documents into these records; ``newsgraph.graph``
turns them into RDF. The two sides meet only here, so this module imports
nothing but the standard library (no spaCy).

The flow is::

    Document --extractor--> DocumentExtraction(entities, statements) --> RDF

Every record is a frozen dataclass: records are values, safe to hash, share
between processes and compare in tests.

>>> doc = Document.from_text("Acme bans Foo.", doc_id="a.txt")
>>> acme = EntityRef("Acme", EntityClass.COMPANY)
>>> foo = EntityRef("Foo", EntityClass.PRODUCT)
>>> st = Statement(acme, "bans", foo, predicate="ban", evidence="Acme bans Foo.",
...                start=0, end=14, doc_id=doc.id, extractor="demo", extractor_version="0")
>>> statement_to_json(st)["p"], statement_to_json(st)["s_class"]
('bans', 'Company')
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Document",
    "DocumentExtraction",
    "Entity",
    "EntityClass",
    "EntityRef",
    "Mention",
    "Merge",
    "Modality",
    "Statement",
    "content_hash",
    "statement_to_json",
]


class EntityClass(str, enum.Enum):
    """Entity classes of ``ontology.ttl`` (see ``shared/spec/relations.md``).

    ``THING`` is the class of an open triple's object that is not a named
    entity (a common noun phrase such as "network equipment").
    """

    PERSON = "Person"
    COUNTRY = "Country"
    GOVERNMENT_BODY = "GovernmentBody"
    COMPANY = "Company"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    PRODUCT = "Product"
    THING = "Thing"

    def __str__(self) -> str:
        return self.value


class Modality(str, enum.Enum):
    """Whether the text states that a relation holds, does not hold, or might."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"

    def __str__(self) -> str:
        return self.value


def content_hash(text: str) -> str:
    """A stable SHA-256 hex digest of ``text`` (used to skip unchanged documents)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One cleaned article.

    ``text`` is the cleaned body with the title first when there is one; every
    character offset in the records refers to it. ``id`` is unique within a
    corpus (the file name, or the ``id`` field of a JSONL line) and decides the
    document's named graph. ``warnings`` lists what was repaired on loading
    (e.g. invalid UTF-8 replaced), so that it can be reported, not hidden.
    """

    id: str
    text: str
    source: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None
    warnings: tuple[str, ...] = ()
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("Document.id must not be empty")
        if not self.sha256:
            object.__setattr__(self, "sha256", content_hash(self.text))

    @classmethod
    def from_text(cls, text: str, doc_id: str, **metadata: Any) -> Document:
        """Make a document from already clean text (tests, notebooks, the API)."""
        return cls(id=doc_id, text=text, **metadata)


@dataclass(frozen=True)
class Mention:
    """A span of the document text that refers to an entity."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Merge:
    """Why a surface form was merged into an entity (for auditing coreference).

    ``rule`` names the rule (``acronym``, ``surname``, ``metonymy``, ...).
    """

    alias: str
    rule: str


@dataclass(frozen=True, order=True)
class EntityRef:
    """The identity of an entity: its canonical label and class.

    Two entities with the same label and class are the same entity, within a
    document and across documents (they get the same IRI).
    """

    label: str
    cls: EntityClass

    def __str__(self) -> str:
        return f"{self.label} ({self.cls.value})"


@dataclass(frozen=True)
class Entity:
    """A canonical entity of one document, with every way the text names it."""

    label: str
    cls: EntityClass
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    merges: tuple[Merge, ...] = ()

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.label, self.cls)


@dataclass(frozen=True)
class Statement:
    """One extracted relation instance with its provenance.

    ``relation`` is the ``gold_name`` of a core relation (``bans``,
    ``supplies``...) or ``None`` for an open triple, whose meaning is only the
    raw ``predicate`` (the trigger's lemma, e.g. ``"sign"``). ``start``/``end``
    are the character offsets of ``evidence`` (the sentence) in the cleaned
    document text, so ``doc.text[start:end] == evidence``.
    """

    subject: EntityRef
    relation: str | None
    object: EntityRef
    predicate: str
    evidence: str
    start: int
    end: int
    doc_id: str
    extractor: str
    extractor_version: str
    modality: Modality = Modality.ASSERTED
    rule: str = ""
    confidence: float = 1.0
    attributed_to: EntityRef | None = None
    extra: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_open(self) -> bool:
        """True for an untyped (subject, verb lemma, object) triple."""
        return self.relation is None


@dataclass(frozen=True)
class DocumentExtraction:
    """Everything extracted from one document: the unit the graph stores."""

    document: Document
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    extractor: str
    extractor_version: str


def statement_to_json(statement: Statement) -> dict[str, Any]:
    """The stable JSON form of a statement (one line of ``newsgraph extract``).

    Keys: ``doc, s, s_class, p, o, o_class, modality, evidence, start, end``
    (the evaluation interface), then ``predicate, open, rule, confidence,
    extractor, extractor_version`` and ``attributed_to`` when known. ``p`` is
    the relation's gold_name, or ``null`` for an open triple.
    """
    record: dict[str, Any] = {
        "doc": statement.doc_id,
        "s": statement.subject.label,
        "s_class": statement.subject.cls.value,
        "p": statement.relation,
        "o": statement.object.label,
        "o_class": statement.object.cls.value,
        "modality": statement.modality.value,
        "evidence": statement.evidence,
        "start": statement.start,
        "end": statement.end,
        "predicate": statement.predicate,
        "open": statement.is_open,
        "rule": statement.rule,
        "confidence": round(statement.confidence, 4),
        "extractor": statement.extractor,
        "extractor_version": statement.extractor_version,
    }
    if statement.attributed_to is not None:
        record["attributed_to"] = statement.attributed_to.label
    return record
