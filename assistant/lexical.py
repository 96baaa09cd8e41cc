"""BM25 over the chunks, in numpy: postings per term, scores accumulated per query term."""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from .text import terms

#: Coverage counts each matched query word by idf squared: a question's rare words ("grandson",
#: "Putin") say what it is about; the corpus's common words ("Trotsky", in this corpus) barely do.
IDF_POWER = 2.0
K1 = 1.2
B = 0.75
#: Coverage is a share of at least the idf mass of a word that one text in ten holds.
MASS_FLOOR_SHARE = 0.1


class BM25:
    """Okapi BM25 (Robertson/Sparck Jones idf, floored at zero) over a fixed list of texts."""

    def __init__(self, texts: list[str]):
        import numpy as np

        docs = [terms(t) for t in texts]
        self.n = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=np.float32)
        avg = float(lengths.mean()) if self.n else 1.0
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                postings[term].append((i, tf))
        self.idf: dict[str, float] = {}
        self.postings: dict[str, tuple] = {}
        norm = K1 * (1 - B + B * lengths / max(avg, 1e-9))
        for term, rows in postings.items():
            ids = np.array([r[0] for r in rows], dtype=np.int64)
            tf = np.array([r[1] for r in rows], dtype=np.float32)
            self.idf[term] = self._idf(len(rows))
            self.postings[term] = (ids, tf * (K1 + 1) / (tf + norm[ids]))

    def query_idf(self, weighted_terms: dict[str, float]) -> float:
        """The idf mass of a query: what a chunk containing every query term would match."""
        return sum(w * self.idf.get(t, self.max_idf) ** IDF_POWER for t, w in weighted_terms.items())

    def query_mass(self, weighted_terms: dict[str, float]) -> float:
        """What a passage's coverage is a share of: the query's idf mass, but never less than that
        of one word found in ``MASS_FLOOR_SHARE`` of the texts. A query made only of words that
        nearly every passage holds ("Trotskyism", in a corpus about Trotsky) says little in words,
        so sharing them earns little; the passage must then be close in meaning on its own."""
        return max(self.query_idf(weighted_terms), self._idf(MASS_FLOOR_SHARE * self.n) ** IDF_POWER)

    def _idf(self, df: float) -> float:
        return max(0.0, math.log((self.n - df + 0.5) / (df + 0.5) + 1.0))

    @property
    def max_idf(self) -> float:
        # A word the corpus never uses is as specific as the rarest word it does.
        return self._idf(0)

    def scores(self, weighted_terms: dict[str, float], alternatives: dict | None = None, credit: float = 0.5):
        """(BM25 scores, matched idf mass) per text, each an array of shape (n,).

        ``alternatives`` maps a query term to other terms that stand for it; a text holding one of
        them and not the term itself matches ``credit`` of the term's mass, and scores ``credit`` of
        the alternative's BM25."""
        import numpy as np

        alternatives = alternatives or {}
        scores = np.zeros(self.n, dtype=np.float32)
        matched = np.zeros(self.n, dtype=np.float32)
        for term, weight in weighted_terms.items():
            share = np.zeros(self.n, dtype=np.float32)
            for other in alternatives.get(term, ()):
                if other in self.postings:
                    ids, tf_part = self.postings[other]
                    scores[ids] += credit * weight * self.idf[other] * tf_part
                    share[ids] = credit
            if term in self.postings:
                ids, tf_part = self.postings[term]
                scores[ids] += weight * self.idf[term] * tf_part
                share[ids] = 1.0
            matched += weight * self.idf.get(term, self.max_idf) ** IDF_POWER * share
        return scores, matched
