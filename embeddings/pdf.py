"""PDF documents: the text layer, page by page, and the title and author the file's metadata gives.

Pages are joined by a blank line, so that a page's running head, number and notes stand on lines of
their own for cleaning to recognise (see :mod:`embeddings.cleaning`). Citations point into this
text, which the chat's context view derives again from the file. A scan without a text layer, an
encrypted file or a damaged one is reported with its name.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import CorpusError

PDF_SUFFIXES = (".pdf",)
#: A metadata title that is a file's or a program's name ("Microsoft Word - draft3.docx") names nothing.
FILE_LIKE_TITLE = re.compile(r"\.(?:docx?|odt|rtf|pdf|tex|indd|pages)\b|^microsoft \w+ - |^untitled\b", re.IGNORECASE)


def read_pdf(path: Path) -> tuple[str, dict]:
    """(text, metadata) of a PDF file: the text of its pages joined by blank lines, and the title and
    author its metadata states. Raises CorpusError naming the file when no text can be read."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise CorpusError(f"{path}: reading PDF files needs pypdf: run `pip install pypdf`") from None
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(f"{path}: the PDF is encrypted; save an unprotected copy or its text")
        pages = [_page_text(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata or {}
    except CorpusError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged file fails in many ways inside pypdf; name it, whatever it is
        raise CorpusError(f"{path}: not a readable PDF ({type(error).__name__}: {error})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise CorpusError(f"{path}: the PDF has no text layer (a scan?); save its text or run it through OCR first")
    meta = {}
    for key, field in (("title", "/Title"), ("author", "/Author")):
        value = info.get(field)
        if isinstance(value, str) and value.strip() and not FILE_LIKE_TITLE.search(value):
            meta[key] = " ".join(value.split())
    return text, meta


def _page_text(text: str) -> str:
    """A page's text with its lines' trailing spaces and control characters gone."""
    text = "".join(c for c in text if c in "\n\t" or c >= " ")
    return "\n".join(line.rstrip() for line in text.strip().splitlines())
