"""Options and helpers shared by the commands that read a build (not a command itself)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.store import GraphStore, open_store

DEFAULT_OUT = Path("newsgraph-out")


def add_out_argument(parser: argparse.ArgumentParser) -> None:
    """``--out DIR``: the build's output folder, the same for every command."""
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help="the build's output folder (newsgraph-out)",
    )


def open_build(out: Path) -> GraphStore:
    """The build's store, read-only (raises E312 with a hint when there is no build)."""
    return open_store(out, read_only=True)


def write_output(data: bytes | str, output: Path | None) -> None:
    """Write to ``output``, or to stdout when it is None."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output is None:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
    else:
        output.write_bytes(raw)


def positive_int(text: str) -> int:
    """argparse type: an integer >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _described(graph, node: str) -> str:
    return f"{graph.nodes[node].get('label', node)} ({graph.nodes[node].get('cls') or '?'})"


def entity_node(graph, name: str) -> str:
    """The node of the entity called ``name``: a label or alias, optionally with its
    class (``"Huawei (Company)"``). When several entities match, the most connected
    one is chosen and the others are named on stderr; E402 when none matches."""
    from newsgraph.graph.network import find_entities

    match = re.fullmatch(r"(.+?)\s*\((\w+)\)", name.strip())
    nodes = find_entities(graph, name)
    if not nodes and match:
        nodes = [n for n in find_entities(graph, match[1]) if graph.nodes[n].get("cls") == match[2]]
    if not nodes:
        raise NewsgraphError(
            "E402", f"no entity named {name!r}", "list entities with `newsgraph query --named entities`"
        )
    chosen = max(nodes, key=lambda n: (graph.degree(n), -nodes.index(n)))
    others = [_described(graph, n) for n in nodes if n != chosen]
    if others:
        print(
            f"newsgraph: {name!r} is {_described(graph, chosen)}; it also names {', '.join(others[:8])} "
            "(write 'Label (Class)' to choose)",
            file=sys.stderr,
        )
    return chosen
