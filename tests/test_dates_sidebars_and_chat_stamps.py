"""Dates a page states for something other than the article are refused (a forum
community's "Created Jan 25, 2008" in its sidebar); a chat export's message stamp
("[11.11.25 08:42]") dates the message."""

from datetime import date

import pytest

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


def test_a_forwarded_e_mail_is_dated_by_the_header_of_the_message_it_quotes():
    """The alert was published when its sender sent it; the forward above it dates only
    its passing on."""
    page = ["From: Lee, Dana", "Sent: Thursday, November 6, 2025 8:12 AM", "Subject: FW: Client Alert",
            "Team - please read before our call.", "Dana", "",
            "-----Original Message-----", "From: Harlow Alerts <alerts@harlow.example>",
            "Sent: Wednesday, November 5, 2025 9:47 PM", "Subject: Client Alert: BIS widens chip rules",
            "Client Alert", "BIS widens chip rules",
            "The Bureau of Industry and Security released two interim final rules on Wednesday evening."]
    assert extract_date(page).value == date(2025, 11, 5)
    gmail = [line.replace("-----Original Message-----", "---------- Forwarded message ---------")
             .replace("Sent: Wednesday, November 5, 2025 9:47 PM", "Date: Wed, Nov 5, 2025 at 9:47 PM") for line in page]
    assert extract_date(gmail).value == date(2025, 11, 5)


def test_an_e_mail_without_a_forwarded_message_is_dated_by_its_own_header():
    page = ["From: Harlow Alerts <alerts@harlow.example>", "Sent: Wednesday, November 5, 2025 9:47 PM",
            "Subject: Client Alert", "Client Alert", "A quoted line from November 3, 2025 follows.",
            "The Bureau of Industry and Security released two interim final rules on Wednesday evening."]
    assert extract_date(page).value == date(2025, 11, 5)


HEADLINE = "Nvidia to resume H20 sales to China after US assurances"
PROSE = "Nvidia said on Tuesday it would resume sales of its H20 chip to China after Washington assured it of licences."


@pytest.mark.parametrize("stamp", ["Printed on November 6, 2025", "Accessed: 6 November 2025", "Retrieved November 6, 2025"])
def test_the_day_a_copy_was_printed_or_fetched_is_no_publication_date(stamp):
    assert extract_date([HEADLINE, stamp, "November 5, 2025 19:20 JST", PROSE]).value == date(2025, 11, 5)
    assert extract_date([HEADLINE, stamp, PROSE]).value is None


def test_the_print_editions_published_in_line_gives_way_to_the_web_copys_stamp():
    """"Published in Dawn, November 6th, 2025" dates the newspaper's print edition, another
    copy; the web page's own stamp dates this one."""
    page = [HEADLINE, "Reuters Published November 5, 2025 Updated November 5, 2025 11:24am", PROSE,
            "Published in Dawn, November 6th, 2025"]
    assert extract_date(page).value == date(2025, 11, 5)


def test_a_headings_bracketed_event_date_gives_way_to_the_stamp_under_it():
    """"Regular Press Briefing of the Trade Ministry (November 5, 2025)" titles the briefing
    by its day; the transcript's own stamp under it dates the page, and only without one
    does the heading's date stand."""
    heading = "Regular Press Briefing of the Trade Ministry (November 5, 2025)"
    assert extract_date([heading, "2025-11-06 10:24", PROSE]).value == date(2025, 11, 6)
    assert extract_date([heading, PROSE]).value == date(2025, 11, 5)
