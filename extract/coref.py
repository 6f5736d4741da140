"""Coreference within one document: names to entities, pronouns and descriptions to antecedents.

Named mentions merge into one entity when they are the same name, a
gazetteer's other name for it ("U.S." -> United States), a capital used as
an actor ("Beijing said" -> China), "<country> government", an acronym
("Authority (PTA)", or initials of a longer name), a surname of a person, or
a short form of an organisation ("Acme" after "Acme Technologies"). Each
merge keeps its rule so that a user can audit it (:class:`~newsgraph.extract.records.Merge`).
The canonical label is the gazetteer's name or the fullest proper name.

Pronouns (he, she, it, its, they...) and definite descriptions ("the company",
"the agency") resolve to the most salient earlier entity that agrees in class,
preferring subjects and the nearest sentences.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.depscheme import DepScheme
from newsgraph.extract.entities import NAME_SUFFIXES, NamedMention, best_class, name_key
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.records import Entity, EntityClass, Mention, Merge
from newsgraph.extract.tokens import char_offsets, sentence_of, sentences_of, token_flags, tokens_of

__all__ = ["EntityTable", "build_entities"]

C = EntityClass
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_PLURAL = frozenset({"we", "our", "ours", "us", "ourselves"})
ORG_CLASSES = (C.COMPANY, C.ORGANIZATION, C.GOVERNMENT_BODY, C.COUNTRY)
NAME_STOPWORDS = frozenset({"of", "on", "for", "and", "&", "the"})
LOOKBACK_SENTENCES = 3


@dataclass
class _Cluster:
    cls: EntityClass
    mentions: list[NamedMention] = field(default_factory=list)
    merges: dict[str, str] = field(default_factory=dict)  # alias -> rule
    canonical: str | None = None
    _fullest: tuple[int, str] | None = field(default=None, repr=False, compare=False)  # (mentions, name)

    def label(self) -> str:
        if self.canonical:
            return self.canonical
        if self._fullest is None or self._fullest[0] != len(self.mentions):  # asked often: once per change
            names = [m.text for m in self.mentions if not _is_acronym(m.text)] or [
                m.text for m in self.mentions
            ]
            first = {name: -position for position, name in reversed(list(enumerate(names)))}
            self._fullest = (len(self.mentions), max(first, key=lambda n: (len(n.split()), len(n), first[n])))
        return self._fullest[1]


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and " " not in text


def _initials(text: str) -> str:
    return "".join(
        w[0] for w in text.replace("-", " ").split() if w.lower() not in NAME_STOPWORDS and w[0].isalpha()
    ).upper()


@dataclass
class EntityTable:
    """The entities of one document and the way back from tokens to them."""

    doc: Doc
    scheme: DepScheme
    lex: Lexicon
    clusters: list[_Cluster]
    token_entity: dict[int, int]  # token index -> cluster index
    mention_of: dict[int, NamedMention]  # token index -> its named mention
    speakers: dict[int, list[int]] = field(default_factory=dict)  # sentence -> speaker clusters
    _genders: dict[int, str | None] = field(default_factory=dict, repr=False)  # entity -> gender()
    #: :attr:`token_entity`'s tokens in text order with their rank in it, for its size (it only grows)
    _by_position: tuple[int, list[int], list[int]] | None = field(default=None, repr=False)

    # -- look-ups --------------------------------------------------------------
    def cls(self, entity: int) -> EntityClass:
        return self.clusters[entity].cls

    def label(self, entity: int) -> str:
        return self.clusters[entity].label()

    def entity_at(self, token: Token) -> int | None:
        return self.token_entity.get(token.i)

    def entity_tokens(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ``(token, entity)`` pairs of :attr:`token_entity` for tokens ``[start, end)``, in its
        own order (found by bisection: the rules ask about a few sentences of a long text)."""
        if self._by_position is None or self._by_position[0] != len(self.token_entity):
            ranked = sorted((token, rank) for rank, token in enumerate(self.token_entity))
            self._by_position = (len(self.token_entity), [t for t, _ in ranked], [r for _, r in ranked])
        _, positions, ranks = self._by_position
        window = range(bisect.bisect_left(positions, start), bisect.bisect_left(positions, end))
        tokens = [positions[k] for k in sorted(window, key=ranks.__getitem__)]
        return [(token, self.token_entity[token]) for token in tokens]

    @functools.cached_property
    def _mention_starts(self) -> list[int]:
        """The first token of each named mention, in text order."""
        return sorted(i for i, mention in self.mention_of.items() if mention.start == i)

    def mention_starts(self, start: int, end: int) -> list[int]:
        """The first tokens of the named mentions that start in tokens ``[start, end)``, in order."""
        starts = self._mention_starts
        return starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def add_entity(self, text: str, cls: EntityClass, start: int, end: int, rule: str) -> int:
        """A descriptive entity made on demand ("Belgium's cybersecurity agency")."""
        key = text.casefold()
        for index, cluster in enumerate(self.clusters):
            if cluster.label().casefold() == key and cluster.cls == cls:
                return index
        sent = sentence_of(self.doc[start]).start
        mention = NamedMention(start, end, text, sent, rule)
        self.clusters.append(_Cluster(cls, [mention]))
        index = len(self.clusters) - 1
        for i in range(start, end):
            self.token_entity.setdefault(i, index)
        return index

    # -- sentences -------------------------------------------------------------
    @functools.cached_property
    def sentences(self) -> list:
        """The document's sentences, without the blank lines between paragraphs."""
        spaces = token_flags(self.doc, "is_space")
        return [s for s in sentences_of(self.doc) if not all(spaces[s.start : s.end])]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def _sentence_index(self) -> list[int]:
        """Each token's index in :attr:`sentences` (a blank line's, the sentence before it)."""
        starts = self._sentence_starts
        index = [0] * len(self.doc)
        for k, (start, end) in enumerate(zip(starts, [*starts[1:], len(index)], strict=True)):
            index[start:end] = [k] * (end - start)
        return index

    def sentence_of(self, token_index: int) -> int:
        """Index in :attr:`sentences` of the sentence holding a token."""
        if 0 <= token_index < len(self._sentence_index):
            return self._sentence_index[token_index]
        return max(bisect.bisect_right(self._sentence_starts, token_index) - 1, 0)

    # -- resolution ------------------------------------------------------------
    def salient(
        self, before: int, classes: tuple[EntityClass, ...], skip: set[int], description: bool = False
    ) -> list[int]:
        """Clusters of the given classes mentioned before token ``before``, most salient first.

        Salience: nearer sentences, subjects, the preferred class, and the number of earlier
        mentions (the document's topic). A definite description ("the company") usually points
        past its own sentence, where a pronoun would have done.
        """
        sent_index = self.sentence_of(before)
        oldest = sent_index - LOOKBACK_SENTENCES  # the earliest sentence looked back to
        earliest = self._sentence_starts[oldest] if oldest > 0 else 0
        scored: dict[int, float] = {}
        for token_index, entity in self.entity_tokens(earliest, before):
            if entity in skip:
                continue
            if self.clusters[entity].cls not in classes:
                continue
            token = self.doc[token_index]
            distance = sent_index - self.sentence_of(token_index)
            salience = 10.0 - 3.0 * distance + token_index / 10000.0
            role = token
            while role.dep_ in self.scheme.compound or role.dep_ in self.scheme.poss:
                role = role.head  # "US officials said": the name inside the subject
            if role.dep_ in self.scheme.subj or role.dep_ in self.scheme.subj_pass:
                salience += 2.0
            if distance == 0:
                salience += -3.0 if description else 1.0
            if description:  # "the group" prefers an organisation; a pronoun has no such preference
                salience += classes.index(self.clusters[entity].cls) * -4.0
            scored[entity] = max(scored.get(entity, -99.0), salience)
        # the document's topic is a likely antecedent: half a point per earlier mention, up to three
        earlier: dict[int, int] = defaultdict(int)
        for mention in (m for c in scored for m in self.clusters[c].mentions if m.start < before):
            earlier[self.token_entity.get(mention.start, -1)] += 1
        for entity in scored:
            scored[entity] += min(earlier[entity], 4) * (1.0 if description else 0.5)
        return sorted(scored, key=lambda e: -scored[e])

    def _in_own_clause(self, token: Token) -> set[int]:
        """Entities later in the pronoun's own phrase, which it cannot refer to."""
        return {e for t in token.head.subtree if (e := self.entity_at(t)) is not None and t.i > token.i}

    def resolve(self, token: Token, besides: int | None = None) -> list[int]:
        """The entities a pronoun or a definite description refers to ([] when unresolved); a person
        pronoun, to someone ``besides`` a given person ("Jane Roe is *her* mother": not Jane Roe)."""
        lower = token.lower_
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            if lower in PERSON_PRONOUNS:
                gender = "f" if lower in FEMININE_PRONOUNS else "m"
                followed = self._coordinated_person(token) if token.tag_ == "PRP$" else None
                if followed is not None and followed != besides and self.gender(followed) in (None, gender):
                    return [followed]  # (not "Mary Roe, his wife": a man's)
                people = self.salient(token.i, (C.PERSON,), set() if besides is None else {besides})
                return [p for p in people if self.gender(p) in (None, gender)][:1]
            if lower in THING_PRONOUNS:
                if token.dep_ == "expl" or self._is_pleonastic(token):
                    return []
                found = self.salient(token.i, ORG_CLASSES, self._in_own_clause(token))
                return found[:1]
            if lower in PLURAL_PRONOUNS:
                group = self._recent_group(token)
                if group:
                    return group
                spoken_for = self.speaker_organisation(token)
                if spoken_for:  # "the CEO of Acme stated they would stay": Acme
                    return spoken_for
                found = self.salient(token.i, (C.COMPANY, C.ORGANIZATION, C.GOVERNMENT_BODY), set())
                return found[:1]
            if lower in FIRST_PLURAL and token.text != "US" and self.quoted(token):
                return self.speaker_organisation(token)  # "we" in a quote; outside one it is the writer
            return []
        following = self.entity_at(self.doc[token.i + 1]) if token.i + 1 < len(self.doc) else None
        if token.pos_ == "NOUN" and following is not None and self.cls(following) != C.PERSON:
            return [following]  # "the Mexican company Acme": the name follows, nothing to look back for
        if token.pos_ == "NOUN" and self._is_definite(token):
            classes = self.lex.descriptions.get(
                _compound_lemma(token, self.scheme, self.lex)
            ) or self.lex.descriptions.get(self.lex.lemma_of(token))
            if classes:
                found = self.salient(token.i, tuple(classes), set(), description=True)
                return found[:1]
        return []

    def gender(self, entity: int) -> str | None:
        """ "m" or "f" for a person named with a given name of one gender ("Mary Roe"), after an
        honorific ("Mr Roe") or after a noun of one gender ("his wife, Amanda"); None when the
        mentions say nothing, or disagree."""
        if entity not in self._genders:  # asked for every pronoun: once per entity
            self._genders[entity] = self._gender_of(entity)
        return self._genders[entity]

    def _gender_of(self, entity: int) -> str | None:
        found = set()
        for mention in self.clusters[entity].mentions:
            first = mention.text.split()[0]
            found.add(self.lex.name_gender.get(name_key(first)))
            found.add(self.lex.honorific(first)[1])  # "Mr Tong"
            before = [t for t in self.doc[max(mention.start - 2, 0) : mention.start] if t.text != ","][-1:]
            for word in before:  # "Mr [Tong]", "his wife[,] Amanda"
                found.add(self.lex.honorific(word.text)[1])
                if word.is_lower:
                    lemma = self.lex.lemma_of(word)
                    found.add("f" if lemma in self.lex.cue("feminine_noun") else None)
                    found.add("m" if lemma in self.lex.cue("masculine_noun") else None)
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _coordinated_person(self, pronoun: Token) -> int | None:
        """The person a possessive pronoun follows in a coordination or apposition ("Joe Roe and his
        son", "Joe Roe, aged 70, and his wife"), unless a kin noun introduces that person, or the
        coordination it ends, too ("her mother, Jane Roe, and her aunt", "their sons A and B, and
        his daughters": both are someone else's)."""
        doc, i = self.doc, pronoun.i
        start = sentence_of(pronoun).start
        if i - 1 < start or doc[i - 1].lower_ not in ("and", ","):
            return None
        for k in range(i - 2, max(start, i - 6) - 1, -1):
            person = self.entity_at(doc[k])
            if person is not None and self.cls(person) == C.PERSON:
                # the coordination's first name: "their sons Wyatt and Zachary, and his daughters"
                opening = min(c.i for c in (doc[k], *doc[k].conjuncts) if c.i <= k)
                first = self.mention_of[opening].start if opening in self.mention_of else opening
                before = [t for t in doc[max(start, first - 2) : first] if t.text != ","][-1:]
                kin = any(self.lex.lemma_of(t) in self.lex.cue("kin_noun") for t in before)
                return None if kin else person
        return None

    def quoted(self, token: Token) -> bool:
        """Whether a token is inside quotation marks (counted from the start of its paragraph)."""
        opened = 0
        for t in reversed(self.doc[: token.i]):
            if t.is_space and "\n\n" in t.text:
                break
            if t.text in ("“", "«"):
                opened += 1
            elif t.text in ("”", "»"):
                opened -= 1
            elif t.text == '"':
                opened += 1 if opened <= 0 else -1
        return opened > 0

    def _is_definite(self, token: Token) -> bool:
        return any(c.lower_ in ("the", "this", "that") for c in self.scheme.children(token, "det")) or any(
            c.lower_ in ("its", "their") for c in self.scheme.children(token, "poss")
        )

    def _is_pleonastic(self, token: Token) -> bool:
        """ "it is true that...", "it's not clear what...", and the cleft "it was X which/that ...":
        ``it`` refers to nothing."""
        head = token.head
        clauses = self.scheme.children(head, "relcl") if self.scheme.children(head, "cop") else []
        cleft = any(w.lower_ in ("which", "that", "who") for c in clauses for w in c.subtree)
        return cleft or (
            head.pos_ in ("ADJ", "AUX", "VERB")
            and bool(self.scheme.children(head, "ccomp") + self.scheme.children(head, "xcomp"))
            and self.lex.lemma_of(head)
            in ("be", "true", "clear", "worth", "possible", "likely", "seem", "appear", "important")
        )

    def _recent_group(self, token: Token) -> list[int]:
        """A coordination of names before ``token`` ("X and Y ... They"/"their merger"): a subject
        one in the nearest sentence first, else the first one (news put the actors first)."""
        sents = self.sentences
        here = self.sentence_of(token.i)
        for sent in reversed(sents[max(0, here - 2) : here + 1]):
            groups = []
            for t in tokens_of(sent):
                if t.i >= token.i:
                    break  # only before the pronoun
                conjuncts = t.conjuncts
                if not conjuncts or any(c.i < t.i for c in conjuncts):
                    continue  # only the first member of a coordination
                before = [t, *(c for c in conjuncts if c.i < token.i)]  # not "A, their sons and B"
                members = [e for c in before if (e := self._entity_or_apposed(c)) is not None]
                if len(set(members)) > 1 and len({self.cls(e) for e in members}) == 1:
                    subject = t.dep_ in self.scheme.subj or t.dep_ in self.scheme.subj_pass
                    groups.append((subject, -t.i, sorted(set(members), key=members.index)))
            listed = self._listed_people(sent, token.i)
            if listed:  # people listed as "A, ..., and B", though the parse missed the coordination
                first = min(
                    m.start for e in listed for m in self.clusters[e].mentions if m.start >= sent.start
                )
                groups.append((first < sent.root.i, -first, listed))
            if groups:
                return max(groups)[2]
        return []

    def _listed_people(self, sent, before: int) -> list[int]:
        """People listed as "A, ..., and B" (read from the words when the parse misses the coordination)."""
        people = []
        for t in tokens_of(sent):
            if t.i >= before:
                break
            entity = self.entity_at(t)
            if (
                entity is None
                or self.cls(entity) != C.PERSON
                or (t.i > 0 and self.entity_at(self.doc[t.i - 1]) == entity)
            ):
                continue
            if people and self.doc[t.i - 1].lower_ == "and":
                return [people[-1], entity] if people[-1] != entity else []
            people.append(entity)
        return []

    def _entity_or_apposed(self, token: Token) -> int | None:
        entity = self.entity_at(token)
        if entity is not None:
            return entity
        for child in self.scheme.children(token, "appos") + self.scheme.children(token, "compound"):
            if (found := self.entity_at(child)) is not None and self.cls(found) == C.PERSON:
                return found
        return None

    def speaker_organisation(self, token: Token) -> list[int]:
        """ "we"/"our" in quoted speech: the speaker's organisation (or the speaking organisation)."""
        here = self.sentence_of(token.i)
        for index in (here, here - 1, here + 1):
            for speaker in self.speakers.get(index, []):
                if self.cls(speaker) in (C.COMPANY, C.ORGANIZATION, C.GOVERNMENT_BODY, C.COUNTRY):
                    return [speaker]
                employer = self.employers.get(speaker)
                if employer is not None:
                    return [employer]
        return []

    employers: dict[int, int] = field(default_factory=dict)  # person cluster -> organisation cluster

    # -- output ----------------------------------------------------------------
    def to_records(self, text: str | None = None) -> list[Entity]:
        """One :class:`Entity` per canonical (label, class), with its aliases, mentions and merges.

        Clusters that ended with the same label and class are one entity (their identity is the pair).
        ``text`` is the document's own text, which the mentions quote (the parsed text may differ in
        its kinds of space, never in its length); by default the parsed text.
        """
        grouped: dict[tuple[str, EntityClass], list[_Cluster]] = defaultdict(list)
        for cluster in self.clusters:
            grouped[(cluster.label(), cluster.cls)].append(cluster)
        records = []
        if text is None:
            text = self.doc.text  # spaCy rebuilds Doc.text on every access: once, not once per mention
        for (label, cls), clusters in grouped.items():
            members = [m for cluster in clusters for m in cluster.mentions]
            aliases = tuple(dict.fromkeys(m.text for m in members))
            spans = dict.fromkeys(char_offsets(self.doc, m.start, m.end) for m in members)
            mentions = tuple(Mention(text[a:b], a, b) for a, b in spans)
            merges = {
                alias: rule
                for cluster in clusters
                for alias, rule in cluster.merges.items()
                if alias != label
            }
            records.append(
                Entity(label, cls, aliases, mentions, tuple(Merge(a, r) for a, r in merges.items()))
            )
        return records


def _compound_lemma(token: Token, scheme: DepScheme, lex: Lexicon) -> str:
    words = [c.lower_ for c in scheme.children(token, "compound") if c.i == token.i - 1]
    return " ".join([*words, lex.lemma_of(token)])


def build_entities(doc: Doc, mentions: list[NamedMention], scheme: DepScheme, lex: Lexicon) -> EntityTable:
    """Cluster named mentions into entities (see the module docstring for the rules)."""
    parent = list(range(len(mentions)))
    rule_of: dict[str, str] = {}  # alias text -> the rule that merged it

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, rule: str) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
        if rule != "same_name":
            shorter = min(mentions[i].text, mentions[j].text, key=len)
            rule_of.setdefault(shorter, rule)

    classes = [best_class(m) for m in mentions]
    _metonymy(doc, mentions, classes, scheme, lex)
    by_key: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        key = name_key(mention.canonical or mention.text)
        if key in by_key and _compatible(classes[by_key[key]], classes[i]):
            union(by_key[key], i, mention.alias_rule or "same_name")
        else:
            by_key.setdefault(key, i)
    _acronyms(doc, mentions, classes, union)
    frequency: dict[str, int] = defaultdict(int)
    for mention in mentions:
        frequency[mention.text] += 1
    fuller_cache: dict[tuple, tuple[int, str] | None] = {}
    firsts = _first_mentions(mentions, classes)  # word -> first mentions of the names it opens or closes
    for i, short in enumerate(mentions):
        weak = max(short.votes.values(), default=0) < 1.5  # typed only by faint evidence
        key = (short.text, classes[i], weak)
        if key not in fuller_cache:  # many mentions repeat one name: decide once per name and class
            fuller_cache[key] = _fullest_name(
                short.text, classes[i], weak, firsts, mentions, classes, frequency, lex
            )
        if fuller_cache[key] is not None:
            j, rule = fuller_cache[key]
            union(i, j, rule)
            if rule in ("surname", "given_name") and classes[i] != C.PERSON:
                classes[i] = C.PERSON  # a class changed: earlier decisions may differ now
                fuller_cache.clear()
                firsts = _first_mentions(mentions, classes)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[find(i)].append(i)
    clusters: list[_Cluster] = []
    token_entity: dict[int, int] = {}
    mention_of: dict[int, NamedMention] = {}
    for root in sorted(groups):
        members = groups[root]
        cluster = _Cluster(classes[root], [mentions[i] for i in members])
        cluster.canonical = next((mentions[i].canonical for i in members if mentions[i].canonical), None)
        for i in members:
            text = mentions[i].text
            cluster.merges.setdefault(text, rule_of.get(text, mentions[i].alias_rule or "same_name"))
        clusters.append(cluster)
        for i in members:
            for t in range(mentions[i].start, mentions[i].end):
                token_entity[t] = len(clusters) - 1
                mention_of[t] = mentions[i]
    return EntityTable(doc, scheme, lex, clusters, token_entity, mention_of)


def name_words(name: str) -> list[str]:
    """The words of a name without its generational suffix, which a surname does not repeat.

    >>> name_words("Cyrus R. Vance, Jr."), name_words("Acme Corp")
    (['Cyrus', 'R.', 'Vance'], ['Acme', 'Corp'])
    """
    words = name.split()
    if len(words) > 1 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return words


def _first_mentions(mentions: list[NamedMention], classes: list[EntityClass]) -> dict[str, list[int]]:
    """Indexes, in order, of the first mention of each (name, class), by the first and by the last
    word of the name (a fuller name shares one of them with its short form)."""
    first: dict[tuple[str, EntityClass], int] = {}
    for j, mention in enumerate(mentions):
        first.setdefault((mention.text, classes[j]), j)
    by_word: dict[str, list[int]] = defaultdict(list)
    for j in first.values():
        words = [name_key(w) for w in name_words(mentions[j].text)]
        for word in {words[0], words[-1]} if words else ():
            by_word[word].append(j)
    return by_word


def _fullest_name(
    short: str,
    cls: EntityClass,
    weak: bool,
    candidates: dict[str, list[int]],
    mentions: list[NamedMention],
    classes: list[EntityClass],
    frequency: dict[str, int],
    lex: Lexicon,
) -> tuple[int, str] | None:
    """The mention of the fuller name that a mention ``short`` of class ``cls`` shortens, and the
    rule: "Trump" after "Donald Trump" and "Melania Trump" (surname: the one named most often),
    "Acme" after "Acme Corp" (short_form), "Don" after "Don Imus" (given_name: the only Don).
    ``weak``: ``short`` is typed only by faint evidence, so a fuller name of another class may
    claim it. ``candidates``: :func:`_first_mentions`."""
    s_words = [name_key(w) for w in name_words(short)]  # compared without case and accents
    if not s_words or short.lower() in lex.bodies:
        return None  # "United Nations" is a body of its own, not short for "United Nations Educational, ..."
    fuller: dict[str, tuple[int, str]] = {}  # full name -> (its first mention, rule)
    given: dict[str, int] = {}  # full names of people that the lone given name ``short`` opens
    for j in sorted({*candidates.get(s_words[0], ()), *candidates.get(s_words[-1], ())}):
        long = mentions[j]
        if len(short) >= len(long.text) or long.text in fuller or (classes[j] != cls and not weak):
            continue
        l_words = [name_key(w) for w in name_words(long.text)]
        if classes[j] == C.PERSON and l_words[-len(s_words) :] == s_words:
            fuller[long.text] = (j, "surname")
        elif classes[j] == C.PERSON and [l_words[0]] == s_words and s_words[0] in lex.given_names:
            given.setdefault(long.text, j)
        elif l_words[: len(s_words)] == s_words and (
            _shortened_name(s_words, l_words, cls, lex) or _shortened_jurisdiction(s_words, l_words, cls, lex)
        ):
            fuller[long.text] = (j, "short_form")
    if not fuller and len(given) == 1:  # "Don" after "Don Imus", when no one else is a Don
        [(name, j)] = given.items()
        fuller[name] = (j, "given_name")
    if not fuller:
        return None
    return fuller[max(fuller, key=lambda n: (frequency[n], -fuller[n][0]))]


def _shortened_name(short: list[str], long: list[str], cls: EntityClass, lex: Lexicon) -> bool:
    """ "Acme" of "Acme Corp": the words dropped are an organisation's head (but "Acme Peru Ltd" is a
    national company of its own)."""
    rest = long[len(short) :]
    return (
        cls in (C.COMPANY, C.ORGANIZATION)
        and lex.org_class(rest) is not None
        and not any(lex.country_of(w) for w in rest)
    )


def _shortened_jurisdiction(short: list[str], long: list[str], cls: EntityClass, lex: Lexicon) -> bool:
    """ "the District Court" of "the District Court for the Southern District of X": a body's name
    without its jurisdiction (but "Acme Party of Ohio" is a regional branch, named by a place)."""
    rest = long[len(short) :]
    return (
        cls in (C.COMPANY, C.ORGANIZATION, C.GOVERNMENT_BODY)
        and len(short) >= 2
        and lex.org_class(short) is not None
        and rest[0] in ("for", "of", "in")
        and not any(lex.is_place_name(w) for w in rest)
    )


def _compatible(a: EntityClass, b: EntityClass) -> bool:
    return a == b or {a, b} <= {C.COMPANY, C.ORGANIZATION}


def _metonymy(
    doc: Doc, mentions: list[NamedMention], classes: list[EntityClass], scheme: DepScheme, lex: Lexicon
) -> None:
    """A capital that acts (a subject, a possessor, an agent) stands for its country's government;
    "<country> government" stands for the country."""
    for i, mention in enumerate(mentions):
        country = lex.capital_of(mention.text)
        if country and classes[i] == C.PLACE and _acts(doc[mention.start : mention.end].root, scheme):
            mention.canonical, mention.alias_rule = country, "metonymy"
            classes[i] = C.COUNTRY
        if classes[i] == C.COUNTRY and mention.end < len(doc) and doc[mention.end].lower_ == "government":
            mention.end += 1
            mention.text = doc[mention.start : mention.end].text
            mention.alias_rule = "government_metonymy"
            mention.canonical = mention.canonical or lex.countries.get(mention.text.split()[0].lower())


def _acts(root: Token, scheme: DepScheme) -> bool:
    """Whether a name's root is an actor: a subject, a possessor or an agent ("by X")."""
    return (
        root.dep_ in scheme.subj
        or scheme.has_role(root, "poss")
        or any(prep == "by" and obj.i == root.i for prep, obj in scheme.prepositional(root.head))
    )


def _acronyms(doc: Doc, mentions: list[NamedMention], classes: list[EntityClass], union) -> None:
    """ "Long Name (LN)", "Long Name, or LN", and an acronym equal to an earlier name's initials."""
    names = [  # (index, initials) of the mentions that can be spelled out: two words or more
        (j, _initials(m.text))
        for j, m in enumerate(mentions)
        if not _is_acronym(m.text) and len(m.text.split()) >= 2
    ]
    for i, mention in enumerate(mentions):
        if not _is_acronym(mention.text):
            continue
        letters = mention.text.replace(".", "").replace("&", "")
        for j, initials in names:
            other = mentions[j]
            near = other.end <= mention.start and mention.start - other.end <= 3  # before the slice:
            between = doc[other.end : mention.start].text.strip() if near else None  # O(gap) text
            if between in ("(", ", or", "or", ", also known as", "(the"):
                union(j, i, "acronym" if initials == letters else "alias")
                classes[i] = classes[j]
            elif initials == letters and _compatible(classes[i], classes[j]):
                union(j, i, "acronym")
