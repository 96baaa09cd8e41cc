"""Cleaning, speakers and chunks on small documents of each kind written for these tests."""
from pathlib import Path

import pytest
from conftest import chunks_of

from embeddings import chunk_source, load_corpus
from embeddings.chunking import sentence_spans
from embeddings.speakers import parse


def find(parsed, needle):
    return next(c for c in parsed.chunks if needle in c.text)


def test_forum_thread_posts_replies_and_quotes(small_corpus):
    _, parsed = chunks_of(small_corpus, "forum-thread")
    opening = find(parsed, "kept the lamp burning")
    assert (opening.role, opening.speaker) == ("author", "Harbourmaster")
    doubt = find(parsed, "I doubt the logbook")
    assert (doubt.role, doubt.speaker) == ("reply", "Saltmarsh")
    # a reply quoting an earlier post is still the replier's, named through the shared signature
    answer = find(parsed, "inspector's own report")
    assert (answer.role, answer.speaker) == ("reply", "Harbourmaster")
    assert "I doubt" not in answer.text
    # the quoted post is not indexed twice
    assert sum("I doubt the logbook" in c.text for c in parsed.chunks) == 1
    reasons = {d.reason for d in parsed.dropped}
    assert {"interface text", "signature", "quote header"} <= reasons
    assert any(d.reason.startswith("duplicate of") for d in parsed.dropped)
    text = " ".join(c.text for c in parsed.chunks)
    for chrome in ("Share this post", "Sign in", "Followers", "Fair winds", "said:", "posts in this topic"):
        assert chrome not in text


def test_blog_comments_and_quotation_in_a_comment(small_corpus):
    _, parsed = chunks_of(small_corpus, "blog-with-comments")
    assert find(parsed, "wax figure").role == "author"
    quote = find(parsed, "does not care for legends")
    assert (quote.role, quote.speaker) == ("quoted", "Margaret Tolle")
    comment = find(parsed, "too harsh on the museum")
    assert comment.role == "comment" and comment.context == "Reader comment:"
    named = find(parsed, "great-uncle")
    assert (named.role, named.speaker) == ("comment", "Tom Reed")
    assert "too harsh" not in named.text  # two readers' comments are never one chunk
    assert "commenter line" in {d.reason for d in parsed.dropped}
    text = " ".join(c.text for c in parsed.chunks)
    for chrome in ("top of page", "Updated:", "2 Comments", "Tom Reed says", "Share this", "Twitter Facebook", "Reply"):
        assert chrome not in text


def test_article_epigraph_and_letter(small_corpus):
    _, parsed = chunks_of(small_corpus, "board-article")
    epigraph = find(parsed, "History is written")
    assert (epigraph.role, epigraph.speaker) == ("quoted", "Henrik Vass")
    letter = find(parsed, "gave his health")
    assert (letter.role, letter.speaker) == ("quoted", "Ada Lind")
    assert "last of his family" in letter.context  # the document's own description of the speaker
    assert find(parsed, "vote passed").role == "author"
    # author text and the letter are never blended in one chunk
    assert not any("vote passed" in c.text and "gave his health" in c.text for c in parsed.chunks)


def test_radio_page_crumbs_links_and_sidebar(small_corpus):
    _, parsed = chunks_of(small_corpus, "radio-page")
    text = " ".join(c.text for c in parsed.chunks)
    assert "Tidewater Band" in text
    for chrome in ("Home > Shows", "https://", "Check Also", "tomatoes"):
        assert chrome not in text
    assert {"navigation crumbs", "link-only line", "related-content sidebar"} <= {d.reason for d in parsed.dropped}


def all_sources():
    from conftest import DOCS, SEED_CORPUS

    return load_corpus(SEED_CORPUS) + load_corpus(DOCS)


@pytest.mark.parametrize("source", all_sources(), ids=lambda s: s.id)
def test_spans_round_trip_and_fit_the_model(source):
    parsed = chunk_source(source)
    assert parsed.chunks
    ids = [c.id for c in parsed.chunks]
    assert len(ids) == len(set(ids))
    lines = [i for i, line in enumerate(source.text.split("\n")) if line.strip()]
    for chunk in parsed.chunks:
        assert source.text[chunk.start:chunk.end] == chunk.text
        assert len(chunk.text.split()) <= 170
        assert 1 <= chunk.paragraph <= len(lines)
    for dropped in parsed.dropped:
        assert source.text[dropped.start:dropped.end] == dropped.text


def test_chunk_ids_are_stable_when_other_text_moves(tmp_path):
    from embeddings.sources import Source

    body = ("The first paragraph says one thing about the harbour and its keeper, who kept the lamp lit through "
            "every winter storm for thirty years without a single night off.\n\n"
            "The second paragraph says another thing entirely about the storms, which wrecked eleven boats on the "
            "reef between 1890 and 1910 according to the harbour records.")
    a = Source("doc", "Doc", tmp_path / "a.txt", body)
    b = Source("doc", "Doc", tmp_path / "a.txt", "A new opening paragraph was added here, with enough words in it to stand on its own as a paragraph "
               "of the document and not join its neighbour.\n\n" + body)
    ids_a = {c.id for c in chunk_source(a).chunks}
    ids_b = {c.id for c in chunk_source(b).chunks}
    assert ids_a <= ids_b


def test_long_paragraph_is_cut_into_overlapping_sentence_windows():
    from embeddings.sources import Source

    sentences = [f"Sentence number {i} talks about the lighthouse keeper and the storm of that year." for i in range(60)]
    text = " ".join(sentences)
    parsed = chunk_source(Source("long", "Long", Path("long.txt"), text))
    assert len(parsed.chunks) > 3
    for a, b in zip(parsed.chunks, parsed.chunks[1:]):
        assert b.start < a.end  # one sentence of overlap
        assert text[a.start:a.end].endswith(".")


def test_sentence_spans_keep_abbreviations_together():
    text = "Dr. Smith met Mr. J. Jones in the U.S. on Monday. They talked. Then they left!"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Dr. Smith met Mr. J. Jones in the U.S. on Monday.", "They talked.",
                                              "Then they left!"]
    listing = "They kept logs, charts, lamps etc. There was no radio, etc., and no phone."
    assert [listing[a:b] for a, b in sentence_spans(listing)] == ["They kept logs, charts, lamps etc.",
                                                                  "There was no radio, etc., and no phone."]


def test_lines_of_a_list_are_sentences_but_wrapped_prose_is_not():
    credits = "Episode Title\n\nOur show today is about lighthouses.\nProducer & Host: Ann Lee\nEngineer: Bo Ek"
    assert [credits[a:b] for a, b in sentence_spans(credits)] == [
        "Episode Title", "Our show today is about lighthouses.", "Producer & Host: Ann Lee", "Engineer: Bo Ek"]
    wrapped = ("The keeper wrote that the storm of that winter was the worst\nAnyone on the island had seen, and "
               "that\n\nthe lamp never went out.")
    assert [wrapped[a:b] for a, b in sentence_spans(wrapped)] == [wrapped]


def test_deeply_nested_quotes_and_broken_markup_do_not_break_parsing():
    text = "\n".join("“" * n + f"level {n} quote" for n in range(1, 200)) + "\n" + "”" * 300
    parsed = parse(text)
    assert all(text[u.start:u.end] == u.text for u in parsed.units)


def test_markdown_block_quote_and_link_lines():
    text = ("# Notes on the keeper\n\nThe keeper's diary is full of weather, and one entry stands out from the rest.\n\n"
            "Ann Holt wrote:\n> The light failed twice that winter,\n> and nobody came to fix it.\n\n"
            "I do not believe the light ever failed; the board's records show no repairs.\n\n"
            "[Read more](https://example.org/more)\n")
    parsed = parse(text)
    quoted = [u for u in parsed.units if u.role == "quoted"]
    assert [u.speaker for u in quoted] == ["Ann Holt", "Ann Holt"]
    assert all(u.text.startswith(">") for u in quoted)
    assert {d.reason for d in parsed.dropped} == {"quote header", "link-only line"}


def test_source_without_metadata_takes_its_title_from_its_opening_line(small_corpus):
    source, parsed = chunks_of(small_corpus, "radio-page")
    assert source.title == "Radio page"  # from the file name until the text is read
    assert parsed.source.title == "Coast Hour – The Gull Point Light"
    _, titled = chunks_of(small_corpus, "board-article")
    assert titled.source.title == "Why the harbour board was right"  # metadata wins


def test_share_buttons_in_an_article_do_not_make_it_a_thread():
    text = ("Share this\n\nThe lighthouse keeper kept the lamp burning for thirty years, through every storm.\n\n"
            "Share this\n\nThe board replaced him in 1913 with an automatic lamp, and the town still argues.\n\n"
            "Share this\n")
    parsed = parse(text)
    assert {u.role for u in parsed.units} == {"author"}
    assert [d.reason for d in parsed.dropped] == ["interface text"] * 3


def voices(parsed) -> list[tuple[str, str, str]]:
    return [(u.role, u.speaker, u.text[:20]) for u in parsed.units]


def test_blog_comments_with_reply_links_and_a_comment_form():
    text = (
        "Skip to content\nWhy the old keeper left\nPosted on March 3, 2020 by Anna Berg\n\n"
        "The old keeper left the island in 1952 because the lamp was automated.\n\n"
        "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\n\n"
        "2 thoughts on “Why the old keeper left”\n\n"
        "Mark Jensen says:\nMarch 4, 2020 at 9:12 am\nI think the keeper was right: the lamp failed twice.\nReply\n\n"
        "Sofia L. says:\nMarch 5, 2020 at 11:40 pm\nMy grandfather said the keeper simply wanted to retire.\nReply\n\n"
        "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\n"
        "Comment\nName *\nEmail *\nPost Comment\n")
    parsed = parse(text)
    assert voices(parsed) == [("author", "", "Why the old keeper l"), ("author", "", "The old keeper left "),
                              ("comment", "Mark Jensen", "I think the keeper w"),
                              ("comment", "Sofia L.", "My grandfather said ")]


def test_thread_with_handles_above_the_time_of_each_post():
    footer = "Reply\nShare\nReport\nSave\n\n"
    text = ("Posted by u/harbour_reader\n3 yr. ago\nWhy did the old keeper really leave the island?\n\n"
            "I have read that the lamp was automated in 1952. Which is it?\n\n"
            "42 comments\nshare\nsave\nhide\nreport\n89% Upvoted\n\nSort by: best\n\n"
            "level 1\ntide_historian\n· 3 yr. ago\nThe board minutes show they voted over his objection.\n\n" + footer +
            "level 2\nharbour_reader\nOP\n· 3 yr. ago\nThanks, that matches what I was told.\n\n" + footer)
    parsed = parse(text)
    assert voices(parsed)[2:] == [("reply", "tide_historian", "The board minutes sh"),
                                  ("reply", "harbour_reader", "Thanks, that matches")]
    assert all(u.role == "author" for u in parsed.units[:2])


def test_news_byline_and_a_quotation_with_its_speaker_in_the_middle():
    text = ("Island lighthouse to reopen as museum\nBy Lena Holm, Staff Reporter\n\n"
            "The lighthouse on Grey Island will reopen as a museum next spring, the council announced.\n\n"
            "“The keeper's diary is the heart of the collection,” said Maria Ek, the museum's curator. "
            "“It shows a man who fought for his post.”\n")
    parsed = parse(text)
    assert ("byline", "By Lena Holm, Staff Reporter") in {(d.reason, d.text) for d in parsed.dropped}
    assert voices(parsed)[-1] == ("quoted", "Maria Ek", "“The keeper's diary ")
    essay = parse("The keeper's war\n\nBy Lena Holm (PhD) \n\nThe keeper stayed at his post through the war.\n")
    assert ("byline", "By Lena Holm (PhD)") in {(d.reason, d.text.strip()) for d in essay.dropped}


def test_a_quotation_is_attributed_by_the_words_after_it():
    text = ("The commission met in Coyoacán in 1937 and heard the keeper's testimony.\n\n"
            "\"The very unreliability of the confessions is evidence of the falsity of the charges,\" "
            "the Commission wrote in its summary.\n\n"
            "\"People come from everywhere, many of them young,\" the museum's director said. \"They want to know.\"\n\n"
            "“We will keep the lamp,” he said.\n\n"
            "\"The lamp was the first thing they took from us,\" as Ingrid Holm put it in her memoir.\n\n"
            "“The keeper wrote every night, even in the storm of 1913, that the lamp was lit and the sea was high.” "
            "(Quoted in The Last Keepers, by Ann Lund and Per Dahl)\n\n"
            "“Keep the lamp lit” (the board's motto)\n\n"
            "“Gull Point” the series claims to be a true story.\n\n"
            "“Socialism in one country” was the slogan that Stalin said would save the revolution, and the "
            "author argues against it for the rest of the paragraph.\n")
    parsed = parse(text)
    assert voices(parsed) == [("author", "", "The commission met i"),
                              ("quoted", "the Commission", "\"The very unreliabil"),
                              ("quoted", "the museum's director", "\"People come from ev"),
                              ("quoted", "", "“We will keep the la"),
                              ("quoted", "Ingrid Holm", "\"The lamp was the fi"),
                              ("quoted", "Ann Lund and Per Dahl", "“The keeper wrote ev"),
                              ("author", "", "“Keep the lamp lit” "),
                              ("author", "", "“Gull Point” the ser"),
                              ("author", "", "“Socialism in one co")]


def test_a_page_without_metadata_states_its_title_author_and_date(tmp_path):
    (tmp_path / "post.txt").write_text(
        "Skip to content\nThe Old Mole\nMenu\nHome\nAbout\n\nWhy the keeper left\n"
        "Posted on March 3, 2021 by Hannah Wexler\n\n"
        "The keeper left the island in 1952, when the lamp was automated and his post abolished.\n\n"
        "2 thoughts on “Why the keeper left”\n\nPeter Akers\nMarch 4, 2021 at 9:14 am\n"
        "He left because his wife was ill.\nReply\n", encoding="utf-8")
    (tmp_path / "news.txt").write_text(
        "Subscribe\nSign in\n\nLighthouse reopens as a museum\n\nBy Carlos Mendoza, Staff Reporter\n"
        "Published: 12 June 2022\n\nThe lighthouse on Grey Island reopened to visitors on Saturday.\n", encoding="utf-8")
    (tmp_path / "thread.txt").write_text(
        "Posted by u/harbour_reader\n3 yr. ago\nWhy did the old keeper really leave the island?\n\n"
        "I have read that the lamp was automated in 1952. Which is it?\n\nlevel 1\n[deleted]\n· 3 yr. ago\n\n"
        "Removed by moderator\n\nReply\nShare\n", encoding="utf-8")
    (tmp_path / "platform.txt").write_text(
        "Sign in\n\nThe Keeper Was Not a Hero\n\nWhy the legend of the last keeper does not survive the logbooks\n\n"
        "Anna Berg\nFollow\nPublished in Coast History\n·\n7 min read\n·\nMar 3, 2021\n\n"
        "The logbooks show he refused three orders from the board.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text(
        "# Why the keeper left\n\n*By Anna Berg, March 3, 2021*\n\nThe keeper left the island in 1952.\n\n"
        "## Related posts\n\n- [The last winter](/last-winter)\n", encoding="utf-8")
    (tmp_path / "note.txt").write_text(
        "A short note on the keeper\n\nHe left in 1952.\n\n1 Comment\n\nPeter Akers\nMarch 4, 2021 at 9:14 am\n"
        "He left because his wife was ill.\n", encoding="utf-8")
    (tmp_path / "reddit.txt").write_text(
        "r/history\nPosted by u/quietvolga 2 yr. ago\nWhy did the keeper leave?\n"
        "I have read that the lamp was automated in 1952, and also that the board forced him out.\nVote\n147\n"
        "level 1\ntide_historian\n· 2 yr. ago\nThe board minutes settle it: they voted over his objection.\nReply\nShare\n"
        "level 1\nmarina_k\n· 1 yr. ago\nHis daughter said he wanted to stay on the island.\nReply\nShare\n"
        "About Community\nA place to ask about the history of the coast.\nCreated Aug 23, 2011\nModerators\n"
        "Message the mods\n", encoding="utf-8")
    (tmp_path / "labelled.txt").write_text("Posted on March 3, 2021 by Hannah Wexler\n\nThe keeper left.\n",
                                           encoding="utf-8")
    (tmp_path / "labelled.toml").write_text('author = "Anna Berg"\ndate = "2020-01-01"\n', encoding="utf-8")
    stated = {s.id: chunks_of(tmp_path, s.id)[1] for s in load_corpus(tmp_path)}
    post, news, thread = stated["post"].source, stated["news"].source, stated["thread"].source
    assert (post.title, post.author, post.date) == ("Why the keeper left", "Hannah Wexler", "2021-03-03")
    assert (news.title, news.author, news.date) == ("Lighthouse reopens as a museum", "Carlos Mendoza", "2022-06-12")
    assert thread.author == "harbour_reader"
    assert stated["reddit"].source.author == "quietvolga"
    # a handle over the time of a post below the text is the thread's poster, not the page's byline
    assert [(c.role, c.speaker) for c in stated["reddit"].chunks] == [("author", ""), ("reply", "tide_historian"),
                                                                      ("reply", "marina_k")]
    assert [c.text for c in stated["reddit"].chunks] == [
        "Why did the keeper leave?\nI have read that the lamp was automated in 1952, and also that the board forced him out.",
        "The board minutes settle it: they voted over his objection.",
        "His daughter said he wanted to stay on the island."]
    assert stated["note"].source.date == ""  # a comment's date is not the page's
    notes = stated["notes"]  # Markdown: heading marks and emphasis are not part of the title or the byline
    assert (notes.source.title, notes.source.author, notes.source.date) == ("Why the keeper left", "Anna Berg", "2021-03-03")
    assert [c.text for c in notes.chunks] == ["The keeper left the island in 1952."]
    platform = stated["platform"].source  # the headline over its standfirst; the name over "Follow"
    assert (platform.title, platform.author, platform.date) == ("The Keeper Was Not a Hero", "Anna Berg", "2021-03-03")
    assert not any("deleted" in c.text or "moderator" in c.text for c in stated["thread"].chunks)
    assert (stated["labelled"].source.author, stated["labelled"].source.date) == ("Anna Berg", "2020-01-01")


def test_newsletter_post_with_named_comments_and_a_footer():
    text = ("The keeper's last winter\nWhat the logbook tells us\nAnna Berg\nMar 3, 2024\nShare\n\n"
            "The keeper stayed through the winter of 1951, long after the board had voted to automate the lamp.\n\n"
            "Thanks for reading! Subscribe for free to receive new posts and support my work.\n\nType your email...\n"
            "Subscribe\n\n42 Likes\n·\n7 Restacks\n12 Comments\n\n"
            "Mark Jensen\nMar 4, 2024\nThe logbook was kept by his daughter, not by him.\nReply\nShare\n\n"
            "Sofia L.\nMar 5, 2024\nMy grandfather remembered the lamp failing twice that winter.\nReply\nShare\n\n"
            "© 2024 Anna Berg\nPrivacy ∙ Terms ∙ Collection notice\nStart Writing\nGet the app\nThe home for great writing\n")
    parsed = parse(text)
    assert voices(parsed)[-2:] == [("comment", "Mark Jensen", "The logbook was kept"),
                                   ("comment", "Sofia L.", "My grandfather remem")]
    kept = " ".join(u.text for u in parsed.units)
    for chrome in ("Thanks for reading", "Type your email", "Restacks", "Privacy", "Get the app", "great writing"):
        assert chrome not in kept


def test_forum_posts_under_member_profiles_with_originally_posted_by_quotes():
    profile = "Senior Member\nJoin Date: Mar 2012\nPosts: 1,204\n\n"
    text = ("Was the keeper a hero? - Coast Forum\n\n"
            "harbour_reader\n" + profile + "Was the keeper a hero or just stubborn? I cannot decide.\n\nReply With Quote\n\n"
            "TideHistorian\nMember\nJoin Date: Jan 2015\nPosts: 310\n\n"
            "Quote:\nOriginally Posted by harbour_reader\nWas the keeper a hero or just stubborn?\n"
            "Stubborn. The board minutes show he refused three orders.\n\nReply With Quote\n\n"
            "harbour_reader\n" + profile + "Thanks, I will read the minutes.\n\nReply With Quote\n")
    parsed = parse(text)
    assert voices(parsed)[-4:] == [("author", "harbour_reader", "Was the keeper a her"),
                                   ("quoted", "harbour_reader", "Was the keeper a her"),
                                   ("reply", "TideHistorian", "Stubborn. The board "),
                                   ("reply", "harbour_reader", "Thanks, I will read ")]
    assert {"Join Date: Mar 2012", "Posts: 1,204", "Senior Member"} <= {d.text for d in parsed.dropped}


def test_comments_with_action_rows_and_names_over_their_words():
    article = ("Why the keeper left\n\nThe keeper left the island in 1952 when the lamp was automated.\n\n"
               "He had kept the light for thirty years, through every storm of the century.\n\n"
               "The town still argues about whether he was pushed or went of his own accord.\n\n")
    disqus = parse(article + "12 Comments\n\nMark Jensen • 3 years ago\nI think the keeper was right.\nReply • Share ›\n\n"
                   "Sofia L. • 2 years ago\nMy grandfather said he wanted to retire.\nReply • Share ›\n")
    social = parse(article + "Comments\n\nMark Jensen\nI think the keeper was right.\nLike · Reply · 3y\n\n"
                   "Sofia Lind\nMy grandfather said he wanted to retire.\nLike · Reply · 2y\n")
    assert voices(disqus)[-2:] == [("comment", "Mark Jensen", "I think the keeper w"),
                                   ("comment", "Sofia L.", "My grandfather said ")]
    assert voices(social)[-2:] == [("comment", "Mark Jensen", "I think the keeper w"),
                                   ("comment", "Sofia Lind", "My grandfather said ")]
    video = parse(article + "1,204 Comments\n\n@harbourfan 3 years ago\nHe was pushed, my grandmother said so.\n\n"
                  "@tidewatcher 2 years ago (edited)\nStubborn old man, but a brave one.\n")
    assert voices(video)[-2:] == [("comment", "@harbourfan", "He was pushed, my gr"),
                                  ("comment", "@tidewatcher", "Stubborn old man, bu")]
    responses = parse(article + "Responses (2)\n\nMark Jensen\nMar 4, 2021\nI think the keeper was right.\n")
    assert voices(responses)[-1] == ("comment", "Mark Jensen", "I think the keeper w")


def test_question_and_answer_page_names_each_answer():
    text = ("Why did the keeper leave the island?\nAll related (12)\nSort\nRecommended\n\n"
            "Ingrid Holm\nLocal historian · Author has 40 answers · 2y\n\n"
            "The board automated the lamp in 1952 and his post was abolished.\n2.1K views ·\nView upvotes\n·\n"
            "Upvote\n·\n45\n3\nShare\n\n"
            "Related questions\nWho was the last keeper?\nWhen was the lamp automated?\n\n"
            "Per Dahl\nFormer harbour pilot · 3y\n\nHe left because his wife was ill; the lamp came later.\nUpvote\n·\n12\nShare\n")
    parsed = parse(text)
    assert voices(parsed) == [("author", "", "Why did the keeper l"),
                              ("reply", "Ingrid Holm", "The board automated "),
                              ("reply", "Per Dahl", "He left because his ")]


def test_encyclopedia_page_keeps_the_article_not_its_apparatus():
    text = ("Gull Point Light\nFrom Wikipedia, the free encyclopedia\nJump to navigation\nJump to search\n"
            "For other uses, see Gull Point (disambiguation).\n\n"
            "The Gull Point Light is a lighthouse on Grey Island, first lit in 1868.[1]\n\n"
            "Contents\n1 History\n2 Keepers\n\nHistory[edit]\n"
            "The lamp was automated in 1952, and the last keeper left the island that spring.[2]\n\n"
            "Keepers[edit]\nFive keepers served the light, the longest for thirty years.[3]\n\n"
            "References[edit]\n^ \"Gull Point Light\". Coast Register. Retrieved 3 May 2020.\n"
            "^ Holm, Ingrid (2009). The Island Lights. Harbour Press. ISBN 978-0-00-000000-0.\n\n"
            "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Gull_Point_Light&oldid=1\"\n"
            "Categories: Lighthouses\nThis page was last edited on 1 January 2024, at 10:00 (UTC).\n"
            "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.\n")
    parsed = parse(text)
    kept = " ".join(u.text for u in parsed.units)
    assert "first lit in 1868" in kept and "thirty years" in kept
    for chrome in ("free encyclopedia", "Jump to", "other uses", "1 History", "Coast Register", "ISBN",
                   "Retrieved from", "last edited", "Creative Commons"):
        assert chrome not in kept
    reasons = {d.reason for d in parsed.dropped}
    assert {"table of contents", "references section"} <= reasons
    # Both skip links on one line, and a hatnote that says what the article is about first.
    other = parse("Jump to navigation Jump to search\nGull Point Light\nFrom Wikipedia, the free encyclopedia\n"
                  "This article is about the lighthouse. For the village, see Gull Point.\n"
                  "\"Gull Light\" redirects here. For the song, see Gull Light (song).\n\n"
                  "The Gull Point Light is a lighthouse on Grey Island, first lit in 1868.\n\n"
                  "For the keepers' own account, see their logbooks, kept at the harbour museum.\n")
    assert [u.text for u in other.units] == [
        "Gull Point Light", "The Gull Point Light is a lighthouse on Grey Island, first lit in 1868.",
        "For the keepers' own account, see their logbooks, kept at the harbour museum."]


def test_a_menu_set_out_one_label_per_line_is_chrome():
    text = ("Skip to content\nThe Old Mole\nMenu\nHome\nAbout\nArchive\nContact\n"
            "Why the keeper left: a reckoning\nPosted on March 3, 2021 by Hannah Wexler\n"
            "The keeper left the island in 1952.\nThe keepers who served before him:\nJon Ek\nPer Dahl\nOla Berg\n")
    parsed = parse(text)
    assert [u.text for u in parsed.units] == ["Why the keeper left: a reckoning", "The keeper left the island in 1952.",
                                              "The keepers who served before him:", "Jon Ek", "Per Dahl", "Ola Berg"]
    assert [d.text for d in parsed.dropped if d.reason == "navigation menu"] == ["The Old Mole", "Home", "About",
                                                                                 "Archive", "Contact"]
    # A short title right under the menu is the page's, not one more label.
    short = parse("Home\nAbout\nContact\nThe Keeper's Legacy\nPosted on March 3, 2021 by Hannah Wexler\n"
                  "The keeper left the island in 1952, and the town still argues about why he went.\n")
    assert short.units[0].text == "The Keeper's Legacy"


def test_forum_software_posts_with_poster_lines_and_quotes():
    text = ("Board index » History » Islands\n\nThe keeper question\nPost by harbour_reader » Mon Mar 04, 2019 9:12 pm\n\n"
            "Did the old keeper leave because of the lamp?\n\nTop\n\n"
            "Re: The keeper question\nPost by tide_historian » Tue Mar 05, 2019 8:01 am\n\n"
            "harbour_reader wrote: ↑Mon Mar 04, 2019 9:12 pm\nDid the old keeper leave because of the lamp?\n\n"
            "No. The board minutes show his post was abolished in 1952.\n\nTop\n\n"
            "Display posts from previous: All posts\nJump to\nWho is online\n"
            "Users browsing this forum: No registered users and 2 guests\nPowered by phpBB® Forum Software © phpBB Limited\n")
    parsed = parse(text)
    assert [v for v in voices(parsed) if v[0] != "quoted"][1:] == [
        ("author", "harbour_reader", "Did the old keeper l"), ("reply", "tide_historian", "No. The board minute")]
    assert ("quoted", "harbour_reader", "Did the old keeper l") in voices(parsed)
    assert not any("Powered by" in u.text or "Who is online" in u.text for u in parsed.units)


def test_article_platform_page_without_its_reading_list_and_link_footer():
    text = ("Member-only story\n\nThe keeper's last winter\n\nAnna Berg\nFollow\n7 min read\n·\nJan 12, 2023\n--\n3\n"
            "Listen\nShare\n\nThe keeper stayed through the winter of 1951 after the board voted to automate the lamp.\n\n"
            "His daughter kept the logbook, and her entries show the lamp failing twice before the engineers came.\n\n"
            "In the spring the family left for the mainland, and the light has been unmanned ever since.\n\n"
            "More from Anna Berg\nThe Lamp That Failed Twice\n5 min read·Feb 2, 2023\n\n"
            "Recommended from Medium\nHelp\nStatus\nAbout\nCareers\nBlog\nPrivacy\nTerms\nText to speech\n")
    parsed = parse(text)
    assert {u.role for u in parsed.units} == {"author"}
    kept = " ".join(u.text for u in parsed.units)
    for chrome in ("Member-only", "min read", "Lamp That Failed", "Careers", "Text to speech"):
        assert chrome not in kept


def test_interview_turns_are_the_speakers_words_and_menus_are_chrome():
    text = ("The keeper's last winter: an interview\n\nHome | About | Episodes | Contact\n\n"
            "ANNA BERG: Welcome back. Today we talk about the keeper's last winter on the island.\n\n"
            "Per Dahl: Thanks for having me. He stayed until the lamp was automated in 1952.\n\n"
            "ANNA BERG: Some say he was forced out. Is that fair?\n\n"
            "Per Dahl: No. The board minutes show he asked to retire.\n"
            "He had told his daughter so the winter before.\n\n"
            "Share this: Twitter Facebook\n\n3 Comments\n\n"
            "Mark Jensen says:\nMarch 4, 2020 at 9:12 am\nMy grandfather said the keeper was pushed.\n")
    parsed = parse(text)
    assert voices(parsed) == [("author", "", "The keeper's last wi"),
                              ("quoted", "Anna Berg", "ANNA BERG: Welcome b"), ("quoted", "Per Dahl", "Per Dahl: Thanks for"),
                              ("quoted", "Anna Berg", "ANNA BERG: Some say "), ("quoted", "Per Dahl", "Per Dahl: No. The bo"),
                              ("quoted", "Per Dahl", "He had told his daug"),
                              ("comment", "Mark Jensen", "My grandfather said ")]
    dropped = {d.text: d.reason for d in parsed.dropped}
    assert dropped["Home | About | Episodes | Contact"] == "navigation crumbs"
    assert dropped["Share this: Twitter Facebook"] == "interface text"
    # One speaker's labelled lines are an article's headings, not an interview.
    article = parse("Trotsky: pawn of foreign powers.\n\nThe series shows him as a paid agent.\n\n"
                    "Trotsky: the lonely exile.\n\nHe lived in Mexico from 1937.\n")
    assert {u.role for u in article.units} == {"author"}


def test_question_and_answer_interview_gives_the_answers_to_the_interviewee():
    text = ("The keeper's daughter remembers\n\nWe spoke to Dr. Ingrid Holm about her father's last winter.\n\n"
            "Q: Why did he stay after the lamp was automated?\n\nA: He did not trust the machine.\n"
            "He checked it every night.\n\nQ: Did the board know?\n\nA: They knew and said nothing.\n")
    parsed = parse(text)
    # (the questions ask and say nothing: each answer is read with its question, see embeddings.build)
    assert voices(parsed)[2:] == [("quoted", "Ingrid Holm", "A: He did not trust "),
                                  ("quoted", "Ingrid Holm", "He checked it every "), ("quoted", "Ingrid Holm", "A: They knew and sai")]
    assert [d.text for d in parsed.dropped if d.reason == "interview question"] == [
        "Q: Why did he stay after the lamp was automated?", "Q: Did the board know?"]
    spelled = parse(text.replace("Q: ", "Question: ").replace("A: ", "Answer: "))
    assert [v[:2] for v in voices(spelled)[2:]] == [("quoted", "Ingrid Holm")] * 3
    # One question and one answer quoted in an article are not an interview, nor is a page of questions
    # the site answers itself.
    article = parse("The keeper's daughter remembers.\n\nQ: Why did he stay?\n\nA: He did not trust the machine.\n")
    faq = parse("Frequently asked questions\n\nQ: When was the lamp lit?\n\nA: In 1868.\n\n"
                "Q: Can I visit?\n\nA: Yes, in summer.\n")
    assert {u.role for u in article.units} == {u.role for u in faq.units} == {"author"}


def test_share_follow_and_subscribe_boxes_and_article_tools_are_chrome():
    chrome = ["Click to share on Twitter (Opens in new window)", "Rate this:", "Photo: Getty Images",
              "Read more: Why the keeper left", "Follow @gullpoint on Twitter", "Bookmark the permalink.",
              "This entry was posted in History and tagged keepers.", "Continue reading →", "Reblog",
              "Please enable JavaScript to view the comments powered by Disqus.", "Older posts",
              "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
              "Join 1,234 other subscribers", "Email Address:", "Get the day's top stories in your inbox.",
              "Supported by", "Share full article", "Skip advertisement", "Listen to this article · 8:12 min",
              "Image", "Credit...Getty Images", "Reuse this content"]
    text = "\n\n".join(["The keeper left the island in 1952."] + chrome +
                        ["Picture this: a man alone on a rock, writing in his log every night."]) + "\n"
    parsed = parse(text)
    assert [u.text for u in parsed.units] == ["The keeper left the island in 1952.",
                                              "Picture this: a man alone on a rock, writing in his log every night."]


def test_page_numbers_and_transcript_timestamps_are_not_text():
    text = ("Trotsky in Mexico: a lecture\n\n0:00\nWelcome to this lecture about the keeper's island.\n"
            "[1:02:45]\nHe arrived in 1937 on an oil tanker.\n\nPage 3 of 12\n\nHe left in 1952.\n- 4 -\n")
    parsed = parse(text)
    assert [u.text for u in parsed.units] == ["Trotsky in Mexico: a lecture", "Welcome to this lecture about the keeper's island.",
                                              "He arrived in 1937 on an oil tanker.", "He left in 1952."]
    assert {d.reason for d in parsed.dropped} == {"timestamp", "page number"}


def test_a_title_alone_is_left_out_but_a_label_with_its_value_is_text():
    from embeddings.chunking import chunk_units

    text = ("Kronstadt: the revolution against the party\n\n"
            "The sailors of the Baltic Fleet rose against the government in March 1921, and were crushed.\n\n"
            "Director: Anna Berg\n\n"
            "The film follows the last week of the rising, from the ultimatum to the assault across the ice.\n")
    chunks, _ = chunk_units("film", text, parse(text).units, max_words=20)
    assert [c.text for c in chunks] == [
        "The sailors of the Baltic Fleet rose against the government in March 1921, and were crushed.",
        "Director: Anna Berg",
        "The film follows the last week of the rising, from the ultimatum to the assault across the ice."]


def test_a_transcript_without_punctuation_is_cut_into_passages_the_model_reads_whole():
    from embeddings.chunking import chunk_units

    spoken = " ".join(f"so the keeper wrote to the board in march and asked to stay word{n}" for n in range(60))
    text = "The keeper's letters\n\n" + spoken + "\n"
    chunks, _ = chunk_units("captions", text, parse(text).units, max_words=150)
    assert len(chunks) > 1 and max(len(c.text.split()) for c in chunks) <= 150
    assert " ".join(" ".join(c.text.split()) for c in chunks) == "The keeper's letters " + spoken  # every word once, in order
    assert all(text[c.start:c.end] == c.text for c in chunks)
