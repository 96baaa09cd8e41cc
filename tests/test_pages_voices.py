"""Pages in several voices: transcripts, interviews, speeches, quotations and letters: who says each
passage, and what is the site's."""
from conftest import chunks_of, page, still_in

from embeddings.build import provisional_viewpoint


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


def test_a_title_the_comments_header_quotes_outranks_a_blogs_motto(tmp_path):
    parsed = page(tmp_path, "review",
        "Salt and Ink\nReviews of sea books, old and new\n"
        "The Ghost Ship Solved? A review of \"The Last Keeper\"\nNovember 12, 2020 by Ruth Gallagher\n"
        "Every few years somebody announces that the mystery of Gull Point has been solved.\n"
        "2 thoughts on “The Ghost Ship Solved? A review of \"The Last Keeper\"”\nJack Moreland\n"
        "November 13, 2020 at 7:41 am\nI am not convinced. The board planned it.\nReply\n")
    assert (parsed.source.title, parsed.source.author) == ("The Ghost Ship Solved? A review of \"The Last Keeper\"",
                                                           "Ruth Gallagher")


def test_a_trials_record_with_its_speakers_in_capitals_and_an_editors_note(tmp_path):
    parsed = page(tmp_path, "record",
        "Report of Court Proceedings\nThe Case of the Gull Point Board\nMorning Session, March 6, 1952\n"
        "THE COMMANDANT: The Court is coming, please rise.\n"
        "THE PRESIDENT: Be seated. Keeper Reilly, do you confirm the testimony you gave?\n"
        "REILLY: Yes, I confirm it. I asked the board to let me stay until the spring.\n"
        "DAHL: Where is that letter now?\nREILLY: In the board's own files.\n"
        "[Note: The board's files for March 1952 were later found to hold no such letter.]\n")
    assert [(c.role, c.speaker) for c in parsed.chunks][-2:] == [("quoted", "Reilly"), ("author", "")]


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


def test_claims_a_page_sets_out_to_answer_are_not_its_view(tmp_path):
    parsed = page(tmp_path, "myths",
        "Five myths about the last keeper\nBy Anna Nowak\nMarch 5, 2020\n\n"
        "Seventy years on, the keeper's departure is still surrounded by stories.\n\n"
        "Myth #1: The board dismissed the keeper.\n"
        "Fact: The board's minutes record that he asked to retire in the spring of 1952.\n\n"
        "Myth #2: The lamp was automated because he drank.\n"
        "Fact: Every light on the coast was automated between 1950 and 1955.\n\n"
        "Claim: No letter of his survives.\nRating: False\nOrigin: His letters to the board are in the county archive.\n")
    voices = [(c.role, c.text.split(":")[0]) for c in parsed.chunks]
    assert voices == [("author", "Seventy years on, the keeper's departure is still surrounded by stories."),
                      ("quoted", "Myth #1"), ("author", "Fact"), ("quoted", "Myth #2"), ("author", "Fact"),
                      ("quoted", "Claim"), ("author", "Rating")]
    # the model reads each answer with the claim it answers, as the page sets them
    assert parsed.chunks[2].context == "Myth #1: The board dismissed the keeper."
    # a label of the kind in an essay, with no answer under it and no other claim, stays the writer's
    essay = page(tmp_path, "essay", "The keeper\n\nClaim: the board never explained itself. I think that is unfair.\n\n"
                 "The minutes say more than most histories allow.\n")
    assert {c.role for c in essay.chunks} == {"author"}


def test_an_interviews_answer_is_read_with_the_question_it_answers(tmp_path):
    parsed = page(tmp_path, "interview",
        "The last keeper\n\nTranscript\n\nKELLY: This week we look back at the last keeper of Gull Point. Welcome.\n\n"
        "BERG: Thank you.\n\nKELLY: Was he dismissed?\n\n"
        "BERG: The minutes say he retired. His letters say he asked to stay until the spring.\n\n"
        "KELLY: Thank you.\n\nBERG: Thank you.\n")
    answer = next(c for c in parsed.chunks if "asked to stay" in c.text)
    assert answer.context == "Asked “Was he dismissed?”, Berg said:"
    # a turn after one that asks nothing is read with its speaker alone
    assert next(c for c in parsed.chunks if c.text.endswith("Welcome.")).context == "Kelly said:"


def test_a_quotation_with_a_pronouns_attribution_between_its_parts_closing_a_paragraph(tmp_path):
    parsed = page(tmp_path, "programme",
        "The last keeper\n\nThis week we speak to Olga Berg, who knew the keeper. "
        "\"He asked to stay until the spring,\" she says. \"The board would not hear of it.\"\n")
    *before, quote = parsed.chunks
    assert quote.role == "quoted" and quote.text.startswith('"He asked to stay')
    assert before[-1].role == "author" and before[-1].text.endswith("who knew the keeper.")


def test_a_transcript_nobody_labelled_is_known_as_one(tmp_path):
    parsed = page(tmp_path, "interview",
        "The last keeper\n\nTranscript\n\nKELLY: This week we look back at the last keeper of Gull Point. Welcome.\n\n"
        "BERG: Thank you.\n\nKELLY: Was he dismissed?\n\nBERG: The minutes say he retired.\n\n"
        "KELLY: Subscribe to our podcast for more.\n")
    assert parsed.source.kind == "podcast transcript"


def test_a_podcast_directorys_episode_page_is_titled_by_the_episode_and_its_frame_left_out(tmp_path):
    parsed = page(tmp_path, "episode",
        "Apple Podcasts Preview\nCoast Histories\nEpisode 88: The Last Keeper\nHistory\nMar 6, 2021\n"
        "Episode 88: The Last Keeper\nListen on Apple Podcasts\nRequires subscription and macOS 11.4 or higher\n\n"
        "In 1952 the last keeper of Gull Point left the island. In this episode we read the board's minutes and his "
        "letters, which do not agree about why he went.\n\nInformation\nShow\nCoast Histories\nLength\n48 min\n"
        "Customer Reviews\n4.8 out of 5\n1.2K Ratings\n")
    assert (parsed.source.title, parsed.source.date) == ("Episode 88: The Last Keeper", "2021-03-06")
    assert [c.role for c in parsed.chunks] == ["author"]
    assert not still_in(parsed, "Requires subscription", "Ratings", "Coast Histories")


def test_a_letters_pages_section_label_over_the_letters_headline_is_not_its_title(tmp_path):
    parsed = page(tmp_path, "letters",
        "Letters to the Editor\nThe keeper on television\n16 March 2019 • 6:00am\n"
        "SIR – Your critic praised the series but said little about its history. The keeper asked to stay.\n"
        "Peter Lomax\nLondon SW1\n\nSIR – The board's minutes say he retired, and they are the better record.\n"
        "Helen Marsh, Harrogate, North Yorkshire\n")
    assert (parsed.source.title, parsed.source.date) == ("The keeper on television", "2019-03-16")


def test_a_documentarys_transcript_keeps_its_narrator_as_its_own_voice_and_gives_each_witness_their_turns(tmp_path):
    parsed = page(tmp_path, "film",
        "PBS\nShows\nLive TV\nSchedule\nDonate\n\nAmerican Experience\nFilms\nThe Last Keeper\nTranscript\n\n"
        "Support Provided By: Learn More\n\nWatch the full film\n\n"
        "Narrator: On the night of March 3rd, 1951, the lamp at Gull Point went dark.\n\n"
        "Tom Reilly, son of the last keeper: My father never wanted to leave. He said so every night.\n\n"
        "Narrator: The board's minutes tell another story.\n\n"
        "Anna Berg (from her diary, read by an actor): The keeper came to the office and asked to retire.\n\n"
        "Narrator: The lamp was automated the next spring.\n\n"
        "Transcript Print\n\nMajor funding for American Experience is provided by:\nLiberty Mutual\nAlfred P. Sloan Foundation\n")
    # the narrator speaks for the film itself; each witness speaks for themselves
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("quoted", "Tom Reilly"), ("author", ""), ("quoted", "Anna Berg"), ("author", "")]
    assert not still_in(parsed, "Support Provided", "Watch the full film", "Major funding", "Liberty Mutual", "Transcript Print")
    assert provisional_viewpoint(parsed.chunks, "", parsed.source.title) == (
        "not labelled; it opens: “On the night of March 3rd, 1951, the lamp at Gull Point went dark.”")


def test_a_community_stations_programme_page_with_its_motto_air_date_and_appeal(tmp_path):
    parsed = page(tmp_path, "programme",
        "KCST 94.1 FM\nListen Live Schedule Programs Donate\nCoast Hour\nA Program on Ideas, Politics and Culture\n\n"
        "Coast Hour: The Last Keeper of Gull Point\nAir date: Tuesday, August 18, 2020 - 12:00 pm\nHosted by Tom Reilly\n\n"
        "Download MP3 (52:10)\nShare Facebook Twitter\n\n"
        "Historian Anna Berg tells how the board forced the last keeper of Gull Point out of his lighthouse in 1952.\n\n"
        "KCST is listener-sponsored community radio. Support us by becoming a member today.\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("Coast Hour: The Last Keeper of Gull Point", "Tom Reilly", "2020-08-18")
    assert not still_in(parsed, "listener-sponsored", "Air date", "Program on Ideas")


def test_a_podcasts_transcript_with_each_speakers_time_in_brackets(tmp_path):
    parsed = page(tmp_path, "episode",
        "Coast Voices\nEpisode 88: The last keeper\n[MUSIC PLAYING]\n"
        "HOST (00:00:04): Welcome back. Today we talk about the last keeper of Gull Point with Anna Berg.\n"
        "BERG (00:00:15): Thanks for having me. The keeper never wanted to leave.\n"
        "HOST (00:00:31): Why did he go, then?\n"
        "BERG (00:00:34): The board automated the lamp and gave him a month's notice.\n[MUSIC PLAYING]\n")
    assert [c.speaker for c in parsed.chunks] == ["Host", "Berg", "Host", "Berg"]
    assert {c.role for c in parsed.chunks} == {"quoted"}
    assert not still_in(parsed, "MUSIC")


def test_a_speech_delivered_by_its_speaker_on_a_day_and_in_a_place(tmp_path):
    parsed = page(tmp_path, "speech",
        "Speech to the Coast History Conference\nDelivered by Anna Berg, Bergen, 4 November 2023\n"
        "Thank you, friends. (Applause)\n"
        "Seventy years ago the keeper of Gull Point was told to leave the island. He asked to stay until the spring.\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("Speech to the Coast History Conference", "Anna Berg", "2023-11-04")
    assert not still_in(parsed, "Delivered by")


def test_a_quotation_introduced_inside_a_paragraph_is_its_speakers_and_the_writer_goes_on_after_it(tmp_path):
    parsed = page(tmp_path, "essay",
        "The keeper's last winter\n"
        "The board's minutes call it a retirement. As Per Dahl himself wrote in 1952, \"No keeper leaves a light "
        "he can still tend. I asked to stay until the spring.\" This was not a figure of speech. His letters say "
        "the same thing three times.\n")
    voices = {words: [(c.role, c.speaker) for c in parsed.chunks if words in c.text]
              for words in ("minutes call it", "asked to stay", "figure of speech")}
    assert voices == {"minutes call it": [("author", "")], "asked to stay": [("quoted", "Per Dahl")],
                      "figure of speech": [("author", "")]}


def test_a_quotations_pronoun_stands_for_the_single_name_the_sentence_before_gives(tmp_path):
    parsed = page(tmp_path, "essay",
        "The keeper's last winter\nThe board met in March 1952. Holm put it differently. "
        "\"We will not let one keeper hold back the whole coast,\" she told the meeting.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks if "hold back" in c.text] == [("quoted", "Holm")]


def test_a_broadcasters_programme_page_under_its_programmes_name_with_its_broadcast_time_and_station(tmp_path):
    parsed = page(tmp_path, "programme",
        "BBC\nHome\nNews\nSport\nSounds\niPlayer\nIn Our Time\nThe Last Keeper of Gull Point\n"
        "Melvyn Bragg and his guests discuss the keeper of Gull Point, who left the island in 1952.\n"
        "Available for over a year\nBroadcast: 7 November 2019, 09:00 on BBC Radio 4\nWith\nAnna Berg\n"
        "Professor of Coastal History at the University of Bergen\nProgramme Website\n")
    source = parsed.source
    assert (source.title, source.author, source.date) == ("The Last Keeper of Gull Point", "", "2019-11-07")
    assert not still_in(parsed, "Broadcast", "Programme Website", "In Our Time")


def test_an_essays_objections_are_others_claims_and_its_replies_the_writers_own(tmp_path):
    parsed = page(tmp_path, "essay",
        "Answering the keeper's defenders\nBy J. Marsh\n"
        "The keeper's defenders raise the same objections again and again. Here are the answers.\n"
        "Objection: The board forced the keeper out.\nReply: The minutes record his own request to retire, signed by him.\n"
        "Objection: His letters prove he wanted to stay.\nReply: The letters were written after he left.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [
        ("author", ""), ("quoted", ""), ("author", ""), ("quoted", ""), ("author", "")]
    assert parsed.source.kind != "transcript"
    lies = page(tmp_path, "lies",
        "Ten lies about the keeper\nLie #1: The board forced the keeper out.\nTruth: He asked to retire.\n"
        "Lie #2: His letters prove he wanted to stay.\nTruth: The letters were written after he left.\n")
    assert [(c.role, c.speaker) for c in lies.chunks] == [("quoted", ""), ("author", ""), ("quoted", ""), ("author", "")]
    said = page(tmp_path, "said",
        "What they say and what we say\nThey say: The board forced the keeper out.\nWe say: He asked to retire.\n"
        "They say: His letters prove he wanted to stay.\nWe say: The letters were written after he left.\n")
    assert [(c.role, "They say" in c.text) for c in said.chunks if c.role == "quoted"] == [("quoted", True), ("quoted", True)]
    assert all("We say" in c.text for c in said.chunks if c.role == "author" and "say:" in c.text)


def test_a_quotation_set_apart_as_its_own_paragraph_under_the_words_naming_its_speaker(tmp_path):
    parsed = page(tmp_path, "essay",
        "The keeper and the board\nBy J. Marsh\n\nThe board met in March 1952. Per Dahl told the meeting:\n\n"
        "    I have kept this light for thirty years. I ask only to stay until the spring, when the new lamp is ready.\n\n"
        "The board did not answer him. Its minutes record a retirement.\n")
    voices = [(c.role, c.speaker) for c in parsed.chunks if "thirty years" in c.text]
    assert voices == [("quoted", "Per Dahl")]
    assert all(c.role == "author" for c in parsed.chunks if "did not answer" in c.text)
    # a speaker the writer describes rather than names
    parsed = page(tmp_path, "described",
        "The keeper and the board\nBy J. Marsh\n\nThe board met in March 1952. In his opening remarks the chairman told "
        "the meeting:\n\nWe cannot keep a man on an island to do what a machine does better. The lamp will be automated "
        "by the spring.\n\nThe keeper was not at the meeting.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks if "machine does better" in c.text] == [("quoted", "the chairman")]


def test_an_oral_historys_narrator_questioned_by_an_interviewer_is_its_witness_not_the_pages_voice(tmp_path):
    parsed = page(tmp_path, "oral",
        "Coast Oral History Project\nInterview with Per Dahl, 1993\n\n"
        "Interviewer: When did you first hear you had to leave the island?\n"
        "Narrator: In January 1952. The board sent a letter, typed on thin paper.\n"
        "Interviewer: Did you ask to stay?\nNarrator: I asked to stay until the spring. They said no.\n")
    assert {(c.role, c.speaker) for c in parsed.chunks if "Narrator" in c.text} == {("quoted", "Narrator")}
    # the project's name over the title is no author
    assert (parsed.source.title, parsed.source.author) == ("Interview with Per Dahl, 1993", "")


def test_a_passage_taken_from_a_named_work_or_signed_under_it_is_its_writers(tmp_path):
    parsed = page(tmp_path, "essay",
        "The keeper in his own words\nBy J. Marsh\n\nThe core of it is in one passage. From Per Dahl's Logbook (1952):\n\n"
        "The light does not care who pays for it. It cares only that someone climbs the stairs each night.\n\n"
        "This is the passage every visitor quotes.\n\nThe same idea returns later:\n\n"
        "A keeper who leaves in winter leaves the sea in the dark.\n— Per Dahl, 1952\n")
    voices = {words: [(c.role, c.speaker) for c in parsed.chunks if words in c.text]
              for words in ("does not care", "every visitor", "leaves the sea")}
    assert voices == {"does not care": [("quoted", "Per Dahl")], "every visitor": [("author", "")],
                      "leaves the sea": [("quoted", "Per Dahl")]}


def test_a_quotation_attributed_after_it_opening_or_inside_a_paragraph_leaves_the_writers_next_sentences_to_them(tmp_path):
    parsed = page(tmp_path, "story",
        "The keeper row\nBy Anna Berg\n\nThe row over the keeper reached social media this week. \"The board lied about "
        "the keeper for seventy years,\" tweeted the historian Mark Daniels. Others disagreed.\n\n"
        "\u201cWe found no logbook, and I was bitterly disappointed,\u201d the diver Karl Ek wrote in his diary. The missing "
        "logbook is the one fact the rumours repeat. It proves nothing.\n\n"
        "\u201cWe simply do not know,\u201d Daniels admitted when pressed. \u201cAnyone who says otherwise is guessing.\u201d\n")
    voices = {words: [(c.role, c.speaker) for c in parsed.chunks if words in c.text]
              for words in ("reached social media", "board lied", "Others disagreed", "found no logbook", "proves nothing",
                            "simply do not know")}
    assert voices == {"reached social media": [("author", "")], "board lied": [("quoted", "Mark Daniels")],
                      "Others disagreed": [("author", "")], "found no logbook": [("quoted", "Karl Ek")],
                      "proves nothing": [("author", "")], "simply do not know": [("quoted", "Daniels")]}


def test_a_text_wrapped_by_hand_reads_each_paragraph_as_one_with_its_quotation_and_byline(tmp_path):
    # (a newspaper's column as read by OCR: a headline in capitals over two lines, words broken at lines' ends)
    parsed = page(tmp_path, "column",
        "THE COAST HERALD, BERGEN, TUESDAY, MARCH 6, 1951\n\nKEEPER LEAVES GULL POINT\nAFTER THIRTY YEARS\n\n"
        "By the Coast News Service.\n\nBERGEN, March 5.--The keeper of\nGull Point light left the island to-\n"
        "day after thirty years, the board\nsaid, and the lamp will be run\nfrom the mainland.\n\n"
        "\"He asked to stay until the spring\nand the board would not hear of\nit,\" said a letter signed by the\n"
        "keeper's neighbours on the island.\n\nThe board's secretary would not\ncomment on the letter when asked\n"
        "about it at the harbour office.\n")
    assert (parsed.source.title, parsed.source.author) == ("KEEPER LEAVES GULL POINT AFTER THIRTY YEARS", "Coast News Service")
    quoted = [c for c in parsed.chunks if c.role == "quoted"]
    assert [c.text.split("\n")[-1] for c in quoted] == ["keeper's neighbours on the island."]
    assert quoted[0].speaker == ""  # (whose neighbours they are names no speaker)


def test_one_message_saved_with_its_header_is_its_senders_and_the_lines_it_quotes_stay_apart(tmp_path):
    # (wrapped by hand, the lines quoted from another message and the reply under them are no one paragraph)
    reply = ("I am not convinced that one letter settles anything. The board kept\n"
             "its own minutes and wrote them after the meeting, not during it, so\n"
             "they say what the board wanted remembered about the keeper.\n\n"
             "The same goes for the log book, which the keeper wrote up himself\n"
             "at the end of each month and which was never checked by anyone on\n"
             "the board or by the inspector who visited the island each summer.\n\n"
             "For what it is worth, I still think he asked to stay. I just do not\n"
             "think we can prove it yet, and saying so in public does the history\n"
             "of the coast no harm at all, whatever the board's friends may say.\n\n")
    parsed = page(tmp_path, "message",
        "From: Per Dahl <pdahl@fjord.example.no>\nTo: coast-history@example.org\nSubject: Re: The keeper's letter\n"
        "Date: Mon, 3 Mar 2014 09:14:22 -0500\n\n"
        "> The keeper's letter of 1951 is the first evidence we have had in\n"
        "> seventy years, and it says he asked to stay. I do not see how the\n"
        "> board's defenders can get around the words of the man himself.\n"
        + reply + "Per\n")
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("The keeper's letter", "Per Dahl", "2014-03-03")
    assert [c.role for c in parsed.chunks][:2] == ["quoted", "author"] and {c.role for c in parsed.chunks[1:]} == {"author"}
    assert not still_in(parsed, "coast-history@", "Subject", "\nPer\n") and not parsed.chunks[-1].text.endswith("Per")


def test_an_advice_columns_readers_letter_is_the_readers_and_the_answer_the_columnists(tmp_path):
    parsed = page(tmp_path, "column",
        "Ask the Historian\n\nWas the keeper pushed?\n\nBy Anna Berg\n\nMarch 6, 2021\n\nDear Historian,\n\n"
        "My grandfather always said the board forced the keeper out and hid it. Was he right?\n\nWondering in Bergen\n\n"
        "Dear Wondering,\n\nYour grandfather was right about the board, though it hid nothing: its minutes say so.\n")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("comment", "Wondering in Bergen"), ("author", "")]
    assert not still_in(parsed, "Wondering in Bergen")
    # a letter whose writer the answer does not address by their sign-off is no reader's letter
    other = page(tmp_path, "other",
        "Dear Historian,\n\nThe board forced the keeper out and hid it.\n\nWondering in Bergen\n\nDear Reader,\n\n"
        "The minutes say otherwise.\n")
    assert {c.role for c in other.chunks} == {"author"}


def test_a_transcript_wrapped_by_hand_keeps_each_speakers_turn(tmp_path):
    para = ("The keeper of Gull Point asked to stay until the spring, and\nthe board refused him in a letter that\n"
            "his daughter kept until she gave it to the archive.\n\n")
    parsed = page(tmp_path, "transcript",
        "The last keeper\n\nTranscript\n\n" + para * 3 +
        "KELLY: So what happened to the keeper after\nthe board met? Did he leave at once or\ndid he stay on for the winter?\n"
        "BERG: He stayed until the spring. The\nminutes say he asked to, and the board\nagreed in the end, grudgingly.\n\n"
        "KELLY: And his letters, where did they go\nafter he died in the nineteen seventies?\n"
        "BERG: His daughter kept them in a box and\ngave them to the county archive later.\n")
    voices = {words: [c.speaker for c in parsed.chunks if words in c.text] for words in ("stayed until", "box and")}
    assert voices == {"stayed until": ["Berg"], "box and": ["Berg"]}


def test_a_mailing_list_archives_message_saved_as_html_is_its_senders(tmp_path):
    (tmp_path / "archive.html").write_text(
        "<html><head><title> [Coast-list] The keeper's letter</title></head><body><h1>[Coast-list] The keeper's letter</h1>"
        "<b>Per Dahl</b> <a href='mailto:x'>pdahl at fjord.example.no</a><br><i>Mon Mar  3 09:14:22 EST 2014</i>"
        "<ul><li>Previous message: <a href='1.html'>[Coast-list] Minutes</a></li></ul><hr><pre>Anna Berg wrote:\n"
        "&gt; The letter says he asked to stay.\n\nI am not convinced that one letter settles anything. The board kept\n"
        "its own minutes and wrote them after the meeting, not during it.\n\nPer\n</pre></body></html>", encoding="utf-8")
    parsed = chunks_of(tmp_path, "archive")[1]
    assert (parsed.source.title, parsed.source.author, parsed.source.date) == ("The keeper's letter", "Per Dahl", "2014-03-03")
    assert [(c.role, c.speaker) for c in parsed.chunks] == [("quoted", "Anna Berg"), ("author", "")]
    assert not parsed.chunks[-1].text.endswith("Per")
