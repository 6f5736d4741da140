"""The wheel: code installs under one ``newsgraph`` namespace and ships the ontology,
shapes, named queries and the view template."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest
from conftest import REPO

CHECK = textwrap.dedent(
    """
    import importlib.util, sys
    assert importlib.util.find_spec("graph") is None, "the raw graph/ folder must not be importable"
    assert importlib.util.find_spec("app") is None
    import newsgraph.graph
    assert newsgraph.graph.__file__.startswith(sys.argv[1]), newsgraph.graph.__file__
    from newsgraph.graph.ontology import ontology_quads, relation_names, shapes_text
    from newsgraph.graph.sparql import named_queries
    from newsgraph.graph.render import render_html
    import networkx as nx
    assert len(relation_names()) == 26 and len(ontology_quads()) > 400 and "sh:NodeShape" in shapes_text()
    assert "who-bans-whom" in named_queries()
    graph = nx.MultiDiGraph(); graph.add_node("a", label="A", cls="Company", aliases=())
    assert "vis.Network" in render_html(graph)
    print("ok")
    """
)


@pytest.mark.slow
def test_wheel_installs_under_newsgraph_and_ships_the_ontology(tmp_path):
    isolation = [] if importlib.util.find_spec("wheel") is None else ["--no-build-isolation"]
    dist, site = tmp_path / "dist", tmp_path / "site"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "--no-deps", *isolation, "-q", "-w", str(dist), str(REPO)], check=True)
    (wheel,) = dist.glob("newsgraph-*.whl")
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-index", "-q", "--target", str(site), str(wheel)], check=True
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(site)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
