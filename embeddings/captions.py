"""A video page's transcript and chapters, as the page prints them: a time on a line of its own
over each caption ("0:03" / "Mail ran the most famous front page in") or over each chapter's title
("1:12" / "The letter").

Captions are the video's words, cut every few seconds, mid-sentence. They are the text: their times
stay in it (a citation of a transcript points at its moment), they join into one paragraph, and its
sentences are runs of captions up to a full stop or about :data:`SENTENCE_WORDS` words, since
spoken captions often have no punctuation at all (:func:`caption_sentences`). The model reads them
without their times (:func:`without_times`). Chapters are spaced minutes apart and name what the
transcript says, as a table of contents does: they are left out.
"""
from __future__ import annotations

import re
import statistics
from itertools import pairwise

from .cleaning import TIMESTAMP, Line

#: At least this many times, each over one short line, make a transcript or a list of chapters.
RUN_MIN = 3
#: A caption holds at most this many words; a chapter's title at most CHAPTER_WORDS.
CAPTION_WORDS = 16
CHAPTER_WORDS = 8
#: Captions follow each other within seconds (the median gap at most this); chapters minutes apart.
CAPTION_GAP = 20
#: A sentence of captions without punctuation ends after about this many words.
SENTENCE_WORDS = 20
_LINE = re.compile(r"[^\n]+")
_FULL_STOP = (".", "!", "?", "…")


def seconds(stamp: str) -> int:
    """"1:02:45" -> 3765."""
    total = 0
    for part in stamp.strip("[]() ").split(":"):
        total = 60 * total + int(part)
    return total


def mark_captions(lines: list[Line], reasons: list[str | None]) -> None:
    """Keep a transcript's captions with their times; leave a list of chapters out."""
    i = 0
    while i < len(lines):
        run = _run(lines, i)
        if len(run) < RUN_MIN:
            i += 1
            continue
        times = [seconds(lines[k].text) for k in run]
        gaps = [b - a for a, b in pairwise(times)]
        texts = [lines[k + 1].text for k in run]
        if all(g >= 0 for g in gaps) and statistics.median(gaps) <= CAPTION_GAP:
            for k in run:
                reasons[k] = reasons[k + 1] = None
        elif all(len(t.split()) <= CHAPTER_WORDS for t in texts):
            for k in run:
                reasons[k] = reasons[k + 1] = "chapter list"
        i = run[-1] + 2


def _run(lines: list[Line], i: int) -> list[int]:
    """Indices of the times in the run of time / short line pairs starting at ``i``."""
    run = []
    while (i + 1 < len(lines) and TIMESTAMP.match(lines[i].text) and not TIMESTAMP.match(lines[i + 1].text)
           and len(lines[i + 1].text.split()) <= CAPTION_WORDS):
        run.append(i)
        i += 2
    return run


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def captioned(text: str) -> bool:
    """Whether ``text`` is a transcript's captions with their times: at least two times, on every
    other line."""
    lines = _lines(text)
    times = sum(bool(TIMESTAMP.match(text[a:b].strip())) for a, b in lines)
    return times >= 2 and 2 * times >= len(lines) - 1


def caption_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of captions: from a caption's time to the caption that ends with a full stop or
    brings the words to about ``SENTENCE_WORDS``."""
    spans, start, count = [], None, 0
    for a, b in _lines(text):
        line = text[a:b].strip()
        start = a if start is None else start
        if TIMESTAMP.match(line):
            continue
        count += len(line.split())
        if line.endswith(_FULL_STOP) or count >= SENTENCE_WORDS:
            spans.append((offset + start, offset + a + len(text[a:b].rstrip())))
            start, count = None, 0
    if start is not None and count:
        end = len(text.rstrip())
        spans.append((offset + start, offset + end))
    return spans


def without_times(text: str) -> str:
    """``text`` with each caption's time blanked out, offsets unchanged: what the model reads."""
    if not captioned(text):
        return text
    return re.sub(r"(?m)^[ \t]*[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]*$", lambda m: " " * len(m.group()), text)
