"""A registry of extractors, selectable by name (like rdflib plugins).

An extractor turns documents into :class:`~newsgraph.extract.records.DocumentExtraction`
records. Register one with :func:`register_extractor` and pick it with
``newsgraph build --extractor NAME``; third-party packages may register theirs
under the ``newsgraph.extractors`` entry-point group.

>>> @register_extractor("demo-null")
... class NullExtractor:
...     name, version = "demo-null", "0"
...     def __init__(self, **config): pass
...     def extract(self, documents):
...         return iter(())
>>> type(get_extractor("demo-null")).__name__
'NullExtractor'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import Document, DocumentExtraction

__all__ = ["Extractor", "available_extractors", "get_extractor", "register_extractor"]

DEFAULT_EXTRACTOR = "rules"
_BUILTIN_MODULES = ("newsgraph.extract.rules",)
_REGISTRY: dict[str, Callable[..., Extractor]] = {}


@runtime_checkable
class Extractor(Protocol):
    """What every extractor provides."""

    name: str
    version: str

    def extract(self, documents: Iterable[Document]) -> Iterator[DocumentExtraction]:
        """Yield one record per document, in input order."""
        ...


def register_extractor(name: str) -> Callable[[Callable[..., Extractor]], Callable[..., Extractor]]:
    """Class decorator: make an extractor factory available under ``name``."""

    def decorate(factory: Callable[..., Extractor]) -> Callable[..., Extractor]:
        _REGISTRY[name] = factory
        return factory

    return decorate


def _load_plugins() -> None:
    import importlib

    for module in _BUILTIN_MODULES:
        importlib.import_module(module)
    for entry in entry_points(group="newsgraph.extractors"):
        if entry.name not in _REGISTRY:
            _REGISTRY[entry.name] = entry.load()


def available_extractors() -> list[str]:
    """Names of every registered extractor."""
    _load_plugins()
    return sorted(_REGISTRY)


def get_extractor(name: str = DEFAULT_EXTRACTOR, **config: Any) -> Extractor:
    """Instantiate the extractor registered as ``name`` with ``config``."""
    if name not in _REGISTRY:
        _load_plugins()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise NewsgraphError(
            "E002",
            f"no extractor named {name!r}",
            f"choose one of: {', '.join(available_extractors())}",
        ) from None
    return factory(**config)
