"""Relations from dependency structures, through the trigger lexicon.

For every sentence:

* **verb triggers** (``lexicon.tsv``, kind verb): the subject is the active
  subject, the "by" agent of a passive, or inherited through control
  ("decided to exit": the subject of *decided*; "urged X to ban": X), a
  relative clause ("X, who leads Y") or a nominal head ("X's deal to supply
  Y"); the object is looked for in the frame's slots (direct object,
  prepositional objects, the subject of a that-clause, the object of a gerund:
  "banned operators from using X equipment"). Both sides are expanded over
  coordination.
* **noun triggers** (nominalisations): "a ban on X", "the arrest of X",
  "X's probe into Y", "X is the biggest supporter of Y", "US claims that X...".
* **titles** before or after a person's name: "Acme founder and CEO Jane Roe",
  "Jane Roe, the chief executive of Acme" -> founderOf / leads / worksFor /
  memberOf.
* **modifiers**: nationality ("German X", "Korea's X", "X of Sweden", a country
  or demonym opening an organisation's name), location ("Oslo-based X"),
  products ("its new Zephyr phone" -> produces, "its 5G networks" -> uses).

An argument that is not a name is resolved: pronouns and descriptions through
coreference; "X's equipment", "the purchase of X phones" and "the US market"
down to the entity they belong to; unnamed office holders and agencies
("Norway's data protection agency") become descriptive entities. A verb that
triggers no core relation between two entities gives an open triple.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.extract.coref import PERSON_PRONOUNS, THING_PRONOUNS, EntityTable
from newsgraph.extract.depscheme import DepScheme
from newsgraph.extract.entities import FORMER_WORDS, NamedMention, example_list_head, model_after
from newsgraph.extract.lexicon import Frame, Lexicon, Title
from newsgraph.extract.modality import read_modality
from newsgraph.extract.records import EntityClass, Modality
from newsgraph.extract.tokens import (
    child_tokens,
    modifies_noun,
    sentence_of,
    span_text,
    token_flags,
    token_list,
    token_strings,
    tokens_of,
)

__all__ = ["Found", "RelationFinder"]

C = EntityClass
AUTHORITIES = frozenset({C.COUNTRY, C.GOVERNMENT_BODY, C.PERSON})
#: the classes that employ, own and act as organisations
BODIES = (C.COMPANY, C.ORGANIZATION, C.GOVERNMENT_BODY)
#: words before the country in a state's organisation name: "Royal Thai Navy", "National Iranian Oil Company"
STATE_NAME_PREFIXES = frozenset({"royal", "national", "imperial", "federal"})
#: the parts of speech a tagger gives a verb it misreads ("plans to *back*[ADV] out", "resume
#: *supplying*[NOUN] X")
MISREAD_VERB_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "ADP", "X", "INTJ"})
#: offices named with the country or body they are posted to: "the Libyan ambassador to Greece"
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "consul", "representative"})
PAST_AUXILIARIES = frozenset({"is", "was", "were", "has", "had", "have", "been", "being"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: pronouns of one person or thing, which coreference resolves well ("they" less so)
SINGULAR_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS
OPEN_VERB_STOPLIST = frozenset(
    {"be", "have", "do", "say", "get", "make", "include", "see", "go", "take", "come"}
)
#: words between a verb that gives or leaves an office and its "as": "sworn in as", "took office as"
ROLE_VERB_PARTICLES = frozenset({"in", "over", "down", "office"})
#: words of a title not yet held: "incoming chair Jane Roe", "President-elect Jane Roe"
PROSPECTIVE_WORDS = frozenset({"incoming", "future", "elect", "designate"})
#: titles that hold a portfolio, and the nouns of the body that runs one (see ``_portfolio_department``)
MINISTER_TITLES = frozenset({"minister", "secretary"})
MINISTRY_NOUNS = frozenset({"ministry", "department", "office"})
#: modifiers of a title held under its head: "deputy health minister", "assistant secretary"
SUBORDINATE_MODIFIERS = frozenset({"deputy", "vice", "assistant", "junior", "under", "associate"})
TITLE_MODIFIERS = frozenset(
    {
        "chief",
        "senior",
        "vice",
        "deputy",
        "executive",
        "former",
        "acting",
        "interim",
        "incoming",
        "future",
        "special",
        "billionaire",
        "legal",
        "financial",
        "technology",
        "technical",
        "operating",
        "digital",
        "foreign",
        "defence",
        "defense",
        "state",
        "general",
        "managing",
        "co",
        "founding",
        "then",
        "de",
        "facto",
        "current",
        "new",
        "longtime",
        "global",
        "regional",
        "national",
        "marketing",
        "security",
        "information",
        "external",
        "affairs",
        "accredited",
        "retired",
        "elected",
        "veteran",
        "assistant",
        "associate",
        "top",
        "lead",
    }
)


@dataclass(frozen=True)
class Found:
    """A relation instance before it becomes a :class:`~newsgraph.extract.records.Statement`."""

    subject: int
    relation: str | None
    object: int
    predicate: str
    sentence: Span
    rule: str
    confidence: float
    modality: Modality = Modality.ASSERTED
    speaker: int | None = None


#: the words that may open an outlet phrase (see RelationFinder._outlets)
OUTLET_CUES = frozenset(
    {"according", "per", "in", "interview", "interviews", "report", "reported", "reports", "publish"}
    | {"published", "publishes", "speaking", "speaks", "spoke", "spoken", "speak", "talking", "talked"}
    | {"talk", "talks", "appearing", "appeared", "appear", "appears"}
)

DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)


#: nouns whose "of" names who acts through them: "the government of X", "the navies of X and Y"
ACTING_FOR_OWNER = frozenset({"government", "administration", "regime", "navy", "army", "military"})
#: endings of nouns for people by what they do: "inventor", "mathematician", "arbiter", "heiress"
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ess")


def _written(tokens: Iterable[Token]) -> str:
    """The words of ``tokens`` in lower case, spaced as written: "Vice-President" is "vice-president"
    (three tokens), "Prime  Minister" is "prime minister"."""
    return "".join(t.lower_ + (" " if t.whitespace_ else "") for t in tokens).rstrip()


def _lower_adverb(token: Token) -> bool:
    """An adverb inside a verb group: "also", "currently", "then"."""
    return token.pos_ == "ADV" and token.is_lower


def _possessive(token: Token) -> bool:
    """A possessive ending: "Acme's", "Acme Labs'" (the bare apostrophe after a final s)."""
    after_s = token.text in ("'", "’") and token.i > 0 and token.doc[token.i - 1].lower_.endswith("s")
    return token.lower_ in ("'s", "’s") or after_s


class RelationFinder:
    """Finds relations in the sentences of one document."""

    def __init__(self, table: EntityTable, scheme: DepScheme, lex: Lexicon) -> None:
        self.table, self.scheme, self.lex = table, scheme, lex
        self.found: list[Found] = []
        self._typed: dict[int, bool] = {}  # entity -> _well_typed
        #: holders of a bare head-of-state title, with no owner named or implied ("Prime Minister Jane Roe")
        self._bare_heads: dict[int, tuple[str, Span]] = {}
        #: holders of a bare legislator's title ("Senator Jane Roe"), with its sentence and first word
        self._bare_members: dict[int, tuple[str, Span, Token]] = {}
        #: the words a "to" marks, after it: "plans *to* back out"
        tokens, lowers = token_list(table.doc), token_strings(table.doc, "lower_")
        self._after_to = {
            t.head.i
            for t in (tokens[i] for i, word in enumerate(lowers) if word == "to")
            if t.dep_ in scheme.mark and t.head.i > t.i
        }
        #: the gerunds in a verb's complement: "resume *supplying* X"
        labels = token_strings(table.doc, "dep_")
        self._gerunds = {
            i for i, word in enumerate(lowers) if word.endswith("ing") and labels[i] in scheme.xcomp
        }
        #: :meth:`entities_of`, by token, arguments and state
        self._entities_at: dict[tuple, list[int]] = {}
        #: :meth:`_country_words`, asked again for the same words by each scan of the text
        self._countries_at: dict[tuple[int, int], str | None] = {}

    @functools.cached_property
    def _written_forms(self) -> frozenset[str]:
        """Every token text of the document, to ask whether it also writes a word in lower case."""
        return frozenset(token_strings(self.table.doc, "text"))

    @functools.cached_property
    def _title_holders(self) -> list[tuple[int, str, int]]:
        """Each person's name with the title written right before it or in apposition after it, in the
        text's order: (the name's first index, the title, the person), for "President Jane Roe" and
        "Jane Roe, the president of X," but not "former President Jane Roe" (see
        :meth:`_title_description`)."""
        table, lowers = self.table, token_strings(self.table.doc, "lower_")
        holders = []
        for start in table.mention_starts(0, len(lowers)):
            mention = table.mention_of[start]
            person = table.token_entity.get(start)
            if person is None or table.cls(person) != C.PERSON:
                continue
            sent = sentence_of(table.doc[mention.start])
            found = (
                self._title_ending_at(mention.start - 1, sent.start) if mention.start > sent.start else None
            )
            if found is not None and not (found[1] > sent.start and lowers[found[1] - 1] in FORMER_WORDS):
                holders.append((mention.start, found[0], person))
            k = mention.end  # "Jane Roe, the president of X" (not "the former president")
            found = (
                self._title_at(k + 2, sent.end)
                if k + 2 < sent.end and lowers[k : k + 2] == [",", "the"]
                else None
            )
            if found is not None:
                holders.append((mention.start, found[0], person))
        return holders

    def _title_description(self, noun: Token) -> list[int]:
        """The person that "the president" (or "the President's") refers to: the one person the text
        has named with that title before it ("President Jane Roe ... the president"); nobody when it
        has named several, or none."""
        words = noun.lower_
        if noun.i > 0 and self.lex.title(f"{noun.doc[noun.i - 1].lower_} {words}"):
            words = f"{noun.doc[noun.i - 1].lower_} {words}"  # "the prime minister", "the chief executive"
        role = self.lex.role(words)
        if role is None or role.relation == "relativeOf":
            return []
        people = {person for start, title, person in self._title_holders if start < noun.i and title == words}
        return list(people) if len(people) == 1 else []

    # -- entry point -----------------------------------------------------------
    def find(self) -> list[Found]:
        sents, doc = self.table.sentences, self.table.doc
        tokens = token_list(doc)
        parts, tags, labels = (token_strings(doc, name) for name in ("pos_", "tag_", "dep_"))
        for index, sent in enumerate(sents):
            self.table.speakers[index] = self._speakers(sent)
        for sent in sents:
            self._units(sent)
        for sent in sents:
            self._titles(sent)
        for index, sent in enumerate(sents):
            self._outlets(sent, self.table.speakers[index])
            self._platforms(sent, self.table.speakers[index])
            self._party_members(sent)
            for i in range(sent.start, sent.end):
                token, pos, tag, dep = tokens[i], parts[i], tags[i], labels[i]
                verbal = (
                    pos in ("VERB", "AUX")
                    or tag == "VBN"
                    or (pos in MISREAD_VERB_POS and self._infinitive(token))
                )
                if verbal and dep not in self.scheme.amod:  # "state-owned", "Oslo-based": modifiers
                    self._verb(token, sent)
                if pos in ("NOUN", "PROPN") or (tag in ("NNS", "VBZ") and self._nominal(token)):
                    self._noun(token, sent)
                if pos == "ADJ" or (tag == "VBN" and dep in self.scheme.acl):  # "critical of", "allied with"
                    self._adjective(token, sent)
            self._modifiers(sent)
        self._named_units()
        self._national_branches()
        self._heads_of_document_country()
        self._members_of_named_bodies()
        self._committees()
        self._employers_of_units()
        return self.found

    def _named_units(self) -> None:
        """A named business unit with no owner in the text ("the Cloud Business Group said") belongs to
        the company the text is about: its most mentioned company."""
        table = self.table
        owned = {f.subject for f in self.found if f.relation == "partOf"}
        companies = sorted(
            (c for c in range(len(table.clusters)) if table.cls(c) == C.COMPANY),
            key=lambda c: -len(table.clusters[c].mentions),
        )
        if not companies:
            return
        for unit, cluster in enumerate(table.clusters):
            words = cluster.label().lower().split()
            named_unit = {" ".join(words[-2:]), words[-1]} & self.lex.cue("unit_noun")
            if cluster.cls == C.ORGANIZATION and named_unit and unit not in owned and len(words) > 2:
                first = min(cluster.mentions, key=lambda m: m.start)
                self._emit(
                    unit,
                    "partOf",
                    companies[0],
                    words[-1],
                    sentence_of(table.doc[first.start]),
                    "unit:topic",
                    0.55,
                )

    def _national_branches(self) -> None:
        """A company named as another organisation of the text plus a country ("Netflix Japan",
        "Vodafone UK", "Mazars USA") is that organisation's national branch: partOf it."""
        table, lex = self.table, self.lex
        organisations = (C.COMPANY, C.ORGANIZATION)
        by_name = {  # (not an adjective read as a name: "Republican US Senator X")
            label.lower(): c
            for c in range(len(table.clusters))
            if table.cls(c) in organisations and not lex.is_adjective_name(label := table.label(c))
        }
        for branch, cluster in enumerate(table.clusters):
            words = cluster.label().split()
            if cluster.cls not in organisations or len(words) < 2:
                continue
            for size in (1, 2):  # "Netflix Japan", "Acme South Africa"
                if len(words) > size and lex.countries.get(" ".join(words[-size:]).lower()):
                    parent = by_name.get(" ".join(words[:-size]).lower())
                    if parent is not None and parent != branch:
                        first = min(cluster.mentions, key=lambda m: m.start)
                        sent = sentence_of(table.doc[first.start])
                        country = words[-1].lower()
                        self._emit(branch, "partOf", parent, country, sent, "partOf:national_branch", 0.7)
                    break

    def _heads_of_document_country(self) -> None:
        """A bare head-of-state title ("Prime Minister Jane Roe said") is the title of the country the
        text is about, when one clearly is (see :meth:`_document_country`) and the title's sentence names
        no other country. Not for a holder the text ties to a country, organisation or party otherwise."""
        if not self._bare_heads:
            return
        country = self._document_country()
        if country is None:
            return
        ties = ("nationality", "leads", "worksFor", "memberOf")
        # (a party named by its adjective is no such tie: "Republican President X" is still the president)
        tied = {f.subject for f in self.found if f.relation in ties and f.rule != "memberOf:party"}
        name = self.table.label(country)
        monarchy = name.lower() in self.lex.cue("monarchy")
        for person, (title, sent) in self._bare_heads.items():
            others = {other for _, other in self._country_names(sent.start, sent.end)} - {name}
            crowned = title in self.lex.cue("name_word_title")  # "King X" in a republic: a name, a nickname
            if person not in tied and not others and (monarchy or not crowned):
                self._emit(person, "leads", country, title, sent, "title:document_country", 0.55)

    def _members_of_named_bodies(self) -> None:
        """A bare legislator's title ("Senator Jane Roe said") makes its holder a member of the one body of
        that name the text names ("the Senate", "the Ruritanian Senate"), else of that body of the country
        the text is about (see :meth:`_document_country`). Not when the text names several such bodies."""
        if not self._bare_members:
            return
        country = self._document_country()
        for person, (title_words, sent, anchor) in self._bare_members.items():
            body_name = self.lex.role(title_words).body
            # the body's name, else its short form ("the House" for the House of Representatives)
            bodies = self._bodies_named(body_name) or self._bodies_named(body_name.split(" of ")[0])
            # "the Senate", short for "the Ruritanian Senate" the text also names: the fullest name
            bodies = [b for b in bodies if not any(self._short_for(b, other) for other in bodies)]
            if not bodies and country is not None:
                bodies = [self._country_body(country, body_name, anchor)]
            if len(bodies) == 1:
                self._emit(person, "memberOf", bodies[0], title_words, sent, "title:named_body", 0.6)

    def _bodies_named(self, name: str) -> list[int]:
        """The government bodies whose names end in ``name`` after nothing or a place's words ("the
        Senate", "the Ruritanian Senate"; not "the Republican Senate primary")."""
        form = name.split()
        return [
            c
            for c, cluster in enumerate(self.table.clusters)
            if cluster.cls == C.GOVERNMENT_BODY
            and (words := cluster.label().split())[-len(form) :] == form
            and self._place_words(words[: -len(form)])
        ]

    def _place_words(self, words: list[str]) -> bool:
        """Whether ``words`` are nothing, or name a place: a country, demonym, capital, region or a place
        or country of the text ("Ruritanian", "Puerto Rico", "the U.S.")."""
        text = " ".join(w for w in words if w.lower() != "the")
        places = (C.COUNTRY, C.PLACE)
        return (
            not text
            or self.lex.is_place_name(text)
            or any(
                self.table.label(e) == text or any(m.text == text for m in cluster.mentions)
                for e, cluster in enumerate(self.table.clusters)
                if cluster.cls in places
            )
        )

    def _short_for(self, entity: int, other: int) -> bool:
        """Whether ``entity``'s name is the last words of ``other``'s longer one ("Senate", "Ruritanian
        Senate")."""
        short, full = self.table.label(entity).lower().split(), self.table.label(other).lower().split()
        return len(short) < len(full) and full[-len(short) :] == short

    def _country_body(self, country: int, body: str, anchor: Token) -> int:
        """The legislature ``body`` ("Senate") of ``country``, named with the country's code ("US Senate",
        "UK Parliament"; a body of several words with the country's name, as it is written in full:
        "United States House of Representatives"), else with its nearest name before ``anchor``
        ("Ruritanian Senate")."""
        table = self.table
        short = " " not in body
        surface = self.lex.country_codes.get(table.label(country)) if short else table.label(country)
        if surface is None:
            nearest = max(
                (
                    m
                    for t, m in table.mention_of.items()
                    if t < anchor.i and table.entity_at(anchor.doc[t]) == country
                ),
                key=lambda m: m.start,
                default=None,
            )
            surface = nearest.text if nearest is not None else table.label(country)
        return table.add_entity(f"{surface} {body}", C.GOVERNMENT_BODY, anchor.i, anchor.i + 1, "title_body")

    def _document_country(self) -> int | None:
        """The country the text is about: named (by name, other name or demonym, also inside other names:
        "the US House") at least three times, and at least twice as often as any other country."""
        counts: Counter[str] = Counter()
        first: dict[str, Token] = {}  # a country -> the first word that names it
        for token, name in self._country_names(0, len(self.table.doc)):
            counts[name] += 1
            first.setdefault(name, token)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        name = ranked[0][0]
        return self._country(name, first[name])

    def _country_names(self, start: int, end: int) -> Iterator[tuple[Token, str]]:
        """The countries that tokens ``[start, end)`` name, in order, with the first word of each naming:
        country mentions, and country names and demonyms anywhere ("the *US* House", "*French* officials")."""
        table = self.table
        tokens, lowers = token_list(table.doc), token_flags(table.doc, "is_lower")
        words = token_strings(table.doc, "lower_")
        i = start
        while i < end:
            entity, size, name = table.token_entity.get(i), 1, None
            if entity is not None and table.cls(entity) == C.COUNTRY:
                mention = table.mention_of.get(i)
                name, size = table.label(entity), mention.end - i if mention is not None else 1
            # "the *US* House", "*French* officials"
            elif not lowers[i] and self.lex.may_open_country(words[i]):
                for n in (3, 2, 1):
                    country = self._country_words(i, n) if i + n <= end else None
                    if country:
                        size, name = n, country
                        break
            if name is not None:
                yield tokens[i], name
            i += size

    def _committees(self) -> None:
        """ "the House Judiciary Committee", "the Senate's Committee on Finance": a committee named with
        a body the text also names on its own, or introduced by its possessive, is part of that body."""
        table, doc = self.table, self.table.doc
        tokens = token_list(doc)
        bodies = (C.GOVERNMENT_BODY, C.ORGANIZATION)
        for unit, cluster in enumerate(table.clusters):
            words = cluster.label().split()
            if cluster.cls not in bodies or not {"committee", "subcommittee"} & {w.lower() for w in words}:
                continue
            parents: dict[int, NamedMention] = {}
            for mention in cluster.mentions:
                if mention.start >= 2 and _possessive(tokens[mention.start - 1]):
                    owner = table.entity_at(tokens[mention.start - 2])
                    if owner is not None and owner != unit and table.cls(owner) in bodies:
                        parents.setdefault(owner, mention)  # "the Senate's Committee on Finance"
            # "the House Judiciary Committee": a name of the body opens the committee's, before at
            # least two more words; "House" also stands for the one "House of ..." the text names
            opening: list[int] = []
            short: list[int] = []
            for other, named in enumerate(table.clusters):
                if other == unit or named.cls not in bodies:
                    continue
                names = [m.text.split() for m in named.mentions]
                if any(len(name) < len(words) - 1 and words[: len(name)] == name for name in names):
                    opening.append(other)
                elif named.cls == C.GOVERNMENT_BODY and (label := named.label().split())[1:2] == ["of"]:
                    short += [other] if label[0] == words[0] else []
            for other in opening or (short if len(short) == 1 else []):
                parents.setdefault(other, cluster.mentions[0])
            for parent, mention in parents.items():
                sent = sentence_of(tokens[mention.start])
                self._emit(unit, "partOf", parent, "committee", sent, "partOf:committee", 0.6)

    def _employers_of_units(self) -> None:
        """Who leads or works for a unit works for the organisation the unit is part of; who sits on a
        legislature's committee is a member of the legislature."""
        parents = {(f.subject, f.object, f.rule) for f in self.found if f.relation == "partOf"}
        for found in list(self.found):
            if found.relation in ("leads", "worksFor", "founderOf", "memberOf"):
                for unit, parent, rule in parents:
                    relation = "memberOf" if rule == "partOf:committee" else "worksFor"
                    # (a unit's member is no employee of its parent; a committee's is the legislature's)
                    if unit == found.object and (relation == "memberOf" or found.relation != "memberOf"):
                        self._emit(
                            found.subject,
                            relation,
                            parent,
                            found.predicate,
                            found.sentence,
                            f"{relation}:unit",
                            0.6,
                            fixed=found.modality,
                        )

    # -- helpers ---------------------------------------------------------------
    def _emit(
        self,
        s: int,
        relation: str | None,
        o: int,
        predicate: str,
        sent: Span,
        rule: str,
        confidence: float,
        trigger: Token | None = None,
        fixed: Modality | None = None,
    ) -> None:
        if s == o or self._faint(s) or (self._faint(o) and relation != "contacts"):
            return  # (an outlet a person talks to is often named once, untagged: "told Acme Daily")
        if relation is not None and not self.lex.allows(relation, self.table.cls(s), self.table.cls(o)):
            return
        heads_a_place = relation == "leads" and self.table.cls(o) == C.PLACE
        if heads_a_place and predicate not in self.lex.cue("place_head"):
            return  # a governor heads a state; a city's police chief heads its police, not the city
        modality, speaker = Modality.ASSERTED, None
        if trigger is not None:
            reading = read_modality(trigger, self.scheme, self.lex)
            modality = reading.modality
            if reading.speech_verb is not None:
                speakers = self._entities_of_tokens(self._subjects(reading.speech_verb))
                speaker = speakers[0] if speakers else None
        if fixed is not None:
            modality = fixed if modality != Modality.HYPOTHETICAL else modality
        self.found.append(Found(s, relation, o, predicate, sent, rule, confidence, modality, speaker))

    def _speakers(self, sent: Span) -> list[int]:
        found: list[int] = []
        speech, tokens = self.lex.cue("speech_verb"), token_list(self.table.doc)
        parts = token_strings(self.table.doc, "pos_")
        for token in (tokens[i] for i in range(sent.start, sent.end) if parts[i] == "VERB"):
            if self.lex.lemma_of(token) in speech:
                for e in self._entities_of_tokens(self.scheme.active_subjects(token), resolve_we=False):
                    found.append(e)
        return found

    def _outlets(self, sent: Span, speakers: list[int]) -> None:
        """The speakers of a sentence contact the outlet it is attributed to: "X said ..., according
        to Acme News", "... said X per Acme News", "In an Acme News report, X said", "Speaking on
        Acme TV, X said", "X told Acme News in an interview with Acme News", "In a letter to Acme News,
        X said"; and "Acme News reported that X said ...". Read on the words: such phrases attach
        anywhere in a small parser's tree.
        """
        if not speakers:
            return
        doc, table, lex = self.table.doc, self.table, self.lex
        tokens = token_list(doc)
        outlets: list[tuple[int, str]] = []
        reporters: set[int] = set()
        for token in tokens_of(sent):
            word, i = token.lower_, token.i
            message = token.pos_ == "NOUN" and lex.lemma_of(token) in lex.cue("message_noun")
            if (word not in OUTLET_CUES and not message) or i + 1 >= sent.end:
                continue
            following = tokens[i + 1].lower_
            if word in ("report", "reported", "reports", "publish", "published", "publishes"):
                if token.pos_ == "VERB":  # "Acme News reported that X said ..."
                    subjects = self.scheme.active_subjects(token)  # named, not "which" or "it"
                    found = [e for t in subjects if (e := table.entity_at(t)) is not None]
                    outlets += [(e, lex.lemma_of(token)) for e in found]
                    reporters.update(found)
            elif word == "according" and following == "to":
                outlets += [(e, "according to") for e in self._outlet_after(i + 2, sent)]
            elif word == "per" and token.pos_ == "ADP":
                outlets += [(e, "per") for e in self._outlet_after(i + 1, sent)]
            elif lex.lemma_of(token) in ("speak", "talk", "appear") and following == "on":
                outlets += [(e, "on") for e in self._outlet_after(i + 2, sent)]  # "speaking on Acme TV"
            elif word == "in":  # "in a/the Acme News report", "in Acme News's interview"
                outlets += [
                    (e, tokens[end].lower_)
                    for e, end in self._outlet_spans(i + 1, sent)
                    if end < sent.end and lex.lemma_of(tokens[end]) in lex.cue("source_noun")
                ]
            elif word in ("interview", "interviews") and following == "with" and token.pos_ == "NOUN":
                outlets += [(e, "interview") for e in self._outlet_after(i + 2, sent)]
            elif message and following == "to":
                outlets += [(e, word) for e in self._outlet_after(i + 2, sent)]  # "In a letter to Acme News"
        for outlet, predicate in outlets:
            if table.cls(outlet) in (C.COMPANY, C.ORGANIZATION):
                for speaker in speakers:
                    if speaker != outlet and speaker not in reporters:
                        self._emit(speaker, "contacts", outlet, predicate, sent, "contacts:outlet", 0.6)

    def _platforms(self, sent: Span, speakers: list[int]) -> None:
        """Who writes "on Twitter" or speaks "via Facebook" uses the platform: the subject of the verb
        the phrase belongs to (or of the verb whose object is the message: "posted a message on Twitter"),
        else the sentence's speakers ("In a statement on Twitter, X said")."""
        table, platforms = self.table, self.lex.cue("social_platform")
        tokens, lowers = token_list(table.doc), token_strings(table.doc, "lower_")
        for token in (tokens[i] for i in range(sent.start + 1, sent.end) if lowers[i - 1] in ("on", "via")):
            platform = table.entity_at(token)
            mention = table.mention_of.get(token.i)
            if platform is None or mention is None or mention.start != token.i:
                continue
            if mention.text.lower() not in platforms:
                continue
            head = token.doc[mention.start : mention.end].root.head  # ("Truth Social": of its last word)
            if head.pos_ not in ("VERB", "AUX"):
                if self.lex.lemma_of(head) not in self.lex.cue("message_noun"):
                    continue  # "followers on Facebook", "a video of X on Facebook": no use said
                if head.dep_ in self.scheme.obj:
                    head = head.head  # "posted a message on X": the verb's subject
            verbal = head.pos_ in ("VERB", "AUX")
            users = self._entities_of_tokens(self._subjects(head)) if verbal else []
            predicate = self.lex.lemma_of(head) if verbal else token.doc[token.i - 1].lower_
            for user in users or speakers:
                self._emit(user, "uses", platform, predicate, sent, "uses:platform", 0.6)

    def _party_members(self, sent: Span) -> None:
        """People listed with a party's members' noun are members: "A of Ohio and B of Utah, both
        Republicans", "some Democrats, such as former Representative A" (read on the words)."""
        doc, texts = self.table.doc, token_strings(self.table.doc, "text")
        tokens = token_list(doc)
        for at in range(sent.start, sent.end):
            party_name = self.lex.party_members.get(texts[at])
            if party_name is None:
                continue
            token = tokens[at]
            i = at - 1
            while i > sent.start and tokens[i].lower_ in ("all", "both", "each"):
                i -= 1
            people = self._people_listed(i - 1, sent, -1) if tokens[i].text == "," and i < token.i - 1 else []
            k = token.i + 1 + int(token.i + 1 < sent.end and tokens[token.i + 1].text == ",")
            if doc[k : k + 2].text.lower() == "such as" or (k < sent.end and tokens[k].lower_ == "including"):
                k += 2 if tokens[k].lower_ == "such" else 1
                people += self._people_listed(k, sent, 1)
            if people:
                party = self.table.entity_at(token)
                if party is None:
                    party = self.table.add_entity(party_name, C.ORGANIZATION, token.i, token.i + 1, "party")
                for person in people:
                    self._emit(person, "memberOf", party, token.lower_, sent, "memberOf:party_list", 0.65)

    def _people_listed(self, i: int, sent: Span, step: int, titled: bool = True) -> list[int]:
        """The people named in a list from token ``i`` on, backwards (``step`` -1) or forwards: names,
        their places or employers ("A of Ohio"), titles and fillers ("former Senator A"; not when
        ``titled`` is false: "Senators A and B, and Governor C"), commas, "and"."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        found: list[int] = []
        while sent.start <= i < sent.end:
            entity = table.entity_at(tokens[i])
            if entity is not None:
                if table.cls(entity) == C.PERSON and entity not in found:
                    found.append(entity)
                mention = table.mention_of.get(i)
                i = (mention.start - 1 if step < 0 else mention.end) if mention is not None else i + step
            elif tokens[i].lower_ in (",", "and", "of", "from") or (
                titled and (self._title_filler(tokens[i]) or self.lex.title(tokens[i].lower_))
            ):
                i += step
            else:
                break
        return found

    def _named_from(self, k: int, sent: Span) -> tuple[int, int] | None:
        """The entity named from word ``k`` on (after a determiner) and the index after its name."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        while k < sent.end and tokens[k].lower_ in ("a", "an", "the"):
            k += 1
        entity = table.entity_at(tokens[k]) if k < sent.end else None
        mention = table.mention_of.get(k)
        return (entity, mention.end) if entity is not None and mention is not None else None

    def _outlet_spans(self, k: int, sent: Span) -> list[tuple[int, int]]:
        """:meth:`_named_from`, the index after a possessive ending ("in Acme News's interview")."""
        named = self._named_from(k, sent)
        if named is None:
            return []
        entity, end = named
        return [(entity, end + (1 if end < sent.end and self.table.doc[end].tag_ == "POS" else 0))]

    def _coordinated_owner(self, pronoun: Token) -> list[int]:
        """ "X's repression of dissent and its support for Y": the possessive pronoun of a second
        conjunct is the first conjunct's possessor."""
        scheme = self.scheme
        if pronoun.lower_ not in ("its", "their") or not scheme.has_role(pronoun, "poss"):
            return []
        noun = pronoun.head
        if noun.dep_ != "conj" or noun.head.i > noun.i:
            return []
        first = noun.head  # "the government's repression of the people and its support": the
        for _ in range(3):  # coordination may hang under the first conjunct's own modifier
            owners = [p for p in scheme.children(first, "poss") if p.pos_ != "PRON"]
            if owners:
                return [e for p in owners for e in self.entities_of(p, depth=1)]
            if first.dep_ not in ("nmod", "conj", "pobj", "prep") or first.head == first:
                return []
            first = first.head
        return []

    def _outlet_after(self, k: int, sent: Span) -> list[int]:
        """The entity named from word ``k`` on, after a determiner ("according to *the* Acme News")."""
        return [entity for entity, _ in self._outlet_spans(k, sent)]

    def _entities_of_tokens(
        self, tokens: list[Token], direct: bool = False, resolve_we: bool = True
    ) -> list[int]:
        result: list[int] = []
        for token in tokens:
            for e in self.entities_of(token, direct=direct, resolve_we=resolve_we):
                if e not in result:
                    result.append(e)
        return result

    def entities_of(
        self, token: Token, direct: bool = False, depth: int = 0, resolve_we: bool = True
    ) -> list[int]:
        """The entities an argument token stands for (coordination expanded).

        Each frame of a verb asks again for its subjects, and the rules for the same arguments: an answer
        is kept for as long as what it reads stays the same (entities, relations found, speakers and
        employers, which only grow: the same sizes, the same contents)."""
        table = self.table
        state = (len(table.clusters), len(self.found), len(table.speakers), len(table.employers))
        key = (token.i, direct, depth, resolve_we, state)
        found = self._entities_at.get(key)
        if found is None:
            found = self._entities_at[key] = self._entities_of(token, direct, depth, resolve_we)
        return list(found)

    def _entities_of(self, token: Token, direct: bool, depth: int, resolve_we: bool) -> list[int]:
        result: list[int] = []
        for t in [token, *[c for c in token.conjuncts if c.i > token.i]]:
            for e in self._one(t, direct, depth, resolve_we):
                if e not in result:
                    result.append(e)
        return result

    def _one(self, t: Token, direct: bool, depth: int, resolve_we: bool) -> list[int]:
        table, scheme, lex = self.table, self.scheme, self.lex
        entity = table.entity_at(t)
        if entity is not None:
            return [entity]
        adjacent = t.i >= 2 and t.doc[t.i - 1].text == "," and table.entity_at(t.doc[t.i - 2]) is not None
        if t.lower_ in ("who", "which") and adjacent:
            # "A, chair of X, and B, who leads Y": the name before the comma, not the whole coordination;
            # but "Jane Roe, the founder of Acme, who ...": the person the title describes
            described = self._titled_before(t.doc[t.i - 2]) if t.lower_ == "who" else None
            return [described if described is not None else table.entity_at(t.doc[t.i - 2])]
        if t.lower_ in RELATIVE_PRONOUNS and (
            t.head.dep_ in scheme.relcl or t.head.head.dep_ in scheme.relcl
        ):
            clause = t.head if t.head.dep_ in scheme.relcl else t.head.head
            antecedents = self.entities_of(clause.head, direct, depth + 1)
            if antecedents:
                return antecedents
        if t.lower_ in ("who", "which") and t.i >= 2 and t.doc[t.i - 1].text == ",":
            return self.entities_of(t.doc[t.i - 2], direct, depth + 1)  # "X, who ..." (attached elsewhere)
        if t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$"):
            if not resolve_we and t.lower_ in ("we", "our", "us"):
                return []
            return self._coordinated_owner(t) or table.resolve(t)
        lemma = self.lex.lemma_of(t)
        named = [
            e
            for c in child_tokens(t)
            if c.dep_ in scheme.appos or c.dep_ in scheme.compound
            for e in self.entities_of(c, depth=depth + 1)
            if table.cls(e) == C.PERSON
        ]
        if named and t.pos_ == "NOUN":  # "senators Jane Roe and John Doe"
            return named
        following = self._titled_person(t) if t.pos_ in ("NOUN", "PROPN") and lex.title(t.lower_) else None
        if following is not None:
            return [following]  # "founder Jane Roe", "Secretary of State Jane Roe"
        if t.pos_ == "NOUN" and scheme.children(t, "cop") and scheme.active_subjects(t):
            return self._entities_of_tokens(
                scheme.active_subjects(t)
            )  # "the daughter" in "who is the daughter"
        if t.pos_ == "NOUN" and lex.lists("spokes_noun", t):
            return self._spokesperson(t)
        if t.pos_ == "NOUN" and lex.title(t.lower_) and not scheme.children(t, "poss"):
            offices = [
                e
                for prep, obj in scheme.prepositional(t)
                if prep == "of"
                for e in self.entities_of(obj)
                if table.cls(e) in BODIES
            ]
            if offices:  # "the chair of the committee" acts for the committee
                return offices
        definite = any(c.lower_ == "the" for c in scheme.children(t, "det"))
        if definite and t.pos_ in ("NOUN", "PROPN") and not scheme.prepositional(t):
            holder = self._title_description(t)  # "the president" (not "the president of Chile")
            if holder:
                return holder
        if lemma in ("government", "authorities", "authority") and self._demonym_country(t):
            return self._demonym_country(t)  # "the Philippine government" is the country
        if t.pos_ == "NOUN" and lemma in ACTING_FOR_OWNER:
            led = [
                e
                for p, o in scheme.prepositional(t)
                if p == "of"
                for named in (o, *o.conjuncts)
                if (e := table.entity_at(named)) is not None
            ]
            if led:  # "the government of Jane Roe", "the regime of X": who leads it; "the navies of X and Y"
                return led
        if t.pos_ == "NOUN" and lemma in ("state", "city", "province", "region", "country", "republic"):
            named = [  # "the state of Montana", "the city of Lagos": the place named, not a country before
                e for p, o in scheme.prepositional(t) if p == "of" and (e := table.entity_at(o)) is not None
            ]
            if named:
                return named
        if t.pos_ == "NOUN":
            described = self._descriptive(t)
            if described is not None:
                return [described]
            resolved = table.resolve(t)
            if resolved:
                return resolved
        if lemma == "member" and t.tag_ == "NNS":  # "OPEC members", "members of the Assembly": the body
            bodies = [
                e
                for c in scheme.children(t, "compound") + [o for p, o in scheme.prepositional(t) if p == "of"]
                for e in self.entities_of(c, depth=depth + 1)
                if table.cls(e) in (C.ORGANIZATION, C.GOVERNMENT_BODY)
            ]
            if bodies:
                return bodies
        if direct or depth > 2:
            return []
        if t.pos_ == "VERB":  # "from using X equipment"
            return self._entities_of_tokens(scheme.objects(t))
        if lemma in lex.cue("market_noun"):
            return [
                e
                for c in child_tokens(t)
                for e in self.entities_of(c, depth=depth + 1)
                if table.cls(e) in (C.COUNTRY, C.PLACE)
            ] or self._demonym_country(t)
        apposed = [e for c in scheme.children(t, "appos") for e in self.entities_of(c, depth=depth + 1)]
        if not apposed and t.i + 2 < sentence_of(t).end and t.doc[t.i + 1].text == "," and t.pos_ == "NOUN":
            # "its carrier, Acme," (not "to buy weapons, Acme News reported": a subject)
            mention = table.mention_of.get(t.i + 2)
            clause = mention is not None and self._name_root(mention.end).dep_ in scheme.subj
            apposed = [] if clause else [e for e in [table.entity_at(t.doc[t.i + 2])] if e is not None]
        if apposed:  # "Korea's third carrier, Acme"
            return apposed
        if lex.lists("legislator_noun", t):
            return self._legislators(t)
        included = [
            e
            for prep, obj in scheme.prepositional(t)
            if prep in ("including", "such_as", "like")
            for e in self.entities_of(obj, depth=depth + 1)
        ]
        after = [w for w in t.doc[t.i + 1 : min(t.i + 8, sentence_of(t).end)]]
        if not included and len(after) > 2 and after[0].text == "," and after[1].lower_ == "including":
            included = next(([e] for w in after[2:] if (e := table.entity_at(w)) is not None), [])
        if included:  # "36 people, including Jane Roe"
            return included
        if lemma in lex.cue("group_noun"):  # "American buyers"; "its operators" are not "it"
            return self._demonym_country(t) if t.tag_ == "NNS" or t.lower_.endswith("s") else []
        if not lex.lists("owned_noun", t):
            return []
        named_modifiers = [c for c in scheme.children(t, "amod") if table.entity_at(c) is not None]
        # "Acme's equipment", "Acme equipment", "5G base stations" (a name anywhere in the compound)
        compounds = [
            n
            for c in scheme.children(t, "compound")
            for n in c.subtree
            if n.i < t.i and (n is c or table.entity_at(n) is not None)
        ]
        owners = [
            e
            for c in scheme.children(t, "poss") + compounds + named_modifiers
            for e in self.entities_of(c, depth=depth + 1)
        ]
        if owners:
            return owners
        if lex.lists("act_noun", t) and (country := self._demonym_country(t)):
            return country  # "alleged Iranian involvement", "condemned the Russian invasion"
        # "the purchase of X by Acme": the act's agent first; "the deal between A and B": both
        # parties; "flights to Cuba": where they go. An act's "of" is what it is done to ("the
        # invasion of X"), so an act stands only for its agent, which some acts name with "of"
        # ("the resignation of X").
        attached = sorted(scheme.prepositional(t), key=lambda pair: pair[0] != "by")
        if lex.lists("goods_noun", t):
            preps: tuple[str, ...] = ("of", "from", "by", "between")
        else:
            preps = ("by", "of") if lemma in lex.cue("agentive_act") else ("by",)
        for prep, obj in attached:
            if prep in preps or (prep == "to" and lemma in lex.cue("route_noun")):
                found = self.entities_of(obj, depth=depth + 1)
                if found:
                    return found
        return []

    def _titled_before(self, name: Token) -> int | None:
        """The name a title phrase ending in ``name`` describes: *Jane Roe* in "Jane Roe, the founder of
        Acme, who ..." (None when ``name`` is a person, the phrase has a verb or no title)."""
        table = self.table
        if table.cls(table.entity_at(name)) == C.PERSON:
            return None
        start = sentence_of(name).start
        k = name.i
        while k > start and name.doc[k].text != ",":
            if name.doc[k].pos_ in ("VERB", "AUX"):
                return None
            k -= 1
        if k == start or not any(self.lex.title(w.lower_) for w in name.doc[k + 1 : name.i]):
            return None
        return table.entity_at(name.doc[k - 1])

    def _titled_person(self, title: Token) -> int | None:
        """The person a title word introduces: "founder *Jane Roe*", "Secretary of State *Jane Roe*",
        "speaker of the parliament *Jane Roe*"."""
        doc, table, lex = title.doc, self.table, self.lex
        tokens = token_list(doc)
        k = title.i + 1
        while k < min(len(doc), title.i + 6) and (
            tokens[k].lower_ in ("of", "the")
            or tokens[k].lower_ in lex.cue("portfolio")
            or lex.title(tokens[k].lower_)
            or (tokens[k].is_lower and lex.org_class([tokens[k].text]) is not None)  # "parliament"
        ):
            k += 1
        person = table.entity_at(tokens[k]) if k < len(doc) else None
        return person if person is not None and table.cls(person) == C.PERSON else None

    def _spokesperson(self, noun: Token) -> list[int]:
        """An unnamed spokesperson speaks for their organisation: "an Acme spokesman" -> Acme; "a
        spokesperson" alone -> the most salient organisation before it."""
        table = self.table
        compounds = self.scheme.children(noun, "compound")
        owners = [
            e
            for c in self.scheme.children(noun, "poss") + compounds
            for e in self.entities_of(c)
            if table.cls(e) != C.PERSON
        ]
        if not owners:  # "a German government source", "a Chilean official": the country's
            governing = [c for c in compounds if self.lex.lemma_of(c) in ("government", "administration")]
            owners = next((found for n in [noun, *governing] if (found := self._demonym_country(n))), [])
        if owners or self.lex.lemma_of(noun) not in ("spokesman", "spokeswoman", "spokesperson"):
            return owners  # unnamed "officials" speak for nobody in particular
        found = table.salient(noun.i, BODIES, set())
        return found[:1]

    def _legislators(self, noun: Token) -> list[int]:
        """ "US lawmakers", "British MPs": the country's legislature as a body, named as written."""
        for child in self.scheme.children(noun, "amod") + self.scheme.children(noun, "compound"):
            if self.lex.country_of(child.text):
                start = child.i
                return [
                    self.table.add_entity(
                        self.table.doc[start : noun.i + 1].text,
                        C.GOVERNMENT_BODY,
                        start,
                        noun.i + 1,
                        "legislators",
                    )
                ]
        return []

    def _demonym_country(self, noun: Token) -> list[int]:
        """ "American buyers" -> United States (a demonym on a group noun or market); "Iranian and
        Russian interference" -> both."""
        for child in self.scheme.children(noun, "amod") + self.scheme.children(noun, "compound"):
            words = (child, *child.conjuncts)
            named = [(c, self.lex.demonyms.get(c.lower_) or self.lex.countries.get(c.lower_)) for c in words]
            if named[0][1]:
                return [self._country(country, c) for c, country in named if country]
        return []

    def _country(self, name: str, token: Token) -> int:
        for index, cluster in enumerate(self.table.clusters):
            if cluster.cls == C.COUNTRY and cluster.label() == name:
                return index
        index = self.table.add_entity(name, C.COUNTRY, token.i, token.i + 1, "demonym")
        self.table.clusters[index].canonical = name
        return index

    def _descriptive(self, noun: Token) -> int | None:
        """An unnamed office holder or agency with an owner: "Norway's data agency", "its CFO"."""
        premodifiers = [
            c
            for c in child_tokens(noun)
            if c.i < noun.i
            and c.tag_ != "PRP$"
            and (c.dep_ in self.scheme.compound or c.dep_ in self.scheme.amod)
        ]
        words = " ".join([c.lower_ for c in premodifiers] + [noun.lower_])
        lemma = self.lex.lemma_of(noun)
        if lemma in ("government", "authorities", "administration"):
            return None  # "the federal government" is resolved to its country, not made an entity
        if noun.tag_ == "NNS" and lemma not in self.lex.cue("local_body_noun"):
            return None  # "Tunisian public offices": places or people in general (but "police" is one body)
        office = self.lex.cue("office_noun")
        if lemma not in office and words not in office and not any(words.endswith(o) for o in office):
            return None
        following = self.table.entity_at(noun.doc[noun.i + 1]) if noun.i + 1 < len(noun.doc) else None
        holders = (C.PERSON, C.GOVERNMENT_BODY, C.ORGANIZATION)
        if following is not None and self.table.cls(following) in holders:
            return None  # "the group's CEO Jane Roe", "Sweden's regulator PTS": the holder is named
        owners = self.scheme.children(noun, "poss")
        modifiers = [
            c for c in child_tokens(noun) if c.dep_ in self.scheme.amod or c.dep_ in self.scheme.compound
        ]
        local = self._place_before(noun) if lemma in self.lex.cue("local_body_noun") else None
        if local is not None:  # "El Paso's police", "the New York police" (read on the words)
            owners, modifiers = [], []
            left = self.table.mention_of[local.i].start
        else:
            left = min([noun.i, *[t.i for c in owners + modifiers for t in c.subtree]])
        doc = noun.doc
        comma = left - 2 if left >= 1 and doc[left - 1].lower_ in ("the", "a", "an") else left - 1
        named = comma >= 1 and doc[comma].text == "," and self.table.entity_at(doc[comma - 1]) is not None
        if named and self.table.cls(self.table.entity_at(doc[comma - 1])) in (*holders, C.COMPANY):
            return None  # "Jane Roe, the Chilean minister", "Acme, the Chilean agency": the holder is named
        if (
            not owners
            and local is None
            and not any(
                m.lower_ in ("national", "federal", "state") or self.lex.demonyms.get(m.lower_)
                for m in modifiers
            )
        ):
            return None
        tokens = [
            t
            for t in self.table.doc[left : noun.i + 1]
            if not (t.i == left and (t.lower_ in ("the", "a", "an") or t.tag_ == "PRP$"))
        ]
        if not tokens:
            return None
        text = self.table.doc[tokens[0].i : noun.i + 1].text
        if " " not in text:
            return None  # a bare "government" is a description to resolve, not an entity
        text += self._post_of(noun)
        title = self.lex.title(words) or self.lex.title(lemma)
        if title is not None and (holder := self._named_holder(title, owners, modifiers)) is not None:
            return holder
        cls = C.PERSON if title else C.GOVERNMENT_BODY
        index = self.table.add_entity(text, cls, tokens[0].i, noun.i + 1, "description")
        if local is not None:
            place = self.table.entity_at(local)
            relation = "nationality" if self.table.cls(place) == C.COUNTRY else "basedIn"
            self._emit(index, relation, place, noun.lower_, sentence_of(noun), "descriptive_place", 0.65)
        for owner in owners:
            for e in self.entities_of(owner):
                relation = (
                    "nationality"
                    if self.table.cls(e) == C.COUNTRY
                    else (title.relation if title and title.relation != "memberOf" else "partOf")
                )
                self._emit(index, relation, e, "'s", sentence_of(noun), "descriptive_owner", 0.7)
        countries: dict[int, Token] = {}  # "Chilean", or a country's name: "a United States federal jury"
        for m in modifiers:
            named = self.table.entity_at(m)
            if demonym := self.lex.demonyms.get(m.lower_):
                countries.setdefault(self._country(demonym, m), m)
            elif named is not None and self.table.cls(named) == C.COUNTRY:
                countries.setdefault(named, m)
        for country, m in countries.items():
            self._emit(index, "nationality", country, m.lower_, sentence_of(noun), "demonym", 0.7)
        return index

    def _police_of(self, place: int, anchor: Token) -> int:
        """The police of ``place``: the one the text names ("the Lindale police"), else one named so."""
        table = self.table
        based = {f.subject for f in self.found if f.relation == "basedIn" and f.object == place}
        police = self.lex.cue("local_body_noun")
        for body in based:
            if table.cls(body) == C.GOVERNMENT_BODY and table.label(body).lower().split()[-1] in police:
                return body
        body = table.add_entity(
            f"{table.label(place)} police", C.GOVERNMENT_BODY, anchor.i, anchor.i + 1, "police"
        )
        self._emit(body, "basedIn", place, "police", sentence_of(anchor), "descriptive_place", 0.6)
        return body

    def _place_before(self, noun: Token) -> Token | None:
        """The last word of a place or country named right before ``noun``, with or without a possessive
        ("El Paso's police", "Texas police"); None when there is none."""
        table, k, start = self.table, noun.i - 1, sentence_of(noun).start
        if k > start and _possessive(noun.doc[k]):
            k -= 1
        mention, place = table.mention_of.get(k), table.token_entity.get(k)
        if k < start or mention is None or place is None or mention.end != k + 1:
            return None
        return noun.doc[k] if table.cls(place) in (C.PLACE, C.COUNTRY) else None

    def _named_holder(self, title: Title, owners: list[Token], modifiers: list[Token]) -> int | None:
        """The one person the text names with ``title`` of the same owner, whom a description of the
        office refers to: "the Greek foreign minister" after "Greek Foreign Minister Jane Roe"."""
        table = self.table
        countries = {self.lex.demonyms[m.lower_] for m in modifiers if m.lower_ in self.lex.demonyms}
        owned = {e for o in owners for e in self.entities_of(o)}
        holders: set[int] = set()
        ties: dict[int, set[int]] = {}  # a person -> the owners of their titles
        for f in self.found:
            if f.rule.startswith("title") and table.cls(f.subject) == C.PERSON:
                ties.setdefault(f.subject, set()).add(f.object)
                if self.lex.role(f.predicate) == title:
                    holders.add(f.subject)
        matching = [p for p in holders if owned <= ties[p] and countries <= {table.label(e) for e in ties[p]}]
        return matching[0] if len(matching) == 1 else None

    def _post_of(self, noun: Token) -> str:
        """The country or body an envoy is posted to, for the office's name: " to Greece" in "the
        Libyan ambassador to Greece" ("" for other offices)."""
        doc = self.table.doc
        tokens = token_list(doc)
        if (
            self.lex.lemma_of(noun) not in ENVOY_NOUNS
            or noun.i + 2 >= len(tokens)
            or tokens[noun.i + 1].lower_ != "to"
        ):
            return ""
        posted = self._named_from(noun.i + 2, sentence_of(noun))
        if posted is None or self.table.cls(posted[0]) not in (C.COUNTRY, C.ORGANIZATION, C.GOVERNMENT_BODY):
            return ""
        return " " + doc[noun.i + 1 : posted[1]].text

    def _subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """Subject tokens of a verb, inherited through control, relative clauses and nominal heads;
        for a fronted participle ("Speaking to Acme Radio, Jane Roe said"), the name after its comma."""
        found = self._parsed_subjects(verb, depth)
        doc, sent = verb.doc, sentence_of(verb)
        if found or verb.tag_ != "VBG" or verb.i != sent.start:
            return found
        comma = next((t.i for t in doc[verb.i : sent.end] if t.text == ","), None)
        if comma is not None and comma + 1 < sent.end and self.table.entity_at(doc[comma + 1]) is not None:
            return [doc[comma + 1]]
        root = sent.root  # "Speaking to Acme Radio, an attendee Jane Roe said": the main verb's subject
        return self._subjects(root, depth + 1) if root.i != verb.i and depth < 3 else []

    def _parsed_subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        scheme = self.scheme
        if scheme.is_passive(verb):
            return scheme.agents(verb)
        start = sentence_of(verb).start
        # (not a fronted participle's phrase: "Speaking to Acme, an attendee Jane Roe said" misread as
        # the clause that is the subject)
        own = [
            t
            for t in scheme.active_subjects(verb)
            if not (t.i == start and t.tag_ == "VBG" and any(w.text == "," for w in verb.doc[t.i : verb.i]))
        ]
        finite = verb.tag_ in ("VBD", "VBZ", "VBP")
        before = verb.doc[verb.i - 1] if verb.i > start else None
        if (
            not own
            and finite
            and before is not None
            and before.pos_ in ("NOUN", "PROPN")
            and (
                verb.dep_ in scheme.acl
                or verb.dep_ in scheme.advcl
                or verb.dep_ == "conj"
                or (verb.dep_ == "ROOT" and self.table.entity_at(before) is not None)
            )
        ):
            # "after the agency warned", "but a spokesperson told", "... on May 5 Roe said" (the name
            # parsed into the phrase before it): a finite verb's own subject
            return [before]
        if not own and finite and verb.dep_ == "ROOT" and before is not None and before.text == ",":
            # "the president of Acme, Jane Roe, said" (the name parsed into the phrase before it)
            named = self.table.entity_at(verb.doc[before.i - 1]) if before.i > start else None
            if named is not None and self.table.cls(named) == C.PERSON:
                return [verb.doc[before.i - 1]]
        if own or depth > 3:
            return own
        if verb.dep_ == "ROOT":  # a headline's "Acme pulls out of X", its name parsed as a modifier
            named = [
                c
                for c in child_tokens(verb)
                if c.i < verb.i
                and (c.dep_ in scheme.compound or c.dep_ in scheme.amod)
                and self.table.entity_at(c) is not None
            ]
            if named:
                return named
        head = verb.head
        if head == verb:
            return []
        if verb.dep_ in scheme.xcomp or self._infinitive(verb) or self._to_clause(verb):
            objects = scheme.objects(head)
            if self.lex.lemma_of(head) in self.lex.cue("object_control") and objects:
                return objects
            return self._subjects(head, depth + 1) or scheme.copular_subjects(head)
        if verb.dep_ == "conj" and finite and head.tag_ == "VB" and head.head != head:
            return self._subjects(head.head, depth + 1)  # "X urged Y to reconsider and met Z": X met Z
        if verb.dep_ in scheme.advcl and verb.tag_ == "VBG":
            objects = scheme.objects(head)  # "cited the audit as prohibiting him": the audit prohibits
            if objects and any(m.lower_ == "as" for m in scheme.children(verb, "mark")):
                return objects
        if verb.dep_ == "conj" or verb.dep_ in scheme.advcl:
            return self._subjects(head, depth + 1)
        if verb.dep_ in scheme.relcl:
            return [head]
        to_clause = any(m.lower_ == "to" for m in scheme.children(verb, "mark"))
        if (
            verb.dep_ in scheme.acl
            and to_clause
            and head.dep_ in scheme.obj
            and self.lex.lemma_of(head.head) in self.lex.cue("object_control")
        ):
            return [head]  # "pressed its allies to exclude X": the allies exclude
        # "X's deal to supply Y": the owner of the noun the clause completes, also when the parser
        # attached the clause elsewhere ("to" read as a preposition)
        noun = head if verb.dep_ in scheme.acl else self._noun_before_to(verb)
        if noun is not None:
            owners = scheme.children(noun, "poss") + [
                c for c in scheme.children(noun, "compound") if self.table.entity_at(c) is not None
            ]
            if owners:
                return owners
            if noun is head and head.dep_ in scheme.obj:
                return self._subjects(head.head, depth + 1)
        return []

    @staticmethod
    def _noun_before_to(verb: Token) -> Token | None:
        """The common noun right before "to" + ``verb`` ("deal to supply"), or None."""
        doc, start = verb.doc, sentence_of(verb).start
        tokens = token_list(doc)
        if verb.i - 2 >= start and tokens[verb.i - 1].lower_ == "to" and tokens[verb.i - 2].pos_ == "NOUN":
            return tokens[verb.i - 2]
        return None

    def _nominal(self, token: Token) -> bool:
        """A plural noun or claim word the tagger may have read as a verb: an argument of a verb, or
        "US claims that ...", "such allegations" (a claim noun)."""
        if token.dep_ in self.scheme.obj or token.dep_ in self.scheme.subj:
            return True
        return self._is_claim(token) and self._claim_phrase(token)

    def _claim_phrase(self, token: Token) -> bool:
        """ "(deny) US claims", "(despite) such allegations": a claim word after a name or determiner that
        itself follows a verb or preposition, so a noun though tagged as a verb ("the Journal claims
        that" stays a verb)."""
        doc, table = token.doc, self.table
        tokens = token_list(doc)
        previous = tokens[token.i - 1] if token.i > sentence_of(token).start else None
        if previous is None:
            return False
        mention = table.mention_of.get(previous.i)
        start = mention.start if mention is not None else previous.i
        if mention is None and previous.pos_ not in ("DET", "ADJ"):
            return False
        return start > sentence_of(token).start and tokens[start - 1].pos_ in ("VERB", "ADP", "AUX")

    def _to_clause(self, verb: Token) -> bool:
        """An adverbial "to" clause ("asked X *to investigate*"), controlled like a complement."""
        return verb.dep_ in self.scheme.advcl and any(
            m.lower_ == "to" for m in self.scheme.children(verb, "mark")
        )

    def _infinitive(self, token: Token) -> bool:
        """A verb the tagger did not call one: after "to" ("plans to *back* out") or a gerund in a verb's
        complement ("resume *supplying* X")."""
        if (
            token.i not in self._gerunds and token.i not in self._after_to
        ) or token.pos_ not in MISREAD_VERB_POS:
            return False
        return bool(self.lex.verb_frames(self.lex.lemma_of(token)))

    # -- verb triggers ---------------------------------------------------------
    def _verb(self, verb: Token, sent: Span) -> None:
        scheme, lex = self.scheme, self.lex
        lemma = lex.lemma_of(verb)
        frames = list(lex.verb_frames(lemma))
        if not frames:  # no core relation: an open triple (none for "be", "say"...)
            if lemma not in OPEN_VERB_STOPLIST:
                self._open(verb, sent)
            return
        if any(f.particles for f in frames):
            particles = set(scheme.particles(verb))
            # "frozen out of X": the particle parsed as the first word of the preposition
            particles |= {prep.split("_")[0] for prep, _ in scheme.prepositional(verb) if "_" in prep}
            frames = [f for f in frames if set(f.particles) <= particles]
        frames.sort(key=lambda f: (-len(f.particles), not f.with_nouns))  # the most specific first
        passive = self._passive(verb)
        subject_tokens = self._verb_subjects(verb, passive)
        # "pulled out of" is not also "pulled"; "sold its unit to" not also "sold to"
        specific_fired = fired = False
        for frame in frames:
            specific = bool(frame.particles or frame.with_nouns)
            if specific_fired and not specific:
                break
            emitted = self._verb_frame(verb, frame, subject_tokens, passive, sent)
            specific_fired |= emitted and specific
            fired |= emitted
        # an open triple for a verb outside the lexicon, or one whose only frames read a danger, an
        # obligation, a verdict or a brand ("claimed X poses a risk", "insisted X must go", "found X
        # guilty", "labelled X a terrorist") when its clause says none
        clausal = (("danger",), ("obliged",), ("verdict",), ("branded",))
        open_verb = not frames or (not fired and all(f.slots in clausal for f in frames))
        if open_verb and lemma not in OPEN_VERB_STOPLIST:
            self._open(verb, sent, subject_tokens)

    def _passive(self, verb: Token) -> bool:
        """A passive verb, or a participle on a noun ("Acme, backed by X")."""
        return self.scheme.is_passive(verb) or (verb.tag_ == "VBN" and verb.dep_ in self.scheme.acl)

    def _verb_subjects(self, verb: Token, passive: bool) -> list[Token]:
        """The subject tokens of a verb: a passive participle on a noun acts through its "by" agent
        only ("Acme, backed by X": not Acme, whom the noun's own modifiers would name)."""
        return self.scheme.agents(verb) if passive and verb.dep_ in self.scheme.acl else self._subjects(verb)

    def _slot(self, head: Token, slot: str, passive: bool) -> list[Token]:
        scheme = self.scheme
        if slot == "obj":
            if passive:
                if head.dep_ in scheme.acl:
                    return [head.head]
                return scheme.passive_subjects(head) or scheme.active_subjects(head)
            # a lone indirect object before a clause is the object misread ("urged [iobj X] to reconsider")
            misread = scheme.indirect_objects(head) if scheme.children(head, "xcomp") else []
            return scheme.objects(head) or misread
        if slot == "iobj":
            return scheme.indirect_objects(head)
        if slot == "ccomp":
            return [
                s
                for c in scheme.children(head, "ccomp") + scheme.children(head, "acl")
                for s in scheme.subjects(c)
            ]
        if slot == "obliged":  # "said X should accept the result", "insisted that X must leave"
            clauses = [
                c
                for c in scheme.children(head, "ccomp")
                if any(a.lower_ in ("should", "must", "ought") for a in scheme.children(c, "aux"))
            ]
            return [s for c in clauses for s in scheme.subjects(c)]
        if slot == "danger":  # "said X poses a security risk", "found that X was a threat"
            clauses = [c for c in scheme.children(head, "ccomp") if self._calls_danger(c)]
            return [s for c in clauses for s in scheme.subjects(c)]
        if slot == "xobj":  # "banned X from using Y", "stopped buying Y"
            clauses = [
                obj for prep, obj in scheme.prepositional(head) if prep == "from" and obj.pos_ == "VERB"
            ] + [c for c in scheme.children(head, "xcomp") if c.pos_ == "VERB"]
            clauses += [  # "barred operators from buying Y", the clause parsed under the object or the verb
                c
                for o in [*scheme.objects(head), head]
                for c in scheme.children(o, "acl") + (scheme.children(o, "advcl") if o is head else [])
                if any(m.lower_ == "from" for m in scheme.children(c, "mark"))
            ]
            dealing = self.lex.cue("dealing_verb")  # "from doing business with X", "from trading with X"
            partners = [
                o
                for c in clauses
                if self.lex.lemma_of(c) in dealing
                for p, o in scheme.prepositional(c)
                if p == "with"
            ]
            return [o for c in clauses for o in scheme.objects(c)] + partners
        if slot == "stopobj":  # "ordered X to stop (the purchase of) Y"
            clauses = [
                c
                for c in scheme.children(head, "xcomp") + scheme.children(head, "advcl")
                if self.lex.lemma_of(c) in self.lex.cue("stop_verb")
            ]
            return [o for c in clauses for o in scheme.objects(c) + self._slot(c, "xobj", False)]
        if slot == "compound":  # the names before the noun: "the US-Korea alliance", "Acme equipment"
            named = [
                t
                for c in scheme.children(head, "compound") + scheme.children(head, "amod")
                for t in c.subtree
                if t.i < head.i
            ]
            return [c for c in named if self.table.entity_at(c) is not None]
        if slot == "poss":
            return scheme.children(head, "poss")
        if slot == "branded":  # "labelled X a terrorist", "designated X as a terrorist group" (on the words)
            sent = sentence_of(head)
            window = []
            for t in head.doc[head.i + 1 : min(head.i + 9, sent.end)]:
                if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
                    break
                window.append(t)
            branded = [t for t in window if self.lex.lemma_of(t) in self.lex.cue("villain_noun")]
            if not branded or any(t.lower_ in self.lex.cue("negation") for t in window):
                return []
            named = scheme.passive_subjects(head) if passive else scheme.objects(head)
            if not named and not passive:  # "called X a security risk", the name read as a complement
                named = [c for c in scheme.children(head, "xcomp") if self.table.entity_at(c) is not None]
            return [t for t in named if t not in branded]
        if slot == "verdict":  # "found X guilty", "X was found guilty" (not "found X not guilty")
            verdicts = [c for c in child_tokens(head) if c.lower_ in self.lex.cue("verdict_adj")]
            if not verdicts or any(scheme.is_negated(v) for v in verdicts):
                return []
            if passive:
                return scheme.passive_subjects(head)
            named = [s for v in verdicts for s in scheme.subjects(v)]  # "found [X guilty]", a small clause
            return named or [o for o in scheme.objects(head) if o not in verdicts]
        found = [obj for prep, obj in scheme.prepositional(head) if prep == slot]
        if not found and slot in ("to", "with", "from", "in", "into") and head.pos_ in ("VERB", "AUX"):
            # "disclosed the matter to X", "signed a deal with X", "demanded an explanation from X",
            # "invested $2 billion in X": the phrase parsed under the object
            found = [
                obj
                for o in scheme.objects(head)
                if o.pos_ == "NOUN" and self.table.entity_at(o) is None
                for prep, obj in scheme.prepositional(o)
                if prep == slot
            ]
        return found

    def _calls_danger(self, clause: Token) -> bool:
        """Whether a clause says its subject is a danger or did wrong: "X is a (security) risk", "X poses
        a threat", "X lied", and not "X poses no threat" / "X is not a risk" / "X did not lie"."""
        lemma_of, dangers = self.lex.lemma_of, self.lex.cue("danger_noun")
        if lemma_of(clause) in dangers or lemma_of(clause) in self.lex.cue("wrongdoing_verb"):
            nouns = [clause]
        elif lemma_of(clause) in self.lex.cue("danger_verb"):
            nouns = [o for o in self.scheme.objects(clause) if lemma_of(o) in dangers]
        else:
            return False
        negation = self.lex.cue("negation")
        return bool(nouns) and not any(
            c.lower_ in negation for t in (clause, *nouns) for c in child_tokens(t)
        )

    def _flags(self, noun: Token) -> frozenset[str]:
        return frozenset(f for frame in self.lex.noun_frames(self.lex.lemma_of(noun)) for f in frame.flags)

    def _adjacent(self, noun: Token, slot: str) -> list[Token]:
        """The words right after a nominal trigger, for when the parse attached them elsewhere:
        "a ban on X" (slot ``on``) and "accusations that X ..." (slot ``ccomp``/``that``)."""
        doc, end = noun.doc, sentence_of(noun).end
        tokens = token_list(doc)
        after = noun.i + 1
        if slot in ("ccomp", "that"):
            if after < end and tokens[after].text == ",":
                after += 1  # "allegations, that X ..."
            if after < end and tokens[after].lower_ == "that":
                return [
                    t for t in tokens[after + 1 : min(after + 6, end)] if t.pos_ in ("NOUN", "PROPN", "PRON")
                ][:1]
            return []
        words = slot.split("_")
        if doc[after : after + len(words)].text.lower().split() != words:
            # "a letter from the chair of X to Y": the slot's preposition later, before any verb
            later = next(
                (
                    t
                    for t in tokens[after : min(after + 12, end)]
                    if t.lower_ == words[0] or t.pos_ in ("VERB", "AUX")
                ),
                None,
            )
            if (
                later is None
                or later.pos_ in ("VERB", "AUX")
                or len(words) > 1
                or "fromsubj" not in self._flags(noun)
            ):
                return []
            after = later.i
        start = after + len(words)
        while start < end and (
            tokens[start].lower_ in ("the", "a", "an")
            or tokens[start].tag_ == "POS"
            or (
                self.table.entity_at(tokens[start]) is not None
                and self.table.cls(self.table.entity_at(tokens[start])) == C.COUNTRY
                and start + 1 < end
                and tokens[start + 1].tag_ == "POS"
            )
        ):
            start += 1  # "to the UK's digital minister X": past the country's possessive
        while start < end and self._title_filler(tokens[start]):
            start += 1
        if start < end and (
            tokens[start].pos_ in ("PROPN", "NOUN") or self.table.entity_at(tokens[start]) is not None
        ):
            return [tokens[start]]
        return []

    def _is_claim(self, token: Token) -> bool:
        """Whether ``token`` is a noun for a claim ("claims", "allegation", "suggestion")."""
        return self.lex.lemma_of(token) in self.lex.cue("claim_noun")

    def _verb_frame(
        self, verb: Token, frame: Frame, subject_tokens: list[Token], passive: bool, sent: Span
    ) -> bool:
        scheme, table = self.scheme, self.table
        if "toclause" in frame.flags and not any(
            any(m.lower_ == "to" for m in scheme.children(c, "mark")) for c in child_tokens(verb)
        ):
            return False
        if "banlist" in frame.flags and not self._onto_ban_list(verb):
            return False
        if frame.with_nouns and not any(  # "sent a *letter*", "held X in *contempt*"
            self.lex.lemma_of(o) in frame.with_nouns
            for o in scheme.objects(verb)
            + scheme.indirect_objects(verb)
            + [obj for _, obj in scheme.prepositional(verb)]
        ):
            return False
        direct = "direct" in frame.flags
        if "stative" in frame.flags:
            holders = scheme.passive_subjects(verb) or ([verb.head] if verb.dep_ in scheme.acl else [])
            if not holders and verb.dep_ == "conj" and not scheme.active_subjects(verb):
                # "He was named X, and was inducted into Y": the subject the conjuncts share
                holders = scheme.passive_subjects(verb.head) or scheme.active_subjects(verb.head)
            # a name, or a description or pronoun that resolves to one ("the company was based in X")
            named = [t for t in holders if table.entity_at(t) is not None]
            subject_tokens = named or [  # (not "they": a plural is rarely resolved to the right name)
                t for t in holders if (t.pos_ == "NOUN" or t.lower_ in SINGULAR_PRONOUNS) and table.resolve(t)
            ]
            # "X, which is based in Y": the relative pronoun's antecedent
            subject_tokens = subject_tokens or [t for t in holders if t.lower_ in RELATIVE_PRONOUNS]
        subjects = self._entities_of_tokens(subject_tokens)
        subjects += [
            e for s in subjects for e in self._listed_with(s, sent, closed=True) if e not in subjects
        ]
        objects: list[int] = []
        for slot in frame.slots:
            tokens = self._slot(verb, slot, passive) or (
                self._adjacent(verb, slot)
                if slot not in ("obj", "iobj", "ccomp", "xobj", "stopobj", "obliged", "verdict")
                else []
            )
            if not tokens and slot in ("obj", "iobj") and not passive and verb.i + 1 < sent.end:
                following = verb.doc[verb.i + 1]  # "told Acme that ...", the name attached elsewhere
                tokens = [following] if self.table.entity_at(following) is not None else []
            if "accuser" in frame.flags:  # "rejected X's claims" denies X; "dismissed X's lawsuit" does not
                tokens = [t for t in tokens if table.entity_at(t) is not None or self._is_claim(t)]
            # (of a class the relation takes: "supplied 5G equipment to Acme" is not stopped at "5G")
            objects = [
                o
                for o in self._entities_of_tokens(tokens, direct=direct)
                if o not in subjects
                and (not frame.object_classes or table.cls(o) in frame.object_classes)
                and table.cls(o) in self.lex.domains[frame.relation][1]
            ]
            if objects:
                break
        if not subjects and passive and "locsubj" in frame.flags:
            places = [
                obj
                for prep, obj in scheme.prepositional(verb)
                if prep in ("in", "from", "out_of", "of", "across")
            ]
            subjects = [e for e in self._entities_of_tokens(places) if table.cls(e) == C.COUNTRY]
            if not subjects:  # "was arrested on Monday in Chile", the place attached elsewhere
                window = verb.doc[verb.i + 1 : min(verb.i + 9, sent.end)]
                subjects = [
                    e
                    for t in window
                    if t.i > 0
                    and verb.doc[t.i - 1].lower_ == "in"
                    and (e := table.entity_at(t)) is not None
                    and table.cls(e) == C.COUNTRY
                ][:1]
        if "authority" in frame.flags:
            subjects = [s for s in subjects if table.cls(s) in AUTHORITIES]
        if "pairwise" in frame.flags:
            return self._pairwise(frame, subjects + objects, verb, sent)
        said = scheme.objects(verb) + [  # "denied claims that ...", the plural noun misread as a verb
            c for c in scheme.children(verb, "xcomp") if c.tag_ in ("VBZ", "NNS")
        ]
        claims = any(self._is_claim(o) for o in said)
        if not objects and "accuser" in frame.flags:  # "denied US claims", the claims parsed as a verb
            after = [t for t in verb.doc[verb.i + 1 : min(verb.i + 4, sent.end)]]
            for k, t in enumerate(after[:-1]):
                if self._is_claim(after[k + 1]) and t.pos_ != "VERB":
                    objects = [e for e in self.entities_of(t) if e not in subjects]
                    claims = claims or bool(objects)
                    break
        if not objects and "accuser" in frame.flags and claims:
            # "X denied the accusations": the accusers of X named earlier in the text
            objects = list(
                dict.fromkeys(
                    f.subject for f in self.found if f.relation == "accuses" and f.object in subjects
                )
            )
        fixed = None
        if "negonly" in frame.flags:
            if read_modality(verb, scheme, self.lex).modality != Modality.NEGATED:
                return False
            fixed = Modality.ASSERTED
        if objects and "pairwise" not in frame.flags:  # "wrote to A, Secretary of State B and C"
            listed = [e for o in objects for e in self._listed_with(o, sent)]
            objects += [e for e in dict.fromkeys(listed) if e not in objects and e not in subjects]
        relation = frame.relation
        willing = verb.head != verb and self.lex.lemma_of(verb.head) in self.lex.cue("willing_adj")
        if relation == "supplies" and willing:
            relation = "offersTo"  # "ready to sell X to Y" offers it
        emitted = False
        for s, o in itertools.product(subjects, objects):
            if "reverse" in frame.flags:
                s, o = o, s
            before = len(self.found)
            self._emit(s, relation, o, self.lex.lemma_of(verb), sent, f"verb:{frame.lemma}", 0.8, verb, fixed)
            emitted |= len(self.found) > before
        return emitted

    def _onto_ban_list(self, verb: Token) -> bool:
        """Whether the verb puts its object on a sanctions list: "added X *to its Entity List*",
        "placed X *on a trade blacklist*" (the phrase under the verb or under its object)."""
        scheme, lex = self.scheme, self.lex
        lists = lex.cue("ban_list")
        phrases = scheme.prepositional(verb) + [
            p for o in scheme.objects(verb) for p in scheme.prepositional(o)
        ]
        for prep, noun in phrases:
            if prep not in ("to", "on", "onto"):
                continue
            words = [c.lower_ for c in scheme.children(noun, "compound")] + [lex.lemma_of(noun)]
            if words[-1] in lists or " ".join(words[-2:]) in lists:
                return True
        return False

    def _pairwise(self, frame: Frame, members: list[int], trigger: Token, sent: Span) -> bool:
        """Every two of ``members`` and of the names listed with them (symmetric relations)."""
        listed = [e for m in members for e in self._listed_with(m, sent)]
        emitted = False
        for a, b in itertools.combinations(dict.fromkeys(members + listed), 2):
            before = len(self.found)
            self._emit(
                a,
                frame.relation,
                b,
                self.lex.lemma_of(trigger),
                sent,
                f"{frame.kind}:{frame.lemma}:pairwise",
                0.7,
                trigger,
            )
            emitted |= len(self.found) > before
        return emitted

    def _listed_with(self, entity: int, sent: Span, closed: bool = False) -> list[int]:
        """Names of the same class listed after a mention of ``entity`` in the sentence ("A and B, C of
        Sweden and D from Finland"), read from the words when the parse splits the list. ``closed``:
        only a list that an "and"/"or" closes ("A, B and C", not "A, B's rival")."""
        table, doc = self.table, self.table.doc
        tokens = token_list(doc)
        cls = table.cls(entity)
        mentions = sorted(
            {
                table.mention_of[t].start: table.mention_of[t]
                for t in range(sent.start, sent.end)
                if table.token_entity.get(t) == entity and t in table.mention_of
            }.values(),
            key=lambda m: m.start,
        )
        found: list[int] = []
        for mention in mentions:
            i = mention.end
            conjoined = False
            while i < sent.end:
                token = tokens[i]
                other = table.entity_at(token)
                if other is not None and (table.cls(other) == cls or table.cls(other) == C.COUNTRY):
                    if table.cls(other) == cls:
                        found.append(other)
                    i = table.mention_of[i].end if i in table.mention_of else i + 1
                    if closed and conjoined:
                        break
                elif (
                    token.lower_ in (",", "and", "&", "or", "of", "from", "'s", "’s")
                    or token.is_space
                    or (
                        cls == C.PERSON
                        and (self.lex.title(token.lower_) or token.lower_ in self.lex.cue("portfolio"))
                    )
                ):
                    conjoined |= token.lower_ in ("and", "&", "or")
                    i += 1
                else:
                    break
            if closed and not conjoined:
                found = []
        return found

    def _listed_before(self, entity: int, sent: Span) -> list[int]:
        """Names of ``entity``'s class listed before its first mention in the sentence, when an "and"
        ends the list right before it ("A, B(,) and C are ..."), read from the words."""
        table, doc = self.table, self.table.doc
        tokens = token_list(doc)
        start = next((t for t in range(sent.start, sent.end) if table.entity_at(tokens[t]) == entity), None)
        i = start - 1 if start is not None else sent.start - 1
        if i >= sent.start and tokens[i].lower_ not in ("and", "or"):
            return []
        found: list[int] = []
        while i >= sent.start:
            other = table.entity_at(tokens[i])
            if other is not None and other != entity and table.cls(other) == table.cls(entity):
                found.append(other)
                i = table.mention_of[i].start - 1 if i in table.mention_of else i - 1
            elif tokens[i].lower_ in (",", "and", "or"):
                i -= 1
            else:
                break
        return found

    def _open(self, verb: Token, sent: Span, subject_tokens: list[Token] | None = None) -> None:
        """An untyped triple for a verb outside the lexicon between two named entities. Its subjects
        (``subject_tokens``, when the caller has them) are looked for only when it has a named object."""
        objects = [e for t in self.scheme.objects(verb) if (e := self.table.entity_at(t)) is not None]
        if not objects:
            return
        if subject_tokens is None:
            subject_tokens = self._verb_subjects(verb, self._passive(verb))
        subjects = [e for t in subject_tokens if (e := self.table.entity_at(t)) is not None]
        for s, o in itertools.product(subjects, objects):
            self._emit(s, None, o, self.lex.lemma_of(verb), sent, "open:svo", 0.5, verb)

    # -- noun triggers ---------------------------------------------------------
    def _predicate_subjects(self, predicate: Token) -> list[Token]:
        """The subjects a predicate noun or adjective is said of: the copula's ("X is a part of Y"), or
        a linking verb's ("X became a part of Y", "X remained critical of Y")."""
        subjects = self.scheme.copular_subjects(predicate)
        linked = predicate.dep_ in self.scheme.xcomp and self.lex.lemma_of(predicate.head) in self.lex.cue(
            "linking_verb"
        )
        return subjects or (self._subjects(predicate.head) if linked else [])

    def _misread_apposition(self, noun: Token) -> list[Token]:
        """The name an apposition describes when the parser made both subjects of the verb after them
        ("Chile, a close ally of Peru, voted ...")."""
        doc, start = noun.doc, sentence_of(noun).start
        left = next(t.i for t in noun.subtree if not t.is_punct)  # (the parser may hang the comma on it)
        if noun.dep_ not in self.scheme.subj or left - 2 < start or doc[left - 1].text != ",":
            return []
        mention = self.table.mention_of.get(left - 2)
        if mention is None:
            return []
        root = self._name_root(mention.end)
        return [root] if root.dep_ in self.scheme.subj and root.head.i == noun.head.i else []

    def _noun_subjects(self, noun: Token, frame: Frame, objects: list[int]) -> list[int]:
        scheme, table = self.scheme, self.table
        said_of = self._predicate_subjects(noun)
        copular = self._entities_of_tokens(said_of)
        # "A, B, and C are members of X": the list the parser cut before C
        listed = (
            [e for c in copular for e in self._listed_before(c, sentence_of(noun))]
            if noun.tag_ == "NNS"
            else []
        )
        if "copular" in frame.flags:
            return [e for e in copular + listed if e not in objects]
        candidates: list[Token] = []
        candidates += said_of or (
            scheme.copular_subjects(noun.head) if noun.head != noun and noun.dep_ in scheme.obj else []
        )
        candidates += scheme.children(noun, "poss")
        candidates += [c for c in scheme.children(noun, "compound") if table.entity_at(c) is not None]
        before = noun.doc[noun.i - 1] if noun.i > sentence_of(noun).start else None
        # "US claims that ...", the name parsed apart from its noun (but "Republican members of X" are
        # the party's members, not the party)
        party_people = before is not None and before.text in self.lex.party_adjectives and noun.tag_ == "NNS"
        if before is not None and table.entity_at(before) is not None and not party_people:
            candidates.append(before)
        agents = ("by", "from") if "fromsubj" in frame.flags else ("by",)
        candidates += [obj for prep, obj in scheme.prepositional(noun) if prep in agents]
        # "a lawsuit filed by X": the agent of a participle on the noun
        candidates += [
            obj
            for participle in scheme.children(noun, "acl")
            if participle.tag_ == "VBN"
            for prep, obj in scheme.prepositional(participle)
            if prep == "by"
        ]
        named_head = noun.dep_ in scheme.compound and table.entity_at(noun.head) is not None
        if noun.dep_ in scheme.appos or named_head:
            candidates.append(noun.head)  # "Nokia, Acme's rival", "Acme's rival Nokia"
        candidates += self._misread_apposition(noun)
        subjects = [e for e in self._entities_of_tokens(candidates) + listed if e not in objects]
        subjects += [  # "Canadian sanctions", "a Peruvian investigation": the country acts
            self._country(country, a)
            for a in scheme.children(noun, "amod")
            if (country := self._modifier_country(a))
        ]
        subject_classes = self.lex.domains[frame.relation][0]
        subjects = [e for e in subjects if table.cls(e) in subject_classes]
        if subjects:
            return subjects
        head = noun.head
        light = noun.dep_ not in scheme.obj or self.lex.lemma_of(head) in self.lex.cue("light_verb")
        if (
            head != noun
            and head.pos_ in ("VERB", "AUX")
            and light
            and (
                noun.dep_ in scheme.obj
                or any(obj.i == noun.i for prep, obj in scheme.prepositional(head) if prep in ("in", "with"))
            )
        ):
            return [e for e in self._entities_of_tokens(self._subjects(head)) if e not in objects]
        verb = next(
            (
                t
                for t in reversed(noun.doc[max(sentence_of(noun).start, noun.i - 3) : noun.i])
                if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")
            ),
            None,
        )
        if verb is not None and self.lex.lemma_of(verb) in self.lex.cue("light_verb"):
            # "they expressed concern that ...", parsed loosely
            return [e for e in self._entities_of_tokens(self._subjects(verb)) if e not in objects]
        return []

    def _noun(self, noun: Token, sent: Span) -> None:
        lemma = self.lex.lemma_of(noun)
        self._allies(noun, lemma, sent)
        self._members(noun, lemma, sent)
        frames = self.lex.noun_frames(lemma)
        if not frames:
            return
        # "the concerns it has about X", "the ban they imposed on X": a light verb in a relative clause
        holders = [
            c
            for c in self.scheme.children(noun, "relcl") + self.scheme.children(noun, "acl")
            if self.lex.lemma_of(c) in self.lex.cue("light_verb")
        ]  # (and "the lawsuit filed against X")
        for frame in frames:
            described = self._holder_after(noun) if "compound" in frame.slots else None
            if described is not None:  # "Kremlin critic Jane Roe": Jane Roe criticizes the Kremlin
                holder, name = described
                self._emit(
                    holder, frame.relation, name, noun.lower_, sent, f"noun:{frame.lemma}:holder", 0.7, noun
                )
                continue
            objects: list[int] = []
            for slot in frame.slots:
                tokens = (
                    [t for head in [noun, *holders] for t in self._slot(head, slot, passive=False)]
                    if slot not in ("that",)
                    else [s for c in self.scheme.children(noun, "acl") for s in self.scheme.subjects(c)]
                )
                objects = self._entities_of_tokens(tokens) or self._entities_of_tokens(
                    self._adjacent(noun, slot)
                )
                if slot == "compound":
                    object_classes = self.lex.domains[frame.relation][1]
                    subject_classes = self.lex.domains[frame.relation][0]
                    objects = [
                        o
                        for o in objects
                        if self.table.cls(o) in object_classes
                        and (self.table.cls(o) not in subject_classes or "pairwise" in frame.flags)
                    ]
                if objects:
                    break
            if not objects and frame.relation in ("bans", "investigates", "accuses", "criticizes"):
                objects = self._target_of(noun)
            subjects = self._noun_subjects(noun, frame, objects)
            if subjects and self.scheme.copular_subjects(noun):  # "Acme, Zenith and Orbis are customers"
                subjects += [e for s in subjects for e in self._listed_with(s, sent) if e not in subjects]
            subjects = subjects or [
                e
                for h in holders
                for e in self._entities_of_tokens(self.scheme.active_subjects(h))
                if e not in objects
            ]
            if not objects and self.scheme.copular_subjects(noun) and "implicit" in frame.flags:
                # "X and Y are customers": of the organisation the text is about
                classes = tuple(
                    c for c in (C.COMPANY, C.ORGANIZATION) if c in self.lex.domains[frame.relation][0]
                )
                objects = [
                    e for e in self.table.salient(noun.i, classes, set(subjects), description=True)[:1]
                ]
            if "pairwise" in frame.flags:
                self._pairwise(frame, subjects + objects, noun, sent)
                continue
            fixed = Modality.HYPOTHETICAL if "hypothetical" in frame.flags else None
            for s, o in itertools.product(subjects, objects):
                if "reverse" in frame.flags:
                    s, o = o, s
                self._emit(
                    s,
                    frame.relation,
                    o,
                    lemma,
                    sent,
                    f"noun:{frame.lemma}",
                    0.7,
                    noun,
                    fixed,
                )

    def _adjective(self, adjective: Token, sent: Span) -> None:
        """A predicate adjective: "X has been critical of Y", "X remained loyal to Y", "a group allied
        with Y" (the subject of the copula or linking verb, else the noun the adjective modifies)."""
        frames = self.lex.adjective_frames(adjective.lower_) or self.lex.adjective_frames(
            self.lex.lemma_of(adjective)
        )
        if not frames:
            return
        scheme, head = self.scheme, adjective.head
        holders = self._predicate_subjects(adjective)
        if not holders and (adjective.dep_ in scheme.amod or adjective.dep_ in scheme.acl):
            holders = [head.head if head.dep_ in scheme.appos else head]  # "X, a group allied with Y"
        subjects = self._entities_of_tokens(holders)
        for frame in frames:
            objects = next(
                (
                    found
                    for slot in frame.slots
                    if (found := self._entities_of_tokens(self._slot(adjective, slot, False)))
                ),
                [],
            )
            for s, o in itertools.product(subjects, objects):
                self._emit(s, frame.relation, o, frame.lemma, sent, f"adj:{frame.lemma}", 0.7, adjective)

    def _holder_after(self, noun: Token) -> tuple[int, int] | None:
        """For a noun between a name and a person's name ("Kremlin *critic* Jane Roe", "Acme *supporter*
        Jane Roe"): the person, and the name before the noun; read on the words."""
        doc, table, sent = noun.doc, self.table, sentence_of(noun)
        tokens = token_list(doc)
        if noun.i - 1 < sent.start or noun.i + 1 >= sent.end:
            return None
        name, holder = table.entity_at(tokens[noun.i - 1]), self._person_at(noun.i + 1)
        mention = table.mention_of.get(noun.i + 1)
        if name is None or holder is None or name == holder or mention is None or mention.start != noun.i + 1:
            return None
        return holder, name

    def _members(self, noun: Token, lemma: str, sent: Span) -> None:
        """ "X is a group of seven countries, A, B and C", "X, a bloc of A and B": the names listed
        in the "of" phrase of a grouping noun said of X are members of X."""
        scheme, table = self.scheme, self.table
        if noun.pos_ != "NOUN" or not noun.is_lower or table.entity_at(noun) is not None:
            return  # a common noun, not the "Union" of "X Union"
        if lemma not in self.lex.cue("grouping_noun"):
            return
        said_of = scheme.copular_subjects(noun) or ([noun.head] if noun.dep_ in scheme.appos else [])
        bodies = [
            e
            for e in self._entities_of_tokens(said_of)
            if table.cls(e) in (C.ORGANIZATION, C.GOVERNMENT_BODY)
        ]
        groups = [obj for prep, obj in scheme.prepositional(noun) if prep == "of"]
        groups += [  # "a cartel of producers such as A and B"
            example
            for g in groups
            for p, example in scheme.prepositional(g)
            if p in ("including", "such_as", "like")
        ]
        listed = [t for g in groups for t in [g, *g.conjuncts, *scheme.children(g, "appos")]]
        members = [e for t in listed if (e := table.entity_at(t)) is not None]
        for body in bodies:
            for member in dict.fromkeys(members):
                if member != body:
                    self._emit(member, "memberOf", body, lemma, sent, "memberOf:listed", 0.7, noun)

    def _allies(self, noun: Token, lemma: str, sent: Span) -> None:
        """ "Canada urged allies such as Norway to act", "its allies, including Peru": the allies named
        as examples are allies of the noun's owner (its possessor, or the subject of the verb whose
        object it is)."""
        scheme, table = self.scheme, self.table
        if lemma != "ally" or noun.tag_ != "NNS":
            return
        members = [
            e
            for prep, obj in scheme.prepositional(noun)
            if prep in ("such_as", "including", "like")
            for e in self.entities_of(obj)
        ]
        if not members:
            return
        owners = [e for p in scheme.children(noun, "poss") for e in self.entities_of(p)]
        if not owners and noun.dep_ in scheme.obj and noun.head.pos_ in ("VERB", "AUX"):
            owners = self._entities_of_tokens(self._subjects(noun.head))
        allied = (C.COUNTRY, C.ORGANIZATION, C.GOVERNMENT_BODY, C.COMPANY)
        for owner in owners:
            for member in members:
                if owner != member and table.cls(owner) in allied and table.cls(member) in allied:
                    asserted = Modality.ASSERTED  # an alliance holds whatever the clause asks of it
                    self._emit(owner, "allyOf", member, "allies", sent, "noun:allies", 0.65, noun, asserted)

    def _target_of(self, noun: Token) -> list[int]:
        """ "X is the subject of sanctions", "X became the target of an investigation": X."""
        scheme, head = self.scheme, noun.head
        if head == noun or self.lex.lemma_of(head) not in ("subject", "target", "focus", "object"):
            return []
        if not any(p == "of" and o.i == noun.i for p, o in scheme.prepositional(head)):
            return []
        holders = scheme.copular_subjects(head)
        if not holders and scheme.children(head, "cop"):
            holders = scheme.active_subjects(head)
        return self._entities_of_tokens(holders, direct=True)

    # -- business units --------------------------------------------------------
    def _units(self, sent: Span) -> None:
        """ "Acme's consumer business group", "Acme's cloud division": an unnamed unit, partOf its company."""
        doc, table, units = self.table.doc, self.table, self.lex.cue("unit_noun")
        tokens = token_list(doc)
        parts, lowers = token_strings(doc, "pos_"), token_strings(doc, "lower_")
        for i in range(sent.start, sent.end):
            if parts[i] != "NOUN" or i in table.token_entity:
                continue
            before = lowers[i - 1] if i > sent.start else ""
            if lowers[i] not in units and f"{before} {lowers[i]}" not in units:
                continue
            noun = tokens[i]
            owners = [
                e
                for p in self.scheme.children(noun, "poss")
                for e in self.entities_of(p)
                if table.cls(e) == C.COMPANY
            ]
            modifiers = [
                c
                for c in child_tokens(noun)
                if c.i < noun.i and (c.dep_ in self.scheme.compound or c.dep_ in self.scheme.amod)
            ]
            if not owners or not modifiers:
                continue
            start = min(t.i for c in modifiers for t in c.subtree)
            if any(not t.is_lower for t in tokens[start : noun.i + 1]):
                continue
            unit = table.add_entity(doc[start : noun.i + 1].text, C.ORGANIZATION, start, noun.i + 1, "unit")
            for owner in owners:
                self._emit(unit, "partOf", owner, noun.lower_, sent, "unit:possessive", 0.75)

    # -- titles ----------------------------------------------------------------
    def _titles(self, sent: Span) -> None:
        """Roles from job titles next to a person's name (before it, or in apposition after it)."""
        table = self.table
        seen: set[int] = set()
        for i in range(sent.start, sent.end):  # indexes: no Token object per word
            person = table.token_entity.get(i)
            if person is None or table.cls(person) != C.PERSON or i in seen:
                continue
            mention = table.mention_of.get(i)
            if mention is None:
                continue
            seen |= set(range(mention.start, mention.end))
            # "Jane Roe of X" (not a name used as a type: nicknamed 'the "Jane Roe of X"')
            affiliated = (
                [] if self._name_as_type(mention.start) else self._affiliations_after(mention.end, sent)
            )
            self._titles_before(mention.start, person, sent, affiliated)
            self._titles_after(mention.end, person, sent)
            self._affiliation(mention.end, person, sent, affiliated)
            self._copular_title(mention.start, mention.end, person, sent)
            self._copular_party(mention.end, person, sent)
        lowers, tokens = token_strings(table.doc, "lower_"), token_list(table.doc)
        for i in range(sent.start, sent.end):  # "She is (became, served as) the chief executive of Acme"
            end, pronoun = i + 1, tokens[i]
            if lowers[i] not in ("he", "she"):
                continue
            if self._past_predicate_copula(end, sent) != end or self._past_role_verb(end, sent) != end:
                people = [e for e in table.resolve(pronoun) if table.cls(e) == C.PERSON]
                if len(people) == 1:
                    self._titles_after(end, people[0], sent)

    def _copular_title(self, start: int, end: int, person: int, sent: Span) -> None:
        """ "Her mother is Kyoko Kimura", "Acme's chief executive is Jane Roe": the subject of a copula
        whose predicate is the person's name is a title or kin noun with its owner."""
        doc = self.table.doc
        for subject in self.scheme.copular_subjects(doc[start:end].root):
            if subject.pos_ != "NOUN" or not subject.is_lower:
                continue
            found = self._title_ending_at(subject.i, subject.left_edge.i)  # "chief executive", "mother"
            owners = [e for p in self.scheme.children(subject, "poss") for e in self._owner_before(p.i, sent)]
            if found is not None and owners:
                self._roles(person, [found[0]], owners, False, sent, subject, 0.75)

    def _copular_party(self, end: int, person: int, sent: Span) -> None:
        """ "Jane Roe is a Republican", "Jane Roe, a Democrat, ...", "Jane Roe is a Labour politician",
        "Jane Roe, the most senior Democrat on the X Committee": a party's word after the article of the
        person's predicate or apposition makes them a member (and of the body they are "on")."""
        doc = self.table.doc
        tokens = token_list(doc)
        k = end + 1 if end < sent.end and tokens[end].text == "," else self._past_predicate_copula(end, sent)
        if k == end or k + 1 >= sent.end or tokens[k].lower_ not in ("a", "an", "the"):
            return
        k += 1
        while k < sent.end and tokens[k].is_lower and tokens[k].pos_ in ("ADJ", "ADV"):
            k += 1  # "the *most senior* Democrat"
        if k >= sent.end or self._title_at(k + 1, sent.end):
            return  # "the Democratic chairman of X": read with the titles (:meth:`_titles_after`)
        if self._party_before(k, person, sent) is None:
            return
        if k + 2 < sent.end and tokens[k + 1].lower_ == "on":
            for body in self._owner_after(k + 2, sent):
                if self.table.cls(body) in (C.GOVERNMENT_BODY, C.ORGANIZATION):
                    self._emit(person, "memberOf", body, "on", sent, "memberOf:seat", 0.6)

    def _title_at(self, i: int, end: int) -> tuple[str, int] | None:
        """The longest title starting at token ``i`` (not beyond ``end``): (title, next index)."""
        tokens = token_list(self.table.doc)
        for size in (4, 3, 2, 1):
            if i + size <= end:
                words = _written(tokens[i : i + size])
                if self._role(words, tokens[i]) and not (size == 1 and tokens[i].pos_ == "VERB"):
                    return words, i + size
        return None

    def _title_ending_at(self, i: int, start: int) -> tuple[str, int] | None:
        """The longest title ending at token ``i`` (not before ``start``): (title, its first index)."""
        tokens = token_list(self.table.doc)
        for size in (4, 3, 2, 1):
            if i - size + 1 >= start:
                words = _written(tokens[i - size + 1 : i + 1])
                if self._role(words, tokens[i - size + 1]):
                    return words, i - size + 1
        return None

    def _role(self, words: str, first: Token) -> bool:
        """Whether ``words`` (starting with ``first``) are a title, or a kinship noun written in lower
        case ("her *husband* X")."""
        role = self.lex.role(words)
        if role is None or (role.words in self.lex.cue("capitalised_title") and first.is_lower):
            return False
        return role.relation != "relativeOf" or first.is_lower

    @staticmethod
    def _title_filler(token: Token) -> bool:
        """A word inside a title phrase that is not a title ("billionaire", "chief", "digital")."""
        return token.lower_ in TITLE_MODIFIERS or (token.pos_ == "ADJ" and token.is_lower)

    def _titles_before(self, start: int, person: int, sent: Span, affiliated: list[int]) -> None:
        doc = self.table.doc
        tokens = token_list(doc)
        i = start - 1
        if i >= sent.start and tokens[i].text == ",":
            i -= 1
        titles: list[str] = []
        portfolio = qualified = False
        of_owner: list[int] = []
        while i >= sent.start:
            token = tokens[i]
            # "the House of Representatives, X": a title word inside another entity's name is no title
            mention = self.table.mention_of.get(i)
            in_name = mention is not None and mention.start < i and self.table.token_entity.get(i) != person
            found = self._title_ending_at(i, sent.start) if not in_name else None
            if found:
                titles.append(found[0])
                i = found[1] - 1
                continue
            previous_is_title = i - 1 >= sent.start and self._role(tokens[i - 1].lower_, tokens[i - 1])
            if titles and (token.lower_ in ("and", "&") or (token.text == "," and previous_is_title)):
                # "founder and CEO", "president, chairman and CEO", "his father, Sultan X" (not "the
                # Assembly, President X"); a qualified title is of an unnamed group, not of the owner
                # before the others ("FBI agent and terrorism specialist X" is the FBI's agent)
                if qualified:
                    titles, qualified = titles[:-1], False
                i -= 1
                continue
            local = titles and not of_owner and self.lex.lemma_of(token) in self.lex.cue("local_body_noun")
            if local and (body := self._descriptive(token)) is not None:  # "El Paso's police chief X"
                of_owner, i = [body], self.table.mention_of[self._place_before(token).i].start - 1
                break
            numeral = titles and token.pos_ == "NUM" and token.is_lower  # "his two sons A and B"
            if self._title_filler(token) or numeral or token.lower_ in self.lex.cue("portfolio"):
                i -= 1
                continue
            if token.lower_ == "of" and i - 1 >= sent.start and self.lex.title(tokens[i - 1].lower_):
                i -= 1  # "Secretary of State Jane Roe", "Minister of Finance Jane Roe"
                continue
            post = self._post_country(i, sent) if not titles else None
            if post is not None:
                i = post  # "Ambassador to Peru Jane Roe": the post's country is not the title's owner
                continue
            named_owner = self._owner_of_title_before(i, sent) if not (titles or of_owner) else None
            if named_owner is not None:  # "the President of the United States Jane Roe"
                of_owner, i = named_owner
                continue
            if not titles and token.is_lower and token.pos_ == "NOUN" and i - 1 >= sent.start:
                # "head of technology policies": a portfolio, not the organisation
                j = i
                while j > sent.start and tokens[j].is_lower and tokens[j].lower_ != "of":
                    j -= 1
                if tokens[j].lower_ == "of":
                    portfolio = True
                    i = j - 1
                    continue
            if (
                titles
                and not qualified
                and token.is_lower
                and token.pos_ == "NOUN"
                and tokens[i + 1].is_lower
            ):
                qualified = True  # "Russian opposition leader X": leads an unnamed group
                i -= 1
                continue
            break
        if not titles:
            if not self._title_of_owner_before(start, person, sent):
                self._possessive_employer(start, person, sent)
            self._occupation_affiliations(start, person, sent)
            self._party_before(start - 1, person, sent)  # "Democrat Jane Roe"
            return
        # "Republican Senator X" (the party employs no one); "Idaho's Republican Governor X" leads Idaho
        party, owner_end = self._party_before(i, person, sent) or (None, i + 1)
        owner = [e for e in of_owner or self._owner_before(owner_end - 1, sent) if e != party]
        named_country = owner_end - 1 >= sent.start and not self.lex.demonyms.get(
            tokens[owner_end - 1].lower_
        )
        if named_country and all(self._studies_country(t) for t in titles):  # "China expert X"
            owner = [e for e in owner if self.table.cls(e) != C.COUNTRY]
        if qualified:  # "Russian opposition leader X" is Russian; "Acme union leader X" leads no Acme
            owner = [e for e in owner if self.table.cls(e) == C.COUNTRY]
        # "President Jane Roe of Egypt", "Presidents A of X and B of Y": each holder's own country
        heads_of_state = self.lex.cue("head_of_state")
        heads = [t for t in titles if self.lex.role(t).words in heads_of_state]
        country = self._country_after(self.table.mention_of[start].end, sent) if heads else []
        own_country = bool(heads) and not owner
        if own_country:
            owner = country
        elif not owner:  # "Director Jane Roe of the Acme Institute" leads it
            owner = [e for e in affiliated if self.table.cls(e) in BODIES]
        elif country:
            # "AU chairperson President Jane Roe of Egypt": Egypt's president, the AU's chairperson
            self._roles(person, heads, country, portfolio, sent, tokens[start])
            titles = [t for t in titles if t not in heads]
        confidence = 0.85
        public = heads_of_state | self.lex.cue("government_title")  # a president leads no company
        leading = any(self.lex.role(t).relation in ("leads", "founderOf") for t in titles) and not any(
            self.lex.role(t).words in public for t in titles
        )
        if (
            not owner
            and leading
            and i >= sent.start
            and tokens[i].lower_ in ("to", "by", "of", "said", "says")
        ):
            # "Acme is leaving Peru, according to founder and CEO Jane Roe": the one organisation
            # named earlier in the sentence
            organisations = {
                e
                for t in tokens[sent.start : i]
                if (e := self.table.entity_at(t)) is not None
                and self.table.cls(e) in (C.COMPANY, C.ORGANIZATION)
                and self._well_typed(e)
            }
            owner, confidence = (list(organisations), 0.6) if len(organisations) == 1 else ([], confidence)
        bare = not (qualified or portfolio or self._held_elsewhere(i, sent))
        prospective = self._prospective(range(max(i, sent.start), start))
        self._roles(person, titles, owner, portfolio, sent, tokens[start], confidence, bare, prospective)
        self._portfolio_department(person, titles, range(max(i, sent.start), start), owner, sent)
        plural = any(self.lex.plural_role(words) for words in titles)
        if plural:  # "senators A and B": a plural title
            root = doc[start : self.table.mention_of[start].end].root
            named = [other for other in root.conjuncts if self.table.entity_at(other) is not None]
            # "senators A, chair of X, and B": the person after the "and", when the parse missed it
            named += [
                t
                for t in tokens[start : sent.end]
                if t.i > sent.start
                and tokens[t.i - 1].lower_ == "and"
                and self.table.entity_at(t) is not None
            ][:1]
            # "Senators A of Ohio, B of Utah, and C": the names listed with their places
            listed = self._people_listed(self.table.mention_of[start].end, sent, 1, titled=False)
            named += [
                next(t for t in tokens[start : sent.end] if self.table.entity_at(t) == e) for e in listed
            ]
            partners = {self.table.entity_at(t): t for t in reversed(named)}
            for partner, token in partners.items():
                if partner != person and self.table.cls(partner) == C.PERSON:
                    end = self.table.mention_of[token.i].end
                    owners = self._country_after(end, sent) if own_country else owner
                    self._roles(partner, titles, owners, portfolio, sent, tokens[start], confidence, bare)
                    if party is not None:  # "Republican senators A and B": both Republicans
                        self._emit(partner, "memberOf", party, "party", sent, "memberOf:party", 0.7)

    def _portfolio_department(
        self, person: int, titles: list[str], phrase: range, owners: list[int], sent: Span
    ) -> None:
        """A minister or secretary heads the ministry or department of their portfolio that the text
        names: "Health Minister Jane Roe" leads "the Health Ministry", "Jane Roe, the Secretary of
        Transportation" the "Department of Transportation"; a deputy works for it; a shadow minister
        (of the opposition) neither. The body must be the only one of the text's bodies named with all
        the portfolio's words and a ministry's noun, and of no other country than the title's."""
        table, lowers = self.table, token_strings(self.table.doc, "lower_")
        words = [lowers[k] for k in phrase]
        portfolio = {w for w in words if w in self.lex.cue("portfolio")}
        ministers = [t for t in titles if t in MINISTER_TITLES]
        if not portfolio or not ministers or "shadow" in words:
            return
        countries = {table.label(o) for o in owners if table.cls(o) == C.COUNTRY}
        found = set()
        for entity, cluster in enumerate(table.clusters):
            name = set(cluster.label().lower().replace(",", " ").split())
            if cluster.cls != C.GOVERNMENT_BODY or not (portfolio <= name and MINISTRY_NOUNS & name):
                continue
            named = {c for w in name if (c := self.lex.demonyms.get(w) or self.lex.countries.get(w))}
            if not (countries and named - countries):  # "German Finance Minister X", not the French ministry
                found.add(entity)
        if len(found) != 1:
            return
        relation = "worksFor" if SUBORDINATE_MODIFIERS.intersection(words) else "leads"
        self._emit(person, relation, found.pop(), ministers[0], sent, "title:portfolio", 0.75)

    def _occupation_affiliations(self, start: int, person: int, sent: Span) -> None:
        """ "US actor Chadwick Boseman", "Japanese professional wrestler and reality television star
        Hana Kimura": a country or demonym before the occupation that introduces a person is the
        person's nationality (the occupation names no employer, unlike a title), a party's adjective
        their party ("Democratic presidential candidate Joe Biden"), an organisation before a staff
        occupation the employer ("FBI agent X", "Playboy model X")."""
        doc = self.table.doc
        tokens = token_list(doc)
        if start - 1 < sent.start or tokens[start - 1].pos_ != "NOUN":
            return
        i, occupation = start - 1, False
        contenders = self.lex.cue("contender_noun")  # "Democratic rival X": a party's, not a person noun
        while (
            i >= max(sent.start, start - 8)
            and tokens[i].is_lower
            and tokens[i].pos_ in ("NOUN", "ADJ", "CCONJ")
        ):
            occupation = occupation or self._person_noun(tokens[i]) or tokens[i].lower_ in contenders
            i -= 1
        if not occupation or i < sent.start or i == start - 1 or self._describes_name_before(i):
            return
        self._party_before(i, person, sent)  # "Democratic presidential candidate X"
        for owner in self._owner_before(i, sent):
            if self.table.cls(owner) == C.COUNTRY:
                self._emit(
                    person, "nationality", owner, tokens[i].lower_, sent, "nationality:occupation", 0.7
                )
            elif self._is_party(owner):  # "Green Party presidential candidate X"
                self._emit(person, "memberOf", owner, tokens[start - 1].lower_, sent, "memberOf:party", 0.7)
            elif self.lex.lemma_of(tokens[i + 1]) in self.lex.cue("staff_noun"):  # "FBI agent X"
                self._emit(person, "worksFor", owner, tokens[i + 1].lower_, sent, "worksFor:occupation", 0.6)

    def _party_nominee(self, party: int, i: int, person: int, sent: Span) -> None:
        """A person noun ("candidate", "nominee") starting at token ``i``, past numbers and modifiers,
        right after a party's name makes the person it describes a member."""
        doc = self.table.doc
        tokens = token_list(doc)
        while i < sent.end and (tokens[i].like_num or self._title_filler(tokens[i])):
            i += 1
        if i < sent.end and self._person_noun(tokens[i]) and self._person_at(i + 1) is None:
            # (not "A, Green Party nominee B": the noun of the name it opens)
            self._emit(person, "memberOf", party, tokens[i].lower_, sent, "memberOf:party", 0.7)

    def _is_party(self, entity: int) -> bool:
        """Whether an entity is a political party: a known one, or an organisation named "... Party"."""
        label = self.table.label(entity)
        return self.table.cls(entity) == C.ORGANIZATION and (
            label.split()[-1] == "Party" or label in self.lex.party_names
        )

    def _describes_name_before(self, i: int) -> bool:
        """Whether the phrase opening at token ``i`` describes a person named before it ("Louis DeJoy,
        a Republican fundraiser Trump appointed": the fundraiser is DeJoy, not Trump)."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if i < 3 or tokens[i - 1].lower_ not in ("a", "an") or tokens[i - 2].text != ",":
            return False
        before = table.entity_at(tokens[i - 3])
        return before is not None and table.cls(before) == C.PERSON

    def _party_before(self, i: int, person: int, sent: Span) -> tuple[int, int] | None:
        """A party's adjective ending at token ``i``, right before a person's titles or occupation, makes
        the person a member: "Republican Senator Jane Roe", "Labour MP Jane Roe". Returns the party and
        the index of the adjective's first word."""
        for size in (2, 1):
            start = i - size + 1
            if start >= sent.start:
                words = span_text(self.table.doc, start, i + 1)
                party = self.lex.party_adjectives.get(words)
                if party is not None:
                    entity = self.table.add_entity(party, C.ORGANIZATION, start, i + 1, "party")
                    self._emit(person, "memberOf", entity, words.lower(), sent, "memberOf:party", 0.7)
                    return entity, start
        return None

    def _person_noun(self, token: Token) -> bool:
        """Whether a lower-case noun names a person by what they do: a listed one ("actor",
        "candidate") or an agent noun ("mathematician", "inventor", "arbiter", "heiress")."""
        lemma = self.lex.lemma_of(token)
        listed = lemma in self.lex.cue("person_noun")
        return token.pos_ == "NOUN" and (listed or lemma.endswith(AGENT_SUFFIXES))

    def _held_elsewhere(self, i: int, sent: Span) -> bool:
        """Whether the word ``i`` right before a person's titles says the titles belong to an unnamed
        owner ("*Assembly* president X") or are sought ("A *for* president and engineer B")."""
        if i < sent.start:
            return False
        word = self.table.doc[i]
        if word.lower_ == "for":
            return i > sent.start and self.table.entity_at(self.table.doc[i - 1]) is not None
        named = word.pos_ in ("NOUN", "PROPN") and not word.is_lower
        return named and word.lower_ not in self.lex.cue("affiliation")  # not "Incumbent President X"

    def _country_after(self, end: int, sent: Span) -> list[int]:
        """The country of an "of" phrase right after a name ending at ``end``: "Jane Roe *of Egypt*"."""
        if end + 1 >= sent.end or self.table.doc[end].lower_ != "of":
            return []
        named = self._named_from(end + 1, sent)
        return [named[0]] if named is not None and self.table.cls(named[0]) == C.COUNTRY else []

    def _title_of_owner_before(self, start: int, person: int, sent: Span) -> bool:
        """ "the president of Acme, Jane Roe,": a title (or "a member") and its organisation or country in
        the phrase before the comma that introduces the person."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if start - 2 <= sent.start or tokens[start - 1].text != ",":
            return False
        k = self._before_parenthesis(start - 2, sent)  # "the head of Acme (the Acme Group), Jane Roe"
        owner, mention = table.entity_at(tokens[k]), table.mention_of.get(k)
        if owner is None or mention is None or table.cls(owner) == C.PERSON or table.cls(owner) == C.PLACE:
            return False
        j = mention.start - 1
        possessor = table.mention_of.get(j - 1) if j > sent.start and _possessive(tokens[j]) else None
        if possessor is not None:
            j = possessor.start - 1  # "the director of Argentina's Acme, Jane Roe,"
        j -= 1 if j >= sent.start and tokens[j].lower_ == "the" else 0
        if j - 1 < sent.start or tokens[j].lower_ not in ("of", "at", "for"):
            return False
        title = next(
            (
                words
                for size in (3, 2, 1)
                if j - size >= sent.start
                and self._role(words := doc[j - size : j].text.lower(), tokens[j - size])
                and (  # not "Acme CEO of X, Y"
                    j - size == sent.start
                    or not tokens[j - size - 1].is_title
                    or tokens[j - size - 1].lower_ in ("the", "a", "an")
                )
            ),
            None,
        )
        if title is None and tokens[j].lower_ == "of" and tokens[j - 1].lower_ == "member":
            # "a member of the Danish Parliament, Jane Roe,"
            self._emit(person, "memberOf", owner, "member", sent, "memberOf:apposition", 0.75)
            return True
        if title is None:
            return False
        self._roles(person, [title], [owner], False, sent, tokens[start], 0.8)
        return True

    def _possessive_employer(self, start: int, person: int, sent: Span) -> None:
        """ "the Acme News's Jane Roe", "Acme's Jane Roe": a person introduced by an organisation's
        possessive works for it."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if start - 2 < sent.start or not _possessive(tokens[start - 1]):
            return
        owner = table.entity_at(tokens[start - 2])
        if modifies_noun(doc, table.mention_of[start].end, sent.end):
            return  # "Acme's Jane Roe space telescope": the name modifies a noun
        if owner is not None and table.cls(owner) in BODIES:
            self._emit(person, "worksFor", owner, "'s", sent, "worksFor:possessive", 0.6)

    def _post_country(self, i: int, sent: Span) -> int | None:
        """Where a title's "to Peru" / "for the Balkans" / "from Ohio" complement ending at token ``i``
        starts: the index of the title before it ("Ambassador to Peru", "Senator from Ohio"),
        else None. The place or body is recognised by the gazetteers or the entity table (the NER
        often misses it there)."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        for size in (1, 2, 3):
            k = i - size + 1
            if k <= sent.start or tokens[i].is_lower:
                return None
            words = span_text(doc, k, i + 1).lower()
            place = self.lex.countries.get(words) or self.lex.regions.get(words) or self.lex.bodies.get(words)
            entity = table.entity_at(tokens[k])
            if not place and not (entity is not None and table.cls(entity) in (C.COUNTRY, C.PLACE)):
                continue
            j = k - 1
            j -= int(j > sent.start and tokens[j].lower_ == "the")
            if (
                j - 1 >= sent.start
                and tokens[j].lower_ in ("to", "for", "from")
                and self.lex.title(tokens[j - 1].lower_)
            ):
                return j - 1
        return None

    def _owner_of_title_before(self, i: int, sent: Span) -> tuple[list[int], int] | None:
        """A name ending at token ``i`` that a title owns with "of" right before it ("President of the
        United States", "CEO of Acme"; also a country the NER missed, "Prime Minister of India"), or a
        member's title with "to" ("delegate to the House"): the named owner, and the index of the
        title's last word."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        mention = table.mention_of.get(i)
        owner = table.entity_at(tokens[i]) if mention is not None and mention.end == i + 1 else None
        start = mention.start if owner is not None else i
        country = None
        for k in (i, i - 1) if owner is None and not tokens[i].is_lower else ():
            if country := self.lex.countries.get(doc[k : i + 1].text.lower()):
                start = k
                break
        j = start - 1
        j -= int(j > sent.start and tokens[j].lower_ == "the")
        title = (
            j - 1 >= sent.start
            and tokens[j].lower_ in ("of", "to")
            and (self._title_at(j - 1, j) or self._title_at(j - 2, j))
        )
        # "President of the United States X"; "delegate to the House X" (a member: "to" only then)
        if not title or (tokens[j].lower_ == "to" and self.lex.role(title[0]).relation != "memberOf"):
            return None
        if owner is not None:
            return ([owner], j - 1) if owner != table.entity_at(tokens[i + 1]) else None
        return ([self._country(country, tokens[start])], j - 1) if country else None

    def _owner_before(self, i: int, sent: Span) -> list[int]:
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if i < sent.start:
            return []
        if tokens[i].tag_ == "POS" or tokens[i].lower_ in ("'s", "’s") or tokens[i].text == ")":
            i -= 1  # "Acme's CEO X", "the Union of X (UX) head Jane Roe": the acronym
        if i < sent.start:
            return []
        token = tokens[i]
        if country := self._modifier_country(token):  # "Syrian President X", "South African President X"
            return [self._country(country, token)]
        entity = table.entity_at(token)
        if entity is not None:
            return [entity]
        if self.lex.countries.get(token.lower_) and not token.is_lower:  # "US Envoy X", the NER silent
            return [self._country(self.lex.countries[token.lower_], token)]
        if token.tag_ == "PRP$" or token.pos_ in ("PRON",):
            return table.resolve(token)
        if token.pos_ == "NOUN":
            return table.resolve(token)
        return []

    def _affiliations_after(self, end: int, sent: Span) -> list[int]:
        """The organisations and countries of an "of"/"at"/"from" phrase right after a name: "Jane Roe of
        the Acme Institute", "of Norway"; a town with its country is the country ("of Kobe, Japan";
        but "the University of Oslo, Norway" is the university)."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if end >= sent.end or tokens[end].lower_ not in ("of", "at", "from"):
            return []
        found = []
        for owner in self._owner_after(end + 1, sent):
            mention = next((m for m in table.clusters[owner].mentions if m.start > end), None)
            after = mention.end if mention is not None else sent.end
            if (
                after < sent.end
                and tokens[after].is_lower
                and self.lex.org_class([tokens[after].text]) is not None
            ):
                continue  # "Jane Roe of the Hajo assembly": of a body the name only modifies
            listed = after + 1 < sent.end and tokens[after].text == ","
            country = table.entity_at(tokens[after + 1]) if listed else None
            organisation = any(w in self.lex.org_heads for w in table.label(owner).lower().split())
            town = country is not None and table.cls(country) == C.COUNTRY and not organisation
            found.append(country if town else owner)
        return found

    def _affiliation(self, end: int, person: int, sent: Span, owners: list[int]) -> None:
        """ "Jane Roe of the University of X" works for it; "Jane Roe of Norway" is Norwegian (unless a
        title before the name said what the person is there: "Director Jane Roe of X"). ``owners``
        are the phrase's (:meth:`_affiliations_after`)."""
        table = self.table
        if not owners:
            return
        preposition = table.doc[end].lower_
        titled = {f.object for f in self.found if f.subject == person and f.rule.startswith("title")}
        for owner in owners:
            if owner in titled:
                continue
            if table.cls(owner) == C.COUNTRY:
                self._emit(person, "nationality", owner, preposition, sent, "nationality:of", 0.7)
            elif table.cls(owner) in BODIES:
                self._emit(person, "worksFor", owner, preposition, sent, "affiliation", 0.6)

    def _titles_after(self, end: int, person: int, sent: Span) -> None:
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        end = self._past_home(end, sent)  # "Jane Roe of Ohio, the party's nominee"
        i = end
        if i >= sent.end:
            return
        if tokens[i].text == ",":
            i = self._past_copula(i + 1, sent, relative=True)  # "Jane Roe, who is the chief executive of X"
            i = self._past_role_verb(i, sent, relative=True) if i == end + 1 else i  # "who served as"
        else:
            i = self._past_predicate_copula(end, sent)  # "Jane Roe is the chief executive of X"
            i = self._past_role_verb(end, sent) if i == end else i  # "Jane Roe was sworn in as governor"
        appointers = self._appointer(end)  # "Acme named Jane Roe its chief executive": no "as" needed
        if i == end and not (end < sent.end and appointers):
            return
        while i < sent.end and _lower_adverb(tokens[i]):
            i += 1  # "Jane Roe, formerly the chief executive of X"
        owner: list[int] = []
        opening = i
        while i < sent.end and tokens[i].lower_ in ("the", "a", "an", "its", "his", "her", "their"):
            if tokens[i].tag_ == "PRP$":
                owner = table.resolve(tokens[i], besides=person)  # "Jane Roe, her sister": another's
            i += 1
        # "Jane Roe, Acme's chief executive", "Jane Roe, a former Acme spokeswoman"
        k = i
        # (and a country before an organisation's name: "the U.S. Acme Party's nominee")
        while k < sent.end and (
            (tokens[k].is_lower and (tokens[k].pos_ == "ADJ" or tokens[k].lower_ in TITLE_MODIFIERS))
            or (tokens[k].text == "-" and k + 1 < sent.end and tokens[k + 1].is_lower)  # "high-ranking"
            or (self._modifier_country(tokens[k]) and self._organisation_at(k + 1, sent))
        ):
            k += 1
        if k < sent.end and (e := table.entity_at(tokens[k])) is not None and table.cls(e) != C.PERSON:
            mention = table.mention_of.get(k)
            j = mention.end if mention else k + 1
            if k == i and j < sent.end and _possessive(tokens[j]):
                owner, i = [e], j + 1
            elif k > opening and self._employer_before_title(e, j, sent):
                owner, i = [e], j
            if self._is_party(e):  # "Jane Roe, the Green Party's 2020 presidential nominee"
                self._party_nominee(e, j + int(j < sent.end and _possessive(tokens[j])), person, sent)
        titles: list[str] = []
        qualified = listed = False
        party_at = None  # "Jane Roe, the Democratic chairman of X": a member of the party, and X's head
        while i < sent.end:
            found = self._title_at(i, sent.end)
            described = i > opening and not (found or titles or owner)  # "the French president", not a list
            demonym, width = self._demonym_words(i, sent) if described else (None, 0)
            if found:
                # "X, a union leader and co-founder of Y": the union X leads is not named
                unnamed = qualified and tokens[i - 1].is_lower and self.lex.role(found[0]).relation == "leads"
                listed = listed or unnamed
                titles += [] if unnamed else [found[0]]
                i = found[1]
            elif demonym and self._title_at(i + width, sent.end):  # "Jane Roe, the French president"
                owner, i = [self._country(*demonym)], i + width
            elif self._title_filler(tokens[i]) or (tokens[i].lower_ in ("and", "&") and (titles or listed)):
                i += 1
            elif tokens[i].lower_ in self.lex.cue("portfolio") and self._title_at(i + 1, sent.end):
                i += 1  # "Jane Roe, the Finance Minister": see :meth:`_portfolio_department`
            elif (
                not titles and tokens[i].text in self.lex.party_adjectives and self._title_at(i + 1, sent.end)
            ):
                party_at, i = i, i + 1
            elif tokens[i].is_lower and tokens[i].pos_ == "NOUN" and self._title_at(i + 1, sent.end):
                qualified = True
                i += 1  # "a *retail* expert", "a *policy* adviser"
            else:
                break
        if not titles or self._person_at(self._past_parenthesis(i, sent)) is not None:
            return  # "Heading into X, Senator Jane Roe said", "MP (Member of Parliament) Jane Roe"
        if party_at is not None:
            self._party_before(party_at, person, sent)
        phrase, portfolio_words = opening, self.lex.cue("portfolio")
        minister = MINISTER_TITLES.intersection(titles)
        if (
            minister
            and i + 1 < sent.end
            and doc[i].lower_ in ("of", "for")
            and doc[i + 1].lower_ in portfolio_words
        ):
            i += 1  # "Jane Roe, the Secretary of Transportation"
            while i < sent.end and doc[i].lower_ in portfolio_words:
                i += 1
        self._portfolio_department(person, titles, range(phrase, i), owner, sent)
        portfolio = False
        # "researchers from X" is no apposition
        singular = not any(self.lex.plural_role(words) for words in titles)
        employer = ("of", "at", "for", "with", "from") if singular else ("of", "at", "for", "with")
        if i < sent.end and tokens[i].lower_ in employer:
            found = self._owner_after(i + 1, sent)
            regional = owner and found and all(table.cls(e) in (C.PLACE, C.COUNTRY) for e in found)
            if regional:  # "Acme's CEO for Latin America" works for Acme, heading a region of it
                portfolio = True
            else:
                # "Acme's head of communications" works for Acme; "Acme's CEO at the time" leads it
                owner, portfolio = (found, False) if found else (owner, tokens[i].lower_ == "of")
            if found and self._names_a_person_next(i + 1, sent):
                return  # "Speaking to X, the president of Y, Jane Roe, said": Jane Roe's title
        owner = owner or appointers
        bare, prospective = not (qualified or portfolio), self._prospective(range(opening, i))
        self._roles(
            person, titles, owner, portfolio, sent, tokens[end - 1], bare=bare, prospective=prospective
        )

    def _appointer(self, end: int) -> list[int]:
        """Who gives an office to the name ending before token ``end``: "Acme appointed Jane Roe as
        chief executive" (Acme's chief executive)."""
        root = self._name_root(end)
        verb = root.head
        given = root.dep_ in self.scheme.obj or root.dep_ in self.scheme.xcomp  # (the parser's misread)
        if not given or self.lex.lemma_of(verb) not in self.lex.cue("appointing_verb"):
            return []
        return self._entities_of_tokens(self.scheme.active_subjects(verb))

    def _past_home(self, end: int, sent: Span) -> int:
        """The index after "of Ohio" when a place or country named after "of" follows the name ending
        at ``end`` and a comma follows the place ("Jane Roe of Ohio, the ..."); else ``end``."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if end + 2 >= sent.end or tokens[end].lower_ != "of":
            return end
        place = table.entity_at(tokens[end + 1])
        mention = table.mention_of.get(end + 1)
        if place is None or mention is None or table.cls(place) not in (C.PLACE, C.COUNTRY):
            return end
        return mention.end if mention.end < sent.end and tokens[mention.end].text == "," else end

    def _past_predicate_copula(self, end: int, sent: Span) -> int:
        """The index after the copula of a noun predicate whose subject is the name ending at ``end``
        ("Jane Roe *is* the chief executive of X"); ``end`` when there is none."""
        k = self._past_copula(end, sent)  # (read on the words first: cheap)
        if k == end:
            return end
        root = self._name_root(end)
        predicate = root.dep_ in self.scheme.subj and bool(self.scheme.children(root.head, "cop"))
        return k if predicate else end

    def _name_root(self, end: int) -> Token:
        """The root of the name (or pronoun: "she is ...") ending before token ``end``."""
        mention = self.table.mention_of.get(end - 1)
        return self.table.doc[mention.start if mention is not None else end - 1 : end].root

    def _past_role_verb(self, i: int, sent: Span, relative: bool = False) -> int:
        """The index after the "as" of a verb that gives an office to the name ending before token
        ``i`` ("Jane Roe *was sworn in as* governor", "*served as*", "X *appointed* Jane Roe *as*";
        ``relative``: "Jane Roe, *who served as* governor"), or after "became" or "remains" ("Jane Roe
        *became* the chair of X"); ``i`` when there is none. A future or wished office ("will serve
        as") is not read."""
        doc = token_list(self.table.doc)
        role_verbs = self.lex.cue("role_verb")
        if not relative and i < sent.end and doc[i].lower_ == "as":  # the object of "appointed", "named"
            head = self._name_root(i).head
            return i + 1 if head.pos_ == "VERB" and self.lex.lemma_of(head) in role_verbs else i
        k = i + 1 if relative else i
        if relative and (k >= sent.end or doc[i].lower_ != "who"):
            return i
        while k < sent.end and (doc[k].lower_ in PAST_AUXILIARIES or _lower_adverb(doc[k])):
            k += 1  # "was sworn", "has also served"
        lemma = self.lex.lemma_of(doc[k]) if k < sent.end and doc[k].pos_ == "VERB" else None
        if lemma in ("become", "remain") and k + 1 < sent.end and doc[k + 1].lower_ != "as":
            return k + 1  # "Jane Roe became the chair of X": the office follows the verb
        if lemma not in role_verbs:
            return i
        k += 1
        if k < sent.end and doc[k].lower_ in ROLE_VERB_PARTICLES:  # "sworn in as", "took over as"
            k += 1
        if k < sent.end and doc[k].lower_ == "as":
            return k + 1
        # "Jane Roe was appointed (the) chief executive of X": an office given needs no "as"
        given = doc[k - 1].tag_ == "VBN" and lemma in self.lex.cue("appointing_verb")
        opening = k + 1 if k < sent.end and doc[k].lower_ in ("the", "a", "an") else k
        return k if given and self._title_at(opening, sent.end) else i

    def _past_copula(self, i: int, sent: Span, relative: bool = False) -> int:
        """The index after "is", "was", "has been" (``relative``: "who is", ...) and an adverb such as
        "also", "currently", "then", starting at token ``i``; ``i`` when there is none."""
        doc = token_list(self.table.doc)
        if relative and (i + 1 >= sent.end or doc[i].lower_ != "who"):
            return i
        k = i + 1 if relative else i
        if k >= sent.end:
            return i
        if doc[k].lower_ in ("has", "had", "have") and k + 1 < sent.end and doc[k + 1].lower_ == "been":
            k += 1
        if doc[k].lower_ not in ("is", "was", "been", "'s"):
            return i
        k += 1
        while k < sent.end and _lower_adverb(doc[k]):
            k += 1
        return k

    def _names_a_person_next(self, i: int, sent: Span) -> bool:
        """Whether the owner's phrase from token ``i`` ends at a comma and a person's name follows."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        k = i
        while k < sent.end and tokens[k].text != "," and tokens[k].pos_ not in ("VERB", "AUX"):
            k += 1
        named = table.entity_at(tokens[k + 1]) if k + 1 < sent.end and tokens[k].text == "," else None
        return named is not None and table.cls(named) == C.PERSON

    def _owner_after(self, i: int, sent: Span) -> list[int]:
        """The organisation after "director of": skips determiners, adjectives, "Oslo-based" and
        possessors ("of Britain's Secret Service" is the service; the possessor if nothing follows)."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        possessor: list[int] = []
        while i < sent.end:
            token = tokens[i]
            entity = table.entity_at(token)
            if entity is None:
                if token.lower_ in ("the", "a", "an", "based") or token.pos_ in ("ADJ", "PUNCT"):
                    i += 1
                    continue
                if (named := self._description_of_person(i, sent)) is not None:
                    i = named  # "the wife of *journalist* Jane Roe"
                    continue
                if self.lex.kind_of(token) == C.PLACE and i + 1 < sent.end and tokens[i + 1].lower_ == "of":
                    i += 2  # "mayor of the city of Lindale"
                    continue
                if (
                    token.is_lower
                    and token.pos_ == "NOUN"
                    and i + 1 < sent.end
                    and _possessive(tokens[i + 1])
                ):
                    i += 2  # "of the army's Western Command": an unnamed possessor's named unit
                    continue
                if (described := self._description_before_name(i, sent)) is not None:
                    i = described  # "co-founder of the rock band Cream"
                    continue
                return possessor
            mention = table.mention_of.get(i)
            j = mention.end if mention is not None else i + 1
            if j < sent.end and _possessive(tokens[j]):
                possessor, i = [entity], j + 1
            elif j + 1 < sent.end and tokens[j].text in ("-", "–") and tokens[j + 1].lower_ == "based":
                i = j + 2
            elif (titled := self._title_at(j, sent.end)) and (
                (person := self._person_at(titled[1])) is not None
            ):
                return [person]  # "the wife of *US President* Jane Roe": the person's
            elif j < sent.end and self._police_after_place(entity, tokens[j]):
                return [self._police_of(entity, tokens[j])]  # "commissioner of the New York police"
            elif j + 2 < sent.end and self._subdivision_of(entity, tokens[j]):
                i = j + 2  # "governor of the US commonwealth of Puerto Rico": of Puerto Rico
            else:
                return [entity]
        return possessor

    def _subdivision_of(self, entity: int, noun: Token) -> bool:
        """Whether ``noun`` is a place's noun and "of" right after the country or place ``entity``
        ("the US *state of* Ohio", "the Chinese *province of* Hubei")."""
        place = self.table.cls(entity) in (C.COUNTRY, C.PLACE) and noun.is_lower
        return (
            place and noun.lower_ in self.lex.cue("subdivision_noun") and noun.doc[noun.i + 1].lower_ == "of"
        )

    def _police_after_place(self, entity: int, noun: Token) -> bool:
        """Whether ``noun`` is a local body's noun ("police") right after the place ``entity``."""
        return self.table.cls(entity) == C.PLACE and self.lex.lemma_of(noun) in self.lex.cue(
            "local_body_noun"
        )

    def _studies_country(self, title: str) -> bool:
        """Whether a country's name before ``title`` is the subject it covers ("China expert", "Russia
        analyst"), not the holder's nationality (a demonym is: "a Chinese expert")."""
        return self.lex.role(title).words in self.lex.cue("subject_title")

    def _employer_before_title(self, entity: int, j: int, sent: Span) -> bool:
        """Whether ``entity``, named right before token ``j``, employs the holder of a title starting
        there ("an Acme spokesman", "a US judge", "a United States District Judge"; not "a Toronto lawyer":
        a place employs no one, nor "the Lord Mayor": only a country's title may be capitalised)."""
        if j >= sent.end or self._title_at(j, sent.end) is None:
            return False
        if self.table.cls(entity) == C.COUNTRY:  # "a United States judge" (but "a China expert")
            return not self._studies_country(self._title_at(j, sent.end)[0])
        place = any(m.votes.get(C.PLACE) for m in self.table.clusters[entity].mentions)
        return self.table.doc[j].is_lower and not place

    def _description_before_name(self, i: int, sent: Span) -> int | None:
        """The index of the name after a lower-case description that starts at token ``i``, right after
        "the" ("the *rock band* Cream", "the *tech giant* Acme") or without an article ("of *worldwide
        victim group* Acme"); None when no organisation's name follows within three words."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        if i == sent.start or not tokens[i].is_lower:
            return None
        if tokens[i - 1].lower_ == "the" and tokens[i].pos_ == "NOUN":
            k = self._past_lower_words(i + 1, sent, 2, ("NOUN", "ADJ"))
        else:
            k = self._past_lower_words(i, sent, 3, ("NOUN", "ADJ"))
        entity = table.token_entity.get(k)
        return k if entity is not None and table.cls(entity) in BODIES else None

    def _past_lower_words(self, i: int, sent: Span, most: int, parts: tuple[str, ...]) -> int:
        """The index after at most ``most`` lower-case words of these parts of speech from token ``i``
        (a description before a name: "the rock *band* Cream")."""
        doc, k = self.table.doc, i
        tokens = token_list(doc)
        while k < min(sent.end, i + most) and tokens[k].is_lower and tokens[k].pos_ in parts:
            k += 1
        return k

    def _organisation_at(self, i: int, sent: Span) -> bool:
        """Whether a name at token ``i`` (in ``sent``) is neither a person's nor a place's."""
        entity = self.table.token_entity.get(i) if i < sent.end else None
        return entity is not None and self.table.cls(entity) not in (C.PERSON, C.PLACE, C.COUNTRY)

    def _past_parenthesis(self, i: int, sent: Span) -> int:
        """The index after a short parenthesis opening at token ``i`` ("(XU)", "(Member of
        Parliament)"); ``i`` when there is none."""
        tokens = token_list(self.table.doc)
        if i >= sent.end or tokens[i].text != "(":
            return i
        closing = (k + 1 for k in range(i, min(i + 6, sent.end)) if tokens[k].text == ")")
        return next(closing, i)

    def _prospective(self, phrase: range) -> bool:
        """Whether a title phrase names an office not yet held ("incoming", "President-elect")."""
        lowers = token_strings(self.table.doc, "lower_")
        return any(lowers[k] in PROSPECTIVE_WORDS for k in phrase)

    def _name_as_type(self, start: int) -> bool:
        """Whether the name starting at token ``start`` follows an article, as a type of person rather
        than the person ('the "Jane Roe of Peru"', "a Jane Roe")."""
        lowers = token_strings(self.table.doc, "lower_")
        k = start - 1
        while k >= 0 and lowers[k] in ('"', "“", "'", "‘"):
            k -= 1
        return k >= 0 and lowers[k] in ("the", "a", "an")

    def _before_parenthesis(self, k: int, sent: Span) -> int:
        """The index before a parenthesis of at most twelve words closing at token ``k`` ("Acme *(the
        Acme Group)*"); ``k`` when there is none."""
        tokens = token_list(self.table.doc)
        if tokens[k].text != ")":
            return k
        opening = (j - 1 for j in range(k - 1, max(sent.start, k - 13), -1) if tokens[j].text == "(")
        return next(opening, k)

    def _person_at(self, i: int) -> int | None:
        """The person named at token ``i``, if any."""
        entity = self.table.token_entity.get(i)
        return entity if entity is not None and self.table.cls(entity) == C.PERSON else None

    def _description_of_person(self, i: int, sent: Span) -> int | None:
        """The index of the person's name that a lower-case description from token ``i`` introduces,
        the description ending in a title or occupation ("the wife of *journalist* Jane Roe", "the
        brother of *social media personality and feminist* Jane Roe"); None when there is none."""
        k = self._past_lower_words(i, sent, 6, ("NOUN", "ADJ", "CCONJ"))
        if k == i or self._person_at(k) is None:
            return None
        last = self.table.doc[k - 1].lower_
        occupation = self.lex.title(last) is not None or last in self.lex.cue("person_noun")
        return k if occupation or last.endswith(AGENT_SUFFIXES) else None

    def _roles(
        self,
        person: int,
        titles: list[str],
        owners: list[int],
        portfolio: bool,
        sent: Span,
        anchor: Token,
        confidence: float = 0.85,
        bare: bool = False,
        prospective: bool = False,
    ) -> None:
        """Relations of a person to the owners of their titles; a country owner gives nationality
        (and, for "senator"-like titles, membership of that country's legislature). A ``bare`` title,
        with no owner named or implied, may be a head of state's of the text's country (see
        :meth:`_heads_of_document_country`). A ``prospective`` title ("incoming chair") is held
        hypothetically; the nationality it shows is not."""
        table = self.table
        fixed = Modality.HYPOTHETICAL if prospective else None
        relations = {self.lex.role(t).relation for t in titles}
        held = [self.lex.role(t).words for t in titles]  # as listed: "then-prime-minister", "presidents"
        bare_heads = [t for t in held if t in self.lex.cue("bare_head_of_state")]
        # a person owns only a kinship title: "her brother, King X" is still a bare king
        unowned = bare and all(table.cls(o) == C.PERSON for o in owners)
        if unowned and bare_heads:
            self._bare_heads.setdefault(person, (bare_heads[0], sent))
        bare_members = [t for t in titles if self.lex.role(t).body]
        if unowned and bare_members:
            self._bare_members.setdefault(person, (bare_members[0], sent, anchor))
        for title_words in titles:
            title = self.lex.role(title_words)
            relation = "worksFor" if portfolio and title.relation == "leads" else title.relation
            if title.words in self.lex.cue("police_title"):  # "Lindale's chief constable": of its police
                owners = [self._police_of(o, anchor) if table.cls(o) == C.PLACE else o for o in owners]
            if relation == "worksFor" and "leads" in relations and not portfolio:
                continue  # "president and chief legal officer": the leading role says it
            for owner in owners:
                if title.words in self.lex.cue("government_title") and table.cls(owner) == C.COMPANY:
                    continue  # a mayor or minister of a company is a misread place
                if relation == "relativeOf" and table.cls(owner) != C.PERSON:
                    continue  # "the brother of US President X": of X, not of the country
                if table.cls(owner) in BODIES:
                    table.employers.setdefault(person, owner)
                if table.cls(owner) != C.COUNTRY:
                    self._emit(person, relation, owner, title_words, sent, "title", confidence, fixed=fixed)
                    continue
                self._emit(person, "nationality", owner, title_words, sent, "title:country", 0.8)
                if title.words in self.lex.cue("head_of_state"):  # "French President X" leads France
                    self._emit(
                        person, "leads", owner, title_words, sent, "title:head_of_state", 0.75, fixed=fixed
                    )
                if title.body:
                    body = self._country_body(owner, title.body, anchor)
                    self._emit(person, "memberOf", body, title_words, sent, "title:body", 0.75, fixed=fixed)

    # -- modifiers -------------------------------------------------------------
    def _modifiers(self, sent: Span) -> None:
        doc, table, lex, scheme = self.table.doc, self.table, self.lex, self.scheme
        tokens = token_list(doc)
        for start in table.mention_starts(sent.start, sent.end):
            entity, mention = table.token_entity[start], table.mention_of[start]
            cls, end = table.cls(entity), mention.end
            first = tokens[start]
            organisation = cls in BODIES
            if cls == C.COMPANY and end < sent.end:
                self._maker_model(entity, start, end, sent)
            # a country or demonym opening an organisation's name: "Freedonia Telecom", "Ruritanian Airways"
            organisation_name = organisation and any(
                t.lower_ in lex.org_heads for t in tokens[start + 1 : end]
            )
            if organisation_name and not first.is_lower and lex.countries.get(mention.text.lower()) is None:
                # "United States Department of State", "Saudi Aramco", "US Air Force", "Royal Thai Navy"
                opening = start + 1 if first.lower_ in STATE_NAME_PREFIXES else start
                country = next(
                    (c for n in (3, 2, 1) if opening + n < end and (c := self._country_words(opening, n))),
                    None,
                )
                if country:
                    self._emit(
                        entity,
                        "nationality",
                        self._country(country, first),
                        first.lower_,
                        sent,
                        "nationality:name",
                        0.75,
                    )
            # a country closing a company's name: "Acme USA", "Acme Australia" (not "Bank of X": below)
            last = tokens[end - 1]
            if organisation and end - start >= 2 and tokens[end - 2].lower_ != "of" and not last.is_lower:
                country = lex.countries.get(last.lower_) or lex.countries.get(
                    span_text(doc, end - 2, end).lower()
                )
                whole = lex.countries.get(mention.text.lower()) is not None
                opening = first.lower_  # not "Northern Ireland", "Melbourne Australia", "Captain America"
                place = lex.is_place_name(opening) or first.ent_type_ in ("GPE", "LOC", "DATE")
                named = not first.is_lower and not place and not lex.title(opening)
                if country and not whole and named and opening not in DIRECTIONS:
                    owner = self._country(country, last)
                    self._emit(entity, "nationality", owner, last.lower_, sent, "nationality:name", 0.7)
            # a region opening an organisation's name: "Nevada Water Board" is based in Nevada
            if organisation_name and not first.is_lower:
                for size in (2, 1):
                    words = span_text(doc, start, start + size).lower()
                    if start + size < end and words in lex.regions and lex.countries.get(words) is None:
                        self._based_in_region(entity, words, start, start + size, first.lower_, sent)
                        break
            # a country closing an organisation's name: "Maritime Office of Norway", "Assembly of the X"
            of = (
                next((k for k in range(end - 2, start, -1) if tokens[k].lower_ == "of"), None)
                if organisation
                else None
            )
            if of is not None:
                tail = doc[of + 1 : end]
                country = lex.countries.get(tail.text.lower()) or lex.countries.get(tail[1:].text.lower())
                if country and not tail[-1].is_lower:
                    owner = self._country(country, tail[-1])
                    self._emit(entity, "nationality", owner, "of", sent, "nationality:name", 0.75)
                elif not tail[-1].is_lower and tokens[start].is_alpha:  # "Port Authority of New York and
                    self._regions_of_name(entity, tail, sent)  # New Jersey": based in its regions
            # "German X", "Korea's X", "China's X and Y", "Korea's state-owned X"
            previous = tokens[start - 1] if start - 1 >= sent.start else None
            if previous is not None:
                owner = None
                # "the DRC's current Ebola outbreak": modifiers before a noun's modifier have no owner
                k = start - 1 if modifies_noun(doc, end, sent.end) else self._before_modifiers(start, sent)
                if k - 1 >= sent.start and _possessive(tokens[k]):  # (also "the United States' X")
                    previous = tokens[k]
                    owner = table.entity_at(tokens[k - 1])
                elif country := self._modifier_country(previous):  # "Chilean X", not "South American X"
                    owner = self._country(country, previous)
                # "Canada's Telus" (not "Canada's Economy": a word the text also writes in lower case)
                common = end - start == 1 and first.lower_ in self._written_forms
                named = any(t.pos_ == "PROPN" for t in tokens[start:end])
                possessive = _possessive(previous) and named
                if (
                    owner is not None
                    and table.cls(owner) == C.COUNTRY
                    and (possessive or self._well_typed(entity))
                    and not common
                ):
                    for target in [entity, *self._and_partners(end, sent, commas=possessive)]:
                        self._emit(
                            target, "nationality", owner, previous.lower_, sent, "nationality:modifier", 0.8
                        )
                # "Acme's Zento": a business's own company (partOf) or product (produces), the name
                # right after the possessive
                adjacent = (
                    k == start - 1
                    and possessive
                    and not common
                    and owner != entity
                    and not modifies_noun(doc, end, sent.end)  # not "Acme's X database"
                    and not (end < sent.end and lex.title(tokens[end].lower_))  # nor "Acme's X Professor"
                )
                if adjacent and owner is not None and table.cls(owner) in (C.COMPANY, C.ORGANIZATION):
                    well_typed = self._well_typed(entity) and self._well_typed(owner)
                    if cls in (C.COMPANY, C.ORGANIZATION) and well_typed:
                        self._emit(entity, "partOf", owner, "'s", sent, "partOf:possessive", 0.6)
                    elif cls == C.PRODUCT and well_typed:
                        self._emit(owner, "produces", entity, "'s", sent, "produces:possessive", 0.6)
            # "Dutch engine manufacturer X", "state-owned Ruritanian news agency X": a demonym before
            # the description that introduces the name (read on the words: such phrases parse poorly)
            if cls not in (C.COUNTRY, C.PLACE, C.PRODUCT):
                listed = example_list_head(doc, start, lex)  # "Dutch banks including X and Y"
                opening = self._description_opening(listed.i + 1 if listed else start, sent)
                demonym = self._demonym_at(opening, sent) if opening is not None else None
                country = self._country(*demonym) if demonym is not None else None
                owned = opening is not None and opening > sent.start and _possessive(tokens[opening])
                if country is None and owned:
                    owner = table.entity_at(tokens[opening - 1])  # "Sweden's telecoms regulator PTS"
                    country = owner if owner is not None and table.cls(owner) == C.COUNTRY else None
                word = demonym[1] if demonym is not None else None  # "German-based X" is based there
                based = word is not None and word.i + 2 < end and tokens[word.i + 1].text in ("-", "–")
                based = based and tokens[word.i + 2].lower_ == "based"
                if country is not None and self._well_typed(entity) and not based:
                    rule = "nationality:introduced"
                    plural = start > sent.start and tokens[start - 1].tag_ == "NNS"  # "Dutch banks X and Y"
                    for target in [entity, *(self._and_partners(end, sent) if plural else [])]:
                        trigger = (demonym[1] if demonym is not None else tokens[opening]).lower_
                        self._emit(target, "nationality", country, trigger, sent, rule, 0.75)
                place = self._named_opening(opening, C.PLACE) if opening is not None else None
                if place is not None and self._well_typed(entity) and cls != C.PERSON:
                    trigger = tokens[start - 1].lower_
                    self._emit(entity, "basedIn", place, trigger, sent, "basedIn:introduced", 0.7)
            # "Acme's Polish chain X", "Acme's news channel, X", "Acme's X chain": a named unit
            if cls in (C.COMPANY, C.ORGANIZATION):
                for owner in self._unit_owner(start, end, sent):
                    if owner != entity and table.cls(owner) in (C.COMPANY, C.ORGANIZATION):
                        self._emit(entity, "partOf", owner, "unit", sent, "unit:named", 0.7)
            # "X and other Chilean firms", "X products and other Chilean companies": X is Chilean too
            if cls in (C.COMPANY, C.ORGANIZATION, C.PERSON) and self._well_typed(entity):
                k = end + 1 if end < sent.end and tokens[end].is_lower and tokens[end].pos_ == "NOUN" else end
                if k + 2 < sent.end and tokens[k].lower_ in ("and", "or") and tokens[k + 1].lower_ == "other":
                    demonym, _ = self._demonym_words(k + 2, sent)
                    if demonym is not None:
                        country = self._country(*demonym)
                        self._emit(entity, "nationality", country, "other", sent, "nationality:other", 0.7)
            # "X, the Chilean anti-monopoly agency", "Jane Roe, a Chilean government commissioner"
            if cls in (C.PERSON, C.COMPANY, C.ORGANIZATION, C.GOVERNMENT_BODY):
                demonym = self._demonym_of_apposition(end, sent, cls == C.PERSON)
                if demonym is not None and self._well_typed(entity):
                    country = self._country(*demonym)
                    rule = "nationality:apposed"
                    self._emit(entity, "nationality", country, demonym[1].lower_, sent, rule, 0.7)
            # "its home country of China"
            if cls == C.COUNTRY and start >= sent.start + 3 and tokens[start - 1].lower_ == "of":
                noun = tokens[start - 2]
                phrase = f"{tokens[start - 3].lower_} {noun.lower_}"
                if phrase in lex.cue("home_noun") or noun.lower_ in lex.cue("home_noun"):
                    holders = (
                        scheme.children(noun, "poss")
                        or [t for t in tokens[sent.start : start - 2] if t.tag_ == "PRP$"][-1:]
                    )
                    for holder in self._entities_of_tokens(holders):
                        self._emit(holder, "nationality", entity, noun.lower_, sent, "nationality:home", 0.75)
            # "X of Sweden", "X from Finland"
            following = [t for t in tokens[end : min(end + 4, sent.end)] if not t.is_space]
            if len(following) >= 3 and following[0].lower_ == "of" and following[1].lower_ == "the":
                following = [following[0], *following[2:]]  # "the Senate of the Bahamas"
            if len(following) >= 3 and following[2].lower_ in ("'s", "’s"):
                following = []  # "barred X from Norway's networks"
            if len(following) >= 2 and following[0].lower_ in ("of", "from") and cls != C.PERSON:
                other = table.entity_at(following[1])
                if other is not None and table.cls(other) == C.COUNTRY and self._well_typed(entity):
                    self._emit(
                        entity, "nationality", other, following[0].lower_, sent, "nationality:of", 0.75
                    )
            # "Korea's third carrier, X"; "X, the German carmaker"
            root = doc[start:end].root
            described = ([root.head] if root.dep_ in scheme.appos else []) + scheme.children(root, "appos")
            if start - 2 >= sent.start and tokens[start - 1].text == ",":
                described.append(tokens[start - 2])  # "Korea's third carrier, X", parsed apart
            for noun in (n for n in described if n.pos_ == "NOUN" and lex.lemma_of(n) in lex.descriptions):
                owners = [e for p in scheme.children(noun, "poss") if (e := table.entity_at(p)) is not None]
                owners += [
                    self._country(country, a)
                    for a in scheme.children(noun, "amod")
                    if (country := self._modifier_country(a))
                ]
                for owner in owners:
                    if table.cls(owner) == C.COUNTRY and self._well_typed(entity):
                        for named in [entity, *self._listed_with(entity, sent, closed=True)]:
                            self._emit(
                                named, "nationality", owner, noun.lower_, sent, "nationality:apposition", 0.75
                            )
            # "the UK, where X and Y operate"
            where = end + 1 < sent.end and tokens[end].text == "," and tokens[end + 1].lower_ == "where"
            if cls in (C.COUNTRY, C.PLACE) and where:
                clause = tokens[end + 1].head
                if clause.pos_ not in ("VERB", "AUX") and not scheme.children(clause, "cop"):
                    # "where" attached to a word of the clause: the clause of its first subject
                    first = next((t for t in tokens[end + 2 : sent.end] if t.dep_ in scheme.subj), None)
                    clause = first.head if first is not None else clause
                # (a copula on a verb is a misparse: "where the Jazz were to play")
                copular = clause.pos_ != "VERB" and bool(scheme.children(clause, "cop"))
                stative = copular or self.lex.lemma_of(clause) in ("be", "base", "operate")
                holders = scheme.active_subjects(clause) if stative else []  # not "in Paris, where X played"
                for subject in self._entities_of_tokens(holders, direct=True):
                    if table.cls(subject) in (C.COMPANY, C.ORGANIZATION):
                        self._emit(subject, "basedIn", entity, "where", sent, "basedIn:where", 0.6)
            # "the Acme Embassy in Oslo", "the Court of Session in Ruritania": the own "in" phrase of a
            # well-typed organisation's name (a verb's, "banned Acme in Ruritania", says where something
            # happened, not where the body is)
            after = self._past_parenthesis(end, sent)  # "X University (XU) in Y"
            located = after < sent.end and tokens[after].lower_ == "in"  # (read on the words first: cheap)
            if located and organisation and self._well_typed(entity) and not self._faint(entity):
                for preposition, place_token in scheme.prepositional(doc[start:end].root):
                    place = table.entity_at(place_token) if preposition == "in" else None
                    if place is not None and table.cls(place) in (C.PLACE, C.COUNTRY) and place != entity:
                        self._emit(entity, "basedIn", place, "in", sent, "basedIn:in", 0.6)
            # "Oslo-based X"; "Iran-backed X", "Saudi-funded X"
            for word, participle in self._hyphenated_before(start, sent):
                if participle.lower_ == "based" and (place := table.entity_at(word)) is not None:
                    self._emit(entity, "basedIn", place, "based", sent, "basedIn:modifier", 0.8)
                elif (
                    participle.lower_ in ("owned", "controlled")
                    and (owner := table.entity_at(word)) is not None
                ):
                    self._emit(entity, "partOf", owner, participle.lower_, sent, "partOf:modifier", 0.75)
                elif participle.lower_ in lex.cue("backing_participle"):
                    country = self._modifier_country(word) or self.lex.countries.get(word.lower_)
                    backers = (
                        [self._country(country, word)] if country else self.entities_of(word, direct=True)
                    )
                    for backer in backers:
                        self._emit(
                            backer, "supports", entity, participle.lower_, sent, "supports:modifier", 0.7
                        )
            if cls == C.PRODUCT:
                self._product_owner(entity, doc[start:end].root, sent)
                self._maker_before_kind(entity, start, sent)
                self._maker_in_name(entity, start, end, sent)
        parts = token_strings(doc, "pos_")
        for token in (tokens[i] for i in range(sent.start, sent.end) if parts[i] in ("NOUN", "PROPN")):
            # "the Chinese company": a demonym on a description that resolves ("the Chinese government"
            # is China itself); descriptions are nouns
            lemma = self.lex.lemma_of(token)
            governing = lemma in ("government", "authorities", "authority")
            description = lemma in lex.descriptions  # "the Chinese company"
            if description and table.entity_at(token) is None and not governing:
                for child in scheme.children(token, "amod"):
                    country = self._modifier_country(child)
                    if country:
                        for e in table.resolve(token):
                            self._emit(
                                e,
                                "nationality",
                                self._country(country, child),
                                child.lower_,
                                sent,
                                "nationality:description",
                                0.7,
                            )
            if description and table.entity_at(token) is None and lex.lemma_of(token) in lex.descriptions:
                self._description_base(token, sent)

    def _description_base(self, noun: Token, sent: Span) -> None:
        """Where a described organisation is based: "the Munich-based court" (the description
        resolved), "X is the largest bank in Chile" (a copular description with "in" a place)."""
        doc, table, scheme = self.table.doc, self.table, self.scheme
        tokens = token_list(doc)
        for k in range(max(sent.start + 2, noun.i - 4), noun.i):
            if tokens[k].lower_ == "based" and tokens[k - 1].text in ("-", "–"):
                place = table.entity_at(tokens[k - 2])
                if place is not None and table.cls(place) in (C.COUNTRY, C.PLACE):
                    for e in table.resolve(noun):
                        self._emit(e, "basedIn", place, "based", sent, "basedIn:description", 0.7)
        # "X is the largest television and radio company in Chile": the copula on the first conjunct
        predicate = noun.head if noun.dep_ == "conj" and scheme.children(noun.head, "cop") else noun
        market_role = self.lex.lemma_of(noun) in self.lex.cue("market_role_noun")
        if not scheme.children(predicate, "cop") or market_role:
            return  # "X is the largest vendor in Peru" sells there, it need not be based there
        holders = [e for e in self._entities_of_tokens(scheme.active_subjects(predicate), direct=True)]
        places = [
            e
            for prep, obj in scheme.prepositional(noun) + scheme.prepositional(predicate)
            if prep == "in"
            for e in self._entities_of_tokens([obj], direct=True)
            if table.cls(e) == C.COUNTRY
        ]
        for holder in holders:
            if table.cls(holder) in BODIES:
                for place in places:
                    self._emit(holder, "basedIn", place, "in", sent, "basedIn:copular", 0.65)

    def _regions_of_name(self, entity: int, tail: Span, sent: Span) -> None:
        """An organisation named "... of <region>" or "... of <region> and <region>" is based there,
        when every part of the phrase is a region of the gazetteer."""
        parts: list[list[Token]] = [[]]
        for token in tail:
            if token.lower_ in ("and", ","):
                parts.append([])
            elif not (token.lower_ == "the" and not parts[-1]):
                parts[-1].append(token)
        spans = [(p[0].i, p[-1].i + 1) for p in parts if p]
        words = [self.table.doc[a:b].text.lower() for a, b in spans]
        if len(spans) != len(parts) or not all(w in self.lex.regions for w in words):
            return
        for (a, b), name in zip(spans, words, strict=True):
            self._based_in_region(entity, name, a, b, "of", sent)

    def _based_in_region(
        self, entity: int, name: str, start: int, end: int, trigger: str, sent: Span
    ) -> None:
        """``entity`` is based in the gazetteer region ``name`` (lower case) named by tokens
        ``[start, end)``."""
        place = self.table.add_entity(self.lex.regions[name], C.PLACE, start, end, "region")
        self._emit(entity, "basedIn", place, trigger, sent, "basedIn:name", 0.7)

    def _unit_owner(self, start: int, end: int, sent: Span) -> list[int]:
        """The owner of a name introduced as its unit: "Acme's Polish chain X", "its news channel,
        X" (unit noun before the name) or "Acme's X chain" (after it); [] otherwise. "its" and
        descriptions ("the network's") are resolved by coreference."""
        doc, table, lex = self.table.doc, self.table, self.lex
        tokens = token_list(doc)
        units = lex.cue("unit_head")
        if end < sent.end and tokens[end].is_lower and lex.lemma_of(tokens[end]) in units:
            i = start - 1  # "its X chain"
        else:
            i = start - 1
            if i > sent.start and tokens[i].text == ",":
                i -= 1
            if i <= sent.start or not tokens[i].is_lower or lex.lemma_of(tokens[i]) not in units:
                return []
            i -= 1
        for _ in range(4):
            if i < sent.start:
                return []
            token = tokens[i]
            holder = tokens[i - 1] if _possessive(token) and i - 1 >= sent.start else None
            if holder is None and token.lower_ == "its":
                holder = token
            if holder is not None:  # "Acme's", or "its" / "the network's" resolved by coreference
                owners = [table.entity_at(holder)] if table.entity_at(holder) is not None else []
                owners = owners or self.entities_of(holder)
                return [o for o in owners if table.cls(o) in (C.COMPANY, C.ORGANIZATION)][:1]
            pair = f"{token.lower_} {tokens[i + 1].lower_}"  # "South Korean"
            demonym = lex.demonyms.get(token.lower_) or lex.demonyms.get(pair)
            if not (token.is_lower or token.like_num or demonym) or token.pos_ in ("VERB", "AUX", "ADP"):
                return []
            i -= 1
        return []

    def _hyphenated_before(self, start: int, sent: Span) -> Iterator[tuple[Token, Token]]:
        """The word and participle of each hyphenated modifier ("Oslo-based", "Iran-backed") in the six
        words before token ``start``, with only modifiers between it and the name ("Oslo-based telecoms
        firm X"; not "Y-backed Z hit X")."""
        doc, table, texts = self.table.doc, self.table, token_strings(self.table.doc, "text")
        tokens = token_list(doc)
        for k in range(max(sent.start + 2, start - 6), start):
            if texts[k - 1] not in ("-", "–") or not tokens[k].is_lower:
                continue  # (read on the words first: cheap)
            between = doc[k + 1 : start]
            if all(
                t.is_alpha and t.pos_ not in ("VERB", "AUX") and t.i not in table.token_entity
                for t in between
            ):
                yield tokens[k - 2], tokens[k]

    def _country_words(self, start: int, size: int) -> str | None:
        """The country that the ``size`` words from ``start`` name or are the demonym of."""
        key = (start, size)
        if key not in self._countries_at:
            if True in token_flags(self.table.doc, "is_lower")[start : start + size]:
                self._countries_at[key] = None
            else:
                self._countries_at[key] = self.lex.country_of(
                    span_text(self.table.doc, start, start + size).rstrip()
                )
        return self._countries_at[key]

    def _before_modifiers(self, start: int, sent: Span) -> int:
        """The index of the word before the lower-case modifiers that precede ``start`` ("'s" in
        "Korea's state-owned X"): adjectives, participles and hyphenated compounds, at most four words."""
        doc, k = self.table.doc, start - 1
        tokens = token_list(doc)
        while (
            k > sent.start
            and start - k <= 4
            and (
                tokens[k].text in ("-", "–")
                or (
                    tokens[k].is_lower
                    and (
                        tokens[k].pos_ in ("ADJ", "VERB")
                        or tokens[k].tag_ in ("JJ", "JJS", "VBN")
                        or tokens[k + 1].text in ("-", "–")  # "state" in "state-owned"
                    )
                )
            )
        ):
            k -= 1
        return k

    def _modifier_country(self, modifier: Token) -> str | None:
        """The country of a demonym modifier, read with the word before it: "Chilean" -> Chile,
        "South African" -> South Africa, "South American" (a region) -> None."""
        sent = sentence_of(modifier)
        if modifier.i - 1 >= sent.start:
            pair, width = self._demonym_words(modifier.i - 1, sent)
            if width == 2:
                return pair[0] if pair else None
        single, width = self._demonym_words(modifier.i, sent)
        return single[0] if single and width == 1 else None  # ("South" of "South African X" is no modifier)

    def _demonym_words(self, first: int, sent: Span) -> tuple[tuple[str, Token] | None, int]:
        """The demonym starting at token ``first`` and its width: one word ("Chilean", or a country's
        initials: "US") or two ("South African"); (None, 2) for a region's adjective ("South American":
        no country), (None, 0) for no demonym."""
        doc, lex = self.table.doc, self.lex
        tokens = token_list(doc)
        if first < sent.start or first >= sent.end or tokens[first].is_lower:
            return None, 0
        if first + 1 < sent.end and not tokens[first + 1].is_lower:
            words = span_text(doc, first, first + 2).lower()
            if words in lex.demonyms:
                return (lex.demonyms[words], tokens[first]), 2
            if words in lex.region_adjectives:
                return None, 2
        word = tokens[first]
        country = lex.demonyms.get(word.lower_)
        if country is None and word.text.replace(".", "").isupper() and self._initials_modify(word, sent):
            country = lex.countries.get(word.lower_)  # a country's initials: "a US envoy", "UK banks"
        return ((country, word), 1) if country else (None, 0)

    def _past_age(self, i: int, sent: Span) -> int:
        """The token after an age at ``i`` ("32-year-old", "three-month-old"), else ``i``."""
        words = [t.lower_ for t in self.table.doc[i : min(i + 5, sent.end)]]
        age = len(words) == 5 and self.table.doc[i].like_num and words[1] == words[3] == "-"
        return i + 5 if age and words[4] == "old" else i

    def _initials_modify(self, word: Token, sent: Span) -> bool:
        """Whether initials ("US") stand alone before a noun, a title or a hyphen ("a US envoy", "US
        Senator X", "US-based"), not inside a name ("USA Today", "Socialist Party USA")."""
        doc, lex = self.table.doc, self.lex
        tokens = token_list(doc)
        after = tokens[word.i + 1] if word.i + 1 < sent.end else None
        before = tokens[word.i - 1] if word.i > sent.start else None
        free_after = after is None or after.is_lower or after.text in ("-", "–") or lex.title(after.lower_)
        return free_after and (before is None or before.pos_ != "PROPN" or lex.is_adjective_name(before.text))

    def _demonym_of_apposition(self, end: int, sent: Span, person: bool) -> tuple[str, Token] | None:
        """The demonym opening a description in apposition after a name, or in its noun predicate: "X,
        the Chilean agency" (an organisation's description noun), "Jane Roe, a Chilean lawyer", "Jane Roe
        is a Chilean national" (any noun for a person);
        read on the words, up to the description's head (the last noun before a non-word)."""
        doc, lex = self.table.doc, self.lex
        tokens = token_list(doc)
        j = end
        if j >= sent.end:
            return None
        if tokens[j].text == ",":
            j += 1
        else:
            j = self._past_predicate_copula(end, sent)  # "Jane Roe is a Chilean lawyer"
        if j == end:
            return None
        if j < sent.end and tokens[j].lower_ in ("the", "a", "an"):
            j += 1
        j = self._past_age(j, sent)  # "Jane Roe, a 32-year-old Chilean lawyer"
        demonym, width = self._demonym_words(j, sent)
        if demonym is None:
            return self._country_after_description(j, sent) if person else None
        head = None
        for k in range(j + width, min(j + width + 6, sent.end)):
            token = tokens[k]
            if token.text in ("-", "–") or (token.is_lower and token.pos_ in ("ADJ", "NOUN")):
                head = token if token.pos_ == "NOUN" or token.lower_ == "national" else head  # (often ADJ)
                continue
            if not token.is_lower and lex.lemma_of(token) in ("government",):
                continue  # "the Ruritanian Government commissioner"
            break
        plural = head is not None and head.tag_ == "NNS"  # "X, US presidents A and B": a list
        if head is None or plural or lex.lemma_of(head) in ("government", "authorities", "authority"):
            return None
        if person or lex.lemma_of(head) in lex.descriptions:
            return demonym
        return None

    def _country_after_description(self, j: int, sent: Span) -> tuple[str, Token] | None:
        """ "Jane Roe, a politician from Chile," / "a lawyer in Chile": the country closing a short
        description of a person (lower-case words, then "from"/"in" and the country's name)."""
        doc, lex = self.table.doc, self.lex
        tokens = token_list(doc)
        k = j
        while k < min(j + 4, sent.end) and tokens[k].is_lower and tokens[k].pos_ in ("ADJ", "NOUN"):
            k += 1
        if (
            k == j
            or tokens[k - 1].pos_ != "NOUN"
            or k + 1 >= sent.end
            or tokens[k].lower_ not in ("from", "in")
        ):
            return None
        k += 1 + (tokens[k + 1].lower_ == "the")
        for width in (2, 1):
            name = doc[k : k + width]
            country = lex.countries.get(name.text.lower()) if k + width <= sent.end else None
            after = tokens[k + width] if k + width < sent.end else None
            if country and not name[-1].is_lower and (after is None or after.text in (",", ".", ")")):
                return country, name[-1]
        return None

    def _description_opening(self, start: int, sent: Span) -> int | None:
        """The word before the description right before a name: "*Dutch* engine manufacturer X",
        "*London* investment firm X". The description's head (the word before the name) must be a
        description noun ("manufacturer", "agency"); the words between are nouns, adjectives, "and"
        and hyphenated participles ("state-owned"), never a verb ("the German court fined airline X"
        is no German airline). None when there is no such description."""
        doc, lex = self.table.doc, self.lex
        tokens = token_list(doc)
        i = start - 1
        if i <= sent.start or not tokens[i].is_lower:
            return None
        # "Berlin non-profit X": a hyphenated head read whole
        joined = (
            tokens[i - 2].lower_ + tokens[i].lower_
            if i - 2 >= sent.start and tokens[i - 1].text == "-"
            else ""
        )
        described = lex.lemma_of(tokens[i]) in lex.descriptions or joined in lex.descriptions
        if not described and not lex.plural_role(
            tokens[i].lower_
        ):  # (or "officials" of "X officials, such as")
            return None
        i -= 1
        for _ in range(6):
            if i < sent.start:
                return None
            token = tokens[i]
            hyphenated = i - 1 >= sent.start and tokens[i - 1].text in ("-", "–")
            if not (
                (token.is_lower and token.pos_ in ("NOUN", "ADJ"))
                or token.lower_ == "and"
                or token.text in ("-", "–")
                or (token.is_lower and token.tag_ in ("VBN", "VBG") and hyphenated)
            ):
                return i
            i -= 1
        return None

    def _demonym_at(self, i: int, sent: Span) -> tuple[str, Token] | None:
        """The demonym or country at the opening ``i`` of a description (:meth:`_description_opening`):
        "Dutch engine manufacturer X", "South African state-owned enterprise X", "the US firm X" ->
        (country, its last word); a region's adjective ("the South American group X") gives none."""
        if i - 1 >= sent.start:
            pair, width = self._demonym_words(i - 1, sent)
            if width == 2:
                return pair
        single, width = self._demonym_words(i, sent)
        if width:
            return single
        country = self._named_opening(i, C.COUNTRY)
        return (self.table.clusters[country].label(), self.table.doc[i]) if country is not None else None

    def _named_opening(self, i: int, cls: EntityClass) -> int | None:
        """The entity of class ``cls`` whose name ends at token ``i``, opening a description (not
        "the *US*-based firm X": "X-based" says where, not whose)."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        entity = table.entity_at(tokens[i])
        mention = table.mention_of.get(i)
        hyphenated = i + 1 < len(tokens) and tokens[i + 1].text in ("-", "–")
        if entity is None or table.cls(entity) != cls or mention is None or mention.end != i + 1:
            return None
        return None if hyphenated else entity

    def _faint(self, entity: int) -> bool:
        """A name seen once, typed only by the faint vote of an unlabelled proper noun: too weak to
        carry a relation ("They Can't *Stop All* of Us")."""
        cluster = self.table.clusters[entity]
        doc = self.table.doc
        tokens = token_list(doc)
        return len(cluster.mentions) == 1 and all(
            0 < max(m.votes.values(), default=1) < 1
            and (
                any(t.pos_ != "PROPN" for t in tokens[m.start : m.end]) or self.table.quoted(tokens[m.start])
            )
            for m in cluster.mentions
        )

    def _well_typed(self, entity: int) -> bool:
        """An entity whose class has real evidence: a named-entity label, a gazetteer or an
        organisation word in its name (not only the faint vote of an unlabelled proper name)."""
        if entity not in self._typed:  # a document's entities keep their mentions and votes here
            cluster = self.table.clusters[entity]
            words = cluster.label().lower().split()
            self._typed[entity] = any(w in self.lex.org_heads for w in words) or any(
                max(m.votes.values(), default=0) >= 1 for m in cluster.mentions
            )
        return self._typed[entity]

    def _and_partners(self, end: int, sent: Span, commas: bool = False) -> list[int]:
        """The name after "and" following a mention ("China's *X and Y*"), or with ``commas`` the names
        listed up to a closing "and" ("the US' X, *Y, and Z*"); none when the list does not close
        ("China's X, the largest Y") or a name of it is followed by its own owner ("..., Z of Sweden")."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        partners: list[int] = []
        i = end
        separators = (",", "and", "&") if commas else ("and", "&")
        while i + 1 < sent.end and tokens[i].lower_ in separators:
            closing = tokens[i].lower_ in ("and", "&") or tokens[i + 1].lower_ in ("and", "&")
            i += 2 if tokens[i].text == "," and closing else 1
            partner, mention = table.entity_at(tokens[i]) if i < sent.end else None, table.mention_of.get(i)
            if partner is None or mention is None:
                return []
            i = mention.end
            if i < sent.end and tokens[i].lower_ in ("of", "from", "'s", "’s"):
                return []
            partners.append(partner)
            if closing:
                return partners
        return []

    def _maker_model(self, maker: int, start: int, end: int, sent: Span) -> None:
        """ "a Boeing 707 cargo plane", "Airbus A300s": a company's name, named ``[start, end)``, and a
        model designation after it name a product the company makes, when the text also names the company
        on its own (a name only ever numbered, "Flight 8501", makes nothing)."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        model = model_after(doc, end, self.lex)
        if model is None or all(model_after(doc, m.end, self.lex) for m in table.clusters[maker].mentions):
            return  # (the other mentions only read for a model after this name)
        product = table.add_entity(f"{doc[start:end].text} {model}", C.PRODUCT, start, end + 1, "maker_model")
        self._emit(maker, "produces", product, tokens[end].lower_, sent, "produces:model", 0.65)

    def _maker_in_name(self, product: int, start: int, end: int, sent: Span) -> None:
        """ "the Acme Zephyr 3", "an Acme 707 cargo plane": a product named ``[start, end)`` after a company
        the text names on its own is the company's."""
        doc, table = self.table.doc, self.table
        tokens = token_list(doc)
        names: dict[str, int] = {
            m.text: c
            for c, cluster in enumerate(table.clusters)
            if cluster.cls == C.COMPANY and c != product
            for m in cluster.mentions
        }
        for size in range(end - start - 1, 0, -1):  # the longest name first: "Acme Motors X1"
            maker = names.get(doc[start : start + size].text)
            version = end - start - size == 1 and tokens[end - 1].is_digit and len(tokens[end - 1]) == 1
            if maker is not None and not version:  # not "Acme OS 8", a version of a product read as a firm
                self._emit(
                    maker, "produces", product, tokens[start].lower_, sent, "produces:maker_name", 0.65
                )
                return

    def _maker_before_kind(self, product: int, start: int, sent: Span) -> None:
        """ "Acme's album Zephyr", "the Acme superhero film Zephyr", "its new phone Zephyr": the
        business or organisation before the product's kind makes it (read on the words: such phrases
        parse poorly)."""
        doc, table, lex = self.table.doc, self.table, self.lex
        tokens = token_list(doc)
        k = start - 1
        if k <= sent.start or lex.kind_of(tokens[k]) != C.PRODUCT:
            return
        k -= 1
        while k > sent.start and tokens[k].is_lower and tokens[k].pos_ in ("NOUN", "ADJ", "NUM"):
            k -= 1  # "superhero", "new"
        if _possessive(tokens[k]):
            k -= 1
        owner = table.entity_at(tokens[k])
        makers = (
            table.resolve(tokens[k]) if tokens[k].lower_ == "its" else [owner] if owner is not None else []
        )
        for maker in makers:
            if table.cls(maker) in (C.COMPANY, C.ORGANIZATION):
                self._emit(maker, "produces", product, tokens[start - 1].lower_, sent, "produces:kind", 0.65)

    def _product_owner(self, product: int, root: Token, sent: Span) -> None:
        """ "its new Zephyr" / "Acme's upcoming Zephyr phones" -> produces; "its 5G networks" -> uses."""
        scheme, lex = self.scheme, self.lex
        noun = root
        while (scheme.has_role(noun, "compound") or noun.dep_ in scheme.amod) and noun.head != noun:
            noun = noun.head  # "its upcoming Zephyr 3 series phones": up to "phones"
        holders = scheme.children(noun, "poss") or (scheme.children(root, "poss") if noun is not root else [])
        if not holders and noun.dep_ == "conj":
            holders = scheme.children(noun.head, "poss")
        if not holders:
            return
        if noun is root:  # "its 3G and 4G networks", the list parsed apart: the noun after the names
            k = root.i + 1
            while k < sent.end and (
                self.table.entity_at(root.doc[k]) is not None or root.doc[k].lower_ in ("and", ",")
            ):
                k += 1
            if k < sent.end and root.doc[k].pos_ == "NOUN":
                noun = root.doc[k]
        modifiers = {c.lower_ for c in child_tokens(noun)} | {c.lower_ for c in child_tokens(root)}
        head = self.lex.lemma_of(noun)
        if modifiers & lex.cue("new_adj") or (noun is not root and head in lex.cue("produce_head")):
            relation = "produces"
        elif noun is not root and head in lex.cue("use_head"):
            relation = "uses"
        else:
            return
        holders = [h for h in holders if h.lower_ not in ("their", "our", "your")]
        for owner in self._entities_of_tokens(holders):
            if self.table.cls(owner) in (C.COMPANY, C.ORGANIZATION):  # a country's networks are not its own
                self._emit(owner, relation, product, head, sent, f"{relation}:possessive", 0.7)
