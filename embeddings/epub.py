"""E-books (.epub): their chapters in reading order, each read as a web page is (see
:mod:`embeddings.html`), and the title and author the book's package declares.

An .epub file is a zip holding XHTML chapters and a package file (``*.opf``) that lists them in
reading order (its spine). Chapters are joined by a blank line. Citations point into this text,
which the chat's context view derives again from the file.
"""
from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .errors import CorpusError
from .html import read_html

EPUB_SUFFIXES = (".epub",)
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html")


def read_epub(path: Path) -> tuple[str, dict]:
    """(text, metadata) of an e-book. Raises CorpusError naming the file when it cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
            rootfile = container.find(f".//{_CONTAINER}rootfile")
            opf_path = rootfile.get("full-path") if rootfile is not None else None
            if not opf_path:
                raise KeyError("META-INF/container.xml names no package file")
            package = ElementTree.fromstring(archive.read(opf_path))
            items = {item.get("id"): item for item in package.iter(f"{_OPF}item")}
            base = posixpath.dirname(opf_path)
            chapters = []
            for ref in package.iter(f"{_OPF}itemref"):
                item = items.get(ref.get("idref"))
                if item is None or item.get("media-type") not in _CHAPTER_TYPES:
                    continue
                name = posixpath.normpath(posixpath.join(base, item.get("href", "")))
                chapters.append(read_html(archive.read(name).decode("utf-8", errors="replace"))[0].strip())
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        raise CorpusError(f"{path}: not a readable e-book ({error})") from None
    text = "\n\n".join(c for c in chapters if c) + "\n"
    if not text.strip():
        raise CorpusError(f"{path}: the e-book has no text")
    meta = {}
    for key, tag in (("title", f"{_DC}title"), ("author", f"{_DC}creator")):
        found = package.find(f".//{tag}")
        if found is not None and found.text and found.text.strip():
            meta[key] = " ".join(found.text.split())
    return text, meta
