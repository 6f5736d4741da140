"""``newsgraph render``: write an interactive HTML view of (part of) the graph.

The page works offline (vis-network inlined). Without options it draws every
entity; --entity with --hops draws one entity's neighbourhood, --relation
only that relation's edges, --limit (or --top) the N most central entities,
--since/--until only statements from documents dated in that range.

Example::

    newsgraph render --entity Huawei --hops 2 -o huawei.html
"""

from __future__ import annotations

import argparse
import datetime
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
    parser.add_argument(
        "--limit", "--top", type=positive_int, metavar="N", help="at most N entities, by PageRank"
    )
    parser.add_argument(
        "--since", type=iso_date, metavar="YYYY-MM-DD", help="only documents dated from this day"
    )
    parser.add_argument(
        "--until", type=iso_date, metavar="YYYY-MM-DD", help="only documents dated up to this day"
    )
    parser.add_argument("--no-open", action="store_true", help="leave out open triples (no core relation)")
    parser.add_argument("--isolated", action="store_true", help="also draw entities without any relation")
    parser.add_argument("-o", "--output", type=Path, default=Path("view.html"), help="HTML file (view.html)")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def iso_date(text: str) -> str:
    """argparse type: an ISO date (YYYY-MM-DD)."""
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2024-05-31: {text!r}") from None


def run(args: argparse.Namespace) -> int:
    from newsgraph.graph.network import project_store
    from newsgraph.graph.render import MAX_VIEW_NODES, select_view, write_html
    from newsgraph.graph.views import filter_graph

    with open_build(args.out) as store:
        graph = project_store(store, include_open=not args.no_open)
    node = entity_node(graph, args.entity) if args.entity else None
    if args.since or args.until:
        graph = filter_graph(graph, since=args.since, until=args.until)
    view = select_view(
        graph, entity=node, hops=args.hops, relation=args.relation, limit=args.limit, isolated=args.isolated
    )
    if args.limit is None and view.number_of_nodes() > MAX_VIEW_NODES:
        print(
            f"render: {view.number_of_nodes()} entities are too many to draw; showing the {MAX_VIEW_NODES} "
            "most central (use --limit, --entity or --relation to choose)",
            file=sys.stderr,
        )
        view = select_view(view, limit=MAX_VIEW_NODES)
    heading = "newsgraph" + (f": {graph.nodes[node]['label']}" if node else "")
    heading += f" ({args.relation})" if args.relation else ""
    write_html(view, args.output, heading=heading)
    print(
        f"render: {args.output} ({view.number_of_nodes()} entities, {view.number_of_edges()} relations)",
        file=sys.stderr,
    )
    return 0
