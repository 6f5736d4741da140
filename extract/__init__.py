"""newsgraph.extract: documents in, typed triples with provenance out.

Importing this package is cheap and does not import spaCy; the pipeline loads
when an extractor is first used.
"""

from newsgraph.extract.records import (
    Document,
    DocumentExtraction,
    Entity,
    EntityClass,
    EntityRef,
    Mention,
    Merge,
    Modality,
    Statement,
    statement_to_json,
)

__all__ = [
    "Document",
    "DocumentExtraction",
    "Entity",
    "EntityClass",
    "EntityRef",
    "Mention",
    "Merge",
    "Modality",
    "Statement",
    "statement_to_json",
]
