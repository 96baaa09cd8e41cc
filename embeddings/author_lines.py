"""Lines that say who wrote a page, set around its text: a byline under the title (with or without
"By", a name over the page's date, a paper's author over their university), a name under its label
("Written by", "Fact-checked by"), an article platform's name over "Follow", a video's channel over
its count of subscribers, and a closing note that presents the author.

:func:`embeddings.regions.chrome_reasons` runs these passes with the others.
"""
from __future__ import annotations

import re

from .bylines import byline_name, page_date
from .cleaning import (
    AFFILIATION,
    AGO,
    BYLINE,
    BYLINE_LINES,
    BYLINE_MAX_WORDS,
    CAPTION_MAX_WORDS,
    COMMENTS_HEADER,
    HANDLE,
    MENU_MAX_WORDS,
    NAME_ALONE,
    Line,
    comments_start,
    is_prose,
    normalize,
    plain,
)
from .interface import NAV_LABELS

#: A date line as a site's interface words it: "Published Aug 4, 2022", "Posted on 3 March 2021", after
#: a journal's page numbers: "Pages 519-541 | Published online: 18 Aug 2006".
PUBLISHED = re.compile(r"^(?:pages? \d+\s*[-–]\s*\d+\s*[|·•]\s*)?(?:published|posted|updated|start date)(?: online)?(?: on)?:?"
                       r"\s+\S.{2,40}\d{4}(?:,? at \d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?$", re.IGNORECASE)


def drop_bylines(lines: list[Line], reasons: list[str | None]) -> None:
    """A "By NAME" line among the first ``BYLINE_LINES`` lines of text, a menu not counted; lower
    down, "by NAME" credits a work in a list."""
    kept = 0
    for i, line in enumerate(lines):
        if kept >= BYLINE_LINES:
            return
        if reasons[i] is not None:
            continue
        text = plain(line.text)
        # (a magazine's byline may name the issue: "Anna Berg | Published in History Today Volume 71 Issue 3 March 2021")
        if BYLINE.match(text) and (len(text.split()) <= BYLINE_MAX_WORDS or " published in " in text.lower()):
            reasons[i] = "byline"
        else:
            kept += 1


def drop_name_over_date(lines: list[Line], reasons: list[str | None]) -> None:
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
        dated = (reasons[i + 1] == "date line" and not (under_prose and AGO.match(lines[i + 1].text))
                 or reasons[i + 1] == "interface text" and PUBLISHED.match(plain(lines[i + 1].text)) is not None)
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


#: What the author is, on the line under their name under "Written by", as an encyclopaedia sets it: "Writer,
#: Encyclopaedia Britannica. Author of ...", "Professor of History, University of Leeds."
DESCRIBED_AS = re.compile(r"^[A-Z][\w'’\-]*(?: (?:[a-z]{1,4} )?[A-Z\-][\w'’\-]*){0,4}, [A-Z]")
DESCRIPTION_MAX_WORDS = 30
#: An article platform's box on its author, under the text: "Written by NAME" / "1.2K Followers" / "Writer
#: for ..." / what they are / "Follow", at most this many lines.
AUTHOR_BOX_LINES = 6
MORE_FROM = re.compile(r"^more from .{1,60}$", re.IGNORECASE)


def drop_labelled_names(lines: list[Line], reasons: list[str | None]) -> None:
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
            if i + 2 < len(lines) and (lines[i + 2].text.startswith(following + " ") or (
                    DESCRIBED_AS.match(lines[i + 2].text) and len(lines[i + 2].text.split()) <= DESCRIPTION_MAX_WORDS)):
                reasons[i + 2] = reasons[i + 2] or "author's note"
        elif label in ("fact-checked by", "fact checked by", "reviewed by") and len(following.split()) <= 8:
            reasons[i + 1] = "checker line"
    for i, line in enumerate(lines[:-1]):  # an article platform's box on its author, over "Follow"
        if reasons[i] == "interface text" and re.match(r"written by \S", plain(line.text).lower()):
            # (the box ends at its "Follow" button, or where the links to more of the writer's posts begin)
            follow = next((k for k in range(i + 1, min(len(lines), i + AUTHOR_BOX_LINES + 1))
                           if plain(lines[k].text).lower() == "follow" or MORE_FROM.match(plain(lines[k].text))), i)
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


def drop_name_to_follow(lines: list[Line], reasons: list[str | None]) -> None:
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


def drop_channels(lines: list[Line], reasons: list[str | None]) -> None:
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


def drop_author_note(lines: list[Line], reasons: list[str | None]) -> None:
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
