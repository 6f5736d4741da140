"""Every IRI newsgraph writes, minted in one place.

The ontology lives under ``ng:`` (``https://w3id.org/newsgraph/ontology#``);
instance data lives under ``https://w3id.org/newsgraph/id/``. All instance
IRIs are pure functions of the records, so the same input gives the same
graph on every run and on every machine:

- an entity's IRI depends only on its (label, class): a readable slug plus a
  short hash, e.g. ``…/id/entity/huawei-company-5b1c0e2d4a7f``;
- a document's IRI and its named graph's IRI come from ``Document.id``
  (percent-encoded, so any id is safe and the id can be read back);
- a statement's IRI is a hash of what makes it one statement (document,
  subject, relation or raw predicate, object, modality and evidence offsets).

>>> from newsgraph.extract.records import EntityClass
>>> entity_iri("Huawei", EntityClass.COMPANY) == entity_iri("Huawei", EntityClass.COMPANY)
True
>>> entity_iri("Huawei", EntityClass.COMPANY).value.startswith(ID + "entity/huawei-company-")
True
>>> graph_iri("a b.txt").value
'https://w3id.org/newsgraph/id/graph/a%20b.txt'
>>> doc_id_of_graph(graph_iri("a b.txt"))
'a b.txt'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

from newsgraph.extract.records import EntityClass, EntityRef, Modality, Statement

__all__ = [
    "ID",
    "NG_PREFIX",
    "ONTOLOGY_GRAPH",
    "PREFIXES",
    "class_iri",
    "doc_id_of_graph",
    "document_iri",
    "entity_iri",
    "entity_ref_iri",
    "extraction_iri",
    "extractor_iri",
    "graph_iri",
    "is_document_graph",
    "merge_iri",
    "modality_iri",
    "ng",
    "relation_iri",
    "sparql_prefixes",
    "statement_iri",
]

NG_PREFIX = "https://w3id.org/newsgraph/ontology#"
ID = "https://w3id.org/newsgraph/id/"
ONTOLOGY_GRAPH = NamedNode("https://w3id.org/newsgraph/ontology")
_GRAPH_BASE = ID + "graph/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
SH = "http://www.w3.org/ns/shacl#"

#: prefix -> namespace, used for serialisations and prepended to SPARQL queries.
PREFIXES: dict[str, str] = {
    "ng": NG_PREFIX,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
}

_HASH_LEN = 12  # 48 bits: collisions need equal slugs too, so this is ample


def ng(local: str) -> NamedNode:
    """The ontology term ``ng:local``."""
    return NamedNode(NG_PREFIX + local)


def _digest(*parts: str, length: int = _HASH_LEN) -> str:
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).hexdigest()[:length]


def _slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "x"


def entity_iri(label: str, cls: EntityClass) -> NamedNode:
    """The stable IRI of the entity (label, class): slug, class and a short hash."""
    return NamedNode(f"{ID}entity/{_slug(label)}-{_slug(cls.value)}-{_digest(cls.value, label)}")


def entity_ref_iri(ref: EntityRef) -> NamedNode:
    """:func:`entity_iri` of an :class:`EntityRef`."""
    return entity_iri(ref.label, ref.cls)


def document_iri(doc_id: str) -> NamedNode:
    """The IRI of the document resource (its metadata and text)."""
    return NamedNode(f"{ID}doc/{quote(doc_id, safe='')}")


def graph_iri(doc_id: str) -> NamedNode:
    """The named graph holding everything extracted from one document."""
    return NamedNode(_GRAPH_BASE + quote(doc_id, safe=""))


def is_document_graph(graph: NamedNode) -> bool:
    """True for a per-document named graph (not the ontology graph)."""
    return graph.value.startswith(_GRAPH_BASE)


def doc_id_of_graph(graph: NamedNode) -> str:
    """The ``Document.id`` of a per-document graph (inverse of :func:`graph_iri`)."""
    if not is_document_graph(graph):
        raise ValueError(f"{graph.value} is not a newsgraph document graph")
    return unquote(graph.value[len(_GRAPH_BASE) :])


def statement_iri(statement: Statement) -> NamedNode:
    """A statement node's IRI: a hash of what distinguishes one statement."""
    key = _digest(
        statement.doc_id,
        statement.subject.label,
        statement.subject.cls.value,
        statement.relation or "",
        statement.predicate,
        statement.object.label,
        statement.object.cls.value,
        statement.modality.value,
        str(statement.start),
        str(statement.end),
        length=20,
    )
    return NamedNode(f"{ID}statement/{key}")


def extractor_iri(name: str, version: str) -> NamedNode:
    """The software agent (``prov:SoftwareAgent``) of one extractor version."""
    return NamedNode(f"{ID}extractor/{quote(name, safe='')}/{quote(version, safe='')}")


def extraction_iri(doc_id: str, extractor: str, version: str) -> NamedNode:
    """The ``prov:Activity`` of running one extractor version on one document."""
    return NamedNode(f"{ID}extraction/{_digest(doc_id, extractor, version, length=20)}")


def merge_iri(doc_id: str, entity: EntityRef, alias: str, rule: str) -> NamedNode:
    """The audit record of merging ``alias`` into ``entity`` in one document."""
    return NamedNode(f"{ID}merge/{_digest(doc_id, entity.label, entity.cls.value, alias, rule, length=20)}")


def class_iri(cls: EntityClass) -> NamedNode:
    """The ontology class of an entity class (``ng:Company``...)."""
    return ng(cls.value)


def relation_iri(gold_name: str) -> NamedNode:
    """The object property of a core relation; its local name is the gold_name."""
    return ng(gold_name)


_MODALITY_LOCAL = {
    Modality.ASSERTED: "Asserted",
    Modality.NEGATED: "Negated",
    Modality.HYPOTHETICAL: "Hypothetical",
}


def modality_iri(modality: Modality) -> NamedNode:
    """The ``ng:Modality`` individual (``ng:Asserted``, ``ng:Negated``, ``ng:Hypothetical``)."""
    return ng(_MODALITY_LOCAL[modality])


def sparql_prefixes() -> str:
    """``PREFIX`` lines for every entry of :data:`PREFIXES`."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
