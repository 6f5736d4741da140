"""Validate graphs against the SHACL shapes (``shapes.ttl``) with pySHACL.

Each document graph is self-contained (its entities, statements, document and
extraction), so a build validates just the graphs it wrote, together with the
ontology (the shapes use its class and property hierarchy). pySHACL checks the
core shapes; the whole-graph SPARQL constraints (node-targeted shapes) run on
Oxigraph, which is orders of magnitude faster on them.

>>> from newsgraph.graph.ontology import ontology_quads
>>> validate(ontology_quads()).conforms
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph
import rdflib
from pyoxigraph import Quad, RdfFormat, Triple

from newsgraph.graph.ontology import ontology_quads, shapes_text

__all__ = ["ValidationReport", "Violation", "validate"]

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path, the offending value and the message."""

    focus: str
    path: str
    value: str
    message: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        return f"<{self.focus}>{where}{value}: {self.message}"


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`; ``text`` is pySHACL's full report."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""

    def summary(self, limit: int = 10) -> str:
        """A few lines for people: how many violations, and the first ``limit``."""
        if self.conforms:
            return "SHACL: the graph conforms to the shapes"
        lines = [f"SHACL: {len(self.violations)} violation(s)"]
        lines += [f"  {v}" for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def _rdflib_graph(triples: Iterable[Triple]) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


@dataclass(frozen=True)
class _SparqlConstraint:
    """A SHACL-SPARQL constraint of the shapes, run by Oxigraph instead of pySHACL."""

    focus: tuple[pyoxigraph.NamedNode, ...]
    select: str
    message: str
    prefixes: tuple[tuple[str, str], ...]


@cache
def _shapes() -> tuple[rdflib.Graph, tuple[_SparqlConstraint, ...]]:
    """The core shapes for pySHACL, and the SPARQL constraints of node-targeted shapes.

    pySHACL evaluates SPARQL constraints with rdflib's engine, whose
    ``FILTER NOT EXISTS`` over a whole batch grows quadratically (a minute for
    100 documents); Oxigraph answers the same queries in milliseconds. The
    shapes file stays the single source of truth: this only decides who runs
    which part of it.
    """
    graph = rdflib.Graph().parse(data=shapes_text(), format="turtle")
    constraints = []
    for shape in set(graph.subjects(_SH.sparql, None)):
        focus = tuple(pyoxigraph.NamedNode(str(n)) for n in graph.objects(shape, _SH.targetNode))
        if not focus:
            continue  # class-targeted SPARQL constraints stay with pySHACL
        for node in graph.objects(shape, _SH.sparql):
            prefixes = tuple(
                (str(graph.value(d, _SH.prefix)), str(graph.value(d, _SH.namespace)))
                for source in graph.objects(node, _SH.prefixes)
                for d in graph.objects(source, _SH.declare)
            )
            select, message = str(graph.value(node, _SH.select)), str(graph.value(node, _SH.message))
            constraints.append(_SparqlConstraint(focus, select, message, prefixes))
        for triple in graph.cbd(shape):
            graph.remove(triple)
    return graph, tuple(sorted(constraints, key=lambda c: c.select))


def _sparql_violations(
    triples: Iterable[Triple], constraints: Iterable[_SparqlConstraint]
) -> list[Violation]:
    store = pyoxigraph.Store()
    store.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
    violations = []
    for constraint in constraints:
        for focus in constraint.focus:
            rows = store.query(
                constraint.select,
                prefixes=dict(constraint.prefixes),
                substitutions={pyoxigraph.Variable("this"): focus},
            )
            names = {v.value for v in rows.variables}
            for row in rows:
                value = row["value"] if "value" in names else None
                path = row["path"] if "path" in names else None
                violations.append(
                    Violation(
                        focus.value,
                        path.value if path else "",
                        value.value if value else "",
                        constraint.message,
                    )
                )
    return violations


def validate(data: Iterable[Quad | Triple]) -> ValidationReport:
    """Validate the union of ``data`` (and the ontology) against ``shapes.ttl``."""
    from pyshacl import validate as pyshacl_validate

    triples = dict.fromkeys(Triple(t.subject, t.predicate, t.object) for t in (*data, *ontology_quads()))
    core, sparql = _shapes()
    conforms, results, text = pyshacl_validate(
        _rdflib_graph(triples), shacl_graph=core, inference="none", advanced=True, allow_warnings=True
    )
    violations = [
        Violation(
            focus=str(results.value(node, _SH.focusNode) or ""),
            path=str(results.value(node, _SH.resultPath) or ""),
            value=str(results.value(node, _SH.value) or ""),
            message=str(results.value(node, _SH.resultMessage) or ""),
        )
        for node in results.subjects(rdflib.RDF.type, _SH.ValidationResult)
    ]
    extra = _sparql_violations(triples, sparql)
    if extra:
        text += "".join(f"\nConstraint Violation (SPARQL, run by Oxigraph): {v}" for v in extra)
    violations = sorted(violations + extra, key=lambda v: (v.focus, v.path, v.message, v.value))
    return ValidationReport(bool(conforms) and not extra, violations, text)
