"""SHACL: a correct graph conforms, a broken one fails with a clear report."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from newsgraph.graph.namespaces import NG_PREFIX, RDF
from newsgraph.graph.rdf import extraction_quads
from newsgraph.graph.shacl import validate


def test_hand_made_graph_conforms(hand_extractions):
    quads = [q for e in hand_extractions for q in extraction_quads(e)]
    report = validate(quads)
    assert report.conforms, report.summary()


def test_negated_statement_as_direct_triple_fails(hand_extractions):
    quads = extraction_quads(hand_extractions[0])
    negated = next(q for q in quads if q.object == NamedNode(NG_PREFIX + "Negated"))
    subject = next(
        q.object for q in quads if q.subject == negated.subject and q.predicate.value == RDF + "subject"
    )
    obj = next(
        q.object for q in quads if q.subject == negated.subject and q.predicate.value == RDF + "object"
    )
    leaked = Quad(subject, NamedNode(NG_PREFIX + "excludes"), obj, negated.graph_name)
    report = validate([*quads, leaked])
    assert not report.conforms
    assert "must be backed by an asserted statement" in report.summary()


def test_missing_evidence_and_bad_modality_fail(hand_extractions):
    quads = extraction_quads(hand_extractions[1])
    broken = [q for q in quads if q.predicate.value != NG_PREFIX + "evidence"]
    statement = next(q.subject for q in quads if q.predicate.value == NG_PREFIX + "modality")
    broken.append(Quad(statement, NamedNode(NG_PREFIX + "modality"), Literal("maybe"), quads[0].graph_name))
    report = validate(broken)
    assert not report.conforms
    paths = {v.path for v in report.violations}
    assert NG_PREFIX + "evidence" in paths and NG_PREFIX + "modality" in paths
