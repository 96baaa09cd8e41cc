"""Loading an index for questions: verify it, then wrap it in an Engine."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from embeddings import config
from embeddings.errors import IndexMismatchError, IndexMissingError


class StaleIndexError(IndexMismatchError):
    """The corpus folder changed since the index was built."""


def load(index_dir: str | Path | None = None, model: str | None = None, check_corpus: bool = True):
    """The engine for the index at ``index_dir`` (default: ``ASSISTANT_INDEX`` or ``./index``).

    The index records its model; ``model`` (or ``ASSISTANT_MODEL``) only asserts which one is
    expected. With ``check_corpus`` the corpus files are compared with the hashes in the manifest.
    Where there is no index yet at the default place and the default corpus folder is there (a fresh
    clone), it is built first, with a progress bar; an index asked for by its path must exist.
    """
    from embeddings.model import get_embedder
    from embeddings.store import corpus_changes, read_index

    from .engine import Engine

    default = index_dir is None
    index_dir = Path(index_dir) if index_dir is not None else config.INDEX_DIR
    try:
        stored = read_index(index_dir)
    except IndexMissingError:
        if not (default and config.CORPUS_DIR.is_dir()):
            raise
        build(config.CORPUS_DIR, index_dir, model_name=model or os.environ.get("ASSISTANT_MODEL"), out=sys.stderr)
        stored = read_index(index_dir)
    wanted = model or os.environ.get("ASSISTANT_MODEL")
    if wanted and wanted != stored.model_name:
        raise IndexMismatchError(
            f"index at {index_dir} was built with model {stored.model_name!r}, the configured model is {wanted!r}: "
            f"run `assistant build --full --model {wanted}`")
    if check_corpus:
        changes = corpus_changes(stored.manifest, reader=False)  # an earlier reader's index still answers
        if changes:
            raise StaleIndexError(
                f"index at {index_dir} is out of date ({'; '.join(changes[:5])}"
                f"{'; ...' if len(changes) > 5 else ''}): run `assistant build`")
    return Engine(stored, get_embedder(stored.model_name))


def build(corpus_dir: str | Path | None = None, index_dir: str | Path | None = None, **options):
    """Build or update the index (see :func:`embeddings.build_index`)."""
    from embeddings import build_index

    return build_index(Path(corpus_dir or config.CORPUS_DIR), Path(index_dir or config.INDEX_DIR), **options)
