"""Hand-parsed sentences for the rules tests: spaCy Docs built from CoNLL-like lines.

The rules are tested on sentences written for the tests, with the parse
written by hand (Universal Dependencies), so that a test checks the rule and
not the statistical parser. Each line is ``word POS DEP HEAD [lemma] [TAG]``
with HEAD the 1-based index of the head (0 for the root), as in CoNLL-U.
Entities are given as ``(first word index, last word index + 1, label)``
(0-based, like spaCy spans).

>>> doc = parse('''
... Acme PROPN nsubj 2
... sells VERB ROOT 0 sell
... phones NOUN obj 2 phone
... ''', ents=[(0, 1, "ORG")])
>>> [(t.text, t.dep_, t.head.text) for t in doc]
[('Acme', 'nsubj', 'sells'), ('sells', 'ROOT', 'sells'), ('phones', 'obj', 'sells')]
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.records import Document

DEFAULT_TAGS = {
    "PROPN": "NNP",
    "NOUN": "NN",
    "VERB": "VBD",
    "PRON": "PRP",
    "ADJ": "JJ",
    "DET": "DT",
    "ADP": "IN",
    "AUX": "VBZ",
    "PART": "RB",
    "CCONJ": "CC",
    "PUNCT": ".",
    "NUM": "CD",
    "ADV": "RB",
    "SCONJ": "IN",
}
_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_title...)


def parse(conll: str, ents: list[tuple[int, int, str]] = ()) -> Doc:
    """A Doc from hand-written lines (see the module docstring)."""
    words, pos, deps, heads, lemmas, tags, spaces = [], [], [], [], [], [], []
    for line in conll.strip().splitlines():
        parts = line.split()
        word, tag_pos, dep, head = parts[0], parts[1], parts[2], int(parts[3])
        words.append(word)
        pos.append(tag_pos)
        deps.append(dep)
        heads.append(head - 1 if head else len(words) - 1)
        lemmas.append(parts[4] if len(parts) > 4 else word.lower())
        tags.append(parts[5] if len(parts) > 5 else DEFAULT_TAGS.get(tag_pos, "XX"))
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        spaces.append(
            bool(following)
            and following not in (".", ",", "'s", "’s", ")", "n't", ":", "?")
            and word not in ("(", "-", "#")
            and following != "-"
        )
    doc = Doc(_VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, tags=tags)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def extract(doc: Doc, doc_id: str = "test.txt"):
    """Run the rules extractor on a hand-parsed Doc; returns the DocumentExtraction."""
    from newsgraph.extract.rules import RulesExtractor

    return RulesExtractor().extract_parsed(doc, Document.from_text(doc.text, doc_id=doc_id))


def triples(doc: Doc) -> set[tuple[str, str | None, str, str]]:
    """``(subject, relation, object, modality)`` of every statement extracted from ``doc``."""
    return {(s.subject.label, s.relation, s.object.label, s.modality.value) for s in extract(doc).statements}
