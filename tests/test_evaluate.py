"""The scorer (``newsgraph.extract.evaluate``) and ``newsgraph eval``."""

import json

import pytest

from newsgraph.cli import main
from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.evaluate import (
    GoldDocument,
    PredictedTriple,
    fold,
    load_gold_dir,
    score_corpus,
    score_document,
)

GOLD = {
    "doc": "a.txt",
    "entities": [
        {"id": "acme", "name": "Acme Inc", "class": "Company", "aliases": ["Acme Inc", "Acme"]},
        {"id": "peru", "name": "Peru", "class": "Country", "aliases": ["Peru", "Lima"]},
        {"id": "zen", "name": "Zenith", "class": "Company", "aliases": ["Zenith"]},
    ],
    "triples": [
        {"s": "peru", "p": "bans", "o": "acme", "modality": "hypothetical", "evidence": "x"},
        {"s": "acme", "p": "competesWith", "o": "zen", "modality": "asserted", "evidence": "x"},
    ],
}


def test_fold_ignores_case_and_punctuation():
    assert fold("U.S.") == fold("US") == "us"
    assert fold("Acme’s  AGENCY") == "acmes agency"


def test_levels_strict_no_modality_pair():
    gold = GoldDocument.from_json(GOLD)
    score = score_document(
        gold,
        [
            PredictedTriple("LIMA", "bans", "acme inc.", "asserted"),
            PredictedTriple("Peru", "accuses", "Acme", "asserted"),
        ],
    )
    strict, no_modality, pair = (score.levels[k] for k in ("strict", "no_modality", "pair"))
    assert (strict.tp, strict.fp, strict.fn) == (0, 2, 2)
    assert (no_modality.tp, no_modality.fp, no_modality.fn) == (1, 1, 1)
    assert (pair.tp, pair.fp, pair.fn) == (1, 0, 1)  # both predictions name the same pair
    assert score.per_relation["bans"]["no_modality"].tp == 1


def test_symmetric_relations_match_either_direction_and_unknown_labels_are_errors():
    gold = GoldDocument.from_json(GOLD)
    score = score_document(
        gold,
        [PredictedTriple("Zenith", "competesWith", "Acme"), PredictedTriple("Orbis", "competesWith", "Acme")],
    )
    assert (score.levels["strict"].tp, score.levels["strict"].fp) == (1, 1)


def test_duplicates_and_open_triples_do_not_count():
    gold = GoldDocument.from_json(GOLD)
    score = score_document(
        gold,
        [
            PredictedTriple("Acme", "competesWith", "Zenith"),
            PredictedTriple("Acme Inc", "competesWith", "Zenith"),
            PredictedTriple("Acme", "", "Zenith"),
        ],
    )
    assert (score.levels["strict"].tp, score.levels["strict"].fp) == (1, 0)


def test_micro_average_sums_counts_over_documents():
    gold = GoldDocument.from_json(GOLD)
    total = score_corpus([(gold, [PredictedTriple("Acme", "competesWith", "Zenith")]), (gold, [])])
    assert (total.levels["strict"].tp, total.levels["strict"].fn) == (1, 3)
    assert total.levels["strict"].precision == 1.0
    assert total.levels["strict"].recall == pytest.approx(0.25)


def test_gold_folder_errors_are_clear(tmp_path):
    with pytest.raises(NewsgraphError, match="E041"):
        load_gold_dir(tmp_path / "missing")
    (tmp_path / "a.json").write_text("{not json")
    with pytest.raises(NewsgraphError, match="E042"):
        load_gold_dir(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": []}))
    with pytest.raises(NewsgraphError, match="E040"):
        load_gold_dir(tmp_path)


@pytest.mark.slow
def test_eval_command_scores_the_bundled_pipeline(tmp_path, capsys):
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    (docs_dir / "a.txt").write_text("Peru banned Acme Inc on Monday. Acme Inc competes with Zenith.\n")
    (gold_dir / "a.json").write_text(json.dumps(GOLD))
    assert main(["eval", str(gold_dir), str(docs_dir), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["levels"]) == {"strict", "no_modality", "pair"}
    assert report["levels"]["strict"]["fn"] + report["levels"]["strict"]["tp"] == 2
    assert main(["eval", str(gold_dir), str(docs_dir)]) == 0
    assert "no_modality" in capsys.readouterr().out


@pytest.mark.slow
def test_eval_command_reads_documents_from_jsonl_by_id(tmp_path, capsys):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    record = {"id": "news/a b/1", "text": "Peru banned Acme Inc on Monday. Acme Inc competes with Zenith."}
    (tmp_path / "docs.jsonl").write_text(json.dumps(record) + "\n")
    (gold_dir / "a.json").write_text(json.dumps({**GOLD, "doc": "news/a b/1"}))
    assert main(["eval", str(gold_dir), str(tmp_path / "docs.jsonl"), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "no document" not in captured.err
    assert json.loads(captured.out)["levels"]["strict"]["fn"] <= 2


def test_the_held_out_error_listing_matches_symmetric_relations_either_way():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout_eval.py"
    spec = importlib.util.spec_from_file_location("heldout_eval", path)
    heldout_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(heldout_eval)
    lines = heldout_eval._errors(
        GoldDocument.from_json(GOLD),
        [PredictedTriple("Zenith", "competesWith", "Acme", "asserted")],
    )
    assert not [line for line in lines if "competesWith" in line]
