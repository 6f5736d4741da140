"""The store interface, on both backends (oxigraph on disk, rdflib in memory)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import fill, make_extractions
from pyoxigraph import Literal

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph import store as store_module
from newsgraph.graph.namespaces import ONTOLOGY_GRAPH, graph_iri
from newsgraph.graph.ontology import ontology_quads
from newsgraph.graph.rdf import build_hash, extraction_quads
from newsgraph.graph.store import open_store


def _sorted_nquads(store) -> list[str]:
    return sorted(store.dump("nq").decode("utf-8").splitlines())


def test_documents_counts_and_hashes(hand_store, hand_extractions):
    assert hand_store.documents() == ["one.txt", "two.txt"]
    expected = len(ontology_quads()) + sum(len(extraction_quads(e)) for e in hand_extractions)
    assert hand_store.count() == expected
    assert hand_store.count(ONTOLOGY_GRAPH) == len(ontology_quads())
    hashes = hand_store.document_hashes()
    assert hashes == {e.document.id: build_hash(e.document, "hand", "1") for e in hand_extractions}


def test_replace_document_replaces_its_graph_only(hand_store, hand_extractions):
    one = hand_extractions[0]
    before_two = hand_store.count(graph_iri("two.txt"))
    hand_store.replace_document("one.txt", extraction_quads(one)[:5])
    assert hand_store.count(graph_iri("one.txt")) == 5
    assert hand_store.count(graph_iri("two.txt")) == before_two


def test_replacing_twice_is_idempotent(hand_store, hand_extractions):
    first = _sorted_nquads(hand_store)
    fill(hand_store, hand_extractions)
    assert _sorted_nquads(hand_store) == first


def test_remove_document(hand_store):
    assert hand_store.remove_document("one.txt") is True
    assert hand_store.remove_document("one.txt") is False
    assert hand_store.documents() == ["two.txt"]
    ask = hand_store.query('ASK { ?s ?p "Ruritania bans Zephyr Networks" }')
    assert ask.boolean is False


def test_sparql_select_ask_construct(hand_store):
    result = hand_store.query("SELECT DISTINCT ?l WHERE { ?s ng:bans ?o . ?s rdfs:label ?l }")
    assert result.column("l") == ["Ruritanian Trade Ministry"]
    assert hand_store.query("ASK { ?s ng:excludes ?o }").boolean is False
    graph = hand_store.query("CONSTRUCT { ?s ng:bans ?o } WHERE { ?s ng:bans ?o }")
    assert graph.kind == "graph" and len({str(t) for t in graph.triples}) == 1


def test_bindings(hand_store):
    result = hand_store.query(
        "SELECT DISTINCT ?e WHERE { ?e rdfs:label ?l FILTER(lcase(str(?l)) = lcase(str(?name))) }",
        {"name": Literal("zephyr networks")},
    )
    assert len(result) == 1


def test_bad_sparql_is_a_clear_error(hand_store):
    with pytest.raises(NewsgraphError, match=r"\[E301\] invalid SPARQL"):
        hand_store.query("SELEC ?x WHERE { ?x ?y ?z }")


def test_bulk_load_nquads(store, hand_extractions, tmp_path):
    source = open_store(None, "oxigraph")
    fill(source, hand_extractions)
    path = tmp_path / "shard.nq"
    source.dump("nq", path)
    store.bulk_load(path)
    assert _sorted_nquads(store) == _sorted_nquads(source)
    assert store.documents() == ["one.txt", "two.txt"]


def test_bulk_load_in_chunks_matches_one_load(hand_extractions, tmp_path, monkeypatch):
    """Chunks of whole lines, several loading at a time, give the same store as the input."""
    source = open_store(None, "oxigraph")
    fill(source, hand_extractions)
    data = source.dump("nq")
    monkeypatch.setattr(store_module, "BULK_CHUNK_BYTES", 1000)  # many chunks, most lines cut by a read
    for given in (data, tmp_path / "shard.nq", io.BytesIO(data)):
        if isinstance(given, Path):
            given.write_bytes(data)
        with open_store(tmp_path / f"out-{type(given).__name__}", "oxigraph") as store:
            store.bulk_load(given)
            assert _sorted_nquads(store) == _sorted_nquads(source)


def test_bulk_load_syntax_error_names_the_line_of_the_whole_input(tmp_path, monkeypatch):
    good = "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n"
    data = (good * 200 + "<http://x/s> <p> <http://x/o> <http://x/g> .\n" + good * 10).encode()
    monkeypatch.setattr(store_module, "BULK_CHUNK_BYTES", 1000)
    with (
        open_store(tmp_path / "out", "oxigraph") as store,
        pytest.raises(SyntaxError, match=r"\bline 201\b") as raised,
    ):
        store.bulk_load(data)
    assert raised.value.lineno == 201


def test_store_persists_between_opens(tmp_path, hand_extractions):
    for backend in ("oxigraph", "memory"):
        out = tmp_path / backend
        with open_store(out, backend) as store:
            fill(store, hand_extractions)
            expected = _sorted_nquads(store)
        with open_store(out, read_only=True) as store:
            assert store.backend == backend
            assert _sorted_nquads(store) == expected
            with pytest.raises(NewsgraphError, match="read-only"):
                store.remove_document("one.txt")


def test_reading_a_folder_without_a_build(tmp_path):
    with pytest.raises(NewsgraphError, match=r"no build in .*newsgraph build"):
        open_store(tmp_path / "nothing", read_only=True)


def test_backend_mismatch_is_refused(tmp_path):
    open_store(tmp_path, "oxigraph").close()
    with pytest.raises(NewsgraphError, match="holds a 'oxigraph' store"):
        open_store(tmp_path, "memory")


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    with open_store(tmp_path, "oxigraph") as store:
        store.load_ontology()
        code = (
            "from newsgraph.graph.store import open_store\n"
            "from newsgraph.extract.errors import NewsgraphError\n"
            f"try:\n    open_store({str(tmp_path)!r})\nexcept NewsgraphError as e:\n    print(e.code)\n"
            f"s = open_store({str(tmp_path)!r}, read_only=True)\nprint(s.count() > 0)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["E308", "True"]


def test_rdflib_view(hand_store):
    dataset = hand_store.rdflib_dataset()
    rows = list(
        dataset.query(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ng:Statement }",
            initNs={"ng": "https://w3id.org/newsgraph/ontology#"},
        )
    )
    assert int(rows[0][0]) == 7


def test_doc_example_is_consistent():
    extractions = make_extractions()
    assert all(e.document.text[s.start : s.end] == s.evidence for e in extractions for s in e.statements)


def test_any_text_survives_a_document_replace(store):
    from pyoxigraph import NamedNode, Quad

    text = "a\x00b\x0bc\x7fd\u2028e\u0085f\"g\\h'i\rj\U0010ffff k \\u0041 {} <> $x ?y"
    quad = Quad(NamedNode("http://x/a"), NamedNode("http://x/p"), Literal(text), graph_iri("x"))
    store.replace_document("x", [quad])
    assert [q.object.value for q in store.quads()] == [text]


def test_a_trusted_bulk_load_gives_the_same_store_and_the_default_one_rejects_a_bad_iri(
    hand_extractions, tmp_path
):
    source = open_store(None, "oxigraph")
    fill(source, hand_extractions)
    with open_store(tmp_path / "trusted", "oxigraph") as store:
        store.bulk_load(source.dump("nq"), trusted=True)
        assert _sorted_nquads(store) == _sorted_nquads(source)
    bad = b"<http://example.org/a b> <http://example.org/p> <http://example.org/o> .\n"
    with open_store(tmp_path / "checked", "oxigraph") as store, pytest.raises(SyntaxError, match="IRI"):
        store.bulk_load(bad)
