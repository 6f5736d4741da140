"""``newsgraph push``: load a build into a remote SPARQL 1.1 Graph Store.

Sends the ontology and every document's named graph with HTTP PUT (one
request per graph: the server replaces that graph, so pushing again is
idempotent). The endpoint is the server's Graph Store URL.

Examples::

    oxigraph serve --location remote-store --bind 127.0.0.1:7878 &
    newsgraph push --endpoint http://127.0.0.1:7878/store
    newsgraph push --endpoint https://user:secret@example.org/ds/data --out big-build
"""

from __future__ import annotations

import argparse
import sys

from newsgraph.commands.common import add_out_argument, open_build


def _header(text: str) -> tuple[str, str]:
    name, sep, value = text.partition(":")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"not a header 'Name: value': {text!r}")
    return name.strip(), value.strip()


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "push",
        help="load the build into a remote SPARQL Graph Store (HTTP PUT per graph)",
        description=__doc__.split("\n\n")[1],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store URL")
    parser.add_argument(
        "--header",
        type=_header,
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="an extra HTTP header (repeatable), e.g. 'Authorization: Bearer TOKEN'",
    )
    parser.add_argument("--timeout", type=float, default=120.0, metavar="S", help="seconds per request (120)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from newsgraph.graph.push import push

    with open_build(args.out) as store:
        total = len(store.graphs())
        with tqdm(total=total, unit="graph", desc="push", disable=args.no_progress, file=sys.stderr) as bar:
            report = push(
                store,
                args.endpoint,
                headers=dict(args.header),
                timeout=args.timeout,
                progress=lambda done: bar.update(done - bar.n),
            )
    print(
        f"pushed    {report.graphs} graph(s), {report.triples} triples ({report.bytes / 1e6:.1f} MB) "
        f"to {report.endpoint} in {report.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0
