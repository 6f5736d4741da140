"""The RDF mapping: stable IRIs, direct triples only for asserted statements, provenance."""

from __future__ import annotations

import pytest
from conftest import MINISTRY, OMNI, ZEPHYR
from pyoxigraph import Literal, NamedNode

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import DocumentExtraction, EntityClass, EntityRef, Modality, Statement
from newsgraph.graph.namespaces import (
    NG_PREFIX,
    PROV,
    RDF,
    SKOS,
    doc_id_of_graph,
    document_iri,
    entity_iri,
    entity_ref_iri,
    graph_iri,
    statement_iri,
)
from newsgraph.graph.rdf import build_hash, extraction_quads, literal


def _ng(local: str) -> NamedNode:
    return NamedNode(NG_PREFIX + local)


def _objects(quads, subject, predicate):
    return {q.object for q in quads if q.subject == subject and q.predicate == predicate}


def test_entity_iris_are_stable_and_class_sensitive():
    a = entity_iri("Huawei", EntityClass.COMPANY)
    assert a == entity_iri("Huawei", EntityClass.COMPANY)
    assert a != entity_iri("Huawei", EntityClass.ORGANIZATION)
    assert a != entity_iri("huawei", EntityClass.COMPANY)  # labels are canonical: case matters
    assert entity_iri("Zürich", EntityClass.PLACE).value.split("/")[-1].startswith("zurich-place-")
    assert entity_iri("中国", EntityClass.COUNTRY).value.split("/")[-1].startswith("x-country-")


def test_document_graph_iri_round_trips_any_id():
    for doc_id in ("a.txt", "dir/b c.html", "id#1?x=ü"):
        assert doc_id_of_graph(graph_iri(doc_id)) == doc_id
        assert " " not in document_iri(doc_id).value


def test_every_quad_is_in_the_document_graph_and_no_blank_nodes(hand_extractions):
    for extraction in hand_extractions:
        quads = extraction_quads(extraction)
        assert {q.graph_name for q in quads} == {graph_iri(extraction.document.id)}
        assert not any(type(t).__name__ == "BlankNode" for q in quads for t in (q.subject, q.object))
        assert len(quads) == len(set(quads))


def test_only_asserted_typed_statements_are_direct_triples(hand_extractions):
    one, two = (extraction_quads(e) for e in hand_extractions)
    ministry, zephyr, omni = (entity_ref_iri(r) for r in (MINISTRY, ZEPHYR, OMNI))
    assert _objects(one, ministry, _ng("bans")) == {zephyr}
    # negated: "will not drop" -> statement node only
    assert not _objects(one, omni, _ng("excludes"))
    # hypothetical: "is considering a ban" -> statement node only
    assert not _objects(two, omni, _ng("bans"))
    # open triple: no direct triple with ng:relatedTo
    assert not [q for q in two if q.predicate == _ng("relatedTo") and q.subject == zephyr]


def test_statement_node_carries_provenance(hand_extractions):
    extraction = hand_extractions[0]
    negated = next(s for s in extraction.statements if s.modality is Modality.NEGATED)
    quads = extraction_quads(extraction)
    node = statement_iri(negated)

    def one(local_or_iri):
        iri = local_or_iri if isinstance(local_or_iri, NamedNode) else _ng(local_or_iri)
        (value,) = _objects(quads, node, iri)
        return value

    assert one(NamedNode(RDF + "type")) == _ng("Statement")
    assert one(NamedNode(RDF + "subject")) == entity_ref_iri(OMNI)
    assert one(NamedNode(RDF + "predicate")) == _ng("excludes")
    assert one(NamedNode(RDF + "object")) == entity_ref_iri(ZEPHYR)
    assert one("modality") == _ng("Negated")
    assert one("evidence").value == "Omnicom Telecom will not drop Zephyr Networks."
    start, end = int(one("start").value), int(one("end").value)
    assert extraction.document.text[start:end] == one("evidence").value
    assert one("lemma").value == "drop"
    assert one("rule").value == "drop-verb"
    assert one("note").value == "cue=will not"
    assert one(NamedNode(PROV + "wasDerivedFrom")) == document_iri("one.txt")
    activity = one(NamedNode(PROV + "wasGeneratedBy"))
    (agent,) = _objects(quads, activity, NamedNode(PROV + "wasAssociatedWith"))
    assert _objects(quads, agent, _ng("extractorName")) == {Literal("hand")}


def test_open_triple_keeps_the_raw_lemma(hand_extractions):
    extraction = hand_extractions[1]
    open_statement = next(s for s in extraction.statements if s.is_open)
    quads = extraction_quads(extraction)
    node = statement_iri(open_statement)
    assert _objects(quads, node, NamedNode(RDF + "predicate")) == {_ng("relatedTo")}
    assert _objects(quads, node, _ng("lemma")) == {Literal("supply")}


def test_entities_aliases_merges_and_document(hand_extractions):
    quads = extraction_quads(hand_extractions[0])
    zephyr = entity_ref_iri(ZEPHYR)
    assert _objects(quads, zephyr, NamedNode(SKOS + "altLabel")) == {Literal("ZN")}
    (merge,) = _objects(quads, zephyr, _ng("merge"))
    assert _objects(quads, merge, _ng("alias")) == {Literal("ZN")}
    assert _objects(quads, merge, _ng("mergeRule")) == {Literal("acronym")}
    doc = document_iri("one.txt")
    assert zephyr in _objects(quads, doc, _ng("mentions"))
    assert {
        q.object.value for q in quads if q.subject == doc and q.predicate.value.endswith("datePublished")
    } == {"2024-03-01"}
    assert Literal(hand_extractions[0].document.sha256) in _objects(quads, doc, _ng("sha256"))


def test_statement_with_unknown_relation_is_refused(hand_extractions):
    extraction = hand_extractions[1]
    bad = Statement(ZEPHYR, "sellsTo", OMNI, "sell", "x", 0, 1, "two.txt", "hand", "1")
    broken = DocumentExtraction(extraction.document, (), (bad,), "hand", "1")
    with pytest.raises(NewsgraphError, match="unknown relation 'sellsTo'"):
        extraction_quads(broken)


def test_build_hash_changes_with_extractor_version(hand_extractions):
    doc = hand_extractions[0].document
    assert build_hash(doc, "rules", "1") == build_hash(doc, "rules", "1")
    assert build_hash(doc, "rules", "1") != build_hash(doc, "rules", "2")


def test_mapping_is_deterministic(hand_extractions):
    assert extraction_quads(hand_extractions[0]) == extraction_quads(hand_extractions[0])


def test_lone_surrogates_do_not_crash():
    assert literal("bad \udcff byte").value == "bad \ufffd byte"


def test_entity_referenced_only_by_a_statement_is_still_typed(hand_extractions):
    extraction = hand_extractions[1]
    stranger = EntityRef("Stranger Corp", EntityClass.COMPANY)
    st = Statement(stranger, "supplies", OMNI, "supply", "x", 0, 1, "two.txt", "hand", "1")
    quads = extraction_quads(DocumentExtraction(extraction.document, (), (st,), "hand", "1"))
    assert _ng("Company") in _objects(quads, entity_ref_iri(stranger), NamedNode(RDF + "type"))


def test_entities_have_lookup_keys(hand_extractions):
    quads = extraction_quads(hand_extractions[0])
    zephyr = entity_ref_iri(ZEPHYR)
    assert {q.object.value for q in quads if q.subject == zephyr and q.predicate == _ng("key")} == {
        "zephyr networks",
        "zn",
    }
