"""``newsgraph eval GOLD_DIR DOCS``: score an extractor against gold triples.

Runs the extractor on every document of DOCS (a folder, or a JSONL file) that
has a gold file in GOLD_DIR and prints precision, recall and F1: strict, ignoring modality, and
for the entity pair only, then per relation (see ``shared/spec/relations.md``).
A gold file whose document is missing counts as all misses, with a warning.

Example::

    newsgraph eval ../shared/gold/seeds seeds/ --format json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.evaluate import (
    PredictedTriple,
    Score,
    load_gold_dir,
    render,
    score_document,
)
from newsgraph.extract.loaders import iter_documents
from newsgraph.extract.records import Document
from newsgraph.extract.registry import DEFAULT_EXTRACTOR, get_extractor


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score extraction against gold triples (precision, recall, F1)",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of gold JSON files, one per document")
    parser.add_argument(
        "docs_dir",
        metavar="DOCS",
        help="folder of the documents the gold files name, or a .jsonl file whose ids they name",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (table)")
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline name or path (default: the bundled one)"
    )
    parser.add_argument(
        "--extractor", default=DEFAULT_EXTRACTOR, help=f"extractor name ({DEFAULT_EXTRACTOR})"
    )
    parser.set_defaults(run=run)


def _documents(docs: Path, wanted: set[str]) -> list[Document]:
    """The documents that have gold files (cleaned by the loaders): files of a folder named like the
    gold's ``doc``, or records of a JSONL file whose ``id`` is the gold's ``doc``."""
    if docs.is_file():
        return [d for d in iter_documents([docs]) if _gold_name(d.id, wanted) is not None]
    return list(iter_documents(sorted(p for p in docs.iterdir() if p.name in wanted)))


def _gold_name(doc_id: str, gold: set[str]) -> str | None:
    """The gold ``doc`` a document id stands for: the id itself, or its file name."""
    if doc_id in gold:
        return doc_id
    name = Path(doc_id).name
    return name if name in gold else None


def run(args: argparse.Namespace) -> int:
    gold = load_gold_dir(args.gold_dir)
    docs = Path(args.docs_dir)
    if not docs.exists():
        raise NewsgraphError(
            "E043",
            f"documents {str(docs)!r} do not exist",
            "pass the folder (or the .jsonl file) that holds the documents the gold files name",
        )
    documents = _documents(docs, set(gold))
    extractor = get_extractor(args.extractor, model=args.model)
    total = Score()
    seen: set[str] = set()
    for extraction in extractor.extract(documents):
        name = _gold_name(extraction.document.id, set(gold))
        seen.add(name)
        predicted = [PredictedTriple.from_statement(st) for st in extraction.statements]
        total += score_document(gold[name], predicted)
    for name in sorted(set(gold) - seen):
        print(
            f"newsgraph eval: warning: no document {name!r} in {str(docs)!r}; "
            "its gold triples count as misses",
            file=sys.stderr,
        )
        total += score_document(gold[name], [])
    print(render(total, args.format))
    return 0
