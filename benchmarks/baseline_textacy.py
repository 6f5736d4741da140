"""Baseline for ``newsgraph eval``: textacy's subject-verb-object triples through our trigger lexicon.

For each document of DOCS_DIR with a gold file in GOLD_DIR, the text is parsed
with the same spaCy pipeline as the ``rules`` extractor, textacy's
``subject_verb_object_triples`` gives (subject, verb, object) token lists, the
verb's lemma is looked up in the same trigger lexicon (``extract/data/lexicon.tsv``,
first frame wins; "not"/"never" among the verb tokens gives ``negated``) and
the subject and object texts are scored with the same scorer as the extractor.

textacy reads ClearNLP labels (``dobj``, ``nsubjpass``); on a UD pipeline it
would find no objects, so by default the UD labels it needs are renamed
(``obj`` -> ``dobj``, ``nsubj:pass`` -> ``nsubjpass``, ``aux:pass`` -> ``auxpass``,
``iobj`` -> ``dative``) before it runs; ``--raw`` skips that.

Usage (textacy is in the ``bench`` extra: ``pip install -e '.[bench]'``)::

    python benchmarks/baseline_textacy.py ../shared/gold/seeds seeds/ [--model NAME] [--raw] [--format json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.extract.evaluate import (
    PredictedTriple,
    Score,
    load_gold_dir,
    render,
    score_document,
)
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.loaders import iter_documents
from newsgraph.extract.nlp import load_pipeline

UD_TO_CLEAR = {
    "obj": "dobj",
    "nsubj:pass": "nsubjpass",
    "aux:pass": "auxpass",
    "iobj": "dative",
    "csubj:pass": "csubjpass",
}
NEGATORS = {"not", "n't", "never"}


def baseline_triples(doc, relabel: bool = True) -> list[PredictedTriple]:
    """textacy SVO triples of a parsed ``doc`` whose verb is a trigger of the lexicon."""
    import textacy.extract

    if relabel:
        for token in doc:
            if token.dep_ in UD_TO_CLEAR:
                token.dep_ = UD_TO_CLEAR[token.dep_]
    lex = lexicon()
    triples = []
    for subject, verb, obj in textacy.extract.subject_verb_object_triples(doc):
        main = next((t for t in verb if t.pos_ == "VERB"), verb[-1])
        frames = lex.verb_frames(lex.lemma_of(main))
        if not frames:
            continue
        modality = "negated" if any(t.lower_ in NEGATORS for t in verb) else "asserted"
        triples.append(
            PredictedTriple(
                " ".join(t.text for t in subject), frames[0].relation, " ".join(t.text for t in obj), modality
            )
        )
    return triples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir")
    parser.add_argument("docs_dir")
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline name or path (default: the bundled one)"
    )
    parser.add_argument("--raw", action="store_true", help="do not rename UD labels for textacy")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    args = parser.parse_args(argv)
    gold = load_gold_dir(args.gold_dir)
    nlp = load_pipeline(args.model)
    paths = sorted(p for p in Path(args.docs_dir).iterdir() if p.name in gold)
    documents = list(iter_documents(paths))
    total = Score()
    for doc, document in nlp.pipe(((d.text, d) for d in documents), as_tuples=True):
        total += score_document(gold[Path(document.id).name], baseline_triples(doc, relabel=not args.raw))
    print(render(total, args.format))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
