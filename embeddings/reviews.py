"""Pages of user reviews, as film and game sites set them out: each review opens with its rating
("9/10"), perhaps its title, then its reviewer's name over its date, or with one line naming its
reviewer and their stars ("Review by mountainmoth ★★½", over "Watched 02 Feb 2021"). Each review is
its reviewer's words, a reader's comment on the work, never the page's own. Its title, which the
reviewer's line parts from its text, is left out with the rating, as a shop's review title on its
rating line is.
"""
from __future__ import annotations

import re

from .answers import HANDLE_ALONE, NAME_LINE
from .roles import AUTHOR, COMMENT, QUOTED

#: A page is a page of reviews when it holds at least this many.
REVIEWS_MIN = 2
#: A review's header naming its reviewer, with their stars: "Review by mountainmoth ★★½".
REVIEW_BY = re.compile(r"^review by (?P<name>\S.{0,40}?)(?:\s+[★½]{1,6})?$", re.IGNORECASE)
#: Lines between a reviewer's name and their rating: where they are from, their count of reviews.
PROFILE_LINES = 2
#: Where a reviewer is from: "Guadalajara, Mexico", "London, United Kingdom".
PLACE = re.compile(r"^[A-Z][\w'’.\- ]{1,30}, [A-Z][\w'’.\- ]{1,30}$")
#: Kept lines looked at under a rating for the reviewer: the review's title, then the name.
REVIEWER_WITHIN = 2


def rated_reviews(lines, reasons, roles, speakers, groups) -> None:
    """From each rating over a reviewer and a date to the next, that reviewer's review."""
    heads = []
    for i, reason in enumerate(reasons):
        if reason != "review rating":
            continue
        # the first reviewer's name over the date may have been taken for the page's byline
        kept = [k for k in range(i + 1, min(i + 6, len(lines) - 1)) if reasons[k] in (None, "byline")][:REVIEWER_WITHIN]
        reviewer = next((k for k in kept if reasons[k + 1] == "date line"
                         and (NAME_LINE.match(lines[k].text) or HANDLE_ALONE.match(lines[k].text))), None)
        if reviewer is not None:
            heads.append((i, reviewer))
    if len(heads) < REVIEWS_MIN:
        _reviews_by(lines, reasons, roles, speakers, groups) or _named_over_rating(lines, reasons, roles, speakers, groups)
        return
    for n, (i, reviewer) in enumerate(heads):
        reasons[reviewer] = "poster line"
        for k in range(i + 1, reviewer):  # the review's title, set apart from its text by the reviewer's line
            reasons[k] = reasons[k] or "review title"
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        for k in range(i + 1, stop):
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = COMMENT, lines[reviewer].text, 70_000 + i


def _reviews_by(lines, reasons, roles, speakers, groups) -> bool:
    """From each "Review by NAME ★★" line to the next, NAME's review."""
    heads = [(i, m.group("name")) for i, line in enumerate(lines) if reasons[i] is None and (m := REVIEW_BY.match(line.text))]
    return _mark_reviews(heads, lines, reasons, roles, speakers, groups)


def _named_over_rating(lines, reasons, roles, speakers, groups) -> bool:
    """From each reviewer's name over their rating and date ("Dmitri V" / "Rated 2/5 Stars • ... 03/08/21
    Full Review"), as a review aggregator sets its audience's reviews, or a travel site its visitors'
    (with their place and count of reviews between), to the next, that reviewer's review."""
    heads = [(i, lines[i].text.strip()) for i in range(len(lines) - 1) if reasons[i] is None and _over_rating(lines, reasons, i)
             and (NAME_LINE.match(lines[i].text.strip()) or HANDLE_ALONE.match(lines[i].text.strip()))]
    for i, _ in heads:  # where they are from, over their count of reviews ("Guadalajara, Mexico" / "26 contributions")
        for k in range(i + 1, next(k for k in range(i + 1, len(lines)) if reasons[k] == "review rating")):
            reasons[k] = reasons[k] or "member profile"
    return _mark_reviews(heads, lines, reasons, roles, speakers, groups)


def _over_rating(lines, reasons, i) -> bool:
    """Whether line ``i`` stands over a review's rating, perhaps with the reviewer's place and count of
    reviews between ("carlosm_viaja" / "Guadalajara, Mexico" / "26 contributions" / "5.0 of 5 bubbles")."""
    for k in range(i + 1, min(i + 2 + PROFILE_LINES, len(lines))):
        if reasons[k] == "review rating":
            return True
        place = reasons[k] is None and PLACE.match(lines[k].text.strip()) is not None
        if reasons[k] != "member profile" and not place:
            return False
    return False


def _mark_reviews(heads, lines, reasons, roles, speakers, groups) -> bool:
    """Each review, from its head (left out) to the next, its reviewer's comment."""
    if len(heads) < REVIEWS_MIN:
        return False
    for n, (i, name) in enumerate(heads):
        reasons[i] = "poster line"
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        for k in range(i + 1, stop):
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = COMMENT, name, 70_000 + i
    return True


#: A critic's review quoted on an aggregator ends with the link to it, its score and day:
#: "Full Review | Original Score: 2/5 | Mar 3, 2019".
FULL_REVIEW = re.compile(r"^full review(?:\s*\|\s*\S.{0,80})?$", re.IGNORECASE)
#: A critic's badge between their publication and their words: "TOP CRITIC".
CRITIC_BADGE = re.compile(r"^top critic$", re.IGNORECASE)


def critics_quotes(lines, reasons, roles, speakers, groups) -> None:
    """A review aggregator's quotes from critics, each over the link to the full review: the critic's
    name, their publication (and a badge), then their words. The words are the critic's, quoted."""
    footers = [i for i, line in enumerate(lines) if reasons[i] in (None, "interface text", "byline")
               and FULL_REVIEW.match(line.text.strip())]
    if len(footers) < REVIEWS_MIN:
        return
    for f in footers:
        reasons[f] = "review rating"
        k, words = f - 1, []
        while k >= 0 and reasons[k] is None and lines[k].text.rstrip().endswith((".", "!", "?", "”", '"')):
            words.append(k)
            k -= 1
        if k >= 0 and CRITIC_BADGE.match(lines[k].text.strip()):
            reasons[k] = "commenter details"
            k -= 1
        if not words or k < 1 or reasons[k] is not None or reasons[k - 1] is not None or not NAME_LINE.match(lines[k - 1].text):
            continue
        reasons[k], reasons[k - 1] = "commenter details", "commenter line"
        for j in words:
            roles[j], speakers[j], groups[j] = QUOTED, lines[k - 1].text.strip(), 72_000 + f
