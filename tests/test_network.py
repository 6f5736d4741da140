"""The networkx projection and what is computed on it."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph
from conftest import ALICE, MINISTRY, OMNI, ROUTER, RURITANIA, ZEPHYR, fill, make_extractions

from newsgraph.graph.namespaces import entity_ref_iri
from newsgraph.graph.network import (
    centrality,
    edge_key,
    find_entities,
    flat_copy,
    project_store,
    shortest_paths,
)
from newsgraph.graph.rdf import extraction_quads


def _iri(ref) -> str:
    return entity_ref_iri(ref).value


def test_projection_nodes_and_edge_keys(hand_store):
    graph = project_store(hand_store)
    zephyr = graph.nodes[_iri(ZEPHYR)]
    assert (
        zephyr["label"] == "Zephyr Networks" and zephyr["cls"] == "Company" and zephyr["aliases"] == ("ZN",)
    )
    keys = {(graph.nodes[u]["label"], k, graph.nodes[v]["label"]) for u, v, k in graph.edges(keys=True)}
    assert keys == {
        ("Ruritanian Trade Ministry", "bans", "Zephyr Networks"),
        ("Alice Marsh", "leads", "Zephyr Networks"),
        ("Zephyr Networks", "produces", "Z-Router"),
        ("Omnicom Telecom", "excludes:negated", "Zephyr Networks"),
        ("Omnicom Telecom", "bans:hypothetical", "Zephyr Networks"),
        ("Zephyr Networks", "supplies", "Omnicom Telecom"),
        ("Zephyr Networks", "~supply", "Z-Router"),
    }
    assert graph.has_node(_iri(RURITANIA))  # entities without statements are nodes too


def test_edge_attributes_carry_the_statement(hand_store):
    graph = project_store(hand_store)
    data = graph.edges[_iri(MINISTRY), _iri(ZEPHYR), "bans"]
    assert data["relation"] == "bans" and data["predicate"] == "ban" and data["modality"] == "asserted"
    assert data["evidence"] == "The Ruritanian Trade Ministry banned Zephyr Networks on Monday."
    assert data["doc"] == "one.txt" and data["title"] == "Ruritania bans Zephyr Networks"
    assert data["date"] == "2024-03-01" and data["url"] == "https://news.example/one"
    assert data["count"] == 1 and data["statements"][0]["statement"] == data["statement"]
    produces = graph.edges[_iri(ZEPHYR), _iri(ROUTER), "produces"]
    assert produces["attributed_to"] == _iri(ALICE)
    open_edge = graph.edges[_iri(ZEPHYR), _iri(ROUTER), "~supply"]
    assert open_edge["relation"] is None and open_edge["predicate"] == "supply"


def test_projection_without_open_triples(hand_store):
    graph = project_store(hand_store, include_open=False)
    assert not any(k.startswith("~") for _, _, k in graph.edges(keys=True))


def test_repeated_statements_aggregate_on_one_edge(store):
    one, two = make_extractions()
    fill(store, [one, two])
    # the same document under another id says the same things again
    copy_doc = replace(one.document, id="copy.txt")
    copy = replace(
        one,
        document=copy_doc,
        statements=tuple(replace(s, doc_id="copy.txt") for s in one.statements),
    )
    store.replace_document("copy.txt", extraction_quads(copy))
    data = project_store(store).edges[_iri(MINISTRY), _iri(ZEPHYR), "bans"]
    assert data["count"] == 2
    assert [s["doc"] for s in data["statements"]] == ["copy.txt", "one.txt"]


def test_projection_from_a_raw_pyoxigraph_store(hand_store, tmp_path):
    raw = pyoxigraph.Store()
    raw.extend(hand_store.quads())
    graph = project_store(raw)
    assert graph.number_of_edges() == project_store(hand_store).number_of_edges() == 7


def test_edge_key():
    assert edge_key("bans", "asserted", "ban") == "bans"
    assert edge_key("bans", "negated", "ban") == "bans:negated"
    assert edge_key(None, "hypothetical", "sign") == "~sign:hypothetical"


def test_find_entities(hand_store):
    graph = project_store(hand_store)
    assert find_entities(graph, "zn") == [_iri(ZEPHYR)]
    assert find_entities(graph, "ZEPHYR NETWORKS") == [_iri(ZEPHYR)]
    assert find_entities(graph, "Ruritania")[0] == _iri(RURITANIA)
    assert find_entities(graph, "nobody at all") == []


def test_shortest_paths_and_centrality(hand_store):
    graph = project_store(hand_store)
    (path,) = shortest_paths(graph, _iri(ALICE), _iri(MINISTRY))
    assert [(h.source_label, h.key, h.target_label) for h in path] == [
        ("Alice Marsh", "leads", "Zephyr Networks"),
        ("Ruritanian Trade Ministry", "bans", "Zephyr Networks"),
    ]
    assert shortest_paths(graph, _iri(ALICE), _iri(RURITANIA)) == []
    by_degree, by_rank = centrality(graph, top=2)
    assert by_degree[0].label == "Zephyr Networks" and by_degree[0].degree == 7
    assert len(by_rank) == 2 and by_rank[0].pagerank > 0


def test_flat_copy_has_only_scalars(hand_store):
    flat = flat_copy(project_store(hand_store))
    for _, data in flat.nodes(data=True):
        assert all(isinstance(v, str | int | float) for v in data.values())
    for _, _, data in flat.edges(data=True):
        assert "statements" not in data
        assert all(isinstance(v, str | int | float) for v in data.values())
    assert flat.nodes[_iri(OMNI)]["aliases"] == ""
