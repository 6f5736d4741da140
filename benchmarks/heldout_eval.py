"""Score an extractor on the held-out gold set in ``benchmarks/heldout/``.

The held-out gold names articles of ``../shared/corpora/news-bench/articles.jsonl``
by their ``id`` and stores character offsets (``evidence_start``/``evidence_end``)
into the article's ``text`` instead of evidence text, so that no article text
is kept in the repository. This script:

1. writes the gold articles (``id``, ``title``, ``date``, ``url``, ``text``) to a
   JSONL file in a temporary folder, and loads it with
   :func:`newsgraph.extract.loaders.iter_documents`, exactly as ``newsgraph build``
   would read the corpus (the document id is the JSONL ``id``, the text is
   cleaned by the loaders, the title becomes the first line);
2. runs the registered extractor (default ``rules``) on them;
3. scores with the functions of ``newsgraph eval`` (:mod:`newsgraph.extract.evaluate`)
   and prints the same table: strict, ignoring modality, entity pair only, and
   per relation.

``--errors`` also lists, per document, the predicted triples that match no gold
triple and the gold triples that no prediction matches (strict level), for
error analysis; it does not change the score.

Example::

    source .venv/bin/activate
    python benchmarks/heldout_eval.py                 # table
    python benchmarks/heldout_eval.py --format json   # same numbers as JSON
    python benchmarks/heldout_eval.py --errors        # table, then misses and false positives
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from newsgraph.extract.evaluate import (
    GoldDocument,
    PredictedTriple,
    Score,
    fold,
    format_table,
    load_gold_dir,
    score_document,
    score_to_json,
    triple_key,
)
from newsgraph.extract.loaders import iter_documents
from newsgraph.extract.records import Document
from newsgraph.extract.registry import DEFAULT_EXTRACTOR, get_extractor

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "benchmarks" / "heldout"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "news-bench" / "articles.jsonl"
_ARTICLE_FIELDS = ("id", "title", "date", "url", "text")


def read_articles(corpus: Path, wanted: set[str]) -> dict[str, dict[str, str]]:
    """The records of ``corpus`` (JSONL) whose ``id`` is in ``wanted``.

    >>> read_articles(Path("/nonexistent.jsonl"), set())
    {}
    """
    found: dict[str, dict[str, str]] = {}
    if not wanted:
        return found
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if record.get("id") in wanted:
                    found[record["id"]] = {k: record[k] for k in _ARTICLE_FIELDS if k in record}
    return found


def load_documents(articles: dict[str, dict[str, str]], folder: Path) -> list[Document]:
    """Write the articles as one JSONL file in ``folder`` and load them with the project's loaders."""
    path = folder / "heldout.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for doc_id in sorted(articles):
            fh.write(json.dumps(articles[doc_id], ensure_ascii=False) + "\n")
    problems: list[object] = []
    documents = list(iter_documents([path], on_problem=problems.append))
    for problem in problems:
        print(f"heldout_eval: warning: {problem}", file=sys.stderr)
    return documents


def _gold_label(gold: GoldDocument, entity_id: str) -> str:
    return min(gold.aliases.get(entity_id, {entity_id}), key=len)


def _errors(gold: GoldDocument, predicted: list[PredictedTriple]) -> list[str]:
    """Lines listing unmatched gold triples (FN) and predictions that match no gold triple (FP).

    A prediction is shown as matched when its labels resolve (through the gold
    aliases, as the scorer resolves them) to a gold triple with the same
    relation and modality, in either direction for a symmetric relation.
    """
    resolved = []
    for t in predicted:
        if not t.p:
            continue
        s_ids = gold.entity_ids(t.s) or {f"?{fold(t.s)}"}
        o_ids = gold.entity_ids(t.o) or {f"?{fold(t.o)}"}
        resolved.append((t, {triple_key("strict", s, t.p, o, t.modality) for s in s_ids for o in o_ids}))
    gold_keys = {triple_key("strict", g.s, g.p, g.o, g.modality) for g in gold.triples}
    hit = set().union(*(keys & gold_keys for _, keys in resolved)) if resolved else set()
    lines = [f"== {gold.doc}"]
    for g in gold.triples:
        key = triple_key("strict", g.s, g.p, g.o, g.modality)
        if key not in hit:
            lines.append(f"  FN  {g.s} {g.p} {g.o} [{g.modality}]")
    for t, keys in resolved:
        if not keys & gold_keys:
            lines.append(f"  FP  {t.s!r} {t.p} {t.o!r} [{t.modality}]")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="held-out gold folder")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="news-bench articles.jsonl")
    parser.add_argument("--extractor", default=DEFAULT_EXTRACTOR, help="extractor name (rules)")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path (default: bundled)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--errors", action="store_true", help="also list FN and FP per document")
    args = parser.parse_args(argv)

    if not args.corpus.is_file():
        print(f"heldout_eval: no corpus at {args.corpus}; pass --corpus", file=sys.stderr)
        return 2
    gold = load_gold_dir(args.gold)
    articles = read_articles(args.corpus, set(gold))
    for missing in sorted(set(gold) - set(articles)):
        print(
            f"heldout_eval: warning: {missing!r} not in the corpus; its triples count as misses",
            file=sys.stderr,
        )
    extractor = get_extractor(args.extractor, model=args.model)
    total = Score()
    seen: set[str] = set()
    error_lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        documents = load_documents(articles, Path(tmp))
        for extraction in extractor.extract(documents):
            doc_id = extraction.document.id
            seen.add(doc_id)
            predicted = [PredictedTriple.from_statement(st) for st in extraction.statements]
            total += score_document(gold[doc_id], predicted)
            if args.errors:
                error_lines += _errors(gold[doc_id], predicted)
    for doc_id in sorted(set(gold) - seen):
        total += score_document(gold[doc_id], [])
    if args.format == "json":
        json.dump(score_to_json(total), sys.stdout, indent=2)
        print()
    else:
        print(format_table(total))
    if error_lines:
        print("\n" + "\n".join(error_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
