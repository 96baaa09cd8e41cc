"""Shared fixtures: the real bundled model on small corpora, and a deterministic embedder for the
build mechanics where the model is beside the point."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = ROOT / "corpus"
DOCS = Path(__file__).parent / "docs"
ARTIFACTS = ROOT / "artifacts" / "screenshots"


class HashEmbedder:
    """Deterministic unit vectors from word hashes; counts what it embeds."""

    name = "hash-embedder"
    dim = 32
    max_tokens = 256

    def __init__(self, fail_after: int | None = None):
        self.embedded: list[str] = []  # passages
        self.encoded: list[str] = []  # other texts: the corpus's words
        self.fail_after = fail_after

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            h = int(hashlib.md5(word.encode()).hexdigest(), 16)
            v[h % self.dim] += 1.0
        v[0] += 1e-3
        return v / np.linalg.norm(v)

    def encode(self, texts, batch_size=32, progress=None):
        self.encoded.extend(texts)
        return np.array([self._vector(t) for t in texts], dtype=np.float32).reshape(-1, self.dim)

    def encode_passages(self, texts, sentences, batch_size=32, progress=None):
        out, per = [], []
        for text, spans in zip(texts, sentences):
            if self.fail_after is not None and len(self.embedded) >= self.fail_after:
                raise RuntimeError("embedding failed half-way")
            self.embedded.append(text)
            out.append(self._vector(text))
            per.append(np.array([self._vector(text[a:b]) for a, b in spans], dtype=np.float32).reshape(-1, self.dim))
            if progress:
                progress(1)
        return np.array(out, dtype=np.float32).reshape(-1, self.dim), per


@pytest.fixture
def hash_embedder():
    return HashEmbedder()


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    """A corpus folder with the test documents of each kind."""
    folder = tmp_path / "corpus"
    shutil.copytree(DOCS, folder)
    return folder


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    """The bundled corpus indexed with the real bundled model (built once per test session)."""
    from embeddings import build_index

    folder = tmp_path_factory.mktemp("seed")
    corpus = folder / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    build_index(corpus, folder / "index", progress=False)
    return folder / "index"


@pytest.fixture(scope="session")
def engine(seed_index):
    import assistant

    return assistant.load(seed_index)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def chunks_of(corpus: Path, source_id: str):
    """One source of a corpus folder, read and chunked as a build would: (source, its chunks)."""
    from embeddings import chunk_source, load_corpus

    source = next(s for s in load_corpus(corpus) if s.id == source_id)
    return source, chunk_source(source)


def page(folder: Path, name: str, text: str):
    """The chunks of a page saved as ``NAME.txt`` in ``folder``."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return chunks_of(folder, name)[1]


def still_in(parsed, *chrome: str) -> list[str]:
    """The pieces of ``chrome`` that some passage still holds."""
    kept = " ".join(c.text for c in parsed.chunks)
    return [c for c in chrome if c in kept]


def make_pdf(pages: list[list[str]], title: str = "", author: str = "") -> bytes:
    """A small PDF whose pages hold ``pages``' lines as text, with a title and an author in its
    metadata: a real file for the reader, written without a PDF library."""
    def text(value: str) -> bytes:
        return b"(" + value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") + b")"

    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    parent = 2 + 2 * len(pages)
    kids = []
    for lines in pages:
        stream = b"BT /F1 11 Tf 72 760 Td 14 TL " + b" ".join(text(line) + b" '" for line in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 1 0 R >> >> >>" % (parent, len(objects)))
        kids.append(len(objects))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    objects.append(b"<< /Title %s /Author %s >>" % (text(title), text(author)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % parent)
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), len(objects) - 1, xref)


def make_docx(paragraphs: list[str], title: str = "", author: str = "") -> bytes:
    """A small Word document holding ``paragraphs``, with a title and an author in its properties."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title>'
            f"<dc:creator>{escape(author)}</dc:creator></cp:coreProperties>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
        archive.writestr("docProps/core.xml", core)
    return out.getvalue()


def make_epub(chapters: list[str], title: str = "", author: str = "") -> bytes:
    """A small e-book whose chapters hold ``chapters`` (HTML bodies), in that reading order, listed
    in reverse in its manifest so that only the spine gives the order."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    items = "".join(f'<item id="c{n}" href="text/c{n}.xhtml" media-type="application/xhtml+xml"/>'
                    for n in reversed(range(len(chapters))))
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    opf = ('<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator></metadata>"
           f"<manifest>{items}</manifest><spine>{spine}</spine></package>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml",
                         '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
                         '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
                         "</rootfiles></container>")
        archive.writestr("OEBPS/book.opf", opf)
        for n, body in enumerate(chapters):
            archive.writestr(f"OEBPS/text/c{n}.xhtml", f"<html><head><title>c{n}</title></head><body>{body}</body></html>")
    return out.getvalue()
