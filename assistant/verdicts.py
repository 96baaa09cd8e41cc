"""Questions that ask the assistant to judge the sources or to sum them up ("Which source is right
about Trotsky?", "Is it true that ...?", "Summarise what they say about the Red Army").

The assistant never does either. Such a question is still answered with each source's passages
about its subject; the words that ask for the judgement ("right", "true", "summarise") are not
searched for, since a passage holding them ("the right wing of the party") is not an answer, and
the answer says in one line why no verdict or summary follows.
"""
from __future__ import annotations

import re

from .text import terms

_JUDGED = (r"right|correct|true|wrong|accurate|reliable|trustworthy|biased|lying|credible|believable|"
           r"telling the truth|closer to the truth|more convincing")
#: A question asking which source is right, or whether a claim is true.
JUDGEMENT = re.compile(
    rf"\b(?:who|which|whose)\b[^?]*?\b(?:is|was|are|were|'s|’s)\s+(?:(?:more|most|the most|less)\s+)?(?:{_JUDGED})\b"
    rf"|\b(?:is|was|are)\s+(?:it|this|that|the \w+(?: \w+)?)\s+(?:(?:more|really)\s+)?(?:{_JUDGED})\b"
    rf"|\b(?:who won|verdict|who should i believe|which (?:one|side|source) should i believe)\b", re.IGNORECASE)
#: A question asking for a summary.
SUMMARY = re.compile(r"\b(?:summari[sz]e|summary|sum (?:it |them )?up|in short|in a nutshell|tl;?dr)\b", re.IGNORECASE)
#: The words that ask for the judgement or the summary, as terms: they are not searched for.
ASKING = frozenset(terms("right correct true wrong accurate reliable trustworthy biased lying credible believable truth "
                         "convincing verdict believe won summarise summarize summary sum short nutshell tldr"))

NO_JUDGEMENT = ("The assistant does not judge which source is right: each source's passages are shown in its own "
                "words, with the viewpoint it holds.")
NO_SUMMARY = ("The assistant does not summarise the sources: each source's passages are shown in its own words, "
              "with the viewpoint it holds.")


def asked_of_us(question: str) -> tuple[frozenset, list[str]]:
    """The terms of ``question`` that ask for a verdict or a summary, and the note to show; empty for
    a question about the sources' subject."""
    notes = ([NO_JUDGEMENT] if JUDGEMENT.search(question) else []) + ([NO_SUMMARY] if SUMMARY.search(question) else [])
    if not notes:
        return frozenset(), []
    return frozenset(t for t in terms(question) if t in ASKING), notes
