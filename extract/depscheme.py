"""One place that knows the dependency labels: Universal Dependencies or ClearNLP.

The bundled pipeline is trained on UD treebanks (``nsubj:pass``, ``obj``,
``obl`` with a ``case`` child, ``nmod:poss``, ``compound:prt``); the
``en_core_web_*`` pipelines use ClearNLP labels (``nsubjpass``, ``dobj``,
``prep`` -> ``pobj``, ``poss``, ``prt``, ``agent``, ``neg``). The rules ask
this module structural questions ("the subjects of this verb", "its
prepositional objects") and never test a label themselves.

>>> scheme = DepScheme.from_labels(["nsubj", "obj", "obl", "case", "nsubj:pass"])
>>> scheme.name
'ud'
>>> DepScheme.from_labels(["nsubj", "dobj", "prep", "pobj"]).name
'clear'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Token

from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.lexicon import lexicon
from newsgraph.extract.tokens import children_of

__all__ = ["DepScheme", "detect"]

UD_ONLY = frozenset(
    {
        "obl",
        "obj",
        "nsubj:pass",
        "aux:pass",
        "nmod:poss",
        "flat",
        "cop",
        "nmod",
        "compound:prt",
        "fixed",
        "obl:agent",
        "det:poss",
        "flat:name",
    }
)
CLEAR_ONLY = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "nsubjpass",
        "auxpass",
        "poss",
        "prt",
        "attr",
        "agent",
        "dative",
        "neg",
        "npadvmod",
        "pcomp",
        "acomp",
        "oprd",
    }
)
NEGATORS = frozenset({"not", "n't", "never", "no"})
PARTICLE_ADVERBS = frozenset({"out", "back", "up", "off", "over", "down", "away", "on", "in"})


@dataclass(frozen=True)
class DepScheme:
    """Dependency-label conventions of one parser. Build with :func:`detect`."""

    name: str
    subj: frozenset[str]
    subj_pass: frozenset[str]
    obj: frozenset[str]
    iobj: frozenset[str]
    poss: frozenset[str]
    compound: frozenset[str]
    appos: frozenset[str]
    amod: frozenset[str]
    xcomp: frozenset[str]
    ccomp: frozenset[str]
    advcl: frozenset[str]
    acl: frozenset[str]
    relcl: frozenset[str]
    aux: frozenset[str]
    aux_pass: frozenset[str]
    particle: frozenset[str]
    mark: frozenset[str]
    det: frozenset[str]
    cop: frozenset[str]
    attr: frozenset[str]

    @classmethod
    def from_labels(cls, labels: Iterable[str]) -> DepScheme:
        """The scheme whose labels these are (UD if ``obl``/``nsubj:pass``/``obj`` occur)."""
        labels = set(labels)
        if labels & UD_ONLY:
            return UD
        if labels & CLEAR_ONLY:
            return CLEAR
        raise NewsgraphError(
            "E110",
            "the parser's dependency labels are neither UD nor ClearNLP",
            "use a pipeline whose parser was trained on Universal Dependencies "
            "or OntoNotes/ClearNLP labels (e.g. en_core_web_sm)",
        )

    # -- structural questions -------------------------------------------------
    def is_passive(self, verb: Token) -> bool:
        return any(dep in self.subj_pass or dep in self.aux_pass for _, dep in children_of(verb))

    def subjects(self, verb: Token) -> list[Token]:
        """Grammatical subjects (active ``nsubj`` or passive ``nsubj:pass``)."""
        return [c for c, dep in children_of(verb) if dep in self.subj or dep in self.subj_pass]

    def active_subjects(self, verb: Token) -> list[Token]:
        return [c for c, dep in children_of(verb) if dep in self.subj]

    def passive_subjects(self, verb: Token) -> list[Token]:
        """Passive subjects; a passive verb's plain subject too ("X was labelled ...", the parser's
        ``nsubj`` beside ``aux:pass``)."""
        found = [c for c, dep in children_of(verb) if dep in self.subj_pass]
        if not found and any(dep in self.aux_pass for _, dep in children_of(verb)):
            found = [c for c, dep in children_of(verb) if dep in self.subj]
        return found

    def objects(self, verb: Token) -> list[Token]:
        """Direct objects. A verb has one: a second one after a comma is a misparsed clause
        ("encouraging firms to leave, German banks have ..."), and is left out."""
        found = [c for c, dep in children_of(verb) if dep in self.obj]
        if len(found) > 1:
            first = found[0]
            doc = verb.doc
            found = [first] + [
                o for o in found[1:] if not any(t.text == "," for t in doc[first.right_edge.i + 1 : o.i])
            ]
        return found

    def copular_subjects(self, noun: Token) -> list[Token]:
        """Subjects of a predicate noun: "*X* is a supporter of Y" (UD: noun heads the clause;
        ClearNLP: the noun is the copula's ``attr``)."""
        if self.name == "ud":
            return self.active_subjects(noun) if self.children(noun, "cop") else []
        return self.active_subjects(noun.head) if noun.dep_ in self.attr else []

    def indirect_objects(self, verb: Token) -> list[Token]:
        return [c for c, dep in children_of(verb) if dep in self.iobj]

    def children(self, token: Token, role: str) -> list[Token]:
        """Children in one role: ``poss``, ``compound``, ``appos``, ``amod``, ``xcomp``, ``ccomp``,
        ``advcl``, ``acl``, ``relcl``, ``aux``, ``mark``, ``det``, ``cop``."""
        labels: frozenset[str] = getattr(self, role)
        return [c for c, dep in children_of(token) if dep in labels]

    def has_role(self, token: Token, role: str) -> bool:
        return token.dep_ in getattr(self, role)

    def particles(self, verb: Token) -> list[str]:
        """Verb particles, lower case: "pull *out*", "give *up*"."""
        found = [c.lower_ for c, dep in children_of(verb) if dep in self.particle]
        found += [
            c.lower_
            for c, dep in children_of(verb)
            if c.i == verb.i + 1 and dep == "advmod" and c.lower_ in PARTICLE_ADVERBS
        ]
        return found

    def prepositional(self, head: Token) -> list[tuple[str, Token]]:
        """``(preposition, object)`` pairs under ``head``: ``("on", Acme)`` for "a ban on Acme".

        Two-word prepositions are joined with ``_`` ("out_of"); a verb's particle
        directly before the preposition is included too ("frozen out of" gives
        both "of" and "out_of").
        """
        pairs: list[tuple[str, Token]] = []
        if self.name == "ud":
            dates = lexicon().cue("date_word")
            for child, dep in children_of(head):
                base = dep.split(":")[0]
                if base in ("obl", "nmod") and child.lower_ in dates:
                    # "met on Monday with X", "cooperation in recent years with X": the parser hangs the
                    # head's next phrase on the date
                    pairs += self.prepositional(child)
                if (base in ("obl", "nmod") and dep != "nmod:poss") or base == "advcl":
                    cases = [c for c, d in children_of(child) if d in ("case", "mark") and c.i < child.i]
                    if not cases and child.left_edge.dep_ == "case":
                        cases = [child.left_edge]  # "by Emergencies Minister X": "by" hung on a modifier
                    if not cases:
                        continue
                    words = [c.lower_ for c in cases]
                    words += [f.lower_ for c in cases for f, d in children_of(c) if d == "fixed"]
                    pairs.append(("_".join(words), child))
                    if len(words) > 1 and cases[0].pos_ in ("ADP", "ADV", "PART"):
                        pairs.append((words[-1], child))  # "out of" is also "of"; "according to" is no "to"
                    if base == "obl" and words == ["as"]:  # "worked as an engineer at X": the verb's "at"
                        pairs += [pair for pair in self.prepositional(child) if pair[0] != "of"]
        else:
            for child in head.children:
                if child.dep_ in ("prep", "agent"):
                    for grand in child.children:
                        if grand.dep_ in ("pobj", "pcomp"):
                            pairs.append((child.lower_, grand))
                        elif grand.dep_ == "prep":
                            pairs += [
                                (f"{child.lower_}_{grand.lower_}", g)
                                for g in grand.children
                                if g.dep_ in ("pobj", "pcomp")
                            ]
                elif child.dep_ == "advcl":
                    marks = [m.lower_ for m in child.children if m.dep_ == "mark"]
                    if marks:
                        pairs.append((marks[0], child))
        particles = self.particles(head)
        for prep, obj in list(pairs):
            for particle in particles:
                pairs.append((f"{particle}_{prep}", obj))
        return pairs

    def agents(self, verb: Token) -> list[Token]:
        """The "by" phrase of a passive verb, also when the parser hung it on the verb's complement
        ("was labelled a threat by X")."""
        found = [obj for prep, obj in self.prepositional(verb) if prep == "by"]
        if not found:
            complements = [c for c, dep in children_of(verb) if dep in self.xcomp]
            found = [obj for c in complements for prep, obj in self.prepositional(c) if prep == "by"]
        return found

    def is_negated(self, token: Token) -> bool:
        """A negator on the token or on its auxiliaries/copula ("has *not* granted")."""
        for child, dep in children_of(token):
            if dep in ("neg", "advmod", "det") and child.lower_ in NEGATORS:
                return True
        return False


def _labels(*names: str) -> frozenset[str]:
    return frozenset(names)


UD = DepScheme(
    name="ud",
    subj=_labels("nsubj", "csubj", "nsubj:outer"),
    subj_pass=_labels("nsubj:pass", "csubj:pass"),
    obj=_labels("obj"),
    iobj=_labels("iobj"),
    poss=_labels("nmod:poss"),
    compound=_labels("compound", "flat", "flat:name"),
    appos=_labels("appos"),
    amod=_labels("amod"),
    xcomp=_labels("xcomp"),
    ccomp=_labels("ccomp"),
    advcl=_labels("advcl", "advcl:relcl"),
    acl=_labels("acl"),
    relcl=_labels("acl:relcl"),
    aux=_labels("aux"),
    aux_pass=_labels("aux:pass"),
    particle=_labels("compound:prt"),
    mark=_labels("mark"),
    det=_labels("det", "det:poss"),
    cop=_labels("cop"),
    attr=_labels(),
)

CLEAR = DepScheme(
    name="clear",
    subj=_labels("nsubj", "csubj"),
    subj_pass=_labels("nsubjpass", "csubjpass"),
    obj=_labels("dobj"),
    iobj=_labels("dative"),
    poss=_labels("poss"),
    compound=_labels("compound"),
    appos=_labels("appos"),
    amod=_labels("amod"),
    xcomp=_labels("xcomp"),
    ccomp=_labels("ccomp"),
    advcl=_labels("advcl"),
    acl=_labels("acl"),
    relcl=_labels("relcl"),
    aux=_labels("aux"),
    aux_pass=_labels("auxpass"),
    particle=_labels("prt"),
    mark=_labels("mark"),
    det=_labels("det"),
    cop=_labels(),
    attr=_labels("attr", "oprd"),
)


def detect(nlp: Language) -> DepScheme:
    """The scheme of ``nlp``'s parser, read from its labels.

    Raises NewsgraphError E110 when the pipeline has no parser or unknown labels.
    """
    labels: set[str] = set()
    for name, pipe in nlp.pipeline:
        if name == "parser" or (
            getattr(pipe, "moves", None) is not None and "parser" in type(pipe).__name__.lower()
        ):
            labels |= set(pipe.labels)
    if not labels:
        raise NewsgraphError(
            "E110",
            "the spaCy pipeline has no dependency parser",
            "the rules extractor needs a parser; use the bundled pipeline or en_core_web_sm",
        )
    return DepScheme.from_labels(labels)
