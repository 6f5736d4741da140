"""Names the NER reads wrongly, and the nationality a body's name or a possessive gives it.

Hand-written, hand-parsed sentences (see ``rules_parse``); the NER spans are
the mistakes a small NER makes: one span over a person and the body they
speak for, a span ending in a preposition, a title word inside a body's name.
"""

from rules_parse import extract, parse, triples


def test_a_person_of_a_countrys_body_read_as_one_name_is_three_names():
    # "Mara Velk of the UK's Coastal Safety Agency said the agency was ready."
    doc = parse(
        """
Mara PROPN compound 2
Velk PROPN nsubj 12
of ADP case 9
the DET det 5
UK PROPN nmod:poss 9
's PART case 5 's POS
Coastal PROPN compound 9
Safety PROPN compound 9
Agency PROPN nmod 2
said VERB ROOT 0 say
the DET det 11
agency NOUN nsubj 13
was AUX cop 13 be
ready ADJ ccomp 10
. PUNCT punct 10
""",
        ents=[(0, 9, "ORG")],
    )
    found = triples(doc)
    assert ("Mara Velk", "worksFor", "Coastal Safety Agency", "asserted") in found
    assert ("Coastal Safety Agency", "nationality", "United Kingdom", "asserted") in found
    assert not {t for t in found if "Mara Velk of" in t[0]}


def test_a_body_named_with_of_the_stays_one_name():
    # "The Bank of the North fined Tandex."
    doc = parse(
        """
The DET det 2
Bank PROPN nsubj 6
of ADP case 5
the DET det 5
North PROPN nmod 2
fined VERB ROOT 0 fine
Tandex PROPN obj 6
. PUNCT punct 6
""",
        ents=[(1, 5, "ORG"), (6, 7, "ORG")],
    )
    assert {t[0] for t in triples(doc)} == {"Bank of the North"}


def test_a_title_word_that_heads_a_body_is_part_of_its_name():
    # "The U.S. Justice Department fined Tandex."
    doc = parse(
        """
The DET det 4
U.S. PROPN compound 4
Justice PROPN compound 4
Department PROPN nsubj 5
fined VERB ROOT 0 fine
Tandex PROPN obj 5
. PUNCT punct 5
""",
        ents=[(1, 4, "ORG"), (5, 6, "ORG")],
    )
    found = triples(doc)
    assert ("U.S. Justice Department", "nationality", "United States", "asserted") in found
    assert not {t for t in found if t[0] == "Department"}


def test_a_ner_span_ending_in_a_preposition_and_a_country_of_several_words_opening_a_name():
    # "The United States Maritime Office in Norfolk fined Tandex."
    doc = parse(
        """
The DET det 5
United PROPN compound 3
States PROPN compound 5
Maritime PROPN compound 5
Office PROPN nsubj 8
in ADP case 7
Norfolk PROPN nmod 5
fined VERB ROOT 0 fine
Tandex PROPN obj 8
. PUNCT punct 8
""",
        ents=[(1, 6, "ORG"), (6, 7, "LOC"), (8, 9, "ORG")],
    )
    found = triples(doc)
    assert ("United States Maritime Office", "nationality", "United States", "asserted") in found
    assert not {t for t in found if t[0].endswith(" in")}


def test_a_countrys_possessive_before_modifiers_gives_nationality_but_not_to_a_noun_modifier():
    # "Norway's state-owned Velmar Oil grew, and Chile's current Tandex outbreak ended."
    doc = parse(
        """
Norway PROPN nmod:poss 7
's PART case 1 's POS
state NOUN obl 5
- PUNCT punct 3
owned VERB amod 7 own VBN
Velmar PROPN compound 7
Oil PROPN nsubj 8
grew VERB ROOT 0 grow
, PUNCT punct 16
and CCONJ cc 16
Chile PROPN nmod:poss 15
's PART case 11 's POS
current ADJ amod 15
Tandex PROPN compound 15
outbreak NOUN nsubj 16
ended VERB conj 8 end
. PUNCT punct 8
""",
        ents=[(0, 1, "GPE"), (5, 7, "ORG"), (10, 11, "GPE"), (13, 14, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar Oil", "nationality", "Norway", "asserted") in found
    assert ("Tandex", "nationality", "Chile", "asserted") not in found


def test_a_lone_indirect_object_before_a_clause_is_the_object():
    # "Jane Roe urged Tandex to reconsider." (the object misread as an indirect object)
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
urged VERB ROOT 0 urge
Tandex PROPN iobj 3
to PART mark 6
reconsider VERB xcomp 3 reconsider VB
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 4, "ORG")],
    )
    assert ("Jane Roe", "urges", "Tandex", "asserted") in triples(doc)


def test_a_generational_suffix_belongs_to_the_name_and_is_no_name_of_its_own():
    # "Jane Roe sued Tom Poe, Jr. on Monday."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
sued VERB ROOT 0 sue
Tom PROPN obj 3
Poe PROPN flat 4
, PUNCT punct 7
Jr. PROPN appos 4
on ADP case 9
Monday PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "accuses", "Tom Poe, Jr.", "asserted") in found
    assert not {t for t in found if t[2] == "Jr."}


def test_a_body_named_with_its_own_in_phrase_is_based_there_but_not_a_verbs_in_phrase():
    # "The Ruritanian Embassy in Oslo banned Tandex in Norway."
    doc = parse(
        """
The DET det 3
Ruritanian PROPN compound 3
Embassy PROPN nsubj 6
in ADP case 5
Oslo PROPN nmod 3
banned VERB ROOT 0 ban
Tandex PROPN obj 6
in ADP case 9
Norway PROPN obl 6
. PUNCT punct 6
""",
        ents=[(1, 3, "ORG"), (4, 5, "GPE"), (6, 7, "ORG"), (8, 9, "GPE")],
    )
    found = triples(doc)
    assert ("Ruritanian Embassy", "basedIn", "Oslo", "asserted") in found
    assert ("Tandex", "basedIn", "Norway", "asserted") not in found


def test_what_a_company_makes_is_a_product_though_the_ner_says_organisation():
    # "Velmar Paper, which makes Softa Tissue, grew."
    doc = parse(
        """
Velmar PROPN compound 2
Paper PROPN nsubj 9
, PUNCT punct 5
which PRON nsubj 5 which WDT
makes VERB acl:relcl 2 make VBZ
Softa PROPN compound 7
Tissue PROPN obj 5
, PUNCT punct 5
grew VERB ROOT 0 grow
. PUNCT punct 9
""",
        ents=[(0, 2, "ORG"), (5, 7, "ORG")],
    )
    assert ("Velmar Paper", "produces", "Softa Tissue", "asserted") in triples(doc)


def test_a_country_closing_a_companys_name_gives_nationality_but_not_a_place_before_it():
    # "Velmar USA hired Oslo Norway Tours."
    doc = parse(
        """
Velmar PROPN compound 2
USA PROPN nsubj 3
hired VERB ROOT 0 hire
Oslo PROPN compound 6
Norway PROPN compound 6
Tours PROPN obj 3
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (3, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar USA", "nationality", "United States", "asserted") in found
    assert not {t for t in found if t[1] == "nationality" and t[2] == "Norway"}


def test_a_title_with_its_portfolio_introduces_the_person_and_is_no_name():
    # "Jane Roe spoke with US Secretary of State Tom Poe."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
spoke VERB ROOT 0 speak
with ADP case 6
US PROPN compound 6
Secretary PROPN obl 3
of ADP case 8
State PROPN nmod 6
Tom PROPN obl 3
Poe PROPN flat 9
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 5, "GPE"), (8, 10, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "contacts", "Tom Poe", "asserted") in found
    assert not {t for t in found if "State" in (t[0], t[2])}


def test_a_description_that_resolves_is_the_subject_of_a_stative_verb():
    # "Police raided Velmar Corp. The company was based in Oslo."
    doc = parse(
        """
Police NOUN nsubj 2
raided VERB ROOT 0 raid
Velmar PROPN compound 4
Corp PROPN obj 2
. PUNCT punct 2
The DET det 7
company NOUN nsubj:pass 9
was AUX aux:pass 9 be
based VERB ROOT 0 base VBN
in ADP case 11
Oslo PROPN obl 9
. PUNCT punct 9
""",
        ents=[(2, 4, "ORG"), (10, 11, "GPE")],
    )
    assert ("Velmar Corp", "basedIn", "Oslo", "asserted") in triples(doc)


def test_a_name_written_with_a_hyphen_is_one_name_but_two_places_are_two():
    # "Jane Roe told Velmar France-Presse about the Norway-Sweden pact."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
told VERB ROOT 0 tell
Velmar PROPN compound 5
France PROPN obj 3
- PUNCT punct 7
Presse PROPN appos 5
about ADP case 13
the DET det 13
Norway PROPN compound 13
- PUNCT punct 12
Sweden PROPN compound 13
pact NOUN obl 3
. PUNCT punct 3
""",
        ents=[(3, 5, "ORG"), (6, 7, "LOC"), (9, 10, "GPE"), (11, 12, "GPE")],
    )
    found = triples(doc)
    assert ("Jane Roe", "contacts", "Velmar France-Presse", "asserted") in found
    assert not {t for t in found if "Norway-Sweden" in t[0] + t[2]}


def test_the_first_word_of_a_two_word_demonym_is_no_name():
    # "Police found the South Korean website."
    doc = parse(
        """
Police NOUN nsubj 2
found VERB ROOT 0 find
the DET det 6
South PROPN compound 5
Korean ADJ amod 6
website NOUN obj 2
. PUNCT punct 2
""",
        ents=[(3, 4, "LOC")],
    )
    assert not {e.label for e in extract(doc).entities if e.label == "South"}


def test_first_names_between_a_title_and_the_ners_person_join_the_name():
    # "Chilean President Obrad Tavik Velmaren resigned.": the NER's person is only "Tavik Velmaren"
    doc = parse(
        """
Chilean ADJ amod 2
President PROPN nmod:desc 3
Obrad PROPN compound 4
Tavik PROPN nsubj 6
Velmaren PROPN flat 4
resigned VERB ROOT 0 resign
. PUNCT punct 6
""",
        ents=[(0, 1, "NORP"), (3, 5, "PERSON")],
    )
    found = triples(doc)
    assert ("Obrad Tavik Velmaren", "leads", "Chile", "asserted") in found
    assert not {t for t in found if t[0] in ("Obrad", "Tavik Velmaren")}


def test_an_honorific_or_a_role_after_a_title_is_no_first_name():
    # "Acme professor Dr Jane Roe and Lord Mayor Candidate John Doe spoke."
    doc = parse(
        """
Acme PROPN compound 2
professor NOUN compound 4
Dr PROPN compound 4
Jane PROPN nsubj 12
Roe PROPN flat 4
and CCONJ cc 11
Lord PROPN compound 8
Mayor PROPN compound 9
Candidate PROPN compound 10
John PROPN conj 4
Doe PROPN flat 10
spoke VERB ROOT 0 speak
. PUNCT punct 12
""",
        ents=[(0, 1, "ORG"), (3, 5, "PERSON"), (9, 11, "PERSON")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert {"Jane Roe", "John Doe"} <= labels
    assert not {label for label in labels if label.startswith(("Dr", "Candidate"))}


def test_a_description_inside_an_ner_span_splits_it():
    # "He thanked Kestrel non-profit Velmar for Peace Foundation.": one span of the NER
    doc = parse(
        """
He PRON nsubj 2
thanked VERB ROOT 0 thank
Kestrel PROPN compound 6
non ADJ amod 6
- ADJ amod 6
profit ADJ amod 6
Velmar PROPN obj 2
for ADP case 9
Peace PROPN compound 9
Foundation PROPN nmod 6
. PUNCT punct 2
""",
        ents=[(2, 10, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Velmar for Peace Foundation" in labels
    assert not {label for label in labels if "profit" in label}


def test_name_particles_are_no_description():
    # "Jane Roe met Charles de Vauban."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
met VERB ROOT 0 meet
Charles PROPN obj 3
de PROPN flat 4
Vauban PROPN flat 4
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (3, 6, "PERSON")],
    )
    assert ("Jane Roe", "contacts", "Charles de Vauban", "asserted") in triples(doc)


def test_a_date_after_a_name_is_no_part_of_it():
    # "Kestrel Aid on Sunday renamed its ship." (the NER's span runs on to the day)
    doc = parse(
        """
Kestrel PROPN compound 2
Aid PROPN nsubj 5
on ADP case 4
Sunday PROPN obl 5
renamed VERB ROOT 0 rename
its PRON nmod:poss 7 its PRP$
ship NOUN obj 5
. PUNCT punct 5
""",
        ents=[(0, 4, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Kestrel Aid" in labels
    assert not {label for label in labels if "Sunday" in label}


def test_a_known_body_and_a_persons_name_in_one_ner_span_are_two_names():
    # "Former US Ambassador to the United Nations Jane Roe wrote it." (one span of the NER)
    doc = parse(
        """
Former ADJ amod 3
US PROPN compound 3
Ambassador PROPN nsubj 10
to ADP case 7
the DET det 7
United PROPN compound 7
Nations PROPN nmod 3
Jane PROPN appos 3
Roe PROPN flat 8
wrote VERB ROOT 0 write
it PRON obj 10
. PUNCT punct 10
""",
        ents=[(1, 2, "GPE"), (5, 9, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert {"United Nations", "Jane Roe"} <= labels
    assert ("Jane Roe", "nationality", "United States", "asserted") in triples(doc)


def test_a_status_adjective_opening_a_name_of_the_ner_is_no_part_of_it():
    # "Retired Zentro agent Jane Roe said so." (the NER's span starts at "Retired")
    doc = parse(
        """
Retired ADJ amod 3
Zentro PROPN compound 3
agent NOUN compound 4
Jane PROPN nsubj 6
Roe PROPN flat 4
said VERB ROOT 0 say
so ADV advmod 6
. PUNCT punct 6
""",
        ents=[(0, 2, "ORG"), (3, 5, "PERSON")],
    )
    assert ("Jane Roe", "worksFor", "Zentro", "asserted") in triples(doc)


def test_the_arabic_article_before_a_hyphen_is_part_of_the_name():
    # "Speaking on al-Kestrel TV, Jane Roe said so." (the NER's span starts after "al-")
    doc = parse(
        """
Speaking VERB advcl 10 speak VBG
on ADP case 6
al PROPN compound 6
- PUNCT punct 3
Kestrel PROPN compound 6
TV PROPN obl 1
, PUNCT punct 1
Jane PROPN nsubj 10
Roe PROPN flat 8
said VERB ROOT 0 say
so ADV advmod 10
. PUNCT punct 10
""",
        ents=[(4, 6, "ORG"), (7, 9, "PERSON")],
    )
    assert ("Jane Roe", "contacts", "al-Kestrel TV", "asserted") in triples(doc)


def test_a_name_that_which_refers_to_is_no_person():
    # "Velmar Paper which makes Zento said so." (the NER read Velmar Paper as a person)
    doc = parse(
        """
Velmar PROPN compound 2
Paper PROPN nsubj 7
which PRON nsubj 4
makes VERB acl:relcl 2 make
Zento PROPN obj 4
, PUNCT punct 7
said VERB ROOT 0 say
so ADV advmod 7
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (4, 5, "PRODUCT")],
    )
    assert ("Velmar Paper", "produces", "Zento", "asserted") in triples(doc)


def test_a_name_cut_at_an_arabic_article_keeps_the_hyphenated_word_after_it():
    # "President Omar el-Faruq spoke." with the NER span ending at "el"
    doc = parse(
        """
President PROPN compound 2
Omar PROPN nsubj 6
el PROPN flat 2
- PUNCT punct 5
Faruq PROPN flat 2
spoke VERB ROOT 0 speak
Acme PROPN obj 6
. PUNCT punct 6
""",
        ents=[(1, 3, "PERSON"), (6, 7, "ORG")],
    )
    assert "Omar el-Faruq" in {e.label for e in extract(doc).entities}


def test_a_plural_title_before_coordinated_names_makes_each_a_person():
    # "Presidents Rosa Vidal of Chile and Juan Soto of Peru signed it." (the NER calls Juan Soto an ORG)
    doc = parse(
        """
Presidents NOUN obl 11 president NNS
Rosa PROPN nsubj 11
Vidal PROPN flat 2
of ADP case 5
Chile PROPN nmod 2
and CCONJ cc 7
Juan PROPN conj 2
Soto PROPN flat 7
of ADP case 10
Peru PROPN nmod 2
signed VERB ROOT 0 sign
it PRON obj 11
. PUNCT punct 11
""",
        ents=[(1, 3, "PERSON"), (4, 5, "GPE"), (6, 8, "ORG"), (9, 10, "GPE")],
    )
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes["Juan Soto"] == "Person"


def test_king_and_queen_are_words_of_names_inside_or_before_a_name_that_is_no_person():
    # "Rosa Vidal Queen Day fell on the day Chilean King Juan opened Queen Mara Market in Queens."
    doc = parse(
        """
Rosa PROPN compound 4
Vidal PROPN flat 1
Queen PROPN flat 1
Day PROPN nsubj 5
fell VERB ROOT 0 fall
on ADP case 8
the DET det 8
day NOUN obl 5
Chilean PROPN compound 11
King PROPN compound 11
Juan PROPN nsubj 12
opened VERB acl:relcl 8 open
Queen PROPN compound 15
Mara PROPN compound 15
Market PROPN obj 12
in ADP case 17
Queens PROPN nmod 15 queens NNPS
. PUNCT punct 5
""",
        ents=[(0, 4, "EVENT"), (8, 11, "PERSON"), (12, 15, "ORG"), (16, 17, "LOC")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert "Rosa Vidal Queen Day" in labels  # not "Rosa Vidal" and "Day"
    assert "Queen Mara Market" in labels  # not the person "Mara Market"
    assert "Queens" in labels  # a borough, not a plural title
    assert "Juan" in labels and "Chilean King Juan" not in labels  # a title before a person's name


def test_and_joins_a_names_words_but_not_two_names_the_ner_tells_apart():
    # "The Union of Montana and Native Rights Fund sued Acme. The Institute of Allergy and Infectious
    # Diseases agreed." The NER splits both at "and"; only the first is two names (its second part
    # has a head of its own)
    doc = parse(
        """
The DET det 2
Union PROPN nsubj 9
of ADP case 4
Montana PROPN nmod 2
and CCONJ cc 8
Native ADJ amod 7 native NNP
Rights PROPN compound 8 right NNPS
Fund PROPN conj 2
sued VERB ROOT 0 sue
Acme PROPN obj 9
. PUNCT punct 9
The DET det 13
Institute PROPN nsubj 19
of ADP case 15
Allergy PROPN nmod 13
and CCONJ cc 18
Infectious ADJ amod 18 infectious NNP
Diseases PROPN conj 15 disease NNPS
agreed VERB ROOT 0 agree
. PUNCT punct 19
""",
        ents=[(1, 4, "ORG"), (5, 8, "ORG"), (12, 15, "ORG"), (16, 18, "ORG")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert {"Union of Montana", "Native Rights Fund"} <= labels
    assert "Institute of Allergy and Infectious Diseases" in labels


def test_a_court_of_a_constituent_country_is_named_whole_and_based_there():
    # "The High Court of England ruled against Acme.": "High" is part of the name (the tagger calls it
    # an adjective), and England, a region of the gazetteer, is where the court is
    doc = parse(
        """
The DET det 3
High ADJ amod 3 high JJ
Court PROPN nsubj 6
of ADP case 5
England PROPN nmod 3
ruled VERB ROOT 0 rule
against ADP case 8
Acme PROPN obl 6
. PUNCT punct 6
""",
        ents=[(4, 5, "GPE"), (7, 8, "ORG")],
    )
    assert ("High Court of England", "basedIn", "England", "asserted") in triples(doc)


def test_a_common_noun_closing_a_named_span_is_cut_but_a_groups_noun_stays():
    # "Jon Doe of The Velmars fame spoke to the Zenith legislature."
    doc = parse(
        """
Jon PROPN nsubj 7
Doe PROPN flat 1
of ADP case 6
The DET det 6
Velmars PROPN compound 6
fame NOUN nmod 1
spoke VERB ROOT 0 speak
to ADP case 11
the DET det 11
Zenith PROPN compound 11
legislature NOUN obl 7
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (3, 6, "ORG"), (9, 11, "ORG")],
    )
    assert {e.label for e in extract(doc).entities} == {"Jon Doe", "Velmars", "Zenith legislature"}


def _occupation_before_name(occupation: str) -> set:
    """ "{occupation} Ivo Marek answered questions from Zentro Labs." (one NER person span)"""
    return {
        e.label
        for e in extract(
            parse(
                f"""
{occupation} PROPN compound 3
Ivo PROPN compound 3
Marek PROPN nsubj 4
answered VERB ROOT 0 answer
questions NOUN obj 4 question
from ADP case 8
Zentro PROPN compound 8
Labs PROPN nmod 5 lab
. PUNCT punct 4
""",
                ents=[(0, 3, "PERSON"), (6, 8, "ORG")],
            )
        ).entities
    }


def test_an_occupation_opening_a_persons_name_is_no_part_of_it():
    assert "Ivo Marek" in _occupation_before_name("Businessman")


def test_a_figurative_occupation_word_may_be_part_of_a_name():
    assert "Star Ivo Marek" in _occupation_before_name("Star")


def test_a_surname_read_as_an_organisation_by_weak_evidence_is_the_person_named_in_full():
    # "Ivo Marek spoke. Marek won the vote and Marek thanked Zentro Labs."
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
spoke VERB ROOT 0 speak
. PUNCT punct 3
Marek PROPN nsubj 6
won VERB ROOT 0 win
the DET det 8
vote NOUN obj 6
and CCONJ cc 11
Marek PROPN nsubj 11
thanked VERB conj 6 thank
Zentro PROPN compound 13
Labs PROPN obj 11 lab
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON"), (4, 5, "ORG"), (9, 10, "ORG"), (11, 13, "ORG")],
    )
    labels = {e.label: e.cls.value for e in extract(doc).entities}
    assert labels.get("Ivo Marek") == "Person"
    assert "Marek" not in labels


def test_a_surname_the_ner_calls_an_organisation_at_every_mention_is_still_the_person():
    # "Ivo Marek spoke. Marek won. Marek lost. Marek left. Marek thanked Zentro Labs." (each "Marek" ORG)
    lines = ["Ivo PROPN nsubj 3", "Marek PROPN flat 1", "spoke VERB ROOT 0 speak", ". PUNCT punct 3"]
    for verb, lemma in (("won", "win"), ("lost", "lose"), ("left", "leave")):
        n = len(lines)
        lines += [f"Marek PROPN nsubj {n + 2}", f"{verb} VERB ROOT 0 {lemma}", f". PUNCT punct {n + 2}"]
    n = len(lines)
    lines += [f"Marek PROPN nsubj {n + 2}", "thanked VERB ROOT 0 thank", f"Zentro PROPN compound {n + 4}"]
    lines += [f"Labs PROPN obj {n + 2} lab", f". PUNCT punct {n + 2}"]
    marek = [i for i, line in enumerate(lines) if line.startswith("Marek PROPN nsubj")]
    ents = [(0, 2, "PERSON"), *((i, i + 1, "ORG") for i in marek), (n + 2, n + 4, "ORG")]
    doc = parse("\n".join(lines), ents=ents)
    labels = {e.label: e.cls.value for e in extract(doc).entities}
    assert labels.get("Ivo Marek") == "Person"
    assert "Marek" not in labels


def test_a_surname_opening_a_sentence_as_a_common_noun_is_the_person_named_before():
    # "Ivo Marek spoke. Marek was chairman of Zentro Labs." (the tagger's common noun "Marek")
    doc = parse(
        """
Ivo PROPN nsubj 3
Marek PROPN flat 1
spoke VERB ROOT 0 speak
. PUNCT punct 3
Marek NOUN nsubj 7
was AUX cop 7 be
chairman NOUN ROOT 0
of ADP case 10
Zentro PROPN compound 10
Labs PROPN nmod 7 lab
. PUNCT punct 7
""",
        ents=[(0, 2, "PERSON"), (8, 10, "ORG")],
    )
    assert ("Ivo Marek", "leads", "Zentro Labs", "asserted") in triples(doc)


def test_a_bodys_head_noun_opening_a_sentence_is_no_name_of_its_own():
    # "The Zentro Council met. Council President Ivo Marek spoke."
    doc = parse(
        """
The DET det 3
Zentro PROPN compound 3
Council PROPN nsubj 4
met VERB ROOT 0 meet
. PUNCT punct 4
Council NOUN compound 7
President PROPN compound 8
Ivo PROPN nsubj 10
Marek PROPN flat 8
spoke VERB ROOT 0 speak
. PUNCT punct 10
""",
        ents=[(1, 3, "ORG"), (7, 9, "PERSON")],
    )
    assert "Council" not in {e.label for e in extract(doc).entities}


def test_a_persons_ner_span_ending_in_of_and_a_place_is_the_person_and_the_place():
    # "Senator Ivo Marek of Ohio spoke." (the NER's one span over "Ivo Marek of Ohio")
    doc = parse(
        """
Senator PROPN compound 3
Ivo PROPN compound 3
Marek PROPN nsubj 6
of ADP case 5
Ohio PROPN nmod 3
spoke VERB ROOT 0 speak
. PUNCT punct 6
""",
        ents=[(1, 5, "PERSON")],
    )
    labels = {e.label for e in extract(doc).entities}
    assert {"Ivo Marek", "Ohio"} <= labels


def test_the_second_word_of_a_two_word_title_is_no_name():
    # "Jane Roe, the Director General of Peru, resigned in May."
    doc = parse(
        """
Jane PROPN nsubj 10
Roe PROPN flat 1
, PUNCT punct 6
the DET det 6
Director PROPN compound 6
General PROPN appos 1
of ADP case 8
Peru PROPN nmod 6
, PUNCT punct 6
resigned VERB ROOT 0 resign
in ADP case 12
May PROPN obl 10
. PUNCT punct 10
""",
        ents=[(0, 2, "PERSON"), (7, 8, "GPE")],
    )
    assert "General" not in {e.label for e in extract(doc).entities}
