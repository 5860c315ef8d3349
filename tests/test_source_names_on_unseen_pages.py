"""Whose name is the publisher: never a person's, an outlet's rather than its paywall
product's, a platform's for a post, the republishing site's rather than the wire's, the
site's rather than a section's."""

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.source import extract_author, extract_source

HEADLINE = "Nvidia gets H20 licences in unusual revenue deal, but Beijing tells firms to hold off"
DEK = "Export fees and security worries pull the China chip business in opposite directions."
LEAD = (
    "Nvidia and AMD have begun receiving US export licences to sell their China-specific AI chips, "
    "but only after agreeing to hand 15 percent of the revenue to the federal government."
)
MORE = "Chinese authorities have meanwhile urged companies to avoid the H20 for government-related work."
LAST = "Nvidia said it follows the rules the US government sets for its participation in worldwide markets."


def source_of(lines, **kwargs):
    return normalise("\n".join(lines), **kwargs).meta["source"]


def test_a_writers_name_stamped_beside_the_date_under_the_headline_is_the_author_never_the_publisher():
    lines = [HEADLINE, DEK, "Mara Quintero – Aug 12, 2025 5:05 PM", LEAD, MORE, LAST,
             "Mara Quintero Senior Policy Reporter", "Mara is a senior policy reporter for Ars Technica."]
    result = normalise("\n".join(lines))
    assert result.meta["author"] == "Mara Quintero"
    assert result.meta["source"] == "Ars Technica"


def test_a_name_and_date_stamp_right_under_the_headline_is_the_byline():
    lines = [HEADLINE, "Mara Quintero | Aug 12, 2025", LEAD, MORE, LAST, "Mara Quintero writes about chips for Wired."]
    assert extract_author(lines, skip=frozenset({0})).value == "Mara Quintero"
    assert source_of(lines) == "Wired"


def test_a_bio_going_on_after_the_outlets_name_still_names_it():
    bio = "Mara Quintero is a senior policy reporter at Ars Technica, tracking the impacts of tech policy."
    assert source_of([HEADLINE, DEK, "Mara Quintero – Aug 12, 2025", LEAD, MORE, LAST, bio]) == "Ars Technica"


def test_a_site_stamp_with_a_publications_word_under_the_headline_still_names_the_site():
    assert source_of([HEADLINE, "Semiconductor Today Asia · 2 hours ago", LEAD, MORE, LAST]) == "Semiconductor Today Asia"


def test_a_site_stamp_over_the_headline_is_never_taken_for_a_byline():
    assert extract_author(["Tech Wire Asia | Aug 22, 2025", HEADLINE, LEAD, MORE], skip=frozenset({1})).value is None


def test_an_outlets_subscription_product_in_the_menu_names_the_outlet():
    lines = ["English", "Hindi", "Moneycontrol PRO", "Markets", HEADLINE, "August 09, 2025 / 07:52 IST", LEAD, MORE, LAST]
    assert source_of(lines) == "Moneycontrol"


def test_a_republishers_copyright_wins_over_the_wire_copyright_set_above_it():
    footers = ["Copyright 2025 The Associated Press. All rights reserved.", "© 2025 The Columbian Publishing Co."]
    lines = ["Subscribe", HEADLINE, "By Associated Press", "SAN FRANCISCO (AP) — " + LEAD, MORE, LAST, *footers]
    assert source_of(lines) == "The Columbian"


def test_a_republishers_name_over_its_menu_wins_over_the_agency_of_byline_and_dateline():
    lines = ["The Columbian", "Subscribe", "News", "Sports", "Business", HEADLINE, "By Associated Press",
             "SAN FRANCISCO (AP) — " + LEAD, MORE, LAST, "Copyright 2025 The Associated Press. All rights reserved."]
    assert source_of(lines) == "The Columbian"


def test_a_step_of_the_breadcrumb_under_it_is_a_section_never_the_site():
    lines = ["Home", "About", "Spokesperson's Remarks", "Home › Spokesperson's Remarks › Transcripts", HEADLINE,
             "October 17, 2023", LEAD, MORE]
    assert source_of(lines) is None


def test_an_institutions_logo_in_capitals_is_the_source_spelt_as_its_text_prints_it():
    release = "WASHINGTON – Today, the Department of Commerce's Bureau of Industry and Security (BIS) released two rules."
    lines = ["Skip to main content", "An official website of the United States government", "Here's how you know",
             "BUREAU OF INDUSTRY AND SECURITY", "U.S. DEPARTMENT OF COMMERCE", "Home", "Newsroom",
             "Home › Newsroom › Press Releases", HEADLINE, "October 17, 2023", release, LEAD, MORE]
    assert source_of(lines) == "Bureau of Industry and Security"


def test_a_shouted_logo_over_the_menu_is_the_source_in_title_case_over_the_wire_it_republishes():
    lines = ["THE SPOKESMAN-REVIEW", "Subscribe", "News", "Business", HEADLINE, "By Associated Press",
             "WASHINGTON (AP) — " + LEAD, MORE, LAST, "Copyright 2025 The Associated Press. All rights reserved."]
    assert source_of(lines) == "The Spokesman-Review"


def test_a_shouted_first_line_the_text_never_spells_is_a_kicker_not_the_source():
    assert source_of(["CHIP WARS EXPLAINED", HEADLINE, "October 17, 2023", LEAD, MORE, LAST]) is None


def test_a_forum_page_without_its_address_is_sourced_to_the_forum_its_furniture_shows():
    title = "Why does the RTX Pro 6000D even exist? Thoughts on Nvidia's China lineup"
    lines = ["Skip to main content", "r/hardware", "Search in r/hardware", "Log In", "r/hardware", "•", "4 mo. ago",
             "silicon_tariff_watch", title, "Discussion", LEAD, MORE, "u/NoFlyingDies", "•", "4mo ago", LAST]
    assert source_of(lines) == "Reddit"


def test_a_linkedin_post_without_its_address_is_sourced_to_linkedin_not_to_the_posters_header():
    lines = ["Skip to main content", "LinkedIn", "Articles", "People", "Join now", "Sign in", "Rafael Dunmore’s Post",
             "Rafael Dunmore", "Semiconductor supply chain analyst | ex-foundry | Views my own", "2w",
             "Report this post", LEAD, MORE, LAST, "Like", "Comment", "Repost"]
    assert source_of(lines) == "LinkedIn"


def test_a_known_platforms_furniture_is_kept_out_of_the_site_name_lines():
    field = extract_source(["Rafael Dunmore’s Post", HEADLINE, "Aug 12, 2025", LEAD, MORE, LAST], skip=frozenset({1}))
    assert field.value == "LinkedIn"


def test_a_newsletters_name_over_the_date_where_a_byline_would_stand_is_no_writer_but_the_publisher():
    lines = ["The Rack Report", "Home", "Posts", "Subscribe", HEADLINE, DEK, "The Rack Report", "November 06, 2025",
             LEAD, MORE, LAST, "© 2025 The Rack Report", "Powered by beehiiv"]
    result = normalise("\n".join(lines))
    assert result.meta.get("author") is None
    assert result.meta["source"] == "The Rack Report"


def test_a_pictures_copyright_in_the_footer_never_names_the_publisher():
    for credit in ("© 2025 Getty Images", "© Alex Wong/Getty Images"):
        assert source_of([HEADLINE, "Aug 12, 2025", LEAD, MORE, LAST, credit]) is None, credit


def test_an_official_bodys_name_as_the_pages_first_line_is_the_source_though_its_release_names_it():
    release = "WASHINGTON – Today, the Department of Commerce's Bureau of Industry and Security (BIS) released two rules."
    lines = ["An official website of the United States government", "Bureau of Industry and Security",
             "U.S. DEPARTMENT OF COMMERCE", "Home", HEADLINE, "October 17, 2023", release, LEAD, MORE]
    assert source_of(lines) == "Bureau of Industry and Security"


def test_an_official_bodys_long_full_name_or_one_ending_on_its_institution_word_over_the_menu_is_the_source():
    for name in ("Ministry of Foreign Affairs of the People's Republic of China",
                 "United States Senate Committee on Banking, Housing, and Urban Affairs",
                 "House Committee on Foreign Affairs", "International Trade Administration"):
        lines = ["Skip to content", name, "Home", "About", "Press Releases", HEADLINE, "October 17, 2023", LEAD, MORE]
        assert source_of(lines) == name, name


def test_a_language_switch_under_its_label_is_furniture_over_the_official_bodys_name():
    lines = ["Skip to main content", "Language: Bahasa Malaysia | English", "Ministry of Investment, Trade and Industry",
             "MITI", "Home", "About Us", "Trade", "Investment", "Media", HEADLINE, "October 17, 2023", LEAD, MORE]
    assert source_of(lines) == "Ministry of Investment, Trade and Industry"


def test_the_first_line_over_a_menu_set_one_entry_a_line_names_the_site_though_its_text_names_it_too():
    menu = ["Politics", "Governance", "Economy", "Defence", "India", "World"]
    disclaimer = "This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content."
    lines = ["ThePrint", *menu, HEADLINE, "Aug 12, 2025", LEAD, MORE, LAST, disclaimer,
             "Copyright © 2025 Printline Media Pvt. Ltd. All rights reserved."]
    assert source_of(lines) == "ThePrint"


def test_the_logo_over_a_menu_column_wins_over_a_section_name_shaped_like_a_masthead_further_down():
    menu = ["Search", "Investing", "Stocks", "Markets", "News", "Personal Finance", "Economy"]
    lines = ["Investopedia", *menu, "Markets News", HEADLINE, "By", "Kara Dempsey", "Updated December 09, 2025",
             LEAD, MORE, LAST, "Investopedia is part of the People Inc. publishing family."]
    assert source_of(lines) == "Investopedia"


def test_a_section_joined_by_and_as_the_first_line_is_no_institution():
    assert source_of(["Markets and Trade Policy", "Home", HEADLINE, "October 17, 2023", LEAD, MORE, LAST]) is None


def test_a_wire_agencys_name_on_its_own_line_gives_way_to_the_republishers_copyright():
    lines = ["BUSINESS / TECH", HEADLINE, "Bloomberg", "SHARE", LEAD, MORE, LAST, "© The Japan Times"]
    assert source_of(lines) == "The Japan Times"


def test_a_site_promoting_its_own_newsletter_or_product_names_itself():
    for prompt, publisher in [
        ("Enjoying this story? Sign up for the Asia Tech Review morning newsletter.", "Asia Tech Review"),
        ("Subscribe to CNBC PRO", "CNBC"),
        ("More from Houston Tech Journal", "Houston Tech Journal"),
    ]:
        assert source_of([HEADLINE, "Aug 12, 2025", LEAD, prompt, MORE, LAST]) == publisher, prompt


def test_a_wires_stories_promoted_under_a_story_never_name_the_publisher():
    assert source_of([HEADLINE, "Aug 12, 2025", LEAD, MORE, LAST, "More from Bloomberg"]) is None


def test_a_date_label_stamped_beside_the_date_is_no_site_name():
    assert source_of([HEADLINE, "Updated - July 15, 2025 at 06:12 PM.", LEAD, MORE, LAST]) is None


def test_a_name_the_page_presents_as_its_writers_never_names_the_publisher():
    for credit in ("Mara Quintero is a chip analyst based in Taipei.", "Written by Mara Quintero"):
        lines = ["Mara Quintero", "Subscribe", HEADLINE, "Aug 12, 2025", LEAD, MORE, LAST, credit]
        assert source_of(lines) is None, credit


def test_a_ticker_in_parentheses_on_a_rating_line_is_no_dateline():
    lines = ["KESTREL CAPITAL MARKETS", "Equity Research", "NVIDIA Corp (NVDA US) – BUY – TP US$190",
             HEADLINE, LEAD, MORE, LAST, "This report has been prepared by Kestrel Capital Markets (Asia) Limited.",
             "© 2025 Kestrel Capital Markets. All rights reserved."]
    assert source_of(lines) == "Kestrel Capital Markets"


def test_a_publisher_named_after_prepared_by_in_a_sentence_is_no_writer():
    lines = [HEADLINE, LEAD, MORE, LAST, "This note was prepared by Kestrel Capital Markets for professional investors.",
             "© 2025 Kestrel Capital Markets"]
    assert source_of(lines) == "Kestrel Capital Markets"


def test_the_brand_of_the_logo_line_wins_over_the_legal_name_of_its_owning_company():
    lines = ["TheLedger", "Politics", "Economy", "World", HEADLINE, "Reuters", "14 January, 2025 12:10 am IST",
             LEAD, MORE, LAST, "Copyright © 2025 Quillstone Media Pvt. Ltd. All rights reserved."]
    assert source_of(lines) == "TheLedger"


def test_a_site_address_alone_over_the_headline_names_an_unknown_site():
    lines = ["www.chipgate.io", HEADLINE, "Lena Hartmann", "5–6 minutes", LEAD, MORE, LAST]
    assert source_of(lines) == "chipgate.io"


def test_a_site_address_over_the_headline_gives_way_to_the_name_it_spells():
    lines = ["chipgatenotes.substack.com", "Chipgate Notes", HEADLINE, LEAD, MORE, LAST]
    assert source_of(lines) == "Chipgate Notes"


def test_a_platforms_furniture_wins_over_a_flair_under_the_post_title():
    lines = ["Skip to main content", "r/stocks", "Search in r/stocks", "r/stocks", "2 mo. ago", "semis_fan_88",
             HEADLINE, "Company News", LEAD, MORE, LAST, "Reddit, Inc. © 2025. All rights reserved."]
    assert source_of(lines) == "Reddit"


def test_a_newsletters_writer_named_under_the_headline_is_never_its_publisher():
    lines = ["Compute Frontier", "Subscribe", "Discover more from Compute Frontier",
             "Notes on chips, compute and the rules that decide where they can go.", "Over 9,000 subscribers",
             HEADLINE, DEK, "Maren Holt", "May 28, 2024", "Share", LEAD, MORE, LAST, "© 2025 Maren Holt"]
    result = normalise("\n".join(lines))
    assert (result.meta["source"], result.meta["author"]) == ("Compute Frontier", "Maren Holt")
