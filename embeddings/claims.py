"""Claims a page states in order to answer them: a list of myths and facts ("Myth #1: The Germans
killed the officers." / "Fact: The Politburo order ... shows ..."), a fact-check's "Claim: ..." (or "Claim:"
over the claim) over its rating, an essay's objections and its replies ("Objection: ..." / "Reply: ..."). The claim is what others say, set out to be refuted: quoted, with no speaker, so that it
is never shown as the page's own view; the answer under it stays the page's.

The roles each line gets are those of :mod:`embeddings.roles`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .roles import AUTHOR, QUOTED

if TYPE_CHECKING:  # (chunking reads speakers, which reads this module)
    from .chunking import Chunk

#: The label of a claim set out to be answered: "Myth:", "Myth #2:", "Myth 3.", "The claim:", "Misconception:",
#: "Lie #1:", "Objection:", "They say:".
_CLAIMED = (r"(?:myth|claim|misconception|false claim|objection|lie|allegation|accusation|slander|rumou?r|they say|"
            r"(?:critics|opponents) (?:say|claim))")
CLAIM = re.compile(rf"^(?:the\s+)?{_CLAIMED}(?:\s*#?\s*\d{{1,2}})?\s*[:.–—-]\s+\S", re.IGNORECASE)
#: The label of the page's answer to it: "Fact:", "Reality:", "The truth:", "Rating: False", "Verdict:".
ANSWER = re.compile(r"^(?:the\s+)?(?:fact|facts|reality|truth|rating|verdict|reply|response|rebuttal|we say|our (?:answer|reply)|"
                    r"what the (?:evidence|documents|record) says?)"
                    r"\s*[:.–—-]\s+\S", re.IGNORECASE)
#: The same labels alone on their line, over the claim or the answer: "Claim:" / "Beria poisoned Stalin."
CLAIM_LABEL = re.compile(rf"^(?:the\s+)?{_CLAIMED}(?:\s*#?\s*\d{{1,2}})?\s*:$", re.IGNORECASE)
ANSWER_LABEL = re.compile(r"^(?:the\s+)?(?:fact|facts|reality|truth|rating|verdict|reply|response|rebuttal|we say)\s*:$",
                          re.IGNORECASE)
#: A claim's answer stands this many lines under it at most.
ANSWER_WITHIN = 3


def refuted_claims(lines, reasons, roles, speakers, groups) -> None:
    """Each claim line of a page of claims and answers is quoted: a claim with an answer under it, or
    any claim of a page that sets out two or more."""
    kept = [i for i, r in enumerate(reasons) if r is None and roles[i] == AUTHOR]
    # each claim as the lines it takes: one, or its label's and the next ("Claim:" / "Beria poisoned Stalin.")
    claims = [[n] for n, i in enumerate(kept) if CLAIM.match(lines[i].text.strip())]
    claims += [[n, n + 1] for n, i in enumerate(kept[:-1]) if CLAIM_LABEL.match(lines[i].text.strip())]
    for claim in claims:
        after = [lines[i].text.strip() for i in kept[claim[-1] + 1:claim[-1] + 1 + ANSWER_WITHIN]]
        answered = any(ANSWER.match(text) or ANSWER_LABEL.match(text) for text in after)
        if answered or len(claims) >= 2:
            for n in claim:
                i = kept[n]
                roles[i], speakers[i], groups[i] = QUOTED, "", 38_000 + kept[claim[0]]


def answers(claim: Chunk, chunk: Chunk, text: str) -> bool:
    """Whether ``chunk`` is the page's answer right under ``claim``, a claim it set out (nothing but
    space between them in ``text``): the model reads the claim before the answer, as the page sets it."""
    return (claim.role == QUOTED and not claim.speaker and CLAIM.match(claim.text.strip()) is not None
            and not text[claim.end:chunk.start].strip())
