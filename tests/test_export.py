"""Every export format round-trips: parsed back, it holds what the store holds."""

from __future__ import annotations

import io

import networkx as nx
import pytest
import rdflib

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.export import FORMATS, export
from newsgraph.graph.network import project_store

RDFLIB_FORMAT = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "xml": "xml",
}
DATASET_FORMATS = {"nq", "trig", "jsonld"}


def _distinct_triples(store) -> int:
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    return int(result.rows[0][0].value)


def test_formats_listed():
    assert set(FORMATS) == {*RDFLIB_FORMAT, "graphml", "gexf"}


@pytest.mark.parametrize("fmt", sorted(RDFLIB_FORMAT))
def test_rdf_round_trip(hand_store, fmt, tmp_path):
    path = tmp_path / f"graph.{fmt}"
    export(hand_store, fmt, path)
    if fmt in DATASET_FORMATS:
        dataset = rdflib.Dataset()
        dataset.parse(path, format=RDFLIB_FORMAT[fmt])
        quads = {(s, p, o, g) for s, p, o, g in dataset.quads() if g is not None}
        assert len(quads) == hand_store.count()
        graphs = {str(g) for *_, g in quads}
        assert len(graphs) == len(hand_store.graphs()) == 3  # two documents and the ontology
    else:
        graph = rdflib.Graph().parse(path, format=RDFLIB_FORMAT[fmt])
        assert len(graph) == _distinct_triples(hand_store)


def test_export_to_bytes(hand_store):
    data = export(hand_store, "nt")
    assert data.count(b"\n") == _distinct_triples(hand_store)


def test_graphml_round_trip(hand_store, tmp_path):
    path = tmp_path / "graph.graphml"
    export(hand_store, "graphml", path)
    back = nx.read_graphml(path, force_multigraph=True)
    projection = project_store(hand_store)
    assert back.number_of_nodes() == projection.number_of_nodes()
    assert back.number_of_edges() == projection.number_of_edges()
    labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert {"bans", "bans:hypothetical", "excludes:negated"} <= labels
    evidence = {d["evidence"] for _, _, d in back.edges(data=True)}
    assert "Omnicom Telecom will not drop Zephyr Networks." in evidence


def test_gexf_round_trip(hand_store):
    data = export(hand_store, "gexf")
    back = nx.read_gexf(io.BytesIO(data))
    projection = project_store(hand_store)
    assert back.number_of_nodes() == projection.number_of_nodes()
    assert back.number_of_edges() == projection.number_of_edges()


def test_unknown_format(hand_store):
    with pytest.raises(NewsgraphError, match="unknown export format 'csv'"):
        export(hand_store, "csv")
