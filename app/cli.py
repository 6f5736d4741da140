"""The ``newsgraph`` command line.

Each subcommand lives in its own module of :mod:`newsgraph.commands` and
exposes ``register(subparsers)``, which adds its parser and sets ``run``: a
function taking the parsed arguments and returning an exit code. Data goes to
stdout, messages and progress to stderr.

Exit codes: 0 success, 1 failure, 2 usage error, 3 built with some documents
skipped (see the build report).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsgraph import __version__
from newsgraph.extract.errors import NewsgraphError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3

# Order is the order of `newsgraph --help`.
COMMANDS = (
    "build",
    "extract",
    "query",
    "export",
    "render",
    "stats",
    "path",
    "serve",
    "eval",
    "model",
    "push",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Build a knowledge graph from news articles, then query, export, analyse and view it.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"newsgraph.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"newsgraph.commands.{name}":
                raise
            continue  # command not written yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or EXIT_OK)
    except NewsgraphError as exc:
        print(f"newsgraph {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"newsgraph {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
