"""``newsgraph build``: extract documents into the graph store and write graph.ttl and graph.html.

Reads .txt, .html and .jsonl files (folders recursively), extracts typed
statements, stores one named graph per document, validates with SHACL and
writes the outputs. Building into an existing folder adds and replaces
documents (unchanged ones are skipped); --fresh starts over.

Example::

    newsgraph build seeds/ --out newsgraph-out
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.commands.common import add_out_argument, positive_int
from newsgraph.extract.registry import DEFAULT_EXTRACTOR
from newsgraph.graph.store import DEFAULT_STORE, available_stores


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "build", help="build the knowledge graph from documents", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="documents or folders of documents"
    )
    add_out_argument(parser)
    parser.add_argument("--fresh", action="store_true", help="delete the existing store and outputs first")
    parser.add_argument(
        "--store", choices=available_stores(), default=DEFAULT_STORE, help=f"store backend ({DEFAULT_STORE})"
    )
    parser.add_argument(
        "--extractor",
        default=DEFAULT_EXTRACTOR,
        metavar="NAME",
        help=f"registered extractor ({DEFAULT_EXTRACTOR})",
    )
    parser.add_argument(
        "--model", metavar="NAME_OR_PATH", help="spaCy pipeline for the extractor (default: the bundled one)"
    )
    parser.add_argument(
        "--batch-size", type=positive_int, default=32, metavar="N", help="documents per batch and commit (32)"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--jobs", type=positive_int, default=1, metavar="N", help="extraction processes on this machine (1)"
    )
    cluster = parser.add_mutually_exclusive_group()
    cluster.add_argument(
        "--dask", choices=["local"], help="extract on a Dask LocalCluster of --jobs workers, then bulk-load"
    )
    cluster.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT", help="extract on the Dask cluster of this scheduler"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.build import BuildOptions, build

    options = BuildOptions(
        paths=list(args.paths),
        out=args.out,
        fresh=args.fresh,
        store=args.store,
        extractor=args.extractor,
        model=args.model,
        batch_size=args.batch_size,
        progress=not args.no_progress,
        jobs=args.jobs,
        dask=args.scheduler or args.dask,
    )
    return build(options).exit_code
