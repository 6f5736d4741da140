"""Load a build into a remote SPARQL 1.1 Graph Store (HTTP PUT, one named graph per document).

For a graph larger than one machine's disk, or one shared by a team: every
named graph of the local store (the ontology and each document) is sent with
``PUT <endpoint>?graph=<graph IRI>`` as N-Triples (SPARQL 1.1 Graph Store HTTP
Protocol, section 5.3). PUT replaces the remote graph, so pushing twice is
idempotent and pushing after a rebuild replaces exactly the documents that
changed; each request is one graph, so the server applies a document
atomically. One persistent HTTP connection is reused (``http.client``,
standard library).

``endpoint`` is the Graph Store URL, e.g. ``http://127.0.0.1:7878/store`` for
``oxigraph serve``, ``http://host:3030/ds/data`` for Fuseki.

>>> from newsgraph.graph.store import open_store
>>> with open_store("newsgraph-out", read_only=True) as store:  # doctest: +SKIP
...     push(store, "http://127.0.0.1:7878/store").graphs
42
"""

from __future__ import annotations

import base64
import http.client
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

import pyoxigraph
from pyoxigraph import NamedNode, RdfFormat, Triple

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.namespaces import ONTOLOGY_GRAPH
from newsgraph.graph.store import GraphStore

__all__ = ["PushReport", "push"]

_CONTENT_TYPE = "application/n-triples"


@dataclass
class PushReport:
    """What :func:`push` sent."""

    endpoint: str
    graphs: int = 0
    triples: int = 0
    bytes: int = 0
    seconds: float = 0.0


class _Client:
    """PUTs to one Graph Store endpoint over a persistent connection (reconnects once on a dropped one)."""

    def __init__(self, endpoint: str, headers: Mapping[str, str], timeout: float) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise NewsgraphError(
                "E330",
                f"not an http(s) URL: {endpoint!r}",
                "give the Graph Store URL, e.g. http://127.0.0.1:7878/store",
            )
        self.endpoint = endpoint
        self.scheme, self.host, self.port = parts.scheme, parts.hostname, parts.port
        self.path = parts.path or "/"
        self.query = parts.query
        self.timeout = timeout
        self.headers = {"Content-Type": _CONTENT_TYPE, **headers}
        if parts.username is not None:
            credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self.headers["Authorization"] = "Basic " + base64.b64encode(credentials).decode("ascii")
        self._connection: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            cls = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
            self._connection = cls(self.host, self.port, timeout=self.timeout)
        return self._connection

    def put(self, graph: NamedNode, body: bytes) -> None:
        target = f"{self.path}?{self.query + '&' if self.query else ''}graph={quote(graph.value, safe='')}"
        for attempt in (1, 2):
            connection = self._connect()
            try:
                connection.request("PUT", target, body=body, headers=self.headers)
                response = connection.getresponse()
                detail = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as exc:
                self.close()
                if attempt == 2:
                    raise self._unreachable(exc) from None
                continue
            except OSError as exc:
                self.close()
                raise self._unreachable(exc) from None
            if response.status in (200, 201, 204):
                return
            raise NewsgraphError(
                "E332",
                f"{self.endpoint} answered {response.status} {response.reason} "
                f"to PUT of graph {graph.value}: "
                f"{detail[:300].decode('utf-8', 'replace').strip()}",
                "check that the URL is the server's Graph Store endpoint and that it accepts writes",
            )

    def _unreachable(self, exc: Exception) -> NewsgraphError:
        return NewsgraphError(
            "E331",
            f"cannot reach {self.endpoint}: {exc}",
            "check that the server runs and the URL (host, port, path) is right",
        )

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def push(
    store: GraphStore,
    endpoint: str,
    *,
    graphs: Iterable[NamedNode] | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 120.0,
    progress: Callable[[int], None] = lambda done: None,
) -> PushReport:
    """PUT each named graph of ``store`` (default: the ontology and every document) to ``endpoint``.

    Raises :class:`NewsgraphError` ``E330`` (bad URL), ``E331`` (server
    unreachable) or ``E332`` (the server refused a graph). Graphs already sent
    stay on the server; pushing again resends and replaces them.
    """
    started = time.perf_counter()
    report = PushReport(endpoint)
    client = _Client(endpoint, headers or {}, timeout)
    names = list(graphs) if graphs is not None else [ONTOLOGY_GRAPH, *store.graphs()]
    try:
        for graph in dict.fromkeys(names):
            triples = [Triple(q.subject, q.predicate, q.object) for q in store.quads(graph)]
            body = pyoxigraph.serialize(triples, format=RdfFormat.N_TRIPLES) or b""
            client.put(graph, body)
            report.graphs += 1
            report.triples += len(triples)
            report.bytes += len(body)
            progress(report.graphs)
    finally:
        client.close()
    report.seconds = round(time.perf_counter() - started, 3)
    return report
