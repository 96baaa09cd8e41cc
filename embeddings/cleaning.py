"""Site chrome in web-extracted text: which lines are not the document's own words, and why.

Rules are general, not lists of one page's lines. This module holds the lines of a page, the
patterns that show a line to be chrome by what it says (interface phrases of forums and blogs,
breadcrumb trails, link-only and image-file-name lines, dates, bylines, footnotes, short lines
repeated through the page) and :func:`line_reasons`, which applies them;
:mod:`embeddings.regions` adds what shows in where lines stand (menus, sidebars, end matter).
Every dropped line is kept with its reason so a curator can audit what the index never saw.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .interface import UI_LINE


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


#: A text wrapped by hand at a fixed width (a newspaper's columns as read by OCR, an e-text, an e-mail): its
#: paragraphs run over lines of about the same length, breaking mid-sentence. So set are this many
#: paragraphs of three lines or more at least, their lines this wide at least, all but each last line no
#: shorter than this share of the widest and no wider than this many characters.
WRAPPED_PARAGRAPHS = 3
WRAP_MIN_WIDTH = 28
WRAP_MAX_WIDTH = 100
WRAP_SHARE = 0.6
#: What opens a line of its own inside a paragraph: a speaker's label, a list's bullet or number.
LINE_OPENER = re.compile(r"^(?:[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}:\s|[•·*–—-]\s|\d{1,3}[.)]\s)")
#: Where a line ends a sentence: its last character.
SENTENCE_END = re.compile(r"[.!?:;]['\"”’)\]]*$")


def unwrapped(lines: list[Line], text: str) -> list[Line]:
    """``lines`` with each paragraph of a text wrapped at a fixed width one line, spanning its lines, when
    the text is so wrapped: its quotations, bylines and headings are then read as the sentences they are.
    A word broken at a line's end is read whole (see :func:`embeddings.reading.joined_words`)."""
    from .reading import joined_words  # (reading imports this module)

    blocks: dict[int, list[Line]] = {}
    for line in lines:
        blocks.setdefault(line.block, []).append(line)
    inner = [len(line.text) for block in blocks.values() for line in block[:-1]]
    if not inner:
        return lines
    width = sorted(inner)[len(inner) * 9 // 10]  # the width of the text's column, its few long lines aside

    def wrapped(block: list[Line]) -> bool:
        # (its lines go on mid-sentence, most in lower case or after a comma or a broken word; its last line is
        # no wider than the column: a post's name and handle over its text are no such paragraph)
        goes_on = sum(not SENTENCE_END.search(a.text) and (b.text[:1].islower() or a.text.endswith((",", "-"))
                                                           or a.text.isupper() and b.text.isupper())  # a headline in capitals
                      for a, b in pairwise(block))
        # (nor are lines quoted from another message, "> ...", and the reply under them one paragraph, nor a
        # speaker's turn, a list's item or a label that opens a line: "BERG: He stayed ...", "• ...", "1. ...")
        return (len(block) >= 2 and all(WRAP_SHARE * width <= len(line.text) <= min(width, WRAP_MAX_WIDTH) for line in block[:-1])
                and len({line.text.startswith(">") for line in block}) == 1
                and not any(LINE_OPENER.match(line.text) for line in block[1:])
                and len(block[-1].text) <= width and goes_on * 2 >= len(block) - 1)
    if width < WRAP_MIN_WIDTH or sum(len(b) >= 3 and wrapped(b) for b in blocks.values()) < WRAPPED_PARAGRAPHS:
        return lines
    out = []
    for block in blocks.values():
        if not wrapped(block):
            out.extend(block)
            continue
        start, end = block[0].start, block[-1].end
        out.append(Line(start, end, joined_words(text[start:end]).replace("\n", " ").replace("\r", " "), block[0].block))
    return out


#: A link a site sets at the end of a paragraph to the rest of it: "[more inside]", "(Read more...)",
#: "Continue reading →".
TAIL_LINK = re.compile(r"(?<=[.!?\"”’)])\s+(?:\[more inside\]|\(read more\.*\)|continue reading\W{0,3}|read more\W{0,3}"
                       r"|(?-i:[A-Z]{2,4})\s*\(\d{1,2}\.\d{1,2}\.\d{4}\))$",  # or the writer's initials and day: "ACW (27.5.2020)"
                       re.IGNORECASE)
#: A writer's initials and the day they signed, under or at the end of their text: "ACW (27.5.2020)".
SIGNED_INITIALS = re.compile(r"^(?P<initials>[A-Z]{2,4})\s*\((?P<day>\d{1,2}\.\d{1,2}\.\d{4})\)$")


def split_tails(lines: list[Line]) -> list[Line]:
    """``lines`` with a link to the rest of a paragraph at its end (or the writer's initials and day)
    standing as a line of its own, in the same block, so that it can be left out and the paragraph
    keeps its exact span."""
    out = []
    for line in lines:
        tail = TAIL_LINK.search(line.text)
        if tail is None:
            out.append(line)
            continue
        words = line.text[:tail.start()]
        lead = len(tail.group()) - len(tail.group().lstrip())
        out.append(Line(line.start, line.start + len(words), words, line.block))
        out.append(Line(line.start + tail.start() + lead, line.end, tail.group().lstrip(), line.block))
    return out


def normalize(text: str) -> str:
    """Lowercase letters and digits only: what makes two lines 'the same line'."""
    return " ".join(re.findall(r"\w+", text.lower()))


BREADCRUMB = re.compile(r"^[^>»›]{1,60}(\s[>»›]\s[^>»›]{1,80}){2,}$|^[^<«‹]{1,60}(\s[<«‹]\s[^<«‹]{1,80}){2,}$"
                        # or one step under the site's root: "Board index ‹ Lighthouses", "Home > Opinion"
                        r"|^(?i:home|board index|forum index|forums?)\s[>»›<«‹]\s[^>»›<«‹]{1,80}$")
MENU_MIN_LINES = 3
MENU_MAX_WORDS = 3
#: A menu: three or more short labels of letters only between bars or dots ("Home | About | Contact").
MENU = re.compile(r"^[^\W\d_]+(?:[ \t'’&-][^\W\d_]+){0,2}(?:\s+[|·•]\s+[^\W\d_]+(?:[ \t'’&-][^\W\d_]+){0,2}){2,}$")
#: The same with two labels, as the last line of a page ("Trotsky Internet Archive | Marxists Internet Archive").
LAST_LINKS = re.compile(r"^[^\W\d_]+(?:[ '’&-][^\W\d_]+){0,2}(?:\s+[|·•]\s+[^\W\d_]+(?:[ '’&-][^\W\d_]+){0,2})+$")
LINK_ONLY = re.compile(r"^((<?(https?://|www\.)\S+>?|!?\[[^\]]*\]\([^)\s]*\)|<?(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+>?)[\s,;|·•]*)+$",
                       re.IGNORECASE)  # (or an e-mail address)
IMAGE_NAMES = re.compile(r"^([\w\-. ()]+?\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic)\s*)+$", re.IGNORECASE)
#: An image board's file over a post ("File: brest.jpg (212 KB, 900x600)") and its links to the posts
#: a post answers (">>10442871", ">>10442871 (OP)"), whose words are the post's own.
ATTACHED_FILE = re.compile(r"^file: \S.{0,160}\.(jpe?g|png|gif|webp|webm|mp4|pdf)\s*\(\d[\d.,]*\s*[kmg]?i?b(, \d+x\d+)?\)$",
                           re.IGNORECASE)
REPLY_LINK = re.compile(r"^(>>\d{3,12}(\s*\((op|you)\))?\s*)+$", re.IGNORECASE)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A publication's name and the day it published the piece: "Global Research, March 06, 2021".
PUBLICATION_DATE = re.compile(rf"^(?![Bb]y\s)[A-Z][\w&'’.\- ]{{1,60}},\s+(?i:{_MONTH})\s+\d{{1,2}},\s+\d{{4}}$")
DATE_ONLY = re.compile(
    rf"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(mon|tue|wed|thu|fri|sat|sun)\.?\s+)?(({_MONTH}(\s+\d{{1,2}}(st|nd|rd|th)?,?)?\s+\d{{4}})|(\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})|(\d{{4}}-\d{{1,2}}-\d{{1,2}})|(\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}))"
    r"(\s*[,•·|]?\s*(at\s*)?(\d{1,2}[:.]\d\d(:\d\d)?\s*(am|pm)?|\d{1,2}\s*(am|pm))(\s*\(?(gmt|bst|utc|cet|cest|[ecmp][sd]?t)\)?)?)?"
    r"(\s+updated\s+\S.{0,30})?"  # "March 6, 2021 9:14 AM GMT Updated 3 years ago", "March 6, 2021, 6 AM ET"
    r"(\s+(subscribe|share|print))?"  # a weblog's post date beside its buttons: "February 15, 2018 9:02 AM   Subscribe"
    # a federated network's post: "Jun 30, 2023, 09:12 · Edited · Web"
    r"(\s*[·•]\s*(edited|web|[\w ]{1,25} for (ios|android|mac|windows)|tusky|ivory|elk|phanpy))*"
    r"(\s*[—–·•|-]\s*(\d+\s*(hr|h)\s*)?\d+\s*min(ute)?s?(\s+read)?)?$"  # a post's date and its length: "Mar 6, 2021 — 4 min read", an episode's "Mar 2024 · 38 min"
    # a speech's time: "11:02 A.M."
    r"|^\d{1,2}:\d\d\s*[ap]\.m\.$"
    # a comment's day in the current year: "March 6", "Mar 6"
    rf"|^{_MONTH}\s+\d{{1,2}}$"
    # a live blog's entry: "14:02 GMT", "2.05pm BST"
    r"|^\d{1,2}[:.]\d\d\s*(am|pm)?\s*(gmt|bst|utc|cet|cest|[ecmp][sd]?t)$"
    # a podcast episode's day and length: "Mar 6, 2021 • 45 min"
    rf"|^{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\s*[•·]\s*\d+\s*(min|hr)s?( \d+ min)?$"
    # a forum's post header: "03-08-2021, 02:14 PM #2", "Old 03-08-2021, 02:14 PM" for an older post; a Discourse topic's "Mar '21"
    rf"|^{_MONTH}\s+'\d\d$"
    r"|^(old\s+)?\d{1,2}-\d{1,2}-\d{2,4},?\s+\d{1,2}:\d\d\s*(am|pm)?(\s+#\d{1,5})?$"
    # a microblog's "2:14 PM · Mar 8, 2019"
    rf"|^\d{{1,2}}:\d\d\s*(am|pm)?\s*[·•]\s*(({_MONTH}\s+\d{{1,2}},?\s+\d{{4}})|(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}))$"
    # a shop's review: "Reviewed in the United States on August 2, 2019"
    rf"|^reviewed in .{{1,40}} on (({_MONTH}\s+\d{{1,2}},?\s+\d{{4}})|(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}))$"
    # a mailing list archive's, as the C library writes a time: "Mon Mar  3 09:14:22 EST 2014"
    rf"|^(mon|tue|wed|thu|fri|sat|sun)\s+{_MONTH}\s+\d{{1,2}}\s+\d\d:\d\d:\d\d(\s+[a-z]{{3,4}})?\s+\d{{4}}$"
    # an e-mail's: "Mon, 3 Mar 2021 09:14:22 -0500"
    rf"|^((mon|tue|wed|thu|fri|sat|sun),?\s+)?\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+\d\d:\d\d(:\d\d)?\s*([+-]\d{{4}}|gmt|utc|[ecmp][sd]t)?(\s*\(\w+\))?$"
    # this year's date on a comment or a post: "Mar 4"
    r"|^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|"
    r"dec(ember)?)\.?\s+\d{1,2}$",
    re.IGNORECASE)
#: A footnote of a printed document: its number, an author's name, a title, a page
#: ("1 Mawdsley, The Russian Civil War, 60.", "2 See Deutscher, The Prophet Armed, pp. 420–1.", "3 Ibid., 45.",
#: "[1]. Rickover, How the Battleship Maine Was Destroyed (Washington, DC, 1976), 91.").
FOOTNOTE = re.compile(r"^(?:\d{1,3}|\[\d{1,3}\]\.?)\s+(?:(?i:see|cf\.)\s+)?(?:[A-Z][\w'’\-]+(?:\s+[\w'’\-.]+){0,6},\s.{1,200}?|"
                      r"(?i:ibid)\.?,?\s*)(?:pp?\.\s*)?\d{1,4}(?:[–-]\d{1,4})?\.$")
#: A transcript's note of what is heard besides the words, in capitals: "(SOUNDBITE OF ARCHIVED BROADCAST)".
STAGE_DIRECTION = re.compile(r"^\((?:SOUNDBITE|SOUND|MUSIC|LAUGHTER|APPLAUSE|CROSSTALK|INAUDIBLE|UNINTELLIGIBLE|BEGIN|END|"
                             r"ARCHIVED|AMBIENT|BACKGROUND|BELL|CHEERING)\b[A-Z0-9 ,.'’\-]{0,80}\)$")
#: A page number of a printed document ("Page 3 of 12", "- 4 -", "p. 7") or a timestamp of a transcript ("0:12", "[1:02:45]").
PAGE_NUMBER = re.compile(r"^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4})$", re.IGNORECASE)
TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?$")
#: "3 yr. ago", "· 2 hours ago": when a post or comment was written, relative to the page's download.
AGO = re.compile(r"^(?:(?:op|mod|admin|author|submitter)\s*)?[·•|]?\s*\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|[smhdwy])"
                 r"\.?\s+ago(?:\s*\(edited\))?(?:\s*[·•|]\s*[\d,]+\s+likes?)?$"  # "3 years ago · 0 Likes"
                 # a social network's "5y", "3w", "2d", "3d · Edited"
                 r"|^[·•]?\s*\d{1,2}\s*(?:[hdwy]|mo|yrs?|hrs?|wks?)(?:\s*[·•]\s*edited)?(?:\s*[·•])?$", re.IGNORECASE)  # "· 3d ·"
#: A link aggregator's note after a link's title of where the link goes: "(self.AskHistorians)", "(coastalhistories.org)".
LINK_NOTE = re.compile(r"\s+\((?:self\.\w+|[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6})\)$")
#: The tags closing a post's caption: "Frida Kahlo had an affair with Leon Trotsky?! #fridakahlo #trotsky".
TAGS = re.compile(r"(?:\s+#[^\s#]+)+\s*$")
#: A link aggregator's line under a submitted link: "214 points by tidewater 9 hours ago | hide | 63 comments".
SUBMITTED = re.compile(r"^[\d,]+ points? by [\w\-.]{2,30} \d+ \w+ ago\b.{0,120}$", re.IGNORECASE)
#: A forum poster's profile lines under their name: "Senior Member", "Join Date: Mar 2012", "Posts: 1,204".
MEMBER_PROFILE = re.compile(
    r"^(?:author\s+)?[\d,]+\s+(?:books?|reviews?)\s*(?:[\d,.]+k?\s*followers?)?$|"  # a reviewer's "Author 2 books34 followers"
    r"^(?:top fan|(?:top|rising|all-star) contributor|group expert|admin|author|conversation starter)$|"  # a group's badges
    r"^(?:(?:senior|junior|new|active|registered|banned|full|elite|super|veteran|moderator|administrator|well-known|staff|"
    r"jr\.|sr\.|hero|god|global)\s+)?(?:members?|moderators?|administrators?|user|poster)$|^(?:newbie|offline|online)$|^(?:join(?:ed| date):?\s+.{3,30}|(?:posts|threads|messages|reputation|"
    r"likes received|likes|reaction score|points|thanks(?: given| received)?):?\s+[\d,.]+k?|location:\s+.{1,40})$|"
    r"^[\d,]+\s+(?:contributions?|helpful votes?)$", re.IGNORECASE)  # a travel site's reviewer: "26 contributions"
#: A byline: "By Lena Holm", "By Lena Holm, Staff Reporter", "By A. Woods and J. Holroyd", "By Lena Holm (PhD)",
#: "Author(s): Helen Marsh", "Reviewed by Thomas Okafor (University of Leeds)" (over a book review).
BYLINE = re.compile(r"^[Bb]y [\w.\-]{2,30}, [A-Z][a-z]+ \d{1,2}, \d{4}(?: in .{1,60})?$|"  # a forum topic's starter and day
                    r"^(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}) by [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}$|"  # "March 6, 2021 by Anna Berg"
                    r"^(?:[Bb][Yy]:?\s+[Tt]he(?=\s+[A-Z][\w.'’\-]*\s+[A-Z])|[Bb][Yy]:?|[Aa]uthors?(?:\(s\))?:|(?:[Aa] )?[Gg]uest [Pp]ost [Bb]y|[Rr]eviewed [Bb]y|[Ii]nterview(?:ed)? [Bb]y|[Dd]elivered [Bb]y|[Aa]sked [Bb]y|[Ss]tarted [Bb]y)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*\([^()]{1,30}\))?"
                    r"(?:\s*(?:,|and|&|\||[·•–—])\s*.{0,60}|\s+\d{1,2} [A-Z][a-z]+ \d{4}|\s+[A-Z][a-z]+\.? \d{1,2},? \d{4})?\.?$|"  # "By Lena Holm · 14 June 2023 · Research", "By Lena Holm 14 June 2023"
                    r"^[\w.\-]{2,30}(?: [\w.\-]{2,30}){0,3} \([\w.\-]{2,30}\) wrote(?: in [\w.\-]{2,30})?,?$|"  # a journal's "smolny_files (smolny_files) wrote,"
                    r"^[\w.'’\-]{2,30}(?: [\w.'’\-]{2,30}){0,3} [·•](?: [Ff]ollow)?$|"  # a maker by their button: "Inés · Follow"
                    r"^[\w.'’\-]{2,30}(?: [\w.'’\-]{2,30}){0,3} [·•] \d{4}-\d{1,2}-\d{1,2}$|"  # or by their day: "Inés · 2023-3-8"
                    r"^[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3}\s+[·•|]\s+[Pp]ublished in .{2,120}$|"  # "Anna Berg | Published in History Today ..."
                    r"^[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3}\s+[·•|]\s+"  # a name beside the day: "Tom Reilly • 12 October 2021"
                    r"(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$")
#: A book site's review page names its reviewer over the book's title: "Ben Holloway's Reviews > Who Killed Kirov?".
REVIEWS_BY = re.compile(r"^(?P<name>[^>]{2,40}?)['’]s reviews? > (?P<title>\S.{1,200})$", re.IGNORECASE)
BYLINE_MAX_WORDS = 12
#: A person's name alone on a line: two to four capitalised words, not a site's "The Old Mole".
#: A line of at least this many words that ends as a sentence does is the text itself, below its head.
PROSE_MIN_WORDS = 8
HANDLE = re.compile(r"^@?[\w\-.]*[\d_][\w\-.]*$|^@[\w\-.]{2,30}$|^[a-z][a-z0-9]*(?:-[a-z0-9]+){1,5}$")  # "tide_historian", "@elena.g", "coast-history-nerd"
#: What stands under a paper's author: their university, or the year and journal the paper appeared in
#: ("2019, Journal of Coastal History").
AFFILIATION = re.compile(r"^(?:(?:university|institute|college|school|department|centre|center)\b.{0,80}|"
                         r"[\w .,'’&-]{0,60}\b(?:university|institute|college)|"
                         r"(?:19|20)\d\d,\s+(?:journal|review|bulletin|proceedings|annals|quarterly)\b.{0,80}|"
                         # or the journal itself, on a journal archive's page: "Coastal History Review"
                         r"(?:journal|annals|proceedings|bulletin) of .{2,60}|[\w .,'’&-]{2,60}\b(?:review|journal|quarterly)|"
                         # or a broadcaster's newsroom and where the reporter files from: "BBC News, Bergen"
                         r"[A-Z][\w&'’-]{1,20}(?: [A-Z][\w&'’-]{1,20}){0,2} News(?:,\s*[A-Z][\w .'’-]{1,40})?)$",
                         re.IGNORECASE)
#: The label over a box of an article's points: "Key points:", "In short:", "At a glance".
BOX_LABEL = re.compile(r"^(?:key (?:points|facts|takeaways)|in short|at a glance|summary|the main points)\s*:?$", re.IGNORECASE)
NAME_ALONE = re.compile(r"^(?!(?:The|A|An|In|On|At|Of|For|To|From|Our|My|Your|This|That) )[A-Z][\w'’\-]*\.?(?: +[A-Z][\w'’\-]*\.?){1,3}$")  # not "Born\tLev Bronstein"
BYLINE_LINES = 12  # a byline stands under the title; "by NAME" lower down credits a work in a list
#: A short line carrying a picture credit in parentheses: "Actor in Film. (Sreda Production Company)".
CAPTION = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|image|picture|getty|reuters|ap|afp|credit|courtesy|company|studios?|"
    r"productions?|pictures|films?|wikimedia|shutterstock|alamy)\b[^()]*)\)", re.IGNORECASE)
CAPTION_MAX_WORDS = 40
#: A caption that names a picture's kind and maker, as an encyclopedia's lead image has it:
#: "The Princes in the Tower, painting by Paul Delaroche, 1831", "Portrait of Trotsky by Yuri Annenkov (1923)".
ARTWORK_CAPTION = re.compile(
    r"^(?:[^.!?]{1,100}?,\s+)?(?:(?i:an?|the)\s+)?(?i:oil\s+|contemporary\s+|posthumous\s+)?"
    r"(?i:painting|portrait|engraving|etching|drawing|woodcut|lithograph|miniature|fresco|mural|sketch|photograph|"
    r"illustration|caricature|cartoon|bust|statue)(?:\s+of\s+[^.!?]{1,80}?)?\s+by\s+"
    r"(?:an?\s+unknown\s+\w+|[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,3})"
    r"(?:,?\s+\(?(?:c\.\s*|circa\s+)?\d{3,4}s?\)?)?$")
#: A caption that ends with its credit: "Leon Trotsky, played by Konstantin Khabensky. Photograph: Netflix".
CREDITED_CAPTION = re.compile(r"\S.{0,300}?[.,;]?\s+(?i:photograph|photo|image|illustration|composite|picture|video)"
                              r"\s*:\s*[A-Z][^.:]{0,60}$")  # the credit is a name: "Netflix", "Getty Images"
SIDEBAR_HEADER = re.compile(
    r"^(check (this )?also|(read|see) also|also read|the author also recommends|related( posts| articles| stories| content| reading| records| links| pages| topics| papers| episodes| documents| resources| videos|"
    r" programs| programmes| shows| news|"
    r" [\w\-]+ guides)?|you (may|might) also like|"
    r"more (stories|articles|posts)( (from|by) .{1,40})?|recommended( for you| reading)?|popular posts|trending( now)?|"
    r"latest (posts|news|articles)|read next|recent (posts|articles|comments)|archives|most (read|popular|viewed)|"
    r"explore more on these topics|related topics|more on this story|top stories|about me|blog archive|blogroll|"
    r"hot network questions|linked|cited by|"
    r"more (on|in) this (topic|section)|see also|related questions|more (from|in) .{1,60}|recommended from .{1,40}|"
    r"about (the )?community|fan feed|also on .{2,60})(\[(edit)?\])?[:.]?$", re.IGNORECASE)
#: Apparatus at the end of an article: its references, notes and links, not its argument.
END_MATTER_HEADER = re.compile(
    r"^(([\w-]+\s+){0,3}references|notes( and references)?|footnotes|citations|sources|bibliography|works cited|external links|"
    r"further reading|citation information|cite this (article|page|entry)|fact check|credits|information|about the author|"
    r"journal information|publisher information|rights (&|and) usage|student activities)"
    r"(\[(edit)?\])?[:.]?$",  # "References[edit]", or "References[]" as a fan wiki leaves its edit link
    re.IGNORECASE)
#: A list of what an episode or a post mentions, under its header: "Links mentioned in this episode:".
MENTIONED_HEADER = re.compile(r"^(?:(?:links|resources|books|sources|articles) mentioned(?: in (?:this|the|today's) "
                              r"(?:episode|show|conversation|post|video))?|episode links|show links)[:.]?$", re.IGNORECASE)
#: A table of contents: its header, then numbered section titles ("1 Early life", "2.1 Exile").
TOC_HEADER = re.compile(r"^(contents|table of contents|in this article|on this page|key events|article contents)(\s*\[(hide|show)\])?$",
                        re.IGNORECASE)
#: An entry of a table of contents: numbered, or a live blog's entry under its time ("14:02 Board confirms decision").
TOC_ENTRY = re.compile(r"^(\d+(\.\d+)*\.?\s+\S.{0,80}|\d{1,2}[:.]\d\d\s+\S.{0,80}|\(top\))$", re.IGNORECASE)
#: Lines of a page footer (after its copyright line) are short: links, an app banner, a slogan.
FOOTER_MAX_WORDS = 10
#: A page that ends in this many link labels ("Help", "Status", "About", ...) ends in a footer.
FOOTER_LINKS_MIN = 4
FOOTER_LINK_MAX_WORDS = 3
COMMENTS_HEADER = re.compile(
    r"^([\d,.]+k?\s+comments?|comments?\s*(\([\d,]+\)|[\d,]+)?|([\d,]+|one)\s+(responses?|replies)( to .{1,80})?|"
    r"(responses?|replies)\s*\([\d,]+\)|reader comments|"
    r"((\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?thoughts? on .{1,120}|[\d,.]+k?\s+notes|what (readers|people) (are saying|said)|top reviews( from .{1,60})?|"
    r"(customer|community) reviews|ratings (&|and) reviews|comments showing \d+-\d+ of \d+( \(\d+ new\))?|"
    r"([\d,]+|one) comments? (have|has) been posted( on this \w+)?|guest ?book( entries)?|discussion about this (post|episode|thread)|reasons for signing|((memories|messages|tributes) (&|and) )?condolences)[:.]?$", re.IGNORECASE)
#: The number in a count line ("Comments 4"), set aside to see the line's shape.
COUNTED = re.compile(r"\d[\d,.]*k?")
def _commenter_under(lines, reasons, i: int) -> bool:
    """Whether a commenter's name over a date follows line ``i`` within a few lines, before any sentence."""
    for k in range(i + 1, min(i + 7, len(lines))):
        if reasons[k] is None and is_prose(lines[k].text):
            return False
        if reasons[k] == "date line" and reasons[k - 1] is None and len(lines[k - 1].text.split()) <= 4 and k - 1 > i:
            return True
    return False


#: A blog's commenter line: "Mark Daniels says:".
SAYS = re.compile(r"^[^\s:][^:]{0,38}?\s+says:$", re.IGNORECASE)
#: The header over a question's chosen answer, the first of its answers.
BEST_ANSWER = re.compile(r"^best answer:?$", re.IGNORECASE)
#: A comments header over no comments: "Comments (0)", "0 responses".
NO_COMMENTS = re.compile(r"^(?:0\s+\w+|\w+\s*\(0\))[:.]?$")
#: A customer review's rating over its title: "5.0 out of 5 stars A careful, humane history"; a film site's "9/10".
RATING = re.compile(r"^[\d.]+ out of \d+ stars\b.{0,120}$|^\d{1,2}(?:\.\d)?\s*/\s*10$"  # or "9/10"
                    r"|^rated [\d.]+/\d+ stars\b.{0,120}$"  # "Rated 2/5 Stars • Rated 2 out of 5 stars 03/08/21 Full Review"
                    r"|^(?:did not like it|it was ok|liked it|really liked it|it was amazing)$"  # a book site's stars, in words
                    r"|^[\d.]+ of 5 bubbles$", re.IGNORECASE)  # a travel site's: "5.0 of 5 bubbles"
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
    """A line without its Markdown heading marks, links' addresses, pictures and emphasis: "## Related
    posts", "*By Anna Berg*", "By [Anna Berg](https://...)" read as "Related posts", "By Anna Berg"."""
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    text = re.sub(r"!\[[^\]\n]{0,300}\]\([^()\s]{1,1000}\)", "", text)  # a picture, and a link as its words
    text = re.sub(r"\[([^\]\n]{0,300})\]\([^()\s]{1,1000}\)", r"\1", text).replace("**", "").strip()
    return re.sub(r"^([*_]{1,3})(\S(?:.*\S)?)\1$", r"\2", text).strip()


def line_reasons(lines: list[Line]) -> list[str | None]:
    """For each line: why it is site chrome by what it says alone, or None (see
    :func:`embeddings.regions.chrome_reasons` for what shows in where lines stand)."""
    counts = Counter(normalize(line.text) for line in lines)
    heads = Counter(_running_head(line.text) for line in lines)
    reasons: list[str | None] = []
    for line in lines:
        text = plain(line.text)
        key = normalize(text)
        # (a line of nothing but links and pictures, read before Markdown's links are read as their words)
        if LINK_ONLY.match(re.sub(r"^(?:#{1,6}|[*+-])\s+", "", line.text.strip())):
            reasons.append("link-only line")
        elif UI_LINE.match(text):
            reasons.append("interface text")
        elif STAGE_DIRECTION.match(text):
            reasons.append("stage direction")
        elif BREADCRUMB.match(text) or MENU.match(text):
            reasons.append("navigation crumbs")
        elif LINK_ONLY.match(text):
            reasons.append("link-only line")
        elif REPLY_LINK.match(text):
            reasons.append("reply link")
        elif IMAGE_NAMES.match(text) or ATTACHED_FILE.match(text):
            reasons.append("image file names")
        elif ((CAPTION.search(text) and _caption_like(text)) or CREDITED_CAPTION.match(text)
              or ARTWORK_CAPTION.match(text)) and \
                len(text.split()) <= CAPTION_MAX_WORDS:
            reasons.append("image caption")
        elif DATE_ONLY.match(text) or AGO.match(text) or PUBLICATION_DATE.match(text):
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
        elif SUBMITTED.match(text) or REVIEWS_BY.match(text):
            reasons.append("byline")
        elif SIGNED_INITIALS.match(text):
            reasons.append("signature")
        elif not re.search(r"[^\W_]", key):  # a rule drawn in underscores ("_____") has no words either
            reasons.append("no words")
        elif counts[key] >= REPEAT_MIN and len(key.split()) <= REPEAT_MAX_WORDS:
            reasons.append("repeated line")
        elif heads[_running_head(text)] >= RUNNING_HEAD_MIN and _running_head(text):
            reasons.append("running head")
        else:
            reasons.append(None)
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


#: Where one sentence ends and another begins inside a line ("... at Gull Point. The keeper ..."),
#: initials and titles aside ("Robert S. McNamara", "Dr. Holm"): a line that holds it is no heading.
TWO_SENTENCES = re.compile(r"[a-z\d)\"”’]{2}[.!?]\s+[A-Z\"“]")


def two_sentences(text: str) -> bool:
    """Whether a line holds two sentences and ends as a sentence does ("Did it decide the election?
    No."): text, never a title. A title may ask its question first ("Remember the Maine? The
    newspapers made sure we would")."""
    return bool(TWO_SENTENCES.search(text)) and re.sub(r"[^\w.!?]+$", "", text).endswith((".", "!", "?"))


def is_prose(text: str) -> bool:
    """A line of the text itself: long enough, and ending as a sentence does."""
    text = plain(text)
    return len(text.split()) >= PROSE_MIN_WORDS and text.endswith((".", "?", "!"))


def comments_start(lines, reasons) -> int | None:
    """The line of the comments header; one near the top of a page is a navigation link instead,
    except a question-and-answer page's "Best Answer", right under the question."""
    # (a count set under each item of a list, "Comments 4" ... "Comments 7", heads no comments)
    counts = Counter(COUNTED.sub("#", lines[i].text.strip().lower()) for i in range(len(lines) // 3, len(lines))
                     if COMMENTS_HEADER.match(lines[i].text))
    found = next((i for i in range(len(lines) // 3, len(lines))
                  if reasons[i] in (None, "interface text") and COMMENTS_HEADER.match(lines[i].text)
                  and not NO_COMMENTS.match(lines[i].text) and counts[COUNTED.sub("#", lines[i].text.strip().lower())] < 2), None)
    best = next((i for i in range(len(lines) // 3) if reasons[i] in (None, "interface text")
                 and BEST_ANSWER.match(lines[i].text)), None)
    # on a short page the header may stand high, under the text: it is one where a commenter's name over a
    # date follows it before any sentence ("Comments (2)" / "Newest First" / "Mark Daniels" / "3 years ago")
    prose = next((i for i in range(len(lines)) if reasons[i] is None and is_prose(lines[i].text)), len(lines))
    high = next((i for i in range(prose + 1, len(lines) // 3) if reasons[i] in (None, "interface text")
                 and COMMENTS_HEADER.match(lines[i].text) and not NO_COMMENTS.match(lines[i].text)
                 and _commenter_under(lines, reasons, i)), None)
    found = high if high is not None else found
    # without a header, the comments open at the first "NAME says:" over its date, under the text
    # (a list of related posts above may have taken it for one of its links)
    says = next((i for i in range(len(lines) // 3, len(lines) - 1) if reasons[i] in (None, "links list") and SAYS.match(lines[i].text)
                 and reasons[i + 1] == "date line"), None) if found is None else None
    return best if best is not None else found if found is not None else says
