"""A site's name as its address opening the story's first paragraph before a double dash
("Investing.com -- Shares of Cambricon fell ...") is the site's own dateline, as "(Reuters)
-" is an agency's; hard-wrapped, it may stand alone on the paragraph's first line, and
then that line only names the publisher."""

from chiptrail_normalise.pipeline import normalise
from source_pages import source_of

HEADLINE = "Cambricon shares fall after customer warning"
LEAD = "Shares of Cambricon Technologies fell 7% on Tuesday after the company warned that a major customer had cut orders."
MORE = "The company did not identify the customer."


def test_a_sites_address_before_a_double_dash_opening_the_story_is_its_dateline():
    assert source_of([HEADLINE, "Published Dec 09, 2025", f"Harbourquotes.com -- {LEAD}", MORE]) == "Harbourquotes.com"


def test_a_known_outlets_address_dateline_is_the_outlet():
    assert source_of([HEADLINE, "Published Dec 09, 2025", f"Investing.com -- {LEAD}", MORE]) == "Investing.com"


def test_the_dateline_alone_on_a_hard_wrapped_paragraphs_first_line_counts():
    assert source_of([HEADLINE, "Published Dec 09, 2025", "Harbourquotes.com --", LEAD, MORE]) == "Harbourquotes.com"


def test_the_dateline_alone_on_its_line_is_no_body_text():
    body = normalise("\n".join([HEADLINE, "Published Dec 09, 2025", "Harbourquotes.com --", LEAD, MORE])).body
    assert "Harbourquotes.com" not in body
