"""The words a source may use for a question's word, found in the model's own word space.

The index keeps the model's vector for every distinct word of the corpus, each read alone (see
``embeddings.vocabulary``). A question's word (not a name: a name has no synonyms) is given the
corpus words whose vectors are within ``WORD_SIMILARITY`` of its own: "killed" gets "murdered"
and "rich" gets "wealth", which the stemmer does not join. A word the
corpus uses in no form has no vector to compare (embedding it would cost a second pass through
the model on every such question), and gets none. A passage that
holds such a word instead of the question's own gets half the lexical credit the word would earn
(``CREDIT``), and only in the question's sense, like any shared word (see ``assistant.relevance``).
At 0.8 the neighbours of MiniLM are near-synonyms and inflections; below about 0.7 come
antonyms and relations ("succeed" / "fail", "women" / "men").
"""
from __future__ import annotations

import re

from embeddings import config

from .text import fold, terms

#: The share of a word's lexical credit that a synonym of it earns.
CREDIT = 0.5
#: Synonyms kept per question word, closest first.
MAX_ALTERNATIVES = 5
#: A name's other forms ("Mexican" for "Mexico") open with all its letters but its last two, four at
#: least, and are this close to it in the model's word space.
FORM_MIN_LETTERS = 4
FORM_SIMILARITY = 0.7
#: Nearest corpus words looked at per question word (its own inflections among them).
NEIGHBOURS = 32
_WORD = re.compile(r"[^\W\d_]{3,}")


class Vocabulary:
    """The corpus's words with their vectors and stems."""

    def __init__(self, words: list[str], vectors):
        import faiss
        import numpy as np

        rows, stems = [], []
        for i, word in enumerate(words):
            found = terms(word)
            if len(found) == 1:  # a stop word has none
                rows.append(i)
                stems.append(found[0])
        self.words = [words[i] for i in rows]
        self.stems = stems
        self.row = {word: i for i, word in enumerate(self.words)}
        self.by_stem: dict[str, int] = {}  # the most frequent word of each stem (words come most frequent first)
        for i, stem in enumerate(stems):
            self.by_stem.setdefault(stem, i)
        self.sorted = sorted((word, i) for i, word in enumerate(self.words))  # for the words that open alike
        # A FAISS search rather than a numpy product, whose BLAS threads would linger and slow the
        # model's next forward pass on a small machine.
        self.index = faiss.IndexFlatIP(int(vectors.shape[1]) if vectors.ndim == 2 else 1)
        if rows:
            self.index.add(np.ascontiguousarray(vectors[rows], dtype=np.float32))

    def question_words(self, text: str, wanted: set[str]) -> dict[str, str]:
        """Each stem of ``wanted`` with the first word of ``text`` that gives it."""
        out: dict[str, str] = {}
        for word in _WORD.findall(fold(text)):
            found = terms(word)
            if len(found) == 1 and found[0] in wanted:
                out.setdefault(found[0], word)
        return out

    def word_of(self, stem: str) -> str:
        """The corpus's most frequent word of ``stem``."""
        return self.words[self.by_stem[stem]]

    def _vector(self, stem: str, word: str):
        """The word's vector, or that of the corpus's most frequent word of the same stem ("host"
        for "hosts"); None for a word the corpus uses in no form."""
        row = self.row.get(word, self.by_stem.get(stem))
        return None if row is None else self.index.reconstruct(row)

    def forms(self, stem: str, word: str) -> tuple[str, ...]:
        """The stems of the corpus's other forms of a name, which the stemmer keeps apart: words that
        open with all of its letters but its last two (four at least) and stand within
        ``FORM_SIMILARITY`` of it in the model's word space ("Mexican" for "Mexico", "Leninist" for
        "Lenin"; not "children" for "Chile")."""
        import bisect

        import numpy as np

        vector = self._vector(stem, word)
        if vector is None:
            return ()
        opening = word[:max(FORM_MIN_LETTERS, len(word) - 2)]
        found = []
        for other, row in self.sorted[bisect.bisect_left(self.sorted, (opening, -1)):]:
            if not other.startswith(opening):
                break
            if self.stems[row] != stem and float(np.dot(self.index.reconstruct(row), vector)) >= FORM_SIMILARITY:
                found.append(self.stems[row])
        return tuple(dict.fromkeys(found))

    def alternatives(self, words: dict[str, str]) -> dict[str, tuple[str, ...]]:
        """For each stem of ``words``: the stems of corpus words close to its word, closest first."""
        import numpy as np

        known = {stem: v for stem, word in words.items() if (v := self._vector(stem, word)) is not None}
        if not known:
            return {}
        out = {}
        for stem, vector in known.items():
            # One word per search: a search for several runs on several threads, with the same effect.
            scores, ids = self.index.search(np.ascontiguousarray(vector[None, :], dtype=np.float32),
                                            min(NEIGHBOURS, self.index.ntotal))
            close = [self.stems[i] for i, score in zip(ids[0], scores[0]) if i >= 0 and score >= config.WORD_SIMILARITY]
            picked = list(dict.fromkeys(s for s in close if s != stem and s not in words))[:MAX_ALTERNATIVES]
            if picked:
                out[stem] = tuple(picked)
        return out
