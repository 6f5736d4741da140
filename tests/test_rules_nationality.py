"""Nationality and typing from the words around a name, on hand-written, hand-parsed sentences.

The phrases that introduce a name in news ("Dutch engine manufacturer X", "the
Maritime Office of Norway") often parse poorly, so these rules read the words;
the parses below are deliberately as rough as a small statistical parser's.
"""

import pytest
from rules_parse import extract, parse, triples


def test_demonym_opening_a_long_description_gives_the_named_company_its_nationality():
    # "Dutch state-owned engine manufacturer Velmar Works bought Tandex."
    doc = parse(
        """
Dutch ADJ amod 6
state NOUN compound 4
- PUNCT punct 2
owned VERB amod 6 own VBN
engine NOUN compound 6
manufacturer NOUN compound 7
Velmar PROPN compound 8
Works PROPN nsubj 9
bought VERB ROOT 0 buy
Tandex PROPN obj 9
. PUNCT punct 9
""",
        ents=[(6, 8, "ORG"), (9, 10, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar Works", "nationality", "Netherlands", "asserted") in found
    assert ("Velmar Works", "mergesWith", "Tandex", "asserted") in found


def test_a_verb_between_demonym_and_description_breaks_the_phrase():
    # "A Danish court fined airline Skyvo."
    doc = parse(
        """
A DET det 3
Danish ADJ amod 3
court NOUN nsubj 4
fined VERB ROOT 0 fine
airline NOUN compound 6
Skyvo PROPN obj 4
. PUNCT punct 4
""",
        ents=[(5, 6, "ORG")],
    )
    assert not {t for t in triples(doc) if t[0] == "Skyvo" and t[1] == "nationality"}


def test_description_noun_before_a_name_outvotes_a_person_label():
    # "Finnish shipbuilder Arto Yards grew sales."
    doc = parse(
        """
Finnish ADJ amod 2
shipbuilder NOUN compound 4
Arto PROPN compound 4
Yards PROPN nsubj 5
grew VERB ROOT 0 grow
sales NOUN obj 5 sale NNS
. PUNCT punct 5
""",
        ents=[(2, 4, "PERSON")],
    )
    assert ("Arto Yards", "nationality", "Finland", "asserted") in triples(doc)
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes["Arto Yards"] == "Company"


def test_country_closing_a_body_name_and_of_the_country_after_it():
    # "The Maritime Office of Norway and the Senate of the Philippines met."
    doc = parse(
        """
The DET det 3
Maritime PROPN compound 3
Office PROPN nsubj 12
of ADP case 5
Norway PROPN nmod 3
and CCONJ cc 8
the DET det 8
Senate PROPN conj 3
of ADP case 11
the DET det 11
Philippines PROPN nmod 8
met VERB ROOT 0 meet
. PUNCT punct 12
""",
        ents=[(1, 5, "ORG"), (7, 8, "ORG"), (10, 11, "GPE")],
    )
    found = triples(doc)
    assert ("Maritime Office of Norway", "nationality", "Norway", "asserted") in found
    assert ("Senate", "nationality", "Philippines", "asserted") in found


def test_from_a_countrys_networks_is_no_nationality():
    # "Lagos barred Zentro from Norway's networks."
    doc = parse(
        """
Lagos PROPN nsubj 2
barred VERB ROOT 0 bar
Zentro PROPN obj 2
from ADP case 7
Norway PROPN nmod:poss 7
's PART case 5
networks NOUN obl 2 network NNS
. PUNCT punct 2
""",
        ents=[(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "GPE")],
    )
    assert ("Zentro", "nationality", "Norway", "asserted") not in triples(doc)


def test_names_listed_after_a_demonym_description_are_companies_of_that_country():
    # "Danish banks including Nordvik, Holmsted and Skarp have left Iran."
    doc = parse(
        """
Danish ADJ amod 2
banks NOUN nsubj 10 bank NNS
including VERB case 4 include VBG
Nordvik PROPN nmod 2
, PUNCT punct 6
Holmsted PROPN conj 4
and CCONJ cc 8
Skarp PROPN conj 4
have AUX aux 10 have VBP
left VERB ROOT 0 leave VBN
Iran PROPN obj 10
. PUNCT punct 10
""",
        ents=[(3, 4, "ORG"), (5, 6, "PERSON"), (7, 8, "ORG"), (10, 11, "GPE")],
    )
    found = triples(doc)
    for name in ("Nordvik", "Holmsted", "Skarp"):
        assert (name, "nationality", "Denmark", "asserted") in found
    classes = {e.label: e.cls.value for e in extract(doc).entities}
    assert classes["Holmsted"] == "Company"


def test_a_one_word_name_of_a_country_is_an_organisation_even_if_the_ner_says_person():
    # "Zentro of Chile grew sales."
    doc = parse(
        """
Zentro PROPN nsubj 4
of ADP case 3
Chile PROPN nmod 1
grew VERB ROOT 0 grow
sales NOUN obj 4 sale NNS
. PUNCT punct 4
""",
        ents=[(0, 1, "PERSON"), (2, 3, "GPE")],
    )
    assert ("Zentro", "nationality", "Chile", "asserted") in triples(doc)


def test_a_demonym_description_in_apposition_gives_nationality_and_is_no_name():
    # "Ana Ruiz, the Chilean Government commissioner for mining, met KARTEL, the Peruvian anti-trust agency."
    doc = parse(
        """
Ana PROPN nsubj 11
Ruiz PROPN flat 1
, PUNCT punct 7
the DET det 7
Chilean ADJ amod 7
Government PROPN compound 7
commissioner NOUN appos 1
for ADP case 9
mining NOUN nmod 7
, PUNCT punct 7
met VERB ROOT 0 meet
KARTEL PROPN obj 11
, PUNCT punct 19
the DET det 19
Peruvian ADJ amod 19
anti ADJ amod 19
- PUNCT punct 16
trust NOUN compound 19
agency NOUN appos 12
. PUNCT punct 11
""",
        ents=[(0, 2, "LOC"), (11, 12, "ORG"), (14, 19, "ORG")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "nationality", "Chile", "asserted") in found
    assert ("KARTEL", "nationality", "Peru", "asserted") in found
    labels = {e.label for e in extract(doc).entities}
    assert "Peruvian anti-trust agency" not in labels


def test_a_demonym_on_a_verb_misread_as_a_noun_gives_the_next_name_no_nationality():
    # "Peruvian firm buys Zentro Group. It grew sales." (a headline; "buys" read as a noun)
    doc = parse(
        """
Peruvian ADJ amod 3
firm NOUN compound 3
buys NOUN compound 5 buy NNS
Zentro PROPN compound 5
Group PROPN ROOT 0
. PUNCT punct 5
It PRON nsubj 8 it PRP
grew VERB ROOT 0 grow
sales NOUN obj 8 sale NNS
. PUNCT punct 8
""",
        ents=[(3, 5, "ORG")],
    )
    assert ("Zentro Group", "nationality", "Peru", "asserted") not in triples(doc)


def test_a_capitalised_common_word_after_a_countrys_possessive_gets_no_nationality():
    # "Chile's Economy grew, and the economy of Peru lost jobs."
    doc = parse(
        """
Chile PROPN nmod:poss 3
's PART case 1
Economy PROPN nsubj 4
grew VERB ROOT 0 grow
, PUNCT punct 11
and CCONJ cc 11
the DET det 8
economy NOUN nsubj 11
of ADP case 10
Peru PROPN nmod 8
lost VERB conj 4 lose
jobs NOUN obj 11 job NNS
. PUNCT punct 4
""",
        ents=[(0, 1, "GPE"), (2, 3, "ORG"), (9, 10, "GPE")],
    )
    assert ("Economy", "nationality", "Chile", "asserted") not in triples(doc)


def test_two_word_demonyms_and_region_adjectives():
    # "The South American group Mercosur and the South African firm Naspo met."
    doc = parse(
        """
The DET det 4
South PROPN compound 3
American ADJ amod 4
group NOUN compound 5
Mercosur PROPN nsubj 12
and CCONJ cc 11
the DET det 11
South PROPN compound 9
African ADJ amod 10
firm NOUN compound 11
Naspo PROPN conj 5
met VERB ROOT 0 meet
peers NOUN obj 12 peer NNS
. PUNCT punct 12
""",
        ents=[(4, 5, "ORG"), (10, 11, "ORG")],
    )
    found = triples(doc)
    assert not {t for t in found if t[0] == "Mercosur" and t[1] == "nationality"}
    assert ("Naspo", "nationality", "South Africa", "asserted") in found


def test_a_two_word_demonym_before_a_title():
    # "South African President Ana Ruiz met peers."
    doc = parse(
        """
South PROPN compound 2
African ADJ amod 3
President PROPN compound 4
Ana PROPN nsubj 6
Ruiz PROPN flat 4
met VERB ROOT 0 meet
peers NOUN obj 6 peer NNS
. PUNCT punct 6
""",
        ents=[(0, 2, "NORP"), (3, 5, "PERSON")],
    )
    found = triples(doc)
    assert ("Ana Ruiz", "leads", "South Africa", "asserted") in found
    assert not {t for t in found if t[0] == "African"}


def test_a_name_and_other_demonym_firms_shares_their_nationality():
    # "Vexor Group and other Peruvian miners lost money."
    doc = parse(
        """
Vexor PROPN compound 2
Group PROPN nsubj 7
and CCONJ cc 6
other ADJ amod 6
Peruvian ADJ amod 6
miners NOUN conj 2 miner NNS
lost VERB ROOT 0 lose
money NOUN obj 7
. PUNCT punct 7
""",
        ents=[(0, 2, "ORG")],
    )
    assert ("Vexor Group", "nationality", "Peru", "asserted") in triples(doc)


def _described(preposition: str, after_country: str = "") -> set:
    """ "Ana Ruiz, a politician {preposition} Peru{after_country}, sued Acme." """
    extra = after_country.split()
    n = len(extra)
    lines = [
        f"Ana PROPN nsubj {9 + n}",
        "Ruiz PROPN flat 1",
        ", PUNCT punct 5",
        "a DET det 5",
        "politician NOUN appos 1",
        f"{preposition} ADP case 7",
        "Peru PROPN nmod 5",
        *[f"{word} NOUN nmod 5" for word in extra],
        ", PUNCT punct 1",
        "sued VERB ROOT 0 sue",
        f"Acme PROPN obj {9 + n}",
        f". PUNCT punct {9 + n}",
    ]
    return triples(parse("\n".join(lines), ents=[(0, 2, "PERSON"), (6, 7, "GPE"), (9 + n, 10 + n, "ORG")]))


def test_a_person_described_as_from_or_in_a_country_has_its_nationality():
    # "Ana Ruiz, a politician from Peru, sued Acme." / "... in Peru, ..."
    assert ("Ana Ruiz", "nationality", "Peru", "asserted") in _described("from")
    assert ("Ana Ruiz", "nationality", "Peru", "asserted") in _described("in")


def test_a_country_that_does_not_close_the_description_gives_no_nationality():
    # "Ana Ruiz, a politician in Peru yesterday, sued Acme."
    assert not {t for t in _described("in", "yesterday") if t[1] == "nationality"}


def test_a_plural_demonym_description_covers_the_names_joined_by_and():
    # "Norwegian store chains Velmar and Tandex cut prices."
    doc = parse(
        """
Norwegian ADJ amod 3
store NOUN compound 3
chains NOUN compound 4 chain NNS
Velmar PROPN nsubj 7
and CCONJ cc 6
Tandex PROPN conj 4
cut VERB ROOT 0 cut
prices NOUN obj 7 price NNS
. PUNCT punct 7
""",
        ents=[(3, 4, "ORG"), (5, 6, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar", "nationality", "Norway", "asserted") in found
    assert ("Tandex", "nationality", "Norway", "asserted") in found


def test_a_country_or_a_city_opening_the_description_before_a_name():
    # "The US firm Velmar Holdings hired the London law firm Kestrel Partners."
    doc = parse(
        """
The DET det 3
US PROPN compound 3
firm NOUN nsubj 6
Velmar PROPN compound 5
Holdings PROPN appos 3
hired VERB ROOT 0 hire
the DET det 11
London PROPN compound 11
law NOUN compound 10
firm NOUN compound 11
Kestrel PROPN compound 12
Partners PROPN obj 6
. PUNCT punct 6
""",
        ents=[(1, 2, "GPE"), (3, 5, "ORG"), (7, 8, "GPE"), (10, 12, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar Holdings", "nationality", "United States", "asserted") in found
    assert ("Kestrel Partners", "basedIn", "London", "asserted") in found
    assert not {t for t in found if t[0] == "Kestrel Partners" and t[1] == "nationality"}


@pytest.mark.parametrize(
    ("word", "pos", "label", "country"),
    [("US", "PROPN", "GPE", "United States"), ("German", "ADJ", "NORP", "Germany")],
)
def test_x_based_before_a_description_says_where_not_whose(word, pos, label, country):
    # "The US-based software company Velmar Holdings grew in May." / "The German-based ..."
    doc = parse(
        f"""
The DET det 7
{word} {pos} compound 4
- PUNCT punct 2
based VERB amod 7 base VBN
software NOUN compound 6
company NOUN compound 7
Velmar PROPN compound 8
Holdings PROPN nsubj 9
grew VERB ROOT 0 grow
in ADP case 11
May PROPN obl 9
. PUNCT punct 9
""",
        ents=[(1, 2, label), (6, 8, "ORG")],
    )
    found = triples(doc)
    assert ("Velmar Holdings", "basedIn", country, "asserted") in found
    assert ("Velmar Holdings", "nationality", country, "asserted") not in found


def test_a_demonym_after_royal_or_national_in_an_organisations_name():
    # "The Royal Chilean Air Force flew in May."
    doc = parse(
        """
The DET det 5
Royal PROPN compound 5
Chilean ADJ amod 5
Air PROPN compound 5
Force PROPN nsubj 6
flew VERB ROOT 0 fly
in ADP case 8
May PROPN obl 6
. PUNCT punct 6
""",
        ents=[(1, 5, "ORG")],
    )
    assert ("Royal Chilean Air Force", "nationality", "Chile", "asserted") in triples(doc)


def test_a_demonym_before_a_plural_office_noun_names_no_body():
    # "The veil was banned in Chilean public offices in 2011."
    doc = parse(
        """
The DET det 2
veil NOUN nsubj:pass 4
was AUX aux:pass 4
banned VERB ROOT 0 ban
in ADP case 8
Chilean ADJ amod 8
public ADJ amod 8
offices NOUN obl 4 office NNS
in ADP case 10
2011 NUM obl 4
. PUNCT punct 4
""",
        ents=[(5, 6, "NORP")],
    )
    assert not {e.label for e in extract(doc).entities if "offices" in e.label}


def test_a_place_in_an_in_phrase_of_an_organisations_name_is_where_it_is_based():
    # "The Court of Zenith in Peru ruled." (the head word opens the name) / "Protests against Acme Corp in
    # Peru grew." (the place says where the protests are)
    doc = parse(
        """
The DET det 2
Court PROPN nsubj 7
of ADP case 4
Zenith PROPN nmod 2
in ADP case 6
Peru PROPN nmod 2
ruled VERB ROOT 0 rule
. PUNCT punct 7
""",
        ents=[(1, 4, "ORG"), (5, 6, "GPE")],
    )
    assert ("Court of Zenith", "basedIn", "Peru", "asserted") in triples(doc)
    protests = parse(
        """
Protests NOUN nsubj 7 protest NNS
against ADP case 4
Acme PROPN compound 4
Corp PROPN nmod 1
in ADP case 6
Peru PROPN nmod 1
grew VERB ROOT 0 grow
. PUNCT punct 7
""",
        ents=[(2, 4, "ORG"), (5, 6, "GPE")],
    )
    assert not any(p == "basedIn" for _, p, _, _ in triples(protests))


def test_a_demonym_in_a_persons_noun_predicate_gives_nationality():
    # "Rosa Vidal is a Chilean national." ("national" tagged as an adjective, as the model does)
    doc = parse(
        """
Rosa PROPN nsubj 6
Vidal PROPN flat 1
is AUX cop 6 be VBZ
a DET det 6
Chilean ADJ amod 6 chilean
national ADJ ROOT 0
. PUNCT punct 6
""",
        ents=[(0, 2, "PERSON")],
    )
    assert ("Rosa Vidal", "nationality", "Chile", "asserted") in triples(doc)


def test_a_countrys_description_right_before_a_name_types_it_and_gives_its_nationality():
    # "Peru's telecoms regulator ZTL banned Acme."
    doc = parse(
        """
Peru PROPN nmod:poss 4
's PART case 1
telecoms NOUN compound 4 telecom NNS
regulator NOUN nsubj 6
ZTL PROPN nsubj 6
banned VERB ROOT 0 ban
Acme PROPN obj 6
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (6, 7, "ORG")],
    )
    found = triples(doc)
    assert {("ZTL", "bans", "Acme", "asserted"), ("ZTL", "nationality", "Peru", "asserted")} <= found
    assert not any("regulator" in s for s, _, _, _ in found)  # no descriptive entity beside the name


def test_a_countrys_plain_possessive_gives_nationality_to_each_body_it_lists():
    # "The United States' Zentro Agency, Kovo Office, and Lindale Bureau funded it."
    doc = parse(
        """
The DET det 3
United PROPN compound 3
States PROPN nmod:poss 6
' PART case 3
Zentro PROPN compound 6
Agency PROPN nsubj 14
, PUNCT punct 9
Kovo PROPN compound 9
Office PROPN conj 6
, PUNCT punct 13
and CCONJ cc 13
Lindale PROPN compound 13
Bureau PROPN conj 6
funded VERB ROOT 0 fund
it PRON obj 14
. PUNCT punct 14
""",
        ents=[(1, 3, "GPE"), (4, 6, "ORG"), (7, 9, "ORG"), (11, 13, "ORG")],
    )
    found = triples(doc)
    for body in ("Zentro Agency", "Kovo Office", "Lindale Bureau"):
        assert (body, "nationality", "United States", "asserted") in found



def test_a_countrys_name_before_an_unnamed_body_gives_it_nationality():
    # "A Peru federal jury convicted Ivo Marek."
    doc = parse(
        """
A DET det 4
Peru PROPN compound 4
federal ADJ amod 4
jury NOUN nsubj 5
convicted VERB ROOT 0 convict
Ivo PROPN obj 5
Marek PROPN flat 6
. PUNCT punct 5
""",
        ents=[(1, 2, "GPE"), (5, 7, "PERSON")],
    )
    found = triples(doc)
    assert ("Peru federal jury", "nationality", "Peru", "asserted") in found
    assert ("Peru federal jury", "accuses", "Ivo Marek", "asserted") in found


def _head_line(head: str) -> str:
    """ "lawyer/NOUN" or "lawyers/NOUN/lawyer/NNS": the apposition's head line (lemma, tag optional)."""
    word, pos, *rest = head.split("/")
    return " ".join([word, pos, "appos", "1", *rest])


def _apposed(description: list[str], ents: list[tuple[int, int, str]] = ()) -> set:
    """ "Ana Ruiz, <description>, sued Acme.": each description word a modifier of its last word."""
    n = len(description)
    lines = [
        f"Ana PROPN nsubj {n + 5}",
        "Ruiz PROPN flat 1",
        f", PUNCT punct {n + 3}",
        *[f"{word} {pos} {dep} {n + 3}" for word, pos, dep in (w.split("/") for w in description[:-1])],
        _head_line(description[-1]),
        ", PUNCT punct 1",
        "sued VERB ROOT 0 sue",
        f"Acme PROPN obj {n + 5}",
        f". PUNCT punct {n + 5}",
    ]
    return triples(parse("\n".join(lines), ents=[(0, 2, "PERSON"), (n + 5, n + 6, "ORG"), *ents]))


def test_a_countrys_initials_open_a_persons_description_like_a_demonym():
    # "Ana Ruiz, a US peace envoy, sued Acme." / "Ana Ruiz, a USA Today columnist, sued Acme."
    envoy = _apposed(["a/DET/det", "US/PROPN/compound", "peace/NOUN/compound", "envoy/NOUN"], [(4, 5, "GPE")])
    assert ("Ana Ruiz", "nationality", "United States", "asserted") in envoy
    paper = _apposed(["a/DET/det", "USA/PROPN/compound", "Today/PROPN/compound", "columnist/NOUN"])
    assert not {t for t in paper if t[1] == "nationality"}


def test_initials_opening_a_longer_name_are_no_nationality():
    # "The USA Today Washington Bureau hired Ana Ruiz."
    doc = parse(
        """
The DET det 5
USA PROPN nsubj 6
Today NOUN obl:unmarked 5 today
Washington PROPN compound 5
Bureau PROPN nsubj 6
hired VERB ROOT 0 hire
Ana PROPN obj 6
Ruiz PROPN flat 7
. PUNCT punct 6
""",
        ents=[(1, 2, "GPE"), (2, 5, "ORG"), (6, 8, "PERSON")],
    )
    assert not {t for t in triples(doc) if t[1] == "nationality"}


def test_initials_inside_a_name_before_a_title_are_no_nationality():
    # "Socialist Party USA nominee Ana Ruiz sued Acme."
    doc = parse(
        """
Socialist ADJ amod 2
Party PROPN compound 3
USA PROPN compound 4
nominee NOUN compound 5
Ana PROPN nsubj 7
Ruiz PROPN flat 5
sued VERB ROOT 0 sue
Acme PROPN obj 7
. PUNCT punct 7
""",
        ents=[(0, 3, "ORG"), (4, 6, "PERSON"), (7, 8, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "nationality" and t[0] == "Ana Ruiz"}


def test_an_age_before_the_demonym_and_a_plural_head_after_it():
    # "Ana Ruiz, a 32-year-old Peruvian lawyer, sued Acme." / "Ana Ruiz, Peruvian lawyers, sued Acme."
    aged = ["a/DET/det", "32/NUM/nummod", "-/PUNCT/punct", "year/NOUN/obl", "-/PUNCT/punct", "old/ADJ/amod"]
    aged_lawyer = _apposed([*aged, "Peruvian/ADJ/amod", "lawyer/NOUN"])
    assert ("Ana Ruiz", "nationality", "Peru", "asserted") in aged_lawyer
    listed = _apposed(["Peruvian/ADJ/amod", "lawyers/NOUN/lawyer/NNS"])
    assert not {t for t in listed if t[1] == "nationality"}
    assert ("Ana Ruiz", "nationality", "Peru", "asserted") in _apposed(["Peruvian/ADJ/amod", "lawyer/NOUN"])


def test_people_included_among_a_demonyms_officials_are_of_its_country():
    # "Several South African officials, including deputy health minister Rosa Vidal and Juan Soto, resigned."
    doc = parse(
        """
Several ADJ amod 4
South PROPN compound 3
African ADJ amod 4
officials NOUN nsubj 16 official NNS
, PUNCT punct 10
including VERB case 10 include VBG
deputy ADJ amod 9
health NOUN compound 9
minister NOUN compound 10
Rosa PROPN nmod 4
Vidal PROPN flat 10
and CCONJ cc 13
Juan PROPN conj 10
Soto PROPN flat 13
, PUNCT punct 10
resigned VERB ROOT 0 resign
. PUNCT punct 16
""",
        ents=[(1, 3, "NORP"), (9, 11, "PERSON"), (12, 14, "PERSON")],
    )
    found = triples(doc)
    assert ("Rosa Vidal", "nationality", "South Africa", "asserted") in found
    assert ("Juan Soto", "nationality", "South Africa", "asserted") in found


def test_a_demonym_before_counterpart_gives_the_counterparts_nationality():
    # "Ana Ruiz met her Greek counterpart Rosa Vidal."
    doc = parse(
        """
Ana PROPN nsubj 3
Ruiz PROPN flat 1
met VERB ROOT 0 meet
her PRON nmod:poss 6 her PRP$
Greek ADJ amod 6
counterpart NOUN compound 7
Rosa PROPN obj 3
Vidal PROPN flat 7
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (4, 5, "NORP"), (6, 8, "PERSON")],
    )
    assert ("Rosa Vidal", "nationality", "Greece", "asserted") in triples(doc)
