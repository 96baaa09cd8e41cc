"""Question-and-answer sites and microblog threads: who wrote each answer or post.

* **Answers under a credential** (Quora's kind): each answer opens with its writer's name over a
  line saying who they are and when ("Former History Teacher · 3y").
* **Answers signed under them** (Stack Exchange's kind): "answered Mar 3, 2021 at 9:14" over the
  writer's name closes each answer; the question is the page's own text, its asker the author.
* **Microblog threads**: each post opens with its writer's display name over their handle; the
  first writer's posts are the page's own text, the others' are replies.

Each function takes the page's lines with what cleaning made of them, and fills in the role, the
speaker and the group (one passage's worth of one voice) of the lines it recognises.
"""
from __future__ import annotations

import re
from itertools import pairwise

from .cleaning import AGO, comments_start, is_prose
from .roles import AUTHOR, COMMENT, REPLY
from .signatures import COMMENT_SIGNATURE_LINE

MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

#: A person's name on a line of its own: "Olga P.", "Mark Dunn", "tide_historian", "@elena.g".
NAME_LINE = re.compile(r"^(?P<name>[A-Z][\w'’\-]*\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}|[\w\-.]*[\d_][\w\-.]*|@[\w\-.]{2,30})$")
#: A commenter's handle of one word, on a line of its own: "mossbank", "HenryTudorsTailor".
#: A federated network's handle names its server too: "saltmarsh@beehaw.org".
HANDLE_ALONE = re.compile(r"^(?P<name>(?=[\w.\-]*[^\W\d_])[\w.\-]{3,30}(?:@[\w\-]+(?:\.[\w\-]+)+)?)$")
#: The line under an answerer's name on a question-and-answer site: who they are, then when
#: ("Former History Teacher · 3y", "Studied History at X · Updated Aug 5").
CREDENTIAL = re.compile(
    rf"^(?!.*\bmin read\b).{{0,200}}?\s[·•]\s+(?:updated\s+)?(?:\d+\s*[ymwdh]|\d+\s*(?:years?|months?|weeks?|days?|hours?)\s+ago|"
    rf"{MONTHS}\s+\d{{1,2}}(?:,?\s*\d{{4}})?)$", re.IGNORECASE)


#: A microblog's handle under its writer's display name: "Dr. Maria Lind" / "@marialind_hist".
#: A handle alone on its line: "@hpryce_history"; a federated one names its server ("@lmarsh@historians.social"),
#: and one that is a domain name its domain ("@hpryce.bsky.social").
AT_HANDLE = re.compile(r"^@\w{1,30}(?:(?:\.[\w\-]+)+|@[\w\-]+(?:\.[\w\-]+)+)?$")
DISPLAY_NAME_WORDS = 5


def microblog_posts(lines, reasons, roles, speakers, groups) -> None:
    """A microblog thread: each post opens with its writer's display name over their handle. The
    first writer's posts are the page's own text (the writer its author); the others' are replies.
    The page must open with a post: posts quoted further down an article are the article's business."""
    heads = microblog_heads(lines, reasons)
    if not heads:
        return
    author = lines[heads[0] + 1].text.lower()
    for n, i in enumerate(heads):
        reasons[i], reasons[i + 1] = ("byline", "byline") if n == 0 else ("poster line", "poster line")
        if lines[i + 1].text.lower() == author:
            continue
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        for k in range(i + 2, stop):
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = REPLY, lines[i].text, 60_000 + i


#: A caption's hashtags after its words: " #history #ussr".
TAGS_AFTER = re.compile(r"(?:\s+#[^\s#]+)+\s*$")


def photo_comments(lines, reasons, roles, speakers, groups) -> None:
    """A photo network's post: its writer's handle over the caption, and each comment under its
    commenter's handle with its age under the words ("harbour_reader" / "He signed the minutes
    though." / "2w"). The first is the page's own text, its writer the author; the others are comments."""
    heads = photo_heads(lines, reasons)
    # (a caption copied with its writer's handle before its words, "historyinpictures Trotsky addressing ...",
    # stands over the first comment's handle: every handle then heads a comment, and the caption's names the author)
    caption = next((k for k in range(heads[0]) if reasons[k] is None and (is_prose(lines[k].text) or is_prose(
        TAGS_AFTER.sub("", lines[k].text)))), None) if heads else None
    if caption is not None:
        writer = lines[caption].text.split()[0]
        for k in range(caption):
            if reasons[k] in (None, "repeated line") and lines[k].text.strip() == writer:
                reasons[k] = "byline"
                break
    for n, i in enumerate(heads):
        reasons[i] = "byline" if n == 0 and caption is None else "commenter line"
        if n == 0 and caption is None:
            continue  # the caption is the page's own
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        for k in range(i + 1, stop):
            if roles[k] == AUTHOR and reasons[k] is None:
                roles[k], speakers[k], groups[k] = COMMENT, lines[i].text.strip(), 65_000 + i


def photo_heads(lines, reasons) -> list[int]:
    """The handles of a photo network's post and comments, each over words and their age, if two or more."""
    heads = [i for i in range(len(lines) - 2) if reasons[i] in (None, "repeated line", "byline")
             and HANDLE_ALONE.match(lines[i].text.strip()) and reasons[i + 1] is None and reasons[i + 2] == "date line"
             and AGO.match(lines[i + 2].text.strip())]
    return heads if len(heads) >= 2 else []


def microblog_heads(lines, reasons) -> list[int]:
    """The lines of a microblog thread's display names over their handles, if the page opens with a post."""
    # a writer's name and handle recur over each of their posts, and may have been taken for a repeated
    # line, or the first for the page's byline
    kept = (None, "repeated line", "byline")
    heads = [i for i in range(len(lines) - 1) if reasons[i] in kept and reasons[i + 1] in kept
             and AT_HANDLE.match(lines[i + 1].text) and len(lines[i].text.split()) <= DISPLAY_NAME_WORDS
             and not lines[i].text.rstrip().endswith((".", "?", "!", ":"))]
    prose = next((k for k in range(len(lines)) if reasons[k] is None and is_prose(lines[k].text)), len(lines))
    return heads if heads and heads[0] < prose else []


#: A post's signature on a question-and-answer site of the Stack Exchange kind, over its writer's name:
#: "asked Mar 2, 2021 at 10:00", "answered 3 hours ago", "edited Mar 3 '21 at 4:12".
SIGNED = re.compile(rf"^(?P<kind>asked|answered|edited)\s+(?:{MONTHS}\s+\d{{1,2}}(?:,?\s+'?\d{{2,4}})?"
                    r"(?:\s+at\s+\d{1,2}:\d\d)?|\d+\s*\w+\s+ago)$", re.IGNORECASE)
#: A question's tags, one per line: "russia", "russian-revolution".
TAG = re.compile(r"^[a-z0-9][a-z0-9.+#-]{1,34}$")


def signed_answers(lines, reasons, roles, speakers, groups) -> None:
    """A question-and-answer page that signs each post under it ("answered Mar 3, 2021 at 9:14" /
    "Pieter Geerkens"): the question is the page's own text, and each answer, from the end of the
    previous post's signature to its own, is a reply by the name under its "answered" line."""
    marks = [(i, m.group("kind").lower()) for i in range(len(lines))
             if (m := SIGNED.match(lines[i].text)) and (reasons[i] is None or
                                                         (reasons[i] == "interface text" and m.group("kind").lower() == "edited"))]
    if not any(kind == "answered" for _, kind in marks):
        return
    signers = {}
    for i, kind in marks:
        reasons[i] = "date line"
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if reasons[k] is None), None)
        if j is not None and len(lines[j].text.split()) <= 4:
            reasons[j] = "byline" if kind == "asked" else "poster line"
            signers[i] = j
    first = marks[0][0]
    k = first - 1
    # (its tags over the question's signature, one a line or side by side: "soviet-union trotsky")
    while k >= 0 and (reasons[k] is not None or all(TAG.match(t) for t in lines[k].text.split()[:6])):
        if reasons[k] is None:
            reasons[k] = "tags"
        k -= 1
    # the comments under a post, each signed at its end ("... – Mark Daniels Mar 4, 2021 at 10:00"), are their signers'
    for i in range(first, len(lines)):
        signed = COMMENT_SIGNATURE_LINE.match(lines[i].text)
        before = next((k for k in range(i - 1, first, -1) if reasons[k] is None), None)
        if signed and before is not None and lines[before].block == lines[i].block:
            reasons[i] = "signature"
            roles[before], speakers[before], groups[before] = COMMENT, signed.group("name").strip(), 52_000 + i
    begin = signers.get(first, first) + 1
    for i, kind in marks:
        if kind == "answered":
            for k in range(begin, i):
                if reasons[k] is None and roles[k] == AUTHOR:
                    roles[k], speakers[k], groups[k] = REPLY, lines[signers[i]].text if i in signers else "", 50_000 + i
        if kind != "edited":
            begin = signers.get(i, i) + 1


def credited_answers(lines, reasons, roles, speakers, groups) -> None:
    """A question-and-answer page: each answer opens with its writer's name over a credential line
    ending in its age; everything up to the next such pair is that writer's answer."""
    end = comments_start(lines, reasons) or len(lines)  # (a comment's "NAME • 5 years ago" is no credential)
    kept = [i for i, r in enumerate(reasons[:end]) if r is None]
    heads = [(i, j) for i, j in pairwise(kept)
             if NAME_LINE.match(lines[i].text) and CREDENTIAL.match(lines[j].text)]
    for n, (i, j) in enumerate(heads):
        reasons[i], reasons[j] = "poster line", "poster details"
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        for k in range(j + 1, end):
            roles[k], speakers[k], groups[k] = REPLY, lines[i].text, 40_000 + i
