"""Reading a corpus folder: documents, their metadata, and the checks that keep bad files out.

A corpus folder holds:

* ``NAME.txt`` / ``NAME.md``: one source each, kept byte for byte (citations point into it).
  Metadata comes from a sidecar ``NAME.toml`` beside it, or from a front-matter block at the top
  of the file (``---`` lines around ``key: value`` lines). Without either, the title is made from
  the file name and the viewpoint is "not labelled".
* ``NAME.html`` / ``NAME.htm``: a saved web page; its text is read as a reader sees it (see
  :mod:`embeddings.html`) and citations point into that text. Title, author, site and date come
  from the page's ``<title>`` and ``<meta>`` tags unless a sidecar says otherwise.
* ``NAME.pdf``: a PDF's text layer, page by page (see :mod:`embeddings.pdf`); citations point into
  that text. Title and author come from the file's metadata unless a sidecar says otherwise.
* ``NAME.docx``: a Word document's paragraphs (see :mod:`embeddings.docx`); citations point into
  that text. Title and author come from the document's properties unless a sidecar says otherwise.
* ``NAME.epub``: an e-book's chapters in reading order, each read as a web page (see
  :mod:`embeddings.epub`); title and author from the book's package.
* ``NAME.jsonl``: records ``{"id", "text", "source", ...}``; records sharing ``source`` form one
  source whose text is the records' texts joined by blank lines. Optional per-source metadata keys
  (``title``, ``author``, ``viewpoint``, ...) are read from the first record that has them.
"""
from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .docx import DOCX_SUFFIXES, read_docx
from .epub import EPUB_SUFFIXES, read_epub
from .errors import CorpusError
from .html import HTML_SUFFIXES, read_html
from .pdf import PDF_SUFFIXES, read_pdf

DOCUMENT_SUFFIXES = (".txt", ".md") + HTML_SUFFIXES + PDF_SUFFIXES + DOCX_SUFFIXES + EPUB_SUFFIXES
#: Documents whose text is derived from the file (not the file's bytes), and how.
DERIVED = {**{s: read_pdf for s in PDF_SUFFIXES}, **{s: read_docx for s in DOCX_SUFFIXES},
           **{s: read_epub for s in EPUB_SUFFIXES}}
METADATA_KEYS = ("id", "title", "author", "publisher", "kind", "date", "viewpoint", "url", "description")
NOT_LABELLED = "not labelled"
#: How files are read into text, voices and page details. Raised whenever a change moves a span or
#: a voice, so that an index built by an earlier reader counts as out of date and is rebuilt.
READER_VERSION = 140
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class Source:
    """One source document and what a reader needs to know about it."""

    id: str
    title: str
    path: Path
    text: str  # the whole original file (or the joined records of a JSONL source)
    body_start: int = 0  # where the document starts after any front matter
    author: str = ""
    publisher: str = ""
    kind: str = ""
    date: str = ""
    viewpoint: str = NOT_LABELLED
    url: str = ""
    description: str = ""  # how the source describes itself (a page's meta description), when it does
    sha256: str = ""
    titled: bool = True  # False when the title is only made from the file name
    # For JSONL sources: (record id, start, end) of each record inside ``text``.
    records: tuple = field(default=(), repr=False)

    def metadata(self) -> dict:
        return {
            "source_id": self.id,
            "title": self.title,
            "author": self.author,
            "publisher": self.publisher,
            "kind": self.kind,
            "date": self.date,
            "viewpoint": self.viewpoint,
            "url": self.url,
            "description": self.description,
            "path": str(self.path),
            "sha256": self.sha256,
        }


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The document files of a corpus folder, in a stable order."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist: create it or pass --corpus DIR")
    files = [
        p for p in sorted(corpus_dir.iterdir())
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in DOCUMENT_SUFFIXES + (".jsonl",)
    ]
    return files


def unread_files(corpus_dir: Path) -> list[Path]:
    """Files of a corpus folder that are neither documents nor metadata: they are not indexed."""
    return [p for p in sorted(Path(corpus_dir).iterdir())
            if p.is_file() and not p.name.startswith(".")
            and p.suffix.lower() not in DOCUMENT_SUFFIXES + (".jsonl", ".toml")]


def load_corpus(corpus_dir: Path) -> list[Source]:
    """Read every source of ``corpus_dir``. All problems are reported together in one error."""
    files = corpus_files(corpus_dir)
    if not files:
        raise CorpusError(f"corpus folder {corpus_dir} has no .txt, .md, .html, .pdf, .docx, .epub or .jsonl files")
    sources: list[Source] = []
    problems: list[str] = []
    for path in files:
        try:
            if path.suffix.lower() == ".jsonl":
                sources.extend(read_jsonl(path))
            else:
                sources.append(_read_document(path))
        except CorpusError as error:
            problems.append(str(error))
    seen: dict[str, Path] = {}
    for source in sources:
        if source.id in seen:
            problems.append(f"{source.path}: source id {source.id!r} is already used by {seen[source.id]}; give one of them another id")
        seen.setdefault(source.id, source.path)
    if problems:
        raise CorpusError("; ".join(problems))
    return sources


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise CorpusError(f"{path}: cannot be read ({error.strerror or error})") from None
    if size > config.MAX_FILE_BYTES:
        raise CorpusError(
            f"{path}: {size / 2**20:.0f} MB is over the {config.MAX_FILE_BYTES / 2**20:.0f} MB limit per file; "
            "split it or raise ASSISTANT_MAX_FILE_MB")


def _read_text(path: Path) -> str:
    _check_size(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: cannot be read ({error.strerror or error})") from None
    if b"\x00" in raw:
        raise CorpusError(f"{path}: looks like a binary file (it contains NUL bytes); corpus files must be UTF-8 text")
    try:
        text = _decode(raw, path)
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not UTF-8 text (bad byte at offset {error.start}); save it as UTF-8") from None
    if not text.strip():
        raise CorpusError(f"{path}: the file is empty")
    return text


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 text without a BOM (spans count from after it); a web page may declare another charset."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.IGNORECASE)
        if path.suffix.lower() not in HTML_SUFFIXES or declared is None:
            raise
        try:
            text = raw.decode(declared.group(1).decode("ascii"))
        except LookupError:  # a charset Python does not know
            raise UnicodeDecodeError("utf-8", raw, 0, 1, "unknown charset") from None
    return text.removeprefix("\ufeff")


def _front_matter(text: str, path: Path) -> tuple[dict, int]:
    """``---``-delimited ``key: value`` lines at the top of a file; returns (metadata, body start)."""
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return {}, 0
    end = re.search(r"^---[ \t]*$", text[3:], flags=re.MULTILINE)
    if end is None:
        raise CorpusError(f"{path}: front matter opened with '---' is never closed with another '---' line")
    block = text[3:3 + end.start()]
    meta: dict[str, str] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise CorpusError(f"{path}: front matter line {number} is not 'key: value': {line.strip()[:60]!r}")
        meta[key.strip().lower()] = value.strip().strip('"').strip("'")
    body_start = 3 + end.end()
    while body_start < len(text) and text[body_start] in "\r\n":
        body_start += 1
    return meta, body_start


def _sidecar(path: Path) -> dict:
    sidecar = path.with_suffix(".toml")
    if not sidecar.exists():
        return {}
    try:
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CorpusError(f"{sidecar}: malformed metadata ({error}); fix the TOML or delete the file") from None
    return {k.lower(): v for k, v in data.items()}


def _clean_meta(meta: dict, path: Path) -> dict:
    out = {}
    for key in METADATA_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, (str, int, float)):
            raise CorpusError(f"{path}: metadata {key!r} must be text, got {type(value).__name__}")
        out[key] = " ".join(str(value).split())
    if "id" in out and not _ID_RE.match(out["id"]):
        raise CorpusError(f"{path}: source id {out['id']!r} must be lowercase letters, digits, '.', '_' or '-'")
    return out


def default_id(stem: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._")
    return (slug or "source")[:64]


def default_title(stem: str) -> str:
    words = re.sub(r"[_-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else stem


def _read_document(path: Path) -> Source:
    if path.suffix.lower() in DERIVED:
        return _read_derived(path)
    text = _read_text(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return _read_page(path, text)
    front, body_start = _front_matter(text, path)
    if not text[body_start:].strip():
        raise CorpusError(f"{path}: the file has metadata but no text")
    meta = _clean_meta({**front, **_sidecar(path)}, path)
    return _source(meta, meta.get("id") or default_id(path.stem), path.stem, path, text, file_hash(path),
                   body_start=body_start)


def _read_page(path: Path, source: str) -> Source:
    text, declared = read_html(source)
    if not text.strip():
        raise CorpusError(f"{path}: the page has no text outside its markup")
    meta = _clean_meta({**declared, **_sidecar(path)}, path)
    return _source(meta, meta.get("id") or default_id(path.stem), path.stem, path, text, file_hash(path))


def _read_derived(path: Path) -> Source:
    """A PDF, a Word document or an e-book: its text and properties as its reader derives them."""
    _check_size(path)
    text, declared = DERIVED[path.suffix.lower()](path)
    meta = _clean_meta({**declared, **_sidecar(path)}, path)
    return _source(meta, meta.get("id") or default_id(path.stem), path.stem, path, text, file_hash(path))


def original_text(path: Path, source_id: str = "") -> str:
    """The text a source's spans point into: the file itself, the text a page, a PDF, a Word document
    or an e-book gives, or a JSONL source's joined records."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return next((s.text for s in read_jsonl(path) if s.id == source_id), "")
    if suffix in DERIVED:
        return DERIVED[suffix](path)[0]
    raw = path.read_bytes()
    try:
        text = _decode(raw, path)
    except UnicodeDecodeError:  # changed since the build: the caller's hash check says so
        text = raw.decode("utf-8", errors="replace")
    return read_html(text)[0] if suffix in HTML_SUFFIXES else text


def _source(meta: dict, source_id: str, name: str, path: Path, text: str, digest: str, **extra) -> Source:
    """A Source from cleaned metadata, with the fallbacks for what the metadata leaves out."""
    return Source(
        id=source_id,
        title=meta.get("title") or default_title(name),
        titled=bool(meta.get("title")),
        path=path.resolve(),
        text=text,
        author=meta.get("author", ""),
        publisher=meta.get("publisher", ""),
        kind=meta.get("kind", ""),
        date=meta.get("date", ""),
        viewpoint=meta.get("viewpoint") or NOT_LABELLED,
        url=meta.get("url", ""),
        description=meta.get("description", ""),
        sha256=digest,
        **extra,
    )


def read_jsonl(path: Path) -> list[Source]:
    text = _read_text(path)
    groups: dict[str, list[dict]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(f"{path}: line {number} is not JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise CorpusError(f"{path}: line {number} needs a JSON object with a 'text' string")
        if not record["text"].strip():
            raise CorpusError(f"{path}: line {number} has empty 'text'")
        record.setdefault("id", str(number))
        record["source"] = str(record.get("source") or path.stem)
        groups.setdefault(record["source"], []).append(record)
    if not groups:
        raise CorpusError(f"{path}: no records")
    digest = file_hash(path)
    sources = []
    for name, records in groups.items():
        meta: dict = {}
        for record in records:
            for key in METADATA_KEYS:
                if key != "id" and key in record and key not in meta:
                    meta[key] = record[key]
        meta = _clean_meta(meta, path)
        parts, spans, offset = [], [], 0
        for record in records:
            body = record["text"]
            spans.append((str(record["id"]), offset, offset + len(body)))
            parts.append(body)
            offset += len(body) + 2
        sources.append(_source(meta, default_id(name), name, path, "\n\n".join(parts), digest, records=tuple(spans)))
    return sources
