"""Site chrome that shows in where lines stand, not in what each says: a menu of short labels
above the text, a byline under its title, topic tags under its last paragraph, a table of
contents, a sidebar of related posts, references and notes at the end, a footer of links.

:func:`chrome_reasons` runs them over what :func:`embeddings.cleaning.line_reasons` found line by line.
"""
from __future__ import annotations

import re

from .bylines import byline_name, page_date
from .captions import mark_captions
from .cleaning import (
    AFFILIATION,
    AGO,
    BYLINE,
    BYLINE_LINES,
    BYLINE_MAX_WORDS,
    CAPTION_MAX_WORDS,
    COMMENTS_HEADER,
    END_MATTER_HEADER,
    FOOTER_LINK_MAX_WORDS,
    FOOTER_LINKS_MIN,
    FOOTER_MAX_WORDS,
    HANDLE,
    LAST_LINKS,
    MENU_MAX_WORDS,
    MENTIONED_HEADER,
    MENU_MIN_LINES,
    NAME_ALONE,
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

#: A date line as a site's interface words it: "Published Aug 4, 2022", "Posted on 3 March 2021".
PUBLISHED = re.compile(r"^(?:published|posted|updated|start date)(?: on)?:?\s+\S.{2,40}\d{4}$", re.IGNORECASE)


def chrome_reasons(lines: list[Line]) -> list[str | None]:
    """For each line: why it is site chrome, or None for the document's own words."""
    reasons = line_reasons(lines)
    _drop_etext_frame(lines, reasons)
    _drop_archive_toolbar(lines, reasons)
    mark_captions(lines, reasons)
    _drop_menus(lines, reasons)
    _drop_crumb_lines(lines, reasons)
    _drop_contents(lines, reasons)
    _drop_bylines(lines, reasons)
    _drop_name_over_date(lines, reasons)
    _drop_name_to_follow(lines, reasons)
    _drop_channels(lines, reasons)
    _drop_quiz_and_feedback(lines, reasons)
    _drop_labelled_names(lines, reasons)
    _drop_topic_tags(lines, reasons)
    _drop_mentioned(lines, reasons)
    _drop_poll(lines, reasons)
    _drop_consent(lines, reasons)
    _drop_sidebar(lines, reasons)
    _drop_end_matter(lines, reasons)
    _drop_author_note(lines, reasons)
    _drop_post_navigation(lines, reasons)
    _drop_footer(lines, reasons)
    _drop_crumbs_repeated_below(lines, reasons)
    return reasons


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
    a paper's author over their university ("Helen Marsh" / "University of Leeds"), or a handle
    over the date with its display name over it. Only the first,
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
        # or under the date, over the text ("March 6, 2021" / "Tom Reilly" / "The keeper asked ...")
        dated = dated or (i > 0 and not under_prose and reasons[i - 1] == "date line" and NAME_ALONE.match(text) is not None
                          and page_date(lines[i - 1].text) != "" and is_prose(lines[i + 1].text) and reasons[i + 1] is None)
        between = [] if dated else None if under_prose else _over_date(lines, reasons, i)
        if (dated or between is not None) and (NAME_ALONE.match(text) or HANDLE.match(text)):
            for k in [i, *(between or [])]:
                reasons[k] = "byline"
            # an @handle's display name over it ("Helen Pryce" / "@hpryce_history" / "Oct 25, 2024")
            if text.startswith("@") and i and reasons[i - 1] is None and NAME_ALONE.match(plain(lines[i - 1].text)):
                reasons[i - 1] = "byline"
            return
        affiliated = _affiliation_under(lines, reasons, i) if NAME_ALONE.match(text.rstrip("*†")) else None
        if affiliated:
            for k in affiliated:
                reasons[k] = "byline"  # a paper's author over their university
            return
        if under_prose:  # only the line just under a standfirst may still be the byline
            return


def _affiliation_under(lines, reasons, i) -> list[int] | None:
    """The author's line and the lines down to their university under it, the name perhaps again
    between, marked as a journal's page marks its corresponding author ("Helen Marsh" / "Show author
    details" / "Helen Marsh*" / "Affiliation:" / "University of Leeds"); None where no university stands."""
    kept = [k for k in range(i + 1, min(i + 6, len(lines) - 1)) if reasons[k] is None][:2]
    name = normalize(lines[i].text.rstrip("*†"))
    if kept and normalize(lines[kept[0]].text.rstrip("*†")) == name:
        kept = kept[1:]
    if kept and AFFILIATION.match(lines[kept[0]].text):
        return [k for k in range(i, kept[0] + 1) if reasons[k] is None]
    return None


def _over_date(lines, reasons, i) -> list[int] | None:
    """Whether the name at ``i`` stands over the page's date with only a poster's details between: dots and
    badges ("·" / "Top contributor" / "·" / "August 4, 2019"), or the name again (a picture's label, then
    the name) and the line saying who they are ("Commander, USN (Ret.)" / "Published Aug 4, 2022").
    The lines between, or None."""
    between: list[int] = []
    for k in range(i + 1, min(i + 6, len(lines))):
        text = plain(lines[k].text)
        if reasons[k] == "date line" or (reasons[k] == "interface text" and PUBLISHED.match(text)):
            return between
        if reasons[k] in ("no words", "member profile"):
            continue
        again = not between and reasons[k] is None and normalize(text) == normalize(lines[i].text)
        described = (len(between) == 1 and reasons[k] in (None, "navigation crumbs")  # "Historian | Author | Speaker"
                     and len(text.split()) <= BYLINE_MAX_WORDS and not is_prose(text))
        if not (again or described):
            return None
        between.append(k)
    return None


#: An article platform's box on its author, under the text: "Written by NAME" / "1.2K Followers" / "Writer
#: for ..." / what they are / "Follow", at most this many lines.
AUTHOR_BOX_LINES = 6


def _drop_labelled_names(lines: list[Line], reasons: list[str | None]) -> None:
    """A name under its label near the top of the page: the author's under "Written by" (a byline, and
    the sentence under it that introduces them: "Eleanor Marsh is a maritime historian ..."), a
    checker's under "Fact-checked by"; and anywhere, a picture's caption under "Image caption,", the person
    asked for an answer under "Answer requested by", a newsletter's motto under "Launched 3 years ago"."""
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
        elif label in ("written by", "written and fact-checked by", "written and fact checked by") and (
                NAME_ALONE.match(following) or re.match(r"^The Editors of [A-Z][\w ]{2,60}$", following)):
            reasons[i + 1] = "byline"
            if i + 2 < len(lines) and lines[i + 2].text.startswith(following + " "):
                reasons[i + 2] = reasons[i + 2] or "author's note"
        elif label in ("fact-checked by", "fact checked by", "reviewed by") and len(following.split()) <= 8:
            reasons[i + 1] = "checker line"
    for i, line in enumerate(lines[:-1]):  # an article platform's box on its author, over "Follow"
        if reasons[i] == "interface text" and re.match(r"written by \S", plain(line.text).lower()):
            follow = next((k for k in range(i + 1, min(len(lines), i + AUTHOR_BOX_LINES + 1))
                           if plain(lines[k].text).lower() == "follow"), i)
            for k in range(i + 1, follow):
                reasons[k] = reasons[k] or "author's note"
    for i, line in enumerate(lines[:-1]):
        label = plain(line.text).lower().rstrip(",: ")
        if reasons[i] != "interface text" or reasons[i + 1] is not None:
            continue
        if label == "replying to" and (NAME_ALONE.match(lines[i + 1].text) or HANDLE.match(lines[i + 1].text)):
            reasons[i + 1] = "reply target"  # the commenter a reply answers, on the line under "Replying to"
        elif label == "answer requested by" and len(lines[i + 1].text.split()) <= 4:
            reasons[i + 1] = "requester line"  # the person a question-and-answer site asked for the answer
        elif re.fullmatch(r"launched \d+ \w+ ago", label) and len(lines[i + 1].text.split()) <= 15:
            reasons[i + 1] = "publication's description"  # a newsletter's subscribe box: its age, then its motto


#: What a column's author is, on the line under their name: "is a historian and writer. Follow him ...".
AUTHOR_BOX = re.compile(r"^(?:is|was) (?:a|an|the) \S.{0,200}$")


def _drop_name_to_follow(lines: list[Line], reasons: list[str | None]) -> None:
    """An article platform's byline above the text's first sentence: the author's name over a
    "Follow" button (twice, when the picture's label repeats it), and the publication under
    "Published in"; or a column's author box, the name over what they are ("Per Dahl" / "is a
    historian and writer. Follow him on Twitter @perdahl")."""
    for i, line in enumerate(lines):
        if reasons[i] is None and is_prose(line.text):
            return
        if (reasons[i] is None and i + 1 < len(lines) and reasons[i + 1] is None and NAME_ALONE.match(plain(line.text))
                and AUTHOR_BOX.match(lines[i + 1].text)):
            reasons[i], reasons[i + 1] = "byline", "author's note"
            continue
        if reasons[i] != "interface text":
            continue
        text = plain(line.text).lower()
        if text == "follow":  # one subscribes to a publication ("Gull Point Notes" / "Subscribe"), follows a person
            k = i - 1
            while k >= 0 and reasons[k] is None and (NAME_ALONE.match(plain(lines[k].text)) or HANDLE.match(lines[k].text)) and \
                    (k == i - 1 or lines[k].text == lines[i - 1].text):
                reasons[k] = "byline"
                k -= 1
        elif text == "published in" and i + 1 < len(lines) and reasons[i + 1] is None and \
                len(lines[i + 1].text.split()) <= MENU_MAX_WORDS + 3 and not is_prose(lines[i + 1].text):
            reasons[i + 1] = "publication line"


#: A video channel's count of subscribers, under the channel's name: "212K subscribers".
SUBSCRIBERS = re.compile(r"^[\d.,]+\s*[km]?\s+subscribers$", re.IGNORECASE)


def _drop_channels(lines: list[Line], reasons: list[str | None]) -> None:
    """A video's channel: its name over its count of subscribers is the page's byline the first time;
    a panel that repeats them has the channel's tabs under them ("Videos" / "About")."""
    named = False
    for i in range(1, len(lines)):
        if not SUBSCRIBERS.match(lines[i].text.strip()):
            continue
        above = plain(lines[i - 1].text)
        if reasons[i - 1] is None and len(above.split()) <= MENU_MAX_WORDS and not is_prose(above):
            reasons[i - 1] = "channel line" if named else "byline"
            named = True
        k = i + 1
        while k < len(lines) and (reasons[k] == "interface text" or normalize(plain(lines[k].text)) in NAV_LABELS):
            reasons[k] = reasons[k] or "navigation menu"
            k += 1


#: A quiz's button that shows its answer, and a feedback box's question.
ANSWER_BUTTON = re.compile(r"^(?:show|reveal|check|see) (?:the )?answers?$", re.IGNORECASE)
FEEDBACK = re.compile(r"^was this (?:page|article|answer|guide|information) (?:helpful|useful)\?$", re.IGNORECASE)


def _drop_quiz_and_feedback(lines: list[Line], reasons: list[str | None]) -> None:
    """A quiz's questions, each over the button that shows its answer ("2. How many seats did the
    Conservatives win?" / "Show answer"): they ask and say nothing. And the "Yes" / "No" buttons
    under a page's "Was this page helpful?"."""
    for i, line in enumerate(lines):
        text = line.text.strip()
        if ANSWER_BUTTON.match(text) and i and reasons[i - 1] is None and lines[i - 1].text.rstrip().endswith("?"):
            reasons[i - 1] = "quiz question"
        elif FEEDBACK.match(text):
            k = i + 1
            while k < len(lines) and lines[k].text.strip().lower() in ("yes", "no"):
                reasons[k] = "interface text"
                k += 1


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


#: A reader poll set in an article: its header, question, options with their shares and its count of votes.
POLL_HEADER = re.compile(r"^(?:poll|quick poll|reader poll|readers' poll|have your say)$", re.IGNORECASE)
POLL_TALLY = re.compile(r"^(?:\d{1,3}(?:\.\d)?\s?%|[\d,.]+k?\s+votes?|view results|results)$", re.IGNORECASE)
POLL_MAX_LINES = 15


def _drop_poll(lines: list[Line], reasons: list[str | None]) -> None:
    """A "Poll" header and its question, options, shares and count of votes, up to the text's next sentence."""
    for i, line in enumerate(lines):
        if reasons[i] not in (None, "interface text") or not POLL_HEADER.match(plain(line.text)):
            continue
        block = []
        for j in range(i + 1, min(len(lines), i + POLL_MAX_LINES + 1)):
            if reasons[j] is None and is_prose(lines[j].text) and not lines[j].text.rstrip().endswith("?"):
                break
            block.append(j)
        if any(POLL_TALLY.match(plain(lines[j].text)) for j in block):
            for j in [i] + block:
                reasons[j] = reasons[j] or "poll"


#: A site's request for consent to its cookies: its header, its paragraphs and its buttons.
CONSENT_HEADER = re.compile(r"^(?:we value your privacy|your privacy(?: choices| matters)?|privacy settings|cookie (?:consent|settings|notice)|"
                            r"this (?:site|website) uses cookies)\.?$", re.IGNORECASE)
CONSENT_BUTTON = re.compile(r"^(?:accept|accept all|accept cookies|reject all|reject|i agree|agree|manage (?:preferences|options|settings)|"
                            r"more options|allow all|deny|ok(?:ay)?|got it)$", re.IGNORECASE)
CONSENT_MAX_LINES = 12


def _drop_consent(lines: list[Line], reasons: list[str | None]) -> None:
    """A request for consent to cookies ("We value your privacy" / what the site and its partners store /
    "Accept all" / "Reject all"), from its header to its last button."""
    for i, line in enumerate(lines):
        if not CONSENT_HEADER.match(plain(line.text)):
            continue
        buttons = [j for j in range(i + 1, min(len(lines), i + CONSENT_MAX_LINES + 1)) if CONSENT_BUTTON.match(plain(lines[j].text))]
        if buttons:
            for j in range(i, buttons[-1] + 1):
                reasons[j] = reasons[j] or "cookie consent"


#: A list of links under its header is this long at most; what follows is the page's again.
MENTIONED_MAX_LINES = 30


def _drop_mentioned(lines: list[Line], reasons: list[str | None]) -> None:
    """A "Links mentioned in this episode:" header and the list under it, up to the next sentence of text."""
    for i, line in enumerate(lines):
        if reasons[i] is None and MENTIONED_HEADER.match(plain(line.text)):
            stop = next((j for j in range(i + 1, min(len(lines), i + MENTIONED_MAX_LINES + 1))
                         if reasons[j] is None and is_prose(lines[j].text)), None)
            if stop is None and len(lines) - i > MENTIONED_MAX_LINES + 1:
                continue  # no sentence of text under it near enough: not a list of links
            for j in range(i, len(lines) if stop is None else stop):
                reasons[j] = reasons[j] or "links list"


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
    # the site's name again at the foot of the page, as its menu named it at the top ("Slashdot")
    menu = {normalize(plain(lines[i].text)) for i, r in enumerate(reasons) if r == "navigation menu"}
    last = max((i for i, r in enumerate(reasons) if r is None), default=None)
    if last is not None and len(lines[last].text.split()) <= MENU_MAX_WORDS and normalize(plain(lines[last].text)) in menu:
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


def _drop_author_note(lines: list[Line], reasons: list[str | None]) -> None:
    """An article's last paragraph that presents its author ("Daniel Ferris is a retired marine
    engineer and the author of ...", under the byline "By Daniel Ferris") is a note on the writer,
    not the article's text. (Its last paragraph, that is, above its comments.) The byline's name alone
    under the last paragraph signs it."""
    names = {byline_name(plain(line.text)) for k, line in enumerate(lines) if reasons[k] == "byline"}
    names = {name for name in names if len(name.split()) >= 2}
    end = comments_start(lines, reasons) or len(lines)
    last = max((k for k, r in enumerate(reasons[:end]) if r is None), default=None)
    if last is not None and normalize(lines[last].text) in {normalize(name) for name in names}:
        reasons[last] = "signature"
    kept = [k for k, r in enumerate(reasons[:end]) if r is None and is_prose(lines[k].text)]
    for k in kept[-2:]:
        if any(re.match(rf"{re.escape(name)},? (?:is|was|has|writes|teaches)\b", lines[k].text.strip()) for name in names):
            reasons[k] = "author note"


#: A blog's link to the post before or after this one, over that post's title.
POST_LINK = re.compile(r"^(?:newer|older|previous|next)\s+(?:post|article|entry|story)$", re.IGNORECASE)


def _drop_post_navigation(lines: list[Line], reasons: list[str | None]) -> None:
    """The title under a "Newer Post" / "Older Post" link names another post: it is not this one's text."""
    for i in range(len(lines) - 1):
        under = lines[i + 1].text.strip()
        if (reasons[i] == "interface text" and POST_LINK.match(lines[i].text.strip()) and reasons[i + 1] is None
                and len(under.split()) <= 12 and not under.endswith((".", "?", "!"))):
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
