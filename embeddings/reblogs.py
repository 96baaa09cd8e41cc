"""A microblog's reblog chain: a post shared with what each blog added to it, one blog's handle over
each part ("leftcom-memes" / the original post / "kronstadt-tea" / an addition / ...), under the
line naming who shared it ("sovietsoftpower reblogged from leftcom-memes"). The sharing blog's own
parts are the page's author's words; the other blogs' parts are theirs, quoted by it.
"""
from __future__ import annotations

import re

from .cleaning import comments_start
from .roles import AUTHOR, QUOTED

#: "sovietsoftpower reblogged from leftcom-memes", over the chain.
REBLOGGED = re.compile(r"^(?P<by>[\w\-]{2,40}) reblogged (?:this )?from (?P<source>[\w\-]{2,40})$", re.IGNORECASE)
#: A blog's handle on a line of its own: lower case, digits and hyphens ("kronstadt-tea").
BLOG = re.compile(r"^[a-z0-9][a-z0-9\-]{1,39}$")


def reblog_chain(lines, reasons, roles, speakers, groups) -> None:
    """Each part of a reblog chain under its blog's handle: the sharing blog's as the author's, the
    others' as quoted (see the module's docstring)."""
    end = comments_start(lines, reasons) or len(lines)
    top = next((i for i in range(end) if REBLOGGED.match(lines[i].text.strip())), None)
    if top is None:
        return
    owner = REBLOGGED.match(lines[top].text.strip()).group("by")
    reasons[top] = "reblog line"
    heads = [i for i in range(top + 1, end - 1) if reasons[i] is None and BLOG.match(lines[i].text.strip())
             and reasons[i + 1] is None and not BLOG.match(lines[i + 1].text.strip())]
    for n, i in enumerate(heads):
        blog = lines[i].text.strip()
        reasons[i] = "poster line"
        for k in range(i + 1, heads[n + 1] if n + 1 < len(heads) else end):
            if reasons[k] is None and roles[k] == AUTHOR:
                roles[k], speakers[k], groups[k] = (AUTHOR, "", 35_000 + i) if blog == owner else (QUOTED, blog, 35_000 + i)
