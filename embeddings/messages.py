"""Mailing-list archives and e-mail threads: who wrote each message.

A message opens at its sender: "From: Per Dahl <pdahl@fjord.example.no>", "From: pdahl at
fjord.example.no (Per Dahl)", or "Helen Marsh <hmarsh@coast.example.edu>" on a line of its own, or,
as a groups archive shows a newsgroup's thread, the sender's name over "unread,", the date and "to".
Its other header lines ("Date:", "Subject:", "To:", a date such as "Mon, 3 Mar 2021 09:14:22 -0500")
are left out. The first message is the page's own text and its sender the author; later ones are
replies by their senders. A line quoted from an earlier message ("> The board's minutes ...") is
that message's sender's words.
"""
from __future__ import annotations

import re

from .cleaning import normalize
from .roles import AUTHOR, QUOTED, REPLY

_ADDRESS = r"[^\s<>@()]+(?:@|\s+at\s+)[^\s<>()]+"
#: The sender of a message: a name with an address, with or without "From:".
SENDER = re.compile(rf"^(?:from:\s*)?(?:(?P<name>[^\s<>@():][^<>@():]{{0,60}}?)\s*<{_ADDRESS}>|"
                    rf"{_ADDRESS}\s*\((?P<name2>[^()]{{2,60}})\)|"
                    # a mailing list archive's: "Per Dahl pdahl at fjord.example.no"
                    rf"(?P<name3>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){{1,3}})\s+[^\s<>@()]+\s+at\s+[^\s<>()]+\.[a-z]{{2,}})$",
                    re.IGNORECASE)
#: What a groups archive sets under a sender's name, over the message: "unread," then the date, then "to".
UNREAD = re.compile(r"^unread,?$", re.IGNORECASE)
#: A message's other header lines.
HEADER = re.compile(r"^(?:date|sent|to|cc|bcc|subject|reply-to|in-reply-to|references|message-id|organi[sz]ation):\s*.{1,300}$",
                    re.IGNORECASE)
#: A message's date as the C library writes it: "Mon Mar  3 09:14:22 EST 2014".
CTIME = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)\s+[a-z]{3}\s+\d{1,2}\s+\d\d:\d\d:\d\d(?:\s+[a-z]{3,4})?\s+\d{4}$", re.IGNORECASE)
#: A line quoted from an earlier message.
QUOTED_LINE = re.compile(r"^>+\s?(?P<text>.*)$")
#: A signature stands among the last lines of a message.
SIGNATURE_LINES = 3
#: A page is an exchange of messages when at least this many senders open one.
MESSAGES_MIN = 2


def messages(lines, reasons, roles, speakers, groups) -> bool:
    """Mark the page's messages; False, touching nothing, when it is not an exchange of messages."""
    senders = _senders(lines, reasons)
    if len(senders) < MESSAGES_MIN and not (senders and _saved_message(lines, senders[0][0])):
        return False
    said: list[tuple[str, list[str]]] = []  # (sender, the lines of their message) of earlier messages
    for n, (i, name) in enumerate(senders):
        stop = senders[n + 1][0] if n + 1 < len(senders) else len(lines)
        reasons[i] = "byline" if n == 0 else "sender line"  # the first sender is the page's author
        own = []
        for k in range(i + 1, stop):
            if HEADER.match(lines[k].text):
                reasons[k] = "message header"
            if reasons[k] is not None:
                continue
            quoted = QUOTED_LINE.match(lines[k].text)
            if quoted and n > 0:
                # a line of an earlier message here is its sender's; another quotation is left for
                # the block quotes, which read a "NAME wrote:" above it
                key = normalize(quoted.group("text"))
                earlier = next((who for who, text in reversed(said) if key and any(key in t for t in text)), "")
                if earlier:
                    roles[k], speakers[k], groups[k] = QUOTED, earlier, 50_000 + i
                continue
            own.append(normalize(lines[k].text))
            roles[k], speakers[k], groups[k] = (AUTHOR, "", 50_000 + i) if n == 0 else (REPLY, name, 50_000 + i)
        _mark_signature(lines, reasons, range(i + 1, stop), name)
        said.append((name, own))
    return True


def _saved_message(lines, i: int) -> bool:
    """Whether the sender's line ``i`` opens one message saved with its header ("From: ..." over "To:",
    "Subject:", "Date:"): a message of its own, its sender the author."""
    # (or a mailing list archive's message: its sender over its date, "Mon Mar  3 09:14:22 EST 2014")
    return (lines[i].text.lower().startswith("from:") and any(HEADER.match(lines[k].text) for k in range(i + 1, min(len(lines), i + 4)))
            or i + 1 < len(lines) and bool(CTIME.match(lines[i + 1].text.strip())))


def _senders(lines, reasons) -> list[tuple[int, str]]:
    """Where each message opens, and its sender's name."""
    found = [(i, (m.group("name") or m.group("name2") or m.group("name3") or "").strip().strip('"'))
             for i, line in enumerate(lines) if (m := SENDER.match(line.text))]
    if found:
        return found
    # a groups archive: "Helen Markov" / "unread," / "Feb 2, 2009, 11:02:10 AM" / "to"
    return [(i, lines[i].text.strip()) for i in range(len(lines) - 3)
            if UNREAD.match(lines[i + 1].text) and reasons[i + 2] == "date line" and lines[i + 3].text.strip().lower() == "to"
            and 0 < len(lines[i].text.split()) <= 4]


def _mark_signature(lines, reasons, rows, name: str) -> None:
    """The sender's name among the last lines of their message, and the short lines under it
    ("Per Dahl" / "Fjord Museum"), sign it: they are not its words."""
    kept = [k for k in rows if reasons[k] is None]
    for n, k in enumerate(kept[-SIGNATURE_LINES:]):
        # (or their first name alone, as one signs a message: "Pavel")
        if name and normalize(lines[k].text) in (normalize(name), normalize(name.split()[0])):
            for j in kept[len(kept[:-SIGNATURE_LINES]) + n:]:
                reasons[j] = "signature"
            return
