"""ontology.ttl covers every class and relation of the spec, with labels, comments, domain and range."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
import rdflib.collection
from rdflib.namespace import OWL, RDF, RDFS

from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.records import EntityClass, Modality
from newsgraph.graph.namespaces import NG_PREFIX, class_iri, modality_iri, relation_iri
from newsgraph.graph.ontology import gold_names, ontology_text, relation_names

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "relations.md"
NG = rdflib.Namespace(NG_PREFIX)


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology_text(), format="turtle")


def _spec_table(heading: str) -> list[str]:
    text = SPEC.read_text(encoding="utf-8")
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ")]
    return [r for r in rows if r not in ("class", "gold_name") and not re.fullmatch(r"-+", r)]


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec/relations.md is not beside the repository")
def test_every_spec_relation_and_class_maps_to_exactly_one_term():
    relations, classes = _spec_table("Relations"), _spec_table("Entity classes")
    assert len(relations) == 26 and len(classes) == 7
    assert set(relations) == relation_names()
    names = gold_names()
    for name in relations + classes:
        assert name in names


def test_relations_are_object_properties_with_label_comment_domain_range(onto):
    for name in relation_names():
        prop = rdflib.URIRef(relation_iri(name).value)
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        for predicate in (RDFS.label, RDFS.comment, RDFS.domain, RDFS.range):
            assert onto.value(prop, predicate) is not None, (name, predicate)
        assert (prop, RDFS.subPropertyOf, NG.relatedTo) in onto


def test_every_entity_class_is_an_owl_class_under_entity(onto):
    for cls in EntityClass:
        iri = rdflib.URIRef(class_iri(cls).value)
        assert (iri, RDF.type, OWL.Class) in onto
        assert onto.value(iri, RDFS.label) is not None and onto.value(iri, RDFS.comment) is not None
        assert NG.Entity in set(onto.transitive_objects(iri, RDFS.subClassOf))
    assert NG.Organization in set(onto.transitive_objects(NG.Company, RDFS.subClassOf))
    assert NG.Agent in set(onto.transitive_objects(NG.GovernmentBody, RDFS.subClassOf))


def test_modalities_are_individuals(onto):
    for modality in Modality:
        iri = rdflib.URIRef(modality_iri(modality).value)
        assert (iri, RDF.type, NG.Modality) in onto
        assert str(onto.value(iri, RDFS.label)) == modality.value


def test_prov_alignment(onto):
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    assert (NG.Statement, RDFS.subClassOf, prov.Entity) in onto
    assert (NG.Extraction, RDFS.subClassOf, prov.Activity) in onto
    assert (NG.Person, RDFS.subClassOf, prov.Person) in onto


def test_each_gold_name_is_used_once(onto):
    names = [str(o) for o in onto.objects(None, NG.goldName)]
    assert len(names) == len(set(names)) == len(gold_names())


def _members(onto: rdflib.Graph, node: rdflib.term.Node) -> set[rdflib.term.Node]:
    """A class, or the classes of an ``owl:unionOf``."""
    union = onto.value(node, OWL.unionOf)
    return set(rdflib.collection.Collection(onto, union)) if union is not None else {node}


def test_the_extractors_relation_classes_fit_the_ontologys_domain_and_range(onto):
    """Every class ``relations.tsv`` lets a rule put at either end is within the ontology's domain or
    range of that relation: the extractor never writes an edge the ontology does not allow."""
    for relation, (subjects, objects) in lexicon().domains.items():
        prop = rdflib.URIRef(relation_iri(relation).value)
        for classes, side in ((subjects, RDFS.domain), (objects, RDFS.range)):
            allowed = _members(onto, onto.value(prop, side))
            for cls in classes:
                supers = set(onto.transitive_objects(rdflib.URIRef(class_iri(cls).value), RDFS.subClassOf))
                assert supers & allowed, (relation, side, cls)
