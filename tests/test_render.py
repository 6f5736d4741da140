"""The HTML view: offline, coloured by class, evidence on hover, modality drawn distinctly, bounded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
import pyvis

from newsgraph.graph.network import project_store
from newsgraph.graph.render import PHYSICS_MAX_NODES, render_html, select_view, write_html

REMOTE = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", re.IGNORECASE
)


def _data(page: str, name: str) -> list[dict]:
    match = re.search(rf"var {name} = new vis\.DataSet\((.*?)\);\n", page, re.DOTALL)
    return json.loads(match.group(1))


def _options(page: str) -> dict:
    return json.loads(re.search(r"var options = (.*?);\n", page, re.DOTALL).group(1))


@pytest.fixture
def page(hand_store, tmp_path) -> str:
    path = tmp_path / "view.html"
    write_html(project_store(hand_store), path, heading="hand")
    return path.read_text(encoding="utf-8")


def _urls(text: str) -> set[str]:
    return set(re.findall(r"https?://[^\s\"'<>)]+", text))


def test_no_remote_resources_and_vis_inlined(page):
    assert not REMOTE.search(page), REMOTE.search(page)
    # The only URLs are the ones inside vis-network's own code (licence notes, the SVG namespace).
    library = Path(pyvis.__file__).parent / "lib"
    bundled = set().union(*(_urls(p.read_text(encoding="utf-8")) for p in library.rglob("*.js")))
    assert _urls(page) <= bundled
    assert "vis.Network" in page and len(page) > 300_000  # vis-network is inside the page


def test_nodes_coloured_by_class_with_legend(page):
    nodes = _data(page, "nodes")
    colours = {n["group"]: n["color"] for n in nodes}
    assert colours["Company"] != colours["Person"] != colours["GovernmentBody"]
    for cls in ("Company", "Person", "GovernmentBody", "Product", "Country"):
        assert f"</span>{cls}</span>" in page


def test_edges_labelled_with_evidence_and_modality(page):
    edges = {e["label"]: e for e in _data(page, "edges")}
    ban = edges["bans"]
    assert "The Ruritanian Trade Ministry banned Zephyr Networks on Monday." in ban["title"]
    assert "one.txt" in ban["title"] and "modality: asserted" in ban["title"]
    assert ban["dashes"] is False
    assert edges["excludes (negated)"]["dashes"] is True
    assert edges["bans (hypothetical)"]["dashes"] is True
    assert "modality: hypothetical" in edges["bans (hypothetical)"]["title"]


def test_tuned_physics_not_pyvis_defaults(page):
    options = _options(page)
    assert options["physics"]["solver"] == "forceAtlas2Based"
    assert options["physics"]["stabilization"]["iterations"] == 200
    assert options["edges"]["smooth"] is False
    assert options["layout"]["improvedLayout"] is False


def test_big_graphs_get_a_precomputed_layout_without_physics():
    graph = nx.MultiDiGraph()
    size = PHYSICS_MAX_NODES + 50
    for i in range(size):
        graph.add_node(f"n{i}", label=f"E{i}", cls="Company", aliases=())
    for i in range(size - 1):
        graph.add_edge(
            f"n{i}",
            f"n{i + 1}",
            key="supplies",
            relation="supplies",
            modality="asserted",
            evidence="x",
            doc="d",
            count=1,
        )
    page = render_html(graph)
    assert _options(page)["physics"] == {"enabled": False}
    nodes = _data(page, "nodes")
    assert len(nodes) == size and all("x" in n and "y" in n for n in nodes)


def test_text_from_articles_cannot_break_out_of_the_script(hand_store):
    graph = project_store(hand_store)
    u, v, k = next(iter(graph.edges(keys=True)))
    graph.edges[u, v, k]["evidence"] = "</script><script>alert(1)</script>"
    graph.edges[u, v, k]["statements"] = [graph.edges[u, v, k]]
    page = render_html(graph)
    assert "<script>alert(1)" not in page


def test_select_view(hand_store):
    graph = project_store(hand_store)
    around = select_view(graph, entity="Alice Marsh", hops=1)
    assert {d["label"] for _, d in around.nodes(data=True)} == {"Alice Marsh", "Zephyr Networks"}
    wider = select_view(graph, entity="alice marsh", hops=2)
    assert "Ruritanian Trade Ministry" in {d["label"] for _, d in wider.nodes(data=True)}
    bans = select_view(graph, relation="bans")
    assert {k for _, _, k in bans.edges(keys=True)} == {"bans", "bans:hypothetical"}
    assert "Ruritania" not in {d["label"] for _, d in select_view(graph).nodes(data=True)}  # no relation
    assert "Ruritania" in {d["label"] for _, d in select_view(graph, isolated=True).nodes(data=True)}
    alone = select_view(graph, entity="Ruritania")
    assert [d["label"] for _, d in alone.nodes(data=True)] == ["Ruritania"]
    top = select_view(graph, limit=3)
    assert top.number_of_nodes() == 3
    assert "Zephyr Networks" in {d["label"] for _, d in top.nodes(data=True)}


def test_force_layout_is_fast_to_compute_deterministic_and_keeps_neighbours_close():
    import random

    import numpy as np

    from newsgraph.graph.layout import force_layout

    rng = random.Random(3)
    graph = nx.Graph()
    graph.add_nodes_from(range(1500))
    for _ in range(3000):  # communities of 15, a few bridges
        community = rng.randrange(100)
        u = community * 15 + rng.randrange(15)
        v = community * 15 + rng.randrange(15) if rng.random() < 0.9 else rng.randrange(1500)
        graph.add_edge(u, v)
    positions = force_layout(graph, seed=5)
    assert positions == force_layout(graph, seed=5)
    points = np.array([positions[n] for n in graph])
    assert np.abs(points).max() <= 1.0 + 1e-9
    edge = np.mean([np.linalg.norm(points[u] - points[v]) for u, v in graph.edges() if u != v])
    pairs = np.random.default_rng(0).integers(0, 1500, (3000, 2))
    random_pair = np.mean(np.linalg.norm(points[pairs[:, 0]] - points[pairs[:, 1]], axis=1))
    assert edge < 0.3 * random_pair  # linked entities are drawn near each other
