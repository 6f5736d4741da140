"""``newsgraph model info``: what the spaCy pipeline is and how well it scores.

newsgraph model info                      # the bundled pipeline
newsgraph model info --model en_core_web_sm --format json
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "model",
        help="show the spaCy pipeline's name, version, labels, training data and scores",
        description="Inspect the spaCy pipeline newsgraph uses (the bundled one unless --model is given).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    info = actions.add_parser("info", help="print name, version, components, labels, data and scores")
    info.add_argument(
        "--model",
        metavar="NAME_OR_PATH",
        default=None,
        help="an installed pipeline package or a pipeline folder (default: the bundled one)",
    )
    info.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    info.set_defaults(run=run_info)


def run_info(args: argparse.Namespace) -> int:
    from newsgraph.extract.nlp import load_pipeline, pipeline_info  # spaCy loads only when needed

    info = pipeline_info(load_pipeline(args.model))
    if args.format == "json":
        json.dump(info, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_text(info))
    return 0


def format_text(info: dict[str, Any]) -> str:
    """Human-readable summary of :func:`pipeline_info`."""
    lines = [
        f"name:        {info['name']}",
        f"version:     {info['version']} (spaCy {info['spacy_version']})",
        f"path:        {info['path'] or '-'}",
        f"license:     {info['license'] or '-'}",
        f"components:  {', '.join(info['components'])}",
        "labels:",
    ]
    for component, labels in info["labels"].items():
        shown = ", ".join(labels) if len(labels) <= 60 else f"{len(labels)} labels (see --format json)"
        lines.append(f"  {component}: {shown}")
    lines.append("training data:" if info["sources"] else "training data: (not recorded)")
    for source in info["sources"]:
        if isinstance(source, dict):
            extra = ", ".join(str(source[k]) for k in ("license", "url") if source.get(k))
            lines.append(f"  {source.get('name', '?')}" + (f" ({extra})" if extra else ""))
        else:
            lines.append(f"  {source}")
    evaluation = info.get("evaluation") or {}
    if evaluation:
        lines.append("scores:")
        for dataset, scores in evaluation.items():
            lines.append(f"  {dataset}: " + _scores(scores))
            for key, value in scores.items():
                if isinstance(value, dict) and "ents_f" in value:
                    lines.append(f"  {dataset} ({key}): " + _scores(value))
    elif info["performance"]:
        lines.append("scores (dev):")
        lines.append("  " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(info["performance"].items())))
    else:
        lines.append("scores: (not recorded)")
    return "\n".join(lines) + "\n"


def _scores(scores: dict[str, Any]) -> str:
    """``key 0.123`` pairs of the flat numbers; per-type F scores in brackets."""
    parts = [
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
        for k, v in scores.items()
        if isinstance(v, int | float)
    ]
    per_type = scores.get("ents_per_type") or {}
    if per_type:
        typed = ", ".join(f"{label} F {v['f']:.3f}" for label, v in sorted(per_type.items()))
        parts.append(f"[{typed}]")
    return ", ".join(parts)
