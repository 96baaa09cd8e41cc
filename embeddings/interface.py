"""The words sites put around a document: interface phrases that make a whole line ("Share this
post", "Sign in to follow", "Jump to navigation Jump to search", "answered Mar 3, 2021"), grouped
by the kind of site that prints them, and the labels sites give their sections in a menu.

:mod:`embeddings.cleaning` drops a line that is one of these as "interface text".
"""
from __future__ import annotations

import re

PHRASES = [
    r"share this( post| page| article| story)?", r"share (on|via) .{1,30}", r"link to (this )?(post|comment|article)",
    r"share on other sites", r"sign in( to .{1,40})?", r"sign (in|up) now", r"sign up( .{1,60})?",
    r"log ?in( .{1,40})?", r"log ?out", r"register( a new account| now)?", r"create (an )?account( .{1,80})?",
    r"already have an account\??( .{1,40})?", r"you need to be a member.{0,60}", r"followers? \d+",
    r"[\d.,]+\s*[km]? followers?", r"[\d,]+ repl(y|ies)( by .{1,60})?", r"\d+ (posts?|repl(y|ies)) in this (topic|thread)",
    r"(back to |go to )?(the )?(top|bottom) of (the )?page",
    r"back to top", r"skip to (main )?content", r"edited( \d+ \w+ ago| [a-z]{3,9} \d{1,2}, \d{4})? by .{1,40}",
    r"(reply|quote|report( post)?|like|likes|share|print|email|tweet|menu|search|subscribe( now)?|read more|continue reading)",
    r"(posted|updated|published|last updated|last modified|start date)( on)?:? .{1,40}",
    r"(previous|next) (post|article|page|story)( .{1,80})?", r"all rights reserved.{0,60}", r"(©|copyright) .{1,80}", r"[^©]{1,60}\s©\s*\d{4}.{0,60}",
    r"([^·•|∙]{1,40}[·•|∙]\s*){2,}(©|copyright)\s.{1,80}",  # a footer's links ending in its copyright
    # a site's legal notice: "All trademarks and copyrights on this page are owned by their respective parties. ..."
    r"all (trademarks|trade marks)( and copyrights)?( on this (page|site))? are (owned|the property) .{0,300}",
    r"(this site|we) uses? cookies.{0,120}", r"accept( all)? cookies", r"(accept|reject|decline)( all)?", r"manage (cookies|preferences|settings|options)", r"tags?: .{1,120}", r"categor(y|ies): .{1,120}", r"topics: .{1,120}",
    r"advertisement", r"(like )?loading\.*", r"(click|tap) here.{0,40}", r"leave a (reply|comment)( cancel reply)?",
    r"(write|add|post) a (public )?comment", r"(sign|log) in or (create|register|sign up).{0,100}", r"join the (discussion|conversation|debate)( [–—-] .{1,80})?",
    r"[^.!?]{0,80}\bclick here\b.{0,80}",
    r"write to( us)?:? .{1,160}", r"e-?mail( us)?:? [\w.+-]+@[\w-]+(\.[\w-]+)+",
    r"loading comments.{0,40}", r"trouble loading\??", r"you must be logged in.{0,60}", r"cancel reply",
    r"your (e-?mail )?address will not be published.{0,80}", r"required fields are marked.{0,4}",
    r"(name|e-?mail|website|comment|message)\s*\*?", r"(post|submit|leave|add|write) (a )?(comment|reply|response)\s*»?", r"preview post comment\W{0,3}", r"support us", r"reply to (?-i:[A-Z@]).{0,60}",
    # broadcasters' film pages and universities' course pages: the film's frame, a lecture's media and chapter marks
    r"about this rating", r"context", r"transcript print", r"support provided by:?( learn more)?", r"watch the full (film|episode|program|programme)",
    r"(major )?funding for .{1,80} (is|was) provided by:?", r"overview", r"audio", r"(low|high) bandwidth video",
    r"chapter \d+[.:] .{1,80} \[\d{1,2}:\d\d(:\d\d)?\]", r"mp3", r"mov( \[\d+\s*[km]b\])?", r"save my name.{0,120}",
    r"notify me of .{1,80}",
    r"hide", r"op", r"\d+% upvoted", r"downvote", r"best", r"controversial", r"go to comments", r"comments section",
    r"expand comment search", r"search in r/\w{2,30}",
    r"archived post\. new comments cannot be posted and votes cannot be cast", r"\[(deleted|removed)\]", r"(my|edit) subreddits",
    r"(\S{1,40} )?want to join\? log in or sign up in seconds\.?\|?", r"-(all|random|popular|users|friends)", r"r/\w{2,30}", r"popular-all-random.{0,200}",
    r"submitted( \d+ \w+ ago)? by \S+( .{1,40})?", r"sorted by:? .{1,30}", r"embed", r"parent", r"(all )?([\d,]+ )?comments", r"english",
    (r"((this )?(comment|post|message) (has been |was )?)?(removed|deleted)( by (the )?(moderators?|mods?|admins?|"
     r"administrators?|reddit|author|user|op|poster))?"), r"sort by:? .{1,30}", r"posted by (u/)?\S+( .{1,40}| on .{1,40} @\d{1,2}:\d\d\s*[ap]m( from the .{1,60} dept\.)?)?",
    r"(share|like) this:?", r"related( posts| articles)?", r"permalink", r"save", r"report", r"follow", r"unfollow",
    (r"((share|like|follow)( this| us| on)?:?\s*)?(facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|e-?mail|print|"
     r"instagram|tiktok|youtube|threads)"
     r"([ ,|/·•]+(facebook|twitter|x|linkedin|reddit|whatsapp|pinterest|telegram|e-?mail|print|instagram|tiktok|youtube|threads))*"),
    r"[\d.,]+\s*[km]? (likes?|points?|upvotes?|views?|shares?|comments?|replies|restacks?)(\s*[·•∙])?", r"level \d+",
    r"(posted in|filed under|tagged( with)?|labels):? .{1,120}", r"(privacy policy|terms of (use|service)|contact us|about us|cookie policy)([ |·•]+.{1,40})*",
    r"(subscribe|sign up) (to|for) (our|the) newsletter.{0,80}", r"search for:?", r"toggle navigation", r"main menu",
    r"you may also like", r"more about", r"additional information", r"see all related content", r"related topics?: .{1,120}", r"load more( comments)?", r"show more( replies)?",
    r"view (all|more|previous)( \d+)?( more| previous)? (comments|replies)", r"(view|hide) (\d+ )?repl(y|ies)( \(\d+\))?",
    r"follow us( on .{1,60})?", r"\d+ min(ute)?s? read(\s*[·•].{1,40})?", r"sponsored( content)?", r"read (the )?full (article|story)",
    r"listen( now| live| to (this|the) (article|episode|show))?", r"(play|share|download) (this )?(episode|audio|mp3|podcast)",
    r"subscribe (to|on|via) .{1,40}", r"(open|close) (menu|navigation)", r"watch( now| video| live)",
    # blog platforms' post navigation and closed comments, and the links other blogs sent in among them
    r"(pingback|trackback): .{1,200}",
    r"\[more inside\]", r"\(read more\.*\)",
    r"view all posts by .{1,60}", r"post navigation", r"comments are closed\.?", r"prev", r"next", r"flag", r"thread", r"(expand|collapse)( thread)?",
    r"«\s*older\b.{0,160}\bnewer\s*»", r"this (thread|topic|post|discussion) (has been |is |was )?(archived|closed|locked)\b.{0,60}",
    # blog platforms' share, follow and subscribe boxes
    r"click to (share|email|print|like)( .{1,60}?)?( \(opens in new window\))?", r"rate this", r"reblog",
    r"(image|photo|picture|photograph)( caption| credit| source)?\s*[:,]( .{1,100})?", r"(read (more|also|next)|related|see also|also read|more on this( story)?): .{1,120}",
    r"follow @\w+( on \w+)?", r"this (article|post|piece|story) (was|is) (originally |first )?(published|posted) .{1,120}",
    r"bookmark the permalink", r"this entry was (posted|filed) in .{1,160}", r"continue reading\W{0,3}",
    r"please (enable|turn on) javascript.{0,120}", r"show key events only", r"print friendly.{0,40}", r"(newer|older) (posts|entries)",
    r"enter your e-?mail( address)? to (subscribe|follow).{0,160}", r"join [\d,.]+k? other (subscribers|followers)",
    r"e-?mail address", r".{0,100}\b(in|to|into|straight to) your inbox\b.{0,60}", r"enter your e-?mail( address)?\W{0,3}",
    r"by (signing up|subscribing|registering|clicking .{1,40}),? you (agree|consent) to .{1,160}", r"reply with quote",
    r"((newer|older) posts?\s*){1,2}(home)?", r"subscribe to:? post comments.{0,20}", r"email this", r"blogthis!?",
    r"share to (twitter|facebook|pinterest|x)", r"no comments( yet)?", r"view my complete profile",
    r"print subscriptions?", r"search jobs", r"(.{1,40} [-–|] )?back to home( ?page)?",
    # video pages
    r"skip navigation", r"[\d.,]+\s*[km]? subscribers", r"download", r"clip", r"(show )?transcript", r"search in (video|transcript)", r"sort by",
    r"create", r"(\.{3}|…)\s*more", r"show less", r"chapters", r"view all", r"follow along using the transcript",
    r"[\d.,]+\s*[km]? views?\s+((premiered|streamed live)( on)?\s+)?(\d+\s*\w+ ago|\S[\w .,]{4,20}\d{4})(\s+#\S+)*",
    # comment services of the Disqus kind
    r"disqus", r"disqus'? privacy policy", r"(or )?sign up with disqus", r"log in with", r"avatar", r"recommend",
    r"what do you think\?", r"\d+ comments?\s*[·•]?\s*\d* (people|person) (listening|viewing)",
    # forum software of the Discourse kind: a topic's counts
    r"created", r"last reply", r"(replies|views|users|links|likes)", r"powered by discourse.{0,80}",
    # forum software of the phpBB kind
    r"post( a)? reply", r"[\d,]+ posts?\s*[•·]\s*page \d+ of \d+", r"return to [“\"].{1,80}[”\"]",
    r"(new topic|search this topic)\.*",
    # messaging channels: the channel's counts, a post's edit time
    r"[\d.,]+\s*[km]? (photos|videos|links|files|members|subscribers)", r"edited [a-z]{3,9} \d{1,2}, \d{4}( at \d{1,2}:\d\d)?",
    # fan wikis: the page's categories over it, its tabs, its category box and licence
    r"in: [^.]{1,160}", r"talk \(\d+\)", r"add category", r"categories:?", r"community content is available under .{1,60}",
    # news aggregators of the Slashdot kind: a comment's title and score, the shop under the page
    r".{1,120}\(score:\s*-?\d(, [a-z]+)?\)", r"(.{1,30} )?top deals", r"working(\.{3}|…)",
    # streaming services' title pages and review aggregators' audience reviews
    r"tv-(y|y7|g|pg|14|ma)", r"pg-13", r"nc-17", r"limited series", r"watch all you want\.?", r"more details",
    r"watch offline", r"download and watch everywhere you go\.?", r"genres", r"this (show|movie|film) is\W{0,3}",
    r"more like this", r"questions\? call .{1,30}", r"(all|verified) audience", r"(.{1,80} )?audience reviews",
    r"go back to .{1,40} page",
    # film diaries' reviews
    r"(watched|rewatched|reviewed|added)( on)? \d{1,2} [a-z]{3,9} \d{4}", r"more reviews", r"popular", r"recent", r"directed by (?-i:[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and|&|,))*)",
    # newspapers' comments: the tabs, the editors' picks, the counts
    r"reader picks", r"[\w’']{2,12} picks?", r"[\d,]+ recommend(ed|s)?",
    # news agencies' and magazines' credits
    (r"(illustration|photo-illustration|photograph|photos?|images?|graphics?|video) by "
     r"(?-i:[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|for|of|the|and|&))*)(?:\s*[/|;,]\s*.{1,60})?"),
    r"(additional )?reporting by [^.]{1,120}(;\s*(writing|editing) by [^.;]{1,80})*\.?",
    r"(writing|editing) by (?-i:[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})(;\s*(writing|editing) by [^.;]{1,80})*\.?",
    r"our standards:.{0,80}",
    # photo networks: a writer's badge, the comment box
    r"verified", r"add a comment\W{0,3}",
    # newsletter platforms' archives under a post
    r"no posts", r"ready for more\?",
    # parliaments' records: the volume and day, the House's interjections
    r"volume \d+: debated on .{1,40}", r"(several )?hon\. members:? .{1,40}",
    # broadcasters' episode pages: when it was on
    r"(first )?(aired|broadcast|recorded)( on)?:? .{4,50}\d{4}.{0,40}", r"programme website",
    # a transcript's end
    r"end( of (transcript|remarks))?",
    # interviews' editing notes
    r"this (interview|conversation) (has been|was) (edited|condensed|lightly edited).{0,60}",
    # journal archives' landing pages: the item's type and record, the ways to read it
    r"journal article|book chapter|research report", r"vol\. ?\d+, no\. ?\d+ .{0,40}pp?\. ?\d+ ?[-–] ?\d+.{0,20}",
    r"published by: .{1,80}", r"read and download", r"log in through your (school|library|institution).{0,30}",
    r"alternate access options", r"for independent researchers", r"read online \(free\).{0,120}", r"preview",
    r"this item is part of a .{1,40} collection\.?", r"for terms and use, please refer to .{1,60}",
    # journals' article pages: the tabs, the author's details, the article's record
    r"show author details", r"affiliations?:", r"\*?corresponding author\b.{0,120}", r"figures", r"metrics", r"save pdf",
    r"rights (&|and) permissions", r"keywords:?", r"type", r"(research|review) article", r"copyright",
    r"published online by .{1,80}", r"(full|read this) article", r"vol(ume|\.)? ?\d+,? (issue|no\.) ?\d+", r"figures (&|and) data", r"reprints (&|and) permissions",
    r"citations", r"cited by", r"people also read", r"recommended articles", r"related research", r"(english|français|deutsch|español|italiano|português|русский|polski|svenska)",
    r".{3,80}, vol(ume|\.)? ?\d+, (issue|no\.) ?\d+, .{3,30}, pp?\. ?\d+ ?[-–] ?\d+",
    # groups archives of newsgroups and mailing lists
    r"skip to first unread message", r"conversations", r"reply all", r"reply to author", r"forward", r"unread,?",
    # forum software of the Invision kind
    r"existing user\? sign in", r"reply to this topic\.*", r"start new topic", r"recommended posts", r"go to topic listing",
    r"recently browsing \d+ members?", r"no registered users viewing this page\.?", r"more sharing options\.*",
    r"powered by invision community",
    # forum software of the XenForo kind
    r"#\d{1,5}", r"thread starter .{1,60}", r"reactions?: .{1,160}", r"click to expand\.*", r"last edited:? .{1,60}",
    r"you must log in or register to reply here\.?",
    # microblogs: a post's counts and the thread's frame
    r"see new posts", r"conversation", r"post", r"(views|reposts?|quotes|bookmarks|retweets|quote tweets)",
    r"replying to @[\w]{1,30}( and .{1,60})?", r"show (more )?replies", r"show this thread",
    # question-and-answer sites of the Stack Exchange kind
    r"(asked|modified|active) \d+ \w+ ago", r"viewed [\d.,]+\s*k? times", r"improve this (question|answer)",
    r"add a comment", r"sorted by:?", r"highest score \(default\)", r"you must log in to answer this question\.?",
    r"stack exchange network", r"\d+ answers?", r"(show )?\d+ more comments?",
    # papers: keywords, the repository's download stamp, a journal archive's cover page
    r"key ?words: .{1,300}", r"downloaded from .{1,200}", r"(this content )?downloaded from .{1,200}",
    r"all use subject to .{1,100}", r"stable url: \S+", r"accessed: .{1,40}", r"published by: .{1,100}",
    r"jstor is a not-for-profit service.{0,500}", r"your use of the jstor archive.{0,300}",
    # an archive's notes on where a text comes from ("Transcription/HTML Markup: ...", "Public Domain: ...")
    (r"(transcription|transcribed|(html )?markup|transcription/(html )?markup|proofread(ing)?|public domain|copyleft|"
     r"online version|first published|translated|translation|source|written): .{1,300}"),
    r"[►▼▶]\s*.{1,40}\(\d+\)",  # a blog archive's entries: "► 2021 (12)"
    # news sites' article tools
    r"supported by", r"send any friend a story", r"give this article", r"read in app", r"reuse this content",
    r"share (the |this )?(full )?(article|story|page)", r"skip (advertisement|ad)", r"save (article|story)",
    r"copy link", r"link copied", r"listen to this (article|story)(\s*[·•].{1,20})?", r"credit\s*(\.{2,}|…|:)\s*.{1,80}",
    r"image", r"filed under:?",
    # a comment's action row: "Reply • Share ›", "Like · Reply · 3y"
    (r"((reply|share|like|likes|report|edit|delete|flag|upvote|downvote|permalink|embed|hide|follow|save|"
     r"\d+\s*[ywdhm]|[\d,]+ (likes?|replies|points?))\s*[•·|›»]*\s*){2,}"),
    # social networks' groups and pages: the audience, the reactions, the comments' order
    r"shared with .{1,80}", r"all reactions:?", r"(public|private) group(\s*[·•]\s*.{1,40})?", r"join( this)? group",
    r"most relevant", r"all comments", r"(newest|oldest)( first)?", r"top comments", r"edited", r"see (more|translation|original)",
    # podcast directories: an episode's page
    r"apple podcasts preview", r"listen on (apple podcasts|spotify|google podcasts|youtube music)", r"listen to this episode",
    r"[\d.]+ • [\d,]+ ratings?", r"episode (website|description)", r"more episodes", r"\d+ (min|hr)( \d+ min)?",
    r"sign up free", r"[\d.]+ out of 5", r"creator",
    # broadcasters' programme pages: availability, duration, broadcasts, a transcript's frame
    r"heard on .{1,60}", r"\d+-minute (listen|read|watch)", r"playlist", r"(©|copyright\s*©|copyright \d{4}).{0,600}",
    r"\S{1,30} transcripts are created on a rush deadline.{0,400}",
    r"available (now|for over a year|for \d+ (days?|weeks?|months?|years?))", r"release date:?( .{1,30})?",
    r"duration:?( \d+ (minutes?|mins?|hours?))?", r"\d+ (minutes?|mins?)", r"broadcasts?", r"clips",
    # scholarly networks' book reviews: the editor, the printable copy, the citation to copy
    r"commissioned by (?-i:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})", r"printable version:?( \S{1,200})?", r"citation: .{1,400}", r"url: \S{1,200}",
    # thread-unrolling services: the frame around a microblog thread they keep
    r"thread reader app", r"help \|?", r"get real-time email alerts when new unrolls are available.{0,60}",
    r"save (as|it as) pdf.{0,40}", r"[\d,]+ (tweets|posts)", r"read on (x|twitter)",
    r"missing some (tweet|post) in this thread\?.{0,80}", r"keep current with .{1,60}",
    r"stay in touch and get notified when new unrolls are available.{0,60}", r"this thread may be removed anytime!?",
    r"(twitter|x) may remove this content at anytime!?.{0,60}", r"try unrolling a thread yourself!?",
    r"everybody can reply", r"bluesky", r"[\d.,]+\s*[km]? (reposts?|quotes?)",
    # federated microblogs: a post's buttons and the server's frame
    r"boost(ed)?", r"favou?rite", r"bookmark", r"live feeds", r"explore", r"drag & drop to upload", r"profiles directory",
    r"keyboard shortcuts", r"view source code", r"v\d+(\.\d+){1,3}",
    r"\S{1,60} is one of the many independent mastodon servers.{0,160}",
    # film sites' user reviews
    r"user reviews", r"review this title", r"(all |top )?critics'? reviews", r"(all|top) critics", r"load more",
    # petition sites: the count of signatures, the button, the signers' reasons
    r"[\d,.]+\s*[km]? (have|has) signed\.?.{0,60}", r"sign this petition", r"start a petition", r"my petitions", r"hide spoilers", r"filter by rating:?", r"show all", r"helpfulness",
    r"\d+ out of \d+ found this helpful\.?", r"was this review helpful\?( sign in to vote\.?)?", r"use app", r"watchlist",
    r"more from this title", r"more to explore", r"recently viewed", r"you have no recently viewed pages",
    # professional networks' articles
    r"report this (article|post|comment)", r"\+ ?follow", r"(like|celebrate|support|love|insightful|funny|curious)",
    r"[\d,]+ reactions?", r"to view or add a comment, sign in", r"join now", r"send",
    # government sites' banner
    r"an official website of the (united states|u\.s\.) government.{0,40}", r"here'?s how you know",
    r"official websites use \.(gov|mil)\b.{0,200}", r"secure \.(gov|mil) websites use https\b.{0,300}",
    # digital libraries: an archive's icons and its full text's frame, a wiki library's links and licence
    r"an illustration of .{1,120}", r"see other formats", r"full text of .{1,200}", r"sister projects:.{1,200}",
    r"[←‹«]\s*(previous|prev)", r"next\s*[→›»]", r"←\s*\S.{0,80}", r"\S.{0,80}\s*→", r"this work is (in the public domain|licensed under).{0,300}",
    # blogging networks: a post's tags and notes
    r"#[^\s#][^#]{0,40}", r"[\d.,]+\s*[km]? notes", r"[\w\-.]{1,40} (liked|reblogged) this( from [\w\-.]{1,40})?",
    # social networks: what a post's writer did ("Pavel Orlov shared a memory."), and who reacted to it
    (r"\S.{0,60}? (shared a (memory|post|link|photo|video|reel)|updated (his|her|their) (status|profile picture|cover photo)|"
     r"added \d+ new photos?)\.?"), r"\S.{0,60}? and [\d,.]+k? others",
    # federated networks: who boosted the post under it, and its counts ("12 boosts · 40 favourites")
    r"\S.{0,60}? (boosted|reposted|retweeted)", r"([\d.,]+\s*[km]? (boosts?|favou?rites?|reposts?|quotes?|replies|likes?)(\s*[·•∙]\s*)?){1,4}",
    # encyclopedias and wikis
    r"from wikipedia, the free encyclopedia", r"(jump to (navigation|search|content)\s*)+",
    # a hatnote: "This article is about the 1921 uprising. For other uses, see Kronstadt (disambiguation)."
    r"(this (article|page) is about|\S.{0,80} redirects here\.?) .{0,150}?for (other uses|.{1,80}), see .{1,100}",
    r"for other uses,? see .{1,100}",
    # its maintenance banners: "This article's factual accuracy is disputed. ...", "Find sources: ..."
    (r"this (article|section)('s)? (factual accuracy is disputed|neutrality is disputed|needs additional citations|"
     r"may (be|contain|require|lack|need)|relies (largely|excessively|too much)|has multiple issues|"
     r"possibly contains original research|is written like|lacks|does not cite).{0,400}"),
    r"find sources: .{1,300}", r".{0,400}\(learn how and when to remove this (template )?message\)",
    r"for .{1,80}, see .{1,80}\(disambiguation\)", r"not to be confused with .{1,100}",
    r"this (article|page) is within the scope of .{1,300}", r"(\S{1,10}\s+)?this (article|page) has been rated as .{1,200}",
    r"retrieved from .{1,200}", r"this page was last (edited|modified) on .{1,80}",
    r"text is available under the creative commons.{0,200}", r"about wikipedia", r"disclaimers",
    r"((article|talk|read|edit|edit source|view history|tools|main menu)(?=\s|$)\s*){2,}",  # the page's tabs
    r"\[?(edit|hide|show)( source)?\]?",
    # newsletters
    r"thanks for reading.{0,120}", r"subscribe for free.{0,120}", r"type your e-?mail( address)?\.*", r"start writing",
    r"get the app", r"restacks?", r"to order .{1,120} (go to|visit|call) .{1,120}", r"privacy\s*[∙·•|]\s*terms.{0,60}", r"ready for more\?",
    r"discussion about this (post|episode|thread)", r"copy link", r".{1,60} is the home for great culture",
    # question-and-answer sites
    r"all related \(\d+\)", r"sort", r"recommended", r"view upvotes", r"view \d+ (shares?|upvotes?)", r"upvote(\s*[·•∙]\s*[\d.,]+\s*[km]?)?",
    r"add question", r"profile (photo|picture|image) (for|of) .{1,60}", r"answer requested by", r"launched \d+ \w+ ago",
    r"answer( this question)?", r"follow question", r"request",
    r"(?!\d{1,2}\.\d{1,2}\.\d{4}$)[\d.,]+\s*[km]?",  # a bare count: votes, shares (not a date, "06.03.2021")
    r"vote", r"moderators", r"message the mod(s|erators)", r"created \w+ \d{1,2},? \d{4}",
    # article platforms and forum software
    # reference sites' and broadcasters' article tools and credits
    r"close panel", r"share page", r"about sharing", r"cite", r"feedback", r"search [\w.]{2,30}", r"table of contents",
    r"print( page| this page)?", r"copy (page )?link", r"fact-?checked by( .{1,80})?", r"written by",
    r"this (article|entry) was (most recently )?(revised|updated)( and (revised|updated))? by .{1,80}",
    r"member-only story", r"open in app", r"write", r"respond", r"what are your thoughts\??", r"see all responses",
    r"[·•]?\s*writer for .{1,60}", r"written by .{1,60}", r"top", r"re: .{1,120}", r"display posts from previous.{0,60}", r"jump to",
    # shops' and book sites' customer reviews
    r"deliver(ing)? to .{1,60}", r"\.[a-z]{2,3}(\.[a-z]{2})?", r"verified purchase", r"want to read", r"rate this book",
    r"showing \d+-\d+( of [\d,]+)?", r"([·•]\s*)?[\d,.]+\s*[km]? ratings?(\s*[·•]\s*[\d,]+ reviews?)?",
    r"(one person|[\d,]+ people) found this helpful", r"helpful", r"see all formats and editions", r"see (more|all) reviews",
    r"([\d.]+ )?[\d.]+ out of 5 stars( [\d,]+ (global )?ratings?)?",
    # mailing-list archives
    r"(previous|next) message( \(by thread\))?: .{1,200}", r"messages sorted by: .{1,100}",
    r"more information about the .{1,80} mailing list", r"h-net discussion networks",
    # revision guides and help pages: a quiz's hidden answers, the page's feedback box
    r"(show|reveal|check|see) (the )?answers?", r"(quick )?quiz", r"was this (page|article|answer|guide|information) (helpful|useful)\?",
    # news sites' promotions inside an article
    r"sign up to .{1,60}, our free .{0,20}newsletter.{0,80}", r"privacy notice: newsletters may contain.{0,400}",
    r"(after|skip past) newsletter promotion", r"story continues (below|after) (this )?(advertisement|ad)",
    r"promoted (stories|content|links)", r"recommended by( outbrain| taboola)?", r"sponsored (stories|links)( by taboola)?",
    r"explore more on (these|this) topics?",
    # paper repositories: a paper's download buttons and preview
    r"download (free )?pdf", r"view pdf", r"loading preview", r"sorry, preview is currently unavailable.{0,160}",
    # e-mail newsletters: the mailing's frame
    r"view this (e-?mail|newsletter) in your browser", r"you are receiving this (e-?mail|newsletter).{0,200}",
    r"our mailing address is:?", r"want to change how you receive these e-?mails\?",
    r"you can update your preferences or unsubscribe from this list\.?", r"unsubscribe( from this list)?",
    # encyclopedias' mobile pages
    r"toggle the table of contents", r"\d+ languages", r"(article|talk|read|edit|view history|tools)",
    # newspaper archives: a scanned page's frame
    r"persistent link: \S+", r"image provided by: .{1,160}", r"jp2( \([\d.,]+ ?[km]b\))?", r"ocr",
    r"(text|pdf|ocr)( [|·•] (text|pdf|ocr|jp2( \([\d.,]+ ?[km]b\))?)){1,3}",
    # archives' catalogues: a record's buttons
    r"order (a )?cop(y|ies)( of this record)?", r"add to (bookmarks|favou?rites|my list)", r"cite this (record|page|item|document|paper|article)",
    r"search (the|our) (catalogue|records|collections?)", r"help with your research", r"visit us",
    r"(legal|closure|access) status: .{1,80}", r"held by: .{1,80}",
    # book catalogues' pages
    r"reviews aren'?t verified.{0,120}", r"what people are saying( - write a review)?", r"we haven'?t found any reviews.{0,60}",
    r"bibliographic information", r"export citation.{0,60}",
    r"[^,]{1,60}, \d{4} - .{1,80} - \d+ pages",
    r"(title|author|publisher|isbn|length|edition|subjects?|format|pages|language)\t+.{1,200}",  # the record's fields
    # a footer's links with the site's privacy policy or terms among them ("About Google Books - Privacy Policy - ...")
    r"([^.!?]{1,40}\s[-–|·•]\s){1,10}(privacy( policy| notice)?|terms( of (use|service))?)(\s[-–|·•]\s[^.!?]{1,40}){1,10}",
    # article platforms' and news sites' marks inside the text
    r"top highlight", r"watch: .{1,120}", r"(content|trigger) warning: .{1,160}",
    # argument maps: a claim's counts, the sides' counts, the discussion's details
    r"votes? \d+", r"comments? \d+", r"(pros|cons) \(\d+\)", r"thesis", r"discussion info", r"created by .{1,40}", r"last activity .{1,30}",
    # publishers' disclaimers
    r"disclaimer: .{1,400}", r"this (post|article|page) (may )?contains? affiliate links.{0,200}",
    (r"the views (and opinions )?expressed (in this (article|post|piece|video) )?are (those of the (author|writer)s?|"
     r"(his|her|their|the author'?s|the writer'?s) own).{0,300}"),
    # help pages' closing offer
    r"still have (any |more )?questions\?.{0,80}",
    # slide-sharing sites: the deck's day and views, the slide counter
    r"\S.{3,30}\d{4}\s*[•·]\s*[\d,.]+\s*[km]? views", r"(slide )?\d{1,4} of \d{1,4}",
    # question-and-answer sites of the Yahoo Answers kind: the answers' ratings and headers
    r"asker'?s rating:? .{1,30}", r"thumbs (up|down)( \d+)?", r"(other|all) answers( \(\d+\))?",
    # memorial pages
    r"not sure what to say\??", r"to plant (a )?trees? in memory.{0,100}", r"find a (funeral home|grave|obituary)", r"sign (the|my|our) guest ?book",
    # press releases' frame
    r"for immediate release", r"(media|press) (contacts?|enquiries|inquiries)( .{1,80})?",
    # newspapers' letters pages
    r"have an opinion on .{1,120}\? please (e-?mail|send|write to) us.{0,200}",
    r"transcribed by \S.{0,80}",
    r"who is online", r"users browsing this (forum|topic).{0,80}", r"(proudly )?powered by .{1,80}", r"text to speech",
    # a translation's credit under the byline: "Translated from the French by R. Dufresne"
    r"translated( from (the )?(?-i:[A-Z])\w+)? by (?-i:[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and|&))*)",
    # an appeal closing a short banner: "Support independent journalism. Donate now"
    r"[^.!?]{1,80}[.!]\s+(donate|subscribe|become a (supporter|member|patron|subscriber)|support us|join us)( now| today)?",
    # a press office's frame: "The following statement was issued today by the Spokesman for ...:",
    # "For information media. Not an official record."
    r"the following (statement|message|remarks|text) (was|were) (issued|delivered|released) (today )?by [^.]{1,160}:",
    r"for information media\. not an official record",
    # forums of the Simple Machines kind: the thread's frame, each post's header and edit note
    r"« ?previous next ?»", r"pages( \(\d+\))?: \[?\d+\]?.{0,60}", r"go (up|down)", r"\d+ members? and \d+ guests? are viewing this (topic|board)\.?",
    r"author\s+topic: .{1,200}\(read [\d,]+ times\)", r"« ?(reply #\d+ )?on: .{4,60}»?", r"« ?last edit: .{1,80}»?", r"logged",
    # podcast hosts' episode pages: the apps to follow on, the episode's number, the appeal for ratings
    (r"(subscribe|listen|follow)( on| via| in)?:? .{0,40}(apple podcasts|spotify|google podcasts|stitcher|overcast|pocket casts)"
     r".{0,160}"),
    r"season \d+", r"episode \d+", r"support the show( on [\w ]{1,30})?( for .{1,60})?", r"privacy (& |and )?cookies( policy)?",
    r"if you (enjoy|like|love) .{1,60}, please (leave|give|rate|review|subscribe|share).{0,160}",
    # link aggregators' threads: an edit's age, the links to more replies, the site's own lists and rules
    r"edited \d+ (yr|yrs|mo|mos|wk|wks|d|h|hr|hrs|min|mins|years?|months?|weeks?|days?|hours?|minutes?)\.? ago",
    r"(\d+ )?more repl(y|ies)", r"top posts", r"rereddit: .{1,80}", r"reddit rules", r"user agreement", r"content policy",
    r"moderator code of conduct",
    # opinion columns' disclaimers and appeals, machine translation's frame
    r"the (statements|views),? (views )?(and )?opinions expressed in this (column|article|piece) are solely those of the author.{0,120}",
    r"the views expressed in this (column|article|piece) are (solely )?those of the author.{0,120}",
    r"dear readers!.{0,160}", r"add to favou?rites", r"translated from:? [a-z]+", r"show original", r"rate this translation",
    r"your feedback will be used to help improve google translate\.?",
    # an old site's menu of bracketed links: "[ Home ] [ Articles ] [ Links ] [ Contact ]"; its "Top of page",
    # "Return to Articles Index", "Back to Home Page" and visitor counter
    r"(\[\s*[^\[\]]{1,30}?\s*\]\s*){2,}", r"top of (the )?page", r"(return|back) to (the )?[\w' ]{1,40} (index|page)",
    r"you are visitor (number|no\.?) \d+",
    # a research site's frame: its theme, its translation and newsletter notes, its appeals to share and join
    r"themes?: .{1,80}", r"all .{1,60} articles can be read in \d+ languages.{0,120}", r"to receive .{1,80}newsletter.{0,80}click here\.?",
    r"click the share button above.{0,400}", r"the original source of this article is .{1,80}",
    r"comment on .{1,80} on our facebook page", r"become a (member|patron|supporter) of [^,;]{1,60}",
    # a paywall's count and offers, and a newsletter's offer under the article
    r"you('ve| have) read \d+ of (your )?\d+ free articles( this month)?\.?", r"subscribe for unlimited (digital )?access.{0,80}",
    r"already a subscriber\?( (log|sign) in)?", r"this (article|story) is (part of|from) our series on .{1,120}",
    r"want more stories like this\? .{1,120}", r"support (our|independent) journalism",
    # a news site's article tools: "Listen to this article", "Gift this article", "Copy link"
    r"listen to this (article|story)", r"gift this (article|story)", r"copy link", r"\d+ min",
    # a reference site's label over its editors: "Written and fact-checked by" / "The Editors of ..."
    r"written and fact[- ]checked by",
    # document-sharing sites' frame around a document
    r"uploaded by", r"\d+ ratings?", r"\d+% found this document useful( \(\d+ votes?\))?", r"\d+ pages?",
    r"(click to expand )?document information", r"description:?", r"original title", r"copyright", r"© all rights reserved",
    r"available formats", r"(download as )?pdf,? .{0,20}or read online from .{1,30}", r"share this document", r"did you find this document useful\??",
    r"is this content inappropriate\??", r"report this document", r"download now", r"save .{1,160} for later",
    r"you are on page \d+ ?/ ?\d+", r"fullscreen", r"language \(\w{2,3}\)", r"open navigation menu", r"close suggestions",
    r"upload", r"document",
    # federated link aggregators' buttons
    r"create (a |new )?(post|community|thread|topic)", r"fedilink", r"link",
    # social networks' counts and comment links: "Views 3.2K", "Show next comments"
    r"views? [\d.,]+\s*[km]?", r"show (next|more|previous|all) comments", r"show \d+ more (comments?|repl(y|ies))",
    # comment services under news articles
    r"replying to( @?[\w.\-]{1,30}( (?-i:[A-Z])[\w.\-]*){0,3})?", r"load more comments", r"facebook comments plugin", r"conversation", r"community guidelines",
    r"log in to comment",
    # a station's appeal: "Support Community Radio" / "WKCR is listener-supported. ..." / "Give Now"
    r"(give|donate|pledge) now", r"subscribe to .{1,40} today,? (and )?(get|help|support|to get|to help|to support|for) .{0,240}", r"support (community|public|independent|local|listener-supported) (radio|media|journalism|news)",
    r"[^.]{1,60} is (an? )?(listener|viewer|reader|member|audience)[- ]supported( publication| station| site| newsletter)?\.\s.{1,200}",
    # blog platforms' comment forms and tags
    r"enter your comment here\.*", r"fill in your details below or click an icon to log in:?", r"email \(required\).{0,60}",
    r"name \(required\)", r"website", r"you are commenting using your .{1,40} account\..{0,40}", r"connecting to %s",
    r"notify me of (new|follow-up) (comments|posts) (via|by) email\.?", r"δ", r"blog at wordpress\.com\.?",
    r"(#[^\s#]{1,40}\s*){2,}", r"cancel",
    # and of the MyBB kind
    r"thread rating:?", r"\d+ vote\(s\) - [\d.]+ average", r"thread modes", r"\(this post was last modified: .{4,80}\)",
    r"« next oldest \| next newest »", r"users browsing this thread:.{0,80}", r"view a printable version", r"forum jump:?",
    # and of the vBulletin kind
    # a podcast directory's and a microblog's frame: "Requires subscription and macOS 11.4 or higher", "Read 12 replies"
    r"requires (a )?subscription.{0,80}", r"read \d+ repl(y|ies)",
    # a newsletter platform's comment buttons: "Like (2)"
    r"like \(\d+\)",
    r"thread tools", r"display( modes)?", r"search thread", r"show printable version", r"remember me\??", r"register help",
    r"results \d+ to \d+ of \d+", r"«\s*previous thread\s*\|\s*next thread\s*»", r"posting permissions",
    r"you may( not)? (post|edit|attach) .{1,60}", r"all times are gmt.{0,80}", r"bb code is (on|off)", r"(smilies|\[img\] code|html code) (are|is) (on|off)",    # book sites' reviews: the reviewer's shelves and when they read it
    r"shelves: .{1,160}", r"read (in|on) ([a-z]{3,9}\.?,? )?(\d{1,2},? )?\d{4}",
    # journal platforms of the LiveJournal kind: the entry's links and moods, each comment's links
    r"previous entry\s*\|\s*next entry", r"current (mood|music|location): .{1,80}", r"leave a comment",
    r"(\((reply|thread|parent|link|expand|collapse|edit|delete|freeze|unfreeze|screen|unscreen|track)\)\s*){1,8}",
    # federated link aggregators' votes: "↑ 41 ↓"
    r"[↑▲⬆]\s*[\d.,]+\s*[km]?\s*[↓▼⬇]?",
    # podcast hosts' frame: a comments box with none in it, the feed, the host's own offers
    r"(comments?|responses?|replies) \(0\)", r"to leave or reply to comments.{0,80}", r"rss( feed)?", r"start a podcast",
    # travel sites' listings: the place's rank, hours and ratings, each review's dates and the site's disclaimer
    r"#\d+ of [\d,]+ .{1,80}", r"open now", r"\d{1,2}[:.]\d\d\s*(am|pm)?\s*[-–]\s*\d{1,2}[:.]\d\d\s*(am|pm)?",
    r"write a review", r"filter reviews", r"reviews \([\d,]+\)", r"travell?er rating", r"(excellent|very good|average|poor|terrible) [\d,]+",
    r"showing results \d+-\d+ of [\d,]+", r"written \d{1,2} [a-z]{3,9} \d{4}", r"date of (experience|visit|stay): .{1,30}",
    r"this review is the subjective opinion of .{1,120}", r"things to do in .{1,60}", r"speciality museums",
    # museums' and venues' pages: the visit box, the language switch
    r"plan your visit", r"buy tickets( online)?", (r"((mon|tues|wednes|thurs|fri|satur|sun)day|daily)( (to|-|–) "
    r"(mon|tues|wednes|thurs|fri|satur|sun)day)?,? \d{1,2}[:.]\d\d\s*(am|pm)?\s*(to|-|–)\s*\d{1,2}[:.]\d\d\s*(am|pm)?"),
    r"(en|es|fr|de|it|pt|ru|pl|nl)(\s*\|\s*(en|es|fr|de|it|pt|ru|pl|nl))+", r"privacy (notice|center|centre)", r"legal", r"cookies",
    # short video pages: the sound under the caption
    r"♬ .{1,100}", r"log in to comment",
    # streaming services' episode pages
    r"episode description", r"episode", r"your library",
    # newsletter platforms' paywalls and newspapers' print and reprint lines
    r"paid", r"keep reading with a \d+-day free trial", r"subscribe to .{1,80} to keep reading this post.{0,200}", r"start (free )?trial",
    r"already a paid subscriber\?( sign in)?", r"previous", r"a version of this article appears in print on .{1,300}",
    r"order reprints.{0,80}", r"originally published (at|in|on) .{1,160}",
    # an old site's closing credit: "Written by J.M.K. for the Stalin Society Study Circle, 1999. Reproduction permitted ..."
    r"written by .{1,40}? for .{1,80}?, \d{4}\.( reproduction permitted.{0,80})?",
    # a society's note on reproduction: "Stalin Society, London. Articles may be reproduced with acknowledgement."
    r"([^.]{1,60}\. )?(articles|material|texts?) may be (reproduced|republished|copied) with acknowledge?ment\.?",
    # a link aggregator's footer, a forum topic's map, an article platform's publication line and author box
    r"use of this site constitutes acceptance of our .{1,200}", r"reddit premium",
    r"created .{1,20} last reply .{1,20}( \d+ repl(y|ies))?( [\d.,]+k? views?)?( \d+ users?)?( \d+ likes?)?( \d+ links?)?",
    r"published in [^·•]{1,60}(\s*[·•]\s*\d+ min read)?(\s*[·•]\s*[^·•]{4,20}\d{4})?", r"[\d.,]+\s*[km]? followers( writer for .{1,60})?",
    # news sites' advertising marks and credits closing a report, an old article's warning, a review's shop
    # ("... To support the Guardian order your copy at guardianbookshop.com. Delivery charges may apply.")
    # and the comment section's sorting
    r"this (article|story|piece|post|page) is (more than|over) (\d+|an?|one|two|three) (years?|months?|days?) old",
    r".{0,200}\b(order|buy) (your|a) copy (at|from) \S+\.(com|org|net|co\.uk)\b.{0,120}", r"delivery charges may apply",
    r"show \d{1,3}", r"display threads (collapsed|expanded)", r"ad feedback",
    # a microblog's notes under a post and its feed's end: "okhrana-files liked this", "leftcom-memes posted this"
    r"[\w\-]{2,40} (liked|posted) this", r"keep scrolling", r"explore trending topics",
    # a comment's or a post's action row and counts: "3 • Reply • Share ›", "Quote Select Post Like", "Recommend 4",
    # "12.4K views · View upvotes · View 4 shares", "Upvote 212", and a forum's "Thread Rating: 0 Votes"
    r"(\d+\s*[•·|]\s*)?(reply|share|report|flag|like|edit|delete)( ›)?(\s*[•·|]\s*(reply|share|report|flag|like|edit|delete)( ›)?)+",
    r"quote( select post)?( like)?", r"tweet share", r"recommend( \d+)?", r"disqus comments", r"(log in|sign up) with( disqus)?", r"or sign up with disqus",
    r"[\d.,]+k? views( · view upvotes)?( · view \d+ shares?)?", r"upvotes?( [\d.,]+k?)?", r"thread rating:? .{1,30}",
    r"last edit:? .{4,40} by [\w\-.]{2,40}", r"(air|broadcast|release) date:? .{4,50}",
    r".{0,60}\bdo not sell( or share)? my (personal )?(data|information).{0,60}",
    # a broadcaster's or a paper's appeal: "KPFA is listener-sponsored community radio. Support us by becoming a member today."
    r"[^.]{0,100} is (listener|reader|viewer|member)[- ](sponsored|supported|funded)[^.]{0,80}\.\s*(support|donate|become|join|please)\b[^.]{0,120}[.!]",
    # a line of nothing but bracketed links: "[Post a Reply]", "[Return] [Catalog] [Top]"
    r"(\[[a-z][a-z' ]{0,28}\]\s*)+", r"[^.]{1,60} contributed to (this|the) report\.?", r"search [\w.]{2,20}\s*(\.{3}|…)",
    # a news agency's credit on a line of its own, over a picture's caption
    r"(getty images|reuters|ap|afp|pa media|epa|shutterstock|alamy)( via .{1,40})?",
    # a site's note on who publishes it: "Socialist Review Online is published by the Revolutionary Socialist League. © 2021"
    r"[^.]{1,80} is (published|produced|run) by [^.]{1,100}\.(\s*©.{0,40})?",
    # a programme's line of details: "History Hour · First broadcast: 3 March 2019 · 52 minutes"
    (r"[^·•|]{1,40}\s*[·•|]\s*(first )?(aired|broadcast|published|released)( on)?:? [^·•|]{4,30}\d{4}"
     r"(\s*[·•|]\s*\d+ (minutes|mins?|hours?|hrs?))?"),
]
UI_LINE = re.compile(r"^(?:[·•∙]\s*)?(?:{})(?:[.!:]|\.{{3}}|…)?$".format("|".join(PHRASES)), re.IGNORECASE)

#: A site's menu set out one label per line: a run of at least ``MENU_MIN_LINES`` short lines, at
#: least half of them the labels sites give their sections ("Home", "About", "Contact").
NAV_LABELS = frozenset((
    "home", "about", "about us", "contact", "contact us", "blog", "news", "archive", "archives", "shop", "store",
    "donate", "search", "menu", "events", "podcast", "podcasts", "videos", "resources", "topics", "categories",
    "articles", "subscribe", "login", "log in", "sign in", "register", "faq", "support", "newsletter", "membership",
    "join", "team", "teams", "status", "press", "careers", "privacy", "terms", "sections", "opinion", "culture", "books", "reviews",
    "review", "world", "politics", "business", "science", "technology", "tech", "travel", "health", "sport", "sports",
    "lifestyle", "environment", "video", "weather", "arts", "music", "film", "television", "radio", "education",
    "economy", "media", "local", "obituaries", "magazine", "live", "more", "letters", "letters to the editor", "your library",
    "all posts", "links", "courses", "lectures", "programs", "programmes", "shows", "schedule", "visit", "tickets", "collection",
    "collections", "exhibitions", "discover", "trips", "for you", "following", "upload",
    # forums
    "browse", "activity", "all activity", "forums", "leaderboard", "unread content", "online users", "staff", "guidelines", "theme", "films", "lists", "journal", "stories", "firehose", "polls", "submit", "software", "notes",
    "main page", "discuss", "all pages", "community", "interactive maps", "recent blog posts",
    "movies", "tv shows", "showtimes", "latest", "themes", "member list", "memberlist", "calendar", "portal", "new posts", "today's posts",
    "quick links", "rules",
    # shops
    "episodes", "all", "en", "help", "account", "my account", "account & lists", "hello, sign in", "orders", "& orders",
    "returns", "returns & orders", "cart", "basket", "deals", "today's deals", "customer service", "registry",
    "gift cards", "sell", "update location",
    # social networks and digital libraries
    "web", "texts", "audio", "software", "images", "projects",
    # history sites' periods
    "period", "periods", "era", "eras", "ancient", "medieval", "early modern", "modern", "19th century", "20th century",
    "21st century",
    # journals' sites
    "journals", "all journals", "list of issues", "current issue", "latest issue", "about this journal", "full article",
    "figures & data", "references", "citations", "metrics",
    "groups", "marketplace", "gaming", "members", "discussion", "featured", "files", "photos", "people", "learning",
    "jobs", "games", "notifications", "messages", "explore", "feed", "friends", "pages", "answer", "spaces", "issues",
    # broadcasters
    "shows", "schedule", "watch", "listen", "stream now", "iplayer", "sounds", "homepage"))
