"""Site chrome in web-extracted text: which lines are not the document's own words, and why.

Rules are general, not lists of one page's lines: interface phrases of forums and blogs, breadcrumb
trails, link-only and image-file-name lines, short lines repeated through the page (signatures,
footers), and "related content" sidebars at the end. Every dropped line is kept with its reason so
a curator can audit what the index never saw.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .interface import NAV_LABELS, UI_LINE


@dataclass(frozen=True)
class Line:
    """A non-blank line of the original text; ``start:end`` spans its stripped content."""

    start: int
    end: int
    text: str
    block: int  # blank-line-separated block number


@dataclass(frozen=True)
class Dropped:
    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


def split_lines(text: str, offset: int = 0) -> list[Line]:
    """Non-blank lines of ``text[offset:]`` with spans into ``text``."""
    lines, block, pos, blank_before = [], 0, offset, False
    length = len(text)
    while pos < length:
        newline = text.find("\n", pos)
        end = length if newline == -1 else newline
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            if blank_before and lines:
                block += 1
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(Line(start, start + len(stripped), stripped, block))
            blank_before = False
        else:
            blank_before = True
        pos = end + 1
    return lines


def normalize(text: str) -> str:
    """Lowercase letters and digits only: what makes two lines 'the same line'."""
    return " ".join(re.findall(r"\w+", text.lower()))


BREADCRUMB = re.compile(r"^[^>»›]{1,60}(\s[>»›]\s[^>»›]{1,80}){2,}$")
MENU_MIN_LINES = 3
MENU_MAX_WORDS = 3
#: A menu: three or more short labels of letters only between bars or dots ("Home | About | Contact").
MENU = re.compile(r"^[^\W\d_]+(?:[ \t'’&-][^\W\d_]+){0,2}(?:\s+[|·•]\s+[^\W\d_]+(?:[ \t'’&-][^\W\d_]+){0,2}){2,}$")
#: The same with two labels, as the last line of a page ("Trotsky Internet Archive | Marxists Internet Archive").
LAST_LINKS = re.compile(r"^[^\W\d_]+(?:[ '’&-][^\W\d_]+){0,2}(?:\s+[|·•]\s+[^\W\d_]+(?:[ '’&-][^\W\d_]+){0,2})+$")
LINK_ONLY = re.compile(r"^((<?(https?://|www\.)\S+>?|!?\[[^\]]*\]\([^)\s]*\))[\s,;|·•]*)+$", re.IGNORECASE)
IMAGE_NAMES = re.compile(r"^([\w\-. ()]+?\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic)\s*)+$", re.IGNORECASE)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_ONLY = re.compile(
    rf"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(mon|tue|wed|thu|fri|sat|sun)\.?\s+)?(({_MONTH}(\s+\d{{1,2}},?)?\s+\d{{4}})|(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})|(\d{{4}}-\d\d-\d\d)|(\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}))"
    r"(\s*(at\s*)?\d{1,2}[:.]\d\d\s*(am|pm)?(\s*(gmt|bst|utc|cet|cest|[ecmp][sd]t))?)?$"
    # a microblog's "2:14 PM · Mar 8, 2019"
    rf"|^\d{{1,2}}:\d\d\s*(am|pm)?\s*[·•]\s*(({_MONTH}\s+\d{{1,2}},?\s+\d{{4}})|(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}))$"
    # a shop's review: "Reviewed in the United States on August 2, 2019"
    rf"|^reviewed in .{{1,40}} on (({_MONTH}\s+\d{{1,2}},?\s+\d{{4}})|(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}))$"
    # this year's date on a comment or a post: "Mar 4"
    r"|^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|"
    r"dec(ember)?)\.?\s+\d{1,2}$",
    re.IGNORECASE)
#: A footnote of a printed document: its number, an author's name, a title, a page
#: ("1 Mawdsley, The Russian Civil War, 60.", "2 See Deutscher, The Prophet Armed, pp. 420–1.", "3 Ibid., 45.").
FOOTNOTE = re.compile(r"^\d{1,3}\s+(?:(?i:see|cf\.)\s+)?(?:[A-Z][\w'’\-]+(?:\s+[\w'’\-.]+){0,6},\s.{1,200}?|"
                      r"(?i:ibid)\.?,?\s*)(?:pp?\.\s*)?\d{1,4}(?:[–-]\d{1,4})?\.$")
#: A page number of a printed document ("Page 3 of 12", "- 4 -", "p. 7") or a timestamp of a transcript ("0:12", "[1:02:45]").
PAGE_NUMBER = re.compile(r"^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4})$", re.IGNORECASE)
TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?$")
#: "3 yr. ago", "· 2 hours ago": when a post or comment was written, relative to the page's download.
AGO = re.compile(r"^[·•|]?\s*\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|[smhdwy])"
                 r"\.?\s+ago$", re.IGNORECASE)
#: A link aggregator's note after a link's title of where the link goes: "(self.AskHistorians)", "(coastalhistories.org)".
LINK_NOTE = re.compile(r"\s+\((?:self\.\w+|[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6})\)$")
#: A link aggregator's line under a submitted link: "214 points by tidewater 9 hours ago | hide | 63 comments".
SUBMITTED = re.compile(r"^[\d,]+ points? by [\w\-.]{2,30} \d+ \w+ ago\b.{0,120}$", re.IGNORECASE)
#: A forum poster's profile lines under their name: "Senior Member", "Join Date: Mar 2012", "Posts: 1,204".
MEMBER_PROFILE = re.compile(
    r"^(?:author\s+)?[\d,]+\s+(?:books?|reviews?)\s*(?:[\d,.]+k?\s*followers?)?$|"  # a reviewer's "Author 2 books34 followers"
    r"^(?:(?:senior|junior|new|active|registered|banned|full|elite|super|veteran|moderator|administrator|well-known)\s+)?"
    r"(?:member|moderator|administrator|user|poster)$|^(?:join(?:ed| date):?\s+.{3,30}|(?:posts|messages|reputation|"
    r"likes received|reaction score|points|thanks(?: given| received)?):?\s+[\d,.]+k?|location:\s+.{1,40})$", re.IGNORECASE)
#: A byline: "By Lena Holm", "By Lena Holm, Staff Reporter", "By A. Woods and J. Holroyd", "By Lena Holm (PhD)",
#: "Author(s): Helen Marsh".
BYLINE = re.compile(r"^(?:[Bb][Yy]:?|[Aa]uthors?(?:\(s\))?:)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([^()]{1,30}\))?"
                    r"(?:\s*(?:,|and|&|\|)\s*.{0,60})?$")
BYLINE_MAX_WORDS = 12
#: A person's name alone on a line: two to four capitalised words, not a site's "The Old Mole".
#: A line of at least this many words that ends as a sentence does is the text itself, below its head.
PROSE_MIN_WORDS = 8
HANDLE = re.compile(r"^@?[\w\-.]*[\d_][\w\-.]*$|^@[\w\-.]{2,30}$")  # "tide_historian", "@elena.g"
AFFILIATION = re.compile(r"^(?:(?:university|institute|college|school|department|centre|center)\b.{0,80}|"
                         r"[\w .,'’&-]{0,60}\b(?:university|institute|college))$", re.IGNORECASE)
NAME_ALONE = re.compile(r"^(?!(?:The|A|An) )[A-Z][\w'’\-]*\.?(?: +[A-Z][\w'’\-]*\.?){1,3}$")  # not "Born\tLev Bronstein"
BYLINE_LINES = 12  # a byline stands under the title; "by NAME" lower down credits a work in a list
#: A short line carrying a picture credit in parentheses: "Actor in Film. (Sreda Production Company)".
CAPTION = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|image|picture|getty|reuters|ap|afp|credit|courtesy|company|studios?|"
    r"productions?|pictures|films?|wikimedia|shutterstock|alamy)\b[^()]*)\)", re.IGNORECASE)
CAPTION_MAX_WORDS = 40
#: A caption that ends with its credit: "Leon Trotsky, played by Konstantin Khabensky. Photograph: Netflix".
CREDITED_CAPTION = re.compile(r"\S.{0,300}?[.,;]?\s+(?i:photograph|photo|image|illustration|composite|picture|video)"
                              r"\s*:\s*[A-Z][^.:]{0,60}$")  # the credit is a name: "Netflix", "Getty Images"
SIDEBAR_HEADER = re.compile(
    r"^(check (this )?also|related( posts| articles| stories| content| reading)?|you (may|might) also like|"
    r"more (stories|articles|posts)( from .{1,40})?|recommended( for you| reading)?|popular posts|trending( now)?|"
    r"latest (posts|news|articles)|read next|recent (posts|articles|comments)|archives|most (read|popular|viewed)|"
    r"explore more on these topics|related topics|more on this story|top stories|about me|blog archive|blogroll|"
    r"hot network questions|linked|"
    r"more (on|in) this (topic|section)|see also|related questions|more from .{1,60}|recommended from .{1,40}|"
    r"about (the )?community)(\[edit\])?[:.]?$", re.IGNORECASE)
#: Apparatus at the end of an article: its references, notes and links, not its argument.
END_MATTER_HEADER = re.compile(
    r"^(references|notes( and references)?|footnotes|citations|sources|bibliography|works cited|external links|"
    r"further reading|citation information|cite this (article|page|entry)|fact check)(\[edit\])?[:.]?$", re.IGNORECASE)
#: A table of contents: its header, then numbered section titles ("1 Early life", "2.1 Exile").
TOC_HEADER = re.compile(r"^(contents|table of contents|in this article|on this page)(\s*\[(hide|show)\])?$", re.IGNORECASE)
TOC_ENTRY = re.compile(r"^(\d+(\.\d+)*\.?\s+\S.{0,80}|\(top\))$", re.IGNORECASE)
#: Lines of a page footer (after its copyright line) are short: links, an app banner, a slogan.
FOOTER_MAX_WORDS = 10
#: A page that ends in this many link labels ("Help", "Status", "About", ...) ends in a footer.
FOOTER_LINKS_MIN = 4
FOOTER_LINK_MAX_WORDS = 3
COMMENTS_HEADER = re.compile(
    r"^([\d,.]+k?\s+comments?|comments?\s*(\([\d,]+\))?|[\d,]+\s+(responses?|replies)( to .{1,80})?|"
    r"(responses?|replies)\s*\([\d,]+\)|reader comments|"
    r"(\d+\s+)?thoughts? on .{1,120}|what (readers|people) (are saying|said)|top reviews( from .{1,60})?|"
    r"(customer|community) reviews)[:.]?$", re.IGNORECASE)
#: A customer review's rating over its title: "5.0 out of 5 stars A careful, humane history".
RATING = re.compile(r"^[\d.]+ out of \d+ stars\b.{0,120}$", re.IGNORECASE)
#: A printed page's running head: words in capitals with the page number before or after them,
#: met at least ``RUNNING_HEAD_MIN`` times with different numbers.
RUNNING_HEAD = re.compile(r"^(?:\d{1,4}\s+([^\Wa-z\d][^a-z\d]{2,80})|([^\Wa-z\d][^a-z\d]{2,80}?)\s+\d{1,4})$")
RUNNING_HEAD_MIN = 2
#: A short line seen this often in one page is a signature, a footer or a button label.
REPEAT_MIN = 3
REPEAT_MAX_WORDS = 12
#: A sidebar may take at most this share of a page's words; more than that is not a sidebar.
SIDEBAR_MAX_SHARE = 0.4


def plain(text: str) -> str:
    """A line without its Markdown heading marks and the emphasis around it: "## Related posts",
    "*By Anna Berg*" read as "Related posts", "By Anna Berg"."""
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    return re.sub(r"^([*_]{1,3})(\S(?:.*\S)?)\1$", r"\2", text).strip()


def chrome_reasons(lines: list[Line]) -> list[str | None]:
    """For each line: why it is site chrome, or None for the document's own words."""
    counts = Counter(normalize(line.text) for line in lines)
    heads = Counter(_running_head(line.text) for line in lines)
    reasons: list[str | None] = []
    for line in lines:
        text = plain(line.text)
        key = normalize(text)
        if UI_LINE.match(text):
            reasons.append("interface text")
        elif BREADCRUMB.match(text) or MENU.match(text):
            reasons.append("navigation crumbs")
        elif LINK_ONLY.match(text):
            reasons.append("link-only line")
        elif IMAGE_NAMES.match(text):
            reasons.append("image file names")
        elif ((CAPTION.search(text) and _caption_like(text)) or CREDITED_CAPTION.match(text)) and \
                len(text.split()) <= CAPTION_MAX_WORDS:
            reasons.append("image caption")
        elif DATE_ONLY.match(text) or AGO.match(text):
            reasons.append("date line")
        elif RATING.match(text):
            reasons.append("review rating")
        elif MEMBER_PROFILE.match(text):
            reasons.append("member profile")
        elif PAGE_NUMBER.match(text):
            reasons.append("page number")
        elif FOOTNOTE.match(text):
            reasons.append("footnote")
        elif TIMESTAMP.match(text):
            reasons.append("timestamp")
        elif SUBMITTED.match(text):
            reasons.append("byline")
        elif not key:
            reasons.append("no words")
        elif counts[key] >= REPEAT_MIN and len(key.split()) <= REPEAT_MAX_WORDS:
            reasons.append("repeated line")
        elif heads[_running_head(text)] >= RUNNING_HEAD_MIN and _running_head(text):
            reasons.append("running head")
        else:
            reasons.append(None)
    _drop_menus(lines, reasons)
    _drop_bylines(lines, reasons)
    _drop_name_over_date(lines, reasons)
    _drop_name_to_follow(lines, reasons)
    _drop_labelled_names(lines, reasons)
    _drop_topic_tags(lines, reasons)
    _drop_contents(lines, reasons)
    _drop_sidebar(lines, reasons)
    _drop_end_matter(lines, reasons)
    _drop_footer(lines, reasons)
    return reasons


def _running_head(text: str) -> str:
    """A printed page's running head without its page number ("COASTAL HISTORY REVIEW 245", "246
    HELEN MARSH"): its words in capitals, or "" for any other line."""
    match = RUNNING_HEAD.match(text.strip())
    return (match.group(1) or match.group(2)) if match else ""


def _caption_like(text: str) -> bool:
    """A caption names who or what is pictured before the credit; it does not argue. Its first
    sentence is short and the credit follows it directly."""
    match = CAPTION.search(text)
    before = text[:match.start()].strip()
    return 0 < len(before.split()) <= 15


def _drop_sidebar(lines: list[Line], reasons: list[str | None]) -> None:
    """A 'Check also' / 'Related posts' header and what follows it, up to a comments section."""
    total = sum(len(line.text.split()) for line, r in zip(lines, reasons) if r is None) or 1
    for i, line in enumerate(lines):
        if reasons[i] in (None, "interface text") and SIDEBAR_HEADER.match(line.text):
            if line.text.lower().startswith("related questions"):
                # a list of other questions, followed by more of the page
                stop = next((j for j in range(i + 1, len(lines)) if not lines[j].text.endswith("?")), len(lines))
                for j in range(i, stop):
                    reasons[j] = reasons[j] or "related-content sidebar"
                continue
            stop = next((j for j in range(i + 1, len(lines)) if COMMENTS_HEADER.match(lines[j].text)), len(lines))
            words = sum(len(lines[j].text.split()) for j in range(i, stop) if reasons[j] is None)
            if words <= SIDEBAR_MAX_SHARE * total:  # a larger one is a page's own heading ("Recommended")
                for j in range(i, stop):
                    reasons[j] = reasons[j] or "related-content sidebar"
                return


def _drop_menus(lines: list[Line], reasons: list[str | None]) -> None:
    """A menu set out one label per line ("Home", "About", "Contact"): the run of short lines around
    those labels, lines already dropped (a "Menu" button) included, above the text's first sentence
    or below its last (a list inside the text, "Music" / "Film" / "Theatre", is the text's own)."""
    def short(i: int) -> bool:
        text = plain(lines[i].text)
        return len(text.split()) <= MENU_MAX_WORDS and not text.endswith((".", "?", "!", ":", ";", ","))

    prose = [k for k, line in enumerate(lines) if reasons[k] is None and is_prose(line.text)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short(j):
            j += 1
        run = [k for k in range(i, j) if reasons[k] is None]
        is_label = [normalize(plain(lines[k].text)) in NAV_LABELS for k in run]
        # the menu ends at its last label: a short title right under it is the page's ("Why Trotsky Lost")
        run = run[:max((n + 1 for n, label in enumerate(is_label) if label), default=0)]
        labels = sum(is_label[:len(run)])
        outside = not run or run[-1] < first or run[0] > last
        if run and run[-1] + 1 - i >= MENU_MIN_LINES and 2 * labels >= len(run) and outside:
            for k in run:
                reasons[k] = "navigation menu"
        i = j + 1


def is_prose(text: str) -> bool:
    """A line of the text itself: long enough, and ending as a sentence does."""
    text = plain(text)
    return len(text.split()) >= PROSE_MIN_WORDS and text.endswith((".", "?", "!"))


def _drop_bylines(lines: list[Line], reasons: list[str | None]) -> None:
    """A "By NAME" line among the first ``BYLINE_LINES`` lines of text, a menu not counted; lower
    down, "by NAME" credits a work in a list."""
    kept = 0
    for i, line in enumerate(lines):
        if kept >= BYLINE_LINES:
            return
        if reasons[i] is not None:
            continue
        text = plain(line.text)
        if BYLINE.match(text) and len(text.split()) <= BYLINE_MAX_WORDS:
            reasons[i] = "byline"
        else:
            kept += 1


def _drop_name_over_date(lines: list[Line], reasons: list[str | None]) -> None:
    """A byline without "By": the author's name (or a handle) on a line of its own over the page's
    date, near the top and before any comments ("Stuart Heritage" / "Fri 8 Mar 2019 10.00 GMT"), or
    a paper's author over their university ("Helen Marsh" / "University of Leeds"). Only the first,
    and only above the text's first sentence, or just under it (a standfirst) over a date rather than
    a time ago: names over "2 yr. ago" further down are a thread's posters."""
    kept, under_prose = 0, False
    for i in range(len(lines) - 1):
        if COMMENTS_HEADER.match(lines[i].text) or kept >= BYLINE_LINES:
            return
        if reasons[i] is not None:
            continue
        kept += 1
        text = plain(lines[i].text)
        if is_prose(text):
            if under_prose:
                return
            under_prose = True
            continue
        dated = reasons[i + 1] == "date line" and not (under_prose and AGO.match(lines[i + 1].text))
        if dated and (NAME_ALONE.match(text) or HANDLE.match(text)):
            reasons[i] = "byline"
            return
        if NAME_ALONE.match(text) and i + 2 < len(lines) and AFFILIATION.match(lines[i + 1].text):
            reasons[i], reasons[i + 1] = "byline", "byline"  # a paper's author over their university
            return
        if under_prose:  # only the line just under a standfirst may still be the byline
            return


def _drop_labelled_names(lines: list[Line], reasons: list[str | None]) -> None:
    """A name under its label near the top of the page: the author's under "Written by" (a byline, and
    the sentence under it that introduces them: "Eleanor Marsh is a maritime historian ..."), a
    checker's under "Fact-checked by"; and anywhere, a picture's caption under "Image caption,"."""
    kept = 0
    for i, line in enumerate(lines[:-1]):
        kept += reasons[i] is None
        label = plain(line.text).lower().rstrip(",: ")
        following = lines[i + 1].text
        if reasons[i] != "interface text" or reasons[i + 1] is not None:
            continue
        if label in ("image caption", "caption", "photo caption") and len(following.split()) <= CAPTION_MAX_WORDS:
            reasons[i + 1] = "image caption"
        elif kept >= BYLINE_LINES:
            continue
        elif label == "written by" and NAME_ALONE.match(following):
            reasons[i + 1] = "byline"
            if i + 2 < len(lines) and lines[i + 2].text.startswith(following + " "):
                reasons[i + 2] = reasons[i + 2] or "author's note"
        elif label in ("fact-checked by", "fact checked by", "reviewed by") and len(following.split()) <= 8:
            reasons[i + 1] = "checker line"


def _drop_name_to_follow(lines: list[Line], reasons: list[str | None]) -> None:
    """An article platform's byline above the text's first sentence: the author's name over a
    "Follow" button (twice, when the picture's label repeats it), and the publication under
    "Published in"."""
    for i, line in enumerate(lines):
        if reasons[i] is None and is_prose(line.text):
            return
        if reasons[i] != "interface text":
            continue
        text = plain(line.text).lower()
        if text == "follow":  # one subscribes to a publication ("Gull Point Notes" / "Subscribe"), follows a person
            k = i - 1
            while k >= 0 and reasons[k] is None and NAME_ALONE.match(plain(lines[k].text)) and \
                    (k == i - 1 or lines[k].text == lines[i - 1].text):
                reasons[k] = "byline"
                k -= 1
        elif text == "published in" and i + 1 < len(lines) and reasons[i + 1] is None and \
                len(lines[i + 1].text.split()) <= MENU_MAX_WORDS + 3 and not is_prose(lines[i + 1].text):
            reasons[i + 1] = "publication line"


#: What a page prints around a document's text: after a run of short lines, it marks them as the page's too.
PAGE_OWN = ("interface text", "comments header", "related-content sidebar", "page footer", "navigation menu")


def _drop_topic_tags(lines: list[Line], reasons: list[str | None]) -> None:
    """An article's topic tags: three or more short lines ("Lighthouses" / "History" / "Labour
    History") right after a paragraph of the text and right before the page's own lines (counts,
    buttons, the comments) or its end."""
    i = 0
    while i < len(lines):
        if reasons[i] is not None or not is_prose(lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and reasons[j] is None and len(plain(lines[j].text).split()) <= MENU_MAX_WORDS \
                and plain(lines[j].text)[:1].isupper() and not lines[j].text.rstrip().endswith((".", "?", "!", ":", ";", ",")):
            j += 1
        if j - i - 1 >= MENU_MIN_LINES and (j == len(lines) or reasons[j] in PAGE_OWN):
            for k in range(i + 1, j):
                reasons[k] = "topic tags"
        i = j


def _drop_contents(lines: list[Line], reasons: list[str | None]) -> None:
    """A "Contents" header and the numbered section titles under it."""
    for i, line in enumerate(lines):
        if not TOC_HEADER.match(line.text):
            continue
        entries = []
        for j in range(i + 1, len(lines)):
            if not TOC_ENTRY.match(lines[j].text):
                break
            entries.append(j)
        if len(entries) >= 2:
            for j in [i] + entries:
                reasons[j] = reasons[j] or "table of contents"


def _drop_end_matter(lines: list[Line], reasons: list[str | None]) -> None:
    """From a "References" / "Notes" / "External links" / "Citation Information" header in the second
    half of a page (by its words) to its end or its comments, when that is not the bulk of the page."""
    total = sum(len(line.text.split()) for line, r in zip(lines, reasons) if r is None) or 1
    before = 0
    for i in range(len(lines)):
        before += len(lines[i].text.split()) if reasons[i] is None else 0
        if before < total / 2 and i < len(lines) // 2:
            continue
        if reasons[i] is None and END_MATTER_HEADER.match(lines[i].text):
            stop = next((j for j in range(i + 1, len(lines)) if COMMENTS_HEADER.match(lines[j].text)), len(lines))
            words = sum(len(lines[j].text.split()) for j in range(i, stop) if reasons[j] is None)
            if words <= SIDEBAR_MAX_SHARE * total:
                for j in range(i, stop):
                    reasons[j] = reasons[j] or "references section"
                return


def _drop_footer(lines: list[Line], reasons: list[str | None]) -> None:
    """Short lines after a copyright line in the last quarter of a page are its footer, and so are
    the link labels a page ends with."""
    last = max((i for i, r in enumerate(reasons) if r is None), default=None)
    if last is not None and LAST_LINKS.match(lines[last].text):
        reasons[last] = "page footer"
    run = []
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        if reasons[i] is None and (len(text.split()) > FOOTER_LINK_MAX_WORDS or text[-1] in ".?!:;,\"”"):
            break
        run.append(i)
    if sum(reasons[i] is None for i in run) >= FOOTER_LINKS_MIN:
        for i in run:
            reasons[i] = reasons[i] or "page footer"
    for i in range(len(lines) - 1, 3 * len(lines) // 4 - 1, -1):
        if reasons[i] == "interface text" and re.match(r"^(©|copyright\b)", lines[i].text, re.IGNORECASE):
            rest = range(i + 1, len(lines))
            if all(len(lines[j].text.split()) <= FOOTER_MAX_WORDS for j in rest):
                for j in rest:
                    reasons[j] = reasons[j] or "page footer"
            return
