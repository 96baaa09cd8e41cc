"""Boxes a page sets inside its text that are not its words: a quiz's questions over their answer
buttons, a feedback box, a reader poll, a request for consent to cookies, a list of links under its
header ("Links mentioned in this episode:", "More Episodes"), and a picture's caption under its
agency's credit ("Getty Images").

:func:`embeddings.regions.chrome_reasons` runs these passes with the others.
"""
from __future__ import annotations

import re

from .cleaning import COMMENTS_HEADER, MENTIONED_HEADER, Line, is_prose, plain

#: A box inviting the reader to a quiz, over the quiz's name: "Britannica Quiz" / "Space Odyssey".
QUIZ_BOX = re.compile(r"^(?:[A-Z][\w'’]*\s+){0,3}quiz$", re.IGNORECASE)
QUIZ_NAME_MAX_WORDS = 8
#: A quiz's button that shows its answer, and a feedback box's question.
ANSWER_BUTTON = re.compile(r"^(?:show|reveal|check|see) (?:the )?answers?$", re.IGNORECASE)
FEEDBACK = re.compile(r"^was this (?:page|article|answer|guide|information) (?:helpful|useful)\?$", re.IGNORECASE)


def drop_quiz_and_feedback(lines: list[Line], reasons: list[str | None]) -> None:
    """A quiz's questions, each over the button that shows its answer ("2. How many seats did the
    Conservatives win?" / "Show answer"): they ask and say nothing. A box inviting the reader to a quiz
    ("Britannica Quiz" / "Space Odyssey"). And the "Yes" / "No" buttons under a page's "Was this page helpful?"."""
    for i, line in enumerate(lines):
        text = line.text.strip()
        if QUIZ_BOX.match(text) and reasons[i] is None and i + 1 < len(lines) and reasons[i + 1] is None \
                and len(lines[i + 1].text.split()) <= QUIZ_NAME_MAX_WORDS and not is_prose(lines[i + 1].text):
            reasons[i] = reasons[i + 1] = "quiz box"
        elif ANSWER_BUTTON.match(text) and i and reasons[i - 1] is None and lines[i - 1].text.rstrip().endswith("?"):
            reasons[i - 1] = "quiz question"
        elif FEEDBACK.match(text):
            k = i + 1
            while k < len(lines) and lines[k].text.strip().lower() in ("yes", "no"):
                reasons[k] = "interface text"
                k += 1


#: A reader poll set in an article: its header, question, options with their shares and its count of votes.
POLL_HEADER = re.compile(r"^(?:poll|quick poll|reader poll|readers' poll|have your say)$", re.IGNORECASE)
POLL_TALLY = re.compile(r"^(?:\d{1,3}(?:\.\d)?\s?%|[\d,.]+k?\s+votes?|view results|results)$", re.IGNORECASE)
POLL_MAX_LINES = 15


def drop_poll(lines: list[Line], reasons: list[str | None]) -> None:
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


def drop_consent(lines: list[Line], reasons: list[str | None]) -> None:
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


#: A site's header over a list of its other pages ("More Episodes", "Related posts", "You may also like"),
#: or of its funders ("Major funding for American Experience is provided by:").
MORE_HEADER = re.compile(r"^(?:more (?:episodes|posts|stories|articles)(?: like this)?|"
                         r"(?:related|recent|popular) (?:posts|articles|stories|episodes|exhibitions|events)|related|"
                         r"you (?:may|might) also like|more like this|read next|up next|"
                         r"(?:major )?funding for .{1,80} (?:is|was) provided by|(?:paid )?partner content|sponsored content)[:.]?$",
                         re.IGNORECASE)


def drop_mentioned(lines: list[Line], reasons: list[str | None]) -> None:
    """A "Links mentioned in this episode:" or "More Episodes" header and the list under it, up to the
    next sentence of text or the comments."""
    for i, line in enumerate(lines):
        if (reasons[i] is None and MENTIONED_HEADER.match(plain(line.text))
                or reasons[i] in (None, "interface text") and MORE_HEADER.match(plain(line.text))):
            stop = next((j for j in range(i + 1, min(len(lines), i + MENTIONED_MAX_LINES + 1))
                         if reasons[j] is None and is_prose(lines[j].text) or COMMENTS_HEADER.match(lines[j].text)), None)
            if stop is None and len(lines) - i > MENTIONED_MAX_LINES + 1:
                continue  # no sentence of text under it near enough: not a list of links
            for j in range(i, len(lines) if stop is None else stop):
                reasons[j] = reasons[j] or "links list"


#: A news agency's credit for a picture, on a line of its own: "Getty Images", "Reuters", "AP via Alamy".
AGENCY = re.compile(r"^(?:getty images|reuters|ap|afp|pa media|epa|shutterstock|alamy)(?: via .{1,40})?$", re.IGNORECASE)
#: The caption under such a credit is this short at most.
CAPTION_MAX_WORDS = 25


def drop_credited_caption(lines: list[Line], reasons: list[str | None]) -> None:
    """The caption under a picture's credit ("Getty Images" / "The lamp at Gull Point went dark in March
    1951"): a short line without a full stop, which describes the picture and is no sentence of the text."""
    for i in range(len(lines) - 1):
        under = lines[i + 1].text.strip()
        if (AGENCY.match(lines[i].text.strip()) and reasons[i + 1] is None and len(under.split()) <= CAPTION_MAX_WORDS
                and not under.endswith((".", "!", "?", ":"))):
            reasons[i + 1] = "image caption"

