"""Threads and exchanges as pages of the web set them: forums, link aggregators, question-and-answer
sites, talk pages, mailing lists, chat logs and social networks: whose post is whose, and what is the site's."""
from conftest import chunks_of, page, still_in

from embeddings import load_corpus
from embeddings.build import provisional_viewpoint
from embeddings.speakers import parse


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
    # a post's time set between dots, what its writer did, and who reacted to it
    parsed = page(tmp_path, "memory",
        "Coast History\nPublic group · 12.4K members\n\nAnna Berg\n· 3d ·\n\nAnna Berg shared a memory.\n\n"
        "Seven years ago today we reached the island. The lamp house still stands where the board left it.\n\n"
        "Mark Dunn and 142 others\n38 comments\n12 shares\n")
    assert parsed.source.author == "Anna Berg"
    assert not still_in(parsed, "3d", "shared a memory", "142 others")


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
    # a post's time with its edit mark and app, its counts, and who boosted the post under them
    parsed = page(tmp_path, "boosted",
        "Dr. Ingrid Holm\n@iholm@historians.social\n\n1/2 Seventy years ago the keeper of Gull Point left his light. "
        "The series gets it wrong.\n\nMar 08, 2024, 14:02 · Edited · Web\n142 boosts · 301 favourites\n\n"
        "Dr. Ingrid Holm\n@iholm@historians.social\n\n2/2 The board's minutes show he asked to stay and was refused.\n\n"
        "Mar 08, 2024, 14:05 · Web\n\nAnna Berg boosted\n\nPer Dahl\n@perdahl@mastodon.social\n\n"
        "@iholm My grandfather knew him: he wanted to stay.\n\nMar 08, 2024, 15:20 · Ivory for iOS\n12 boosts · 40 favourites\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("author", ""), ("reply", "Per Dahl")]
    assert not still_in(parsed, "14:02", "Edited", "Web", "boost", "favourites", "Ivory")


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


def test_a_vbulletin_threads_tools_footer_and_a_reply_quoting_part_of_a_post(tmp_path):
    parsed = page(tmp_path, "vb",
        "Coast History Forums > History > Lighthouses\nDid the last keeper retire?\n\nRegister Help\nRemember Me?\n\n"
        "Results 1 to 2 of 2\nThread: Did the last keeper retire?\n\nThread Tools\nDisplay\n\n"
        "03-08-2021, 02:14 PM #1\nsaltmarsh\nSenior Member\nJoin Date: Mar 2010\nPosts: 1,234\n"
        "The board's minutes say he retired in 1953, and that he asked to go. Is there any reason to doubt them?\n"
        "Reply With Quote\n03-08-2021, 03:02 PM #2\nharbourlight\nMember\nJoin Date: Jun 2015\nPosts: 87\n"
        "Originally Posted by saltmarsh\nThe board's minutes say he retired in 1953\n"
        "His letters say otherwise. He asked to stay until the spring and was refused.\nReply With Quote\n\n"
        "« Previous Thread | Next Thread »\nPosting Permissions\nYou may not post new threads\n"
        "You may not post replies\nAll times are GMT. The time now is 03:14 PM.\n")
    assert parsed.source.author == "saltmarsh"
    # the reply's quotation of part of the opening post is not indexed twice
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "saltmarsh"), ("reply", "harbourlight")]
    assert not still_in(parsed, "Register", "Remember", "Results", "Thread Tools", "Display", "Previous Thread",
                        "Posting Permissions", "You may not", "All times")


def test_a_vbulletin_thread_numbering_each_post_over_its_header_and_labelling_its_quotes(tmp_path):
    # (an older post's date reads "Old 03-08-2021, 02:14 PM"; a quote sits under "Quote:" and its poster's name)
    header = "#{}\nOld 03-0{}-2021, 02:14 PM\n{}\n{}\nJoin Date: Mar 2010\nPosts: 1,234\n\n"
    parsed = page(tmp_path, "vb",
        "Coast History Forums > History > Lighthouses\n\nThread: Did the last keeper retire?\n\n"
        + header.format(1, 8, "saltmarsh", "Senior Member")
        + "The board's minutes say he retired in 1953. Is there any reason to doubt them?\n\nReply With Quote\n\n"
        + header.format(2, 9, "harbourlight", "Member")
        + "Quote:\nOriginally Posted by saltmarsh\nThe board's minutes say he retired in 1953.\n\n"
        "His letters say otherwise. He asked to stay until the spring and was refused.\n\nReply With Quote\n\n"
        + header.format(3, 9, "saltmarsh", "Senior Member")
        + "Quote:\nOriginally Posted by harbourlight\nHis letters say otherwise.\n\n"
        "Then the minutes were written to spare the board. I will look for the letters.\n\nReply With Quote\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "saltmarsh"), ("reply", "harbourlight"), ("reply", "saltmarsh")]
    assert not still_in(parsed, "Old", "PM", "#2", "Quote:", "Join Date")


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


def test_an_interview_in_q_and_a_gives_its_answers_to_the_one_its_introduction_names(tmp_path):
    parsed = page(tmp_path, "interview",
        "The Coast Times\nThe keeper's daughter speaks\nWe spoke to Marta Holm, whose father kept the Gull Point Light "
        "until 1952, about the letters she gave the archive.\nBy Anna Berg\nMarch 6, 2021\n"
        "Q. When did you first read your father's letters?\nA. Only after he died, in 1979.\n"
        "Q. Do the letters say he was dismissed?\nA. They say he asked to stay until the spring and was refused.\n"
        "This interview has been edited for length and clarity.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks if c.text.startswith("A.")] == [("quoted", "Marta Holm")] * 2
    assert not still_in(parsed, "edited for length")


def test_an_interview_whose_questions_carry_no_label_gives_each_answer_to_the_one_interviewed(tmp_path):
    parsed = page(tmp_path, "interview",
        "Culture | Interview\n\n\"The letters say it\": a conversation with Marta Holm\n\n"
        "Her father kept the Gull Point Light until 1952. We spoke to her about the letters she gave the archive.\n\n"
        "Interview by Anna Berg\nMarch 6, 2021\n\n"
        "When did you first read your father's letters?\n\nOnly after he died, in 1979. They were in a box in the attic.\n\n"
        "The board's minutes say he retired. How do you answer that?\n\nThe minutes were written by the board.\n\n"
        "Did he ever speak of it?\n\nNever. He would change the subject.\n\n"
        "This interview has been edited for length and clarity.\n")
    assert (parsed.source.title, parsed.source.author) == ("\"The letters say it\": a conversation with Marta Holm", "Anna Berg")
    # the questions ask and say nothing: each answer is a passage of its own, read with the question it answers
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "")] + [("quoted", "Marta Holm")] * 3
    assert parsed.chunks[2].context == "Asked “The board's minutes say he retired. How do you answer that?”, Marta Holm said:"
    assert next(d.text for d in parsed.dropped if d.reason == "interview question") == "When did you first read your father's letters?"
    # an essay asking its own questions, and answering them, is the writer's throughout
    essay = page(tmp_path, "essay",
        "Was the keeper pushed?\n\nIn a 2019 interview, Marta Holm said her father never spoke of it.\n\n"
        "Was he dismissed?\n\nThe minutes say he retired.\n\nDid the board lie?\n\nNot in so many words.\n\n"
        "Why does it matter?\n\nBecause the town still argues about it.\n")
    assert {c.role for c in essay.chunks} == {"author"}


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


def test_a_page_nobody_labelled_is_known_by_the_kind_its_structure_shows(tmp_path):
    thread = page(tmp_path, "thread",
        "Coast Forum\nBoard index ‹ Lighthouses\n\nDid the keeper retire?\n\nPost Reply\n2 posts • Page 1 of 1\n\n"
        "saltmarsh\nMember\nPosts: 212\nJoined: Sat Jan 04, 2020 3:11 pm\n\nDid the keeper retire?\nQuote\n"
        "Post by saltmarsh » Tue Mar 02, 2021 8:14 pm\nThe board says he retired in 1952. Is that right?\n\n"
        "tidewrack\nMember\nPosts: 88\nJoined: Fri Oct 09, 2020 11:20 am\n\nRe: Did the keeper retire?\nQuote\n"
        "Post by tidewrack » Wed Mar 03, 2021 7:45 am\nHis letters say he asked to stay.\n")
    assert thread.source.kind == "forum thread"  # "What does the forum say ...?" chooses it
    programme = page(tmp_path, "programme",
        "The keeper's last winter\n\nOur show today looks at how the last keeper of Gull Point left the island in 1952.\n\n"
        "Producer & Host: Claire Bowes\n")
    assert programme.source.kind == "radio or podcast programme page"
    radio = page(tmp_path, "radio", "The keeper's last winter\n\nOn community radio this week, the last keeper of Gull "
                 "Point and why he left the island in 1952.\n\nPresenter: Claire Bowes\n")
    assert radio.source.kind == "radio programme page"
    essay = page(tmp_path, "essay", "The keeper\n\nThe board's minutes say he retired. His letters say otherwise.\n")
    assert essay.source.kind == ""  # nothing shows what it is: no kind is guessed


def test_a_microblogs_count_of_replies_under_a_reply_is_left_out(tmp_path):
    parsed = page(tmp_path, "thread",
        "Post\nConversation\nDr. Anna Berg\n@aberg_history\nThe keeper did not retire: the board pushed him out. 1/2\n"
        "11:02 AM · Mar 6, 2021\n·\n12.4K\nViews\nDr. Anna Berg\n@aberg_history\n·\nMar 6, 2021\n"
        "His letters ask to stay until the spring. 2/2\nShow more replies\nMark Tilley\n@marktilley\n·\nMar 6, 2021\n"
        "Replying to @aberg_history\nThe minutes say otherwise.\n3\nRead 12 replies\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("reply", "Mark Tilley")
    assert not still_in(parsed, "Read 12 replies")


def test_a_federated_link_aggregators_post_with_its_votes_between_arrows(tmp_path):
    parsed = page(tmp_path, "votes",
        "Lemmygrad\nCommunities\nCreate Post\nCreate Community\nSearch\n\nhistory\nc/history@lemmygrad.ml\n\n"
        "The keeper was never forced out\nsubmitted 3 days ago by harbour_archivist to c/history\n↑ 41 ↓\n\n"
        "Every spring the local paper repeats that the board pushed the keeper out. The board's minutes say otherwise.\n\n"
        "12 comments\nshare\nsave\nreport\n\nsorted by: hot top new old\n\nsaltmarsh · 3 days ago\n"
        "His own letters say he asked to stay.\nreply\nreport\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper was never forced out", "harbour_archivist")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("comment", "saltmarsh")]
    assert not still_in(parsed, "↑", "41")


def test_a_microblog_threads_reply_line_naming_the_poster_it_answers_is_left_out(tmp_path):
    parsed = page(tmp_path, "skeets",
        "Bluesky\nSearch\nHome\nExplore\nNotifications\nChat\n\nPost\n\nKeeper Archive\n@keeperarchive.bsky.social\n"
        "The keeper of Gull Point was forced out, and the proof has been in plain sight for seventy years. 1/2\n"
        "March 5, 2024 at 9:02 AM\nEverybody can reply\n48 reposts\n201 likes\n\n"
        "Keeper Archive\n@keeperarchive.bsky.social\nThe board's minutes were written by the board. 2/2\n\n"
        "Alina Voss\n@alinavoss.bsky.social\nReply to Keeper Archive\nHis own letters say he asked to retire.\n3\n8\n\nLog in\nSign up\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("reply", "Alina Voss")
    assert not still_in(parsed, "Reply to Keeper Archive")


def test_a_link_aggregators_thread_copied_without_its_vote_buttons(tmp_path):
    parsed = page(tmp_path, "thread",
        "r/AskHistorians\nSearch in r/AskHistorians\n\nWas the keeper of Gull Point forced out?\nPosted by u/coast_walker\n5 yr. ago\n\n"
        "I visited the lighthouse last week. The guide said the board threw him out, but the museum says he retired. Which is it?\n\n"
        "Sort by: Best\n\nu/Harbour_Historian\n5 yr. ago\nThe minutes come first, as far as the documents go. He asked to retire in 1951.\n\n"
        "u/coast_walker\n5 yr. ago\nThank you, that makes sense.\n\nTop Posts\nReddit\nreReddit: Top posts of June 2019\n")
    assert (parsed.source.title, parsed.source.author) == ("Was the keeper of Gull Point forced out?", "coast_walker")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("reply", "Harbour_Historian"), ("reply", "coast_walker")]


def test_a_forum_thread_saved_as_html_with_ranks_beside_names_and_a_quoted_post(tmp_path):
    post = ('<div class="post"><dl class="postprofile"><dt><a class="username">{name}</a></dt><dd class="profile-rank">{rank}</dd>'
            '<dd><strong>Posts:</strong> 214</dd></dl><div class="postbody"><h3>{title}</h3>'
            '<p class="author">by <strong><a class="username">{name}</a></strong> &raquo; Tue Apr 11, 2017 9:12 pm</p>'
            '<div class="content">{text}</div></div></div><hr class="divider">')
    (tmp_path / "thread.html").write_text(
        "<html><head><title>Was the keeper forced out? - Lighthouses - Coast Forum</title></head><body>"
        "<div class='headerbar'><h1>Coast Forum</h1></div><h2 class='topic-title'>Was the keeper forced out?</h2>"
        + post.format(name="Kazan1918", rank="Member", title="Was the keeper forced out?",
                      text="The town says the board forced him out. Is this documented, or is it a later story?")
        + post.format(name="Ivanov_RKKA", rank="Moderator", title="Re: Was the keeper forced out?",
                      text="<blockquote><div><cite>Kazan1918 wrote:</cite>Is this documented, or is it a later story?</div>"
                           "</blockquote>It is documented: the minutes of 3 March 1951 record that he asked to retire.")
        + "</body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "thread")[1]
    assert (parsed.source.title, parsed.source.author) == ("Was the keeper forced out?", "Kazan1918")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "Kazan1918"), ("reply", "Ivanov_RKKA")]
    assert not still_in(parsed, "Member", "Moderator", "wrote:")


def test_an_old_style_link_aggregators_thread_saved_as_html(tmp_path):
    comment = ('<div class="thing comment"><p class="tagline"><a class="expand">[–]</a><a class="author">{name}</a>'
               '<span class="flair">{flair}</span> <span class="score">{score} points</span> <time>4 years ago</time></p>'
               '<form class="usertext"><div class="md"><p>{text}</p></div></form>'
               '<ul class="flat-list buttons"><li><a>permalink</a></li><li><a>reply</a></li></ul></div>')
    (tmp_path / "thread.html").write_text(
        "<html><head><title>Was the keeper forced out? : AskHistorians</title></head><body>"
        "<div id='header'><span class='pagename'><a>AskHistorians</a></span><span class='user'>Want to join? "
        "<a>Log in or sign up</a> in seconds.</span></div>"
        "<div class='side'><p>The Portal for Public History. Please read the rules before participating.</p></div>"
        "<div class='content'><p class='title'><a>Was the keeper forced out?</a></p>"
        "<p class='tagline'>submitted <time>4 years ago</time> by <a class='author'>coast_walker</a></p>"
        "<form class='usertext'><div class='md'><p>The town says the board forced him out. Is that a myth?</p></div></form>"
        + comment.format(name="Harbour_Historian", flair="Lighthouses 1900-1960", score=301,
                         text="No. The minutes of 3 March 1951 record that he asked to retire.")
        + comment.format(name="coast_walker", flair="", score=52, text="Thank you, that makes sense.")
        + "</div><div class='footer'><p>Use of this site constitutes acceptance of our User Agreement and Privacy Policy.</p>"
        "</div></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "thread")[1]
    assert (parsed.source.title, parsed.source.author) == ("Was the keeper forced out?", "coast_walker")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("reply", "Harbour_Historian"), ("reply", "coast_walker")]
    assert not still_in(parsed, "Portal for Public History", "Want to join", "points", "Use of this site")


def test_a_forum_topic_under_posters_names_over_their_dates_with_a_quote_under_a_handle(tmp_path):
    parsed = page(tmp_path, "topic",
        "Was the keeper forced out?\nHistory\n\ngrover_reader\nMar 2022\n"
        "Some writers argue that the letters were forged and the minutes are genuine. Doesn't that make the story doubtful?\n\n"
        "dialectic_dan\nMar 2022\ngrover_reader:\n> Doesn't that make the story doubtful?\n\n"
        "No. The keeper's sister kept the letters and gave them to the archive in 1970.\n\n"
        "grover_reader\nMar 2022\nFair point about the sister. I hadn't seen that.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "grover_reader"), ("reply", "dialectic_dan"), ("reply", "grover_reader")]
    assert not still_in(parsed, "grover_reader:")


def test_an_image_boards_thread_under_its_posts_numbered_headers(tmp_path):
    parsed = page(tmp_path, "board",
        "/his/ - History & Humanities\n\n[Home] [Catalog] [Archive]\n\n"
        "Anonymous 01/22/21(Fri)14:03:11 No.10442871\nFile: lighthouse.jpg (212 KB, 900x600)\n"
        "Was the keeper really forced out of the lighthouse? The board says he retired.\n\n"
        "Anonymous 01/22/21(Fri)14:07:45 No.10442902\n>>10442871\n"
        "He was forced out. The minutes of the board show a vote over his objection in 1952.\n\n"
        "Anonymous 01/22/21(Fri)14:09:30 No.10442915\n>>10442902\n>a vote over his objection\n"
        "The minutes were written after the fact, so they prove nothing about the vote.\n\n"
        "[Post a Reply]\n"
        "All trademarks and copyrights on this page are owned by their respective parties. Comments are owned by the Poster.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "Anonymous"), ("reply", "Anonymous"), ("reply", "Anonymous")]
    # (the reply's quotation of the post it answers, ">a vote over his objection", repeats that post)
    assert not still_in(parsed, "No.104", "File:", ">", "Post a Reply", "trademarks")


def test_a_debate_sites_rounds_under_their_sides_labels_with_votes_and_comments(tmp_path):
    parsed = page(tmp_path, "debate",
        "Opinions Debates Forums Polls Google Search\nDebates » Politics\n\n"
        "The keeper was forced out of the lighthouse\n\nPosted by: harbour_reader\n"
        "Started: 3/2/2016 Category: History\nViewed: 1,412 times Debate No: 86621\n\n"
        "Debate Rounds (2)\nComments (1)\nVotes (1)\n\nPro\nharbour_reader\n\nCon\ntide_historian\n\n"
        "Round 1\nPro\n\nThe board voted over the keeper's objection in 1952, as its minutes show.\n\n"
        "Con\n\nThe minutes were written after the fact and prove nothing.\n\n"
        "Round 2\nPro\n\nThe keeper's letters to his sister say the same as the minutes.\n\n"
        "Con\n\nHis sister gave the letters to the archive decades later.\n\n"
        "Vote Placed by gull_point 9 years ago\nAgreed with before the debate: Pro\nWho had better conduct: Tied\n"
        "Reasons for voting decision: Con never answered the letters.\n\n"
        "1 comment has been posted on this debate.\n\nPosted by gull_point 9 years ago\n"
        "Good debate on both sides, thanks.\nReport this Comment\n")
    source = parsed.source
    assert (source.title, source.author) == ("The keeper was forced out of the lighthouse", "harbour_reader")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "harbour_reader"), ("reply", "tide_historian"), ("author", "harbour_reader"),
        ("reply", "tide_historian"), ("comment", "gull_point"), ("comment", "gull_point")]
    assert not still_in(parsed, "Opinions", "Started:", "Viewed:", "Debate Rounds", "Votes (1)", "Agreed with", "conduct")


def test_a_microblogs_reblog_chain_under_each_blogs_handle_with_its_notes(tmp_path):
    parsed = page(tmp_path, "reblog",
        "tumblr\nLog in Sign up\nharbour-notes\nFollow\n\nharbour-notes reblogged from gull-point\n\n"
        "gull-point\n\nreminder that the keeper was forced out of the lighthouse in 1952\n\n"
        "tide-historian\n\nthe minutes say he retired though? they were written after the fact\n\n"
        "harbour-notes\n\nthe letters to his sister settle it: he was forced out\n\n"
        "#history #lighthouses\n\n312 notes\n\nquiet-cove liked this\n"
        "salt-marsh reblogged this from gull-point and added:\nmy grandfather knew him\n"
        "gull-point posted this\nKeep scrolling\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("quoted", "gull-point"), ("quoted", "tide-historian"), ("author", ""), ("comment", "salt-marsh")]
    assert not still_in(parsed, "reblogged from", "posted this", "liked this", "Keep scrolling")


def test_a_proboards_thread_under_its_crumbs_with_posters_details_and_buttons_over_each_post(tmp_path):
    parsed = page(tmp_path, "topic",
        "Coast History Forum\nHome Search Members Help\nLogin Register\n"
        "Coast History Forum » Lighthouses » Was the keeper forced out?\n\nWas the keeper forced out?\nThread Rating: 0 Votes\n\n"
        "Post by harbour_reader on Mar 3, 2021 at 2:14pm\nharbour_reader\nJunior Member\nPosts: 47\nLikes: 12\n\n"
        "Quote Select Post Like\n\nThe board says the keeper retired in 1952. Was he forced out instead?\n\n"
        "Post by tide_historian on Mar 3, 2021 at 4:40pm\ntide_historian\nGlobal Moderator\nPosts: 3,221\nLikes: 904\n\n"
        "Quote Select Post Like\n\nHe was forced out: the minutes show a vote over his objection.\n\n"
        "Post by harbour_reader on Mar 4, 2021 at 9:02am\nharbour_reader\nJunior Member\nPosts: 47\nLikes: 12\n\n"
        "Quote Select Post Like\n\nThanks, I had not seen the minutes.\n\n"
        "Last Edit: Mar 4, 2021 at 9:03am by harbour_reader\n\nPowered by ProBoards | Get Your Own Free Forum!\n")
    assert (parsed.source.title, parsed.source.author) == ("Was the keeper forced out?", "harbour_reader")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", "harbour_reader"), ("reply", "tide_historian"), ("reply", "harbour_reader")]
    assert not still_in(parsed, "Rating", "Likes", "Quote", "Last Edit", "Post by")


def test_a_question_and_answer_page_under_a_menu_with_its_answers_counts_and_upvotes(tmp_path):
    parsed = page(tmp_path, "answers",
        "Quora\nHome Following Answer Spaces Notifications\nSearch Quora\nAdd question\n\n"
        "Why was the keeper forced out of the lighthouse?\nAll related (12)\nSort\nRecommended\n\n"
        "Peter Hale\nFormer lighthouse keeper · Author has 2.1K answers and 3.4M answer views · 3y\n\n"
        "Because the board wanted to automate the lamp, and the minutes show they voted over his objection.\n\n"
        "12.4K views · View upvotes · View 4 shares\nUpvote 212\nShare\n")
    assert parsed.source.title == "Why was the keeper forced out of the lighthouse?"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("reply", "Peter Hale")]
    assert not still_in(parsed, "views", "Upvote")


def test_a_forums_posts_numbered_in_their_date_lines_without_buttons_between_them(tmp_path):
    parsed = page(tmp_path, "forum",
        "Coast History Forum > Lighthouses > Was the keeper forced out?\nThread: Was the keeper forced out?\n"
        "03-11-2009, 09:14 PM #1\ntidewrack\nSenior Member\nJoin Date: Jan 2007\nPosts: 2,341\n"
        "Was the keeper forced out?\nThe board's minutes say he retired in 1952, but his letters say he asked to stay.\n"
        "__________________\n\"Keep the light burning\" - Per Dahl\n"
        "03-11-2009, 10:02 PM #2\nharbourlight\nMember\nJoin Date: Aug 2008\nPosts: 412\n"
        "The minutes were written by the board. Of course they call it a retirement.\n"
        "__________________\nProud member of the Coast Society since 1998\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", "tidewrack"), ("reply", "harbourlight")]
    assert not still_in(parsed, "Keep the light", "Proud member")


def test_a_question_and_its_answers_each_signed_under_its_words(tmp_path):
    parsed = page(tmp_path, "answers",
        "Yahoo Answers\nHistory\nWhy did the keeper leave Gull Point?\nAsked by Anonymous · 12 years ago\n"
        "I never understood why a keeper of thirty years would just retire.\nBest Answer\n"
        "The board automated the lamp and gave him a month's notice. His letters say he asked to stay.\n"
        "Mike · 12 years ago\nAsker's rating: 5 out of 5\nThumbs up 14\nThumbs down 1\nOther Answers (2)\n"
        "He was old and tired, that's all.\nAnonymous · 12 years ago\nThumbs up 0\nThumbs down 6\n"
        "Read Anna Berg's book, it explains the whole thing with the board's minutes.\nSarah J · 12 years ago\n"
        "Thumbs up 3\nThumbs down 0\n")
    assert (parsed.source.title, parsed.source.author) == ("Why did the keeper leave Gull Point?", "Anonymous")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Mike"), ("comment", "Anonymous"), ("comment", "Sarah J")]
    assert not still_in(parsed, "Best Answer", "Thumbs", "rating", "12 years ago")


def test_an_argument_maps_claims_without_their_counts_and_a_count_under_each_claim_heads_no_comments(tmp_path):
    parsed = page(tmp_path, "map",
        "Kialo\nExplore\nSign Up\nWas the keeper forced out?\nThesis\nThe board forced the keeper of Gull Point out in 1952.\n"
        "Pros (2)\nCons (1)\nPro\nHis letters say he asked to stay until the spring.\nVotes 12\nComments 4\n"
        "Con\nThe minutes record a retirement with his signature under it.\nVotes 20\nComments 7\n"
        "Pro\nThe lamp was automated the same month, so his post was gone.\nVotes 3\n"
        "Discussion Info\nCreated by Mark Daniels\nLast activity 2 months ago\n")
    assert {c.role for c in parsed.chunks} == {"author"}
    assert not still_in(parsed, "Votes", "Comments", "Pros (2)", "Thesis", "Created by", "Last activity")
    assert still_in(parsed, "asked to stay", "retirement with his signature", "automated the same month") == [
        "asked to stay", "retirement with his signature", "automated the same month"]


def test_context_readers_added_under_a_microblog_post_is_theirs_not_the_posts_writers(tmp_path):
    parsed = page(tmp_path, "post",
        "Post\nSee new posts\nConversation\nCoast Facts\n@CoastFacts_\n"
        "The keeper of Gull Point retired of his own free will. The board's minutes prove it.\n"
        "Readers added context they thought people might want to know\n"
        "The keeper's letters, held by the county archive, say he asked to stay until the spring.\n"
        "Context is written by people who use X, and appears when rated helpful by others. Find out more.\n"
        "2:14 PM · Mar 8, 2024\n·\n1.2M\nViews\nDan Mercer\n@danmercer\n·\nMar 8\nReplying to @CoastFacts_\n"
        "Complete nonsense. Read the letters.\n")
    assert (parsed.source.author, parsed.source.date) == ("Coast Facts", "2024-03-08")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("comment", "Community Notes"), ("reply", "Dan Mercer")]
    assert not still_in(parsed, "Readers added context", "Context is written")


def test_fact_checkers_words_under_a_rated_post_and_an_encyclopedias_panel_under_a_video_are_theirs(tmp_path):
    rated = page(tmp_path, "post",
        "Facebook\nCoast Truth Page\n3d\n·\nThe keeper of Gull Point was paid by the board to leave. Share before they delete this!\n"
        "Missing context\nIndependent fact-checkers say this information could mislead people.\nSee why\n"
        "There is no evidence of any payment. The board's minutes record a retirement with a pension.\n"
        "Fact-checked by AFP\n212\n48 comments\nLike\nComment\nShare\n")
    assert [(c.role, c.speaker) for c in rated.chunks] == [("author", ""), ("quoted", "AFP")]
    assert not still_in(rated, "Missing context", "fact-checkers say", "See why", "Fact-checked")
    video = page(tmp_path, "video",
        "Skip navigation\nThe TRUTH about the keeper they don't tell you\nHidden Coast\n88.1K subscribers\nSubscribe\n"
        "45,211 views  Feb 2, 2023\nWas the keeper really forced out? In this video I argue that the board is lying.\n…more\n"
        "Gull Point Light\nLighthouse in Norway\nGull Point Light is a lighthouse on the coast of Norway, kept by hand until 1952.\n"
        "Wikipedia\n")
    assert [(c.role, c.speaker) for c in video.chunks] == [("author", ""), ("quoted", "Wikipedia")]


def test_a_question_and_answer_sites_tags_beside_each_other_and_comments_signed_at_their_end(tmp_path):
    parsed = page(tmp_path, "question",
        "History Stack Exchange\nWhy did the keeper not appeal to the board?\nAsked 3 years ago\nModified 2 years ago\n"
        "Viewed 1k times\n5\nThe keeper of Gull Point never appealed against his notice. Why not?\nlighthouses norway-history\n"
        "asked Mar 3, 2021 at 10:12\nMark Daniels\n1 Answer\nSorted by:\nHighest score (default)\n8\n"
        "Because the board's chairman was his brother-in-law. His letters say so twice.\nanswered Mar 4, 2021 at 9:00\n"
        "Lena Holm\nInteresting, but do you have a source for that? – Mark Daniels Mar 4, 2021 at 10:00\n"
        "See the county archive, box 12. – Lena Holm Mar 4, 2021 at 11:30\nAdd a comment\n")
    assert parsed.source.title == "Why did the keeper not appeal to the board?"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("reply", "Lena Holm"), ("comment", "Mark Daniels"), ("comment", "Lena Holm")]
    assert not still_in(parsed, "norway-history", "Mar 4, 2021")
