"""Interviews and transcripts: whose words each turn is.

* **Turns under a speaker's name**: lines opening with a speaker's name and a colon ("PAUL LE BLANC:
  ...", "Doug Storm: ...", "[00:01:05] Doug Storm: ...", or "Doug Storm (00:01:05):" or "Doug Storm  0:05"
  over the words),
  at least two speakers each with two turns or more. Each turn, up to the next, is that speaker's
  words (a quotation), not the page's.
* **Questions and answers**: "Q: ..." and "A: ..." turns introduced as an interview ("We spoke to
  Dr. Maria Lind"): each answer is the interviewee's words.
* **A parliament's record**: each speech under its speaker's line ("Mr. Tom Reilly (Bergen North)",
  "The Secretary of State (Mrs. Anna Berg)", then "Mr. Reilly") is that member's words.
* **A debate site's rounds**: each argument under its side's label ("Pro" / "Con") is that side's
  debater's; the side of the debate's poster is the page's author, the other side replies.
"""
from __future__ import annotations

import re
from collections import Counter

from .answers import HANDLE_ALONE, NAME_LINE
from .cleaning import comments_start, normalize
from .roles import AUTHOR, COMMENT, QUOTED, REPLY

#: A turn of an interview: the speaker's name, a colon, then the words spoken, or the words on the
#: lines below; a transcript may stamp the time before the name or after it ("[00:01:05] Doug
#: Storm: ...", "Doug Storm (00:01:05):", or without the colon, as transcription services set it
#: over the words: "Doug Storm  0:05"; a chat's export, "[06/03/2021, 14:14:22] Tom Reilly: ...", or
#: "Tom Reilly  2:14 PM" over the words).
_STAMP = r"\d{1,2}:\d\d(?::\d\d)?"
#: A chat's export stamps the day too: "[06/03/2021, 14:14:22] ", "06/03/2021, 14:14 - ".
_DAY_STAMP = rf"(?:\[\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?\s+{_STAMP}(?:\s*[ap]m)?\]\s+|\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?\s+{_STAMP}(?:\s*[ap]m)?\s+-\s+)"
TURN = re.compile(rf"^(?:\[?{_STAMP}\]?\s+|{_DAY_STAMP})?(?P<name>[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|al|bin|la|le)){{0,3}}"
                  rf"(?:\s\d{{1,2}})?)(?:,\s+[A-Z][A-Z.'’\- ]{{1,30}}?)?"  # a broadcaster's role after the name: ", HOST"
                  # or who they are, after a full name: "Sergo Mikoyan, son of Anastas Mikoyan:", "Svetlana Alliluyeva (from her memoir):"
                  rf"(?P<about>,\s+[a-z][^:\n]{{0,80}}?|\s+\((?!{_STAMP}\))[^()\n]{{1,60}}\))?"  # (not the time: "HOST (00:00:04):")
                  rf"(?:(?:\s*[\[(]{_STAMP}[\])])?:(?P<words>\s+\S|\s*$)|\s+{_STAMP}(?:\s*[AP]M)?\s*$)")
#: Labels of a page's own notes, which also open with a word and a colon.
NOT_SPEAKERS = frozenset("note notes update updates editor source sources photo image credit credits read listen watch "
                         "tags tag category categories warning correction disclaimer share posted published thread "
                         "posts joined location reputation messages question answer fact facts myth claim rating verdict "
                         "origin context reality truth name date time comment comments message email e-mail homepage "
                         "website url objection objections reply replies response rebuttal lie lies allegation accusation slander rumor "
                         "rumour".split()) | {"join date", "likes received", "home page", "they say", "we say", "critics say", "critics claim"}
#: A page is an interview when at least two speakers each have this many turns.
TURNS_PER_SPEAKER = 2
#: Or when one speaker, named in full or by such a role, has as many, with others, and the turns are this
#: share of its lines of text from the first.
TURNS_SHARE = 0.5
#: A documentary's narrator is the voice of the film itself: the page's own words, not a quotation.
NARRATORS = frozenset({"narrator", "narration", "voice-over", "voiceover"})
INTERVIEWERS = frozenset({"interviewer", "interviewers", "q"})
NARRATOR_LABEL = re.compile(r"^(?:narrator|narration|voice-?over):\s", re.IGNORECASE)
LEADING_ROLES = frozenset({"narrator", "host", "presenter", "interviewer", "moderator", "announcer", "anchor", "lecturer", "professor"})
#: A turn of an interview set out as questions and answers: "Q: ...", "A. ...", "Answer: ...".
QA_TURN = re.compile(r"^(Q|A|Question|Answer)[.:]\s+\S")
#: Or without labels: a question is a paragraph of its own of this many words at most, and an interview so
#: set out asks this many questions at least.
QUESTION_MAX_WORDS = 60
UNLABELLED_QUESTIONS = 3
#: Why an interviewer's question is left out of the passages: its answer's passage is read with it.
INTERVIEW_QUESTION = "interview question"
YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
INTERVIEW_CUE = re.compile(r"\b(?:interview\w*|spoke (?:to|with)|talk(?:ed|s)? (?:to|with)|conversation with|"
                           r"in conversation|we asked|sat down with|q ?& ?a with)\b", re.IGNORECASE)
HONORIFIC = r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)+"
FULL_NAME = re.compile(r"\b(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3}\b")


def interview_turns(lines, reasons, roles, speakers, groups) -> None:
    """An interview or a transcript: from each "NAME: ..." line to the next, that speaker's words,
    up to the comments. A name in capitals is written as a name ("PAUL LE BLANC" as "Paul Le Blanc")."""
    end = comments_start(lines, reasons) or len(lines)
    turns = [(i, m.group("name")) for i in range(end) if reasons[i] is None and roles[i] == AUTHOR
             and (m := TURN.match(lines[i].text)) and m.group("name").lower() not in NOT_SPEAKERS
             and (not m.group("about") or " " in m.group("name"))]  # (who they are, only after a full name)
    # a broadcaster's transcript names a speaker in full once ("FRANK LANGFITT, BYLINE:"), then by surname ("LANGFITT:")
    full = {name.split()[-1]: name for _, name in turns if len(name.split()) > 1}
    turns = [(i, full.get(name, name) if len(name.split()) == 1 else name) for i, name in turns]
    counts = Counter(name for _, name in turns)
    # an interview: two speakers with several turns each; a broadcast's transcript: three speakers or more,
    # named in capitals, most with a turn or two
    capitals = [name for name in counts if name.isupper()]
    broadcast = len(capitals) >= 3 and len(turns) >= 4
    # or a film's or a lecture's: a narrator or a lecturer with several turns among others' single ones,
    # the turns most of the text from the first on
    text = sum(reasons[i] is None for i in range(turns[0][0], end)) if turns else 0
    leader = max(counts, key=counts.get) if counts else ""
    led = (len(counts) >= 2 and counts.get(leader, 0) >= TURNS_PER_SPEAKER and len(turns) >= TURNS_SHARE * text
           and (" " in leader or leader.lower() in LEADING_ROLES))
    if sum(n >= TURNS_PER_SPEAKER for n in counts.values()) < 2 and not broadcast and not led:
        return
    # Above the first turn of a speaker who takes several, "Gull Point: the last keeper" is a title.
    first = min(i for i, name in turns if counts[name] >= TURNS_PER_SPEAKER or (broadcast and name.isupper()))
    turns = [(i, name) for i, name in turns if i >= first]
    for n, (i, name) in enumerate(turns):
        speaker = name.title() if name.isupper() else name
        stop = turns[n + 1][0] if n + 1 < len(turns) else end
        if not (TURN.match(lines[i].text).group("words") or "").strip():
            reasons[i] = "speaker line"  # "Doug Storm (00:00:03):" over the words spoken
        # a film's narrator speaks for the film itself; an oral history's, questioned by an interviewer, is its witness
        own = name.lower() in NARRATORS and not any(n.lower() in INTERVIEWERS for n in counts)
        for k in range(i, stop):
            if roles[k] == AUTHOR and not EDITORS_NOTE.match(lines[k].text):
                roles[k], speakers[k], groups[k] = (AUTHOR, "", 30_000 + i) if own else (QUOTED, speaker, 30_000 + i)


#: An editor's note set between a transcript's turns, in the page's own voice: "[Note: The airport's
#: authorities later stated that ...]".
EDITORS_NOTE = re.compile(r"^\[(?:note|editor[’']?s note|ed\.|translator[’']?s note)\b.*\]$", re.IGNORECASE)


def questions_and_answers(lines, reasons, roles, speakers, groups) -> None:
    """An interview set out as "Q: ..." and "A: ..." turns, introduced as one ("We spoke to ..."):
    each answer, up to the next question, is the interviewee's words. The interviewee is the name
    the introduction's cue gives ("We spoke to Marta Holm"), or else the one full name it gives (a
    title such as "Dr." aside); the questions stay the page's own."""
    end = comments_start(lines, reasons) or len(lines)
    turns = [(i, m.group(1)[0].upper()) for i in range(end) if reasons[i] is None and roles[i] == AUTHOR
             and (m := QA_TURN.match(lines[i].text))]
    if min(sum(kind == k for _, kind in turns) for k in "QA") < TURNS_PER_SPEAKER:
        turns = _unlabelled_turns(lines, reasons, roles, end)
    if min(sum(kind == k for _, kind in turns) for k in "QA") < TURNS_PER_SPEAKER:
        return
    intro = " | ".join(lines[i].text for i in range(turns[0][0]) if reasons[i] is None)
    if not INTERVIEW_CUE.search(intro):  # a page of frequently asked questions answers in its own voice
        return
    # the name the cue introduces ("We spoke to Marta Holm, whose father ..."), else the one full name given
    cued = [FULL_NAME.match(intro, cue.end() + 1) for cue in INTERVIEW_CUE.finditer(intro) if intro[cue.end():cue.end() + 1] == " "]
    names = {re.sub(HONORIFIC, "", m.group(0)) for m in cued if m} or {re.sub(HONORIFIC, "", m.group(0)) for m in FULL_NAME.finditer(intro)}
    names = {n for n in names if len(n.split()) >= 2}
    speaker = names.pop() if len(names) == 1 else ""
    for n, (i, kind) in enumerate(turns):
        stop = turns[n + 1][0] if n + 1 < len(turns) else end
        answered = kind == "Q" and n + 1 < len(turns) and turns[n + 1][1] == "A"
        for k in range(i, stop if kind == "A" or answered else i):
            if roles[k] == AUTHOR and reasons[k] is None and kind == "A":
                roles[k], speakers[k], groups[k] = QUOTED, speaker, 30_000 + i
            elif roles[k] == AUTHOR and reasons[k] is None:
                # a question asks and says nothing: the answer under it is read with it (see embeddings.build)
                reasons[k] = INTERVIEW_QUESTION


def _unlabelled_turns(lines, reasons, roles, end: int) -> list[tuple[int, str]]:
    """The turns of an interview whose questions carry no label, as a magazine sets them in bold: from
    the first paragraph that asks, each question a paragraph of its own, each answered by the paragraphs
    under it, none of which asks. [] when the page is not so set out."""
    kept = [i for i in range(end) if reasons[i] is None and roles[i] == AUTHOR]
    asks = [i for i in kept if lines[i].text.rstrip().endswith("?") and len(lines[i].text.split()) <= QUESTION_MAX_WORDS]
    # (an interviewer asks the one interviewed, "you"; an essay's own questions seldom do)
    if len(asks) < UNLABELLED_QUESTIONS or sum(bool(YOU.search(lines[i].text)) for i in asks) * 2 < len(asks):
        return []
    turns, asking_lines = [], set(asks)
    for k, i in enumerate(kept[kept.index(asks[0]):], start=kept.index(asks[0])):
        asking = i in asking_lines
        if asking and (k + 1 == len(kept) or kept[k + 1] in asking_lines):  # a question with no answer under it
            return []
        if asking and k > 0 and lines[kept[k - 1]].block == lines[i].block:  # a question inside a paragraph
            return []
        if asking or kept[k - 1] in asking_lines:
            turns.append((i, "Q" if asking else "A"))
    return turns


_MEMBER = (r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Viscount)\.?\s+"
           r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}")
#: A speaker's line over their speech in a parliament's record: "Mr. Tom Reilly (Bergen North)", "Mrs. Berg",
#: "The Secretary of State (Mrs. Anna Berg)".
MEMBER_LINE = re.compile(rf"^(?:(?P<member>{_MEMBER})(?:\s+\([^()]{{2,60}}\))?|The\s+[A-Z][\w ,'’\-]{{2,80}}?\s+\((?P<office>{_MEMBER})\))$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Viscount)\.?\s+")
#: A record is a debate when it holds this many speeches.
SPEECHES_MIN = 3


def debate_speeches(lines, reasons, roles, speakers, groups) -> None:
    """A parliament's record: from each member's line to the next, that member's speech, quoted;
    a member named by surname alone ("Mr. Reilly") is the one named in full before."""
    end = comments_start(lines, reasons) or len(lines)
    heads = [(i, m.group("member") or m.group("office")) for i in range(end)
             if reasons[i] is None and roles[i] == AUTHOR and (m := MEMBER_LINE.match(lines[i].text.strip()))
             and i + 1 < end and reasons[i + 1] is None and not MEMBER_LINE.match(lines[i + 1].text.strip())]
    names = [_TITLE.sub("", who) for _, who in heads]
    full = {name.split()[-1]: name for name in names if len(name.split()) > 1}
    names = [full.get(name, name) if len(name.split()) == 1 else name for name in names]
    if len(heads) < SPEECHES_MIN or len(set(names)) < 2:
        return
    for n, ((i, _), name) in enumerate(zip(heads, names)):
        reasons[i] = "speaker line"
        stop = heads[n + 1][0] if n + 1 < len(heads) else end
        for k in range(i + 1, stop):
            if roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = QUOTED, name, 32_000 + i


#: The speaker's label at the head of a turn's text: "KELLY: ", "Q: ".
TURN_LABEL = re.compile(r"^[^\s:][^:\n]{0,40}:\s+")


def question_answered(previous_text: str, previous_speaker: str, speaker: str) -> str:
    """The question a turn answers: the last sentence of the turn just before it, when another speaker
    asked it ("KELLY: Was it genocide?" before "APPLEBAUM: Historians disagree about the word."), or ""."""
    asked = TURN_LABEL.sub("", previous_text.strip())
    if not previous_speaker or previous_speaker == speaker or not asked.endswith("?"):
        return ""
    return re.split(r"(?<=[.!?])\s+", asked)[-1]


#: The two sides of a debate, as debate sites label each argument: "Pro" / "Con", "For" / "Against".
SIDES = (("pro", "con"), ("for", "against"), ("affirmative", "negative"), ("proposition", "opposition"),
         ("instigator", "contender"))
#: A debate's heading over each exchange ("Round 2"), and a vote under the rounds ("Vote Placed by NAME 9 years ago"),
#: whose fields ("Agreed with after the debate: Con") are the form's.
ROUND = re.compile(r"^round \d{1,2}$", re.IGNORECASE)
VOTE = re.compile(r"^vote placed by (?P<name>[\w\-.]{2,40})\b.{0,40}$", re.IGNORECASE)
VOTE_FIELD = re.compile(r"^[A-Z][\w ]{5,60}:\s+\S+(?:\s+\S+)?$")
#: Each side's label stands at least this many times for the page to be a debate's rounds.
SIDE_TURNS_MIN = 2


def debate_rounds(lines, reasons, roles, speakers, groups) -> None:
    """A debate site's rounds: from each side's label ("Pro" / "Con") to the next, that side's
    argument. The debaters are named under the side labels at the top ("Pro" / "RedCavalry1918" /
    "Con" / "Kolchakite"); the one the page names as its poster ("Posted by: RedCavalry1918"), else the
    first side, is the page's author, and the other side's arguments are replies under their debater."""
    end = comments_start(lines, reasons) or len(lines)
    keys = [normalize(line.text) for line in lines[:end]]
    sides = next((pair for pair in SIDES if all(keys.count(side) >= SIDE_TURNS_MIN + 1 for side in pair)), None)
    labels = [i for i, key in enumerate(keys) if sides and key in sides]
    if not labels:
        return
    named: dict[str, str] = {}
    for i in labels:  # the list of debaters: each side's label over its debater's name
        if (i + 1 < end and keys[i] not in named and not ROUND.match(lines[i + 1].text.strip())
                and (HANDLE_ALONE.match(lines[i + 1].text.strip()) or NAME_LINE.match(lines[i + 1].text.strip()))):
            named[keys[i]] = lines[i + 1].text.strip()
            reasons[i + 1] = "debater line"
    poster = next((m.group(1) for line, reason in zip(lines, reasons) if reason
                   and (m := re.match(r"^posted by:?\s+([\w\-.]{2,40})$", line.text.strip(), re.IGNORECASE))), "")
    author = next((side for side, name in named.items() if name == poster), sides[0])
    voice, opened = None, 0  # whose words follow, and the line that opened them
    for i in range(labels[0], end):
        text = lines[i].text.strip()
        vote = VOTE.match(text)
        if keys[i] in sides or vote:
            reasons[i] = "side label" if vote is None else "voter line"
            voice, opened = (keys[i] if vote is None else None), i
            voter = vote.group("name") if vote else ""
            continue
        if ROUND.match(text):
            reasons[i] = reasons[i] or "round heading"
            continue
        if not opened or reasons[i] is not None or roles[i] != AUTHOR:
            continue
        if voice is None:  # a vote: its form's fields, then the voter's reasons
            if VOTE_FIELD.match(text):
                reasons[i] = "vote field"
            else:
                roles[i], speakers[i], groups[i] = COMMENT, voter, 33_000 + opened
            continue
        roles[i], speakers[i], groups[i] = (AUTHOR if voice == author else REPLY), named.get(voice, ""), 33_000 + opened
