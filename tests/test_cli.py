"""The command line: every command's --help, exit codes, data on stdout and messages on stderr."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import rdflib

from newsgraph.cli import main

MINE = ("build", "extract", "query", "export", "render", "stats", "path")


@pytest.fixture
def built(hand_corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(hand_corpus), "--out", str(out), "--extractor", "hand", "--no-progress"]) == 0
    return out


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert all(name in text for name in MINE)


@pytest.mark.parametrize("command", MINE)
def test_each_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "--out" in capsys.readouterr().out or command == "extract"


def test_usage_error_exit_code(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "docx"])
    assert exit_info.value.code == 2


def test_reading_without_a_build_fails_clearly(tmp_path, capsys):
    assert main(["stats", "--out", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert "[E312] no build in" in err and "newsgraph build" in err


def test_build_summary_lines_on_stderr(hand_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(hand_corpus), "--out", str(out), "--extractor", "hand", "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    stages = [line.split()[0] for line in captured.err.splitlines()]
    assert stages == ["open", "extract", "validate", "write", "done"]


def test_build_with_skipped_inputs_exits_3(hand_corpus, tmp_path, capsys):
    (hand_corpus / "empty.txt").write_text("   ")
    assert (
        main(
            ["build", str(hand_corpus), "--out", str(tmp_path / "o"), "--extractor", "hand", "--no-progress"]
        )
        == 3
    )
    assert "skipped: [E054]" in capsys.readouterr().err


def test_extract_reports_a_document_the_extractor_fails_on_and_goes_on(hand_corpus, capsys):
    (hand_corpus / "zz-broken.txt").write_text("EXPLODE\n", encoding="utf-8")
    assert main(["extract", str(hand_corpus), "--extractor", "hand"]) == 3
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 6  # every other document's statements
    assert "zz-broken.txt" in captured.err and "E210" in captured.err
    assert "Traceback" not in captured.err


def test_extract_jsonl(hand_corpus, capsys):
    assert main(["extract", str(hand_corpus), "--format", "jsonl", "--extractor", "hand"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 6  # the open triple is left out without --open
    keys = ["doc", "s", "s_class", "p", "o", "o_class", "modality", "evidence", "start", "end"]
    assert all(list(line)[:10] == keys for line in lines)
    texts = {p.name: p.read_text() for p in hand_corpus.iterdir()}
    for line in lines:
        assert texts[line["doc"]][line["start"] : line["end"]] == line["evidence"]
    assert {"p": "excludes", "modality": "negated"}.items() <= next(
        x for x in lines if x["p"] == "excludes"
    ).items()


def test_query_formats(built, capsys):
    sparql = "SELECT DISTINCT ?l WHERE { ?s ng:bans ?o . ?s rdfs:label ?l }"
    assert main(["query", sparql, "--out", str(built)]) == 0
    assert "Ruritanian Trade Ministry" in capsys.readouterr().out
    assert main(["query", sparql, "--format", "csv", "--out", str(built)]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [["l"], ["Ruritanian Trade Ministry"]]
    assert main(["query", sparql, "--format", "json", "--out", str(built)]) == 0
    assert json.loads(capsys.readouterr().out)["head"]["vars"] == ["l"]
    assert main(["query", sparql, "--format", "tsv", "--out", str(built)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == '"Ruritanian Trade Ministry"'
    construct = "CONSTRUCT { ?s ng:bans ?o } WHERE { ?s ng:bans ?o }"
    assert main(["query", construct, "--format", "nt", "--out", str(built)]) == 0
    assert len(rdflib.Graph().parse(data=capsys.readouterr().out, format="nt")) == 1


def test_query_file_named_and_params(built, tmp_path, capsys):
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?s ng:supplies ?o }")
    assert main(["query", "-f", str(rq), "--out", str(built)]) == 0
    assert capsys.readouterr().out == "yes\n"
    assert (
        main(["query", "--named", "about-entity", "--param", "entity=Alice Marsh", "--out", str(built)]) == 0
    )
    out = capsys.readouterr().out
    assert "leads" in out and "Zephyr Networks" in out
    assert main(["query", "--named", "about-entity", "--out", str(built)]) == 1
    assert "--param entity=VALUE" in capsys.readouterr().err
    assert main(["query", "--list"]) == 0
    assert "who-bans-whom" in capsys.readouterr().out


def test_query_syntax_error(built, capsys):
    assert main(["query", "SELECT WHERE {", "--out", str(built)]) == 1
    assert "[E301] invalid SPARQL" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld", "xml", "graphml", "gexf"])
def test_export_every_format(built, fmt, tmp_path, capsys):
    target = tmp_path / f"export.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(target), "--out", str(built)]) == 0
    assert target.stat().st_size > 1000


def test_export_to_stdout(built, capsysbinary):
    assert main(["export", "--format", "nq", "--out", str(built)]) == 0
    assert b"/graph/one.txt>" in capsysbinary.readouterr().out


def test_render(built, tmp_path, capsys):
    view = tmp_path / "v.html"
    assert main(["render", "--entity", "ZN", "--hops", "1", "-o", str(view), "--out", str(built)]) == 0
    assert "render:" in capsys.readouterr().err
    assert "Zephyr Networks" in view.read_text()
    assert main(["render", "--entity", "Nobody", "-o", str(view), "--out", str(built)]) == 1
    assert "[E402] no entity named 'Nobody'" in capsys.readouterr().err
    assert main(["render", "--relation", "bans", "--limit", "5", "-o", str(view), "--out", str(built)]) == 0


def test_stats(built, capsys):
    assert main(["stats", "--out", str(built)]) == 0
    text = capsys.readouterr().out
    assert "documents   2" in text and "statements  7" in text and "Zephyr Networks (Company)" in text
    assert main(["stats", "--format", "json", "--out", str(built)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert dict(map(tuple, data["by_class"]))["Company"] == 2


def test_path(built, capsys):
    assert main(["path", "Alice Marsh", "Ruritanian Trade Ministry", "--out", str(built)]) == 0
    out = capsys.readouterr().out
    assert "Alice Marsh --leads--> Zephyr Networks" in out
    assert "The Ruritanian Trade Ministry banned Zephyr Networks on Monday." in out
    assert main(["path", "Alice Marsh", "Ruritania", "--out", str(built)]) == 1
    assert "not connected" in capsys.readouterr().err


def test_console_script_runs():
    result = subprocess.run([sys.executable, "-m", "newsgraph", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("newsgraph ")


def test_entity_names_choose_the_most_connected_or_the_class(capsys):
    import networkx as nx

    from newsgraph.commands.common import entity_node

    graph = nx.MultiDiGraph()
    graph.add_node("c", label="Acme", cls="Company", aliases=())
    graph.add_node("p", label="Acme", cls="Place", aliases=())
    graph.add_node("x", label="Ruritania", cls="Country", aliases=())
    graph.add_edge("x", "c", key="bans")
    assert entity_node(graph, "acme") == "c"
    assert "it also names Acme (Place)" in capsys.readouterr().err
    assert entity_node(graph, "Acme (Place)") == "p"


def test_query_from_stdin(built, capsys, monkeypatch):
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a ng:Statement }")
    )
    assert main(["query", "-f", "-", "--format", "csv", "--out", str(built)]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "7"]
