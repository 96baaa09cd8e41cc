"""Words for lexical matching: folded, stop words out, plurals, possessives and verb endings stemmed."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren as at be because been before being below
between both but by can cannot could did didn do does doesn doing don down during each else ever every few
for from further get got had has hasn have haven having he her here hers herself him himself his how i if in
into is isn it its itself just let me more most much must my myself no nor not now of off on once only or
other ought our ours ourselves out over own per please same shall she should so some such than that the
their theirs them themselves then there these they this those though through thus to too under until up upon
us very was wasn we were weren what when where which while who whom whose why will with within without won
would yes yet you your yours yourself yourselves
""".split())
#: The words that frame a question rather than name its topic ("what happened at ...", "what was
#: his position on ...", "what did she think of ...", "what do the sources say about ..."): a
#: passage sharing only these shares no topic.
QUESTION_FRAME = frozenset("""
tell explain describe say said says think thought happen happened happens happening position stance
view views opinion opinions role regarding concerning according mean means meaning know known really
actually exactly anything something everything kind sort way source sources document documents compare
""".split())
#: The particles of names ("Marinus van der Lubbe", "Charles de Gaulle", "Paul Le Blanc"): counted as
#: words, they would give one name the weight of three in the question's coverage.
NAME_PARTICLES = frozenset("van von der den de du da di la le al bin ibn".split())
STOPWORDS = STOPWORDS | QUESTION_FRAME | NAME_PARTICLES
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Stop words that are nouns after a possessive ("Lenin's will", "the party's might").
NOUN_AFTER_POSSESSIVE = frozenset({"will", "might"})


#: Soft hyphens and zero-width characters inside words ("revo\xadlution"), and a word hyphenated
#: across a line break, as text extracted from a printed page has it ("revolu-\ntionary").
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]|(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-z])")


def fold(text: str) -> str:
    """Lowercase, accents off, curly apostrophes straight, words whole again where a soft hyphen, a
    zero-width character or a line-end hyphen split them."""
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person", "died": "die", "dying": "die",
             "killed": "kill", "killing": "kill", "wrote": "write", "written": "write"}
#: Irregular verbs: the past tense and the participle meet the verb ("found" and "find", "led" and
#: "lead"). Forms that are also other common words are left out ("left", "born", "won", "lay", "wound", "bit").
IRREGULAR |= {form: verb for verb, forms in {
    "find": "found", "lead": "led", "give": "gave given", "take": "took taken", "fight": "fought", "flee": "fled",
    "begin": "began begun", "bring": "brought", "build": "built", "buy": "bought", "catch": "caught",
    "choose": "chose chosen", "drive": "drove driven", "fall": "fell fallen", "feel": "felt", "forget": "forgot forgotten",
    "grow": "grew grown", "hold": "held", "hide": "hid hidden", "keep": "kept", "lose": "lost", "make": "made",
    "meet": "met", "pay": "paid", "run": "ran", "rise": "rose risen", "send": "sent", "shoot": "shot", "sell": "sold",
    "speak": "spoke spoken", "spend": "spent", "stand": "stood", "steal": "stole stolen", "strike": "struck",
    "teach": "taught", "throw": "threw thrown", "understand": "understood", "wear": "wore worn", "go": "went gone",
    "come": "came", "become": "became", "break": "broke broken", "eat": "ate eaten", "seek": "sought", "slay": "slew slain",
    "sink": "sank sunk", "swear": "swore sworn", "tear": "tore torn", "overthrow": "overthrew overthrown",
    "withdraw": "withdrew withdrawn", "forbid": "forbade forbidden", "freeze": "froze frozen", "hang": "hung",
    "lend": "lent", "see": "saw seen", "sit": "sat", "sleep": "slept", "write": "wrote written",
    "arise": "arose arisen", "bind": "bound", "bite": "bitten", "blow": "blew blown", "deal": "dealt",
    "draw": "drew drawn", "drink": "drank drunk", "fly": "flew flown", "forgive": "forgave forgiven",
    "hear": "heard", "mislead": "misled", "outgrow": "outgrew", "ride": "rode ridden",
    "ring": "rang rung", "shake": "shook shaken", "shine": "shone", "shrink": "shrank shrunk", "sing": "sang sung",
    "spring": "sprang sprung", "sting": "stung", "strive": "strove striven", "swim": "swam swum",
    "undertake": "undertook undertaken", "uphold": "upheld", "wake": "woke woken", "weep": "wept", "withhold": "withheld", "foresee": "foresaw foreseen", "mistake": "mistook mistaken", "oversee": "oversaw overseen",
    "overtake": "overtook overtaken", "forsake": "forsook forsaken"}.items() for form in forms.split()}
#: Long words are cut to this many letters: a crude stemmer that IR studies find about as good as
#: Porter's for English, and it joins bureaucracy/bureaucratic, dictator/dictatorship.
PREFIX = 6


@lru_cache(maxsize=200_000)  # a corpus repeats its words: each is stemmed once
def stem(word: str) -> str:
    """A light, predictable stemmer: possessives, regular plurals, "-ed" and "-ing", then a prefix of
    long words."""
    word = re.sub(r"'s?$", "", word)
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word in IRREGULAR:  # "killings" as "killing"
        return IRREGULAR[word]
    word = _verb_stem(word)
    return word[:PREFIX] if len(word) > PREFIX else word


_VOWELS = frozenset("aeiou")


def _verb_stem(word: str) -> str:
    """The word without "-ed" or "-ing", as Porter's step 1b takes them off: "living", "lived" and
    "live" meet, "hoping" and "hope", "stopped" and "stop"; "agreed" keeps its "ee"; "bring", "red"
    and "speed" have no vowel in front of the ending and stay whole."""
    if word.endswith("eed"):
        return word[:-1] if _VOWELS & set(word[:-3]) else word
    for suffix in ("ing", "ed"):
        base = word[:-len(suffix)]
        if word.endswith(suffix) and len(base) >= 2 and _VOWELS & set(base):
            if base[-1] == base[-2] and base[-1] not in "lsz" and base[-1] not in _VOWELS:
                return base[:-1]
            word = base + "e"
            break
    # A silent "e" goes, except after a short stem: "exile" and "exiled" meet, "live" stays "live".
    if word.endswith("e") and len(word) > 3 and not _short(word[:-1]) and word[-2] not in _VOWELS:
        return word[:-1]
    return word


def _short(base: str) -> bool:
    """One vowel group between consonants, the last not w, x or y ("liv", "hop"): the stem of a
    word that ended in a silent "e"."""
    vowel = [c in _VOWELS or (c == "y" and i > 0 and base[i - 1] not in _VOWELS) for i, c in enumerate(base)]
    groups = sum(1 for i, v in enumerate(vowel) if v and (i == 0 or not vowel[i - 1]))
    return (groups == 1 and len(base) >= 3 and not vowel[-1] and vowel[-2] and not vowel[-3]
            and base[-1] not in "wxy")


_CAPITALISED_RUN = re.compile(r"[A-Z][^\W_]*(?:[ \t]+(?:(?:of|the|for)[ \t]+)?[A-Z][^\W_]*){2,}")


def uncapitalised(text: str) -> str:
    """A question typed in capitals ("WHO KILLED TROTSKY") in lower case: its capitals name nobody, and
    read as names they would make every word a name a source must use."""
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) >= 2 and len(letters) >= 2 and not any(c.islower() for c in letters):
        return text.lower()
    return text


def initials(text: str) -> list[str]:
    """The initials of each run of three or more capitalised words in ``text``, folded: "imt" for
    "International Marxist Tendency", "cpgb" for "Communist Party of Great Britain"."""
    return [fold("".join(w[0] for w in run.split() if w[0].isupper())) for run in _CAPITALISED_RUN.findall(text)]


_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
#: The verb of a question's frame: "what role did the newspapers play in ...", "what part did he play".
_FRAME_VERB = re.compile(r"\b(?:role|part)\b.{0,80}?\b(?P<verb>play(?:s|ed|ing)?)\b", re.IGNORECASE)


def question_terms(question: str) -> list[str]:
    """The content terms of a question: its ``terms``, without the verb of its frame ("play" in
    "what role did the newspapers play in starting the war?")."""
    frame = _FRAME_VERB.search(question)
    if frame is None:
        return terms(question)
    return terms(question[:frame.start("verb")] + question[frame.end("verb"):])


def terms(text: str) -> list[str]:
    """Content terms of ``text`` in order (with repeats). A hyphenated compound counts as its parts
    and as one word, so "anti-Semitic" meets "antisemitism"."""
    folded = fold(text)
    out = []
    words = _WORD.findall(folded) + [m.replace("-", "") for m in _COMPOUND.findall(folded)]
    for i, word in enumerate(words):
        if word in NOUN_AFTER_POSSESSIVE and i and words[i - 1].endswith("'s"):
            out.append(word)  # "Lenin's will" is a document, not a verb
            continue
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        stemmed = stem(word)
        if stemmed and stemmed not in STOPWORDS:
            out.append(stemmed)
    return out


def words_after(text: str, chosen: frozenset) -> set[str]:
    """The terms of the words that directly follow a word of ``chosen`` in ``text``, names aside."""
    words = re.findall(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]", text)
    out = set()
    for before, word in pairwise(words):
        if set(terms(before)) & chosen and word[:1].islower():
            out.update(terms(word))
    return out


def phrase_terms(query_terms: list[str], sentences) -> set[str]:
    """The query's words that some sentence holds as the query holds them: two or more of its
    consecutive words, consecutive there too (stop words aside)."""
    pairs = set(pairwise(query_terms))
    return {t for words in sentences for pair in pairwise(words) if pair in pairs for t in pair}
