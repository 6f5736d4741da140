"""``newsgraph export``: write the whole build as RDF, or its entity network for Gephi.

nq, trig and jsonld keep the named graphs (one per document, plus the
ontology); ttl, nt and xml write the union of all graphs; graphml and gexf
write the networkx projection (entities and relations with their evidence).

Example::

    newsgraph export --format trig -o graph.trig
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.commands.common import add_out_argument, open_build


def register(subparsers: argparse._SubParsersAction) -> None:
    from newsgraph.graph.export import FORMATS

    parser = subparsers.add_parser(
        "export", help="export the graph (RDF formats, GraphML, GEXF)", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("--format", choices=FORMATS, default="ttl", help="output format (ttl)")
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from newsgraph.graph.export import export

    with open_build(args.out) as store:
        if args.output is None:
            export(store, args.format, sys.stdout.buffer)
            sys.stdout.flush()
        else:
            export(store, args.format, args.output)
    return 0
