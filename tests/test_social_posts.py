"""A post page is told from an article by the poster's furniture over its text; the
platform comes from the address; a thread view's repeated profile is not the post's text."""

from chiptrail_normalise.line_shapes import page_top
from chiptrail_normalise.social_posts import is_post_page, page_post_start, platform_of, post_start, profile_repeats
from chiptrail_normalise.text import top_lines

POST = "The first H20 licences are in, and the bottleneck has moved to Beijing, where buyers wait for a signal."
MORE = "Plan capacity on the assumption that this does not last, because the rules have changed three times this year."
HEADLINE = "Nvidia wins US licences to sell H200 chips in China"


def test_text_under_a_handle_and_a_post_stamp_is_a_post():
    assert is_post_page(["Priya Raman", "@priyaraman", "3d •", POST, MORE])


def test_a_numbered_thread_is_a_post_even_without_a_profile():
    assert is_post_page(["1/ Short thread on the H20 licences", "2/ " + POST, "3/ " + MORE])


def test_a_headline_over_a_byline_with_a_handle_is_an_article():
    assert not is_post_page([HEADLINE, "Jane Doe", "@janedoe", "December 9, 2025", POST, MORE])


def test_an_article_opening_with_prose_is_no_post():
    assert not is_post_page([POST, MORE])


def test_the_post_starts_under_the_accounts_name_and_furniture():
    lines = ["Priya Raman", "Semiconductor policy analyst", "2w •", "Follow", POST, MORE]
    assert post_start(top_lines(lines, 30)) == 4


def test_a_thread_views_repeated_profile_lines_are_found_under_the_post_start():
    lines = ["Lena Hart", "@lenahart", "Dec 9", POST, "Lena Hart", "@lenahart", "Dec 9", MORE]
    assert profile_repeats(lines, 3) == [4, 5, 6]


def test_platforms_are_named_by_their_domains_and_subdomains():
    assert platform_of("https://x.com/lenahart/status/1") == "X"
    assert platform_of("https://twitter.com/lenahart/status/1") == "X"
    assert platform_of("https://mobile.twitter.com/lenahart/status/1") == "X"
    assert platform_of("https://www.linkedin.com/posts/priya-raman_h20") == "LinkedIn"
    assert platform_of("https://t.me/chipwardaily/4821") == "Telegram"
    assert platform_of("https://m.weibo.cn/status/PbXyZ") == "Weibo"
    assert platform_of("https://bsky.app/profile/lenahart.bsky.social/post/3k") == "Bluesky"


def test_news_sites_and_lookalike_domains_are_no_platforms():
    assert platform_of("https://www.reuters.com/technology/nvidia-h20") is None
    assert platform_of("https://notx.com/story") is None
    assert platform_of("not an address") is None



def test_a_chat_export_starts_at_the_first_message_under_its_sender_and_time():
    for header in ("Maya Chen  9:12 AM", "maya — Today at 9:12 AM"):
        lines = ["#china-chips", "42 members", "Today", header, POST, "Dan Ortiz 9:20 AM", MORE]
        assert post_start(top_lines(lines, 30)) == 4, header


def test_a_pages_post_start_is_that_of_its_top_lines():
    lines = ["Priya Raman", "@priyaraman", "3d •", POST, MORE]
    assert page_post_start(tuple(lines)) == post_start(page_top(lines)) == 3
    assert page_post_start((HEADLINE, POST, MORE)) is None


def test_a_pages_top_is_read_once_and_each_caller_gets_its_own_list():
    lines = ["Priya Raman", "@priyaraman", "3d •", POST, MORE]
    first = page_top(lines)
    first.clear()  # a caller's own list: emptying it changes no later answer
    assert page_top(list(lines)) == [(0, "Priya Raman"), (1, "@priyaraman"), (2, "3d •"), (3, POST), (4, MORE)]
    assert page_top(["Other", *lines[1:]])[0] == (0, "Other")  # other lines, another answer


def test_a_display_name_over_a_bare_handle_is_the_account_not_a_headline():
    """A network prints the poster's name ("Dr. Lena Zhou", shaped like a headline) over
    their handle, and the post's stamp under its text: with no headline above the name,
    the post's first line is its text."""
    lines = ["Home", "Explore", "Conversation", "Dr. Lena Zhou", "@lenazhou_tech", POST, MORE, "10:42 PM · Jul 31, 2025"]
    assert post_start(page_top(lines)) == 5
