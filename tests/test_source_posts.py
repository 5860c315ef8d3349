"""The source of a social-media or forum post is the platform its address names, never the
person or channel that posted it; and a subheading under a headline never names the site.
Pages are written as they paste from each platform or news site."""

from chiptrail_normalise.pipeline import normalise

THREAD_VIEW_POSTS = [
    "Thread on the H200 licences, since my replies are full of confusion 🧵",
    "The licences cover the H200, not Blackwell. Nvidia still cannot ship B200 parts to China, and the 25% share applies to every H200 sold.",
    "Beijing has not said it will allow purchases. Regulators have told some firms to justify any order against the Ascend 910C.",
]
THREAD_VIEW = [
    "Marco Vidal", "@marcovidal_semis", "·", "Dec 9", THREAD_VIEW_POSTS[0],
    "Marco Vidal", "@marcovidal_semis", "·", "Dec 9", THREAD_VIEW_POSTS[1], "14", "52", "311",
    "Marco Vidal", "@marcovidal_semis", "·", "Dec 9", THREAD_VIEW_POSTS[2], "9", "27", "188",
]
WEIBO = [
    "芯片观察", "12-02 09:15 来自 Android", "Translation:", "Chip Observer", "Dec 2 09:15 from Android",
    "Friends at two cloud companies say procurement has been told to stop ordering the H20 and to justify any foreign chip against the Ascend 910C.",
    "Supply of the 910C is tight, so I expect the rule to bite state-owned firms first.",
    "Repost 1,102", "Comments 388", "Like 6,420",
]
TELEGRAM = [
    "Semis Daily Brief 🇨🇳", "18.9K subscribers",
    "🇨🇳 China's customs has stepped up checks on Nvidia H20 shipments at major ports, according to the Financial Times.",
    "Inspectors in Shanghai and Shenzhen are also looking for smuggled H100 and H200 processors.",
    "Source: Financial Times", "@semisdailybrief", "👁 9.1K",
]
LINKEDIN = [
    "Priya Raman", "• 2nd", "Semiconductor policy analyst | Export controls", "3d •", "Follow",
    "The first H20 licences are in, and the bottleneck has moved to Beijing, where buyers wait to see whether purchases will be discouraged.",
    "Plan capacity on the assumption that this does not last.",
    "Like", "Comment", "Repost", "Send",
]
FORUM = [
    "Forums › Hardware › Accelerators", "gpu_tinkerer", "Well-known member", "Joined: Mar 2021", "Messages: 1,284", "#1",
    "Our lab was offered RTX Pro 6000D cards at a decent price, but after the H20 guidance nobody wants to commit. Has anyone run 70B models on them?",
    "Any real numbers would be appreciated.",
    "Like", "Reply", "Report",
]
HEADLINE = "Nvidia wins US licences to sell H200 chips in China"
LEAD = (
    "Nvidia said on Tuesday it had received US licences to sell its H200 chips to approved customers in China, "
    "reversing a ban that had stood since April."
)
MORE = "The company did not say how many licences had been granted or when shipments would begin."
LAST = "Analysts said Chinese buyers would still weigh the risk that Beijing discourages purchases of the H200."


def source_of(lines, url=None):
    return normalise("\n".join([url, *lines] if url else lines)).meta["source"]


def test_a_thread_view_without_its_address_has_no_source_not_the_posters_name():
    result = normalise("\n".join(THREAD_VIEW))
    assert result.meta["source"] is None
    assert "Marco Vidal" not in result.body


def test_a_translated_weibo_post_is_on_weibo_not_the_accounts_name():
    # "12-02 09:15 来自 Android": Weibo's stamp naming the app the post was sent from
    assert source_of(WEIBO) == "Weibo"


def test_a_channel_post_crediting_an_outlet_is_sourced_to_the_platform_and_cites_the_outlet():
    result = normalise("\n".join(TELEGRAM))  # "👁 9.1K": Telegram's view counter under the post
    assert result.meta["source"] == "Telegram"
    assert result.meta["cites"] == ["Financial Times"]


def test_a_post_is_sourced_to_the_platform_its_address_names():
    assert source_of(THREAD_VIEW, "https://x.com/marcovidal_semis/status/1866112233") == "X"
    assert source_of(THREAD_VIEW, "https://mobile.twitter.com/marcovidal_semis/status/1866112233") == "X"
    assert source_of(LINKEDIN, "https://www.linkedin.com/posts/priya-raman_h20-activity-7270000000") == "LinkedIn"
    assert source_of(TELEGRAM, "https://t.me/semisdailybrief/4821") == "Telegram"
    assert source_of(WEIBO, "https://weibo.com/7312345678/PbXyZ12ab") == "Weibo"


def test_a_forum_post_at_an_unknown_forums_address_is_sourced_to_its_domain():
    assert source_of(FORUM, "https://forums.chiptalk.net/threads/rtx-pro-6000d.9912/") == "forums.chiptalk.net"
    assert source_of(FORUM) is None


def test_a_news_page_whose_byline_carries_a_handle_keeps_its_masthead_as_source():
    lines = ["Chip Policy Weekly", HEADLINE, "Jane Doe", "@janedoe", "December 9, 2025", LEAD, MORE, LAST]
    assert source_of(lines) == "Chip Policy Weekly"


def test_a_titled_reddit_post_is_sourced_to_reddit():
    title = "Are the RTX Pro 6000D cards actually any good for inference?"
    lines = ["r/hardware", "Posted by u/gpu_tinkerer", "5 hr. ago", title, *FORUM[6:8], "412", "Share"]
    assert source_of(lines, "https://www.reddit.com/r/hardware/comments/1abcde/") == "Reddit"


def test_a_capitalised_subheading_under_the_headline_never_names_the_site():
    for subheading in ("Beijing Pushes Back", "Buyers Hold Off", "What Comes Next"):
        result = normalise("\n".join([HEADLINE, subheading, LEAD, MORE, LAST]))
        assert result.meta["source"] is None, subheading
        assert subheading in result.body


def test_a_subheading_under_a_dek_never_names_the_site():
    dek = "Beijing has yet to say whether buyers may place orders."
    result = normalise("\n".join([HEADLINE, dek, "Beijing Pushes Back", LEAD, MORE, LAST]))
    assert result.meta["subtitle"] == dek
    assert result.meta["source"] is None


def test_a_site_name_among_the_byline_stamps_still_names_the_site():
    assert source_of([HEADLINE, "chipwirehub", "12/09/2025 5 min read", LEAD, MORE, LAST]) == "chipwirehub"
    assert source_of([HEADLINE, "09.12.2025 – 14:32 Uhr", "Halbleiter Heute", LEAD, MORE, LAST]) == "Halbleiter Heute"


def test_a_post_page_opening_on_the_platforms_one_letter_logo_is_sourced_to_the_platform():
    # "X" alone is as often a share or close button; as the first line of a post's page,
    # over the poster's name and handle, it is the platform's logo. (A handle too long for
    # X's shape, so that the logo alone names the platform: see
    # test_source_platform_counters_and_handles.py for the handle's own shape.)
    post = ["Wen Qiao", "@wenqiao_chips_and_policy", THREAD_VIEW_POSTS[1], "Dec 9, 2025"]
    assert source_of(["X", *post]) == "X"
    assert source_of(post) is None


def test_a_one_letter_line_over_an_articles_prose_is_no_platform_logo():
    assert source_of(["X", LEAD, MORE, LAST]) != "X"


def test_xs_stamp_with_the_posts_views_is_xs_furniture():
    post = ["Wen Qiao", "@wenqiao_chips", THREAD_VIEW_POSTS[1], "11:42 AM · Dec 3, 2025 · 48.2K Views"]
    assert source_of(post) == "X"
