"""The extractor's knowledge, read from the data files in ``extract/data``.

Two kinds of data live there, both written for newsgraph:

* the **trigger lexicon** (``lexicon.tsv``): per core relation, the verbs and
  nouns that express it and where their object is (see the file's header);
  ``relations.tsv`` gives each relation's subject and object classes;
  ``cues.tsv`` the closed word classes (speech verbs, modal cues...);
* **world knowledge**: countries with their other names, demonyms and
  capitals (``countries.tsv``), regions (``regions.tsv``), international and
  public bodies (``bodies.tsv``), job titles (``titles.tsv``), organisational
  name heads (``orgheads.tsv``), definite descriptions (``descriptions.tsv``),
  common given names (``given_names.tsv``) and parties named by an adjective
  (``parties.tsv``).

>>> lex = lexicon()
>>> [f.relation for f in lex.verb_frames("ban")]
['bans']
>>> lex.country_of("U.S."), lex.country_of("Chinese"), lex.capital_of("Beijing")
('United States', 'China', 'China')
>>> lex.title("chief executive").relation
'leads'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from newsgraph.extract.records import EntityClass

__all__ = ["Frame", "Lexicon", "Title", "lexicon"]

#: "chief ... officer" titles below the chief executive: "Chief Technical Officer", "chief people officer"
CHIEF_OFFICER = re.compile(r"chief (?!executive)[a-z&-]+( [a-z&-]+)? officers?$")
SECOND_IN_COMMAND = frozenset({"deputy", "vice", "assistant", "associate", "lieutenant"})
TITLE_CACHE_SIZE = 50_000
GENDERED_HONORIFICS = {"m": "masculine_honorific", "f": "feminine_honorific"}  # gender -> cue
ACTORS = frozenset(
    {
        EntityClass.PERSON,
        EntityClass.COUNTRY,
        EntityClass.GOVERNMENT_BODY,
        EntityClass.COMPANY,
        EntityClass.ORGANIZATION,
    }
)


@dataclass(frozen=True)
class Frame:
    """One trigger: ``relation`` expressed by ``lemma`` (+ ``particles``) of ``kind`` verb, noun or adj.

    ``slots`` are the places where the object is looked for, in order; ``flags``
    modify the frame (see ``lexicon.tsv``); ``with_nouns`` restricts the nouns the
    verb governs ("send a *letter* to X", "hold X in *contempt*").
    """

    relation: str
    kind: str
    lemma: str
    particles: tuple[str, ...]
    slots: tuple[str, ...]
    flags: frozenset[str]
    with_nouns: frozenset[str] = frozenset()
    object_classes: frozenset[EntityClass] = frozenset()  # empty: any the relation allows


@dataclass(frozen=True)
class Title:
    """A job title and the relation it gives between its holder and the organisation."""

    words: str
    relation: str
    body: str = ""


def _rows(name: str) -> Iterator[list[str]]:
    text = resources.files("newsgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _classes(cell: str) -> frozenset[EntityClass]:
    """The classes of a ``relations.tsv`` cell; ``A`` stands for every actor class."""
    names = _split(cell)
    actors = ACTORS if "A" in names else frozenset()
    return actors | frozenset(EntityClass(name) for name in names if name != "A")


class Lexicon:
    """Look-ups over the data files (build once with :func:`lexicon`)."""

    def __init__(self) -> None:
        self._verbs: dict[str, list[Frame]] = {}
        self._nouns: dict[str, list[Frame]] = {}
        self._adjectives: dict[str, list[Frame]] = {}
        kinds = {"verb": self._verbs, "noun": self._nouns, "adj": self._adjectives}
        for row in _rows("lexicon.tsv"):
            relation, kind, words = row[0], row[1], row[2].split()
            flags = {flag.strip() for flag in _cell(row, 4).split(",") if flag.strip()}
            with_nouns = frozenset(w for f in flags if f.startswith("with=") for w in _split(f[5:]))
            object_classes = frozenset(c for f in flags if f.startswith("object=") for c in _classes(f[7:]))
            frame = Frame(
                relation,
                kind,
                words[0],
                tuple(words[1:]),
                tuple(_split(row[3])),
                frozenset(f for f in flags if not f.startswith(("with=", "object="))),
                with_nouns,
                object_classes,
            )
            kinds[kind].setdefault(frame.lemma, []).append(frame)
        self.domains: dict[str, tuple[frozenset[EntityClass], frozenset[EntityClass]]] = {}
        self.symmetric: set[str] = set()
        for row in _rows("relations.tsv"):
            self.domains[row[0]] = (_classes(row[1]), _classes(row[2]))
            if _cell(row, 3) == "symmetric":
                self.symmetric.add(row[0])
        self._cues = {row[0]: frozenset(_split(row[1])) for row in _rows("cues.tsv")}
        self._cues["person_noun"] |= self._cues["human_noun"]  # every noun for people (see cues.tsv)
        #: the nouns for people never said of firms ("lawyer", not "star")
        self._cues["literal_human_noun"] = self._cues["human_noun"] - self._cues["figurative_human_noun"]
        #: what someone holds or does that stands for them as an object ("Acme's equipment", "Roe's
        #: refusal"): only the goods of ``goods_noun`` vote that their owner is a business
        self._cues["owned_noun"] = self._cues["goods_noun"] | self._cues["act_noun"]
        self._cues["made_or_used"] = self._cues["make_verb"] | self._cues["use_verb"]  # objects: products
        self._cues["date_word"] = self._cues["calendar"] | self._cues["time_span"]  # "on Monday", "in years"
        self._cues["name_honorific"] |= self._cues["masculine_honorific"] | self._cues["feminine_honorific"]
        self.irregular = dict(pair.split(">") for pair in self._cues["irregular_verb"])

        self.countries: dict[str, str] = {}  # any name, lower case -> canonical name
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        #: a country's short code, if it has one ("United States" -> "US"): "US Senate", "UK Parliament"
        self.country_codes: dict[str, str] = {}
        for row in _rows("countries.tsv"):
            for name in [row[0], *_split(_cell(row, 1))]:
                self.countries[name.lower()] = row[0]
                if name.isupper() and name.isalpha() and len(name) == 2:
                    self.country_codes.setdefault(row[0], name)
            for word in _split(_cell(row, 2)):
                self.demonyms[word.lower()] = row[0]
            for city in _split(_cell(row, 3)):
                self.capitals[city.lower()] = row[0]
        self.regions: dict[str, str] = {}
        self.region_adjectives: dict[str, str] = {}
        for row in _rows("regions.tsv"):
            for name in [row[0], *_split(_cell(row, 1))]:
                self.regions[name.lower()] = row[0]
            for word in _split(_cell(row, 2)):
                self.region_adjectives[word.lower()] = row[0]
        self.bodies: dict[str, tuple[str, EntityClass]] = {}
        for row in _rows("bodies.tsv"):
            for name in [row[0], *_split(_cell(row, 2))]:
                self.bodies[name.lower()] = (row[0], EntityClass(row[1]))
        genders: dict[str, set[str]] = {}
        for row in _rows("given_names.tsv"):
            for name in _split(row[2]):
                genders.setdefault(name, set()).add(row[1])
        self.given_names = frozenset(genders)
        #: "m" or "f" for a given name of one gender ("Andrea" is of either)
        self.name_gender = {name: sexes.pop() for name, sexes in genders.items() if len(sexes) == 1}
        self.titles = {row[0]: Title(row[0], row[1], _cell(row, 2)) for row in _rows("titles.tsv")}
        self._title_of: dict[str, Title | None] = {}
        #: "Republican" (as written) -> "Republican Party"; "Republicans" (its members) -> "Republican Party"
        self.party_adjectives = {word: row[0] for row in _rows("parties.tsv") for word in _split(row[1])}
        self.party_members = {word: row[0] for row in _rows("parties.tsv") for word in _split(_cell(row, 2))}
        self.party_names = frozenset(row[0] for row in _rows("parties.tsv"))
        self.org_heads = {row[0]: EntityClass(row[1]) for row in _rows("orgheads.tsv")}
        self.descriptions = {
            row[0]: tuple(EntityClass(c) for c in _split(row[1])) for row in _rows("descriptions.tsv")
        }
        self._vocabulary = (
            set(self._verbs)
            | set(self._nouns)
            | {word for name, words in self._cues.items() if name != "irregular_verb" for word in words}
        )
        self._vocabulary |= {word.split()[-1] for word in self.titles} | set(self.descriptions)
        self._lemmas: dict[tuple[str, str], str] = {}
        self._token_lemmas: dict[tuple[int, int], str] = {}  # (lemma hash, form hash) -> lemma

    def verb_frames(self, lemma: str, form: str = "") -> list[Frame]:
        """Frames of a verb (empty when it triggers no core relation).

        ``form`` is the word as written; when the lemma is unknown its
        de-inflected forms are tried too, so a pipeline's wrong lemma does not
        hide a trigger:

        >>> [f.lemma for f in lexicon().verb_frames("bann", "banned")]
        ['ban']
        """
        return self._lookup(self._verbs, lemma, form)

    def noun_frames(self, lemma: str, form: str = "") -> list[Frame]:
        """Frames of a noun ("ban", "probe", "supporter"), also tried on ``form`` de-inflected."""
        return self._lookup(self._nouns, lemma, form)

    def adjective_frames(self, lemma: str) -> list[Frame]:
        """Frames of a predicate adjective ("critical of X", "loyal to X")."""
        return self._adjectives.get(lemma, [])

    def lemma(self, lemma: str, form: str) -> str:
        """The lemma of a word as the lexicon knows it: the pipeline's ``lemma`` when the lexicon
        knows it, else the first known de-inflection of ``form``, else ``lemma`` (lower case).

        >>> lexicon().lemma("deni", "denied")
        'deny'
        """
        key = (lemma, form)
        if key not in self._lemmas:
            candidates = [lemma.lower(), *deinflections(form.lower())]
            self._lemmas[key] = next((c for c in candidates if c in self._vocabulary), lemma.lower())
        return self._lemmas[key]

    def lemma_of(self, token) -> str:
        """:meth:`lemma` of a spaCy token."""
        key = (token.lemma, token.orth)  # string hashes: no StringStore lookup on the frequent path
        found = self._token_lemmas.get(key)
        if found is None:
            found = self._token_lemmas[key] = self.lemma(token.lemma_, token.text)
        return found

    def lists(self, category: str, token) -> bool:
        """Whether the cue ``category`` lists a spaCy token, as written or by its lemma ("claims")."""
        words = self._cues[category]
        return token.lower_ in words or self.lemma_of(token) in words

    @staticmethod
    def _lookup(entries: dict[str, list[Frame]], lemma: str, form: str) -> list[Frame]:
        for candidate in [lemma.lower(), *deinflections(form.lower())]:
            if candidate in entries:
                return entries[candidate]
        return []

    def cue(self, category: str) -> frozenset[str]:
        """A closed word class of ``cues.tsv`` (``speech_verb``, ``negation``...)."""
        return self._cues[category]

    def allows(self, relation: str, subject: EntityClass, obj: EntityClass) -> bool:
        """Whether ``relation`` may hold between entities of these classes."""
        subjects, objects = self.domains[relation]
        return subject in subjects and obj in objects

    def country_of(self, word: str) -> str | None:
        """The country a name or demonym stands for ("U.S.", "Korean" -> South Korea)."""
        key = word.lower()
        return self.countries.get(key) or self.demonyms.get(key)

    @functools.cached_property
    def _country_openings(self) -> frozenset[str]:
        """Every start of a country's name or demonym, in lower case ("s", "so", ... "south korea")."""
        return frozenset(key[:k] for key in (*self.countries, *self.demonyms) for k in range(1, len(key) + 1))

    def may_open_country(self, word: str) -> bool:
        """Whether a country's name or demonym may start with ``word`` (lower case): "south" may
        ("South Korea", "South Korean"), "acme" may not.

        >>> lexicon().may_open_country("south"), lexicon().may_open_country("acme")
        (True, False)
        """
        return word in self._country_openings

    def is_place_name(self, word: str) -> bool:
        """Whether ``word`` names a country, a capital or a region in the gazetteers (or is a demonym).

        >>> lexicon().is_place_name("Oslo"), lexicon().is_place_name("Presse")
        (True, False)
        """
        return bool(self.country_of(word) or self.capital_of(word) or word.lower() in self.regions)

    def is_adjective_name(self, text: str) -> bool:
        """Whether ``text`` is a party's or a country's adjective read as a name ("Republican",
        "Chilean").

        >>> lexicon().is_adjective_name("Republican"), lexicon().is_adjective_name("Acme")
        (True, False)
        """
        return text in self.party_adjectives or text.lower() in self.demonyms

    def kind_of(self, token) -> EntityClass | None:
        """The class a lower-case description noun names first ("city" -> Place, "album" -> Product)."""
        classes = self.descriptions.get(self.lemma_of(token), ()) if token.is_lower else ()
        return classes[0] if classes else None

    def capital_of(self, word: str) -> str | None:
        """The country whose capital (used for its government) ``word`` is."""
        return self.capitals.get(word.lower())

    def title(self, words: str) -> Title | None:
        """The title ``words`` (case-insensitive, singular or plural, hyphenated or not).

        >>> lexicon().title("then-prime-minister") is None, lexicon().title("Prime-Minister").words
        (True, 'prime minister')
        >>> lexicon().title("deputy governor").relation
        'worksFor'
        """
        key = words.lower()
        if key in self._title_of:  # (asked for the same words often: a cache)
            return self._title_of[key]
        found = self.titles.get(key) or (self.titles.get(key[:-1]) if key.endswith("s") else None)
        if found is None and "-" in key and key.strip("-"):
            found = self.title(key.replace("-", " "))  # "prime-minister" ("vice-president" is listed)
        if found is None and CHIEF_OFFICER.match(key):
            found = Title(key, "worksFor")  # "Chief Technical Officer"; the chief executive is listed
        first, _, rest = key.partition(" ")
        if found is None and first in SECOND_IN_COMMAND:
            head = self.title(rest)  # "deputy governor", "vice chairman": not the head
            found = Title(key, "worksFor") if head is not None and head.relation == "leads" else None
        if len(self._title_of) >= TITLE_CACHE_SIZE:  # bounded: memory stays flat over a large corpus
            self._title_of.clear()
        self._title_of[key] = found
        return found

    def plural_role(self, words: str) -> bool:
        """Whether ``words`` are a title or kinship noun in the plural ("senators", "sons").

        >>> lexicon().plural_role("chief executives"), lexicon().plural_role("boss")
        (True, False)
        """
        key = words.lower()
        return key.endswith("s") and key not in self.titles and self.role(key[:-1]) is not None

    def role(self, words: str) -> Title | None:
        """A title, or a kinship noun as the role "relativeOf" ("her husband X", "X's mother, Y").

        Kinship nouns are roles only where the rules read a person's roles, not titles in names:
        "Son" is a surname too.

        >>> lexicon().role("mother").relation, lexicon().role("CEO").relation
        ('relativeOf', 'leads')
        """
        key = words.lower()
        kin = self.cue("kin_noun")
        if key in kin or (key.endswith("s") and key[:-1] in kin):
            return Title(key, "relativeOf")
        return self.title(words)

    def honorific(self, word: str) -> tuple[bool, str | None]:
        """Whether ``word`` is an honorific that opens a person's name, and the gender it tells.

        >>> lexicon().honorific("Mrs."), lexicon().honorific("Dr"), lexicon().honorific("Father")
        ((True, 'f'), (True, None), (False, None))
        """
        key = word.lower().rstrip(".")
        gender = next((g for g in ("m", "f") if key in self.cue(GENDERED_HONORIFICS[g])), None)
        return key in self.cue("name_honorific"), gender

    def org_class(self, words: list[str]) -> EntityClass | None:
        """The class an organisation name's last one to three words give ("... Agency", "... Hall of
        Fame")."""
        lowered = [w.lower() for w in words]
        if len(lowered) == 1:  # (most often asked of one word)
            return self.org_heads.get(lowered[0])
        for size in (3, 2, 1):
            if len(lowered) >= size:
                cls = self.org_heads.get(" ".join(lowered[-size:]))
                if cls is not None:
                    return cls
        return None


@functools.lru_cache(maxsize=65536)
def deinflections(word: str) -> tuple[str, ...]:
    """Possible base forms of an English inflected word (irregular forms first).

    >>> deinflections("banned")[0], deinflections("denies")[0], deinflections("frozen")
    ('ban', 'deny', ('freeze',))
    """
    irregular = lexicon().irregular.get(word)
    if irregular:
        return (irregular,)
    forms: list[str] = [word]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if suffix == "d" and not word.endswith("ed"):
            continue  # "used" -> "use", but "band" is no "ban"
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            stem = word[: -len(suffix)]
            if suffix in ("ed", "es") and stem.endswith("i"):
                forms.append(stem[:-1] + "y")
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])
            forms.append(stem)
            if suffix in ("ing", "ed"):
                forms.append(stem + "e")
    return tuple(dict.fromkeys(forms[1:] if len(forms) > 1 else forms))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once per process."""
    return Lexicon()
