"""Which sources a question's names and words point at.

A source is known by words outside its text: its author, publisher, kind and title, and the initials
of the names in them ("IMT" for "International Marxist Tendency"). A question word that names a
source this way and occurs in no passage ("the blog", "the forum", a byline's author) chooses that
source. A name of the question ("Roosevelt") that a source never uses, in its passages or its
metadata, rules the source out of lexical credit: what it says can only be about the name in other
words. An abbreviation is used where its name is spelled out ("NSA": "the National Security Agency"). See ``assistant.relevance`` for what "no lexical credit" means for ranking and relevance.
"""
from __future__ import annotations

from .conversation import Query
from .text import initials, terms


def known_by(source: dict) -> set[str]:
    """The terms a source is known by outside its text. A title that asks a question (a thread's:
    "Was the sinking a war crime?") is what its author asks, not a name for the source."""
    title = source.get("title") or ""
    credits = " ".join([source.get(k) or "" for k in ("author", "publisher", "kind")]
                       + ([] if title.rstrip().endswith("?") else [title]))
    return set(terms(credits)) | set(initials(credits))


class SourceNames:
    """The sources' names, and which sources a query leaves without lexical credit."""

    def __init__(self, sources: list[dict], postings: dict, chunk_source, spelled: dict[str, set[str]] | None = None,
                 headings: dict[str, str] | None = None):
        """``postings`` maps a term to (chunk rows, ...); ``chunk_source`` (n,) gives each chunk row
        its source's position in ``sources``; ``spelled`` gives each source the initials of the names
        its passages spell out ("nsa" for "National Security Agency"); ``headings`` its headings that
        stand over no text of their own, which no passage holds."""
        self.order = [s["source_id"] for s in sources]
        self.credited = {s["source_id"]: known_by(s) for s in sources}
        # (a title that asks a question chooses no source, but the names in it are names the source uses:
        # "Was Tunguska a comet?" over an article that never says "Tunguska" again; so are the names in its
        # headings, as a review names its book over its headline: "The Tunguska Mystery by Vladimir Rubtsov")
        self.headed = {s["source_id"]: set(terms((s.get("title") or "") + " " + (headings or {}).get(s["source_id"], "")))
                       for s in sources}
        self.spelled = spelled or {}
        self.postings = postings
        self.chunk_source = chunk_source
        #: Terms that name a source in its metadata and occur in no passage ("blog", "forum", "imt").
        self.words = frozenset(t for known in self.credited.values() for t in known if t not in postings)

    def without_credit(self, query: Query) -> set[str]:
        """Sources that a question choosing others passes over ("What does the blog say ...?"; with
        several named, "the blog and the essay", each is chosen), and sources that never use one of
        its names, in any of its forms ("Mexican" uses "Mexico")."""
        import numpy as np

        missing = {s for s in self.order if not self.credited[s] & query.chosen} if query.chosen else set()
        for name in query.names:
            # (a passage that uses another form of the name uses it: "Mexican" for "Mexico")
            spelled = [t for t in name if t in self.postings] + [f for t in name for f in query.forms.get(t, ()) if f in self.postings]
            rows = [self.postings[t][0] for t in spelled]
            using = set(np.unique(self.chunk_source[np.concatenate(rows)]).tolist()) if rows else set()
            # A source's author, publisher, kind or title, in its metadata, is a name the source uses, and
            # so is an abbreviation whose name it spells out ("NSA": "the National Security Agency").
            missing.update(s for i, s in enumerate(self.order) if i not in using
                           and not set(name) <= self.credited[s] | self.headed[s]
                           and not (len(name) == 1 and name[0] in self.spelled.get(s, ())))
        return missing
