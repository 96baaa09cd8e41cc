"""What the model and the word index read of a passage: its exact text with what a reader reads past
made plain, character for character, so that every offset (a sentence's, a highlight's) still holds.

* Every kind of space is the plain space ("Sign in to follow this\xa0\xa0", as a page copied from a
  browser holds no-break spaces), for the reader of a page's structure too (:func:`plain_spaces`).
* A transcript's caption times are blanked out (see :mod:`embeddings.captions`), and so are its notes
  of what is heard in the words ("(Applause.)", "(Laughter)").
* A Markdown link is read as its words, without its address; a picture and strong emphasis's "**" are
  blanked out.
* A word that a printed line broke with a hyphen ("Zino-" / "viev", in a PDF's or a newspaper
  scan's text) is whole again: "  Zinoviev", the spaces it gains standing before it.
"""
from __future__ import annotations

import re

from .captions import without_times

#: Spaces other than the space bar's: a no-break space, the typographer's spaces, a narrow no-break
#: space, an ideographic space.
_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                         "\u2009\u200a\u202f\u205f\u3000"})
#: A word broken at a line's end by a hyphen, the line below going on in lower case.
BROKEN_WORD = re.compile(r"([^\W\d_]+)-\n([ \t]*)([a-zà-ÿ][^\W\d_]*)")


def joined_words(text: str) -> str:
    """``text`` with each word broken by a hyphen at a line's end joined, offsets unchanged."""
    return BROKEN_WORD.sub(lambda m: " " * (2 + len(m.group(2))) + m.group(1) + m.group(3), text)


#: A transcript's note of what is heard, inside the words: "(Applause.)", "(Laughter)", "[crosstalk]".
HEARD = re.compile(r"[(\[](?:applause|laughter|cheers|cheering|booing|inaudible|crosstalk|laughs|music)\.?[)\]]", re.IGNORECASE)


#: A Markdown link or picture, as a page saved as Markdown sets them: "[released this week](https://...)",
#: "![The lamp](https://.../lamp.jpg)". The model reads a link's words without its address, and no picture.
MARKDOWN_LINK = re.compile(r"(!?)\[([^\]\n]{0,300})\]\(([^()\s]{1,1000})\)")
#: Markdown's marks of strong emphasis: "**forced out**".
STRONG = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*")


def unmarked(text: str) -> str:
    """``text`` without Markdown's link addresses, pictures and strong-emphasis marks, character for character."""
    def link(m: re.Match) -> str:
        if m.group(1):
            return " " * len(m.group())
        return " " + m.group(2) + " " * (len(m.group()) - 1 - len(m.group(2)))
    return STRONG.sub("  ", MARKDOWN_LINK.sub(link, text))


def plain_spaces(text: str) -> str:
    """``text`` with every kind of space the plain space, character for character."""
    return text.translate(_SPACES)


def read_text(text: str) -> str:
    """``text`` as the model reads it: plain spaces, Markdown's link addresses and marks blanked,
    captions without their times, notes of what is heard blanked, broken words joined."""
    return joined_words(HEARD.sub(lambda m: " " * len(m.group()), without_times(unmarked(plain_spaces(text)))))
