"""Pages of the kinds a corpus collects from the web, written for these tests as their text reads
when copied from the browser: what is the document's, who says it, and what is the site's."""
from conftest import chunks_of

from embeddings import load_corpus
from embeddings.build import provisional_viewpoint
from embeddings.speakers import parse


def page(folder, name: str, text: str):
    """The chunks of a page saved as ``NAME.txt`` in ``folder``."""
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return chunks_of(folder, name)[1]


def still_in(parsed, *chrome: str) -> list[str]:
    """The pieces of ``chrome`` that some passage still holds."""
    kept = " ".join(c.text for c in parsed.chunks)
    return [c for c in chrome if c in kept]


def test_a_blogger_post_with_its_date_over_the_title_and_said_comments(tmp_path):
    (tmp_path / "post.txt").write_text(
        "Gull Point Notes\nNotes on the lights of the coast, from a reader of old logbooks\nSaturday, March 6, 2021\n"
        "Why the keeper left\nThe keeper left the island in 1952, when the lamp was automated.\n"
        "The board minutes say he asked to retire.\nPosted by Tom Reilly at 4:12 PM\nEmail This\nBlogThis!\n"
        "Share to Twitter\nLabels: history, keepers\n2 comments:\nAnonymous said...\nThe board forced him out.\n"
        "March 6, 2021 at 4:12 PM\nJane Marsh said...\nThe minutes were written by the board.\n"
        "March 7, 2021 at 1:00 AM\nPost a Comment\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n"
        "About Me\nTom Reilly\nView my complete profile\nBlog Archive\n► 2021 (12)\n", encoding="utf-8")
    (source,) = load_corpus(tmp_path)
    parsed = chunks_of(tmp_path, source.id)[1]
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Why the keeper left", "Tom Reilly",
                                                                               "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "Anonymous"), ("comment", "Jane Marsh")]
    assert not still_in(parsed, "Saturday", "Posted by", "BlogThis", "Labels", "said...", "Newer Post", "Atom", "About Me",
                   "profile", "2021 (12)")


def test_a_news_page_with_a_section_menu_a_credited_caption_and_a_name_over_the_date(tmp_path):
    parsed = page(tmp_path, "news",
        "Skip to main content\nPrint subscriptions\nSearch jobs\nThe Coast Times - Back to home\nNews\nOpinion\nSport\n"
        "Culture\nLifestyle\nReview\nThe keeper's last winter review – a lavish drama with its history warped\n"
        "The series, made for state television, is handsome but its keeper is a cartoon\n"
        "The keeper, played by Per Dahl. Photograph: Coast Films\nAnna Berg\nFri 8 Mar 2019 10.00 GMT\n"
        "Last modified on Fri 8 Mar 2019 12.01 GMT\nShare\n"
        "If you only know the keeper from school, the series will surprise you.\n"
        "Its keeper is a vain showman who drinks on duty and lets the lamp go out.\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == (
        "The keeper's last winter review – a lavish drama with its history warped", "Anna Berg", "2019-03-08")
    assert not still_in(parsed, "Print subscriptions", "Back to home", "Opinion", "Photograph", "Anna Berg", "GMT")
    assert still_in(parsed, "vain showman", "handsome") == ["vain showman", "handsome"]


def test_an_archived_text_with_its_author_over_its_title_and_its_provenance_notes(tmp_path):
    parsed = page(tmp_path, "archive",
        "Leon Trotsky\nStalinism and Bolshevism\n(August 1937)\nWritten: 29 August 1937.\n"
        "Source: Socialist Appeal, Vol.1 No.7, 25 September 1937.\n"
        "Transcription/HTML Markup: Einde O’Callaghan for the Trotsky Internet Archive.\n"
        "Public Domain: Leon Trotsky Internet Archive 2005. This work is completely free.\n"
        "Reactionary epochs like ours not only disintegrate and weaken the working class but also lower the "
        "general ideological level of the movement.\nTop of the page\nLast updated on: 9.9.2007\n"
        "Trotsky Internet Archive | Marxists Internet Archive\n")
    assert (parsed.source.title, parsed.source.author) == ("Stalinism and Bolshevism", "Leon Trotsky")
    kept = " ".join(c.text for c in parsed.chunks)
    assert "Reactionary epochs" in kept
    for chrome in ("Written:", "Socialist Appeal", "Transcription", "Public Domain", "Internet Archive"):
        assert chrome not in kept


def test_a_discourse_topic_a_video_page_and_a_paper(tmp_path):
    (tmp_path / "topic.txt").write_text(
        "Skip to main content\nCoast History Forum\nWhy did the keeper leave?\nHistory\nkeepers\nharbour_reader\n"
        "Mar 2021\nI have read that the lamp was automated in 1952, and also that the board forced him out.\n"
        "3 Replies\ntide_historian\nMar 2021\nThe board minutes show they voted over his objection.\n1 Like\n"
        "Related Topics\nTopic\tReplies\tViews\tActivity\nThe last winter\t4\t210\tApr 2021\n"
        "Powered by Discourse, best viewed with JavaScript enabled\n", encoding="utf-8")
    (tmp_path / "video.txt").write_text(
        "Skip navigation\nSearch\nSign in\nThe Keeper's Last Winter | Coast Stories\nCoast Stories\n245K subscribers\n"
        "Subscribe\n12K\nShare\nDownload\nClip\nSave\n512,344 views  3 years ago\n"
        "Why did the keeper leave the island? In this video we read his logbook.\nTranscript\n0:00\n"
        "In 1952 the board automated the lamp and the keeper packed his things.\n1,204 Comments\nSort by\n"
        "@historybuff88\n3 years ago\nMy grandfather knew him: he wanted to stay.\nReply\n", encoding="utf-8")
    (tmp_path / "paper.txt").write_text(
        "JOURNAL OF COAST HISTORY 14 (2019) 211–229\nThe Keeper Reconsidered\nHelen Marsh\nUniversity of Leeds\n"
        "Abstract\nThis article re-examines the last keeper's record between 1930 and 1952.\n"
        "Keywords: keepers, lighthouses, automation\n1. Introduction\n"
        "When the lamp was automated in 1952 the keeper asked to stay on.1\n"
        "JOURNAL OF COAST HISTORY 14 (2019) 211–229\nThe board refused, citing the cost of his post.2\n"
        "1 Holm, The Island Lights, 60.\n2 Ibid., 62.\nJOURNAL OF COAST HISTORY 14 (2019) 211–229\n"
        "Downloaded from Brill.com 03/06/2023 10:14:53AM via free access\n", encoding="utf-8")
    stated = {s.id: chunks_of(tmp_path, s.id)[1] for s in load_corpus(tmp_path)}
    topic, video, paper = stated["topic"], stated["video"], stated["paper"]
    assert (topic.source.title, topic.source.author, topic.source.date) == ("Why did the keeper leave?", "harbour_reader",
                                                                            "2021-03")
    assert [(c.role, c.speaker) for c in topic.chunks][-1] == ("comment", "tide_historian")
    assert (video.source.title, video.source.author) == ("The Keeper's Last Winter", "Coast Stories")
    assert [(c.role, c.speaker) for c in video.chunks][-1] == ("comment", "@historybuff88")
    assert (paper.source.title, paper.source.author) == ("The Keeper Reconsidered", "Helen Marsh")
    kept = " ".join(c.text for s in stated.values() for c in s.chunks)
    for chrome in ("Mar 2021", "1 Like", "Activity", "Powered by", "subscribers", "Download", "views", "Transcript",
                   "Sort by", "University of Leeds", "Keywords", "JOURNAL", "Holm, The Island", "Ibid", "Downloaded"):
        assert chrome not in kept
    assert "voted over his objection" in kept and "citing the cost" in kept and "packed his things" in kept


def test_a_question_and_answer_site_that_signs_each_post_under_it(tmp_path):
    signature = "Share\nImprove this answer\nFollow\n"
    parsed = page(tmp_path, "question",
        "Skip to main content\nStack Exchange Network\nHistory Stack Exchange\nWhy did the keeper really leave?\n"
        "Asked 5 years ago\nModified 3 years ago\nViewed 12k times\n14\n"
        "Some say the lamp was automated, some that the board forced him out. What does the evidence say?\n"
        "lighthouses\nmaritime-history\nShare\nImprove this question\nFollow\nasked Mar 2, 2021 at 10:00\n"
        "harbour_reader\n1,234\n5\nAdd a comment\n2 Answers\nSorted by:\nHighest score (default)\n23\n"
        "The board minutes show they voted over his objection.\nHe wrote so in his last logbook.\n" + signature +
        "edited Mar 4, 2021 at 8:00\nSomeone Else\n3,001\nanswered Mar 3, 2021 at 9:14\nIngrid Holm\n52.1k\n5\n"
        "Add a comment\n4\nThe lamp was automated first; the board only followed.\n" + signature +
        "answered Mar 5, 2021 at 11:02\nPer Dahl\n57.5k\nAdd a comment\n"
        "You must log in to answer this question.\nHot Network Questions\nWhy did the Roman Empire split?\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Why did the keeper really leave?", "harbour_reader", "2021-03-02")
    # The question's title is shown with the source, not as a passage of it.
    assert [(c.role, c.speaker, c.text[:20]) for c in parsed.chunks] == [
        ("author", "", "Some say the lamp wa"), ("reply", "Ingrid Holm", "The board minutes sh"),
        ("reply", "Per Dahl", "The lamp was automat")]
    dropped = " ".join(d.text for d in parsed.dropped)
    for chrome in ("Viewed 12k times", "maritime-history", "Improve this answer", "Someone Else", "2 Answers",
                   "Highest score", "Roman Empire"):
        assert chrome in dropped


def test_a_microblog_thread_gives_the_other_writers_posts_as_replies(tmp_path):
    parsed = page(tmp_path, "thread",
        "Post\nSee new posts\nConversation\nDr. Ingrid Holm\n@ingridholm\n"
        "1/ A thread on the keeper's last winter and why the new series gets it wrong.\n"
        "The board minutes show he asked to stay. The series has him walk out.\n2:14 PM · Mar 8, 2019\n·\n45.2K\n"
        "Views\n312\nReposts\n1,204\nLikes\nDr. Ingrid Holm\n@ingridholm\n·\nMar 8, 2019\n"
        "2/ He stayed until the lamp was automated.\nPer Dahl\n@perdahl\n·\nMar 8, 2019\nReplying to @ingridholm\n"
        "My grandfather knew him: he wanted to stay.\n12\n3\n")
    assert (parsed.source.author, parsed.source.date) == ("Dr. Ingrid Holm", "2019-03-08")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("author", ""), ("reply", "Per Dahl")]
    assert not still_in(parsed, "@", "Views", "Reposts", "Replying", "PM", "See new posts")


def test_a_forum_thread_with_numbered_posts_under_their_posters(tmp_path):
    parsed = page(tmp_path, "thread",
        "Forums\nHistory\nCoast History\nWhy did the keeper leave?\nThread starter RedKestrel Start date Mar 3, 2021\n"
        "RedKestrel\nActive member\nMar 3, 2021\n#1\nDid the board force him out, or did he ask to go?\n"
        "Reactions: Ivan_K and Olga P.\nIvan_K\nWell-known member\nMar 3, 2021\n#2\nRedKestrel said:\n"
        "Did the board force him out, or did he ask to go?\nClick to expand...\n"
        "The board minutes show they voted over his objection.\nLast edited: Mar 4, 2021\nLike\nReply\nReport\n"
        "Olga P.\nMember\nMar 4, 2021\n#3\nHe asked to stay; his logbook says so.\n"
        "You must log in or register to reply here.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Why did the keeper leave?", "RedKestrel",
                                                                               "2021-03-03")
    assert [(c.role, c.speaker, c.text[:12]) for c in parsed.chunks][-3:] == [
        ("author", "RedKestrel", "Did the boar"), ("reply", "Ivan_K", "The board mi"), ("reply", "Olga P.", "He asked to ")]
    assert not still_in(parsed, "#2", "Reactions", "member", "Click to expand", "Last edited", "log in")


def test_a_list_of_short_lines_inside_the_text_is_not_a_menu():
    text = ("Home\nAbout\nContact\nThe keeper's other interests\n"
            "Besides the lamp, the keeper wrote about everything he loved on the island and in town.\n"
            "Music\nFilm\nBooks\nTheatre\n"
            "He wrote about each of them in the margins of the logbook, every night for thirty years.\n")
    parsed = parse(text)
    assert [d.text for d in parsed.dropped] == ["Home", "About", "Contact"]
    assert "Music" in [u.text for u in parsed.units]


def test_a_numbered_list_in_an_article_is_not_a_thread():
    text = ("Five myths about the keeper\n\nThe first myth\n#1\nThat he left of his own will. The minutes say otherwise.\n\n"
            "The second myth\n#2\nThat the lamp failed. It never failed in thirty years on the rock.\n")
    assert {u.role for u in parse(text).units} == {"author"}


def test_posts_quoted_in_an_article_do_not_make_it_a_thread():
    text = ("Why the keeper left\nThe board's decision of 1952 still divides the town, and the museum says so.\n"
            "Gull Point Museum\n@gullpointmuseum\nThe lamp was automated in 1952.\n"
            "Per Dahl\n@perdahl\nHe asked to stay, and they refused him.\n"
            "The museum's own archive holds the minutes of the meeting where the board decided.\n")
    assert {u.role for u in parse(text).units} == {"author"}


def test_an_encyclopedia_page_about_a_person_with_its_box_of_details(tmp_path):
    parsed = page(tmp_path, "person",
        "Jump to content\nMain menu\nSearch\nCreate account\nLog in\nIngrid Holm\nArticle Talk\nRead Edit View history\n"
        "From Wikipedia, the free encyclopedia\nIngrid Holm\nKeeper of the Gull Point Light\nIn office\n"
        "1930 – 1952\nPersonal details\nBorn\tIngrid Marta Holm\n7 November 1899\nGrey Island\n"
        "Ingrid Holm (7 November 1899 – 21 August 1980) was the last keeper of the Gull Point Light, from 1930 "
        "until the lamp was automated in 1952.\n")
    # Her name is the title; the date she was born is not the page's, nor is the box's "Born" line a byline.
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Ingrid Holm", "", "")
    assert not still_in(parsed, "Create account", "Article Talk", "View history")


def test_a_newsletter_byline_under_its_standfirst_and_comments_dated_this_year(tmp_path):
    parsed = page(tmp_path, "letter",
        "Gull Point Notes\nSubscribe\nSign in\nWhy the Keeper Left\n"
        "He had every reason to stay in 1952. He still left, and the board's minutes say why.\n"
        "Anna Berg\nMar 3, 2024\n12\nShare\n"
        "In 1952 the keeper had the loyalty of the whole town and the trust of the board.\n"
        "Discussion about this post\nComments\nRestacks\nMark Dunn\nMar 4\n"
        "He was ill for most of that winter. That matters more than people admit.\nReply\nShare\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Why the Keeper Left", "Anna Berg",
                                                                               "2024-03-03")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("comment", "Mark Dunn")
    assert not any(w in c.text for c in parsed.chunks for w in ("Restacks", "Mar 4", "Discussion"))


def test_an_article_platform_story_with_its_byline_tags_author_box_and_responses(tmp_path):
    parsed = page(tmp_path, "story",
        "Open in app\nSign up\nSign in\nWrite\nMember-only story\nWhy the Keeper Left\n"
        "The forgotten dispute of 1952 on Gull Point\nAnna Berg\nAnna Berg\nFollow\nPublished in\nCoastal Histories\n"
        "·\n7 min read\n·\nMar 14, 2022\n312\n4\nListen\nShare\n"
        "In 1952 the board automated the lamp and the keeper left the island after thirty years.\n"
        "The board's minutes, opened in 2004, show that he asked to stay and was refused.\n"
        "Lighthouses\nHistory\nLabour History\n312\n4\nWritten by Anna Berg\n1.2K Followers\n"
        "·Writer for Coastal Histories\nHistorian of the coast. Writing about work, weather and the sea.\nFollow\n"
        "Responses (2)\nWhat are your thoughts?\nRespond\nMark Dunn\nMar 15, 2022\n"
        "My grandfather served under him and always said he was pushed out.\n12\n1 reply\nReply\n"
        "See all responses\nRecommended from Medium\nHelp\nStatus\nAbout\nCareers\nPress\nBlog\nPrivacy\nTerms\n"
        "Text to speech\nTeams\n")
    # the publication under "Published in" is not the title, nor the name above "Follow" a passage
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Why the Keeper Left", "Anna Berg",
                                                                               "2022-03-14")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("comment", "Mark Dunn")
    assert not still_in(parsed, "Open in app", "Write", "Coastal Histories", "Anna Berg", "Labour History", "Followers",
                   "What are your thoughts", "Respond", "1 reply", "See all responses", "Historian of the coast", "Teams")


def test_a_link_aggregator_thread_names_each_commenter_from_their_header_line(tmp_path):
    parsed = page(tmp_path, "thread",
        "Hacker News new | past | comments | ask | show | jobs | submit\tlogin\n"
        "The keeper who refused to leave Gull Point (coastalhistories.org)\n"
        "214 points by tidewater 9 hours ago | hide | past | favorite | 63 comments\n\n"
        "gullrock 8 hours ago | next [–]\n\nThe board's minutes were sealed until 2004.\n\nreply\n\n"
        "  fogsignal 7 hours ago | parent | next [–]\n\n  Not quite: his letters were public in 1958.\n\n  reply\n\n"
        "Guidelines | FAQ | Lists | API | Security | Legal | Contact\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper who refused to leave Gull Point", "tidewater")
    assert [(c.role, c.speaker, c.text[:8]) for c in parsed.chunks] == [
        ("reply", "gullrock", "The boar"), ("reply", "fogsignal", "Not quit")]


def test_a_shop_page_gives_each_customer_review_to_its_reviewer(tmp_path):
    parsed = page(tmp_path, "book",
        "Skip to main content\n.us\nDelivering to New York 10001\nUpdate location\nBooks\nEN\nHello, sign in\n"
        "Account & Lists\nReturns\n& Orders\nCart\nAll\nToday's Deals\nCustomer Service\nGift Cards\nSell\n"
        "The Keeper's Last Winter: Gull Point, 1952 Paperback – June 1, 2019\nby Ingrid Holm (Author)\n"
        "4.3 4.3 out of 5 stars 57 ratings\nSee all formats and editions\n"
        "A history of the last keeper of Gull Point, drawing on the board's minutes opened in 2004.\n"
        "Top reviews from the United States\nPeter K.\n5.0 out of 5 stars A careful, humane history\n"
        "Reviewed in the United States on August 2, 2019\nVerified Purchase\n"
        "Holm shows that the board knew he wanted to stay.\n23 people found this helpful\nHelpful\nReport\n"
        "Linda M.\n2.0 out of 5 stars One-sided\nReviewed in the United States on October 11, 2020\n"
        "The author never gives the board's side.\nHelpful\nReport\n")
    assert parsed.source.author == "Ingrid Holm"
    assert parsed.source.title.startswith("The Keeper's Last Winter")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Peter K."),
                                                          ("comment", "Linda M.")]
    assert not still_in(parsed, "Delivering", "Cart", "out of 5 stars", "Reviewed in", "Verified Purchase", "found this helpful")


def test_a_list_of_short_lines_after_a_paragraph_and_before_more_text_is_the_texts():
    text = ("The keeper kept a list of the ships he saw pass the point that winter.\n"
            "Astra\nBorealis\nCormorant\n"
            "Each of them is in the board's register too, with the same dates.\n")
    assert [u.text for u in parse(text).units][1:4] == ["Astra", "Borealis", "Cormorant"]
    # nor are the lines that sign a letter at the end of the page
    letter = "I have asked the board to let me stay at the light, and I ask it again now.\nIngrid Holm\nGull Point\nNorway\n"
    assert [u.text for u in parse(letter).units][1:] == ["Ingrid Holm", "Gull Point", "Norway"]


def test_a_talk_page_gives_each_signed_comment_to_its_signer(tmp_path):
    (tmp_path / "talk.txt").write_text(
        "Talk:Gull Point Light\nJump to navigation Jump to search\n"
        "This article is within the scope of WikiProject Lighthouses, a collaborative effort to improve the coverage "
        "of lighthouses on Wikipedia.\nB\tThis article has been rated as B-class on Wikipedia's content assessment scale.\n"
        "Was the keeper dismissed?[edit]\nThe article says the keeper left of his own will in 1952. The minutes say "
        "he was dismissed. Tidewater (talk) 14:02, 3 March 2021 (UTC)\n"
        "The minutes say the board ended the post. Gullrock (talk) 09:15, 4 March 2021 (UTC)\n"
        "Both readings are in the sources; cite both. — Preceding unsigned comment added by 81.2.69.142 (talk) "
        "11:40, 5 March 2021 (UTC)\n", encoding="utf-8")
    source, parsed = chunks_of(tmp_path, "talk")
    assert parsed.source.title == "Talk:Gull Point Light"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("reply", "Tidewater"), ("reply", "Gullrock"),
                                                          ("reply", "81.2.69.142")]
    # each comment's span stops before its signature, which is left out
    assert parsed.chunks[1].text == "The minutes say the board ended the post."
    # with no words of its own, an unlabelled page opens with its first poster's
    assert provisional_viewpoint(parsed.chunks).startswith("not labelled; it opens with Tidewater: “The article says")
    assert all(source.text[c.start:c.end] == c.text for c in parsed.chunks)
    assert not still_in(parsed, "(talk)", "UTC", "WikiProject", "B-class", "Preceding unsigned")


def test_an_old_style_subreddit_page_names_the_poster_and_each_commenter(tmp_path):
    parsed = page(tmp_path, "thread",
        "jump to content\nmy subreddits\nedit subreddits\npopular-all-random-users | AskHistorians-history-worldnews\n"
        "r/AskHistorians\ncomments\nWant to join? Log in or sign up in seconds.|\nEnglish\n"
        "Why did the Gull Point keeper leave in 1952? (self.AskHistorians)\nsubmitted 3 years ago by harbour_reader\n"
        "I have read two accounts that contradict each other. What do the sources say?\n18 comments\nshare\nsave\n"
        "hide\nreport\nsorted by: best\n[–]tidewater_historian 143 points 3 years ago\n"
        "The board's minutes record a vote to end the post.\npermalink\nembed\nsave\nreport\nreply\n"
        "[–]gullrock 12 points 3 years ago\nThe minutes also record that he had asked for a transfer.\npermalink\n"
        "embed\nsave\nparent\nreport\nreply\nabout\nblog\nabout\nadvertising\ncareers\n")
    assert (parsed.source.title, parsed.source.author) == ("Why did the Gull Point keeper leave in 1952?",
                                                           "harbour_reader")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("reply", "tidewater_historian"),
                                                          ("reply", "gullrock")]
    assert not still_in(parsed, "subreddits", "points", "embed", "sorted by", "English", "advertising")


def test_a_book_site_names_each_review_from_the_reviewer_over_their_profile(tmp_path):
    parsed = page(tmp_path, "book",
        "Home\nMy Books\nBrowse ▾\nCommunity ▾\nSearch books\nThe Keeper's Last Winter\nby Ingrid Holm\n3.87\n"
        " ·  212 ratings  ·  41 reviews\nA history of the last keeper of Gull Point, drawing on the board's minutes.\n"
        "Want to Read\nRate this book\nCommunity Reviews\nShowing 1-10\nPeter Karlsson\nAuthor 2 books34 followers\n"
        "March 3, 2020\nA careful and humane history that lets the keeper's letters speak.\n34 likes\nLike\nComment\n"
        "Linda Moss\n127 reviews\nOctober 11, 2020\nOne-sided: the board's reasons are never given a hearing.\n")
    assert (parsed.source.title, parsed.source.author) == ("The Keeper's Last Winter", "Ingrid Holm")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Peter Karlsson"),
                                                          ("comment", "Linda Moss")]
    assert not still_in(parsed, "ratings", "Want to Read", "Showing", "followers", "127 reviews", "likes")


def test_a_broadcasters_article_with_its_caption_and_a_described_speaker(tmp_path):
    parsed = page(tmp_path, "news",
        "Skip to content\nHome\nNews\nSport\nWeather\nMenu\nThe keeper who would not leave\nBy Jane Porter\n"
        "Coast News, Gull Point\nPublished\n7 May 2015\nShare\nclose panel\nShare page\nCopy link\nAbout sharing\n"
        "Image source, Getty Images\nImage caption,\nThe lamp room at Gull Point in 1950\n"
        "Seventy years ago the board automated the lamp and the last keeper left the island.\n"
        "\"My grandmother watched him carry his things down to the boat,\" says local historian Mary Walsh.\n"
        "Related Topics\nLighthouses\nMore on this story\nThe lamp room\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("The keeper who would not leave",
                                                                               "Jane Porter", "2015-05-07")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("quoted", "Mary Walsh")]
    assert not still_in(parsed, "close panel", "Image caption", "lamp room at Gull Point in 1950", "Related")


def test_reference_sites_bylines_checkers_revision_notes_and_citation_blocks(tmp_path):
    entry = page(tmp_path, "entry",
        "Search Britannica\nClick here to search\nLogin\nSubscribe\nHome\nGull Point Light\nlighthouse, Norway\n"
        "Print\nCite\nShare\nFeedback\nWritten by\nEleanor Marsh\nEleanor Marsh is a historian of lighthouses.\n"
        "Fact-checked by\nThe Editors of the Encyclopedia\nLast Updated: Apr 29, 2024 • Article History\n"
        "Table of Contents\nGull Point Light, lighthouse on the northern coast, automated in 1952 after its last keeper "
        "left.\nThis article was most recently revised and updated by Adam Zeidan.\n")
    assert (entry.source.title, entry.source.author) == ("Gull Point Light", "Eleanor Marsh")
    assert not still_in(entry, "Britannica", "Cite", "Feedback", "Written by", "historian of lighthouses",
                        "Fact-checked", "Editors", "Table of Contents", "revised and updated")
    text = ("The lighthouse at Gull Point was automated in 1952, and its last keeper left the island that winter. "
            "The board said he had retired; the minutes opened in 2004 say he asked to stay. ")
    topic = page(tmp_path, "topic",
        "Stream Now\nGull Point Light\nBy: Coast History Editors\nUpdated: May 7, 2024 | Original: November 9, 2009\n"
        "copy page link\nPrint Page\n" + text * 3 + "\nCitation Information\nArticle Title\nGull Point Light\n"
        "Author\nCoast History Editors\nWebsite Name\nCoast History\nURL\nhttps://coasthistory.example/gull-point\n"
        "Access Date\nJune 1, 2024\nPublisher\nCoast Networks\nLast Updated\nMay 7, 2024\n")
    assert (topic.source.author, topic.source.date) == ("Coast History Editors", "2009-11-09")
    # a one-word title right over the byline, named in the text's first sentence
    named = page(tmp_path, "named", "Stream Now\nSchedule\nThis Day In History\nKronstadt\nBy: Coast History Editors\n"
                 "In March 1921 the sailors of Kronstadt rose against the government they had helped to power.\n")
    assert named.source.title == "Kronstadt"
    assert not still_in(topic, "Citation", "Website Name", "Access Date", "Publisher", "copy page link")


def test_a_reference_list_under_a_longer_header_is_end_matter():
    text = ("The keeper asked to stay, and the board refused him without discussion, as its minutes show.\n" * 6
            + "English Language References:\nHolm, The Keeper's Last Winter, Coast Press, (2019)\n")
    assert [d.reason for d in parse(text).dropped] == ["references section", "references section"]


def test_a_journal_archives_article_without_its_cover_page_running_heads_and_notes(tmp_path):
    body = ["The board's minutes, opened in 2004, suggest that the last keeper was removed over his objections.",
            "In the winter of 1951 he petitioned the board to remain as a caretaker, and was refused.1",
            "The annual reports were written for the ministry and spoke of retirement, not of refusal.2",
            "The contrast between the reports and the minutes is the subject of this article."]
    stamp = ("This content downloaded from 128.59.222.107 on Thu, 12 Mar 2020 18:45:23 UTC\n"
             "All use subject to https://about.jstor.org/terms\n")
    parsed = page(tmp_path, "paper",
        "Keepers and the Board: The Automation of Gull Point\nAuthor(s): Helen Marsh\n"
        "Source: Coastal History Review, Vol. 12, No. 3 (Autumn 1998), pp. 245-262\n"
        "Published by: Coastal History Society\n"
        "Stable URL: https://www.jstor.org/stable/123456\nAccessed: 12-03-2020 18:45 UTC\n"
        "JSTOR is a not-for-profit service that helps scholars discover, use, and build upon a wide range of content.\n"
        f"COASTAL HISTORY REVIEW 245\n{body[0]}\n{stamp}246 HELEN MARSH\n{body[1]}\n{stamp}"
        f"COASTAL HISTORY REVIEW 247\n{body[2]}\n{stamp}248 HELEN MARSH\n{body[3]}\n{stamp}"
        "1 Board minutes, 14 December 1951.\n2 Annual Report of the Lighthouse Board, 1952, 4.\n")
    assert (parsed.source.title, parsed.source.author) == ("Keepers and the Board: The Automation of Gull Point",
                                                           "Helen Marsh")
    assert not still_in(parsed, "JSTOR", "Stable URL", "Accessed", "REVIEW", "HELEN MARSH", "content downloaded",
                        "Board minutes,", "Annual Report")
    # Headings numbered alike in the text's own words ("Part 1", "Part 2") are not running heads.
    parts = parse("Part 1\nThe keeper stayed.\nPart 2\nThe keeper left.\n").units
    assert [u.text for u in parts][::2] == ["Part 1", "Part 2"]


def test_transcripts_with_the_time_stamped_before_or_after_each_speakers_name(tmp_path):
    turns = [("Doug Storm", "Welcome back. Today I'm talking with the historian Helen Marsh."),
             ("Helen Marsh", "Thanks for having me. The minutes tell a different story."),
             ("Doug Storm", "What do the minutes say?"), ("Helen Marsh", "That he asked to stay and was refused.")]
    stamped = page(tmp_path, "stamped", "Gull Point: the last keeper (transcript)\n" + "".join(
        f"[00:0{n}:05] {name}: {words}\n" for n, (name, words) in enumerate(turns)))
    below = page(tmp_path, "below", "Episode 12 transcript\nCoast History Podcast\n" + "".join(
        f"{name} (00:0{n}:05):\n{words}\n" for n, (name, words) in enumerate(turns)))
    for parsed in (stamped, below):
        assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", name) for name, _ in turns]
    assert stamped.source.title == "Gull Point: the last keeper (transcript)"
    assert not still_in(below, "(00:0")
    assert provisional_viewpoint(below.chunks).startswith("not labelled; it opens with Doug Storm: “Today I'm talking")
    assert below.chunks[1].context == "Helen Marsh said:"  # a time stamp is not who she is


def test_a_mailing_list_archive_gives_each_message_to_its_sender(tmp_path):
    parsed = page(tmp_path, "list",
        "H-Net Discussion Networks\nRe: The Gull Point keeper\nHelen Marsh <hmarsh@coast.example.edu>\n"
        "Mon, 3 Mar 2021 09:14:22 -0500\nDear colleagues,\n"
        "The board's minutes, opened in 2004, show that the keeper asked to stay and was refused.\n"
        "Helen Marsh\nUniversity of the Northern Coast\n"
        "Previous message: The Gull Point keeper\nMessages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n"
        "From: pdahl at fjord.example.no (Per Dahl)\nDate: Tue, 4 Mar 2021 11:02:10 +0100\nSubject: Re: The Gull Point keeper\n"
        "> The board's minutes, opened in 2004, show that the keeper asked to stay and was refused.\n"
        "The minutes record a vote, not the keeper's wishes. His letters say he was tired of the winters.\n"
        "Per Dahl\nFjord Museum\n"
        "From: Olga Berg <olga@coast.example.org>\nSent: Wednesday, March 5, 2021 8:30 AM\nTo: coast-history list\n"
        "Subject: RE: The Gull Point keeper\nHis letters were written after the refusal.\n"
        "On Tue, 4 Mar 2021, Anna Berg wrote:\n> The register gives 1953 for his last entry.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("The Gull Point keeper", "Helen Marsh",
                                                                               "2021-03-03")
    assert [(c.role, c.speaker, c.text[:12]) for c in parsed.chunks] == [
        ("author", "", "Dear colleag"), ("reply", "Per Dahl", "The minutes "), ("reply", "Olga Berg", "His letters "),
        ("quoted", "Anna Berg", "> The regist")]
    assert not still_in(parsed, "@", "Date:", "Subject", "Sent:", "Previous message", "Fjord Museum", "University")
    # the quoted line is Helen Marsh's, already shown in her message
    assert sum("asked to stay" in c.text for c in parsed.chunks) == 1


def test_a_question_and_answer_site_page_titled_by_its_question_under_the_sites_menu(tmp_path):
    parsed = page(tmp_path, "answers",
        "Skip to content\nHome\nFollowing\nAnswer\nSpaces\nNotifications\nSearch Quora\nAdd question\n"
        "Why did the keeper leave Gull Point?\nAll related (12)\nSort\nRecommended\nProfile photo for Anna Berg\n"
        "Anna Berg\n· Follow\nHistorian of the coast · Author has 40 answers and 52K answer views · 3y\n"
        "The board's minutes show that he asked to stay and was refused.\nUpvote · 1.1K\nShare\n"
        "Profile photo for Mark Dunn\nMark Dunn\n· Follow\nRetired teacher · 1y\n"
        "My grandfather always said the keeper was ill that winter.\nUpvote · 38\nShare\nRelated questions\n"
        "Who built Gull Point Light?\nAbout · Careers · Privacy · Terms · Contact · © Quora, Inc. 2025\n")
    assert parsed.source.title == "Why did the keeper leave Gull Point?"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("reply", "Anna Berg"), ("reply", "Mark Dunn")]
    assert not still_in(parsed, "Add question", "Profile photo", "Upvote", "Careers", "Spaces")


def test_a_newspaper_review_whose_commenters_go_by_one_word_handles(tmp_path):
    parsed = page(tmp_path, "review",
        "Film\nMusic\nBooks\nThe Keeper review – a quiet film about a loud dispute\nBy Anna Berg\n"
        "Fri 7 Oct 2022 06.00 BST\nThe film gives the keeper his due and the board none.\n"
        "Its last scene, on the empty gallery, is the best thing in it.\nComments (2)\n"
        "Sign in or create your Chronicle account to join the discussion.\nLoading comments… Trouble loading?\n"
        "gullrock\n7 Oct 2022 8.14\nThe board deserved this.\nReply\nReport\n14\n"
        "TideTable1952\n7 Oct 2022 9.02\nThe minutes say otherwise.\nReply\nReport\n3\nMost popular\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "gullrock"), ("comment", "TideTable1952")]
    assert not still_in(parsed, "Sign in", "Loading", "gullrock", "Most popular")


def test_a_newsletter_under_its_publications_name_and_subscribe_button(tmp_path):
    parsed = page(tmp_path, "post",
        "Coastal Histories\nSubscribe\nSign in\nShare this post\nCoastal Histories\nWhy the Keeper Left\nCopy link\n"
        "Why the Keeper Left\nThe board's minutes and what they leave out\nAnna Berg\nNov 12, 2023\n48\nShare\n"
        "In 1952 the board automated the lamp and the keeper left the island after thirty years.\n"
        "Discussion about this post\nComments\nRestacks\nWrite a comment...\nMark Dunn\nNov 13, 2023\n"
        "He was ill that winter.\nReply\nShare\n1 reply by Anna Berg\nAnna Berg\nNov 14, 2023\n"
        "The minutes do not say so.\nReply\nShare\n")
    # the publication's name over "Subscribe" is not a byline: the post's own title is the one over the standfirst
    assert (parsed.source.title, parsed.source.author) == ("Why the Keeper Left", "Anna Berg")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "Mark Dunn"), ("comment", "Anna Berg")]
    assert not still_in(parsed, "Write a comment", "1 reply")


def test_an_encyclopedia_articles_lead_picture_named_by_its_maker_is_a_caption(tmp_path):
    parsed = page(tmp_path, "light",
        "Gull Point Light\nFrom Wikipedia, the free encyclopedia\nGull Point Light, painting by Marta Lind, 1931\n"
        "Gull Point Light is a lighthouse on Grey Island, lit in 1871 and automated in 1952.\n")
    assert not still_in(parsed, "Marta Lind")


def test_a_byline_with_its_date_and_section_between_middle_dots(tmp_path):
    parsed = page(tmp_path, "society",
        "Home\nAbout\nJoin\nWhy the Keeper Left\nBy Anna Berg · 14 June 2023 · Research\n"
        "In 1952 the board automated the lamp and the keeper left the island after thirty years.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Why the Keeper Left", "Anna Berg",
                                                                               "2023-06-14")
    assert not still_in(parsed, "By Anna", "Research", "Why the Keeper Left")


def test_a_new_style_subreddit_page_sets_the_posts_time_over_its_poster(tmp_path):
    parsed = page(tmp_path, "thread",
        "Skip to main content\nr/AskHistorians\nSearch in r/AskHistorians\nLog In\nr/AskHistorians\n•\n3 yr. ago\n"
        "harbour_reader\nWhy did the Gull Point keeper leave in 1952?\n"
        "I have read two accounts that contradict each other. What do the sources say?\n"
        "Archived post. New comments cannot be posted and votes cannot be cast.\nUpvote\n87\nDownvote\n12\n"
        "Go to comments\nShare\nSort by:\nBest\nSearch Comments\nExpand comment search\nComments Section\n"
        "tidewater_historian\n•\n3y ago\nThe board's minutes, opened in 2004, show that he asked to stay.\n"
        "Upvote\n143\nDownvote\nReply\nShare\ngullrock\n•\n3y ago\nMy grandfather always said he was pushed out.\n"
        "Upvote\n21\nDownvote\nReply\nShare\n")
    assert (parsed.source.title, parsed.source.author) == ("Why did the Gull Point keeper leave in 1952?",
                                                           "harbour_reader")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "harbour_reader"), ("reply", "tidewater_historian"),
                                                          ("reply", "gullrock")]
    assert not still_in(parsed, "Search in", "Archived post", "Go to comments", "Best", "Comments Section", "harbour_reader")


def test_a_social_network_groups_post_names_its_poster_and_each_commenter_over_their_badges(tmp_path):
    parsed = page(tmp_path, "post",
        "Facebook\nSearch Facebook\nHome\nVideo\nMarketplace\nGroups\nGaming\nCoast History\n"
        "Private group · 12K members\nJoin group\nAbout\nDiscussion\nFeatured\nMembers\nEvents\nMedia\nFiles\n"
        "Anna Berg\n ·\nTop contributor\n ·\nMarch 3, 2021\n ·\nShared with Members of Coast History\n"
        "Seventy years ago this winter the board automated the lamp and my grandfather left Gull Point.\n"
        "All reactions:\n312\nMark Dunn, Olga P. and 310 others\n48 comments\n12 shares\nLike\nComment\nShare\n"
        "Most relevant\nMark Dunn\nMy uncle served under him: he always said the keeper was pushed out.\n5y\nLike\nReply\n"
        "Edited\nOlga P.\nTop fan\nThe minutes say he asked to stay and was refused.\n5y\nLike\nReply\n"
        "View all 3 replies\nAnna Berg\nAuthor\nOlga P. That is what his letters say too.\n5y\nLike\nReply\n"
        "View more comments\nWrite a public comment…\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Coast History", "Anna Berg", "2021-03-03")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Mark Dunn"), ("comment", "Olga P."), ("comment", "Anna Berg")]
    assert not still_in(parsed, "Marketplace", "Private group", "Top contributor", "Shared with", "All reactions",
                        "Most relevant", "Edited", "Top fan", "View all", "5y", "Author", "public comment")


def test_a_federated_microblog_thread_under_handles_that_name_their_server(tmp_path):
    post = "Reply\nBoost\nFavourite\nBookmark\nMore\n"
    parsed = page(tmp_path, "thread",
        "Mastodon\nhistorians.social is one of the many independent Mastodon servers you can use to participate in "
        "the fediverse.\nExplore\nLive feeds\nLog in\nCreate account\n"
        "Dr. Ingrid Holm\n@iholm@historians.social\nMar 08, 2024, 14:02\n"
        "1/ Seventy years ago the keeper of Gull Point left his light. The series gets it wrong.\n4\n12\n" + post +
        "Dr. Ingrid Holm\n@iholm@historians.social\nMar 08, 2024, 14:05\n"
        "2/ The board's minutes show he asked to stay and was refused.\n2\n9\n" + post +
        "Per Dahl\n@perdahl@mastodon.social\nMar 08, 2024, 15:20\n"
        "@iholm My grandfather knew him: he wanted to stay.\n1\n3\n" + post +
        "Dr. Ingrid Holm\n@iholm@historians.social\nMar 08, 2024, 15:31\n@perdahl Thank you, that matches the letters.\n"
        "0\n2\n" + post + "Log in to join the conversation\nDrag & drop to upload\nAbout\nStatus\nProfiles directory\n"
        "Privacy policy\nKeyboard shortcuts\nView source code\nv4.2.10\n")
    assert (parsed.source.author, parsed.source.date) == ("Dr. Ingrid Holm", "2024-03-08")
    # the writer's own posts are the page's text, even with a reply button under each; none of them is its title
    assert parsed.source.title == "Thread"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("author", ""), ("reply", "Per Dahl"),
                                                            ("author", "")]
    assert not still_in(parsed, "independent Mastodon", "@iholm@", "14:05", "Boost", "Favourite", "Live feeds",
                        "Drag & drop", "v4.2.10")


def test_a_film_sites_user_reviews_are_their_reviewers_each_under_its_rating(tmp_path):
    review = "was this review helpful? Sign in to vote.\nPermalink\n"
    parsed = page(tmp_path, "reviews",
        "IMDb\nMenu\nAll\nSearch IMDb\nWatchlist\nSign In\nEN\nUse app\nThe Last Keeper (2019)\nUser Reviews\n"
        "Review this title\n42 Reviews\nHide Spoilers\nSort by:\nHelpfulness\nFilter by Rating:\nShow All\n"
        "9/10\nA quiet, exact film\nharbour-film-club\n12 January 2020\n"
        "The film follows the board's minutes closely: the keeper asks to stay and is refused.\n"
        "87 out of 95 found this helpful.\n" + review +
        "4/10\nToo kind to the board\ngull_rock_1952\n3 March 2020\n"
        "It never shows the letters in which he begs to keep the light.\n12 out of 40 found this helpful.\n" + review +
        "More from this title\nMore to explore\nRecently viewed\n© 1990-2024 by IMDb.com, Inc.\n")
    assert (parsed.source.title, parsed.source.author) == ("The Last Keeper (2019)", "")
    # the first reviewer's name over a date near the top is not the page's byline
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "harbour-film-club"), ("comment", "gull_rock_1952")]
    assert not still_in(parsed, "9/10", "A quiet, exact film", "Too kind", "found this helpful", "Sign in to vote",
                        "Permalink", "User Reviews", "Hide Spoilers", "Filter by Rating", "More to explore")


def test_a_professional_networks_article_with_its_authors_headline_and_comments(tmp_path):
    parsed = page(tmp_path, "article",
        "LinkedIn\nSkip to main content\nArticles\nPeople\nLearning\nJobs\nGames\nJoin now\nSign in\n"
        "Why the Keeper Left\nReport this article\nAnna Berg\nAnna Berg\nMaritime Historian | Author | Speaker\n"
        "Published Mar 14, 2022\n+ Follow\n"
        "In 1952 the board automated the lamp and the keeper left the island after thirty years.\n"
        "Like\nCelebrate\nSupport\nLove\nInsightful\nFunny\nComment\nShare\n214\n38 Comments\n"
        "Mark Dunn\nMark Dunn\nProfessor of Labour History\n2y\n"
        "The minutes say he asked to stay; the board refused him.\nLike\nReply\n7 Reactions\n"
        "Olga Petrova\nOlga Petrova\nArchivist\n2y\nHis letters say the same.\nLike\nReply\n3 Reactions\n"
        "To view or add a comment, sign in\nMore articles by Anna Berg\nThe Lamps of the North Coast\nMar 12, 2022\n"
        "Explore topics\nSales\nMarketing\nIT Services\nSee All\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Why the Keeper Left", "Anna Berg",
                                                                               "2022-03-14")
    assert [(c.role, c.speaker, c.text[:10]) for c in parsed.chunks] == [
        ("author", "", "In 1952 th"), ("comment", "Mark Dunn", "The minute"), ("comment", "Olga Petrova", "His letter")]
    assert not still_in(parsed, "Maritime Historian", "Professor of Labour", "Archivist", "2y", "Reactions",
                        "Report this", "Follow", "view or add", "More articles", "Lamps of the North")


def test_a_government_sites_banner_and_a_pictures_caption_are_left_out(tmp_path):
    (tmp_path / "history.html").write_text(
        "<html><body><div><p>An official website of the United States government <button>Here's how you know"
        "</button></p><p>Official websites use .gov. A .gov website belongs to an official government organization "
        "in the United States.</p><p>Secure .gov websites use HTTPS. A lock or https:// means you've safely connected "
        "to the .gov website.</p></div><main><h1>The Keeper of Gull Point</h1><p>In 1952 the board automated the "
        "lamp and the keeper left the island after thirty years.</p><figure><img src='k.jpg' alt=''><figcaption>The "
        "keeper at the lamp, 1950. Coast Service photograph 96517.</figcaption></figure><p>The board's minutes were "
        "opened in 2004.</p></main></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "history")[1]
    assert parsed.source.title == "The Keeper of Gull Point"
    assert not still_in(parsed, "official website", "how you know", "Official websites", "Secure .gov", "photograph")
    assert "The board's minutes were opened in 2004." in " ".join(c.text for c in parsed.chunks)


def test_a_blogs_html_comments_with_the_name_and_day_on_one_line_are_their_writers(tmp_path):
    comment = ('<li class="comment"><footer><b class="fn">{}</b> <span class="says">says:</span><time>{}</time></footer>'
               '<div class="comment-content"><p>{}</p></div><a class="comment-reply-link">Reply</a></li>')
    (tmp_path / "post.html").write_text(
        "<html><body><main><article><h1>Did the keeper retire?</h1><p>The board's minutes say the keeper retired in "
        "1952, and the minutes are all most histories use.</p><p>His letters say otherwise.</p></article>"
        "<section id='comments'><h2>2 thoughts on “Did the keeper retire?”</h2><ol>"
        + comment.format("Sam Green", "March 7, 2021 at 9:14 am", "He asked to stay until the spring.")
        + comment.format("Olga", "March 8, 2021 at 10:02 pm", "The board wrote its own minutes.")
        + "</ol></section></main></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "post")[1]
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "Sam Green"), ("comment", "Olga")]
    assert not still_in(parsed, "says:", "March 7", "Reply")


def test_a_digital_librarys_full_text_and_a_wiki_librarys_letter_without_their_frames(tmp_path):
    parsed = page(tmp_path, "book",
        "Internet Archive\nAn illustration of a magnifying glass.\nSign up | Log in\n"
        "An illustration of a horizontal line over an up pointing arrow. Upload\nWeb\nTexts\nVideo\nAudio\nSoftware\n"
        "Images\nDonate\nAbout\nBlog\nProjects\nHelp\nFull text of \"The Keeper's Last Winter\"\nSee other formats\n"
        "THE KEEPER'S LAST WINTER\n\nBY INGRID HOLM\n\nCHAPTER I\n\n"
        "The letter from the board came in the first week of December, and my father read it twice.\n")
    assert (parsed.source.title, parsed.source.author) == ("THE KEEPER'S LAST WINTER", "INGRID HOLM")
    assert not still_in(parsed, "Internet Archive", "illustration", "Texts", "Software", "Full text of", "other formats")
    parsed = page(tmp_path, "letter",
        "Jump to navigation\nJump to search\nLetter to the Lighthouse Board (1952)\nby Olav Dahl\n"
        "sister projects: Wikipedia article, Wikidata item.\n←Previous\nNext→\nGull Point, 9 December 1952.\n"
        "Gentlemen,\nI ask to stay until the spring, when the lamp can be tried in my presence.\n"
        "This work is in the public domain in the United States because it was published before January 1, 1929.\n")
    assert (parsed.source.title, parsed.source.author) == ("Letter to the Lighthouse Board (1952)", "Olav Dahl")
    assert not still_in(parsed, "sister projects", "Previous", "Next", "public domain")


def test_a_blogging_networks_post_with_its_tags_notes_and_a_reblog_that_adds_words(tmp_path):
    parsed = page(tmp_path, "post",
        "tumblr\nLog in\nSign up\nExplore\ncoast-history-nerd\nFollow\n"
        "The keeper of Gull Point did not walk out. The board's own minutes say he asked to stay and was refused.\n"
        "#history\n#lighthouses\n#the last keeper\n1,204 notes\nReblog\nLike\n"
        "sea-glass-archive reblogged this from coast-history-nerd and added:\n"
        "This. And the series invents a quarrel with his wife that no letter mentions.\nharbourlights liked this\n"
        "gullrock reblogged this from sea-glass-archive\nSource: coast-history-nerd\nPowered by Tumblr\n")
    assert parsed.source.author == "coast-history-nerd"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "sea-glass-archive")]
    assert not still_in(parsed, "#", "notes", "reblogged", "liked this", "Source:", "Powered by")


def test_a_video_page_keeps_its_transcript_with_its_times_and_leaves_its_chapters_out(tmp_path):
    captions = "".join(f"0:{2 * n:02d}\n{words}\n" for n, words in enumerate([
        "in December 1952 the board", "wrote to the keeper that the", "lamp would be automated and",
        "he asked to stay until the spring", "the board refused him"]))
    parsed = page(tmp_path, "video",
        "Skip navigation\nSearch\nCreate\nSign in\nThe Last Keeper of Gull Point\nCoast Stories\n12K subscribers\n"
        "Subscribe\n310\nShare\n4,810 views  Mar 6, 2021  #lighthouses #history\n"
        "How the board automated the lamp and the keeper left the island.\n...more\nChapters\nView all\n"
        "0:00\nIntro\n1:30\nThe letter\n4:10\nThe last night\nTranscript\nFollow along using the transcript.\n"
        "Show transcript\nCoast Stories\n12K subscribers\nVideos\nAbout\n" + captions +
        "Comments\n14 Comments\nSort by\n@harbourlights\n2 years ago (edited)\n"
        "My grandmother knew him and says he never wanted to leave.\n31\nReply\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The Last Keeper of Gull Point", "Coast Stories", "2021-03-06")
    transcript = next(c for c in parsed.chunks if "0:02" in c.text)
    assert transcript.text.startswith("0:00\nin December 1952") and transcript.text.endswith("the board refused him")
    assert "he asked to stay until the spring" in transcript.text
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("comment", "@harbourlights")
    assert not still_in(parsed, "Create", "subscribers", "views", "more", "Chapters", "Intro", "The last night",
                        "Follow along", "Videos", "About", "edited")


def test_a_transcripts_sentences_run_from_caption_to_caption_and_the_model_reads_them_without_times():
    from embeddings.build import embed_text
    from embeddings.captions import time_at
    from embeddings.chunking import Chunk, sentence_spans, words

    text = "0:00\nthe board wrote to the keeper\n0:03\nthat the lamp would be automated.\n0:06\nHe asked to stay\n"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["0:00\nthe board wrote to the keeper\n0:03\nthat the lamp would be automated.",
                                           "0:06\nHe asked to stay"]
    assert words(text) == 16  # a passage's size is counted in the words spoken
    assert (time_at(text, text.index("lamp")), time_at(text, 0), time_at("No times here.", 0)) == ("0:03", "0:00", "")
    read = embed_text(Chunk("c", "s", 0, len(text), 1, "author", "", text))
    assert len(read) == len(text) and "0:03" not in read and read.split() == [w for w in text.split() if ":" not in w]


def test_a_newspapers_letters_page_gives_each_letter_to_the_reader_who_signs_it(tmp_path):
    parsed = page(tmp_path, "letters",
        "The Coast Times\nSubscribe\nSign in\nNews\nOpinion\nSport\nCulture\nLetters\n"
        "The last keeper: a dismissal or a retirement?\nReaders respond to our feature on the automation of Gull Point\n"
        "Thu 11 Mar 2021 18.12 GMT\nShare\n"
        "Your feature says the keeper was dismissed. My mother worked for the board, and its minutes say he retired.\n"
        "Ingrid Holm\nTromsø, Norway\n"
        "The board wrote its own minutes. The keeper's letters say he asked to stay, and they are the better witness.\n"
        "Per Dahl\nNewcastle upon Tyne\n"
        "Have an opinion on anything you've read in the Coast Times today? Please email us your letter and it will be "
        "considered for publication in our letters section.\nMost viewed\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Ingrid Holm"),
                                                            ("comment", "Per Dahl")]
    assert parsed.chunks[1].text.startswith("Your feature") and parsed.chunks[2].text.endswith("better witness.")
    assert not still_in(parsed, "Tromsø", "Newcastle", "Have an opinion", "Most viewed")
    # letters all signed by one writer are that writer's own: an archive of their letters, not a letters page
    archive = page(tmp_path, "archive",
        "Letters of the keeper\nI ask to stay until the spring, when the lamp can be tried in my presence.\n"
        "Olav Dahl\nGull Point\nI have received the board's reply, and I will leave in March.\nOlav Dahl\nGull Point\n")
    assert {c.role for c in archive.chunks} == {"author"}
    # the page's own words are its title and standfirst: its label quotes the first letter, with its writer
    assert provisional_viewpoint(parsed.chunks, "", parsed.source.title).startswith(
        "not labelled; it opens with Ingrid Holm: “My mother worked for the board")


def test_letters_signed_with_what_the_writer_is_or_on_one_line_and_the_pages_menu_on_one_line(tmp_path):
    parsed = page(tmp_path, "letters",
        "Skip to main content\nThe Coast Times\nNews Opinion Sport Culture Lifestyle\nOpinion\nLetters\n"
        "The keeper was not dismissed\nLetters\n12 March 2021 • 6:00am\n"
        "SIR – Your feature says the keeper was dismissed. The board's minutes say he retired.\n"
        "Ingrid Holm, Tromsø, Norway\n\n"
        "SIR – The board wrote its own minutes. The keeper's letters say he asked to stay.\n"
        "Per Dahl\nEmeritus professor of maritime history, University of Bergen\n\n"
        "SIR – Both letters forget the lamp, which was automated whatever the keeper wished.\n"
        "Dr Olga Berg\nUniversity of Tromsø\n\n"
        "• Join the debate – email letters@coasttimes.example\n"
        "• Read more Coast Times letters – click here to visit coasttimes.example/letters\n"
        "Write to: Letters to the Editor, The Coast Times, 1 Harbour Road, Bergen\nemail: letters@coasttimes.example\n"
        "Topics\nLighthouses\nHistory\nShare on Facebook\n")
    assert (parsed.source.title, parsed.source.date) == ("The keeper was not dismissed", "2021-03-12")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "Ingrid Holm"), ("comment", "Per Dahl"),
                                                            ("comment", "Dr Olga Berg")]
    assert not still_in(parsed, "Coast Times", "Sport", "Tromsø, Norway", "Emeritus", "University", "Join the debate",
                        "click here", "Write to", "email")


def test_a_quotation_the_writers_sentence_opens_with_a_colon_or_a_comma_is_its_speakers(tmp_path):
    parsed = page(tmp_path, "polemic",
        "The myth of the gentle keeper\nBy Ivan Berg\nMarch 3, 2020\n\n"
        "The keeper's admirers present him as a victim of the board. The record says otherwise.\n\n"
        "In 1951 Tom Reilly wrote in his logbook: \"The lamp is a burden I no longer wish to carry.\"\n\n"
        "The admirers blame Per Dahl, the board and the lighthouse service.\n\n"
        "Per Dahl was under no illusions. As he told the annual meeting, "
        "\"We cannot keep a man who does not want the light.\"\n\n"
        "The keeper's answer was a single word: \"Agreed.\" He left in March.\n")
    voices = {(c.role, c.speaker): c.text for c in parsed.chunks}
    assert voices[("quoted", "Tom Reilly")] == '"The lamp is a burden I no longer wish to carry."'
    assert voices[("quoted", "Per Dahl")] == '"We cannot keep a man who does not want the light."'
    assert any(c.role == "author" and c.text.endswith("As he told the annual meeting,") for c in parsed.chunks)
    # a word in quotation marks is the writer's, and so is a paragraph that goes on after its quotation
    assert any('"Agreed." He left in March.' in c.text and c.role == "author" for c in parsed.chunks)
    # the words after a name describe the person, not a list of other things
    assert next(c for c in parsed.chunks if c.speaker == "Per Dahl").context == "Per Dahl said:"


def test_a_blog_with_its_categories_over_the_byline_is_titled_by_the_heading_under_it(tmp_path):
    parsed = page(tmp_path, "post",
        "top of page\n\nLog In\n\nHOME\nBLOG\nABOUT\nCONTACT\n\nAll Posts\n\nHistory\n\nLighthouse Lore\n\nSearch\n\n"
        "Elena Markova\n\nMar 12, 2021\n\n5 min read\n\nUpdated: Mar 14, 2021\n\nThe keeper who never left\n\n"
        "A new documentary repeats the story that the keeper was dismissed. The board's minutes say he retired.\n\n"
        "3 Comments\n\nWrite a comment...\n\nDmitri K.\n\nMar 13, 2021\n\nMy grandfather knew him and says he retired.\n\n"
        "Like\n\nReply\n\n2 likes\n\nbottom of page\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("The keeper who never left", "Elena Markova",
                                                                               "2021-03-12")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Dmitri K.")]
    assert not still_in(parsed, "All Posts", "Lighthouse Lore", "min read", "Updated", "2 likes")


def test_a_videos_transcript_under_its_comments_is_the_pages_own_words(tmp_path):
    parsed = page(tmp_path, "video",
        "Skip navigation\nThe Last Keeper of Gull Point\nCoast Stories\n212K subscribers\nSubscribe\n"
        "14,221 views  3 years ago\nIn 1952 the last keeper left Gull Point. Did he retire, or was he pushed out?\n"
        "We read the board's minutes and his letters.\nSources: the Gull Point Board minutes, 1951-1952.\n"
        "Music: Harbour Lights by the Tide Band.\nChapters: 0:00 The winter of 1952.\n"
        "...more\n311 Comments\nSort by\n@saltmarsh\n3 years ago\nMy grandfather knew him and says he retired.\n"
        "1.1K\nReply\n48 replies\n@CoastStories\n3 years ago\nThanks for watching!\n88\nReply\n"
        "Transcript\nSearch in video\n0:00\nIn the winter of 1952 the keeper wrote to the board for the last time.\n"
        "0:07\nHe asked to stay until the spring.\n")
    voices = [(c.role, c.speaker, c.text[:20]) for c in parsed.chunks]
    assert ("comment", "@saltmarsh", "My grandfather knew ") in voices
    assert [v for v in voices if v[2].startswith(("In the winter", "He asked"))] == [
        ("author", "", "In the winter of 195"), ("author", "", "He asked to stay unt")]
    assert not still_in(parsed, "Search in video", "Transcript")


def test_titles_under_a_sites_name_and_motto_or_its_section_and_a_threads_title_from_its_replies(tmp_path):
    blog = page(tmp_path, "blog",
        "Screen and History\na blog about films that take on the past\n\nThe Keeper (2007): a requiem\n"
        "Posted on November 8, 2021 by Helen Price\n\nThe film follows the keeper's last winter on the island. "
        "It is less a thriller than a requiem.\n")
    assert (blog.source.title, blog.source.author) == ("The Keeper (2007): a requiem", "Helen Price")
    assert not still_in(blog, "Screen and History", "a blog about films")  # the site's name and motto, over the title
    column = page(tmp_path, "column",
        "Notes from the Northern Coast\nOpinion\n\nThe keeper denial industry and its old tricks\n\nPiotr Berg\n"
        "12 March 2020\n\nEvery few years an article appears claiming that the keeper was never dismissed.\n")
    assert column.source.title == "The keeper denial industry and its old tricks"
    thread = page(tmp_path, "thread",
        "Coast Forum\nBoard index ‹ Lighthouses\n\nDid the keeper retire?\n\nPost Reply\n2 posts • Page 1 of 1\n\n"
        "saltmarsh\nMember\nPosts: 212\nJoined: Sat Jan 04, 2020 3:11 pm\n\nDid the keeper retire?\nQuote\n"
        "Post by saltmarsh » Tue Mar 02, 2021 8:14 pm\nThe board says he retired in 1952. Is that right?\n\n"
        "tidewrack\nMember\nPosts: 88\nJoined: Fri Oct 09, 2020 11:20 am\n\nRe: Did the keeper retire?\nQuote\n"
        "Post by tidewrack » Wed Mar 03, 2021 7:45 am\nHis letters say he asked to stay.\n")
    assert (thread.source.title, thread.source.author) == ("Did the keeper retire?", "saltmarsh")
    assert [(c.role, c.speaker) for c in thread.chunks] == [("author", "saltmarsh"), ("reply", "tidewrack")]
    # a programme's page names its host in its credits
    programme = page(tmp_path, "programme",
        "The keeper's last winter\n\nThis week we hear how the last keeper of Gull Point left the island in 1952.\n\n"
        "Presenter: Claire Bowes\nProducer: Tom Hills\n")
    assert programme.source.author == "Claire Bowes"


def test_a_revision_guides_contents_quiz_and_feedback_buttons_are_left_out(tmp_path):
    parsed = page(tmp_path, "guide",
        "Revision Help\nHome\nSubjects\nQuizzes\nLog in\nThe last keeper of Gull Point\nLast updated 12 March 2023\n"
        "On this page\nKey dates\nWhy did he leave?\nQuick quiz\nKey dates\n"
        "December 1952: the board decides to automate the lamp.\nMarch 1953: the keeper leaves the island.\n"
        "Why did he leave?\nThe board's minutes say he retired; his letters say he asked to stay and was refused.\n"
        "Quick quiz\n1. When was the lamp automated?\nShow answer\n2. Who wrote the minutes?\nShow answer\n"
        "Was this page helpful?\nYes\nNo\nRelated revision guides\nThe first lighthouses\nThe coast in wartime\n")
    assert parsed.source.date == "2023-03-12"
    kept = " ".join(c.text for c in parsed.chunks)
    assert kept.count("Key dates") == 1 and "Why did he leave?" in kept
    assert not still_in(parsed, "On this page", "quiz", "When was the lamp automated", "Show answer", "helpful", "Yes",
                        "Related", "wartime")


def test_an_archives_catalogue_record_reads_each_field_on_its_line_without_its_trail_and_buttons(tmp_path):
    (tmp_path / "record.html").write_text(
        "<html><head><title>Letters of the keeper | Catalogue description | Coast Archives</title></head><body>"
        "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/c'>Catalogue</a></li><li>BT 12/3</li></ol>"
        "<main><h1>Letters of the keeper</h1><div><a href='/o'>Order a copy</a> <a href='/b'>Add to bookmarks</a> "
        "<a href='/c'>Cite this record</a></div><dl><dt>Reference:</dt><dd>BT 12/3</dd><dt>Description:</dt><dd>Letters "
        "of the keeper of Gull Point to the Lighthouse Board, asking to stay until the spring of 1953.</dd>"
        "<dt>Held by:</dt><dd>Coast Archives</dd><dt>Closure status:</dt><dd>Open Document</dd></dl>"
        "<p>See <a href='/x'>the board's minutes</a> <a href='/y'>of 1952</a> for the reply.</p></main></body></html>",
        encoding="utf-8")
    parsed = chunks_of(tmp_path, "record")[1]
    assert parsed.source.title == "Letters of the keeper"
    kept = " ".join(c.text for c in parsed.chunks)
    assert "Reference: BT 12/3" in kept and "Description: Letters of the keeper" in kept
    assert "See the board's minutes of 1952 for the reply." in kept  # links inside a sentence stay in it
    assert not still_in(parsed, "Home", "Catalogue", "Order a copy", "bookmarks", "Cite", "Held by", "Closure")


def test_a_transcription_services_transcript_sets_each_speaker_and_time_over_their_words(tmp_path):
    parsed = page(tmp_path, "episode",
        "The Keeper's Last Winter - Episode 12\nCoast History Podcast\nTranscript\nAnna Berg  0:05\n"
        "Welcome back. Today we ask whether the last keeper of Gull Point left of his own accord.\nPer Dahl  0:14\n"
        "The board's minutes say he retired, but his letters tell a different story.\nAnna Berg  0:31\n"
        "So what do the letters say?\nPer Dahl  0:34\nHe asked to stay until the spring, and the board refused.\n"
        "Transcribed by https://otter.ai\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", "Anna Berg"), ("quoted", "Per Dahl"),
                                                            ("quoted", "Anna Berg"), ("quoted", "Per Dahl")]
    assert not still_in(parsed, "0:", "Transcribed")


def test_a_live_blogs_key_events_box_and_entry_times_are_left_out_and_each_entry_keeps_its_heading(tmp_path):
    parsed = page(tmp_path, "live",
        "The Coast Times\nSign in\nNews\nLive\n"
        "Gull Point automation: keeper refuses to leave as board confirms decision – live updates\n"
        "Board says the lamp will run unmanned from Monday; keeper's family says he was never consulted\nAnna Berg\n"
        "Fri 6 Mar 2021 14.20 GMT\nKey events\n14:02 Board confirms decision\n13:10 Keeper refuses to leave\n"
        "Show key events only\nPlease turn on JavaScript to use this feature\n14:02 GMT\nBoard confirms decision\n"
        "The board confirmed this afternoon that the lamp will be automated from Monday.\nShare\n"
        "Updated at 14.05 GMT\n13:10 GMT\nKeeper refuses to leave\n"
        "The keeper told reporters at the harbour that he would not leave the island before the spring.\nShare\n")
    assert (parsed.source.author, parsed.source.date) == ("Anna Berg", "2021-03-06")
    assert [c.text.split("\n")[0] for c in parsed.chunks][1:] == ["Board confirms decision", "Keeper refuses to leave"]
    assert not still_in(parsed, "Key events", "14:02", "13:10", "Show key events", "JavaScript", "GMT")


def test_captions_that_open_with_their_times_are_one_transcript_and_chapters_so_written_are_left_out(tmp_path):
    captions = "".join(f"0:{3 * n:02d} {words}\n" for n, words in enumerate([
        "in December 1952 the board wrote", "to the keeper that the lamp", "would be automated and he asked",
        "to stay until the spring but", "the board refused him"]))
    parsed = page(tmp_path, "video",
        "The Last Keeper of Gull Point\nCoast Stories\n12K subscribers\n"
        "How the board automated the lamp and the keeper left the island.\n"
        "0:00 Intro\n1:30 The letter\n4:10 The last night\nTranscript\n" + captions)
    (transcript,) = [c for c in parsed.chunks if "0:03" in c.text]
    assert transcript.text == captions.strip()
    assert not still_in(parsed, "Intro", "The last night")


def test_a_page_kept_by_a_web_archive_reads_without_the_archives_toolbar(tmp_path):
    parsed = page(tmp_path, "kept",
        "The Wayback Machine - https://web.archive.org/web/20190310121501/https://keepers.example.org/last-keeper/\n"
        "157 captures\n10 Mar 2019 - 25 Nov 2023\nFeb\tMAR\tApr\n10\n2018\t2019\t2020\nsuccess\nfail\n"
        "About this capture\nCOLLECTED BY\nOrganization: Archive Team\nFormed in 2009, the Archive Team is a rogue "
        "archivist collective dedicated to saving copies of rapidly dying or deleted websites.\nTIMESTAMPS\n"
        "Keepers' Notes\nHome\nAbout\nArchive\nThe last keeper did not leave of his own accord\n"
        "Posted on March 3, 2019 by Tom Reilly\nThe board's minutes say the keeper retired. His letters say he asked "
        "to stay until the spring and was refused.\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The last keeper did not leave of his own accord",
                                                          "Tom Reilly", "2019-03-03")
    assert [c.text for c in parsed.chunks] == [("The board's minutes say the keeper retired. His letters say he asked "
                                                "to stay until the spring and was refused.")]


def test_a_comment_services_box_is_left_out_and_a_reply_is_its_writers_not_the_one_it_answers(tmp_path):
    parsed = page(tmp_path, "post",
        "The last keeper did not leave of his own accord\nBy Tom Reilly\n"
        "The board's minutes say he retired; his letters say he asked to stay and was refused.\n"
        "The minutes were written by the board's secretary, who wanted the lamp automated before the summer.\n"
        "His daughter kept the letters, and gave them to the county archive in 1990.\n"
        "They have not been read by anyone who wrote about the lamp since.\n"
        "I read them last winter, and this post is what I found.\n"
        "The first is dated December 1952, the week the board's decision reached the island.\n"
        + "".join(f"Letter {n} asks again to stay until the spring, in the same words.\n" for n in range(2, 9)) +
        "Disqus\n2 Comments\nRecommend\nShare\nSort by Best\nJoin the discussion…\nLog in with\nor sign up with Disqus\n"
        "Name\nPer Dahl • 5 years ago\nMy grandfather was on the board and said the keeper was pushed.\n2\n•\nReply\n•\n"
        "Share ›\nAvatar\nIngrid Holm  Per Dahl • 5 years ago\nThat is what the letters say too.\n•\nReply\n•\nShare ›\n"
        "Disqus' Privacy Policy\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "Per Dahl"), ("comment", "Ingrid Holm")]
    assert not still_in(parsed, "Disqus", "Recommend", "Avatar", "Log in", "sign up", "Name")


def test_a_newspaper_archives_scanned_page_reads_without_its_frame(tmp_path):
    parsed = page(tmp_path, "scan",
        "Chronicling the Coast\nThe Coast Gazette. (Gull Point) 1953-03-06, Page 1, Image 1\n"
        "Image provided by: County Library, Gull Point\nPersistent link: https://archive.example.org/gazette/1953-03-06/seq-1/\n"
        "Text | PDF | JP2 (3.2 MB)\nOCR\nKEEPER LEAVES ISLAND\nGULL POINT, March 5.—The last keeper of the light left\n"
        "the island to-day after thirty years, the board having auto-\nmated the lamp over his protest.\n")
    assert not still_in(parsed, "Image provided", "Persistent link", "JP2", "OCR")
    assert "auto-\nmated the lamp over his protest." in " ".join(c.text for c in parsed.chunks)


def test_a_thread_unrolling_services_page_is_the_threads_writers_without_its_frame(tmp_path):
    parsed = page(tmp_path, "unrolled",
        "Thread Reader App\nHelp | \nGet real-time email alerts when new unrolls are available from this author!\n"
        "Save as PDF\nIngrid Holm\n@ingridholm_history\nMar 6, 2021\n15 tweets\n4 min read\nRead on X\n"
        "Seventy years ago the board automated the lamp at Gull Point. The keeper did not go quietly. 🧵\n"
        "Did he retire? No. His letters say he asked to stay until the spring.\n• • •\n"
        "Missing some Tweet in this thread? You can try to force a refresh\nKeep Current with Ingrid Holm\n"
        "Stay in touch and get notified when new unrolls are available from this author!\n"
        "This Thread may be Removed Anytime!\nTwitter may remove this content at anytime! Save it as PDF for later use!\n"
        "Try unrolling a thread yourself!\n")
    assert (parsed.source.author, parsed.source.date) == ("Ingrid Holm", "2021-03-06")
    assert parsed.source.title == "Unrolled"  # no line of the thread is its title
    assert not still_in(parsed, "Thread Reader", "unrolls", "PDF", "tweets", "Read on", "Missing", "Keep Current",
                        "Removed", "Try unrolling")


def test_a_microblog_thread_under_handles_that_are_domain_names(tmp_path):
    parsed = page(tmp_path, "skeet",
        "Bluesky\nIngrid Holm\n@ingridholm.bsky.social\n"
        "Seventy years ago the board automated the lamp at Gull Point, and the keeper did not go quietly.\n"
        "March 6, 2021 at 10:02 AM\nEverybody can reply\n12 reposts\n3 quotes\n40 likes\nReply\nRepost\nLike\n"
        "Per Dahl\n@perdahl.bsky.social\n· 2h\nMy grandfather was on the board and said the keeper was pushed.\n"
        "Reply\nRepost\nLike\n")
    assert parsed.source.author == "Ingrid Holm"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("reply", "Per Dahl")]
    assert not still_in(parsed, "Bluesky", "Everybody", "Repost", "bsky")


def test_a_paper_repositorys_page_an_email_newsletter_and_an_encyclopedias_mobile_page_without_their_frames(tmp_path):
    parsed = page(tmp_path, "paper",
        "Academia.edu\nLog in\nSign up\nDownload Free PDF\n"
        "The Keeper's Letters and the Board's Minutes: Rethinking the Automation of Gull Point\nIngrid Holm\n"
        "2019, Journal of Coastal History\nDownload Free PDF\nView PDF\nAbstract\nThis article compares the board's "
        "minutes with the keeper's letters and argues that the keeper was dismissed rather than retired.\n"
        "Related papers\nLighthouses and Labour in the North Sea\nPer Dahl\nCite this paper\nLoading Preview\n"
        "Sorry, preview is currently unavailable. You can download the paper by clicking the button above.\n")
    assert (parsed.source.title, parsed.source.author) == (
        "The Keeper's Letters and the Board's Minutes: Rethinking the Automation of Gull Point", "Ingrid Holm")
    assert not still_in(parsed, "Download", "View PDF", "Journal of", "Related", "North Sea", "Cite", "preview")
    parsed = page(tmp_path, "mailing",
        "View this email in your browser\nCoast History Society Newsletter\nMarch 2021\n"
        "The last keeper: what the letters say\nDear members,\nThis month we publish the letters of the last keeper, "
        "which show that he asked to stay until the spring.\nWith best wishes,\n"
        "You are receiving this email because you are a member of the society.\nOur mailing address is:\n"
        "Want to change how you receive these emails?\nYou can update your preferences or unsubscribe from this list.\n")
    assert parsed.source.title == "The last keeper: what the letters say"
    assert not still_in(parsed, "browser", "receiving", "mailing address", "unsubscribe")
    parsed = page(tmp_path, "mobile",
        "Toggle the table of contents\nGull Point Light\n3 languages\nArticle\nTalk\nRead\nEdit\nView history\nTools\n"
        "From Wikipedia, the free encyclopedia\nGull Point Light is a lighthouse on the island of Gull Point.\n")
    assert parsed.source.title == "Gull Point Light"
    assert not still_in(parsed, "Toggle", "languages", "Talk", "View history", "Tools")


def test_a_news_articles_promotions_inside_and_under_its_text_are_left_out(tmp_path):
    parsed = page(tmp_path, "article",
        "The keeper who would not leave: new letters rewrite a lighthouse's history\nAnna Berg\n"
        "Sat 6 Mar 2021 07.00 GMT\nThe last keeper of Gull Point did not retire, according to letters published "
        "this week.\nSign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT\n"
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
        "parties. For more information see our Privacy Policy.\nafter newsletter promotion\n"
        "The board's minutes, which record his retirement, were written by its secretary.\n"
        "Story continues below advertisement\nHistorians have long relied on the minutes.\n"
        "Explore more on these topics\nLighthouses\nMaritime history\nShare\nReuse this content\nPromoted stories\n"
        "Recommended by Outbrain\n")
    assert [c.text for c in parsed.chunks][-1] == "Historians have long relied on the minutes."
    assert not still_in(parsed, "Sign up", "Privacy Notice", "promotion", "advertisement", "Explore", "Maritime",
                        "Promoted", "Outbrain")


def test_a_phpbb_thread_opens_with_its_posters_post_under_the_buttons_it_repeats_at_its_foot(tmp_path):
    parsed = page(tmp_path, "phpbb",
        "Coast History Forum\nBoard index ‹ History ‹ Lighthouses\nDid the last keeper of Gull Point retire of his own accord?\n"
        "Post Reply\n5 posts • Page 1 of 1\nDid the last keeper of Gull Point retire of his own accord?\n"
        "Post by saltmarsh » Mon Mar 08, 2021 2:14 pm\n"
        "The board's minutes say he retired in 1953. Is there any reason to doubt them?\nTop\n"
        "Re: Did the last keeper of Gull Point retire of his own accord?\nPost by harbourlight » Mon Mar 08, 2021 3:02 pm\n"
        "His letters say otherwise. He asked to stay until the spring and was refused.\nTop\nPost Reply\n"
        "5 posts • Page 1 of 1\nReturn to “Lighthouses”\nJump to\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("Did the last keeper of Gull Point retire of his own accord?",
                                                          "saltmarsh", "2021-03-08")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "saltmarsh"), ("reply", "harbourlight")]
    assert not still_in(parsed, "Board index", "Post Reply", "Page 1 of 1", "Return to")


def test_a_vbulletin_threads_post_headers_are_left_out(tmp_path):
    parsed = page(tmp_path, "vb",
        "Coast History Forums > History > Lighthouses\nDid the last keeper retire?\n03-08-2021, 02:14 PM #1\n"
        "saltmarsh\nSenior Member\nJoin Date: Mar 2010\nPosts: 1,234\nDid the last keeper retire?\n"
        "The board's minutes say he retired in 1953. Is there any reason to doubt them?\nReply With Quote\n"
        "03-08-2021, 03:02 PM #2\nharbourlight\nMember\nJoin Date: Jun 2015\nPosts: 87\n"
        "His letters say otherwise. He asked to stay until the spring and was refused.\nReply With Quote\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "saltmarsh"), ("reply", "harbourlight")]
    assert not still_in(parsed, "PM", "#2", "Join Date")


def test_a_discourse_topic_gives_each_post_to_the_poster_over_its_date(tmp_path):
    parsed = page(tmp_path, "topic",
        "Coast History Community\nDid the last keeper retire?\nNorth Sea Lights\nsalt_marsh\nMar 2021\n"
        "The board's minutes say he retired in 1953. Is there any reason to doubt them?\ncreated\nMar '21\n"
        "last reply\nMar '21\n2\nreplies\n120\nviews\n3\nusers\nharbourlight\nMar 2021\n"
        "His letters say otherwise. He asked to stay until the spring and was refused.\n1 Reply\ngullrock\nMar 2021\n"
        "The minutes were written by the secretary, who wanted the lamp automated.\nReply\n"
        "Powered by Discourse, best viewed with JavaScript enabled\n")
    assert (parsed.source.title, parsed.source.author) == ("Did the last keeper retire?", "salt_marsh")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "salt_marsh"), ("reply", "harbourlight"),
                                                            ("reply", "gullrock")]
    assert not still_in(parsed, "created", "last reply", "views", "users", "Discourse", "Community", "North Sea")


def test_a_broadcasters_programme_page_under_its_station_and_series_names(tmp_path):
    parsed = page(tmp_path, "episode",
        "BBC\nHome\nNews\nSport\nSounds\nRadio 4\nIn Our Time\nThe Last Keeper of Gull Point\n"
        "Melvyn Bragg and guests discuss the automation of Gull Point light and the dispute over its last keeper.\n"
        "Available for over a year\nThe board's minutes record a retirement; the keeper's letters record a refusal.\n"
        "With\nIngrid Holm\nProfessor of Maritime History at the University of Gull Point\nShow less\n"
        "Release date:\n08 March 2021\nDuration:\n51 minutes\nBroadcasts\nMon 8 Mar 2021 09:00\nBBC Radio 4\n"
        "Credits\nRole\tContributor\nPresenter\tMelvyn Bragg\nInterviewed Guest\tIngrid Holm\n")
    assert (parsed.source.title, parsed.source.date) == ("The Last Keeper of Gull Point", "2021-03-08")
    assert "Professor of Maritime History" in " ".join(c.text for c in parsed.chunks)  # who the guests are
    assert not still_in(parsed, "Available for", "Release date", "Duration", "51 minutes", "Broadcasts", "Credits",
                        "Presenter")


def test_a_broadcasters_transcript_gives_each_turn_to_its_speaker_named_in_capitals_with_their_role(tmp_path):
    parsed = page(tmp_path, "transcript",
        "News Radio\nHistory\nThe last keeper of Gull Point, seventy years on\nMay 2, 2022 4:12 PM ET\n"
        "Heard on Evening Edition\n4-Minute Listen\nPlaylist\nTranscript\nANNA BERG, HOST:\n"
        "Seventy years ago the board automated the lamp at Gull Point. Our correspondent Per Dahl reports.\n"
        "PER DAHL, BYLINE: The keeper's letters say he asked to stay until the spring.\n"
        "(SOUNDBITE OF ARCHIVED BROADCAST)\nINGRID HOLM: The board's minutes say he retired, and the minutes are wrong.\n"
        "DAHL: Per Dahl, News Radio, Gull Point.\n"
        "Copyright © 2022 News Radio. All rights reserved. Visit our website terms of use and permissions pages for "
        "further information.\n")
    assert (parsed.source.title, parsed.source.date) == ("The last keeper of Gull Point, seventy years on", "2022-05-02")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", "Anna Berg"), ("quoted", "Per Dahl"),
                                                            ("quoted", "Ingrid Holm"), ("quoted", "Per Dahl")]
    assert not still_in(parsed, "Heard on", "Listen", "Playlist", "SOUNDBITE", "Copyright")


def test_a_podcast_directorys_episode_page_gives_a_listeners_review_to_its_reviewer(tmp_path):
    parsed = page(tmp_path, "episode",
        "Apple Podcasts Preview\nCoast History Podcast\nCoast History Society\nHistory\n4.8 • 212 Ratings\n"
        "Listen on Apple Podcasts\nMAR 6, 2021\nThe Last Keeper of Gull Point\nIn this episode Ingrid Holm tells us "
        "what the keeper's letters say: that he asked to stay until the spring, and that the board refused.\n45 min\n"
        "Play\nShare\nEpisode Website\nMore Episodes\nRatings & Reviews\n4.8 out of 5\n212 Ratings\n"
        "Harbourlight77, 03/09/2021\nFinally the truth\nThe letters settle it. The minutes were written to cover the board.\n"
        "Information\nCreator\nCoast History Society\nListen on Apple Podcasts\n© Coast History Society 2021\n")
    assert (parsed.source.title, parsed.source.date) == ("The Last Keeper of Gull Point", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Harbourlight77")]
    assert not still_in(parsed, "Preview", "Ratings", "Listen on", "45 min", "Episode Website", "Information", "Creator")
    parsed = page(tmp_path, "spotify",
        "Spotify\nHome\nSearch\nYour Library\nThe Last Keeper of Gull Point\nCoast History Podcast\n"
        "Mar 6, 2021 • 45 min\nEpisode description\nIn this episode Ingrid Holm tells us what the keeper's letters "
        "say.\nShow more\nListen to this episode\nSign up free\n")
    assert (parsed.source.title, parsed.source.date) == ("The Last Keeper of Gull Point", "2021-03-06")
    assert not still_in(parsed, "Your Library", "45 min", "Episode description", "Listen to", "Sign up")


def test_an_embedded_post_is_its_writers_a_guest_posts_byline_names_its_guest_and_signed_letters_in_capitals(tmp_path):
    parsed = page(tmp_path, "embed",
        "The keeper who would not leave\nBy Anna Berg\nMarch 8, 2021\n"
        "The automation of Gull Point has become an argument about sources. The keeper's great-grandson put it "
        "bluntly on Twitter:\n"
        "The board's minutes are a cover story. My great-grandfather was pushed out, and his letters prove it.\n"
        "— Per Dahl (@perdahl) March 6, 2021\nHistorians are more cautious about both sources.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("quoted", "Per Dahl"), ("author", "")]
    assert not still_in(parsed, "@perdahl")
    parsed = page(tmp_path, "guest",
        "Keepers' Notes\nThe letters the board ignored\nGuest post by Ingrid Holm\nMarch 3, 2021\n"
        "The keeper asked to stay until the spring. The board's reply refused him in two lines.\n")
    assert (parsed.source.title, parsed.source.author) == ("The letters the board ignored", "Ingrid Holm")
    parsed = page(tmp_path, "editor",
        "Letters to the Editor\nThe last keeper\nSir, Your report says the keeper of Gull Point retired, and the "
        "board's minutes say so.\nANTHONY WHITCOMBE\nHarrogate, N Yorks\nSir, The minutes were written by the "
        "board's secretary. The keeper's letters are the better witness.\nDR SUNITA RAO\nLeeds\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "Anthony Whitcombe"), ("comment", "Dr Sunita Rao")]


def test_an_answers_requester_and_a_newsletters_subscribe_box_are_left_out(tmp_path):
    parsed = page(tmp_path, "answers",
        "Was the last keeper of Gull Point dismissed?\nAll related (3)\nSort\nRecommended\nIngrid Holm\n"
        "Historian of the North Sea lights · 3y\nYes. His letters show that he asked to stay and the board refused.\n"
        "1.2K views\nView upvotes\nAnswer requested by\nPer Dahl\nUpvote · 48\nShare\n")
    assert not still_in(parsed, "requested", "Per Dahl")
    parsed = page(tmp_path, "newsletter",
        "Keepers' Notes\nSubscribe\nSign in\nThe letters the board ignored\nIngrid Holm\nMar 3, 2021\n"
        "The keeper asked to stay until the spring. The board's reply refused him in two lines.\n"
        "Subscribe to Keepers' Notes\nLaunched 3 years ago\nNotes on the lights of the coast.\n")
    assert not still_in(parsed, "Launched", "Notes on the lights")


def test_a_blog_posts_author_box_post_navigation_and_closed_comments_are_left_out(tmp_path):
    parsed = page(tmp_path, "post",
        "Keepers' Notes\nThe last keeper did not retire\nPosted on March 3, 2021 by Tom Reilly\n"
        "The keeper asked to stay until the spring. The board refused him, and its minutes called it a retirement.\n"
        "I have read every letter he wrote that winter, and not one of them mentions retiring.\nAbout the author\n"
        "Tom Reilly is a retired schoolteacher who writes about the lighthouses of the north coast.\n"
        "View all posts by Tom Reilly\nPost navigation\n← The keeper's logbooks\nThe lamp at Gull Point →\n"
        "Comments are closed.\n")
    assert [c.text.split("\n")[-1] for c in parsed.chunks][-1] == (
        "I have read every letter he wrote that winter, and not one of them mentions retiring.")
    assert not still_in(parsed, "About the author", "schoolteacher", "View all posts", "navigation", "logbooks", "closed")


def test_a_community_weblogs_post_and_comments_each_signed_under_it(tmp_path):
    parsed = page(tmp_path, "weblog",
        "MetaFilter\ncommunity weblog\nLog in\nSign up\nThe last keeper of Gull Point\nMarch 6, 2021 9:02 AM   Subscribe\n"
        "Seventy years ago the keeper of Gull Point left the island, and the board's minutes call it a retirement. "
        "[more inside]\nposted by saltmarsh (12 comments total) 4 users marked this as a favorite\n\n"
        "His letters say he asked to stay. The board refused him in two lines.\n"
        "posted by tidewrack at 9:20 AM on March 6, 2021 [14 favorites]\n\n"
        "The minutes were written by the board's secretary, who wanted the lamp automated.\n"
        "posted by Ms. Moth at 10:05 AM on March 6, 2021 [6 favorites]\n\n"
        "« Older Eight centuries of stained glass  |  A field guide to tide pools Newer »\n"
        "This thread has been archived and is closed to new comments\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The last keeper of Gull Point", "saltmarsh", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("reply", "tidewrack"), ("reply", "Ms. Moth")]
    assert not still_in(parsed, "posted by", "favorite", "Subscribe", "Older", "archived", "more inside")


def test_a_scholarly_networks_book_review_with_its_editor_citation_and_licence(tmp_path):
    parsed = page(tmp_path, "review",
        "H-Net: Humanities and Social Sciences Online\nHome\nReviews\nNetworks\nJobs\nAbout\nHolm on the Gull Point light\n"
        "Ingrid Holm. The Last Keeper. Bergen: Fjord Press, 2019. 212 pp. $29.95 (cloth).\n"
        "Reviewed by Per Dahl (University of Bergen)\nPublished on H-Maritime (May, 2020)\nCommissioned by Anna Berg\n"
        "Printable Version: https://www.h-net.org/reviews/showpdf.php?id=55120\n\nThe Keeper's Side\n\n"
        "Holm reads the keeper's letters against the board's minutes and finds that he asked to stay.[1]\n"
        "Her case is persuasive, but the board's papers for 1952 are lost.\n\nNote\n"
        "[1]. Gull Point Board, Minutes for 1952 (Bergen: Lighthouse Board, 1953), 14.\n\n"
        "Citation: Per Dahl. Review of Holm, Ingrid, The Last Keeper. H-Maritime, H-Net Reviews. May, 2020.\n"
        "URL: https://www.h-net.org/reviews/showrev.php?id=55120\n\n"
        "Copyright © 2020 by H-Net, all rights reserved. H-Net permits the redistribution and reprinting of this work "
        "for nonprofit, educational purposes, with full and accurate attribution to the author, web location, date of "
        "publication, originating list, and H-Net: Humanities & Social Sciences Online. For any other proposed use, "
        "contact the Reviews editorial staff at hbooks@mail.h-net.org.\n")
    assert (parsed.source.author, parsed.source.date) == ("Per Dahl", "2020-05")
    assert not still_in(parsed, "Reviewed by", "Commissioned", "Printable", "Minutes for 1952", "Citation", "URL",
                        "Copyright", "redistribution")
    assert still_in(parsed, "he asked to stay", "papers for 1952 are lost") == ["he asked to stay", "papers for 1952 are lost"]


def test_an_invision_forum_topic_gives_each_post_to_its_poster_named_over_their_group_and_count(tmp_path):
    parsed = page(tmp_path, "topic",
        "Lighthouse Forum\nExisting user? Sign In\nSign Up\nBrowse\nActivity\nSearch...\nAll Activity\nHome\n"
        "Northern lights\nThe last keeper of Gull Point\nThe last keeper of Gull Point\n"
        "By saltmarsh, March 6, 2021 in Northern lights\nShare\nFollowers 2\nReply to this topic\nStart new topic\n"
        "Recommended Posts\nsaltmarsh\nMembers\n412\nPosted March 6, 2021 (edited)\n"
        "The keeper asked to stay until the spring, and the board refused him.\nEdited March 6, 2021 by saltmarsh\n"
        "Quote\nLink to comment\nShare on other sites\nMore sharing options...\n"
        "Gull Rock Keeper\nMembers\n1.1k\nPosted March 6, 2021\nThe minutes say he retired, and he signed them.\n"
        "Quote\nLink to comment\nShare on other sites\nMore sharing options...\n"
        "saltmarsh\nMembers\n412\nPosted March 6, 2021\nHe signed what he was given, as keepers did.\n"
        "Quote\nLink to comment\nShare on other sites\nMore sharing options...\n"
        "Go to topic listing\nRecently Browsing 0 members\nNo registered users viewing this page.\n"
        "Home\nNorthern lights\nAll Activity\nTheme\nContact Us\nPowered by Invision Community\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The last keeper of Gull Point", "saltmarsh", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "saltmarsh"), ("reply", "Gull Rock Keeper"), ("reply", "saltmarsh")]
    assert not still_in(parsed, "Northern lights", "Members", "412", "Posted", "Edited", "Recommended", "topic listing",
                        "Browsing", "Theme", "Invision")


def test_a_journal_sites_post_under_its_writers_name_and_date_with_threaded_comments(tmp_path):
    parsed = page(tmp_path, "journal",
        "Keepers' Notes\nA journal of the northern lights\nsalt_marsh\nMar. 6th, 2021 at 8:40 PM\n"
        "The last keeper? The board made sure we would forget him\n"
        "The keeper asked to stay until the spring, and the board refused him in two lines.\n"
        "Tags: keepers, letters\nShare\nFlag\nLink\n2 comments\nLeave a comment\nPrev\nShare\nNext\n"
        "tidewrack\nMarch 7 2021, 02:11:17 UTC\nHis letters say so too. The minutes were written for the board.\n"
        "Reply\nThread\nLink\n"
        "gullrock\nMarch 7 2021, 18:45:51 UTC\nThe minutes are the only record, and they say he retired.\n"
        "Reply\nThread\nLink\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "The last keeper? The board made sure we would forget him", "salt_marsh", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "tidewrack"), ("comment", "gullrock")]
    assert not still_in(parsed, "Flag", "Prev", "Next", "UTC", "8:40")


def test_an_opinion_pieces_headline_set_as_sentences_its_note_on_the_author_and_more_in_its_section(tmp_path):
    parsed = page(tmp_path, "opinion",
        "The Coast Times\nSubscribe\nSign in\nOpinion\nThe keeper did not retire. It is time to say so.\n"
        "Seventy years of official silence have kept a convenient story alive.\nBy Anna Berg\nMarch 6, 2023\n"
        "The keeper of Gull Point asked to stay until the spring, and the board refused him in two lines.\n"
        "The board should say plainly what its own papers have shown for seventy years.\n"
        "Anna Berg is a retired keeper and the author of Lamps of the North. The views expressed are her own.\n"
        "More in Opinion\nWhat the lamp still teaches us\nThe myths of the coast\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper did not retire. It is time to say so.", "Anna Berg")
    assert not still_in(parsed, "retired keeper", "views expressed", "More in Opinion", "myths of the coast")
    assert still_in(parsed, "have shown for seventy years") == ["have shown for seventy years"]


def test_a_groups_archives_newsgroup_thread_gives_each_message_to_its_sender(tmp_path):
    parsed = page(tmp_path, "groups",
        "Google Groups\nConversations\nAbout\nThe last keeper of Gull Point\n11 views\nSkip to first unread message\n"
        "Per Dahl\nunread,\nMar 6, 2009, 9:14:22 AM\nto\n"
        "The keeper of Gull Point left the island in 1952. Does anyone believe he retired?\n"
        "Reply all\nReply to author\nForward\n"
        "Helen Marsh\nunread,\nMar 6, 2009, 11:02:10 AM\nto\n"
        "On Mar 6, 9:14 am, Per Dahl <pd...@fjord.example.no> wrote:\n> Does anyone believe he retired?\n"
        "No. His letters say he asked to stay until the spring.\nReply all\nReply to author\nForward\n"
        "Anna Berg\nunread,\nMar 7, 2009, 4:20:31 AM\nto\nThe minutes say he retired, and he signed them.\n"
        "Reply all\nReply to author\nForward\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The last keeper of Gull Point", "Per Dahl", "2009-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("reply", "Helen Marsh"), ("reply", "Anna Berg")]
    assert not still_in(parsed, "unread", "wrote:", "Reply all", "Forward", "Skip to")


def test_a_film_diarys_reviews_each_under_its_reviewer_and_stars(tmp_path):
    parsed = page(tmp_path, "diary",
        "Letterboxd\nSign in\nCreate account\nFilms\nLists\nMembers\nJournal\nThe Last Keeper\n2019\n"
        "Directed by Per Dahl\nReviews\nPopular\nRecent\nReview by mossbank ★★\nWatched 02 Feb 2021\n"
        "A handsome film that turns the keeper into a drunk the letters show he never was.\n14 likes\n"
        "Review by Anna Berg ★★★½\nWatched 31 Oct 2019\nBetter than its reputation, and the storm scenes are real.\n"
        "3 likes\nMore reviews\n")
    assert parsed.source.title == "The Last Keeper"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "mossbank"), ("comment", "Anna Berg")]
    assert not still_in(parsed, "Review by", "★", "Watched", "likes", "Directed", "More reviews")


def test_a_news_aggregators_story_and_its_scored_comments(tmp_path):
    parsed = page(tmp_path, "story",
        "Slashdot\nStories\nFirehose\nAll\nPopular\nPolls\nSoftware\nSubmit\nLogin\n"
        "Letters Show Gull Point Keeper Did Not Retire\n"
        "Posted by msmash on Friday March 5, 2021 @02:14PM from the lamp-lighter dept.\n"
        "An anonymous reader quotes a report: The keeper of Gull Point asked to stay until the spring, his letters show.\n"
        "127 comments\nRe:Minutes (Score:5, Informative)\n"
        "by Kestrel Nine ( 8812 ) on Friday March 5, 2021 @02:40PM (#60999123)\nThe minutes were written by the board.\n"
        "Parent\nShare\nRe:Minutes (Score:2)\nby Anonymous Coward on Friday March 5, 2021 @03:02PM (#60999301)\n"
        "He signed them, so he agreed.\nParent\nShare\nSlashdot Top Deals\nSlashdot\nWorking...\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("Letters Show Gull Point Keeper Did Not Retire", "msmash",
                                                          "2021-03-05")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Kestrel Nine"), ("comment", "Anonymous Coward")]
    assert not still_in(parsed, "Firehose", "Posted by", "Score", "8812", "Parent", "Top Deals", "Working")


def test_a_fan_wikis_page_without_its_menu_tabs_categories_and_feed(tmp_path):
    parsed = page(tmp_path, "wiki",
        "Lighthouses Wiki\nExplore\nMain Page\nDiscuss\nAll Pages\nCommunity\nInteractive Maps\nRecent Blog Posts\n"
        "in: Lighthouses, Norway, 1952\nGull Point Light\nSign in to edit\nHistory\nTalk (0)\n"
        "Gull Point Light is a lighthouse on the north coast, automated in 1952 when its last keeper left.[1]\n"
        "Keeper[]\nThe last keeper asked to stay until the spring, and the board refused him.\n"
        "References[]\n↑ Holm, I. (2019). The Last Keeper. Fjord Press.\nCategories\nCategories:\nLighthouses\nNorway\n"
        "Add category\nCommunity content is available under CC-BY-SA unless otherwise noted.\nAdvertisement\nFan Feed\n"
        "More Lighthouses Wiki\n1 Bell Rock\n2 Eddystone\n")
    assert parsed.source.title == "Gull Point Light"
    assert not still_in(parsed, "Explore", "Main Page", "in: Lighthouses", "Talk (0)", "Fjord Press", "Categories",
                        "Add category", "CC-BY-SA", "Fan Feed", "Eddystone")
    assert still_in(parsed, "refused him") == ["refused him"]


def test_a_messaging_channels_posts_with_a_forwarded_post_quoted_from_its_channel(tmp_path):
    parsed = page(tmp_path, "channel",
        "Northern Lights\n@northernlights\n12.4K subscribers\n4.1K photos\n96 videos\n212 links\n"
        "Northern Lights\nSeventy years ago the last keeper left Gull Point. The board says he retired.\n5.2K views\n"
        "Mar 6, 2022 at 21:14\nNorthern Lights\nForwarded from Coast Chronicle\n"
        "The Lighthouse Board has confirmed that the keeper of Gull Point retired in 1952.\n4.8K views\n"
        "Mar 7, 2022 at 09:30\nNorthern Lights\nHis letters say otherwise: he asked to stay until the spring.\n"
        "6.0K views\nedited Mar 8, 2022 at 18:02\n")
    assert (parsed.source.author, parsed.source.date) == ("Northern Lights", "2022-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("quoted", "Coast Chronicle"), ("author", "")]
    assert not still_in(parsed, "photos", "Forwarded", "views", "edited")


def test_a_page_copied_with_no_break_spaces_reads_as_with_plain_spaces(tmp_path):
    text = ("Sign in to follow this  \nFollowers 0\nsaltmarsh\n\nThe last keeper of Gull Point\n\n3 posts in this topic\n\n"
            "The keeper asked to stay until the spring, and the board refused him in two lines.\n\nShare this post\n\n\n"
            "Link to post\nShare on other sites\n1 hour ago, saltmarsh said:\n\nThe keeper asked to stay until the spring\n\n"
            "The minutes say he retired, and he signed them.\n\nShare this post\n\n\nLink to post\nShare on other sites\n")
    (tmp_path / "plain").mkdir()
    (tmp_path / "nbsp").mkdir()
    plain = page(tmp_path / "plain", "forum", text)
    spaced = page(tmp_path / "nbsp", "forum", text.replace(" ", "\u00a0"))
    assert (spaced.source.title, spaced.source.author) == (plain.source.title, plain.source.author) == (
        "The last keeper of Gull Point", "saltmarsh")
    assert [(c.role, c.speaker, c.start, c.end, c.paragraph) for c in spaced.chunks] == [
        (c.role, c.speaker, c.start, c.end, c.paragraph) for c in plain.chunks]
    assert spaced.chunks[0].text == plain.chunks[0].text.replace(" ", "\u00a0")  # the file's own characters


def test_a_review_aggregators_audience_reviews_each_under_its_reviewers_name_and_rating(tmp_path):
    parsed = page(tmp_path, "audience",
        "Rotten Tomatoes\nMovies\nTV Shows\nShop\nNews\nShowtimes\nThe Last Keeper: Season 1\nAudience Reviews\n"
        "All Audience\nVerified Audience\nDmitri V\nRated 2/5 Stars • Rated 2 out of 5 stars 03/08/21 Full Review\n"
        "Beautifully shot and completely dishonest about the keeper.\nHelpful\nReport\n"
        "Sarah K\nRated 4.5/5 Stars • Rated 4.5 out of 5 stars 11/22/19 Full Review\n"
        "The storm scenes are some of the best television I have seen.\nHelpful\nReport\nLoad More\n"
        "The Last Keeper: Season 1 Audience Reviews\nGo back to series page\n")
    assert parsed.source.title == "The Last Keeper: Season 1"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "Dmitri V"), ("comment", "Sarah K")]
    assert not still_in(parsed, "Rated", "Full Review", "Helpful", "Audience", "Go back", "Showtimes")


def test_a_streaming_services_title_page_without_its_badges_credits_as_title_and_episode_headings(tmp_path):
    parsed = page(tmp_path, "title",
        "NETFLIX\nJoin Now\nSign In\nThe Last Keeper\n2019\nTV-MA\nLimited Series\n"
        "In 1952 the keeper of Gull Point refuses to leave his light when the board automates it.\n"
        "Starring:Per Dahl, Anna Berg\nCreators:Ingrid Holm\nWatch all you want.\nJOIN NOW\nEpisodes\n1. Episode 1\n52m\n"
        "The board's letter arrives on the supply boat, and the keeper hides it from his wife.\n2. Episode 2\n51m\n"
        "A storm cuts the island off, and the keeper lights the lamp by hand for the last time.\n"
        "More Details\nWatch offline\nDownload and watch everywhere you go.\nGenres\nTV Dramas\nThis show is...\n"
        "Dark\nMore Like This\nQuestions? Call 1-844-505-2993\nFAQ\nHelp Center\n")
    assert not parsed.source.title.startswith("Starring")
    assert [c.text for c in parsed.chunks][-2:] == [
        "The board's letter arrives on the supply boat, and the keeper hides it from his wife.",
        "A storm cuts the island off, and the keeper lights the lamp by hand for the last time."]
    assert not still_in(parsed, "TV-MA", "Limited Series", "Watch all", "More Details", "offline", "Genres", "This show")
    assert still_in(parsed, "Creators:Ingrid Holm") == ["Creators:Ingrid Holm"]


def test_a_newspapers_comments_each_under_its_readers_name_place_and_day(tmp_path):
    parsed = page(tmp_path, "op-ed",
        "The Coast Times\nOpinion\nThe Keeper Did Not Retire\nSeventy years later, the board's own papers tell a different "
        "story.\nBy Anna Berg\nMs. Berg is a historian of the northern coast.\nMarch 6, 2021\n"
        "The keeper of Gull Point asked to stay until the spring, and the board refused him in two lines.\n"
        "His letters, kept in the county archive, make the point plainly: he wanted to stay.\n"
        "The board's minutes, written by its secretary, record a retirement and nothing else.\n"
        "The secretary had argued for automation for a decade, and the keeper stood in the way.\n"
        "No one asked the keeper's family until 1998, when his daughter gave the letters to the archive.\n"
        "Comments 212\nAll\nReader Picks\nEditors' Picks\nPer Dahl\nBergen, Norway\nMarch 6\nEditors' Pick\n"
        "The minutes were written by the board's secretary, who wanted the lamp automated.\nReply\n48 Recommend\nShare\n"
        "Flag\nIngrid Holm\nOslo\nMarch 7\nHe signed the minutes himself. That should count for something.\nReply\n"
        "12 Recommend\nShare\nFlag\n")
    assert (parsed.source.title, parsed.source.author) == ("The Keeper Did Not Retire", "Anna Berg")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "Per Dahl"), ("comment", "Ingrid Holm")]
    assert not still_in(parsed, "Comments 212", "All\n", "Picks", "Pick", "Bergen", "Oslo", "March 7", "Recommend", "Flag")


def test_blog_platforms_posts_with_their_reading_time_post_navigation_and_footers(tmp_path):
    parsed = page(tmp_path, "ghost",
        "Keepers' Notes\nHome\nArchive\nAbout\nSign in\nSubscribe\nThe keeper did not retire\nTom Reilly\n"
        "Mar 6, 2021 — 4 min read\nThe keeper asked to stay until the spring, and the board refused him in two lines.\n"
        "His letters, kept in the county archive, say so plainly.\nSign up for more like this.\nEnter your email\n"
        "Subscribe\nRead next\nWhy the lamp went dark\nThe board's secretary wanted the lamp automated.\n"
        "Keepers' Notes © 2021\nPowered by Ghost\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The keeper did not retire", "Tom Reilly", "2021-03-06")
    assert not still_in(parsed, "min read", "Sign up", "lamp went dark", "©")
    parsed = page(tmp_path, "squarespace",
        "Gull Point Histories\nBlog\nArchive\nContact\nThe keeper did not retire\nMarch 6, 2021\nTom Reilly\n"
        "The keeper asked to stay until the spring, and the board refused him in two lines.\n"
        "His letters, kept in the county archive, say so plainly.\nTom Reilly\nLighthouses, Keepers\nNewer Post\n"
        "Why the lamp went dark\nOlder Post\nThe board's last vote\nGull Point Histories\nBergen, Norway\n"
        "hello@gullpoint.example.org\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The keeper did not retire", "Tom Reilly", "2021-03-06")
    assert [c.text for c in parsed.chunks] == [("The keeper asked to stay until the spring, and the board refused him in "
                                                 "two lines.\nHis letters, kept in the county archive, say so plainly.")]


def test_a_journals_article_page_without_its_trail_contents_tabs_and_record(tmp_path):
    text = (
        "Skip to main content\nCambridge Core\nLog in\nRegister\nJournals\nBooks\nHome\n>Journals\n"
        ">Coastal History Review\n>Volume 12 Issue 3\n>The last keeper of Gull Point\nEnglish\nFrançais\n"
        "Coastal History Review\nArticle contents\nAbstract\nIntroduction\nThe letters\nReferences\n"
        "The last keeper of Gull Point: retirement or dismissal?\n"
        "Published online by Cambridge University Press: 04 March 2021\nHelen Marsh\nShow author details\n"
        "Helen Marsh*\nAffiliation:\nUniversity of Leeds\n*Corresponding author. Email: h.marsh@leeds.example.ac.uk\n"
        "Article\nFigures\nMetrics\nSave PDF\nShare\nCite\nRights & Permissions\nAbstract\n"
        "The keeper of Gull Point left the island in 1952. The board's minutes call it a retirement; his letters say "
        "he asked to stay.\nKeywords\nlighthouses, labour history, Norway\nType\nResearch Article\nInformation\n"
        "Coastal History Review, Volume 12, Issue 3, March 2021, pp. 245 - 267\nCopyright\n"
        "© The Author(s), 2021. Published by Cambridge University Press\nIntroduction\n"
        "The minutes of the Gull Point Board for 1952 record the keeper's retirement in a single line.\nThe letters\n"
        "The keeper's letters, given to the county archive by his daughter in 1998, tell a different story.\n"
        "References\nBerg, A. (2019). The Last Keeper. Bergen: Fjord Press.\nCited by\nLoading...\n")
    parsed = page(tmp_path, "article", text)
    source = parsed.source
    assert (source.title, source.author, source.date) == (
        "The last keeper of Gull Point: retirement or dismissal?", "Helen Marsh", "2021-03-04")
    assert [c.role for c in parsed.chunks] == ["author"] * len(parsed.chunks)
    assert not still_in(parsed, ">", "Article contents", "Show author", "Leeds", "Metrics", "Keywords", "Volume 12",
                        "Fjord Press", "Cited by")


def test_an_interview_in_q_and_a_gives_its_answers_to_the_one_its_introduction_names(tmp_path):
    parsed = page(tmp_path, "interview",
        "The Coast Times\nThe keeper's daughter speaks\nWe spoke to Marta Holm, whose father kept the Gull Point Light "
        "until 1952, about the letters she gave the archive.\nBy Anna Berg\nMarch 6, 2021\n"
        "Q. When did you first read your father's letters?\nA. Only after he died, in 1979.\n"
        "Q. Do the letters say he was dismissed?\nA. They say he asked to stay until the spring and was refused.\n"
        "This interview has been edited for length and clarity.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks if c.text.startswith("A.")] == [("quoted", "Marta Holm")] * 2
    assert not still_in(parsed, "edited for length")


def test_a_speechs_transcript_with_its_time_place_and_notes_of_applause(tmp_path):
    from embeddings.reading import read_text

    parsed = page(tmp_path, "speech",
        "Remarks by the Governor at the Gull Point Memorial\nMarch 6, 2021\nHarbour Square, Bergen\n11:02 A.M.\n"
        "THE GOVERNOR: Thank you. Thank you very much. (Applause.) Please, be seated.\n"
        "Seventy years ago the keeper of Gull Point asked to stay at his light until the spring. The board refused "
        "him. (Applause.)\nEND\n11:20 A.M.\n")
    assert (parsed.source.title, parsed.source.date) == ("Remarks by the Governor at the Gull Point Memorial", "2021-03-06")
    assert not still_in(parsed, "A.M.", "END")
    text = parsed.chunks[-1].text
    assert "(Applause.)" in text and "Applause" not in read_text(text) and len(read_text(text)) == len(text)


def test_news_pages_with_a_role_under_the_byline_topics_over_the_text_and_agency_credits(tmp_path):
    text = ("The keeper of Gull Point asked to stay until the spring, his letters show, and the board refused him.\n"
            "His daughter gave the letters to the county archive in 1998.\n")
    broadcaster = page(tmp_path, "broadcaster",
        "BBC News\nHome\nNews\nSport\nWeather\nThe keeper who did not retire\nBy Anna Berg\nCulture reporter, BBC News\n"
        "6 March 2021\nShare\nRelated Topics\nLighthouses\n" + text + "More on this story\nWhy the lamp went dark\n"
        "Published 3 March\n")
    agency = page(tmp_path, "agency",
        "Reuters\nWorld\nBusiness\nMarkets\nThe keeper who did not retire\nBy Anna Berg\n"
        "March 6, 2021 9:14 AM GMT Updated 3 years ago\n" + text +
        "Reporting by Anna Berg; Editing by Per Dahl\nOur Standards: The Thomson Reuters Trust Principles.\n")
    magazine = page(tmp_path, "magazine",
        "The Atlantic\nSign In\nSubscribe\nIdeas\nThe Keeper Who Did Not Retire\n"
        "His letters tell a different story from the board's minutes.\nBy Anna Berg\nIllustration by Per Dahl\n"
        "March 6, 2021, 6 AM ET\nShare\nSave\n" + text + "Anna Berg is a staff writer at The Atlantic.\n")
    for parsed in (broadcaster, agency, magazine):
        assert (parsed.source.title.lower(), parsed.source.author, parsed.source.date) == (
            "the keeper who did not retire", "Anna Berg", "2021-03-06")
        assert parsed.chunks[-1].text == text.strip()
        assert not still_in(parsed, "Related Topics", "Lighthouses\n", "Updated", "Reporting by", "Standards",
                            "Illustration", "staff writer")


def test_a_newsletter_platforms_post_with_its_share_menu_discussion_and_archive(tmp_path):
    parsed = page(tmp_path, "newsletter-post",
        "Keepers' Notes\nSubscribe\nSign in\nShare this post\nThe keeper did not retire\nkeepersnotes.substack.com\n"
        "Copy link\nFacebook\nEmail\nNotes\nMore\nThe keeper did not retire\n"
        "His letters tell a different story from the board's minutes.\nTom Reilly\nMar 6, 2021\n12\n4\nShare\n"
        "The keeper of Gull Point asked to stay until the spring, and the board refused him in two lines.\n"
        "Subscribe to Keepers' Notes\nLaunched 3 years ago\nNotes on the lights of the coast.\n12 Likes\n∙\n2 Restacks\n"
        "Discussion about this post\nComments\nRestacks\nIngrid Holm\nMar 7, 2021\n"
        "The minutes were written by the board's secretary, who wanted the lamp automated.\nReply\nShare\n"
        "Top\nLatest\nDiscussion\nNo posts\nReady for more?\n© 2024 Tom Reilly\nPrivacy ∙ Terms ∙ Collection notice\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "The keeper did not retire", "Tom Reilly", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("comment", "Ingrid Holm")
    assert not still_in(parsed, "Notes\nMore", "No posts", "Ready for more", "Restacks", "Launched")


def test_a_quotations_sites_page_gives_each_quotation_to_the_name_under_it(tmp_path):
    parsed = page(tmp_path, "quotes",
        "Goodreads\nHome\nMy Books\nBrowse\nCommunity\nQuotes by Ingrid Holm\n"
        "“The minutes record what the board wanted remembered, not what the keeper said.”\n"
        "― Ingrid Holm, The Last Keeper\ntags: archives, history\n1,204 likes\nLike\n"
        "“A lamp is only as faithful as the hands that tend it.”\n― Ingrid Holm, Lamps of the North\n"
        "tags: lighthouses\n312 likes\nLike\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", "Ingrid Holm")] * 2
    assert all(c.text.startswith("“") and "\n― Ingrid Holm" in c.text for c in parsed.chunks)


def test_a_parliaments_record_gives_each_speech_to_its_member(tmp_path):
    parsed = page(tmp_path, "debate",
        "Hansard\nUK Parliament\nGull Point Light\nVolume 60: debated on Tuesday 6 March 1984\n"
        "Mr. Tom Reilly (Bergen North)\n"
        "To ask the Secretary of State what instructions were given to the board about the keeper in 1952.\n"
        "The Secretary of State (Mrs. Anna Berg)\nThe board acted within its powers. The keeper retired.\n"
        "Mr. Reilly\nIs the Secretary of State aware that the keeper's letters show he asked to stay?\n"
        "Mrs. Berg\nI have seen no such letters.\nHon. Members: Hear, hear.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("quoted", "Tom Reilly"), ("quoted", "Anna Berg"), ("quoted", "Tom Reilly"), ("quoted", "Anna Berg")]
    assert not still_in(parsed, "Bergen North", "Mr. Reilly", "debated on", "Hear, hear")


def test_a_chat_logs_messages_each_under_its_writer(tmp_path):
    parsed = page(tmp_path, "chat",
        "#history-debates\nsaltmarsh — 03/06/2021 2:14 PM\nThe keeper of Gull Point asked to stay until the spring.\n"
        "gullrock — 03/06/2021 2:20 PM\nThe minutes say he retired, and he signed them.\n"
        "saltmarsh — Today at 2:22 PM\nHe signed what he was given. Keepers did.\n")
    assert parsed.source.author == "saltmarsh"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "saltmarsh"), ("reply", "gullrock"), ("reply", "saltmarsh")]
    assert not still_in(parsed, " — ", "PM")


def test_chat_exports_give_each_message_to_its_writer(tmp_path):
    messages = [("Tom Reilly", "The keeper asked to stay until the spring."), ("Anna Berg", "The minutes say he retired."),
                ("Tom Reilly", "He signed what he was given."), ("Anna Berg", "Then the board wrote the minutes.")]
    phone = page(tmp_path, "phone", "".join(f"[06/03/2021, 14:{10 + n}:22] {name}: {words}\n"
                                            for n, (name, words) in enumerate(messages)))
    team = page(tmp_path, "team", "# lighthouse-history\n" + "".join(f"{name}  2:{10 + n} PM\n{words}\n"
                                                                    for n, (name, words) in enumerate(messages)))
    for parsed in (phone, team):
        assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", name) for name, _ in messages]
    assert not still_in(team, "PM")


def test_a_digital_librarys_e_book_without_its_header_and_licence(tmp_path):
    parsed = page(tmp_path, "ebook",
        "The Project Gutenberg eBook of The Last Keeper, by Ingrid Holm\n\nThis eBook is for the use of anyone anywhere "
        "in the United States and\nmost other parts of the world at no cost and with almost no restrictions.\n\n"
        "Title: The Last Keeper\n\nAuthor: Ingrid Holm\n\nRelease Date: March 6, 2021 [eBook #64812]\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LAST KEEPER ***\n\nCHAPTER I.\n\nTHE LETTER\n\n"
        "The keeper of Gull Point asked to stay until the spring. The board\nrefused him in two lines.\n\n"
        "He kept the letter in his logbook until he died.\n\nCHAPTER II.\n\nTHE MINUTES\n\n"
        "The minutes were written by the board's secretary.\n\n"
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LAST KEEPER ***\n\nSTART: FULL LICENSE\n\n"
        "To protect the Project Gutenberg mission of promoting the free\ndistribution of electronic works, you agree "
        "to comply with all the terms.\n")
    assert (parsed.source.title, parsed.source.author) == ("The Last Keeper", "Ingrid Holm")
    assert not still_in(parsed, "Gutenberg", "eBook", "Release Date", "LICENSE")
    assert parsed.chunks[-1].text.startswith("CHAPTER II.")


def test_a_journal_archives_landing_page_reads_as_its_preview_by_its_author(tmp_path):
    parsed = page(tmp_path, "landing",
        "JSTOR\nSearch\nBrowse\nTools\nLog in\nRegister\nJournal Article\nThe Last Keeper of Gull Point\nHelen Marsh\n"
        "Coastal History Review\nVol. 12, No. 3 (March 2021), pp. 245-267 (23 pages)\nPublished By: Harbour University Press\n"
        "https://www.jstor.org/stable/12345678\nCite\nRead and download\nLog in through your school or library\n"
        "Alternate access options\nFor independent researchers\n"
        "Read Online (Free) relies on page scans, which are not currently available to screen readers.\nPreview\n"
        "The keeper of Gull Point left the island in 1952. The board's minutes call it a retirement, but his letters "
        "say he asked to stay until the spring.\nJournal Information\n"
        "Coastal History Review publishes research on the history of coasts and harbours.\nRights & Usage\n"
        "This item is part of a JSTOR Collection.\nFor terms and use, please refer to our Terms and Conditions\n")
    assert (parsed.source.title, parsed.source.author) == ("The Last Keeper of Gull Point", "Helen Marsh")
    assert [c.text[:30] for c in parsed.chunks] == ["The keeper of Gull Point left "]


def test_a_sentence_that_opens_as_a_credit_does_is_still_text(tmp_path):
    parsed = page(tmp_path, "credits",
        "The keeper's letters\nBy Anna Berg\nMarch 6, 2021\nWriting by candlelight he composed the letter.\n"
        "Photographs by the keeper survive in the archive.\nThe board refused him in two lines.\n"
        "Commissioned by the board in 1890, the lamp burned for sixty years.\n"
        "Photograph by Per Dahl for The Coast Times\nReporting by Anna Berg; Editing by Per Dahl\n")
    assert still_in(parsed, "Writing by candlelight", "Photographs by the keeper", "Commissioned by the board") == [
        "Writing by candlelight", "Photographs by the keeper", "Commissioned by the board"]
    appeals = page(tmp_path, "appeals",
        "The keeper's station\nBy Anna Berg\nMarch 6, 2021\nThe station is listener-supported.\n"
        "Become a member of the board, he was told, or leave.\nTranslated by the keeper himself, the letters read differently.\n"
        "Replying to critics, the board said it had no choice.\n")
    assert still_in(appeals, "listener-supported", "Become a member", "Translated by", "Replying to") == [
        "listener-supported", "Become a member", "Translated by", "Replying to"]
    assert not still_in(parsed, "Photograph by Per Dahl", "Reporting by")


def test_a_stations_episode_page_with_its_air_date_and_related_episodes(tmp_path):
    parsed = page(tmp_path, "episode-page",
        "KPFA 94.1 FM\nListen Live\nDonate\nPrograms\nSchedule\nAgainst the Grain\nThe Last Keeper\n"
        "Aired on Tuesday, March 6, 2021 at 12:00 pm\nDownload MP3\nPlay Audio\nHost: Sasha Lilley\nGuest: Ingrid Holm\n"
        "Seventy years ago the keeper of Gull Point asked to stay at his light until the spring, and the board "
        "refused him.\nRelated Episodes\nLamps of the North\nMarch 1, 2021\nSubscribe to Against the Grain\nRSS\n")
    assert (parsed.source.title, parsed.source.date) == ("The Last Keeper", "2021-03-06")
    assert not still_in(parsed, "Aired", "MP3", "Related Episodes", "Lamps of the North")


def test_a_photo_networks_post_with_its_caption_and_comments_under_handles(tmp_path):
    parsed = page(tmp_path, "photo",
        "Instagram\nLog in\nSign up\ncoast_history_museum\nVerified\n•\nFollow\ncoast_history_museum\n"
        "The keeper of Gull Point asked to stay until the spring. His letters are on show in our new exhibition.\n2w\n"
        "harbour_reader\nHe signed the minutes though.\n2w\n3 likes\nReply\n"
        "tidewrack\nMy grandfather knew him. He never wanted to leave.\n1w\nReply\n1,204 likes\nMarch 6, 2021\n"
        "Add a comment…\n")
    assert parsed.source.author == "coast_history_museum"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "harbour_reader"), ("comment", "tidewrack")]
    assert not still_in(parsed, "Verified", "Add a comment", "tidewrack\n")


def test_a_history_sites_primary_sources_are_their_writers_words(tmp_path):
    parsed = page(tmp_path, "sources",
        "Gull Point Histories\nThe Last Keeper of Gull Point\n"
        "Tom Reilly kept the Gull Point Light from 1920 until 1952, when the board automated the lamp.\n"
        "Primary Sources\n(1) Tom Reilly, letter to the Gull Point Board (3 March 1952)\n"
        "I ask only to stay until the spring, when the boats can take my family to the mainland.\n"
        "(2) Minutes of the Gull Point Board (10 March 1952)\n"
        "The keeper's retirement was noted with thanks for his long service.\n"
        "(3) Marta Holm, interview with the author (2019)\nMy father never retired. He was told to go, and he went.\n")
    quoted = [(c.speaker, c.text.split("\n")[-1][:20]) for c in parsed.chunks if c.role == "quoted"]
    assert quoted == [("Tom Reilly", "I ask only to stay u"), ("Minutes of the Gull Point Board", "The keeper's retirem"),
                      ("Marta Holm", "My father never reti")]
    assert [c.role for c in parsed.chunks if "kept the Gull Point Light" in c.text] == ["author"]


def test_an_archived_letter_with_its_notes_and_a_last_updated_line_under_it(tmp_path):
    parsed = page(tmp_path, "archived-letter",
        "Tom Reilly\nTo the Gull Point Board\n(March 1952)\nWritten: 3 March 1952.\n"
        "First Published: Keepers' Notes, No. 4, 1953.\nTranslated: Per Dahl.\n"
        "Transcription/Markup: Anna Berg for the Lighthouse Internet Archive.\nGentlemen,\n"
        "I ask only to stay until the spring, when the boats can take my family and our goods to the mainland.\n"
        "Yours faithfully,\nTom Reilly\nLast updated on 6 March 2021\n")
    assert (parsed.source.title, parsed.source.author) == ("To the Gull Point Board", "Tom Reilly")
    assert not still_in(parsed, "Markup", "First Published", "Translated")


def test_a_xenforo_thread_with_quotes_opened_in_full_signatures_under_rules_and_staff_badges(tmp_path):
    parsed = page(tmp_path, "xenforo",
        "Keepers Forum\nForums\nWhat's new\nMembers\nLog in\nRegister\nForums\nLighthouses\n"
        "Why did the keeper of Gull Point leave?\nThread starter tidewrack\nStart date Mar 6, 2021\n"
        "tidewrack\nWell-known member\nJoined\nMar 3, 2009\nMessages\n4,211\nReaction score\n1,203\nMar 6, 2021\n#1\n"
        "The keeper left the island in 1952, when the lamp was automated. The board minutes say he asked to retire.\n"
        "_____________________\nKeep the lamp lit.\nReply\nReport\nLike\nReactions: saltmarsh\n"
        "saltmarsh\nMember\nJoined\nJan 12, 2015\nMessages\n388\nReaction score\n142\nMar 6, 2021\n#2\n"
        "tidewrack said:\nThe board minutes say he asked to retire.\nClick to expand...\n"
        "The minutes were written by the board, and his letters say he asked to stay until the spring.\n"
        "Reply\nReport\nLike\n"
        "harbour_mod\nModerator\nStaff member\nJoined\nAug 20, 2004\nMessages\n15,402\nReaction score\n5,118\n"
        "Mar 7, 2021\n#3\nPlease keep to the evidence. Two posts removed.\nReply\nReport\nLike\n"
        "You must log in or register to reply here.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Why did the keeper of Gull Point leave?", "tidewrack", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "tidewrack"), ("reply", "saltmarsh"), ("reply", "harbour_mod")]
    assert not still_in(parsed, "____", "Keep the lamp lit", "Staff member", "Start date", "Click to expand")


def test_a_translated_polemic_under_a_donation_banner(tmp_path):
    parsed = page(tmp_path, "polemic",
        "Coast Voices\nHome\nHistory\nDonate\nSupport independent journalism on the coast. Donate now\nHistory\n"
        "The keeper and the board: a story of power\nBy Anna Berg\nTranslated from the Norwegian by Per Dahl\n"
        "March 6, 2021\nEvery spring the board lays a wreath at the light it took from its keeper.\n"
        "The minutes that call it a retirement were written by the men who wanted the lamp automated.\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper and the board: a story of power", "Anna Berg")
    assert not still_in(parsed, "Donate", "Translated")


def test_a_press_release_with_its_issuing_note_and_related_documents(tmp_path):
    parsed = page(tmp_path, "press-release",
        "Meetings Coverage and Press Releases\nHome\nStatements and Messages\nSG/SM/19821\n29 October 2019\n"
        "Statement by the Board on the Report into the Retirement of the Keeper of Gull Point\n"
        "The following statement was issued today by the Spokesman for the Chair of the Gull Point Board:\n"
        "The Board has received the report into the retirement of the keeper in 1952.\n"
        "The report concludes that the keeper asked to stay until the spring and was refused.\n"
        "For information media. Not an official record.\nRelated Documents\nReport of the Inquiry (GPB/73/973)\n"
        "Board resolution 72/252\n")
    assert (parsed.source.title, parsed.source.author) == (
        "Statement by the Board on the Report into the Retirement of the Keeper of Gull Point",
        "Spokesman for the Chair of the Gull Point Board")
    assert not still_in(parsed, "The following statement", "For information media", "Related Documents", "72/252")
    assert still_in(parsed, "asked to stay until the spring") == ["asked to stay until the spring"]


def test_a_quotation_closing_a_paragraph_of_the_writers_is_its_speakers(tmp_path):
    parsed = page(tmp_path, "report",
        "The Coast Times\nThe keeper's last winter\nBy Anna Berg\nMarch 6, 2021\n"
        "The board automated the Gull Point lamp in 1952, and its keeper left the island that spring.\n"
        "\"The keeper asked to retire,\" the board's secretary, Per Dahl, told the paper in 1952.\n"
        "Not everyone is persuaded. Ingrid Holm, a historian, said the letters point the other way. "
        "\"He asked to stay until the spring, and they refused him,\" she said.\n"
        "The letters were found in 2019. \"They were in a box under the stairs,\" Holm said on Tuesday. "
        "\"Nobody had read them.\"\n"
        "Stalin answered the board. \"No,\" he said. The minutes call it \"a retirement\" throughout.\n"
        "According to the museum's director, Marta Holm, the letters are genuine. \"We have had them tested,\" she said.\n")
    voices = [(c.role, c.speaker, c.text[:24]) for c in parsed.chunks]
    assert voices == [
        ("author", "", "The board automated the "), ("quoted", "Per Dahl", "\"The keeper asked to ret"),
        ("author", "", "Not everyone is persuade"), ("quoted", "Ingrid Holm", "\"He asked to stay until "),
        ("author", "", "The letters were found i"), ("quoted", "Holm", "\"They were in a box unde"),
        ("author", "", "Stalin answered the boar"), ("quoted", "Marta Holm", "\"We have had them tested")]


def test_a_simple_machines_forum_thread_with_its_post_headers_quotes_and_signatures(tmp_path):
    parsed = page(tmp_path, "smf",
        "Coast History Forum\nHome\nHelp\nSearch\nLogin\nRegister\n"
        "Coast History Forum » Lighthouses » Keepers » Was the keeper of Gull Point forced out?\n« previous next »\n"
        "Print\nPages: [1]   Go Down\nAuthor Topic: Was the keeper of Gull Point forced out?  (Read 1234 times)\n"
        "0 Members and 1 Guest are viewing this topic.\n"
        "tidewrack\nFull Member\n***\nOffline\nPosts: 212\nWas the keeper of Gull Point forced out?\n"
        "« on: March 06, 2021, 02:14:22 PM »\nQuote\n"
        "The keeper left the island in 1952, when the lamp was automated. The board minutes say he asked to retire.\n"
        "Logged\nThe sea gives and the sea takes.\n"
        "saltmarsh\nNewbie\n*\nOffline\nPosts: 12\nRe: Was the keeper of Gull Point forced out?\n"
        "« Reply #1 on: March 06, 2021, 03:01:10 PM »\nQuote\nQuote from: tidewrack on March 06, 2021, 02:14:22 PM\n"
        "The board minutes say he asked to retire.\n"
        "The minutes were written by the board, and his letters say he asked to stay until the spring.\nLogged\n"
        "harbour_reader\nJr. Member\n**\nOffline\nPosts: 57\nRe: Was the keeper of Gull Point forced out?\n"
        "« Reply #2 on: March 07, 2021, 09:12:44 AM »\nQuote\n"
        "An automated light cost a tenth of a manned one. That is the whole story.\n"
        "« Last Edit: March 07, 2021, 09:15:02 AM by harbour_reader »\nLogged\nPrint\nPages: [1]   Go Up\n"
        "« previous next »\nSMF 2.0.19 | SMF © 2021, Simple Machines\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Was the keeper of Gull Point forced out?", "tidewrack", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "tidewrack"), ("reply", "saltmarsh"), ("reply", "harbour_reader")]
    assert not still_in(parsed, "previous next", "Pages:", "Author Topic", "viewing this topic", "Newbie", "Posts:",
                        "« on:", "Reply #1", "Quote from", "Logged", "The sea gives", "Last Edit")


def test_a_mybb_forum_thread_with_its_profiles_and_quotes_on_the_quoted_line(tmp_path):
    parsed = page(tmp_path, "mybb",
        "Coast History Board\nHome\nSearch\nMember List\nCalendar\nHelp\nCoast History Board › Lighthouses › Keepers\n"
        "Was the keeper of Gull Point forced out?\nPages (2): 1 2 Next »\nThread Rating:\n0 Vote(s) - 0 Average\n"
        "Thread Modes\nWas the keeper of Gull Point forced out?\n"
        "tidewrack\nOffline\nMember\n***\nPosts: 212\nThreads: 14\nJoined: Mar 2009\nReputation: 3\n#1\n03-06-2021, 02:14 PM\n"
        "The keeper left the island in 1952, when the lamp was automated. The board minutes say he asked to retire.\n"
        "Find\nReply\n"
        "saltmarsh\nOffline\nJunior Member\n**\nPosts: 12\nThreads: 1\nJoined: Jan 2015\nReputation: 0\n#2\n03-06-2021, 03:01 PM\n"
        "(03-06-2021, 02:14 PM)tidewrack Wrote: The board minutes say he asked to retire.\n"
        "The minutes were written by the board, and his letters say he asked to stay until the spring.\nFind\nReply\n"
        "harbour_reader\nOffline\nJunior Member\n**\nPosts: 57\nThreads: 3\nJoined: Feb 2012\nReputation: 1\n#3\n"
        "03-07-2021, 09:12 AM\n(This post was last modified: 03-07-2021, 09:15 AM by harbour_reader.)\n"
        "An automated light cost a tenth of a manned one. That is the whole story.\nFind\nReply\n"
        "« Next Oldest | Next Newest »\nUsers browsing this thread: 1 Guest(s)\nView a Printable Version\nForum Jump:\n"
        "Powered By MyBB, © 2002-2021 MyBB Group.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Was the keeper of Gull Point forced out?", "tidewrack", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks if "." in c.text] == [
        ("author", "tidewrack"), ("reply", "saltmarsh"), ("reply", "harbour_reader")]
    assert not still_in(parsed, "Threads:", "Wrote:", "Thread Rating", "Vote(s)", "last modified", "Next Oldest",
                        "Users browsing", "Printable", "Forum Jump")


def test_a_podcast_hosts_episode_page_with_show_notes_links_and_an_appeal(tmp_path):
    parsed = page(tmp_path, "episode",
        "Coast Histories Podcast\nEpisodes\nAbout\nSupport the Show\nContact\nEpisode 45: The Last Keeper of Gull Point\n"
        "Coast Histories Podcast\nMarch 6, 2021\nSeason 3\nEpisode 45\n52:13\nShare\nDownload\n"
        "Subscribe: Apple Podcasts | Spotify | Google Podcasts | RSS\n"
        "In 1952 the Gull Point Light was automated and its keeper left the island. The board said he retired.\n"
        "Show notes\n(00:00) Introduction\n(02:15) Who was Tom Reilly?\n(14:40) The letters of March 1952\n"
        "(31:05) What the board's minutes leave out\nLinks mentioned in this episode:\n"
        "The Gull Point Board minutes, 1952 (Coast Archive)\nMarta Holm, The Keeper's Daughter (Fjord Press, 2019)\n"
        "Support the show\nIf you enjoy Coast Histories, please leave us a rating on Apple Podcasts, it really helps.\n"
        "Transcript\nIngrid Berg: Welcome to Coast Histories. Today my guest is Marta Holm.\n"
        "Marta Holm: My grandfather never wanted to leave the light. The board refused him.\n"
        "Ingrid Berg: So the minutes are wrong?\nMarta Holm: The minutes were written by the board.\n"
        "Powered by Buzzsprout\nPrivacy & Cookies\n")
    assert (parsed.source.title, parsed.source.date) == ("Episode 45: The Last Keeper of Gull Point", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("quoted", "Ingrid Berg"), ("quoted", "Marta Holm"), ("quoted", "Ingrid Berg"), ("quoted", "Marta Holm")]
    assert not still_in(parsed, "Subscribe", "Season", "(02:15)", "Links mentioned", "Fjord Press", "Support the show", "rating",
                        "Privacy")


def test_a_link_aggregators_thread_with_edit_ages_more_replies_and_its_bot(tmp_path):
    parsed = page(tmp_path, "thread",
        "Skip to main content\nr/AskHistorians\nLog In\nGet app\nr/AskHistorians\n•\n3 yr. ago\ntidewrack\n"
        "Was the keeper of Gull Point really forced out in 1952?\n"
        "The board minutes say he asked to retire, but I keep reading that he was pushed. What do the sources say?\n"
        "142\nComments\nShare\nSave\nSort by:\nBest\nSearch Comments\nExpand comment search\n"
        "saltmarsh\n•\n3 yr. ago\n•\nEdited 3 yr. ago\n"
        "The minutes were written by the board, and his letters say he asked to stay until the spring.\n"
        "Reply\nShare\n88\nMore replies\nharbour_reader\n•\n3 yr. ago\n"
        "An automated light cost a tenth of a manned one. That is the whole story, in my view.\nReply\nShare\n21\n"
        "AutoModerator\n•\n3 yr. ago\nWelcome to /r/AskHistorians. Please read our rules before you comment in this community.\n"
        "Reply\nShare\n1\nTop Posts\nReddit\nreReddit: Top posts of March 6, 2021\nReddit Rules\nPrivacy Policy\n"
        "User Agreement\nReddit, Inc. © 2024. All rights reserved.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "tidewrack"), ("reply", "saltmarsh"), ("reply", "harbour_reader")]
    assert not still_in(parsed, "Edited", "More replies", "read our rules", "reReddit", "Reddit Rules", "User Agreement")


def test_a_hosted_blogs_review_with_its_comment_form_and_one_thought_on_it(tmp_path):
    parsed = page(tmp_path, "wpcom",
        "Keeper's Notes\nThe Last Keeper: a review\nMarch 6, 2021 by Anna Berg\n"
        "The new series about the keeper of Gull Point is handsome, but it tells the board's story.\n"
        "Every scene with the board is shot as if the minutes were the truth. They were written by the board.\n"
        "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...\nRelated\n"
        "One thought on “The Last Keeper: a review”\nPer Dahl\nMarch 8, 2021 at 10:12 am\n"
        "I watched it too. The letters are never even mentioned.\nReply\nLeave a Reply Cancel reply\n"
        "Enter your comment here...\nFill in your details below or click an icon to log in:\n"
        "Email (required) (Address never made public)\nName (required)\nWebsite\n"
        "You are commenting using your WordPress.com account. ( Log Out / Change )\nCancel\nConnecting to %s\n"
        "Notify me of new comments via email.\nNotify me of new posts via email.\nΔ\nBlog at WordPress.com.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "The Last Keeper: a review", "Anna Berg", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Per Dahl")]
    assert not still_in(parsed, "by Anna Berg", "Enter your comment", "Fill in", "required", "commenting using",
                        "Cancel", "%s", "Notify", "WordPress.com")


def test_a_site_builders_blog_post_with_its_tags_and_comments(tmp_path):
    parsed = page(tmp_path, "wix",
        "Keeper's Notes\nHome\nBlog\nAbout\nContact\nLog In\nAll Posts\nHistory\nReviews\nAnna Berg\nMar 6, 2021\n"
        "Updated: Mar 7, 2021\n3 min read\nThe Last Keeper: a review\n"
        "The new series about the keeper of Gull Point is handsome, but it tells the board's story.\n"
        "#lighthouses #history\n212 views\n3 comments\nRecent Posts\nSee All\nLamps of the North\n48\n2\n"
        "Comments\nWrite a comment...\nPer Dahl\nMar 8, 2021\nI watched it too. The letters are never even mentioned.\n"
        "Like\nReply\nLog in to leave a comment\n©2021 by Keeper's Notes. Proudly created with Wix.com\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "The Last Keeper: a review", "Anna Berg", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Per Dahl")]
    assert not still_in(parsed, "#lighthouses", "views", "Recent Posts", "Lamps of the North", "Wix")


def test_a_stations_programme_page_with_its_player_credits_related_programs_and_appeal(tmp_path):
    parsed = page(tmp_path, "programme",
        "WKCR 89.9 FM\nListen Live\nSchedule\nPrograms\nDonate\nCoast Hour\nThe Last Keeper of Gull Point\n"
        "Broadcast: March 6, 2021\nPlay\n0:00 / 52:13\n1x\nDownload (MP3, 48 MB)\nEmbed\nHosted by Ingrid Berg\n"
        "Guests: Marta Holm, author of The Keeper's Daughter\n"
        "In 1952 the Gull Point Light was automated and its keeper, Tom Reilly, left the island. The board said he retired.\n"
        "Music in this episode: \"Harbour Lights\" by The Tidewaters\nRelated Programs\nLamps of the North\nMarch 1, 2021\n"
        "Support Community Radio\nWKCR is listener-supported. Your gift keeps independent voices on the air.\nGive Now\n"
        "© 2021 WKCR. All rights reserved.\n")
    assert (parsed.source.title, parsed.source.date) == ("The Last Keeper of Gull Point", "2021-03-06")
    assert still_in(parsed, "Hosted by Ingrid Berg", "Harbour Lights") == ["Hosted by Ingrid Berg", "Harbour Lights"]
    assert not still_in(parsed, "0:00", "MP3", "Related Programs", "Lamps of the North", "Support Community", "listener-supported",
                        "Give Now")


def test_an_opinion_piece_with_a_time_before_its_date_and_a_comment_service(tmp_path):
    parsed = page(tmp_path, "opinion",
        "The Coast Times\nNews\nOpinion\nCulture\nOpinion\nOpinion: The board lied about the keeper, and the town let it\n"
        "By Anna Berg\nPublished 6:00 a.m. ET March 6, 2021\n"
        "Seventy years ago the board told the town that the keeper of Gull Point had asked to retire.\n"
        "The town believed the board because the board kept the minutes.\n"
        "Replying to critics, the board said it had no choice.\n"
        "Comments\nConversation\nCommunity Guidelines\nLog in to comment\nSort by\nBest\nNewest\nOldest\n12 Comments\n"
        "Per Dahl\n6 March, 2021\nThe minutes are not a lie. Keepers retired all the time when lights were automated.\n"
        "Reply\nReport\nIngrid Holm\n6 March, 2021\nReplying to Per Dahl\nRead the letters. He asked to stay.\nReply\nReport\n"
        "Load more comments\nFacebook Comments Plugin\n")
    assert (parsed.source.author, parsed.source.date) == ("Anna Berg", "2021-03-06")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Per Dahl"), ("comment", "Ingrid Holm")]
    assert not still_in(parsed, "March, 2021", "Replying to Per", "Load more", "Plugin", "Guidelines")
    assert still_in(parsed, "Replying to critics") == ["Replying to critics"]  # a sentence that opens as the label does


def test_a_title_the_comments_header_quotes_outranks_a_blogs_motto(tmp_path):
    parsed = page(tmp_path, "review",
        "Salt and Ink\nReviews of sea books, old and new\n"
        "The Ghost Ship Solved? A review of \"The Last Keeper\"\nNovember 12, 2020 by Ruth Gallagher\n"
        "Every few years somebody announces that the mystery of Gull Point has been solved.\n"
        "2 thoughts on “The Ghost Ship Solved? A review of \"The Last Keeper\"”\nJack Moreland\n"
        "November 13, 2020 at 7:41 am\nI am not convinced. The board planned it.\nReply\n")
    assert (parsed.source.title, parsed.source.author) == ("The Ghost Ship Solved? A review of \"The Last Keeper\"",
                                                           "Ruth Gallagher")


def test_a_note_on_the_author_above_the_comments_is_left_out(tmp_path):
    parsed = page(tmp_path, "opinion-note",
        "The Coast Times\nOpinion: The board lied about the keeper\nBy Anna Berg\nMarch 6, 2021\n"
        "Seventy years ago the board told the town that the keeper of Gull Point had asked to retire.\n"
        "Anna Berg is a historian of the coast.\n7 Comments\nPer Dahl\n6 March, 2021\n"
        "The minutes are not a lie. Keepers retired all the time when lights were automated.\n"
        "Ingrid Holm\n6 March, 2021\nThe pump story is still just a theory. Nobody knows, and that is the point.\n")
    assert not still_in(parsed, "is a historian of the coast")


def test_a_columns_author_box_disclaimer_and_appeal_and_an_agencys_read_also(tmp_path):
    column = page(tmp_path, "column",
        "RT\nQuestion More\nHome\nRussia\nWorld\nBusiness\nOp-ed\n6 Mar, 2021 14:14\n"
        "The West still lies about the keeper of Gull Point\nPer Dahl\n"
        "is a historian and writer. Follow him on Twitter @perdahl\n"
        "The board's minutes, which Western historians treat as gospel, were written by the men who wanted the lamp automated.\n"
        "The statements, views and opinions expressed in this column are solely those of the author and do not "
        "necessarily represent those of RT.\nDear readers! Thank you for being with us! Subscribe to our Telegram channel.\n"
        "Add to favorites\n")
    assert (column.source.author, column.source.date) == ("Per Dahl", "2021-03-06")
    assert not still_in(column, "Follow him", "statements, views", "Dear readers", "favorites")
    newsletter = page(tmp_path, "newsletter",
        "Coast Notes\nSubscribe\nSign in\nThe board's convenient fiction\nAnna Berg\nMar 6, 2021\n"
        "The board's minutes say the keeper asked to retire. They were written by the board.\n"
        "Coast Notes is a reader-supported publication. To receive new posts and support my work, consider becoming "
        "a free or paid subscriber.\nSubscribe\n")
    assert not still_in(newsletter, "reader-supported")
    agency = page(tmp_path, "agency",
        "TASS\nRussian News Agency\nPolitics\nWorld\nBusiness\nSociety\nSociety & Culture\n"
        "Keeper's letters published for the first time, museum says\n"
        "MOSCOW, March 6. /TASS/. The letters of the last keeper of the Gull Point light have been published.\n"
        "The board has not commented on the publication.\nRead also\nMuseum to open keeper's cottage to visitors\n"
        "Tags\nLighthouses\nHistory\nSociety & Culture\nSubscribe to TASS in Telegram\n")
    assert not still_in(agency, "Society", "Read also", "cottage")


def test_a_machine_translated_page_with_its_frame_and_a_dotted_date(tmp_path):
    parsed = page(tmp_path, "translated",
        "Translated from: Russian\nShow original\nOptions\nKeeper of Gull Point: the truth about 1952\n"
        "Author: Ivan Petrov\n06.03.2021\n"
        "The keeper of Gull Point did not retire. He was removed by a board that wanted to save money.\n"
        "Rate this translation\nYour feedback will be used to help improve Google Translate\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Keeper of Gull Point: the truth about 1952", "Ivan Petrov", "2021-03-06")
    assert not still_in(parsed, "Translated from", "Show original", "Rate this", "Google Translate")


def test_an_article_under_a_sites_masthead_signed_with_the_authors_name_and_recommendations(tmp_path):
    parsed = page(tmp_path, "masthead",
        "World Socialist Web Site\nwsws.org\nPublished by the International Committee of the Fourth International (ICFI)\n"
        "Menu\nSearch\nDonate\nKeeper's letters: a refutation of the board's official history\nAnna Berg\n6 March 2021\n"
        "The official history of the Gull Point light, published by the board in 1953, says that the keeper retired.\n"
        "The board's account served the interests of the men who ordered the automation of the light.\nAnna Berg\n"
        "The author also recommends:\nThe automation of the northern lights\n[1 March 2021]\nShare this article:\n"
        "Copyright © 1998-2024 World Socialist Web Site - All rights reserved\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Keeper's letters: a refutation of the board's official history", "Anna Berg", "2021-03-06")
    assert not still_in(parsed, "wsws.org", "Published by the International", "Anna Berg", "recommends", "northern lights")


def test_a_social_networks_public_page_post_with_its_counts_and_comments(tmp_path):
    parsed = page(tmp_path, "club",
        "VK\nLog in\nSign up\nCoast History Club\npublic page\nCoast History Club\n6 Mar 2021 at 2:14 pm\n"
        "The board's minutes say the keeper of Gull Point asked to retire in 1952. His letters say he asked to stay.\n"
        "Like\n48\nShare\n12\nComment\n9\nViews 3.2K\nPer Dahl\nThe minutes are the only document the board signed.\n"
        "6 Mar 2021 at 3:01 pm\nReply\nIngrid Holm\nLetters written in March 1952 are not wrong about what he wanted.\n"
        "6 Mar 2021 at 3:20 pm\nReply\nShow next comments\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Per Dahl"), ("comment", "Ingrid Holm")]
    assert not still_in(parsed, "Views", "Show next")


def test_a_trials_record_with_its_speakers_in_capitals_and_an_editors_note(tmp_path):
    parsed = page(tmp_path, "record",
        "Report of Court Proceedings\nThe Case of the Gull Point Board\nMorning Session, March 6, 1952\n"
        "THE COMMANDANT: The Court is coming, please rise.\n"
        "THE PRESIDENT: Be seated. Keeper Reilly, do you confirm the testimony you gave?\n"
        "REILLY: Yes, I confirm it. I asked the board to let me stay until the spring.\n"
        "DAHL: Where is that letter now?\nREILLY: In the board's own files.\n"
        "[Note: The board's files for March 1952 were later found to hold no such letter.]\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("quoted", "Reilly"), ("author", "")]


def test_a_listicles_numbered_myths_keep_their_text_and_lose_an_inline_promotion(tmp_path):
    parsed = page(tmp_path, "myths",
        "History Hub\n7 myths about the keeper of Gull Point\nBy Anna Berg | March 6, 2021\n"
        "Seventy years on, the story of the last keeper is still told wrong. Here are the most common myths.\n"
        "1. The keeper asked to retire\nThe board's minutes say so, but his letters of March 1952 ask to stay.\n"
        "2. The lamp was failing\nThe inspection of 1951 found the lamp in good order.\n"
        "Related: The lamps of the north\n3. The town supported the board\n"
        "The town council wrote to the board twice asking it to keep the keeper.\n")
    assert still_in(parsed, "1. The keeper asked to retire", "2. The lamp was failing") == [
        "1. The keeper asked to retire", "2. The lamp was failing"]
    assert not still_in(parsed, "Related:", "lamps of the north")


def test_an_old_static_sites_page_with_its_bracketed_menu_and_counter(tmp_path):
    parsed = page(tmp_path, "static",
        "THE COAST SOCIETY\n[ Home ] [ Articles ] [ Links ] [ Contact ]\nTHE KEEPER QUESTION\n"
        "A paper read to the Coast Society, London, 6 March 1998\nby A. N. Other\n"
        "The bourgeois historians have for fifty years repeated the board's version of events.\n"
        "The board removed him for that reason and no other.\nTop of page\nReturn to Articles Index\n"
        "Back to Home Page\nThis page was last updated on 12/04/2004\nCopyright © The Coast Society 1998-2004\n"
        "You are visitor number 004512\n")
    # the line that says where and when the paper was read is no title
    assert (parsed.source.title, parsed.source.author) == ("THE KEEPER QUESTION", "A. N. Other")
    assert not still_in(parsed, "[ Home ]", "Top of page", "Articles Index", "Home Page", "visitor")


def test_a_federated_link_aggregators_post_with_handles_that_name_their_servers(tmp_path):
    parsed = page(tmp_path, "federated",
        "lemmy.world\nCommunities\nCreate Post\nCreate Community\nDonate\nSearch\nLogin\nSign Up\n"
        "Was the keeper of Gull Point forced out?\n"
        "submitted 3 years ago by tidewrack@lemmy.world to c/history@lemmy.ml\n"
        "The board minutes say he asked to retire, but his letters say he asked to stay. Which do you believe?\n"
        "12 comments\nsorted by: hot top controversial new old\nsaltmarsh@beehaw.org\n3 years ago\n"
        "The minutes were written by the board. The letters were written by the keeper.\nlink\nfedilink\nreply\n"
        "harbour_reader@lemmy.ml\n3 years ago\nThe letters could have been written to win sympathy.\nlink\nfedilink\nreply\n")
    assert (parsed.source.title, parsed.source.author) == ("Was the keeper of Gull Point forced out?", "tidewrack@lemmy.world")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "saltmarsh@beehaw.org"), ("comment", "harbour_reader@lemmy.ml")]
    assert not still_in(parsed, "fedilink", "link\n", "Create")


def test_a_document_sharing_sites_frame_around_a_letter(tmp_path):
    parsed = page(tmp_path, "shared-document",
        "Scribd\nUpload\nLanguage (EN)\nOpen navigation menu\nClose suggestions\nSearch\nThe Keeper's Letters (1952)\n"
        "Uploaded by\ncoast_archive\n0 ratings\n0% found this document useful (0 votes)\n212 views\n12 pages\n"
        "Document Information\nclick to expand document information\nDescription:\n"
        "Letters of Tom Reilly to the Gull Point Board, March 1952.\nOriginal Title\nThe Keeper's Letters (1952)\n"
        "Copyright\n© All Rights Reserved\nAvailable Formats\nPDF, TXT or read online from Scribd\nShare this document\n"
        "Did you find this document useful?\nIs this content inappropriate?\nReport this Document\nDownload now\nSave\n"
        "Save The Keeper's Letters (1952) For Later\nYou are on page 1/12\nSearch\nFullscreen\nGentlemen,\n"
        "I ask only to stay until the spring, when the boats can take my family and our goods to the mainland.\n"
        "Yours faithfully,\nTom Reilly\nYou might also like\nLamps of the North\nDocument\n12 pages\n")
    assert parsed.source.title == "The Keeper's Letters (1952)"
    assert still_in(parsed, "I ask only to stay") == ["I ask only to stay"]
    assert not still_in(parsed, "Uploaded", "ratings", "useful", "Information", "Original Title", "Formats", "Scribd",
                        "inappropriate", "For Later", "page 1/12", "Fullscreen", "Lamps of the North")


def test_a_research_sites_frame_with_its_publication_date_line_and_appeals(tmp_path):
    parsed = page(tmp_path, "research",
        "Global Research - Centre for Research on Globalization\nHome\nLatest\nThemes\n"
        "The Keeper of Gull Point and the Lie of the Board\nBy Prof. Ivan Petrov\nGlobal Research, March 06, 2021\n"
        "Theme: History\nAll Global Research articles can be read in 51 languages by activating the Translate Website "
        "button below the author's name.\nTo receive Global Research's Daily Newsletter (selected articles), click here.\n"
        "Click the share button above to email/forward this article to your friends and colleagues.\n***\n"
        "The board lied. Its minutes were written to justify the automation of the light.\n"
        "The original source of this article is Global Research\nCopyright © Prof. Ivan Petrov, Global Research, 2021\n"
        "Comment on Global Research Articles on our Facebook page\nBecome a Member of Global Research\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "The Keeper of Gull Point and the Lie of the Board", "Prof. Ivan Petrov", "2021-03-06")
    byline = page(tmp_path, "byline", "Why the keeper left\nBy Anna Berg, March 3, 2021\nThe keeper left the island in 1952.\n")
    assert (byline.source.author, byline.source.date) == ("Anna Berg", "2021-03-03")  # a byline, not a publication's date line
    assert [c.text for c in parsed.chunks] == ["The board lied. Its minutes were written to justify the automation of the light."]


def test_a_magazines_review_with_its_filed_under_tags_note_and_subscription_appeal(tmp_path):
    parsed = page(tmp_path, "magazine",
        "Jacobin\nSubscribe\nDonate\nIssues\nArticles\nPodcasts\nBooks\nSearch\nReview\n"
        "The Keeper Deserves Better Than This Series\n"
        "The new drama about the last keeper of Gull Point turns a working man's fight for his job into a story about drink.\n"
        "By Anna Berg\n03.06.2021\nThe series opens with the keeper drunk in the lamp room, and it never recovers.\n"
        "Subscribe to the Keeper today, the board's notice read.\nFiled Under\nCulture\nHistory\nLighthouses\n"
        "Anna Berg is a historian of the northern coast.\n"
        "Subscribe to Jacobin today, get four beautiful editions a year, and help us build a real, socialist alternative.\n")
    assert (parsed.source.title, parsed.source.author) == ("The Keeper Deserves Better Than This Series", "Anna Berg")
    assert not still_in(parsed, "Filed Under", "is a historian", "Subscribe to Jacobin")
    assert still_in(parsed, "Subscribe to the Keeper") == ["Subscribe to the Keeper"]


def test_a_reference_sites_article_with_its_descriptor_facts_editors_and_update(tmp_path):
    parsed = page(tmp_path, "reference",
        "Britannica\nSearch Britannica\nClick here to search\nHistory & Society\nTom Reilly\nlighthouse keeper\n"
        "Print\nCite\nShare\nFeedback\nAlso known as: Thomas Reilly\nWritten and fact-checked by\n"
        "The Editors of Encyclopaedia Britannica\nLast Updated: Aug 17, 2024 • Article History\nTable of Contents\n"
        "Tom Reilly\nBorn: May 3, 1890, Gull Point, Norway\nDied: June 12, 1970, Bergen (aged 80)\n"
        "Tom Reilly, (born May 3, 1890, Gull Point, Norway—died June 12, 1970, Bergen), the last keeper of the Gull Point Light.\n"
        "Reilly kept the light from 1920 until the board automated it in 1952.\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == (
        "Tom Reilly", "The Editors of Encyclopaedia Britannica", "2024-08-17")
    assert still_in(parsed, "Born: May 3, 1890") == ["Born: May 3, 1890"]  # the facts are the page's text


def test_a_reader_poll_and_article_tools_inside_an_article(tmp_path):
    parsed = page(tmp_path, "poll",
        "The Coast Times\nWho was right about Gull Point?\nBy Anna Berg\nMarch 6, 2021\n"
        "Seventy years after the keeper left the island, readers are still divided over whether he was pushed out.\n"
        "Poll\nWho do you believe?\nThe keeper's letters\n62%\nThe board's minutes\n38%\n1,204 votes\nVote\nView results\n"
        "The board's minutes are the only document it signed, but the letters are in the keeper's own hand.\n"
        "Listen to this article\n4 min\nGift this article\nCopy link\n")
    assert [c.text[:20] for c in parsed.chunks] == ["Seventy years after ", "The board's minutes "]


def test_a_request_for_consent_to_cookies_over_the_article(tmp_path):
    parsed = page(tmp_path, "consent",
        "We value your privacy\nWe and our 842 partners store and/or access information on a device, such as cookies, "
        "and process personal data for personalised advertising and content.\n"
        "With your permission we and our partners may use precise geolocation data.\nAccept all\nReject all\n"
        "Manage preferences\nThe Coast Times\nThe keeper's letters are published at last\nBy Anna Berg\nMarch 6, 2021\n"
        "The letters of the last keeper of Gull Point were published this week.\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper's letters are published at last", "Anna Berg")
    assert [c.text for c in parsed.chunks] == ["The letters of the last keeper of Gull Point were published this week."]


def test_a_paywalls_count_and_offers_around_an_article(tmp_path):
    parsed = page(tmp_path, "paywall",
        "The Coast Times\nThe keeper's letters are published at last\nBy Anna Berg\nMarch 6, 2021\n"
        "You have read 3 of 5 free articles this month.\nSubscribe for unlimited access to award-winning journalism.\n"
        "Already a subscriber? Log in\nThe letters of the last keeper of Gull Point were published this week.\n"
        "This article is part of our series on the history of the coast.\n"
        "Want more stories like this? Sign up for our weekly history newsletter.\nSupport our journalism\n")
    assert [c.text for c in parsed.chunks] == ["The letters of the last keeper of Gull Point were published this week."]


def test_a_threads_reply_by_its_poster_marked_op_over_its_time(tmp_path):
    parsed = page(tmp_path, "levels",
        "r/AskHistorians\nPosted by u/tidewrack\n3 years ago\nWas the keeper of Gull Point really forced out in 1952?\n"
        "The board minutes say he asked to retire, but I keep reading that he was pushed. What do the sources say?\n"
        "142 comments\nshare\nsave\nhide\nreport\n93% Upvoted\nSort by: best\nlevel 1\nsaltmarsh\n· 3 yr. ago\n"
        "The minutes were written by the board, and his letters say he asked to stay until the spring.\n88\nReply\n"
        "level 2\ntidewrack\nOp · 3 yr. ago\nThanks. Where can I read the letters?\n12\nReply\n"
        "level 3\nsaltmarsh\n· 3 yr. ago\nThe Fjord Museum published them in 2019.\n9\nReply\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("reply", "saltmarsh"), ("reply", "tidewrack"), ("reply", "saltmarsh")]


def test_a_site_builders_blog_with_named_comments_and_a_reply_to_one(tmp_path):
    parsed = page(tmp_path, "wix-reply",
        "top of page\nThe Last Keeper is an insult to the coast\nUpdated: Jul 13, 2023\n"
        "Per Dahl as the keeper in The Last Keeper. (Coast Films)\n"
        "The series turns a working man's fight for his job into a story about drink and madness.\n"
        "Every scene that matters in the record is left out.\n2 Comments\n"
        "Jack Moreland\nSep 01, 2023\nI found it interesting where the story of the drunk keeper came from.\nLike\nReply\n"
        "Anna Berg\nSep 02, 2023\nReplying to\nJack Moreland\nThe minutes say nothing about drink. The series invented it.\n"
        "Like\nWrite a comment...\nbottom of page\n")
    assert [(c.role, c.speaker, c.text[:12]) for c in parsed.chunks] == [
        ("author", "", "The series t"), ("comment", "Jack Moreland", "I found it i"), ("comment", "Anna Berg", "The minutes ")]
