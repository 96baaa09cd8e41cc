"""What an answer tells the reader about the question itself, one line each: how a misspelt word
was read, that the question names a source, which of its words no source uses."""
from __future__ import annotations

import re

from .text import terms

#: Words named in the note about words no source uses.
MAX_LISTED_WORDS = 5
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NAME_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def spelling_note(fixes: list[tuple[str, str]]) -> list[str]:
    """The words read as the corpus spells them ("trotksy" as "trotsky")."""
    if not fixes:
        return []
    return ["Read as the sources spell it: " + ", ".join(f"“{a}” as “{b}”" for a, b in fixes) + "."]


def named_sources_note(text: str, chosen: frozenset) -> list[str]:
    """Why the sources the question did not name may say nothing."""
    if not chosen:
        return []
    return [(f"The question names {_named(text, chosen)}: the other sources are shown only where a passage is "
             "close in meaning to the question on its own.")]


def unknown_words_note(question: str, known, found: bool) -> list[str]:
    """The question's words that no source uses (``known(term)`` is False), when they explain a thin
    answer: no source found anything, or most of the words are unknown (a question in another language)."""
    words = {}
    for word in _WORD.findall(question):
        key = terms(word)
        if key:
            words.setdefault(key[0], word)
    unknown = [w for key, w in words.items() if not known(key)]
    if not unknown:
        return []
    listed = ", ".join(f"“{w}”" for w in unknown[:MAX_LISTED_WORDS])
    if len(words) >= 3 and 2 * len(unknown) > len(words):
        return [f"Most words of the question occur in no source ({listed}): is it asked in the language of the sources?"]
    if not found:
        return [f"No source uses the word{'s' if len(unknown) > 1 else ''} {listed}."]
    return []


def _named(text: str, chosen: frozenset) -> str:
    """The runs of ``text``'s words whose terms are in ``chosen``, as typed: "“Adrian Chan-Wyles”"."""
    runs, current = [], []
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        if set(terms(word)) & chosen:
            current.append(word)
        elif current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    return " and ".join(f"“{run}”" for run in dict.fromkeys(runs))
