"""Publisher of institutional, company and tech-site pages: the name a page sets first,
as a letter its letterhead (over the menu, over a rubric, even where the headline finder
took it), the name its domain spells, and an official body's copyright."""

import pytest

from chiptrail_normalise.pipeline import normalise
from chiptrail_normalise.source import extract_source

HEADLINE = "Commerce Tightens Export Controls on High Bandwidth Memory and Chip Production Tools"
LEAD = "The Bureau of Industry and Security today announced new rules on advanced computing items bound for China."
MORE = "The rules take effect immediately and add 140 entities to the Entity List."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


@pytest.mark.parametrize(
    "menu", ["News  Software  Reviews  Forums", "Featured  Linux News  Benchmarks  Forums"]
)
def test_a_name_over_a_menu_row_of_the_sites_own_sections_names_the_site(menu):
    assert source_of(["Gearwire", menu, HEADLINE, "by Jane Doe", LEAD, MORE]) == "Gearwire"


def test_a_name_over_a_row_of_words_that_are_no_menu_names_no_site():
    assert source_of(["Gearwire", "Nvidia  AMD  Intel  Huawei", HEADLINE, "by Jane Doe", LEAD, MORE]) is None


@pytest.mark.parametrize("rubric", ["Issue Brief", "Research Briefing", "Blog Post"])
def test_an_institutions_letterhead_wins_over_the_rubric_under_it(rubric):
    lines = ["Halden Institute for Trade Policy", rubric, HEADLINE, "Nov. 11, 2025", LEAD, MORE]
    assert source_of(lines) == "Halden Institute for Trade Policy"


def test_a_logo_over_the_menu_wins_over_a_rubric_set_as_a_publication_name():
    lines = ["Gearwire", "News  Software  Reviews  Forums", "Weekly Brief", HEADLINE, LEAD, MORE]
    assert source_of(lines) == "Gearwire"


def test_an_institutions_name_over_its_own_tagline_is_no_writers_byline():
    lines = ["Kessler Institute", "Published daily by the Kessler Institute", HEADLINE, "19 Jan 2026", LEAD, MORE]
    assert source_of(lines) == "Kessler Institute"


@pytest.mark.parametrize("letterhead", ["Bureau of Industry and Security", "BUREAU OF INDUSTRY AND SECURITY"])
def test_an_institutions_letterhead_names_the_site_though_the_headline_finder_took_it(letterhead):
    lines = [letterhead, "Press Release", "Monday, December 2, 2024", HEADLINE, LEAD, MORE]
    assert source_of(lines, skip=frozenset({0})) == "Bureau of Industry and Security"


def test_a_shouted_kicker_taken_as_the_headline_names_no_site():
    lines = ["CHIP WARS", "Monday, December 2, 2024", LEAD, MORE, "Chip wars are back."]
    assert source_of(lines, skip=frozenset({0})) is None


@pytest.mark.parametrize(
    ("name", "url"),
    [("Bureau of Industry and Security", "https://www.bis.gov/press-release/commerce-tightens"),
     ("Ashcombe & Reyes LLP", "https://www.ashcombereyes.com/insights/client-alert"),
     ("WKRV 9 News", "https://www.wkrv9.com/news/chips")],
)
def test_the_name_a_sites_domain_spells_as_initials_or_without_its_last_words_names_it(name, url):
    assert source_of([name, "Press Release", HEADLINE, LEAD, MORE], url=url) == name


def test_words_after_a_domains_name_that_are_no_part_of_it_are_left_off():
    footer = "This news content was produced by Reuters and is republished by swissinfo.ch under licence."
    url = "https://www.swissinfo.ch/eng/us-eases-nvidia-h200-export-rules/90811452"
    assert source_of([HEADLINE, LEAD, MORE, footer], url=url) == "swissinfo.ch"


def test_an_official_bodys_long_name_in_the_copyright_names_the_publisher():
    footer = "© 2025 Center for a New American Security. All rights reserved."
    assert source_of([HEADLINE, LEAD, MORE, footer]) == "Center for a New American Security"


@pytest.mark.parametrize(
    ("masthead", "strapline"),
    [("Notes from the Fab", "A newsletter about chips, power and geopolitics"),
     ("The Gradient Descent", "An occasional newsletter on AI infrastructure"),
     ("Compute & Country", "A podcast from the Ridgeway Institute on technology and geopolitics"),
     ("Discover more from Tensor & Tariff", "A weekly newsletter on the economics and politics of AI compute.")],
)
def test_a_masthead_over_a_strapline_saying_it_is_a_newsletter_or_podcast_is_its_own_source(masthead, strapline):
    lines = [masthead, strapline, "Issue #87", HEADLINE, LEAD, MORE, "© 2025 Ridgeway Institute"]
    assert source_of(lines) == masthead.removeprefix("Discover more from ")


def test_a_menu_row_over_the_headline_names_no_site():
    lines = ["Opinion", "Columns  Letters  Editorials", HEADLINE, "By Helen Marsh", LEAD, MORE]
    assert source_of(lines) is None


@pytest.mark.parametrize(
    ("top", "foot", "publisher"),
    [("Greyfield Advisory | Client Briefing", "Greyfield Advisory · Hong Kong | Singapore | London", "Greyfield Advisory"),
     ("Halvorsen Strategy Group", "Halvorsen Strategy Group · 1200 18th St NW · Washington, DC 20036",
      "Halvorsen Strategy Group"),
     ("Liliputing", "Support Liliputing", "Liliputing"),
     ("PC Gamer", "PC Gamer is part of Future US Inc.", "PC Gamer"),
     ("House of Commons Library", "The House of Commons Library is a research and information service.",
      "House of Commons Library"),
     ("Korea Semiconductor Industry Association", "KSIA | Seongnam-si, Gyeonggi-do", "Korea Semiconductor Industry Association")],
)
def test_a_name_over_the_story_that_the_pages_foot_repeats_as_its_imprint_names_the_site(top, foot, publisher):
    assert source_of([top, HEADLINE, "Sept. 18, 2025", LEAD, MORE, foot]) == publisher


@pytest.mark.parametrize(
    ("top", "foot"),
    [("Company", "The company is also preparing to launch the RTX Pro 6000D."),
     ("Transcripts", "Transcripts are machine-generated and edited for readability."),
     ("Poland", "Poland, USA, AI, semiconductors, chips")],
)
def test_a_sentence_or_a_tag_line_at_the_foot_names_no_site(top, foot):
    assert source_of(["Sept. 18, 2025", top, HEADLINE, LEAD, MORE, foot]) is None


def test_a_source_line_naming_the_outlet_a_tech_site_retells_leaves_the_site_its_publisher():
    lines = ["Gearwire", "Reviews | News | Community | Shop", HEADLINE, "Igor Wallossek", "17. September 2025",
             LEAD, MORE, "Source: Financial Times"]
    assert source_of(lines) == "Gearwire"


def test_a_source_line_naming_an_outlet_still_names_it_on_a_page_without_a_letterhead():
    assert source_of([HEADLINE, LEAD, MORE, "Source: Al Jazeera and news agencies"]) == "Al Jazeera"


def test_a_name_over_a_column_of_the_sites_own_sections_names_the_site_though_one_entry_is_a_common_menu_word():
    """A site names its sections as it likes ("Opinionista", "Firehose", "Onderwerpen"):
    a column of five short entries under the first line, one of them a common menu word
    or button ("Contact", "Sign in"), is the menu under the logo."""
    column = ["Stories", "Firehose", "Deep Reads", "Polls", "Contact"]
    assert source_of(["Quarrystone", *column, HEADLINE, "by Jane Doe", LEAD, MORE]) == "Quarrystone"
    column = ["Opinion Desk", "Our Planet", "Citizen", "Voices", "Sign in"]
    assert source_of(["KAROO LEDGER", *column, HEADLINE, LEAD, MORE]).casefold() == "karoo ledger"


def test_a_column_of_short_lines_with_no_menu_word_heads_no_menu():
    column = ["Nvidia", "Huawei", "Export Controls", "China Policy", "Ascend Chips"]
    assert source_of(["Quarrystone", *column, HEADLINE, "by Jane Doe", LEAD, MORE]) is None


def test_a_button_over_a_known_outlets_logo_and_its_menu_is_no_logo():
    column = ["The Motley Fool", "Our Services", "Stock Ideas", "Retirement", "Sign In"]
    assert source_of(["Accessibility Options", *column, HEADLINE, LEAD, MORE]) == "The Motley Fool"


@pytest.mark.parametrize(
    "letterhead",
    ["U.S. Mission to the Arden Conference in Geneva", "Permanent Delegation of Norland to the OECD",
     "Halvard Endowment for International Trade"],
)
def test_a_diplomatic_mission_or_an_endowment_as_the_pages_first_line_is_its_letterhead(letterhead):
    assert source_of([letterhead, "Remarks & Statements", HEADLINE, "Nov. 11, 2025", LEAD, MORE]) == letterhead


@pytest.mark.parametrize("unit", ["News Office", "Research Computing Services"])
def test_an_office_under_the_letterhead_that_the_foot_names_is_no_publisher(unit):
    lines = ["Halden Institute for Trade Policy", unit, "Topics", "Research", "Events", HEADLINE, "Nov. 11, 2025",
             LEAD, MORE, "Halden Institute for Trade Policy", f"{unit} | Contact | Accessibility | Privacy"]
    assert source_of(lines) == "Halden Institute for Trade Policy"


def test_a_browser_tabs_title_over_the_page_does_not_hide_the_letterhead_under_it():
    tab = f"Office of Public Affairs | {HEADLINE} | Halden Department of Trade"
    lines = [tab, "Skip to main content", "Halden Department of Trade", "Press Release", HEADLINE, "Nov. 11, 2025", LEAD, MORE]
    assert normalise("\n".join(lines)).meta["source"] == "Halden Department of Trade"


def test_a_section_under_a_known_outlets_logo_that_the_foot_names_is_no_publisher():
    lines = ["NDTV", "World News", HEADLINE, "Nov. 11, 2025", LEAD, MORE, "World News | Contact | Privacy"]
    assert source_of(lines) == "NDTV"


def test_an_official_address_naming_its_body_by_one_word_gives_its_letterhead_not_the_word():
    url = "https://www.trade.gov/news/press-releases/2025/commerce-tightens-controls"
    lines = ["Halden Department of Trade", "Skip to main content", HEADLINE, LEAD, "Trade officials said the rules would be reviewed.", MORE]
    assert source_of(lines, url=url) == "Halden Department of Trade"


def test_an_official_address_naming_its_body_by_one_word_is_the_bare_domain_without_a_letterhead():
    url = "https://www.trade.gov/news/press-releases/2025/commerce-tightens-controls"
    assert source_of([HEADLINE, LEAD, "Trade officials said the rules would be reviewed.", MORE], url=url) == "trade.gov"


@pytest.mark.parametrize("menu", ["Research | Topics | Experts | About", "Research  Topics  Experts  About"])
def test_a_one_word_logo_in_capitals_over_a_menu_row_is_the_letterhead(menu):
    # A word in capitals reads as a ticker to the clutter rules; over the menu, as over a
    # menu set one entry a line, it is the institution's logo.
    assert source_of(["KITE", menu, "Report", HEADLINE, "Jan 27, 2026", LEAD, MORE]) == "KITE"


def test_a_word_in_capitals_over_no_menu_is_no_letterhead():
    assert source_of(["KITE", HEADLINE, "Jan 27, 2026", LEAD, MORE]) is None
