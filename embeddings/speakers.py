"""Who is speaking: the author, a reply in a thread, a reader comment, or a quotation.

A source is not one voice. This module reads the structure a web page leaves in its text:

* **Threads**: posts are separated by the same interface footer ("Share this post", "Link to
  post"...) repeated after each one. The first post is the author's; later ones are replies.
  A poster's name comes from "Edited by NAME", from a later "NAME said:" whose quoted text is found
  in the post, or from a signature line the post shares with a post whose poster is known.
  Posts also open at a numbered header ("Olga P." / "Member" / "Mar 4, 2021" / "#3").
* **Comments**: everything after a "N Comments" header is a reader comment.
* **Answers and microblog posts** (see :mod:`embeddings.answers`): question-and-answer sites and
  threads of posts under display names and handles.
* **Reviews** (see :mod:`embeddings.reviews`): a film site's user reviews, each under its rating.
* **Messages** (see :mod:`embeddings.messages`): a mailing list's archive or an e-mail thread, each
  message opening at its sender ("From: NAME <address>").
* **Signed discussions** (see :mod:`embeddings.signatures`): a talk page's comments, each signed at
  its end.
* **Interviews and transcripts** (see :mod:`embeddings.interviews`): each turn under a speaker's
  name is that speaker's words (a quotation), not the page's.
* **Quotations** (see :mod:`embeddings.quotations`): paragraphs in quotation marks with their
  attribution, letters, block quotes. Quoted paragraphs in a reply that repeat an earlier post
  ("NAME said:") are that poster's words, not the replier's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .answers import (
    HANDLE_ALONE,
    MONTHS,
    NAME_LINE,
    credited_answers,
    microblog_heads,
    microblog_posts,
    photo_comments,
    photo_heads,
    signed_answers,
)
from .cleaning import (
    Dropped,
    Line,
    comments_start,
    is_prose,
    normalize,
    split_lines,
    split_tails,
)
from .interface import NAV_LABELS
from .interviews import debate_speeches, interview_turns, questions_and_answers
from .messages import messages
from .quotations import (
    SAID,
    block_quotes,
    embedded_posts,
    forwarded_posts,
    primary_sources,
    quotations,
    split_quotations,
)
from .reading import plain_spaces
from .regions import chrome_reasons
from .reviews import rated_reviews
from .roles import AUTHOR, COMMENT, QUOTED, REPLY
from .signatures import signed_comments, signed_letters, signed_posts, split_signatures


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


#: Forum software's line over each post: "Post by NAME » Mon Mar 04, 2019 9:12 pm".
POST_BY = re.compile(r"^(?:post )?by (?P<name>[^»]{1,40}?) » .{4,60}$", re.IGNORECASE)
EDITED_BY = re.compile(r"^edited(?: \d+ \w+ ago| [a-z]{3,9} \d{1,2}, \d{4})? by (?P<name>.{1,40}?)\.?$", re.IGNORECASE)
THREAD_MARK = re.compile(
    r"(?:\b(?:said|wrote):(?:\s*↑.{0,40})?$|^post by .{1,40} » |^edited(?: \d+ \w+ ago)? by |\bposts? in this (?:topic|thread)|^link to (?:this )?post$|"
    r"^(?:quote|reply|report post|multiquote|reply with quote)$|^(?:posted|joined|join date)\b|^originally posted by |^quote from: |"
    r"^#\d{1,5}$|^[\w\-.]{2,30}\s+\d+\s+\w+\s+ago\s*\||^\[[–+-]\]\s*[\w\-.]{2,30}\s+[\d,]+ points?|"
    r"^[\w\-.]{2,32}(?: [\w\-.]{2,32})?\s+[—–]\s+(?:today at|yesterday at|\d{1,2}/\d{1,2}/\d{2,4})\s*\d{1,2}:\d\d)", re.IGNORECASE)
#: A post's header on one line: its poster, its time and its links ("gullrock 8 hours ago | parent | next [–]").
POSTER_AGO = re.compile(r"^(?:\[[–+-]\]\s*)?(?P<name>[\w\-.]{2,30})\s+(?:(?:[\d,]+ points?|score hidden)\s+)?"
                        r"\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*(?:\|.{0,80})?$"
                        # a chat's message: "saltmarsh — 03/06/2021 2:14 PM", "saltmarsh — Today at 2:14 PM"
                        r"|^(?P<chatter>[\w\-.]{2,32}(?: [\w\-.]{2,32})?)\s+[—–]\s+(?:today at|yesterday at|\d{1,2}/\d{1,2}/\d{2,4})"
                        r"\s*\d{1,2}:\d\d\s*(?:[ap]m)?$", re.IGNORECASE)
#: The time of a post over its words: "Posted February 16, 2018", "Posted February 16, 2018 (edited)".
POST_TIME = re.compile(r"^(?:posted|published)(?: on)?:?\s+\S.{2,40}\d{4}(?:\s*\(edited\))?$", re.IGNORECASE)
#: A poster's count of posts under their name: "412", "1.1k".
COUNT = re.compile(r"^\s*[\d.,]+\s*k?\s*$", re.IGNORECASE)
#: A post's number under its poster's name and details: "#2", or Simple Machines' "« Reply #2 on: DATE »"
#: (the first post's "« on: DATE »").
POST_NUMBER = re.compile(r"^#\d{1,5}$|^«\s*(?:reply #\d{1,5}\s+)?on:\s+\S.{3,60}»$", re.IGNORECASE)
#: A comment's depth in a thread, over its poster: "level 1", "level 2".
LEVEL = re.compile(r"^level \d{1,2}$", re.IGNORECASE)
#: What ends a post's words and opens its signature, in forums of the Simple Machines kind.
LOGGED = re.compile(r"^logged$", re.IGNORECASE)
#: The link that opens a quoted post in full ("NAME said:" / the quote / "Click to expand..."): inside a post.
QUOTE_TOGGLE = re.compile(r"^click to (?:expand|shrink)\s*(?:\.{3}|…)?$", re.IGNORECASE)
#: Posters that are a site's own programs, posting its rules: their posts are the site's, not the thread's.
BOTS = frozenset({"automoderator"})
#: A poster's handle on a line of its own, above the time of the post ("tide_historian" / "· 3 yr. ago").
HANDLE = re.compile(r"^(?:u/)?(?P<name>[\w\-.]{2,40})$")


def parse(text: str, start: int = 0) -> Parsed:
    """Split ``text[start:]`` into voiced units and dropped chrome."""
    lines = split_quotations(split_signatures(split_tails(split_lines(plain_spaces(text), start))))
    reasons = chrome_reasons(lines)
    posts = _posts(lines, reasons)
    roles: list[str] = [AUTHOR] * len(lines)
    speakers: list[str] = [""] * len(lines)
    groups: list[int] = [0] * len(lines)

    # Share buttons can recur in an article too: only a page with a thread's marks is split into posts,
    # and a page with a comments section is an article whose "Reply" links belong to its comments.
    is_thread = any(THREAD_MARK.search(line.text) for line in lines) and comments_start(lines, reasons) is None
    if messages(lines, reasons, roles, speakers, groups):
        pass  # a mailing list's archive or an e-mail thread: each message is its sender's
    elif (is_thread and not microblog_heads(lines, reasons) and not photo_heads(lines, reasons)
          and len([p for p in posts if any(reasons[i] is None for i in p)]) >= 2):
        _thread(lines, reasons, posts, roles, speakers, groups)
    else:
        _one_author_or_several(lines, reasons, roles, speakers, groups)
    _comments(lines, reasons, roles, speakers, groups)
    block_quotes(lines, reasons, roles, speakers, groups)
    embedded_posts(lines, reasons, roles, speakers, groups)
    forwarded_posts(lines, reasons, roles, speakers, groups)
    primary_sources(lines, reasons, roles, speakers, groups)
    quotations(lines, reasons, roles, speakers, groups)
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
    signed_answers(lines, reasons, roles, speakers, groups)
    credited_answers(lines, reasons, roles, speakers, groups)
    signed_comments(lines, reasons, roles, speakers, groups)
    signed_posts(lines, reasons, roles, speakers, groups)
    signed_letters(lines, reasons, roles, speakers, groups)
    interview_turns(lines, reasons, roles, speakers, groups)
    questions_and_answers(lines, reasons, roles, speakers, groups)
    debate_speeches(lines, reasons, roles, speakers, groups)


def _posts(lines: list[Line], reasons: list[str | None]) -> list[list[int]]:
    """Line indices per post, split at interface footers that recur through the page."""
    runs, current = [], []
    for i, reason in enumerate(reasons):
        if reason is not None:
            current.append(i)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    ui_runs = Counter()
    for run in runs:
        # (a poster's count of posts and a post's time, over its words, recur when two posts share a poster
        # or a day, the link under a quote recurs with the quotes, and a numbered post's header holds its
        # buttons: they end no post; nor does "Logged", whose post goes on to its signature)
        if any(POST_NUMBER.match(lines[i].text) for i in run):
            continue
        for key in {normalize(lines[i].text) for i in run if reasons[i] == "interface text"
                    and not POST_TIME.match(lines[i].text) and not COUNT.match(lines[i].text)
                    and not QUOTE_TOGGLE.match(lines[i].text) and not LOGGED.match(lines[i].text)}:
            ui_runs[key] += 1
    recurring = {key for key, n in ui_runs.items() if n >= 2}
    # A post ends after the last footer line of a run; what follows (a "NAME said:") opens the next.
    # Buttons over the first post ("Post Reply", again under the last) end no post: the first post opens at
    # its header ("Post by NAME » DATE"), or where no post has one, at the first sentence.
    first = next((i for i, line in enumerate(lines) if reasons[i] is None
                  and (POST_BY.match(line.text) or POSTER_AGO.match(line.text))), None)
    if first is None:
        first = next((i for i, line in enumerate(lines) if reasons[i] is None and is_prose(line.text)), len(lines))
    boundaries = {max(i for i in run if normalize(lines[i].text) in recurring)
                  for run in runs if run[-1] > first and any(normalize(lines[i].text) in recurring for i in run)}
    # A post numbered in its header ("Olga P." / "Member" / "Mar 4, 2021" / "#3") opens at its poster's
    # name; the first one opens the thread, with the page's title above it.
    numbered = [i for i, line in enumerate(lines) if reasons[i] is not None and POST_NUMBER.match(line.text)]
    for i in numbered[1:]:
        k = i - 1
        while k > 0 and reasons[k] is not None:
            k -= 1
        detailed = any(reasons[j] in ("member profile", "date line") for j in range(k + 1, i))
        if k > 0 and len(lines[k].text.split()) <= 4 and detailed:
            boundaries.add(k - 1)
    # A post that opens at its poster's name over its date ("harbourlight" / "Mar 2021"), as forums of the
    # Discourse kind set them (the first perhaps taken for the page's byline): each after the first opens a post.
    headed = [i for i in range(1, len(lines) - 1) if reasons[i] in (None, "byline") and reasons[i + 1] == "date line"
              and (HANDLE_ALONE.match(lines[i].text) or NAME_LINE.match(lines[i].text))]
    if len(headed) >= 2:
        boundaries.update(i - 1 for i in headed[1:])
    # A post whose header is one line ("gullrock 8 hours ago | next [–]") opens at it, and so does a comment
    # under its depth in the thread ("level 2"), as a link aggregator's older pages set it.
    boundaries.update(i - 1 for i, line in enumerate(lines) if i > 0 and (POSTER_AGO.match(line.text) or LEVEL.match(line.text)))
    posts, current = [], []
    for i in range(len(lines)):
        current.append(i)
        if i in boundaries:
            posts.append(current)
            current = []
    if current:
        posts.append(current)
    return posts


def _thread(lines, reasons, posts, roles, speakers, groups) -> None:
    posts = [p for p in posts if any(reasons[i] is None for i in p)]
    _mark_signatures(lines, reasons, posts)
    names: list[str] = [""] * len(posts)
    signatures: list[set[str]] = []
    quotes: list[tuple[int, str, list[int]]] = []  # (post, name, quoted line indices)
    for n, post in enumerate(posts):
        signatures.append({normalize(lines[i].text) for i in post if reasons[i] in ("repeated line", "signature")})
        for k, i in enumerate(post):
            edited = EDITED_BY.match(lines[i].text)
            if edited and reasons[i] is not None:
                names[n] = edited.group("name").strip()
            posted = (POST_BY.match(lines[i].text) or POSTER_AGO.match(lines[i].text)) if reasons[i] is None else None
            if posted:
                reasons[i] = "poster line"
                names[n] = names[n] or (posted.group("name") or posted.groupdict().get("chatter") or "").strip()
            # (the opening post's poster may have been taken for the page's byline: they are its author)
            open_to = reasons[i] is None or (n == 0 and reasons[i] == "byline")
            handle = (HANDLE.match(lines[i].text) or NAME_LINE.match(lines[i].text)) if open_to else None
            # the handle's next lines hold the time of the post, perhaps after a mark such as "OP"; a
            # thread may also set the time over the handle ("3 yr. ago" / "harbour_reader")
            # (a line of text between them, "saltmarsh" under a category "Lighthouses", is the handle instead)
            below = next((reasons[j] for j in post[k + 1:k + 3] if reasons[j] in (None, "byline", "date line", "member profile")),
                         None)
            dated = below in ("date line", "member profile") or (
                HANDLE.match(lines[i].text) is not None and any(reasons[j] == "date line" for j in post[max(0, k - 2):k]))
            if handle and dated:
                reasons[i] = reasons[i] or "poster line"
                names[n] = names[n] or handle.group("name")
        earlier = {normalize(lines[i].text) for p in posts[:n] for i in p if reasons[i] is None}
        k = 0
        while k < len(post):
            i = post[k]
            # a "NAME said:" header repeated through a thread may have been taken for a signature
            said = SAID.match(lines[i].text) if reasons[i] in (None, "repeated line") else None
            if said:
                reasons[i] = "quote header"
                quoted = []
                for j in post[k + 1:]:
                    if reasons[j] is not None or SAID.match(lines[j].text):
                        break
                    # the first paragraph after the header is quoted even if its post is gone;
                    # later ones only while they repeat earlier text
                    repeats = _repeats(normalize(lines[j].text), earlier)
                    if quoted and not repeats:
                        break
                    quoted.append(j)
                    if not repeats:
                        break
                quotes.append((n, (said.group("name") or said.group("name2")).strip(), quoted))
                k += len(quoted) + 1
                continue
            k += 1
    # Quoted text names the poster of the post it came from.
    for n, name, quoted in quotes:
        for j in quoted:
            key = normalize(lines[j].text)
            for m in range(n - 1, -1, -1):
                if not names[m] and any(_repeats(normalize(lines[i].text), {key}) and reasons[i] is None for i in posts[m]):
                    names[m] = name
                    break
    # Shared signatures name the rest.
    for _ in range(2):
        for n in range(len(posts)):
            if names[n]:
                continue
            for m in range(len(posts)):
                if names[m] and signatures[n] & signatures[m]:
                    names[n] = names[m]
                    break
    quoted_by = {j: name for _, name, quoted in quotes for j in quoted}
    for n, post in enumerate(posts):
        for i in post:
            groups[i] = n
            if i in quoted_by:
                roles[i], speakers[i] = QUOTED, quoted_by[i]
            else:
                roles[i] = AUTHOR if n == 0 else REPLY
                speakers[i] = names[n]


def _mark_signatures(lines, reasons, posts) -> None:
    """The same short last line in two or more posts is a poster's signature, not their words; so are
    the few short lines under a rule that ends a post ("_____" / "Blue skies. Check your altimeter.")."""
    last = {}
    for post in posts:
        _under_rule(lines, reasons, post)
        kept = [i for i in post if reasons[i] is None]
        if kept and len(lines[kept[-1]].text.split()) <= 12:
            last.setdefault(normalize(lines[kept[-1]].text), []).append(kept[-1])
    for key, rows in last.items():
        if len(rows) >= 2:
            for i in range(len(lines)):
                if reasons[i] is None and normalize(lines[i].text) == key:
                    reasons[i] = "signature"


#: A post's signature under its rule is this many short lines at most.
SIGNATURE_MAX_LINES = 3
SIGNATURE_MAX_WORDS = 20


def _under_rule(lines, reasons, post) -> None:
    """Mark as a signature the short lines under the last rule of ``post`` ("_____", or "Logged"), up to its end."""
    rules = [k for k, i in enumerate(post) if (reasons[i] == "no words" and len(lines[i].text.strip()) >= 5
                                               and set(lines[i].text.strip()) <= set("_-=~*"))
             or (reasons[i] == "interface text" and LOGGED.match(lines[i].text))]
    if not rules:
        return
    under = [i for i in post[rules[-1] + 1:] if reasons[i] is None]
    if 0 < len(under) <= SIGNATURE_MAX_LINES and all(len(lines[i].text.split()) <= SIGNATURE_MAX_WORDS for i in under):
        for i in under:
            reasons[i] = "signature"


def _repeats(key: str, earlier: set[str]) -> bool:
    """Whether a paragraph repeats earlier text (equal, or one containing the other: quotes get trimmed)."""
    if key in earlier:
        return True
    return len(key.split()) >= 2 and any(len(e.split()) >= 2 and (e in key or key in e) for e in earlier)


#: The line under a commenter's name saying who or where they are is this short at most.
DETAIL_MAX_WORDS = 12
#: Between a reply's writer and the commenter it answers, on the reply's header.
REPLYING_TO = re.compile(r"\s{2,}|\s+[→>›]\s+")
COMMENTER = re.compile(
    r"^(?P<name>[^\s:][^:]{0,38}?)\s+(?:"
    r"(?:says|said|wrote|replied|commented|reblogged this from [\w\-.]{1,40} and added)\s*(?::|\.{3}|…)?"  # "Ann says:"
    rf"|on\s+(?:{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)(?:\s+at\s+[\d:]+\s*(?:am|pm)?)?"
    r"(?:\s+(?:said|says|wrote))?\s*:?"  # "Ann on March 3, 2020 at 5:12 pm said:"
    r"|[·•|]\s*\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?|yr|mo|h|d)s?\.?\s+ago"  # "ann · 3 yr. ago"
    r")$"
    r"|^(?P<handle>@[\w.\-]{2,30})\s+\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago(?:\s*\(edited\))?$"  # "@ann 3 years ago"
    r"|^(?P<reviewer>[\w\-.]{2,40}),\s+\d{1,2}/\d{1,2}/\d{2,4}$"  # a podcast's listener review: "Harbourlight77, 03/09/2021"
    # a news aggregator's comment: "by Kestrel Nine ( 8812 ) on Friday January 29, 2021 @02:40PM (#60999123)"
    r"|^by (?P<poster>[^()]{2,40}?)\s+(?:\(\s*\d+\s*\)\s+)?on\s+[a-z]+day\b.{5,60}\(#\d+\)$",
    re.IGNORECASE)




def _comments(lines, reasons, roles, speakers, groups) -> None:
    """Everything after a comments header is comments; a "NAME says:" line names the comment after it,
    and such a line or a date line starts a new comment."""
    start = comments_start(lines, reasons)
    if start is None:
        return
    reasons[start] = "comments header"
    group, speaker, named = 10_000 + start, "", False
    # the tabs under the header, over the first comment ("All" / "Reader Picks"), sort the comments
    for j in range(start + 1, len(lines)):
        if reasons[j] is None and (len(lines[j].text.split()) > 3 or lines[j].text.endswith((".", "?", "!"))
                                   or _name_over_date(lines, reasons, j)):
            break
        if reasons[j] is None and lines[j].text.split()[0].lower() in NAV_LABELS | {"newest", "oldest", "top", "best"}:
            reasons[j] = "interface text"
    for j in range(start + 1, len(lines)):
        commenter = COMMENTER.match(lines[j].text) if reasons[j] is None else None
        if commenter is None and reasons[j] is None and _name_over_date(lines, reasons, j):
            commenter = NAME_LINE.match(lines[j].text) or HANDLE_ALONE.match(lines[j].text)
        # a federated handle over the comment's time ("saltmarsh@beehaw.org" / "3 years ago"), read as an address
        if (commenter is None and reasons[j] == "link-only line" and "@" in lines[j].text and j + 1 < len(lines)
                and reasons[j + 1] == "date line"):
            commenter = HANDLE_ALONE.match(lines[j].text.strip())
        if commenter:
            reasons[j] = "commenter line"
            name = (commenter.group("name") or commenter.groupdict().get("handle") or commenter.groupdict().get("reviewer")
                    or commenter.groupdict().get("poster") or "")
            # a reply names the one it answers after its writer: "Ingrid Holm  Per Dahl • 5 years ago"
            name = REPLYING_TO.split(name.strip(), maxsplit=1)[0]
            group, speaker, named = 10_000 + j, name, True
            _commenter_details(lines, reasons, j)
            continue
        if reasons[j] == "date line":
            if not named:  # a date under a "NAME says:" line dates that comment; alone, it starts one
                group, speaker = 10_000 + j, ""
            continue
        if reasons[j] is None:
            named = False
        if roles[j] == AUTHOR:
            roles[j], speakers[j], groups[j] = COMMENT, speaker, group


def _commenter_details(lines, reasons, j) -> None:
    """Under a commenter's name, the name again (a picture's label, then the name) and the line saying
    who they are over the comment's date ("Kathleen Burke" / "Professor of Diplomatic History" / "2y")."""
    k = j + 1
    if k < len(lines) and reasons[k] is None and normalize(lines[k].text) == normalize(lines[j].text):
        reasons[k] = "commenter details"
        k += 1
    if k + 1 < len(lines) and reasons[k] is None and reasons[k + 1] == "date line" \
            and len(lines[k].text.split()) <= DETAIL_MAX_WORDS and not lines[k].text.endswith((".", "?", "!")):
        reasons[k] = "commenter details"


def _name_over_date(lines, reasons, j) -> bool:
    """A name on a line of its own that opens a comment, with the comment's date under it, or with
    the comment's words under it in the same paragraph, after another comment's action row ("Like ·
    Reply · 3y") or the comments header."""
    opens = j == 0 or reasons[j - 1] is not None or lines[j - 1].block != lines[j].block
    if not opens or j + 1 >= len(lines):
        return False
    under = j + 1  # under a reviewer's rating or profile lines
    while under + 1 < len(lines) and under < j + 3 and reasons[under] in ("review rating", "member profile"):
        under += 1
    if NAME_LINE.match(lines[j].text) is None:  # a one-word handle ("mossbank") only over the comment's date
        return reasons[under] == "date line" and HANDLE_ALONE.match(lines[j].text) is not None
    if reasons[under] == "date line":
        return True
    # a line saying who or where they are between the name and the date ("Per Dahl" / "Bergen, Norway" / "March 6")
    if (under + 1 < len(lines) and reasons[under] is None and reasons[under + 1] == "date line"
            and len(lines[under].text.split()) <= DETAIL_MAX_WORDS and not lines[under].text.endswith((".", "?", "!"))):
        return True
    after_chrome = j > 0 and reasons[j - 1] in ("interface text", "comments header")
    return (after_chrome and reasons[under] is None and lines[under].block == lines[j].block
            and len(lines[j].text.split()) >= 2)


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
                 for m in [re.search(pattern, text)] if m]
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
