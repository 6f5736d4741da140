"""Named mentions and their classes.

Mentions come from three sources, so that a name the NER missed or mistyped
is still found:

* the pipeline's named entities (PERSON, ORG, GPE, LOC, FAC, PRODUCT...);
* proper-noun chunks of the parse: runs of PROPN tokens, joined over "of",
  "on", "for", "&" and "and" inside organisation names ("Committee on Foreign
  Relations"), split at job titles ("Acme CEO Jane Roe" -> Acme, Jane Roe);
* technology generations ("5G") and gazetteer names (countries, regions,
  international bodies).

Each mention collects class votes from the NER label, the gazetteers, the
name's head word ("... Ministry" -> GovernmentBody, "... Inc" -> Company), the
nouns it modifies ("the Zephyr phone" -> Product) and descriptions in
apposition or predicate position ("Acme, the Dutch vendor" -> Company). The
votes of every mention of the same name are pooled (one sense per document).

>>> from newsgraph.extract.lexicon import lexicon
>>> lexicon().org_class(["Federal", "Trade", "Commission"])
<EntityClass.GOVERNMENT_BODY: 'GovernmentBody'>
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.depscheme import DepScheme
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.records import EntityClass
from newsgraph.extract.tokens import (
    child_tokens,
    head_indices,
    modifies_noun,
    sentence_numbers,
    sentence_of,
    sentences_of,
    span_text,
    token_flags,
    token_list,
    token_strings,
    tokens_of,
)

__all__ = ["NamedMention", "best_class", "example_list_head", "find_mentions"]

C = EntityClass
#: lower-case words inside a name spelled out before its acronym ("Notes from Poland (NFP)")
ACRONYM_JOINERS = frozenset(
    {"of", "from", "for", "the", "and", "on", "in", "at", "to", "de", "la", "du", "des"}
)
#: prepositions that put a place inside a longer name ("Transport *for* London")
PLACE_PREPOSITIONS = frozenset({"of", "for", "from", "in", "on", "at"})
TECH_GENERATION = re.compile(r"^[2-7]G$")
MODEL_NUMBER = re.compile(r"^[A-Z][A-Za-z]?\d+[A-Za-z]?$")  # "P2", "S10" in a product's name
#: a model designation after a maker's name: "707", "A300s", "XC90", "F-35" (not "5G", "G7" nor a score)
MODEL_DESIGNATION = re.compile(r"(?:[A-Z]{1,3}-?[0-9]{2,4}|[0-9]{3,4})[A-Z]{0,3}")
NER_VOTES: dict[str, tuple[EntityClass, float]] = {
    "PERSON": (C.PERSON, 2.0),
    "PER": (C.PERSON, 2.0),
    "ORG": (C.COMPANY, 1.0),
    "GPE": (C.PLACE, 1.0),
    "LOC": (C.PLACE, 1.0),
    "FAC": (C.PLACE, 0.5),
    "PRODUCT": (C.PRODUCT, 2.0),
    "WORK_OF_ART": (C.COMPANY, 0.5),
}
# lower-case words that still end a name: "Acme telecom" (a careless lower case), "the Smith administration"
LOWERCASE_SUFFIXES = frozenset({"telecom", "telekom", "telecoms", "administration"})
JOINERS = frozenset({"of", "on", "for", "&", "and"})
#: words before a title (or a name) held no longer: "former President Jane Roe", "the late Jane Roe"
FORMER_WORDS = frozenset({"former", "ex", "then", "late", "retired", "outgoing"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: lower-case words inside names: "Charles de Gaulle", "Church of the Holy Cross", "Stratford-upon-Avon"
NAME_PARTICLES = JOINERS | frozenset(
    [
        "the",
        "de",
        "der",
        "den",
        "van",
        "von",
        "da",
        "du",
        "del",
        "della",
        "dela",
        "di",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "y",
        "e",
        "dos",
        "das",
        "zu",
        "ter",
        "af",
        "upon",
        "in",
        "at",
    ]
)
#: the Arabic article written before a hyphen in names: "al-Masirah", "el-Sisi"
ARABIC_ARTICLES = frozenset({"al", "el", "ash", "ad", "ar", "as", "at", "az"})
HYPHEN_PARTICIPLES = frozenset({"based", "owned", "led", "backed", "run", "controlled"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
LEADING_NOISE = frozenset(
    {"the", "a", "an", "'s", "’s", "'", "’", "“", "”", '"', "(", ")", ",", "-", "—", "–"}
)


@dataclass
class NamedMention:
    """A named mention: token span ``[start, end)`` of the doc, and its class votes."""

    start: int
    end: int
    text: str
    sent: int
    source: str
    votes: Counter = field(default_factory=Counter)
    canonical: str | None = None  # a gazetteer's canonical name (countries, bodies)
    alias_rule: str = ""  # why ``canonical`` applies ("country_alias", "metonymy"...)

    @property
    def key(self) -> str:
        return name_key(self.text)


def name_key(text: str) -> str:
    """A name as names are compared: case and accents folded ("Erdoğan" is "Erdogan").

    >>> name_key("Erdoğan") == name_key("ERDOGAN"), name_key("Zürich")
    (True, 'zurich')
    """
    if text.isascii():
        return text.lower()  # no accents to fold, and ASCII case folds as it lowers
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def example_list_head(doc: Doc, start: int, lex: Lexicon) -> Token | None:
    """The description noun or plural title whose examples a name at ``start`` is listed among:
    "banks including Acme, Zenith and Orbis", "carriers such as Acme", "rivals like Acme",
    "officials including deputy health minister Jane Roe" -> the noun ("banks", "officials"). Read
    on the words (lists parse poorly): leftwards over names, titles, commas and "and" to the marker.

    >>> import spacy
    >>> from newsgraph.extract.lexicon import lexicon
    >>> doc = spacy.blank("en")("Dutch banks including Acme , Zenith and Orbis fell .")
    >>> example_list_head(doc, 6, lexicon()).text
    'banks'
    """
    tokens = token_list(doc)
    sent_start = sentence_of(tokens[start]).start
    i = start - 1
    while i > sent_start and start - i < 30:
        token = tokens[i]
        if token.text == "," or token.lower_ in ("and", "or") or not token.is_lower:
            i -= 1
            continue
        if lex.title(token.lower_) is not None:  # "officials including deputy health *minister* X"
            i -= 1
            while i > sent_start and tokens[i].is_lower and tokens[i].pos_ in ("NOUN", "ADJ"):
                i -= 1
            continue
        break
    else:
        return None
    if tokens[i].lower_ == "as" and i - 1 > sent_start and tokens[i - 1].lower_ == "such":
        i -= 1
    elif tokens[i].lower_ not in ("including", "like"):
        return None
    noun = tokens[i - 1] if i - 1 >= sent_start else None
    if noun is None or tokens[i - 1].text == ",":
        noun = tokens[i - 2] if i - 2 >= sent_start else None
    if noun is None or not noun.is_lower:
        return None
    return noun if lex.lemma_of(noun) in lex.descriptions or lex.plural_role(noun.lower_) else None


def _is_title(token: Token, lex: Lexicon) -> bool:
    return (lex.title(token.lower_) is not None and not token.is_upper) or token.lower_ in (
        "ceo",
        "cto",
        "cfo",
        "vp",
    )


def _given_names_after_title(words: Span, lex: Lexicon) -> bool:
    """``words`` are one or two capitalised words of no known kind right after a job title: the first
    names of the person who follows ("President *Recep* Tayyip Erdogan")."""
    if not 0 < len(words) <= 2 or words.start == 0:
        return False
    title = words.doc[words.start - 1]
    roles = lex.cue("honorific") | lex.cue("person_noun")
    return (
        _is_title(title, lex)
        and lex.title(f"{title.lower_} {words[0].lower_}") is None  # not "Attorney *General*"
        and all(
            t.pos_ == "PROPN"
            and t.is_title
            and t.is_alpha
            and not _is_title(t, lex)
            and t.lower_.rstrip(".") not in roles
            and not lex.is_place_name(t.lower_)
            and t.lower_ not in lex.demonyms
            and t.lower_ not in lex.org_heads
            for t in words
        )
    )


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    tokens = token_list(doc)
    while start < end:
        first = tokens[start]
        lower = first.lower_
        if not (
            lower in LEADING_NOISE
            or first.is_punct
            or first.is_space
            or lower in FORMER_WORDS
            or lower == "acting"
            or (first.pos_ == "ADV" and first.tag_ != "NNP" and not first.like_url)  # "Afterwards"
            or lower in JOINERS
        ):
            break
        start += 1
    while end > start:
        last = tokens[end - 1]
        lower = last.lower_
        if not (
            lower in LEADING_NOISE
            or last.is_punct
            or last.is_space
            or last.tag_ == "POS"
            or lower in JOINERS
            or (end - 2 > start and lower in HYPHEN_PARTICIPLES and tokens[end - 2].text in ("-", "–"))
            or (last.pos_ == "ADP" and last.is_lower)  # "the Embassy in | London"
            or (last.pos_ == "PRON" and last.is_lower)  # "informed the Acme Police of | her immunity"
        ):
            break
        end -= 1  # "Oslo-based", "state-owned": the name is before the hyphen
    return start, end


def _split_countries(doc: Doc, candidate: tuple, lex: Lexicon) -> list[tuple]:
    """Names that are two names: "US-Korea" (in "the US-Korea alliance") is two countries,
    "Acme of Sweden" is Acme and Sweden (but "Bank of Korea" is one name: its head is "Bank"),
    "Korea's Acme Agency" is Korea and Acme Agency, and "Jane Roe of the Acme Agency" (one span of
    the NER) is Jane Roe and the Acme Agency (but "Bank of the West" is one name)."""
    a, b = candidate[0], candidate[1]
    size = _body_before_person(doc, a, b, lex)
    if size:  # "the United Nations Nikki Haley" (after "Ambassador to"): the body, then the person
        return [(a, a + size, "parse", None), (a + size, b, "parse", "PERSON")]
    if _spelled_by_acronym(doc, a, b):
        return [candidate]  # "Notes from Poland (NFP)": one name, whatever its words
    tokens = token_list(doc)

    def left(k: int) -> str:
        return doc[a:k].text.lower()

    def right(k: int) -> str:
        return doc[k + 1 : b].text.lower()

    for k in range(a + 1, b - 1):
        word = tokens[k]
        lower = word.lower_
        if word.tag_ == "POS" and lex.countries.get(left(k)):
            return [(a, k, "parse", None), *_split_countries(doc, (k + 1, b, *candidate[2:]), lex)]
        if lower == "of" and tokens[k + 1].lower_ == "the" and _looks_like_a_persons_name(doc[a:k], lex):
            return [(a, k, candidate[2], "PERSON"), *_split_countries(doc, (k + 2, b, "parse", None), lex)]
        if (
            lower in ("of", "from")
            and lex.is_place_name(right(k))
            and _looks_like_a_persons_name(doc[a:k], lex)
        ):
            return [(a, k, candidate[2], "PERSON"), (k + 1, b, "parse", None)]  # "Jane Roe of Ohio"
        if word.text in ("-", "–") and lex.country_of(left(k)) and lex.country_of(right(k)):
            return [(a, k, "parse", None), (k + 1, b, "parse", None)]
        if (
            lower in ("of", "from")
            and lex.countries.get(right(k))
            and lex.org_class([tokens[k - 1].text]) is None
            and tokens[k - 1].lower_ not in lex.cue("of_name_head")  # "Gulf of Mexico" is one name
        ):
            return [(a, k, candidate[2], candidate[3]), (k + 1, b, "parse", None)]
    return [candidate]


def _spelled_out_acronyms(doc: Doc) -> list[tuple[int, int, bool]]:
    """``(start, end, term)`` of each phrase spelled out before its acronym in brackets. A
    capitalised phrase is one name, whatever the tagger made of its words ("Notes from Poland
    (NFP)", not "Notes" and Poland); a lower-case one (``term``) names a kind of thing, not an
    entity ("exclusive economic zone (EEZ)").

    >>> import spacy
    >>> doc = spacy.blank("en")("the gross domestic product (GDP) of Notes from Poland (NFP)")
    >>> [(doc[a:b].text, term) for a, b, term in _spelled_out_acronyms(doc)]
    [('gross domestic product', True), ('Notes from Poland', False)]
    >>> doc = spacy.blank("en")("the Zenith Educational, Scientific and Cultural Office (ZESCO)")
    >>> [doc[a:b].text for a, b, _ in _spelled_out_acronyms(doc)]
    ['Zenith Educational, Scientific and Cultural Office']
    """
    tokens, texts = token_list(doc), token_strings(doc, "text")
    found = []
    for i in range(2, len(tokens) - 1):
        if texts[i - 1] != "(" or texts[i + 1] != ")":
            continue
        for start in range(i - 2, max(-1, i - 2 - 2 * len(tokens[i].text)), -1):
            phrase = tokens[start : i - 1]
            if phrase[0].text == ",":
                continue  # "United Nations Educational, Scientific and Cultural Organization (UNESCO)"
            if not phrase[0].is_alpha:
                break
            term = all(t.is_lower for t in phrase)
            joiners = all(not t.is_lower or t.lower_ in ACRONYM_JOINERS for t in phrase)
            joined = not phrase[0].is_lower and joiners
            if (term or joined) and _spelled_by_acronym(doc, start, i - 1):
                found.append((start, i - 1, term))
                break
    return found


def _spelled_by_acronym(doc: Doc, start: int, end: int) -> bool:
    """Whether the acronym in brackets right after words ``start:end`` spells them all: "Notes from
    Poland (NFP)", "Bank of England (BoE)" (with or without the lower-case words)."""
    tokens = token_list(doc)
    if end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 2].text != ")":
        return False
    acronym = tokens[end + 1].text
    if not (acronym.isalpha() and sum(c.isupper() for c in acronym) >= 2):
        return False
    words = [t.text for t in tokens[start:end] if t.is_alpha]
    every = "".join(w[0] for w in words)
    capitalised = "".join(w[0] for w in words if not w.islower())
    return acronym.lower() in (every.lower(), capitalised.lower())


def _split_described(doc: Doc, candidate: tuple) -> list[tuple]:
    """A span of the NER with a description inside, "Berlin non-profit Acme Foundation": the name
    before the description (a candidate of its own, typed by the parse) and the name after it
    (keeping the NER's label). Lower-case name particles ("Charles de Gaulle", "Bank of the West")
    are no description."""
    tokens = token_list(doc)
    a, b = candidate[0], candidate[1]
    inner = [
        k
        for k in range(a + 1, b - 1)
        if (tokens[k].is_lower and tokens[k].lower_ not in NAME_PARTICLES) or tokens[k].text in ("-", "–")
    ]
    if not inner or tokens[inner[0] - 1].is_lower or not tokens[inner[-1] + 1].is_title:
        return [candidate]
    words = [tokens[k] for k in inner if tokens[k].is_alpha]
    contiguous = inner == list(range(inner[0], inner[-1] + 1))
    described = all(t.pos_ in ("ADJ", "NOUN") for t in words)
    if not words or not contiguous or not described:
        return [candidate]
    return [(a, inner[0], "parse", None), (inner[-1] + 1, b, *candidate[2:])]


def _split_acronym_surname(doc: Doc, candidate: tuple, surnames: set[str]) -> list[tuple]:
    """ "told MSNBC Cummings ...": an acronym, then the surname of a person the document names in
    full with a common given name, are two names (an outlet and the person), not one.

    >>> import spacy
    >>> doc = spacy.blank("en")("Ann Roe spoke . Acme told CNN Roe was ill .")
    >>> _split_acronym_surname(doc, (6, 8, "ner", "ORG"), {"Roe"})
    [(6, 7, 'parse', None), (7, 8, 'parse', None)]
    """
    tokens = token_list(doc)
    a, b = candidate[0], candidate[1]
    acronym = tokens[a].is_upper and tokens[a].is_alpha and len(tokens[a]) > 1
    if b - a != 2 or not acronym or tokens[a + 1].text not in surnames or tokens[a + 1].is_upper:
        return [candidate]
    return [(a, a + 1, "parse", None), (a + 1, b, "parse", None)]


def _body_before_person(doc: Doc, a: int, b: int, lex: Lexicon) -> int:
    """The number of words of a known public body's name ("United Nations") opening ``doc[a:b]``
    when a person's name follows it; 0 otherwise."""
    return next(
        (
            n
            for n in (3, 2, 1)
            if b - a - n >= 2
            and span_text(doc, a, a + n).lower() in lex.bodies
            and _looks_like_a_persons_name(doc[a + n : b], lex)
        ),
        0,
    )


def _looks_like_a_persons_name(words: Span, lex: Lexicon) -> bool:
    """Two or three capitalised proper nouns, none of them a title, demonym or organisation word
    ("Jane Roe", "Darin LaHood", not "Democratic Dean" or "Rise")."""
    return 2 <= len(words) <= 3 and all(
        t.pos_ == "PROPN"
        and (t.is_title or (t.text[:1].isupper() and not t.is_upper and t.is_alpha))  # "LaHood", "McCain"
        and not _is_title(t, lex)
        and not lex.demonyms.get(t.lower_)
        and lex.org_class([t.text]) is None
        and t.lower_ not in lex.cue("of_name_head")
        for t in words
    )


def _opens_with_given_name(named: list[Token], lex: Lexicon) -> bool:
    """A common given name, alone or before up to three capitalised names, initials or particles
    ("Pedro R. Pierluisi", "Ludwig van Beethoven"), none of them a title or demonym.

    The other words are not checked against the given names: "Jacob Zuma" and "Kim Jong-un" are
    people whatever their second word.
    """
    first, rest = named[0], named[1:]
    return (
        first.lower_ in lex.given_names
        and first.is_title
        and len(rest) <= 3
        and not (rest and rest[-1].lower_ in NAME_PARTICLES)
        and all(
            (t.lower_ in NAME_PARTICLES or (t.text[:1].isupper() and not (t.is_upper and len(t) > 2)))
            and not _is_title(t, lex)
            and not lex.demonyms.get(t.lower_)
            for t in rest
        )
    )


def _placed_in_region(span: Span, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``span`` is a place given with its region or country: "in Tyler, Texas.", "near
    Lyon, France, on Friday" (not "Jane Roe, France's envoy")."""
    sent = sentence_of(span)
    if span.start == sent.start or tokens[span.start - 1].lower_ not in ("in", "at", "near", "outside"):
        return False
    if span.end + 1 >= sent.end or tokens[span.end].text != ",":
        return False
    for size in (1, 2):
        end = span.end + 1 + size
        region = " ".join(t.lower_ for t in tokens[span.end + 1 : end])
        if (region in lex.regions or region in lex.countries) and (end >= sent.end or tokens[end].is_punct):
            return True
    return False


def _about_the_us_without_demonym(country: str, doc: Doc, lex: Lexicon) -> bool:
    """Whether the text names the United States and never uses ``country``'s demonym (so "Georgia"
    is the US state, not the country of "Georgian tennis player X")."""
    if "newsgraph.countries_named" not in doc.user_data:  # once per Doc, not per mention
        words = set(token_strings(doc, "lower_"))
        doc.user_data["newsgraph.countries_named"] = (
            {lex.countries.get(w) or lex.demonyms.get(w) for w in words},
            {lex.demonyms.get(w) for w in words},
        )
    named, by_demonym = doc.user_data["newsgraph.countries_named"]
    return "United States" in named and country not in by_demonym


def _named_after_a_person(named: list[Token], doc: Doc, lex: Lexicon) -> bool:
    """Whether a name that opens with a given name is a thing's: "George Washington Bridge", "the
    Bernie Show", or a storm ("Barry" after "Tropical Storm Barry")."""
    heads = lex.cue("named_after_head")
    if len(named) > 1:
        return any(t.lower_ in heads for t in named[1:])
    text = _lower_text(doc)
    return any(f"{storm} {named[0].lower_}" in text for storm in lex.cue("storm_noun"))


def _suffix_at(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a generational suffix ("Jr.", "Sr.", "III")."""
    return end - start == 1 and token_strings(doc, "text")[start].rstrip(".").lower() in NAME_SUFFIXES


def _with_suffix(doc: Doc, end: int) -> int:
    """The end of a name ending before ``end``, with its generational suffix ("Roe, Jr.", "Roe III")."""
    k = end + 1 if end < len(doc) and token_strings(doc, "text")[end] == "," else end
    named = end > 0 and doc[end - 1].is_title and k < len(doc)
    return k + 1 if named and _suffix_at(doc, k, k + 1) else end


def _lower_text(doc: Doc) -> str:
    """``doc.text.lower()``, once per Doc (spaCy rebuilds ``Doc.text`` from the tokens on every access)."""
    if "newsgraph.lower_text" not in doc.user_data:
        doc.user_data["newsgraph.lower_text"] = doc.text.lower()
    return doc.user_data["newsgraph.lower_text"]


def _strip_demonym(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """ "German Acme Telecom" -> "Acme Telecom" when the text also names it "Acme Telecom"; "British
    Telecom" and "Syrian Arab Republic" stay whole (the demonym is part of the name)."""
    tokens = token_list(doc)
    if end - start <= 1 or not lex.demonyms.get(tokens[start].lower_) or not tokens[start + 1].is_title:
        return start
    rest = span_text(doc, start + 1, end)
    elsewhere = _lower_text(doc).replace(span_text(doc, start, end).lower(), " ")
    named_without = re.search(rf"\b{re.escape(rest.lower())}\b", elsewhere) is not None
    head_only = end - start == 2 and lex.org_class([rest]) is not None
    return start + 1 if named_without and not head_only else start


def _common_noun_closing(token: Token, lex: Lexicon) -> bool:
    """Whether ``token``, the last word of a named span, is a lower-case common noun that is no
    organisation's head ("fame", "records"; not "administration", "party", "union")."""
    if not (token.is_lower and token.pos_ == "NOUN") or token.like_url or lex.org_class([token.text]):
        return False
    lemma = lex.lemma_of(token)
    return lemma not in lex.descriptions and lemma not in lex.cue("collective_noun")


def _party_before_name(doc: Doc, start: int, end: int, label: str | None, lex: Lexicon) -> bool:
    """Whether the name ``doc[start:end]`` opens with a party's word before a person's name
    ("Democrat Jane Roe", "Republican Jon Doe"): the word says the person's party, not their name."""
    if end - start < 3 or doc[start].text not in lex.party_adjectives:
        return False
    rest = doc[start + 1 : end]
    person = _opens_with_given_name(tokens_of(rest), lex) or _looks_like_a_persons_name(rest, lex)
    return label == "PERSON" or person


def _is_headline(sent: Span) -> bool:
    """A title-cased line ("Another Blow For Acme In Europe"): no lower-case word of four letters or more."""
    texts, alpha = token_strings(sent.doc, "text"), token_flags(sent.doc, "is_alpha")
    title, upper = token_flags(sent.doc, "is_title"), token_flags(sent.doc, "is_upper")
    words = [i for i in range(sent.start, sent.end) if alpha[i] and len(texts[i]) > 3]
    return len(words) >= 3 and all(title[i] or upper[i] for i in words)


def _name_tokens(doc: Doc) -> list[bool]:
    """For each token of ``doc``, whether it is a proper-noun token: PROPN, or tagged NNP(S) though
    the parser called it an ADJ or NOUN (but not a lower-case word the tagger alone calls NNP:
    "Wilbur Ross *spoke*"), or an acronym. Read on the token columns, once per document."""
    texts, words, parts, tags = (token_strings(doc, name) for name in ("text", "lower_", "pos_", "tag_"))
    flags = (token_flags(doc, name) for name in ("is_upper", "is_alpha", "is_lower", "is_punct", "is_space"))
    return [
        (
            pos == "PROPN"
            or (tag in ("NNP", "NNPS") and (not lower or word in NAME_PARTICLES))  # tagged a name
            or (upper and alpha and len(text) >= 2 and pos in ("NOUN", "PROPN", "ADJ"))  # an acronym
        )
        and not punct
        and not space
        and word not in DETERMINERS
        and not TECH_GENERATION.match(text)
        for text, word, pos, tag, upper, alpha, lower, punct, space in zip(
            texts, words, parts, tags, *flags, strict=True
        )
    ]


def _title_case_runs(doc: Doc) -> list[tuple[int, int]]:
    """Two or more capitalised words inside a sentence that the tagger did not call names
    ("the journal Foreign Policy")."""
    inside = [t.is_title and t.is_alpha and t.i > 0 and t.is_sent_start is not True for t in doc]
    runs, i = [], 0
    while i < len(inside):
        j = i
        while j < len(inside) and inside[j]:
            j += 1
        if j - i >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _continues_name(token: Token, names: list[bool], lex: Lexicon) -> bool:
    """A capitalised common noun inside a name ("Select *Committee*"), not at a sentence start, or an
    organisation head word written in lower case ("Acme *telecom*"); ``names`` are the document's
    :func:`_name_tokens`."""
    return (
        (names[token.i] and token.lower_.rstrip(".") not in lex.cue("calendar"))
        or (
            token.is_title
            and token.pos_ in ("NOUN", "ADJ")
            and token.i > sentence_of(token).start
            and not lex.demonyms.get(token.lower_)
            and token.lower_.rstrip(".") not in lex.cue("calendar")
        )
        or (
            token.lower_ in LOWERCASE_SUFFIXES
            and token.i > 0
            and names[token.i - 1]
            and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NOUN")
        )
        or bool(MODEL_NUMBER.match(token.text))
    )


def _separate_name_after_and(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the NER starts a name of its own at ``k``, right after an "and": a person's, or an
    organisation's with its own head ("Native American Rights Fund", "Center for Food Safety"; not
    "Infectious Diseases" of "Institute of Allergy and Infectious Diseases")."""
    if tokens[k].ent_iob_ != "B":
        return False
    end = k + 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    label = tokens[k].ent_type_
    heads = (lex.org_class([tokens[k].text]), lex.org_class([tokens[end - 1].text]))
    return label in ("PERSON", "PER") or (label == "ORG" and end - k >= 2 and heads != (None, None))


def _propn_runs(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of name tokens, joined over "of"/"on"/"&" inside organisation names."""
    runs: list[tuple[int, int]] = []
    tokens, names, calendar = token_list(doc), _name_tokens(doc), lex.cue("calendar")
    size = len(tokens)
    i = 0
    while i < size:
        token = tokens[i]
        # a run starts at a name, or at a capitalised head word with its "of" phrase ("Ministry of X")
        starts = names[i] or (
            token.is_title
            and lex.org_class([token.text]) is not None
            and i + 2 < size
            and tokens[i + 1].lower_ in ("of", "on", "for")
            and _continues_name(tokens[i + 2], names, lex)
        )
        if not starts or token.lower_.rstrip(".") in calendar:
            i += 1
            continue
        j = i + 1
        while j < size:
            if _hyphenated(doc, j, lex):
                j += 2  # "Agence France-Presse", "Rolls-Royce"
                continue
            if _separate_arguments(tokens[j - 1], tokens[j]) or not (
                _continues_name(tokens[j], names, lex)
                or (
                    tokens[j].like_num
                    and tokens[j - 1].pos_ == "PROPN"
                    and not TECH_GENERATION.match(tokens[j].text)
                )
            ):
                break
            j += 1
        # join "Committee on Foreign Relations", "Academy of Science and Technology", "Science & Technology"
        while (
            j + 1 < size
            and tokens[j].lower_ in JOINERS
            and (
                _continues_name(tokens[j + 1], names, lex)
                or (  # "League for the Defence of X": an organisation's head, its phrase with "the"
                    j + 2 < size
                    and tokens[j + 1].lower_ == "the"
                    and tokens[j].lower_ in ("of", "for", "on")
                    and lex.org_class([tokens[j - 1].text]) is not None
                    and _continues_name(tokens[j + 2], names, lex)
                )
            )
            and sentence_of(tokens[j]) == sentence_of(tokens[j + 1])
        ):
            the = 1 if tokens[j + 1].lower_ == "the" else 0
            joiner = tokens[j].lower_
            left_head = lex.org_class([tokens[j - 1].text]) is not None
            # "League for the Defence *of* Human Rights": inside a name already joined at its head
            the_run_is_named = any(
                tokens[k].lower_ in ("of", "on", "for") and lex.org_class([tokens[k - 1].text])
                for k in range(i + 1, j)
            )
            inside_of = any(tokens[k].lower_ in ("of", "on", "for") for k in range(i, j))
            right_end = j + 1 + the
            while right_end < size and _continues_name(tokens[right_end], names, lex):
                right_end += 1
            right_head = lex.org_class([tokens[right_end - 1].text]) is not None and j - i <= 2
            # "Acme Air of Peru": a company's full name then its country (but "Bank of Peru")
            company_of_country = (
                joiner == "of"
                and j - i >= 2
                and lex.org_class([tokens[j - 1].text]) == C.COMPANY
                and lex.countries.get(span_text(doc, j + 1 + the, right_end).lower()) is not None
            )
            if (
                joiner == "&"
                or (
                    joiner in ("of", "on", "for")
                    and (left_head or the_run_is_named)
                    and not company_of_country
                )
                # "Securities and Exchange Commission" (not "Acme Corp and Zenith AB", nor "Union of
                # Montana and Native American Rights Fund": two names)
                or (
                    joiner == "and"
                    and not (left_head and j - i >= 2)
                    and (inside_of or right_head)
                    and not (the_run_is_named and _separate_name_after_and(tokens, j + 1, lex))
                )
            ):
                k = j + 1 + the
                while k < size and _continues_name(tokens[k], names, lex):
                    k += 1
                j = k
            else:
                break
        start = i
        while start >= 2 and _hyphenated(doc, start - 1, lex):
            start -= 2  # "Rolls-Royce", its first part not tagged a name
        # "Secret Intelligence Service", "High Court of England": a capitalised adjective the tagger did
        # not call a name, before an organisation's head
        head = next((k for k in range(i, j) if tokens[k].lower_ in ("of", "on", "for")), j) - 1
        if lex.org_class([tokens[j - 1].text]) is not None or lex.org_class([tokens[head].text]) is not None:
            while (
                start - 1 > sentence_of(tokens[start]).start
                and tokens[start - 1].is_title
                and tokens[start - 1].pos_ == "ADJ"
                and not lex.demonyms.get(tokens[start - 1].lower_)
            ):
                start -= 1
        runs.append((start, j))
        i = j
    return runs


def _hyphenated(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether the hyphen at ``k`` joins two capitalised parts of one name ("France-Presse"), written
    without spaces; not two places ("US-Korea", "Oslo-Moscow")."""
    tokens = token_list(doc)
    if not (0 < k < len(doc) - 1 and tokens[k].text in ("-", "–")):
        return False
    left, right = tokens[k - 1], tokens[k + 1]
    if left.whitespace_ or tokens[k].whitespace_ or not (left.is_title and right.is_title and right.is_alpha):
        return False
    return not (lex.is_place_name(left.text) and lex.is_place_name(right.text))


def _plural_title(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a title in the plural ("Presidents", "senators")."""
    word = token.lower_
    return word.endswith("s") and lex.title(word[:-1]) is not None and token.tag_ in ("NNS", "NNPS")


def _article_joined(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is an Arabic article joined by a hyphen, without spaces, to a word that is not
    in lower case ("*al*-Masirah", "*al*-Qa’ida", "Abdel Fattah *el*-Sisi"): the three tokens are one
    name's."""
    if not (0 <= k < len(doc) - 2) or token_strings(doc, "lower_")[k] not in ARABIC_ARTICLES:
        return False
    joined = not doc[k].whitespace_ and not doc[k + 1].whitespace_
    word = doc[k + 2]
    return joined and doc[k + 1].text in ("-", "–") and not word.is_lower and not word.is_punct


def _separate_arguments(left: Token, right: Token) -> bool:
    """Two adjacent names the parse keeps apart ("according to *Kestrel News* *Acme* said")."""
    heads, a, b = head_indices(left.doc), left.i, right.i
    linked = heads[a] == b or heads[b] == a or heads[a] == heads[b]
    return not linked and left.dep_.split(":")[0] in ("obl", "nmod", "obj", "nsubj", "iobj", "appos", "conj")


def _office_in_body_name(tokens: list[Token], start: int, k: int, end: int, lex: Lexicon) -> bool:
    """Whether the title word ``k`` names an office inside a body's name that starts at ``start``:
    "Office of the UN High *Commissioner* for Human Rights", "Office of the Prime *Minister*" (not
    "University of Oslo *President* Jane Roe": a name follows the title there)."""
    if k == end - 1:
        named_next = end < len(tokens) and tokens[end].pos_ == "PROPN"  # "... Speaker Jane Roe"
        if named_next:
            return False
    elif tokens[k + 1].lower_ not in ("for", "of", "on"):
        return False
    body_of = (j for j in range(start + 1, k) if tokens[j].lower_ == "of")
    return any(lex.org_class([tokens[j - 1].text]) is not None for j in body_of)


def _split_titles(doc: Doc, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Split "Acme CEO Jane Roe" at title words into the parts that are names (the last part last).

    A part made only of portfolio words ("*Defence* Secretary") is no name.
    """
    tokens = token_list(doc)
    parts: list[tuple[int, int]] = []
    descriptive = lex.cue("portfolio") | lex.cue("affiliation")
    closing = span_text(doc, end - 1, end + 1).lower() if end - start >= 2 and end < len(doc) else ""
    if closing and lex.title(closing) is not None:
        end -= 1  # "United States District Judge X": "District" opens the title after the name
    if start >= 2 and tokens[start - 1].lower_ in ("of", "for") and _is_title(tokens[start - 2], lex):
        while start < end and tokens[start].lower_ in descriptive:
            start += 1  # "State" in "Secretary of State Jane Roe" is the title's, not a name
    if (
        end - start >= 3
        and tokens[start].lower_ in lex.cue("literal_human_noun")
        and tokens[end - 1].ent_type_ == "PERSON"
    ):
        start += 1  # "Businessman Jane Roe": the occupation before a person's name is no part of it
    begin = start
    if end - start == 2 and tokens[start].lower_ == "the":
        start += 1  # "The Economist" read with its article
    if end - start == 1 and tokens[start].is_title and start > 0 and tokens[start - 1].lower_ == "the":
        return [(start, end)]  # a capitalised title word alone after "the" is a name ("The Economist")
    for k in range(start, end):
        if not _is_title(tokens[k], lex):
            continue
        heads_a_body = k + 1 < end and lex.org_class([tokens[k + 1].text]) is not None  # "Justice Department"
        # a plural title closing a name names a firm, not a person: "Kestrel Partners"
        closes_a_name = k == end - 1 > start and tokens[k].lower_.endswith("s") and not tokens[k].is_upper
        if (
            not (k > start and tokens[k - 1].lower_ in ("of", "for", "&"))
            and not heads_a_body
            and not closes_a_name
            and not _office_in_body_name(tokens, start, k, end, lex)
        ):
            # "UK Prime Minister": the name is "UK"; "Defence Secretary": none; "Ex-Prime Minister": none
            last = next((j for j in range(max(begin, k - 3), k) if lex.title(span_text(doc, j, k + 1))), k)
            while last > begin and (
                tokens[last - 1].lower_ in descriptive or lex.demonyms.get(tokens[last - 1].lower_)
            ):
                last -= 1
            title = lex.title(tokens[k].lower_)
            name_word = title is not None and title.words in lex.cue("name_word_title")
            if name_word and (last > begin or tokens[end - 1].ent_type_ != "PERSON"):
                continue  # "Martin Luther King Jr.", "Queen Victoria Market", "Queens": a name's word
            # "Chief *Technical* Officer": words between two title words that make one title
            inside_a_title = begin > start and lex.title(span_text(doc, begin - 1, k + 1)) is not None
            if last > begin and not inside_a_title:
                parts.append((begin, last))
            begin = k + 1
            while begin < end and lex.title(span_text(doc, k, begin + 1)) is not None:
                begin += 1  # "Director General": one title of two words, "General" no name
            portfolio_after = begin + 1 < end and tokens[begin].lower_ in ("of", "for")
            while portfolio_after and tokens[begin + 1].lower_ in descriptive:
                begin += 2  # "Secretary of State Jane Roe", "Minister for Trade Jane Roe"
                portfolio_after = begin + 1 < end and tokens[begin].lower_ in ("of", "for")
    parts.append((begin, end))
    return [(a, b) for a, b in parts if b > a]


def find_mentions(doc: Doc, scheme: DepScheme, lex: Lexicon) -> list[NamedMention]:
    """Every named mention of ``doc``, typed, in text order, without overlaps."""
    sent_of, tokens = sentence_numbers(doc), token_list(doc)

    candidates: list[tuple[int, int, str, str | None]] = []  # start, end, source, ner label
    for ent in doc.ents:
        if ent.label_ in NER_VOTES or ent.label_ == "NORP":
            parts = _split_titles(doc, ent.start, ent.end, lex)
            for a, b in parts:  # only the part after a title keeps the label ("Acme CEO Jane Roe")
                label = ent.label_ if (a, b) == parts[-1] and b == ent.end else None
                candidates.append((a, b, "ner" if label else "parse", label))
    headlines = {index for index, s in enumerate(sentences_of(doc)) if _is_headline(s)}
    for a, b in [*_propn_runs(doc, lex), *_title_case_runs(doc)]:
        if sent_of[a] in headlines:
            continue  # a title-cased headline: every word looks like a name
        for c, d in _split_titles(doc, a, b, lex):
            candidates.append((c, d, "parse", None))
    urls = token_flags(doc, "like_url")
    for i, text in enumerate(token_strings(doc, "text")):
        if len(text) == 2 and TECH_GENERATION.match(text):  # (a length first: most words are not)
            candidates.append((i, i + 1, "tech", None))
        elif urls[i] and "/" not in text and "@" not in text and i > 0:
            candidates.append((i, i + 1, "parse", None))  # "the news site acme.at": typed
            # only by evidence (a description before it), else dropped

    spelled_out = _spelled_out_acronyms(doc)
    candidates += [(a, b, "parse", None) for a, b, term in spelled_out if not term]
    candidates = [part for candidate in candidates for part in _split_countries(doc, candidate, lex)]
    candidates = [part for candidate in candidates for part in _split_described(doc, candidate)]
    # the surnames of people named with a common given name ("Elijah Cummings"; not "Ballot Access News")
    given_surnames = {
        tokens[b - 1].text
        for a, b, *_ in candidates
        if b - a > 1 and tokens[a].lower_ in lex.given_names and tokens[b - 1].lower_ not in lex.org_heads
    }
    candidates = [part for named in candidates for part in _split_acronym_surname(doc, named, given_surnames)]
    candidates = [(a, _with_suffix(doc, b), *rest) for a, b, *rest in candidates if not _suffix_at(doc, a, b)]
    candidates += _repeated_names(doc, candidates, lex)
    mentions: dict[tuple[int, int], NamedMention] = {}
    calendar = lex.cue("calendar")
    terms = {tokens[b + 1].text for _, b, term in spelled_out if term}  # their acronyms name no entity
    for a, b, source, label in candidates:
        a, b = _strip(doc, a, b)
        if b - a > 1 and _common_noun_closing(tokens[b - 1], lex):
            b -= 1  # "Paul McCartney of The Beatles *fame*", "the Acme Agency *records*"
            while b - a > 1 and tokens[b - 1].is_lower and tokens[b - 1].pos_ in ("ADJ", "CCONJ", "NOUN"):
                b -= 1  # "... *medical* anthropologist"
            a, b = _strip(doc, a, b)  # "Court for | conservatives"
        while (
            b - a > 2
            and tokens[b - 2].lower_ in ("on", "in")
            and tokens[b - 1].lower_.rstrip(".") in calendar
        ):
            b -= 2  # "Acme on Sunday": a date after the name
        if _article_joined(doc, a - 2):
            a -= 2  # "al-Masirah TV": the article is part of the name
        if _article_joined(doc, b - 1):
            b += 2  # "Abdel Fattah el-Sisi", the NER span ending at the article
        a = _strip_demonym(doc, a, b, lex) if b > a else a
        a = a + 1 if _party_before_name(doc, a, b, label, lex) else a
        if b <= a or (a > 0 and tokens[a - 1].text == "#" and not tokens[a - 1].whitespace_):
            continue  # (a hashtag, "#WrongTrump", names no one)
        named, text = tokens[a:b], span_text(doc, a, b)
        if text.strip() == "" or all(t.is_punct or t.like_num for t in named):
            continue
        opening = 1 if lex.country_of(named[0].lower_) else 0
        described = all((t.is_lower and not t.like_url) or t.is_punct for t in named[opening:])
        # (but "UK parliament", "US navy": a country's one body of that kind)
        body = b - a == 2 and lex.countries.get(named[0].lower_) and _singular_head(named[1], lex)
        if b - a > opening and described and not body:
            continue  # "the Chilean anti-monopoly agency", "US airlines" labelled by the NER: no name
        if text in terms:
            continue  # "exclusive economic zone (EEZ)": the acronym of a common noun, no name
        if b < len(tokens) and tokens[b].is_title and lex.title(span_text(doc, a, b + 1)):
            continue  # "Prime" of "Ex-Prime Minister", the NER's span ending inside a title
        words = text.lower()
        with_next = f"{words} {tokens[b].lower_}" if b < len(tokens) else ""
        if lex.demonyms.get(with_next) or with_next in lex.region_adjectives:
            continue  # "South" of "South Korean": part of a demonym, no name
        adjective = lex.demonyms.get(words) or words in lex.region_adjectives  # "Chilean", "South American"
        demonym_only = adjective and not lex.countries.get(words)
        # "The Economist": a capitalised "The" inside a sentence makes a title word a name
        titled_name = (
            a > 0 and tokens[a - 1].text == "The" and not tokens[a - 1].is_sent_start and tokens[a].is_title
        )
        title = lex.title(words)
        plural_name = title is not None and title.words != words and title.words in lex.cue("name_word_title")
        if (
            label == "NORP"
            or demonym_only
            or (title is not None and not titled_name and not plural_name)  # "the President of X": no one
            or all(t.lower_.rstrip(".") in calendar for t in named)
        ):
            continue  # demonyms are cues for nationality, not entities of their own; dates are no names
        mention = mentions.get((a, b))
        if mention is None:
            mention = mentions[(a, b)] = NamedMention(a, b, text, sent_of[a], source)
        if label is not None:
            cls, weight = NER_VOTES[label]
            if cls == C.PERSON and b - a == 1:
                weight /= 2  # a one-word "person" is as often an organisation the NER has not learnt
            mention.votes[cls] += weight
            mention.source = "ner"
    kept = _without_overlaps(doc, list(mentions.values()), lex)
    for mention in kept:
        _vote(doc, doc[mention.start : mention.end], mention, scheme, lex)
    surnames = _surnames(kept)  # from the names' own votes, not the coordination's: taken once
    _coordination_votes(doc, kept, surnames)
    _pool_votes(kept, surnames, doc, lex)
    return [m for m in kept if m.votes]


def _singular_head(token: Token, lex: Lexicon) -> bool:
    """An organisation head word in the singular ("parliament", not "airlines")."""
    plural = token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s")
    return not plural and lex.org_class([token.text]) is not None


def _repeated_names(doc: Doc, candidates: list[tuple], lex: Lexicon) -> list[tuple]:
    """Other occurrences of a name found once: "Acme equipment", where the tagger read "Acme" as an
    adjective, is the Acme named elsewhere (one sense per document). Not at a sentence start, where a
    capital proves nothing, unless the word closes a longer name too ("Blankenship was ..." after "Don
    Blankenship", the tagger's common noun)."""
    tokens, texts = token_list(doc), token_strings(doc, "text")
    covered = {i for a, b, *_ in candidates for i in range(a, b)}
    by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    closing: set[str] = set()  # last words of names of several words: surnames
    for a, b, *_ in candidates:
        if b > a and not tokens[a].is_lower and tokens[a].is_alpha:
            by_first[texts[a]].add(tuple(texts[a:b]))
        last = tokens[b - 1]
        if b - a > 1 and last.is_title and last.is_alpha and lex.org_class([last.text]) is None:
            closing.add(last.text)  # (not "Council" of "Legislative Council": a body's head noun)
    found: list[tuple] = []
    for i, text in enumerate(texts):
        if i in covered or (text not in by_first and text not in closing):
            continue  # no name of the text starts with this word
        token = tokens[i]
        names = by_first.get(text, set())
        if token.is_sent_start:
            names = {(text,)} if text in closing and not token.is_stop else set()
        for words in sorted(names, key=len, reverse=True):
            end = i + len(words)
            same = end <= len(tokens) and tuple(texts[i:end]) == words
            if same and not covered & set(range(i, end)):
                found.append((i, end, "parse", None))
                covered.update(range(i, end))
                break
    return found


def _without_overlaps(doc: Doc, mentions: list[NamedMention], lex: Lexicon) -> list[NamedMention]:
    """Keep the longest mention where mentions overlap (NER preferred at equal length).

    A person's name found by the NER beats a longer proper-noun run that only
    adds words before it ("Secretary of State John Kerry" keeps "John Kerry");
    a run that completes it ("Jane" + "Roe", also when the NER read both
    words as persons of their own, or a common given name before it) wins.
    """
    person_ends = {m.end: m.start for m in mentions if m.votes[C.PERSON]}
    in_person = {i for m in mentions if m.votes[C.PERSON] for i in range(m.start, m.end)}

    def adds_only_words_before_a_person(m: NamedMention) -> bool:
        start = person_ends.get(m.end, m.start)
        if all(i in in_person for i in range(m.start, start)):
            return False  # "Jane" + "Roe", both read as persons: the run joins one name
        if _given_names_after_title(doc[m.start : start], lex):
            return False  # "President Recep Tayyip Erdogan", the NER's person only "Tayyip Erdogan"
        if _opens_with_given_name(token_list(doc)[m.start : m.end], lex):
            return False  # "Elijah Eugene Cummings", the NER's person only "Eugene Cummings"
        prefix = [t.lower_ for t in doc[m.start : start]]
        return start > m.start and not any(w in JOINERS or w in lex.org_heads for w in prefix)

    mentions = [m for m in mentions if m.votes[C.PERSON] or not adds_only_words_before_a_person(m)]
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), m.source != "ner", m.start))
    taken: dict[int, NamedMention] = {}
    kept = []
    for mention in ranked:
        tokens = range(mention.start, mention.end)
        holder = next((taken[t] for t in tokens if t in taken), None)
        if holder is not None:
            inside = holder.start <= mention.start and mention.end <= holder.end
            # (not a person's name: "Jane Roe Hospital" is named after her)
            # (not of a place after a preposition: "Transport for London", "Notes from Poland")
            placed = mention.start > holder.start and doc[mention.start - 1].lower_ in PLACE_PREPOSITIONS
            if inside and mention.source == "ner" and not mention.votes[C.PERSON] and not placed:
                holder.votes.update(mention.votes)  # "Agence France-Presse": what the NER said of its parts
                holder.source = "ner"
            continue
        taken.update(dict.fromkeys(tokens, mention))
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def model_designation(text: str) -> str | None:
    """The model designation ``text`` writes, without a plural "s" ("A300s" -> "A300"); None for other
    words, years included.

    >>> [model_designation(word) for word in ("707s", "XC90", "2019", "5G")]
    ['707', 'XC90', None, None]
    """
    model = text[:-1] if text.endswith("s") else text
    year = model.isdigit() and len(model) == 4 and model[:2] in ("19", "20")
    return model if MODEL_DESIGNATION.fullmatch(model) and not year else None


def model_after(doc: Doc, end: int, lex: Lexicon) -> str | None:
    """The model designation right after a name ending at token ``end``, when it is read as products: in
    the plural ("Acme A300s") or before a kind of product ("an Acme 707 cargo plane"); not "HR 6819 stellar
    system", "Roe 306 to 232"."""
    if end >= len(doc) or (model := model_designation(doc[end].text)) is None:
        return None
    plural = model != doc[end].text
    kind = any(lex.kind_of(t) == C.PRODUCT for t in doc[end + 1 : end + 3] if t.pos_ == "NOUN")
    return model if plural or kind else None


def _vote(doc: Doc, span: Span, mention: NamedMention, scheme: DepScheme, lex: Lexicon) -> None:
    tokens = token_list(doc)
    named = tokens[span.start : span.end]  # the name's own tokens
    first = named[0]
    text = span_text(doc, span.start, span.end)
    sent = sentence_of(span)
    words = token_strings(doc, "text")[span.start : span.end]
    votes = mention.votes
    country = lex.countries.get(text.lower())
    state = country and text.lower() in lex.cue("us_state_country")
    if state and _about_the_us_without_demonym(country, doc, lex):
        votes[C.PLACE] += 10  # "David Perdue of Georgia": the US state
    elif country and not first.is_lower:
        votes[C.COUNTRY] += 10
        mention.canonical, mention.alias_rule = country, "country_alias"
    elif text.lower() in lex.regions and not first.is_lower:
        votes[C.PLACE] += 10
        mention.canonical, mention.alias_rule = lex.regions[text.lower()], "region_alias"
    elif text.lower() in lex.bodies:
        name, cls = lex.bodies[text.lower()]
        votes[cls] += 10
        mention.canonical, mention.alias_rule = name, "body_alias"
    elif text in lex.party_members:
        votes[C.ORGANIZATION] += 10  # "the Democrats": the party
        mention.canonical, mention.alias_rule = lex.party_members[text], "party_alias"
    elif lex.capital_of(text) and not first.is_lower:
        votes[C.PLACE] += 3
    elif votes[C.PLACE]:
        votes[C.PLACE] *= 0.3  # a place the gazetteers do not know: the NER label alone is weak evidence
    if len(words) == 2 and lex.country_of(words[0]) and words[1].lower() in ("government", "administration"):
        votes[C.COUNTRY] += 10  # "the Hungarian Government" acts for Hungary (not "Trump administration")
        mention.canonical, mention.alias_rule = lex.country_of(words[0]), "government_metonymy"
    if TECH_GENERATION.match(text):
        votes[C.PRODUCT] += 10
    if (
        text.lower() in lex.cue("social_platform")
        and span.start > 0
        and tokens[span.start - 1].lower_ in ("on", "via")
    ):
        votes[C.PRODUCT] += 3  # "wrote on Twitter": the platform used, not the company
    if len(words) > 1 or votes[C.COMPANY] or votes[C.PLACE] < 3:
        # the head of "Committee on Foreign Relations" is before its "on"
        joiner = next((k for k, w in enumerate(words) if w.lower() in ("of", "on", "for")), len(words))
        head_class = lex.org_class(words) or lex.org_class(words[:joiner])
        if head_class is not None and not (len(words) == 1 and first.pos_ != "PROPN"):
            votes[head_class] += 4
    if lex.demonyms.get(words[0].lower()) and len(words) > 1 and votes[C.PERSON] == 0:
        votes[C.COMPANY] += 0.5  # "British Telecom": a national name
    if _placed_in_region(span, tokens, lex):
        votes[C.PLACE] += 3  # "in Tyler, Texas"
    # "Pedro Pierluisi", "his daughters Ashley and Toni": a common given name opens a person's name
    # (not "John Lewis Partnership", nor a place the gazetteers know)
    if (
        _opens_with_given_name(named, lex)
        and mention.canonical is None
        and not lex.is_place_name(text.lower())
        and lex.org_class(words) is None
        and not _named_after_a_person(named, doc, lex)
    ):
        votes[C.PERSON] += 1.5 if len(named) > 1 else 1.0
    if len(named) > 1 and lex.honorific(named[0].text)[0] and named[1].text[:1].isupper():
        votes[C.PERSON] += 3  # "Mr Tong", "Dr Sukhpreet Klaire"
    root = span.root
    head = root.head
    # "its new Zephyr phone", "the Zephyr 3 series", "smartphones like the Zephyr": a product's name
    # ("Acme phones", without a determiner, names the maker instead)
    product_head = head.pos_ == "NOUN" and lex.lemma_of(head) in lex.cue("produce_head")
    before = tokens[max(sent.start, span.start - 3) : span.start]
    preposition = max([b.i for b in before if b.pos_ == "ADP"], default=-1)
    phrase = [t for t in before if t.i > preposition]
    determined = any(  # within the name's own phrase: "its new X", not "the purchase of X phones"
        t.lower_ in DETERMINERS or t.tag_ == "PRP$" or t.lower_ in lex.cue("new_adj") for t in phrase
    )
    modifies = scheme.has_role(root, "compound") or root.dep_ in scheme.amod  # "its Kestrel[amod] Heavy X"
    maker = model_after(doc, span.end, lex) is not None  # "a Boeing 707 cargo plane": the model's maker
    if maker:
        votes[C.COMPANY] += 2.5
    if product_head and head.i >= span.end and modifies and determined and not maker:
        votes[C.PRODUCT] += 3
    if product_head and any(c.lower_ in ("like", "as") for c in child_tokens(root)):
        votes[C.PRODUCT] += 3
    if span.end < len(doc) and tokens[span.end].text == "member":
        votes[C.ORGANIZATION] += 2.5  # "an al-Qaeda member": a body with members
    # apposition or predicate description: "Acme, the Dutch vendor"; "the journal Acme Review"
    described = [*scheme.children(root, "appos"), *([head] if scheme.has_role(root, "appos") else [])]
    if root.dep_ in scheme.subj and (
        scheme.children(head, "cop") or head.dep_ in scheme.attr
    ):  # "X is a bank"
        described.append(head)
    conjoined_subject = root.dep_ == "conj" and root.head.dep_ in scheme.subj
    if conjoined_subject and scheme.children(root.head.head, "cop"):  # "X, Y and Z are banks"
        described.append(root.head.head)
    if span.start > 0 and tokens[span.start - 1].is_lower:
        described.append(tokens[span.start - 1])
    if span.start > 1 and tokens[span.start - 1].text == "," and tokens[span.start - 2].is_lower:
        described.append(tokens[span.start - 2])  # "Korea's third carrier, Acme"
    listed = example_list_head(doc, span.start, lex)  # "banks including X and Y"
    if listed is not None and not any(t.is_lower for t in named):
        described.append(listed)
    for other in described:
        human = lex.lemma_of(other) in lex.cue("literal_human_noun")
        if other.pos_ == "NOUN" and human:
            votes[C.PERSON] += 2.5  # "Jane Roe is a Turkish journalist", "Jane Roe, a lawyer,"
        for cls in lex.descriptions.get(lex.lemma_of(other), ())[:1]:
            if other.i == span.start - 1 and cls in (C.GOVERNMENT_BODY, C.ORGANIZATION):
                votes[cls] += 4  # "the telecoms regulator PTS" (not "his client X": people have clients too)
            elif other.pos_ == "NOUN" or other.i >= span.start - 2:
                votes[cls] += 2.5
    # "the Acme airframe company": a name modifying a business description (not "the Roe administration")
    with_article = span.start > sent.start and tokens[span.start - 1].lower_ in ("the", "a", "an")
    if with_article and scheme.has_role(root, "compound") and head.i >= span.end and head.pos_ == "NOUN":
        for cls in lex.descriptions.get(lex.lemma_of(head), ())[:1]:
            if cls in (C.COMPANY, C.ORGANIZATION):
                votes[cls] += 2.5
    # "Acme's plans": a possessor the gazetteers do not know is rather an organisation than a place
    if scheme.has_role(root, "poss") and mention.canonical is None and not votes[C.PERSON]:
        votes[C.COMPANY] += 0.5
    # the subject of saying, denying, selling...: an actor, not a place (a person when the NER says so)
    acts = root.dep_ in scheme.subj and (
        lex.lemma_of(head) in lex.cue("speech_verb") or lex.verb_frames(lex.lemma_of(head))
    )
    if acts and not votes[C.PERSON] and not votes[C.COUNTRY] and mention.canonical is None:
        votes[C.COMPANY] += 1.0
    # "told the Acme Mail", "according to the Acme Mail": an outlet, not a place (but "according to
    # Roe" may be a person's surname: only a name with its article)
    opener = [t.lower_ for t in tokens[max(sent.start, span.start - 3) : span.start]]
    told = (scheme.has_role(root, "obj") or scheme.has_role(root, "iobj")) and lex.lemma_of(head) == "tell"
    attributed = opener[-3:] == ["according", "to", "the"]
    outlet = (told or attributed) and opener[-1:] == ["the"] and not modifies_noun(doc, span.end)  # "X mayor"
    if outlet and not votes[C.PERSON] and not mention.canonical:
        votes[C.COMPANY] += 2
    # "Acme, which makes Zephyr Tissue", "Acme launched the Zephyr X5", "Acme uses Zephyr": what is made
    # or used is a product
    made = scheme.has_role(root, "obj") and head.pos_ == "VERB"
    made = made and lex.lemma_of(head) in lex.cue("made_or_used")
    if made and not votes[C.PERSON] and not votes[C.COUNTRY] and mention.canonical is None:
        votes[C.PRODUCT] += 3
    # "CEO of Acme", "a spokesman for Acme": what a title belongs to is an organisation (but what a
    # mayor or governor heads is a place)
    if (
        span.start >= 2
        and tokens[span.start - 1].lower_ in ("of", "for", "at")
        and lex.title(tokens[span.start - 2].lower_)
        and mention.canonical is None
        and not lex.countries.get(text.lower())
    ):
        place_head = tokens[span.start - 2].lower_ in lex.cue("place_head")
        votes[C.PLACE if place_head else C.COMPANY] += 1.5
    # "the city of Lindale", "the province of Lindale": a place
    of_a_place = span.start >= 2 and tokens[span.start - 1].lower_ == "of"
    if of_a_place and lex.kind_of(tokens[span.start - 2]) == C.PLACE:
        votes[C.PLACE] += 2
    # "Acme of Sweden", "Acme from Finland": an organisation (or a person, introduced by a full name),
    # not a place
    after = [t for t in tokens[span.end : span.end + 3] if not t.is_space]
    if (
        len(after) >= 2
        and after[0].lower_ in ("of", "from")
        and lex.countries.get(after[1].lower_)
        and not lex.countries.get(text.lower())
        and (not votes[C.PERSON] or len(words) == 1)
    ):
        votes[C.COMPANY] += 1.5
    # "Acme's CEO", "Acme spokesman", "Acme's equipment", "Acme phones": the name of a business
    following = tokens[span.end : span.end + 3]
    following = following[1:] if len(following) and following[0].lower_ in ("'s", "’s") else following[:2]
    government_title = len(following) and following[0].lower_ in lex.cue("government_title")
    role = lex.role(following[0].lower_) if len(following) and following[0].is_lower else None
    if role is not None and role.relation == "relativeOf":
        votes[C.PERSON] += 1.5  # "Roe's mother", "Roe's son"
    elif (
        government_title and following[0].lower_ in lex.cue("place_head") and not lex.is_adjective_name(text)
    ):
        votes[C.PLACE] += 1.5  # "Lindale's mayor", "Lindale Governor Jane Roe": a city or region
    elif len(following) and (
        lex.lemma_of(following[0]) in lex.cue("local_body_noun")
        or " ".join(t.lower_ for t in following[:2]) in lex.cue("police_title")
    ):
        votes[C.PLACE] += 1.5  # "El Paso's police", "Lindale's chief constable": a place's police
    elif len(following) and not government_title and lex.title(following[0].lower_):
        votes[C.COMPANY] += 1  # "Acme spokesman" (but "Smith adviser" is a person's: a faint vote)
    elif len(following) and following[0].is_lower and lex.lemma_of(following[0]) in lex.cue("goods_noun"):
        votes[C.COMPANY] += 2
    # "Acme, which makes X": "which" refers to things, never to a person
    k = span.end + 1 if span.end < sent.end and tokens[span.end].text == "," else span.end
    governed = span.start > sent.start and tokens[span.start - 1].pos_ == "ADP"  # "the arrest of X which ..."
    if k < sent.end and tokens[k].lower_ == "which" and votes[C.PERSON] and not governed:
        del votes[C.PERSON]
        if not votes:
            votes[C.COMPANY] += 1.0
    # "CEO Jane Roe", "Jane Roe, director of": a person
    before = tokens[span.start - 1] if span.start > 0 else None
    lemma = lex.lemma_of(before) if before is not None and before.is_lower else None
    occupation = lemma in lex.cue("human_noun") or lemma in lex.cue("kin_noun")  # "actress X", "his son X"
    if before is not None and (lex.title(before.lower_) or occupation) and not scheme.has_role(root, "poss"):
        votes[C.PERSON] += 2  # "CEO Jane Roe", "actress Jane Roe"
    elif before is not None and before.text == ",":  # "Acme's head of policy, Jane Roe,"
        phrase = tokens[max(sent.start, span.start - 12) : span.start - 1]
        words = list(itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX", "PUNCT"), reversed(phrase)))
        if any(lex.title(t.lower_) and t.is_lower for t in words):
            votes[C.PERSON] += 1
    first = root.head  # "Presidents A of X and B of Y": the plural title before the first name is B's too
    titled = first.i > 0 and _plural_title(tokens[first.i - 1], lex)
    if root.dep_ == "conj" and first.pos_ == "PROPN" and titled:
        votes[C.PERSON] += 2
    after = tokens[span.end : min(span.end + 7, sent.end)]
    apposed = list(itertools.takewhile(lambda t: not t.is_punct or t.text in "-–", after[1:]))
    if len(after) >= 2 and after[0].text == "," and any(lex.title(t.lower_) for t in apposed):
        votes[C.PERSON] += 1  # "Jane Roe, the Ruritanian Government commissioner"
    calendar = any(t.lower_.rstrip(".") in lex.cue("calendar") for t in named)
    inside = span.start > sent.start  # not "Meanwhile, ...", "Update: ..."
    if (
        not votes
        and mention.source == "parse"
        and not calendar
        and (inside or len(span) > 1)
        and all(
            (t.pos_ == "PROPN" and t.tag_ != "NNPS")
            or (t.is_upper and t.is_alpha and len(t) > 1)
            or ((t.is_title or t.text in ("-", "–")) and ("-" in text or "–" in text))  # "Rolls-Royce"
            for t in named
        )
    ):
        votes[C.COMPANY] += 0.25  # an unlabelled proper name: weakly an organisation


def _pool_votes(mentions: list[NamedMention], surnames: set[str], doc: Doc, lex: Lexicon) -> None:
    """One sense per document: every mention of a name gets the name's pooled votes.

    A one-word name that the NER calls a person but that never ends a longer
    person's name ("Roe" after "Jane Roe") is more often an organisation the
    NER has not learnt: news introduce people by their full name, or by a
    title and surname ("President Roe", "Chancellor Roe"), which stays a person,
    as does a common given name. ``surnames`` are those of :func:`_surnames`.
    """
    pooled = _pooled(mentions, surnames)
    doubtful = {key for key, votes in pooled.items() if " " not in key and votes[C.PERSON]}
    if doubtful:
        people = _said_to_be_people(mentions, doubtful, surnames, doc, lex)
        for key in doubtful - people:
            votes = pooled[key]
            votes[C.PERSON] /= 4
            if sum(votes.values()) == votes[C.PERSON]:
                votes[C.COMPANY] += votes[C.PERSON] + 0.1
    for mention in mentions:
        mention.votes = Counter(pooled[mention.key])


def _pooled(mentions: list[NamedMention], surnames: set[str]) -> dict[str, Counter]:
    """The votes of all mentions of each name, and a person vote at each mention of a surname of a
    name of several words ("Roe" after "Jane Roe": news name a person by surname), so that the NER's
    reading of every mention ("Roe" an ORG each time) does not outweigh it."""
    pooled: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        pooled[mention.key].update(mention.votes)
        if mention.key in surnames:
            pooled[mention.key][C.PERSON] += 3
    return pooled


def _surnames(mentions: list[NamedMention]) -> set[str]:
    """The last words (name keys) of the names of more than one word that have votes for a person."""
    return {name_key(m.text.split()[-1]) for m in mentions if " " in m.text and m.votes[C.PERSON]}


def _said_to_be_people(
    mentions: list[NamedMention], keys: set[str], surnames: set[str], doc: Doc, lex: Lexicon
) -> set[str]:
    """Those of the one-word names ``keys`` that the text shows to be people's: one of the
    ``surnames`` of longer person's names, a common given name, or a name after a title, an
    honorific or a kin noun ("Turkish president Roe", "Mr Roe", "his son Wyatt")."""
    people = surnames & keys
    people |= keys & lex.given_names  # "his daughters Ashley and Toni"
    tokens, kin = token_list(doc), lex.cue("kin_noun")
    for m in mentions:
        if m.key not in keys or m.key in people or m.start == 0:
            continue
        before = tokens[m.start - 1]
        if (
            lex.title(before.lower_) is not None
            or lex.honorific(before.text)[0]
            or (before.is_lower and lex.lemma_of(before) in kin)
        ):
            people.add(m.key)
    return people


def _coordination_votes(doc: Doc, mentions: list[NamedMention], surnames: set[str]) -> None:
    """Names in one coordination ("Acme, Zenith and Orbis") tend to be of one class: each gets a
    vote for its conjuncts' leading class."""
    by_token = {t: m for m in mentions for t in range(m.start, m.end)}
    pooled = _pooled(mentions, surnames)
    leading = {
        id(m): best_class(
            NamedMention(m.start, m.end, m.text, m.sent, m.source, pooled[m.key], m.canonical, m.alias_rule)
        )
        for m in mentions
        if pooled[m.key]
    }
    extra: dict[int, Counter] = defaultdict(Counter)
    for mention in mentions:
        root = doc[mention.start : mention.end].root
        conjuncts = root.conjuncts
        # "the director of Acme, Jane Roe": two names and a comma, with no "and" or "or", are an
        # apposition misread (unlike a list of three or more: "Mysore, Mandya, Kodagu")
        if len(conjuncts) == 1 and not any(
            c.dep_ == "cc" for t in (root, *conjuncts) for c in child_tokens(t)
        ):
            continue
        for other in conjuncts:
            sibling = by_token.get(other.i)
            if sibling is not None and sibling is not mention and id(sibling) in leading:
                extra[id(mention)][leading[id(sibling)]] += 1.0
    for mention in mentions:
        mention.votes.update(extra[id(mention)])


def best_class(mention: NamedMention) -> EntityClass:
    """The class with the most votes (ties broken by a fixed order). Countries are a closed class:
    only a name of the country gazetteer is one (a capital acting for it is decided in coreference)."""
    votes = {
        cls: n
        for cls, n in mention.votes.items()
        if cls != C.COUNTRY or mention.alias_rule in ("country_alias", "government_metonymy")
    }
    votes = votes or {C.PLACE: 0.0}
    return max(votes, key=lambda cls: (votes[cls], -_CLASS_ORDER[cls]))


#: each class's place in the fixed order that breaks ties between votes
_CLASS_ORDER = {cls: rank for rank, cls in enumerate(C)}
