"""Claims a page states in order to answer them: a list of myths and facts ("Myth #1: The Germans
killed the officers." / "Fact: The Politburo order ... shows ..."), a fact-check's "Claim: ..." over
its rating. The claim is what others say, set out to be refuted: quoted, with no speaker, so that it
is never shown as the page's own view; the answer under it stays the page's.

The roles each line gets are those of :mod:`embeddings.roles`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .roles import AUTHOR, QUOTED

if TYPE_CHECKING:  # (chunking reads speakers, which reads this module)
    from .chunking import Chunk

#: The label of a claim set out to be answered: "Myth:", "Myth #2:", "Myth 3.", "The claim:", "Misconception:".
CLAIM = re.compile(r"^(?:the\s+)?(?:myth|claim|misconception|false claim)(?:\s*#?\s*\d{1,2})?\s*[:.–—-]\s+\S", re.IGNORECASE)
#: The label of the page's answer to it: "Fact:", "Reality:", "The truth:", "Rating: False", "Verdict:".
ANSWER = re.compile(r"^(?:the\s+)?(?:fact|facts|reality|truth|rating|verdict|what the (?:evidence|documents|record) says?)"
                    r"\s*[:.–—-]\s+\S", re.IGNORECASE)
#: A claim's answer stands this many lines under it at most.
ANSWER_WITHIN = 3


def refuted_claims(lines, reasons, roles, speakers, groups) -> None:
    """Each claim line of a page of claims and answers is quoted: a claim with an answer under it, or
    any claim of a page that sets out two or more."""
    kept = [i for i, r in enumerate(reasons) if r is None and roles[i] == AUTHOR]
    claims = [n for n, i in enumerate(kept) if CLAIM.match(lines[i].text.strip())]
    for n in claims:
        answered = any(ANSWER.match(lines[i].text.strip()) for i in kept[n + 1:n + 1 + ANSWER_WITHIN])
        if answered or len(claims) >= 2:
            i = kept[n]
            roles[i], speakers[i], groups[i] = QUOTED, "", 38_000 + i


def answers(claim: Chunk, chunk: Chunk, text: str) -> bool:
    """Whether ``chunk`` is the page's answer right under ``claim``, a claim it set out (nothing but
    space between them in ``text``): the model reads the claim before the answer, as the page sets it."""
    return (claim.role == QUOTED and not claim.speaker and CLAIM.match(claim.text.strip()) is not None
            and not text[claim.end:chunk.start].strip())
