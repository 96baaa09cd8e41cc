"""Pages with their readers' words: reader comments, customer and user reviews: each under its writer,
and what is the site's."""
from conftest import chunks_of, page, still_in

from embeddings import load_corpus
from embeddings.build import provisional_viewpoint


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
    assert parsed.source.kind == "blog post"  # the blogging platform's frame shows what it is
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "Anonymous"), ("comment", "Jane Marsh")]
    assert not still_in(parsed, "Saturday", "Posted by", "BlogThis", "Labels", "said...", "Newer Post", "Atom", "About Me",
                   "profile", "2021 (12)")


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


def test_a_note_on_the_author_above_the_comments_is_left_out(tmp_path):
    parsed = page(tmp_path, "opinion-note",
        "The Coast Times\nOpinion: The board lied about the keeper\nBy Anna Berg\nMarch 6, 2021\n"
        "Seventy years ago the board told the town that the keeper of Gull Point had asked to retire.\n"
        "Anna Berg is a historian of the coast.\n7 Comments\nPer Dahl\n6 March, 2021\n"
        "The minutes are not a lie. Keepers retired all the time when lights were automated.\n"
        "Ingrid Holm\n6 March, 2021\nThe pump story is still just a theory. Nobody knows, and that is the point.\n")
    assert not still_in(parsed, "is a historian of the coast")


def test_a_social_networks_public_page_post_with_its_counts_and_comments(tmp_path):
    parsed = page(tmp_path, "club",
        "VK\nLog in\nSign up\nCoast History Club\npublic page\nCoast History Club\n6 Mar 2021 at 2:14 pm\n"
        "The board's minutes say the keeper of Gull Point asked to retire in 1952. His letters say he asked to stay.\n"
        "Like\n48\nShare\n12\nComment\n9\nViews 3.2K\nPer Dahl\nThe minutes are the only document the board signed.\n"
        "6 Mar 2021 at 3:01 pm\nReply\nIngrid Holm\nLetters written in March 1952 are not wrong about what he wanted.\n"
        "6 Mar 2021 at 3:20 pm\nReply\nShow next comments\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Per Dahl"), ("comment", "Ingrid Holm")]
    assert not still_in(parsed, "Views", "Show next")


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


def test_a_reader_poll_and_article_tools_inside_an_article(tmp_path):
    parsed = page(tmp_path, "poll",
        "The Coast Times\nWho was right about Gull Point?\nBy Anna Berg\nMarch 6, 2021\n"
        "Seventy years after the keeper left the island, readers are still divided over whether he was pushed out.\n"
        "Poll\nWho do you believe?\nThe keeper's letters\n62%\nThe board's minutes\n38%\n1,204 votes\nVote\nView results\n"
        "The board's minutes are the only document it signed, but the letters are in the keeper's own hand.\n"
        "Listen to this article\n4 min\nGift this article\nCopy link\n")
    assert [c.text[:20] for c in parsed.chunks] == ["Seventy years after ", "The board's minutes "]


def test_a_newsletter_posts_comment_buttons_with_their_counts_are_left_out(tmp_path):
    parsed = page(tmp_path, "post",
        "The Long Memory\nSubscribe\nSign in\n\nThe keeper did not choose to leave\n\nRafael Ortega\nSep 11, 2023\n\n"
        "Seventy years on, the official story is that the keeper retired. That is a convenient way to tell it.\n\n"
        "3 Comments\nDiscussion about this post\n\nMaria Fuentes\nSep 12, 2023\n"
        "Exactly. My grandfather worked at the lamp and says he was pushed out.\nLike (2)\nReply\nShare\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("comment", "Maria Fuentes")
    assert not still_in(parsed, "Like (2)")


def test_a_book_sites_review_is_the_reviewers_with_the_readers_comments_under_it(tmp_path):
    parsed = page(tmp_path, "review",
        "goodreads\nHome\nMy Books\nBrowse\nCommunity\n\nThe Last Keeper: A Life at Gull Point\nby Eleanor Marsh\n\n"
        "Tom Reilly's Reviews > The Last Keeper: A Life at Gull Point\n\nTom Reilly\n's review\nMar 14, 2023\nit was ok\n"
        "Shelves: lighthouses, nonfiction\nRead in March, 2023\n\n"
        "Marsh writes well, but this book is a case for the prosecution. She has decided that the board pushed the keeper out.\n\n"
        "2 stars.\n\n12 likes\nLike · comment · flag\n\nComments Showing 1-2 of 2 (2 new)\n\n"
        "Irina\nMar 16, 2023 04:11PM\nYou are too hard on her. The board's own minutes say he asked to stay.\nreply | flag\n\n"
        "Tom Reilly\nMar 16, 2023 06:30PM\nFair point about the minutes, Irina.\nreply | flag\n\npost a comment »\n")
    assert (parsed.source.title, parsed.source.author) == ("The Last Keeper: A Life at Gull Point", "Tom Reilly")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Irina"), ("comment", "Tom Reilly")]
    assert not still_in(parsed, "it was ok", "Shelves", "Read in March", "post a comment")


def test_a_journal_entry_with_its_mood_and_its_comments_under_their_dates(tmp_path):
    parsed = page(tmp_path, "entry",
        "LiveJournal\nFind more\nCommunities\nRSS Reader\nShop\nHelp\nLogin\n\nkeeper_files (keeper_files) wrote,\n"
        "2019-12-04 22:17:00\n\nPrevious Entry | Next Entry\n\nThe keeper's film: the board's version again\n\n"
        "Current mood: annoyed\nCurrent music: Grieg, Holberg Suite\n\n"
        "Last night the channel showed its new documentary on the keeper of Gull Point, and I am still angry. It tells the story "
        "exactly as the board told it in 1951.\n\nTags: history, lighthouses\n\n19 comments | Leave a comment\n\nFlag\n\nComments\n\n"
        "volodya_m\n2019-12-05 08:40 am (UTC)\nThe minutes were opened in 2004 and they say he asked to stay.\n(Reply) (Thread)\n\n"
        "Anonymous\n2019-12-05 11:02 am (UTC)\nNo surprise there.\n(Reply) (Thread)\n\nPowered by LiveJournal.com\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.kind) == (
        "The keeper's film: the board's version again", "keeper_files", "blog post")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "volodya_m"), ("comment", "Anonymous")]
    assert not still_in(parsed, "Previous Entry", "Current mood", "Current music", "(Reply)", "(UTC)")


def test_a_site_builders_blog_post_with_its_comments_under_the_links_to_other_posts(tmp_path):
    parsed = page(tmp_path, "post",
        "Coast Notes\nHome\nReviews\nAbout\nContact\n\nThe keeper's film forgets the keeper\n\nMarch 20, 2018\nMargaret Doyle\n\n"
        "The film about the keeper of Gull Point is very funny, and I laughed all the way through it. That is the problem.\n\n"
        "Tagged: film, lighthouses\n\nNewer Post\nOlder Post\n\nComments (1)\n\nNewest First\nPreview Post Comment…\n\n"
        "Paul Hendry\n3 years ago · 0 Likes\nSatire has always been how people survive a bad employer.\n\nPowered by Squarespace\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.kind) == (
        "The keeper's film forgets the keeper", "Margaret Doyle", "blog post")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Paul Hendry")]
    assert not still_in(parsed, "Preview Post Comment", "0 Likes")


def test_a_travel_sites_reviews_are_each_their_visitors(tmp_path):
    parsed = page(tmp_path, "listing",
        "Tripadvisor\nDiscover\nTrips\nReview\nSign in\n\nNorway\nBergen City\nThings to Do in Bergen\n\nGull Point Lighthouse\n4.5\n1,204 reviews\n"
        "#12 of 175 things to do in Bergen\n\nOpen now\n10:00 AM - 5:00 PM\nWrite a review\n\nReviews (1,204)\nFilter reviews\n"
        "Traveller rating\nExcellent 612\nVery good 402\n\nShowing results 1-2 of 1,204\n\n"
        "carlosm_viaja\nGuadalajara, Mexico\n26 contributions\n5.0 of 5 bubbles\nA lamp with a story\n"
        "The guide told us the keeper was forced out in 1951, and you can still see his initials on the lamp room door.\n"
        "Written 12 March 2019\nDate of experience: March 2019\nHelpful\nShare\n\n"
        "Jenny_T_London\nLondon, United Kingdom\n8 contributions\n3.0 of 5 bubbles\nOne-sided\n"
        "The exhibition tells the keeper's side only and says nothing of the board's minutes.\n"
        "Written 3 February 2023\nDate of experience: January 2023\nHelpful\nShare\n\n"
        "This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC.\n")
    assert (parsed.source.title, parsed.source.author) == ("Gull Point Lighthouse", "")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "carlosm_viaja"), ("comment", "Jenny_T_London")]
    assert not still_in(parsed, "contributions", "bubbles", "Written 12", "Date of experience", "Open now", "Excellent",
                        "Guadalajara", "subjective opinion")


def test_a_short_videos_page_with_its_caption_transcript_and_comments(tmp_path):
    parsed = page(tmp_path, "video",
        "TikTok\nSearch\nFor You\nFollowing\nLIVE\nUpload\nLog in\n\nlighthouse.stories\nInés · Follow\n"
        "The keeper of Gull Point was forced out?! #lighthouses #history\n♬ original sound - lighthouse.stories\n24.6K\n312\n\n"
        "Transcript\n0:00 okay so everyone knows the lamp at Gull Point went dark in 1951\n0:05 but did you know the keeper asked to stay?\n\n"
        "Comments (312)\nLog in to comment\n\nmoonlit_rosa\nthis is why I love local history 😭\n2023-4-12\nReply\n2,104\n\n"
        "historynerd_88\nSmall correction: the minutes say he asked to retire.\n2023-4-13\nReply\n486\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper of Gull Point was forced out?!", "Inés")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("comment", "moonlit_rosa"), ("comment", "historynerd_88")]
    assert parsed.chunks[-2].text == "this is why I love local history 😭"
    assert provisional_viewpoint(parsed.chunks, "", parsed.source.title) == (
        "not labelled; it opens: “okay so everyone knows the lamp at Gull Point went dark in 1951”")
    assert not still_in(parsed, "original sound", "#lighthouses", "Log in to comment", "historynerd_88\n")


def test_an_articles_comment_service_with_its_sorting_action_rows_and_other_stories(tmp_path):
    parsed = page(tmp_path, "article",
        "The Coast Correspondent\nMenu\nArticles Issues About Subscribe\n\n"
        "Why the keeper left the lighthouse\nBy Anna Berg | 14 August 2020 | Filed under: History\n\n"
        "The board's minutes show that the keeper was voted out over his objection in 1952.\n\n"
        "Comments\nDisqus Comments\n12 comments\nLogin\nRecommend 4\nTweet Share\nSort by Best\n\n"
        "Join the discussion…\n\nMarta Ruiz • 5 years ago\nThe minutes were written after the fact.\n3 • Reply • Share ›\n\n"
        "Load more comments\n\nALSO ON THE COAST CORRESPONDENT\nThe last winter on the island\n2 comments • 4 years ago\n\n"
        "Subscribe Privacy Do Not Sell My Data\n")
    assert (parsed.source.title, parsed.source.author) == ("Why the keeper left the lighthouse", "Anna Berg")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Marta Ruiz")]
    assert not still_in(parsed, "Articles Issues", "Disqus", "Recommend", "Tweet", "Reply", "ALSO ON", "last winter", "Sell")


def test_a_blogs_pingbacks_among_its_comments_are_no_ones_words(tmp_path):
    parsed = page(tmp_path, "post",
        "Why the keeper left\nPosted on March 6, 2021 by gullpointnotes\n"
        "The keeper left the island in 1952, when the lamp was automated.\n"
        "3 thoughts on “Why the keeper left”\nPingback: The lighthouse reading list | Coast History Blog\n"
        "Sam Whitlock says:\nMarch 7, 2021 at 9:41 am\nThe board's minutes for 1952 are in the county archive.\nReply\n"
        "Pingback: Week in review: lighthouses | The Keeper's Log\nLeave a Reply\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "Sam Whitlock")]
    assert not still_in(parsed, "Pingback", "reading list", "Week in review")


def test_a_personal_pages_guestbook_entries_are_each_their_writers(tmp_path):
    parsed = page(tmp_path, "home",
        "GULL POINT - A PERSONAL PAGE\n[ Home ] [ Logbooks ] [ Links ] [ Guestbook ]\nThe last keeper\n"
        "This page is my own summary of the keeper's last years, written for my students. He left the island in 1952.\n"
        "Last modified: 3 March 2004\nGUESTBOOK\nName: Pavel K.\nDate: 12 May 2004\n"
        "Comment: Good summary, but you forget that the board offered him a post ashore.\n"
        "Name: Linda\nLocation: Bergen\nDate: 2 June 2004\nComment: Thank you, my son used this for his homework.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Pavel K."), ("comment", "Linda")]
    assert parsed.source.kind != "transcript"
    assert not still_in(parsed, "GUESTBOOK", "Name:", "12 May", "Bergen")


def test_a_memorial_pages_condolences_are_each_signed_under_their_words(tmp_path):
    parsed = page(tmp_path, "obituary",
        "Legacy.com\nObituaries\nSearch Obituaries\nFind a Funeral Home\nPer Dahl\n1921 - 2019\nPer Dahl Obituary\n"
        "Per Dahl, the last keeper of Gull Point, died at home on March 2, 2019, at the age of 97.\n"
        "To plant trees in memory, please visit the Sympathy Store.\nMemories & Condolences\nNot sure what to say?\n"
        "My deepest sympathy. He told us the board forced him out.\nThomas Reid\nMarch 6, 2019\n"
        "He showed our class the lamp in 1995. We will never forget him.\nMaria Lopes\nMarch 7, 2019\n"
        "Sign the Guest Book\n")
    assert parsed.source.title == "Per Dahl"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Thomas Reid"), ("comment", "Maria Lopes")]
    assert not still_in(parsed, "Funeral", "plant trees", "Not sure", "Guest Book")


def test_a_photo_networks_caption_copied_after_its_writers_handle_over_comments(tmp_path):
    parsed = page(tmp_path, "photo",
        "Instagram\ncoast_history_museum\nFollow\n"
        "coast_history_museum The keeper of Gull Point in 1950. He asked to stay until the spring. #lighthouses #history\n"
        "2w\nSee translation\nharbour_reader\nHe looks so sure of himself here.\n2w\n45 likes\nReply\nView replies (3)\n"
        "tidewrack\nProbably staged for the board.\n1w\nReply\n1,204 likes\nMarch 6\nAdd a comment…\n")
    assert parsed.source.author == "coast_history_museum"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "harbour_reader"), ("comment", "tidewrack")]
    assert not still_in(parsed, "View replies")


def test_a_site_builders_blog_with_its_comment_count_in_the_post_footer_and_again_over_the_comments(tmp_path):
    parsed = page(tmp_path, "wixpost",
        "top of page\nCoast Notes\nHome\nBlog\nAbout\nAll Posts\nAnna Berg\nSep 1, 2023\n4 min read\n"
        "The last keeper on screen: a review\n"
        "The film is handsome and dishonest. It turns the keeper into a drunk and the board into the only adults.\n"
        "Film Reviews\n412 views\n3 comments\nRecent Posts\nSee All\nComments (3)\nWrite a comment...\n"
        "Mark Daniels\nSep 2, 2023\nYou are too kind to it. The board scenes are invented.\nLike\nReply\n"
        "Lena Holm\nSep 2, 2023\nI liked the film. It is a drama, not a documentary.\nLike\nReply\nbottom of page\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Mark Daniels"), ("comment", "Lena Holm")]
    assert not still_in(parsed, "Comments (3)")


def test_a_newsletters_post_with_its_discussion_header_and_no_tabs_under_it(tmp_path):
    parsed = page(tmp_path, "letter",
        "Coast Papers\nSubscribe\nSign in\nWhy the keeper left, again\nEvery generation rediscovers the keeper.\n"
        "Anna Berg\nMar 3, 2024\n42\n11\nShare\n"
        "The keeper left in 1952 and the argument has gone on ever since, because the board's minutes and his letters disagree.\n"
        "Subscribe to Coast Papers\nType your email...\nSubscribe\n42 Likes\n·\n3 Restacks\nDiscussion about this post\n"
        "Mark Daniels\nMar 3\nBecause the board wrote the minutes. Read the letters.\nReply\nShare\n1 reply by Anna Berg\n"
        "Anna Berg\nMar 4\nAuthor\nThe letters were written after he left.\nReply\nShare\n")
    assert [(c.role, c.speaker) for c in parsed.chunks if "keeper left in 1952" in c.text] == [("author", "")]
    assert [(c.role, c.speaker) for c in parsed.chunks if c.role != "author"] == [
        ("comment", "Mark Daniels"), ("comment", "Anna Berg")]


def test_a_short_videos_comments_under_one_word_handles_over_their_words_and_dates(tmp_path):
    parsed = page(tmp_path, "clip",
        "TikTok\nUpload\nLog in\ncoasthistory\nCoast History · 2023-3-8\nFollow\n"
        "The keeper of Gull Point was forced out 🧵 #history #lighthouses\noriginal sound - coasthistory\n12.4K\n612\n"
        "Comments (612)\nAdd comment...\nharbourlight\nHis letters say so. Read them.\n2023-3-9\nReply\n341\n"
        "View 12 replies\ntidewrack\nThe minutes say he retired.\n2023-3-10\nReply\n88\n")
    source = parsed.source
    assert (source.author, source.date) == ("Coast History", "2023-03-08")
    assert [(c.role, c.speaker) for c in parsed.chunks if c.role != "author"] == [
        ("comment", "harbourlight"), ("comment", "tidewrack")]
    assert not still_in(parsed, "View 12 replies")


def test_a_blogs_comments_without_a_header_open_at_their_first_commenters_line(tmp_path):
    parsed = page(tmp_path, "post",
        "Coast Notes\nWhy the keeper left\nMarch 6, 2021 by Anna Berg\n"
        "The keeper left the island in 1952. The board's minutes call it a retirement.\n"
        "His letters, given to the county archive by his daughter in 1998, say he asked to stay until the spring.\n"
        "Share this:\nFacebook\nTwitter\nLike this:\nLike Loading...\nRelated\nMark Daniels says:\nMarch 7, 2021 at 9:41 am\n"
        "The minutes were written by the board. Of course they call it a retirement.\nReply\nLena Holm says:\n"
        "March 8, 2021 at 10:02 am\nThe letters were written after he left. Memory is not evidence.\nReply\n"
        "Leave a Reply Cancel reply\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Mark Daniels"), ("comment", "Lena Holm")]


def test_a_professional_networks_post_with_its_comments_under_each_commenters_headline_and_age(tmp_path):
    parsed = page(tmp_path, "post",
        "LinkedIn\nAnna Berg\nCoastal historian | Author of The Last Keeper\n3d · Edited\n"
        "The keeper of Gull Point did not retire. His letters say he asked to stay until the spring.\n#history\n128\n"
        "14 comments\nLike\nComment\nRepost\nSend\nMark Daniels\nArchivist at Coast Records\n2d\n"
        "The minutes say otherwise, but the minutes were written by the board.\nLike\nReply\n3 Reactions\n"
        "Lena Holm\nRetired teacher\n1d\nDid the board ever answer his letters?\nLike\nReply\n")
    assert parsed.source.author == "Anna Berg"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Mark Daniels"), ("comment", "Lena Holm")]
    assert not still_in(parsed, "Edited", "Send", "Archivist")


def test_comments_under_their_dates_with_the_name_between_and_a_short_pages_header_under_its_text(tmp_path):
    dated = page(tmp_path, "dated",
        "Why the keeper left\nBy Anna Berg\n"
        "The keeper left the island in 1952. The board's minutes call it a retirement, but his letters say he asked to stay.\n"
        "Comments\nMarch 7, 2021 at 9:41 am\nMark Daniels\nThe minutes were written by the board. Of course they call it a retirement.\n"
        "March 8, 2021 at 10:02 am\nLena Holm\nThe letters were written after he left. Memory is not evidence.\n")
    high = page(tmp_path, "high",
        "Why the keeper left\nBy Anna Berg\n"
        "The keeper left the island in 1952. The board's minutes call it a retirement, but his letters say he asked to stay.\n"
        "Comments (2)\nNewest First\nPreview\nPost Comment…\nMark Daniels\n3 years ago · 0 Likes\n"
        "The minutes were written by the board. Of course they call it a retirement.\nLena Holm\n3 years ago · 2 Likes\n"
        "The letters were written after he left. Memory is not evidence.\n")
    for parsed in (dated, high):
        assert [(c.role, c.speaker) for c in parsed.chunks] == [
            ("author", ""), ("comment", "Mark Daniels"), ("comment", "Lena Holm")]


def test_a_review_aggregators_critics_quotes_are_each_their_critics(tmp_path):
    parsed = page(tmp_path, "critics",
        "Rotten Tomatoes\nMovies\nTV Shows\nThe Last Keeper\nCritics Reviews\nAll Critics\nTop Critics\n"
        "Anna Berg\nThe Coast Times\nTOP CRITIC\nBeautifully shot and completely dishonest about the board.\n"
        "Full Review | Original Score: 2/5 | Mar 3, 2019\nMark Daniels\nHistory Today\n"
        "Handsome, but the script is the board's minutes dressed as drama.\nFull Review | Mar 5, 2019\nLoad More\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", "Anna Berg"), ("quoted", "Mark Daniels")]
    assert parsed.source.kind != "transcript"
    assert not still_in(parsed, "Full Review", "Coast Times", "TOP CRITIC")


def test_a_petitions_text_is_its_starters_and_the_reasons_for_signing_are_each_their_signers(tmp_path):
    parsed = page(tmp_path, "petition",
        "change.org\nStart a petition\nMy petitions\nBrowse\nPetition to the board: Let the keeper stay\n"
        "Started by Anna Berg\n1,234 have signed. Let's get to 1,500!\n"
        "The keeper of Gull Point has kept the light for thirty years. The board should let him stay until the spring.\n"
        "Sign this petition\nReasons for signing\nMark Daniels\n·\n3 years ago\nHe deserves better than a month's notice.\n"
        "Report\nLena Holm\n·\n3 years ago\nMy father was a keeper too.\nReport\n")
    assert parsed.source.author == "Anna Berg"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Mark Daniels"), ("comment", "Lena Holm")]
    assert not still_in(parsed, "have signed", "Sign this petition", "Started by")


def test_a_blogs_post_under_its_name_posted_by_its_writer_on_a_day_with_said_comments(tmp_path):
    parsed = page(tmp_path, "blogpost",
        "Notes from the Coast\nThe keeper's last winter\nPosted by Anna Berg on December 2, 2017\n\n"
        "The keeper left the island in 1952. His letters say he asked to stay until the spring.\n\n5 comments:\n\n"
        "Anonymous said...\nThis is a very one-sided account.\nDecember 3, 2017 at 9:14 AM\n\n"
        "Anna Berg said...\n@Anonymous which side do you think is missing?\nDecember 3, 2017 at 10:02 AM\n")
    source = parsed.source
    assert (source.author, source.date) == ("Anna Berg", "2017-12-02")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Anonymous"), ("comment", "Anna Berg")]
