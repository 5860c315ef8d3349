"""The raw header convention: ``Key: value`` lines on top, closed by a blank line."""

from chiptrail_normalise.header import domain_of, outlet_for_url, parse_header


def test_known_keys_followed_by_a_blank_line_form_the_header():
    header = parse_header(["URL: https://example.com/a", "Title: A headline", "Source: Example", "", "Text."])
    assert header.fields == {"url": "https://example.com/a", "title": "A headline", "source": "Example"}
    assert header.rest == ["", "Text."]


def test_a_bare_address_on_the_first_line_counts_as_url():
    header = parse_header(["https://www.reuters.com/world/x-2025-07-15/", "Headline here", "Text."])
    assert header.fields == {"url": "https://www.reuters.com/world/x-2025-07-15/"}
    assert header.rest == ["Headline here", "Text."]


def test_a_headline_with_a_colon_is_not_a_header_key():
    lines = ["Report: China approves import of high-end Nvidia AI chips", "", "Text."]
    assert parse_header(lines).fields == {}
    assert parse_header(lines).rest == lines


def test_keys_not_closed_by_a_blank_line_are_article_text():
    lines = ["Title: Something", "The article starts right here without a gap."]
    assert parse_header(lines).fields == {}


def test_a_url_key_not_closed_by_a_blank_line_still_gives_the_address_and_leaves_the_text():
    lines = ["URL: https://example.com/a", "Title: Something", "The article starts right here without a gap."]
    assert parse_header(lines).fields == {"url": "https://example.com/a"}
    assert parse_header(lines).rest == lines


def test_the_first_spelling_of_a_key_wins_and_aliases_are_folded():
    header = parse_header(["Headline: One", "Title: Two", "Published: 2025-07-15", ""])
    assert header.fields == {"title": "One", "date": "2025-07-15"}


def test_a_url_key_must_hold_an_address():
    assert parse_header(["URL: not an address", ""]).fields == {}


def test_outlet_of_a_known_domain_is_its_name_even_on_a_subdomain():
    assert outlet_for_url("https://www.reuters.com/technology/x") == "Reuters"
    assert outlet_for_url("https://asia.nikkei.com/Business/x") == "Nikkei Asia"
    assert outlet_for_url("https://edition.cnn.com/2025/x") == "CNN"


def test_outlet_of_an_unknown_domain_is_the_domain_without_www():
    assert outlet_for_url("https://www.chipnewswire.com/2025/08/19/x/") == "chipnewswire.com"


def test_an_address_without_a_host_has_no_outlet():
    assert outlet_for_url("not a url") is None
    assert domain_of("https://[broken") is None


def test_a_link_key_not_closed_by_a_blank_line_is_text_not_the_pages_address():
    # review of round 21: "Link:" over a Reddit post is the link the post shares
    lines = ["Link: https://www.reuters.com/technology/h20-licences/", "Posted by chipwatcher_88 in r/hardware",
             "The post starts right here without a gap."]
    assert parse_header(lines).fields == {}
    assert parse_header(lines).rest == lines
