"""The ``rules`` extractor: spaCy parse + lexicon-driven rules (registered as "rules").

For each document: named mentions and their classes (:mod:`.entities`), one
entity per referent (:mod:`.coref`), relations from the dependency structure
through the trigger lexicon (:mod:`.relations`) with modality and attribution
(:mod:`.modality`). Documents are parsed with ``nlp.pipe`` in batches.

>>> from newsgraph.extract.registry import get_extractor
>>> extractor = get_extractor("rules")          # doctest: +SKIP
>>> [x.statements for x in extractor.extract(docs)]  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.tokens import Doc

from newsgraph.extract.coref import build_entities
from newsgraph.extract.depscheme import DepScheme, detect
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.records import Document, DocumentExtraction, Statement
from newsgraph.extract.registry import register_extractor
from newsgraph.extract.relations import Found, RelationFinder
from newsgraph.extract.tokens import DocView

__all__ = ["PIECE_CHARACTERS", "RulesExtractor", "pieces"]


_SENTENCE_END = frozenset({".", "!", "?", ":", ";", "…"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]"})
# no-break, en/em/thin/hair, narrow no-break, medium mathematical and ideographic spaces
_PLAIN_SPACES = {c: " " for c in (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}


def _may_open_sentence(texts: list[str], text_with_ws: list[str], i: int) -> bool:
    """Whether the parser may start a sentence at token ``i`` of a document whose token texts are
    ``texts`` (``text_with_ws`` with their trailing whitespace): only after a full stop, a question
    or exclamation mark, a colon or semicolon (possibly followed by a closing quote or bracket), or
    a line break. A small parser otherwise splits inside long noun phrases ("Jane
    Roe, | Acme's CEO, said") and the rules lose the link between a name and its title.

    >>> import spacy
    >>> doc = spacy.blank("en")("Jane Roe, the CEO, said so. Acme agreed")
    >>> texts, with_ws = [t.text for t in doc], [t.text_with_ws for t in doc]
    >>> [_may_open_sentence(texts, with_ws, i) for i in (3, 9)]
    [False, True]
    """
    j = i - 1
    while j >= 0 and texts[j] in _CLOSERS:
        j -= 1
    if j < 0:
        return True
    previous = texts[j]
    return (
        previous in _SENTENCE_END or previous.endswith(".") or "\n" in text_with_ws[j] or previous.isspace()
    )


#: documents longer than this many characters are parsed in pieces of about this size
PIECE_CHARACTERS = 5_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n\s*")


def pieces(text: str, size: int = PIECE_CHARACTERS) -> list[str]:
    r"""``text`` cut after paragraph breaks into pieces of at most ``size`` characters where the
    paragraphs allow (a longer paragraph is a piece of its own); joined, they are ``text``.

    >>> pieces("One.\n\nTwo.\n\nThree.", size=8)
    ['One.\n\n', 'Two.\n\n', 'Three.']
    """
    if len(text) <= size:
        return [text]
    cuts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.end() < len(text)] + [len(text)]
    found: list[str] = []
    start = previous = 0  # previous: the last cut seen, where the current piece may end
    for cut in cuts:
        if cut - start > size and previous > start:
            found.append(text[start:previous])
            start = previous
        if cut - start > size:  # one paragraph longer than size: a piece of its own
            found.append(text[start:cut])
            start = cut
        previous = cut
    if start < len(text):
        found.append(text[start:])
    return found


@register_extractor("rules")
class RulesExtractor:
    """Rule-based extraction of typed triples (see ``shared/spec/relations.md``).

    Config: ``model`` (a spaCy pipeline name or path; None for the bundled one),
    ``batch_size`` (documents per ``nlp.pipe`` batch, default 16), ``open_triples``
    (emit untyped triples for verbs outside the lexicon, default True).
    """

    name = "rules"
    version = "0.1.0"

    def __init__(
        self, model: str | None = None, batch_size: int = 16, open_triples: bool = True, **config: Any
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self.open_triples = open_triples
        self._nlp = None
        self._scheme: DepScheme | None = None

    @property
    def nlp(self):
        if self._nlp is None:
            from newsgraph.extract.nlp import load_pipeline

            self._nlp = load_pipeline(self.model)
            self._scheme = detect(self._nlp)
        return self._nlp

    def extract(self, documents: Iterable[Document]) -> Iterator[DocumentExtraction]:
        """One :class:`DocumentExtraction` per document, in input order."""
        for doc, document in self.parse(documents):
            yield self.extract_parsed(doc, document)

    def parse(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        """Each document with its spaCy ``Doc``, in input order.

        A long document is parsed in pieces cut at paragraph breaks (:func:`pieces`), then joined
        into one ``Doc``: the parser's memory grows with the longest text in a batch (about 350 MB
        for a 100,000-character article), so this bounds it whatever the document's length.
        """
        nlp = self.nlp

        def parts() -> Iterator[tuple[Doc, tuple[Document, bool]]]:
            for document in documents:
                if len(document.text) > nlp.max_length:  # as spaCy itself refuses a long text
                    raise ValueError(Errors.E088.format(length=len(document.text), max_length=nlp.max_length))
                texts = pieces(document.text)
                for k, text in enumerate(texts):
                    yield self._tokenized(text), (document, k == len(texts) - 1)

        parsed: list[Doc] = []
        for doc, (document, last) in nlp.pipe(parts(), as_tuples=True, batch_size=self.batch_size):
            parsed.append(doc)
            if last:
                whole = parsed[0] if len(parsed) == 1 else Doc.from_docs(parsed, ensure_whitespace=False)
                parsed = []
                yield whole, document

    def _tokenized(self, text: str):
        """The tokens of ``text``, a blank line being a sentence of its own: a headline or a paragraph
        never runs on into the next one (the parser keeps boundaries set before it). A single line
        break may wrap a sentence, so it is left to the parser. Non-breaking and other Unicode
        spaces are read as plain spaces (the stored text keeps them; offsets do not move): the
        tokenizer would make each one a token, and the parser give it a role in the sentence."""
        doc = self.nlp.make_doc(text.translate(_PLAIN_SPACES))
        tokens = list(doc)  # plain lists: a spaCy Token is built on every doc[i] and every iteration
        texts = [token.text for token in tokens]
        with_ws = [token.text_with_ws for token in tokens]
        starts = [None if s == 0 else s == 1 for s in doc.to_array(SENT_START).astype("int64")]
        for i in range(1, len(doc)):
            if texts[i].isspace() and "\n\n" in texts[i]:
                starts[i] = True
                if i + 1 < len(doc):
                    starts[i + 1] = True
                if i + 2 < len(doc) and not texts[i + 2].isspace():
                    starts[i + 2] = False  # no one-word sentence at a paragraph start
            elif "\n\n" in with_ws[i - 1]:
                starts[i] = True
            elif starts[i] is None and not _may_open_sentence(texts, with_ws, i):
                starts[i] = False
        # One array write: Token.is_sent_start's setter scans the whole document for a parse on
        # every call, which made this loop quadratic in the document's length.
        values = numpy.array([0 if s is None else (1 if s else -1) for s in starts], dtype="int64")
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))  # -1 wraps, as in to_array
        return doc

    def extract_parsed(self, doc, document: Document) -> DocumentExtraction:
        """Extraction from an already parsed spaCy ``Doc`` of ``document``."""
        lex = lexicon()
        scheme = self._scheme or DepScheme.from_labels(token.dep_ for token in doc)
        doc = DocView(doc)  # the rules index the document millions of times: tokens built once
        mentions = find_mentions(doc, scheme, lex)
        table = build_entities(doc, mentions, scheme, lex)
        found = RelationFinder(table, scheme, lex).find()
        statements: dict[tuple, Statement] = {}
        for item in found:
            if item.relation is None and not self.open_triples:
                continue
            statement = self._statement(item, table, document)
            key = (
                statement.subject,
                statement.relation,
                statement.object,
                statement.modality,
                statement.predicate if statement.relation is None else "",
            )
            if key not in statements or statements[key].confidence < statement.confidence:
                statements[key] = statement
        used = {e for st in statements.values() for e in (st.subject, st.object)}
        entities = tuple(e for e in table.to_records(document.text) if e.ref in used or e.mentions)
        return DocumentExtraction(document, entities, tuple(statements.values()), self.name, self.version)

    def _statement(self, item: Found, table, document: Document) -> Statement:
        sentence = item.sentence
        start, end = sentence.start_char, sentence.end_char
        text = document.text[start:end]
        stripped = text.rstrip()
        end -= len(text) - len(stripped)
        lead = len(stripped) - len(stripped.lstrip())
        attributed = None
        if item.speaker is not None and item.speaker not in (item.subject, item.object):
            attributed = table.clusters[item.speaker]
        from newsgraph.extract.records import EntityRef

        return Statement(
            subject=EntityRef(table.label(item.subject), table.cls(item.subject)),
            relation=item.relation,
            object=EntityRef(table.label(item.object), table.cls(item.object)),
            predicate=item.predicate,
            evidence=document.text[start + lead : end],
            start=start + lead,
            end=end,
            doc_id=document.id,
            extractor=self.name,
            extractor_version=self.version,
            modality=item.modality,
            rule=item.rule,
            confidence=item.confidence,
            attributed_to=EntityRef(attributed.label(), attributed.cls) if attributed is not None else None,
        )
