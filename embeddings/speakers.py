"""Who is speaking: the author, a reply in a thread, a reader comment, or a quotation.

A source is not one voice. This module reads the structure a web page leaves in its text:

* **Threads**: posts are separated by the same interface footer ("Share this post", "Link to
  post"...) repeated after each one. The first post is the author's; later ones are replies.
  A poster's name comes from "Edited by NAME", from a later "NAME said:" whose quoted text is found
  in the post, or from a signature line the post shares with a post whose poster is known.
* **Comments**: everything after a "N Comments" header is a reader comment.
* **Interviews and transcripts**: lines opening with a speaker's name and a colon ("PAUL LE BLANC:
  ...", "Doug Storm: ..."), at least two speakers each with two turns or more. Each turn, up to the
  next, is that speaker's words (a quotation), not the page's.
* **Quotations**: a paragraph that opens with a quotation mark and closes with one, followed by an
  attribution ("– NAME", "(NAME, ...)", a "-NAME" line), or a letter whose every paragraph opens
  with a quotation mark (the speaker is the name after its valediction). Quoted paragraphs in a
  reply that repeat an earlier post ("NAME said:") are that poster's words, not the replier's.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .cleaning import COMMENTS_HEADER, Dropped, Line, chrome_reasons, normalize, split_lines

AUTHOR, REPLY, COMMENT, QUOTED = "author", "reply", "comment", "quoted"
ROLES = (AUTHOR, REPLY, COMMENT, QUOTED)


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


OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
SAID = re.compile(r"^(?:.{0,40}?(?:ago|am|pm|\d{4}|on \w+ \d+),\s*)?(?P<name>[^,:]{1,60}?) (?:said|wrote):(?:\s*↑.{0,40})?$"
                  r"|^(?:quote:?\s*)?originally posted by (?P<name2>[^,:]{1,40}?)\s*$", re.I)  # vBulletin's quote header
#: Forum software's line over each post: "Post by NAME » Mon Mar 04, 2019 9:12 pm".
POST_BY = re.compile(r"^(?:post )?by (?P<name>[^»]{1,40}?) » .{4,60}$", re.I)
EDITED_BY = re.compile(r"^edited(?: \d+ \w+ ago)? by (?P<name>.{1,40}?)\.?$", re.I)
VALEDICTION = re.compile(
    r"^(regards|best regards|kind regards|warm regards|greetings|sincerely|yours( sincerely| truly| faithfully)?|"
    r"best wishes|best|cheers|fraternally|comradely greetings|in solidarity|with love|love)[,.!]?$", re.I)
NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|al|bin|la|le)){0,4})"
ATTRIBUTION_TAIL = re.compile(rf"^\s*(?:[–—-]+|\()\s*{NAME}\s*(?:[,)(]|$)")
_SAYS = r"(?:said|says|wrote|writes|added|adds)"
SAID_BETWEEN = re.compile(rf"[,.!?…]\s*[”\"]\s*(?:{_SAYS}\s+{NAME}|{NAME.replace('<name>', '<name2>')}\s+{_SAYS}\b)")
#: Who is said to speak after a quotation: a name, a described speaker ("the Commission", "the
#: museum's director") or a pronoun, which marks the quotation without naming anyone.
_WHO = (r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne)\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+|"
        r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|al|bin|la|le)){0,4}|he|she|they|we|I)")
_SPEECH = (r"(?:said|says|wrote|writes|added|adds|told|tells|recalled|recalls|argued|argues|explained|explains|"
           r"declared|declares|insisted|insists|noted|notes|stated|states|remarked|remarks|replied|replies|"
           r"concluded|concludes|warned|warns|claimed|claims|asked|asks)")
#: The words after a quotation's closing mark that say who spoke: "..., the Commission wrote in its
#: summary." or "..., said Maria Ek."
SAID_AFTER = re.compile(rf"\s*(?:(?P<who>{_WHO})\s+(?:also\s+|later\s+|then\s+)?{_SPEECH}|{_SPEECH}\s+(?P<who2>{_WHO}))"
                        r"(?=[\s,.;:!?]|$)")
SAID_AFTER_MAX_WORDS = 20
SAID_QUOTE_MIN_WORDS = 3
#: A parenthetical citation closing a quotation: "(Quoted in The Russians Are Coming, by J. Kuzmarov)".
CITED_TAIL = re.compile(r"^\s*[\[(](?P<cite>[^()\[\]]{2,200})[\])]\s*[.,;]?\s*$")
PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
ATTRIBUTION_LINE = re.compile(rf"^[–—-]+\s*{NAME}\s*(?:\(.{{0,40}}\))?[.,]?(?:\s.*)?$")
#: A fully quoted paragraph with no attribution counts as a quotation only when it is this long:
#: shorter ones are headings or slogans in the author's own voice.
UNATTRIBUTED_QUOTE_MIN_WORDS = 12
THREAD_MARK = re.compile(
    r"(?:\b(?:said|wrote):(?:\s*↑.{0,40})?$|^post by .{1,40} » |^edited(?: \d+ \w+ ago)? by |\bposts? in this (?:topic|thread)|^link to (?:this )?post$|"
    r"^(?:quote|reply|report post|multiquote|reply with quote)$|^(?:posted|joined|join date)\b|^originally posted by )", re.I)
MAX_QUOTE_PARAGRAPHS = 60
#: A turn of an interview: the speaker's name, a colon, then the words spoken.
TURN = re.compile(r"^(?P<name>[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|al|bin|la|le)){0,3}):\s+\S")
#: Labels of a page's own notes, which also open with a word and a colon.
NOT_SPEAKERS = frozenset("note notes update updates editor source sources photo image credit credits read listen watch "
                         "tags tag category categories warning correction disclaimer share posted published thread "
                         "posts joined location reputation messages".split()) | {"join date", "likes received"}
#: A page is an interview when at least two speakers each have this many turns.
TURNS_PER_SPEAKER = 2
#: A turn of an interview set out as questions and answers: "Q: ...", "A. ...", "Answer: ...".
QA_TURN = re.compile(r"^(Q|A|Question|Answer)[.:]\s+\S")
INTERVIEW_CUE = re.compile(r"\b(?:interview\w*|spoke (?:to|with)|talk(?:ed|s)? (?:to|with)|conversation with|"
                           r"in conversation|we asked|sat down with|q ?& ?a with)\b", re.IGNORECASE)
HONORIFIC = r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)+"
FULL_NAME = re.compile(r"\b(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3}\b")
#: A poster's handle on a line of its own, above the time of the post ("tide_historian" / "· 3 yr. ago").
HANDLE = re.compile(r"^(?:u/)?(?P<name>[\w\-.]{2,40})$")


def parse(text: str, start: int = 0) -> Parsed:
    """Split ``text[start:]`` into voiced units and dropped chrome."""
    lines = split_lines(text, start)
    reasons = chrome_reasons(lines)
    posts = _posts(lines, reasons)
    roles: list[str] = [AUTHOR] * len(lines)
    speakers: list[str] = [""] * len(lines)
    groups: list[int] = [0] * len(lines)

    # Share buttons can recur in an article too: only a page with a thread's marks is split into posts,
    # and a page with a comments section is an article whose "Reply" links belong to its comments.
    is_thread = any(THREAD_MARK.search(line.text) for line in lines) and _comments_start(lines, reasons) is None
    if is_thread and len([p for p in posts if any(reasons[i] is None for i in p)]) >= 2:
        _thread(lines, reasons, posts, roles, speakers, groups)
    else:
        _answers(lines, reasons, roles, speakers, groups)
        _turns(lines, reasons, roles, speakers, groups)
        _question_and_answer(lines, reasons, roles, speakers, groups)
    _comments(lines, reasons, roles, speakers, groups)
    _block_quotes(lines, reasons, roles, speakers, groups)
    _quotations(lines, reasons, roles, speakers, groups)

    units, dropped = [], []
    group, previous = 0, None
    for i, line in enumerate(lines):
        if reasons[i] is not None:
            dropped.append(Dropped(line.start, line.end, line.text, reasons[i]))
            previous = None  # never join text across a removed line: spans must stay exact
            continue
        key = (groups[i], roles[i], speakers[i])
        if key != previous:
            group += 1
            previous = key
        units.append(Unit(line.start, line.end, line.text, line.block, roles[i], speakers[i], group))
    return Parsed(units, dropped)


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
        for key in {normalize(lines[i].text) for i in run if reasons[i] == "interface text"}:
            ui_runs[key] += 1
    recurring = {key for key, n in ui_runs.items() if n >= 2}
    # A post ends after the last footer line of a run; what follows (a "NAME said:") opens the next.
    boundaries = {max(i for i in run if normalize(lines[i].text) in recurring)
                  for run in runs if any(normalize(lines[i].text) in recurring for i in run)}
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
            posted = POST_BY.match(lines[i].text) if reasons[i] is None else None
            if posted:
                reasons[i] = "poster line"
                names[n] = names[n] or posted.group("name").strip()
            handle = HANDLE.match(lines[i].text) if reasons[i] is None else None
            # the handle's next lines hold the time of the post, perhaps after a mark such as "OP"
            if handle and any(reasons[j] in ("date line", "member profile") for j in post[k + 1:k + 3]):
                reasons[i] = "poster line"
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
    """The same short last line in two or more posts is a poster's signature, not their words."""
    last = {}
    for post in posts:
        kept = [i for i in post if reasons[i] is None]
        if kept and len(lines[kept[-1]].text.split()) <= 12:
            last.setdefault(normalize(lines[kept[-1]].text), []).append(kept[-1])
    for key, rows in last.items():
        if len(rows) >= 2:
            for i in range(len(lines)):
                if reasons[i] is None and normalize(lines[i].text) == key:
                    reasons[i] = "signature"


def _repeats(key: str, earlier: set[str]) -> bool:
    """Whether a paragraph repeats earlier text (equal, or one containing the other: quotes get trimmed)."""
    if key in earlier:
        return True
    return len(key.split()) >= 2 and any(len(e.split()) >= 2 and (e in key or key in e) for e in earlier)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
COMMENTER = re.compile(
    r"^(?P<name>[^\s:][^:]{0,38}?)\s+(?:"
    r"(?:says|said|wrote|replied|commented)\s*:?"  # "Ann says:"
    rf"|on\s+(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d\d-\d\d)(?:\s+at\s+[\d:]+\s*(?:am|pm)?)?"
    r"(?:\s+(?:said|says|wrote))?\s*:?"  # "Ann on March 3, 2020 at 5:12 pm said:"
    r"|[·•|]\s*\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?|yr|mo|h|d)s?\.?\s+ago"  # "ann · 3 yr. ago"
    r")$"
    r"|^(?P<handle>@[\w.\-]{2,30})\s+\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago(?:\s*\(edited\))?$",  # "@ann 3 years ago"
    re.I)


#: A person's name on a line of its own: "Olga P.", "Mark Dunn", "tide_historian".
NAME_LINE = re.compile(r"^(?P<name>[A-Z][\w'’\-]*\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}|[\w\-.]*[\d_][\w\-.]*)$")
#: The line under an answerer's name on a question-and-answer site: who they are, then when
#: ("Former History Teacher · 3y", "Studied History at X · Updated Aug 5").
CREDENTIAL = re.compile(
    rf"^(?!.*\bmin read\b).{{0,200}}?\s[·•]\s+(?:updated\s+)?(?:\d+\s*[ymwdh]|\d+\s*(?:years?|months?|weeks?|days?|hours?)\s+ago|"
    rf"{_MONTHS}\s+\d{{1,2}}(?:,?\s*\d{{4}})?)$", re.I)


def _answers(lines, reasons, roles, speakers, groups) -> None:
    """A question-and-answer page: each answer opens with its writer's name over a credential line
    ending in its age; everything up to the next such pair is that writer's answer."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    heads = [(i, j) for i, j in zip(kept, kept[1:])
             if NAME_LINE.match(lines[i].text) and CREDENTIAL.match(lines[j].text)]
    for n, (i, j) in enumerate(heads):
        reasons[i], reasons[j] = "poster line", "poster details"
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        for k in range(j + 1, end):
            roles[k], speakers[k], groups[k] = REPLY, lines[i].text, 40_000 + i


def _turns(lines, reasons, roles, speakers, groups) -> None:
    """An interview or a transcript: from each "NAME: ..." line to the next, that speaker's words,
    up to the comments. A name in capitals is written as a name ("PAUL LE BLANC" as "Paul Le Blanc")."""
    end = _comments_start(lines, reasons) or len(lines)
    turns = [(i, m.group("name")) for i in range(end) if reasons[i] is None and roles[i] == AUTHOR
             and (m := TURN.match(lines[i].text)) and m.group("name").lower() not in NOT_SPEAKERS]
    counts = Counter(name for _, name in turns)
    if sum(n >= TURNS_PER_SPEAKER for n in counts.values()) < 2:
        return
    for n, (i, name) in enumerate(turns):
        speaker = name.title() if name.isupper() else name
        stop = turns[n + 1][0] if n + 1 < len(turns) else end
        for k in range(i, stop):
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = QUOTED, speaker, 30_000 + i


def _question_and_answer(lines, reasons, roles, speakers, groups) -> None:
    """An interview set out as "Q: ..." and "A: ..." turns, introduced as one ("We spoke to ..."):
    each answer, up to the next question, is the interviewee's words. The interviewee is the one
    full name the introduction gives (a title such as "Dr." aside); the questions stay the page's own."""
    end = _comments_start(lines, reasons) or len(lines)
    turns = [(i, m.group(1)[0].upper()) for i in range(end) if reasons[i] is None and roles[i] == AUTHOR
             and (m := QA_TURN.match(lines[i].text))]
    if min(sum(kind == k for _, kind in turns) for k in "QA") < TURNS_PER_SPEAKER:
        return
    intro = " ".join(lines[i].text for i in range(turns[0][0]) if reasons[i] is None)
    if not INTERVIEW_CUE.search(intro):  # a page of frequently asked questions answers in its own voice
        return
    names = {re.sub(HONORIFIC, "", m.group(0)) for m in FULL_NAME.finditer(intro)}
    names = {n for n in names if len(n.split()) >= 2}
    speaker = names.pop() if len(names) == 1 else ""
    for n, (i, kind) in enumerate(turns):
        stop = turns[n + 1][0] if n + 1 < len(turns) else end
        for k in range(i, stop if kind == "A" else i):
            if roles[k] == AUTHOR and reasons[k] is None:
                roles[k], speakers[k], groups[k] = QUOTED, speaker, 30_000 + i


def _comments_start(lines, reasons) -> int | None:
    """The line of the comments header; one near the top of a page is a navigation link instead."""
    return next((i for i in range(len(lines) // 3, len(lines))
                 if reasons[i] in (None, "interface text") and COMMENTS_HEADER.match(lines[i].text)), None)


def _comments(lines, reasons, roles, speakers, groups) -> None:
    """Everything after a comments header is comments; a "NAME says:" line names the comment after it,
    and such a line or a date line starts a new comment."""
    start = _comments_start(lines, reasons)
    if start is None:
        return
    reasons[start] = "comments header"
    group, speaker, named = 10_000 + start, "", False
    for j in range(start + 1, len(lines)):
        commenter = COMMENTER.match(lines[j].text) if reasons[j] is None else None
        if commenter is None and reasons[j] is None and _name_over_date(lines, reasons, j):
            commenter = NAME_LINE.match(lines[j].text)
        if commenter:
            reasons[j] = "commenter line"
            name = commenter.group("name") or commenter.groupdict().get("handle") or ""
            group, speaker, named = 10_000 + j, name.strip(), True
            continue
        if reasons[j] == "date line":
            if not named:  # a date under a "NAME says:" line dates that comment; alone, it starts one
                group, speaker = 10_000 + j, ""
            continue
        if reasons[j] is None:
            named = False
        if roles[j] == AUTHOR:
            roles[j], speakers[j], groups[j] = COMMENT, speaker, group


def _name_over_date(lines, reasons, j) -> bool:
    """A name on a line of its own that opens a comment, with the comment's date under it, or with
    the comment's words under it in the same paragraph, after another comment's action row ("Like ·
    Reply · 3y") or the comments header."""
    opens = j == 0 or reasons[j - 1] is not None or lines[j - 1].block != lines[j].block
    if not opens or j + 1 >= len(lines) or NAME_LINE.match(lines[j].text) is None:
        return False
    if reasons[j + 1] == "date line":
        return True
    after_chrome = j > 0 and reasons[j - 1] in ("interface text", "comments header")
    return (after_chrome and reasons[j + 1] is None and lines[j + 1].block == lines[j].block
            and len(lines[j].text.split()) >= 2)


def _quote_counts(text: str) -> tuple[int, int, int]:
    """(opening marks, closing marks, straight double quotes) in ``text``."""
    return (sum(text.count(c) for c in OPEN_QUOTES), sum(text.count(c) for c in CLOSE_QUOTES), text.count('"'))


def _opens_quote(text: str) -> bool:
    return bool(text) and (text[0] in OPEN_QUOTES or text[0] == '"')


def _closing_tail(text: str) -> str | None:
    """The text after the last closing quotation mark, or None if the paragraph never closes one."""
    positions = [text.rfind(c) for c in CLOSE_QUOTES + '"']
    last = max(positions)
    return None if last <= 0 else text[last + 1:]


def _speaker_from_tail(tail: str) -> str:
    match = ATTRIBUTION_TAIL.match(tail)
    return match.group("name").strip() if match else ""


def _cited_after(tail: str) -> str | None:
    """The speaker of a parenthetical citation after a quotation ("(Quoted in TITLE, by NAME)"),
    "" when it names nobody ("(emphasis added)", "(1936)"), or None when the tail is not one."""
    match = CITED_TAIL.match(tail)
    if not match:
        return None
    by = re.search(rf"\bby\s+{NAME}(?:\s+(?:and|&)\s+{NAME.replace('<name>', '<name2>')})?\s*$", match.group("cite"))
    if not by:
        return ""
    return " and ".join(n for n in (by.group("name"), by.group("name2")) if n)


def _said_after(tail: str) -> str | None:
    """The speaker named by a short attribution after a quotation ("..., the Commission wrote."),
    "" for a pronoun ("..., he said."), or None when the words after the quotation are not one."""
    if len(tail.split()) > SAID_AFTER_MAX_WORDS:
        return None
    match = SAID_AFTER.match(tail)
    if not match:
        return None
    who = (match.group("who") or match.group("who2")).strip()
    return "" if who.lower() in PRONOUNS else re.sub(r"(?<=\w\w)\.$", "", who)


def _speaker_between(text: str) -> str:
    """The speaker named between the parts of a quotation: "..., ” said Maria Ek. “..." """
    match = SAID_BETWEEN.search(text)
    if match:
        return re.sub(r"(?<=\w\w)\.$", "", (match.group("name") or match.group("name2")).strip())
    for close in re.finditer(r"[,!?…]\s*[”\"]", text):  # "..., ” the museum's director said. “..."
        said = SAID_AFTER.match(text, close.end())  # match() anchors at the position
        if said:
            who = (said.group("who") or said.group("who2")).strip()
            return "" if who.lower() in PRONOUNS else who
    return ""


def _block_quotes(lines, reasons, roles, speakers, groups) -> None:
    """Markdown or e-mail block quotes ("> ..." lines) are quoted text; "NAME wrote:" before them names it."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for k, i in enumerate(kept):
        if not lines[i].text.startswith(">") or roles[i] == QUOTED:
            continue
        run = [i]
        for j in kept[k + 1:]:
            if not lines[j].text.startswith(">"):
                break
            run.append(j)
        speaker = ""
        if k > 0:
            intro = SAID.match(lines[kept[k - 1]].text)
            if intro:
                speaker = (intro.group("name") or intro.group("name2")).strip()
                reasons[kept[k - 1]] = "quote header"
        signed = ATTRIBUTION_LINE.match(lines[run[-1]].text.lstrip("> ")) if len(run) > 1 else None
        if signed and not speaker and len(lines[run[-1]].text.split()) <= 10:  # "> – NAME" closing the quote
            speaker = signed.group("name").strip()
        for j in run:
            roles[j], speakers[j], groups[j] = QUOTED, speaker, 30_000 + i


def _quotations(lines, reasons, roles, speakers, groups) -> None:
    kept = [i for i, r in enumerate(reasons) if r is None]
    k = 0
    while k < len(kept):
        i = kept[k]
        text = lines[i].text
        if roles[i] == QUOTED or not _opens_quote(text):
            k += 1
            continue
        run, speaker = _quote_run(lines, kept, k, roles)
        if not run:
            k += 1
            continue
        for j in run:
            roles[j], speakers[j] = QUOTED, speaker
            groups[j] = 20_000 + i
        k += len(run)


def _quote_run(lines, kept, k, roles) -> tuple[list[int], str]:
    """The paragraphs of a quotation starting at ``kept[k]`` and its speaker, or ([], "")."""
    first = lines[kept[k]].text
    straight = first[0] == '"'
    opens, closes, plain = _quote_counts(first[1:])
    closed_here = (plain % 2 == 1) if straight else closes > opens
    if closed_here:
        tail = _closing_tail(first)
        # A title in quotation marks that opens a sentence ("“Trotsky” the series claims ...") is not a quotation.
        said = _said_after(tail or "") if len(first[:len(first) - len(tail or "")].split()) >= SAID_QUOTE_MIN_WORDS else None
        cited = _cited_after(tail or "")
        named = _speaker_from_tail(tail or "") or _speaker_between(first) or said or cited or ""
        extra, speaker = _attribution_line(lines, kept, k + 1, roles, [kept[k]], named)
        # With nothing after it but a citation that names nobody ("(1936)"), a quotation is as
        # bare as one with nothing after it at all.
        bare = tail is not None and (not tail.strip(" .,;") or cited == "")
        if speaker or said is not None or (bare and len(first.split()) >= UNATTRIBUTED_QUOTE_MIN_WORDS):
            return [kept[k]] + extra, speaker
        return [], ""
    # A multi-paragraph quotation (a letter, a long citation): find where it closes.
    run = [kept[k]]
    for m in range(k + 1, min(len(kept), k + MAX_QUOTE_PARAGRAPHS)):
        j = kept[m]
        if roles[j] != roles[kept[k]]:
            return [], ""
        text = lines[j].text
        run.append(j)
        body = text[1:] if _opens_quote(text) and not straight else text
        o, c, p = _quote_counts(body)
        if (p % 2 == 1) if straight else c > o:
            tail = _closing_tail(text) or ""
            speaker = _speaker_from_tail(tail) or _valediction_name(lines, run)
            extra, named = _attribution_line(lines, kept, m + 1, roles, run, speaker)
            return run + extra, speaker or named
    return [], ""


def _attribution_line(lines, kept, m, roles, run, speaker) -> tuple[list[int], str]:
    """A '-NAME (years)' line right after a quotation belongs to it and names its speaker."""
    if m < len(kept) and roles[kept[m]] == roles[run[0]]:
        match = ATTRIBUTION_LINE.match(lines[kept[m]].text)
        if match and len(lines[kept[m]].text.split()) <= 10:
            return [kept[m]], speaker or match.group("name").strip()
    return [], speaker


def _valediction_name(lines, run) -> str:
    for a, b in zip(run, run[1:]):
        if VALEDICTION.match(lines[a].text.strip("“”\"« »")):
            name = lines[b].text.strip("“”\"«» ,.")
            if 1 <= len(name.split()) <= 5 and name[:1].isupper():
                return name
    return ""


def describe(name: str, text: str) -> str:
    """How the document introduces ``name``: the appositive after its first mention
    ("Esteban Volkov, the grandson of ..."), or "" when it gives none."""
    candidates = [name] + ([" ".join(name.split()[:2])] if len(name.split()) > 2 else [])
    candidates += [name.split("-")[0]] if "-" in name else []
    for candidate in candidates:
        name_re = re.escape(candidate)
        # "NAME (Hitler's minister of propaganda)" or "NAME, the grandson of ...", but not "the honour
        # of NAME, a cause ...", where the phrase describes something else.
        found = [m for pattern in (name_re + r"\s*\((?!see |cf\.|e\.g\.|ibid)([^()]{3,80})\)",
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
