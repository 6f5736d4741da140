"""Bounded views (newsgraph.graph.views) on a real projection, the page's JSON
API of a live `newsgraph serve`, and `newsgraph render --top/--since/--until`."""

from __future__ import annotations

import doctest
import importlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from browser.corpus import SCRIPT_PAYLOAD, explorer_corpus, write_build
from browser.server import Server

from newsgraph.cli import main
from newsgraph.graph import views
from newsgraph.graph.network import project_store
from newsgraph.graph.store import open_store


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    return write_build(tmp_path_factory.mktemp("views") / "out", explorer_corpus())


@pytest.fixture(scope="module")
def graph(build) -> nx.MultiDiGraph:
    with open_store(build, read_only=True) as store:
        return project_store(store)


def node(graph: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, text in graph.nodes(data="label") if text == label)


def labels(graph: nx.MultiDiGraph, nodes) -> list[str]:
    return [graph.nodes[n]["label"] for n in nodes]


def test_top_entities_by_pagerank(graph):
    ranks = views.pagerank(graph)
    assert labels(graph, views.top_entities(graph, 2, ranks)) == ["Nimbus Systems", "Kestrel Mobile"]


def test_neighbourhood_nearest_first_and_bounded(graph):
    ranks = views.pagerank(graph)
    dana = node(graph, "Dana Whitfield")
    assert labels(graph, views.neighbourhood(graph, dana, 1, ranks)) == ["Dana Whitfield", "Nimbus Systems"]
    two = views.neighbourhood(graph, dana, 2, ranks)
    assert len(two) == 5 and labels(graph, two[:2]) == ["Dana Whitfield", "Nimbus Systems"]
    assert len(views.neighbourhood(graph, dana, 2, ranks, limit=3)) == 3
    assert views.neighbourhood(graph, "no-such-node", 2, ranks) == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"relations": {"bans"}}, 1),
        ({"modalities": {"negated", "hypothetical"}}, 2),
        ({"classes": {"Company"}}, 3),  # supplies x2, excludes: company to company
        ({"documents": {"deal.txt"}}, 3),
        ({"since": "2024-06-01"}, 5),
        ({"until": "2024-02-28"}, 2),
        ({"since": "2024-03-01", "until": "2024-06-30"}, 3),
    ],
)
def test_filters(graph, filters, expected):
    assert views.filter_graph(graph, **filters).number_of_edges() == expected


def test_search_ranks_exact_then_prefix_then_substring(graph):
    ranks = views.pagerank(graph)
    assert labels(graph, views.search(graph, "nimbus", ranks)) == ["Nimbus Systems", "Nimbus Core Switch"]
    assert labels(graph, views.search(graph, "LAND", ranks)) == ["Grandland", "Grandland Telecom Agency"]
    assert views.search(graph, "  ", ranks) == []


def test_statements_about_an_entity_carry_evidence_and_source(graph):
    rows = views.statements_about(graph, node(graph, "Kestrel Mobile"))
    assert [(r["subject_label"], r["relation"], r["modality"]) for r in rows] == [
        ("Nimbus Systems", "supplies", "asserted"),
        ("Kestrel Mobile", "excludes", "negated"),
        ("Grandland", "investigates", "hypothetical"),
        (f"Evil {SCRIPT_PAYLOAD} Corp", "supplies", "asserted"),
    ]
    assert rows[1]["evidence"] == "Kestrel Mobile did not exclude Nimbus Systems from its tender."
    assert (rows[1]["doc"], rows[1]["title"], rows[1]["date"]) == (
        "deal.txt",
        "Kestrel keeps Nimbus",
        "2024-06-20",
    )


def test_view_spec_from_parameters_is_bounded():
    from werkzeug.datastructures import MultiDict

    spec = views.ViewSpec.from_params(MultiDict([("top", "99999"), ("hops", "x"), ("relation", "bans")]))
    assert (spec.top, spec.hops, spec.relations) == (5000, 1, frozenset({"bans"}))


# --- the JSON API of a live server --------------------------------------------


@pytest.fixture(scope="module")
def server(build) -> Iterator[Server]:
    running = Server(build, "--workers", "1")
    yield running
    running.stop()


def api(server: Server, path: str, **params) -> tuple[int, dict]:
    url = f"{server.url}{path}?{urllib.parse.urlencode(params, doseq=True)}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.load(exc)


def test_api_meta_lists_what_the_filters_offer(server):
    status, meta = api(server, "/api/meta")
    assert status == 200
    assert meta["relations"] == {
        "bans": 1,
        "excludes": 1,
        "investigates": 1,
        "leads": 1,
        "produces": 1,
        "supplies": 2,
    }
    assert meta["modalities"] == {"asserted": 5, "hypothetical": 1, "negated": 1}
    assert [d["id"] for d in meta["documents"]] == ["ban.txt", "deal.txt", "hostile.html"]
    assert meta["dates"] == {"first": "2024-02-09", "last": "2024-07-01"}
    assert set(meta["colours"]) >= {"Company", "Country", "Person"}


def test_api_view_top_and_neighbourhood_with_filters(server, graph):
    status, view = api(server, "/api/view", top=3)
    assert status == 200 and [n["label"] for n in view["nodes"]][:1] == ["Nimbus Systems"]
    assert len(view["nodes"]) == 3 and view["total_entities"] == 7
    assert [(n["label"], n["degree"]) for n in view["nodes"][:2]] == [
        ("Nimbus Systems", 5),
        ("Kestrel Mobile", 4),
    ]
    kestrel = node(graph, "Kestrel Mobile")
    _, around = api(server, "/api/view", entity=kestrel, modality=["negated", "hypothetical"])
    assert sorted(n["label"] for n in around["nodes"]) == ["Grandland", "Kestrel Mobile", "Nimbus Systems"]
    assert sorted((e["relation"], e["modality"]) for e in around["edges"]) == [
        ("excludes", "negated"),
        ("investigates", "hypothetical"),
    ]


def test_api_entity_and_search(server, graph):
    status, found = api(server, "/api/search", q="dana")
    assert status == 200 and [r["label"] for r in found["results"]] == ["Dana Whitfield"]
    status, entity = api(server, "/api/entity", id=found["results"][0]["id"])
    assert status == 200 and entity["statements"][0]["evidence"] == "Dana Whitfield leads Nimbus Systems."
    status, missing = api(server, "/api/entity", id="https://example.org/nobody")
    assert status == 404 and "no entity" in missing["error"]


# --- newsgraph render with the same views -------------------------------------


def test_render_top_since_until(build, tmp_path, capsys):
    output = tmp_path / "view.html"
    assert (
        main(["render", "--out", str(build), "--since", "2024-06-01", "--top", "3", "-o", str(output)]) == 0
    )
    assert "(3 entities, " in capsys.readouterr().err
    page = output.read_text(encoding="utf-8")
    assert "Kestrel Mobile" in page and "Dana Whitfield" not in page  # Dana's statement is from February
    assert main(["render", "--out", str(build), "--until", "2024-02-28", "-o", str(output)]) == 0
    assert "(3 entities, 2 relations)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["render", "--out", str(build), "--since", "last week", "-o", str(output)])


@pytest.mark.parametrize("name", ["views", "sparql_protocol"])
def test_docstring_examples(name):
    module = importlib.import_module(f"newsgraph.graph.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
