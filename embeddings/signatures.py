"""Discussions whose comments are signed at their end, as a wiki's talk page signs them:
"... I propose we change the wording. Tidewater (talk) 14:02, 3 March 2021 (UTC)".

Such a page has no author of its own: each comment, from the previous signature up to its own, is
a reply by the name that signs it ("— Preceding unsigned comment added by 81.2.69.142 (talk) ..."
signs one for an address). The signature is cut off the comment's last line and left out as chrome.

A community weblog signs its post and each comment under it the same way, with the poster's name and
the time ("posted by tidewrack at 9:20 AM on February 15, 2018 [14 favorites]"): the post, signed
"posted by larkspur_lane (34 comments total)", is the page's own text and its poster the author; each
comment is a reply by its signer (:func:`signed_posts`).

A newspaper's letters page signs each letter the same way, with the writer's name and town under
it ("Anthony Whitcombe" / "Harrogate, North Yorkshire"): each letter is its writer's, a reader's
words and not the paper's (:func:`signed_letters`).
"""
from __future__ import annotations

import re

from .cleaning import AFFILIATION, NAME_ALONE, Line, is_prose, plain
from .roles import AUTHOR, COMMENT, REPLY

#: A signature at the end of a line, after a sentence has ended (or alone on its line).
SIGNATURE = re.compile(
    r"(?:^|(?<=[.!?\"”’)\]])\s+|(?<=[.!?\"”’)\]]))"
    r"(?:[—–-]+\s*)?(?:preceding unsigned comment added by\s+)?"
    r"(?P<name>[\w\-.'’]+(?: [\w\-.'’]+){0,2})\s*\((?:talk|contribs)(?:\s*[·|•]\s*(?:talk|contribs))*\)\s*"
    r"\d{1,2}:\d\d,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*\(UTC\)$", re.IGNORECASE)
#: A community weblog's signature under its post ("posted by larkspur_lane (34 comments total) 12 users
#: marked this as a favorite") and under each comment ("posted by tidewrack at 9:20 AM on February 15,
#: 2018 [14 favorites]").
POSTED_BY = re.compile(r"^posted by (?P<name>\S.{0,40}?) (?:at \d{1,2}:\d\d\s*[ap]m on [a-z]+\.? \d{1,2},? \d{4}|"
                       r"(?P<post>\([\d,]+ comments? total\)))(?:\s*\[[^\]]{0,40}\])*(?:\s+\S.{0,80})?$", re.IGNORECASE)
#: A page is a signed discussion when at least this many lines end in a signature.
SIGNED_MIN = 2
#: A letter writer's town, on the line under their name: "Leeds", "Harrogate, North Yorkshire",
#: "Newcastle upon Tyne".
TOWN = re.compile(r"^[A-Z][\w'’\-.]*(?:,? +(?:(?:upon|on|under|in|le|de|the) +)?[A-Z][\w'’\-.]*){0,4}$")
#: What a letter's writer is, under their name, is this long at most: "Emeritus professor of history,
#: University of York", "Former MP for Bolsover, Derbyshire".
WRITER_LINE_MAX_WORDS = 12
#: What a letter's signature may have been read as before the page is known to be a letters page.
UNSIGNED = (None, "page footer")


#: A comment signed at the end of its line as question-and-answer sites of the Stack Exchange kind sign
#: comments under a post: "... a source for that? – Mark Daniels Mar 4, 2021 at 10:00".
_SIGNED_COMMENT = r"[–—]\s+(?P<name>[^\s–—][^–—]{0,40}?)\s+(?:[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?(?: at \d{1,2}:\d\d)?|\d+ \w+ ago)$"
COMMENT_SIGNATURE = re.compile(rf"(?<=[.!?\"”’)\]])\s+{_SIGNED_COMMENT}")
#: That signature on a line of its own, once split off its comment.
COMMENT_SIGNATURE_LINE = re.compile(rf"^{_SIGNED_COMMENT}")


def split_signatures(lines: list[Line]) -> list[Line]:
    """``lines`` with each signature that ends a line standing as a line of its own, in the same
    block, so that the comment's words keep their exact span and the signature can be left out."""
    signed = SIGNATURE if sum(1 for line in lines if SIGNATURE.search(line.text)) >= SIGNED_MIN else None
    signed = signed or (COMMENT_SIGNATURE if any(COMMENT_SIGNATURE.search(line.text) for line in lines) else None)
    if signed is None:
        return lines
    out = []
    for line in lines:
        found = signed.search(line.text)
        words = line.text[:found.start()].rstrip() if found else ""
        if not words:
            out.append(line)
            continue
        out.append(Line(line.start, line.start + len(words), words, line.block))
        lead = len(line.text[found.start():]) - len(line.text[found.start():].lstrip())
        out.append(Line(line.start + found.start() + lead, line.end, line.text[found.start() + lead:], line.block))
    return out


def signed_comments(lines, reasons, roles, speakers, groups) -> None:
    """Each comment up to its signature is a reply by the signer; the signature is left out."""
    signed = [(i, m.group("name")) for i, line in enumerate(lines) if (m := SIGNATURE.match(line.text))]
    if len(signed) < SIGNED_MIN:
        return
    first = _first_comment(lines, reasons, signed[0][0])
    for i, name in signed:
        reasons[i] = "signature"
        for k in range(first, i):
            if reasons[k] is None and roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = REPLY, name, 40_000 + i
        first = i + 1


def signed_posts(lines, reasons, roles, speakers, groups) -> None:
    """A community weblog's post and its comments, each signed under it: the post stays the page's,
    its signature left out as the byline; each comment, from the previous signature to its own, is a
    reply by the signer, and the signature is left out."""
    signed = [(i, m) for i, line in enumerate(lines) if (m := POSTED_BY.match(line.text))]
    if sum(1 for _, m in signed if not m.group("post")) < SIGNED_MIN:
        return
    first = None
    for i, found in signed:
        if found.group("post"):
            reasons[i] = "byline"
            first = i + 1
            continue
        reasons[i] = "signature"
        if first is None:
            first = _first_comment(lines, reasons, i)
        for k in range(first, i):
            if reasons[k] is None and roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = REPLY, found.group("name"), 42_000 + i
        first = i + 1


def _first_comment(lines, reasons, signature: int) -> int:
    """Where the first comment opens: at its first sentence, or at the heading just above it; the
    page's title and what stands above stay the page's."""
    kept = [k for k in range(signature) if reasons[k] is None]
    prose = next((n for n, k in enumerate(kept) if is_prose(lines[k].text)), len(kept) - 1)
    if prose < 0:
        return signature
    if prose > 1 and not is_prose(lines[kept[prose - 1]].text):
        return kept[prose - 1]  # the section's heading, under the page's title
    return kept[prose]


def signed_letters(lines, reasons, roles, speakers, groups) -> None:
    """Each letter of a letters page, from its first sentence (or the previous signature) to the
    writer's name and town under it (or beside it: "Helen Marsh, Harrogate"), is a reader's letter;
    the signature is left out."""
    signed = [(i, name, size) for i in range(1, len(lines)) if (found := _letter_signature(lines, reasons, i))
              for name, size in [found]]
    # letters signed by one name are that writer's own (an archive of their letters), not readers'
    if len(signed) < SIGNED_MIN or len({name for _, name, _ in signed}) < 2 or reasons[signed[0][0]] is not None:
        return
    first = next((k for k in range(signed[0][0]) if reasons[k] is None and is_prose(lines[k].text)
                  and all(reasons[j] is not None or is_prose(lines[j].text) for j in range(k, signed[0][0]))), signed[0][0])
    for i, name, size in signed:
        name = name.title() if name.isupper() else name  # "ANTHONY WHITCOMBE", as a newspaper sets it
        for k in range(i, i + size):
            reasons[k] = "signature"
        for k in range(first, i):
            if reasons[k] is None and roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = COMMENT, name, 45_000 + i
        first = i + size


#: A letter's salutation on a line of its own: "Dear Historian,", "Dear Confused,".
SALUTATION = re.compile(r"^dear\s+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}),$", re.IGNORECASE)
SIGN_OFF_MAX_WORDS = 6


def advice_letters(lines, reasons, roles, speakers, groups) -> None:
    """An advice column's reader's letter, from its salutation ("Dear Historian,") to the name the
    reader signs it with ("Confused in Kansk"), answered under the columnist's own salutation to
    that name ("Dear Confused,"): the letter is the reader's words, the answer the page's."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for n, i in enumerate(kept):
        if not SALUTATION.match(plain(lines[i].text)) or roles[i] != AUTHOR:
            continue
        answer = next((m for m in range(n + 1, len(kept)) if SALUTATION.match(plain(lines[kept[m]].text))), None)
        if answer is None or answer < n + 3:
            continue
        sign_off = plain(lines[kept[answer - 1]].text)
        addressed = SALUTATION.match(plain(lines[kept[answer]].text)).group("name")
        if len(sign_off.split()) > SIGN_OFF_MAX_WORDS or sign_off.endswith((".", "?", "!")) \
                or sign_off.split()[0].lower() != addressed.split()[0].lower():
            continue
        reasons[kept[answer - 1]] = "signature"
        for k in kept[n:answer - 1]:
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = COMMENT, sign_off, 46_000 + i


def _letter_signature(lines, reasons, i: int) -> tuple[str, int] | None:
    """The writer's name and the number of lines their signature takes, when line ``i`` signs a
    letter: under its last sentence, the name over where they write from ("Peter Lomax" / "London
    SW1"), or both on one line ("Helen Marsh, Harrogate, North Yorkshire"). (The last letter's
    signature, short lines at the page's end, may have been taken for its footer.)"""
    if reasons[i] not in UNSIGNED or not _after_prose(lines, reasons, i):
        return None
    text = plain(lines[i].text)
    name, _, where = text.partition(", ")
    if where and NAME_ALONE.match(name) and _writer_line(where):
        return name, 1
    if (i + 1 < len(lines) and reasons[i + 1] in UNSIGNED and NAME_ALONE.match(text) and _writer_line(plain(lines[i + 1].text))
            and plain(lines[i + 1].text) != text and (i + 2 == len(lines) or reasons[i + 2] != "date line")):
        return text, 2
    return None


def _writer_line(text: str) -> bool:
    """Whether a line under a letter writer's name says where they write from or who they are: a town
    ("Harrogate, North Yorkshire"), a university ("University of Leeds"), or what they are before
    either ("Emeritus professor of history, University of York")."""
    if TOWN.match(text) or AFFILIATION.match(text):
        return True
    last = text.rsplit(",", 1)[-1].strip()
    return "," in text and len(text.split()) <= WRITER_LINE_MAX_WORDS and bool(TOWN.match(last) or AFFILIATION.match(last))


def _after_prose(lines, reasons, i: int) -> bool:
    """Whether the text just above line ``i`` ends a sentence: a letter, not a heading."""
    above = next((k for k in range(i - 1, -1, -1) if reasons[k] is None), None)
    return above is not None and is_prose(lines[above].text)
