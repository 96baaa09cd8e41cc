"""Ranking inside a source, and the decision "this source says something relevant" or "no match".

Each candidate passage has three measurements:

* ``sentence_cosine``: the cosine between the question and the passage's best sentence, each
  sentence pooled from the passage's own forward pass (see ``embeddings.model``). One sentence
  that answers the question is not diluted by the rest of the passage.
* ``cosine``: the cosine between the question and the whole passage.
* ``coverage``: the share of the question's words the passage contains, each word counted by its
  idf squared, so that matching the question's rare words counts far more than matching the words
  every passage of the corpus shares.

Ranking uses ``sentence_cosine + 0.3 * coverage``, less a small step for passages that are not in
the author's voice, so that a source is represented first by its own words.

Relevance is a linear boundary in the (sentence cosine, coverage) plane:
``sentence_cosine + 0.7 * coverage >= 0.64``. A passage that shares none of the question's rare
words must be close in meaning on its own (cosine >= 0.64, where MiniLM's unrelated pairs sit
around 0.1-0.3 and paraphrases above 0.6); each rare word it does contain lowers the bar. The two
constants were chosen on the development questions and checked by leave-one-question-out
(``benchmarks/calibration.py`` prints both); no single cosine cut-off separates relevant sources
from the topical but silent ones, since in a corpus about one person every passage is "about" them.
Second and third passages must pass the same test, so a source is never padded with weak ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from embeddings.config import GATE_LEXICAL_WEIGHT, GATE_THRESHOLD

RANK_LEXICAL_WEIGHT = 0.3
OTHER_VOICE_PENALTY = 0.05


@dataclass(frozen=True)
class Evidence:
    index: int  # chunk row
    cosine: float  # question-passage cosine
    sentence_cosine: float  # best question-sentence cosine inside the passage
    sentence: int  # row of that sentence, -1 if none
    bm25: float
    coverage: float  # share of the question's idf^2 mass the passage contains, 0..1
    score: float  # ranking score
    role: str = "author"

    @property
    def gate(self) -> float:
        return self.sentence_cosine + GATE_LEXICAL_WEIGHT * self.coverage


def rank_score(cosine: float, sentence_cosine: float, coverage: float, role: str) -> float:
    penalty = 0.0 if role == "author" else OTHER_VOICE_PENALTY
    return sentence_cosine + RANK_LEXICAL_WEIGHT * coverage - penalty


def is_relevant(e: Evidence) -> bool:
    return e.gate >= GATE_THRESHOLD


def select(ranked: list[Evidence], k: int, overlap=lambda a, b: False) -> list[Evidence]:
    """The passages to show for one source, best first: at most ``k``, each relevant on its own,
    none overlapping one already chosen (``overlap(a, b)`` says whether two passages share text)."""
    chosen: list[Evidence] = []
    for e in ranked:
        if len(chosen) == k:
            break
        if is_relevant(e) and not any(overlap(e, c) for c in chosen):
            chosen.append(e)
    return chosen
