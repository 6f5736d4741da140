"""Read documents from files and folders: ``.txt``, ``.html``/``.htm``, ``.jsonl``.

:func:`iter_documents` walks the given paths (folders recursively, in sorted
order, hidden files and folders skipped) and yields one cleaned
:class:`~newsgraph.extract.records.Document` per article. An input that cannot
be loaded never stops the walk: it is reported once, as a :class:`LoadProblem`
(path, line, reason, code, hint), to ``on_problem``, and the next input is read.
What was *repaired* on the way (invalid UTF-8 replaced, a date not understood)
is not a problem: the document loads and lists it in ``Document.warnings``.

Document ids are stable across runs: the path relative to the folder given
(``seeds/000_x.txt`` -> ``000_x.txt`` when building ``seeds/``), the file name
for a file given directly, and for a JSONL line its ``id`` field or
``<file>:<line number>``.

Formats:

- ``.txt``: UTF-8 (a UTF-16 file with a byte-order mark is read too), cleaned by
  :func:`newsgraph.extract.clean.clean_text` (title, byline, date, boilerplate).
- ``.html``, ``.htm``: the main text found by trafilatura (navigation, scripts,
  comments left out), with the page's title, author, date and URL, then cleaned.
- ``.jsonl``: one JSON object per line with ``text`` (required) and optional
  ``title``, ``date``, ``url``, ``id``, ``author``. A bad line is reported with
  its line number; the other lines load. Blank lines are skipped.

Size bound: a ``.txt`` or ``.html`` file larger than ``max_bytes`` (default
:data:`DEFAULT_MAX_BYTES`, 10 MiB: some hundred times a long article) is
rejected as a whole (E056), not truncated, because half an article silently
parsed is worse than a clear message; split the file or pass a larger
``max_bytes``. In a ``.jsonl`` file the bound applies to each line, so a
corpus file may be any size and is read as a stream.

Problem codes:

====  =====================================================================
code  meaning
====  =====================================================================
E050  the path does not exist
E051  the file or folder cannot be read (permissions, I/O error)
E052  a symbolic link loop
E053  not a supported document (unknown extension, or not a regular file)
E054  empty: no text, or nothing left after removing boilerplate
E055  a binary file (NUL bytes or many control characters)
E056  larger than ``max_bytes`` (a file, or one JSONL line)
E057  a JSONL line that is not valid JSON (e.g. truncated)
E058  a JSONL line that is not an article (not an object, no ``text``, bad field type)
E059  an HTML page in which no main text was found
E060  a document id seen before in this run (the later document is skipped)
E061  an unexpected error while loading this input (please report it)
====  =====================================================================

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Port bans trucks\\n\\n09 Dec 2013\\n\\nThe port banned trucks.")
>>> _ = (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
>>> docs, problems = load_documents([folder])
>>> [(d.id, d.title, d.date) for d in docs]
[('a.txt', 'Port bans trucks', '2013-12-09')]
>>> [(p.code, pathlib.Path(p.path).name) for p in problems]
[('E053', 'notes.pdf')]
"""

from __future__ import annotations

import codecs
import configparser
import errno
import functools
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.extract.clean import clean_text, parse_date
from newsgraph.extract.errors import NewsgraphError
from newsgraph.extract.records import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "LoadProblem",
    "iter_documents",
    "load_documents",
]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_SNIFF_BYTES = 8192
_MAX_CONTROL_RATIO = 0.05
_JSONL_FIELDS = ("title", "date", "url", "author")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadProblem:
    """An input that was not loaded: where (``path``, ``line``), why, and what to do.

    >>> p = LoadProblem("in/a.jsonl", "not valid JSON: Unterminated string", "E057", line=3)
    >>> str(p)
    '[E057] in/a.jsonl:3: not valid JSON: Unterminated string'
    """

    path: str
    reason: str
    code: str
    line: int | None = None
    hint: str = ""

    @property
    def where(self) -> str:
        """``path`` or ``path:line``."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def __str__(self) -> str:
        return f"[{self.code}] {self.where}: {self.reason}" + (f" ({self.hint})" if self.hint else "")

    def to_error(self) -> NewsgraphError:
        """The same problem as an exception, for callers that stop at the first one."""
        return NewsgraphError(self.code, f"{self.where}: {self.reason}", self.hint)


class _Skip(Exception):
    """Raised inside the loader when an input is not loaded; becomes a LoadProblem."""

    def __init__(self, code: str, reason: str, hint: str = "", line: int | None = None) -> None:
        super().__init__(reason)
        self.code, self.reason, self.hint, self.line = code, reason, hint, line


def _log_problem(problem: LoadProblem) -> None:
    logger.warning("%s", problem)


def iter_documents(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_problem: Callable[[LoadProblem], None] | None = None,
) -> Iterator[Document]:
    """Yield the documents found in ``paths`` (files or folders), in a stable order.

    Every input that is not loaded is passed once to ``on_problem`` (default:
    logged as a warning on the ``newsgraph.extract.loaders`` logger) and the
    walk goes on; no exception escapes for a bad input. A file or folder
    reached twice (named twice, or through a link) is read once.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "b.jsonl").write_text('{"text": "Acme bans Foo.", "id": "x1"}\\n{"text": "Acme')
    >>> problems = []
    >>> [d.id for d in iter_documents([folder], on_problem=problems.append)]
    ['x1']
    >>> [(p.code, p.line) for p in problems]
    [('E057', 2)]
    """
    sink = on_problem or _log_problem
    reported: set[tuple[str, int | None, str]] = set()

    def report(problem: LoadProblem) -> None:
        key = (os.path.abspath(problem.path), problem.line, problem.code)
        if key not in reported:  # a path named twice (or reached twice) is reported once
            reported.add(key)
            sink(problem)

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    walker = _Walker()
    seen_ids: set[str] = set()
    for given in paths:
        try:
            for path, doc_id, problem in walker.walk(Path(given)):
                if problem is not None:
                    report(problem)
                else:
                    yield from _load_file(path, doc_id, max_bytes, seen_ids, report)
        except Exception as exc:  # a bug in the walk: report it and go on with the next path
            logger.debug("unexpected error walking %s", given, exc_info=True)
            report(_unexpected(given, exc))


def load_documents(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[Document], list[LoadProblem]]:
    """Load everything at once: ``(documents, problems)`` (for tests, notebooks, small corpora).

    >>> load_documents([])
    ([], [])
    """
    problems: list[LoadProblem] = []
    documents = list(iter_documents(paths, max_bytes=max_bytes, on_problem=problems.append))
    return documents, problems


# --------------------------------------------------------------------------- walking


def _problem(
    path: Path | str, code: str, reason: str, hint: str = "", line: int | None = None
) -> LoadProblem:
    return LoadProblem(path=str(path), reason=reason, code=code, line=line, hint=hint)


def _os_problem(path: Path, exc: OSError) -> LoadProblem:
    if exc.errno == errno.ELOOP:
        return _problem(path, "E052", "symbolic link loop", "remove or fix the link")
    if exc.errno == errno.ENOENT:
        return _problem(path, "E050", "no such file or folder", "check the path")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _problem(
            path, "E051", "permission denied", "check the permissions of the file and its folders"
        )
    return _problem(path, "E051", f"cannot read: {exc.strerror or exc}", "check the file")


def _unexpected(path: Path | str, exc: Exception) -> LoadProblem:
    return _problem(
        path, "E061", f"unexpected error: {type(exc).__name__}: {exc}", "please report this with the file"
    )


_Found = tuple[Path, str, "LoadProblem | None"]


class _Walker:
    """Files to load under the given paths, each file and folder visited once."""

    def __init__(self) -> None:
        self.seen: set[tuple[int, int]] = set()  # (device, inode) of files and folders read

    def walk(self, given: Path) -> Iterator[_Found]:
        """(file, document id, None) for each file under ``given``, or (path, "", problem)."""
        try:
            info = given.stat()
        except OSError as exc:
            yield given, "", _os_problem(given, exc)
            return
        except ValueError as exc:  # e.g. a NUL character in the path
            yield given, "", _problem(given, "E050", f"not a valid path: {exc}", "check the path")
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self._folder(given, given, info, ())
        else:
            yield from self._file(given, given.name, info)

    def _folder(
        self, root: Path, folder: Path, info: os.stat_result, ancestors: tuple[tuple[int, int], ...]
    ) -> Iterator[_Found]:
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            yield (
                folder,
                "",
                _problem(
                    folder, "E052", "symbolic link loop (links back to a folder above it)", "remove the link"
                ),
            )
            return
        if key in self.seen:
            return
        self.seen.add(key)
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as exc:
            yield folder, "", _os_problem(folder, exc)
            return
        for name in names:
            if name.startswith("."):
                continue
            path = folder / name
            try:
                entry_info = path.stat()
            except OSError as exc:
                yield path, "", _os_problem(path, exc)
                continue
            if stat.S_ISDIR(entry_info.st_mode):
                yield from self._folder(root, path, entry_info, (*ancestors, key))
            else:
                yield from self._file(path, path.relative_to(root).as_posix(), entry_info)

    def _file(self, path: Path, doc_id: str, info: os.stat_result) -> Iterator[_Found]:
        if not stat.S_ISREG(info.st_mode):
            yield path, "", _problem(path, "E053", "not a regular file", "give files and folders only")
            return
        if path.suffix.lower() not in SUFFIXES:
            reason = f"unsupported file type {path.suffix or '(no extension)'!r}"
            yield path, "", _problem(path, "E053", reason, f"supported: {', '.join(SUFFIXES)}")
            return
        key = (info.st_dev, info.st_ino)
        if key not in self.seen:
            self.seen.add(key)
            yield path, doc_id, None


# --------------------------------------------------------------------------- reading


def _load_file(
    path: Path, doc_id: str, max_bytes: int, seen_ids: set[str], report: Callable[[LoadProblem], None]
) -> Iterator[Document]:
    """The documents of one file; every problem reported, nothing raised."""
    try:
        if path.suffix.lower() == ".jsonl":
            items: Iterator[tuple[Document, int | None] | LoadProblem] = _read_jsonl(path, doc_id, max_bytes)
        else:
            items = iter([(_read_single(path, doc_id, max_bytes), None)])
        for item in items:
            if isinstance(item, LoadProblem):
                report(item)
                continue
            document, number = item
            if document.id in seen_ids:
                report(
                    _problem(
                        path,
                        "E060",
                        f"document id {document.id!r} was already loaded; this one is skipped",
                        "give each document a unique id (file names, or the JSONL 'id' field)",
                        number,
                    )
                )
            else:
                seen_ids.add(document.id)
                yield document
    except _Skip as skip:
        report(_problem(path, skip.code, skip.reason, skip.hint, skip.line))
    except OSError as exc:
        report(_os_problem(path, exc))
    except Exception as exc:  # never let one input stop the run
        logger.debug("unexpected error loading %s", path, exc_info=True)
        report(_unexpected(path, exc))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        data = fh.read(max_bytes + 1) if size <= max_bytes else b""
    if size > max_bytes or len(data) > max_bytes:
        raise _Skip(
            "E056",
            f"{max(size, len(data)):,} bytes, over the limit of {max_bytes:,}",
            "split the file, or raise the max_bytes limit of iter_documents",
        )
    return data


def _check_not_binary(head: bytes, *, line_by_line: bool = False) -> None:
    """Raise E055 when ``head`` (the start of a file) is binary.

    A NUL byte marks a binary file, except in JSONL, which is judged line by
    line: there only a high share of control bytes rejects the whole file.
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in head and not line_by_line:
        raise _Skip("E055", "binary file (contains NUL bytes)", "give text, HTML or JSONL files")
    controls = sum(1 for b in head if (b < 32 and b not in (9, 10, 12, 13)) or b == 127)
    if head and controls / len(head) > _MAX_CONTROL_RATIO:
        raise _Skip(
            "E055",
            f"binary file ({controls / len(head):.0%} control characters)",
            "give text, HTML or JSONL files",
        )


_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)


def _decode(data: bytes, warnings: list[str], encoding: str = "utf-8") -> str:
    """Text of ``data``; undecodable bytes become U+FFFD and are flagged in ``warnings``."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[3:], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        warnings.append(
            f"invalid {encoding.upper()} at byte {exc.start}: {bad} undecodable byte sequence(s) "
            "replaced with U+FFFD"
        )
        return text


def _read_single(path: Path, doc_id: str, max_bytes: int) -> Document:
    """The one document of a ``.txt`` or ``.html`` file (raises _Skip)."""
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise _Skip("E054", "empty file", "remove it, or check that it was saved completely")
    _check_not_binary(data[:_SNIFF_BYTES])
    warnings: list[str] = []
    meta: dict[str, str | None] = {}
    if path.suffix.lower() == ".txt":
        raw = _decode(data, warnings)
    else:
        raw, meta = _html_main_text(data, warnings)
    cleaned = clean_text(raw, title=meta.get("title"))
    if not cleaned.text.strip():
        raise _Skip("E054", "no article text left after removing boilerplate", "check the file's content")
    return Document(
        id=doc_id,
        text=cleaned.text,
        source=str(path),
        title=cleaned.title,
        author=meta.get("author") or cleaned.author,
        date=meta.get("date") or cleaned.date,
        url=meta.get("url"),
        warnings=tuple(warnings),
    )


def _html_main_text(data: bytes, warnings: list[str]) -> tuple[str, dict[str, str | None]]:
    """(main text, metadata) of an HTML page, found by trafilatura (raises _Skip)."""
    import lxml.etree
    import lxml.html
    import trafilatura  # imported here: loading it takes a while, and only HTML needs it

    declared = _CHARSET_RE.search(data[:_SNIFF_BYTES])
    encoding = "utf-8"
    if declared is not None:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            warnings.append(f"unknown charset {declared.group(1).decode('ascii')!r} declared; read as UTF-8")
    html = _decode(data, warnings, encoding)
    # Parsed here, not by trafilatura, to allow deep trees (huge_tree) and to read the text as decoded.
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise _Skip(
            "E059", f"no HTML document could be parsed ({exc})", "check that the file is HTML"
        ) from None
    result = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
        prune_xpath=["//noscript", "//template"],
        config=_trafilatura_config(),
    )
    text = getattr(result, "text", None) or ""
    if not text.strip():
        raise _Skip(
            "E059",
            "no main text found in the HTML page (it holds only scripts, navigation or markup, "
            "or is nested too deeply to parse)",
            "check that the page holds the article, not a script that loads it",
        )
    meta = {key: _clean_field(getattr(result, key, None)) for key in ("title", "author", "date", "url")}
    if meta["date"] is not None:
        meta["date"] = parse_date(meta["date"])
    # trafilatura puts one paragraph per line; a blank line between them marks paragraphs as in .txt
    return "\n\n".join(text.splitlines()), meta


@functools.lru_cache(maxsize=1)
def _trafilatura_config() -> configparser.ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set(
        "DEFAULT", "EXTRACTION_TIMEOUT", "0"
    )  # its timeout uses signals, which fail off the main thread
    return config


def _clean_field(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _read_jsonl(
    path: Path, file_id: str, max_bytes: int
) -> Iterator[tuple[Document, int | None] | LoadProblem]:
    """(document, line number) for each article of a JSONL file, a LoadProblem for each bad line."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        if not head.strip():
            raise _Skip("E054", "empty file", "remove it, or check that it was saved completely")
        _check_not_binary(head, line_by_line=True)
        fh.seek(0)
        number = 0
        while True:
            raw = fh.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            if len(raw) > max_bytes:
                while raw and not raw.endswith(b"\n"):
                    raw = fh.readline(1 << 20)  # skip the rest of the line
                yield _problem(
                    path,
                    "E056",
                    f"line longer than the limit of {max_bytes:,} bytes",
                    "shorten the record, or raise the max_bytes limit of iter_documents",
                    number,
                )
                continue
            if not raw.strip():
                continue
            try:
                yield _jsonl_document(raw, path, f"{file_id}:{number}", number), number
            except _Skip as skip:
                yield _problem(path, skip.code, skip.reason, skip.hint, number)


def _jsonl_document(raw: bytes, path: Path, default_id: str, number: int) -> Document:
    warnings: list[str] = []
    line = _decode(raw.rstrip(b"\r\n"), warnings)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        at = "" if exc.msg.endswith(" at") else " at"
        raise _Skip(
            "E057",
            f"not valid JSON: {exc.msg}{at} column {exc.colno}",
            "the line may be truncated; fix or remove it",
        ) from None
    except RecursionError:
        raise _Skip("E057", "not valid JSON (nested too deeply)", "fix or remove the line") from None
    if not isinstance(record, dict):
        raise _Skip(
            "E058", f"a JSON {type(record).__name__}, not an object", 'write {"text": "..."} per line'
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "no 'text' field" if text is None else "'text' is not a non-empty string"
        raise _Skip("E058", reason, 'every line needs "text": the article as a string')
    fields: dict[str, str | None] = {}
    for key in _JSONL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise _Skip(
                "E058", f"{key!r} is a {type(value).__name__}, not a string", f"write {key!r} as a string"
            )
        fields[key] = _clean_field(value)
    doc_id = record.get("id")
    if doc_id is None:
        doc_id = default_id
    elif isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) and str(doc_id).strip():
        doc_id = str(doc_id).strip()
    else:
        raise _Skip("E058", "'id' is not a non-empty string or integer", "write 'id' as a string")
    cleaned = clean_text(text, title=fields["title"])
    if not cleaned.text.strip():
        raise _Skip("E054", "no article text left after removing boilerplate", "check the record's text")
    date = cleaned.date
    if fields["date"] is not None:
        date = parse_date(fields["date"])
        if date is None:
            warnings.append(f"date {fields['date']!r} not understood; give it as YYYY-MM-DD")
            date = cleaned.date
    return Document(
        id=doc_id,
        text=cleaned.text,
        source=f"{path}:{number}",
        title=cleaned.title,
        author=fields["author"] or cleaned.author,
        date=date,
        url=fields["url"],
        warnings=tuple(warnings),
    )
