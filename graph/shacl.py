"""Validate graphs against the SHACL shapes (``shapes.ttl``) with pySHACL.

Each document graph is self-contained (its entities, statements, document and
extraction), so a build validates just the graphs it wrote, together with the
ontology (the shapes use its class and property hierarchy).

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


def _rdflib_graph(data: Iterable[Quad | Triple]) -> rdflib.Graph:
    triples = dict.fromkeys(Triple(t.subject, t.predicate, t.object) for t in (*data, *ontology_quads()))
    graph = rdflib.Graph()
    graph.parse(data=pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    return graph


@cache
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data=shapes_text(), format="turtle")


def validate(data: Iterable[Quad | Triple]) -> ValidationReport:
    """Validate the union of ``data`` (and the ontology) against ``shapes.ttl``."""
    from pyshacl import validate as pyshacl_validate

    conforms, results, text = pyshacl_validate(
        _rdflib_graph(data), shacl_graph=_shapes(), inference="none", advanced=True, allow_warnings=True
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
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), violations, text)
