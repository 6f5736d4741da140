"""Bounded views of the entity graph: what a page can draw quickly.

Pure functions over the networkx projection
(:func:`newsgraph.graph.network.project_store`): a ``MultiDiGraph`` whose
nodes are entity IRIs (``label``, ``cls``, ``aliases``) and whose edges are
one (subject, relation, modality, object) each, with the first statement's
attributes, a ``count`` and every statement in ``statements``.
``newsgraph serve`` answers its page with them, and ``newsgraph render``
uses them for ``--top`` and ``--since/--until``.

Drawing a whole corpus does not scale (thousands of nodes take seconds to lay
out and are unreadable), so a view is either the top entities by PageRank or
one entity's neighbourhood within a few hops, after filters on relation,
class, modality, document and document date.

>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Acme", cls="Company"); g.add_node("b", label="Ruritania", cls="Country")
>>> st = dict(relation="bans", modality="asserted", doc="d1", date="2024-05-01")
>>> _ = g.add_edge("b", "a", key="bans", **st, count=1, statements=[st])
>>> sorted(filter_graph(g, since="2024-01-01").edges)
[('b', 'a', 'bans')]
>>> list(filter_graph(g, until="2023-12-31").edges)
[]
>>> top_entities(g, 1, pagerank(g))
['a']
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from newsgraph.graph.network import centrality

__all__ = [
    "GraphIndex",
    "ViewSpec",
    "bounded_view",
    "filter_graph",
    "neighbourhood",
    "pagerank",
    "search",
    "statements_about",
    "top_entities",
]

#: Edge attributes copied into a view's JSON and the entity panel.
STATEMENT_FIELDS = (
    "relation",
    "predicate",
    "modality",
    "evidence",
    "doc",
    "title",
    "date",
    "url",
    "start",
    "end",
)


def _relation(data: Mapping[str, Any]) -> str:
    """The relation's gold name, or ``~lemma`` for an open triple (as ``render --relation``)."""
    return data.get("relation") or f"~{data.get('predicate') or ''}"


def _class(data: Mapping[str, Any]) -> str:
    """An entity's class name; an untyped node counts as a ``Thing``."""
    return data.get("cls") or "Thing"


def _statements(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return data.get("statements") or [data]


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    relations: Collection[str] = (),
    classes: Collection[str] = (),
    modalities: Collection[str] = (),
    documents: Collection[str] = (),
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """A read-only view keeping the statements that pass every filter given.

    Empty collections and ``None`` dates filter nothing. ``since``/``until``
    are ISO dates compared with the statement's document date (inclusive);
    statements from undated documents drop out once a date bound is set. An
    edge stays when any of its statements passes the document and date filters.
    ``classes`` keeps only entities of those classes (and the statements
    between them).
    """

    def keep_node(node: str) -> bool:
        return not classes or _class(graph.nodes[node]) in classes

    def keep_edge(u: str, v: str, key: str) -> bool:
        data = graph.edges[u, v, key]
        if relations and _relation(data) not in relations:
            return False
        if modalities and data.get("modality") not in modalities:
            return False
        if documents or since or until:
            return any(keep_statement(statement) for statement in _statements(data))
        return True

    def keep_statement(statement: Mapping[str, Any]) -> bool:
        if documents and statement.get("doc") not in documents:
            return False
        if not (since or until):
            return True
        date = (statement.get("date") or "")[:10]
        return bool(date) and not (since and date < since) and not (until and date > until)

    return nx.subgraph_view(graph, filter_node=keep_node, filter_edge=keep_edge)


def pagerank(graph: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of every entity, statement counts as weights (as ``newsgraph stats``)."""
    return {ranked.node: ranked.pagerank for ranked in centrality(graph, top=graph.number_of_nodes())[1]}


def _ranked(nodes: Iterable[str], ranks: Mapping[str, float]) -> list[str]:
    return sorted(nodes, key=lambda node: (-ranks.get(node, 0.0), node))


def top_entities(graph: nx.MultiDiGraph, n: int, ranks: Mapping[str, float]) -> list[str]:
    """The ``n`` connected entities of ``graph`` with the highest rank."""
    return _ranked((node for node in graph if graph.degree(node) > 0), ranks)[:n]


def neighbourhood(
    graph: nx.MultiDiGraph, entity: str, hops: int, ranks: Mapping[str, float], limit: int | None = None
) -> list[str]:
    """``entity`` and the entities within ``hops`` statements of it, either direction.

    With ``limit``, keeps the entity and the best-ranked of the rest, nearest
    first, so that a hub's neighbourhood stays drawable.
    """
    if entity not in graph:
        return []
    distances = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), entity, cutoff=hops)
    ordered = sorted(distances, key=lambda node: (distances[node], -ranks.get(node, 0.0), node))
    return ordered if limit is None else ordered[:limit]


@dataclass(frozen=True)
class ViewSpec:
    """What to draw: a neighbourhood (``entity``, ``hops``) or the ``top`` entities, then filters."""

    top: int = 100
    entity: str | None = None
    hops: int = 1
    limit: int = 500
    relations: frozenset[str] = field(default_factory=frozenset)
    classes: frozenset[str] = field(default_factory=frozenset)
    modalities: frozenset[str] = field(default_factory=frozenset)
    documents: frozenset[str] = field(default_factory=frozenset)
    since: str | None = None
    until: str | None = None

    @classmethod
    def from_params(cls, params: Any) -> ViewSpec:
        """From query parameters (``top, entity, hops, limit`` and repeatable
        ``relation, class, modality, doc``, ``since, until``), with sane bounds."""

        def many(name: str) -> frozenset[str]:
            return frozenset(value for value in params.getlist(name) if value)

        def number(name: str, default: int, high: int) -> int:
            try:
                return max(1, min(int(params.get(name, default)), high))
            except ValueError:
                return default

        return cls(
            top=number("top", cls.top, 5000),
            entity=params.get("entity") or None,
            hops=number("hops", cls.hops, 4),
            limit=number("limit", cls.limit, 5000),
            relations=many("relation"),
            classes=many("class"),
            modalities=many("modality"),
            documents=many("doc"),
            since=params.get("since") or None,
            until=params.get("until") or None,
        )

    def filters(self) -> dict[str, Any]:
        return {
            "relations": self.relations,
            "classes": self.classes,
            "modalities": self.modalities,
            "documents": self.documents,
            "since": self.since,
            "until": self.until,
        }


def bounded_view(graph: nx.MultiDiGraph, spec: ViewSpec, ranks: Mapping[str, float]) -> nx.MultiDiGraph:
    """The subgraph ``spec`` asks for: filtered, then a neighbourhood or the top entities."""
    filtered = filter_graph(graph, **spec.filters())
    if spec.entity:
        nodes = neighbourhood(filtered, spec.entity, spec.hops, ranks, limit=spec.limit)
    else:
        nodes = top_entities(filtered, spec.top, ranks)
    return filtered.subgraph(nodes)


def search(graph: nx.MultiDiGraph, text: str, ranks: Mapping[str, float], limit: int = 20) -> list[str]:
    """Entities whose label or an alias contains ``text`` (case-insensitive):
    exact matches first, then prefixes, then the rest, each by rank."""
    needle = text.casefold().strip()
    if not needle:
        return []
    scored = []
    for node, data in graph.nodes(data=True):
        names = [name.casefold() for name in (data.get("label") or "", *data.get("aliases", ()))]
        grades = [
            0 if name == needle else 1 if name.startswith(needle) else 2 for name in names if needle in name
        ]
        if grades:
            scored.append((min(grades), -ranks.get(node, 0.0), data.get("label") or node, node))
    return [node for *_, node in sorted(scored)[:limit]]


def statements_about(graph: nx.MultiDiGraph, entity: str) -> list[dict[str, Any]]:
    """Every statement with ``entity`` as subject or object, with its evidence and
    source, by document date, document and offset."""
    rows = []
    edges = {(u, v, key): data for u, v, key, data in graph.out_edges(entity, keys=True, data=True)}
    edges.update({(u, v, key): data for u, v, key, data in graph.in_edges(entity, keys=True, data=True)})
    for (u, v, _), data in edges.items():
        for statement in _statements(data):
            row = {name: statement.get(name) for name in STATEMENT_FIELDS}
            row.update(
                relation=_relation(statement),
                subject=u,
                object=v,
                subject_label=graph.nodes[u].get("label", u),
                object_label=graph.nodes[v].get("label", v),
            )
            rows.append(row)
    rows.sort(key=lambda row: (row["date"] or "", row["doc"] or "", row["start"] or 0))
    return rows


class GraphIndex:
    """A projection with its PageRank, answering the page's JSON requests."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.ranks = pagerank(graph)
        self.statements: dict[str, int] = dict.fromkeys(graph, 0)  # statements per entity
        for u, v, count in graph.edges(data="count", default=1):
            self.statements[u] += count
            if v != u:
                self.statements[v] += count
        self.statement_count = sum(count for _, _, count in graph.edges(data="count", default=1))

    def node_json(self, node: str) -> dict[str, Any]:
        data = self.graph.nodes[node]
        return {
            "id": node,
            "label": data.get("label", node),
            "cls": _class(data),
            "rank": round(self.ranks.get(node, 0.0), 6),
            "degree": self.statements[node],
        }

    def view(self, spec: ViewSpec) -> dict[str, Any]:
        """Nodes (best-ranked first) and edges of :func:`bounded_view`."""
        sub = bounded_view(self.graph, spec, self.ranks)
        edges = [
            {
                "id": f"{u}|{key}|{v}",
                "from": u,
                "to": v,
                "relation": _relation(data),
                "modality": data.get("modality") or "asserted",
                "evidence": data.get("evidence") or "",
                "doc": data.get("title") or data.get("doc") or "",
                "count": data.get("count", 1),
            }
            for u, v, key, data in sub.edges(keys=True, data=True)
        ]
        return {
            "nodes": [self.node_json(node) for node in _ranked(sub.nodes, self.ranks)],
            "edges": edges,
            "total_entities": self.graph.number_of_nodes(),
            "total_statements": self.statement_count,
        }

    def entity(self, entity: str) -> dict[str, Any]:
        """One entity and every statement about it."""
        data = self.graph.nodes[entity]
        return {
            **self.node_json(entity),
            "aliases": sorted(data.get("aliases", ())),
            "statements": statements_about(self.graph, entity),
        }

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        return [self.node_json(node) for node in search(self.graph, text, self.ranks, limit)]

    def meta(self) -> dict[str, Any]:
        """What the page's filters offer: classes, relations, modalities, documents."""
        classes: dict[str, int] = {}
        for _, data in self.graph.nodes(data=True):
            classes[_class(data)] = classes.get(_class(data), 0) + 1
        relations: dict[str, int] = {}
        modalities: dict[str, int] = {}
        documents: dict[str, dict[str, Any]] = {}
        for _, _, data in self.graph.edges(data=True):
            for statement in _statements(data):
                relation = _relation(statement)
                relations[relation] = relations.get(relation, 0) + 1
                modality = statement.get("modality") or "asserted"
                modalities[modality] = modalities.get(modality, 0) + 1
                doc = statement.get("doc")
                if doc and doc not in documents:
                    title = statement.get("title") or doc
                    documents[doc] = {"id": doc, "title": title, "date": statement.get("date")}
        dates = sorted(d["date"][:10] for d in documents.values() if d["date"])
        return {
            "classes": dict(sorted(classes.items())),
            "relations": dict(sorted(relations.items())),
            "modalities": dict(sorted(modalities.items())),
            "documents": sorted(documents.values(), key=lambda d: (d["date"] or "", d["id"])),
            "dates": {"first": dates[0] if dates else None, "last": dates[-1] if dates else None},
            "entities": self.graph.number_of_nodes(),
            "statements": self.statement_count,
        }
