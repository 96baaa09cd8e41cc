"""Reader comments: everything after a page's comments header ("12 Comments") is its readers', each
comment opened by its commenter's line ("Ann says:", "ann · 3 yr. ago", a name over the comment's
date) or by a date alone.
"""
from __future__ import annotations

import re

from .answers import HANDLE_ALONE, MONTHS, NAME_LINE
from .cleaning import COMMENTS_HEADER, comments_start, is_prose, normalize, plain
from .interface import NAV_LABELS
from .roles import AUTHOR, COMMENT, QUOTED

#: The header of a video's transcript.
TRANSCRIPT = re.compile(r"^(?:show )?transcript$", re.IGNORECASE)
#: The line under a commenter's name saying who or where they are is this short at most.
DETAIL_MAX_WORDS = 12
#: Between a reply's writer and the commenter it answers, on the reply's header.
REPLYING_TO = re.compile(r"\s{2,}|\s+[→>›]\s+")
_DAY = (rf"(?:{MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
        r"(?:,?\s+at\s+[\d:]+\s*(?:am|pm)?)?")
COMMENTER = re.compile(
    r"^(?P<name>[^\s:][^:]{0,38}?)\s+(?:"
    r"(?:says|said|wrote|replied|commented|reblogged this from [\w\-.]{1,40} and added)\s*(?::|\.{3}|…)?"  # "Ann says:"
    rf"(?:\s*{_DAY})?"  # and its day on the same line: "Ann says:March 7, 2021 at 9:14 am"
    rf"|on\s+{_DAY}"
    r"(?:\s+(?:said|says|wrote))?\s*:?"  # "Ann on March 3, 2020 at 5:12 pm said:"
    r"|[·•|]\s*\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?|yr|mo|h|d)s?\.?\s+ago"  # "ann · 3 yr. ago"
    r")$"
    r"|^(?P<handle>@[\w.\-]{2,30})\s+\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago(?:\s*\(edited\))?$"  # "@ann 3 years ago"
    r"|^(?P<reviewer>[\w\-.]{2,40}),\s+\d{1,2}/\d{1,2}/\d{2,4}$"  # a podcast's listener review: "Harbourlight77, 03/09/2021"
    # a news aggregator's comment: "by Kestrel Nine ( 8812 ) on Friday January 29, 2021 @02:40PM (#60999123)"
    r"|^by (?P<poster>[^()]{2,40}?)\s+(?:\(\s*\d+\s*\)\s+)?on\s+[a-z]+day\b.{5,60}\(#\d+\)$"
    r"|^(?:name|posted by|signed)\s*:\s*(?P<signed>\S[^:]{0,39})$",  # a guestbook's entry, field by field: "Name: Pavel K."
    re.IGNORECASE)
#: A comment signed under its words is a sentence of at least this many words ("He was old and tired, that's all.").
SIGNED_MIN_WORDS = 3
#: A commenter's line that gives the comment's age after the name: "Sarah J · 12 years ago".
AGED = re.compile(r"[·•|]\s*\d+\s*\w+\.?\s+ago$", re.IGNORECASE)
#: The fields of a guestbook's entry under its writer's name: "Date: 12 May 2004", "Location: Leeds".
ENTRY_FIELD = re.compile(r"^(?:date|time|posted|location|from|country|city|e-?mail|home ?page|website|url)\s*:\s*\S.{0,80}$",
                         re.IGNORECASE)
#: A comment's line as a site's interface words it, which cleaning takes for its buttons: "Posted by NAME 9 years ago".
POSTED_AGO = re.compile(r"^posted by (?P<name>[\w\-.]{2,40})\s+\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$",
                        re.IGNORECASE)


def reader_comments(lines, reasons, roles, speakers, groups) -> None:
    """Everything after a comments header is comments; a "NAME says:" line names the comment after it,
    and such a line or a date line starts a new comment; or, where each comment is signed under its
    words, the signature names the comment above it."""
    start = comments_start(lines, reasons)
    if start is None:
        return
    group, speaker, named = 10_000 + start, "", False
    if COMMENTER.match(lines[start].text):  # comments without a header open at their first commenter's line
        reasons[start] = None
        start -= 1
    else:
        reasons[start] = "comments header"
    # the tabs under the header, over the first comment ("All" / "Reader Picks"), sort the comments
    for j in range(start + 1, len(lines)):
        if reasons[j] is None and (len(lines[j].text.split()) > 3 or lines[j].text.endswith((".", "?", "!"))
                                   or _name_over_date(lines, reasons, j)):
            break
        if reasons[j] is None and lines[j].text.split()[0].lower() in NAV_LABELS | {"newest", "oldest", "top", "best"}:
            reasons[j] = "interface text"
    end = _comments_end(lines, reasons, start)
    signers = _signed_under(lines, reasons, start, end)
    for j, name in signers:  # each comment, from the previous signature down to its own, is its signer's
        reasons[j] = "commenter line"
        for k in range(start + 1, j):
            if reasons[k] is None and roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = COMMENT, name, 10_000 + j
    if signers:
        return
    for j in range(start + 1, end):
        if reasons[j] is None and COMMENTS_HEADER.match(lines[j].text):  # the count again over the comments: "Comments (3)"
            reasons[j] = "comments header"
            continue
        commenter = (COMMENTER.match(lines[j].text) if reasons[j] is None
                     else POSTED_AGO.match(lines[j].text) if reasons[j] == "interface text" else None)
        if commenter is None and reasons[j] is None and _name_over_date(lines, reasons, j):
            commenter = NAME_LINE.match(lines[j].text) or HANDLE_ALONE.match(lines[j].text)
        # or a name under the date that opened the comment, over its words ("March 7, 2021" / "Mark Daniels" / "...")
        if (commenter is None and reasons[j] is None and not named and reasons[j - 1] == "date line" and j + 1 < end
                and reasons[j + 1] is None and lines[j + 1].text.rstrip().endswith((".", "!", "?"))):
            commenter = NAME_LINE.match(lines[j].text)
        # a federated handle over the comment's time ("saltmarsh@beehaw.org" / "3 years ago"), read as an address
        if (commenter is None and reasons[j] == "link-only line" and "@" in lines[j].text and j + 1 < len(lines)
                and reasons[j + 1] == "date line"):
            commenter = HANDLE_ALONE.match(lines[j].text.strip())
        if commenter:
            reasons[j] = "commenter line"
            name = next((commenter.group(g) for g in ("name", "handle", "reviewer", "poster", "signed")
                         if commenter.groupdict().get(g)), "")
            # a reply names the one it answers after its writer: "Ingrid Holm  Per Dahl • 5 years ago"
            name = REPLYING_TO.split(name.strip(), maxsplit=1)[0]
            group, speaker, named = 10_000 + j, name, True
            _commenter_details(lines, reasons, j)
            k = j + 1
            while k < len(lines) and reasons[k] is None and ENTRY_FIELD.match(lines[k].text):
                reasons[k] = "commenter details"
                k += 1
            continue
        if reasons[j] == "date line":
            if not named:  # a date under a "NAME says:" line dates that comment; alone, it starts one
                group, speaker = 10_000 + j, ""
            continue
        if reasons[j] is None:
            named = False
        if roles[j] == AUTHOR:
            roles[j], speakers[j], groups[j] = COMMENT, speaker, group


def _signed_under(lines, reasons, start: int, end: int) -> list[tuple[int, str]]:
    """The signers' lines, and their names, of comments signed under their words, as a memorial
    page's condolences are ("My deepest sympathy. ..." / "Thomas Reid" / "March 6, 2019") and a
    question-and-answer site's answers ("... at every congress." / "Sarah J · 12 years ago"): a name
    over a date, or with its age, under a sentence, where the first comment opens with its words and
    the last ends with its signature."""
    kept = [j for j in range(start + 1, end) if reasons[j] is None]
    signers = []
    for n, j in enumerate(kept[1:], 1):
        text = plain(lines[j].text)
        aged = COMMENTER.match(text)
        name = aged.group("name") if aged and aged.group("name") and AGED.search(text) else (
            text if NAME_LINE.match(text) and j + 1 < end and reasons[j + 1] == "date line" else None)
        above = plain(lines[kept[n - 1]].text)
        if name and above.endswith((".", "?", "!")) and len(above.split()) >= SIGNED_MIN_WORDS:
            signers.append((j, name.strip()))
    if not signers or not is_prose(lines[kept[0]].text) or kept[-1] != signers[-1][0]:
        return []
    return signers


def _comments_end(lines, reasons, start: int) -> int:
    """Where the comments end: at the page's end, or at a video's transcript set under them ("Transcript"
    over its captions, each under its time), which is the page's own words again."""
    for j in range(start + 1, len(lines)):
        if reasons[j] == "interface text" and TRANSCRIPT.match(lines[j].text.strip()) and any(
                reasons[k] == "timestamp" for k in range(j + 1, min(len(lines), j + 4))):
            return j
    return len(lines)


def _commenter_details(lines, reasons, j) -> None:
    """Under a commenter's name, the name again (a picture's label, then the name) and the line saying
    who they are over the comment's date ("Kathleen Burke" / "Professor of Diplomatic History" / "2y")."""
    k = j + 1
    if k < len(lines) and reasons[k] is None and normalize(lines[k].text) == normalize(lines[j].text):
        reasons[k] = "commenter details"
        k += 1
    if k + 1 < len(lines) and reasons[k] is None and reasons[k + 1] == "date line" \
            and len(lines[k].text.split()) <= DETAIL_MAX_WORDS and not lines[k].text.endswith((".", "?", "!")) \
            and _words_after(lines, reasons, k + 1):
        reasons[k] = "commenter details"


def _name_over_date(lines, reasons, j) -> bool:
    """A name on a line of its own that opens a comment, with the comment's date under it, or with
    the comment's words under it in the same paragraph, after another comment's action row ("Like ·
    Reply · 3y") or the comments header."""
    opens = j == 0 or reasons[j - 1] is not None or lines[j - 1].block != lines[j].block
    # (or right under the last sentence of the comment before, where the date stands under the name)
    opens = opens or (j + 1 < len(lines) and reasons[j + 1] == "date line" and lines[j - 1].text.rstrip().endswith((".", "!", "?")))
    if not opens or j + 1 >= len(lines):
        return False
    under = j + 1  # under a reviewer's rating or profile lines
    while under + 1 < len(lines) and under < j + 3 and reasons[under] in ("review rating", "member profile", "no words"):
        under += 1
    if NAME_LINE.match(lines[j].text) is None:  # a one-word handle ("mossbank") only over the comment's date,
        if HANDLE_ALONE.match(lines[j].text) is None:
            return False
        # or over the comment's words and their date, after the header or another comment's buttons
        # ("marxreader" / "He built the Red Army ..." / "2023-3-9" / "Reply")
        after_chrome = j > 0 and reasons[j - 1] in ("interface text", "comments header")
        after = next((m for m in range(under + 2, len(lines)) if reasons[m] is None), None)
        return reasons[under] == "date line" or (
            after_chrome and under + 1 < len(lines) and reasons[under] is None and reasons[under + 1] == "date line"
            and (after is None or HANDLE_ALONE.match(lines[after].text) is not None))
    if reasons[under] == "date line":
        return True
    # a line saying who or where they are between the name and the date ("Per Dahl" / "Bergen, Norway" / "March 6"),
    # or the comment's own words, where nothing follows the date ("moonlit_rosa" / "this is why ..." / "2023-4-12" / "Reply")
    if (under + 1 < len(lines) and reasons[under] is None and reasons[under + 1] == "date line"
            and (len(lines[under].text.split()) <= DETAIL_MAX_WORDS and not lines[under].text.endswith((".", "?", "!"))
                 or not _words_after(lines, reasons, under + 1))):
        return True
    after_chrome = j > 0 and reasons[j - 1] in ("interface text", "comments header")
    return (after_chrome and reasons[under] is None and lines[under].block == lines[j].block
            and len(lines[j].text.split()) >= 2)


def _words_after(lines, reasons, k) -> bool:
    """Whether words of the text follow line ``k`` in its paragraph: a comment's words under its date."""
    return any(reasons[m] is None for m in range(k + 1, len(lines)) if lines[m].block == lines[k].block)


#: The header over the context a microblog's readers added to a post ("Readers added context they thought
#: people might want to know"), and the line under it that says who writes such context.
ADDED_CONTEXT = re.compile(r"^(?:readers added context(?: they thought people might want to know)?|community notes?)$",
                           re.IGNORECASE)
CONTEXT_FOOTER = re.compile(r"^context is written by people who use .{1,200}$", re.IGNORECASE)
#: Who speaks in such context: the network's readers, by the name the network gives their notes.
READERS = "Community Notes"


def added_context(lines, reasons, roles, speakers, groups) -> None:
    """Context a microblog's readers added under a post: their words, not the post's writer's (it is
    there to correct the post), from the header down to the line saying who writes it."""
    for i, line in enumerate(lines):
        if reasons[i] not in (None, "interface text") or not ADDED_CONTEXT.match(line.text.strip()):
            continue
        reasons[i] = "interface text"
        for k in range(i + 1, len(lines)):
            if CONTEXT_FOOTER.match(lines[k].text.strip()):
                reasons[k] = "interface text"
                break
            if reasons[k] is not None:
                break
            roles[k], speakers[k], groups[k] = COMMENT, READERS, 12_000 + i


#: A social network's label over a post that fact-checkers rated ("Missing context", "False information"),
#: the lines of its frame, and the checker's credit under their words ("Fact-checked by AFP").
RATED = re.compile(r"^(?:missing context|false information|partly false information|altered (?:photo|video)|"
                   r"false|partly false)$", re.IGNORECASE)
RATED_FRAME = re.compile(r"^(?:independent fact-checkers say .{1,120}|see why|see more|learn more)$", re.IGNORECASE)
CHECKED_BY = re.compile(r"^fact-?checked by (?P<name>\S.{1,60})$", re.IGNORECASE)
#: A video page's information panel: an encyclopedia's lines on the video's subject, over its name.
PANEL_SOURCE = re.compile(r"^(?:wikipedia|encyclop(?:a)?edia britannica)$", re.IGNORECASE)
PANEL_LINES = 3


def platform_context(lines, reasons, roles, speakers, groups) -> None:
    """Words a platform sets beside a post to correct or explain it: fact-checkers' words under a
    rating label ("Missing context" / ... / "Fact-checked by AFP") and an encyclopedia's lines in a
    video page's information panel (... / "Wikipedia"). They are the checker's or the encyclopedia's,
    not the page's writer's."""
    for i, line in enumerate(lines):
        text = line.text.strip()
        if reasons[i] is None and RATED.match(text) and i + 1 < len(lines) and RATED_FRAME.match(lines[i + 1].text.strip()):
            reasons[i] = "interface text"
            k, words = i + 1, []
            while k < len(lines) and not CHECKED_BY.match(lines[k].text.strip()):
                if RATED_FRAME.match(lines[k].text.strip()):
                    reasons[k] = "interface text"
                elif reasons[k] is None:
                    words.append(k)
                k += 1
            checked = CHECKED_BY.match(lines[k].text.strip()) if k < len(lines) else None
            if checked is None:
                continue
            reasons[k] = "interface text"
            for j in words:
                roles[j], speakers[j], groups[j] = QUOTED, checked.group("name").strip(), 13_000 + i
        elif reasons[i] in (None, "heading with no text of its own") and PANEL_SOURCE.match(text) and i > 0 \
                and reasons[i - 1] is None and lines[i - 1].text.rstrip().endswith("."):
            reasons[i] = "interface text"
            for j in range(i - 1, max(-1, i - 1 - PANEL_LINES), -1):
                if reasons[j] is not None or (j < i - 1 and lines[j].text.rstrip().endswith((".", "?", "!"))):
                    break
                roles[j], speakers[j], groups[j] = QUOTED, text, 14_000 + i
