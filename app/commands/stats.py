"""``newsgraph stats``: counts by class and relation, and the most central entities.

Example::

    newsgraph stats --top 5
"""

from __future__ import annotations

import argparse
import json

from newsgraph.commands.common import add_out_argument, open_build, positive_int


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats", help="counts and central entities (networkx)", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--top", type=positive_int, default=10, metavar="N", help="how many central entities (10)"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (text)")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.graph.stats import compute_stats

    with open_build(args.out) as store:
        stats = compute_stats(store, top=args.top)
    if args.format == "json":
        print(json.dumps(stats.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(stats.to_text(), end="")
    return 0
