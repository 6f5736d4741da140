"""`newsgraph serve` as clients see it: a real server process on a free local
port, queried by SPARQLWrapper and plain urllib, over a real on-disk store."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from xml.dom.minidom import Document as XmlDocument

import pytest
import rdflib
from browser.corpus import explorer_corpus, write_build
from browser.server import Server
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

TIMEOUT = 2.0
MAX_RESULTS = 40
MEMORY_MB = 300
COMPANIES = "SELECT DISTINCT ?label WHERE { ?e a ng:Company ; rdfs:label ?label } ORDER BY ?label"
COMPANY_LABELS = ["Evil <script>window.__pwned = 'script'</script> Corp", "Kestrel Mobile", "Nimbus Systems"]
# Asserted, typed statements become direct triples: 5 in the corpus (not the negated or hypothetical ones).
DIRECT = (
    "CONSTRUCT { ?s ?p ?o } WHERE { ?st a ng:Statement ; ng:modality ng:Asserted ; "
    "rdf:subject ?s ; rdf:object ?o . ?s ?p ?o }"
)
DIRECT_COUNT = 5


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    return write_build(tmp_path_factory.mktemp("serve") / "out", explorer_corpus())


@pytest.fixture(scope="module")
def server(build) -> Iterator[Server]:
    running = Server(
        build,
        *("--timeout", str(TIMEOUT), "--max-results", str(MAX_RESULTS), "--workers", "2"),
        *("--memory-limit", str(MEMORY_MB)),
    )
    yield running
    running.stop()


def client(server: Server, query: str, fmt: str) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{server.url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def http(server: Server, path: str, data: bytes | None = None, method: str | None = None, **headers: str):
    """(status, headers, body) of one request, error statuses included."""
    request = urllib.request.Request(f"{server.url}{path}", data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


# --- SELECT, ASK, CONSTRUCT in every format -----------------------------------


def test_select_json(server):
    result = client(server, COMPANIES, JSON).queryAndConvert()
    assert result["head"]["vars"] == ["label"]
    assert [row["label"]["value"] for row in result["results"]["bindings"]] == COMPANY_LABELS


def test_select_xml(server):
    result = client(server, COMPANIES, XML).queryAndConvert()
    assert isinstance(result, XmlDocument)
    literals = [node.firstChild.data for node in result.getElementsByTagName("literal")]
    assert literals == COMPANY_LABELS


def test_select_csv(server):
    body = client(server, COMPANIES, CSV).queryAndConvert()
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows == [["label"], *([label] for label in COMPANY_LABELS)]


def test_select_tsv(server):
    body = client(server, COMPANIES, TSV).queryAndConvert().decode("utf-8")
    assert body.splitlines() == ["?label", *(json.dumps(label) for label in COMPANY_LABELS)]


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask(server, fmt):
    yes = client(server, "ASK { ?agency ng:bans ?company }", fmt).queryAndConvert()
    no = client(server, "ASK { ?company ng:excludes ?other }", fmt).queryAndConvert()  # only negated
    if fmt == JSON:
        assert (yes["boolean"], no["boolean"]) == (True, False)
    else:
        assert [d.getElementsByTagName("boolean")[0].firstChild.data for d in (yes, no)] == ["true", "false"]


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD, RDFXML])
def test_construct(server, fmt):
    graph = client(server, DIRECT, fmt).queryAndConvert()
    if fmt == TURTLE:  # SPARQLWrapper hands Turtle back unparsed
        graph = rdflib.Graph().parse(data=graph, format="turtle")
    assert isinstance(graph, rdflib.Graph)
    assert len(graph) == DIRECT_COUNT
    bans = rdflib.URIRef("https://w3id.org/newsgraph/ontology#bans")
    assert len(list(graph.triples((None, bans, None)))) == 1


def test_construct_ntriples(server):
    sparql = client(server, DIRECT, TURTLE)
    sparql.addCustomHttpHeader("Accept", "application/n-triples")
    sparql.setOnlyConneg(True)
    response = sparql.query().response
    assert response.headers["Content-Type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=response.read().decode(), format="nt")) == DIRECT_COUNT


def test_describe_in_turtle(server):
    body = client(server, "DESCRIBE ?e WHERE { ?e rdfs:label 'Nimbus Systems' }", TURTLE).queryAndConvert()
    graph = rdflib.Graph().parse(data=body, format="turtle")
    assert (None, rdflib.RDFS.label, rdflib.Literal("Nimbus Systems")) in graph


def test_post_form_and_direct(server):
    for method in (POST, POSTDIRECTLY):
        sparql = client(server, COMPANIES, JSON)
        if method == POSTDIRECTLY:
            sparql.setMethod(POST)
            sparql.setRequestMethod(POSTDIRECTLY)
        else:
            sparql.setMethod(POST)
        rows = sparql.queryAndConvert()["results"]["bindings"]
        assert [row["label"]["value"] for row in rows] == COMPANY_LABELS


def test_dataset_from_protocol_parameters(server):
    graph = urllib.parse.quote("https://w3id.org/newsgraph/id/graph/deal.txt", safe="")
    query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s ng:evidence ?e }")
    status, _, body = http(server, f"/sparql?query={query}&default-graph-uri={graph}", Accept="text/csv")
    assert status == 200 and body.decode().split() == ["n", "3"]


def test_accept_decides_and_unacceptable_is_406(server):
    query = urllib.parse.quote(COMPANIES)
    status, headers, _ = http(
        server, f"/sparql?query={query}", Accept="text/tab-separated-values;q=0.5, text/csv"
    )
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    status, _, body = http(server, f"/sparql?query={query}", Accept="image/png")
    assert status == 406 and b"application/sparql-results+json" in body


# --- errors and refusals ------------------------------------------------------


def test_syntax_error_is_400_with_message(server):
    with pytest.raises(QueryBadFormed) as caught:
        client(server, "SELECT ?x WHERE { ?x ?y }", JSON).query()
    assert "syntax error" in str(caught.value) and "1:" in str(caught.value)  # says where


def test_update_is_refused(server):
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    sparql = client(server, insert, JSON)
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    assert caught.value.code == 403
    status, _, body = http(
        server, "/sparql", insert.encode(), **{"Content-Type": "application/sparql-update"}
    )
    assert status == 403 and b"read-only" in body
    ask = client(server, "ASK { <http://example.org/a> ?p ?o }", JSON).queryAndConvert()
    assert ask["boolean"] is False


def test_graph_store_writes_are_refused(server):
    graph = urllib.parse.quote("https://w3id.org/newsgraph/id/graph/ban.txt", safe="")
    turtle = b"<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
    for method in ("PUT", "POST", "DELETE"):
        status, headers, _ = http(
            server, f"/store?graph={graph}", turtle, method, **{"Content-Type": "text/turtle"}
        )
        assert status == 405 and "GET" in headers["Allow"]
    status, _, body = http(server, f"/store?graph={graph}", Accept="application/n-triples")
    assert status == 200 and b"banned Nimbus Systems" in body
    assert http(server, "/store?graph=https%3A%2F%2Fexample.org%2Fnone")[0] == 404


def test_service_description_without_query_and_errors_without_one(server):
    status, headers, body = http(server, "/sparql", Accept="text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    description = rdflib.Graph().parse(data=body.decode(), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef(f"{server.url}/sparql")) in description
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in description
    assert http(server, "/sparql?default-graph-uri=x")[0] == 400
    status, _, body = http(server, "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri")
    assert status == 400 and b"must be IRIs" in body
    assert http(server, "/sparql", b"", **{"Content-Type": "application/x-www-form-urlencoded"})[0] == 400


def test_wrong_body_type(server):
    assert http(server, "/sparql", b"query=ASK{}", **{"Content-Type": "application/json"})[0] == 415


def test_other_hosts_are_refused(server):
    status, _, body = http(server, "/sparql?query=ASK%7B%7D", Host="attacker.example")
    assert status == 403 and b"localhost" in body


# --- limits -------------------------------------------------------------------


def test_result_size_limit_cuts_and_says_so(server):
    query = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }")
    status, headers, body = http(server, f"/sparql?query={query}", Accept="application/sparql-results+json")
    assert status == 200 and headers["X-SPARQL-MaxRows"] == str(MAX_RESULTS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_RESULTS


def test_time_limit_stops_an_expensive_query_without_blocking_others(server):
    # a four-way cross product of every triple: hundreds of millions of rows
    expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    outcome: dict = {}

    def run_expensive() -> None:
        started = time.monotonic()
        outcome["answer"] = http(server, f"/sparql?query={urllib.parse.quote(expensive)}")
        outcome["seconds"] = time.monotonic() - started

    slow = threading.Thread(target=run_expensive)
    slow.start()
    time.sleep(0.3)
    started = time.monotonic()
    quick = client(server, COMPANIES, JSON).queryAndConvert()  # answered by the other worker meanwhile
    quick_seconds = time.monotonic() - started
    slow.join(30)
    status, _, body = outcome["answer"]
    assert status == 503 and b"time limit" in body
    assert TIMEOUT <= outcome["seconds"] < TIMEOUT + 5
    assert len(quick["results"]["bindings"]) == 3 and quick_seconds < TIMEOUT
    # the killed worker was replaced: the server still answers
    assert client(server, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True


# --- serving while a build writes ----------------------------------------------


def test_serves_while_a_build_holds_the_store_and_sees_its_commits(tmp_path):
    from newsgraph.extract.records import Document, DocumentExtraction, Entity, EntityClass
    from newsgraph.graph.rdf import extraction_quads
    from newsgraph.graph.store import open_store

    out = write_build(tmp_path / "out", explorer_corpus())
    server = Server(out, "--workers", "1")
    try:
        assert json.loads(http(server, "/api/search?q=quillon")[2])["results"] == []
        writer = open_store(out, "oxigraph")  # held open for writing, as a running build does
        try:
            document = Document.from_text("Quillon Labs opened.", "late.txt")
            extraction = DocumentExtraction(
                document, (Entity("Quillon Labs", EntityClass.COMPANY),), (), "hand", "1"
            )
            writer.replace_document("late.txt", extraction_quads(extraction))
            ask = "ASK { ?e rdfs:label 'Quillon Labs' }"
            assert client(server, ask, JSON).queryAndConvert()["boolean"] is True
            assert client(server, COMPANIES, JSON).queryAndConvert()["results"]["bindings"]
            for number in range(15):  # commits and compactions under the readers' feet
                late = Document.from_text(f"Quillon Labs {number} opened.", f"late-{number}.txt")
                entity = Entity(f"Quillon Labs {number}", EntityClass.COMPANY)
                writer.replace_document(
                    late.id, extraction_quads(DocumentExtraction(late, (entity,), (), "h", "1"))
                )
                count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d ng:docId ?id } }"
                rows = client(server, count, JSON).queryAndConvert()["results"]["bindings"]
                assert rows[0]["n"]["value"] == str(5 + number)  # 3 + late.txt + late-0..number
            # the page's projection follows too, a few seconds later
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                found = json.loads(http(server, "/api/search?q=quillon&limit=50")[2])["results"]
                if len(found) == 16:
                    break
                time.sleep(0.5)
            assert sorted(hit["label"] for hit in found)[:2] == ["Quillon Labs", "Quillon Labs 0"]
            assert len(found) == 16
        finally:
            writer.close()
    finally:
        server.stop()


def test_cross_origin_only_when_asked(server, build):
    from newsgraph.graph.serve import ServeConfig, create_app

    status, headers, _ = http(server, "/sparql?query=ASK%7B%7D", Origin="https://yasgui.example")
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    app = create_app(ServeConfig(out=build, workers=1, cors="https://yasgui.example"))
    try:
        preflight = app.test_client().options(
            "/sparql", headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"}
        )
        assert preflight.status_code == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        answer = app.test_client().get(
            "/sparql?query=ASK%7B%7D", headers={"Origin": "https://yasgui.example"}
        )
        assert answer.status_code == 200 and answer.json == {"head": {}, "boolean": True}
    finally:
        app.extensions["newsgraph"].close()


def test_memory_limit_stops_a_query_that_would_exhaust_memory(server):
    # sorting a three-way cross product materialises tens of millions of rows
    hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    started = time.monotonic()
    status, _, body = http(server, f"/sparql?query={urllib.parse.quote(hungry)}")
    assert status == 503 and f"memory limit of {MEMORY_MB} MB".encode() in body
    assert time.monotonic() - started < TIMEOUT  # stopped by memory, before the time limit
    assert client(server, "ASK { ?s ?p ?o }", JSON).queryAndConvert()["boolean"] is True
