"""Load the spaCy pipeline: the bundled one by default, or any other.

>>> nlp = load_pipeline()                  # the bundled en_newsgraph_sm
>>> nlp = load_pipeline("en_core_web_sm")  # an installed package  # doctest: +SKIP
>>> nlp = load_pipeline("path/to/pipeline")  # doctest: +SKIP
>>> pipeline_info(nlp)["name"]
'en_newsgraph_sm'

Pipelines are cached per name, so loading twice costs nothing. Dependency
label conventions (UD or ClearNLP) are not assumed here; see ``depscheme``.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from newsgraph.extract.errors import NewsgraphError

BUNDLED_NAME = "en_newsgraph_sm"

# Error codes of this module (E1xx: pipeline errors).
E_NOT_FOUND = "E101"
E_BROKEN = "E102"
E_BUNDLED_MISSING = "E103"


def bundled_pipeline_path() -> Path:
    """Folder of the pipeline shipped inside ``newsgraph.extract``."""
    path = Path(str(resources.files("newsgraph.extract") / "pipelines" / BUNDLED_NAME))
    if not (path / "config.cfg").is_file():
        raise NewsgraphError(
            E_BUNDLED_MISSING,
            f"the bundled spaCy pipeline is missing from {path}",
            "reinstall newsgraph, or train it with `bash training/train.sh`, or pass --model NAME_OR_PATH",
        )
    return path


def load_pipeline(name_or_path: str | Path | None = None) -> Language:
    """The spaCy pipeline ``name_or_path``: None for the bundled one, else an
    installed package name (``en_core_web_sm``) or a pipeline folder.

    Raises NewsgraphError (E101 not found, E102 cannot load, E103 bundled
    pipeline missing).
    """
    key = str(bundled_pipeline_path()) if name_or_path is None else str(name_or_path)
    return _load(key)


@functools.lru_cache(maxsize=8)
def _load(name_or_path: str) -> Language:
    is_path = Path(name_or_path).exists() or "/" in name_or_path or "\\" in name_or_path
    if is_path and not Path(name_or_path).exists():
        raise NewsgraphError(
            E_NOT_FOUND,
            f"no spaCy pipeline folder at '{name_or_path}'",
            "check the path, or pass an installed package name such as en_core_web_sm",
        )
    try:
        return spacy.load(name_or_path)
    except OSError as exc:
        if is_path:
            raise NewsgraphError(
                E_BROKEN,
                f"cannot load the spaCy pipeline at '{name_or_path}': {exc}",
                "the folder must hold a pipeline saved with nlp.to_disk() "
                "(config.cfg, meta.json, component folders)",
            ) from exc
        raise NewsgraphError(
            E_NOT_FOUND,
            f"no spaCy pipeline named '{name_or_path}' is installed",
            "install its package (pip install ...), pass a pipeline folder, "
            "or leave --model out to use the bundled pipeline",
        ) from exc
    except (ValueError, KeyError, ImportError) as exc:
        raise NewsgraphError(
            E_BROKEN,
            f"cannot load the spaCy pipeline '{name_or_path}': {exc}",
            "it may need another spaCy version or a missing plug-in package",
        ) from exc


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Name, version, components, labels, training data and scores of ``nlp``.

    The result is JSON-serialisable; ``sources`` and ``performance`` come from
    the pipeline's meta.json and are empty when it records none.
    """
    meta = nlp.meta
    labels = {
        name: sorted(pipe.labels)
        for name, pipe in nlp.pipeline
        if hasattr(pipe, "labels") and pipe.labels and name != "trainable_lemmatizer"
    }
    performance = {
        key: value
        for key, value in (meta.get("performance") or {}).items()
        if isinstance(value, int | float) and not key.endswith("_loss") and "_micro_" not in key
    }
    return {
        "name": f"{meta.get('lang', nlp.lang)}_{meta.get('name', '')}",
        "version": meta.get("version", ""),
        "spacy_version": meta.get("spacy_version", ""),
        "description": meta.get("description", ""),
        "license": meta.get("license", ""),
        "components": list(nlp.pipe_names),
        "labels": labels,
        "sources": meta.get("sources") or [],
        "performance": performance,
        "evaluation": meta.get("newsgraph_evaluation") or {},
        "path": str(nlp.path) if getattr(nlp, "path", None) else None,
    }
