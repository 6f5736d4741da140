"""Each token's children, sentence and strings in the document being read, found once per document.

The rules ask for a token's children and sentence many times, and spaCy finds them again on every
``token.children`` and ``token.sent`` (about 3 us each: it walks the tokens out to the sentence's
ends and builds a new ``Span``); it decodes a token's strings (``token.lower_``, ``token.pos_``...)
from its string store on every access too. Each thread holds the table of one document at a time; a
table keyed by documents would keep every document alive, since its tokens refer to their document.

>>> import spacy
>>> doc = spacy.blank("en")("Acme fell. Zenith rose.")
>>> [t.text for t in child_tokens(doc[0])]  # a blank pipeline: no parse, no children
[]
>>> sentence_of(doc[3]).text  # and no sentence boundaries: the whole text is one sentence
'Acme fell. Zenith rose.'
"""

from __future__ import annotations

import functools
import threading
from collections import defaultdict
from dataclasses import dataclass, field

import numpy
from spacy import parts_of_speech
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LENGTH,
    LIKE_URL,
    LOWER,
    ORTH,
    POS,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token


@dataclass
class _Table:
    doc: Doc
    #: each token's head's index (a root's is its own)
    heads: list[int]
    #: the indices of each token's children, for the tokens that have any
    kids: dict[int, list[int]]
    sentences: list[Span]
    #: each token's index in ``sentences``
    sentence_index: list[int]
    #: the tokens, built once (``doc[i]`` builds a new ``Token`` on every call)
    tokens: list[Token]
    #: ``child_tokens`` and ``children_of``, filled as the rules ask
    children: dict[int, tuple[Token, ...]] = field(default_factory=dict)
    labelled: dict[int, tuple[tuple[Token, str], ...]] = field(default_factory=dict)
    #: ``token_strings`` and ``token_flags``, filled as the rules ask
    strings: dict[str, list[str]] = field(default_factory=dict)
    flags: dict[str, list[bool]] = field(default_factory=dict)

    def column(self, attribute: str) -> list[str]:
        """See :func:`token_strings`."""
        found = self.strings.get(attribute)
        if found is None:
            ids = self.doc.to_array(_STRING_ATTRIBUTES[attribute]).tolist()
            found = self.strings[attribute] = list(map(_decoder(self.doc, attribute).__getitem__, ids))
        return found

    def flag_column(self, flag: str) -> list[bool]:
        """See :func:`token_flags`."""
        found = self.flags.get(flag)
        if found is None:
            found = self.flags[flag] = self.doc.to_array(_FLAGS[flag]).astype(bool).tolist()
        return found

    @functools.cached_property
    def text(self) -> str:
        """``doc.text``, joined from the decoded token texts (``doc.text`` builds every token anew)."""
        spaced = self.doc.to_array(SPACY).tolist()
        texts = self.column("text")
        return "".join([text + " " if space else text for text, space in zip(texts, spaced, strict=True)])

    @functools.cached_property
    def bounds(self) -> tuple[list[int], list[int]]:
        """Each token's first character in ``text``, and the character after its last."""
        starts, lengths = self.doc.to_array([IDX, LENGTH]).astype("int64").T
        return starts.tolist(), (starts + lengths).tolist()

    @classmethod
    def of(cls, doc: Doc) -> _Table:
        heads = (doc.to_array(HEAD).astype("int64") + numpy.arange(len(doc))).tolist()
        kids: dict[int, list[int]] = defaultdict(list)
        for i, head in enumerate(heads):
            if head != i:  # the root is its own head
                kids[head].append(i)
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        index = [0] * len(doc)
        for k, sentence in enumerate(sentences):
            index[sentence.start : sentence.end] = [k] * (sentence.end - sentence.start)
        return cls(doc, heads, kids, sentences, index, list(doc))


class _Decoded(dict):
    """The strings of one string store (or of the parts of speech), by id, each decoded once for all
    documents: a string's id is its hash, the same in every document of the vocabulary."""

    def __init__(self, names) -> None:
        super().__init__()
        self.names = names

    def __missing__(self, value: int) -> str:
        found = self[value] = self.names[value]
        return found


#: ``_Decoded`` tables by string store, and one for the parts of speech
_DECODED: dict[int, _Decoded] = {}
_DECODED_POS = _Decoded(parts_of_speech.NAMES)


def _decoder(doc: Doc, attribute: str) -> _Decoded:
    """The ids -> strings table for ``attribute`` of ``doc``: a part of speech by its own names, the
    others by the string store, as spaCy decodes them."""
    if attribute == "pos_":
        return _DECODED_POS
    strings = doc.vocab.strings
    found = _DECODED.get(id(strings))
    if found is None or found.names is not strings:
        found = _DECODED[id(strings)] = _Decoded(strings)
    return found


class DocView:
    """A parsed ``Doc`` whose tokens are built once: ``view[i]`` is a list lookup, where
    ``doc[i]`` builds a new ``Token`` on every call (the rules index documents millions of times).
    Slices and every other attribute are the document's own.

    >>> import spacy
    >>> view = DocView(spacy.blank("en")("Acme fell."))
    >>> view[0] is view[0], view[0:2].text, len(view), view.text
    (True, 'Acme fell', 3, 'Acme fell.')
    """

    __slots__ = ("_ents", "_table", "_tokens", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._table = _table(doc)
        self._tokens = self._table.tokens
        self._ents: tuple[Span, ...] | None = None

    def __getitem__(self, key):
        if key.__class__ is int:
            return self._tokens[key]
        if key.__class__ is slice and key.step is None:  # as ``doc[a:b]``, without its Python checks
            start, stop, _ = key.indices(len(self._tokens))
            return Span(self.doc, start, max(start, stop))
        return self.doc[key]

    def __len__(self) -> int:
        return len(self._tokens)

    def __iter__(self):
        return iter(self._tokens)

    @property
    def text(self) -> str:
        """``doc.text``, built once (spaCy joins the tokens' texts on every access)."""
        return self._table.text

    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, built once (spaCy builds new spans on every access)."""
        if self._ents is None:
            self._ents = self.doc.ents
        return self._ents

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


class _Current(threading.local):
    """The table of the document each thread is reading (a Dask worker may run several)."""

    table: _Table | None = None


_CURRENT = _Current()


def _table(doc: Doc | DocView) -> _Table:
    if doc.__class__ is DocView:
        return doc._table
    table = _CURRENT.table
    if table is None or table.doc is not doc:
        table = _CURRENT.table = _Table.of(doc)
    return table


def child_tokens(token: Token) -> tuple[Token, ...]:
    """``token.children``, in text order, built once."""
    table, i = _table(token.doc), token.i
    found = table.children.get(i)
    if found is None:
        kids = table.kids.get(i)
        tokens = table.tokens
        found = table.children[i] = () if kids is None else tuple([tokens[k] for k in kids])
    return found


def children_of(token: Token) -> tuple[tuple[Token, str], ...]:
    """The children of ``token`` with their dependency labels, in text order, without whitespace
    tokens (a paragraph break is no argument)."""
    table, i = _table(token.doc), token.i
    found = table.labelled.get(i)
    if found is None:
        kids = table.kids.get(i, ())
        tokens, labels, spaces = table.tokens, table.column("dep_"), table.flag_column("is_space")
        found = table.labelled[i] = tuple([(tokens[k], labels[k]) for k in kids if not spaces[k]])
    return found


def head_indices(doc: Doc | DocView) -> list[int]:
    """Each token's head's index (``token.head.i``, without building the head), once per document.

    >>> import spacy
    >>> head_indices(spacy.blank("en")("Acme fell."))  # no parse: every token is its own head
    [0, 1, 2]
    """
    return _table(doc).heads


def sentence_of(item: Token | Span) -> Span:
    """The sentence holding a token, or a span's first token (``item.sent``, built once)."""
    table = _table(item.doc)
    return table.sentences[table.sentence_index[item.i if isinstance(item, Token) else item.start]]


def token_list(doc: Doc | DocView) -> list[Token]:
    """The tokens of a document, built once: ``token_list(doc)[i]`` is ``doc[i]`` at the cost of a
    list lookup.

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme fell.")
    >>> token_list(doc)[1].text, token_list(doc)[1] is token_list(doc)[1]
    ('fell', True)
    """
    return doc._tokens if doc.__class__ is DocView else _table(doc).tokens


def tokens_of(span: Span) -> list[Token]:
    """The tokens of a sentence or other span, built once (iterating a ``Span`` builds them anew).

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme fell sharply.")
    >>> [t.text for t in tokens_of(doc[1:3])], tokens_of(doc[1:3])[0] is tokens_of(doc[0:2])[1]
    (['fell', 'sharply'], True)
    """
    return _table(span.doc).tokens[span.start : span.end]


#: the string attributes ``token_strings`` reads, with the array attribute each is decoded from
_STRING_ATTRIBUTES = {"text": ORTH, "lower_": LOWER, "pos_": POS, "tag_": TAG, "dep_": DEP}


def token_strings(doc: Doc | DocView, attribute: str) -> list[str]:
    """``[token.<attribute> for token in doc]`` for a string attribute: "text", "lower_", "pos_",
    "tag_" or "dep_"; built once per document, each distinct string decoded once.

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme fell. ACME")
    >>> token_strings(doc, "lower_"), token_strings(doc, "text")[3]
    (['acme', 'fell', '.', 'acme'], 'ACME')
    """
    return _table(doc).column(attribute)


#: the boolean attributes ``token_flags`` reads, with the array attribute of each
_FLAGS = {
    "is_alpha": IS_ALPHA,
    "is_lower": IS_LOWER,
    "is_punct": IS_PUNCT,
    "is_space": IS_SPACE,
    "is_title": IS_TITLE,
    "is_upper": IS_UPPER,
    "like_url": LIKE_URL,
}


def token_flags(doc: Doc | DocView, flag: str) -> list[bool]:
    """``[token.<flag> for token in doc]`` for "is_alpha", "is_lower", "is_punct", "is_space",
    "is_title", "is_upper" or "like_url", built once per document.

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme  fell")
    >>> token_flags(doc, "is_lower"), token_flags(doc, "is_space")
    ([False, False, True], [False, True, False])
    """
    return _table(doc).flag_column(flag)


def char_offsets(doc: Doc | DocView, start: int, end: int) -> tuple[int, int]:
    """The characters of tokens ``[start, end)`` for ``start < end``: ``doc[start:end]``'s
    ``start_char`` and ``end_char``, without building the span.

    >>> import spacy
    >>> char_offsets(spacy.blank("en")("Acme  fell , again"), 1, 4)
    (5, 12)
    """
    starts, ends = _table(doc).bounds
    return starts[start], ends[end - 1]


def span_text(doc: Doc | DocView, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start`` and ``end <= len(doc)``, without building the span
    (a ``Span`` builds two tokens to find its characters).

    >>> import spacy
    >>> doc = spacy.blank("en")("Acme  fell , again")
    >>> [span_text(doc, a, b) == doc[a:b].text for a, b in ((0, 2), (1, 4), (2, 2), (3, 1))]
    [True, True, True, True]
    """
    if end <= start:
        return ""
    table = _table(doc)
    starts, ends = table.bounds
    return table.text[starts[start] : ends[end - 1]]


def sentences_of(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once."""
    return _table(doc).sentences


def sentence_numbers(doc: Doc) -> list[int]:
    """Each token's index in :func:`sentences_of`."""
    return _table(doc).sentence_index


def modifies_noun(doc: Doc, end: int, limit: int | None = None) -> bool:
    """Whether the name ending before ``end`` modifies the common noun after it ("the Acme mayor",
    "the Ebola outbreak"); ``limit`` is where the sentence ends.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Acme mayor")
    >>> doc[2].pos_ = "NOUN"
    >>> modifies_noun(doc, 2), modifies_noun(doc, 3)
    (True, False)
    """
    limit = len(doc) if limit is None else limit
    return end < limit and doc[end].is_lower and doc[end].pos_ == "NOUN"
