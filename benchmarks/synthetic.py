"""A synthetic graph shaped like a newsgraph build, written as N-Quads.

The records are made with the real data model and mapped with the real RDF
mapping (:func:`newsgraph.graph.rdf.extraction_quads`), so the vocabulary,
statement nodes, provenance and one-graph-per-document layout are exactly a
build's. Documents mention entities with a Zipf-like popularity (a few
entities are in many articles, most in a few); each statement is typed
(one of the ontology's relations) or open, asserted, negated or hypothetical.

    python benchmarks/synthetic.py --triples 1000000 -o /tmp/synthetic-1m.nq

Deterministic: the same arguments give the same file.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pyoxigraph
from pyoxigraph import RdfFormat

from newsgraph.extract.records import (
    Document,
    DocumentExtraction,
    Entity,
    EntityClass,
    EntityRef,
    Modality,
    Statement,
)
from newsgraph.graph import ontology
from newsgraph.graph.rdf import extraction_quads

CLASSES = [c for c in EntityClass if c is not EntityClass.THING]
SYLLABLES = ("ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dar", "fin", "gor", "hal", "jex", "nor")
OPEN_LEMMAS = ["say", "meet", "visit", "announce", "discuss", "sign", "reject", "plan", "buy", "sell"]
MODALITIES = [Modality.ASSERTED] * 8 + [Modality.NEGATED, Modality.HYPOTHETICAL]
STATEMENTS_PER_DOC = 12


def entity_pool(size: int, rng: random.Random) -> list[EntityRef]:
    """``size`` distinct entities with made-up names, e.g. ``Kalomi Tenvo`` (a Company)."""
    pool, seen = [], set()
    while len(pool) < size:
        name = " ".join(
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
            for _ in range(rng.randint(1, 3))
        )
        if name not in seen:
            seen.add(name)
            pool.append(EntityRef(name, rng.choice(CLASSES)))
    return pool


def document(
    number: int, pool: list[EntityRef], weights: list[float], rng: random.Random
) -> DocumentExtraction:
    """One synthetic article: ~12 statements over ~10 entities, evidence offsets exact."""
    doc_id = f"synthetic-{number:07d}.txt"
    relations = sorted(ontology.relation_names())
    picks = rng.choices(pool, weights=weights, k=STATEMENTS_PER_DOC * 2)
    sentences, spans = [], []
    offset = 0
    for i in range(STATEMENTS_PER_DOC):
        subject, obj = picks[2 * i], picks[2 * i + 1]
        sentence = (
            f"{subject.label} and {obj.label} were in the news on day {rng.randint(1, 28)} of the month."
        )
        sentences.append(sentence)
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    text = " ".join(sentences) + " " + "Background paragraph text. " * 40
    doc = Document.from_text(
        text,
        doc_id=doc_id,
        source=f"corpus/{doc_id}",
        title=f"Synthetic article {number}",
        date=f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        url=f"https://news.example/{number}",
    )
    statements = []
    for i, (start, end) in enumerate(spans):
        typed = rng.random() < 0.8
        statements.append(
            Statement(
                picks[2 * i],
                rng.choice(relations) if typed else None,
                picks[2 * i + 1],
                predicate=rng.choice(OPEN_LEMMAS),
                evidence=text[start:end],
                start=start,
                end=end,
                doc_id=doc_id,
                extractor="rules",
                extractor_version="0.1.0",
                modality=rng.choice(MODALITIES),
                rule="synthetic",
                confidence=round(rng.uniform(0.5, 1.0), 2),
            )
        )
    refs = dict.fromkeys(picks)
    entities = tuple(Entity(ref.label, ref.cls, (ref.label, ref.label.split()[0])) for ref in refs)
    return DocumentExtraction(doc, entities, tuple(statements), "rules", "0.1.0")


def generate(triples: int, output: Path, seed: int = 7, log=print) -> int:
    """Write about ``triples`` quads to ``output``; returns the exact count."""
    rng = random.Random(seed)
    pool = entity_pool(max(1000, triples // 50), rng)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    written, number = 0, 0
    started = time.perf_counter()
    with output.open("wb") as handle:
        while written < triples:
            batch = []
            for _ in range(200):
                batch += extraction_quads(document(number, pool, weights, rng))
                number += 1
            pyoxigraph.serialize(batch, handle, format=RdfFormat.N_QUADS)
            written += len(batch)
    seconds = time.perf_counter() - started
    log(f"{written} quads, {number} documents, {len(pool)} entities -> {output} ({seconds:.0f} s)")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    generate(args.triples, args.output, args.seed, log=lambda m: print(m, file=sys.stderr))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
