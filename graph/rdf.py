"""Map extraction records to RDF quads (one named graph per document).

What one :class:`~newsgraph.extract.records.DocumentExtraction` becomes, all in
the document's named graph (:func:`~newsgraph.graph.namespaces.graph_iri`):

- the **document**: ``ng:Document`` with ``ng:docId``, ``dcterms:title``,
  ``schema:datePublished``, ``schema:url``, ``schema:author``, ``ng:source``,
  ``ng:sha256``, the cleaned text (``schema:articleBody``), loading warnings,
  ``ng:buildHash`` and ``ng:mentions`` for each entity;
- each **entity**: its class, ``rdfs:label``, ``skos:altLabel`` per alias,
  ``ng:key`` per distinct :func:`lookup_key` of those names, and an
  ``ng:Merge`` audit node per recorded merge (alias + rule);
- the **extraction**: a ``prov:Activity`` that used the document and was
  associated with the extractor (a ``prov:SoftwareAgent``, name + version);
- each **statement**: an ``ng:Statement`` node (``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``, ``ng:modality``, ``ng:lemma``,
  ``ng:evidence``, ``ng:start``, ``ng:end``, ``prov:wasDerivedFrom`` the
  document, ``prov:wasGeneratedBy`` the extraction, ``ng:rule``,
  ``ng:confidence``, ``ng:attributedTo``), plus the **direct triple**
  (``entity ng:bans entity``) only when the statement is asserted and typed.
  Negated and hypothetical statements exist only as statement nodes, so a
  plain ``?a ng:bans ?b`` never returns something the text says did not
  happen. Open triples (no core relation) have ``rdf:predicate ng:relatedTo``
  and the raw lemma.

No blank nodes are written: every node has a stable IRI, so rebuilding gives
byte-identical sorted N-Quads.

>>> from newsgraph.extract.records import *
>>> doc = Document.from_text("Acme bans Foo.", doc_id="a.txt")
>>> acme, foo = EntityRef("Acme", EntityClass.COMPANY), EntityRef("Foo", EntityClass.PRODUCT)
>>> st = Statement(acme, "bans", foo, predicate="ban", evidence="Acme bans Foo.", start=0, end=14,
...                doc_id="a.txt", extractor="demo", extractor_version="0")
>>> quads = extraction_quads(DocumentExtraction(doc, (), (st,), "demo", "0"))
>>> sum(q.predicate.value.endswith("#bans") for q in quads)
1
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import Document, DocumentExtraction, EntityRef, Modality, Statement
from newsgraph.graph import ontology
from newsgraph.graph.namespaces import (
    DCTERMS,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    class_iri,
    document_iri,
    entity_ref_iri,
    extraction_iri,
    extractor_iri,
    graph_iri,
    merge_iri,
    modality_iri,
    ng,
    relation_iri,
    statement_iri,
)

__all__ = ["MAPPING_VERSION", "build_hash", "extraction_quads", "literal", "lookup_key"]

#: Bump when the mapping below changes, so that rebuilds reprocess every document.
MAPPING_VERSION = "2"

_TYPE = NamedNode(RDF + "type")
_SUBJECT, _PREDICATE, _OBJECT = (
    NamedNode(RDF + "subject"),
    NamedNode(RDF + "predicate"),
    NamedNode(RDF + "object"),
)
_LABEL = NamedNode(RDFS + "label")
_ALT_LABEL = NamedNode(SKOS + "altLabel")
_TITLE = NamedNode(DCTERMS + "title")
_DATE = NamedNode(SCHEMA + "datePublished")
_URL = NamedNode(SCHEMA + "url")
_AUTHOR = NamedNode(SCHEMA + "author")
_BODY = NamedNode(SCHEMA + "articleBody")
_DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")
_GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")
_USED = NamedNode(PROV + "used")
_ASSOCIATED_WITH = NamedNode(PROV + "wasAssociatedWith")
_ACTIVITY = NamedNode(PROV + "Activity")
_SOFTWARE_AGENT = NamedNode(PROV + "SoftwareAgent")
_INTEGER = NamedNode(XSD + "integer")
_DECIMAL = NamedNode(XSD + "decimal")
_XSD_DATE = NamedNode(XSD + "date")
_ANY_URI = NamedNode(XSD + "anyURI")
_RELATED_TO = ng("relatedTo")
_SURROGATE = re.compile("[\ud800-\udfff]")


def literal(text: str) -> Literal:
    """An ``xsd:string`` literal; unpaired surrogates (undecodable bytes) become U+FFFD."""
    try:
        return Literal(text)
    except ValueError:  # pyoxigraph refuses strings that are not valid Unicode
        return Literal(_SURROGATE.sub("\ufffd", text))


def lookup_key(name: str) -> str:
    """The case- and spacing-insensitive form of a name, stored as ``ng:key``.

    Finding an entity by name is then an index lookup, not a scan of every
    label (see ``about-entity.rq`` and :func:`~newsgraph.graph.sparql.bind_parameters`).

    >>> lookup_key("  Huawei   TECHNOLOGIES ")
    'huawei technologies'
    """
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _decimal(value: float) -> str:
    """The canonical ``xsd:decimal`` form, 4 places at most (as Oxigraph stores it: ``1``, ``0.85``)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def build_hash(document: Document, extractor: str, extractor_version: str, settings: str = "") -> str:
    """What decides whether a stored document must be rebuilt.

    A SHA-256 over the document's text hash and metadata, the extractor's name
    and version, its ``settings`` (e.g. ``model=en_core_web_sm``) and
    :data:`MAPPING_VERSION`: if none of them changed, the document's graph
    would come out the same, so a build skips it.
    """
    parts = (
        document.sha256,
        document.title or "",
        document.author or "",
        document.date or "",
        document.url or "",
        document.source,
        "\n".join(document.warnings),
        extractor,
        extractor_version,
        settings,
        MAPPING_VERSION,
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()


def _iso_date(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _document_quads(
    document: Document, extractor: str, version: str, settings: str, graph: NamedNode
) -> Iterable[Quad]:
    doc = document_iri(document.id)
    yield Quad(doc, _TYPE, ng("Document"), graph)
    yield Quad(doc, ng("docId"), literal(document.id), graph)
    yield Quad(doc, ng("sha256"), Literal(document.sha256), graph)
    yield Quad(doc, ng("buildHash"), Literal(build_hash(document, extractor, version, settings)), graph)
    yield Quad(doc, _BODY, literal(document.text), graph)
    if document.source:
        yield Quad(doc, ng("source"), literal(document.source), graph)
    if document.title:
        yield Quad(doc, _TITLE, literal(document.title), graph)
    if document.author:
        yield Quad(doc, _AUTHOR, literal(document.author), graph)
    if document.date:
        if _iso_date(document.date):
            yield Quad(doc, _DATE, Literal(document.date, datatype=_XSD_DATE), graph)
        else:
            yield Quad(doc, ng("dateText"), literal(document.date), graph)
    if document.url:
        yield Quad(doc, _URL, Literal(document.url, datatype=_ANY_URI), graph)
    for warning in document.warnings:
        yield Quad(doc, ng("warning"), literal(warning), graph)

    activity, agent = extraction_iri(document.id, extractor, version), extractor_iri(extractor, version)
    yield Quad(activity, _TYPE, ng("Extraction"), graph)
    yield Quad(activity, _TYPE, _ACTIVITY, graph)
    yield Quad(activity, _USED, doc, graph)
    yield Quad(activity, _ASSOCIATED_WITH, agent, graph)
    yield Quad(agent, _TYPE, _SOFTWARE_AGENT, graph)
    yield Quad(agent, _LABEL, literal(f"{extractor} {version}"), graph)
    yield Quad(agent, ng("extractorName"), literal(extractor), graph)
    yield Quad(agent, ng("extractorVersion"), literal(version), graph)


def _entity_quads(ref: EntityRef, aliases: Iterable[str], graph: NamedNode) -> Iterable[Quad]:
    node = entity_ref_iri(ref)
    yield Quad(node, _TYPE, class_iri(ref.cls), graph)
    yield Quad(node, _LABEL, literal(ref.label), graph)
    for alias in aliases:
        if alias != ref.label:
            yield Quad(node, _ALT_LABEL, literal(alias), graph)
    for key in dict.fromkeys(lookup_key(name) for name in (ref.label, *aliases)):
        yield Quad(node, ng("key"), literal(key), graph)


def _check_relation(statement: Statement) -> None:
    if statement.relation is not None and statement.relation not in ontology.relation_names():
        raise NewsgraphError(
            "E201",
            f"statement in {statement.doc_id!r} (offsets {statement.start}-{statement.end}) uses the unknown "
            f"relation {statement.relation!r}",
            "use a gold_name of shared/spec/relations.md (see ontology.ttl), or None for an open triple",
        )


def _statement_quads(statement: Statement, graph: NamedNode, activity: NamedNode) -> Iterable[Quad]:
    _check_relation(statement)
    node = statement_iri(statement)
    subject, obj = entity_ref_iri(statement.subject), entity_ref_iri(statement.object)
    predicate = _RELATED_TO if statement.relation is None else relation_iri(statement.relation)
    if statement.relation is not None and statement.modality is Modality.ASSERTED:
        yield Quad(subject, predicate, obj, graph)
    yield Quad(node, _TYPE, ng("Statement"), graph)
    yield Quad(node, _SUBJECT, subject, graph)
    yield Quad(node, _PREDICATE, predicate, graph)
    yield Quad(node, _OBJECT, obj, graph)
    yield Quad(node, ng("modality"), modality_iri(statement.modality), graph)
    yield Quad(node, ng("lemma"), literal(statement.predicate), graph)
    yield Quad(node, ng("evidence"), literal(statement.evidence), graph)
    yield Quad(node, ng("start"), Literal(str(statement.start), datatype=_INTEGER), graph)
    yield Quad(node, ng("end"), Literal(str(statement.end), datatype=_INTEGER), graph)
    yield Quad(node, ng("confidence"), Literal(_decimal(statement.confidence), datatype=_DECIMAL), graph)
    yield Quad(node, _DERIVED_FROM, document_iri(statement.doc_id), graph)
    yield Quad(node, _GENERATED_BY, activity, graph)
    if statement.rule:
        yield Quad(node, ng("rule"), literal(statement.rule), graph)
    if statement.attributed_to is not None:
        yield Quad(node, ng("attributedTo"), entity_ref_iri(statement.attributed_to), graph)
    for key, value in sorted(statement.extra.items()):
        yield Quad(node, ng("note"), literal(f"{key}={value}"), graph)


def extraction_quads(extraction: DocumentExtraction, settings: str = "") -> list[Quad]:
    """Every quad of one document's named graph, without duplicates, in a stable order.

    ``settings`` describes the extractor's configuration (see :func:`build_hash`).

    Raises :class:`NewsgraphError` ``E201`` for a statement whose relation is
    not in the ontology (nothing of the document is returned then).
    """
    document = extraction.document
    graph = graph_iri(document.id)
    doc = document_iri(document.id)
    activity = extraction_iri(document.id, extraction.extractor, extraction.extractor_version)
    quads: dict[Quad, None] = dict.fromkeys(
        _document_quads(document, extraction.extractor, extraction.extractor_version, settings, graph)
    )

    aliases: dict[EntityRef, list[str]] = {}
    for entity in extraction.entities:
        aliases.setdefault(entity.ref, []).extend(entity.aliases)
        for merge in entity.merges:
            node = merge_iri(document.id, entity.ref, merge.alias, merge.rule)
            quads.update(
                dict.fromkeys(
                    (
                        Quad(entity_ref_iri(entity.ref), ng("merge"), node, graph),
                        Quad(node, _TYPE, ng("Merge"), graph),
                        Quad(node, ng("alias"), literal(merge.alias), graph),
                        Quad(node, ng("mergeRule"), literal(merge.rule), graph),
                        Quad(node, _DERIVED_FROM, doc, graph),
                    )
                )
            )
    for statement in extraction.statements:
        for ref in (statement.subject, statement.object, statement.attributed_to):
            if ref is not None:
                aliases.setdefault(ref, [])
        quads.update(dict.fromkeys(_statement_quads(statement, graph, activity)))
    for ref, names in aliases.items():
        quads.update(dict.fromkeys(_entity_quads(ref, names, graph)))
        quads[Quad(doc, ng("mentions"), entity_ref_iri(ref), graph)] = None
    return list(quads)
