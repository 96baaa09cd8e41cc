"""Site chrome that shows in where lines stand, not in what each says: a menu of short labels
above the text, a table of contents, topic tags under its last paragraph, a sidebar of related
posts, references and notes at the end, a footer of links.

:func:`chrome_reasons` runs them, with the lines that say who wrote the page
(:mod:`embeddings.author_lines`) and the boxes set inside it (:mod:`embeddings.boxes`), over what
:func:`embeddings.cleaning.line_reasons` found line by line.
"""
from __future__ import annotations

import re
from itertools import pairwise

from .author_lines import (
    drop_author_note,
    drop_bylines,
    drop_channels,
    drop_labelled_names,
    drop_name_over_date,
    drop_name_to_follow,
)
from .boxes import (
    drop_consent,
    drop_credited_caption,
    drop_mentioned,
    drop_poll,
    drop_quiz_and_feedback,
)
from .captions import mark_captions
from .cleaning import (
    COMMENTS_HEADER,
    END_MATTER_HEADER,
    FOOTER_LINK_MAX_WORDS,
    FOOTER_LINKS_MIN,
    FOOTER_MAX_WORDS,
    LAST_LINKS,
    MENU_MAX_WORDS,
    MENU_MIN_LINES,
    SIDEBAR_HEADER,
    SIDEBAR_MAX_SHARE,
    TOC_ENTRY,
    TOC_HEADER,
    Line,
    comments_start,
    is_prose,
    line_reasons,
    normalize,
    plain,
)
from .interface import NAV_LABELS


def chrome_reasons(lines: list[Line]) -> list[str | None]:
    """For each line: why it is site chrome, or None for the document's own words."""
    reasons = line_reasons(lines)
    _drop_etext_frame(lines, reasons)
    _drop_archive_toolbar(lines, reasons)
    mark_captions(lines, reasons)
    _drop_menus(lines, reasons)
    _drop_page_details(lines, reasons)
    _drop_crumb_lines(lines, reasons)
    _drop_contents(lines, reasons)
    drop_bylines(lines, reasons)
    drop_name_over_date(lines, reasons)
    drop_name_to_follow(lines, reasons)
    drop_channels(lines, reasons)
    drop_quiz_and_feedback(lines, reasons)
    drop_labelled_names(lines, reasons)
    _drop_topic_tags(lines, reasons)
    drop_mentioned(lines, reasons)
    drop_credited_caption(lines, reasons)
    drop_poll(lines, reasons)
    drop_consent(lines, reasons)
    _drop_sidebar(lines, reasons)
    _drop_end_matter(lines, reasons)
    drop_author_note(lines, reasons)
    _drop_post_navigation(lines, reasons)
    _drop_footer(lines, reasons)
    _drop_crumbs_repeated_below(lines, reasons)
    _keep_timeline(lines, reasons)
    return reasons


#: A timeline's date over the event it dates: a day, a month or a year ("June 30, 1908", "March 1927", "1921").
TIMELINE_DATE = re.compile(r"^(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?)?"
                           r"(?P<year>\d{3,4})$")
TIMELINE_MIN = 3


def _keep_timeline(lines: list[Line], reasons: list[str | None]) -> None:
    """A timeline's dates, each opening a paragraph over the event it dates and in the order of time,
    are the timeline's words, not a post's date: "When did Kulik reach the site?" is answered by
    "March 1927" / "Kulik reaches the site ..."."""
    end = comments_start(lines, reasons) or len(lines)
    dated = [i for i in range(1, end - 1) if reasons[i] in ("date line", "interface text")
             and TIMELINE_DATE.match(lines[i].text.strip()) and lines[i - 1].block != lines[i].block
             and lines[i + 1].block == lines[i].block and reasons[i + 1] is None and is_prose(lines[i + 1].text)]
    years = [int(TIMELINE_DATE.match(lines[i].text.strip()).group("year")) for i in dated]
    if len(dated) >= TIMELINE_MIN and all(a <= b for a, b in pairwise(years)):
        for i in dated:
            reasons[i] = None


#: A web archive's toolbar over a page it keeps, as a copy of the page holds it: the address of the
#: capture, its counts and calendar, and the collection that made it, down to "TIMESTAMPS".
ARCHIVED = re.compile(r"^the wayback machine\s*-\s*https?://web\.archive\.org/\S+$", re.IGNORECASE)
TOOLBAR = re.compile(r"^(?:[\d,]+ captures?|\d{1,2} \w{3} \d{4} - \d{1,2} \w{3} \d{4}|(?:[a-z]{3}\s+){2}[a-z]{3}|"
                     r"\d{1,2}|(?:\d{4}\s+){2}\d{4}|success|fail|about this capture|collected by|timestamps|"
                     r"(?:organization|collection): .{1,120})$", re.IGNORECASE)


def _drop_archive_toolbar(lines: list[Line], reasons: list[str | None]) -> None:
    """A web archive's toolbar at the top of a page it keeps: the capture's address line, and under it
    the toolbar's lines, the collection's description between "COLLECTED BY" and "TIMESTAMPS"
    included."""
    if not lines or not ARCHIVED.match(lines[0].text.strip()):
        return
    reasons[0] = "web archive toolbar"
    collection = False
    for k in range(1, len(lines)):
        text = lines[k].text.strip()
        collection = (collection or text.lower() == "collected by") and text.lower() != "timestamps"
        if not (TOOLBAR.match(text) or collection or text.lower() == "timestamps"):
            return
        reasons[k] = "web archive toolbar"


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
                continue
            # over the text, a box of topic links ends at the text's first sentence ("Related Topics" / "Lighthouses")
            box = []
            for j in range(i + 1, stop):
                if reasons[j] is None and (is_prose(lines[j].text) or len(lines[j].text.split()) > MENU_MAX_WORDS):
                    break
                box.append(j)
            after = box[-1] + 1 if box else len(lines)
            if after < len(lines) and reasons[after] is None and is_prose(lines[after].text):
                for j in [i] + box:
                    reasons[j] = reasons[j] or "related-content sidebar"


def _drop_menus(lines: list[Line], reasons: list[str | None]) -> None:
    """A menu set out one label per line ("Home", "About", "Contact"): the run of short lines around
    those labels, lines already dropped (a "Menu" button) included, above the text's first sentence
    or below its last (a list inside the text, "Music" / "Film" / "Theatre", is the text's own)."""
    def short(i: int) -> bool:
        text = plain(lines[i].text)
        return reasons[i] == "navigation menu" or (len(text.split()) <= MENU_MAX_WORDS
                                                   and not text.endswith((".", "?", "!", ":", ";", ",")))

    prose = [k for k, line in enumerate(lines) if reasons[k] is None and is_prose(line.text)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    for k, line in enumerate(lines):  # or all on one line, set apart by spaces ("News Opinion Sport Culture")
        if reasons[k] is None and (k < first or k > last) and _labels_only(plain(line.text)):
            reasons[k] = "navigation menu"
    # A menu's second row under it, its section's own labels ("World Europe US news Americas Asia ..."):
    # a line of names with no word of a sentence, where only dropped lines stand between it and the menu.
    for k in range(1, first):
        above = next((j for j in range(k - 1, -1, -1) if reasons[j] not in ("interface text", "no words")), None)
        if reasons[k] is None and above is not None and reasons[above] == "navigation menu" and _menu_row(plain(lines[k].text)):
            reasons[k] = "navigation menu"
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
        # (its lines already dropped count towards its length: "HOME" / "ARTICLES" / "LINKS", the last a link's label)
        end = max([run[-1] + 1] + [k + 1 for k in range(i, j) if reasons[k] is not None]) if run else i
        if run and end - i >= MENU_MIN_LINES and 2 * labels >= len(run) and outside:
            for k in run:
                reasons[k] = "navigation menu"
        i = j + 1



def _labels_only(text: str) -> bool:
    """Whether a line is nothing but ``MENU_MIN_LINES`` or more section labels ("News Opinion Sport
    Culture Lifestyle", "Home About us Contact us")."""
    words, labels = normalize(text).split(), 0
    while words:
        size = 2 if " ".join(words[:2]) in NAV_LABELS else 1
        if " ".join(words[:size]) not in NAV_LABELS:
            return False
        words, labels = words[size:], labels + 1
    return labels >= MENU_MIN_LINES


#: A menu's row of labels set apart by spaces is at least this many words, and holds none of these.
MENU_ROW_MIN_WORDS = 5
SENTENCE_WORDS = frozenset({"the", "a", "an", "of", "to", "in", "on", "and", "or", "is", "was", "were", "are", "by",
                            "for", "with", "from", "that", "this", "his", "her", "their", "its", "it", "as", "at", "be",
                            "has", "have", "had", "not", "but", "who", "how", "why", "what"})


def _menu_row(text: str) -> bool:
    """Whether a line reads as a row of labels: five words or more, no punctuation of a sentence, no
    word a sentence needs ("the", "of", "was"), each label opening with a capital or a digit."""
    words = text.split()
    return (len(words) >= MENU_ROW_MIN_WORDS and not re.search(r"[.,;:!?\"“”()]", text)
            and not any(w.lower() in SENTENCE_WORDS for w in words) and words[0][0].isupper()
            and sum(w[0].isupper() or w[0].isdigit() for w in words) * 3 >= len(words) * 2)


#: Tabs with their counts, one per line ("Debate Rounds (3)" / "Comments (4)"), and a line of the page's
#: details, two labels or more with their values ("Started: 3/2/2016 Category: Politics"), one a number.
COUNTED_TAB = re.compile(r"^[A-Z][\w ]{1,30}\s*\(\d[\d,]*\)$")
DETAIL_LABEL = re.compile(r"(?:^|\s)[A-Z][a-z]+(?: [A-Za-z][a-z]+)?:\s+\S")
#: Labels of a film's or a book's credits, which are its content rather than the page's ("Starring: ...").
CREDIT_LABELS = re.compile(r"\b(?:director|directed|starring|cast|producer|produced|writer|written|author|year|released?|"
                           r"genre|episodes?|runtime|language|country|publisher|pages)\b", re.IGNORECASE)


def _drop_page_details(lines: list[Line], reasons: list[str | None]) -> None:
    """Above the text's first sentence, a page's details on a line ("Viewed: 1,412 times Debate No:
    86621") and its tabs with their counts set one per line."""
    first = next((k for k, line in enumerate(lines) if reasons[k] is None and is_prose(line.text)), len(lines))
    for k in range(first):
        text = plain(lines[k].text)
        if (reasons[k] is None and len(DETAIL_LABEL.findall(text)) >= 2 and re.search(r"\d", text)
                and not CREDIT_LABELS.search(text) and not text.endswith((".", "?", "!")) and len(text.split()) <= 16):
            reasons[k] = "page details"
        elif COUNTED_TAB.match(text) and any(COUNTED_TAB.match(plain(lines[j].text)) for j in (k - 1, k + 1) if 0 <= j < first):
            reasons[k] = reasons[k] or "navigation menu"


#: A step of a trail of links set one per line, each under a ">" (">Journals" / ">Coastal History Review").
CRUMB_LINE = re.compile(r"^>\S[^.!?]{0,80}$")


def _drop_crumb_lines(lines: list[Line], reasons: list[str | None]) -> None:
    """A trail of links set one step per line, each opening with ">", above the text's first sentence
    (a reply's quotation, "> The minutes say ...", has a space after its mark and is text)."""
    first = next((k for k, line in enumerate(lines) if reasons[k] is None and is_prose(line.text)), len(lines))
    run: list[int] = []
    for k in range(first + 1):
        if k < first and reasons[k] is None and CRUMB_LINE.match(lines[k].text) and len(lines[k].text.split()) <= 8:
            run.append(k)
            continue
        if len(run) >= 2:
            for j in run:
                reasons[j] = "navigation crumbs"
        run = [] if k == first or reasons[k] is None else run


#: What a page prints around a document's text: after a run of short lines, it marks them as the page's too.
PAGE_OWN = ("interface text", "comments header", "related-content sidebar", "page footer", "navigation menu")


def _drop_topic_tags(lines: list[Line], reasons: list[str | None]) -> None:
    """An article's topic tags: three or more short lines ("Lighthouses" / "History" / "Labour
    History") right after a paragraph of the text and right before the page's own lines (counts,
    buttons, the comments)."""
    i = 0
    while i < len(lines):
        if reasons[i] is not None or not is_prose(lines[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and reasons[j] is None and len(plain(lines[j].text).split()) <= MENU_MAX_WORDS \
                and plain(lines[j].text)[:1].isupper() and not lines[j].text.rstrip().endswith((".", "?", "!", ":", ";", ",")):
            j += 1
        # at the very end of a page, short lines under the last paragraph sign it ("Leon Trotsky" / "Coyoacán")
        if j - i - 1 >= MENU_MIN_LINES and j < len(lines) and reasons[j] in PAGE_OWN:
            for k in range(i + 1, j):
                reasons[k] = "topic tags"
        i = j


def _drop_contents(lines: list[Line], reasons: list[str | None]) -> None:
    """A "Contents" header and the section titles under it: numbered, or each standing again further
    down as its section's heading ("On this page" / "Key dates" / ... / "Key dates")."""
    last: dict[str, int] = {}
    for k, line in enumerate(lines):
        last[normalize(line.text)] = k
    for i, line in enumerate(lines):
        if not TOC_HEADER.match(line.text):
            continue
        entries = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            heading = len(text.split()) <= MENU_MAX_WORDS + 4 and last.get(normalize(text), j) > j
            if not (TOC_ENTRY.match(text) or heading):
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
        # (a header taken into the box of links above it, "See also", still opens the end matter)
        if reasons[i] in (None, "related-content sidebar") and END_MATTER_HEADER.match(lines[i].text):
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
    # the site's name again at the foot of the page, as its menu named it at the top ("Slashdot")
    # (or the page's heading again, over the links an encyclopaedia sets under its article: "Tunguska event")
    menu = {normalize(plain(lines[i].text)) for i, r in enumerate(reasons) if r == "navigation menu"}
    prose = [i for i, r in enumerate(reasons) if r is None and is_prose(lines[i].text)]
    menu |= {normalize(plain(lines[i].text)) for i in range(prose[0] if prose else 0) if reasons[i] is None}
    last = max((i for i, r in enumerate(reasons) if r is None), default=None)
    if last is not None and len(lines[last].text.split()) <= MENU_MAX_WORDS and normalize(plain(lines[last].text)) in menu \
            and (not prose or last > prose[-1]):
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


def _drop_crumbs_repeated_below(lines: list[Line], reasons: list[str | None]) -> None:
    """A trail of links over the page's text that its footer repeats ("Home" / "Ship histories" / "The
    Spanish-American War", at the top and again at the foot, as forum software sets it): short lines
    above the first sentence that stand again in the footer left out."""
    prose = [k for k, line in enumerate(lines) if reasons[k] is None and is_prose(line.text)]
    first = prose[0] if prose else None
    footer = {normalize(plain(line.text)) for k, line in enumerate(lines)
              if prose and k > prose[-1] and reasons[k] in ("page footer", "navigation menu", "related-content sidebar")}
    if first is None or len(footer) < MENU_MIN_LINES:
        return
    for k in range(first):
        text = plain(lines[k].text)
        if reasons[k] is None and len(text.split()) <= MENU_MAX_WORDS and normalize(text) in footer:
            reasons[k] = "navigation crumbs"


#: A blog's link to the post before or after this one, over that post's title.
POST_LINK = re.compile(r"^(?:newer|older|previous|next)\s+(?:post|article|entry|story)$", re.IGNORECASE)


def _drop_post_navigation(lines: list[Line], reasons: list[str | None]) -> None:
    """The title under a "Newer Post" / "Older Post" link names another post: it is not this one's text
    (a comments header under it, "Comments (1)", is the comments')."""
    for i in range(len(lines) - 1):
        under = lines[i + 1].text.strip()
        if (reasons[i] == "interface text" and POST_LINK.match(lines[i].text.strip()) and reasons[i + 1] is None
                and len(under.split()) <= 12 and not under.endswith((".", "?", "!")) and not COMMENTS_HEADER.match(under)):
            reasons[i + 1] = "post navigation"


#: The marks a digital library sets around the text of an e-book: "*** START OF THE PROJECT GUTENBERG EBOOK
#: THE LAST KEEPER ***" and "*** END OF THE PROJECT GUTENBERG EBOOK ... ***".
ETEXT_START = re.compile(r"^\*{3}\s*start of (?:the|this) project gutenberg e-?book\b.{0,160}\*{3}$", re.IGNORECASE)
ETEXT_END = re.compile(r"^\*{3}\s*end of (?:the|this) project gutenberg e-?book\b.{0,160}\*{3}$", re.IGNORECASE)


def _drop_etext_frame(lines: list[Line], reasons: list[str | None]) -> None:
    """A digital library's frame around an e-book: its header down to the start mark (its "Title:"
    and "Author:" lines give the book's title and author) and, from the end mark, its licence."""
    start = next((i for i, line in enumerate(lines) if ETEXT_START.match(line.text.strip())), None)
    end = next((i for i, line in enumerate(lines) if ETEXT_END.match(line.text.strip())), None)
    if start is not None:
        for i in range(start + 1):
            reasons[i] = reasons[i] or "e-book frame"
    if end is not None and (start is None or end > start):
        for i in range(end, len(lines)):
            reasons[i] = reasons[i] or "e-book frame"
