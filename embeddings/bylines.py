"""What a page says of itself around its title, for a source that has no metadata: its title, its
author and its date.

A web page states them in lines that cleaning leaves out of the text (see :mod:`embeddings.cleaning`):
a byline under the title ("By Lena Holm", "Posted on March 3, 2021 by Hannah Wexler", "Posted by
u/harbour_reader"), a date line ("Published: 12 June 2022", "March 3, 2021"), and the header of
its comments, which repeats the title ("3 thoughts on “Why the Moscow Trials still matter”").
The title is the heading line just above the byline, else the one the comments header quotes, else
the document's first short line. Metadata a curator wrote always wins over these.
"""
from __future__ import annotations

import re
from datetime import datetime

from .cleaning import (
    BOX_LABEL,
    BYLINE_LINES,
    COMMENTS_HEADER,
    HANDLE,
    LINK_NOTE,
    MENU_MAX_WORDS,
    REVIEWS_BY,
    SIGNED_INITIALS,
    Dropped,
    is_prose,
    normalize,
    plain,
    two_sentences,
)
from .comments import READERS
from .interface import NAV_LABELS

#: "Posted on March 3, 2021 by Hannah Wexler", "Posted by u/quietvolga 2 yr. ago", "Posted by Tom Reilly at
#: 4:12 PM" (under a blog's post), "Written by A. Woods", "Author: Jo Park", "214 points by tidewater 9 hours
#: ago | hide | 63 comments" (under a submitted link), "posted by larkspur_lane (34 comments total)" (under a
#: community weblog's post), "Posted by msmash on Friday January 29, 2021 @02:14PM from the cold-case dept." (over a
#: news aggregator's story).
POSTED = re.compile(
    r"^(?i:(?:posted|published|written|updated)(?: on:?\s*(?P<date>.{4,30}?))?\s+by:?|author(?:\(s\))?:?|[\d,]+ points? by|"
    r"submitted(?: \d+ \w+ ago)? by)\s+(?:u/)?"
    r"(?P<name>[\w][\w.'’\-]*(?:@[\w\-]+(?:\.[\w\-]+)+|(?:\s+[A-Z][\w.'’\-]*){0,3}))"
    r"(?:\s+to\s+\S{1,80})?"  # a federated link aggregator's community: "... by tidewrack@lemmy.world to c/history@lemmy.ml"
    r"(?:\s+[·•]?\s*\d+\s*[a-z]+\.?\s+ago|\s+at\s+\d{1,2}:\d\d\s*(?i:[ap]m)?"
    # (on a day, at its time or not: "... on December 2, 2017", "... on Friday January 29, 2021 @02:40PM from the ... dept.")
    r"|\s+on\s+(?P<day>(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\s+\d{1,2},\s+\d{4})(?:\s+(?:@|at\s+)\d{1,2}:\d\d\s*(?i:[ap]m)?)?"
    r"(?:\s+from the .{1,60} dept\.)?)?"
    r"(?:\s+\|.{0,120}|\s+\([\d,]+ comments? total\).{0,80})?\s*$")
#: A forum post's header of the phpBB kind: "Post by saltmarsh » Mon Mar 08, 2021 2:14 pm".
FORUM_POST = re.compile(r"^(?:post )?by (?P<name>[^»]{1,40}?) » (?P<date>.{4,60})$", re.IGNORECASE)
#: A forum's "Thread starter RedKestrel Start date Mar 3, 2021", or the same on two lines.
STARTER = re.compile(r"^thread starter\s+(?P<name>\S.{0,40}?)(?:\s+start date\s+(?P<date>.{4,30}))?$", re.IGNORECASE)
#: "Published: 12 June 2022", "Updated: Jul 13, 2023", "Posted on March 3, 2021", "asked Mar 2, 2021 at 10:00".
DATED = re.compile(r"^(?:(?P<kind>posted|published|updated|last updated|last modified|asked|aired|first aired|broadcast|"
                   r"first broadcast|recorded|start date|air date)(?: on)?:?|«\s*on:)\s+(?P<date>.{4,40}?)"  # "Aired on Tuesday, ..."
                   r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?(?:\s+on\s+[A-Z].{1,40})?\s*»?$",  # "..., 09:00 on BBC Radio 4"
                   re.IGNORECASE)  # (a forum's first post of the Simple Machines kind: "« on: March 06, 2021, 02:14:22 PM »")
#: A blog's date and author on one line: "March 6, 2021 by Anna Berg".
DATED_BYLINE = re.compile(r"^(?P<date>\S.{3,30}?\d{4}) by (?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})$")
#: A press office's note over a statement names who issued it: "The following statement was issued today by
#: the Spokesman for the Chair of the Gull Point Board:".
ISSUED_BY = re.compile(r"^the following (?:statement|message|remarks|text) (?:was|were) (?:issued|delivered|released) "
                       r"(?:today )?by (?:the )?(?P<name>[^:]{3,120}):$", re.IGNORECASE)
#: A line ending in a full date: "..., London, 6 March 1998", "..., March 6, 1998".
DATELINE_END = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-zA-Z]+,? |\b[A-Z][a-zA-Z]+\.? \d{1,2}(?:st|nd|rd|th)?, )\d{4}\)?\.?$")
#: A reference page's fact under its label, never a title: "Also known as: Thomas Reilly", "Born: May 3, 1890".
FACT = re.compile(r"^(?:also known as|born|died|known for|title(?: / office)?|office|spouse|awards?|notable works?|"
                  r"political affiliation|nationality|occupation|founded|founder|original name)\s*:\s", re.IGNORECASE)
#: A forum's topic over its first post names it: "Author Topic: Was the keeper forced out?  (Read 1234 times)".
TOPIC = re.compile(r"^author\s+topic:\s+(?P<title>\S.{1,200}?)\s+\(read [\d,]+ times\)$", re.IGNORECASE)
#: An archive's note on when the text it keeps was written: "Written: 29 August 1937.", "Written: September 1927".
WRITTEN = re.compile(r"^written:\s+(?P<date>[^;()]{4,40}?)\.?$", re.IGNORECASE)
#: A catalogue's record names the author after a tab: "Author\tAnna Berg".
RECORD_AUTHOR = re.compile(r"^author\t+(?P<name>[^\t]{2,60})$", re.IGNORECASE)
#: An e-book's header names its title: "Title: The Last Keeper".
LABELLED_TITLE = re.compile(r"^title:\s+(?P<title>\S.{1,160})$", re.IGNORECASE)
#: "Published on H-War (May, 2019)": a review's network, and the month it was published.
PUBLISHED_ON = re.compile(r"^published (?:on|in) [^()]{1,60}\((?P<date>[^()]{4,30})\)$"
                          # "Published online by ...: 04 March 2021", "Pages 519-541 | Published online: 18 Aug 2006"
                          r"|^(?:pages? \d+\s*[-–]\s*\d+\s*[|·•]\s*)?published online(?: by [^:]{1,80})?:\s*(?P<online>.{4,30})$",
                          re.IGNORECASE)
#: "Updated: May 7, 2024 | Original: November 9, 2009": the page was first published on the second date.
REVISED = re.compile(r"^(?:last )?updated:?\s+(?P<updated>.{4,30}?)\s*[|·•]\s*(?:original|first published|published):?\s+"
                     r"(?P<date>.{4,30}?)\s*$", re.IGNORECASE)
#: A comments header that quotes the page's title.
#: A video's count of views and its day: "148,302 views  Oct 25, 2021  #britishhistory".
VIEWED = re.compile(r"^[\d.,]+\s*[km]?\s+views?\s+(?P<kind>(?:premiered|streamed live)(?: on)?\s+)?(?P<date>\S.{4,30}?\d{4})"
                    r"(?:\s+#\S+)*$", re.IGNORECASE)
QUOTED_TITLE = re.compile(r"“(?P<curly>.{3,200})”\s*[:.]?$|[“\"‘'](?P<title>[^“”\"]{3,200})[”\"’']\s*[:.]?$")
#: (Digits with dashes are month first, as forum software of the MyBB kind writes them, "03-06-2021",
#: unless the first is no month; with dots, day first, "06.03.2021".)
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d",
                "%b. %d, %Y", "%d %B, %Y", "%d %b, %Y", "%m-%d-%Y", "%d-%m-%Y", "%d.%m.%Y")
#: A book's publisher, length and price, as a review sets them under its title: "Springer, 318pp, £25",
#: "Yale University Press, 312 pages, $30".
BOOK_DETAILS = re.compile(r"\b\d{2,4}\s*(?:pp|pages)\b.*[£$€]\s?\d|[£$€]\s?\d.*\b\d{2,4}\s*(?:pp|pages)\b", re.IGNORECASE)
BOOK_DETAILS_MAX_WORDS = 15
#: A journal's issue, after its name, over an article's title: "Journal of Siberian Studies 12 (2019): 31–52",
#: "Coastal History Review, Vol. 7, No. 2".
JOURNAL_ISSUE = re.compile(r"(?:\b(?:vol\.?|volume)\s*\d+|\b\d{1,4}\s*\(\d{4}\))"
                           r"(?:[,:]\s*(?:no\.?\s*\d+|issue\s*\d+|\d+\s*[–-]\s*\d+|pp?\.\s*\d+\s*[–-]\s*\d+))*\.?$", re.IGNORECASE)
TITLE_WORDS = (2, 20)
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 15
#: Where a speech or a dispatch was given, under its date: "Harbour Square, Bergen".
PLACE = re.compile(r"^[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*,(?: [A-Z][\w'’.\-]*)+$")
FOLLOW = re.compile(r"^(?:follow|subscribe)$", re.IGNORECASE)
PERSON = re.compile(r"^(?!(?:The|A|An) )[A-Z][\w'’\-]*\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}$")


#: A page on the web was not written before this year: an older date near its top is the history
#: it tells ("Born 7 November 1879" in an encyclopedia's box), not when it was written.
WEB_YEARS_FROM = 1990


def page_date(text: str) -> str:
    """``iso_date(text)`` when it can be the date a web page was written, else ""."""
    date = iso_date(text)
    return date if date and int(date[:4]) >= WEB_YEARS_FROM else ""


def iso_date(text: str) -> str:
    """``text`` as YYYY-MM-DD when it is a date in a common written form (YYYY-MM for a month and a
    year: "Mar 2021"), else ""."""
    text = re.sub(r"\s+(?:subscribe|share|print)$", "", text.strip(), flags=re.IGNORECASE)  # a button beside it
    text = re.sub(r"\s*[—–·•|-]\s*\d+\s*min(?:ute)?s?\s+read$", "", text, flags=re.IGNORECASE)  # "— 4 min read"
    text = re.sub(r"\s+updated\s+\S.{0,30}$", "", text, flags=re.IGNORECASE)  # "... GMT Updated 3 years ago"
    text = re.sub(r"\s*[•·|]\s*article history$", "", text, flags=re.IGNORECASE)  # "Aug 17, 2024 • Article History"
    text = re.sub(r",?\s+\d{1,2}\s*[ap]m(?:\s+[a-z]{2,4})?$", "", text, flags=re.IGNORECASE)  # "March 6, 2021, 6 AM ET"
    text = re.sub(r"(?:,|\s*[•·|-])?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]m)?(?:\s*(?:gmt|bst|utc|cet|cest|[ecmp][sd]?t|[+-]\d{4}))?"
                  r"(?:\s*\(\w+\))?$", "",
                  " ".join(text.split()).strip(" .,"), flags=re.IGNORECASE)
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text.strip(" -"))
    text = re.sub(r"^[A-Z][\w&'’.\- ]{1,60},\s+(?=[A-Z][a-z]+\.? \d{1,2},? \d{4}$)", "", text)  # "Global Research, March 06, 2021"
    text = re.sub(r"\s*[•·]\s*\d+\s*(?:min|hr)s?(?: \d+ min)?$", "", text)  # a podcast episode's "Mar 6, 2021 • 45 min"
    text = re.sub(r"^\d{1,2}:\d\d\s*(?:[ap]m)?\s*[·•]\s*", "", text, flags=re.IGNORECASE)  # "2:14 PM · Mar 8, 2019"
    text = re.sub(r"^\d{1,2}[:.]\d\d\s*(?:gmt|bst|utc|cet|cest|[ecmp][sd]t)?,\s+(?=\d)", "", text,  # "14:02 GMT, 6 March 2017"
                  flags=re.IGNORECASE)
    text = re.sub(r"^\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?\s+(?=[a-z])", "", text,  # "6:00 a.m. ET March 6, 2021"
                  flags=re.IGNORECASE)
    text = re.sub(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?)\s+", "", text,
                  flags=re.IGNORECASE)
    # the C library's time: "Mar 3 09:14:22 EST 2014"
    text = re.sub(r"^([A-Za-z]{3})\s+(\d{1,2})\s+\d\d:\d\d:\d\d(?:\s+[A-Za-z]{3,4})?\s+(\d{4})$", r"\1 \2 \3", text)
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    for fmt in ("%B %Y", "%b %Y", "%B, %Y", "%b, %Y"):
        try:
            return datetime.strptime(text, fmt).strftime("%Y-%m")
        except ValueError:
            continue
    return ""


def page_details(units, dropped: list[Dropped]) -> dict[str, str]:
    """The title, author and date a page states, as far as it states them (keys only for what is found)."""
    head_end = _head_end(units, dropped)
    top = [d for d in dropped if d.start < head_end]
    details: dict[str, str] = {}
    byline_at = None
    date_first = False  # the head opens with a bare date line, as a blog's date header over its title
    dates: dict[str, str] = {}
    for n, d in enumerate(top):
        text = plain(" ".join(d.text.split()))
        labelled = LABELLED_TITLE.match(text) if d.reason == "e-book frame" else TOPIC.match(text)
        if labelled:  # an e-book's "Title: The Last Keeper", a forum's "Author Topic: ..."
            details.setdefault("title", labelled.group("title"))
            continue
        reviewer = REVIEWS_BY.match(text)
        if reviewer:  # the reviewer is the page's author, not the writer of the book its "by" line names
            details["author"] = reviewer.group("name").strip()
            details.setdefault("title", reviewer.group("title").strip())
            continue
        issued = ISSUED_BY.match(text)
        if issued:
            details.setdefault("author", issued.group("name").strip())
            continue
        written = WRITTEN.match(text)
        if written and iso_date(written.group("date")):  # an archive's note on when its text was written: the text's date
            dates.setdefault("written", iso_date(written.group("date")))
            continue
        recorded = RECORD_AUTHOR.match(d.text.strip())
        if recorded:  # a catalogue's record of a book, under its description: no byline
            details.setdefault("author", recorded.group("name").strip())
            continue
        posted = POSTED.match(text) or STARTER.match(text) or FORUM_POST.match(text)
        if posted or d.reason == "byline":
            name = posted.group("name") if posted else byline_name(text)
            if name and "author" not in details:
                details["author"] = name
            written = (posted.groupdict().get("date") or posted.groupdict().get("day")) if posted else _byline_date(text)
            if written and page_date(written):
                dates.setdefault("posted", page_date(written))
            byline_at = d.start if byline_at is None else byline_at
            continue
        revised = REVISED.match(text)
        if revised and page_date(revised.group("date")):
            dates.setdefault("posted", page_date(revised.group("date")))
            byline_at = d.start if byline_at is None else byline_at
            continue
        dated = PUBLISHED_ON.match(text) or DATED.match(text) or VIEWED.match(text)
        written = (dated.group("date") or dated.groupdict().get("online") or "") if dated else ""
        if dated and page_date(written):
            revised = (dated.groupdict().get("kind") or "").lower().endswith(("updated", "modified"))
            dates.setdefault("updated" if revised else "posted", page_date(written))
            # (under the text, "Last updated on 6 March 2021" dates the page and is no byline for a title over it)
            if any(u.start > d.start and is_prose(u.text) for u in units):
                byline_at = d.start if byline_at is None else byline_at
        elif d.reason == "message header" and text.lower().startswith("date:") and page_date(text[5:].strip()):
            dates.setdefault("posted", page_date(text[5:].strip()))  # a message's "Date: Mon, 3 Mar 2014 09:14:22 -0500"
        elif d.reason == "date line" and page_date(text):
            dates.setdefault("posted", page_date(text))
            # under a label ("Release date:"), or under the text's first paragraphs, a date is one of the
            # page's details, and no byline for the title to stand over
            if _labelled(units, top, n) or sum(u.start < d.start and is_prose(u.text) for u in units) > 1:
                continue
            date_first = date_first or byline_at is None
            byline_at = d.start if byline_at is None else byline_at
    # a trail of links whose last step is a line of the page names that line as its title
    # ("Soviet History Forum » The Interwar Years » Who planned the attack?" over "Who planned the attack?")
    for d in top:
        steps = re.split(r"\s[>»›]\s", plain(d.text.strip())) if d.reason == "navigation crumbs" else []
        last = steps[-1] if len(steps) > 1 else ""
        if last and any(normalize(u.text) == normalize(last) for u in units[:6]):
            details.setdefault("title", last)
    followed = _name_to_follow(units, top)
    if followed and details.get("author", followed.text) == followed.text:  # "Anna Berg" over a "Follow" button
        details.setdefault("author", followed.text)
        byline_at = followed.start if byline_at is None else min(byline_at, followed.start)
    # or the day the writer signed it with their initials, under the text ("ACW (27.5.2020)")
    signed = [page_date(m.group("day")) for d in dropped if d.reason == "signature" and (m := SIGNED_INITIALS.match(d.text.strip()))]
    date = dates.get("written") or dates.get("posted") or dates.get("updated") or next((day for day in signed if day), "")
    if date:
        details["date"] = date
    if "author" not in details:  # a closing credit: "Written by J.M.K. for the Stalin Society Study Circle, 1999."
        credited = [m.group("name") for d in dropped if d.reason == "interface text" and (m := WRITTEN_FOR.match(d.text.strip()))]
        if credited:
            details["author"] = credited[0]
    if "author" not in details:  # a programme's page names its host in its credits ("Producer & Host: Doug Storm")
        hosts = [m.group("name") for u in units if (m := HOST.match(" ".join(u.text.split())))]
        if hosts:
            details["author"] = hosts[0]
    # a post under its writer's handle over its day ("coal_smoke_and_salt" / "Feb. 15th, 2018") sets its subject under
    # them, below the site's name and motto, as a blog sets it under its date
    by_handle = any(d.start == byline_at and d.reason == "byline" and HANDLE.match(plain(d.text.strip())) for d in top)
    # (a comments header that quotes a line of the page names the title: "2 thoughts on “...”")
    title = (_title_from_comments(units, dropped) or _title_repeated(units)
             or _title_above(units, byline_at, date_first or by_handle, dropped, details.get("author", "")))
    author = details.get("author", "")
    if author and re.search(rf"\s[|–—-]\s+{re.escape(author)}$", title):
        title = title[:-len(author)].rstrip(" |–—-")  # "The Assassination of Leon Trotsky | History Explained"
    title = LINK_NOTE.sub("", title)
    section = SECTION.match(title)  # "Opinion | The keeper was not forced out": a newspaper's section before it
    if section and normalize(section.group("section")) in NAV_LABELS:
        title = title[section.end():]
    title = details.get("title") or title or _subject(top)
    if title:
        details["title"] = " ".join(title.split())  # (a title wrapped over two lines, read as one)
    return details


#: A programme's credit naming its host: "Producer & Host: Doug Storm", "Presenter: Claire Bowes", "Hosted by Ann Lee".
HOST = re.compile(r"^(?:(?:(?:executive |series )?producer|writer)\s*(?:&|and)\s*)?(?:host|presenter|hosted by|presented by)\s*:?\s*"
                  r"(?P<name>(?-i:[A-Z])[\w.'’\-]*(?: (?-i:[A-Z])[\w.'’\-]*){1,3})$", re.IGNORECASE)


def _labelled(units, top, n: int) -> bool:
    """Whether the date line ``top[n]`` stands under a label of its own ("Release date:"), with no
    text between."""
    if n == 0 or not top[n - 1].text.rstrip().endswith(":"):
        return False
    return not any(top[n - 1].end <= u.start < top[n].start for u in units)


def _subject(top) -> str:
    """A message's subject near the top of the page, without its "Re:": a mailing list's title; or the
    title a digital library's page gives its text ('Full text of "My Life"')."""
    for d in top:
        full = re.match(r'^full text of\s+["“](?P<title>[^"”]{2,200})["”]$', d.text.strip(), re.IGNORECASE)
        if full and d.reason == "interface text":
            return full.group("title").strip()
        found = re.match(r"^(?:subject:\s*)?(?:re:\s*)+(?P<title>\S.{2,200})$|^subject:\s*(?P<title2>\S.{2,200})$",
                         " ".join(d.text.split()), re.IGNORECASE)
        if found and d.reason in ("interface text", "message header"):
            return (found.group("title") or found.group("title2")).strip()
    return ""


def _name_to_follow(units, top):
    """The author's name on a line of its own just above a "Follow" or "Subscribe" button."""
    buttons = {d.start for d in top if FOLLOW.match(d.text.strip())}
    for unit, after in zip(units, units[1:] + [None]):
        nxt = min([b for b in buttons if b > unit.end] or [float("inf")])
        if nxt < (after.start if after else float("inf")) and (PERSON.match(unit.text.strip()) or HANDLE.match(unit.text.strip())):
            return unit
    return None


def _head_end(units, dropped) -> int:
    """Where the head of the page ends: the start of its ``BYLINE_LINES``-th line of text (a menu or
    other chrome above the title does not count), or of the first words in another voice (a
    comment's date is not the page's)."""
    starts = sorted(u.start for u in units)
    end = starts[BYLINE_LINES] if len(starts) > BYLINE_LINES else float("inf")
    # (context readers added under a post stands between the post and its date)
    others = [u.start for u in units if u.role in ("reply", "comment") and u.speaker != READERS]
    # the first poster line over the author's words is the opening post's, whose poster and date are the page's
    posters = [d.start for d in dropped if d.reason == "poster line"]
    opening = next((u for u in units if posters and u.start > posters[0]), None)
    posters = posters[1:] if opening is not None and opening.role == "author" else posters
    others += [d.start for d in dropped if d.reason in ("comments header", "commenter line")] + posters
    return min([end] + others)


def _byline_date(text: str) -> str:
    """The date a byline gives after the name: "By Anna Berg, March 3, 2021", "By Anna Berg · 14 June
    2023 · Research", "By Coalpasser, February 16, 2018 in The Spanish-American War"."""
    dated = DATED_BYLINE.match(text)
    if dated:
        return dated.group("date")
    parts = re.split(r"\s+[·•–—|]\s+", text)
    if len(parts) > 1:
        return next((p for p in parts[1:] if page_date(p)), "")
    # "By Coalpasser, February 16, 2018 in The Spanish-American War": a forum topic's date and its forum
    rest = re.sub(r"(?<=\d{4})\s+in\s+\S.{0,60}$", "", text.partition(",")[2])
    # or where and when a speech was given: "Delivered by Helen Marks, London, 4 November 2023"
    dateline = DATELINE_END.search(text)
    return dateline.group(0).rstrip(".)") if dateline and not page_date(rest) else rest


def byline_name(text: str) -> str:
    """The name a byline gives: "By Anna Berg, March 3, 2021" → "Anna Berg"."""
    dated = DATED_BYLINE.match(text)
    if dated:
        return dated.group("name")
    name = re.sub(r"^(?:by:?|authors?(?:\(s\))?:|from:|(?:a )?guest post by|reviewed by|interview(?:ed)? by|delivered by|asked by|started by)\s+", "", text, flags=re.IGNORECASE)
    sender = (re.match(r"^\S+(?:@|\s+at\s+)\S+\s*\((?P<name>[^()]+)\)$", name)  # "pdahl at fjord.example.no (Per Dahl)"
              or re.match(r"^(?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3})\s+\S+\s+at\s+\S+\.[a-z]{2,}$", name))  # "Per Dahl pdahl at fjord.example.no"
    if sender:
        return sender.group("name").strip()
    # (a day right after the name, "By Anna Berg 3 March 2021", "By Anna Berg March 3, 2021", is not part of it;
    # nor is the article of an agency's name, "By the Associated Press.")
    name = re.sub(r"\s+(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$", "", name)
    name = re.sub(r"(?<=[a-z]{3})\.$", "", re.sub(r"^the\s+(?=[A-Z])", "", name))
    return re.split(r"\s*(?:,|\||\(|<|\band\b|&|[·•–—])\s*", name, maxsplit=1)[0].strip().strip('"') if name else ""


def _is_heading(text: str) -> bool:
    text = plain(text)
    n = len(text.split())
    return (TITLE_WORDS[0] <= n <= TITLE_WORDS[1] and not text.endswith((",", ":", ";", ".")) and not two_sentences(text)
            and not FACT.match(text))


#: A closing credit naming the writer: "Written by J.M.K. for the Stalin Society Study Circle, 1999."
WRITTEN_FOR = re.compile(r"^written by (?P<name>\S.{0,39}?) for .{1,80}?, \d{4}\.", re.IGNORECASE)
#: A section's label before a title: "Opinion | ", "Culture: ".
SECTION = re.compile(r"^(?P<section>[A-Z][\w&' ]{1,30}?)\s*[|:]\s+(?=\S)")
#: An episode's, a part's or a lecture's title under the name of its show, series or course.
NUMBERED_PART = re.compile(r"^(?:episode|ep\.|part|chapter|lecture)\s*\d+\b", re.IGNORECASE)
#: Short lines right above a byline, this many or more, are a blog's categories, not its title.
CATEGORY_LINES = 2


def _title_above(units, byline_at, date_first: bool = False, dropped=(), named: str = "") -> str:
    """The heading line above the byline, among the author's lines. Of a headline and a standfirst
    on the two lines above it ("Trotsky Was Not a Democrat" / "Why the romantic image ... does not
    survive"), the upper one, unless it is as short as a site's name ("The Old Mole"). Under a bare
    date that opens the head (``date_first``), or where no heading stands just above, the heading
    just below comes first when the text follows it: a blog sets its date over the title. A line over
    the heading with a removed line between them (a site's motto over its menu) is no headline."""
    if byline_at is None:
        return ""
    # A one-word line right above the byline that the text's first sentence names is the title
    # ("Lusitania" / "By: HISTORY.com Editors" / "On May 7, 1915, the British ocean liner Lusitania ...");
    # other one-word lines above a byline are a forum's category and tags ("History", "trotsky").
    nearest = [u for u in units if u.end <= byline_at][-1:]
    opening = next((u.text for u in units if u.start > byline_at and u.role == "author" and is_prose(u.text)), "")
    if nearest and nearest[0].role == "author" and re.fullmatch(r"[A-Z][\w'’\-]{2,}", nearest[0].text.strip()) \
            and re.search(rf"\b{re.escape(nearest[0].text.strip())}\b", opening.split(".")[0]):
        return nearest[0].text.strip()
    above = [u for u in units if u.end <= byline_at and u.role == "author" and len(u.text.split()) >= TITLE_WORDS[0]]
    # a box of points over the byline under its label ("Key points:" / "The Opposition lost the vote in 1927" / ...)
    # is the article's summary, under its title
    boxed = next((n for n in range(len(above) - 1, -1, -1) if BOX_LABEL.match(plain(above[n].text))), None)
    above = above[:boxed] if boxed else above
    # the book a review is of, over the byline: its title and writer over its publisher, length and price
    # ("The Tunguska Mystery by Vladimir Rubtsov" / "Springer, 318pp, £25"), under the review's headline
    if above and BOOK_DETAILS.search(plain(above[-1].text)) and len(above[-1].text.split()) <= BOOK_DETAILS_MAX_WORDS:
        above = above[:-1]
        above = above[:-1] if above and re.search(r"\sby\s+[A-Z]", above[-1].text) else above
    below = [u for u in units if u.start > byline_at and u.role == "author"][:2]
    # a headline set as sentences over a standfirst, right over the byline ("The Maine was not sunk by Spain.
    # It is time to say so." / "A century and more of official silence has kept a convenient myth alive.")
    lead = [u for u in units if u.end <= byline_at][-2:]
    if not date_first and len(lead) == 2 and all(u.role == "author" and len(u.text.split()) <= HEADLINE_MAX_WORDS
                                                 and u.text.rstrip().endswith(".") for u in lead):
        return plain(lead[0].text)
    # (short lines right above the byline, one under the other, are a blog's categories: "History" / "Film Reviews")
    menu = [u for u in units if u.end <= byline_at][-CATEGORY_LINES:]
    categories = len(menu) == CATEGORY_LINES and all(
        u.role == "author" and len(u.text.split()) <= MENU_MAX_WORDS and not u.text.rstrip().endswith((".", ",", ":", ";", "?", "!"))
        for u in menu)
    # (a headline over its standfirst, right over the byline, is the title however the text opens)
    standfirst = (len(above) >= 2 and is_prose(above[-1].text) and _is_heading(above[-2].text)
                  and not BOOK_DETAILS.search(plain(above[-1].text)))  # (not a reviewed book's details)
    if ((date_first or categories or not (above and _is_heading(above[-1].text) or standfirst)) and len(below) == 2
            and _is_heading(below[0].text) and is_prose(below[1].text) and not PLACE.match(plain(below[0].text))):
        return plain(below[0].text)  # a date over the title ("Saturday, March 6, 2021" / "Trotsky and the Trials")
    for k in range(len(above) - 1, max(-1, len(above) - 4), -1):
        # (a line that ends in a full date says where and when a text was given: "A paper read to the
        # Coast Society, London, 6 March 1998", under its title)
        if _is_heading(above[k].text) and not DATELINE_END.search(plain(above[k].text)):
            # (a removed line or another line between them, a section's label, sets a site's name apart; so
            # does a lower-case opening, a site's motto: "a blog about films that take on the past")
            apart = k > 0 and (any(above[k - 1].end <= d.start < above[k].start for d in dropped)
                               or any(above[k - 1].end <= u.start < above[k].start for u in units))
            upper = plain(above[k - 1].text) if k > 0 and not apart and not above[k - 1].text[:1].islower() else ""
            upper = "" if normalize(upper) in NAV_LABELS else upper  # a section's label ("Letters to the Editor")
            upper = "" if JOURNAL_ISSUE.search(upper) else upper  # a journal's name and issue over an article's title
            upper = "" if DATELINE_END.search(upper) else upper  # a newspaper's name, town and day over the headline
            # and a line that opens with the name the byline gives is a show's or a site's name ("Red Lines:
            # The Stalinist History Podcast" over the episode's title, under "Red Lines" and its date)
            upper = "" if named and normalize(upper).startswith(normalize(named) + " ") else upper
            # (and so is one whose name opens the line under it: "A Program on Ideas ..." over "Against the Grain:
            # The Last Days of Trotsky", under "Against the Grain")
            shows = [plain(u.text) for u in units if u.end <= above[k].start]
            upper = "" if any(re.match(re.escape(show) + r"\s*(?::|[|–—-]\s)", plain(above[k].text)) for show in shows) else upper
            # a lower line in lower case describes the title ("Gull Point Light" / "lighthouse, Norway"),
            # and so does one under the words the text opens with ("Reichstag fire" / "German history")
            # (a heading over a standfirst that ends as a sentence is the headline itself: "The Keeper Did Not Retire" /
            # "Seventy years later, ... story." / "By Anna Berg", under a site's name)
            nearest = all(FACT.match(plain(u.text)) for u in above[k + 1:])  # (facts under the heading aside)
            # (and a numbered episode or part under a show's name is the title itself: "Episode 47: Who Killed Kirov?")
            if upper and nearest and _is_heading(upper) and not NUMBERED_PART.match(plain(above[k].text)) and (len(upper.split()) >= HEADLINE_MIN_WORDS or above[k].text[:1].islower()
                                                 or opening.lower().startswith(upper.lower())):
                return upper
            return plain(above[k].text)
    return ""


def _title_repeated(units) -> str:
    """A heading the page sets twice above its text's first sentence, as a podcast directory sets an
    episode's title under the show's name and again over its description (of two, the nearer the text:
    a newsletter sets its own name twice as well)."""
    head = []
    for u in units:
        if u.role == "author" and is_prose(u.text):
            break
        head.append(" ".join(u.text.split()))
    return next((line for line in reversed(head) if head.count(line) >= 2 and _is_heading(line)), "")


def _title_from_comments(units, dropped) -> str:
    """The title a comments header quotes, or a thread's replies answer ("Re: Katyn - who really did
    it?"), when the page's text holds it as a line of its own."""
    lines = {" ".join(u.text.split()) for u in units}
    for d in dropped:
        text = " ".join(d.text.split())
        quoted = QUOTED_TITLE.search(text) if COMMENTS_HEADER.match(text) else None
        title = (quoted.group("curly") or quoted.group("title")).strip() if quoted else ""
        if not title and d.reason == "interface text" and text.lower().startswith("re: "):
            title = text[4:].strip()
        if title and title in lines:
            return title
    return ""
