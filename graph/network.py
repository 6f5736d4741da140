"""The entity graph as networkx: a projection of the store, and what to compute on it.

:func:`project_store` reads the statements with SPARQL and returns a
``MultiDiGraph``:

- nodes are entity IRIs with ``label``, ``cls`` (class name) and ``aliases``;
- edges go subject -> object, one per (subject, relation, modality, object).
  The **edge key** is the relation's gold name (``bans``), suffixed with the
  modality when it is not asserted (``bans:hypothetical``); open triples use
  ``~lemma``. Edge attributes are those of the first statement (by document
  and offset): ``relation`` (gold name, None for open triples),
  ``predicate`` (the raw lemma), ``modality``, ``evidence``, ``start``,
  ``end``, ``doc``, ``title``, ``date``, ``url``, ``statement`` (its IRI),
  ``confidence``, ``attributed_to``; ``count`` is how many statements say it
  and ``statements`` lists them all (same keys).

>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Acme", cls="Company", aliases=("ACME",))
>>> g.add_node("b", label="Ruritania", cls="Country", aliases=())
>>> _ = g.add_edge("b", "a", key="bans", relation="bans", modality="asserted", evidence="R bans Acme.")
>>> find_entities(g, "acme")
['a']
>>> [(hop.source_label, hop.key, hop.target_label) for hop in shortest_paths(g, "a", "b")[0]]
[('Ruritania', 'bans', 'Acme')]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import networkx as nx
import pyoxigraph

from newsgraph.extract.records import EntityClass
from newsgraph.graph.namespaces import NG_PREFIX, PREFIXES
from newsgraph.graph.sparql import Term

__all__ = [
    "Hop",
    "Ranked",
    "centrality",
    "edge_key",
    "find_entities",
    "flat_copy",
    "project_store",
    "shortest_paths",
]

_CLASS_VALUES = " ".join(f"ng:{cls.value}" for cls in EntityClass)

_ENTITIES = f"""
SELECT DISTINCT ?e ?label ?c WHERE {{
  VALUES ?c {{ {_CLASS_VALUES} }}
  GRAPH ?g {{ ?e a ?c ; rdfs:label ?label . }}
}}"""

_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"

_STATEMENTS = """
SELECT DISTINCT ?st ?s ?p ?o ?lemma ?m ?evidence ?start ?end ?conf ?doc ?title ?date ?url ?speaker WHERE {
  ?st a ng:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:lemma ?lemma ;
      ng:modality ?m ; ng:evidence ?evidence ; ng:start ?start ; ng:end ?end ; ng:confidence ?conf ;
      prov:wasDerivedFrom ?d .
  ?d ng:docId ?doc .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d schema:datePublished ?date }
  OPTIONAL { ?d schema:url ?url }
  OPTIONAL { ?st ng:attributedTo ?speaker }
}"""


def _rows(store: Any, sparql: str) -> Iterator[tuple[Term | None, ...]]:
    """SELECT rows from a :class:`~newsgraph.graph.store.GraphStore` or a raw ``pyoxigraph.Store``."""
    if isinstance(store, pyoxigraph.Store):
        solutions = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        return (tuple(s[n] for n in names) for s in solutions)
    return iter(store.query(sparql).rows)


def _text(term: Term | None) -> str | None:
    return None if term is None else term.value


def edge_key(relation: str | None, modality: str, lemma: str) -> str:
    """The edge key of a statement: ``bans``, ``bans:negated``, ``~sign``, ``~sign:hypothetical``."""
    base = relation if relation else f"~{lemma}"
    return base if modality == "asserted" else f"{base}:{modality}"


def project_store(store: Any, *, include_open: bool = True) -> nx.MultiDiGraph:
    """The entity graph of a store (a ``GraphStore`` or a raw ``pyoxigraph.Store``).

    ``include_open=False`` leaves out open triples (statements without a core relation).
    """
    graph = nx.MultiDiGraph()
    for entity, label, cls in sorted(_rows(store, _ENTITIES), key=lambda r: r[0].value):
        graph.add_node(entity.value, label=label.value, cls=cls.value[len(NG_PREFIX) :], aliases=())
    aliases: dict[str, set[str]] = {}
    for entity, alias in _rows(store, _ALIASES):
        aliases.setdefault(entity.value, set()).add(alias.value)
    for node, names in aliases.items():
        if node in graph:
            graph.nodes[node]["aliases"] = tuple(sorted(names - {graph.nodes[node]["label"]}))

    rows = sorted(_rows(store, _STATEMENTS), key=lambda r: (r[10].value, int(r[7].value), r[0].value))
    for st, s, p, o, lemma, m, evidence, start, end, conf, doc, title, date, url, speaker in rows:
        relation = None if p.value == NG_PREFIX + "relatedTo" else p.value[len(NG_PREFIX) :]
        if relation is None and not include_open:
            continue
        modality = m.value[len(NG_PREFIX) :].lower()
        record = {
            "statement": st.value,
            "relation": relation,
            "predicate": lemma.value,
            "modality": modality,
            "evidence": evidence.value,
            "start": int(start.value),
            "end": int(end.value),
            "confidence": float(conf.value),
            "doc": doc.value,
            "title": _text(title),
            "date": _text(date),
            "url": _text(url),
            "attributed_to": _text(speaker),
        }
        for node in (s.value, o.value):
            if node not in graph:  # a statement about an untyped node: keep it visible
                graph.add_node(node, label=node.rsplit("/", 1)[-1], cls="", aliases=())
        key = edge_key(relation, modality, lemma.value)
        if graph.has_edge(s.value, o.value, key):
            data = graph.edges[s.value, o.value, key]
            data["statements"].append(record)
            data["count"] += 1
        else:
            graph.add_edge(s.value, o.value, key=key, **record, count=1, statements=[record])
    return graph


def find_entities(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or an alias equals ``name`` (case-insensitive), labels first.

    Falls back to nodes whose label contains ``name`` when nothing matches exactly.
    """
    needle = name.casefold().strip()
    exact, alias, partial = [], [], []
    for node, data in graph.nodes(data=True):
        label = str(data.get("label", "")).casefold()
        if label == needle:
            exact.append(node)
        elif needle in (a.casefold() for a in data.get("aliases", ())):
            alias.append(node)
        elif needle and needle in label:
            partial.append(node)
    return sorted(exact) + sorted(alias) or sorted(partial)


@dataclass(frozen=True)
class Ranked:
    """An entity with its degree (number of statements touching it) and PageRank."""

    node: str
    label: str
    cls: str
    degree: int
    pagerank: float


def centrality(graph: nx.MultiDiGraph, top: int = 10) -> tuple[list[Ranked], list[Ranked]]:
    """The ``top`` entities by degree and by PageRank (statement counts as edge weights)."""
    weighted = nx.DiGraph()
    weighted.add_nodes_from(graph.nodes)
    degree: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    for u, v, data in graph.edges(data=True):
        count = int(data.get("count", 1))
        degree[u] += count
        degree[v] += count
        if u != v:
            previous = weighted.get_edge_data(u, v, {"weight": 0})["weight"]
            weighted.add_edge(u, v, weight=previous + count)
    ranks = nx.pagerank(weighted, weight="weight") if len(weighted) else {}

    def ranked(node: str) -> Ranked:
        data = graph.nodes[node]
        return Ranked(node, data.get("label", node), data.get("cls", ""), degree[node], ranks.get(node, 0.0))

    by_degree = sorted(graph.nodes, key=lambda n: (-degree[n], graph.nodes[n].get("label", n)))[:top]
    by_rank = sorted(graph.nodes, key=lambda n: (-ranks.get(n, 0.0), graph.nodes[n].get("label", n)))[:top]
    return [ranked(n) for n in by_degree], [ranked(n) for n in by_rank]


@dataclass(frozen=True)
class Hop:
    """One edge of a path, in the direction the statement goes (source -> target)."""

    source: str
    source_label: str
    key: str
    target: str
    target_label: str
    data: dict[str, Any]


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, limit: int = 3) -> list[list[Hop]]:
    """Up to ``limit`` shortest connections between nodes ``a`` and ``b``, ignoring direction.

    Each hop is one statement edge (the first, by key, between two nodes).
    Returns ``[]`` when they are not connected.
    """
    undirected = nx.Graph(graph.to_undirected(as_view=True))
    if a not in undirected or b not in undirected:
        return []
    try:
        node_paths = nx.all_shortest_paths(undirected, a, b)
        paths = []
        for nodes in node_paths:
            paths.append([_hop(graph, u, v) for u, v in pairwise(nodes)])
            if len(paths) >= limit:
                break
    except nx.NetworkXNoPath:
        return []
    return paths


def _hop(graph: nx.MultiDiGraph, u: str, v: str) -> Hop:
    source, target = (u, v) if graph.has_edge(u, v) else (v, u)
    key = sorted(graph[source][target])[0]
    return Hop(
        source,
        graph.nodes[source].get("label", source),
        key,
        target,
        graph.nodes[target].get("label", target),
        dict(graph.edges[source, target, key]),
    )


def flat_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes (no None, lists or tuples), as GraphML and GEXF need."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flat(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **_flat({k: val for k, val in data.items() if k != "statements"}))
    return flat


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in data.items():
        if value is None:
            value = ""
        elif isinstance(value, list | tuple | set):
            value = " | ".join(map(str, value))
        out[name] = value
    return out
