"""Cleaning: header metadata, dates, boilerplate rules, footer blocks, whitespace."""

from __future__ import annotations

import pytest

from newsgraph.extract.clean import clean_text, is_boilerplate, parse_date

BODY = (
    "The Lowmoor council approved a new bus depot on Wednesday after a two-hour debate.\n\n"
    "Opponents said the depot would bring heavy traffic to a quiet residential street."
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("09 Dec 2013", "2013-12-09"),
        ("9 December 2013", "2013-12-09"),
        ("9th of December, 2013", "2013-12-09"),
        ("December 9, 2013", "2013-12-09"),
        ("Dec. 9, 2013", "2013-12-09"),
        ("Sept 30 2019", "2019-09-30"),
        ("2013-12-09", "2013-12-09"),
        ("2013-12-09T17:45:00+01:00", "2013-12-09"),
        ("2013/12/09", "2013-12-09"),
        ("Monday, December 9, 2013", "2013-12-09"),
        ("Published: Mon 9 Dec 2013 10:32 GMT", "2013-12-09"),
        ("Updated on December 9, 2013 at 4:05 p.m. EST", "2013-12-09"),
        ("25/12/2013", "2013-12-25"),
        ("12/25/2013", "2013-12-25"),
        ("05/12/2013", None),  # day and month could be either way round
        ("31 February 2013", None),
        ("December 2013", None),
        ("The vote was held on 9 December 2013", None),
        ("", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("header", "author", "date"),
    [
        ("By Jane Doe\n09 Dec 2013", "Jane Doe", "2013-12-09"),
        ("Jane Doe/Harbour Times\n09 Dec 2013", "Jane Doe/Harbour Times", "2013-12-09"),
        ("09 Dec 2013\nJane Doe and John Roe", "Jane Doe and John Roe", "2013-12-09"),
        ("By Jane Doe | December 9, 2013", "Jane Doe", "2013-12-09"),
        ("Jane Doe - 2013-12-09", "Jane Doe", "2013-12-09"),
        ("Published: 9 December 2013", None, "2013-12-09"),
        ("BY JANE DOE", "JANE DOE", None),
    ],
)
def test_header_lines_become_metadata_and_leave_the_text(header, author, date):
    cleaned = clean_text(f"Council approves bus depot\n\n{header}\n\n{BODY}")
    assert (cleaned.title, cleaned.author, cleaned.date) == ("Council approves bus depot", author, date)
    assert cleaned.text == f"Council approves bus depot\n\n{BODY}"


def test_a_name_like_line_without_a_date_stays_in_the_text():
    raw = f"Council approves bus depot\n\nLowmoor Town Hall\n\n{BODY}"
    cleaned = clean_text(raw)
    assert cleaned.author is None and cleaned.date is None
    assert cleaned.text == raw


def test_by_starting_a_sentence_is_not_a_byline():
    raw = f"Council approves bus depot\n\nBy the end of the meeting, most members had left.\n\n{BODY}"
    cleaned = clean_text(raw)
    assert cleaned.author is None and cleaned.text == raw


def test_first_line_is_the_title_only_when_it_looks_like_one():
    assert clean_text(BODY).title is None  # a long sentence with a full stop
    assert clean_text(BODY).text == BODY
    assert clean_text("Why did the council say yes?\n\n" + BODY).title == "Why did the council say yes?"


def test_a_text_that_starts_with_its_byline_has_no_title():
    cleaned = clean_text(f"By Jane Doe\n09 Dec 2013\n\n{BODY}")
    assert (cleaned.title, cleaned.author, cleaned.date, cleaned.text) == (
        None,
        "Jane Doe",
        "2013-12-09",
        BODY,
    )


def test_a_given_title_goes_first_once():
    assert (
        clean_text(BODY, title="Council approves bus depot").text == f"Council approves bus depot\n\n{BODY}"
    )
    with_title = f"Council approves bus depot\n\n{BODY}"
    assert clean_text(with_title, title="  Council  approves bus depot ").text == with_title
    cleaned = clean_text("Friday, January 4, 2019\n\n" + BODY, title="Depot vote")
    assert (cleaned.text, cleaned.date) == (f"Depot vote\n\n{BODY}", "2019-01-04")


BOILERPLATE = [
    "Skip to main content",
    "Share this story",
    "Share on Facebook",
    "Tweet",
    "Advertisement",
    "ADVERTISEMENT",
    "Read more: Council delays vote on parking charges",
    "Click here to subscribe",
    "Continue reading",
    "Related content",
    "Related Articles",
    "RELATED ARTICLE: Depot plans go on show",
    "You may also like",
    "Leave a Reply",
    "Leave a comment",
    "No Comments Yet! Be the first to share what you think!",
    "No comments yet.",
    "3 Comments",
    "Be the first to comment",
    "Your email address will not be published. Required fields are marked *",
    "This website uses cookies",
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Cookie settings",
    "Sign up for our daily newsletter",
    "Subscribe to our newsletter",
    "Follow us on social media",
    "© 2021 Lowmoor Gazette",
    "Copyright 2021 Lowmoor Gazette. All rights reserved.",
    "(c) 2021 Lowmoor Gazette",
    "Image credit: Jane Doe (Lowmoor Council), Public Domain",
    "Watch the video:",
    "Privacy Policy | Terms of Use | Contact Us",
    "Powered by WordPress",
    "Tags: transport, council",
    "Photo: Jane Doe",
    "The new depot site (file photo)",
    "5 min read",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_recognised(line):
    assert is_boilerplate(line)


PROSE = [
    "No comment was available from the council on Tuesday.",
    "The company declined to comment on the report.",
    "Related to the depot, the council also approved two new bus lanes.",
    "Copyright infringement cases rose by a fifth last year, the court said.",
    "Subscribers to the service will pay 3 euros more from May.",
    "Share prices fell 4% after the announcement.",
    "Advertisement spending by councils doubled, the report found.",
    "Cookies and cakes were sold at the fair to raise money for the depot campaign.",
    "The minister said voters should read more closely before signing.",
    "Follow-up inspections are planned for June.",
    "Tags on the buses will show their route numbers.",
    "Photographs of the site were shown at the meeting: they showed a flooded yard.",
    "The council's privacy policy was updated after the leak, the mayor said in a statement on Monday.",
    "(c) Are you happy with the draft plan for the depot?",
    "Video: Connections to the depot site will be established with remote cameras upon request.",
    "Watch this video on the depot's design to learn how the buses will be charged overnight.",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_that_resembles_boilerplate_is_kept(line):
    assert not is_boilerplate(line)
    raw = f"Council approves bus depot\n\n{line}\n\n{BODY}"
    assert clean_text(raw).text == raw


def test_boilerplate_is_removed_wherever_it_stands_and_article_lines_stay():
    raw = (
        "Skip to content\n\nCouncil approves bus depot\n\nShare this story\n\n"
        "The Lowmoor council approved a new bus depot on Wednesday after a two-hour debate.\n\n"
        "Advertisement\n\n"
        "Opponents said the depot would bring heavy traffic to a quiet residential street.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text == f"Council approves bus depot\n\n{BODY}"
    assert cleaned.removed == ("Skip to content", "Share this story", "Advertisement")


def test_a_footer_block_goes_from_its_first_marker_but_a_short_last_paragraph_stays():
    raw = (
        f"Council approves bus depot\n\n{BODY}\n\nThe depot opens in 2025.\n\n"
        "Related content\nBus lanes approved\nParking charges rise\n"
        "Posted by the web team\n\n"
        "By using this site you accept our use of cookies, which helps us measure traffic and improve the "
        "service for every reader of the site.\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text == f"Council approves bus depot\n\n{BODY}\n\nThe depot opens in 2025."
    assert cleaned.removed[0] == "Related content" and len(cleaned.removed) == 5


def test_long_prose_after_a_mid_article_marker_is_kept():
    raw = (
        f"Council approves bus depot\n\n{BODY}\n\nRelated articles\n\n"
        "The council will publish the full plans next month, and residents can object for six weeks after "
        "that, a spokesperson said.\n"
    )
    cleaned = clean_text(raw)
    assert "Related articles" not in cleaned.text
    assert cleaned.text.endswith("residents can object for six weeks after that, a spokesperson said.")


def test_a_line_repeated_at_once_is_kept_once():
    raw = f"Council approves bus depot\n\nCouncil approves bus depot\n\n{BODY}"
    assert clean_text(raw).text == f"Council approves bus depot\n\n{BODY}"
    twice_apart = f"Council approves bus depot\n\n{BODY}\n\nCouncil approves bus depot"
    assert clean_text(twice_apart).text == twice_apart


def test_whitespace_is_normalised_conservatively():
    raw = "\ufeff  Depot vote \r\n\r\n\r\n\r\nThe\u00a0council voted  yes.\x07\t\r\n\n\n"
    cleaned = clean_text(raw)
    # line ends unified, blank runs collapsed, lines stripped, controls dropped; inner spaces (and NBSP) kept
    assert cleaned.text == "Depot vote\n\nThe\u00a0council voted  yes."


def test_empty_and_all_boilerplate_texts_clean_to_nothing():
    assert clean_text("").text == ""
    assert clean_text(" \n\t\n").text == ""
    assert clean_text("Leave a Reply\n\nThis website uses cookies").text == ""
