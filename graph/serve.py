"""``newsgraph serve``: a read-only SPARQL 1.1 Protocol endpoint and an exploration page.

One Flask application served by waitress (a multi-threaded WSGI server):

- ``/sparql``: SPARQL 1.1 Protocol queries (GET, POST form-encoded, POST
  ``application/sparql-query``), content negotiation, a time limit and a
  result-size limit (see :mod:`newsgraph.graph.sparql_protocol`). SPARQL
  Update is refused (403), and so are Graph Store writes (405).
- ``/store?graph=IRI`` (or ``?default``): Graph Store Protocol reads.
- ``/``: the exploration page (``static/``), drawing with the vis-network
  that the installed pyvis package bundles (``/vendor/...``, no CDN).
- ``/api/meta``, ``/api/view``, ``/api/entity``, ``/api/search``: JSON for
  the page, computed by :mod:`newsgraph.graph.views` over the networkx
  projection of the store.

The store is opened read-only (by the query workers and for the projection),
so a build may write to it meanwhile; both notice a committed change and
reopen.

>>> app = create_app(Path("newsgraph-out"))  # doctest: +SKIP
>>> app.test_client().get("/sparql?query=ASK{}").status_code  # doctest: +SKIP
200
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph import views
from newsgraph.graph.namespaces import RDF, RDFS
from newsgraph.graph.network import project_store
from newsgraph.graph.render import CLASS_COLOURS
from newsgraph.graph.sparql_protocol import (
    GRAPH_FORMATS,
    RESULTS_FORMATS,
    QueryPool,
    QueryRequest,
    negotiate,
    read_store,
    store_fingerprint,
)
from newsgraph.graph.store import detect_backend, store_location

__all__ = ["VIS_NETWORK", "ServeConfig", "create_app", "serve"]

#: vis-network as bundled by pyvis (the same copy pyvis' own pages use).
VIS_NETWORK = "lib/vis-9.1.2"
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "[::1]", "::1"}
_PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class ServeConfig:
    """What ``newsgraph serve`` was asked for."""

    out: Path
    host: str = "127.0.0.1"
    port: int = 8080
    timeout: float = 30.0
    max_results: int = 10_000
    workers: int = 4
    memory_mb: int = 4096  # per query process; 0: no limit
    cors: str | None = None  # an origin allowed to call /sparql from a browser, or "*"

    @property
    def store_path(self) -> Path:
        """Where the build's store is (``store/``, or ``store.nq`` for a memory build)."""
        backend = detect_backend(self.out)
        if backend is None:
            raise NewsgraphError(
                "E601", f"no build in {self.out}", f"build one first: newsgraph build DOCS --out {self.out}"
            )
        return store_location(self.out, backend)


class Explorer:
    """The networkx projection of the store, rebuilt when the store changes.

    The store is checked at most every ``check_every`` seconds; a changed
    store is projected again in the background while requests keep getting
    the previous projection, so that a build writing meanwhile never stalls
    the page. ``project`` is :func:`~newsgraph.graph.network.project_store`
    unless a test says otherwise.
    """

    def __init__(
        self,
        store_path: Path,
        project: Callable[[ox.Store], nx.MultiDiGraph] = project_store,
        check_every: float = 2.0,
    ) -> None:
        self.store_path = store_path
        self._project = project
        self._check_every = check_every
        self._lock = threading.Lock()
        self._first = threading.Lock()
        self._rebuilding = False
        self._checked = 0.0
        self._index: views.GraphIndex | None = None
        self._fingerprint: tuple | None = None

    def _rebuild(self, fingerprint: tuple) -> None:
        try:
            graph, _ = read_store(self.store_path, self._project)
            index = views.GraphIndex(graph)
            with self._lock:
                self._index, self._fingerprint = index, fingerprint
        finally:
            self._rebuilding = False

    def index(self) -> views.GraphIndex:
        """The latest projection with its rankings."""
        if self._index is None:
            with self._first:  # the first projection: everyone waits for it
                if self._index is None:
                    self._rebuild(store_fingerprint(self.store_path))
        with self._lock:
            now = time.monotonic()
            if not self._rebuilding and now - self._checked >= self._check_every:
                self._checked = now
                fingerprint = store_fingerprint(self.store_path)
                if fingerprint != self._fingerprint:
                    self._rebuilding = True
                    threading.Thread(target=self._rebuild, args=(fingerprint,), daemon=True).start()
            return self._index


def create_app(config: ServeConfig, project: Callable[[ox.Store], nx.MultiDiGraph] | None = None) -> Flask:
    """The WSGI application for ``config``; call :meth:`close` on ``app.extensions['newsgraph']``."""
    store_path = config.store_path
    static = resources.files("newsgraph.graph").joinpath("static")
    app = Flask("newsgraph.graph.serve", static_folder=str(static), static_url_path="/static")
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    pool = QueryPool(
        store_path,
        workers=config.workers,
        timeout=config.timeout,
        max_results=config.max_results,
        memory_mb=config.memory_mb,
    )
    explorer = Explorer(store_path, project or project_store)
    # build the projection now, so that the first page load does not wait for it
    threading.Thread(target=explorer.index, daemon=True, name="newsgraph-projection").start()
    app.extensions["newsgraph"] = pool
    loopback_only = config.host in ("127.0.0.1", "localhost", "::1")

    @app.before_request
    def _check_host() -> Response | None:
        # A page on another site must not reach a loopback server through a
        # rebound DNS name: only loopback Host headers are served there.
        if (
            loopback_only
            and request.host.rsplit(":", 1)[0] not in _LOOPBACK_NAMES
            and request.host not in _LOOPBACK_NAMES
        ):
            return _text(403, f"this server answers only to localhost, not to Host {request.host!r}")
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers.setdefault("Content-Security-Policy", _PAGE_CSP)
        response.headers["Referrer-Policy"] = "no-referrer"
        if config.cors and request.path in ("/sparql", "/store"):
            response.headers["Access-Control-Allow-Origin"] = config.cors
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response.headers["Access-Control-Expose-Headers"] = "X-SPARQL-MaxRows"
        return response

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        response = _text(exc.code or 500, f"{exc.name}: {exc.description}")
        if exc.code == 405 and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response

    @app.errorhandler(NewsgraphError)
    def _newsgraph_error(exc: NewsgraphError) -> Response:
        return _text(400, str(exc))

    # --- the page ----------------------------------------------------------

    @app.get("/")
    def page() -> Response:
        return app.send_static_file("index.html")

    @app.get("/vendor/<name>")
    def vendor(name: str) -> Response:
        if name not in ("vis-network.min.js", "vis-network.css"):
            return _text(404, f"no vendor file {name!r}")
        data = resources.files("pyvis").joinpath(f"{VIS_NETWORK}/{name}").read_bytes()
        kind = "text/javascript" if name.endswith(".js") else "text/css"
        response = Response(data, content_type=f"{kind}; charset=utf-8")
        response.cache_control.max_age = 3600
        return response

    # --- SPARQL 1.1 Protocol -----------------------------------------------

    @app.route("/sparql", methods=["GET", "POST", "OPTIONS"])
    def sparql() -> Response:
        if request.method == "OPTIONS":
            return Response(status=204, headers={"Allow": "GET, POST, OPTIONS"})
        query, defaults, named = _protocol_query(request)
        if query is None and request.method == "GET" and not request.args:
            return _service_description(request.base_url, config.max_results)
        if query is None:
            return _text(400, "missing the 'query' parameter (SPARQL 1.1 Protocol: GET ?query=... or POST)")
        return _answer(pool, query, defaults, named)

    @app.route("/sparql", methods=["PUT", "DELETE", "PATCH"])
    def sparql_write() -> Response:
        return _read_only(405, "GET, POST, OPTIONS")

    @app.get("/store")
    def graph_store() -> Response:
        if "default" in request.args:
            graph = "default"
        elif "graph" in request.args:
            graph = request.args["graph"]
        else:
            return _text(400, "Graph Store Protocol: give ?graph=IRI or ?default")
        if graph == "default":
            return _answer(pool, "CONSTRUCT WHERE { ?s ?p ?o }", (), (), union=False)
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            return _text(400, f"not an IRI: {graph!r} ({exc})")
        return _answer(pool, "CONSTRUCT WHERE { ?s ?p ?o }", (graph,), (), must_exist=True)

    @app.route("/store", methods=["PUT", "POST", "DELETE", "PATCH"])
    def graph_store_write() -> Response:
        return _read_only(405, "GET, HEAD")

    # --- JSON for the page -------------------------------------------------

    @app.get("/api/meta")
    def api_meta() -> Response:
        # the same colours as the static view of `newsgraph render`
        return jsonify({**explorer.index().meta(), "colours": CLASS_COLOURS})

    @app.get("/api/view")
    def api_view() -> Response:
        index = explorer.index()
        spec = views.ViewSpec.from_params(request.args)
        return jsonify(index.view(spec))

    @app.get("/api/entity")
    def api_entity() -> Response:
        index = explorer.index()
        entity = request.args.get("id", "")
        if entity not in index.graph:
            return _json_error(404, f"no entity {entity!r} in the graph")
        return jsonify(index.entity(entity))

    @app.get("/api/search")
    def api_search() -> Response:
        text = request.args.get("q", "").strip()
        limit = min(request.args.get("limit", 20, type=int), 100)
        return jsonify({"query": text, "results": explorer.index().search(text, limit)})

    return app


def _protocol_query(req) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """The query and dataset of a protocol request; updates are refused by raising."""
    content_type = (req.mimetype or "").lower()
    if (req.method == "POST" and content_type == "application/sparql-update") or "update" in req.values:
        raise _ReadOnly()
    if req.method == "GET":
        params = req.args
        query = params.get("query")
    elif content_type == "application/sparql-query":
        params = req.args
        query = req.get_data(as_text=True)
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        params = req.form
        query = params.get("query")
    else:
        raise _UnsupportedMedia(content_type)
    if len(params.getlist("query")) > 1:
        raise _BadRequest("give exactly one 'query' parameter")
    return query, tuple(params.getlist("default-graph-uri")), tuple(params.getlist("named-graph-uri"))


class _ReadOnly(HTTPException):
    code = 403
    description = (
        "this endpoint is read-only: SPARQL Update is refused. Change the graph with 'newsgraph build', "
        "then query it here"
    )


class _BadRequest(HTTPException):
    code = 400


class _UnsupportedMedia(HTTPException):
    code = 415

    def __init__(self, content_type: str) -> None:
        super().__init__(
            f"cannot read a POST body of type {content_type or 'none'!r}: send application/sparql-query "
            "or application/x-www-form-urlencoded"
        )


def _answer(
    pool: QueryPool, query: str, defaults, named, union: bool = True, must_exist: bool = False
) -> Response:
    requested = request.args.get("format")
    accept = request.headers.get("Accept")
    results_format = negotiate(accept, RESULTS_FORMATS, requested)
    graph_format = negotiate(accept, GRAPH_FORMATS, requested)
    answer = pool.run(
        QueryRequest(
            query,
            results_format.name if results_format else None,
            graph_format.name if graph_format else None,
            tuple(defaults),
            tuple(named),
            union_default_graph=union,
            graphs_must_exist=must_exist,
        )
    )
    response = Response(answer.body, status=answer.status, content_type=answer.content_type)
    response.headers.update(answer.headers)
    response.headers["Vary"] = "Accept"
    return response


_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS = "http://www.w3.org/ns/formats/"


def _service_description(endpoint: str, max_results: int) -> Response:
    """SPARQL 1.1 Service Description, for a GET without a query (in the RDF format asked for)."""
    fmt = negotiate(request.headers.get("Accept"), GRAPH_FORMATS) or GRAPH_FORMATS[0]
    service = ox.BlankNode("service")

    def sd(local: str) -> ox.NamedNode:
        return ox.NamedNode(_SD + local)

    triples = [
        ox.Triple(service, ox.NamedNode(RDF + "type"), sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(
            service,
            ox.NamedNode(RDFS + "comment"),
            ox.Literal(f"newsgraph, read-only; at most {max_results} results per query"),
        ),
    ]
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
        "N3",
    ):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(_FORMATS + name)))
    body = ox.serialize(triples, format=ox.RdfFormat.from_media_type(fmt.media_type))
    return Response(body, content_type=fmt.media_type, headers={"Vary": "Accept"})


def _read_only(status: int, allow: str) -> Response:
    response = _text(status, "this endpoint is read-only: Graph Store writes are refused")
    response.headers["Allow"] = allow
    return response


def _text(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status=status, content_type="text/plain; charset=utf-8")


def _json_error(status: int, message: str) -> Response:
    response = jsonify({"error": message})
    response.status_code = status
    return response


def serve(config: ServeConfig) -> None:
    """Serve until interrupted (waitress, several threads); ``port`` 0 picks a free port."""
    import signal
    import sys

    import waitress

    app = create_app(config)
    pool: QueryPool = app.extensions["newsgraph"]
    server = waitress.create_server(
        app, host=config.host, port=config.port, threads=max(8, config.workers * 2), ident="newsgraph"
    )
    host = f"[{config.host}]" if ":" in config.host else config.host
    print(
        f"newsgraph serve: http://{host}:{server.effective_port}/ (SPARQL endpoint: /sparql, "
        f"time limit {config.timeout:g} s, at most {config.max_results} results); Ctrl-C stops",
        file=sys.stderr,
        flush=True,
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the query workers on `kill` too
    try:
        server.run()
    finally:
        server.close()
        pool.close()
