"""Copy a trained pipeline into the package and write its meta.json.

    python training/package.py training/output/full/model-best \
        --eval training/output/eval.json --train-log training/output/full.log \
        --train-log training/output/anneal.log

The pipeline goes to ``extract/pipelines/en_newsgraph_sm`` (package data of
``newsgraph.extract``). Only what ``spacy.load`` needs is copied; the
``[initialize]`` callbacks are removed from its config, so loading it needs no
code from ``training/``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy
from thinc.api import Config

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "extract" / "pipelines" / "en_newsgraph_sm"
NAME = "newsgraph_sm"  # spaCy prefixes the language: en_newsgraph_sm
VERSION = "0.1.0"

SOURCES = [
    {"name": "UD English EWT (UD v2.16, commit 15d613d8447b), all of train",
     "url": "https://github.com/UniversalDependencies/UD_English-EWT", "license": "CC BY-SA 4.0",
     "author": "Stanford University; Silveira et al. 2014; texts LDC2012T13"},
    {"name": "UniversalNER English EWT (train: commit 0c7ce0debb13; dev: 8ed072de2fd2)",
     "url": "https://github.com/UniversalNER/UNER_English-EWT", "license": "CC BY-SA 4.0",
     "author": "Mayhew et al. 2024"},
    {"name": "UD English GUM (V11, commit afb41ee9bca5), commercial-ok genres of train only",
     "url": "https://gucorpling.org/gum/",
     "license": "annotations CC BY 4.0; texts CC BY 4.0 / CC BY 2.5 / CC BY-SA 3.0 / public domain per genre",
     "author": "GUM annotators, Georgetown University; Zeldes 2017"},
    {"name": "CrossNER, 5 Wikipedia domains (commit 2e7ba2a7798c), train+dev+test",
     "url": "https://github.com/zliucr/CrossNER", "license": "MIT (data); Wikipedia text CC BY-SA",
     "author": "Liu et al. 2021"},
    {"name": "re3d without the BBC subset (commit b061ff06713c), train+dev",
     "url": "https://github.com/dstl/re3d",
     "license": "OGL v3 / public domain / CC BY 3.0 AU / EEAS reuse notice / CC BY-SA 3.0 per subset",
     "author": "Dstl; Aleph Insights and Committed Software"},
    {"name": "wikigold (entity-recognition-datasets commit 906c88e9dc22), train+dev",
     "url": "https://github.com/yuchenlin/entity-recognition-datasets", "license": "CC BY 4.0",
     "author": "Balasuriya et al. 2009"},
]


def package(model_dir: Path, target: Path, evaluation: dict | None, training: dict | None) -> Path:
    nlp = spacy.load(model_dir)
    meta = nlp.meta
    meta.update({
        "name": NAME,
        "version": VERSION,
        "description": (
            "newsgraph's English pipeline: CNN tok2vec shared by tagger, morphologizer, edit-tree "
            "lemmatizer, parser (Universal Dependencies labels, sentence boundaries) and NER "
            "(PERSON, ORG, GPE = country names, LOC, NORP). Trained by newsgraph's training/ recipe."
        ),
        "author": "newsgraph contributors",
        "email": "",
        "url": "",
        "license": "CC BY-SA 4.0 (training data: see LICENSES.md)",
        "sources": SOURCES,
    })
    if evaluation:
        meta["newsgraph_evaluation"] = evaluation
    if training:
        meta["newsgraph_training"] = training
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)  # only what spacy.load reads
    config = Config().from_disk(target / "config.cfg", interpolate=False)
    config["initialize"]["before_init"] = None  # special cases already live in the tokenizer
    config["initialize"]["after_init"] = None  # a training-time repair (functions.py)
    config.to_disk(target / "config.cfg")
    (target / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return target


def training_facts(logs: list[Path], seconds: int | None) -> dict:
    """Epochs and steps of the last logged evaluation of each stage's log, and the run time."""
    facts: dict = {"command": "bash training/train.sh", "threads": 1, "stages": []}
    for log in logs:
        rows = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
        rows = [row for row in rows if len(row) > 2 and row[0].isdigit() and row[1].isdigit()]
        stage: dict = {"log": log.name}
        if rows:
            stage.update(epochs=int(rows[-1][0]) + 1, steps=int(rows[-1][1]))
        facts["stages"].append(stage)
    if seconds is not None:
        facts["seconds"] = seconds
    return facts


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="trained pipeline folder (model-best)")
    parser.add_argument("--eval", type=Path, help="JSON written by training/evaluate.py")
    parser.add_argument(
        "--train-log", type=Path, action="append", default=[],
        help="console log of a `spacy train` stage (for epochs and steps); once per stage",
    )
    parser.add_argument("--train-seconds", type=int, help="wall-clock training time, all stages")
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    evaluation = json.loads(args.eval.read_text()) if args.eval else None
    training = training_facts(args.train_log, args.train_seconds) if args.train_log else None
    target = package(args.model, args.target, evaluation, training)
    print(f"pipeline written to {target} ({size_mb(target):.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
