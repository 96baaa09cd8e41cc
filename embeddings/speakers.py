"""Who is speaking: the author, a reply in a thread, a reader comment, or a quotation.

A source is not one voice. This module reads the structure a web page leaves in its text:

* **Threads** (see :mod:`embeddings.threads`): posts separated by the interface footer repeated
  after each one, or opened by their headers. The first post is the author's; later ones are
  replies, each under its poster's name.
* **Comments** (see :mod:`embeddings.comments`): everything after a "N Comments" header is a
  reader comment, under its commenter's name where the page gives one.
* **Answers and microblog posts** (see :mod:`embeddings.answers`): question-and-answer sites and
  threads of posts under display names and handles.
* **Reviews** (see :mod:`embeddings.reviews`): a film site's user reviews, each under its rating.
* **Messages** (see :mod:`embeddings.messages`): a mailing list's archive or an e-mail thread, each
  message opening at its sender ("From: NAME <address>").
* **Signed discussions** (see :mod:`embeddings.signatures`): a talk page's comments, each signed at
  its end.
* **Interviews and transcripts** (see :mod:`embeddings.interviews`): each turn under a speaker's
  name is that speaker's words (a quotation), not the page's.
* **Claims set out to be answered** (see :mod:`embeddings.claims`): "Myth #1: ..." over "Fact: ...".
* **Quotations** (see :mod:`embeddings.quotations`): paragraphs in quotation marks with their
  attribution, letters, block quotes. Quoted paragraphs in a reply that repeat an earlier post
  ("NAME said:") are that poster's words, not the replier's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .answers import (
    credited_answers,
    microblog_heads,
    microblog_posts,
    photo_comments,
    photo_heads,
    signed_answers,
)
from .claims import refuted_claims
from .cleaning import Dropped, comments_start, split_lines, split_tails, unwrapped
from .comments import added_context, platform_context, reader_comments
from .interviews import (
    debate_rounds,
    debate_speeches,
    interview_turns,
    questions_and_answers,
)
from .messages import messages
from .quotations import (
    block_quotes,
    embedded_posts,
    forwarded_posts,
    primary_sources,
    quotations,
    split_quotations,
)
from .reading import plain_spaces
from .reblogs import reblog_chain
from .regions import chrome_reasons
from .reviews import critics_quotes, rated_reviews
from .roles import AUTHOR, COMMENT, QUOTED, REPLY
from .signatures import (
    advice_letters,
    signed_comments,
    signed_letters,
    signed_posts,
    split_signatures,
)
from .threads import (
    THREAD_HEADS,
    THREAD_MARK,
    poster_heads,
    thread_posts,
    thread_replies,
)


@dataclass(frozen=True)
class Unit:
    """A kept line with its voice. ``group`` changes wherever the voice or the post changes."""

    start: int
    end: int
    text: str
    block: int
    role: str
    speaker: str
    group: int


@dataclass(frozen=True)
class Parsed:
    units: list[Unit]
    dropped: list[Dropped]


#: Posters that are a site's own programs, posting its rules: their posts are the site's, not the thread's.
BOTS = frozenset({"automoderator"})


def parse(text: str, start: int = 0) -> Parsed:
    """Split ``text[start:]`` into voiced units and dropped chrome."""
    spaced = plain_spaces(text)
    lines = split_quotations(split_signatures(split_tails(unwrapped(split_lines(spaced, start), spaced))))
    reasons = chrome_reasons(lines)
    posts = thread_posts(lines, reasons)
    roles: list[str] = [AUTHOR] * len(lines)
    speakers: list[str] = [""] * len(lines)
    groups: list[int] = [0] * len(lines)

    # Share buttons can recur in an article too: only a page with a thread's marks is split into posts,
    # and a page with a comments section is an article whose "Reply" links belong to its comments.
    # (or three posts or more, each under its poster's name over its date, as a forum page saved as HTML without its buttons)
    # (a page of rated reviews under their reviewers' names is no thread)
    headed = len(poster_heads(lines, reasons)) >= THREAD_HEADS and "review rating" not in reasons
    is_thread = (any(THREAD_MARK.search(line.text) for line in lines) or headed) and comments_start(lines, reasons) is None
    if messages(lines, reasons, roles, speakers, groups):
        pass  # a mailing list's archive or an e-mail thread: each message is its sender's
    elif (is_thread and not microblog_heads(lines, reasons) and not photo_heads(lines, reasons)
          and len([p for p in posts if any(reasons[i] is None for i in p)]) >= 2):
        thread_replies(lines, reasons, posts, roles, speakers, groups)
    else:
        _one_author_or_several(lines, reasons, roles, speakers, groups)
    debate_rounds(lines, reasons, roles, speakers, groups)
    reblog_chain(lines, reasons, roles, speakers, groups)
    reader_comments(lines, reasons, roles, speakers, groups)
    added_context(lines, reasons, roles, speakers, groups)
    platform_context(lines, reasons, roles, speakers, groups)
    block_quotes(lines, reasons, roles, speakers, groups)
    embedded_posts(lines, reasons, roles, speakers, groups)
    forwarded_posts(lines, reasons, roles, speakers, groups)
    primary_sources(lines, reasons, roles, speakers, groups)
    quotations(lines, reasons, roles, speakers, groups)
    refuted_claims(lines, reasons, roles, speakers, groups)
    for i in range(len(lines)):  # a site's bot posting its rules in a thread ("AutoModerator")
        if reasons[i] is None and speakers[i].lower() in BOTS:
            reasons[i] = "bot message"

    units, dropped = [], []
    group, previous = 0, None
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            dropped.append(Dropped(line.start, line.end, text[line.start:line.end], reasons[i]))  # the file's own characters
            previous = None  # never join text across a removed line: spans must stay exact
            continue
        key = (groups[i], roles[i], speakers[i])
        if key != previous:
            group += 1
            previous = key
        units.append(Unit(line.start, line.end, line.text, line.block, roles[i], speakers[i], group))
    return Parsed(units, dropped)


def _one_author_or_several(lines, reasons, roles, speakers, groups) -> None:
    """A page that is neither a thread nor an exchange of messages: the voices of answers, posts,
    signed comments and interviews it may hold."""
    microblog_posts(lines, reasons, roles, speakers, groups)
    photo_comments(lines, reasons, roles, speakers, groups)
    rated_reviews(lines, reasons, roles, speakers, groups)
    critics_quotes(lines, reasons, roles, speakers, groups)
    signed_answers(lines, reasons, roles, speakers, groups)
    credited_answers(lines, reasons, roles, speakers, groups)
    signed_comments(lines, reasons, roles, speakers, groups)
    signed_posts(lines, reasons, roles, speakers, groups)
    signed_letters(lines, reasons, roles, speakers, groups)
    advice_letters(lines, reasons, roles, speakers, groups)
    interview_turns(lines, reasons, roles, speakers, groups)
    questions_and_answers(lines, reasons, roles, speakers, groups)
    debate_speeches(lines, reasons, roles, speakers, groups)


#: A phrase after a name that lists other things rather than describing the person: "Lenin, the
#: Bolshevik Party and the October Revolution itself".
LIST_OF_THINGS = re.compile(r"\band (?:the|a|an|his|her|their|its)\b")


def describe(name: str, text: str) -> str:
    """How the document introduces ``name``: the appositive after its first mention
    ("Esteban Volkov, the grandson of ..."), or "" when it gives none."""
    candidates = [name] + ([" ".join(name.split()[:2])] if len(name.split()) > 2 else [])
    candidates += [name.split("-")[0]] if "-" in name else []
    for candidate in candidates:
        name_re = re.escape(candidate)
        # "NAME (Hitler's minister of propaganda)" or "NAME, the grandson of ...", but not "the honour
        # of NAME, a cause ...", where the phrase describes something else.
        found = [m for pattern in (name_re + r"\s*\((?!see |cf\.|e\.g\.|ibid|\d{1,2}:\d\d)([^()]{3,80})\)",
                                   r"(?<!\bof )(?<!\bto )(?<!\bby )(?<!\bfor )" + name_re
                                   + r"\s*,\s*((?:the|a|an|his|her|their|my|our)\s[^,.;:()]{3,90})")
                 for m in [re.search(pattern, text)] if m and not LIST_OF_THINGS.search(m.group(1))]
        if found:
            return min(found, key=lambda m: m.start()).group(1).strip()
    return ""


def context_line(role: str, speaker: str, description: str = "") -> str:
    """What the model reads before a passage so that it knows who speaks."""
    who = f"{speaker}, {description}," if speaker and description else speaker
    if role == QUOTED and speaker:
        return f"{who} said:"
    if role == REPLY:
        return f"Reply by {who}:" if speaker else "Reply in the thread:"
    if role == COMMENT:
        return f"Reader comment by {who}:" if speaker else "Reader comment:"
    return ""
