"""Mentions, typing, roles from titles, nationality and location modifiers, and coreference.

Hand-written sentences with hand-written UD parses; the NER layer is given
(sometimes wrong on purpose, to check that the other evidence wins).
"""

import pytest
from rules_parse import extract, parse, triples

from newsgraph.extract.records import EntityClass


def entity(doc, label):
    return next(e for e in extract(doc).entities if e.label == label)


def test_organisation_head_types_a_name_the_ner_missed():
    # "The Federal Trade Commission fined Acme Inc."
    doc = parse("""
The DET det 4
Federal PROPN compound 4
Trade PROPN compound 4
Commission PROPN nsubj 5
fined VERB ROOT 0 fine
Acme PROPN obj 5
Inc PROPN flat 6
. PUNCT punct 5
""")
    assert entity(doc, "Federal Trade Commission").cls == EntityClass.GOVERNMENT_BODY
    assert entity(doc, "Acme Inc").cls == EntityClass.COMPANY


def test_name_of_business_beats_a_wrong_person_label():
    # "Zorblax spokesman Tom Ash said Zorblax equipment is safe." (NER says Zorblax is a person)
    doc = parse(
        """
Zorblax PROPN compound 3
spokesman NOUN compound 3
Tom PROPN nsubj 5
Ash PROPN flat 3
said VERB ROOT 0 say
Zorblax PROPN compound 7
equipment NOUN nsubj 9
is AUX cop 9 be
safe ADJ ccomp 5
. PUNCT punct 5
""",
        ents=[(0, 1, "PERSON"), (2, 4, "PERSON"), (5, 6, "PERSON")],
    )
    assert entity(doc, "Zorblax").cls == EntityClass.COMPANY
    assert entity(doc, "Tom Ash").cls == EntityClass.PERSON
    assert ("Tom Ash", "worksFor", "Zorblax", "asserted") in triples(doc)


def test_founder_and_ceo_before_the_name():
    # "Acme founder and CEO Jane Roe spoke."
    doc = parse(
        """
Acme PROPN compound 5
founder NOUN compound 5
and CCONJ cc 4
CEO NOUN conj 2 ceo
Jane PROPN nsubj 7
Roe PROPN flat 5
spoke VERB ROOT 0 speak
. PUNCT punct 7
""",
        ents=[(0, 1, "ORG"), (4, 6, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "founderOf", "Acme", "asserted") in found
    assert ("Jane Roe", "leads", "Acme", "asserted") in found


def test_apposition_with_title_of_organisation():
    # "Jane Roe, the chief financial officer of Zenith Networks, resigned."
    doc = parse(
        """
Jane PROPN nsubj 12
Roe PROPN flat 1
, PUNCT punct 7
the DET det 7
chief ADJ amod 7
financial ADJ amod 7
officer NOUN appos 1
of ADP case 10
Zenith PROPN compound 10
Networks PROPN nmod 7
, PUNCT punct 7
resigned VERB ROOT 0 resign
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (8, 10, "ORG")],
    )
    assert ("Jane Roe", "worksFor", "Zenith Networks", "asserted") in triples(doc)


def test_country_possessive_title_gives_nationality_and_senators_sit_in_the_senate():
    # "Brazil senator Ana Lima criticized Acme."
    doc = parse(
        """
Brazil PROPN compound 3
senator NOUN compound 3
Ana PROPN nsubj 5
Lima PROPN flat 3
criticized VERB ROOT 0 criticize
Acme PROPN obj 5
. PUNCT punct 5
""",
        ents=[(0, 1, "GPE"), (2, 4, "PERSON"), (5, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Ana Lima", "nationality", "Brazil", "asserted") in found
    assert ("Ana Lima", "memberOf", "Brazil Senate", "asserted") in found
    assert ("Ana Lima", "criticizes", "Acme", "asserted") in found


def test_nationality_from_demonym_possessive_and_of_phrase():
    # "German Acme and Zenith of Sweden compete with Peru's Orbis."
    doc = parse(
        """
German ADJ amod 2 german
Acme PROPN nsubj 7
and CCONJ cc 4
Zenith PROPN conj 2
of ADP case 6
Sweden PROPN nmod 4
compete VERB ROOT 0 compete VBP
with ADP case 11
Peru PROPN nmod:poss 11
's PART case 9 's POS
Orbis PROPN obl 7
. PUNCT punct 7
""",
        ents=[(1, 2, "ORG"), (3, 4, "ORG"), (5, 6, "GPE"), (8, 9, "GPE"), (10, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Acme", "nationality", "Germany", "asserted") in found
    assert ("Zenith", "nationality", "Sweden", "asserted") in found
    assert ("Orbis", "nationality", "Peru", "asserted") in found
    assert {("Acme", "Orbis"), ("Zenith", "Orbis")} <= {(s, o) for s, r, o, m in found if r == "competesWith"}


def test_city_based_organisation():
    # "She heads the Oslo-based Nordic Policy Institute."
    doc = parse(
        """
She PRON nsubj 2 she
heads VERB ROOT 0 head VBZ
the DET det 9
Oslo PROPN compound 6
- PUNCT punct 6
based VERB amod 9 base VBN
Nordic PROPN compound 9
Policy PROPN compound 9
Institute PROPN obj 2
. PUNCT punct 2
""",
        ents=[(3, 4, "GPE"), (6, 9, "ORG")],
    )
    assert entity(doc, "Nordic Policy Institute").cls == EntityClass.ORGANIZATION
    assert ("Nordic Policy Institute", "basedIn", "Oslo", "asserted") in triples(doc)


def test_possessive_new_product_is_produced_and_network_technology_is_used():
    # "Acme unveiled its new Zephyr phone for its 5G network."
    doc = parse(
        """
Acme PROPN nsubj 2
unveiled VERB ROOT 0 unveil
its PRON nmod:poss 6 its PRP$
new ADJ amod 6
Zephyr PROPN compound 6
phone NOUN obj 2
for ADP case 10
its PRON nmod:poss 10 its PRP$
5G PROPN compound 10 5g
network NOUN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG")],
    )
    found = triples(doc)
    assert entity(doc, "Zephyr").cls == EntityClass.PRODUCT
    assert ("Acme", "produces", "Zephyr", "asserted") in found
    assert ("Acme", "uses", "5G", "asserted") in found


def test_pronoun_and_description_resolve_to_the_company():
    # "Acme sells routers. The company said it will exit Peru."
    doc = parse(
        """
Acme PROPN nsubj 2
sells VERB ROOT 0 sell VBZ
routers NOUN obj 2 router NNS
. PUNCT punct 2
The DET det 6
company NOUN nsubj 7
said VERB ROOT 0 say
it PRON nsubj 10 it
will AUX aux 10 will MD
exit VERB ccomp 7 exit VB
Peru PROPN obj 10
. PUNCT punct 7
""",
        ents=[(0, 1, "ORG"), (10, 11, "GPE")],
    )
    assert ("Acme", "withdrawsFrom", "Peru", "asserted") in triples(doc)


def test_surname_and_acronym_merge_into_the_full_name():
    # "Jane Roe chairs the Nordic Data Protection Authority (NDPA). Roe said the NDPA would probe Acme."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
chairs VERB ROOT 0 chair VBZ
the DET det 8
Nordic PROPN compound 8
Data PROPN compound 8
Protection PROPN compound 8
Authority PROPN obj 3
( PUNCT punct 10
NDPA PROPN appos 8
) PUNCT punct 10
. PUNCT punct 3
Roe PROPN nsubj 14
said VERB ROOT 0 say
the DET det 16
NDPA PROPN nsubj 18
would AUX aux 18 would MD
probe VERB ccomp 14 probe VB
Acme PROPN obj 18
. PUNCT punct 14
""",
        ents=[
            (0, 2, "PERSON"),
            (4, 8, "ORG"),
            (9, 10, "ORG"),
            (12, 13, "PERSON"),
            (15, 16, "ORG"),
            (18, 19, "ORG"),
        ],
    )
    extraction = extract(doc)
    authority = next(e for e in extraction.entities if e.label == "Nordic Data Protection Authority")
    assert authority.cls == EntityClass.GOVERNMENT_BODY
    assert ("NDPA", "acronym") in {(m.alias, m.rule) for m in authority.merges}
    jane = next(e for e in extraction.entities if e.label == "Jane Roe")
    assert ("Roe", "surname") in {(m.alias, m.rule) for m in jane.merges}
    found = {(s.subject.label, s.relation, s.object.label, s.modality.value) for s in extraction.statements}
    assert ("Nordic Data Protection Authority", "investigates", "Acme", "hypothetical") in found
    assert ("Jane Roe", "leads", "Nordic Data Protection Authority", "asserted") in found


def test_capital_as_actor_is_its_country():
    # "Moscow banned Acme."
    doc = parse(
        """
Moscow PROPN nsubj 2
banned VERB ROOT 0 ban
Acme PROPN obj 2
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG")],
    )
    extraction = extract(doc)
    russia = next(e for e in extraction.entities if e.label == "Russia")
    assert russia.cls == EntityClass.COUNTRY
    assert ("Moscow", "metonymy") in {(m.alias, m.rule) for m in russia.merges}
    assert ("Russia", "bans", "Acme", "asserted") in triples(doc)


def test_descriptive_office_holder_becomes_an_entity():
    # "Peru's prime minister banned Acme phones."
    doc = parse(
        """
Peru PROPN nmod:poss 4
's PART case 1 's POS
prime ADJ amod 4
minister NOUN nsubj 5
banned VERB ROOT 0 ban
Acme PROPN compound 7
phones NOUN obj 5 phone NNS
. PUNCT punct 5
""",
        ents=[(0, 1, "GPE"), (5, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Peru's prime minister", "bans", "Acme", "asserted") in found
    assert ("Peru's prime minister", "nationality", "Peru", "asserted") in found


def test_a_federal_jury_or_judge_is_a_descriptive_actor():
    # "Yesterday, a federal jury convicted Jane Roe."
    doc = parse(
        """
Yesterday NOUN obl:unmarked 6
, PUNCT punct 1
a DET det 5
federal ADJ amod 5
jury NOUN nsubj 6
convicted VERB ROOT 0 convict
Jane PROPN obj 6
Roe PROPN flat 7
. PUNCT punct 6
""",
        ents=[(6, 8, "PERSON")],
    )
    assert ("federal jury", "accuses", "Jane Roe", "asserted") in triples(doc)


def test_apposed_title_of_an_unlabelled_organisation_and_an_affiliation():
    # "Ana Lima, CEO of Zorvex, and Tom Ash of the Nordic Institute spoke."
    doc = parse(
        """
Ana PROPN nsubj 15
Lima PROPN flat 1
, PUNCT punct 4
CEO NOUN appos 1 ceo
of ADP case 6
Zorvex PROPN nmod 4
, PUNCT punct 9
and CCONJ cc 9
Tom PROPN conj 1
Ash PROPN flat 9
of ADP case 14
the DET det 14
Nordic PROPN compound 14
Institute PROPN nmod 9
spoke VERB ROOT 0 speak
. PUNCT punct 15
""",
        ents=[(0, 2, "PERSON"), (8, 10, "PERSON")],
    )
    found = triples(doc)
    assert ("Ana Lima", "leads", "Zorvex", "asserted") in found
    assert ("Tom Ash", "worksFor", "Nordic Institute", "asserted") in found


def test_head_of_state_leads_the_country_and_a_demonym_government_is_the_country():
    # "Peruvian President Ana Lima said the Chilean government banned Zorvex."
    doc = parse(
        """
Peruvian ADJ amod 3
President PROPN compound 3
Ana PROPN nsubj 5
Lima PROPN flat 3
said VERB ROOT 0 say
the DET det 8
Chilean ADJ amod 8
government NOUN nsubj 9
banned VERB ccomp 5 ban
Zorvex PROPN obj 9
. PUNCT punct 5
""",
        ents=[(2, 4, "PERSON"), (9, 10, "ORG")],
    )
    found = triples(doc)
    assert ("Ana Lima", "nationality", "Peru", "asserted") in found
    assert ("Ana Lima", "leads", "Peru", "asserted") in found
    assert ("Chile", "bans", "Zorvex", "asserted") in found


def test_a_national_subsidiary_is_not_merged_with_its_parent():
    # "Zentro Peru Limited was fined. Zentro said it would appeal."
    doc = parse(
        """
Zentro PROPN compound 3
Peru PROPN compound 3
Limited PROPN nsubj:pass 5
was AUX aux:pass 5 be
fined VERB ROOT 0 fine VBN
. PUNCT punct 5
Zentro PROPN nsubj 8
said VERB ROOT 0 say
it PRON nsubj 11 it PRP
would AUX aux 11
appeal VERB ccomp 8 appeal VB
. PUNCT punct 8
""",
        ents=[(0, 3, "ORG"), (6, 7, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert {"Zentro Peru Limited", "Zentro"} <= labels


def test_a_hyphenated_based_modifier_is_not_part_of_the_place_name():
    # "Ana Ruiz, director of the Oslo-based Nordic Institute, spoke."
    doc = parse(
        """
Ana PROPN nsubj 13
Ruiz PROPN flat 1
, PUNCT punct 4
director NOUN appos 1
of ADP case 11
the DET det 11
Oslo PROPN compound 9
- PUNCT punct 7
based VERB amod 11 base VBN
Nordic PROPN compound 11
Institute PROPN nmod 4
, PUNCT punct 4
spoke VERB ROOT 0 speak
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (6, 9, "GPE"), (9, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "leads", "Nordic Institute", "asserted") in found
    assert ("Nordic Institute", "basedIn", "Oslo", "asserted") in found


def test_a_board_or_directorate_is_a_government_body_whatever_the_ner_says():
    # "The Nevada Water Board and the Fisheries Directorate questioned Zentro."
    doc = parse(
        """
The DET det 4
Nevada PROPN compound 4
Water PROPN compound 4
Board PROPN nsubj 9
and CCONJ cc 8
the DET det 8
Fisheries PROPN compound 8
Directorate PROPN conj 4
questioned VERB ROOT 0 question
Zentro PROPN obj 9
. PUNCT punct 9
""",
        ents=[(1, 4, "LOC"), (6, 8, "ORG"), (9, 10, "ORG")],
    )
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes["Nevada Water Board"] == "GovernmentBody"
    assert classes["Fisheries Directorate"] == "GovernmentBody"


def test_an_airline_name_is_a_company_and_its_country_after_of_is_not_part_of_it():
    # "Chile banned Zentro Air of Peru, but the Bank of Peru objected."
    doc = parse(
        """
Chile PROPN nsubj 2
banned VERB ROOT 0 ban
Zentro PROPN compound 4
Air PROPN obj 2
of ADP case 6
Peru PROPN nmod 4
, PUNCT punct 13
but CCONJ cc 13
the DET det 10
Bank PROPN nsubj 13
of ADP case 12
Peru PROPN nmod 10
objected VERB conj 2 object
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 4, "LOC")],
    )
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes["Zentro Air"] == "Company"
    assert "Bank of Peru" in classes
    found = triples(doc)
    assert ("Chile", "bans", "Zentro Air", "asserted") in found
    assert ("Zentro Air", "nationality", "Peru", "asserted") in found


def test_a_web_address_introduced_by_a_description_is_a_named_outlet():
    # "Zentro cited the Chilean news site biobio.cl on Monday." (the tagger calls the address an adverb)
    doc = parse(
        """
Zentro PROPN nsubj 2
cited VERB ROOT 0 cite
the DET det 7
Chilean ADJ amod 7
news NOUN compound 6
site NOUN compound 7
biobio.cl ADV obj 2
on ADP case 9
Monday PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG")],
    )
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes.get("biobio.cl") == "Company"
    assert ("biobio.cl", "nationality", "Chile", "asserted") in triples(doc)


def test_a_us_state_is_a_place_and_opens_the_name_of_a_body_based_there():
    # "Senator Ann Cole of Nevada praised the Nevada Water Board."
    doc = parse(
        """
Senator PROPN compound 2
Ann PROPN nsubj 6
Cole PROPN flat 2
of ADP case 5
Nevada PROPN nmod 2
praised VERB ROOT 0 praise
the DET det 10
Nevada PROPN compound 10
Water PROPN compound 10
Board PROPN obj 6
. PUNCT punct 6
""",
        ents=[(1, 3, "PERSON"), (4, 5, "GPE"), (7, 10, "ORG")],
    )
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes["Nevada"] == "Place"
    found = triples(doc)
    assert ("Nevada Water Board", "basedIn", "Nevada", "asserted") in found
    assert ("Ann Cole", "worksFor", "Nevada", "asserted") not in found


def test_a_capitalised_title_alone_is_no_name():
    # "Ruiz was the President of Peru."
    doc = parse(
        """
Ruiz PROPN nsubj 4
was AUX cop 4 be
the DET det 4
President PROPN ROOT 0
of ADP case 6
Peru PROPN nmod 4
. PUNCT punct 4
""",
        ents=[(0, 1, "PERSON"), (3, 4, "ORG"), (5, 6, "GPE")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "President" not in labels
    assert ("President", "nationality", "Peru", "asserted") not in triples(doc)


def test_a_name_found_once_is_found_again_where_the_tagger_missed_it():
    # "Zentro sells phones. Peru is removing Zentro equipment."
    doc = parse(
        """
Zentro PROPN nsubj 2
sells VERB ROOT 0 sell VBZ
phones NOUN obj 2 phone NNS
. PUNCT punct 2
Peru PROPN nsubj 7
is AUX aux 7 be
removing VERB ROOT 0 remove VBG
Zentro ADJ amod 9
equipment NOUN obj 7
. PUNCT punct 7
""",
        ents=[(0, 1, "ORG"), (4, 5, "GPE")],
    )
    mentions = [m.text for e in extract(doc).entities if e.label == "Zentro" for m in e.mentions]
    assert len(mentions) == 2


def test_two_words_the_ner_read_as_separate_persons_are_one_name_when_the_parse_joins_them():
    # "Zorblax chief Paulo Mendes resigned on Monday." (NER: "Paulo" and "Mendes", two persons)
    doc = parse(
        """
Zorblax PROPN compound 4
chief NOUN compound 4
Paulo PROPN compound 4
Mendes PROPN nsubj 5
resigned VERB ROOT 0 resign
on ADP case 7
Monday PROPN obl 5
. PUNCT punct 5
""",
        ents=[(0, 1, "ORG"), (2, 3, "PERSON"), (3, 4, "PERSON")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Paulo Mendes" in labels
    assert not labels & {"Paulo", "Mendes"}


def test_a_title_word_after_a_capitalised_the_inside_a_sentence_is_a_name():
    # "Ana Ruiz spoke to The Economist on Monday." (the NER span includes "The")
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
spoke VERB ROOT 0 speak
to ADP case 6
The DET det 6
Economist PROPN obl 3
on ADP case 8
Monday PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 6, "ORG")],
    )
    assert "Economist" in {e.label for e in extract(doc).entities}
    assert ("Ana Ruiz", "contacts", "Economist", "asserted") in triples(doc)


def test_the_it_of_a_cleft_sentence_refers_to_nothing():
    # "Chile grew. It was the Tandex Agency's investigation of Jane Roe which led to arrests."
    doc = parse(
        """
Chile PROPN nsubj 2
grew VERB ROOT 0 grow
. PUNCT punct 2
It PRON nsubj 10 it PRP
was AUX cop 10 be
the DET det 8
Tandex PROPN compound 8
Agency PROPN nmod:poss 10
's PART case 8 's POS
investigation NOUN ROOT 0
of ADP case 12
Jane PROPN nmod 10
Roe PROPN flat 12
which PRON nsubj 15 which WDT
led VERB acl:relcl 10 lead
to ADP case 17
arrests NOUN obl 15 arrest NNS
. PUNCT punct 10
""",
        ents=[(0, 1, "GPE"), (6, 8, "ORG"), (11, 13, "PERSON")],
    )
    found = triples(doc)
    assert ("Tandex Agency", "investigates", "Jane Roe", "asserted") in found
    assert ("Chile", "investigates", "Jane Roe", "asserted") not in found


def test_a_name_modifying_a_business_description_is_a_business_and_its_craft_a_product():
    # "The Velmar airframe company tested its Kestrel Heavy rocket." (the NER read Velmar as a person)
    doc = parse(
        """
The DET det 4
Velmar PROPN compound 4
airframe NOUN compound 4
company NOUN nsubj 5
tested VERB ROOT 0 test
its PRON nmod:poss 9 its PRP$
Kestrel PROPN amod 9
Heavy ADJ amod 9
rocket NOUN obj 5
in ADP case 11
May PROPN obl 5
. PUNCT punct 5
""",
        ents=[(1, 2, "PERSON")],
    )
    result = extract(doc)
    classes = {e.label: e.cls.value for e in result.entities}
    assert classes.get("Velmar") == "Company"
    assert classes.get("Kestrel Heavy") == "Product"
    assert ("Velmar", "produces", "Kestrel Heavy", "asserted") in triples(doc)


def test_a_surname_written_without_its_accents_is_the_same_person():
    # "Jana Müller met Kestrel Group. Muller left in May."
    doc = parse(
        """
Jana PROPN nsubj 3
Müller PROPN flat 1
met VERB ROOT 0 meet
Kestrel PROPN compound 5
Group PROPN obj 3
. PUNCT punct 3
Muller PROPN nsubj 8
left VERB ROOT 0 leave
in ADP case 10
May PROPN obl 8
. PUNCT punct 8
""",
        ents=[(0, 2, "PERSON"), (3, 5, "ORG"), (6, 7, "PERSON")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Jana Müller" in labels
    assert "Muller" not in labels


def test_a_country_before_lower_case_words_is_a_description_not_a_name():
    # "Peru barred US airlines from its airports." (the NER took "US airlines" for a name)
    doc = parse(
        """
Peru PROPN nsubj 2
barred VERB ROOT 0 bar
US PROPN compound 4
airlines NOUN obj 2 airline NNS
from ADP case 7
its PRON nmod:poss 7
airports NOUN obl 2 airport NNS
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (2, 4, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "US airlines" not in labels and "United States" in labels
    assert not any(s == "US airlines" for s, *_ in triples(doc))


def test_a_country_before_a_singular_body_word_names_its_body():
    # "The Peru parliament rejected the treaty."
    doc = parse(
        """
The DET det 3
Peru PROPN compound 3
parliament NOUN nsubj 4 parliament NN
rejected VERB ROOT 0 reject
the DET det 6
treaty NOUN obj 4
. PUNCT punct 4
""",
        ents=[(1, 3, "ORG")],
    )
    assert entity(doc, "Peru parliament").cls == EntityClass.GOVERNMENT_BODY
    assert ("Peru parliament", "nationality", "Peru", "asserted") in triples(doc)


def test_the_acronym_of_a_lower_case_phrase_is_no_name():
    # "Chile rejected the exclusive economic zone (EEZ) of Peru."
    doc = parse(
        """
Chile PROPN nsubj 2
rejected VERB ROOT 0 reject
the DET det 6
exclusive ADJ amod 6
economic ADJ amod 6
zone NOUN obj 2
( PUNCT punct 8
EEZ PROPN appos 6
) PUNCT punct 8
of ADP case 11
Peru PROPN nmod 8
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (7, 8, "ORG"), (10, 11, "GPE")],
    )
    assert "EEZ" not in {e.label for e in extract(doc).entities}
    assert not any("EEZ" in (s, o) for s, _, o, _ in triples(doc))


def test_its_in_a_second_conjunct_is_the_first_conjuncts_possessor():
    # "Peru condemned the Chilean government's treatment of the miners and its support for Jane Roe."
    # (the parser hangs "support" under "miners", not under "treatment")
    doc = parse(
        """
Peru PROPN nsubj 2
condemned VERB ROOT 0 condemn
the DET det 5
Chilean ADJ amod 5
government NOUN nmod:poss 7
's PART case 5 's POS
treatment NOUN obj 2
of ADP case 10
the DET det 10
miners NOUN nmod 7 miner NNS
and CCONJ cc 13
its PRON nmod:poss 13 its PRP$
support NOUN conj 10
for ADP case 15
Jane PROPN nmod 13
Roe PROPN flat 15
. PUNCT punct 2
""",
        ents=[(0, 1, "GPE"), (14, 16, "PERSON")],
    )
    found = {(s, r, o) for s, r, o, _ in triples(doc) if r == "supports"}
    assert found == {("Chile", "supports", "Jane Roe")}


def test_an_occupation_before_a_name_the_ner_missed_makes_a_person():
    # "The court heard actress Jane Roe." (no NER label)
    doc = parse(
        """
The DET det 2
court NOUN nsubj 3
heard VERB ROOT 0 hear
actress NOUN compound 5
Jane PROPN obj 3
Roe PROPN flat 5
. PUNCT punct 3
"""
    )
    assert entity(doc, "Jane Roe").cls == EntityClass.PERSON


def test_a_name_spelled_out_before_its_acronym_is_one_name():
    # "According to Daily Notes from Peru (DNP), Chile ..." -> not "Daily Notes" of Peru
    doc = parse(
        """
According VERB case 3 accord
to ADP fixed 1
Daily PROPN compound 4
Notes PROPN obl 12
from ADP case 6
Peru PROPN nmod 4
( PUNCT punct 8
DNP PROPN appos 6
) PUNCT punct 8
, PUNCT punct 12
Chile PROPN nsubj 12
protested VERB ROOT 0 protest
. PUNCT punct 12
""",
        ents=[(5, 6, "GPE"), (7, 8, "ORG"), (10, 11, "GPE")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Daily Notes" not in labels
    named = ("Daily Notes", "Daily Notes from Peru")
    assert not any(s in named and r == "nationality" for s, r, _, _ in triples(doc))


def test_a_court_named_without_its_jurisdiction_is_the_same_court():
    # "The Federal District Court fined Acme. The Federal District Court for the Northern District ruled."
    doc = parse(
        """
The DET det 4
Federal PROPN compound 4
District PROPN compound 4
Court PROPN nsubj 5
fined VERB ROOT 0 fine VBD
Acme PROPN obj 5
. PUNCT punct 5
The DET det 11
Federal PROPN compound 11
District PROPN compound 11
Court PROPN nsubj 17
for ADP case 16
the DET det 16
Northern PROPN compound 16
District PROPN nmod 11
ruled VERB ROOT 0 rule VBD
. PUNCT punct 17
""",
        ents=[(1, 4, "ORG"), (5, 6, "ORG"), (8, 15, "ORG")],
    )
    court = entity(doc, "Federal District Court for the Northern District")
    assert ("Federal District Court", "short_form") in {(m.alias, m.rule) for m in court.merges}


def test_a_known_body_is_no_short_form_of_a_longer_name_it_opens():
    # "The United Nations Zenith Organization (UNZO), an agency of the United Nations, met. The United
    # Nations agreed."
    doc = parse(
        """
The DET det 5
United PROPN compound 5
Nations PROPN compound 5
Zenith PROPN compound 5
Organization PROPN nsubj 17
( PUNCT punct 7
UNZO PROPN appos 5
) PUNCT punct 7
, PUNCT punct 11
an DET det 11
agency NOUN appos 5
of ADP case 15
the DET det 15
United PROPN compound 15
Nations PROPN nmod 11
, PUNCT punct 11
met VERB ROOT 0 meet
. PUNCT punct 17
The DET det 21
United PROPN compound 21
Nations PROPN nsubj 22
agreed VERB ROOT 0 agree
. PUNCT punct 22
""",
        ents=[(1, 5, "ORG"), (6, 7, "ORG"), (13, 15, "ORG"), (19, 21, "ORG")],
    )
    result = extract(doc)
    labels = {e.label for e in result.entities}
    assert {"United Nations Zenith Organization", "United Nations"} <= labels  # two bodies, not one
    found = triples(doc)
    assert ("United Nations Zenith Organization", "partOf", "United Nations", "asserted") in found


def test_a_description_apposed_to_a_named_body_is_no_entity_of_its_own():
    # "Yesterday, Zentro, the Chilean space agency, announced the death of engineer Rosa Vidal."
    doc = parse(
        """
Yesterday NOUN obl:unmarked 10 yesterday
, PUNCT punct 3
Zentro PROPN appos 1
, PUNCT punct 8
the DET det 8
Chilean PROPN compound 8 chilean
space NOUN compound 8
agency NOUN appos 1
, PUNCT punct 10
announced VERB ROOT 0 announce
the DET det 12
death NOUN obj 10
of ADP case 14
engineer NOUN nmod 12
Rosa PROPN flat 14
Vidal PROPN flat 15
. PUNCT punct 10
""",
        ents=[(2, 3, "ORG"), (14, 16, "PERSON")],
    )
    result = extract(doc)
    assert not any("agency" in e.label for e in result.entities)
    assert ("Zentro", "nationality", "Chile", "asserted") in triples(doc)


def test_an_organisation_named_of_regions_is_based_in_them():
    # "The Zenith Authority of New York and New Jersey met."
    doc = parse(
        """
The DET det 3
Zenith PROPN compound 3
Authority PROPN nsubj 10
of ADP case 6
New PROPN compound 6
York PROPN nmod 3
and CCONJ cc 9
New PROPN compound 9
Jersey PROPN conj 6
met VERB ROOT 0 meet
. PUNCT punct 10
""",
        ents=[(1, 9, "ORG")],
    )
    found = triples(doc)
    assert ("Zenith Authority of New York and New Jersey", "basedIn", "New York", "asserted") in found
    assert ("Zenith Authority of New York and New Jersey", "basedIn", "New Jersey", "asserted") in found


@pytest.mark.parametrize("given", ["Pedro", "Elijah", "Maya"])
def test_a_common_given_name_opens_a_persons_name_the_ner_calls_an_organisation(given):
    # "The Senate sued Pedro Pierluisi on Sunday."
    doc = parse(
        f"""
The DET det 2
Senate PROPN nsubj 3
sued VERB ROOT 0 sue
{given} PROPN compound 5
Pierluisi PROPN obj 3
on ADP case 7
Sunday PROPN obl 3
. PUNCT punct 3
""",
        ents=[(1, 2, "ORG"), (3, 5, "ORG")],
    )
    classes = {e.label: e.cls for e in extract(doc).entities}
    assert classes[f"{given} Pierluisi"] == EntityClass.PERSON


def test_lone_given_names_in_a_list_stay_people():
    # "Roe is survived by his daughters Nadine, Ashley and Toni." A lone one-word "person" is often an
    # organisation the NER has not learnt, but not when it is a common given name.
    doc = parse(
        """
Roe PROPN nsubj:pass 3
is AUX aux:pass 3 be
survived VERB ROOT 0 survive
by ADP case 6
his PRON nmod:poss 6
daughters NOUN obl:agent 3 daughter
Nadine PROPN appos 6
, PUNCT punct 9
Ashley PROPN conj 7
and CCONJ cc 11
Toni PROPN conj 7
. PUNCT punct 3
""",
        ents=[(0, 1, "PERSON"), (8, 9, "PERSON"), (10, 11, "PERSON")],
    )
    classes = {e.label: e.cls for e in extract(doc).entities}
    assert classes["Ashley"] == classes["Toni"] == EntityClass.PERSON


def test_a_thing_named_after_a_person_and_a_town_with_its_state_are_places():
    # "Traffic stopped on the George Washington Bridge. The fair was held in Tyler, Texas."
    doc = parse(
        """
Traffic NOUN nsubj 2
stopped VERB ROOT 0 stop
on ADP case 7
the DET det 7
George PROPN compound 7
Washington PROPN compound 7
Bridge PROPN obl 2
. PUNCT punct 2
The DET det 10
fair NOUN nsubj:pass 12
was AUX aux:pass 12 be
held VERB ROOT 0 hold
in ADP case 14
Tyler PROPN obl 12
, PUNCT punct 16
Texas PROPN appos 14
. PUNCT punct 12
""",
        ents=[(4, 7, "LOC"), (13, 14, "LOC"), (15, 16, "LOC")],
    )
    classes = {e.label: e.cls for e in extract(doc).entities}
    assert classes["George Washington Bridge"] == classes["Tyler"] == EntityClass.PLACE


_DON_LOVED_HIS_SONS = """
. PUNCT punct {root}
His PRON nmod:poss {family}
family NOUN nsubj {said}
said VERB ROOT 0 say
Don PROPN nsubj {loved}
loved VERB ccomp {said} love
his PRON nmod:poss {sons}
sons NOUN obj {loved} son
. PUNCT punct {said}
"""


def _don_loved_his_sons(first: str, root: int) -> str:
    """``first`` (a parse ending in its root at ``root``), then "... His family said Don loved his sons."."""
    n = len(first.split("\n")) - 2  # the words of ``first``
    at = {"root": root, "family": n + 3, "said": n + 4, "loved": n + 6, "sons": n + 8}
    return first + _DON_LOVED_HIS_SONS.strip("\n").format(**at) + "\n"


def test_a_lone_given_name_is_the_one_person_of_that_name():
    # "Radio host Don Imus died on Friday. His family said Don loved his sons."
    doc = parse(
        _don_loved_his_sons(
            """
Radio PROPN compound 2
host NOUN nsubj 5
Don PROPN nsubj 5
Imus PROPN flat 3
died VERB ROOT 0 die
on ADP case 7
Friday PROPN obl 5
""",
            root=5,
        ),
        ents=[(2, 4, "PERSON"), (11, 12, "PERSON")],
    )
    [don] = [e for e in extract(doc).entities if e.cls == EntityClass.PERSON]
    assert ("Don", "given_name") in {(m.alias, m.rule) for m in don.merges}
    # two Dons: "Don" is neither
    doc = parse(
        _don_loved_his_sons(
            """
Don PROPN nsubj 6
Imus PROPN flat 1
and CCONJ cc 4
Don PROPN conj 1
Roe PROPN flat 4
died VERB ROOT 0 die
on ADP case 8
Friday PROPN obl 6
""",
            root=6,
        ),
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (12, 13, "PERSON")],
    )
    assert "Don" in {e.label for e in extract(doc).entities}


def test_a_storm_named_like_a_person_gets_no_persons_vote_from_its_name():
    # "Hurricane Barry hit Louisiana. Barry weakened on Sunday." (the NER labels nothing)
    doc = parse(
        """
Hurricane PROPN compound 2
Barry PROPN nsubj 3
hit VERB ROOT 0
Louisiana PROPN obj 3
. PUNCT punct 3
Barry PROPN nsubj 7
weakened VERB ROOT 0 weaken
on ADP case 9
Sunday PROPN obl 7
. PUNCT punct 7
""",
    )
    assert all(e.cls != EntityClass.PERSON for e in extract(doc).entities)


def test_a_pronoun_skips_the_people_of_the_other_gender():
    # "Mary Roe praised John Doe. John Doe thanked Acme. She criticized Zenith Corp.": the nearest
    # subject is John Doe, but "she" is Mary Roe
    doc = parse(
        """
Mary PROPN nsubj 3
Roe PROPN flat 1
praised VERB ROOT 0 praise
John PROPN obj 3
Doe PROPN flat 4
. PUNCT punct 3
John PROPN nsubj 9
Doe PROPN flat 7
thanked VERB ROOT 0 thank
Acme PROPN obj 9
. PUNCT punct 9
She PRON nsubj 13
criticized VERB ROOT 0 criticize
Zenith PROPN compound 15
Corp. PROPN obj 13
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 8, "PERSON"), (13, 15, "ORG")],
    )
    found = triples(doc)
    assert ("Mary Roe", "criticizes", "Zenith Corp.", "asserted") in found
    assert ("John Doe", "criticizes", "Zenith Corp.", "asserted") not in found
    # an honorific tells too: "Pat Roe praised Mr Doe. Mr Doe thanked Acme. She criticized Zenith Corp.",
    # whether the NER leaves it out of the name (and "Doe" stays a person) or takes it in as a place
    honorific = """
Pat PROPN nsubj 3
Roe PROPN flat 1
praised VERB ROOT 0 praise
Mr PROPN compound 5
Doe PROPN obj 3
. PUNCT punct 3
Mr PROPN compound 8
Doe PROPN nsubj 9
thanked VERB ROOT 0 thank
Acme PROPN obj 9
. PUNCT punct 9
She PRON nsubj 13
criticized VERB ROOT 0 criticize
Zenith PROPN compound 15
Corp. PROPN obj 13
. PUNCT punct 13
"""
    for doe, label in (((4, 5), (7, 8)), "PERSON"), (((3, 5), (6, 8)), "GPE"):
        doc = parse(honorific, ents=[(0, 2, "PERSON"), *((a, b, label) for a, b in doe), (13, 15, "ORG")])
        assert {e.cls for e in extract(doc).entities if "Doe" in e.label} == {EntityClass.PERSON}
        assert ("Pat Roe", "criticizes", "Zenith Corp.", "asserted") in triples(doc), label


def test_a_noun_of_one_gender_before_a_name_tells_its_gender():
    # "Pat Roe praised her brother Tal Doe. Tal Doe thanked Acme. She criticized Zenith Corp."
    doc = parse(
        """
Pat PROPN nsubj 3
Roe PROPN flat 1
praised VERB ROOT 0 praise
her PRON nmod:poss 5
brother NOUN obj 3
Tal PROPN compound 7
Doe PROPN appos 5
. PUNCT punct 3
Tal PROPN compound 10
Doe PROPN nsubj 11
thanked VERB ROOT 0 thank
Acme PROPN obj 11
. PUNCT punct 11
She PRON nsubj 15
criticized VERB ROOT 0 criticize
Zenith PROPN compound 17
Corp. PROPN obj 15
. PUNCT punct 15
""",
        ents=[(0, 2, "PERSON"), (5, 7, "PERSON"), (8, 10, "PERSON"), (15, 17, "ORG")],
    )
    found = triples(doc)
    assert ("Tal Doe", "relativeOf", "Pat Roe", "asserted") in found
    assert ("Pat Roe", "criticizes", "Zenith Corp.", "asserted") in found


def test_a_lower_case_word_the_tagger_calls_a_proper_noun_ends_no_name():
    # "Commerce Secretary Wilbur Ross spoke on Monday." ("spoke" tagged NNP by mistake)
    doc = parse(
        """
Commerce NOUN compound 2
Secretary PROPN nmod:desc 3
Wilbur PROPN compound 5
Ross PROPN flat 3
spoke VERB ROOT 0 speak NNP
on ADP case 7
Monday PROPN obl 5
. PUNCT punct 5
""",
        ents=[(2, 4, "PERSON")],
    )
    assert "Wilbur Ross" in {e.label for e in extract(doc).entities}


def test_georgia_in_a_text_about_the_united_states_is_the_state():
    # "Senator Jane Roe of Georgia praised the US Senate." ("Georgian voters agreed." after it makes it
    # the country)
    words = """
Senator PROPN nmod:desc 2
Jane PROPN nsubj 6
Roe PROPN flat 2
of ADP case 5
Georgia PROPN nmod 2
praised VERB ROOT 0 praise
the DET det 9
US PROPN compound 9
Senate PROPN obj 6
. PUNCT punct 6
"""
    ents = [(1, 3, "PERSON"), (4, 5, "GPE"), (7, 9, "ORG")]
    doc = parse(words, ents=ents)
    assert entity(doc, "Georgia").cls == EntityClass.PLACE
    assert ("Jane Roe", "nationality", "Georgia", "asserted") not in triples(doc)
    georgian = """Georgian ADJ amod 12 georgian JJ
voters NOUN nsubj 13 voter NNS
agreed VERB ROOT 0 agree
. PUNCT punct 13
"""
    doc = parse(words + georgian, ents=ents)
    assert entity(doc, "Georgia").cls == EntityClass.COUNTRY


def test_a_partys_members_by_their_plural_noun_are_the_party():
    # "Democrats criticized Jane Roe."
    doc = parse(
        """
Democrats PROPN nsubj 2 democrat NNPS
criticized VERB ROOT 0 criticize
Jane PROPN obj 2
Roe PROPN flat 3
. PUNCT punct 2
""",
        ents=[(2, 4, "PERSON")],
    )
    assert ("Democratic Party", "criticizes", "Jane Roe", "asserted") in triples(doc)


def test_a_railway_after_a_demonym_is_a_company_of_that_country():
    # "The Chilean Railway connects Santiago with Lindale." (the NER reading the railway a place)
    doc = parse(
        """
The DET det 3
Chilean PROPN compound 3
Railway PROPN nsubj 4
connects VERB ROOT 0 connect VBZ
Santiago PROPN obj 4
with ADP case 7
Lindale PROPN obl 4
. PUNCT punct 4
""",
        ents=[(1, 3, "LOC"), (4, 5, "GPE"), (6, 7, "GPE")],
    )
    assert entity(doc, "Chilean Railway").cls == EntityClass.COMPANY
    assert ("Chilean Railway", "nationality", "Chile", "asserted") in triples(doc)


def test_a_name_said_to_be_a_journalist_is_a_person_but_not_one_said_to_be_a_player():
    # "Ivo Marek is a Chilean journalist." (no NER label) / "Kovo Zentro is a major player in Peru."
    journalist = parse(
        """
Ivo PROPN compound 2
Marek PROPN nsubj 6
is AUX cop 6 be
a DET det 6
Chilean ADJ amod 6
journalist NOUN ROOT 0
. PUNCT punct 6
"""
    )
    player = parse(
        """
Kovo PROPN compound 2
Zentro PROPN nsubj 6
is AUX cop 6 be
a DET det 6
major ADJ amod 6
player NOUN ROOT 0
in ADP case 8
Peru PROPN nmod 6
. PUNCT punct 6
""",
        ents=[(0, 2, "ORG"), (7, 8, "GPE")],
    )
    assert entity(journalist, "Ivo Marek").cls == EntityClass.PERSON
    assert ("Ivo Marek", "nationality", "Chile", "asserted") in triples(journalist)
    assert entity(player, "Kovo Zentro").cls != EntityClass.PERSON


def test_a_common_given_name_before_the_ners_person_completes_the_name():
    # "Yesterday, Elijah Eugene Roe, a judge, spoke." (the NER's person: "Eugene Roe")
    doc = parse(
        """
Yesterday NOUN obl:tmod 9
, PUNCT punct 1
Elijah PROPN compound 4
Eugene PROPN nsubj 9
Roe PROPN flat 4
, PUNCT punct 8
a DET det 8
judge NOUN appos 4
spoke VERB ROOT 0 speak
. PUNCT punct 9
""",
        ents=[(3, 5, "PERSON")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Elijah Eugene Roe" in labels
    assert "Eugene Roe" not in labels


def test_a_possessive_pronoun_in_an_apposition_is_not_the_named_person_of_the_other_gender():
    # "Juan Soto died. Maya Vidal, his wife, spoke."
    doc = parse(
        """
Juan PROPN nsubj 3
Soto PROPN flat 1
died VERB ROOT 0 die
. PUNCT punct 3
Maya PROPN nsubj 11
Vidal PROPN flat 5
, PUNCT punct 9
his PRON nmod:poss 9 his PRP$
wife NOUN appos 5
, PUNCT punct 9
spoke VERB ROOT 0 speak
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (4, 6, "PERSON")],
    )
    assert ("Maya Vidal", "relativeOf", "Juan Soto", "asserted") in triples(doc)


def test_parents_named_after_a_possessive_are_relatives_of_its_owner():
    # "Juan Soto was born in Lindale. His parents, Rosa Vidal and Ivo Marek, were farmers."
    doc = parse(
        """
Juan PROPN nsubj:pass 4
Soto PROPN flat 1
was AUX aux:pass 4 be VBD
born VERB ROOT 0 bear VBN
in ADP case 6
Lindale PROPN obl 4
. PUNCT punct 4
His PRON nmod:poss 9 his PRP$
parents NOUN nsubj 18 parent NNS
, PUNCT punct 11
Rosa PROPN appos 9
Vidal PROPN flat 11
and CCONJ cc 14
Ivo PROPN conj 11
Marek PROPN flat 14
, PUNCT punct 11
were AUX cop 18 be VBD
farmers NOUN ROOT 0 farmer NNS
. PUNCT punct 18
""",
        ents=[(0, 2, "PERSON"), (5, 6, "GPE"), (10, 12, "PERSON"), (13, 15, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "relativeOf", "Juan Soto", "asserted") in found
    assert ("Ivo Marek", "relativeOf", "Juan Soto", "asserted") in found


@pytest.mark.parametrize(("first", "split"), [("Ann", True), ("Velmar", False)])
def test_an_acronym_before_the_surname_of_a_person_named_in_full_is_two_names(first, split):
    # "Ann Roe spoke. Acme told CNN Roe was ill." (the NER's organisation: "CNN Roe"); with "Velmar
    # Roe", no common given name says that Roe is a person's surname
    doc = parse(
        f"""
{first} PROPN nsubj 3
Roe PROPN flat 1
spoke VERB ROOT 0 speak
. PUNCT punct 3
Acme PROPN nsubj 6
told VERB ROOT 0 tell
CNN PROPN compound 8
Roe PROPN nsubj 10
was AUX cop 10 be VBD
ill ADJ ccomp 6
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (4, 5, "ORG"), (6, 8, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert ("CNN" in labels and "CNN Roe" not in labels) == split


def test_a_name_the_parser_coordinates_with_a_person_by_a_comma_alone_is_not_typed_a_person():
    # "The report was written by the director of Peru's Zentro Watch, Rosa Vidal." (the apposition
    # misread as a coordination without "and")
    doc = parse(
        """
The DET det 2
report NOUN nsubj:pass 4
was AUX aux:pass 4 be
written VERB ROOT 0 write
by ADP case 7
the DET det 7
director NOUN obl:agent 4
of ADP case 12
Peru PROPN nmod:poss 12
's PART case 9
Zentro PROPN compound 12
Watch PROPN nmod 7
, PUNCT punct 14
Rosa PROPN conj 12
Vidal PROPN flat 14
. PUNCT punct 4
""",
        ents=[(8, 9, "GPE"), (10, 12, "ORG"), (13, 15, "PERSON")],
    )
    classes = {e.label: e.cls for e in extract(doc).entities}
    assert classes["Rosa Vidal"] == EntityClass.PERSON
    assert classes["Zentro Watch"] != EntityClass.PERSON


def test_a_list_of_three_names_without_and_still_shares_its_class():
    # "It works in Lindale, Marport, Kessington." (only the first two tagged as places)
    doc = parse(
        """
It PRON nsubj 2
works VERB ROOT 0 work
in ADP case 4
Lindale PROPN obl 2
, PUNCT punct 6
Marport PROPN conj 4
, PUNCT punct 8
Kessington PROPN conj 4
. PUNCT punct 2
""",
        ents=[(3, 4, "GPE"), (5, 6, "GPE"), (7, 8, "PERSON")],
    )
    classes = {e.label: e.cls for e in extract(doc).entities}
    assert classes["Kessington"] == EntityClass.PLACE
