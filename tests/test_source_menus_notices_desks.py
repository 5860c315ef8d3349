"""The publisher among a page's menus, notices and credits: a section between menu
entries is no site name, a reprint notice over the masthead is no story, a copyright
line may put "Copyright" after the year, and a staff byline confirms the logo's name."""

from chiptrail_normalise.pipeline import normalise
from source_pages import source_of

HEADLINE = "China summons Nvidia over 'security risks' in H20 chips"
LEAD = ("China's cyberspace regulator said Thursday it had summoned representatives of Nvidia over "
        "what it called serious security issues with a chip the company sells in the country.")
MORE = "The regulator cited demands by US lawmakers that exported chips carry tracking features."
LAST = "Nvidia did not immediately respond to a request for comment on the summons."


def test_a_section_between_menu_entries_is_not_the_site_and_the_copyright_line_names_it():
    lines = ["Skip to main content", "Riverside 24 - International breaking news and headlines",
             "Africa", "Europe", "Asia-Pacific", "Business / Tech", "Sport",
             HEADLINE, LEAD, MORE, LAST,
             "© 2025 Copyright Riverside 24 - All rights reserved."]
    assert source_of(lines) == "Riverside 24"


def test_a_reprint_notice_over_the_masthead_does_not_hide_the_masthead():
    notice = ("This copy is for your personal, non-commercial use only. Distribution and use of this "
              "material are governed by our Subscriber Agreement and by copyright law.")
    lines = ["Skip to Main Content", notice, "Barron's", "Subscribe", "Sign In",
             HEADLINE, LEAD, MORE, LAST, "Copyright ©2025 Dow Jones & Company, Inc. All Rights Reserved."]
    assert source_of(lines) == "Barron's"


def test_a_staff_byline_naming_the_logo_confirms_it_over_a_tagline():
    lines = ["Coastwire", "Harbour Business News", "Home", "Tech", HEADLINE,
             "By Coastwire correspondent", LEAD, MORE, LAST]
    assert source_of(lines) == "Coastwire"


def test_a_correspondents_place_in_the_byline_is_not_the_publisher():
    lines = ["MERIDIAN TECH REVIEW", HEADLINE, "By Sophie Lemaire, Brussels correspondent", LEAD, MORE, LAST,
             "© 2025 Meridian Tech Review"]
    assert source_of(lines) == "Meridian Tech Review"


def test_a_footer_holder_in_initials_names_the_logo_that_spells_them_out():
    lines = ["Mail & Guardian", "Africa's better future", "News", "Business", HEADLINE, LEAD, MORE, LAST,
             "Subscribe to the M&G", "© 2025 M&G Media Ltd"]
    assert source_of(lines) == "Mail & Guardian"


VIDEO_PAGE = ["Skip navigation", "Search", "Sign in", "The H20 Story: How Nvidia Lost China (Explained)",
              "{channel}", "47.9K subscribers", "Subscribe", "Share", "23K views  3 months ago", LEAD, MORE, LAST]


def test_a_video_on_an_independent_channel_is_the_platforms():
    lines = [line.format(channel="ByteSized Compute") for line in VIDEO_PAGE]
    result = normalise("\n".join(lines))
    assert result.meta["source"] == "YouTube"
    assert "23K views" not in result.body


def test_a_video_on_an_outlets_own_channel_is_the_outlets():
    assert source_of([line.format(channel="CNBC Television") for line in VIDEO_PAGE]) == "CNBC"


def test_a_podcast_naming_itself_on_a_hosts_page_is_its_own_source():
    lines = ["Spotify", "Premium", "Support", "Download", "Huawei's Ascend problem: yields, not design",
             "The Silicon Curtain", LEAD, MORE, LAST,
             "The Silicon Curtain is an independent podcast on technology and geopolitics.",
             "See all episodes", "© 2025 Spotify AB"]
    assert source_of(lines) == "The Silicon Curtain"


def test_a_publication_named_among_menu_entries_is_a_section_and_pty_ltd_is_a_legal_form():
    lines = ["Moneyweb", "Subscribe", "News", "Economy", "Companies", "Podcasts", "Moneyweb Insider",
             "Companies And Deals", HEADLINE, LEAD, MORE, LAST, "© 1997-2025 Moneyweb (Pty) Ltd. All rights reserved."]
    assert source_of(lines) == "Moneyweb"


def test_a_logo_in_capitals_is_named_as_the_footer_prints_it():
    lines = ["CASTELLANE BROOKS", "Insights", "Client alert", HEADLINE, LEAD, MORE, LAST,
             "© 2025 Castellane Brooks LLP"]
    assert source_of(lines) == "Castellane Brooks LLP"


def test_a_logo_in_capitals_over_a_footer_adding_the_companys_country_is_named_without_the_country():
    lines = ["TIME", "Subscribe", "Tech", HEADLINE, LEAD, MORE, LAST, "© 2025 TIME USA, LLC. All Rights Reserved."]
    assert source_of(lines).lower() == "time"


def test_a_platforms_name_as_the_pages_first_line_names_the_platform():
    lines = ["Weibo", "Home", "Hot", "Search Weibo", "Weibo article",
             "H200 is allowed to enter the country, ByteDance and Tencent approved to purchase",
             "Tech blogger Xiaochen", LEAD, MORE, LAST]
    assert source_of(lines) == "Weibo"


def test_a_copyright_notice_followed_by_a_disclaimer_still_names_the_holder():
    lines = ["TICKERBEAT", "Markets", "Stocks", HEADLINE, LEAD, MORE, LAST, "Advertise", "Terms",
             "© 2025 Tickerbeat Media LLC. Market data provided by third parties. Not investment advice."]
    assert source_of(lines) == "Tickerbeat"
