"""Result types: small frozen dataclasses with ``to_dict()``. An answer holds sources' words, never a verdict."""
from __future__ import annotations

from dataclasses import dataclass, field

FOUND, NO_MATCH = "found", "no_match"


@dataclass(frozen=True)
class Passage:
    """A cited passage. ``start:end`` and ``highlight`` are character offsets in the original file."""

    text: str
    score: float
    source_id: str
    chunk_id: str
    paragraph: int
    start: int
    end: int
    role: str
    speaker: str
    highlight: tuple[int, int]
    citation: str
    asked: str = ""  # an interview's answer: the question it answers, which is no passage of its own

    def to_dict(self) -> dict:
        return {
            "text": self.text, "score": round(self.score, 4), "citation": self.citation,
            "paragraph": self.paragraph, "start": self.start, "end": self.end, "role": self.role,
            "speaker": self.speaker, "highlight": list(self.highlight), "source_id": self.source_id,
            "chunk_id": self.chunk_id, **({"asked": self.asked} if self.asked else {}),
        }

    @property
    def highlighted(self) -> tuple[str, str, str]:
        """The passage split as (before, highlighted sentence(s), after)."""
        a, b = self.highlight[0] - self.start, self.highlight[1] - self.start
        return self.text[:a], self.text[a:b], self.text[b:]


@dataclass(frozen=True)
class SourceAnswer:
    """What one source says about the question, or that it says nothing relevant."""

    source_id: str
    title: str
    author: str
    path: str
    viewpoint: str
    kind: str
    date: str
    publisher: str
    status: str
    passages: tuple[Passage, ...] = ()

    def to_dict(self) -> dict:
        return {
            "source_id": self.source_id, "title": self.title, "author": self.author, "path": self.path,
            "viewpoint": self.viewpoint, "kind": self.kind, "date": self.date, "publisher": self.publisher,
            "status": self.status, "passages": [p.to_dict() for p in self.passages],
        }


@dataclass(frozen=True)
class Answer:
    """Per-source passages for one question. ``query`` is what was searched after using the history."""

    question: str
    query: str
    sources: tuple[SourceAnswer, ...]
    notes: tuple[str, ...] = field(default=())
    also: tuple = ()  # ((question word, (corpus words matched for it, ...)), ...)

    @property
    def found(self) -> list[SourceAnswer]:
        return [s for s in self.sources if s.status == FOUND]

    @property
    def no_match(self) -> list[SourceAnswer]:
        return [s for s in self.sources if s.status == NO_MATCH]

    def to_dict(self) -> dict:
        return {"question": self.question, "query": self.query, "sources": [s.to_dict() for s in self.sources],
                "notes": list(self.notes), "also_matched": {word: list(others) for word, others in self.also}}

    @property
    def also_line(self) -> str:
        """The corpus words matched for the question's words: '“murdered” for “killed”'."""
        return "; ".join(", ".join(f"“{o}”" for o in others) + f" for “{word}”" for word, others in self.also)
