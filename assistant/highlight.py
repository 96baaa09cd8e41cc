"""The sentence(s) of a passage that best match the question: by meaning and rare words where the
passage's sentences were embedded, by weighted word overlap where not."""
from __future__ import annotations

from embeddings.chunking import sentence_spans
from embeddings.quotations import VALEDICTION

from .relevance import RANK_LEXICAL_WEIGHT, sense_weight
from .synonyms import CREDIT
from .text import terms


def highlight_row(e, query, sentences, vector, idf, mass: float) -> int:
    """The row of the sentence of passage ``e`` to mark: its cosine plus the ranking's weight times
    the share of the question's rare words it holds (a synonym counting ``CREDIT``; ``idf(term)``
    weighs a word, ``mass`` is what the share is of), so that "murdering him with an ice pick" is
    marked for "How was Trotsky killed?" over a closer sentence about his exile. A letter's close
    ("Regards", or a line that only names the passage's speaker: "Esteban Volkov") says who speaks,
    not what: it is marked only when nothing else is there."""
    lo, hi = sentences.rows[e.index]
    cosines = sentences.weighted(e.index, vector)

    def share(words: tuple[str, ...]) -> float:
        found = set(words)
        return sum(w * idf(t) * (1.0 if t in found else CREDIT if found & set(query.alternatives.get(t, ())) else 0.0)
                   for t, w in query.weights.items()) / mass

    signed = set(terms(sentences.chunks[e.index].speaker))

    def close(r: int, words: tuple[str, ...]) -> bool:
        return signed >= set(words) or bool(VALEDICTION.match(sentences.text(r).strip(" “”\"‘’")))

    # Words count in the question's sense only (see relevance): "death penalty" is not marked for "trotsky death".
    scores = [float(c) + RANK_LEXICAL_WEIGHT * sense_weight(float(c)) * share(words) - (2.0 if close(r, words) else 0.0)
              for r, c, words in zip(range(lo, hi), cosines, sentences.terms(e.index))]
    return lo + max(range(len(scores)), key=scores.__getitem__) if scores else e.sentence


def best_sentences(text: str, weights: dict[str, float]) -> tuple[int, int]:
    """Offsets ``(start, end)`` in ``text`` of the best-matching sentence, joined with the next one
    when that one matches as well. Without any shared word the first sentence is marked."""
    spans = sentence_spans(text) or [(0, len(text))]
    scored = []
    for start, end in spans:
        found = set(terms(text[start:end]))
        scored.append(sum(w for t, w in weights.items() if t in found))
    best = max(range(len(spans)), key=lambda i: (scored[i], -i))
    lo, hi = spans[best]
    if best + 1 < len(spans) and scored[best] > 0 and scored[best + 1] >= 0.75 * scored[best]:
        hi = spans[best + 1][1]
    return lo, hi
