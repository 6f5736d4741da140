"""The speakers of a sentence contact the outlet it is attributed to (``contacts:outlet``).

Hand-written, hand-parsed sentences (see ``rules_parse``); the outlet phrases
are read on the words, so the parses attach them where a small parser does.
"""

from rules_parse import parse, triples


def test_according_to_the_outlet_and_an_outlet_the_ner_called_a_place():
    # "Jane Roe said prices rose, according to the Kestrel Mail."
    doc = parse(
        """
Jane PROPN nsubj 3
Roe PROPN flat 1
said VERB ROOT 0 say
prices NOUN nsubj 5 price NNS
rose VERB ccomp 3 rise
, PUNCT punct 11
according VERB case 11 accord VBG
to ADP fixed 7
the DET det 11
Kestrel PROPN compound 11
Mail PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 2, "PERSON"), (9, 11, "LOC")],
    )
    assert ("Jane Roe", "contacts", "Kestrel Mail", "asserted") in triples(doc)


def test_in_an_outlets_report_and_speaking_on_an_outlet():
    # "In a Kestrel TV report, Jane Roe said the plant closed. Speaking on Tandex Radio, John Doe said so."
    doc = parse(
        """
In ADP case 5
a DET det 5
Kestrel PROPN compound 4
TV PROPN compound 5
report NOUN obl 9
, PUNCT punct 5
Jane PROPN nsubj 9
Roe PROPN flat 7
said VERB ROOT 0 say
the DET det 11
plant NOUN nsubj 12
closed VERB ccomp 9 close
. PUNCT punct 9
Speaking VERB advcl 21 speak VBG
on ADP case 17
Tandex PROPN compound 17
Radio PROPN obl 14
, PUNCT punct 14
John PROPN nsubj 21
Doe PROPN flat 19
said VERB ROOT 0 say
so ADV advmod 21
. PUNCT punct 21
""",
        ents=[(2, 4, "ORG"), (6, 8, "PERSON"), (15, 17, "ORG"), (18, 20, "PERSON")],
    )
    found = triples(doc)
    assert ("Jane Roe", "contacts", "Kestrel TV", "asserted") in found
    assert ("John Doe", "contacts", "Tandex Radio", "asserted") in found
    assert ("Jane Roe", "contacts", "Tandex Radio", "asserted") not in found


def test_an_outlet_reporting_what_someone_said_is_contacted_not_contacting():
    # "Kestrel News reported that Tandex said the plant closed on Monday."
    doc = parse(
        """
Kestrel PROPN compound 2
News PROPN nsubj 3
reported VERB ROOT 0 report
that SCONJ mark 6
Tandex PROPN nsubj 6
said VERB ccomp 3 say
the DET det 8
plant NOUN nsubj 9
closed VERB ccomp 6 close
on ADP case 11
Monday PROPN obl 9
. PUNCT punct 3
""",
        ents=[(0, 2, "ORG"), (4, 5, "ORG")],
    )
    found = triples(doc)
    assert ("Tandex", "contacts", "Kestrel News", "asserted") in found
    assert ("Kestrel News", "contacts", "Tandex", "asserted") not in found


def test_per_cent_and_a_sentence_without_a_speaker_contact_nobody():
    # "Tandex shares fell 5 per cent, according to Kestrel News."
    doc = parse(
        """
Tandex PROPN compound 2
shares NOUN nsubj 3 share NNS
fell VERB ROOT 0 fall
5 NUM nummod 6
per ADP case 6
cent NOUN obl 3
, PUNCT punct 11
according VERB case 11 accord VBG
to ADP fixed 8
Kestrel PROPN compound 11
News PROPN obl 3
. PUNCT punct 3
""",
        ents=[(0, 1, "ORG"), (9, 11, "ORG")],
    )
    assert not {t for t in triples(doc) if t[1] == "contacts"}


def test_a_letter_to_an_outlet_opening_the_sentence_contacts_it():
    # "In a letter to Zentro News, published on Monday, Ivo Marek said it was over." (the letter
    # parsed under "published", "said" a conjunct of it, as a small parser reads it)
    doc = parse(
        """
In ADP case 3
a DET det 3
letter NOUN obl 8
to ADP case 6
Zentro PROPN compound 6
News PROPN nmod 3
, PUNCT punct 3
published VERB ROOT 0 publish
on ADP case 10
Monday PROPN obl 8
, PUNCT punct 14
Ivo PROPN nsubj 14
Marek PROPN flat 12
said VERB conj 8 say
it PRON nsubj 17
was AUX cop 17 be
over ADJ ccomp 14
. PUNCT punct 8
""",
        ents=[(4, 6, "ORG"), (11, 13, "PERSON")],
    )
    assert ("Ivo Marek", "contacts", "Zentro News", "asserted") in triples(doc)
