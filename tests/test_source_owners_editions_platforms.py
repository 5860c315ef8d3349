"""Which name on a page is its publisher when several compete: the logo the copyright repeats
over a section in the menu, an outlet over its owning company, edition or channel, the
show or site that describes itself, and the platform under a post or thread whose poster
is a person."""

import pytest

from chiptrail_normalise import outlets
from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.source import extract_author, extract_source, find_copyright

HEADLINE = "US weighs country caps on Nvidia AI chip exports to the Gulf"
DEK = "The framework would limit how many advanced accelerators each country could import."
LEAD = (
    "US officials are discussing a framework that would cap how many advanced AI chips could be shipped "
    "to individual countries, according to people familiar with the matter."
)
MORE = "The measures are intended to stop chips from being diverted to China through third countries."
LAST = "The Commerce Department declined to comment on the reports."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


def test_a_copyright_holder_with_a_year_range_after_it_is_read_without_the_years():
    assert find_copyright([LEAD, MORE, "© Interfax 1991–2025"])[1] == "Interfax"
    assert find_copyright([LEAD, MORE, "Copyright © Harbour Post 2004 - 2025. All rights reserved."])[1] == "Harbour Post"


@pytest.mark.parametrize(
    "footer, publication",
    [
        ("© 2025 Wafer Ledger, a Northgate Media company. All rights reserved.", "Wafer Ledger"),
        ("Copyright © 2025 Silicon Harbor, an Alden Digital company", "Silicon Harbor"),
        ("© 2025 Fab Report, a Lanyard Future brand. All rights reserved.", "Fab Report"),
    ],
)
def test_a_copyright_line_naming_the_owner_after_the_publication_is_the_publications(footer, publication):
    assert find_copyright([LEAD, MORE, LAST, footer])[1] == publication


def test_a_copyright_notice_closing_the_terms_of_use_names_its_holder():
    footer = "This material may not be published, broadcast, rewritten, or redistributed. ©2025 Bayline Press, LLC. All rights reserved."
    assert find_copyright([LEAD, MORE, footer])[1] == "Bayline Press"


def test_the_logo_the_copyright_repeats_wins_over_a_masthead_shaped_section_in_the_menu():
    page = ["The Meridian", "Home", "Gulf Times Daily", "Business", "Technology", HEADLINE, DEK, "Aug 14, 2025",
            LEAD, MORE, LAST, "Copyright © 2025 The Meridian. All rights reserved."]
    assert source_of(page) == "The Meridian"


@pytest.mark.parametrize(
    ("logo", "footer", "publisher"),
    [("Pacific Tech Press PTP", "Copyright © Pacific Tech Press Limited.", "Pacific Tech Press"),
     ("Export Control Office", "Copyright © Export Control Office, MOT", "Export Control Office")],
)
def test_a_logo_and_a_copyright_holder_differing_by_an_acronym_name_the_words_they_share(logo, footer, publisher):
    page = [logo, "Home", "Local News", "Politics", HEADLINE, "Aug 14, 2025", LEAD, MORE, LAST, footer]
    assert source_of(page) == publisher


def test_a_copyright_holders_tagline_under_a_known_outlets_logo_never_replaces_it():
    page = ["Focus Taiwan", "Central Wire English", "Politics", "Business", HEADLINE, "08/12/2024 05:47 PM",
            LEAD, MORE, LAST, "© 2024 Central Wire English. All Rights Reserved."]
    assert source_of(page) == "Focus Taiwan"


def test_a_writers_name_holding_the_copyright_never_outranks_the_newsletters_name():
    page = ["Lena Marsh", "Silicon Ledger Weekly", HEADLINE, "Aug 2, 2025", LEAD, MORE, "© 2025 Lena Marsh"]
    assert source_of(page, skip=frozenset({2})) == "Silicon Ledger Weekly"


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("Al Jazeera English", "Al Jazeera"), ("CNN International", "CNN"), ("Yahoo Finance UK", "Yahoo Finance"),
     ("Bloomberg Television", "Bloomberg"), ("DW News", "Deutsche Welle"), ("36Kr Europe", "36Kr")],
)
def test_an_outlets_edition_or_channel_is_the_outlet(name, outlet):
    assert outlets.known_name(name) == outlet


def test_a_logo_with_its_words_run_together_names_the_outlet():
    assert outlets.known_name("YahooFinance") == "Yahoo Finance"
    assert outlets.known_name("BNNBloomberg") == "BNN Bloomberg"
    assert outlets.known_name("Nvidia") is None


def test_an_outlets_video_channel_on_a_platform_is_the_outlet():
    page = ["Skip navigation", HEADLINE, "Al Jazeera English", "14.2M subscribers", "Subscribe", "Jul 15, 2025",
            LEAD, MORE, LAST]
    assert normalise("\n".join(page)).meta["source"] == "Al Jazeera"


def test_a_page_address_without_its_scheme_names_the_site_over_its_owning_company():
    page = ["scmp.com/tech/policy/article/3301234/us-weighs-country-caps", "SC", HEADLINE, "By Jane Doe",
            LEAD, MORE, LAST, "Copyright © 2025 Harbourfront Digital Ltd. All rights reserved."]
    assert source_of(page) == "South China Morning Post"


def test_a_site_naming_its_owner_in_the_footer_is_the_publisher_of_a_wire_story():
    page = [HEADLINE, "Published May 13, 2025", f"(Reuters) — {LEAD}", MORE, LAST, "©2025 Reuters",
            "Yahoo Finance is part of the Yahoo family of brands.", "Privacy"]
    assert source_of(page) == "Yahoo Finance"


def test_a_podcasts_name_over_the_episode_date_is_the_show_not_its_author():
    page = ["Wafer Talk", "Episodes", "About", "Ep. 12: Country caps and the Gulf", "Wafer Talk", "Published Aug 15, 2025",
            "[00:00] ANA: Welcome back to Wafer Talk. This week, country caps.", LEAD, MORE, "© 2025 Wafer Talk. All rights reserved."]
    result = normalise("\n".join(page))
    assert result.meta["source"] == "Wafer Talk"
    assert result.meta.get("author") != "Wafer Talk"
    assert extract_author(page, skip=frozenset({3})).value is None


def test_a_domain_under_a_forum_posts_title_is_the_shared_links_not_the_pages():
    page = ["r/chipdesign", "•", "5 hr. ago", "waferwatcher", HEADLINE, "News", "reuters.com", "Open", LEAD, MORE,
            "Upvote", "Reddit, Inc. © 2025. All rights reserved."]
    assert normalise("\n".join(page)).meta["source"] == "Reddit"


def test_a_hacker_news_thread_is_sourced_to_hacker_news():
    page = ["Hacker News new | past | comments | ask | show | jobs | submit login",
            "Ask HN: Will country caps on AI chips stop diversion to China?",
            "142 points by fab_lurker 5 hours ago | hide | past | favorite | 88 comments", LEAD, MORE, LAST]
    result = normalise("\n".join(page))
    assert result.meta["source"] == "Hacker News"
    assert result.meta["title"] == "Ask HN: Will country caps on AI chips stop diversion to China?"


def test_a_copied_telegram_message_is_a_post_on_telegram():
    page = ["Gulf Compute Notes", "Gulf Compute Notes, [14.05.2025 9:41]", "⚡️ Country caps are back on the table", LEAD,
            MORE, "👁 4.1K", "edited 9:50"]
    result = normalise("\n".join(page))
    assert result.meta["source"] == "Telegram"
    assert result.meta["title"] == "Country caps are back on the table"
    assert "Country caps are back on the table" in result.body


def test_a_persons_post_on_medium_is_sourced_to_medium():
    page = [HEADLINE, "Lena Hofmann", "Follow", "6 min read", "·", "Aug 14, 2025", LEAD, MORE, LAST]
    assert source_of(page, url="https://medium.com/@lena.chips/country-caps-6b2f1e9c4a01") == "Medium"


def test_an_outlets_channel_at_a_video_platforms_address_is_the_outlet():
    page = ["Skip navigation", HEADLINE, "CNBC Television", "2.1M subscribers", "Subscribe", "Jul 15, 2025", LEAD, MORE, LAST]
    assert source_of(page, url="https://www.youtube.com/watch?v=AbC123xyz") == "CNBC"


def test_a_persons_video_at_a_video_platforms_address_is_the_platforms():
    page = ["Skip navigation", HEADLINE, "Chip Talk with Dana", "12K subscribers", "Subscribe", "Jul 15, 2025", LEAD, MORE, LAST]
    assert source_of(page, url="https://www.youtube.com/watch?v=AbC123xyz") == "YouTube"


def test_a_post_on_an_outlets_own_account_is_the_outlets():
    page = ["Reuters", "@Reuters", "·", "2h", "Nvidia wins US licences to sell H200 chips in China, sources say.", MORE, "Post your reply"]
    assert source_of(page, url="https://x.com/Reuters/status/1866112233") == "Reuters"


def test_a_byline_crediting_a_publications_staff_never_makes_its_name_a_writers():
    page = ["Skip to content", "Semiwatch Asia", "Home  News  Chips  Policy", HEADLINE, "July 15, 2025",
            "By Semiwatch Asia Staff, with Reuters", f"WASHINGTON (Reuters) - {LEAD}", MORE, LAST,
            "© 2025 Semiwatch Asia. All rights reserved."]
    assert normalise("\n".join(page)).meta["source"] == "Semiwatch Asia"


def test_a_link_without_scheme_further_down_the_top_is_the_storys_link_not_the_pages_address():
    page = ["Silicon Pulse Daily", HEADLINE, "By Jane Doe", "youtube.com/watch?v=AbC123xyz", LEAD, MORE, LAST]
    assert source_of(page) == "Silicon Pulse Daily"


def test_a_company_holder_whose_name_closes_the_logos_name_owns_the_publication_the_logo_names():
    """"© 2026 Upside Media, Inc." under the logo "The Morning Upside": the company named its
    newsletter after itself; the page names the publication, not the company."""
    story = [LEAD, MORE, "Chinese buyers had placed orders worth billions before the pause.", LAST] * 3
    lines = ["The Morning Upside", "Newsletter", "Markets", "Business", "Tech", HEADLINE, "By Jane Doe", *story,
             "Disclaimer: The Morning Upside is for informational purposes only.", "© 2026 Upside Media, Inc."]
    assert source_of(lines) == "The Morning Upside"

