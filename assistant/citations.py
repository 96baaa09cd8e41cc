"""Reading the surroundings of a cited passage from the original file, and nothing else.

A citation opens only a file of the corpus the index was built from: a path in metadata or in an
index that points elsewhere (``../../etc/passwd``, a link out of the folder) is refused, and a
file that changed since the build is not shown at stale offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
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
                 radius: int = CONTEXT_CHARS, source_id: str = "", chrome: tuple = ()) -> Context:
    """Up to ``radius`` characters of the document either side of ``start:end`` in the corpus file at
    ``path``, leaving out the ``chrome`` spans (site chrome that cleaning removed)."""
    file = Path(path)
    if not inside(file, Path(corpus_dir)) or file.is_symlink() or not file.is_file():
        if not file.exists():
            return Context("", "", "", "The original file is no longer in the corpus folder.")
        return Context("", "", "", "The original file is outside the corpus folder and is not shown.")
    stat = file.stat()
    digest, text = _read(str(file), stat.st_mtime_ns, stat.st_size, source_id)
    if sha256 and digest != sha256:
        return Context("", "", "", "The original file changed since the index was built; rebuild to cite it again.")
    if not (0 <= start <= end <= len(text)):
        return Context("", "", "", "The citation does not fit the file; rebuild the index.")
    lo, hi = max(0, start - radius), min(len(text), end + radius)
    before, after = _without(text, lo, start, chrome).lstrip(), _without(text, end, hi, chrome).rstrip()
    return Context(("…" if lo else "") + before, text[start:end], after + ("…" if hi < len(text) else ""))


def _without(text: str, lo: int, hi: int, spans) -> str:
    """``text[lo:hi]`` with the given (start, end) spans cut out and the blank lines they leave folded."""
    parts, pos = [], lo
    for a, b in sorted(spans):
        if b <= pos or a >= hi:
            continue
        parts.append(text[pos:max(a, pos)])
        pos = min(b, hi)
    parts.append(text[pos:hi])
    return re.sub(r"\n\s*\n(\s*\n)+", "\n\n", "".join(parts))


@lru_cache(maxsize=64)
def _read(path: str, mtime_ns: int, size: int, source_id: str) -> tuple[str, str]:
    """(sha256, text) of a corpus file; the cache key changes whenever the file does."""
    from embeddings.sources import file_hash, original_text

    file = Path(path)
    return file_hash(file), original_text(file, source_id)
