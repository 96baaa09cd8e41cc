"""Threads: a forum's posts, a link aggregator's comments, a chat's messages.

Posts are separated by the same interface footer ("Share this post", "Link to post"...) repeated
after each one, or open at a header: a numbered one ("Olga P." / "Member" / "Mar 4, 2021" / "#3"), a
poster over the post's date, a one-line header ("gullrock 8 hours ago | parent | next [–]"). The
first post is the author's; later ones are replies. A poster's name comes from "Edited by NAME",
from a header, from a later "NAME said:" whose quoted text is found in the post, or from a signature
line the post shares with a post whose poster is known.
"""
from __future__ import annotations

import re
from collections import Counter

from .answers import HANDLE_ALONE, NAME_LINE
from .cleaning import HANDLE as HANDLE_SHAPE
from .cleaning import Line, is_prose, normalize
from .quotations import SAID
from .roles import AUTHOR, QUOTED, REPLY

#: Forum software's line over each post: "Post by NAME » Mon Mar 04, 2019 9:12 pm".
POST_BY = re.compile(r"^(?:post )?by (?P<name>[^»]{1,40}?) » .{4,60}$"
                     # or the ProBoards kind: "Post by ironfelix on Mar 3, 2021 at 2:14pm"
                     r"|^post by (?P<name2>[\w\-.]{2,40}) on (?:[a-z]{3,9}\.? \d{1,2},? \d{4}|today|yesterday) at \d{1,2}:\d\d\s*(?:[ap]m)?$",
                     re.IGNORECASE)
EDITED_BY = re.compile(r"^(?:edited(?: \d+ \w+ ago| [a-z]{3,9} \d{1,2}, \d{4})?|last edit:? .{4,40}) by (?P<name>.{1,40}?)\.?$", re.IGNORECASE)
THREAD_MARK = re.compile(
    r"(?:\b(?:said|wrote):(?:\s*↑.{0,40})?$|^post by .{1,40} » |^post by \S{2,40} on .{4,30} at \d{1,2}:\d\d|^edited(?: \d+ \w+ ago)? by |\bposts? in this (?:topic|thread)|^link to (?:this )?post$|"
    r"^(?:quote|reply|report post|multiquote|reply with quote)$|^(?:posted|joined|join date)\b|^originally posted by |^quote from: |"
    r"^#\d{1,5}$|^[\w\-.]{2,30}\s+\d+\s+\w+\s+ago\s*\||^\[[–+-]\]\s*[\w\-.]{2,30}\s+[\d,]+ points?|"
    r"^[\w\-.]{2,32}(?: [\w\-.]{2,32})?\s+[—–]\s+(?:today at|yesterday at|\d{1,2}/\d{1,2}/\d{2,4})\s*\d{1,2}:\d\d|"
    r"\d{1,2}/\d{1,2}/\d{2,4}\s*\(\w{2,3}\)\s*\d{1,2}:\d\d(?::\d\d)?\s+(?:\(ID:\s*\S{2,12}\)\s+)?No\.\s?\d{3,12}\b)", re.IGNORECASE)
#: A post's header on one line: its poster, its time and its links ("gullrock 8 hours ago | parent | next [–]").
POSTER_AGO = re.compile(r"^(?:\[[–+-]\]\s*)?(?P<name>[\w\-.]{2,30})\s+(?:(?:[\d,]+ points?|score hidden)\s+)?"
                        r"\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*(?:\|.{0,80})?$"
                        # an old-style link aggregator's, with the poster's flair before the score:
                        # "Kalashnikov_Lessons Soviet politics 1917-1953 301 points 4 years ago"
                        r"|^(?:\[[–+-]\]\s*)?(?P<flaired>[\w\-.]{2,30})\s+\S.{0,60}?\s+(?:[\d,]+ points?|score hidden)\s+"
                        r"\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$"
                        # a chat's message: "saltmarsh — 03/06/2021 2:14 PM", "saltmarsh — Today at 2:14 PM"
                        r"|^(?P<chatter>[\w\-.]{2,32}(?: [\w\-.]{2,32})?)\s+[—–]\s+(?:today at|yesterday at|\d{1,2}/\d{1,2}/\d{2,4})"
                        r"\s*\d{1,2}:\d\d\s*(?:[ap]m)?$"
                        # an image board's post: "Anonymous 01/22/21(Fri)14:03:11 No.10442871", perhaps with a
                        # tripcode, an ID and the links to the replies after it
                        r"|^(?P<boarder>[^\d\n]{2,40}?)\s+(?:!{1,3}\S{4,20}\s+)?(?:\(ID:\s*\S{2,12}\)\s+)?\d{1,2}/\d{1,2}/\d{2,4}"
                        r"\s*\(\w{2,3}\)\s*\d{1,2}:\d\d(?::\d\d)?\s+(?:\(ID:\s*\S{2,12}\)\s+)?No\.\s?\d{3,12}\b.{0,200}$", re.IGNORECASE)
#: The time of a post over its words: "Posted February 16, 2018", "Posted February 16, 2018 (edited)".
POST_TIME = re.compile(r"^(?:posted|published)(?: on)?:?\s+\S.{2,40}\d{4}(?:\s*\(edited\))?$", re.IGNORECASE)
#: A poster's count of posts under their name: "412", "1.1k".
COUNT = re.compile(r"^\s*[\d.,]+\s*k?\s*$", re.IGNORECASE)
#: A post's number under its poster's name and details: "#2", or Simple Machines' "« Reply #2 on: DATE »"
#: (the first post's "« on: DATE »").
POST_NUMBER = re.compile(r"^#\d{1,5}$|^«\s*(?:reply #\d{1,5}\s+)?on:\s+\S.{3,60}»$", re.IGNORECASE)
#: A post's number at the end of its date line, as forum software of the vBulletin kind sets it: "03-11-2009, 09:14 PM #2".
DATED_NUMBER = re.compile(r"\s#\d{1,5}$")
#: A comment's depth in a thread, over its poster: "level 1", "level 2".
LEVEL = re.compile(r"^level \d{1,2}$", re.IGNORECASE)
#: What ends a post's words and opens its signature, in forums of the Simple Machines kind.
LOGGED = re.compile(r"^logged$", re.IGNORECASE)
#: The link that opens a quoted post in full ("NAME said:" / the quote / "Click to expand..."), and the label
#: over a quoted post ("Quote:" / "Originally Posted by NAME"): inside a post.
QUOTE_TOGGLE = re.compile(r"^(?:click to (?:expand|shrink)\s*(?:\.{3}|…)?|quote:)$", re.IGNORECASE)
#: A poster's name with their rank after it, on one line, as a forum page saved as HTML sets them: "Kazan1918 Member".
RANKED = re.compile(r"^(?P<name>\S{2,40}?)\s+(?:(?:senior|junior|new|active|veteran|full|super|elite|global)\s+)?"
                    r"(?:member|moderator|administrator|admin|user|poster|newbie)$", re.IGNORECASE)
#: A page with this many posts under their posters' names over their dates is a thread, without other marks.
THREAD_HEADS = 3
#: A link aggregator's line naming who posted a thread: "Posted by u/saltmarsh".
POSTED_BY = re.compile(r"^posted by (?:u/)?[\w\-.]{2,40}\b", re.IGNORECASE)
#: A link aggregator's mark before a user's name: "u/saltmarsh".
USER_PREFIX = re.compile(r"^u/(?=\S)")
#: A poster's handle on a line of its own, above the time of the post ("tide_historian" / "· 3 yr. ago").
HANDLE = re.compile(r"^(?:u/)?(?P<name>[\w\-.]{2,40})$")


def poster_heads(lines: list[Line], reasons: list[str | None]) -> list[int]:
    """The lines naming a post's poster over its date ("harbourlight" / "Mar 2021", "u/saltmarsh" / "5 yr. ago"),
    a name met three times or more among them."""
    return [i for i in range(1, len(lines) - 1) if reasons[i + 1] == "date line" and (
        reasons[i] in (None, "byline") and (HANDLE_ALONE.match(USER_PREFIX.sub("", lines[i].text)) or NAME_LINE.match(lines[i].text))
        # (a name repeated through the page only in a handle's shape, "grover_reader", not a label such as "Joined")
        or reasons[i] == "repeated line" and HANDLE_SHAPE.match(lines[i].text.strip()))]


def thread_posts(lines: list[Line], reasons: list[str | None]) -> list[list[int]]:
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
        # (nor do a post's details and buttons right under its header and its poster's name: "Post by NAME on
        # DATE" / "NAME" / "Posts: 47" / "Quote")
        if any(reasons[j] is None and POST_BY.match(lines[j].text) for j in range(max(0, run[0] - 2), run[0])):
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
        # (or numbered over its header, "#3" / "04-13-2019, 11:47 AM" / "NAME" / "Member", as vBulletin sets it)
        elif any(reasons[j] == "date line" for j in range(i + 1, min(len(lines), i + 3))):
            boundaries.add(i - 1)
    # A post whose date line holds its number ("03-11-2009, 09:14 PM #2"), over its poster's name, opens at that line.
    boundaries.update(i - 1 for i in [i for i, line in enumerate(lines) if reasons[i] == "date line"
                                      and DATED_NUMBER.search(line.text)][1:])
    # A post that opens at its poster's name over its date ("harbourlight" / "Mar 2021"), as forums of the
    # Discourse kind set them (the first perhaps taken for the page's byline): each after the first opens a post.
    # (a link aggregator's "u/saltmarsh" / "5 yr. ago" too, copied without its vote buttons)
    headed = poster_heads(lines, reasons)
    # (where the opening post has a header of its own, "Posted by u/NAME", over its text, the first is a reply's)
    posted = next((i for i in range(headed[0]) if POSTED_BY.match(lines[i].text)), None) if headed else None
    replies_only = posted is not None and any(reasons[j] is None and is_prose(lines[j].text) for j in range(posted, headed[0]))
    if len(headed) >= 2 or replies_only:
        boundaries.update(i - 1 for i in (headed if replies_only else headed[1:]))
    # A post under forum software's "by NAME » DATE" opens at its poster's details above that line ("Ivanov_RKKA
    # Moderator" / "Posts: 5120" / "Re: ..."), as a page saved as HTML sets them without a footer between posts.
    headers = [i for i, line in enumerate(lines) if reasons[i] is None and POST_BY.match(line.text)]
    for i in headers[1:]:
        k = i - 1
        while k > 0 and (reasons[k] is not None or (len(lines[k].text.split()) <= 4 and reasons[k + 1] == "member profile")):
            k -= 1
        boundaries.add(k)
    # A post whose header is one line ("gullrock 8 hours ago | next [–]") opens at it, and so does a comment
    # under its depth in the thread ("level 2"), as a link aggregator's older pages set it.
    # (an image board's first post, "Anonymous 01/22/21(Fri)14:03:11 No.10442871", opens the thread under its title)
    boards = [i for i, line in enumerate(lines) if (m := POSTER_AGO.match(line.text)) and m.group("boarder")]
    boundaries.update(i - 1 for i, line in enumerate(lines) if i > 0 and (POSTER_AGO.match(line.text) or LEVEL.match(line.text))
                      and i not in boards[:1])
    posts, current = [], []
    for i in range(len(lines)):
        current.append(i)
        if i in boundaries:
            posts.append(current)
            current = []
    if current:
        posts.append(current)
    return posts


def thread_replies(lines, reasons, posts, roles, speakers, groups) -> None:
    """The first post is the author's, the others replies, each under its poster's name; quoted posts
    ("NAME said:") are their posters' words."""
    posts = [p for p in posts if any(reasons[i] is None for i in p)]
    heads = set(poster_heads(lines, reasons))
    _mark_signatures(lines, reasons, posts)
    names: list[str] = [""] * len(posts)
    # a post under its poster's name over its date is that poster's, whatever stands above (a category's badge)
    for n, post in enumerate(posts):
        head = next((i for i in post if i in heads), None)
        if head is not None and (n > 0 or reasons[head] != "byline"):
            names[n] = USER_PREFIX.sub("", lines[head].text.strip())
            reasons[head] = "poster line"
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
                names[n] = names[n] or (posted.group("name") or posted.groupdict().get("name2") or posted.groupdict().get("chatter")
                                         or posted.groupdict().get("flaired") or posted.groupdict().get("boarder") or "").strip()
            # (the opening post's poster may have been taken for the page's byline: they are its author)
            open_to = reasons[i] is None or (n == 0 and reasons[i] == "byline") or (
                reasons[i] == "repeated line" and k + 1 < len(post) and reasons[post[k + 1]] == "date line")
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
                ranked = RANKED.match(lines[i].text)  # "Kazan1918 Member": the poster's name and their rank
                names[n] = names[n] or (ranked.group("name") if ranked else handle.group("name"))
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
