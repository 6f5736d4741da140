"""The build: documents -> extractor -> RDF -> store -> graph.ttl, graph.html, report.

:func:`build` streams documents through the extractor in batches, maps each
:class:`~newsgraph.extract.records.DocumentExtraction` to quads and replaces
that document's named graph in one transaction. A document whose build hash
(text, metadata, extractor version, mapping version) is already in the store
is skipped without extracting it, so re-running a build is cheap and
idempotent. An input that cannot be loaded or extracted is reported (stderr
and ``build-report.json``) and the build goes on.

Output folder (``--out``, default ``./newsgraph-out``)::

    store/ or store.nq   the graph store (oxigraph, or memory saved as N-Quads)
    graph.ttl            the whole graph (ontology + every document), Turtle
    graph.html           the interactive view (offline, pyvis)
    build-report.json    what was built, skipped and why, SHACL result, timings

Exit codes: 0 built; 3 built but some inputs were skipped; 1 failed (the
graph does not conform to the SHACL shapes, or a fatal error).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import Quad
from tqdm import tqdm

from newsgraph import __version__
from newsgraph.distributed import extract_and_load, recover_interrupted_load
from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import Document, DocumentExtraction
from newsgraph.extract.registry import DEFAULT_EXTRACTOR, Extractor, get_extractor
from newsgraph.graph.lock import BuildLock
from newsgraph.graph.network import project_store
from newsgraph.graph.rdf import build_hash, extraction_quads
from newsgraph.graph.render import select_view, write_html
from newsgraph.graph.shacl import ValidationReport, Violation, validate
from newsgraph.graph.store import DEFAULT_STORE, GraphStore, open_store, remove_store
from newsgraph.parallel import count_inputs, map_batches

__all__ = [
    "DEFAULT_OUT",
    "HTML_MAX_NODES",
    "BuildOptions",
    "BuildReport",
    "MappedBatch",
    "Problem",
    "build",
    "iter_input_documents",
    "map_batch",
]

DEFAULT_OUT = Path("newsgraph-out")
#: graph.html draws at most this many entities (the most central ones); use `newsgraph render` for more.
HTML_MAX_NODES = 2000
REPORT_NAME = "build-report.json"
T = TypeVar("T")


@dataclass
class BuildOptions:
    """What ``newsgraph build`` was asked to do."""

    paths: list[Path]
    out: Path = DEFAULT_OUT
    fresh: bool = False
    store: str = DEFAULT_STORE
    extractor: str = DEFAULT_EXTRACTOR
    model: str | None = None
    batch_size: int = 32
    progress: bool = True
    jobs: int = 1  # extraction processes (see newsgraph.parallel)
    dask: str | None = None  # "local" or a scheduler address (see newsgraph.distributed)


@dataclass(frozen=True)
class Problem:
    """An input skipped by the build: where, why (with a code), and what to do."""

    path: str
    code: str
    reason: str
    hint: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"[{self.code}] {where}: {self.reason}" + (f" ({self.hint})" if self.hint else "")


@dataclass
class BuildReport:
    """What a build did; written as ``build-report.json``."""

    out: str
    store: str
    extractor: str = ""
    extractor_version: str = ""
    documents_read: int = 0
    documents_built: int = 0
    documents_unchanged: int = 0
    statements_written: int = 0
    quads_written: int = 0
    store_documents: int = 0
    store_quads: int = 0
    graph_ttl_triples: int = 0
    html_entities: int = 0
    html_relations: int = 0
    shacl_conforms: bool = True
    shacl_violations: list[dict[str, str]] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)
    #: documents built with a repair flagged by the loader (e.g. invalid UTF-8 replaced)
    warnings: list[dict[str, str]] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    newsgraph_version: str = __version__

    @property
    def exit_code(self) -> int:
        if not self.shacl_conforms:
            return 1
        return 3 if self.problems else 0


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily.

    >>> list(batches(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_input_documents(paths: Iterable[Path], on_problem: Callable[[Problem], None]) -> Iterator[Document]:
    """Documents from files and folders (the extract loaders), problems to ``on_problem``."""
    from newsgraph.extract.loaders import iter_documents

    def report(problem: Any) -> None:
        on_problem(Problem(problem.path, problem.code, problem.reason, problem.hint, problem.line))

    return iter_documents(paths, on_problem=report)


def extract_safely(
    extractor: Extractor, batch: list[Document], on_problem: Callable[[Problem], None]
) -> Iterator[DocumentExtraction]:
    """Extract a batch; when it fails, retry document by document so that one bad
    document costs only itself."""
    try:
        yield from list(extractor.extract(batch))
        return
    except NewsgraphError:
        raise  # a configuration error (e.g. no such pipeline) fails the build, not each document
    except Exception:
        pass
    for document in batch:
        try:
            yield from list(extractor.extract([document]))
        except NewsgraphError:
            raise
        except Exception as exc:
            on_problem(_extraction_problem(document, exc))


@dataclass
class MappedBatch:
    """A batch of documents extracted, mapped to quads and validated: all the store has left to do.

    Made by :func:`map_batch`, in this process or in a worker (it pickles).
    """

    #: (document id, its quads, its statements) for each document built
    graphs: list[tuple[str, list[Quad], int]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    conforms: bool = True
    violations: list[Violation] = field(default_factory=list)
    validation_seconds: float = 0.0

    @property
    def quads(self) -> list[Quad]:
        return [quad for _, quads, _ in self.graphs for quad in quads]


def map_batch(extractor: Extractor, batch: list[Document], settings: str = "") -> MappedBatch:
    """Extract ``batch``, map each extraction to quads and validate them with SHACL.

    Each document graph is self-contained, so a batch validates on its own; ``settings`` is the
    build's extractor settings string (part of each document's build hash). A document that
    cannot be extracted or mapped becomes a :class:`Problem` and costs only itself.
    """
    result = MappedBatch()
    for extraction in extract_safely(extractor, batch, result.problems.append):
        document = extraction.document
        try:
            quads = extraction_quads(extraction, settings)
        except NewsgraphError as exc:
            result.problems.append(Problem(document.source or document.id, exc.code, exc.message, exc.hint))
            continue
        result.graphs.append((document.id, quads, len(extraction.statements)))
    if result.graphs:
        started = time.perf_counter()
        validation = validate(result.quads)
        result.conforms, result.violations = validation.conforms, list(validation.violations)
        result.validation_seconds = time.perf_counter() - started
    return result


def _extraction_problem(document: Document, exc: Exception) -> Problem:
    """The problem to report for a document the extractor failed on."""
    where = document.source or document.id
    if isinstance(exc, ValueError) and "[E088]" in str(exc):  # spaCy: text longer than nlp.max_length
        return Problem(
            where,
            "E211",
            f"document over the spaCy pipeline's max_length ({len(document.text):,} characters)",
            "split it into several documents (e.g. one JSONL line per article)",
        )
    return Problem(
        where,
        "E210",
        f"extraction failed: {type(exc).__name__}: {exc}",
        "please report this with the document attached",
    )


class _Builder:
    """One run of :func:`build` (state shared by its stages)."""

    def __init__(self, options: BuildOptions, log: Callable[[str], None]) -> None:
        self.options = options
        self.log = log
        self.report = BuildReport(out=str(options.out), store=options.store)
        self.violations: list[Violation] = []
        #: extractor configuration that changes the output, part of each document's build hash
        self.settings = f"model={options.model}" if options.model else ""
        self.validation_seconds = 0.0

    def problem(self, problem: Problem) -> None:
        self.log(f"skipped: {problem}")
        self.report.problems.append(asdict(problem))

    def stage(self, name: str, started: float, summary: str) -> None:
        seconds = time.perf_counter() - started
        self.report.stages[name] = round(seconds, 3)
        self.log(f"{name:<9} {summary} ({seconds:.1f} s)")

    def run(self) -> BuildReport:
        options = self.options
        began = time.perf_counter()
        if options.fresh:
            remove_store(options.out)
            for name in ("graph.ttl", "graph.html", REPORT_NAME):
                (options.out / name).unlink(missing_ok=True)
        with open_store(options.out, options.store) as store:
            started = time.perf_counter()
            config = {"model": options.model} if options.model else {}
            extractor = get_extractor(options.extractor, **config)
            self.report.extractor, self.report.extractor_version = extractor.name, extractor.version
            store.load_ontology()
            recover_interrupted_load(store, options.out, self.log)
            self.stage(
                "open",
                started,
                f"{store.backend} store at {options.out}, extractor {extractor.name} "
                f"{extractor.version}, {len(store.documents())} document(s) stored",
            )
            self.extract_and_store(store, extractor)
            self.report_validation()
            self.write_outputs(store)
        self.report.seconds = round(time.perf_counter() - began, 3)
        self.write_report()
        return self.report

    def pending(self, store: GraphStore, extractor: Extractor, bar: tqdm) -> Iterator[Document]:
        stored = store.document_hashes()
        for document in iter_input_documents(self.options.paths, self.problem):
            self.report.documents_read += 1
            for warning in document.warnings:
                self.log(f"warning: {document.source or document.id}: {warning}")
                self.report.warnings.append({"document": document.id, "warning": warning})
            if stored.get(document.id) == build_hash(
                document, extractor.name, extractor.version, self.settings
            ):
                self.report.documents_unchanged += 1
                bar.update(1)
                continue
            yield document

    def extract_and_store(self, store: GraphStore, extractor: Extractor) -> None:
        if self.options.dask:
            return extract_and_load(self, store, extractor)
        started = time.perf_counter()
        report = self.report
        options = self.options
        total = count_inputs(options.paths) if options.progress else None
        with tqdm(
            total=total, unit="doc", desc="build", disable=not options.progress, file=sys.stderr
        ) as bar:
            pending = batches(self.pending(store, extractor, bar), max(1, options.batch_size))
            config = {"model": options.model} if options.model else {}
            for batch, mapped in map_batches(
                extractor,
                pending,
                self.settings,
                jobs=options.jobs,
                config=config,
                name=options.extractor,
                log=self.log,
            ):
                for problem in mapped.problems:
                    self.problem(problem)
                for doc_id, quads, statements in mapped.graphs:
                    store.replace_document(doc_id, quads)
                    report.documents_built += 1
                    report.statements_written += statements
                    report.quads_written += len(quads)
                self.validated(mapped)
                bar.update(len(batch))
        self.stage(
            "extract",
            started,
            f"{report.documents_read} document(s) read: {report.documents_built} built "
            f"({report.statements_written} statements, {report.quads_written} quads), "
            f"{report.documents_unchanged} unchanged, {len(report.problems)} skipped",
        )

    def validated(self, batch: MappedBatch) -> None:
        """Record the SHACL result of one batch of document graphs (see :func:`map_batch`)."""
        self.violations += batch.violations
        self.report.shacl_conforms = self.report.shacl_conforms and batch.conforms
        self.validation_seconds += batch.validation_seconds

    @property
    def validation(self) -> ValidationReport:
        return ValidationReport(self.report.shacl_conforms, self.violations)

    def report_validation(self) -> None:
        self.report.stages["validate"] = round(self.validation_seconds, 3)
        self.report.shacl_violations = [asdict(v) for v in self.violations[:200]]
        self.log(
            f"{'validate':<9} {self.report.documents_built} new document graph(s): "
            f"{self.validation.summary(limit=5)} ({self.validation_seconds:.1f} s, during extract)"
        )

    def write_outputs(self, store: GraphStore) -> None:
        started = time.perf_counter()
        out = self.options.out
        store.dump("ttl", out / "graph.ttl")
        graph = select_view(project_store(store))  # entities with at least one relation
        if graph.number_of_nodes() > HTML_MAX_NODES:
            graph = select_view(graph, limit=HTML_MAX_NODES)
        write_html(graph, out / "graph.html", heading=f"newsgraph: {out.name}")
        report = self.report
        report.store_documents = len(store.documents())
        report.store_quads = store.count()
        report.graph_ttl_triples = int(
            store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
            .rows[0][0]
            .value
        )
        report.html_entities, report.html_relations = graph.number_of_nodes(), graph.number_of_edges()
        self.stage(
            "write",
            started,
            f"{out / 'graph.ttl'} ({report.graph_ttl_triples} triples), {out / 'graph.html'} "
            f"({report.html_entities} entities, {report.html_relations} relations); store holds "
            f"{report.store_documents} document(s), {report.store_quads} quads",
        )

    def write_report(self) -> None:
        path = self.options.out / REPORT_NAME
        partial = path.with_name(path.name + ".partial")
        partial.write_text(
            json.dumps(asdict(self.report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        os.replace(partial, path)


def build(options: BuildOptions, log: Callable[[str], None] = _log) -> BuildReport:
    """Run a build (see the module docstring); one build per output folder at a time.

    Raises :class:`NewsgraphError` ``E314`` when another build holds the folder.
    """
    options.out.mkdir(parents=True, exist_ok=True)
    with BuildLock(options.out):
        builder = _Builder(options, log)
        report = builder.run()
    if not report.shacl_conforms:
        log(builder.validation.summary(limit=20))
        log(f"build: the graph does not conform to the SHACL shapes; see {options.out / REPORT_NAME}")
    log(
        f"done      {report.documents_built} built, {report.documents_unchanged} unchanged, "
        f"{len(report.problems)} skipped in {report.seconds:.1f} s -> {options.out}"
    )
    return report
