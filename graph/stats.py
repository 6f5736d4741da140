"""Counts and central entities of a build (``newsgraph stats``).

>>> from newsgraph.graph.store import open_store
>>> stats = compute_stats(open_store(None))
>>> stats.documents, stats.statements
(0, 0)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from newsgraph.extract.records import EntityClass
from newsgraph.graph.network import Ranked, centrality, project_store
from newsgraph.graph.store import GraphStore

__all__ = ["Stats", "compute_stats"]

_CLASSES = " ".join(f"ng:{cls.value}" for cls in EntityClass)
_BY_CLASS = f"""
SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?c {{ {_CLASSES} }} ?e a ?c }}
GROUP BY ?c ORDER BY DESC(?n) ?c"""
_BY_RELATION = """
SELECT ?relation ?modality (COUNT(DISTINCT ?st) AS ?n) WHERE {
  ?st a ng:Statement ; rdf:predicate ?p ; ng:modality/rdfs:label ?modality .
  BIND (IF(?p = ng:relatedTo, "(open)", STRAFTER(STR(?p), "#")) AS ?relation)
}
GROUP BY ?relation ?modality ORDER BY DESC(?n) ?relation ?modality"""
_STATEMENTS = "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a ng:Statement }"


@dataclass
class Stats:
    """What ``newsgraph stats`` prints."""

    documents: int
    quads: int
    entities: int
    statements: int
    by_class: list[tuple[str, int]] = field(default_factory=list)
    by_relation: list[tuple[str, str, int]] = field(default_factory=list)
    top_degree: list[Ranked] = field(default_factory=list)
    top_pagerank: list[Ranked] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_text(self) -> str:
        lines = [
            f"documents   {self.documents}",
            f"quads       {self.quads}",
            f"entities    {self.entities}",
            f"statements  {self.statements}",
            "",
            "entities by class:",
        ]
        lines += [f"  {cls:<16} {n:>6}" for cls, n in self.by_class]
        lines += ["", "statements by relation and modality:"]
        lines += [f"  {rel:<16} {mod:<13} {n:>6}" for rel, mod, n in self.by_relation]
        lines += ["", "most connected entities (degree = statements touching them):"]
        lines += [f"  {r.degree:>5}  {r.label} ({r.cls})" for r in self.top_degree]
        lines += ["", "most central entities (PageRank):"]
        lines += [f"  {r.pagerank:.4f}  {r.label} ({r.cls})" for r in self.top_pagerank]
        return "\n".join(lines) + "\n"


def compute_stats(store: GraphStore, graph: nx.MultiDiGraph | None = None, top: int = 10) -> Stats:
    """Counts by SPARQL, centrality on the networkx projection (``graph``, computed when None)."""
    graph = project_store(store) if graph is None else graph
    by_class = [(row[0].value.rsplit("#", 1)[-1], int(row[1].value)) for row in store.query(_BY_CLASS).rows]
    by_relation = [(r[0].value, r[1].value, int(r[2].value)) for r in store.query(_BY_RELATION).rows]
    top_degree, top_pagerank = centrality(graph, top)
    return Stats(
        documents=len(store.documents()),
        quads=store.count(),
        entities=sum(n for _, n in by_class),
        statements=int(store.query(_STATEMENTS).rows[0][0].value),
        by_class=by_class,
        by_relation=by_relation,
        top_degree=top_degree,
        top_pagerank=top_pagerank,
    )
