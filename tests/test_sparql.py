"""Named queries return the expected rows on the hand-made graph; result formats are well formed."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pyoxigraph import Literal

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.sparql import named_queries, named_query, parse_param


def run(store, name, **params):
    text, _ = named_query(name)
    return store.query(text, {k: Literal(v) for k, v in params.items()})


def test_named_queries_are_documented():
    queries = named_queries()
    assert {"who-bans-whom", "about-entity", "by-modality"} <= set(queries)
    assert all(description for description in queries.values())


def test_who_bans_whom_excludes_hypothetical_bans(hand_store):
    result = run(hand_store, "who-bans-whom")
    rows = [(r["subject"].value, r["object"].value, r["doc"].value) for r in result]
    assert rows == [("Ruritanian Trade Ministry", "Zephyr Networks", "one.txt")]
    assert result.column("evidence") == ["The Ruritanian Trade Ministry banned Zephyr Networks on Monday."]


def test_about_entity_by_alias_any_case(hand_store):
    result = run(hand_store, "about-entity", entity="zn")
    rows = {(r["role"].value, r["relation"].value, r["other"].value, r["modality"].value) for r in result}
    assert rows == {
        ("object", "bans", "Ruritanian Trade Ministry", "asserted"),
        ("object", "leads", "Alice Marsh", "asserted"),
        ("subject", "produces", "Z-Router", "asserted"),
        ("object", "excludes", "Omnicom Telecom", "negated"),
        ("object", "bans", "Omnicom Telecom", "hypothetical"),
        ("subject", "supplies", "Omnicom Telecom", "asserted"),
        ("subject", "", "Z-Router", "asserted"),
    }
    assert all(r["evidence"].value for r in result)


def test_by_modality(hand_store):
    hypothetical = run(hand_store, "by-modality", modality="hypothetical")
    assert [(r["subject"].value, r["relation"].value, r["object"].value) for r in hypothetical] == [
        ("Omnicom Telecom", "bans", "Zephyr Networks")
    ]
    asserted = run(hand_store, "by-modality", modality="ASSERTED")
    assert "~supply" in asserted.column("relation")
    assert len(asserted) == 5


def test_relation_counts_and_relation(hand_store):
    counts = {
        (r["relation"].value, r["modality"].value): int(r["statements"].value)
        for r in run(hand_store, "relation-counts")
    }
    assert counts[("bans", "asserted")] == 1 and counts[("bans", "hypothetical")] == 1
    supplies = run(hand_store, "relation", relation="supplies")
    assert [(r["subject"].value, r["object"].value) for r in supplies] == [
        ("Zephyr Networks", "Omnicom Telecom")
    ]


def test_entities_documents_denials(hand_store):
    entities = {
        r["entity"].value: (r["class"].value, int(r["documents"].value)) for r in run(hand_store, "entities")
    }
    assert entities["Zephyr Networks"] == ("Company", 2)
    assert entities["Alice Marsh"] == ("Person", 1)
    documents = run(hand_store, "documents")
    assert documents.column("doc") == ["one.txt", "two.txt"]
    assert documents.column("statements") == ["4", "3"]
    assert documents.column("date") == ["2024-03-01", ""]
    denials = run(hand_store, "denials")
    assert [(r["subject"].value, r["relation"].value) for r in denials] == [("Omnicom Telecom", "excludes")]


def test_result_formats(hand_store):
    result = run(hand_store, "who-bans-whom")
    parsed = json.loads(result.serialize("json"))
    assert parsed["head"]["vars"] == ["subject", "object", "evidence", "doc"]
    assert parsed["results"]["bindings"][0]["subject"] == {
        "type": "literal",
        "value": "Ruritanian Trade Ministry",
    }
    rows = list(csv.reader(io.StringIO(result.serialize("csv"))))
    assert rows[0] == ["subject", "object", "evidence", "doc"] and len(rows) == 2
    tsv = result.serialize("tsv").splitlines()
    assert tsv[0] == "?subject\t?object\t?evidence\t?doc" and tsv[1].startswith('"Ruritanian')
    table = result.serialize("table")
    assert "Ruritanian Trade Ministry" in table and "(1 row)" in table
    ask = hand_store.query("ASK { ?s ng:supplies ?o }")
    assert json.loads(ask.serialize("json"))["boolean"] is True
    assert ask.serialize("csv").splitlines() == ["boolean", "true"]
    graph = hand_store.query("CONSTRUCT { ?s ng:supplies ?o } WHERE { ?s ng:supplies ?o }")
    assert "ng:supplies" in graph.serialize("ttl")
    with pytest.raises(NewsgraphError, match="cannot be written as 'ttl'"):
        result.serialize("ttl")


def test_params_cannot_inject(hand_store):
    result = run(hand_store, "about-entity", entity='x")) } } SELECT * WHERE { ?a ?b ?c } #')
    assert len(result) == 0


def test_parse_param():
    assert parse_param("n=3")[1].datatype.value.endswith("#integer")
    assert parse_param("e=<https://x/y>")[1].value == "https://x/y"
    with pytest.raises(NewsgraphError):
        parse_param("novalue")


def test_unknown_named_query():
    with pytest.raises(NewsgraphError, match="no named query 'nope'"):
        named_query("nope")


def test_entity_lookup_ignores_case_and_spacing(hand_store):
    rows = run(hand_store, "about-entity", entity="  zephyr   NETWORKS ")
    assert len(rows) == 7
    assert named_query("about-entity")[1] == ["entity"]  # $entity_key is derived, not asked for
