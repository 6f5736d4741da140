"""``newsgraph extract``: print extracted statements as JSON lines, without storing them.

One JSON object per statement on stdout (keys doc, s, s_class, p, o,
o_class, modality, evidence, start, end, then predicate, open, rule,
confidence, extractor, extractor_version and attributed_to when known).
Inputs that cannot be read, and documents the extractor fails on, are reported on stderr and
skipped (exit code 3).

Example::

    newsgraph extract seeds/ --format jsonl > triples.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsgraph.extract.registry import DEFAULT_EXTRACTOR


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print extracted triples as JSON lines (no store)",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="DOCS", help="documents or folders of documents"
    )
    parser.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format (jsonl)")
    parser.add_argument(
        "--extractor",
        default=DEFAULT_EXTRACTOR,
        metavar="NAME",
        help=f"registered extractor ({DEFAULT_EXTRACTOR})",
    )
    parser.add_argument("--model", metavar="NAME_OR_PATH", help="spaCy pipeline (default: the bundled one)")
    parser.add_argument("--open", action="store_true", help="also print open triples (p is null)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.build import Problem, batches, extract_safely, iter_input_documents
    from newsgraph.extract.records import statement_to_json
    from newsgraph.extract.registry import get_extractor

    problems: list[Problem] = []

    def report(problem: Problem) -> None:
        problems.append(problem)
        print(f"skipped: {problem}", file=sys.stderr)

    extractor = get_extractor(args.extractor, **({"model": args.model} if args.model else {}))
    documents = iter_input_documents(args.paths, report)
    # a document the extractor fails on is reported and skipped, like an unreadable file
    extractions = (e for batch in batches(documents, 32) for e in extract_safely(extractor, batch, report))
    for extraction in extractions:
        lines = [
            json.dumps(statement_to_json(statement), ensure_ascii=False)
            for statement in extraction.statements
            if args.open or not statement.is_open
        ]
        if lines:
            sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    return 3 if problems else 0
