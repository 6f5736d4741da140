"""Evaluate a trained pipeline on the held-out test sets; write one JSON report.

For each test corpus (PUD, GUM test) this runs ``spacy evaluate`` itself, then
scores NER again with the labels the gold data can express: PUD and UNER only
know PERSON/ORG/LOC, so GPE is collapsed into LOC on both sides and NORP
predictions are dropped ("ner_collapsed"). Speed is ``nlp.pipe`` words/s on
news-bench on one core (see throughput.py).

    python training/evaluate.py training/output/full/model-best \
        --out training/output/eval.json
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Corpus, Example

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO / "training" / "corpus"
TEST_SETS = {"pud": "pud-test.spacy", "gum": "gum-test.spacy"}
KEPT = ("token_acc", "sents_f", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
        "ents_p", "ents_r", "ents_f", "ents_per_type")


def collapse(doc: Doc) -> Doc:
    """GPE -> LOC, NORP -> outside; other entities and missing tokens kept."""
    spans = [Span(doc, e.start, e.end, label="LOC" if e.label_ == "GPE" else e.label_)
             for e in doc.ents if e.label_ != "NORP"]
    missing = [Span(doc, t.i, t.i + 1) for t in doc if t.ent_iob == 0]
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


@Language.component("newsgraph_collapse_labels")
def collapse_component(doc: Doc) -> Doc:
    return collapse(doc)


def spacy_evaluate(model: str, corpus: Path) -> dict:
    """Run the ``spacy evaluate`` CLI and return its JSON scores."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "scores.json"
        subprocess.run([sys.executable, "-m", "spacy", "evaluate", model, str(corpus), "--output", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        return json.loads(out.read_text())


def collapsed_ner(nlp: Language, corpus: Path) -> dict:
    """NER P/R/F (overall and per type) with GPE collapsed into LOC and NORP dropped."""
    examples = []
    for eg in Corpus(str(corpus))(nlp):
        examples.append(Example(eg.predicted, collapse(eg.reference)))
    if "newsgraph_collapse_labels" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_collapse_labels", last=True)
    try:
        scores = nlp.evaluate(examples)
    finally:
        nlp.remove_pipe("newsgraph_collapse_labels")
    return {k: scores[k] for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")}


def evaluate(model: str, corpus_dir: Path = CORPUS_DIR, news: Path = throughput.NEWS) -> dict:
    nlp = spacy.load(model)
    report = {}
    for name, file in TEST_SETS.items():
        scores = spacy_evaluate(model, corpus_dir / file)
        report[name] = {k: scores[k] for k in KEPT if k in scores}
        report[name]["ner_collapsed"] = collapsed_ner(nlp, corpus_dir / file)
        print(f"{name}: " + json.dumps({k: v for k, v in report[name].items() if not isinstance(v, dict)}),
              file=sys.stderr)
    report["news_bench_speed"] = throughput.measure(model, news)
    print(f"news-bench: {report['news_bench_speed']}", file=sys.stderr)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", help="pipeline folder or package")
    parser.add_argument("--corpus-dir", type=Path, default=CORPUS_DIR)
    parser.add_argument("--out", type=Path, default=REPO / "training" / "output" / "eval.json")
    parser.add_argument("--news", type=Path, default=throughput.NEWS, help="news-bench articles.jsonl")
    args = parser.parse_args(argv)
    report = evaluate(args.model, args.corpus_dir, args.news)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
