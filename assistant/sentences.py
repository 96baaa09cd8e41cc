"""The sentences of the indexed passages, and how close each comes to a question.

Each sentence was embedded inside its passage at build time (see :mod:`embeddings.build`):
``vectors`` is ``(n_sentences, d)``, ``spans`` is ``(n_sentences, 3)`` with each sentence's chunk
row and its character span in the original file, and ``rows[chunk]`` is the ``(lo, hi)`` range of
that chunk's sentences.
"""
from __future__ import annotations

import re
from functools import lru_cache

from embeddings.reading import read_text

from .relevance import HEADING_WEIGHT, QUESTION_WEIGHT
from .text import terms

#: A heading or a label is a line of at most this many words that does not end as a sentence does.
HEADING_MAX_WORDS = 10
SENTENCE_END = re.compile(r"[.?!:;\"”’)]$")
QUESTION_END = re.compile(r"\?[\"”’)]*$")


class Sentences:
    """The sentences of the chunks of one index: their vectors, spans and words."""

    def __init__(self, chunks, vectors, spans, rows):
        self.chunks = chunks
        self.vectors = vectors
        self.spans = spans
        self.rows = rows
        #: For each sentence, the weight of its cosine as a passage's best sentence.
        self.weights = self._weights()
        #: ``terms(row)``: each sentence's terms, for chunk ``row``.
        self.terms = lru_cache(maxsize=4096)(self._terms)

    def text(self, r: int) -> str:
        row, start, end = (int(x) for x in self.spans[r])
        chunk = self.chunks[row]
        return chunk.text[start - chunk.start:end - chunk.start]

    def span(self, r: int) -> tuple[int, int]:
        _, start, end = (int(x) for x in self.spans[r])
        return start, end

    def cosines(self, row: int, vector):
        """The cosine of each sentence of chunk ``row`` with the question, ``(hi - lo,)``."""
        lo, hi = self.rows[row]
        return self.vectors[lo:hi] @ vector

    def weighted(self, row: int, vector):
        """The cosines of :meth:`cosines` at each sentence's weight as a passage's best sentence."""
        lo, hi = self.rows[row]
        return self.weights[lo:hi] * (self.vectors[lo:hi] @ vector)

    def best(self, rows: list[int], vector) -> dict[int, tuple[float, int]]:
        """For each chunk row: the highest weighted sentence cosine and that sentence's row."""
        import numpy as np

        ranges = [self.rows[i] for i in rows]
        index = np.concatenate([np.arange(lo, hi) for lo, hi in ranges]) if ranges else np.zeros(0, dtype=np.int64)
        if not len(index):
            return {}
        scores = self.weights[index] * (self.vectors[index] @ vector)
        out, pos = {}, 0
        for i, (lo, hi) in zip(rows, ranges):
            if hi > lo:
                k = int(np.argmax(scores[pos:pos + hi - lo]))
                out[i] = (float(scores[pos + k]), lo + k)
            pos += hi - lo
        return out

    def _weights(self):
        """``HEADING_WEIGHT`` for a heading or a label inside a longer passage (a line of at most
        ``HEADING_MAX_WORDS`` words that does not end as a sentence does), ``QUESTION_WEIGHT`` for
        a question, 1 for the rest (see :mod:`assistant.relevance`)."""
        import numpy as np

        out = np.ones(len(self.spans), dtype=np.float32)
        for r, (row, _, _) in enumerate(self.spans):
            lo, hi = self.rows[int(row)]
            text = self.text(r).strip()
            if hi - lo > 1 and len(text.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(text):
                out[r] = HEADING_WEIGHT
            elif QUESTION_END.search(text):
                out[r] = QUESTION_WEIGHT
        return out

    def _terms(self, row: int) -> tuple[tuple[str, ...], ...]:
        lo, hi = self.rows[row]
        return tuple(tuple(terms(read_text(self.text(r)))) for r in range(lo, hi))
