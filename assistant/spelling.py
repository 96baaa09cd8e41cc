"""Slips of the keyboard in a question ("trotksy", "Stallin", "Mercador").

A word of the question that no source uses in any form, one edit away from a word the corpus does
use, is read as that word, and the answer says so. One edit is a letter dropped, added or swapped
with its neighbour, or, in a word of ``MIN_SUBSTITUTED`` letters or more, a letter replaced: a
short word one letter off a corpus word is as often another word ("Paris" and "parts", "Franco"
and "France") as a slip. A word one edit away from two corpus words ("Parvis": "Paris", "Parvus")
is left as it is, and so is a word in lower case that the model knows as a word of its own
vocabulary ("biased" is not a slip for "based"; "trotksy" the model reads in pieces, and a name's
slip is capitalised, "Mercador"). Candidates are found through each word's single-letter deletions (the symmetric-delete method),
so a look-up costs a few dictionary probes, not a pass over the vocabulary.
"""
from __future__ import annotations

import re

from .text import fold, terms

#: Shortest question word that is corrected at all.
MIN_LENGTH = 5
#: Shortest question word in which a replaced letter is taken for a slip.
MIN_SUBSTITUTED = 7
_WORD = re.compile(r"[^\W\d_]+")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit(a: str, b: str) -> str | None:
    """The one edit that turns ``a`` into ``b``: "drop", "add", "swap" (neighbours) or "replace";
    None when it takes none or more than one."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    if len(a) != len(b):
        short, long = sorted((a, b), key=len)
        if any(long[:i] + long[i + 1:] == short for i in range(len(long))):
            return "drop" if len(b) < len(a) else "add"
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return "swap"
    return "replace" if len(diff) == 1 else None


class Spelling:
    """Corrections into the corpus's words."""

    def __init__(self, words: list[str], known_terms, is_word=lambda word: False):
        self.words = [w for w in words if len(w) >= MIN_LENGTH - 1]
        self.known_terms = known_terms  # terms some passage holds
        self.is_word = is_word  # a word of the language ("biased"), never a slip for a corpus word ("based")
        self._by_key: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            for key in _deletes(word) | {word}:
                self._by_key.setdefault(key, []).append(i)

    def correct(self, word: str) -> str | None:
        """The corpus word that ``word`` (folded) is a slip for, or None."""
        if len(word) < MIN_LENGTH or any(t in self.known_terms for t in terms(word)) or not terms(word):
            return None
        rows = {i for key in _deletes(word) | {word} for i in self._by_key.get(key, ())}
        found = [(i, kind) for i in rows if (kind := edit(word, self.words[i]))]
        if len(found) != 1:
            return None
        i, kind = found[0]
        return None if kind == "replace" and len(word) < MIN_SUBSTITUTED else self.words[i]

    def respell(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """``text`` with its slips corrected (keeping capitals), and the (slip, correction) pairs."""
        fixes: list[tuple[str, str]] = []

        def fix(match: re.Match) -> str:
            original = match.group(0)
            if original[0].islower() and self.is_word(fold(original)):
                return original  # a word of the language, not a slip (a name's slip is capitalised: "Mercador")
            corrected = self.correct(fold(original))
            if corrected is None:
                return original
            if original.isupper() and len(original) > 1:
                corrected = corrected.upper()
            elif original[0].isupper():
                corrected = corrected[0].upper() + corrected[1:]
            fixes.append((original, corrected))
            return corrected

        return _WORD.sub(fix, text), fixes
