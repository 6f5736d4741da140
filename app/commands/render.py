"""``newsgraph render``: write an interactive HTML view of (part of) the graph.

The page works offline (vis-network inlined). Without options it draws every
entity; --entity with --hops draws one entity's neighbourhood, --relation
only that relation's edges, --limit the N most central entities.

Example::

    newsgraph render --entity Huawei --hops 2 -o huawei.html
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgraph.commands.common import add_out_argument, entity_node, open_build, positive_int


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render", help="write an interactive HTML view", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument(
        "--entity",
        metavar="NAME",
        help="centre the view on this entity (label or alias; 'Label (Class)' to choose)",
    )
    parser.add_argument("--hops", type=positive_int, default=1, metavar="N", help="neighbourhood radius (1)")
    parser.add_argument("--relation", metavar="R", help="only this relation (gold name, e.g. bans)")
    parser.add_argument("--limit", type=positive_int, metavar="N", help="at most N entities, by PageRank")
    parser.add_argument("--no-open", action="store_true", help="leave out open triples (no core relation)")
    parser.add_argument("--isolated", action="store_true", help="also draw entities without any relation")
    parser.add_argument("-o", "--output", type=Path, default=Path("view.html"), help="HTML file (view.html)")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.graph.network import project_store
    from newsgraph.graph.render import select_view, write_html

    with open_build(args.out) as store:
        graph = project_store(store, include_open=not args.no_open)
    node = entity_node(graph, args.entity) if args.entity else None
    view = select_view(
        graph, entity=node, hops=args.hops, relation=args.relation, limit=args.limit, isolated=args.isolated
    )
    heading = "newsgraph" + (f": {graph.nodes[node]['label']}" if node else "")
    heading += f" ({args.relation})" if args.relation else ""
    write_html(view, args.output, heading=heading)
    print(
        f"render: {args.output} ({view.number_of_nodes()} entities, {view.number_of_edges()} relations)",
        file=sys.stderr,
    )
    return 0
