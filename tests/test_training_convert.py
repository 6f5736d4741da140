"""The CoNLL-U / IOB -> DocBin conversion of training/convert.py, on tiny inline data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from spacy.training import Example
from spacy.vocab import Vocab

_PATH = Path(__file__).resolve().parent.parent / "training" / "convert.py"
_spec = importlib.util.spec_from_file_location("training_convert", _PATH)
convert = importlib.util.module_from_spec(_spec)
sys.modules["training_convert"] = convert
_spec.loader.exec_module(convert)


def conllu(*rows: str) -> str:
    return "\n".join(r.replace(" | ", "\t") for r in rows) + "\n\n"


DOC_A = (
    conllu(
        "# newdoc id = docA",
        "# sent_id = docA-1",
        "1 | Ann | Ann | PROPN | NNP | Number=Sing | 4 | nsubj | _ | NE=B-PERSON",
        "2-3 | didn't | _ | _ | _ | _ | _ | _ | _ | _",
        "2 | did | do | AUX | VBD | Mood=Ind | 4 | aux | _ | _",
        "3 | n't | not | PART | RB | Polarity=Neg | 4 | advmod | _ | _",
        "4 | visit | visit | VERB | VB | VerbForm=Inf | 0 | root | _ | _",
        "4.1 | visit | visit | VERB | VB | _ | _ | _ | _ | _",
        "5 | Peru | Peru | PROPN | NNP | Number=Sing | 4 | obj | _ | NE=B-LOC|SpaceAfter=No",
        "6 | . | . | PUNCT | . | _ | 4 | punct | _ | _",
    )
    + conllu(
        "# sent_id = docA-2",
        "1 | American | American | ADJ | JJ | Degree=Pos | 2 | amod | _ | NE=B-OTH",
        "2 | Motors | Motors | PROPN | NNPS | Number=Plur | 0 | root | _ | NE=B-ORG",
    )
    + conllu(
        "# sent_id = docA-3",
        "# ner = missing",
        "1 | Lima | Lima | PROPN | NNP | Number=Sing | 0 | root | _ | _",
    )
    + conllu(
        "# newdoc id = docB",
        "# sent_id = docB-1",
        "1 | Hi | hi | INTJ | UH | _ | 0 | root | _ | _",
    )
)


def test_conllu_words_spaces_and_multiword_tokens():
    first = next(convert.read_conllu(DOC_A))
    assert first.words == ["Ann", "did", "n't", "visit", "Peru", "."]
    # inside the MWT no space; its last word takes the MWT's space; SpaceAfter=No honoured
    assert first.spaces == [True, False, True, True, False, True]
    assert first.heads == [3, 3, 3, 3, 3, 3]
    assert first.deps == ["nsubj", "aux", "advmod", "ROOT", "obj", "punct"]
    assert first.lemmas[2] == "not" and first.pos[4] == "PROPN" and first.tags[4] == "NNP"


def test_conllu_ner_missing_is_not_outside():
    gazetteer = frozenset({"Peru"})
    first, second, third, _ = convert.read_conllu(DOC_A, gazetteer)
    assert first.ner == ["B-PERSON", "O", "O", "O", "B-GPE", "O"]  # country LOC -> GPE
    assert second.ner == [None, "B-ORG"]  # OTH -> missing
    assert third.ner == [None]  # '# ner = missing'


def test_conllu_document_ids():
    sentences = list(convert.read_conllu(DOC_A))
    assert [s.doc_id for s in sentences] == ["docA", "docA", "docA", "docB"]
    no_newdoc = conllu("# sent_id = GUM_news_x-3", "1 | Hi | hi | INTJ | UH | _ | 0 | root | _ | _")
    assert next(convert.read_conllu(no_newdoc)).doc_id == "GUM_news_x"


def test_docs_group_sentences_of_one_document():
    vocab = Vocab()
    docs = list(convert.sentences_to_docs(vocab, convert.read_conllu(DOC_A), group=2))
    assert [len(list(d.sents)) for d in docs] == [2, 1, 1]
    doc = docs[0]
    assert [t.is_sent_start for t in doc] == [True] + [False] * 5 + [True, False]
    assert doc.text == "Ann didn't visit Peru. American Motors"
    assert [t.head.i for t in doc] == [3, 3, 3, 3, 3, 3, 7, 7]
    assert doc[0].dep_ == "nsubj" and doc[7].dep_ == "ROOT"
    assert doc[6].ent_iob_ == "" and doc[1].ent_iob_ == "O"  # missing vs outside
    assert [(e.text, e.label_) for e in doc.ents] == [("Ann", "PERSON"), ("Peru", "LOC"), ("Motors", "ORG")]
    assert docs[1][0].ent_iob_ == ""  # the '# ner = missing' sentence


def test_docs_round_trip_to_examples():
    vocab = Vocab()
    doc = next(convert.sentences_to_docs(vocab, convert.read_conllu(DOC_A)))
    example = Example(doc.copy(), doc)
    assert example.get_aligned("DEP", as_string=True)[0] == "nsubj"
    tags = example.get_aligned_ner()
    assert tags[0] == "U-PERSON" and tags[6] is None


IOB = (
    "# newdoc id = w-d001\n# sent_id = w-d001-s001\n"
    "Maria\tB-PERSON\tB-PER\nSilva\tI-PERSON\tI-PER\nleft\tO\tO\n#\tO\tO\n"
    "Japan\tB-GPE\tB-LOC\nand\tO\tO\nthe\tO\tO\nAlps\tB-LOC\tB-LOC\n\n"
    "# sent_id = w-d001-s002\n"
    "Japanese\tB-MISC\tB-MISC\nfans\tO\tO\nof\tO\tO\nISIL\t-\t-\nmet\tO\tO\n"
    "Acme\tB-ORG\tB-ORG\nCorp\tI-ORG\tI-ORG\n\n"
    "# newdoc id = w-d002\n# sent_id = w-d002-s001\nRome\tB-EVENT\tB-event\n\n"
)


def test_iob_reader_keeps_hash_tokens_and_maps_labels():
    first, second, third = convert.read_iob(IOB)
    assert first.words[3] == "#"  # a literal '#' token is not a comment
    assert first.ner == ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "B-LOC"]
    assert second.ner == [None, "O", "O", None, "O", "B-ORG", "I-ORG"]  # MISC and '-' missing
    assert third.ner == [None]  # EVENT is not in the label set
    assert [s.doc_id for s in (first, second, third)] == ["w-d001", "w-d001", "w-d002"]


def test_iob_docs_have_no_syntax():
    vocab = Vocab()
    docs = list(convert.sentences_to_docs(vocab, convert.read_iob(IOB)))
    assert len(docs) == 2
    doc = docs[0]
    assert not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START")
    assert [e.text for e in doc.ents] == ["Maria Silva", "Japan", "Alps", "Acme Corp"]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["I-PER", "I-PER"], ["B-PERSON", "I-PERSON"]),  # IOB1-style opener
        (["B-ORG", "I-LOC"], ["B-ORG", "B-LOC"]),  # type change starts a span
        (["B-ORG", "-", "I-ORG"], ["B-ORG", None, "B-ORG"]),
        (["B-PRODUCT", "I-PRODUCT", "O"], [None, None, "O"]),
    ],
)
def test_harmonise_edge_cases(tags, expected):
    assert convert.harmonise(["w"] * len(tags), tags) == expected


def test_harmonise_outside_labels(monkeypatch):
    monkeypatch.setitem(convert.LABEL_MAP, "EVENT", "O")
    assert convert.harmonise(["the", "Cold", "War"], ["O", "B-EVENT", "I-EVENT"]) == ["O", "O", "O"]


def test_gum_commercial_documents(tmp_path):
    tsv = tmp_path / "docs.tsv"
    tsv.write_text("doc_id\tsplit\tgenre\tcommercial_ok\nGUM_a\ttrain\tnews\tyes\nGUM_b\ttrain\twhow\tno\n")
    assert convert.gum_commercial_documents(tsv) == frozenset({"GUM_a"})


def test_malformed_conllu_names_the_sentence():
    with pytest.raises(ValueError, match="bad-1"):
        list(convert.read_conllu("# sent_id = bad-1\n1\tonly\ttwo\n\n"))
