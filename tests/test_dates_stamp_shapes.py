"""Publication stamps in the shapes and places pages print them: spans set side by side,
a stamp bar run together, a Unix clock's stamp, short dotted dates in a byline, Korean
dotted dates, a dated slug's end, the address pasted over the page, a filing's date."""

from datetime import date

import pytest

from chiptrail_normalise.dates import find_date
from date_pages import LEAD, TITLE, date_of


def test_a_date_among_spans_set_apart_by_runs_of_spaces_is_a_stamp():
    line = "18,402 views  Mar 20, 2024  In this episode we look at what the new export rules mean for data centres in Asia."
    assert date_of(TITLE, line, LEAD) == date(2024, 3, 20)


def test_a_line_opened_by_a_date_and_its_time_is_a_stamp_whatever_runs_into_it():
    line = ("Mar. 11, 2026 10:22 AM ETAcme Corporation (ACME) Stock, XYZ Stock, "
            "QRS StockBy: Jane Roe, News Editor 12 Comments")
    assert date_of(TITLE, line, LEAD) == date(2026, 3, 11)


def test_a_browsers_print_header_is_the_day_printed_not_published():
    assert date_of("12/9/25, 9:14 AM Beijing weighs limits on H200 purchases | Client Alert", TITLE,
                   "December 3, 2025", LEAD) == date(2025, 12, 3)


@pytest.mark.parametrize("line", ["Time  Tue Dec  9 08:31:22 2025", "時間 Tue Dec  9 08:31:22 2025"])
def test_a_unix_clock_stamp_in_a_posts_header_is_its_date(line):
    assert date_of("Author  someone (Some One)", "Title  [News] " + TITLE, line, LEAD) == date(2025, 12, 9)


def test_the_unix_clock_form_is_read_only_as_a_stamp():
    assert find_date("Tue Dec  9 08:31:22 2025") is None


@pytest.mark.parametrize(
    "byline, expected",
    [("Dana Levi | 15.09.25", date(2025, 9, 15)), ("Wire and Staff|Published: 07.15.25, 14:21", date(2025, 7, 15))],
)
def test_a_short_dotted_date_ending_a_byline_or_before_its_time_is_read(byline, expected):
    assert date_of(TITLE, byline, LEAD) == expected


def test_a_short_dotted_number_in_a_sentence_is_no_date():
    assert date_of(TITLE, "The driver | version 15.09.25 fixes the bug", LEAD) is None


@pytest.mark.parametrize("stamp, expected", [("2025. 11. 11. 08:30", date(2025, 11, 11)), ("Aug 13. 2025", date(2025, 8, 13))])
def test_dotted_stamps_of_korean_and_blog_pages_are_read(stamp, expected):
    assert date_of(TITLE, stamp, LEAD) == expected


def test_a_date_ending_the_addresses_slug_dates_the_page():
    url = "https://www.example-wire.com/technology/beijing-weighs-limits-h200-2025-12-09/"
    assert date_of(TITLE, LEAD, url=url) == date(2025, 12, 9)


def test_the_address_opening_the_paste_is_the_pages_own_whatever_its_slug():
    assert date_of("finance.example.cn/tech/2025-09-01/doc-h20.shtml", TITLE, LEAD) == date(2025, 9, 1)


def test_an_address_lower_down_with_another_slug_is_a_related_link():
    assert date_of(TITLE, LEAD, "Related: example.com/2025/09/01/doc-h20.shtml") is None


def test_a_filings_date_beats_the_period_in_its_address():
    url = "https://www.sec.example/Archives/data/1045810/acme-20250727.htm"
    assert date_of("Filing date: 2025-08-27", "FORM 10-Q", LEAD, url=url) == date(2025, 8, 27)


def test_a_written_stamp_of_an_english_edition_is_the_publication_date():
    assert date_of(TITLE, "Write: 2026-06-22 14:05:10 / Update: 2026-06-22 15:21:44", LEAD) == date(2026, 6, 22)


def test_a_sites_date_of_the_day_over_its_menu_gives_way_to_the_storys_earlier_stamp():
    lines = ["Skip to content", "The Harbour Reserve", "Wednesday, December 10, 2025", "Home", "Economy",
             "Tech", TITLE, "by STAFF WRITERS", "December 9, 2025", LEAD]
    assert date_of(*lines) == date(2025, 12, 9)


def test_a_weekday_stamp_with_its_time_under_it_is_the_storys_own():
    lines = [TITLE, "Tech", "Wednesday, 10 Dec 2025", "7:12 AM MYT",
             "Illustration taken August 25, 2022. — Wire", LEAD]
    assert date_of(*lines) == date(2025, 12, 10)


def test_a_weekday_stamp_is_kept_when_nothing_earlier_is_stamped_under_it():
    assert date_of("Wednesday, December 10, 2025", TITLE, "By Staff", LEAD) == date(2025, 12, 10)


def test_a_microblogs_year_first_stamp_with_its_time_is_read_when_recent():
    assert date_of("Weibo", "Global Daily", "25-12-10 10:45", "【Ministry responds】" + LEAD) == date(2025, 12, 10)


@pytest.mark.parametrize("text", ["25-12-10", "Build 25-12-10-10:45", "05-12-10 10:45"])
def test_a_year_first_short_date_without_its_time_or_out_of_date_is_no_stamp(text):
    assert date_of(TITLE, text, LEAD) is None


@pytest.mark.parametrize(
    "dateline",
    ["AUSTIN, Texas, Dec. 9, 2025 /PRNewswire/ -- Acme Compute, Inc. today said it will resume orders of the H200.",
     "TORONTO, Dec. 9, 2025 /CNW/ - Acme Compute today said it will resume orders of the H200.",
     "MOSCOW, December 9, 2025 /TASS/. Chinese buyers are unlikely to rush into orders of the H200, experts said."],
)
def test_a_dateline_closed_by_a_wire_service_between_slashes_dates_the_release(dateline):
    assert date_of(TITLE, dateline, LEAD) == date(2025, 12, 9)


@pytest.mark.parametrize("line", ["For Immediate Release: December 9, 2025", "FOR IMMEDIATE RELEASE - Dec 9, 2025"])
def test_a_press_releases_immediate_release_line_is_its_stamp(line):
    assert date_of("Press Release", TITLE, line, LEAD) == date(2025, 12, 9)


@pytest.mark.parametrize(
    "line", ["Posted by hpc_procurement_dk · Dec 9, 2025", "Posted by u/beijing_bytes_42 · 12/9/2025",
             "Published by Jane Roe-Whitfield | 9 December 2025"],
)
def test_a_labelled_stamp_after_the_writers_credit_and_a_separator_is_read(line):
    assert date_of("Forum", TITLE, line, LEAD) == date(2025, 12, 9)
