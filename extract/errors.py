"""Errors with codes, like spaCy's: what went wrong, where, and what to do.

>>> str(NewsgraphError("E001", "cannot read 'a.txt'", "check the file's permissions"))
"[E001] cannot read 'a.txt'. check the file's permissions"

The codes are listed in the README ("Error codes"). Both halves of the
package raise them, so they live here beside the data model, free of spaCy.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """An error a user can act on. ``code`` is stable; ``hint`` says what to do."""

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        self.code = code
        self.message = message
        self.hint = hint
        super().__init__(f"[{code}] {message}" + (f". {hint}" if hint else ""))
