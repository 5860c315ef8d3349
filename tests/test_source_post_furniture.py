"""A post pasted without its address still shows which platform it was posted on: the
platform's own post-page furniture (the "Post" heading over the poster on X, a handle
under bsky.social, a Weibo stamp naming the app it was sent from, Threads' log-in prompt
under the replies). The same lines under a post an article embeds name no publisher.
Pages are written as they paste from each platform or news site."""

import pytest

from chiptrail_normalise.pipeline import normalise
from source_pages import source_of

POST_TEXT = (
    "Commerce has started issuing H20 licences to Nvidia, and two Shenzhen distributors say "
    "the first shipments are already booked for next month."
)


def test_an_x_post_under_its_post_heading_is_on_x():
    page = ["Post", "", "Conversation", "", "Dana Whitfield", "@dwhitfield_chips", "", POST_TEXT, "", "Nov 3, 2025"]
    assert source_of(page) == "X"


def test_an_x_post_stamped_in_x_format_is_on_x():
    page = ["Follow", "", "Dana Whitfield", "@dwhitfield_chips", "", POST_TEXT, "", "7:42 PM · 3 Nov 2025"]
    assert source_of(page) == "X"


def test_a_post_by_a_bluesky_handle_is_on_bluesky():
    page = ["Dana Whitfield", "@dwhitfield.bsky.social", "", POST_TEXT, "", "November 3, 2025 at 7:42 PM", "Everybody can reply"]
    assert source_of(page) == "Bluesky"


def test_a_post_stamped_with_the_weibo_app_it_came_from_is_on_weibo():
    page = ["芯片小陈", "2025-11-3 19:42 来自 iPhone客户端",
            "商务部已开始向英伟达发放H20出口许可，深圳的两家分销商说首批货已经排到下个月。", "转发 120   评论 48   赞 903"]
    assert source_of(page) == "Weibo"


def test_a_threads_post_with_the_log_in_prompt_under_it_is_on_threads():
    page = ["dana.whitfield", "2h", POST_TEXT, "14", "3", "Log in to see more replies.", "Threads Terms  Privacy Policy  Cookies Policy"]
    assert source_of(page) == "Threads"


def test_an_outlets_own_account_is_still_the_outlets():
    page = ["Post", "", "Conversation", "", "Reuters", "@Reuters", "", POST_TEXT, "", "7:42 PM · Nov 3, 2025"]
    assert source_of(page) == "Reuters"


def test_an_embedded_post_in_an_article_does_not_make_x_its_source():
    page = [
        "Chip Ledger", "Politics  Markets  Tech  Opinion",
        "US begins issuing Nvidia H20 licences as first shipments are booked",
        "By Mara Quint", "November 4, 2025",
        "The Commerce Department has begun issuing licences for Nvidia's H20, according to two people familiar with the matter.",
        "Dana Whitfield", "@dwhitfield_chips", POST_TEXT, "7:42 PM · Nov 3, 2025",
        "Nvidia declined to comment on the timing of shipments, which distributors say could begin next month.",
        "Conversation",
        "© 2025 Chip Ledger",
    ]
    assert source_of(page) == "Chip Ledger"


def test_an_address_bar_with_a_handle_in_its_path_names_the_platform():
    page = ["threads.net/@dana.whitfield/post/Cx81kKjT3p", "dana.whitfield", "11/03/25", POST_TEXT, "8", "2", "Reply"]
    assert source_of(page) == "Threads"


# A post not read as one (no poster's furniture over its text) still names its platform,
# and when nothing else names a publisher that is its source.

def test_a_reddit_post_whose_header_line_names_subreddit_and_poster_is_on_reddit():
    page = ["r/semis • Posted by u/wafer_counter • 3 days ago", "", POST_TEXT, "", "88 upvotes · 19 comments"]
    assert source_of(page) == "Reddit"


def test_a_reddit_post_signed_with_its_subreddit_and_poster_under_it_is_on_reddit():
    page = [POST_TEXT, "— posted to r/chipstocks by u/long_the_fabs, 4 Nov 2025"]
    assert source_of(page) == "Reddit"


def test_a_subreddit_named_with_its_counts_heads_a_reddit_post():
    page = ["Licences are out — discussion thread", "r/semis · 940 upvotes", "", POST_TEXT]
    assert source_of(page) == "Reddit"


def test_a_weibo_post_stamped_with_the_phone_it_was_sent_from_is_on_weibo():
    page = ["芯片小陈", "25-11-3 19:42 来自 iPhone 15",
            "商务部已开始向英伟达发放H20出口许可，深圳的两家分销商说首批货已经排到下个月。", "转发 120   评论 48   赞 903"]
    assert source_of(page) == "Weibo"


def test_a_truth_social_post_with_its_retruth_count_is_on_truth_social():
    page = ["Dana Whitfield", "@dwhitfield", POST_TEXT, "Nov 3, 2025, 7:42 PM", "2.1k ReTruths  9.8k Likes"]
    assert source_of(page) == "Truth Social"


def test_a_post_attributed_to_a_handle_on_a_platform_is_on_that_platform():
    assert source_of(["@fab_watcher on Bluesky", "", POST_TEXT]) == "Bluesky"
    assert source_of(["Chip Tracker (@chip_tracker) · X", "Nov 3, 2025", "", POST_TEXT]) == "X"
    assert source_of([POST_TEXT, "— Mastodon · mastodon.social/@fab_watcher", "Nov 3, 2025, 19:42"]) == "Mastodon"


def test_a_sentence_naming_a_platform_beside_a_handle_names_no_source():
    page = ["Export rules", "", "Dana Whitfield wrote to @commercegov on X that the licences had arrived, "
            "and the company confirmed the news to reporters on Monday afternoon.", "", POST_TEXT]
    assert source_of(page) is None


def test_a_bluesky_handle_stamped_on_its_own_line_is_on_bluesky():
    page = ["Dana Whitfield @dwhitfield.bsky.social · Nov 3, 2025", POST_TEXT]
    assert source_of(page) == "Bluesky"


def test_an_outlet_link_a_post_shares_is_not_the_posts_source():
    page = ["Post", "", "Dana Whitfield", "@dwhitfield_chips", POST_TEXT, "ft.com",
            "US begins issuing H20 licences to Nvidia", "12:08 PM · Aug 12, 2025"]
    assert source_of(page) == "X"


# Guards from the review of round 21's rules (synthetic probes).

NEWS_STORY = [
    "Chipmakers brace for another round of memory price rises", "", "By Lena Ortiz", "", "March 3, 2025", "",
    "Memory makers told customers this week that contract prices for DRAM would climb again in the second quarter, "
    "according to three distributors in Shenzhen.", "",
]
NEWS_MORE = ["Analysts at two brokerages said the increases reflect tight supply of high-bandwidth memory used in "
             "Nvidia's accelerators."]


def test_a_news_sentence_quoting_a_reddit_user_neither_makes_the_page_reddits_nor_leaves_the_body():
    quote = "One user, u/fab_watcher, wrote on r/hardware that prices would rise again."
    result = normalise("\n".join([*NEWS_STORY, quote, "", *NEWS_MORE]))
    assert result.meta["source"] is None
    assert "wrote on r/hardware that prices would rise again." in result.body


ARTICLE = [
    "US begins issuing Nvidia H20 licences as first shipments are booked", "", "By Mara Quint", "", "November 4, 2025", "",
    "The Commerce Department has begun issuing licences for Nvidia's H20, according to two people familiar with "
    "the matter, and shipments could start next month.", "",
]
ARTICLE_MORE = ["Nvidia declined to comment on the timing of shipments, which distributors say could begin next month.", ""]


@pytest.mark.parametrize(
    "page",
    [
        [*ARTICLE, *ARTICLE_MORE, "Post", "", "Conversation"],
        [*ARTICLE, "Dana Whitfield", "@dwhitfield_chips", "Commerce has started issuing H20 licences.",
         "9:47 AM · Aug 12, 2025", "", *ARTICLE_MORE],
        [*ARTICLE, *ARTICLE_MORE, "Follow Dana Whitfield (@danawhit) on X"],
        [*ARTICLE, *ARTICLE_MORE, "Dana Whitfield is on Bluesky at @danawhit.bsky.social"],
    ],
    ids=["share-widgets", "embedded-post-stamp", "follow-the-reporter", "reporter-is-on-bluesky"],
)
def test_a_platforms_widgets_embeds_or_a_reporters_handle_under_an_article_name_no_publisher(page):
    assert source_of(page) is None


def test_an_invitation_to_follow_over_a_post_is_not_its_furniture():
    assert source_of(["Follow Dana Whitfield (@danawhit) on X", "", POST_TEXT]) is None


@pytest.mark.parametrize("key", ["Link", "URL"])
def test_a_link_shared_over_a_reddit_post_is_not_the_posts_source(key):
    page = [f"{key}: https://www.reuters.com/technology/us-begins-issuing-h20-licences-2025-08-12/",
            "Posted by chipwatcher_88 in r/hardware", "", POST_TEXT, "", "88 upvotes · 19 comments"]
    assert source_of(page) == "Reddit"
