"""Publisher of pages from outlets the corpus has not seen: bylines crediting an outlet,
an outlet's own page furniture, footers and bare domains; wire partners only cited."""

import pytest

from chiptrail_normalise.source import extract_source

HEADLINE = "China tells tech giants to stop buying Nvidia's RTX Pro 6000D chips"
LEAD = "China's internet regulator has told the country's biggest technology companies to stop buying Nvidia's RTX Pro 6000D."
MORE = "The move goes further than earlier guidance discouraging purchases of Nvidia's H20."


def source_of(lines, **kwargs):
    return extract_source(lines, **kwargs).value


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [("By Euronews with AP", "Euronews"), ("By Euronews with AFP, AP", "Euronews"), ("By Jane Doe, CNBC", "CNBC"),
     ("By Jane Doe for Al Jazeera", "Al Jazeera"), ("By CNBC Staff", "CNBC"), ("By Global Times", "Global Times")],
)
def test_a_byline_crediting_an_outlet_names_the_publisher_and_not_its_wire_partner(byline, publisher):
    assert source_of(["Tech News", HEADLINE, byline, "17/09/2025", LEAD, MORE]) == publisher


def test_a_byline_crediting_only_a_wire_gives_way_to_the_republishing_site():
    assert source_of(["Silicon Pulse Daily", HEADLINE, "By Reuters", LEAD, MORE]) == "Silicon Pulse Daily"


def test_a_byline_crediting_only_a_wire_names_it_when_nothing_else_does():
    assert source_of([HEADLINE, "By Reuters Staff", LEAD, MORE]) == "Reuters"


@pytest.mark.parametrize(
    "chrome",
    ["This article is more than 11 months old", "Explore more on these topics",
     "© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)", "theguardian.com"],
)
def test_the_guardians_page_furniture_names_the_guardian(chrome):
    assert source_of(["Skip to main content", "Sign in", HEADLINE, "Aisha Rahman", LEAD, MORE, chrome]) == "The Guardian"


def test_a_bare_domain_of_a_known_outlet_names_it_and_an_unknown_domain_names_itself():
    # The site's address signing the page is its publisher's (test_source_signed_feet.py):
    # a known outlet by its name, an unknown site by its bare domain (the labelling rules).
    assert source_of([HEADLINE, LEAD, MORE, "www.scmp.com"]) == "South China Morning Post"
    assert source_of([HEADLINE, LEAD, MORE, "www.example-news.com"]) == "example-news.com"


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [("© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "CNN"),
     ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published.",
      "Associated Press")],
)
def test_a_copyright_footer_followed_by_more_sentences_names_the_publisher(footer, publisher):
    assert source_of([HEADLINE, LEAD, MORE, footer]) == publisher


def test_a_wire_copyright_footer_gives_way_to_the_republishing_site():
    footer = "Copyright 2025 The Associated Press. All rights reserved."
    assert source_of(["Lakeland Gazette", HEADLINE, LEAD, MORE, footer]) == "Lakeland Gazette"


def test_a_logo_line_with_a_full_stop_is_the_outlet():
    assert source_of(["euronews.", HEADLINE, "17/09/2025", LEAD, MORE]) == "Euronews"


def test_the_lines_of_an_outlets_page_furniture_leave_the_body():
    found = extract_source([HEADLINE, LEAD, MORE, "This article is more than 11 months old", "Explore more on these topics"])
    assert found.details["lines"] == [3, 4]



@pytest.mark.parametrize(
    ("footer", "publisher"),
    [("© 2025 Bloomberg L.P. All Rights Reserved.", "Bloomberg"),
     ("© Copyright 2025 The Straits Times. All rights reserved.", "The Straits Times"),
     ("© 2025 Al Jazeera Media Network", "Al Jazeera")],
)
def test_copyright_footers_of_more_outlets_name_them(footer, publisher):
    assert source_of([HEADLINE, LEAD, MORE, footer]) == publisher


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [("Copyright THE MAINICHI NEWSPAPERS. All rights reserved.", "The Mainichi"),
     ("Copyright © 2025 Harbour Ledger Media Co., Ltd. All rights reserved.", "Harbour Ledger"),
     ("© 2026 KESTREL BAY NEWSPAPERS", "Kestrel Bay"),
     ("© 2025 Fortune Media IP Limited. All rights reserved.", "Fortune")],
)
def test_a_copyright_holder_names_its_publication_without_the_company_form(footer, publisher):
    assert source_of([HEADLINE, "By Jane Doe", LEAD, MORE, footer]).casefold() == publisher.casefold()


def test_a_shouted_copyright_holder_is_spelt_as_the_page_prints_its_name():
    lines = ["The Mainichi", "Japan's National Daily Since 1922", HEADLINE, "January 28, 2026 (Mainichi Japan)",
             LEAD, MORE, "Copyright THE MAINICHI NEWSPAPERS. All rights reserved."]
    assert source_of(lines) == "The Mainichi"
