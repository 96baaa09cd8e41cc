"""A long-lived engine for a server: answers from the index it has while a rebuild runs, then
picks up the new index on the next question, and says so when it cannot."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from embeddings import config
from embeddings.errors import AssistantError

from .answer import Answer


@dataclass(frozen=True)
class Status:
    ready: bool
    message: str  # one line for the page; empty when all is well


class Service:
    """Holds the current :class:`Engine` for ``index_dir``; safe to share between threads."""

    def __init__(self, index_dir: str | Path | None = None, notice: str = ""):
        self.index_dir = Path(index_dir) if index_dir is not None else config.INDEX_DIR
        self.notice = notice  # e.g. why the last rebuild failed
        self._engine = None
        self._lock = threading.Lock()
        self._problem = ""
        self._stale = ""
        self._seen = None  # (mtime, size) of the corpus files when staleness was last computed

    # The build id on disk tells whether a rebuild finished since the engine was loaded.
    def _disk_build_id(self) -> str | None:
        try:
            return json.loads((self.index_dir / "manifest.json").read_text(encoding="utf-8")).get("build_id")
        except (OSError, ValueError):
            return None

    def _building(self) -> bool:
        parent = self.index_dir.parent
        return parent.is_dir() and any(parent.glob(f".{self.index_dir.name}.building-*"))

    def engine(self):
        """The engine to answer with, reloading when a newer index is complete on disk."""
        from .loading import load

        with self._lock:
            current = self._engine
            disk = self._disk_build_id()
            if current is not None and (disk is None or disk == current.build_id):
                return current
            try:
                engine = load(self.index_dir, check_corpus=False)
                self._engine, self._problem, self._seen = engine, "", None
            except AssistantError as error:
                # Keep answering from the index already loaded; say why the new one is not used.
                self._problem = str(error)
            return self._engine

    def status(self) -> Status:
        engine = self.engine()
        if self._building():
            note = "An index build is in progress; answers come from the previous index until it finishes."
            return Status(engine is not None, note)
        if engine is None:
            return Status(False, " ".join(x for x in (f"No index to answer from: {self._problem}", self.notice) if x))
        if self._problem:
            return Status(True, f"Still answering from the previous index: {self._problem}")
        self._check_corpus(engine)
        return Status(True, " ".join(x for x in (self.notice, self._stale) if x))

    def _check_corpus(self, engine) -> None:
        """Compare the corpus with the index, hashing again only when a file's size or time moved."""
        from embeddings.sources import corpus_files
        from embeddings.store import corpus_changes

        folder = Path(engine.stored.manifest["corpus_dir"])
        try:
            seen = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in corpus_files(folder))
        except (OSError, AssistantError):
            seen = ()
        if seen == self._seen:
            return
        self._seen = seen
        changes = corpus_changes(engine.stored.manifest, reader=False)
        self._stale = (f"The corpus changed since the index was built ({'; '.join(changes[:3])}): answers come "
                       "from the last build. Run `assistant build` to update.") if changes else ""

    def ask(self, question: str, history=(), sources=None, per_source: int = config.PER_SOURCE) -> Answer:
        engine = self.engine()
        if engine is None:
            raise AssistantError(f"no index to answer from: {self._problem}")
        return engine.ask(question, history=history, sources=sources, per_source=per_source)
