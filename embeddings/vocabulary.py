"""The corpus's words, each with the model's vector for it alone.

A question's word and the word a source uses for it are often not the same ("killed", "murdered";
"financed", "funded"; "exile", "exiled"). The model places such words close together when it reads
each on its own, so the index keeps one vector per distinct word of the corpus, and retrieval can
give a passage lexical credit for the source's word (see ``assistant.synonyms``).
"""
from __future__ import annotations

import re
from collections import Counter

from .chunking import Chunk
from .reading import read_text

#: Words of three or more letters, digits and underscores excluded.
_WORD = re.compile(r"[^\W\d_]{3,}")
#: The most frequent words are kept past this many; the rest are one-off spellings and names.
MAX_WORDS = 50_000
#: Single words are short: large batches embed them fastest.
WORD_BATCH = 256


def fold_word(word: str) -> str:
    """Lowercase, accents off: the form words are stored and looked up in."""
    import unicodedata

    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).lower()


def corpus_words(chunks: list[Chunk]) -> list[str]:
    """The distinct words of the chunks as the model reads them (see embeddings.reading), folded, most
    frequent first (ties in alphabetical order)."""
    counts = Counter(fold_word(w) for chunk in chunks for w in _WORD.findall(read_text(chunk.text)))
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return ranked[:MAX_WORDS]


def embed_words(words: list[str], embedder, previous: dict | None = None, progress=None):
    """Vectors (len(words), dim) for ``words``, reusing ``previous`` (word -> vector) where it has them."""
    import numpy as np

    previous = previous or {}
    vectors = np.zeros((len(words), embedder.dim), dtype=np.float32)
    todo = []
    for i, word in enumerate(words):
        if word in previous:
            vectors[i] = previous[word]
        else:
            todo.append(i)
    if todo:
        vectors[todo] = embedder.encode([words[i] for i in todo], batch_size=WORD_BATCH, progress=progress)
    return vectors
