"""The kind of a page nobody has labelled, from what its structure shows: a forum thread (posts with
replies), a blog post (a blogging platform's frame around it), a transcript (turns of two or more
speakers), a programme's page (its credits name a host, or a podcast host's frame is around it).

A question names a source by its kind as by its title or author ("What does the forum say ...?",
"the radio show"): see ``assistant.naming``. A kind that nothing shows is left empty, never guessed.
"""
from __future__ import annotations

import re

from .bylines import HOST
from .roles import QUOTED, REPLY

#: A page is a transcript when at least this share of its lines are speakers' turns, of two speakers or more.
TRANSCRIPT_SHARE = 0.5
#: The frame a blogging platform sets around a post, as its text reads copied from the browser (one
#: line of these, or all the lines of one tuple): Blogger's, WordPress.com's, Wix's, LiveJournal's and any
#: blog's links to the posts before and after.
BLOG_FRAMES = (("blogthis!",), ("newer post older post home",), ("blog at wordpress.com.",), ("top of page", "bottom of page"),
               ("previous entry | next entry",), ("powered by livejournal.com",), ("newer post", "older post"))
#: The frame a podcast host or a streaming service sets around an episode's page: Podbean's, Spotify's.
PODCAST_FRAMES = (("podcast powered by podbean",), ("episode description",), ("more episodes like this",))


def page_kind(units, dropped) -> str:
    """"forum thread", "blog post", "transcript" (a radio or podcast one where the page says so), "radio programme
    page" (or a podcast's, or either's where the page does not say), or ""."""
    if any(u.role == REPLY for u in units):
        return "forum thread"
    chrome = {" ".join(d.text.lower().split()) for d in dropped}
    if any(all(line in chrome for line in frame) for frame in BLOG_FRAMES):
        return "blog post"
    if any(all(line in chrome for line in frame) for frame in PODCAST_FRAMES):
        return "podcast programme page"
    turns = [u for u in units if u.role == QUOTED and u.speaker]
    # (critics quoted over the links to their reviews are no speakers' turns)
    transcript = (bool(units) and len(turns) >= TRANSCRIPT_SHARE * len(units) and len({u.speaker for u in turns}) >= 2
                  and not any(d.reason == "review rating" for d in dropped))
    if not transcript and not any(HOST.match(" ".join(u.text.split())) for u in units):
        return ""
    said = " ".join([u.text for u in units] + [d.text for d in dropped]).lower()
    # the medium where the page names it; a programme's page that does not is either
    medium = "radio " if re.search(r"\bradio\b", said) else "podcast " if re.search(r"\bpodcasts?\b", said) else ""
    if transcript:
        return f"{medium}transcript"
    return f"{medium or 'radio or podcast '}programme page"
