"""Titles next to names on hand-written, hand-parsed sentences: the post's country after "to"/"for",
regional heads, and apposed office holders that are named."""

from rules_parse import extract, parse, triples

from newsgraph.extract.records import EntityClass


def test_ambassador_to_a_country_takes_the_nationality_of_the_demonym_before_the_title():
    # "Chilean Ambassador to Peru Rosa Vidal praised Lima."
    doc = parse(
        """
Chilean ADJ amod 2
Ambassador PROPN compound 5
to ADP case 4
Peru PROPN nmod 2
Rosa PROPN nsubj 7
Vidal PROPN flat 5
praised VERB ROOT 0 praise
Lima PROPN obj 7
. PUNCT punct 7
""",
        ents=[(3, 4, "GPE"), (4, 6, "PERSON"), (7, 8, "GPE")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") in found
    assert ("Rosa Vidal", "nationality", "Peru", "asserted") not in found


def test_a_companys_chief_for_a_region_works_for_the_company_and_is_no_second_entity():
    # "Ivo Marek, Zentro's CEO for Central Asia, said sales grew."
    doc = parse(
        """
Ivo PROPN nsubj 11
Marek PROPN flat 1
, PUNCT punct 6
Zentro PROPN nmod:poss 6
's PART case 4
CEO NOUN appos 1 ceo
for ADP case 9
Central PROPN amod 9
Asia PROPN nmod 6
, PUNCT punct 6
said VERB ROOT 0 say
sales NOUN nsubj 13 sale NNS
grew VERB ccomp 11 grow
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (3, 4, "ORG"), (7, 9, "LOC")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "worksFor", "Zentro", "asserted") in found
    assert not {t for t in found if t[1] == "leads"}
    assert not {t for t in found if "CEO" in t[0]}


def test_country_names_the_ner_missed_around_a_title_still_give_nationality():
    # "UK Special Envoy for Sudan Ann Cole met rebels."
    doc = parse(
        """
UK PROPN compound 3
Special ADJ amod 3 special NNP
Envoy PROPN nsubj 8
for ADP case 5
Sudan PROPN nmod 3
Ann PROPN compound 7
Cole PROPN flat 6
met VERB ROOT 0 meet
rebels NOUN obj 8 rebel NNS
. PUNCT punct 8
""",
        ents=[(5, 7, "PERSON")],
    )
    found = triples(doc)
    assert ("Ann Cole", "nationality", "United Kingdom", "asserted") in found
    assert ("Ann Cole", "nationality", "Sudan", "asserted") not in found


def test_a_surname_after_a_capitalised_title_stays_a_person():
    # "Kenyan President Otieno criticised Zentro."
    doc = parse(
        """
Kenyan ADJ amod 2
President PROPN compound 3
Otieno PROPN nsubj 4
criticised VERB ROOT 0 criticise
Zentro PROPN obj 4
. PUNCT punct 4
""",
        ents=[(2, 3, "PERSON"), (4, 5, "ORG")],
    )
    found = triples(doc)
    assert ("Otieno", "leads", "Kenya", "asserted") in found
    assert ("Otieno", "criticizes", "Zentro", "asserted") in found


def test_a_name_apposed_to_an_office_with_a_portfolio_is_a_person_working_there():
    # "Zentro's head of sales, Ana Ruiz, resigned." (the NER calls Ana Ruiz a place)
    doc = parse(
        """
Zentro PROPN nmod:poss 3
's PART case 1
head NOUN nsubj 10
of ADP case 5
sales NOUN nmod 3 sale NNS
, PUNCT punct 7
Ana PROPN appos 3
Ruiz PROPN flat 7
, PUNCT punct 7
resigned VERB ROOT 0 resign
. PUNCT punct 10
""",
        ents=[(0, 1, "ORG"), (6, 8, "LOC")],
    )
    assert ("Ana Ruiz", "worksFor", "Zentro", "asserted") in triples(doc)


def test_of_a_town_and_its_country_is_nationality_not_an_employer():
    # "Ivo Marek of Brno, Czech Republic and Ana Ruiz of the Lima Institute spoke."
    doc = parse(
        """
Ivo PROPN nsubj 15
Marek PROPN flat 1
of ADP case 4
Brno PROPN nmod 1
, PUNCT punct 7
Czech PROPN compound 7
Republic PROPN appos 4
and CCONJ cc 9
Ana PROPN conj 1
Ruiz PROPN flat 9
of ADP case 14
the DET det 14
Lima PROPN compound 14
Institute PROPN nmod 9
spoke VERB ROOT 0 speak
. PUNCT punct 15
""",
        ents=[(0, 2, "PERSON"), (3, 4, "ORG"), (5, 7, "GPE"), (8, 10, "PERSON"), (12, 14, "ORG")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "nationality", "Czech Republic", "asserted") in found
    assert ("Ivo Marek", "worksFor", "Brno", "asserted") not in found
    assert ("Ana Ruiz", "worksFor", "Lima Institute", "asserted") in found


def test_a_newsroom_title_before_a_name_works_for_the_outlet():
    # "Zentro News correspondent Ann Cole said the talks failed."
    doc = parse(
        """
Zentro PROPN compound 2
News PROPN compound 3
correspondent NOUN compound 5
Ann PROPN nsubj 6
Cole PROPN flat 4
said VERB ROOT 0 say
. PUNCT punct 6
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON")],
    )
    assert ("Ann Cole", "worksFor", "Zentro News", "asserted") in triples(doc)


def test_kinship_nouns_before_and_after_a_name_give_relative_of_the_possessor():
    # "Jane Roe and her husband John Roe left. Tom Poe's mother, Ann Lee, spoke."
    doc = parse(
        """
Jane PROPN nsubj 8
Roe PROPN flat 1
and CCONJ cc 6
her PRON nmod:poss 5 her PRP$
husband NOUN compound 6
John PROPN conj 1
Roe PROPN flat 6
left VERB ROOT 0 leave
. PUNCT punct 8
Tom PROPN compound 11
Poe PROPN nmod:poss 13
's PART case 11 's POS
mother NOUN nsubj 18
, PUNCT punct 15
Ann PROPN appos 13
Lee PROPN flat 15
, PUNCT punct 15
spoke VERB ROOT 0 speak
. PUNCT punct 18
""",
        ents=[(0, 2, "PERSON"), (5, 7, "PERSON"), (9, 11, "PERSON"), (14, 16, "PERSON")],
    )
    found = triples(doc)
    assert ("John Roe", "relativeOf", "Jane Roe", "asserted") in found
    assert ("Ann Lee", "relativeOf", "Tom Poe", "asserted") in found


def test_a_capitalised_kinship_word_inside_a_name_is_no_role():
    # "Jane Roe met Kim Woo Son."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
met VERB ROOT 0 meet
Kim PROPN obj 3
Woo PROPN flat 4
Son PROPN flat 4
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 6, "PERSON")],
    )
    assert triples(doc) == {("Jane Roe", "contacts", "Kim Woo Son", "asserted")}


def test_an_organisations_possessive_before_a_person_and_an_expert_from_an_organisation():
    # "Kestrel News's Jane Roe said so. Tom Poe, a retail expert from Velmar University, agreed."
    doc = parse(
        """
Kestrel PROPN compound 2
News PROPN nmod:poss 4
's PART case 2 's POS
Jane PROPN nsubj 6
Roe PROPN flat 4
said VERB ROOT 0 say
so ADV advmod 6
. PUNCT punct 6
Tom PROPN nsubj 20
Poe PROPN flat 9
, PUNCT punct 14
a DET det 14
retail NOUN compound 14
expert NOUN appos 9
from ADP case 18
Velmar PROPN compound 18
University PROPN nmod 14
, PUNCT punct 14
agreed VERB ROOT 0 agree
. PUNCT punct 20
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON"), (8, 10, "PERSON"), (15, 17, "ORG")],
    )
    found = triples(doc)
    assert ("Jane Roe", "worksFor", "Kestrel News", "asserted") in found
    assert ("Tom Poe", "worksFor", "Velmar University", "asserted") in found


def test_researchers_from_an_organisation_after_a_name_are_no_apposition():
    # "In findings published in Velmar Letters, researchers from Tandex University say so."
    doc = parse(
        """
In ADP case 2
findings NOUN obl 12 finding NNS
published VERB acl 2 publish VBN
in ADP case 6
Velmar PROPN compound 6
Letters PROPN obl 3
, PUNCT punct 2
researchers NOUN nsubj 12 researcher NNS
from ADP case 11
Tandex PROPN compound 11
University PROPN nmod 8
say VERB ROOT 0 say VBP
so ADV advmod 12
. PUNCT punct 12
""",
        ents=[(4, 6, "PERSON"), (9, 11, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "worksFor"}


def test_a_chief_officer_other_than_the_chief_executive_works_for_the_company():
    # "Velmar's Chief Technical Officer Jane Roe and Kestrel Agency administrator John Doe spoke."
    doc = parse(
        """
Velmar PROPN nmod:poss 6
's PART case 1 's POS
Chief PROPN compound 6
Technical PROPN compound 6
Officer PROPN compound 6
Jane PROPN nsubj 14
Roe PROPN flat 6
and CCONJ cc 12
Kestrel PROPN compound 10
Agency PROPN compound 11
administrator NOUN compound 12
John PROPN conj 6
Doe PROPN flat 12
spoke VERB ROOT 0 speak
in ADP case 16
May PROPN obl 14
. PUNCT punct 14
""",
        ents=[(0, 1, "ORG"), (5, 7, "PERSON"), (8, 10, "ORG"), (11, 13, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "worksFor", "Velmar", "asserted") in found
    assert ("Jane Roe", "leads", "Velmar", "asserted") not in found
    assert ("John Doe", "leads", "Kestrel Agency", "asserted") in found
    assert "Technical" not in {e.label for e in extract(doc).entities}


def test_the_title_of_an_organisation_before_the_comma_that_introduces_a_person():
    # "Speaking to Tandex News, the president of the League for the Defence of Human Rights, Jane
    # Roe, said so."
    doc = parse(
        """
Speaking VERB advcl 21 speak VBG
to ADP case 3
Tandex PROPN compound 4
News PROPN obl 1
, PUNCT punct 4
the DET det 7
president NOUN appos 4
of ADP case 10
the DET det 10
League PROPN nmod 7
for ADP case 13
the DET det 13
Defence PROPN nmod 10
of ADP case 16
Human PROPN compound 16
Rights PROPN nmod 13
, PUNCT punct 18
Jane PROPN nsubj 21
Roe PROPN flat 18
, PUNCT punct 18
said VERB ROOT 0 say
so ADV advmod 21
. PUNCT punct 21
""",
        ents=[(2, 4, "PERSON"), (16, 18, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "leads", "League for the Defence of Human Rights", "asserted") in found
    assert ("Jane Roe", "contacts", "Tandex News", "asserted") in found
    assert not {t for t in found if t[0] == "Tandex News" and t[1] == "leads"}


def test_a_lower_case_title_before_one_word_keeps_it_a_person():
    # "Chilean president Velmaren met Kestrel Group."
    doc = parse(
        """
Chilean ADJ amod 2
president NOUN compound 3
Velmaren PROPN nsubj 4
met VERB ROOT 0 meet
Kestrel PROPN compound 6
Group PROPN obj 4
in ADP case 8
May PROPN obl 4
. PUNCT punct 4
""",
        ents=[(2, 3, "PERSON"), (4, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Velmaren", "leads", "Chile", "asserted") in found
    assert ("Velmaren", "contacts", "Kestrel Group", "asserted") in found


def test_a_title_in_a_relative_clause_after_the_name():
    # "Jane Roe, who is also the chief executive of Velmar Corp, said so."
    doc = parse(
        """
Jane PROPN nsubj 14
Roe PROPN flat 1
, PUNCT punct 9
who PRON nsubj 9
is AUX cop 9
also ADV advmod 9
the DET det 9
chief ADJ amod 9
executive NOUN acl:relcl 1
of ADP case 12
Velmar PROPN compound 12
Corp PROPN nmod 9
, PUNCT punct 9
said VERB ROOT 0 say
so ADV advmod 14
. PUNCT punct 14
""",
        ents=[(0, 2, "PERSON"), (10, 12, "ORG")],
    )
    assert ("Jane Roe", "leads", "Velmar Corp", "asserted") in triples(doc)


def test_a_member_of_a_body_apposed_before_a_name_is_a_member_of_it():
    # "A member of the Zenith Assembly, Rosa Vidal, said ..." (parsed as a conjunct, as the model does)
    doc = parse(
        """
A DET det 2
member NOUN nsubj 11
of ADP case 5
the DET det 5
Zenith PROPN nmod 2
Assembly PROPN flat 5
, PUNCT punct 8
Rosa PROPN conj 2
Vidal PROPN flat 8
, PUNCT punct 2
said VERB ROOT 0 say
so ADV advmod 11
. PUNCT punct 11
""",
        ents=[(4, 6, "ORG"), (7, 9, "PERSON")],
    )
    assert ("Rosa Vidal", "memberOf", "Zenith Assembly", "asserted") in triples(doc)


def test_a_title_in_a_noun_predicate_is_the_subjects_role():
    # "Rosa Vidal is the chief executive of Acme."
    doc = parse(
        """
Rosa PROPN nsubj 6
Vidal PROPN flat 1
is AUX cop 6 be VBZ
the DET det 6
chief ADJ amod 6
executive NOUN ROOT 0
of ADP case 8
Acme PROPN nmod 6
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (7, 8, "ORG")],
    )
    assert ("Rosa Vidal", "leads", "Acme", "asserted") in triples(doc)
    # "Rosa Vidal is the Chilean president.": a demonym after the determiner names the country
    demonym = parse(
        """
Rosa PROPN nsubj 6
Vidal PROPN flat 1
is AUX cop 6 be VBZ
the DET det 6
Chilean ADJ amod 6 chilean
president NOUN ROOT 0
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON")],
    )
    found = triples(demonym)
    assert ("Rosa Vidal", "leads", "Chile", "asserted") in found
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") in found
    # "Rosa Vidal was the sister of Peruvian President Juan Soto.": a relative of the president, not
    # of the country
    kin = parse(
        """
Rosa PROPN nsubj 5
Vidal PROPN flat 1
was AUX cop 5 be VBD
the DET det 5
sister NOUN ROOT 0
of ADP case 10
Peruvian ADJ amod 9 peruvian
President PROPN compound 9
Juan PROPN compound 10
Soto PROPN nmod 5
. PUNCT punct 5
""",
        ents=[(0, 2, "PERSON"), (8, 10, "PERSON")],
    )
    assert ("Rosa Vidal", "nationality", "Peru", "asserted") not in triples(kin)


def test_a_demonym_and_title_opening_a_list_item_are_not_an_apposition():
    # "They met minister Rosa Vidal, Chilean president Juan Soto and others."
    doc = parse(
        """
They PRON nsubj 2
met VERB ROOT 0 meet
minister NOUN compound 4
Rosa PROPN obj 2
Vidal PROPN flat 4
, PUNCT punct 10
Chilean ADJ amod 8 chilean
president NOUN compound 9
Juan PROPN compound 10
Soto PROPN conj 4
and CCONJ cc 12
others NOUN conj 4 other NNS
. PUNCT punct 2
""",
        ents=[(3, 5, "PERSON"), (8, 10, "PERSON")],
    )
    assert ("Rosa Vidal", "leads", "Chile", "asserted") not in triples(doc)
    assert ("Juan Soto", "leads", "Chile", "asserted") in triples(doc)


def test_head_of_state_titles_with_the_country_after_each_name():
    # "Presidents Rosa Vidal of Chile and Juan Soto of Peru signed."
    doc = parse(
        """
Presidents PROPN compound 2 president NNPS
Rosa PROPN nsubj 11
Vidal PROPN flat 2
of ADP case 5
Chile PROPN nmod 2
and CCONJ cc 7
Juan PROPN conj 2
Soto PROPN flat 7
of ADP case 10
Peru PROPN nmod 7
signed VERB ROOT 0 sign
. PUNCT punct 11
""",
        ents=[(1, 3, "PERSON"), (4, 5, "GPE"), (6, 8, "PERSON"), (9, 10, "GPE")],
    )
    found = triples(doc)
    assert {("Rosa Vidal", "leads", "Chile", "asserted"), ("Juan Soto", "leads", "Peru", "asserted")} <= found
    assert ("Juan Soto", "leads", "Chile", "asserted") not in found


def test_a_party_leader_in_a_legislature_is_a_member_of_it():
    # "Assembly majority leader Rosa Vidal spoke to Acme."
    doc = parse(
        """
Assembly PROPN compound 3
majority NOUN compound 3
leader NOUN compound 4
Rosa PROPN nsubj 6
Vidal PROPN flat 4
spoke VERB ROOT 0 speak
to ADP case 8
Acme PROPN obl 6
. PUNCT punct 6
""",
        ents=[(0, 1, "ORG"), (3, 5, "PERSON"), (7, 8, "ORG")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "memberOf", "Assembly", "asserted") in found
    assert ("Rosa Vidal", "leads", "Assembly", "asserted") not in found


def test_a_named_holder_apposed_to_a_demonym_title_makes_no_descriptive_entity():
    # "Rosa Vidal, the Chilean foreign minister, met Juan Soto." (two subjects, as the model parses it)
    doc = parse(
        """
Rosa PROPN nsubj 9
Vidal PROPN flat 1
, PUNCT punct 7
the DET det 7
Chilean PROPN compound 7
foreign ADJ amod 7
minister NOUN nsubj 9
, PUNCT punct 7
met VERB ROOT 0 meet
Juan PROPN obj 9
Soto PROPN flat 10
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (9, 11, "PERSON")],
    )
    assert "Chilean foreign minister" not in {e.label for e in extract(doc).entities}
    assert ("Rosa Vidal", "contacts", "Juan Soto", "asserted") in triples(doc)


def test_a_head_of_state_is_not_taken_for_the_leader_of_an_organisation_named_before():
    # "The case against Acme was brought by President Rosa Vidal."
    doc = parse(
        """
The DET det 2
case NOUN nsubj:pass 6
against ADP case 4
Acme PROPN nmod 2
was AUX aux:pass 6 be
brought VERB ROOT 0 bring VBN
by ADP case 10
President PROPN compound 9
Rosa PROPN compound 10
Vidal PROPN obl:agent 6
. PUNCT punct 6
""",
        ents=[(3, 4, "ORG"), (8, 10, "PERSON")],
    )
    assert ("Rosa Vidal", "leads", "Acme", "asserted") not in triples(doc)


def test_a_kin_title_reaches_a_person_named_with_an_occupation():
    # "Rosa Vidal, fiancée of journalist Juan Soto, spoke." (a kin title with no noun frame)
    doc = parse(
        """
Rosa PROPN nsubj 10
Vidal PROPN flat 1
, PUNCT punct 4
fiancée NOUN appos 1
of ADP case 8
journalist NOUN compound 7
Juan PROPN compound 8
Soto PROPN nmod 4
, PUNCT punct 4
spoke VERB ROOT 0 speak
. PUNCT punct 10
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON")],
    )
    assert ("Rosa Vidal", "relativeOf", "Juan Soto", "asserted") in triples(doc)


def test_a_head_of_state_title_takes_the_country_after_the_name_and_other_titles_the_body_before():
    # "Zenith Union chairperson President Rosa Vidal of Chile spoke."
    doc = parse(
        """
Zenith PROPN compound 2
Union PROPN compound 3
chairperson NOUN compound 4
President PROPN compound 5
Rosa PROPN nsubj 9
Vidal PROPN flat 5
of ADP case 8
Chile PROPN nmod 5
spoke VERB ROOT 0 speak
. PUNCT punct 9
""",
        ents=[(0, 2, "ORG"), (4, 6, "PERSON"), (7, 8, "GPE")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "leads", "Chile", "asserted") in found
    assert ("Rosa Vidal", "leads", "Zenith Union", "asserted") in found


def test_a_lower_case_group_before_a_title_keeps_the_country_and_drops_an_organisation():
    # "Chilean opposition leader Rosa Vidal spoke." / "Acme union leader Juan Soto spoke."
    doc = parse(
        """
Chilean ADJ amod 3 chilean
opposition NOUN compound 3
leader NOUN compound 4
Rosa PROPN nsubj 6
Vidal PROPN flat 4
spoke VERB ROOT 0 speak
to ADP case 8
Acme PROPN obl 6
. PUNCT punct 6
""",
        ents=[(3, 5, "PERSON"), (7, 8, "ORG")],
    )
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") in triples(doc)
    union = parse(
        """
Acme PROPN compound 3
union NOUN compound 3
leader NOUN compound 4
Juan PROPN nsubj 6
Soto PROPN flat 4
spoke VERB ROOT 0 speak
to ADP case 8
Zenith PROPN obl 6
. PUNCT punct 6
""",
        ents=[(0, 1, "ORG"), (3, 5, "PERSON"), (7, 8, "ORG")],
    )
    assert not any(p == "leads" for _, p, _, _ in triples(union))


# "Prime Minister Rosa Vidal praised Chilean farmers. Chile grew. Chile exports Chilean copper."
_CHILE_TEXT = """
Prime PROPN compound 2
Minister PROPN compound 3
Rosa PROPN nsubj 5
Vidal PROPN flat 3
praised VERB ROOT 0 praise
{object}
farmers NOUN obj 5 farmer NNS
. PUNCT punct 5
Chile PROPN nsubj 10
grew VERB ROOT 0 grow
. PUNCT punct 10
Chile PROPN nsubj 13
exports VERB ROOT 0 export VBZ
Chilean ADJ amod 15 chilean
copper NOUN obj 13
. PUNCT punct 13
"""


def test_a_bare_head_of_state_title_leads_the_country_the_text_is_about():
    doc = parse(
        _CHILE_TEXT.format(object="Chilean ADJ amod 7 chilean"),
        ents=[(2, 4, "PERSON"), (6, 7, "NORP"), (9, 10, "GPE"), (12, 13, "GPE"), (14, 15, "NORP")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "leads", "Chile", "asserted") in found
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") not in found  # the text does not say it


def test_a_hyphenated_bare_head_of_state_title_leads_the_country_the_text_is_about():
    # "then-prime-minister Rosa Vidal praised Chilean farmers. Chile grew. Chile exports Chilean copper."
    doc = parse(
        """
then ADV advmod 5
- PUNCT punct 1
prime ADJ amod 5
- PUNCT punct 3
minister NOUN compound 6
Rosa PROPN nsubj 8
Vidal PROPN flat 6
praised VERB ROOT 0 praise
Chilean ADJ amod 10 chilean
farmers NOUN obj 8 farmer NNS
. PUNCT punct 8
Chile PROPN nsubj 13
grew VERB ROOT 0 grow
. PUNCT punct 13
Chile PROPN nsubj 16
exports VERB ROOT 0 export VBZ
Chilean ADJ amod 18 chilean
copper NOUN obj 16
. PUNCT punct 16
""",
        ents=[(5, 7, "PERSON"), (8, 9, "NORP"), (11, 12, "GPE"), (14, 15, "GPE"), (16, 17, "NORP")],
    )
    assert ("Rosa Vidal", "leads", "Chile", "asserted") in triples(doc)


def test_a_bare_head_of_state_title_leads_no_country_when_its_sentence_names_another():
    # "Prime Minister Rosa Vidal praised Peruvian farmers. Chile grew. Chile exports Chilean copper."
    doc = parse(
        _CHILE_TEXT.format(object="Peruvian ADJ amod 7 peruvian"),
        ents=[(2, 4, "PERSON"), (6, 7, "NORP"), (9, 10, "GPE"), (12, 13, "GPE"), (14, 15, "NORP")],
    )
    assert not {t for t in triples(doc) if t[1] == "leads"}


def test_a_head_of_state_title_with_an_unnamed_owner_or_sought_leads_no_country():
    # "Assembly president Rosa Vidal praised Chilean farmers. Chile grew. Chile exports Chilean copper."
    words = _CHILE_TEXT.replace("Prime PROPN", "Assembly PROPN").replace("Minister PROPN", "president NOUN")
    assembly = parse(
        words.format(object="Chilean ADJ amod 7 chilean"),
        ents=[(2, 4, "PERSON"), (6, 7, "NORP"), (9, 10, "GPE"), (12, 13, "GPE"), (14, 15, "NORP")],
    )
    assert ("Rosa Vidal", "leads", "Chile", "asserted") not in triples(assembly)
    # "Juan Soto for president and engineer Rosa Vidal won. Chile grew. Chile exports copper."
    sought = parse(
        """
Juan PROPN nsubj 9
Soto PROPN flat 1
for ADP case 4
president NOUN nmod 1
and CCONJ cc 8
engineer NOUN compound 8
Rosa PROPN conj 1
Vidal PROPN flat 7
won VERB ROOT 0 win
. PUNCT punct 9
Chile PROPN nsubj 12
grew VERB ROOT 0 grow
. PUNCT punct 12
Chile PROPN nsubj 15
exports VERB ROOT 0 export VBZ
Chilean ADJ amod 16 chilean
copper NOUN obj 15
. PUNCT punct 15
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON"), (10, 11, "GPE"), (13, 14, "GPE"), (15, 16, "NORP")],
    )
    assert ("Rosa Vidal", "leads", "Chile", "asserted") not in triples(sought)


def test_a_hyphenated_title_is_one_title():
    # "Rosa Vidal, Chile's Vice-President, praised farmers. Chile grew. Chile exports copper."
    doc = parse(
        """
Rosa PROPN nsubj 10
Vidal PROPN flat 1
, PUNCT punct 8
Chile PROPN nmod:poss 8
's PART case 4
Vice PROPN compound 8
- PUNCT punct 6
President PROPN appos 1
, PUNCT punct 8
praised VERB ROOT 0 praise
farmers NOUN obj 10 farmer NNS
. PUNCT punct 10
Chile PROPN nsubj 14
grew VERB ROOT 0 grow
. PUNCT punct 14
Chile PROPN nsubj 17
exports VERB ROOT 0 export VBZ
copper NOUN obj 17
. PUNCT punct 17
""",
        ents=[(0, 2, "PERSON"), (3, 4, "GPE"), (12, 13, "GPE"), (15, 16, "GPE")],
    )
    assert doc[5:8].text == "Vice-President"
    found = triples(doc)
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") in found
    assert not {t for t in found if t[1] == "leads"}  # a vice-president leads nothing


def test_a_qualified_leading_title_in_a_list_leads_nothing_named():
    # "Rosa Vidal, a union leader and co-founder of Acme Party, spoke."
    doc = parse(
        """
Rosa PROPN nsubj 14
Vidal PROPN flat 1
, PUNCT punct 6
a DET det 6
union NOUN compound 6
leader NOUN appos 1
and CCONJ cc 8
co-founder NOUN conj 6
of ADP case 11
Acme PROPN compound 11
Party PROPN nmod 8
, PUNCT punct 6
spoke VERB ROOT 0 speak
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (9, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "founderOf", "Acme Party", "asserted") in found
    assert ("Rosa Vidal", "leads", "Acme Party", "asserted") not in found


def test_occupations_before_a_name_are_titles_at_the_organisation_before_them():
    # "Zenith Space astronaut Rosa Vidal and Acme coach Juan Soto spoke."
    doc = parse(
        """
Zenith PROPN compound 2
Space PROPN compound 3
astronaut NOUN compound 4
Rosa PROPN nsubj 11
Vidal PROPN flat 4
and CCONJ cc 9
Acme PROPN compound 8
coach NOUN compound 9
Juan PROPN conj 4
Soto PROPN flat 9
spoke VERB ROOT 0 speak
. PUNCT punct 11
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON"), (6, 7, "ORG"), (8, 10, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "worksFor", "Zenith Space", "asserted") in found
    assert ("Juan Soto", "worksFor", "Acme", "asserted") in found


def test_a_bare_king_leads_the_text_s_country_only_if_it_is_a_monarchy():
    # "King Rosa Vidal praised Spanish farmers. Spain grew. Spain exports Spanish copper." (and Chile)
    text = """
King PROPN compound 2
Rosa PROPN nsubj 4
Vidal PROPN flat 2
praised VERB ROOT 0 praise
{demonym} ADJ amod 6 {lower}
farmers NOUN obj 4 farmer NNS
. PUNCT punct 4
{country} PROPN nsubj 9
grew VERB ROOT 0 grow
. PUNCT punct 9
{country} PROPN nsubj 12
exports VERB ROOT 0 export VBZ
{demonym} ADJ amod 14 {lower}
copper NOUN obj 12
. PUNCT punct 12
"""
    ents = [(1, 3, "PERSON"), (4, 5, "NORP"), (7, 8, "GPE"), (10, 11, "GPE"), (12, 13, "NORP")]
    spain = parse(text.format(country="Spain", demonym="Spanish", lower="spanish"), ents=ents)
    assert ("Rosa Vidal", "leads", "Spain", "asserted") in triples(spain)
    chile = parse(text.format(country="Chile", demonym="Chilean", lower="chilean"), ents=ents)
    assert not {t for t in triples(chile) if t[1] == "leads"}  # "King" is a name or a nickname there


def test_a_description_of_an_office_refers_to_the_person_named_with_its_title():
    # "Chilean Minister Rosa Vidal arrived. The Chilean minister criticized Acme."
    doc = parse(
        """
Chilean ADJ amod 2 chilean
Minister PROPN compound 3
Rosa PROPN nsubj 5
Vidal PROPN flat 3
arrived VERB ROOT 0 arrive
. PUNCT punct 5
The DET det 9
Chilean ADJ amod 9 chilean
minister NOUN nsubj 10
criticized VERB ROOT 0 criticize
Acme PROPN obj 10
. PUNCT punct 10
""",
        ents=[(0, 1, "NORP"), (2, 4, "PERSON"), (7, 8, "NORP"), (10, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "criticizes", "Acme", "asserted") in found
    assert not {t for t in found if t[0] == "Chilean minister"}


def test_a_title_of_a_named_country_before_a_name_is_the_persons():
    # "The President of the United States Rosa Vidal met the Prime Minister of Chile Juan Soto."
    doc = parse(
        """
The DET det 2
President PROPN nsubj 10
of ADP case 6
the DET det 6
United PROPN compound 6
States PROPN nmod 2
Rosa PROPN appos 2
Vidal PROPN flat 7
met VERB ROOT 0 meet
the DET det 12
Prime PROPN compound 12
Minister PROPN obj 9
of ADP case 14
Chile PROPN nmod 12
Juan PROPN appos 12
Soto PROPN flat 15
. PUNCT punct 9
""",
        ents=[(4, 6, "GPE"), (6, 8, "PERSON"), (14, 16, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "leads", "United States", "asserted") in found
    assert ("Juan Soto", "leads", "Chile", "asserted") in found  # the NER missed "Chile"


def test_a_kin_noun_types_a_lone_first_name_and_its_pronoun_is_the_person_named_just_before():
    # "Rosa Vidal asked Juan Soto to investigate Ana Ruiz and her son Tomas."
    doc = parse(
        """
Rosa PROPN nsubj 3
Vidal PROPN flat 1
asked VERB ROOT 0 ask
Juan PROPN iobj 3
Soto PROPN flat 4
to PART mark 7
investigate VERB xcomp 3 investigate VB
Ana PROPN obj 7
Ruiz PROPN flat 8
and CCONJ cc 12
her PRON nmod:poss 12 her PRP$
son NOUN conj 8
Tomas PROPN appos 12
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 9, "PERSON"), (12, 13, "PERSON")],
    )
    classes = {e.label: e.cls for e in extract(doc).entities}
    assert classes["Tomas"] == EntityClass.PERSON  # one word, no surname elsewhere: a person after "son"
    found = triples(doc)
    assert ("Tomas", "relativeOf", "Ana Ruiz", "asserted") in found
    assert not {t for t in found if t[1] == "relativeOf" and t[2] != "Ana Ruiz"}


def test_a_kin_pronoun_after_a_kin_introduced_name_is_not_that_person():
    # "Ana Ruiz sued her mother, Rosa Vidal, and her aunt, Lea Soto."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
sued VERB ROOT 0 sue
her PRON nmod:poss 5 her PRP$
mother NOUN obj 3
, PUNCT punct 7
Rosa PROPN appos 5
Vidal PROPN flat 7
, PUNCT punct 12
and CCONJ cc 12
her PRON nmod:poss 12 her PRP$
aunt NOUN conj 5
, PUNCT punct 14
Lea PROPN appos 12
Soto PROPN flat 14
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON"), (13, 15, "PERSON")],
    )
    found = triples(doc)
    assert ("Lea Soto", "relativeOf", "Rosa Vidal", "asserted") not in found
    assert ("Lea Soto", "relativeOf", "Ana Ruiz", "asserted") in found


def test_a_numeral_before_a_kin_noun_keeps_the_possessor():
    # "Don Roe died. He leaves his two sons John and Paul."
    doc = parse(
        """
Don PROPN nsubj 3
Roe PROPN flat 1
died VERB ROOT 0 die
. PUNCT punct 3
He PRON nsubj 6
leaves VERB ROOT 0 leave
his PRON nmod:poss 9 he PRP$
two NUM nummod 9
sons NOUN obj 6 son NNS
John PROPN obl 6
and CCONJ cc 12
Paul PROPN conj 10
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (9, 10, "PERSON"), (11, 12, "PERSON")],
    )
    found = triples(doc)
    assert ("John", "relativeOf", "Don Roe", "asserted") in found
    assert ("Paul", "relativeOf", "Don Roe", "asserted") in found


# "Don Roe died. Roe is survived by his wife Ann, their ..." (the list after it differs)
_SURVIVED_BY = """
Don PROPN nsubj 3
Roe PROPN flat 1
died VERB ROOT 0 die
. PUNCT punct 3
Roe PROPN nsubj:pass 7
is AUX aux:pass 7 be
survived VERB ROOT 0 survive
by ADP case 10
his PRON nmod:poss 10 he PRP$
wife NOUN obl:agent 7
Ann PROPN appos 10
, PUNCT punct {sons}
their PRON nmod:poss {sons} they PRP$
"""


def test_their_refers_to_no_one_named_after_it():
    # "... their two sons Wyatt and Zachary, and two daughters, Nadine and Toni.": the coordination
    # that "their" follows ends before it (not at Nadine)
    doc = parse(
        _SURVIVED_BY.format(sons=15)
        + """two NUM nummod 15
sons NOUN appos 10 son NNS
Wyatt PROPN appos 10
and CCONJ cc 18
Zachary PROPN conj 16
, PUNCT punct 22
and CCONJ cc 22
two NUM nummod 22
daughters NOUN conj 10 daughter NNS
, PUNCT punct 24
Nadine PROPN appos 22
and CCONJ cc 26
Toni PROPN conj 24
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (4, 5, "PERSON"), (10, 11, "PERSON"), (15, 16, "PERSON"), (25, 26, "PERSON")],
    )
    kin = {(s, o) for s, p, o, _ in triples(doc) if p == "relativeOf"}
    assert kin == {("Ann", "Don Roe")}


def test_his_after_a_list_of_someone_elses_kin_is_not_the_last_of_them():
    # "... their sons Wyatt and Zachary, and his daughters Nadine and Toni.": "his" is Don Roe's,
    # not Zachary's (a kin noun introduces the coordination Zachary ends)
    doc = parse(
        _SURVIVED_BY.format(sons=14)
        + """sons NOUN appos 10 son NNS
Wyatt PROPN appos 10
and CCONJ cc 17
Zachary PROPN conj 15
, PUNCT punct 21
and CCONJ cc 21
his PRON nmod:poss 21 he PRP$
daughters NOUN conj 7 daughter NNS
Nadine PROPN appos 21
and CCONJ cc 24
Toni PROPN conj 22
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (4, 5, "PERSON"), (10, 11, "PERSON"), (14, 15, "PERSON"), (23, 24, "PERSON")],
    )
    found = triples(doc)
    assert ("Nadine", "relativeOf", "Don Roe", "asserted") in found
    assert not {t for t in found if t[1] == "relativeOf" and t[2] == "Zachary"}


def test_a_country_before_an_occupation_is_the_persons_nationality():
    # "Japanese professional wrestler and television star Hana Kimura died."
    doc = parse(
        """
Japanese ADJ amod 6 japanese JJ
professional ADJ amod 6
wrestler NOUN compound 6
and CCONJ cc 5
television NOUN conj 3
star NOUN nsubj 9
Hana PROPN appos 6
Kimura PROPN flat 7
died VERB ROOT 0 die
. PUNCT punct 9
""",
        ents=[(6, 8, "PERSON")],
    )
    assert ("Hana Kimura", "nationality", "Japan", "asserted") in triples(doc)
    # a headline's noun that names no one: "US military kills Jane Roe" ("kills" read as a noun)
    doc = parse(
        """
US PROPN compound 3
military NOUN compound 3
kills NOUN ROOT 0 kill NNS
Jane PROPN appos 3
Roe PROPN flat 4
""",
        ents=[(0, 1, "GPE"), (3, 5, "PERSON")],
    )
    assert not [t for t in triples(doc) if t[1] == "nationality"]


def test_a_partys_adjective_before_a_title_or_occupation_is_membership():
    # "Republican Representative Jane Roe praised Acme.": a member of the party, not its employee
    doc = parse(
        """
Republican ADJ amod 2 republican JJ
Representative PROPN nmod:desc 3
Jane PROPN nsubj 5
Roe PROPN flat 3
praised VERB ROOT 0 praise
Acme PROPN obj 5
. PUNCT punct 5
""",
        ents=[(2, 4, "PERSON"), (5, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Jane Roe", "memberOf", "Republican Party", "asserted") in found
    assert not [t for t in found if t[1] in ("worksFor", "leads")]
    # "Louis Roe, a Republican fundraiser Jon Doe appointed, spoke.": the fundraiser is Louis Roe
    doc = parse(
        """
Louis PROPN nsubj 11
Roe PROPN flat 1
, PUNCT punct 6
a DET det 6
Republican ADJ amod 6 republican JJ
fundraiser NOUN appos 1
Jon PROPN nsubj 9
Doe PROPN flat 7
appointed VERB acl:relcl 6 appoint
, PUNCT punct 11
spoke VERB ROOT 0 speak
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON")],
    )
    assert not [t for t in triples(doc) if t[0] == "Jon Doe"]


def test_a_party_adjective_leaves_a_bare_head_of_state_title_to_the_document_country():
    # "The United States imposed tariffs. US firms objected. The US economy slowed. Republican President
    # Jane Roe spoke on Monday."
    doc = parse(
        """
The DET det 3
United PROPN compound 3
States PROPN nsubj 4
imposed VERB ROOT 0 impose
tariffs NOUN obj 4 tariff NNS
. PUNCT punct 4
US PROPN compound 8
firms NOUN nsubj 9 firm NNS
objected VERB ROOT 0 object
. PUNCT punct 9
The DET det 13
US PROPN compound 13
economy NOUN nsubj 14
slowed VERB ROOT 0 slow
. PUNCT punct 14
Republican ADJ amod 17 republican JJ
President PROPN nmod:desc 18
Jane PROPN nsubj 20
Roe PROPN flat 18
spoke VERB ROOT 0 speak
on ADP case 22
Monday PROPN obl 20
. PUNCT punct 20
""",
        ents=[(1, 3, "GPE"), (6, 7, "GPE"), (11, 12, "GPE"), (17, 19, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "memberOf", "Republican Party", "asserted") in found
    assert ("Jane Roe", "leads", "United States", "asserted") in found


def test_a_kin_noun_whose_copula_names_a_person():
    # "Hana Kimura died. Her mother is professional wrestler Kyoko Kimura."
    doc = parse(
        """
Hana PROPN nsubj 3
Kimura PROPN flat 1
died VERB ROOT 0 die
. PUNCT punct 3
Her PRON nmod:poss 6 she PRP$
mother NOUN nsubj 10
is AUX cop 10 be
professional ADJ amod 10
wrestler NOUN amod 10
Kyoko PROPN ROOT 0
Kimura PROPN flat 10
. PUNCT punct 10
""",
        ents=[(0, 2, "PERSON"), (9, 11, "PERSON")],
    )
    assert ("Kyoko Kimura", "relativeOf", "Hana Kimura", "asserted") in triples(doc)


def test_the_head_of_a_region_leads_it_and_its_police_chief_does_not():
    # "Rosa Vidal, the governor of Idaho, thanked Idaho's police chief Juan Soto."
    doc = parse(
        """
Rosa PROPN nsubj 9
Vidal PROPN flat 1
, PUNCT punct 5
the DET det 5
governor NOUN appos 1
of ADP case 7
Idaho PROPN nmod 5
, PUNCT punct 5
thanked VERB ROOT 0 thank
Idaho PROPN nmod:poss 13
's PART case 10
police NOUN compound 13
chief NOUN compound 14
Juan PROPN obj 9
Soto PROPN flat 14
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (6, 7, "GPE"), (9, 10, "GPE"), (13, 15, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "leads", "Idaho", "asserted") in found
    assert ("Juan Soto", "leads", "Idaho", "asserted") not in found


def test_an_office_taken_or_held_as_title_of_an_owner():
    # "Rosa Vidal was sworn in as Lindale's governor at 5:00 p.m.": "at 5:00" names no employer
    sworn = parse(
        """
Rosa PROPN nsubj:pass 4
Vidal PROPN flat 1
was AUX aux:pass 4 be VBD
sworn VERB ROOT 0 swear VBN
in ADP compound:prt 4
as ADP case 9
Lindale PROPN nmod:poss 9
's PART case 7
governor NOUN obl 4
at ADP case 11
5:00 NUM obl 4
p.m. NOUN nmod:unmarked 11
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (6, 7, "GPE")],
    )
    assert ("Rosa Vidal", "leads", "Lindale", "asserted") in triples(sworn)
    # "Juan Soto, who served as chief executive of Velmar Corp, resigned."
    relative = parse(
        """
Juan PROPN nsubj 13
Soto PROPN flat 1
, PUNCT punct 5
who PRON nsubj 5
served VERB acl:relcl 1 serve
as ADP case 8
chief ADJ amod 8
executive NOUN obl 5
of ADP case 11
Velmar PROPN compound 11
Corp PROPN nmod 8
, PUNCT punct 5
resigned VERB ROOT 0 resign
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (9, 11, "ORG")],
    )
    assert ("Juan Soto", "leads", "Velmar Corp", "asserted") in triples(relative)
    # "Velmar Corp will appoint Juan Soto as chairman of Nimbus Inc." is no fact yet... "Juan Soto will
    # serve as chairman of Nimbus Inc.": a future office is not read as held
    future = parse(
        """
Juan PROPN nsubj 4
Soto PROPN flat 1
will AUX aux 4
serve VERB ROOT 0 serve VB
as ADP case 6
chairman NOUN obl 4
of ADP case 9
Nimbus PROPN compound 9
Inc PROPN nmod 6
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
    )
    assert not [t for t in triples(future) if t[1] == "leads"]


def test_an_office_given_to_the_object_with_as():
    # "Velmar Corp appointed Juan Soto as chief executive of Nimbus Inc."
    doc = parse(
        """
Velmar PROPN compound 2
Corp PROPN nsubj 3
appointed VERB ROOT 0 appoint
Juan PROPN obj 3
Soto PROPN flat 4
as ADP case 8
chief ADJ amod 8
executive NOUN obl 3
of ADP case 11
Nimbus PROPN compound 11
Inc PROPN nmod 8
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON"), (9, 11, "ORG")],
    )
    assert ("Juan Soto", "leads", "Nimbus Inc", "asserted") in triples(doc)


def test_an_owner_after_for_that_is_a_titled_person_is_that_person_not_their_country():
    # "Rosa Vidal served as campaign manager for US Senator Juan Soto."
    doc = parse(
        """
Rosa PROPN nsubj 3
Vidal PROPN flat 1
served VERB ROOT 0 serve
as ADP case 6
campaign NOUN compound 6
manager NOUN obl 3
for ADP case 10
US PROPN compound 9
Senator PROPN compound 10
Juan PROPN nmod 6
Soto PROPN flat 10
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (7, 8, "GPE"), (9, 11, "PERSON")],
    )
    found = triples(doc)
    assert ("Juan Soto", "nationality", "United States", "asserted") in found
    assert ("Rosa Vidal", "nationality", "United States", "asserted") not in found


def test_a_deputy_or_vice_head_works_for_the_organisation_and_leads_nothing():
    # "Jane Roe, the deputy chairman of Velmar Corp, agreed."
    doc = parse(
        """
Jane PROPN nsubj 11
Roe PROPN flat 1
, PUNCT punct 6
the DET det 6
deputy ADJ amod 6
chairman NOUN appos 1
of ADP case 9
Velmar PROPN compound 9
Corp PROPN nmod 6
, PUNCT punct 6
agreed VERB ROOT 0 agree
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
    )
    found = triples(doc)
    assert ("Jane Roe", "worksFor", "Velmar Corp", "asserted") in found
    assert ("Jane Roe", "leads", "Velmar Corp", "asserted") not in found


def test_a_singular_title_before_a_name_is_not_shared_with_the_next_name_in_a_list():
    # "Contenders include former Zenith Party Vice Chairman Juan Soto, businessman Rosa Vidal and Ana Ruiz."
    doc = parse(
        """
Contenders NOUN nsubj 2 contender NNS
include VERB ROOT 0 include VBP
former ADJ amod 9
Zenith PROPN compound 5
Party PROPN compound 9
Vice PROPN compound 7
Chairman PROPN compound 9
Juan PROPN compound 9
Soto PROPN obj 2
, PUNCT punct 13
businessman NOUN compound 13
Rosa PROPN compound 13
Vidal PROPN conj 9
and CCONJ cc 16
Ana PROPN compound 16
Ruiz PROPN conj 9
. PUNCT punct 2
""",
        ents=[(3, 5, "ORG"), (7, 9, "PERSON"), (11, 13, "PERSON"), (14, 16, "PERSON")],
    )
    found = triples(doc)
    assert ("Juan Soto", "worksFor", "Zenith Party", "asserted") in found
    assert ("Rosa Vidal", "worksFor", "Zenith Party", "asserted") not in found


def test_a_party_adjective_before_a_governor_is_no_place():
    # "Rosa Vidal ran as a Republican. She advised Idaho's Republican Governor Juan Soto." (parsed as
    # the model does)
    doc = parse(
        """
Rosa PROPN nsubj 3
Vidal PROPN flat 1
ran VERB ROOT 0 run
as ADP case 6
a DET det 6
Republican PROPN obl 3 republican NNP
. PUNCT punct 3
She PRON nsubj 9 she PRP
advised VERB ROOT 0 advise
Idaho PROPN nmod:poss 13
's PART case 10
Republican ADJ amod 13 republican JJ
Governor PROPN nmod:desc 14
Juan PROPN obj 9
Soto PROPN flat 14
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (5, 6, "NORP"), (9, 10, "LOC"), (13, 15, "PERSON")],
    )
    result = extract(doc)
    assert ("Juan Soto", "leads", "Idaho", "asserted") in triples(doc)
    assert not [e for e in result.entities if e.label == "Republican" and e.cls == EntityClass.PLACE]


def test_the_mayor_of_the_city_of_a_place_leads_the_place():
    # "Rosa Vidal, mayor of the Polish city of Lindale, died."
    doc = parse(
        """
Rosa PROPN nsubj 12
Vidal PROPN flat 1
, PUNCT punct 4
mayor NOUN appos 1
of ADP case 8
the DET det 8
Polish ADJ amod 8 polish
city NOUN nmod 4
of ADP case 10
Lindale PROPN nmod 8
, PUNCT punct 4
died VERB ROOT 0 die
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (6, 7, "NORP"), (9, 10, "ORG")],  # (the NER mistypes the city)
    )
    assert ("Rosa Vidal", "leads", "Lindale", "asserted") in triples(doc)


def test_a_party_word_before_a_name_or_after_the_article_of_its_predicate_gives_membership():
    # "Democrat Jane Roe thanked Jon Doe, a Republican."
    doc = parse(
        """
Democrat PROPN compound 3
Jane PROPN compound 3
Roe PROPN nsubj 4
thanked VERB ROOT 0 thank
Jon PROPN obj 4
Doe PROPN flat 5
, PUNCT punct 9
a DET det 9
Republican PROPN appos 5
. PUNCT punct 4
""",
        ents=[(0, 3, "PERSON"), (4, 6, "PERSON"), (8, 9, "NORP")],
    )
    result = extract(doc)
    assert {e.label for e in result.entities if e.cls == EntityClass.PERSON} == {"Jane Roe", "Jon Doe"}
    found = triples(doc)
    assert ("Jane Roe", "memberOf", "Democratic Party", "asserted") in found
    assert ("Jon Doe", "memberOf", "Republican Party", "asserted") in found
    # "Jon Doe is a Republican."
    predicate = parse(
        """
Jon PROPN nsubj 5
Doe PROPN flat 1
is AUX cop 5 be VBZ
a DET det 5
Republican PROPN ROOT 0
. PUNCT punct 5
""",
        ents=[(0, 2, "PERSON"), (4, 5, "NORP")],
    )
    assert ("Jon Doe", "memberOf", "Republican Party", "asserted") in triples(predicate)


def test_an_organisation_named_before_a_lower_case_title_in_an_apposition_is_its_owner():
    # "Jane Roe, a former Velmar Corp spokeswoman, thanked Jon Doe, a Lindale lawyer."
    doc = parse(
        """
Jane PROPN nsubj 10
Roe PROPN flat 1
, PUNCT punct 8
a DET det 8
former ADJ amod 8
Velmar PROPN compound 7
Corp PROPN compound 8
spokeswoman NOUN appos 1
, PUNCT punct 8
thanked VERB ROOT 0 thank
Jon PROPN obj 10
Doe PROPN flat 11
, PUNCT punct 16
a DET det 16
Lindale PROPN compound 16
lawyer NOUN appos 11
. PUNCT punct 10
""",
        ents=[(0, 2, "PERSON"), (5, 7, "ORG"), (10, 12, "PERSON"), (14, 15, "GPE")],
    )
    found = triples(doc)
    assert ("Jane Roe", "worksFor", "Velmar Corp", "asserted") in found
    assert not [t for t in found if t[0] == "Jon Doe" and t[2] == "Lindale"]


def test_a_description_between_of_and_the_owners_name_is_skipped():
    # "Jane Roe is the co-founder of the rock band Zephyr Corp."
    doc = parse(
        """
Jane PROPN nsubj 5
Roe PROPN flat 1
is AUX cop 5 be VBZ
the DET det 5
co-founder NOUN ROOT 0
of ADP case 11
the DET det 11
rock NOUN compound 9
band NOUN compound 11
Zephyr PROPN compound 11
Corp PROPN nmod 5
. PUNCT punct 5
""",
        ents=[(0, 2, "PERSON"), (9, 11, "ORG")],
    )
    assert ("Jane Roe", "founderOf", "Zephyr Corp", "asserted") in triples(doc)


def test_an_office_inside_a_bodys_name_stays_in_the_name_unless_a_person_follows():
    # "Jane Roe, a rapporteur for the Office of the Zenith High Commissioner for Refugees, spoke."
    doc = parse(
        """
Jane PROPN nsubj 17
Roe PROPN flat 1
, PUNCT punct 5
a DET det 5
rapporteur NOUN appos 1
for ADP case 8
the DET det 8
Office PROPN nmod 5
of ADP case 13
the DET det 13
Zenith PROPN compound 13
High PROPN compound 13
Commissioner PROPN nmod 8
for ADP case 15
Refugees PROPN nmod 13
, PUNCT punct 5
spoke VERB ROOT 0 speak
. PUNCT punct 17
""",
        ents=[(0, 2, "PERSON"), (7, 15, "ORG")],
    )
    office = "Office of the Zenith High Commissioner for Refugees"
    assert ("Jane Roe", "worksFor", office, "asserted") in triples(doc)
    # "Zenith House of Delegates Speaker Jon Doe spoke."
    speaker = parse(
        """
Zenith PROPN compound 2
House PROPN compound 5
of ADP case 4
Delegates PROPN nmod 2
Speaker PROPN compound 6
Jon PROPN nsubj 8
Doe PROPN flat 6
spoke VERB ROOT 0 speak
. PUNCT punct 8
""",
        ents=[(0, 5, "ORG"), (5, 7, "PERSON")],
    )
    assert ("Jon Doe", "leads", "Zenith House of Delegates", "asserted") in triples(speaker)


def test_a_title_of_two_words_after_a_prefix_leaves_no_name_and_what_a_mayor_heads_is_a_place():
    # "Ex-Prime Minister Jane Roe thanked Jon Doe, the mayor of Lindale." (the NER calls "Ex-Prime" a
    # person and Lindale an organisation)
    doc = parse(
        """
Ex NOUN compound 4
- PUNCT punct 1
Prime ADJ amod 4
Minister PROPN compound 5
Jane PROPN nsubj 7
Roe PROPN flat 5
thanked VERB ROOT 0 thank
Jon PROPN obj 7
Doe PROPN flat 8
, PUNCT punct 12
the DET det 12
mayor NOUN appos 8
of ADP case 14
Lindale PROPN nmod 12
. PUNCT punct 7
""",
        ents=[(0, 3, "PERSON"), (4, 6, "PERSON"), (7, 9, "PERSON"), (13, 14, "ORG")],
    )
    result = extract(doc)
    assert {e.label: e.cls for e in result.entities} == {
        "Jane Roe": EntityClass.PERSON,
        "Jon Doe": EntityClass.PERSON,
        "Lindale": EntityClass.PLACE,
    }
    assert ("Jon Doe", "leads", "Lindale", "asserted") in triples(doc)
    # "US Vice President Ana Ruiz spoke.": the NER's span runs over the title
    vice = parse(
        """
US PROPN compound 3
Vice PROPN compound 3
President PROPN compound 4
Ana PROPN nsubj 6
Ruiz PROPN flat 4
spoke VERB ROOT 0 speak
. PUNCT punct 6
""",
        ents=[(0, 5, "PERSON")],
    )
    assert {e.label for e in extract(vice).entities} == {"United States", "Ana Ruiz"}


def test_a_title_of_several_words_is_cut_whole_from_the_name_before_it():
    # "The Zenith Senate Minority Leader, Jon Doe, said." / "Melbourne Lord Mayor Sally Capp spoke."
    leader = parse(
        """
The DET det 5
Zenith PROPN compound 5
Senate PROPN compound 5
Minority PROPN compound 5
Leader PROPN nsubj 10
, PUNCT punct 7
Jon PROPN appos 5
Doe PROPN flat 7
, PUNCT punct 7
said VERB ROOT 0 say
. PUNCT punct 10
""",
        ents=[(1, 3, "ORG"), (6, 8, "PERSON")],
    )
    assert {e.label for e in extract(leader).entities} == {"Zenith Senate", "Jon Doe"}
    mayor = parse(
        """
Melbourne PROPN compound 3
Lord PROPN compound 3
Mayor PROPN compound 4
Sally PROPN nsubj 6
Capp PROPN flat 4
spoke VERB ROOT 0 speak
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (3, 5, "PERSON")],
    )
    assert {e.label for e in extract(mayor).entities} == {"Melbourne", "Sally Capp"}
    assert ("Sally Capp", "leads", "Melbourne", "asserted") in triples(mayor)


def test_a_sultan_leads_his_country_a_title_after_a_kin_noun_and_a_mosque_named_after_one():
    # "Jon Doe, the Sultan of Brunei, thanked his father, Sultan Juan Soto."
    doc = parse(
        """
Jon PROPN nsubj 8
Doe PROPN flat 1
, PUNCT punct 5
the DET det 5
Sultan PROPN appos 1
of ADP case 7
Brunei PROPN nmod 5
thanked VERB ROOT 0 thank
his PRON nmod:poss 10 he PRP$
father NOUN obj 8
, PUNCT punct 13
Sultan PROPN compound 13
Juan PROPN appos 10
Soto PROPN flat 13
. PUNCT punct 8
""",
        ents=[(0, 2, "PERSON"), (6, 7, "GPE"), (12, 14, "PERSON")],
    )
    found = triples(doc)
    assert ("Jon Doe", "leads", "Brunei", "asserted") in found
    assert ("Juan Soto", "relativeOf", "Jon Doe", "asserted") in found
    # "They prayed at the Sultan Juan Soto Mosque.": a title opening a building's name is the name's
    mosque = parse(
        """
They PRON nsubj 2
prayed VERB ROOT 0 pray
at ADP case 8
the DET det 8
Sultan PROPN compound 8
Juan PROPN compound 8
Soto PROPN compound 8
Mosque PROPN obl 2
. PUNCT punct 2
""",
        ents=[(4, 8, "FAC")],
    )
    assert {e.label for e in extract(mosque).entities} == {"Sultan Juan Soto Mosque"}


def test_a_justice_is_a_member_of_the_court_and_a_chief_justice_leads_it():
    # "Supreme Court Justice Rosa Vidal and Supreme Court Chief Justice Ana Cole dissented."
    doc = parse(
        """
Supreme ADJ amod 2
Court PROPN compound 3
Justice PROPN nmod:desc 4
Rosa PROPN nsubj 14
Vidal PROPN flat 4
and CCONJ cc 11
Supreme ADJ amod 8
Court PROPN compound 9
Chief PROPN compound 10
Justice PROPN nmod:desc 11
Ana PROPN conj 4
Cole PROPN flat 11
dissented VERB ROOT 0 dissent
. PUNCT punct 13
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON"), (6, 8, "ORG"), (10, 12, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "memberOf", "Supreme Court", "asserted") in found
    assert ("Rosa Vidal", "worksFor", "Supreme Court", "asserted") not in found
    assert ("Ana Cole", "leads", "Supreme Court", "asserted") in found


def _senator_after(first_sentence: str, first_ents: list[tuple[int, int, str]]) -> set:
    """The triples of ``first_sentence`` (hand-parsed lines) followed by "Senator Rosa Vidal spoke."."""
    size = len(first_sentence.strip().splitlines())
    second = f"""
Senator PROPN nmod:desc {size + 2}
Rosa PROPN nsubj {size + 4}
Vidal PROPN flat {size + 2}
spoke VERB ROOT 0 speak
. PUNCT punct {size + 4}
"""
    lines = first_sentence.strip() + "\n" + second.strip()
    return triples(parse(lines, ents=[*first_ents, (size + 1, size + 3, "PERSON")]))


def test_a_bare_senator_is_a_member_of_the_senate_the_text_names():
    # "The Senate met. Senator Rosa Vidal spoke."
    found = _senator_after(
        """
The DET det 2
Senate PROPN nsubj 3
met VERB ROOT 0 meet
. PUNCT punct 3
""",
        [(1, 2, "ORG")],
    )
    assert ("Rosa Vidal", "memberOf", "Senate", "asserted") in found


def test_a_bare_senator_sits_in_the_fullest_named_senate_not_its_short_form():
    # "The Chilean Senate met, and the Senate voted. Senator Rosa Vidal spoke."
    found = _senator_after(
        """
The DET det 3
Chilean PROPN compound 3
Senate PROPN nsubj 4
met VERB ROOT 0 meet
, PUNCT punct 9
and CCONJ cc 9
the DET det 8
Senate PROPN nsubj 9
voted VERB conj 4 vote
. PUNCT punct 4
""",
        [(1, 3, "ORG"), (7, 8, "ORG")],
    )
    assert ("Rosa Vidal", "memberOf", "Chilean Senate", "asserted") in found
    assert ("Rosa Vidal", "memberOf", "Senate", "asserted") not in found


def test_a_bare_senator_of_a_text_about_one_country_sits_in_its_senate():
    # "Chile voted. Chile is calm. Chile grew. Senator Rosa Vidal spoke."
    found = _senator_after(
        """
Chile PROPN nsubj 2
voted VERB ROOT 0 vote
. PUNCT punct 2
Chile PROPN nsubj 6
is AUX cop 6 be
calm ADJ ROOT 0
. PUNCT punct 6
Chile PROPN nsubj 9
grew VERB ROOT 0 grow
. PUNCT punct 9
""",
        [(0, 1, "GPE"), (3, 4, "GPE"), (7, 8, "GPE")],
    )
    assert ("Rosa Vidal", "memberOf", "Chile Senate", "asserted") in found


def test_a_state_senator_is_no_member_of_the_national_senate():
    # "The Senate met. State Senator Rosa Vidal spoke."
    doc = parse(
        """
The DET det 2
Senate PROPN nsubj 3
met VERB ROOT 0 meet
. PUNCT punct 3
State NOUN compound 6
Senator PROPN nmod:desc 7
Rosa PROPN nsubj 9
Vidal PROPN flat 7
spoke VERB ROOT 0 speak
. PUNCT punct 9
""",
        ents=[(1, 2, "ORG"), (6, 8, "PERSON")],
    )
    assert not {t for t in triples(doc) if t[1] == "memberOf"}


def test_a_senate_named_with_more_than_a_place_is_no_bare_senators_senate():
    # "Zentro won the Republican Senate primary. Senator Rosa Vidal spoke."
    found = _senator_after(
        """
Zentro PROPN nsubj 2
won VERB ROOT 0 win
the DET det 6
Republican ADJ amod 5
Senate PROPN compound 6
primary NOUN obj 2
. PUNCT punct 2
""",
        [(3, 5, "ORG")],
    )
    assert not {t for t in found if t[1] == "memberOf" and t[0] == "Rosa Vidal"}


def test_a_title_before_a_name_in_a_list_is_that_names_not_the_one_before():
    # "The Senate met. Ivo Marek met Ana Cole, Senator Rosa Vidal and Juan Soto."
    doc = parse(
        """
The DET det 2
Senate PROPN nsubj 3
met VERB ROOT 0 meet
. PUNCT punct 3
Ivo PROPN nsubj 7
Marek PROPN flat 5
met VERB ROOT 0 meet
Ana PROPN obj 7
Cole PROPN flat 8
, PUNCT punct 12
Senator PROPN nmod:desc 12
Rosa PROPN conj 8
Vidal PROPN flat 12
and CCONJ cc 15
Juan PROPN conj 8
Soto PROPN flat 15
. PUNCT punct 7
""",
        ents=[(1, 2, "ORG"), (4, 6, "PERSON"), (7, 9, "PERSON"), (11, 13, "PERSON"), (14, 16, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "memberOf", "Senate", "asserted") in found
    assert ("Ana Cole", "memberOf", "Senate", "asserted") not in found


def test_an_organisations_acronym_in_brackets_between_it_and_a_title_keeps_the_owner():
    # "The Union of Lindale Cities (ULC) head Rosa Vidal condemned the attack."
    doc = parse(
        """
The DET det 2
Union PROPN compound 9
of ADP case 5
Lindale PROPN compound 5
Cities PROPN nmod 2 city
( PUNCT punct 7
ULC PROPN appos 5
) PUNCT punct 7
head NOUN nsubj 12
Rosa PROPN appos 9
Vidal PROPN flat 10
condemned VERB ROOT 0 condemn
the DET det 14
attack NOUN obj 12
. PUNCT punct 12
""",
        ents=[(1, 5, "ORG"), (6, 7, "ORG"), (9, 11, "PERSON")],
    )
    assert ("Rosa Vidal", "leads", "Union of Lindale Cities", "asserted") in triples(doc)


def test_a_rank_before_a_name_is_a_title_and_an_unnamed_possessor_before_the_unit_is_skipped():
    # "Colonel Rosa Vidal of the army's Zentro Command spoke in Peru." (the NER taking the rank in)
    doc = parse(
        """
Colonel PROPN nmod:desc 2
Rosa PROPN nsubj 10
Vidal PROPN flat 2
of ADP case 9
the DET det 6
army NOUN nmod:poss 9
's PART case 6
Zentro PROPN compound 9
Command PROPN nmod 2
spoke VERB ROOT 0 speak
in ADP case 12
Peru PROPN obl 10
. PUNCT punct 10
""",
        ents=[(0, 3, "PERSON"), (7, 9, "ORG"), (11, 12, "GPE")],
    )
    result = extract(doc)
    classes = {e.label: e.cls for e in result.entities}
    assert classes["Rosa Vidal"] == EntityClass.PERSON
    assert classes["Zentro Command"] == EntityClass.GOVERNMENT_BODY
    found = {(s.subject.label, s.relation, s.object.label) for s in result.statements}
    assert ("Rosa Vidal", "worksFor", "Zentro Command") in found


def test_a_commandant_leads_the_coast_guard_named_before_the_ranks():
    # "Coast Guard Commandant Admiral Ivo Marek said the ship sank in Peru." (one NER span)
    doc = parse(
        """
Coast PROPN compound 2
Guard PROPN compound 4
Commandant PROPN compound 4
Admiral PROPN compound 5
Ivo PROPN compound 6
Marek PROPN nsubj 7
said VERB ROOT 0 say
the DET det 9
ship NOUN nsubj 10
sank VERB ccomp 7 sink
in ADP case 12
Peru PROPN obl 10
. PUNCT punct 7
""",
        ents=[(0, 6, "ORG"), (11, 12, "GPE")],
    )
    result = extract(doc)
    classes = {e.label: e.cls for e in result.entities}
    assert classes["Ivo Marek"] == EntityClass.PERSON
    assert classes["Coast Guard"] == EntityClass.GOVERNMENT_BODY
    found = {(s.subject.label, s.relation, s.object.label) for s in result.statements}
    assert ("Ivo Marek", "leads", "Coast Guard") in found


def _nominee_of(name: str) -> set:
    """ "{name} presidential nominee Ivo Marek won votes." (the name one NER span)"""
    words = name.split()
    first = "\n".join(f"{w} PROPN compound {len(words) + 3}" for w in words)
    return triples(
        parse(
            f"""
{first}
presidential ADJ amod {len(words) + 2}
nominee NOUN compound {len(words) + 3}
Ivo PROPN nsubj {len(words) + 5}
Marek PROPN flat {len(words) + 3}
won VERB ROOT 0 win
votes NOUN obj {len(words) + 5} vote
. PUNCT punct {len(words) + 5}
""",
            ents=[(0, len(words), "ORG"), (len(words) + 2, len(words) + 4, "PERSON")],
        )
    )


def test_a_named_party_before_its_nominee_makes_them_a_member():
    assert ("Ivo Marek", "memberOf", "Zentro Party", "asserted") in _nominee_of("Zentro Party")


def test_an_organisation_that_is_no_party_before_a_nominee_has_no_member():
    assert not {t for t in _nominee_of("Zentro Labs") if t[1] == "memberOf"}


def test_a_constable_after_a_forces_name_works_for_it():
    # "Zentro RCMP Constable Ivo Marek said so." (one NER span over the force and the person)
    doc = parse(
        """
Zentro PROPN compound 2
RCMP PROPN compound 4
Constable PROPN compound 4
Ivo PROPN nsubj 6
Marek PROPN flat 4
said VERB ROOT 0 say
so ADV advmod 6
. PUNCT punct 6
""",
        ents=[(0, 2, "ORG"), (2, 5, "PERSON")],
    )
    assert ("Ivo Marek", "worksFor", "Zentro RCMP", "asserted") in triples(doc)


def test_an_accredited_reporter_of_an_outlet_works_for_it():
    # "Zentro News accredited reporter Ivo Marek asked."
    doc = parse(
        """
Zentro PROPN compound 2
News PROPN compound 4
accredited VERB amod 4 accredit VBN
reporter NOUN compound 5
Ivo PROPN nsubj 7
Marek PROPN flat 5
asked VERB ROOT 0 ask
. PUNCT punct 7
""",
        ents=[(0, 2, "ORG"), (4, 6, "PERSON")],
    )
    assert ("Ivo Marek", "worksFor", "Zentro News", "asserted") in triples(doc)


def test_a_senators_state_after_from_is_passed_over_to_the_country_before_the_title():
    # "It came from United States Senator from Ohio Ivo Marek."
    doc = parse(
        """
It PRON nsubj 2
came VERB ROOT 0 come
from ADP case 6
United PROPN compound 4
States PROPN compound 6 state
Senator PROPN obl 2
from ADP case 8
Ohio PROPN nmod 6
Ivo PROPN appos 6
Marek PROPN flat 9
. PUNCT punct 2
""",
        ents=[(3, 5, "GPE"), (7, 8, "GPE"), (8, 10, "PERSON")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "nationality", "United States", "asserted") in found
    assert ("Ivo Marek", "memberOf", "US Senate", "asserted") in found  # (the country's code)


def _country_before(title: str, country: str, apposed: bool) -> set:
    """ "Ivo Marek, a {country} {title}, said so." or "{country} {title} Ivo Marek said so." """
    if apposed:
        lines = f"""
Ivo PROPN nsubj 8
Marek PROPN flat 1
, PUNCT punct 6
a DET det 6
{country} PROPN compound 6
{title} NOUN appos 1
, PUNCT punct 1
said VERB ROOT 0 say
so ADV advmod 8
. PUNCT punct 8
"""
        ents = [(0, 2, "PERSON"), (4, 5, "GPE")]
    else:
        lines = f"""
{country} PROPN compound 2
{title} NOUN compound 3
Ivo PROPN nsubj 5
Marek PROPN flat 3
said VERB ROOT 0 say
so ADV advmod 5
. PUNCT punct 5
"""
        ents = [(0, 1, "GPE"), (2, 4, "PERSON")]
    return {t for t in triples(parse(lines, ents=ents)) if t[1] == "nationality"}


def test_a_country_named_before_a_title_after_a_person_is_their_nationality():
    assert ("Ivo Marek", "nationality", "Peru", "asserted") in _country_before("judge", "Peru", apposed=True)


def test_a_country_named_before_an_expert_is_the_subject_of_their_study():
    assert not _country_before("expert", "Peru", apposed=True)
    assert not _country_before("expert", "Peru", apposed=False)
    assert ("Ivo Marek", "nationality", "Peru", "asserted") in _country_before("judge", "Peru", apposed=False)


def test_a_demonym_before_an_expert_is_their_nationality():
    found = _country_before("expert", "Peruvian", apposed=False)
    assert ("Ivo Marek", "nationality", "Peru", "asserted") in found


def _apposed_nominee(home: bool, country: bool) -> set:
    """ "Ivo Marek[ of Ohio], the[ U.S.] Zentro Party's 2020 presidential nominee, spoke." """
    words = ["Ivo", "Marek"] + (["of", "Ohio"] if home else []) + [",", "the"] + (["U.S."] if country else [])
    words += ["Zentro", "Party", "'s", "2020", "presidential", "nominee", ",", "spoke", "."]
    at = {w: k + 1 for k, w in enumerate(words)}  # 1-based positions (each word once but the commas)
    comma1 = words.index(",") + 1
    heads = {
        "Ivo": (at["spoke"], "nsubj"),
        "Marek": (1, "flat"),
        "of": (at.get("Ohio", 0), "case"),
        "Ohio": (1, "nmod"),
        "the": (at["Party"], "det"),
        "U.S.": (at["Party"], "amod"),
        "Zentro": (at["Party"], "compound"),
        "Party": (at["nominee"], "nmod:poss"),
        "'s": (at["Party"], "case"),
        "2020": (at["nominee"], "nummod"),
        "presidential": (at["nominee"], "amod"),
        "nominee": (1, "appos"),
        "spoke": (0, "ROOT"),
        ".": (at["spoke"], "punct"),
    }
    pos = {"of": "ADP", "the": "DET", "'s": "PART", "2020": "NUM", "presidential": "ADJ", "nominee": "NOUN"}
    pos["U.S."] = "ADJ"
    pos |= {"spoke": "VERB", ".": "PUNCT"}
    lines = []
    for k, w in enumerate(words):
        if w == ",":
            lines.append(f", PUNCT punct {at['nominee'] if k + 1 == comma1 else 1}")
        else:
            head, dep = heads[w]
            extra = " 's POS" if w == "'s" else (" speak" if w == "spoke" else "")
            lines.append(f"{w} {pos.get(w, 'PROPN')} {dep} {head}{extra}")
    ents = [(0, 2, "PERSON"), (words.index("Zentro"), words.index("Party") + 1, "ORG")]
    if home:
        ents.append((3, 4, "GPE"))
    if country:
        ents.append((words.index("U.S."), words.index("U.S.") + 1, "GPE"))
    return triples(parse("\n".join(lines), ents=sorted(ents)))


def test_a_partys_nominee_in_apposition_is_a_member():
    found = _apposed_nominee(home=False, country=False)
    assert ("Ivo Marek", "memberOf", "Zentro Party", "asserted") in found


def test_a_partys_nominee_after_the_persons_home_state_is_a_member():
    assert ("Ivo Marek", "memberOf", "Zentro Party", "asserted") in _apposed_nominee(home=True, country=False)


def test_a_partys_nominee_with_a_country_before_the_party_is_a_member():
    assert ("Ivo Marek", "memberOf", "Zentro Party", "asserted") in _apposed_nominee(home=False, country=True)


def test_a_partys_nominee_opening_the_next_name_of_a_list_is_not_the_first_names():
    # "Ivo Marek, Zentro Party nominee Jana Novak and Kovo spoke."
    doc = parse(
        """
Ivo PROPN nsubj 11
Marek PROPN flat 1
, PUNCT punct 7
Zentro PROPN compound 5
Party PROPN compound 6
nominee NOUN compound 7
Jana PROPN conj 1
Novak PROPN flat 7
and CCONJ cc 10
Kovo PROPN conj 1
spoke VERB ROOT 0 speak
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (3, 5, "ORG"), (6, 8, "PERSON"), (9, 10, "PERSON")],
    )
    found = triples(doc)
    assert ("Jana Novak", "memberOf", "Zentro Party", "asserted") in found
    assert ("Ivo Marek", "memberOf", "Zentro Party", "asserted") not in found


def test_a_member_of_an_organisation_in_apposition_belongs_to_it():
    # "Ivo Marek, a member of the Zentro League, spoke." (the apposition misread as a second subject)
    doc = parse(
        """
Ivo PROPN nsubj 11
Marek PROPN flat 1
, PUNCT punct 5
a DET det 5
member NOUN nsubj 11
of ADP case 9
the DET det 9
Zentro PROPN compound 9
League PROPN nmod 5
, PUNCT punct 5
spoke VERB ROOT 0 speak
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
    )
    assert ("Ivo Marek", "memberOf", "Zentro League", "asserted") in triples(doc)


def test_a_pronoun_subject_of_a_title_predicate_holds_the_title():
    # "Ivo Marek left. He is the chief executive of Zentro Labs."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
left VERB ROOT 0 leave
. PUNCT punct 3
He PRON nsubj 9
is AUX cop 9 be
the DET det 9
chief ADJ amod 9
executive NOUN ROOT 0
of ADP case 12
Zentro PROPN compound 12
Labs PROPN nmod 9 lab
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (10, 12, "ORG")],
    )
    assert ("Ivo Marek", "leads", "Zentro Labs", "asserted") in triples(doc)


def test_an_adverb_before_an_apposed_title_keeps_the_title():
    # "Ivo Marek, formerly the chief executive of Zentro Labs, spoke."
    doc = parse(
        """
Ivo PROPN nsubj 12
Marek PROPN flat 1
, PUNCT punct 7
formerly ADV advmod 7
the DET det 7
chief ADJ amod 7
executive NOUN appos 1
of ADP case 10
Zentro PROPN compound 10
Labs PROPN nmod 7 lab
, PUNCT punct 7
spoke VERB ROOT 0 speak
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (8, 10, "ORG")],
    )
    assert ("Ivo Marek", "leads", "Zentro Labs", "asserted") in triples(doc)


def test_an_officer_of_a_places_police_works_for_that_police():
    # "Ivo Marek, an officer of the Lindale police, spoke."
    doc = parse(
        """
Ivo PROPN nsubj 11
Marek PROPN flat 1
, PUNCT punct 5
an DET det 5 a
officer NOUN appos 1
of ADP case 9
the DET det 9
Lindale PROPN compound 9
police NOUN nmod 5
, PUNCT punct 5
spoke VERB ROOT 0 speak
. PUNCT punct 11
""",
        ents=[(0, 2, "PERSON"), (7, 8, "GPE")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "worksFor", "Lindale police", "asserted") in found
    assert ("Ivo Marek", "worksFor", "Lindale", "asserted") not in found


def test_a_district_judge_after_a_country_has_its_nationality():
    # "U.S. District Judge Ivo Marek ruled." (one NER span)
    doc = parse(
        """
U.S. PROPN compound 3
District PROPN compound 3
Judge PROPN compound 4
Ivo PROPN nsubj 6
Marek PROPN flat 4
ruled VERB ROOT 0 rule
. PUNCT punct 6
""",
        ents=[(0, 5, "PERSON")],
    )
    assert ("Ivo Marek", "nationality", "United States", "asserted") in triples(doc)


def test_a_whip_of_a_named_chamber_is_its_member():
    # "Senate Minority Whip Ivo Marek spoke." (one NER span)
    doc = parse(
        """
Senate PROPN compound 3
Minority PROPN compound 3
Whip PROPN compound 4
Ivo PROPN nsubj 6
Marek PROPN flat 4
spoke VERB ROOT 0 speak
. PUNCT punct 6
""",
        ents=[(0, 5, "ORG")],
    )
    assert ("Ivo Marek", "memberOf", "Senate", "asserted") in triples(doc)


def test_a_party_adjective_before_a_rival_makes_the_rival_a_member():
    # "They debated Democratic rival Ivo Marek."
    doc = parse(
        """
They PRON nsubj 2
debated VERB ROOT 0 debate
Democratic ADJ amod 4
rival NOUN compound 5
Ivo PROPN obj 2
Marek PROPN flat 5
. PUNCT punct 2
""",
        ents=[(4, 6, "PERSON")],
    )
    assert ("Ivo Marek", "memberOf", "Democratic Party", "asserted") in triples(doc)


def test_a_hyphenated_modifier_before_an_organisations_member_keeps_the_membership():
    # "Ivo Marek, the high-ranking Zentro member, was killed." (a name before "member" is a body)
    doc = parse(
        """
Ivo PROPN nsubj:pass 12
Marek PROPN flat 1
, PUNCT punct 9
the DET det 9
high ADJ amod 7
- PUNCT punct 5
ranking ADJ amod 9 rank
Zentro PROPN compound 9
member NOUN appos 1
, PUNCT punct 1
was AUX aux:pass 12 be
killed VERB ROOT 0 kill VBN
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (7, 8, "ORG")],
    )
    assert ("Ivo Marek", "memberOf", "Zentro", "asserted") in triples(doc)


def test_a_capitalised_member_title_after_a_party_makes_the_party_no_member():
    # "The seat always elected a Labour Member of Parliament."
    doc = parse(
        """
The DET det 2
seat NOUN nsubj 4
always ADV advmod 4
elected VERB ROOT 0 elect
a DET det 7
Labour PROPN compound 7
Member PROPN obj 4
of ADP case 9
Parliament PROPN nmod 7
. PUNCT punct 4
""",
        ents=[(5, 6, "ORG"), (8, 9, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "memberOf"}


def test_people_listed_before_both_and_a_partys_members_are_members():
    # "Ivo Marek of Ohio and Jana Novak, both Republicans, voted no."
    doc = parse(
        """
Ivo PROPN nsubj 12
Marek PROPN flat 1
of ADP case 4
Ohio PROPN nmod 1
and CCONJ cc 6
Jana PROPN conj 1
Novak PROPN flat 6
, PUNCT punct 10
both DET det 10
Republicans PROPN appos 1 republican NNPS
, PUNCT punct 10
voted VERB ROOT 0 vote
no ADV advmod 12
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (3, 4, "GPE"), (5, 7, "PERSON"), (9, 10, "NORP")],
    )
    found = triples(doc)
    assert ("Ivo Marek", "memberOf", "Republican Party", "asserted") in found
    assert ("Jana Novak", "memberOf", "Republican Party", "asserted") in found


def test_people_named_after_a_partys_members_such_as_are_members():
    # "Some Democrats, such as former Senator Ivo Marek, agreed."
    doc = parse(
        """
Some DET det 2
Democrats PROPN nsubj 9 democrat NNPS
, PUNCT punct 7
such ADJ case 7
as ADP fixed 4
former ADJ amod 7
Senator PROPN compound 8
Ivo PROPN nmod 2
Marek PROPN flat 8
agreed VERB ROOT 0 agree
. PUNCT punct 10
""".replace("nsubj 9", "nsubj 10").replace("Marek PROPN flat 8", "Marek PROPN flat 8"),
        ents=[(1, 2, "NORP"), (7, 9, "PERSON")],
    )
    assert ("Ivo Marek", "memberOf", "Democratic Party", "asserted") in triples(doc)


def _directors(last: str) -> set:
    """ "Zentro Labs directors Ivo Marek of Ohio, Jana Novak of Utah, and {last} Petr Holub agreed."
    (Jana Novak parsed as joined to Ohio, as a small parser reads such lists)"""
    title = f"{last} NOUN conj 4\n" if last else ""  # (then the name is the title's, in apposition)
    shift = 1 if last else 0
    holub = "appos 15" if last else "conj 4"
    return triples(
        parse(
            f"""
Zentro PROPN compound 2
Labs PROPN compound 3 lab
directors NOUN compound 4 director NNS
Ivo PROPN nsubj {17 + shift}
Marek PROPN flat 4
of ADP case 7
Ohio PROPN nmod 4
, PUNCT punct 9
Jana PROPN conj 7
Novak PROPN flat 9
of ADP case 12
Utah PROPN nmod 9
, PUNCT punct {16 + shift}
and CCONJ cc {16 + shift}
{title}Petr PROPN {holub}
Holub PROPN flat {15 + shift}
agreed VERB ROOT 0 agree
. PUNCT punct {17 + shift}
""".replace("\n\n", "\n"),
            ents=[
                *[(0, 2, "ORG"), (3, 5, "PERSON"), (6, 7, "GPE"), (8, 10, "PERSON"), (11, 12, "GPE")],
                (14 + shift, 16 + shift, "PERSON"),
            ],
        )
    )


def test_a_plural_title_reaches_every_name_listed_with_their_places():
    assert ("Jana Novak", "leads", "Zentro Labs", "asserted") in _directors("")


def test_a_plural_title_stops_at_a_title_of_its_own_in_the_list():
    found = _directors("spokesman")
    assert ("Jana Novak", "leads", "Zentro Labs", "asserted") in found
    assert ("Petr Holub", "leads", "Zentro Labs", "asserted") not in found


def test_a_title_before_a_name_says_what_the_person_is_at_the_organisation_after_it():
    # "Director Jane Roe of the Acme Institute resigned in May."
    doc = parse(
        """
Director PROPN compound 2
Jane PROPN nsubj 8
Roe PROPN flat 2
of ADP case 7
the DET det 7
Acme PROPN compound 7
Institute PROPN nmod 2
resigned VERB ROOT 0 resign
in ADP case 10
May PROPN obl 8
. PUNCT punct 8
""",
        ents=[(1, 3, "PERSON"), (5, 7, "ORG")],
    )
    found = {(s, p, o) for s, p, o, _ in triples(doc) if p}
    assert ("Jane Roe", "leads", "Acme Institute") in found
    assert ("Jane Roe", "worksFor", "Acme Institute") not in found


def _to_the_house(title: str) -> set:
    """ "The <title> to the Zenith House of Representatives, Jane Roe, spoke in May." """
    doc = parse(
        f"""
The DET det 2
{title} NOUN nsubj 13 {title}
to ADP case 8
the DET det 8
Zenith PROPN compound 8
House PROPN nmod 2
of ADP case 8
Representatives PROPN nmod 6 representative NNPS
, PUNCT punct 10
Jane PROPN appos 2
Roe PROPN flat 10
, PUNCT punct 10
spoke VERB ROOT 0 speak
in ADP case 15
May PROPN obl 13
. PUNCT punct 13
""",
        ents=[(4, 8, "ORG"), (9, 11, "PERSON")],
    )
    return {(s, p, o) for s, p, o, _ in triples(doc) if p}


def test_a_delegate_to_a_body_is_its_member_and_its_name_holds_no_title():
    # "The delegate to the Zenith House of Representatives, Jane Roe, spoke in May." / "The ambassador ..."
    delegate = _to_the_house("delegate")
    assert ("Jane Roe", "memberOf", "Zenith House of Representatives") in delegate
    assert ("Jane Roe", "worksFor", "Zenith House of Representatives") not in delegate
    assert not {t for t in _to_the_house("ambassador") if t[0] == "Jane Roe"}


def test_party_members_of_a_house_listed_after_its_name_are_members_of_both():
    # "Republican members of the House of Representatives Jane McRoe and Bo Lee opposed it in May."
    # (the NER runs the House and the first name together)
    doc = parse(
        """
Republican ADJ amod 2
members NOUN nsubj 13 member NNS
of ADP case 5
the DET det 5
House PROPN nmod 2
of ADP case 7
Representatives PROPN nmod 5 representative NNPS
Jane PROPN appos 2
McRoe PROPN flat 8
and CCONJ cc 11
Bo PROPN conj 8
Lee PROPN flat 11
opposed VERB ROOT 0 oppose
it PRON obj 13
in ADP case 16
May PROPN obl 13
. PUNCT punct 13
""",
        ents=[(0, 1, "NORP"), (4, 9, "ORG"), (10, 12, "PERSON")],
    )
    found = {(s, p, o) for s, p, o, _ in triples(doc) if p}
    for person in ("Jane McRoe", "Bo Lee"):
        assert (person, "memberOf", "House of Representatives") in found
        assert (person, "memberOf", "Republican Party") in found
    assert not {t for t in found if t[0] == "Republican Party"}


def test_an_organisation_before_a_staff_occupation_employs_the_person_named_after_it():
    # "Zeta model Jane Roe spoke in May." / "Zeta owner Jane Roe spoke in May."
    def spoke(occupation: str) -> set:
        doc = parse(
            f"Zeta PROPN compound 2\n{occupation} NOUN compound 3\nJane PROPN nsubj 5\nRoe PROPN flat 3\n"
            "spoke VERB ROOT 0 speak\nin ADP case 7\nMay PROPN obl 5\n. PUNCT punct 5\n",
            ents=[(0, 1, "ORG"), (2, 4, "PERSON")],
        )
        return {(s, p, o) for s, p, o, _ in triples(doc) if p}

    assert ("Jane Roe", "worksFor", "Zeta") in spoke("model")
    assert ("Jane Roe", "worksFor", "Zeta") not in spoke("owner")


def test_a_two_word_title_whose_first_word_the_ner_put_in_a_countrys_name():
    # "Peru District Judge Jane Roe ruled in May." (the NER's "Peru District")
    doc = parse(
        """
Peru PROPN compound 2
District PROPN compound 3
Judge PROPN compound 4
Jane PROPN nsubj 6
Roe PROPN flat 4
ruled VERB ROOT 0 rule
in ADP case 8
May PROPN obl 6
. PUNCT punct 6
""",
        ents=[(0, 2, "GPE"), (3, 5, "PERSON")],
    )
    assert ("Jane Roe", "nationality", "Peru", "asserted") in triples(doc)


def test_a_countrys_capitalised_title_in_apposition_gives_nationality():
    # "Jane Roe, a Peru District Judge, ruled in May."
    doc = parse(
        """
Jane PROPN nsubj 9
Roe PROPN flat 1
, PUNCT punct 7
a DET det 7
Peru PROPN compound 7
District PROPN compound 7
Judge PROPN appos 1
, PUNCT punct 7
ruled VERB ROOT 0 rule
in ADP case 11
May PROPN obl 9
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (4, 5, "GPE")],
    )
    assert ("Jane Roe", "nationality", "Peru", "asserted") in triples(doc)


def test_an_organisations_name_before_a_capitalised_title_employs_no_one():
    # "Jane Roe is a Commercial Banker in Oslo." (the NER's organisation "Commercial")
    doc = parse(
        """
Jane PROPN nsubj 6
Roe PROPN flat 1
is AUX cop 6 be
a DET det 6
Commercial PROPN compound 6
Banker PROPN ROOT 0
in ADP case 8
Oslo PROPN nmod 6
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (4, 5, "ORG"), (7, 8, "GPE")],
    )
    assert not {t for t in triples(doc) if t[0] == "Jane Roe" and t[2] == "Commercial"}


def test_a_kinship_owner_leaves_a_bare_head_of_state_title_to_the_document_country():
    # "Ana Lopez spoke. Her brother, President Jose Vidal, praised Chilean farmers. Chile grew. Chile
    # exports copper."
    doc = parse(
        """
Ana PROPN nsubj 3
Lopez PROPN flat 1
spoke VERB ROOT 0 speak
. PUNCT punct 3
Her PRON nmod:poss 6 her PRP$
brother NOUN nsubj 12
, PUNCT punct 9
President PROPN compound 9
Jose PROPN appos 6
Vidal PROPN flat 9
, PUNCT punct 9
praised VERB ROOT 0 praise
Chilean ADJ amod 14 chilean
farmers NOUN obj 12 farmer NNS
. PUNCT punct 12
Chile PROPN nsubj 17
grew VERB ROOT 0 grow
. PUNCT punct 17
Chile PROPN nsubj 20
exports VERB ROOT 0 export VBZ
copper NOUN obj 20
. PUNCT punct 20
""",
        ents=[(0, 2, "PERSON"), (8, 10, "PERSON"), (12, 13, "NORP"), (15, 16, "GPE"), (18, 19, "GPE")],
    )
    found = triples(doc)
    assert ("Jose Vidal", "relativeOf", "Ana Lopez", "asserted") in found
    assert ("Jose Vidal", "leads", "Chile", "asserted") in found


def test_a_princess_is_a_person_whatever_the_ner_said():
    # "Zeta dropped Princess Ana Lopez in May." (the NER's organisation)
    doc = parse(
        """
Zeta PROPN nsubj 2
dropped VERB ROOT 0 drop
Princess PROPN compound 4
Ana PROPN obj 2
Lopez PROPN flat 4
in ADP case 7
May PROPN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 5, "ORG")],
    )
    assert {e.cls.value for e in extract(doc).entities if "Lopez" in e.label} == {"Person"}


def test_a_party_adjective_before_an_apposed_title_makes_a_member_of_the_party():
    # "Juan Soto, the Democratic chairman of the Velmar Committee, resigned."
    doc = parse(
        """
Juan PROPN nsubj 12
Soto PROPN flat 1
, PUNCT punct 6
the DET det 6
Democratic ADJ amod 6 democratic JJ
chairman NOUN appos 1
of ADP case 10
the DET det 10
Velmar PROPN compound 10
Committee PROPN nmod 6
, PUNCT punct 6
resigned VERB ROOT 0 resign
. PUNCT punct 12
""",
        ents=[(0, 2, "PERSON"), (8, 10, "ORG")],
    )
    found = triples(doc)
    assert ("Juan Soto", "leads", "Velmar Committee", "asserted") in found
    assert ("Juan Soto", "memberOf", "Democratic Party", "asserted") in found


def test_a_party_adjective_opening_the_next_persons_title_is_not_the_first_persons():
    # "Rosa Vidal, Labour MP (Member of Parliament) Juan Soto and Ana Ruiz spoke."
    doc = parse(
        """
Rosa PROPN nsubj 16
Vidal PROPN flat 1
, PUNCT punct 11
Labour PROPN compound 5 labour
MP PROPN compound 11 mp
( PUNCT punct 7
Member PROPN appos 5 member
of ADP case 9
Parliament PROPN nmod 7 parliament
) PUNCT punct 7
Juan PROPN conj 1
Soto PROPN flat 11
and CCONJ cc 14
Ana PROPN conj 1
Ruiz PROPN flat 14
spoke VERB ROOT 0 speak
. PUNCT punct 16
""",
        ents=[(0, 2, "PERSON"), (8, 9, "ORG"), (10, 12, "PERSON"), (13, 15, "PERSON")],
    )
    found = triples(doc)
    assert not [t for t in found if t[0] == "Rosa Vidal" and t[1] == "memberOf"]


def test_an_office_taken_by_becoming_it_or_held_by_she_is_read():
    # "Rosa Vidal became the chair of the Velmar Foundation in 2003."
    became = parse(
        """
Rosa PROPN nsubj 3
Vidal PROPN flat 1
became VERB ROOT 0 become VBD
the DET det 5
chair NOUN xcomp 3
of ADP case 9
the DET det 9
Velmar PROPN compound 9
Foundation PROPN nmod 5
in ADP case 11
2003 NUM obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (7, 9, "ORG")],
    )
    assert ("Rosa Vidal", "leads", "Velmar Foundation", "asserted") in triples(became)
    # "Rosa Vidal will become the chair of the Velmar Foundation.": not held yet
    future = parse(
        """
Rosa PROPN nsubj 4
Vidal PROPN flat 1
will AUX aux 4 will MD
become VERB ROOT 0 become VB
the DET det 6
chair NOUN xcomp 4
of ADP case 10
the DET det 10
Velmar PROPN compound 10
Foundation PROPN nmod 6
. PUNCT punct 4
""",
        ents=[(0, 2, "PERSON"), (8, 10, "ORG")],
    )
    assert ("Rosa Vidal", "leads", "Velmar Foundation", "asserted") not in triples(future)
    # "Rosa Vidal retired. She served as the chair of the Velmar Foundation."
    pronoun = parse(
        """
Rosa PROPN nsubj 3
Vidal PROPN flat 1
retired VERB ROOT 0 retire
. PUNCT punct 3
She PRON nsubj 6 she PRP
served VERB ROOT 0 serve
as ADP case 9
the DET det 9
chair NOUN obl 6
of ADP case 13
the DET det 13
Velmar PROPN compound 13
Foundation PROPN nmod 9
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (11, 13, "ORG")],
    )
    assert ("Rosa Vidal", "leads", "Velmar Foundation", "asserted") in triples(pronoun)


def test_a_supreme_leader_leads_the_country_and_a_general_secretary_the_union():
    # "Peru's Supreme Leader Rosa Vidal thanked Velmar Union general secretary Juan Soto."
    doc = parse(
        """
Peru PROPN nmod:poss 5
's PART case 1
Supreme ADJ amod 4 supreme NNP
Leader PROPN compound 5 leader
Rosa PROPN nsubj 7
Vidal PROPN flat 5
thanked VERB ROOT 0 thank
Velmar PROPN compound 9
Union PROPN compound 11
general ADJ amod 11
secretary NOUN compound 12
Juan PROPN obj 7
Soto PROPN flat 12
. PUNCT punct 7
""",
        ents=[(0, 1, "GPE"), (4, 6, "PERSON"), (7, 9, "ORG"), (11, 13, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "leads", "Peru", "asserted") in found
    assert ("Juan Soto", "leads", "Velmar Union", "asserted") in found


def test_a_kin_nouns_owner_after_a_description_of_several_words():
    # "Juan Soto, brother of social media personality and feminist Rosa Vidal, spoke." (parsed as
    # the model does: the name hung on the subject, not on "of")
    doc = parse(
        """
Juan PROPN nsubj 14
Soto PROPN flat 1
, PUNCT punct 4
brother NOUN list 1
of ADP case 8
social ADJ amod 7
media NOUN compound 8
personality NOUN nmod 4
and CCONJ cc 10
feminist ADJ conj 1
Rosa PROPN amod 12
Vidal PROPN flat 1
, PUNCT punct 1
spoke VERB ROOT 0 speak
. PUNCT punct 14
""",
        ents=[(0, 2, "PERSON"), (10, 12, "PERSON")],
    )
    assert ("Juan Soto", "relativeOf", "Rosa Vidal", "asserted") in triples(doc)


def test_a_name_modifying_an_unnamed_body_after_of_is_no_employer():
    # "Rosa Vidal of the Lindale assembly spoke."; "Rosa Vidal of Velmar spoke." works for Velmar
    modifier = parse(
        """
Rosa PROPN nsubj 7
Vidal PROPN flat 1
of ADP case 6
the DET det 6
Lindale PROPN compound 6
assembly NOUN nmod 1
spoke VERB ROOT 0 speak
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (4, 5, "ORG")],
    )
    assert not [t for t in triples(modifier) if t[0] == "Rosa Vidal" and t[2] == "Lindale"]
    named = parse(
        """
Rosa PROPN nsubj 6
Vidal PROPN flat 1
of ADP case 4
Velmar PROPN nmod 1
Corp PROPN flat 4
spoke VERB ROOT 0 speak
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (3, 5, "ORG")],
    )
    assert ("Rosa Vidal", "worksFor", "Velmar Corp", "asserted") in triples(named)


def test_the_most_senior_party_member_on_a_committee_is_a_member_of_both():
    # "Juan Soto, the most senior Democrat on the Velmar Committee, spoke."
    doc = parse(
        """
Juan PROPN nsubj 13
Soto PROPN flat 1
, PUNCT punct 7
the DET det 7
most ADV advmod 6
senior ADJ amod 7
Democrat PROPN appos 1 democrat
on ADP case 11
the DET det 11
Velmar PROPN compound 11
Committee PROPN nmod 7
, PUNCT punct 7
spoke VERB ROOT 0 speak
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (6, 7, "NORP"), (9, 11, "ORG")],
    )
    found = triples(doc)
    assert ("Juan Soto", "memberOf", "Democratic Party", "asserted") in found
    assert ("Juan Soto", "memberOf", "Velmar Committee", "asserted") in found


# "<title words> Rosa Vidal visited the <ministry words>."
def _portfolio_sentence(title: list[str], ministry: list[str]) -> str:
    lines = [f"{word} PROPN compound {len(title) + 1}" for word in title[:-1]]
    lines += [f"{title[-1]} PROPN nmod:desc {len(title) + 1}"]
    person = len(title) + 1
    lines += [f"Rosa PROPN nsubj {person + 2}", f"Vidal PROPN flat {person}"]
    lines += ["visited VERB ROOT 0 visit", f"the DET det {person + 3 + len(ministry)}"]
    lines += [f"{word} PROPN compound {person + 3 + len(ministry)}" for word in ministry[:-1]]
    lines += [f"{ministry[-1]} PROPN obj {person + 2}", f". PUNCT punct {person + 2}"]
    return "\n".join(lines)


def _portfolio_triples(title: list[str], ministry: list[str]) -> set:
    person = len(title)
    body = person + 4
    doc = parse(
        _portfolio_sentence(title, ministry),
        ents=[(person, person + 2, "PERSON"), (body, body + len(ministry), "ORG")],
    )
    return triples(doc)


def test_a_portfolio_minister_leads_the_ministry_of_the_portfolio_the_text_names():
    found = _portfolio_triples(["Transport", "Minister"], ["Transport", "Ministry"])
    assert ("Rosa Vidal", "leads", "Transport Ministry", "asserted") in found
    # the ministry of another portfolio is not hers, nor one named with only some of her portfolio's words
    found = _portfolio_triples(["Transport", "Minister"], ["Finance", "Ministry"])
    assert not {t for t in found if t[1] == "leads"}
    found = _portfolio_triples(["Home", "Affairs", "Minister"], ["Foreign", "Affairs", "Ministry"])
    assert not {t for t in found if t[1] in ("leads", "worksFor")}


def test_a_deputy_minister_works_for_the_ministry_and_a_shadow_minister_has_no_part_in_it():
    found = _portfolio_triples(["Deputy", "Finance", "Minister"], ["Finance", "Ministry"])
    assert ("Rosa Vidal", "worksFor", "Finance Ministry", "asserted") in found
    assert ("Rosa Vidal", "leads", "Finance Ministry", "asserted") not in found
    found = _portfolio_triples(["Shadow", "Finance", "Secretary"], ["Finance", "Ministry"])
    assert not {t for t in found if t[1] in ("leads", "worksFor")}


def test_a_portfolio_minister_does_not_lead_another_countrys_ministry():
    found = _portfolio_triples(["Chilean", "Finance", "Minister"], ["Peruvian", "Finance", "Ministry"])
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") in found
    assert not {t for t in found if t[1] == "leads"}
    found = _portfolio_triples(["Chilean", "Finance", "Minister"], ["Chilean", "Finance", "Ministry"])
    assert ("Rosa Vidal", "leads", "Chilean Finance Ministry", "asserted") in found


def test_a_secretary_of_a_portfolio_in_apposition_leads_its_department_when_the_text_names_only_one():
    # "Rosa Vidal, the Secretary of Agriculture, visited the Department of Agriculture (and the Agriculture
    # Office)."
    lines = """
Rosa PROPN nsubj 9
Vidal PROPN flat 1
, PUNCT punct 5
the DET det 5
Secretary PROPN appos 1
of ADP case 7
Agriculture PROPN nmod 5
, PUNCT punct 1
visited VERB ROOT 0 visit
the DET det 11
Department PROPN obj 9
of ADP case 13
Agriculture PROPN nmod 11
"""
    ents = [(0, 2, "PERSON"), (10, 13, "ORG")]
    found = triples(parse(lines + ". PUNCT punct 9", ents=ents))
    assert ("Rosa Vidal", "leads", "Department of Agriculture", "asserted") in found
    # a second body of the portfolio: which one she leads is not said
    second = "and CCONJ cc 17\nthe DET det 17\nAgriculture PROPN compound 17\nOffice PROPN conj 11\n"
    second += ". PUNCT punct 9"
    found = triples(parse(lines + second, ents=[*ents, (15, 17, "ORG")]))
    assert not {t for t in found if t[1] == "leads"}


def test_a_portfolio_minister_in_apposition_leads_the_ministry():
    # "Rosa Vidal, the Finance Minister, visited the Finance Ministry."
    doc = parse(
        """
Rosa PROPN nsubj 8
Vidal PROPN flat 1
, PUNCT punct 6
the DET det 6
Finance PROPN compound 6
Minister PROPN appos 1
, PUNCT punct 1
visited VERB ROOT 0 visit
the DET det 11
Finance PROPN compound 11
Ministry PROPN obj 8
. PUNCT punct 8
""",
        ents=[(0, 2, "PERSON"), (9, 11, "ORG")],
    )
    assert ("Rosa Vidal", "leads", "Finance Ministry", "asserted") in triples(doc)


def test_a_person_of_an_organisation_described_without_an_article_works_for_it():
    # "Ana Ruiz of advocacy group Zentro Watch said so."
    doc = parse(
        """
Ana PROPN nsubj 8
Ruiz PROPN flat 1
of ADP case 7
advocacy NOUN compound 5
group NOUN compound 7
Zentro PROPN compound 7
Watch PROPN nmod 1
said VERB ROOT 0 say
so ADV advmod 8
. PUNCT punct 8
""",
        ents=[(0, 2, "PERSON"), (5, 7, "ORG")],
    )
    assert ("Ana Ruiz", "worksFor", "Zentro Watch", "asserted") in triples(doc)


def test_a_qualified_title_in_a_coordination_is_not_of_the_owner_before_the_other_title():
    # "Zentro agent and union leader Ana Ruiz said so." (Zentro's agent; the leader of a union, not of Zentro)
    doc = parse(
        """
Zentro PROPN compound 2
agent NOUN compound 6
and CCONJ cc 5
union NOUN compound 5
leader NOUN conj 2
Ana PROPN nsubj 8
Ruiz PROPN flat 6
said VERB ROOT 0 say
so ADV advmod 8
. PUNCT punct 8
""",
        ents=[(0, 1, "ORG"), (5, 7, "PERSON")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "worksFor", "Zentro", "asserted") in found
    assert ("Ana Ruiz", "leads", "Zentro", "asserted") not in found


def test_a_title_of_an_organisation_and_its_parenthesis_before_a_comma_introduce_the_person():
    # "The director of Zentro Labs (ZL), Ana Ruiz, said so."
    doc = parse(
        """
The DET det 2
director NOUN nsubj 13
of ADP case 5
Zentro PROPN compound 5
Labs PROPN nmod 2
( PUNCT punct 7
ZL PROPN appos 5
) PUNCT punct 7
, PUNCT punct 10
Ana PROPN appos 2
Ruiz PROPN flat 10
, PUNCT punct 10
said VERB ROOT 0 say
so ADV advmod 13
. PUNCT punct 13
""",
        ents=[(3, 5, "ORG"), (6, 7, "ORG"), (9, 11, "PERSON")],
    )
    assert ("Ana Ruiz", "leads", "Zentro Labs", "asserted") in triples(doc)


def test_a_title_of_a_countrys_organisation_before_a_comma_introduces_the_person():
    # "The director of Peru's Zentro Labs, Ana Ruiz, said so."
    doc = parse(
        """
The DET det 2
director NOUN nsubj 12
of ADP case 7
Peru PROPN nmod:poss 7
's PART case 4
Zentro PROPN compound 7
Labs PROPN nmod 2
, PUNCT punct 9
Ana PROPN appos 2
Ruiz PROPN flat 9
, PUNCT punct 9
said VERB ROOT 0 say
so ADV advmod 12
. PUNCT punct 12
""",
        ents=[(3, 4, "GPE"), (5, 7, "ORG"), (8, 10, "PERSON")],
    )
    assert ("Ana Ruiz", "leads", "Zentro Labs", "asserted") in triples(doc)


# "Representative Ana Ruiz spoke. The <body> voted.", with the title's words and the body's words
def _representative(title: list[str], body: list[str], title_label: str = "PROPN") -> set:
    n = len(title)
    lines = [f"{w} {title_label} compound {n}" for w in title[:-1]]
    lines += [f"{title[-1]} {title_label} nmod:desc {n + 1}", f"Ana PROPN nsubj {n + 3}"]
    lines += [f"Ruiz PROPN flat {n + 1}", "spoke VERB ROOT 0 speak", f". PUNCT punct {n + 3}"]
    first = n + 5  # "The", 1-based
    last = first + len(body)
    lines.append(f"The DET det {last}")
    lines += [f"{w} PROPN compound {last}" for w in body[:-1]] + [f"{body[-1]} PROPN nsubj {last + 1}"]
    lines += ["voted VERB ROOT 0 vote", f". PUNCT punct {last + 1}"]
    return triples(parse("\n".join(lines), ents=[(n, n + 2, "PERSON"), (first, first + len(body), "ORG")]))


def test_a_representative_is_a_member_of_the_house_the_text_names():
    found = _representative(["Representative"], ["United", "States", "House", "of", "Representatives"])
    assert ("Ana Ruiz", "memberOf", "United States House of Representatives", "asserted") in found
    # its short name
    assert ("Ana Ruiz", "memberOf", "House", "asserted") in _representative(["Representative"], ["House"])
    # a special representative is an envoy; "a representative" in lower case, an agent
    assert not {t for t in _representative(["Special", "Representative"], ["House"]) if t[1] == "memberOf"}
    assert not {t for t in _representative(["representative"], ["House"], "NOUN") if t[1] == "memberOf"}


def test_a_towns_first_selectman_leads_the_town():
    # "It landed in Hartford. Hartford's first selectman, Ana Ruiz, said so."
    doc = parse(
        """
It PRON nsubj 2
landed VERB ROOT 0 land
in ADP case 4
Hartford PROPN obl 2
. PUNCT punct 2
Hartford PROPN nmod:poss 9
's PART case 6
first ADJ amod 9
selectman NOUN nsubj 14
, PUNCT punct 11
Ana PROPN appos 9
Ruiz PROPN flat 11
, PUNCT punct 11
said VERB ROOT 0 say
so ADV advmod 14
. PUNCT punct 14
""",
        ents=[(3, 4, "GPE"), (5, 6, "GPE"), (10, 12, "PERSON")],
    )
    assert ("Ana Ruiz", "leads", "Hartford", "asserted") in triples(doc)


def test_a_possessive_in_a_persons_own_apposition_or_predicate_is_someone_elses():
    # "Anna Ruiz spoke first. Rosa Ruiz is her sister." / "... Rosa Ruiz, her sister, spoke next."
    first = """
Anna PROPN nsubj 3
Ruiz PROPN flat 1
spoke VERB ROOT 0 speak
first ADV advmod 3
. PUNCT punct 3
"""
    predicate = """
Rosa PROPN nsubj 10
Ruiz PROPN flat 6
is AUX cop 10 be
her PRON nmod:poss 10 her PRP$
sister NOUN ROOT 0
. PUNCT punct 10
"""
    apposed = """
Rosa PROPN nsubj 13
Ruiz PROPN flat 6
, PUNCT punct 10
her PRON nmod:poss 10 her PRP$
sister NOUN appos 6
, PUNCT punct 6
spoke VERB ROOT 0 speak
next ADV advmod 13
. PUNCT punct 13
"""
    for second in (predicate, apposed):
        doc = parse(first.strip() + "\n" + second.strip(), ents=[(0, 2, "PERSON"), (5, 7, "PERSON")])
        found = triples(doc)
        assert ("Rosa Ruiz", "relativeOf", "Anna Ruiz", "asserted") in found


def test_a_name_used_as_a_type_after_an_article_has_no_affiliation():
    # 'Rosa Ruiz, nicknamed the "Ana Diaz of Peru," spoke.' / "Ana Diaz of Peru spoke."
    doc = parse(
        """
Rosa PROPN nsubj 13
Ruiz PROPN flat 1
, PUNCT punct 4
nicknamed VERB acl 1 nickname VBN
the DET det 7
" PUNCT punct 7
Ana PROPN xcomp 4
Diaz PROPN flat 7
of ADP case 10
Peru PROPN nmod 7
, PUNCT punct 7
" PUNCT punct 7
spoke VERB ROOT 0 speak
. PUNCT punct 13
""",
        ents=[(0, 2, "PERSON"), (6, 8, "PERSON"), (9, 10, "GPE")],
    )
    assert not {t for t in triples(doc) if t[1] == "nationality"}
    doc = parse(
        "Ana PROPN nsubj 5\nDiaz PROPN flat 1\nof ADP case 4\nPeru PROPN nmod 1\nspoke VERB ROOT 0 speak\n"
        ". PUNCT punct 5",
        ents=[(0, 2, "PERSON"), (3, 4, "GPE")],
    )
    assert ("Ana Diaz", "nationality", "Peru", "asserted") in triples(doc)


def test_an_office_taken_or_given_without_or_with_as_is_held():
    # "Ana Ruiz took over as chief executive of Zentro." / "Ana Ruiz was appointed chief executive of Zentro."
    took = """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
took VERB ROOT 0 take
over ADP compound:prt 3
as ADP case 7
chief ADJ amod 7
executive NOUN obl 3
of ADP case 9
Zentro PROPN nmod 7
. PUNCT punct 3
"""
    found = triples(parse(took, ents=[(0, 2, "PERSON"), (8, 9, "ORG")]))
    assert ("Ana Ruiz", "leads", "Zentro", "asserted") in found
    appointed = """
Ana PROPN nsubj:pass 4
Ruiz PROPN flat 1
was AUX aux:pass 4 be
appointed VERB ROOT 0 appoint VBN
chief ADJ amod 6
executive NOUN xcomp 4
of ADP case 8
Zentro PROPN nmod 6
. PUNCT punct 4
"""
    found = triples(parse(appointed, ents=[(0, 2, "PERSON"), (7, 8, "ORG")]))
    assert ("Ana Ruiz", "leads", "Zentro", "asserted") in found
    # "Ana Ruiz returned the chief executive's call." (no office given)
    returned = """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
returned VERB ROOT 0 return VBD
the DET det 6
chief ADJ amod 6
executive NOUN nmod:poss 8
's PART case 6
call NOUN obj 3
. PUNCT punct 3
"""
    assert not {t for t in triples(parse(returned, ents=[(0, 2, "PERSON")])) if t[1] == "leads"}
    # "Ana Ruiz appointed the chief executive of Zentro." / "Ana Ruiz served the chief executive of
    # Zentro." (an office given to someone else; a person served, the verb tagged a participle)
    for verb, tag in (("appointed", "VBD"), ("served", "VBN")):
        lines = f"""
Ana PROPN nsubj 3
Ruiz PROPN flat 1
{verb} VERB ROOT 0 {verb[:-1] if verb.endswith("ved") else verb[:-2]} {tag}
the DET det 6
chief ADJ amod 6
executive NOUN obj 3
of ADP case 8
Zentro PROPN nmod 6
. PUNCT punct 3
"""
        found = triples(parse(lines, ents=[(0, 2, "PERSON"), (7, 8, "ORG")]))
        assert ("Ana Ruiz", "leads", "Zentro", "asserted") not in found, verb


def test_who_appoints_a_person_to_an_office_owns_it():
    # "Zentro appointed Ana Ruiz as chief executive."
    doc = parse(
        """
Zentro PROPN nsubj 2
appointed VERB ROOT 0 appoint
Ana PROPN obj 2
Ruiz PROPN flat 3
as ADP case 7
chief ADJ amod 7
executive NOUN obl 2
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 4, "PERSON")],
    )
    assert ("Ana Ruiz", "leads", "Zentro", "asserted") in triples(doc)


def test_the_governor_of_a_countrys_state_governs_the_state():
    # "Ana Ruiz is the governor of the US state of Ohio."
    doc = parse(
        """
Ana PROPN nsubj 5
Ruiz PROPN flat 1
is AUX cop 5 be
the DET det 5
governor NOUN ROOT 0
of ADP case 9
the DET det 9
US PROPN compound 9
state NOUN nmod 5
of ADP case 11
Ohio PROPN nmod 9
. PUNCT punct 5
""",
        ents=[(0, 2, "PERSON"), (7, 8, "GPE"), (10, 11, "GPE")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "leads", "Ohio", "asserted") in found


def test_who_names_a_person_to_an_office_without_as_owns_it():
    # "Zentro named Ana Ruiz its new chief executive." (the name parsed as the complement, as the
    # bundled parser does) / "... its new main winner."
    def found(adjective: str, noun: str) -> set:
        lines = f"""
Zentro PROPN nsubj 2
named VERB ROOT 0 name
Ana PROPN xcomp 2
Ruiz PROPN flat 3
its PRON nmod:poss 8 its PRP$
new ADJ amod 8
{adjective} ADJ amod 8
{noun} NOUN xcomp 2
. PUNCT punct 2
"""
        return triples(parse(lines, ents=[(0, 1, "ORG"), (2, 4, "PERSON")]))

    assert ("Ana Ruiz", "leads", "Zentro", "asserted") in found("chief", "executive")
    assert not {t for t in found("main", "winner") if t[1] in ("leads", "worksFor")}


def test_a_bare_legislators_body_of_the_texts_country_is_named_as_usually_written():
    # "Britain voted. Britain won. Britain lost. Representative Ana Ruiz spoke. Senator Rosa Vidal
    # spoke." (the text is about the United Kingdom: a one-word body takes the country's code, a
    # longer one its name)
    lines = "\n".join(
        f"Britain PROPN nsubj {3 * k + 2}\n{verb} VERB ROOT 0\n. PUNCT punct {3 * k + 2}"
        for k, verb in enumerate(("voted", "won", "lost"))
    )
    lines += """
Representative PROPN nmod:desc 11
Ana PROPN nsubj 13
Ruiz PROPN flat 11
spoke VERB ROOT 0 speak
. PUNCT punct 13
Senator PROPN nmod:desc 16
Rosa PROPN nsubj 18
Vidal PROPN flat 16
spoke VERB ROOT 0 speak
. PUNCT punct 18
"""
    ents = [(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE"), (10, 12, "PERSON"), (15, 17, "PERSON")]
    found = triples(parse(lines, ents=ents))
    assert ("Ana Ruiz", "memberOf", "United Kingdom House of Representatives", "asserted") in found
    assert ("Rosa Vidal", "memberOf", "UK Senate", "asserted") in found


def test_an_incoming_office_is_held_hypothetically_its_nationality_is_not():
    # "Ana Ruiz, the incoming Peruvian president, spoke." / "Incoming President Ana Ruiz of Peru spoke."
    after = parse(
        """
Ana PROPN nsubj 9
Ruiz PROPN flat 1
, PUNCT punct 7
the DET det 7
incoming VERB amod 7 income VBG
Peruvian ADJ amod 7
president NOUN appos 1
, PUNCT punct 7
spoke VERB ROOT 0 speak
. PUNCT punct 9
""",
        ents=[(0, 2, "PERSON"), (5, 6, "NORP")],
    )
    found = triples(after)
    assert ("Ana Ruiz", "leads", "Peru", "hypothetical") in found
    assert ("Ana Ruiz", "nationality", "Peru", "asserted") in found
    before = parse(
        """
Incoming ADJ amod 2
President PROPN nmod:desc 3
Ana PROPN nsubj 7
Ruiz PROPN flat 3
of ADP case 6
Peru PROPN nmod 3
spoke VERB ROOT 0 speak
. PUNCT punct 7
""",
        ents=[(2, 4, "PERSON"), (5, 6, "GPE")],
    )
    assert ("Ana Ruiz", "leads", "Peru", "hypothetical") in triples(before)


def test_a_president_elect_leads_hypothetically():
    # "President-elect Ana Ruiz of Peru spoke."
    doc = parse(
        """
President PROPN compound 3
- PUNCT punct 3
elect NOUN nmod:desc 4
Ana PROPN nsubj 8
Ruiz PROPN flat 4
of ADP case 7
Peru PROPN nmod 4
spoke VERB ROOT 0 speak
. PUNCT punct 8
""",
        ents=[(3, 5, "PERSON"), (6, 7, "GPE")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "leads", "Peru", "hypothetical") in found
    assert ("Ana Ruiz", "leads", "Peru", "asserted") not in found
