"""The dependency scheme: detected from labels; the same rules work on UD and ClearNLP parses."""

import pytest
from rules_parse import parse, triples

from newsgraph.extract.depscheme import CLEAR, UD, DepScheme
from newsgraph.extract.errors import NewsgraphError


def test_detects_universal_dependencies():
    assert DepScheme.from_labels(["nsubj", "obj", "obl", "case", "nsubj:pass", "compound:prt"]) is UD


def test_detects_clearnlp():
    assert DepScheme.from_labels(["nsubj", "dobj", "prep", "pobj", "nsubjpass", "agent", "prt"]) is CLEAR


def test_unknown_labels_are_a_clear_error():
    with pytest.raises(NewsgraphError) as info:
        DepScheme.from_labels(["SB", "OA", "NK"])
    assert info.value.code == "E110"


def test_prepositional_objects_in_both_schemes():
    ud = parse("""
Acme PROPN nsubj 2
pulled VERB ROOT 0 pull
out ADP compound:prt 2
of ADP case 5
Peru PROPN obl 2
. PUNCT punct 2
""")
    clear = parse("""
Acme PROPN nsubj 2
pulled VERB ROOT 0 pull
out ADP prt 2
of ADP prep 2
Peru PROPN pobj 4
. PUNCT punct 2
""")
    assert ("out_of", "Peru") in [(p, t.text) for p, t in UD.prepositional(ud[1])]
    assert ("out_of", "Peru") in [(p, t.text) for p, t in CLEAR.prepositional(clear[1])]
    assert UD.particles(ud[1]) == CLEAR.particles(clear[1]) == ["out"]


def test_clearnlp_passive_with_agent_gives_the_same_triple():
    # "Zenith was banned by Peru." with en_core_web_* labels
    doc = parse(
        """
Zenith PROPN nsubjpass 3
was AUX auxpass 3 be
banned VERB ROOT 0 ban VBN
by ADP agent 3
Peru PROPN pobj 4
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (4, 5, "GPE")],
    )
    assert triples(doc) == {("Peru", "bans", "Zenith", "asserted")}


def test_clearnlp_possessive_and_preposition_of_a_noun_trigger():
    # "Peru's ban on Zenith ended."
    doc = parse(
        """
Peru PROPN poss 3
's PART case 1 's POS
ban NOUN nsubj 6
on ADP prep 3
Zenith PROPN pobj 4
ended VERB ROOT 0 end
. PUNCT punct 6
""",
        ents=[(0, 1, "GPE"), (4, 5, "ORG")],
    )
    assert ("Peru", "bans", "Zenith", "asserted") in triples(doc)


def test_a_second_object_after_a_comma_is_a_misparse_and_not_an_object():
    # "With Peru urging buyers to stop, Chilean firms including Zentro left." (firms misread as an object)
    doc = parse(
        """
With SCONJ mark 3
Peru PROPN nsubj 3
urging VERB advcl 12 urge VBG
buyers NOUN obj 3 buyer NNS
to PART mark 6
stop VERB xcomp 3 stop VB
, PUNCT punct 9
Chilean ADJ amod 9
firms NOUN obj 3 firm NNS
including VERB case 11 include VBG
Zentro PROPN nmod 9
left VERB ROOT 0 leave VBD
. PUNCT punct 12
""",
        ents=[(1, 2, "GPE"), (10, 11, "ORG")],
    )
    urging = doc[2]
    assert [t.text for t in UD.objects(urging)] == ["buyers"]
    assert ("Peru", "urges", "Zentro", "asserted") not in triples(doc)


def test_according_to_is_not_a_to_phrase_but_out_of_is_an_of_phrase():
    # "According to Kestrel, Zentro pulled out of Peru."
    doc = parse(
        """
According VERB case 3 accord VBG
to ADP fixed 1
Kestrel PROPN obl 6
, PUNCT punct 6
Zentro PROPN nsubj 6
pulled VERB ROOT 0 pull
out ADP case 9
of ADP fixed 7
Peru PROPN obl 6
. PUNCT punct 6
""",
        ents=[(2, 3, "ORG"), (4, 5, "ORG"), (8, 9, "GPE")],
    )
    preps = {p for p, _ in UD.prepositional(doc[5])}
    assert {"according_to", "out_of", "of"} <= preps
    assert "to" not in preps
