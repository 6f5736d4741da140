"""Interactive HTML views of the entity graph (pyvis / vis-network), fully offline.

The page inlines vis-network (the copy bundled with pyvis), so it loads
nothing from the network. Nodes are coloured by class (with a legend), edges
are labelled by relation, hovering an edge shows the evidence sentence, its
source document and the modality, and negated or hypothetical statements are
dashed.

Layout: pyvis' default physics is far too slow on large graphs, so views up
to :data:`PHYSICS_MAX_NODES` nodes use forceAtlas2 with ~200 stabilisation
iterations, straight edges and ``improvedLayout`` off (physics stops after
stabilising); larger views get a layout computed in Python
(:mod:`newsgraph.graph.layout`, ~1 s for 5,000 nodes where networkx's
``spring_layout`` takes a minute) with physics off. Nodes and edges are
appended to the pyvis ``Network`` directly, not with ``add_edge`` (which is
O(N) per call).

>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Acme", cls="Company", aliases=())
>>> g.add_node("b", label="Ruritania", cls="Country", aliases=())
>>> _ = g.add_edge("b", "a", key="bans:negated", relation="bans", predicate="ban", modality="negated",
...                evidence="Ruritania did not ban Acme.", doc="d.txt", count=1)
>>> page = render_html(g)
>>> "Ruritania did not ban Acme." in page and '"dashes": true' in page
True
"""

from __future__ import annotations

import json
import os
from importlib import resources
from typing import Any

import jinja2
import networkx as nx
from pyvis.network import Network

from newsgraph.graph.layout import force_layout
from newsgraph.graph.network import centrality, find_entities

__all__ = ["CLASS_COLOURS", "MAX_VIEW_NODES", "PHYSICS_MAX_NODES", "render_html", "select_view", "write_html"]

PHYSICS_MAX_NODES = 1000
#: `newsgraph render` draws at most this many entities unless --limit says otherwise
MAX_VIEW_NODES = 5000
CLASS_COLOURS = {
    "Person": "#e15759",
    "Country": "#4e79a7",
    "GovernmentBody": "#59a14f",
    "Company": "#f28e2b",
    "Organization": "#b07aa1",
    "Place": "#76b7b2",
    "Product": "#edc948",
    "Thing": "#bab0ac",
}
_OTHER_COLOUR = "#9c9c9c"
_MODALITY_COLOURS = {"asserted": "#555555", "negated": "#c0392b", "hypothetical": "#d68910"}


def select_view(
    graph: nx.MultiDiGraph,
    *,
    entity: str | None = None,
    hops: int = 1,
    relation: str | None = None,
    limit: int | None = None,
    isolated: bool = False,
) -> nx.MultiDiGraph:
    """The part of ``graph`` to draw.

    ``entity`` keeps the entities within ``hops`` of that entity (a node, or a
    label or alias: every entity so named); ``relation`` keeps only edges of
    that relation (gold name, or ``~lemma`` for open triples) and their nodes;
    ``limit`` keeps the ``limit`` entities with the highest PageRank. Filters
    combine. Entities without any relation are left out unless ``isolated``
    (or they are the ``entity`` asked for).
    """
    view = graph
    centres: list[str] = []
    if relation is not None:
        edges = [
            (u, v, k)
            for u, v, k, data in view.edges(keys=True, data=True)
            if data.get("relation") == relation or k.split(":")[0] == relation
        ]
        view = view.edge_subgraph(edges)
    if entity is not None:
        centres = [entity] if entity in graph else find_entities(graph, entity)
        centres = [n for n in centres if n in view]
        keep: set[str] = set()
        undirected = view.to_undirected(as_view=True)
        for centre in centres:
            keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
        view = view.subgraph(keep)
    if not isolated:
        view = view.subgraph(n for n in view if view.degree(n) or n in centres)
    if limit is not None:
        _, by_rank = centrality(view, top=limit)
        view = view.subgraph(r.node for r in by_rank)
    return nx.MultiDiGraph(view)


def _options(physics: bool) -> dict[str, Any]:
    options: dict[str, Any] = {
        "layout": {"improvedLayout": False},
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle"},
        },
        "nodes": {"shape": "dot", "font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 200, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    return options


def _edge_title(graph: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any]) -> str:
    relation = data.get("relation") or f"{data.get('predicate', '')} (open)"
    lines = [
        f"{graph.nodes[u].get('label', u)} — {relation} → {graph.nodes[v].get('label', v)}",
        f"modality: {data.get('modality', 'asserted')}",
    ]
    for record in data.get("statements", [data])[:3]:
        source = record.get("doc") or ""
        if record.get("title"):
            source += f" — {record['title']}"
        if record.get("date"):
            source += f" ({record['date']})"
        lines += ["", f"“{record.get('evidence', '')}”", f"source: {source}"]
    extra = int(data.get("count", 1)) - 3
    if extra > 0:
        lines.append(f"\n… and {extra} more statement(s)")
    return "\n".join(lines)


def _network(graph: nx.MultiDiGraph, heading: str) -> Network:
    physics = graph.number_of_nodes() <= PHYSICS_MAX_NODES
    net = Network(height="85vh", width="100%", directed=True, heading=heading, cdn_resources="in_line")
    # Big views: positions computed here (graph/layout.py), about 40 px between neighbours.
    positions = None if physics else force_layout(graph, seed=7, scale=40 * graph.number_of_nodes() ** 0.5)
    degree = dict(graph.degree())
    # Short ids in the page: entity IRIs are identifiers, but the page should carry no URL at all.
    ids = {node: f"n{index}" for index, node in enumerate(graph.nodes)}
    for node, data in graph.nodes(data=True):
        cls = data.get("cls", "")
        title = [f"{data.get('label', node)} ({cls or 'unknown class'})"]
        if data.get("aliases"):
            title.append("also: " + ", ".join(data["aliases"]))
        title.append(f"{degree[node]} relation(s)")
        item = {
            "id": ids[node],
            "label": data.get("label", node),
            "title": "\n".join(title),
            "color": CLASS_COLOURS.get(cls, _OTHER_COLOUR),
            "size": 10 + min(degree[node], 20),
            "group": cls,
        }
        if positions is not None:
            x, y = positions[node]
            item.update(x=round(x, 1), y=round(y, 1))
        net.nodes.append(item)
        net.node_ids.append(ids[node])
        net.node_map[ids[node]] = item
    for index, (u, v, data) in enumerate(graph.edges(data=True)):
        modality = data.get("modality", "asserted")
        label = data.get("relation") or f"~{data.get('predicate', '')}"
        if modality != "asserted":
            label += f" ({modality})"
        net.edges.append(
            {
                "id": f"e{index}",
                "from": ids[u],
                "to": ids[v],
                "label": label,
                "title": _edge_title(graph, u, v, data),
                "dashes": modality != "asserted",
                "color": _MODALITY_COLOURS.get(modality, _MODALITY_COLOURS["asserted"]),
                "width": 1 + min(int(data.get("count", 1)), 5) * 0.5,
            }
        )
    net.options = _options(physics)
    return net


def _environment(net: Network) -> jinja2.Environment:
    ours = jinja2.FileSystemLoader(str(resources.files("newsgraph.graph").joinpath("templates")))
    return jinja2.Environment(loader=jinja2.ChoiceLoader([ours, jinja2.FileSystemLoader(net.template_dir)]))


def render_html(graph: nx.MultiDiGraph, *, heading: str = "newsgraph") -> str:
    """The HTML page of ``graph`` (see the module docstring)."""
    net = _network(graph, heading)
    nodes, edges, heading, height, width, options = net.get_network_data()
    classes = sorted({data.get("cls", "") for _, data in graph.nodes(data=True)} - {""})
    legend = [(cls, CLASS_COLOURS.get(cls, _OTHER_COLOUR)) for cls in classes]
    summary = f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations"
    template = _environment(net).get_template("view.html")
    return template.render(
        nodes=nodes,
        edges=edges,
        heading=heading,
        height=height,
        width=width,
        options=options if isinstance(options, str) else json.dumps(options),
        bgcolor=net.bgcolor,
        legend=legend,
        summary=summary,
    )


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, heading: str = "newsgraph") -> None:
    """Write :func:`render_html` to ``path`` (UTF-8), atomically."""
    partial = f"{os.fspath(path)}.partial"
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(render_html(graph, heading=heading))
    os.replace(partial, path)
