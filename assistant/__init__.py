"""Cited passages from contested sources, per source, labelled by viewpoint, never a verdict.

    import assistant
    engine = assistant.load()                      # the index built from corpus/ (or load(index_dir))
    answer = engine.ask("How did Trotsky die?")    # every source: its best passages, or no_match
    answer.to_dict()
    engine.search("ice axe", k=5)                  # flat ranked passages across sources
"""
from __future__ import annotations

from embeddings.errors import (
    AssistantError,
    CorpusError,
    IndexMismatchError,
    IndexMissingError,
    QueryError,
)

from .answer import Answer, Passage, SourceAnswer
from .loading import StaleIndexError, build, load

__all__ = [
    "Answer", "AssistantError", "CorpusError", "IndexMismatchError", "IndexMissingError", "Passage", "QueryError",
    "SourceAnswer", "StaleIndexError", "build", "load",
]
