"""Relation rules on hand-written, hand-parsed sentences (UD labels).

Each sentence is new (not from the sample articles) and exercises one family of
rules: active and passive voice, prepositional and clausal objects, control,
coordination, nominalisations, and the open triples for other verbs.
"""

from rules_parse import extract, parse, triples
from spacy.tokens import Doc

from newsgraph.extract.records import EntityClass


def test_active_verb_with_gerund_object_of_goods():
    # "Norway has banned its carriers from using Acme equipment."
    doc = parse(
        """
Norway PROPN nsubj 3
has AUX aux 3 have
banned VERB ROOT 0 ban VBN
its PRON nmod:poss 5 its PRP$
carriers NOUN obj 3 carrier NNS
from SCONJ mark 7
using VERB advcl 3 use VBG
Acme PROPN compound 9
equipment NOUN obj 7
. PUNCT punct 3
""",
        ents=[(0, 1, "GPE"), (7, 8, "ORG")],
    )
    assert ("Norway", "bans", "Acme", "asserted") in triples(doc)


def test_passive_with_agent():
    # "Zenith was blocked by Brazil."
    doc = parse(
        """
Zenith PROPN nsubj:pass 3
was AUX aux:pass 3 be
blocked VERB ROOT 0 block VBN
by ADP case 5
Brazil PROPN obl:agent 3
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (4, 5, "GPE")],
    )
    assert triples(doc) == {("Brazil", "bans", "Zenith", "asserted")}


def test_passive_without_agent_takes_the_country_it_happens_in():
    # "Zenith has been blocked in Brazil since 2015."
    doc = parse(
        """
Zenith PROPN nsubj:pass 4
has AUX aux 4 have
been AUX aux:pass 4 be
blocked VERB ROOT 0 block VBN
in ADP case 6
Brazil PROPN obl 4
since ADP case 8
2015 NUM obl 4
. PUNCT punct 4
""",
        ents=[(0, 1, "ORG"), (5, 6, "GPE")],
    )
    assert ("Brazil", "bans", "Zenith", "asserted") in triples(doc)


def test_control_verb_passes_its_subject_and_market_names_the_country():
    # "Acme decided to exit the Brazilian market."
    doc = parse(
        """
Acme PROPN nsubj 2
decided VERB ROOT 0 decide
to PART mark 4
exit VERB xcomp 2 exit VB
the DET det 7
Brazilian ADJ amod 7 brazilian
market NOUN obj 4
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG")],
    )
    assert ("Acme", "withdrawsFrom", "Brazil", "asserted") in triples(doc)


def test_phrasal_verb_with_particle_and_preposition():
    # "Acme pulled out of the Mexican market."
    doc = parse(
        """
Acme PROPN nsubj 2
pulled VERB ROOT 0 pull
out ADP compound:prt 2
of ADP case 7
the DET det 7
Mexican ADJ amod 7 mexican
market NOUN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG")],
    )
    assert ("Acme", "withdrawsFrom", "Mexico", "asserted") in triples(doc)


def test_coordination_on_both_sides():
    # "Brazil and Chile banned Acme and Zenith."
    doc = parse(
        """
Brazil PROPN nsubj 4
and CCONJ cc 3
Chile PROPN conj 1
banned VERB ROOT 0 ban
Acme PROPN obj 4
and CCONJ cc 7
Zenith PROPN conj 5
. PUNCT punct 4
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "ORG"), (6, 7, "ORG")],
    )
    assert {(s, o) for s, r, o, m in triples(doc) if r == "bans"} == {
        ("Brazil", "Acme"),
        ("Brazil", "Zenith"),
        ("Chile", "Acme"),
        ("Chile", "Zenith"),
    }


def test_nominalisation_with_possessor_and_preposition():
    # "Canada's ban on Zenith surprised investors."
    doc = parse(
        """
Canada PROPN nmod:poss 3
's PART case 1 's POS
ban NOUN nsubj 6
on ADP case 5
Zenith PROPN nmod 3
surprised VERB ROOT 0 surprise
investors NOUN obj 6 investor NNS
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (4, 5, "ORG")],
    )
    assert ("Canada", "bans", "Zenith", "asserted") in triples(doc)


def test_noun_of_a_light_verb_takes_the_verbs_subject():
    # "Poland is considering a ban on Zenith."
    doc = parse(
        """
Poland PROPN nsubj 3
is AUX aux 3 be
considering VERB ROOT 0 consider VBG
a DET det 5
ban NOUN obj 3
on ADP case 7
Zenith PROPN nmod 5
. PUNCT punct 3
""",
        ents=[(0, 1, "GPE"), (6, 7, "ORG")],
    )
    assert triples(doc) == {("Poland", "bans", "Zenith", "hypothetical")}


def test_deal_to_supply_takes_the_possessor_as_subject():
    # "Acme's deal to supply Zenith was signed."
    doc = parse(
        """
Acme PROPN nmod:poss 3
's PART case 1 's POS
deal NOUN nsubj:pass 8
to PART mark 5
supply VERB acl 3 supply VB
Zenith PROPN obj 5
was AUX aux:pass 8 be
signed VERB ROOT 0 sign VBN
. PUNCT punct 8
""",
        ents=[(0, 1, "ORG"), (5, 6, "ORG")],
    )
    assert ("Acme", "supplies", "Zenith", "asserted") in triples(doc)


def test_copular_noun_trigger():
    # "Acme has been the biggest supporter of Zenith."
    doc = parse(
        """
Acme PROPN nsubj 6
has AUX aux 6 have
been AUX cop 6 be
the DET det 6
biggest ADJ amod 6 big
supporter NOUN ROOT 0
of ADP case 8
Zenith PROPN nmod 6
. PUNCT punct 6
""",
        ents=[(0, 1, "ORG"), (7, 8, "ORG")],
    )
    assert ("Acme", "supports", "Zenith", "asserted") in triples(doc)


def test_arrest_nominalisation_in_passive_with_location():
    # "Jane Roe was arrested in Chile."
    doc = parse(
        """
Jane PROPN nsubj:pass 4
Roe PROPN flat 1
was AUX aux:pass 4 be
arrested VERB ROOT 0 arrest VBN
in ADP case 6
Chile PROPN obl 4
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (5, 6, "GPE")],
    )
    assert ("Chile", "arrests", "Jane Roe", "asserted") in triples(doc)


def test_send_a_letter_to_is_contact():
    # "Jane Roe sent a letter to John Doe."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
sent VERB ROOT 0 send
a DET det 5
letter NOUN obj 3
to ADP case 7
John PROPN obl 3
Doe PROPN flat 7
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON")],
    )
    assert triples(doc) == {("Jane Roe", "contacts", "John Doe", "asserted")}


def test_dominated_by_gives_pairwise_competitors():
    # "The market is dominated by Acme, Zenith and Orbis."
    doc = parse(
        """
The DET det 2
market NOUN nsubj:pass 4
is AUX aux:pass 4 be
dominated VERB ROOT 0 dominate VBN
by ADP case 6
Acme PROPN obl:agent 4
, PUNCT punct 8
Zenith PROPN conj 6
and CCONJ cc 10
Orbis PROPN conj 6
. PUNCT punct 4
""",
        ents=[(5, 6, "ORG"), (7, 8, "ORG"), (9, 10, "ORG")],
    )
    pairs = {frozenset((s, o)) for s, r, o, m in triples(doc) if r == "competesWith"}
    assert pairs == {frozenset(p) for p in (("Acme", "Zenith"), ("Acme", "Orbis"), ("Zenith", "Orbis"))}


def test_unknown_verb_between_entities_is_an_open_triple():
    # "Acme photographed Zenith."
    doc = parse(
        """
Acme PROPN nsubj 2
photographed VERB ROOT 0 photograph
Zenith PROPN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG")],
    )
    assert triples(doc) == {("Acme", None, "Zenith", "asserted")}


def test_class_constraints_block_impossible_relations():
    # "Brazil produces coffee." has no named object; "Brazil leads Chile" is no leads (not a person)
    doc = parse(
        """
Brazil PROPN nsubj 2
leads VERB ROOT 0 lead VBZ
Chile PROPN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    assert not any(r == "leads" for s, r, o, m in triples(doc))


def test_unnamed_spokesperson_speaks_for_the_organisation():
    # "An Acme spokesman told Reuters."
    doc = parse(
        """
An DET det 3
Acme PROPN compound 3
spokesman NOUN nsubj 4
told VERB ROOT 0 tell
Reuters PROPN obj 4
. PUNCT punct 4
""",
        ents=[(1, 2, "ORG"), (4, 5, "ORG")],
    )
    assert ("Acme", "contacts", "Reuters", "asserted") in triples(doc)


def test_customers_without_supplier_are_the_topics_and_where_clause_locates_them():
    # "Acme sells routers. This includes Peru, where Zenith and Orbis are customers."
    doc = parse(
        """
Acme PROPN nsubj 2
sells VERB ROOT 0 sell VBZ
routers NOUN obj 2 router NNS
. PUNCT punct 2
This PRON nsubj 6 this
includes VERB ROOT 0 include VBZ
Peru PROPN obj 6
, PUNCT punct 14
where ADV advmod 14
Zenith PROPN nsubj 14
and CCONJ cc 12
Orbis PROPN conj 10
are AUX cop 14 be
customers NOUN acl:relcl 7 customer NNS
. PUNCT punct 6
""",
        ents=[(0, 1, "ORG"), (6, 7, "GPE"), (9, 10, "ORG"), (11, 12, "ORG")],
    )
    found = triples(doc)
    assert {("Acme", "supplies", "Zenith", "asserted"), ("Acme", "supplies", "Orbis", "asserted")} <= found
    assert {("Zenith", "basedIn", "Peru", "asserted"), ("Orbis", "basedIn", "Peru", "asserted")} <= found


def test_bare_denial_answers_the_earlier_accuser():
    # "Peru accused Acme. Acme denied the accusations."
    doc = parse(
        """
Peru PROPN nsubj 2
accused VERB ROOT 0 accuse
Acme PROPN obj 2
. PUNCT punct 2
Acme PROPN nsubj 6
denied VERB ROOT 0 deny
the DET det 8
accusations NOUN obj 6 accusation NNS
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG"), (4, 5, "ORG")],
    )
    found = triples(doc)
    assert ("Peru", "accuses", "Acme", "asserted") in found
    assert ("Acme", "denies", "Peru", "asserted") in found


def test_order_to_stop_buying_is_a_ban_by_the_office_holder():
    # "Chile's president ordered ministries to stop buying Acme phones."
    doc = parse(
        """
Chile PROPN nmod:poss 3
's PART case 1 's POS
president NOUN nsubj 4
ordered VERB ROOT 0 order
ministries NOUN obj 4 ministry NNS
to PART mark 7
stop VERB xcomp 4 stop VB
buying VERB xcomp 7 buy VBG
Acme PROPN compound 10
phones NOUN obj 8 phone NNS
. PUNCT punct 4
""",
        ents=[(0, 1, "GPE"), (8, 9, "ORG")],
    )
    found = triples(doc)
    assert ("Chile's president", "bans", "Acme", "asserted") in found
    assert ("Chile's president", "nationality", "Chile", "asserted") in found


def test_order_to_remove_a_vendors_equipment_is_a_ban():
    # "Peru ordered operators to remove Acme equipment."
    doc = parse(
        """
Peru PROPN nsubj 2
ordered VERB ROOT 0 order
operators NOUN obj 2 operator NNS
to PART mark 5
remove VERB xcomp 2 remove VB
Acme PROPN compound 7
equipment NOUN obj 5
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 6, "ORG")],
    )
    assert ("Peru", "bans", "Acme", "asserted") in triples(doc)


def test_listed_names_after_a_split_parse_all_compete():
    # "The market is dominated by Acme and Zenith, Orbis of Peru and Kappa from Chile."
    doc = parse(
        """
The DET det 2
market NOUN nsubj:pass 4
is AUX aux:pass 4 be
dominated VERB ROOT 0 dominate VBN
by ADP case 6
Acme PROPN obl:agent 4
and CCONJ cc 8
Zenith PROPN conj 6
, PUNCT punct 10
Orbis PROPN obj 4
of ADP case 12
Peru PROPN nmod 10
and CCONJ cc 14
Kappa PROPN conj 12
from ADP case 16
Chile PROPN nmod 10
. PUNCT punct 4
""",
        ents=[
            (5, 6, "ORG"),
            (7, 8, "ORG"),
            (9, 10, "ORG"),
            (11, 12, "GPE"),
            (13, 14, "ORG"),
            (15, 16, "GPE"),
        ],
    )
    found = triples(doc)
    pairs = {frozenset((s, o)) for s, r, o, m in found if r == "competesWith"}
    assert len(pairs) == 6
    assert ("Orbis", "nationality", "Peru", "asserted") in found
    assert ("Kappa", "nationality", "Chile", "asserted") in found


def test_claim_noun_tagged_as_verb_after_a_denial():
    # "Acme denied Peru claims that Acme spied on Chile." with "claims" mis-tagged as a verb
    doc = parse(
        """
Acme PROPN nsubj 2
denied VERB ROOT 0 deny
Peru PROPN nsubj 4
claims VERB advcl 2 claim VBZ
that SCONJ mark 7
Acme PROPN nsubj 7
spied VERB ccomp 4 spy
on ADP case 9
Chile PROPN obl 7
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 3, "GPE"), (5, 6, "ORG"), (8, 9, "GPE")],
    )
    found = triples(doc)
    assert ("Acme", "denies", "Peru", "asserted") in found
    assert ("Peru", "accuses", "Acme", "asserted") in found


def test_finite_verb_misparsed_as_modifier_keeps_the_noun_before_it_as_subject():
    # "Chile banned Acme after the agency warned Zenith." with "warned" attached as acl of "Acme"
    doc = parse(
        """
Chile PROPN nsubj 2
banned VERB ROOT 0 ban
Acme PROPN obj 2
after ADP case 6
the DET det 6
agency NOUN nmod 3
warned VERB acl 6 warn VBD
Zenith PROPN obj 7
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG"), (7, 8, "ORG")],
    )
    found = triples(doc)
    assert ("Chile", "bans", "Acme", "asserted") in found
    assert not any(s == "Acme" and o == "Zenith" for s, r, o, m in found)


def test_acronym_tagged_as_common_noun_is_still_a_name():
    # "Acme officials told KXTV that the plant is safe."
    doc = parse(
        """
Acme PROPN compound 2
spokesman NOUN nsubj 3
told VERB ROOT 0 tell
KXTV NOUN obj 3 kxtv NN
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG")],
    )
    assert ("Acme", "contacts", "KXTV", "asserted") in triples(doc)


def test_a_to_phrase_parsed_under_the_object_still_names_the_addressee():
    # "Zentro disclosed the problem to the Maritime Agency."
    doc = parse(
        """
Zentro PROPN nsubj 2
disclosed VERB ROOT 0 disclose
the DET det 4
problem NOUN obj 2
to ADP case 8
the DET det 8
Maritime PROPN compound 8
Agency PROPN nmod 4
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (6, 8, "ORG")],
    )
    assert ("Zentro", "contacts", "Maritime Agency", "asserted") in triples(doc)


def test_selling_stores_misparsed_as_indirect_object_is_a_divestment():
    # "Zentro sold its stores to Vexor Holdings."
    doc = parse(
        """
Zentro PROPN nsubj 2
sold VERB ROOT 0 sell
its PRON nmod:poss 4 its PRP$
stores NOUN iobj 2 store NNS
to ADP case 7
Vexor PROPN compound 7
Holdings PROPN obl 2 holding NNPS
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (5, 7, "ORG")],
    )
    found = triples(doc)
    assert ("Zentro", "mergesWith", "Vexor Holdings", "asserted") in found
    assert ("Zentro", "supplies", "Vexor Holdings", "asserted") not in found


def test_the_government_without_a_demonym_is_a_country_not_an_agency():
    # "The Maritime Agency said Zentro told the government."
    doc = parse(
        """
The DET det 3
Maritime PROPN compound 3
Agency PROPN nsubj 4
said VERB ROOT 0 say
Zentro PROPN nsubj 6
told VERB ccomp 4 tell
the DET det 8
government NOUN obj 6
. PUNCT punct 4
""",
        ents=[(1, 3, "ORG"), (4, 5, "ORG")],
    )
    assert ("Zentro", "contacts", "Maritime Agency", "asserted") not in triples(doc)


def test_a_place_based_description_locates_the_entity_it_refers_to():
    # "Orvik Bank grew. The Oslo-based bank hired staff."
    doc = parse(
        """
Orvik PROPN compound 2
Bank PROPN nsubj 3
grew VERB ROOT 0 grow
. PUNCT punct 3
The DET det 9
Oslo PROPN compound 8
- PUNCT punct 8
based VERB amod 9 base VBN
bank NOUN nsubj 10
hired VERB ROOT 0 hire
staff NOUN obj 10
. PUNCT punct 10
""",
        ents=[(0, 2, "ORG"), (5, 6, "GPE")],
    )
    assert ("Orvik Bank", "basedIn", "Oslo", "asserted") in triples(doc)


def test_the_largest_bank_in_a_country_is_based_there_but_a_vendor_only_sells_there():
    # "Orvik Bank is the largest bank in Chile, and Zentro is the largest vendor in Peru."
    doc = parse(
        """
Orvik PROPN compound 2
Bank PROPN nsubj 6
is AUX cop 6 be
the DET det 6
largest ADJ amod 6 large JJS
bank NOUN ROOT 0
in ADP case 8
Chile PROPN nmod 6
, PUNCT punct 15
and CCONJ cc 15
Zentro PROPN nsubj 15
is AUX cop 15 be
the DET det 15
largest ADJ amod 15 large JJS
vendor NOUN conj 6
in ADP case 17
Peru PROPN nmod 15
. PUNCT punct 6
""",
        ents=[(0, 2, "ORG"), (7, 8, "GPE"), (10, 11, "ORG"), (16, 17, "GPE")],
    )
    found = triples(doc)
    assert ("Orvik Bank", "basedIn", "Chile", "asserted") in found
    assert ("Zentro", "basedIn", "Peru", "asserted") not in found


def test_suing_is_an_accusation_and_requiring_a_body_to_act_urges_it():
    # "Peru sued Zentro, and the court required Vexor to pay."
    doc = parse(
        """
Peru PROPN nsubj 2
sued VERB ROOT 0 sue
Zentro PROPN obj 2
, PUNCT punct 8
and CCONJ cc 8
the DET det 7
court NOUN nsubj 8
required VERB conj 2 require
Vexor PROPN obj 8
to PART mark 11
pay VERB xcomp 8 pay VB
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG"), (8, 9, "ORG")],
    )
    found = triples(doc)
    assert ("Peru", "accuses", "Zentro", "asserted") in found


def test_calling_for_the_members_of_a_body_to_act_urges_the_body():
    # "Chile called for ASEAN members to act."
    doc = parse(
        """
Chile PROPN nsubj 2
called VERB ROOT 0 call
for ADP case 5
ASEAN PROPN compound 5
members NOUN obl 2 member NNS
to PART mark 7
act VERB xcomp 2 act VB
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (3, 4, "ORG")],
    )
    assert ("Chile", "urges", "ASEAN", "hypothetical") in triples(doc) or (
        "Chile",
        "urges",
        "ASEAN",
        "asserted",
    ) in triples(doc)


def test_calling_for_a_ban_urges_no_one():
    # "Chile called for a ban on Zentro."
    doc = parse(
        """
Chile PROPN nsubj 2
called VERB ROOT 0 call
for ADP case 5
a DET det 5
ban NOUN obl 2
on ADP case 7
Zentro PROPN nmod 5
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (6, 7, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "urges"}


def test_apologising_to_someone_is_contact_and_demanding_from_a_body_urges_it():
    # "Ana Ruiz apologized to Juan Perez. Chile demanded from Europol to act."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
apologized VERB ROOT 0 apologize
to ADP case 5
Juan PROPN obl 3
Perez PROPN flat 5
. PUNCT punct 3
Chile PROPN nsubj 9
demanded VERB ROOT 0 demand
from ADP case 11
Europol PROPN obl 9
to PART mark 13
act VERB xcomp 9 act VB
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (4, 6, "PERSON"), (7, 8, "GPE"), (10, 11, "ORG")],
    )
    found = {(s, r, o) for s, r, o, _ in triples(doc)}
    assert ("Ana Ruiz", "contacts", "Juan Perez") in found
    assert ("Chile", "urges", "Europol") in found


def test_a_named_unit_introduced_by_its_owners_possessive_is_part_of_it():
    # "Zentro's Chilean chain Vexor Mart grew."
    doc = parse(
        """
Zentro PROPN nmod:poss 4
's PART case 1
Chilean ADJ amod 4
chain NOUN compound 6
Vexor PROPN compound 6
Mart PROPN nsubj 7
grew VERB ROOT 0 grow
sales NOUN obj 7 sale NNS
. PUNCT punct 7
""",
        ents=[(0, 1, "ORG"), (4, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Vexor Mart", "partOf", "Zentro", "asserted") in found
    assert ("Vexor Mart", "nationality", "Chile", "asserted") in found


def test_the_subject_of_sanctions_is_their_object_and_a_demonym_their_author():
    # "Zentro has been the subject of Canadian sanctions."
    doc = parse(
        """
Zentro PROPN nsubj 5
has AUX aux 5 have
been AUX cop 5 be VBN
the DET det 5
subject NOUN ROOT 0
of ADP case 8
Canadian ADJ amod 8
sanctions NOUN nmod 5 sanction NNS
. PUNCT punct 5
""",
        ents=[(0, 1, "ORG")],
    )
    assert ("Canada", "bans", "Zentro", "asserted") in triples(doc)


def test_allies_named_as_examples_are_allies_of_the_one_who_urges_them():
    # "Canada urged allies such as Norway to act."
    doc = parse(
        """
Canada PROPN nsubj 2
urged VERB ROOT 0 urge
allies NOUN obj 2 ally NNS
such ADJ case 6
as ADP fixed 4
Norway PROPN nmod 3
to PART mark 8
act VERB xcomp 2 act VB
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 6, "GPE")],
    )
    pairs = {(s, o) for s, r, o, m in triples(doc) if r == "allyOf" and m == "asserted"}
    assert pairs & {("Canada", "Norway"), ("Norway", "Canada")}


def test_a_fronted_participle_takes_the_name_after_its_comma_as_subject():
    # "Speaking to Kestrel, Ana Ruiz said so." (the name misparsed as a dependent of the participle)
    doc = parse(
        """
Speaking VERB ROOT 0 speak VBG
to ADP case 3
Kestrel PROPN obl 1
, PUNCT punct 5
Ana PROPN dep 1
Ruiz PROPN flat 5
said VERB parataxis 1 say
so ADV advmod 7
. PUNCT punct 1
""",
        ents=[(2, 3, "ORG"), (4, 6, "PERSON")],
    )
    assert ("Ana Ruiz", "contacts", "Kestrel", "asserted") in triples(doc)


def test_a_fronted_participle_misread_as_the_clausal_subject_takes_the_main_verbs_subject():
    # "Speaking to Kestrel, an attendee Ana Ruiz said so." (the participle parsed as the subject of
    # "said", the name as its dependent)
    doc = parse(
        """
Speaking VERB csubj 9 speak VBG
to ADP case 3
Kestrel PROPN obl 1
, PUNCT punct 6
an DET det 6
attendee NOUN appos 1
Ana PROPN obl 1
Ruiz PROPN flat 7
said VERB ROOT 0 say VBD
so ADV advmod 9
. PUNCT punct 9
""",
        ents=[(2, 3, "ORG"), (6, 8, "PERSON")],
    )
    assert ("Ana Ruiz", "contacts", "Kestrel", "asserted") in triples(doc)


def test_a_participle_opening_a_clause_without_a_comma_stays_its_subject():
    # "Talking to Orvik about Kestrel supports Peru." (the clause, not Kestrel, supports Peru)
    doc = parse(
        """
Talking VERB csubj 6 talk VBG
to ADP case 3
Orvik PROPN obl 1
about ADP case 5
Kestrel PROPN obl 1
supports VERB ROOT 0 support VBZ
Peru PROPN obj 6
. PUNCT punct 6
""",
        ents=[(2, 3, "ORG"), (4, 5, "ORG"), (6, 7, "ORG")],
    )
    assert ("Kestrel", "supports", "Peru", "asserted") not in triples(doc)


def test_a_name_between_commas_before_a_verb_the_parser_left_without_subject_is_its_subject():
    # "Speaking to Kestrel, the head of Orvik, Ana Ruiz, said Peru banned Tarvo." (the name parsed
    # into the title's phrase); not a place: "..., the mayor of Orvik, Lima, said" has no speaker
    def statements(name: list[str], label: str):
        flat = "".join(f"{word} PROPN flat 10\n" for word in name[1:])
        said = 11 + len(name)
        lines = (
            f"Speaking VERB advcl {said} speak VBG\nto ADP case 3\nKestrel PROPN obl 1\n, PUNCT punct 6\n"
            "the DET det 6\nhead NOUN appos 3\nof ADP case 8\nOrvik PROPN nmod 6\n, PUNCT punct 10\n"
            f"{name[0]} PROPN conj 8\n{flat}, PUNCT punct 1\nsaid VERB ROOT 0 say VBD\n"
            f"Peru PROPN nsubj {said + 2}\nbanned VERB ccomp {said} ban VBD\nTarvo PROPN obj {said + 2}\n"
            f". PUNCT punct {said}\n"
        )
        ents = [(2, 3, "ORG"), (7, 8, "ORG"), (9, 9 + len(name), label), (said, said + 1, "GPE")]
        ents.append((said + 2, said + 3, "ORG"))
        return extract(parse(lines, ents=ents)).statements

    found = statements(["Ana", "Ruiz"], "PERSON")
    pairs = {(x.subject.label, x.relation, x.object.label) for x in found}
    assert ("Ana Ruiz", "contacts", "Kestrel") in pairs
    assert [s.attributed_to.label for s in found if s.relation == "bans"] == ["Ana Ruiz"]
    found = statements(["Lima"], "GPE")
    assert not [s for s in found if s.relation == "contacts"]
    assert [s.attributed_to for s in found if s.relation == "bans"] == [None]


def test_a_coordinated_copular_description_locates_the_subject():
    # "Orvik is the largest radio and television company in Chile."
    doc = parse(
        """
Orvik PROPN nsubj 5
is AUX cop 5 be
the DET det 5
largest ADJ amod 5 large JJS
radio NOUN ROOT 0
and CCONJ cc 8
television NOUN compound 8
company NOUN conj 5
in ADP case 10
Chile PROPN nmod 5
. PUNCT punct 5
""",
        ents=[(0, 1, "ORG"), (9, 10, "GPE")],
    )
    assert ("Orvik", "basedIn", "Chile", "asserted") in triples(doc)


def test_a_joint_venture_or_partnership_with_a_company_is_an_alliance():
    # "Zentro left its joint venture with Vexor Holdings."
    doc = parse(
        """
Zentro PROPN nsubj 2
left VERB ROOT 0 leave
its PRON nmod:poss 5 its PRP$
joint ADJ amod 5
venture NOUN obj 2
with ADP case 8
Vexor PROPN compound 8
Holdings PROPN nmod 5 holding NNPS
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (6, 8, "ORG")],
    )
    pairs = {(s, o) for s, r, o, _ in triples(doc) if r == "allyOf"}
    assert pairs & {("Zentro", "Vexor Holdings"), ("Vexor Holdings", "Zentro")}


def test_who_after_a_name_and_comma_is_that_name_not_the_whole_coordination():
    # "Ana Ruiz and Juan Perez, who leads the Energy Committee, spoke."
    doc = parse(
        """
Ana PROPN nsubj 13
Ruiz PROPN flat 1
and CCONJ cc 4
Juan PROPN conj 1
Perez PROPN flat 4
, PUNCT punct 8
who PRON nsubj 8
leads VERB acl:relcl 1 lead VBZ
the DET det 11
Energy PROPN compound 11
Committee PROPN obj 8
, PUNCT punct 8
spoke VERB ROOT 0 speak
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (9, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Juan Perez", "leads", "Energy Committee", "asserted") in found
    assert ("Ana Ruiz", "leads", "Energy Committee", "asserted") not in found


def test_the_state_of_a_named_place_is_that_place_not_the_country_before():
    # "Canada grew. Zentro sued the state of Montana."
    doc = parse(
        """
Canada PROPN nsubj 2
grew VERB ROOT 0 grow
. PUNCT punct 2
Zentro PROPN nsubj 5
sued VERB ROOT 0 sue
the DET det 7
state NOUN obj 5
of ADP case 9
Montana PROPN nmod 7
. PUNCT punct 5
""",
        ents=[(0, 1, "GPE"), (3, 4, "ORG"), (8, 9, "LOC")],
    )
    assert ("Zentro", "accuses", "Canada", "asserted") not in triples(doc)


def _danger_clause(verb: str, lemma: str, clause: str) -> Doc:
    """ "Peru {verb} Acme {clause}." with the clause parsed as the verb's complement."""
    lines, head = {  # the clause's words, and the index of its head (Acme's head)
        "poses a risk": ("poses VERB ccomp 2 pose VBZ\na DET det 6\nrisk NOUN obj 4", 4),
        "poses no risk": ("poses VERB ccomp 2 pose VBZ\nno DET det 6\nrisk NOUN obj 4", 4),
        "is a threat": ("is AUX cop 6 be VBZ\na DET det 6\nthreat NOUN ccomp 2", 6),
        "bought a risk": ("bought VERB ccomp 2 buy VBD\na DET det 6\nrisk NOUN obj 4", 4),
        "lied in May": ("lied VERB ccomp 2 lie VBD\nin ADP case 6\nMay PROPN obl 4", 4),
        "did not lie in May": (
            "did AUX aux 6 do VBD\nnot PART advmod 6\nlie VERB ccomp 2 lie VB\n"
            "in ADP case 8\nMay PROPN obl 6",
            6,
        ),
    }[clause]
    return parse(
        f"""
Peru PROPN nsubj 2
{verb} VERB ROOT 0 {lemma} VBD
Acme PROPN nsubj {head}
{lines}
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG")],
    )


def test_saying_that_someone_poses_a_risk_or_is_a_threat_accuses_them():
    # "Peru said Acme poses a risk." / "Peru found Acme is a threat."
    assert ("Peru", "accuses", "Acme", "asserted") in triples(_danger_clause("said", "say", "poses a risk"))
    assert ("Peru", "accuses", "Acme", "asserted") in triples(_danger_clause("found", "find", "is a threat"))


def test_saying_or_telling_that_someone_did_wrong_accuses_them_unless_denied():
    # "Peru said Acme lied in May." / "Peru told Acme lied in May." (sic: the parse is the test) /
    # "Peru said Acme did not lie in May."
    accused = ("Peru", "accuses", "Acme", "asserted")
    assert accused in triples(_danger_clause("said", "say", "lied in May"))
    assert accused in triples(_danger_clause("told", "tell", "lied in May"))
    assert accused not in triples(_danger_clause("said", "say", "did not lie in May"))


def test_a_clause_denying_the_danger_or_saying_something_else_accuses_nobody():
    # "Peru said Acme poses no risk." / "Peru claimed Acme bought a risk."
    assert not {t for t in triples(_danger_clause("said", "say", "poses no risk")) if t[1] == "accuses"}
    assert not {t for t in triples(_danger_clause("claimed", "claim", "bought a risk")) if t[1] == "accuses"}


def test_a_verb_that_can_report_a_danger_is_still_an_open_triple_otherwise():
    # "Peru claimed Acme."
    doc = parse(
        """
Peru PROPN nsubj 2
claimed VERB ROOT 0 claim VBD
Acme PROPN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG")],
    )
    assert ("Peru", None, "Acme", "asserted") in triples(doc)


def test_a_named_subsidiary_after_the_owners_possessive_is_part_of_the_owner():
    # "Acme Corp sold its Peruvian subsidiary Zento." / "... its supply chain." names no unit
    doc = parse(
        """
Acme PROPN compound 2
Corp PROPN nsubj 3
sold VERB ROOT 0 sell VBD
its PRON nmod:poss 6 its PRP$
Peruvian ADJ amod 6
subsidiary NOUN compound 7
Zento PROPN obj 3
. PUNCT punct 3
Acme PROPN compound 10
Corp PROPN nsubj 11
fixed VERB ROOT 0 fix VBD
its PRON nmod:poss 14 its PRP$
supply NOUN compound 14
chain NOUN obj 11
. PUNCT punct 11
""",
        ents=[(0, 2, "ORG"), (6, 7, "ORG"), (8, 10, "ORG")],
    )
    found = triples(doc)
    assert ("Zento", "partOf", "Acme Corp", "asserted") in found
    assert {t for t in found if t[1] == "partOf"} == {("Zento", "partOf", "Acme Corp", "asserted")}


def test_a_where_clause_attached_to_one_of_its_words_still_places_its_subjects():
    # "It covers Peru, where Acme and Zento are customers." ("where" and "customers" misattached)
    doc = parse(
        """
It PRON nsubj 2 it PRP
covers VERB ROOT 0 cover VBZ
Peru PROPN obj 2
, PUNCT punct 6
where ADV advmod 6 where WRB
Acme PROPN nsubj 11
and CCONJ cc 8
Zento PROPN conj 6
are AUX cop 11 be VBP
all ADV advmod 11
customers NOUN conj 3 customer NNS
. PUNCT punct 2
""",
        ents=[(2, 3, "GPE"), (5, 6, "ORG"), (7, 8, "ORG")],
    )
    found = triples(doc)
    assert {("Acme", "basedIn", "Peru", "asserted"), ("Zento", "basedIn", "Peru", "asserted")} <= found


def test_denied_claims_read_as_a_verb_still_answer_the_accuser():
    # "Peru accused Acme. Acme denied claims that it spied." ("claims" parsed as an xcomp verb)
    doc = parse(
        """
Peru PROPN nsubj 2
accused VERB ROOT 0 accuse VBD
Acme PROPN obj 2
. PUNCT punct 2
Acme PROPN nsubj 6
denied VERB ROOT 0 deny VBD
claims VERB xcomp 6 claim VBZ
that SCONJ mark 10
it PRON nsubj 10 it PRP
spied VERB ccomp 7 spy VBD
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG"), (4, 5, "ORG")],
    )
    assert ("Acme", "denies", "Peru", "asserted") in triples(doc)


def test_a_main_verb_without_a_subject_takes_the_name_right_before_it():
    # "In a letter on May 5 Ana Ruiz urged Peru to act." (the name parsed into the date phrase)
    doc = parse(
        """
In ADP case 3
a DET det 3
letter NOUN obl 9 letter
on ADP case 5
May PROPN nmod 3
5 NUM nummod 5
Ana PROPN flat 5
Ruiz PROPN flat 5
urged VERB ROOT 0 urge VBD
Peru PROPN obj 9
to PART mark 12
act VERB xcomp 9
. PUNCT punct 9
""",
        ents=[(6, 8, "PERSON"), (9, 10, "GPE")],
    )
    assert ("Ana Ruiz", "urges", "Peru", "asserted") in triples(doc)


def test_praise_supports_impeachment_accuses_and_an_interview_is_contact():
    # "Ana Ruiz praised Zento. Peru's Congress impeached Ana Ruiz. Acme News interviewed Ana Ruiz."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
praised VERB ROOT 0 praise VBD
Zento PROPN obj 3
. PUNCT punct 3
Peru PROPN nmod:poss 8
's PART case 6
Congress PROPN nsubj 9
impeached VERB ROOT 0 impeach VBD
Ana PROPN obj 9
Ruiz PROPN flat 10
. PUNCT punct 9
Acme PROPN compound 14
News PROPN nsubj 15
interviewed VERB ROOT 0 interview VBD
Ana PROPN obj 15
Ruiz PROPN flat 16
. PUNCT punct 15
""",
        ents=[
            (0, 2, "PERSON"),
            (3, 4, "ORG"),
            (5, 6, "GPE"),
            (7, 8, "ORG"),
            (9, 11, "PERSON"),
            (12, 14, "ORG"),
            (15, 17, "PERSON"),
        ],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "supports", "Zento", "asserted") in found
    assert ("Acme News", "contacts", "Ana Ruiz", "asserted") in found
    assert {t for t in found if t[1] == "accuses" and t[2] == "Ana Ruiz"}


def test_a_deal_to_supply_read_with_to_as_a_preposition_is_still_the_owners_supply():
    # "Critics attacked Acme's deal to supply Zento." ("supply" attached to "attacked")
    doc = parse(
        """
Critics NOUN nsubj 2 critic NNS
attacked VERB ROOT 0 attack VBD
Acme PROPN nmod:poss 5
's PART case 3
deal NOUN obj 2
to ADP case 7
supply VERB obl 2
Zento PROPN obj 7
. PUNCT punct 2
""",
        ents=[(2, 3, "ORG"), (7, 8, "ORG")],
    )
    assert ("Acme", "supplies", "Zento", "asserted") in triples(doc)


def test_a_conversation_with_and_a_statement_to_are_contacts():
    # "Jane Roe had a phone conversation with John Doe. Velmar said in a statement to the Kestrel Mail
    # that it grew."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
had VERB ROOT 0 have
a DET det 6
phone NOUN compound 6
conversation NOUN obj 3
with ADP case 8
John PROPN nmod 6
Doe PROPN flat 8
. PUNCT punct 3
Velmar PROPN nsubj 12
said VERB ROOT 0 say
in ADP case 15
a DET det 15
statement NOUN obl 12
to ADP case 19
the DET det 19
Kestrel PROPN compound 19
Mail PROPN nmod 15
that SCONJ mark 22
it PRON nsubj 22
grew VERB ccomp 12 grow
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (7, 9, "PERSON"), (10, 11, "ORG"), (17, 19, "ORG")],
    )
    found = triples(doc)
    assert ("Jane Roe", "contacts", "John Doe", "asserted") in found
    assert ("Velmar", "contacts", "Kestrel Mail", "asserted") in found


def test_receiving_a_notice_from_x_and_demanding_an_explanation_from_x():
    # "Velmar received a legal notice from Kestrel Group. Chile demanded an explanation from Peru."
    doc = parse(
        """
Velmar PROPN nsubj 2
received VERB ROOT 0 receive
a DET det 5
legal ADJ amod 5
notice NOUN obj 2
from ADP case 8
Kestrel PROPN compound 8
Group PROPN nmod 5
. PUNCT punct 2
Chile PROPN nsubj 11
demanded VERB ROOT 0 demand
an DET det 13
explanation NOUN obj 11
from ADP case 15
Peru PROPN nmod 13
. PUNCT punct 11
""",
        ents=[(0, 1, "ORG"), (6, 8, "ORG"), (9, 10, "GPE"), (14, 15, "GPE")],
    )
    found = triples(doc)
    assert ("Kestrel Group", "contacts", "Velmar", "asserted") in found
    assert ("Chile", "urges", "Peru", "asserted") in found
    assert ("Velmar", "contacts", "Kestrel Group", "asserted") not in found


def test_receiving_goods_from_x_is_no_contact():
    # "Velmar received a shipment from Kestrel Group."
    doc = parse(
        """
Velmar PROPN nsubj 2
received VERB ROOT 0 receive
a DET det 4
shipment NOUN obj 2
from ADP case 7
Kestrel PROPN compound 7
Group PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (5, 7, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "contacts"}


def test_opposing_xs_statement_criticizes_x_and_a_country_withdraws_troops():
    # "Jane Roe opposed John Doe's statement. Chile will withdraw its troops from Peru."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
opposed VERB ROOT 0 oppose
John PROPN nmod:poss 7
Doe PROPN flat 4
's PART case 4 's POS
statement NOUN obj 3
. PUNCT punct 3
Chile PROPN nsubj 11
will AUX aux 11
withdraw VERB ROOT 0
its PRON nmod:poss 13 its PRP$
troops NOUN obj 11 troop NNS
from ADP case 15
Peru PROPN obl 11
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (8, 9, "GPE"), (14, 15, "GPE")],
    )
    found = triples(doc)
    assert ("Jane Roe", "criticizes", "John Doe", "asserted") in found
    assert ("Chile", "withdrawsFrom", "Peru", "asserted") in found


def test_reaching_out_to_discussing_with_and_speaking_on_an_outlet_are_contacts():
    # "Jane Roe reached out to John Doe. Velmar discussed the plan with Kestrel Group. Mary Major
    # spoke on Tandex News on Monday."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
reached VERB ROOT 0 reach
out ADP compound:prt 3
to ADP case 6
John PROPN obl 3
Doe PROPN flat 6
. PUNCT punct 3
Velmar PROPN nsubj 10
discussed VERB ROOT 0 discuss
the DET det 12
plan NOUN obj 10
with ADP case 15
Kestrel PROPN compound 15
Group PROPN obl 10
. PUNCT punct 10
Mary PROPN nsubj 19
Major PROPN flat 17
spoke VERB ROOT 0 speak
on ADP case 22
Tandex PROPN compound 22
News PROPN obl 19
on ADP case 24
Monday PROPN obl 19
. PUNCT punct 19
""",
        ents=[
            (0, 2, "PERSON"),
            (5, 7, "PERSON"),
            (8, 9, "ORG"),
            (13, 15, "ORG"),
            (16, 18, "PERSON"),
            (20, 22, "ORG"),
        ],
    )
    found = triples(doc)
    assert ("Jane Roe", "contacts", "John Doe", "asserted") in found
    assert ("Velmar", "contacts", "Kestrel Group", "asserted") in found
    assert ("Mary Major", "contacts", "Tandex News", "asserted") in found


def test_a_businesss_own_company_and_product_named_after_its_possessive():
    # "Velmar's Kestrel Group sells Velmar's Zento Phone, not Velmar's Tandex database."
    doc = parse(
        """
Velmar PROPN nmod:poss 4
's PART case 1 's POS
Kestrel PROPN compound 4
Group PROPN nsubj 5
sells VERB ROOT 0 sell
Velmar PROPN nmod:poss 9
's PART case 6 's POS
Zento PROPN compound 9
Phone PROPN obj 5
, PUNCT punct 15
not PART advmod 15
Velmar PROPN nmod:poss 15
's PART case 12 's POS
Tandex PROPN compound 15
database NOUN conj 9
. PUNCT punct 5
""",
        ents=[
            (0, 1, "ORG"),
            (2, 4, "ORG"),
            (5, 6, "ORG"),
            (7, 9, "PRODUCT"),
            (11, 12, "ORG"),
            (13, 14, "ORG"),
        ],
    )
    found = triples(doc)
    assert ("Kestrel Group", "partOf", "Velmar", "asserted") in found
    assert ("Velmar", "produces", "Zento Phone", "asserted") in found
    assert not {t for t in found if "Tandex" in t[0] + t[2]}


def test_the_names_listed_in_a_grouping_said_of_a_body_are_its_members():
    # "The Kestrel Forum is an informal group of three countries, Chile, Peru and Bolivia."
    doc = parse(
        """
The DET det 3
Kestrel PROPN compound 3
Forum PROPN nsubj 7
is AUX cop 7
an DET det 7
informal ADJ amod 7
group NOUN ROOT 0
of ADP case 10
three NUM nummod 10
countries NOUN nmod 7 country NNS
, PUNCT punct 12
Chile PROPN conj 10
, PUNCT punct 14
Peru PROPN conj 10
and CCONJ cc 16
Bolivia PROPN conj 10
. PUNCT punct 7
""",
        ents=[(1, 3, "ORG"), (11, 12, "GPE"), (13, 14, "GPE"), (15, 16, "GPE")],
    )
    found = triples(doc)
    for country in ("Chile", "Peru", "Bolivia"):
        assert (country, "memberOf", "Kestrel Forum", "asserted") in found


def test_expelling_an_unnamed_ambassador_bans_the_office_holder():
    # "Chile expelled the Peruvian ambassador on Friday."
    doc = parse(
        """
Chile PROPN nsubj 2
expelled VERB ROOT 0 expel
the DET det 5
Peruvian ADJ amod 5
ambassador NOUN obj 2
on ADP case 7
Friday PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (3, 4, "NORP")],
    )
    found = triples(doc)
    assert ("Chile", "bans", "Peruvian ambassador", "asserted") in found
    assert ("Peruvian ambassador", "nationality", "Peru", "asserted") in found


def test_an_envoys_office_is_named_with_where_it_is_posted():
    # "Chile expelled the Peruvian ambassador to Chile."
    doc = parse(
        """
Chile PROPN nsubj 2
expelled VERB ROOT 0 expel
the DET det 5
Peruvian ADJ amod 5
ambassador NOUN obj 2
to ADP case 7
Chile PROPN nmod 5
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (3, 4, "NORP"), (6, 7, "GPE")],
    )
    assert ("Chile", "bans", "Peruvian ambassador to Chile", "asserted") in triples(doc)


def test_putting_a_company_on_a_sanctions_list_bans_it_but_not_any_list():
    # "Chile added Velmar Corp to its Entity List. Peru added Kestrel Group to its list of partners."
    doc = parse(
        """
Chile PROPN nsubj 2
added VERB ROOT 0 add
Velmar PROPN compound 4
Corp PROPN obj 2
to ADP case 8
its PRON nmod:poss 8 its PRP$
Entity PROPN compound 8
List PROPN obl 2 list
. PUNCT punct 2
Peru PROPN nsubj 11
added VERB ROOT 0 add
Kestrel PROPN compound 13
Group PROPN obj 11
to ADP case 16
its PRON nmod:poss 16 its PRP$
list NOUN obl 11
of ADP case 18
partners NOUN nmod 16 partner NNS
. PUNCT punct 11
""",
        ents=[(0, 1, "GPE"), (2, 4, "ORG"), (9, 10, "GPE"), (11, 13, "ORG")],
    )
    found = triples(doc)
    assert ("Chile", "bans", "Velmar Corp", "asserted") in found
    assert not {t for t in found if t[0] == "Peru" and t[1] == "bans"}


def test_two_companies_named_with_suffixes_are_two_names_and_the_possessors_rivals():
    # "Velmar Corp and Kestrel AB are Zento Group's main rivals."
    doc = parse(
        """
Velmar PROPN compound 2
Corp PROPN nsubj 11
and CCONJ cc 5
Kestrel PROPN compound 5
AB PROPN conj 2
are AUX cop 11
Zento PROPN compound 8
Group PROPN nmod:poss 11
's PART case 8 's POS
main ADJ amod 11
rivals NOUN ROOT 0 rival NNS
. PUNCT punct 11
""",
        ents=[(0, 2, "ORG"), (3, 5, "ORG"), (6, 8, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar Corp", "competesWith", "Zento Group", "asserted") in found
    assert ("Kestrel AB", "competesWith", "Zento Group", "asserted") in found


def test_barring_firms_from_dealing_with_x_bans_x_not_the_firms_country():
    # "Chile barred Peruvian firms from doing business with Velmar Corp."
    doc = parse(
        """
Chile PROPN nsubj 2
barred VERB ROOT 0 bar
Peruvian ADJ amod 4
firms NOUN obj 2 firm NNS
from SCONJ mark 6
doing VERB advcl 2 do VBG
business NOUN obj 6
with ADP case 10
Velmar PROPN compound 10
Corp PROPN obl 6
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "NORP"), (8, 10, "ORG")],
    )
    found = triples(doc)
    assert ("Chile", "bans", "Velmar Corp", "asserted") in found
    assert ("Chile", "bans", "Peru", "asserted") not in found


def test_the_object_of_a_verb_is_the_subject_of_its_as_clause():
    # "Peru described Zenith as criticizing Acme." (Zenith criticizes Acme, not Peru)
    doc = parse(
        """
Peru PROPN nsubj 2
described VERB ROOT 0 describe
Zenith PROPN obj 2
as SCONJ mark 5
criticizing VERB advcl 2 criticize VBG
Acme PROPN obj 5
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG"), (5, 6, "ORG")],
    )
    criticism = {(s, o) for s, r, o, _ in triples(doc) if r == "criticizes"}
    assert criticism == {("Zenith", "Acme")}


def test_holding_someone_in_contempt_accuses_them_in_both_voices():
    # "The Senate voted to hold Jane Roe in contempt." / "John Doe was held in contempt by the Senate."
    active = parse(
        """
The DET det 2
Senate PROPN nsubj 3
voted VERB ROOT 0 vote
to PART mark 5
hold VERB xcomp 3 hold VB
Jane PROPN obj 5
Roe PROPN flat 6
in ADP case 9
contempt NOUN obl 5
. PUNCT punct 3
""",
        ents=[(1, 2, "ORG"), (5, 7, "PERSON")],
    )
    assert ("Senate", "accuses", "Jane Roe", "asserted") in triples(active)
    passive = parse(
        """
John PROPN nsubj:pass 4
Doe PROPN flat 1
was AUX aux:pass 4 be
held VERB ROOT 0 hold VBN
in ADP case 6
contempt NOUN obl 4
by ADP case 9
the DET det 9
Senate PROPN obl:agent 4
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (8, 9, "ORG")],
    )
    assert ("Senate", "accuses", "John Doe", "asserted") in triples(passive)
    # "The Senate held talks with Jane Roe.": holding alone is no accusation
    talks = parse(
        """
The DET det 2
Senate PROPN nsubj 3
held VERB ROOT 0 hold
talks NOUN obj 3 talk NNS
with ADP case 6
Jane PROPN nmod 4
Roe PROPN flat 6
. PUNCT punct 3
""",
        ents=[(1, 2, "ORG"), (5, 7, "PERSON")],
    )
    assert not any(p == "accuses" for _, p, _, _ in triples(talks))


def test_a_court_convicting_sentencing_or_fining_someone_accuses_them():
    # "The Zenith High Court convicted Jane Roe of fraud." (and "sentenced", "fined")
    for verb, lemma in (("convicted", "convict"), ("sentenced", "sentence"), ("fined", "fine")):
        doc = parse(
            f"""
The DET det 4
Zenith PROPN compound 4
High PROPN compound 4
Court PROPN nsubj 5
{verb} VERB ROOT 0 {lemma}
Jane PROPN obj 5
Roe PROPN flat 6
of ADP case 9
fraud NOUN obl 5
. PUNCT punct 5
""",
            ents=[(1, 4, "ORG"), (5, 7, "PERSON")],
        )
        assert ("Zenith High Court", "accuses", "Jane Roe", "asserted") in triples(doc), verb


def test_criticising_a_deal_between_two_parties_criticises_both():
    # "Norway criticised the treaty between Peru and Chile."
    doc = parse(
        """
Norway PROPN nsubj 2
criticised VERB ROOT 0 criticise
the DET det 4
treaty NOUN obj 2
between ADP case 6
Peru PROPN nmod 4
and CCONJ cc 8
Chile PROPN conj 6
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 6, "GPE"), (7, 8, "GPE")],
    )
    assert {("Norway", "criticizes", "Peru", "asserted"), ("Norway", "criticizes", "Chile", "asserted")} <= (
        triples(doc)
    )


def test_a_ban_on_flights_to_a_country_bans_the_country_but_not_a_statement_to_a_medium():
    # "Norway announced restrictions on flights to Peru."
    doc = parse(
        """
Norway PROPN nsubj 2
announced VERB ROOT 0 announce
restrictions NOUN obj 2 restriction NNS
on ADP case 5
flights NOUN nmod 3 flight NNS
to ADP case 7
Peru PROPN nmod 5
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (6, 7, "GPE")],
    )
    assert ("Norway", "bans", "Peru", "asserted") in triples(doc)
    # "Norway criticised the statement to Acme News.": where a statement went is not whom it criticises
    statement = parse(
        """
Norway PROPN nsubj 2
criticised VERB ROOT 0 criticise
the DET det 4
statement NOUN obj 2
to ADP case 7
Acme PROPN compound 7
News PROPN nmod 4
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 7, "ORG")],
    )
    assert not any(p == "criticizes" for _, p, _, _ in triples(statement))


def test_a_committee_named_with_a_body_of_the_text_is_part_of_it():
    # "The Assembly passed laws. The Assembly Finance Committee met."
    doc = parse(
        """
The DET det 2
Assembly PROPN nsubj 3
passed VERB ROOT 0 pass
laws NOUN obj 3 law NNS
. PUNCT punct 3
The DET det 9
Assembly PROPN compound 9
Finance PROPN compound 9
Committee PROPN nsubj 10
met VERB ROOT 0 meet
. PUNCT punct 10
""",
        ents=[(1, 2, "ORG"), (6, 9, "ORG")],
    )
    assert ("Assembly Finance Committee", "partOf", "Assembly", "asserted") in triples(doc)
    # "The Zenith Assembly's Committee on Trade met.": introduced by its possessive
    owned = parse(
        """
The DET det 3
Zenith PROPN compound 3
Assembly PROPN nmod:poss 5
's PART case 3
Committee PROPN nsubj 8
on ADP case 7
Trade PROPN nmod 5
met VERB ROOT 0 meet
. PUNCT punct 8
""",
        ents=[(1, 3, "ORG"), (4, 7, "ORG")],
    )
    assert ("Committee on Trade", "partOf", "Zenith Assembly", "asserted") in triples(owned)
    # "The Zenith Party and the Zenith Ethics Committee met Acme.": one word in common, not a parent's name
    unrelated = parse(
        """
The DET det 3
Zenith PROPN compound 3
Party PROPN nsubj 9
and CCONJ cc 8
the DET det 8
Zenith PROPN compound 8
Ethics PROPN compound 8
Committee PROPN conj 3
met VERB ROOT 0 meet
Acme PROPN obj 9
. PUNCT punct 9
""",
        ents=[(1, 3, "ORG"), (5, 8, "ORG")],
    )
    assert not any(p == "partOf" for _, p, _, _ in triples(unrelated))


def test_subpoenaing_someone_urges_them():
    # "The Assembly subpoenaed Jane Roe."
    doc = parse(
        """
The DET det 2
Assembly PROPN nsubj 3
subpoenaed VERB ROOT 0 subpoena
Jane PROPN obj 3
Roe PROPN flat 4
. PUNCT punct 3
""",
        ents=[(1, 2, "ORG"), (3, 5, "PERSON")],
    )
    assert ("Assembly", "urges", "Jane Roe", "asserted") in triples(doc)


def test_requesting_something_of_someone_urges_them_but_not_a_requested_thing_they_own():
    # "Norway requested Acme to leave." / "Norway requested a meeting from Acme."
    ask = parse(
        """
Norway PROPN nsubj 2
requested VERB ROOT 0 request
Acme PROPN obj 2
to PART mark 5
leave VERB xcomp 2 leave VB
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG")],
    )
    assert ("Norway", "urges", "Acme", "asserted") in triples(ask)
    source = parse(
        """
Norway PROPN nsubj 2
requested VERB ROOT 0 request
a DET det 4
meeting NOUN obj 2
from ADP case 6
Acme PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 6, "ORG")],
    )
    assert ("Norway", "urges", "Acme", "asserted") in triples(source)
    # "Norway requested Acme's report.": the report is asked for, its owner is not pressed
    owned = parse(
        """
Norway PROPN nsubj 2
requested VERB ROOT 0 request
Acme PROPN nmod:poss 5
's PART case 3
report NOUN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG")],
    )
    assert not any(p == "urges" for _, p, _, _ in triples(owned))


def test_raising_an_issue_with_or_confirming_with_someone_contacts_them_but_not_raising_money():
    # "Norway raised the issue with Peru." / "Norway confirmed with Peru that ..." / "Acme raised money
    # with Zenith."
    issue = parse(
        """
Norway PROPN nsubj 2
raised VERB ROOT 0 raise
the DET det 4
issue NOUN obj 2
with ADP case 6
Peru PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 6, "GPE")],
    )
    assert ("Norway", "contacts", "Peru", "asserted") in triples(issue)
    confirmed = parse(
        """
Norway PROPN nsubj 2
confirmed VERB ROOT 0 confirm
with ADP case 4
Peru PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (3, 4, "GPE")],
    )
    assert ("Norway", "contacts", "Peru", "asserted") in triples(confirmed)
    money = parse(
        """
Acme PROPN nsubj 2
raised VERB ROOT 0 raise
money NOUN obj 2
with ADP case 5
Zenith PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (4, 5, "ORG")],
    )
    assert not any(p == "contacts" for _, p, _, _ in triples(money))


def test_rejecting_a_proposal_criticises_its_author_and_rejecting_claims_denies_them():
    # "Norway rejected Peru's proposal." / "Norway rejected Peru's claims."
    proposal = parse(
        """
Norway PROPN nsubj 2
rejected VERB ROOT 0 reject
Peru PROPN nmod:poss 5
's PART case 3
proposal NOUN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    found = triples(proposal)
    assert ("Norway", "criticizes", "Peru", "asserted") in found
    assert ("Norway", "denies", "Peru", "asserted") not in found
    claims = parse(
        """
Norway PROPN nsubj 2
rejected VERB ROOT 0 reject
Peru PROPN nmod:poss 5
's PART case 3
claims NOUN obj 2 claim NNS
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    assert ("Norway", "denies", "Peru", "asserted") in triples(claims)


def test_saying_someone_should_act_urges_them_but_saying_they_will_does_not():
    # "Norway said Peru should leave Acme." / "Norway said Peru would leave Acme."
    def said(modal: str):
        return parse(
            f"""
Norway PROPN nsubj 2
said VERB ROOT 0 say
Peru PROPN nsubj 5
{modal} AUX aux 5
leave VERB ccomp 2 leave VB
Acme PROPN obj 5
. PUNCT punct 2
""",
            ents=[(0, 1, "GPE"), (2, 3, "GPE")],
        )

    assert ("Norway", "urges", "Peru", "asserted") in triples(said("should"))
    assert not any(p == "urges" for _, p, _, _ in triples(said("would")))


def test_welcoming_a_decision_supports_its_maker_but_welcoming_a_visitor_does_not():
    # "Norway welcomed Peru's decision." / "Norway welcomed Jane Roe." / "Norway opposed Peru's plan."
    def clause(verb: str, lemma: str, owned: str | None, noun: str | None):
        lines = [f"Norway PROPN nsubj 2\n{verb} VERB ROOT 0 {lemma}\n"]
        if owned:
            lines.append(f"{owned} PROPN nmod:poss 5\n's PART case 3\n{noun} NOUN obj 2\n. PUNCT punct 2\n")
            ents = [(0, 1, "GPE"), (2, 3, "GPE")]
        else:
            lines.append("Jane PROPN obj 2\nRoe PROPN flat 3\n. PUNCT punct 2\n")
            ents = [(0, 1, "GPE"), (2, 4, "PERSON")]
        return triples(parse("".join(lines), ents=ents))

    assert ("Norway", "supports", "Peru", "asserted") in clause("welcomed", "welcome", "Peru", "decision")
    assert not any(p == "supports" for _, p, _, _ in clause("welcomed", "welcome", None, None))
    assert ("Norway", "criticizes", "Peru", "asserted") in clause("opposed", "oppose", "Peru", "plan")


def test_an_act_stands_for_its_owner_or_agent_but_not_for_what_it_is_done_to():
    # "Norway condemned Peru's refusal." / "Norway condemned the invasion of Chile by Peru." /
    # "Norway condemned the invasion of Chile."
    owner = parse(
        """
Norway PROPN nsubj 2
condemned VERB ROOT 0 condemn
Peru PROPN nmod:poss 5
's PART case 3
refusal NOUN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    assert ("Norway", "criticizes", "Peru", "asserted") in triples(owner)

    def invasion(agent: bool):
        tail = "by ADP case 8\nPeru PROPN nmod 4\n. PUNCT punct 2\n" if agent else ". PUNCT punct 2\n"
        return parse(
            "Norway PROPN nsubj 2\ncondemned VERB ROOT 0 condemn\nthe DET det 4\ninvasion NOUN obj 2\n"
            "of ADP case 6\nChile PROPN nmod 4\n" + tail,
            ents=[(0, 1, "GPE"), (5, 6, "GPE")] + ([(7, 8, "GPE")] if agent else []),
        )

    assert {(s, p, o) for s, p, o, _ in triples(invasion(True)) if p} == {("Norway", "criticizes", "Peru")}
    assert not any(p == "criticizes" for _, p, _, _ in triples(invasion(False)))


def test_questioning_someones_power_criticizes_them_but_questioning_a_person_does_not():
    # "Norway questioned Peru's power." / "Norway questioned Jane Roe."
    power = parse(
        """
Norway PROPN nsubj 2
questioned VERB ROOT 0 question
Peru PROPN nmod:poss 5
's PART case 3
power NOUN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    person = parse(
        """
Norway PROPN nsubj 2
questioned VERB ROOT 0 question
Jane PROPN obj 2
Roe PROPN flat 3
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 4, "PERSON")],
    )
    assert ("Norway", "criticizes", "Peru", "asserted") in triples(power)
    assert not any(p == "criticizes" for _, p, _, _ in triples(person))


def test_a_court_ruling_against_someone_criticizes_them():
    # "The Zenith Court ruled against Jane Roe."
    doc = parse(
        """
The DET det 3
Zenith PROPN compound 3
Court PROPN nsubj 4
ruled VERB ROOT 0 rule
against ADP case 6
Jane PROPN obl 4
Roe PROPN flat 6
. PUNCT punct 4
""",
        ents=[(1, 3, "ORG"), (5, 7, "PERSON")],
    )
    assert ("Zenith Court", "criticizes", "Jane Roe", "asserted") in triples(doc)


def test_a_phrase_the_parser_hangs_on_a_date_belongs_to_the_verb():
    # "Norway met on Monday with Peru."
    doc = parse(
        """
Norway PROPN nsubj 2
met VERB ROOT 0 meet
on ADP case 4
Monday PROPN obl 2
with ADP case 6
Peru PROPN nmod 4
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 6, "GPE")],
    )
    assert ("Norway", "contacts", "Peru", "asserted") in triples(doc)


def test_asking_or_calling_for_someones_resignation_or_action_urges_them():
    # "Norway asked for Peru's withdrawal." / "Norway called for Peru's withdrawal." / "... Peru's phones."
    def clause(verb: str, noun: str):
        return triples(
            parse(
                f"Norway PROPN nsubj 2\n{verb}ed VERB ROOT 0 {verb}\n"
                f"for ADP case 6\nPeru PROPN nmod:poss 6\n's PART case 4\n"
                f"{noun} NOUN obl 2\n. PUNCT punct 2\n",
                ents=[(0, 1, "GPE"), (3, 4, "GPE")],
            )
        )

    assert ("Norway", "urges", "Peru", "asserted") in clause("ask", "withdrawal")
    assert ("Norway", "urges", "Peru", "asserted") in clause("call", "withdrawal")
    assert not any(p == "urges" for _, p, _, _ in clause("ask", "phones"))


def test_calling_for_the_resignation_or_withdrawal_of_someone_urges_them():
    # "Norway called for the resignation of Peru." (an act whose "of" names who acts; "the invasion of
    # Chile" names what is acted on: see the test of condemned acts above)
    def clause(noun: str):
        return triples(
            parse(
                f"Norway PROPN nsubj 2\ncalled VERB ROOT 0 call\nfor ADP case 5\nthe DET det 5\n"
                f"{noun} NOUN obl 2\nof ADP case 7\nPeru PROPN nmod 5\n. PUNCT punct 2\n",
                ents=[(0, 1, "GPE"), (6, 7, "GPE")],
            )
        )

    assert ("Norway", "urges", "Peru", "asserted") in clause("resignation")
    assert ("Norway", "urges", "Peru", "asserted") in clause("withdrawal")


def test_an_inventor_produces_what_they_invented():
    # "Jane Roe invented the Zephyr in May."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
invented VERB ROOT 0 invent
the DET det 5
Zephyr PROPN obj 3
in ADP case 7
May PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON")],
    )
    assert ("Jane Roe", "produces", "Zephyr", "asserted") in triples(doc)


def test_a_passive_agent_whose_by_the_parser_hung_on_its_title():
    # "Bo Lee was told by Finance Minister Jane Roe of the plan."
    doc = parse(
        """
Bo PROPN nsubj:pass 4
Lee PROPN flat 1
was AUX aux:pass 4 be
told VERB ROOT 0 tell VBN
by ADP case 6
Finance PROPN compound 7
Minister PROPN nmod:desc 8
Jane PROPN obl:agent 4
Roe PROPN flat 8
of ADP case 12
the DET det 12
plan NOUN obl 4
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (7, 9, "PERSON")],
    )
    assert ("Jane Roe", "contacts", "Bo Lee", "asserted") in triples(doc)


def test_sharing_information_with_someone_offers_it_but_sharing_a_border_does_not():
    # "Norway shared intelligence with Peru." / "Norway shared a border with Peru."
    def clause(noun: str):
        return triples(
            parse(
                f"Norway PROPN nsubj 2\nshared VERB ROOT 0 share\n{noun} NOUN obj 2\n"
                "with ADP case 5\nPeru PROPN obl 2\n. PUNCT punct 2\n",
                ents=[(0, 1, "GPE"), (4, 5, "GPE")],
            )
        )

    assert ("Norway", "offersTo", "Peru", "asserted") in clause("intelligence")
    assert not any(p == "offersTo" for _, p, _, _ in clause("border"))


def test_an_organisations_office_or_store_in_a_place_locates_it_there():
    # "Acme's store in Oslo closed in May."
    doc = parse(
        """
Acme PROPN nmod:poss 3
's PART case 1
store NOUN nsubj 6
in ADP case 5
Oslo PROPN nmod 3
closed VERB ROOT 0 close
in ADP case 8
May PROPN obl 6
. PUNCT punct 6
""",
        ents=[(0, 1, "ORG"), (4, 5, "GPE")],
    )
    assert ("Acme", "basedIn", "Oslo", "asserted") in triples(doc)


def test_a_phrase_the_parser_hangs_on_an_as_role_belongs_to_the_verb_but_not_its_of():
    # "Jane Roe worked as an engineer at Zeta." / "Jane Roe complained as a member of Zeta."
    def clause(verb: str, lemma: str, noun: str, preposition: str):
        return triples(
            parse(
                f"Jane PROPN nsubj 3\nRoe PROPN flat 1\n{verb} VERB ROOT 0 {lemma}\nas ADP case 6\n"
                f"a DET det 6\n{noun} NOUN obl 3\n{preposition} ADP case 8\n"
                "Zeta PROPN nmod 6\n. PUNCT punct 3\n",
                ents=[(0, 2, "PERSON"), (7, 8, "ORG")],
            )
        )

    assert ("Jane Roe", "worksFor", "Zeta", "asserted") in clause("worked", "work", "engineer", "at")
    assert not any(p == "criticizes" for _, p, _, _ in clause("complained", "complain", "member", "of"))


def test_seconding_a_recommendation_or_confirming_a_nomination_supports_its_owner():
    # "Norway seconded Peru's recommendation." / "Norway confirmed Peru's nomination." / "... Peru's report."
    def clause(verb: str, lemma: str, noun: str):
        return triples(
            parse(
                f"Norway PROPN nsubj 2\n{verb} VERB ROOT 0 {lemma}\nPeru PROPN nmod:poss 5\n's PART case 3\n"
                f"{noun} NOUN obj 2\n. PUNCT punct 2\n",
                ents=[(0, 1, "GPE"), (2, 3, "GPE")],
            )
        )

    assert ("Norway", "supports", "Peru", "asserted") in clause("seconded", "second", "recommendation")
    assert ("Norway", "supports", "Peru", "asserted") in clause("confirmed", "confirm", "nomination")
    assert not any(p == "supports" for _, p, _, _ in clause("confirmed", "confirm", "report"))


def test_dismissing_someones_lawsuit_denies_nothing_but_dismissing_their_claims_does():
    # "Norway dismissed a Jane Roe lawsuit." / "Norway dismissed the Jane Roe claims."
    def dismissed(noun: str, lemma: str, tag: str):
        return triples(
            parse(
                f"Norway PROPN nsubj 2\ndismissed VERB ROOT 0 dismiss\na DET det 6\nJane PROPN compound 6\n"
                f"Roe PROPN flat 4\n{noun} NOUN obj 2 {lemma} {tag}\n. PUNCT punct 2\n",
                ents=[(0, 1, "GPE"), (3, 5, "PERSON")],
            )
        )

    assert not any(p == "denies" for _, p, _, _ in dismissed("lawsuit", "lawsuit", "NN"))
    assert ("Norway", "denies", "Jane Roe", "asserted") in dismissed("claims", "claim", "NNS")


def test_what_a_company_uses_is_a_product_whatever_the_ner_said():
    # "Zeta uses Orbix in May." (the NER's organisation "Orbix")
    doc = parse(
        """
Zeta PROPN nsubj 2
uses VERB ROOT 0 use VBZ
Orbix PROPN obj 2
in ADP case 5
May PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG")],
    )
    assert ("Zeta", "uses", "Orbix", "asserted") in triples(doc)


def test_jailing_someone_arrests_them():
    # "Peru jailed Jane Roe."
    doc = parse(
        """
Peru PROPN nsubj 2
jailed VERB ROOT 0 jail
Jane PROPN obj 2
Roe PROPN flat 3
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 4, "PERSON")],
    )
    assert ("Peru", "arrests", "Jane Roe", "asserted") in triples(doc)


def test_a_possessor_of_customer_or_rival_is_the_other_party():
    # "Zentel is Orbis's customer." / "Orbis's rival Zentel criticized Peru."
    customer = parse(
        """
Zentel PROPN nsubj 5
is AUX cop 5 be VBZ
Orbis PROPN nmod:poss 5
's PART case 3
customer NOUN ROOT 0
. PUNCT punct 5
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG")],
    )
    assert ("Orbis", "supplies", "Zentel", "asserted") in triples(customer)
    rival = parse(
        """
Orbis PROPN nmod:poss 3
's PART case 1
rival NOUN compound 4
Zentel PROPN nsubj 5
criticized VERB ROOT 0 criticize
Peru PROPN obj 5
. PUNCT punct 5
""",
        ents=[(0, 1, "ORG"), (3, 4, "ORG"), (5, 6, "GPE")],
    )
    assert ("Zentel", "competesWith", "Orbis", "asserted") in triples(rival) or (
        "Orbis", "competesWith", "Zentel", "asserted"
    ) in triples(rival)


def test_a_list_cut_before_its_last_name_is_the_subject_of_a_plural_noun_predicate():
    # "Rosa Vidal, Juan Soto, and Ana Ruiz are members of the Zenith Party." (parsed as the parser does:
    # the last name and the predicate as one conjunct of the first name)
    doc = parse(
        """
Rosa PROPN ROOT 0
Vidal PROPN flat 1
, PUNCT punct 4
Juan PROPN conj 1
Soto PROPN flat 4
, PUNCT punct 11
and CCONJ cc 11
Ana PROPN nsubj 11
Ruiz PROPN flat 8
are AUX cop 11 be VBP
members NOUN conj 1 member NNS
of ADP case 15
the DET det 15
Zenith ADJ amod 15 zenith NNP
Party PROPN nmod 11
. PUNCT punct 1
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 9, "PERSON"), (13, 15, "ORG")],
    )
    found = triples(doc)
    for person in ("Rosa Vidal", "Juan Soto", "Ana Ruiz"):
        assert (person, "memberOf", "Zenith Party", "asserted") in found


def test_belonging_to_a_party_is_membership():
    # "Jane Roe belongs to the Zenith Party."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
belongs VERB ROOT 0 belong VBZ
to ADP case 7
the DET det 7
Zenith PROPN compound 7
Party PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (5, 7, "ORG")],
    )
    assert ("Jane Roe", "memberOf", "Zenith Party", "asserted") in triples(doc)


def test_playing_or_wrestling_for_an_organisation_is_working_for_it():
    # "Jane Roe wrestled for Zenith Wrestling."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
wrestled VERB ROOT 0 wrestle
for ADP case 6
Zenith PROPN compound 6
Wrestling PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 6, "ORG")],
    )
    assert ("Jane Roe", "worksFor", "Zenith Wrestling", "asserted") in triples(doc)


def test_a_place_where_a_team_was_to_play_is_not_its_base():
    # "The game was in Oslo, where the Zenith Jazz were to play." (the parser reads "were" as a copula)
    doc = parse(
        """
The DET det 2
game NOUN nsubj 5
was AUX cop 5 be
in ADP case 5
Oslo PROPN ROOT 0
, PUNCT punct 13
where ADV advmod 13
the DET det 10
Zenith PROPN compound 10
Jazz PROPN nsubj:outer 13
were AUX cop 13 be
to PART mark 13
play VERB acl:relcl 5
. PUNCT punct 5
""",
        ents=[(4, 5, "GPE"), (8, 10, "ORG")],
    )
    assert not [t for t in triples(doc) if t[1] == "basedIn"]


def test_a_company_named_with_a_country_after_another_is_its_national_branch():
    # "Netflix said Netflix Japan delayed the episode."
    doc = parse(
        """
Netflix PROPN nsubj 2
said VERB ROOT 0 say
Netflix PROPN compound 4
Japan PROPN nsubj 5
delayed VERB ccomp 2 delay
the DET det 7
episode NOUN obj 5
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 4, "ORG")],
    )
    assert ("Netflix Japan", "partOf", "Netflix", "asserted") in triples(doc)
    # an adjective read as a name is no parent: "Republican US said it. Republican agreed."
    doc = parse(
        """
Republican PROPN compound 2
US PROPN nsubj 3
said VERB ROOT 0 say
it PRON obj 3
. PUNCT punct 3
Republican PROPN nsubj 7
agreed VERB ROOT 0 agree
. PUNCT punct 7
""",
        ents=[(0, 2, "ORG"), (5, 6, "ORG")],
    )
    assert not [t for t in triples(doc) if t[1] == "partOf"]


def test_a_state_or_city_may_be_accused_or_criticised():
    # "Velmar Corp sued Idaho, and Ana Ruiz criticized Idaho." (a US state is a Place)
    doc = parse(
        """
Velmar PROPN compound 2
Corp PROPN nsubj 3
sued VERB ROOT 0 sue
Idaho PROPN obj 3
, PUNCT punct 9
and CCONJ cc 9
Ana PROPN nsubj 9
Ruiz PROPN flat 7
criticized VERB conj 3 criticize
Idaho PROPN obj 9
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (3, 4, "GPE"), (6, 8, "PERSON"), (9, 10, "GPE")],
    )
    found = triples(doc)
    assert ("Velmar Corp", "accuses", "Idaho", "asserted") in found
    assert ("Ana Ruiz", "criticizes", "Idaho", "asserted") in found


def test_an_acts_agent_after_by_comes_before_what_it_is_of():
    # "Ana Ruiz criticized the purchase of Zephyr phones by Velmar Corp."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
criticized VERB ROOT 0 criticize
the DET det 5
purchase NOUN obj 3
of ADP case 8
Zephyr PROPN compound 8
phones NOUN nmod 5 phone NNS
by ADP case 11
Velmar PROPN compound 11
Corp PROPN nmod 5
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (6, 7, "PRODUCT"), (9, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "criticizes", "Velmar Corp", "asserted") in found
    assert not [t for t in found if t[1] == "criticizes" and t[2] == "Zephyr"]


def test_an_inquiry_into_a_persons_conduct_investigates_the_person():
    # "Zenith Assembly opened an inquiry into the conduct of Jon Doe."
    doc = parse(
        """
Zenith PROPN compound 2
Assembly PROPN nsubj 3
opened VERB ROOT 0 open
an DET det 5
inquiry NOUN obj 3
into ADP case 8
the DET det 8
conduct NOUN nmod 5
of ADP case 10
Jon PROPN nmod 8
Doe PROPN flat 10
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (9, 11, "PERSON")],
    )
    assert ("Zenith Assembly", "investigates", "Jon Doe", "asserted") in triples(doc)


def test_people_who_form_an_organisation_found_it_and_one_elected_to_a_body_is_its_member():
    # "Jane Roe and Jon Doe formed Velmar Corp, and Ana Ruiz was elected to the Zenith Assembly."
    doc = parse(
        """
Jane PROPN nsubj 6
Roe PROPN flat 1
and CCONJ cc 4
Jon PROPN conj 1
Doe PROPN flat 4
formed VERB ROOT 0 form
Velmar PROPN compound 8
Corp PROPN obj 6
, PUNCT punct 14
and CCONJ cc 14
Ana PROPN nsubj:pass 14
Ruiz PROPN flat 11
was AUX aux:pass 14 be VBD
elected VERB conj 6 elect VBN
to ADP case 18
the DET det 18
Zenith PROPN compound 18
Assembly PROPN obl 14
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 8, "ORG"), (10, 12, "PERSON"), (16, 18, "ORG")],
    )
    found = triples(doc)
    assert ("Jane Roe", "founderOf", "Velmar Corp", "asserted") in found
    assert ("Jon Doe", "founderOf", "Velmar Corp", "asserted") in found
    assert ("Ana Ruiz", "memberOf", "Zenith Assembly", "asserted") in found


def test_the_business_before_a_products_kind_makes_it():
    # "Jane Roe starred in the 2018 Velmar superhero film Zephyr Nights and in Jon Doe's film Aurora."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
starred VERB ROOT 0 star
in ADP case 10
the DET det 10
2018 NUM nummod 10
Velmar PROPN compound 10
superhero NOUN compound 10
film NOUN compound 10
Zephyr PROPN obl 3
Nights PROPN flat 10
and CCONJ cc 18
in ADP case 18
Jon PROPN nmod:poss 18
Doe PROPN flat 14
's PART case 14
film NOUN compound 18
Aurora PROPN conj 10
. PUNCT punct 3
""",
        ents=[
            (0, 2, "PERSON"),
            (6, 7, "ORG"),
            (9, 11, "WORK_OF_ART"),
            (13, 15, "PERSON"),
            (17, 18, "WORK_OF_ART"),
        ],
    )
    found = triples(doc)
    assert ("Velmar", "produces", "Zephyr Nights", "asserted") in found
    assert not [t for t in found if t[2] == "Aurora" and t[1] == "produces"]


def test_a_former_state_develops_a_product_and_a_product_is_named_after_its_kind():
    # "The Soviet Union developed the drug Zephyrin."
    doc = parse(
        """
The DET det 3
Soviet PROPN compound 3
Union PROPN nsubj 4
developed VERB ROOT 0 develop
the DET det 6
drug NOUN compound 7
Zephyrin PROPN obj 4
. PUNCT punct 4
""",
        ents=[(0, 3, "GPE"), (6, 7, "ORG")],
    )
    result = extract(doc)
    classes = {e.label: e.cls for e in result.entities}
    assert classes == {"Soviet Union": EntityClass.COUNTRY, "Zephyrin": EntityClass.PRODUCT}


def test_informing_a_body_the_ner_ran_into_a_pronoun_and_mentioning_to_someone_contact_them():
    # "Ana Ruiz informed the Zenith Police of her immunity, and Jon Doe mentioned it to Jane Roe."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
informed VERB ROOT 0 inform
the DET det 6
Zenith PROPN compound 6
Police PROPN iobj 3
of ADP case 9
her PRON nmod:poss 9 she PRP$
immunity NOUN nmod 6
, PUNCT punct 14
and CCONJ cc 14
Jon PROPN nsubj 14
Doe PROPN flat 12
mentioned VERB conj 3 mention
it PRON obj 14
to ADP case 17
Jane PROPN obl 14
Roe PROPN flat 17
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 8, "ORG"), (11, 13, "PERSON"), (16, 18, "PERSON")],
    )
    result = extract(doc)
    assert "Zenith Police" in {e.label for e in result.entities}
    found = triples(doc)
    assert ("Ana Ruiz", "contacts", "Zenith Police", "asserted") in found
    assert ("Jon Doe", "contacts", "Jane Roe", "asserted") in found


def test_a_lawsuit_filed_by_one_against_another():
    # "The court ruled on a lawsuit filed by the Zenith Senate against Jane Roe."
    doc = parse(
        """
The DET det 2
court NOUN nsubj 3
ruled VERB ROOT 0 rule
on ADP case 6
a DET det 6
lawsuit NOUN obl 3
filed VERB acl 6 file VBN
by ADP case 11
the DET det 11
Zenith PROPN compound 11
Senate PROPN obl:agent 7
against ADP case 13
Jane PROPN obl 7
Roe PROPN flat 13
. PUNCT punct 3
""",
        ents=[(9, 11, "ORG"), (12, 14, "PERSON")],
    )
    assert ("Zenith Senate", "accuses", "Jane Roe", "asserted") in triples(doc)


def test_a_countrys_police_or_army_acts_as_an_unnamed_body():
    # "Polish police arrested Jon Doe."
    doc = parse(
        """
Polish ADJ amod 2 polish
police NOUN nsubj 3
arrested VERB ROOT 0 arrest
Jon PROPN obj 3
Doe PROPN flat 4
. PUNCT punct 3
""",
        ents=[(0, 1, "NORP"), (3, 5, "PERSON")],
    )
    found = triples(doc)
    assert ("Polish police", "arrests", "Jon Doe", "asserted") in found
    assert ("Polish police", "nationality", "Poland", "asserted") in found


def test_inducted_into_a_hall_of_fame_is_membership_also_for_a_pronoun_sharing_a_conjunct():
    # "Ivo Marek retired. He was named a citizen, and was inducted into the Zentro Hall of Fame."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
retired VERB ROOT 0 retire
. PUNCT punct 3
He PRON nsubj:pass 7
was AUX aux:pass 7 be
named VERB ROOT 0 name VBN
a DET det 9
citizen NOUN xcomp 7
, PUNCT punct 13
and CCONJ cc 13
was AUX aux:pass 13 be
inducted VERB conj 7 induct VBN
into ADP case 17
the DET det 17
Zentro PROPN compound 17
Hall PROPN obl 13
of ADP case 19
Fame PROPN nmod 17
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (15, 19, "ORG")],
    )
    result = extract(doc)
    found = {(s.subject.label, s.relation, s.object.label) for s in result.statements}
    assert ("Ivo Marek", "memberOf", "Zentro Hall of Fame") in found
    assert {e.label: e.cls for e in result.entities}["Zentro Hall of Fame"] == EntityClass.ORGANIZATION


def test_they_inducted_into_a_hall_of_fame_is_not_read_for_a_guessed_organisation():
    # "Zentro Foundation hired Ivo Marek. They were inducted into the Lindale Hall of Fame."
    doc = parse(
        """
Zentro PROPN compound 2
Foundation PROPN nsubj 3
hired VERB ROOT 0 hire
Ivo PROPN obj 3
Marek PROPN flat 4
. PUNCT punct 3
They PRON nsubj:pass 9
were AUX aux:pass 9 be
inducted VERB ROOT 0 induct VBN
into ADP case 13
the DET det 13
Lindale PROPN compound 13
Hall PROPN obl 9
of ADP case 15
Fame PROPN nmod 13
. PUNCT punct 9
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON"), (11, 15, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "memberOf"}


def _after_alone(numbered: str) -> Doc:
    """ "Zentro declined to comment." (the NER reading Zentro a person) and a second sentence,
    ``numbered``, hand-parsed lines in which "Zentro" is the seventh word."""
    opening = """
Zentro PROPN nsubj 2
declined VERB ROOT 0 decline
to PART mark 4
comment VERB xcomp 2 comment VB
. PUNCT punct 2
"""
    return parse(opening.strip() + "\n" + numbered.strip(), ents=[(0, 1, "PERSON"), (6, 7, "PERSON")])


def test_a_makers_name_and_a_model_number_before_a_kind_of_product_name_its_product():
    # "Zentro declined to comment. A Zentro 707 cargo plane crashed." (the maker parsed a noun, as
    # small parsers do, and the NER taking its name alone)
    doc = _after_alone(
        """
A DET det 10
Zentro NOUN compound 10
707 NUM flat 7
cargo NOUN compound 10
plane NOUN nsubj 11
crashed VERB ROOT 0 crash
. PUNCT punct 11
"""
    )
    result = extract(doc)
    classes = {e.label: e.cls for e in result.entities}
    assert classes["Zentro"] == EntityClass.COMPANY  # a maker, though the NER read a person
    assert classes["Zentro 707"] == EntityClass.PRODUCT
    found = {(s.subject.label, s.relation, s.object.label) for s in result.statements}
    assert ("Zentro", "produces", "Zentro 707") in found


def test_a_name_before_a_model_number_votes_for_a_maker_against_the_ners_person():
    # "Zentro spoke. Zentro paused. Two Zentro 707s crashed." (the NER reading Zentro a person, then a
    # place)
    doc = parse(
        """
Zentro PROPN nsubj 2
spoke VERB ROOT 0 speak
. PUNCT punct 2
Zentro PROPN nsubj 5
paused VERB ROOT 0 pause
. PUNCT punct 5
Two NUM nummod 8
Zentro PROPN nsubj 10
707s NUM flat 8
crashed VERB ROOT 0 crash
. PUNCT punct 10
""",
        ents=[(0, 1, "PERSON"), (3, 4, "GPE")],
    )
    result = extract(doc)
    assert {e.label: e.cls for e in result.entities}["Zentro"] == EntityClass.COMPANY


def test_a_number_after_a_name_before_no_kind_of_product_is_no_model():
    # "Zentro declined to comment. The Zentro 6819 stellar system is far."
    doc = _after_alone(
        """
The DET det 10
Zentro NOUN compound 10
6819 NUM flat 7
stellar ADJ amod 10
system NOUN nsubj 12
is AUX cop 12 be
far ADV ROOT 0
. PUNCT punct 12
"""
    )
    assert not {t for t in triples(doc) if t[1] == "produces"}


def test_a_name_only_ever_followed_by_a_model_number_makes_nothing():
    # "A Zentro 707 cargo plane crashed."
    doc = parse(
        """
A DET det 5
Zentro NOUN compound 5
707 NUM flat 2
cargo NOUN compound 5
plane NOUN nsubj 6
crashed VERB ROOT 0 crash
. PUNCT punct 6
""",
        ents=[(1, 2, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "produces"}


def test_a_product_named_after_a_company_the_text_names_is_the_companys():
    # "Zentro declined to comment. The Zentro Kestrel phone sold in Peru."
    doc = _after_alone(
        """
The DET det 9
Zentro PROPN compound 8
Kestrel PROPN compound 9
phone NOUN nsubj 10
sold VERB ROOT 0 sell
in ADP case 12
Peru PROPN obl 10
. PUNCT punct 10
"""
    )
    assert ("Zentro", "produces", "Zentro Kestrel", "asserted") in triples(doc)


def test_a_version_number_after_a_product_read_as_a_company_names_no_product_of_it():
    # "Zentro declined to comment. The Zentro 8 system failed." (a product and its version)
    doc = _after_alone(
        """
The DET det 9
Zentro PROPN compound 9
8 NUM flat 7
system NOUN nsubj 10
failed VERB ROOT 0 fail
. PUNCT punct 10
"""
    )
    assert not {t for t in triples(doc) if t[1] == "produces"}


def test_a_places_police_acts_as_an_unnamed_body_based_there():
    # "The Lindale police arrested Jon Doe."
    doc = parse(
        """
The DET det 3
Lindale PROPN compound 3
police NOUN nsubj 4
arrested VERB ROOT 0 arrest
Jon PROPN obj 4
Doe PROPN flat 5
. PUNCT punct 4
""",
        ents=[(1, 2, "GPE"), (4, 6, "PERSON")],
    )
    found = triples(doc)
    assert ("Lindale police", "arrests", "Jon Doe", "asserted") in found
    assert ("Lindale police", "basedIn", "Lindale", "asserted") in found


def test_a_places_police_chief_leads_its_police_not_the_place():
    # "Lindale's police chief Rosa Vidal spoke in Peru." (the NER's place label a faint vote)
    doc = parse(
        """
Lindale PROPN nmod:poss 4
's PART case 1
police NOUN compound 4
chief NOUN nmod:desc 5
Rosa PROPN nsubj 7
Vidal PROPN flat 5
spoke VERB ROOT 0 speak
in ADP case 9
Peru PROPN obl 7
. PUNCT punct 7
""",
        ents=[(0, 1, "GPE"), (4, 6, "PERSON"), (8, 9, "GPE")],
    )
    result = extract(doc)
    found = {(s.subject.label, s.relation, s.object.label) for s in result.statements}
    assert ("Rosa Vidal", "leads", "Lindale's police") in found
    assert ("Lindale's police", "basedIn", "Lindale") in found
    assert not {t for t in found if t[1] == "leads" and t[2] == "Lindale"}


def test_a_places_chief_constable_leads_its_police():
    # "Lindale's chief constable Ivo Marek wrote to the embassy." (the NER's place label a faint vote)
    doc = parse(
        """
Lindale PROPN nmod:poss 5
's PART case 1
chief ADJ amod 4
constable NOUN compound 5
Ivo PROPN nsubj 7
Marek PROPN flat 5
wrote VERB ROOT 0 write
to ADP case 10
the DET det 10
embassy NOUN obl 7
. PUNCT punct 7
""",
        ents=[(0, 1, "GPE"), (4, 6, "PERSON")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "leads", "Lindale police", "asserted") in found
    assert ("Lindale police", "basedIn", "Lindale", "asserted") in found
    assert ("Ivo Marek", "leads", "Lindale", "asserted") not in found


def test_a_country_before_backed_supports_the_name_the_modifier_is_on_only():
    # "The Chile-backed Zentro Front attacked Kovo Corp."
    doc = parse(
        """
The DET det 6
Chile PROPN compound 4
- PUNCT punct 2
backed VERB amod 6 back VBN
Zentro PROPN compound 6
Front PROPN nsubj 7
attacked VERB ROOT 0 attack
Kovo PROPN compound 9
Corp PROPN obj 7
. PUNCT punct 7
""",
        ents=[(1, 2, "GPE"), (4, 6, "ORG"), (7, 9, "ORG")],
    )
    found = triples(doc)
    assert ("Chile", "supports", "Zentro Front", "asserted") in found
    assert ("Chile", "supports", "Kovo Corp", "asserted") not in found


def test_a_demonym_before_backed_names_the_backing_country():
    # "Chilean-backed Zentro rebels fired at Kovo Corp."
    doc = parse(
        """
Chilean ADJ amod 3
- PUNCT punct 1
backed VERB amod 5 back VBN
Zentro PROPN compound 5
rebels NOUN nsubj 6 rebel NNS
fired VERB ROOT 0 fire
at ADP case 9
Kovo PROPN compound 9
Corp PROPN obl 6
. PUNCT punct 6
""",
        ents=[(0, 1, "NORP"), (3, 4, "ORG"), (7, 9, "ORG")],
    )
    assert ("Chile", "supports", "Zentro", "asserted") in triples(doc)


def test_funding_received_from_an_organisation_is_its_support():
    # "Zentro Labs received funding from the Kovo Foundation."
    doc = parse(
        """
Zentro PROPN compound 2
Labs PROPN nsubj 3 lab
received VERB ROOT 0 receive
funding NOUN obj 3
from ADP case 8
the DET det 8
Kovo PROPN compound 8
Foundation PROPN nmod 4
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (6, 8, "ORG")],
    )
    assert ("Kovo Foundation", "supports", "Zentro Labs", "asserted") in triples(doc)


def _verdict(negated: bool) -> set:
    """ "The Zentro Court found Ivo Marek [not] guilty of fraud." (a small clause, as parsed)"""
    negation = "not PART advmod 8\n" if negated else ""
    shift = 1 if negated else 0
    return triples(
        parse(
            f"""
The DET det 3
Zentro PROPN compound 3
Court PROPN nsubj 4
found VERB ROOT 0 find
Ivo PROPN nsubj {7 + shift}
Marek PROPN flat 5
{negation}guilty ADJ xcomp 4
of ADP case {9 + shift}
fraud NOUN obl {7 + shift}
. PUNCT punct 4
""".replace("\n\n", "\n"),
            ents=[(1, 3, "ORG"), (4, 6, "PERSON")],
        )
    )


def test_a_court_finding_someone_guilty_accuses_them():
    assert ("Zentro Court", "accuses", "Ivo Marek", "asserted") in _verdict(negated=False)


def test_a_court_finding_someone_not_guilty_accuses_no_one():
    assert not {t for t in _verdict(negated=True) if t[1] == "accuses"}


def _critical(copula: str) -> set:
    """ "Ivo Marek {has been / was not} highly critical of Zentro Labs." (the adjective heads the clause)"""
    lines = {
        "has been": "has AUX aux 6 have\nbeen AUX cop 6 be\nhighly ADV advmod 6\n",
        "was not": "was AUX cop 6 be\nnot PART advmod 6\nhighly ADV advmod 6\n",
    }[copula]
    return triples(
        parse(
            f"""
Ivo PROPN nsubj 6
Marek PROPN flat 1
{lines}critical ADJ ROOT 0
of ADP case 9
Zentro PROPN compound 9
Labs PROPN obl 6 lab
. PUNCT punct 6
""".replace("\n\n", "\n"),
            ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
        )
    )


def test_being_critical_of_someone_criticizes_them():
    assert ("Ivo Marek", "criticizes", "Zentro Labs", "asserted") in _critical("has been")


def test_not_being_critical_of_someone_is_a_negated_criticism():
    assert ("Ivo Marek", "criticizes", "Zentro Labs", "negated") in _critical("was not")


def _remained_critical(verb: str) -> set:
    """ "Ivo Marek {remained / called} Kovo critical of Zentro Labs.": a linking verb passes its
    subject to the adjective; another verb's small clause does not."""
    return triples(
        parse(
            f"""
Ivo PROPN nsubj 3
Marek PROPN flat 1
{verb} VERB ROOT 0
Kovo PROPN obj 3
critical ADJ xcomp 3
of ADP case 8
Zentro PROPN compound 8
Labs PROPN obl 5 lab
. PUNCT punct 3
""",
            ents=[(0, 2, "PERSON"), (3, 4, "ORG"), (6, 8, "ORG")],
        )
    )


def test_remaining_critical_of_someone_criticizes_them():
    assert ("Ivo Marek", "criticizes", "Zentro Labs", "asserted") in _remained_critical("remained")


def test_calling_someone_critical_is_not_the_callers_criticism():
    assert not {t for t in _remained_critical("called") if t[1] == "criticizes"}


def test_a_group_allied_with_a_country_is_its_ally():
    # "Kovo, allied with Turkey, attacked the town."
    doc = parse(
        """
Kovo PROPN nsubj 7
, PUNCT punct 3
allied VERB acl 1 ally VBN
with ADP case 5
Turkey PROPN obl 3
, PUNCT punct 1
attacked VERB ROOT 0 attack
the DET det 9
town NOUN obj 7
. PUNCT punct 7
""",
        ents=[(0, 1, "ORG"), (4, 5, "GPE")],
    )
    assert ("Kovo", "allyOf", "Turkey", "asserted") in triples(doc)


def test_an_apposed_group_loyal_to_a_leader_supports_him():
    # "The Kovo Front, an armed group loyal to Ivo Marek, denied it."
    doc = parse(
        """
The DET det 3
Kovo PROPN compound 3
Front PROPN nsubj 13
, PUNCT punct 7
an DET det 7 a
armed ADJ amod 7
group NOUN appos 3
loyal ADJ amod 7
to ADP case 10
Ivo PROPN obl 8
Marek PROPN flat 10
, PUNCT punct 3
denied VERB ROOT 0 deny
it PRON obj 13
. PUNCT punct 13
""",
        ents=[(1, 3, "ORG"), (9, 11, "PERSON")],
    )
    assert ("Kovo Front", "supports", "Ivo Marek", "asserted") in triples(doc)


def _founder_who(relative: str) -> set:
    """ "Ivo Marek, the founder of Zentro Labs, {who / which} sued Kovo Bank, resigned." """
    return triples(
        parse(
            f"""
Ivo PROPN nsubj 15
Marek PROPN flat 1
, PUNCT punct 5
the DET det 5
founder NOUN appos 1
of ADP case 8
Zentro PROPN compound 8
Labs PROPN nmod 5 lab
, PUNCT punct 11
{relative} PRON nsubj 11
sued VERB acl:relcl 5 sue
Kovo PROPN compound 13
Bank PROPN obj 11
, PUNCT punct 11
resigned VERB ROOT 0 resign
. PUNCT punct 15
""",
            ents=[(0, 2, "PERSON"), (6, 8, "ORG"), (11, 13, "ORG")],
        )
    )


def test_who_after_a_persons_title_phrase_is_the_person():
    found = _founder_who("who")
    assert ("Ivo Marek", "accuses", "Kovo Bank", "asserted") in found
    assert ("Zentro Labs", "accuses", "Kovo Bank", "asserted") not in found


def test_which_after_a_persons_title_phrase_is_the_organisation():
    assert ("Zentro Labs", "accuses", "Kovo Bank", "asserted") in _founder_who("which")


def test_who_after_a_name_with_no_title_phrase_is_that_name():
    # "For Ivo Marek, Zentro Labs, who sued Kovo Bank, was a rival."
    doc = parse(
        """
For ADP case 3
Ivo PROPN obl 16
Marek PROPN flat 2
, PUNCT punct 2
Zentro PROPN compound 6
Labs PROPN nsubj 16 lab
, PUNCT punct 9
who PRON nsubj 9
sued VERB acl:relcl 6 sue
Kovo PROPN compound 11
Bank PROPN obj 9
, PUNCT punct 9
was AUX cop 14 be
a DET det 14
rival NOUN ROOT 0
. PUNCT punct 14
""".replace(" 16", " 14"),
        ents=[(1, 3, "PERSON"), (4, 6, "ORG"), (9, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Zentro Labs", "accuses", "Kovo Bank", "asserted") in found
    assert ("Ivo Marek", "accuses", "Kovo Bank", "asserted") not in found


def test_who_after_a_clause_naming_a_title_is_not_the_name_before_the_clause():
    # "After meeting Ivo Marek, Jane Roe praised the chairman of Zentro Labs, who sued Kovo Bank."
    doc = parse(
        """
After SCONJ mark 2
meeting VERB advcl 8 meet VBG
Ivo PROPN obj 2
Marek PROPN flat 3
, PUNCT punct 2
Jane PROPN nsubj 8
Roe PROPN flat 6
praised VERB ROOT 0 praise
the DET det 10
chairman NOUN obj 8
of ADP case 13
Zentro PROPN compound 13
Labs PROPN nmod 10 lab
, PUNCT punct 16
who PRON nsubj 16
sued VERB acl:relcl 10 sue
Kovo PROPN compound 18
Bank PROPN obj 16
. PUNCT punct 8
""",
        ents=[(2, 4, "PERSON"), (5, 7, "PERSON"), (11, 13, "ORG"), (16, 18, "ORG")],
    )
    assert ("Ivo Marek", "accuses", "Kovo Bank", "asserted") not in triples(doc)


def test_who_after_a_person_in_a_title_phrase_is_that_nearer_person():
    # "Jane Roe, the lawyer of Ivo Marek, who sued Kovo Bank, resigned.": "who" agrees with the
    # nearest person
    doc = parse(
        """
Jane PROPN nsubj 15
Roe PROPN flat 1
, PUNCT punct 5
the DET det 5
lawyer NOUN appos 1
of ADP case 7
Ivo PROPN nmod 5
Marek PROPN flat 7
, PUNCT punct 11
who PRON nsubj 11
sued VERB acl:relcl 7 sue
Kovo PROPN compound 13
Bank PROPN obj 11
, PUNCT punct 11
resigned VERB ROOT 0 resign
. PUNCT punct 15
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON"), (11, 13, "ORG")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "accuses", "Kovo Bank", "asserted") in found
    assert ("Jane Roe", "accuses", "Kovo Bank", "asserted") not in found


def test_stating_something_to_an_outlet_contacts_it():
    # "Ivo Marek stated to Zentro News that the road was closed."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
stated VERB ROOT 0 state
to ADP case 6
Zentro PROPN compound 6
News PROPN obl 3
that SCONJ mark 11
the DET det 9
road NOUN nsubj:pass 11
was AUX aux:pass 11 be
closed VERB ccomp 3 close VBN
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 6, "ORG")],
    )
    assert ("Ivo Marek", "contacts", "Zentro News", "asserted") in triples(doc)


def test_lauding_someones_ability_supports_them():
    # "Ivo Marek lauded Jana Novak's ability to lead."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
lauded VERB ROOT 0 laud
Jana PROPN nmod:poss 7
Novak PROPN flat 4
's PART case 4 's POS
ability NOUN obj 3
to PART mark 9
lead VERB acl 7 lead VB
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON")],
    )
    assert ("Ivo Marek", "supports", "Jana Novak", "asserted") in triples(doc)


def _on_platform(verb_phrase: str) -> set:
    """ "Ivo Marek {wrote / posted a message / had followers} on Twitter." (the NER's ORG Twitter)"""
    lines = {
        "wrote": "wrote VERB ROOT 0 write\n",
        "posted a message": "posted VERB ROOT 0 post\na DET det 5\nmessage NOUN obj 3\n",
        "had followers": "had VERB ROOT 0 have\nfollowers NOUN obj 3 follower NNS\n",
    }[verb_phrase]
    size = len(lines.strip().splitlines())
    on = 3 + size
    doc = parse(
        f"""
Ivo PROPN nsubj 3
Marek PROPN flat 1
{lines}on ADP case {on + 1}
Twitter PROPN {"obl" if size == 1 else "nmod"} {3 if size == 1 else 2 + size}
. PUNCT punct 3
""".replace("\n\n", "\n"),
        ents=[(0, 2, "PERSON"), (on, on + 1, "ORG")],
    )
    return {t for t in triples(doc) if t[1] == "uses"}


def test_writing_on_a_social_platform_uses_it():
    assert ("Ivo Marek", "uses", "Twitter", "asserted") in _on_platform("wrote")


def test_posting_a_message_on_a_social_platform_uses_it():
    assert ("Ivo Marek", "uses", "Twitter", "asserted") in _on_platform("posted a message")


def test_followers_on_a_social_platform_say_no_use_of_it():
    assert not _on_platform("had followers")


def test_a_statement_on_a_social_platform_is_used_by_the_sentences_speaker():
    # "In a statement on Twitter, Ivo Marek said it was over."
    doc = parse(
        """
In ADP case 3
a DET det 3
statement NOUN obl 9
on ADP case 5
Twitter PROPN nmod 3
, PUNCT punct 3
Ivo PROPN nsubj 8
Marek PROPN flat 7
said VERB ROOT 0 say
it PRON nsubj 12
was AUX cop 12 be
over ADJ ccomp 9
. PUNCT punct 9
""".replace("nsubj 8", "nsubj 9"),
        ents=[(4, 5, "ORG"), (6, 8, "PERSON")],
    )
    assert ("Ivo Marek", "uses", "Twitter", "asserted") in triples(doc)


def test_a_hashtag_names_no_one():
    # "The tag #Zentro went viral on Twitter."
    doc = parse(
        """
The DET det 2
tag NOUN nsubj 5
# SYM punct 4
Zentro PROPN appos 2
went VERB ROOT 0 go
viral ADJ xcomp 5
on ADP case 8
Twitter PROPN obl 5
. PUNCT punct 5
""",
        ents=[(3, 4, "ORG"), (7, 8, "ORG")],
    )
    assert "Zentro" not in {e.label for e in extract(doc).entities}


def test_writing_on_a_product_that_is_no_social_platform_uses_nothing():
    # "Ivo Marek wrote on Zentro X5."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
wrote VERB ROOT 0 write
on ADP case 6
Zentro PROPN compound 6
X5 PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 6, "PRODUCT")],
    )
    assert not {t for t in triples(doc) if t[1] == "uses"}


def test_police_tagged_plural_are_still_one_described_body():
    # "Ivo Marek was arrested by Peruvian police." ("police" tagged as a plural noun)
    doc = parse(
        """
Ivo PROPN nsubj:pass 4
Marek PROPN flat 1
was AUX aux:pass 4 be
arrested VERB ROOT 0 arrest VBN
by ADP case 7
Peruvian ADJ amod 7
police NOUN obl:agent 4 police NNS
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (5, 6, "NORP")],
    )
    assert ("Peruvian police", "arrests", "Ivo Marek", "asserted") in triples(doc)


def test_a_reduced_passive_on_a_name_acts_through_its_agent_only():
    # "Zentro Labs, backed by Ivo Marek, launched a rocket."
    doc = parse(
        """
Zentro PROPN compound 2
Labs PROPN nsubj 9 lab
, PUNCT punct 4
backed VERB acl 2 back VBN
by ADP case 6
Ivo PROPN obl:agent 4
Marek PROPN flat 6
, PUNCT punct 4
launched VERB ROOT 0 launch
a DET det 11
rocket NOUN obj 9
. PUNCT punct 9
""",
        ents=[(0, 2, "ORG"), (5, 7, "PERSON")],
    )
    assert ("Ivo Marek", "supports", "Zentro Labs", "asserted") in triples(doc)



def test_a_critic_named_after_the_name_they_criticise_criticises_it():
    # "Kovo critic Ivo Marek was jailed." (read on the words: such descriptions parse poorly)
    doc = parse(
        """
Kovo PROPN amod 2
critic NOUN nmod:desc 3
Ivo PROPN nsubj:pass 6
Marek PROPN flat 3
was AUX aux:pass 6 be
jailed VERB ROOT 0 jail VBN
. PUNCT punct 6
""",
        ents=[(0, 1, "ORG"), (2, 4, "PERSON")],
    )
    assert ("Ivo Marek", "criticizes", "Kovo", "asserted") in triples(doc)


def test_supporting_the_government_of_a_person_supports_the_person():
    # "Peru backed the government of Ivo Marek."
    doc = parse(
        """
Peru PROPN nsubj 2
backed VERB ROOT 0 back
the DET det 4
government NOUN obj 2
of ADP case 6
Ivo PROPN nmod 4
Marek PROPN flat 6
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (5, 7, "PERSON")],
    )
    assert ("Peru", "supports", "Ivo Marek", "asserted") in triples(doc)


def test_investing_money_in_a_company_supports_it():
    # "Kovo Bank invested two million dollars in Zentro Labs." (the "in" phrase under the object)
    doc = parse(
        """
Kovo PROPN compound 2
Bank PROPN nsubj 3
invested VERB ROOT 0 invest
two NUM compound 5
million NUM nummod 6
dollars NOUN obj 3 dollar
in ADP case 9
Zentro PROPN compound 9
Labs PROPN nmod 6 lab
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (7, 9, "ORG")],
    )
    assert ("Kovo Bank", "supports", "Zentro Labs", "asserted") in triples(doc)



def test_praising_the_development_of_an_organisation_supports_it():
    # "Ivo Marek praised the development of Zentro Labs."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
praised VERB ROOT 0 praise
the DET det 5
development NOUN obj 3
of ADP case 8
Zentro PROPN compound 8
Labs PROPN nmod 5 lab
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (6, 8, "ORG")],
    )
    assert ("Ivo Marek", "supports", "Zentro Labs", "asserted") in triples(doc)


def test_a_noun_predicate_of_a_linking_verb_is_said_of_its_subject():
    # "Ivo Marek became a member of the Zentro League."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
became VERB ROOT 0 become
a DET det 5
member NOUN xcomp 3
of ADP case 9
the DET det 9
Zentro PROPN compound 9
League PROPN nmod 5
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
    )
    assert ("Ivo Marek", "memberOf", "Zentro League", "asserted") in triples(doc)


def test_a_company_absorbed_into_another_merges_with_it():
    # "Zentro Labs was absorbed into Kovo Corp in 2014."
    doc = parse(
        """
Zentro PROPN compound 2
Labs PROPN nsubj:pass 4 lab
was AUX aux:pass 4 be
absorbed VERB ROOT 0 absorb VBN
into ADP case 7
Kovo PROPN compound 7
Corp PROPN obl 4
in ADP case 9
2014 NUM obl 4
. PUNCT punct 4
""",
        ents=[(0, 2, "ORG"), (5, 7, "ORG")],
    )
    pairs = {frozenset((s, o)) for s, p, o, _ in triples(doc) if p == "mergesWith"}  # (symmetric)
    assert frozenset(("Zentro Labs", "Kovo Corp")) in pairs


def _blocked_access(subject: str, label: str) -> set:
    """ "{subject} blocked access to Zentro Labs." """
    return triples(
        parse(
            f"""
{subject} PROPN nsubj 2
blocked VERB ROOT 0 block
access NOUN obj 2
to ADP case 6
Zentro PROPN compound 6
Labs PROPN nmod 3 lab
. PUNCT punct 2
""",
            ents=[(0, 1, label), (4, 6, "ORG")],
        )
    )


def test_a_company_blocking_access_to_another_excludes_it():
    assert ("Kovo", "excludes", "Zentro Labs", "asserted") in _blocked_access("Kovo", "ORG")


def test_a_country_blocking_access_to_a_company_bans_it():
    found = _blocked_access("Peru", "GPE")
    assert ("Peru", "bans", "Zentro Labs", "asserted") in found
    assert not {t for t in found if t[1] == "excludes"}


def _zentro_verb_ivo(verb: str, lemma: str) -> set:
    """ "Zentro Labs {verb} Ivo Marek." """
    return triples(
        parse(
            f"""
Zentro PROPN compound 2
Labs PROPN nsubj 3 lab
{verb} VERB ROOT 0 {lemma}
Ivo PROPN obj 3
Marek PROPN flat 4
. PUNCT punct 3
""",
            ents=[(0, 2, "ORG"), (3, 5, "PERSON")],
        )
    )


def test_approaching_someone_contacts_them():
    assert ("Zentro Labs", "contacts", "Ivo Marek", "asserted") in _zentro_verb_ivo("approached", "approach")


def test_assisting_someone_supports_them():
    assert ("Zentro Labs", "supports", "Ivo Marek", "asserted") in _zentro_verb_ivo("assisted", "assist")


def _labelled(noun: str) -> set:
    """ "Peru labelled Ivo Marek a {noun}." (the noun parsed in apposition, as a small parser does)"""
    return triples(
        parse(
            f"""
Peru PROPN nsubj 2
labelled VERB ROOT 0 label
Ivo PROPN obj 2
Marek PROPN flat 3
a DET det 6
{noun} NOUN appos 3
. PUNCT punct 2
""",
            ents=[(0, 1, "GPE"), (2, 4, "PERSON")],
        )
    )


def test_labelling_someone_a_terrorist_accuses_them():
    assert ("Peru", "accuses", "Ivo Marek", "asserted") in _labelled("terrorist")


def test_labelling_someone_a_partner_accuses_no_one():
    assert not {t for t in _labelled("partner") if t[1] == "accuses"}


def test_a_villain_noun_past_the_objects_clause_brands_no_one():
    # "Peru listed Ivo Marek, who fought a terrorist."
    doc = parse(
        """
Peru PROPN nsubj 2
listed VERB ROOT 0 list
Ivo PROPN obj 2
Marek PROPN flat 3
, PUNCT punct 7
who PRON nsubj 7
fought VERB acl:relcl 3 fight
a DET det 9
terrorist NOUN obj 7
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 4, "PERSON")],
    )
    assert not {t for t in triples(doc) if t[1] == "accuses"}


def test_a_place_before_a_hyphenated_description_is_where_the_body_is_based():
    # "Lindale non-profit Kovo Foundation paid the bill."
    doc = parse(
        """
Lindale PROPN compound 4
non ADJ amod 4
- PUNCT punct 4
profit NOUN compound 6
Kovo PROPN compound 6
Foundation PROPN nsubj 7
paid VERB ROOT 0 pay
the DET det 9
bill NOUN obj 7
. PUNCT punct 7
""",
        ents=[(0, 1, "GPE"), (4, 6, "ORG")],
    )
    assert ("Kovo Foundation", "basedIn", "Lindale", "asserted") in triples(doc)


def test_house_in_a_committees_name_is_the_house_of_the_text_and_its_chair_a_member():
    # "The House of Delegates passed laws. Rosa Vidal, the chair of the House Finance Committee, spoke."
    doc = parse(
        """
The DET det 2
House PROPN nsubj 5
of ADP case 4
Delegates PROPN nmod 2
passed VERB ROOT 0 pass
laws NOUN obj 5 law NNS
. PUNCT punct 5
Rosa PROPN nsubj 19
Vidal PROPN flat 8
, PUNCT punct 12
the DET det 12
chair NOUN appos 8
of ADP case 17
the DET det 17
House PROPN compound 17
Finance PROPN compound 17
Committee PROPN nmod 12
, PUNCT punct 12
spoke VERB ROOT 0 speak
. PUNCT punct 19
""",
        ents=[(1, 4, "ORG"), (7, 9, "PERSON"), (14, 17, "ORG")],
    )
    found = triples(doc)
    assert ("House Finance Committee", "partOf", "House of Delegates", "asserted") in found
    assert ("Rosa Vidal", "leads", "House Finance Committee", "asserted") in found
    assert ("Rosa Vidal", "memberOf", "House of Delegates", "asserted") in found
    assert ("Rosa Vidal", "worksFor", "House of Delegates", "asserted") not in found
    # "The House Ethics Office met the House Finance Committee.": no "House of ..." named
    unnamed = parse(
        """
The DET det 4
House PROPN compound 4
Ethics PROPN compound 4
Office PROPN nsubj 5
met VERB ROOT 0 meet
the DET det 9
House PROPN compound 9
Finance PROPN compound 9
Committee PROPN obj 5
. PUNCT punct 5
""",
        ents=[(1, 4, "ORG"), (6, 9, "ORG")],
    )
    assert not [t for t in triples(unnamed) if t[1] == "partOf"]


def test_a_title_subject_of_a_body_stands_for_the_person_named_after_it():
    # "The speaker of the parliament Rosa Vidal criticized Acme." (the name parsed inside the "of")
    doc = parse(
        """
The DET det 2
speaker NOUN nsubj 8
of ADP case 6
the DET det 6
parliament NOUN compound 6
Rosa PROPN nmod 2
Vidal PROPN flat 6
criticized VERB ROOT 0 criticize
Acme PROPN obj 8
. PUNCT punct 8
""",
        ents=[(5, 7, "PERSON"), (8, 9, "ORG")],
    )
    assert ("Rosa Vidal", "criticizes", "Acme", "asserted") in triples(doc)


def test_cooperation_between_authorities_allies_them_also_through_their_armed_forces():
    # "Peru has increased cooperation in recent years with the armies of Chile and Bolivia." (parsed
    # as the model does: "has" the root, the "with" hung on "years")
    doc = parse(
        """
Peru PROPN nsubj 2
has AUX ROOT 0 have VBZ
increased VERB amod 4 increase VBN
cooperation NOUN obj 2
in ADP case 7
recent ADJ amod 7
years NOUN nmod 4 year NNS
with ADP case 10
the DET det 10
armies NOUN nmod 7 army NNS
of ADP case 12
Chile PROPN nmod 10
and CCONJ cc 14
Bolivia PROPN conj 12
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (11, 12, "GPE"), (13, 14, "GPE")],
    )
    found = triples(doc)
    assert ("Peru", "allyOf", "Chile", "asserted") in found
    assert ("Peru", "allyOf", "Bolivia", "asserted") in found
    # "Acme cooperated with Peru.": a company's cooperation is no alliance
    company = parse(
        """
Acme PROPN nsubj 2
cooperated VERB ROOT 0 cooperate
with ADP case 4
Peru PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (3, 4, "GPE")],
    )
    assert not [t for t in triples(company) if t[1] == "allyOf"]


def test_an_act_named_by_demonyms_stands_for_their_countries():
    # "Peru alleged Chilean involvement in the attack."
    alleged = parse(
        """
Peru PROPN nsubj 2
alleged VERB ROOT 0 allege
Chilean ADJ amod 4
involvement NOUN obj 2
in ADP case 7
the DET det 7
attack NOUN nmod 4
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE")],
    )
    assert ("Peru", "accuses", "Chile", "asserted") in triples(alleged)
    # "Peru condemned Chilean and Bolivian interference."
    condemned = parse(
        """
Peru PROPN nsubj 2
condemned VERB ROOT 0 condemn
Chilean ADJ amod 6
and CCONJ cc 5
Bolivian ADJ conj 3
interference NOUN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE")],
    )
    found = triples(condemned)
    assert ("Peru", "criticizes", "Chile", "asserted") in found
    assert ("Peru", "criticizes", "Bolivia", "asserted") in found


def test_who_speaks_for_an_organisation_works_for_it_not_for_a_country():
    # "Jane Roe, who speaks for the Velmar Corporation, declined."
    doc = parse(
        """
Jane PROPN nsubj 11
Roe PROPN flat 1
, PUNCT punct 5
who PRON nsubj 5
speaks VERB acl:relcl 1 speak VBZ
for ADP case 9
the DET det 9
Velmar PROPN compound 9
Corporation PROPN obl 5
, PUNCT punct 5
declined VERB ROOT 0 decline
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
    )
    assert ("Jane Roe", "worksFor", "Velmar Corporation", "asserted") in triples(doc)
    # "Jane Roe spoke for Peru.": a country's voice is no employee's
    country = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
spoke VERB ROOT 0 speak
for ADP case 5
Peru PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 5, "GPE")],
    )
    assert not [t for t in triples(country) if t[1] == "worksFor"]


# "President Ana Ruiz spoke. Peru criticized the president.", with the first words and the object's
# words given
def _title_and_description(title: list[str], description: list[str]) -> set:
    lines = [f"{w} {'ADJ amod' if w.islower() else 'PROPN compound'} {len(title)}" for w in title[:-1]]
    n = len(title)
    lines += [f"{title[-1]} PROPN nmod:desc {n + 1}", f"Ana PROPN nsubj {n + 3}", f"Ruiz PROPN flat {n + 1}"]
    lines += ["spoke VERB ROOT 0 speak", f". PUNCT punct {n + 3}"]
    first = n + 5  # the second sentence's first word, 1-based
    noun = first + 1 + len(description)
    lines += [f"Peru PROPN nsubj {first + 1}", "criticized VERB ROOT 0 criticize"]
    for word in description[:-1]:
        lines.append(f"{word} DET det {noun}" if word in ("the", "a") else f"{word} ADJ amod {noun}")
    lines += [f"{description[-1]} NOUN obj {first + 1}", f". PUNCT punct {first + 1}"]
    return triples(parse("\n".join(lines), ents=[(n, n + 2, "PERSON"), (first - 1, first, "GPE")]))


def test_the_title_of_the_one_person_named_with_it_before_refers_to_that_person():
    for title, description in (
        (["President"], ["the", "president"]),
        (["Prime", "Minister"], ["the", "prime", "minister"]),
    ):
        assert ("Peru", "criticizes", "Ana Ruiz", "asserted") in _title_and_description(title, description)
    # no longer president; another title; not a definite description; a kin noun
    for title, description in (
        (["former", "President"], ["the", "president"]),
        (["Governor"], ["the", "president"]),
        (["President"], ["a", "president"]),
        (["her", "wife"], ["the", "wife"]),
    ):
        found = _title_and_description(title, description)
        assert ("Peru", "criticizes", "Ana Ruiz", "asserted") not in found, (title, description)


def test_the_title_of_a_person_in_apposition_refers_to_that_person_later():
    # "Ana Ruiz, the president of Chile, spoke. Peru criticized the president."
    doc = parse(
        """
Ana PROPN nsubj 9
Ruiz PROPN flat 1
, PUNCT punct 5
the DET det 5
president NOUN appos 1
of ADP case 7
Chile PROPN nmod 5
, PUNCT punct 1
spoke VERB ROOT 0 speak
. PUNCT punct 9
Peru PROPN nsubj 12
criticized VERB ROOT 0 criticize
the DET det 14
president NOUN obj 12
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (6, 7, "GPE"), (10, 11, "GPE")],
    )
    assert ("Peru", "criticizes", "Ana Ruiz", "asserted") in triples(doc)


def test_the_title_of_several_people_of_a_named_owner_or_of_someone_named_later_refers_to_no_one():
    # "President Ana Ruiz met President Rosa Vidal. Peru criticized the president."
    doc = parse(
        """
President PROPN nmod:desc 2
Ana PROPN nsubj 4
Ruiz PROPN flat 2
met VERB ROOT 0 meet
President PROPN nmod:desc 6
Rosa PROPN obj 4
Vidal PROPN flat 6
. PUNCT punct 4
Peru PROPN nsubj 10
criticized VERB ROOT 0 criticize
the DET det 12
president NOUN obj 10
. PUNCT punct 10
""",
        ents=[(1, 3, "PERSON"), (5, 7, "PERSON"), (8, 9, "GPE")],
    )
    assert not {t for t in triples(doc) if t[1] == "criticizes"}
    # "President Ana Ruiz spoke. Zentro criticized the president of Chile." (Chile's president)
    doc = parse(
        """
President PROPN nmod:desc 2
Ana PROPN nsubj 4
Ruiz PROPN flat 2
spoke VERB ROOT 0 speak
. PUNCT punct 4
Zentro PROPN nsubj 7
criticized VERB ROOT 0 criticize
the DET det 9
president NOUN obj 7
of ADP case 11
Chile PROPN nmod 9
. PUNCT punct 7
""",
        ents=[(1, 3, "PERSON"), (5, 6, "ORG"), (10, 11, "GPE")],
    )
    assert ("Zentro", "criticizes", "Ana Ruiz", "asserted") not in triples(doc)
    # "Peru criticized the president. President Ana Ruiz spoke." (named after)
    doc = parse(
        """
Peru PROPN nsubj 2
criticized VERB ROOT 0 criticize
the DET det 4
president NOUN obj 2
. PUNCT punct 2
President PROPN nmod:desc 7
Ana PROPN nsubj 9
Ruiz PROPN flat 7
spoke VERB ROOT 0 speak
. PUNCT punct 9
""",
        ents=[(0, 1, "GPE"), (6, 8, "PERSON")],
    )
    assert ("Peru", "criticizes", "Ana Ruiz", "asserted") not in triples(doc)


def test_an_object_of_a_class_the_relation_does_not_take_leaves_the_next_slot_to_be_read():
    # "Kestrel will supply 5G equipment to Orvik." (5G, a product, names what is supplied, not to whom)
    doc = parse(
        """
Kestrel PROPN nsubj 3
will AUX aux 3
supply VERB ROOT 0
5G NOUN compound 5
equipment NOUN obj 3
to ADP case 7
Orvik PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (3, 4, "PRODUCT"), (6, 7, "ORG")],
    )
    assert ("Kestrel", "supplies", "Orvik", "asserted") in triples(doc)


def test_choosing_a_supplier_or_awarding_a_contract_makes_a_supplier():
    # "Orvik chose Kestrel as its supplier." / "... as its partner." / "Orvik awarded a contract to Kestrel."
    def chose(noun: str) -> set:
        lines = f"""
Orvik PROPN nsubj 2
chose VERB ROOT 0 choose
Kestrel PROPN obj 2
as ADP case 6
its PRON nmod:poss 6 its PRP$
{noun} NOUN obl 2
. PUNCT punct 2
"""
        return triples(parse(lines, ents=[(0, 1, "ORG"), (2, 3, "ORG")]))

    assert ("Kestrel", "supplies", "Orvik", "asserted") in chose("supplier")
    assert ("Kestrel", "supplies", "Orvik", "asserted") not in chose("host")
    doc = parse(
        """
Orvik PROPN nsubj 2
awarded VERB ROOT 0 award
a DET det 4
contract NOUN obj 2
to ADP case 6
Kestrel PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (5, 6, "ORG")],
    )
    assert ("Kestrel", "supplies", "Orvik", "asserted") in triples(doc)


def test_a_name_after_a_comma_that_is_a_subject_is_no_apposition():
    # "Orvik agreed to supply equipment, Kestrel News reported." (not to Kestrel News)
    doc = parse(
        """
Orvik PROPN nsubj 2
agreed VERB ROOT 0 agree
to PART mark 4
supply VERB xcomp 2 supply VB
equipment NOUN obj 4
, PUNCT punct 9
Kestrel PROPN compound 8
News PROPN nsubj 9
reported VERB parataxis 2 report
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (6, 8, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "supplies"}


def test_stripping_a_vendors_gear_excludes_the_vendor():
    # "Orvik will strip Kestrel gear from its network." / "Orvik stripped Kestrel of its licence."
    doc = parse(
        """
Orvik PROPN nsubj 3
will AUX aux 3
strip VERB ROOT 0 strip VB
Kestrel PROPN compound 5
gear NOUN obj 3
from ADP case 8
its PRON nmod:poss 8 its PRP$
network NOUN obl 3
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (3, 4, "ORG")],
    )
    assert ("Orvik", "excludes", "Kestrel", "asserted") in triples(doc)
    doc = parse(
        """
Orvik PROPN nsubj 2
stripped VERB ROOT 0 strip
Kestrel PROPN obj 2
of ADP case 6
its PRON nmod:poss 6 its PRP$
licence NOUN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG")],
    )
    assert ("Orvik", "excludes", "Kestrel", "asserted") not in triples(doc)


def test_two_companies_that_merged_merge_with_each_other():
    # "Kestrel and Orvik merged in May."
    doc = parse(
        """
Kestrel PROPN nsubj 4
and CCONJ cc 3
Orvik PROPN conj 1
merged VERB ROOT 0 merge
in ADP case 6
May PROPN obl 4
. PUNCT punct 4
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG")],
    )
    pairs = {(s, o) for s, r, o, _ in triples(doc) if r == "mergesWith"}
    assert pairs & {("Kestrel", "Orvik"), ("Orvik", "Kestrel")}


def test_a_relative_clause_locates_its_antecedent():
    # "Kestrel, which is based in Lima, makes routers."
    doc = parse(
        """
Kestrel PROPN nsubj 9
, PUNCT punct 5
which PRON nsubj:pass 5
is AUX aux:pass 5 be
based VERB acl:relcl 1 base VBN
in ADP case 7
Lima PROPN obl 5
, PUNCT punct 5
makes VERB ROOT 0 make VBZ
routers NOUN obj 9 router NNS
. PUNCT punct 9
""",
        ents=[(0, 1, "ORG"), (6, 7, "GPE")],
    )
    assert ("Kestrel", "basedIn", "Lima", "asserted") in triples(doc)


def test_a_passive_the_parser_gave_a_plain_subject_and_a_by_phrase_on_its_complement():
    # "Kestrel was labelled a threat by Peru." (nsubj beside aux:pass; "by Peru" hung on "threat")
    doc = parse(
        """
Kestrel PROPN nsubj 3
was AUX aux:pass 3 be
labelled VERB ROOT 0 label VBN
a DET det 5
threat NOUN xcomp 3
by ADP case 7
Peru PROPN nmod 5
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (6, 7, "GPE")],
    )
    assert ("Peru", "accuses", "Kestrel", "asserted") in triples(doc)


def test_considering_or_seeing_someone_as_a_threat_accuses_them():
    # "Peru considers Kestrel a threat." / "Peru sees Kestrel as a threat." / "... as a partner."
    def found(verb: str, lemma: str, noun: str, as_word: bool) -> set:
        middle = "as ADP case 6\n" if as_word else ""
        n = 6 if as_word else 5
        lines = f"Peru PROPN nsubj 2\n{verb} VERB ROOT 0 {lemma} VBZ\nKestrel PROPN obj 2\n"
        lines += f"{middle}a DET det {n}\n{noun} NOUN {'obl' if as_word else 'xcomp'} 2\n. PUNCT punct 2\n"
        return triples(parse(lines, ents=[(0, 1, "GPE"), (2, 3, "ORG")]))

    assert ("Peru", "accuses", "Kestrel", "asserted") in found("considers", "consider", "threat", False)
    assert ("Peru", "accuses", "Kestrel", "asserted") in found("sees", "see", "threat", True)
    assert ("Peru", "accuses", "Kestrel", "asserted") not in found("sees", "see", "partner", True)


def test_countries_that_are_allies_are_allies_of_each_other():
    # "Peru and Chile are close allies."
    doc = parse(
        """
Peru PROPN nsubj 6
and CCONJ cc 3
Chile PROPN conj 1
are AUX cop 6 be
close ADJ amod 6
allies NOUN ROOT 0 ally NNS
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )
    pairs = {(s, o) for s, r, o, _ in triples(doc) if r == "allyOf"}
    assert pairs & {("Peru", "Chile"), ("Chile", "Peru")}


def test_an_apposition_the_parser_made_a_second_subject_describes_the_name_before_it():
    # "Chile, a close ally of Peru, voted." (both "Chile" and "ally" parsed as subjects of "voted")
    doc = parse(
        """
Chile PROPN nsubj 9
, PUNCT punct 5
a DET det 5
close ADJ amod 5
ally NOUN nsubj 9
of ADP case 7
Peru PROPN nmod 5
, PUNCT punct 5
voted VERB ROOT 0 vote
. PUNCT punct 9
""",
        ents=[(0, 1, "GPE"), (6, 7, "GPE")],
    )
    pairs = {(s, o) for s, r, o, _ in triples(doc) if r == "allyOf"}
    assert pairs & {("Chile", "Peru"), ("Peru", "Chile")}


def test_a_company_before_owned_owns_the_company_the_modifier_is_on():
    # "The Kestrel-owned Zentro Corp hired Ana Ruiz."
    doc = parse(
        """
The DET det 6
Kestrel PROPN compound 4
- PUNCT punct 2
owned VERB amod 6 own VBN
Zentro PROPN compound 6
Corp PROPN nsubj 7
hired VERB ROOT 0 hire
Ana PROPN obj 7
Ruiz PROPN flat 8
. PUNCT punct 7
""",
        ents=[(1, 2, "ORG"), (4, 6, "ORG"), (7, 9, "PERSON")],
    )
    assert ("Zentro Corp", "partOf", "Kestrel", "asserted") in triples(doc)


def test_calling_someone_a_security_risk_accuses_them_also_when_the_name_is_read_as_a_complement():
    # "Peru called Kestrel a security risk in May." (the name parsed as a complement, as the small parser
    # does)
    doc = parse(
        """
Peru PROPN nsubj 2
called VERB ROOT 0 call
Kestrel PROPN xcomp 2
a DET det 6
security NOUN compound 6
risk NOUN xcomp 2
in ADP case 8
May PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG")],
    )
    assert ("Peru", "accuses", "Kestrel", "asserted") in triples(doc)
