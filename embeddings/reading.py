"""What the model and the word index read of a passage: its exact text with what a reader reads past
made plain, character for character, so that every offset (a sentence's, a highlight's) still holds.

* A transcript's caption times are blanked out (see :mod:`embeddings.captions`).
* A word that a printed line broke with a hyphen ("Zino-" / "viev", in a PDF's or a newspaper
  scan's text) is whole again: "  Zinoviev", the spaces it gains standing before it.
"""
from __future__ import annotations

import re

from .captions import without_times

#: A word broken at a line's end by a hyphen, the line below going on in lower case.
BROKEN_WORD = re.compile(r"([^\W\d_]+)-\n([ \t]*)([a-zà-ÿ][^\W\d_]*)")


def joined_words(text: str) -> str:
    """``text`` with each word broken by a hyphen at a line's end joined, offsets unchanged."""
    return BROKEN_WORD.sub(lambda m: " " * (2 + len(m.group(2))) + m.group(1) + m.group(3), text)


def read_text(text: str) -> str:
    """``text`` as the model reads it: captions without their times, broken words joined."""
    return joined_words(without_times(text))
