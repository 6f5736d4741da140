"""Convert the open corpora into spaCy DocBin files for training.

Two readers, one writer:

* :func:`read_conllu` reads UD CoNLL-U with an ``NE=`` tag in MISC (GUM, EWT,
  PUD from ``ud-english``) into :class:`Sentence` objects with full syntax;
* :func:`read_iob` reads the ``token<TAB>tag[<TAB>source_tag]`` files of
  ``ner-extra`` into NER-only sentences;
* :func:`sentences_to_docs` groups consecutive sentences of one document into
  training docs of ``group`` sentences, so the parser learns where sentences end.

NER tags are harmonised to :data:`LABELS`. Everything the label set cannot
say (``OTH``, ``MISC``, ``EVENT``, ``PRODUCT``, the ``-`` tag, sentences marked
``# ner = missing``) becomes *missing* (``None``), never ``O``: the model gets
no gradient there instead of learning that a name is not a name. ``LOC`` spans
whose text is a country name (``gpe_countries.txt``) become ``GPE``.

>>> s = next(read_iob("# sent_id = a-1\\nPeter\\tB-PER\\nslept\\tO\\n"))
>>> s.ner
['B-PERSON', 'O']

Run ``python training/convert.py --help`` for the command line.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO.parent / "shared" / "corpora"

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")

# Source label -> model label ("O" = outside); a label that is not a key here is *missing*.
LABEL_MAP = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
}

_SENT_ID = re.compile(r"^(?P<doc>.+?)[-_](?:s)?\d+$")


@dataclass
class Sentence:
    """One sentence; syntax lists are ``None`` for NER-only data.

    ``heads`` are 0-based indices within the sentence (a root points to
    itself); ``ner`` holds IOB2 tags, ``None`` for a missing tag.
    """

    sent_id: str
    doc_id: str
    words: list[str]
    spaces: list[bool]
    ner: list[str | None] | None = None
    tags: list[str] | None = None
    pos: list[str] | None = None
    morphs: list[str] | None = None
    lemmas: list[str] | None = None
    heads: list[int] | None = None
    deps: list[str] | None = None
    comments: dict[str, str] = field(default_factory=dict)


def doc_id_from_sent_id(sent_id: str) -> str:
    """The document part of a sentence id.

    >>> doc_id_from_sent_id("GUM_news_iodine-12")
    'GUM_news_iodine'
    >>> doc_id_from_sent_id("wikigold-d003-s007")
    'wikigold-d003'
    """
    match = _SENT_ID.match(sent_id)
    return match.group("doc") if match else sent_id


def load_gazetteer(path: Path) -> frozenset[str]:
    """One name per line; blank lines and ``#`` comments are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def harmonise(
    words: list[str], tags: list[str], gazetteer: frozenset[str] = frozenset()
) -> list[str | None]:
    """Map source IOB2 tags to :data:`LABELS`; unknown classes become missing.

    ``-`` (and ``None``) is missing; an ``I-`` without a matching opener starts a
    span. A ``LOC`` span whose text is in ``gazetteer`` becomes ``GPE``.

    >>> harmonise(["in", "Peru", "and", "Lima"], ["O", "B-LOC", "O", "B-LOC"], frozenset({"Peru"}))
    ['O', 'B-GPE', 'O', 'B-LOC']
    >>> harmonise(["American", "forces"], ["B-OTH", "O"])
    [None, 'O']
    """
    out: list[str | None] = []
    spans: list[tuple[int, int, str]] = []  # start, end, source label
    for i, tag in enumerate(tags):
        if tag is None or tag == "-":
            out.append(None)
            continue
        if tag == "O":
            out.append("O")
            continue
        prefix, _, label = tag.partition("-")
        continuing = (
            prefix == "I" and spans and spans[-1][1] == i and spans[-1][2] == label and out[-1] is not None
        )
        if continuing:
            spans[-1] = (spans[-1][0], i + 1, label)
        else:
            spans.append((i, i + 1, label))
        out.append("")  # filled below
    for start, end, source in spans:
        label = LABEL_MAP.get(source)
        if label == "LOC" and " ".join(words[start:end]) in gazetteer:
            label = "GPE"
        for i in range(start, end):
            if label is None or label == "O":
                out[i] = label
            else:
                out[i] = ("B-" if i == start else "I-") + label
    return out


def _misc(value: str) -> dict[str, str]:
    if value == "_":
        return {}
    return dict(item.split("=", 1) if "=" in item else (item, "") for item in value.split("|"))


def read_conllu(
    lines: Iterable[str] | str, gazetteer: frozenset[str] = frozenset()
) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U text (or iterable of lines).

    Tokens are the syntactic words: a multiword token such as *don't* becomes
    *do* + *n't*, with no space between them (spaCy's English tokenizer splits
    the same way). Empty nodes (``8.1``) are skipped. The document of a
    sentence is the last ``# newdoc id``; in a file without any, the prefix of
    its ``sent_id``.
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    doc_id, seen_newdoc = "", False
    comments: dict[str, str] = {}
    rows: list[list[str]] = []
    for raw in [*lines, ""]:
        line = raw.rstrip("\n")
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key, value = key.strip(), value.strip()
            if key == "newdoc id":
                doc_id, seen_newdoc = value, True
            comments[key] = value
            continue
        if line.strip():
            rows.append(line.split("\t"))
            continue
        if rows:
            sent_id = comments.get("sent_id", "")
            if not seen_newdoc:
                doc_id = doc_id_from_sent_id(sent_id)
            yield _conllu_sentence(rows, sent_id, doc_id, comments, gazetteer)
        rows, comments = [], {}


def _conllu_sentence(
    rows: list[list[str]], sent_id: str, doc_id: str, comments: dict[str, str], gazetteer: frozenset[str]
) -> Sentence:
    words: list[str] = []
    spaces: list[bool] = []
    tags, pos, morphs, lemmas, heads, deps, ner = [], [], [], [], [], [], []
    mwt_end, mwt_space = 0, True
    ids: list[int] = []
    for cols in rows:
        if len(cols) != 10:
            raise ValueError(f"sentence {sent_id!r}: expected 10 columns, got {len(cols)}: {cols!r}")
        tid = cols[0]
        if "." in tid:
            continue  # empty node of the enhanced graph
        if "-" in tid:
            mwt_end, mwt_space = int(tid.split("-")[1]), "SpaceAfter=No" not in cols[9]
            continue
        index = int(tid)
        misc = _misc(cols[9])
        if index < mwt_end:
            space = False
        elif index == mwt_end:
            space = mwt_space
        else:
            space = misc.get("SpaceAfter") != "No"
        ids.append(index)
        words.append(cols[1])
        spaces.append(space)
        lemmas.append(cols[2] if cols[2] != "_" or cols[1] == "_" else "")
        pos.append(cols[3] if cols[3] != "_" else "")
        tags.append(cols[4] if cols[4] != "_" else "")
        morphs.append(cols[5] if cols[5] != "_" else "")
        heads.append(int(cols[6]))
        deps.append("ROOT" if cols[7] == "root" else cols[7])
        ner.append(misc.get("NE", "O"))
    position = {index: i for i, index in enumerate(ids)}
    heads = [i if head == 0 else position[head] for i, head in enumerate(heads)]
    if comments.get("ner") == "missing":
        ner_tags: list[str | None] = [None] * len(words)
    else:
        ner_tags = harmonise(words, ner, gazetteer)
    return Sentence(sent_id, doc_id, words, spaces, ner_tags, tags, pos, morphs, lemmas, heads, deps,
                    comments)


def read_iob(
    lines: Iterable[str] | str, gazetteer: frozenset[str] = frozenset(), source: str = ""
) -> Iterator[Sentence]:
    """NER-only sentences of an IOB2 file: ``token<TAB>tag[<TAB>source_tag]``.

    Comments start with ``# `` (a token may be a literal ``#``). Spaces are
    unknown, so every token is followed by one.
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    doc_id, seen_newdoc = "", False
    comments: dict[str, str] = {}
    words: list[str] = []
    tags: list[str] = []
    count = 0
    for raw in [*lines, ""]:
        line = raw.rstrip("\n")
        if line.startswith("# ") and not words:
            key, _, value = line[2:].partition("=")
            comments[key.strip()] = value.strip()
            if key.strip() == "newdoc id":
                doc_id, seen_newdoc = value.strip(), True
            continue
        if line.strip():
            cols = line.split("\t")
            if len(cols) < 2:
                raise ValueError(f"{source or 'iob'}: line {line!r} has no tag column")
            words.append(cols[0])
            tags.append(cols[1])
            continue
        if words:
            count += 1
            sent_id = comments.get("sent_id", f"{source}-{count}")
            if not seen_newdoc:
                doc_id = doc_id_from_sent_id(sent_id)
            yield Sentence(sent_id, doc_id, words, [True] * len(words), harmonise(words, tags, gazetteer),
                           comments=comments)
        words, tags, comments = [], [], {}


def sentences_to_docs(vocab: Vocab, sentences: Iterable[Sentence], group: int = 10) -> Iterator[Doc]:
    """Training docs of up to ``group`` consecutive sentences of one document.

    Sentences with syntax get gold sentence starts and heads; NER-only ones
    leave both unset (missing), so the parser learns nothing from them.
    """
    chunk: list[Sentence] = []
    for sentence in sentences:
        if chunk and (len(chunk) >= group or sentence.doc_id != chunk[0].doc_id):
            yield _make_doc(vocab, chunk)
            chunk = []
        chunk.append(sentence)
    if chunk:
        yield _make_doc(vocab, chunk)


def _make_doc(vocab: Vocab, chunk: list[Sentence]) -> Doc:
    words = [w for s in chunk for w in s.words]
    spaces = [sp for s in chunk for sp in s.spaces]
    spaces[-1] = False
    ner = [t for s in chunk for t in (s.ner or [None] * len(s.words))]
    kwargs = {}
    if chunk[0].heads is not None:
        offsets = []
        total = 0
        for s in chunk:
            offsets.append(total)
            total += len(s.words)
        kwargs = {
            "tags": [t for s in chunk for t in s.tags],
            "pos": [t for s in chunk for t in s.pos],
            "morphs": [t for s in chunk for t in s.morphs],
            "lemmas": [t for s in chunk for t in s.lemmas],
            "heads": [h + off for s, off in zip(chunk, offsets, strict=True) for h in s.heads],
            "deps": [d for s in chunk for d in s.deps],
            "sent_starts": [i == 0 for s in chunk for i in range(len(s.words))],
        }
    doc = Doc(vocab, words=words, spaces=spaces, ents=ner, **kwargs)
    doc.user_data["doc_id"] = chunk[0].doc_id
    return doc


def gum_commercial_documents(tsv: Path) -> frozenset[str]:
    """GUM document ids whose text licence allows commercial use."""
    with tsv.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["doc_id"] for row in csv.DictReader(handle, delimiter="\t")
                         if row["commercial_ok"].strip().lower() == "yes")


# name -> list of (kind, relative path); kinds: conllu, gum (commercial only), iob
CORPORA: dict[str, list[tuple[str, str]]] = {
    "train": [
        ("conllu", "ud-english/en_ewt-train.ner.conllu"),
        ("gum", "ud-english/en_gum-train.ner.conllu"),
        ("iob", "ner-extra/crossner/train.iob"),
        ("iob", "ner-extra/crossner/dev.iob"),
        ("iob", "ner-extra/crossner/test.iob"),
        ("iob", "ner-extra/re3d/train.iob"),
        ("iob", "ner-extra/re3d/dev.iob"),
        ("iob", "ner-extra/wikigold/train.iob"),
        ("iob", "ner-extra/wikigold/dev.iob"),
    ],
    "dev": [
        ("conllu", "ud-english/en_ewt-dev.ner.conllu"),
        ("gum", "ud-english/en_gum-dev.ner.conllu"),
    ],
    "pud-test": [("conllu", "ud-english/en_pud-test.ner.conllu")],
    "gum-test": [("gum", "ud-english/en_gum-test.ner.conllu")],
    "ewt-test": [("conllu", "ud-english/en_ewt-test.ner.conllu")],
}


def read_source(
    kind: str, path: Path, gazetteer: frozenset[str], commercial: frozenset[str]
) -> Iterator[Sentence]:
    """Sentences of one corpus file; ``gum`` keeps only commercial-ok documents."""
    with path.open(encoding="utf-8") as handle:
        if kind == "iob":
            yield from read_iob(handle, gazetteer, source=path.stem)
            return
        for sentence in read_conllu(handle, gazetteer):
            if kind == "conllu" or sentence.doc_id in commercial:
                yield sentence


def convert(corpora: Path, out_dir: Path, names: Iterable[str], group: int = 10) -> dict[str, dict[str, int]]:
    """Write ``<out_dir>/<name>.spacy`` for each corpus name; returns counts."""
    gazetteer = load_gazetteer(corpora / "ner-extra" / "gpe_countries.txt")
    commercial = gum_commercial_documents(corpora / "ud-english" / "en_gum-documents.tsv")
    out_dir.mkdir(parents=True, exist_ok=True)
    stats: dict[str, dict[str, int]] = {}
    vocab = Vocab()
    for name in names:
        doc_bin = DocBin(store_user_data=False)
        counts = {"docs": 0, "sentences": 0, "words": 0}
        for kind, rel in CORPORA[name]:
            sentences = list(read_source(kind, corpora / rel, gazetteer, commercial))
            counts["sentences"] += len(sentences)
            counts["words"] += sum(len(s.words) for s in sentences)
            for doc in sentences_to_docs(vocab, sentences, group):
                doc_bin.add(doc)
                counts["docs"] += 1
        doc_bin.to_disk(out_dir / f"{name}.spacy")
        stats[name] = counts
        print(f"{name}: {counts}", file=sys.stderr)
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help="folder with ud-english/ and ner-extra/ (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=REPO / "training" / "corpus")
    parser.add_argument("--group", type=int, default=10, help="sentences per training doc")
    parser.add_argument("--outside", default="", metavar="LABELS",
                        help="comma-separated source classes to train as O, not missing (e.g. EVENT,PRODUCT)")
    parser.add_argument("names", nargs="*", default=list(CORPORA), help=f"corpora to build: {list(CORPORA)}")
    args = parser.parse_args(argv)
    unknown = set(args.names) - set(CORPORA)
    if unknown:
        parser.error(f"unknown corpus {sorted(unknown)}; choose from {list(CORPORA)}")
    LABEL_MAP.update(dict.fromkeys(filter(None, args.outside.split(",")), "O"))
    convert(args.corpora, args.out, args.names, args.group)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
