"""What a question asks for, where its wording says: a time ("When did Trotsky die?", "In what year
..."), or a number ("How many people died?"). A passage that holds no time cannot say when, and one
that holds no number cannot say how many, however close its words: for such a question, only
passages holding one are candidates (so "Our show today is another in our series" is no answer to
"When did the series first appear?"). Other questions ask for nothing a pattern can check.
"""
from __future__ import annotations

import re

_OPENING = r"^\s*(?:(?:and|so|but|then|ok|okay),?\s+)?"
ASKS_WHEN = re.compile(_OPENING + r"(?:when|(?:in |on |at )?(?:what|which) (?:year|date|day|month|decade|century|time))\b",
                       re.IGNORECASE)
ASKS_HOW_MANY = re.compile(_OPENING + r"how (?:many|much|old)\b", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A time: a year or a decade ("1940", "the 1930s", "the thirties"), a day ("20 August", "Aug. 20"),
#: a century, a weekday, or a time ago.
TIME = re.compile(rf"\b(?:1\d{{3}}|20\d{{2}})s?\b|'\d0s\b|\b{_MONTH}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
                  r"|\bcentur(?:y|ies)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bago\b"
                  r"|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", re.IGNORECASE)
#: A number, in figures or in words.
NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                    r"fifty|hundreds?|thousands?|millions?|billions?|dozens?|half)\b", re.IGNORECASE)


def wanted(question: str) -> re.Pattern | None:
    """What a passage must hold to answer ``question``, or None where its wording asks for nothing checkable."""
    if ASKS_WHEN.match(question):
        return TIME
    if ASKS_HOW_MANY.match(question):
        return NUMBER
    return None
