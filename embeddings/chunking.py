"""Chunks: sentence- and paragraph-aware passages with exact spans in the original text.

``original[chunk.start:chunk.end] == chunk.text`` always holds. One chunk holds one voice (the
author, one reply, one comment or one quotation), never a blend. A chunk starts and ends on a
paragraph or sentence boundary; a paragraph too long for the model is cut into windows of whole
sentences that overlap by one sentence. Headings and one-line paragraphs join their neighbour.
A chunk whose words already stand in an earlier chunk of the same source (a post quoted in a
reply, a repeated quotation) is not indexed twice.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import asdict, dataclass

from . import config
from .captions import caption_sentences, captioned, is_caption_line, spoken_words
from .cleaning import BOX_LABEL, LINK_NOTE, TAGS, TIMESTAMP, Dropped, normalize
from .roles import QUOTED
from .speakers import Unit

#: An author's line this short, without a full stop, that joined no paragraph is a title or a heading
#: whose section was removed; the title is in the source's details already.
LONE_HEADING_WORDS = 12
#: Lines above a page's title are its site's masthead when they are this short and hold no sentence.
MASTHEAD_MAX_WORDS = 40
TERMINAL = tuple(".!?:;\"”’)…»")
#: A note's mark after a sentence's full stop: "in 1921.[3]", "of his post.2", "was lost.*".
NOTE_MARK = re.compile(r"(?<=[.!?\"”’)])(?:\[\d{1,3}\]|\d{1,3}|[*†‡])+$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Ý])")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
#: A line this short that the next line does not continue is a unit of its own (see sentence_spans).
SHORT_LINE_WORDS = 8
#: A quotation this long or longer that stands inside an earlier passage is left out as a repeat.
TRIMMED_QUOTE_MIN_WORDS = 5
_ABBREVIATION = re.compile(r"(\b[A-Z]|\b(Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|vs|e\.g|i\.e|No|Vol|pp|p|cf|ca|Ph\.D))\.$")


@dataclass(frozen=True)
class Chunk:
    """A passage of one source, in one voice, with its place in the original file."""

    id: str
    source_id: str
    start: int
    end: int
    paragraph: int  # the ordinal of the non-blank line of the file where the passage starts
    role: str
    speaker: str
    text: str
    context: str = ""  # who is speaking, read by the model before the text ("Reply by NAME:")

    def to_dict(self) -> dict:
        return asdict(self)


def words(text: str) -> int:
    """Words of ``text``; a transcript's caption times are not words."""
    return spoken_words(text)


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (shifted by ``offset``); abbreviations and initials do not end one.

    A line break ends a sentence too when the next line does not continue it (it does not start in
    lower case) and the line before is complete, short (a heading, a title, an entry of a list or of
    credits) or set off by a blank line; hard-wrapped prose stays whole. A transcript's captions make
    sentences of their own kind (see :mod:`embeddings.captions`).
    """
    if captioned(text):
        return caption_sentences(text, offset)
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        following = text[match.end():match.end() + 1]
        if following.islower() or not line.strip():
            continue
        if line.rstrip().endswith(TERMINAL) or words(line) <= SHORT_LINE_WORDS or match.group().count("\n") > 1:
            spans.extend(_sentences(text, start, match.start(), offset))
            start = match.end()
    spans.extend(_sentences(text, start, len(text), offset))
    return spans


def _sentences(text: str, lo: int, hi: int, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[lo:hi]``, split at sentence-final punctuation."""
    part = text[lo:hi]
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(part):
        if _ABBREVIATION.search(part[start:match.start()].rstrip("\"”’)]")):
            continue
        spans.append((offset + lo + start, offset + lo + match.start()))
        start = match.end()
    end = len(part.rstrip())
    if end > start:
        spans.append((offset + lo + start, offset + lo + end))
    return spans


def chunk_units(source_id: str, text: str, units: list[Unit], max_words: int = config.CHUNK_MAX_WORDS,
                min_words: int = config.CHUNK_MIN_WORDS, title: str = "") -> tuple[list[Chunk], list[Dropped]]:
    """Turn voiced units into chunks; returns (chunks, duplicates that were merged away). A short
    passage of the author's that ends with the source's ``title`` (a thread's question standing
    alone) is shown with the source already, and is no passage of it, unless it is all the source says."""
    line_starts = [m.start() for m in re.finditer(r"(?m)^[^\S\n]*\S", text)]  # (a line may open with a no-break space)
    paragraphs = _paragraphs(units)
    joined = _join_short(text, paragraphs, min_words, target=min(max_words, 100),
                         same_block=len({u.block for u in units}) > 1)
    spans: list[tuple[int, int, Unit]] = []
    thread = any(u.role in ("reply", "comment") or (u.role == "author" and u.speaker) for u in units)
    for start, end, unit in joined:
        if words(text[start:end]) <= max_words:
            spans.append((start, end, unit))
        else:
            spans.extend((s, e, unit) for s, e in _windows(text, start, end, target=min(max_words, 110)))
    chunks: list[Chunk] = []
    dropped: list[Dropped] = []
    seen: dict[str, str] = {}  # normalized sentence -> id of the first chunk that holds it
    # Above the title's own line, lines without a sentence are the site's masthead ("World Socialist Web
    # Site" / "wsws.org" / "Published by ..."), not the source's words.
    titled = next((n for n, (start, end, unit) in enumerate(spans) if title and unit.role == "author"
                   and normalize(LINK_NOTE.sub("", text[start:end].rstrip())) == normalize(title)), 0)
    for n, (start, end, unit) in enumerate(spans):
        body = text[start:end]
        key = normalize(body)
        if not key:
            continue
        if (n < titled and unit.role == "author" and words(body) <= MASTHEAD_MAX_WORDS and not _SENTENCE_END.search(body)
                and not body.rstrip().endswith(TERMINAL[:3])):
            dropped.append(Dropped(start, end, body, "masthead"))
            continue
        # The site's labels over the title inside the first passage ("Fact Check" / "History" / "Did Beria
        # Poison Stalin?" / "A claim that ...") are its masthead.
        cut = _above_title(body, title) if title and not chunks and unit.role == "author" and not thread else 0
        if cut:
            dropped.append(Dropped(start, start + len(body[:cut].rstrip()), body[:cut].rstrip(), "masthead"))
            start, body = start + cut, body[cut:]
            key = normalize(body)
        # A label and its value ("Director: Alexander Kott") is text, unless it opens the page as its title.
        # (A sentence with a heading under it, "In 1929 Trotsky was expelled." / "Primary Sources", is text.)
        if (unit.role == "author" and (":" not in body or not chunks) and not NOTE_MARK.sub("", body.rstrip()).endswith(TERMINAL[:3])
                and (words(body) < LONE_HEADING_WORDS or _headings_only(body))
                and not any(NOTE_MARK.sub("", line.rstrip()).endswith(TERMINAL[:3]) for line in body.splitlines())
                and not _boxed(text, spans, n)):
            dropped.append(Dropped(start, end, body, "heading with no text of its own"))
            continue
        # The title, alone or under the site's name and motto ("Screen and History" / "a blog about films ...").
        if (title and len(spans) > 1 and unit.role == "author"
                and normalize(TAGS.sub("", LINK_NOTE.sub("", body.rstrip()))).endswith(normalize(title))
                and (words(body) < LONE_HEADING_WORDS + words(title) or _masthead_over(body, title))):
            dropped.append(Dropped(start, end, body, "title"))
            continue
        # A chunk all of whose sentences stand in earlier chunks is a repeat (a quoted post, the
        # tail of an overlapping window): linear in the text, unlike comparing chunk pairs.
        sentences = [k for k in (normalize(body[a:b]) for a, b in sentence_spans(body)) if k] or [key]
        if all(k in seen for k in sentences):
            dropped.append(Dropped(start, end, body, f"duplicate of {seen[sentences[0]]}"))
            continue
        # A quotation trimmed from an earlier passage of the page (a reply quoting part of a post) is a repeat too.
        if unit.role == QUOTED and len(key.split()) >= TRIMMED_QUOTE_MIN_WORDS:
            source = next((c for c in chunks if f" {key} " in f" {normalize(c.text)} "), None)
            if source is not None:
                dropped.append(Dropped(start, end, body, f"duplicate of {source.id}"))
                continue
        chunk_id = f"{source_id}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"
        for k in sentences:
            seen.setdefault(k, chunk_id)
        paragraph = bisect.bisect_right(line_starts, start)
        chunks.append(Chunk(chunk_id, source_id, start, end, max(paragraph, 1), unit.role, unit.speaker, body))
    # A magazine's pull quote set in large type above the paragraph it is taken from repeats that paragraph's words.
    pulled = {n: later for n, c in enumerate(chunks) if c.role == QUOTED and not c.speaker
              and len(normalize(c.text).split()) >= TRIMMED_QUOTE_MIN_WORDS
              for later in chunks[n + 1:n + 3] if f" {normalize(c.text)} " in f" {normalize(later.text)} "}
    for n, later in pulled.items():
        c = chunks[n]
        dropped.append(Dropped(c.start, c.end, c.text, f"duplicate of {later.id}"))
    return [c for n, c in enumerate(chunks) if n not in pulled], dropped


def _boxed(text: str, spans, n: int) -> bool:
    """Whether passage ``n`` holds an article's box of points or stands under its label ("Key points:" /
    "The keeper left the island in 1952" / ...): short lines, no sentence, the text's own summary."""
    lines = text[spans[n][0]:spans[n][1]].splitlines()
    label = text[spans[n - 1][0]:spans[n - 1][1]].splitlines()[-1:] if n else []
    return any(BOX_LABEL.match(line.strip()) for line in lines[:-1] + label)


def _above_title(body: str, title: str) -> int:
    """Where the title's line starts in a passage that opens with short lines without a sentence (a
    site's labels) over the title and a sentence under it; 0 where the passage does not open so."""
    offset = 0
    for line in body.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and normalize(LINK_NOTE.sub("", stripped)) == normalize(title):
            rest = body[offset + len(line):]
            return offset if any(part.strip().endswith(TERMINAL) for part in rest.splitlines()) else 0
        if stripped and (words(stripped) > LONE_HEADING_WORDS or stripped.endswith(TERMINAL)):
            return 0
        offset += len(line)
    return 0


def _masthead_over(body: str, title: str) -> bool:
    """Whether the lines of ``body`` above its closing ``title`` are a site's name and motto: short, no sentence."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    above = lines[:-len(title.splitlines())] if len(lines) > len(title.splitlines()) else []
    return bool(above) and words(" ".join(above)) <= MASTHEAD_MAX_WORDS and all(
        words(line) <= LONE_HEADING_WORDS and not line.endswith(TERMINAL) for line in above)


def _headings_only(body: str) -> bool:
    """Whether a passage is short lines only, none ending a sentence: a site's name, a title and a
    category over a post ("Warships Community" / "The Peruvian peace plan ..." / "Cold War Navies")."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return len(lines) > 1 and all(words(line) <= SHORT_LINE_WORDS and not line.endswith(TERMINAL) for line in lines)


def _paragraphs(units: list[Unit]) -> list[tuple[int, int, Unit, int]]:
    """Join lines broken mid-sentence (a line without final punctuation followed by a lowercase one),
    and a transcript's captions to their times."""
    out: list[list] = []
    for unit in units:
        if out:
            start, _, first, last = out[-1]
            broken = not last.text.endswith(TERMINAL) and (unit.text[:1].islower() or words(last.text) <= 6)
            broken = broken or bool(TIMESTAMP.match(unit.text) or TIMESTAMP.match(last.text)
                                    or (is_caption_line(unit.text) and is_caption_line(last.text)))
            if last.group == unit.group and broken:
                out[-1] = [start, unit.end, first, unit]
                continue
        out.append([unit.start, unit.end, unit, unit])
    return [(s, e, first, last.block) for s, e, first, last in out]


def _join_short(text: str, paragraphs, min_words: int, target: int, same_block: bool) -> list[tuple[int, int, Unit]]:
    """Join paragraphs of one voice: a short one (a heading, a salutation) to the paragraph after it,
    or to the one before when it closes its voice ("Thanks"); and lines of one blank-line block."""
    out: list[list] = []  # [start, end, unit, words, block]
    for n, (start, end, unit, block) in enumerate(paragraphs):
        count = words(text[start:end])
        if out:
            prev = out[-1]
            # (a heading over more words in its voice, a removed line between, heads them: it closes nothing)
            after = paragraphs[n + 1][2] if n + 1 < len(paragraphs) else None
            heading = (after is not None and unit.role == "author" and (after.role, after.speaker) == (unit.role, unit.speaker)
                       and is_heading(text[start:end]))
            closing = after is None or (after.group != unit.group and not heading)
            short = (prev[3] < min_words and not heading) or (count < min_words and closing)
            in_block = same_block and prev[4] == unit.block
            if prev[2].group == unit.group and (short or in_block) and prev[3] + count <= target:
                prev[1], prev[3], prev[4] = end, prev[3] + count, block
                continue
        out.append([start, end, unit, count, block])
    return [(s, e, u) for s, e, u, _, _ in out]


#: A book's chapter or part heading, with its full stop: "CHAPTER II.", "Chapter 12", "PART ONE."
CHAPTER = re.compile(r"^(?:chapter|part|book)\s+(?:[ivxlc]+|\d+|[a-z]+)\.?$", re.IGNORECASE)


def is_heading(body: str) -> bool:
    """A line that heads what follows: short, neither a sentence nor a label with its value ("Producer: ...")."""
    body = body.strip()
    if CHAPTER.match(body):
        return True
    return ("\n" not in body and ":" not in body and not body.startswith(("―", "—", "–", "-"))  # (an attribution)
            and not NOTE_MARK.sub("", body).endswith(TERMINAL))


def _word_runs(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as spans of at most ``size`` words."""
    spans = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    if len(spans) <= size:
        return [(start, end)]
    return [(start + spans[k][0], start + spans[min(k + size, len(spans)) - 1][1]) for k in range(0, len(spans), size)]


def _windows(text: str, start: int, end: int, target: int) -> list[tuple[int, int]]:
    """Windows of whole sentences of about ``target`` words, overlapping by one sentence. A sentence
    longer than that (a transcript without punctuation) is cut into runs of ``target`` words, so that
    none runs past what the model reads."""
    sentences = [piece for a, b in sentence_spans(text[start:end], start) for piece in _word_runs(text, a, b, target)]
    windows, i = [], 0
    while i < len(sentences):
        j, count = i, 0
        while j < len(sentences) and (j == i or count + words(text[sentences[j][0]:sentences[j][1]]) <= target):
            count += words(text[sentences[j][0]:sentences[j][1]])
            j += 1
        windows.append((sentences[i][0], sentences[j - 1][1]))
        if j >= len(sentences):
            break
        # Overlap by a sentence only when it still leaves room for new text in the next window.
        overlap = j - config.CHUNK_OVERLAP_SENTENCES
        size = sum(words(text[a:b]) for a, b in sentences[overlap:j + 1])
        i = overlap if overlap > i and size <= target else j
    return windows
