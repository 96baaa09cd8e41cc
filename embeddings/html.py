"""Web pages saved as HTML: their text laid out in lines and paragraphs as a reader sees them, and
the metadata the page declares.

The text is what a source's citations point into, so it is derived the same way every time from
the file's bytes: scripts, styles, forms and navigation are left out, block elements end a line
(paragraphs, headings and list items are followed by a blank line), a block quotation's lines
start with "> " as in a plain-text reply, and character references are decoded.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_SUFFIXES = (".html", ".htm")

#: Elements whose content is never the text's own words: code, a form's controls, navigation, a picture's
#: caption. (A form itself is not: a link aggregator sets each comment's text inside one.)
SKIPPED = frozenset("script style noscript template svg math iframe canvas object select label "
                    "textarea nav figcaption".split())
#: Elements that end a paragraph (a blank line after them).
PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre table figure figcaption dl section article "
                      "header footer aside main address details summary hr ul ol".split())
#: Elements that end a line. A definition list's term and its definition share one ("Reference: FO 371/10478").
LINE = frozenset("br div tr dt dd caption legend label button".split())
#: An element marked as a trail of links to the pages above ("Home > Catalogue > ...") is navigation.
CRUMBS = re.compile(r"\bbread-?crumbs?\b", re.IGNORECASE)
#: A <cite> that opens a quoted post: "Kazan1918 wrote:".
OPENING_CITE = re.compile(r"\b(?:wrote|said|writes|says)\s*:?\s*$", re.IGNORECASE)
#: Inline elements that a page's style sets apart from the words beside them: boxes of their own, and
#: links and emphasis given a class of their own.
APART = frozenset({"span", "time"})
APART_CLASSED = frozenset({"a", "abbr", "small", "strong", "b", "em", "i"})
#: A table's cells, side by side on their row's line: "Author Vladimir Lenin".
CELLS = frozenset({"td", "th"})
#: A box beside the page's text, marked so by its class or id: a site's sidebar, a blog's widget area, a box of
#: links to related articles or of a newsletter's sign-up.
SIDEBAR = re.compile(r"(?:^|\s)(?:side|sidebar|widget-area|secondary|related(?:-\w+)?|newsletter(?:-\w+)?)(?:\s|$)",
                     re.IGNORECASE)
VOID = frozenset("br hr img input meta link area base col embed source track wbr".split())


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.quote_depth = 0
        self.pre_depth = 0
        self.title = ""
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.headings: list[str] = []  # the page's <h1> and <h2> headings, in order
        self.in_h1 = False
        self.citing = False  # a <cite> opening a line of a block quotation: it names the speaker
        self.cite_opens = False  # that <cite> says "NAME wrote:": the quoted words start on the next line
        self.links_only = False  # the current line holds only links so far (a row of buttons)
        self.in_link = 0

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            attrs = dict(attrs)
            key = (attrs.get("name") or attrs.get("property") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, " ".join(attrs["content"].split()))
            return
        if tag == "title":
            self.in_title = True
            return
        if self.skipping:
            if (tag in SKIPPED or tag in self.skipping) and tag not in VOID:
                self.skipping.append(tag)
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "aria-label"))
        if tag in SKIPPED or (tag not in VOID and CRUMBS.search(marks)) or (tag in ("div", "aside") and SIDEBAR.search(marks)):
            self.skipping.append(tag)
            return
        if (tag in APART or tag in APART_CLASSED and any(k == "class" for k, _ in attrs)) \
                and self.parts and self.parts[-1][-1:].isalnum():
            self.parts.append(" ")  # elements a page sets apart by its style ("AskHistorians" / "Want to join?")
        if tag == "a" and self.links_only and not self._line_is_empty():
            self._break(1)  # links side by side with nothing between them are buttons, one a line
        if tag == "a":
            self.in_link += 1
        if tag in ("h1", "h2"):
            self.in_h1 = True
            self.headings.append("")
        if tag == "cite" and self.quote_depth and self._line_is_empty():
            self.citing = True
        if tag == "blockquote":
            self._break(2)
            self.quote_depth += 1
        elif tag == "pre":
            self._break(2)
            self.pre_depth += 1
        elif tag in PARAGRAPH:
            self._break(2)
        elif tag == "dd" and self.parts and self.parts[-1] == " ":
            pass  # on the line of its term
        elif tag in LINE:
            self._break(1)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in ("h1", "h2"):
            self.in_h1 = False
        if tag == "a":
            self.in_link = max(0, self.in_link - 1)
        if tag == "blockquote":
            self._break(2)
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "pre":
            self._break(2)
            self.pre_depth = max(0, self.pre_depth - 1)
        elif tag in PARAGRAPH:
            self._break(2)
        elif tag == "dt" or tag in CELLS:
            self.parts.append(" ")
        elif tag == "cite" and self.cite_opens:
            self.cite_opens = False
            self._break(1)
        elif tag in LINE:
            self._break(1)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.skipping:
            return
        if not self.pre_depth:
            data = re.sub(r"\s+", " ", data)
        if self.in_h1:
            self.headings[-1] += data
        if self.quote_depth and (not self.parts or self.parts[-1].endswith("\n")):
            data = "> " + data.lstrip()
        if self.citing and data.strip():  # "> – NAME", as a plain-text quotation is signed
            prefix = "> " if data.startswith("> ") else ""
            # (or "> NAME wrote:" on a line of its own, as forum software opens a quoted post)
            self.cite_opens = bool(OPENING_CITE.search(data))
            data = data if self.cite_opens else prefix + "– " + data[len(prefix):].lstrip()
            self.citing = False
        if data.strip():
            self.links_only = bool(self.in_link) and (self.links_only or self._line_is_empty())
        self.parts.append(data)

    def _line_is_empty(self) -> bool:
        """Whether nothing but a quotation's "> " stands on the current line so far."""
        for part in reversed(self.parts):
            line = part.rsplit("\n", 1)
            if line[-1].strip(" >"):
                return False
            if len(line) > 1:
                return True
        return True

    def _break(self, newlines: int):
        self.parts.append("\n" * newlines)
        self.links_only = False


def read_html(source: str) -> tuple[str, dict]:
    """(text, metadata) of an HTML page. Metadata keys: title, author, publisher, date, description
    (when declared)."""
    parser = _Text()
    parser.feed(source)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    lines = [re.sub(r"^>\s*$", "", line) for line in lines]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    meta = parser.meta
    title = meta.get("og:title") or " ".join(parser.title.split())
    title = re.sub(r"^\[[^\[\]]{2,40}\]\s+(?=\S)", "", title)  # a mailing list's tag: "[Tunguska-list] The resin particles"
    plain = lambda text: text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    # "Headline | Site name", "Topic - Forum - Site": the page's own headline, a heading of the page
    headings = [" ".join(h.split()) for h in parser.headings]
    title = next((h for h in headings if h and re.match(re.escape(plain(h)) + r"\s*(?:$|[|\-–—:·»])", plain(title))), title)
    # or a line of the page that the title opens with, before its site's name: "Was the keeper forced out? : AskHistorians"
    own = re.match(r"^(?P<own>.+?)\s+[|\-–—:·»]\s+\S.{0,60}$", title)
    if own and own.group("own") in lines and own.group("own") not in headings:
        title = own.group("own")
    date = meta.get("article:published_time") or meta.get("date", "")
    found = {
        "title": title,
        "author": meta.get("author") or meta.get("article:author", ""),
        "publisher": meta.get("og:site_name", ""),
        "date": date[:10] if re.match(r"\d{4}-\d\d-\d\dT", date) else date,
        "description": meta.get("description") or meta.get("og:description", ""),
    }
    return text, {k: v for k, v in found.items() if v and not v.startswith(("http://", "https://"))}
