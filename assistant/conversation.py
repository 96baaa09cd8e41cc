"""Follow-up questions: completing "Who was the killer?" from the turns before it, without a language model.

A question is read as a follow-up when it leans on context: it opens with a connective ("and",
"what about"), uses a pronoun that points back ("he", "it", "that"), or is too bare to stand alone
(no proper name and at most two content words). A follow-up is searched together with the content
words of the previous turn (itself resolved the same way), weighted below the question's own words.
A personal pronoun ("Where was he killed?") stands for a person, not for the previous topic: when
the previous turn names someone, only the names are carried over ("What did Trotsky do in exile?"
gives "Where was Trotsky killed?", not a search for exile), or the person a name has ("What
happened to her?" after "Tell me about Trotsky's wife" gives "What happened to Trotsky's wife?"), and
that person's words weigh as the question's own. A connective followed by a name and
nothing else asks the previous question again about someone else: "What about Lenin?" after "How
did Trotsky die?" searches "How did Lenin die?". After a question for whoever did something ("Who
killed Trotsky?"), a pronoun stands for that unnamed person: "What weapon did he use?" is searched
with the previous question's words ("What weapon did he use? (killed Trotsky)"), not as a question
about Trotsky.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .text import NAME_PARTICLES, question_terms, terms

CONNECTIVE = re.compile(r"^\s*(and|but|so|also|then|what about|how about|and what|what else|or|same for|as for)\b", re.IGNORECASE)
ANAPHORA = re.compile(r"\b(he|him|his|she|her|hers|they|them|their|it|its|this|that|these|those|there|the former|the latter)\b", re.IGNORECASE)
PERSONAL = re.compile(r"\b(he|him|his|she|her|hers|they|them|their)\b", re.IGNORECASE)
#: A name: a run of capitalised words inside a sentence, with the particles of names between them
#: ("Jan van Risseghem", "Marinus van der Lubbe"). A capital letter hyphened to a common noun ("U-boat",
#: "X-ray", "A-bomb") is not a name.
_CAPITALISED = r"(?![A-Z]-[a-z])[A-Z][^\W_]*(?:-[^\W_]+)*(?:['’][^\W_]+)?"
_PARTICLES = "|".join(sorted(NAME_PARTICLES))
NAME_RUN = re.compile(rf"(?<![.!?]\s)(?<!^)\b{_CAPITALISED}(?:\s+(?:(?:{_PARTICLES})\s+)*{_CAPITALISED})*")
POSSESSIVE = ("his", "hers", "their")
#: A question for the person who did something ("Who killed Trotsky?", "Who wrote Hue and Cry over
#: Kronstadt?"): a pronoun after it stands for that unnamed person, not for the name it holds. "Who
#: was Trotsky?" and "Who did Trotsky marry?" ask about the name, and a pronoun after them is the name.
ASKS_FOR_DOER = re.compile(r"^\s*who\s+(?!(?:was|is|were|are|am|'s|did|does|do|had|has|have|will|would|could|should|"
                           r"can|might|may|else)\b)[a-z]", re.IGNORECASE)
THING = re.compile(r"\b(it|its|this|that|these|those|there|the former|the latter)\b", re.IGNORECASE)
PROPER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
#: Nouns for people that a name can possess ("Trotsky's wife"): a personal pronoun after such a
#: question stands for that person, not for the name ("What happened to her?").
RELATIVES = ("wife|husband|widow|son|daughter|child|children|grandson|granddaughter|grandchild|grandchildren|father|"
             "mother|parents?|brother|sister|family|relatives?|secretary|bodyguards?|guards?|assassin|killer|murderer|"
             "friends?|allies|ally|rivals?|successor|biographer|followers?|supporters?|comrades?|lover|mistress|"
             "grandfather|grandmother|uncle|aunt|nephew|niece|cousin|partner|deputy|advisers?|advisors?")
#: The person after a possessive name, with up to two words before the noun ("'s first wife").
RELATIVE_AFTER = re.compile(rf" ((?:[a-z]+ ){{0,2}}({RELATIVES}))\b", re.IGNORECASE)
FEMALE = frozenset(("wife", "widow", "daughter", "mother", "sister", "granddaughter", "grandmother", "aunt", "niece",
                    "mistress"))
MALE = frozenset(("husband", "son", "grandson", "father", "brother", "grandfather", "uncle", "nephew"))
#: Words for a kind of document, which follow a source's name ("the radio show", "the blog post").
KIND = re.compile(r"(shows?|programmes?|programs?|posts?|threads?|pages?|articles?|pieces?|reviews?|essays?|episodes?|"
                  r"broadcasts?|sites?|websites?|podcasts?|interviews?|polemics?|rebuttals?|entry|entries)", re.IGNORECASE)
HISTORY_WEIGHT = 0.5
MAX_BARE_TERMS = 2


@dataclass(frozen=True)
class Query:
    """What is searched: the text for the model and weighted words for the lexical index."""

    question: str
    text: str  # the resolved query, shown to the user
    weights: dict
    follow_up: bool
    alternatives: dict = field(default_factory=dict)  # term -> terms of corpus words that stand for it (assistant.synonyms)
    also: tuple = ()  # the same as words, for the reader: (("killed", ("murdered",)), ...)
    chosen: frozenset = frozenset()  # terms that name a source only in its metadata ("blog", a byline's name)
    forms: dict = field(default_factory=dict)  # a name's term -> terms of its other forms in the corpus ("mexica" for "mexico")

    @property
    def names(self) -> tuple[tuple[str, ...], ...]:
        """The names in the query (runs of capitalised words inside it), each as its terms in order:
        "Alexander Parvus" is one name."""
        runs = (tuple(t for t in terms(run) if t in self.weights) for run in NAME_RUN.findall(self.text))
        return tuple(run for run in runs if run)


def is_follow_up(question: str) -> bool:
    if CONNECTIVE.search(question) or ANAPHORA.search(question):
        return True
    return not PROPER_NAME.search(question.strip()) and len(set(terms(question))) <= MAX_BARE_TERMS


def resolve(question: str, history: list[str] | tuple = (), source_words: frozenset = frozenset()) -> Query:
    """The query to search for ``question`` after the earlier questions in ``history``.
    ``source_words`` are the terms that name a source and no passage ("blog", "forum")."""
    own = question_terms(question)
    weights = {t: 1.0 for t in own}
    history = [h for h in history if isinstance(h, str) and h.strip()]
    if not history or not is_follow_up(question):
        return Query(question, question, weights, False)
    previous = resolve(history[-1], history[:-1], source_words)
    other = _same_question_about(question, previous.text)
    if other is not None:
        return Query(question, other, {t: 1.0 for t in terms(other)}, True)
    if own and set(own) <= source_words:
        return _same_question_of(question, previous, source_words)
    added = [t for t in previous.weights if t not in weights]
    runs = NAME_RUN.findall(previous.text)
    names = {_key(w) for run in runs for w in run.split()} - {""}
    points_back = CONNECTIVE.search(question) or THING.search(question)
    person = (bool(names & set(added)) and bool(PERSONAL.search(question)) and not points_back
              and not ASKS_FOR_DOER.match(history[-1]))
    relatives = _relatives(previous.text, PERSONAL.search(question).group().lower()) if person else []
    if person:
        added = [t for t in added if t in names or any(t in terms(w) for _, w in relatives)]
    for t in added:
        weights[t] = (1.0 if person else HISTORY_WEIGHT) * previous.weights[t]
    context = _dedupe([w for w in _words(previous.text) if _key(w) in added])
    if person:
        # The name takes the pronoun's place, so the model reads a whole question.
        named = [" ".join(re.sub(r"['’]s$", "", w) for w in run.split()) for run in runs
                 if any(_key(w) in added for w in run.split())]
        name = " and ".join(_dedupe(named))
        if relatives:  # "Trotsky's wife": the pronoun is the person the name has
            name = " and ".join(_dedupe([f"{owner}'s {relative}" for owner, relative in relatives]))
        text = PERSONAL.sub(lambda m: name + ("'s" if m.group().lower() in POSSESSIVE else ""), question, count=1)
    else:
        text = f"{question} ({' '.join(context)})" if context else question
    return Query(question, text, weights, True)


def _relatives(text: str, pronoun: str) -> list[tuple[str, str]]:
    """(name, person) for each person a name has in ``text`` whom ``pronoun`` can stand for: "Trotsky's
    first wife" gives ("Trotsky", "first wife") for "she", not for "he"."""
    found = []
    for run in NAME_RUN.finditer(text):
        owner = re.match(r"(.*)['’]s$", run.group())
        after = RELATIVE_AFTER.match(text, run.end()) if owner else None
        if after and _may_be(pronoun, after.group(2).lower()):
            found.append((owner.group(1), after.group(1)))
    return found


def _may_be(pronoun: str, relative: str) -> bool:
    """Whether ``pronoun`` can stand for the person ``relative`` names."""
    if pronoun in ("he", "him", "his"):
        return relative not in FEMALE
    if pronoun in ("she", "her", "hers"):
        return relative not in MALE
    return True


def _same_question_of(question: str, previous: Query, source_words: frozenset) -> Query:
    """The previous question asked of the source ``question`` names and nothing else ("What about
    the essay?", "What does the forum say?"): the source it named before, if any, gives way."""
    named = _dedupe([w for w in _words(question) if _key(w) in source_words])
    words = list(re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", previous.text))
    earlier = [m for m in words if _key(m.group()) in source_words]
    # The kind of document after a source's name goes with it: "the radio show" becomes "the forum".
    earlier += [b for a, b in pairwise(words) if a in earlier and b not in earlier and KIND.fullmatch(b.group())]
    earlier.sort(key=lambda m: m.start())
    if earlier:
        first, rest = earlier[0], earlier[1:]
        text = previous.text[:first.start()] + " ".join(named) + previous.text[first.end():]
        for m in reversed(rest):  # the earlier source's other words ("radio programme")
            shift = len(" ".join(named)) - (first.end() - first.start())
            text = text[:m.start() + shift].rstrip() + text[m.end() + shift:]
    else:
        text = f"{previous.text} ({' '.join(named)})"
    gone = {_key(m.group()) for m in earlier}
    weights = {t: w for t, w in previous.weights.items() if t not in source_words and t not in gone}
    weights.update({_key(w): 1.0 for w in named})
    return Query(question, text, weights, True)


def _same_question_about(question: str, previous: str) -> str | None:
    """``previous`` with its first name replaced by the name ``question`` consists of ("And Stalin?",
    "What about Lenin?"), or None when the question says more than a name or ``previous`` names no one."""
    rest = question.strip().rstrip("?.! ")
    connected = False
    while (found := CONNECTIVE.match(rest)) is not None:
        rest, connected = rest[found.end():].lstrip(" ,"), True
    rest = re.sub(r"^the\s+", "", rest, flags=re.IGNORECASE)
    if not connected or not rest or not re.fullmatch(r"[A-Z][^\W_]*(?:['’][^\W_]+)?(?:\s+[A-Z][^\W_]*(?:['’][^\W_]+)?)*", rest):
        return None
    runs = [m for m in NAME_RUN.finditer(previous) if terms(m.group())]
    if not runs:
        return None
    first = runs[0]
    possessive = re.search(r"['’]s$", first.group())  # "Trotsky's grandson" -> "Putin's grandson"
    if possessive and not re.search(r"['’]s$", rest):
        rest += possessive.group()
    return previous[:first.start()] + rest + previous[first.end():]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text)


def _key(word: str) -> str:
    found = terms(word)
    return found[0] if found else ""


def _dedupe(words: list[str]) -> list[str]:
    seen, out = set(), []
    for w in words:
        if _key(w) not in seen:
            seen.add(_key(w))
            out.append(w)
    return out
