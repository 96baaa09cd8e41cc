"""Parsing, chunking, embedding and the index on disk.

The data flow: corpus files -> :func:`load_corpus` -> :func:`chunk_source` (cleaning, speakers,
chunks with spans) -> :func:`build_index` (embeddings of chunks, sentences and the corpus's words,
FAISS, manifest) -> :func:`read_index`.
Nothing here imports torch until a model is needed.
"""
from .build import BuildSummary, build_index, chunk_source
from .chunking import Chunk
from .errors import (
    AssistantError,
    CorpusError,
    IndexMismatchError,
    IndexMissingError,
    QueryError,
)
from .sources import Source, load_corpus
from .store import StoredIndex, corpus_changes, read_index

__all__ = [
    "AssistantError", "BuildSummary", "Chunk", "CorpusError", "IndexMismatchError", "IndexMissingError",
    "QueryError", "Source", "StoredIndex", "build_index", "chunk_source", "corpus_changes", "load_corpus",
    "read_index",
]
