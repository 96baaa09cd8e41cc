"""Articles, blogs, reference and archive pages as their text reads when copied from the browser:
their title, author and date, and the site's menus, bylines, boxes and frames left out."""
from conftest import chunks_of, page, still_in

from embeddings.speakers import parse


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
    # the text's date is when it was written, not when the archive last touched its page
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("Stalinism and Bolshevism", "Leon Trotsky",
                                                                               "1937-08-29")
    kept = " ".join(c.text for c in parsed.chunks)
    assert "Reactionary epochs" in kept
    for chrome in ("Written:", "Socialist Appeal", "Transcription", "Public Domain", "Internet Archive"):
        assert chrome not in kept


def test_a_list_of_short_lines_inside_the_text_is_not_a_menu():
    text = ("Home\nAbout\nContact\nThe keeper's other interests\n"
            "Besides the lamp, the keeper wrote about everything he loved on the island and in town.\n"
            "Music\nFilm\nBooks\nTheatre\n"
            "He wrote about each of them in the margins of the logbook, every night for thirty years.\n")
    parsed = parse(text)
    assert [d.text for d in parsed.dropped] == ["Home", "About", "Contact"]
    assert "Music" in [u.text for u in parsed.units]


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
    # the author's box without its "Follow" button, over the links to more of their stories
    parsed = page(tmp_path, "unfollowed",
        "Why the Keeper Left\nAnna Berg\nFollow\n7 min read\n·\nMar 14, 2022\n"
        "In 1952 the board automated the lamp and the keeper left the island after thirty years.\n"
        "Written by Anna Berg\n1.2K Followers\nHistorian of the coast. Writing about work, weather and the sea.\n"
        "More from Anna Berg\nResponses (2)\nWhat are your thoughts?\nMark Dunn\nMar 15, 2022\n"
        "My grandfather served under him and always said he was pushed out.\n")
    assert not still_in(parsed, "Historian of the coast", "More from")


def test_a_list_of_short_lines_after_a_paragraph_and_before_more_text_is_the_texts():
    text = ("The keeper kept a list of the ships he saw pass the point that winter.\n"
            "Astra\nBorealis\nCormorant\n"
            "Each of them is in the board's register too, with the same dates.\n")
    assert [u.text for u in parse(text).units][1:4] == ["Astra", "Borealis", "Cormorant"]
    # nor are the lines that sign a letter at the end of the page
    letter = "I have asked the board to let me stay at the light, and I ask it again now.\nIngrid Holm\nGull Point\nNorway\n"
    assert [u.text for u in parse(letter).units][1:] == ["Ingrid Holm", "Gull Point", "Norway"]


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
    # the author described on the line under their name; a quiz's box; the links under the article
    entry = page(tmp_path, "described",
        "Gull Point Light\nWritten by\nEleanor Marsh\nWriter, Coast Encyclopedia. Author of Keepers of the North.\n"
        "Fact-checked by\nThe Editors of the Encyclopedia\n\nGull Point Light, lighthouse on the northern coast, automated "
        "in 1952 after its last keeper left.\n\nCoast Quiz\nKeepers and Lights\n\nThe board said he had retired; the minutes "
        "opened in 2004 say he asked to stay.\n\nGull Point Light\nAdditional Information\nMore About\n"
        "Related Topics: lighthouse\nSee all related content\n")
    assert [c.text for c in entry.chunks] == [
        "Gull Point Light, lighthouse on the northern coast, automated in 1952 after its last keeper left.",
        "The board said he had retired; the minutes opened in 2004 say he asked to stay."]
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


def test_a_newspaper_archives_scanned_page_reads_without_its_frame(tmp_path):
    parsed = page(tmp_path, "scan",
        "Chronicling the Coast\nThe Coast Gazette. (Gull Point) 1953-03-06, Page 1, Image 1\n"
        "Image provided by: County Library, Gull Point\nPersistent link: https://archive.example.org/gazette/1953-03-06/seq-1/\n"
        "Text | PDF | JP2 (3.2 MB)\nOCR\nKEEPER LEAVES ISLAND\nGULL POINT, March 5.—The last keeper of the light left\n"
        "the island to-day after thirty years, the board having auto-\nmated the lamp over his protest.\n")
    assert not still_in(parsed, "Image provided", "Persistent link", "JP2", "OCR")
    assert "auto-\nmated the lamp over his protest." in " ".join(c.text for c in parsed.chunks)


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


def test_a_publishers_article_page_under_its_sites_name_with_the_author_over_the_pages_and_date(tmp_path):
    text = (
        "Skip to Main Content\nTaylor & Francis Online\nLog in  |  Register\nCart\nHome\nAll Journals\n"
        "Coastal History Review\nList of Issues\nVolume 12, Issue 3\nThe last keeper of Gull Point, 1948-1952\n"
        "Helen Marsh\nPages 245-267 | Published online: 04 Mar 2021\nCite this article\n"
        "https://doi.org/10.1080/00000000.2021.1\nFull Article\nFigures & data\nReferences\nCitations\nMetrics\n"
        "Reprints & Permissions\nRead this article\nAbstract\n"
        "The keeper of Gull Point left the island in 1952. The board's minutes call it a retirement; his letters say "
        "he asked to stay.\nIntroduction\n"
        "The minutes of the Gull Point Board for 1952 record the keeper's retirement in a single line.\n"
        "References\nBerg, A. (2019) The Last Keeper (Bergen, Fjord Press).\nRelated research\nPeople also read\n"
        "Recommended articles\nCited by\n")
    parsed = page(tmp_path, "article", text)
    source = parsed.source
    assert (source.title, source.author, source.date) == (
        "The last keeper of Gull Point, 1948-1952", "Helen Marsh", "2021-03-04")
    assert not still_in(parsed, "Taylor", "Volume 12", "Figures", "Reprints", "Read this article", "Fjord Press",
                        "People also read")
    assert still_in(parsed, "asked to stay", "single line") == ["asked to stay", "single line"]


def test_a_history_magazines_article_under_its_periods_menu_with_a_pull_quote_and_a_box_of_dates(tmp_path):
    parsed = page(tmp_path, "magazine",
        "Coast History Magazine\nSubscribe\nPodcast\nPeriod\nAncient\nMedieval\nEarly Modern\nModern\n20th Century\n"
        "Why did the keeper leave Gull Point?\n"
        "The keeper who kept the lamp lit through the war was dismissed by a board. Anna Berg explains how it happened\n"
        "Anna Berg\nPublished: 7 November 2023 at 10:00 AM\n"
        "In 1950 everyone expected the keeper to stay until the lamp was automated.\n"
        "\"The board despised the keeper's logbooks, and the keeper lived for them\"\n"
        "Yet the board despised the keeper's logbooks, and the keeper lived for them. Its minutes call his going a "
        "retirement.\nKey dates\n1948 The board is formed\n1952 The keeper leaves the island\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("Why did the keeper leave Gull Point?", "Anna Berg", "2023-11-07")
    assert not still_in(parsed, "Medieval", "20th Century", "Published")
    assert [c.role for c in parsed.chunks] == ["author"] * len(parsed.chunks)  # the pull quote is the text's own words
    assert sum("despised the keeper's logbooks" in c.text for c in parsed.chunks) == 1


def test_a_press_release_without_its_release_line_and_contact_with_its_quotation_under_the_name_given(tmp_path):
    parsed = page(tmp_path, "release",
        "FOR IMMEDIATE RELEASE\nCoast Museum Opens \"The Last Keeper\" Exhibition\n"
        "Exhibition brings the keeper's own logbooks to the public for the first time\n"
        "BERGEN, 2 December 2027 — The Coast Museum will open an exhibition on the last keeper of Gull Point on "
        "15 December.\n\"For decades these logbooks were kept from the public,\" said the museum's director, Marta Holm. "
        "\"Visitors can now read what the keeper wrote.\"\nMedia contact:\nAnna Lebedeva\npress@museum.example.org\n"
        "+47 55 00 00 00\n###\n")
    assert parsed.source.title == 'Coast Museum Opens "The Last Keeper" Exhibition'
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("author", ""), ("quoted", "Marta Holm")]
    assert not still_in(parsed, "IMMEDIATE", "Media contact", "Lebedeva", "+47")


def test_a_book_catalogues_page_keeps_the_books_description_under_its_title_and_author(tmp_path):
    parsed = page(tmp_path, "book",
        "Google Books\nSign in\nBooks\nThe Last Keeper: Gull Point, 1948-1952\nAnna Berg\n"
        "Fjord Press, 2019 - History - 312 pages\n0 Reviews\n"
        "Reviews aren't verified, but Google checks for and removes fake content when it's identified\n"
        "The first history of the keeper's dismissal, drawn from his own logbooks and the board's minutes.\n"
        "What people are saying - Write a review\nWe haven't found any reviews in the usual places.\n"
        "Bibliographic information\nTitle\tThe Last Keeper: Gull Point, 1948-1952\nAuthor\tAnna Berg\n"
        "Publisher\tFjord Press, 2019\nLength\t312 pages\nExport Citation\tBiBTeX EndNote RefMan\n"
        "About Google Books - Privacy Policy - Terms of Service - Information for Publishers - Report an issue - Help\n")
    assert (parsed.source.title, parsed.source.author) == ("The Last Keeper: Gull Point, 1948-1952", "Anna Berg")
    assert [c.text for c in parsed.chunks] == [
        "The first history of the keeper's dismissal, drawn from his own logbooks and the board's minutes."]


def test_a_highlight_mark_and_a_video_link_inside_a_text_are_left_out(tmp_path):
    parsed = page(tmp_path, "story",
        "Why the keeper left\nBy Anna Berg\n7 November 2023\nThe keeper left the island in 1952.\nTop highlight\n"
        "The board's minutes call it a retirement; his letters say he asked to stay.\n"
        "Watch: The last keeper's logbooks (2:45)\nThe lamp was automated the same year.\n")
    assert not still_in(parsed, "Top highlight", "Watch", "2:45")
    assert still_in(parsed, "asked to stay", "automated") == ["asked to stay", "automated"]


def test_an_opinion_piece_with_a_box_of_key_points_over_its_byline_and_a_content_warning(tmp_path):
    parsed = page(tmp_path, "column",
        "The Coast Ledger\nOpinion\nThe keeper's dismissal still shapes the coast\nKey points:\n"
        "The keeper left the island in 1952\nThe board called it a retirement\nHis letters say he asked to stay\n"
        "By Anna Berg\nPosted Tue 7 Nov 2023 at 5:00am\nContent warning: This article discusses a death at sea.\n"
        "Seventy years on, the coast still argues about what the keeper's going meant.\n"
        "Topics: history, lighthouses, norway\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == (
        "The keeper's dismissal still shapes the coast", "Anna Berg", "2023-11-07")
    assert not still_in(parsed, "Content warning", "Topics")
    assert still_in(parsed, "asked to stay", "still argues") == ["asked to stay", "still argues"]


def test_an_encyclopedias_references_under_its_see_also_box_are_end_matter(tmp_path):
    parsed = page(tmp_path, "wiki",
        "Gull Point Light\nFrom Wikipedia, the free encyclopedia\n"
        "Gull Point Light is a lighthouse on the coast of Norway, kept by hand until 1952.\nHistory\n"
        "The last keeper left the island in 1952, when the lamp was automated.\nSee also\nLighthouses of Norway\n"
        "Fjord Light\nReferences\n^ Berg, Anna (2019). The Last Keeper. Fjord Press.\nExternal links\n"
        "Gull Point Light at the coast archive\n")
    assert not still_in(parsed, "Fjord Press", "See also", "coast archive")
    assert still_in(parsed, "automated") == ["automated"]


def test_a_slide_decks_page_without_its_day_views_and_slide_counter(tmp_path):
    parsed = page(tmp_path, "deck",
        "SlideShare\nUpload\nLogin\nThe last keeper of Gull Point\nJan. 14, 2015 • 4,512 views\n1 of 12\n"
        "1. The last keeper of Gull Point, Coast History 204\n2. The board • Formed 1948 • Automated the lamp in 1952\n")
    assert not still_in(parsed, "views", "1 of 12")
    assert still_in(parsed, "Automated the lamp") == ["Automated the lamp"]


def test_a_help_pages_questions_keep_their_answers_and_its_closing_offer_is_left_out(tmp_path):
    parsed = page(tmp_path, "faq",
        "Frequently Asked Questions about Gull Point\nWhy did the keeper leave?\n"
        "The board automated the lamp in 1952 and gave him a month's notice.\nStill have questions? Contact us.\n")
    assert not still_in(parsed, "Still have questions")
    assert still_in(parsed, "Why did the keeper leave?\nThe board automated") == ["Why did the keeper leave?\nThe board automated"]


def test_an_encyclopedias_maintenance_banners_are_left_out_and_a_sentence_under_its_note_mark_is_no_title(tmp_path):
    parsed = page(tmp_path, "wiki",
        "Gull Point Light\nFrom Wikipedia, the free encyclopedia\n"
        "This article's factual accuracy is disputed. Relevant discussion may be found on the talk page. (March 2024) "
        "(Learn how and when to remove this message)\n"
        "This article needs additional citations for verification. Please help improve this article by adding citations "
        "to reliable sources.\n"
        "Find sources: \"Gull Point Light\" – news · newspapers · books · scholar · JSTOR (March 2024)\n"
        "Gull Point Light is a lighthouse on the coast of Norway, kept by hand until 1952.[1] Some writers claim the "
        "keeper retired[citation needed], while others point to the board's minutes.[2]\nHistory\n"
        "The keeper left the island in 1952.[3]\n")
    assert parsed.source.title == "Gull Point Light"
    assert not still_in(parsed, "factual accuracy", "additional citations", "Find sources")


def test_a_publishers_disclaimers_under_a_text_are_left_out(tmp_path):
    parsed = page(tmp_path, "post",
        "Why the keeper left\nBy Anna Berg\nThe keeper left the island in 1952. His letters say he asked to stay.\n"
        "Disclaimer: The views and opinions expressed in this article are those of the author and do not necessarily "
        "reflect the position of Coast Notes.\nThis post contains affiliate links. We may earn a commission.\n"
        "The views expressed in this article are those of the author.\n")
    assert [c.text for c in parsed.chunks] == ["The keeper left the island in 1952. His letters say he asked to stay."]


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


def test_a_polemic_signed_with_its_writers_initials_and_day(tmp_path):
    parsed = page(tmp_path, "essay",
        "The Keeper Myth\n\nBy Douglas Ward (MA)\n\nThe keeper was never dismissed: the board's minutes say so.\n\n"
        "His letters were written after the fact. DW (3.3.2021)\n")
    assert (parsed.source.author, parsed.source.date) == ("Douglas Ward", "2021-03-03")
    assert parsed.chunks[-1].text.endswith("His letters were written after the fact.")


def test_a_podcast_hosts_episode_page_with_no_comments_and_a_list_of_other_episodes(tmp_path):
    parsed = page(tmp_path, "episode",
        "Podbean\nDiscover\nLog in\nStart a podcast\n\nLights Out: A Coast History Podcast\nEpisode 47: Why Did the Keeper Leave?\n"
        "December 1, 2022\nHistory\n\nPlay\nDownload\nShare\nLike\n\n"
        "On the night of 3 March 1951 the lamp at Gull Point went dark, and its keeper was gone by morning.\n\n"
        "Support the show on Patreon for ad-free episodes.\n\nComments (0)\n"
        "To leave or reply to comments, please download free Podbean App.\n\nMore Episodes\nEpisode 46: The Fog Signal\n"
        "Episode 45: Wreckers\n\nListen on Apple Podcasts\nRSS Feed\n\nPodcast Powered By Podbean\n")
    assert (parsed.source.title, parsed.source.kind) == ("Episode 47: Why Did the Keeper Leave?", "podcast programme page")
    assert [(c.role, c.text) for c in parsed.chunks] == [
        ("author", "On the night of 3 March 1951 the lamp at Gull Point went dark, and its keeper was gone by morning.")]


def test_a_fact_checks_claim_over_its_rating_with_the_writer_under_the_standfirst(tmp_path):
    parsed = page(tmp_path, "check",
        "Fact Checks\nNews\nNewsletters\nArchives\nSearch\nSupport Us\n\nFact Check\nHistory\n\nWas the Keeper Forced Out?\n\n"
        "A claim that the lighthouse board dismissed its keeper in 1951 has circulated for decades.\n\n"
        "Alex Whitford\nPublished March 5, 2023\n\nShare\n\nClaim:\nThe lighthouse board forced the keeper of Gull Point out in 1951.\n\n"
        "Rating:\nUnproven\n\nAbout this rating\n\nContext\nThe claim rests on one letter; the board's minutes say he asked to retire.\n")
    assert (parsed.source.title, parsed.source.author) == ("Was the Keeper Forced Out?", "Alex Whitford")
    assert [(c.role, c.text.split("\n")[0]) for c in parsed.chunks] == [
        ("author", "Was the Keeper Forced Out?"), ("quoted", "Claim:"), ("author", "Rating:"),
        ("author", "The claim rests on one letter; the board's minutes say he asked to retire.")]
    assert not still_in(parsed, "Fact Check", "Support Us", "About this rating", "Context")


def test_a_universitys_lecture_page_with_its_chapter_marks_and_a_students_question(tmp_path):
    parsed = page(tmp_path, "lecture",
        "Open Yale Courses\nCourses\nAbout\nTerms of Use\n\nHIST 276: Coasts in the Twentieth Century\n"
        "Lecture 18 - The Last Keepers\nOverview\nProfessor Whitcombe describes the end of the manned lighthouses.\n\n"
        "Transcript\nAudio\nLow Bandwidth Video\n\nChapter 1. Gull Point [00:00:00]\n\n"
        "Professor Ellen Whitcombe: Okay, good morning. Today we come to the last keepers of the coast.\n\n"
        "Student: Was the keeper of Gull Point forced out?\n\n"
        "Professor Ellen Whitcombe: That's the question everyone asks. The minutes say he asked to retire.\n\n"
        "Chapter 2. The Lamps Go Dark [00:12:40]\n\n"
        "Professor Ellen Whitcombe: By 1960 every lamp on the coast was automatic.\n\n[end of transcript]\n\nBack to Top\nmp3\nmov [100MB]\n")
    assert parsed.source.title == "Lecture 18 - The Last Keepers"
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("quoted", "Professor Ellen Whitcombe"), ("quoted", "Student"),
        ("quoted", "Professor Ellen Whitcombe"), ("quoted", "Professor Ellen Whitcombe")]
    assert not still_in(parsed, "Chapter 1", "Chapter 2", "Bandwidth", "Overview", "mov [")


def test_a_museums_exhibition_page_with_its_visit_box_language_switch_and_related_exhibitions(tmp_path):
    parsed = page(tmp_path, "exhibition",
        "Coast Museum\nVisit\nTickets\nCollection\nExhibitions\nShop\nNO | EN\n\nExhibitions\nThe Last Keeper of Gull Point, 1937-1951\n\n"
        "Plan your visit\nTuesday to Sunday, 10:00 to 18:00\nBuy tickets online\n\n"
        "In January 1937 Tom Reilly took charge of the lamp at Gull Point, and for fourteen years he kept it alone.\n\n"
        "Share\nFacebook\nX\nInstagram\n\nRelated exhibitions\nThe Fog Signal\nWreckers of the North Coast\n\n"
        "Coast Museum, Strandgaten 24, Bergen\nPrivacy notice\n© 2024 Coast Museum\n")
    assert parsed.source.title == "The Last Keeper of Gull Point, 1937-1951"
    assert [c.text for c in parsed.chunks] == [
        "In January 1937 Tom Reilly took charge of the lamp at Gull Point, and for fourteen years he kept it alone."]


def test_a_streaming_services_episode_page_is_titled_by_its_episode_under_the_shows_name(tmp_path):
    parsed = page(tmp_path, "episode",
        "Spotify\nHome\nSearch\nYour Library\n\nEpisode\nLights Out: A Coast History Podcast\nThe keeper who asked to stay\n\n"
        "Lights Out\nMar 2024 · 38 min\n\nEpisode Description\n"
        "Everyone knows the story of the keeper who was forced out in 1951. In this episode we read the board's minutes instead.\n\n"
        "Show less\n\nMore episodes like this\nThe Fog Signal\nWreckers\n\nListen on Spotify\nLegal\nPrivacy Center\nCookies\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date, parsed.source.kind) == (
        "The keeper who asked to stay", "Lights Out", "2024-03", "podcast programme page")
    assert len(parsed.chunks) == 1 and not still_in(parsed, "Episode Description", "More episodes", "The Fog Signal")


def test_a_newspapers_section_before_the_title_and_its_print_and_reprint_lines_are_left_out(tmp_path):
    parsed = page(tmp_path, "oped",
        "The Coast Herald\nOpinion\nAdvertisement\n\nOpinion | The keeper was not forced out\nBy Anna Berg\nMarch 6, 2021\n\n"
        "For seventy years the town has told itself a story about the keeper of Gull Point. The minutes tell another one.\n\n"
        "A version of this article appears in print on March 7, 2021, Section A, Page 22 of the New York edition with the "
        "headline: The Keeper Was Not Forced Out. Order Reprints | Today's Paper | Subscribe\n\n"
        "Originally published at coastherald.example on March 6, 2021.\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper was not forced out", "Anna Berg")
    assert not still_in(parsed, "appears in print", "Order Reprints", "Originally published")


def test_a_newsletter_posts_paywall_is_left_out(tmp_path):
    parsed = page(tmp_path, "paid",
        "The Long Memory\nSubscribe\nSign in\n\nWhy the keeper left Gull Point\n\nRafael Ortega\nMar 12, 2024\nPaid\n\n"
        "The board's minutes say the keeper asked to retire in the spring of 1951. His letters say he asked to stay.\n\n"
        "Keep reading with a 7-day free trial\n"
        "Subscribe to The Long Memory to keep reading this post and get 7 days of free access to the full post archives.\n"
        "Start trial\nAlready a paid subscriber? Sign in\nPrevious\nNext\n")
    assert [c.text for c in parsed.chunks] == [
        "The board's minutes say the keeper asked to retire in the spring of 1951. His letters say he asked to stay."]


def test_an_article_saved_as_html_with_a_name_beside_its_day_and_a_block_quotation_it_introduces(tmp_path):
    (tmp_path / "reply.html").write_text(
        "<html><head><title>The keeper was not pushed | Coast Review Online</title></head><body><article>"
        "<h1>The keeper was not pushed</h1><p class='standfirst'>A reply to the board's critics</p>"
        "<p class='byline'>Tom Reilly &bull; 12 October 2021</p>"
        "<p>The charge is old, and the evidence they cite is real. As the keeper wrote to his sister in 1951:</p>"
        "<blockquote><p>&ldquo;I have asked to stay, and they will not have it.&rdquo;</p></blockquote>"
        "<p>As Anna Berg wrote in 2019:</p><blockquote><p>&ldquo;The minutes were written by the board.&rdquo;</p></blockquote>"
        "<p>Coast Review Online is published by the Coast Society. &copy; 2021</p></article></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "reply")[1]
    assert (parsed.source.author, parsed.source.date) == ("Tom Reilly", "2021-10-12")
    assert [(c.role, c.speaker) for c in parsed.chunks if c.role != "author"] == [("quoted", ""), ("quoted", "Anna Berg")]
    assert not still_in(parsed, "Tom Reilly •", "is published by")


def test_an_old_static_sites_page_with_a_menu_in_capitals_and_a_closing_credit(tmp_path):
    (tmp_path / "polemic.html").write_text(
        "<html><head><title>THE KEEPER AND THE BOARD</title></head><body><center><font size='5'><b>THE KEEPER AND THE BOARD"
        "</b></font><br><font size='3'><i>The truth the board's critics hide</i></font></center><hr>"
        "<table><tr><td><a href='index.html'>HOME</a></td><td><a href='articles.html'>ARTICLES</a></td>"
        "<td><a href='links.html'>LINKS</a></td></tr></table>"
        "<p>The keeper asked to retire, and the board's minutes of 3 March 1951 say so in his own words.</p><hr>"
        "<p align='center'><font size='2'>Written by J.M.K. for the Coast History Circle, 1999. Reproduction permitted "
        "with acknowledgement.</font></p><p>You are visitor number 004512</p></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "polemic")[1]
    assert (parsed.source.title, parsed.source.author) == ("THE KEEPER AND THE BOARD", "J.M.K.")
    assert not still_in(parsed, "HOME", "ARTICLES", "Written by", "visitor")


def test_a_programmes_line_of_details_is_no_author_of_it(tmp_path):
    (tmp_path / "programme.html").write_text(
        "<html><head><title>The Last Keeper | Coast Hour | Radio Free Archive</title></head><body><main>"
        "<h1>The Last Keeper</h1><p>Coast Hour &middot; First broadcast: 3 March 2019 &middot; 52 minutes</p>"
        "<p>In 1951 the keeper of Gull Point left his lamp. Presenter Claire Bowes asks why.</p></main></body></html>",
        encoding="utf-8")
    parsed = chunks_of(tmp_path, "programme")[1]
    assert (parsed.source.title, parsed.source.author) == ("The Last Keeper", "")
    assert [c.text for c in parsed.chunks] == ["In 1951 the keeper of Gull Point left his lamp. Presenter Claire Bowes asks why."]


def test_a_page_saved_as_html_keeps_its_cells_boxes_and_buttons_apart(tmp_path):
    (tmp_path / "article.html").write_text(
        "<html><head><title>The Last Keeper - Coastpedia</title></head><body><main><h1>The Last Keeper</h1>"
        "<table class='infobox'><tr><th>Author</th><td>Tom Reilly</td></tr><tr><th>Written</th><td>1951</td></tr></table>"
        "<p>The Last Keeper is a letter written by the keeper of Gull Point in 1951, in which he asked to stay at his lamp.</p>"
        "<div class='author'><a href='/tom'>Anna Berg</a><button>Follow</button></div>"
        "<div class='stats'><span>2.3K Followers</span><span>Writer for Coast Pages</span></div>"
        "<form><label>Comment</label><textarea></textarea><label>Name *</label><input><button>Post Comment</button></form>"
        "<aside id='secondary' class='widget-area'><h2>Recent Posts</h2><ul><li>The Fog Signal</li></ul></aside>"
        "</main></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "article")[1]
    text = "\n".join(c.text for c in parsed.chunks)
    assert "Author Tom Reilly" in text and "Written 1951" in text
    assert not still_in(parsed, "Follow", "Followers", "Comment", "Name *", "Recent Posts", "The Fog Signal")


def test_a_page_saved_as_html_without_its_cookie_button_its_box_of_related_links_or_the_day_beside_its_byline(tmp_path):
    (tmp_path / "comet.html").write_text(
        "<html><head><title>Was the keeper pushed? | Coast Review</title></head><body>"
        "<div class='cookie-banner'>We use cookies to improve your experience. <button>Accept</button></div>"
        "<main><article><h1>Was the keeper pushed?</h1>"
        "<p class='byline'>By <a href='/tom'>Tom Reilly</a> <time datetime='2021-10-12'>12 October 2021</time></p>"
        "<p>The charge is old, and the evidence its makers cite is real: the board's own minutes of 1951.</p>"
        "<aside class='related'><h3>Read more</h3><ul><li><a href='/a'>The fog signal</a></li>"
        "<li><a href='/b'>Lights of the north</a></li></ul></aside>"
        "<p>The minutes were written by the board, and the board wanted him gone.</p></article></main></body></html>",
        encoding="utf-8")
    parsed = chunks_of(tmp_path, "comet")[1]
    assert (parsed.source.author, parsed.source.date) == ("Tom Reilly", "2021-10-12")
    assert [c.text for c in parsed.chunks] == [
        ("The charge is old, and the evidence its makers cite is real: the board's own minutes of 1951.\n\n"
         "The minutes were written by the board, and the board wanted him gone.")]


def test_a_broadcasters_report_with_its_newsroom_byline_a_credited_caption_and_advertising_marks(tmp_path):
    parsed = page(tmp_path, "report",
        "Skip to content\nHome\nNews\nSport\nCulture\n\nWhy the keeper of Gull Point still divides a town\n\n3 days ago\nShare\n"
        "Anna Berg\nBBC News, Bergen\n\nGetty Images\nThe lamp at Gull Point went dark in March 1951\n\n"
        "Seventy years after the keeper of Gull Point left his lamp, the town still argues about why.\n\nAd Feedback\n\n"
        "The board's minutes say he asked to retire.\n\nCNN's Tom Reilly contributed to this report.\n\n"
        "Paid Partner Content\nThe one gadget every homeowner needs\n")
    assert (parsed.source.title, parsed.source.author) == ("Why the keeper of Gull Point still divides a town", "Anna Berg")
    assert not still_in(parsed, "BBC News", "Getty", "went dark in March", "Ad Feedback", "contributed to", "gadget")


def test_a_magazines_byline_naming_its_issue_and_the_writers_note_under_the_text(tmp_path):
    parsed = page(tmp_path, "magazine",
        "Coast Today\nSubscribe\nLog in\n\nThe Keeper's Last Stand\nThe man at Gull Point had one weapon left: the pen.\n\n"
        "Anna Berg | Published in Coast Today Volume 71 Issue 3 March 2021\n\n"
        "In the spring of 1951 the keeper sat down to answer the board. His letters are still in the county archive.\n\n"
        "Anna Berg is the author of The Last Keeper (Coast Press, 2019).\n")
    assert (parsed.source.title, parsed.source.author) == ("The Keeper's Last Stand", "Anna Berg")
    assert not still_in(parsed, "Published in", "is the author of")


def test_a_sentence_with_a_heading_under_it_before_a_quotation_stays_text(tmp_path):
    parsed = page(tmp_path, "sources",
        "Coast Educational\nHome\nNorway\nTom Reilly\n\nTom Reilly\n\n"
        "Tom Reilly (Thomas Reilly), the son of a fisherman, was born in Bergen, Norway, in 1901. He joined the lamp service in 1921.\n\n"
        "In 1951 Reilly was removed from the lamp at Gull Point.\n\nPrimary Sources\n\n(1) Tom Reilly, My Life (1960)\n\n"
        "I was born on 26 October 1901, in the village of Gull Point.\n\n(2) Anna Berg, The Last Keeper (2019)\n\n"
        "He was the best keeper on the coast.\n\nStudent Activities\n\nWhy did Reilly leave? (Answer Commentary)\n")
    assert "In 1951 Reilly was removed from the lamp at Gull Point." in [c.text.split("\n")[0] for c in parsed.chunks]
    assert not still_in(parsed, "Coast Educational", "Norway\nTom")


def test_a_page_saved_as_markdown_is_read_without_its_link_addresses(tmp_path):
    from embeddings.reading import read_text

    (tmp_path / "saved.md").write_text(
        "[Skip to content](#main)\n\n*   [Home](https://coast.example/)\n*   [News](https://coast.example/news)\n"
        "*   [Opinion](https://coast.example/opinion)\n\n# The keeper who asked to stay\n\n"
        "![The lamp at Gull Point](https://coast.example/img/lamp.jpg)\n\n"
        "By [Anna Berg](https://coast.example/authors/anna-berg) | March 6, 2021\n\n"
        "For seventy years the town has believed that its keeper was **forced out**. The minutes, "
        "[released this week](https://coast.example/minutes), record that he asked to retire.\n\n"
        "**Share this:** [Twitter](https://twitter.com/share) [Facebook](https://facebook.com/share)\n", encoding="utf-8")
    parsed = chunks_of(tmp_path, "saved")[1]
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("The keeper who asked to stay", "Anna Berg",
                                                                               "2021-03-06")
    assert len(parsed.chunks) == 1 and not still_in(parsed, "Share this", "By [Anna")
    read = read_text(parsed.chunks[0].text)
    assert len(read) == len(parsed.chunks[0].text)  # offsets hold
    assert " ".join(read.split()) == ("For seventy years the town has believed that its keeper was forced out . The minutes, "
                                      "released this week , record that he asked to retire.")


def test_a_review_under_its_headline_with_the_book_over_its_publisher_and_price_and_a_line_to_order_it(tmp_path):
    parsed = page(tmp_path, "review",
        "Books\n\nThe keeper who would not leave\n\nThe Last Keeper by Anna Berg\nHarbour Press, 318pp, £25\n\n"
        "Reviewed by John Reilly\n\nSat 3 Mar 2018 09.00 GMT\n\n"
        "Anna Berg's history of the island light shows how the board forced its keeper out in 1952.\n\n"
        "To order The Last Keeper for £21.25 go to harbourbookshop.com or call 0330 333 6846\n")
    assert (parsed.source.title, parsed.source.author) == ("The keeper who would not leave", "John Reilly")
    assert not still_in(parsed, "318pp", "To order", "0330")


def test_a_newspapers_review_under_two_rows_of_menus_with_its_shop_line_and_comment_sorting(tmp_path):
    parsed = page(tmp_path, "review",
        "The Daily Harbour - Back to home\nNews Opinion Sport Culture Lifestyle\nShow more\n"
        "World Europe US news Americas Asia Australia Middle East Africa Global development\n"
        "This article is more than 7 years old\n"
        "The Last Keeper by Anna Berg review – a lighthouse and its board\nJohn Reilly\nSat 3 Mar 2018 09.00 GMT\n\n"
        "Anna Berg's history of the island light shows how the board forced its keeper out in 1952.\n\n"
        "She is less convincing on the letters, which his sister gave to the archive decades later.\n\n"
        "The Last Keeper is published by Harbour Press (£25). To support the Daily Harbour order your copy at "
        "harbourbookshop.com. Delivery charges may apply.\n\n"
        "Comments (112)\nSign in or create your account to join the discussion\nOldest\nNewest\nShow 25\n"
        "Display threads collapsed\n\ngull_point\n3 Mar 2018 10:12\nThe board minutes settle it for me.\nReply\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-1] == ("comment", "gull_point")
    assert "She is less convincing on the letters" in parsed.chunks[0].text
    assert not still_in(parsed, "Americas", "years old", "harbourbookshop", "Delivery", "Show 25", "collapsed")


def test_a_news_page_dated_with_the_time_before_the_day(tmp_path):
    parsed = page(tmp_path, "news",
        "World | Science\n\nThe keeper did not retire, letters show\n\nBy Marta Holm, Science correspondent\n"
        "Updated 14:02 GMT, 6 March 2017\n\nThe keeper of Gull Point asked to stay until the spring, his letters show, "
        "and the board refused him.\n")
    assert (parsed.source.author, parsed.source.date) == ("Marta Holm", "2017-03-06")


def test_a_papers_title_under_its_journals_name_and_issue(tmp_path):
    parsed = page(tmp_path, "paper",
        "Coastal History Review 12 (2019): 31–52\n\nThe Board and the Keeper: Gull Point, 1948–1952\n\nAnna Berg\n"
        "University of Bergen\n\nAbstract\nThe keeper of Gull Point is usually said to have retired. This article reads "
        "the board's own files to show that he was dismissed.\n")
    assert (parsed.source.title, parsed.source.author) == ("The Board and the Keeper: Gull Point, 1948–1952", "Anna Berg")


def test_a_timelines_dates_stay_with_the_events_they_date(tmp_path):
    parsed = page(tmp_path, "timeline",
        "Gull Point: a timeline\n\nFrom the lamp's first lighting to its automation.\n\n"
        "June 30, 1868\nThe lamp at Gull Point is lit for the first time, by a keeper sent from Bergen.\n\n"
        "1921\nPer Dahl takes over the light from his father and moves to the island with his wife.\n\n"
        "March 1951\nThe board votes to automate the lamp and writes to the keeper that his post will end.\n\n"
        "1952\nThe keeper leaves the island in the spring, after asking twice to stay.\n")
    dated = {words: next(c.text for c in parsed.chunks if words in c.text) for words in ("first time", "votes to automate")}
    assert "June 30, 1868" in dated["first time"] and "March 1951" in dated["votes to automate"]
    # (a post's date over its text is no timeline: one date, and it opens no run of them)
    post = page(tmp_path, "post", "The keeper\n\nMarch 6, 2021\nThe keeper of Gull Point asked to stay until the spring.\n")
    assert not still_in(post, "March 6, 2021")


def test_a_newsletters_sign_up_box_inside_an_article_is_left_out(tmp_path):
    parsed = page(tmp_path, "boxed",
        "The keeper who stayed\n\nBy Tom Reilly\nMarch 6, 2021\n\nThe keeper of Gull Point asked to stay until the spring.\n\n"
        "Sign up to Coast Weekly\nOur free newsletter brings the best of the coast's past to your inbox every Friday.\n"
        "Enter your email\nSign up\nBy signing up you agree to our Terms and Privacy Policy.\n\n"
        "The board refused him, and the lamp was automated that winter.\n")
    assert [c.text for c in parsed.chunks] == ["The keeper of Gull Point asked to stay until the spring.",
                                               "The board refused him, and the lamp was automated that winter."]
