"""The graph store: one small interface, two backends, selectable by name.

- ``oxigraph`` (default): pyoxigraph's embedded on-disk store (RocksDB). Every
  write is a transaction; :meth:`GraphStore.bulk_load` uses its bulk loader.
- ``memory``: rdflib's in-memory ``Dataset``, for small jobs and tests; it is
  kept between commands as an N-Quads file written when the store closes.

Both hold one named graph per document plus the ontology graph, and answer
SPARQL with the union of all graphs as the default graph (so plain
``?s ?p ?o`` patterns see everything; note that Oxigraph's union repeats a
triple once per graph holding it: use ``DISTINCT``). Results are
:class:`~newsgraph.graph.sparql.QueryResult` objects with pyoxigraph terms,
whatever the backend.

A build's output folder holds the store at ``store/`` (oxigraph) or
``store.nq`` (memory); :func:`open_store` finds whichever is there.

>>> from newsgraph.graph.namespaces import graph_iri
>>> store = open_store(None, "memory")
>>> store.replace_document("a.txt", [Quad(NamedNode("http://x/a"), NamedNode("http://x/p"),
...                                       Literal("1"), graph_iri("a.txt"))])
>>> store.count(), store.documents()
(1, ['a.txt'])
>>> store.close()
"""

from __future__ import annotations

import abc
import io
import os
import re
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, ClassVar, TypeVar

import pyoxigraph
import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.namespaces import (
    NG_PREFIX,
    ONTOLOGY_GRAPH,
    PREFIXES,
    XSD,
    doc_id_of_graph,
    graph_iri,
    is_document_graph,
)
from newsgraph.graph.ontology import ontology_quads
from newsgraph.graph.sparql import QueryResult, Term, bind_parameters

__all__ = [
    "DEFAULT_STORE",
    "EXPORT_FORMATS",
    "GraphStore",
    "MemoryBackend",
    "OxigraphBackend",
    "available_stores",
    "detect_backend",
    "open_store",
    "read_with_retries",
    "register_store",
    "remove_store",
    "store_location",
]

DEFAULT_STORE = "oxigraph"

#: A read-only handle opened while a build writes can lose files to the
#: writer's compaction (pyoxigraph calls concurrent reading "undefined
#: behaviour"; RocksDB reports a missing .sst file). Such a read is retried on
#: a freshly opened handle, with about 3 s of back-off in all.
STALE_READ_ERRORS = (OSError, RuntimeError)
READ_ATTEMPTS = 6

_Handle = TypeVar("_Handle")
_Result = TypeVar("_Result")


def read_with_retries(
    action: Callable[[_Handle], _Result],
    open_handle: Callable[[], _Handle],
    handle: _Handle | None = None,
) -> tuple[_Result, _Handle]:
    """``action(handle)`` (opening one when ``handle`` is None), retried on fresh handles
    when a concurrent writer pulls files from under the read; returns the result and the
    handle that gave it. The last attempt's error propagates.

    >>> read_with_retries(len, lambda: "abc")
    (3, 'abc')
    """
    for attempt in range(READ_ATTEMPTS):
        try:
            if handle is None:
                handle = open_handle()
            return action(handle), handle
        except STALE_READ_ERRORS:
            if attempt == READ_ATTEMPTS - 1:
                raise
            handle = None
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


#: N-Quads and N-Triples are bulk-loaded in chunks of about this many bytes of whole lines,
#: BULK_LOAD_THREADS chunks at a time (pyoxigraph releases the GIL): one pyoxigraph bulk load
#: parses its whole input before it writes anything (up to 1M quads, ~1 GB of memory), so
#: chunks bound the memory and let one chunk's parse overlap another's index writing. More
#: threads than the 2 cores keep both busy while a chunk's sorted runs go to disk: 1M triples
#: (233 MB) loaded in 5.5 s at peak RSS 420 MB with 16 MB x 4, against 7.4 s and 790 MB with
#: 64 MB x 2, 6.5 s with 32 MB x 4 and 6.0 s (680 MB) with 16 MB x 8 (means of 3 interleaved
#: runs each, load and close; the bench in benchmarks/RESULTS.md, fourteenth session).
BULK_CHUNK_BYTES = 16 * 1024 * 1024
BULK_LOAD_THREADS = 4

#: The on-disk store is flushed after this many quads written by transactions: RocksDB
#: keeps writes in memtables (about 1 KB of memory per quad, over 11 indexes) until they
#: fill, so without flushes a build's memory grows with its corpus (+75 MB at 67k quads).
FLUSH_EVERY_QUADS = 20_000

#: export format name -> (pyoxigraph format, whether it keeps named graphs)
EXPORT_FORMATS: dict[str, tuple[RdfFormat, bool]] = {
    "ttl": (RdfFormat.TURTLE, False),
    "nt": (RdfFormat.N_TRIPLES, False),
    "nq": (RdfFormat.N_QUADS, True),
    "trig": (RdfFormat.TRIG, True),
    "jsonld": (RdfFormat.JSON_LD, True),
    "xml": (RdfFormat.RDF_XML, False),
}

_BACKENDS: dict[str, type[GraphStore]] = {}
_XSD_STRING = XSD + "string"


def register_store(name: str) -> Callable[[type[GraphStore]], type[GraphStore]]:
    """Class decorator: make a :class:`GraphStore` backend available as ``--store name``."""

    def decorate(cls: type[GraphStore]) -> type[GraphStore]:
        cls.backend = name
        _BACKENDS[name] = cls
        return cls

    return decorate


def available_stores() -> list[str]:
    """Names of the registered backends."""
    return sorted(_BACKENDS)


class GraphStore(abc.ABC):
    """What every backend provides. Use :func:`open_store` to get one.

    Writes are per named graph and atomic: :meth:`replace_document` swaps a
    document's whole graph in one transaction, so readers see either the old
    or the new graph, never a mix.
    """

    backend: ClassVar[str]
    #: what this backend is stored as inside a build's output folder
    location_name: ClassVar[str]

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only

    # -- lifecycle ---------------------------------------------------------
    @abc.abstractmethod
    def close(self) -> None:
        """Flush and release the store."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.read_only:
            raise NewsgraphError("E306", f"the store {self.path} is open read-only", "open it for writing")

    # -- writing -----------------------------------------------------------
    @abc.abstractmethod
    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Atomically make ``graph`` hold exactly ``quads`` (their own graph names are ignored)."""

    @abc.abstractmethod
    def remove_graph(self, graph: NamedNode) -> bool:
        """Delete a named graph; False when it did not exist."""

    @abc.abstractmethod
    def bulk_load(
        self, source: str | os.PathLike[str] | bytes | IO[bytes], fmt: str = "nq", *, trusted: bool = False
    ) -> None:
        """Load a serialised dataset (N-Quads by default; also ``trig``) fast.

        ``source`` is a path, bytes, or a binary file object. Not one
        transaction: load documents' shards into graphs that are not yet
        visible to readers, or use :meth:`replace_document` for atomic writes.
        ``trusted`` skips the parser's IRI and language-tag validation, for
        data newsgraph serialised itself from already validated terms (the
        build's shards); never for a user's file.
        """

    @abc.abstractmethod
    def clear(self) -> None:
        """Remove everything."""

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> None:
        """Atomically replace the named graph of document ``doc_id`` with ``quads``."""
        self.replace_graph(graph_iri(doc_id), quads)

    def remove_document(self, doc_id: str) -> bool:
        """Remove document ``doc_id`` and every triple extracted from it."""
        return self.remove_graph(graph_iri(doc_id))

    def load_ontology(self) -> None:
        """(Re)write the ontology into its own named graph."""
        self.replace_graph(ONTOLOGY_GRAPH, ontology_quads())

    # -- reading -----------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs.

        The prefixes of :data:`~newsgraph.graph.namespaces.PREFIXES` (``ng:``,
        ``rdfs:``, ``prov:``...) are predeclared. ``bindings`` replaces the
        variables ``$name``/``?name`` by constants before parsing
        (``{"entity": Literal("Huawei")}``); see :func:`~newsgraph.graph.sparql.bind_parameters`.
        """
        return self._query(bind_parameters(sparql, bindings) if bindings else sparql)

    @abc.abstractmethod
    def _query(self, sparql: str) -> QueryResult:
        """Run a query whose parameters are already bound."""

    @abc.abstractmethod
    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        """Every quad, or those of one named graph."""

    @abc.abstractmethod
    def graphs(self) -> list[NamedNode]:
        """The named graphs."""

    @abc.abstractmethod
    def rdflib_dataset(self) -> rdflib.Dataset:
        """An rdflib ``Dataset`` over this store (union default graph).

        For oxigraph this is ``Dataset(store=oxrdflib.OxigraphStore(...))``:
        never ``len()`` it (that pulls every triple into Python); use
        :meth:`count`.
        """

    def count(self, graph: NamedNode | None = None) -> int:
        """Number of quads in all named graphs (or in one), by SPARQL ``COUNT``."""
        inner = "?s ?p ?o" if graph is None else f"GRAPH <{graph.value}> {{ ?s ?p ?o }}"
        where = f"GRAPH ?g {{ {inner} }}" if graph is None else inner
        result = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(result.rows[0][0].value)

    def documents(self) -> list[str]:
        """The ids of the stored documents, sorted."""
        return sorted(doc_id_of_graph(g) for g in self.graphs() if is_document_graph(g))

    def document_hashes(self) -> dict[str, str]:
        """Document id -> its stored ``ng:buildHash`` (see :func:`newsgraph.graph.rdf.build_hash`).

        A build compares these with the incoming documents to skip unchanged ones.
        """
        result = self.query(
            f"SELECT ?id ?hash WHERE {{ GRAPH ?g {{ ?d <{NG_PREFIX}docId> ?id ; "
            f"<{NG_PREFIX}buildHash> ?hash }} }}"
        )
        return {row[0].value: row[1].value for row in result.rows}

    def dump(self, fmt: str = "nq", output: str | os.PathLike[str] | IO[bytes] | None = None) -> bytes | None:
        """Serialise the store as ``fmt`` (see :data:`EXPORT_FORMATS`).

        Dataset formats (``nq``, ``trig``, ``jsonld``) keep the named graphs;
        triple formats (``ttl``, ``nt``, ``xml``) write the union of all
        graphs without duplicates. Returns bytes when ``output`` is None.
        """
        try:
            rdf_format, keeps_graphs = EXPORT_FORMATS[fmt]
        except KeyError:
            raise NewsgraphError(
                "E307", f"unknown RDF format {fmt!r}", f"use one of: {', '.join(EXPORT_FORMATS)}"
            ) from None
        data: Iterable[Quad | Triple] = self.quads() if keeps_graphs else self._distinct_triples()
        prefixes = PREFIXES if rdf_format in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML) else None
        if isinstance(output, str | os.PathLike):
            output = os.fspath(output)
        return pyoxigraph.serialize(data, output, format=rdf_format, prefixes=prefixes)

    def _distinct_triples(self) -> Iterable[Triple]:
        """Every triple of every named graph, once, in a stable order."""
        return dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in self.quads())


_DISTINCT_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"


def _rdf_format(fmt: str) -> RdfFormat:
    try:
        return EXPORT_FORMATS[fmt][0]
    except KeyError:
        raise NewsgraphError(
            "E307", f"unknown RDF format {fmt!r}", f"use one of: {', '.join(EXPORT_FORMATS)}"
        ) from None


def _line_chunks(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """``stream`` cut into chunks of about :data:`BULK_CHUNK_BYTES` that end at a line end,
    each with the number of lines before it.

    >>> list(_line_chunks(io.BytesIO(b"a\\nb\\nc")))  # the last line may lack its line end
    [(0, b'a\\nb\\n'), (2, b'c')]
    """
    lines_before, rest = 0, b""
    while block := stream.read(BULK_CHUNK_BYTES):
        block = rest + block
        end = block.rfind(b"\n") + 1
        if end:
            yield lines_before, block[:end]
            lines_before += block.count(b"\n", 0, end)
        rest = block[end:]
    if rest:
        yield lines_before, rest


def _shift_lines(exc: SyntaxError, lines_before: int) -> SyntaxError:
    """A chunk's parse error with its line numbers counted from the start of the whole input."""
    message = re.sub(r"\bline (\d+)", lambda m: f"line {int(m[1]) + lines_before}", exc.msg)
    lineno = None if exc.lineno is None else exc.lineno + lines_before
    end_lineno = None if exc.end_lineno is None else exc.end_lineno + lines_before
    return SyntaxError(message, (exc.filename, lineno, exc.offset, exc.text, end_lineno, exc.end_offset))


def _in_graph(quads: Iterable[Quad], graph: NamedNode) -> Iterator[Quad]:
    for q in quads:
        yield q if q.graph_name == graph else Quad(q.subject, q.predicate, q.object, graph)


def _syntax_error(exc: Exception) -> NewsgraphError:
    return NewsgraphError("E301", f"invalid SPARQL: {exc}", "check the query's syntax (SPARQL 1.1)")


@register_store("oxigraph")
class OxigraphBackend(GraphStore):
    """pyoxigraph's on-disk store (or a temporary in-memory one when ``path`` is None).

    Only one process may open a store for writing. ``read_only=True`` opens a
    read-only instance that may coexist with a writer; pyoxigraph 0.5 calls
    reading while another process writes "undefined behaviour" (the reader
    may miss recent writes), so readers should not rely on it during a build.
    """

    location_name = "store"

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        super().__init__(path, read_only=read_only)
        self._unflushed = 0  # quads written by transactions since the last flush
        try:
            if path is None:
                self._store = pyoxigraph.Store()
            elif read_only:
                self._store = self._open_read_only()
            else:
                self._store = pyoxigraph.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise NewsgraphError(
                    "E308",
                    f"the store {path} is open for writing in another process",
                    "wait for the other newsgraph command (a build?) to finish",
                ) from None
            raise NewsgraphError(
                "E309", f"cannot open the store {path}: {exc}", "rebuild with --fresh"
            ) from None

    def _open_read_only(self) -> pyoxigraph.Store:
        """A read-only handle (see :func:`read_with_retries`)."""
        try:
            store, _ = read_with_retries(lambda store: store, self._read_only_handle)
        except STALE_READ_ERRORS as exc:
            raise NewsgraphError(
                "E309", f"cannot open the store {self.path}: {exc}", "try again, or rebuild"
            ) from None
        return store

    def _read_only_handle(self) -> pyoxigraph.Store:
        return pyoxigraph.Store.read_only(str(self.path))

    def close(self) -> None:
        if not self.read_only and self.path is not None:
            self._store.flush()
        del self._store

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        self._check_writable()
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in quads]
        body = "\n".join(lines)
        # One update request is one transaction: readers never see the graph half-written.
        self._store.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")
        self._unflushed += len(lines)
        if self._unflushed >= FLUSH_EVERY_QUADS and self.path is not None:
            self._store.flush()  # memtables to disk, so that their memory is reused
            self._unflushed = 0

    def remove_graph(self, graph: NamedNode) -> bool:
        self._check_writable()
        if not self._store.contains_named_graph(graph):
            return False
        self._store.remove_graph(graph)
        return True

    def bulk_load(
        self, source: str | os.PathLike[str] | bytes | IO[bytes], fmt: str = "nq", *, trusted: bool = False
    ) -> None:
        """Line formats (``nq``, ``nt``) load in chunks of whole lines, two at a time
        (see :data:`BULK_CHUNK_BYTES`); other formats in one pyoxigraph bulk load."""
        self._check_writable()
        rdf_format = _rdf_format(fmt)
        if rdf_format not in (RdfFormat.N_QUADS, RdfFormat.N_TRIPLES):
            if isinstance(source, str | os.PathLike):
                self._store.bulk_load(path=os.fspath(source), format=rdf_format, lenient=trusted)
            else:
                self._store.bulk_load(source, format=rdf_format, lenient=trusted)
            return
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as stream:
                self._load_chunks(_line_chunks(stream), rdf_format, trusted)
        else:
            self._load_chunks(
                _line_chunks(io.BytesIO(source) if isinstance(source, bytes) else source), rdf_format, trusted
            )

    def _load_chunks(self, chunks: Iterator[tuple[int, bytes]], rdf_format: RdfFormat, trusted: bool) -> None:
        """Bulk-load ``(lines before, chunk)`` pairs, :data:`BULK_LOAD_THREADS` at a time."""

        def load(lines_before: int, chunk: bytes) -> None:
            try:
                self._store.bulk_load(chunk, format=rdf_format, lenient=trusted)
            except SyntaxError as exc:
                raise _shift_lines(exc, lines_before) from None

        with ThreadPoolExecutor(BULK_LOAD_THREADS, thread_name_prefix="bulk-load") as pool:
            running: deque[Future[None]] = deque()
            for lines_before, chunk in chunks:
                if len(running) >= BULK_LOAD_THREADS:
                    running.popleft().result()
                running.append(pool.submit(load, lines_before, chunk))
            while running:
                running.popleft().result()

    def clear(self) -> None:
        self._check_writable()
        self._store.clear()

    def _query(self, sparql: str) -> QueryResult:
        if not self.read_only:
            return _evaluate(self._store, sparql)
        result, self._store = read_with_retries(
            lambda store: _evaluate(store, sparql), self._read_only_handle, self._store
        )
        return result

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def _distinct_triples(self) -> Iterable[Triple]:
        return self._store.query(_DISTINCT_TRIPLES)  # streamed from Oxigraph, not held in Python

    def graphs(self) -> list[NamedNode]:
        return [g for g in self._store.named_graphs() if isinstance(g, NamedNode)]

    def rdflib_dataset(self) -> rdflib.Dataset:
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self._store), default_union=True)


# -- rdflib <-> pyoxigraph terms (the memory backend speaks rdflib inside) ----


def _evaluate(store: pyoxigraph.Store, sparql: str) -> QueryResult:
    """Answer ``sparql`` on a pyoxigraph store (union default graph) as a :class:`QueryResult`."""
    try:
        result = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    if isinstance(result, pyoxigraph.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, pyoxigraph.QueryTriples):
        return QueryResult("graph", triples=list(result))
    variables = tuple(v.value for v in result.variables)
    return QueryResult("select", variables, [tuple(s[v] for v in variables) for s in result])


def _to_rdflib(term: Term | DefaultGraph) -> rdflib.term.Node:
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return rdflib.Literal(term.value)  # rdflib treats "x" and "x"^^xsd:string as different terms
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise NewsgraphError("E310", f"the memory store cannot hold {term}", "use --store oxigraph")


def _from_rdflib(term: rdflib.term.Node | None) -> Term | None:
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return Literal(str(term), language=term.language)
        if term.datatype is not None:
            return Literal(str(term), datatype=NamedNode(str(term.datatype)))
        return Literal(str(term))
    raise NewsgraphError("E310", f"unexpected term {term!r} from rdflib", "")


@register_store("memory")
class MemoryBackend(GraphStore):
    """rdflib's in-memory ``Dataset``, saved as N-Quads at ``path`` on :meth:`close`.

    For small jobs and tests: rdflib is far slower than Oxigraph on large
    graphs. ``path=None`` keeps nothing.
    """

    location_name = "store.nq"

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        super().__init__(path, read_only=read_only)
        self._dataset = rdflib.Dataset(default_union=True)
        self._dirty = False
        if path is not None and path.exists():
            self._dataset.parse(path, format="nquads")

    def close(self) -> None:
        if self._dirty and self.path is not None:
            partial = self.path.with_name(self.path.name + ".partial")
            self.dump("nq", partial)
            os.replace(partial, self.path)  # atomic: a crash leaves the previous file
            self._dirty = False

    def _write(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        context = self._dataset.graph(_to_rdflib(graph))
        context.addN(
            (_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object), context) for q in quads
        )
        self._dirty = True

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        self._check_writable()
        quads = list(quads)  # convert everything before touching the dataset
        self._dataset.remove_graph(_to_rdflib(graph))
        self._write(graph, quads)

    def remove_graph(self, graph: NamedNode) -> bool:
        self._check_writable()
        if graph not in self.graphs():
            return False
        self._dataset.remove_graph(_to_rdflib(graph))
        self._dirty = True
        return True

    def bulk_load(
        self, source: str | os.PathLike[str] | bytes | IO[bytes], fmt: str = "nq", *, trusted: bool = False
    ) -> None:
        self._check_writable()
        rdf_format = _rdf_format(fmt)
        if isinstance(source, str | os.PathLike):
            parsed = pyoxigraph.parse(path=os.fspath(source), format=rdf_format, lenient=trusted)
        else:
            parsed = pyoxigraph.parse(source, format=rdf_format, lenient=trusted)
        by_graph: dict[NamedNode, list[Quad]] = {}
        for quad in parsed:
            by_graph.setdefault(quad.graph_name, []).append(quad)
        for graph, quads in by_graph.items():
            self._write(graph, quads)

    def clear(self) -> None:
        self._check_writable()
        for graph in self.graphs():
            self._dataset.remove_graph(_to_rdflib(graph))
        self._dirty = True

    def _query(self, sparql: str) -> QueryResult:
        try:
            result = self._dataset.query(sparql, initNs=PREFIXES)
        except Exception as exc:  # rdflib raises pyparsing errors for bad syntax
            if type(exc).__name__ in ("ParseException", "ParseSyntaxException"):
                raise _syntax_error(exc) from None
            raise
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            triples = [Triple(*(_from_rdflib(t) for t in triple)) for triple in result]
            return QueryResult("graph", triples=triples)
        variables = tuple(str(v) for v in result.vars or ())
        rows = [tuple(_from_rdflib(row[v]) for v in variables) for row in result]
        return QueryResult("select", variables, rows)

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        contexts = [self._dataset.graph(_to_rdflib(graph))] if graph is not None else self._named_contexts()
        for context in contexts:
            name = _from_rdflib(context.identifier)
            for s, p, o in context:
                yield Quad(_from_rdflib(s), _from_rdflib(p), _from_rdflib(o), name)

    def _named_contexts(self) -> list[rdflib.Graph]:
        default = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
        return sorted(
            (c for c in self._dataset.contexts() if c.identifier != default and len(c)),
            key=lambda c: str(c.identifier),
        )

    def graphs(self) -> list[NamedNode]:
        return [NamedNode(str(c.identifier)) for c in self._named_contexts()]

    def rdflib_dataset(self) -> rdflib.Dataset:
        return self._dataset


def store_location(out_dir: Path, backend: str) -> Path:
    """Where ``backend`` keeps its data inside a build's output folder."""
    return Path(out_dir) / _backend_class(backend).location_name


def _backend_class(name: str) -> type[GraphStore]:
    try:
        return _BACKENDS[name]
    except KeyError:
        raise NewsgraphError(
            "E311", f"no store backend named {name!r}", f"choose one of: {', '.join(available_stores())}"
        ) from None


def detect_backend(out_dir: Path) -> str | None:
    """The backend whose data exists in ``out_dir``, or None when there is no build."""
    for name, cls in sorted(_BACKENDS.items()):
        if (Path(out_dir) / cls.location_name).exists():
            return name
    return None


def open_store(
    out_dir: str | os.PathLike[str] | None, backend: str | None = None, *, read_only: bool = False
) -> GraphStore:
    """Open the store of a build's output folder.

    ``backend`` None means whichever backend the folder holds (for reading)
    or :data:`DEFAULT_STORE` (for a new build). ``out_dir`` None gives a
    temporary store that keeps nothing. Reading a folder without a build
    raises ``E312`` with a hint to run ``newsgraph build``.
    """
    if out_dir is None:
        return _backend_class(backend or DEFAULT_STORE)(None)
    out = Path(out_dir)
    found = detect_backend(out)
    if read_only and found is None:
        raise NewsgraphError("E312", f"no build in {out}", f"run `newsgraph build DOCS --out {out}` first")
    name = backend or found or DEFAULT_STORE
    if found is not None and found != name:
        raise NewsgraphError(
            "E313",
            f"{out} holds a {found!r} store, not {name!r}",
            f"use --store {found}, or --fresh to start over with {name!r}",
        )
    location = store_location(out, name)
    if not read_only:
        location.parent.mkdir(parents=True, exist_ok=True)
    return _backend_class(name)(location, read_only=read_only)


def remove_store(out_dir: str | os.PathLike[str]) -> None:
    """Delete every backend's data in ``out_dir`` (``build --fresh``)."""
    for cls in _BACKENDS.values():
        location = Path(out_dir) / cls.location_name
        if location.is_dir():
            shutil.rmtree(location)
        elif location.exists():
            location.unlink()
