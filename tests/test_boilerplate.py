"""Page clutter is recognised by concept; article sentences never are."""

import time

import pytest

from chiptrail_normalise.boilerplate import classify, is_boilerplate, is_navigation_crumb, link_list_lines, pull_quote_lines
from chiptrail_normalise.pipeline import normalise


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Leave a Reply", "comment_widget"),
        ("Leave a Comment", "comment_widget"),
        ("0 replies", "comment_widget"),
        ("Want to join the discussion?", "comment_widget"),
        ("Feel free to contribute!", "comment_widget"),
        ("Your email address will not be published. Required fields are marked *", "comment_widget"),
        ("5 min read", "reading_time"),
        ("4 months ago", "relative_time"),
        ("Markets Desk · 4 months ago", "relative_time"),
        ("Also Read: Nvidia shares hit record high on China news", "related_links"),
        ("Related: Data centre boom puts pressure on Johor's power grid", "related_links"),
        ("Advertisement", "advertisement"),
        ("Anzeige", "advertisement"),
        ("Share this article", "share_prompt"),
        ("Facebook Twitter LinkedIn WhatsApp", "share_prompt"),
        ("Sign up for our daily briefing", "newsletter"),
        ("We use cookies to improve your experience on our site. Accept | Manage preferences", "cookie_notice"),
        ("(FILES) This photograph shows the logo of Nvidia. (Photo by I-Hwa Cheng / AFP)", "caption"),
        ("Nvidia logo is seen in Taipei, Taiwan, May 30, 2023. REUTERS/Ann Wang/File Photo", "caption"),
        ("Reporting by Karen Freifeld; Editing by Edwina Gibbs", "credits"),
        ("#Nvidia #H20 #China", "hashtags"),
        (",", "punctuation_only"),
        ("\u00a0", None),  # whitespace only: a blank line, not clutter
        ("This article was republished from Reuters. TechBrief Asia is an independent site.", "publisher_note"),
        ("14 Likes · 3 Restacks", "engagement"),
        ("Chen Liang is a journalist covering technology and policy in East Asia.", "author_bio"),
        ("NEWSAI UPDATESGAMING NEWS", "navigation"),
        ("Home » Tech » Semiconductors", "navigation"),
        ("Business", "navigation"),
        ("Posted on August 5, 2025 by newsdesk", "date_stamp"),
    ],
)
def test_clutter_lines_are_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    [
        "Nvidia said on Tuesday it will resume sales of its H20 chip to China.",
        "Related concerns were raised by lawmakers in Washington last week.",
        "Regulatory Maze and Geopolitical Strictures",
        "Looking Ahead",
        "Tech Outlook",
        "China Rejects Nvidia H200 AI Chips Amid Export Rule Changes",
        "The H20 GPU is part of Nvidia's advanced lineup of AI chips.",
        "#1 chipmaker Nvidia said sales would resume.",
        "Dylan Patel is an analyst at SemiAnalysis, which tracks chip supply chains.",
        "Reuters reported the news first, citing people familiar with the matter.",
        "WASHINGTON, July 15 (Reuters) - Nvidia said on Tuesday it would resume sales.",
    ],
)
def test_article_text_is_never_clutter(line):
    assert not is_boilerplate(line)


def test_glued_menu_words_are_navigation_only_when_every_letter_is_a_menu_word():
    assert is_navigation_crumb("NEWSAI UPDATESGAMING NEWS")
    assert not is_navigation_crumb("NVIDIA TO RESUME SALES")


def test_a_related_posts_label_takes_the_story_links_under_it():
    lines = [
        "The last paragraph of the story.",
        "Related posts",
        "Huawei unveils three-year Ascend roadmap",
        "Why the H20 deal is about more than chips",
    ]
    assert link_list_lines(lines) == {1, 2, 3}


def test_a_link_list_stops_at_the_next_sentence():
    lines = ["You might also like", "A linked headline", "A real paragraph follows here."]
    assert link_list_lines(lines) == {0, 1}


def test_a_pages_link_lists_are_read_once_and_each_caller_gets_its_own_set():
    lines = ["You might also like", "A linked headline", "A real paragraph follows here."]
    first = link_list_lines(lines)
    first.add(2)  # a caller's own set: adding to it changes no later answer
    assert link_list_lines(list(lines)) == {0, 1}
    assert link_list_lines(lines[:1] + ["Another story.", *lines[2:]]) == set()  # other lines, another answer


def test_pathological_lines_are_classified_quickly():
    started = time.perf_counter()
    for line in ("a." * 500, "#" * 900, "(" * 900, "By " + "Aa " * 300, "· " * 450):
        classify(line)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Subscribe to continue reading", "paywall"),
        ("Already a subscriber? Log in", "paywall"),
        ("Get unlimited access to award-winning journalism on Asia's business and politics.", "paywall"),
        ("Sign up here.", "newsletter"),
        ("Get the Policy Brief in your inbox every weekday.", "newsletter"),
        ("The Wire China Brief is a weekly newsletter. Forward it to a friend, or subscribe here.", "newsletter"),
        ("Unsubscribe | Manage preferences", "newsletter"),
        ("Subscribe to Morning Tech", "newsletter"),
        ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "credits"),
        ("(Reporting by Owen Marsh in San Francisco; Editing by Lisa Grant)", "credits"),
        ("(By Chen Yu-ting and Lee Hsin-yin)", "credits"),
        ("Authors: Rebecca Tan, Partner; Michael O'Donnell, Counsel", "credits"),
        ("Reuters, BEIJING", "credits"),
        ("Silicon Pulse Staff", "credits"),
        ("NIKKEI STAFF WRITERS", "credits"),
        ("Rhea Calder@RHEACALDER", "credits"),
        ("Enditem/ls", "credits"),
        ("Sources: Bloomberg · Financial Times · Reuters", "credits"),
        ("—With assistance from Mackenzie Hawkins.", "credits"),
        ("[Editor's note: Asia Business Daily republishes Xinhua content under a syndication agreement.]", "publisher_note"),
        ("Programming note: Morning Tech will not publish on Friday.", "publisher_note"),
        ("(This story has not been edited by TechMint Daily staff and is auto-generated from a syndicated feed.)", "publisher_note"),
        ("This explainer first appeared in the members' edition of our newsletter.", "publisher_note"),
        ("(Corrects share move in final paragraph to 6.6% from 6.3%)", "publisher_note"),
        ("[1] Interim final rule of the Bureau of Industry and Security.", "publisher_note"),
        ("This alert is provided for informational purposes only and does not constitute legal advice.", "publisher_note"),
        ("Speaking at an event in Washington, DC, in October [File: Reuters]", "caption"),
        ("An SK hynix HBM3E chip on display at an exhibition in Seoul. [NEWS1]", "caption"),
        ("Nvidia's H200 processors had been barred from China. (Representative image)", "caption"),
        ("Image source, Getty Images", "caption"),
        ("Listen to this article · 3:48 min", "page_furniture"),
        ("To activate the text-to-speech service, please first agree to the privacy policy below.", "page_furniture"),
        ("00:00 / 04:12", "page_furniture"),
        ("English | 中文 | 日本語", "page_furniture"),
        ("NVDA 150.94 -10.23 -6.35%", "page_furniture"),
        ("Share Article via Facebook", "share_prompt"),
        ("Share on: X · LinkedIn · Bluesky · Email", "share_prompt"),
        ("Like · Comment · Repost · Send", "share_prompt"),
        ("86 reactions · 14 comments", "share_prompt"),
        ("Download the TechMint Daily app to get daily market updates.", "share_prompt"),
        ("赞 分享 推荐 在看", "share_prompt"),
        ("2 thoughts on \"Biden administration unveils AI chip export framework\"", "comment_widget"),
        ("You must be logged in to post a comment.", "comment_widget"),
        ("Comments will be moderated. Keep comments relevant to the article.", "comment_widget"),
        ("Published On 11 Nov 202511 Nov 2025", "date_stamp"),
        ("2026-01-14T16:05:00+01:00", "date_stamp"),
        ("3w •", "relative_time"),
        ("← Previous post: Cambricon's quarter Next post: The customs crackdown, explained →", "related_links"),
        ("WATCH: Nvidia's China dilemma", "related_links"),
        ("In this alert: Key takeaways | Background | What the rule does", "related_links"),
        ("Read full coverage →", "related_links"),
        ("AFP | 9 December 2025 | 10:32 IST", "stamp"),
        ("2025-12-09 21:07:45 | Source: Xinhua | Editor: Li Wen", "stamp"),
    ],
)
def test_page_furniture_of_many_outlets_is_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    [
        "Updated rules published on Tuesday tighten controls on the H20.",
        "Share prices of Nvidia fell 3% in early trading.",
        "Sources said the Commerce Department would publish the rule in March.",
        "Related to this, Nvidia said it would cut prices.",
        "Reuters and Bloomberg reported the talks earlier this week.",
        "The company is a major contributor to China's AI ecosystem.",
        "Subscribe to the view that controls work, and you miss the smuggling.",
        "In this article, we look at why Beijing is hesitant.",
        "Published estimates put the cost at $5.5 billion.",
        "Analysis: China's chip push gathers pace",
        "Exclusive: Nvidia working on new China chip",
        "Nvidia Restructures China Team",
        "Why it matters",
        "Key takeaways",
        "Save for the H20, no chip was exempted.",
        "Chen Wei, who is a veteran technology reporter, said the move was expected.",
        "Xinhua said the spokesperson made the remarks on Tuesday.",
        "\"This is a turning point,\" he said.",
        "The chip was shown in Taipei on May 21, 2025 | a week before the rule.",
    ],
)
def test_sentences_and_subheadings_that_resemble_furniture_are_kept(line):
    assert not is_boilerplate(line)


def test_a_menu_pasted_with_wide_gaps_between_items_is_navigation():
    assert is_navigation_crumb("Top Stories   For You   Markets   Tech   Video")
    assert not is_navigation_crumb("Tech   Outlook for the year")


def test_most_viewed_lists_and_tag_clouds_take_their_items():
    lines = ["Last paragraph.", "Most Viewed", "1 China's exports rise in November", "2 Shanghai stocks close higher"]
    assert link_list_lines(lines) == {1, 2, 3}
    assert link_list_lines(["Last paragraph.", "Topic: Semiconductors", "Huawei", "Cambricon"]) == {1, 2, 3}
    assert link_list_lines(["In this article:", "NVDA", "AMD", "(Reuters) - Nvidia said on Wednesday it would comply."]) == {0, 1, 2}


def test_a_pull_quote_repeating_words_of_the_story_is_clutter():
    story = "Officials told them not to buy the chips unless it was \"absolutely necessary\", two people said."
    lines = [story, "\"Unless absolutely necessary\" – the phrase officials used with companies"]
    assert pull_quote_lines(lines) == {1}
    lines = ["Build the product first, then wait for the politics, he wrote in May.", "\"Build the product first, then wait for the politics.\""]
    assert pull_quote_lines(lines) == {1}


def test_a_quotation_with_its_attribution_or_new_words_is_story_text():
    story = "Officials told companies to stop buying the chips."
    assert pull_quote_lines([story, "\"Stop buying the chips,\" officials told companies."]) == set()
    assert pull_quote_lines([story, "\"We will keep selling to approved customers\" – Nvidia"]) == set()


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Zijing Wu in Hong Kong and Michael Acton in San Francisco", "credits"),
        ("Dan Milmo Global technology editor", "credits"),
        ("BY KAZUAKI NAGATA", "credits"),
        ("Written by Li Chen", "credits"),
        ("With help from Derek Lau", "credits"),
        ("AI infrastructure engineer. Opinions are my own.", "credits"),
        ("Source:Global Times Published: Dec 10, 2025 10:38 PM", "date_stamp"),
        ("245 followers", "engagement"),
        ("Responses (3)", "comment_widget"),
        ("Print subscriptions", "page_furniture"),
        ("Learn more about", "page_furniture"),
    ],
)
def test_bylines_without_by_and_other_page_furniture_are_recognised(line, concept):
    assert classify(line) == concept


def test_four_capitalised_menu_words_in_a_row_are_navigation_but_headlines_are_not():
    assert is_navigation_crumb("Home About Archive Subscribe")
    assert not is_navigation_crumb("Nvidia Names New China Editor")
    assert not is_boilerplate("Nvidia Names New China Editor")


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Home > Tech > Nvidia H200 export licences: what changes", "navigation"),
        ("Tech & Media", "navigation"),
        ("Dec 9, 2025 - Technology", "stamp"),
        ("Mackenzie Hawkins and Debby Wu, Bloomberg News", "credits"),
        ("A Huawei Ascend server on display in Shanghai. Photo: VCG", "caption"),
        ("Illustration: Aïda Amer/Axios", "caption"),
        ("Go deeper: Nvidia's China problem", "related_links"),
        ("1d • Edited •", "relative_time"),
        ("Contact reporter Wang Xintong (xintongwang@example.com)", "newsletter"),
    ],
)
def test_breadcrumbs_stamps_and_credits_of_other_layouts_are_recognised(line, concept):
    assert classify(line) == concept


def test_a_title_case_headline_with_a_comma_is_not_a_credit_line():
    assert not is_boilerplate("Beijing Responds, Washington Waits")


@pytest.mark.parametrize(
    "line, concept",
    [
        ("November 20, 2025 by Editorial Team Leave a Comment", "date_stamp"),
        ("Share this:", "share_prompt"),
        ("Like Loading...", "share_prompt"),
        ("Kif Leswing@in/kifleswing/@KIFLESWING", "credits"),
        ("Staff reporter, Taipei; Jack Wu, DIGITIMES Asia", "credits"),
    ],
)
def test_blog_engine_widgets_and_social_bylines_are_recognised(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line, concept",
    [
        ("An earlier version of this article misstated the date of the rule.", "publisher_note"),
        ("To continue reading, subscribe now.", "paywall"),
        ("Create a free account", "paywall"),
        ("By continuing to use this site you agree to our cookie policy.", "cookie_notice"),
        ("Open in app", "share_prompt"),
        ("Updated at 10:32 a.m. ET", "date_stamp"),
    ],
)
def test_correction_paywall_cookie_and_app_prompts_are_recognised(line, concept):
    assert classify(line) == concept


def test_a_text_made_of_many_quotations_keeps_them_all():
    story = "Officials told them not to buy the chips unless it was absolutely necessary, two people said."
    lines = [story] + [f"\"Unless absolutely necessary\" – quote {n}" for n in range(30)]
    assert pull_quote_lines(lines) == set()


def test_a_date_with_only_a_section_name_and_a_clock_time_is_a_stamp():
    assert classify("All News 16:05 April 16, 2025") == "stamp"
    assert classify("Technology 3:05 PM, Jan 14, 2026") == "stamp"
    assert classify("Nvidia said on April 16, 2025 it would comply.") is None


def test_a_breadcrumb_with_unevenly_spaced_slashes_is_navigation():
    assert classify("Business News/ Technology / News / Nvidia H20: China asks firms to justify orders") == "navigation"


def test_a_print_edition_stamp_is_a_stamp():
    assert classify("Thu, Jan 29, 2026 page10") == "stamp"
    assert classify("原创 Lin Wei China Compute Digest 2025年11月13日 21:40 北京") == "date_stamp"


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Contributor", "credits"),
        ("To contact the reporter on this story:", "credits"),
        ("Jane Doe at jdoe@example.com", "credits"),
    ],
)
def test_role_and_contact_lines_of_bylines_and_footers_are_credits(line, concept):
    assert classify(line) == concept


def test_a_popular_articles_label_takes_its_list():
    assert link_list_lines(["Last paragraph.", "Popular opinions articles", "The Fed must act"]) == {1, 2}


@pytest.mark.parametrize("line", ["∙ Paid", "Upvote", "Go to comments", "Print | Close"])
def test_forum_and_newsletter_platform_widgets_are_clutter(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line, concept",
    [
        ("[Print] [Close]", "page_furniture"),
        ("Skip Navigation", "page_furniture"),
        ("5 mo. ago", "relative_time"),
        ("7yr ago", "relative_time"),
        ("The chipmaker's headquarters in Santa Clara. © AFP", "caption"),
        ("Workers assemble servers in Shenzhen. (Xinhua)", "caption"),
        ("/ AFP, TAIPEI", "credits"),
        ("LEE MIN-JI, Seoul correspondent", "credits"),
        ("NVDA", "market_data"),
        ("-0.84%", "market_data"),
        ("Advertising", "advertisement"),
        ("Read moreChina tightens customs checks on chips", "related_links"),
        ("See more on", "related_links"),
        ("Get the morning briefing from our markets desk. Sign up here.", "newsletter"),
        ("Weekly newsletterThe week in chips, every Friday", "newsletter"),
        ("Link copied", "share_prompt"),
        ("Follow Chip Ledger on Google News to get our latest reporting.", "share_prompt"),
        ("Subscribe to Chip Ledger to read the full story.", "paywall"),
        ("Continue reading with a Chip Ledger subscription", "paywall"),
        ("All quotes delayed a minimum of 20 minutes.", "publisher_note"),
        ("Chip Ledger is part of Ledger Media Group, a leading digital publisher.", "publisher_note"),
        ("Read in Japanese", "publisher_note"),
        ("ⓒ Seoul Daily. All rights reserved.", "copyright_notice"),
        ("Tags / Keywords: Nvidia , export controls", "page_furniture"),
        ("u/some_reader", "page_furniture"),
        ("9:15 AM KST", "page_furniture"),
        ("Watch Live", "navigation"),
        ("Privacy ∙ Terms ∙ Collection notice", "page_furniture"),
    ],
)
def test_site_chrome_of_round_two_pages_is_named_by_concept(line, concept):
    assert classify(line) == concept


def test_a_trail_starting_at_home_is_a_breadcrumb_whatever_its_sections():
    assert classify("Home > Policy Releases > Spokesperson Briefings") == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "AMD expects charges of up to about $800 million tied to new licence rules for MI308 exports.",
        "Nvidia is part of a group of companies lobbying against the rule.",
        "The rule was read in Congress on Tuesday.",
        "Shares rose 4% after the announcement.",
    ],
)
def test_story_sentences_near_the_new_chrome_patterns_are_kept(line):
    assert classify(line) is None


@pytest.mark.parametrize(
    "line, concept",
    [
        ("We value your privacy", "cookie_notice"),
        ("We and our partners store and/or access information on a device, such as cookies, and process personal data.", "cookie_notice"),
        ("MORE OPTIONS", "cookie_notice"),
        ("Accept all", "cookie_notice"),
        ("Go to accessibility shortcuts", "page_furniture"),
        ("Translate", "page_furniture"),
        ("Search Trends", "page_furniture"),
        ("No responses yet", "comment_widget"),
        ("Send us your feedback", "newsletter"),
        ("Subscribe to HPCwire's Weekly Update!", "newsletter"),
        ("Tips, comments, suggestions? Send them along via email to our team.", "newsletter"),
        ("Unlock this transcript and more with Seeking Alpha Premium", "paywall"),
        ("Is NVDA undervalued? Our AI picks evaluate stocks every month. Unlock ProPicks AI today.", "paywall"),
        ("CLICK HERE TO GET FOX BUSINESS ON THE GO", "share_prompt"),
        ("Media Contact: Office of Congressional and Public Affairs, (202) 482-2721", "credits"),
        ("kdy@koreatimes.co.kr", "credits"),
        ("Business reporter", "credits"),
        ("If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.", "paywall"),
        ("Disclaimer: Moneycontrol is a part of the Network18 group.", "publisher_note"),
        ("Alibaba Group Holding owns the South China Morning Post.", "publisher_note"),
        ("KrASIA Connection features translated and adapted content that was originally published by 36Kr.", "publisher_note"),
        ("Quotes displayed in real-time or delayed by at least 15 minutes.", "publisher_note"),
        ("Anders Bylund has positions in Nvidia. The Motley Fool has a disclosure policy.", "publisher_note"),
        ("Nvidia's chips have become a bargaining chip in US-China trade talksImage: Andy Wong/AP Photo/picture alliance", "caption"),
        ("Strict check: Firms must notify the ministry 30 days before shipping the chips. — Filepic", "caption"),
        ("Company Participants", "transcript_chrome"),
        ("Play Earnings Call", "transcript_chrome"),
        ("Jensen Huang - President and Chief Executive Officer", "participant"),
        ("$172.41", "quote_widget"),
        ("(1.23%) $2.10", "quote_widget"),
        ("NASDAQ: NVDA", "quote_widget"),
        ("Market Cap", "quote_widget"),
        ("4h ago", "relative_time"),
        ("hn_user42 5 hours ago | next [–]", "relative_time"),
    ],
)
def test_consent_transcript_quote_and_disclosure_chrome_is_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    [
        "Huawei owns HiSilicon, the chip designer behind the Ascend line.",
        "SoftBank owns a majority of Arm.",
        "The reporter was told the chips had been seized at the border.",
        "Shipments were delayed by at least 15 minutes at each checkpoint.",
        "Beijing said it would accept all applications filed before March.",
        "Jensen Huang - the president of Nvidia - flew to Beijing on Tuesday.",
        "Nvidia's market cap rose above $4 trillion.",
        "Customers in China value their privacy and distrust tracking features.",
        "About half of the chips were shipped before the rule took effect.",
        "The H20 has positions in several Chinese data centres, analysts said.",
        "The chipmaker said the figures were accurate, according to dpa.",
        "The rule, adapted from a draft first published in May, sets new limits.",
        "About Nvidia's H20",
    ],
)
def test_story_sentences_near_the_consent_transcript_and_disclosure_patterns_are_kept(line):
    assert classify(line) is None


@pytest.mark.parametrize(
    "line, concept",
    [
        # an official register's details block (Federal Register, EUR-Lex, regulations.gov, Congress.gov)
        ("Document Type: Proposed Rule", "document_details"),
        ("Agencies: Department of the Treasury, Office of Investment Security", "document_details"),
        ("CFR: 31 CFR 850", "document_details"),
        ("Page: 1112-1140 (29 pages)", "document_details"),
        ("Dates: Comments must be received by March 4, 2025.", "document_details"),
        ("RIN 1505-AC82", "document_details"),
        ("Docket No. TREAS-DO-2024-0005", "document_details"),
        ("Date of entry into force: 01/07/2024", "document_details"),
        ("Latest Action: House - 03/12/2025 Referred to the Committee on Foreign Affairs.", "document_details"),
        ("ACTION:", "document_details"),
        ("Proposed rule; request for comments.", "document_details"),
        ("A Notice by the Treasury Department on 11/15/2024", "document_details"),
        # a magazine's or newspaper's print-edition notes and motto
        ("From the March 8th 2025 edition", "print_edition"),
        ("From the magazine", "print_edition"),
        ("Explore the issue", "print_edition"),
        ("Browse more stories from this edition", "print_edition"),
        ("Appeared in the March 8, 2025, print edition as 'Chip Curbs Bite'.", "print_edition"),
        ("A version of this article appears in print on March 8, 2025, Section B, Page 3 of the New York edition.", "print_edition"),
        ("Published since 1920 to inform the debate on foreign policy.", "print_edition"),
        ("Singapore's Leading Newspaper Since 1845", "print_edition"),
        # podcast and radio players, transcripts
        ("7-Minute Listen", "reading_time"),
        ("Add to playlist", "audio_player"),
        ("Download audio", "audio_player"),
        ("Show transcript", "audio_player"),
        ("The audio for this segment is not yet available.", "audio_player"),
        ("Listen on Apple Podcasts", "audio_player"),
        ("Hear more audio stories on the Noa app.", "audio_player"),
        ("Follow the show wherever you get your podcasts.", "audio_player"),
        ("As heard on Marketplace Tech", "audio_player"),
        ("This is a rush transcript. Copy may not be in its final form.", "audio_player"),
        ("Transcripts are generated using speech recognition software and may contain errors.", "audio_player"),
        ("(LAUGHTER)", "transcript_cue"),
        ("(Applause)", "transcript_cue"),
        # page numbers, "story continues", view counters
        ("Page 3", "pagination"),
        ("Pages 1 2 3", "pagination"),
        ("1 2 3 Next »", "pagination"),
        ("Continued on page 2", "pagination"),
        ("Article continues below", "advertisement"),
        ("Continue reading the main story", "advertisement"),
        ("Viewed 1,204 times", "engagement"),
        ("Hits: 5321", "engagement"),
        # translation and partnership notes
        ("This story was machine-translated from Japanese and reviewed by an editor.", "publisher_note"),
        ("Translated from the Chinese by Li Wen.", "publisher_note"),
        ("The original Chinese version of this article can be found here.", "publisher_note"),
        ("Produced in partnership with the Pulitzer Center", "publisher_note"),
        # prompts that an emoji or an arrow opens, newsletter pitches, event promotions
        ("👉 Subscribe to our newsletter", "newsletter"),
        ("→ Read more: Huawei's Ascend roadmap", "related_links"),
        ("A weekly briefing on chip policy, delivered every Friday.", "newsletter"),
        ("Join us for a live discussion on export controls on Thursday.", "event_promotion"),
        ("Register now for the AI Infrastructure Summit", "event_promotion"),
        # chat exports (Slack, Discord, Teams)
        ("Li Wei 10:02 AM", "post_furniture"),
        ("Li Wei — Today at 10:02 AM", "post_furniture"),
        ("[10:02 AM] Li Wei:", "post_furniture"),
        (":thumbsup: 4 :fire: 1", "post_furniture"),
        ("👍 3 🚀 2", "engagement"),
        ("3 replies Last reply 2 days ago", "post_furniture"),
        ("Li Wei joined #export-controls.", "post_furniture"),
        ("Message #export-controls", "post_furniture"),
        # kickers, captions, stamps, share bars, link lists
        ("World · China", "navigation"),
        ("Markets | Asia", "navigation"),
        ("Workers assemble servers in Dongguan. (Courtesy: Inspur)", "caption"),
        ("March 3, 2026 (Kyodo)", "stamp"),
        ("Share via:", "share_prompt"),
        ("Recommended Videos", "related_links"),
        ("Discover more from ChinaTalk", "related_links"),
    ],
)
def test_clutter_of_more_kinds_of_pages_is_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    [
        "Effective date: This rule is effective January 13, 2025.",
        "DATES:",
        "Register of Copyrights filings show the company sought protection.",
        "In the latest issue of its journal, the association warned of shortages.",
        "The briefing was delivered every morning to the president, officials said.",
        "The final rule was published on Wednesday.",
        "Notice was given to Nvidia on April 9.",
        "The audio chip is available in China.",
        "Heard on the sidelines of the summit, officials were upbeat.",
        "Translated into dollars, the charge is worth $5.5 billion.",
        "In partnership with TSMC, Nvidia will build a plant in Arizona.",
        "The story continues to unfold in Beijing.",
        "Page 2 of the filing lists the chips.",
        "Maya Chen, an analyst at Bernstein, said demand was strong.",
        "Transcript of the call shows Huang was upbeat.",
        "Tech · Nvidia says it will resume H20 sales",
        "H20 | H100",
        "✅ Nvidia shipped the first H20s to China.",
        "Officials said the transcript was provided to Congress.",
        "Adapted from a 2019 film, the show was a hit.",
        "Produced in cooperation with Samsung, the chip will ship in 2026.",
        "Powered by Ascend",
    ],
)
def test_article_text_resembling_those_kinds_is_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line, concept",
    [
        # picture credits after a pipe or a slash, and the credit lines that name the maker
        ("Ann Wang | Reuters", "caption"),
        ("Kiyoshi Ota | Bloomberg | Getty Images", "caption"),
        ("Justin Sullivan/Getty Images News", "caption"),
        ("Illustration by Alex Castro / The Verge", "caption"),
        ("Export rules were tightened in October.Credit...Jason Henry for The New York Times", "caption"),
        ("Nvidia's chief executive, Jensen Huang, in Beijing in July. Photograph: Ng Han Guan/AP", "caption"),
        # comment sections and social posts
        ("Add your comment", "comment_widget"),
        ("Loading comments...", "comment_widget"),
        ("Forum view", "comment_widget"),
        ("Comments have to be in English, and in full sentences. Please abide by our community guidelines.", "comment_widget"),
        ("Report this post", "comment_widget"),
        ("Most relevant", "page_furniture"),
        ("View quotes", "share_prompt"),
        ("New to X?", "share_prompt"),
        ("Sign up with Apple", "share_prompt"),
        ("Copied", "share_prompt"),
        ("Terms of Service | Privacy Policy | Cookie Policy | Accessibility | Ads info | More © 2025 X Corp.", "page_furniture"),
        # disclosures, disclaimers, notices about the text itself
        ("Analyst's Disclosure: I/we have a beneficial long position in the shares of NVDA.", "publisher_note"),
        ("All views expressed in this publication should be understood to be solely those of the author(s).", "publisher_note"),
        ("The opinions in this column do not necessarily reflect the views of the publisher.", "publisher_note"),
        ("Fusion Media would like to remind you that the data contained in this website is not necessarily real-time.", "publisher_note"),
        ("3rd party Ad. Not an offer or recommendation by Investing.com.", "publisher_note"),
        ("This audio is generated by an AI tool.", "audio_player"),
        ("Below is the transcript of the call. The transcript was generated automatically and may contain errors.", "audio_player"),
        ("Updated at 3:45 p.m. ET with comment from Nvidia.", "publisher_note"),
        ("This article is more than 2 years old", "publisher_note"),
        ("(Except for the headline, this story has not been edited by Chip Daily staff.)", "publisher_note"),
        # press offices, sponsors, promotions, the outlet's own pitches
        ("FOR IMMEDIATE RELEASE", "press_release"),
        ("Office of Congressional and Public Affairs", "press_release"),
        ("A message from TechNet:", "advertisement"),
        ("SKIP ADVERTISEMENT", "advertisement"),
        ("Techcrunch event", "event_promotion"),
        ("Every weekday and Sunday, you can get the best of TechCrunch’s coverage.", "newsletter"),
        ("(You can now subscribe to our Economic Times WhatsApp channel)", "share_prompt"),
        ("(Catch all the Technology News on The Economic Times.)", "share_prompt"),
        ("Skip to contentSkip to site index", "page_furniture"),
        # bylines, bios, sign-offs, copyright
        ("Zijing Wu in Hong Kong, Eleanor Olcott in Beijing and Demetri Sevastopulo in Washington", "credits"),
        ("Helen Luo and Wei Qiang in Beijing", "credits"),
        ("Jeff Stein is the chief economics correspondent for The Washington Post.", "author_bio"),
        ("Benj Edwards is Ars Technica's Senior AI Reporter and founder of the site's AI beat.", "author_bio"),
        ("Associated Press writer Didi Tang in Washington contributed to this report.", "credits"),
        ("(Yonhap)", "credits"),
        ("Copyright 1995 - 2025. All rights reserved. The content published in this site belongs to China Daily.", "copyright_notice"),
    ],
)
def test_clutter_that_real_pages_share_is_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    [
        "Analysts say the disclosure: Nvidia will take a charge.",
        "The views expressed by Chinese officials were those of the ministry, a spokesman said.",
        "Updated in 2023 with new thresholds, the rule now covers the H20.",
        "In its annual report, Nvidia listed export controls among the risks in its forward-looking statements.",
        "Jensen Huang is the chief executive of Nvidia.",
        "Gregory Allen is a senior fellow at CSIS.",
        "The Commerce Department's Office of Export Enforcement is investigating.",
        "The message from Beijing was clear: buy domestic.",
        "Comments from the ministry were not immediately available.",
        "Report this to the Commerce Department, the guidance says.",
        "You can get the best of both worlds with the H20, one analyst said.",
        "Key moments",
        "Q&A",
        "The government in Seoul said it would closely monitor the impact on local exporters. (END)",
    ],
)
def test_story_sentences_that_mention_those_things_are_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line, concept",
    [
        ("Image 1 of 5", "page_furniture"),
        ("Sponsored Links by Taboola", "advertisement"),
        ("Content continues below", "advertisement"),
        ("What do you think? Let us know in the comments.", "comment_widget"),
        ("Already subscribed? Sign in", "paywall"),
        ("You have 3 free articles left this month", "paywall"),
        ("Do Not Sell or Share My Personal Information", "page_furniture"),
        ("Tagged: Nvidia, China, H20", "page_furniture"),
        ("Sarah L. Meyer, Partner", "credits"),
        ("Bloomberg's Mackenzie Hawkins contributed to this report.", "credits"),
        ("It is not intended to be and should not be relied upon as legal advice.", "publisher_note"),
        ("The following is an edited excerpt of the interview.", "audio_player"),
        ("*Stock Advisor returns as of July 21, 2025", "advertisement"),
        ("NVIDIA, the NVIDIA logo and CUDA are trademarks and/or registered trademarks of NVIDIA Corporation.", "publisher_note"),
        ("Video reporter: Wang Yi; Video editor: Li Na", "credits"),
        ("[Sign up now: Get the latest news from SCMP's China desk]", "newsletter"),
        ("Originally published by Nikkei Asia.", "publisher_note"),
        ("8–10 minutes", "reading_time"),
    ],
)
def test_inline_and_footer_widgets_of_news_sites_are_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    ["Key events", "Summary", "Why it matters", "What's next", "Powered by Ascend",
     "Nvidia said it had taken legal advice on the rule.", "Generated by AI, the images spread quickly on Weibo.",
     "Reporter: Could you comment on the H20?", "Originally published in 2019, the paper argued for limits."],
)
def test_labels_and_sentences_a_story_uses_are_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "lines",
    [
        ["You may like", "Nvidia's RTX Pro 6000D explained", "China tells tech firms to justify H20 orders"],
        ["Also Read", "Nvidia shares edge higher after licence news", "", "Samsung, SK Hynix gain on AI memory demand"],
        ["list of 2 items", "list 1 of 2", "Huawei unveils AI chip roadmap", "list 2 of 2", "Nvidia tops $5 trillion"],
        ["watch now", "VIDEO", "02:47", "Nvidia's China reversal: What it means for the stock", "Squawk Box Asia"],
    ],
)
def test_labels_over_lists_of_other_stories_and_videos_take_the_list(lines):
    story = "Nvidia said it would resume sales of the H20 in China."
    assert link_list_lines([story, *lines, story]) == set(range(1, len(lines) + 1))


@pytest.mark.parametrize(
    ("line", "concept"),
    [
        ("Skip past newsletter promotion", "newsletter"),
        ("Sign up to Business Today", "newsletter"),
        ("Free daily newsletter", "newsletter"),
        ("You're reading the web version of Asia Tech Policy Watch, our weekly briefing. Sign up to get it.", "newsletter"),
        ("See the 10 stocks »", "advertisement"),
        ("Price as of November 3, 2023, 4:00 p.m. ET", "market_data"),
        ("Revenue (US$bn) 199.8 262.4 251.0", "page_furniture"),
        ("Figure 1: Halvorsen estimates vs consensus", "caption"),
        ("Image source: The Motley Fool.", "caption"),
        ("Call participants:", "transcript_chrome"),
        ("Duration: 0 minutes", "transcript_chrome"),
        ("This article is a transcript of this conference call produced for The Motley Fool.", "publisher_note"),
        ("Analyst certification: The research analysts named on the front page certify their views.", "publisher_note"),
        ("This report is intended for professional investors only.", "publisher_note"),
        ("Edit: link in comments, sub doesn't allow FT links in the body.", "publisher_note"),
        ("Edit 2: fixed the date of the second notice, thanks u/okaybluejay", "publisher_note"),
        ("This is a developing story. Check back for updates.", "publisher_note"),
        ("Silicon Straits is produced by Harbor Lane Audio. Music by Kito Aranda.", "credits"),
        ("Comments are posted by users and do not reflect the views of Yahoo! News.", "comment_widget"),
        ("本文为36氪原创，未经授权不得转载。", "copyright_notice"),
        ("Replying to @kenji_w_chips", "page_furniture"),
        ("Subject: Washington takes a cut, Beijing says don't buy", "page_furniture"),
    ],
)
def test_clutter_of_unseen_kinds_of_pages_is_named_by_concept(line, concept):
    assert classify(line) == concept


@pytest.mark.parametrize(
    "line",
    ["Operator", "Prepared Remarks:", "About Qianhe Intelligent Computing",
     "Nvidia is also preparing a new chip for the Chinese market, according to earlier reports. (Bloomberg)",
     "The H20 is produced by TSMC on a 4-nanometre process.", "Nvidia shares rose 3% to $120.50 on Tuesday.",
     "The comments do not reflect a change in policy, a spokesperson said.", "Shipments fell in 2023 and 2024.",
     "EDIT: AMD filed a similar 8-K a few hours later for the MI308, an $800M charge.",  # a poster's edit adding news
     "This is a developing story about two moves in Washington this week that cut in different directions."],
)
def test_speaker_labels_section_headings_and_credited_sentences_are_kept(line):
    assert not is_boilerplate(line)


def test_a_comment_count_under_a_menu_label_is_no_rank_and_takes_no_paragraph_into_the_list():
    lead = "Nvidia expects to write down as much as $5.5 billion after the US government told it that its H20 accelerators now need a licence."
    lines = ["Topics", "Systems", "Nvidia to take $5.5B hit on H20 exports", "Wed 16 Apr 2025 // 01:12 UTC", "17", lead]
    assert link_list_lines(lines) == {0, 1, 2, 3, 4}


def test_a_live_blogs_next_entry_ends_the_list_of_related_articles():
    lines = ["Related Articles", "Samsung, Nvidia to build AI factory", "Korea's chip exports hit record", "",
             "12:58", "", "Xi arrives at Gimhae Air Base", "",
             "Chinese President Xi Jinping arrived at the air base in Busan, where Trump was waiting."]
    assert link_list_lines(lines) == {0, 1, 2, 3}


@pytest.mark.parametrize(
    "line",
    ["To get more chips, Chinese buyers have turned to smuggling through Singapore.",
     "Data as of March showed a 20% drop in shipments.", "未经许可，不得向中国出口先进芯片。"],
)
def test_story_sentences_near_the_unseen_page_patterns_are_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("line", "concept"),
    [
        ("News provided by", "press_release"),
        ("SOURCE Qianhe Intelligent Computing Co., Ltd.", "press_release"),
        ("U.S. President Donald Trump / Photo = Yonhap News", "caption"),
        ("Share/Save", "share_prompt"),
    ],
)
def test_wire_release_and_korean_caption_furniture_is_named_by_concept(line, concept):
    assert classify(line) == concept


def test_a_story_paragraph_closing_on_its_agency_is_kept():
    assert not is_boilerplate("It is unclear how many Chinese companies will be allowed to buy the chips. REUTERS")


def test_a_pictures_alt_text_alone_on_its_line_is_a_caption():
    """An icon or a badge pasted as its alt text ("Section icon", "Verified source badge")
    is no sentence of the story; a sentence about a logo is."""
    for line in ["Section icon", "Verified source badge", "Company logo", "author avatar image"]:
        assert classify(line) == "caption", line
    for line in ["The logo was redesigned in 2024.", "Nvidia changed its logo"]:
        assert classify(line) is None, line


def test_a_heading_set_apart_above_over_its_sections_first_paragraph_ends_a_link_list():
    section = ("In Germany, companies supplying parts for chipmaking equipment are watching closely to see how far "
               "the new rules reach, and several said they had asked their lawyers to review shipments to China.")
    lines = ["Related topics", "Nvidia: China export ban hits sales forecast", "China opens new chip fab", "",
             "Europe watching closely", section]
    assert link_list_lines(lines) == {0, 1, 2, 3}


def test_a_reader_settings_widget_takes_its_option_buttons_and_stops_at_the_story():
    story = "Beijing has told its largest cloud companies to pause orders for Nvidia's H200, people familiar with the matter said."
    for label in ("Text settings", "Font size", "Display options"):
        lines = [label, "Size", "Small", "Medium", "Large", "Width", "Narrow", "Wide", story]
        assert link_list_lines(lines) == set(range(8)), label


@pytest.mark.parametrize(
    "line",
    [
        "Forward-Looking Statements",
        "Cautionary Note Regarding Forward-Looking Statements",
        "This report contains forward-looking statements within the meaning of Section 27A of the Securities Act, "
        "including statements about the expected effect of the licence requirement on revenue.",
        "Certain statements in this press release are forward-looking statements that involve risks.",
    ],
)
def test_a_filings_forward_looking_statements_section_is_no_clutter_by_its_wording(line):
    """A filing's or a release's forward-looking statements section, its heading and its
    sentences, is labelled as the text about as often as not (13 dev lines of the one, 14 of
    the other): keeping it costs a little clutter and loses nothing of the filing. A release's
    "Certain statements in this press release ..." opens its section and is kept with it: the
    section is kept or dropped as a whole, never left opening on "These forward-looking
    statements ..."."""
    assert classify(line) is None


def test_a_press_releases_forward_looking_statements_section_is_kept_whole():
    """Heading and all three sentences, so the section never opens on a dangling "These
    forward-looking statements ..."."""
    section = [
        "Forward-Looking Statements",
        "Certain statements in this press release, including statements about the expected benefits of the "
        "licences, are forward-looking statements that involve risks and uncertainties.",
        "These forward-looking statements are based on management's current expectations and are subject to "
        "risks that could cause actual results to differ materially.",
        "The company undertakes no obligation to update any forward-looking statement, except as required by law.",
    ]
    release = [
        "Skyline Compute Receives Export Licences for H20 Shipments",
        "SAN JOSE, Calif., Aug. 12, 2025 /PRNewswire/ -- Skyline Compute today announced that it has received "
        "export licences to ship Nvidia H20 systems to customers in China.",
        "The company expects the first shipments to leave its Malaysian facility later this quarter.",
        *section,
        "SOURCE Skyline Compute",
    ]
    body = [line.replace("\\", "").removeprefix("## ") for line in normalise("\n".join(release)).body.split("\n") if line]
    assert [line for line in section if line in body] == section
