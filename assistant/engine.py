"""The engine: a loaded index that answers questions with per-source passages.

ask(question, history) -> slips of the keyboard read as corpus words -> words asking for a verdict
or a summary set aside, with a note -> resolve follow-ups -> words
that name a source choose it -> corpus words standing for its words -> one query
embedding -> dense candidates (FAISS, globally and within each source so no source is crowded out)
+ lexical candidates (BM25) -> per source: fused ranking, relevance gate, best passages with
highlight and citation -> Answer.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from embeddings import config
from embeddings.build import ASKED_CONTEXT, embed_text
from embeddings.captions import time_at
from embeddings.chunking import Chunk, is_heading
from embeddings.errors import IndexMismatchError, QueryError
from embeddings.interviews import INTERVIEW_QUESTION
from embeddings.store import StoredIndex

from .answer import FOUND, NO_MATCH, Answer, Passage, SourceAnswer
from .conversation import Query, resolve
from .highlight import best_sentences, highlight_row
from .lexical import BM25, IDF_POWER
from .naming import SourceNames
from .notes import named_sources_note, spelling_note, unknown_words_note
from .relevance import Evidence, in_sense, rank_score, select
from .sentences import Sentences
from .spelling import Spelling
from .synonyms import CREDIT, Vocabulary
from .text import initials, uncapitalised, words_after
from .verdicts import asked_of_us
from .wants import wanted

#: How a citation names a voice other than the author's.
VOICE = {
    "author": lambda speaker: "",
    "reply": lambda speaker: f", reply by {speaker}" if speaker else ", reply in the thread",
    "comment": lambda speaker: f", reader comment by {speaker}" if speaker else ", reader comment",
    "quoted": lambda speaker: f", quotation from {speaker}" if speaker else ", quotation",
}

#: Why cleaning left a source's headings out of its passages: a heading over no text of its own, or the
#: title. Names in them are names the source uses (see ``assistant.naming``).
HEADING_REASONS = ("title", "heading with no text of its own")
#: Dense candidates taken from the whole index before per-source ranking.
GLOBAL_CANDIDATES = 200
#: Dense candidates taken inside a source that the global search did not reach.
SOURCE_CANDIDATES = 8
#: Lexical candidates taken from the whole index.
LEXICAL_CANDIDATES = 100


def clean_question(question: object) -> tuple[str, list[str]]:
    """A searchable question and notes about what was changed. Raises QueryError when nothing is left."""
    if not isinstance(question, str):
        raise QueryError(f"the question must be text, not {type(question).__name__}")
    notes = []
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in question)
    text = " ".join(text.split())
    if not text:
        raise QueryError("the question is empty: type a question about the sources")
    if len(text) > config.MAX_QUESTION_CHARS:
        text = text[:config.MAX_QUESTION_CHARS].rsplit(" ", 1)[0]
        notes.append(f"The question was cut to its first {len(text)} characters.")
    if not any(ch.isalnum() for ch in text):
        raise QueryError("the question has no words in it: type a question about the sources")
    return text, notes


class Engine:
    """Answers questions from one built index. Safe to call from several threads."""

    def __init__(self, stored: StoredIndex, embedder):
        import numpy as np

        if embedder.dim != stored.manifest["model"]["dim"]:
            raise IndexMismatchError(
                f"model {embedder.name!r} makes {embedder.dim}-dimensional vectors, the index at {stored.path} holds "
                f"{stored.manifest['model']['dim']}: run `assistant build --full`")
        self.stored = stored
        self.embedder = embedder
        self.chunks: list[Chunk] = stored.chunks
        self.sources: list[dict] = stored.sources
        self._source = {s["source_id"]: s for s in self.sources}
        self.ranges: dict[str, tuple[int, int]] = {}
        for i, chunk in enumerate(self.chunks):
            lo, _ = self.ranges.get(chunk.source_id, (i, i))
            self.ranges[chunk.source_id] = (lo, i + 1)
        self.bm25 = BM25([embed_text(c) for c in self.chunks])
        self.vocabulary = Vocabulary(stored.words, stored.word_vectors)
        position = {s["source_id"]: i for i, s in enumerate(self.sources)}
        chunk_source = np.array([position.get(c.source_id, -1) for c in self.chunks], dtype=np.int64)
        spelled: dict[str, set[str]] = {}
        for chunk in self.chunks:
            spelled.setdefault(chunk.source_id, set()).update(initials(chunk.text))
        headings = {sid: " ".join(d["text"] for d in dropped if d.get("reason") in HEADING_REASONS)
                    for sid, dropped in (stored.report or {}).items()}
        self.names = SourceNames(self.sources, self.bm25.postings, chunk_source, spelled, headings)
        self.spelling = Spelling(self.vocabulary.words, set(self.bm25.idf).union(*self.names.credited.values()),
                                 getattr(embedder, "is_word", lambda word: False))
        self.sentences = Sentences(self.chunks, stored.sentence_vectors, stored.sentence_spans, stored.sentence_rows)
        # Spans of site chrome per source, left out of citation context; repeated text is content, and so
        # is an interviewer's question.
        self._chrome = {sid: tuple((d["start"], d["end"]) for d in dropped
                                   if not d["reason"].startswith("duplicate") and d["reason"] != INTERVIEW_QUESTION)
                        for sid, dropped in stored.report.items()}

    @property
    def build_id(self) -> str:
        return self.stored.manifest.get("build_id", "")

    @property
    def path(self) -> Path:
        return self.stored.path

    # ----------------------------------------------------------------------------------------
    def ask(self, question: str, history: list[str] | tuple = (), sources: list[str] | None = None,
            per_source: int = config.PER_SOURCE) -> Answer:
        """Per-source passages for ``question``; every selected source appears, found or no_match."""
        text, notes = clean_question(question)
        text, fixes = self.spelling.respell(text)
        asked, refused = asked_of_us(text)
        notes = refused + notes + spelling_note(fixes)
        history = self._history(history)
        per_source = max(1, min(int(per_source), 10))
        selected = self._select(sources)
        query, vector = self._query(text, history, asked)
        evidence = self._evidence(query, selected, vector)
        in_sense = self._sense(query, vector, evidence)
        answers = []
        for source_id in selected:
            ranked = sorted(evidence.get(source_id, []), key=lambda e: -e.score)
            relevant = select(ranked, per_source, self._overlap, in_sense)
            answers.append(self._source_answer(source_id, relevant, query, vector))
        known = lambda term: term in self.bm25.idf or any(term in c for c in self.names.credited.values())
        notes += unknown_words_note(text, known, found=any(a.passages for a in answers))
        notes += named_sources_note(query.text, query.chosen)
        return Answer(text, query.text, tuple(answers), tuple(notes), query.also)

    def search(self, query: str, k: int = 10, sources: list[str] | None = None,
               history: list[str] | tuple = ()) -> list[Passage]:
        """Flat ranked passages across the selected sources, best first (no relevance gate)."""
        text, _ = self.spelling.respell(clean_question(query)[0])
        resolved, vector = self._query(text, self._history(history))
        evidence = self._evidence(resolved, self._select(sources), vector)
        flat = sorted((e for items in evidence.values() for e in items), key=lambda e: -e.score)
        return [self._passage(e, resolved, vector) for e in flat[:max(1, int(k))]]

    def _history(self, history) -> list[str]:
        return [self.spelling.respell(clean_question(h)[0])[0] for h in history or () if isinstance(h, str) and h.strip()]

    def _query(self, text: str, history: list[str], asked: frozenset = frozenset()):
        """The resolved query, with the corpus words that stand for its words (names aside), and its
        vector. ``asked`` are words that ask for a verdict or a summary: they are not searched for."""
        query = resolve(uncapitalised(text), [uncapitalised(h) for h in history], self.names.words)
        if asked and set(query.weights) - asked:
            query = replace(query, weights={t: 0.0 if t in asked else w for t, w in query.weights.items()})
        # A word that names a source only in its metadata ("the blog", an author in a byline) chooses
        # the source: no passage holds it, so it weighs nothing in matching, and the other sources
        # get no lexical credit (see assistant.naming).
        chosen = frozenset(t for t in query.weights if t in self.names.words)
        # The word after a source's name belongs with it ("the radio show", "the blog post", "does the
        # essay mention"), unless it is a name.
        spoken = set(chosen) | words_after(query.text, chosen)
        if chosen and set(query.weights) - spoken:
            query = replace(query, weights={t: 0.0 if t in spoken else w for t, w in query.weights.items()}, chosen=chosen)
        names = {t for name in query.names for t in name}
        # a name's other forms, which a source may use for it ("the Mexican government" for "Mexico")
        named = self.vocabulary.question_words(query.text, names)
        forms = {t: found for t, word in named.items() if (found := self.vocabulary.forms(t, word))}
        if forms:
            query = replace(query, forms=forms)
        words = self.vocabulary.question_words(query.text, {t for t in query.weights if t not in names})
        found = self.vocabulary.alternatives(words)
        if found:
            also = tuple((words[t], tuple(self.vocabulary.word_of(a) for a in others)) for t, others in found.items())
            query = replace(query, alternatives=found, also=also)
        return query, self._embed(query.text)

    def _overlap(self, a: Evidence, b: Evidence) -> bool:
        x, y = self.chunks[a.index], self.chunks[b.index]
        return x.start < y.end and y.start < x.end

    def source(self, source_id: str) -> dict:
        return self._source[source_id]

    def context(self, passage: Passage, radius: int | None = None):
        """The text around a passage in its original file (see :mod:`assistant.citations`)."""
        from .citations import CONTEXT_CHARS, read_context

        source = self._source[passage.source_id]
        return read_context(source["path"], self.stored.manifest["corpus_dir"], source.get("sha256", ""),
                            passage.start, passage.end, radius or CONTEXT_CHARS, passage.source_id,
                            self._chrome.get(passage.source_id, ()))

    # ----------------------------------------------------------------------------------------
    def _select(self, sources: list[str] | None) -> list[str]:
        order = [s["source_id"] for s in self.sources]
        if not sources:
            return order
        unknown = [s for s in sources if s not in self._source]
        if unknown:
            raise QueryError(f"unknown source id {unknown[0]!r}; the sources are: {', '.join(order)}")
        wanted = set(sources)
        return [s for s in order if s in wanted]

    def _embed(self, text: str):
        return self.embedder.encode([text])[0]

    def _evidence(self, query: Query, selected: list[str], vector=None) -> dict[str, list[Evidence]]:
        """Candidate chunks per source with their dense and lexical scores; for a question that asks
        for a time or a number, only chunks that hold one (see :mod:`assistant.wants`)."""
        import numpy as np

        vector = self._embed(query.text) if vector is None else vector
        index = self.stored.faiss_index
        n = index.ntotal
        dense: dict[int, float] = {}
        if n:
            k = min(n, GLOBAL_CANDIDATES)
            scores, ids = index.search(vector[None, :], k)
            dense.update((int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0)
            reached = {self.chunks[i].source_id for i in dense}
            for source_id in selected:
                if source_id in reached or source_id not in self.ranges:  # a source may have no text left
                    continue
                dense.update(self._search_source(source_id, vector))
        bm25, matched = self.bm25.scores(query.weights, query.alternatives, CREDIT)
        top = min(LEXICAL_CANDIDATES, len(bm25))
        lexical = np.argpartition(-bm25, top - 1)[:top] if top else []
        mass = self._mass(query)
        for i in lexical:
            i = int(i)
            if bm25[i] > 0 and i not in dense:
                dense[i] = float(np.dot(index.reconstruct(i), vector))
        chosen = set(selected)
        needed = wanted(query.text)  # a time for "When ...?", a number for "How many ...?"
        rows = [i for i in dense if self.chunks[i].source_id in chosen and (needed is None or needed.search(self.chunks[i].text))]
        best_sentence = self.sentences.best(rows, vector)
        unnamed = self.names.without_credit(query)
        out: dict[str, list[Evidence]] = {}
        for i in rows:
            cosine = dense[i]
            sentence_cosine, sentence_row = best_sentence.get(i, (cosine, -1))
            coverage = 0.0 if self.chunks[i].source_id in unnamed else float(matched[i]) / mass
            role = self.chunks[i].role
            out.setdefault(self.chunks[i].source_id, []).append(
                Evidence(i, cosine, sentence_cosine, sentence_row, float(bm25[i]), coverage,
                         rank_score(cosine, sentence_cosine, coverage, role), role))
        return out

    def _mass(self, query: Query) -> float:
        """What coverage is a share of. A question that chooses a source by name ("What does the blog
        say about Lenin?") asks what that source says of its other words, however common they are in
        the corpus; the other sources get no lexical credit (see assistant.naming)."""
        if query.chosen:
            return self.bm25.query_idf(query.weights) or 1.0
        return self.bm25.query_mass(query.weights)

    def _search_source(self, source_id: str, vector) -> list[tuple[int, float]]:
        """Dense candidates inside one source's rows, so that no source is crowded out."""
        import faiss
        import numpy as np

        index = self.stored.faiss_index
        lo, hi = self.ranges[source_id]
        selector = faiss.IDSelectorRange(lo, hi)
        if isinstance(index, faiss.IndexIVF):
            params = faiss.SearchParametersIVF(sel=selector, nprobe=index.nprobe)
        else:
            params = faiss.SearchParameters(sel=selector)
        scores, ids = index.search(vector[None, :], min(SOURCE_CANDIDATES, hi - lo), params=params)
        found = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
        if not found and hi - lo <= 50_000:
            # An approximate index may probe no cell holding this source: score its rows exactly.
            scores = index.reconstruct_n(lo, hi - lo) @ vector
            top = np.argsort(-scores)[:SOURCE_CANDIDATES]
            found = [(lo + int(i), float(scores[i])) for i in top]
        return found

    def _sense(self, query: Query, vector, evidence: dict[str, list[Evidence]]):
        """The function that fills in a passage's coverage in the question's sense, given how close
        the question comes to any candidate sentence."""
        best = max((e.sentence_cosine for items in evidence.values() for e in items), default=1.0)
        return lambda e: self._in_sense(e, query, vector, best)

    def _in_sense(self, e: Evidence, query: Query, vector, best: float = 1.0) -> Evidence:
        """``e`` with its coverage in the question's sense (see :func:`assistant.relevance.in_sense`)."""
        idf = lambda t: self.bm25.idf.get(t, self.bm25.max_idf) ** IDF_POWER
        return in_sense(e, query, self.sentences.cosines(e.index, vector), self.sentences.terms(e.index), idf,
                        self._mass(query), best)

    def _passage(self, e: Evidence, query: Query, vector) -> Passage:
        chunk = self.chunks[e.index]
        source = self._source[chunk.source_id]
        if e.sentence >= 0:
            row = self._highlight_row(e, query, vector)
            start, end = self.sentences.span(row)
            if row + 1 < self.sentences.rows[e.index][1] and is_heading(self.sentences.text(row)):
                end = self.sentences.span(row + 1)[1]  # a heading is marked with the words under it
            lo, hi = start - chunk.start, end - chunk.start
        else:
            lo, hi = best_sentences(chunk.text, query.weights)
        moment = time_at(chunk.text, lo)  # a transcript's passage is cited at the time it is said
        at = f", at {moment}" if moment else ""
        citation = f"{source['title']}{at}, ¶{chunk.paragraph}, chars {chunk.start}–{chunk.end}{VOICE[chunk.role](chunk.speaker)}"
        asked = ASKED_CONTEXT.match(chunk.context)
        return Passage(chunk.text, e.score, chunk.source_id, chunk.id, chunk.paragraph, chunk.start, chunk.end,
                       chunk.role, chunk.speaker, (chunk.start + lo, chunk.start + hi), citation,
                       asked.group("question") if asked else "")

    def _highlight_row(self, e: Evidence, query: Query, vector) -> int:
        idf = lambda t: self.bm25.idf.get(t, self.bm25.max_idf) ** IDF_POWER
        return highlight_row(e, query, self.sentences, vector, idf, self.bm25.query_idf(query.weights) or 1.0)

    def _source_answer(self, source_id: str, relevant: list[Evidence], query: Query, vector) -> SourceAnswer:
        s = self._source[source_id]
        passages = tuple(self._passage(e, query, vector) for e in relevant)
        return SourceAnswer(source_id, s["title"], s.get("author", ""), s["path"], s.get("viewpoint", ""),
                            s.get("kind", ""), s.get("date", ""), s.get("publisher", ""),
                            FOUND if passages else NO_MATCH, passages)
