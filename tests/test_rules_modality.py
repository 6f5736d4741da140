"""Modality and attribution on hand-written, hand-parsed sentences (UD labels)."""

from rules_parse import extract, parse, triples


def test_negation_on_the_verb():
    # "Chile did not ban Acme."
    doc = parse(
        """
Chile PROPN nsubj 4
did AUX aux 4 do
not PART advmod 4
ban VERB ROOT 0 ban VB
Acme PROPN obj 4
. PUNCT punct 4
""",
        ents=[(0, 1, "GPE"), (4, 5, "ORG")],
    )
    assert triples(doc) == {("Chile", "bans", "Acme", "negated")}


def test_refuse_to_negates_the_complement():
    # "Peru refused to block Acme."
    doc = parse(
        """
Peru PROPN nsubj 2
refused VERB ROOT 0 refuse
to PART mark 4
block VERB xcomp 2 block VB
Acme PROPN obj 4
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (4, 5, "ORG")],
    )
    assert triples(doc) == {("Peru", "bans", "Acme", "negated")}


def test_modal_auxiliary_is_hypothetical():
    # "Peru could block Acme."
    doc = parse(
        """
Peru PROPN nsubj 3
could AUX aux 3 could MD
block VERB ROOT 0 block VB
Acme PROPN obj 3
. PUNCT punct 3
""",
        ents=[(0, 1, "GPE"), (3, 4, "ORG")],
    )
    assert triples(doc) == {("Peru", "bans", "Acme", "hypothetical")}


def test_readiness_adjective_is_hypothetical_and_makes_supplying_an_offer():
    # "Acme is ready to supply Zenith."
    doc = parse(
        """
Acme PROPN nsubj 3
is AUX cop 3 be
ready ADJ ROOT 0
to PART mark 5
supply VERB xcomp 3 supply VB
Zenith PROPN obj 5
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (5, 6, "ORG")],
    )
    assert triples(doc) == {("Acme", "offersTo", "Zenith", "hypothetical")}


def test_directive_makes_its_content_hypothetical_and_passes_the_object_as_subject():
    # "Acme urged Peru to ban Zenith."
    doc = parse(
        """
Acme PROPN nsubj 2
urged VERB ROOT 0 urge
Peru PROPN obj 2
to PART mark 5
ban VERB xcomp 2 ban VB
Zenith PROPN obj 5
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 3, "GPE"), (5, 6, "ORG")],
    )
    assert triples(doc) == {("Acme", "urges", "Peru", "asserted"), ("Peru", "bans", "Zenith", "hypothetical")}


def test_will_not_use_is_an_asserted_exclusion():
    # "Zenith will not use Acme gear."
    doc = parse(
        """
Zenith PROPN nsubj 4
will AUX aux 4 will MD
not PART advmod 4
use VERB ROOT 0 use VB
Acme PROPN compound 6
gear NOUN obj 4
. PUNCT punct 4
""",
        ents=[(0, 1, "ORG"), (4, 5, "ORG")],
    )
    assert ("Zenith", "excludes", "Acme", "asserted") in triples(doc)


def test_reported_speech_keeps_the_event_modality_and_records_the_speaker():
    # "Jane Roe said that Peru had banned Acme."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
said VERB ROOT 0 say
that SCONJ mark 7
Peru PROPN nsubj 7
had AUX aux 7 have
banned VERB ccomp 3 ban VBN
Acme PROPN obj 7
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 5, "GPE"), (7, 8, "ORG")],
    )
    statements = [s for s in extract(doc).statements if s.relation == "bans"]
    assert [(s.subject.label, s.object.label, s.modality.value) for s in statements] == [
        ("Peru", "Acme", "asserted")
    ]
    assert statements[0].attributed_to is not None and statements[0].attributed_to.label == "Jane Roe"


def test_conditional_clause_is_hypothetical():
    # "If Peru bans Acme, prices rise."
    doc = parse(
        """
If SCONJ mark 3
Peru PROPN nsubj 3
bans VERB advcl 7 ban VBZ
Acme PROPN obj 3
, PUNCT punct 3
prices NOUN nsubj 7 price NNS
rise VERB ROOT 0 rise VBP
. PUNCT punct 7
""",
        ents=[(1, 2, "GPE"), (3, 4, "ORG")],
    )
    assert ("Peru", "bans", "Acme", "hypothetical") in triples(doc)


def test_proposed_merger_is_hypothetical_and_symmetric_pairs_are_found():
    # "Acme and Zenith announced their proposed merger."
    doc = parse(
        """
Acme PROPN nsubj 4
and CCONJ cc 3
Zenith PROPN conj 1
announced VERB ROOT 0 announce
their PRON nmod:poss 7 their PRP$
proposed VERB amod 7 propose VBN
merger NOUN obj 4
. PUNCT punct 4
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG")],
    )
    merges = {(frozenset((s, o)), m) for s, r, o, m in triples(doc) if r == "mergesWith"}
    assert merges == {(frozenset(("Acme", "Zenith")), "hypothetical")}


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_modality_and_the_speaker():
    # "Ana Ruiz said Zentro did not pay, and Peru blocked Zentro."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
said VERB ROOT 0 say
Zentro PROPN nsubj 7
did AUX aux 7 do
not PART advmod 7
pay VERB ccomp 3 pay VB
, PUNCT punct 11
and CCONJ cc 11
Peru PROPN nsubj 11
blocked VERB conj 7 block
Zentro PROPN obj 11
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 4, "ORG"), (9, 10, "GPE"), (11, 12, "ORG")],
    )
    statements = [s for s in extract(doc).statements if s.relation == "bans"]
    assert [(s.subject.label, s.object.label, s.modality.value) for s in statements] == [
        ("Peru", "Zentro", "asserted")
    ]
    assert statements[0].attributed_to is not None and statements[0].attributed_to.label == "Ana Ruiz"


def test_an_intention_to_act_is_hypothetical():
    # "Zentro stated its intention to leave Peru."
    doc = parse(
        """
Zentro PROPN nsubj 2
stated VERB ROOT 0 state
its PRON nmod:poss 4 its PRP$
intention NOUN obj 2
to PART mark 6
leave VERB acl 4 leave VB
Peru PROPN obj 6
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (6, 7, "GPE")],
    )
    assert ("Zentro", "withdrawsFrom", "Peru", "hypothetical") in triples(doc)


def test_a_failure_in_the_main_clause_does_not_negate_an_adverbial_clause():
    # "Chile failed on trade, so now Chile is urging Peru to ban Acme."
    doc = parse(
        """
Chile PROPN nsubj 2
failed VERB ROOT 0 fail
on ADP case 4
trade NOUN obl 2
, PUNCT punct 10
so ADV advmod 10
now ADV advmod 10
Chile PROPN nsubj 10
is AUX aux 10 be
urging VERB advcl 2 urge VBG
Peru PROPN obj 10
to PART mark 13
ban VERB xcomp 10 ban VB
Acme PROPN obj 13
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (7, 8, "GPE"), (10, 11, "GPE"), (13, 14, "ORG")],
    )
    found = triples(doc)
    assert ("Chile", "urges", "Peru", "asserted") in found
    assert ("Peru", "bans", "Acme", "hypothetical") in found


def test_a_finite_verb_coordinated_with_an_infinitive_heads_its_own_clause():
    # "Jane Roe urged Acme to reconsider and met Tom Poe."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
urged VERB ROOT 0 urge
Acme PROPN obj 3
to PART mark 6
reconsider VERB xcomp 3 reconsider VB
and CCONJ cc 8
met VERB conj 6 meet VBD
Tom PROPN obj 8
Poe PROPN flat 9
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 4, "ORG"), (8, 10, "PERSON")],
    )
    assert ("Jane Roe", "contacts", "Tom Poe", "asserted") in triples(doc)


def test_an_unnamed_government_source_speaks_for_its_country():
    # "A Chilean government source said Peru banned Acme."
    doc = parse(
        """
A DET det 4
Chilean ADJ amod 4
government NOUN compound 4
source NOUN nsubj 5
said VERB ROOT 0 say
Peru PROPN nsubj 7
banned VERB ccomp 5 ban
Acme PROPN obj 7
. PUNCT punct 5
""",
        ents=[(5, 6, "GPE"), (7, 8, "ORG")],
    )
    [ban] = [s for s in extract(doc).statements if s.relation == "bans"]
    assert ban.attributed_to is not None and ban.attributed_to.label == "Chile"


def test_a_verb_joined_to_a_verb_of_intent_keeps_its_own_modality():
    # "Jane Roe studies at Zenith University and plays for Acme Club.": studying is no plan to play
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
studies VERB ROOT 0 study VBZ
at ADP case 6
Zenith PROPN compound 6
University PROPN obl 3
and CCONJ cc 8
plays VERB conj 3 play VBZ
for ADP case 11
Acme PROPN compound 11
Club PROPN obl 8
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 6, "ORG"), (9, 11, "ORG")],
    )
    assert ("Jane Roe", "worksFor", "Acme Club", "asserted") in triples(doc)


def test_a_participle_beside_a_negated_verb_is_asserted():
    # "Zentro did not act, telling Kovo Daily the plan was old."
    doc = parse(
        """
Zentro PROPN nsubj 4
did AUX aux 4 do
not PART advmod 4
act VERB ROOT 0 act VB
, PUNCT punct 6
telling VERB advcl 4 tell VBG
Kovo PROPN compound 8
Daily PROPN iobj 6
the DET det 10
plan NOUN nsubj 12
was AUX cop 12 be
old ADJ ccomp 6
. PUNCT punct 4
""",
        ents=[(0, 1, "ORG"), (6, 8, "ORG")],
    )
    found = triples(doc)
    assert ("Zentro", "contacts", "Kovo Daily", "asserted") in found
    assert ("Zentro", "contacts", "Kovo Daily", "negated") not in found


def test_a_plan_rejected_negates_its_event_a_plan_announced_does_not():
    # "Peru rejected a plan to ban Acme." / "Peru announced a plan to ban Acme."
    def found(verb: str, lemma: str) -> set:
        return triples(
            parse(
                f"""
Peru PROPN nsubj 2
{verb} VERB ROOT 0 {lemma}
a DET det 4
plan NOUN obj 2
to PART mark 6
ban VERB acl 4 ban VB
Acme PROPN obj 6
. PUNCT punct 2
""",
                ents=[(0, 1, "GPE"), (6, 7, "ORG")],
            )
        )

    assert ("Peru", "bans", "Acme", "negated") in found("rejected", "reject")
    assert ("Peru", "bans", "Acme", "negated") not in found("announced", "announce")


def test_a_verb_joined_to_a_rejecting_verb_is_an_event_of_its_own():
    # "Peru dismissed the claims and banned Acme."
    doc = parse(
        """
Peru PROPN nsubj 2
dismissed VERB ROOT 0 dismiss
the DET det 4
claims NOUN obj 2 claim
and CCONJ cc 6
banned VERB conj 2 ban
Acme PROPN obj 6
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (6, 7, "ORG")],
    )
    assert ("Peru", "bans", "Acme", "asserted") in triples(doc)


def test_a_rejecting_verb_negates_its_complement():
    # "Peru opposed banning Acme."
    doc = parse(
        """
Peru PROPN nsubj 2
opposed VERB ROOT 0 oppose
banning VERB xcomp 2 ban VBG
Acme PROPN obj 3
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (3, 4, "ORG")],
    )
    assert ("Peru", "bans", "Acme", "negated") in triples(doc)


def test_stop_negates_its_complement():
    # "Kestrel stopped supplying Orvik."
    doc = parse(
        """
Kestrel PROPN nsubj 2
stopped VERB ROOT 0 stop
supplying VERB xcomp 2 supply VBG
Orvik PROPN obj 3
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (3, 4, "ORG")],
    )
    found = triples(doc)
    assert ("Kestrel", "supplies", "Orvik", "negated") in found
    assert ("Kestrel", "supplies", "Orvik", "asserted") not in found
