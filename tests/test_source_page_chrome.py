"""A publisher's name is something that looks like an outlet: a name in the vocabulary, a
domain, a masthead-shaped or brand-shaped name, or a name the page states as its own.
Buttons, sections and editions never are, wherever they stand."""

import pytest

from chiptrail_normalise.source import extract_author, extract_source

HEADLINE = "Nvidia summoned over security risks in H20 chips"
LEAD = "China's top internet regulator on Thursday summoned Nvidia Corp to explain whether its H20 chips carry security risks."
MORE = "The Cyberspace Administration of China said it had asked the company to submit supporting documents."
LAST = "Nvidia did not immediately respond to a request for comment on Thursday evening."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


@pytest.mark.parametrize("chrome", ["Share full article", "Skip links", "Global Edition", "Live", "Explained",
                                    "Reporting from Washington", "Accept additional cookies"])
def test_a_button_section_or_edition_line_above_the_article_names_no_publisher(chrome):
    assert source_of([chrome, HEADLINE, "July 31, 2025", LEAD, MORE, LAST]) is None


def test_a_section_name_inside_a_menu_is_no_publisher():
    menu = ["Home", "China", "World", "Business", "Sci-Tech", "Culture", "Sports"]
    assert source_of([*menu, HEADLINE, "2023-10-18 21:40:12", LEAD, MORE, LAST]) is None


@pytest.mark.parametrize("brand", ["MarketScreener", "digifusion", "TechStockPulse"])
def test_a_name_set_as_a_brand_above_the_article_is_the_publisher(brand):
    assert source_of([brand, HEADLINE, "July 31, 2025", LEAD, MORE, LAST]) == brand


def test_a_known_outlets_domain_in_the_byline_stamp_names_it():
    stamp = "By ZHANG YI | chinadaily.com.cn | Updated: 2025-07-31 22:05"
    assert source_of(["Global Edition", HEADLINE, stamp, LEAD, MORE, LAST]) == "China Daily"


def test_a_known_outlets_page_address_pasted_under_the_headline_names_it():
    address = "https://www.nytimes.com/2022/10/07/business/economy/biden-chip-technology.html"
    assert source_of(["Skip to contentSkip to site index", HEADLINE, address, "Share full article", LEAD, MORE, LAST]) == (
        "The New York Times")


def test_a_source_line_under_the_story_names_a_known_outlet_but_not_a_charts_source():
    assert source_of(["Skip links", HEADLINE, LEAD, MORE, LAST, "Source: Al Jazeera and news agencies"]) == "Al Jazeera"
    assert source_of([HEADLINE, LEAD, MORE, LAST, "Source: company filings"]) is None


def test_a_masthead_under_a_photo_caption_and_a_cookie_notice_names_the_publisher_over_the_wire():
    lines = ["(FILES) This photograph shows the logo of Huawei at its booth in Barcelona on March 3, 2025. (Photo by Marta Ruiz / AFP)",
             "We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic.",
             "Accept all", "France 24", "Business / Tech", HEADLINE, "Issued on: 14/05/2025 - 08:12",
             "Washington (AFP) – " + LEAD, MORE, LAST, "© 2025 AFP"]
    assert source_of(lines) == "France 24"


def test_a_licensing_link_shared_by_many_outlets_gives_way_to_the_copyright_holder():
    footer = "Copyright The Financial Times Limited 2025. All rights reserved."
    assert source_of([HEADLINE, LEAD, MORE, LAST, "Reuse this content", footer]) == "Financial Times"


def test_writers_named_with_the_cities_they_file_from_over_the_date_are_the_authors():
    byline = "Zijing Wu in Hong Kong, Eleanor Olcott in Beijing and Demetri Sevastopulo in Washington"
    author = extract_author([HEADLINE, byline, "Published October 10 2025", LEAD, MORE], skip=frozenset({0}))
    assert (author.value, author.details["lines"]) == ("Zijing Wu, Eleanor Olcott and Demetri Sevastopulo", [1])


def test_a_name_on_the_pages_first_line_over_the_menu_is_the_republishing_site():
    lines = ["Tech Wire Asia", "News", "Tech", HEADLINE, "By Reuters", "July 31, 2025",
             "BEIJING, July 31 (Reuters) - " + LEAD, MORE, LAST]
    assert source_of(lines) == "Tech Wire Asia"


def test_a_capitalised_line_under_the_headline_is_no_masthead():
    assert source_of([HEADLINE, "Beijing Pushes Back", LEAD, MORE, LAST], skip=frozenset({0})) is None


def test_a_button_over_the_breadcrumb_is_no_site_name():
    lines = ["Menu", "Weekly edition", "Search", "Business | Chips with everything", HEADLINE, "Jul 15th 2025|Shanghai",
             LEAD, MORE, LAST]
    assert source_of(lines) is None


@pytest.mark.parametrize("heading, site", [("Cookies on GOV.UK", "GOV.UK"),
                                           ("Cookies on Legislation.gov.uk", "Legislation.gov.uk")])
def test_a_cookie_banners_heading_names_the_site_that_sets_it(heading, site):
    lines = [heading, "We use some essential cookies to make this website work.", "Accept additional cookies",
             "Reject additional cookies", "View cookies", "", HEADLINE, "", LEAD, "", MORE, "", LAST]
    assert source_of(lines) == site
