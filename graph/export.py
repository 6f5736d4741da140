"""Export a build: RDF (the whole dataset) or the entity network for Gephi.

RDF formats come straight from the store (:meth:`GraphStore.dump
<newsgraph.graph.store.GraphStore.dump>`): ``nq``, ``trig`` and ``jsonld`` keep
the named graphs (one per document, plus the ontology); ``ttl``, ``nt`` and
``xml`` write the union without duplicates. ``graphml`` and ``gexf`` write the
networkx projection (:func:`~newsgraph.graph.network.project_store`) with
scalar attributes only; each edge carries its relation key as ``label``.
"""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.store import EXPORT_FORMATS, GraphStore

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FORMATS", "NETWORK_FORMATS", "export"]

NETWORK_FORMATS = ("graphml", "gexf")
FORMATS = (*EXPORT_FORMATS, *NETWORK_FORMATS)


def _network_for_export(store: GraphStore) -> nx.MultiDiGraph:
    from newsgraph.graph.network import flat_copy, project_store

    graph = flat_copy(project_store(store))
    for index, (_, _, key, data) in enumerate(graph.edges(keys=True, data=True)):
        data["label"] = key
        data["id"] = f"e{index}"  # GraphML and GEXF need ids unique in the file
    return graph


def export(
    store: GraphStore, fmt: str, output: str | os.PathLike[str] | IO[bytes] | None = None
) -> bytes | None:
    """Write the store as ``fmt`` (one of :data:`FORMATS`) to ``output``; bytes when it is None."""
    if fmt in EXPORT_FORMATS:
        return store.dump(fmt, output)
    if fmt not in NETWORK_FORMATS:
        raise NewsgraphError("E401", f"unknown export format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    import networkx as nx  # imported here: `newsgraph --help` should not pay for it

    graph = _network_for_export(store)
    target: str | IO[bytes] = io.BytesIO() if output is None else output
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    if fmt == "graphml":
        nx.write_graphml(graph, target, edge_id_from_attribute="id")
    else:
        nx.write_gexf(graph, target)
    return target.getvalue() if isinstance(target, io.BytesIO) else None
