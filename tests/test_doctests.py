"""The examples in the graph modules' docstrings run and are right."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = (
    "namespaces",
    "ontology",
    "rdf",
    "sparql",
    "store",
    "shacl",
    "network",
    "render",
    "layout",
    "stats",
    "lock",
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"newsgraph.graph.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
