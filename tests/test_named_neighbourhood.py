"""The named 2-hop neighbourhood query: in sync with the ontology's relations, and correct."""

from __future__ import annotations

import re

from conftest import ALICE, MINISTRY, OMNI, ROUTER, ZEPHYR
from pyoxigraph import Literal

from newsgraph.graph import ontology
from newsgraph.graph.namespaces import entity_ref_iri
from newsgraph.graph.sparql import named_query


def test_the_paths_list_every_relation_of_the_ontology():
    text, parameters = named_query("neighbourhood")
    assert parameters == ["entity"]
    paths = re.findall(r"\((\s*ng:[^)]*)\)", text)
    assert len(paths) == 4  # forwards and backwards, for each hop
    for path in paths:
        assert {name.strip() for name in path.replace("ng:", "").split("|")} == set(ontology.relation_names())


def test_two_hops_over_asserted_typed_statements(hand_store):
    text, _ = named_query("neighbourhood")
    rows = hand_store.query(text, {"entity": Literal("Alice Marsh")}).rows
    iri = {entity_ref_iri(ref).value: ref.label for ref in (ALICE, MINISTRY, OMNI, ROUTER, ZEPHYR)}
    found = {(iri[hop1.value], iri[hop2.value] if hop2 is not None else None) for hop1, hop2 in rows}
    # Alice leads Zephyr; Zephyr is banned by the ministry, produces the router, supplies Omnicom.
    # Omnicom's refusal (negated) and ban (hypothetical) are not asserted, so they are no edges.
    assert found == {
        ("Zephyr Networks", "Ruritanian Trade Ministry"),
        ("Zephyr Networks", "Z-Router"),
        ("Zephyr Networks", "Omnicom Telecom"),
    }
