"""Extraction on a Dask cluster: ``newsgraph build --dask local`` or ``--scheduler tcp://HOST:PORT``.

This process reads the documents (the input files never need to be visible
to the workers) and submits them in partitions of ``--batch-size`` documents.
Each Dask worker extracts its partition, maps it to quads, validates it with
SHACL and returns it as an N-Quads shard; this process writes each shard to
``<out>/shards/`` as it arrives (at most ``2 x workers`` partitions are in
flight, so memory stays flat), then loads every shard into the store with the
store's bulk loader.

The bulk loader is fast but not transactional. So before loading, the ids of
the documents being loaded are written to ``<out>/.bulk-load-pending.json``,
and removed once every shard is in. A build that finds that file (a previous
load was interrupted) first removes those documents' graphs, so their hashes
are gone and this build extracts them again: an interrupted load is repaired
by the next build, serial or distributed. Readers may see documents appear
graph by graph while a bulk load runs.

Workers need the same newsgraph (and spaCy pipeline) installed; see the README
section "Large corpora and robustness". ``dask[distributed]`` is the ``dask``
extra: ``pip install 'newsgraph[dask]'``.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph
from pyoxigraph import RdfFormat
from tqdm import tqdm

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import Document
from newsgraph.graph.store import GraphStore

if TYPE_CHECKING:
    from newsgraph.build import _Builder
    from newsgraph.extract.registry import Extractor
    from newsgraph.graph.shacl import Violation

__all__ = ["PENDING_NAME", "SHARDS_NAME", "extract_and_load", "recover_interrupted_load"]

PENDING_NAME = ".bulk-load-pending.json"
SHARDS_NAME = "shards"


@dataclass
class Partition:
    """What a worker sends back for one partition of documents."""

    nquads: bytes = b""
    doc_ids: list[str] = field(default_factory=list)
    statements: int = 0
    quads: int = 0
    problems: list[Any] = field(default_factory=list)  # newsgraph.build.Problem
    conforms: bool = True
    violations: list[Violation] = field(default_factory=list)


@functools.lru_cache(maxsize=4)
def _worker_extractor(name: str, config: tuple[tuple[str, Any], ...]) -> Extractor:
    from newsgraph.extract.registry import get_extractor

    return get_extractor(name, **dict(config))


def extract_partition(
    documents: list[Document], name: str, config: tuple[tuple[str, Any], ...], settings: str = ""
) -> Partition:
    """Run on a worker: extract, map to quads, validate; the partition's N-Quads shard.

    ``settings`` is the build's extractor settings string (part of each document's build hash).
    """
    from newsgraph.build import map_batch

    mapped = map_batch(_worker_extractor(name, config), documents, settings)
    quads = mapped.quads
    return Partition(
        nquads=pyoxigraph.serialize(quads, format=RdfFormat.N_QUADS) if quads else b"",
        doc_ids=[doc_id for doc_id, _, _ in mapped.graphs],
        statements=sum(statements for _, _, statements in mapped.graphs),
        quads=len(quads),
        problems=mapped.problems,
        conforms=mapped.conforms,
        violations=mapped.violations,
    )


def _client(address: str, workers: int) -> tuple[Any, Any]:
    """A Dask client: a new LocalCluster for ``local``, else the scheduler at ``address``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise NewsgraphError(
            "E320", "Dask is not installed", "pip install 'newsgraph[dask]' (dask[distributed])"
        ) from None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as exc:
        raise NewsgraphError(
            "E321",
            f"cannot reach the Dask scheduler at {address}: {exc}",
            "start it with `dask scheduler` and workers with `dask worker ADDRESS`, or use --dask local",
        ) from None


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def recover_interrupted_load(store: GraphStore, out: Path, log: Callable[[str], None]) -> None:
    """Remove the graphs of documents whose bulk load was interrupted, so that this build redoes them."""
    marker = Path(out) / PENDING_NAME
    if not marker.exists():
        return
    doc_ids = json.loads(marker.read_text(encoding="utf-8"))
    for doc_id in doc_ids:
        store.remove_document(doc_id)
    log(f"recover   an interrupted bulk load left {len(doc_ids)} document(s) unfinished; rebuilding them")
    marker.unlink()


def extract_and_load(builder: _Builder, store: GraphStore, extractor: Extractor) -> None:
    """The Dask version of ``_Builder.extract_and_store``: same report, same problems, same graph."""
    from newsgraph.build import batches
    from newsgraph.parallel import count_inputs

    options, report = builder.options, builder.report
    started = time.perf_counter()
    shards = options.out / SHARDS_NAME
    shutil.rmtree(shards, ignore_errors=True)
    shards.mkdir(parents=True)
    config = tuple(sorted({"model": options.model}.items())) if options.model else ()
    settings = getattr(builder, "settings", "")
    workers = options.jobs if options.jobs > 1 else (os.cpu_count() or 2)
    client, cluster = _client(options.dask, workers)
    doc_ids: list[str] = []
    try:
        ahead = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        total = count_inputs(options.paths) if options.progress else None
        with tqdm(
            total=total, unit="doc", desc="build", disable=not options.progress, file=sys.stderr
        ) as bar:
            pending = batches(builder.pending(store, extractor, bar), max(1, options.batch_size))
            for number, (size, partition) in enumerate(
                _submit(client, pending, ahead, options.extractor, config, settings)
            ):
                for problem in partition.problems:
                    builder.problem(problem)
                if partition.nquads:
                    _write_atomically(shards / f"part-{number:06d}.nq", partition.nquads)
                doc_ids += partition.doc_ids
                report.documents_built += len(partition.doc_ids)
                report.statements_written += partition.statements
                report.quads_written += partition.quads
                report.shacl_conforms = report.shacl_conforms and partition.conforms
                builder.violations += partition.violations
                bar.update(size)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    builder.stage(
        "extract",
        started,
        f"{report.documents_read} document(s) read on {workers} Dask worker(s): {report.documents_built} "
        f"extracted ({report.statements_written} statements, {report.quads_written} quads), "
        f"{report.documents_unchanged} unchanged, {len(report.problems)} skipped",
    )
    started = time.perf_counter()
    _bulk_load(store, options.out, shards, doc_ids)
    builder.stage("load", started, f"{len(doc_ids)} document graph(s) bulk-loaded from {shards}")


def _submit(client: Any, batches: Iterator[list[Document]], ahead: int, *args: Any):
    """Submit partitions, at most ``ahead`` in flight; yield ``(size, Partition)`` in submission order."""
    pending: deque = deque()
    for batch in batches:
        pending.append((len(batch), client.submit(extract_partition, batch, *args, pure=False)))
        while len(pending) >= ahead or (pending and pending[0][1].done()):
            size, future = pending.popleft()
            yield size, future.result()
    while pending:
        size, future = pending.popleft()
        yield size, future.result()


def _bulk_load(store: GraphStore, out: Path, shards: Path, doc_ids: list[str]) -> None:
    marker = out / PENDING_NAME
    _write_atomically(marker, json.dumps(doc_ids, ensure_ascii=False).encode("utf-8"))
    for doc_id in doc_ids:  # a changed document: its old graph goes first
        store.remove_document(doc_id)
    for shard in sorted(shards.glob("part-*.nq")):
        store.bulk_load(shard, "nq", trusted=True)  # written by the workers from validated terms
    marker.unlink()
    shutil.rmtree(shards, ignore_errors=True)
