"""Modality and attribution of a relation's trigger.

* ``negated``: a negator on the trigger or on the verbs that govern it through
  complements ("has *not* granted", "will *never* use", "*no* ban"), or a
  negative governing verb ("*refused* to sell", "*failed* to block");
* ``hypothetical``: a modal auxiliary (could, may, might, would, should), a
  governing verb of planning, proposing or demanding ("*considering* a ban",
  "*threatened* to block"), a readiness adjective ("*ready* to sell"), a
  directive whose content is the event ("*urged* them to ban"), a hypothetical
  modifier of a nominal trigger ("a *proposed* merger"), or an *if* clause;
* ``asserted`` otherwise.

Reported speech keeps the modality of the reported event: the walk up the
tree stops at a speech verb ("said that X banned Y" stays asserted), whose
subjects are returned as the speakers.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.depscheme import DepScheme
from newsgraph.extract.lexicon import Lexicon
from newsgraph.extract.records import Modality

__all__ = ["ModalityReading", "read_modality"]

MAX_CLIMB = 5


@dataclass(frozen=True)
class ModalityReading:
    modality: Modality
    speech_verb: Token | None = None  # the verb of saying that reports the event, if any


def _up(token: Token, scheme: DepScheme) -> Token | None:
    """The governing predicate whose modality the token's event inherits, if any."""
    if token.dep_ == "ROOT" or token.head == token:
        return None
    if token.dep_ in scheme.acl and token.tag_ in ("VBD", "VBZ", "VBP"):
        return None  # a finite verb parsed as a modifier heads its own clause
    if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and scheme.subjects(token):
        return None  # "X did not pay, and Y accused X": a clause of its own, with its own subject
    if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ", "VBP") and token.head.tag_ == "VB":
        return None  # "urged Y to reconsider and spoke with Z": a finite verb joins no infinitive
    if token.dep_ in scheme.xcomp or token.dep_ == "conj" or token.dep_ in scheme.acl:
        return token.head
    if token.pos_ in ("NOUN", "PROPN") and (token.dep_ in scheme.obj or token.dep_ in scheme.subj_pass):
        return token.head
    if token.dep_ in ("advcl",) and not any(
        m.lower_ in ("because", "since", "after", "when", "while", "as")
        for m in scheme.children(token, "mark")
    ):
        return token.head
    return None


def _complement(token: Token, scheme: DepScheme) -> bool:
    """A clausal complement: ``xcomp``, or an adverbial "to" clause ("asked X *to* leave")."""
    return token.dep_ in scheme.xcomp or (
        token.dep_ in scheme.advcl and any(m.lower_ == "to" for m in scheme.children(token, "mark"))
    )


def read_modality(trigger: Token, scheme: DepScheme, lex: Lexicon) -> ModalityReading:
    """The modality of the event whose trigger (verb or noun) is ``trigger``."""
    negated = hypothetical = False
    speech: Token | None = None
    node: Token | None = trigger
    previous: Token | None = None
    attitude = trigger.pos_ == "NOUN" and lex.lemma_of(trigger) in lex.cue("claim_noun")
    infinitival = False  # passed through a "to" clause ("pressed its allies to exclude X")
    adjunct = False  # passed through a participle beside its verb ("did not comment, *telling* X")
    for _ in range(MAX_CLIMB):
        if node is None or (attitude and node is not trigger):
            break  # "to discuss the concerns": a concern exists whatever is done with it
        if (
            node is not trigger
            and lex.lemma_of(node) in lex.cue("speech_verb")
            and previous is not None
            and previous.dep_ not in scheme.xcomp
        ):
            speech = node
            break
        if not adjunct:  # (what did not happen leaves the participle beside it asserted)
            negated |= scheme.is_negated(node) or any(
                scheme.is_negated(a) for a in scheme.children(node, "aux")
            )
        aux = {a.lower_ for a in scheme.children(node, "aux")} | {
            lex.lemma_of(a) for a in scheme.children(node, "aux")
        }
        hypothetical |= bool(aux & lex.cue("hypothetical_aux"))
        if any(m.lower_ in lex.cue("condition_mark") for m in scheme.children(node, "mark")):
            hypothetical = True
        if node is trigger:
            hypothetical |= any(
                a.lower_ in lex.cue("hypothetical_adj") for a in scheme.children(node, "amod")
            )
            if node.pos_ == "NOUN" and node.dep_ in scheme.subj and node.head != node:
                # "a ban *could* hurt": the modal of the clause the nominal event is the subject of
                hypothetical |= bool(
                    {lex.lemma_of(a) for a in scheme.children(node.head, "aux")} & lex.cue("hypothetical_aux")
                )
        elif node.pos_ == "NOUN":
            # "announced *plans* to exit" reports a decision; "its *intention* to leave", "a *bid* to
            # buy" state an aim (as the verbs "intend", "aim", "attempt" do)
            hypothetical |= lex.lemma_of(node) in lex.cue("hypothetical_noun")
        else:
            lemma = lex.lemma_of(node)
            complement = previous is not None and _complement(previous, scheme)
            # a verb joined to a verb of intent is an event of its own: "studies at X and plays for Y"
            joined = previous is not None and previous.dep_ == "conj" and previous.pos_ in ("VERB", "AUX")
            if lemma in lex.cue("negative_verb"):
                # "refused to buy X" (not "X failed on all fronts, so they pushed Y to buy X")
                negated |= complement
            elif lemma in lex.cue("rejecting_verb") and (complement or previous.dep_ in scheme.obj):
                negated = True  # "rejected a plan to ban X", "opposed banning X": no ban
            elif not joined and (
                lemma in lex.cue("hypothetical_verb")
                or lemma in lex.cue("hypothetical_adj")
                or (lemma in lex.cue("directive_verb") and (complement or infinitival))
            ):
                hypothetical = True
        infinitival |= any(m.lower_ == "to" for m in scheme.children(node, "mark"))
        # the copula of "is ready to" / "are able to" carries the subject but not the modality
        previous, node = node, _up(node, scheme)
        adjunct |= (
            previous.dep_ in scheme.advcl and previous.tag_ == "VBG" and not scheme.children(previous, "mark")
        )
        if previous.dep_ == "ROOT":
            break
    if previous is not None and speech is None:
        speech = _reporting_verb(previous, scheme, lex)
    if negated:
        return ModalityReading(Modality.NEGATED, speech)
    if hypothetical:
        return ModalityReading(Modality.HYPOTHETICAL, speech)
    return ModalityReading(Modality.ASSERTED, speech)


def _reporting_verb(top: Token, scheme: DepScheme, lex: Lexicon) -> Token | None:
    """A speech verb governing the clause through ccomp or parataxis ("X said (that) ...")."""
    node = top
    for _ in range(4):
        if node.dep_ == "conj":  # "X said A banned B, and C blocked D"
            node = node.head
        elif node.dep_ in scheme.ccomp or node.dep_ == "parataxis":
            head = node.head
            if lex.lemma_of(head) in lex.cue("speech_verb"):
                return head
            node = head
        else:
            return None
    return None
