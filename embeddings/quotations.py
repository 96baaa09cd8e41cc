"""Quotations inside a page's own text: whose words they are.

* A paragraph that opens with a quotation mark and closes with one is a quotation when something
  says who spoke: an attribution after it ("– NAME", "(NAME, ...)", "..., the Commission wrote in
  its summary.", a citation "(Quoted in TITLE, by NAME)"), a speaker between its parts ("...,” said
  Maria Ek. “..."), a "-NAME" line under it, or when it is long enough to be no slogan.
* A letter whose every paragraph opens with a quotation mark is one quotation; its speaker is the
  name after its valediction ("Regards, / Esteban Volkov").
* A quotation that closes a paragraph after the writer's own sentences, with words saying who spoke
  ('Not everyone agrees. Per Dahl, a historian, said the letters point the other way. "He asked
  to stay," he said.'), is split off as a paragraph of its own (:func:`split_quotations`); a
  pronoun's speaker is the name the writer's sentences say spoke ("Per Dahl, ..., said").
* Lines of a block quotation ("> ...") are quoted; a "NAME wrote:" line before them, or "> – NAME"
  closing them, names the speaker.

The roles each line gets are those of :mod:`embeddings.roles`.
"""
from __future__ import annotations

import re
from itertools import pairwise

from .cleaning import Line
from .roles import AUTHOR, QUOTED

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
#: The header over a quoted post in a thread or an e-mail: "NAME said:", "2 hours ago, NAME said:",
#: "NAME wrote:", vBulletin's "Originally Posted by NAME", Simple Machines' "Quote from: NAME on DATE".
SAID = re.compile(r"^(?:\([^()]{4,40}\)\s*|.{0,40}?(?:ago|am|pm|\d{4}|on \w+ \d+),\s*)?(?P<name>[^,:]{1,60}?) (?:said|wrote):(?:\s*↑.{0,40})?$"
                  r"|^(?:(?:quote:?\s*)?originally posted by|quote from:) (?P<name2>[^,:]{1,40}?)(?:\s+on\s+\S.{3,60})?\s*$",
                  re.IGNORECASE)
VALEDICTION = re.compile(
    r"^(regards|best regards|kind regards|warm regards|greetings|sincerely|yours( sincerely| truly| faithfully)?|"
    r"best wishes|best|cheers|fraternally|comradely greetings|in solidarity|with love|love)[,.!]?$", re.IGNORECASE)
NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|al|bin|la|le)){0,4})"
ATTRIBUTION_TAIL = re.compile(rf"^\s*(?:[–—―-]+|\()\s*{NAME}\s*(?:[,)(]|$)")
_SAYS = r"(?:said|says|wrote|writes|added|adds)"
SAID_BETWEEN = re.compile(rf"[,.!?…]\s*[”\"]\s*(?:{_SAYS}\s+{NAME}|{NAME.replace('<name>', '<name2>')}\s+{_SAYS}\b)")
#: Who is said to speak after a quotation: a name, a described speaker ("the Commission", "the
#: museum's director") or a pronoun, which marks the quotation without naming anyone.
_WHO = (r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Oo]ne)\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+|"
        r"(?:[a-z][\w'’\-]*\s+){0,3}[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|al|bin|la|le)){0,4}|he|she|they|we|I)")
#: The description before a name: "local historian Mary Walsh" is Mary Walsh.
DESCRIBED = re.compile(r"^(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\s)(?:[a-z][\w'’\-]*\s+){1,3}(?=[A-Z])")
_SPEECH = (r"(?:said|says|wrote|writes|added|adds|told|tells|recalled|recalls|argued|argues|explained|explains|"
           r"declared|declares|insisted|insists|noted|notes|stated|states|remarked|remarks|replied|replies|"
           r"concluded|concludes|warned|warns|claimed|claims|asked|asks|put it|puts it|tweeted|tweets|"
           r"admitted|admits|acknowledged|acknowledges|conceded|concedes|observed|observes|suggested|suggests|"
           r"countered|maintained|maintains|responded|responds|answered|commented|"
           r"pointed out|points out|continued|continues|cautioned|cautions)")
#: The words after a quotation's closing mark that say who spoke: "..., the Commission wrote in its
#: summary.", "..., said Maria Ek.", "..., the board's secretary, Per Dahl, told the paper.", "..., said the
#: board's secretary, Per Dahl." or "..., as
#: Alexander Berkman put it in his diary."
SAID_AFTER = re.compile(rf"\s*(?:(?:as\s+)?(?P<who>{_WHO})(?:,\s+{NAME.replace('<name>', '<named>')},)?"
                        rf"\s+(?:also\s+|later\s+|then\s+)?{_SPEECH}|{_SPEECH}\s+(?P<who2>{_WHO})"
                        rf"(?:,\s+{NAME.replace('<name>', '<named2>')}(?=[,.;:!?]|\s*$))?)"  # "said the museum's director, Elena Sorokina."
                        r"(?=[\s,.;:!?]|$)")
SAID_AFTER_MAX_WORDS = 20
SAID_QUOTE_MIN_WORDS = 3
#: A parenthetical citation closing a quotation: "(Quoted in The Russians Are Coming, by J. Kuzmarov)".
CITED_TAIL = re.compile(r"^\s*[\[(](?P<cite>[^()\[\]]{2,200})[\])]\s*[.,;]?\s*$")
PRONOUNS = frozenset(("he", "she", "they", "we", "i"))
CUT_SHORT = frozenset(("the", "a", "an", "of", "by", "to", "in", "on", "for", "with", "and", "from", "at"))
#: A quote's header on the line of the quoted words, as forums of the MyBB kind set it:
#: "(03-06-2021, 02:14 PM)tidewrack Wrote: The board minutes say ...".
INLINE_QUOTE_HEADER = re.compile(r"^\([^()]{4,40}\)\s*[^\s()][^()]{0,40}? wrote:\s+(?=\S)", re.IGNORECASE)
#: Where a quotation may open inside a paragraph: after a sentence of the writer's own.
QUOTE_OPENS = re.compile(r"(?<=[.!?])\s+(?=[\"“])")
#: The person the writer's sentence says spoke: "Per Dahl, a historian, said ...", "Per Dahl said ...",
#: "According to the museum's director, Marta Holm, ...".
_PERSON = r"[A-Z][\w'’\-]+(?:\s+(?:(?:de|van|von|der|al|bin|la|le)\s+)?[A-Z][\w'’\-]+){1,3}"
NAMED_SPEAKER = re.compile(rf"(?P<name>{_PERSON})(?:,[^,]{{1,120}},)?\s+(?:also\s+)?{_SPEECH}\b"
                           rf"|\b[Aa]ccording to (?:[^,]{{1,80}},\s+)?(?P<source>{_PERSON})\b")
ATTRIBUTION_LINE = re.compile(rf"^[–—―-]+\s*{NAME}\s*(?:\(.{{0,40}}\))?[.,]?(?:\s.*)?$")  # (― as a quotations site sets it)
#: A fully quoted paragraph with no attribution counts as a quotation only when it is this long:
#: shorter ones are headings or slogans in the author's own voice.
UNATTRIBUTED_QUOTE_MIN_WORDS = 12
MAX_QUOTE_PARAGRAPHS = 60
#: Capitalised words that open a sentence and name nobody.
_NOT_NAMES = (r"(?:The|A|An|In|On|At|As|By|But|And|Yet|So|Then|This|That|These|Those|When|While|After|Before|It|He|She|"
              r"They|We|I|His|Her|Their|Its|Our)")
#: Or one known by a single name, as the writer's sentence before a quotation names them: "Bukharin put it
#: differently." over '"...," he told the Congress.'
SURNAME_SPEAKER = re.compile(rf"(?<![\w'’])(?P<name>(?!{_NOT_NAMES}\b)[A-Z][\w'’\-]+)\s+(?:also\s+)?{_SPEECH}\b")
#: A quotation the writer's sentence opens with a colon or a comma, closing the paragraph ('In 1920
#: Trotsky wrote: "..."', 'As he told the Congress, "..."'): where it opens, and who the clause says spoke.
QUOTE_INTRODUCED = re.compile(r"(?<=[:,])\s+(?=[\"“])")
INTRODUCER = re.compile(rf"(?:^|\s)(?P<who>(?!{_NOT_NAMES}\b)[A-Z][\w'’\-]+(?:\s+(?:(?:de|van|von|der|al|bin|la|le)\s+)?[A-Z][\w'’\-]+){{0,3}}|"
                        rf"[Hh]e|[Ss]he|[Tt]hey|"
                        rf"[Tt]he\s+(?:[a-z][\w'’\-]*\s+){{0,2}}[a-z][\w'’\-]*)"  # or one described: "the chairman told the meeting:"
                        rf"\s+(?:(?:also|later|then|once|famously|himself|herself|themselves)\s+)?{_SPEECH}\b")
#: A passage signed on the line under it is its whole paragraph when that paragraph has this many lines at most.
SIGNED_BLOCK_LINES = 4
#: The work a quotation is taken from, named with its author's possessive: "From Trotsky's The Revolution Betrayed".
FROM_WORK = re.compile(rf"(?:^|\s)(?:[Ff]rom|[Ii]n)\s+(?P<who>(?!{_NOT_NAMES}\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}})['’]s?"
                       r"\s+\S[^:]{0,120}$")
#: An introduced quotation is this long at least: shorter ones are the writer's words in quotation marks.
INTRODUCED_MIN_WORDS = 4
#: The name a pronoun stands for: the first name in the sentence before ("Lenin himself was ...").
FIRST_NAME_IN = re.compile(rf"\b(?!{_NOT_NAMES}\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}}")


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
    return _speaker(match) if match else None


def _speaker(said: re.Match) -> str:
    """Who a ``SAID_AFTER`` match names: "" for a pronoun; a name without the description before it
    ("local historian Mary Walsh" is Mary Walsh) or the full stop after it."""
    who = said.group("named") or said.group("named2") or DESCRIBED.sub("", (said.group("who") or said.group("who2")).strip())
    # (a possessive names whose the speaker is, not the speaker: "a statement issued by Trotsky's followers"; and a
    # description cut short names nobody: "a letter signed by the")
    if who.lower() in PRONOUNS or who.endswith(("'s", "’s")) or (who.split() or [""])[-1].lower() in CUT_SHORT:
        return ""
    return re.sub(r"(?<=\w\w)\.$", "", who)


def _speaker_between(text: str) -> str:
    """The speaker named between the parts of a quotation: "..., ” said Maria Ek. “..." """
    match = SAID_BETWEEN.search(text)
    if match:
        return re.sub(r"(?<=\w\w)\.$", "", (match.group("name") or match.group("name2")).strip())
    for close in re.finditer(r"[,!?…]\s*[”\"]", text):  # "..., ” the museum's director said. “..."
        said = SAID_AFTER.match(text, close.end())  # match() anchors at the position
        if said:
            return _speaker(said)
    return ""


#: A forum's quoted post under its poster's handle: "grover_reader:".
HANDLE_COLON = re.compile(r"^(?P<name>[\w.\-]*[\d_][\w.\-]*|[a-z][\w.\-]{2,30}):$")
#: A paragraph that ends by introducing the block quotation under it: "... As Trotsky wrote in 1918:".
INTRODUCING = re.compile(r"(?:^|[.;!?]\s+)(?:[Aa]s\s+)?(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+"
                         r"(?:wrote|said|put it|argued|noted|observed|declared|explained)"
                         r"(?:\s+in\s+(?:\d{4}|[A-Z][\w'’ ]{1,40}))?\s*:$")


def block_quotes(lines, reasons, roles, speakers, groups) -> None:
    """Markdown or e-mail block quotes ("> ..." lines) are quoted text; "NAME wrote:" before them names it."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for k, i in enumerate(kept):
        if not lines[i].text.startswith(">"):
            continue
        if roles[i] == QUOTED:  # an earlier message's line, already its sender's: its "NAME wrote:" is left out
            if k > 0 and not lines[kept[k - 1]].text.startswith(">") and SAID.match(lines[kept[k - 1]].text):
                reasons[kept[k - 1]] = "quote header"
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
                speaker = re.sub(r"\s*<[^<>]*>$", "", (intro.group("name") or intro.group("name2")).strip())  # "NAME <address>"
                reasons[kept[k - 1]] = "quote header"
            elif introduced := INTRODUCING.search(lines[kept[k - 1]].text):  # "... As Trotsky wrote in 1918:"
                speaker = introduced.group("name")
            elif handled := HANDLE_COLON.match(lines[kept[k - 1]].text.strip()):  # a forum's quote: "grover_reader:"
                speaker = handled.group("name")
                reasons[kept[k - 1]] = "quote header"
        signed = ATTRIBUTION_LINE.match(lines[run[-1]].text.lstrip("> ")) if len(run) > 1 else None
        if signed and not speaker and len(lines[run[-1]].text.split()) <= 10:  # "> – NAME" closing the quote
            speaker = signed.group("name").strip()
        for j in run:
            roles[j], speakers[j], groups[j] = QUOTED, speaker, 30_000 + i


#: A social network's post embedded in an article, as its text reads without the embed: the post, then
#: "— Per Dahl (@perdahl) March 6, 2021" on the line under it.
EMBED_SIGNATURE = re.compile(r"^[—–-]+\s*(?P<name>[^()]{2,60}?)\s*\(@[\w.\-]{1,40}\)\s+(?P<date>.{4,40}\d{4})$")


def embedded_posts(lines, reasons, roles, speakers, groups) -> None:
    """An embedded post is its writer's words, quoted: the paragraph over its signature line, which is
    left out."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    for k, i in enumerate(kept):
        signed = EMBED_SIGNATURE.match(lines[i].text.strip())
        if not signed or k == 0:
            continue
        reasons[i] = "embedded post's signature"
        post = kept[k - 1]
        if roles[post] == AUTHOR:
            roles[post], speakers[post], groups[post] = QUOTED, signed.group("name").strip(), 35_000 + i


#: A numbered source under a history site's "Primary Sources": "(1) Tom Reilly, letter to the Gull Point Board (3 March
#: 1952)", "(2) Minutes of the Gull Point Board (10 March 1952)".
NUMBERED_SOURCE = re.compile(r"^\(\d{1,3}\)\s+(?P<who>[^,()]{2,80}?)(?:,\s*[^()]{0,160}?)?\s*\([^()]{2,40}\)\s*$")


def primary_sources(lines, reasons, roles, speakers, groups) -> None:
    """The numbered sources a history site sets out under its text, each under a line naming its
    writer and its date: each is that writer's words, quoted, with the line that cites it."""
    heads = [i for i, line in enumerate(lines) if reasons[i] is None and roles[i] == AUTHOR
             and NUMBERED_SOURCE.match(line.text.strip())]
    # each over the words it cites: a list of such lines alone is a bibliography
    heads = [i for i in heads if i + 1 < len(lines) and reasons[i + 1] is None and i + 1 not in heads]
    if len(heads) < 2:
        return
    for n, i in enumerate(heads):
        who = NUMBERED_SOURCE.match(lines[i].text.strip()).group("who").strip()
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        for k in range(i, stop):
            if reasons[k] is not None and k > i + 1:
                break
            if reasons[k] is None and roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = QUOTED, who, 37_000 + i


#: A channel's post that repeats another channel's: "Forwarded from Yekaterinburg Chronicle" over it.
FORWARDED = re.compile(r"^forwarded from (?P<name>\S.{0,60}?)$", re.IGNORECASE)


def forwarded_posts(lines, reasons, roles, speakers, groups) -> None:
    """A forwarded post is the words of the channel it came from, quoted: the lines under "Forwarded
    from NAME", up to the post's end (its counts and date, left out), and the header is left out."""
    for i, line in enumerate(lines):
        forwarded = FORWARDED.match(line.text.strip()) if reasons[i] is None else None
        if not forwarded:
            continue
        reasons[i] = "forward header"
        for k in range(i + 1, len(lines)):
            if reasons[k] is not None:
                break
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = QUOTED, forwarded.group("name"), 36_000 + i


def split_quotations(lines: list[Line]) -> list[Line]:
    """``lines`` with a quotation that closes a paragraph after the writer's own sentences, and a quote's
    header set on the line of the quoted words, standing as a line of its own, in the same block, so
    that its words keep their exact span and can be its speaker's."""
    out = []
    for line in lines:
        text = line.text
        header = INLINE_QUOTE_HEADER.match(text)
        opening = _attributed_inside(text) if not header and _opens_quote(text) else None
        if opening:
            # a quotation opening the paragraph, attributed after it, the writer going on after the attribution
            # ('"We found no crater," Kulik wrote in his diary. The absence of a crater is ...'): two lines
            after = len(text[opening:]) - len(text[opening:].lstrip())
            out.append(Line(line.start, line.start + opening, text[:opening], line.block))
            out.append(Line(line.start + opening + after, line.end, text[opening + after:], line.block))
            continue
        cut = header.end() if header else next((m.end() for m in QUOTE_OPENS.finditer(text) if _attributed(text[m.end():])),
                                               None)
        # (a quotation attributed after it, with the writer's sentences going on after the attribution, is split there too)
        if cut is not None and not header and _attributed_inside(text[cut:]):
            cut = None
        if cut is None:
            cut = next((m.end() for m in QUOTE_INTRODUCED.finditer(text) if _introduced(text[:m.start()], text[m.end():])), None)
        if cut is None:
            # a quotation introduced inside a paragraph, the writer's sentences going on after it ("As Trotsky
            # wrote in 1924, "... always right." This was not a tactical concession."): three lines
            inside = next(((m.end(), m.end() + end) for m in QUOTE_INTRODUCED.finditer(text)
                           if (end := _quote_inside(text[m.end():])) and _introducer(text[:m.start()]) is not None), None)
            # or one attributed after it, the writer going on after the attribution ('... week. "...," tweeted the
            # historian Mark Daniels. Others disagreed.')
            inside = inside or next(((m.end(), m.end() + end) for m in QUOTE_OPENS.finditer(text)
                                     if (end := _attributed_inside(text[m.end():]))), None)
            if inside is None:
                out.append(line)
                continue
            (cut, stop), words = inside, text[:inside[0]].rstrip()
            after = len(text[stop:]) - len(text[stop:].lstrip())
            out.append(Line(line.start, line.start + len(words), words, line.block))
            out.append(Line(line.start + cut, line.start + stop, text[cut:stop], line.block))
            out.append(Line(line.start + stop + after, line.end, text[stop + after:], line.block))
            continue
        words = text[:cut].rstrip()
        out.append(Line(line.start, line.start + len(words), words, line.block))
        out.append(Line(line.start + cut, line.end, text[cut:], line.block))
    return out


def _attributed(text: str) -> bool:
    """Whether ``text`` is one quotation and the words saying who spoke it, with nothing after them."""
    straight = text[0] == '"'
    opens, closes, plain = _quote_counts(text[1:])
    tail = _closing_tail(text) if ((plain % 2 == 1) if straight else closes > opens) else None
    if tail is None:
        return False
    if tail.strip(" .,;"):
        return len(text[:len(text) - len(tail)].split()) >= SAID_QUOTE_MIN_WORDS and _said_after(tail) is not None
    # a speaker between its parts, named or not: '"...," he says. "..."'
    return bool(_speaker_between(text)) or any(SAID_AFTER.match(text, close.end()) for close in re.finditer(r"[,!?…]\s*[”\"]", text))


def _introduced(before: str, text: str) -> bool:
    """Whether ``text`` is one quotation closing its paragraph, and the sentence ending in ``before`` says who spoke it."""
    straight = text[0] == '"'
    opens, closes, plain = _quote_counts(text[1:])
    tail = _closing_tail(text) if ((plain % 2 == 1) if straight else closes > opens) else None
    return (tail is not None and not tail.strip(" .") and len(text.split()) >= INTRODUCED_MIN_WORDS
            and _introducer(before) is not None)


def _attributed_inside(text: str) -> int | None:
    """Where the sentence of a quotation that opens ``text`` and the words after it saying who spoke it
    ends, when the writer's sentences follow; None otherwise."""
    close = '"' if text[0] == '"' else "”"
    end = text.find(close, 1)
    if end < 0 or len(text[1:end].split()) < SAID_QUOTE_MIN_WORDS:
        return None
    after = re.search(r"[.!?](?=\s+[A-Z])", text[end + 1:])
    if after is None:
        return None
    stop = end + 1 + after.end()
    return stop if _said_after(text[end + 1:stop]) is not None else None


def _quote_inside(text: str) -> int | None:
    """Where a quotation that opens ``text`` ends, when it is whole sentences closed inside the paragraph
    and the writer's own sentences follow it; None otherwise."""
    close = '"' if text[0] == '"' else "”"
    end = text.find(close, 1)
    if end < 0:
        return None
    quoted, end = text[1:end].rstrip(), end + 1
    if end < len(text) and text[end] == ".":
        end += 1
    ends_sentence = quoted.endswith((".", "!", "?")) or text[end - 1] == "."
    goes_on = re.match(r"\s+[A-Z]", text[end:]) is not None
    return end if ends_sentence and goes_on and len(quoted.split()) >= INTRODUCED_MIN_WORDS else None


def _introducer(before: str) -> str | None:
    """Who the writer's sentence ending in ``before`` (with a colon or a comma) says speaks the quotation
    after it: a name, the name a pronoun stands for in the sentence before, "" when it names nobody,
    or None when the sentence introduces no quotation."""
    if not before.rstrip().endswith((":", ",")):
        return None
    sentences = re.split(r"(?<=[.!?])\s+", before.strip())
    said = INTRODUCER.search(sentences[-1])
    if said is None:  # or the work it is taken from: "From Trotsky's The Revolution Betrayed (1936):"
        taken = FROM_WORK.search(sentences[-1].rstrip(": ")) if before.rstrip().endswith(":") else None
        return taken.group("who") if taken else None
    who = said.group("who")
    if who.lower() not in PRONOUNS:
        return who
    named = FIRST_NAME_IN.search(sentences[-2]) if len(sentences) > 1 else None
    return named.group(0) if named else ""


def quotations(lines, reasons, roles, speakers, groups) -> None:
    kept = [i for i, r in enumerate(reasons) if r is None]
    k = 0
    while k < len(kept):
        i = kept[k]
        text = lines[i].text
        before = lines[kept[k - 1]] if k > 0 else None
        if roles[i] != QUOTED and not _opens_quote(text) and before is not None and before.block != lines[i].block:
            # a quotation set apart as a paragraph of its own, its marks lost with the page's style, under the
            # writer's words saying who speaks it ("In 1924 Trotsky told the Congress:" / "Comrades, none of us ...")
            speaker = _introducer(before.text) if before.text.rstrip().endswith(":") else None
            block = [j for j in kept[k:] if lines[j].block == lines[i].block]
            words = " ".join(lines[j].text for j in block)
            if speaker is not None and len(words.split()) >= INTRODUCED_MIN_WORDS and words.rstrip().endswith((".", "!", "?")) \
                    and all(roles[j] == AUTHOR for j in block):
                for j in block:
                    roles[j], speakers[j], groups[j] = QUOTED, speaker, 20_000 + i
                k += len(block)
                continue
        # an epigraph or a passage set apart without marks, signed on the line under it ("..." / "— Leon Trotsky, 1937")
        signed = (ATTRIBUTION_LINE.match(lines[kept[k + 1]].text) if k + 1 < len(kept) and roles[i] == AUTHOR
                  and lines[kept[k + 1]].block == lines[i].block and len(lines[kept[k + 1]].text.split()) <= 10
                  and text.rstrip().endswith((".", "!", "?")) and not _opens_quote(text) else None)
        if signed and lines[kept[k + 1]].text[:1] in "—―–":
            # (the passage is its paragraph when set apart as one, of a few lines; else the line over the signature)
            block = [j for j in kept if lines[j].block == lines[i].block]
            block = block[:block.index(kept[k + 1]) + 1] if len(block) <= SIGNED_BLOCK_LINES else [i, kept[k + 1]]
            block = [j for j in block if roles[j] == AUTHOR]
            for j in block:
                roles[j], speakers[j], groups[j] = QUOTED, signed.group("name").strip(), 20_000 + block[0]
            k += 2
            continue
        if roles[i] == QUOTED or not _opens_quote(text):
            k += 1
            continue
        introduced = _introducer(before.text) if before is not None and before.block == lines[i].block else None
        run, speaker = _quote_run(lines, kept, k, roles, introduced is not None)
        if not run:
            k += 1
            continue
        speaker = speaker or introduced or ""
        if not speaker and before is not None and before.block == lines[i].block:  # "..., said ... "...," he said."
            named = list(NAMED_SPEAKER.finditer(before.text))
            speaker = (named[-1].group("name") or named[-1].group("source")) if named else ""
            surnamed = list(SURNAME_SPEAKER.finditer(before.text)) if not speaker else []
            speaker = surnamed[-1].group("name") if surnamed else speaker
        for j in run:
            roles[j], speakers[j] = QUOTED, speaker
            groups[j] = 20_000 + i
        k += len(run)


def _quote_run(lines, kept, k, roles, introduced: bool = False) -> tuple[list[int], str]:
    """The paragraphs of a quotation starting at ``kept[k]`` and its speaker, or ([], ""). An
    ``introduced`` quotation follows the writer's words saying who speaks it, in its paragraph."""
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
        if speaker or said is not None or (bare and (introduced or len(first.split()) >= UNATTRIBUTED_QUOTE_MIN_WORDS)):
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
    for a, b in pairwise(run):
        if VALEDICTION.match(lines[a].text.strip("“”\"« »")):
            name = lines[b].text.strip("“”\"«» ,.")
            if 1 <= len(name.split()) <= 5 and name[:1].isupper():
                return name
    return ""
