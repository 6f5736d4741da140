"""The ontology and the SHACL shapes shipped inside the package.

>>> "bans" in relation_names() and "withdrawsFrom" in relation_names()
True
>>> len(relation_names())
26
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat

from newsgraph.graph.namespaces import NG_PREFIX, ONTOLOGY_GRAPH, OWL, RDF

__all__ = ["gold_names", "ontology_quads", "ontology_text", "relation_names", "shapes_text"]

_GOLD_NAME = NamedNode(NG_PREFIX + "goldName")
_OBJECT_PROPERTY = NamedNode(OWL + "ObjectProperty")
_TYPE = NamedNode(RDF + "type")
_Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal


def _package_text(name: str) -> str:
    return resources.files("newsgraph.graph").joinpath(name).read_text(encoding="utf-8")


@cache
def ontology_text() -> str:
    """The Turtle source of ``ontology.ttl`` as installed with the package."""
    return _package_text("ontology.ttl")


@cache
def shapes_text() -> str:
    """The Turtle source of the SHACL shapes (``shapes.ttl``)."""
    return _package_text("shapes.ttl")


def _skolem(term: _Term, names: dict[str, NamedNode]) -> _Term:
    if not isinstance(term, pyoxigraph.BlankNode):
        return term
    return names.setdefault(term.value, NamedNode(f"{ONTOLOGY_GRAPH.value}/.well-known/genid/{len(names)}"))


@cache
def _ontology_triples() -> tuple[pyoxigraph.Triple, ...]:
    """The ontology's triples, blank nodes (RDF lists) replaced by stable IRIs so
    that storing the ontology twice gives the same quads."""
    names: dict[str, NamedNode] = {}
    return tuple(
        pyoxigraph.Triple(_skolem(t.subject, names), t.predicate, _skolem(t.object, names))
        for t in pyoxigraph.parse(ontology_text(), format=RdfFormat.TURTLE)
    )


def ontology_quads() -> list[Quad]:
    """The ontology's triples, in its own named graph (:data:`ONTOLOGY_GRAPH`)."""
    return [Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in _ontology_triples()]


@cache
def gold_names() -> dict[str, NamedNode]:
    """Every ``ng:goldName`` (classes, relations, modalities) -> its ontology term."""
    names: dict[str, NamedNode] = {}
    for triple in _ontology_triples():
        if triple.predicate == _GOLD_NAME:
            names[triple.object.value] = triple.subject
    return names


@cache
def relation_names() -> frozenset[str]:
    """The gold names of the core relations (object properties with ``ng:goldName``)."""
    properties = {
        t.subject for t in _ontology_triples() if t.predicate == _TYPE and t.object == _OBJECT_PROPERTY
    }
    return frozenset(name for name, term in gold_names().items() if term in properties)
