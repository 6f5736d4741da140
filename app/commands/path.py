"""``newsgraph path``: how two entities are connected, with the relations and evidence.

Prints the shortest connections (ignoring direction), each hop with its
relation, modality, evidence sentence and source document. Exit code 1 when
they are not connected.

Example::

    newsgraph path Huawei "United States"
"""

from __future__ import annotations

import argparse
import sys

from newsgraph.commands.common import add_out_argument, entity_node, open_build, positive_int


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "path", help="how two entities are connected", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("source", metavar="A", help="an entity (label or alias)")
    parser.add_argument("target", metavar="B", help="another entity")
    parser.add_argument("--max", type=positive_int, default=3, metavar="N", help="show up to N paths (3)")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.graph.network import project_store, shortest_paths

    with open_build(args.out) as store:
        graph = project_store(store)
    a, b = entity_node(graph, args.source), entity_node(graph, args.target)
    paths = shortest_paths(graph, a, b, limit=args.max)
    label_a, label_b = graph.nodes[a]["label"], graph.nodes[b]["label"]
    if not paths:
        print(f"path: {label_a} and {label_b} are not connected", file=sys.stderr)
        return 1
    for number, path in enumerate(paths, 1):
        print(f"path {number} ({len(path)} hop{'s' if len(path) != 1 else ''}): {label_a} … {label_b}")
        for hop in path:
            data = hop.data
            relation = data.get("relation") or f"~{data.get('predicate', '')}"
            modality = data.get("modality", "asserted")
            note = "" if modality == "asserted" else f" [{modality}]"
            print(f"  {hop.source_label} --{relation}{note}--> {hop.target_label}")
            print(f"      “{data.get('evidence', '')}” ({data.get('doc', '')})")
    return 0
