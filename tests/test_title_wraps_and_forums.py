"""Headlines on pages pasted as hard-wrapped text, questions as headlines, and the titles
of forum threads, Q&A pages and posts: page shapes of the unseen pages of round 14."""

from chiptrail_normalise.title import extract_title

LEAD = (
    "On October 7, 2022, the U.S. Department of Commerce's Bureau of Industry and Security released an "
    "interim final rule that significantly expands export controls on advanced computing chips."
)
MORE = "The rule took effect in stages. Certain provisions applied immediately, while others take effect later."


def title_of(lines):
    return extract_title(lines)[0].value


def test_a_headline_the_line_wrap_cut_after_and_is_read_whole():
    lines = ["WHITCOMBE AMES LLP", "CLIENT ALERT -- INTERNATIONAL TRADE", "", "October 11, 2022", "",
             "BIS Imposes Sweeping New Controls on Advanced Computing and", "Semiconductor Manufacturing Items for China", "",
             "On October 7, 2022, the U.S. Department of Commerce's Bureau of", "Industry and Security released an interim",
             "final rule that expands export controls.", "", MORE]
    title = extract_title(lines)[0]
    assert title.value == "BIS Imposes Sweeping New Controls on Advanced Computing and Semiconductor Manufacturing Items for China"
    assert {5, 6} <= set(title.details["lines"])


def test_a_title_cased_headline_wrapped_into_a_block_of_two_lines_is_read_whole():
    lines = ["Export Policy Review", "", "Washington Tightens Rules on Advanced Computing Exports", "Chips to China: What the New Licences Require", "",
             "By Jane Doe", "", LEAD, "", MORE]
    assert title_of(lines) == "Washington Tightens Rules on Advanced Computing Exports Chips to China: What the New Licences Require"


def test_a_headline_ending_on_a_particle_is_not_joined_to_the_name_under_it():
    lines = ["Nvidia forecast excludes China H20 sales as licence limbo drags on", "Bloomberg News", "", LEAD, "", MORE]
    assert title_of(lines) == "Nvidia forecast excludes China H20 sales as licence limbo drags on"


def test_a_headline_ending_on_a_to_whose_verb_is_left_unsaid_is_not_joined_to_the_channel_under_it():
    headline = "Ascend 910C vs H20: I benchmarked both so you don't have to"
    lines = ["VideoSite", headline, "Chip Tea Time", "148K subscribers", "Subscribe", LEAD, MORE]
    assert title_of(lines) == headline


def test_a_letterhead_over_its_label_is_no_wrapped_headline():
    lines = ["Calder Byrne LLP", "Export Controls Update", "", "H200: Washington Opens the Door, Beijing Narrows It",
             "December 12, 2025", "", LEAD, "", MORE]
    assert title_of(lines) == "H200: Washington Opens the Door, Beijing Narrows It"


def test_a_question_headline_over_a_photo_credit_is_no_caption():
    headline = "How Many AI Chips Are Being Smuggled into China?"
    lines = ["CSIS", "Analysis", "Commentary", headline, "Photo: Getty Images",
             "Commentary by Gregory C. Allen and Isaac Chen", "Published October 2, 2025", LEAD, MORE]
    assert title_of(lines) == headline


def test_a_posts_first_line_of_two_headline_parts_is_its_title_whole():
    first = "TSMC stops making 7nm AI chips for Chinese customers. Here's the chain of events"
    lines = ["Article", "Conversation", "Mira Castellanos", "@miracastellanos", first, LEAD, MORE, "4:17 PM · Nov 10, 2024"]
    title = extract_title(lines)[0]
    assert title.value == first and title.details["derived"] is True


def test_a_forum_threads_long_question_is_its_headline_not_its_first_paragraph():
    question = "Ask HN: How should we read this week's chip news — licences from DC, pushback from Beijing?"
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login", question,
             "96 points by p_lindqvist 2 days ago | hide | past | favorite | 71 comments", "",
             "I'm trying to explain this week's news to non-technical colleagues and I'm not sure I get it myself.", MORE]
    assert title_of(lines) == question


def test_a_question_over_a_qa_sites_furniture_is_the_title_not_the_answerers_post():
    question = "Can Nvidia now sell the H200 to China?"
    lines = ["Quora", "Search for questions, people, and topics", "Sign In", "", question, "Answer", "Follow", "Request", "",
             "3 Answers", "Ewan Castellano", "Works in semiconductor trade compliance", "Answered December 12, 2025",
             "Yes, in principle, as of this week, although the paperwork is not finished.", LEAD, MORE]
    assert title_of(lines) == question


def test_a_question_over_an_answer_count_and_an_answerers_stamp_is_the_title():
    question = "Why can't Chinese companies simply buy Nvidia H100 GPUs like everyone else?"
    lines = ["Quora", "Home", "Following", "Answer", "Spaces", "Add question", "", question, "", "All related (14)", "Sort",
             "Recommended", "", "Wei-Lun Chang", "Former GPU architect, now in semiconductor consulting · Answered 2y", LEAD, MORE]
    assert title_of(lines) == question


def test_an_old_reddit_threads_title_over_its_submitted_stamp_loses_its_self_post_mark():
    title = "Trump approves H200 sales to China, but Beijing reportedly plans to make buyers justify every order"
    lines = ["jump to content", "my subreddits", "popular - all - random - users | worldnews - AskReddit - news - technology",
             "LocalLLaMA comments", "Want to join? Log in or sign up in seconds.", "|", "English",
             f"{title} (self.LocalLLaMA)", "submitted 2 months ago by gguf_or_bust",
             "So two things happened back to back this week and I think they matter for anyone who uses Chinese models.", MORE]
    assert title_of(lines) == title


def test_a_communitys_one_sentence_description_over_the_posters_stamp_is_no_headline():
    title = "Trump says Nvidia can sell H200 to China with a 25% cut to the US government"
    lines = ["Skip to main content", "r/stocks", "Search in r/stocks", "Log In", "r/stocks", "Join",
             "A community for discussing stocks, investing and markets.", "u/bagholder_by_design • 3 mo. ago", title,
             "Company News", "Just posted on Truth Social. Trump says Nvidia will be allowed to ship H200s to approved customers.", MORE]
    assert title_of(lines) == title



def test_a_headline_of_two_sentences_over_its_stamp_is_the_headline_not_the_story():
    headline = "The Chip Security Act is law. Now every exported AI chip has to be findable."
    lines = ["Castbox", "Search", "Download App", "", "Hardline", headline, "Jun 18, 2026 · 44:09", "Play",
             "Add to playlist", "Share", "Download", LEAD, MORE]
    assert title_of(lines) == headline


def test_a_menu_entry_shaped_like_a_name_makes_no_post_of_the_headline_under_it():
    headline = "US blacklists dozens of Chinese firms, including Hong Kong units, over AI chip diversion"
    lines = ["Hong Kong Free Press HKFP", "Support HKFP", "Hong Kong", "China", "World", "Opinion", "Business", "Support Us",
             headline, "by AFP", "08:47, 26 March 2025", LEAD, MORE]
    assert title_of(lines) == headline


PAGE_POST = [
    "Nvidia said on Thursday that U.S. officials will allow the company to continue developing its flagship H100 chip in China.",
    "The Commerce Department will also let Nvidia export A100 chips to fulfil orders from U.S. customers through March 1, 2023.",
]


def test_the_title_of_a_link_card_under_a_pages_post_is_the_title_and_the_post_stays_the_text():
    card = "Nvidia says US will let it keep developing H100 chip in China"
    lines = ["Facebook", "Log In", "Forgot account?", "", "Reuters", "September 1, 2022 ·", *PAGE_POST, "REUTERS.COM", card,
             "Nvidia Corp said on Thursday U.S. officials will allow it to continue developing its H100 chip in China...",
             "Like", "Comment", "Share"]
    title = extract_title(lines)[0]
    assert title.value == card and title.details["start"] == lines.index(PAGE_POST[0])


def test_the_title_over_a_shared_videos_channel_and_length_is_the_title():
    card = "China blocks Nvidia's H200 at the border"
    lines = ["Facebook", "Log In", "", "South China Morning Post", "January 14, 2026 at 7:40 PM ·", *PAGE_POST, "WATCH", card,
             "SCMP · 2:18", "3.6K views", "219 comments", "Like", "Comment", "Share"]
    assert title_of(lines) == card


def test_an_ask_hn_title_over_its_points_stamp_is_the_title_though_the_post_says_we():
    question = "Ask HN: Has anyone run production inference on Huawei Ascend 910B?"
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login", question,
             "184 points by lowlatency_lu 3 months ago | hide | past | favorite | 97 comments",
             "Our team does work for a few customers in Southeast Asia and China, and one of them is moving to Ascend.",
             "Specific questions: how painful was the port from CUDA to CANN? Did you hit stability issues at scale?",
             "tensorsmith 3 months ago | next [–]", "We ported a 70B model last year. Kernels were the hard part.", "reply"]
    assert title_of(lines) == question


def test_a_video_title_ending_on_an_interrobang_is_a_question_headline_kept_whole():
    title = "China lets H200s in for three buyers — and the US pulls two licences. Both on the same day?!"
    lines = [title, "TechPolicy Unboxed", "92.4K subscribers", "Join", "Subscribe", "Share",
             "18,662 views  Streamed live on Feb 10, 2026", "Big day in the chip war, and it went both ways.", LEAD, MORE]
    assert title_of(lines) == title


def test_a_short_title_under_a_one_word_kicker_is_the_headline_when_the_story_follows():
    lines = ["NVIDIA Newsroom", "News", "Press Releases", "Statements", "Media Contacts", "Statement", "NVIDIA Statement on H200",
             "December 8, 2025", "NVIDIA welcomes the President's decision to let American chipmakers compete for approved customers.",
             MORE]
    assert title_of(lines) == "NVIDIA Statement on H200"


def test_a_mails_subject_with_its_series_name_in_front_gives_way_to_the_heading_repeating_the_rest():
    lines = ["From: Bureau of Industry and Security <bis@public.govdelivery.com>", "Date: Mon, 10 Nov 2025 08:46:12 -0500",
             "Subject: BIS Update: Suspension of the Affiliates Rule", "Having trouble viewing this email? View it as a Web page.",
             "U.S. DEPARTMENT OF COMMERCE", "BIS UPDATE", "Suspension of the Affiliates Rule", LEAD, MORE]
    assert title_of(lines) == "Suspension of the Affiliates Rule"


def test_a_first_line_with_the_senders_name_in_front_gives_way_to_the_heading_repeating_the_rest():
    lines = ["Semafor Technology: Washington pauses, Beijing shuts a door", "Inbox", "Semafor Technology <technology@semafor.com>",
             "Unsubscribe", "8:03 AM (2 hours ago)", "to me", "View in browser", "Semafor Technology", "November 11, 2025",
             "Washington pauses, Beijing shuts a door", "The News", LEAD, MORE]
    assert title_of(lines) == "Washington pauses, Beijing shuts a door"


def test_a_posts_stamp_of_time_and_device_is_no_headline_over_the_posts_title():
    title = "H200 licences approved and 14 companies blacklisted on the same day: what does this mean for Inspur and Sugon?"
    lines = ["Snowball", "Home", "Market", "Hot", "Search", "", "Semiconductor Value Hunter",
             "01-15 09:12 · From iPhone · Posted in Semiconductors", title,
             "Yesterday's news from the US contained two very different things, and I think the market is only looking at one.", MORE]
    assert title_of(lines) == title


def test_a_blogs_tagline_under_its_name_gives_way_to_the_post_title_under_the_date():
    title = "The H200 rule is published: case-by-case review replaces presumption of denial"
    lines = ["The Fabless Ledger", "Notes on chip design, supply chains and the rules around them", "",
             "Wednesday, January 14, 2026", title, LEAD, MORE, "Posted by Aarav Menon at 7:48 AM"]
    assert title_of(lines) == title


def test_a_headline_over_its_date_and_authors_posts_stays_the_headline_under_a_tagline():
    title = "Nvidia H200 Exports to China: Policy Change and Issues for Congress"
    lines = ["INSIGHT", title, "December 12, 2025", "Karen M. Sutter, Specialist in Asian Trade and Finance",
             "Michael D. Sweeney, Analyst in Industrial Organization and Business", LEAD, MORE]
    assert title_of(lines) == title


def test_a_question_over_a_qa_bar_pasted_on_one_line_is_the_title_and_the_answerers_byline_is_furniture():
    question = "How do Cambricon, Kunlun and Hanguang compare as domestic AI chips?"
    answer = "I have deployed all three in production at some point, so a short comparison from experience."
    lines = ["Zhihu", "", question, "Follow question   Write answer   Invite answer", "Answers: 87   Followers: 2,341", "",
             "Chen Hao", "AI infrastructure engineer at an internet company", "312 people agreed with this answer", "",
             answer, MORE]
    title = extract_title(lines)[0]
    assert title.value == question
    assert {6, 7, 8} <= set(title.details["lines"]) and lines.index(answer) not in title.details["lines"]


def test_a_forum_boards_thread_field_name_is_not_part_of_the_threads_title():
    lines = ["The Investor Board", "Discussion Boards", "Home", "NVIDIA (NVDA)", "Thread: Q2 — China at zero, and that's fine",
             "Author: HedgeHenry", "Date: 8/28/2025 9:14 AM", LEAD, MORE]
    assert title_of(lines) == "Q2 — China at zero, and that's fine"


def test_a_bbs_posts_title_field_name_is_not_part_of_its_title():
    lines = ["批踢踢實業坊", "›", "看板 Stock", "關於我們", "返回看板", "分享", "作者 macro_tw (台北總經) 看板 Stock",
             "標題 [新聞] 網信辦要求陸企停購輝達RTX Pro 6000D", "時間 Wed Sep 17 21:03:11 2025", "1.原文連結：",
             "https://www.ft.com/content/0000", LEAD, MORE]
    assert title_of(lines) == "[新聞] 網信辦要求陸企停購輝達RTX Pro 6000D"


def test_a_headline_wrapped_after_likely_to_goes_on_with_its_verb_on_the_next_line():
    lines = ["Nvidia's H20 sales to China are likely to", "resume after Washington grants licences", "", LEAD, "", MORE]
    assert title_of(lines) == "Nvidia's H20 sales to China are likely to resume after Washington grants licences"


THREAD_TITLE = "China tells firms to avoid Nvidia H20 for government-related work (reuters.com)"
FIRST_COMMENT = "Not surprising. The H20 was always a cut-down part and Beijing wants the volume going to Ascend."


def test_a_threads_first_comment_under_its_commenters_name_is_no_dek():
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login", "", THREAD_TITLE,
             "412 points by tsmcfan 5 hours ago | hide | past | favorite | 288 comments", "",
             "kvakerlund 5 hours ago", FIRST_COMMENT, "", "mrrlpn 3 hours ago", "So both sides now restrict the same chip. Fun."]
    title, dek = extract_title(lines)
    assert title.value.startswith("China tells firms to avoid Nvidia H20") and dek.value is None


def test_a_submissions_own_text_under_its_points_and_posters_name_is_no_dek():
    text = "From the report: universities may apply to import H200s under a new research exemption, while the ban stays."
    lines = ["Hacker News new | past | comments | ask | show | jobs | submit login", "",
             "China to allow H200 imports for research institutions", "156 points by throwaway_jp 14 hours ago | hide | past | favorite | 120 comments",
             "", text, "", "  dwaltrip 13 hours ago", "  Classic: open a tiny door, close a big one."]
    assert extract_title(lines)[1].value is None

