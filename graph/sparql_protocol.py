"""Read-only SPARQL 1.1 query execution for the HTTP endpoint.

pyoxigraph has no query timeout, so queries run in a small pool of worker
processes, each holding its own read-only handle on the on-disk store; a query
that runs past the time limit is stopped by killing its worker (a read-only
process: nothing to corrupt) and a fresh one takes its place. The other
workers keep answering, so one slow query does not block the rest.

Results are capped at ``max_results`` rows (SELECT) or triples
(CONSTRUCT/DESCRIBE); a capped answer carries the ``X-SPARQL-MaxRows`` header,
as Virtuoso does, so that clients can tell. A worker may also get a memory
limit: a query that needs more (a sort of a huge join) ends its own process,
which is replaced, instead of exhausting the machine's memory.

>>> negotiate("application/sparql-results+json", RESULTS_FORMATS).name
'json'
>>> negotiate("text/turtle;q=0.9, application/ld+json", GRAPH_FORMATS).name
'jsonld'
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from newsgraph.graph.namespaces import PREFIXES
from newsgraph.graph.sparql import QueryResult
from newsgraph.graph.store import STALE_READ_ERRORS, read_with_retries

try:
    import resource
except ImportError:  # Windows: no per-process memory limit
    resource = None  # type: ignore[assignment]

__all__ = [
    "GRAPH_FORMATS",
    "RESULTS_FORMATS",
    "Answer",
    "Format",
    "QueryPool",
    "QueryRequest",
    "execute",
    "negotiate",
    "open_for_queries",
    "read_store",
    "store_fingerprint",
]

T = TypeVar("T")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True)
class Format:
    """A result format: a short name, the media type sent back, media types
    accepted as aliases, and other names for it in a ``format=`` parameter."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


# The first format of each list is the default for "*/*" or no Accept header.
RESULTS_FORMATS: tuple[Format, ...] = (
    Format(
        "json",
        "application/sparql-results+json",
        ("application/json", "text/javascript", "application/javascript"),
    ),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle"), ("ttl",)),
    Format("ntriples", "application/n-triples", ("text/plain",), ("nt", "n-triples")),
    Format(
        "jsonld", "application/ld+json", ("application/x-json+ld", "application/json"), ("json-ld", "json")
    ),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdf+xml", "xml")),
    Format("n3", "text/n3", ("text/rdf+n3",)),
)
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "n3": ox.RdfFormat.N3,
}
_BOOLEAN_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def negotiate(accept: str | None, formats: Sequence[Format], requested: str | None = None) -> Format | None:
    """The format to answer with, or ``None`` when the client accepts none of ours.

    ``requested`` is a ``format=`` parameter (a name or a media type, as
    SPARQLWrapper and many endpoints send): when it names one of ``formats``
    it wins over the Accept header, otherwise the Accept header decides.
    """
    if requested:
        for fmt in formats:
            if requested in (fmt.name, *fmt.keywords, *fmt.media_types):
                return fmt
    if not accept:
        return formats[0]
    parsed = parse_accept_header(accept, MIMEAccept)
    offered = [media for fmt in formats for media in fmt.media_types]
    best = parsed.best_match(offered)
    if best is None:
        return None
    return next(fmt for fmt in formats if best in fmt.media_types)


@dataclass(frozen=True)
class QueryRequest:
    """One protocol query: the text, its dataset, and the formats the client accepts."""

    query: str
    results_format: str | None  # name in RESULTS_FORMATS, None if not acceptable
    graph_format: str | None  # name in GRAPH_FORMATS, None if not acceptable
    default_graph_uris: tuple[str, ...] = ()
    named_graph_uris: tuple[str, ...] = ()
    union_default_graph: bool = True  # without default_graph_uris: query all graphs as the default graph
    graphs_must_exist: bool = False  # Graph Store reads: 404 for a graph the store does not hold


@dataclass
class Answer:
    """An HTTP answer: status, media type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


# --- serializers for (possibly truncated) SELECT results -------------------


def _term_xml(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attr = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != XSD_STRING:
            attr = f" datatype={quoteattr(term.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_term_xml(term.subject)}</subject>"
        f"<predicate>{_term_xml(term.predicate)}</predicate>"
        f"<object>{_term_xml(term.object)}</object></triple>"
    )


def serialize_solutions(variables: Sequence[str], rows: list[tuple], fmt: str) -> bytes:
    """SELECT results in a SPARQL 1.1 results format (json, xml, csv or tsv).

    JSON, CSV and TSV are :class:`~newsgraph.graph.sparql.QueryResult`'s, as
    ``newsgraph query`` writes them; XML is written here.

    >>> serialize_solutions(["x"], [(ox.Literal("a"),)], "csv")
    b'x\\r\\na\\r\\n'
    """
    if fmt != "xml":
        return QueryResult("select", tuple(variables), rows).serialize(fmt).encode("utf-8")
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    parts += [f"<variable name={quoteattr(var)}/>" for var in variables]
    parts.append("</head><results>")
    for row in rows:
        parts.append("<result>")
        parts += [
            f"<binding name={quoteattr(var)}>{_term_xml(term)}</binding>"
            for var, term in zip(variables, row, strict=True)
            if term is not None
        ]
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


# --- running one query -----------------------------------------------------


def execute(store: ox.Store, request: QueryRequest, max_results: int) -> Answer:
    """Run ``request`` on ``store`` and serialize at most ``max_results`` rows.

    As in ``newsgraph query``, the prefixes of
    :data:`~newsgraph.graph.namespaces.PREFIXES` (``ng:``, ``rdfs:``...) need
    no declaration, and without ``default-graph-uri`` the default graph is the
    union of all graphs (each document is its own named graph).
    """
    options: dict = {"prefixes": PREFIXES}
    try:
        if request.default_graph_uris:
            options["default_graph"] = [ox.NamedNode(uri) for uri in request.default_graph_uris]
        elif request.union_default_graph:
            options["use_default_graph_as_union"] = True
        if request.named_graph_uris:
            options["named_graphs"] = [ox.NamedNode(uri) for uri in request.named_graph_uris]
    except ValueError as exc:
        return Answer.error(400, f"default-graph-uri and named-graph-uri must be IRIs: {exc}")
    if request.graphs_must_exist:
        missing = [
            uri for uri in request.default_graph_uris if not store.contains_named_graph(ox.NamedNode(uri))
        ]
        if missing:
            return Answer.error(404, f"no graph <{missing[0]}> in the store")
    try:
        result = store.query(request.query, **options)
    except SyntaxError as exc:
        return Answer.error(400, f"SPARQL syntax error: {exc}")
    headers: dict[str, str] = {}
    if isinstance(result, ox.QueryBoolean):
        fmt = _format(RESULTS_FORMATS, request.results_format)
        if fmt is None:
            return _not_acceptable("ASK", RESULTS_FORMATS)
        return Answer(200, fmt.media_type, result.serialize(format=_BOOLEAN_FORMATS[fmt.name]))
    if isinstance(result, ox.QuerySolutions):
        fmt = _format(RESULTS_FORMATS, request.results_format)
        if fmt is None:
            return _not_acceptable("SELECT", RESULTS_FORMATS)
        variables = [var.value for var in result.variables]
        rows = []
        for solution in result:
            if len(rows) == max_results:
                headers["X-SPARQL-MaxRows"] = str(max_results)
                break
            rows.append(tuple(solution[var] for var in variables))
        return Answer(200, _with_charset(fmt), serialize_solutions(variables, rows, fmt.name), headers)
    fmt = _format(GRAPH_FORMATS, request.graph_format)
    if fmt is None:
        return _not_acceptable("CONSTRUCT/DESCRIBE", GRAPH_FORMATS)
    triples = []
    for triple in result:
        if len(triples) == max_results:
            headers["X-SPARQL-MaxRows"] = str(max_results)
            break
        triples.append(triple)
    rdf_format = _RDF_FORMATS[fmt.name]
    prefixes = PREFIXES if fmt.name in ("turtle", "rdfxml", "n3") else None
    return Answer(
        200, _with_charset(fmt), ox.serialize(triples, format=rdf_format, prefixes=prefixes), headers
    )


def _format(formats: Sequence[Format], name: str | None) -> Format | None:
    return next((fmt for fmt in formats if fmt.name == name), None)


def _with_charset(fmt: Format) -> str:
    return fmt.media_type if fmt.media_type.endswith(("json", "xml")) else f"{fmt.media_type}; charset=utf-8"


def _not_acceptable(kind: str, formats: Sequence[Format]) -> Answer:
    offered = ", ".join(fmt.media_type for fmt in formats)
    return Answer.error(406, f"a {kind} query can answer only in: {offered}")


# --- the worker pool -------------------------------------------------------


def store_fingerprint(path: Path) -> tuple:
    """What changes on disk when a writer commits to the store at ``path``.

    RocksDB appends to its write-ahead ``*.log`` and rewrites ``CURRENT`` and
    ``MANIFEST-*``; names, sizes and times of those files identify a state.
    A memory-backend build is one N-Quads file: its size and time.
    """
    try:
        if path.is_file():
            stat = path.stat()
            return ((path.name, stat.st_size, stat.st_mtime_ns),)
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except FileNotFoundError:
        return ()
    return tuple(
        (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
        for entry in entries
        if entry.name.endswith((".log", ".sst")) or entry.name.startswith(("CURRENT", "MANIFEST"))
    )


def open_for_queries(path: Path) -> ox.Store:
    """A store to query: the on-disk store read-only, or a memory build's N-Quads loaded."""
    if path.is_file():
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        return store
    return ox.Store.read_only(str(path))


def read_store(
    path: Path, action: Callable[[ox.Store], T], store: ox.Store | None = None
) -> tuple[T, ox.Store]:
    """``action(store)`` on ``store`` or a fresh handle on ``path``, retried while a
    concurrent build rewrites the store (:func:`newsgraph.graph.store.read_with_retries`)."""
    return read_with_retries(action, functools.partial(open_for_queries, path), store)


def _run(request: QueryRequest, max_results: int, store: ox.Store) -> Answer:
    return execute(store, request, max_results)


def _worker_main(store_path: str, max_results: int, memory_mb: int, conn) -> None:  # a child process
    if memory_mb and resource is not None:
        # A query that needs more (a big sort or join) ends this process, not the machine.
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    path = Path(store_path)
    store: ox.Store | None = None
    seen: tuple = ()
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        fingerprint = store_fingerprint(path)
        if fingerprint != seen:
            store, seen = None, fingerprint
        try:
            answer, store = read_store(path, functools.partial(_run, request, max_results), store)
        except STALE_READ_ERRORS as exc:
            store = None
            answer = Answer.error(
                503, f"the store could not be read ({exc}); a build may be rewriting it, retry"
            )
        except Exception as exc:
            answer = Answer.error(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(answer)


class _Worker:
    def __init__(self, context, store_path: str, max_results: int, memory_mb: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(store_path, max_results, memory_mb, child),
            daemon=True,
            name="newsgraph-sparql",
        )
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """``workers`` processes answering queries on the store at ``store_path``.

    >>> pool = QueryPool(Path("newsgraph-out/store"), workers=2, timeout=30)  # doctest: +SKIP
    >>> pool.run(QueryRequest("ASK {}", "json", None)).status  # doctest: +SKIP
    200
    """

    def __init__(
        self,
        store_path: Path,
        *,
        workers: int = 4,
        timeout: float = 30.0,
        max_results: int = 10_000,
        memory_mb: int = 0,
    ):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.store_path = str(store_path)
        self.timeout = timeout
        self.max_results = max_results
        self.memory_mb = memory_mb
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        self._closed = False
        for _ in range(workers):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.store_path, self.max_results, self.memory_mb)
        with self._lock:
            self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.remove(worker)
        worker.stop()

    def run(self, request: QueryRequest) -> Answer:
        """Answer ``request`` within the time limit (waiting for a free worker included)."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.error(503, f"all query workers stayed busy for {self.timeout:g} s; retry later")
        try:
            worker.conn.send(request)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            limit = f" of {self.memory_mb} MB" if self.memory_mb else ""
            answer = Answer.error(
                503, f"query stopped: it needed more than the memory limit{limit} (or its process crashed)"
            )
        else:
            answer = Answer.error(
                503,
                f"query stopped: it ran longer than the time limit of {self.timeout:g} s (narrow it "
                "with more specific patterns or LIMIT, or start the server with a larger --timeout)",
            )
        self._retire(worker)
        if not self._closed:
            self._idle.put(self._spawn())
        return answer

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
