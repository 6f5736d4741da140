"""Documents in: .txt/.html/.jsonl ingestion, ids, metadata, and every kind of bad input."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from newsgraph.extract.clean import is_boilerplate
from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.loaders import DEFAULT_MAX_BYTES, LoadProblem, iter_documents, load_documents
from newsgraph.extract.records import Document

HERE = Path(__file__).parent
CORPUS = HERE / "fixtures" / "docs" / "corpus"
ROOT = HERE.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds"

ARTICLE = (
    "Ferry company cancels winter timetable\n\n"
    "The Islay Ferry Company cancelled its winter timetable on Thursday after two of its three boats failed "
    "safety checks.\n\n"
    "Passengers with bookings will be offered refunds, the company said.\n"
)


def by_id(docs: list[Document]) -> dict[str, Document]:
    return {doc.id: doc for doc in docs}


def codes(problems: list[LoadProblem]) -> dict[str, str]:
    """{file name (with :line): code}."""
    return {f"{Path(p.path).name}{'' if p.line is None else f':{p.line}'}": p.code for p in problems}


# --------------------------------------------------------------------------- good input


def test_fixture_corpus_loads_every_format_with_relative_ids_in_sorted_order():
    docs, problems = load_documents([CORPUS])
    assert [d.id for d in docs] == [
        "wire-001",
        "feeds/wire.jsonl:2",
        "wire-004",
        "html/harbour_fine.html",
        "river_permit.txt",
    ]
    assert codes(problems) == {"wire.jsonl:3": "E057"}


def test_ids_and_texts_are_stable_across_runs_and_independent_of_how_the_root_is_spelled(monkeypatch):
    first, _ = load_documents([CORPUS])
    monkeypatch.chdir(CORPUS.parent)
    second, _ = load_documents(["corpus/"])
    assert [(d.id, d.sha256) for d in first] == [(d.id, d.sha256) for d in second]


def test_txt_header_is_metadata_and_title_stays_first():
    doc = by_id(load_documents([CORPUS / "river_permit.txt"])[0])["river_permit.txt"]
    assert doc.title == "Regional council suspends river dredging permit"
    assert doc.author == "Tomasz Wilk"
    assert doc.date == "2021-03-03"
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.text.count(doc.title) == 1  # the repeated title line went
    assert "Tomasz Wilk" not in doc.text and "2021" not in doc.text
    assert doc.source.endswith("river_permit.txt")
    assert doc.warnings == ()


def test_txt_boilerplate_lines_go_and_article_lines_stay():
    doc = load_documents([CORPUS / "river_permit.txt"])[0][0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [
        "Regional council suspends river dredging permit",
        "The Lowmoor regional council suspended the dredging permit of Gravelworks Ltd on Tuesday after "
        "anglers reported silt plumes ten kilometres downstream.",
        "Council planner Ada Fenwick said the permit would stay suspended until an independent survey of the "
        "riverbed is finished.",
        "Gravelworks Ltd said it had met every condition of the permit and would ask the council to review "
        "its decision.",
    ]
    for word in ("cookies", "Reply", "newsletter", "Related", "Advertisement", "Share", "footbridge", "©"):
        assert word not in doc.text


def test_html_gives_main_text_and_metadata_without_scripts_navigation_or_footer():
    doc = load_documents([CORPUS / "html"])[0][0]
    assert (doc.id, doc.title, doc.author, doc.date, doc.url) == (
        "harbour_fine.html",
        "Harbour board fines shipping line",
        "Mira Okafor",
        "2022-05-17",
        "https://courier.example/harbour-fine",
    )
    assert doc.text.startswith("Harbour board fines shipping line\n\nThe Eastport harbour board fined")
    assert "Calder Shipping Line said it would appeal" in doc.text
    assert "\n\n" in doc.text  # paragraphs kept apart
    for leaked in ("dataLayer", "Injected advert", "Politics", "Weather", "Most read", "Storm closes",
                   "cookies", "All rights reserved", "Share on", "font-family"):  # fmt: skip
        assert leaked not in doc.text, leaked


def test_jsonl_fields_ids_and_a_truncated_line_reported_with_its_number():
    problems: list[LoadProblem] = []
    docs = list(iter_documents([CORPUS / "feeds" / "wire.jsonl"], on_problem=problems.append))
    docs_by_id = by_id(docs)
    assert list(docs_by_id) == ["wire-001", "wire.jsonl:2", "wire-004"]  # file given directly: its name
    first = docs_by_id["wire-001"]
    assert (first.title, first.date, first.url, first.author) == (
        "Rail operator orders forty new trains",
        "2020-11-02",
        "https://wire.example/rail-trains",
        "Wire staff",
    )
    # the dateline at the start of the text is header, not article
    assert first.text.startswith("Rail operator orders forty new trains\n\nThe Northern Rail Company")
    assert "Monday, November 2" not in first.text
    assert docs_by_id["wire.jsonl:2"].date == "2020-11-06"  # normalised to ISO
    undated = docs_by_id["wire-004"]
    assert undated.date is None and "last Tuesday" in undated.warnings[0]
    assert [(Path(p.path).name, p.line, p.code) for p in problems] == [("wire.jsonl", 3, "E057")]
    assert "not valid JSON" in problems[0].reason and "truncated" in problems[0].hint


@pytest.mark.parametrize(
    ("line", "code", "reason"),
    [
        ('["a list"]', "E058", "not an object"),
        ('{"title": "No text"}', "E058", "no 'text'"),
        ('{"text": "   "}', "E058", "non-empty string"),
        ('{"text": 42}', "E058", "non-empty string"),
        ('{"text": "Acme bans Foo.", "title": ["x"]}', "E058", "'title' is a list"),
        ('{"text": "Acme bans Foo.", "id": {"a": 1}}', "E058", "'id'"),
        ('{"text": "Acme bans Foo."', "E057", "not valid JSON"),
        ("\x00\x01garbage", "E057", "not valid JSON"),
        ('{"text": "Related content"}', "E054", "boilerplate"),
        ("[" * 100_000, "E057", "not valid JSON"),
    ],
)
def test_each_bad_jsonl_line_is_reported_and_the_others_load(tmp_path, line, code, reason):
    good = json.dumps({"text": "Acme bans Foo.", "id": "good"})
    (tmp_path / "mixed.jsonl").write_text(f"{good}\n{line}\n\n{json.dumps({'text': 'Foo sues Acme.'})}\n")
    docs, problems = load_documents([tmp_path])
    assert [d.id for d in docs] == ["good", "mixed.jsonl:4"]
    assert [(p.line, p.code) for p in problems] == [(2, code)]
    assert reason in problems[0].reason


def test_jsonl_with_a_byte_order_mark_and_windows_line_ends_loads(tmp_path):
    lines = [
        json.dumps({"text": "Acme bans Foo."}),
        json.dumps({"text": "Foo sues Acme.\r\n\r\nIt wants damages."}),
    ]
    (tmp_path / "win.jsonl").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    docs, problems = load_documents([tmp_path])
    assert problems == []
    assert [(d.id, d.text, d.warnings) for d in docs] == [
        ("win.jsonl:1", "Acme bans Foo.", ()),
        ("win.jsonl:2", "Foo sues Acme.\n\nIt wants damages.", ()),
    ]


def test_integer_ids_are_strings_and_duplicate_ids_are_reported(tmp_path):
    lines = [{"id": 7, "text": "Acme bans Foo."}, {"id": "7", "text": "Foo sues Acme."}]
    (tmp_path / "a.jsonl").write_text("\n".join(map(json.dumps, lines)))
    docs, problems = load_documents([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("7", "Acme bans Foo.")]
    assert [(p.code, p.line) for p in problems] == [("E060", 2)]


def test_a_file_given_twice_loads_once(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    docs, problems = load_documents([tmp_path, tmp_path / "a.txt"])
    assert [d.id for d in docs] == ["a.txt"] and problems == []


def test_hidden_files_and_folders_are_skipped_silently(tmp_path):
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(ARTICLE)
    (tmp_path / ".draft.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.TXT").write_text(ARTICLE)
    docs, problems = load_documents([tmp_path])
    assert [d.id for d in docs] == ["sub/b.TXT"] and problems == []


def test_utf16_with_bom_and_declared_html_charset_are_decoded(tmp_path):
    (tmp_path / "u16.txt").write_bytes(ARTICLE.replace("Islay", "Île").encode("utf-16"))
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 owners protest</title></head><body><article>'
        "<p>Caf\xe9 owners in Sal\xe9 protested on Monday against a new terrace tax, their union said.</p>"
        "</article></body></html>"
    )
    (tmp_path / "latin.html").write_bytes(page.encode("latin-1"))
    docs = by_id(load_documents([tmp_path])[0])
    assert "Île Ferry Company" in docs["u16.txt"].text and docs["u16.txt"].warnings == ()
    assert "Café owners in Salé protested" in docs["latin.html"].text
    assert docs["latin.html"].warnings == ()


def test_a_single_path_string_is_one_path_and_problems_are_logged_by_default(tmp_path, caplog):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.doc").write_text("x")
    with caplog.at_level(logging.WARNING, logger="newsgraph.extract.loaders"):
        docs = list(iter_documents(str(tmp_path)))
    assert [d.id for d in docs] == ["a.txt"]
    assert "[E053]" in caplog.text and "b.doc" in caplog.text


def test_load_problem_reads_as_a_clear_error():
    problem = LoadProblem("in/a.jsonl", "not valid JSON", "E057", line=3, hint="fix or remove it")
    assert str(problem) == "[E057] in/a.jsonl:3: not valid JSON (fix or remove it)"
    error = problem.to_error()
    assert isinstance(error, NewsgraphError) and error.code == "E057"
    assert str(error) == "[E057] in/a.jsonl:3: not valid JSON. fix or remove it"


# --------------------------------------------------------------------------- bad input


def test_binary_files_are_rejected(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"PK\x03\x04\x00\x00" + bytes(range(256)) * 4)
    (tmp_path / "ctl.txt").write_bytes(b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50)
    (tmp_path / "png.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "db.jsonl").write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    docs, problems = load_documents([tmp_path])
    assert docs == []
    assert codes(problems) == {"ctl.txt": "E055", "db.jsonl": "E055", "nul.txt": "E055", "png.html": "E055"}
    assert all("binary" in p.reason for p in problems)


def test_invalid_utf8_is_replaced_and_flagged_not_dropped(tmp_path):
    data = ARTICLE.encode().replace(b"Thursday", b"Thurs\xffday \xc3(")
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": "Acme bans Foo \xfe\xff."}\n')
    docs, problems = load_documents([tmp_path])
    assert problems == []
    txt, line = by_id(docs)["bad.txt"], by_id(docs)["bad.jsonl:1"]
    assert "Thurs\ufffdday \ufffd(" in txt.text
    assert "invalid UTF-8" in txt.warnings[0] and "2 undecodable" in txt.warnings[0]
    assert line.text == "Acme bans Foo \ufffd\ufffd." and "invalid UTF-8" in line.warnings[0]


def test_empty_files_and_files_with_nothing_but_boilerplate_are_reported(tmp_path):
    (tmp_path / "zero.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n\t\n")
    (tmp_path / "zero.jsonl").write_text("\n\n")
    (tmp_path / "furniture.txt").write_text("Skip to content\n\nShare this story\n\nLeave a Reply\n")
    docs, problems = load_documents([tmp_path])
    assert docs == []
    assert codes(problems) == {
        "blank.txt": "E054",
        "furniture.txt": "E054",
        "zero.jsonl": "E054",
        "zero.txt": "E054",
    }


def test_oversized_files_are_rejected_whole_and_oversized_jsonl_lines_one_by_one(tmp_path):
    (tmp_path / "big.txt").write_text("Big article\n\n" + "word " * 300)
    (tmp_path / "ok.txt").write_text(ARTICLE)
    big_line = json.dumps({"text": "x " * 400})
    (tmp_path / "c.jsonl").write_text(f"{big_line}\n{json.dumps({'text': 'Acme bans Foo.'})}\n")
    docs, problems = load_documents([tmp_path], max_bytes=600)
    assert [d.id for d in docs] == ["c.jsonl:2", "ok.txt"]
    assert codes(problems) == {"big.txt": "E056", "c.jsonl:1": "E056"}
    assert "over the limit of 600" in problems[0].reason and "max_bytes" in problems[0].hint


def test_a_50_mb_text_is_rejected_with_the_default_bound_without_reading_it(tmp_path):
    with open(tmp_path / "dump.txt", "wb") as fh:
        fh.write(b"All work and no play. " * 1000)
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, no 50 MB written
    (tmp_path / "ok.txt").write_text(ARTICLE)
    docs, problems = load_documents([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert codes(problems) == {"dump.txt": "E056"}
    assert f"{DEFAULT_MAX_BYTES:,}" in problems[0].reason


@contextlib.contextmanager
def as_unprivileged_user():
    """Drop root's file-permission override for real (effective uid nobody), or do nothing if not root."""
    if os.geteuid() != 0:
        yield
        return
    try:
        os.seteuid(65534)
    except OSError as exc:
        pytest.skip(f"running as root and cannot drop privileges to test permissions: {exc}")
    try:
        yield
    finally:
        os.seteuid(0)


def test_unreadable_files_and_folders_are_reported():
    top = Path(tempfile.mkdtemp(prefix="newsgraph-perm-"))  # under /tmp: reachable by any user
    corpus = top / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "inside.txt").write_text(ARTICLE)
    (corpus / "secret.txt").write_text(ARTICLE)
    (corpus / "open.txt").write_text(ARTICLE)
    for path in (top, corpus, corpus / "open.txt"):
        path.chmod(0o755)
    (corpus / "secret.txt").chmod(0o000)
    (corpus / "locked").chmod(0o000)
    try:
        with as_unprivileged_user():
            docs, problems = load_documents([corpus])
    finally:
        (corpus / "locked").chmod(0o755)
        shutil.rmtree(top)
    assert [d.id for d in docs] == ["open.txt"]
    assert codes(problems) == {"locked": "E051", "secret.txt": "E051"}
    assert all(p.reason == "permission denied" for p in problems)


def test_symlink_loops_are_reported_once_and_the_walk_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text(ARTICLE)
    os.symlink("self.txt", corpus / "self.txt")  # a link to itself
    os.symlink("..", corpus / "sub" / "up")  # a folder link back to its grandparent
    os.symlink(corpus / "sub", corpus / "twin")  # a second way to the same folder: not a loop
    (corpus / "z.txt").write_text(ARTICLE)
    docs, problems = load_documents([corpus, corpus / "self.txt"])
    assert [d.id for d in docs] == ["sub/a.txt", "z.txt"]
    assert Counter((Path(p.path).name, p.code) for p in problems) == {
        ("self.txt", "E052"): 1,
        ("up", "E052"): 1,
    }
    assert problems[0].reason == "symbolic link loop"


def test_unknown_extensions_special_files_and_missing_paths_are_reported(tmp_path):
    (tmp_path / "notes.md").write_text(ARTICLE)
    (tmp_path / "noext").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    docs, problems = load_documents([tmp_path, tmp_path / "missing.txt", tmp_path / "missing.txt"])
    assert docs == []
    assert codes(problems) == {"missing.txt": "E050", "noext": "E053", "notes.md": "E053", "pipe.txt": "E053"}
    assert len(problems) == 4  # the missing path named twice is reported once
    assert "'.md'" in problems[1].reason and ".jsonl" in problems[1].hint


def test_html_with_only_scripts_or_unparseable_markup_is_reported(tmp_path):
    scripts = "<html><head><script>" + "track();" * 2000 + "</script></head><body>"
    scripts += (
        "<script>document.write('hi')</script><noscript>Please enable JavaScript</noscript></body></html>"
    )
    (tmp_path / "app.html").write_text(scripts)
    (tmp_path / "comment.htm").write_text("<!-- nothing here -->")
    (tmp_path / "deep.html").write_text("<div>" * 100_000 + "Lost text" + "</div>" * 100_000)
    docs, problems = load_documents([tmp_path])
    assert docs == []
    assert codes(problems) == {"app.html": "E059", "comment.htm": "E059", "deep.html": "E059"}


def test_a_mixed_corpus_builds_every_good_document_and_reports_each_bad_one_once(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "latin1.txt").write_bytes(ARTICLE.replace("Islay", "Ísland").encode("latin-1"))
    (corpus / "empty.txt").write_text("")
    (corpus / "scripts.html").write_text("<html><script>x()</script></html>")
    (corpus / "loop").symlink_to(corpus)
    (corpus / "x.pdf").write_bytes(b"%PDF-1.7")
    (corpus / "huge.txt").write_text("y" * 5000)
    problems: list[LoadProblem] = []
    docs = list(iter_documents([corpus], max_bytes=4000, on_problem=problems.append))
    assert {d.id for d in docs} == {
        "wire-001",
        "feeds/wire.jsonl:2",
        "wire-004",
        "html/harbour_fine.html",
        "river_permit.txt",
        "latin1.txt",
    }
    assert by_id(docs)["latin1.txt"].warnings  # flagged, not dropped
    assert codes(problems) == {
        "binary.txt": "E055",
        "empty.txt": "E054",
        "huge.txt": "E056",
        "loop": "E052",
        "scripts.html": "E059",
        "wire.jsonl:3": "E057",
        "x.pdf": "E053",
    }
    assert len(problems) == 7  # once each
    assert all(re.fullmatch(r"E0[5-6]\d", p.code) and p.reason and p.hint for p in problems)


# --------------------------------------------------------------------------- the sample corpus


def test_the_seeds_load_cleanly_with_titles_first_and_no_boilerplate_left():
    docs, problems = load_documents([SEEDS])
    assert problems == []
    assert [d.id for d in docs] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for doc in docs:
        assert doc.title and doc.text.startswith(doc.title + "\n\n"), doc.id
        assert doc.warnings == ()
        lines = [line for line in doc.text.split("\n") if line]
        assert not [line for line in lines if is_boilerplate(line)], doc.id
        assert "\n\n\n" not in doc.text and doc.text == doc.text.strip()
        raw = (SEEDS / doc.id).read_text(encoding="utf-8")
        assert all(line in raw for line in lines), doc.id  # cleaning removes lines, never rewrites them
        assert len(doc.text) > 0.75 * len(raw), doc.id  # boilerplate is a small part
        last = lines[-1]
        assert len(last.split()) > 15 and last[-1] in '.”"', (doc.id, last)  # ends on article prose


def test_seed_header_dates_are_read_as_iso():
    docs, _ = load_documents([SEEDS])
    for doc in docs:
        raw_head = (SEEDS / doc.id).read_text(encoding="utf-8").split("\n")[:6]
        dated = [line for line in raw_head if re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", line)]
        if dated:
            assert doc.date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date), doc.id
            assert dated[0] not in doc.text
        else:
            assert doc.date is None, doc.id


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold is not present")
def test_every_gold_evidence_span_survives_cleaning():
    docs = by_id(load_documents([SEEDS])[0])
    checked = 0
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for triple in gold["triples"]:
            assert triple["evidence"] in docs[gold["doc"]].text, (gold["doc"], triple["evidence"])
            checked += 1
    assert checked > 100
