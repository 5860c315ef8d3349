"""A page sets its own name over its headline. An outlet named after the headline's
dash is the page title's site name only when it is that page's own: a different outlet
there ("... - FT" under "TASS") credits the report the story retells, and it is printed
as part of the headline."""

from chiptrail_normalise.title import extract_title

HEADLINE = "China tells firms to pause orders of Nvidia's H20 chips"
LEAD = (
    "BEIJING, August 12. Chinese regulators have told several technology companies to pause purchases of "
    "Nvidia's H20 processors, the newspaper reported on Tuesday, citing people familiar with the matter."
)
MORE = "The companies were asked to explain why they needed the chips instead of domestic alternatives."


def test_another_outlets_name_after_the_headline_is_part_of_it():
    lines = ["TASS", "Business & Economy", f"{HEADLINE} - FT", "AUG 12, 19:34", LEAD, MORE]
    title = extract_title(lines)[0]
    assert (title.value, title.details["site"]) == (f"{HEADLINE} - FT", None)


def test_the_pages_own_name_after_the_headline_is_split_off():
    lines = ["Reuters", "Technology", f"{HEADLINE} - Reuters", "August 12, 2025", LEAD, MORE]
    title = extract_title(lines)[0]
    assert (title.value, title.details["site"]) == (HEADLINE, "Reuters")


def test_an_outlets_name_after_a_page_title_at_the_top_is_split_off():
    lines = [f"{HEADLINE} - Financial Times", "August 12, 2025", LEAD, MORE]
    title = extract_title(lines)[0]
    assert (title.value, title.details["site"]) == (HEADLINE, "Financial Times")
