"""Building the index: corpus -> parse -> chunk -> embed (reusing unchanged vectors) -> disk."""
from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from . import config
from .bylines import NUMBERED_PART, page_details
from .chunking import Chunk, chunk_units, sentence_spans
from .claims import answers
from .cleaning import NAME_ALONE, TAGS, Dropped, normalize, plain, two_sentences
from .errors import AssistantError
from .interviews import (
    INTERVIEW_QUESTION,
    NARRATOR_LABEL,
    QUESTION_MAX_WORDS,
    TURN_LABEL,
    question_answered,
)
from .kinds import page_kind
from .reading import read_text
from .roles import AUTHOR, QUOTED
from .sources import NOT_LABELLED, READER_VERSION, Source, load_corpus, unread_files
from .speakers import context_line, describe, parse
from .vocabulary import corpus_words, embed_words


@dataclass(frozen=True)
class SourceChunks:
    source: Source
    chunks: list[Chunk]
    dropped: list[Dropped]  # chrome removed by cleaning, and duplicates merged away


def chunk_source(source: Source, max_words: int = config.CHUNK_MAX_WORDS) -> SourceChunks:
    """Clean, attribute and chunk one source; passages in another voice carry who speaks."""
    parsed = parse(source.text, source.body_start)
    stated = page_details(parsed.units, parsed.dropped)
    opening, named = heading_title(parsed.units)
    if not source.titled:
        source = replace(source, title=TAGS.sub("", stated.get("title") or opening) or source.title)
    # a thread's opening post names its poster: the page's author, where no byline names one
    poster = next((u.speaker for u in parsed.units if u.role == "author" and u.speaker), "")
    # (a name over an opening line that is not the page's title, or that is the title itself, names no author:
    # "GCSE History" / "Britain 1900-1939" over "The Zinoviev letter, 1924"; "Trotsky's War" / "History Hour · ...")
    named = named if opening and normalize(opening) == normalize(source.title) != normalize(named) else ""
    source = replace(source, author=source.author or stated.get("author") or poster or named,
                     date=source.date or stated.get("date", ""), kind=source.kind or page_kind(parsed.units, parsed.dropped))
    chunks, duplicates = chunk_units(source.id, source.text, parsed.units, max_words=max_words, title=source.title)
    described: dict[str, str] = {}
    questions = [d for d in parsed.dropped if d.reason == INTERVIEW_QUESTION]
    for i, chunk in enumerate(chunks):
        if chunk.speaker and chunk.speaker not in described:
            described[chunk.speaker] = describe(chunk.speaker, source.text)
        # (an interviewer's question, left out of the passages, just above the answer)
        after = chunks[i - 1].end if i else 0
        asked = next((d.text for d in reversed(questions) if after <= d.start and d.end <= chunk.start), "")
        context = _context(chunks[i - 1] if i else None, chunk, source.text, described.get(chunk.speaker, ""), asked)
        if context:
            chunks[i] = replace(chunk, context=context)
    return SourceChunks(source, chunks, parsed.dropped + duplicates)


#: How an answer's context names the question it answers (the engine shows that question over the answer).
ASKED_CONTEXT = re.compile(r"^Asked “(?P<question>.+)”, ")


def _context(previous: Chunk | None, chunk: Chunk, text: str, description: str, asked: str = "") -> str:
    """What the model reads before a chunk: who speaks (see ``context_line``); for the page's answer to
    a claim it set out, the claim; for an interview's answer, the question asked just before it too
    (``asked``, where the question is no passage of its own)."""
    context = context_line(chunk.role, chunk.speaker, description)
    if asked and context and chunk.role == QUOTED:
        return f"Asked “{' '.join(TURN_LABEL.sub('', asked.strip()).split())}”, {context}"
    if previous is None:
        return context
    if chunk.role == AUTHOR and answers(previous, chunk, text):
        return " ".join(previous.text.split())
    asked = question_answered(previous.text, previous.speaker, chunk.speaker) if chunk.role == previous.role == QUOTED else ""
    # (an interviewer's question in the page's own voice, a paragraph of its own over the answer, is asked in full)
    if chunk.role == QUOTED and previous.role == AUTHOR and len(previous.text.split()) <= QUESTION_MAX_WORDS:
        asked = question_answered(previous.text, "the page", chunk.speaker) and TURN_LABEL.sub("", previous.text.strip())
    return f"Asked “{' '.join(asked.split())}”, {context}" if asked and context else context


#: A credit with its label, never a title: "Starring:Konstantin Khabensky, ...", "Director: ...".
CREDIT = re.compile(r"^(?:starring|cast|creators?|created by|directors?|directed by|writers?|written by|producers?|"
                    r"genres?|host|presenter|narrator|language|country|runtime)\s*:", re.IGNORECASE)


#: Words that name an institution or a publication, never a person: "Oral History Project", "Coast Times".
INSTITUTION = re.compile(r"\b(?:Project|Collection|Archives?|Society|Museum|Library|Foundation|Institute|University|College|"
                         r"Press|News|Magazine|Times|Journal|Review|Online|Network|Forum|Blog|Podcast|Radio|Channel|"
                         r"Center|Centre|Association|Committee|Party|Group)\b")


def heading_title(units) -> tuple[str, str]:
    """A title for a source without metadata: the first short line of its own text, if it opens with
    one; and an author, when a person's name stands over that line as an archive sets out a text
    ("Leon Trotsky" / "Stalinism and Bolshevism")."""
    # Single words over the text are a menu's labels ("Following", "Spaces"), not its opening.
    worded = [u for u in units if len(u.text.split()) > 1]
    # (the title stands over the text: a line under another's words, a reblogged post's, is the text's own)
    opening = next((n for n, u in enumerate(worded[:4]) if u.role != "author"), 4)
    # (a sentence keeps its end under a note's mark: "... expelled from the USSR in 1929.[3]")
    heads = [(i, re.sub(r"(?<=[.!?])(?:\[[^\]]{1,20}\])+$", "", plain(u.text))) for i, u in enumerate(worded[:opening])]
    # a line of two sentences, or one long sentence, is the text already ("Did it decide the election? No.")
    # (a line without a letter, a life's years "1921 - 2019", is no title)
    heads = [(i, t) for i, t in heads if len(t.split()) <= 15 and not t.endswith((",", ":", ";")) and re.search(r"[^\W\d_]", t)
             and not two_sentences(t) and not (t.endswith(".") and len(t.split()) >= 8) and not CREDIT.match(t)]
    if not heads or heads[0][0] > 2:
        return "", ""
    # a programme's name, then its motto, over the episode's title that opens with that name ("Against the
    # Grain" / "A Program on Ideas, Politics and Culture" / "Against the Grain: The Last Days of Trotsky")
    named = next((t for n, (i, t) in enumerate(heads) for _, name in heads[:n]
                  if re.match(re.escape(name) + r"\s*(?::|[|–—-]\s)", t)), None)
    if named:
        return named.strip(" ."), ""
    # a site's or a programme's name over the title ("Radio 4" / "In Our Time" / "The Last Keeper ...")
    # (a word is a word: "Taylor & Francis Online" is a name of three)
    j = next((n for n, (i, t) in enumerate(heads) if sum(bool(re.search(r"\w", w)) for w in t.split()) > 3), None)
    if j and heads[j][0] <= 3 and not NAME_ALONE.match(heads[0][1]):  # a name over the title is its author
        heads = heads[j:]
    (i, first), rest = heads[0], heads[1:]
    if rest and rest[0][0] == i + 1 and NUMBERED_PART.match(rest[0][1]):  # a numbered lecture under its course's name
        return rest[0][1].strip(" ."), ""
    apart = worded[0].block != worded[1].block if len(worded) > 1 else True
    if (i == 0 and rest and rest[0][0] == 1 and NAME_ALONE.match(first) and (apart or not NAME_ALONE.match(rest[0][1]))
            and not rest[0][1].endswith((".", "!", "?"))):
        # (a name apart above it, in a block of its own, is a site's or a trail's: "Mexico City"; and so is one
        # that names an institution: "Oral History Project")
        return rest[0][1].strip(" ."), "" if apart or INSTITUTION.search(first) else first
    return first.strip(" ."), ""


def text_key(model: str, text: str, sentences: list[tuple[int, int]]) -> str:
    """Cache key of an embedding: the model, the exact text it saw and the sentences pooled from it."""
    return hashlib.sha256(f"{model}\x00{text}\x00{sentences}".encode()).hexdigest()


def embed_text(chunk: Chunk) -> str:
    """What the model reads for a chunk: who speaks (if not the author), then the text as it stands (a
    transcript's captions without their times, a word broken at a line's end whole: see
    :mod:`embeddings.reading`)."""
    text = read_text(chunk.text)
    return f"{chunk.context}\n{text}" if chunk.context else text


def embed_sentences(chunk: Chunk) -> list[tuple[int, int]]:
    """Sentence spans in :func:`embed_text` of the chunk."""
    shift = _context_length(chunk)
    return [(a + shift, b + shift) for a, b in sentence_spans(chunk.text)]


def _context_length(chunk: Chunk) -> int:
    """Where the chunk's own text starts in :func:`embed_text`."""
    return len(chunk.context) + 1 if chunk.context else 0


@dataclass(frozen=True)
class BuildSummary:
    index_dir: Path
    sources: int
    chunks: int
    embedded: int
    reused: int
    seconds: float
    dropped: int
    words: int = 0
    words_embedded: int = 0

    def line(self) -> str:
        return (f"index {self.index_dir}: {self.sources} sources, {self.chunks} chunks "
                f"({self.embedded} embedded now, {self.reused} reused), {self.words} distinct words "
                f"({self.words_embedded} embedded now), {self.dropped} lines of site chrome "
                f"or duplicates left out, {self.seconds:.1f}s")


def _previous_vectors(index_dir: Path, model_name: str) -> tuple[dict, dict]:
    """From the index on disk, when built with the same model: (vector, sentence vectors) by text
    key, and word vectors by word."""
    from .store import read_index

    try:
        old = read_index(index_dir)
    except AssistantError:
        return {}, {}
    if old.model_name != model_name:
        return {}, {}
    vectors = old.vectors()
    sentences = old.sentence_vectors
    rows = old.sentence_rows
    cache = {}
    for i, chunk in enumerate(old.chunks):
        lo, hi = rows[i]
        # The sentences as that build split them: a changed splitter embeds the chunk again.
        shift = chunk.start - _context_length(chunk)
        spans = [(int(a) - shift, int(b) - shift) for _, a, b in old.sentence_spans[lo:hi]]
        cache[text_key(model_name, embed_text(chunk), spans)] = (vectors[i], sentences[lo:hi])
    return cache, dict(zip(old.words, old.word_vectors))


def build_index(corpus_dir: Path = config.CORPUS_DIR, index_dir: Path = config.INDEX_DIR,
                model_name: str | None = None, full: bool = False, progress: bool = True,
                embedder=None, out=sys.stderr) -> BuildSummary:
    """Build or update the index of ``corpus_dir`` at ``index_dir``.

    Unchanged chunks reuse their vectors from the index on disk (same model, same text), so editing
    one file embeds only that file's chunks; ``full=True`` embeds everything again. On any error
    the previous index stays as it was.
    """
    import numpy as np

    from .model import get_embedder
    from .store import write_index

    started = time.perf_counter()
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    sources = load_corpus(corpus_dir)
    parsed = [chunk_source(source) for source in sources]
    chunks = [c for p in parsed for c in p.chunks]
    if not chunks:
        raise AssistantError(f"no text left to index in {corpus_dir} after cleaning; check the files")
    embedder = embedder or get_embedder(model_name)
    cache, word_cache = ({}, {}) if full else _previous_vectors(index_dir, embedder.name)
    keys = [text_key(embedder.name, embed_text(c), embed_sentences(c)) for c in chunks]
    todo = [i for i, key in enumerate(keys) if key not in cache]
    vectors = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
    per_chunk: list = [None] * len(chunks)
    for i, key in enumerate(keys):
        if key in cache:
            vectors[i], per_chunk[i] = cache[key]
    if todo:
        bar = _progress_bar(len(todo), progress, out)
        try:
            fresh, fresh_sentences = embedder.encode_passages(
                [embed_text(chunks[i]) for i in todo], [embed_sentences(chunks[i]) for i in todo],
                progress=bar.update if bar else None)
        finally:
            if bar:
                bar.close()
        vectors[todo] = fresh
        for i, sentence_vectors in zip(todo, fresh_sentences):
            per_chunk[i] = sentence_vectors
    sentences, spans = _sentence_table(chunks, per_chunk, embedder.dim)
    words = corpus_words(chunks)
    new_words = sum(w not in word_cache for w in words)
    bar = _progress_bar(new_words, progress and new_words > 0, out, "words", "word")
    try:
        word_vectors = embed_words(words, embedder, word_cache, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()

    manifest = {
        "model": {"name": embedder.name, "dim": embedder.dim, "max_tokens": getattr(embedder, "max_tokens", None)},
        "chunking": {"max_words": config.CHUNK_MAX_WORDS, "min_words": config.CHUNK_MIN_WORDS,
                     "overlap_sentences": config.CHUNK_OVERLAP_SENTENCES},
        # Relative to the index, so that a project folder moved or cloned with its index still matches.
        "corpus_dir": os.path.relpath(corpus_dir.resolve(), index_dir.resolve()),
        "files": {},
        "sidecars": {},
        "reader": READER_VERSION,
    }
    for p in parsed:
        name = p.source.path.name
        manifest["files"][name] = p.source.sha256
        sidecar = p.source.path.with_suffix(".toml")
        if sidecar.exists():
            from .sources import file_hash
            manifest["sidecars"][name] = file_hash(sidecar)
    source_meta = [dict(p.source.metadata(), path=p.source.path.name, chunks=len(p.chunks)) for p in parsed]
    for meta, p in zip(source_meta, parsed):
        if p.source.viewpoint == NOT_LABELLED:
            meta["viewpoint"] = provisional_viewpoint(p.chunks, p.source.description, p.source.title)
    report = {p.source.id: [d.to_dict() for d in p.dropped] for p in parsed}
    write_index(index_dir, manifest, source_meta, chunks, vectors, report, sentences, spans, words, word_vectors)
    summary = BuildSummary(index_dir, len(sources), len(chunks), len(todo), len(chunks) - len(todo),
                           time.perf_counter() - started, sum(len(p.dropped) for p in parsed), len(words), new_words)
    if progress:
        print(summary.line(), file=out)
    for p in parsed:
        if not p.chunks:  # reported, never silently skipped
            print(f"warning: {p.source.path.name} has no text left after cleaning; see report.json in the index",
                  file=out)
    unlabelled = [p.source for p in parsed if p.source.viewpoint == NOT_LABELLED]
    if unlabelled and progress:  # a note, not a warning: --quiet leaves it out
        names = [f"{s.path.name} ({s.id})" if s.records else s.path.name for s in unlabelled]
        print(f"note: no viewpoint label, answers will say \"{NOT_LABELLED}\": {_listed(names)} (set viewpoint in a "
              f".toml file of the same name, in front matter, or in the JSONL records)", file=out)
    unread = unread_files(corpus_dir)
    if unread:
        print(f"warning: not indexed, only .txt, .md, .html, .pdf, .docx, .epub and .jsonl files are read: "
              f"{_listed([f.name for f in unread])}",
              file=out)
    return summary


#: The opening quoted in place of a missing viewpoint label is cut at this many words.
OPENING_MAX_WORDS = 40


def provisional_viewpoint(chunks: list[Chunk], description: str = "", title: str = "") -> str:
    """The label of a source nobody has labelled: "not labelled", with how the source describes
    itself (a page's meta description) or else its first sentence in its own voice, quoted, so that
    the reader sees where it stands in its own words and no one else's. A page with no words of its
    own (a talk page: every comment signed; a transcript: every word a speaker's; a letters page:
    every letter its writer's) opens with its first named speaker's."""
    if len(description.split()) >= 5:
        how, own = "it describes itself", description
    else:
        how, own = "it opens", _opening(chunks, title)
        first = next((c for c in chunks if c.role != "author" and c.speaker), None) if not own else None
        if first is not None:
            how, own = f"it opens with {first.speaker}", _opening(chunks, title, first.role, first.speaker)
    if not own:
        return NOT_LABELLED
    words = own.split()
    quoted = " ".join(words[:OPENING_MAX_WORDS]) + ("…" if len(words) > OPENING_MAX_WORDS else "")
    return f"{NOT_LABELLED}; {how}: “{quoted}”"


def _unlabelled(sentence: str, speaker: str) -> str:
    """A transcript's turn without its speaker's label or its caption's time: "Narrator: ...", "Tom
    Reilly, son of ...: ...", "0:05 in 1937 ..."."""
    if CAPTION_TIME.match(sentence):  # one caption, up to the next one's time
        sentence = re.split(r"\s\[?\d{1,2}:\d\d(?::\d\d)?\]?\s", CAPTION_TIME.sub("", sentence, count=1))[0]
    if (speaker and sentence.startswith(speaker)) or NARRATOR_LABEL.match(sentence):
        return TURN_LABEL.sub("", sentence, count=1)
    return sentence


#: A caption's time at the head of its line: "0:05 ", "[00:01:05] ".
CAPTION_TIME = re.compile(r"^\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+")


def _opening(chunks: list[Chunk], title: str = "", role: str = "author", speaker: str = "") -> str:
    """The first sentence in the author's voice (or ``speaker``'s in ``role``), a heading or a line too
    short to say anything passed over, and so is the source's title, alone or before the first
    sentence on its line."""
    for chunk in chunks:
        if chunk.role != role or (role != "author" and chunk.speaker != speaker):
            continue
        for a, b in sentence_spans(chunk.text):
            raw = " ".join(chunk.text[a:b].split())
            sentence = _unlabelled(raw, speaker)
            if title and sentence.startswith(title + " "):
                sentence = sentence[len(title) + 1:]
            elif title and sentence == title:
                continue
            # (a caption, unpunctuated as speech is transcribed, is a sentence of its own)
            if len(sentence.split()) >= 8 and (sentence[-1] in ".?!\"”’)" or CAPTION_TIME.match(raw)):
                return sentence
    return ""


def _listed(names: list[str], shown: int = 5) -> str:
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def _sentence_table(chunks: list[Chunk], per_chunk: list, dim: int):
    """Stack sentence vectors (m, dim) with their spans (m, 3): chunk row, start, end in the file."""
    import numpy as np

    vectors, spans = [], []
    for row, (chunk, sentence_vectors) in enumerate(zip(chunks, per_chunk)):
        own = sentence_spans(chunk.text)
        if sentence_vectors is None or len(sentence_vectors) != len(own):
            continue  # no sentence vectors for this chunk: ranking falls back to the passage vector
        vectors.append(sentence_vectors)
        spans.extend((row, chunk.start + a, chunk.start + b) for a, b in own)
    if not vectors:
        return np.zeros((0, dim), dtype=np.float32), np.zeros((0, 3), dtype=np.int64)
    return np.vstack(vectors).astype(np.float32), np.asarray(spans, dtype=np.int64)


def _progress_bar(total: int, enabled: bool, out, desc: str = "embedding", unit: str = "chunk"):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=out, dynamic_ncols=True)
