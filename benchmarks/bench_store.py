"""The on-disk store at 1,000,000 triples: bulk load time, query latency, peak memory.

    python benchmarks/bench_store.py --triples 1000000 --work /tmp/newsgraph-bench

1. Writes the synthetic build (``benchmarks/synthetic.py``) to N-Quads, in a
   child process, so that generating it does not count in this process' memory.
2. Loads it into a fresh on-disk oxigraph store with ``GraphStore.bulk_load``
   (the build's bulk path: ``trusted=True``, as for the build's own shards;
   ``--validate`` times the validating load a user's file gets) and times it
   up to the store's close, which flushes it to disk (target <= 5 s); the
   ontology graph is written first, as in every build. The queries run on the store opened again.
3. Runs the named queries of ``graph/queries`` ``--runs`` times each (at
   most ``--budget`` seconds) after one warm-up run, and reports p50/p95
   (targets: everything about one entity <= 10 ms, a typed relation join
   <= 250 ms, a 2-hop neighbourhood <= 100 ms).
4. Reports this process' peak RSS after the load and at the end (target < 1 GB).

Entity queries run for a median entity (by number of mentioning documents)
and for the most mentioned one (the worst case).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pyoxigraph import Literal

from newsgraph.graph.sparql import named_query
from newsgraph.graph.store import open_store

HERE = Path(__file__).resolve().parent


def entities_by_popularity(store) -> tuple[dict[str, object], dict[str, object]]:
    """The most mentioned entity and a median one: label and number of mentioning documents."""
    rows = store.query(
        "SELECT ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d ng:mentions ?e . "
        "?e rdfs:label ?label } } GROUP BY ?label ORDER BY DESC(?n) ?label"
    ).rows
    top, median = rows[0], rows[len(rows) // 2]
    return ({"label": r[0].value, "documents": int(r[1].value)} for r in (top, median))


def peak_rss_mb() -> int:
    """This process' peak resident memory so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query (30)")
    parser.add_argument("--budget", type=float, default=60, help="at most this many seconds per query (60)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsgraph-bench")
    parser.add_argument(
        "--validate",
        action="store_true",
        help="time the validating load a user's file gets, not the trusted one of the build's shards",
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    data = args.work / f"synthetic-{args.triples}.nq"
    if not data.exists():
        subprocess.run(
            [sys.executable, str(HERE / "synthetic.py"), "--triples", str(args.triples), "-o", str(data)],
            check=True,
        )
    out = args.work / "store-bench"
    shutil.rmtree(out, ignore_errors=True)
    results: dict[str, object] = {"triples_file": str(data), "load_average": os.getloadavg()}

    store = open_store(out, "oxigraph")
    store.load_ontology()  # as every build does (modality labels, relation gold names)
    started = time.perf_counter()
    store.bulk_load(data, "nq", trusted=not args.validate)
    store.close()  # flushed: the load is on disk when the clock stops
    results["bulk_load_s"] = round(time.perf_counter() - started, 2)
    results["bulk_load_validated"] = args.validate
    results["peak_rss_after_load_mb"] = peak_rss_mb()
    store = open_store(out, "oxigraph")  # what the queries read is what the load left on disk
    results["quads"] = store.count()
    results["documents"] = len(store.documents())

    top, median = entities_by_popularity(store)
    results["entities"] = {"most mentioned": top, "median": median}
    about, two_hops = named_query("about-entity")[0], named_query("neighbourhood")[0]
    cases = {
        "about-entity (a median entity)": (about, {"entity": Literal(median["label"])}),
        "about-entity (the most mentioned entity)": (about, {"entity": Literal(top["label"])}),
        "relation (relation=bans)": (named_query("relation")[0], {"relation": Literal("bans")}),
        "who-bans-whom": (named_query("who-bans-whom")[0], {}),
        "neighbourhood, 2 hops (a median entity)": (two_hops, {"entity": Literal(median["label"])}),
        "neighbourhood, 2 hops (the most mentioned entity)": (two_hops, {"entity": Literal(top["label"])}),
        "denials": (named_query("denials")[0], {}),
        "by-modality (negated)": (named_query("by-modality")[0], {"modality": Literal("negated")}),
        "relation-counts": (named_query("relation-counts")[0], {}),
    }
    timings = {}
    for name, (text, bindings) in cases.items():
        rows = len(store.query(text, bindings).rows)  # warm-up
        seconds: list[float] = []
        while len(seconds) < args.runs and sum(seconds) < args.budget:
            started = time.perf_counter()
            store.query(text, bindings)
            seconds.append(time.perf_counter() - started)
        timings[name] = {
            "rows": rows,
            "p50_ms": round(1000 * statistics.median(seconds), 1),
            "p95_ms": round(1000 * percentile(seconds, 0.95), 1),
            "runs": len(seconds),
        }
        print(name, timings[name], file=sys.stderr, flush=True)
    results["queries"] = timings
    store.close()
    results["peak_rss_mb"] = peak_rss_mb()
    results["store_disk_mb"] = round(sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6)
    results["load_average_after"] = os.getloadavg()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
