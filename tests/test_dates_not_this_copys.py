"""Dates printed near the top that are not this copy's publication date: the span of a
digest or a filing, the time of an answer under a question, a question's or a wrapped
paragraph's date, the reader's printout, a linked story's address. An undated page stays
undated: ``None``, never a guess."""

from datetime import date

import pytest

from date_pages import LEAD, TITLE, date_of


@pytest.mark.parametrize(
    "heading",
    ["WEEKLY DIGEST: EXPORT RULES (3–7 November 2025)", "Week in review, 30 October – 7 November 2025",
     "Chip policy tracker: Nov 3 - Nov 7, 2025", "Market wrap from 3 to 7 November 2025"],
)
def test_a_date_closing_a_range_is_a_span_not_a_stamp(heading):
    assert date_of("GRID NOTES  |  WEEKLY", heading, LEAD) is None


@pytest.mark.parametrize(
    "line",
    ["For the quarterly period ended October 26, 2025", "Fiscal year ending January 25, 2026",
     "Shipments tracked since 17 October 2023"],
)
def test_a_date_bounding_a_reporting_period_is_not_a_stamp(line):
    assert date_of("ACME SEMICONDUCTOR INC.", "QUARTERLY REPORT", line, LEAD) is None


def test_a_stamp_after_a_clock_time_and_a_dash_is_still_read():
    assert date_of(TITLE, "Published 10:30 - 12 November 2025", LEAD) == date(2025, 11, 12)


def test_an_answer_under_the_questions_own_text_dates_the_answer_not_the_page():
    question = ("I bought a used accelerator card at an auction in Ohio and a friend abroad wants it. "
                "Do I need a licence to post it to him myself?")
    assert date_of(TITLE + "?", "Asked 2 years ago  Viewed 4k times", question,
                   "Answer (score 7)", LEAD, "answered Mar 3, 2024 at 09:12") is None


def test_an_answer_that_is_the_page_is_dated_by_its_answer_stamp():
    assert date_of("Is it legal to rent H200 servers in the cloud from China?", "Lena Park",
                   "Trade lawyer · Answered Mar 3, 2024", LEAD) == date(2024, 3, 3)


def test_a_question_naming_a_date_is_no_stamp():
    assert date_of("Guide to the new chip rules", "1. What changed on 17 October 2023?", LEAD) is None


def test_a_line_of_a_hard_wrapped_paragraph_is_prose_not_a_stamp():
    assert date_of(
        "QUARTERLY CHIP REVIEW                      Q4 2023",
        "3. The China market",
        "",
        "When the rules were updated on 17 October 2023, the density test caught the A800",
        "and H800, which had been designed a year earlier to meet the first thresholds.",
    ) is None


def test_a_wrapped_paragraph_opened_by_its_date_dates_the_release():
    assert date_of(
        "Commerce tightens rules on advanced computing items",
        "On January 13, 2026, the Bureau of Industry and Security published a rule that",
        "revises the licence review policy for exports of advanced chips to China.",
    ) == date(2026, 1, 13)


@pytest.mark.parametrize(
    "footer", ["Printed from chipwire.example on 22/11/2025", "Retrieved from https://chipwire.example on 3 May 2025"],
)
def test_the_readers_printout_naming_its_site_is_not_the_publication_date(footer):
    assert date_of("Guide to the new chip rules", "Printable version", LEAD, footer) is None


def test_a_link_posts_address_on_another_known_outlet_does_not_date_the_post():
    lines = ["r/hardware", "Posted by u/someone • 9h", "", TITLE, "",
             "Link: cnbc.com/2025/12/09/beijing-weighs-limits-nvidia-h200-processors.html"]
    assert date_of(*lines, source="Reddit") is None
    assert date_of(*lines, source="CNBC") == date(2025, 12, 9)


def test_the_pages_own_address_on_an_unknown_site_dates_it_whatever_the_publishers_spelling():
    lines = ["the-grid-ledger.com/2025/12/09/beijing-weighs-limits-nvidia-h200-processors/", "",
             "THE GRID LEDGER", TITLE, LEAD]
    assert date_of(*lines, source="The Grid Ledger") == date(2025, 12, 9)


@pytest.mark.parametrize(
    "line", ["Digest 2025-12-08 – 2025-12-12", "Chip briefing 1 December 2025 to 5 December 2025", "Week of Dec 8, 2025"],
)
def test_the_first_day_of_a_span_is_no_stamp(line):
    assert date_of(line, TITLE, LEAD) is None


@pytest.mark.parametrize("stamp", ["8 December 2025 - 10:30", "Dec 8, 2025 – 14 comments", "Dec 8, 2025 — Updated Dec 9, 2025"])
def test_a_stamp_followed_by_a_dash_and_its_time_count_or_update_is_still_the_stamp(stamp):
    assert date_of(TITLE, stamp, LEAD) == date(2025, 12, 8)


@pytest.mark.parametrize("line", ["Offer expires Dec 31, 2025", "Comments due December 31, 2025", "Applications close on 31 December 2025"])
def test_a_deadline_is_no_publication_date(line):
    assert date_of(TITLE, line, LEAD) is None


@pytest.mark.parametrize("line", ["Related: Nvidia wins approval to sell H200 (Dec 1, 2025)", "Read more » Nvidia wins approval, Dec 1, 2025"])
def test_a_related_links_date_is_the_linked_storys(line):
    assert date_of(TITLE, LEAD, line) is None


@pytest.mark.parametrize(
    "items",
    [("Oct 7, 2022: BIS issues its first rules", "Oct 17, 2023: the rules are tightened"),
     ("Dec 8, 2025 — Washington allows H200 sales", "Dec 9, 2025 — Beijing weighs limits")],
)
def test_the_dates_of_a_timelines_or_digests_entries_are_the_entries(items):
    assert date_of("How the chip rules evolved", *items, LEAD) is None


def test_a_stamp_over_a_dateline_opened_by_its_date_is_still_the_stamp():
    assert date_of(TITLE, "Dec 9, 2025 10:32", "Dec 9, 2025 — BEIJING (Wire) — China said on Tuesday", LEAD) == date(2025, 12, 9)


@pytest.mark.parametrize(
    "attribution",
    ["On Tue, 9 Dec 2025 at 08:14, Jane Ortiz <jane@example.net> wrote:",
     "Am 09.12.2025 um 08:14 schrieb Jane Ortiz:",
     "Quote from: hpc_buyer on December 9, 2025, 08:14:02 AM"],
)
def test_a_replys_quoted_message_dates_the_older_message_not_the_reply(attribution):
    assert date_of("Re: H200 allocation", "", attribution, "> Any news on the allocation?", "",
                   "Hi Jane,", LEAD) is None


def test_a_quoted_line_of_an_older_message_is_no_stamp():
    assert date_of("Re: H200 allocation", "> Tue, 9 Dec 2025 08:14", "> Any news on the allocation?", "", LEAD) is None


def test_a_reply_keeps_its_own_header_date_above_the_quote():
    assert date_of("Re: H200 allocation", "Date: 11 December 2025", "",
                   "On Tue, 9 Dec 2025 at 08:14, Jane Ortiz <jane@example.net> wrote:", LEAD) == date(2025, 12, 11)


@pytest.mark.parametrize(
    "address",
    ["https://www.sec.gov/Archives/edgar/data/1234567/000123456725000042/acme-20251026.htm",
     "https://www.sec.gov/ix?doc=/Archives/edgar/data/1234567/000123456725000042/acme-20251026.htm"],
)
def test_a_filing_archives_document_address_names_the_period_reported_not_the_filing_day(address):
    body = "In the quarter we recorded no revenue from sales of the H20 to customers in China."
    assert date_of(address, "", body) is None
    assert date_of(body, url=address) is None


def test_a_news_address_ending_in_its_date_still_dates_the_story():
    assert date_of(LEAD, url="https://news.example.hk/en/component/k2/1781234-20251026.htm") == date(2025, 10, 26)


@pytest.mark.parametrize(
    "stamp", ["Archived 9 December 2025", "Saved from the web on 9 December 2025", "Snapshot taken 9 December 2025",
              "Captured on Dec 9, 2025"],
)
def test_an_archives_copy_stamp_is_the_day_the_copy_was_made_not_published(stamp):
    assert date_of(TITLE, stamp, LEAD) is None


@pytest.mark.parametrize(
    "line", ["Effective 9 December 2025", "Hearing scheduled for December 9, 2025", "Comments close 9 December 2025",
             "The rule takes effect December 9, 2025"],
)
def test_the_day_a_rule_takes_effect_or_an_event_is_held_is_no_publication_date(line):
    assert date_of(TITLE, line, LEAD) is None


def test_a_forum_quotes_attribution_with_its_date_before_the_colon_dates_the_quoted_post():
    assert date_of("Re: H200", "Jane Roe wrote on 9 Dec 2025, 08:14:", "> Any news?", LEAD) is None
