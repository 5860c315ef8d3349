"""A post, thread, video or channel pasted without its address or its platform's logo still
shows whose page it is by the furniture only that platform prints around it: Hacker News'
"points by" line and its comment headers, a video's view count beside its date, a Telegram
channel's eye-and-count stamp, LinkedIn's buttons and reactions, Threads' heart count, a
Zhihu answer's upvotes; and, where the poster's block is all the page shows, the shape of
the poster's handle (X's). The platform ruling makes such a post the platform's, unless the
account is a known outlet's own; a logo naming the site outranks furniture another platform
prints too, and a link the post shares names no publisher. Pages are written as they paste
from each platform."""

from source_pages import source_of

POST_TEXT = (
    "Commerce has started issuing H20 licences to Nvidia, and two Shenzhen distributors say "
    "the first shipments are already booked for next month."
)
REPLY_TEXT = "Licences on paper are one thing; Beijing telling buyers to wait is another."


def test_a_hacker_news_story_dated_by_its_day_is_on_hacker_news():
    page = [
        "US starts issuing H20 licences to Nvidia (example-news.com)",
        "212 points by gridwatcher on Nov 3, 2025 | 141 comments", "",
        POST_TEXT, "",
        "▲ pkovac 2 hours ago | next [–]", REPLY_TEXT,
    ]
    assert source_of(page) == "Hacker News"


def test_a_hacker_news_comment_under_its_thread_links_is_on_hacker_news():
    page = ["mfarrow 5 hours ago | parent | next", "", POST_TEXT, "", "reply"]
    assert source_of(page) == "Hacker News"


def test_a_video_with_its_date_beside_its_views_is_on_youtube():
    page = [
        "Nvidia's H20 licences explained", "", "Chip Talk with Dana (independent)", "48.2K subscribers", "",
        "Nov 3, 2025 · 12,409 views", "", POST_TEXT, "", "0:00 Intro", "3:10 The licences",
    ]
    assert source_of(page) == "YouTube"


def test_a_video_on_an_outlets_channel_beside_its_audience_is_the_outlets():
    page = [
        "US starts issuing Nvidia H20 licences", "", "Markets Hour (Bloomberg)", "Bloomberg Television · 2.1M subscribers", "",
        "Nov 3, 2025 · 41K views", "", POST_TEXT,
    ]
    assert source_of(page) == "Bloomberg"


def test_a_telegram_channel_post_stamped_by_its_views_is_on_telegram():
    page = ["Shenzhen Chip Notes", "", POST_TEXT, "", "👁 3.1K · Nov 3, 2025 · 19:42"]
    assert source_of(page) == "Telegram"


def test_a_telegram_channel_named_over_its_kind_and_audience_is_on_telegram():
    page = ["📡 Shenzhen Chip Notes", "Channel · 12 408 subscribers", "", POST_TEXT, "", "Nov 3, 2025 at 19:42"]
    assert source_of(page) == "Telegram"


def test_a_linkedin_post_under_its_buttons_is_on_linkedin():
    page = ["Dana Whitfield", "Export compliance lead", "Nov 3, 2025", "", POST_TEXT, "", "Like · Comment · Repost"]
    assert source_of(page) == "LinkedIn"


def test_a_linkedin_post_with_its_reactions_and_comments_is_on_linkedin():
    page = ["Dana Whitfield", "Export compliance lead", "Nov 3, 2025", "", POST_TEXT, "", "👍 64 · 9 comments"]
    assert source_of(page) == "LinkedIn"


def test_a_post_with_its_heart_count_is_on_threads():
    page = ["dana.whitfield", "11/03/2025", "", POST_TEXT, "", "♡ 51  💬 6"]
    assert source_of(page) == "Threads"


def test_an_answer_with_its_upvotes_is_on_zhihu():
    page = ["芯片小陈", "发布于 2025-11-03 19:42", "", "商务部已开始向英伟达发放H20出口许可，深圳的两家分销商说首批货已经排到下个月。", "",
            "赞同 512 · 73 条评论"]
    assert source_of(page) == "Zhihu"


def test_a_post_under_its_posters_x_shaped_handle_is_on_x():
    page = ["Dana Whitfield", "@dwhit_chips", "", POST_TEXT, "", "Nov 3, 2025"]
    assert source_of(page) == "X"


def test_a_handle_beside_the_posters_name_and_stamp_is_x_shaped_too():
    page = ["Dana (chips) @dwhit_chips · Nov 3, 2025", POST_TEXT]
    assert source_of(page) == "X"


def test_a_handle_too_long_for_x_names_no_platform():
    page = ["Dana Whitfield", "@dana_whitfield_export_controls", "", POST_TEXT, "", "Nov 3, 2025"]
    assert source_of(page) != "X"


def test_a_reporters_handle_in_a_byline_names_no_platform():
    page = ["US starts issuing H20 licences to Nvidia", "By Dana Whit @dwhit", "Nov 3, 2025", "", POST_TEXT]
    assert source_of(page) != "X"


def test_the_platforms_logo_outranks_counts_another_platform_prints_too():
    page = ["Xueqiu 雪球", "@芯片小陈", "2025-11-03 19:42 来自 iPhone",
            "商务部已开始向英伟达发放H20出口许可，深圳的两家分销商说首批货已经排到下个月。", "转发 12  评论 48  赞 230"]
    assert source_of(page) == "Xueqiu"


def test_a_reddit_post_sharing_an_outlets_link_is_on_reddit():
    page = [
        POST_TEXT, "https://www.ft.com/content/us-h20-licences-nvidia",
        "— posted to r/hardware by u/gridwatcher, 3 Nov 2025",
    ]
    assert source_of(page) == "Reddit"


def test_a_reddit_header_with_the_posts_age_between_poster_and_subreddit_is_on_reddit():
    page = ["u/gridwatcher · 9 hr. ago · r/hardware · Nov 3 2025", POST_TEXT, "⬆ 412  💬 88"]
    assert source_of(page) == "Reddit"


def test_a_stock_chat_post_with_its_sentiment_tag_is_on_stocktwits():
    page = ["$NVDA", "Nvidia licences: what changes", "gridwatcher   Bearish", "11/03/2025 6:31 AM", "", POST_TEXT, "💬 12  ❤️ 30"]
    assert source_of(page) == "Stocktwits"


def test_a_tickers_stream_under_the_stocktwits_logo_is_on_stocktwits():
    page = ["$NVDA — Stocktwits", "gridwatcher", "", POST_TEXT, "", "Nov 3, 2025, 9:58 PM"]
    assert source_of(page) == "Stocktwits"


def test_a_story_under_its_writers_follow_button_and_reading_time_is_on_medium():
    page = [
        "What the H20 licences change for Chinese buyers", "Dana Whitfield · Follow", "6 min read · Nov 3, 2025", "",
        POST_TEXT, "", REPLY_TEXT, "", "Follow",
    ]
    assert source_of(page) == "Medium"


def test_a_blogs_masthead_outranks_a_reading_time_medium_prints_too():
    page = [
        "The Shenzhen Ledger", "", "What the H20 licences change for Chinese buyers", "6 min read · Nov 3, 2025", "",
        POST_TEXT, "", REPLY_TEXT, "", "© 2025 The Shenzhen Ledger",
    ]
    assert source_of(page) == "The Shenzhen Ledger"


def test_medium_footer_row_pasted_as_one_line_is_mediums():
    page = [
        "What the H20 licences change for Chinese buyers", "Dana Whitfield", "", POST_TEXT, "", REPLY_TEXT, "",
        "Help  Status  About  Careers  Press  Blog  Privacy  Terms  Text to speech",
    ]
    assert source_of(page) == "Medium"


def test_a_name_over_a_bluesky_handle_is_an_account_not_a_masthead():
    page = ["Dana Whitfield", "@dwhit.bsky.social", POST_TEXT, "Nov 3, 2025 at 7:42 PM", "Everybody can reply"]
    assert source_of(page) == "Bluesky"


def test_a_name_over_an_x_shaped_handle_under_the_post_heading_is_an_account():
    page = ["Post", "Dana Whitfield", "@dwhit_chips", "Washington approves Nvidia H20 licences ✅", POST_TEXT, "31.4K Views"]
    assert source_of(page) == "X"


def test_weibo_counts_in_either_order_name_weibo():
    page = ["@芯片小陈", "科技前线", "11月3日 2025 19:42", "商务部已开始向英伟达发放H20出口许可，深圳的两家分销商说首批货已经排到下个月。",
            "赞 5.3万  评论 4,211  转发 8,002"]
    assert source_of(page) == "Weibo"


def test_an_outlets_desk_over_its_handle_is_still_the_outlets_account():
    page = ["Reuters Tech News", "@ReutersTech", POST_TEXT, "9:14 PM · Nov 3, 2025"]
    assert source_of(page) == "Reuters"
