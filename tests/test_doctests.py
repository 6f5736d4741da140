"""The examples in the modules' docstrings (graph, extract and the app) run and are right."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = (
    *(
        f"newsgraph.graph.{name}"
        for name in (
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
    ),
    *(
        f"newsgraph.extract.{name}"
        for name in (
            "clean",
            "coref",
            "depscheme",
            "entities",
            "errors",
            "evaluate",
            "lexicon",
            "loaders",
            "nlp",
            "records",
            "registry",
            "rules",
            "tokens",
        )
    ),
    "newsgraph.build",
    "newsgraph.parallel",
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
