"""SPARQL results in one shape for every store backend, their formats, and named queries.

Every backend answers :meth:`GraphStore.query <newsgraph.graph.store.GraphStore.query>`
with a :class:`QueryResult` holding pyoxigraph terms. Results serialise as
SPARQL 1.1 JSON, CSV and TSV (SELECT, ASK), as a text table, and as RDF
(CONSTRUCT, DESCRIBE).

Named queries are the ``.rq`` files of ``newsgraph/graph/queries/``; their
first comment lines document them and their ``$name`` variables are
parameters (``--param name=value``).

>>> "who-bans-whom" in named_queries()
True
>>> r = QueryResult("select", ("x",), [(pyoxigraph.Literal("a,b"),)])
>>> r.serialize("csv")
'x\\r\\n"a,b"\\r\\n'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple

from newsgraph.extract.errors import NewsgraphError
from newsgraph.graph.namespaces import PREFIXES, XSD

__all__ = [
    "RDF_RESULT_FORMATS",
    "RESULT_FORMATS",
    "QueryResult",
    "Term",
    "bind_parameters",
    "missing_parameters",
    "named_queries",
    "named_query",
    "parse_param",
    "term_text",
]

Term = NamedNode | BlankNode | Literal | Triple
RESULT_FORMATS = ("table", "csv", "tsv", "json")
#: CONSTRUCT/DESCRIBE output formats -> pyoxigraph format.
RDF_RESULT_FORMATS: dict[str, RdfFormat] = {
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "xml": RdfFormat.RDF_XML,
}
_XSD_STRING = XSD + "string"
_KEY_SUFFIX = "_key"


def term_text(term: Term | None) -> str:
    """A term as people read it: IRIs and literals without syntax, ``""`` for unbound."""
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return str(term)
    return term.value


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    raise NewsgraphError("E305", f"cannot write the RDF-star term {term} as SPARQL JSON", "")


@dataclass
class QueryResult:
    """The answer to one SPARQL query.

    ``kind`` is ``"select"`` (``variables`` and ``rows``), ``"ask"``
    (``boolean``) or ``"graph"`` (``triples``, from CONSTRUCT or DESCRIBE).
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Term | None]]:
        """SELECT rows as ``{variable: term or None}``."""
        for row in self.rows:
            yield dict(zip(self.variables, row, strict=True))

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def column(self, variable: str) -> list[str]:
        """One column's values as text (unbound -> ``""``)."""
        index = self.variables.index(variable)
        return [term_text(row[index]) for row in self.rows]

    def serialize(self, fmt: str = "table") -> str:
        """The result as text: ``table``, ``csv``, ``tsv``, ``json`` (SPARQL 1.1 results).

        CONSTRUCT/DESCRIBE results take an RDF format instead (``ttl``, ``nt``,
        ``jsonld``, ``xml``); ``table`` gives Turtle for them.
        """
        if self.kind == "graph":
            rdf_format = RDF_RESULT_FORMATS.get("ttl" if fmt == "table" else fmt)
            if rdf_format is None:
                raise NewsgraphError(
                    "E302",
                    f"a CONSTRUCT or DESCRIBE result cannot be written as {fmt!r}",
                    f"use --format {', '.join(RDF_RESULT_FORMATS)}",
                )
            prefixes = PREFIXES if rdf_format in (RdfFormat.TURTLE, RdfFormat.RDF_XML) else None
            return pyoxigraph.serialize(self.triples, format=rdf_format, prefixes=prefixes).decode("utf-8")
        writer = {"table": self._table, "csv": self._csv, "tsv": self._tsv, "json": self._json}.get(fmt)
        if writer is None:
            raise NewsgraphError(
                "E302",
                f"a SELECT or ASK result cannot be written as {fmt!r}",
                f"use --format {', '.join(RESULT_FORMATS)}",
            )
        return writer()

    def _json(self) -> str:
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": self.boolean}, ensure_ascii=False) + "\n"
        bindings = [
            {var: _json_term(term) for var, term in zip(self.variables, row, strict=True) if term is not None}
            for row in self.rows
        ]
        body = {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}}
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"

    def _csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)  # RFC 4180 line ends, as SPARQL CSV requires
        if self.kind == "ask":
            writer.writerows([["boolean"], ["true" if self.boolean else "false"]])
        else:
            writer.writerow(self.variables)
            writer.writerows([term_text(term) for term in row] for row in self.rows)
        return buffer.getvalue()

    def _tsv(self) -> str:
        if self.kind == "ask":
            return "?boolean\n" + ("true" if self.boolean else "false") + "\n"
        lines = ["\t".join(f"?{var}" for var in self.variables)]
        lines += ["\t".join("" if term is None else str(term) for term in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def _table(self) -> str:
        if self.kind == "ask":
            return ("yes" if self.boolean else "no") + "\n"
        cells = [[_one_line(term_text(term)) for term in row] for row in self.rows]
        widths = [len(var) for var in self.variables]
        for row in cells:
            widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines) + "\n"


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _query_files() -> dict[str, str]:
    folder = resources.files("newsgraph.graph").joinpath("queries")
    return {
        entry.name[: -len(".rq")]: entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    }


def named_queries() -> dict[str, str]:
    """Name -> one-line description of every shipped named query."""
    out = {}
    for name, text in sorted(_query_files().items()):
        comments = [line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")]
        out[name] = comments[0] if comments else ""
    return out


def _parameters(text: str) -> list[str]:
    """The ``$names`` of a query; ``$X_key`` stands for parameter ``X`` (see :func:`bind_parameters`)."""
    names = re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text)
    return sorted({name.removesuffix(_KEY_SUFFIX) for name in names})


def named_query(name: str) -> tuple[str, list[str]]:
    """The SPARQL text of a named query and the names of its ``$parameters``."""
    files = _query_files()
    if name not in files:
        raise NewsgraphError("E303", f"no named query {name!r}", f"choose one of: {', '.join(sorted(files))}")
    return files[name], _parameters(files[name])


def parse_param(text: str) -> tuple[str, Term]:
    """``name=value`` -> (name, term). ``<iri>`` gives an IRI, an integer an
    ``xsd:integer``, anything else a plain string literal.

    >>> parse_param("entity=Huawei")
    ('entity', <Literal value=Huawei datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
    """
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise NewsgraphError("E304", f"bad --param {text!r}", "write --param NAME=VALUE")
    if value.startswith("<") and value.endswith(">"):
        return name, NamedNode(value[1:-1])
    if re.fullmatch(r"-?\d+", value):
        return name, Literal(value, datatype=NamedNode(XSD + "integer"))
    return name, Literal(value)


def missing_parameters(text: str, bindings: Mapping[str, Term]) -> Sequence[str]:
    """The ``$parameters`` of ``text`` that ``bindings`` leaves unbound."""
    return [p for p in _parameters(text) if p not in bindings]


def bind_parameters(text: str, bindings: Mapping[str, Term]) -> str:
    r"""Replace each ``$name`` or ``?name`` of ``bindings`` by the term, written in SPARQL syntax.

    The value is written as an escaped IRI or literal, so it cannot change the
    query's structure. Parameters must not be projected (``SELECT ?name``).
    For a literal ``name``, ``$name_key`` is replaced by its
    :func:`~newsgraph.graph.rdf.lookup_key`, to match ``ng:key`` (an index
    lookup: ``BIND($name_key AS ?k) ?e ng:key ?k``).

    >>> bind_parameters('SELECT ?e WHERE { ?e rdfs:label $name }', {"name": Literal('say "hi"')})
    'SELECT ?e WHERE { ?e rdfs:label "say \\"hi\\"" }'
    """
    from newsgraph.graph.rdf import lookup_key

    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise NewsgraphError("E304", f"bad parameter name {name!r}", "use letters, digits and _")
        text = re.sub(rf"[?$]{name}\b", lambda _m, t=term: str(t), text)
        if isinstance(term, Literal):
            key = Literal(lookup_key(term.value))
            text = re.sub(rf"[?$]{name}{_KEY_SUFFIX}\b", lambda _m, t=key: str(t), text)
    return text
