"""Reading the surroundings of a cited passage from the original file, and nothing else.

A citation opens only a file of the corpus the index was built from: a path in metadata or in an
index that points elsewhere (``../../etc/passwd``, a link out of the folder) is refused, and a
file that changed since the build is not shown at stale offsets.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CONTEXT_CHARS = 700


@dataclass(frozen=True)
class Context:
    before: str
    passage: str
    after: str
    note: str = ""  # why the context is missing or partial


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve(strict=True).relative_to(folder.resolve(strict=True))
        return True
    except (OSError, ValueError):
        return False


def read_context(path: str, corpus_dir: str, sha256: str, start: int, end: int,
                 radius: int = CONTEXT_CHARS, source_id: str = "") -> Context:
    """Up to ``radius`` characters either side of ``start:end`` in the corpus file at ``path``."""
    from embeddings.sources import file_hash

    file = Path(path)
    if not inside(file, Path(corpus_dir)) or file.is_symlink() or not file.is_file():
        if not file.exists():
            return Context("", "", "", "The original file is no longer in the corpus folder.")
        return Context("", "", "", "The original file is outside the corpus folder and is not shown.")
    if sha256 and file_hash(file) != sha256:
        return Context("", "", "", "The original file changed since the index was built; rebuild to cite it again.")
    text = _original_text(file, source_id)
    if not (0 <= start <= end <= len(text)):
        return Context("", "", "", "The citation does not fit the file; rebuild the index.")
    lo, hi = max(0, start - radius), min(len(text), end + radius)
    before, after = text[lo:start], text[end:hi]
    return Context(("…" if lo else "") + before, text[start:end], after + ("…" if hi < len(text) else ""))


def _original_text(file: Path, source_id: str) -> str:
    """The text spans point into: the file itself, or for a JSONL file its source's joined records."""
    from embeddings.sources import read_jsonl

    if file.suffix.lower() == ".jsonl":
        return next((s.text for s in read_jsonl(file) if s.id == source_id), "")
    text = file.read_text(encoding="utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text
