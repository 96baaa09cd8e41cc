"""Ranking inside a source, and the decision "this source says something relevant" or "no match".

Each candidate passage has three measurements:

* ``sentence_cosine``: the cosine between the question and the passage's best sentence, each
  sentence pooled from the passage's own forward pass (see ``embeddings.model``). One sentence
  that answers the question is not diluted by the rest of the passage.
* ``cosine``: the cosine between the question and the whole passage.
* ``coverage``: the share of the question's words the passage contains, each word counted by its
  idf squared, so that matching the question's rare words counts far more than matching the words
  every passage of the corpus shares. A question made only of such common words ("What is
  Trotskyism?") has its share taken of at least one word's worth of rarity (a word one passage in
  ten holds), so that holding them earns little (see ``BM25.query_mass``).

Ranking uses ``sentence_cosine + 0.3 * coverage``, less a small step for passages that are not in
the author's voice (0.02 for a quotation, 0.05 for a reply or a reader comment), so that a source is
represented first by its own words, then by what it quotes.

Relevance is a linear boundary in the (sentence cosine, coverage) plane:
``sentence_cosine + 1.0 * coverage >= 0.68``. A passage that shares none of the question's rare
words must be close in meaning on its own (cosine >= 0.68, where MiniLM's unrelated pairs sit
around 0.1-0.3 and paraphrases above 0.6); each rare word it does contain lowers the bar. The two
constants were chosen on the development and check questions and confirmed on paraphrases of the
development questions written afterwards, with leave-one-question-out as the estimate of how they
carry over (``benchmarks/calibration.py`` prints both); no single cosine cut-off separates relevant sources
from the topical but silent ones, since in a corpus about one person every passage is "about" them.
Second and third passages must pass the same test, so a source is never padded with weak ones.

A shared word counts for relevance only in the sense the question uses it. Each common word of the
question that a passage contains is weighted by how close in meaning the passage's sentence holding
it is to the question: ``sigmoid((cosine - 0.40) / 0.05)``, above 0.9 for a sentence about the
question (cosine 0.52 and up), about a quarter for one about something else ("killing the chance
for a world conflagration" for "How was Trotsky killed?", cosine 0.35), near 0 for unrelated ones
(0.1-0.3). The midpoint, like the boundary, is set for MiniLM. Some wordings reach no sentence of
the corpus closely ("What music does the radio programme play?": 0.38 at best, where most questions
reach 0.6-0.8); for them the midpoint is 0.25 under the best sentence cosine the question reaches,
but not under 0.3, so the sentence that does answer keeps its words. A name of the question (capitalised
words inside it, and the particles between them: "Jan van Risseghem") has one sense and counts in full where all its words stand, and
so does a number ("2011"); its first words
without its last one are another person and do not count ("Alexander Kott" for "Alexander
Parvus"). Words that stand as the question's own phrase (two or more of its consecutive words,
consecutive in the sentence too: "ice pick") are in its sense as well and count in full, which
matters for bare keyword questions, whose cosines run low. A source that never uses one of the question's names ("Roosevelt") gets no coverage at all:
whatever it says, it is not about that name in its words, so only a passage close in meaning on its
own (the cosine alone over the boundary) can speak for it. This weighting only ever lowers coverage, so it is worked out only for passages that pass
the test without it (see ``in_sense``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

from embeddings.config import GATE_LEXICAL_WEIGHT, GATE_THRESHOLD

from .synonyms import CREDIT
from .text import phrase_terms, terms

RANK_LEXICAL_WEIGHT = 0.3
#: A heading inside a passage ("Trotsky's life and achievements") names the topic of what follows
#: and says nothing of it: as the passage's best sentence its cosine counts at this weight, so the
#: passage must also be close in what it says.
HEADING_WEIGHT = 0.9
#: A question asks and says nothing in answer, yet reads closest to a question ("Was the rising a
#: White plot?" as a thread's opening post, "So why did he insist on it?" as a reply): as the
#: passage's best sentence its cosine counts at this weight too.
QUESTION_WEIGHT = 0.9
#: Ranking steps for passages not in the author's words: a quotation the author chose to bring in
#: as evidence comes after the author's own words, and a reply or a reader comment after both.
QUOTED_PENALTY = 0.02
OTHER_VOICE_PENALTY = 0.05
#: Sentence cosine at which a shared common word counts half, and how sharply it goes to 0 or 1.
SENSE_MIDPOINT = 0.40
SENSE_WIDTH = 0.05
#: For a question whose closest sentence anywhere is far (an unusual wording: "What music does the
#: radio programme play?", best 0.38), the midpoint sits this far under that best, down to the floor.
SENSE_BELOW_BEST = 0.25
SENSE_MIDPOINT_FLOOR = 0.3


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
    in_sense: float | None = None  # coverage with each common word weighted by its sentence's meaning

    @property
    def gate(self) -> float:
        coverage = self.coverage if self.in_sense is None else self.in_sense
        return self.sentence_cosine + GATE_LEXICAL_WEIGHT * coverage


def sense_weight(sentence_cosine: float, best: float = 1.0) -> float:
    """How much a shared common word counts, from the cosine of the sentence it stands in and the
    best sentence cosine the question reaches anywhere in the corpus."""
    midpoint = min(SENSE_MIDPOINT, max(SENSE_MIDPOINT_FLOOR, best - SENSE_BELOW_BEST))
    return 1.0 / (1.0 + math.exp(-(sentence_cosine - midpoint) / SENSE_WIDTH))


def rank_score(cosine: float, sentence_cosine: float, coverage: float, role: str) -> float:
    penalty = 0.0 if role == "author" else QUOTED_PENALTY if role == "quoted" else OTHER_VOICE_PENALTY
    return sentence_cosine + RANK_LEXICAL_WEIGHT * coverage - penalty


def is_relevant(e: Evidence) -> bool:
    return e.gate >= GATE_THRESHOLD


def select(ranked: list[Evidence], k: int, overlap=lambda a, b: False, in_sense=None) -> list[Evidence]:
    """The passages to show for one source, best first: at most ``k``, each relevant on its own,
    none overlapping one already chosen (``overlap(a, b)`` says whether two passages share text).
    ``in_sense(e)`` returns ``e`` with its coverage in the question's sense filled in."""
    chosen: list[Evidence] = []
    for e in ranked:
        if len(chosen) == k:
            break
        if not is_relevant(e) or any(overlap(e, c) for c in chosen):
            continue
        if in_sense is not None and e.coverage > 0:
            e = in_sense(e)
            if not is_relevant(e):
                continue
        chosen.append(e)
    return chosen


def with_sense(e: Evidence, in_sense: float) -> Evidence:
    return replace(e, in_sense=in_sense)


def in_sense(e: Evidence, query, cosines, sentences, idf, mass: float, best: float = 1.0) -> Evidence:
    """``e`` with its coverage counting each shared common word by the meaning of the sentence it
    stands in. ``cosines`` are the question's cosines with the passage's sentences, ``sentences``
    their terms; ``idf(term)`` is a word's weight in coverage and ``mass`` what coverage is a share
    of. A question of one word ("women", or "What does the forum say about women?") gives it no
    sense to hold to: it counts in full wherever it stands."""
    if not len(sentences) or sum(w > 0 for w in query.weights.values()) < 2:
        return with_sense(e, e.coverage)
    sentence_terms = [frozenset(words) for words in sentences]
    present = frozenset().union(*sentence_terms)
    # A name met in full counts in full; a first name without the last one ("Alexander" for
    # "Alexander Parvus") is another person and does not count at all.
    names = {t for name in query.names if set(name) <= present for t in name}
    strangers = {t for name in query.names if name[-1] not in present for t in name[:-1]}
    # Words met as the question's own phrase ("ice pick") are in its sense, whatever the sentence's cosine.
    phrased = phrase_terms(terms(query.text), sentences)
    discount = 0.0
    for term, weight in query.weights.items():
        if term in names or term in phrased or term.isdigit():
            continue
        share = weight * idf(term)
        if term in strangers and term in present:
            discount += share
            continue
        if term in present:
            inside = [float(c) for c, found in zip(cosines, sentence_terms) if term in found]
        else:  # credited for a word that stands for it, in the sentences holding that word
            others = frozenset(query.alternatives.get(term, ()))
            inside = [float(c) for c, found in zip(cosines, sentence_terms) if found & others]
            share *= CREDIT
        if inside:  # a word only in the speaker's description keeps its full weight
            discount += share * (1.0 - sense_weight(max(inside), best))
    return with_sense(e, max(0.0, e.coverage - discount / mass))
