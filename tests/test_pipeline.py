"""The bundled spaCy pipeline: it loads offline, is labelled and versioned, and
parses hand-written sentences as pinned here (a regression test of the model).

The sentences are written for this test; none comes from the sample corpus.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.nlp import bundled_pipeline_path, load_pipeline, pipeline_info

REPO = Path(__file__).resolve().parent.parent
PIPELINE_DIR = REPO / "extract" / "pipelines" / "en_newsgraph_sm"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_default_is_the_bundled_pipeline(nlp):
    assert bundled_pipeline_path().name == "en_newsgraph_sm"
    assert nlp.meta["lang"] == "en" and nlp.meta["name"] == "newsgraph_sm"
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "GPE", "LOC", "NORP"}
    assert {"nsubj", "obj", "obl", "nmod", "flat", "compound:prt"} <= set(nlp.get_pipe("parser").labels)


def test_pipeline_is_cached(nlp):
    assert load_pipeline() is nlp
    assert load_pipeline(str(bundled_pipeline_path())) is nlp


def test_pipeline_info_reports_sources_and_scores(nlp):
    info = pipeline_info(nlp)
    assert info["name"] == "en_newsgraph_sm" and info["version"]
    assert info["labels"]["ner"] == ["GPE", "LOC", "NORP", "ORG", "PERSON"]
    assert any("EWT" in source["name"] for source in info["sources"])
    assert "CC BY-SA 4.0" in info["license"]
    assert 0.5 < info["evaluation"]["pud"]["dep_las"] <= 1.0
    json.dumps(info)  # serialisable


def test_model_info_command(capsys):
    assert main(["model", "info", "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["components"][-1] == "ner"
    assert main(["model", "info"]) == 0
    text = capsys.readouterr().out
    assert "en_newsgraph_sm" in text and "PERSON" in text and "pud:" in text


def test_model_info_unknown_model_fails_clearly(capsys):
    assert main(["model", "info", "--model", "en_no_such_pipeline"]) == 1
    assert "[E101]" in capsys.readouterr().err


def test_unknown_package_and_missing_folder(tmp_path):
    with pytest.raises(NewsgraphError) as err:
        load_pipeline("en_no_such_pipeline")
    assert err.value.code == "E101" and "installed" in err.value.message
    with pytest.raises(NewsgraphError) as err:
        load_pipeline(str(tmp_path / "nowhere"))
    assert err.value.code == "E101"


def test_broken_folder(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"en\"\npipeline = [\"ner\"]\n")
    with pytest.raises(NewsgraphError) as err:
        load_pipeline(str(tmp_path))
    assert err.value.code == "E102"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Operators are building 5G networks.", ["Operators", "are", "building", "5G", "networks", "."]),
        ("It still runs on 4G, not 3G.", ["It", "still", "runs", "on", "4G", ",", "not", "3G", "."]),
        ("She didn't pay.", ["She", "did", "n't", "pay", "."]),
    ],
)
def test_tokenizer(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def _deps(doc):
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_transitive_sentence(nlp):
    deps = _deps(nlp("The committee rejected the proposal."))
    assert deps["rejected"][0] == "ROOT"
    assert deps["committee"] == ("nsubj", "rejected")
    assert deps["proposal"] == ("obj", "rejected")


def test_passive_and_oblique(nlp):
    deps = _deps(nlp("The new law was approved by parliament in March."))
    assert deps["law"] == ("nsubj:pass", "approved")
    assert deps["parliament"] == ("obl:agent", "approved")  # UD v2 EWT marks the passive agent
    assert deps["by"] == ("case", "parliament")
    assert deps["March"] == ("obl", "approved")


def test_sentence_boundaries(nlp):
    doc = nlp("The minister resigned on Friday. Her party lost the election a week later.")
    assert [s.text for s in doc.sents] == ["The minister resigned on Friday.",
                                           "Her party lost the election a week later."]


def test_lemmas_and_pos(nlp):
    doc = nlp("The ministers were warned about the risks.")
    assert [t.lemma_ for t in doc][:4] == ["the", "minister", "be", "warn"]
    assert [t.pos_ for t in doc][:4] == ["DET", "NOUN", "AUX", "VERB"]


def test_person_entity(nlp):
    doc = nlp("Yesterday Maria Gonzalez opened a small bakery near the station.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Maria Gonzalez", "PERSON")]
    deps = _deps(doc)
    assert deps["Maria"] == ("nsubj", "opened") and deps["Gonzalez"] == ("flat", "Maria")


def test_country_and_person_entities(nlp):
    doc = nlp("The president of France met Olaf Peters in the capital.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("France", "GPE") in ents and ("Olaf Peters", "PERSON") in ents


@pytest.mark.slow
def test_wheel_ships_the_whole_pipeline_and_loads_offline(tmp_path):
    """Build the wheel, install it into a fresh folder, load the pipeline from there."""
    # Without the `wheel` package (or setuptools >= 70.1) only an isolated build works.
    isolation = [] if importlib.util.find_spec("wheel") is None else ["--no-build-isolation"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q",
                    "-w", str(tmp_path / "dist"), str(REPO)], check=True)
    (wheel,) = (tmp_path / "dist").glob("newsgraph-*.whl")
    prefix = "newsgraph/extract/pipelines/en_newsgraph_sm/"
    files = [p for p in PIPELINE_DIR.rglob("*") if p.is_file()]
    expected = {prefix + p.relative_to(PIPELINE_DIR).as_posix() for p in files}
    names = set(zipfile.ZipFile(wheel).namelist())
    assert expected <= names
    assert "newsgraph/extract/pipelines/LICENSES.md" in names
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--target", str(site), str(wheel)], check=True)
    code = (
        "import newsgraph.extract.nlp as m; nlp = m.load_pipeline(); "
        f"assert str(m.bundled_pipeline_path()).startswith({str(site)!r}), m.bundled_pipeline_path(); "
        "print(nlp.meta['name'], [t.text for t in nlp('Vendors sell 5G kit.')])"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "HF_HUB_OFFLINE": "1", "no_proxy": "*",
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                            text=True, check=True)
    assert result.stdout.split()[0] == "newsgraph_sm" and "'5G'" in result.stdout
