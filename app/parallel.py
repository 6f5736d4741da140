"""Parallel extraction on one machine: ``newsgraph build --jobs N``.

:func:`map_batches` turns a stream of document batches into a stream of
``(batch, mapped)`` pairs **in input order**, where ``mapped`` is the batch
extracted, mapped to quads and validated with SHACL
(:func:`~newsgraph.build.map_batch`). With ``jobs == 1`` that runs in this
process; with ``jobs > 1`` a pool of ``jobs`` worker processes (started with
``spawn``: each loads the extractor and its spaCy pipeline once) works on units
of up to :data:`WORKER_UNIT` documents, :data:`AHEAD_PER_JOB` units per worker
ahead, while this process stores the finished ones, which is all that is left
for it to do. Only documents and the mapped batches cross
process boundaries (dataclasses of strings and pyoxigraph quads), so any
registered extractor works in parallel, not only spaCy-based ones.

A document that makes the extractor raise costs only itself (as in a serial
build). A worker process that dies (killed, out of memory) costs nothing
either: its batches, and every batch after it, are extracted in this process
instead, with a message on stderr.

>>> from newsgraph.extract.records import Document
>>> docs = [Document.from_text("Acme bans Foo.", doc_id=f"{i}.txt") for i in range(3)]
>>> extractor = get_extractor("rules")
>>> pairs = map_batches(extractor, [docs[:2], docs[2:]], jobs=2)  # doctest: +SKIP
>>> [len(mapped.graphs) for batch, mapped in pairs]  # doctest: +SKIP
[2, 1]

:func:`count_inputs` estimates how many documents the inputs hold (files,
plus non-blank lines of JSONL files) so that the progress bar can show an ETA.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.extract.records import Document
from newsgraph.extract.registry import Extractor, get_extractor

if TYPE_CHECKING:
    from newsgraph.build import MappedBatch

__all__ = ["count_inputs", "map_batches"]

Batch = list[Document]
Result = tuple[Batch, "MappedBatch"]

#: documents per unit of work sent to a worker: small units keep the workers equally busy to the end
#: (with whole 32-document batches, the last one or two batches left one worker idle for seconds)
WORKER_UNIT = 8
#: units in flight per worker: a slow unit (a long article) does not stall the others
AHEAD_PER_JOB = 4

_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_worker_extractor: Extractor | None = None


def _start_worker(name: str, config: dict[str, Any]) -> None:
    global _worker_extractor
    _worker_extractor = get_extractor(name, **config)
    list(_worker_extractor.extract([]))  # load the pipeline now, not during the first batch


def _map_in_worker(batch: Batch, settings: str) -> MappedBatch:
    from newsgraph.build import map_batch

    assert _worker_extractor is not None, "worker not initialised"
    return map_batch(_worker_extractor, batch, settings)


def map_batches(
    extractor: Extractor,
    batches: Iterable[Batch],
    settings: str = "",
    *,
    jobs: int = 1,
    config: dict[str, Any] | None = None,
    name: str | None = None,
    log: Callable[[str], None] = lambda message: None,
) -> Iterator[Result]:
    """Yield ``(batch, mapped)`` for each batch, in order, using ``jobs`` processes, where
    ``mapped`` is :func:`~newsgraph.build.map_batch` of the batch: extracted, mapped to quads and
    validated, so that this process only has to store it. With ``jobs > 1`` the pairs are
    per unit of work (:func:`_units`): consecutive slices of the batches, still in order.

    With ``jobs > 1`` each worker creates its own extractor with
    ``get_extractor(name or extractor.name, **config)``; ``extractor`` itself
    runs only when a worker dies.
    """

    from newsgraph.build import map_batch

    def in_process(batch: Batch) -> Result:
        return batch, map_batch(extractor, batch, settings)

    if jobs <= 1:
        yield from map(in_process, batches)
        return
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(name or extractor.name, config or {}),
    )
    pending: deque[tuple[Batch, Future]] = deque()
    broken = False
    try:
        for batch in _units(batches):
            if broken:
                yield in_process(batch)
                continue
            pending.append((batch, pool.submit(_map_in_worker, batch, settings)))
            while len(pending) >= AHEAD_PER_JOB * jobs or (pending and pending[0][1].done()):
                result, broken = _collect(*pending.popleft(), in_process, log, broken)
                yield result
        while pending:
            result, broken = _collect(*pending.popleft(), in_process, log, broken)
            yield result
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _units(batches: Iterable[Batch]) -> Iterator[Batch]:
    """The batches cut into units of at most :data:`WORKER_UNIT` documents for the workers."""
    for batch in batches:
        for start in range(0, len(batch), WORKER_UNIT):
            yield batch[start : start + WORKER_UNIT]


def _collect(
    batch: Batch,
    future: Future,
    in_process: Callable[[Batch], Result],
    log: Callable[[str], None],
    broken: bool,
) -> tuple[Result, bool]:
    if broken:
        return in_process(batch), True
    try:
        return (batch, future.result()), False
    except BrokenProcessPool as exc:
        log(f"parallel: a worker process died ({exc}); extracting the remaining documents in this process")
        return in_process(batch), True


def count_inputs(paths: Iterable[Path]) -> int:
    """How many documents ``paths`` probably hold: supported files, plus one per
    non-blank line of each JSONL file (an estimate for the progress bar; bad inputs count too)."""
    total = 0
    for given in paths:
        if given.is_dir():
            for root, dirs, files in os.walk(given, onerror=lambda _: None):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                total += sum(_count_file(Path(root) / f) for f in files if not f.startswith("."))
        else:
            total += _count_file(given)
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        return 0
    if suffix != ".jsonl":
        return 1
    lines = 0
    try:
        with path.open("rb") as handle:
            for line in handle:
                lines += bool(line.strip())
    except OSError:
        return 1
    return lines
