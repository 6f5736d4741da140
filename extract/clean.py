"""Clean raw article text: title first, header metadata out, boilerplate gone.

:func:`clean_text` turns the raw text of an article (a ``.txt`` file, the main
text that trafilatura found in a page, or the ``text`` of a JSONL record) into
the text that is stored and that every character offset refers to:

1. Line ends become ``\\n``; control characters (except tab and newline) and
   byte-order marks are removed; spaces at both ends of each line go.
   Spaces *inside* a line are kept as they are, non-breaking spaces included,
   so that a sentence quoted from the source is still found verbatim.
2. Site boilerplate lines are removed by general rules (:func:`is_boilerplate`):
   cookie and consent notices, share and follow buttons, "Related articles",
   "Leave a Reply", comment prompts, newsletter prompts, "Read more",
   "Advertisement", copyright footers, "Click here", photo credits, "Skip to
   content". The rules match whole short lines, never words inside prose.
3. A footer block goes: from the first footer marker ("Related content",
   "Leave a Reply", a cookie notice...) after the last paragraph of prose, every
   line that is short or boilerplate-like is removed.
4. A line repeating the line just before it (a title printed twice, an image
   caption and its alt text) is kept once.
5. The header block is read: the title (first line), then up to three lines of
   byline and date ("By Jane Doe", "Jane Doe/Harbour Times", "09 Dec 2013",
   "December 9, 2013", "2013-12-09", "Published: Monday, 9 December 2013
   10:32 GMT"). Byline and date lines leave the text and become metadata
   (date as ISO ``YYYY-MM-DD``); the title stays as the first line.
6. Paragraphs are separated by one blank line; runs of blank lines collapse.

>>> raw = ("Port bans trucks\\n\\nBy Jane Doe\\n09 Dec 2013\\n\\nThe port banned trucks.\\n\\n"
...        "Related articles\\nOther news")
>>> c = clean_text(raw)
>>> c.text
'Port bans trucks\\n\\nThe port banned trucks.'
>>> c.title, c.author, c.date
('Port bans trucks', 'Jane Doe', '2013-12-09')
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["CleanedText", "clean_text", "is_boilerplate", "parse_date"]

# --------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_PREFIX = (
    r"(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|date|dated)"
    r"(?:\s+on)?\s*:?\s*)?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:\s*(?:,|at|-|\||•)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[a-z]{2,5}|[+-]\d{2}:?\d{2})\)?)?)?"
)
_DATE_FORMS = (
    rf"(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON},?\s+(?P<y>\d{{4}})",  # 09 Dec 2013
    rf"{_MON}\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})",  # December 9, 2013
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"  # 2013-12-09, ISO 8601 date-time
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?",
    r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",  # 2013/12/09
    r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})",  # 09/12/2013 when unambiguous
)
_DATE_RES = tuple(re.compile(rf"{_PREFIX}{_WEEKDAY}{form}{_TIME}\.?", re.IGNORECASE) for form in _DATE_FORMS)


def parse_date(value: str) -> str | None:
    """The ISO date (``YYYY-MM-DD``) that ``value`` states, or ``None``.

    ``value`` must be a date and nothing else (a prefix such as "Published:",
    a weekday and a time are allowed). Numeric day/month orders are read only
    when unambiguous.

    >>> parse_date("09 Dec 2013"), parse_date("December 9, 2013"), parse_date("2013-12-09T10:00:00Z")
    ('2013-12-09', '2013-12-09', '2013-12-09')
    >>> parse_date("Published: Monday, 9th December 2013 at 10:32 GMT")
    '2013-12-09'
    >>> parse_date("25/12/2013"), parse_date("05/12/2013"), parse_date("The talks ended in 2013")
    ('2013-12-25', None, None)
    """
    value = value.strip()
    if len(value) > 80:
        return None
    for regex in _DATE_RES:
        match = regex.fullmatch(value)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["y"])
        if parts.get("mon"):
            month, day = _MONTHS[parts["mon"][:3].lower()], int(parts["d"])
        elif parts.get("m"):
            month, day = int(parts["m"]), int(parts["d"])
        else:  # a/b/yyyy: day first or month first, only if one reading is impossible
            a, b = int(parts["a"]), int(parts["b"])
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                month, day = a, b
            else:
                return None
        try:
            return _dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------- boilerplate

# Lines that are site furniture wherever they appear. Each rule matches the
# start of a short line (see _MAX_BOILERPLATE_WORDS), so prose is not touched.
_INLINE_RULES = (
    r"skip to (?:the )?(?:main )?(?:content|navigation|menu|search)\b.*",
    r"(?:share|tweet|email|print|pin|save)(?: this)?(?: (?:article|story|post|page|link))?[.!]?",
    r"share (?:this|on|via|to)\b.*",
    r"(?:click|tap) here\b.*",
    r"read more\b.*",
    r"(?:continue|keep) reading\b.*",
    r"read (?:the )?(?:full|whole) (?:article|story)\b.*",
    r"(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|paid content|ad)[.:]?",
    r"(?:scroll|swipe) (?:down|up|to)\b.*",
    r"(?:photo|image|picture|video|graphic)(?: credit)?s?\s*:\s*(?:\S+\s*){1,8}",
    r"credit\s*:.*",
    r"(?:listen to|watch|play)(?: this| the)? (?:article|story|video|podcast)(?:\s*[:.!]?|:.*)",
    r"\d+\s*min(?:ute)?s? read\.?",
    r"(?:loading|please wait)\W*",
    r"back to top\b.*",
)
# Lines that start a site footer (see _drop_footer); also removed wherever they appear.
_FOOTER_RULES = (
    r"related(?: content| articles?| posts?| stories| news| coverage| reading| links| topics)?"
    r"(?:\s*[:.]?|\s*:.*)",
    r"(?:you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you)?|more (?:stories|news|from)"
    r"|also read|see also|trending now|most (?:read|popular)|popular (?:posts|stories))\b.*",
    r"(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b.*",
    r"(?:no|\d+) comments?(?: yet)?(?:\s*[.!:]?|[.!]\s.*)",
    r"comments?(?: \(\d+\))?\s*[:.]?",
    r"be the first to (?:comment|share|review|reply|respond|know)\b.*",
    r"(?:join|view|show|hide|load) (?:the )?(?:conversation|discussion|comments)\b.*",
    r"your email address will not be published\b.*",
    r"required fields are marked\b.*",
    r"(?:this|our) (?:web)?site uses cookies\b.*",
    r"we use cookies\b.*",
    r"(?:accept|allow|manage|reject)(?: all)? cookies\b.*",
    r"cookie (?:policy|settings|preferences|notice|consent)\b.*",
    r"(?:by (?:continuing|using)|if you continue)\b.*\b(?:cookies|privacy|terms)\b.*",
    r"(?:sign up|subscribe)\b.*",
    r"(?:get|receive) (?:our|the)\b.*\b(?:newsletter|in your inbox)\b.*",
    r"(?:follow|like|find|connect with) us\b.*",
    r"(?:©|(?:\(c\)|copyright)\s*(?:©|\(c\)|\d{4})).*",
    r".*\ball rights reserved\b.*",
    r"(?:(?:privacy policy|cookie policy|terms (?:of|and) (?:use|service|conditions)|contact us|about us"
    r"|sitemap)\s*[|•·,/-]?\s*)+",
    r"powered by \S+(?: \S+)?\.?",
    r"tags?\s*:.*",
    r"(?:filed|posted) (?:in|under)\s*:?.*",
    r"about the author\b.*",
)
_MAX_BOILERPLATE_WORDS = 30
_MAX_BOILERPLATE_CHARS = 400
_INLINE_RE = re.compile("|".join(f"(?:{rule})" for rule in _INLINE_RULES), re.IGNORECASE)
_FOOTER_RE = re.compile("|".join(f"(?:{rule})" for rule in _FOOTER_RULES), re.IGNORECASE)
# A picture caption credited to its source: "The company's headquarters (Reuters)".
_CREDIT_RE = re.compile(
    r"[^.!?]{1,80}\((?:stock(?: photo| image)?|file(?: photo)?|photo|image|getty images|shutterstock|"
    r"reuters|ap|afp|pa|epa|supplied|handout)\)",
    re.IGNORECASE,
)
# Words that make a long line in a footer block boilerplate too.
_FOOTER_VOCABULARY_RE = re.compile(
    r"\b(?:cookies?|consent|privacy|terms of (?:use|service)|newsletter|subscri(?:be|ption)|sign (?:up|in)"
    r"|log ?in|all rights reserved|e-?mail address|comments)\b",
    re.IGNORECASE,
)
_SHORT_LINE_WORDS = 15


def _is_footer_marker(line: str) -> bool:
    return is_boilerplate(line) and _FOOTER_RE.fullmatch(line) is not None


def is_boilerplate(line: str) -> bool:
    """True when ``line`` (one stripped line) is site furniture, not article text.

    >>> is_boilerplate("No Comments Yet! Be the first to comment!"), is_boilerplate("Related content")
    (True, True)
    >>> is_boilerplate("This website uses cookies"), is_boilerplate("Share this story")
    (True, True)
    >>> is_boilerplate("Read more about the ban, the minister said.")
    True
    >>> is_boilerplate("The minister said the ban would be reviewed, and read more into the figures.")
    False
    """
    if len(line) > _MAX_BOILERPLATE_CHARS or len(line.split()) > _MAX_BOILERPLATE_WORDS:
        return False
    return (
        _INLINE_RE.fullmatch(line) is not None
        or _FOOTER_RE.fullmatch(line) is not None
        or _CREDIT_RE.fullmatch(line) is not None
    )


# --------------------------------------------------------------------------- header

_BYLINE_PREFIX_RE = re.compile(r"(?:by|written by|words by|reporting by|author\s*:)\s+(?=\S)", re.IGNORECASE)
_HEADER_SPLIT_RE = re.compile(r"\s+[|•·—–-]\s+|\s*\|\s*")
_NAME_CONNECTORS = {"and", "&", "de", "da", "del", "der", "van", "von", "la", "le", "al", "bin", "of", "at"}
_MAX_HEADER_LINES = 3


def _looks_like_names(line: str) -> bool:
    """A short line of capitalised words: "Jane Doe/Harbour Times", "Jane Doe and John Roe"."""
    if len(line) > 80 or line[-1] in '.!?:;,"”’':
        return False
    tokens = re.split(r"[\s/,]+", line)
    if not 1 <= len(tokens) <= 12:
        return False
    named = sum(1 for t in tokens if t[:1].isupper() or t.lower() in _NAME_CONNECTORS)
    return tokens[0][:1].isupper() and named >= 0.7 * len(tokens)


def _read_byline_or_date(line: str) -> tuple[str | None, str | None, bool]:
    """(author, date, explicit): what a header line says; explicit when it starts with "By"."""
    date = parse_date(line)
    if date is not None:
        return None, date, False
    prefix = _BYLINE_PREFIX_RE.match(line)
    if prefix is not None:
        rest = line[prefix.end() :]
        parts = [p for p in _HEADER_SPLIT_RE.split(rest) if p]
        dates = [d for d in map(parse_date, parts) if d]
        names = [p for p in parts if parse_date(p) is None]
        if names and all(_looks_like_names(p) for p in names):
            return " ".join(names), (dates[0] if dates else None), True
        return None, None, False
    parts = [p for p in _HEADER_SPLIT_RE.split(line) if p]
    if len(parts) > 1:
        dates = [d for d in map(parse_date, parts) if d]
        names = [p for p in parts if parse_date(p) is None]
        if dates and len(names) <= 1 and all(_looks_like_names(p) for p in names):
            return (names[0] if names else None), dates[0], False
    if _looks_like_names(line):
        return line, None, False
    return None, None, False


def _looks_like_title(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 30 or len(line) > 250 or line[-1] in ",;:":
        return False
    if line.endswith(".") and len(words) > 12:
        return False
    author, date, explicit = _read_byline_or_date(line)
    return date is None and not (author and explicit)


# --------------------------------------------------------------------------- cleaning


@dataclass(frozen=True)
class CleanedText:
    """The result of :func:`clean_text`.

    ``text`` is the cleaned text (title first when known); ``removed`` lists the
    lines taken out (repeats, footer, boilerplate, then byline and date), for reports.
    """

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    removed: tuple[str, ...] = ()


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


def _normalise_lines(raw: str) -> list[str]:
    """The lines of ``raw``: ``\\n`` line ends, no control characters, stripped."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    raw = raw.replace("\u2028", "\n").replace("\u2029", "\n\n")
    raw = _CONTROL_RE.sub("", raw)
    return [line.strip() for line in raw.split("\n")]


def _drop_footer(lines: list[str], first: int, removed: list[str]) -> list[str]:
    """Remove the footer: from its first marker on, the lines that are short or boilerplate-like.

    The footer is the longest run of lines at the end that are all blank, short
    (at most _SHORT_LINE_WORDS words), boilerplate, or full of footer vocabulary
    (cookies, consent, privacy...); it starts at the first footer marker in that
    run. Lines before ``first`` (the title) are never part of it.
    """
    start = len(lines)
    for i in range(len(lines) - 1, first, -1):
        line = lines[i]
        if (
            line
            and len(line.split()) > _SHORT_LINE_WORDS
            and not is_boilerplate(line)
            and _FOOTER_VOCABULARY_RE.search(line) is None
        ):
            break
        start = i
    for i in range(start, len(lines)):
        if _is_footer_marker(lines[i]):
            removed.extend(line for line in lines[i:] if line)
            return lines[:i]
    return lines


def clean_text(raw: str, *, title: str | None = None) -> CleanedText:
    """Clean the raw text of one article (see the module docstring for the rules).

    ``title``, when the source gives one (HTML metadata, a JSONL ``title``),
    becomes the first line unless the text already starts with it; otherwise
    the first line is taken as the title when it looks like one.

    >>> c = clean_text("Friday, January 4, 2019\\n\\nA building collapsed.", title="Building collapses")
    >>> c.text, c.date
    ('Building collapses\\n\\nA building collapsed.', '2019-01-04')
    """
    removed: list[str] = []
    lines = _drop_repeats(_normalise_lines(raw), removed)
    body = [i for i, line in enumerate(lines) if line and not is_boilerplate(line)]
    given_title = " ".join(_CONTROL_RE.sub("", title).split()) or None if title else None
    first_is_title = bool(body) and (
        _same_title(lines[body[0]], given_title) if given_title else _looks_like_title(lines[body[0]])
    )
    lines = _drop_footer(lines, body[0] if first_is_title else -1, removed)
    kept: list[str] = []
    for line in lines:
        if line and is_boilerplate(line):
            removed.append(line)
        else:
            kept.append(line)
    content = [i for i, line in enumerate(kept) if line]
    start = 1 if first_is_title else 0
    author, date, header = _read_header([kept[i] for i in content[start : start + _MAX_HEADER_LINES]])
    header_lines = {content[start + k] for k in header}
    removed.extend(kept[i] for i in sorted(header_lines))
    text = _join_paragraphs([line for i, line in enumerate(kept) if i not in header_lines])
    if first_is_title:
        found_title: str | None = kept[content[0]]
    else:
        found_title = given_title
        if given_title:
            text = given_title + ("\n\n" + text if text else "")
    return CleanedText(text=text, title=found_title, author=author, date=date, removed=tuple(removed))


def _read_header(candidates: list[str]) -> tuple[str | None, str | None, list[int]]:
    """(author, date, positions of the byline and date lines) of the lines after the title."""
    author = date = None
    date_at = -1
    header: list[int] = []
    loose: list[tuple[int, str]] = []  # unmarked name lines: a byline only next to the date
    for k, line in enumerate(candidates):
        name, when, explicit = _read_byline_or_date(line)
        if name is None and when is None:
            break
        if when is not None:
            if date is None:
                date, date_at = when, k
            if name is not None and author is None:
                author = name
            header.append(k)
        elif explicit:
            author = author or name
            header.append(k)
        elif name is not None:
            loose.append((k, name))
    if author is None and date is not None:
        for k, name in loose:
            if abs(k - date_at) == 1:
                author = name
                header.append(k)
                break
    return author, date, header


def _drop_repeats(lines: list[str], removed: list[str]) -> list[str]:
    """Keep once a line that repeats the previous non-blank line (a title printed twice)."""
    kept: list[str] = []
    previous = ""
    for line in lines:
        if line and line.casefold() == previous.casefold():
            removed.append(line)
            continue
        kept.append(line)
        previous = line or previous
    return kept


def _same_title(line: str, title: str) -> bool:
    a, b = " ".join(line.split()).casefold(), title.casefold()
    return a == b or (len(a) >= 10 and (a in b or b in a))


def _join_paragraphs(lines: list[str]) -> str:
    """Join lines, one blank line at most between paragraphs, none at the ends."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
