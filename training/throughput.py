"""Words per second of a pipeline with ``nlp.pipe`` on news-bench, on one core.

    OMP_NUM_THREADS=1 python training/throughput.py extract/pipelines/en_newsgraph_sm

Words are whitespace-separated words of the article texts (as the news-bench
README counts them); tokens (spaCy's) are reported too. The best of
``--repeat`` passes is kept, to damp the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parent.parent
NEWS = REPO.parent / "shared" / "corpora" / "news-bench" / "articles.jsonl"


def measure(model: str, news: Path = NEWS, limit: int = 0, repeat: int = 3, batch_size: int = 16) -> dict:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    nlp = spacy.load(model)
    with news.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    if limit:
        texts = texts[:limit]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:5]))  # warm up
    best = float("inf")
    tokens = 0
    for _ in range(repeat):
        start = time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
        best = min(best, time.process_time() - start)
    return {"texts": len(texts), "words": words, "tokens": tokens, "cpu_seconds": round(best, 2),
            "words_per_second": round(words / best), "tokens_per_second": round(tokens / best)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", nargs="?", default=str(REPO / "extract" / "pipelines" / "en_newsgraph_sm"))
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    result = measure(args.model, args.news, args.limit, args.repeat)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
