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


def restore_lemmatizer_labels(nlp: Language) -> Language:
    """Rebuild the tree -> label table of every loaded ``trainable_lemmatizer``.

    spaCy 3.8's edit-tree lemmatizer fills ``tree2label`` only when it is
    initialized, not when it is loaded, so a lemmatizer sourced from a trained
    pipeline maps every gold lemma to label 0 in ``get_loss`` and resuming it
    unlearns it (dev lemma accuracy fell from 96.3 to 76.9 in 500 steps).
    Prediction reads ``cfg["labels"]`` and is unaffected.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> lemmatizer = nlp.add_pipe("trainable_lemmatizer")
    >>> lemmatizer.cfg["labels"] = [7, 3]
    >>> restore_lemmatizer_labels(nlp).get_pipe("trainable_lemmatizer").tree2label
    {7: 0, 3: 1}
    """
    for _, pipe in nlp.components:
        if pipe.__class__.__name__ == "EditTreeLemmatizer":
            pipe.tree2label = {tree: label for label, tree in enumerate(pipe.cfg["labels"])}
    return nlp


@registry.callbacks("newsgraph.restore_lemmatizer_labels.v1")
def make_restore_lemmatizer_labels() -> Callable[[Language], Language]:
    """``[initialize.after_init]`` callback: :func:`restore_lemmatizer_labels`."""
    return restore_lemmatizer_labels
