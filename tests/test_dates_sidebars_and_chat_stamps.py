"""Dates a page states for something other than the article are refused (a forum
community's "Created Jan 25, 2008" in its sidebar); a chat export's message stamp
("[11.11.25 08:42]") dates the message."""

from datetime import date

from chiptrail_normalise.dates import extract_date, find_date

POST = ["r/stocks", "u/quantfoxx", "4mo ago", "Nvidia H20 licences: what it means for holders",
        "Trying to make sense of this week for NVDA holders. Licences for the H20 are back, but Beijing "
        "has told its biggest platforms to hold off, and nobody knows how long that will last.",
        "Reply", "Share"] + [f"Comment {n}: the real story is Blackwell, and nobody cares about the H20 "
                             "in the long term, whatever Washington decides next." for n in range(12)]


def test_a_creation_date_in_a_sidebar_below_the_post_dates_the_community_not_the_post():
    lines = POST + ["Community Info Section", "r/stocks", "Join", "Created Jan 25, 2008", "Public"]
    assert extract_date(lines).value is None


def test_a_creation_label_at_the_top_of_the_page_dates_the_page():
    assert extract_date(["Created: March 3, 2025", *POST]).value == date(2025, 3, 3)


def test_a_chat_exports_dotted_stamp_with_a_clock_time_is_a_date():
    assert extract_date(["China Semi Watch, [11.11.25 08:42]", "Two moves, opposite directions."]).value \
        == date(2025, 11, 11)


def test_a_dotted_number_without_a_clock_time_is_no_date():
    assert find_date("Release 3.11.25 of the driver is out") is None


def test_a_dotted_stamp_alone_on_its_line_under_the_headline_is_a_date():
    lines = ["Senators Introduce Bill to Require Location Verification on Advanced AI Chips", "03.24.26",
             "WASHINGTON — Two senators introduced a bill on Tuesday that would require exporters to verify chips."]
    assert extract_date(lines).value == date(2026, 3, 24)
    assert find_date("Version 3.11.25") is None
