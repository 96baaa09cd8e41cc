"""A video page's transcript and chapters, as the page prints them: a time on a line of its own
over each caption ("0:03" / "Mail ran the most famous front page in") or over each chapter's title
("1:12" / "The letter"), or opening its line ("0:03 Mail ran the most famous front page in").

Captions are the video's words, cut every few seconds, mid-sentence. They are the text: their times
stay in it (a citation of a transcript points at its moment), they join into one paragraph, and its
sentences are runs of captions up to a full stop or about :data:`SENTENCE_WORDS` words, since
spoken captions often have no punctuation at all (:func:`caption_sentences`). The model reads them
without their times (:func:`without_times`), and a passage's size counts the words spoken
(:func:`spoken_words`). Chapters are spaced minutes apart and name what the
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
#: A caption that opens with its time: "0:03 Mail ran the most famous front page in".
INLINE = re.compile(r"^[\[(]?(?P<time>\d{1,2}(?::\d\d){1,2})[\])]?\s+(?P<words>\S.*)$")
SPEAKER = re.compile(r"^[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}:(?:\s|$)")
#: A caption's time at the start of its line, alone or before the words.
LEADING_TIME = re.compile(r"(?m)^[ \t]*[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?(?=[ \t]|$)")


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
        cues = _cues(lines, i)
        if len(cues) < RUN_MIN:
            i += 1
            continue
        gaps = [b - a for a, b in pairwise(seconds for _, seconds, _ in cues)]
        if all(g >= 0 for g in gaps) and statistics.median(gaps) <= CAPTION_GAP:
            reason = None
        elif all(len(words.split()) <= CHAPTER_WORDS for _, _, words in cues):
            reason = "chapter list"
        else:
            i = cues[-1][0][-1] + 1
            continue
        for indices, _, _ in cues:
            for k in indices:
                reasons[k] = reason
        i = cues[-1][0][-1] + 1


def _cues(lines: list[Line], i: int) -> list[tuple[list[int], int, str]]:
    """The run of cues starting at line ``i``: (their lines, their time in seconds, their words), each a
    time over a short line or a short line opening with its time ("0:03 Mail ran the most ...")."""
    cues = []
    while i < len(lines):
        text = lines[i].text
        if TIMESTAMP.match(text) and i + 1 < len(lines) and _short(lines[i + 1].text) \
                and not TIMESTAMP.match(lines[i + 1].text):
            cues.append(([i, i + 1], seconds(text), lines[i + 1].text))
            i += 2
        elif (inline := INLINE.match(text)) and _short(inline.group("words")):
            cues.append(([i], seconds(inline.group("time")), inline.group("words")))
            i += 1
        else:
            break
    return cues


def _short(words: str) -> bool:
    """A caption's or a chapter's length, not a speaker's turn ("Anna Berg: Welcome back")."""
    return len(words.split()) <= CAPTION_WORDS and not SPEAKER.match(words)


def is_caption_line(text: str) -> bool:
    """A caption's time on its own, or a short line that opens with one."""
    inline = INLINE.match(text)
    return bool(TIMESTAMP.match(text) or (inline and _short(inline.group("words"))))


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def captioned(text: str) -> bool:
    """Whether ``text`` is a transcript's captions with their times: at least two, on every other
    line or opening every line."""
    lines = _lines(text)
    cues = sum(is_caption_line(text[a:b].strip()) for a, b in lines)
    return cues >= 2 and 2 * cues >= len(lines) - 1


def caption_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of captions: from a caption's time to the caption that ends with a full stop or
    brings the words to about ``SENTENCE_WORDS``."""
    spans, start, count = [], None, 0
    for a, b in _lines(text):
        line = text[a:b].strip()
        start = a if start is None else start
        if TIMESTAMP.match(line):
            continue
        count += len(LEADING_TIME.sub("", line).split())
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
    return LEADING_TIME.sub(lambda m: " " * len(m.group()), text)


def spoken_words(text: str) -> int:
    """Words of ``text`` without the captions' times."""
    return len(text.split()) - len(LEADING_TIME.findall(text))


def time_at(text: str, offset: int) -> str:
    """The time of the caption that holds ``offset`` in ``text`` (a passage of a transcript), or of its
    first caption; "" for text that is not captions."""
    if not captioned(text):
        return ""
    times = [(m.start(), m.group().strip().strip("[]()")) for m in LEADING_TIME.finditer(text)]
    before = [stamp for start, stamp in times if start <= offset]
    return before[-1] if before else times[0][1] if times else ""
