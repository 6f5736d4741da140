"""Score extracted statements against gold triples (``shared/spec/relations.md``).

A predicted triple matches a gold triple when the relation is the same, the
subject's and object's labels each match the ``name`` or an ``alias`` of the
gold entities (after :func:`fold`), and the modality is the same (``strict``).
The same counts are also given ignoring modality (``no_modality``) and ignoring
the relation (``pair``: the entity pair only). ``allyOf``, ``competesWith`` and
``mergesWith`` are symmetric and match in either direction. Open triples
(``relation is None``) are not scored. Counts are micro-averaged: true
positives, false positives and false negatives are summed over documents.

>>> gold = GoldDocument.from_json({"doc": "a.txt",
...     "entities": [{"id": "acme", "name": "Acme Inc", "class": "Company", "aliases": ["Acme"]},
...                  {"id": "fr", "name": "France", "class": "Country", "aliases": ["France"]}],
...     "triples": [{"s": "fr", "p": "bans", "o": "acme", "modality": "asserted", "evidence": "x"}]})
>>> pred = [PredictedTriple("FRANCE", "bans", "acme", "hypothetical")]
>>> score = score_document(gold, pred)
>>> score.levels["strict"].tp, score.levels["no_modality"].tp, score.levels["pair"].tp
(0, 1, 1)
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import Statement

__all__ = [
    "LEVELS",
    "SYMMETRIC_RELATIONS",
    "Counts",
    "GoldDocument",
    "PredictedTriple",
    "Score",
    "fold",
    "format_table",
    "load_gold_dir",
    "render",
    "score_corpus",
    "score_document",
    "score_to_json",
    "triple_key",
]

LEVELS = ("strict", "no_modality", "pair")
SYMMETRIC_RELATIONS = frozenset({"allyOf", "competesWith", "mergesWith"})


def fold(label: str) -> str:
    """Fold case and punctuation: ``fold("the U.S.")`` is ``"the us"``.

    >>> fold("Belgium’s  Cyber-Security agency")
    'belgiums cybersecurity agency'
    """
    kept = "".join(
        ch for ch in unicodedata.normalize("NFKC", label) if not unicodedata.category(ch).startswith("P")
    )
    return " ".join(kept.casefold().split())


@dataclass(frozen=True)
class PredictedTriple:
    """A predicted triple as the scorer sees it: labels, relation, modality."""

    s: str
    p: str
    o: str
    modality: str = "asserted"

    @classmethod
    def from_statement(cls, statement: Statement) -> PredictedTriple:
        return cls(
            statement.subject.label,
            statement.relation or "",
            statement.object.label,
            statement.modality.value,
        )


@dataclass(frozen=True)
class GoldTriple:
    s: str
    p: str
    o: str
    modality: str


@dataclass
class GoldDocument:
    """One gold file: entities (id -> folded aliases) and triples."""

    doc: str
    aliases: dict[str, frozenset[str]]
    triples: list[GoldTriple]

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: str = "<gold>") -> GoldDocument:
        try:
            aliases = {
                e["id"]: frozenset(fold(a) for a in [e["name"], *e.get("aliases", ())])
                for e in data["entities"]
            }
            triples = [
                GoldTriple(t["s"], t["p"], t["o"], t.get("modality", "asserted")) for t in data["triples"]
            ]
            return cls(str(data["doc"]), aliases, triples)
        except (KeyError, TypeError) as exc:
            raise NewsgraphError(
                "E040",
                f"gold file {where} lacks a required field ({exc})",
                "see shared/spec/relations.md, 'Gold file format'",
            ) from None

    def entity_ids(self, label: str) -> frozenset[str]:
        """Gold entities whose name or an alias folds to the same string as ``label``."""
        folded = fold(label)
        return frozenset(eid for eid, names in self.aliases.items() if folded in names)


def load_gold_dir(path: str | Path) -> dict[str, GoldDocument]:
    """Read every ``*.json`` gold file of a folder, keyed by its ``doc`` field."""
    folder = Path(path)
    if not folder.is_dir():
        raise NewsgraphError(
            "E041",
            f"gold folder {str(folder)!r} does not exist",
            "pass the folder that holds one JSON gold file per document",
        )
    gold: dict[str, GoldDocument] = {}
    for file in sorted(folder.glob("*.json")):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise NewsgraphError(
                "E042",
                f"cannot read gold file {str(file)!r}: {exc}",
                "fix the file or remove it from the folder",
            ) from None
        document = GoldDocument.from_json(data, where=str(file))
        gold[document.doc] = document
    if not gold:
        raise NewsgraphError(
            "E041",
            f"no *.json gold files in {str(folder)!r}",
            "pass the folder that holds one JSON gold file per document",
        )
    return gold


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    """Counts per level, and per relation (strict and no_modality) for one or many documents."""

    levels: dict[str, Counts] = field(default_factory=lambda: {level: Counts() for level in LEVELS})
    per_relation: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def __iadd__(self, other: Score) -> Score:
        for level, counts in other.levels.items():
            self.levels[level] += counts
        for relation, levels in other.per_relation.items():
            mine = self.per_relation.setdefault(relation, {lv: Counts() for lv in LEVELS[:2]})
            for level, counts in levels.items():
                mine[level] += counts
        return self


def triple_key(level: str, s: str, p: str, o: str, modality: str) -> tuple[str, ...]:
    """A triple as ``level`` compares it (a symmetric relation's pair in one order).

    >>> triple_key("strict", "zen", "competesWith", "acme", "asserted")
    ('acme', 'competesWith', 'zen', 'asserted')
    """
    if p in SYMMETRIC_RELATIONS and o < s:
        s, o = o, s
    if level == "strict":
        return (s, p, o, modality)
    if level == "no_modality":
        return (s, p, o)
    return (s, o)


def _match(gold_keys: set[tuple[str, ...]], predicted: Iterable[frozenset[tuple[str, ...]]]) -> Counts:
    """Greedy one-to-one matching; each predicted item is the set of keys it may stand for."""
    matched: set[tuple[str, ...]] = set()
    counts = Counts()
    for candidates in sorted(set(predicted), key=lambda keys: sorted(keys)):
        hit = sorted(candidates & (gold_keys - matched))
        if hit:
            matched.add(hit[0])
            counts.tp += 1
        elif not candidates & matched:  # a second label for an entity already matched is no error
            counts.fp += 1
    counts.fn = len(gold_keys - matched)
    return counts


def score_document(gold: GoldDocument, predicted: Iterable[PredictedTriple]) -> Score:
    """Score one document's predicted triples (open triples are skipped)."""
    typed = [t for t in predicted if t.p]
    candidates: list[tuple[PredictedTriple, list[str], list[str]]] = []
    for triple in typed:
        s_ids = sorted(gold.entity_ids(triple.s)) or [f"?{fold(triple.s)}"]
        o_ids = sorted(gold.entity_ids(triple.o)) or [f"?{fold(triple.o)}"]
        candidates.append((triple, s_ids, o_ids))

    def run(level: str, relation: str | None = None) -> Counts:
        gold_keys = {
            triple_key(level, g.s, g.p, g.o, g.modality)
            for g in gold.triples
            if relation is None or g.p == relation
        }
        items = [
            frozenset(triple_key(level, s, t.p, o, t.modality) for s in s_ids for o in o_ids)
            for t, s_ids, o_ids in candidates
            if relation is None or t.p == relation
        ]
        return _match(gold_keys, items)

    score = Score()
    for level in LEVELS:
        score.levels[level] = run(level)
    for relation in {g.p for g in gold.triples} | {t.p for t in typed}:
        score.per_relation[relation] = {level: run(level, relation) for level in LEVELS[:2]}
    return score


def score_corpus(pairs: Iterable[tuple[GoldDocument, Iterable[PredictedTriple]]]) -> Score:
    """Micro-averaged score over ``(gold, predicted)`` pairs, one per document."""
    total = Score()
    for gold, predicted in pairs:
        total += score_document(gold, predicted)
    return total


def _row(name: str, counts: Counts) -> str:
    return (
        f"{name:<16} {counts.tp:>4} {counts.fp:>4} {counts.fn:>4}"
        f" {counts.precision:>6.3f} {counts.recall:>6.3f} {counts.f1:>6.3f}"
    )


def format_table(score: Score) -> str:
    """A plain-text table: one row per level, then one per relation (strict | no modality)."""
    header = f"{'':<16} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    lines = [
        header,
        *(_row(level, score.levels[level]) for level in LEVELS),
        "",
        f"{'relation':<16} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
        f"   {'F1 ignoring modality':>20}",
    ]
    for relation in sorted(score.per_relation):
        levels = score.per_relation[relation]
        lines.append(f"{_row(relation, levels['strict'])}   {levels['no_modality'].f1:>20.3f}")
    return "\n".join(lines)


def render(score: Score, fmt: str = "table") -> str:
    """The score as ``fmt``: ``"table"`` (:func:`format_table`) or ``"json"`` (:func:`score_to_json`)."""
    return json.dumps(score_to_json(score), indent=2) if fmt == "json" else format_table(score)


def score_to_json(score: Score) -> dict[str, Any]:
    """The score as plain JSON-able data."""
    return {
        "levels": {level: counts.as_dict() for level, counts in score.levels.items()},
        "per_relation": {
            rel: {lv: c.as_dict() for lv, c in levels.items()}
            for rel, levels in sorted(score.per_relation.items())
        },
    }
