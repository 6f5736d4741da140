"""Registered functions the training config refers to (``spacy train --code``).

The tokenizer callback runs once, at initialization; its special cases are
saved with the pipeline's tokenizer, so loading the pipeline needs no code.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

# Mobile network generations: the default English tokenizer splits "5G" into
# "5" + "G" (G is a unit suffix) and keeps "3G." as one token.
GENERATIONS = tuple(f"{n}G" for n in range(2, 7))


def add_special_cases(tokenizer: Tokenizer) -> None:
    """Make ``2G`` ... ``6G`` single tokens, also before a full stop.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> add_special_cases(nlp.tokenizer)
    >>> [t.text for t in nlp("Our 5G and 4G.")]
    ['Our', '5G', 'and', '4G', '.']
    """
    for name in GENERATIONS:
        tokenizer.add_special_case(name, [{ORTH: name}])
        tokenizer.add_special_case(f"{name}.", [{ORTH: name}, {ORTH: "."}])


@registry.callbacks("newsgraph.tokenizer_special_cases.v1")
def make_tokenizer_special_cases() -> Callable[[Language], Language]:
    """``[initialize.before_init]`` callback: add :func:`add_special_cases`."""

    def customize(nlp: Language) -> Language:
        add_special_cases(nlp.tokenizer)
        return nlp

    return customize
