"""``newsgraph serve``: explore a build in a browser and query it over SPARQL 1.1.

Serves the build in --out read-only: an exploration page at / and a SPARQL 1.1
Protocol endpoint at /sparql (for SPARQLWrapper, YASGUI and other clients).

Example::

    newsgraph serve --out newsgraph-out --port 8080 --timeout 10
"""

from __future__ import annotations

import argparse

from newsgraph.commands.common import add_out_argument, positive_int


def positive_seconds(text: str) -> float:
    """argparse type: a number of seconds > 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve an exploration page and a read-only SPARQL endpoint",
        description=__doc__.split("\n\n")[1],
    )
    add_out_argument(parser)
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (127.0.0.1: this machine only)"
    )
    parser.add_argument("--port", default=8080, type=int, help="port to listen on (8080; 0 picks a free one)")
    parser.add_argument(
        "--timeout",
        default=30.0,
        type=positive_seconds,
        metavar="S",
        help="seconds a SPARQL query may run before it is stopped (30)",
    )
    parser.add_argument(
        "--max-results",
        default=10_000,
        type=positive_int,
        metavar="N",
        help="most rows (SELECT) or triples (CONSTRUCT) returned by one query; more are cut (10000)",
    )
    parser.add_argument(
        "--workers",
        default=4,
        type=positive_int,
        metavar="N",
        help="query processes, i.e. SPARQL queries run at once (4)",
    )
    parser.add_argument(
        "--memory-limit",
        default=4096,
        type=int,
        metavar="MB",
        help="memory one query process may use; a query needing more is stopped (4096; 0: no limit)",
    )
    parser.add_argument(
        "--cors",
        metavar="ORIGIN",
        default=None,
        help="let pages from ORIGIN (e.g. https://yasgui.triply.cc, or *) query /sparql from a browser",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsgraph.graph.serve import ServeConfig, serve

    serve(
        ServeConfig(
            out=args.out,
            host=args.host,
            port=args.port,
            timeout=args.timeout,
            max_results=args.max_results,
            workers=args.workers,
            memory_mb=args.memory_limit,
            cors=args.cors,
        )
    )
    return 0
