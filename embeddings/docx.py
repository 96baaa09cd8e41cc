"""Word documents (.docx): their paragraphs as lines of text, and the title and author their
properties give. A .docx file is a zip of XML parts; the text is read from ``word/document.xml``
with the standard library, one line per paragraph, a blank line between paragraphs, so that
cleaning and chunking read it as they read a text file. Citations point into this text, which the
chat's context view derives again from the file.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .errors import CorpusError

DOCX_SUFFIXES = (".docx",)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PROPERTIES = {"title": "{http://purl.org/dc/elements/1.1/}title", "author": "{http://purl.org/dc/elements/1.1/}creator"}


def read_docx(path: Path) -> tuple[str, dict]:
    """(text, metadata) of a Word document. Raises CorpusError naming the file when it cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            body = ElementTree.fromstring(archive.read("word/document.xml"))
            core = archive.read("docProps/core.xml") if "docProps/core.xml" in archive.namelist() else b""
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        raise CorpusError(f"{path}: not a readable Word document ({error})") from None
    paragraphs = [_paragraph(p) for p in body.iter(f"{_W}p")]
    text = "\n\n".join(p for p in paragraphs if p.strip())
    if not text.strip():
        raise CorpusError(f"{path}: the Word document has no text")
    meta = {}
    if core:
        try:
            properties = ElementTree.fromstring(core)
        except ElementTree.ParseError:
            properties = None
        for key, tag in _PROPERTIES.items():
            found = properties.find(tag) if properties is not None else None
            if found is not None and found.text and found.text.strip():
                meta[key] = " ".join(found.text.split())
    return text, meta


def _paragraph(element) -> str:
    """A paragraph's text: its runs' text, tabs as tabs and line breaks as new lines."""
    parts = []
    for node in element.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "\n".join(line.strip() for line in "".join(parts).splitlines())
