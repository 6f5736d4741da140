"""Build benchmarks on news-bench: extraction throughput against raw spaCy, --jobs, peak RSS.

    python benchmarks/bench_build.py throughput [--limit N]
    python benchmarks/bench_build.py rules [--repeat N]
    python benchmarks/bench_build.py calls [--limit N]
    python benchmarks/bench_build.py jobs [--limit N]
    python benchmarks/bench_build.py rss --limit 30 --scales 1 4 16

``throughput``: the rules extractor (``RulesExtractor.extract``: spaCy parse +
rules + records) against the bundled pipeline's raw ``nlp.pipe`` on the same
texts, in the same run, interleaved batch by batch so that both see the same
machine load. The figure is raw time / extractor time (target >= 0.85). The
extractor parses long documents in pieces (``newsgraph.extract.rules.pieces``,
to bound memory), so raw ``nlp.pipe`` on those same pieces is timed too
(``ratio_to_raw_on_pieces``): the cost of the rule pass alone.

``rules``: the rule pass alone on documents parsed once, best of ``--repeat``
passes (to compare two versions of the rules).

``calls``: the work of one rule pass, counted: Python function calls under
cProfile, and the ``Token`` builds and ``Doc`` indexing among them (for
comparing two versions on a machine whose speed drifts).

``jobs``: wall time of ``newsgraph build --fresh`` with ``--jobs 1`` and
``--jobs 2`` on the same JSONL, alternating, ``--repeat`` times (target
speed-up >= 1.6 on 2 cores; the figure is the median ratio).

``rss``: peak RSS of ``newsgraph build`` (one process, os.wait4) on the corpus
repeated 1x, 4x, 16x with distinct ids: streaming keeps it flat.

Every result line carries the load average (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news-bench" / "articles.jsonl"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _jsonl(limit: int | None, scale: int, folder: Path) -> Path:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:limit]
    path = folder / f"news-bench-{limit or 'all'}-x{scale}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(scale):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}#{copy}"
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def throughput(limit: int | None, batch: int = 16) -> dict:
    from newsgraph.build import iter_input_documents
    from newsgraph.extract.registry import get_extractor
    from newsgraph.extract.rules import pieces

    documents = list(iter_input_documents([_jsonl(limit, 1, Path(tempfile.mkdtemp()))], print))
    extractor = get_extractor("rules")
    nlp = extractor.nlp
    list(extractor.extract(documents[:2]))  # warm up
    raw = raw_pieces = rules = 0.0
    statements = 0
    for start in range(0, len(documents), batch):
        chunk = documents[start : start + batch]
        began = time.perf_counter()
        for _ in nlp.pipe([d.text for d in chunk], batch_size=batch):
            pass
        raw += time.perf_counter() - began
        began = time.perf_counter()  # the texts the extractor parses: long documents in pieces
        for _ in nlp.pipe([p for d in chunk for p in pieces(d.text)], batch_size=batch):
            pass
        raw_pieces += time.perf_counter() - began
        began = time.perf_counter()
        statements += sum(len(x.statements) for x in extractor.extract(chunk))
        rules += time.perf_counter() - began
    chars = sum(len(d.text) for d in documents)
    return {
        "documents": len(documents),
        "characters": chars,
        "statements": statements,
        "raw_nlp_pipe_s": round(raw, 1),
        "raw_nlp_pipe_on_pieces_s": round(raw_pieces, 1),
        "rules_extractor_s": round(rules, 1),
        "raw_docs_per_s": round(len(documents) / raw, 2),
        "rules_docs_per_s": round(len(documents) / rules, 2),
        "ratio": round(raw / rules, 3),
        "ratio_to_raw_on_pieces": round(raw_pieces / rules, 3),
        "load_average": _load(),
    }


def _parsed(limit: int | None) -> tuple[object, list]:
    """The rules extractor and the news-bench articles it has parsed, as ``(Doc, Document)`` pairs."""
    from newsgraph.build import iter_input_documents
    from newsgraph.extract.registry import get_extractor

    documents = list(iter_input_documents([_jsonl(limit, 1, Path(tempfile.mkdtemp()))], print))
    extractor = get_extractor("rules")
    return extractor, list(extractor.parse(documents))


def rule_pass(limit: int | None, repeat: int = 3) -> dict:
    """The rule pass alone (``RulesExtractor.extract_parsed``) on documents parsed once, ``repeat``
    times: for comparing two versions of the rules, whose output must stay the same. The best
    pass is the figure (this machine's speed drifts)."""
    extractor, parsed = _parsed(limit)
    words = sum(len(doc) for doc, _ in parsed)
    passes, statements = [], 0
    for _ in range(repeat):
        began = time.perf_counter()
        statements = sum(len(extractor.extract_parsed(doc, d).statements) for doc, d in parsed)
        passes.append(round(time.perf_counter() - began, 2))
        print(passes[-1], file=sys.stderr, flush=True)
    return {
        "documents": len(parsed),
        "words": words,
        "statements": statements,
        "passes_s": passes,
        "best_s": min(passes),
        "us_per_word": round(min(passes) / words * 1e6, 1),
        "load_average": _load(),
    }


def rule_calls(limit: int | None) -> dict:
    """The work of one rule pass, counted rather than timed (the same on a fast or a slow machine):
    Python function calls under cProfile, and how many of them build a spaCy ``Token``
    (``Token.cinit``) or index a ``Doc``."""
    import cProfile
    import pstats

    extractor, parsed = _parsed(limit)
    profile = cProfile.Profile()
    profile.enable()
    statements = sum(len(extractor.extract_parsed(doc, d).statements) for doc, d in parsed)
    profile.disable()
    stats = pstats.Stats(profile).stats  # {(file, line, function): (primitive calls, calls, ...)}
    token_work = sum(
        calls
        for (file, _, function), (_, calls, *_) in stats.items()
        if function == "cinit" or (function == "__getitem__" and file.endswith("doc.pyx"))
    )
    return {
        "documents": len(parsed),
        "statements": statements,
        "python_calls": sum(calls for _, calls, *_ in stats.values()),
        "token_builds_and_doc_indexing": token_work,
    }


def _build(source: Path, out: Path, *extra: str) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (MB) and exit code of one ``newsgraph build --fresh``."""
    command = [sys.executable, "-m", "newsgraph", "build", str(source), "--out", str(out), "--fresh"]
    began = time.perf_counter()
    process = subprocess.Popen([*command, "--no-progress", *extra], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - began, usage.ru_maxrss // 1024, process.returncode


def jobs(limit: int | None, repeat: int = 3) -> dict:
    """``--jobs 1`` and ``--jobs 2`` builds, alternating ``repeat`` times (the machine's speed drifts
    by +-20 % over minutes); the speed-up is the median of the pairs' ratios."""
    folder = Path(tempfile.mkdtemp())
    source = _jsonl(limit, 1, folder)
    runs: list[dict] = []
    for _ in range(repeat):
        pair = {}
        for n in (1, 2):
            before = _load()
            seconds, _, code = _build(source, folder / f"out-{n}", "--jobs", str(n))
            pair[f"jobs_{n}"] = {"seconds": round(seconds, 1), "exit": code, "load": f"{before} -> {_load()}"}
        pair["speedup"] = round(pair["jobs_1"]["seconds"] / pair["jobs_2"]["seconds"], 2)
        print(pair, file=sys.stderr, flush=True)
        runs.append(pair)
    return {"runs": runs, "median_speedup": statistics.median(run["speedup"] for run in runs)}


def rss(limit: int | None, scales: list[int]) -> dict:
    folder = Path(tempfile.mkdtemp())
    result = {}
    for scale in scales:
        source = _jsonl(limit, scale, folder)
        seconds, peak, code = _build(source, folder / f"out-x{scale}")
        result[f"x{scale}"] = {
            "documents": sum(1 for _ in source.open()),
            "peak_rss_mb": peak,
            "seconds": round(seconds, 1),
            "exit": code,
            "load_average": _load(),
        }
        print(scale, result[f"x{scale}"], file=sys.stderr, flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["throughput", "rules", "calls", "jobs", "rss"])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--repeat", type=int, default=3, help="jobs: pairs of builds; rules: passes")
    args = parser.parse_args()
    if args.what == "throughput":
        result = throughput(args.limit)
    elif args.what == "rules":
        result = rule_pass(args.limit, args.repeat)
    elif args.what == "calls":
        result = rule_calls(args.limit)
    elif args.what == "jobs":
        result = jobs(args.limit, args.repeat)
    else:
        result = rss(args.limit, args.scales)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
