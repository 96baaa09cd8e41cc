"""Answers as text for the terminal, HTML for the chat, and Markdown for export.

Corpus text is untrusted: every string from the corpus or the user goes through ``html.escape``
before it is placed in markup, and no URL from the corpus becomes a link.
"""
from __future__ import annotations

import re
from html import escape

from embeddings.reading import joined_words

from .answer import Answer, Passage, SourceAnswer

ROLE_LABEL = {"reply": "Reply in the thread", "comment": "Reader comment", "quoted": "Quoted in the source"}
NO_VERDICT = ("Each source is shown in its own words, with the viewpoint it holds. "
              "The assistant does not summarise them or judge which is right.")


def _who(p: Passage) -> str:
    label = ROLE_LABEL.get(p.role, "")
    if not label:
        return ""
    who = f"{label}: {p.speaker}" if p.speaker else label
    return f"{who}, answering “{p.asked}”" if p.asked else who


def answer_text(answer: Answer, marks: tuple[str, str] = ("", "")) -> str:
    """Plain text for the terminal; the sentence that best matches the question between ``marks``
    (bold on a terminal: ``("\\033[1m", "\\033[0m")``)."""
    lines = [f"Question: {answer.question}"]
    if answer.query != answer.question:
        lines.append(f"Searched as: {answer.query}")
    if answer.also:
        lines.append(f"Also matched: {answer.also_line}")
    lines += [f"Note: {n}" for n in answer.notes]
    for s in answer.found:
        lines += ["", f"== {s.title}" + (f" ({s.author})" if s.author else ""), f"   Viewpoint: {s.viewpoint}"]
        for p in s.passages:
            lines.append(f"   [{p.citation}]")
            if p.asked:
                lines.append(f"   Answering: “{' '.join(p.asked.split())}”")
            lines.append("   " + _marked(p, *marks, lambda part: " ".join(_shown(part).split())))
    if answer.no_match:
        lines += ["", "Nothing relevant in: " + "; ".join(s.title for s in answer.no_match)]
    return "\n".join(lines)


def _marked(p: Passage, opening: str, closing: str, shown) -> str:
    """The passage as ``shown`` shows each part, its highlighted sentence between the marks."""
    before, marked, after = (shown(part) for part in p.highlighted)
    if not (opening and marked):
        return shown(p.text)
    return " ".join(part for part in (before, f"{opening}{marked}{closing}", after) if part)


#: A line break inside a sentence (a printed page's or a PDF's line ending in a word, the next line
#: going on in lower case) is shown as a space; a list's or a poem's lines keep theirs.
WRAPPED = re.compile(r"(?<=[\w,;–—-])\n(?=[a-z(])")


#: The link a wiki prints after each section heading ("Background[edit]"): part of the passage's
#: exact text, not of what a reader reads.
EDIT_LINK = re.compile(r"\[edit(?: source)?\](?=\n|$)", re.IGNORECASE)


#: A word broken at a printed line's end by a hyphen is shown whole (see embeddings.reading).
#: A transcript's captions, each under its time ("0:03" / "Mail ran the most famous front page in"),
#: are shown as one run of words with the times in it.
CAPTION_TIME = re.compile(r"(?m)^(\[?\d{1,2}(?::\d\d){1,2}\]?)\n(?=\S)")
BEFORE_TIME = re.compile(r"\n(?=\[?\d{1,2}(?::\d\d){1,2}\]? \S)")


def _reflowed(text: str) -> str:
    """``text`` with wrapped lines joined for reading, character for character (the highlight's
    offsets still hold)."""
    text = joined_words(CAPTION_TIME.sub(lambda m: m.group(1) + " ", text))
    return WRAPPED.sub(" ", BEFORE_TIME.sub(" ", text))


def _shown(text: str) -> str:
    """A piece of a passage as it is shown: wrapped lines joined, a wiki's "[edit]" links left out."""
    return EDIT_LINK.sub("", _reflowed(text))


def _passage_html(p: Passage, context) -> str:
    before, marked, after = (_shown(part) for part in p.highlighted)
    who = _who(p)
    who_html = f'<div class="who">{escape(who)}</div>' if who else ""
    body = f"{escape(before)}<mark>{escape(marked)}</mark>{escape(after)}"
    if context is None or context.note:
        note = escape(context.note) if context is not None else ""
        around = f'<div class="context-note">{note}</div>' if note else ""
    else:
        around = (f'<div class="context">{escape(_shown(context.before))}<strong>{escape(_shown(context.passage))}'
                  f'</strong>{escape(_shown(context.after))}</div>')
    return (f'<div class="passage">{who_html}<blockquote>{body}</blockquote>'
            f'<details class="cite"><summary>{escape(p.citation)}</summary>{around}</details></div>')


def source_card_html(s: SourceAnswer, context_of=None) -> str:
    facts = " · ".join(escape(x) for x in (s.author, s.kind, s.date) if x)
    passages = "".join(_passage_html(p, context_of(p) if context_of else None) for p in s.passages)
    return (f'<section class="card" data-source="{escape(s.source_id)}"><h3>{escape(s.title)}</h3>'
            f'<div class="facts">{facts}</div><div class="viewpoint"><span>Viewpoint</span> {escape(s.viewpoint)}</div>'
            f'{passages}</section>')


def answer_html(answer: Answer, context_of=None) -> str:
    """One reply: a card per source with passages, then one line for the sources with nothing relevant."""
    parts = []
    if answer.query != answer.question:
        parts.append(f'<div class="resolved">Searched as: {escape(answer.query)}</div>')
    if answer.also:
        parts.append(f'<div class="also">Also matched: {escape(answer.also_line)}</div>')
    parts += [f'<div class="note">{escape(n)}</div>' for n in answer.notes]
    cards = "".join(source_card_html(s, context_of) for s in answer.found)
    parts.append(f'<div class="cards">{cards}</div>' if cards else
                 '<div class="none">None of the selected sources says anything relevant to this question.</div>')
    if answer.found and answer.no_match:
        names = "; ".join(escape(s.title) for s in answer.no_match)
        parts.append(f'<div class="nomatch">Nothing relevant in: {names}</div>')
    return "".join(parts)


def sources_html(sources: list[dict]) -> str:
    """Each source with its facts and viewpoint label, for the side panel."""
    items = []
    for s in sources:
        facts = " · ".join(escape(s.get(k) or "") for k in ("author", "kind", "date") if s.get(k))
        items.append(f'<div class="about-source"><strong>{escape(s["title"])}</strong>'
                     f'<div class="facts">{facts}</div><div class="viewpoint">{escape(s.get("viewpoint", ""))}</div></div>')
    return "".join(items)


def transcript_html(turns: list[tuple[str, str]]) -> str:
    """The conversation: each turn's question (escaped here) and its rendered reply (already safe)."""
    if not turns:
        return '<div class="empty">Ask a question to see what each source says about it.</div>'
    out = []
    for question, reply_html in turns:
        out.append(f'<div class="turn"><div class="question">{escape(question)}</div>'
                   f'<div class="reply">{reply_html}</div></div>')
    return "".join(out)


def _md(text: str) -> str:
    """Corpus text as Markdown that renders as the same text (no links, images or HTML)."""
    text = " ".join(text.split())
    for ch in "\\`*_{}[]()<>#+!|":
        text = text.replace(ch, "\\" + ch)
    return text


def conversation_markdown(answers: list[Answer]) -> str:
    """The conversation with its citations, for export."""
    lines = ["# Conversation", "", f"_{NO_VERDICT}_", ""]
    for n, answer in enumerate(answers, 1):
        lines += [f"## {n}. {_md(answer.question)}", ""]
        if answer.query != answer.question:
            lines += [f"Searched as: {_md(answer.query)}", ""]
        if answer.also:
            lines += [f"Also matched: {_md(answer.also_line)}", ""]
        for s in answer.found:
            lines += [f"### {_md(s.title)}", ""]
            facts = ", ".join(_md(x) for x in (s.author, s.kind, s.date) if x)
            if facts:
                lines += [facts, ""]
            lines += [f"**Viewpoint:** {_md(s.viewpoint)}", ""]
            for p in s.passages:
                asked = [f"_Answering: “{_md(p.asked)}”_", ""] if p.asked else []
                lines += asked + [f"> {_marked(p, '**', '**', lambda part: _md(_shown(part)))}", ">", f"> — {_md(p.citation)}", ""]
        if answer.no_match:
            lines += ["Nothing relevant in: " + "; ".join(_md(s.title) for s in answer.no_match), ""]
    return "\n".join(lines)
