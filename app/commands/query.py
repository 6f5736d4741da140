"""``newsgraph query``: run SPARQL 1.1 against a build.

SELECT and ASK results print as a table, CSV, TSV or SPARQL JSON;
CONSTRUCT and DESCRIBE results as RDF (ttl, nt, jsonld, xml). The prefixes
ng:, rdf:, rdfs:, xsd:, owl:, skos:, prov:, schema: and dcterms: are
predeclared, and the default graph is the union of all graphs.

Examples::

    newsgraph query 'SELECT DISTINCT ?a ?b WHERE { ?a ng:bans ?b }'
    newsgraph query -f my-query.rq --format csv
    newsgraph query --named about-entity --param entity=Huawei
    newsgraph query --list
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgraph.commands.common import add_out_argument, open_build, write_output
from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.sparql import RDF_RESULT_FORMATS, RESULT_FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="run a SPARQL query (text, file or named)",
        description=__doc__.split("\n\n")[1],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("sparql", nargs="?", help="the query text")
    source.add_argument("-f", "--file", type=Path, help="read the query from a .rq file (- for stdin)")
    source.add_argument("--named", metavar="NAME", help="run a named query (see --list)")
    source.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a value for $NAME in the query (repeatable); <...> is an IRI, digits an integer, else a string",
    )
    parser.add_argument(
        "--format",
        default="table",
        choices=[*RESULT_FORMATS, *RDF_RESULT_FORMATS],
        help="table, csv, tsv, json (SELECT/ASK); ttl, nt, jsonld, xml (CONSTRUCT/DESCRIBE)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    add_out_argument(parser)
    parser.set_defaults(run=run)


def _list() -> int:
    from newsgraph.graph.sparql import named_queries, named_query

    for name, description in named_queries().items():
        params = " ".join(f"--param {p}=..." for p in named_query(name)[1])
        print(f"{name:<16} {description}" + (f"\n{'':<16} {params}" if params else ""))
    return 0


def run(args: argparse.Namespace) -> int:
    from newsgraph.graph.sparql import missing_parameters, named_query, parse_param

    if args.list:
        return _list()
    if args.named:
        text = named_query(args.named)[0]
    elif args.file == Path("-"):
        text = sys.stdin.read()
    elif args.file:
        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise NewsgraphError(
                "E404", f"cannot read {args.file}: {exc.strerror}", "check the path"
            ) from None
    else:
        text = args.sparql
    bindings = dict(parse_param(p) for p in args.param)
    missing = missing_parameters(text, bindings)
    if missing:
        raise NewsgraphError(
            "E405",
            f"the query needs {', '.join('$' + m for m in missing)}",
            "give " + " ".join(f"--param {m}=VALUE" for m in missing),
        )
    with open_build(args.out) as store:
        result = store.query(text, bindings)
    fmt = args.format
    if result.kind == "graph" and fmt in RESULT_FORMATS:
        fmt = "ttl"  # a graph result as a table is Turtle
    write_output(result.serialize(fmt), args.output)
    return 0
