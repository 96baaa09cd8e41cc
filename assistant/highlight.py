"""The sentence(s) of a passage that best match the question, found by weighted word overlap."""
from __future__ import annotations

from embeddings.chunking import sentence_spans

from .text import terms


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
