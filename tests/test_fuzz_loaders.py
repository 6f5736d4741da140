"""Fuzzing the loaders and the cleaner: hostile input never raises, and what loads is well formed."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.extract.clean import clean_text
from newsgraph.extract.loaders import LoadProblem, iter_documents

FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CONTROL = st.characters(min_codepoint=0, max_codepoint=31) | st.characters(
    min_codepoint=127, max_codepoint=159
)
ANY_TEXT = st.text(st.characters(codec="utf-8") | CONTROL, max_size=400)
WORDS = st.lists(
    st.sampled_from(["Acme", "bans", "Foo.", "By", "Related", "content", "9 Dec 2013", "\n", "\n\n"])
)
HUGE_TOKEN = st.integers(min_value=10_000, max_value=200_000).map(lambda n: "x" * n)
TEXTS = ANY_TEXT | WORDS.map(" ".join) | HUGE_TOKEN | st.builds("{}\n\n{}".format, ANY_TEXT, HUGE_TOKEN)


def load_one(name: str, data: bytes) -> tuple[list, list[LoadProblem]]:
    """Write ``data`` as ``name`` in a fresh folder and load it (hypothesis runs many examples per test)."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(data)
        problems: list[LoadProblem] = []
        docs = list(iter_documents([folder], max_bytes=1_000_000, on_problem=problems.append))
    return docs, problems


def assert_well_formed(docs, problems, max_docs=1):
    assert len(docs) <= max_docs
    for doc in docs:
        assert doc.id and doc.text.strip()
        assert doc.text == doc.text.strip() and "\r" not in doc.text and "\n\n\n" not in doc.text
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", doc.text)
        assert doc.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date)
    for problem in problems:
        assert re.fullmatch(r"E0[5-6]\d", problem.code) and problem.reason


@FUZZ
@given(TEXTS, st.one_of(st.none(), st.text(max_size=80)))
def test_clean_text_never_raises_and_gives_clean_lines(raw, title):
    cleaned = clean_text(raw, title=title)
    assert "\r" not in cleaned.text and "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", cleaned.text)
    if cleaned.title:
        assert cleaned.text.startswith(cleaned.title)


@FUZZ
@given(TEXTS, st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_any_text_file_loads_or_is_reported(text, encoding):
    docs, problems = load_one("a.txt", text.encode(encoding, "replace"))
    assert len(docs) + len(problems) == 1
    assert_well_formed(docs, problems)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.jsonl"]))
def test_random_bytes_never_raise(data, name):
    docs, problems = load_one(name, data)
    assert docs or problems
    assert_well_formed(docs, problems, max_docs=data.count(b"\n") + 1)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)
RECORDS = st.fixed_dictionaries(
    {"text": TEXTS},
    optional={
        "title": ANY_TEXT | st.integers(),
        "date": ANY_TEXT,
        "id": ANY_TEXT | st.integers(),
        "url": JSON_VALUES,
    },
)
LINES = st.lists(
    RECORDS.map(json.dumps)
    | JSON_VALUES.map(json.dumps)
    | RECORDS.map(json.dumps).map(lambda line: line[: len(line) // 2])  # truncated
    | ANY_TEXT.map(lambda t: t.replace("\n", " ").replace("\r", " ")),
    min_size=1,
    max_size=8,
)


@FUZZ
@given(LINES)
def test_every_jsonl_line_loads_or_is_reported_with_its_number(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    docs, problems = load_one("a.jsonl", data)
    assert_well_formed(docs, problems, max_docs=len(lines))
    if not any(p.line is None for p in problems):  # not rejected as a whole (binary, empty)
        blank = sum(1 for line in data.split(b"\n") if not line.strip())
        assert len(docs) + len(problems) == len(lines) - blank
        assert all(1 <= p.line <= len(lines) for p in problems)


TAGS = st.sampled_from(["div", "p", "span", "b", "article", "section", "table", "td", "li", "script", "a"])


@st.composite
def nested_html(draw):
    tags = draw(st.lists(TAGS, min_size=1, max_size=40))
    depth = draw(st.integers(min_value=1, max_value=1500))
    inner = draw(ANY_TEXT).replace("<", " ")
    opening = "".join(f"<{tags[i % len(tags)]}>" for i in range(depth))
    closing = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth)))
    if draw(st.booleans()):
        closing = closing[: len(closing) // 2]  # unclosed tags
    return f"<html><head><title>{inner[:30]}</title></head><body>{opening}{inner}{closing}</body></html>"


@FUZZ
@given(nested_html())
def test_deeply_nested_and_broken_html_never_raises(page):
    docs, problems = load_one("a.html", page.encode("utf-8", "surrogatepass"))
    assert len(docs) + len(problems) == 1
    assert_well_formed(docs, problems)
