"""Social-media and forum posts have no headline: the title is derived from the post's text,
every line the poster wrote stays in the body, and the platform's chrome (handles, counts,
buttons, hashtag lines) leaves it. Pages of each kind are written as they paste."""

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.title import extract_title

X_THREAD_POSTS = [
    "1/ Quick thread on what the H200 licence decision actually means for Chinese buyers, since my replies are full of confusion.",
    "2/ The licences cover the H200, not Blackwell. Nvidia still cannot ship B200 or B300 parts to China.",
    "3/ Beijing has not said it will allow purchases.",
    "4/ So the realistic outcome: a trickle of H200s to a few approved buyers, while Huawei keeps most of the state-linked demand.",
    "5/ More when the first shipments are confirmed.",
]
X_THREAD = [
    "Post", "See new posts", "Conversation", "Lena Hart", "@lenahart_chips", *X_THREAD_POSTS,
    "10:42 AM · Dec 9, 2025", "·", "48.2K", "Views", "112", "Reposts", "31", "Quotes", "604", "Likes", "27",
    "Bookmarks", "Reply", "Post your reply", "Show more replies",
]
X_THREAD_VIEW_POSTS = [
    "The H200 decision in one thread 🧵",
    "The licences cover the H200, not Blackwell. Nvidia still cannot ship B200 or B300 parts to China, and the 25% revenue share applies to every H200 sold.",
    "Beijing has not said it will allow purchases. Regulators have told some firms to justify any order against domestic alternatives like the Ascend 910C.",
]
X_THREAD_VIEW = [
    "Lena Hart", "@lenahart_chips", "·", "Dec 9", X_THREAD_VIEW_POSTS[0],
    "Lena Hart", "@lenahart_chips", "·", "Dec 9", X_THREAD_VIEW_POSTS[1], "12", "45", "300",
    "Lena Hart", "@lenahart_chips", "·", "Dec 9", X_THREAD_VIEW_POSTS[2], "8", "31", "190",
]
LINKEDIN_POST = [
    "Three things I keep telling clients about the new H20 licensing regime, now that the first approvals are in.",
    "First, the licence is not the bottleneck any more. Chinese buyers are waiting to see whether Beijing will discourage purchases.",
    "Second, the 15% revenue share changes the maths for Nvidia and AMD: the MI308 and H20 are still profitable, but only just.",
    "Third, nobody should plan capacity on the assumption that this lasts.",
]
LINKEDIN = [
    "Priya Raman", "Priya Raman", "• 2nd", "Semiconductor policy analyst | Export controls | Ex-Commerce", "2w •",
    "Follow", *LINKEDIN_POST, "…see more", "#ExportControls #Semiconductors #Nvidia #AI",
    "Like", "Comment", "Repost", "Send", "214", "37 comments", "12 reposts",
]
TELEGRAM_POST = [
    "⚡️ BREAKING",
    "🇨🇳 China's customs has stepped up checks on Nvidia H20 and RTX Pro 6000D shipments at major ports, according to the Financial Times.",
    "Teams are inspecting semiconductor cargo in Shanghai and Shenzhen, and are also looking for smuggled H100 and H200 processors.",
    "👉 The move follows guidance from regulators telling companies to stop buying the H20.",
]
TELEGRAM = [
    "Chip War Daily 🇨🇳🇺🇸", "12.4K subscribers", "📌 Pinned message", *TELEGRAM_POST,
    "@chipwardaily", "👁 8.2K", "edited 14:22",
]
WEIBO_POST = [
    "Heard from several friends at cloud companies: procurement has been told not to place new orders for the H20. The reason given is \"security\", but everyone understands it is about pushing domestic chips.",
    "The Ascend 910C is the obvious alternative, but supply is tight and software migration takes months.",
    "Personally I think the ban will be enforced for state-owned firms first.",
]
WEIBO = [
    "科技观察员", "10-10 14:22 来自 iPhone客户端", "Translation:", "Tech Observer", "Oct 10 14:22 from iPhone",
    *WEIBO_POST, "Repost 1,284", "Comments 563", "Like 8,921",
]
FORUM_POST = [
    "Our lab in Shenzhen was offered a batch of RTX Pro 6000D cards at a decent price, but after the H20 guidance nobody wants to commit. Has anyone here run 70B models on them?",
    "From the spec sheet the GDDR7 bandwidth looks like the weak point compared with HBM on the H20.",
    "Any real numbers would be appreciated.",
]
FORUM = [
    "ChipTalk Forums", "Forums › Hardware › Accelerators & AI", "tensor_wrangler", "Well-known member",
    "Joined: Mar 2021", "Messages: 1,284", "Reaction score: 902", "#1", *FORUM_POST,
    "Last edited: Nov 3, 2025", "Like", "Reply", "Report",
]
LEAD = (
    "Nvidia said on Tuesday it had received US licences to sell its H200 chips to approved customers in China, "
    "reversing a ban that had stood since April."
)
MORE = "The company did not say how many licences had been granted or when shipments would begin."


def normalised(lines):
    return normalise("\n".join(lines))


def body_lines(result):
    return [line for line in result.body.split("\n") if line]


def assert_post(result, post_lines, title):
    assert result.meta["title_derived"] is True
    assert result.meta["title"] == title
    assert "subtitle" not in result.meta
    assert [line.removeprefix("## ").replace("\\", "") for line in body_lines(result)] == post_lines


def test_an_x_thread_has_no_headline_and_keeps_every_numbered_post():
    result = normalised(X_THREAD)
    assert_post(result, X_THREAD_POSTS, "Quick thread on what the H200 licence decision actually means for Chinese buyers, since…")
    assert result.body.startswith("1/ Quick thread")


def test_a_thread_copied_without_its_profile_is_still_a_post():
    posts = ["1/ Big news on the H200 🧵", *X_THREAD_POSTS[1:]]
    assert_post(normalised(posts), posts, "Big news on the H200")


def test_a_thread_view_keeps_a_short_opening_post_and_drops_the_repeated_profile():
    result = normalised(X_THREAD_VIEW)
    assert_post(result, X_THREAD_VIEW_POSTS, "The H200 decision in one thread")
    assert "Lena Hart" not in result.body and "@lenahart" not in result.body


def test_a_linkedin_post_drops_the_profile_buttons_counts_and_hashtags():
    result = normalised(LINKEDIN)
    assert_post(result, LINKEDIN_POST, "Three things I keep telling clients about the new H20 licensing regime, now…")
    assert "#ExportControls" not in result.body and "see more" not in result.body


def test_a_telegram_post_keeps_its_emoji_lines_and_drops_the_channel_and_view_count():
    result = normalised(TELEGRAM)
    assert_post(result, TELEGRAM_POST, "China's customs has stepped up checks on Nvidia H20 and RTX Pro 6000D shipments at major…")
    assert "subscribers" not in result.body and "8.2K" not in result.body and "@chipwardaily" not in result.body


def test_a_translated_weibo_post_drops_both_profile_headers_and_the_repost_counts():
    result = normalised(WEIBO)
    assert_post(result, WEIBO_POST, "Heard from several friends at cloud companies: procurement has been told not to place new…")
    assert "iPhone" not in result.body and "1,284" not in result.body


def test_a_forum_post_without_a_thread_title_drops_the_member_stats():
    result = normalised(FORUM)
    assert_post(result, FORUM_POST, "Our lab in Shenzhen was offered a batch of RTX Pro 6000D cards at a decent price…")
    assert "Joined" not in result.body and "Report" not in result.body


def test_a_reddit_post_keeps_its_own_title():
    title = "Are the RTX Pro 6000D cards actually any good for inference?"
    lines = ["r/hardware", "Posted by u/tensor_wrangler", "5 hr. ago", title, "Discussion", *FORUM_POST, "412", "Share"]
    result = normalised(lines)
    assert result.meta["title"] == title and result.meta["title_derived"] is False


def test_a_short_sentence_leading_in_to_a_list_opens_the_post_under_its_thread_title():
    title = "US formally allows H200 exports to China; Beijing reportedly tells customs the chips aren't permitted"
    lead_in = "Two things happened within about 24 hours:"
    lines = [
        "Hacker News new | past | comments | ask | show | jobs | submit login", title,
        "412 points by opcode_owl 14 hours ago | hide | past | favorite | 356 comments", lead_in,
        "- BIS published the rule moving H200-class chips to case-by-case review for China.",
        "- Reuters reports Chinese customs agents were told the H200 is not permitted to enter the country.",
    ]
    result = normalised(lines)
    assert result.meta["title"] == title
    assert lead_in in result.body


def test_a_news_headline_over_a_byline_with_a_handle_stays_the_headline():
    headline = "Nvidia wins US licences to sell H200 chips in China"
    for byline in (["Jane Doe", "@janedoe"], ["Jane Doe @janedoe"]):
        result = normalised([headline, *byline, "December 9, 2025", LEAD, MORE])
        assert result.meta["title"] == headline and result.meta["title_derived"] is False


def test_a_video_title_over_the_channel_and_its_subscriber_count_stays_the_headline():
    headline = "Why Nvidia's H200 licences may not mean sales in China"
    result = normalised([headline, "Chip Policy Explained", "1.2M subscribers", "Subscribe", LEAD, MORE])
    assert result.meta["title"] == headline


def test_a_tagline_over_a_follow_button_and_the_post_stamp_is_the_accounts_not_a_headline():
    lines = ["Priya Raman", "Semiconductor policy analyst | Export controls", "Follow", "2w •", *LINKEDIN_POST, "Like"]
    assert_post(normalised(lines), LINKEDIN_POST, "Three things I keep telling clients about the new H20 licensing regime, now…")


def test_a_headline_over_a_line_that_merely_mentions_an_app_stays_the_headline():
    headline = "Nvidia wins US licences to sell H200 chips in China"
    result = normalised([headline, "Listen via the app", "December 9, 2025", LEAD, MORE])
    assert result.meta["title"] == headline and result.meta["title_derived"] is False


def test_a_headline_opening_with_24_7_is_no_numbered_post():
    headline = "24/7 access to Nvidia's H200 is not what Beijing wants"
    assert normalised([headline, LEAD, MORE]).meta["title"] == headline


def test_a_headline_over_a_bare_age_stamp_of_a_news_app_stays_the_headline():
    headline = "Nvidia wins US licences to sell H200 chips in China"
    assert normalised([headline, "2h", LEAD, MORE]).meta["title"] == headline


def test_bluesky_and_mastodon_handles_mark_a_post():
    for handle in ("@lenahart.bsky.social", "@lena@mastodon.social"):
        posts = [LEAD, MORE]
        title = "Nvidia said on Tuesday it had received US licences to sell its H200 chips to approved…"
        assert_post(normalised(["Lena Hart", handle, *posts, "12 reposts", "88 likes"]), posts, title)


def test_a_posts_first_line_set_as_a_title_is_its_title_and_leaves_the_body():
    title = "The H200 decision, briefly"
    result = normalised(["Lena Hart", "@lenahart.bsky.social", title, LEAD, MORE, "12 reposts", "88 likes"])
    assert_post(result, [LEAD, MORE], title)


def test_a_posts_first_line_leading_in_or_dressed_as_a_post_opens_its_text():
    for opening in ("Two moves on the H200 in one day:", "⚡️ H200 update — both capitals moved this week"):
        result = normalised(["Lena Hart", "@lenahart.bsky.social", opening, LEAD, MORE, "12 reposts", "88 likes"])
        assert body_lines(result)[0].replace("\\", "") == opening


def test_a_posts_headline_shaped_first_line_is_its_title_whole_not_cut_as_prose_is():
    headline = "🇨🇳 China's customs steps up checks on Nvidia H20 and RTX Pro 6000D shipments at major ports in Shanghai"
    post = [headline, *TELEGRAM_POST[2:]]
    result = normalised(["Chip War Daily 🇨🇳🇺🇸", "12.4K subscribers", "📌 Pinned message", *post, "@chipwardaily", "👁 8.2K", "edited 14:22"])
    assert result.meta["title_derived"] is True
    assert result.meta["title"] == headline.removeprefix("🇨🇳 ")


def test_the_line_repeating_a_forwarded_newsletters_subject_is_its_headline_even_in_two_sentences():
    headline = "Commerce pauses the affiliates rule. The White House rules out B30A."
    lines = ["Begin forwarded message:", "From: Semafor Technology <technology@semafor.com>", f"Subject: {headline}",
             "Date: November 10, 2025 at 7:31:09 AM PST", "To: d.okafor@example.com", "Semafor Technology",
             "November 10, 2025", "View in browser", headline, "THE SCOOP", LEAD, MORE]
    assert extract_title(lines)[0].value == headline


def test_a_video_title_over_its_channel_and_subscriber_count_keeps_the_show_after_its_pipe():
    title = "Trump allows Nvidia to sell H200 chips to China | DW News"
    lines = ["Skip navigation", "Search", "Sign in", title, "DW News", "5.8M subscribers", "Subscribe", LEAD, MORE]
    assert extract_title(lines)[0].value == title


def test_a_threads_title_over_its_buttons_and_the_first_posts_number_is_its_title():
    title = "The US just issued H20 licences and Beijing already tells firms not to buy"
    for buttons, number in ((["Reply", "Share"], "#1"), (["只看楼主", "收藏", "回复"], "1楼")):
        lines = ["ChipTalk Forums", "Hardware", title, *buttons, number, "2025-08-13 09:41", "tensor_wrangler", *FORUM_POST]
        assert normalised(lines).meta["title"] == title


def test_a_forums_copy_link_button_after_the_threads_title_is_no_part_of_it():
    title = "美国放行H200对华出口，国内据报将限制采购——两边同时出手"
    lines = ["Chiphell", "首页", "论坛", "查看: 28143 | 回复: 96", f"{title} [复制链接]", "半导体观察员",
             "发表于 2025-12-10 09:12", "只看该作者", *FORUM_POST]
    assert normalised(lines).meta["title"] == title


def test_a_platforms_menu_bar_over_the_poster_is_no_headline_and_the_page_is_a_post():
    posts = [LEAD, MORE]
    lines = ["Bluesky", "Search  Home  Explore  Notifications  Chat  Feeds  Lists  Profile  Settings", "",
             "Lena Hart", "@lenahart.bsky.social", "Follow", "", *posts, "", "14h", "12 reposts  3 quotes  48 likes",
             "", "Reply  Repost  Like  Share"]
    title = "Nvidia said on Tuesday it had received US licences to sell its H200 chips to approved…"
    assert_post(normalised(lines), posts, title)


def test_a_chat_whose_senders_go_by_lowercase_handles_keeps_every_message():
    messages = [LEAD, "Apparently some samples were already out with Chinese customers", MORE]
    lines = ["#industry-news", "Silicon Shenanigans", "rainmaker_ — Today at 9:14 AM", messages[0], messages[1],
             "frogmonster — Today at 9:16 AM", messages[2]]
    result = normalised(lines)
    assert result.meta["title_derived"] is True
    assert [line.removeprefix("## ").replace("\\", "") for line in body_lines(result)] == messages


def test_a_channels_name_over_its_handle_and_subscriber_count_is_the_account_not_a_headline():
    post = ["📊 Where the domestic AI chip market stands, by our count (share of accelerator shipments):",
            "• Huawei Ascend: ~45% (up from ~30%)", "• Nvidia (H20 and other China-specific parts): ~25% (down from ~55%)", LEAD]
    lines = ["China AI Chip Watch", "@cnchipwatch", "4.87K subscribers", "View in Telegram", "March 3", *post, "👁 12.4K"]
    result = normalised(lines)
    assert result.meta["title_derived"] is True
    assert "Huawei Ascend: ~45% (up from ~30%)" in result.body


def test_a_posts_unpunctuated_first_sentence_run_on_by_the_next_line_stays_in_its_body():
    first = "Nvidia just got licences to sell the H20 in China again"
    second = "That is a big reversal from April, when the US shut the door on the chip entirely."
    result = normalise("\n".join(["X", "Home", "Lena Hart", "@lenahart", first, second, "9:14 AM · Dec 8, 2025", "12 Reposts"]))
    assert result.meta["title"] == first
    assert [line.removeprefix("## ") for line in body_lines(result)] == [first, second]


def test_a_posts_first_line_set_apart_by_a_blank_line_is_its_title_only():
    first = "Nvidia just got licences to sell the H20 in China again"
    second = "That is a big reversal from April, when the US shut the door on the chip entirely."
    result = normalise("\n".join(["X", "Home", "Lena Hart", "@lenahart", first, "", second, "9:14 AM · Dec 8, 2025", "12 Reposts"]))
    assert result.meta["title"] == first
    assert body_lines(result) == [second]


def test_a_post_sharing_a_link_is_titled_by_the_links_headline_over_its_domain():
    comment = ("Commerce told Nvidia this week that licences for the H20 will be granted, "
               "and the company expects shipments to restart within weeks.")
    card = "Nvidia to restart H20 shipments to China after licence assurance"
    lines = ["Mei Tan", "@meitan_semis", "", comment, "", card, "reuters.com", "", "9:14 AM · Jul 15, 2025", "12 Reposts"]
    result = normalise("\n".join(lines))
    assert result.meta["title"] == card
    assert body_lines(result) == [comment]


def test_a_posts_own_first_line_over_a_domain_stays_its_text():
    post = "Nvidia to restart H20 shipments to China after licence assurance"
    more = ("Commerce told Nvidia this week that licences for the H20 will be granted, "
            "and the company expects shipments to restart within weeks.")
    lines = ["Mei Tan", "@meitan_semis", "", post, "reuters.com", "", more, "", "9:14 AM · Jul 15, 2025", "12 Reposts"]
    title, _ = extract_title(lines)
    assert title.value == post
    assert "link the post shares" not in title.evidence  # the poster's words, not a card's headline


CARD_COMMENT = ("Commerce told Nvidia this week that licences for the H20 will be granted, "
                "and the company expects shipments to restart within weeks.")
CARD_HEADLINE = "Nvidia to restart H20 shipments to China after licence assurance"
NEWS_LEAD = ("Nvidia said on Tuesday that the Commerce Department had assured it licences would be granted, "
             "and it expects to restart sales of the chip soon.")
NEWS_MORE = ("Analysts said the decision would add several billion dollars to the company's revenue this year, "
             "though Beijing has urged buyers to avoid it.")
RELATED = "Nvidia shares slide as China urges firms to shun H20"


def test_a_cards_headline_over_a_capitalised_or_upper_case_domain_titles_the_post_and_is_not_derived():
    for address in ("Reuters.com", "REUTERS.COM"):
        lines = ["Mei Tan", "@meitan_semis", "", CARD_COMMENT, "", CARD_HEADLINE, address, "", "9:14 AM · Jul 15, 2025", "12 Reposts"]
        result = normalise("\n".join(lines))
        assert result.meta["title"] == CARD_HEADLINE, address
        assert result.meta["title_derived"] is False
        assert CARD_COMMENT in body_lines(result)


def test_a_read_more_item_or_embedded_card_on_a_news_page_is_not_the_title():
    related = ["By Jane Doe", "", NEWS_LEAD, "", NEWS_MORE, "", "Read more", RELATED, "reuters.com"]
    assert normalise("\n".join(related)).meta["title"] != RELATED
    embedded = [NEWS_LEAD, "", RELATED, "From apnews.com", "", NEWS_MORE]
    assert normalise("\n".join(embedded)).meta["title"] != RELATED


def test_a_replys_or_quoted_posts_card_is_not_the_posts_title():
    reply = ["Mei Tan", "@meitan_semis", "", CARD_COMMENT, "", "9:14 AM · Jul 15, 2025", "12 Reposts",
             "Jon Doe", "@jondoe", "Replying to @meitan_semis", "Here is the original report on the licences.",
             CARD_HEADLINE, "reuters.com"]
    quote = ["Mei Tan", "@meitan_semis", "", CARD_COMMENT, "", "Quote", "Jon Doe", "@jondoe",
             CARD_HEADLINE, "theverge.com", "", "9:14 AM · Jul 15, 2025", "12 Reposts"]
    for lines in (reply, quote):
        assert normalise("\n".join(lines)).meta["title"] != CARD_HEADLINE


def test_the_posters_words_over_a_typed_link_or_a_file_stay_the_posts_text():
    for link in ("bis.gov/rule-2025", "rule-notes.pdf"):
        lines = ["Mei Tan", "@meitan_semis", "", CARD_COMMENT, "", "Full rule text worth reading", link, "", "9:14 AM · Jul 15, 2025", "12 Reposts"]
        assert normalise("\n".join(lines)).meta["title"] != "Full rule text worth reading", link

